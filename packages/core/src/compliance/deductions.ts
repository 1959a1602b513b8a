import * as z from 'zod';
import { InputError, parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { Decimal, roundCents, type AmountInput } from '../money/index.js';
import { defaultRules } from '../rules/defaults.js';
import { getBoolean, getDecimal, resolveParameter } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { minimumWage } from '../wages/minimumWage.js';
import {
  addRuleIssue, dateField, inputError, optional, optionalDateField, readChoice, readFlag, readHours, readId, required, type FlagInput, type IdInput,
} from '../model/fields.js';
import { defineFindings, finding, ruleOf, type Finding, type FindingRule } from './findings.js';
import { positiveCentsField, readCents, readNonNegativeAmount } from './fields.js';

/*
 * Deductions from pay and set-off against wages (DOMAIN.md §10; issue 5 §3). All amounts are
 * gross amounts of ONE wage payment.
 *
 * - The part of the wage up to the minimum wage due for the payment ("minimum-wage part", WML)
 *   is protected (BW 7:632 lid 2; BW 7:631 with WML art. 13). Only these may take it:
 *   pension premiums; advances agreed in writing BEFORE they were paid; housing up to
 *   deduction.housing.maxShareOfMinimumWage (25 %) of the minimum wage due, with a written
 *   authorisation and only for certified housing (SNF or a housing corporation); health
 *   insurance up to the estimated average nominal premium (deduction.healthInsurance.*), with a
 *   written authorisation.
 * - Every deduction takes first from the part above the minimum wage, then (where allowed) from
 *   the minimum-wage part, so the order of the deductions in a payment matters (checkDeductions
 *   keeps the running usage).
 * - Fines: only with proof and a signed authorisation, both dated on or before the payment; the
 *   CAO (art. 37) allows only judicial and administrative fines; per payment at most
 *   deduction.fines.maxShareOfWagePerPayment (10 %) of the money wage (BW 7:632 lid 2); all fines
 *   of one week together at most deduction.fines.maxDaysWagePerWeek (½) day's wage (BW 7:650);
 *   never into the minimum-wage part. The CAO also wants each set-off specified in writing in the
 *   worker's language.
 * - Housing is never above the actual cost (CAO).
 * A limit is never exceeded: an allowed amount is the largest whole-cent amount within it.
 * Health-insurance cap per pay period: month → maxPerMonth; week → maxPerYear / 52; four weeks →
 * maxPerYear / 13 (our derivation).
 * Not modelled: the lapse of the set-off restrictions at the end of employment (BW 7:632 lid 1;
 * whether the WML floor still applies then is unconfirmed in our sources) and the
 * garnishment-free amount (beslagvrije voet).
 */

export const DEDUCTION_FINDINGS = defineFindings('deductions', {
  DEDUCTION_PROOF_MISSING: {
    severity: 'error',
    meaning: { nl: 'Het bewijs (van de boete of de schade) ontbreekt of is pas na de betaaldatum ontvangen: niets inhouden.', en: 'The proof (of the fine or the damage) is missing or came in after the payment date: withhold nothing.' },
    source: 'Back-office working agreements (DOMAIN.md §1, §10); BW 7:632',
  },
  DEDUCTION_AUTHORISATION_MISSING: {
    severity: 'error',
    meaning: { nl: 'De ondertekende machtiging of schriftelijke afspraak van de uitzendkracht ontbreekt of is na de betaaldatum getekend: niets inhouden.', en: "The worker's signed authorisation or written agreement is missing or was signed after the payment date: withhold nothing." },
    source: 'BW 7:631, 7:632, 7:650; back-office working agreements (DOMAIN.md §1)',
  },
  DEDUCTION_FINE_NOT_PUBLIC: {
    severity: 'error',
    meaning: { nl: 'Alleen justitiële en bestuurlijke boetes (verkeer, belasting) mogen worden verrekend; een private boete niet.', en: 'Only judicial and administrative fines (traffic, tax) may be set off; a private fine may not.' },
    source: 'CAO voor Uitzendkrachten art. 37 (abunbbu.nl)',
  },
  DEDUCTION_FINE_NOT_SPECIFIED: {
    severity: 'warning',
    meaning: { nl: 'Elke verrekening van een boete moet schriftelijk en in de taal van de uitzendkracht worden gespecificeerd; niet bevestigd.', en: "Each set-off of a fine must be specified in writing in the worker's language; not confirmed." },
    source: 'CAO voor Uitzendkrachten art. 37 (abunbbu.nl)',
  },
  DEDUCTION_FINE_OVER_10_PERCENT: {
    severity: 'error',
    meaning: { nl: 'Boetes per loonbetaling hoogstens 10 % van het loon in geld: het meerdere wordt geweigerd.', en: 'Fines per wage payment at most 10 % of the money wage: the excess is refused.' },
    source: 'BW 7:632 lid 2',
  },
  DEDUCTION_FINE_OVER_HALF_DAY: {
    severity: 'error',
    meaning: { nl: 'Alle boetes in één week samen hoogstens een half dagloon: het meerdere wordt geweigerd.', en: "All fines in one week together at most half a day's wage: the excess is refused." },
    source: 'BW 7:650',
  },
  DEDUCTION_BELOW_MINIMUM_WAGE: {
    severity: 'error',
    meaning: { nl: 'De inhouding zou het deel van het loon tot het minimumloon aantasten; dat mag voor deze soort niet: het meerdere wordt geweigerd.', en: 'The deduction would take from the minimum-wage part of the pay, which this kind may not: the excess is refused.' },
    source: 'BW 7:632 lid 2; BW 7:631; WML art. 13',
  },
  DEDUCTION_HOUSING_NOT_CERTIFIED: {
    severity: 'error',
    meaning: { nl: 'Huisvesting mag alleen op het minimumloondeel worden ingehouden bij gecertificeerde huisvesting (SNF of woningcorporatie).', en: 'Housing may be deducted from the minimum-wage part only for certified housing (SNF or a housing corporation).' },
    source: 'WML art. 13; Besluit WML (DOMAIN.md §10)',
  },
  DEDUCTION_HOUSING_OVER_CAP: {
    severity: 'error',
    meaning: { nl: 'Huisvesting op het minimumloondeel hoogstens 25 % van het geldende minimumloon: het meerdere wordt geweigerd.', en: 'Housing on the minimum-wage part at most 25 % of the applicable minimum wage: the excess is refused.' },
    source: 'WML art. 13; deduction.housing.maxShareOfMinimumWage',
  },
  DEDUCTION_HOUSING_ABOVE_COST: {
    severity: 'error',
    meaning: { nl: 'Huisvesting nooit boven de werkelijke kosten: het meerdere wordt geweigerd.', en: 'Housing never above the actual cost: the excess is refused.' },
    source: 'CAO voor Uitzendkrachten art. 38 (abunbbu.nl)',
  },
  DEDUCTION_HEALTH_INSURANCE_OVER_CAP: {
    severity: 'error',
    meaning: { nl: 'Zorgverzekering op het minimumloondeel hoogstens de geraamde gemiddelde nominale premie: het meerdere wordt geweigerd.', en: 'Health insurance on the minimum-wage part at most the estimated average nominal premium: the excess is refused.' },
    source: 'WML art. 13; deduction.healthInsurance.*',
  },
  DEDUCTION_CAP_UNCONFIRMED: {
    severity: 'info',
    meaning: { nl: 'Het maximum dat voor deze inhouding is gebruikt, is voor dit jaar niet bevestigd in onze bronnen.', en: 'The cap used for this deduction is not confirmed in our sources for this year.' },
    source: 'DOMAIN.md §10 [?]',
  },
  DEDUCTION_ADVANCE_NOT_AGREED_BEFOREHAND: {
    severity: 'error',
    meaning: { nl: 'Een voorschot mag alleen op het minimumloondeel worden verrekend als dat vóór de betaling van het voorschot schriftelijk is afgesproken.', en: 'An advance may be set off against the minimum-wage part only if that was agreed in writing before the advance was paid.' },
    source: 'BW 7:632 lid 1c, lid 2',
  },
  DEDUCTION_EXCEEDS_WAGE: {
    severity: 'error',
    meaning: { nl: 'De inhouding is groter dan het loon dat na eerdere inhoudingen overblijft.', en: 'The deduction is larger than the wage left after earlier deductions.' },
    source: 'BW 7:632',
  },
});
const F = DEDUCTION_FINDINGS;

export const DEDUCTION_KINDS = ['fine', 'housing', 'health-insurance', 'advance', 'pension', 'damages', 'overpaid-wages', 'other'] as const;
export type DeductionKind = (typeof DEDUCTION_KINDS)[number];
export const FINE_TYPES = ['judicial', 'administrative', 'private'] as const;
export type FineType = (typeof FINE_TYPES)[number];
export const HOUSING_CERTIFICATIONS = ['snf', 'housing-corporation', 'none'] as const;
export type HousingCertification = (typeof HOUSING_CERTIFICATIONS)[number];
export const PAY_PERIODS = ['week', 'four-weeks', 'month'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

const readKind = readChoice(DEDUCTION_KINDS, {
  boete: 'fine', huisvesting: 'housing', huur: 'housing', zorgverzekering: 'health-insurance', voorschot: 'advance', pensioen: 'pension',
  schade: 'damages', 'teveel-betaald-loon': 'overpaid-wages', overig: 'other',
});
const readFineType = readChoice(FINE_TYPES, {
  justitieel: 'judicial', verkeersboete: 'judicial', cjib: 'judicial', bestuurlijk: 'administrative', belastingboete: 'administrative', privaat: 'private', prive: 'private',
});
const readCertification = readChoice(HOUSING_CERTIFICATIONS, { woningcorporatie: 'housing-corporation', geen: 'none', 'niet-gecertificeerd': 'none' });
const readPeriod = readChoice(PAY_PERIODS, { weekloon: 'week', '4-weken': 'four-weeks', vierweken: 'four-weeks', maand: 'month', maandloon: 'month' });

export const deductionSchema = z
  .object({
    id: optional<IdInput, string>('id', readId),
    kind: required<string, DeductionKind>('kind', readKind),
    amount: positiveCentsField('amount'),
    /** Date the proof (of the fine, the damage) was received. */
    proofReceivedOn: optionalDateField('proofReceivedOn'),
    /** Date the worker signed the authorisation (fine, housing, health insurance, other) or the written advance agreement. */
    authorisationSignedOn: optionalDateField('authorisationSignedOn'),
    fineType: optional<string, FineType>('fineType', readFineType),
    /** CAO art. 37: the set-off is specified in writing in the worker's language. */
    specifiedInWriting: optional<FlagInput, boolean>('specifiedInWriting', readFlag),
    certification: optional<string, HousingCertification>('certification', readCertification),
    /** Housing: the actual cost for this pay period. */
    actualCost: optional<AmountInput, Decimal>('actualCost', readCents),
    /** Advance: the day it was paid. */
    advancePaidOn: optionalDateField('advancePaidOn'),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'fine' && d.fineType === undefined) {
      addRuleIssue(ctx, ['fineType'], 'MISSING_VALUE', { nl: 'ontbreekt; verwacht judicial, administrative of private', en: 'missing; expected judicial, administrative or private' });
    }
    if (d.kind === 'housing') {
      if (d.certification === undefined) addRuleIssue(ctx, ['certification'], 'MISSING_VALUE', { nl: 'ontbreekt; verwacht snf, housing-corporation of none', en: 'missing; expected snf, housing-corporation or none' });
      if (d.actualCost === undefined) addRuleIssue(ctx, ['actualCost'], 'MISSING_VALUE', { nl: 'ontbreekt; verwacht de werkelijke kosten van de huisvesting in deze periode', en: 'missing; expected the actual housing cost for this period' });
    }
    if (d.kind === 'advance' && d.advancePaidOn === undefined) {
      addRuleIssue(ctx, ['advancePaidOn'], 'MISSING_VALUE', { nl: 'ontbreekt; verwacht de datum waarop het voorschot is betaald', en: 'missing; expected the date the advance was paid' });
    }
  });

export type DeductionInput = z.input<typeof deductionSchema>;
export type Deduction = z.output<typeof deductionSchema>;

/** What earlier deductions of the same payment (and week) already used. */
export interface DeductionUsage {
  /** Taken from the part above the minimum wage. */
  readonly aboveMinimum: Decimal;
  /** Taken from the minimum-wage part (all kinds). */
  readonly minimumPart: Decimal;
  readonly housingOnMinimum: Decimal;
  readonly healthOnMinimum: Decimal;
  /** Fines allowed in this payment. */
  readonly finesThisPayment: Decimal;
  /** Fines allowed in the same week (this and other payments). */
  readonly finesThisWeek: Decimal;
}

const amountOrZero = (name: string) => optional<AmountInput, Decimal>(name, readNonNegativeAmount).transform((v) => v ?? new Decimal(0));

const usageSchema = z
  .object({
    aboveMinimum: amountOrZero('aboveMinimum'),
    minimumPart: amountOrZero('minimumPart'),
    housingOnMinimum: amountOrZero('housingOnMinimum'),
    healthOnMinimum: amountOrZero('healthOnMinimum'),
    finesThisPayment: amountOrZero('finesThisPayment'),
    finesThisWeek: amountOrZero('finesThisWeek'),
  })
  .default(() => ({
    aboveMinimum: new Decimal(0), minimumPart: new Decimal(0), housingOnMinimum: new Decimal(0), healthOnMinimum: new Decimal(0),
    finesThisPayment: new Decimal(0), finesThisWeek: new Decimal(0),
  }));

/** Age in whole years (the minimum-wage table checks the range). */
function readAge(value: unknown, field: string): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw inputError('INVALID_AGE', field, value, { nl: 'is geen leeftijd', en: 'is not an age' }, { nl: 'een geheel aantal jaren, bijvoorbeeld 20', en: 'a whole number of years, e.g. 20' });
  }
  return n;
}

