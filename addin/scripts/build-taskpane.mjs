#!/usr/bin/env node
/**
 * Builds the task pane and its browser preview into addin/dist (or --outdir):
 *   taskpane.html  loads office.js (Microsoft's CDN, as Office requires), functions.js (custom
 *                  functions, shared runtime), then taskpane.js
 *   taskpane.js    the pane on the open workbook (React 19 + Fluent UI v9 + core), one IIFE
 *   preview.html   the pane outside Excel on a fake workbook, no office.js
 *   engine-worker.js  the pane's heavy work (control list, margin, forecast) in a Web Worker
 *   preview.js     idem; embeds examples/agency-week.xlsx as sheet values when that file exists
 *                  (converted here with exceljs, so the browser never needs exceljs), else a sample
 * Minified, NODE_ENV=production, no source maps shipped. Prints the gzipped sizes.
 *
 *   node addin/scripts/build-taskpane.mjs [--outdir DIR] [--workbook FILE.xlsx] [--quiet]
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const addin = fileURLToPath(new URL('../', import.meta.url));
const root = resolve(addin, '..');

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const taskpaneHtml = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BackOfficer</title>
<script src="${OFFICE_JS}"></script>
<script src="functions.js"></script>
<style>html,body{margin:0;padding:0}body{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif}</style>
</head>
<body>
<div id="root"></div>
<script src="taskpane.js"></script>
</body>
</html>
`;

// The preview may talk to nothing but its own origin: the policy makes that a browser guarantee.
const previewHtml = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:">
<title>BackOfficer – voorbeeld / preview</title>
<style>
html,body{margin:0;padding:0;height:100%}
body{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;background:#f3f2f1;color:#242424}
.preview{display:flex;height:100vh}
.pane{width:350px;flex:none;overflow:auto;border-right:1px solid #d1d1d1;background:#fff}
.workbook{flex:1;min-width:0;display:flex;flex-direction:column}
.sheetview{display:flex;flex-direction:column;height:100%;font-size:12px}
.namebox{padding:4px 8px;border-bottom:1px solid #d1d1d1;background:#fff;font-family:Consolas,monospace}
.grid-scroll{flex:1;overflow:auto;background:#fff}
.grid{border-collapse:collapse;table-layout:auto}
.grid th{background:#f3f2f1;color:#616161;font-weight:normal;border:1px solid #e0e0e0;padding:1px 6px;position:sticky;top:0}
.grid tbody th{position:sticky;left:0;text-align:right;min-width:28px}
.grid .corner{left:0;z-index:2}
.grid td{border:1px solid #e8e8e8;padding:1px 6px;white-space:nowrap;height:18px;min-width:56px;max-width:320px;overflow:hidden;text-overflow:ellipsis}
.grid td.selected{outline:2px solid #107c41;outline-offset:-2px}
.grid tr.frozen td,.grid tr.frozen th{border-bottom:2px solid #a0a0a0}
.charts{margin:0;padding:4px 8px;display:flex;gap:8px;overflow-x:auto;background:#fff;border-top:1px solid #d1d1d1}
.chart{margin:0;border:1px solid #d1d1d1;background:#fff}
.grid td .formula{color:#616161;font-style:italic;font-family:Consolas,monospace}
.sheettabs{display:flex;gap:2px;padding:0 8px;border-top:1px solid #d1d1d1;background:#f3f2f1}
.sheettabs button{font:inherit;border:0;background:transparent;padding:4px 12px;cursor:pointer;border-bottom:2px solid transparent}
.sheettabs button.active{background:#fff;color:#107c41;border-bottom-color:#107c41;font-weight:600}
@media (max-width:700px){.preview{flex-direction:column;height:auto}.pane{width:auto;border-right:0}.workbook{height:60vh}}
</style>
</head>
<body>
<div id="root"></div>
<script src="preview.js"></script>
</body>
</html>
`;

/** The preview's workbook: examples/agency-week.xlsx (or --workbook) as sheet values, else null. */
async function previewWorkbook(path) {
  if (!path || !existsSync(path)) return null;
  const { xlsxToSnapshot } = await import('../preview/xlsx-snapshot.mjs');
  return xlsxToSnapshot(path);
}

export async function buildTaskpane({ outdir = join(addin, 'dist'), workbook, quiet = false } = {}) {
  mkdirSync(outdir, { recursive: true });
  const workbookPath = workbook ?? join(root, 'examples', 'agency-week.xlsx');
  const snapshot = await previewWorkbook(workbookPath);
  const common = {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Office's web views: Edge WebView2 on Windows, WebKit on Mac, the browser on the web.
    target: ['es2020', 'chrome100', 'safari15'],
    minify: true,
    sourcemap: false,
    legalComments: 'eof',
    jsx: 'automatic',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@backofficer/core': join(root, 'packages/core/src/index.ts') },
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
  };
  await Promise.all([
    build({ ...common, entryPoints: [join(addin, 'taskpane/main.tsx')], outfile: join(outdir, 'taskpane.js') }),
    // The engine worker (control list, margin, forecast off the pane's thread), next to both pages.
    build({ ...common, entryPoints: [join(addin, 'taskpane/engine/worker.ts')], outfile: join(outdir, 'engine-worker.js') }),
    build({
      ...common,
      entryPoints: [join(addin, 'preview/main.tsx')],
      outfile: join(outdir, 'preview.js'),
      define: { ...common.define, __PREVIEW_WORKBOOK__: JSON.stringify(snapshot) },
    }),
  ]);
  writeFileSync(join(outdir, 'taskpane.html'), taskpaneHtml);
  writeFileSync(join(outdir, 'preview.html'), previewHtml);

  const sizes = {};
  for (const file of ['taskpane.js', 'engine-worker.js', 'preview.js']) {
    const bytes = readFileSync(join(outdir, file));
    sizes[file] = { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    const where = relative(process.cwd(), outdir) || '.';
    const source = snapshot ? relative(process.cwd(), workbookPath) : 'in-code sample (no examples/agency-week.xlsx yet)';
    console.log(`build-taskpane: ${where}/taskpane.js ${kb(sizes['taskpane.js'].bytes)}, gzipped ${kb(sizes['taskpane.js'].gzip)}; ` +
      `engine-worker.js ${kb(sizes['engine-worker.js'].bytes)}, gzipped ${kb(sizes['engine-worker.js'].gzip)}; ` +
      `preview.js ${kb(sizes['preview.js'].bytes)}, gzipped ${kb(sizes['preview.js'].gzip)}; preview workbook: ${source}`);
  }
  return sizes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = option('--outdir');
  const workbook = option('--workbook');
  try {
    await buildTaskpane({
      ...(outdir ? { outdir: resolve(outdir) } : {}),
      ...(workbook ? { workbook: resolve(workbook) } : {}),
      quiet: process.argv.includes('--quiet'),
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
