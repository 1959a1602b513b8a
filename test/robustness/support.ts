/**
 * Shared pieces of the robustness tests (issue 9 §2): adversarial values, and the one check every
 * call must pass: it either returns a result without NaN, Infinity, an invalid date or a
 * placeholder text, or it throws a BackOfficerError (InputError / NoRuleError) whose Dutch and
 * English texts name the field. Anything else (a TypeError, a decimal.js "[DecimalError]", a
 * RangeError from luxon, a hang) is a bug in core.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { Decimal, isBackOfficerError, isDecimal, type BackOfficerError } from '@backofficer/core';

/** One seed for every property in these folders, so a failure reproduces (override: BO_FUZZ_SEED). */
export const SEED = Number(process.env.BO_FUZZ_SEED ?? 20260309);

/** Runs per property; BO_FUZZ_RUNS multiplies them for a long local run. */
export function runs(n: number): { seed: number; numRuns: number } {
  const factor = Number(process.env.BO_FUZZ_FACTOR ?? 1);
  return { seed: SEED, numRuns: Math.max(1, Math.round(n * factor)) };
}

/** Text that looks like a number to someone, but is not one an amount parser may accept silently. */
export const NAN_LIKE_TEXT = [
  'NaN', 'nan', 'Infinity', '-Infinity', '+Infinity', '∞', '1e999', '-1e999', '1e-999', '1E5', '0x10', '0b1', '1_000',
  '', ' ', '\t', '\u00a0', '-', '+', '.', ',', '--1', '+-1', '1-', '1.2.3', '1,2,3', '12,5,0', '1.234,5.6', '€', 'EUR',
  'null', 'undefined', 'true', 'false', '[object Object]', '{}', '[]', '0,0,0', '١٢٣', '１２', '12 50', '1 234,56',
];

/** Numbers at the edges. */
export const EDGE_NUMBERS = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1, -1, 0.1, 0.005, -0.005, 1e-7, 1e21, -1e21,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 31, -(2 ** 31),
];

/** Values of the wrong type. */
export const WRONG_TYPES: unknown[] = [
  undefined, null, true, false, {}, [], [[]], [1, 2], { value: 1 }, { year: 2026, week: 10 }, new Date(Number.NaN),
  Symbol('x'), 10n, () => 1, new Map(), Object.create(null), new Decimal(Number.NaN), new Decimal(Number.POSITIVE_INFINITY),
  DateTime.invalid('robustness test'),
];

/** Dates far away, around DST changes (Europe/Amsterdam), leap days, week 53 and the year end. */
export const EDGE_DATES = [
  '1900-01-01', '1899-12-31', '1970-01-01', '2000-02-29', '2023-12-31', '2024-01-01', '2024-02-29', '2025-02-29', '2025-12-31',
  '2026-01-01', '2026-03-29', '2026-03-28', '2026-10-25', '2026-10-24', '2026-12-31', '2026-12-28', '2027-01-03', '2027-01-04',
  '2099-12-31', '9999-12-31', '0001-01-01', '2026-02-30', '2026-13-01', '2026-00-10', '29-2-2024', '31-4-2026', '1-1-1900',
  '2026-03-29T02:30', '2026-10-25T02:30', '2026-10-25T02:30+01:00', '2026-10-25T02:30+02:00', '2026-03-29T02:00+01:00',
  '2026-W53', '2020-W53', '2026-W00', '2026-W54', '2015-W53', '2026W10', '2026-w10',
];

/** Adversarial scalars: everything above plus random strings, doubles and huge digit runs. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...NAN_LIKE_TEXT), weight: 3 },
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 2 },
  { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 2 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.integer({ min: 20, max: 400 }).map((n) => '9'.repeat(n)), weight: 1 },
  { arbitrary: fc.constantFrom('x'.repeat(100_000), `${'1'.repeat(60)},${'5'.repeat(60)}`, '-0,00', '0', '0,00', '€ -0'), weight: 1 },
);

/** Places in a result where a computation went wrong (NaN, ±Infinity, an invalid date, a placeholder text). */
export function badValues(value: unknown, echoes: readonly string[] = [], path = '$', seen = new Set<unknown>(), out: string[] = []): string[] {
  if (out.length > 5) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
    return out;
  }
  if (typeof value === 'string') {
    // The input's own text may come back (an id "NaN"): only what is left without it counts.
    const own = echoes.reduce((t, e) => t.split(e).join(' '), value);
    const hit = /\bNaN\b|Invalid DateTime|\[object Object\]|\bundefined\b|Infinity/.exec(own);
    if (hit) out.push(`${path} = …${JSON.stringify(own.slice(Math.max(0, hit.index - 40), hit.index + 40))}…`);
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  if (seen.has(value)) return out;
  seen.add(value);
  if (isDecimal(value)) {
    // (a Decimal handed on as the caller gave it is the caller's, not a computed NaN)
    if (!value.isFinite() && !echoes.includes(value.toString())) out.push(`${path} = Decimal(${value.toString()})`);
    return out;
  }
  if (DateTime.isDateTime(value)) {
    if (!value.isValid) out.push(`${path} = invalid DateTime (${value.invalidReason})`);
    return out;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) out.push(`${path} = Invalid Date`);
    return out;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) badValues(v, echoes, `${path}.get(${String(k)})`, seen, out);
    return out;
  }
  if (typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function' && !Array.isArray(value)) {
    let i = 0;
    for (const v of value as Iterable<unknown>) badValues(v, echoes, `${path}[${i++}]`, seen, out);
    return out;
  }
  for (const key of Object.keys(value)) badValues((value as Record<string, unknown>)[key], echoes, `${path}.${key}`, seen, out);
  return out;
}

