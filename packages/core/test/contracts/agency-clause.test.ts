import { describe, expect, it } from 'vitest';
import { InvalidInputError, agencyClauseEnds } from '@backofficer/core';
import { codes, everyWeek } from './helpers.js';

/*
 * The agency clause (uitzendbeding, BW 7:691 lid 2; DOMAIN.md §7): phase A only; the contract
 * ends when the hirer ends the assignment; notice of 10 calendar days after more than 26 worked
 * weeks (jex.nl "meer dan 26 gewerkte weken", randstad.nl "vanaf week 27"); on sickness only
 * before 2023-07-01 (Hoge Raad ECLI:NL:HR:2023:426, CAO change).
 */

const clause = { id: 'C1', start: '2025-09-01', kind: 'agency-clause', hirerId: 'H1' } as const;

describe('agency clause and sickness (Hoge Raad 17-03-2023 ECLI:NL:HR:2023:426; CAO from 2023-07-01)', () => {
  it('sick on 2023-06-30: the old rule ends the contract on the day of the sick report (AGENCY_CLAUSE_ENDS_ON_SICKNESS)', () => {
    const r = agencyClauseEnds({ contract: { ...clause, start: '2023-01-02' }, event: { kind: 'sickness', sickFrom: '2023-06-30' } });
    expect(r).toMatchObject({ applies: true, ends: true, endsOn: '2023-06-30', reason: 'sickness' });
    expect(codes(r.findings)).toEqual(['AGENCY_CLAUSE_ENDS_ON_SICKNESS']);
    expect(r.rule.parameter).toBe('agencyClause.endsOnSickness');
  });

  it('sick on 2023-07-01: the contract continues during sickness (AGENCY_CLAUSE_CONTINUES_DURING_SICKNESS, not …ENDS…)', () => {
    const r = agencyClauseEnds({ contract: { ...clause, start: '2023-01-02' }, event: { kind: 'ziekte', sickFrom: '2023-07-01' } });
    expect(r).toMatchObject({ applies: true, ends: false, reason: 'continues-during-sickness' });
    expect(r.endsOn).toBeUndefined();
    expect(codes(r.findings)).toEqual(['AGENCY_CLAUSE_CONTINUES_DURING_SICKNESS']);
    expect(r.message.en).toContain('continues until the hirer ends the assignment');
  });
});

describe('notice when the hirer ends the assignment (CAO termijn van kennisgeving: 10 days after more than 26 worked weeks)', () => {
  it('26 worked weeks: no notice; the contract ends on the hirer\'s last day, nothing to pay (no AGENCY_CLAUSE_NOTICE_SHORT)', () => {
    const r = agencyClauseEnds({
      contract: clause,
      assignmentWorkedWeeks: 26,
      event: { kind: 'hirer-ends-assignment', notifiedOn: '2026-03-02', assignmentEndsOn: '2026-03-06' },
    });
    expect(r).toMatchObject({ applies: true, ends: true, endsOn: '2026-03-06', noticeRequired: false, noticeDays: 0, compensationDays: 0 });
    expect(codes(r.findings)).toEqual([]);
  });

  it('27 worked weeks, notified 2026-03-02 for 2026-03-06: notice runs to 2026-03-12, 6 days to pay (AGENCY_CLAUSE_NOTICE_SHORT)', () => {
    // Notice 10 calendar days: 2026-03-02 + 10 = 2026-03-12. Given: 2026-03-02 → 03-06 = 4 days.
    // Missing: 2026-03-06 → 03-12 = 6 days of wage (or suitable work).
    const r = agencyClauseEnds({
      contract: clause,
      assignmentWorkedWeeks: 27,
      event: { kind: 'hirer-ends-assignment', notifiedOn: '2026-03-02', assignmentEndsOn: '2026-03-06' },
    });
    expect(r).toMatchObject({ ends: true, endsOn: '2026-03-06', noticeRequired: true, noticeDays: 10, noticeGivenDays: 4, earliestEndWithNotice: '2026-03-12', compensationDays: 6 });
    expect(codes(r.findings)).toEqual(['AGENCY_CLAUSE_NOTICE_SHORT']);
  });

  it('27 worked weeks, exactly 10 days\' notice (2026-03-02 → 2026-03-12): nothing to pay; 9 days (→ 03-11): 1 day to pay', () => {
    const end = (assignmentEndsOn: string) =>
      agencyClauseEnds({ contract: clause, assignmentWorkedWeeks: 27, event: { kind: 'hirer-ends-assignment', notifiedOn: '2026-03-02', assignmentEndsOn } });
    expect(end('2026-03-12')).toMatchObject({ compensationDays: 0, findings: [] });
    expect(end('2026-03-11').compensationDays).toBe(1);
  });

  it('worked weeks counted from the hours of the assignment: 27 weeks from 2025-W36 (Mon 2025-09-01) by 2026-03-06', () => {
    // 2025-W36 … 2025-W52 = 17 weeks, 2026-W01 … W10 = 10 weeks: 27. 2026-W10 starts Mon 2026-03-02.
    const r = agencyClauseEnds({
      contract: clause,
      work: everyWeek('2025-W36', 27),
      event: { kind: 'hirer-ends-assignment', notifiedOn: '2026-03-02', assignmentEndsOn: '2026-03-06' },
    });
    expect(r.assignmentWorkedWeeks).toBe(27);
    expect(r.noticeDays).toBe(10);
  });
});

describe('when the clause cannot be invoked (AGENCY_CLAUSE_NOT_APPLICABLE)', () => {
  it('a fixed-term contract without clause', () => {
    const r = agencyClauseEnds({
      contract: { start: '2025-09-01', end: '2025-12-31', kind: 'fixed-term' },
      event: { kind: 'hirer-ends-assignment', notifiedOn: '2025-10-01', assignmentEndsOn: '2025-10-03' },
    });
    expect(r).toMatchObject({ applies: false, ends: false, reason: 'no-agency-clause' });
    expect(codes(r.findings)).toEqual(['AGENCY_CLAUSE_NOT_APPLICABLE']);
  });

  it('a worker in NBBU phase 3 (= B): the message uses the NBBU names', () => {
    const r = agencyClauseEnds({ cao: 'NBBU', contract: clause, phase: '3', event: { kind: 'sickness', sickFrom: '2025-10-01' } });
    expect(r).toMatchObject({ applies: false, reason: 'not-phase-A' });
    expect(r.message.nl).toContain('fase 3');
    expect(r.message.nl).toContain('fase 1-2');
  });

  it('phase A with a clause is applicable (no AGENCY_CLAUSE_NOT_APPLICABLE)', () => {
    const r = agencyClauseEnds({ contract: clause, phase: 'A', event: { kind: 'sickness', sickFrom: '2025-10-01' } });
    expect(codes(r.findings)).not.toContain('AGENCY_CLAUSE_NOT_APPLICABLE');
  });
});

describe('input at the edge', () => {
  it('the hirer\'s last day before the notification is refused', () => {
    expect(() =>
      agencyClauseEnds({ contract: clause, event: { kind: 'hirer-ends-assignment', notifiedOn: '2026-03-10', assignmentEndsOn: '2026-03-06' } }),
    ).toThrow(InvalidInputError);
  });

  it('a missing date names the field in both languages', () => {
    try {
      agencyClauseEnds({ contract: clause, event: { kind: 'hirer-ends-assignment', notifiedOn: '2026-03-02' } });
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).texts.nl).toContain('laatste dag opdracht');
      expect((e as InvalidInputError).texts.en).toContain('last day of the assignment');
    }
  });
});
