import { describe, expect, it } from 'vitest';
import { Decimal, getDecimal, minimumWage, pensionPremium, reservationRates, roundCents, weekdaysInYear } from '@backofficer/core';

/*
 * Reservations derived from the holiday calendar (DOMAIN.md §6, [S] flexnieuws.nl formula) and
 * the StiPP premium of a pay period (DOMAIN.md §5, [S] stippensioen.nl "Premie").
 */

describe('reservationRates: derived from the CAO holiday calendar, checked against DOMAIN.md §6', () => {
  /*
   * workable days = weekdays − vacation days (25, CAO art. 26) − CAO public holidays on a weekday
   * 2024: 366 days from Monday 1 Jan → 52 weeks (260) + Mon 30 + Tue 31 Dec = 262 weekdays.
   *       Weekday holidays: New Year (Mon), Easter Monday 1 Apr, Ascension 9 May, Whit Monday 20 May,
   *       Christmas (Wed), Boxing Day (Thu) = 6 (King's Day 27 Apr is a Saturday; 2024 no lustrum).
   *       workable = 262 − 25 − 6 = 231; 25 / 231 = 0,10822… → 10,82 %; 6 / 231 = 0,02597… → 2,60 %
   * 2025: 365 days from Wednesday → 260 + Wed 31 Dec = 261 weekdays.
   *       New Year (Wed), Easter Monday 21 Apr, Liberation Day 5 May (Mon, lustrum year), Ascension 29 May,
   *       Whit Monday 9 Jun, Christmas (Thu), Boxing Day (Fri) = 7 (King's Day 26 Apr is a Saturday).
   *       workable = 261 − 25 − 7 = 229; 25 / 229 = 0,10917… → 10,92 %; 7 / 229 = 0,03056… → 3,06 %
   * 2026: 365 days from Thursday → 260 + Thu 31 Dec = 261 weekdays.
   *       New Year (Thu), Easter Monday 6 Apr, King's Day 27 Apr (Mon), Ascension 14 May, Whit Monday 25 May,
   *       Christmas (Fri) = 6 (Boxing Day is a Saturday).
   *       workable = 261 − 25 − 6 = 230; 25 / 230 = 0,10869… → 10,87 %; 6 / 230 = 0,02608… → 2,61 %
   */
  const cases = [
    { year: 2024, weekdays: 262, holidays: ['2024-01-01', '2024-04-01', '2024-05-09', '2024-05-20', '2024-12-25', '2024-12-26'], workable: 231, vacation: '0.1082', publicHolidays: '0.026' },
    { year: 2025, weekdays: 261, holidays: ['2025-01-01', '2025-04-21', '2025-05-05', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26'], workable: 229, vacation: '0.1092', publicHolidays: '0.0306' },
    { year: 2026, weekdays: 261, holidays: ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25'], workable: 230, vacation: '0.1087', publicHolidays: '0.0261' },
  ];
  for (const c of cases) {
    it(`${c.year}: ${c.weekdays} − 25 − ${c.holidays.length} = ${c.workable} workable days → ${c.vacation} / ${c.publicHolidays}, equal to the shipped CAO figures`, () => {
      const r = reservationRates(`${c.year}-03-01`);
      expect(weekdaysInYear(c.year)).toBe(c.weekdays);
      expect(r.weekdays).toBe(c.weekdays);
      expect(r.weekdayHolidays.map((h) => h.date)).toEqual(c.holidays);
      expect(r.workableDays.toNumber()).toBe(c.workable);
      expect(r.vacation.toString()).toBe(c.vacation);
      expect(r.publicHolidays.toString()).toBe(c.publicHolidays);
      expect(r.shortLeave.toString()).toBe('0.006');
      // the derivation and the shipped table agree (CAO art. 26 / DOMAIN.md §6)
      expect(r.vacation.equals(getDecimal('reservation.vacation', `${c.year}-03-01`))).toBe(true);
      expect(r.publicHolidays.equals(getDecimal('reservation.publicHolidays', `${c.year}-03-01`))).toBe(true);
    });
  }

  it('with a hirer\'s 27 days in 2026: 261 − 27 − 6 = 228; 27 / 228 = 0,11842… → 11,84 %; 6 / 228 = 0,02631… → 2,63 %', () => {
    const r = reservationRates('2026-03-01', { vacationDays: 27 });
    expect(r.vacationDaysSource).toBe('given');
    expect(r.workableDays.toNumber()).toBe(228);
    expect(r.vacation.toString()).toBe('0.1184');
    expect(r.publicHolidays.toString()).toBe('0.0263');
  });

  it('vacation days that leave no workable day are an input error', () => {
    expect(() => reservationRates('2026-03-01', { vacationDays: 255 })).toThrowError(/workable|werkbare/);
  });
});

describe('pensionPremium: StiPP public worked example (stippensioen.nl "Premie", 2024)', () => {
  it('pensionable wage 2.300, 80 hours: franchise 8,45 × 80 = 676, base 1.624, employer 8 % = 129,92, credited 7,4 % = 120,18', () => {
    // 7,4 % × 1.624 = 120,176 → half-up to cents 120,18, as the source shows.
    const p = pensionPremium({ date: '2024-05-01', pensionableWage: '2.300,00', hours: 80 });
    expect(p.scheme).toBe('basis');
    expect(p.franchise.toString()).toBe('676');
    expect(p.base.toString()).toBe('1624');
    expect(p.employer.toString()).toBe('129.92');
    expect(p.employee.toString()).toBe('0');
    expect(p.credited?.toString()).toBe('120.18');
    expect(p.rules.map((r) => r.parameter)).toContain('pension.stipp.basis.credited');
  });

  it('2024 Plus: employer 8 % = 129,92, employee at most 4 % = 64,96 of the same base', () => {
    const p = pensionPremium({ date: '2024-05-01', pensionableWage: 2300, hours: 80, scheme: 'plus' });
    expect(p.employer.toString()).toBe('129.92');
    expect(p.employee.toString()).toBe('64.96'); // 1.624 × 0,04
    expect(p.credited).toBeNull();
  });

  it('2025 franchise 8,90 × 80 = 712 (stippensioen.nl/en writes "€ 8.80 x 80 = € 712": 8,80 is a typo there)', () => {
    expect(pensionPremium({ date: '2025-05-01', pensionableWage: 2300, hours: 80 }).franchise.toString()).toBe('712');
  });

  it('2026 single scheme: base 2.300 − 9,24 × 80 (739,20) = 1.560,80; employer 15,9 % = 248,1672 → 248,17; employee 7,5 % = 117,06', () => {
    const p = pensionPremium({ date: '2026-05-01', pensionableWage: 2300, hours: 80 });
    expect(p.scheme).toBe('single');
    expect(p.base.toString()).toBe('1560.8');
    expect(p.employer.toString()).toBe('248.17');
    expect(p.employee.toString()).toBe('117.06');
  });

  it('no accrual above the maximum pensionable hourly wage: 80 h × 38,26 (2024) = 3.060,80 caps a wage of 4.000', () => {
    // base = 3.060,80 − 676 = 2.384,80; employer 8 % = 190,784 → 190,78
    const p = pensionPremium({ date: '2024-05-01', pensionableWage: 4000, hours: 80 });
    expect(p.cappedWage.toString()).toBe('3060.8');
    expect(p.employer.toString()).toBe('190.78');
  });
});

describe('SVB minimum wage table 2025 (domain-costs.md §3.7(b)): the source rounds up, we round half-up', () => {
  /*
   * svb.nl "Bedragen minimumlonen vanaf 1 januari 2025", 21+: 14,06; with holiday allowance 15,19;
   * with holiday allowance and vacation hours 16,46.
   *   14,06 × 1,08 = 15,1848 → SVB shows 15,19 (rounded UP); half-up to cents gives 15,18.
   *   15,19 × 1,0833 = 16,455… → 16,46 (SVB rounds the rounded intermediate again).
   *   Without the intermediate rounding: 14,06 × 1,08 × 1,0833 = 16,45003… → 16,45.
   * BackOfficer rounds half-up once, at the payslip line (DESIGN.md), so it shows 15,18 and 16,45;
   * the test records what the source shows and why we differ.
   */
  it('reproduces the SVB figures with ceiling at each step, and our half-up figures', () => {
    const wml = minimumWage('2025-01-01');
    expect(wml.toString()).toBe('14.06');
    const withAllowance = wml.mul('1.08');
    expect(withAllowance.toString()).toBe('15.1848');
    expect(withAllowance.toDecimalPlaces(2, Decimal.ROUND_CEIL).toString()).toBe('15.19'); // SVB
    expect(roundCents(withAllowance).toString()).toBe('15.18'); // ours
    const svbVacation = new Decimal('15.19').mul('1.0833');
    expect(svbVacation.toDecimalPlaces(2, Decimal.ROUND_CEIL).toString()).toBe('16.46'); // SVB
    expect(roundCents(withAllowance.mul('1.0833')).toString()).toBe('16.45'); // ours, one rounding
  });
});
