import { BackOfficerError, InputError, NoRuleError, type Texts } from '../errors/index.js';
import { Decimal, fromCents, roundTo } from '../money/index.js';
import { defaultRules } from '../rules/defaults.js';
import { getInteger, resolveParameter } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { minimumWage, minimumWageAge } from '../wages/minimumWage.js';
import type { WageAgreement } from '../model/placement.js';
import { contractPhase, type Phase } from '../contracts/phase.js';
import { parseHistory, type ContractKind, type HistoryInput } from '../contracts/input.js';
import { finding, ruleOf, type Finding, type FindingRule } from '../compliance/findings.js';
import { hourlyCostModel } from '../cost/model.js';
import type { HourlyCostModel } from '../cost/types.js';
import type { HourlyCostModelInput } from '../cost/input.js';
import { ageOn } from '../cost/validity.js';
import { rateFor } from '../rates/agreement.js';
import { centsOf, centsOfWords, scalePerHour, type ScaledPerHour } from './cents.js';
import { MARGIN_FINDINGS as F } from './findings.js';
import { parseForecastInput, type ForecastPlacement, type MarginForecastInput, type MarginForecastOptions, type ParsedForecast } from './forecast-input.js';
import { weekTable, type ForecastWeek } from './weeks.js';
import { dayNumber } from './days.js';

/*
 * marginForecast: placements × weeks ahead → revenue, payroll cost and margin per cell.
 *
 * What a cell is. For placement p and week w (see weeks.ts: every dated value is read on the
 * week's Thursday; the placement counts in the week when it runs on that Thursday):
 *   agreement   the wage agreement in force (dated changes apply from their week on);
 *   wage        the agreed wage, raised to the statutory minimum for the worker's age when it is
 *               below it (finding FORECAST_WAGE_RAISED_TO_MINIMUM);
 *   cost/hour   hourlyCostModel (cost/) for the placement's CAO, the contract of its phase in
 *               that week, age, hours per week and the forecast's cost choices, at that wage;
 *   rate/hour   rateFor (rates/) on the agreement with that wage: factor × wage, cost ÷ (1 − m)
 *               or cost × (1 + m), or the fixed rate (a raise to the minimum does not change a
 *               fixed rate: the agreement's rate is kept);
 *   revenue     hours × rate/hour, rounded half-up to cents (the invoice line of the week);
 *   cost        hours × cost/hour, rounded half-up to cents (the payroll cost line);
 *   margin      revenue − cost, exactly (both in cents).
 * Totals are sums of cells: in a row, in a week column and overall.
 *
 * Phases (DOMAIN.md §7, §4). Phase A is worked with an agency-clause contract (or fixed term),
 * phase B with fixed-term contracts without clause, phase C with an open-ended contract. The WW
 * premium (AWf) is HIGH for a clause contract and for a fixed-term contract and LOW only for a
 * written open-ended contract that is not on-call: so the move A → B does not change the cost,
 * the move to phase C does (hourlyCostModel chooses the rate from the contract kind; the
 * forecast passes the kind of each phase). Where the phases come from, in this order: `phases`
 * given with the placement (a plan: cheap); `history` (contractPhase on the employment history
 * with a worked week projected for every forecast week with hours: exact, slower); otherwise the
 * contract given (default agency clause; open-ended = phase C) for the whole forecast.
 *
 * Hours per week go into the cost model only for its per-hour approximation of the yearly
 * maximum premium wage: the forecast gives it the placement's AVERAGE hours per week over the
 * forecast weeks with hours (rounded to whole minutes), a yearly cap being spread over the year's
 * hours; the hours of each week then only multiply the per-hour figures.
 *
 * Pension (StiPP Basis → Plus after N worked weeks until 2025; one scheme from 2026). Unless the
 * cost choices name the scheme, the model gets the worked weeks: those before the forecast
 * (`workedWeeks`, default every week since the placement started) plus the forecast weeks with
 * hours. The model decides; the forecast hands it the count capped at the threshold
 * pension.stipp.plus.afterWorkedWeeks (below it: 0), so that one model serves all weeks on either
 * side of the switch.
 *
 * The hot path (issue 9: 2,000 placements × 52 weeks):
 * 1. weeks and their rule snapshots are computed once per forecast (weeks.ts);
 * 2. per placement, a "period" is a run of weeks with the same snapshot, agreement, phase, age
 *    and pension count; its figures (wage, cost/hour, rate/hour) are exact Decimals computed once
 *    (or taken over from the previous period when the cost function and the wage did not change);
 * 3. cost models are shared between placements and calls (one per context and snapshot); the
 *    model at the rules' default cap hours serves every placement working no more hours whose
 *    wage stays in the model's linear range (see forecastRow), so hours per week do not multiply
 *    the models; the per-hour figures themselves are memoised by value (cost of a linear cost
 *    function at a wage in cents; rate of an agreement's terms), as pure functions;
 * 4. in the inner loop a cell is two integer operations per amount (cents.ts: the exact
 *    per-hour Decimal is scaled once per period, and round-half-up of per-hour × minutes / 60 is
 *    then computed on integers, with a proof there that it equals the decimal result; the rare
 *    case that could carry falls back to BigInt on the exact digits); cells are whole cents in
 *    Int32Arrays;
 * 5. a test compares every cell of 2,000 × 52 generated placements with a slow, straightforward
 *    Decimal reference (test/margin/forecast-fixture.ts): zero differences.
 */

export interface ForecastPeriod {
  /** First and last week of the period. */
  readonly fromWeek: string;
  readonly toWeek: string;
  readonly phase: Phase;
  readonly contract: ContractKind;
  /** WW premium the cost model used. */
  readonly awf: 'low' | 'high';
  readonly agreementFrom: string;
  readonly mode: WageAgreement['mode'];
  readonly agreedWage: Decimal;
  /** The wage the period is computed with (raised to the minimum wage when below it). */
  readonly wage: Decimal;
  readonly raisedToMinimum: boolean;
  /** Billing rate per hour (rounded to cents by rateFor). */
  readonly rate: Decimal;
  /** Loaded cost per hour, exact. */
  readonly costPerHour: Decimal;
}

