import { NoRuleError } from '../errors/index.js';
import { clockText, durationText } from './clock.js';
import type { DayTable } from './days.js';
import { birthdayDay, type WorkerEntry } from './entities.js';
import type { TimesheetFigures } from './figures.js';
import { TIMED, type LineTable } from './lines.js';
import type { Joined } from './references.js';
import type { Report } from './report.js';
import { DUPLICATE, type Timeline } from './timeline.js';

/*
 * Working Hours Act per shift (Arbeidstijdenwet, DOMAIN.md §9), for employees (not for a
 * self-employed contractor). Decisions, each a reading of the Act where the timesheet has less
 * detail than the law:
 * - A shift (dienst) is the worker's timed lines joined while the gap between them is shorter
 *   than the shortest daily rest (atw.dailyRestShortenedHours, 8 h): two lines of one day with a
 *   lunch gap are one shift, and the gap counts as break when it is at least
 *   atw.break.minPartMinutes long. Lines with hours only cannot be placed in time: they count in
 *   week totals and the shift maximum, not in breaks, rest or night work.
 * - Working time is time worked excluding breaks. Where in the shift a break was taken is not
 *   known, so night work is the elapsed time inside the night window.
 * - Daily rest (art. 5:3): in the 24 hours from the start of each shift there must be an
 *   uninterrupted rest of atw.dailyRestHours (11 h); 11 h exactly is enough. Rest of at least
 *   atw.dailyRestShortenedHours (8 h) is allowed once per 7 × 24 hours (ATW_REST_SHORTENED,
 *   info); the second time within 7 × 24 hours, or under 8 h, is ATW_REST_TOO_SHORT. Time after
 *   the last known shift counts as rest.
 * - Night shift (art. 5:8): more than atw.night.minHoursInWindow of work between
 *   atw.night.windowStart and windowEnd. Up to atw.night.maxShiftHours (10 h); up to
 *   extendedMaxShiftHours (12 h) at most extendedMaxPer2Weeks times per 14 × 24 hours and
 *   extendedMaxPerYear times per 52 weeks, counted back from each shift's start. After a night
 *   shift ending after atw.night.lateEnd (02:00) the next shift starts at least
 *   restAfterLateEndHours (14 h) later; after a series of seriesMinShifts (3) or more night
 *   shifts (a series ends at a day shift or at a rest of restAfterSeriesHours), the next day
 *   shift starts at least restAfterSeriesHours (46 h) later. DOMAIN.md names no shortening of
 *   these rests, so none is applied.
 * - Ages 16–17 (before the atw.adultFromAge birthday): shift, week and break limits of
 *   atw.youth.*, and no night shift. Younger workers get the same checks (the Act is stricter for
 *   them; the tables do not hold those figures).
 */

const WEEK = 7 * 24 * 60;
const TWO_WEEKS = 14 * 24 * 60;
const YEAR_52_WEEKS = 52 * WEEK;
const ART = {
  shift: { nl: 'Arbeidstijdenwet art. 5:7', en: 'Working Hours Act art. 5:7' },
  rest: { nl: 'Arbeidstijdenwet art. 5:3', en: 'Working Hours Act art. 5:3' },
  pause: { nl: 'Arbeidstijdenwet art. 5:4', en: 'Working Hours Act art. 5:4' },
  night: { nl: 'Arbeidstijdenwet art. 5:8', en: 'Working Hours Act art. 5:8' },
  youth: { nl: 'Arbeidstijdenwet, 16 en 17 jaar', en: 'Working Hours Act, ages 16 and 17' },
};

/**
 * One worker's shifts as parallel arrays (no object per shift), reused from worker to worker.
 * Shift k holds the timed lines order[fromK[k]] … order[toK[k] - 1] that are not duplicates.
 */
class Shifts {
  count = 0;
  fromK = new Int32Array(64);
  toK = new Int32Array(64);
  first = new Int32Array(64);
  last = new Int32Array(64);
  endLine = new Int32Array(64);
  start = new Float64Array(64);
  end = new Float64Array(64);
  worked = new Float64Array(64);
  pause = new Float64Array(64);
  night = new Float64Array(64);
  youth = new Uint8Array(64);
  figures: TimesheetFigures[] = [];

