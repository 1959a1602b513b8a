import { Decimal, isDecimal, type DecimalValue } from './decimal.js';
import { InputError, displayValue } from '../errors/index.js';

export type AmountInput = number | string | Decimal;

export interface AmountOptions {
  /** Smallest allowed value (inclusive). */
  min?: DecimalValue;
  /** Largest allowed value (inclusive). */
  max?: DecimalValue;
}

// "12", "12.50", "12,50", ",5"; grouped Dutch "1.234,56" / "1.234.567"; grouped English "1,234.56".
const PLAIN = /^\d+$/;
const ONE_SEPARATOR = /^(\d*)([.,])(\d+)$/;
const DUTCH_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function notAnAmount(field: string, value: unknown, why?: { nl: string; en: string }): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    'INVALID_AMOUNT',
    {
      nl: `${field}: ${shown} is geen bedrag${why ? ` (${why.nl})` : ''}; verwacht bijvoorbeeld 12,50 of 12.50`,
      en: `${field}: ${shown} is not an amount${why ? ` (${why.en})` : ''}; expected e.g. 12,50 or 12.50`,
    },
    field,
  );
}

/**
 * Reads a decimal number written as people write it in the Netherlands and abroad, or throws an
 * InputError naming the field. Returns null when the text is not a number at all, so that callers
 * (amounts, hours, percentages) can phrase their own message.
 */
