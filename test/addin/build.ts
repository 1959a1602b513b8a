/**
 * The add-in tests run against the built files in addin/dist (what Excel loads). This helper
 * builds the functions when the build is missing or older than its sources, once, even when
 * several test files ask at the same time (a lock directory serialises the builds).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'addin/dist');

const OUTPUTS = ['functions.js', 'functions.json', 'help.html', 'assets/icon-80.png'].map((f) => join(DIST, f));
const SOURCES = ['addin/functions', 'addin/scripts/build-functions.mjs', 'addin/assets', 'packages/core/src'].map((p) => join(ROOT, p));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function fresh(): boolean {
  if (!OUTPUTS.every((o) => existsSync(o))) return false;
  const built = Math.min(...OUTPUTS.map((o) => statSync(o).mtimeMs));
  return built >= Math.max(...SOURCES.map(newest));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds addin/dist's function files unless they are up to date. */
export function ensureFunctionsBuilt(): void {
  if (fresh()) return;
  mkdirSync(DIST, { recursive: true });
  const lock = join(DIST, '.functions-build-lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is left over from a crash.
      if (waited > 120_000 || (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000)) {
        rmSync(lock, { recursive: true, force: true });
      }
      sleep(100);
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, [join(ROOT, 'addin/scripts/build-functions.mjs')], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
