import { describe, expect, it } from 'vitest';
import {
  Decimal, InputError, NoRuleError, hourlyCost, rulesForCao, withOverrides, type CostLine, type HourlyCost, type HourlyCostInput,
} from '@backofficer/core';

/*
 * hourlyCost (issue 4 §2). Expected values are hand calculations written out below from the
 * figures of DOMAIN.md §4–6 (and domain-costs.md §3.7(c), our published derivation), never
 * copied from the code's output.
 */

const BASE_2025: HourlyCostInput = {
  wage: '15,00',
  date: '2025-06-02',
  contract: 'agency-clause',
  employerSize: 'large',
  whk: '6,55%',
  pension: 'basis',
  age: 30,
};

function lineOf(r: HourlyCost, code: CostLine['code']): CostLine {
  const l = r.lines.find((x) => x.code === code);
  if (!l) throw new Error(`no line ${code}`);
  return l;
}

const d = (v: string) => new Decimal(v);

describe('hourlyCost: domain-costs.md §3.7(c) — 2025, ABU, phase A with agency clause, StiPP Basis, large employer, Whk 6,55 %', () => {
  /*
   * W = 15,00
   * reservations (DOMAIN.md §6, 2025): vacation 10,92 %, public holidays 3,06 %, short leave 0,60 %
   *   15 × 0,1092 = 1,638   15 × 0,0306 = 0,459   15 × 0,0060 = 0,09
   *   wage incl. reservations = 15 + 1,638 + 0,459 + 0,09 = 17,187   (P = 1,1458 paid hours per worked hour)
   * holiday allowance 8,33 % (CAO art. 18) on 17,187 = 1,4316771
   * premium wage SV = 17,187 + 1,4316771 = 18,6186771
   * premiums on SV (DOMAIN.md §4, 2025): AWf high 7,74 % (agency clause), Aof large 7,64 %, Wko 0,50 %,
   *   Whk 6,55 % (input), Zvw 6,51 % = 28,94 % → 18,6186771 × 0,2894 = 5,38824515274
   *   AWf alone: 18,6186771 × 0,0774 = 1,44108560754
   * pension StiPP Basis 8 % × (SV − franchise 8,90 × 1,1458 = 10,19762) = 8 % × 8,4210571 = 0,673684568
   * total = 18,6186771 + 5,38824515274 + 0,673684568 = 24,68060682074
   * factor = 24,68060682074 / 15 = 1,645373788049… → 1,6454; shown total 24,68
   */
  const r = hourlyCost(BASE_2025);

  it('reproduces the loaded cost 24,6806 and the factor 1,6454', () => {
    expect(r.total.equals(d('24.68060682074'))).toBe(true);
    expect(r.display.total.toString()).toBe('24.68');
    expect(r.display.factor.toString()).toBe('1.6454');
    expect(r.factor.toDecimalPlaces(12).toString()).toBe('1.645373788049');
  });

  it('itemises reservations, holiday allowance (on wage incl. reservations), premium wage, premiums and pension', () => {
    expect(lineOf(r, 'reservation.vacation').amount.equals(d('1.638'))).toBe(true);
    expect(lineOf(r, 'reservation.publicHolidays').amount.equals(d('0.459'))).toBe(true);
    expect(lineOf(r, 'reservation.shortLeave').amount.equals(d('0.09'))).toBe(true);
    expect(r.wageWithReservations.equals(d('17.187'))).toBe(true);
    const ha = lineOf(r, 'holidayAllowance');
    expect(ha.base.equals(d('17.187'))).toBe(true);
    expect(ha.amount.equals(d('1.4316771'))).toBe(true);
    expect(r.premiumWage.equals(d('18.6186771'))).toBe(true);
    expect(lineOf(r, 'premium.awf').amount.equals(d('1.44108560754'))).toBe(true);
    expect(lineOf(r, 'premium.awf').base.equals(d('18.6186771'))).toBe(true);
    expect(r.premiums.equals(d('5.38824515274'))).toBe(true);
    const pension = lineOf(r, 'pension');
    expect(pension.base.equals(d('8.4210571'))).toBe(true);
    expect(pension.amount.equals(d('0.673684568'))).toBe(true);
    expect(r.statutoryCost.equals(r.total)).toBe(true);
    expect(r.agencyCosts.isZero()).toBe(true);
    // the lines add up to the total
    const sum = r.lines.reduce((s, l) => s.plus(l.amount), new Decimal(0));
    expect(sum.equals(r.total)).toBe(true);
  });

  it('every line carries its parameter, value, source and unconfirmed flag (explain); Wko and the derived reservations are unconfirmed', () => {
    const awf = lineOf(r, 'premium.awf').rules[0]!;
    expect(awf).toMatchObject({ parameter: 'premium.awf.high', value: '0.0774', layer: 'law', unconfirmed: false });
    expect(awf.source.length).toBeGreaterThan(0);
    expect(lineOf(r, 'premium.wko').unconfirmed).toBe(true);
    expect(lineOf(r, 'reservation.vacation').rules[0]).toMatchObject({ parameter: 'reservation.vacation', value: '0.1092', unconfirmed: true });
    expect(lineOf(r, 'premium.whk').rules[0]).toMatchObject({ parameter: 'input.whk', value: '0.0655', layer: 'input' });
    expect(lineOf(r, 'pension').rules.map((x) => x.parameter)).toEqual(
      expect.arrayContaining(['pension.stipp.employer', 'pension.stipp.franchise', 'pension.stipp.maxHourlyWage']),
    );
    // the cap is listed on the premium lines but does not make them unconfirmed while it does not bite
    expect(lineOf(r, 'premium.awf').cap?.applied).toBe(false);
    expect(lineOf(r, 'premium.awf').unconfirmed).toBe(false);
    expect(r.unconfirmed).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['COST_AWF_CHOSEN', 'COST_UNCONFIRMED_FIGURES', 'COST_NOT_INCLUDED']));
  });

  it('NBBU gives the same figures (harmonised CAO since 2019-12-30)', () => {
    expect(hourlyCost({ ...BASE_2025, cao: 'NBBU' }).total.equals(r.total)).toBe(true);
  });
});

