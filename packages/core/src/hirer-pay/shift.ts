import { InputError, displayValue, type Texts } from '../errors/index.js';
import { toInstant, toIsoDate, type DateInput } from '../calendar/index.js';
import { readMinutes } from '../model/fields.js';
import { dayClock, dayOfInstant, dayOfIso, offsetOn, wallToInstant, type DayClock } from './clock.js';

/*
 * A shift as callers give it: a date with start and end as HH:mm (an end at or before the start
 * is on the next day), or start and end as instants; breaks as minutes or as clock windows.
 * Read into UTC epoch minutes without luxon for the common HH:mm form.
 */

/** A break window: [start, end] or { start, end }, as HH:mm (placed at or after the shift's start) or instants. */
export type BreakInput = readonly [unknown, unknown] | { readonly start: unknown; readonly end: unknown };

export interface ShiftInput {
  /** Date the shift starts (needed when start is HH:mm): 2026-03-02, 2-3-2026, a Date or DateTime. */
  readonly date?: DateInput;
  /** "07:30", or an instant ("2026-10-24T22:00", "2026-10-24T22:00+02:00", DateTime, Date). */
  readonly start?: unknown;
  /** "16:00" (at or before the start: the next day; "24:00": midnight), or an instant. */
  readonly end?: unknown;
  /** Unpaid breaks: minutes (30, "0:30") or windows ([["12:00", "12:30"]]). */
  readonly breaks?: number | string | readonly BreakInput[];
  /** Unpaid break in minutes (the timesheet column); do not combine with break windows. */
  readonly breakMinutes?: number | string;
}

export interface ReadShift {
  /** UTC epoch minutes. */
  readonly start: number;
  readonly end: number;
  /** The Amsterdam day the shift starts. */
  readonly startDay: DayClock;
  /** Break windows in UTC epoch minutes, sorted, inside the shift, not overlapping. */
  readonly breakWindows: ReadonlyArray<readonly [number, number]>;
  /** Break minutes without a window: deducted by the pricing (see shiftPay). */
  readonly breakMinutes: number;
}

interface Field {
  readonly key: string;
  readonly label: Texts;
}
const DATE: Field = { key: 'date', label: { nl: 'datum', en: 'date' } };
const START: Field = { key: 'start', label: { nl: 'begintijd', en: 'start time' } };
const END: Field = { key: 'end', label: { nl: 'eindtijd', en: 'end time' } };
const BREAKS: Field = { key: 'breaks', label: { nl: 'pauze', en: 'break' } };

const TIME_EXPECTED: Texts = {
  nl: 'een tijd als UU:mm (bijvoorbeeld 07:30) of een tijdstip (bijvoorbeeld 2026-03-10T07:30)',
  en: 'a time as HH:mm (e.g. 07:30) or a date and time (e.g. 2026-03-10T07:30)',
};

function shiftError(code: string, field: Field, value: unknown, problem: Texts, expected?: Texts, suffix?: Texts): InputError {
  const shown = value === undefined ? undefined : displayValue(value, field.key);
  const text = (lang: keyof Texts) => {
    const head = shown === undefined ? `${field.label[lang]}: ${problem[lang]}` : `${field.label[lang]}${suffix ? ` ${suffix[lang]}` : ''}: ${shown} ${problem[lang]}`;
    const exp = expected ? (lang === 'nl' ? `; verwacht ${expected.nl}` : `; expected ${expected.en}`) : '';
    return head + exp;
  };
  return new InputError(code, { nl: text('nl'), en: text('en') }, field.key);
}

const CLOCK = /^\s*(\d{1,2})[:.](\d{2})\s*$/;

/** Minutes after 00:00 of an HH:mm text (0–1440), or undefined when the value is no clock time. */
function clockOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = CLOCK.exec(value);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return Number.NaN;
  return h * 60 + min;
}

/** An instant in UTC epoch minutes; seconds are not allowed (hours are priced to the minute). */
function instantOf(value: unknown, field: Field): number {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw shiftError('MISSING_VALUE', field, undefined, { nl: 'ontbreekt', en: 'missing' }, TIME_EXPECTED);
  }
  let ms: number;
  try {
    ms = toInstant(value, field.key).toMillis();
  } catch (e) {
    if (e instanceof InputError) throw shiftError('INVALID_TIME', field, value, { nl: 'is geen tijd', en: 'is not a time' }, TIME_EXPECTED);
    throw e;
  }
  if (ms % 60_000 !== 0) {
    throw shiftError('INVALID_TIME', field, value, { nl: 'is niet op de minuut', en: 'is not on a whole minute' }, { nl: 'een tijd zonder seconden', en: 'a time without seconds' });
  }
  return ms / 60_000;
}

