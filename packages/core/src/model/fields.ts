import * as z from 'zod';
import { InputError, displayValue, type ReaderIssueParams, type Texts } from '../errors/index.js';
import { Decimal, parseAmount, parseMinutes, parseNumber, parsePercent, type AmountInput, type AmountOptions } from '../money/index.js';
import { toDate, toInstant, toIsoDate, type DateInput } from '../calendar/index.js';
import { checkBsn, checkIban, checkKvk, type IdentityCheck } from '../identity/index.js';

/*
 * Field readers shared by the model schemas. Each reads what a clerk or a spreadsheet gives
 * ("12,50", "2-3-2026", "07:30", "ja") into one normal form, and on bad input adds a zod issue
 * that carries the reader's own message (see errors/zod.ts), so parseWith can name the field in
 * the user's words. Optional fields treat an empty cell ("", null) as absent.
 */

type Reader<T> = (value: unknown, field: string) => T;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The reader's message without its leading `field: `, for a zod custom issue. */
function detailOf(e: InputError, field: string): Texts {
  const strip = (t: string) => (t.startsWith(`${field}: `) ? t.slice(field.length + 2) : t);
  return { nl: strip(e.texts.nl), en: strip(e.texts.en) };
}

function run<T>(read: Reader<T>, value: unknown, field: string, ctx: z.core.$RefinementCtx): T {
  try {
    return read(value, field);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const params: ReaderIssueParams = { code: e.code, texts: detailOf(e, field) };
    ctx.addIssue({ code: 'custom', message: e.texts.en, params });
    return z.NEVER;
  }
}

/** A required field read by `read`; its input type is `In`. */
export function required<In, Out>(field: string, read: Reader<Out>) {
  return z.custom<In>(() => true).transform((value, ctx): Out => run(read, value, field, ctx));
}

/** An optional field: absent, null or empty text is `undefined`. */
export function optional<In, Out>(field: string, read: Reader<Out>) {
  return z
    .custom<In | null>(() => true)
    .transform((value, ctx): Out | undefined => (isBlank(value) ? undefined : run(read, value, field, ctx)))
    .optional();
}

/** A message for a reader, in the same shape as the money parsers' messages. */
export function inputError(code: string, field: string, value: unknown, problem: Texts, expected: Texts): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    code,
    { nl: `${field}: ${shown} ${problem.nl}; verwacht ${expected.nl}`, en: `${field}: ${shown} ${problem.en}; expected ${expected.en}` },
    field,
  );
}

function missingError(field: string, value: unknown, expected: Texts): InputError {
  const what = value === undefined ? { nl: 'ontbreekt', en: 'missing' } : { nl: 'leeg', en: 'empty' };
  return new InputError('MISSING_VALUE', { nl: `${field}: ${what.nl}; verwacht ${expected.nl}`, en: `${field}: ${what.en}; expected ${expected.en}` }, field);
}

// ---- readers ---------------------------------------------------------------------------------

/** Text, trimmed, not empty. */
export const readText: Reader<string> = (value, field) => {
  if (isBlank(value)) throw missingError(field, value, { nl: 'tekst', en: 'text' });
  if (typeof value !== 'string') throw inputError('INVALID_TEXT', field, value, { nl: 'is geen tekst', en: 'is not text' }, { nl: 'tekst', en: 'text' });
  return value.trim();
};

/** An identifier: text or a whole number (a spreadsheet cell), as text. */
export const readId: Reader<string> = (value, field) => {
  const expected = { nl: 'een code of nummer, bijvoorbeeld W-001 of 1001', en: 'a code or number, e.g. W-001 or 1001' };
  if (isBlank(value)) throw missingError(field, value, expected);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string') return value.trim();
  throw inputError('INVALID_ID', field, value, { nl: 'is geen code', en: 'is not an identifier' }, expected);
};

/** A calendar date as ISO text (yyyy-MM-dd); accepts 2026-03-02, Dutch 2-3-2026, a Date or DateTime. */
export const readDate: Reader<string> = (value, field) => {
  if (isBlank(value)) throw missingError(field, value, { nl: 'een datum, bijvoorbeeld 2026-03-02 of 2-3-2026', en: 'a date, e.g. 2026-03-02 or 2-3-2026' });
  return toIsoDate(value, field);
};