/** One placement of the forecast: who, where, the periods it was computed in, its sums. */
export interface ForecastRow {
  readonly placementId: string;
  readonly workerId: string;
  readonly hirerId: string;
  readonly agencyId?: string;
  /** The runs of weeks with the same figures (agreement, phase, wage, rate, cost per hour). */
  readonly periods: readonly ForecastPeriod[];
  /** Sums of the row: whole minutes and whole cents. */
  readonly totals: { readonly minutes: number; readonly revenue: number; readonly cost: number; readonly margin: number };
}

/**
 * The cells, row-major: the cell of row r (placement) and week w is at index r × weeks + w.
 * Whole minutes and whole cents (fromCents gives euros); 0 where the placement does not run or
 * has no hours. A cell holds up to 168 hours at up to MAX_FORECAST_PER_HOUR euros per hour.
 */
export interface ForecastCells {
  readonly minutes: Int32Array;
  readonly revenue: Int32Array;
  readonly cost: Int32Array;
  readonly margin: Int32Array;
}

/** The largest rate or cost per hour a forecast cell holds (168 hours of it stay below 2^31 cents). */
export const MAX_FORECAST_PER_HOUR = 100_000;

export interface ForecastTotals {
  readonly minutes: number;
  readonly hours: Decimal;
  readonly revenue: Decimal;
  readonly cost: Decimal;
  readonly margin: Decimal;
  /** margin ÷ revenue, rounded to 4 decimals (0.1652 = 16,52 %); absent when there is no revenue. */
  readonly marginPercent?: Decimal;
}

export interface MarginForecast {
  /** Week labels, the table's columns. */
  readonly weeks: readonly string[];
  /** The reference day (Thursday) of each week. */
  readonly weekDays: readonly string[];
  /** One row per placement, in input order. */
  readonly rows: readonly ForecastRow[];
  /** The table's cells (see ForecastCells; forecastCell reads one as euros). */
  readonly cells: ForecastCells;
  /** Column sums per week. */
  readonly weekTotals: readonly ForecastTotals[];
  readonly totals: ForecastTotals;
  readonly findings: readonly Finding[];
}

// ---------------------------------------------------------------------------------------------

const PHASE_CONTRACT: Record<Phase, ContractKind> = { A: 'agency-clause', B: 'fixed-term', C: 'open-ended' };

interface PhaseEntry {
  /** First day (ISO) of the entry; '' for "from the start". */
  readonly from: string;
  readonly phase: Phase;
  readonly contract: ContractKind;
}

function initialPhase(fp: ForecastPlacement): PhaseEntry {
  const contract = fp.contract ?? 'agency-clause';
  return { from: '', phase: contract === 'open-ended' ? 'C' : 'A', contract };
}

/** The phase schedule of a placement over the forecast; see the header. */
function phaseSchedule(fp: ForecastPlacement, weeks: readonly ForecastWeek[], rules: RuleSet, cao: string): PhaseEntry[] {
  const first = initialPhase(fp);
  if (fp.phases) {
    const list = [...fp.phases].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    return [first, ...list.map((p) => ({ from: p.from, phase: p.phase, contract: p.contract ?? (p.phase === 'A' ? first.contract : PHASE_CONTRACT[p.phase]) }))];
  }
  if (!fp.history) return [first];
  // contractPhase on the history plus a worked week for every forecast week with hours.
  const h = fp.history as HistoryInput & { work?: unknown[]; cao?: unknown };
  const projected = weeks
    .map((w, i) => ({ w, m: typeof fp.minutes === 'number' ? fp.minutes : fp.minutes[i]! }))
    .filter(({ w, m }) => m > 0 && w.thursday >= fp.placement.start && (fp.placement.end === undefined || w.thursday <= fp.placement.end))
    .map(({ w, m }) => ({ week: w.label, hours: new Decimal(m).div(60) }));
  const history = { ...h, cao: h.cao ?? cao, work: [...((h.work as unknown[] | undefined) ?? []), ...projected] } as HistoryInput;
  const contracts = parseHistory(history).contracts;
  const lastDay = weeks[weeks.length - 1]!.sunday;
  const out: PhaseEntry[] = [];
  let asOf = weeks[0]!.monday;
  for (let guard = 0; guard < 6; guard++) {
    const s = contractPhase(history, asOf, { rules });
    const current = contracts.find((c) => c.id === s.currentContractId);
    const contract = s.phase === 'A' ? (current?.kind ?? first.contract) : PHASE_CONTRACT[s.phase];
    out.push({ from: out.length === 0 ? '' : asOf, phase: s.phase, contract });
    const next = s.nextTransition;
    if (!next || next.on > lastDay || next.on <= asOf) break;
    asOf = next.on;
  }
  return out;
}

function totalsOf(minutes: number, revenue: number, cost: number): ForecastTotals {
  const margin = revenue - cost;
  return Object.freeze({
    minutes,
    hours: new Decimal(minutes).div(60),
    revenue: fromCents(revenue),
    cost: fromCents(cost),
    margin: fromCents(margin),
    ...(revenue !== 0 ? { marginPercent: roundTo(new Decimal(margin).div(revenue), 4) } : {}),
  });
}

function withPlacement(e: unknown, placementId: string, position: number): never {
  if (e instanceof BackOfficerError) {
    const texts: Texts = { nl: `plaatsing ${placementId} (nr. ${position + 1}): ${e.texts.nl}`, en: `placement ${placementId} (no. ${position + 1}): ${e.texts.en}` };
    // Keep the kind: a date no rule covers stays a NoRuleError (Excel shows #N/A, not #VALUE!).
    throw e instanceof NoRuleError ? new NoRuleError(e.code, texts, e.field) : new InputError(e.code, texts, e.field);
  }
  throw e;
}

/** A cost model with what the forecast reads from it, once. */
interface ModelView {
  readonly model: HourlyCostModel;
  /** Same id: the same linear cost function over the same wage range (cost/types.ts `linear`). */
  readonly linearId: number;
  readonly unconfirmed: boolean;
  /** The linear range in whole cents: ceil(fromWage × 100) and floor(toWage × 100), for wages in cents. */
  readonly fromCents: number;
  readonly toCents: number;
}

