import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, TIMESHEET_CODES, TIMESHEET_FINDINGS, validateTimesheet, type WorkerInput } from '@backofficer/core';
import { context, hoursLine, line, of, run, worker, workWeek } from './helpers.js';

describe('validateTimesheet: result shape, order and summary', () => {
  it('findings are ordered by row, then code; the summary counts per severity and per code', () => {
    const lines = [
      line('2026-03-02', { status: 'submitted', approvedAt: undefined, start: '09:00', end: '08:00' }),
      line('2026-03-03', { hours: 9 }),
      line('2026-03-04', { approvedAt: '2026-03-10T13:01' }),
    ];
    const r = run(lines);
    expect(r.findings.map((f) => [f.ref.row, f.code])).toEqual([
      [lines[0]!.row, 'END_BEFORE_START'],
      [lines[0]!.row, 'HOURS_NOT_APPROVED'],
      [lines[1]!.row, 'HOURS_MISMATCH'],
      [lines[2]!.row, 'HOURS_APPROVED_LATE'],
    ]);
    expect(r.summary).toEqual({
      lines: 3,
      linesChecked: 3,
      bySeverity: { error: 2, warning: 2, info: 0 },
      byCode: { END_BEFORE_START: 1, HOURS_APPROVED_LATE: 1, HOURS_MISMATCH: 1, HOURS_NOT_APPROVED: 1 },
      firstWeek: '2026-W10',
      lastWeek: '2026-W10',
    });
  });

  it('is deterministic: shuffled input gives the same findings', () => {
    const lines = [...workWeek('2026-03-02', { hours: 9 }), line('2026-03-04', { start: '15:00', end: '18:00', breakMinutes: 0 })];
    const a = run(lines);
    const b = run([...lines].reverse());
    expect(b.findings).toEqual(a.findings);
  });

  it('every finding names row and field in both languages and carries a rule source', () => {
    const r = run([line('2026-03-02', { status: 'entered', approvedAt: undefined })]);
    for (const f of r.findings) {
      expect(f.message.nl).toMatch(/^Rij \d+, [a-z]/);
      expect(f.message.en).toMatch(/^Row \d+, [a-z]/);
      expect(f.rule?.source).toBeTruthy();
    }
  });

  it('without a row, the 1-based position in the input is the row; the workbook ref (sheet, row) is used when given', () => {
    const { row: _, ...noRow } = line('2026-03-02', { status: 'entered' });
    const r = validateTimesheet([noRow as never, { ...noRow, ref: { sheet: 'Uren', row: 17 }, date: '2026-03-03' } as never], context());
    expect(of(r, 'HOURS_NOT_APPROVED').map((f) => [f.ref.sheet, f.ref.row])).toEqual([[undefined, 1], ['Uren', 17]]);
  });
});

describe('weeks: findings for the requested weeks only, the other lines as context', () => {
  it('only week 2026-W11 is reported, but Sunday 8 March (W10) still counts for the rest before Monday 9 March', () => {
    const sunday = line('2026-03-08', { start: '14:30', end: '23:00', status: 'entered', approvedAt: undefined });
    const monday = line('2026-03-09', { start: '07:30', end: '16:00' });
    const r = run([sunday, monday], { weeks: { from: '2026-W11', to: '2026-W11' } });
    // 23:00 → 07:30 = 8:30 of rest: shortened (info) on Monday's line; Sunday's unapproved status is not reported.
    expect(r.findings.map((f) => [f.code, f.ref.row])).toEqual([['ATW_REST_SHORTENED', monday.row]]);
    expect(r.summary).toMatchObject({ lines: 2, linesChecked: 1, firstWeek: '2026-W11', lastWeek: '2026-W11' });
  });

  it('a range that ends before it starts is an InputError naming both weeks', () => {
    expect(() => run([line('2026-03-02')], { weeks: { from: '2026-W12', to: '2026-W10' } })).toThrow(/weeks: 2026-W12 is after 2026-W10/);
  });
});

describe('privacy (AVG, DOMAIN.md §17): personal data masked in every message', () => {
  it('a BSN, an IBAN and a birth date never appear in the result', () => {
    const w: WorkerInput = { ...worker, bsn: '123456789', documents: [] };
    const r = run([line('2026-03-02', { start: '22:00', end: '06:00' })], { workers: [w] });
    const text = JSON.stringify(r);
    expect(text).not.toContain('123456789');
    expect(text).not.toContain('NL91ABNA0417164300');
    expect(text).not.toContain('1990-05-05');
    expect(of(r, 'BSN_INVALID')).toHaveLength(1);
  });
});

describe('NO_RULE_FOR_DATE (dated rule tables, DESIGN.md: a date before the first value is an error, never a guess)', () => {
  it('a line in 2023, before the Working Hours Act figures (from 2024-01-01), is reported and skipped by the statutory checks', () => {
    const r = run([line('2023-06-05', { start: '06:00', end: '23:00', breakMinutes: 0 })], { placements: [{ id: 'P1', workerId: 'W1', hirerId: 'H1', job: 'Orderpicker', start: '2023-01-01' }] });
    const [f] = of(r, 'NO_RULE_FOR_DATE');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'date' } });
    expect(f!.message.en).toContain('the first known value applies from 2024-01-01');
    expect(r.findings.filter((x) => x.code.startsWith('ATW_'))).toEqual([]);
  });

  it('a line in 2026 is covered', () => {
    expect(of(run([line('2026-03-02')]), 'NO_RULE_FOR_DATE')).toEqual([]);
  });
});

describe('bad input that the reader should have refused is an InputError naming the row', () => {
  it('an impossible date or time', () => {
    expect(() => run([line('2026-02-30')])).toThrow(InputError);
    expect(() => run([line('2026-02-30')])).toThrow(/Row \d+, date: "2026-02-30" is not a date/);
    expect(() => run([line('2026-03-02', { start: '25:00' })])).toThrow(/start time: "25:00" is not a time/);
  });
});

describe('the catalogue', () => {
  it('declares every code once, in the timesheet area, with meaning in both languages and a source', () => {
    expect(new Set(TIMESHEET_CODES).size).toBe(TIMESHEET_CODES.length);
    for (const code of TIMESHEET_CODES) {
      const spec = TIMESHEET_FINDINGS[code];
      expect(spec.area).toBe('timesheet');
      expect(spec.meaning.nl && spec.meaning.en && spec.source).toBeTruthy();
    }
  });

  it('an hours-only line passes through all checks without times', () => {
    expect(run([hoursLine('2026-03-02', 8)]).findings).toEqual([]);
  });
});

describe('docs/findings.md (the catalogue of finding codes)', () => {
  it('lists every timesheet code with its area and severity', () => {
    const doc = readFileSync(new URL('../../../../docs/findings.md', import.meta.url), 'utf8');
    const missing = TIMESHEET_CODES.filter((code) => !doc.includes(`| timesheet | \`${code}\` | ${TIMESHEET_FINDINGS[code].severity} |`));
    expect(missing).toEqual([]);
  });
});
