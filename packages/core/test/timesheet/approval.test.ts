import { describe, expect, it } from 'vitest';
import { hirer, hoursLine, line, of, run } from './helpers.js';

/*
 * Approval and proof of hours (DOMAIN.md §1, policy.hoursDeadline "W+1 Tue 13:00"): only hours
 * approved by the hirer by Tuesday 13:00 after the work week go into Wednesday's payroll and
 * invoice. Our decision: approved at 13:00 exactly is on time ("by 13:00"), 13:00:01 is late.
 * Work week 2026-W10 → deadline Tuesday 10 March 2026 13:00 (+01:00).
 */

describe('HOURS_NOT_APPROVED (policy.hoursDeadline; invoice on approved hours only)', () => {
  it('status submitted, without asOf: an error (every deadline counts as passed)', () => {
    const [f] = of(run([line('2026-03-06', { status: 'submitted', approvedAt: undefined })]), 'HOURS_NOT_APPROVED');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'status', week: '2026-W10' }, rule: { parameter: 'policy.hoursDeadline' } });
    expect(f!.message.nl).toContain('status ingediend: niet goedgekeurd vóór de urentermijn di 2026-03-10 13:00 (werkweek 2026-W10)');
    expect(f!.message.en).toContain('status submitted: not approved by the hours deadline Tue 2026-03-10 13:00');
  });

  it('asOf Tuesday 10 March 13:00 exactly: still a warning (the deadline is still open); 13:01: an error', () => {
    const l = line('2026-03-06', { status: 'entered', approvedAt: undefined });
    expect(of(run([l], { asOf: '2026-03-10T13:00' }), 'HOURS_NOT_APPROVED')[0]!.severity).toBe('warning');
    expect(of(run([l], { asOf: '2026-03-10T13:00' }), 'HOURS_NOT_APPROVED')[0]!.message.en).toContain('have the hirer approve before the hours deadline Tue 2026-03-10 13:00');
    expect(of(run([l], { asOf: '2026-03-10T13:01' }), 'HOURS_NOT_APPROVED')[0]!.severity).toBe('error');
  });

  it('approved lines are not reported', () => {
    expect(of(run([line('2026-03-06')]), 'HOURS_NOT_APPROVED')).toEqual([]);
  });
});

describe('HOURS_APPROVED_LATE (policy.hoursDeadline: after Tuesday 13:00 the hours go to the next payroll)', () => {
  it('approved Tuesday 10 March 13:00 exactly is on time; 13:00:00+01:00 written with its offset too', () => {
    expect(of(run([line('2026-03-06', { approvedAt: '2026-03-10T13:00' })]), 'HOURS_APPROVED_LATE')).toEqual([]);
    expect(of(run([line('2026-03-06', { approvedAt: '2026-03-10T13:00:00+01:00' })]), 'HOURS_APPROVED_LATE')).toEqual([]);
    expect(of(run([line('2026-03-06', { approvedAt: '2026-03-10T12:00:00Z' })]), 'HOURS_APPROVED_LATE')).toEqual([]);
  });

  it('approved 13:01, or 13:00:01, is late: a warning on the approval time', () => {
    const [f] = of(run([line('2026-03-06', { approvedAt: '2026-03-10T13:01' })]), 'HOURS_APPROVED_LATE');
    expect(f).toMatchObject({ severity: 'warning', ref: { field: 'approvedAt' } });
    expect(f!.message.en).toContain('approved at 2026-03-10 13:01, after the hours deadline Tue 2026-03-10 13:00 (work week 2026-W10); these hours go to the next payroll');
    expect(of(run([line('2026-03-06', { approvedAt: '2026-03-10T13:00:01+01:00' })]), 'HOURS_APPROVED_LATE')).toHaveLength(1);
  });

  it('summer time: work week 2026-W14 (30 March–5 April) → Tuesday 7 April 13:00 CEST (+02:00); 11:00Z is 13:00 local, on time; 11:01Z late', () => {
    expect(of(run([line('2026-04-02', { approvedAt: '2026-04-07T11:00:00Z' })]), 'HOURS_APPROVED_LATE')).toEqual([]);
    expect(of(run([line('2026-04-02', { approvedAt: '2026-04-07T11:01:00Z' })]), 'HOURS_APPROVED_LATE')).toHaveLength(1);
  });

  it('holiday shift (policy.holidayShift previous-working-day): work week 2029-W51 → Tuesday 25 December 2029 is Christmas, so the deadline is Monday 24 December 13:00', () => {
    // 2029-W51 = Monday 17 – Sunday 23 December 2029; W+1 Tuesday = 25 December (Christmas Day, a CAO holiday).
    expect(of(run([line('2029-12-20', { approvedAt: '2029-12-24T13:00' })]), 'HOURS_APPROVED_LATE')).toEqual([]);
    const [f] = of(run([line('2029-12-20', { approvedAt: '2029-12-24T13:01' })]), 'HOURS_APPROVED_LATE');
    expect(f!.message.nl).toContain('na de urentermijn ma 2029-12-24 13:00');
  });

  it('an approval date without a time counts as the start of that day: Tuesday 10 March is on time, Wednesday 11 March late', () => {
    expect(of(run([line('2026-03-06', { approvedAt: '2026-03-10' })]), 'HOURS_APPROVED_LATE')).toEqual([]);
    expect(of(run([line('2026-03-06', { approvedAt: '2026-03-11' })]), 'HOURS_APPROVED_LATE')).toHaveLength(1);
  });
});

