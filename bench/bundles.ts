import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CACHE } from './lib/core.js';

/*
 * Bundles (issue 9 §1): the add-in's custom-functions bundle and task pane bundle, built by the
 * add-in's own build scripts (minified, production) into the benchmarks' cache (so addin/dist is
 * left alone), measured raw and gzipped (zlib level 9, as a web server would serve them).
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

export interface BundleSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleResults {
  readonly source: string;
  readonly bundles: readonly BundleSize[];
}

function sizes(dir: string, files: readonly string[]): BundleSize[] {
  return files
    .filter((f) => existsSync(join(dir, f)))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: f, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}

export function benchBundles(log: (s: string) => void): BundleResults {
  const out = join(CACHE, `addin-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = ['functions.js', 'taskpane.js', 'engine-worker.js'];
  let source = 'built now from the working tree (addin/scripts/build-functions.mjs, build-taskpane.mjs)';
  try {
    execFileSync(process.execPath, [join(root, 'addin', 'scripts', 'build-functions.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
    execFileSync(process.execPath, [join(root, 'addin', 'scripts', 'build-taskpane.mjs'), '--outdir', out, '--quiet'], { cwd: root, stdio: 'pipe' });
  } catch (e) {
    const why = (e as { stderr?: Buffer }).stderr?.toString().split('\n').filter(Boolean).slice(0, 2).join(' ') ?? String(e);
    source = `addin/dist as last built (building from the working tree failed: ${why})`;
    log(`  ${source}`);
    rmSync(out, { recursive: true, force: true });
    return { source, bundles: sizes(join(root, 'addin', 'dist'), files) };
  }
  const bundles = sizes(out, files);
  rmSync(out, { recursive: true, force: true });
  return { source, bundles };
}
