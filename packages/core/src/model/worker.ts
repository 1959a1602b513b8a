import * as z from 'zod';
import type { FieldLabels } from '../errors/index.js';
import {
  addRuleIssue, idField, instantField, optional, optionalDateField, optionalFlagField, readBsn, readChoice, readIban, readKvk, readText, readVatNumber, required, textField,
} from './fields.js';

/** Dutch, EU/EEA/Swiss, from outside the EU (needs a residence or work permit), or a self-employed contractor (zzp'er). */
export const WORKER_TYPES = ['dutch', 'eu', 'non-eu', 'contractor'] as const;
export type WorkerType = (typeof WORKER_TYPES)[number];

/** Dossier documents (DOMAIN.md §17); later issues decide which are required for whom. */
export const DOCUMENT_KINDS = [
  'id', 'residence-permit', 'work-permit', 'wage-tax-form', 'kvk-extract', 'vat-number', 'insurance',
  'proof-of-payment', 'vog', 'vca', 'diploma', 'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const readWorkerType = readChoice(WORKER_TYPES, {
  nederlands: 'dutch', nl: 'dutch', nederlander: 'dutch', 'eu-burger': 'eu', eer: 'eu',
  'niet-eu': 'non-eu', 'buiten-eu': 'non-eu', zzp: 'contractor', "zzp'er": 'contractor', zzper: 'contractor', zelfstandige: 'contractor',
});

const readDocumentKind = readChoice(DOCUMENT_KINDS, {
  identiteitsbewijs: 'id', 'id-bewijs': 'id', paspoort: 'id', passport: 'id', 'id-kaart': 'id',
  verblijfsvergunning: 'residence-permit', tewerkstellingsvergunning: 'work-permit', werkvergunning: 'work-permit', twv: 'work-permit',
  loonheffingsverklaring: 'wage-tax-form', 'kvk-uittreksel': 'kvk-extract', uittreksel: 'kvk-extract', 'btw-nummer': 'vat-number',
  verzekering: 'insurance', verzekeringspolis: 'insurance', betaalbewijs: 'proof-of-payment', diplomas: 'diploma', overig: 'other',
});

export const workerDocumentSchema = z.object({
  kind: required<string, DocumentKind>('kind', readDocumentKind),
  /** The document's number (personal data: masked in every message). */
  number: optional<string | number, string>('number', (v, f) => (typeof v === 'number' ? String(v) : readText(v, f))),
  expiresOn: optionalDateField('expiresOn'),
  receivedOn: optionalDateField('receivedOn'),
  /** Residence permit: "arbeid vrij toegestaan" (free to work), so no separate work permit is needed. */
  workAllowed: optionalFlagField('workAllowed'),
});

/**
 * A worker (uitzendkracht) or self-employed contractor (zzp'er). BSN and IBAN may still be missing
 * while the dossier is incomplete; the birth date is needed for everyone on payroll (minimum wage
 * by age), not for a contractor (data minimisation, AVG).
 */
export const workerSchema = z
  .object({
    id: idField('id'),
    name: textField('name'),
    type: required<string, WorkerType>('type', readWorkerType),
    birthDate: optionalDateField('birthDate'),
    bsn: optional<string | number, string>('bsn', readBsn),
    iban: optional<string, string>('iban', readIban),
    registeredAt: instantField('registeredAt'),
    documents: z.array(workerDocumentSchema).default([]),
    kvk: optional<string | number, string>('kvk', readKvk),
    vatNumber: optional<string, string>('vatNumber', readVatNumber),
  })
  .superRefine((w, ctx) => {
    if (w.type !== 'contractor' && w.birthDate === undefined) {
      addRuleIssue(ctx, ['birthDate'], 'MISSING_VALUE', {
        nl: 'ontbreekt; verwacht een datum, bijvoorbeeld 2-3-2001 (nodig voor het minimumloon naar leeftijd)',
        en: 'missing; expected a date, e.g. 2001-03-02 (needed for the minimum wage by age)',
      });
    }
  });

export type Worker = z.output<typeof workerSchema>;
export type WorkerInput = z.input<typeof workerSchema>;
export type WorkerDocument = z.output<typeof workerDocumentSchema>;

export const workerLabels: FieldLabels = {
  id: { nl: 'medewerkernummer', en: 'worker number' },
  name: { nl: 'naam', en: 'name' },
  type: { nl: 'soort medewerker', en: 'kind of worker' },
  birthDate: { nl: 'geboortedatum', en: 'date of birth', mask: 'birthDate' },
  bsn: { nl: 'BSN', en: 'BSN', mask: 'bsn' },
  iban: { nl: 'IBAN (rekeningnummer)', en: 'IBAN (bank account)', mask: 'iban' },
  registeredAt: { nl: 'ingeschreven op', en: 'registered on' },
  documents: { nl: 'documenten', en: 'documents' },
  'documents.kind': { nl: 'soort document', en: 'kind of document' },
  'documents.number': { nl: 'documentnummer', en: 'document number', mask: 'bsn' },
  'documents.expiresOn': { nl: 'geldig tot', en: 'valid until' },
  'documents.receivedOn': { nl: 'ontvangen op', en: 'received on' },
  'documents.workAllowed': { nl: 'arbeid vrij toegestaan', en: 'free to work' },
  kvk: { nl: 'KvK-nummer', en: 'KvK number (Chamber of Commerce)' },
  vatNumber: { nl: 'btw-nummer', en: 'VAT number' },
};