const MODEL_CACHE_LIMIT = 20_000;
let modelCaches = new WeakMap<RuleSet, Map<string, ModelView>>();

/** Key ids are part of the model keys: when they restart, so do the models. */
function modelCachesReset(): void {
  modelCaches = new WeakMap();
}
const linearIds = new Map<string, number>();

function modelCacheFor(rules: RuleSet): Map<string, ModelView> {
  let m = modelCaches.get(rules);
  if (!m) {
    m = new Map();
    modelCaches.set(rules, m);
  }
  return m;
}

function viewOf(model: HourlyCostModel): ModelView {
  const l = model.linear;
  const sig = `${l.slope.toString()}|${l.intercept.toString()}|${l.fromWage.toString()}|${l.toWage.toString()}`;
  let id = linearIds.get(sig);
  if (id === undefined) {
    if (linearIds.size >= MODEL_CACHE_LIMIT) linearIds.clear();
    id = linearIds.size + 1;
    linearIds.set(sig, id);
  }
  return {
    model,
    linearId: id,
    unconfirmed: model.findings.some((f) => f.code === 'COST_UNCONFIRMED_FIGURES'),
    fromCents: l.fromWage.mul(100).ceil().toNumber(),
    toCents: l.toWage.mul(100).floor().toNumber(),
  };
}


const keyIds = new Map<string, number>();

/** A small number for a long key (cost choices), stable for the life of the module. */
function internKey(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    if (keyIds.size >= MODEL_CACHE_LIMIT) {
      keyIds.clear();
      modelCachesReset();
    }
    id = keyIds.size + 1;
    keyIds.set(key, id);
  }
  return id;
}

function decimalText(_key: string, value: unknown): unknown {
  return Decimal.isDecimal(value) ? `#${String(value)}` : value;
}

/** Cost per hour at a wage: the model's linear form where it holds (exactly equal, cost/types.ts), else its full computation. */
function costAt(model: HourlyCostModel, wage: Decimal, linear: boolean): Decimal {
  return linear ? model.linear.intercept.plus(model.linear.slope.mul(wage)) : model.cost(wage);
}

/** The wage lies in the model's linear range (in cents when the wage is in cents: no decimal comparison). */
function inLinearRange(view: ModelView, wage: Decimal, cents: number): boolean {
  if (cents === cents) return cents >= view.fromCents && cents <= view.toCents;
  const l = view.model.linear;
  return wage.gte(l.fromWage) && wage.lte(l.toWage);
}

function sameAmount(a: Decimal, aCents: number, b: Decimal, bCents: number): boolean {
  if (a === b) return true;
  if (aCents === aCents && bCents === bCents) return aCents === bCents;
  return a.eq(b);
}

function sameScaled(a: ScaledPerHour, b: ScaledPerHour): boolean {
  return a === b || (a.q === b.q && a.exact === b.exact && (a.exact || a.value.eq(b.value)));
}

/*
 * Memos of the per-hour figures, shared between placements and forecasts (each is a pure value of
 * its key, as the cost models are): the cost per hour of a linear cost function at a wage in
 * cents, and the rate of an agreement's terms at a wage (and, in margin mode, a cost). Input
 * numbers are read into one Decimal per number (forecast-input.ts), so terms are keys by identity.
 */
const MEMO_LIMIT = 200_000;
const linearCosts = new Map<number, ScaledPerHour>();
/** By the agreement's term (factor, margin of the rate, margin on cost, fixed rate), then by wage in cents or by cost. */
let rateMemo = { factor: new WeakMap<Decimal, Map<number, ScaledPerHour>>(), ofRate: new WeakMap<Decimal, Map<ScaledPerHour, ScaledPerHour>>(), markup: new WeakMap<Decimal, Map<ScaledPerHour, ScaledPerHour>>(), fixed: new WeakMap<Decimal, ScaledPerHour>() };
let rateMemoSize = 0;

/** The loaded cost per hour at a wage, scaled (cents.ts); see the memos above. */
function costPerHour(view: ModelView, wage: Decimal, wageCents: number, linear: boolean): ScaledPerHour {
  if (!linear || wageCents !== wageCents || wageCents >= 2 ** 23) return scalePerHour(costAt(view.model, wage, linear));
  const key = view.linearId * 2 ** 23 + wageCents;
  let c = linearCosts.get(key);
  if (c === undefined) {
    if (linearCosts.size >= MEMO_LIMIT) linearCosts.clear();
    c = scalePerHour(costAt(view.model, wage, true));
    linearCosts.set(key, c);
  }
  return c;
}

/** rateFor (rates/) on the agreement at the period's wage, scaled. */
function computeRate(agreement: WageAgreement, raised: boolean, wage: Decimal, cost: Decimal): ScaledPerHour {
  const effective = raised ? ({ ...agreement, wage } as WageAgreement) : agreement;
  return scalePerHour(rateFor(effective, undefined, cost));
}

function innerMap<K>(map: WeakMap<Decimal, Map<K, ScaledPerHour>>, term: Decimal): Map<K, ScaledPerHour> {
  let inner = map.get(term);
  if (!inner) {
    inner = new Map();
    map.set(term, inner);
  }
  return inner;
}

function remember(): void {
  if (++rateMemoSize >= MEMO_LIMIT) {
    rateMemo = { factor: new WeakMap(), ofRate: new WeakMap(), markup: new WeakMap(), fixed: new WeakMap() };
    rateMemoSize = 0;
  }
}

/**
 * The billing rate per hour (rateFor, rates/) of an agreement at the period's wage, scaled. A
 * raise to the minimum wage changes the agreement's wage, never a fixed rate (rateFor: fixed →
 * the agreement's own rate). The rate depends on the factor and the wage, on the margin, its
 * basis and the cost per hour, or on the fixed rate alone: those are the memo's keys.
 */
