import { DateTime } from 'luxon';
import { Decimal } from '../money/index.js';
import { parseAmount, parseMinutes, parseNumber, parsePercent } from '../money/index.js';
import { InputError, displayValue, type Texts } from '../errors/index.js';
import { ZONE } from '../calendar/zone.js';
import { normalizeHeader } from './headers.js';
import type { ColumnSpec, ColumnType, DayCode } from './types.js';

/*
 * One parser per column, built once per read: cells arrive as Excel and exceljs give them
 * (strings, numbers, Date objects, booleans, null or "" for blank, formula results, rich text,
 * error values) and leave as the typed value of the column (types.ts: ValueOfType). A bad cell
 * gives a CellFailure, never an exception. Repeated text values (dates, "7,5", "goedgekeurd") are
 * parsed once per column and cached, so 100k lines cost a handful of regex runs, not 100k.
 */

/** Why a cell could not be read: a stable code and the message (field and value, masked). */
export class CellFailure {
  constructor(
    readonly code: string,
    readonly texts: Texts,
  ) {}
}

/** An Excel error value (#REF!, #DIV/0!, #N/A…) in a cell or as a formula's result. */
export class CellErrorValue {
  constructor(readonly error: string) {}
}

export type CellParser = (raw: unknown) => unknown;

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system as exceljs counts it (serial 1 = 1900-01-01, leap bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2_958_465; // 9999-12-31

/**
 * The plain value of a cell: formula results, rich text and hyperlinks unwrapped, blank text as
 * undefined, Excel error values as CellErrorValue. Exported for the CLI readers and the task pane.
 */
export function cellScalar(raw: unknown): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') {
    const t = raw.trim();
    return t === '' ? undefined : t;
  }
  if (typeof raw !== 'object' || raw instanceof Date || raw instanceof CellErrorValue) return raw;
  const o = raw as Record<string, unknown>;
  if ('error' in o && typeof o.error === 'string') return new CellErrorValue(o.error);
  if ('result' in o) return cellScalar(o.result);
  if ('formula' in o || 'sharedFormula' in o) return undefined;
  if (Array.isArray(o.richText)) {
    return cellScalar((o.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join(''));
  }
  if ('text' in o) return cellScalar(o.text);
  return raw;
}

/** The text of a cell used as a header or name (numbers and dates included). */
export function cellText(raw: unknown): string {
  const v = cellScalar(raw);
  if (v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (v instanceof CellErrorValue) return v.error;
  if (typeof v === 'object') return '';
  return String(v);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Date and wall-clock time of an exceljs Date (exceljs gives Excel's wall-clock as UTC). */
function wallClockOfDate(d: Date): { date: string; seconds: number } | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const rounded = Math.round(t / 1000) * 1000; // Excel keeps times as fractions of a day: 12:45 may come back as 12:44:59.999
  const day = Math.floor(rounded / MS_PER_DAY) * MS_PER_DAY;
  const at = new Date(day);
  return { date: isoDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()), seconds: (rounded - day) / 1000 };
}

function serialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  return new Date(EXCEL_EPOCH + serial * MS_PER_DAY);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const DUTCH_DATE_TIME = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

interface DateTimeParts {
  date: string;
  /** Seconds after midnight, or null when the text had no time. */
  seconds: number | null;
}

/** Date and optional time from text: ISO (with or without offset), Dutch d-m-yyyy, yyyymmdd. */
function dateTimeFromText(text: string): DateTimeParts | null {
  let m = ISO_DATE_TIME.exec(text);
  if (m) {
    if (m[7]) {
      // An explicit offset: convert to Amsterdam wall-clock time.
      const dt = DateTime.fromISO(text.replace(' ', 'T'), { zone: ZONE });
      if (!dt.isValid) return null;
      return { date: dt.toISODate()!, seconds: dt.hour * 3600 + dt.minute * 60 + dt.second };
    }
    return fromParts(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6]);
  }
  m = DUTCH_DATE_TIME.exec(text);
  if (m) return fromParts(+m[3]!, +m[2]!, +m[1]!, m[4], m[5], m[6]);
  m = COMPACT_DATE.exec(text);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, undefined, undefined, undefined);
  return null;
}

