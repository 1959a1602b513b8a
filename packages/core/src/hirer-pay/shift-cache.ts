import { isDecimal } from '../money/index.js';
import type { RuleSet } from '../rules/types.js';
import type { CompiledProfile } from './compile.js';
import type { ReadShift, ShiftInput } from './shift.js';

/*
 * Bulk pricing prices each distinct shift once (issue 9: a million timesheet lines). A shift's pay
 * is a pure function of the shift as written (date, start, end, breaks), the profile, the
 * options and, when the profile has overtime rules, the worked minutes before it on its day and
 * in its week. Hirers work in rotas, so the same shift recurs across workers and weeks: the
 * result (frozen, so safe to share) is kept per compiled profile and rule set, keyed by those
 * inputs. Only plain inputs are cached (texts and numbers; not Dates, DateTimes or break
 * windows given as lists), and a store is emptied when it reaches MAX_SHIFTS entries.
 */

const MAX_SHIFTS = 100_000;

/** A priced shift and the worked minutes it adds to each ISO week (Monday's day number, minutes, …). */
export interface Priced<R> {
  readonly result: R;
  readonly weeks: readonly number[];
}

export interface CachedShift<R> {
  readonly read: ReadShift;
  /** By overtime context (contextKey; 0 when the profile has no overtime rules). */
  readonly priced: Map<number | string, Priced<R>>;
}

type Plain = string | number | null | undefined;

/**
 * Shifts by date, start, end, breaks and break minutes, one Map per field: the line's own texts
 * are the keys (a text keeps its hash), so a lookup builds no new string.
 */
export class ShiftStore<R> {
  size = 0;
  readonly #root = new Map<Plain, Map<Plain, Map<Plain, Map<Plain, Map<Plain, CachedShift<R>>>>>>();

  /** The cached shift, or undefined (also when the shift is not made of plain values). */
  get(shift: ShiftInput): CachedShift<R> | undefined {
    if (!isPlainShift(shift)) return undefined;
    return this.#root.get(shift.date as Plain)?.get(shift.start as Plain)?.get(shift.end as Plain)?.get(shift.breaks as Plain)?.get(shift.breakMinutes as Plain);
  }

  set(shift: ShiftInput, entry: CachedShift<R>): void {
    if (this.size >= MAX_SHIFTS) {
      this.#root.clear();
      this.size = 0;
    }
    const level = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
      let next = map.get(key);
      if (next === undefined) {
        next = make();
        map.set(key, next);
      }
      return next;
    };
    const byStart = level(this.#root, shift.date as Plain, () => new Map());
    const byEnd = level(byStart, shift.start as Plain, () => new Map());
    const byBreaks = level(byEnd, shift.end as Plain, () => new Map());
    const byMinutes = level(byBreaks, shift.breaks as Plain, () => new Map());
    if (!byMinutes.has(shift.breakMinutes as Plain)) this.size++;
    byMinutes.set(shift.breakMinutes as Plain, entry);
  }
}

const stores = new WeakMap<CompiledProfile, WeakMap<RuleSet, Map<string, ShiftStore<unknown>>>>();

function plain(v: unknown): boolean {
  return v === undefined || v === null || typeof v === 'string' || typeof v === 'number';
}

/** A shift made of texts and numbers only (no Date, DateTime or list of break windows): it can be a key. */
export function isPlainShift(shift: ShiftInput): boolean {
  return (
    typeof shift === 'object' && shift !== null && plain(shift.date) && plain(shift.start) && plain(shift.end) && plain(shift.breaks) && plain(shift.breakMinutes)
  );
}

/** Worked minutes before the shift on its day and in its week, as one key. */
export function contextKey(dayBefore: number, weekBefore: number): number | string {
  return dayBefore >= 0 && dayBefore < 10_000 && weekBefore >= 0 && weekBefore < 100_000 ? dayBefore * 100_000 + weekBefore : `${dayBefore}|${weekBefore}`;
}

function optionText(v: unknown): string | undefined {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return `${typeof v}:${v}`;
  if (isDecimal(v)) return `d:${v.toString()}`;
  return undefined;
}

/** The options that change a shift's result, as a key (the finding ref is applied afterwards). */
export function optionsKey(o: { segments?: boolean; contractHoursPerWeek?: unknown; hourlyWage?: unknown; km?: unknown }): string | undefined {
  if (o.contractHoursPerWeek === undefined && o.hourlyWage === undefined && o.km === undefined) return o.segments === false ? 'bulk' : 'full';
  const c = optionText(o.contractHoursPerWeek);
  const w = optionText(o.hourlyWage);
  const k = optionText(o.km);
  if (c === undefined || w === undefined || k === undefined) return undefined;
  return `${o.segments === false ? 0 : 1}\u0001${c}\u0001${w}\u0001${k}`;
}

/** The store of one profile, rule set and options key. */
export function shiftStore<R>(cp: CompiledProfile, rules: RuleSet, options: string): ShiftStore<R> {
  let perProfile = stores.get(cp);
  if (!perProfile) {
    perProfile = new WeakMap();
    stores.set(cp, perProfile);
  }
  let perRules = perProfile.get(rules);
  if (!perRules) {
    perRules = new Map();
    perProfile.set(rules, perRules);
  }
  let store = perRules.get(options);
  if (!store) {
    store = new ShiftStore();
    perRules.set(options, store);
  }
  return store as ShiftStore<R>;
}
