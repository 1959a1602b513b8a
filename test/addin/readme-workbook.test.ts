/**
 * The small workbook of README.md ("Excel functions"): every cell recomputed through the built
 * bundle, as Excel would call it, so the README cannot drift from the functions. Hand calculations:
 *   B5 cost per hour 2026, W 15,00, agency clause, large employer, Whk 6,55 %, no pension:
 *      15 × 1,1408 × 1,08 = 18,48096; premiums 28,52 % = 5,270769792; total 23,751729792 → 23,75
 *   B6 23,75 / (1 − 0,15) = 27,9411… → 27,94          B7 27,94 / 15 = 1,86266… → 1,8627
 *   B8 15 × 1,75 = 26,25                               B9 38 × 26,25 − 38 × 23,75 = 997,50 − 902,50 = 95,00
 *   B10 8 h × 15,00 × 1,25 = 150,00
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cells, loadFunctions, type LoadedFunctions } from './excel-host.js';

let bo: LoadedFunctions;
beforeAll(() => {
  bo = loadFunctions();
});

const B1 = '2-3-2026';
const B2 = '15,00';
const D1E4 = [
  ['contract', 'agency-clause'],
  ['employer size', 'large'],
  ['whk', '6,55%'],
  ['pension', 'none'],
];
const history = [
  ['kind', 'start', 'week', 'hours'],
  ['agency-clause', '5-1-2026', 0, 0],
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((w) => [0, 0, `2026-W0${w}`, 38]),
];

describe('README.md workbook "Calc"', () => {
  it('B3…B11 show what the README says', () => {
    expect(bo.call('WML', B1, null)).toBe(14.71);
    expect(cells(bo.call('ISOWEEK', B1))).toEqual([['2026-W10']]);
    const b5 = bo.call('HOURLYCOST', B2, B1, [D1E4]);
    expect(b5).toBe(23.75);
    const b6 = bo.call('RATEFORMARGIN', b5, 0.15, null);
    expect(b6).toBe(27.94);
    expect(bo.call('FACTOR', b6, B2)).toBe(1.8627);
    const b8 = cells(bo.call('RATE', B2, '1,75'))[0]![0];
    expect(b8).toBe(26.25);
    expect(bo.call('MARGIN', b8, b5, 38)).toBe(95);
    expect(cells(bo.call('SHIFTPAY', '2-3-2026 22:00', '06:00', 'ma-vr 20:00-06:00 25%', B2, null, null))).toEqual([[150]]);
    expect(cells(bo.call('PHASE', history, B1, null, null))).toEqual([['A']]);
  });

  it('A13 COSTBREAKDOWN spills 15 rows × 4 columns; A30 DEADLINES 12 rows × 3 columns', () => {
    const breakdown = cells(bo.call('COSTBREAKDOWN', B2, B1, [D1E4]));
    expect(breakdown).toHaveLength(15);
    for (const r of breakdown) expect(r).toHaveLength(4);
    const deadlines = cells(bo.call('DEADLINES', '2026-W10'));
    expect(deadlines).toHaveLength(12);
    for (const r of deadlines) expect(r).toHaveLength(3);
  });

  it('the Placements forecast table', () => {
    const placements = [
      ['id', 'start', 'wage', 'factor', 'hours'],
      ['P1', '2-3-2026', '15,00', '1,75', 38],
      ['P2', '9-3-2026', '15,00', '1,8', 20],
    ];
    expect(cells(bo.call('FORECAST', placements, 3, null, [D1E4]))).toEqual([
      ['Placement', '2026-W10', '2026-W11', '2026-W12', 'Total'],
      ['P1', 94.93, 94.93, 94.93, 284.79],
      ['P2', 0, 64.97, 64.97, 129.94],
      ['Total', 94.93, 159.9, 159.9, 414.73],
    ]);
  });

  it('the function table\'s examples', () => {
    expect(bo.call('WML', '2-3-2026', 20)).toBe(11.77);
    expect(cells(bo.call('RATE', 12.5, 1.751))).toEqual([[21.89]]);
    expect(bo.call('FACTOR', 21.89, 12.5)).toBe(1.7512);
    expect(bo.call('RATEFORMARGIN', 24.68, 0.15, null)).toBe(29.04);
    expect(bo.call('RATEFORMARGIN', 24.68, 0.15, 'markup')).toBe(28.38);
    expect(bo.call('MARGIN', 29.04, 24.68, 38)).toBe(165.68);
    expect(bo.call('MARGIN', 29.04, 24.68, null)).toBe(4.36);
    expect(cells(bo.call('IBANVALID', 'NL91 ABNA 0417 1643 00'))).toEqual([[true]]);
    const inline = ['contract', 'agency-clause', 'employer size', 'large', 'whk', 0.0655, 'pension', 'none'].map((v) => [[v]]);
    expect(bo.call('HOURLYCOST', 15, B1, inline)).toBe(23.75);
  });
});
