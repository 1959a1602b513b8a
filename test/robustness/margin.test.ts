/**
 * Margin (DOMAIN.md §15: margin = invoiced revenue − payroll cost) under random and adversarial
 * input: per line and in every total and group, margin = revenue − cost; lines are rounded to
 * cents and totals are sums of rounded lines; the integer-cent fast path equals the decimal
 * reference; the forecast's cells, rows, weeks and totals add up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal, amountCents, forecastCell, marginForecast, marginOverview, parseForecastInput, parsePricedLines, priceHourLines, roundCents,
  type MarginSummary, type PricedLineInput,
} from '@backofficer/core';
import { generateForecastInput } from '../../packages/core/test/margin/forecast-fixture.js';
import { describeValue, expectTypedError, garbageRecord, mutate, mutationOf, outcome, pathLabel, runs } from './support.js';

type OverviewPlacement = Parameters<typeof marginOverview>[1][number];
const fixed = (wage: string, rate: string) => [{ from: '2026-01-05', wage, mode: 'fixed', rate }];
const PLACEMENTS: OverviewPlacement[] = [
  { id: 'P1', workerId: 'W1', hirerId: 'H1', agencyId: 'U1', job: 'bakker', cao: 'ABU', start: '2026-01-05', agreements: fixed('15.00', '25.35') },
  { id: 'P2', workerId: 'W2', hirerId: 'H1', agencyId: 'U1', job: 'inpakker', cao: 'ABU', start: '2026-01-05', agreements: fixed('14.71', '23.50') },
  { id: 'P3', workerId: 'W2', hirerId: 'H2', agencyId: 'U2', job: 'orderpicker', cao: 'ABU', start: '2026-01-05', agreements: fixed('16.00', '26.40') },
  { id: 'P4', workerId: 'W3', hirerId: 'H2', agencyId: 'U2', job: 'chauffeur', cao: 'NBBU', start: '2026-01-05', agreements: fixed('13.50', '20.00') },
] as OverviewPlacement[];

/** Any day of 2026 and the first days of 2027 (week 53 of 2026 runs 28 Dec – 3 Jan). */
const day = fc.integer({ min: 4, max: 370 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
// 4 decimals always written out ("13.4590"): "13.459" would be ambiguous to the parser, by design.
const perHour = (min: number, max: number) => fc.integer({ min: min * 10_000, max: max * 10_000 }).map((n) => new Decimal(n).div(10_000).toFixed(4));
const hoursText = fc.integer({ min: 1, max: 60 * 60 }).chain((m) =>
  fc.constantFrom(`${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`, ...(m % 15 === 0 ? [String(m / 60).replace('.', ','), m / 60] : [])),
);
const category = fc.record({
  key: fc.constantFrom('base', 'za +50%', 'zo +100%', 'overwerk 25%', 'nacht'),
  hours: hoursText,
  pay: perHour(10, 60),
  rate: perHour(12, 120),
  cost: perHour(12, 110),
});
const pricedLine = fc.record({
  placementId: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
  date: day,
  status: fc.constantFrom('approved', 'approved', 'approved', 'submitted'),
  categories: fc.uniqueArray(category, { minLength: 1, maxLength: 3, selector: (c) => c.key }),
});

const eq = (a: Decimal, b: Decimal, what: string) => expect(a.eq(b), `${what}: ${a.toString()} ≠ ${b.toString()}`).toBe(true);

function checkSummary(s: MarginSummary, what: string): void {
  eq(s.margin, s.revenue.minus(s.cost), `${what}: margin = revenue − cost`);
  for (const x of [s.revenue, s.cost, s.margin, s.grossPay]) expect(x.decimalPlaces(), `${what}: in cents`).toBeLessThanOrEqual(2);
}

describe('marginOverview: margin = revenue − cost per line, per group and in the totals; totals are sums of rounded lines', () => {
  it('random weeks of priced lines (week 53, both CAOs, negative margins, statuses)', () => {
    fc.assert(
      fc.property(fc.array(pricedLine, { minLength: 1, maxLength: 12 }), fc.constantFrom('week', 'line') as fc.Arbitrary<'week' | 'line'>, (lines, lineRounding) => {
        const r = outcome('marginOverview', () => marginOverview(lines as PricedLineInput[], PLACEMENTS, { lineRounding } as never));
        if (!r.ok) throw r.error;
        const o = r.value;
        for (const l of o.lines) {
          eq(l.margin, l.revenue.minus(l.cost), `line ${l.placementId} ${l.week} ${l.category}`);
          // each line is rounded once from the exact minutes × per-hour figure
          eq(l.revenue, roundCents(l.rate.mul(l.minutes).div(60)), `revenue of ${l.placementId} ${l.week}`);
          eq(l.cost, roundCents(l.costPerHour.mul(l.minutes).div(60)), `cost of ${l.placementId} ${l.week}`);
        }
        const sum = (f: (l: (typeof o.lines)[number]) => Decimal) => o.lines.reduce((t, l) => t.plus(f(l)), new Decimal(0));
        checkSummary(o.totals, 'totals');
        eq(o.totals.revenue, sum((l) => l.revenue), 'total revenue = Σ rounded lines');
        eq(o.totals.cost, sum((l) => l.cost), 'total cost = Σ rounded lines');
        expect(o.totals.minutes).toBe(o.lines.reduce((n, l) => n + l.minutes, 0));
        for (const [by, groups] of Object.entries(o.groups)) {
          for (const g of groups) checkSummary(g, `${by} ${g.key}`);
          eq(groups.reduce((t, g) => t.plus(g.margin), new Decimal(0)), o.totals.margin, `Σ ${by} groups = total margin`);
          eq(groups.reduce((t, g) => t.plus(g.revenue), new Decimal(0)), o.totals.revenue, `Σ ${by} groups = total revenue`);
        }
        // Only approved hours are invoiced (DOMAIN.md §1).
        const approvedMinutes = lines.filter((l) => l.status === 'approved').length;
        if (approvedMinutes === 0) expect(o.lines).toHaveLength(0);
      }),
      runs(300),
    );
  });

  it('one adversarial value in a line or a placement: a result or a named typed error', () => {
    const lines = [
      { id: 'A', row: 2, placementId: 'P1', date: '2026-03-02', categories: [{ key: 'base', hours: '38:00', pay: '15.00', rate: '25.35', cost: '21.7733' }] },
      { id: 'B', row: 3, placementId: 'P4', date: '2026-12-28', categories: [{ key: 'base', hours: '7,5', pay: '13.50', rate: '20.00', cost: '23.00' }] },
    ];
    const args = [lines, PLACEMENTS, { agencyId: 'U1' }];
    fc.assert(
      fc.property(fc.oneof({ arbitrary: mutationOf(args), weight: 8 }, { arbitrary: garbageRecord.map((g) => ({ path: [0], replacement: g })), weight: 1 }), ({ path, replacement }) => {
        const [l, p, o] = mutate(args, path, replacement) as Parameters<typeof marginOverview>;
        const where = `marginOverview(${pathLabel(path)} = ${describeValue(replacement)})`;
        const r = outcome(where, () => marginOverview(l, p, o), { echoes: [replacement] });
        if (r.ok) {
          checkSummary(r.value.totals, where);
          for (const line of r.value.lines) eq(line.margin, line.revenue.minus(line.cost), where);
        }
        outcome(`parsePricedLines(${pathLabel(path)})`, () => parsePricedLines(l as never), { echoes: [replacement] });
      }),
      runs(500),
    );
  });
});

describe('amountCents (the integer fast path) equals round-half-up(per hour × minutes / 60) in decimals', () => {
  it('per-hour figures with up to 20 decimals, minutes up to 10 million; huge figures take the exact path', () => {
    const figure = fc.oneof(
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 20 })).map(([n, places]) => new Decimal(n.toString()).div(new Decimal(10).pow(places))),
      fc.integer({ min: 0, max: 100_000 }).map((c) => new Decimal(c).div(100)),
      fc.constantFrom(new Decimal('0.005'), new Decimal('0.015'), new Decimal('21.7733'), new Decimal('24.68060682074'), new Decimal('99999999999.99999999')),
    );
    fc.assert(
      fc.property(figure, fc.oneof(fc.integer({ min: 0, max: 60 * 200 }), fc.integer({ min: 0, max: 10_000_000 })), (p, m) => {
        const exact = p.mul(m).div(60);
        const reference = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).mul(100);
        if (reference.gt(Number.MAX_SAFE_INTEGER)) {
          outcome(`amountCents(${p.toString()}, ${m})`, () => amountCents(p, m));
          return;
        }
        expect(amountCents(p, m), `${p.toString()} × ${m} / 60`).toBe(reference.toNumber());
      }),
      runs(3000),
    );
  });

  it('refuses a negative or non-finite figure with a typed error, never a RangeError', () => {
    // outcome() alone also passes on a result: each of these must be refused, naming the field.
    for (const p of [new Decimal(-1), new Decimal(Number.NaN), new Decimal(Number.POSITIVE_INFINITY)]) {
      const where = `amountCents(${p.toString()}, 60)`;
      expect(outcome(where, () => amountCents(p, 60), { field: 'amount per hour' }).ok, `${where} is refused`).toBe(false);
    }
    for (const m of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const where = `amountCents(1, ${m})`;
      expect(outcome(where, () => amountCents(new Decimal(1), m), { field: 'minutes' }).ok, `${where} is refused`).toBe(false);
    }
  });
});