function fromParts(y: number, mo: number, d: number, h?: string, mi?: string, s?: string): DateTimeParts | null {
  if (!validYmd(y, mo, d)) return null;
  if (h === undefined) return { date: isoDate(y, mo, d), seconds: null };
  const hh = +h;
  const mm = +mi!;
  const ss = s === undefined ? 0 : +s;
  if (hh > 23 || mm > 59 || ss > 59) return null;
  return { date: isoDate(y, mo, d), seconds: hh * 3600 + mm * 60 + ss };
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return s === 0 ? `${pad2(h)}:${pad2(m)}` : `${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}

const TIME_TEXT = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/;
const TIME_COMPACT = /^(\d{2})(\d{2})$/;

/** Minutes after midnight from "8:00", "08:00", "8.00", "0800", "24:00"; null otherwise. */
function minutesFromTimeText(text: string): number | null {
  let m = TIME_TEXT.exec(text);
  if (!m) m = TIME_COMPACT.exec(text);
  if (!m) {
    const dt = dateTimeFromText(text); // a full date-time in a time column: its time
    return dt && dt.seconds !== null ? Math.round(dt.seconds / 60) : null;
  }
  const h = +m[1]!;
  const min = +m[2]!;
  const sec = m[3] === undefined ? 0 : +m[3];
  if (min > 59 || sec > 59 || h > 24 || (h === 24 && (min > 0 || sec > 0))) return null;
  return h * 60 + min + Math.round(sec / 60);
}

const BOOLEAN_WORDS = new Map<string, boolean>([
  ['ja', true], ['j', true], ['yes', true], ['y', true], ['true', true], ['waar', true], ['x', true], ['1', true], ['wel', true], ['v', true],
  ['nee', false], ['n', false], ['no', false], ['false', false], ['onwaar', false], ['0', false], ['niet', false], ['geen', false], ['-', false],
]);

const DAY_WORDS = new Map<string, DayCode[]>();
const WEEK: DayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
[
  ['mon', 'ma', 'maandag', 'mo', 'monday'],
  ['tue', 'di', 'dinsdag', 'tu', 'tuesday'],
  ['wed', 'wo', 'woensdag', 'we', 'wednesday'],
  ['thu', 'do', 'donderdag', 'th', 'thursday'],
  ['fri', 'vr', 'vrijdag', 'fr', 'friday'],
  ['sat', 'za', 'zaterdag', 'sa', 'saturday'],
  ['sun', 'zo', 'zondag', 'su', 'sunday'],
].forEach((words) => {
  for (const w of words) DAY_WORDS.set(w, [words[0] as DayCode]);
});
for (const w of ['feestdag', 'feestdagen', 'fd', 'holiday', 'holidays', 'publicholiday', 'publicholidays']) DAY_WORDS.set(w, ['holiday']);
for (const w of ['alle', 'alledagen', 'dagelijks', 'all', 'alldays', 'daily']) DAY_WORDS.set(w, [...WEEK]);
for (const w of ['weekend']) DAY_WORDS.set(w, ['sat', 'sun']);
for (const w of ['werkdagen', 'doordeweeks', 'weekdays']) DAY_WORDS.set(w, ['mon', 'tue', 'wed', 'thu', 'fri']);

const DAY_ORDER: readonly DayCode[] = [...WEEK, 'holiday'];

/** Day codes from "ma-vr", "za,zo", "ma t/m vr", "mon-fri", "feestdag", "alle dagen"; null if unreadable. */
function daysFromText(text: string): DayCode[] | null {
  const prepared = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bt\/m\b|\btot en met\b|\btm\b|\bto\b|\bthrough\b|–/g, '-')
    .replace(/\ben\b|\band\b|&|\+/g, ',')
    .replace(/\s*-\s*/g, '-')
    .replace(/\balle dagen\b/g, 'alledagen')
    .replace(/\ball days\b/g, 'alldays')
    .replace(/\bpublic holidays?\b/g, 'publicholiday');
  const tokens = prepared.split(/[,;/\s]+/).filter(Boolean);
  if (tokens.length === 0) return null;
  const found = new Set<DayCode>();
  for (const token of tokens) {
    const parts = token.split('-');
    if (parts.length === 1) {
      const days = DAY_WORDS.get(token.replace(/\.$/, ''));
      if (!days) return null;
      days.forEach((d) => found.add(d));
    } else if (parts.length === 2) {
      const a = DAY_WORDS.get(parts[0]!.replace(/\.$/, ''));
      const b = DAY_WORDS.get(parts[1]!.replace(/\.$/, ''));
      if (!a || !b || a.length !== 1 || b.length !== 1 || a[0] === 'holiday' || b[0] === 'holiday') return null;
      let i = WEEK.indexOf(a[0]!);
      const end = WEEK.indexOf(b[0]!);
      for (let n = 0; n < 7; n++) {
        found.add(WEEK[i]!);
        if (i === end) break;
        i = (i + 1) % 7;
      }
    } else {
      return null;
    }
  }
  return DAY_ORDER.filter((d) => found.has(d));
}

interface FailureWords {
  code: string;
  what: Texts;
  example: Texts;
}

const FAILURES: Record<ColumnType, FailureWords> = {
  id: { code: 'CELL_INVALID_TEXT', what: { nl: 'geen tekst', en: 'not text' }, example: { nl: 'een nummer of tekst', en: 'a number or text' } },
  text: { code: 'CELL_INVALID_TEXT', what: { nl: 'geen tekst', en: 'not text' }, example: { nl: 'tekst', en: 'text' } },
  enum: { code: 'CELL_INVALID_CHOICE', what: { nl: 'geen toegestane waarde', en: 'not an allowed value' }, example: { nl: 'een van', en: 'one of' } },
  date: { code: 'CELL_INVALID_DATE', what: { nl: 'geen datum', en: 'not a date' }, example: { nl: 'bijvoorbeeld 2026-03-02 of 2-3-2026', en: 'e.g. 2026-03-02 or 2-3-2026' } },
  datetime: { code: 'CELL_INVALID_DATETIME', what: { nl: 'geen datum en tijd', en: 'not a date and time' }, example: { nl: 'bijvoorbeeld 2026-03-10 12:45 of 10-3-2026 12:45', en: 'e.g. 2026-03-10 12:45 or 10-3-2026 12:45' } },
  time: { code: 'CELL_INVALID_TIME', what: { nl: 'geen tijd', en: 'not a time' }, example: { nl: 'bijvoorbeeld 07:00 of 22:30', en: 'e.g. 07:00 or 22:30' } },
  amount: { code: 'CELL_INVALID_AMOUNT', what: { nl: 'geen bedrag', en: 'not an amount' }, example: { nl: 'bijvoorbeeld 12,50 of 12.50', en: 'e.g. 12.50 or 12,50' } },
  number: { code: 'CELL_INVALID_NUMBER', what: { nl: 'geen getal', en: 'not a number' }, example: { nl: 'bijvoorbeeld 1,85 of 1.85', en: 'e.g. 1.85 or 1,85' } },
  integer: { code: 'CELL_INVALID_INTEGER', what: { nl: 'geen geheel getal', en: 'not a whole number' }, example: { nl: 'bijvoorbeeld 14', en: 'e.g. 14' } },
  hours: { code: 'CELL_INVALID_HOURS', what: { nl: 'geen aantal uren', en: 'not a number of hours' }, example: { nl: 'bijvoorbeeld 7,5 of 7:30', en: 'e.g. 7.5, 7,5 or 7:30' } },
  minutes: { code: 'CELL_INVALID_MINUTES', what: { nl: 'geen aantal minuten', en: 'not a number of minutes' }, example: { nl: 'bijvoorbeeld 30 of 0:30', en: 'e.g. 30 or 0:30' } },
  percent: { code: 'CELL_INVALID_PERCENT', what: { nl: 'geen percentage', en: 'not a percentage' }, example: { nl: 'bijvoorbeeld 25% of 0,25', en: 'e.g. 25% or 0.25' } },
  boolean: { code: 'CELL_INVALID_BOOLEAN', what: { nl: 'geen ja of nee', en: 'not yes or no' }, example: { nl: 'ja of nee', en: 'yes or no' } },
  days: { code: 'CELL_INVALID_DAYS', what: { nl: 'geen dagen', en: 'not a set of days' }, example: { nl: 'bijvoorbeeld ma-vr, za, zo of feestdag', en: 'e.g. mon-fri, sat, sun or holiday' } },
};

/** The failure code of a column type (for docs and tests). */
export function failureCode(type: ColumnType): string {
  return FAILURES[type].code;
}

export interface ParserContext {
  /** The header as the file names it, used in messages. */
  header: string;
  column: ColumnSpec;
}

/** Builds the parser of one column; values the column cannot hold become CellFailure. */
export function makeCellParser({ header, column }: ParserContext): CellParser {
  const maskAs = column.personal ? column.key : header;
  const words = FAILURES[column.type];
  const choiceList = column.choices ? column.choices.map((c) => c.labels) : [];
  const fail = (value: unknown, detail?: Texts): CellFailure => {
    const shown = displayValue(value instanceof Decimal ? value.toString() : value, maskAs);
    const expected: Texts =
      column.type === 'enum'
        ? { nl: `${words.example.nl}: ${choiceList.map((c) => c.nl).join(', ')}`, en: `${words.example.en}: ${choiceList.map((c) => c.en).join(', ')}` }
        : words.example;
    return new CellFailure(words.code, {
      nl: `${header}: ${shown} is ${words.what.nl}${detail ? ` (${detail.nl})` : ''}; verwacht ${expected.nl}`,
      en: `${header}: ${shown} is ${words.what.en}${detail ? ` (${detail.en})` : ''}; expected ${expected.en}`,
    });
  };
  const fromInputError = (e: unknown, value: unknown): CellFailure => {
    if (e instanceof InputError) return new CellFailure(words.code, e.texts);
    return fail(value);
  };
  const errorCell = (v: CellErrorValue): CellFailure =>
    new CellFailure('CELL_FORMULA_ERROR', {
      nl: `${header}: de cel bevat de Excel-fout ${v.error}; verwacht een waarde (controleer de formule)`,
      en: `${header}: the cell holds the Excel error ${v.error}; expected a value (check the formula)`,
    });
  const parseText = textParser(column.type === 'id');
  const cache = new Map<unknown, unknown>();
  const cached = (key: string | number, compute: () => unknown): unknown => {
    let out = cache.get(key);
    if (out === undefined && !cache.has(key)) {
      out = compute();
      cache.set(key, out);
    }
    return out;
  };

  let typed: (v: unknown) => unknown;
  switch (column.type) {
    case 'id':
    case 'text':
      typed = (v) => parseText(v) ?? fail(v);
      break;
    case 'date':
      typed = (v) => {
        if (v instanceof Date) return wallClockOfDate(v)?.date ?? fail(v);
        if (typeof v === 'number') {
          return cached(v, () => {
            if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) {
              const p = fromParts(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
              if (p) return p.date;
            }
            const d = serialToDate(Math.floor(v));
            return d ? wallClockOfDate(d)!.date : fail(v);
          });
        }
        if (typeof v === 'string') return cached(v, () => dateTimeFromText(v)?.date ?? fail(v));
        return fail(v);
      };
      break;
    case 'datetime':
      typed = (v) => {
        if (v instanceof Date) {
          const w = wallClockOfDate(v);
          if (!w) return fail(v);
          return w.seconds === 0 ? w.date : `${w.date}T${clock(w.seconds)}`;
        }
        if (typeof v === 'number') {
          return cached(v, () => {
            const d = serialToDate(v);
            if (!d) return fail(v);
            const w = wallClockOfDate(d)!;
            return w.seconds === 0 ? w.date : `${w.date}T${clock(w.seconds)}`;
          });
        }
        if (typeof v === 'string') {
          return cached(v, () => {
            const p = dateTimeFromText(v);
            if (!p) return fail(v);
            return p.seconds === null ? p.date : `${p.date}T${clock(p.seconds)}`;
          });
        }
        return fail(v);
      };
      break;
    case 'time':
      typed = (v) => {
        if (v instanceof Date) {
          const w = wallClockOfDate(v);
          if (!w) return fail(v);
          return clock(Math.round(w.seconds / 60) * 60);
        }
        if (typeof v === 'number') {
          return cached(v, () => {
            // Excel keeps a time as a fraction of a day; 1 is 24:00. (Written so that NaN fails too: it gave "NaN:NaN:NaN".)
            if (!(v >= 0 && v <= 1)) return fail(v);
            return clock(Math.round(v * 1440) * 60);
          });
        }
        if (typeof v === 'string') {
          return cached(v, () => {
            const m = minutesFromTimeText(v);
            return m === null ? fail(v) : clock(m * 60);
          });
        }
        return fail(v);
      };
      break;
    case 'hours':
    case 'minutes': {
      const asHours = column.type === 'hours';
      const perUnit = asHours ? 60 : 1;
      // Hours leave as exact Decimal hours (the model's readHours), minutes as whole minutes.
      const out = (minutes: number): unknown => (asHours ? new Decimal(minutes).div(60) : minutes);
      const notWhole = (v: unknown) => fail(v, { nl: 'geen heel aantal minuten', en: 'not a whole number of minutes' });
      typed = (v) => {
        if (v instanceof Date) {
          // A duration cell ([h]:mm) or a time cell: minutes since Excel's day 0.
          const t = v.getTime();
          if (Number.isNaN(t)) return fail(v);
          return cached(t, () => out(Math.round((t - EXCEL_EPOCH) / 60_000)));
        }
        if (typeof v === 'number') {
          return cached(v, () => {
            if (!Number.isFinite(v)) return fail(v);
            const m = v * perUnit;
            const whole = Math.round(m);
            if (!Number.isSafeInteger(whole)) return fail(v); // 1e308 hours: no whole number of minutes (gave Infinity)
            if (Math.abs(m - whole) > 1e-6) return notWhole(v);
            return out(whole === 0 ? 0 : whole);
          });
        }
        if (typeof v === 'string') {
          return cached(v, () => {
            try {
              if (asHours || /^\s*\d{1,4}:\d{2}\s*$/.test(v)) return out(parseMinutes(v, header));
              // Minutes written as a number: 30 or 30,0.
              const n = parseNumber(v, header, { decimalOnly: true });
              if (!n.isInteger()) return notWhole(v);
              if (n.abs().gt(Number.MAX_SAFE_INTEGER)) return fail(v);
              return n.toNumber();
            } catch (e) {
              return fromInputError(e, v);
            }
          });
        }
        return fail(v);
      };
      break;
    }
    case 'amount':
    case 'number': {
      // A factor "1,750" is a decimal, never a thousands group; amounts may be grouped ("1.234,56").
      const read = column.type === 'amount' ? (v: string, f: string) => parseAmount(v, f) : (v: string, f: string) => parseNumber(v, f, { decimalOnly: true });
      typed = (v) => {
        if (typeof v === 'number') return Number.isFinite(v) ? new Decimal(String(v)) : fail(v);
        if (typeof v === 'string') {
          return cached(v, () => {
            try {
              return read(v, header);
            } catch (e) {
              return fromInputError(e, v);
            }
          });
        }
        return fail(v);
      };
      break;
    }
    case 'integer':
      typed = (v) => {
        if (typeof v === 'number') return Number.isSafeInteger(v) ? v : fail(v);
        if (typeof v === 'string') return /^[-+]?\d{1,15}$/.test(v) ? Number(v) : fail(v);
        return fail(v);
      };
      break;
    case 'percent':
      typed = (v) => {
        if (typeof v === 'number') return Number.isFinite(v) ? new Decimal(String(v)) : fail(v);
        if (typeof v === 'string') {
          return cached(v, () => {
            try {
              if (v.includes('%')) return parsePercent(v, header);
              const n = parseNumber(v, header, { decimalOnly: true });
              // "25" could mean 25 % or 2500 %: never guess (DESIGN.md).
              if (n.abs().gt(1)) {
                return fail(v, { nl: `dubbelzinnig: schrijf ${v}% of als fractie`, en: `ambiguous: write ${v}% or a fraction` });
              }
              return n;
            } catch (e) {
              return fromInputError(e, v);
            }
          });
        }
        return fail(v);
      };
      break;
    case 'boolean':
      typed = (v) => {
        if (typeof v === 'boolean') return v;
        if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : fail(v);
        if (typeof v === 'string') return cached(v, () => BOOLEAN_WORDS.get(v.toLowerCase().replace(/[✓✔]/g, 'x').replace(/[.\s]/g, '')) ?? fail(v));
        return fail(v);
      };
      break;
    case 'enum': {
      const lookup = new Map<string, string>();
      for (const choice of column.choices ?? []) {
        for (const word of [choice.value, choice.labels.nl, choice.labels.en, ...(choice.aliases ?? [])]) {
          lookup.set(normalizeHeader(word), choice.value);
        }
      }
      typed = (v) => {
        if (typeof v === 'string' || typeof v === 'number') {
          return cached(v, () => lookup.get(normalizeHeader(v)) ?? fail(v));
        }
        return fail(v);
      };
      break;
    }
    case 'days':
      typed = (v) => {
        if (typeof v === 'string') return cached(v, () => daysFromText(v) ?? fail(v));
        return fail(v);
      };
      break;
  }

  return (raw: unknown): unknown => {
    // Fast path: plain numbers and short strings skip the unwrapping.
    let v: unknown;
    if (typeof raw === 'string') {
      const t = raw.trim();
      if (t === '') return undefined;
      v = t;
    } else if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) {
      v = raw;
    } else {
      v = cellScalar(raw);
      if (v === undefined) return undefined;
    }
    if (v instanceof CellErrorValue) return errorCell(v);
    return typed(v);
  };
}

function textParser(isId: boolean): (v: unknown) => string | undefined {
  return (v) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
    if (typeof v === 'boolean') return isId ? undefined : v ? 'TRUE' : 'FALSE';
    if (v instanceof Date) return isId ? undefined : wallClockOfDate(v)?.date;
    if (typeof v === 'bigint') return v.toString();
    return undefined;
  };
}
