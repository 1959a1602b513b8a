/**
 * The week margin of examples/agency-week.xlsx from core's marginFromWorkbook (what the task pane
 * shows) equals what `backofficer margin --json` prints for every week, with the cost choices of
 * examples/agency-week.cost.json; and the forecast from core's forecastInputFromWorkbook equals
 * `backofficer forecast --json`'s. The command line calls the same core functions (one rule, one
 * place); these tests guard that its JSON carries their figures unchanged.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Decimal, forecastInputFromWorkbook, marginForecast, marginFromWorkbook, readAgencyWorkbook, type AgencyWorkbook, type HourlyCostModelInput,
} from '@backofficer/core';
import { readInputFile } from '../../packages/cli/src/io/index.js';
import { cli, ensureBuilt } from '../../packages/cli/test/helpers/cli.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
let wb: AgencyWorkbook;
let cost: Partial<HourlyCostModelInput>;

beforeAll(async () => {
  ensureBuilt();
  wb = readAgencyWorkbook((await readInputFile(`${examples}agency-week.xlsx`)).grids);
  const { description: _d, ...choices } = JSON.parse(await readFile(`${examples}agency-week.cost.json`, 'utf8')) as Record<string, unknown>;
  cost = choices as Partial<HourlyCostModelInput>;
});

interface Figures { hours: string; revenue: string; cost: string; margin: string }
const money = (x: unknown) => new Decimal(String(x)).toFixed(2);
const jsonFigures = (t: Figures) => [new Decimal(t.hours).toFixed(2), money(t.revenue), money(t.cost), money(t.margin)];

describe('margin of the example workbook: the task pane\'s (core) equals the command line\'s', () => {
  // 2025-W50 … 2026-W01 hold 2025 dates, for which the cost needs the StiPP pension scheme (Basis or Plus): not in the workbook.
  const weeks = ['2026-W02', '2026-W03', '2026-W04', '2026-W05', '2026-W06', '2026-W07', '2026-W08', '2026-W09', '2026-W10'];
  it.each(weeks)('%s: revenue, cost, margin, hours and the lines left out are the same', (week) => {
    const pane = marginFromWorkbook(wb, week, { cost });
    const r = cli('margin', 'examples/agency-week.xlsx', '--week', week, '--json');
    const json = JSON.parse(r.out) as { totals: Figures; hirers: (Figures & { id: string })[]; leftOut: unknown[] };
    const figures = (t: typeof pane.overview.totals) => [t.hours.toFixed(2), t.revenue.toFixed(2), t.cost.toFixed(2), t.margin.toFixed(2)];
    expect(figures(pane.overview.totals)).toEqual(jsonFigures(json.totals));
    expect(pane.overview.groups.hirer.map((g) => [g.key, g.margin.toFixed(2)])).toEqual(json.hirers.map((g) => [g.id, money(g.margin)]));
    expect(pane.leftOut).toEqual(json.leftOut);
    // margin = revenue − cost in the total (sums of rounded lines).
    expect(pane.overview.totals.revenue.minus(pane.overview.totals.cost).eq(pane.overview.totals.margin)).toBe(true);
  });
});

describe('forecast of the example workbook: core\'s input equals the command line\'s', () => {
  it('from 2026-W11 (the week after the last hours), the same placements with the same hours per week and the same 8-week totals', () => {
    const pane = forecastInputFromWorkbook(wb, { weeks: 8, cost });
    const r = cli('forecast', 'examples/agency-week.xlsx', '--weeks', '8', '--json');
    const json = JSON.parse(r.out) as { from: string; totals: Figures; placements: { placementId: string; minutes: number }[] };
    expect(pane.from).toBe('2026-W11');
    expect(json.from).toBe(pane.from);
    const a = marginForecast(pane.input);
    expect(a.rows.map((x) => [x.placementId, x.totals.minutes])).toEqual(json.placements.map((p) => [p.placementId, p.minutes]));
    expect([a.totals.revenue.toFixed(2), a.totals.cost.toFixed(2), a.totals.margin.toFixed(2)])
      .toEqual([money(json.totals.revenue), money(json.totals.cost), money(json.totals.margin)]);
  });
});
