import { InputError } from '../errors/index.js';
import type { DayInfo, DayTable } from './days.js';
import { clockMinutes, dayNumberOf } from './clock.js';
import type { TimesheetLine } from './types.js';

/*
 * The lines as flat typed arrays (one slot per line), so that the checks that look at a worker's
 * whole history (overlaps, rest, week totals) sort and scan numbers instead of objects. Times are
 * epoch minutes (real elapsed time, Europe/Amsterdam).
 */

/** The line has a start and an end time. */
export const TIMED = 1;
/** Values are possible: usable in totals, rest and overlap checks. */
export const USABLE = 2;
/** Rejected by the hirer: not paid, left out of every total. */
export const REJECTED = 4;
/** The line's end was before its start or the line is over 24 h / negative. */
export const IMPOSSIBLE = 8;

/** Shifts without an end date that end before they start cross midnight when they start at or after this time… */
export const OVERNIGHT_START_FROM = 12 * 60;
/** …and end at or before this time (22:00–06:00 is a night shift; 09:00–08:00 is a mistake). */
export const OVERNIGHT_END_UNTIL = 12 * 60;

export interface LineTable {
  readonly n: number;
  readonly lines: readonly TimesheetLine[];
  readonly row: Int32Array;
  /** Index into dayList of each line's date (numbers, so a year of lines holds no pointers per line). */
  readonly dayIdx: Int32Array;
  readonly dayList: DayInfo[];
  dayOf(i: number): DayInfo;
  /** Epoch minutes of start and end; NaN for lines with hours only. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Minutes worked (end − start − break, or the hours column); NaN when unusable. */
  readonly worked: Float64Array;
  readonly breakMin: Float64Array;
  /** Minutes in the hours column; NaN when empty. */
  readonly hoursMin: Float64Array;
  readonly startClock: Int16Array;
  readonly endClock: Int16Array;
  readonly flags: Uint8Array;
  readonly inRange: Uint8Array;
}

export function hoursToMinutes(hours: TimesheetLine['hours']): number {
  if (hours === undefined || hours === null) return NaN;
  const n = typeof hours === 'number' ? hours : hours.toNumber();
  return Number.isFinite(n) ? Math.round(n * 60) : NaN;
}

function badDate(row: number, field: string, value: unknown): InputError {
  return new InputError(
    'INVALID_DATE',
    {
      nl: `Rij ${row}, ${field === 'date' ? 'datum' : 'einddatum'}: ${JSON.stringify(value)} is geen datum; verwacht bijvoorbeeld 2026-03-02`,
      en: `Row ${row}, ${field === 'date' ? 'date' : 'end date'}: ${JSON.stringify(value)} is not a date; expected e.g. 2026-03-02`,
    },
    field,
  );
}

function badTime(row: number, field: string, value: unknown): InputError {
  return new InputError(
    'INVALID_TIME',
    {
      nl: `Rij ${row}, ${field === 'start' ? 'begintijd' : 'eindtijd'}: ${JSON.stringify(value)} is geen tijd; verwacht UU:mm, bijvoorbeeld 07:30`,
      en: `Row ${row}, ${field === 'start' ? 'start time' : 'end time'}: ${JSON.stringify(value)} is not a time; expected HH:mm, e.g. 07:30`,
    },
    field,
  );
}

/**
 * Reads every line once. Dates and times that the reader should already have refused are an
 * InputError naming the row; impossible values are left to the value checks (values.ts).
 * `weekRange` is [first Monday, last Monday] as day numbers of the weeks to report on.
 */
export function buildLineTable(lines: readonly TimesheetLine[], days: DayTable, weekRange: readonly [number, number]): LineTable {
  const n = lines.length;
  const t: LineTable = {
    n,
    lines,
    row: new Int32Array(n),
    dayIdx: new Int32Array(n),
    dayList: [],
    dayOf(i: number): DayInfo {
      return this.dayList[this.dayIdx[i]!]!;
    },
    start: new Float64Array(n),
    end: new Float64Array(n),
    worked: new Float64Array(n),
    breakMin: new Float64Array(n),
    hoursMin: new Float64Array(n),
    startClock: new Int16Array(n),
    endClock: new Int16Array(n),
    flags: new Uint8Array(n),
    inRange: new Uint8Array(n),
  };
  const slot = new Map<DayInfo, number>();
  let lastDate: string | undefined;
  let lastInfo: DayInfo | undefined;
  let lastSlot = -1;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const row = line.row ?? line.ref?.row ?? i + 1;
    t.row[i] = row;
    // Timesheets come in date order mostly: the previous line's date is the likely one.
    let info: DayInfo;
    if (line.date === lastDate && lastInfo !== undefined) info = lastInfo;
    else {
      const dayNumber = typeof line.date === 'string' ? dayNumberOf(line.date) : NaN;
      if (Number.isNaN(dayNumber) || line.date.length !== 10) throw badDate(row, 'date', line.date);
      info = days.day(dayNumber);
      let k = slot.get(info);
      if (k === undefined) {
        k = t.dayList.length;
        t.dayList.push(info);
        slot.set(info, k);
      }
      lastDate = line.date;
      lastInfo = info;
      lastSlot = k;
    }
    t.dayIdx[i] = lastSlot;
    const dayNumber = info.dayNumber;
    const monday = info.week.monday;
    t.inRange[i] = monday >= weekRange[0] && monday <= weekRange[1] ? 1 : 0;
    let flags = line.status === 'rejected' ? REJECTED : 0;
    const b = line.breakMinutes ?? 0;
    t.breakMin[i] = typeof b === 'number' ? b : NaN;
    t.hoursMin[i] = hoursToMinutes(line.hours);
    t.start[i] = NaN;
    t.end[i] = NaN;
    t.worked[i] = NaN;
    t.startClock[i] = -1;
    t.endClock[i] = -1;
    if (line.start !== undefined && line.end !== undefined && line.start !== '' && line.end !== '') {
      const s = clockMinutes(line.start);
      const e = clockMinutes(line.end);
      if (s < 0 || s >= 1440) throw badTime(row, 'start', line.start);
      if (e < 0) throw badTime(row, 'end', line.end);
      t.startClock[i] = s;
      t.endClock[i] = e;
      flags |= TIMED;
      let endDay: number;
      if (line.endDate !== undefined && line.endDate !== '') {
        endDay = dayNumberOf(line.endDate);
        if (Number.isNaN(endDay) || line.endDate.length !== 10) throw badDate(row, 'endDate', line.endDate);
      } else if (e > s) endDay = dayNumber;
      else if (e < s && s >= OVERNIGHT_START_FROM && e <= OVERNIGHT_END_UNTIL) endDay = dayNumber + 1;
      else endDay = NaN; // end before or at the start on the same day: END_BEFORE_START
      t.start[i] = days.wallMinutes(dayNumber, s);
      if (!Number.isNaN(endDay) && endDay >= dayNumber) t.end[i] = days.wallMinutes(endDay, e);
    }
    t.flags[i] = flags;
  }
  return t;
}
