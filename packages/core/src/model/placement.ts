import * as z from 'zod';
import type { FieldLabels } from '../errors/index.js';
import { Decimal, type AmountInput } from '../money/index.js';
import { CAOS, type Cao } from '../rules/types.js';
import {
  addRuleIssue, amountField, byFrom, dateField, idField, optional, optionalAmountField, optionalDateField, readChoice, readFactor,
  readHours, readPercent, required, textField,
} from './fields.js';

/** How the billing rate of an agreement is set (DOMAIN.md §15; EasyFlex: factor, margin, fixed rate). */
export const RATE_MODES = ['factor', 'margin', 'fixed'] as const;
export type RateMode = (typeof RATE_MODES)[number];

/**
 * A margin as a share of the rate, `rate = cost / (1 − m)`, or as a markup on cost,
 * `rate = cost × (1 + m)` (DOMAIN.md §15).
 */
export const MARGIN_BASES = ['of-rate', 'markup'] as const;
export type MarginBasis = (typeof MARGIN_BASES)[number];

const readMode = readChoice(RATE_MODES, { marge: 'margin', vast: 'fixed', 'vast-tarief': 'fixed', tarief: 'fixed', 'fixed-rate': 'fixed' });
const readMarginBasis = readChoice(MARGIN_BASES, { 'van-tarief': 'of-rate', 'van-het-tarief': 'of-rate', opslag: 'markup', 'opslag-op-kosten': 'markup' });
const readCao = readChoice(CAOS);

/** A wage and rate agreement, in force from `from` until the next agreement of the placement. */
export type WageAgreement = { from: string; wage: Decimal } & (
  | { mode: 'factor'; factor: Decimal }
  | { mode: 'margin'; margin: Decimal; marginBasis: MarginBasis }
  | { mode: 'fixed'; rate: Decimal }
);

export const wageAgreementSchema = z
  .object({
    from: dateField('from'),
    /** Gross hourly wage in euros. */
    wage: amountField('wage', { positive: true }),
    mode: required<string, RateMode>('mode', readMode),
    factor: optional<AmountInput, Decimal>('factor', readFactor),
    margin: optional<AmountInput, Decimal>('margin', readPercent({ min: 0 })),
    marginBasis: optional<string, MarginBasis>('marginBasis', readMarginBasis),
    /** Billing rate per hour in euros (mode fixed). */
    rate: optionalAmountField('rate', { positive: true }),
  })
  .transform((a, ctx): WageAgreement => {
    const base = { from: a.from, wage: a.wage };
    const need = (field: string, texts: { nl: string; en: string }) => {
      addRuleIssue(ctx, [field], 'MISSING_VALUE', texts);
      return z.NEVER;
    };
    switch (a.mode) {
      case 'factor':
        if (!a.factor) return need('factor', { nl: 'ontbreekt; verwacht een factor bij werkwijze factor, bijvoorbeeld 1,75', en: 'missing; expected a factor for mode factor, e.g. 1.75' });
        return { ...base, mode: 'factor', factor: a.factor };
      case 'margin': {
        if (!a.margin) return need('margin', { nl: 'ontbreekt; verwacht een marge bij werkwijze marge, bijvoorbeeld 15%', en: 'missing; expected a margin for mode margin, e.g. 15%' });
        if (!a.marginBasis) {
          return need('marginBasis', {
            nl: 'ontbreekt; verwacht of-rate (marge als deel van het tarief) of markup (opslag op de kosten)',
            en: 'missing; expected of-rate (margin as a share of the rate) or markup (on cost)',
          });
        }
        if (a.marginBasis === 'of-rate' && a.margin.gte(1)) {
          addRuleIssue(ctx, ['margin'], 'OUT_OF_RANGE', {
            nl: 'een marge van het tarief moet onder 100% liggen; verwacht bijvoorbeeld 15%',
            en: 'a margin of the rate must be below 100%; expected e.g. 15%',
          });
          return z.NEVER;
        }
        return { ...base, mode: 'margin', margin: a.margin, marginBasis: a.marginBasis };
      }
      case 'fixed':
        if (!a.rate) return need('rate', { nl: 'ontbreekt; verwacht een uurtarief bij werkwijze vast tarief, bijvoorbeeld 28,50', en: 'missing; expected an hourly rate for mode fixed, e.g. 28.50' });
        return { ...base, mode: 'fixed', rate: a.rate };
    }
  });

