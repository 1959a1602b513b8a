import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time of the files under `dir` (skipping dist and node_modules). */
function newest(dir: string): number {
  let max = 0;
  if (!existsSync(dir)) return max;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

const outputs = [
  'packages/core/dist/index.js',
  'packages/cli/dist/main.js',
];

/**
 * Tests of the packed library, the CLI and the add-in bundles run against built output.
 * Build once before the run when any source is newer than the build (or the build is missing),
 * so `npm test` is right after an edit and costs nothing when the build is fresh.
 */
export default function setup(): void {
  const sources = Math.max(newest(join(root, 'packages')), newest(join(root, 'addin')));
  const built = outputs.map((o) => join(root, o));
  const oldest = Math.min(...built.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  if (process.env.BO_SKIP_BUILD) return;
  if (oldest === 0 || sources > oldest) {
    try {
      execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
    } catch {
      // Tests of built output then fail on their own, with their own message; unit tests still run.
      console.error('\n[global-setup] the build failed; tests that need built output will fail.\n');
    }
  }
}
