import { DateTime } from 'luxon';
import { ZONE } from '../calendar/zone.js';

/*
 * Amsterdam wall clock ↔ real time in whole minutes, without luxon in the hot path.
 *
 * Instants are UTC epoch minutes (minutes since 1970-01-01T00:00Z); a calendar day is its day
 * number (days since 1970-01-01, Amsterdam date). Each day's UTC offsets are read from luxon once
 * and cached: the offset at 00:00, and when the day has a DST change, the instant of the change
 * and the offset after it. Elapsed time is always real time: 22:00–06:00 over the October change
 * is 9 hours, over the March change 7 hours.
 */

export interface DayClock {
  /** Days since 1970-01-01 (Amsterdam calendar date). */
  readonly day: number;
  /** ISO date, yyyy-MM-dd. */
  readonly iso: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** UTC epoch minute of 00:00 Amsterdam time. */
  readonly start: number;
  /** UTC epoch minute of the next day's 00:00 (the day lasts 1380, 1440 or 1500 minutes). */
  readonly end: number;
  /** UTC offset in minutes at 00:00 (60 in winter, 120 in summer). */
  readonly offset: number;
  /** UTC epoch minute at which the offset changes during the day, if it does. */
  readonly change: number | undefined;
  /** UTC offset after `change` (equal to `offset` on a day without a change). */
  readonly offsetAfter: number;
}

const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;
const clocks = new Map<number, DayClock>();

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function offsetAt(utcMinute: number): number {
  return DateTime.fromMillis(utcMinute * MS_PER_MINUTE, { zone: ZONE }).offset;
}

function startOfDay(day: number): number {
  const d = new Date(day * 86_400_000);
  const dt = DateTime.fromObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, { zone: ZONE });
  return Math.round(dt.toMillis() / MS_PER_MINUTE);
}

/** The clock of an Amsterdam calendar day (cached). */
export function dayClock(day: number): DayClock {
  let c = clocks.get(day);
  if (c) return c;
  const start = startOfDay(day);
  const end = startOfDay(day + 1);
  const offset = offsetAt(start);
  const offsetAfter = offsetAt(end);
  let change: number | undefined;
  if (offsetAfter !== offset) {
    // Find the first minute with the new offset: whole hours first, then minutes.
    let lo = start;
    let hi = end;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === offset) lo = mid;
      else hi = mid;
    }
    change = hi;
  }
  c = Object.freeze({ day, iso: isoOfDay(day), weekday: ((((day + 3) % 7) + 7) % 7) + 1, start, end, offset, change, offsetAfter });
  clocks.set(day, c);
  return c;
}

/** The Amsterdam day number of an ISO date text, or undefined when it is no valid yyyy-MM-dd date. */
const isoDays = new Map<string, number>();

export function dayOfIso(iso: string): number | undefined {
  const known = isoDays.get(iso);
  if (known !== undefined) return known;
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return undefined;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  // Four-digit years only, as toDate reads them (year 0001 would reach luxon's week functions as NaN).
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const n = dayNumber(y, m, d);
  if (isoOfDay(n) !== iso) return undefined;
  if (isoDays.size < 100_000) isoDays.set(iso, n);
  return n;
}

/** The Amsterdam day in which an instant lies. */
export function dayOfInstant(utcMinute: number): DayClock {
  let c = dayClock(Math.floor((utcMinute + 60) / MINUTES_PER_DAY));
  while (utcMinute < c.start) c = dayClock(c.day - 1);
  while (utcMinute >= c.end) c = dayClock(c.day + 1);
  return c;
}

/** The UTC offset in force at an instant of a day. */
export function offsetOn(c: DayClock, utcMinute: number): number {
  return c.change !== undefined && utcMinute >= c.change ? c.offsetAfter : c.offset;
}

/**
 * The instant of a wall-clock time on a day, `minute` minutes after 00:00 (0–1440; 1440 is the
 * next day's 00:00). A time that occurs twice (the October change) is its first occurrence. A time
 * that does not exist (the March change) gives NaN, or with `gapToChange` the instant of the
 * change (the first real moment at or after that wall time), as window edges need.
 */
export function wallToInstant(c: DayClock, minute: number, gapToChange = false): number {
  const civil = c.day * MINUTES_PER_DAY + minute;
  if (c.change === undefined) return civil - c.offset;
  const before = civil - c.offset;
  if (before < c.change) return before;
  const after = civil - c.offsetAfter;
  if (after >= c.change) return after;
  return gapToChange ? c.change : Number.NaN;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "2026-10-25T02:30:00+02:00": the instant in Amsterdam time with its offset. */
export function formatInstant(utcMinute: number): string {
  let c = dayOfInstant(utcMinute);
  const offset = offsetOn(c, utcMinute);
  let wall = utcMinute + offset - c.day * MINUTES_PER_DAY;
  if (wall >= MINUTES_PER_DAY) {
    // Cannot happen in Amsterdam; kept so that the text is always a valid time.
    c = dayClock(c.day + 1);
    wall -= MINUTES_PER_DAY;
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${c.iso}T${pad2(Math.floor(wall / 60))}:${pad2(wall % 60)}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