/** A placement (plaatsing) of a worker at a hirer, with its dated wage and rate agreements. */
export const placementSchema = z
  .object({
    id: idField('id'),
    workerId: idField('workerId'),
    hirerId: idField('hirerId'),
    job: textField('job'),
    cao: required<string, Cao>('cao', readCao),
    start: dateField('start'),
    end: optionalDateField('end'),
    contractHoursPerWeek: optional<AmountInput, Decimal>('contractHoursPerWeek', readHours({ min: 0, max: 168 })),
    agreements: z.array(wageAgreementSchema).min(1),
  })
  .superRefine((p, ctx) => {
    // ISO dates compare as text.
    if (p.end !== undefined && p.end < p.start) {
      addRuleIssue(ctx, ['end'], 'END_BEFORE_START', {
        nl: `${p.end} ligt voor de begindatum ${p.start}; verwacht een einddatum op of na de begindatum`,
        en: `${p.end} is before the start date ${p.start}; expected an end date on or after the start`,
      });
    }
    const seen = new Map<string, number>();
    p.agreements.forEach((a, i) => {
      const earlier = seen.get(a.from);
      if (earlier !== undefined) {
        addRuleIssue(ctx, ['agreements', i, 'from'], 'DUPLICATE_AGREEMENT', {
          nl: `${a.from} komt ook voor bij afspraak nr. ${earlier + 1}; verwacht één afspraak per ingangsdatum`,
          en: `${a.from} is also the date of agreement no. ${earlier + 1}; expected one agreement per start date`,
        });
      } else seen.set(a.from, i);
    });
    const first = [...seen.keys()].sort()[0];
    if (first !== undefined && first > p.start) {
      addRuleIssue(ctx, ['agreements'], 'NO_AGREEMENT_AT_START', {
        nl: `de eerste afspraak gaat pas in op ${first}; verwacht een loonafspraak vanaf de begindatum ${p.start}`,
        en: `the first agreement starts only on ${first}; expected a wage agreement from the start date ${p.start}`,
      });
    }
  })
  .transform((p) => ({ ...p, agreements: [...p.agreements].sort(byFrom) }));

export type Placement = z.output<typeof placementSchema>;
export type PlacementInput = z.input<typeof placementSchema>;

/** The agreement in force on an ISO date (yyyy-MM-dd), or undefined before the first one. */
export function agreementOn(placement: Pick<Placement, 'agreements'>, isoDate: string): WageAgreement | undefined {
  let found: WageAgreement | undefined;
  for (const a of placement.agreements) if (a.from <= isoDate && (!found || a.from >= found.from)) found = a;
  return found;
}

export const placementLabels: FieldLabels = {
  id: { nl: 'plaatsingsnummer', en: 'placement number' },
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  hirerId: { nl: 'relatienummer inlener', en: 'hirer number' },
  job: { nl: 'functie', en: 'job' },
  cao: { nl: 'cao', en: 'CAO (collective agreement)' },
  start: { nl: 'begindatum', en: 'start date' },
  end: { nl: 'einddatum', en: 'end date' },
  contractHoursPerWeek: { nl: 'contracturen per week', en: 'contract hours per week' },
  agreements: { nl: 'loonafspraken', en: 'wage agreements' },
  'agreements.from': { nl: 'ingangsdatum', en: 'effective date' },
  'agreements.wage': { nl: 'uurloon', en: 'hourly wage' },
  'agreements.mode': { nl: 'werkwijze tarief', en: 'rate mode' },
  'agreements.factor': { nl: 'factor', en: 'factor' },
  'agreements.margin': { nl: 'marge', en: 'margin' },
  'agreements.marginBasis': { nl: 'margeberekening', en: 'margin basis' },
  'agreements.rate': { nl: 'uurtarief', en: 'hourly rate' },
};
