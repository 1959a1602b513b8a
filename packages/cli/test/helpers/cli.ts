import { execSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Runs the built `backofficer` command as a user runs it (node dist/main.js), in a pipe: what it
 * prints on stdout and stderr and its exit code.
 */

export const root = fileURLToPath(new URL('../../../../', import.meta.url));
export const main = join(root, 'packages/cli/dist/main.js');
export const example = join(root, 'examples/agency-week.xlsx');

export interface Result {
  code: number | null;
  out: string;
  err: string;
}

function newest(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

/** Builds core and the CLI when the build is missing or older than the sources (the global setup normally does). */
export function ensureBuilt(): void {
  if (process.env.BO_SKIP_BUILD) return;
  const sources = Math.max(newest(join(root, 'packages/cli/src')), newest(join(root, 'packages/core/src')));
  const core = join(root, 'packages/core/dist/index.js');
  if (!existsSync(main) || !existsSync(core) || statSync(main).mtimeMs < sources || statSync(core).mtimeMs < sources) {
    execSync('npm run build -w @backofficer/core && npm run build -w backofficer', { cwd: root, stdio: 'ignore' });
  }
}

const env = { ...process.env, BACKOFFICER_DEBUG: '', NO_COLOR: '1' };

export function cli(...args: string[]): Result {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same, without blocking the test worker (for the big files). */
export function cliAsync(...args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, ...args], { cwd: root, env });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
