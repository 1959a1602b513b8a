/**
 * The functions build fails loudly where the metadata generator stays silent
 * (research/addin-tech.md §2: its CLI exits 0 on errors and keeps an old functions.json;
 * arrow functions are skipped; without webpack nobody adds the associate calls).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './build.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bo-build-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function buildWith(source: string): { status: number | null; stderr: string; out: string } {
  const src = join(dir, 'functions.ts');
  const out = join(dir, 'dist');
  writeFileSync(src, source);
  // A stale file from an earlier run must not survive a failed build.
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'functions.json'), '{"stale":true}');
  const r = spawnSync(process.execPath, [join(ROOT, 'addin/scripts/build-functions.mjs'), '--source', src, '--out', out], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out };
}

const doc = (name: string, type: string) => `/**
 * Does a thing for the test.
 * @customfunction
 * @param x the input
 */
export function ${name}(x: ${type}): number {
  return 1;
}
`;

describe('build-functions: failures the metadata generator would let through', () => {
  it('an unsupported parameter type (Date) → exit 1 with the generator\'s message; the old functions.json is gone', () => {
    const r = buildWith(`${doc('when', 'Date')}CustomFunctions.associate('WHEN', when);\n`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('does not support type "Date"');
    expect(existsSync(join(r.out, 'functions.json'))).toBe(false);
  });

  it('a function without its CustomFunctions.associate call → exit 1 naming it', () => {
    const r = buildWith(doc('twice', 'number'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("missing CustomFunctions.associate('TWICE', twice)");
  });

  it('an associate call without a @customfunction (e.g. an arrow function the generator skipped) → exit 1', () => {
    const r = buildWith(`${doc('twice', 'number')}CustomFunctions.associate('TWICE', twice);\nexport const half = (x: number) => x / 2;\nCustomFunctions.associate('HALF', half);\n`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("CustomFunctions.associate('HALF', …) has no @customfunction HALF");
  });

  it('no @customfunction at all → exit 1', () => {
    const r = buildWith('export function nothing(): number { return 0; }\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no @customfunction');
  });
});
