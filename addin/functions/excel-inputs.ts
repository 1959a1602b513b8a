/**
 * Reading arguments as Excel hands them to a custom function of type `any`:
 * - numbers (a number cell, a percentage cell, a date cell's serial number),
 * - text (typed or imported numbers such as "12,50", "1.234,56", "15%", dates such as "2026-03-01"),
 * - booleans (TRUE/FALSE: never read as 1/0),
 * - null for an optional argument that was left out (TypeScript defaults do not apply).
 * Each reader names the parameter in its error, shows the value and says what was expected
 * (core InputError, texts in Dutch and English). Number text goes through the one parser of core.
 */
import {
  InputError,
  displayValue,
  parseAmount,
  parseHours,
  parseNumber,
  parsePercent,
  isoWeekOf,
  toIsoDate,
  toIsoWeek,
  type IsoWeek,
  type AmountOptions,
  type Decimal,
} from '@backofficer/core';

/** True when an optional argument was left out: Excel passes null; an empty text counts too. */
export function isOmitted(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A range given where one cell is expected. */
function notOneCell(field: string, value: unknown[]): InputError {
  const rows = value.length;
  const cols = Array.isArray(value[0]) ? (value[0] as unknown[]).length : 1;
  return new InputError(
    'NOT_ONE_CELL',
    {
      nl: `${field}: een bereik van ${rows}×${cols} cellen; verwacht één cel`,
      en: `${field}: a range of ${rows}×${cols} cells; expected one cell`,
    },
    field,
  );
}

/** TRUE/FALSE where a number, date or text is expected: never silently 1 or 0. */
function notABoolean(field: string, value: boolean, expected: { nl: string; en: string }): InputError {
  const shown = value ? 'TRUE' : 'FALSE';
  const shownNl = value ? 'WAAR' : 'ONWAAR';
  return new InputError(
    'INVALID_TYPE',
    {
      nl: `${field}: ${shownNl} is een logische waarde; verwacht ${expected.nl}`,
      en: `${field}: ${shown} is a logical value; expected ${expected.en}`,
    },
    field,
  );
}

function scalar(value: unknown, field: string, expected: { nl: string; en: string }): unknown {
  if (Array.isArray(value)) {
    // A 1×1 range is one cell.
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return scalar(value[0][0], field, expected);
    throw notOneCell(field, value);
  }
  if (typeof value === 'boolean') throw notABoolean(field, value, expected);
  return value;
}

const AN_AMOUNT = { nl: 'een bedrag, bijvoorbeeld 12,50', en: 'an amount, e.g. 12.50 or 12,50' };
const A_NUMBER = { nl: 'een getal, bijvoorbeeld 1,75', en: 'a number, e.g. 1.75 or 1,75' };
const A_PERCENT = { nl: 'een percentage, bijvoorbeeld 15% of 0,15', en: 'a percentage, e.g. 15% or 0.15' };
const HOURS = { nl: 'een aantal uren, bijvoorbeeld 7,5 of 7:30', en: 'a number of hours, e.g. 7.5 or 7:30' };
const A_DATE = {
  nl: 'een datum: een datumcel of tekst zoals 2026-03-01 of 1-3-2026',
  en: 'a date: a date cell or text such as 2026-03-01 or 1-3-2026',
};
const WHOLE = { nl: 'een geheel getal', en: 'a whole number' };

/** An amount in euros: 12.5, "12,50", "1.234,56", "€ 12,50". */
export function readAmount(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return parseAmount(scalar(value, field, AN_AMOUNT), field, opts);
}

/**
 * A plain number such as a factor. `decimalOnly` (default true here: factors and counts carry no
 * thousands groups) reads "1,751" as 1.751 instead of calling it ambiguous.
 */
export function readNumber(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return parseNumber(scalar(value, field, A_NUMBER), field, { decimalOnly: true, ...opts });
}

/**
 * A percentage, returned as a fraction: a number is a fraction as Excel stores a percentage cell
 * (0.15 or a cell showing 15 %), text may carry a % sign ("15%", "15,5 %"). Bounds are fractions.
 */
export function readPercent(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return parsePercent(scalar(value, field, A_PERCENT), field, opts);
}

/** Hours: 7.5, "7,5" or "7:30", exact to the minute. */
export function readHours(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return parseHours(scalar(value, field, HOURS), field, opts);
}

/** A whole number (an age, a count of weeks): 20 or "20"; 20.5 is an error. */
export function readWholeNumber(value: unknown, field: string, opts: AmountOptions = {}): number {
  const d = parseNumber(scalar(value, field, WHOLE), field, { decimalOnly: true, ...opts });
  if (!d.isInteger()) {
    const shown = displayValue(value, field);
    throw new InputError(
      'NOT_WHOLE_NUMBER',
      {
        nl: `${field}: ${shown} is geen geheel getal; verwacht bijvoorbeeld 20`,
        en: `${field}: ${shown} is not a whole number; expected e.g. 20`,
      },
      field,
    );
  }
  return d.toNumber();
}

/**
 * One of a few words (case and surrounding spaces ignored), returned as written in `choices`.
 */
export function readChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  const list = choices.map((c) => `"${c}"`).join(', ');
  const expected = { nl: `een van ${list}`, en: `one of ${list}` };
  const v = scalar(value, field, expected);
  if (typeof v === 'string') {
    const found = choices.find((c) => c.toLowerCase() === v.trim().toLowerCase());
    if (found) return found;
  }
  const shown = displayValue(v, field);
  throw new InputError(
    'INVALID_CHOICE',
    { nl: `${field}: ${shown} is geen bekende keuze; verwacht ${expected.nl}`, en: `${field}: ${shown} is not a known choice; expected ${expected.en}` },
    field,
  );
}

