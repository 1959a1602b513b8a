import { maskBsn, maskIban, type Texts } from '../errors/index.js';
import { toIsoDate, type DateInput } from '../calendar/zone.js';
import { checkBsn, checkIban } from '../identity/index.js';
import { defaultRules } from '../rules/defaults.js';
import { getInteger } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { parseWorker } from '../model/parse.js';
import type { DocumentKind, Worker, WorkerDocument, WorkerInput, WorkerType } from '../model/worker.js';
import { addWeeksToDate } from '../contracts/dates.js';
import { defineFindings, finding, ruleOf, type Finding, type FindingRule } from './findings.js';
import { dataCategoriesFor, type DataCategory } from './privacy.js';

/*
 * The worker's dossier (DOMAIN.md §17, the documents of the privacy statement that can block
 * payroll; issue 5 §5). Required per kind of worker:
 * - Dutch and EU/EEA/Swiss: BSN, IBAN, copy of ID, wage-tax form (loonheffingsverklaring);
 * - non-EU: the same plus a valid residence permit, and a work permit unless the residence
 *   permit says "arbeid vrij toegestaan" (workAllowed);
 * - self-employed contractor: KvK number and extract, VAT number, insurance (valid) and proof
 *   of payment, IBAN; no BSN, no ID, no birth date (data minimisation).
 * Blocking payroll: anything required that is missing or invalid, an expired residence or work
 * permit, an expired contractor insurance. Not blocking: an expired ID (the copy taken at the
 * start stays valid for the wage-tax administration; ask for a new one), a document expiring
 * within policy.documentExpiryWarningWeeks weeks, job documents (VOG, VCA, diploma) a job needs.
 * A document counts from its receivedOn date (when given) and is valid through its expiresOn date.
 * Personal data appears only masked; the worker is named by id, never by name.
 */

export const DOSSIER_FINDINGS = defineFindings('dossier', {
  DOSSIER_MISSING: {
    severity: 'error',
    meaning: { nl: 'Een verplicht document of gegeven ontbreekt: de verloning is geblokkeerd.', en: 'A required document or detail is missing: payroll is blocked.' },
    source: 'Back-office privacy statement, dossier documents (DOMAIN.md §17)',
  },
  DOSSIER_INVALID: {
    severity: 'error',
    meaning: { nl: 'Het BSN of IBAN is ongeldig (11-proef, mod 97): de verloning is geblokkeerd.', en: 'The BSN or IBAN is invalid (11-test, mod 97): payroll is blocked.' },
    source: 'DOMAIN.md §16 (identity numbers)',
  },
  DOSSIER_EXPIRED: {
    severity: 'error',
    meaning: { nl: 'Een verblijfs- of tewerkstellingsvergunning of de verzekering van een zzp\'er is verlopen: de verloning is geblokkeerd.', en: "A residence or work permit, or a contractor's insurance, has expired: payroll is blocked." },
    source: 'Back-office privacy statement, dossier documents (DOMAIN.md §17)',
  },
  DOSSIER_ID_EXPIRED: {
    severity: 'warning',
    meaning: { nl: 'Het identiteitsbewijs is verlopen; vraag een nieuwe kopie (blokkeert de verloning niet).', en: 'The identity document has expired; ask for a new copy (does not block payroll).' },
    source: 'Back-office privacy statement (DOMAIN.md §17)',
  },
  DOSSIER_EXPIRING: {
    severity: 'warning',
    meaning: { nl: 'Een document verloopt binnen policy.documentExpiryWarningWeeks weken.', en: 'A document expires within policy.documentExpiryWarningWeeks weeks.' },
    source: 'policy.documentExpiryWarningWeeks',
  },
  DOSSIER_JOB_DOCUMENT: {
    severity: 'warning',
    meaning: { nl: 'Een document dat de functie vraagt (VOG, VCA, diploma) ontbreekt of is verlopen (blokkeert de verloning niet).', en: 'A document the job needs (VOG, VCA, diploma) is missing or expired (does not block payroll).' },
    source: 'Back-office privacy statement, job documents (DOMAIN.md §17)',
  },
  DOSSIER_DATA_NOT_NEEDED: {
    severity: 'info',
    meaning: { nl: 'Het dossier bevat gegevens die voor deze soort medewerker niet nodig zijn (AVG: dataminimalisatie); niet bewaren.', en: 'The dossier holds data this kind of worker does not need (AVG data minimisation); do not keep it.' },
    source: 'AVG art. 5 lid 1c; DOMAIN.md §17 (contractors: KvK, VAT, insurance instead of BSN and ID)',
  },
});
const F = DOSSIER_FINDINGS;

