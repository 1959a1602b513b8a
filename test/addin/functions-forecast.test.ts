/**
 * BO.FORECAST called as Excel calls it: the placements as a range with a header row, blank cells
 * as 0, dates as serials or text, cost choices as options. Expected values are hand calculations
 * from the rule figures (DOMAIN.md §4–6 cost, §15 rates and margin), written out below.
 *
 * Serials: 2026-03-02 (Monday of 2026-W10) = 46083; 2026-03-09 (Monday of W11) = 46090.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeExcelError, cells, loadFunctions, type LoadedFunctions } from './excel-host.js';

const MON_2_MAR_2026 = 46083;
const MON_9_MAR_2026 = 46090;

let bo: LoadedFunctions;
beforeAll(() => {
  bo = loadFunctions();
});

function expectExcelError(result: unknown, code: '#VALUE!' | '#N/A', ...mentions: string[]): FakeExcelError {
  const cell = (result as unknown[][])[0]![0];
  expect(cell).toBeInstanceOf(FakeExcelError);
  const e = cell as FakeExcelError;
  expect(e.code).toBe(code);
  for (const m of mentions) expect(e.message).toContain(m);
  return e;
}

/** Cost choices for every placement: large employer, Whk 6,55 %, no StiPP (another fund). */
const OPTIONS = [[['employer size', 'large'], ['whk', 0.0655], ['pension', 'none']]];

/*
 * Cost per worked hour in 2026 at W = 15,00, agency clause, large employer, Whk 6,55 %, no pension:
 *   wage incl. reservations 15 × (1 + 10,87 % + 2,61 % + 0,60 %) = 15 × 1,1408 = 17,112
 *   holiday allowance 8 % (2026 CAO fallback) → SV = 17,112 × 1,08 = 18,48096
 *   premiums AWf high 7,74 + Aof large 7,63 + Wko 0,50 + Whk 6,55 + Zvw 6,10 = 28,52 % → 5,270769792
 *   cost per hour = 18,48096 + 5,270769792 = 23,751729792
 *   (the yearly premium cap per worked hour, 79.409 / (hours per week / 5 × 230 days), is 45,43 at
 *   38 h and 86,31 at 20 h: not reached)
 * P1, factor 1,75, 38 h a week: rate 15 × 1,75 = 26,25
 *   revenue 38 × 26,25 = 997,50; cost 38 × 23,751729792 = 902,565732… → 902,57; margin 94,93
 * P2 from 2026-03-09, factor 1,8, 20 h: rate 27,00
 *   revenue 20 × 27,00 = 540,00; cost 20 × 23,751729792 = 475,034… → 475,03; margin 64,97
 */
const TABLE = [
  ['id', 'start', 'wage', 'factor', 'hours', 'contract'],
  ['P1', MON_2_MAR_2026, 15, 1.75, 38, 'agency-clause'],
  ['P2', MON_9_MAR_2026, '15,00', '1,8', 20, 0],
  [0, 0, 0, 0, 0, 0],
];

