/**
 * Money (DESIGN.md "Exact money"): the amount, number, hours and percentage parsers and the
 * rounding point, under random and adversarial input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal, InputError, fromCents, parseAmount, parseHours, parseMinutes, parseNumber, parsePercent, roundCents, roundTo, sum, toCents,
} from '@backofficer/core';
import { describeValue, EDGE_NUMBERS, NAN_LIKE_TEXT, nasty, outcome, runs, WRONG_TYPES } from './support.js';

const PARSERS = { parseAmount, parseNumber, parseHours, parsePercent } as const;

/** Text that means zero as an amount, a number, hours or a percentage ("0", "-0,00", "€ 0", "0 %", "0:00"). */
function meansZero(value: unknown): boolean {
  if (typeof value === 'number') return value === 0;
  if (value instanceof Decimal || (typeof value === 'object' && value !== null && 'isZero' in value)) return (value as Decimal).isZero();
  if (typeof value !== 'string') return false;
  return /^\s*[-+\u2212]?\s*(€|eur|euro)?\s*[-+\u2212]?\s*0*([.,]0*)?(\s*(€|eur|euro))?\s*%?\s*$/i.test(value) || /^\s*0{1,4}:00\s*$/.test(value);
}

/** Any input a parser could meet: adversarial values, number-like text, and text made of number characters. */
const anyInput = fc.oneof(
  { arbitrary: nasty, weight: 4 },
  { arbitrary: fc.stringMatching(/^[-+€ 0-9.,:%eE]{0,14}$/), weight: 4 },
  { arbitrary: fc.double({ noNaN: false }), weight: 1 },
);

