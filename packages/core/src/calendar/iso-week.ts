import { DateTime } from 'luxon';
import { InputError, displayValue } from '../errors/index.js';
import { ZONE, toDate } from './zone.js';

/**
 * An ISO 8601 week: weeks run Monday to Sunday and week 1 is the week holding the year's first
 * Thursday, so `year` is the ISO week-year (2026-W01 starts on Monday 29 December 2025).
 */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

/** A week as callers give it: text ("2026-W10", "2026W10", "2026-w10") or `{ year, week }`. */
export type IsoWeekInput = string | IsoWeek;

// Four-digit year, optional dash, W or w, one or two digits.
const WEEK_TEXT = /^(\d{4})-?[Ww](\d{1,2})$/;

/**
 * Number of ISO weeks in a week-year: 53 when the year starts on a Thursday, or on a Wednesday
 * in a leap year (ISO 8601); 52 otherwise. 28 December always lies in the last week.
 */
export function weeksInYear(year: number): number {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw badYear(year);
  return DateTime.fromObject({ year, month: 12, day: 28 }, { zone: ZONE }).weekNumber;
}

function badYear(year: unknown): InputError {
  const shown = displayValue(year, 'year');
  return new InputError(
    'INVALID_YEAR',
    {
      nl: `jaar: ${shown} is geen jaartal; verwacht een jaar van 4 cijfers, bijvoorbeeld 2026`,
      en: `year: ${shown} is not a year; expected a four-digit year, e.g. 2026`,
    },
    'year',
  );
}

function notAWeek(field: string, value: unknown): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    'INVALID_ISO_WEEK',
    {
      nl: `${field}: ${shown} is geen ISO-week; verwacht jaar en weeknummer, bijvoorbeeld 2026-W10`,
      en: `${field}: ${shown} is not an ISO week; expected year and week number, e.g. 2026-W10`,
    },
    field,
  );
}

function noSuchWeek(field: string, value: unknown, year: number): InputError {
  const shown = displayValue(value, field);
  const last = weeksInYear(year);
  const lastText = formatIsoWeek({ year, week: last });
  return new InputError(
    'NO_SUCH_ISO_WEEK',
    {
      nl: `${field}: ${shown} bestaat niet: ${year} heeft ${last} weken; verwacht week 1 t/m ${last}, bijvoorbeeld ${lastText}`,
      en: `${field}: ${shown} does not exist: ${year} has ${last} weeks; expected week 1 to ${last}, e.g. ${lastText}`,
    },
    field,
  );
}

function checked(year: number, week: number, field: string, original: unknown): IsoWeek {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw notAWeek(field, original);
  if (!Number.isInteger(week) || week < 1 || week > weeksInYear(year)) {
    if (Number.isInteger(week) && week >= 0 && week <= 99) throw noSuchWeek(field, original, year);
    throw notAWeek(field, original);
  }
  return Object.freeze({ year, week });
}

/**
 * Reads an ISO week: "2026-W10", "2026W10" or "2026-w10" (surrounding spaces allowed). A week
 * number the year does not have ("2025-W53": 2025 has 52 weeks) or anything else is an
 * InputError naming the field, the value and what was expected.
 */
export function parseIsoWeek(text: unknown, field = 'week'): IsoWeek {
  if (typeof text !== 'string') throw notAWeek(field, text);
  const m = WEEK_TEXT.exec(text.trim());
  if (!m) throw notAWeek(field, text);
  return checked(Number(m[1]), Number(m[2]), field, text);
}

/** An ISO week from text or from `{ year, week }`, validated either way. */
export function toIsoWeek(value: unknown, field = 'week'): IsoWeek {
  if (typeof value === 'string') return parseIsoWeek(value, field);
  if (typeof value === 'object' && value !== null && 'year' in value && 'week' in value) {
    const { year, week } = value as { year: unknown; week: unknown };
    if (typeof year === 'number' && typeof week === 'number') {
      return checked(year, week, field, `${year}-W${String(week).padStart(2, '0')}`);
    }
  }
  throw notAWeek(field, value);
}

/** "2026-W10". */
export function formatIsoWeek(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/** The ISO week a date (or instant, taken in Europe/Amsterdam) falls in. */
export function isoWeekOf(date: unknown, field = 'date'): IsoWeek {
  const d = toDate(date, field);
  return Object.freeze({ year: d.weekYear, week: d.weekNumber });
}

/** Monday 00:00 (Europe/Amsterdam) at the start of the week. */
export function weekStart(week: IsoWeekInput): DateTime {
  const w = toIsoWeek(week);
  return DateTime.fromObject({ weekYear: w.year, weekNumber: w.week, weekday: 1 }, { zone: ZONE }).startOf('day');
}

/**
 * The end of the week as an exclusive bound: the next Monday 00:00 (Europe/Amsterdam). A week
 * holding a DST change is 167 or 169 real hours long.
 */
export function weekEnd(week: IsoWeekInput): DateTime {
  return weekStart(addWeeks(week, 1));
}

/** The week `n` weeks later (or earlier for negative `n`), across year boundaries. */
export function addWeeks(week: IsoWeekInput, n: number): IsoWeek {
  const w = toIsoWeek(week);
  if (!Number.isInteger(n)) {
    throw new InputError(
      'INVALID_WEEK_COUNT',
      {
        nl: `aantal weken: ${displayValue(n)} is geen geheel getal; verwacht bijvoorbeeld 1 of -2`,
        en: `number of weeks: ${displayValue(n)} is not a whole number; expected e.g. 1 or -2`,
      },
      'weeks',
    );
  }
  // Thursday decides the week-year, so stepping from Thursday never lands in the wrong year.
  const thursday = DateTime.fromObject({ weekYear: w.year, weekNumber: w.week, weekday: 4 }, { zone: ZONE }).plus({ weeks: n });
  // Millions of weeks away luxon gives an invalid date (NaN week); past 9999 no week can be written.
  if (!thursday.isValid || thursday.weekYear < 1000 || thursday.weekYear > 9999) {
    throw new InputError(
      'OUT_OF_RANGE',
      {
        nl: `aantal weken: ${displayValue(n)} vanaf ${formatIsoWeek(w)} valt buiten de jaren 1000 t/m 9999; verwacht een kleiner aantal weken`,
        en: `number of weeks: ${displayValue(n)} from ${formatIsoWeek(w)} falls outside the years 1000 to 9999; expected fewer weeks`,
      },
      'weeks',
    );
  }
  return Object.freeze({ year: thursday.weekYear, week: thursday.weekNumber });
}

/** Negative when `a` comes before `b`, 0 when equal, positive after. */
export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}
