import type { RuleSet } from '../rules/types.js';
import { isoOfDay, mondayOfWeek, weekLabel } from './days.js';

/*
 * The forecast's weeks and their rule snapshots, computed once per forecast.
 *
 * A forecast works in whole ISO weeks. Every dated value of a week (rule tables, wage
 * agreements, phases, age, whether a placement runs) is taken as it stands on the week's
 * THURSDAY: the day that decides which year an ISO week belongs to, so 2026-W01 (29 December
 * 2025 – 4 January 2026) is a 2026 week with 2026 figures, and a 1 July change takes effect in
 * the week holding the first Thursday on or after 1 July.
 *
 * A snapshot is a run of weeks between two consecutive dates on which ANY parameter of the rule
 * set changes (every `from` of every table), cut as well at each 1 January (figures derived from
 * the calendar year, such as the reservations, change then). Within a snapshot every rule lookup
 * gives the same answer, so anything computed from the rules once per snapshot holds for each of
 * its weeks.
 */

export interface ForecastWeek {
  /** "2026-W10". */
  readonly label: string;
  readonly monday: string;
  /** The reference day of the week (see above). */
  readonly thursday: string;
  readonly sunday: string;
  /** Index into the forecast's snapshots. */
  readonly snapshot: number;
}

export interface WeekTable {
  readonly weeks: readonly ForecastWeek[];
  /** First day of each snapshot (ISO); snapshot i runs until snapshot i + 1 starts. */
  readonly snapshotStarts: readonly string[];
}

const boundaryCache = new WeakMap<RuleSet, readonly string[]>();

/** Every `from` date of every parameter in the rule set, sorted, unique. */
function ruleDates(rules: RuleSet): readonly string[] {
  let dates = boundaryCache.get(rules);
  if (!dates) {
    const set = new Set<string>();
    for (const t of rules.tables) for (const values of Object.values(t.parameters)) for (const v of values) set.add(v.from);
    dates = Object.freeze([...set].sort());
    boundaryCache.set(rules, dates);
  }
  return dates;
}

/** The weeks from `from` ("2026-W10") on, `count` of them, with their snapshots. */
export function weekTable(from: string, count: number, rules: RuleSet): WeekTable {
  const firstMonday = mondayOfWeek(Number(from.slice(0, 4)), Number(from.slice(6)));
  const firstThursday = isoOfDay(firstMonday + 3);
  const lastThursday = isoOfDay(firstMonday + 7 * (count - 1) + 3);
  const years: string[] = [];
  for (let y = Number(firstThursday.slice(0, 4)); y <= Number(lastThursday.slice(0, 4)); y++) years.push(`${String(y).padStart(4, '0')}-01-01`);
  const boundaries = [...new Set([...ruleDates(rules), ...years])].sort();
  // The last boundary on or before the first Thursday opens the first snapshot.
  let b = 0;
  while (b + 1 < boundaries.length && boundaries[b + 1]! <= firstThursday) b++;
  const snapshotStarts: string[] = [boundaries[b]! <= firstThursday ? boundaries[b]! : firstThursday];
  const weeks: ForecastWeek[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const monday = firstMonday + 7 * i;
    const thursday = isoOfDay(monday + 3);
    let moved = false;
    while (b + 1 < boundaries.length && boundaries[b + 1]! <= thursday) {
      b++;
      moved = true;
    }
    if (moved) snapshotStarts.push(boundaries[b]!);
    weeks[i] = Object.freeze({
      label: weekLabel(monday),
      monday: isoOfDay(monday),
      thursday,
      sunday: isoOfDay(monday + 6),
      snapshot: snapshotStarts.length - 1,
    });
  }
  return { weeks: Object.freeze(weeks), snapshotStarts: Object.freeze(snapshotStarts) };
}

