/**
 * BO.HOURLYCOST and BO.COSTBREAKDOWN called as Excel calls them (the built bundle in node:vm):
 * the options come as a 2-column range of name/value rows, or as name, value, name, value…
 * arguments of the repeating parameter (each argument a 1×1 range), with blank cells as 0.
 * Expected values are hand calculations from the rule figures of DOMAIN.md §4–6, written out.
 *
 * Serials (Excel 1900 system, 46082 = 2026-03-01): 2025-01-01 = 46082 − 59 − 365 = 45658;
 * 2025-06-02 = 45658 + 151 (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31) + 1 = 45810.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeExcelError, cells, loadFunctions, type LoadedFunctions } from './excel-host.js';

const JUN_2_2025 = 45810;
const MAR_1_2026 = 46082;

let bo: LoadedFunctions;
beforeAll(() => {
  bo = loadFunctions();
});

function expectExcelError(result: unknown, code: '#VALUE!' | '#N/A', ...mentions: string[]): FakeExcelError {
  expect(result).toBeInstanceOf(FakeExcelError);
  const e = result as FakeExcelError;
  expect(e.code).toBe(code);
  for (const m of mentions) expect(e.message).toContain(m);
  return e;
}

/** The options range of the 2025 example as a sheet holds it (name, value), with a blank row below. */
const OPTIONS_2025 = [
  ['contract', 'agency-clause'],
  ['employer size', 'large'],
  ['whk', 0.0655],
  ['pension', 'basis'],
  ['age', 30],
  [0, 0],
];

/** Excel's repeating parameter: a list with one entry per argument. */
const asArguments = (...args: unknown[]) => args.map((a) => (Array.isArray(a) ? a : [[a]]));

/*
 * Hand calculation, 2025-06-02, ABU, agency clause, large employer, Whk 6,55 %, StiPP Basis, age 30
 * (DOMAIN.md §4–6; the same case as domain-costs.md §3.7(c), which gives cost 24,68):
 *   W = 15,00
 *   reservations 2025: vacation 10,92 % → 1,638; public holidays 3,06 % → 0,459; short leave 0,60 % → 0,09
 *   wage incl. reservations = 15 × 1,1458 = 17,187
 *   holiday allowance 8,33 % of 17,187 = 1,4316771
 *   premium wage SV = 17,187 + 1,4316771 = 18,6186771 (below the cap 75.864 / (40/5 × 229) = 41,41)
 *   premiums on SV: AWf high 7,74 % = 1,44108560754; Aof large 7,64 % = 1,42246693044;
 *     Wko 0,50 % = 0,0930933855; Whk 6,55 % = 1,21952335005; Zvw 6,51 % = 1,21207587921
 *     together 28,94 % = 5,38824515274
 *   pension StiPP Basis 8 % × (18,6186771 − franchise 8,90 × 1,1458 = 10,19762) = 8 % × 8,4210571 = 0,673684568
 *   total = 18,6186771 + 5,38824515274 + 0,673684568 = 24,68060682074 → 24,68 (cents, half up)
 *   factor = 24,68060682074 / 15 = 1,64537… → 1,6454
 */
