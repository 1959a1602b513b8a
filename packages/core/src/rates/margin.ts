import * as z from 'zod';
import { Decimal, ONE, roundCents, type AmountInput } from '../money/index.js';
import { InputError, parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { MARGIN_BASES, type MarginBasis } from '../model/placement.js';
import { addRuleIssue, amountField, readChoice, readPercent, required } from '../model/fields.js';
import type { RateOptions } from './billing.js';

/*
 * Rate from cost and margin (DOMAIN.md §15; [S] academy.recruitmentopleiding.nl "Kostprijs"):
 *   of-rate: the margin is a share of the RATE,    rate = cost / (1 − m)   (24,68 at 15 % → 29,04)
 *   markup:  the margin is a markup on the COST,   rate = cost × (1 + m)   (24,68 at 15 % → 28,38)
 * The basis is always explicit: the two differ by cents per hour, and never one silently.
 */

const readBasis = readChoice(MARGIN_BASES, { 'van-tarief': 'of-rate', 'van-het-tarief': 'of-rate', opslag: 'markup', 'opslag-op-kosten': 'markup' });

const basisField = required<string, MarginBasis>('basis', (value, field) => {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new InputError(
      'MISSING_VALUE',
      {
        nl: `${field}: ontbreekt; verwacht of-rate (marge als deel van het tarief: tarief = kosten / (1 − marge)) of markup (opslag op de kosten: tarief = kosten × (1 + marge)); er wordt nooit een van beide aangenomen`,
        en: `${field}: missing; expected of-rate (margin as a share of the rate: rate = cost / (1 − margin)) or markup (on cost: rate = cost × (1 + margin)); neither is ever assumed`,
      },
      field,
    );
  }
  return readBasis(value, field);
});

const rateForMarginSchema = z
  .object({
    cost: amountField('cost', { positive: true }),
    margin: required<AmountInput, Decimal>('margin', readPercent({ min: 0 })),
    basis: basisField,
  })
  .superRefine((v, ctx) => {
    if (v.basis === 'of-rate' && v.margin.gte(1)) {
      addRuleIssue(ctx, ['margin'], 'OUT_OF_RANGE', {
        nl: 'een marge als deel van het tarief moet onder 100% liggen; verwacht bijvoorbeeld 15%',
        en: 'a margin as a share of the rate must be below 100%; expected e.g. 15%',
      });
    }
  });

const marginForSchema = z.object({
  cost: amountField('cost', { positive: true }),
  rate: amountField('rate', { positive: true }),
  basis: basisField,
});

export interface RateForMarginInput {
  /** Loaded cost per hour (e.g. hourlyCost(...).total). */
  cost: AmountInput;
  /** The margin: "15%" or 0.15. */
  margin: AmountInput;
  /** of-rate (share of the rate) or markup (on cost): required. */
  basis: MarginBasis | string;
}

export interface MarginForInput {
  cost: AmountInput;
  rate: AmountInput;
  basis: MarginBasis | string;
}

export const marginLabels: FieldLabels = {
  cost: { nl: 'kostprijs per uur', en: 'cost per hour' },
  margin: { nl: 'marge', en: 'margin' },
  rate: { nl: 'uurtarief', en: 'hourly rate' },
  basis: { nl: 'margeberekening', en: 'margin basis' },
};

const WHAT_RATE: Texts = { nl: 'tarief bij marge', en: 'rate for margin' };
const WHAT_MARGIN: Texts = { nl: 'marge bij tarief', en: 'margin for rate' };

/** The exact rate for a cost and margin on a basis (no parsing). */
export function rateFromMargin(cost: Decimal, margin: Decimal, basis: MarginBasis): Decimal {
  return basis === 'of-rate' ? cost.div(ONE.minus(margin)) : cost.mul(ONE.plus(margin));
}

/** Billing rate for a cost and a margin on an explicit basis, rounded half-up to cents. */
export function rateForMargin(input: RateForMarginInput, options: RateOptions = {}): Decimal {
  const v = parseWith(rateForMarginSchema, input, WHAT_RATE, marginLabels);
  const exact = rateFromMargin(v.cost, v.margin, v.basis);
  return options.round === false ? exact : roundCents(exact);
}

/** The margin a rate gives on a cost, on an explicit basis (a fraction, exact; negative is a loss). */
export function marginFor(input: MarginForInput): Decimal {
  const v = parseWith(marginForSchema, input, WHAT_MARGIN, marginLabels);
  return v.basis === 'of-rate' ? ONE.minus(v.cost.div(v.rate)) : v.rate.div(v.cost).minus(ONE);
}
