import DecimalJs from 'decimal.js';
import { DateTime } from 'luxon';
import { addWeeks, formatIsoWeek, weekStart } from '../../src/calendar/index.js';
import { Decimal } from '../../src/money/index.js';
import { defaultRules } from '../../src/rules/index.js';
import type { RuleSet } from '../../src/rules/types.js';
import { agreementOn, type WageAgreement } from '../../src/model/index.js';
import { minimumWage } from '../../src/wages/index.js';
import { hourlyCostModel, type HourlyCostModel, type HourlyCostModelInput } from '../../src/cost/index.js';
import { rateFor } from '../../src/rates/index.js';
import { parseForecastPlacement, type ForecastPlacementInput, type MarginForecastInput } from '../../src/margin/forecast-input.js';

/*
 * A seeded generator of forecast inputs and a slow, straightforward Decimal reference of
 * marginForecast, cell by cell, with none of its shortcuts: no week snapshots (the cost model is
 * asked for every week's Thursday through the cost module's own validity, model.on(day)), no
 * period reuse, no linear cost form, no default-hours model, no integers: rate and cost per hour
 * as Decimals from rateFor and hourlyCostModel(...).cost(wage), and each amount as
 * round-half-up(per hour × minutes / 60) in 100-digit decimals.
 * What it shares with marginForecast is the documented meaning: a week is read on its Thursday,
 * a wage below the minimum is raised to it, the model's hours per week are the placement's
 * average over the weeks with hours (whole minutes), the phases give the contract kind.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  readonly placements: number;
  readonly weeks: number;
  readonly from: string;
  readonly seed: number;
  /** Give the pension scheme in the cost choices (default true); false: every placement goes by worked weeks. */
  readonly explicitPension?: boolean;
}

/** Placements with wages (some below the minimum, some above the caps), all three rate modes, half-hour weeks, phase changes, dated raises. */
export function generateForecastInput(o: GenerateOptions): MarginForecastInput {
  const r = mulberry32(o.seed);
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const day = (iso: string, plus: number) => DateTime.fromISO(iso, { zone: 'UTC' }).plus({ days: plus }).toISODate()!;
  const first = weekStart(o.from).toISODate()!;
  const placements: ForecastPlacementInput[] = [];
  for (let i = 0; i < o.placements; i++) {
    const start = day(first, int(-500, 7 * o.weeks - 30));
    const wageCents = r() < 0.05 ? int(3000, 6000) : int(1200, 3000);
    const mode = (['factor', 'margin', 'fixed'] as const)[i % 3]!;
    const a: Record<string, unknown> = { from: start, wage: wageCents / 100, mode };
    if (mode === 'factor') a['factor'] = int(14000, 23000) / 10000;
    if (mode === 'margin') {
      a['margin'] = int(5, 30) / 100;
      a['marginBasis'] = r() < 0.5 ? 'of-rate' : 'markup';
    }
    if (mode === 'fixed') a['rate'] = int(1800, 7500) / 100;
    const agreements: Record<string, unknown>[] = [a];
    if (r() < 0.3) agreements.push({ ...a, from: day(start, int(7, 300)), wage: (wageCents + int(5, 200)) / 100 });
    const hoursPerWeek = r() < 0.7 ? int(48, 80) / 2 : Array.from({ length: o.weeks }, () => (r() < 0.05 ? 0 : int(48, 80) / 2));
    const p: Record<string, unknown> = {
      id: `P${i + 1}`, workerId: `W${i + 1}`, hirerId: `H${(i % 37) + 1}`, agencyId: `U${(i % 3) + 1}`, cao: r() < 0.2 ? 'NBBU' : 'ABU',
      start, agreements, hoursPerWeek,
    };
    const ageKind = r();
    if (ageKind < 0.1) p['age'] = int(16, 20);
    else if (ageKind < 0.15) p['birthDate'] = day(first, -int(18 * 365, 22 * 365));
    else p['age'] = int(21, 66);
    const ph = r();
    if (ph < 0.15) p['phases'] = [{ from: day(first, int(-60, 7 * o.weeks)), phase: 'B' }];
    else if (ph < 0.25) p['phases'] = [{ from: day(first, int(-60, 7 * o.weeks)), phase: 'C' }];
    else if (ph < 0.3) {
      const b = int(-60, 7 * o.weeks);
      p['phases'] = [{ from: day(first, b), phase: 'B' }, { from: day(first, b + int(7, 120)), phase: 'C' }];
    }
    if (r() < 0.2) p['end'] = day(start, int(30, 600));
    if (r() < 0.05) p['cost'] = { agency: { administration: '2%' } };
    if (o.explicitPension === false && r() < 0.5) p['workedWeeks'] = int(0, 60);
    placements.push(p as unknown as ForecastPlacementInput);
  }
  return {
    from: o.from,
    weeks: o.weeks,
    agencyId: 'U1',
    cost: o.explicitPension === false ? { employerSize: 'large', whk: '6.55%' } : { employerSize: 'large', whk: '6.55%', pension: 'basis' },
    placements,
  };
}