const DATE_ONLY = /^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\s*$/;

/**
 * An instant as ISO text with its Amsterdam offset (2026-03-10T13:00:00+01:00). Text without an
 * offset is Amsterdam wall-clock time; a date alone is the start of that day.
 */
export const readInstant: Reader<string> = (value, field) => {
  if (isBlank(value)) throw missingError(field, value, { nl: 'een tijdstip, bijvoorbeeld 2026-03-10T13:00', en: 'a date and time, e.g. 2026-03-10T13:00' });
  const dt = typeof value === 'string' && DATE_ONLY.test(value) ? toDate(value, field) : toInstant(value, field);
  return dt.toISO({ suppressMilliseconds: true })!;
};

const CLOCK = /^\s*(\d{1,2}):(\d{2})(?::(00))?\s*$/;

/** A time of day as HH:mm; "7:30" becomes "07:30"; "24:00" is the end of the day. */
export const readClock: Reader<string> = (value, field) => {
  const expected = { nl: 'een tijd als UU:mm, bijvoorbeeld 07:30', en: 'a time as HH:mm, e.g. 07:30' };
  if (isBlank(value)) throw missingError(field, value, expected);
  const m = typeof value === 'string' ? CLOCK.exec(value) : null;
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!m || min > 59 || h > 24 || (h === 24 && min !== 0)) {
    throw inputError('INVALID_TIME', field, value, { nl: 'is geen tijd', en: 'is not a time of day' }, expected);
  }
  return `${String(h).padStart(2, '0')}:${m[2]}`;
};

const YES = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'waar', 'x']);
const NO = new Set(['false', 'no', 'n', 'nee', '0', 'onwaar']);

/** Yes/no: a boolean, 1/0, or ja/nee, yes/no, true/false (without case). */
export const readFlag: Reader<boolean> = (value, field) => {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : null;
  if (text !== null && YES.has(text)) return true;
  if (text !== null && NO.has(text)) return false;
  throw inputError('INVALID_FLAG', field, value, { nl: 'is geen ja of nee', en: 'is not yes or no' }, { nl: 'ja of nee', en: 'yes or no' });
};

/** An amount in euros (see parseAmount), as a Decimal; `positive` rejects 0 and below. */
export function readAmount(opts: AmountOptions & { positive?: boolean } = {}): Reader<Decimal> {
  return (value, field) => {
    const d = parseAmount(value, field, opts);
    if (opts.positive && d.lte(0)) {
      throw inputError('OUT_OF_RANGE', field, value, { nl: 'is niet positief', en: 'is not positive' }, { nl: 'een bedrag boven 0', en: 'an amount above 0' });
    }
    return d;
  };
}

/** A billing factor such as 1,75 (a single `,` or `.` is the decimal mark), above 0. */
export const readFactor: Reader<Decimal> = (value, field) => {
  const d = parseNumber(value, field, { decimalOnly: true });
  if (d.lte(0)) {
    throw inputError('OUT_OF_RANGE', field, value, { nl: 'is niet positief', en: 'is not positive' }, { nl: 'een factor boven 0, bijvoorbeeld 1,75', en: 'a factor above 0, e.g. 1.75' });
  }
  return d;
};

/** A percentage as a fraction ("15%" or 0.15 → 0.15), see parsePercent. */
export function readPercent(opts: AmountOptions = {}): Reader<Decimal> {
  return (value, field) => parsePercent(value, field, opts);
}

/** Hours (7,5 / 7.5 / 7:30) as a Decimal number of hours, to the minute. */
export function readHours(opts: AmountOptions = {}): Reader<Decimal> {
  return (value, field) => new Decimal(parseMinutes(value, field, opts)).div(60);
}

/** Whole minutes: 30, "30", or as a clock "0:30". */
export const readMinutes: Reader<number> = (value, field) => {
  if (typeof value === 'string' && value.includes(':')) return parseMinutes(value, field, { min: 0 });
  const d = parseNumber(value, field, { min: 0, decimalOnly: true });
  if (!d.isInteger()) {
    throw inputError('INVALID_MINUTES', field, value, { nl: 'is geen heel aantal minuten', en: 'is not a whole number of minutes' }, { nl: 'minuten, bijvoorbeeld 30', en: 'minutes, e.g. 30' });
  }
  // A number of minutes with hundreds of digits would become Infinity.
  if (d.gt(Number.MAX_SAFE_INTEGER)) {
    throw inputError('OUT_OF_RANGE', field, value, { nl: 'is te groot', en: 'is too large' }, { nl: 'een realistisch aantal minuten, bijvoorbeeld 30', en: 'a realistic number of minutes, e.g. 30' });
  }
  return d.toNumber();
};

