/*
 * Calendar arithmetic on ISO date texts and ISO weeks without luxon, for the forecast's week
 * table (a date has no time and no zone, so plain day numbers are exact). Weeks are ISO 8601
 * weeks: Monday to Sunday, and a week belongs to the year of its Thursday.
 */

/** Days since 1970-01-01 of an ISO date text (yyyy-MM-dd, already validated); the civil-calendar day count, in integers. */
export function dayNumber(iso: string): number {
  let y = (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  // Days from civil (proleptic Gregorian): years counted from March, so the leap day ends a year.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The ISO date text of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the Monday of the ISO week holding `day`. */
export function mondayOfDay(day: number): number {
  return day - (weekdayOf(day) - 1);
}

/** "2026-W10" for the ISO week whose Monday is `monday`. */
export function weekLabel(monday: number): string {
  const thursday = isoOfDay(monday + 3);
  const year = Number(thursday.slice(0, 4));
  // Week 1 holds the year's first Thursday.
  const jan1 = dayNumber(`${thursday.slice(0, 4)}-01-01`);
  const firstThu = jan1 + ((4 - weekdayOf(jan1) + 7) % 7);
  const week = Math.floor((monday + 3 - firstThu) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Day number of the Monday of an ISO week given as year and week number. */
export function mondayOfWeek(year: number, week: number): number {
  const jan4 = dayNumber(`${String(year).padStart(4, '0')}-01-04`);
  return mondayOfDay(jan4) + (week - 1) * 7;
}
