import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseHirerPayProfile, readAgencyWorkbook, toHirerInput, toHirerPayProfileInputs, toHourLines, toPlacementInputs, toWorkerInput,
  validateTimesheet, type TimesheetResult,
} from '@backofficer/core';
// The CLI's file reader turns the .xlsx into grids (core does no file I/O): a cross-package golden test.
import { readInputFile } from '../../packages/cli/src/io/index.js';

/*
 * The example workbook (examples/agency-week.xlsx, issue 6) holds one deliberate mistake of every
 * timesheet finding kind, listed in examples/expected-findings.json with the Hours rows involved.
 * The control list over all 13 weeks must give exactly those findings: each listed code on one
 * of its rows, and nothing else.
 */

interface Expected {
  findings: { code: string; lines: number[] }[];
}

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
let result: TimesheetResult;
let expected: Expected;

beforeAll(async () => {
  const input = await readInputFile(`${examples}agency-week.xlsx`);
  const wb = readAgencyWorkbook(input.grids);
  const s = wb.sheets;
  result = validateTimesheet(toHourLines(s.Hours!.records), {
    workers: s.Workers!.records.map(toWorkerInput),
    hirers: s.Hirers!.records.map(toHirerInput),
    placements: toPlacementInputs(s.Placements!.records).placements,
    hirerPayProfiles: toHirerPayProfileInputs(s.HirerPay!.records).profiles.map((p) => parseHirerPayProfile(p)),
  });
  expected = JSON.parse(await readFile(`${examples}expected-findings.json`, 'utf8')) as Expected;
});

describe('examples/agency-week.xlsx through validateTimesheet (issue 6: the findings match the list exactly)', () => {
  it('every listed mistake is found, on one of its rows', () => {
    for (const e of expected.findings) {
      const hit = result.findings.filter((f) => f.code === e.code && f.ref.row !== undefined && e.lines.includes(f.ref.row));
      expect(hit, `${e.code} on ${e.lines.join(', ')}`).toHaveLength(1);
    }
  });

  it('nothing else is found', () => {
    expect(result.findings).toHaveLength(expected.findings.length);
    expect(result.summary.linesChecked).toBe(2253);
  });
});
