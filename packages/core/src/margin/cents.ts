import { Decimal } from '../money/index.js';
import { InputError, displayValue } from '../errors/index.js';

/*
 * Amounts of "hours × a per-hour figure", in whole cents, exactly.
 *
 * The domain rounds an invoice line (hours × rate) and a cost line (hours × loaded cost per hour)
 * to cents, half away from zero (money/round.ts). Hours are whole minutes (every hours reader of
 * core works to the minute), so the exact amount is P × m / 60 for a per-hour figure P and m
 * minutes. We round that exact value once: no intermediate rounding of m / 60 (20 minutes is
 * 0,3333… hours; 50 minutes taken as 0,83 hours turns 0,03 × 50/60 = 0,025 → 0,03 into
 * 0,0249 → 0,02).
 *
 * Fast path, integers only (the forecast's inner loop). Let S = 10^6 and X = P × 100 × S, split
 * into Q = floor(X) and ρ = X − Q, 0 ≤ ρ < 1 (P ≥ 0). The cents we want are
 *     c = floor(P × m / 60 × 100 + 1/2) = floor((X × m + 30·S) / (60·S))
 *       = floor((A + ρ·m) / D)           with A = Q·m + 30·S and D = 60·S (integers).
 * - If ρ = 0 (P has at most 8 decimals, e.g. every rate in cents), c = floor(A / D) exactly.
 * - Otherwise 0 ≤ ρ·m < m. Write A = q·D + r with 0 ≤ r < D. Then r + ρ·m < r + m, so when
 *   r + m ≤ D the fraction (r + ρ·m) / D stays below 1 and c = q; only when r > D − m could
 *   ρ·m carry into the next cent, and we then compute c with BigInt from P's exact digits.
 * - Every integer stays at most 2^52 (checked: Q·m + 30·S ≤ 2^52, else BigInt), so JavaScript
 *   numbers hold them exactly, and Math.floor(A / D) is the exact quotient: the rounded double
 *   A / D is off by less than A / D × 2^-53 ≤ 2^52 / D × 2^-53 < 1/D, while a true quotient that
 *   is not whole lies at least 1/D from the next whole number (and a whole one is exact).
 * So c equals round-half-up-to-cents of the exact decimal P × m / 60, whatever P's digits.
 */

const S = 1_000_000;
const SCALE = new Decimal(100 * S);
const HALF = 30 * S;
const D = 60 * S;
const LIMIT = 2 ** 52;

/** A non-negative per-hour figure prepared for exact cents of many minute counts. */
export interface ScaledPerHour {
  /** The per-hour figure itself (euros per hour). */
  readonly value: Decimal;
  /** floor(value × 10^8), or −1 when that does not fit in a safe integer (the BigInt path is used). */
  readonly q: number;
  /** value × 10^8 is a whole number: no remainder to carry. */
  readonly exact: boolean;
}

/** decimal.js keeps a value as words of 7 digits aligned on the decimal point: d (words), e (exponent of the first digit). */
interface DecimalWords {
  readonly d: readonly number[];
  readonly e: number;
  readonly s: number;
}

/** Prepares a per-hour figure (≥ 0) once; see centsOf. */
export function scalePerHour(value: Decimal): ScaledPerHour {
  if (value.isNeg() || !value.isFinite()) throw new RangeError(`per-hour figure must be finite and >= 0, got ${value.toString()}`);
  // Quick path on decimal.js's documented representation (value = Σ d[i] × 10^(7 × (w0 − i)),
  // w0 = floor(e / 7)): below 10^7 every word times its power of ten is a whole number below
  // 10^15 when it is an integer or one of the first two words after the point, so
  //   floor(value × 10^8) = Σ integer words × 10^(7w + 8) + d(−1) × 10 + floor(d(−2) / 10^6),
  // exact in doubles; the value × 10^8 is whole when d(−2) is a multiple of 10^6 and no word follows.
  const x = value as unknown as DecimalWords;
  if (x.e < 7) {
    const w0 = Math.floor(x.e / 7);
    const d = x.d;
    let q = 0;
    let exact = true;
    for (let i = 0; i < d.length; i++) {
      const w = w0 - i;
      const word = d[i]!;
      if (w >= 0) q += word * 1e8; // w0 ≤ 0 below 10^7, so only w = 0 here
      else if (w === -1) q += word * 10;
      else if (w === -2) {
        const high = Math.floor(word / 1e6);
        q += high;
        if (word !== high * 1e6) exact = false;
      } else if (word !== 0) {
        exact = false;
        break;
      }
    }
    return { value, q, exact };
  }
  const scaled = value.mul(SCALE);
  const floor = scaled.floor();
  const q = floor.lte(Number.MAX_SAFE_INTEGER) ? floor.toNumber() : -1;
  return { value, q, exact: scaled.eq(floor) };
}

/**
 * A non-negative amount with at most 2 decimals below 10^7 in whole cents, read from decimal.js's
 * words as scalePerHour does (no allocation); NaN for anything else.
 */
export function centsOfWords(value: Decimal): number {
  const x = value as unknown as DecimalWords;
  if (x.s < 0 || x.e >= 7 || !value.isFinite()) return NaN;
  const w0 = Math.floor(x.e / 7);
  const d = x.d;
  let cents = 0;
  for (let i = 0; i < d.length; i++) {
    const w = w0 - i;
    const word = d[i]!;
    if (w === 0) cents += word * 100;
    else if (w === -1) {
      // 7 decimals: only the first two may be non-zero.
      if (word % 100_000 !== 0) return NaN;
      cents += word / 100_000;
    } else if (word !== 0) return NaN;
  }
  return cents;
}

/** Exact cents of value × minutes / 60 from the decimal digits, with BigInt (the slow, always-exact path). */
export function exactCents(value: Decimal, minutes: number): number {
  const text = value.toFixed();
  const dot = text.indexOf('.');
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  const places = dot < 0 ? 0 : text.length - dot - 1;
  const pow = 10n ** BigInt(places);
  const n = BigInt(digits) * 100n * BigInt(minutes) + 30n * pow;
  return Number(n / (60n * pow));
}

/** Whole cents of `scaled × minutes / 60`, rounded half up; minutes a whole number ≥ 0. */
export function centsOf(scaled: ScaledPerHour, minutes: number): number {
  const q = scaled.q;
  if (q >= 0) {
    const a = q * minutes + HALF;
    // Up to 2^52 the double quotient a / D is off by less than 1/D, so its floor is exact.
    if (a <= LIMIT) {
      const c = Math.floor(a / D);
      if (scaled.exact || a - c * D + minutes <= D) return c;
    }
  }
  return exactCents(scaled.value, minutes);
}

/** Whole cents of perHour × minutes / 60 (one-off; prefer scalePerHour + centsOf in loops). */
export function amountCents(perHour: Decimal, minutes: number): number {
  // The public door: a caller's bad figure is an InputError, not scalePerHour's internal RangeError.
  if (!Decimal.isDecimal(perHour) || !perHour.isFinite() || perHour.isNeg()) {
    throw new InputError('OUT_OF_RANGE', { nl: `bedrag per uur: ${displayValue(perHour)} is geen bedrag van 0 of meer`, en: `amount per hour: ${displayValue(perHour)} is not an amount of 0 or more` }, 'perHour');
  }
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new InputError('OUT_OF_RANGE', { nl: `minuten: ${displayValue(minutes)} is geen heel aantal minuten van 0 of meer`, en: `minutes: ${displayValue(minutes)} is not a whole number of minutes of 0 or more` }, 'minutes');
  }
  return centsOf(scalePerHour(perHour), minutes);
}
