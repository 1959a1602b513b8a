import { describe, expect, it } from 'vitest';
import { Decimal, getDecimal, getInteger, getParameter, getString, roundCents, roundTo, rulesForCao } from '@backofficer/core';

/*
 * The shipped figures checked against DOMAIN.md's worked examples and against hand calculations
 * written out step by step. Expected values come from DOMAIN.md, never from the code.
 */

describe('reservations: DOMAIN.md §6 derivation (flexnieuws.nl formula), checked by hand', () => {
  /*
   * workable days = weekdays − vacation days (25, abunbbu.nl art. 26) − weekday public holidays
   * Weekday public holidays (DOMAIN.md §12, CAO list, only Mon–Fri):
   *  2024: New Year (Mon), Easter Monday 04-01, Ascension 05-09, Whit Monday 05-20, Christmas (Wed),
   *        Boxing Day (Thu) = 6; King's Day 04-27 is a Saturday; 2024 is no lustrum year.
   *  2025: New Year (Wed), Easter Monday 04-21, Liberation Day 05-05 (Mon, lustrum), Ascension 05-29,
   *        Whit Monday 06-09, Christmas (Thu), Boxing Day (Fri) = 7; King's Day 04-26 is a Saturday.
   *  2026: New Year (Thu), Easter Monday 04-06, King's Day 04-27 (Mon), Ascension 05-14,
   *        Whit Monday 05-25, Christmas (Fri) = 6; Boxing Day is a Saturday.
   * Weekdays: 2024 has 366 days starting on a Monday → 52 weeks (260) + Mon, Tue = 262;
   *           2025 and 2026 have 365 days → 260 + 1 = 261.
   */
  const years = [
    { year: 2024, weekdays: 262, holidays: 6, vacation: '0.1082', publicHolidays: '0.0260' },
    { year: 2025, weekdays: 261, holidays: 7, vacation: '0.1092', publicHolidays: '0.0306' },
    { year: 2026, weekdays: 261, holidays: 6, vacation: '0.1087', publicHolidays: '0.0261' },
  ];

  for (const y of years) {
    it(`${y.year}: workable = ${y.weekdays} − 25 − ${y.holidays}; vacation ${y.vacation}, public holidays ${y.publicHolidays} (rounded to 2 decimals of a percent)`, () => {
      const days = getInteger('vacation.daysPerYear', `${y.year}-06-01`);
      expect(days).toBe(25);
      const workable = y.weekdays - days - y.holidays; // 2024: 262 − 25 − 6 = 231
      const vacation = roundTo(new Decimal(days).div(workable), 4); // 25 / 231 = 0.108225… → 0.1082
      const holidays = roundTo(new Decimal(y.holidays).div(workable), 4); // 6 / 231 = 0.025974… → 0.0260
      expect(vacation.equals(y.vacation)).toBe(true);
      expect(holidays.equals(y.publicHolidays)).toBe(true);
      for (const cao of ['ABU', 'NBBU'] as const) {
        const rules = rulesForCao(cao);
        expect(getDecimal('reservation.vacation', `${y.year}-06-01`, rules).equals(vacation), cao).toBe(true);
        expect(getDecimal('reservation.publicHolidays', `${y.year}-06-01`, rules).equals(holidays), cao).toBe(true);
      }
    });
  }

  it('short leave 0,60 % (flexnieuws.nl) and holiday allowance 8,33 % through 2025 (abunbbu.nl art. 18)', () => {
    expect(getDecimal('reservation.shortLeave', '2025-06-01').equals('0.006')).toBe(true);
    expect(getDecimal('holidayAllowance.rate', '2025-12-31').equals('0.0833')).toBe(true);
    expect(getDecimal('holidayAllowance.rate', '2026-01-01').equals('0.08')).toBe(true);
  });
});

