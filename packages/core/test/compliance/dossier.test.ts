import { describe, expect, it } from 'vitest';
import { InvalidInputError, dossierStatus, type WorkerInput } from '@backofficer/core';
import { codes } from '../contracts/helpers.js';

/*
 * Dossier documents of the privacy statement that can block payroll (DOMAIN.md §17; issue 5 §5),
 * per kind of worker. Warning horizon policy.documentExpiryWarningWeeks = 4: asked on
 * 2026-03-02, a document expiring on or before 2026-03-30 (2026-03-02 + 28 days) is "expiring".
 */

const ASOF = '2026-03-02';
const dutch: WorkerInput = {
  id: 'W-001',
  name: 'Jan de Vries',
  type: 'dutch',
  birthDate: '2001-03-02',
  bsn: '111222333',
  iban: 'NL91ABNA0417164300',
  registeredAt: '2026-02-20T10:00',
  documents: [
    { kind: 'id', number: 'NPFK12345', expiresOn: '2030-01-01', receivedOn: '2026-02-20' },
    { kind: 'wage-tax-form', receivedOn: '2026-02-20' },
  ],
};
const without = (w: WorkerInput, kind: string): WorkerInput => ({ ...w, documents: (w.documents ?? []).filter((d) => d.kind !== kind) });

describe('Dutch and EU workers: BSN, IBAN, copy of ID, wage-tax form (DOMAIN.md §17)', () => {
  it('complete: nothing blocks, no advance needed, no findings', () => {
    const s = dossierStatus(dutch, ASOF);
    expect(s).toMatchObject({ workerId: 'W-001', type: 'dutch', complete: true, blocking: false, advance: 'not-needed', nextExpiry: '2030-01-01' });
    expect(s.items.map((i) => [i.requirement, i.status])).toEqual([['bsn', 'ok'], ['iban', 'ok'], ['id', 'ok'], ['wage-tax-form', 'ok']]);
    expect(s.findings).toEqual([]);
    expect(dossierStatus({ ...dutch, type: 'eu' }, ASOF).blocking).toBe(false);
  });

  it('DOSSIER_MISSING: no wage-tax form blocks payroll; with a valid BSN the back-office may advance (DOMAIN.md §2)', () => {
    const s = dossierStatus(without(dutch, 'wage-tax-form'), ASOF);
    expect(s).toMatchObject({ blocking: true, complete: false, advance: 'back-office' });
    expect(codes(s.findings)).toEqual(['DOSSIER_MISSING']);
    expect(s.missingText).toEqual({ nl: 'loonheffingsverklaring', en: 'wage-tax form' });
  });

  it('DOSSIER_MISSING for the BSN: only the agency may advance', () => {
    const { bsn: _b, ...noBsn } = dutch;
    const s = dossierStatus(noBsn, ASOF);
    expect(s.advance).toBe('agency-only');
    expect(s.findings[0]).toMatchObject({ code: 'DOSSIER_MISSING', ref: { workerId: 'W-001', field: 'bsn' } });
  });

  it('a document received after the date asked does not count yet: received 2026-03-05 → missing on 2026-03-02, ok on 2026-03-05', () => {
    const late = { ...dutch, documents: [...without(dutch, 'wage-tax-form').documents!, { kind: 'wage-tax-form', receivedOn: '2026-03-05' }] };
    expect(dossierStatus(late, '2026-03-02').blocking).toBe(true);
    expect(dossierStatus(late, '2026-03-05').blocking).toBe(false);
  });

  it('DOSSIER_INVALID: a BSN failing the 11-test and an IBAN failing mod 97 are findings, masked, never an exception', () => {
    const s = dossierStatus({ ...dutch, bsn: '123456789', iban: 'NL91ABNA0417164301' }, ASOF);
    expect(codes(s.findings)).toEqual(['DOSSIER_INVALID', 'DOSSIER_INVALID']);
    expect(s.findings[0]!.message.nl).toContain('******789');
    expect(s.findings[1]!.message.en).toContain('4301');
    const json = JSON.stringify(s);
    expect(json).not.toContain('123456789');
    expect(json).not.toContain('NL91ABNA0417164301');
    expect(s.advance).toBe('agency-only');
    expect(codes(dossierStatus(dutch, ASOF).findings)).not.toContain('DOSSIER_INVALID');
  });

  it('DOSSIER_ID_EXPIRED: an ID that expired 2026-01-10 warns but does not block; document number masked, worker named by id', () => {
    const s = dossierStatus({ ...dutch, documents: [{ kind: 'id', number: 'NPFK12345', expiresOn: '2026-01-10' }, { kind: 'wage-tax-form' }] }, ASOF);
    expect(s.blocking).toBe(false);
    expect(codes(s.findings)).toEqual(['DOSSIER_ID_EXPIRED']);
    expect(s.findings[0]!.message.en).toBe('Dutch worker W-001: identity document (no. ******345) expired on 2026-01-10; ask for a new copy (payroll continues).');
    expect(JSON.stringify(s)).not.toContain('Jan de Vries');
  });

  it('DOSSIER_EXPIRING: expiring 2026-03-30 (within 4 weeks) warns; 2026-03-31 does not; expiring on the day asked is still valid that day', () => {
    const id = (expiresOn: string): WorkerInput => ({ ...dutch, documents: [{ kind: 'id', expiresOn }, { kind: 'wage-tax-form' }] });
    expect(codes(dossierStatus(id('2026-03-30'), ASOF).findings)).toEqual(['DOSSIER_EXPIRING']);
    expect(codes(dossierStatus(id('2026-03-31'), ASOF).findings)).toEqual([]);
    expect(dossierStatus(id(ASOF), ASOF).items.find((i) => i.requirement === 'id')?.status).toBe('expiring');
    expect(dossierStatus(id('2026-03-01'), ASOF).items.find((i) => i.requirement === 'id')?.status).toBe('expired');
  });
});

