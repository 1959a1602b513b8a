import { Decimal, isDecimal, type DecimalValue } from './decimal.js';
import { InputError, displayValue, type Texts } from '../errors/index.js';

export type AmountInput = number | string | Decimal;

export interface AmountOptions {
  /** Smallest allowed value (inclusive). */
  min?: DecimalValue;
  /** Largest allowed value (inclusive). */
  max?: DecimalValue;
  /**
   * The field never holds thousands groups (a factor, hours on one line, a percentage), so a single
   * `,` or `.` is always the decimal mark: "1,750" is 1.75. Without it "1,750" is ambiguous and an
   * error. Default: false for amounts and plain numbers, true for hours and percentages.
   */
  decimalOnly?: boolean;
}

/** What a parser reads, for its messages: the error code, the noun and an example. */
interface Kind {
  code: string;
  noun: Texts;
  example: Texts;
  /** How a range bound is written in a message. */
  bound: (d: Decimal, lang: keyof Texts) => string;
}

function plainText(d: Decimal, lang: keyof Texts): string {
  const s = d.toString();
  return lang === 'nl' ? s.replace('.', ',') : s;
}

const AMOUNT: Kind = {
  code: 'INVALID_AMOUNT',
  noun: { nl: 'een bedrag', en: 'an amount' },
  example: { nl: '12,50 of 12.50', en: '12,50 or 12.50' },
  bound: plainText,
};
const NUMBER: Kind = {
  code: 'INVALID_NUMBER',
  noun: { nl: 'een getal', en: 'a number' },
  example: { nl: '1,75 of 1.75', en: '1.75 or 1,75' },
  bound: plainText,
};
const HOURS: Kind = {
  code: 'INVALID_HOURS',
  noun: { nl: 'een aantal uren', en: 'a number of hours' },
  example: { nl: '7,5 of 7.5 of 7:30', en: '7.5, 7,5 or 7:30' },
  bound: plainText,
};
const PERCENT: Kind = {
  code: 'INVALID_PERCENT',
  noun: { nl: 'een percentage', en: 'a percentage' },
  example: { nl: '15% of 0,15', en: '15% or 0.15' },
  bound: (d, lang) => `${plainText(d.mul(100), lang)}%`,
};

// "12", "12.50", "12,50", ",5"; grouped Dutch "1.234,56" / "1.234.567"; grouped English "1,234.56".
const PLAIN = /^\d+$/;
const ONE_SEPARATOR = /^(\d*)([.,])(\d+)$/;
const DUTCH_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SIGN = /^[-\u2212+]/;
const CURRENCY_BEFORE = /^(€|euro|eur)\s*/i;
const CURRENCY_AFTER = /\s*(€|euro|eur)$/i;

function notA(kind: Kind, field: string, value: unknown, why?: Texts): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    kind.code,
    {
      nl: `${field}: ${shown} is geen ${kind.noun.nl.replace(/^een /, '')}${why ? ` (${why.nl})` : ''}; verwacht bijvoorbeeld ${kind.example.nl}`,
      en: `${field}: ${shown} is not ${kind.noun.en}${why ? ` (${why.en})` : ''}; expected e.g. ${kind.example.en}`,
    },
    field,
  );
}

function missing(kind: Kind, field: string, value: unknown): InputError {
  const empty = typeof value === 'string';
  return new InputError(
    'MISSING_VALUE',
    {
      nl: `${field}: ${empty ? 'leeg' : 'ontbreekt'}; verwacht ${kind.noun.nl}, bijvoorbeeld ${kind.example.nl}`,
      en: `${field}: ${empty ? 'empty' : 'missing'}; expected ${kind.noun.en}, e.g. ${kind.example.en}`,
    },
    field,
  );
}

/**
 * Reads a decimal number written as people write it in the Netherlands and abroad. Returns null
 * when the text is not a number at all; throws when it is ambiguous ("1,234": a thousands group
 * or three decimals? DESIGN.md: never guess).
 */
