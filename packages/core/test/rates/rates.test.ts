import { describe, expect, it } from 'vitest';
import {
  Decimal, InputError, billingRate, factorFor, hourlyCostModel, marginFor, rateFor, rateForMargin, roundTo, surchargeWage,
} from '@backofficer/core';

/* Factor, billing rate and margin (DOMAIN.md §15). Expected values are hand calculations. */

describe('billingRate and factorFor (DOMAIN.md §15)', () => {
  it('Flexpedia 2024 (phase A, StiPP Basis): 12,50 × 1,7510 = 21,8875 → 21,89 per hour (half-up at the invoice line)', () => {
    expect(billingRate('12,50', '1,7510').toString()).toBe('21.89');
    expect(billingRate(12.5, 1.751, { round: false }).toString()).toBe('21.8875');
  });

  it('factorFor: 21,89 / 12,50 = 1,7512 exactly (the rounded rate carries a slightly higher factor than 1,7510)', () => {
    expect(factorFor('21,89', '12,50').toString()).toBe('1.7512');
  });

  it('round trip: billingRate(wage, factorFor(rate, wage)) gives the rate back, also for a non-terminating factor', () => {
    // 29,04 / 15,30 = 1,89803921568627… (repeating); × 15,30 = 29,04 after rounding
    for (const [rate, wage] of [['29.04', '15.30'], ['21.89', '12.50'], ['33.33', '14.71']] as const) {
      expect(billingRate(wage, factorFor(rate, wage)).toString()).toBe(rate);
    }
    expect(roundTo(factorFor('29.04', '15.30'), 4).toString()).toBe('1.898');
  });

  it('bad input: a factor of 0 or text is refused, naming the field', () => {
    expect(() => billingRate(15, 0)).toThrowError(/factor/);
    expect(() => billingRate('abc', 1.75)).toThrowError(/wage/);
    expect(() => factorFor(20, 0)).toThrowError(InputError);
  });
});

describe('rateForMargin: the basis is required (academy.recruitmentopleiding.nl "Kostprijs")', () => {
  it('cost 24,68 at 15 % of the rate: 24,68 / 0,85 = 29,0352… → 29,04', () => {
    expect(rateForMargin({ cost: '24,68', margin: '15%', basis: 'of-rate' }).toString()).toBe('29.04');
  });

  it('cost 24,68 with a 15 % markup: 24,68 × 1,15 = 28,382 → 28,38', () => {
    expect(rateForMargin({ cost: '24,68', margin: 0.15, basis: 'markup' }).toString()).toBe('28.38');
    expect(rateForMargin({ cost: '24,68', margin: '15%', basis: 'opslag' }).toString()).toBe('28.38');
  });

  it('never silently one of the two: a missing basis is an error that names both', () => {
    try {
      rateForMargin({ cost: 24.68, margin: 0.15 } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).texts.en).toContain('of-rate');
      expect((e as InputError).texts.en).toContain('markup');
      expect((e as InputError).texts.nl).toContain('margeberekening');
    }
  });

  it('a margin of 100 % of the rate or more is impossible; a markup above 100 % is fine', () => {
    expect(() => rateForMargin({ cost: 20, margin: '100%', basis: 'of-rate' })).toThrowError(/100/);
    expect(rateForMargin({ cost: 20, margin: '120%', basis: 'markup' }).toString()).toBe('44');
  });

  it('marginFor and back: 1 − 24,68 / 29,04 = 0,15013774…; 28,38 / 24,68 − 1 = 0,14991896…; each gives its rate back', () => {
    const ofRate = marginFor({ cost: '24,68', rate: '29,04', basis: 'of-rate' });
    expect(ofRate.toFixed(8)).toBe('0.15013774');
    expect(rateForMargin({ cost: '24,68', margin: ofRate, basis: 'of-rate' }).toString()).toBe('29.04');
    const markup = marginFor({ cost: '24,68', rate: '28,38', basis: 'markup' });
    expect(markup.toFixed(8)).toBe('0.14991896');
    expect(rateForMargin({ cost: '24,68', margin: markup, basis: 'markup' }).toString()).toBe('28.38');
  });
});