describe('marginForecast: every cell, row, week and the total satisfy margin = revenue − cost; bad input is named', () => {
  it('generated inputs (all rate modes, phase changes, raises, ages, a 1 January parameter change)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('2025-W40', '2026-W50', '2026-W53', '2024-W01'), (seed, weeks, from) => {
        const input = generateForecastInput({ placements: 6, weeks, from, seed });
        const r = outcome(`marginForecast(seed ${seed}, ${weeks} weeks from ${from})`, () => marginForecast(input));
        if (!r.ok) return;
        const f = r.value;
        const W = f.weeks.length;
        expect(W).toBe(weeks);
        let tm = 0;
        let tr = 0;
        let tc = 0;
        f.rows.forEach((row, i) => {
          let rm = 0;
          let rr = 0;
          let rc = 0;
          for (let w = 0; w < W; w++) {
            const k = i * W + w;
            const [m, rev, cost, margin] = [f.cells.minutes[k]!, f.cells.revenue[k]!, f.cells.cost[k]!, f.cells.margin[k]!];
            for (const x of [m, rev, cost, margin]) expect(Number.isSafeInteger(x), `cell ${i},${w}`).toBe(true);
            expect(margin, `cell ${i},${w}: margin = revenue − cost`).toBe(rev - cost);
            const euros = forecastCell(f, i, w);
            eq(euros.margin, euros.revenue.minus(euros.cost), `forecastCell ${i},${w}`);
            rm += m;
            rr += rev;
            rc += cost;
          }
          expect([row.totals.minutes, row.totals.revenue, row.totals.cost, row.totals.margin], `row ${row.placementId}`).toEqual([rm, rr, rc, rr - rc]);
          tm += rm;
          tr += rr;
          tc += rc;
        });
        eq(f.totals.revenue, new Decimal(tr).div(100), 'total revenue = Σ cells');
        eq(f.totals.cost, new Decimal(tc).div(100), 'total cost = Σ cells');
        eq(f.totals.margin, f.totals.revenue.minus(f.totals.cost), 'total margin = revenue − cost');
        expect(f.totals.minutes).toBe(tm);
        eq(f.weekTotals.reduce((t, w) => t.plus(w.margin), new Decimal(0)), f.totals.margin, 'Σ week totals = total');
        for (const bad of [[-1, 0], [0, W], [f.rows.length, 0], [0.5, 0]] as const) {
          expect(outcome(`forecastCell(${bad.join(', ')})`, () => forecastCell(f, bad[0], bad[1])).ok).toBe(false);
        }
      }),
      runs(60),
    );
  });

  it('one adversarial value in a forecast input: a forecast or a named typed error', () => {
    const base = generateForecastInput({ placements: 3, weeks: 4, from: '2026-W10', seed: 7 });
    fc.assert(
      fc.property(mutationOf(base), ({ path, replacement }) => {
        const input = mutate(base, path, replacement);
        const where = `marginForecast(${pathLabel(path)} = ${describeValue(replacement)})`;
        const r = outcome(where, () => marginForecast(input), { echoes: [replacement] });
        // parseForecastInput hands the cost choices on unchecked (hourlyCostModel checks them once per
        // placement, inside marginForecast): only its errors are checked here, not its output.
        let parsedOk = true;
        try {
          parseForecastInput(input);
        } catch (e) {
          expectTypedError(e, `parseForecastInput(${pathLabel(path)} = ${describeValue(replacement)})`);
          parsedOk = false;
        }
        if (r.ok) {
          expect(parsedOk, where).toBe(true);
          eq(r.value.totals.margin, r.value.totals.revenue.minus(r.value.totals.cost), where);
        }
      }),
      runs(300),
    );
  });
});

