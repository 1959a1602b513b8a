import { Decimal } from '../money/index.js';

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
 * - Every integer stays below 2^53 (checked: Q·m + 30·S ≤ MAX_SAFE_INTEGER, else BigInt), so
 *   JavaScript numbers hold them exactly, and floor(A / D) is computed as (A − A % D) / D, an
 *   exact division of integers.
 * So c equals round-half-up-to-cents of the exact decimal P × m / 60, whatever P's digits.
 */

const S = 1_000_000;
const SCALE = new Decimal(100 * S);
const HALF = 30 * S;
const D = 60 * S;

/** A non-negative per-hour figure prepared for exact cents of many minute counts. */
export interface ScaledPerHour {
  /** The per-hour figure itself (euros per hour). */
  readonly value: Decimal;
  /** floor(value × 10^8), or −1 when that does not fit in a safe integer (the BigInt path is used). */
  readonly q: number;
  /** value × 10^8 is a whole number: no remainder to carry. */
  readonly exact: boolean;
}

/** Prepares a per-hour figure (≥ 0) once; see centsOf. */
export function scalePerHour(value: Decimal): ScaledPerHour {
  if (value.isNeg() || !value.isFinite()) throw new RangeError(`per-hour figure must be finite and >= 0, got ${value.toString()}`);
  // Quick path. value.toNumber() is the double nearest the value and the product with 10^8 is
  // rounded once more, so approx = value × 10^8 × (1 + δ) with |δ| ≤ 2^-52.
  // - At most 8 decimals: value × 10^8 is a whole number q, and |approx − q| ≤ q × 2^-52 < 1/2
  //   for q < 10^15, so Math.round(approx) = q exactly.
  // - More decimals and approx < 10^10: |approx − value × 10^8| < 10^10 × 2^-52 < 10^-5, so when
  //   approx lies more than 10^-3 from a whole number its floor is floor(value × 10^8).
  // Everything else is computed with decimals.
  const approx = value.toNumber() * 1e8;
  if (approx < 1e15) {
    if (value.decimalPlaces() <= 8) return { value, q: Math.round(approx), exact: true };
    if (approx < 1e10) {
      const floor = Math.floor(approx);
      const frac = approx - floor;
      if (frac > 1e-3 && frac < 1 - 1e-3) return { value, q: floor, exact: false };
    }
  }
  const x = value.mul(SCALE);
  const floor = x.floor();
  const q = floor.lte(Number.MAX_SAFE_INTEGER) ? floor.toNumber() : -1;
  return { value, q, exact: x.eq(floor) };
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
    if (a <= Number.MAX_SAFE_INTEGER) {
      const r = a % D;
      if (scaled.exact || r + minutes <= D) return (a - r) / D;
    }
  }
  return exactCents(scaled.value, minutes);
}

/** Whole cents of perHour × minutes / 60 (one-off; prefer scalePerHour + centsOf in loops). */
export function amountCents(perHour: Decimal, minutes: number): number {
  return centsOf(scalePerHour(perHour), minutes);
}
