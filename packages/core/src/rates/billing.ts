import { Decimal, roundCents, type AmountInput } from '../money/index.js';
import { readAmount, readFactor } from '../model/fields.js';

/*
 * Factor and billing rate (DOMAIN.md §15): rate = gross hourly wage × factor; factor = rate / wage.
 * A billing rate is a price per hour on an invoice line, so it is rounded half-up to cents (the
 * one rounding point; `round: false` gives the exact product). A factor is kept exact; show it
 * with 4 decimals (roundTo(factor, 4)). Example [S] flexpedia.nl: 12,50 × 1,7510 = 21,8875 → 21,89.
 */

export interface RateOptions {
  /** Round to cents (default true); false returns the exact value. */
  readonly round?: boolean;
}

const readWage = readAmount({ positive: true });
const readRate = readAmount({ positive: true });

/** Billing rate per hour: wage × factor, rounded half-up to cents. */
export function billingRate(wage: AmountInput, factor: AmountInput, options: RateOptions = {}): Decimal {
  const exact = readWage(wage, 'wage').mul(readFactor(factor, 'factor'));
  return options.round === false ? exact : roundCents(exact);
}

/** The factor a rate stands for on a wage: rate / wage, exact (show with 4 decimals). */
export function factorFor(rate: AmountInput, wage: AmountInput): Decimal {
  return readRate(rate, 'rate').div(readWage(wage, 'wage'));
}