/**
 * A keyword from a small list, in English or Dutch ({ pay: 'pay', loon: 'pay' }): case and
 * surrounding spaces ignored; the message lists the English words.
 */
export function readKeyword<T extends string>(value: unknown, field: string, words: Readonly<Record<string, T>>): T {
  const english = [...new Set(Object.values(words))];
  const v = scalar(value, field, { nl: `een van ${english.map((w) => `"${w}"`).join(', ')}`, en: `one of ${english.map((w) => `"${w}"`).join(', ')}` });
  const key = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (Object.prototype.hasOwnProperty.call(words, key)) return words[key]!;
  return readChoice(v, field, english);
}

// ---------------------------------------------------------------------------------------------
// Dates. Excel's 1900 date system counts days from serial 0 = 1899-12-30 (for every date from
// 1900-03-01 on; serial 60 is the non-existent 29 February 1900 that Excel keeps for Lotus 1-2-3
// compatibility). The 1904 system of old Mac workbooks cannot be detected by a custom function.
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** 1900-03-01: the first serial at which the 1900 system and the real calendar agree. */
export const FIRST_SERIAL = 61;
/** 9999-12-31: the last date Excel knows. */
export const LAST_SERIAL = 2_958_465;

/** The calendar date of a serial number (its time-of-day fraction ignored). */
export function serialToIsoDate(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** The serial number of a calendar date "yyyy-MM-dd". */
export function isoDateToSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS;
}

function serialOutOfRange(field: string, value: number): InputError {
  const shown = displayValue(value, field);
  const blank = value === 0;
  return new InputError(
    'INVALID_DATE',
    {
      nl: `${field}: ${shown} is geen datum${blank ? ' (een lege cel komt als 0 binnen)' : ''}; verwacht ${A_DATE.nl}, tussen 1-3-1900 en 31-12-9999`,
      en: `${field}: ${shown} is not a date${blank ? ' (an empty cell arrives as 0)' : ''}; expected ${A_DATE.en}, between 1900-03-01 and 9999-12-31`,
    },
    field,
  );
}

/**
 * A calendar date as ISO text ("2026-03-01"): a date cell (serial number, time of day ignored)
 * or text in the forms core reads ("2026-03-01", "1-3-2026", "2026-03-01T10:00").
 */
export function readDate(value: unknown, field: string): string {
  const v = scalar(value, field, A_DATE);
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
    throw new InputError(
      'MISSING_VALUE',
      { nl: `${field}: ontbreekt; verwacht ${A_DATE.nl}`, en: `${field}: missing; expected ${A_DATE.en}` },
      field,
    );
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < FIRST_SERIAL || v >= LAST_SERIAL + 1) throw serialOutOfRange(field, v);
    return serialToIsoDate(v);
  }
  return toIsoDate(v, field);
}

