import { describe, expect, it } from 'vitest';
import { InvalidInputError, defaultRules, sicknessReportOnTime, withOverrides } from '@backofficer/core';
import { codes } from '../contracts/helpers.js';

/*
 * Sick reports (DOMAIN.md §1 policy: before 09:30 on a regular working day, or at least 3 hours
 * before a shift; CAO NBBU art. 25: day 1 before 10:00) and waiting days (DOMAIN.md §7, §11).
 * Times without an offset are Amsterdam wall-clock times.
 */

const report = (reportedAt: string, extra: Record<string, unknown> = {}) => ({ workerId: 'W1', reportedAt, withAgencyClause: true, ...extra });

describe('working-day cut-off: before 09:30 (policy.sicknessReportBefore) and CAO day 1 before 10:00 (sickness.reportBefore)', () => {
  it('Tuesday 2026-03-10: 09:29 is on time; 09:30 is late by the policy (SICKNESS_REPORT_LATE) but on time for the CAO', () => {
    const early = sicknessReportOnTime(report('2026-03-10T09:29'));
    expect(early).toMatchObject({ regime: 'working-day', onTime: true, onTimeCao: true, lateByMinutes: 0, deadline: '2026-03-10T09:30:00+01:00' });
    expect(early.findings).toEqual([]);
    const late = sicknessReportOnTime(report('2026-03-10T09:30'));
    expect(late).toMatchObject({ onTime: false, onTimeCao: true, lateByMinutes: 1 }); // on the deadline: a started minute counts
    expect(codes(late.findings)).toEqual(['SICKNESS_REPORT_LATE']);
  });

  it('Tuesday 2026-03-10 09:31 is 1 minute late; 10:00 is also late for the CAO (SICKNESS_REPORT_LATE_CAO)', () => {
    expect(sicknessReportOnTime(report('2026-03-10T09:31')).lateByMinutes).toBe(1);
    const cao = sicknessReportOnTime(report('2026-03-10T10:00'));
    expect(cao).toMatchObject({ onTime: false, onTimeCao: false, lateByMinutes: 30, caoDeadline: '2026-03-10T10:00:00+01:00' });
    expect(codes(cao.findings)).toEqual(['SICKNESS_REPORT_LATE', 'SICKNESS_REPORT_LATE_CAO']);
    expect(codes(sicknessReportOnTime(report('2026-03-10T09:59')).findings)).not.toContain('SICKNESS_REPORT_LATE_CAO');
  });

  it('sick on Saturday 2026-03-07: the cut-off is the next regular working day, Monday 2026-03-09 09:30', () => {
    const r = sicknessReportOnTime(report('2026-03-09T09:00', { sickFrom: '2026-03-07' }));
    expect(r).toMatchObject({ deadline: '2026-03-09T09:30:00+01:00', onTime: true });
  });

  it('sick on King\'s Day Monday 2026-04-27 (CAO public holiday, DOMAIN.md §12): the cut-off is Tuesday 2026-04-28 09:30 (summer time)', () => {
    expect(sicknessReportOnTime(report('2026-04-27T08:00')).deadline).toBe('2026-04-28T09:30:00+02:00');
  });

  it('a weekend worker (working days 6,7): sick on Saturday 2026-03-07 means Saturday 09:30', () => {
    expect(sicknessReportOnTime(report('2026-03-07T08:00'), { workingDays: '6,7' }).deadline).toBe('2026-03-07T09:30:00+01:00');
  });
});