export type DossierRequirement = 'bsn' | 'iban' | 'kvk' | 'vat-number' | DocumentKind;
export type DossierItemStatus = 'ok' | 'missing' | 'invalid' | 'expired' | 'expiring';

export interface DossierItem {
  readonly requirement: DossierRequirement;
  readonly label: Texts;
  readonly status: DossierItemStatus;
  /** This item, as it is, blocks payroll. */
  readonly blocking: boolean;
  /** A job document (VOG, VCA, diploma) rather than a payroll requirement. */
  readonly forJob: boolean;
  readonly expiresOn?: string;
  readonly receivedOn?: string;
}

export interface DossierStatus {
  readonly workerId: string;
  readonly type: WorkerType;
  readonly asOf: string;
  /** Every requirement is met (ok or only expiring). */
  readonly complete: boolean;
  /** Payroll cannot run for this worker on `asOf`. */
  readonly blocking: boolean;
  /**
   * Who may advance while payroll is blocked (DOMAIN.md §2): the back-office (valid BSN), the
   * agency only (no valid BSN), not needed (not blocked), not applicable (contractor).
   */
  readonly advance: 'not-needed' | 'back-office' | 'agency-only' | 'not-applicable';
  readonly items: readonly DossierItem[];
  /** The earliest expiry date of a document in the dossier on or after `asOf`. */
  readonly nextExpiry?: string;
  /** Categories of personal data the privacy statement names for this kind of worker. */
  readonly dataCategories: readonly (DataCategory & { readonly held: boolean })[];
  readonly findings: readonly Finding[];
  /** Short list of what blocks payroll, for a control list ("ID, wage-tax form"). */
  readonly missingText: Texts;
}

export interface DossierOptions {
  readonly rules?: RuleSet;
  /** Documents the worker's job needs (VOG, VCA, diploma…): checked, but they do not block payroll. */
  readonly jobDocuments?: readonly DocumentKind[];
}

const LABELS: Record<DossierRequirement, Texts> = {
  bsn: { nl: 'BSN', en: 'BSN' },
  iban: { nl: 'IBAN (rekeningnummer)', en: 'IBAN (bank account)' },
  kvk: { nl: 'KvK-nummer', en: 'KvK number' },
  'vat-number': { nl: 'btw-nummer', en: 'VAT number' },
  id: { nl: 'identiteitsbewijs', en: 'identity document' },
  'residence-permit': { nl: 'verblijfsvergunning', en: 'residence permit' },
  'work-permit': { nl: 'tewerkstellingsvergunning', en: 'work permit' },
  'wage-tax-form': { nl: 'loonheffingsverklaring', en: 'wage-tax form' },
  'kvk-extract': { nl: 'uittreksel KvK', en: 'Chamber of Commerce extract' },
  insurance: { nl: 'verzekering', en: 'insurance' },
  'proof-of-payment': { nl: 'betaalbewijs verzekering', en: 'proof of payment (insurance)' },
  vog: { nl: 'VOG', en: 'certificate of conduct (VOG)' },
  vca: { nl: 'VCA', en: 'safety certificate (VCA)' },
  diploma: { nl: 'diploma', en: 'diploma' },
  other: { nl: 'overig document', en: 'other document' },
};

