/**
 * The agency workbook reader and the timesheet control list on the example workbook
 * (examples/agency-week.xlsx) with cells made adversarial the way spreadsheets make them:
 * formulas, error values, rich text, hyperlinks, dates far away, NaN-like text, formula-injection
 * text, a million empty rows. Every cell problem is a problem or a finding pointing at the cell;
 * nothing throws untyped; no finding or problem shows a BSN or IBAN of the input unmasked.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  controlListFromWorkbook, forecastInputFromWorkbook, hoursWeeks, marginForecast, marginFromWorkbook, parseHirerPayProfile, readAgencyWorkbook,
  timesheetInputFromWorkbook, type HourlyCostModelInput, toHirerInput, toHirerPayProfileInputs, toHourLines, toPlacementInputs, toWorkerInput,
  validateTimesheet, type HirerPayProfile, type TimesheetContext, type TimesheetLine, type WorkbookGrids,
} from '@backofficer/core';
// The CLI's reader turns the .xlsx into grids (core does no file I/O).
import { readInputFile } from '../../packages/cli/src/io/index.js';
import { describeValue, EDGE_DATES, mutate, nasty, outcome, pathLabel, runs, typedMutationOf } from './support.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/agency-week.xlsx', import.meta.url));

let grids: Record<string, (unknown[] | undefined)[]>;
let secrets: string[] = [];
let context: TimesheetContext;
let lines: TimesheetLine[];

/** BSNs and IBANs of the Workers sheet, as written there (the values no message may show). */
function personalValues(wbGrids: Record<string, (unknown[] | undefined)[]>): string[] {
  const out = new Set<string>();
  for (const rows of Object.values(wbGrids)) {
    for (const row of rows) {
      for (const cell of row ?? []) {
        const text = typeof cell === 'string' || typeof cell === 'number' ? String(cell).replace(/[\s.]/g, '') : '';
        if (/^\d{8,9}$/.test(text) || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(text)) out.add(text);
      }
    }
  }
  return [...out];
}

/** A text leaks a personal value when the value's digits (or the IBAN) appear in it, spaces and dots ignored. */
function leaks(text: string): string[] {
  const compact = text.replace(/[\s.\-]/g, '');
  return secrets.filter((s) => compact.includes(s));
}

beforeAll(async () => {
  const input = await readInputFile(EXAMPLE);
  grids = input.grids as Record<string, (unknown[] | undefined)[]>;
  secrets = personalValues({ Workers: grids['Workers'] ?? grids['Uitzendkrachten'] ?? Object.values(grids)[0]! });
  const wb = readAgencyWorkbook(grids);
  const s = wb.sheets;
  const profiles: HirerPayProfile[] = toHirerPayProfileInputs(s.HirerPay!.records).profiles.map((p) => parseHirerPayProfile(p));
  context = {
    workers: s.Workers!.records.map(toWorkerInput),
    hirers: s.Hirers!.records.map(toHirerInput),
    placements: toPlacementInputs(s.Placements!.records).placements,
    hirerPayProfiles: profiles,
  };
  lines = toHourLines(s.Hours!.records);
}, 60_000);

