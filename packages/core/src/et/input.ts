import * as z from 'zod';
import type { FieldLabels } from '../errors/index.js';
import { Decimal, parseNumber, type AmountInput } from '../money/index.js';
import type { DateInput } from '../calendar/zone.js';
import {
  addRuleIssue, amountField, dateField, flagField, inputError, optional, optionalAmountField, optionalDateField, optionalFlagField, readChoice, readHours, readText, required, type FlagInput,
} from '../model/fields.js';

/*
 * Input of etAllowance (issue 4 §4): one pay period of a foreign worker, the wage components,
 * the claimed ET costs with their proof, and optionally the allowance already paid (reversal).
 */

/** Wage components that may be exchanged (sncu.nl): time wage and extra-statutory holidays at the exchange factor, surcharges and compensation hours 1:1. */
export const ET_COMPONENTS = ['timeWage', 'extraStatutoryHolidays', 'surcharges', 'compensationHours'] as const;
export type EtComponent = (typeof ET_COMPONENTS)[number];

/** ET cost kinds: double housing (DHV) and the other costs (OVE: travel home, extra living costs). */
export const ET_COST_CATEGORIES = ['double-housing', 'travel-home', 'living'] as const;
export type EtCostCategory = (typeof ET_COST_CATEGORIES)[number];

const readCategory = readChoice(ET_COST_CATEGORIES, {
  huisvesting: 'double-housing', 'dubbele-huisvesting': 'double-housing', dhv: 'double-housing', housing: 'double-housing',
  reis: 'travel-home', reiskosten: 'travel-home', thuisreis: 'travel-home', travel: 'travel-home',
  levensonderhoud: 'living', 'extra-levensonderhoud': 'living', ove: 'living', 'overige-kosten': 'living',
});

const readAge = (value: unknown, field: string): number => {
  const d = parseNumber(value, field, { decimalOnly: true });
  if (!d.isInteger() || d.lt(15) || d.gt(120)) {
    throw inputError('OUT_OF_RANGE', field, value, { nl: 'ligt buiten het bereik', en: 'is out of range' }, { nl: 'een leeftijd in hele jaren, 15 of ouder', en: 'an age in whole years, 15 or more' });
  }
  return d.toNumber();
};

const money = (name: string) => optionalAmountField(name, { min: 0 });

export const etCostSchema = z.object({
  category: required<string, EtCostCategory>('category', readCategory),
  /** The cost of the period in euros. */
  amount: amountField('amount', { min: 0 }),
  /** Travel and living costs: receipts, tickets or other evidence are in the dossier. */
  proven: optionalFlagField('proven'),
  /** Double housing: the Dutch housing is SNF-certified. */
  snfCertified: optionalFlagField('snfCertified'),
  /** Double housing: proof of the (second) home in the home country is in the dossier. */
  homeAbroadProven: optionalFlagField('homeAbroadProven'),
  description: optional<string, string>('description', readText),
});

const componentsSchema = z.object({
  timeWage: money('timeWage'),
  extraStatutoryHolidays: money('extraStatutoryHolidays'),
  surcharges: money('surcharges'),
  compensationHours: money('compensationHours'),
});

