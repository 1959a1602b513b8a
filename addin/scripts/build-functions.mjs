#!/usr/bin/env node
/**
 * Builds the custom functions into addin/dist (shared with the task pane build, which writes
 * taskpane.html and taskpane.js; this script touches only its own files):
 *   functions.json  metadata generated from the JSDoc in addin/functions/functions.ts
 *   functions.js    the functions and the core code they use, one minified browser IIFE
 *   help.html       the functions' help page (the @helpurl targets), generated from the metadata
 *   assets/         the icons the manifest names
 *
 * Traps handled (research/addin-tech.md §2): the metadata generator's CLI exits 0 on errors and
 * leaves an old functions.json behind, so we call its API, delete the old outputs first and exit
 * 1 on any reported error; it skips arrow functions and there is no webpack plugin to add the
 * CustomFunctions.associate calls, so we check that the source associates exactly the generated
 * ids with the functions they were generated from.
 *
 * Usage: node addin/scripts/build-functions.mjs   (or `npm run build:functions -w @backofficer/addin`)
 * Exit code 1 on any problem, with the reasons on stderr; nothing half-built is left behind.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import metadata from 'custom-functions-metadata';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here('../../');
const CORE = join(ROOT, 'packages/core/src/index.ts');
const ASSETS = here('../assets/');

/** `--source <file>` and `--out <dir>` exist for the build's own tests; defaults are the add-in's. */
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
}
const SOURCE = option('--source', here('../functions/functions.ts'));
const DIST = option('--out', here('../dist/'));
const OUTPUTS = ['functions.json', 'functions.js', 'help.html'];

function fail(lines) {
  console.error(['build-functions: failed', ...[lines].flat()].join('\n  '));
  process.exit(1);
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomic(path, content) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** `CustomFunctions.associate("ID", fn)` calls in the source: id → function name. */
function associateCalls(source) {
  const calls = new Map();
  for (const m of source.matchAll(/CustomFunctions\.associate\(\s*['"]([^'"]+)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g)) {
    if (calls.has(m[1])) fail(`functions.ts associates id ${m[1]} twice`);
    calls.set(m[1], m[2]);
  }
  return calls;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The help page every @helpurl points into (one section per function, anchor = id in lower case). */
function helpPage(functions) {
  const sections = functions.map((f) => {
    const params = f.parameters
      .map((p) => `<li><code>${escapeHtml(p.optional ? `[${p.name}]` : p.name)}</code>: ${escapeHtml(p.description ?? '')}</li>`)
      .join('\n        ');
    const signature = `=BO.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    return `    <section id="${escapeHtml(f.id.toLowerCase())}">
      <h2><code>${escapeHtml(signature)}</code></h2>
      <p>${escapeHtml(f.description)}</p>
      <ul>
        ${params}
      </ul>
    </section>`;
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>BackOfficer worksheet functions</title>
    <style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{font-size:.95em}section{border-top:1px solid #ccc}</style>
  </head>
  <body>
    <h1>BackOfficer worksheet functions</h1>
    <p>Errors: <code>#VALUE!</code> means an input was not understood or out of range, <code>#N/A</code> that no rule covers
      that date; the cell's error menu shows which input and what was expected. Nothing you type is sent anywhere.</p>
${sections.join('\n')}
  </body>
</html>
`;
}

async function main() {
  mkdirSync(DIST, { recursive: true });
  // First remove what a previous run left, so that a failure can never leave a stale file behind.
  for (const name of OUTPUTS) rmSync(join(DIST, name), { force: true });

  // 1. Metadata from the JSDoc.
  const generated = await metadata.generateCustomFunctionsMetadata(SOURCE);
  if (generated.errors.length > 0) fail(generated.errors.map((e) => `functions.ts: ${e}`));
  if (!generated.metadataJson) fail('functions.ts: no @customfunction found');
  const json = JSON.parse(generated.metadataJson);

  // 2. Every generated id needs its associate call with the same function, and nothing more.
  const calls = associateCalls(readFileSync(SOURCE, 'utf8'));
  const problems = [];
  for (const { id, functionName } of generated.associate) {
    if (!calls.has(id)) problems.push(`missing CustomFunctions.associate('${id}', ${functionName})`);
    else if (calls.get(id) !== functionName) problems.push(`id ${id} is associated with ${calls.get(id)}, but generated from ${functionName}`);
  }
  for (const id of calls.keys()) {
    if (!generated.associate.some((a) => a.id === id)) problems.push(`CustomFunctions.associate('${id}', …) has no @customfunction ${id}`);
  }
  if (problems.length > 0) fail(problems);

  // 3. The bundle: core from its TypeScript source (never a stale core build), tree-shaken.
  let bundled;
  try {
    bundled = await build({
      entryPoints: [SOURCE],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      sourcemap: false,
      write: false,
      outfile: join(DIST, 'functions.js'),
      alias: { '@backofficer/core': CORE },
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'eof',
      logLevel: 'warning',
      metafile: true,
    });
  } catch {
    fail('esbuild could not bundle addin/functions/functions.ts (its errors are printed above)');
  }
  const js = bundled.outputFiles.find((f) => f.path.endsWith('functions.js'));
  if (!js) fail('esbuild produced no functions.js');

  // 4. Write everything, then the icons.
  writeAtomic(join(DIST, 'functions.js'), js.contents);
  writeAtomic(join(DIST, 'help.html'), helpPage(json.functions));
  writeAtomic(join(DIST, 'functions.json'), `${JSON.stringify(json, null, 2)}\n`);
  mkdirSync(join(DIST, 'assets'), { recursive: true });
  if (!existsSync(ASSETS)) fail('addin/assets is missing (run node addin/scripts/make-icons.mjs)');
  for (const name of readdirSync(ASSETS)) copyFileSync(join(ASSETS, name), join(DIST, 'assets', name));

  const gzipped = gzipSync(js.contents, { level: 9 }).length;
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `build-functions: ${json.functions.length} functions (${json.functions.map((f) => f.id).join(', ')}); ` +
      `functions.js ${kB(js.contents.length)}, gzipped ${kB(gzipped)}`,
  );
  if (gzipped > BUDGET_GZIPPED) {
    console.warn(`build-functions: over the ${kB(BUDGET_GZIPPED)} gzipped budget; largest parts (minified):`);
    for (const [name, bytes] of largestParts(bundled.metafile, 5)) console.warn(`  ${kB(bytes).padStart(9)}  ${name}`);
  }
}

/** Size budget of functions.js, gzipped (issue 7); test/addin checks it too. */
const BUDGET_GZIPPED = 120 * 1024;

/** Bytes in the bundle per npm package or source file, largest first. */
function largestParts(metafile, count) {
  const totals = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = pkg ? pkg[1] : input;
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
}

await main();
