import { DateTime } from 'luxon';
import { NoRuleError, isBackOfficerError, type Texts } from '../errors/index.js';
import { ZONE } from '../calendar/zone.js';
import { formatIsoWeek } from '../calendar/iso-week.js';
import { publicHolidayOn, type PublicHoliday } from '../calendar/holidays.js';
import { payrollDeadline, type PayrollDeadline } from '../calendar/payroll-calendar.js';
import type { RuleSet } from '../rules/types.js';
import { isoOfDayNumber, weekdayOf } from './clock.js';
import { FigureBook, type TimesheetFigures } from './figures.js';

/*
 * Everything the checks need to know about a calendar day or an ISO week, worked out once per
 * distinct day (with luxon, in Europe/Amsterdam) and then read from memory for every line:
 * the UTC offset, the ISO week, the CAO public holiday, the rule figures and the deadlines of
 * the week. Instants are held as epoch minutes (shift times) or epoch seconds (approvals).
 */

/** A deadline of the weekly cycle as the checks use it. */
export interface WeekDeadline {
  readonly deadline: PayrollDeadline;
  /** Epoch seconds of the moment. */
  readonly seconds: number;
  /** "di 2026-03-10 13:00" / "Tue 2026-03-10 13:00" (24:00 stays on its day, as DOMAIN.md §1 words it). */
  readonly text: Texts;
}

export interface WeekDeadlines {
  readonly hours: WeekDeadline | NoRuleError;
  readonly registration: WeekDeadline | NoRuleError;
}

export interface WeekInfo {
  /** Day number of the Monday. */
  readonly monday: number;
  /** "2026-W10". */
  readonly text: string;
  deadlines?: WeekDeadlines;
}

export interface DayInfo {
  readonly dayNumber: number;
  readonly iso: string;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  /** UTC offset in minutes at 00:00. */
  readonly offset: number;
  /** True when the offset changes during the day (DST): wall-clock times go through luxon. */
  readonly transition: boolean;
  readonly week: WeekInfo;
  /** Lazily: the CAO public holiday, null for none, or the error when no rule covers the day. */
  holiday?: PublicHoliday | null | NoRuleError;
  /** Lazily: the rule figures in force. */
  figures?: TimesheetFigures | NoRuleError;
  /** Lazily: the next day. */
  next?: DayInfo;
  /** Lazily: epoch minutes of the night window that starts on this day (empty without figures). */
  nightFrom?: number;
  nightTo?: number;
}

const WEEKDAY_NL = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const WEEKDAY_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function offsetAt(dayNumber: number): number {
  const iso = isoOfDayNumber(dayNumber);
  return DateTime.fromISO(iso, { zone: ZONE }).offset;
}

export class DayTable {
  private readonly days = new Map<number, DayInfo>();
  private readonly weeks = new Map<number, WeekInfo>();
  private readonly wallCache = new Map<number, number>();
  readonly figureBook: FigureBook;

  constructor(readonly rules: RuleSet) {
    this.figureBook = new FigureBook(rules);
  }

  day(dayNumber: number): DayInfo {
    let info = this.days.get(dayNumber);
    if (info === undefined) {
      const offset = offsetAt(dayNumber);
      const next = offsetAt(dayNumber + 1);
      const weekday = weekdayOf(dayNumber);
      info = {
        dayNumber,
        iso: isoOfDayNumber(dayNumber),
        weekday,
        offset,
        transition: offset !== next,
        week: this.week(dayNumber - (weekday - 1)),
      };
      this.days.set(dayNumber, info);
    }
    return info;
  }

  private week(monday: number): WeekInfo {
    let info = this.weeks.get(monday);
    if (info === undefined) {
      // The Thursday of an ISO week decides its year.
      const thursday = DateTime.fromISO(isoOfDayNumber(monday + 3), { zone: ZONE });
      info = { monday, text: formatIsoWeek({ year: thursday.weekYear, week: thursday.weekNumber }) };
      this.weeks.set(monday, info);
    }
    return info;
  }

  /** The hours deadline and registration cut-off of the work week (policy layer, DOMAIN.md §1). */
  deadlines(week: WeekInfo): WeekDeadlines {
    if (week.deadlines === undefined) {
      const get = (code: 'hours' | 'registration'): WeekDeadline | NoRuleError => {
        try {
          const deadline = payrollDeadline(week.text, code, this.rules);
          const day = DateTime.fromISO(deadline.day, { zone: ZONE });
          return {
            deadline,
            seconds: Math.floor(deadline.at.toMillis() / 1000),
            text: {
              nl: `${WEEKDAY_NL[day.weekday - 1]} ${deadline.day} ${deadline.time}`,
              en: `${WEEKDAY_EN[day.weekday - 1]} ${deadline.day} ${deadline.time}`,
            },
          };
        } catch (e) {
          if (e instanceof NoRuleError) return e;
          if (isBackOfficerError(e)) return new NoRuleError(e.code, e.texts, e.field);
          throw e;
        }
      };
      week.deadlines = { hours: get('hours'), registration: get('registration') };
    }
    return week.deadlines;
  }

  holiday(info: DayInfo): PublicHoliday | null | NoRuleError {
    if (info.holiday === undefined) {
      try {
        info.holiday = publicHolidayOn(info.iso, this.rules) ?? null;
      } catch (e) {
        if (!(e instanceof NoRuleError)) throw e;
        info.holiday = e;
      }
    }
    return info.holiday;
  }

  next(info: DayInfo): DayInfo {
    if (info.next === undefined) info.next = this.day(info.dayNumber + 1);
    return info.next;
  }

  /** Fills nightFrom/nightTo: the night window (atw.night.windowStart–windowEnd) starting on the day. */
  night(info: DayInfo): void {
    if (info.nightFrom !== undefined) return;
    const f = this.figures(info);
    if (f instanceof NoRuleError) {
      info.nightFrom = 0;
      info.nightTo = 0;
      return;
    }
    info.nightFrom = this.wallMinutes(info.dayNumber, f.nightWindowStart);
    info.nightTo = f.nightWindowEnd > f.nightWindowStart ? this.wallMinutes(info.dayNumber, f.nightWindowEnd) : this.wallMinutes(info.dayNumber + 1, f.nightWindowEnd);
  }

  figures(info: DayInfo): TimesheetFigures | NoRuleError {
    if (info.figures === undefined) info.figures = this.figureBook.on(info.iso);
    return info.figures;
  }

  /**
   * Epoch minutes of an Amsterdam wall-clock time (minutes after midnight, 0–1440) on a day.
   * A time inside the spring-forward gap moves forward, as luxon does.
   */
  wallMinutes(dayNumber: number, minute: number): number {
    if (minute >= 1440) return this.wallMinutes(dayNumber + Math.floor(minute / 1440), minute % 1440);
    const info = this.day(dayNumber);
    if (!info.transition) return dayNumber * 1440 + minute - info.offset;
    const key = dayNumber * 1440 + minute;
    let out = this.wallCache.get(key);
    if (out === undefined) {
      const [y, m, d] = info.iso.split('-').map(Number) as [number, number, number];
      out = DateTime.fromObject({ year: y, month: m, day: d, hour: Math.floor(minute / 60), minute: minute % 60 }, { zone: ZONE }).toMillis() / 60_000;
      this.wallCache.set(key, out);
    }
    return out;
  }

  /** Epoch seconds of an Amsterdam wall-clock time with seconds. */
  wallSeconds(dayNumber: number, minute: number, second: number): number {
    return this.wallMinutes(dayNumber, minute) * 60 + second;
  }
}