export const deductionContextSchema = z
  .object({
    /** Date of the wage payment. */
    paymentDate: dateField('paymentDate'),
    /** Date of the work the payment is for (minimum wage lookup); default the payment date. */
    workDate: optionalDateField('workDate'),
    /** Gross money wage due in this payment. */
    moneyWage: required<AmountInput, Decimal>('moneyWage', readNonNegativeAmount),
    /** Minimum wage due for this payment; or give hoursPaid (and age) to compute it. */
    minimumWageDue: optional<AmountInput, Decimal>('minimumWageDue', readNonNegativeAmount),
    hoursPaid: optional<AmountInput, Decimal>('hoursPaid', readHours({ min: 0, max: 744 })),
    age: optional<number | string, number>('age', readAge),
    bbl: optional<FlagInput, boolean>('bbl', readFlag),
    /** The wage for one working day (needed for fines: half a day's wage per week). */
    dayWage: optional<AmountInput, Decimal>('dayWage', readNonNegativeAmount),
    period: optional<string, PayPeriod>('period', readPeriod),
    workerId: optional<IdInput, string>('workerId', readId),
    used: usageSchema,
  })
  .superRefine((c, ctx) => {
    if (c.minimumWageDue === undefined && c.hoursPaid === undefined) {
      addRuleIssue(ctx, ['minimumWageDue'], 'MISSING_VALUE', {
        nl: 'ontbreekt; verwacht het minimumloon voor deze betaling, of de betaalde uren (en leeftijd) om het te berekenen',
        en: 'missing; expected the minimum wage due for this payment, or the hours paid (and age) to compute it',
      });
    }
  });

