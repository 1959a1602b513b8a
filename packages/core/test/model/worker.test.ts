import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors/index.js';
import { parseWorker, workerLabels, workerSchema, type WorkerInput } from '../../src/model/index.js';

function failure(input: unknown): InvalidInputError {
  try {
    parseWorker(input);
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

const jan = {
  id: 'W-001',
  name: 'Jan de Vries',
  type: 'dutch',
  birthDate: '2-3-2001',
  bsn: '111222333',
  iban: 'nl91 abna 0417 1643 00',
  registeredAt: '2026-02-27T16:30',
} satisfies WorkerInput;

// Issue 3 §3b: worker (Dutch/EU/non-EU/contractor, birth date, BSN, IBAN, dossier documents with expiry).
describe('worker schema (issue 3 §3b; DOMAIN.md §16, §17)', () => {
  it('normalises what a clerk types: Dutch date, IBAN with spaces, Amsterdam time', () => {
    const w = parseWorker(jan);
    expect(w).toEqual({
      id: 'W-001',
      name: 'Jan de Vries',
      type: 'dutch',
      birthDate: '2001-03-02',
      bsn: '111222333',
      iban: 'NL91ABNA0417164300',
      // 27 Feb 2026 is winter time in Amsterdam: UTC+1
      registeredAt: '2026-02-27T16:30:00+01:00',
      documents: [],
    });
  });

  it('an old 8-digit BSN from a spreadsheet number gets its leading 0 (DOMAIN.md §16)', () => {
    // 012345672: 0+8+14+18+20+20+18+14−2 = 110 = 10×11
    expect(parseWorker({ ...jan, bsn: 12345672 }).bsn).toBe('012345672');
  });

  it('BSN and IBAN may be missing while the dossier is incomplete; empty cells count as missing', () => {
    const w = parseWorker({ ...jan, bsn: '', iban: null });
    expect(w.bsn).toBeUndefined();
    expect(w.iban).toBeUndefined();
  });

  it('an invalid BSN and IBAN: named in the clerk\'s words, never shown in full', () => {
    const e = failure({ ...jan, bsn: '123456789', iban: 'NL91ABNA0417164301' });
    expect(e.texts.en).toBe(
      'worker: 2 problems: 1) BSN: BSN ******789 fails the 11-test (elfproef); 2) IBAN (bank account): IBAN NL************4301 has wrong check digits',
    );
    expect(e.texts.nl).toBe(
      'uitzendkracht: 2 fouten: 1) BSN: BSN ******789 voldoet niet aan de elfproef; 2) IBAN (rekeningnummer): IBAN NL************4301 heeft een onjuist controlegetal',
    );
    expect(e.problems.map((p) => p.code)).toEqual(['BSN_INVALID', 'IBAN_INVALID']);
    const everything = JSON.stringify({ m: e.message, t: e.texts, p: e.problems, i: e.issues });
    expect(everything).not.toContain('123456789');
    expect(everything).not.toContain('0417164301');
  });

  it('a bad birth date is not echoed (personal data)', () => {
    const e = failure({ ...jan, birthDate: '31-2-2001' });
    expect(e.texts.en).toBe('worker: date of birth: "****-**-**" is not a date; expected e.g. 2026-03-02 or 2-3-2026');
    expect(JSON.stringify(e.problems)).not.toContain('2001');
  });

  it('the birth date is required on payroll (minimum wage by age), not for a contractor (AVG data minimisation)', () => {
    const { birthDate: _omitted, ...noBirth } = jan;
    const e = failure(noBirth);
    expect(e.texts.en).toBe('worker: date of birth: missing; expected a date, e.g. 2001-03-02 (needed for the minimum wage by age)');
    const zzp = parseWorker({ id: 7, name: 'Bouwbedrijf Piet', type: "zzp'er", registeredAt: '2026-01-05', kvk: 12345678, vatNumber: 'nl 123456789 b01' });
    expect(zzp).toMatchObject({ id: '7', type: 'contractor', kvk: '12345678', vatNumber: 'NL123456789B01', registeredAt: '2026-01-05T00:00:00+01:00' });
    expect(zzp.birthDate).toBeUndefined();
  });

  it('types: dutch, eu, non-eu, contractor, also in Dutch words', () => {
    expect(parseWorker({ ...jan, type: 'Niet-EU' }).type).toBe('non-eu');
    expect(parseWorker({ ...jan, type: 'EU' }).type).toBe('eu');
    expect(failure({ ...jan, type: 'alien' }).texts.en).toBe(
      'worker: kind of worker: "alien" is not a valid choice; expected one of: dutch, eu, non-eu, contractor',
    );
  });

  it('dossier documents with expiry; kinds in Dutch words too', () => {
    const w = parseWorker({
      ...jan,
      type: 'non-eu',
      documents: [
        { kind: 'Paspoort', number: 'NXC12AB34', expiresOn: '1-6-2030', receivedOn: '2026-02-20' },
        { kind: 'tewerkstellingsvergunning', expiresOn: '2026-12-31' },
        { kind: 'loonheffingsverklaring', receivedOn: '20-2-2026', expiresOn: '' },
      ],
    });
    expect(w.documents).toEqual([
      { kind: 'id', number: 'NXC12AB34', expiresOn: '2030-06-01', receivedOn: '2026-02-20' },
      { kind: 'work-permit', expiresOn: '2026-12-31' },
      { kind: 'wage-tax-form', receivedOn: '2026-02-20' },
    ]);
    const e = failure({ ...jan, documents: [{ kind: 'id' }, { kind: 'rijbewijs' }] });
    expect(e.texts.en).toContain('worker: kind of document (documents no. 2): "rijbewijs" is not a valid choice');
  });

  it('a KvK number of the wrong length', () => {
    expect(failure({ ...jan, type: 'contractor', kvk: '1234' }).texts.en).toBe(
      'worker: KvK number (Chamber of Commerce): A KvK number has 8 digits; this one has 4',
    );
  });

  it('every field has a Dutch and an English label', () => {
    for (const key of Object.keys(workerSchema.shape)) {
      expect(workerLabels[key], key).toBeDefined();
    }
    for (const key of ['documents.kind', 'documents.number', 'documents.expiresOn', 'documents.receivedOn']) {
      expect(workerLabels[key], key).toBeDefined();
    }
  });
});
