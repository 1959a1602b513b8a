import { DateTime, type WeekdayNumbers } from 'luxon';
import { InputError, displayValue } from '../errors/index.js';
import { DEADLINE_TEXT } from '../rules/deadline-text.js';
import type { IsoWeek } from './iso-week.js';
import { ZONE } from './zone.js';

/**
 * A deadline parameter's text read once: "W+1 Tue 13:00" is Tuesday 13:00 (Amsterdam wall
 * clock) of the week after work week W; "W-1 Fri 24:00" is the end of the Friday before W.
 */
export interface DeadlineRule {
  readonly text: string;
  /** Weeks after (positive) or before (negative) the work week. */
  readonly weekOffset: number;
  /** ISO day of the week: 1 = Monday … 7 = Sunday. */
  readonly weekday: WeekdayNumbers;
  readonly hour: number;
  readonly minute: number;
  /** "24:00": the end of the named day, i.e. the next day's 00:00. */
  readonly endOfDay: boolean;
  /** "HH:mm" as written. */
  readonly time: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const PARTS = /^W([+-]\d+) (\w{3}) (\d{2}):(\d{2})$/;

/** Deadline texts are few and read on every calendar: parse each once. */
const parsed = new Map<string, DeadlineRule>();

export function parseDeadlineRule(text: string, field = 'deadline'): DeadlineRule {
  const hit = parsed.get(text);
  if (hit) return hit;
  const m = typeof text === 'string' && DEADLINE_TEXT.test(text) ? PARTS.exec(text) : null;
  const hour = m ? Number(m[3]) : NaN;
  const minute = m ? Number(m[4]) : NaN;
  if (!m || (hour === 24 && minute !== 0)) {
    const shown = displayValue(text, field);
    throw new InputError(
      'INVALID_DEADLINE',
      {
        nl: `${field}: ${shown} is geen termijn; verwacht bijvoorbeeld "W+1 Tue 13:00" (dinsdag 13:00 van de week na de werkweek) of "W-1 Fri 24:00" (einde van de vrijdag voor de werkweek)`,
        en: `${field}: ${shown} is not a deadline; expected e.g. "W+1 Tue 13:00" (Tuesday 13:00 of the week after the work week) or "W-1 Fri 24:00" (end of the Friday before the work week)`,
      },
      field,
    );
  }
  const rule: DeadlineRule = Object.freeze({
    text,
    weekOffset: Number(m[1]),
    weekday: (WEEKDAYS.indexOf(m[2]!) + 1) as WeekdayNumbers,
    hour,
    minute,
    endOfDay: hour === 24,
    time: `${m[3]}:${m[4]}`,
  });
  parsed.set(text, rule);
  return rule;
}

/** The calendar day a rule names for a work week (start of that day, Europe/Amsterdam). */
export function ruleDay(rule: DeadlineRule, week: IsoWeek): DateTime {
  return DateTime.fromObject({ weekYear: week.year, weekNumber: week.week, weekday: rule.weekday }, { zone: ZONE })
    .plus({ weeks: rule.weekOffset })
    .startOf('day');
}

/**
 * The instant of the rule's time on a given day, as Amsterdam wall-clock time (so the UTC offset
 * follows summer time); "24:00" is the next day's 00:00.
 */
export function instantOn(day: DateTime, rule: DeadlineRule): DateTime {
  if (rule.endOfDay) return day.plus({ days: 1 }).startOf('day');
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: rule.hour, minute: rule.minute }, { zone: ZONE });
}
