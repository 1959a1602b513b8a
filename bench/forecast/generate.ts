import type { MarginForecastInput } from '../../packages/core/src/margin/forecast-input.js';
import { Rng, addDays } from '../lib/prng.js';

/*
 * The forecast workload (issue 9 §1): 2,000 placements × 52 weeks from a fixed seed.
 *
 * The forecast runs from 2025-W40 to 2026-W39, so it spans the 1 January 2026 parameter change
 * (minimum wage, premiums, the single StiPP pension scheme) and the 1 July 2026 minimum wage.
 * Each placement draws: a CAO (ABU mostly, NBBU), a start (long before the forecast, or inside
 * it), sometimes an end inside it, an age (18–62), a wage (some just above the 2025 minimum, so
 * that 1 January raises them to the new minimum), a rate in one of the three modes (factor,
 * margin of the rate or markup on cost, fixed), sometimes a wage raise inside the forecast,
 * hours per week 24–40 in half hours (one figure, or a list per week for one in ten), and
 * sometimes a phase change (A → B, or → C with an open-ended contract, which changes the WW
 * premium).
 */

export const SEED = 20250929;
export const FROM_WEEK = '2025-W40';
export const WEEKS = 52;
/** Monday of FROM_WEEK. */
export const FIRST_MONDAY = '2025-09-29';

export interface ForecastWorkload {
  readonly input: MarginForecastInput;
  /** How many placements use each rate mode, phase change and hours form (for the report). */
  readonly mix: Record<string, number>;
}

const CENT = (x: number) => Math.round(x * 100) / 100;

export function generateForecast(placements = 2000, seed = SEED): ForecastWorkload {
  const rng = new Rng(seed);
  const mix: Record<string, number> = {};
  const count = (k: string) => (mix[k] = (mix[k] ?? 0) + 1);
  const list: MarginForecastInput['placements'][number][] = [];
  for (let i = 1; i <= placements; i++) {
    const id = `P${String(i).padStart(5, '0')}`;
    const age = rng.chance(0.08) ? rng.int(18, 20) : rng.int(21, 62);
    // Start: mostly before the forecast (up to 3 years), some inside it.
    const start = rng.chance(0.85) ? addDays(FIRST_MONDAY, -rng.int(1, 1100)) : addDays(FIRST_MONDAY, rng.int(0, 300));
    const end = rng.chance(0.15) ? addDays(FIRST_MONDAY, rng.int(60, 360)) : undefined;
    // Wage in cents: one in ten just above the 2025 minimum wage (raised on 1 January 2026).
    const wage = age >= 21 && rng.chance(0.1) ? CENT(14.4 + rng.int(0, 30) / 100) : CENT(rng.int(1500, 3200) / 100);
    const modeDraw = rng.next();
    const agreement = (from: string, w: number): Record<string, unknown> => {
      if (modeDraw < 0.4) return { from, wage: w, mode: 'factor', factor: rng.int(1450, 2100) / 1000 };
      if (modeDraw < 0.55) return { from, wage: w, mode: 'margin', margin: rng.int(8, 25) / 100, marginBasis: 'of-rate' };
      if (modeDraw < 0.7) return { from, wage: w, mode: 'margin', margin: rng.int(100, 350) / 1000, marginBasis: 'markup' };
      return { from, wage: w, mode: 'fixed', rate: CENT((w * rng.int(165, 210)) / 100) };
    };
    const first = agreement(start, wage);
    count(first['mode'] === 'margin' ? `margin ${String(first['marginBasis'])}` : String(first['mode']));
    const agreements = [first];
    if (rng.chance(0.3)) {
      const raiseOn = rng.pick(['2026-01-01', '2026-01-05', '2026-04-01', '2026-07-01', addDays(FIRST_MONDAY, rng.int(7, 350))]);
      if (raiseOn > start) {
        agreements.push(agreement(raiseOn, CENT(wage * (1 + rng.int(15, 60) / 1000))));
        count('wage raise');
      }
    }
    let hoursPerWeek: number | number[];
    const hours = () => 24 + rng.int(0, 32) / 2;
    if (rng.chance(0.1)) {
      const a = hours();
      const b = hours();
      hoursPerWeek = Array.from({ length: WEEKS }, (_, w) => (w % 4 === 3 ? b : a));
      count('hours per week as a list');
    } else hoursPerWeek = hours();
    const p: Record<string, unknown> = {
      id,
      workerId: `W${String(i).padStart(5, '0')}`,
      hirerId: `H${String(rng.int(1, 60)).padStart(3, '0')}`,
      cao: rng.chance(0.8) ? 'ABU' : 'NBBU',
      start,
      ...(end !== undefined && end >= start ? { end } : {}),
      agreements,
      hoursPerWeek,
      age,
    };
    const phaseDraw = rng.next();
    if (phaseDraw < 0.1) {
      p['contract'] = 'open-ended';
      count('phase C throughout');
    } else if (phaseDraw < 0.3) {
      p['phases'] = [{ from: addDays(FIRST_MONDAY, rng.int(14, 350)), phase: 'B' }];
      count('phase change A→B');
    } else if (phaseDraw < 0.42) {
      p['phases'] = [{ from: addDays(FIRST_MONDAY, rng.int(14, 350)), phase: 'C' }];
      count('phase change →C');
    }
    if (rng.chance(0.3)) p['workedWeeks'] = rng.int(0, 60);
    list.push(p as unknown as MarginForecastInput['placements'][number]);
  }
  return {
    input: {
      from: FROM_WEEK,
      weeks: WEEKS,
      cost: {
        employerSize: 'medium',
        whk: '1,52%',
        agency: { sicknessRisk: '2%', idleRisk: '1%', administrationPerHour: 0.35 },
      } as MarginForecastInput['cost'],
      agencyId: 'A1',
      placements: list,
    },
    mix,
  };
}
