import { InputError, displayValue, parseWith, type Texts } from '../errors/index.js';
import { Decimal, fromCents, roundCents, roundTo } from '../money/index.js';
import type { DateInput } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import type { RuleSet } from '../rules/types.js';
import { readId, type IdInput } from '../model/fields.js';
import { placementLabels, placementSchema, type Placement, type PlacementInput } from '../model/placement.js';
import { finding, type Finding } from '../compliance/findings.js';
import type { AdvanceLedger, MarginInvoiceLine } from '../compliance/advances.js';
import { hourlyCostModel } from '../cost/model.js';
import type { HourlyCostModel } from '../cost/types.js';
import type { HourlyCostModelInput } from '../cost/input.js';
import { amountCents } from './cents.js';
import { dayNumber, mondayOfDay, weekLabel } from './days.js';
import { MARGIN_FINDINGS as F } from './findings.js';
import { marginInvoice, parseSettlements, type MarginInvoice, type MarginInvoiceGrouping, type SettlementInput, type VatCode } from './invoice.js';
import { parsePricedLines, type PricedLine, type PricedLineInput } from './lines.js';

/*
 * marginOverview: the weekly margin overview (margeoverzicht, DOMAIN.md §1, §15) of approved,
 * priced hour lines, and the margin invoice per agency.
 *
 * Lines and rounding (money/round.ts):
 * - One MARGIN LINE per placement, ISO week and pay category (with its pay, rate and cost per
 *   hour): the invoice line a hirer sees ("week 10, 38 hours normal at 29,04"). The minutes of
 *   the priced lines in it are added first; then
 *     revenue = hours × rate/hour   rounded half-up to cents (the invoice line),
 *     cost    = hours × cost/hour   rounded half-up to cents (the payroll cost line),
 *     margin  = revenue − cost      exactly,
 *   with hours × per-hour computed exactly from whole minutes (cents.ts), never from a rounded
 *   hours figure. `lineRounding: 'line'` rounds every priced line's category on its own instead.
 * - Every total (per agency, hirer, worker, placement, week; overall; on the invoice) is the SUM
 *   OF THE ROUNDED LINES, so totals add up to the cent and margin = revenue − cost holds in
 *   every total too.
 * - margin % = margin ÷ revenue and margin per hour = margin ÷ invoiced hours are display
 *   figures (4 decimals of the fraction; cents), never summed.
 * Cost per hour: the line's own `cost`, else hourlyCost (cost/hourlyCostModel) for the placement
 * on the line's date, at the line's pay per hour, with the cost choices of the options (the
 * contract kind, employer size, Whk …; per placement in costByPlacement) and the placement's
 * hours in that week (for the per-hour approximation of the maximum premium wage).
 */

export interface OverviewPlacementInput extends PlacementInput {
  /** The agency the placement belongs to (default: options.agencyId). */
  agencyId?: IdInput;
}

export interface MarginOverviewOptions {
  readonly rules?: RuleSet;
  /** Agency of placements without agencyId. */
  readonly agencyId?: IdInput;
  /** Cost choices for lines without a cost per hour (as hourlyCostModel takes them, without date and CAO). */
  readonly cost?: Partial<HourlyCostModelInput>;
  /** Cost choices per placement id, on top of `cost` (contract kind, age, hirer package…). */
  readonly costByPlacement?: Readonly<Record<string, Partial<HourlyCostModelInput>>>;
  /** One margin line per placement, week and category (default), or per priced line and category. */
  readonly lineRounding?: 'week' | 'line';
  /** Offsets on the margin invoices: the advance ledger (or its marginInvoice lines) and other settlements. */
  readonly advances?: AdvanceLedger | readonly MarginInvoiceLine[];
  readonly settlements?: readonly SettlementInput[];
  /** Margin invoice lines per hirer and week (default), placement and week, week, or one per agency. */
  readonly invoiceGroupBy?: MarginInvoiceGrouping;
  /** VAT code of the margin lines on the invoices (default standard). */
  readonly vat?: VatCode;
  /** Invoice date for the VAT rate (default: the Sunday of the last week). */
  readonly invoiceDate?: DateInput;
}