describe('StiPP pension: DOMAIN.md §5 worked example (stippensioen.nl "Premie", 2024)', () => {
  it('pensionable wage 2.300, 80 hours: franchise 8,45 × 80 = 676, base 1.624, employer 8 % = 129,92, credited 7,4 % = 120,18', () => {
    const day = '2024-05-01';
    const franchise = getDecimal('pension.stipp.franchise', day); // 8.45
    expect(franchise.equals('8.45')).toBe(true);
    const franchiseTotal = franchise.times(80); // 8.45 × 80 = 676
    expect(franchiseTotal.equals(676)).toBe(true);
    const base = new Decimal(2300).minus(franchiseTotal); // 2300 − 676 = 1624
    expect(base.equals(1624)).toBe(true);
    const employer = roundCents(base.times(getDecimal('pension.stipp.employer', day))); // 1624 × 0.08 = 129.92
    expect(employer.toFixed(2)).toBe('129.92');
    const credited = roundCents(base.times(getDecimal('pension.stipp.basis.credited', day))); // 1624 × 0.074 = 120.176 → 120.18
    expect(credited.toFixed(2)).toBe('120.18');
  });

  it('StiPP per year (DOMAIN.md §5): franchise 8,45 / 8,90 / 9,24; maximum hourly wage 38,26 / 40,53 / 42,42', () => {
    expect(['2024', '2025', '2026'].map((y) => getDecimal('pension.stipp.franchise', `${y}-03-01`).toFixed(2))).toEqual(['8.45', '8.90', '9.24']);
    expect(['2024', '2025', '2026'].map((y) => getDecimal('pension.stipp.maxHourlyWage', `${y}-03-01`).toFixed(2))).toEqual(['38.26', '40.53', '42.42']);
  });

  it('2026 one scheme 23,4 / 15,9 / 7,5 % (stippensioen.nl, kwps.nl): employer + employee = total, also under the Plus names', () => {
    const day = '2026-03-01';
    expect(getParameter('pension.stipp.scheme', day)).toBe('single');
    expect(getParameter('pension.stipp.scheme', '2025-12-31')).toBe('basis-plus');
    const total = getDecimal('pension.stipp.total', day);
    expect(total.equals('0.234')).toBe(true);
    expect(getDecimal('pension.stipp.employer', day).plus(getDecimal('pension.stipp.employee', day)).equals(total)).toBe(true); // 15.9 + 7.5 = 23.4
    expect(getDecimal('pension.stipp.plus.total', day).equals(total)).toBe(true);
    expect(getInteger('pension.stipp.plus.afterWorkedWeeks', day)).toBe(0);
    // 2024–2025 Plus: 12 % = 8 % employer + at most 4 % employee, after 52 worked weeks.
    expect(getDecimal('pension.stipp.plus.employer', '2025-03-01').plus(getDecimal('pension.stipp.plus.employeeMax', '2025-03-01')).equals('0.12')).toBe(true);
    expect(getInteger('pension.stipp.plus.afterWorkedWeeks', '2025-03-01')).toBe(52);
  });
});

describe('minimum wage: published youth amounts agree with 21+ × youth percentage rounded to cents (consistency of the stored figures)', () => {
  // 2026-01: 14,71 × 0,80 = 11,768 → 11,77; × 0,395 = 5,81045 → 5,81; BBL 20: × 0,615 = 9,04665 → 9,05.
  for (const day of ['2024-01-01', '2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01']) {
    it(`WML youth scale on ${day}`, () => {
      const adult = getDecimal('minimumWage.hourly.21', day);
      for (const age of [15, 16, 17, 18, 19, 20]) {
        const computed = roundCents(adult.times(getDecimal(`minimumWage.youthPercentage.${age}`, day)));
        expect(computed.equals(getDecimal(`minimumWage.hourly.${age}`, day)), `age ${age}`).toBe(true);
      }
    });
  }
  it('WML BBL scale on 2026-01-01: 9,05 / 7,72 / 6,69', () => {
    const adult = getDecimal('minimumWage.hourly.21', '2026-01-01');
    for (const age of [18, 19, 20]) {
      const computed = roundCents(adult.times(getDecimal(`minimumWage.youthPercentage.bbl.${age}`, '2026-01-01')));
      expect(computed.equals(getDecimal(`minimumWage.hourly.bbl.${age}`, '2026-01-01')), `bbl ${age}`).toBe(true);
    }
  });
});