function ratePerHour(agreement: WageAgreement, raised: boolean, wage: Decimal, wageCents: number, cost: ScaledPerHour): ScaledPerHour {
  let r: ScaledPerHour | undefined;
  switch (agreement.mode) {
    case 'factor': {
      if (wageCents !== wageCents) return computeRate(agreement, raised, wage, cost.value);
      const inner = innerMap(rateMemo.factor, agreement.factor);
      r = inner.get(wageCents);
      if (r === undefined) {
        r = computeRate(agreement, raised, wage, cost.value);
        inner.set(wageCents, r);
        remember();
      }
      return r;
    }
    case 'margin': {
      const inner = innerMap(agreement.marginBasis === 'of-rate' ? rateMemo.ofRate : rateMemo.markup, agreement.margin);
      r = inner.get(cost);
      if (r === undefined) {
        r = computeRate(agreement, raised, wage, cost.value);
        inner.set(cost, r);
        remember();
      }
      return r;
    }
    case 'fixed':
      r = rateMemo.fixed.get(agreement.rate);
      if (r === undefined) {
        r = computeRate(agreement, raised, wage, cost.value);
        rateMemo.fixed.set(agreement.rate, r);
        remember();
      }
      return r;
  }
}

/** The figures of a period: what every cell of it multiplies by its minutes. */
interface Figures {
  readonly view: ModelView;
  readonly agreement: number;
  readonly wage: Decimal;
  /** The wage in whole cents, or NaN when it has more decimals. */
  readonly wageCents: number;
  readonly raised: boolean;
  readonly linear: boolean;
  readonly rate: ScaledPerHour;
  readonly cost: ScaledPerHour;
}

/**
 * Largest q for which x = q × (168 hours in minutes) + 30·10^6 stays at most 2^52: then
 * Math.floor(x / D) is the exact quotient (the division's error, below x / D × 2^-53 < 1/D, cannot
 * cross a whole number the true quotient is at least 1/D away from) and x − q·D is exact.
 */
const MAX_SAFE_Q = Math.floor((2 ** 52 - 30_000_000) / (168 * 60));
const HALF = 30_000_000;
const D = 60_000_000;
/** floor(per hour × 10^8) of MAX_FORECAST_PER_HOUR. */
const MAX_CELL_Q = MAX_FORECAST_PER_HOUR * 1e8;

function tooLarge(perHour: Decimal, week: string): never {
  throw new InputError('OUT_OF_RANGE', {
    nl: `week ${week}: tarief of loonkosten per uur ${perHour.toFixed(2).replace('.', ',')} is te hoog voor een prognose; verwacht hoogstens ${MAX_FORECAST_PER_HOUR.toLocaleString('nl-NL')} per uur`,
    en: `week ${week}: a rate or cost per hour of ${perHour.toFixed(2)} is too high for a forecast; expected at most ${MAX_FORECAST_PER_HOUR.toLocaleString('en-GB')} per hour`,
  }, 'rate');
}

const dayOf = dayNumber;

function moneyText(d: Decimal | undefined, lang: keyof Texts): string {
  if (d === undefined) return '';
  return lang === 'nl' ? d.toFixed(2).replace('.', ',') : d.toFixed(2);
}

interface MinimumWage {
  readonly wage: Decimal;
  /** In whole cents (published amounts have 2 decimals), or NaN. */
  readonly cents: number;
  readonly unconfirmed: boolean;
  readonly parameter: string;
}

/** What the forecast knows once, for all placements. */
interface Context {
  readonly rules: RuleSet;
  readonly weeks: readonly ForecastWeek[];
  readonly snapshotStarts: readonly string[];
  readonly snapshotDay: readonly string[];
  /** Last week index of each snapshot. */
  readonly snapshotEnd: Int32Array;
  readonly snapOf: Int32Array;
  readonly th0: number;
  readonly explicitPension: boolean;
  readonly bbl: boolean;
  readonly baseCost: Partial<HourlyCostModelInput>;
  readonly thresholds: Int32Array;
  readonly capMinutes: Int32Array;
  readonly minimumWages: Map<number, MinimumWage>;
  readonly ruleCache: Map<string, FindingRule>;
  readonly models: Map<string, ModelView>;
  /** This forecast's models by context key, one per snapshot. */
  readonly local: Map<number, (ModelView | undefined)[]>;
  readonly unconfirmedSnapshots: Set<number>;
  readonly findings: Finding[];
  readonly cells: ForecastCells;
  /** Day number of the forecast's first Monday. */
  readonly firstMonday: number;
  /** The forecast's own cost choices as a number (part of every model key). */
  readonly baseId: number;
}

function threshold(ctx: Context, s: number): number {
  if (ctx.thresholds[s]! < 0) ctx.thresholds[s] = getInteger('pension.stipp.plus.afterWorkedWeeks', ctx.snapshotDay[s]!, ctx.rules);
  return ctx.thresholds[s]!;
}

function capOf(ctx: Context, s: number): number {
  if (ctx.capMinutes[s]! < 0) ctx.capMinutes[s] = getInteger('cost.premiumCapHoursPerWeek', ctx.snapshotDay[s]!, ctx.rules) * 60;
  return ctx.capMinutes[s]!;
}

/** Minimum wages per rule set, snapshot start, age and scale (a pure value of these). */
const minimumCache = new WeakMap<RuleSet, Map<string, MinimumWage>>();

function minimumFor(ctx: Context, s: number, age: number): MinimumWage {
  const key = s * 256 + (age < 0 ? 255 : age);
  let m = ctx.minimumWages.get(key);
  if (!m) {
    let shared = minimumCache.get(ctx.rules);
    if (!shared) {
      shared = new Map();
      minimumCache.set(ctx.rules, shared);
    }
    const sharedKey = `${ctx.snapshotStarts[s]}|${age}|${ctx.bbl}`;
    m = shared.get(sharedKey);
    if (!m) {
      const day = ctx.snapshotDay[s]!;
      const tableAge = minimumWageAge(age < 0 ? undefined : age);
      const parameter = `minimumWage.hourly.${tableAge}`;
      const wage = minimumWage(day, tableAge, { rules: ctx.rules, bbl: ctx.bbl });
      m = { wage, cents: centsOfWords(wage), unconfirmed: resolveParameter(parameter, day, ctx.rules).unconfirmed, parameter };
      if (shared.size > 10_000) shared.clear();
      shared.set(sharedKey, m);
    }
    ctx.minimumWages.set(key, m);
  }
  return m;
}

