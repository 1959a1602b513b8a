import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });

/*
 * How other systems use the library: `npm pack` the built package, install the tarball into an
 * empty project, and import it from ESM, CommonJS and a type-checked TypeScript file.
 * The figures checked are DOMAIN.md's: rounding half away from zero (2.345 → 2.35) and the
 * Dutch amount "1.234,56".
 */
describe('@backofficer/core as an installed npm package', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bo-pack-'));
    run('npm', ['pack', '--pack-destination', dir, '-w', '@backofficer/core'], root);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    run('npm', ['install', '--no-audit', '--no-fund', '--offline', '--ignore-scripts', `./${tarball}`], dir);
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports from ESM', () => {
    writeFileSync(
      join(dir, 'esm.mjs'),
      `import { roundCents, parseAmount, Decimal } from '@backofficer/core';
       console.log(roundCents('2.345').toString(), parseAmount('1.234,56', 'wage').toString(), typeof Decimal);`,
    );
    expect(run('node', ['esm.mjs'], dir).trim()).toBe('2.35 1234.56 function');
  });

  it('requires from CommonJS', () => {
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `const { roundCents, parseAmount } = require('@backofficer/core');
       console.log(roundCents('-2.345').toString(), parseAmount('€ 12,50', 'wage').toString());`,
    );
    expect(run('node', ['cjs.cjs'], dir).trim()).toBe('-2.35 12.5');
  });

  it('type-checks and runs from TypeScript', () => {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    writeFileSync(
      join(dir, 'use.ts'),
      `import { roundCents, type Decimal, InputError } from '@backofficer/core';
       const cents: Decimal = roundCents('2.345');
       const s: string = cents.toFixed(2);
       const e: InputError | undefined = undefined;
       export { s, e };`,
    );
    // The TypeScript compiler of this repository checks the consumer against the shipped .d.ts.
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => run('node', [tsc, '-p', 'tsconfig.json'], dir)).not.toThrow();
  });

  it('ships only built files, with an exports map and no side effects', async () => {
    const pkg = JSON.parse(run('node', ['-e', "process.stdout.write(require('fs').readFileSync('node_modules/@backofficer/core/package.json','utf8'))"], dir));
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.default).toBe('./dist/index.js');
    expect(pkg.exports['.'].require.default).toBe('./dist/index.cjs');
    const files = readdirSync(join(dir, 'node_modules', '@backofficer', 'core'));
    expect(files).not.toContain('src');
    expect(files).toContain('dist');
  });
});