describe('BO.FORECAST: the week-by-placement margin table (DOMAIN.md §15: margin = invoiced revenue − payroll cost)', () => {
  it('two placements over 3 weeks from the week of the first start (2026-W10): header, rows, totals', () => {
    expect(cells(bo.call('FORECAST', TABLE, 3, null, OPTIONS))).toEqual([
      ['Placement', '2026-W10', '2026-W11', '2026-W12', 'Total'],
      ['P1', 94.93, 94.93, 94.93, 284.79],
      ['P2', 0, 64.97, 64.97, 129.94],
      ['Total', 94.93, 159.9, 159.9, 414.73],
    ]);
  });

  it('option "values": revenue (997,50 and 540,00 a week), cost (902,57 and 475,03), hours (38 and 20)', () => {
    const show = (what: string) => cells(bo.call('FORECAST', TABLE, 2, '2026-W11', [[['values', what], ...OPTIONS[0]!]]));
    expect(show('revenue').slice(1)).toEqual([
      ['P1', 997.5, 997.5, 1995],
      ['P2', 540, 540, 1080],
      ['Total', 1537.5, 1537.5, 3075],
    ]);
    expect(show('kosten')[1]).toEqual(['P1', 902.57, 902.57, 1805.14]);
    expect(show('uren')[3]).toEqual(['Total', 58, 58, 116]);
  });

  /*
   * Margin mode, 15 % of the rate: rate = 23,751729792 / 0,85 = 27,94321… → 27,94
   *   revenue 38 × 27,94 = 1.061,72; cost 902,57; margin 159,15
   */
  it('a margin agreement (15 % of the rate): 1.061,72 − 902,57 = 159,15 a week; start week as text or a date', () => {
    const table = [
      ['id', 'start', 'wage', 'margin', 'basis', 'hours'],
      ['P1', MON_2_MAR_2026, 15, '15%', 'of-rate', 38],
    ];
    const expected = [
      ['Placement', '2026-W10', '2026-W11', 'Total'],
      ['P1', 159.15, 159.15, 318.3],
      ['Total', 159.15, 159.15, 318.3],
    ];
    expect(cells(bo.call('FORECAST', table, 2, '2026-W10', OPTIONS))).toEqual(expected);
    expect(cells(bo.call('FORECAST', table, 2, MON_2_MAR_2026 + 3, OPTIONS))).toEqual(expected);
  });

  /*
   * A wage below the minimum wage is raised to it (14,71 in 2026, 21+): rate 14,71 × 1,75 =
   * 25,7425 → 25,74; cost per hour 23,292529682688 (as in the BO.HOURLYCOST test, 2026);
   * revenue 38 × 25,74 = 978,12; cost 38 × 23,292529682688 = 885,116… → 885,12; margin 93,00
   */
  it('a wage of 12,00 below the 2026 minimum wage is raised to 14,71: margin 93,00', () => {
    const table = [['id', 'start', 'wage', 'factor', 'hours', 'age'], ['P1', '2026-03-02', 12, 1.75, 38, 30]];
    expect(cells(bo.call('FORECAST', table, 1, null, OPTIONS))[1]).toEqual(['P1', 93, 93]);
  });

  /*
   * The options range of BO.HOURLYCOST serves here too: its contract is the default of rows that
   * leave the contract blank. An open-ended contract (not on-call) pays the LOW WW premium
   * (DOMAIN.md §4): premiums 2,74 + 7,63 + 0,50 + 6,55 + 6,10 = 23,52 % → 18,48096 × 0,2352 =
   * 4,346721792; cost per hour 22,827681792; × 38 = 867,4519… → 867,45; margin 997,50 − 867,45 = 130,05
   */
  it('contract from the options as the default (agency clause: 94,93); a row\'s own open-ended contract: 130,05', () => {
    const options = [[['contract', 'agency-clause'], ...OPTIONS[0]!]];
    const table = [['id', 'start', 'wage', 'factor', 'hours', 'contract'], ['P1', '2026-03-02', 15, 1.75, 38, 0], ['P2', '2026-03-02', 15, 1.75, 38, 'open-ended']];
    const rows = cells(bo.call('FORECAST', table, 1, null, options));
    expect(rows[1]).toEqual(['P1', 94.93, 94.93]);
    expect(rows[2]).toEqual(['P2', 130.05, 130.05]);
  });

  it('an end date: a placement that ends on Sunday 2026-03-15 has no hours from 2026-W12', () => {
    const table = [['id', 'start', 'end', 'wage', 'factor', 'hours'], ['P1', '2026-03-02', '15-3-2026', 15, 1.75, 38]];
    expect(cells(bo.call('FORECAST', table, 3, null, OPTIONS))[1]).toEqual(['P1', 94.93, 94.93, 0, 189.86]);
  });

  it('Dutch headers and names: plaatsing | begin | uurloon | factor | uren; ids default to the row order', () => {
    const table = [['Begin', 'Uurloon', 'Factor', 'Uren'], ['2-3-2026', '15,00', '1,75', '38']];
    const nl = loadFunctions({ displayLanguage: 'nl-NL' });
    expect(cells(nl.call('FORECAST', table, 1, null, [[['grootte werkgever', 'groot'], ['whk', '6,55%'], ['pensioen', 'geen']]]))).toEqual([
      ['Plaatsing', '2026-W10', 'Totaal'],
      ['1', 94.93, 94.93],
      ['Totaal', 94.93, 94.93],
    ]);
  });
});

describe('BO.FORECAST: errors name the row, the field and what was expected', () => {
  it('no Whk → #VALUE! naming the row and the Whk premium', () => {
    expectExcelError(bo.call('FORECAST', TABLE, 2, null, [[['employer size', 'large']]]), '#VALUE!', 'placements (row 2)', 'Whk');
  });

  it('weeks 0, 157 or 2,5 → #VALUE! naming the number of weeks', () => {
    expectExcelError(bo.call('FORECAST', TABLE, 157, null, OPTIONS), '#VALUE!', 'weeks', '156');
    expectExcelError(bo.call('FORECAST', TABLE, 0, null, OPTIONS), '#VALUE!', 'weeks');
    expectExcelError(bo.call('FORECAST', TABLE, 2.5, null, OPTIONS), '#VALUE!', 'weeks');
  });

  it('factor and rate both filled → #VALUE! (ambiguous, never a guess); no factor, margin or rate → #VALUE! asking for the mode', () => {
    const both = [['start', 'wage', 'factor', 'rate', 'hours'], ['2026-03-02', 15, 1.75, 26, 38]];
    expectExcelError(bo.call('FORECAST', both, 2, null, OPTIONS), '#VALUE!', 'row 2', 'factor and rate');
    const none = [['start', 'wage', 'factor', 'hours'], ['2026-03-02', 15, 0, 38]];
    expectExcelError(bo.call('FORECAST', none, 2, null, OPTIONS), '#VALUE!', 'row 2', 'mode');
  });

  it('a bad start date → #VALUE! naming row 3; an unknown column → #VALUE!; only a header → #VALUE!', () => {
    const bad = [['start', 'wage', 'factor', 'hours'], ['2026-03-02', 15, 1.75, 38], ['soon', 15, 1.75, 38]];
    expectExcelError(bo.call('FORECAST', bad, 2, null, OPTIONS), '#VALUE!', 'row 3', 'soon');
    expectExcelError(bo.call('FORECAST', [['start', 'colour']], 2, null, OPTIONS), '#VALUE!', 'colour');
    expectExcelError(bo.call('FORECAST', [['start', 'wage', 'factor', 'hours']], 2, null, OPTIONS), '#VALUE!', 'no placements');
  });

  it('a start week before the rule tables (the hourly minimum wage starts 2024-01-01) → #N/A', () => {
    const table = [['start', 'wage', 'factor', 'hours'], ['2019-06-03', 15, 1.75, 38]];
    expectExcelError(bo.call('FORECAST', table, 1, null, OPTIONS), '#N/A', 'placement 1');
  });

  it('an unknown "values" word → #VALUE! listing the choices', () => {
    expectExcelError(bo.call('FORECAST', TABLE, 1, null, [[['values', 'profit'], ...OPTIONS[0]!]]), '#VALUE!', 'values', 'margin', 'revenue');
  });
});