describe('hourlyCost: caps — maximum premium wage per worked hour (approximation) and StiPP maximum pensionable hourly wage', () => {
  /*
   * W = 40,00 on 2025-06-02, otherwise as above. SV = 40 × 1,1458 × 1,0833 = 49,6498056
   * Cap per worked hour (cost.premiumCapHoursPerWeek 40 h; workable days 2025 = 229):
   *   worked hours per year = 40 / 5 × 229 = 1.832; 75.864 / 1.832 = 41,41048034934…
   *   SV 49,65 > 41,41 → premiums on 41,41048034934… × 28,94 % = 11,984193013100…
   * Pension: max 40,53 per paid hour × 1,1458 = 46,439274 per worked hour < SV → capped
   *   base = 46,439274 − 10,19762 = 36,241654; × 8 % = 2,89933232
   * total = 49,6498056 + 11,9841930131004366… + 2,89933232 = 64,5333309331004366…
   */
  const r = hourlyCost({ ...BASE_2025, wage: 40 });

  it('premiums are computed on the cap and say so', () => {
    const awf = lineOf(r, 'premium.awf');
    expect(awf.cap?.applied).toBe(true);
    expect(awf.base.toDecimalPlaces(11).toString()).toBe('41.41048034934');
    expect(r.premiums.toFixed(12)).toBe('11.984193013100');
    expect(awf.unconfirmed).toBe(true); // the per-hour cap is our assumption (cost.premiumCapHoursPerWeek)
    expect(r.findings.map((f) => f.code)).toContain('COST_PREMIUM_CAP_APPLIED');
  });

  it('pension stops at the maximum pensionable hourly wage', () => {
    const pension = lineOf(r, 'pension');
    expect(pension.cap?.applied).toBe(true);
    expect(pension.base.equals(d('36.241654'))).toBe(true);
    expect(pension.amount.equals(d('2.89933232'))).toBe(true);
    expect(r.total.toFixed(12)).toBe('64.533330933100');
    expect(r.findings.map((f) => f.code)).toContain('COST_PENSION_CAP_APPLIED');
  });

  it('hoursPerWeek moves the cap: 20 h/week → 75.864 / (4 × 229 = 916) = 82,82… per worked hour, no cap at W = 40', () => {
    const part = hourlyCost({ ...BASE_2025, wage: 40, hoursPerWeek: 20 });
    expect(lineOf(part, 'premium.awf').cap?.applied).toBe(false);
    // premiums on the full SV: 49,6498056 × 0,2894 = 14,36865374064
    expect(part.premiums.equals(d('14.36865374064'))).toBe(true);
  });
});