function parseDecimalText(raw: string, field: string, kind: Kind, decimalOnly: boolean): Decimal | null {
  let text = raw.trim().replace(/[\u00a0\u202f]/g, ' ');
  let negative = false;
  let signed = false;
  const takeSign = () => {
    if (!signed && SIGN.test(text)) {
      signed = true;
      negative = text[0] !== '+';
      text = text.slice(1).trim();
    }
  };
  // The sign may stand before or after the currency: "-€ 12,50" and "€ -12,50"; never twice.
  takeSign();
  text = text.replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '').trim();
  takeSign();

  let normal: string | null = null;
  if (PLAIN.test(text)) {
    normal = text;
  } else {
    const one = ONE_SEPARATOR.exec(text);
    if (one) {
      const [, intPart = '', mark, frac = ''] = one;
      const couldBeGroup = frac.length === 3 && intPart.length >= 1 && intPart.length <= 3 && !intPart.startsWith('0');
      if (couldBeGroup && !decimalOnly) {
        throw notA(kind, field, raw, {
          nl: `dubbelzinnig: ${intPart}${mark}${frac} kan ${intPart}${frac} of ${intPart},${frac} betekenen; schrijf ${intPart}${frac}, of ${intPart}${mark}${frac}0 voor de decimalen`,
          en: `ambiguous: ${intPart}${mark}${frac} could mean ${intPart}${frac} or ${intPart}.${frac}; write ${intPart}${frac}, or ${intPart}${mark}${frac}0 for the decimals`,
        });
      }
      normal = `${intPart || '0'}.${frac}`;
    } else if (!decimalOnly && DUTCH_GROUPED.test(text)) {
      normal = text.replace(/\./g, '').replace(',', '.');
    } else if (!decimalOnly && ENGLISH_GROUPED.test(text)) {
      normal = text.replace(/,/g, '');
    }
  }
  if (normal === null) return null;
  const d = new Decimal(normal);
  return negative ? d.negated() : d;
}

function checkRange(d: Decimal, field: string, original: unknown, opts: AmountOptions, kind: Kind): Decimal {
  const shown = displayValue(original, field);
  if (opts.min !== undefined && d.lt(opts.min)) {
    const min = new Decimal(opts.min);
    throw new InputError(
      'OUT_OF_RANGE',
      {
        nl: `${field}: ${shown} is te laag; verwacht ${kind.noun.nl} van minstens ${kind.bound(min, 'nl')}`,
        en: `${field}: ${shown} is too low; expected ${kind.noun.en} of at least ${kind.bound(min, 'en')}`,
      },
      field,
    );
  }
  if (opts.max !== undefined && d.gt(opts.max)) {
    const max = new Decimal(opts.max);
    throw new InputError(
      'OUT_OF_RANGE',
      {
        nl: `${field}: ${shown} is te hoog; verwacht ${kind.noun.nl} van hoogstens ${kind.bound(max, 'nl')}`,
        en: `${field}: ${shown} is too high; expected ${kind.noun.en} of at most ${kind.bound(max, 'en')}`,
      },
      field,
    );
  }
  return d;
}

