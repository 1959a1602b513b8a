import { isBackOfficerError, type Texts } from '../errors/index.js';
import { dossierStatus } from '../compliance/dossier.js';
import type { RuleSet } from '../rules/types.js';
import { isValidBsn, isValidIban } from '../identity/index.js';
import { dayNumberOf } from './clock.js';
import type { WorkerEntry } from './entities.js';

/*
 * The dossier rule lives in compliance (dossierStatus: which documents block payroll for which
 * kind of worker). Here it is only asked, once per distinct dossier and stretch of days in which
 * none of the worker's documents arrives or expires.
 */

export interface DossierAnswer {
  /** False when the worker record itself could not be read (its problem is in `blocking`). */
  readonly read: boolean;
  /** The BSN is missing or invalid where the worker needs one. */
  readonly bsn?: Texts;
  /** What else blocks payroll ("identiteitsbewijs, loonheffingsverklaring"). */
  readonly blocking?: Texts;
  /** Who may advance while payroll is blocked. */
  readonly advance?: 'back-office' | 'agency-only';
}

export type DossierCheck = (worker: WorkerEntry, isoDate: string) => DossierAnswer;

interface DocLike {
  readonly expiresOn?: unknown;
  readonly receivedOn?: unknown;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Day after an ISO date, as ISO text (no luxon: pure calendar arithmetic on the text). */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Dates on which the worker's dossier can change; undefined when a date is not ISO text (then every date is asked). */
function changeDates(worker: WorkerEntry['worker']): string[] | undefined {
  const docs = ((worker as { documents?: readonly DocLike[] }).documents ?? []) as readonly DocLike[];
  const dates = new Set<string>();
  for (const d of docs) {
    for (const [v, shift] of [[d.receivedOn, false], [d.expiresOn, true]] as const) {
      if (v === undefined || v === null || v === '') continue;
      if (typeof v !== 'string' || !ISO.test(v)) return undefined;
      dates.add(shift ? nextDay(v) : v);
    }
  }
  return [...dates].sort();
}

/**
 * What the dossier answer can depend on, without who the worker is: the record with its id, name
 * and registration left out, BSN and IBAN replaced by whether they pass their checks, the birth
 * date by whether it is there, document numbers left out (they only appear in texts). Workers
 * with the same key get the same answer (the answer holds no personal data), so a year of
 * lines for thousands of workers asks dossierStatus only for the few distinct dossiers.
 * Undefined when the record has something the key cannot hold safely (then it is asked alone).
 */
function dossierKey(worker: WorkerEntry['worker']): string | undefined {
  const { id: _id, name: _name, registeredAt: _at, bsn, iban, birthDate, documents, ...rest } = worker as Record<string, unknown>;
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  const check = (v: unknown, ok: (x: unknown) => boolean) => (blank(v) ? 'none' : ok(v) ? 'valid' : 'invalid');
  const birth = blank(birthDate) ? 'none' : typeof birthDate === 'string' && ISO.test(birthDate) && !Number.isNaN(dayNumberOf(birthDate)) ? 'date' : undefined;
  if (birth === undefined || (documents !== undefined && !Array.isArray(documents))) return undefined;
  const docs = ((documents ?? []) as readonly Record<string, unknown>[]).map(({ number: _n, ...d }) => d);
  try {
    return JSON.stringify([rest, check(bsn, isValidBsn), check(iban, isValidIban), birth, docs]);
  } catch {
    return undefined;
  }
}

export function dossierCheck(rules: RuleSet): DossierCheck {
  const shared = new Map<string, DossierAnswer>();
  return (entry, isoDate) => {
    let cache = entry.dossier;
    if (cache === undefined) {
      cache = { points: changeDates(entry.worker), answers: new Map(), key: dossierKey(entry.worker) };
      entry.dossier = cache;
    }
    const points = cache.points;
    let segment: string | number = isoDate;
    if (points !== undefined) {
      let k = 0;
      while (k < points.length && points[k]! <= isoDate) k++;
      segment = k;
    }
    let answer = cache.answers.get(segment) as DossierAnswer | undefined;
    if (answer === undefined) {
      const sharedKey = cache.key === undefined ? undefined : `${cache.key}\u0000${segment}`;
      answer = sharedKey === undefined ? undefined : shared.get(sharedKey);
      if (answer === undefined) {
        answer = ask(entry, isoDate, rules);
        if (sharedKey !== undefined) shared.set(sharedKey, answer);
      }
      cache.answers.set(segment, answer);
    }
    return answer;
  };
}

function ask(entry: WorkerEntry, isoDate: string, rules: RuleSet): DossierAnswer {
  try {
    const status = dossierStatus(entry.worker, isoDate, { rules });
    if (!status.blocking) return { read: true };
    const bsnItem = status.items.find((i) => i.requirement === 'bsn' && i.blocking);
    const others = status.items.filter((i) => i.blocking && i.requirement !== 'bsn');
    const state = (s: string, lang: 'nl' | 'en') =>
      s === 'missing' ? '' : lang === 'nl' ? ` (${s === 'invalid' ? 'ongeldig' : 'verlopen'})` : ` (${s})`;
    return {
      read: true,
      ...(bsnItem
        ? { bsn: bsnItem.status === 'missing' ? { nl: 'BSN ontbreekt', en: 'BSN is missing' } : { nl: 'BSN voldoet niet aan de elfproef', en: 'BSN fails the 11-test' } }
        : {}),
      ...(others.length > 0
        ? {
            blocking: {
              nl: others.map((i) => `${i.label.nl}${state(i.status, 'nl')}`).join(', '),
              en: others.map((i) => `${i.label.en}${state(i.status, 'en')}`).join(', '),
            },
          }
        : {}),
      ...(status.advance === 'back-office' || status.advance === 'agency-only' ? { advance: status.advance } : {}),
    };
  } catch (e) {
    // A worker record the model refuses (no birth date, an unknown kind of worker…) is an
    // incomplete dossier too: the reader's own words say what is wrong.
    if (!isBackOfficerError(e)) throw e;
    return { read: false, blocking: e.texts };
  }
}