/**
 * A work week: ISO week text ("2026-W10", "2026W10") or a date inside the week (a date cell or
 * date text). Text that is neither gets the ISO-week message.
 */
export function readIsoWeek(value: unknown, field: string): IsoWeek {
  const v = scalar(value, field, { nl: 'een ISO-week zoals 2026-W10 of een datum', en: 'an ISO week such as 2026-W10 or a date' });
  if (typeof v === 'number') return isoWeekOf(readDate(v, field), field);
  if (typeof v === 'string' && !/w/i.test(v)) {
    let date: string | null = null;
    try {
      date = readDate(v, field);
    } catch {
      // Not a date either: fall through to the ISO-week message.
    }
    if (date !== null) return isoWeekOf(date, field);
  }
  return toIsoWeek(v, field);
}

/** Excel's largest number (its specification limit: 9.99999999999999E+307). */
const EXCEL_MAX = 9.99999999999999e307;

/**
 * Converts an exact result to the number Excel gets. A result beyond Excel's number range is an
 * input problem (#VALUE! with a message); NaN is a bug, never a result: it throws, and the error
 * adapter turns it into #VALUE! with the generic message.
 */
export function toExcelNumber(value: Decimal | number): number {
  const n = typeof value === 'number' ? value : value.toNumber();
  if (Number.isNaN(n)) throw new Error('NaN result');
  if (!Number.isFinite(n) || Math.abs(n) > EXCEL_MAX) {
    throw new InputError(
      'RESULT_TOO_LARGE',
      {
        nl: 'uitkomst: te groot voor Excel (meer dan 9,99E+307); controleer de invoer',
        en: 'result: too large for Excel (more than 9.99E+307); check the inputs',
      },
      'result',
    );
  }
  // -0 shows as 0 in Excel but compares oddly in tests and JSON.
  return n === 0 ? 0 : n;
}

// ---------------------------------------------------------------------------------------------
// Date-times. An Excel date-time is a serial number whose fraction is the time of day; in the
// functions it is Amsterdam wall-clock time (what the clerk reads on the clock), handed to core
// as text without an offset, which core reads as Amsterdam time (calendar/zone.ts toInstant).
// ---------------------------------------------------------------------------------------------

const A_DATE_TIME = {
  nl: 'een datum met tijd: een cel zoals 2-3-2026 22:00 of tekst zoals 2026-03-02 22:00',
  en: 'a date and time: a cell such as 2026-03-02 22:00 or text such as 2026-03-02 22:00',
};
const A_TIME = { nl: 'een tijd zoals 06:00, of een datum met tijd', en: 'a time such as 06:00, or a date and time' };

const SECONDS_PER_DAY = 86_400;
const CLOCK_TEXT = /^\s*(\d{1,2})[:.](\d{2})\s*$/;
const DATE_AND_CLOCK = /^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})(?:\s+|T)(\d{1,2})[:.](\d{2})\s*$/;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function notOnTheMinute(field: string, value: unknown): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    'INVALID_TIME',
    {
      nl: `${field}: ${shown} valt niet op een hele minuut; verwacht een tijd zonder seconden`,
      en: `${field}: ${shown} is not on a whole minute; expected a time without seconds`,
    },
    field,
  );
}

/** "HH:mm" of a time-of-day fraction (0 ≤ f < 1), to the second, which must be a whole minute. */
function clockOfFraction(fraction: number, field: string, value: unknown): string {
  const seconds = Math.round(fraction * SECONDS_PER_DAY);
  if (seconds % 60 !== 0) throw notOnTheMinute(field, value);
  const minutes = seconds / 60;
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** "yyyy-MM-ddTHH:mm" of a date-time serial (Amsterdam wall-clock time). */
function serialToWallClock(serial: number, field: string): string {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) throw serialOutOfRange(field, serial);
  const seconds = Math.round(serial * SECONDS_PER_DAY);
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  const clock = clockOfFraction((seconds - day * SECONDS_PER_DAY) / SECONDS_PER_DAY, field, serial);
  // 24:00 cannot come out: the fraction of a day is below 1.
  return `${serialToIsoDate(day)}T${clock}`;
}

