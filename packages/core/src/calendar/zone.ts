import { DateTime } from 'luxon';
import { InputError, displayValue } from '../errors/index.js';

/** Every instant in BackOfficer lives in this zone (DESIGN.md). */
export const ZONE = 'Europe/Amsterdam';

/** A calendar date as callers give it: ISO text, a luxon DateTime or a JS Date. */
export type DateInput = string | DateTime | Date;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

function badDate(field: string, value: unknown): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    'INVALID_DATE',
    {
      nl: `${field}: ${shown} is geen datum; verwacht bijvoorbeeld 2026-03-02 of 2-3-2026`,
      en: `${field}: ${shown} is not a date; expected e.g. 2026-03-02 or 2-3-2026`,
    },
    field,
  );
}

/**
 * Years with four digits only: ISO weeks, payroll calendars and the Excel date system are
 * written with them, and a year 0 or 10000 would reach the week functions as "-1-W52".
 */
function inYears(dt: DateTime): boolean {
  return dt.year >= 1000 && dt.year <= 9999;
}

function outsideYears(field: string, value: unknown): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    'DATE_OUT_OF_RANGE',
    {
      nl: `${field}: ${shown} ligt buiten de jaren 1000 t/m 9999; verwacht bijvoorbeeld 2026-03-02`,
      en: `${field}: ${shown} is outside the years 1000 to 9999; expected e.g. 2026-03-02`,
    },
    field,
  );
}

/**
 * A calendar date at the start of its day in Europe/Amsterdam. Accepts "2026-03-02", Dutch
 * "2-3-2026", an ISO date-time, a luxon DateTime (its Amsterdam date) or a JS Date.
 */
export function toDate(value: unknown, field = 'date'): DateTime {
  let dt: DateTime | null = null;
  if (DateTime.isDateTime(value)) {
    dt = value.setZone(ZONE);
  } else if (value instanceof Date) {
    dt = DateTime.fromJSDate(value, { zone: ZONE });
  } else if (typeof value === 'string') {
    const text = value.trim();
    const iso = ISO_DATE.exec(text);
    const nl = DUTCH_DATE.exec(text);
    if (iso) dt = DateTime.fromObject({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }, { zone: ZONE });
    else if (nl) dt = DateTime.fromObject({ year: +nl[3]!, month: +nl[2]!, day: +nl[1]! }, { zone: ZONE });
    else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) dt = DateTime.fromISO(text, { zone: ZONE, setZone: false }).setZone(ZONE);
  }
  if (!dt || !dt.isValid) throw badDate(field, value);
  if (!inYears(dt)) throw outsideYears(field, value);
  return dt.startOf('day');
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO date text (yyyy-MM-dd) of a date input, in Europe/Amsterdam. */
export function toIsoDate(value: unknown, field = 'date'): string {
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) {
      // Fast path for the common case, without luxon; still validated (2026-02-30 is no date).
      const y = +m[1]!;
      const mo = +m[2]!;
      const d = +m[3]!;
      if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw badDate(field, value);
      if (y < 1000) throw outsideYears(field, value);
      return value;
    }
  }
  return toDate(value, field).toISODate()!;
}

/**
 * An instant: a luxon DateTime, a JS Date, or ISO text; text without an offset is read as
 * Amsterdam wall-clock time ("2026-03-10T13:00" is 13:00 in Amsterdam).
 */
export function toInstant(value: unknown, field = 'time'): DateTime {
  let dt: DateTime | null = null;
  if (DateTime.isDateTime(value)) dt = value.setZone(ZONE);
  else if (value instanceof Date) dt = DateTime.fromJSDate(value, { zone: ZONE });
  else if (typeof value === 'string') {
    const text = value.trim().replace(' ', 'T');
    dt = DateTime.fromISO(text, { zone: ZONE });
  }
  if (dt && dt.isValid && !inYears(dt.setZone(ZONE))) throw outsideYears(field, value);
  if (!dt || !dt.isValid) {
    const shown = displayValue(value, field);
    throw new InputError(
      'INVALID_TIME',
      {
        nl: `${field}: ${shown} is geen tijdstip; verwacht bijvoorbeeld 2026-03-10T13:00`,
        en: `${field}: ${shown} is not a date and time; expected e.g. 2026-03-10T13:00`,
      },
      field,
    );
  }
  return dt.setZone(ZONE);
}