  open(k: number, i: number, t: LineTable, f: TimesheetFigures, youth: boolean, night: number): void {
    if (this.count === this.fromK.length) this.grow();
    const s = this.count++;
    this.fromK[s] = k;
    this.toK[s] = k + 1;
    this.first[s] = i;
    this.last[s] = i;
    this.endLine[s] = i;
    this.start[s] = t.start[i]!;
    this.end[s] = t.end[i]!;
    this.worked[s] = t.worked[i]!;
    this.pause[s] = t.breakMin[i]!;
    this.night[s] = night;
    this.youth[s] = youth ? 1 : 0;
    this.figures[s] = f;
  }

  private grow(): void {
    const size = this.fromK.length * 2;
    const i32 = (a: Int32Array) => { const b = new Int32Array(size); b.set(a); return b; };
    const f64 = (a: Float64Array) => { const b = new Float64Array(size); b.set(a); return b; };
    this.fromK = i32(this.fromK);
    this.toK = i32(this.toK);
    this.first = i32(this.first);
    this.last = i32(this.last);
    this.endLine = i32(this.endLine);
    this.start = f64(this.start);
    this.end = f64(this.end);
    this.worked = f64(this.worked);
    this.pause = f64(this.pause);
    this.night = f64(this.night);
    const y = new Uint8Array(size);
    y.set(this.youth);
    this.youth = y;
  }
}

/** Whether the worker is under the adult age on a day (false without a birth date). */
export function isYouth(worker: WorkerEntry | undefined, dayNumber: number, f: TimesheetFigures): boolean {
  if (worker === undefined) return false;
  const adult = birthdayDay(worker, f.adultFromAge);
  return !Number.isNaN(adult) && dayNumber < adult;
}

/** Elapsed minutes of line i inside night windows (of its own day, the next days and, for a window over midnight, the day before). */
function nightMinutes(t: LineTable, i: number, days: DayTable, f: TimesheetFigures): number {
  const start = t.start[i]!;
  const end = t.end[i]!;
  let info = t.dayOf(i);
  if (f.nightWindowEnd <= f.nightWindowStart) info = days.day(info.dayNumber - 1);
  let total = 0;
  for (;;) {
    days.night(info);
    const from = info.nightFrom!;
    if (from >= end) break;
    const overlap = Math.min(end, info.nightTo!) - Math.max(start, from);
    if (overlap > 0) total += overlap;
    info = days.next(info);
  }
  return total;
}

/** "2026-03-02 22:00–06:00" (with the end date when the shift ends on a later day than written). */
function span(t: LineTable, first: number, endLine: number): string {
  const a = t.lines[first]!;
  const b = t.lines[endLine]!;
  const endDay = b.endDate ? b.endDate : b.date;
  const to = endDay !== a.date ? `${endDay} ${clockText(t.endClock[endLine]!)}` : clockText(t.endClock[endLine]!);
  return `${a.date} ${clockText(t.startClock[first]!)}–${to}`;
}

const shiftSpan = (t: LineTable, s: Shifts, k: number) => span(t, s.first[k]!, s.endLine[k]!);

export function checkShifts(t: LineTable, tl: Timeline, joined: Joined, days: DayTable, report: Report): void {
  const { order, groupStart } = tl;
  const s = new Shifts();
  for (let g = 0; g < tl.groups; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    if (from === to) continue;
    const worker = joined.worker(order[from]!);
    if (worker?.contractor) continue;
    s.count = 0;
    let cur = -1;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const flags = t.flags[i]!;
      if (flags & DUPLICATE) continue;
      const f = days.figures(t.dayOf(i));
      if (f instanceof NoRuleError) continue;
      if (!(flags & TIMED)) {
        checkHoursOnly(t, i, worker, f, report);
        continue;
      }
      const start = t.start[i]!;
      if (cur >= 0 && start - s.end[cur]! < s.figures[cur]!.dailyRestShortened) {
        const gap = start - s.end[cur]!;
        if (gap >= s.figures[cur]!.breakMinPart) s.pause[cur]! += gap;
        s.pause[cur]! += t.breakMin[i]!;
        s.worked[cur]! += t.worked[i]!;
        s.night[cur]! += nightMinutes(t, i, days, s.figures[cur]!);
        s.last[cur] = i;
        s.toK[cur] = k + 1;
        if (t.end[i]! > s.end[cur]!) {
          s.end[cur] = t.end[i]!;
          s.endLine[cur] = i;
        }
        continue;
      }
      s.open(k, i, t, f, isYouth(worker, t.dayOf(i).dayNumber, f), nightMinutes(t, i, days, f));
      cur = s.count - 1;
    }
    checkEachShift(t, order, s, report);
    checkRest(t, s, report);
  }
}