function gapError(field: Field, value: unknown, day: DayClock): InputError {
  return shiftError(
    'TIME_DOES_NOT_EXIST',
    field,
    value,
    {
      nl: `bestaat niet op ${day.iso}: de klok ging vooruit (zomertijd)`,
      en: `does not exist on ${day.iso}: the clocks went forward (summer time)`,
    },
    { nl: 'een tijd na de klokwissel, bijvoorbeeld 03:00', en: 'a time after the change, e.g. 03:00' },
  );
}

function dayOfDate(value: unknown): DayClock {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw shiftError('MISSING_VALUE', DATE, undefined, { nl: 'ontbreekt bij een begintijd als UU:mm', en: 'missing with a start time as HH:mm' }, {
      nl: 'een datum, bijvoorbeeld 2026-03-02 of 2-3-2026',
      en: 'a date, e.g. 2026-03-02 or 2-3-2026',
    });
  }
  let day = typeof value === 'string' ? dayOfIso(value) : undefined;
  if (day === undefined) {
    try {
      day = dayOfIso(toIsoDate(value, DATE.key));
    } catch (e) {
      if (e instanceof InputError) {
        throw shiftError('INVALID_DATE', DATE, value, { nl: 'is geen datum', en: 'is not a date' }, { nl: 'bijvoorbeeld 2026-03-02 of 2-3-2026', en: 'e.g. 2026-03-02 or 2-3-2026' });
      }
      throw e;
    }
  }
  return dayClock(day!);
}

/** A clock time placed at or after `after` (the first occurrence on `day`, else on the next day). */
function placeClock(minute: number, day: DayClock, after: number, strictlyAfter: boolean, field: Field, value: unknown): number {
  let t = wallToInstant(day, minute);
  if (Number.isNaN(t)) throw gapError(field, value, day);
  if (t < after || (strictlyAfter && t === after)) {
    const next = dayClock(day.day + 1);
    t = wallToInstant(next, minute);
    if (Number.isNaN(t)) throw gapError(field, value, next);
  }
  return t;
}

/** Wall-clock minutes since 1970 at an instant (to measure a shift's length on the clock). */
function wallEpoch(utcMinute: number): number {
  return utcMinute + offsetOn(dayOfInstant(utcMinute), utcMinute);
}

const MAX_WALL_MINUTES = 24 * 60;

