import { describe, expect, it } from 'vitest';
import { parseHirerPayProfile, type WorkerInput } from '@backofficer/core';
import { hirer, line, of, placement, profile, run, worker, workWeek } from './helpers.js';

/*
 * What must be in place before the work week: registration by the Friday cut-off
 * (policy.registrationCutoff "W-1 Fri 24:00", DOMAIN.md §1), a valid BSN (DOMAIN.md §16, §2), a
 * complete dossier (dossierStatus, DOMAIN.md §17) and a hirer pay profile that is signed
 * (DOMAIN.md §8). Each once per worker (hirer, placement) and work week, on the first line.
 * Work week 2026-W10: cut-off Friday 27 February 2026 24:00 = Saturday 28 February 00:00.
 */

describe('WORKER_REGISTERED_LATE / HIRER_REGISTERED_LATE (policy.registrationCutoff, Friday 24:00 before the work week)', () => {
  it('registered Friday 27 February 23:59 or at 24:00 exactly (Saturday 00:00) is on time', () => {
    for (const at of ['2026-02-27T23:59', '2026-02-28T00:00']) {
      const r = run(workWeek('2026-03-02'), { workers: [{ ...worker, registeredAt: at }], hirers: [{ ...hirer, registeredAt: at }] });
      expect([...of(r, 'WORKER_REGISTERED_LATE'), ...of(r, 'HIRER_REGISTERED_LATE')], at).toEqual([]);
    }
  });

  it('registered Saturday 28 February 00:01 is late: once per week, on the first line, as a warning', () => {
    const lines = workWeek('2026-03-02');
    const r = run(lines, { workers: [{ ...worker, registeredAt: '2026-02-28T00:01' }], hirers: [{ ...hirer, registeredAt: '2026-02-28T09:40' }] });
    const [w] = of(r, 'WORKER_REGISTERED_LATE');
    expect(of(r, 'WORKER_REGISTERED_LATE')).toHaveLength(1);
    expect(w).toMatchObject({ severity: 'warning', ref: { row: lines[0]!.row, field: 'workerId', week: '2026-W10' }, rule: { parameter: 'policy.registrationCutoff' } });
    expect(w!.message.en).toContain('worker W1 was registered at 2026-02-28 00:01, after the registration cut-off Fri 2026-02-27 24:00 for work week 2026-W10');
    const [h] = of(r, 'HIRER_REGISTERED_LATE');
    expect(h).toMatchObject({ severity: 'warning', ref: { row: lines[0]!.row, hirerId: 'H1' } });
    expect(h!.message.nl).toContain('inlener H1 is ingeschreven op 2026-02-28 09:40, na de inschrijftermijn vr 2026-02-27 24:00');
  });

  it('the next week (cut-off Friday 6 March) is not late for a registration on 28 February', () => {
    const r = run(workWeek('2026-03-09'), { workers: [{ ...worker, registeredAt: '2026-02-28T00:01' }] });
    expect(of(r, 'WORKER_REGISTERED_LATE')).toEqual([]);
  });
});

describe('BSN_INVALID (11-test, DOMAIN.md §16; no advance without a valid BSN, policy.advanceRequiresValidBsn, DOMAIN.md §2)', () => {
  it('a BSN failing the 11-test: an error once per work week, the number masked', () => {
    // 123456789: 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8 − 9 = 156 − 9 = 147 = 11·13 + 4 → not a multiple of 11.
    const r = run([...workWeek('2026-03-02'), ...workWeek('2026-03-09')], { workers: [{ ...worker, bsn: '123456789' }] });
    const found = of(r, 'BSN_INVALID');
    expect(found.map((f) => f.ref.week)).toEqual(['2026-W10', '2026-W11']);
    expect(found[0]!.message.en).toContain('BSN ******789 fails the 11-test');
    expect(JSON.stringify(r)).not.toContain('123456789');
    // The BSN is not reported again as an incomplete dossier.
    expect(of(r, 'DOSSIER_INCOMPLETE')).toEqual([]);
  });

  it('a missing BSN is BSN_INVALID too', () => {
    const { bsn: _, ...noBsn } = worker;
    expect(of(run([line('2026-03-02')], { workers: [noBsn as WorkerInput] }), 'BSN_INVALID')).toHaveLength(1);
  });

  it('a valid BSN (111222333: 9+8+7+12+10+8+9+6−3 = 66 = 6·11), and a contractor without BSN, are not', () => {
    expect(of(run([line('2026-03-02')]), 'BSN_INVALID')).toEqual([]);
    const contractor: WorkerInput = {
      id: 'W1', name: 'ZZP', type: 'contractor', iban: 'NL91ABNA0417164300', registeredAt: '2025-12-01T09:00', kvk: '12345678', vatNumber: 'NL123456789B01',
      documents: [{ kind: 'kvk-extract' }, { kind: 'vat-number' }, { kind: 'insurance', expiresOn: '2030-01-01' }, { kind: 'proof-of-payment' }],
    };
    const r = run([line('2026-03-02')], { workers: [contractor] });
    expect(of(r, 'BSN_INVALID')).toEqual([]);
    expect(of(r, 'DOSSIER_INCOMPLETE')).toEqual([]);
  });
});