describe('shift work: at least 3 hours before the shift (policy.sicknessReportHoursBeforeShift), real elapsed time', () => {
  it('shift 2026-03-10 14:00: 11:00 (exactly 3 hours) is on time, 11:01 is 1 minute late', () => {
    const onTime = sicknessReportOnTime(report('2026-03-10T09:00'), { shifts: [{ start: '2026-03-10T14:00' }] });
    expect(onTime).toMatchObject({ regime: 'shift', deadline: '2026-03-10T11:00:00+01:00', onTime: true });
    expect(sicknessReportOnTime(report('2026-03-10T09:00'), { shifts: [{ start: '2026-03-10T14:00' }] }).findings).toEqual([]);
    const exact = sicknessReportOnTime(report('2026-03-10T11:00'), { shifts: [{ start: '2026-03-10T14:00' }] });
    expect(exact.onTime).toBe(true);
    const late = sicknessReportOnTime(report('2026-03-10T11:01'), { shifts: [{ start: '2026-03-10T14:00' }] });
    expect(late).toMatchObject({ onTime: false, lateByMinutes: 1 });
    expect(codes(late.findings)).toContain('SICKNESS_REPORT_LATE');
  });

  it('the CAO still asks for day 1 before 10:00: a report at 10:30 for a 14:00 shift is on time for the policy, late for the CAO', () => {
    const r = sicknessReportOnTime(report('2026-03-10T10:30'), { shifts: [{ start: '2026-03-10T14:00' }] });
    expect(r).toMatchObject({ onTime: true, onTimeCao: false });
    expect(codes(r.findings)).toEqual(['SICKNESS_REPORT_LATE_CAO']);
  });

  it('DST spring 2026-03-29: shift 05:00 summer time (03:00 UTC) − 3 h = 00:00 UTC = 01:00 winter time; 00:59 on time, 01:30 late by 30 minutes', () => {
    // The clock jumps from 02:00 to 03:00; the wall clock would say 02:00, which does not exist that night.
    const shifts = { shifts: [{ start: '2026-03-29T05:00' }] };
    const onTime = sicknessReportOnTime(report('2026-03-29T00:59'), shifts);
    expect(onTime).toMatchObject({ deadline: '2026-03-29T01:00:00+01:00', onTime: true });
    const late = sicknessReportOnTime(report('2026-03-29T01:30'), shifts);
    expect(late).toMatchObject({ onTime: false, lateByMinutes: 30 });
  });

  it('DST autumn 2026-10-25: shift 04:00 winter time (03:00 UTC) − 3 h = 00:00 UTC = 02:00 summer time; 01:59 summer time on time, 02:30 winter time late by 90 minutes', () => {
    // The clock goes back from 03:00 to 02:00: 02:00–03:00 happens twice. Counting on the wall clock
    // (04:00 − 3 = 01:00) would call 01:59 late.
    const shifts = { shifts: [{ start: '2026-10-25T04:00' }] };
    const early = sicknessReportOnTime(report('2026-10-25T01:59:00+02:00'), shifts);
    expect(early).toMatchObject({ deadline: '2026-10-25T02:00:00+02:00', onTime: true });
    const late = sicknessReportOnTime(report('2026-10-25T02:30:00+01:00'), shifts);
    expect(late).toMatchObject({ onTime: false, lateByMinutes: 90 });
  });

  it('a shift on another day than the first day of sickness does not apply: the working-day cut-off does', () => {
    expect(sicknessReportOnTime(report('2026-03-10T08:00'), { shifts: [{ start: '2026-03-11T14:00' }] }).regime).toBe('working-day');
  });
});

describe('waiting days: 2 with agency clause (policy.waitingDays), 1 without (CAO, level1.nl), none in the same case (BW 7:629: less than 4 weeks)', () => {
  it('with agency clause 2, without 1; the contract does not end on sickness (from 2023-07-01)', () => {
    const with_ = sicknessReportOnTime(report('2026-03-10T08:00'));
    expect(with_).toMatchObject({ waitingDays: 2, sameCase: false, contractEndsOnSickness: false });
    expect(sicknessReportOnTime(report('2026-03-10T08:00', { withAgencyClause: 'nee' })).waitingDays).toBe(1);
  });

  it('SICKNESS_SAME_CASE: recovered 2026-03-02, sick again 2026-03-29 (27 days, less than 4 weeks) → 0 waiting days; on 2026-03-30 (28 days) a new case with 2', () => {
    const same = sicknessReportOnTime(report('2026-03-29T08:00', { previousRecoveredOn: '2026-03-02' }));
    expect(same).toMatchObject({ waitingDays: 0, sameCase: true });
    expect(codes(same.findings)).toEqual(['SICKNESS_SAME_CASE']);
    const fresh = sicknessReportOnTime(report('2026-03-30T08:00', { previousRecoveredOn: '2026-03-02' }));
    expect(fresh).toMatchObject({ waitingDays: 2, sameCase: false });
    expect(codes(fresh.findings)).not.toContain('SICKNESS_SAME_CASE');
  });

  it('SICKNESS_WAITING_DAYS_CAPPED: an agency setting 3 waiting days gets the legal maximum 2 (BW 7:629); the default 2 is not capped', () => {
    const rules = withOverrides(defaultRules, { parameters: { 'policy.waitingDays': 3 } });
    const r = sicknessReportOnTime(report('2026-03-10T08:00'), {}, rules);
    expect(r.waitingDays).toBe(2);
    expect(codes(r.findings)).toEqual(['SICKNESS_WAITING_DAYS_CAPPED']);
    expect(codes(sicknessReportOnTime(report('2026-03-10T08:00')).findings)).not.toContain('SICKNESS_WAITING_DAYS_CAPPED');
  });
});

describe('input at the edge', () => {
  it('a report time that is no time, and a missing agency-clause flag, are named in the clerk\'s words', () => {
    try {
      sicknessReportOnTime({ reportedAt: 'gisteren' } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).texts.nl).toContain('ziek gemeld op');
      expect((e as InvalidInputError).texts.nl).toContain('met uitzendbeding');
    }
  });

  it('working days outside 1–7 are refused', () => {
    expect(() => sicknessReportOnTime(report('2026-03-10T08:00'), { workingDays: '0,8' })).toThrow(/weekdays 1 \(Monday\) to 7/);
  });
});
