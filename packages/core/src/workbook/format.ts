import type { Lang } from '../errors/index.js';
import { Decimal, isDecimal } from '../money/index.js';
import type { ColumnSpec, DayCode } from './types.js';

/*
 * The way back: a record's value as a user reads it (messages, the README) and as a cell of a
 * written workbook (the example generator, the CLI's result workbook, the task pane). Pure; the
 * cell form uses plain JS values that exceljs and office.js both accept.
 */

const DAY_NAMES: Record<Lang, Record<DayCode, string>> = {
  nl: { mon: 'ma', tue: 'di', wed: 'wo', thu: 'do', fri: 'vr', sat: 'za', sun: 'zo', holiday: 'feestdag' },
  en: { mon: 'mon', tue: 'tue', wed: 'wed', thu: 'thu', fri: 'fri', sat: 'sat', sun: 'sun', holiday: 'holiday' },
};
const WEEK: readonly DayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Day codes as a short text: consecutive weekdays become a range ("ma-vr", "za,zo", "feestdag"). */
export function formatDays(days: readonly DayCode[], lang: Lang = 'nl'): string {
  const names = DAY_NAMES[lang];
  const set = new Set(days);
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    if (!set.has(WEEK[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && set.has(WEEK[j + 1]!)) j++;
    if (j - i >= 2) parts.push(`${names[WEEK[i]!]}-${names[WEEK[j]!]}`);
    else for (let k = i; k <= j; k++) parts.push(names[WEEK[k]!]);
    i = j + 1;
  }
  if (set.has('holiday')) parts.push(names.holiday);
  return parts.join(',');
}

function decimalText(d: Decimal, lang: Lang): string {
  const s = d.toString();
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** A value as the user would write it in the column, in Dutch or English. */
export function formatForUser(column: ColumnSpec, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  switch (column.type) {
    case 'boolean':
      return value ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no';
    case 'enum': {
      const choice = column.choices?.find((c) => c.value === value);
      return choice ? choice.labels[lang] : String(value);
    }
    case 'percent':
      return isDecimal(value) ? `${decimalText(value.mul(100), lang)}%` : String(value);
    case 'amount':
    case 'number':
    case 'hours':
      return isDecimal(value) ? decimalText(value, lang) : typeof value === 'number' ? decimalText(new Decimal(value), lang) : String(value);
    case 'days':
      return Array.isArray(value) ? formatDays(value as DayCode[], lang) : String(value);
    default:
      return String(value);
  }
}

/** A cell to write: the value and, for dates, times and numbers, its Excel number format. */
export interface SheetCell {
  value: string | number | boolean | Date | null;
  numFmt?: string;
}

export const DATE_FORMAT = 'dd-mm-yyyy';
export const DATETIME_FORMAT = 'dd-mm-yyyy hh:mm';
export const TIME_FORMAT = 'hh:mm';
export const AMOUNT_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.0#%';

/** A date as Excel keeps it: the wall-clock time as UTC (the exceljs convention). */
function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0));
}

/**
 * A record's value as a typed cell for a workbook: dates and times as Excel dates with a Dutch
 * format, money as numbers with two decimals, percentages as fractions, yes/no and choices as
 * words in `lang`, hours as decimal hours. Reading such a cell back gives the same value.
 */
export function toSheetCell(column: ColumnSpec, value: unknown, lang: Lang = 'nl'): SheetCell {
  if (value === undefined || value === null) return { value: null };
  switch (column.type) {
    case 'date': {
      const d = excelDate(String(value));
      return d ? { value: d, numFmt: DATE_FORMAT } : { value: String(value) };
    }
    case 'datetime': {
      const text = String(value);
      const d = excelDate(text);
      if (!d) return { value: text };
      return { value: d, numFmt: text.length > 10 ? DATETIME_FORMAT : DATE_FORMAT };
    }
    case 'time': {
      const m = /^(\d{2}):(\d{2})$/.exec(String(value));
      if (!m) return { value: String(value) };
      // A fraction of a day keeps 24:00 (= 1) and reads back to the minute.
      return { value: (+m[1]! * 60 + +m[2]!) / 1440, numFmt: TIME_FORMAT };
    }
    case 'amount':
      return { value: isDecimal(value) ? value.toNumber() : Number(value), numFmt: AMOUNT_FORMAT };
    case 'number':
    case 'hours':
      return { value: isDecimal(value) ? value.toNumber() : Number(value) };
    case 'percent':
      return { value: isDecimal(value) ? value.toNumber() : Number(value), numFmt: PERCENT_FORMAT };
    case 'integer':
    case 'minutes':
      return { value: Number(value) };
    case 'boolean':
    case 'enum':
    case 'days':
      return { value: formatForUser(column, value, lang) };
    default:
      return { value: String(value) };
  }
}
