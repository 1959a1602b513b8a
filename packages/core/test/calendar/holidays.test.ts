import { describe, expect, it } from 'vitest';
import {
  InputError,
  NoRuleError,
  defaultRules,
  easterSunday,
  explain,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  publicHolidayOn,
  publicHolidays,
  withOverrides,
} from '../../src/index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const easterIso = (year: number) => {
  const e = easterSunday(year);
  return `${year}-${pad(e.month)}-${pad(e.day)}`;
};

describe('Easter Sunday by the Gregorian computus', () => {
  it('matches published Easter dates (tables of the Gregorian calendar; python-dateutil easter())', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // earliest possible date
      1943: '1943-04-25', // latest possible date
      1954: '1954-04-18', // exception: full moon on 18 April
      1981: '1981-04-19', // exception: full moon on 19 April
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2020: '2020-04-12',
      2021: '2021-04-04',
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2038: '2038-04-25',
      2049: '2049-04-18',
      2076: '2076-04-19',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterIso(Number(year))).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 3000; year++) {
      const e = easterSunday(year);
      const d = new Date(Date.UTC(year, e.month - 1, e.day));
      expect(d.getUTCDay()).toBe(0);
      const md = e.month * 100 + e.day;
      expect(md >= 322 && md <= 425).toBe(true);
    }
  });

  it('rejects years outside the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(InputError);
    expect(() => easterSunday(2026.5)).toThrow(/expected a year from 1583 to 9999/);
  });
});