/** A line with hours only is a shift of its own for the shift maximum. */
function checkHoursOnly(t: LineTable, i: number, worker: WorkerEntry | undefined, f: TimesheetFigures, report: Report): void {
  const worked = t.worked[i]!;
  if (worked <= f.youthMaxShift && worked <= f.maxShift) return;
  const youth = isYouth(worker, t.dayOf(i).dayNumber, f);
  const limit = youth ? f.youthMaxShift : f.maxShift;
  if (worked > limit) {
    const art = youth ? ART.youth : ART.shift;
    report.line('ATW_SHIFT_TOO_LONG', i, 'hours', {
      nl: `${durationText(worked)} uur arbeidstijd op één dag, meer dan ${durationText(limit)} uur per dienst (${art.nl})`,
      en: `${durationText(worked)} hours of working time in one day, more than ${durationText(limit)} hours per shift (${art.en})`,
    }, { parameter: youth ? 'atw.youth.maxShiftHours' : 'atw.maxShiftHours' });
  }
}

/** The line at which shift k's running working time first exceeds `limit`. */
function lineOver(t: LineTable, order: Int32Array, s: Shifts, k: number, limit: number): number {
  let sum = 0;
  for (let j = s.fromK[k]!; j < s.toK[k]!; j++) {
    const i = order[j]!;
    if (!(t.flags[i]! & TIMED) || t.flags[i]! & DUPLICATE) continue;
    sum += t.worked[i]!;
    if (sum > limit) return i;
  }
  return s.last[k]!;
}

