/*
 * Hot-path readers for the shapes the model already validated: ISO dates and HH:mm clock times,
 * read from character codes without allocating. They return -1 (or NaN) for anything else; the
 * caller decides what that means.
 */

const ZERO = 48;

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -1;
}

function two(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** Minutes after midnight of "HH:mm" (0–1440; "24:00" is 1440), or -1. */
export function clockMinutes(text: string | undefined): number {
  if (text === undefined) return -1;
  const len = text.length;
  // "7:30" as well as "07:30".
  const colon = len === 5 ? 2 : len === 4 ? 1 : -1;
  if (colon < 0 || text.charCodeAt(colon) !== 58) return -1;
  const h = colon === 2 ? two(text, 0) : digit(text, 0);
  const m = two(text, colon + 1);
  if (h < 0 || m < 0 || m > 59 || h > 24 || (h === 24 && m !== 0)) return -1;
  return h * 60 + m;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), or NaN
 * for an impossible date.
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!)) return NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of "yyyy-MM-dd" (the first 10 characters of `text`), or NaN. */
export function dayNumberOf(text: string): number {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y1 = two(text, 0);
  const y2 = two(text, 2);
  const m = two(text, 5);
  const d = two(text, 8);
  if (y1 < 0 || y2 < 0 || m < 0 || d < 0) return NaN;
  return daysFromCivil(y1 * 100 + y2, m, d);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** "yyyy-MM-dd" of a day number. */
export function isoOfDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** "HH:mm" of minutes after midnight (1440 is "24:00"). */
export function clockText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes - h * 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** Minutes as hours for people: 750 → "12:30", 45 → "0:45". */
export function durationText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs - h * 60;
  return `${sign}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * An ISO instant with an explicit offset, "yyyy-MM-ddTHH:mm[:ss[.fff]](Z|±HH:mm)", as epoch
 * seconds; NaN when the text has another shape (the caller falls back to luxon). Text without an
 * offset returns NaN too: it is Amsterdam wall-clock time, which needs the zone.
 */
export function instantSecondsWithOffset(text: string): number {
  const day = dayNumberOf(text);
  if (Number.isNaN(day) || text.length < 16) return NaN;
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return NaN; // 'T' or ' '
  const h = two(text, 11);
  const m = two(text, 14);
  if (h < 0 || m < 0 || text.charCodeAt(13) !== 58 || h > 23 || m > 59) return NaN;
  let i = 16;
  let s = 0;
  if (text.charCodeAt(i) === 58) {
    s = two(text, i + 1);
    if (s < 0 || s > 59) return NaN;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      i++;
      while (digit(text, i) >= 0) i++; // fractions of a second are dropped
    }
  }
  if (i === text.length) return NaN;
  const c = text.charCodeAt(i);
  let offset = 0;
  if (c === 90 && i + 1 === text.length) offset = 0; // 'Z'
  else if ((c === 43 || c === 45) && text.length === i + 6 && text.charCodeAt(i + 3) === 58) {
    const oh = two(text, i + 1);
    const om = two(text, i + 4);
    if (oh < 0 || om < 0) return NaN;
    offset = (c === 45 ? -1 : 1) * (oh * 60 + om);
  } else return NaN;
  return (day * 1440 + h * 60 + m - offset) * 60 + s;
}

/** Wall-clock parts of "yyyy-MM-ddTHH:mm[:ss]" without offset: { day, minute, second }, or undefined. */
export function wallClockParts(text: string): { day: number; minute: number; second: number } | undefined {
  const day = dayNumberOf(text);
  if (Number.isNaN(day)) return undefined;
  if (text.length === 10) return { day, minute: 0, second: 0 };
  const sep = text.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || (text.length !== 16 && text.length !== 19)) return undefined;
  const h = two(text, 11);
  const m = two(text, 14);
  if (h < 0 || m < 0 || text.charCodeAt(13) !== 58 || h > 23 || m > 59) return undefined;
  let s = 0;
  if (text.length === 19) {
    if (text.charCodeAt(16) !== 58) return undefined;
    s = two(text, 17);
    if (s < 0 || s > 59) return undefined;
  }
  return { day, minute: h * 60 + m, second: s };
}
