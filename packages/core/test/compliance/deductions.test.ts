import { describe, expect, it } from 'vitest';
import { InputError, checkDeduction, checkDeductions, type DeductionContextInput, type DeductionInput } from '@backofficer/core';
import { codes } from '../contracts/helpers.js';

/*
 * Deductions and set-off (DOMAIN.md §10). The base payment, worked out by hand:
 *   payment date 2024-03-14, 40 hours, age 21+: minimum wage 2024-01 = 13,27/h (DOMAIN.md §3)
 *   minimum-wage part M = 40 × 13,27 = 530,80
 *   money wage W = 40 × 15,00 = 600,00 → free part above the minimum W − M = 69,20
 *   day's wage = 8 × 15,00 = 120,00 → half a day = 60,00; 10 % of W = 60,00
 */
const base: DeductionContextInput = { paymentDate: '2024-03-14', moneyWage: '600,00', hoursPaid: 40, dayWage: '120,00', period: 'week', workerId: 'W1' };
const fine = (amount: string | number, extra: Partial<DeductionInput> = {}): DeductionInput => ({
  id: 'D1', kind: 'fine', amount, fineType: 'judicial', proofReceivedOn: '2024-03-01', authorisationSignedOn: '2024-03-05', specifiedInWriting: true, ...extra,
});
const housing = (amount: string | number, extra: Partial<DeductionInput> = {}): DeductionInput => ({
  kind: 'housing', amount, certification: 'snf', actualCost: 250, authorisationSignedOn: '2024-01-02', ...extra,
});
const s = (d: { toFixed: (n: number) => string }) => d.toFixed(2);

