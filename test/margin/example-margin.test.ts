/**
 * The week margin of examples/agency-week.xlsx from core's marginFromWorkbook (what the task pane
 * shows) equals the command line's `backofficer margin` (packages/cli weekMargin) for every week,
 * with the cost choices of examples/agency-week.cost.json; and the forecast input from core's
 * forecastInputFromWorkbook equals `backofficer forecast`'s (packages/cli forecastFromWorkbook).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  forecastInputFromWorkbook, marginForecast, marginFromWorkbook, readAgencyWorkbook, type AgencyWorkbook, type HourlyCostModelInput,
} from '@backofficer/core';
import { readInputFile } from '../../packages/cli/src/io/index.js';
import { controlList } from '../../packages/cli/src/control/control-list.js';
import { weekMargin } from '../../packages/cli/src/margin/week-margin.js';
import { forecastFromWorkbook } from '../../packages/cli/src/margin/forecast-input.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
let wb: AgencyWorkbook;
let cost: Partial<HourlyCostModelInput>;

beforeAll(async () => {
  wb = readAgencyWorkbook((await readInputFile(`${examples}agency-week.xlsx`)).grids);
  const { description: _d, ...choices } = JSON.parse(await readFile(`${examples}agency-week.cost.json`, 'utf8')) as Record<string, unknown>;
  cost = choices as Partial<HourlyCostModelInput>;
});

describe('margin of the example workbook: the task pane\'s (core) equals the command line\'s', () => {
  // 2025-W50 … 2026-W01 hold 2025 dates, for which the cost needs the StiPP pension scheme (Basis or Plus): not in the workbook.
  const weeks = ['2026-W02', '2026-W03', '2026-W04', '2026-W05', '2026-W06', '2026-W07', '2026-W08', '2026-W09', '2026-W10'];
  it.each(weeks)('%s: revenue, cost, margin, hours and the lines left out are the same', (week) => {
    const pane = marginFromWorkbook(wb, week, { cost });
    const cli = weekMargin(wb, week, controlList(wb, undefined), cost);
    const figures = (t: typeof pane.overview.totals) => [t.hours.toString(), t.revenue.toFixed(2), t.cost.toFixed(2), t.margin.toFixed(2)];
    expect(figures(pane.overview.totals)).toEqual(figures(cli.overview.totals));
    expect(pane.overview.groups.hirer.map((g) => [g.key, g.margin.toFixed(2)])).toEqual(cli.overview.groups.hirer.map((g) => [g.key, g.margin.toFixed(2)]));
    expect(pane.leftOut).toEqual(cli.leftOut);
    // margin = revenue − cost in the total (sums of rounded lines).
    expect(pane.overview.totals.revenue.minus(pane.overview.totals.cost).eq(pane.overview.totals.margin)).toBe(true);
  });
});

describe('forecast of the example workbook: core\'s input equals the command line\'s', () => {
  it('from 2026-W11 (the week after the last hours), the same placements with the same hours per week and the same 8-week totals', () => {
    const pane = forecastInputFromWorkbook(wb, { weeks: 8, cost });
    const cli = forecastFromWorkbook(wb, pane.from);
    expect(pane.from).toBe('2026-W11');
    const hours = (list: readonly { id?: unknown; hoursPerWeek: unknown }[]) => list.map((p) => [String(p.id), String(p.hoursPerWeek)]);
    expect(hours(pane.input.placements)).toEqual(hours(cli.placements));
    const a = marginForecast(pane.input);
    const b = marginForecast({ from: cli.from, weeks: 8, placements: cli.placements, cost });
    expect([a.totals.revenue.toFixed(2), a.totals.cost.toFixed(2), a.totals.margin.toFixed(2)])
      .toEqual([b.totals.revenue.toFixed(2), b.totals.cost.toFixed(2), b.totals.margin.toFixed(2)]);
  });
});