/** One margin line: a placement's hours of one pay category in one week (see the header). */
export interface MarginLine {
  readonly agencyId: string;
  readonly hirerId: string;
  readonly workerId: string;
  readonly placementId: string;
  readonly week: string;
  readonly category: string;
  readonly label?: string;
  readonly minutes: number;
  readonly hours: Decimal;
  /** Gross pay per hour, billed rate per hour, loaded cost per hour (exact). */
  readonly pay: Decimal;
  readonly rate: Decimal;
  readonly costPerHour: Decimal;
  /** hours × pay, rounded to cents (the gross wage of these hours; for information). */
  readonly grossPay: Decimal;
  /** hours × rate, rounded to cents: the invoice line. */
  readonly revenue: Decimal;
  /** hours × cost per hour, rounded to cents. */
  readonly cost: Decimal;
  /** revenue − cost. */
  readonly margin: Decimal;
  /** The cost per hour was computed here (hourlyCost) rather than given. */
  readonly costComputed: boolean;
  readonly provisional: boolean;
  /** The priced lines behind it: their id, spreadsheet row and date. */
  readonly sources: ReadonlyArray<{ readonly id?: string; readonly row?: number; readonly date: string }>;
}

export type MarginGrouping = 'agency' | 'hirer' | 'worker' | 'placement' | 'week';

/** Sums of margin lines. */
export interface MarginSummary {
  readonly lines: number;
  readonly minutes: number;
  readonly hours: Decimal;
  readonly revenue: Decimal;
  readonly cost: Decimal;
  readonly margin: Decimal;
  readonly grossPay: Decimal;
  /** margin ÷ revenue, 4 decimals (0.1652 = 16,52 %); absent without revenue. */
  readonly marginPercent?: Decimal;
  /** margin ÷ invoiced hours, rounded to cents; absent without hours. */
  readonly marginPerHour?: Decimal;
}

export interface MarginGroup extends MarginSummary {
  readonly by: MarginGrouping;
  /** The agency, hirer, worker or placement id, or the week. */
  readonly key: string;
}

export interface MarginOverview {
  readonly weeks: readonly string[];
  readonly lines: readonly MarginLine[];
  readonly groups: { readonly [K in MarginGrouping]: readonly MarginGroup[] };
  readonly totals: MarginSummary;
  /** One margin invoice per agency with lines or offsets. */
  readonly invoices: readonly MarginInvoice[];
  readonly findings: readonly Finding[];
}

interface Bucket {
  placement: Placement;
  agencyId: string;
  week: string;
  category: string;
  label?: string;
  minutes: number;
  pay: Decimal;
  rate: Decimal;
  cost: Decimal;
  costComputed: boolean;
  provisional: boolean;
  sources: { id?: string; row?: number; date: string }[];
}

function weekOfDate(iso: string): string {
  return weekLabel(mondayOfDay(dayNumber(iso)));
}

function summary(lines: readonly { minutes: number; revenueCents: number; costCents: number; payCents: number }[]): MarginSummary {
  let minutes = 0;
  let revenue = 0;
  let cost = 0;
  let pay = 0;
  for (const l of lines) {
    minutes += l.minutes;
    revenue += l.revenueCents;
    cost += l.costCents;
    pay += l.payCents;
  }
  const margin = revenue - cost;
  const hours = new Decimal(minutes).div(60);
  return Object.freeze({
    lines: lines.length,
    minutes,
    hours,
    revenue: fromCents(revenue),
    cost: fromCents(cost),
    margin: fromCents(margin),
    grossPay: fromCents(pay),
    ...(revenue !== 0 ? { marginPercent: roundTo(new Decimal(margin).div(revenue), 4) } : {}),
    ...(minutes !== 0 ? { marginPerHour: roundCents(new Decimal(margin).mul(60).div(minutes).div(100)) } : {}),
  });
}

/** A list argument that is no list (a caller's mistake) named like zod would name it. */
function notAList(field: string, what: Texts, value: unknown): InputError {
  return new InputError('INVALID_INPUT', { nl: `${what.nl}: ${displayValue(value, field)} is geen lijst; verwacht een lijst`, en: `${what.en}: ${displayValue(value, field)} is not a list; expected a list` }, field);
}

