import * as z from 'zod';
import { Decimal, ZERO, roundCents, sum, type AmountInput } from '../money/index.js';
import { parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { finding, ruleOf, type Finding } from '../compliance/findings.js';
import { toDate, type DateInput } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import { getDecimal, getString } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import {
  amountField, dateField, inputError, optional, optionalFlagField, readChoice, readHours, readId, readText, required, type FlagInput, type IdInput,
} from '../model/fields.js';
import { euroText, percentText } from '../cost/format.js';
import { INVOICING_FINDINGS as F } from './findings.js';

/*
 * Proforma: the expected invoice for a hirer (DOMAIN.md §14).
 *   line amount = workers × hours × rate, rounded half-up to cents (an invoice line)
 *   VAT         = line amount × 21 %, rounded half-up to cents PER LINE (our choice among the two the
 *                 Belastingdienst allows, applied consistently: it is the rounding point money/round.ts
 *                 names for every invoice line, so proformas and margin invoices agree); the VAT total
 *                 is the sum of the rounded line VATs
 *   reverse charge (btw verlegd) for physical work in the sectors of vat.reverseChargeSectors: no VAT
 *   G-account   = gAccount.share (25 %) of the total INCLUDING VAT, or gAccount.shareReverseCharge
 *                 (20 %) of the total when reverse-charged; rounded half-up to cents
 * Example [D]: 1.000 + 21 % = 1.210 → 25 % = 302,50 to the G-account.
 */

export const SECTORS = ['construction', 'shipbuilding', 'cleaning', 'gardening', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

const readSector = readChoice(SECTORS, {
  bouw: 'construction', scheepsbouw: 'shipbuilding', schoonmaak: 'cleaning', hoveniers: 'gardening', hovenier: 'gardening', overig: 'other', anders: 'other',
});

/** A whole number from `min` to `max`, given as a number or as digits in text. */
function readWholeIn(min: number, max: number, problem: Texts, expected: Texts) {
  return (value: unknown, field: string): number => {
    const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw inputError('OUT_OF_RANGE', field, value, problem, expected);
    return n;
  };
}

const readWorkers = readWholeIn(1, 100_000, { nl: 'is geen aantal', en: 'is not a count' }, { nl: 'een geheel aantal van 1 tot en met 100.000', en: 'a whole number from 1 to 100,000' });
const readPaymentTermDays = readWholeIn(0, 365, { nl: 'is geen betaaltermijn', en: 'is not a payment term' }, { nl: 'een aantal dagen, 0 tot en met 365', en: 'a number of days, 0 to 365' });

const lineSchema = z.object({
  description: optional<string, string>('description', readText),
  workerId: optional<IdInput, string>('workerId', readId),
  workers: optional<AmountInput, number>('workers', readWorkers),
  hours: required<AmountInput, Decimal>('hours', readHours({ min: 0, max: 100_000 })),
  rate: amountField('rate', { positive: true }),
});

const proformaSchema = z.object({
  hirerId: optional<IdInput, string>('hirerId', readId),
  date: dateField('date'),
  lines: z.array(lineSchema).min(1),
  sector: optional<string, Sector>('sector', readSector),
  physicalWork: optionalFlagField('physicalWork'),
  reverseCharge: optionalFlagField('reverseCharge'),
  gAccount: optionalFlagField('gAccount'),
  paymentTermDays: optional<AmountInput, number>('paymentTermDays', readPaymentTermDays),
});

export interface ProformaLineInput {
  description?: string;
  workerId?: IdInput;
  /** Number of workers (default 1). */
  workers?: AmountInput;
  /** Hours per worker. */
  hours: AmountInput;
  /** Billing rate per hour, excluding VAT. */
  rate: AmountInput;
}

export interface ProformaInput {
  hirerId?: IdInput;
  /** Proforma date: the VAT rate of that day applies. */
  date: DateInput;
  lines: ProformaLineInput[];
  sector?: Sector | string;
  /** The staff do physical work (with a listed sector: reverse charge). */
  physicalWork?: FlagInput;
  /** Decide reverse charge explicitly (overrides the sector rule). */
  reverseCharge?: FlagInput;
  /** Pay part to the G-account (default: yes). */
  gAccount?: FlagInput;
  /** Days from the proforma date to the due date. */
  paymentTermDays?: AmountInput;
}

export interface ProformaLine {
  readonly description?: string;
  readonly workerId?: string;
  readonly workers: number;
  readonly hours: Decimal;
  readonly rate: Decimal;
  /** workers × hours × rate, cents. */
  readonly amount: Decimal;
  readonly vatRate: Decimal;
  /** VAT of this line, cents (0 when reverse-charged). */
  readonly vat: Decimal;
}

export interface Proforma {
  readonly hirerId?: string;
  readonly date: string;
  readonly dueDate?: string;
  readonly lines: readonly ProformaLine[];
  readonly reverseCharge: boolean;
  readonly vatRate: Decimal;
  readonly vatRounding: 'per-line';
  /** Sum of the line amounts, excluding VAT. */
  readonly net: Decimal;
  /** Sum of the rounded line VATs. */
  readonly vat: Decimal;
  /** net + VAT: the amount the hirer owes. */
  readonly total: Decimal;
  readonly gAccount: null | { readonly share: Decimal; readonly base: Decimal; readonly amount: Decimal; readonly parameter: string; readonly source: string };
  /** What goes to the ordinary account: total − G-account part. */
  readonly toRegularAccount: Decimal;
  readonly findings: readonly Finding[];
}

export const proformaLabels: FieldLabels = {
  hirerId: { nl: 'relatienummer inlener', en: 'hirer number' },
  date: { nl: 'datum proforma', en: 'proforma date' },
  lines: { nl: 'regels', en: 'lines' },
  'lines.description': { nl: 'omschrijving', en: 'description' },
  'lines.workerId': { nl: 'medewerkernummer', en: 'worker number' },
  'lines.workers': { nl: 'aantal medewerkers', en: 'number of workers' },
  'lines.hours': { nl: 'uren', en: 'hours' },
  'lines.rate': { nl: 'uurtarief', en: 'hourly rate' },
  sector: { nl: 'sector', en: 'sector' },
  physicalWork: { nl: 'fysiek werk', en: 'physical work' },
  reverseCharge: { nl: 'btw verlegd', en: 'VAT reverse-charged' },
  gAccount: { nl: 'G-rekening', en: 'G-account' },
  paymentTermDays: { nl: 'betaaltermijn (dagen)', en: 'payment term (days)' },
};

const WHAT: Texts = { nl: 'proforma', en: 'proforma' };

function reverseChargeSectors(day: string, rules: RuleSet): Set<string> {
  return new Set(getString('vat.reverseChargeSectors', day, rules).split(/[\s,;]+/).filter(Boolean));
}

/** The expected invoice for a hirer: lines, VAT (per line), total and the G-account part. */
export function proforma(input: ProformaInput, options: { rules?: RuleSet } = {}): Proforma {
  const v = parseWith(proformaSchema, input, WHAT, proformaLabels);
  const rules = options.rules ?? defaultRules;
  const day = v.date;
  const findings: Finding[] = [];

  let reverse = false;
  if (v.reverseCharge !== undefined) reverse = v.reverseCharge;
  else if (v.sector !== undefined && reverseChargeSectors(day, rules).has(v.sector) && v.physicalWork !== false) {
    reverse = true;
    if (v.physicalWork === undefined) {
      findings.push(finding(F.INVOICE_REVERSE_CHARGE_ASSUMED, F.INVOICE_REVERSE_CHARGE_ASSUMED.meaning, { ref: { field: 'physicalWork', date: day, ...(v.hirerId ? { hirerId: v.hirerId } : {}) }, rule: ruleOf('vat.reverseChargeSectors', day, rules) }));
    }
  }
  if (reverse) {
    findings.push(finding(F.INVOICE_REVERSE_CHARGE, F.INVOICE_REVERSE_CHARGE.meaning, { ref: { date: day, ...(v.hirerId ? { hirerId: v.hirerId } : {}) }, rule: ruleOf('vat.reverseChargeSectors', day, rules) }));
  }

  const vatRate = reverse ? ZERO : getDecimal('vat.standard', day, rules);
  const lines: ProformaLine[] = v.lines.map((l) => {
    const workers = l.workers ?? 1;
    // Whole minutes × rate, divided by 60 last: hours as a decimal (1:26 = 1,4333…) would put an exact
    // half cent just below the tie (1:26 × 2,25 = 3,225 → 3,23, not 3,22).
    const minutes = l.hours.mul(60).round();
    const amount = roundCents(minutes.mul(l.rate).mul(workers).div(60));
    return Object.freeze({
      ...(l.description !== undefined ? { description: l.description } : {}),
      ...(l.workerId !== undefined ? { workerId: l.workerId } : {}),
      workers,
      hours: l.hours,
      rate: l.rate,
      amount,
      vatRate,
      vat: roundCents(amount.mul(vatRate)),
    });
  });
  const net = sum(lines.map((l) => l.amount));
  const vat = sum(lines.map((l) => l.vat));
  const total = net.plus(vat);

  let gAccount: Proforma['gAccount'] = null;
  if (v.gAccount !== false) {
    const parameter = reverse ? 'gAccount.shareReverseCharge' : 'gAccount.share';
    const share = getDecimal(parameter, day, rules);
    gAccount = Object.freeze({ share, base: total, amount: roundCents(total.mul(share)), parameter, source: ruleOf(parameter, day, rules).source });
  }
  const dueDate = v.paymentTermDays !== undefined ? toDate(day).plus({ days: v.paymentTermDays }).toISODate()! : undefined;

  return Object.freeze({
    ...(v.hirerId !== undefined ? { hirerId: v.hirerId } : {}),
    date: day,
    ...(dueDate !== undefined ? { dueDate } : {}),
    lines: Object.freeze(lines),
    reverseCharge: reverse,
    vatRate,
    vatRounding: 'per-line' as const,
    net,
    vat,
    total,
    gAccount,
    toRegularAccount: total.minus(gAccount?.amount ?? ZERO),
    findings: Object.freeze(findings),
  });
}

/** "€ 1.210,00 incl. 21 % VAT" style summary, for lists. */
export function proformaSummary(p: Proforma): Texts {
  const vat = p.reverseCharge ? { nl: 'btw verlegd', en: 'VAT reverse-charged' } : { nl: `incl. ${percentText(p.vatRate).nl} btw`, en: `incl. ${percentText(p.vatRate).en} VAT` };
  return { nl: `${euroText(p.total).nl} ${vat.nl}`, en: `${euroText(p.total).en} ${vat.en}` };
}
