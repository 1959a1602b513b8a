import { DateTime } from 'luxon';
import { ZONE } from '../calendar/zone.js';
import { formatIsoWeek } from '../calendar/iso-week.js';

/*
 * Calendar arithmetic on ISO date texts (yyyy-MM-dd) in Europe/Amsterdam, shared by contracts
 * and compliance. ISO dates compare correctly as text. Month and year steps follow luxon: the
 * 31st plus one month is the last day of a shorter month (2024-01-31 + 1 month = 2024-02-29).
 */

function dt(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: ZONE });
}

export function addDays(iso: string, days: number): string {
  return dt(iso).plus({ days }).toISODate()!;
}

export function addWeeksToDate(iso: string, weeks: number): string {
  return dt(iso).plus({ weeks }).toISODate()!;
}

export function addMonths(iso: string, months: number): string {
  return dt(iso).plus({ months }).toISODate()!;
}

export function addYears(iso: string, years: number): string {
  return dt(iso).plus({ years }).toISODate()!;
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round(dt(b).diff(dt(a), 'days').days);
}

/** "2026-W10" for the ISO week holding the date. */
export function weekKeyOf(iso: string): string {
  const d = dt(iso);
  return formatIsoWeek({ year: d.weekYear, week: d.weekNumber });
}

/** The Monday (ISO date) of the week holding the date. */
export function mondayOf(iso: string): string {
  return dt(iso).startOf('week').toISODate()!;
}

/** The later of two ISO dates. */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two ISO dates. */
export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