function parsePlacements(input: readonly unknown[], defaultAgency: string | undefined): { placement: Placement; agencyId: string }[] {
  if (!Array.isArray(input)) throw notAList('placements', { nl: 'plaatsingen', en: 'placements' }, input);
  return input.map((raw, i) => {
    const what: Texts = { nl: `plaatsing nr. ${i + 1}`, en: `placement no. ${i + 1}` };
    const placement = parseWith(placementSchema, raw, what, placementLabels);
    const given = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['agencyId'] : undefined;
    const agencyId = given !== undefined && given !== null && given !== '' ? readId(given, 'agencyId') : defaultAgency;
    if (agencyId === undefined) {
      throw new InputError(
        'MISSING_VALUE',
        {
          nl: `${what.nl} (${placement.id}): uitzender ontbreekt; verwacht agencyId bij de plaatsing of in de opties, bijvoorbeeld U-01`,
          en: `${what.en} (${placement.id}): agency missing; expected agencyId on the placement or in the options, e.g. U-01`,
        },
        'agencyId',
      );
    }
    return { placement, agencyId };
  });
}

/**
 * The margin overview of approved, priced hour lines: margin lines per placement, week and pay
 * category, sums per agency, hirer, worker, placement and week, totals, findings, and the margin
 * invoice of each agency with its advances and settlements (see the header for the rounding).
 */