describe('CAO public holidays (ABU = NBBU art. 27; DOMAIN.md §12)', () => {
  const dates = (year: number) => publicHolidays(year).map((h) => `${h.date} ${h.code}${h.weekday ? '' : ' (weekend)'}`);

  it('2024: Easter Monday 1 April, Ascension 9 May, Whit Monday 20 May, King\'s Day Saturday 27 April; no Liberation Day (not a lustrum year)', () => {
    expect(dates(2024)).toEqual([
      '2024-01-01 newYearsDay',
      '2024-04-01 easterMonday',
      '2024-04-27 kingsDay (weekend)',
      '2024-05-09 ascensionDay',
      '2024-05-20 whitMonday',
      '2024-12-25 christmasDay',
      '2024-12-26 boxingDay',
    ]);
    // Weekday holidays 2024: 7 listed − King's Day on Saturday = 6 (DOMAIN.md §6 reservation basis).
    expect(publicHolidays(2024).filter((h) => h.weekday)).toHaveLength(6);
  });

  it('2025: King\'s Day moves to Saturday 26 April (27 April is a Sunday); Liberation Day counts (lustrum year)', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01 newYearsDay',
      '2025-04-21 easterMonday',
      '2025-04-26 kingsDay (weekend)',
      '2025-05-05 liberationDay',
      '2025-05-29 ascensionDay',
      '2025-06-09 whitMonday',
      '2025-12-25 christmasDay',
      '2025-12-26 boxingDay',
    ]);
    // 8 listed − King's Day on Saturday = 7 weekday holidays.
    expect(publicHolidays(2025).filter((h) => h.weekday)).toHaveLength(7);
    const kings = publicHolidayOn('2025-04-26')!;
    expect(kings.names).toEqual({ nl: 'Koningsdag', en: "King's Day" });
    expect(kings.dayOfWeek).toBe(6);
    expect(kings.note?.en).toContain('27 April is a Sunday');
    expect(isPublicHoliday('2025-04-27')).toBe(false);
    expect(publicHolidayOn('2025-05-05')!.names).toEqual({ nl: 'Bevrijdingsdag', en: 'Liberation Day' });
  });

  it('2026: Easter Monday 6 April, King\'s Day Monday 27 April, Ascension 14 May, Whit Monday 25 May; Boxing Day on Saturday', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01 newYearsDay',
      '2026-04-06 easterMonday',
      '2026-04-27 kingsDay',
      '2026-05-14 ascensionDay',
      '2026-05-25 whitMonday',
      '2026-12-25 christmasDay',
      '2026-12-26 boxingDay (weekend)',
    ]);
    // 7 listed − Boxing Day on Saturday = 6 weekday holidays.
    expect(publicHolidays(2026).filter((h) => h.weekday)).toHaveLength(6);
  });

  it('has Dutch and English names for every holiday', () => {
    const h = publicHolidays(2026);
    expect(h.map((x) => x.names.nl)).toEqual([
      'Nieuwjaarsdag', 'Tweede Paasdag', 'Koningsdag', 'Hemelvaartsdag', 'Tweede Pinksterdag', 'Eerste Kerstdag', 'Tweede Kerstdag',
    ]);
    expect(h.map((x) => x.names.en)).toEqual([
      "New Year's Day", 'Easter Monday', "King's Day", 'Ascension Day', 'Whit Monday', 'Christmas Day', 'Boxing Day',
    ]);
  });

  it('Good Friday, Easter Sunday and Whit Sunday are not on the CAO list; Liberation Day 2026 is no lustrum year', () => {
    expect(isPublicHoliday('2026-04-03')).toBe(false); // Good Friday = Easter (5 April) − 2
    expect(isPublicHoliday('2026-04-05')).toBe(false); // Easter Sunday
    expect(isPublicHoliday('2026-05-24')).toBe(false); // Whit Sunday = Easter + 49
    expect(isPublicHoliday('2026-05-05')).toBe(false);
    expect(isPublicHoliday('2030-05-05')).toBe(true); // 2030 is a lustrum year
  });

  it('the list is dated rule data with its source, and can be overridden (e.g. a hirer that gives Good Friday off)', () => {
    const e = explain('cao.publicHolidays', '2026-01-01');
    expect(e.layer).toBe('cao');
    expect(e.source).toContain('art. 27');
    const rules = withOverrides(defaultRules, {
      layer: 'placement',
      parameters: {
        'cao.publicHolidays': 'newYearsDay, goodFriday, easterMonday, kingsDay, liberationDay, ascensionDay, whitMonday, christmasDay, boxingDay',
        'cao.liberationDayEveryYears': 1,
      },
    });
    expect(isPublicHoliday('2026-04-03', rules)).toBe(true);
    expect(publicHolidayOn('2026-04-03', rules)!.names.nl).toBe('Goede Vrijdag');
    expect(isPublicHoliday('2026-05-05', rules)).toBe(true);
    // The shipped rules are unchanged.
    expect(isPublicHoliday('2026-04-03')).toBe(false);
  });

  it('an unknown holiday code in the list is a clear error', () => {
    const rules = withOverrides(defaultRules, { parameters: { 'cao.publicHolidays': 'newYearsDay, carnival' } });
    expect(() => publicHolidays(2026, rules)).toThrow(InputError);
    expect(() => publicHolidays(2026, rules)).toThrow(/"carnival" is not a known holiday/);
  });

  it('a year before the first rule value is a NoRuleError, not a guess; an ordinary day needs no rule', () => {
    expect(() => publicHolidays(2019)).toThrow(NoRuleError);
    expect(() => isPublicHoliday('2019-12-25')).toThrow(NoRuleError);
    // 27 December is no holiday under any list: no rule needed to say so.
    expect(isPublicHoliday('2019-12-27')).toBe(false);
  });

  it('two holidays on one day count once: Ascension Day on Liberation Day 5 May 2005 (Easter 27 March + 39 days)', () => {
    const rules = withOverrides(defaultRules, {
      layer: 'cao',
      parameters: {
        'cao.publicHolidays': [{ from: '2000-01-01', value: 'newYearsDay, easterMonday, kingsDay, liberationDay, ascensionDay, whitMonday, christmasDay, boxingDay' }],
        'cao.liberationDayEveryYears': [{ from: '2000-01-01', value: 5 }],
      },
    });
    const may5 = publicHolidays(2005, rules).filter((h) => h.date === '2005-05-05');
    expect(may5).toHaveLength(1);
    expect(may5[0]!.code).toBe('liberationDay');
    expect(may5[0]!.note?.en).toBe('lustrum year (divisible by 5); also Ascension Day');
  });
});

describe('working days: Monday–Friday and not a CAO public holiday', () => {
  it('Easter Monday 2026 is no working day; the previous is Friday 3 April (Good Friday is not on the list)', () => {
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(previousWorkingDay('2026-04-06').toISODate()).toBe('2026-04-03');
    expect(nextWorkingDay('2026-04-06').toISODate()).toBe('2026-04-07');
  });

  it('Christmas 2026 (Friday): previous working day Thursday 24 December, next Monday 28 December', () => {
    expect(previousWorkingDay('2026-12-25').toISODate()).toBe('2026-12-24');
    // Saturday 26 (Boxing Day), Sunday 27 are no working days.
    expect(nextWorkingDay('2026-12-25').toISODate()).toBe('2026-12-28');
  });
});
