import * as z from 'zod';
import type { FieldLabels } from '../errors/index.js';
import { Decimal, parseNumber, parsePercent, type AmountInput } from '../money/index.js';
import { CAOS, type Cao } from '../rules/types.js';
import { CONTRACT_KINDS, type ContractKind } from '../contracts/input.js';
import type { DateInput } from '../calendar/zone.js';
import {
  addRuleIssue, amountField, dateField, inputError, optional, optionalDateField, readAmount, readChoice, readFlag, readHours, readPercent,
  required, type FlagInput,
} from '../model/fields.js';

/*
 * Input of hourlyCost / hourlyCostModel (issue 4 §2), validated at the edge with the clerk's
 * words. Everything the cost depends on is an explicit input; nothing employer-specific has a
 * silent default (Whk, employer size, contract kind).
 */

export const EMPLOYER_SIZES = ['small', 'medium', 'large'] as const;
/** Aof: small employers pay the low rate, medium and large the high rate (DOMAIN.md §4). */
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];

export const AWF_RATES = ['low', 'high'] as const;
export type AwfRate = (typeof AWF_RATES)[number];

/** StiPP: Basis from day one, Plus after 52 worked weeks (2024–2025); from 2026 both mean the single scheme; none: another fund or no pension. */
export const PENSION_CHOICES = ['basis', 'plus', 'none'] as const;
export type PensionChoice = (typeof PENSION_CHOICES)[number];

const readCao = readChoice(CAOS);
const readContract = readChoice(CONTRACT_KINDS, {
  uitzendbeding: 'agency-clause', 'met-uitzendbeding': 'agency-clause',
  'bepaalde-tijd': 'fixed-term', 'zonder-uitzendbeding': 'fixed-term', 'onbepaalde-tijd': 'open-ended', vast: 'open-ended',
  // Phases B/3 and C/4 have one contract kind each; phase A/1-2 may be with or without clause, so it is no synonym.
  'fase-b': 'fixed-term', 'phase-b': 'fixed-term', 'fase-3': 'fixed-term', 'fase-c': 'open-ended', 'phase-c': 'open-ended', 'fase-4': 'open-ended',
});
const readEmployerSize = readChoice(EMPLOYER_SIZES, { klein: 'small', middelgroot: 'medium', middel: 'medium', groot: 'large' });
const readAwf = readChoice(AWF_RATES, { laag: 'low', hoog: 'high' });
const readPension = readChoice(PENSION_CHOICES, { basisregeling: 'basis', plusregeling: 'plus', geen: 'none', stipp: 'basis' });

/** A whole number within bounds (an age, worked weeks). */
function readWhole(min: number, max: number, expected: { nl: string; en: string }) {
  return (value: unknown, field: string): number => {
    const d = parseNumber(value, field, { decimalOnly: true });
    if (!d.isInteger() || d.lt(min) || d.gt(max)) {
      throw inputError('OUT_OF_RANGE', field, value, { nl: 'ligt buiten het bereik', en: 'is out of range' }, expected);
    }
    return d.toNumber();
  };
}

/** The employer's own Whk premium: one total, or its WGA and ZW-flex parts. */
export type WhkRate = { readonly wga: Decimal; readonly zw: Decimal } | { readonly total: Decimal };

function readWhk(value: unknown, field: string): WhkRate {
  if (value !== null && typeof value === 'object' && !Decimal.isDecimal(value)) {
    const v = value as Record<string, unknown>;
    return {
      wga: parsePercent(v['wga'], `${field}.wga`, { min: 0, max: 1 }),
      zw: parsePercent(v['zw'], `${field}.zw`, { min: 0, max: 1 }),
    };
  }
  return { total: parsePercent(value, field, { min: 0, max: 1 }) };
}

const percentField = (name: string) => optional<AmountInput, Decimal>(name, readPercent({ min: 0, max: 1 }));

/** The hirer's package where it differs from the CAO (from 2026, equivalent pay): a HirerPayProfile fits too. */
export const hirerPackageSchema = z.object({
  vacationDays: optional<AmountInput, Decimal>('vacationDays', (v, f) => parseNumber(v, f, { min: 0, max: 100, decimalOnly: true })),
  holidayAllowancePercent: percentField('holidayAllowancePercent'),
});

/** The agency's own cost choices, per worked hour. */
export const agencyCostsSchema = z.object({
  /** Sickness risk (waiting days, top-up to 90 %), % of the statutory cost per hour. */
  sicknessRisk: percentField('sicknessRisk'),
  /** Idle-time risk (leegloop), % of the statutory cost per hour. */
  idleRisk: percentField('idleRisk'),
  /** Administration, % of the statutory cost per hour. */
  administration: percentField('administration'),
  /** Administration, euros per worked hour. */
  administrationPerHour: optional<AmountInput, Decimal>('administrationPerHour', readAmount({ min: 0 })),
});