export type DeductionContextInput = z.input<typeof deductionContextSchema>;
type DeductionContext = z.output<typeof deductionContextSchema>;

export interface DeductionCheck {
  readonly id?: string;
  readonly kind: DeductionKind;
  readonly requested: Decimal;
  readonly allowed: Decimal;
  readonly refused: Decimal;
  /** Of `allowed`: taken from the part above the minimum wage, and from the minimum-wage part. */
  readonly fromAboveMinimum: Decimal;
  readonly fromMinimumPart: Decimal;
  /** The minimum wage due used for the check. */
  readonly minimumWageDue: Decimal;
  /** Usage after this deduction: pass it to the next check of the same payment. */
  readonly usage: DeductionUsage;
  readonly findings: readonly Finding[];
}

const deductionLabels: FieldLabels = {
  id: { nl: 'inhoudingsnummer', en: 'deduction number' },
  kind: { nl: 'soort inhouding', en: 'kind of deduction' },
  amount: { nl: 'bedrag', en: 'amount' },
  proofReceivedOn: { nl: 'bewijs ontvangen op', en: 'proof received on' },
  authorisationSignedOn: { nl: 'machtiging getekend op', en: 'authorisation signed on' },
  fineType: { nl: 'soort boete', en: 'kind of fine' },
  specifiedInWriting: { nl: 'schriftelijk gespecificeerd', en: 'specified in writing' },
  certification: { nl: 'keurmerk huisvesting', en: 'housing certification' },
  actualCost: { nl: 'werkelijke kosten', en: 'actual cost' },
  advancePaidOn: { nl: 'voorschot betaald op', en: 'advance paid on' },
};

