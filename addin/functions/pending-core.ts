/**
 * TEMPORARY: stand-ins for the rate functions that @backofficer/core is about to get (issue 4:
 * `billingRate(wage, factor)`, `factorFor(rate, wage)`, `rateForMargin({ cost, margin, basis })`).
 * When they land, functions.ts imports them from '@backofficer/core' and this file goes away.
 * Same arithmetic as DOMAIN.md §15; no rule figures involved.
 */
import { Decimal, InputError, ONE, displayValue, roundCents, roundTo } from '@backofficer/core';

/** How a margin percentage relates cost and rate (DOMAIN.md §15). */
export type MarginBasis = 'of-rate' | 'markup';
export const MARGIN_BASES: readonly MarginBasis[] = ['of-rate', 'markup'];

function mustBePositive(value: Decimal, field: string): void {
  if (value.gt(0)) return;
  const shown = displayValue(value.toNumber(), field);
  throw new InputError(
    'OUT_OF_RANGE',
    { nl: `${field}: ${shown} is te laag; verwacht meer dan 0`, en: `${field}: ${shown} is too low; expected more than 0` },
    field,
  );
}

/** Billing rate = gross hourly wage × factor, rounded to cents (a price on the invoice line). */
export function billingRate(wage: Decimal, factor: Decimal): Decimal {
  mustBePositive(factor, 'factor');
  return roundCents(wage.mul(factor));
}

/** Factor = billing rate ÷ gross hourly wage, shown with 4 decimals (as factors are quoted). */
export function factorFor(rate: Decimal, wage: Decimal): Decimal {
  mustBePositive(wage, 'wage');
  return roundTo(rate.div(wage), 4);
}

/**
 * Rate for a target margin, rounded to cents:
 * - "of-rate": the margin is a share of the rate, rate = cost ÷ (1 − m) (24,68 at 15 % → 29,04);
 * - "markup": the margin is a surcharge on cost, rate = cost × (1 + m) (24,68 at 15 % → 28,38).
 */
export function rateForMargin(input: { cost: Decimal; margin: Decimal; basis: MarginBasis }): Decimal {
  const { cost, margin, basis } = input;
  if (basis === 'markup') return roundCents(cost.mul(ONE.plus(margin)));
  if (margin.gte(1)) {
    const shown = `${margin.mul(100).toString()}%`;
    throw new InputError(
      'OUT_OF_RANGE',
      {
        nl: `margin: ${shown.replace('.', ',')} is te hoog; een marge als deel van het tarief moet onder 100% liggen`,
        en: `margin: ${shown} is too high; a margin as a share of the rate must be below 100%`,
      },
      'margin',
    );
  }
  return roundCents(cost.div(ONE.minus(margin)));
}

/**
 * Margin = revenue − cost. Per hour: rate − cost, exact. For a number of hours: the invoice line
 * (rate × hours) and the cost line (cost × hours) are each rounded to cents and then subtracted,
 * because totals are sums of rounded lines, never a rounded sum (money/round.ts).
 */
export function marginFor(rate: Decimal, cost: Decimal, hours: Decimal | null): Decimal {
  if (hours === null) return rate.minus(cost);
  return roundCents(rate.mul(hours)).minus(roundCents(cost.mul(hours)));
}
