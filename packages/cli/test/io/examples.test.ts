import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Decimal, isPublicHoliday, isValidBsn, isValidIban, readAgencyWorkbook, type AgencyWorkbook, type HourRow, type SheetKey,
} from '@backofficer/core';
import { readInputFile } from '../../src/io/index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const examples = join(root, 'examples');

interface Expected {
  weeks: { from: string; to: string };
  targetWeek: string;
  rowsWritten: Record<SheetKey, number>;
  findings: { code: string; week: string; sheet: string; sheetKey: SheetKey; row: number; field?: string; cell?: string; lines: number[] }[];
}

let wb: AgencyWorkbook;
let expected: Expected;
let hoursByRow: Map<number, HourRow>;

beforeAll(async () => {
  const input = await readInputFile(join(examples, 'agency-week.xlsx'));
  wb = readAgencyWorkbook(input.grids);
  expected = JSON.parse(await readFile(join(examples, 'expected-findings.json'), 'utf8')) as Expected;
  hoursByRow = new Map(wb.sheets.Hours!.records.map((r) => [r.ref.row, r]));
});

describe('examples/agency-week.xlsx read back through the CLI reader', () => {
  it('has 40 workers and 8 hirers, and every row the generator wrote comes back, without problems or defaults', () => {
    expect(wb.sheets.Workers!.records).toHaveLength(40);
    expect(wb.sheets.Hirers!.records).toHaveLength(8);
    for (const [key, n] of Object.entries(expected.rowsWritten)) {
      expect(wb.sheets[key as SheetKey]?.records.length, key).toBe(n);
    }
    expect(wb.problems).toEqual([]);
    expect(wb.defaults).toEqual([]);
    expect(wb.missingSheets).toEqual([]);
    expect(wb.ignoredSheets).toEqual(['Toelichting']);
  });

  it('holds 13 ISO weeks of hours, Monday 2025-12-08 (2025-W50) to Sunday 2026-03-08 (2026-W10)', () => {
    const dates = wb.sheets.Hours!.records.map((r) => r.date).sort();
    expect(dates[0]).toBe('2025-12-08');
    expect(dates[dates.length - 1]! <= '2026-03-08').toBe(true);
    expect(dates[dates.length - 1]! >= '2026-03-02').toBe(true);
    expect(expected.weeks).toEqual({ from: '2025-W50', to: '2026-W10' });
  });

  it('BSN 11-test and IBAN mod-97 (DOMAIN.md §16): every BSN passes except the one deliberate typo; every IBAN passes', () => {
    const workers = wb.sheets.Workers!.records;
    const bsnMistake = expected.findings.find((f) => f.code === 'BSN_INVALID')!;
    for (const w of workers) {
      if (w.type === 'contractor') {
        expect(w.bsn, w.id).toBeUndefined();
        continue;
      }
      expect(isValidBsn(w.bsn), w.id).toBe(w.ref.row !== bsnMistake.row);
      expect(isValidIban(w.iban), w.id).toBe(true);
    }
  });

  it('minimum wage (DOMAIN.md §3, all workers 21+): every agreement pays at least 14,40 before 2026 and 14,71 from 2026-01-01', () => {
    for (const p of wb.sheets.Placements!.records) {
      const contractor = wb.sheets.Workers!.records.find((w) => w.id === p.workerId)!.type === 'contractor';
      if (contractor) continue;
      const floor = p.agreementFrom >= '2026-01-01' ? '14.71' : '14.40';
      expect(p.wage.gte(floor), `${p.id} from ${p.agreementFrom}: ${p.wage.toString()}`).toBe(true);
    }
  });

  it('every worker is at least 21 on the first day of the hours (2025-12-08), so the adult minimum wage applies', () => {
    for (const w of wb.sheets.Workers!.records) {
      if (w.birthDate === undefined) continue;
      expect(w.birthDate <= '2004-12-08', w.id).toBe(true);
    }
  });
});

const ISSUE_5_CODES = [
  'HOURS_NOT_APPROVED', 'HOURS_APPROVED_LATE', 'HOURS_PROOF_MISSING', 'WORKER_REGISTERED_LATE', 'HIRER_REGISTERED_LATE', 'BSN_INVALID',
  'DOSSIER_INCOMPLETE', 'HIRER_PAY_PROFILE_MISSING', 'HIRER_PAY_PROFILE_UNSIGNED', 'OUTSIDE_PLACEMENT', 'SHIFT_OVERLAP', 'ATW_SHIFT_TOO_LONG',
  'ATW_WEEK_TOO_LONG', 'ATW_REST_TOO_SHORT', 'ATW_BREAK_TOO_SHORT', 'BELOW_CONTRACT_HOURS', 'PUBLIC_HOLIDAY_WORK', 'DUPLICATE_LINE',
  'END_BEFORE_START', 'HOURS_OVER_24', 'HOURS_NEGATIVE',
];

