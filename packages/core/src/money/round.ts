import { Decimal, type DecimalValue } from './decimal.js';

/*
 * Rounding points. BackOfficer computes exactly and rounds only where the domain rounds:
 *  - a payslip line (hours × rate, a surcharge line, a reservation line): roundCents;
 *  - an invoice line and its VAT (VAT half-up per line, DOMAIN.md §14): roundCents;
 *  - totals of invoices and margin overviews are sums of rounded lines, never a rounded sum;
 *  - a published figure (minimum wage, a premium) is stored as published, never recomputed.
 * Everything else (loaded cost per hour, factors, segment amounts) stays exact until shown.
 */

/** Rounds to whole cents, a tie away from zero (2.345 → 2.35, −2.345 → −2.35). */
export function roundCents(value: DecimalValue): Decimal {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds to `places` decimals, a tie away from zero (factors are shown with 4). */
export function roundTo(value: DecimalValue, places: number): Decimal {
  return new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Integer cents of an amount, after roundCents. */
export function toCents(value: DecimalValue): number {
  return roundCents(value).mul(100).toNumber();
}

/** Euros from integer cents, exact. */
export function fromCents(cents: number): Decimal {
  return new Decimal(cents).div(100);
}

/** Sum of values, exact. */
export function sum(values: Iterable<DecimalValue>): Decimal {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(v);
  return total;
}