describe('non-EU workers: residence permit, and a work permit unless the permit says "arbeid vrij toegestaan"', () => {
  const nonEu: WorkerInput = {
    ...dutch,
    id: 'W-002',
    type: 'non-eu',
    documents: [...dutch.documents!, { kind: 'residence-permit', expiresOn: '2027-06-30', workAllowed: 'ja' }],
  };

  it('a residence permit with free access to work: no work permit needed, complete', () => {
    const s = dossierStatus(nonEu, ASOF);
    expect(s.blocking).toBe(false);
    expect(s.items.map((i) => i.requirement)).not.toContain('work-permit');
  });

  it('without "free to work" a work permit is required (DOSSIER_MISSING)', () => {
    const s = dossierStatus({ ...nonEu, documents: [...dutch.documents!, { kind: 'residence-permit', expiresOn: '2027-06-30' }] }, ASOF);
    expect(s.blocking).toBe(true);
    expect(s.findings.map((f) => [f.code, f.ref?.field])).toEqual([['DOSSIER_MISSING', 'documents.work-permit']]);
  });

  it('DOSSIER_EXPIRED: a residence permit that expired 2026-03-01 blocks payroll on 2026-03-02; valid through 2026-03-02 it does not', () => {
    const permit = (expiresOn: string): WorkerInput => ({ ...nonEu, documents: [...dutch.documents!, { kind: 'residence-permit', expiresOn, workAllowed: true }] });
    const expired = dossierStatus(permit('2026-03-01'), ASOF);
    expect(expired.blocking).toBe(true);
    expect(codes(expired.findings)).toEqual(['DOSSIER_EXPIRED']);
    expect(codes(dossierStatus(permit('2026-03-02'), ASOF).findings)).not.toContain('DOSSIER_EXPIRED');
  });
});

