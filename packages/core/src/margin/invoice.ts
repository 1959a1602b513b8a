import * as z from 'zod';
import { InputError, parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { Decimal, ZERO, fromCents, roundCents } from '../money/index.js';
import type { DateInput } from '../calendar/zone.js';
import { toIsoDate } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import { resolveParameter } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { idField, optional, readChoice, readId, readText, required, type IdInput } from '../model/fields.js';
import { optionalWeekField, positiveCentsField } from '../compliance/fields.js';
import type { MarginInvoiceLine } from '../compliance/advances.js';
import { isoOfDay, mondayOfWeek } from './days.js';

/*
 * The margin invoice between the back-office and an agency (margefactuur, DOMAIN.md §1–2, §14).
 *
 * Sign: every amount is seen from the agency. Positive: the back-office pays the agency (its
 * margin, a recovered advance credited back). Negative: the agency pays (an advance the
 * back-office could not recover, a fine or other settlement charged to it).
 *
 * Rounding (money/round.ts; DOMAIN.md §14 "per line or on the total per rate, consistently"):
 * VAT is computed and rounded half away from zero PER LINE; every total is the sum of the rounded
 * lines, so the totals always add up to the cent and the VAT of the total may differ by a cent
 * from "total × 21 %". Amounts on lines are whole cents already (margin lines are differences of
 * rounded revenue and cost lines; settlements are entered in cents).
 *
 * VAT codes:
 * - standard: the agency's margin is its fee for a service: VAT at vat.standard (21 %);
 * - reverse-charge: VAT is shifted to the customer (0 on the invoice);
 * - outside-scope: passing on an advance, a fine or another reimbursement of money is not a
 *   supply, so no VAT. This default for offsets is OUR reading, not a sourced rule: set `vat` on
 *   a settlement when the parties treat it otherwise.
 */

export const VAT_CODES = ['standard', 'reverse-charge', 'outside-scope'] as const;
export type VatCode = (typeof VAT_CODES)[number];

/** Other settlements on a margin invoice (besides margins and the advance ledger's lines). */
export const SETTLEMENT_KINDS = ['advance', 'recovered', 'fine', 'settlement', 'other'] as const;
export type SettlementKind = (typeof SETTLEMENT_KINDS)[number];

/** charge: the agency pays (deducted from its margin); credit: the back-office pays the agency. */
export const SETTLEMENT_DIRECTIONS = ['charge', 'credit'] as const;
export type SettlementDirection = (typeof SETTLEMENT_DIRECTIONS)[number];

/** How margin lines become invoice lines: one per hirer and week (default), per placement and week, per week, or one per agency. */
export const MARGIN_INVOICE_GROUPINGS = ['hirer', 'placement', 'week', 'agency'] as const;
export type MarginInvoiceGrouping = (typeof MARGIN_INVOICE_GROUPINGS)[number];

const readVat = readChoice(VAT_CODES, { btw: 'standard', '21%': 'standard', hoog: 'standard', verlegd: 'reverse-charge', 'btw-verlegd': 'reverse-charge', geen: 'outside-scope', 'geen-btw': 'outside-scope', vrij: 'outside-scope' });
const readKind = readChoice(SETTLEMENT_KINDS, {
  voorschot: 'advance', ingehouden: 'recovered', terugbetaald: 'recovered', inhouding: 'recovered', boete: 'fine', bekeuring: 'fine',
  verrekening: 'settlement', afrekening: 'settlement', overig: 'other', anders: 'other',
});
const readDirection = readChoice(SETTLEMENT_DIRECTIONS, {
  'in-rekening': 'charge', 'ten-laste': 'charge', 'ten-laste-van-uitzender': 'charge', afboeken: 'charge', debet: 'charge',
  crediteren: 'credit', 'ten-gunste': 'credit', 'ten-gunste-van-uitzender': 'credit', bijboeken: 'credit', credit: 'credit',
});

/** An offset on the agency's margin invoice: an advance, a recovered amount, a fine or another settlement. */
export const settlementSchema = z.object({
  id: optional<IdInput, string>('id', readId),
  agencyId: idField('agencyId'),
  kind: required<string, SettlementKind>('kind', readKind),
  direction: required<string, SettlementDirection>('direction', readDirection),
  /** Whole cents, above 0; the direction gives the sign. */
  amount: positiveCentsField('amount'),
  description: optional<string, string>('description', readText),
  week: optionalWeekField('week'),
  workerId: optional<IdInput, string>('workerId', readId),
  vat: optional<string, VatCode>('vat', readVat),
});

export type SettlementInput = z.input<typeof settlementSchema>;
export type Settlement = z.output<typeof settlementSchema>;

export const settlementLabels: FieldLabels = {
  '': { nl: 'verrekening', en: 'settlement' },
  id: { nl: 'boekingsnummer', en: 'entry number' },
  agencyId: { nl: 'uitzender', en: 'agency' },
  kind: { nl: 'soort verrekening', en: 'kind of settlement' },
  direction: { nl: 'richting (ten laste of ten gunste van de uitzender)', en: 'direction (charge or credit to the agency)' },
  amount: { nl: 'bedrag', en: 'amount' },
  description: { nl: 'omschrijving', en: 'description' },
  week: { nl: 'week', en: 'week' },
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  vat: { nl: 'btw', en: 'VAT' },
};

/** Parses offsets for a margin invoice; throws InvalidInputError naming the entry and field. */
export function parseSettlements(input: unknown): Settlement[] {
  return parseWith(z.array(settlementSchema), input, { nl: 'verrekeningen', en: 'settlements' }, settlementLabels);
}

/** The part of a margin line a margin invoice needs (MarginLine from marginOverview fits). */
export interface MarginSource {
  readonly agencyId: string;
  readonly hirerId: string;
  readonly placementId: string;
  readonly workerId: string;
  readonly week: string;
  readonly minutes: number;
  readonly margin: Decimal;
}

export type MarginInvoiceItemKind = 'margin' | 'advance-charge' | 'advance-credit' | `settlement-${SettlementKind}`;

/** One line of a margin invoice. */
export interface MarginInvoiceItem {
  readonly kind: MarginInvoiceItemKind;
  readonly description: Texts;
  readonly week?: string;
  readonly hirerId?: string;
  readonly placementId?: string;
  readonly workerId?: string;
  /** Advance or settlement id. */
  readonly recordId?: string;
  /** Invoiced hours behind a margin line. */
  readonly hours?: Decimal;
  /** Whole cents; positive: the back-office pays the agency, negative: the agency pays. */
  readonly amount: Decimal;
  readonly vatCode: VatCode;
  /** The VAT rate as a fraction (0.21); 0 for reverse charge and outside scope. */
  readonly vatRate: Decimal;
  /** roundCents(amount × vatRate), per line. */
  readonly vat: Decimal;
  /** amount + vat. */
  readonly total: Decimal;
}

export interface VatSummary {
  readonly vatCode: VatCode;
  readonly vatRate: Decimal;
  /** Sum of the lines' amounts. */
  readonly amount: Decimal;
  /** Sum of the lines' rounded VAT (not the total × rate). */
  readonly vat: Decimal;
}

export interface MarginInvoiceTotals {
  /** Sum of the margin lines. */
  readonly margin: Decimal;
  /** Sum of the advance and settlement lines. */
  readonly offsets: Decimal;
  /** margin + offsets. */
  readonly amount: Decimal;
  /** Sum of the lines' rounded VAT. */
  readonly vat: Decimal;
  /** amount + vat: positive, the back-office pays the agency; negative, the agency pays. */
  readonly total: Decimal;
}

export interface MarginInvoice {
  readonly agencyId: string;
  /** Date the VAT rate is read on (ISO). */
  readonly date: string;
  /** Weeks of the margin lines, sorted. */
  readonly weeks: readonly string[];
  readonly items: readonly MarginInvoiceItem[];
  readonly vatSummary: readonly VatSummary[];
  readonly totals: MarginInvoiceTotals;
  /** Who pays the total: the back-office to the agency, or the agency to the back-office. */
  readonly payable: 'to-agency' | 'by-agency' | 'nothing';
  /** True when the VAT rate used is unconfirmed in our sources. */
  readonly unconfirmed: boolean;
}

export interface MarginInvoiceInput {
  readonly agencyId: IdInput;
  /** Margin lines (from marginOverview); lines of other agencies are left out. */
  readonly margins?: readonly MarginSource[];
  /** The advance ledger's margin-invoice lines (advanceLedger(...).marginInvoice); other agencies' lines are left out. */
  readonly advances?: readonly MarginInvoiceLine[];
  /** Other offsets: fines, recovered amounts, settlements. Other agencies' entries are left out. */
  readonly settlements?: readonly (SettlementInput | Settlement)[];
  /** Invoice lines per hirer and week (default), per placement and week, per week, or one line. */
  readonly groupBy?: MarginInvoiceGrouping | string;
  /** VAT code of the margin lines (default standard). */
  readonly vat?: VatCode | string;
  /**
   * Date whose VAT rate applies. Default: the Sunday of the last week on the invoice (the end of
   * the service period), else the date of the last advance line; with neither it is required.
   */
  readonly date?: DateInput;
  readonly rules?: RuleSet;
}

const readGrouping = readChoice(MARGIN_INVOICE_GROUPINGS, { inlener: 'hirer', plaatsing: 'placement', uitzender: 'agency', totaal: 'agency' });

function centsOfAmount(d: Decimal): number {
  return d.mul(100).toNumber();
}

const KIND_WORDS: Record<SettlementKind, Texts> = {
  advance: { nl: 'Voorschot', en: 'Advance' },
  recovered: { nl: 'Ingehouden bedrag', en: 'Recovered amount' },
  fine: { nl: 'Boete', en: 'Fine' },
  settlement: { nl: 'Verrekening', en: 'Settlement' },
  other: { nl: 'Overige verrekening', en: 'Other settlement' },
};

function isParsedSettlement(s: SettlementInput | Settlement): s is Settlement {
  return Decimal.isDecimal((s as Settlement).amount) && typeof (s as Settlement).kind === 'string' && SETTLEMENT_KINDS.includes((s as Settlement).kind) && SETTLEMENT_DIRECTIONS.includes((s as Settlement).direction as SettlementDirection) && (s as Settlement).amount.decimalPlaces() <= 2 && (s as Settlement).amount.gt(0);
}

/** Sunday (ISO date) of an ISO week text "2026-W10". */
function sundayOf(week: string): string {
  return isoOfDay(mondayOfWeek(Number(week.slice(0, 4)), Number(week.slice(6))) + 6);
}

interface Draft {
  kind: MarginInvoiceItemKind;
  description: Texts;
  week?: string;
  hirerId?: string;
  placementId?: string;
  workerId?: string;
  recordId?: string;
  minutes?: number;
  cents: number;
  vatCode: VatCode;
}

function marginDescription(by: MarginInvoiceGrouping, d: { week?: string; hirerId?: string; placementId?: string; workerId?: string }, weeks: readonly string[]): Texts {
  switch (by) {
    case 'hirer':
      return { nl: `Marge week ${d.week}, inlener ${d.hirerId}`, en: `Margin week ${d.week}, hirer ${d.hirerId}` };
    case 'placement':
      return { nl: `Marge week ${d.week}, plaatsing ${d.placementId} (medewerker ${d.workerId})`, en: `Margin week ${d.week}, placement ${d.placementId} (worker ${d.workerId})` };
    case 'week':
      return { nl: `Marge week ${d.week}`, en: `Margin week ${d.week}` };
    case 'agency': {
      const span = weeks.length === 0 ? '' : weeks.length === 1 ? ` ${weeks[0]}` : ` ${weeks[0]} t/m ${weeks[weeks.length - 1]}`;
      const spanEn = weeks.length === 0 ? '' : weeks.length === 1 ? ` ${weeks[0]}` : ` ${weeks[0]} to ${weeks[weeks.length - 1]}`;
      return { nl: `Marge week${span}`, en: `Margin week${spanEn}` };
    }
  }
}

/**
 * The margin invoice of one agency: its margin lines grouped (per hirer and week by default),
 * the advance ledger's charges and credits, and other settlements, each with its VAT rounded per
 * line, and totals that are sums of the rounded lines.
 */
export function marginInvoice(input: MarginInvoiceInput): MarginInvoice {
  const agencyId = readId(input.agencyId, 'agencyId');
  const rules = input.rules ?? defaultRules;
  const groupBy = input.groupBy === undefined ? 'hirer' : readGrouping(input.groupBy, 'groupBy');
  const marginVat: VatCode = input.vat === undefined ? 'standard' : readVat(input.vat, 'vat');
  const given = input.settlements ?? [];
  const settlements = given.every(isParsedSettlement) ? (given as Settlement[]) : parseSettlements(given);

  const margins = (input.margins ?? []).filter((m) => m.agencyId === agencyId);
  const weeks = [...new Set(margins.map((m) => m.week))].sort();

  // Margin lines, grouped.
  const groups = new Map<string, Draft>();
  for (const m of margins) {
    const key = groupBy === 'hirer' ? `${m.week}\u0000${m.hirerId}` : groupBy === 'placement' ? `${m.week}\u0000${m.placementId}` : groupBy === 'week' ? m.week : '';
    let g = groups.get(key);
    if (!g) {
      const ids = {
        ...(groupBy !== 'agency' ? { week: m.week } : {}),
        ...(groupBy === 'hirer' || groupBy === 'placement' ? { hirerId: m.hirerId } : {}),
        ...(groupBy === 'placement' ? { placementId: m.placementId, workerId: m.workerId } : {}),
      };
      g = { kind: 'margin', description: marginDescription(groupBy, ids, weeks), ...ids, minutes: 0, cents: 0, vatCode: marginVat };
      groups.set(key, g);
    }
    g.minutes! += m.minutes;
    g.cents += centsOfAmount(m.margin);
  }
  const marginDrafts = [...groups.values()].sort((a, b) =>
    (a.week ?? '') < (b.week ?? '') ? -1 : (a.week ?? '') > (b.week ?? '') ? 1 : (a.hirerId ?? '') < (b.hirerId ?? '') ? -1 : (a.hirerId ?? '') > (b.hirerId ?? '') ? 1 : (a.placementId ?? '') < (b.placementId ?? '') ? -1 : (a.placementId ?? '') > (b.placementId ?? '') ? 1 : 0,
  );

  // The advance ledger's lines (DOMAIN.md §2): an unrecovered back-office advance is charged to the agency, a recovered agency advance is credited.
  const advanceDrafts: Draft[] = [];
  for (const a of input.advances ?? []) {
    if (a.agencyId !== agencyId) continue;
    const charge = a.kind === 'charge-unrecovered-advance';
    const cents = centsOfAmount(a.amount);
    if (!Number.isSafeInteger(cents) || cents < 0) {
      throw new InputError('INVALID_AMOUNT', { nl: `voorschotregel ${a.advanceId}: bedrag ${a.amount.toString()} is geen bedrag in centen`, en: `advance line ${a.advanceId}: amount ${a.amount.toString()} is not an amount in cents` }, 'advances');
    }
    advanceDrafts.push({
      kind: charge ? 'advance-charge' : 'advance-credit',
      description: charge
        ? { nl: `Voorschot ${a.advanceId} niet ingehouden (medewerker ${a.workerId}): ten laste van de uitzender`, en: `Advance ${a.advanceId} not recovered (worker ${a.workerId}): charged to the agency` }
        : { nl: `Voorschot ${a.advanceId} ingehouden op het loon (medewerker ${a.workerId}): ten gunste van de uitzender`, en: `Advance ${a.advanceId} recovered from pay (worker ${a.workerId}): credited to the agency` },
      workerId: a.workerId,
      recordId: a.advanceId,
      cents: charge ? -cents : cents,
      vatCode: 'outside-scope',
    });
  }

  const settlementDrafts: Draft[] = [];
  for (const s of settlements) {
    if (s.agencyId !== agencyId) continue;
    const word = KIND_WORDS[s.kind];
    const dir: Texts = s.direction === 'charge' ? { nl: 'ten laste van de uitzender', en: 'charged to the agency' } : { nl: 'ten gunste van de uitzender', en: 'credited to the agency' };
    const text = (lang: keyof Texts) => `${word[lang]}${s.description ? `: ${s.description}` : ''}${s.workerId ? (lang === 'nl' ? ` (medewerker ${s.workerId})` : ` (worker ${s.workerId})`) : ''}, ${dir[lang]}`;
    const cents = centsOfAmount(s.amount);
    settlementDrafts.push({
      kind: `settlement-${s.kind}`,
      description: { nl: text('nl'), en: text('en') },
      ...(s.week ? { week: s.week } : {}),
      ...(s.workerId ? { workerId: s.workerId } : {}),
      ...(s.id ? { recordId: s.id } : {}),
      cents: s.direction === 'charge' ? -cents : cents,
      vatCode: s.vat ?? 'outside-scope',
    });
  }

  const drafts = [...marginDrafts, ...advanceDrafts, ...settlementDrafts];
  const allWeeks = weeks.length > 0 ? weeks : [...new Set(settlementDrafts.map((d) => d.week).filter((w): w is string => w !== undefined))].sort();
  let date: string;
  if (input.date !== undefined) date = toIsoDate(input.date, 'date');
  else if (allWeeks.length > 0) date = sundayOf(allWeeks[allWeeks.length - 1]!);
  else {
    const dated = (input.advances ?? []).filter((a) => a.agencyId === agencyId).map((a) => a.date).sort();
    if (dated.length === 0) {
      throw new InputError(
        'MISSING_VALUE',
        { nl: 'datum: ontbreekt; verwacht de factuurdatum (voor het btw-tarief), bijvoorbeeld 2026-03-16', en: 'date: missing; expected the invoice date (for the VAT rate), e.g. 2026-03-16' },
        'date',
      );
    }
    date = dated[dated.length - 1]!;
  }
  const vat = resolveParameter('vat.standard', date, rules);
  const standardRate = vat.value as Decimal;
  const rateOf = (code: VatCode) => (code === 'standard' ? standardRate : ZERO);

  const items: MarginInvoiceItem[] = drafts.map((d) => {
    const amount = fromCents(d.cents);
    const vatRate = rateOf(d.vatCode);
    const lineVat = roundCents(amount.mul(vatRate));
    return Object.freeze({
      kind: d.kind,
      description: Object.freeze(d.description),
      ...(d.week !== undefined ? { week: d.week } : {}),
      ...(d.hirerId !== undefined ? { hirerId: d.hirerId } : {}),
      ...(d.placementId !== undefined ? { placementId: d.placementId } : {}),
      ...(d.workerId !== undefined ? { workerId: d.workerId } : {}),
      ...(d.recordId !== undefined ? { recordId: d.recordId } : {}),
      ...(d.minutes !== undefined ? { hours: new Decimal(d.minutes).div(60) } : {}),
      amount,
      vatCode: d.vatCode,
      vatRate,
      vat: lineVat,
      total: amount.plus(lineVat),
    });
  });

  let marginCents = 0;
  let offsetCents = 0;
  let vatCents = 0;
  const summary = new Map<VatCode, { amount: number; vat: number }>();
  for (const it of items) {
    const c = centsOfAmount(it.amount);
    const v = centsOfAmount(it.vat);
    if (it.kind === 'margin') marginCents += c;
    else offsetCents += c;
    vatCents += v;
    const s = summary.get(it.vatCode) ?? { amount: 0, vat: 0 };
    s.amount += c;
    s.vat += v;
    summary.set(it.vatCode, s);
  }
  const totalCents = marginCents + offsetCents + vatCents;
  return Object.freeze({
    agencyId,
    date,
    weeks: Object.freeze(allWeeks),
    items: Object.freeze(items),
    vatSummary: Object.freeze(
      VAT_CODES.filter((c) => summary.has(c)).map((c) => Object.freeze({ vatCode: c, vatRate: rateOf(c), amount: fromCents(summary.get(c)!.amount), vat: fromCents(summary.get(c)!.vat) })),
    ),
    totals: Object.freeze({
      margin: fromCents(marginCents),
      offsets: fromCents(offsetCents),
      amount: fromCents(marginCents + offsetCents),
      vat: fromCents(vatCents),
      total: fromCents(totalCents),
    }),
    payable: totalCents > 0 ? 'to-agency' : totalCents < 0 ? 'by-agency' : 'nothing',
    unconfirmed: vat.unconfirmed && items.some((i) => i.vatCode === 'standard'),
  });
}