function ruleFor(ctx: Context, parameter: string, s: number): FindingRule {
  const key = `${parameter}|${s}`;
  let r = ctx.ruleCache.get(key);
  if (!r) {
    r = ruleOf(parameter, ctx.snapshotDay[s]!, ctx.rules);
    ctx.ruleCache.set(key, r);
  }
  return r;
}

const CONTRACT_CODE: Record<ContractKind, number> = { 'agency-clause': 0, 'fixed-term': 1, 'open-ended': 2 };

/**
 * The cost inputs of a placement other than the date and the forecast's own choices, packed in
 * one number (48 bits): cost choices id, CAO, contract, age, model hours (or the default), pension count.
 */
function contextKey(ctx: Context, fp: ForecastPlacement, costId: number, contract: ContractKind, age: number, minutes: number | undefined, pensionWeeks: number): number {
  const pension = ctx.explicitPension ? 255 : Math.min(pensionWeeks, 254);
  const packed = (((fp.placement.cao === 'NBBU' ? 4 : 0) + CONTRACT_CODE[contract]) * 256 + Math.min(age + 1, 255)) * 16_384 + (minutes ?? 16_383);
  return (costId * 2 ** 25 + packed) * 256 + pension;
}

/** The cost model of a context in a snapshot: from this forecast's table, else the shared cache, else built. */
function modelIn(ctx: Context, key: number, s: number, fp: ForecastPlacement, contract: ContractKind, age: number, minutes: number | undefined, pensionWeeks: number): ModelView {
  let list = ctx.local.get(key);
  if (!list) {
    list = [];
    ctx.local.set(key, list);
  }
  return (list[s] ??= modelOf(ctx, key, s, fp, contract, age, minutes, pensionWeeks));
}

/** The cost model for a placement's inputs in a snapshot, shared between placements and forecasts. */
function modelOf(ctx: Context, context: number, s: number, fp: ForecastPlacement, contract: ContractKind, age: number, minutes: number | undefined, pensionWeeks: number): ModelView {
  const key = `${ctx.snapshotStarts[s]}|${ctx.baseId}|${context}`;
  let view = ctx.models.get(key);
  if (!view) {
    const input: Record<string, unknown> = { ...ctx.baseCost, ...(fp.cost ?? {}), date: ctx.snapshotDay[s]!, cao: fp.placement.cao, contract };
    if (minutes !== undefined) input['hoursPerWeek'] = new Decimal(minutes).div(60);
    if (age >= 0) input['age'] = age;
    if (!ctx.explicitPension && fp.cost?.pension === undefined) input['workedWeeks'] = pensionWeeks;
    view = viewOf(hourlyCostModel(input as unknown as HourlyCostModelInput, { rules: ctx.rules }));
    if (ctx.models.size >= MODEL_CACHE_LIMIT) ctx.models.clear();
    ctx.models.set(key, view);
  }
  return view;
}

