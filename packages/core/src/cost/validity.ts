import { toIsoDate } from '../calendar/zone.js';
import type { RuleSet } from '../rules/types.js';

/*
 * How long a cost model stays valid: no rule it reads changes, the calendar year (reservations
 * come from the year's holidays) and the worker's age (when given as a birth date) stay the same.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * An ISO date text, checked without luxon for the common case (a hot path calls this once per
 * week and placement); anything else goes through toIsoDate.
 */
export function quickIsoDate(value: unknown, field = 'date'): string {
  if (typeof value === 'string') {
    const m = ISO.exec(value);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[mo - 1]!)) return value;
    }
  }
  return toIsoDate(value, field);
}

/** Age in whole years on `day` for a birth date (both ISO). Born on 29 February: a year older on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The birthday in the year of `day` … as ISO text (29 February becomes 1 March in other years). */
function birthdayIn(birthDate: string, year: number): string {
  const md = birthDate.slice(5);
  if (md === '02-29' && !isLeap(year)) return `${String(year).padStart(4, '0')}-03-01`;
  return `${String(year).padStart(4, '0')}-${md}`;
}

const changeCache = new WeakMap<RuleSet, Map<string, readonly string[]>>();

/** Every `from` date of the named parameters in any table of the rule set, sorted, unique. */
export function changeDates(rules: RuleSet, names: readonly string[]): readonly string[] {
  const key = names.join('|');
  let perSet = changeCache.get(rules);
  if (!perSet) {
    perSet = new Map();
    changeCache.set(rules, perSet);
  }
  let dates = perSet.get(key);
  if (dates) return dates;
  const set = new Set<string>();
  for (const t of rules.tables) for (const n of names) for (const v of t.parameters[n] ?? []) set.add(v.from);
  dates = Object.freeze([...set].sort());
  perSet.set(key, dates);
  return dates;
}

export interface Period {
  /** First day (ISO) on which everything is the same as on the day asked. */
  readonly from: string;
  /** First day (ISO) on which something may differ (exclusive end). */
  readonly until: string;
}

/** The period around `day` in which none of `names` changes, within its calendar year and birthday year. */
export function stablePeriod(day: string, rules: RuleSet, names: readonly string[], birthDate?: string): Period {
  const year = Number(day.slice(0, 4));
  let from = `${String(year).padStart(4, '0')}-01-01`;
  let until = `${String(year + 1).padStart(4, '0')}-01-01`;
  for (const d of changeDates(rules, names)) {
    if (d <= day) {
      if (d > from) from = d;
    } else if (d < until) {
      until = d;
      break;
    }
  }
  if (birthDate !== undefined) {
    const thisYear = birthdayIn(birthDate, year);
    if (thisYear <= day) {
      if (thisYear > from) from = thisYear;
    } else if (thisYear < until) until = thisYear;
  }
  return { from, until };
}