describe('priceHourLines: hour lines and placements with one adversarial value', () => {
  it('a priced line per hour line, or a named typed error', () => {
    const placement = { id: 'P1', workerId: 'W1', hirerId: 'H1', job: 'bakker', cao: 'ABU', start: '2026-01-05', agreements: [{ from: '2026-01-05', wage: '15,00', mode: 'factor', factor: '1,80' }] };
    const hourLines = [
      { workerId: 'W1', placementId: 'P1', date: '2026-03-28', start: '22:00', end: '06:00', breakMinutes: 30, status: 'approved' },
      { workerId: 'W1', placementId: 'P1', date: '2026-12-31', hours: '7,5', status: 'approved' },
    ];
    const args = [hourLines, [placement], { cost: { employerSize: 'large', whk: '6,55%', pension: 'basis' } }];
    fc.assert(
      fc.property(mutationOf(args), ({ path, replacement }) => {
        const [l, p, o] = mutate(args, path, replacement) as Parameters<typeof priceHourLines>;
        const where = `priceHourLines(${pathLabel(path)} = ${describeValue(replacement)})`;
        const r = outcome(where, () => priceHourLines(l, p, o), { echoes: [replacement] });
        if (r.ok) expect(r.value.lines).toHaveLength((l as unknown[]).length);
      }),
      runs(300),
    );
  });
});
