import { describe, expect, it } from 'vitest';
import {
  DEADLINE_CODES,
  InputError,
  defaultRules,
  payrollCalendar,
  payrollDeadline,
  withOverrides,
  type DeadlineCode,
  type PayrollCalendar,
} from '../../src/index.js';

const get = (cal: PayrollCalendar, code: DeadlineCode) => {
  const d = cal.byCode[code];
  if (!d) throw new Error(`no ${code} in ${cal.weekText}`);
  return d;
};
const withShift = (shift: string) =>
  withOverrides(defaultRules, { layer: 'agency', parameters: { 'policy.holidayShift': shift } });

describe('payrollCalendar: the back-office weekly cycle (DOMAIN.md §1, policy layer)', () => {
  const cal = payrollCalendar('2026-W10');

  it('worked example, work week 2026-W10 (2–8 March 2026)', () => {
    expect(cal.weekText).toBe('2026-W10');
    expect(cal.start.toISO()).toBe('2026-03-02T00:00:00.000+01:00');
    expect(cal.end.toISO()).toBe('2026-03-09T00:00:00.000+01:00');
    // Registration by (the end of) Friday 27 February 2026: Friday before the work week, 24:00.
    expect(get(cal, 'registration')).toMatchObject({ day: '2026-02-27', time: '24:00' });
    expect(get(cal, 'registration').at.toISO()).toBe('2026-02-28T00:00:00.000+01:00');
    expect(get(cal, 'changes')).toMatchObject({ day: '2026-02-27', time: '24:00' });
    // Approved hours by Tuesday 10 March 2026 13:00 (+01:00, winter time).
    expect(get(cal, 'hours').at.toISO()).toBe('2026-03-10T13:00:00.000+01:00');
    // Draft payslips Wednesday 11 March before 12:00; approved before 15:00.
    expect(get(cal, 'draftPayslips').at.toISO()).toBe('2026-03-11T12:00:00.000+01:00');
    expect(get(cal, 'draftApproval').at.toISO()).toBe('2026-03-11T15:00:00.000+01:00');
    // Payroll Wednesday 11 March; wages Thursday 12 March.
    expect(get(cal, 'payrollRun').day).toBe('2026-03-11');
    expect(get(cal, 'payment').day).toBe('2026-03-12');
    // Margin overview by Monday 16 March (aim: Friday of W+1 = 13 March).
    expect(get(cal, 'marginOverview').day).toBe('2026-03-16');
    expect(get(cal, 'marginOverviewAim').day).toBe('2026-03-13');
    // Margin payout Monday afternoon of W+2 (17:00), management report Tuesday afternoon (17:00).
    expect(get(cal, 'marginPayout').at.toISO()).toBe('2026-03-16T17:00:00.000+01:00');
    expect(get(cal, 'managementReport').at.toISO()).toBe('2026-03-17T17:00:00.000+01:00');
  });

  it('lists every step of the cycle once, in time order, with labels, parameter and source', () => {
    expect(cal.deadlines.map((d) => d.code).sort()).toEqual([...DEADLINE_CODES].sort());
    const times = cal.deadlines.map((d) => d.at.toMillis());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const hours = get(cal, 'hours');
    expect(hours.label).toEqual({ nl: 'Goedgekeurde uren, declaraties en boetes aangeleverd', en: 'Approved hours, expense claims and fines delivered' });
    expect(hours.parameter).toBe('policy.hoursDeadline');
    expect(hours.rule).toBe('W+1 Tue 13:00');
    expect(hours.source.layer).toBe('policy');
    expect(hours.source.source).toContain('working agreements');
    expect(hours.moved).toBe(false);
    expect(hours.holiday).toBeUndefined();
    expect(cal.holidayShift).toBe('previous-working-day');
    expect(cal.holidayShiftSource.layer).toBe('policy');
    expect(cal.rulesDate).toBe('2026-03-02');
  });

  it('accepts { year, week } and rejects a week that does not exist', () => {
    expect(payrollCalendar({ year: 2026, week: 10 }).byCode.hours!.at.toISO()).toBe('2026-03-10T13:00:00.000+01:00');
    expect(() => payrollCalendar('2025-W53')).toThrow(InputError);
  });

  it('works for the first week of the shipped policy (2020-W01: its registration Friday 27 December 2019 needs no holiday rule)', () => {
    const cal = payrollCalendar('2020-W01');
    expect(cal.byCode.registration!.day).toBe('2019-12-27');
    expect(cal.byCode.hours!.at.toISO()).toBe('2020-01-07T13:00:00.000+01:00');
  });

  it('follows an agency override of a deadline (withOverrides)', () => {
    const rules = withOverrides(defaultRules, { layer: 'agency', parameters: { 'policy.hoursDeadline': 'W+1 Mon 17:00' } });
    const d = payrollCalendar('2026-W10', rules).byCode.hours!;
    expect(d.at.toISO()).toBe('2026-03-09T17:00:00.000+01:00');
    expect(d.source.layer).toBe('agency');
  });

  it('payrollDeadline gives one step without the others', () => {
    expect(payrollDeadline('2026-W10', 'hours').at.toISO()).toBe('2026-03-10T13:00:00.000+01:00');
    expect(() => payrollDeadline('2026-W10', 'lunch' as DeadlineCode)).toThrow(/"lunch" is unknown/);
  });
});