/** One placement's row; see the header of this file. */
function forecastRow(ctx: Context, fp: ForecastPlacement, agencyId: string | undefined, row: number): ForecastRow {
  const { weeks, snapOf, th0 } = ctx;
  const W = weeks.length;
  const base = row * W;
  const p = fp.placement;
  const { minutes: minutesCells, revenue, cost, margin } = ctx.cells;
  const periods: ForecastPeriod[] = [];
  let rowMinutes = 0;
  let rowRevenue = 0;
  let rowCost = 0;

  const schedule = phaseSchedule(fp, weeks, ctx.rules, p.cao);
  // The weeks the placement runs (on their Thursday), and the weeks its agreements and phases start.
  const first = Math.max(0, Math.ceil((dayOf(p.start) - th0) / 7));
  const last = p.end === undefined ? W - 1 : Math.min(W - 1, Math.floor((dayOf(p.end) - th0) / 7));
  const agreements = p.agreements;
  const agreementCents = agreements.map((x) => centsOfWords(x.wage));
  const agreementStart: number[] = [];
  for (let k = 0; k < agreements.length; k++) agreementStart.push(k === 0 ? first : Math.max(first, Math.ceil((dayOf(agreements[k]!.from) - th0) / 7)));
  const phaseStart: number[] = [];
  for (let k = 0; k < schedule.length; k++) phaseStart.push(schedule[k]!.from === '' ? first : Math.max(first, Math.ceil((dayOf(schedule[k]!.from) - th0) / 7)));
  const constant = typeof fp.minutes === 'number' ? fp.minutes : -1;
  const perWeek = constant < 0 ? (fp.minutes as readonly number[]) : undefined;
  // The cost model's hours per week: the average over the weeks with hours (see the header).
  let sum = 0;
  let count = 0;
  for (let w = first; w <= last; w++) {
    const m = constant >= 0 ? constant : perWeek![w]!;
    if (m > 0) {
      sum += m;
      count++;
    }
  }
  const modelMinutes = count === 0 ? 0 : Math.round(sum / count);
  const costId = fp.cost ? internKey(JSON.stringify(fp.cost, decimalText)) : 0;
  const fixedAge = fp.age ?? -1;
  let pensionCount = fp.workedWeeks ?? Math.max(0, Math.ceil((ctx.firstMonday - dayOf(p.start)) / 7));

  let a = 0;
  let ph = 0;
  let fig: Figures | undefined;
  // The cost-model keys of the current contract, age and pension count (strings built only when these change).
  let keyContract: ContractKind | undefined;
  let keyAge = -2;
  let keyPension = -1;
  let keyDefault = 0;
  let keyOwn = 0;
  // The period shown to people runs while nothing a clerk sees changes.
  let shownFrom = -1;
  let shownTo = -1;
  let shownFig: Figures | undefined;
  let shownPhase: PhaseEntry | undefined;
  // The current run of weeks with a wage raised to the minimum.
  let raisedFrom = -1;
  let raisedTo = -1;
  let raisedAgreed: Decimal | undefined;
  let raisedParameter = '';
  let raisedSnap = 0;
  let raisedFirst: Decimal | undefined;
  let raisedLast: Decimal | undefined;

  let w = first;
  while (w <= last) {
    while (a + 1 < agreements.length && agreementStart[a + 1]! <= w) a++;
    while (ph + 1 < schedule.length && phaseStart[ph + 1]! <= w) ph++;
    const s = snapOf[w]!;
    const age = fp.birthDate !== undefined ? ageOn(fp.birthDate, weeks[w]!.thursday) : fixedAge;
    const t = ctx.explicitPension ? 0 : threshold(ctx, s);
    const pension = ctx.explicitPension ? 0 : pensionCount >= t ? t : 0;
    // The run ends before the next agreement, phase or snapshot (and at the birthday, tested per week below).
    let runEnd = last;
    if (a + 1 < agreements.length && agreementStart[a + 1]! - 1 < runEnd) runEnd = agreementStart[a + 1]! - 1;
    if (ph + 1 < schedule.length && phaseStart[ph + 1]! - 1 < runEnd) runEnd = phaseStart[ph + 1]! - 1;
    if (ctx.snapshotEnd[s]! < runEnd) runEnd = ctx.snapshotEnd[s]!;

    // The period's figures: computed once, or taken over when nothing they depend on changed.
    const entry = schedule[ph]!;
    const agreement = agreements[a]!;
    const minimum = minimumFor(ctx, s, age);
    const agreedCents = agreementCents[a]!;
    const raised = agreedCents === agreedCents && minimum.cents === minimum.cents ? agreedCents < minimum.cents : agreement.wage.lt(minimum.wage);
    const wage = raised ? minimum.wage : agreement.wage;
    const wageCents = raised ? minimum.cents : agreedCents;
    // The model at the rules' default cap hours serves when the placement works no more hours
    // and the wage stays in its linear range: a yearly cap spread over fewer hours per week is a
    // higher cap per hour, so it does not bite either and the cost is the same linear function.
    // Else the model gets the placement's own hours.
    if (entry.contract !== keyContract || age !== keyAge || pension !== keyPension) {
      keyContract = entry.contract;
      keyAge = age;
      keyPension = pension;
      keyDefault = contextKey(ctx, fp, costId, entry.contract, age, undefined, pension);
      keyOwn = contextKey(ctx, fp, costId, entry.contract, age, modelMinutes, pension);
    }
    let view = modelIn(ctx, keyDefault, s, fp, entry.contract, age, undefined, pension);
    let linear = inLinearRange(view, wage, wageCents);
    if (modelMinutes > capOf(ctx, s) || !linear) {
      view = modelIn(ctx, keyOwn, s, fp, entry.contract, age, modelMinutes, pension);
      linear = inLinearRange(view, wage, wageCents);
    }
    if (view.unconfirmed || minimum.unconfirmed) ctx.unconfirmedSnapshots.add(s);
    const sameWage = fig !== undefined && sameAmount(fig.wage, fig.wageCents, wage, wageCents);
    const sameCost = sameWage && (fig!.view === view || (fig!.linear && linear && fig!.view.linearId === view.linearId));
    const sameAgreement = sameWage && fig!.agreement === a && fig!.raised === raised;
    const costScaled = sameCost ? fig!.cost : costPerHour(view, wage, wageCents, linear);
    const rateScaled = sameAgreement && (sameCost || agreement.mode !== 'margin') ? fig!.rate : ratePerHour(agreement, raised, wage, wageCents, costScaled);
    const next: Figures = { view, agreement: a, wage, wageCents, raised, linear, rate: rateScaled, cost: costScaled };
    if (raised) {
      if (raisedFrom < 0) {
        raisedFrom = w;
        raisedAgreed = agreement.wage;
        raisedParameter = minimum.parameter;
        raisedSnap = s;
        raisedFirst = wage;
      }
      raisedLast = wage;
    } else if (raisedFrom >= 0) {
      raisedFinding(ctx, fp, agencyId, raisedFrom, raisedTo, raisedAgreed, raisedFirst, raisedLast, raisedParameter, raisedSnap);
      raisedFrom = -1;
    }
    const continues =
      shownFig !== undefined && shownPhase === entry && shownFig.agreement === a && shownFig.raised === raised && sameAmount(shownFig.wage, shownFig.wageCents, wage, wageCents) &&
      sameScaled(shownFig.rate, rateScaled) && sameScaled(shownFig.cost, costScaled) && shownFig.view.model.awf === view.model.awf;
    if (!continues) {
      if (shownFig) periods.push(periodOf(weeks, agreements, shownFrom, shownTo, shownFig, shownPhase!));
      shownFrom = w;
      shownFig = next;
      shownPhase = entry;
    }
    fig = next;

    // The cells of the run: integers only (cents.ts), until something changes.
    const rq = rateScaled.q;
    const cq = costScaled.q;
    if (rq < 0 || rq > MAX_CELL_Q || cq < 0 || cq > MAX_CELL_Q) tooLarge(rq < 0 || rq > MAX_CELL_Q ? rateScaled.value : costScaled.value, weeks[w]!.label);
    const rFast = rq <= MAX_SAFE_Q;
    const cFast = cq <= MAX_SAFE_Q;
    const rExact = rateScaled.exact;
    const cExact = costScaled.exact;
    for (; w <= runEnd; w++) {
      const m = constant >= 0 ? constant : perWeek![w]!;
      if (m === 0) continue;
      if (!ctx.explicitPension && pension !== (pensionCount >= t ? t : 0)) break;
      if (fp.birthDate !== undefined && ageOn(fp.birthDate, weeks[w]!.thursday) !== age) break;
      let r: number;
      let c: number;
      if (rFast) {
        const x = rq * m + HALF;
        const q = Math.floor(x / D);
        r = rExact || x - q * D + m <= D ? q : centsOf(rateScaled, m);
      } else r = centsOf(rateScaled, m);
      if (cFast) {
        const x = cq * m + HALF;
        const q = Math.floor(x / D);
        c = cExact || x - q * D + m <= D ? q : centsOf(costScaled, m);
      } else c = centsOf(costScaled, m);
      minutesCells[base + w] = m;
      revenue[base + w] = r;
      cost[base + w] = c;
      margin[base + w] = r - c;
      rowMinutes += m;
      rowRevenue += r;
      rowCost += c;
      pensionCount++;
      shownTo = w;
      if (raised) raisedTo = w;
    }
  }
  if (shownFig) periods.push(periodOf(weeks, agreements, shownFrom, shownTo, shownFig, shownPhase!));
  if (raisedFrom >= 0) raisedFinding(ctx, fp, agencyId, raisedFrom, raisedTo, raisedAgreed, raisedFirst, raisedLast, raisedParameter, raisedSnap);
  phaseFindings(ctx, fp, agencyId, schedule, phaseStart, periods);

  return {
    placementId: p.id,
    workerId: p.workerId,
    hirerId: p.hirerId,
    ...(agencyId !== undefined ? { agencyId } : {}),
    periods,
    totals: { minutes: rowMinutes, revenue: rowRevenue, cost: rowCost, margin: rowRevenue - rowCost },
  };
}

