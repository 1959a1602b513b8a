import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { InputError, effectiveWeekOfChange, formatIsoWeek } from '../../src/index.js';

const week = (at: unknown) => formatIsoWeek(effectiveWeekOfChange(at).week);

describe('effectiveWeekOfChange: "by Friday of week 1 for work in week 2, payroll in week 3" (DOMAIN.md §1, policy.changeCutoff)', () => {
  it('a change on Friday 27 February 2026 23:59 (week 9) meets the cut-off: work week 10, payroll in week 11', () => {
    const r = effectiveWeekOfChange('2026-02-27T23:59');
    expect(r.weekText).toBe('2026-W10');
    expect(r.late).toBe(false);
    expect(r.missed).toBeUndefined();
    // The cut-off is the end of Friday 27 February (Saturday 00:00 +01:00).
    expect(r.cutoff.at.toISO()).toBe('2026-02-28T00:00:00.000+01:00');
    // Work week 10 is paid on Wednesday 11 March, in week 11.
    expect(r.payrollWeekText).toBe('2026-W11');
    expect(r.receivedAt.toISO()).toBe('2026-02-27T23:59:00.000+01:00');
  });

  it('one minute after the cut-off (Saturday 28 February 00:01) it goes to the week after: work week 11, payroll in week 12', () => {
    const r = effectiveWeekOfChange('2026-02-28T00:01');
    expect(r.weekText).toBe('2026-W11');
    expect(r.late).toBe(true);
    expect(r.missed?.at.toISO()).toBe('2026-02-28T00:00:00.000+01:00');
    expect(r.cutoff.at.toISO()).toBe('2026-03-07T00:00:00.000+01:00');
    expect(r.payrollWeekText).toBe('2026-W12');
  });

  it('"by" the cut-off includes the moment itself (Friday 24:00 = Saturday 00:00:00)', () => {
    expect(week('2026-02-28T00:00:00')).toBe('2026-W10');
    expect(week('2026-02-28T00:00:01')).toBe('2026-W11');
  });

  it('a change early in week 10 (Monday 2 March 09:00) applies to week 11', () => {
    const r = effectiveWeekOfChange('2026-03-02T09:00');
    expect(r.weekText).toBe('2026-W11');
    expect(r.late).toBe(false);
  });

  it('reads instants in any zone and as JS Dates, deciding in Europe/Amsterdam', () => {
    // 22:59 UTC on Friday 27 February is 23:59 in Amsterdam: on time.
    expect(week(new Date('2026-02-27T22:59:00Z'))).toBe('2026-W10');
    // 23:01 UTC is Saturday 00:01 in Amsterdam: late.
    expect(week(DateTime.fromISO('2026-02-27T23:01:00Z', { setZone: true }))).toBe('2026-W11');
  });

  it('over summer time: Friday 23 October 2026 23:59 (+02:00) → week 44; Saturday 00:01 → week 45', () => {
    expect(week('2026-10-23T23:59')).toBe('2026-W44');
    expect(week('2026-10-24T00:01')).toBe('2026-W45');
  });

  it('holiday shift: Christmas 2026 moves the cut-off for 2026-W53 to Thursday 24 December; New Year\'s Day moves the one for 2027-W01 to Thursday 31 December', () => {
    // Thursday 24 December 23:30: before the moved cut-off (end of Thursday 24 December).
    const onTime = effectiveWeekOfChange('2026-12-24T23:30');
    expect(onTime.weekText).toBe('2026-W53');
    expect(onTime.cutoff.moved).toBe(true);
    expect(onTime.cutoff.day).toBe('2026-12-24');
    // Christmas Day 10:00: the week-53 cut-off has passed; the next one (Friday 1 January 2027,
    // New Year's Day) moved to Thursday 31 December 24:00.
    const late = effectiveWeekOfChange('2026-12-25T10:00');
    expect(late.weekText).toBe('2027-W01');
    expect(late.late).toBe(true);
    expect(late.cutoff.day).toBe('2026-12-31');
    expect(late.cutoff.holiday?.code).toBe('newYearsDay');
    expect(late.payrollWeekText).toBe('2027-W02');
  });

  it('rejects a value that is no instant', () => {
    expect(() => effectiveWeekOfChange('next Friday')).toThrow(InputError);
    expect(() => effectiveWeekOfChange('next Friday')).toThrow(/changeAt: "next Friday" is not a date and time/);
  });
});