/** Values a cell can hold as exceljs reads it. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nasty, weight: 5 },
  { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 2 },
  {
    arbitrary: fc.constantFrom<unknown>(
      { formula: 'SUM(A1:A2)', result: 8 }, { formula: '1/0', result: { error: '#DIV/0!' } }, { sharedFormula: 'A2', result: 'x' },
      { error: '#N/A' }, { error: '#REF!' }, { richText: [{ text: '7,' }, { text: '5' }] }, { text: 'klik', hyperlink: 'https://example.invalid' },
      new Date(Date.UTC(1899, 11, 30)), new Date(Date.UTC(9999, 11, 31)), new Date(Date.UTC(2026, 2, 29, 1, 30)), 45292.5, -1, 2_958_466,
      '=HYPERLINK("http://evil.invalid","klik")', '+cmd|/C calc!A0', '-2+3', '@SUM(1+1)', '\t=1+1',
    ),
    weight: 3,
  },
);

describe('readAgencyWorkbook on the example with adversarial cells: problems point at cells, nothing throws untyped', () => {
  it('one to three cells of any sheet replaced', () => {
    const sheetNames = Object.keys(grids);
    const cell = fc.constantFrom(...sheetNames).chain((sheet) => {
      const rows = grids[sheet]!;
      return fc.record({
        sheet: fc.constant(sheet),
        row: fc.integer({ min: 0, max: Math.max(0, rows.length - 1) }),
        col: fc.integer({ min: 0, max: Math.max(0, ...rows.slice(0, 3).map((r) => r?.length ?? 0)) }),
        value: cellValue,
      });
    });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 3 }), (changes) => {
        const copy: Record<string, (unknown[] | undefined)[]> = { ...grids };
        for (const c of changes) {
          const rows = [...copy[c.sheet]!];
          const row = [...(rows[c.row] ?? [])];
          row[c.col] = c.value;
          rows[c.row] = row;
          copy[c.sheet] = rows;
        }
        const where = `readAgencyWorkbook(${changes.map((c) => `${c.sheet}!R${c.row + 1}C${c.col + 1} = ${describeValue(c.value)}`).join('; ')})`;
        const r = outcome(where, () => readAgencyWorkbook(copy as WorkbookGrids), { echoes: changes.map((c) => c.value) });
        const texts = r.ok ? r.value.problems.flatMap((p) => [p.message.nl, p.message.en]) : [r.error.texts.nl, r.error.texts.en];
        if (r.ok) {
          for (const p of r.value.problems) expect(p.ref.sheet, where).toBeTruthy();
          // The whole control list of the damaged workbook, as the CLI and the task pane run it.
          const input = outcome(`timesheetInputFromWorkbook after ${where}`, () => timesheetInputFromWorkbook(r.value), { echoes: changes.map((c) => c.value) });
          const list = outcome(`controlListFromWorkbook after ${where}`, () => controlListFromWorkbook(r.value), { echoes: changes.map((c) => c.value) });
          if (input.ok) texts.push(...input.value.problems.flatMap((p) => [p.message.nl, p.message.en]));
          if (list.ok) texts.push(...list.value.findings.flatMap((f) => [f.message.nl, f.message.en]));
        }
        for (const t of texts) expect(leaks(t), `${where}: ${t}`).toEqual([]);
      }),
      runs(40),
    );
  });

  it('structure: no header row, duplicate headers, a sheet of a million empty rows, sheets that are not lists', () => {
    const hours = Object.keys(grids).find((n) => /hours|uren/i.test(n))!;
    const million: (unknown[] | undefined)[] = [];
    million[0] = grids[hours]![0];
    million[1] = grids[hours]![1];
    million.length = 1_000_000;
    const variants: Record<string, unknown> = {
      'no header row': { ...grids, [hours]: grids[hours]!.slice(1) },
      'header row twice': { ...grids, [hours]: [grids[hours]![0], ...grids[hours]!] },
      'every header duplicated': { ...grids, [hours]: grids[hours]!.map((r) => [...(r ?? []), ...(r ?? [])]) },
      'a million empty rows': { ...grids, [hours]: million },
      'empty sheets': Object.fromEntries(Object.keys(grids).map((n) => [n, []])),
      'no sheets': {},
      'sheet is a number': { ...grids, [hours]: 42 },
      'rows are text': { ...grids, [hours]: ['a', 'b'] },
    };
    for (const [name, g] of Object.entries(variants)) {
      const r = outcome(`readAgencyWorkbook(${name})`, () => readAgencyWorkbook(g as WorkbookGrids));
      if (name === 'a million empty rows' && r.ok) expect(r.value.sheets.Hours?.rowsRead).toBe(1);
    }
  });
});

describe('marginFromWorkbook / forecastInputFromWorkbook on the example with adversarial cells and options', () => {
  const { description: _d, ...cost } = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/agency-week.cost.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
  const COST = cost as Partial<HourlyCostModelInput>;

  it('one cell replaced: the week margin (2026-W10) and an 8-week forecast, or a named typed error; margin = revenue − cost', () => {
    const hours = Object.keys(grids).find((n) => /hours|uren/i.test(n))!;
    const placements = Object.keys(grids).find((n) => /placements|plaatsingen/i.test(n))!;
    const cell = fc.record({
      sheet: fc.constantFrom(hours, placements),
      row: fc.integer({ min: 1, max: 60 }),
      col: fc.integer({ min: 0, max: 12 }),
      value: cellValue,
    });
    fc.assert(
      fc.property(cell, (c) => {
        const rows = [...grids[c.sheet]!];
        const target = c.sheet === hours ? rows.length - 1 - c.row : c.row; // the last rows of Hours are the latest weeks
        const row = [...(rows[target] ?? [])];
        row[c.col] = c.value;
        rows[target] = row;
        const wb = readAgencyWorkbook({ ...grids, [c.sheet]: rows } as WorkbookGrids);
        const where = `${c.sheet}!R${target + 1}C${c.col + 1} = ${describeValue(c.value)}`;
        const m = outcome(`marginFromWorkbook(${where})`, () => marginFromWorkbook(wb, '2026-W10', { cost: COST }), { echoes: [c.value] });
        if (m.ok) {
          const t = m.value.overview.totals;
          expect(t.margin.eq(t.revenue.minus(t.cost)), where).toBe(true);
          const texts = m.value.overview.findings.flatMap((f) => [f.message.nl, f.message.en]);
          for (const text of texts) expect(leaks(text), `${where}: ${text}`).toEqual([]);
        }
        const f = outcome(`forecastInputFromWorkbook(${where})`, () => forecastInputFromWorkbook(wb, { weeks: 8, cost: COST }), { echoes: [c.value] });
        if (f.ok) outcome(`marginForecast(${where})`, () => marginForecast(f.value.input), { echoes: [c.value] });
      }),
      runs(15),
    );
  });

  it('adversarial options: week, weeks, from, basis weeks, minutes step, cost choices', () => {
    const wb = readAgencyWorkbook(grids);
    expect(hoursWeeks(wb)).toContain('2026-W10');
    fc.assert(
      fc.property(nasty, fc.constantFrom('week', 'weeks', 'from', 'basisWeeks', 'minutesStep', 'employerSize', 'whk'), (value, which) => {
        const where = `${which} = ${describeValue(value)}`;
        if (which === 'week') outcome(`marginFromWorkbook(${where})`, () => marginFromWorkbook(wb, value as string, { cost: COST }), { echoes: [value] });
        else if (which === 'employerSize' || which === 'whk') outcome(`marginFromWorkbook(cost.${where})`, () => marginFromWorkbook(wb, '2026-W10', { cost: { ...COST, [which]: value } as never }), { echoes: [value] });
        else {
          const options = { weeks: 4, cost: COST, [which]: value } as never;
          const f = outcome(`forecastInputFromWorkbook(${where})`, () => forecastInputFromWorkbook(wb, options), { echoes: [value] });
          if (f.ok) outcome(`marginForecast(${where})`, () => marginForecast(f.value.input), { echoes: [value] });
        }
      }),
      runs(25),
    );
  });
});

describe('validateTimesheet on example lines with one adversarial value: findings, not exceptions (DESIGN.md)', () => {
  // validateTimesheet works "over typed arrays" (its lines come from the workbook reader): each
  // field keeps its JS type and gets a bad value of that type (text "NaN", a date 2026-02-30, NaN hours).
  it('a line field, a worker, a placement or a hirer field made adversarial within its type', () => {
    const sample = () => lines.slice(0, 40);
    const workers = [...context.workers];
    const placements = [...context.placements];
    const hirers = [...context.hirers];
    const target = fc.oneof(
      typedMutationOf(sample()[0]).map((m) => ({ kind: 'line' as const, ...m })),
      typedMutationOf(workers[0]).map((m) => ({ kind: 'worker' as const, ...m })),
      typedMutationOf(placements[0]).map((m) => ({ kind: 'placement' as const, ...m })),
      typedMutationOf(hirers[0]).map((m) => ({ kind: 'hirer' as const, ...m })),
    );
    fc.assert(
      fc.property(target, fc.integer({ min: 0, max: 39 }), (t, index) => {
        const ls = sample();
        let ctx: TimesheetContext = context;
        if (t.kind === 'line') ls[index] = mutate(ls[index]!, t.path, t.replacement);
        if (t.kind === 'worker') ctx = { ...context, workers: [mutate(workers[0]!, t.path, t.replacement), ...workers.slice(1)] };
        if (t.kind === 'placement') ctx = { ...context, placements: [mutate(placements[0]!, t.path, t.replacement), ...placements.slice(1)] };
        if (t.kind === 'hirer') ctx = { ...context, hirers: [mutate(hirers[0]!, t.path, t.replacement), ...hirers.slice(1)] };
        const where = `validateTimesheet(${t.kind}${t.kind === 'line' ? ` ${index}` : ''}.${pathLabel(t.path)} = ${describeValue(t.replacement)})`;
        const r = outcome(where, () => validateTimesheet(ls, ctx), { echoes: [t.replacement] });
        const texts = r.ok ? r.value.findings.flatMap((f) => [f.message.nl, f.message.en]) : [r.error.texts.nl, r.error.texts.en];
        for (const text of texts) expect(leaks(text), `${where}: ${text}`).toEqual([]);
        if (r.ok) {
          for (const f of r.value.findings) {
            expect(f.code, where).toMatch(/^[A-Z][A-Z0-9_]+$/);
            expect(['error', 'warning', 'info'], where).toContain(f.severity);
          }
          expect(r.value.summary.lines, where).toBe(ls.length);
        }
      }),
      runs(150),
    );
  });

  it('the whole example: no finding message shows a BSN or IBAN of the Workers sheet', () => {
    const r = validateTimesheet(lines, context);
    expect(secrets.length).toBeGreaterThan(0);
    for (const f of r.findings) expect(leaks(`${f.message.nl} ${f.message.en}`), f.code).toEqual([]);
  });
});
