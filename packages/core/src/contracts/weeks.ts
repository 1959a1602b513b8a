import { Decimal } from '../money/index.js';
import { weekStart } from '../calendar/iso-week.js';
import { getBoolean, getDecimal } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { weekKeyOf } from './dates.js';
import type { WorkEntry } from './input.js';

/*
 * Worked weeks for the phase count (DOMAIN.md §7; jex.nl, randstad.nl): a calendar (ISO) week
 * with at least phase.workedWeekMinHours hours worked counts; since 2023-01-02
 * (phase.paidHolidayWeeksCount) a week of paid holiday counts too. How many hours beyond that
 * does not matter. The rules are read on the week's Monday.
 */

export interface WeekTally {
  /** "2026-W10". */
  readonly week: string;
  /** Monday of the week (ISO date). */
  readonly monday: string;
  readonly worked: Decimal;
  readonly paidHoliday: Decimal;
}

/** Hours per ISO week, added up over the entries, sorted by week. */
export function tallyWeeks(entries: readonly WorkEntry[]): WeekTally[] {
  const byWeek = new Map<string, { worked: Decimal; paidHoliday: Decimal }>();
  for (const e of entries) {
    const key = e.week ?? weekKeyOf(e.date!);
    const t = byWeek.get(key) ?? { worked: new Decimal(0), paidHoliday: new Decimal(0) };
    if (e.paidHoliday) t.paidHoliday = t.paidHoliday.plus(e.hours);
    else t.worked = t.worked.plus(e.hours);
    byWeek.set(key, t);
  }
  return [...byWeek.entries()]
    .map(([week, t]) => ({ week, monday: weekStart(week).toISODate()!, worked: t.worked, paidHoliday: t.paidHoliday }))
    .sort((a, b) => (a.monday < b.monday ? -1 : a.monday > b.monday ? 1 : 0));
}

/** Whether the week counts as a worked week under the rules in force on its Monday. */
export function countsAsWorkedWeek(t: WeekTally, rules: RuleSet): boolean {
  const min = getDecimal('phase.workedWeekMinHours', t.monday, rules);
  if (t.worked.gte(min)) return true;
  if (t.paidHoliday.isZero()) return false;
  return getBoolean('phase.paidHolidayWeeksCount', t.monday, rules) && t.worked.plus(t.paidHoliday).gte(min);
}

/** The weeks ("2026-W10") that count as worked weeks, in order. */
export function countedWeeks(entries: readonly WorkEntry[], rules: RuleSet): WeekTally[] {
  return tallyWeeks(entries).filter((t) => countsAsWorkedWeek(t, rules));
}
