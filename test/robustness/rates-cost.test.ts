/**
 * Rates and loaded cost (DOMAIN.md §4–6, §15) under adversarial input, and the round trips of
 * the three agreement modes: factor, margin (of-rate and markup) and fixed rate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal, billingRate, factorFor, hourlyCost, hourlyCostModel, marginFor, pensionPremium, rateFor, rateForMargin, rateFromMargin,
  roundCents, surchargeWage, toWageAgreement, type HourlyCostInput,
} from '@backofficer/core';
import { describeArgs, describeValue, garbageRecord, mutate, mutationOf, nasty, outcome, pathLabel, runs } from './support.js';

/** Amounts as a clerk types them: cents as text (Dutch or English) or as a number. */
const amountIn = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).chain((c) =>
    fc.constantFrom<string | number>(c / 100, (c / 100).toFixed(2), (c / 100).toFixed(2).replace('.', ',')).map((v) => ({ cents: c, v })),
  );
const factorIn = fc.integer({ min: 10_000, max: 40_000 }).map((n) => new Decimal(n).div(10_000)); // 1,0000 … 4,0000
const marginIn = fc.integer({ min: 0, max: 9_500 }).map((n) => new Decimal(n).div(10_000)); // 0 … 95 %

describe('rates: any input gives a rate or an InputError naming the field (wage, factor, rate, cost, margin, basis)', () => {
  it('billingRate / factorFor / surchargeWage with adversarial arguments', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const where = describeArgs([a, b]);
        const r1 = outcome(`billingRate(${where})`, () => billingRate(a as never, b as never));
        if (!r1.ok) expect(['wage', 'factor']).toContain(r1.error.field);
        // 0,00 only when wage × factor is below half a cent (5e-324 × 5e-324): rounding, not a silent 0.
        if (r1.ok && r1.value.isZero()) expect(billingRate(a as never, b as never, { round: false }).lt('0.005'), `billingRate(${where}) = 0`).toBe(true);
        const r2 = outcome(`factorFor(${where})`, () => factorFor(a as never, b as never));
        if (!r2.ok) expect(['rate', 'wage']).toContain(r2.error.field);
        outcome(`surchargeWage(${where})`, () => surchargeWage(a as never, b as never));
      }),
      runs(800),
    );
  });

  it('rateForMargin / marginFor: one field of a valid input made adversarial', () => {
    const base = { cost: '24,68', margin: '15%', basis: 'of-rate' };
    fc.assert(
      fc.property(fc.oneof(mutationOf(base).map((m) => mutate(base, m.path, m.replacement)), garbageRecord), (input) => {
        const r = outcome(`rateForMargin(${describeValue(input)})`, () => rateForMargin(input as never));
        if (r.ok && r.value.isZero()) expect(rateForMargin(input as never, { round: false }).lt('0.005')).toBe(true);
        const m = { cost: (input as { cost?: unknown })?.cost, rate: (input as { margin?: unknown })?.margin, basis: (input as { basis?: unknown })?.basis };
        outcome(`marginFor(${describeValue(m)})`, () => marginFor(m as never));
      }),
      runs(800),
    );
  });

  it('rateFor / toWageAgreement: one field of each mode\'s agreement made adversarial, with adversarial wage and cost', () => {
    const agreements = [
      { from: '2026-01-05', wage: '15,00', mode: 'factor', factor: '1,80' },
      { from: '2026-01-05', wage: 15, mode: 'margin', margin: '15%', marginBasis: 'of-rate' },
      { from: '2026-01-05', wage: '15.00', mode: 'fixed', rate: '30,00' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...agreements).chain((a) => mutationOf(a).map((m) => mutate(a, m.path, m.replacement))),
        fc.option(nasty, { nil: undefined }),
        fc.option(nasty, { nil: undefined }),
        (agreement, wage, cost) => {
          const where = `rateFor(${describeArgs([agreement, wage, cost])})`;
          const a = outcome(`toWageAgreement(${describeValue(agreement)})`, () => toWageAgreement(agreement));
          const r = outcome(where, () => rateFor(agreement, wage as never, (cost ?? '24,68') as never), { echoes: [agreement] });
          if (r.ok) {
            expect(a.ok, where).toBe(true);
            if (r.value.isZero()) expect(rateFor(agreement, wage as never, (cost ?? '24,68') as never, { round: false }).lt('0.005'), `${where} = 0`).toBe(true);
          }
        },
      ),
      runs(800),
    );
  });
});