/** Reads any accepted input as an exact Decimal, without a range check. */
function readDecimal(value: unknown, field: string, kind: Kind, decimalOnly: boolean): Decimal {
  if (isDecimal(value)) {
    if (!value.isFinite()) throw notA(kind, field, value);
    return new Decimal(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notA(kind, field, value);
    // String(number) gives the shortest text that reads back as the same double: 0.1 → "0.1".
    return new Decimal(String(value));
  }
  if (typeof value === 'string') {
    if (value.trim() === '') throw missing(kind, field, value);
    const d = parseDecimalText(value, field, kind, decimalOnly);
    if (d === null) throw notA(kind, field, value);
    return d;
  }
  if (value === null || value === undefined) throw missing(kind, field, value);
  throw notA(kind, field, value);
}

/**
 * The one parser for amounts used by every public function. Accepts a finite number, a Decimal,
 * "12.50", Dutch "12,50", "1.234,56", English "1,234.56", "€ 12,50", "-12,50"; rejects NaN,
 * Infinity, empty text, ambiguous "1,234" / "1.234" and anything else with an InputError naming
 * the field, the value and what was expected. Never rounds.
 */
export function parseAmount(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return checkRange(readDecimal(value, field, AMOUNT, opts.decimalOnly ?? false), field, value, opts, AMOUNT);
}

/** A plain decimal number (factor, count) with the same reading rules as amounts. */
export function parseNumber(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return checkRange(readDecimal(value, field, NUMBER, opts.decimalOnly ?? false), field, value, opts, NUMBER);
}

/**
 * Hours as people write them: 7,5 and 7.5 and 7:30 are the same 7.5 hours. Returns exact decimal
 * hours (7:20 is 7.333… hours; callers that need minutes use parseMinutes).
 */
export function parseHours(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return new Decimal(parseMinutes(value, field, opts)).div(60);
}

const CLOCK_HOURS = /^\s*(\d{1,4}):(\d{2})\s*$/;

/** Hours input as whole minutes (7,5 → 450; 7:30 → 450). Fractions of a minute are an error. */
export function parseMinutes(value: unknown, field: string, opts: AmountOptions = {}): number {
  const clock = typeof value === 'string' ? CLOCK_HOURS.exec(value) : null;
  if (clock) {
    const m = Number(clock[2]);
    if (m > 59) {
      throw notA(HOURS, field, value, { nl: 'meer dan 59 minuten', en: 'more than 59 minutes' });
    }
    // Counted in whole minutes: h + m/60 as a decimal would round (1:07 is 1.11666… hours) and
    // its product with 60 would then miss the whole number of minutes it is.
    const clockMinutes = Number(clock[1]) * 60 + m;
    checkRange(new Decimal(clockMinutes).div(60), field, value, opts, HOURS);
    return clockMinutes;
  }
  const hours = readDecimal(value, field, HOURS, opts.decimalOnly ?? true);
  checkRange(hours, field, value, opts, HOURS);
  const minutes = hours.mul(60);
  if (minutes.abs().gt(Number.MAX_SAFE_INTEGER)) {
    const shown = displayValue(value, field);
    throw new InputError(
      'OUT_OF_RANGE',
      { nl: `${field}: ${shown} is te groot; verwacht een realistisch aantal uren`, en: `${field}: ${shown} is too large; expected a realistic number of hours` },
      field,
    );
  }
  if (!minutes.isInteger()) {
    const shown = displayValue(value, field);
    throw new InputError(
      'INVALID_HOURS',
      {
        nl: `${field}: ${shown} is geen heel aantal minuten; verwacht uren op de minuut, bijvoorbeeld 7,25 of 7:15`,
        en: `${field}: ${shown} is not a whole number of minutes; expected hours to the minute, e.g. 7.25 or 7:15`,
      },
      field,
    );
  }
  return minutes.toNumber();
}

/**
 * A percentage: "15%", "15 %", "15,5%" mean 15 % and 15,5 %; a plain number or text without `%`
 * is a fraction (0.15 = 15 %), as Excel stores a percentage cell. Returns the fraction (0.15).
 * Bounds in `opts` are fractions too (max 1 = 100 %).
 */
export function parsePercent(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  const decimalOnly = opts.decimalOnly ?? true;
  let d: Decimal;
  if (typeof value === 'string' && /%\s*$/.test(value)) {
    const inner = value.replace(/%\s*$/, '');
    if (inner.trim() === '') throw notA(PERCENT, field, value);
    try {
      d = readDecimal(inner, field, PERCENT, decimalOnly).div(100);
    } catch (e) {
      // Report the value as the user typed it, with the % sign.
      if (e instanceof InputError) throw notA(PERCENT, field, value);
      throw e;
    }
  } else {
    d = readDecimal(value, field, PERCENT, decimalOnly);
  }
  return checkRange(d, field, value, opts, PERCENT);
}
