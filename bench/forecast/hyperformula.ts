// HyperFormula is GPL-3.0: a dev dependency used here, under bench/, and nowhere in shipped code.
import { HyperFormula } from 'hyperformula';
import { hourlyCostModel } from '../../packages/core/src/index.js';
import type { MarginForecastInput } from '../../packages/core/src/margin/forecast-input.js';
import { now } from '../lib/timing.js';
import type { Reference } from './reference.js';

/*
 * The same forecast as a spreadsheet model in HyperFormula, the way an agency's workbook holds it:
 *   Inputs   one row per placement: per wage agreement its wage and its factor / margin / fixed rate
 *   Costs    one row per cost situation (rule period, CAO, contract, age, hours, pension): the
 *            loaded cost per hour as intercept + slope × wage (hourlyCostModel's linear form,
 *            typed in as numbers, as a workbook's cost table holds them)
 *   Minimum  the minimum wage per Thursday and age
 *   Hours    hours per placement and week (values)
 *   Revenue  =ROUND(hours × rate, 2), the rate itself a formula of the wage in the placement's mode:
 *            ROUND(MAX(wage, minimum) × factor, 2), ROUND(cost ÷ (1 − m), 2), ROUND(cost × (1 + m), 2)
 *            or the fixed rate
 *   Cost     =ROUND(hours × (intercept + slope × MAX(wage, minimum)), 2)
 *   Margin   =Revenue − Cost
 * with a SUM per week under each grid. Formulas only in cells with hours, and every reference
 * direct (no lookups): the most favourable layout for the spreadsheet engine. Building the
 * formula texts is not timed; HyperFormula.buildFromSheets (parse, graph, evaluate) is.
 */

const LICENSE = { licenseKey: 'gpl-v3' };

function col(n: number): string {
  let s = '';
  for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export interface HfModel {
  readonly sheets: Record<string, (string | number | null)[][]>;
  readonly formulas: number;
  /** Cells whose wage lies outside the linear range of their cost row (the linear form would not hold). */
  readonly outsideLinear: number;
  /** Placement rows (0-based) and the wage column of their first agreement, for the edit test. */
  readonly wageCell: (placement: number) => { sheet: string; row: number; col: number };
}

export function hfModel(input: MarginForecastInput, ref: Reference): HfModel {
  const P = ref.placements;
  const W = ref.weeks;
  const costRow = new Map<string, number>();
  const costs: (number | null)[][] = [];
  const linear: { from: number; to: number }[] = [];
  for (const [k, costInput] of ref.costInput) {
    const m = hourlyCostModel(costInput);
    costRow.set(k, costs.length);
    costs.push([m.linear.intercept.toNumber(), m.linear.slope.toNumber()]);
    linear.push({ from: m.linear.fromWage.toNumber(), to: m.linear.toWage.toNumber() });
  }
  const minRow = new Map<string, number>();
  const minimum: number[][] = [];
  for (const [k, v] of ref.minimumWages) {
    minRow.set(k, minimum.length);
    minimum.push([v.toNumber()]);
  }
  const inputs: (number | null)[][] = [];
  const modes: string[] = [];
  const bases: (string | undefined)[] = [];
  for (const raw of input.placements) {
    const p = raw as unknown as { agreements: Array<Record<string, unknown>> };
    const ags = [...p.agreements].sort((a, b) => (String(a['from']) < String(b['from']) ? -1 : 1));
    const row: (number | null)[] = [];
    for (const a of ags) row.push(a['wage'] as number, (a['factor'] ?? a['margin'] ?? a['rate']) as number);
    inputs.push(row);
    modes.push(String(ags[0]!['mode']));
    bases.push(ags[0]!['marginBasis'] as string | undefined);
  }
  const hours: (number | null)[][] = [];
  const revenue: (string | null)[][] = [];
  const cost: (string | null)[][] = [];
  const margin: (string | null)[][] = [];
  let formulas = 0;
  let outsideLinear = 0;
  for (let i = 0; i < P; i++) {
    const h: (number | null)[] = new Array(W).fill(null);
    const rv: (string | null)[] = new Array(W).fill(null);
    const cs: (string | null)[] = new Array(W).fill(null);
    const mg: (string | null)[] = new Array(W).fill(null);
    for (let w = 0; w < W; w++) {
      const k = i * W + w;
      const minutes = ref.minutes[k]!;
      if (minutes === 0) continue;
      const a = ref.agreementIndex[k]!;
      const cr = costRow.get(ref.costKey[k]!)! + 1;
      const mr = minRow.get(ref.minimumKey[k]!)! + 1;
      const wageRef = `Inputs!$${col(2 * a)}$${i + 1}`;
      const parRef = `Inputs!$${col(2 * a + 1)}$${i + 1}`;
      const wage = `MAX(${wageRef},Minimum!$A$${mr})`;
      const costPerHour = `(Costs!$A$${cr}+Costs!$B$${cr}*${wage})`;
      const here = `${col(w)}${i + 1}`;
      h[w] = minutes / 60;
      let rate: string;
      if (modes[i] === 'factor') rate = `ROUND(${wage}*${parRef},2)`;
      else if (modes[i] === 'margin') rate = bases[i] === 'of-rate' ? `ROUND(${costPerHour}/(1-${parRef}),2)` : `ROUND(${costPerHour}*(1+${parRef}),2)`;
      else rate = parRef;
      rv[w] = `=ROUND(Hours!${here}*${rate},2)`;
      cs[w] = `=ROUND(Hours!${here}*${costPerHour},2)`;
      mg[w] = `=Revenue!${here}-Cost!${here}`;
      formulas += 3;
      const wv = Math.max(inputs[i]![2 * a]!, minimum[mr - 1]![0]!);
      if (wv < linear[cr - 1]!.from || wv > linear[cr - 1]!.to) outsideLinear++;
    }
    hours.push(h);
    revenue.push(rv);
    cost.push(cs);
    margin.push(mg);
  }
  const totals = Array.from({ length: W }, (_, w) => `=SUM(${col(w)}1:${col(w)}${P})`);
  revenue.push(totals);
  cost.push(totals);
  margin.push(totals);
  formulas += 3 * W;
  return {
    sheets: { Inputs: inputs, Costs: costs, Minimum: minimum, Hours: hours, Revenue: revenue, Cost: cost, Margin: margin },
    formulas,
    outsideLinear,
    wageCell: (placement) => ({ sheet: 'Inputs', row: placement, col: 0 }),
  };
}

export interface HfRun {
  readonly engine: HyperFormula;
  readonly buildMs: number;
}

export function hfBuild(model: HfModel): HfRun {
  const t0 = now();
  const engine = HyperFormula.buildFromSheets(model.sheets, LICENSE);
  return { engine, buildMs: now() - t0 };
}

/** One wage edited: the time of setCellContents, which recalculates what depends on it. */
export function hfEdit(run: HfRun, model: HfModel, placement: number, wage: number): number {
  const c = model.wageCell(placement);
  const sheet = run.engine.getSheetId(c.sheet)!;
  const t0 = now();
  run.engine.setCellContents({ sheet, row: c.row, col: c.col }, [[wage]]);
  return now() - t0;
}

/** The grids' values in cents (null where a cell is empty). */
export function hfCents(run: HfRun, name: 'Revenue' | 'Cost' | 'Margin'): (number | null)[][] {
  const values = run.engine.getSheetValues(run.engine.getSheetId(name)!);
  return values.map((row) => row.map((v) => (typeof v === 'number' ? Math.round(v * 100) : null)));
}