function checkEachShift(t: LineTable, order: Int32Array, s: Shifts, report: Report): void {
  // Starts of night shifts longer than the normal night maximum, for the rolling counts.
  const extended: number[] = [];
  // Index of the first start inside each rolling window.
  let in2Weeks = 0;
  let inYear = 0;
  for (let k = 0; k < s.count; k++) {
    const f = s.figures[k]!;
    const worked = s.worked[k]!;
    const pause = s.pause[k]!;
    const youth = s.youth[k] === 1;
    const isNight = s.night[k]! > f.nightMinInWindow;
    const limit = youth ? f.youthMaxShift : f.maxShift;
    if (worked > limit) {
      const art = youth ? ART.youth : ART.shift;
      const where = shiftSpan(t, s, k);
      report.line('ATW_SHIFT_TOO_LONG', lineOver(t, order, s, k, limit), 'end', {
        nl: `dienst ${where}: ${durationText(worked)} uur arbeidstijd, meer dan ${durationText(limit)} uur per dienst (${art.nl})`,
        en: `shift ${where}: ${durationText(worked)} hours of working time, more than ${durationText(limit)} hours per shift (${art.en})`,
      }, { parameter: youth ? 'atw.youth.maxShiftHours' : 'atw.maxShiftHours' });
    }
    const need = youth
      ? worked > f.youthBreakThreshold ? f.youthBreakMinutes : 0
      : worked > f.longBreakThreshold ? f.longBreakMinutes : worked > f.breakThreshold ? f.breakMinutes : 0;
    if (pause < need) {
      const threshold = youth ? f.youthBreakThreshold : worked > f.longBreakThreshold ? f.longBreakThreshold : f.breakThreshold;
      const art = youth ? ART.youth : ART.pause;
      const where = shiftSpan(t, s, k);
      report.line('ATW_BREAK_TOO_SHORT', s.last[k]!, 'breakMinutes', {
        nl: `dienst ${where}: ${durationText(worked)} uur arbeidstijd met ${pause} minuten pauze; bij meer dan ${durationText(threshold)} uur hoort minstens ${need} minuten pauze (${art.nl})`,
        en: `shift ${where}: ${durationText(worked)} hours of working time with a ${pause}-minute break; more than ${durationText(threshold)} hours needs at least ${need} minutes of break (${art.en})`,
      }, { parameter: youth ? 'atw.youth.breakMinutes' : worked > f.longBreakThreshold ? 'atw.break.longMinutes' : 'atw.break.minutes' });
    }
    if (!isNight) continue;
    if (youth) {
      if (!f.youthNightWorkAllowed) {
        const where = shiftSpan(t, s, k);
        report.line('ATW_YOUTH_NIGHT_WORK', s.first[k]!, 'start', {
          nl: `dienst ${where}: ${durationText(s.night[k]!)} uur werk tussen ${clockText(f.nightWindowStart)} en ${clockText(f.nightWindowEnd)}; een uitzendkracht onder de ${f.adultFromAge} mag geen nachtdienst werken (${ART.youth.nl})`,
          en: `shift ${where}: ${durationText(s.night[k]!)} hours of work between ${clockText(f.nightWindowStart)} and ${clockText(f.nightWindowEnd)}; a worker under ${f.adultFromAge} may not work a night shift (${ART.youth.en})`,
        }, { parameter: 'atw.youth.nightWorkAllowed' });
      }
      continue;
    }
    if (worked <= f.nightMaxShift) continue;
    if (worked > f.nightExtendedMaxShift) {
      if (worked <= limit) {
        const where = shiftSpan(t, s, k);
        report.line('ATW_NIGHT_SHIFT_TOO_LONG', lineOver(t, order, s, k, f.nightExtendedMaxShift), 'end', {
          nl: `nachtdienst ${where}: ${durationText(worked)} uur arbeidstijd, meer dan ${durationText(f.nightExtendedMaxShift)} uur (${ART.night.nl})`,
          en: `night shift ${where}: ${durationText(worked)} hours of working time, more than ${durationText(f.nightExtendedMaxShift)} hours (${ART.night.en})`,
        }, { parameter: 'atw.night.extendedMaxShiftHours' });
      }
      continue;
    }
    const start = s.start[k]!;
    extended.push(start);
    // Counted back from this shift's start: (start − 14 × 24 h, start] and (start − 52 weeks, start].
    while (extended[in2Weeks]! <= start - TWO_WEEKS) in2Weeks++;
    while (extended[inYear]! <= start - YEAR_52_WEEKS) inYear++;
    const count2 = extended.length - in2Weeks;
    const countYear = extended.length - inYear;
    if (count2 > f.nightExtendedPer2Weeks || countYear > f.nightExtendedPerYear) {
      const per2 = count2 > f.nightExtendedPer2Weeks;
      const where = shiftSpan(t, s, k);
      report.line('ATW_NIGHT_SHIFT_TOO_LONG', lineOver(t, order, s, k, f.nightMaxShift), 'end', per2
        ? {
            nl: `nachtdienst ${where}: ${durationText(worked)} uur, langer dan ${durationText(f.nightMaxShift)} uur; dit is de ${count2}e zo lange nachtdienst binnen 14 × 24 uur, toegestaan is ${f.nightExtendedPer2Weeks} (${ART.night.nl})`,
            en: `night shift ${where}: ${durationText(worked)} hours, longer than ${durationText(f.nightMaxShift)} hours; this is long night shift no. ${count2} within 14 × 24 hours, ${f.nightExtendedPer2Weeks} are allowed (${ART.night.en})`,
          }
        : {
            nl: `nachtdienst ${where}: ${durationText(worked)} uur, langer dan ${durationText(f.nightMaxShift)} uur; dit is de ${countYear}e zo lange nachtdienst binnen 52 weken, toegestaan is ${f.nightExtendedPerYear} (${ART.night.nl})`,
            en: `night shift ${where}: ${durationText(worked)} hours, longer than ${durationText(f.nightMaxShift)} hours; this is long night shift no. ${countYear} within 52 weeks, ${f.nightExtendedPerYear} are allowed (${ART.night.en})`,
          }, { parameter: per2 ? 'atw.night.extendedMaxPer2Weeks' : 'atw.night.extendedMaxPerYear' });
    }
  }
}

function isNightShift(s: Shifts, k: number): boolean {
  return s.youth[k] !== 1 && s.night[k]! > s.figures[k]!.nightMinInWindow;
}