describe('rates round-trip in factor, margin and fixed mode (DOMAIN.md §15)', () => {
  it('factor mode: factorFor(wage × factor, wage) = factor exactly; rounded to cents, within half a cent per hour', () => {
    fc.assert(
      fc.property(amountIn(1, 500), factorIn, ({ cents, v }, f) => {
        const wage = new Decimal(cents).div(100);
        const exact = billingRate(v, f, { round: false });
        expect(exact.eq(wage.mul(f))).toBe(true);
        expect(factorFor(exact, v).eq(f), `${String(v)} × ${f.toString()}`).toBe(true);
        const rounded = billingRate(v, f);
        expect(rounded.eq(roundCents(wage.mul(f)))).toBe(true);
        // the factor of the rounded rate differs from f by at most 0,005 / wage
        // (+1e-30: at a tie the bound is reached exactly, and the factor has 40 significant digits)
        expect(factorFor(rounded, v).minus(f).abs().lte(new Decimal('0.005').div(wage).plus('1e-30'))).toBe(true);
      }),
      runs(1000),
    );
  });

  it('margin mode, both bases: marginFor(rateForMargin(cost, m)) = m exactly; the rounded rate gives m back within 0,005 / rate', () => {
    fc.assert(
      fc.property(amountIn(1, 500), marginIn, fc.constantFrom('of-rate', 'markup'), ({ cents, v }, m, basis) => {
        const cost = new Decimal(cents).div(100);
        const exact = rateForMargin({ cost: v, margin: m, basis }, { round: false });
        expect(exact.eq(rateFromMargin(cost, m, basis as 'of-rate' | 'markup'))).toBe(true);
        const back = marginFor({ cost: v, rate: exact, basis });
        expect(back.minus(m).abs().lte('1e-30'), `${basis} ${cost.toString()} ${m.toString()} → ${back.toString()}`).toBe(true);
        const rounded = rateForMargin({ cost: v, margin: m, basis });
        expect(rounded.eq(roundCents(exact))).toBe(true);
        const bound = basis === 'of-rate' ? new Decimal('0.005').mul(cost).div(rounded.mul(rounded.minus('0.005'))) : new Decimal('0.005').div(cost);
        // (+1e-30: at a tie the bound is reached exactly, and m has 40 significant digits)
        expect(marginFor({ cost: v, rate: rounded, basis }).minus(m).abs().lte(bound.plus('1e-30'))).toBe(true);
        // and the rounded rate is a fixed point: its own margin gives the same rate back
        expect(rateForMargin({ cost: v, margin: marginFor({ cost: v, rate: rounded, basis }), basis }).eq(rounded)).toBe(true);
      }),
      runs(1000),
    );
  });

  it('the three modes agree: a margin rate as a factor or a fixed rate bills the same, also for a surcharge hour', () => {
    fc.assert(
      fc.property(amountIn(10, 60), marginIn, fc.integer({ min: 0, max: 200 }), ({ cents, v }, m, surchargePct) => {
        const cost = new Decimal(cents).div(100).mul('1.6454'); // a loaded cost per hour of this wage (same for every mode)
        const marginRate = rateFor({ from: '2026-01-05', wage: v, mode: 'margin', margin: m, marginBasis: 'markup' }, undefined, cost, { round: false });
        const factor = factorFor(marginRate, v);
        const viaFactor = rateFor({ from: '2026-01-05', wage: v, mode: 'factor', factor }, undefined, undefined, { round: false });
        const viaFixed = rateFor({ from: '2026-01-05', wage: v, mode: 'fixed', rate: marginRate }, undefined, undefined, { round: false });
        expect(viaFactor.eq(marginRate)).toBe(true);
        expect(viaFixed.eq(marginRate)).toBe(true);
        // A surcharge hour at +s %: factor and fixed carry the same percentage on the rate.
        const paid = surchargeWage(v, `${surchargePct}%`);
        const s = new Decimal(surchargePct).div(100).plus(1);
        const factorHour = rateFor({ from: '2026-01-05', wage: v, mode: 'factor', factor }, paid, undefined, { round: false });
        const fixedHour = rateFor({ from: '2026-01-05', wage: v, mode: 'fixed', rate: marginRate }, paid, undefined, { round: false });
        expect(factorHour.minus(marginRate.mul(s)).abs().lte('1e-30')).toBe(true);
        expect(fixedHour.minus(marginRate.mul(s)).abs().lte('1e-30')).toBe(true);
      }),
      runs(600),
    );
  });
});

