/**
 * The shared control list (core controlListFromWorkbook) on examples/agency-week.xlsx, read the way
 * the command line reads it, against the list of deliberate mistakes in examples/expected-findings.json
 * (written by the example's generator, independently of the checks).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { controlListFromWorkbook, readAgencyWorkbook, type ControlList } from '@backofficer/core';
import { readInputFile } from '../../packages/cli/src/io/index.js';
import { controlList } from '../../packages/cli/src/control/control-list.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

interface Expected {
  findings: { code: string; sheet: string; row: number; field?: string; cell?: string; lines: number[] }[];
}

let list: ControlList;
let expected: Expected;
let grids: Parameters<typeof readAgencyWorkbook>[0];

beforeAll(async () => {
  const input = await readInputFile(`${examples}agency-week.xlsx`);
  grids = input.grids;
  list = controlListFromWorkbook(readAgencyWorkbook(grids));
  expected = JSON.parse(await readFile(`${examples}expected-findings.json`, 'utf8')) as Expected;
});

describe('controlListFromWorkbook on the example workbook (issue 5 §6 findings, examples/README.md)', () => {
  it('finds exactly the deliberate mistakes: one finding per listed code, nothing else, no unreadable rows', () => {
    expect(list.findings.map((f) => f.code).sort()).toEqual(expected.findings.map((f) => f.code).sort());
    expect(list.problems).toEqual([]);
    expect(list.defaults).toEqual([]);
  });

  it('the command line\'s control list (backofficer validate) has the same findings: same codes, rows and counts per severity', () => {
    const wb = readAgencyWorkbook(grids);
    const cli = controlList(wb, undefined);
    const key = (x: { code: string; row?: number }) => `${x.code}@${x.row}`;
    expect(cli.items.map(key).sort()).toEqual(list.findings.map((f) => key({ code: f.code, row: f.ref.row })).sort());
    expect(cli.counts).toEqual({ error: 15, warning: 5, info: 2 });
  });

  it('a mistake in an hours line points at the cell the list names; one about a worker, hirer, placement or profile at one of its lines, with its cause at the row the list names', () => {
    for (const e of expected.findings) {
      const f = list.findings.find((x) => x.code === e.code)!;
      if (e.sheet === 'Uren') {
        expect(f.cell?.sheet, e.code).toBe('Uren');
        expect(f.cell?.row, e.code).toBe(e.row);
        // Same row; the column is the one of the field the finding names (the example's list and
        // the checks name another field for OUTSIDE_PLACEMENT and ATW_WEEK_TOO_LONG).
        if (!['OUTSIDE_PLACEMENT', 'ATW_WEEK_TOO_LONG'].includes(e.code)) expect(f.ref.field, e.code).toBe(e.field);
        if (f.ref.field === e.field) expect(f.cell?.address, e.code).toBe(e.cell);
      } else {
        // The finding is on one of the lines concerned; its cause is the row the list names.
        expect(e.lines, e.code).toContain(f.ref.row);
        expect(f.cell?.sheet, e.code).toBe('Uren');
        expect([f.cause?.sheet, f.cause?.row], e.code).toEqual([e.sheet, e.row]);
        if (f.cause?.field === e.field) expect(f.cause?.address, e.code).toBe(e.cell);
      }
    }
  });
});