const costModelFields = {
  /** Work date: the rules in force on it apply. */
  date: dateField('date'),
  cao: optional<string, Cao>('cao', readCao),
  contract: required<string, ContractKind>('contract', readContract),
  /** An open-ended contract without fixed hours (on-call) pays the high AWf rate. */
  onCall: optional<FlagInput, boolean>('onCall', readFlag),
  /** Override of the AWf rate (a decision of the payroll department). */
  awf: optional<string, AwfRate>('awf', readAwf),
  /** BBL learner (low AWf rate). */
  bbl: optional<FlagInput, boolean>('bbl', readFlag),
  /** Paid hours per 4 weeks, for the AWf exception for workers under 21. */
  hoursPer4Weeks: optional<AmountInput, Decimal>('hoursPer4Weeks', readHours({ min: 0, max: 672 })),
  employerSize: required<string, EmployerSize>('employerSize', readEmployerSize),
  whk: optional<AmountInput | { wga: AmountInput; zw: AmountInput }, WhkRate>('whk', readWhk),
  pension: optional<string, PensionChoice>('pension', readPension),
  workedWeeks: optional<AmountInput, number>('workedWeeks', readWhole(0, 10_000, { nl: 'een geheel aantal weken, 0 of meer', en: 'a whole number of weeks, 0 or more' })),
  age: optional<AmountInput, number>('age', readWhole(15, 120, { nl: 'een leeftijd in hele jaren, bijvoorbeeld 23', en: 'an age in whole years, e.g. 23' })),
  birthDate: optionalDateField('birthDate'),
  /** Hours per week, for the per-hour approximation of the maximum premium wage. */
  hoursPerWeek: optional<AmountInput, Decimal>('hoursPerWeek', readHours({ min: 1, max: 168 })),
  hirerPackage: hirerPackageSchema.optional(),
  agency: agencyCostsSchema.optional(),
};

function checkModel(m: { age?: number | undefined; birthDate?: string | undefined }, ctx: z.core.$RefinementCtx): void {
  if (m.age !== undefined && m.birthDate !== undefined) {
    addRuleIssue(ctx, ['age'], 'AMBIGUOUS_AGE', {
      nl: 'zowel leeftijd als geboortedatum opgegeven; verwacht één van beide',
      en: 'both an age and a birth date were given; expected one of the two',
    });
  }
}

export const hourlyCostModelSchema = z.object(costModelFields).superRefine(checkModel);
export const hourlyCostSchema = z
  .object({ ...costModelFields, /** Gross hourly wage in euros. */ wage: amountField('wage', { positive: true }) })
  .superRefine(checkModel);

export type HourlyCostModelParsed = z.output<typeof hourlyCostModelSchema>;
export type HourlyCostParsed = z.output<typeof hourlyCostSchema>;

/** What hourlyCostModel takes: everything except the wage. */
export interface HourlyCostModelInput {
  date: DateInput;
  cao?: Cao | string;
  contract: ContractKind | string;
  onCall?: FlagInput;
  awf?: AwfRate | string;
  bbl?: FlagInput;
  hoursPer4Weeks?: AmountInput;
  employerSize: EmployerSize | string;
  /** The employer's own Whk premium (Belastingdienst decision): a total ("6,55%") or { wga, zw }. */
  whk?: AmountInput | { wga: AmountInput; zw: AmountInput };
  pension?: PensionChoice | string;
  workedWeeks?: AmountInput;
  age?: AmountInput;
  birthDate?: DateInput;
  hoursPerWeek?: AmountInput;
  hirerPackage?: { vacationDays?: AmountInput | null; holidayAllowancePercent?: AmountInput | null };
  agency?: { sicknessRisk?: AmountInput; idleRisk?: AmountInput; administration?: AmountInput; administrationPerHour?: AmountInput };
}

/** What hourlyCost takes: the model input plus the gross hourly wage. */
export interface HourlyCostInput extends HourlyCostModelInput {
  wage: AmountInput;
}

export const hourlyCostLabels: FieldLabels = {
  wage: { nl: 'bruto uurloon', en: 'gross hourly wage' },
  date: { nl: 'werkdatum', en: 'work date' },
  cao: { nl: 'cao', en: 'CAO (collective agreement)' },
  contract: { nl: 'soort contract', en: 'contract kind' },
  onCall: { nl: 'oproepcontract', en: 'on-call contract' },
  awf: { nl: 'WW-premie (AWf laag/hoog)', en: 'WW premium (AWf low/high)' },
  bbl: { nl: 'BBL-leerling', en: 'BBL learner' },
  hoursPer4Weeks: { nl: 'verloonde uren per 4 weken', en: 'paid hours per 4 weeks' },
  employerSize: { nl: 'grootte werkgever (Aof)', en: 'employer size (Aof)' },
  whk: { nl: 'Whk-premie (beschikking Belastingdienst)', en: 'Whk premium (Belastingdienst decision)' },
  pension: { nl: 'pensioenregeling', en: 'pension scheme' },
  workedWeeks: { nl: 'gewerkte weken', en: 'worked weeks' },
  age: { nl: 'leeftijd', en: 'age' },
  birthDate: { nl: 'geboortedatum', en: 'date of birth', mask: 'birthDate' },
  hoursPerWeek: { nl: 'uren per week', en: 'hours per week' },
  hirerPackage: { nl: 'pakket inlener', en: "hirer's package" },
  'hirerPackage.vacationDays': { nl: 'vakantiedagen inlener', en: "hirer's vacation days" },
  'hirerPackage.holidayAllowancePercent': { nl: 'vakantiegeld inlener (%)', en: "hirer's holiday allowance (%)" },
  agency: { nl: 'keuzes bureau', en: 'agency choices' },
  'agency.sicknessRisk': { nl: 'ziekterisico (%)', en: 'sickness risk (%)' },
  'agency.idleRisk': { nl: 'leeglooprisico (%)', en: 'idle-time risk (%)' },
  'agency.administration': { nl: 'administratiekosten (%)', en: 'administration (%)' },
  'agency.administrationPerHour': { nl: 'administratiekosten per uur', en: 'administration per hour' },
};
