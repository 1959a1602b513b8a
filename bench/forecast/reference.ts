import DecimalJs from 'decimal.js';
import { defaultRules, getInteger, hourlyCost, minimumWage, type Decimal, type HourlyCostInput } from '../../packages/core/src/index.js';
import type { MarginForecastInput } from '../../packages/core/src/margin/forecast-input.js';
import { Rng, addDays, daysBetween } from '../lib/prng.js';
import { FIRST_MONDAY } from './generate.js';

/*
 * The exact decimal reference of the forecast: every cell worked out with decimal.js at 80
 * significant digits, from the forecast's rules as its documentation states them, not from its
 * code paths:
 *   - a week counts when the placement runs on its Thursday; every dated value (agreement, phase,
 *     rules) is read on that Thursday;
 *   - wage = the agreement's, raised to minimumWage(Thursday, age) when below it (a fixed rate
 *     stays as agreed);
 *   - cost per hour = hourlyCost(...).total, the itemised public calculation (not the model's
 *     linear form), with the contract of the week's phase, the age, the hours per week and the
 *     worked weeks (pension);
 *   - rate = roundCents(wage × factor), roundCents(cost ÷ (1 − m)), roundCents(cost × (1 + m)),
 *     or the fixed rate;
 *   - revenue = roundHalfUp(rate × minutes ÷ 60, 2), cost = roundHalfUp(cost per hour × minutes
 *     ÷ 60, 2), margin = revenue − cost.
 * hourlyCost takes ~0,1 ms, so it is asked once per distinct input per rule period (the weeks
 * between two dates on which some rule table changes, and 1 January), with the worked weeks
 * reduced to "at or past the Plus threshold or not". Both shortcuts are checked: a sample of
 * cells is recomputed with hourlyCost on the cell's own Thursday and its own worked-week count.
 */

const X = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_UP });
type X = DecimalJs;
const x = (v: DecimalJs.Value | Decimal) => new X(String(v));
const halfUpCents = (v: X): number => v.toDecimalPlaces(2, X.ROUND_HALF_UP).mul(100).toNumber();

export interface ReferenceCell {
  /** Index into `periods` (−1 when the cell has no hours). */
  readonly period: number;
}

/** Per-hour figures of a run of weeks with the same inputs: what the floor loop starts from. */
export interface ReferencePeriod {
  readonly placement: number;
  readonly fromWeek: number;
  readonly toWeek: number;
  readonly wage: X;
  readonly rate: X;
  readonly costPerHour: X;
}

export interface Reference {
  readonly placements: number;
  readonly weeks: number;
  readonly thursdays: readonly string[];
  /** Per cell (placement × weeks + week): minutes and whole cents. */
  readonly minutes: Int32Array;
  readonly revenue: Float64Array;
  readonly cost: Float64Array;
  readonly margin: Float64Array;
  /** Per cell, the period index (−1: no hours). */
  readonly period: Int32Array;
  /** Per cell with hours: which agreement (0-based, sorted by date), the cost inputs (rule period, CAO, contract, age, minutes, Plus) and the minimum wage's day. */
  readonly agreementIndex: Int8Array;
  readonly costKey: (string | undefined)[];
  readonly costInput: Map<string, HourlyCostInput>;
  readonly minimumKey: (string | undefined)[];
  readonly minimumWages: Map<string, X>;
  readonly periods: readonly ReferencePeriod[];
  readonly weekRevenue: number[];
  readonly weekCost: number[];
  readonly weekMargin: number[];
  readonly totals: { revenue: number; cost: number; margin: number; minutes: number };
  /** Sampled checks of the two shortcuts above. */
  readonly sampleChecks: { readonly checked: number; readonly equal: number };
  readonly hourlyCostCalls: number;
  readonly ms: number;
}

/** Every date on which some rule changes, and each 1 January: the rule periods. */
function ruleBoundaries(): string[] {
  const set = new Set<string>();
  for (const t of defaultRules.tables) for (const values of Object.values(t.parameters)) for (const v of values) set.add(v.from);
  for (let y = 2020; y <= 2030; y++) set.add(`${y}-01-01`);
  return [...set].sort();
}

