import { describe, expect, it } from 'vitest';
import { marginOverview, priceHourLines } from '../../src/margin/index.js';
import type { HirerPayProfileInput } from '../../src/hirer-pay/index.js';
import type { OverviewPlacementInput } from '../../src/margin/overview.js';

/*
 * priceHourLines: a timesheet line priced with the hirer's pay profile (shiftPay) and the
 * placement's agreement (rateFor), cost per hour from hourlyCost; then marginOverview.
 *
 * Profile (hirer pay, CAO art. 16 lid 1c): scale wage 16,00; weekdays 20:00–06:00 +25 %.
 * Shift Friday 6 March 2026 16:00–24:00 with a 30-minute break: the break comes off the lowest
 * paid time nearest the middle of the shift (hirer-pay/shift-pay.ts), 19:30–20:00, so
 *   base    16:00–19:30 = 3,5 h at 16,00
 *   evening 20:00–24:00 = 4 h at 16,00 × 1,25 = 20,00
 * Cost per hour (2026; ABU agency clause, large employer, Whk 6,55 %, StiPP, age 30):
 *   P = 1,1408; SV = W × 1,1408 × 1,08; premiums 28,52 %; pension 15,9 % × (SV − 9,24 × 1,1408)
 *   W = 16: SV 19,713024; premiums 5,6221544448; pension 15,9 % × 9,172032 = 1,458353088 → 26,7935315328
 *   W = 20: SV 24,64128; premiums 7,027693056; pension 15,9 % × 14,100288 = 2,241945792 → 33,910918848
 * Factor 1,80 (rates/: surcharge hours billed in the same mode, on the surcharged wage):
 *   base rate 16 × 1,8 = 28,80; evening rate 20 × 1,8 = 36,00
 *   base: revenue 3,5 × 28,80 = 100,80; cost 3,5 × 26,7935315328 = 93,777… → 93,78; margin 7,02
 *   evening: revenue 4 × 36,00 = 144,00; cost 4 × 33,910918848 = 135,643… → 135,64; margin 8,36
 * Margin 15 % of the rate: evening rate = 33,910918848 / 0,85 = 39,895… → 39,90.
 */

const profile: HirerPayProfileInput = {
  id: 'HP-1',
  hirerId: 'H1',
  job: 'Orderpicker',
  scaleWages: [{ from: '2026-01-01', amount: '16,00' }],
  surcharges: ['ma-vr 20:00-06:00 25%'],
  status: { complete: true, signedBy: 'P. de Vries (HR)', signedAt: '2026-01-05T10:00' },
};
const cost = { contract: 'agency-clause', employerSize: 'large', whk: '6.55%', pension: 'basis', age: 30 };
const placement = (id: string, agreement: { mode: string; [field: string]: unknown }): OverviewPlacementInput => ({
  id, workerId: 'W1', hirerId: 'H1', agencyId: 'U1', job: 'Orderpicker', cao: 'ABU', start: '2026-01-05', agreements: [{ from: '2026-01-05', wage: '16,00', ...agreement }],
});

describe('priceHourLines: shiftPay categories, the agreement’s rate mode and hourlyCost (issue 4 §3)', () => {
  it('an evening shift: base and +25 % hours, each with its pay, rate and cost per hour', () => {
    const placements = [placement('P1', { mode: 'factor', factor: '1,80' })];
    const priced = priceHourLines([{ row: 2, workerId: 'W1', placementId: 'P1', date: '2026-03-06', start: '16:00', end: '24:00', breakMinutes: 30, status: 'approved' }], placements, {
      profiles: { H1: profile },
      cost,
    });
    const cats = priced.lines[0]!.categories.map((c) => [c.key, c.hours, c.pay.toString(), c.rate.toString(), c.cost?.toString()]);
    expect(cats).toEqual([
      ['base', 210, '16', '28.8', '26.7935315328'],
      ['surcharge:1', 240, '20', '36', '33.910918848'],
    ]);
    const o = marginOverview(priced.lines, placements);
    expect(o.lines.map((l) => [l.category, l.revenue.toFixed(2), l.cost.toFixed(2), l.margin.toFixed(2)])).toEqual([
      ['base', '100.80', '93.78', '7.02'],
      ['surcharge:1', '144.00', '135.64', '8.36'],
    ]);
    expect(o.totals.margin.toFixed(2)).toBe('15.38');
  });

  it('margin mode: the surcharge hour is billed on the cost of the surcharged wage (39,90)', () => {
    const priced = priceHourLines(
      [{ workerId: 'W1', placementId: 'P2', date: '2026-03-06', start: '20:00', end: '24:00', status: 'approved' }],
      [placement('P2', { mode: 'margin', margin: '15%', marginBasis: 'of-rate' })],
      { profiles: { H1: profile }, cost },
    );
    expect(priced.lines[0]!.categories.map((c) => [c.hours, c.rate.toString()])).toEqual([[240, '39.9']]);
  });

  it('a line of hours without times, or without a profile, is one base category at the agreement’s wage', () => {
    const priced = priceHourLines([{ workerId: 'W1', placementId: 'P1', date: '2026-03-02', hours: '8', status: 'submitted' }], [placement('P1', { mode: 'factor', factor: '1,80' })], { cost });
    expect(priced.lines[0]!.categories.map((c) => [c.key, c.hours, c.pay.toString(), c.rate.toString()])).toEqual([['base', 480, '16', '28.8']]);
    expect(priced.lines[0]!.status).toBe('submitted');
  });

  it('an unsigned profile marks the line provisional and the overview says so', () => {
    const unsigned = { ...profile, status: { complete: true } };
    const placements = [placement('P1', { mode: 'factor', factor: '1,80' })];
    const priced = priceHourLines([{ workerId: 'W1', placementId: 'P1', date: '2026-03-06', start: '08:00', end: '16:00', status: 'approved' }], placements, { profiles: { H1: unsigned }, cost });
    expect(priced.lines[0]!.provisional).toBe(true);
    expect(priced.findings.length).toBeGreaterThan(0);
    expect(marginOverview(priced.lines, placements).findings.map((f) => f.code)).toContain('MARGIN_PROVISIONAL_PAY');
  });

  it('a date before the first agreement is named', () => {
    expect(() => priceHourLines([{ workerId: 'W1', placementId: 'P1', date: '2025-12-01', hours: 8, status: 'approved' }], [placement('P1', { mode: 'factor', factor: 1.8 })], { cost })).toThrow(
      /no wage agreement on 2025-12-01 for placement P1/,
    );
  });
});