function periodOf(weeks: readonly ForecastWeek[], agreements: readonly WageAgreement[], from: number, to: number, f: Figures, phase: PhaseEntry): ForecastPeriod {
  const ag = agreements[f.agreement]!;
  return {
    fromWeek: weeks[from]!.label,
    toWeek: weeks[Math.max(from, to)]!.label,
    phase: phase.phase,
    contract: phase.contract,
    awf: f.view.model.awf,
    agreementFrom: ag.from,
    mode: ag.mode,
    agreedWage: ag.wage,
    wage: f.wage,
    raisedToMinimum: f.raised,
    rate: f.rate.value,
    costPerHour: f.cost.value,
  };
}

function raisedFinding(
  ctx: Context, fp: ForecastPlacement, agencyId: string | undefined, from: number, to: number, agreed: Decimal | undefined,
  firstWage: Decimal | undefined, lastWage: Decimal | undefined, parameter: string, snapshot: number,
): void {
  const p = fp.placement;
  const weeks = ctx.weeks;
  const used = (lang: keyof Texts) => (firstWage!.eq(lastWage!) ? moneyText(firstWage, lang) : `${moneyText(firstWage, lang)} … ${moneyText(lastWage, lang)}`);
  ctx.findings.push(
    finding(F.FORECAST_WAGE_RAISED_TO_MINIMUM, {
      nl: `Plaatsing ${p.id}: het afgesproken uurloon ${moneyText(agreed, 'nl')} ligt in week ${weeks[from]!.label} t/m ${weeks[Math.max(from, to)]!.label} onder het minimumloon voor de leeftijd; gerekend met het minimumloon (${used('nl')}).`,
      en: `Placement ${p.id}: the agreed hourly wage ${moneyText(agreed, 'en')} is below the minimum wage for the age in weeks ${weeks[from]!.label} to ${weeks[Math.max(from, to)]!.label}; computed with the minimum wage (${used('en')}).`,
    }, { ref: { placementId: p.id, workerId: p.workerId, hirerId: p.hirerId, ...(agencyId ? { agencyId } : {}), week: weeks[from]!.label }, rule: ruleFor(ctx, parameter, snapshot) }),
  );
}

const PHASE_RULE: FindingRule = { source: 'CAO voor Uitzendkrachten, phases (DOMAIN.md §7); AWf low only for a written open-ended contract (DOMAIN.md §4)' };

/** Phase changes inside the forecast (info, with what they do to the WW premium). */
function phaseFindings(ctx: Context, fp: ForecastPlacement, agencyId: string | undefined, schedule: readonly PhaseEntry[], phaseStart: readonly number[], periods: readonly ForecastPeriod[]): void {
  const p = fp.placement;
  const weeks = ctx.weeks;
  for (let k = 1; k < schedule.length; k++) {
    const e = schedule[k]!;
    const prev = schedule[k - 1]!;
    // A change counts from the week whose Thursday it reaches; after the last one it is outside the forecast.
    if (phaseStart[k]! >= weeks.length || e.phase === prev.phase) continue;
    const changeWeek = weeks[phaseStart[k]!]!.label;
    let before: ForecastPeriod | undefined;
    let after: ForecastPeriod | undefined;
    for (const x of periods) {
      if (x.phase === prev.phase && x.fromWeek < changeWeek) before = x;
      if (!after && x.phase === e.phase && x.fromWeek >= changeWeek) after = x;
    }
    const awf: Texts =
      before && after && before.awf !== after.awf
        ? { nl: `de WW-premie gaat van ${before.awf === 'low' ? 'laag' : 'hoog'} naar ${after.awf === 'low' ? 'laag' : 'hoog'}`, en: `the WW premium goes from ${before.awf} to ${after.awf}` }
        : after
          ? { nl: `de WW-premie blijft ${after.awf === 'low' ? 'laag' : 'hoog'}`, en: `the WW premium stays ${after.awf}` }
          : { nl: 'geen uren in de nieuwe fase binnen de prognose', en: 'no hours in the new phase within the forecast' };
    ctx.findings.push(
      finding(F.FORECAST_PHASE_CHANGE, {
        nl: `Plaatsing ${p.id}: van fase ${prev.phase} naar fase ${e.phase} op ${e.from} (contract: ${e.contract}); ${awf.nl}.`,
        en: `Placement ${p.id}: from phase ${prev.phase} to phase ${e.phase} on ${e.from} (contract: ${e.contract}); ${awf.en}.`,
      }, { ref: { placementId: p.id, workerId: p.workerId, hirerId: p.hirerId, ...(agencyId ? { agencyId } : {}), date: e.from, week: changeWeek }, rule: PHASE_RULE }),
    );
  }
}