describe('BO.HOURLYCOST: loaded cost per worked hour (DOMAIN.md §4–6, CAO art. 18 holiday allowance, StiPP)', () => {
  it('2025 agency clause, large employer, Whk 6,55 %, StiPP Basis: 24,6806… → 24,68 (options as a 2-column range)', () => {
    expect(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments(OPTIONS_2025))).toBe(24.68);
  });

  it('the same with names and values as separate arguments, Dutch text numbers and a text date', () => {
    const args = asArguments('contract', 'uitzendbeding', 'employerSize', 'groot', 'whk', '6,55%', 'pension', 'basis', 'age', '30');
    expect(bo.call('HOURLYCOST', '15,00', '2-6-2025', args)).toBe(24.68);
  });

  it("core's own labels work as option names, in Dutch and English (\"soort contract\", \"grootte werkgever (Aof)\")", () => {
    const range = [
      ['Soort contract', 'agency-clause'],
      ['Grootte werkgever (Aof)', 'large'],
      ['Whk-premie (beschikking Belastingdienst)', '6,55%'],
      ['Pensioenregeling', 'basis'],
      ['Leeftijd', 30],
    ];
    expect(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments(range))).toBe(24.68);
  });

  it('Whk as its two parts: WGA 2,42 % + ZW-flex 4,13 % = 6,55 % gives the same 24,68', () => {
    const range = [...OPTIONS_2025.filter((r) => r[0] !== 'whk'), ['whk.wga', 0.0242], ['whk.zw', 0.0413]];
    expect(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments(range))).toBe(24.68);
  });

  /*
   * 2026-03-01, W = 14,71 (the minimum wage), agency clause, large employer, Whk 6,55 %, no pension:
   *   reservations 2026 (rule tables, old rules): 10,87 % + 2,61 % + 0,60 % → 14,71 × 1,1408 = 16,781168
   *   holiday allowance 2026: 8 % (CAO fallback, unconfirmed) → 1,34249344; SV = 18,12366144
   *   premiums 2026: AWf high 7,74 + Aof large 7,63 + Wko 0,50 + Whk 6,55 + Zvw 6,10 = 28,52 %
   *     → 18,12366144 × 0,2852 = 5,168868242688 (cap 79.409 / (8 × 230) = 43,16, not reached)
   *   total = 18,12366144 + 5,168868242688 = 23,292529682688 → 23,29
   */
  it('2026, W 14,71, no pension: 23,2925… → 23,29 (date as serial 46082; a blank 0 row in the options is skipped)', () => {
    const range = [['contract', 'agency-clause'], [0, 0], ['employer size', 'large'], ['whk', '6,55%'], ['pension', 'none']];
    expect(bo.call('HOURLYCOST', 14.71, MAR_1_2026, asArguments(range))).toBe(23.29);
  });

  it('a birth date as a date cell: 1995-06-02 (serial 34852) is 30 on 2025-06-02, the same 24,68', () => {
    // 1995-06-02: 2025-06-02 (45810) minus 30 years of 365 days (10950) minus 8 leap days (1996, 2000, …, 2024) = 34852
    const range = [...OPTIONS_2025.filter((r) => r[0] !== 'age'), ['birth date', 34852]];
    expect(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments(range))).toBe(24.68);
  });

  it('options left out (Excel passes nothing, or null) → #VALUE! naming the missing contract kind and employer size', () => {
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, null), '#VALUE!', 'contract', 'employer size');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, []), '#VALUE!', 'contract');
  });

  it('Whk missing → #VALUE! saying where to find it (DOMAIN.md §4: an input, never a default)', () => {
    const range = OPTIONS_2025.filter((r) => r[0] !== 'whk');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments(range)), '#VALUE!', 'Whk');
  });

  it('bad input → #VALUE! naming the parameter or option, the value and what was expected', () => {
    expectExcelError(bo.call('HOURLYCOST', 'abc', JUN_2_2025, asArguments(OPTIONS_2025)), '#VALUE!', 'wage', 'abc');
    expectExcelError(bo.call('HOURLYCOST', 0, JUN_2_2025, asArguments(OPTIONS_2025)), '#VALUE!', 'wage');
    expectExcelError(bo.call('HOURLYCOST', 15, 0, asArguments(OPTIONS_2025)), '#VALUE!', 'date', 'empty cell');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments([['colour', 'blue']])), '#VALUE!', 'options (row 1)', 'colour', 'contract');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments([['contract', 'forever']])), '#VALUE!', 'contract', 'forever');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments('contract')), '#VALUE!', 'contract', 'no value');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments([['age', 30], ['age', 31]])), '#VALUE!', 'age', 'once');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments([[0, 'large']])), '#VALUE!', 'name is missing');
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments([['a'], ['b']])), '#VALUE!', 'two columns');
  });

  it('a Whk of 6.55 (meant 6,55 %, read as 655 %) → #VALUE!; percentages are 6,55% or 0.0655', () => {
    const range = [...OPTIONS_2025.filter((r) => r[0] !== 'whk'), ['whk', 6.55]];
    expectExcelError(bo.call('HOURLYCOST', 15, JUN_2_2025, asArguments(range)), '#VALUE!', 'Whk');
  });

  it('a date no rule table covers (2019-06-01) → #N/A with a message', () => {
    expectExcelError(bo.call('HOURLYCOST', 15, '2019-06-01', asArguments(OPTIONS_2025)), '#N/A');
  });
});

