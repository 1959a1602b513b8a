import { Decimal, isDecimal, type DecimalValue } from './decimal.js';
import { InputError, displayValue } from '../errors/index.js';

/*
 * Rounding points. BackOfficer computes exactly and rounds only where the domain rounds:
 *  - a payslip line (hours × rate, a surcharge line, a reservation line): roundCents;
 *  - an invoice line and its VAT (VAT half-up per line, DOMAIN.md §14): roundCents;
 *  - totals of invoices and margin overviews are sums of rounded lines, never a rounded sum;
 *  - a published figure (minimum wage, a premium) is stored as published, never recomputed.
 * Everything else (loaded cost per hour, factors, segment amounts) stays exact until shown.
 */

function notFinite(field: string, value: unknown, expected: { nl: string; en: string }): InputError {
  const shown = displayValue(value, field);
  return new InputError(
    'INVALID_NUMBER',
    { nl: `${field}: ${shown} is geen eindig getal; verwacht ${expected.nl}`, en: `${field}: ${shown} is not a finite number; expected ${expected.en}` },
    field,
  );
}

const A_NUMBER = { nl: 'een getal zoals 12.345', en: 'a number such as 12.345' };

/**
 * The exact value of a DecimalValue; NaN, ±Infinity and text decimal.js cannot read are an
 * InputError (never a NaN that travels on into a total, never decimal.js's own untyped error).
 */
function exact(value: DecimalValue, field: string): Decimal {
  if (isDecimal(value)) {
    if (value.isFinite()) return value instanceof Decimal ? value : new Decimal(value);
  } else if (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string') {
    try {
      const d = new Decimal(value);
      if (d.isFinite()) return d;
    } catch {
      // falls through to the InputError below
    }
  }
  throw notFinite(field, value, A_NUMBER);
}

/** Rounds to whole cents, a tie away from zero (2.345 → 2.35, −2.345 → −2.35). */
export function roundCents(value: DecimalValue): Decimal {
  return exact(value, 'amount').toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds to `places` decimals, a tie away from zero (factors are shown with 4). */
export function roundTo(value: DecimalValue, places: number): Decimal {
  if (!Number.isSafeInteger(places) || places < 0) throw notFinite('places', places, { nl: 'een geheel aantal decimalen, 0 of meer', en: 'a whole number of decimals, 0 or more' });
  return exact(value, 'value').toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

const CENTS = { nl: 'hele centen binnen ±90 biljoen euro', en: 'whole cents within ±90 trillion euros' };

/** Integer cents of an amount, after roundCents; an amount too large for exact integer cents is an InputError. */
export function toCents(value: DecimalValue): number {
  const cents = roundCents(value).mul(100);
  if (cents.abs().gt(Number.MAX_SAFE_INTEGER)) throw notFinite('amount', value, CENTS);
  return cents.toNumber();
}

/**
 * Euros from integer cents, exact. Cents that are no safe integer (a fraction, or a sum beyond
 * 2^53 where doubles skip whole numbers) are an InputError: exactness would be lost silently.
 */
export function fromCents(cents: number): Decimal {
  if (!Number.isSafeInteger(cents)) throw notFinite('cents', cents, CENTS);
  return new Decimal(cents).div(100);
}

/** Sum of values, exact. */
export function sum(values: Iterable<DecimalValue>): Decimal {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(exact(v, 'amount'));
  return total;
}
