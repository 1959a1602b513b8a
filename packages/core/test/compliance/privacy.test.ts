import { describe, expect, it } from 'vitest';
import { NoRuleError, PRIVACY_RIGHTS, defaultRules, erasurePlan, exportPlan, retentionUntil, withOverrides, type PrivacyRequestInput } from '@backofficer/core';
import { codes } from '../contracts/helpers.js';

/*
 * Retention and the rights of the privacy statement (DOMAIN.md §17): fiscal records 7 years
 * (counted from the end of the record's calendar year, policy.retention.fiscalCountFrom), camera
 * images at most 4 weeks or until the incident is handled, data without a legal duty not after
 * the employment (policy.retention.otherMonthsAfterEmployment = 0).
 */

describe('retentionUntil: fiscal records 7 years (retention.fiscal.years; DOMAIN.md §17)', () => {
  it('a payslip of 2024-03-14: end of 2024 + 7 years → kept through 2031-12-31', () => {
    expect(retentionUntil({ type: 'payslip', date: '2024-03-14' })).toMatchObject({ basis: 'fiscal', until: '2031-12-31', legalDuty: true });
  });

  it('year boundary: 2024-12-31 → 2031-12-31, 2025-01-01 → 2032-12-31', () => {
    expect(retentionUntil({ type: 'hours', date: '2024-12-31' }).until).toBe('2031-12-31');
    expect(retentionUntil({ type: 'hours', date: '2025-01-01' }).until).toBe('2032-12-31');
  });

  it('an agency counting from the record date: 2024-03-14 + 7 years = 2031-03-14', () => {
    const rules = withOverrides(defaultRules, { parameters: { 'policy.retention.fiscalCountFrom': 'record-date' } });
    expect(retentionUntil({ type: 'payslip', date: '2024-03-14' }, { rules }).until).toBe('2031-03-14');
  });

  it('copy of ID: needed while employed; employment ended 2026-05-31 → end of 2026 + 7 = 2033-12-31', () => {
    const open = retentionUntil({ type: 'id-copy', date: '2024-02-01' });
    expect(open).toMatchObject({ basis: 'fiscal-after-employment', keepWhile: 'employment', legalDuty: true });
    expect(open.until).toBeUndefined();
    expect(retentionUntil({ type: 'id-copy', date: '2024-02-01', employmentEndedOn: '2026-05-31' }).until).toBe('2033-12-31');
  });

  it('records dated before the law table (2024-01-01) need the date whose rules apply: without it a NoRuleError, with asOf 2026-03-02 a date', () => {
    expect(() => retentionUntil({ type: 'payslip', date: '2019-05-01' })).toThrow(NoRuleError);
    expect(retentionUntil({ type: 'payslip', date: '2019-05-01' }, { asOf: '2026-03-02' }).until).toBe('2026-12-31');
  });
});

describe('retentionUntil: camera images at most 4 weeks or until the incident is handled (retention.camera.weeks)', () => {
  it('recorded 2026-03-02: through 2026-03-30; an incident handled 2026-04-20 extends to that day; an open incident keeps them', () => {
    expect(retentionUntil({ type: 'camera', date: '2026-03-02' })).toMatchObject({ basis: 'camera', until: '2026-03-30', legalDuty: false });
    expect(retentionUntil({ type: 'camera', date: '2026-03-02', incidentHandledOn: '2026-04-20' }).until).toBe('2026-04-20');
    expect(retentionUntil({ type: 'camera', date: '2026-03-02', incidentOpen: true })).toMatchObject({ keepWhile: 'incident' });
  });
});

describe('retentionUntil: no legal duty (contact details, job documents, absence)', () => {
  it('contact details: while employed; employment ended 2026-05-31 → through 2026-05-31 (0 months after)', () => {
    expect(retentionUntil({ type: 'contact-details', date: '2024-02-01' })).toMatchObject({ basis: 'no-legal-duty', keepWhile: 'employment', legalDuty: false });
    expect(retentionUntil({ type: 'contact-details', date: '2024-02-01', employmentEndedOn: '2026-05-31' }).until).toBe('2026-05-31');
  });
});