const TYPE_WORDS: Record<WorkerType, Texts> = {
  dutch: { nl: 'Nederlandse medewerker', en: 'Dutch worker' },
  eu: { nl: 'EU-medewerker', en: 'EU worker' },
  'non-eu': { nl: 'medewerker van buiten de EU', en: 'non-EU worker' },
  contractor: { nl: "zzp'er", en: 'self-employed contractor' },
};

/** Documents whose expiry blocks payroll. */
const EXPIRY_BLOCKS: ReadonlySet<DossierRequirement> = new Set(['residence-permit', 'work-permit', 'insurance']);

/** A document number shows only its last 3 characters. */
function maskNumber(n: string | undefined): string {
  if (!n) return '';
  const tail = n.length >= 6 ? n.slice(-3) : '';
  return '*'.repeat(Math.max(n.length - tail.length, 3)) + tail;
}

/** Reads the worker, keeping an invalid BSN or IBAN as a finding instead of an input error. */
function readWorker(input: WorkerInput | Worker | object): { worker: Worker; badBsn?: string; badIban?: string } {
  if (typeof input !== 'object' || input === null) return { worker: parseWorker(input) };
  const raw = { ...(input as Record<string, unknown>) };
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  let badBsn: string | undefined;
  let badIban: string | undefined;
  if (!blank(raw.bsn) && !checkBsn(raw.bsn).valid) {
    badBsn = plainText(raw.bsn);
    delete raw.bsn;
  }
  if (!blank(raw.iban) && !checkIban(raw.iban).valid) {
    badIban = plainText(raw.iban);
    delete raw.iban;
  }
  return { worker: parseWorker(raw), ...(badBsn !== undefined ? { badBsn } : {}), ...(badIban !== undefined ? { badIban } : {}) };
}

/** A number or text as text; anything else (an object from a caller) shows as nothing, never a TypeError. */
function plainText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '';
}

/** The best document of a kind on a date: received by then, expiring last. */
function bestDocument(docs: readonly WorkerDocument[], kind: DocumentKind, day: string): WorkerDocument | undefined {
  const usable = docs.filter((d) => d.kind === kind && (d.receivedOn === undefined || d.receivedOn <= day));
  usable.sort((a, b) => ((a.expiresOn ?? '9999-12-31') < (b.expiresOn ?? '9999-12-31') ? 1 : -1));
  return usable[0];
}

/**
 * The dossier of a worker on a date (issue 5 §5): what blocks payroll, with expiry dates, who may
 * advance, the privacy statement's data categories, and findings with personal data masked.
 * Accepts raw input (validated with parseWorker, which throws InvalidInputError for a record it
 * cannot read; an invalid BSN or IBAN becomes a finding instead).
 */