describe('hourlyCost: WW premium (AWf) low or high, DOMAIN.md §4', () => {
  const awfOf = (over: Partial<HourlyCostInput>) => lineOf(hourlyCost({ ...BASE_2025, ...over }), 'premium.awf').rate!.toString();

  it('agency clause (BW 7:691 lid 7) and fixed-term pay high 7,74 %; written open-ended not on-call pays low 2,74 %', () => {
    expect(awfOf({ contract: 'agency-clause' })).toBe('0.0774');
    expect(awfOf({ contract: 'fixed-term' })).toBe('0.0774');
    expect(awfOf({ contract: 'open-ended' })).toBe('0.0274');
    expect(awfOf({ contract: 'open-ended', onCall: true })).toBe('0.0774');
    expect(awfOf({ contract: 'uitzendbeding' })).toBe('0.0774');
  });

  it('exceptions: under 21 with at most 48 h per 4 weeks, BBL, and an explicit choice', () => {
    expect(awfOf({ age: 19, hoursPer4Weeks: 40 })).toBe('0.0274');
    expect(awfOf({ age: 19, hoursPer4Weeks: 60 })).toBe('0.0774');
    expect(awfOf({ bbl: 'ja' })).toBe('0.0274');
    expect(awfOf({ awf: 'laag' })).toBe('0.0274');
    const r = hourlyCost({ ...BASE_2025, age: 19, wage: 15 });
    expect(r.findings.map((f) => f.code)).toContain('COST_AWF_YOUTH_HOURS_UNKNOWN');
  });

  it('Aof: small employer 6,28 %, medium and large 7,64 % (2025)', () => {
    expect(lineOf(hourlyCost({ ...BASE_2025, employerSize: 'klein' }), 'premium.aof').rate!.toString()).toBe('0.0628');
    expect(lineOf(hourlyCost({ ...BASE_2025, employerSize: 'medium' }), 'premium.aof').rate!.toString()).toBe('0.0764');
  });
});