function parseDecimalText(raw: string, field: string, original: unknown): Decimal | null {
  let text = raw.trim().replace(/\u00a0|\u202f/g, ' ');
  let negative = false;
  if (/^[-\u2212]/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  text = text.replace(/^(€|eur\b|euro\b)\s*/i, '').replace(/\s*(€|eur|euro)$/i, '').trim();
  if (/^[-\u2212]/.test(text) && !negative) {
    negative = true;
    text = text.slice(1).trim();
  }
  let normal: string | null = null;
  if (PLAIN.test(text)) {
    normal = text;
  } else {
    const one = ONE_SEPARATOR.exec(text);
    if (one) {
      const [, intPart = '', , frac = ''] = one;
      // "1,234" or "1.234": a thousands group or a decimal fraction? Never guess (DESIGN.md).
      if (frac.length === 3 && intPart.length >= 1 && intPart.length <= 3 && !intPart.startsWith('0')) {
        throw notAnAmount(field, original, {
          nl: `dubbelzinnig: ${intPart}${one[2]}${frac} kan ${intPart}${frac} of ${intPart},${frac} betekenen; schrijf ${intPart}${frac} of ${intPart},${frac}0`,
          en: `ambiguous: ${intPart}${one[2]}${frac} could mean ${intPart}${frac} or ${intPart}.${frac}; write ${intPart}${frac} or ${intPart}.${frac}0`,
        });
      }
      normal = `${intPart || '0'}.${frac}`;
    } else if (DUTCH_GROUPED.test(text)) {
      normal = text.replace(/\./g, '').replace(',', '.');
    } else if (ENGLISH_GROUPED.test(text)) {
      normal = text.replace(/,/g, '');
    }
  }
  if (normal === null) return null;
  const d = new Decimal(normal);
  return negative ? d.negated() : d;
}

function checkRange(d: Decimal, field: string, original: unknown, opts: AmountOptions, unit: { nl: string; en: string }): Decimal {
  const shown = displayValue(original, field);
  if (opts.min !== undefined && d.lt(opts.min)) {
    throw new InputError(
      'OUT_OF_RANGE',
      {
        nl: `${field}: ${shown} is te laag; verwacht ${unit.nl} van minstens ${new Decimal(opts.min).toString().replace('.', ',')}`,
        en: `${field}: ${shown} is too low; expected ${unit.en} of at least ${new Decimal(opts.min).toString()}`,
      },
      field,
    );
  }
  if (opts.max !== undefined && d.gt(opts.max)) {
    throw new InputError(
      'OUT_OF_RANGE',
      {
        nl: `${field}: ${shown} is te hoog; verwacht ${unit.nl} van hoogstens ${new Decimal(opts.max).toString().replace('.', ',')}`,
        en: `${field}: ${shown} is too high; expected ${unit.en} of at most ${new Decimal(opts.max).toString()}`,
      },
      field,
    );
  }
  return d;
}

/**
 * The one parser for amounts used by every public function. Accepts a finite number, a Decimal,
 * "12.50", Dutch "12,50", "1.234,56", "€ 12,50"; rejects NaN, Infinity, empty text, ambiguous
 * "1,234" and anything else with an InputError naming the field, the value and what was expected.
 */
export function parseAmount(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  const unit = { nl: 'een bedrag', en: 'an amount' };
  if (isDecimal(value)) {
    if (!value.isFinite()) throw notAnAmount(field, value);
    return checkRange(new Decimal(value), field, value, opts, unit);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notAnAmount(field, value);
    // String(number) gives the shortest text that reads back as the same double: 0.1 → "0.1".
    return checkRange(new Decimal(String(value)), field, value, opts, unit);
  }
  if (typeof value === 'string') {
    if (value.trim() === '') {
      throw new InputError(
        'MISSING_VALUE',
        { nl: `${field}: leeg; verwacht een bedrag, bijvoorbeeld 12,50`, en: `${field}: empty; expected an amount, e.g. 12.50` },
        field,
      );
    }
    const d = parseDecimalText(value, field, value);
    if (d === null) throw notAnAmount(field, value);
    return checkRange(d, field, value, opts, unit);
  }
  if (value === null || value === undefined) {
    throw new InputError(
      'MISSING_VALUE',
      { nl: `${field}: ontbreekt; verwacht een bedrag, bijvoorbeeld 12,50`, en: `${field}: missing; expected an amount, e.g. 12.50` },
      field,
    );
  }
  throw notAnAmount(field, value);
}

/** A plain decimal number (factor, count) with the same reading rules as amounts. */
export function parseNumber(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  try {
    return parseAmount(value, field, opts);
  } catch (e) {
    if (e instanceof InputError && e.code === 'INVALID_AMOUNT') {
      const shown = displayValue(value, field);
      throw new InputError(
        'INVALID_NUMBER',
        {
          nl: `${field}: ${shown} is geen getal; verwacht bijvoorbeeld 1,75 of 1.75`,
          en: `${field}: ${shown} is not a number; expected e.g. 1.75 or 1,75`,
        },
        field,
      );
    }
    throw e;
  }
}

/**
 * Hours as people write them: 7,5 and 7.5 and 7:30 are the same 7.5 hours. Returns exact decimal
 * hours (7:20 is 7.333… hours; callers that need minutes use parseMinutes).
 */
export function parseHours(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  return new Decimal(parseMinutes(value, field, opts)).div(60);
}

/** Hours input as whole minutes (7,5 → 450; 7:30 → 450). Fractions of a minute are an error. */
export function parseMinutes(value: unknown, field: string, opts: AmountOptions = {}): number {
  const unit = { nl: 'een aantal uren', en: 'a number of hours' };
  const bad = () => {
    const shown = displayValue(value, field);
    return new InputError(
      'INVALID_HOURS',
      {
        nl: `${field}: ${shown} is geen aantal uren; verwacht bijvoorbeeld 7,5 of 7.5 of 7:30`,
        en: `${field}: ${shown} is not a number of hours; expected e.g. 7.5, 7,5 or 7:30`,
      },
      field,
    );
  };
  let hours: Decimal;
  if (typeof value === 'string' && /^\s*\d{1,4}:\d{2}\s*$/.test(value)) {
    const [h, m] = value.trim().split(':').map(Number) as [number, number];
    if (m > 59) throw bad();
    hours = new Decimal(h).plus(new Decimal(m).div(60));
  } else {
    try {
      hours = parseAmount(value, field);
    } catch (e) {
      if (e instanceof InputError && e.code === 'INVALID_AMOUNT') throw bad();
      throw e;
    }
  }
  checkRange(hours, field, value, opts, unit);
  const minutes = hours.mul(60);
  const whole = minutes.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (!minutes.minus(whole).abs().lt('1e-9')) {
    const shown = displayValue(value, field);
    throw new InputError(
      'INVALID_HOURS',
      {
        nl: `${field}: ${shown} is geen heel aantal minuten; verwacht uren in minuten nauwkeurig, bijvoorbeeld 7,25 of 7:15`,
        en: `${field}: ${shown} is not a whole number of minutes; expected hours to the minute, e.g. 7.25 or 7:15`,
      },
      field,
    );
  }
  return whole.toNumber();
}

/**
 * A percentage: "15%", "15 %", "15,5%" mean 15 % and 15,5 %; a plain number is a fraction (0.15 = 15 %),
 * as Excel stores a percentage cell. Returns the fraction (0.15).
 */
export function parsePercent(value: unknown, field: string, opts: AmountOptions = {}): Decimal {
  const unit = { nl: 'een percentage', en: 'a percentage' };
  if (typeof value === 'string' && /%\s*$/.test(value)) {
    const inner = value.replace(/%\s*$/, '');
    let d: Decimal;
    try {
      d = parseAmount(inner, field).div(100);
    } catch {
      const shown = displayValue(value, field);
      throw new InputError(
        'INVALID_PERCENT',
        { nl: `${field}: ${shown} is geen percentage; verwacht bijvoorbeeld 15% of 0,15`, en: `${field}: ${shown} is not a percentage; expected e.g. 15% or 0.15` },
        field,
      );
    }
    return checkRange(d, field, value, opts, unit);
  }
  try {
    return checkRange(parseAmount(value, field), field, value, opts, unit);
  } catch (e) {
    if (e instanceof InputError && e.code === 'INVALID_AMOUNT') {
      const shown = displayValue(value, field);
      throw new InputError(
        'INVALID_PERCENT',
        { nl: `${field}: ${shown} is geen percentage; verwacht bijvoorbeeld 15% of 0,15`, en: `${field}: ${shown} is not a percentage; expected e.g. 15% or 0.15` },
        field,
      );
    }
    throw e;
  }
}
