import { NoRuleError } from '../errors/index.js';
import { durationText, isoOfDayNumber } from './clock.js';
import type { DayTable } from './days.js';
import type { TimesheetFigures } from './figures.js';
import { TIMED, type LineTable } from './lines.js';
import type { Joined } from './references.js';
import type { Report } from './report.js';
import { isYouth } from './atw-shifts.js';
import { DUPLICATE, type Timeline } from './timeline.js';

/*
 * Working Hours Act per week (art. 5:7, DOMAIN.md §9): at most atw.maxWeekHours (60 h; ages
 * 16–17 atw.youth.maxWeekHours, 45 h) in a week that starts on atw.weekStart (Monday), and on
 * average at most atw.maxAvgWeekHours4Weeks (55 h) over any 4 consecutive weeks and
 * atw.maxAvgWeekHours16Weeks (48 h) over any 16. A shift over the week boundary counts in both
 * weeks in proportion to its elapsed time. The averages are checked only over windows of weeks
 * the timesheet covers (each week has lines, of any worker: a week without lines may be a week
 * the file leaves out), and a run of consecutive windows over the limit is reported once, at
 * its first window.
 */

/** Day number of the first day of ATW week `index` (1970-01-05 was a Monday, day 4). */
function weekFirstDay(index: number, weekStart: number): number {
  return index * 7 + 4 + (weekStart - 1);
}

export function atwWeekIndex(dayNumber: number, weekStart: number): number {
  return Math.floor((dayNumber - 4 - (weekStart - 1)) / 7);
}

function weekLabel(index: number, weekStart: number): string {
  const first = weekFirstDay(index, weekStart);
  return `${isoOfDayNumber(first)} – ${isoOfDayNumber(first + 6)}`;
}

/** The ATW weeks of all lines with rule figures: first and last index, and which weeks have lines. */
export interface CoveredWeeks {
  readonly first: number;
  readonly last: number;
  /** 1 for a week (index − first) with at least one line of anyone. */
  readonly has: Uint8Array;
}

export function coveredWeeks(t: LineTable, days: DayTable): CoveredWeeks {
  const weeks: number[] = [];
  for (const info of t.dayList) {
    const f = days.figures(info);
    if (!(f instanceof NoRuleError)) weeks.push(atwWeekIndex(info.dayNumber, f.weekStart));
  }
  if (weeks.length === 0) return { first: NaN, last: NaN, has: new Uint8Array(0) };
  const first = Math.min(...weeks);
  const last = Math.max(...weeks);
  const has = new Uint8Array(last - first + 1);
  for (const w of weeks) has[w - first] = 1;
  return { first, last, has };
}

export function checkWeeks(t: LineTable, tl: Timeline, joined: Joined, days: DayTable, report: Report, covered: CoveredWeeks): void {
  const { order, groupStart } = tl;
  const span = covered.has.length;
  const totals = new Float64Array(span);
  const lastLine = new Int32Array(span);
  for (let g = 0; g < tl.groups; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    if (from === to) continue;
    const worker = joined.worker(order[from]!);
    if (worker?.contractor) continue;
    totals.fill(0);
    lastLine.fill(-1);
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      if (t.flags[i]! & DUPLICATE) continue;
      const info = t.dayOf(i);
      const f = days.figures(info);
      if (f instanceof NoRuleError) continue;
      const w = atwWeekIndex(info.dayNumber, f.weekStart);
      const slot = w - covered.first;
      const worked = t.worked[i]!;
      let here = worked;
      let after = 0;
      if (t.flags[i]! & TIMED) {
        const boundary = days.wallMinutes(weekFirstDay(w + 1, f.weekStart), 0);
        if (t.end[i]! > boundary) {
          here = Math.round((worked * (boundary - t.start[i]!)) / (t.end[i]! - t.start[i]!));
          after = worked - here;
        }
      }
      const youth = isYouth(worker, info.dayNumber, f);
      const limit = youth ? f.youthMaxWeek : f.maxWeek;
      const before = totals[slot]!;
      totals[slot] = before + here;
      lastLine[slot] = i;
      if (before <= limit && before + here > limit) weekOver(t, i, w, before + here, limit, youth, f, report);
      if (after > 0 && slot + 1 < span) {
        const nb = totals[slot + 1]!;
        totals[slot + 1] = nb + after;
        lastLine[slot + 1] = i;
        if (nb <= limit && nb + after > limit) weekOver(t, i, w + 1, nb + after, limit, youth, f, report);
      }
    }
    averages(t, days, totals, lastLine, covered, 4, report);
    averages(t, days, totals, lastLine, covered, 16, report);
  }
}

