import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '@backofficer/core';

/*
 * One catalogue of finding codes (docs/findings.md): every code any area of core declares
 * (the exported *_FINDINGS tables) is listed there with its severity, so the CLI, the task pane
 * and other systems can look a code up.
 */
const doc = readFileSync(fileURLToPath(new URL('../docs/findings.md', import.meta.url)), 'utf8');
const tables = Object.entries(core).filter(([name]) => name.endsWith('_FINDINGS')) as [string, Record<string, { code: string; severity: string }>][];

describe('docs/findings.md lists every finding code of core', () => {
  it('finds the areas', () => {
    expect(tables.map(([n]) => n)).toEqual(expect.arrayContaining(['MARGIN_FINDINGS', 'TIMESHEET_FINDINGS', 'HIRER_PAY_FINDINGS', 'COST_FINDINGS']));
  });
  for (const [name, table] of tables) {
    it(`${name}: every code with its severity`, () => {
      for (const spec of Object.values(table)) {
        const row = doc.split('\n').find((l) => l.includes(`\`${spec.code}\``) && l.startsWith('|'));
        expect(row, `${spec.code} missing from docs/findings.md`).toBeDefined();
        expect(row).toContain(` ${spec.severity} `);
      }
    });
  }
});
