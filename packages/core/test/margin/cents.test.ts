import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { Decimal } from '../../src/money/index.js';
import { amountCents, centsOf, centsOfWords, exactCents, scalePerHour } from '../../src/margin/cents.js';

/** The reference: exact decimal arithmetic with room to spare (100 digits), one rounding half-up to cents. */
const Exact = DecimalJs.clone({ precision: 100, rounding: DecimalJs.ROUND_HALF_UP });
function referenceCents(perHour: string, minutes: number): number {
  return new Exact(perHour).mul(minutes).div(60).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP).mul(100).toNumber();
}

describe('cents of hours × a per-hour figure (money/round.ts: an invoice line is rounded half-up to cents once)', () => {
  it('38 h × 25,35 = 963,30 exactly', () => {
    // 2280 minutes × 25.35 / 60 = 57798 / 60 = 963.30
    expect(amountCents(new Decimal('25.35'), 2280)).toBe(96330);
  });

  it('a tie goes up: 4,5 h × 38,03 = 171,135 → 171,14', () => {
    expect(amountCents(new Decimal('38.03'), 270)).toBe(17114);
  });

  it('no intermediate rounding of the hours: 50 minutes × 0,03 = 0,025 → 0,03 (hours rounded first to 0,83 would give 0,0249 → 0,02)', () => {
    // step 1: exact 0.03 × 50 / 60 = 1.5 / 60 = 0.025, a tie → 0.03
    expect(amountCents(new Decimal('0.03'), 50)).toBe(3);
    // the mistake this avoids: 0.03 × 0.83 (hours as a sheet shows them) = 0.0249 → 0.02
    expect(new Decimal('0.03').mul('0.83').toDecimalPlaces(2).toNumber()).toBe(0.02);
  });

  it('20 minutes × 23,50 = 7,8333… → 7,83; 20 h 20 min × 21,0015 = 427,0305 → 427,03', () => {
    expect(amountCents(new Decimal('23.50'), 20)).toBe(783);
    // 1220 × 21.0015 = 25621.83; / 60 = 427.0305
    expect(amountCents(new Decimal('21.0015'), 1220)).toBe(42703);
  });

  it('a per-hour figure with many decimals takes the carry check (24,68060682074 × 38 h = 937,86305918812 → 937,86)', () => {
    const s = scalePerHour(new Decimal('24.68060682074'));
    expect(s.exact).toBe(false);
    expect(centsOf(s, 2280)).toBe(93786);
  });

  it('near a cent boundary the BigInt path decides: 0,0149999999999999999999 × 60 minutes → 0,01; 0,015 × 60 → 0,02', () => {
    expect(amountCents(new Decimal('0.0149999999999999999999'), 60)).toBe(1);
    expect(amountCents(new Decimal('0.015'), 60)).toBe(2);
    expect(exactCents(new Decimal('0.0149999999999999999999'), 60)).toBe(1);
  });

  it('huge figures fall back to exact BigInt arithmetic', () => {
    expect(amountCents(new Decimal('123456789012.345678'), 60)).toBe(12345678901235);
  });

  it('property: equals the exact decimal result for any per-hour figure and any week of minutes', () => {
    const perHour = fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 12 }), fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }))
      .map(([euros, places, frac]) => (places === 0 ? `${euros}` : `${euros}.${frac.toString().padStart(12, '0').slice(0, places)}`));
    fc.assert(
      fc.property(perHour, fc.integer({ min: 0, max: 168 * 60 }), (p, m) => {
        expect(centsOf(scalePerHour(new Decimal(p)), m)).toBe(referenceCents(p, m));
      }),
      { numRuns: 20_000 },
    );
  });

  it('property: the scaled figure is floor(value × 10^8) and says whether that is exact', () => {
    const value = fc
      .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 20 }), fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }))
      .map(([int, places, frac]) => (places === 0 ? `${int}` : `${int}.${frac.toString().padStart(20, '0').slice(0, places)}`));
    fc.assert(
      fc.property(value, (v) => {
        const s = scalePerHour(new Decimal(v));
        const x = new Exact(v).mul(1e8);
        expect(s.q).toBe(x.floor().toNumber());
        expect(s.exact).toBe(x.isInteger());
      }),
      { numRuns: 20_000 },
    );
  });

  it('property: whole cents of an amount with at most 2 decimals, NaN for more decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }), (n, places) => {
        const d = new Decimal(n).div(10 ** places);
        const expected = d.mul(100).isInteger() && d.lt(1e7) ? d.mul(100).toNumber() : NaN;
        expect(centsOfWords(d)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
    expect(centsOfWords(new Decimal('14.71'))).toBe(1471);
    expect(centsOfWords(new Decimal('0.05'))).toBe(5);
    expect(centsOfWords(new Decimal('14.715'))).toBeNaN();
  });

  it('property: half-hour weeks and cent rates, the forecast case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 336 }), (cents, halves) => {
        const p = new Decimal(cents).div(100);
        expect(amountCents(p, halves * 30)).toBe(referenceCents(p.toString(), halves * 30));
      }),
      { numRuns: 5_000 },
    );
  });
});
