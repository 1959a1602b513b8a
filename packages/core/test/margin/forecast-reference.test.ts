import { describe, expect, it } from 'vitest';
import { marginForecast } from '../../src/margin/index.js';
import { generateForecastInput, referenceForecast } from './forecast-fixture.js';

/*
 * Issue 9 §1: 2,000 placements × 52 weeks from a fixed seed (wages below the minimum and above
 * the premium and pension caps, factor/margin/fixed modes, half-hour weeks and weeks without
 * hours, dated raises, phase changes B and C, youth ages and birthdays, NBBU and ABU), across
 * 1 January and 1 July 2026: every cell of marginForecast equals the slow Decimal reference
 * (forecast-fixture.ts) to the cent. No timing here: bench/ measures speed.
 */

function differences(input: ReturnType<typeof generateForecastInput>) {
  const f = marginForecast(input);
  const ref = referenceForecast(input);
  const W = f.weeks.length;
  const wrong: string[] = [];
  let cells = 0;
  ref.forEach((row, r) =>
    row.forEach((c, w) => {
      const i = r * W + w;
      cells++;
      if (f.cells.minutes[i] !== c.minutes || f.cells.revenue[i] !== c.revenue || f.cells.cost[i] !== c.cost || f.cells.margin[i] !== c.revenue - c.cost) {
        wrong.push(`${f.rows[r]!.placementId} ${f.weeks[w]}: ${f.cells.revenue[i]}/${f.cells.cost[i]} vs ${c.revenue}/${c.cost}`);
      }
    }),
  );
  let revenue = 0;
  let cost = 0;
  for (const row of ref) for (const c of row) {
    revenue += c.revenue;
    cost += c.cost;
  }
  return { f, wrong, cells, revenue, cost };
}

describe('marginForecast equals the exact Decimal reference cell by cell (issue 9: zero cent differences)', () => {
  it('2,000 placements × 52 weeks from seed 20260105, StiPP scheme given', () => {
    const input = generateForecastInput({ placements: 2000, weeks: 52, from: '2025-W40', seed: 20260105 });
    const { f, wrong, cells, revenue, cost } = differences(input);
    expect(cells).toBe(104_000);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(wrong.length).toBe(0);
    expect(f.totals.revenue.mul(100).toNumber()).toBe(revenue);
    expect(f.totals.cost.mul(100).toNumber()).toBe(cost);
    // the generator reaches what it is meant to: raised wages, phase changes, several periods
    const codes = new Set(f.findings.map((x) => x.code));
    expect(codes).toContain('FORECAST_WAGE_RAISED_TO_MINIMUM');
    expect(codes).toContain('FORECAST_PHASE_CHANGE');
    expect(f.rows.some((r) => r.periods.some((p) => p.awf === 'low'))).toBe(true);
  });

  it('StiPP Basis → Plus by worked weeks (2025) and one scheme (2026): 60 placements × 60 weeks from seed 7', () => {
    const input = generateForecastInput({ placements: 60, weeks: 60, from: '2025-W01', seed: 7, explicitPension: false });
    const { wrong, cells } = differences(input);
    expect(cells).toBe(3600);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