export const etAllowanceSchema = z
  .object({
    /** A date in the pay period: the rules and the minimum wage of that day apply. */
    date: dateField('date'),
    /** First working day in the Netherlands: the 5-year limit counts from it. */
    firstWorkDay: dateField('firstWorkDay'),
    writtenAgreement: flagField('writtenAgreement'),
    foreignHomeAddress: flagField('foreignHomeAddress'),
    age: optional<AmountInput, number>('age', readAge),
    birthDate: optionalDateField('birthDate'),
    /** All paid hours of the period (overtime included: it falls under the minimum wage too). */
    hours: required<AmountInput, Decimal>('hours', readHours({ min: 0, max: 744 })),
    /** The period's gross wage by component; time wage is required. */
    wage: componentsSchema,
    /** Gross amounts per component the agency wants to exchange; absent: as much as allowed. */
    request: componentsSchema.optional(),
    costs: z.array(etCostSchema).default([]),
    /** Already paid for this period (reversal check): allowance per kind and the gross exchanged for it. */
    paid: z
      .object({
        doubleHousing: money('doubleHousing'),
        other: money('other'),
        grossExchanged: amountField('grossExchanged', { min: 0 }),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.wage.timeWage === undefined) {
      addRuleIssue(ctx, ['wage', 'timeWage'], 'MISSING_VALUE', { nl: 'ontbreekt; verwacht het tijdloon van de periode, bijvoorbeeld 640,00', en: 'missing; expected the time wage of the period, e.g. 640.00' });
    }
    if (v.age !== undefined && v.birthDate !== undefined) {
      addRuleIssue(ctx, ['age'], 'AMBIGUOUS_AGE', { nl: 'zowel leeftijd als geboortedatum opgegeven; verwacht één van beide', en: 'both an age and a birth date were given; expected one of the two' });
    }
    if (v.firstWorkDay > v.date) {
      addRuleIssue(ctx, ['firstWorkDay'], 'OUT_OF_RANGE', { nl: `${v.firstWorkDay} ligt na de periode (${v.date}); verwacht de eerste werkdag in Nederland`, en: `${v.firstWorkDay} is after the period (${v.date}); expected the first working day in the Netherlands` });
    }
  });

export type EtAllowanceParsed = z.output<typeof etAllowanceSchema>;

type Components = { timeWage?: AmountInput; extraStatutoryHolidays?: AmountInput; surcharges?: AmountInput; compensationHours?: AmountInput };

export interface EtCostInput {
  category: EtCostCategory | string;
  amount: AmountInput;
  proven?: FlagInput;
  snfCertified?: FlagInput;
  homeAbroadProven?: FlagInput;
  description?: string;
}

export interface EtAllowanceInput {
  date: DateInput;
  firstWorkDay: DateInput;
  writtenAgreement: FlagInput;
  foreignHomeAddress: FlagInput;
  age?: AmountInput;
  birthDate?: DateInput;
  hours: AmountInput;
  wage: Components & { timeWage: AmountInput };
  request?: Components;
  costs?: EtCostInput[];
  paid?: { doubleHousing?: AmountInput; other?: AmountInput; grossExchanged: AmountInput };
}

export const etAllowanceLabels: FieldLabels = {
  date: { nl: 'datum in de periode', en: 'date in the period' },
  firstWorkDay: { nl: 'eerste werkdag in Nederland', en: 'first working day in the Netherlands' },
  writtenAgreement: { nl: 'schriftelijke uitruilafspraak vooraf', en: 'written exchange agreement in advance' },
  foreignHomeAddress: { nl: 'woonadres in het buitenland', en: 'home address abroad' },
  age: { nl: 'leeftijd', en: 'age' },
  birthDate: { nl: 'geboortedatum', en: 'date of birth', mask: 'birthDate' },
  hours: { nl: 'verloonde uren', en: 'paid hours' },
  wage: { nl: 'loon van de periode', en: 'wage of the period' },
  timeWage: { nl: 'tijdloon', en: 'time wage' },
  extraStatutoryHolidays: { nl: 'bovenwettelijke vakantiedagen', en: 'extra-statutory vacation days' },
  surcharges: { nl: 'toeslagen (onregelmatigheid, overwerk)', en: 'surcharges (irregular hours, overtime)' },
  compensationHours: { nl: 'compensatie-uren', en: 'compensation hours' },
  request: { nl: 'gevraagde uitruil', en: 'requested exchange' },
  costs: { nl: 'ET-kosten', en: 'ET costs' },
  'costs.category': { nl: 'soort kosten', en: 'kind of cost' },
  'costs.amount': { nl: 'bedrag', en: 'amount' },
  'costs.proven': { nl: 'bewijs aanwezig', en: 'proof present' },
  'costs.snfCertified': { nl: 'SNF-gecertificeerd', en: 'SNF-certified' },
  'costs.homeAbroadProven': { nl: 'bewijs woning thuisland', en: 'proof of home abroad' },
  'costs.description': { nl: 'omschrijving', en: 'description' },
  paid: { nl: 'al betaald', en: 'already paid' },
  'paid.doubleHousing': { nl: 'betaalde vergoeding dubbele huisvesting', en: 'allowance paid for double housing' },
  'paid.other': { nl: 'betaalde vergoeding overige kosten', en: 'allowance paid for other costs' },
  'paid.grossExchanged': { nl: 'uitgeruild brutoloon', en: 'gross wage exchanged' },
};