const contextLabels: FieldLabels = {
  paymentDate: { nl: 'betaaldatum', en: 'payment date' },
  workDate: { nl: 'werkdatum', en: 'work date' },
  moneyWage: { nl: 'loon in geld', en: 'money wage' },
  minimumWageDue: { nl: 'minimumloon voor deze betaling', en: 'minimum wage due for this payment' },
  hoursPaid: { nl: 'betaalde uren', en: 'hours paid' },
  age: { nl: 'leeftijd', en: 'age' },
  bbl: { nl: 'bbl', en: 'BBL learner' },
  dayWage: { nl: 'dagloon', en: "day's wage" },
  period: { nl: 'loonperiode', en: 'pay period' },
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  used: { nl: 'al ingehouden', en: 'already deducted' },
};

const ZERO = new Decimal(0);
const CENT = new Decimal('0.01');

/** The largest whole-cent amount not above `x` (a limit is never exceeded). */
function centsWithin(x: Decimal): Decimal {
  if (x.lte(0)) return ZERO;
  const r = roundCents(x);
  return r.gt(x) ? r.minus(CENT) : r;
}

const en = (d: Decimal) => d.toFixed(2);
const nl = (d: Decimal) => d.toFixed(2).replace('.', ',');

function minimumDue(c: DeductionContext, rules: RuleSet): Decimal {
  if (c.minimumWageDue !== undefined) return c.minimumWageDue;
  const hourly = minimumWage(c.workDate ?? c.paymentDate, c.age ?? null, { rules, ...(c.bbl ? { bbl: true } : {}) });
  // The minimum wage due for the payment is a payslip amount: rounded to cents.
  return roundCents(hourly.times(c.hoursPaid!));
}