describe('employer premiums per year (DOMAIN.md §4)', () => {
  const table = {
    'premium.awf.low': ['0.0264', '0.0274', '0.0274'],
    'premium.awf.high': ['0.0764', '0.0774', '0.0774'],
    'premium.aof.small': ['0.0618', '0.0628', '0.0627'],
    'premium.aof.large': ['0.0754', '0.0764', '0.0763'],
    'premium.wko': ['0.005', '0.005', '0.005'],
    'premium.zvw.employer': ['0.0657', '0.0651', '0.061'],
    'premium.maxWage.year': ['71628', '75864', '79409'],
    'premium.sizeBoundary.smallMedium': ['942500', '990000', '1082500'],
  };
  for (const [name, values] of Object.entries(table)) {
    it(`${name}: 2024 / 2025 / 2026 = ${values.join(' / ')}`, () => {
      expect(['2024-06-30', '2025-06-30', '2026-06-30'].map((d) => getDecimal(name, d).toString())).toEqual(values);
    });
  }
  it('AWf high − low is 5 percentage points every year', () => {
    for (const d of ['2024-06-30', '2025-06-30', '2026-06-30']) {
      expect(getDecimal('premium.awf.high', d).minus(getDecimal('premium.awf.low', d)).equals('0.05')).toBe(true);
    }
  });
});

describe('invoicing and ET figures: DOMAIN.md §13–14 examples', () => {
  it('G-account (dezorgfabriek.nl): 1.000 + 21 % VAT = 1.210 → 25 % = 302,50; reverse charge 20 % of 1.000 = 200,00', () => {
    const invoice = new Decimal(1000);
    const withVat = invoice.times(new Decimal(1).plus(getDecimal('vat.standard', '2025-01-01'))); // 1000 × 1.21 = 1210
    expect(withVat.equals(1210)).toBe(true);
    expect(roundCents(withVat.times(getDecimal('gAccount.share', '2025-01-01'))).toFixed(2)).toBe('302.50');
    expect(roundCents(invoice.times(getDecimal('gAccount.shareReverseCharge', '2025-01-01'))).toFixed(2)).toBe('200.00');
  });

  it('ET exchange (sncu.nl): 100 gross exchanged / 0,81 = 123,46 allowance; at most 30 %; at most 5 years', () => {
    expect(roundCents(new Decimal(100).div(getDecimal('et.exchangeFactor', '2025-01-01'))).toFixed(2)).toBe('123.46');
    expect(getDecimal('et.maxShareOfWage', '2025-01-01').equals('0.3')).toBe(true);
    expect(getInteger('et.maxYears', '2025-01-01')).toBe(5);
  });

  it('credit insurance (working agreements, atradius.be): 90 % cover, 10 % own risk', () => {
    expect(new Decimal(1).minus(getDecimal('policy.creditInsuranceCover', '2025-01-01')).equals('0.1')).toBe(true);
  });
});