describe('hourlyCost / hourlyCostModel / pensionPremium: one bad field gives a named InputError, never NaN or a zero cost', () => {
  const BASE: HourlyCostInput = { wage: '15,00', date: '2025-06-02', contract: 'agency-clause', employerSize: 'large', whk: '6,55%', pension: 'basis', age: 30 };

  it('hourlyCost: mutated inputs; a result costs more than the wage', () => {
    fc.assert(
      fc.property(mutationOf(BASE), ({ path, replacement }) => {
        const input = mutate(BASE, path, replacement);
        const where = `hourlyCost(${pathLabel(path)} = ${describeValue(replacement)})`;
        const r = outcome(where, () => hourlyCost(input), { echoes: [replacement] });
        if (r.ok) {
          expect(r.value.total.gt(0), where).toBe(true);
          expect(r.value.total.gt(new Decimal(String(input.wage).replace(',', '.'))), where).toBe(true);
        }
      }),
      runs(600),
    );
    fc.assert(fc.property(garbageRecord, (g) => void outcome(`hourlyCost(${describeValue(g)})`, () => hourlyCost(g as never))), runs(150));
  });

  it('hourlyCostModel(input).cost(wage) equals hourlyCost({ ...input, wage }).total for any wage; bad wages are named', () => {
    const { wage: _w, ...modelInput } = BASE;
    const model = hourlyCostModel(modelInput);
    fc.assert(
      fc.property(fc.oneof(amountIn(0, 1000).map((a) => a.v), nasty), (wage) => {
        const where = `model.cost(${describeValue(wage)})`;
        const viaModel = outcome(where, () => model.cost(wage as never));
        const viaFull = outcome(`hourlyCost(wage ${describeValue(wage)})`, () => hourlyCost({ ...BASE, wage: wage as never }));
        expect(viaModel.ok, where).toBe(viaFull.ok);
        if (viaModel.ok && viaFull.ok) expect(viaModel.value.eq(viaFull.value.total), where).toBe(true);
      }),
      runs(500),
    );
    fc.assert(
      fc.property(mutationOf(modelInput), ({ path, replacement }) => {
        outcome(`hourlyCostModel(${pathLabel(path)} = ${describeValue(replacement)})`, () => hourlyCostModel(mutate(modelInput, path, replacement)), { echoes: [replacement] });
      }),
      runs(400),
    );
  });

  it('pensionPremium: mutated inputs', () => {
    const base = { date: '2024-05-01', pensionableWage: '2.300,00', hours: 80, scheme: 'plus' };
    fc.assert(
      fc.property(fc.oneof(mutationOf(base).map((m) => mutate(base, m.path, m.replacement)), garbageRecord), (input) => {
        outcome(`pensionPremium(${describeValue(input)})`, () => pensionPremium(input as never), { echoes: [input] });
      }),
      runs(400),
    );
  });
});