describe('hourlyCost: Whk is an input without default (DOMAIN.md §4)', () => {
  it('missing Whk is an error that says where to find it', () => {
    const { whk: _w, ...noWhk } = BASE_2025;
    let err: unknown;
    try {
      hourlyCost(noWhk);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('WHK_MISSING');
    expect((err as InputError).texts.en).toContain('Belastingdienst');
    expect((err as InputError).texts.nl).toContain('beschikking');
  });

  it('WGA and ZW-flex as two lines; the same total as their sum given at once; or from an override in the rule set', () => {
    const parts = hourlyCost({ ...BASE_2025, whk: { wga: '2,42%', zw: '4,13%' } });
    expect(lineOf(parts, 'premium.whk.wga').rate!.toString()).toBe('0.0242');
    expect(lineOf(parts, 'premium.whk.zw').rate!.toString()).toBe('0.0413');
    expect(parts.total.equals(hourlyCost(BASE_2025).total)).toBe(true);
    const { whk: _w, ...noWhk } = BASE_2025;
    const rules = withOverrides(rulesForCao('ABU'), { layer: 'agency', parameters: { 'premium.whk.wga': '0.0242', 'premium.whk.zw': '0.0413' } });
    const viaRules = hourlyCost(noWhk, { rules });
    expect(viaRules.total.equals(parts.total)).toBe(true);
    expect(lineOf(viaRules, 'premium.whk.wga').rules[0]).toMatchObject({ parameter: 'premium.whk.wga', layer: 'agency' });
  });
});

describe('hourlyCost: pension (StiPP, DOMAIN.md §5)', () => {
  it('needs the age or birth date (entry age 18), unless pension is none', () => {
    const { age: _a, ...noAge } = BASE_2025;
    expect(() => hourlyCost(noAge)).toThrowError(/age|leeftijd/);
    expect(() => hourlyCost({ ...noAge, pension: 'none' })).not.toThrow();
  });

  it('no premium under 18; a birth date counts the age on the work date (birthday 2007-06-03: 17 on 2025-06-02, 18 on 2025-06-03)', () => {
    const { age: _a, ...noAge } = BASE_2025;
    const before = hourlyCost({ ...noAge, birthDate: '2007-06-03', date: '2025-06-02' });
    expect(before.lines.some((l) => l.code === 'pension')).toBe(false);
    expect(before.findings.map((f) => f.code)).toContain('COST_PENSION_BELOW_ENTRY_AGE');
    const on = hourlyCost({ ...noAge, birthDate: '2007-06-03', date: '2025-06-03' });
    expect(on.lines.some((l) => l.code === 'pension')).toBe(true);
  });

  it('2024–2025 needs basis/plus or worked weeks; Plus after 52 worked weeks (employer 8 % either way)', () => {
    const { pension: _p, ...noScheme } = BASE_2025;
    expect(() => hourlyCost(noScheme)).toThrowError(InputError);
    const plus = hourlyCost({ ...noScheme, workedWeeks: 52 });
    expect(lineOf(plus, 'pension').label.en).toContain('Plus');
    expect(lineOf(plus, 'pension').rules[0]!.parameter).toBe('pension.stipp.plus.employer');
    expect(plus.total.equals(hourlyCost(BASE_2025).total)).toBe(true);
  });

  it('2026: the single scheme, employer 15,9 % on (SV − 9,24 × P)', () => {
    /*
     * 2026-06-01, W = 15, no hirer package: reservations 10,87 % + 2,61 % + 0,60 % → P = 1,1408
     * holiday allowance fallback 8 % (unconfirmed): SV = 15 × 1,1408 × 1,08 = 18,48096
     * pension base = 18,48096 − 9,24 × 1,1408 (= 10,540992) = 7,939968; × 15,9 % = 1,262454912
     */
    const { pension: _p, ...noScheme } = BASE_2025;
    const r = hourlyCost({ ...noScheme, date: '2026-06-01' });
    expect(r.premiumWage.equals(d('18.48096'))).toBe(true);
    expect(lineOf(r, 'pension').base.equals(d('7.939968'))).toBe(true);
    expect(lineOf(r, 'pension').amount.equals(d('1.262454912'))).toBe(true);
    expect(lineOf(r, 'pension').label.en).toContain('single scheme');
    expect(lineOf(r, 'holidayAllowance').unconfirmed).toBe(true);
  });

  it('a wage whose pensionable wage per hour is under the franchise has a pension base of 0', () => {
    // 2025, age 18 minimum wage 7,20 (2025-07-01): SV = 7,20 × 1,1458 × 1,0833 = 8,937… < 8,90 × 1,1458 = 10,19762
    const r = hourlyCost({ ...BASE_2025, date: '2025-07-07', age: 18, wage: '7,20' });
    expect(lineOf(r, 'pension').amount.isZero()).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('COST_PENSION_BELOW_FRANCHISE');
  });
});

describe('hourlyCost: the hirer\'s package from 2026 (equivalent pay, DOMAIN.md §6, §8)', () => {
  it('before 2026 the CAO decides: the package is ignored with a note', () => {
    const r = hourlyCost({ ...BASE_2025, hirerPackage: { vacationDays: 30, holidayAllowancePercent: '10%' } });
    expect(r.total.equals(hourlyCost(BASE_2025).total)).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('COST_HIRER_PACKAGE_IGNORED');
  });

  it('2026 with the statutory 20 days and 8 %: 20 / (261 − 20 − 6 = 235) = 8,51 %, 6 / 235 = 2,55 % (domain-costs.md §3.1)', () => {
    const r = hourlyCost({ ...BASE_2025, date: '2026-06-01', hirerPackage: { vacationDays: 20, holidayAllowancePercent: '8%' } });
    expect(lineOf(r, 'reservation.vacation').rate!.toString()).toBe('0.0851');
    expect(lineOf(r, 'reservation.publicHolidays').rate!.toString()).toBe('0.0255');
    expect(lineOf(r, 'reservation.vacation').rules.map((x) => x.parameter)).toEqual(['derived.reservation.vacation', 'input.hirerPackage.vacationDays']);
    expect(r.reservations.workableDays.toString()).toBe('235');
  });

  it('2026: the hirer\'s higher holiday allowance counts; a lower one falls back to 8 % with a warning; days under 20 become 20', () => {
    const higher = hourlyCost({ ...BASE_2025, date: '2026-06-01', hirerPackage: { holidayAllowancePercent: '8,5%' } });
    expect(lineOf(higher, 'holidayAllowance').rate!.toString()).toBe('0.085');
    const lower = hourlyCost({ ...BASE_2025, date: '2026-06-01', hirerPackage: { holidayAllowancePercent: '7%' } });
    expect(lineOf(lower, 'holidayAllowance').rate!.toString()).toBe('0.08');
    expect(lower.findings.map((f) => f.code)).toContain('COST_HIRER_HOLIDAY_ALLOWANCE_LOWER');
    const few = hourlyCost({ ...BASE_2025, date: '2026-06-01', hirerPackage: { vacationDays: 18 } });
    expect(few.reservations.vacationDays.toString()).toBe('20');
    expect(few.findings.map((f) => f.code)).toContain('COST_HIRER_VACATION_BELOW_STATUTORY');
  });
});

describe('hourlyCost: agency choices and checks', () => {
  it('risks and administration as % of the statutory cost, plus a fixed amount per hour', () => {
    /*
     * statutory cost 24,68060682074 (first example)
     * sickness 2 %: 0,4936121364148; idle 1 %: 0,2468060682074; administration 0,5 %: 0,1234030341037
     * per hour 0,25
     * total = 24,68060682074 + 0,4936121364148 + 0,2468060682074 + 0,1234030341037 + 0,25 = 25,7944280594659
     */
    const r = hourlyCost({ ...BASE_2025, agency: { sicknessRisk: '2%', idleRisk: '1%', administration: '0,5%', administrationPerHour: '0,25' } });
    expect(lineOf(r, 'agency.sicknessRisk').amount.equals(d('0.4936121364148'))).toBe(true);
    expect(r.agencyCosts.equals(d('1.1138212387259'))).toBe(true);
    expect(r.total.equals(d('25.7944280594659'))).toBe(true);
  });

  it('a wage below the minimum wage for the age is an error finding (WML 2025-07-01: 14,40)', () => {
    const r = hourlyCost({ ...BASE_2025, date: '2025-07-07', wage: '14,00' });
    const f = r.findings.find((x) => x.code === 'COST_WAGE_BELOW_MINIMUM');
    expect(f?.severity).toBe('error');
    expect(f?.message.nl).toContain('14,40');
  });

  it('BBL learners (DOMAIN.md §3): 2026, age 19, BBL minimum 7,72 — 7,80 passes, 7,50 is below; before 2026 no BBL amount, so no check', () => {
    const bbl = { ...BASE_2025, date: '2026-03-02', age: 19, bbl: true, pension: 'none' as const };
    expect(hourlyCost({ ...bbl, wage: '7,80' }).findings.map((f) => f.code)).not.toContain('COST_WAGE_BELOW_MINIMUM');
    const below = hourlyCost({ ...bbl, wage: '7,50' }).findings.find((f) => f.code === 'COST_WAGE_BELOW_MINIMUM');
    expect(below?.rule?.parameter).toBe('minimumWage.hourly.bbl.19');
    // 2025: the regular minimum for 19 (8,64 from 2025-07-01) would flag 8,00; the BBL scale is not in the tables yet
    expect(hourlyCost({ ...bbl, date: '2025-09-01', wage: '8,00' }).findings.map((f) => f.code)).not.toContain('COST_WAGE_BELOW_MINIMUM');
  });

  it('phase B/3 and C/4 name their contract kind; phase A does not (with or without clause) and is refused', () => {
    expect(lineOf(hourlyCost({ ...BASE_2025, contract: 'fase-c' }), 'premium.awf').rate!.toString()).toBe('0.0274');
    expect(lineOf(hourlyCost({ ...BASE_2025, contract: 'fase-3' }), 'premium.awf').rate!.toString()).toBe('0.0774');
    expect(() => hourlyCost({ ...BASE_2025, contract: 'fase-a' })).toThrowError(/agency-clause, fixed-term, open-ended/);
  });

  it('bad input names the field in the clerk\'s words; an unknown date is a NoRuleError', () => {
    expect(() => hourlyCost({ ...BASE_2025, contract: 'sometimes' })).toThrowError(/soort contract|contract kind/);
    expect(() => hourlyCost({ ...BASE_2025, employerSize: 'huge' })).toThrowError(/small, medium, large/);
    expect(() => hourlyCost({ ...BASE_2025, wage: '1,234' })).toThrowError(/ambiguous|dubbelzinnig/);
    expect(() => hourlyCost({ ...BASE_2025, wage: 0 })).toThrowError(InputError);
    expect(() => hourlyCost({ ...BASE_2025, date: '2023-06-01' })).toThrowError(NoRuleError);
  });

  it('a bad birth date is never shown in the message', () => {
    const { age: _a, ...noAge } = BASE_2025;
    try {
      hourlyCost({ ...noAge, birthDate: '1990-13-45' });
      expect.unreachable();
    } catch (e) {
      // Without this, expect.unreachable()'s own error would reach the checks below.
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).texts.en).not.toContain('1990-13-45');
      expect((e as InputError).texts.nl).not.toContain('1990');
    }
  });
});