/** A short, safe description of arguments for failure messages. */
export function describeArgs(args: readonly unknown[]): string {
  return args.map(describeValue).join(', ');
}

export function describeValue(x: unknown): string {
  try {
    if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
    if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…(${x.length})` : x);
    if (typeof x === 'symbol') return 'Symbol()';
    if (typeof x === 'bigint') return `${x}n`;
    if (typeof x === 'function') return '[function]';
    if (x instanceof Date) return `Date(${x.getTime()})`;
    if (isDecimal(x)) return `Decimal(${x.toString()})`;
    if (DateTime.isDateTime(x)) return `DateTime(${x.isValid ? x.toISO() : 'invalid'})`;
    const text = JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return text === undefined ? String(x) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return Object.prototype.toString.call(x);
  }
}

/** Placeholders that must never reach a user: they mean a value was lost on the way into a message. */
const PLACEHOLDER = /\[object Object\]|\bundefined\b|Invalid DateTime|\bfunction\s*\(/;

/** Removes the quoted value a message shows (the user's own text may say "undefined"). */
function unquoted(text: string): string {
  return text.replace(/"[^"]*"/g, '""');
}

/** The checks on a thrown error: a BackOfficerError with both texts, a field, no placeholders. */
export function expectTypedError(e: unknown, where: string, field?: string, echoes: readonly string[] = []): asserts e is BackOfficerError {
  if (!isBackOfficerError(e)) {
    const err = e as { name?: string; message?: string; stack?: string };
    throw new Error(`${where}: untyped exception ${err?.name ?? typeof e}: ${err?.message ?? String(e)}\n${err?.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`);
  }
  for (const lang of ['nl', 'en'] as const) {
    const text = e.texts[lang];
    expect(typeof text === 'string' && text.trim().length > 0, `${where}: empty ${lang} message (${e.code})`).toBe(true);
    // (the user's own text, quoted or not, may say "undefined" or "[object Object]")
    const own = echoes.reduce((t, x) => t.split(x).join(' '), unquoted(text));
    expect(own, `${where}: ${lang} message "${text}"`).not.toMatch(PLACEHOLDER);
  }
  expect(e.code, `${where}: error without a code`).toMatch(/^[A-Z][A-Z0-9_]+$/);
  if (field !== undefined && e.kind === 'input') {
    // "error messages name the field": the English text names it as the caller did (the Dutch
    // text may use the Dutch word, "jaar" for year).
    expect(e.texts.en, `${where}: message does not name the field "${field}"`).toContain(field);
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: BackOfficerError };

/**
 * Calls `f` and checks the outcome: a typed error (see expectTypedError), or a result without
 * NaN/Infinity/invalid dates/placeholders.
 */
export interface OutcomeOptions {
  /** The field the caller named: the message must contain it. */
  field?: string;
  /**
   * Texts of the input that a result may echo (an id "NaN" stays "NaN"): a result text holding one
   * of them is not a computed placeholder.
   */
  echoes?: readonly unknown[];
}

function echoTexts(options: OutcomeOptions): string[] {
  return (options.echoes ?? [])
    .map((x) => (typeof x === 'string' ? x : typeof x === 'number' || isDecimal(x) ? String(x) : ''))
    .filter((x) => x.trim() !== '')
    .sort((a, b) => b.length - a.length);
}

function checkResult(value: unknown, where: string, options: OutcomeOptions): void {
  const bad = badValues(value, echoTexts(options));
  expect(bad, `${where}: result holds ${bad.join('; ')}`).toEqual([]);
}

/**
 * Calls `f` and checks the outcome: a typed error (see expectTypedError), or a result without
 * NaN/Infinity/invalid dates/placeholders.
 */
export function outcome<T>(where: string, f: () => T, options: OutcomeOptions = {}): Outcome<T> {
  let value: T;
  try {
    value = f();
  } catch (e) {
    expectTypedError(e, where, options.field, echoTexts(options));
    return { ok: false, error: e };
  }
  checkResult(value, where, options);
  return { ok: true, value };
}

/** Same for an async function. */
export async function outcomeAsync<T>(where: string, f: () => Promise<T>, options: OutcomeOptions = {}): Promise<Outcome<T>> {
  let value: T;
  try {
    value = await f();
  } catch (e) {
    expectTypedError(e, where, options.field, echoTexts(options));
    return { ok: false, error: e };
  }
  checkResult(value, where, options);
  return { ok: true, value };
}

// ---------------------------------------------------------------------------------------------
// Mutation of valid records: the way bad data really arrives (one wrong cell in a good row).
// ---------------------------------------------------------------------------------------------

export type Path = (string | number)[];

/** Every path to a value inside a plain record (objects and arrays), the record itself excluded. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 6 || value === null || typeof value !== 'object' || isDecimal(value) || DateTime.isDateTime(value) || value instanceof Date) return out;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const p = [...prefix, k];
    out.push(p);
    pathsOf(v, p, out, depth + 1);
  }
  return out;
}

/** A copy of `record` with the value at `path` replaced (or removed when `replacement` is REMOVE). */
export const REMOVE = Symbol('remove');
export function mutate<T>(record: T, path: Path, replacement: unknown): T {
  type Node = Record<string | number, unknown>;
  const copyOf = (v: unknown): Node => (Array.isArray(v) ? ([...v] as unknown as Node) : { ...(v as Node) });
  const root = copyOf(record);
  let here = root;
  for (const key of path.slice(0, -1)) {
    here[key] = copyOf(here[key]);
    here = here[key] as Node;
  }
  const last = path[path.length - 1]!;
  if (replacement === REMOVE) {
    if (Array.isArray(here)) here.splice(last as number, 1);
    else delete here[last];
  } else {
    here[last] = replacement;
  }
  return root as T;
}

/** Arbitrary of (path, replacement) pairs for a base record: one field gets an adversarial value or goes missing. */
export function mutationOf(base: unknown, extra: fc.Arbitrary<unknown> = nasty): fc.Arbitrary<{ path: Path; replacement: unknown }> {
  const paths = pathsOf(base);
  if (paths.length === 0) throw new Error('mutationOf: the base record has no fields');
  return fc.record({
    path: fc.constantFrom(...paths),
    replacement: fc.oneof({ arbitrary: extra, weight: 9 }, { arbitrary: fc.constant<unknown>(REMOVE), weight: 1 }),
  });
}

/**
 * Adversarial values of the same JS type as `original`: for functions over typed records
 * (DESIGN.md: "inside core, types are trusted"), a text field gets bad text, a number field a bad
 * number (NaN, Infinity, −1, 1e308), a Decimal a non-finite or huge Decimal.
 */
export function sameTypeNasty(original: unknown): fc.Arbitrary<unknown> {
  if (typeof original === 'string') {
    return fc.oneof(fc.constantFrom(...NAN_LIKE_TEXT), fc.constantFrom(...EDGE_DATES), fc.string({ maxLength: 12 }), fc.constantFrom('=HYPERLINK("x")', '+cmd', '-2+3', '@SUM(1)', 'x'.repeat(10_000), '24:00', '99:99', '23:60', '-1'));
  }
  if (typeof original === 'number') return fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.double(), fc.integer({ min: -100_000, max: 100_000 }));
  if (typeof original === 'boolean') return fc.boolean();
  if (isDecimal(original)) return fc.constantFrom(...EDGE_NUMBERS).map((n) => new Decimal(n));
  if (DateTime.isDateTime(original)) return fc.constantFrom(DateTime.invalid('test'), DateTime.fromISO('1000-01-01'), DateTime.fromISO('9999-12-31T23:59'));
  return fc.constant(original);
}

/** (path, replacement) pairs that keep each field's JS type (see sameTypeNasty). */
export function typedMutationOf(base: unknown): fc.Arbitrary<{ path: Path; replacement: unknown }> {
  const paths = pathsOf(base).filter((p) => {
    const v = valueAtPath(base, p);
    return v === null || typeof v !== 'object' || isDecimal(v) || DateTime.isDateTime(v);
  });
  return fc.constantFrom(...paths).chain((path) => sameTypeNasty(valueAtPath(base, path)).map((replacement) => ({ path, replacement })));
}

export function valueAtPath(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((here, k) => (here === null || typeof here !== 'object' ? undefined : (here as Record<string | number, unknown>)[k]), value);
}

/** Whole-input garbage: what a caller could pass instead of the record. */
export const garbageRecord: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...WRONG_TYPES),
  fc.constantFrom(...NAN_LIKE_TEXT),
  fc.constantFrom(...EDGE_NUMBERS),
  fc.dictionary(fc.string({ maxLength: 6 }), nasty, { maxKeys: 4 }),
  fc.array(nasty, { maxLength: 3 }),
);

/** `path` as text (agreements[0].wage). */
export function pathLabel(path: Path): string {
  return path.reduce<string>((t, k) => (typeof k === 'number' ? `${t}[${k}]` : t ? `${t}.${k}` : k), '');
}