function checkRest(t: LineTable, s: Shifts, report: Report): void {
  let lastShortened = -Infinity;
  let series = 0;
  for (let k = 0; k < s.count; k++) {
    const f = s.figures[k]!;
    const start = s.start[k]!;
    const end = s.end[k]!;
    const hasNext = k + 1 < s.count;
    const isNight = isNightShift(s, k);
    if (isNight) {
      const prevNight = k > 0 && isNightShift(s, k - 1) && start - s.end[k - 1]! < f.nightRestAfterSeries;
      series = prevNight ? series + 1 : 1;
    } else series = 0;
    if (hasNext && isNight) {
      const gap = s.start[k + 1]! - end;
      const lateEnd = t.endClock[s.endLine[k]!]! > f.nightLateEnd;
      const afterSeries = !isNightShift(s, k + 1) && series >= f.nightSeriesMinShifts && gap < f.nightRestAfterSeries;
      if (afterSeries || (lateEnd && gap < f.nightRestAfterLateEnd)) {
        const other = t.row[s.endLine[k]!]!;
        const next = shiftSpan(t, s, k + 1);
        const here = shiftSpan(t, s, k);
        report.line('ATW_NIGHT_REST_TOO_SHORT', s.first[k + 1]!, 'start', afterSeries
          ? {
              nl: `na ${series} nachtdiensten op rij (laatste ${here}, rij ${other}) ${durationText(gap)} uur rust tot ${next}; verwacht minstens ${durationText(f.nightRestAfterSeries)} uur (${ART.night.nl})`,
              en: `after ${series} night shifts in a row (last ${here}, row ${other}) ${durationText(gap)} hours of rest until ${next}; expected at least ${durationText(f.nightRestAfterSeries)} hours (${ART.night.en})`,
            }
          : {
              nl: `na nachtdienst ${here} (rij ${other}, einde na ${clockText(f.nightLateEnd)}) ${durationText(gap)} uur rust tot ${next}; verwacht minstens ${durationText(f.nightRestAfterLateEnd)} uur (${ART.night.nl})`,
              en: `after night shift ${here} (row ${other}, ending after ${clockText(f.nightLateEnd)}) ${durationText(gap)} hours of rest until ${next}; expected at least ${durationText(f.nightRestAfterLateEnd)} hours (${ART.night.en})`,
            }, { otherRow: other, parameter: afterSeries ? 'atw.night.restAfterSeriesHours' : 'atw.night.restAfterLateEndHours' });
        continue;
      }
    }
    // The longest uninterrupted rest in the 24 hours from the start of this shift.
    const windowEnd = start + 24 * 60;
    let longest = 0;
    for (let j = k; j < s.count; j++) {
      const e = s.end[j]!;
      if (e >= windowEnd) break;
      const nextStart = j + 1 < s.count ? s.start[j + 1]! : Infinity;
      const restEnd = nextStart > windowEnd ? windowEnd : nextStart;
      if (restEnd - e > longest) longest = restEnd - e;
      if (nextStart >= windowEnd) break;
    }
    if (longest >= f.dailyRest) continue;
    const cut = hasNext && s.start[k + 1]! < windowEnd;
    const atLine = cut ? s.first[k + 1]! : s.endLine[k]!;
    const field = cut ? 'start' : 'end';
    const here = shiftSpan(t, s, k);
    const restText = cut
      ? {
          nl: `${durationText(s.start[k + 1]! - end)} uur rust tussen dienst ${here} (rij ${t.row[s.endLine[k]!]}) en dienst ${shiftSpan(t, s, k + 1)}`,
          en: `${durationText(s.start[k + 1]! - end)} hours of rest between shift ${here} (row ${t.row[s.endLine[k]!]}) and shift ${shiftSpan(t, s, k + 1)}`,
        }
      : { nl: `dienst ${here} laat binnen 24 uur na het begin maar ${durationText(longest)} uur rust`, en: `shift ${here} leaves only ${durationText(longest)} hours of rest within 24 hours of its start` };
    const otherRow = cut ? { otherRow: t.row[s.endLine[k]!]! } : {};
    if (longest >= f.dailyRestShortened && start - lastShortened >= WEEK) {
      lastShortened = start;
      report.line('ATW_REST_SHORTENED', atLine, field, {
        nl: `${restText.nl}: korter dan ${durationText(f.dailyRest)} uur; eenmaal per 7 × 24 uur toegestaan (minstens ${durationText(f.dailyRestShortened)} uur) als de aard van het werk dat eist (${ART.rest.nl})`,
        en: `${restText.en}: shorter than ${durationText(f.dailyRest)} hours; allowed once per 7 × 24 hours (at least ${durationText(f.dailyRestShortened)} hours) when the nature of the work requires it (${ART.rest.en})`,
      }, { ...otherRow, parameter: 'atw.dailyRestShortenedHours' });
    } else {
      const why = longest >= f.dailyRestShortened
        ? { nl: 'al verkort binnen de afgelopen 7 × 24 uur', en: 'already shortened within the last 7 × 24 hours' }
        : { nl: `minder dan ${durationText(f.dailyRestShortened)} uur`, en: `less than ${durationText(f.dailyRestShortened)} hours` };
      report.line('ATW_REST_TOO_SHORT', atLine, field, {
        nl: `${restText.nl}: verwacht minstens ${durationText(f.dailyRest)} uur aaneengesloten rust binnen 24 uur (${why.nl}) (${ART.rest.nl})`,
        en: `${restText.en}: expected at least ${durationText(f.dailyRest)} hours of uninterrupted rest within 24 hours (${why.en}) (${ART.rest.en})`,
      }, { ...otherRow, parameter: 'atw.dailyRestHours' });
    }
  }
}