describe('parsers: any input gives an exact finite Decimal or an InputError naming the field (never NaN, never a silent 0)', () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}`, () => {
      fc.assert(
        fc.property(anyInput, (value) => {
          const where = `${name}(${describeValue(value)}, 'fieldX')`;
          const r = outcome(where, () => parse(value, 'fieldX'), { field: 'fieldX' });
          if (!r.ok) {
            expect(r.error, where).toBeInstanceOf(InputError);
            return;
          }
          expect(r.value.isFinite(), where).toBe(true);
          if (r.value.isZero()) expect(meansZero(value), `${where} gave 0 for input that is not zero`).toBe(true);
        }),
        runs(1500),
      );
    });
  }

  it('parseMinutes returns a safe whole number of minutes or an InputError', () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        const where = `parseMinutes(${describeValue(value)}, 'hours')`;
        const r = outcome(where, () => parseMinutes(value, 'hours'), { field: 'hours' });
        if (r.ok) {
          expect(Number.isSafeInteger(r.value), where).toBe(true);
          if (r.value === 0) expect(meansZero(value), `${where} gave 0 minutes`).toBe(true);
        }
      }),
      runs(1500),
    );
  });

  it('every NaN-like text, edge number and wrong type is refused by every parser with the field in both languages', () => {
    const refused = [...NAN_LIKE_TEXT.filter((t) => t !== '1E5'), Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, ...WRONG_TYPES];
    for (const value of refused) {
      for (const [name, parse] of Object.entries({ ...PARSERS, parseMinutes })) {
        const where = `${name}(${describeValue(value)}, 'Uurloon')`;
        const r = outcome(where, () => parse(value, 'Uurloon'), { field: 'Uurloon' });
        // "1e-999", "0,0,0"… are not numbers; none of these inputs may become a value.
        expect(r.ok, `${where} accepted ${describeValue(value)} as ${r.ok ? String(r.value) : ''}`).toBe(false);
      }
    }
  });

  it('edge numbers: finite ones are read exactly as their shortest decimal text (0.1 stays 0.1)', () => {
    for (const n of EDGE_NUMBERS.filter(Number.isFinite)) {
      expect(parseAmount(n, 'a').eq(new Decimal(String(n))), String(n)).toBe(true);
    }
  });
});

// -------------------------------------------------------------------------------------------
// Formatting round trip: what a clerk or a program writes reads back as the same amount.
// -------------------------------------------------------------------------------------------

/** Groups of three digits: "1234567" → ["1","234","567"]. */
function groups(int: string): string[] {
  const out: string[] = [];
  for (let end = int.length; end > 0; end -= 3) out.unshift(int.slice(Math.max(0, end - 3), end));
  return out;
}

type Style = 'nl-grouped' | 'nl-plain' | 'en-grouped' | 'en-plain' | 'nl-euro' | 'en-euro-after';

/** An amount in whole cents written as people write it (our own formatter, per DESIGN.md's accepted forms). */
function formatCents(cents: bigint, style: Style): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const int = (abs / 100n).toString();
  const frac = (abs % 100n).toString().padStart(2, '0');
  const nl = style.startsWith('nl');
  const grouped = style.endsWith('grouped') || style.includes('euro');
  const intText = grouped ? groups(int).join(nl ? '.' : ',') : int;
  const body = `${intText}${nl ? ',' : '.'}${frac}`;
  const sign = negative ? '-' : '';
  if (style === 'nl-euro') return `${sign}€ ${body}`;
  if (style === 'en-euro-after') return `${sign}${body} EUR`;
  return `${sign}${body}`;
}

const STYLES: Style[] = ['nl-grouped', 'nl-plain', 'en-grouped', 'en-plain', 'nl-euro', 'en-euro-after'];
const centsArb = fc.oneof(
  fc.bigInt({ min: -10_000_000n, max: 10_000_000n }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  fc.constantFrom(0n, 1n, -1n, 99n, 100n, 100_000n, 99_999n, 123_456n, -123_456n, 100_000_000n),
);

describe('parseAmount(format(x)) = x for Dutch and English formatting (DESIGN.md: 12,50 / 1.234,56 / 1,234.56)', () => {
  it('every style, any amount in cents up to 10^28 euros, exactly', () => {
    fc.assert(
      fc.property(centsArb, fc.constantFrom(...STYLES), (cents, style) => {
        const text = formatCents(cents, style);
        const expected = new Decimal(cents.toString()).div(100);
        const read = parseAmount(text, 'amount');
        expect(read.eq(expected), `${style}: "${text}" read as ${read.toString()}, expected ${expected.toString()}`).toBe(true);
      }),
      runs(2000),
    );
  });

  it('a JS number of euros with at most 2 decimals (as Excel stores an amount) reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), (cents) => {
        const n = cents / 100;
        expect(parseAmount(n, 'amount').eq(new Decimal(cents).div(100)), String(n)).toBe(true);
      }),
      runs(1000),
    );
  });

  it('hours written as h:mm and as decimal hours with a comma or a point read back as the same minutes (bug fixed: "1:07" and "10:01" were refused)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        expect(parseMinutes(`${h}:${String(m).padStart(2, '0')}`, 'hours')).toBe(h * 60 + m);
        // quarter hours as decimals: 7,25 / 7.25
        const q = (m - (m % 15)) / 15;
        const dec = ['0', '25', '5', '75'][q]!;
        expect(parseMinutes(`${h},${dec}`, 'hours')).toBe(h * 60 + q * 15);
        expect(parseMinutes(`${h}.${dec}`, 'hours')).toBe(h * 60 + q * 15);
        // Decimal hours of a clock text are minutes / 60 (non-terminating for 1:07; parseMinutes is the exact form).
        expect(parseHours(`${h}:${String(m).padStart(2, '0')}`, 'hours').eq(new Decimal(h * 60 + m).div(60))).toBe(true);
      }),
      runs(1000),
    );
  });

  it('percentages: "p%" with a comma or point is p/100, and the fraction form gives the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (hundredths) => {
        const p = new Decimal(hundredths).div(100); // e.g. 15.25 %
        const nl = `${p.toFixed(2).replace('.', ',')}%`;
        const en = `${p.toFixed(2)} %`;
        expect(parsePercent(nl, 'margin').eq(p.div(100)), nl).toBe(true);
        expect(parsePercent(en, 'margin').eq(p.div(100)), en).toBe(true);
        expect(parsePercent(p.div(100).toNumber(), 'margin').eq(p.div(100))).toBe(true);
      }),
      runs(1000),
    );
  });
});

// -------------------------------------------------------------------------------------------
// The rounding point (money/round.ts): half away from zero, idempotent, exact.
// -------------------------------------------------------------------------------------------

/** Reference: round thousandths m to cents, half away from zero, in integers. */
function refCentsOfThousandths(m: bigint): bigint {
  const abs = m < 0n ? -m : m;
  const cents = (abs + 5n) / 10n;
  return m < 0n ? -cents : cents;
}

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.integer({ min: 0, max: 12 }))
  .map(([neg, digits, places]) => {
    const s = digits.toString().padStart(places + 1, '0');
    const text = places === 0 ? s : `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
    return neg ? `-${text}` : text;
  });