/**
 * A moment as Amsterdam wall-clock text for core ("2026-03-02T22:00"): a date-time cell, or text
 * "2026-03-02 22:00", "2-3-2026 22:00", "2026-03-02T22:00" (an ISO text with an offset passes
 * as it is). A time without a date is an error here: use readEndTime where a bare time is fine.
 */
export function readDateTime(value: unknown, field: string): string {
  const v = scalar(value, field, A_DATE_TIME);
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
    throw new InputError('MISSING_VALUE', { nl: `${field}: ontbreekt; verwacht ${A_DATE_TIME.nl}`, en: `${field}: missing; expected ${A_DATE_TIME.en}` }, field);
  }
  if (typeof v === 'number') {
    if (v >= 0 && v < 1) {
      const shown = displayValue(v, field);
      throw new InputError(
        'DATE_MISSING',
        {
          nl: `${field}: ${shown} is alleen een tijd, zonder datum; verwacht ${A_DATE_TIME.nl} (datum plus tijd: =B1+C1)`,
          en: `${field}: ${shown} is a time without a date; expected ${A_DATE_TIME.en} (date plus time: =B1+C1)`,
        },
        field,
      );
    }
    return serialToWallClock(v, field);
  }
  if (typeof v === 'string') {
    const m = DATE_AND_CLOCK.exec(v);
    if (m) {
      const day = readDate(m[1], field);
      const h = Number(m[2]);
      const min = Number(m[3]);
      if (h > 23 || min > 59) {
        throw new InputError('INVALID_TIME', { nl: `${field}: ${displayValue(v, field)} is geen tijdstip; verwacht ${A_DATE_TIME.nl}`, en: `${field}: ${displayValue(v, field)} is not a date and time; expected ${A_DATE_TIME.en}` }, field);
      }
      return `${day}T${two(h)}:${two(min)}`;
    }
    if (CLOCK_TEXT.test(v)) {
      throw new InputError(
        'DATE_MISSING',
        { nl: `${field}: ${displayValue(v, field)} is alleen een tijd; verwacht ${A_DATE_TIME.nl}`, en: `${field}: ${displayValue(v, field)} is a time without a date; expected ${A_DATE_TIME.en}` },
        field,
      );
    }
    return v.trim();
  }
  throw new InputError('INVALID_TIME', { nl: `${field}: ${displayValue(v, field)} is geen tijdstip; verwacht ${A_DATE_TIME.nl}`, en: `${field}: ${displayValue(v, field)} is not a date and time; expected ${A_DATE_TIME.en}` }, field);
}

/**
 * The end of a shift: like readDateTime, and also a bare time ("06:00", or a time cell: a number
 * below 1), which core places at the first such time after the start (the next day if needed).
 */
export function readEndTime(value: unknown, field: string): string {
  const v = scalar(value, field, A_TIME);
  if (typeof v === 'number' && v >= 0 && v < 1) return clockOfFraction(v, field, v);
  if (typeof v === 'string' && CLOCK_TEXT.test(v)) return v.trim();
  return readDateTime(v, field);
}

/** The serial number (with time of day) of core's wall-clock text "2026-10-25T02:00:00+01:00". */
export function wallClockToSerial(isoDateTime: string): number {
  const day = isoDateToSerial(isoDateTime.slice(0, 10));
  const h = Number(isoDateTime.slice(11, 13));
  const m = Number(isoDateTime.slice(14, 16));
  return day + (h * 60 + m) / 1440;
}

/**
 * Break minutes: a whole number of minutes (30), text core reads ("30", "0:30"), or a time cell
 * showing 0:30 (a fraction of a day below 1, which is not a whole number of minutes). Blank (0)
 * is no break.
 */
export function readBreakMinutes(value: unknown, field: string): number | string {
  const v = scalar(value, field, { nl: 'minuten, bijvoorbeeld 30 of 0:30', en: 'minutes, e.g. 30 or 0:30' });
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 1 && !Number.isInteger(v)) {
    const clock = clockOfFraction(v, field, v);
    return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
  }
  return v as number | string;
}