describe('self-employed contractors: KvK, VAT number and insurance instead of BSN and ID (DOMAIN.md §17)', () => {
  const zzp: WorkerInput = {
    id: 'Z-001',
    name: 'Klus BV',
    type: "zzp'er",
    iban: 'NL91ABNA0417164300',
    kvk: '12345678',
    vatNumber: 'NL123456789B01',
    registeredAt: '2026-02-20T10:00',
    documents: [
      { kind: 'kvk-extract', receivedOn: '2026-02-20' },
      { kind: 'insurance', expiresOn: '2026-12-31' },
      { kind: 'proof-of-payment', receivedOn: '2026-02-20' },
    ],
  };

  it('complete without BSN, ID or birth date; advances do not apply', () => {
    const s = dossierStatus(zzp, ASOF);
    expect(s).toMatchObject({ type: 'contractor', blocking: false, complete: true, advance: 'not-applicable' });
    expect(s.items.map((i) => i.requirement)).toEqual(['kvk', 'kvk-extract', 'vat-number', 'insurance', 'proof-of-payment', 'iban']);
    expect(s.findings).toEqual([]);
  });

  it('DOSSIER_EXPIRED: expired insurance blocks; DOSSIER_MISSING: no VAT number blocks', () => {
    const expired = dossierStatus({ ...zzp, documents: zzp.documents!.map((d) => (d.kind === 'insurance' ? { ...d, expiresOn: '2026-02-28' } : d)) }, ASOF);
    expect(codes(expired.findings)).toEqual(['DOSSIER_EXPIRED']);
    const { vatNumber: _v, ...noVat } = zzp;
    expect(codes(dossierStatus(noVat, ASOF).findings)).toEqual(['DOSSIER_MISSING']);
  });

  it('DOSSIER_DATA_NOT_NEEDED: a BSN and a birth date kept for a contractor (AVG data minimisation); none without them', () => {
    const s = dossierStatus({ ...zzp, bsn: '111222333', birthDate: '1990-01-01' }, ASOF);
    expect(codes(s.findings)).toEqual(['DOSSIER_DATA_NOT_NEEDED']);
    expect(s.findings[0]!.severity).toBe('info');
    expect(JSON.stringify(s.findings)).not.toContain('111222333');
  });
});

describe('job documents (VOG, VCA, diploma) do not block payroll', () => {
  it('DOSSIER_JOB_DOCUMENT: a job needing VCA without one warns; with a valid VCA it does not', () => {
    const s = dossierStatus(dutch, ASOF, { jobDocuments: ['vca'] });
    expect(s.blocking).toBe(false);
    expect(codes(s.findings)).toEqual(['DOSSIER_JOB_DOCUMENT']);
    const withVca = { ...dutch, documents: [...dutch.documents!, { kind: 'vca', expiresOn: '2028-01-01' }] };
    expect(dossierStatus(withVca, ASOF, { jobDocuments: ['vca'] }).findings).toEqual([]);
  });
});

describe('privacy statement categories (DOMAIN.md §17)', () => {
  it('a Dutch worker: BSN and bank account held; a contractor: KvK extract and VAT number, no BSN category', () => {
    const d = dossierStatus(dutch, ASOF).dataCategories;
    expect(d.find((c) => c.code === 'bsn')).toMatchObject({ held: true, sensitive: 'bsn' });
    expect(d.find((c) => c.code === 'bank-account')?.held).toBe(true);
    expect(d.find((c) => c.code === 'leave-absence')?.sensitive).toBe('medical');
    const z = dossierStatus({ id: 'Z', name: 'Z', type: 'contractor', registeredAt: '2026-01-01T10:00', kvk: '12345678', vatNumber: 'NL123456789B01' }, ASOF).dataCategories;
    expect(z.map((c) => c.code)).not.toContain('bsn');
    expect(z.find((c) => c.code === 'vat-number')?.held).toBe(true);
  });
});

describe('input at the edge', () => {
  it('a worker record the model cannot read (no kind of worker) is an InvalidInputError', () => {
    expect(() => dossierStatus({ id: 'W', name: 'X', registeredAt: '2026-01-01T10:00' }, ASOF)).toThrow(InvalidInputError);
  });
});
