import type { Core } from '../lib/core.js';
import { median, now, timeRuns } from '../lib/timing.js';
import { floorInput, floorRun } from './floor.js';
import { generateForecast, WEEKS } from './generate.js';
import { hfBuild, hfCents, hfEdit, hfModel } from './hyperformula.js';
import { buildReference, type Reference } from './reference.js';

/*
 * The forecast (issue 9 §1): 2,000 placements × 52 weeks, three ways, in one process:
 *   (a) marginForecast, the whole call: reading the input, rules, cost models, cells, totals;
 *   (b) the same model as formulas in HyperFormula: build (parse, graph, evaluate) and the
 *       recalculation after one wage is edited;
 *   (c) the floor: a bare integer loop over the cells from per-period figures already resolved.
 * Every cell value (revenue, cost and margin of each placement-week, and the week totals) of
 * each is compared with the exact decimal reference (reference.ts), to the cent.
 *
 * (a) is timed twice: its first call in the process for this input (after a warm-up forecast on
 * other placements, so the code is compiled; the cost models of this input's situations may be
 * new), and the median of repeated calls (core keeps cost models across calls, as a task pane
 * that recomputes after each edit does).
 */

export interface ForecastResults {
  readonly placements: number;
  readonly weeks: number;
  readonly cellsWithHours: number;
  readonly mix: Record<string, number>;
  readonly reference: { readonly ms: number; readonly hourlyCostCalls: number; readonly sampleChecks: { checked: number; equal: number } };
  readonly forecast: { readonly firstMs: number; readonly medianMs: number; readonly minMs: number; readonly maxMs: number; readonly runs: number; readonly centDifferences: number };
  readonly floor: { readonly medianMs: number; readonly minMs: number; readonly runs: number; readonly centDifferences: number; readonly carries: number };
  readonly hyperformula: {
    readonly formulas: number;
    readonly buildMs: number;
    readonly buildRuns: number;
    readonly editMs: number;
    readonly edits: number;
    readonly centDifferences: number;
    readonly differencesByGrid: Record<string, number>;
    readonly weekTotalDifferences: number;
  };
  readonly comparedValues: number;
  /**
   * (a) ÷ (c): the median of ratios taken pair by pair ((a) and (c) in turn); HyperFormula build
   * ÷ (a) and one-edit recalculation ÷ (a): of the medians.
   */
  readonly ratios: { readonly forecastOverFloor: number; readonly hfBuildOverForecast: number; readonly hfEditOverForecast: number };
}

type Grid = { revenue: ArrayLike<number>; cost: ArrayLike<number>; margin: ArrayLike<number> };