export function marginOverview(lines: readonly PricedLineInput[] | readonly PricedLine[], placements: readonly OverviewPlacementInput[], options: MarginOverviewOptions = {}): MarginOverview {
  const rules = options.rules ?? defaultRules;
  const defaultAgency = options.agencyId === undefined ? undefined : readId(options.agencyId, 'agencyId');
  const parsedLines = parsePricedLines(lines as readonly unknown[]);
  const byId = new Map<string, { placement: Placement; agencyId: string }>();
  for (const p of parsePlacements(placements as readonly unknown[], defaultAgency)) {
    if (byId.has(p.placement.id)) {
      throw new InputError('DUPLICATE_PLACEMENT', { nl: `plaatsingsnummer ${p.placement.id} komt twee keer voor; verwacht elk nummer één keer`, en: `placement number ${p.placement.id} occurs twice; expected each number once` }, 'placements');
    }
    byId.set(p.placement.id, p);
  }
  const findings: Finding[] = [];
  const rounding = options.lineRounding ?? 'week';

  // Lines that count, with their placement and week.
  const approved: { line: PricedLine; p: Placement; agencyId: string; week: string; index: number }[] = [];
  parsedLines.forEach((line, index) => {
    const where: Texts = { nl: `regel nr. ${index + 1}${line.row !== undefined ? ` (rij ${line.row})` : ''}`, en: `line no. ${index + 1}${line.row !== undefined ? ` (row ${line.row})` : ''}` };
    const found = byId.get(line.placementId);
    if (!found) {
      throw new InputError('UNKNOWN_PLACEMENT', {
        nl: `${where.nl}: plaatsingsnummer "${line.placementId}" staat niet bij de plaatsingen; verwacht een plaatsing uit de lijst`,
        en: `${where.en}: placement number "${line.placementId}" is not among the placements; expected a placement from the list`,
      }, 'placementId');
    }
    const p = found.placement;
    if (line.workerId !== undefined && line.workerId !== p.workerId) {
      throw new InputError('WORKER_MISMATCH', {
        nl: `${where.nl}: medewerkernummer "${line.workerId}" hoort niet bij plaatsing ${p.id} (medewerker ${p.workerId}); verwacht de medewerker van de plaatsing`,
        en: `${where.en}: worker number "${line.workerId}" does not belong to placement ${p.id} (worker ${p.workerId}); expected the placement's worker`,
      }, 'workerId');
    }
    const ref = { ...(line.row !== undefined ? { row: line.row } : {}), placementId: p.id, workerId: p.workerId, hirerId: p.hirerId, agencyId: found.agencyId, date: line.date };
    if (line.status !== 'approved') {
      findings.push(
        finding(F.MARGIN_LINE_NOT_APPROVED, {
          nl: `${where.nl}: status ${line.status}; niet meegeteld (alleen goedgekeurde uren worden gefactureerd).`,
          en: `${where.en}: status ${line.status}; left out (only approved hours are invoiced).`,
        }, { ref: { ...ref, field: 'status' } }),
      );
      return;
    }
    if (line.provisional) {
      findings.push(
        finding(F.MARGIN_PROVISIONAL_PAY, {
          nl: `${where.nl}: loon en tarief komen uit een inlenersbeloning die niet compleet of niet ondertekend is; de marge is voorlopig.`,
          en: `${where.en}: pay and rate come from a hirer pay profile that is incomplete or unsigned; the margin is provisional.`,
        }, { ref }),
      );
    }
    for (const c of line.categories) {
      if (c.rate.isZero() && c.hours > 0 && c.pay.gt(0)) {
        findings.push(
          finding(F.MARGIN_PAID_NOT_INVOICED, {
            nl: `${where.nl}: categorie ${c.key} wordt betaald maar niet gefactureerd (tarief 0); dat verlaagt de marge.`,
            en: `${where.en}: category ${c.key} is paid but not invoiced (rate 0); it reduces the margin.`,
          }, { ref: { ...ref, field: 'rate' } }),
        );
      }
    }
    approved.push({ line, p, agencyId: found.agencyId, week: weekOfDate(line.date), index });
  });

  // Hours per placement and week (the cost model's hours per week).
  const weekMinutes = new Map<string, number>();
  for (const a of approved) {
    const k = `${a.p.id}\u0000${a.week}`;
    weekMinutes.set(k, (weekMinutes.get(k) ?? 0) + a.line.categories.reduce((s, c) => s + c.hours, 0));
  }
  const models = new Map<string, HourlyCostModel>();
  let unconfirmed = false;
  const costFor = (a: (typeof approved)[number], pay: Decimal): Decimal => {
    const minutes = weekMinutes.get(`${a.p.id}\u0000${a.week}`) ?? 0;
    const key = `${a.p.id}\u0000${a.line.date}\u0000${minutes}`;
    let model = models.get(key);
    if (!model) {
      const input = {
        ...(options.cost ?? {}),
        ...(options.costByPlacement?.[a.p.id] ?? {}),
        date: a.line.date,
        cao: a.p.cao,
        ...(minutes >= 60 ? { hoursPerWeek: new Decimal(minutes).div(60) } : {}),
      } as HourlyCostModelInput;
      try {
        model = hourlyCostModel(input, { rules });
      } catch (e) {
        if (e instanceof InputError) {
          throw new InputError(e.code, {
            nl: `loonkosten voor plaatsing ${a.p.id} op ${a.line.date} (regel nr. ${a.index + 1}): ${e.texts.nl}`,
            en: `payroll cost of placement ${a.p.id} on ${a.line.date} (line no. ${a.index + 1}): ${e.texts.en}`,
          }, e.field);
        }
        throw e;
      }
      models.set(key, model);
      if (model.findings.some((f) => f.code === 'COST_UNCONFIRMED_FIGURES')) unconfirmed = true;
    }
    return model.cost(pay);
  };

  // Margin lines: buckets per placement, week and category (or per priced line and category).
  const buckets = new Map<string, Bucket>();
  for (const a of approved) {
    a.line.categories.forEach((c, ci) => {
      const costComputed = c.cost === undefined;
      const cost = c.cost ?? (c.hours === 0 || c.pay.isZero() ? new Decimal(0) : costFor(a, c.pay));
      const key =
        rounding === 'line'
          ? `${a.index}\u0000${ci}`
          : `${a.p.id}\u0000${a.week}\u0000${c.key}\u0000${c.pay.toString()}\u0000${c.rate.toString()}\u0000${cost.toString()}`;
      let b = buckets.get(key);
      if (!b) {
        b = {
          placement: a.p,
          agencyId: a.agencyId,
          week: a.week,
          category: c.key,
          ...(c.label !== undefined ? { label: c.label } : {}),
          minutes: 0,
          pay: c.pay,
          rate: c.rate,
          cost,
          costComputed,
          provisional: false,
          sources: [],
        };
        buckets.set(key, b);
      }
      b.minutes += c.hours;
      b.provisional ||= a.line.provisional;
      if (!b.sources.some((s) => s.date === a.line.date && s.id === a.line.id && s.row === a.line.row)) {
        b.sources.push({ ...(a.line.id !== undefined ? { id: a.line.id } : {}), ...(a.line.row !== undefined ? { row: a.line.row } : {}), date: a.line.date });
      }
    });
  }

  const computed = [...buckets.values()].map((b) => {
    const revenueCents = amountCents(b.rate, b.minutes);
    const costCents = amountCents(b.cost, b.minutes);
    const payCents = amountCents(b.pay, b.minutes);
    const line: MarginLine = Object.freeze({
      agencyId: b.agencyId,
      hirerId: b.placement.hirerId,
      workerId: b.placement.workerId,
      placementId: b.placement.id,
      week: b.week,
      category: b.category,
      ...(b.label !== undefined ? { label: b.label } : {}),
      minutes: b.minutes,
      hours: new Decimal(b.minutes).div(60),
      pay: b.pay,
      rate: b.rate,
      costPerHour: b.cost,
      grossPay: fromCents(payCents),
      revenue: fromCents(revenueCents),
      cost: fromCents(costCents),
      margin: fromCents(revenueCents - costCents),
      costComputed: b.costComputed,
      provisional: b.provisional,
      sources: Object.freeze(b.sources.map((s) => Object.freeze(s))),
    });
    return { line, minutes: b.minutes, revenueCents, costCents, payCents };
  });
  computed.sort((x, y) => {
    const a = x.line;
    const b = y.line;
    return a.week < b.week ? -1 : a.week > b.week ? 1 : a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : a.hirerId < b.hirerId ? -1 : a.hirerId > b.hirerId ? 1 : a.placementId < b.placementId ? -1 : a.placementId > b.placementId ? 1 : 0;
  });

  const groupOf = (by: MarginGrouping, keyOf: (l: MarginLine) => string): MarginGroup[] => {
    const map = new Map<string, typeof computed>();
    for (const c of computed) {
      const k = keyOf(c.line);
      let list = map.get(k);
      if (!list) {
        list = [];
        map.set(k, list);
      }
      list.push(c);
    }
    return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, list]) => Object.freeze({ by, key, ...summary(list) }));
  };
  const groups = {
    agency: groupOf('agency', (l) => l.agencyId),
    hirer: groupOf('hirer', (l) => l.hirerId),
    worker: groupOf('worker', (l) => l.workerId),
    placement: groupOf('placement', (l) => l.placementId),
    week: groupOf('week', (l) => l.week),
  };

  // A negative margin of a placement in a week.
  const perPlacementWeek = new Map<string, { line: MarginLine; margin: number }>();
  for (const c of computed) {
    const k = `${c.line.placementId}\u0000${c.line.week}`;
    const e = perPlacementWeek.get(k) ?? { line: c.line, margin: 0 };
    e.margin += c.revenueCents - c.costCents;
    perPlacementWeek.set(k, e);
  }
  for (const { line, margin } of perPlacementWeek.values()) {
    if (margin < 0) {
      const m = fromCents(margin);
      findings.push(
        finding(F.MARGIN_NEGATIVE, {
          nl: `Plaatsing ${line.placementId}, week ${line.week}: marge ${m.toFixed(2).replace('.', ',')} (de loonkosten zijn hoger dan de omzet).`,
          en: `Placement ${line.placementId}, week ${line.week}: margin ${m.toFixed(2)} (the payroll cost is higher than the revenue).`,
        }, { ref: { placementId: line.placementId, workerId: line.workerId, hirerId: line.hirerId, agencyId: line.agencyId, week: line.week } }),
      );
    }
  }
  if (unconfirmed) {
    findings.push(
      finding(F.MARGIN_UNCONFIRMED_FIGURES, {
        nl: 'De berekende loonkosten gebruiken cijfers die in onze bronnen onbevestigd zijn; zie de kostenopbouw van hourlyCost en explain().',
        en: "The computed payroll cost uses figures that are unconfirmed in our sources; see hourlyCost's breakdown and explain().",
      }),
    );
  }

  // The margin invoice of every agency with margin lines or offsets.
  const advances: readonly MarginInvoiceLine[] = options.advances === undefined ? [] : Array.isArray(options.advances) ? options.advances : (options.advances as AdvanceLedger).marginInvoice;
  const marginLines = computed.map((c) => c.line);
  const settlements = options.settlements ? parseSettlements(options.settlements) : [];
  const agencies = new Set<string>(marginLines.map((l) => l.agencyId));
  for (const a of advances) agencies.add(a.agencyId);
  for (const s of settlements) agencies.add(s.agencyId);
  const invoices = [...agencies].sort().map((agencyId) =>
    marginInvoice({
      agencyId,
      margins: marginLines,
      advances,
      settlements,
      ...(options.invoiceGroupBy ? { groupBy: options.invoiceGroupBy } : {}),
      ...(options.vat ? { vat: options.vat } : {}),
      ...(options.invoiceDate !== undefined ? { date: options.invoiceDate } : {}),
      rules,
    }),
  );

  return Object.freeze({
    weeks: Object.freeze([...new Set(marginLines.map((l) => l.week))].sort()),
    lines: Object.freeze(marginLines),
    groups: Object.freeze(groups),
    totals: summary(computed),
    invoices: Object.freeze(invoices),
    findings: Object.freeze(findings),
  });
}