function healthCap(c: DeductionContext, rules: RuleSet): { cap: Decimal; rule: FindingRule; unconfirmed: boolean } {
  const period = c.period ?? 'month';
  const name = period === 'month' ? 'deduction.healthInsurance.maxPerMonth' : 'deduction.healthInsurance.maxPerYear';
  const resolved = resolveParameter(name, c.paymentDate, rules);
  const value = resolved.value as Decimal;
  const cap = period === 'month' ? value : period === 'week' ? value.div(52) : value.div(13);
  return { cap: centsWithin(cap), rule: ruleOf(name, c.paymentDate, rules), unconfirmed: resolved.unconfirmed };
}

/** Checks one parsed deduction against a parsed context. */
function check(d: Deduction, c: DeductionContext, rules: RuleSet): DeductionCheck {
  const findings: Finding[] = [];
  const pay = c.paymentDate;
  const u = c.used;
  const minimum = minimumDue(c, rules);
  const freeLeft = Decimal.max(c.moneyWage.minus(minimum).minus(u.aboveMinimum), 0);
  const minimumLeft = Decimal.max(Decimal.min(minimum, c.moneyWage).minus(u.minimumPart), 0);
  const ref = { workerId: c.workerId, recordId: d.id, date: pay };
  const label = d.id ? `${d.id} ` : '';
  const what: Texts = { nl: `Inhouding ${label}(${d.kind}, ${nl(d.amount)})`, en: `Deduction ${label}(${d.kind}, ${en(d.amount)})` };
  const add = (spec: (typeof F)[keyof typeof F], texts: Texts, field?: string, rule?: FindingRule) =>
    findings.push(finding(spec, { nl: `${what.nl}: ${texts.nl}`, en: `${what.en}: ${texts.en}` }, { ref: { ...ref, ...(field ? { field } : {}) }, ...(rule ? { rule } : {}) }));

  const result = (fromAbove: Decimal, fromMin: Decimal, extra: Partial<DeductionUsage> = {}): DeductionCheck => {
    const allowed = fromAbove.plus(fromMin);
    return {
      ...(d.id ? { id: d.id } : {}),
      kind: d.kind,
      requested: d.amount,
      allowed,
      refused: d.amount.minus(allowed),
      fromAboveMinimum: fromAbove,
      fromMinimumPart: fromMin,
      minimumWageDue: minimum,
      usage: {
        aboveMinimum: u.aboveMinimum.plus(fromAbove),
        minimumPart: u.minimumPart.plus(fromMin),
        housingOnMinimum: u.housingOnMinimum.plus(extra.housingOnMinimum ?? ZERO),
        healthOnMinimum: u.healthOnMinimum.plus(extra.healthOnMinimum ?? ZERO),
        finesThisPayment: u.finesThisPayment.plus(extra.finesThisPayment ?? ZERO),
        finesThisWeek: u.finesThisWeek.plus(extra.finesThisWeek ?? ZERO),
      },
      findings,
    };
  };
  const refuseAll = () => result(ZERO, ZERO);

  // Documents: proof and the worker's signed authorisation, both dated on or before the payment.
  const needsProof = d.kind === 'fine' || d.kind === 'damages';
  const needsAuthorisation = d.kind === 'fine' || d.kind === 'housing' || d.kind === 'health-insurance' || d.kind === 'advance' || d.kind === 'other';
  let blocked = false;
  if (d.kind === 'fine' && d.fineType === 'private' && getBoolean('deduction.fines.publicFinesOnly', pay, rules)) {
    add(F.DEDUCTION_FINE_NOT_PUBLIC, {
      nl: 'een private boete mag niet worden verrekend; alleen justitiële en bestuurlijke boetes (verkeer, belasting). Niets inhouden.',
      en: 'a private fine may not be set off; only judicial and administrative fines (traffic, tax). Withhold nothing.',
    }, 'fineType', ruleOf('deduction.fines.publicFinesOnly', pay, rules));
    blocked = true;
  }
  if (needsProof && (d.proofReceivedOn === undefined || d.proofReceivedOn > pay)) {
    add(F.DEDUCTION_PROOF_MISSING, d.proofReceivedOn === undefined
      ? { nl: `geen bewijs ontvangen; nodig vóór de betaling op ${pay}. Niets inhouden.`, en: `no proof received; needed before the payment on ${pay}. Withhold nothing.` }
      : { nl: `bewijs pas ontvangen op ${d.proofReceivedOn}, na de betaling op ${pay}. Niets inhouden in deze betaling.`, en: `proof received only on ${d.proofReceivedOn}, after the payment on ${pay}. Withhold nothing in this payment.` },
    'proofReceivedOn', { source: 'Back-office working agreements (DOMAIN.md §1); BW 7:632' });
    blocked = true;
  }
  if (needsAuthorisation && (d.authorisationSignedOn === undefined || d.authorisationSignedOn > pay)) {
    const doc: Texts = d.kind === 'advance' ? { nl: 'schriftelijke voorschotafspraak', en: 'written advance agreement' } : { nl: 'ondertekende machtiging', en: 'signed authorisation' };
    add(F.DEDUCTION_AUTHORISATION_MISSING, d.authorisationSignedOn === undefined
      ? { nl: `geen ${doc.nl} van de uitzendkracht; nodig vóór de betaling op ${pay}. Niets inhouden.`, en: `no ${doc.en} of the worker; needed before the payment on ${pay}. Withhold nothing.` }
      : { nl: `${doc.nl} pas getekend op ${d.authorisationSignedOn}, na de betaling op ${pay}. Niets inhouden in deze betaling.`, en: `${doc.en} signed only on ${d.authorisationSignedOn}, after the payment on ${pay}. Withhold nothing in this payment.` },
    'authorisationSignedOn', { source: d.kind === 'advance' ? 'BW 7:632 lid 1c' : 'BW 7:631; back-office working agreements (DOMAIN.md §1)' });
    blocked = true;
  }
  if (blocked) return refuseAll();

  const belowMinimum = (refused: Decimal) =>
    add(F.DEDUCTION_BELOW_MINIMUM_WAGE, {
      nl: `boven het minimumloon (${nl(minimum)}) is nog ${nl(freeLeft)} vrij; ${nl(refused)} zou het minimumloondeel aantasten en wordt geweigerd.`,
      en: `${en(freeLeft)} is left above the minimum wage (${en(minimum)}); ${en(refused)} would take from the minimum-wage part and is refused.`,
    }, 'amount', { source: 'BW 7:632 lid 2; BW 7:631; WML art. 13' });
  const exceedsWage = (refused: Decimal) =>
    add(F.DEDUCTION_EXCEEDS_WAGE, {
      nl: `na eerdere inhoudingen blijft ${nl(freeLeft.plus(minimumLeft))} loon over; ${nl(refused)} wordt geweigerd.`,
      en: `${en(freeLeft.plus(minimumLeft))} of wage is left after earlier deductions; ${en(refused)} is refused.`,
    }, 'amount', { source: 'BW 7:632' });

  switch (d.kind) {
    case 'fine': {
      if (d.specifiedInWriting !== true) {
        add(F.DEDUCTION_FINE_NOT_SPECIFIED, {
          nl: 'specificeer de verrekening schriftelijk, in de taal van de uitzendkracht (cao art. 37).',
          en: "specify the set-off in writing, in the worker's language (CAO art. 37).",
        }, 'specifiedInWriting', ruleOf('deduction.fines.publicFinesOnly', pay, rules));
      }
      const share = getDecimal('deduction.fines.maxShareOfWagePerPayment', pay, rules);
      const cap10 = centsWithin(c.moneyWage.times(share).minus(u.finesThisPayment));
      const dayWage = c.dayWage!; // required by requireDayWage for fines
      const days = getDecimal('deduction.fines.maxDaysWagePerWeek', pay, rules);
      const capWeek = centsWithin(dayWage.times(days).minus(u.finesThisWeek));
      let allowed = Decimal.min(d.amount, cap10, capWeek, freeLeft);
      allowed = Decimal.max(allowed, 0);
      if (d.amount.gt(cap10)) {
        add(F.DEDUCTION_FINE_OVER_10_PERCENT, {
          nl: `hoogstens ${share.times(100).toString().replace('.', ',')} % van het loon in geld (${nl(c.moneyWage)}) per betaling${u.finesThisPayment.gt(0) ? `, min ${nl(u.finesThisPayment)} al verrekend` : ''}: ${nl(cap10)}.`,
          en: `at most ${share.times(100).toString()} % of the money wage (${en(c.moneyWage)}) per payment${u.finesThisPayment.gt(0) ? `, less ${en(u.finesThisPayment)} already set off` : ''}: ${en(cap10)}.`,
        }, 'amount', ruleOf('deduction.fines.maxShareOfWagePerPayment', pay, rules));
      }
      if (d.amount.gt(capWeek)) {
        add(F.DEDUCTION_FINE_OVER_HALF_DAY, {
          nl: `alle boetes van de week samen hoogstens ${days.toString().replace('.', ',')} dagloon (${nl(dayWage)})${u.finesThisWeek.gt(0) ? `, min ${nl(u.finesThisWeek)} al verrekend` : ''}: ${nl(capWeek)}.`,
          en: `all fines of the week together at most ${days.toString()} day's wage (${en(dayWage)})${u.finesThisWeek.gt(0) ? `, less ${en(u.finesThisWeek)} already set off` : ''}: ${en(capWeek)}.`,
        }, 'amount', ruleOf('deduction.fines.maxDaysWagePerWeek', pay, rules));
      }
      if (d.amount.gt(freeLeft)) belowMinimum(d.amount.minus(freeLeft));
      return result(allowed, ZERO, { finesThisPayment: allowed, finesThisWeek: allowed });
    }
    case 'housing': {
      let rest = d.amount;
      if (d.actualCost !== undefined && d.amount.gt(d.actualCost)) {
        add(F.DEDUCTION_HOUSING_ABOVE_COST, {
          nl: `de werkelijke kosten zijn ${nl(d.actualCost)}; ${nl(d.amount.minus(d.actualCost))} wordt geweigerd.`,
          en: `the actual cost is ${en(d.actualCost)}; ${en(d.amount.minus(d.actualCost))} is refused.`,
        }, 'amount', { source: 'CAO voor Uitzendkrachten art. 38 (abunbbu.nl)' });
        rest = d.actualCost;
      }
      const fromAbove = Decimal.min(rest, freeLeft);
      rest = rest.minus(fromAbove);
      if (rest.isZero()) return result(fromAbove, ZERO);
      if (d.certification === 'none') {
        add(F.DEDUCTION_HOUSING_NOT_CERTIFIED, {
          nl: `de huisvesting is niet gecertificeerd (SNF of woningcorporatie): alleen het deel boven het minimumloon (${nl(fromAbove)}) mag; ${nl(rest)} wordt geweigerd.`,
          en: `the housing is not certified (SNF or a housing corporation): only the part above the minimum wage (${en(fromAbove)}) may be used; ${en(rest)} is refused.`,
        }, 'certification', { source: 'WML art. 13 (DOMAIN.md §10)' });
        return result(fromAbove, ZERO);
      }
      const share = getDecimal('deduction.housing.maxShareOfMinimumWage', pay, rules);
      const cap = centsWithin(minimum.times(share).minus(u.housingOnMinimum));
      const fromMin = Decimal.min(rest, cap, minimumLeft);
      if (rest.gt(cap)) {
        add(F.DEDUCTION_HOUSING_OVER_CAP, {
          nl: `op het minimumloondeel hoogstens ${share.times(100).toString().replace('.', ',')} % van het minimumloon (${nl(minimum)})${u.housingOnMinimum.gt(0) ? `, min ${nl(u.housingOnMinimum)} al ingehouden` : ''}: ${nl(cap)}; ${nl(rest.minus(cap))} wordt geweigerd.`,
          en: `on the minimum-wage part at most ${share.times(100).toString()} % of the minimum wage (${en(minimum)})${u.housingOnMinimum.gt(0) ? `, less ${en(u.housingOnMinimum)} already deducted` : ''}: ${en(cap)}; ${en(rest.minus(cap))} is refused.`,
        }, 'amount', ruleOf('deduction.housing.maxShareOfMinimumWage', pay, rules));
      } else if (rest.gt(fromMin)) exceedsWage(rest.minus(fromMin));
      return result(fromAbove, fromMin, { housingOnMinimum: fromMin });
    }
    case 'health-insurance': {
      const { cap: periodCap, rule, unconfirmed } = healthCap(c, rules);
      if (unconfirmed) {
        add(F.DEDUCTION_CAP_UNCONFIRMED, {
          nl: `het maximum voor de zorgverzekering (${nl(periodCap)} per ${c.period ?? 'month'}) is het bedrag van 2024; het bedrag voor ${pay.slice(0, 4)} staat niet in onze bronnen.`,
          en: `the health-insurance cap (${en(periodCap)} per ${c.period ?? 'month'}) is the 2024 amount; the amount for ${pay.slice(0, 4)} is not in our sources.`,
        }, 'amount', rule);
      }
      let rest = d.amount;
      const fromAbove = Decimal.min(rest, freeLeft);
      rest = rest.minus(fromAbove);
      const cap = Decimal.max(periodCap.minus(u.healthOnMinimum), 0);
      const fromMin = Decimal.min(rest, cap, minimumLeft);
      if (rest.gt(cap)) {
        add(F.DEDUCTION_HEALTH_INSURANCE_OVER_CAP, {
          nl: `op het minimumloondeel hoogstens de geraamde gemiddelde nominale premie: ${nl(periodCap)} per ${c.period ?? 'month'}${u.healthOnMinimum.gt(0) ? `, min ${nl(u.healthOnMinimum)} al ingehouden` : ''}; ${nl(rest.minus(cap))} wordt geweigerd.`,
          en: `on the minimum-wage part at most the estimated average nominal premium: ${en(periodCap)} per ${c.period ?? 'month'}${u.healthOnMinimum.gt(0) ? `, less ${en(u.healthOnMinimum)} already deducted` : ''}; ${en(rest.minus(cap))} is refused.`,
        }, 'amount', rule);
      } else if (rest.gt(fromMin)) exceedsWage(rest.minus(fromMin));
      return result(fromAbove, fromMin, { healthOnMinimum: fromMin });
    }
    case 'advance': {
      const fromAbove = Decimal.min(d.amount, freeLeft);
      const rest = d.amount.minus(fromAbove);
      if (rest.isZero()) return result(fromAbove, ZERO);
      if (d.authorisationSignedOn! > d.advancePaidOn!) {
        add(F.DEDUCTION_ADVANCE_NOT_AGREED_BEFOREHAND, {
          nl: `de afspraak is getekend op ${d.authorisationSignedOn}, na de betaling van het voorschot op ${d.advancePaidOn}: alleen boven het minimumloon (${nl(fromAbove)}); ${nl(rest)} wordt geweigerd.`,
          en: `the agreement was signed on ${d.authorisationSignedOn}, after the advance was paid on ${d.advancePaidOn}: only above the minimum wage (${en(fromAbove)}); ${en(rest)} is refused.`,
        }, 'authorisationSignedOn', { source: 'BW 7:632 lid 1c, lid 2' });
        return result(fromAbove, ZERO);
      }
      const fromMin = Decimal.min(rest, minimumLeft);
      if (rest.gt(fromMin)) exceedsWage(rest.minus(fromMin));
      return result(fromAbove, fromMin);
    }
    case 'pension': {
      const fromAbove = Decimal.min(d.amount, freeLeft);
      const fromMin = Decimal.min(d.amount.minus(fromAbove), minimumLeft);
      if (d.amount.gt(fromAbove.plus(fromMin))) exceedsWage(d.amount.minus(fromAbove).minus(fromMin));
      return result(fromAbove, fromMin);
    }
    default: {
      const fromAbove = Decimal.min(d.amount, freeLeft);
      if (d.amount.gt(fromAbove)) belowMinimum(d.amount.minus(fromAbove));
      return result(fromAbove, ZERO);
    }
  }
}