type Agreement = { from: string; wage: number; mode: string; factor?: number; margin?: number; marginBasis?: string; rate?: number };
type Phase = { from: string; phase: 'A' | 'B' | 'C'; contract?: string };

export function buildReference(input: MarginForecastInput, sample = 400): Reference {
  const t0 = performance.now();
  const W = Number(input.weeks);
  const P = input.placements.length;
  const boundaries = ruleBoundaries();
  const thursdays = Array.from({ length: W }, (_, w) => addDays(FIRST_MONDAY, 7 * w + 3));
  // The first Thursday of each week's rule period.
  const periodDay: string[] = [];
  for (let w = 0; w < W; w++) {
    let b = '';
    for (const d of boundaries) if (d <= thursdays[w]!) b = d;
    const prev = w > 0 && periodDay[w - 1]! >= b ? periodDay[w - 1]! : undefined;
    periodDay[w] = prev ?? thursdays[w]!;
  }
  const minimum = new Map<string, X>();
  const minimumOn = (day: string, age: number): X => {
    const k = `${day}|${age}`;
    let m = minimum.get(k);
    if (!m) minimum.set(k, (m = x(minimumWage(day, age))));
    return m;
  };
  const costCache = new Map<string, X>();
  let calls = 0;
  const costInput = (day: string, p: Record<string, unknown>, contract: string, minutes: number, workedWeeks: number, wage: X): HourlyCostInput =>
    ({
      ...(input.cost as object),
      date: day,
      cao: p['cao'],
      contract,
      age: p['age'],
      hoursPerWeek: x(minutes).div(60).toString(),
      workedWeeks,
      wage: wage.toString(),
    }) as HourlyCostInput;
  const costKeys = new Map<string, HourlyCostInput>();
  const costKeyOf = (day: string, p: Record<string, unknown>, contract: string, minutes: number, plus: boolean, count: number): string => {
    const k = `${day}|${String(p['cao'])}|${contract}|${String(p['age'])}|${minutes}|${plus}`;
    if (!costKeys.has(k)) {
      const { wage: _w, ...rest } = costInput(day, p, contract, minutes, plus ? count : 0, x(1));
      costKeys.set(k, rest as HourlyCostInput);
    }
    return k;
  };
  const costPerHour = (day: string, p: Record<string, unknown>, contract: string, minutes: number, plus: boolean, count: number, wage: X): X => {
    const k = `${costKeyOf(day, p, contract, minutes, plus, count)}|${wage.toString()}`;
    let c = costCache.get(k);
    if (!c) {
      calls++;
      c = x(hourlyCost(costInput(day, p, contract, minutes, plus ? count : 0, wage)).total);
      costCache.set(k, c);
    }
    return c;
  };

  const minutesGrid = new Int32Array(P * W);
  const revenue = new Float64Array(P * W);
  const cost = new Float64Array(P * W);
  const margin = new Float64Array(P * W);
  const periodOf = new Int32Array(P * W).fill(-1);
  const agreementIndex = new Int8Array(P * W).fill(-1);
  const costKey = new Array<string | undefined>(P * W);
  const minimumKey = new Array<string | undefined>(P * W);
  const periods: ReferencePeriod[] = [];
  const weekRevenue = new Array<number>(W).fill(0);
  const weekCost = new Array<number>(W).fill(0);
  const weekMargin = new Array<number>(W).fill(0);
  let totalMinutes = 0;
  const cellInputs: Array<{ i: number; w: number; day: string; contract: string; minutes: number; count: number; wage: X }> = [];

  input.placements.forEach((raw, i) => {
    const p = raw as unknown as Record<string, unknown>;
    const start = p['start'] as string;
    const end = p['end'] as string | undefined;
    const agreements = [...(p['agreements'] as Agreement[])].sort((a, b) => (a.from < b.from ? -1 : 1));
    const initialContract = (p['contract'] as string | undefined) ?? 'agency-clause';
    const schedule: Phase[] = [{ from: '', phase: initialContract === 'open-ended' ? 'C' : 'A', contract: initialContract }, ...((p['phases'] as Phase[] | undefined) ?? [])];
    const contractOf = (e: Phase) => e.contract ?? (e.phase === 'A' ? initialContract : e.phase === 'B' ? 'fixed-term' : 'open-ended');
    let count = (p['workedWeeks'] as number | undefined) ?? Math.max(0, Math.ceil(daysBetween(start, FIRST_MONDAY) / 7));
    const hours = p['hoursPerWeek'] as number | number[];
    let last: ReferencePeriod | undefined;
    for (let w = 0; w < W; w++) {
      const day = thursdays[w]!;
      if (day < start || (end !== undefined && day > end)) continue;
      const minutes = Math.round((typeof hours === 'number' ? hours : hours[w]!) * 60);
      if (minutes === 0) continue;
      let ai = 0;
      agreements.forEach((g, j) => {
        if (g.from <= day) ai = j;
      });
      const a = agreements[ai]!;
      let e = schedule[0]!;
      for (const s of schedule) if (s.from <= day) e = s;
      const contract = contractOf(e);
      const agreed = x(a.wage);
      const min = minimumOn(day, p['age'] as number);
      const wage = agreed.lt(min) ? min : agreed;
      const rd = periodDay[w]!;
      const plus = count >= getInteger('pension.stipp.plus.afterWorkedWeeks', rd);
      const cph = costPerHour(rd, p, contract, minutes, plus, count, wage);
      let rate: X;
      if (a.mode === 'factor') rate = wage.mul(x(a.factor!)).toDecimalPlaces(2, X.ROUND_HALF_UP);
      else if (a.mode === 'margin') {
        const m = x(a.margin!);
        rate = (a.marginBasis === 'of-rate' ? cph.div(x(1).minus(m)) : cph.mul(x(1).plus(m))).toDecimalPlaces(2, X.ROUND_HALF_UP);
      } else rate = x(a.rate!);
      const r = halfUpCents(rate.mul(minutes).div(60));
      const c = halfUpCents(cph.mul(minutes).div(60));
      const k = i * W + w;
      agreementIndex[k] = ai;
      costKey[k] = costKeyOf(rd, p, contract, minutes, plus, count);
      minimumKey[k] = `${day}|${String(p['age'])}`;
      minutesGrid[k] = minutes;
      revenue[k] = r;
      cost[k] = c;
      margin[k] = r - c;
      weekRevenue[w] = weekRevenue[w]! + r;
      weekCost[w] = weekCost[w]! + c;
      weekMargin[w] = weekMargin[w]! + r - c;
      totalMinutes += minutes;
      if (!last || last.toWeek !== w - 1 || !last.rate.eq(rate) || !last.costPerHour.eq(cph)) {
        last = { placement: i, fromWeek: w, toWeek: w, wage, rate, costPerHour: cph };
        periods.push(last);
      } else (last as { toWeek: number }).toWeek = w;
      periodOf[k] = periods.length - 1;
      cellInputs.push({ i, w, day, contract, minutes, count, wage });
      count++;
    }
  });

  // The shortcuts, checked on a sample: hourlyCost on the cell's own Thursday with its own count.
  const rng = new Rng(7);
  let equal = 0;
  const n = Math.min(sample, cellInputs.length);
  for (let s = 0; s < n; s++) {
    const c = cellInputs[rng.int(0, cellInputs.length - 1)]!;
    const p = input.placements[c.i] as unknown as Record<string, unknown>;
    const direct = x(hourlyCost(costInput(c.day, p, c.contract, c.minutes, c.count, c.wage)).total);
    if (direct.eq(periods[periodOf[c.i * W + c.w]!]!.costPerHour)) equal++;
  }

  const sumOf = (a: number[]) => a.reduce((s, v) => s + v, 0);
  return {
    placements: P,
    weeks: W,
    thursdays,
    minutes: minutesGrid,
    revenue,
    cost,
    margin,
    period: periodOf,
    agreementIndex,
    costKey,
    costInput: costKeys,
    minimumKey,
    minimumWages: minimum,
    periods,
    weekRevenue,
    weekCost,
    weekMargin,
    totals: { revenue: sumOf(weekRevenue), cost: sumOf(weekCost), margin: sumOf(weekMargin), minutes: totalMinutes },
    sampleChecks: { checked: n, equal },
    hourlyCostCalls: calls,
    ms: performance.now() - t0,
  };
}