describe('HOURS_APPROVAL_UNDATED (policy.hoursDeadline cannot be checked)', () => {
  it('approved without a moment of approval is a warning on approved-at; with one it is not', () => {
    const [f] = of(run([line('2026-03-06', { approvedAt: undefined })]), 'HOURS_APPROVAL_UNDATED');
    expect(f).toMatchObject({ severity: 'warning', ref: { field: 'approvedAt' } });
    expect(of(run([line('2026-03-06')]), 'HOURS_APPROVAL_UNDATED')).toEqual([]);
  });
});

describe('HOURS_REJECTED (hirer approval flow, DOMAIN.md §1)', () => {
  it('a rejected line is info, is not reported as unapproved, and counts in no total', () => {
    const r = run([line('2026-03-06', { status: 'rejected', approvedAt: undefined }), line('2026-03-06', { status: 'rejected', approvedAt: undefined })]);
    expect(of(r, 'HOURS_REJECTED').map((f) => f.severity)).toEqual(['info', 'info']);
    expect(of(r, 'HOURS_NOT_APPROVED')).toEqual([]);
    // Two identical rejected lines are no duplicate; the week has no counted hours (below the 4 fixed hours).
    expect(of(r, 'DUPLICATE_LINE')).toEqual([]);
    expect(of(r, 'BELOW_CONTRACT_HOURS')).toHaveLength(1);
  });

  it('an approved line is not rejected', () => {
    expect(of(run([line('2026-03-06')]), 'HOURS_REJECTED')).toEqual([]);
  });
});

describe('HOURS_PROOF_MISSING (DOMAIN.md §1 proof of hours; §2 an advance is possible)', () => {
  const strict = { hirers: [{ ...hirer, requiresHoursProof: true }] };

  it('a hirer that requires proof, a line without it: an error on the proof field, naming the advance', () => {
    const [f] = of(run([line('2026-03-05', { proof: false })], strict), 'HOURS_PROOF_MISSING');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'proof', hirerId: 'H1' } });
    expect(f!.message.nl).toContain('een voorschot is mogelijk');
    expect(of(run([hoursLine('2026-03-05', 8, { proof: undefined })], { hirers: [{ ...hirer, requiresHoursProof: 'ja' }] }), 'HOURS_PROOF_MISSING')).toHaveLength(1);
  });

  it('with proof, or at a hirer that does not require it, nothing', () => {
    expect(of(run([line('2026-03-05', { proof: true })], strict), 'HOURS_PROOF_MISSING')).toEqual([]);
    expect(of(run([line('2026-03-05', { proof: false })]), 'HOURS_PROOF_MISSING')).toEqual([]);
  });
});
