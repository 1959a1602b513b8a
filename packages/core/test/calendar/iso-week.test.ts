import { describe, expect, it } from 'vitest';
import {
  InputError,
  addWeeks,
  compareIsoWeeks,
  formatIsoWeek,
  isoWeekOf,
  parseIsoWeek,
  toIsoWeek,
  weekEnd,
  weekStart,
  weeksInYear,
} from '../../src/index.js';

/** The thrown error, for asserting code and texts. */
function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('ISO 8601 weeks (DESIGN.md: weeks are ISO weeks)', () => {
  it('reads 2026-W10, 2026W10 and 2026-w10 as the same week', () => {
    expect(parseIsoWeek('2026-W10')).toEqual({ year: 2026, week: 10 });
    expect(parseIsoWeek('2026W10')).toEqual({ year: 2026, week: 10 });
    expect(parseIsoWeek('2026-w10')).toEqual({ year: 2026, week: 10 });
    expect(parseIsoWeek(' 2026-W01 ')).toEqual({ year: 2026, week: 1 });
  });

  it('ISO 8601: a year has 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year', () => {
    // 2026: 1 January 2026 is a Thursday → 53 weeks.
    expect(weeksInYear(2026)).toBe(53);
    // 2025: 1 January 2025 is a Wednesday, 2025 is no leap year → 52 weeks.
    expect(weeksInYear(2025)).toBe(52);
    // 2020: 1 January 2020 is a Wednesday and 2020 is a leap year → 53 weeks.
    expect(weeksInYear(2020)).toBe(53);
    // 2024: 1 January 2024 is a Monday → 52 weeks.
    expect(weeksInYear(2024)).toBe(52);
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
  });

  it('rejects 2025-W53 (2025 has 52 weeks) naming the field, the value and what was expected', () => {
    const e = errorOf(() => parseIsoWeek('2025-W53'));
    expect(e.code).toBe('NO_SUCH_ISO_WEEK');
    expect(e.field).toBe('week');
    expect(e.texts.en).toBe('week: "2025-W53" does not exist: 2025 has 52 weeks; expected week 1 to 52, e.g. 2025-W52');
    expect(e.texts.nl).toBe('week: "2025-W53" bestaat niet: 2025 heeft 52 weken; verwacht week 1 t/m 52, bijvoorbeeld 2025-W52');
    expect(errorOf(() => parseIsoWeek('2026-W00')).code).toBe('NO_SUCH_ISO_WEEK');
  });

  it('rejects garbage with a message that shows an example', () => {
    for (const bad of ['', 'W10', '2026-10', '2026-W', '2026-W100', '26-W10', 'week 10', '2026-W1O']) {
      const e = errorOf(() => parseIsoWeek(bad, 'werkweek'));
      expect(e.code).toBe('INVALID_ISO_WEEK');
      expect(e.texts.en).toContain('werkweek:');
      expect(e.texts.en).toContain('expected year and week number, e.g. 2026-W10');
      expect(e.texts.nl).toContain('verwacht jaar en weeknummer, bijvoorbeeld 2026-W10');
    }
    expect(errorOf(() => parseIsoWeek(202610 as unknown as string)).code).toBe('INVALID_ISO_WEEK');
    expect(errorOf(() => toIsoWeek({ year: 2025, week: 53 })).code).toBe('NO_SUCH_ISO_WEEK');
  });

  it('formats weeks with two digits', () => {
    expect(formatIsoWeek({ year: 2026, week: 1 })).toBe('2026-W01');
    expect(formatIsoWeek(parseIsoWeek('2026w10'))).toBe('2026-W10');
  });

  it('DOMAIN.md §1: work week 2026-W10 runs from Monday 2 March to Sunday 8 March 2026', () => {
    expect(weekStart('2026-W10').toISO()).toBe('2026-03-02T00:00:00.000+01:00');
    expect(weekEnd('2026-W10').toISO()).toBe('2026-03-09T00:00:00.000+01:00');
    expect(isoWeekOf('2026-03-02')).toEqual({ year: 2026, week: 10 });
    expect(isoWeekOf('2026-03-08')).toEqual({ year: 2026, week: 10 });
    expect(isoWeekOf('2026-03-09')).toEqual({ year: 2026, week: 11 });
  });

  it('ISO 8601: the week-year can differ from the calendar year at the turn of the year', () => {
    // 1 January 2026 is a Thursday, so its week (Monday 29 December 2025 – Sunday 4 January) is 2026-W01.
    expect(weekStart('2026-W01').toISODate()).toBe('2025-12-29');
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
    // 2026-W53 runs Monday 28 December 2026 – Sunday 3 January 2027.
    expect(weekStart('2026-W53').toISODate()).toBe('2026-12-28');
    expect(isoWeekOf('2027-01-03')).toEqual({ year: 2026, week: 53 });
    // 1 January 2025 is a Wednesday: Monday 30 December 2024 is in 2025-W01.
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('adds weeks across year ends (2026 has 53 weeks, 2025 has 52)', () => {
    expect(addWeeks('2026-W52', 1)).toEqual({ year: 2026, week: 53 });
    expect(addWeeks('2026-W53', 1)).toEqual({ year: 2027, week: 1 });
    expect(addWeeks('2025-W52', 1)).toEqual({ year: 2026, week: 1 });
    expect(addWeeks('2026-W01', -1)).toEqual({ year: 2025, week: 52 });
    expect(addWeeks({ year: 2026, week: 10 }, 0)).toEqual({ year: 2026, week: 10 });
    expect(errorOf(() => addWeeks('2026-W10', 1.5)).code).toBe('INVALID_WEEK_COUNT');
    expect(compareIsoWeeks(parseIsoWeek('2025-W52'), parseIsoWeek('2026-W01'))).toBeLessThan(0);
  });

  it('weeks holding a DST change are 167 and 169 real hours (EU summer time: last Sunday of March / October)', () => {
    // 2026-W13 (23–29 March) holds Sunday 29 March: clocks go from 02:00 to 03:00.
    expect(weekStart('2026-W13').toISO()).toBe('2026-03-23T00:00:00.000+01:00');
    expect(weekEnd('2026-W13').toISO()).toBe('2026-03-30T00:00:00.000+02:00');
    expect(weekEnd('2026-W13').diff(weekStart('2026-W13'), 'hours').hours).toBe(7 * 24 - 1);
    // 2026-W43 (19–25 October) holds Sunday 25 October: clocks go from 03:00 back to 02:00.
    expect(weekStart('2026-W43').toISO()).toBe('2026-10-19T00:00:00.000+02:00');
    expect(weekEnd('2026-W43').toISO()).toBe('2026-10-26T00:00:00.000+01:00');
    expect(weekEnd('2026-W43').diff(weekStart('2026-W43'), 'hours').hours).toBe(7 * 24 + 1);
  });

  it('takes the week of an instant in Europe/Amsterdam, not UTC', () => {
    // Sunday 8 March 2026 23:30 UTC is Monday 9 March 00:30 in Amsterdam (UTC+1): week 11.
    expect(isoWeekOf(new Date('2026-03-08T23:30:00Z'))).toEqual({ year: 2026, week: 11 });
  });
});