describe('DOSSIER_INCOMPLETE (dossierStatus: documents that block payroll, DOMAIN.md §17; advance DOMAIN.md §2)', () => {
  const nonEu: WorkerInput = {
    ...worker,
    type: 'non-eu',
    documents: [...(worker.documents ?? []), { kind: 'residence-permit', expiresOn: '2026-03-03' }, { kind: 'work-permit', expiresOn: '2026-03-03' }],
  };

  it('permits valid through Tuesday 3 March: Monday and Tuesday are fine, Wednesday is blocked (reported once, on that line)', () => {
    const lines = workWeek('2026-03-02');
    const r = run(lines, { workers: [nonEu] });
    const found = of(r, 'DOSSIER_INCOMPLETE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', ref: { row: lines[2]!.row, date: '2026-03-04', field: 'workerId' } });
    expect(found[0]!.message.en).toContain('dossier incomplete on 2026-03-04 (residence permit (expired), work permit (expired)); payroll is blocked, the back-office may pay an advance');
  });

  it('a missing wage-tax form blocks from the first day; a complete dossier does not', () => {
    const noForm = { ...worker, documents: [{ kind: 'id', expiresOn: '2030-01-01' }] } as WorkerInput;
    expect(of(run([line('2026-03-02')], { workers: [noForm] }), 'DOSSIER_INCOMPLETE')[0]!.message.nl).toContain('(loonheffingsverklaring)');
    expect(of(run(workWeek('2026-03-02')), 'DOSSIER_INCOMPLETE')).toEqual([]);
  });

  it('without a valid BSN only the agency may advance', () => {
    const noForm = { ...worker, bsn: '123456789', documents: [{ kind: 'id', expiresOn: '2030-01-01' }] } as WorkerInput;
    expect(of(run([line('2026-03-02')], { workers: [noForm] }), 'DOSSIER_INCOMPLETE')[0]!.message.en).toContain('only the agency may advance');
  });

  it('a worker record the model refuses (no birth date for an employee) is an incomplete dossier in the model’s words, not a crash', () => {
    const { birthDate: _, ...noBirth } = worker;
    const [f] = of(run([line('2026-03-02')], { workers: [noBirth as WorkerInput] }), 'DOSSIER_INCOMPLETE');
    expect(f!.message.en).toMatch(/birth/i);
  });
});