describe('rateFor: the three agreement modes (factor, margin, fixed; EasyFlex), surcharge hours billed with the same mode', () => {
  const costModel = hourlyCostModel({ date: '2025-06-02', contract: 'agency-clause', employerSize: 'large', whk: '6,55%', pension: 'basis', age: 30 });

  it('factor mode: 15,00 × 1,80 = 27,00; a 50 % surcharge hour is paid 22,50 and billed 22,50 × 1,80 = 40,50', () => {
    const a = { from: '2025-01-01', wage: '15,00', mode: 'factor', factor: '1,80' };
    expect(rateFor(a).toString()).toBe('27');
    expect(surchargeWage('15,00', '50%').toString()).toBe('22.5');
    expect(rateFor(a, surchargeWage('15,00', '50%')).toString()).toBe('40.5');
  });

  it('margin mode: the cost of the hour paid / (1 − 15 %); for the surcharge hour the cost of 22,50', () => {
    /*
     * cost(15,00) = 24,68060682074 (hourlyCost, first example) → / 0,85 = 29,0360080244… → 29,04
     * cost(22,50): SV = 22,5 × 1,24124514 = 27,92801565; premiums 28,94 % = 8,08236772911;
     *   pension 8 % × (27,92801565 − 10,19762 = 17,73039565) = 1,418431652; total 37,42881503111
     *   / 0,85 = 44,0339000366… → 44,03
     */
    const a = { from: '2025-01-01', wage: 15, mode: 'margin', margin: '15%', marginBasis: 'of-rate' };
    expect(rateFor(a, undefined, costModel).toString()).toBe('29.04');
    expect(costModel.cost('22.50').equals(new Decimal('37.42881503111'))).toBe(true);
    expect(rateFor(a, surchargeWage(15, '50%'), costModel).toString()).toBe('44.03');
    expect(rateFor(a, undefined, '24,68').toString()).toBe('29.04');
    expect(() => rateFor(a)).toThrowError(/cost|kostprijs/);
  });

  it('fixed mode: 30,00 per hour; the surcharge hour carries the same 50 %: 45,00', () => {
    const a = { from: '2025-01-01', wage: 15, mode: 'fixed', rate: '30,00' };
    expect(rateFor(a).toString()).toBe('30');
    expect(rateFor(a, surchargeWage(15, '50%')).toString()).toBe('45');
  });

  it('round trip between modes: a factor agreement, the margin it implies and the fixed rate it gives all bill the same', () => {
    const factorAgreement = { from: '2025-01-01', wage: '15,00', mode: 'factor', factor: '1,90' }; // 15 × 1,90 = 28,50
    const rate = rateFor(factorAgreement);
    expect(rate.toString()).toBe('28.5');
    const cost = costModel.cost(15);
    for (const basis of ['of-rate', 'markup'] as const) {
      const m = marginFor({ cost, rate, basis });
      const marginAgreement = { from: '2025-01-01', wage: '15,00', mode: 'margin', margin: m, marginBasis: basis };
      expect(rateFor(marginAgreement, undefined, costModel).toString(), basis).toBe('28.5');
    }
    const fixed = { from: '2025-01-01', wage: '15,00', mode: 'fixed', rate };
    expect(rateFor(fixed).toString()).toBe('28.5');
    expect(factorFor(rateFor(fixed), 15).toString()).toBe('1.9');
  });

  it('an agreement in margin mode without a basis is refused (placement model)', () => {
    expect(() => rateFor({ from: '2025-01-01', wage: 15, mode: 'margin', margin: '15%' }, undefined, 20)).toThrowError(/of-rate|markup/);
  });
});
