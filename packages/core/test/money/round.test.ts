import { describe, expect, it } from 'vitest';
import { Decimal, fromCents, roundCents, roundTo, sum, toCents } from '../../src/money/index.js';

// DESIGN.md "Exact money": round only where the domain rounds, half away from zero (ROUND_HALF_UP).
describe('roundCents: half away from zero (DESIGN.md exact money; issue 3 §2)', () => {
  it('2.345 → 2.35: the third decimal 5 is a tie, rounded up, away from zero', () => {
    expect(roundCents(2.345).toString()).toBe('2.35');
    expect(roundCents('2.345').toString()).toBe('2.35');
    expect(roundCents(new Decimal('2.345')).toString()).toBe('2.35');
  });

  it('−2.345 → −2.35: a negative tie also goes away from zero, not up to −2.34', () => {
    expect(roundCents(-2.345).toString()).toBe('-2.35');
  });

  it('2.344 → 2.34 and 2.3449999 → 2.34: below the tie rounds down', () => {
    expect(roundCents(2.344).toString()).toBe('2.34');
    expect(roundCents('2.3449999').toString()).toBe('2.34');
  });

  it('no float error: 1.005 is exactly 1.005 as a Decimal, so it rounds to 1.01 (a float gives 1.00)', () => {
    // (1.005).toFixed(2) === '1.00' in JS because the double is 1.00499999999999989…
    expect(roundCents(1.005).toString()).toBe('1.01');
  });

  it('0.1 + 0.2 in Decimal is exactly 0.3', () => {
    expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
  });

  it('VAT example DOMAIN.md §14: 1.000 + 21 % = 1.210; G-account 25 % = 302,50', () => {
    // step 1: 1000 × 1.21 = 1210; step 2: 1210 × 0.25 = 302.5 → 302.50
    const incl = new Decimal(1000).mul('1.21');
    expect(roundCents(incl.mul('0.25')).toFixed(2)).toBe('302.50');
  });

  it('roundTo 4 places for factors: 21.89 / 12.50 = 1.7512 (DOMAIN.md §15 Flexpedia example)', () => {
    // 21.89 / 12.5 = 1.75120 exactly
    expect(roundTo(new Decimal('21.89').div('12.50'), 4).toString()).toBe('1.7512');
  });

  it('toCents / fromCents / sum are exact', () => {
    expect(toCents('12.345')).toBe(1235);
    expect(fromCents(1235).toString()).toBe('12.35');
    expect(sum(['0.1', '0.2', 0.3]).toString()).toBe('0.6');
  });
});