describe('roundCents: half away from zero (2,345 → 2,35; −2,345 → −2,35), idempotent, within half a cent', () => {
  it('matches the integer reference on every thousandth, including every tie', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), (m) => {
        const value = new Decimal(m.toString()).div(1000);
        const expected = new Decimal(refCentsOfThousandths(m).toString()).div(100);
        expect(roundCents(value).eq(expected), `${value.toString()} → ${roundCents(value).toString()}, expected ${expected.toString()}`).toBe(true);
      }),
      runs(2000),
    );
  });

  it('idempotent, symmetric, at most 2 decimals, |x − round(x)| ≤ 0,005, for any decimal text, number or Decimal', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })), (x) => {
        const r = roundCents(x);
        expect(roundCents(r).eq(r)).toBe(true);
        expect(r.decimalPlaces()).toBeLessThanOrEqual(2);
        const d = new Decimal(typeof x === 'number' ? String(x) : x);
        expect(d.minus(r).abs().lte('0.005'), `${String(x)} → ${r.toString()}`).toBe(true);
        expect(roundCents(d.negated()).eq(r.negated())).toBe(true);
        expect(roundCents(d).eq(roundCents(String(x)))).toBe(true);
      }),
      runs(2000),
    );
  });

  it('roundTo(x, 4) keeps 4 decimals, half away from zero; toCents/fromCents round-trip', () => {
    fc.assert(
      fc.property(decimalText, (x) => {
        const r4 = roundTo(x, 4);
        expect(r4.decimalPlaces()).toBeLessThanOrEqual(4);
        expect(new Decimal(x).minus(r4).abs().lte('0.00005')).toBe(true);
        const r = roundCents(x);
        if (r.abs().mul(100).lte(Number.MAX_SAFE_INTEGER)) expect(fromCents(toCents(x)).eq(r)).toBe(true);
      }),
      runs(1000),
    );
  });

  it('NaN, ±Infinity, text decimal.js cannot read and unsafe cents are InputErrors, never NaN (bug fixed: NaN passed through)', () => {
    const bad: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, new Decimal(Number.NaN), new Decimal(Number.NEGATIVE_INFINITY), '12,50', 'abc', '', null, undefined, {}];
    for (const v of bad) {
      for (const [name, f] of Object.entries({ roundCents, toCents, roundTo4: (x: never) => roundTo(x, 4) })) {
        const r = outcome(`${name}(${describeValue(v)})`, () => f(v as never));
        expect(r.ok, `${name}(${describeValue(v)})`).toBe(false);
      }
      expect(outcome(`sum([1, ${describeValue(v)}])`, () => sum([1, v as never])).ok).toBe(false);
    }
    for (const c of [0.5, Number.NaN, 2 ** 53, -(2 ** 60), Number.POSITIVE_INFINITY]) {
      expect(outcome(`fromCents(${c})`, () => fromCents(c)).ok, String(c)).toBe(false);
    }
    // A sum of cents beyond 2^53 would lose whole cents: refused, not rounded silently.
    expect(outcome('toCents(1e20)', () => toCents('100000000000000000000')).ok).toBe(false);
    expect(outcome('roundTo(1, -1)', () => roundTo(1, -1)).ok).toBe(false);
    expect(outcome('roundTo(1, NaN)', () => roundTo(1, Number.NaN)).ok).toBe(false);
  });
});