function parseContext(context: DeductionContextInput): DeductionContext {
  return parseWith(deductionContextSchema, context, { nl: 'loonbetaling', en: 'wage payment' }, contextLabels);
}

/**
 * Checks one deduction from one wage payment (issue 5 §3; DOMAIN.md §10): the allowed and the
 * refused amount, and findings naming the missing piece or the limit. Throws InvalidInputError
 * on bad input (e.g. a fine without the day's wage to check the weekly limit).
 */
export function checkDeduction(deduction: DeductionInput, context: DeductionContextInput, rules: RuleSet = defaultRules): DeductionCheck {
  const d = parseWith(deductionSchema, deduction, { nl: 'inhouding', en: 'deduction' }, deductionLabels);
  return check(d, requireDayWage([d], parseContext(context)), rules);
}

export interface DeductionsCheck {
  readonly results: readonly DeductionCheck[];
  readonly allowed: Decimal;
  readonly refused: Decimal;
  readonly usage: DeductionUsage;
  readonly findings: readonly Finding[];
}

/** Checks the deductions of one payment in order, each using what the earlier ones left. */
export function checkDeductions(deductions: readonly DeductionInput[], context: DeductionContextInput, rules: RuleSet = defaultRules): DeductionsCheck {
  const list = parseWith(z.array(deductionSchema), deductions, { nl: 'inhoudingen', en: 'deductions' }, { '': { nl: 'inhouding', en: 'deduction' }, ...deductionLabels });
  let c = requireDayWage(list, parseContext(context));
  const results: DeductionCheck[] = [];
  for (const d of list) {
    const r = check(d, c, rules);
    results.push(r);
    c = { ...c, used: r.usage };
  }
  return {
    results,
    allowed: results.reduce((t, r) => t.plus(r.allowed), ZERO),
    refused: results.reduce((t, r) => t.plus(r.refused), ZERO),
    usage: c.used,
    findings: results.flatMap((r) => r.findings),
  };
}

function requireDayWage(list: readonly Deduction[], c: DeductionContext): DeductionContext {
  if (c.dayWage === undefined && list.some((d) => d.kind === 'fine')) {
    throw new InputError(
      'MISSING_VALUE',
      {
        nl: "loonbetaling: dagloon: ontbreekt; verwacht het loon voor één werkdag, nodig voor de grens van een half dagloon aan boetes per week (BW 7:650)",
        en: "wage payment: day's wage: missing; expected the wage for one working day, needed for the limit of half a day's wage in fines per week (BW 7:650)",
      },
      'dayWage',
    );
  }
  return c;
}