describe('working agreements and CAO rules (DOMAIN.md §1, §7, §11)', () => {
  it('the weekly cycle deadlines of DOMAIN.md §1 as written in the policy table', () => {
    const day = '2026-03-02';
    const expected: Record<string, string> = {
      'policy.registrationCutoff': 'W-1 Fri 24:00',
      'policy.changeCutoff': 'W-1 Fri 24:00',
      'policy.hoursDeadline': 'W+1 Tue 13:00',
      'policy.draftPayslips': 'W+1 Wed 12:00',
      'policy.draftApproval': 'W+1 Wed 15:00',
      'policy.marginPayout': 'W+2 Mon 17:00',
      'policy.managementReport': 'W+2 Tue 17:00',
    };
    for (const [name, text] of Object.entries(expected)) expect(getString(name, day), name).toBe(text);
    // Days DOMAIN gives without a time: Wednesday, Thursday of W+1; Monday of W+2 (aim Friday of W+1).
    expect(getString('policy.payrollDay', day)).toMatch(/^W\+1 Wed /);
    expect(getString('policy.paymentDay', day)).toMatch(/^W\+1 Thu /);
    expect(getString('policy.marginOverview', day)).toMatch(/^W\+2 Mon /);
    expect(getString('policy.marginOverviewAim', day)).toMatch(/^W\+1 Fri /);
    expect(getString('policy.holidayShift', day)).toBe('previous-working-day');
  });

  it('policy: 2 weeks advance recovery, 4 fixed hours, 2 waiting days, sick report before 09:30 or 3 h before a shift; the CAO says 10:00', () => {
    const day = '2025-01-01';
    expect(getInteger('policy.advanceRecoveryWeeks', day)).toBe(2);
    expect(getInteger('policy.minContractHours', day)).toBe(4);
    expect(getInteger('policy.waitingDays', day)).toBe(2);
    expect(getString('policy.sicknessReportBefore', day)).toBe('09:30');
    expect(getInteger('policy.sicknessReportHoursBeforeShift', day)).toBe(3);
    expect(getString('sickness.reportBefore', day)).toBe('10:00');
  });

  it('phase B: 4 years / 6 contracts before 2023-01-02, 3 years / 6 contracts after; reset after more than 6 months', () => {
    expect([getInteger('phase.B.maxYears', '2022-06-01'), getInteger('phase.B.maxContracts', '2022-06-01')]).toEqual([4, 6]);
    expect([getInteger('phase.B.maxYears', '2023-01-02'), getInteger('phase.B.maxContracts', '2023-01-02')]).toEqual([3, 6]);
    expect(getInteger('phase.interruptionResetMonths', '2025-01-01')).toBe(6);
    expect(getParameter('phase.paidHolidayWeeksCount', '2023-01-01')).toBe(false);
    expect(getParameter('phase.paidHolidayWeeksCount', '2023-01-02')).toBe(true);
  });

  it('sickness (BW 7:629; CAO art. 25): ≥ 70 % for 104 weeks, max 2 waiting days, same case within 4 weeks; clause 90 % / 80 %', () => {
    const day = '2025-01-01';
    expect(getDecimal('sickness.law.minPayShare', day).equals('0.7')).toBe(true);
    expect(getInteger('sickness.law.payWeeks', day)).toBe(104);
    expect(getInteger('sickness.law.maxWaitingDays', day)).toBe(2);
    expect(getInteger('sickness.law.sameCaseWithinWeeks', day)).toBe(4);
    expect(getDecimal('sickness.withClause.firstYearShare', day).equals('0.9')).toBe(true);
    expect(getDecimal('sickness.withClause.secondYearShare', day).equals('0.8')).toBe(true);
    expect(getInteger('sickness.withClause.waitingDays', day)).toBe(2);
    expect(getInteger('sickness.withoutClause.waitingDays', day)).toBe(1);
  });

  it('hirer pay → equivalent pay on 2026-01-01 (DOMAIN.md §8)', () => {
    expect(getParameter('hirerPay.regime', '2025-12-31')).toBe('hirer-pay');
    expect(getParameter('hirerPay.regime', '2026-01-01')).toBe('equivalent-pay');
  });

  it('deductions (BW 7:632, 7:650, WML art. 13): fines ≤ 10 % per payment and ≤ half a day per week; housing ≤ 25 % of WML, also in 2026', () => {
    expect(getDecimal('deduction.fines.maxShareOfWagePerPayment', '2025-01-01').equals('0.1')).toBe(true);
    expect(getDecimal('deduction.fines.maxDaysWagePerWeek', '2025-01-01').equals('0.5')).toBe(true);
    expect(getDecimal('deduction.housing.maxShareOfMinimumWage', '2026-06-01').equals('0.25')).toBe(true);
    // 1.792 per year / 12 = 149,333… → 149,33 per month (taxlive.nl, 2024).
    expect(roundCents(getDecimal('deduction.healthInsurance.maxPerYear', '2024-06-01').div(12)).equals(getDecimal('deduction.healthInsurance.maxPerMonth', '2024-06-01'))).toBe(true);
    expect(getParameter('deduction.fines.publicFinesOnly', '2025-01-01')).toBe(true);
  });
});
