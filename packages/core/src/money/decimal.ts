import DecimalJs from 'decimal.js';

/**
 * The one Decimal of BackOfficer: a private clone of decimal.js so that configuring it never
 * changes a consumer's own Decimal. 40 significant digits leave room for products of rates,
 * percentages and hours without any rounding inside a calculation; ROUND_HALF_UP in decimal.js
 * rounds a tie away from zero (2.345 → 2.35, −2.345 → −2.35), as payroll does.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -21,
  toExpPos: 21,
});
export type Decimal = DecimalJs;
/** Anything decimal.js accepts as a value: number, string or Decimal. */
export type DecimalValue = DecimalJs.Value;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** True for a decimal.js value from any copy of the library (ours, a consumer's, a clone). */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}
