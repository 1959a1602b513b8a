import { clockText, durationText } from './clock.js';
import type { DayTable } from './days.js';
import { REJECTED, TIMED, USABLE, type LineTable } from './lines.js';
import type { Joined } from './references.js';
import type { Report } from './report.js';

/*
 * Each worker's lines in time order, built once for the checks that look across lines
 * (duplicates, overlaps, the Working Hours Act). Only usable lines that the hirer did not reject
 * take part. Lines are bucketed by worker (counting sort), then each worker's few hundred lines
 * are sorted by start; lines with hours only sort at the start of their day.
 */

/** Set on a line found to be a duplicate of an earlier one: counted once in every total. */
export const DUPLICATE = 16;

export interface Timeline {
  /** Line indexes, grouped by worker, each group in time order. */
  readonly order: Int32Array;
  /** Group k is order[groupStart[k]] … order[groupStart[k + 1] - 1]. */
  readonly groupStart: Int32Array;
  readonly groups: number;
  /** Sort key: epoch minutes of the start, or of 00:00 of the date for lines with hours only. */
  readonly at: Float64Array;
}

export function buildTimeline(t: LineTable, days: DayTable, joined: Joined, knownWorkers: number): Timeline {
  // Known workers are grouped by ordinal; unknown worker ids get groups after them.
  const unknown = new Map<string, number>();
  const group = new Int32Array(t.n).fill(-1);
  const counts = new Array<number>(knownWorkers).fill(0);
  const at = new Float64Array(t.n);
  let taking = 0;
  for (let i = 0; i < t.n; i++) {
    const f = t.flags[i]!;
    if (!(f & USABLE) || f & REJECTED) continue;
    let g = joined.workerOf[i]!;
    if (g < 0) {
      const id = t.lines[i]!.workerId;
      let u = unknown.get(id);
      if (u === undefined) {
        u = counts.length;
        unknown.set(id, u);
        counts.push(0);
      }
      g = u;
    }
    group[i] = g;
    counts[g]!++;
    taking++;
    at[i] = f & TIMED ? t.start[i]! : days.wallMinutes(t.dayOf(i).dayNumber, 0);
  }
  const groups = counts.length;
  const groupStart = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) groupStart[g + 1] = groupStart[g]! + counts[g]!;
  const fill = groupStart.slice(0, groups);
  const order = new Int32Array(taking);
  for (let i = 0; i < t.n; i++) {
    const g = group[i]!;
    if (g >= 0) order[fill[g]!++] = i;
  }
  const { end, hoursMin, breakMin, row, lines } = t;
  const compare = (a: number, b: number): number => {
    const ea = end[a]!;
    const eb = end[b]!;
    return (
      at[a]! - at[b]! ||
      (Number.isNaN(ea) ? -1 : ea) - (Number.isNaN(eb) ? -1 : eb) ||
      (lines[a]!.placementId < lines[b]!.placementId ? -1 : lines[a]!.placementId > lines[b]!.placementId ? 1 : 0) ||
      breakMin[a]! - breakMin[b]! ||
      (Number.isNaN(hoursMin[a]!) ? -1 : hoursMin[a]!) - (Number.isNaN(hoursMin[b]!) ? -1 : hoursMin[b]!) ||
      row[a]! - row[b]! ||
      a - b
    );
  };
  for (let g = 0; g < groups; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    // Timesheets mostly come in date order: only sort what is not sorted yet.
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) if (compare(order[k - 1]!, order[k]!) > 0) sorted = false;
    if (!sorted) order.subarray(from, to).sort(compare);
  }
  return { order, groupStart, groups, at };
}

function sameLine(t: LineTable, tl: Timeline, a: number, b: number): boolean {
  if (tl.at[a] !== tl.at[b]) return false;
  const la = t.lines[a]!;
  const lb = t.lines[b]!;
  const hoursA = t.hoursMin[a]!;
  const hoursB = t.hoursMin[b]!;
  return (
    la.date === lb.date &&
    la.placementId === lb.placementId &&
    t.startClock[a] === t.startClock[b] &&
    t.endClock[a] === t.endClock[b] &&
    (la.endDate ?? '') === (lb.endDate ?? '') &&
    t.breakMin[a] === t.breakMin[b] &&
    (hoursA === hoursB || (Number.isNaN(hoursA) && Number.isNaN(hoursB)))
  );
}

/**
 * Duplicates: a line equal to an earlier one in worker, placement, date, times, end date, break
 * and hours (the one with the lower row is the original). Overlaps: a timed line that starts
 * before an earlier shift of the same worker has ended (any placement).
 */
export function checkDuplicatesAndOverlaps(t: LineTable, tl: Timeline, report: Report): void {
  const { order, groupStart } = tl;
  for (let g = 0; g < tl.groups; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    let head = -1;
    let maxEnd = -Infinity;
    let maxEndLine = -1;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      if (head >= 0 && sameLine(t, tl, head, i)) {
        t.flags[i]! |= DUPLICATE;
        const timed = (t.flags[i]! & TIMED) !== 0;
        const what = timed
          ? `${t.lines[i]!.date} ${clockText(t.startClock[i]!)}–${clockText(t.endClock[i]!)}`
          : `${t.lines[i]!.date} ${durationText(t.worked[i]!)} uur`;
        const whatEn = timed ? what : `${t.lines[i]!.date} ${durationText(t.worked[i]!)} hours`;
        report.line(
          'DUPLICATE_LINE',
          i,
          timed ? 'start' : 'hours',
          {
            nl: `zelfde regel als rij ${t.row[head]} (${what}, plaatsing ${t.lines[i]!.placementId}): wordt dubbel betaald; verwijder één van beide`,
            en: `same line as row ${t.row[head]} (${whatEn}, placement ${t.lines[i]!.placementId}): would be paid twice; remove one of them`,
          },
          { otherRow: t.row[head]!, ...(timed ? {} : { severity: 'warning' as const }) },
        );
        continue;
      }
      head = i;
      if (!(t.flags[i]! & TIMED)) continue;
      const start = t.start[i]!;
      if (start < maxEnd) {
        const other = maxEndLine;
        const overlap = Math.min(maxEnd, t.end[i]!) - start;
        report.line('SHIFT_OVERLAP', i, 'start', {
          nl: `dienst ${t.lines[i]!.date} ${clockText(t.startClock[i]!)}–${clockText(t.endClock[i]!)} overlapt ${durationText(overlap)} uur met rij ${t.row[other]} (${t.lines[other]!.date} ${clockText(t.startClock[other]!)}–${clockText(t.endClock[other]!)}); verwacht één dienst tegelijk`,
          en: `shift ${t.lines[i]!.date} ${clockText(t.startClock[i]!)}–${clockText(t.endClock[i]!)} overlaps row ${t.row[other]} (${t.lines[other]!.date} ${clockText(t.startClock[other]!)}–${clockText(t.endClock[other]!)}) by ${durationText(overlap)} hours; expected one shift at a time`,
        }, { otherRow: t.row[other]! });
      }
      if (t.end[i]! > maxEnd) {
        maxEnd = t.end[i]!;
        maxEndLine = i;
      }
    }
  }
}