describe('BO.COSTBREAKDOWN: the itemised cost (item / rate / € per hour / source)', () => {
  it('one row per line of the hand calculation above, then the total, the factor and the notes', () => {
    const rows = cells(bo.call('COSTBREAKDOWN', 15, JUN_2_2025, asArguments(OPTIONS_2025)));
    for (const row of rows) expect(row).toHaveLength(4);
    const byItem = (label: RegExp) => rows.find((r) => label.test(String(r[0])));
    const close = (actual: unknown, expected: number) => expect(actual as number).toBeCloseTo(expected, 10);
    expect(byItem(/^Gross hourly wage/)!.slice(1, 3)).toEqual(['', 15]);
    expect(byItem(/^Vacation reservation/)![1]).toBe(0.1092);
    close(byItem(/^Vacation reservation/)![2], 1.638);
    close(byItem(/^Public-holiday reservation/)![2], 0.459);
    close(byItem(/^Short-leave reservation/)![2], 0.09);
    expect(byItem(/^Holiday allowance/)![1]).toBe(0.0833);
    close(byItem(/^Holiday allowance/)![2], 1.4316771);
    close(byItem(/^Unemployment premium \(AWf high\)/)![2], 1.44108560754);
    close(byItem(/^Disability premium/)![2], 1.42246693044);
    close(byItem(/^Childcare surcharge/)![2], 0.0930933855);
    close(byItem(/^Whk premium/)![2], 1.21952335005);
    close(byItem(/^Zvw employer levy/)![2], 1.21207587921);
    close(byItem(/^Pension StiPP Basis/)![2], 0.673684568);
    expect(byItem(/^Cost per worked hour/)![2]).toBe(24.68);
    expect(byItem(/^Cost factor/)![2]).toBe(1.6454);
    // The lines add up to the exact total 24,68060682074 (only the total row is rounded).
    const lines = rows.slice(0, rows.findIndex((r) => /^Cost per worked hour/.test(String(r[0]))));
    close(lines.reduce((s, r) => s + (r[2] as number), 0), 24.68060682074);
  });

  it('the source column names each rule figure, its date and source; unconfirmed figures are marked', () => {
    const rows = cells(bo.call('COSTBREAKDOWN', 15, JUN_2_2025, asArguments(OPTIONS_2025)));
    const awf = rows.find((r) => /^Unemployment premium/.test(String(r[0])))!;
    expect(awf[3]).toMatch(/^premium\.awf\.high = 0\.0774 \(from 2025-01-01\): \S/);
    const wko = rows.find((r) => /^Childcare surcharge/.test(String(r[0])))!;
    expect(wko[3]).toContain('[unconfirmed]');
    const whk = rows.find((r) => /^Whk premium/.test(String(r[0])))!;
    expect(whk[3]).toMatch(/^input\.whk = 0\.0655/);
    // Notes: the WW rate chosen and what the calculation leaves out, with their codes.
    expect(rows.some((r) => r[3] === 'COST_AWF_CHOSEN')).toBe(true);
    expect(rows.some((r) => r[3] === 'COST_NOT_INCLUDED')).toBe(true);
  });

  it('a wage below the minimum wage is a note (COST_WAGE_BELOW_MINIMUM), not an error: 10,00 on 2025-06-02 (minimum 14,40)', () => {
    const rows = cells(bo.call('COSTBREAKDOWN', 10, JUN_2_2025, asArguments(OPTIONS_2025)));
    expect(rows.some((r) => r[3] === 'COST_WAGE_BELOW_MINIMUM')).toBe(true);
  });

  it("labels follow Office's display language (Dutch for nl-NL)", () => {
    const nl = loadFunctions({ displayLanguage: 'nl-NL' });
    const rows = cells(nl.call('COSTBREAKDOWN', 15, JUN_2_2025, asArguments(OPTIONS_2025)));
    expect(rows.some((r) => r[0] === 'Vakantiebijslag')).toBe(true);
    expect(rows.some((r) => r[0] === 'Kostprijs per gewerkt uur' && r[2] === 24.68)).toBe(true);
  });

  it('errors come back as one #VALUE! cell (a 1×1 spill)', () => {
    const out = bo.call('COSTBREAKDOWN', 15, JUN_2_2025, null) as unknown[][];
    expect(out).toHaveLength(1);
    expectExcelError(out[0]![0], '#VALUE!', 'contract');
  });
});