describe('the minimum-wage part (BW 7:632 lid 2; WML art. 13)', () => {
  it('computed from hours and age: 40 h × 13,27 = 530,80 (21+), 40 h × 10,62 = 424,80 (age 20), on 2024-03-14', () => {
    expect(s(checkDeduction(fine(10), base).minimumWageDue)).toBe('530.80');
    expect(s(checkDeduction(fine(10), { ...base, age: 20 }).minimumWageDue)).toBe('424.80');
  });

  it('DEDUCTION_BELOW_MINIMUM_WAGE: a fine of 20,00 on a wage of 540,00 (free part 540,00 − 530,80 = 9,20) → 9,20 allowed, 10,80 refused', () => {
    const r = checkDeduction(fine(20), { ...base, moneyWage: 540 });
    expect([s(r.allowed), s(r.refused)]).toEqual(['9.20', '10.80']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_BELOW_MINIMUM_WAGE']);
  });

  it('no DEDUCTION_BELOW_MINIMUM_WAGE for a fine of 9,20 on that wage', () => {
    expect(codes(checkDeduction(fine('9,20'), { ...base, moneyWage: 540 }).findings)).toEqual([]);
  });

  it('"other" deductions by authorisation only above the minimum: 100,00 with 69,20 free → 30,80 refused', () => {
    const r = checkDeduction({ kind: 'other', amount: 100, authorisationSignedOn: '2024-01-02' }, base);
    expect([s(r.allowed), s(r.refused)]).toEqual(['69.20', '30.80']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_BELOW_MINIMUM_WAGE']);
  });
});

describe('fines: proof and signed authorisation (working agreements), public fines only (CAO art. 37), 10 % per payment (BW 7:632), half a day per week (BW 7:650)', () => {
  it('a judicial fine of 50,00 with proof and authorisation dated before the payment: all allowed, no findings', () => {
    const r = checkDeduction(fine(50), base);
    expect([s(r.allowed), s(r.refused), s(r.fromAboveMinimum), s(r.fromMinimumPart)]).toEqual(['50.00', '0.00', '50.00', '0.00']);
    expect(r.findings).toEqual([]);
    expect(s(r.usage.finesThisWeek)).toBe('50.00');
  });

  it('DEDUCTION_PROOF_MISSING: no proof, or proof received 2024-03-15 (after the payment); proof on the payment day is fine', () => {
    expect(codes(checkDeduction(fine(50, { proofReceivedOn: undefined }), base).findings)).toEqual(['DEDUCTION_PROOF_MISSING']);
    const late = checkDeduction(fine(50, { proofReceivedOn: '2024-03-15' }), base);
    expect(codes(late.findings)).toEqual(['DEDUCTION_PROOF_MISSING']);
    expect(s(late.allowed)).toBe('0.00');
    expect(late.findings[0]!.message.en).toContain('2024-03-15');
    expect(codes(checkDeduction(fine(50, { proofReceivedOn: '2024-03-14' }), base).findings)).toEqual([]);
  });

  it('DEDUCTION_AUTHORISATION_MISSING: none, or signed 2024-03-15 after the payment; signed on the payment day is fine', () => {
    expect(codes(checkDeduction(fine(50, { authorisationSignedOn: undefined }), base).findings)).toEqual(['DEDUCTION_AUTHORISATION_MISSING']);
    expect(codes(checkDeduction(fine(50, { authorisationSignedOn: '2024-03-15' }), base).findings)).toEqual(['DEDUCTION_AUTHORISATION_MISSING']);
    expect(codes(checkDeduction(fine(50, { authorisationSignedOn: '2024-03-14' }), base).findings)).toEqual([]);
  });

  it('DEDUCTION_FINE_NOT_PUBLIC: a private fine is refused whole; an administrative fine is not', () => {
    const r = checkDeduction(fine(50, { fineType: 'private' }), base);
    expect([s(r.allowed), s(r.refused)]).toEqual(['0.00', '50.00']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_FINE_NOT_PUBLIC']);
    expect(codes(checkDeduction(fine(50, { fineType: 'administrative' }), base).findings)).toEqual([]);
  });

  it('DEDUCTION_FINE_NOT_SPECIFIED (CAO art. 37, in writing in the worker\'s language) warns but refuses nothing', () => {
    const r = checkDeduction(fine(50, { specifiedInWriting: false }), base);
    expect(codes(r.findings)).toEqual(['DEDUCTION_FINE_NOT_SPECIFIED']);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(s(r.allowed)).toBe('50.00');
  });

  it('DEDUCTION_FINE_OVER_10_PERCENT: day\'s wage 200 (half = 100), fine 65,00 > 10 % × 600 = 60,00 → 60,00 allowed; exactly 60,00 passes', () => {
    const ctx = { ...base, dayWage: 200 };
    const r = checkDeduction(fine(65), ctx);
    expect([s(r.allowed), s(r.refused)]).toEqual(['60.00', '5.00']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_FINE_OVER_10_PERCENT']);
    expect(codes(checkDeduction(fine(60), ctx).findings)).toEqual([]);
  });

  it('DEDUCTION_FINE_OVER_HALF_DAY: day\'s wage 100 (half = 50), fine 55,00 → 50,00; with 20,00 already this week only 30,00; 50,00 alone passes', () => {
    const ctx = { ...base, dayWage: 100 };
    const r = checkDeduction(fine(55), ctx);
    expect([s(r.allowed), s(r.refused)]).toEqual(['50.00', '5.00']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_FINE_OVER_HALF_DAY']);
    const week = checkDeduction(fine(35), { ...ctx, used: { finesThisWeek: 20 } });
    expect(s(week.allowed)).toBe('30.00'); // 50,00 − 20,00 = 30,00
    expect(codes(checkDeduction(fine(50), ctx).findings)).toEqual([]);
  });

  it('75,00 breaks all three limits at once: 60,00 (10 %), 60,00 (half day), 69,20 (free part) → 60,00 allowed', () => {
    const r = checkDeduction(fine(75), base);
    expect(s(r.allowed)).toBe('60.00');
    expect(codes(r.findings).sort()).toEqual(['DEDUCTION_BELOW_MINIMUM_WAGE', 'DEDUCTION_FINE_OVER_10_PERCENT', 'DEDUCTION_FINE_OVER_HALF_DAY']);
  });

  it('a limit is never exceeded: 10 % of 123,45 = 12,345 → at most 12,34 (not 12,35)', () => {
    // M = 8 × 13,27 = 106,16; free = 123,45 − 106,16 = 17,29; half day of 123,45 = 61,725 → 61,72.
    const r = checkDeduction(fine('12,35'), { ...base, moneyWage: '123,45', hoursPaid: 8, dayWage: '123,45' });
    expect(s(r.allowed)).toBe('12.34');
    expect(codes(r.findings)).toEqual(['DEDUCTION_FINE_OVER_10_PERCENT']);
  });
});

describe('housing: certified (SNF or housing corporation), written authorisation, ≤ 25 % of the applicable minimum wage on the minimum part (WML art. 13), never above cost (CAO art. 38)', () => {
  it('190,00 for SNF housing: 69,20 from above the minimum, 120,80 from the minimum part (≤ 25 % × 530,80 = 132,70)', () => {
    const r = checkDeduction(housing(190), base);
    expect([s(r.allowed), s(r.fromAboveMinimum), s(r.fromMinimumPart)]).toEqual(['190.00', '69.20', '120.80']);
    expect(r.findings).toEqual([]);
  });

  it('DEDUCTION_HOUSING_OVER_CAP: wage at the minimum (530,80), 150,00 → 132,70 allowed, 17,30 refused; 132,70 passes', () => {
    const ctx = { ...base, moneyWage: '530,80' };
    const r = checkDeduction(housing(150), ctx);
    expect([s(r.allowed), s(r.refused)]).toEqual(['132.70', '17.30']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_HOUSING_OVER_CAP']);
    expect(codes(checkDeduction(housing('132,70'), ctx).findings)).toEqual([]);
  });

  it('part-time: 20 hours → minimum 265,40, cap 25 % = 66,35 (loon.nl: half-time, half the amount)', () => {
    const r = checkDeduction(housing(100), { ...base, hoursPaid: 20, moneyWage: '265,40' });
    expect(s(r.allowed)).toBe('66.35');
  });

  it('DEDUCTION_HOUSING_NOT_CERTIFIED: uncertified housing only from the free part (69,20); certified housing has no such finding', () => {
    const r = checkDeduction(housing(100, { certification: 'none' }), base);
    expect([s(r.allowed), s(r.refused)]).toEqual(['69.20', '30.80']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_HOUSING_NOT_CERTIFIED']);
    expect(codes(checkDeduction(housing(100, { certification: 'housing-corporation' }), base).findings)).toEqual([]);
  });

  it('DEDUCTION_HOUSING_ABOVE_COST: 220,00 asked, actual cost 200,00 → 20,00 refused; 200,00 asked passes', () => {
    const r = checkDeduction(housing(220, { actualCost: 200 }), base);
    expect([s(r.allowed), s(r.refused)]).toEqual(['200.00', '20.00']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_HOUSING_ABOVE_COST']);
    expect(codes(checkDeduction(housing(200, { actualCost: 200 }), base).findings)).toEqual([]);
  });

  it('housing without a written authorisation is refused whole (DEDUCTION_AUTHORISATION_MISSING)', () => {
    const r = checkDeduction(housing(100, { authorisationSignedOn: undefined }), base);
    expect(s(r.allowed)).toBe('0.00');
    expect(codes(r.findings)).toEqual(['DEDUCTION_AUTHORISATION_MISSING']);
  });
});

describe('health insurance: up to the estimated average nominal premium (2024: 1.792/year, 149,33/month, taxlive.nl); later years unconfirmed', () => {
  // Monthly payment, 160 hours at the minimum: M = W = 160 × 13,27 = 2.123,20, nothing free.
  const month: DeductionContextInput = { paymentDate: '2024-03-25', moneyWage: '2123,20', hoursPaid: 160, period: 'month' };
  const health = (amount: string | number): DeductionInput => ({ kind: 'health-insurance', amount, authorisationSignedOn: '2024-01-02' });

  it('DEDUCTION_HEALTH_INSURANCE_OVER_CAP: 160,00 a month → 149,33 allowed, 10,67 refused; 149,33 passes', () => {
    const r = checkDeduction(health(160), month);
    expect([s(r.allowed), s(r.refused)]).toEqual(['149.33', '10.67']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_HEALTH_INSURANCE_OVER_CAP']);
    expect(codes(checkDeduction(health('149,33'), month).findings)).toEqual([]);
  });

  it('per week 1.792 / 52 = 34,4615… → 34,46; per four weeks 1.792 / 13 = 137,846… → 137,84 (never above the cap)', () => {
    expect(s(checkDeduction(health(50), { ...month, period: 'week', moneyWage: '530,80', hoursPaid: 40 }).allowed)).toBe('34.46');
    expect(s(checkDeduction(health(150), { ...month, period: 'four-weeks' }).allowed)).toBe('137.84');
  });

  it('DEDUCTION_CAP_UNCONFIRMED in 2025 (the 2024 cap is repeated, DOMAIN.md §10 [?]); not in 2024', () => {
    const r = checkDeduction(health(100), { ...month, paymentDate: '2025-03-25', moneyWage: '2249,60', hoursPaid: 160 });
    expect(codes(r.findings)).toEqual(['DEDUCTION_CAP_UNCONFIRMED']);
    expect(r.findings[0]!.rule?.unconfirmed).toBe(true);
    expect(r.findings[0]!.message.en).toContain('not in our sources');
    expect(codes(checkDeduction(health(100), month).findings)).toEqual([]);
  });
});

describe('advances on the minimum-wage part only when agreed in writing beforehand (BW 7:632 lid 1c, lid 2)', () => {
  const atMinimum = { ...base, moneyWage: '530,80' };
  it('agreed 2024-03-01, paid 2024-03-04: 200,00 may come from the minimum part', () => {
    const r = checkDeduction({ kind: 'advance', amount: 200, authorisationSignedOn: '2024-03-01', advancePaidOn: '2024-03-04' }, atMinimum);
    expect([s(r.allowed), s(r.fromMinimumPart)]).toEqual(['200.00', '200.00']);
    expect(r.findings).toEqual([]);
  });

  it('DEDUCTION_ADVANCE_NOT_AGREED_BEFOREHAND: agreed 2024-03-06, after the advance of 2024-03-04 → nothing from the minimum part', () => {
    const r = checkDeduction({ kind: 'advance', amount: 200, authorisationSignedOn: '2024-03-06', advancePaidOn: '2024-03-04' }, atMinimum);
    expect(s(r.allowed)).toBe('0.00');
    expect(codes(r.findings)).toEqual(['DEDUCTION_ADVANCE_NOT_AGREED_BEFOREHAND']);
  });

  it('DEDUCTION_EXCEEDS_WAGE: an advance of 600,00 on a wage of 530,80 → 530,80 allowed; 530,80 passes', () => {
    const r = checkDeduction({ kind: 'advance', amount: 600, authorisationSignedOn: '2024-03-01', advancePaidOn: '2024-03-04' }, atMinimum);
    expect([s(r.allowed), s(r.refused)]).toEqual(['530.80', '69.20']);
    expect(codes(r.findings)).toEqual(['DEDUCTION_EXCEEDS_WAGE']);
    expect(codes(checkDeduction({ kind: 'advance', amount: '530,80', authorisationSignedOn: '2024-03-01', advancePaidOn: '2024-03-04' }, atMinimum).findings)).toEqual([]);
  });
});

describe('several deductions in one payment share the limits (checkDeductions)', () => {
  it('fine 50,00 then housing 100,00: 69,20 free → fine 50,00; housing 19,20 + 80,80 from the minimum part: all 150,00 allowed', () => {
    const r = checkDeductions([fine(50), housing(100)], base);
    expect(r.results.map((x) => [s(x.fromAboveMinimum), s(x.fromMinimumPart)])).toEqual([['50.00', '0.00'], ['19.20', '80.80']]);
    expect(s(r.allowed)).toBe('150.00');
  });

  it('housing 100,00 first takes the free 69,20: the fine after it cannot touch the minimum part and is refused (order matters)', () => {
    const r = checkDeductions([housing(100), fine(50)], base);
    expect(s(r.results[1]!.allowed)).toBe('0.00');
    expect(codes(r.findings)).toEqual(['DEDUCTION_BELOW_MINIMUM_WAGE']);
    expect(s(r.refused)).toBe('50.00');
  });
});

describe('input at the edge', () => {
  it('a fine without the day\'s wage cannot be checked against BW 7:650 and says so', () => {
    const { dayWage: _d, ...noDay } = base;
    expect(() => checkDeduction(fine(10), noDay)).toThrow(InputError);
    expect(() => checkDeduction(fine(10), noDay)).toThrow(/day's wage/);
  });

  it('without the minimum wage due or the hours paid the check says what it needs', () => {
    expect(() => checkDeduction(fine(10), { paymentDate: '2024-03-14', moneyWage: 600, dayWage: 120 })).toThrow(/hours paid/);
  });

  it('a fine without its kind (judicial, administrative, private) is refused at the edge', () => {
    expect(() => checkDeduction({ kind: 'boete', amount: 10 }, base)).toThrow(/soort boete|kind of fine/);
  });
});