describe('examples/expected-findings.json: one deliberate mistake of every timesheet finding kind (issue 5 §6)', () => {
  const find = (code: string) => expected.findings.find((f) => f.code === code)!;
  const line = (row: number) => hoursByRow.get(row)!;

  it('lists every code of issue 5 §6 once, plus the info finding that comes with the short-rest scenario', () => {
    expect(expected.findings.map((f) => f.code).sort()).toEqual([...ISSUE_5_CODES, 'ATW_REST_SHORTENED'].sort());
  });

  it('each entry points at an existing row, and its lines are rows of the Uren sheet in the week named', () => {
    for (const f of expected.findings) {
      const sheet = wb.sheets[f.sheetKey]!;
      expect(sheet.sheet, f.code).toBe(f.sheet);
      expect(sheet.records.some((r) => r.ref.row === f.row), f.code).toBe(true);
      for (const row of f.lines) expect(hoursByRow.has(row), `${f.code} line ${row}`).toBe(true);
      expect(f.week === expected.targetWeek || f.code === 'PUBLIC_HOLIDAY_WORK', f.code).toBe(true);
    }
  });

  it('the mistakes are where the list says: status, approval time, proof, swapped times, impossible hours', () => {
    expect(line(find('HOURS_NOT_APPROVED').row).status).toBe('submitted');
    // Deadline for work week 2026-W10: Tuesday 10 March 2026 13:00 (DOMAIN.md §1).
    expect(line(find('HOURS_APPROVED_LATE').row).approvedAt! > '2026-03-10T13:00').toBe(true);
    expect(line(find('HOURS_PROOF_MISSING').row).proof).toBe(false);
    const swapped = line(find('END_BEFORE_START').row);
    expect(swapped.start! > swapped.end!).toBe(true);
    expect(line(find('HOURS_OVER_24').row).hours!.gt(24)).toBe(true);
    expect(line(find('HOURS_NEGATIVE').row).hours!.isNegative()).toBe(true);
    expect(isPublicHoliday(line(find('PUBLIC_HOLIDAY_WORK').row).date)).toBe(true);
  });

  it('the duplicate is identical to its twin in every field the duplicate check compares', () => {
    const [a, b] = find('DUPLICATE_LINE').lines.map(line);
    const same = (r: HourRow) => [r.workerId, r.placementId, r.date, r.start, r.end, r.breakMinutes, r.hours?.toString()];
    expect(same(a!)).toEqual(same(b!));
  });

  it('the 12-hour shift limit (ATW art. 5:7): 06:00–19:00 minus 45 minutes is 12 h 15 min of work', () => {
    const l = line(find('ATW_SHIFT_TOO_LONG').row);
    // 19:00 − 06:00 = 13:00 = 780 min; 780 − 45 = 735 min = 12.25 h > 12 h.
    expect([l.start, l.end, l.breakMinutes]).toEqual(['06:00', '19:00', 45]);
  });

  it('the 60-hour week (ATW art. 5:7): six shifts 06:00–17:15 minus 45 minutes = 6 × 10,5 h = 63 h', () => {
    const ls = find('ATW_WEEK_TOO_LONG').lines.map(line);
    expect(ls).toHaveLength(6);
    // 17:15 − 06:00 = 675 min; − 45 = 630 min = 10.5 h; × 6 = 63 h.
    for (const l of ls) expect([l.start, l.end, l.breakMinutes]).toEqual(['06:00', '17:15', 45]);
  });

  it('late registration (DOMAIN.md §1, policy.registrationCutoff): worker and hirer registered after Friday 27 February 2026 24:00', () => {
    const worker = wb.sheets.Workers!.records.find((r) => r.ref.row === find('WORKER_REGISTERED_LATE').row)!;
    const hirer = wb.sheets.Hirers!.records.find((r) => r.ref.row === find('HIRER_REGISTERED_LATE').row)!;
    expect(worker.registeredAt >= '2026-02-28').toBe(true);
    expect(hirer.registeredAt >= '2026-02-28').toBe(true);
    // Everyone else registered before the cut-off.
    const early = wb.sheets.Workers!.records.filter((r) => r.registeredAt < '2026-02-28');
    expect(early).toHaveLength(39);
  });

  it('below contract hours (policy.minContractHours, DOMAIN.md §7): 2 days of 07:00–16:30 minus 30 minutes = 18 h < 24', () => {
    const ls = find('BELOW_CONTRACT_HOURS').lines.map(line);
    expect(ls.map((l) => [l.start, l.end, l.breakMinutes])).toEqual([['07:00', '16:30', 30], ['07:00', '16:30', 30]]);
    const placement = wb.sheets.Placements!.records.find((r) => r.ref.row === find('BELOW_CONTRACT_HOURS').row)!;
    expect(placement.contractHoursPerWeek!.eq(new Decimal(24))).toBe(true);
  });
});

describe('examples/template.xlsx', () => {
  it('has every sheet with its Dutch headers and no rows, and reads without problems', async () => {
    const input = await readInputFile(join(examples, 'template.xlsx'));
    const t = readAgencyWorkbook(input.grids);
    expect(Object.keys(t.sheets)).toEqual(['Workers', 'Hirers', 'Placements', 'HirerPay', 'Hours', 'Advances', 'Deductions', 'Invoices']);
    for (const s of Object.values(t.sheets)) expect(s!.records).toEqual([]);
    expect(t.problems).toEqual([]);
  });

  it('every header carries a note saying what goes in the column', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(examples, 'template.xlsx'));
    const hours = book.getWorksheet('Uren')!;
    const note = hours.getCell('E1').note;
    expect(hours.getCell('E1').value).toBe('Datum');
    expect(JSON.stringify(note)).toContain('Datum waarop de dienst begint.');
    for (let c = 1; c <= hours.columnCount; c++) expect(hours.getCell(1, c).note, `column ${c}`).toBeDefined();
  });
});

describe('examples/generate.ts is deterministic and its output is committed', () => {
  it('rebuilding into a temporary folder gives byte-identical files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bo-examples-'));
    try {
      await promisify(execFile)(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(examples, 'generate.ts'), '--out', dir], { cwd: root });
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(['README.md', 'agency-week.xlsx', 'expected-findings.json', 'mapping-example.json', 'template.xlsx']);
      for (const f of files) {
        const [a, b] = await Promise.all([readFile(join(dir, f)), readFile(join(examples, f))]);
        expect(Buffer.compare(a, b), f).toBe(0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