const Exact = DecimalJs.clone({ precision: 100, rounding: DecimalJs.ROUND_HALF_UP });

/** round-half-up(perHour × minutes / 60) in whole cents, in 100-digit decimals. */
export function referenceCents(perHour: Decimal, minutes: number): number {
  return new Exact(perHour.toString()).mul(minutes).div(60).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP).mul(100).toNumber();
}

function ageOnDay(birthDate: string, day: string): number {
  return Math.floor(DateTime.fromISO(day).diff(DateTime.fromISO(birthDate), 'years').years + 1e-9);
}

export interface ReferenceCell {
  readonly minutes: number;
  readonly revenue: number;
  readonly cost: number;
}

/** The reference table: cells[row][week]. */
export function referenceForecast(input: MarginForecastInput, rules: RuleSet = defaultRules): ReferenceCell[][] {
  const W = Number(input.weeks);
  const thursdays = Array.from({ length: W }, (_x, i) => weekStart(formatIsoWeek(addWeeks(String(input.from), i))).plus({ days: 3 }).toISODate()!);
  const explicitPension = input.cost.pension !== undefined;
  const firstMonday = weekStart(String(input.from)).toISODate()!;
  return input.placements.map((raw) => {
    const fp = parseForecastPlacement(raw, W);
    const p = fp.placement;
    const minutesOf = (w: number) => (typeof fp.minutes === 'number' ? fp.minutes : fp.minutes[w]!);
    const active = (w: number) => thursdays[w]! >= p.start && (p.end === undefined || thursdays[w]! <= p.end);
    const withHours = thursdays.map((_t, w) => w).filter((w) => active(w) && minutesOf(w) > 0);
    const average = withHours.length === 0 ? 0 : Math.round(withHours.reduce((s, w) => s + minutesOf(w), 0) / withHours.length);
    const phases = [...(fp.phases ?? [])].sort((x, y) => (x.from < y.from ? -1 : 1));
    const initial = fp.contract ?? 'agency-clause';
    let worked = fp.workedWeeks ?? Math.max(0, Math.ceil((Date.parse(firstMonday) - Date.parse(p.start)) / (7 * 86_400_000)));
    const models = new Map<string, HourlyCostModel>();
    return thursdays.map((day, w) => {
      const minutes = minutesOf(w);
      if (!active(w) || minutes === 0) return { minutes: 0, revenue: 0, cost: 0 };
      const agreement = agreementOn(p, day)!;
      const entry = phases.filter((x) => x.from <= day).pop();
      const contract = entry === undefined ? initial : entry.contract ?? (entry.phase === 'A' ? initial : entry.phase === 'B' ? 'fixed-term' : 'open-ended');
      const age = fp.birthDate !== undefined ? ageOnDay(fp.birthDate, day) : fp.age;
      const minimum = minimumWage(day, age, { rules });
      const wage = agreement.wage.lt(minimum) ? minimum : agreement.wage;
      const modelInput = {
        ...input.cost,
        ...(fp.cost ?? {}),
        date: day,
        cao: p.cao,
        contract,
        hoursPerWeek: new Decimal(average).div(60),
        ...(age !== undefined ? { age } : {}),
        ...(explicitPension ? {} : { workedWeeks: worked }),
      } as HourlyCostModelInput;
      const key = JSON.stringify({ ...modelInput, date: undefined });
      let model = models.get(key);
      model = model ? model.on(day) : hourlyCostModel(modelInput, { rules });
      models.set(key, model);
      const costPerHour = model.cost(wage);
      const effective = (wage === agreement.wage ? agreement : { ...agreement, wage }) as WageAgreement;
      const rate = rateFor(effective, undefined, costPerHour);
      worked++;
      return { minutes, revenue: referenceCents(rate, minutes), cost: referenceCents(costPerHour, minutes) };
    });
  });
}
