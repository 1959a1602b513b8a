import { Decimal, roundTo, type DecimalValue } from '../money/index.js';
import { InputError, displayValue } from '../errors/index.js';
import { publicHolidays, type PublicHoliday } from '../calendar/holidays.js';
import { toIsoDate } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import { getDecimal, getInteger } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';

/*
 * Reservation percentages from the holiday calendar (DOMAIN.md §6; [S] flexnieuws.nl):
 *   workable days = weekdays (Mon–Fri) of the year − vacation days − CAO public holidays on a weekday
 *   vacation %    = vacation days / workable days
 *   holidays %    = weekday public holidays / workable days
 * Rounded half-up to 2 decimals of a percent (4 decimals of the fraction), as the published CAO
 * figures are (10,82 %), so that a derived figure and a published one are used the same way.
 */

export interface ReservationRates {
  readonly year: number;
  /** Monday–Friday days in the calendar year. */
  readonly weekdays: number;
  /** The CAO public holidays of the year that fall on a weekday. */
  readonly weekdayHolidays: readonly PublicHoliday[];
  readonly vacationDays: Decimal;
  readonly workableDays: Decimal;
  /** vacation days / workable days, rounded to 4 decimals (0.1082 = 10,82 %). */
  readonly vacation: Decimal;
  /** weekday public holidays / workable days, rounded to 4 decimals. */
  readonly publicHolidays: Decimal;
  /** Short leave (kort verzuim), the CAO's fixed figure (reservation.shortLeave). */
  readonly shortLeave: Decimal;
  /** Where the vacation days came from: the CAO parameter, or the days given (hirer's package). */
  readonly vacationDaysSource: 'cao' | 'given';
}

const weekdayCache = new Map<number, number>();

/** Monday to Friday days in a calendar year (the weekday of a date does not depend on the zone). */
export function weekdaysInYear(year: number): number {
  // A year that is no whole number would count no days at all: a silent 0.
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new InputError(
      'INVALID_YEAR',
      {
        nl: `jaar (year): ${displayValue(year, 'year')} is geen jaartal; verwacht een jaar van 4 cijfers, bijvoorbeeld 2026`,
        en: `year: ${displayValue(year, 'year')} is not a year; expected a four-digit year, e.g. 2026`,
      },
      'year',
    );
  }
  let n = weekdayCache.get(year);
  if (n !== undefined) return n;
  n = 0;
  const d = new Date(Date.UTC(year, 0, 1));
  while (d.getUTCFullYear() === year) {
    const wd = d.getUTCDay();
    if (wd >= 1 && wd <= 5) n++;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  weekdayCache.set(year, n);
  return n;
}

export interface ReservationOptions {
  /** Vacation days per year (full-time) instead of the CAO's vacation.daysPerYear: the hirer's package from 2026. */
  readonly vacationDays?: DecimalValue;
  readonly rules?: RuleSet;
}

/**
 * The reservation percentages for the calendar year of `date`, derived from the holiday
 * calendar with the CAO's vacation days (or the days given), and the fixed short-leave figure.
 */
export function reservationRates(date: unknown, options: ReservationOptions = {}): ReservationRates {
  const day = toIsoDate(date, 'date');
  const rules = options.rules ?? defaultRules;
  const year = Number(day.slice(0, 4));
  const weekdays = weekdaysInYear(year);
  const weekdayHolidays = publicHolidays(year, rules).filter((h) => h.weekday);
  const given = options.vacationDays !== undefined;
  const vacationDays = given ? new Decimal(options.vacationDays!) : new Decimal(getInteger('vacation.daysPerYear', day, rules));
  const workableDays = new Decimal(weekdays).minus(vacationDays).minus(weekdayHolidays.length);
  if (vacationDays.isNeg() || workableDays.lte(0)) {
    throw new InputError(
      'OUT_OF_RANGE',
      {
        nl: `vakantiedagen: ${displayValue(vacationDays.toString())} laat geen werkbare dagen over in ${year}; verwacht minder dan ${weekdays - weekdayHolidays.length} dagen`,
        en: `vacation days: ${displayValue(vacationDays.toString())} leaves no workable days in ${year}; expected fewer than ${weekdays - weekdayHolidays.length} days`,
      },
      'vacationDays',
    );
  }
  return Object.freeze({
    year,
    weekdays,
    weekdayHolidays,
    vacationDays,
    workableDays,
    vacation: roundTo(vacationDays.div(workableDays), 4),
    publicHolidays: roundTo(new Decimal(weekdayHolidays.length).div(workableDays), 4),
    shortLeave: getDecimal('reservation.shortLeave', day, rules),
    vacationDaysSource: given ? 'given' : 'cao',
  });
}
