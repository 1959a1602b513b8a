import * as z from 'zod';
import { Decimal, ZERO, roundCents, type AmountInput } from '../money/index.js';
import { InputError, parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { finding, ruleOf, type Finding } from '../compliance/findings.js';
import { toDate, type DateInput } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import { getDecimal, getInteger } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { CREDIT_INSURANCE, type CreditInsurance } from '../model/hirer.js';
import { amountField, dateField, idField, optional, optionalAmountField, readChoice, readId, required, type IdInput } from '../model/fields.js';
import { euroText } from '../cost/format.js';
import { INVOICING_FINDINGS as F } from './findings.js';

/*
 * Credit exposure per hirer (DOMAIN.md §14; [S] atradius.be, working agreements):
 *   open        = Σ (invoice amount incl. VAT − paid) over unpaid invoices
 *   insured     = min(open on invoices dated before the cover stop, limit), insured hirers only;
 *                 the insurer pays policy.creditInsuranceCover (90 %) of it, the back-office carries the rest (10 %)
 *   own assessment = min(open, limit) for hirers the back-office covers on its own assessment
 *   agency risk = open − insured − own assessment (everything for an uninsurable hirer)
 *   cover stops policy.creditCoverStopsAfterMonths (2) months after the due date of the oldest
 *   unpaid invoice; deliveries (invoices) from that day on are not insured.
 * Amounts of the insurer's and back-office's parts are rounded half-up to cents.
 */

const readInsurance = readChoice(CREDIT_INSURANCE, {
  verzekerd: 'insured', 'eigen-beoordeling': 'own-assessment', 'eigen-risico': 'own-assessment', onverzekerd: 'uninsured', 'niet-verzekerd': 'uninsured',
});

const hirerSchema = z.object({
  id: idField('id'),
  creditLimit: amountField('creditLimit', { min: 0 }),
  creditInsurance: required<string, CreditInsurance>('creditInsurance', readInsurance),
});

const invoiceSchema = z.object({
  hirerId: idField('hirerId'),
  number: optional<IdInput, string>('number', readId),
  /** Invoice (delivery) date. */
  date: dateField('date'),
  dueDate: dateField('dueDate'),
  /** Amount including VAT. */
  amount: amountField('amount', { min: 0 }),
  /** Paid so far (partial payments, credit notes). */
  paid: optionalAmountField('paid', { min: 0 }),
});

const optionsSchema = z.object({
  asOf: dateField('asOf'),
  /** New proformas to check against the limits: amount incl. VAT (Proforma.total). */
  proposed: z.array(z.object({ hirerId: idField('hirerId'), amount: amountField('amount', { min: 0 }) })).default([]),
});

export interface CreditHirerInput {
  id: IdInput;
  creditLimit: AmountInput;
  creditInsurance: CreditInsurance | string;
}

export interface CreditInvoiceInput {
  hirerId: IdInput;
  number?: IdInput;
  date: DateInput;
  dueDate: DateInput;
  amount: AmountInput;
  paid?: AmountInput;
}

export interface CreditExposureOptions {
  asOf: DateInput;
  proposed?: { hirerId: IdInput; amount: AmountInput }[];
  rules?: RuleSet;
}

export interface HirerExposure {
  readonly hirerId: string;
  readonly insurance: CreditInsurance;
  readonly limit: Decimal;
  readonly open: Decimal;
  readonly openInvoices: number;
  /** Open on invoices past their due date on asOf. */
  readonly overdue: Decimal;
  readonly oldestUnpaidDue: string | null;
  readonly coverStopsOn: string | null;
  readonly coverStopped: boolean;
  /** Open amount the credit insurance covers (within the limit, delivered before the cover stop). */
  readonly insured: Decimal;
  readonly insurerPays: Decimal;
  readonly backOfficeOwnRisk: Decimal;
  /** Covered by the back-office on its own assessment. */
  readonly ownAssessment: Decimal;
  /** The rest: the agency's risk. */
  readonly agencyRisk: Decimal;
  /** limit − open, never below 0. */
  readonly headroom: Decimal;
  readonly proposed: Decimal;
  /** open + proposed − limit when positive (at most the proposed amount). */
  readonly proposedOverLimit: Decimal;
  /** The new work's part at the agency's risk: above the limit, all of it once cover has stopped, all of it for an uninsurable hirer. */
  readonly proposedAtAgencyRisk: Decimal;
  readonly findings: readonly Finding[];
}

export interface CreditExposure {
  readonly asOf: string;
  readonly hirers: readonly HirerExposure[];
  readonly totals: {
    readonly open: Decimal;
    readonly insured: Decimal;
    readonly insurerPays: Decimal;
    readonly backOfficeOwnRisk: Decimal;
    readonly ownAssessment: Decimal;
    readonly agencyRisk: Decimal;
  };
  readonly findings: readonly Finding[];
}

const HIRER_LABELS: FieldLabels = {
  '': { nl: 'inleners', en: 'hirers' },
  id: { nl: 'relatienummer inlener', en: 'hirer number' },
  creditLimit: { nl: 'kredietlimiet', en: 'credit limit' },
  creditInsurance: { nl: 'kredietverzekering', en: 'credit insurance' },
};
const INVOICE_LABELS: FieldLabels = {
  '': { nl: 'facturen', en: 'invoices' },
  hirerId: { nl: 'relatienummer inlener', en: 'hirer number' },
  number: { nl: 'factuurnummer', en: 'invoice number' },
  date: { nl: 'factuurdatum', en: 'invoice date' },
  dueDate: { nl: 'vervaldatum', en: 'due date' },
  amount: { nl: 'factuurbedrag incl. btw', en: 'invoice amount incl. VAT' },
  paid: { nl: 'betaald', en: 'paid' },
};
const OPTION_LABELS: FieldLabels = {
  asOf: { nl: 'peildatum', en: 'as of' },
  proposed: { nl: 'nieuwe proforma\'s', en: 'new proformas' },
  'proposed.hirerId': { nl: 'relatienummer inlener', en: 'hirer number' },
  'proposed.amount': { nl: 'bedrag incl. btw', en: 'amount incl. VAT' },
};

/**
 * Open amounts per hirer against the credit limits: the insured part (insurer 90 %, back-office
 * 10 %), the part covered on the back-office's own assessment, the agency's risk, the cover stop,
 * and findings when a new proforma would pass the limit.
 */
export function creditExposure(hirers: readonly CreditHirerInput[], invoices: readonly CreditInvoiceInput[], options: CreditExposureOptions): CreditExposure {
  const hs = parseWith(z.array(hirerSchema), hirers, { nl: 'inleners', en: 'hirers' }, HIRER_LABELS);
  const inv = parseWith(z.array(invoiceSchema), invoices, { nl: 'facturen', en: 'invoices' }, INVOICE_LABELS);
  // Without options the schema says asOf is missing (a TypeError on destructuring otherwise).
  const { rules: ruleSet, ...rest } = (options ?? {}) as CreditExposureOptions;
  const opts = parseWith(optionsSchema, rest, { nl: 'kredietpositie', en: 'credit exposure' }, OPTION_LABELS);
  const rules = ruleSet ?? defaultRules;
  const asOf = opts.asOf;
  const coverShare = getDecimal('policy.creditInsuranceCover', asOf, rules);
  const stopMonths = getInteger('policy.creditCoverStopsAfterMonths', asOf, rules);

  const byId = new Map<string, (typeof hs)[number]>();
  hs.forEach((h, i) => {
    if (byId.has(h.id)) throw new InputError('DUPLICATE_HIRER', { nl: `inleners nr. ${i + 1}: relatienummer ${h.id} komt dubbel voor`, en: `hirers no. ${i + 1}: hirer number ${h.id} appears twice` }, `hirers[${i}].id`);
    byId.set(h.id, h);
  });
  const unknown = (list: { hirerId: string }[], what: Texts, field: string) =>
    list.forEach((x, i) => {
      if (!byId.has(x.hirerId)) {
        throw new InputError('UNKNOWN_HIRER', { nl: `${what.nl} nr. ${i + 1}: relatienummer ${x.hirerId} staat niet in de lijst met inleners`, en: `${what.en} no. ${i + 1}: hirer number ${x.hirerId} is not in the list of hirers` }, `${field}[${i}].hirerId`);
      }
    });
  unknown(inv, { nl: 'facturen', en: 'invoices' }, 'invoices');
  unknown(opts.proposed, { nl: 'nieuwe proforma\'s', en: 'new proformas' }, 'proposed');

  const results: HirerExposure[] = hs.map((h) => {
    const findings: Finding[] = [];
    const ref = { hirerId: h.id, date: asOf };
    const openOnes = inv
      .filter((i) => i.hirerId === h.id)
      .map((i) => ({ ...i, open: i.amount.minus(i.paid ?? ZERO) }))
      .filter((i) => i.open.gt(0));
    const open = openOnes.reduce((s, i) => s.plus(i.open), ZERO);
    const overdueOnes = openOnes.filter((i) => i.dueDate < asOf);
    const overdue = overdueOnes.reduce((s, i) => s.plus(i.open), ZERO);
    const oldestUnpaidDue = openOnes.length > 0 ? openOnes.map((i) => i.dueDate).sort()[0]! : null;
    const coverStopsOn = oldestUnpaidDue ? toDate(oldestUnpaidDue).plus({ months: stopMonths }).toISODate()! : null;
    const coverStopped = coverStopsOn !== null && asOf >= coverStopsOn;
    const limit = h.creditInsurance === 'uninsured' ? ZERO : h.creditLimit;

    let insured = ZERO;
    let ownAssessment = ZERO;
    if (h.creditInsurance === 'insured') {
      const coverable = openOnes.filter((i) => coverStopsOn === null || i.date < coverStopsOn).reduce((s, i) => s.plus(i.open), ZERO);
      insured = Decimal.min(coverable, limit);
    } else if (h.creditInsurance === 'own-assessment') {
      ownAssessment = Decimal.min(open, limit);
    }
    const insurerPays = roundCents(insured.mul(coverShare));
    const backOfficeOwnRisk = insured.minus(insurerPays);
    const agencyRisk = open.minus(insured).minus(ownAssessment);
    const proposed = opts.proposed.filter((p) => p.hirerId === h.id).reduce((s, p) => s.plus(p.amount), ZERO);
    const proposedOverLimit = Decimal.max(ZERO, Decimal.min(proposed, open.plus(proposed).minus(limit)));
    const proposedAtAgencyRisk = h.creditInsurance === 'uninsured' || (h.creditInsurance === 'insured' && coverStopped) ? proposed : proposedOverLimit;

    if (h.creditInsurance === 'uninsured' && (open.gt(0) || proposed.gt(0))) {
      findings.push(
        finding(F.CREDIT_UNINSURED, {
          nl: `Inlener ${h.id} is niet verzekerbaar: ${euroText(open.plus(proposed)).nl} is volledig risico van het bureau.`,
          en: `Hirer ${h.id} is uninsurable: ${euroText(open.plus(proposed)).en} is entirely the agency's risk.`,
        }, { ref }),
      );
    }
    if (limit.gt(0) && open.gt(limit)) {
      findings.push(
        finding(F.CREDIT_LIMIT_EXCEEDED, {
          nl: `Inlener ${h.id}: open ${euroText(open).nl} boven de limiet van ${euroText(limit).nl}; ${euroText(open.minus(limit)).nl} is niet gedekt.`,
          en: `Hirer ${h.id}: open ${euroText(open).en} above the limit of ${euroText(limit).en}; ${euroText(open.minus(limit)).en} is not covered.`,
        }, { ref }),
      );
    }
    if (h.creditInsurance !== 'uninsured' && proposedOverLimit.gt(0)) {
      findings.push(
        finding(F.CREDIT_PROFORMA_OVER_LIMIT, {
          nl: `Inlener ${h.id}: open ${euroText(open).nl} + nieuwe proforma ${euroText(proposed).nl} = ${euroText(open.plus(proposed)).nl}, boven de limiet van ${euroText(limit).nl}; ${euroText(proposedOverLimit).nl} van het nieuwe werk is voor risico van het bureau.`,
          en: `Hirer ${h.id}: open ${euroText(open).en} + new proforma ${euroText(proposed).en} = ${euroText(open.plus(proposed)).en}, above the limit of ${euroText(limit).en}; ${euroText(proposedOverLimit).en} of the new work is at the agency's risk.`,
        }, { ref }),
      );
    }
    if (h.creditInsurance === 'insured' && coverStopped) {
      findings.push(
        finding(F.CREDIT_COVER_STOPPED, {
          nl: `Inlener ${h.id}: de oudste onbetaalde factuur verviel op ${oldestUnpaidDue}; de dekking stopte op ${coverStopsOn}. Nieuwe leveringen zijn niet verzekerd${proposed.gt(0) ? ` (nieuwe proforma ${euroText(proposed).nl}: risico van het bureau)` : ''}.`,
          en: `Hirer ${h.id}: the oldest unpaid invoice was due on ${oldestUnpaidDue}; cover stopped on ${coverStopsOn}. New deliveries are not insured${proposed.gt(0) ? ` (new proforma ${euroText(proposed).en}: agency's risk)` : ''}.`,
        }, { ref, rule: ruleOf('policy.creditCoverStopsAfterMonths', asOf, rules) }),
      );
    } else if (overdue.gt(0)) {
      findings.push(
        finding(F.CREDIT_OVERDUE, {
          nl: `Inlener ${h.id}: ${euroText(overdue).nl} vervallen (oudste vervaldatum ${oldestUnpaidDue})${h.creditInsurance === 'insured' ? `; de dekking stopt op ${coverStopsOn}` : ''}.`,
          en: `Hirer ${h.id}: ${euroText(overdue).en} overdue (oldest due date ${oldestUnpaidDue})${h.creditInsurance === 'insured' ? `; cover stops on ${coverStopsOn}` : ''}.`,
        }, { ref, rule: ruleOf('policy.creditCoverStopsAfterMonths', asOf, rules) }),
      );
    }

    return Object.freeze({
      hirerId: h.id,
      insurance: h.creditInsurance,
      limit,
      open,
      openInvoices: openOnes.length,
      overdue,
      oldestUnpaidDue,
      coverStopsOn,
      coverStopped,
      insured,
      insurerPays,
      backOfficeOwnRisk,
      ownAssessment,
      agencyRisk,
      headroom: Decimal.max(ZERO, limit.minus(open)),
      proposed,
      proposedOverLimit,
      proposedAtAgencyRisk,
      findings: Object.freeze(findings),
    });
  });

  const total = (pick: (h: HirerExposure) => Decimal) => results.reduce((s, h) => s.plus(pick(h)), ZERO);
  return Object.freeze({
    asOf,
    hirers: Object.freeze(results),
    totals: Object.freeze({
      open: total((h) => h.open),
      insured: total((h) => h.insured),
      insurerPays: total((h) => h.insurerPays),
      backOfficeOwnRisk: total((h) => h.backOfficeOwnRisk),
      ownAssessment: total((h) => h.ownAssessment),
      agencyRisk: total((h) => h.agencyRisk),
    }),
    findings: Object.freeze(results.flatMap((h) => h.findings)),
  });
}

