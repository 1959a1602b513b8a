import * as z from 'zod';
import { parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { toIsoDate, type DateInput } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import { getInteger, getString } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import type { DocumentKind, WorkerType } from '../model/worker.js';
import { dateField, idField, optional, optionalDateField, optionalFlagField, readChoice, readId, required, type IdInput } from '../model/fields.js';
import { addMonths, addWeeksToDate, addYears, laterOf } from '../contracts/dates.js';
import { defineFindings, finding, ruleOf, type Finding, type FindingRule } from './findings.js';

/*
 * Privacy (AVG/GDPR) as the back-office's privacy statement describes it (DOMAIN.md §17): the
 * categories of personal data, a retention date per record, and what an erasure or an access /
 * portability request does for one worker.
 *
 * Retention (retentionUntil), "until" is the last day the record may be kept:
 * - fiscal records (payslips, wage records, hours, invoices, expense claims, advances,
 *   deductions): retention.fiscal.years (7) counted, per policy.retention.fiscalCountFrom, from
 *   the end of the calendar year of the record (default; a payslip of 2024-03-14 is kept through
 *   2031-12-31) or from the record date;
 * - dossier documents of the payroll administration (wage-tax form, copy of ID, residence and
 *   work permit, a contractor's KvK extract, VAT number, insurance and proof of payment): needed
 *   while the employment or contract lasts, then the fiscal period counted from its end;
 * - camera images: retention.camera.weeks (4) weeks after recording, or longer until the incident
 *   is handled;
 * - data without a legal retention duty (contact details, job documents such as VOG/VCA/diplomas,
 *   leave and absence): while employed, then policy.retention.otherMonthsAfterEmployment (0).
 * Rules are read on `asOf` when given (the duty that binds today), else on the record date.
 */

export const PRIVACY_FINDINGS = defineFindings('privacy', {
  PRIVACY_RETENTION_EXPIRED: {
    severity: 'warning',
    meaning: { nl: 'Een record wordt langer bewaard dan zijn bewaartermijn: verwijderen.', en: 'A record is kept past its retention date: erase it.' },
    source: 'AVG art. 5 lid 1e (storage limitation); back-office privacy statement (DOMAIN.md §17)',
  },
  PRIVACY_MEDICAL_DATA: {
    severity: 'warning',
    meaning: {
      nl: 'Een verzuimrecord bevat medische gegevens; de werkgever mag die alleen bewaren waar de AVG het uitdrukkelijk toestaat.',
      en: 'An absence record holds medical data; the employer may keep it only where the AVG explicitly allows.',
    },
    source: 'AVG art. 9; back-office privacy statement (DOMAIN.md §17)',
  },
  PRIVACY_KEPT_UNDER_LEGAL_DUTY: {
    severity: 'info',
    meaning: {
      nl: 'Bij een verzoek tot verwijdering blijven records met een wettelijke bewaarplicht bewaard (beperkt tot dat doel) tot hun einddatum.',
      en: 'On an erasure request, records under a legal retention duty are kept (restricted to that purpose) until their end date.',
    },
    source: 'AVG art. 17 lid 3b; AWR art. 52 (fiscal retention, DOMAIN.md §17)',
  },
});
const F = PRIVACY_FINDINGS;

export const RECORD_TYPES = [
  'payslip', 'payroll-record', 'hours', 'invoice', 'expense-claim', 'advance', 'deduction',
  'wage-tax-form', 'id-copy', 'residence-permit', 'work-permit', 'contractor-document',
  'camera', 'contact-details', 'job-document', 'absence',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export type RetentionBasis = 'fiscal' | 'fiscal-after-employment' | 'camera' | 'no-legal-duty';

const BASIS: Record<RecordType, RetentionBasis> = {
  payslip: 'fiscal',
  'payroll-record': 'fiscal',
  hours: 'fiscal',
  invoice: 'fiscal',
  'expense-claim': 'fiscal',
  advance: 'fiscal',
  deduction: 'fiscal',
  'wage-tax-form': 'fiscal-after-employment',
  'id-copy': 'fiscal-after-employment',
  'residence-permit': 'fiscal-after-employment',
  'work-permit': 'fiscal-after-employment',
  'contractor-document': 'fiscal-after-employment',
  camera: 'camera',
  'contact-details': 'no-legal-duty',
  'job-document': 'no-legal-duty',
  absence: 'no-legal-duty',
};

const RECORD_NAMES: Record<RecordType, Texts> = {
  payslip: { nl: 'loonstrook', en: 'payslip' },
  'payroll-record': { nl: 'loonadministratie', en: 'payroll record' },
  hours: { nl: 'urenregistratie', en: 'hours record' },
  invoice: { nl: 'factuur', en: 'invoice' },
  'expense-claim': { nl: 'declaratie', en: 'expense claim' },
  advance: { nl: 'voorschot', en: 'advance' },
  deduction: { nl: 'inhouding', en: 'deduction' },
  'wage-tax-form': { nl: 'loonheffingsverklaring', en: 'wage-tax form' },
  'id-copy': { nl: 'kopie identiteitsbewijs', en: 'copy of ID' },
  'residence-permit': { nl: 'verblijfsvergunning', en: 'residence permit' },
  'work-permit': { nl: 'tewerkstellingsvergunning', en: 'work permit' },
  'contractor-document': { nl: 'document zzp (KvK, btw, verzekering, betaalbewijs)', en: 'contractor document (KvK, VAT, insurance, proof of payment)' },
  camera: { nl: 'camerabeelden', en: 'camera images' },
  'contact-details': { nl: 'contactgegevens', en: 'contact details' },
  'job-document': { nl: 'functiedocument (VOG, VCA, diploma)', en: 'job document (VOG, VCA, diploma)' },
  absence: { nl: 'verlof en verzuim', en: 'leave and absence' },
};

/** Categories of personal data of the privacy statement (DOMAIN.md §17). */
export interface DataCategory {
  readonly code: string;
  readonly label: Texts;
  /** Worker types the category applies to. */
  readonly appliesTo: readonly WorkerType[];
  /** The record type its retention follows. */
  readonly record: RecordType;
  /** Special care: the BSN (only for payroll) and medical data (only where the AVG allows). */
  readonly sensitive?: 'bsn' | 'medical';
  /** Dossier document kind that holds it, if any. */
  readonly document?: DocumentKind;
  /** Provided by the worker (counts for data portability, AVG art. 20). */
  readonly providedByWorker: boolean;
}

const EMPLOYEES: readonly WorkerType[] = ['dutch', 'eu', 'non-eu'];
const EVERYONE: readonly WorkerType[] = ['dutch', 'eu', 'non-eu', 'contractor'];

export const DATA_CATEGORIES: readonly DataCategory[] = Object.freeze([
  { code: 'name', label: { nl: 'naam', en: 'name' }, appliesTo: EVERYONE, record: 'payroll-record', providedByWorker: true },
  { code: 'address', label: { nl: 'adres', en: 'address' }, appliesTo: EVERYONE, record: 'payroll-record', providedByWorker: true },
  { code: 'contact', label: { nl: 'contactgegevens', en: 'contact details' }, appliesTo: EVERYONE, record: 'contact-details', providedByWorker: true },
  { code: 'birth-date', label: { nl: 'geboortedatum', en: 'date of birth' }, appliesTo: EMPLOYEES, record: 'payroll-record', providedByWorker: true },
  { code: 'nationality', label: { nl: 'nationaliteit', en: 'nationality' }, appliesTo: EMPLOYEES, record: 'id-copy', providedByWorker: true },
  { code: 'bsn', label: { nl: 'BSN', en: 'BSN (citizen service number)' }, appliesTo: EMPLOYEES, record: 'payroll-record', sensitive: 'bsn', providedByWorker: true },
  { code: 'id-copy', label: { nl: 'kopie identiteitsbewijs', en: 'copy of ID' }, appliesTo: EMPLOYEES, record: 'id-copy', document: 'id', providedByWorker: true },
  { code: 'residence-permit', label: { nl: 'verblijfsvergunning', en: 'residence permit' }, appliesTo: ['non-eu'], record: 'residence-permit', document: 'residence-permit', providedByWorker: true },
  { code: 'work-permit', label: { nl: 'tewerkstellingsvergunning (waar nodig)', en: 'work permit (where needed)' }, appliesTo: ['non-eu'], record: 'work-permit', document: 'work-permit', providedByWorker: true },
  { code: 'wage-tax-form', label: { nl: 'loonheffingsverklaring', en: 'wage-tax form' }, appliesTo: EMPLOYEES, record: 'wage-tax-form', document: 'wage-tax-form', providedByWorker: true },
  { code: 'bank-account', label: { nl: 'bankrekening', en: 'bank account' }, appliesTo: EVERYONE, record: 'payroll-record', providedByWorker: true },
  { code: 'family', label: { nl: 'gezinsleden (waar nodig)', en: 'family members (where needed)' }, appliesTo: EMPLOYEES, record: 'contact-details', providedByWorker: true },
  { code: 'job-documents', label: { nl: 'functiedocumenten (VOG, VCA, diploma\'s)', en: 'job documents (VOG, VCA, diplomas)' }, appliesTo: EVERYONE, record: 'job-document', providedByWorker: true },
  { code: 'wage', label: { nl: 'loon', en: 'wage' }, appliesTo: EMPLOYEES, record: 'payslip', providedByWorker: false },
  { code: 'hours', label: { nl: 'gewerkte uren', en: 'hours worked' }, appliesTo: EVERYONE, record: 'hours', providedByWorker: true },
  { code: 'leave-absence', label: { nl: 'verlof en verzuim (medisch alleen waar de AVG het toestaat)', en: 'leave and absence (medical only where the AVG allows)' }, appliesTo: EMPLOYEES, record: 'absence', sensitive: 'medical', providedByWorker: true },
  { code: 'kvk-extract', label: { nl: 'uittreksel KvK', en: 'Chamber of Commerce extract' }, appliesTo: ['contractor'], record: 'contractor-document', document: 'kvk-extract', providedByWorker: true },
  { code: 'vat-number', label: { nl: 'btw-nummer', en: 'VAT number' }, appliesTo: ['contractor'], record: 'contractor-document', document: 'vat-number', providedByWorker: true },
  { code: 'insurance', label: { nl: 'verzekeringspolissen', en: 'insurance policies' }, appliesTo: ['contractor'], record: 'contractor-document', document: 'insurance', providedByWorker: true },
  { code: 'proof-of-payment', label: { nl: 'betaalbewijzen', en: 'proof of payment' }, appliesTo: ['contractor'], record: 'contractor-document', document: 'proof-of-payment', providedByWorker: true },
  { code: 'invoices', label: { nl: 'facturen', en: 'invoices' }, appliesTo: ['contractor'], record: 'invoice', providedByWorker: true },
] satisfies DataCategory[]);

/** The categories of personal data that apply to a kind of worker. */
export function dataCategoriesFor(type: WorkerType): DataCategory[] {
  return DATA_CATEGORIES.filter((c) => c.appliesTo.includes(type));
}

/** The rights of the people whose data is processed (DOMAIN.md §17; AVG art. 15–21). */
export interface PrivacyRight {
  readonly code: 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability';
  readonly article: string;
  readonly label: Texts;
  readonly meaning: Texts;
}

export const PRIVACY_RIGHTS: readonly PrivacyRight[] = Object.freeze([
  { code: 'access', article: 'AVG art. 15', label: { nl: 'inzage', en: 'access' }, meaning: { nl: 'een overzicht en kopie van alle gegevens die de back-office bewaart (exportPlan)', en: 'an overview and copy of all data the back-office holds (exportPlan)' } },
  { code: 'rectification', article: 'AVG art. 16', label: { nl: 'rectificatie', en: 'rectification' }, meaning: { nl: 'onjuiste gegevens laten verbeteren; ook in bewaarde fiscale records wordt een correctie vastgelegd', en: 'have wrong data corrected; in kept fiscal records a correction is recorded' } },
  { code: 'erasure', article: 'AVG art. 17', label: { nl: 'verwijdering', en: 'erasure' }, meaning: { nl: 'gegevens zonder wettelijke bewaarplicht worden verwijderd; de rest blijft tot het einde van de bewaartermijn (erasurePlan)', en: 'data without a legal retention duty is erased; the rest is kept until the end of its retention period (erasurePlan)' } },
  { code: 'restriction', article: 'AVG art. 18', label: { nl: 'beperking', en: 'restriction' }, meaning: { nl: 'gegevens die moeten blijven, worden alleen nog voor de bewaarplicht gebruikt', en: 'data that must be kept is used only for the retention duty' } },
  { code: 'objection', article: 'AVG art. 21', label: { nl: 'bezwaar', en: 'objection' }, meaning: { nl: 'bezwaar maken tegen verwerking op grond van gerechtvaardigd belang', en: 'object to processing based on legitimate interest' } },
  { code: 'portability', article: 'AVG art. 20', label: { nl: 'overdraagbaarheid', en: 'data portability' }, meaning: { nl: 'de zelf verstrekte gegevens in een gangbaar, machineleesbaar formaat (JSON, CSV) ontvangen', en: 'receive the data the person provided in a common machine-readable format (JSON, CSV)' } },
] satisfies PrivacyRight[]);

const readRecordType = readChoice(RECORD_TYPES, {
  loonstrook: 'payslip', loonadministratie: 'payroll-record', uren: 'hours', urenregistratie: 'hours', factuur: 'invoice', declaratie: 'expense-claim',
  voorschot: 'advance', inhouding: 'deduction', loonheffingsverklaring: 'wage-tax-form', 'kopie-id': 'id-copy', identiteitsbewijs: 'id-copy',
  verblijfsvergunning: 'residence-permit', tewerkstellingsvergunning: 'work-permit', 'zzp-document': 'contractor-document', camerabeelden: 'camera',
  contactgegevens: 'contact-details', functiedocument: 'job-document', vog: 'job-document', vca: 'job-document', diploma: 'job-document', verzuim: 'absence',
});

export const retentionRecordSchema = z.object({
  id: optional<IdInput, string>('id', readId),
  type: required<string, RecordType>('type', readRecordType),
  /** Date of the record (payslip date, recording date, receipt of the document). */
  date: dateField('date'),
  /** Last day of the employment or contract, once it ended. */
  employmentEndedOn: optionalDateField('employmentEndedOn'),
  /** Camera images: the incident they show is still being handled. */
  incidentOpen: optionalFlagField('incidentOpen'),
  /** Camera images: the day the incident was handled. */
  incidentHandledOn: optionalDateField('incidentHandledOn'),
  /** Absence records: the record holds medical details. */
  medical: optionalFlagField('medical'),
});

export type RetentionRecordInput = z.input<typeof retentionRecordSchema>;
type RetentionRecord = z.output<typeof retentionRecordSchema>;

const recordLabels: FieldLabels = {
  id: { nl: 'recordnummer', en: 'record number' },
  type: { nl: 'soort record', en: 'kind of record' },
  date: { nl: 'datum', en: 'date' },
  employmentEndedOn: { nl: 'einde dienstverband', en: 'end of employment' },
  incidentOpen: { nl: 'incident loopt nog', en: 'incident still open' },
  incidentHandledOn: { nl: 'incident afgehandeld op', en: 'incident handled on' },
  medical: { nl: 'medische gegevens', en: 'medical data' },
};

export interface Retention {
  readonly recordId?: string;
  readonly type: RecordType;
  readonly basis: RetentionBasis;
  /** Last day the record may be kept; undefined while it is still needed (see keepWhile). */
  readonly until?: string;
  /** Why no end date yet: the employment lasts, or the incident is being handled. */
  readonly keepWhile?: 'employment' | 'incident';
  /** Under a legal retention duty (an erasure request does not erase it before `until`). */
  readonly legalDuty: boolean;
  readonly message: Texts;
  readonly rule: FindingRule;
}

function fiscalUntil(from: string, lookup: string, rules: RuleSet): string {
  const years = getInteger('retention.fiscal.years', lookup, rules);
  const countFrom = getString('policy.retention.fiscalCountFrom', lookup, rules);
  if (countFrom === 'record-date') return addYears(from, years);
  return `${Number(from.slice(0, 4)) + years}-12-31`;
}

function retentionOf(r: RetentionRecord, asOf: string | undefined, rules: RuleSet): Retention {
  const lookup = asOf ?? r.date;
  const basis = BASIS[r.type];
  const name = RECORD_NAMES[r.type];
  const base = { ...(r.id ? { recordId: r.id } : {}), type: r.type, basis };
  switch (basis) {
    case 'fiscal': {
      const until = fiscalUntil(r.date, lookup, rules);
      const years = getInteger('retention.fiscal.years', lookup, rules);
      return {
        ...base, until, legalDuty: true, rule: ruleOf('retention.fiscal.years', lookup, rules),
        message: { nl: `${name.nl} van ${r.date}: fiscale bewaarplicht van ${years} jaar, bewaren tot en met ${until}`, en: `${name.en} of ${r.date}: fiscal retention of ${years} years, keep through ${until}` },
      };
    }
    case 'fiscal-after-employment': {
      const rule = ruleOf('retention.fiscal.years', lookup, rules);
      if (r.employmentEndedOn === undefined) {
        return {
          ...base, keepWhile: 'employment', legalDuty: true, rule,
          message: { nl: `${name.nl}: nodig zolang het dienstverband loopt, daarna de fiscale bewaartermijn`, en: `${name.en}: needed while the employment lasts, then the fiscal retention period` },
        };
      }
      const until = fiscalUntil(laterOf(r.date, r.employmentEndedOn), lookup, rules);
      return {
        ...base, until, legalDuty: true, rule,
        message: { nl: `${name.nl}: dienstverband beëindigd op ${r.employmentEndedOn}; fiscale bewaarplicht, bewaren tot en met ${until}`, en: `${name.en}: employment ended on ${r.employmentEndedOn}; fiscal retention, keep through ${until}` },
      };
    }
    case 'camera': {
      const weeks = getInteger('retention.camera.weeks', lookup, rules);
      const rule = ruleOf('retention.camera.weeks', lookup, rules);
      if (r.incidentOpen) {
        return {
          ...base, keepWhile: 'incident', legalDuty: false, rule,
          message: { nl: `camerabeelden van ${r.date}: bewaren tot het incident is afgehandeld`, en: `camera images of ${r.date}: keep until the incident is handled` },
        };
      }
      const limit = addWeeksToDate(r.date, weeks);
      const until = r.incidentHandledOn && r.incidentHandledOn > limit ? r.incidentHandledOn : limit;
      return {
        ...base, until, legalDuty: false, rule,
        message: { nl: `camerabeelden van ${r.date}: hoogstens ${weeks} weken of tot het incident is afgehandeld, dus tot en met ${until}`, en: `camera images of ${r.date}: at most ${weeks} weeks or until the incident is handled, so through ${until}` },
      };
    }
    case 'no-legal-duty': {
      const rule = ruleOf('policy.retention.otherMonthsAfterEmployment', lookup, rules);
      if (r.employmentEndedOn === undefined) {
        return {
          ...base, keepWhile: 'employment', legalDuty: false, rule,
          message: { nl: `${name.nl}: geen wettelijke bewaarplicht; nodig zolang het dienstverband loopt`, en: `${name.en}: no legal retention duty; needed while the employment lasts` },
        };
      }
      const months = getInteger('policy.retention.otherMonthsAfterEmployment', lookup, rules);
      const until = laterOf(r.date, addMonths(r.employmentEndedOn, months));
      return {
        ...base, until, legalDuty: false, rule,
        message: { nl: `${name.nl}: geen wettelijke bewaarplicht; dienstverband beëindigd op ${r.employmentEndedOn}, bewaren tot en met ${until}`, en: `${name.en}: no legal retention duty; employment ended on ${r.employmentEndedOn}, keep through ${until}` },
      };
    }
  }
}

/**
 * How long a record is kept (issue 5 §5; DOMAIN.md §17). `asOf` (optional) is the day whose
 * rules apply; without it the rules in force on the record date. Throws InvalidInputError on bad
 * input and NoRuleError for a date no retention rule covers.
 */
export function retentionUntil(record: RetentionRecordInput, options: { asOf?: DateInput; rules?: RuleSet } = {}): Retention {
  const r = parseWith(retentionRecordSchema, record, { nl: 'record', en: 'record' }, recordLabels);
  return retentionOf(r, options.asOf === undefined ? undefined : toIsoDate(options.asOf, 'asOf'), options.rules ?? defaultRules);
}

export const privacyRequestSchema = z.object({
  workerId: idField('workerId'),
  /** Last day of the employment or contract, once it ended (applies to every record without its own). */
  employmentEndedOn: optionalDateField('employmentEndedOn'),
  records: z.array(retentionRecordSchema).default([]),
});

export type PrivacyRequestInput = z.input<typeof privacyRequestSchema>;

const requestLabels: FieldLabels = {
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  employmentEndedOn: { nl: 'einde dienstverband', en: 'end of employment' },
  records: { nl: 'records', en: 'records' },
  ...Object.fromEntries(Object.entries(recordLabels).map(([k, v]) => [`records.${k}`, v])),
};

export interface ErasureItem {
  readonly recordId: string;
  readonly type: RecordType;
  readonly retention: Retention;
}

export interface ErasurePlan {
  readonly workerId: string;
  readonly asOf: string;
  /** Erase now: not needed any more and no legal duty to keep, or past the retention date. */
  readonly erase: readonly ErasureItem[];
  /**
   * Keep: under a legal duty until `retention.until` (processing restricted to that duty), or
   * still needed while the employment lasts or an incident is handled (`retention.keepWhile`).
   */
  readonly keep: readonly ErasureItem[];
  readonly rights: readonly PrivacyRight[];
  /** For the reply to the worker: what is erased and what is kept until when. */
  readonly summary: Texts;
  readonly findings: readonly Finding[];
}

function parseRequest(request: PrivacyRequestInput): { workerId: string; records: (RetentionRecord & { id: string })[] } {
  const p = parseWith(privacyRequestSchema, request, { nl: 'privacyverzoek', en: 'privacy request' }, requestLabels);
  return {
    workerId: p.workerId,
    records: p.records.map((r, i) => ({
      ...r,
      id: r.id ?? String(i + 1),
      ...(r.employmentEndedOn === undefined && p.employmentEndedOn !== undefined ? { employmentEndedOn: p.employmentEndedOn } : {}),
    })),
  };
}

function medicalFindings(workerId: string, records: readonly (RetentionRecord & { id: string })[]): Finding[] {
  return records
    .filter((r) => r.type === 'absence' && r.medical === true)
    .map((r) =>
      finding(F.PRIVACY_MEDICAL_DATA, {
        nl: `Verzuimrecord ${r.id} (${r.date}) van medewerker ${workerId} bevat medische gegevens: alleen bewaren waar de AVG het toestaat (meestal niet: laat ze bij de arbodienst).`,
        en: `Absence record ${r.id} (${r.date}) of worker ${workerId} holds medical data: keep only where the AVG allows (usually not: leave them with the occupational health service).`,
      }, { ref: { workerId, recordId: r.id, date: r.date, field: 'medical' }, rule: { source: 'AVG art. 9 (DOMAIN.md §17)' } }),
    );
}

/**
 * What an erasure request erases and keeps for one worker, on a date (issue 5 §5; AVG art. 17):
 * records without a legal duty (or past their date) are erased; fiscal records stay, restricted,
 * until their retention date; what the running employment (or an open incident) still needs
 * stays while it is needed. Throws InvalidInputError on bad input.
 */
export function erasurePlan(request: PrivacyRequestInput, asOf: DateInput, rules: RuleSet = defaultRules): ErasurePlan {
  const day = toIsoDate(asOf, 'asOf');
  const { workerId, records } = parseRequest(request);
  const erase: ErasureItem[] = [];
  const keep: ErasureItem[] = [];
  const findings: Finding[] = medicalFindings(workerId, records);
  for (const r of records) {
    const retention = retentionOf(r, day, rules);
    const item = { recordId: r.id, type: r.type, retention };
    // Still needed for the running employment or an open incident (AVG art. 6 lid 1b, f), or
    // under a legal retention duty (AVG art. 17 lid 3b): kept; anything else is erased.
    if (retention.keepWhile !== undefined || (retention.legalDuty && retention.until! >= day)) keep.push(item);
    else {
      erase.push(item);
      if (retention.until !== undefined && retention.until < day) {
        findings.push(
          finding(F.PRIVACY_RETENTION_EXPIRED, {
            nl: `${RECORD_NAMES[r.type].nl} ${r.id} (${r.date}) van medewerker ${workerId}: bewaartermijn verstreken op ${retention.until}; verwijderen.`,
            en: `${RECORD_NAMES[r.type].en} ${r.id} (${r.date}) of worker ${workerId}: retention ended on ${retention.until}; erase it.`,
          }, { ref: { workerId, recordId: r.id, date: retention.until }, rule: retention.rule }),
        );
      }
    }
  }
  const kept = keep.filter((k) => k.retention.legalDuty);
  if (kept.length > 0) {
    const last = kept.map((k) => k.retention.until ?? '').sort().pop();
    const open = kept.some((k) => k.retention.until === undefined);
    findings.push(
      finding(F.PRIVACY_KEPT_UNDER_LEGAL_DUTY, {
        nl: `${kept.length} record(s) van medewerker ${workerId} blijven onder de fiscale bewaarplicht bewaard, alleen voor dat doel${last ? `, uiterlijk tot en met ${last}` : ''}${open ? ' (documenten van een lopend dienstverband: tot de bewaartermijn na het einde)' : ''}.`,
        en: `${kept.length} record(s) of worker ${workerId} are kept under the fiscal retention duty, for that purpose only${last ? `, at the latest through ${last}` : ''}${open ? ' (documents of an ongoing employment: until the retention period after its end)' : ''}.`,
      }, { ref: { workerId }, rule: ruleOf('retention.fiscal.years', day, rules) }),
    );
  }
  const count = (list: readonly ErasureItem[], lang: 'nl' | 'en') =>
    list.length === 0 ? (lang === 'nl' ? 'niets' : 'nothing') : list.map((i) => `${RECORD_NAMES[i.type][lang]} ${i.recordId}${i.retention.until ? ` (${lang === 'nl' ? 'tot en met' : 'through'} ${i.retention.until})` : ''}`).join(', ');
  const summary: Texts = {
    nl: `Verwijderd: ${erase.length === 0 ? 'niets' : erase.map((i) => `${RECORD_NAMES[i.type].nl} ${i.recordId}`).join(', ')}. Bewaard: ${count(keep, 'nl')}.`,
    en: `Erased: ${erase.length === 0 ? 'nothing' : erase.map((i) => `${RECORD_NAMES[i.type].en} ${i.recordId}`).join(', ')}. Kept: ${count(keep, 'en')}.`,
  };
  return { workerId, asOf: day, erase, keep, rights: PRIVACY_RIGHTS, summary, findings };
}

export interface ExportPlan {
  readonly workerId: string;
  readonly asOf: string;
  /** Right of access (AVG art. 15): every record held, with its retention. */
  readonly access: readonly ErasureItem[];
  /** Right to data portability (AVG art. 20): records of data the worker provided. */
  readonly portability: readonly ErasureItem[];
  /** Machine-readable formats for the portability export. */
  readonly formats: readonly ['json', 'csv'];
  readonly rights: readonly PrivacyRight[];
  readonly findings: readonly Finding[];
}

/** Record types holding data the worker provided (portability). */
const PROVIDED: ReadonlySet<RecordType> = new Set(
  DATA_CATEGORIES.filter((c) => c.providedByWorker).map((c) => c.record),
);

/**
 * What an access or portability request returns for one worker (AVG art. 15, 20): the records
 * held, each with its retention, and the subset the worker provided. Records past their
 * retention date are listed for access and flagged for erasure.
 */
export function exportPlan(request: PrivacyRequestInput, asOf: DateInput, rules: RuleSet = defaultRules): ExportPlan {
  const day = toIsoDate(asOf, 'asOf');
  const { workerId, records } = parseRequest(request);
  const findings: Finding[] = medicalFindings(workerId, records);
  const access: ErasureItem[] = records.map((r) => ({ recordId: r.id, type: r.type, retention: retentionOf(r, day, rules) }));
  for (const a of access) {
    if (a.retention.until !== undefined && a.retention.until < day) {
      findings.push(
        finding(F.PRIVACY_RETENTION_EXPIRED, {
          nl: `${RECORD_NAMES[a.type].nl} ${a.recordId} van medewerker ${workerId}: bewaartermijn verstreken op ${a.retention.until}; na de inzage verwijderen.`,
          en: `${RECORD_NAMES[a.type].en} ${a.recordId} of worker ${workerId}: retention ended on ${a.retention.until}; erase it after the access request.`,
        }, { ref: { workerId, recordId: a.recordId, date: a.retention.until }, rule: a.retention.rule }),
      );
    }
  }
  return {
    workerId,
    asOf: day,
    access,
    portability: access.filter((a) => PROVIDED.has(a.type) && a.type !== 'camera'),
    formats: ['json', 'csv'],
    rights: PRIVACY_RIGHTS,
    findings,
  };
}

export { RECORD_NAMES };