describe('HIRER_PAY_PROFILE_MISSING / HIRER_PAY_PROFILE_UNSIGNED (hirer pay, CAO art. 16; form signed by the hirer, DOMAIN.md §8)', () => {
  it('no profile for the placement’s hirer and job: an error once per placement and week', () => {
    const r = run([...workWeek('2026-03-02'), ...workWeek('2026-03-09')], { hirerPayProfiles: [] });
    const found = of(r, 'HIRER_PAY_PROFILE_MISSING');
    expect(found.map((f) => [f.severity, f.ref.week, f.ref.field])).toEqual([['error', '2026-W10', 'placementId'], ['error', '2026-W11', 'placementId']]);
    expect(found[0]!.message.en).toContain('no hirer pay profile for placement P1 (hirer H1, job Orderpicker) on 2026-03-02');
  });

  it('a profile for another job, or valid only from a later date, is no profile; job names match without case', () => {
    expect(of(run([line('2026-03-02')], { placements: [{ ...placement, job: 'Heftruckchauffeur' }] }), 'HIRER_PAY_PROFILE_MISSING')).toHaveLength(1);
    const later = parseHirerPayProfile({ ...profileInput(), validFrom: '2026-03-03' });
    expect(of(run([line('2026-03-02')], { hirerPayProfiles: [later] }), 'HIRER_PAY_PROFILE_MISSING')).toHaveLength(1);
    expect(of(run([line('2026-03-03')], { hirerPayProfiles: [later] }), 'HIRER_PAY_PROFILE_MISSING')).toEqual([]);
    expect(of(run([line('2026-03-02')], { placements: [{ ...placement, job: ' orderPICKER ' }] }), 'HIRER_PAY_PROFILE_MISSING')).toEqual([]);
  });

  it('the profile the placement names (hirerPayProfileId) wins over the job match', () => {
    const named = parseHirerPayProfile({ ...profileInput(), id: 'HP2', job: 'Anders' });
    const r = run([line('2026-03-02')], { placements: [{ ...placement, hirerPayProfileId: 'HP2' }], hirerPayProfiles: [profile, named] });
    expect(of(r, 'HIRER_PAY_PROFILE_MISSING')).toEqual([]);
    expect(of(run([line('2026-03-02')], { placements: [{ ...placement, hirerPayProfileId: 'HP9' }] }), 'HIRER_PAY_PROFILE_MISSING')).toHaveLength(1);
  });

  it('a profile without signature: the hirer-pay area’s warning, pointing at the first line of the week', () => {
    const unsigned = parseHirerPayProfile({ ...profileInput(), status: { complete: true } });
    const lines = workWeek('2026-03-02');
    const found = of(run(lines, { hirerPayProfiles: [unsigned] }), 'HIRER_PAY_PROFILE_UNSIGNED');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', ref: { row: lines[0]!.row, field: 'placementId', placementId: 'P1', recordId: 'HP1' } });
    expect(found[0]!.message.en).toContain('placement P1: Hirer pay profile H1, Orderpicker: not signed');
  });

  it('a signed profile not marked complete: the hirer-pay area’s HIRER_PAY_PROFILE_INCOMPLETE warning', () => {
    const incomplete = parseHirerPayProfile({ ...profileInput(), status: { complete: false, signedBy: 'P. Hendriks', signedAt: '2024-12-20T10:00', missing: ['toeslagen'] } });
    const found = of(run(workWeek('2026-03-02'), { hirerPayProfiles: [incomplete] }), 'HIRER_PAY_PROFILE_INCOMPLETE');
    expect(found.map((f) => [f.severity, f.ref.recordId])).toEqual([['warning', 'HP1']]);
    expect(found[0]!.message.nl).toContain('ontbreekt: toeslagen');
    expect(of(run(workWeek('2026-03-02')), 'HIRER_PAY_PROFILE_INCOMPLETE')).toEqual([]);
  });

  it('a signed profile gives nothing; without hirerPayProfiles in the context the check is skipped', () => {
    expect(of(run(workWeek('2026-03-02')), 'HIRER_PAY_PROFILE_UNSIGNED')).toEqual([]);
    const r = run(workWeek('2026-03-02'), { hirerPayProfiles: undefined });
    expect([...of(r, 'HIRER_PAY_PROFILE_MISSING'), ...of(r, 'HIRER_PAY_PROFILE_UNSIGNED')]).toEqual([]);
  });
});

function profileInput() {
  return {
    id: 'HP1',
    hirerId: 'H1',
    job: 'Orderpicker',
    validFrom: '2025-01-01',
    scaleWages: [{ from: '2025-01-01', amount: '15.50' }],
    status: { complete: true, signedBy: 'P. Hendriks', signedAt: '2024-12-20T10:00' },
  };
}

describe('dossier answers are shared only between workers whose dossiers are alike (DOMAIN.md §17)', () => {
  it('two workers with the same expired permits but one invalid BSN: both blocked, only the second without back-office advance', () => {
    const docs = [...(worker.documents ?? []), { kind: 'residence-permit', expiresOn: '2026-03-01' }, { kind: 'work-permit', expiresOn: '2026-03-01' }];
    const a: WorkerInput = { ...worker, type: 'non-eu', documents: docs } as WorkerInput;
    const b: WorkerInput = { ...a, id: 'W2', bsn: '123456789' };
    const p2 = { ...placement, id: 'P2', workerId: 'W2' };
    const r = run([line('2026-03-02'), line('2026-03-02', { workerId: 'W2', placementId: 'P2' })], { workers: [a, b], placements: [placement, p2] });
    const found = of(r, 'DOSSIER_INCOMPLETE');
    expect(found.map((f) => f.ref.workerId)).toEqual(['W1', 'W2']);
    expect(found[0]!.message.en).toContain('the back-office may pay an advance');
    expect(found[1]!.message.en).toContain('only the agency may advance');
    expect(of(r, 'BSN_INVALID').map((f) => f.ref.workerId)).toEqual(['W2']);
  });
});