/** Sums per week of the cells (whole minutes and cents: exact). */
function columnSums(cells: ForecastCells, rows: number, W: number): { weekMinutes: Float64Array; weekRevenue: Float64Array; weekCost: Float64Array } {
  const weekMinutes = new Float64Array(W);
  const weekRevenue = new Float64Array(W);
  const weekCost = new Float64Array(W);
  const { minutes, revenue, cost } = cells;
  for (let r = 0, i = 0; r < rows; r++) {
    for (let w = 0; w < W; w++, i++) {
      weekMinutes[w] = weekMinutes[w]! + minutes[i]!;
      weekRevenue[w] = weekRevenue[w]! + revenue[i]!;
      weekCost[w] = weekCost[w]! + cost[i]!;
    }
  }
  return { weekMinutes, weekRevenue, weekCost };
}

/**
 * Revenue, payroll cost and margin of placements over weeks ahead, per cell (placement × week)
 * and in totals; see the header for the rules and the rounding.
 */
export function marginForecast(input: MarginForecastInput, options: MarginForecastOptions = {}): MarginForecast {
  const rules = options.rules ?? defaultRules;
  const parsed: ParsedForecast = parseForecastInput(input);
  const table = weekTable(parsed.from, parsed.weeks, rules);
  const weeks = table.weeks;
  const W = weeks.length;
  const baseCost = parsed.cost;
  const snapOf = new Int32Array(W);
  const snapshotDay: string[] = [];
  for (let w = 0; w < W; w++) {
    const s = weeks[w]!.snapshot;
    snapOf[w] = s;
    if (snapshotDay[s] === undefined) snapshotDay[s] = weeks[w]!.thursday;
  }
  const snapshotEnd = new Int32Array(snapshotDay.length);
  for (let w = 0; w < W; w++) snapshotEnd[snapOf[w]!] = w;
  const ctx: Context = {
    rules,
    weeks,
    snapshotStarts: table.snapshotStarts,
    snapshotDay,
    snapshotEnd,
    snapOf,
    th0: dayOf(weeks[0]!.thursday),
    explicitPension: baseCost.pension !== undefined,
    bbl: baseCost.bbl === true || baseCost.bbl === 'true' || baseCost.bbl === 'ja' || baseCost.bbl === 'yes',
    baseCost,
    thresholds: new Int32Array(snapshotDay.length).fill(-1),
    capMinutes: new Int32Array(snapshotDay.length).fill(-1),
    minimumWages: new Map(),
    ruleCache: new Map(),
    models: modelCacheFor(rules),
    local: new Map(),
    unconfirmedSnapshots: new Set(),
    findings: [],
    cells: {
      minutes: new Int32Array(W * parsed.placements.length),
      revenue: new Int32Array(W * parsed.placements.length),
      cost: new Int32Array(W * parsed.placements.length),
      margin: new Int32Array(W * parsed.placements.length),
    },
    firstMonday: dayOf(weeks[0]!.monday),
    baseId: internKey(JSON.stringify(baseCost, decimalText)),
  };

  const rows: ForecastRow[] = new Array(parsed.placements.length);
  for (let position = 0; position < parsed.placements.length; position++) {
    const fp = parsed.placements[position]!;
    try {
      rows[position] = forecastRow(ctx, fp, fp.agencyId ?? parsed.agencyId, position);
    } catch (e) {
      withPlacement(e, fp.placement.id, position);
    }
  }

  const findings = ctx.findings;
  if (ctx.unconfirmedSnapshots.size > 0) {
    const list = weeks.filter((w) => ctx.unconfirmedSnapshots.has(w.snapshot));
    findings.push(
      finding(F.FORECAST_UNCONFIRMED_FIGURES, {
        nl: `Week ${list[0]!.label} t/m ${list[list.length - 1]!.label}: de loonkosten of het minimumloon gebruiken cijfers die in onze bronnen onbevestigd zijn (zie explain() en de kostenopbouw van hourlyCost).`,
        en: `Weeks ${list[0]!.label} to ${list[list.length - 1]!.label}: the payroll cost or the minimum wage use figures that are unconfirmed in our sources (see explain() and hourlyCost's breakdown).`,
      }, { ref: { week: list[0]!.label } }),
    );
  }

  const { weekMinutes, weekRevenue, weekCost } = columnSums(ctx.cells, rows.length, W);
  let tm = 0;
  let tr = 0;
  let tc = 0;
  const weekTotals: ForecastTotals[] = new Array(W);
  for (let i = 0; i < W; i++) {
    tm += weekMinutes[i]!;
    tr += weekRevenue[i]!;
    tc += weekCost[i]!;
    weekTotals[i] = totalsOf(weekMinutes[i]!, weekRevenue[i]!, weekCost[i]!);
  }
  return {
    weeks: weeks.map((w) => w.label),
    weekDays: weeks.map((w) => w.thursday),
    rows,
    cells: ctx.cells,
    weekTotals,
    totals: totalsOf(tm, tr, tc),
    findings,
  };
}

/** One cell of a forecast in euros and hours (row = the placement's position, week = the column). */
export function forecastCell(forecast: MarginForecast, row: number, week: number): { minutes: number; hours: Decimal; revenue: Decimal; cost: Decimal; margin: Decimal } {
  const W = forecast.weeks.length;
  if (!Number.isInteger(row) || row < 0 || row >= forecast.rows.length || !Number.isInteger(week) || week < 0 || week >= W) {
    throw new InputError('OUT_OF_RANGE', {
      nl: `cel: rij ${row}, week ${week} bestaat niet; verwacht rij 0 t/m ${forecast.rows.length - 1} en week 0 t/m ${W - 1}`,
      en: `cell: row ${row}, week ${week} does not exist; expected row 0 to ${forecast.rows.length - 1} and week 0 to ${W - 1}`,
    }, 'cell');
  }
  const i = row * W + week;
  const m = forecast.cells.minutes[i]!;
  return { minutes: m, hours: new Decimal(m).div(60), revenue: fromCents(forecast.cells.revenue[i]!), cost: fromCents(forecast.cells.cost[i]!), margin: fromCents(forecast.cells.margin[i]!) };
}