/** One of fixed codes; case and spaces do not matter, Dutch words map to the codes. */
export function readChoice<const C extends string>(codes: readonly C[], synonyms: Readonly<Record<string, C>> = {}): Reader<C> {
  const byKey = new Map<string, C>();
  const key = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, '-');
  for (const c of codes) byKey.set(key(c), c);
  for (const [word, c] of Object.entries(synonyms)) byKey.set(key(word), c);
  return (value, field) => {
    const expected = { nl: `een van: ${codes.join(', ')}`, en: `one of: ${codes.join(', ')}` };
    if (isBlank(value)) throw missingError(field, value, expected);
    const found = typeof value === 'string' ? byKey.get(key(value)) : undefined;
    if (found === undefined) {
      throw inputError('INVALID_CHOICE', field, value, { nl: 'is geen geldige keuze', en: 'is not a valid choice' }, expected);
    }
    return found;
  };
}

function identityReader(check: (v: unknown) => IdentityCheck, code: string): Reader<string> {
  return (value, field) => {
    const result = check(value);
    if (result.valid) return result.normalized;
    // The check's own texts never show the full number.
    throw new InputError(code, { nl: `${field}: ${result.texts.nl}`, en: `${field}: ${result.texts.en}` }, field);
  };
}

/** A BSN passing the 11-test, as 9 digits. */
export const readBsn = identityReader(checkBsn, 'BSN_INVALID');
/** An IBAN, compact and upper case. */
export const readIban = identityReader(checkIban, 'IBAN_INVALID');
/** A KvK number, 8 digits. */
export const readKvk = identityReader(checkKvk, 'KVK_INVALID');

/** An EU VAT number such as NL123456789B01: country code and 2–13 letters or digits, compact. */
export const readVatNumber: Reader<string> = (value, field) => {
  const expected = { nl: 'een btw-nummer, bijvoorbeeld NL123456789B01', en: 'a VAT number, e.g. NL123456789B01' };
  if (isBlank(value)) throw missingError(field, value, expected);
  const compact = typeof value === 'string' ? value.replace(/[\s.\-]/g, '').toUpperCase() : '';
  if (!/^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(compact)) {
    throw inputError('INVALID_VAT_NUMBER', field, value, { nl: 'is geen btw-nummer', en: 'is not a VAT number' }, expected);
  }
  return compact;
};

// ---- typed field schemas -------------------------------------------------------------------

export type IdInput = string | number;
export type FlagInput = boolean | string | number;
export type TextInput = string;

export const idField = (name: string) => required<IdInput, string>(name, readId);
export const textField = (name: string) => required<TextInput, string>(name, readText);
export const dateField = (name: string) => required<DateInput, string>(name, readDate);
export const optionalDateField = (name: string) => optional<DateInput, string>(name, readDate);
export const instantField = (name: string) => required<DateInput, string>(name, readInstant);
export const optionalInstantField = (name: string) => optional<DateInput, string>(name, readInstant);
export const amountField = (name: string, opts?: AmountOptions & { positive?: boolean }) => required<AmountInput, Decimal>(name, readAmount(opts));
export const optionalAmountField = (name: string, opts?: AmountOptions & { positive?: boolean }) => optional<AmountInput, Decimal>(name, readAmount(opts));

/** Adds a rule issue (one field depends on another) with texts that name no field. */
export function addRuleIssue(ctx: z.core.$RefinementCtx, path: (string | number)[], code: string, texts: Texts): void {
  const params: ReaderIssueParams = { code, texts };
  ctx.addIssue({ code: 'custom', path, message: texts.en, params });
}

export const flagField = (name: string) => required<FlagInput, boolean>(name, readFlag);
export const optionalFlagField = (name: string) => optional<FlagInput, boolean>(name, readFlag);

/** Sort order of dated entries by their ISO start date (`from`, yyyy-MM-dd), earliest first. */
export function byFrom(a: { from: string }, b: { from: string }): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
}