describe('payrollCalendar across summer time (EU: last Sunday of March and October, Europe/Amsterdam)', () => {
  it('March 2026: clocks go forward on Sunday 29 March (2026-W13)', () => {
    // Work week 2026-W12 (16–22 March): hours Tuesday 24 March 13:00, still winter time (+01:00 = 12:00 UTC).
    const w12 = payrollCalendar('2026-W12');
    expect(w12.byCode.hours!.at.toISO()).toBe('2026-03-24T13:00:00.000+01:00');
    expect(w12.byCode.hours!.at.toUTC().toISO()).toBe('2026-03-24T12:00:00.000Z');
    // Its margin overview on Monday 30 March is after the change: +02:00.
    expect(w12.byCode.marginOverview!.day).toBe('2026-03-30');
    expect(w12.byCode.marginOverview!.at.offset).toBe(120);

    // Work week 2026-W13 (23–29 March): registration end of Friday 20 March = Saturday 00:00 +01:00 (23:00 UTC).
    const w13 = payrollCalendar('2026-W13');
    expect(w13.byCode.registration!.at.toISO()).toBe('2026-03-21T00:00:00.000+01:00');
    expect(w13.byCode.registration!.at.toUTC().toISO()).toBe('2026-03-20T23:00:00.000Z');
    // Hours Tuesday 31 March 13:00 summer time (+02:00 = 11:00 UTC).
    expect(w13.byCode.hours!.at.toISO()).toBe('2026-03-31T13:00:00.000+02:00');
    expect(w13.byCode.hours!.at.toUTC().toISO()).toBe('2026-03-31T11:00:00.000Z');

    // Work week 2026-W14 (30 March – 5 April): registration end of Friday 27 March, before the change.
    const w14 = payrollCalendar('2026-W14');
    expect(w14.byCode.registration!.at.toISO()).toBe('2026-03-28T00:00:00.000+01:00');
    expect(w14.byCode.hours!.at.toISO()).toBe('2026-04-07T13:00:00.000+02:00');
  });

  it('October 2026: clocks go back on Sunday 25 October (2026-W43)', () => {
    // Work week 2026-W42 (12–18 October): hours Tuesday 20 October 13:00 summer time (11:00 UTC).
    const w42 = payrollCalendar('2026-W42');
    expect(w42.byCode.hours!.at.toISO()).toBe('2026-10-20T13:00:00.000+02:00');
    expect(w42.byCode.hours!.at.toUTC().toISO()).toBe('2026-10-20T11:00:00.000Z');
    // Work week 2026-W43 (19–25 October): hours Tuesday 27 October 13:00 winter time (12:00 UTC).
    const w43 = payrollCalendar('2026-W43');
    expect(w43.byCode.registration!.at.toISO()).toBe('2026-10-17T00:00:00.000+02:00');
    expect(w43.byCode.hours!.at.toISO()).toBe('2026-10-27T13:00:00.000+01:00');
    expect(w43.byCode.hours!.at.toUTC().toISO()).toBe('2026-10-27T12:00:00.000Z');
    // Work week 2026-W44 (26 October – 1 November): registration end of Friday 23 October, still +02:00.
    const w44 = payrollCalendar('2026-W44');
    expect(w44.byCode.registration!.at.toISO()).toBe('2026-10-24T00:00:00.000+02:00');
    expect(w44.byCode.registration!.at.toUTC().toISO()).toBe('2026-10-23T22:00:00.000Z');
    expect(w44.byCode.hours!.at.toISO()).toBe('2026-11-03T13:00:00.000+01:00');
  });
});

