import { isBackOfficerError, type Texts } from '../errors/index.js';
import { dossierStatus } from '../compliance/dossier.js';
import type { RuleSet } from '../rules/types.js';
import type { WorkerEntry } from './entities.js';

/*
 * The dossier rule lives in compliance (dossierStatus: which documents block payroll for which
 * kind of worker). Here it is only asked, once per worker and stretch of days in which none of
 * the worker's documents arrives or expires, so a year of lines costs a few calls per worker.
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

export function dossierCheck(rules: RuleSet): DossierCheck {
  return (entry, isoDate) => {
    let cache = entry.dossier;
    if (cache === undefined) {
      cache = { points: changeDates(entry.worker), answers: new Map() };
      entry.dossier = cache;
    }
    const points = cache.points;
    let key: string | number = isoDate;
    if (points !== undefined) {
      let k = 0;
      while (k < points.length && points[k]! <= isoDate) k++;
      key = k;
    }
    let answer = cache.answers.get(key) as DossierAnswer | undefined;
    if (answer === undefined) {
      answer = ask(entry, isoDate, rules);
      cache.answers.set(key, answer);
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