/** Cell values (revenue, cost, margin of cells with hours) and week totals that differ from the reference. */
function differences(ref: Reference, grid: Grid, weekTotals?: { revenue: number; cost: number; margin: number }[]): { cells: number; weeks: number } {
  let cells = 0;
  for (let k = 0; k < ref.minutes.length; k++) {
    if (ref.minutes[k] === 0) continue;
    if (grid.revenue[k] !== ref.revenue[k]) cells++;
    if (grid.cost[k] !== ref.cost[k]) cells++;
    if (grid.margin[k] !== ref.margin[k]) cells++;
  }
  let weeks = 0;
  if (weekTotals) {
    weekTotals.forEach((t, w) => {
      if (t.revenue !== ref.weekRevenue[w]) weeks++;
      if (t.cost !== ref.weekCost[w]) weeks++;
      if (t.margin !== ref.weekMargin[w]) weeks++;
    });
  }
  return { cells, weeks };
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export function benchForecast(core: Core, options: { placements: number; runs: number; hfRuns: number; edits: number; log: (s: string) => void }): ForecastResults {
  const { log } = options;
  const { input, mix } = generateForecast(options.placements);
  const W = WEEKS;

  // (a) first, on a small heap: a warm-up on other placements (another seed), then this input:
  // its first call, then repeated calls.
  core.marginForecast(generateForecast(200, 1).input);
  gc();
  const t0 = now();
  const first = core.marginForecast(input);
  const firstMs = now() - t0;
  const a = timeRuns(() => core.marginForecast(input), options.runs, 1);
  const cells = a.result.cells;

  const ref = buildReference(input);
  log(`  reference: ${ref.ms.toFixed(0)} ms, ${ref.hourlyCostCalls} hourlyCost calls, sampled checks ${ref.sampleChecks.equal}/${ref.sampleChecks.checked}`);
  const cellsWithHours = ref.minutes.reduce((n, m) => n + (m > 0 ? 1 : 0), 0);
  const toCents = (d: { toNumber(): number; mul(n: number): { toNumber(): number } }) => d.mul(100).toNumber();
  const aWeeks = a.result.weekTotals.map((t) => ({ revenue: toCents(t.revenue), cost: toCents(t.cost), margin: toCents(t.margin) }));
  const aDiff = differences(ref, cells, aWeeks);
  const firstDiff = differences(ref, first.cells);
  log(`  (a) marginForecast: first ${firstMs.toFixed(1)} ms, median ${a.median.toFixed(1)} ms; ${aDiff.cells + aDiff.weeks + firstDiff.cells} cent differences`);

  // (c) The floor.
  const fi = floorInput(ref);
  gc();
  const c = timeRuns(() => floorRun(fi), Math.max(options.runs * 3, 21), 5);
  const cWeeks = Array.from({ length: W }, (_, w) => ({ revenue: c.result.weekRevenue[w]!, cost: c.result.weekCost[w]!, margin: c.result.weekRevenue[w]! - c.result.weekCost[w]! }));
  const cDiff = differences(ref, c.result, cWeeks);
  log(`  (c) floor: median ${c.median.toFixed(2)} ms; ${cDiff.cells + cDiff.weeks} cent differences`);

  // (a) ÷ (c) pair by pair, (a) and (c) in turn, so that a machine that speeds up or slows down
  // during the run (shared machines do) moves both sides of each ratio alike.
  const pairs: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const ta = timeRuns(() => core.marginForecast(input), 1, 0).median;
    const tc = timeRuns(() => floorRun(fi), 5, 0).median;
    pairs.push(ta / tc);
  }
  const forecastOverFloor = median(pairs);
  log(`  (a) ÷ (c), ${pairs.length} pairs in turn: median ${forecastOverFloor.toFixed(1)}×`);

  // (b) HyperFormula: build (median of hfRuns), then edits on the last build.
  const model = hfModel(input, ref);
  const builds: number[] = [];
  let run = hfBuild(model);
  builds.push(run.buildMs);
  const rev = hfCents(run, 'Revenue');
  const cost = hfCents(run, 'Cost');
  const mar = hfCents(run, 'Margin');
  const byGrid: Record<string, number> = { revenue: 0, cost: 0, margin: 0 };
  for (let i = 0; i < ref.placements; i++) {
    for (let w = 0; w < W; w++) {
      const k = i * W + w;
      if (ref.minutes[k] === 0) continue;
      if (rev[i]![w] !== ref.revenue[k]) byGrid['revenue']!++;
      if (cost[i]![w] !== ref.cost[k]) byGrid['cost']!++;
      if (mar[i]![w] !== ref.margin[k]) byGrid['margin']!++;
    }
  }
  let weekTotalDifferences = 0;
  for (let w = 0; w < W; w++) {
    if (rev[ref.placements]![w] !== ref.weekRevenue[w]) weekTotalDifferences++;
    if (cost[ref.placements]![w] !== ref.weekCost[w]) weekTotalDifferences++;
    if (mar[ref.placements]![w] !== ref.weekMargin[w]) weekTotalDifferences++;
  }
  // The one-edit recalculations, on this first build.
  const edits: number[] = [];
  for (let e = 0; e < options.edits; e++) {
    const placement = (17 + e * 211) % ref.placements;
    edits.push(hfEdit(run, model, placement, 23.45 + e / 100));
  }
  // More builds, each on a clean heap (the engine before destroyed). Build ÷ (a) is taken from
  // the medians: (a) timed right after a destroyed 1 GB engine pays for that engine's garbage.
  for (let r = 1; r < options.hfRuns; r++) {
    run.engine.destroy();
    gc();
    run = hfBuild(model);
    builds.push(run.buildMs);
  }
  run.engine.destroy();
  gc();
  const hfBuildMs = median(builds);
  const hfEditMs = median(edits);
  const hfDiff = byGrid['revenue']! + byGrid['cost']! + byGrid['margin']! + weekTotalDifferences;
  log(`  (b) HyperFormula: ${model.formulas} formulas; build median ${hfBuildMs.toFixed(0)} ms; one-edit recalculation median ${hfEditMs.toFixed(1)} ms; ${hfDiff} cent differences`);
  return {
    placements: ref.placements,
    weeks: W,
    cellsWithHours,
    mix,
    reference: { ms: ref.ms, hourlyCostCalls: ref.hourlyCostCalls, sampleChecks: ref.sampleChecks },
    forecast: { firstMs, medianMs: a.median, minMs: a.min, maxMs: a.max, runs: options.runs, centDifferences: aDiff.cells + aDiff.weeks + firstDiff.cells },
    floor: { medianMs: c.median, minMs: c.min, runs: c.runs.length, centDifferences: cDiff.cells + cDiff.weeks, carries: c.result.carries },
    hyperformula: {
      formulas: model.formulas,
      buildMs: hfBuildMs,
      buildRuns: builds.length,
      editMs: hfEditMs,
      edits: edits.length,
      centDifferences: hfDiff,
      differencesByGrid: byGrid,
      weekTotalDifferences,
    },
    comparedValues: cellsWithHours * 3 + W * 3,
    ratios: { forecastOverFloor, hfBuildOverForecast: hfBuildMs / a.median, hfEditOverForecast: hfEditMs / a.median },
  };
}