describe('a deadline on a public holiday (policy.holidayShift; DOMAIN.md §1 and §12)', () => {
  it('Christmas Day 2026 (Friday) is the registration cut-off of work week 2026-W53: each shift policy', () => {
    // Work week 2026-W53 = 28 December 2026 – 3 January 2027; the Friday before it is 25 December.
    const prev = payrollCalendar('2026-W53').byCode.registration!;
    expect(prev.scheduled.day).toBe('2026-12-25');
    expect(prev.holiday?.code).toBe('christmasDay');
    // previous-working-day (default): Thursday 24 December, end of day.
    expect(prev.moved).toBe(true);
    expect(prev.day).toBe('2026-12-24');
    expect(prev.at.toISO()).toBe('2026-12-25T00:00:00.000+01:00');
    expect(prev.note?.en).toBe('2026-12-25 is Christmas Day; moved to the previous working day 2026-12-24');
    expect(prev.note?.nl).toBe('2026-12-25 is Eerste Kerstdag; vervroegd naar de vorige werkdag 2026-12-24');

    // none: stays on Friday 25 December 24:00, and says it is a holiday.
    const none = payrollCalendar('2026-W53', withShift('none')).byCode.registration!;
    expect(none.moved).toBe(false);
    expect(none.day).toBe('2026-12-25');
    expect(none.at.toISO()).toBe('2026-12-26T00:00:00.000+01:00');
    expect(none.holiday?.code).toBe('christmasDay');
    expect(none.note?.en).toBe('2026-12-25 is Christmas Day; not moved (policy.holidayShift = none)');

    // next-working-day: Saturday 26 (Boxing Day) and Sunday 27 are skipped → Monday 28 December, end of day.
    const next = payrollCalendar('2026-W53', withShift('next-working-day')).byCode.registration!;
    expect(next.moved).toBe(true);
    expect(next.day).toBe('2026-12-28');
    expect(next.at.toISO()).toBe('2026-12-29T00:00:00.000+01:00');
  });

  it('Easter Monday 2026 (6 April): the hirer-approval preference of work week 2026-W14 moves to Friday 3 April (Good Friday is no CAO holiday)', () => {
    const d = payrollCalendar('2026-W14').byCode.hirerApproval!;
    expect(d.scheduled.day).toBe('2026-04-06');
    expect(d.holiday?.names.en).toBe('Easter Monday');
    expect(d.day).toBe('2026-04-03');
    expect(payrollCalendar('2026-W14', withShift('next-working-day')).byCode.hirerApproval!.day).toBe('2026-04-07');
    expect(payrollCalendar('2026-W14', withShift('none')).byCode.hirerApproval!.day).toBe('2026-04-06');
    // The hours deadline on Tuesday 7 April is not affected.
    expect(payrollCalendar('2026-W14').byCode.hours!.moved).toBe(false);
  });

  it('Ascension Day 2026 (Thursday 14 May) is the payment day of work week 2026-W19: wages are paid on Wednesday 13 May', () => {
    const cal = payrollCalendar('2026-W19');
    expect(cal.byCode.payment!.scheduled.day).toBe('2026-05-14');
    expect(cal.byCode.payment!.day).toBe('2026-05-13');
    expect(cal.byCode.payment!.holiday?.names.nl).toBe('Hemelvaartsdag');
    // Payroll itself stays on Wednesday 13 May.
    expect(cal.byCode.payrollRun!.day).toBe('2026-05-13');
    expect(cal.byCode.payrollRun!.moved).toBe(false);
  });

  it('King\'s Day 2026 (Monday 27 April): margin overview and payout of work week 2026-W16 move to Friday 24 April, same times', () => {
    const cal = payrollCalendar('2026-W16');
    expect(cal.byCode.marginOverview!.scheduled.day).toBe('2026-04-27');
    expect(cal.byCode.marginOverview!.day).toBe('2026-04-24');
    expect(cal.byCode.marginPayout!.at.toISO()).toBe('2026-04-24T17:00:00.000+02:00');
    // Moving can change the order: the list stays in time order.
    const times = cal.deadlines.map((d) => d.at.toMillis());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
