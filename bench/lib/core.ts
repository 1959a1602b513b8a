import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * Core as it ships: bundled by esbuild from the working tree (tsup does the same with esbuild,
 * target es2022, no keepNames), with decimal.js, luxon and zod left as imports. Measuring the
 * TypeScript sources through tsx instead would add tsx's per-closure name helpers to every hot
 * path, which the published package does not have.
 */

export type Core = typeof import('./core-entry.js');

const here = dirname(fileURLToPath(import.meta.url));
/** Build output of the benchmarks (ignored by git with node_modules). */
export const CACHE = join(here, '..', '..', 'node_modules', '.cache', 'backofficer-bench');

let loaded: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  loaded ??= (async () => {
    mkdirSync(CACHE, { recursive: true });
    // One file per process: two benchmark runs at once must not overwrite each other's build.
    const outfile = join(CACHE, `core-${process.pid}.mjs`);
    await build({
      entryPoints: [join(here, 'core-entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      packages: 'external',
      outfile,
      logLevel: 'error',
    });
    const core = (await import(pathToFileURL(outfile).href)) as Core;
    rmSync(outfile, { force: true });
    return core;
  })();
  return loaded;
}