function weekOver(t: LineTable, i: number, w: number, total: number, limit: number, youth: boolean, f: TimesheetFigures, report: Report): void {
  const field = t.flags[i]! & TIMED ? 'end' : 'hours';
  report.line('ATW_WEEK_TOO_LONG', i, field, {
    nl: `met deze regel ${durationText(total)} uur arbeidstijd in de week ${weekLabel(w, f.weekStart)}, meer dan ${durationText(limit)} uur per week (${youth ? 'Arbeidstijdenwet, 16 en 17 jaar' : 'Arbeidstijdenwet art. 5:7'})`,
    en: `with this line ${durationText(total)} hours of working time in the week ${weekLabel(w, f.weekStart)}, more than ${durationText(limit)} hours per week (${youth ? 'Working Hours Act, ages 16 and 17' : 'Working Hours Act art. 5:7'})`,
  }, { parameter: youth ? 'atw.youth.maxWeekHours' : 'atw.maxWeekHours' });
}

function averages(t: LineTable, days: DayTable, totals: Float64Array, lastLine: Int32Array, covered: CoveredWeeks, weeks: 4 | 16, report: Report): void {
  const span = totals.length;
  const first = covered.first;
  let running = false;
  let sum = 0;
  let gaps = 0;
  for (let s = 0; s < span; s++) {
    sum += totals[s]!;
    gaps += covered.has[s] === 1 ? 0 : 1;
    if (s >= weeks) {
      sum -= totals[s - weeks]!;
      gaps -= covered.has[s - weeks] === 1 ? 0 : 1;
    }
    // Only windows of weeks the timesheet covers (every week has lines of someone).
    if (s < weeks - 1 || gaps > 0) {
      running = false;
      continue;
    }
    // The line to point at: the worker's last line in the window.
    let at = -1;
    for (let k = s; k > s - weeks && at < 0; k--) at = lastLine[k]!;
    if (at < 0) {
      running = false;
      continue;
    }
    const f = days.figures(t.dayOf(at));
    if (f instanceof NoRuleError) continue;
    const perWeek = weeks === 4 ? f.maxAvgWeek4 : f.maxAvgWeek16;
    const over = sum > perWeek * weeks;
    if (over && !running) {
      const code = weeks === 4 ? 'ATW_AVG_4_WEEKS_TOO_HIGH' : 'ATW_AVG_16_WEEKS_TOO_HIGH';
      const from = weekFirstDay(first + s - weeks + 1, f.weekStart);
      const to = weekFirstDay(first + s, f.weekStart) + 6;
      const avg = Math.round(sum / weeks);
      report.line(code, at, t.flags[at]! & TIMED ? 'end' : 'hours', {
        nl: `gemiddeld ${durationText(avg)} uur per week over de ${weeks} weken ${isoOfDayNumber(from)} – ${isoOfDayNumber(to)} (${durationText(sum)} uur); verwacht gemiddeld hoogstens ${durationText(perWeek)} uur (Arbeidstijdenwet art. 5:7)`,
        en: `on average ${durationText(avg)} hours per week over the ${weeks} weeks ${isoOfDayNumber(from)} – ${isoOfDayNumber(to)} (${durationText(sum)} hours); expected at most ${durationText(perWeek)} hours on average (Working Hours Act art. 5:7)`,
      }, { parameter: weeks === 4 ? 'atw.maxAvgWeekHours4Weeks' : 'atw.maxAvgWeekHours16Weeks' });
    }
    running = over;
  }
}