describe('erasurePlan: erase what no legal duty keeps, say what is kept and until when (AVG art. 17; DOMAIN.md §17)', () => {
  // Employment ended 2025-06-30; request handled 2026-03-02.
  const request: PrivacyRequestInput = {
    workerId: 'W-001',
    employmentEndedOn: '2025-06-30',
    records: [
      { id: 'P1', type: 'payslip', date: '2025-06-26' }, // keep through 2032-12-31
      { id: 'I1', type: 'id-copy', date: '2024-02-01' }, // employment ended 2025 → 2032-12-31
      { id: 'K1', type: 'contact-details', date: '2024-02-01' }, // no duty, ended 2025-06-30 → erase
      { id: 'J1', type: 'job-document', date: '2024-02-01' }, // no duty → erase
      { id: 'M1', type: 'camera', date: '2026-01-05' }, // through 2026-02-02 → past → erase
      { id: 'A1', type: 'absence', date: '2025-03-10', medical: true }, // no duty → erase; medical
    ],
  };

  it('keeps P1 and I1 (fiscal, through 2032-12-31), erases K1, J1, M1, A1; PRIVACY_KEPT_UNDER_LEGAL_DUTY, PRIVACY_RETENTION_EXPIRED, PRIVACY_MEDICAL_DATA', () => {
    const p = erasurePlan(request, '2026-03-02');
    expect(p.keep.map((k) => [k.recordId, k.retention.until])).toEqual([['P1', '2032-12-31'], ['I1', '2032-12-31']]);
    expect(p.erase.map((e) => e.recordId)).toEqual(['K1', 'J1', 'M1', 'A1']);
    expect(codes(p.findings).sort()).toEqual(['PRIVACY_KEPT_UNDER_LEGAL_DUTY', 'PRIVACY_MEDICAL_DATA', 'PRIVACY_RETENTION_EXPIRED', 'PRIVACY_RETENTION_EXPIRED', 'PRIVACY_RETENTION_EXPIRED', 'PRIVACY_RETENTION_EXPIRED'].sort());
    expect(p.summary.en).toContain('Kept: payslip P1 (through 2032-12-31), copy of ID I1 (through 2032-12-31)');
    expect(p.rights.map((r) => r.code)).toEqual(['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability']);
  });

  it('no finding codes when nothing is kept, nothing is overdue and no medical data is held', () => {
    const p = erasurePlan({ workerId: 'W-002', records: [{ id: 'K1', type: 'contact-details', date: '2026-01-05', employmentEndedOn: '2026-03-02' }] }, '2026-03-02');
    expect(p.erase.map((e) => e.recordId)).toEqual(['K1']);
    expect(p.findings).toEqual([]);
  });

  it('a worker still employed: the copy of ID (legal duty) and the contact details (needed for the contract) stay, with no end date yet', () => {
    const p = erasurePlan({ workerId: 'W-003', records: [{ id: 'I1', type: 'id-copy', date: '2024-02-01' }, { id: 'K1', type: 'contact-details', date: '2024-02-01' }] }, '2026-03-02');
    expect(p.keep.map((k) => [k.recordId, k.retention.keepWhile, k.retention.legalDuty])).toEqual([['I1', 'employment', true], ['K1', 'employment', false]]);
    expect(p.erase).toEqual([]);
    expect(p.summary.en).toBe('Erased: nothing. Kept: copy of ID I1, contact details K1.');
    expect(codes(p.findings)).toEqual(['PRIVACY_KEPT_UNDER_LEGAL_DUTY']);
  });

  it('camera images of an incident still being handled stay; those of 2026-02-25 without an incident are erased on request (no legal duty)', () => {
    const p = erasurePlan({ workerId: 'W-004', records: [{ id: 'C1', type: 'camera', date: '2026-02-10', incidentOpen: true }, { id: 'C2', type: 'camera', date: '2026-02-25' }] }, '2026-03-02');
    expect(p.keep.map((k) => k.recordId)).toEqual(['C1']);
    expect(p.erase.map((e) => e.recordId)).toEqual(['C2']);
    expect(p.findings).toEqual([]);
  });
});

describe('exportPlan: access (AVG art. 15) and portability (AVG art. 20)', () => {
  it('access lists every record; portability only what the worker provided (not the payslip, not camera images)', () => {
    const p = exportPlan(
      { workerId: 'W-001', records: [{ id: 'P1', type: 'payslip', date: '2025-06-26' }, { id: 'H1', type: 'hours', date: '2025-06-22' }, { id: 'C1', type: 'camera', date: '2026-02-25' }, { id: 'I1', type: 'id-copy', date: '2024-02-01' }] },
      '2026-03-02',
    );
    expect(p.access.map((a) => a.recordId)).toEqual(['P1', 'H1', 'C1', 'I1']);
    expect(p.portability.map((a) => a.recordId)).toEqual(['H1', 'I1']);
    expect(p.formats).toEqual(['json', 'csv']);
    expect(p.findings).toEqual([]);
    expect(PRIVACY_RIGHTS).toHaveLength(6);
  });
});