/** Reads and checks a shift; throws InputError naming the field in the clerk's words. */
export function readShift(input: ShiftInput): ReadShift {
  if (typeof input !== 'object' || input === null) {
    throw shiftError('INVALID_SHIFT', { key: 'shift', label: { nl: 'dienst', en: 'shift' } }, input, { nl: 'is geen dienst', en: 'is not a shift' }, {
      nl: 'een dienst met datum, begintijd en eindtijd, bijvoorbeeld { date: "2026-03-02", start: "07:00", end: "15:30", breaks: 30 }',
      en: 'a shift with date, start and end, e.g. { date: "2026-03-02", start: "07:00", end: "15:30", breaks: 30 }',
    });
  }
  const startClock = clockOf(input.start);
  let start: number;
  let startDay: DayClock;
  if (startClock !== undefined) {
    if (Number.isNaN(startClock) || startClock === 1440) {
      throw shiftError('INVALID_TIME', START, input.start, { nl: 'is geen begintijd', en: 'is not a start time' }, { nl: 'een tijd van 00:00 tot 23:59', en: 'a time from 00:00 to 23:59' });
    }
    startDay = dayOfDate(input.date);
    start = wallToInstant(startDay, startClock);
    if (Number.isNaN(start)) throw gapError(START, input.start, startDay);
  } else {
    start = instantOf(input.start, START);
    startDay = dayOfInstant(start);
    if (input.date !== undefined && input.date !== null && input.date !== '') {
      const given = dayOfDate(input.date);
      if (given.day !== startDay.day) {
        throw shiftError('DATE_MISMATCH', DATE, input.date, { nl: `past niet bij de begintijd (${startDay.iso})`, en: `does not match the start time (${startDay.iso})` }, {
          nl: 'de datum waarop de dienst begint',
          en: 'the date the shift starts',
        });
      }
    }
  }

  const endClock = clockOf(input.end);
  let end: number;
  if (endClock !== undefined) {
    if (Number.isNaN(endClock)) throw shiftError('INVALID_TIME', END, input.end, { nl: 'is geen tijd', en: 'is not a time' }, TIME_EXPECTED);
    end = placeClock(endClock, startDay, start, true, END, input.end);
  } else {
    end = instantOf(input.end, END);
    if (end <= start) {
      throw shiftError('END_BEFORE_START', END, input.end, { nl: 'ligt niet na de begintijd', en: 'is not after the start' }, { nl: 'een eindtijd na de begintijd', en: 'an end after the start' });
    }
  }
  if (wallEpoch(end) - wallEpoch(start) > MAX_WALL_MINUTES) {
    throw shiftError('SHIFT_TOO_LONG', END, input.end, { nl: 'ligt meer dan 24 uur na de begintijd', en: 'is more than 24 hours after the start' }, {
      nl: 'een dienst van hoogstens 24 uur; splits langere diensten',
      en: 'a shift of at most 24 hours; split longer shifts',
    });
  }

  // Breaks.
  const breaks = input.breaks;
  const hasWindows = Array.isArray(breaks);
  if (hasWindows && input.breakMinutes !== undefined && input.breakMinutes !== null && input.breakMinutes !== '') {
    throw shiftError('BREAKS_TWICE', BREAKS, undefined, {
      nl: 'staat er twee keer in (als tijden en als minuten)',
      en: 'is given twice (as times and as minutes)',
    }, { nl: 'pauzes als tijden óf als minuten', en: 'breaks as times or as minutes, not both' });
  }
  const windows: Array<[number, number]> = [];
  let breakMinutes = 0;
  if (hasWindows) {
    (breaks as readonly BreakInput[]).forEach((b, i) => {
      const at: Texts = { nl: `nr. ${i + 1}`, en: `no. ${i + 1}` };
      const pair = Array.isArray(b) ? b : typeof b === 'object' && b !== null ? [(b as { start: unknown }).start, (b as { end: unknown }).end] : undefined;
      if (!pair || pair.length !== 2) {
        throw shiftError('INVALID_BREAK', BREAKS, b, { nl: 'is geen pauze', en: 'is not a break' }, { nl: 'begin en eind, bijvoorbeeld ["12:00", "12:30"]', en: 'start and end, e.g. ["12:00", "12:30"]' }, at);
      }
      const [a, z] = pair as [unknown, unknown];
      const ca = clockOf(a);
      const cz = clockOf(z);
      if ((ca !== undefined && Number.isNaN(ca)) || (cz !== undefined && Number.isNaN(cz))) {
        throw shiftError('INVALID_BREAK', BREAKS, `${String(a)}-${String(z)}`, { nl: 'heeft een ongeldige tijd', en: 'has an invalid time' }, TIME_EXPECTED, at);
      }
      const from = ca !== undefined ? placeClock(ca, startDay, start, false, BREAKS, a) : instantOf(a, BREAKS);
      const to = cz !== undefined ? placeClock(cz, dayOfInstant(from), from, true, BREAKS, z) : instantOf(z, BREAKS);
      if (to <= from || from < start || to > end) {
        throw shiftError('BREAK_OUTSIDE_SHIFT', BREAKS, `${String(a)}-${String(z)}`, { nl: 'ligt niet binnen de dienst', en: 'is not within the shift' }, {
          nl: 'een pauze tussen begin- en eindtijd van de dienst',
          en: 'a break between the start and end of the shift',
        }, at);
      }
      windows.push([from, to]);
    });
    windows.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < windows.length; i++) {
      if (windows[i]![0] < windows[i - 1]![1]) {
        throw shiftError('BREAKS_OVERLAP', BREAKS, undefined, { nl: 'twee pauzes overlappen', en: 'two breaks overlap' }, { nl: 'pauzes die elkaar niet overlappen', en: 'breaks that do not overlap' });
      }
    }
  } else {
    const raw = breaks !== undefined && breaks !== null && breaks !== '' ? breaks : input.breakMinutes;
    if (raw !== undefined && raw !== null && raw !== '') {
      try {
        breakMinutes = typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? raw : readMinutes(raw, BREAKS.key);
      } catch (e) {
        if (e instanceof InputError) {
          throw shiftError('INVALID_BREAK', BREAKS, raw, { nl: 'is geen aantal minuten', en: 'is not a number of minutes' }, { nl: 'minuten (30) of uren:minuten (0:30), of pauzetijden', en: 'minutes (30) or hours:minutes (0:30), or break times' });
        }
        throw e;
      }
    }
  }
  let breakTotal = breakMinutes;
  for (const [a, z] of windows) breakTotal += z - a;
  if (breakTotal >= end - start) {
    throw shiftError('BREAK_TOO_LONG', BREAKS, undefined, {
      nl: `(${breakTotal} minuten) is even lang als of langer dan de dienst (${end - start} minuten)`,
      en: `(${breakTotal} minutes) is as long as or longer than the shift (${end - start} minutes)`,
    }, { nl: 'een pauze korter dan de dienst', en: 'a break shorter than the shift' });
  }
  return { start, end, startDay, breakWindows: windows, breakMinutes };
}

