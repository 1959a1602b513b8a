import { Decimal, isDecimal, parsePercent, roundCents, type AmountInput } from '../money/index.js';
import { InputError, parseWith, type Texts } from '../errors/index.js';
import { placementLabels, wageAgreementSchema, type WageAgreement } from '../model/placement.js';
import { readAmount } from '../model/fields.js';
import type { RateOptions } from './billing.js';
import { rateFromMargin } from './margin.js';

/*
 * The billing rate of a wage agreement (DOMAIN.md §15; EasyFlex: factor, margin or fixed rate per
 * agreement). Surcharge hours are billed with the same mode: pass the wage paid for that hour
 * (agreement wage × (1 + surcharge %), see surchargeWage):
 *   factor: rate = paid wage × factor
 *   margin: rate = cost of that hour / (1 − m)  or  × (1 + m)   (the cost of the paid wage)
 *   fixed:  rate = fixed rate × paid wage / agreement wage    (the fixed rate carries the same surcharge %)
 * Rounded half-up to cents (a price on an invoice line).
 */

/** The loaded cost of an hour paid at `wage`: an amount, a function, or a cost model (hourlyCostModel). */
export type CostSource = AmountInput | ((wage: Decimal) => Decimal) | { cost(wage: Decimal): Decimal };

const WHAT: Texts = { nl: 'loonafspraak', en: 'wage agreement' };
const readPositive = readAmount({ positive: true });

function isParsed(a: unknown): a is WageAgreement {
  if (a === null || typeof a !== 'object') return false;
  const x = a as Record<string, unknown>;
  if (typeof x['from'] !== 'string' || !(x['wage'] instanceof Decimal)) return false;
  switch (x['mode']) {
    case 'factor':
      return x['factor'] instanceof Decimal;
    case 'margin':
      return x['margin'] instanceof Decimal && (x['marginBasis'] === 'of-rate' || x['marginBasis'] === 'markup');
    case 'fixed':
      return x['rate'] instanceof Decimal;
    default:
      return false;
  }
}

/** A wage agreement, parsed if it is still input. */
export function toWageAgreement(agreement: unknown): WageAgreement {
  return isParsed(agreement) ? agreement : parseWith(wageAgreementSchema, agreement, WHAT, placementLabels);
}

/** The wage paid for a surcharge hour: wage × (1 + surcharge), exact ("50%" or 0.5). */
export function surchargeWage(wage: AmountInput, surcharge: AmountInput): Decimal {
  return readPositive(wage, 'wage').mul(parsePercent(surcharge, 'surcharge', { min: 0 }).plus(1));
}

function costOf(source: CostSource | undefined, wage: Decimal): Decimal {
  if (source === undefined || source === null) {
    throw new InputError(
      'MISSING_VALUE',
      {
        nl: 'kostprijs (cost): ontbreekt; verwacht de kostprijs per uur (of een kostenmodel) bij werkwijze marge',
        en: 'cost: missing; expected the cost per hour (or a cost model) for mode margin',
      },
      'cost',
    );
  }
  if (typeof source === 'function') return source(wage);
  if (typeof source === 'object' && !isDecimal(source) && 'cost' in source && typeof source.cost === 'function') return source.cost(wage);
  return readPositive(source, 'cost');
}

/**
 * The billing rate per hour of an agreement for an hour paid at `wage` (default: the
 * agreement's own wage; for a surcharge hour the surcharged wage). `cost` is needed in mode
 * margin: the cost of that hour, a function of the wage, or an hourlyCostModel.
 */
export function rateFor(agreement: WageAgreement | Record<string, unknown>, wage?: AmountInput, cost?: CostSource, options: RateOptions = {}): Decimal {
  const a = toWageAgreement(agreement);
  const paid = wage === undefined || wage === null ? a.wage : readPositive(wage, 'wage');
  let exact: Decimal;
  switch (a.mode) {
    case 'factor':
      exact = paid.mul(a.factor);
      break;
    case 'margin':
      exact = rateFromMargin(costOf(cost, paid), a.margin, a.marginBasis);
      break;
    case 'fixed':
      exact = paid.equals(a.wage) ? a.rate : a.rate.mul(paid).div(a.wage);
      break;
  }
  return options.round === false ? exact : roundCents(exact);
}
