import type { Reference } from './reference.js';

/*
 * The floor: the forecast's cells computed by a bare integer loop, from per-hour figures already
 * resolved per period (a run of weeks of one placement with the same rate and cost per hour):
 *   revenue cents = floor((rate cents × minutes + 30) / 60)                    (half up)
 *   cost cents    = floor((Q × minutes + 30·S) / (60·S)),  Q = floor(cost per hour × 10^8), S = 10^6
 * with the carry check for a cost per hour that has more than 8 decimals (then BigInt on its
 * exact digits: rare). Writes revenue, cost and margin per cell into typed arrays and sums rows
 * and weeks. Nothing else: no input reading, no rules, no objects. That is what any
 * implementation has to do at the least once the per-hour figures are known.
 */

const S = 1_000_000;
const HALF = 30 * S;
const D = 60 * S;

export interface FloorInput {
  readonly placements: number;
  readonly weeks: number;
  /** Per cell (placement × weeks + week). */
  readonly minutes: Int32Array;
  /** Per period, in placement order. */
  readonly placement: Int32Array;
  readonly fromWeek: Int32Array;
  readonly toWeek: Int32Array;
  readonly rateCents: Int32Array;
  readonly costQ: Float64Array;
  readonly costExact: Uint8Array;
  /** Exact digits of the cost per hour and its decimal places, for the rare carry. */
  readonly costDigits: readonly bigint[];
  readonly costPlaces: Int32Array;
}

export interface FloorOutput {
  readonly revenue: Int32Array;
  readonly cost: Int32Array;
  readonly margin: Int32Array;
  readonly rowRevenue: Float64Array;
  readonly rowCost: Float64Array;
  readonly weekRevenue: Float64Array;
  readonly weekCost: Float64Array;
  /** Cells that needed the BigInt carry path. */
  carries: number;
}

/** The floor's input from the reference's periods (outside the timing). */
export function floorInput(ref: Reference): FloorInput {
  const n = ref.periods.length;
  const f = {
    placements: ref.placements,
    weeks: ref.weeks,
    minutes: ref.minutes,
    placement: new Int32Array(n),
    fromWeek: new Int32Array(n),
    toWeek: new Int32Array(n),
    rateCents: new Int32Array(n),
    costQ: new Float64Array(n),
    costExact: new Uint8Array(n),
    costDigits: [] as bigint[],
    costPlaces: new Int32Array(n),
  };
  ref.periods.forEach((p, i) => {
    f.placement[i] = p.placement;
    f.fromWeek[i] = p.fromWeek;
    f.toWeek[i] = p.toWeek;
    f.rateCents[i] = p.rate.mul(100).toNumber();
    if (!p.rate.mul(100).isInteger()) throw new Error('rate is not in whole cents');
    const scaled = p.costPerHour.mul(1e8);
    f.costQ[i] = scaled.floor().toNumber();
    f.costExact[i] = scaled.isInteger() ? 1 : 0;
    const text = p.costPerHour.toFixed();
    const dot = text.indexOf('.');
    f.costDigits.push(BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1)));
    f.costPlaces[i] = dot < 0 ? 0 : text.length - dot - 1;
  });
  return f;
}

export function floorRun(f: FloorInput): FloorOutput {
  const W = f.weeks;
  const cells = f.placements * W;
  const out: FloorOutput = {
    revenue: new Int32Array(cells),
    cost: new Int32Array(cells),
    margin: new Int32Array(cells),
    rowRevenue: new Float64Array(f.placements),
    rowCost: new Float64Array(f.placements),
    weekRevenue: new Float64Array(W),
    weekCost: new Float64Array(W),
    carries: 0,
  };
  const { minutes, revenue, cost, margin, rowRevenue, rowCost, weekRevenue, weekCost } = { ...f, ...out };
  const n = f.placement.length;
  for (let k = 0; k < n; k++) {
    const p = f.placement[k]!;
    const rc = f.rateCents[k]!;
    const q = f.costQ[k]!;
    const exact = f.costExact[k] === 1;
    let rr = 0;
    let rcst = 0;
    for (let w = f.fromWeek[k]!, to = f.toWeek[k]!; w <= to; w++) {
      const i = p * W + w;
      const m = minutes[i]!;
      if (m === 0) continue;
      const r = Math.floor((rc * m + 30) / 60);
      const a = q * m + HALF;
      const rem = a % D;
      let c: number;
      if (exact || rem + m <= D) c = (a - rem) / D;
      else {
        out.carries++;
        const pow = 10n ** BigInt(f.costPlaces[k]!);
        c = Number((f.costDigits[k]! * 100n * BigInt(m) + 30n * pow) / (60n * pow));
      }
      revenue[i] = r;
      cost[i] = c;
      margin[i] = r - c;
      rr += r;
      rcst += c;
      weekRevenue[w] = weekRevenue[w]! + r;
      weekCost[w] = weekCost[w]! + c;
    }
    rowRevenue[p] = rowRevenue[p]! + rr;
    rowCost[p] = rowCost[p]! + rcst;
  }
  return out;
}