export function dossierStatus(worker: WorkerInput | Worker | object, asOf: DateInput, options: DossierOptions = {}): DossierStatus {
  const rules = options.rules ?? defaultRules;
  const day = toIsoDate(asOf, 'asOf');
  const { worker: w, badBsn, badIban } = readWorker(worker);
  const warnUntil = addWeeksToDate(day, getInteger('policy.documentExpiryWarningWeeks', day, rules));
  const items: DossierItem[] = [];
  const findings: Finding[] = [];
  const who: Texts = { nl: `${TYPE_WORDS[w.type].nl} ${w.id}`, en: `${TYPE_WORDS[w.type].en} ${w.id}` };
  const ref = (field: string) => ({ workerId: w.id, field, date: day });
  const source: FindingRule = { source: 'Back-office privacy statement, dossier documents (DOMAIN.md §17)' };
  const contractor = w.type === 'contractor';

  const field = (req: 'bsn' | 'iban' | 'kvk' | 'vat-number', value: string | undefined, bad: string | undefined, shown: string) => {
    const label = LABELS[req];
    if (bad !== undefined) {
      items.push({ requirement: req, label, status: 'invalid', blocking: true, forJob: false });
      findings.push(finding(F.DOSSIER_INVALID, {
        nl: `${who.nl}: ${label.nl} ${shown} is ongeldig; de verloning is geblokkeerd tot het juiste nummer er is.`,
        en: `${who.en}: ${label.en} ${shown} is invalid; payroll is blocked until the right number is in.`,
      }, { ref: ref(req), rule: { source: 'DOMAIN.md §16 (identity numbers)' } }));
    } else if (value === undefined) {
      items.push({ requirement: req, label, status: 'missing', blocking: true, forJob: false });
      findings.push(finding(F.DOSSIER_MISSING, {
        nl: `${who.nl}: ${label.nl} ontbreekt; de verloning is geblokkeerd.`,
        en: `${who.en}: ${label.en} is missing; payroll is blocked.`,
      }, { ref: ref(req), rule: source }));
    } else items.push({ requirement: req, label, status: 'ok', blocking: false, forJob: false });
  };

  const document = (kind: DocumentKind, forJob: boolean) => {
    const label = LABELS[kind];
    const doc = bestDocument(w.documents, kind, day);
    const number = maskNumber(doc?.number);
    const named = number ? { nl: `${label.nl} (nr. ${number})`, en: `${label.en} (no. ${number})` } : label;
    const dates = { ...(doc?.expiresOn ? { expiresOn: doc.expiresOn } : {}), ...(doc?.receivedOn ? { receivedOn: doc.receivedOn } : {}) };
    const fieldRef = ref(`documents.${kind}`);
    if (!doc) {
      items.push({ requirement: kind, label, status: 'missing', blocking: !forJob, forJob });
      if (forJob) {
        findings.push(finding(F.DOSSIER_JOB_DOCUMENT, {
          nl: `${who.nl}: ${label.nl} ontbreekt; de functie vraagt dit document.`,
          en: `${who.en}: ${label.en} is missing; the job needs this document.`,
        }, { ref: fieldRef, rule: source }));
      } else {
        findings.push(finding(F.DOSSIER_MISSING, {
          nl: `${who.nl}: ${label.nl} ontbreekt; de verloning is geblokkeerd.`,
          en: `${who.en}: ${label.en} is missing; payroll is blocked.`,
        }, { ref: fieldRef, rule: source }));
      }
      return;
    }
    if (doc.expiresOn !== undefined && doc.expiresOn < day) {
      const blocks = !forJob && EXPIRY_BLOCKS.has(kind);
      items.push({ requirement: kind, label, status: 'expired', blocking: blocks, forJob, ...dates });
      const text = { nl: `${who.nl}: ${named.nl} is verlopen op ${doc.expiresOn}`, en: `${who.en}: ${named.en} expired on ${doc.expiresOn}` };
      if (forJob) {
        findings.push(finding(F.DOSSIER_JOB_DOCUMENT, { nl: `${text.nl}; de functie vraagt dit document.`, en: `${text.en}; the job needs this document.` }, { ref: fieldRef, rule: source }));
      } else if (blocks) {
        findings.push(finding(F.DOSSIER_EXPIRED, { nl: `${text.nl}; de verloning is geblokkeerd tot er een geldig document is.`, en: `${text.en}; payroll is blocked until a valid document is in.` }, { ref: fieldRef, rule: source }));
      } else {
        findings.push(finding(F.DOSSIER_ID_EXPIRED, { nl: `${text.nl}; vraag een nieuwe kopie (de verloning loopt door).`, en: `${text.en}; ask for a new copy (payroll continues).` }, { ref: fieldRef, rule: source }));
      }
      return;
    }
    if (doc.expiresOn !== undefined && doc.expiresOn <= warnUntil) {
      items.push({ requirement: kind, label, status: 'expiring', blocking: false, forJob, ...dates });
      findings.push(finding(F.DOSSIER_EXPIRING, {
        nl: `${who.nl}: ${named.nl} verloopt op ${doc.expiresOn}; vraag tijdig een nieuw document.`,
        en: `${who.en}: ${named.en} expires on ${doc.expiresOn}; ask for a new document in time.`,
      }, { ref: fieldRef, rule: ruleOf('policy.documentExpiryWarningWeeks', day, rules) }));
      return;
    }
    items.push({ requirement: kind, label, status: 'ok', blocking: false, forJob, ...dates });
  };

  if (contractor) {
    field('kvk', w.kvk ?? bestDocument(w.documents, 'kvk-extract', day)?.number, undefined, '');
    document('kvk-extract', false);
    field('vat-number', w.vatNumber ?? bestDocument(w.documents, 'vat-number', day)?.number, undefined, '');
    document('insurance', false);
    document('proof-of-payment', false);
    field('iban', w.iban, badIban, badIban ? maskIban(badIban) : '');
    const extra: Texts[] = [];
    if (w.bsn !== undefined || badBsn !== undefined) extra.push(LABELS.bsn);
    if (w.birthDate !== undefined) extra.push({ nl: 'geboortedatum', en: 'date of birth' });
    for (const k of ['id', 'wage-tax-form'] as const) if (w.documents.some((d) => d.kind === k)) extra.push(LABELS[k]);
    if (extra.length > 0) {
      findings.push(finding(F.DOSSIER_DATA_NOT_NEEDED, {
        nl: `${who.nl}: ${extra.map((e) => e.nl).join(', ')} is niet nodig voor een zzp'er (KvK, btw-nummer en verzekering in plaats van BSN en ID); niet bewaren.`,
        en: `${who.en}: ${extra.map((e) => e.en).join(', ')} is not needed for a contractor (KvK, VAT number and insurance instead of BSN and ID); do not keep it.`,
      }, { ref: ref('documents'), rule: { source: 'AVG art. 5 lid 1c; DOMAIN.md §17' } }));
    }
  } else {
    field('bsn', w.bsn, badBsn, badBsn ? maskBsn(badBsn) : '');
    field('iban', w.iban, badIban, badIban ? maskIban(badIban) : '');
    document('id', false);
    document('wage-tax-form', false);
    if (w.type === 'non-eu') {
      document('residence-permit', false);
      const permit = bestDocument(w.documents, 'residence-permit', day);
      if (!(permit && permit.workAllowed === true)) document('work-permit', false);
    }
  }
  for (const kind of options.jobDocuments ?? []) document(kind, true);

  const blocking = items.some((i) => i.blocking);
  const complete = items.every((i) => i.status === 'ok' || i.status === 'expiring');
  const advance: DossierStatus['advance'] = contractor ? 'not-applicable' : !blocking ? 'not-needed' : w.bsn !== undefined ? 'back-office' : 'agency-only';
  const expiries = w.documents.map((d) => d.expiresOn).filter((d): d is string => d !== undefined && d >= day).sort();
  const held = new Set<string>(['name']);
  if (w.birthDate) held.add('birth-date');
  if (w.bsn) held.add('bsn');
  if (w.iban) held.add('bank-account');
  for (const d of w.documents) {
    for (const c of dataCategoriesFor(w.type)) if (c.document === d.kind) held.add(c.code);
    if (d.kind === 'vog' || d.kind === 'vca' || d.kind === 'diploma') held.add('job-documents');
  }
  if (contractor && w.vatNumber) held.add('vat-number');
  const blockers = items.filter((i) => i.blocking);
  return {
    workerId: w.id,
    type: w.type,
    asOf: day,
    complete,
    blocking,
    advance,
    items,
    ...(expiries[0] ? { nextExpiry: expiries[0] } : {}),
    dataCategories: dataCategoriesFor(w.type).map((c) => ({ ...c, held: held.has(c.code) })),
    findings,
    missingText: {
      nl: blockers.map((i) => `${i.label.nl}${i.status === 'missing' ? '' : ` (${i.status === 'invalid' ? 'ongeldig' : 'verlopen'})`}`).join(', '),
      en: blockers.map((i) => `${i.label.en}${i.status === 'missing' ? '' : ` (${i.status})`}`).join(', '),
    },
  };
}
