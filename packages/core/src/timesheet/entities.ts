import { checkBsn } from '../identity/index.js';
import type { IdentityCheck } from '../identity/index.js';
import { dayNumberOf, isoOfDayNumber } from './clock.js';
import type { DayTable } from './days.js';
import { instantSeconds } from './instants.js';
import { toIsoDate } from '../calendar/zone.js';
import { parseMinutes } from '../money/index.js';
import { readFlag } from '../model/fields.js';
import type { InstantInput, TimesheetContext, TimesheetHirer, TimesheetPlacement, TimesheetWorker } from './types.js';

/*
 * The context indexed once: workers, hirers and placements by id in Maps, with what the checks
 * read per line worked out in advance (BSN check, registration instant, birthdays, placement
 * period as day numbers, contract hours in minutes).
 */

export interface WorkerEntry {
  /** 0, 1, 2… in context order: an index into per-worker arrays. */
  readonly ordinal: number;
  readonly id: string;
  readonly worker: TimesheetWorker;
  readonly contractor: boolean;
  /** Epoch seconds, NaN when unknown. */
  readonly registeredSec: number;
  /** Day number of the birth date, NaN when unknown. */
  readonly birthDay: number;
  bsn?: IdentityCheck;
  /** Birthday day numbers by age, cached. */
  readonly birthdays: Map<number, number>;
  /** Dossier answers by stretch of days (see dossier.ts), cached. */
  dossier?: { readonly points: readonly string[] | undefined; readonly answers: Map<string | number, unknown>; readonly key: string | undefined };
}

export interface HirerEntry {
  readonly ordinal: number;
  readonly hirer: TimesheetHirer;
  readonly registeredSec: number;
  readonly requiresProof: boolean;
}

export interface PlacementEntry {
  readonly ordinal: number;
  readonly placement: TimesheetPlacement;
  /** The placement's worker id as text, and the worker when known. */
  readonly workerId: string;
  readonly worker: WorkerEntry | undefined;
  readonly hirer: HirerEntry | undefined;
  readonly startDay: number;
  /** Inclusive; +Infinity when open-ended. */
  readonly endDay: number;
  /** Fixed hours per week in minutes; NaN when the contract names none. */
  readonly contractMinutes: number;
}

export interface Entities {
  /** Upper bounds of the ordinals. */
  readonly counts: { readonly workers: number; readonly hirers: number; readonly placements: number };
  readonly workers: Map<string, WorkerEntry>;
  /** Entries by ordinal (a record replaced by a later one with the same id stays here, unused). */
  readonly byOrdinal: { readonly workers: readonly WorkerEntry[]; readonly placements: readonly PlacementEntry[] };
  readonly hirers: Map<string, HirerEntry>;
  readonly placements: Map<string, PlacementEntry>;
}

function minutesOf(hours: TimesheetPlacement['contractHoursPerWeek']): number {
  if (hours === undefined || hours === null || hours === '') return NaN;
  if (typeof hours === 'string') return parseMinutes(hours, 'contractHoursPerWeek', { min: 0, max: 168 });
  const n = typeof hours === 'number' ? hours : hours.toNumber();
  // NaN, Infinity and 1e308 hours are no contract hours: named as the text form is (they counted as "absent", or gave "Infinity:NaN").
  if (!(n >= 0 && n <= 168)) return parseMinutes(hours, 'contractHoursPerWeek', { min: 0, max: 168 });
  return Math.round(n * 60);
}

/** Day number of a date input (ISO text fast; anything else through toIsoDate), NaN when absent. */
function dayOf(value: unknown, field: string): number {
  if (value === undefined || value === null || value === '') return NaN;
  const fast = typeof value === 'string' ? dayNumberOf(value) : NaN;
  return Number.isNaN(fast) || (value as string).length !== 10 ? dayNumberOf(toIsoDate(value, field)) : fast;
}

function flag(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  try {
    return readFlag(value, 'requiresHoursProof');
  } catch {
    return false;
  }
}

export function indexEntities(context: TimesheetContext, days: DayTable): Entities {
  // Ordinals count records, so a repeated id (the later record wins) never shares an ordinal.
  let workerCount = 0;
  let hirerCount = 0;
  let placementCount = 0;
  const workers = new Map<string, WorkerEntry>();
  for (const w of context.workers) {
    const id = String(w.id);
    workers.set(id, {
      ordinal: workerCount++,
      id,
      worker: w,
      contractor: w.type === 'contractor',
      registeredSec: instantSeconds(w.registeredAt as InstantInput | undefined, days, 'registeredAt'),
      birthDay: dayOf(w.birthDate, 'birthDate'),
      birthdays: new Map(),
    });
  }
  const hirers = new Map<string, HirerEntry>();
  for (const h of context.hirers) {
    hirers.set(String(h.id), {
      ordinal: hirerCount++,
      hirer: h,
      registeredSec: instantSeconds(h.registeredAt, days, 'registeredAt'),
      requiresProof: flag(h.requiresHoursProof),
    });
  }
  const placements = new Map<string, PlacementEntry>();
  for (const p of context.placements) {
    const end = dayOf(p.end, 'end');
    const workerId = String(p.workerId);
    placements.set(String(p.id), {
      ordinal: placementCount++,
      placement: p,
      workerId,
      worker: workers.get(workerId),
      hirer: hirers.get(String(p.hirerId)),
      startDay: dayOf(p.start, 'start'),
      endDay: Number.isNaN(end) ? Infinity : end,
      contractMinutes: minutesOf(p.contractHoursPerWeek),
    });
  }
  return {
    counts: { workers: workerCount, hirers: hirerCount, placements: placementCount },
    workers,
    byOrdinal: { workers: byOrdinal(workers.values()), placements: byOrdinal(placements.values()) },
    hirers,
    placements,
  };
}

function byOrdinal<T extends { readonly ordinal: number }>(entries: Iterable<T>): T[] {
  const out: T[] = [];
  for (const e of entries) out[e.ordinal] = e;
  return out;
}

/** The worker's BSN check, once per worker. */
export function bsnCheck(entry: WorkerEntry): IdentityCheck {
  if (entry.bsn === undefined) entry.bsn = checkBsn(entry.worker.bsn);
  return entry.bsn;
}

/**
 * Day number of the day the worker turns `age` (NaN without a birth date). Someone born on
 * 29 February turns a year older on 1 March in other years (the later day, so the protection for
 * young workers lasts until the day is really past).
 */
export function birthdayDay(entry: WorkerEntry, age: number): number {
  if (Number.isNaN(entry.birthDay)) return NaN;
  let found = entry.birthdays.get(age);
  if (found === undefined) {
    const iso = isoOfDayNumber(entry.birthDay);
    const year = Number(iso.slice(0, 4)) + age;
    const md = iso.slice(5);
    const exact = dayNumberOf(`${String(year).padStart(4, '0')}-${md}`);
    found = Number.isNaN(exact) ? dayNumberOf(`${String(year).padStart(4, '0')}-03-01`) : exact;
    entry.birthdays.set(age, found);
  }
  return found;
}
