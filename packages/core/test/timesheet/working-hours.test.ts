import { describe, expect, it } from 'vitest';
import { defaultRules, withOverrides, type WorkerInput } from '@backofficer/core';
import { hoursLine, line, of, run, worker, workWeek } from './helpers.js';

/*
 * Working Hours Act (Arbeidstijdenwet, DOMAIN.md §9; figures atw.* in the rule tables, law
 * layer): 12 h per shift (art. 5:7), 60 h per week (art. 5:7), 55 h average over 4 weeks and
 * 48 h over 16 (art. 5:7), 11 h daily rest, once per 7 × 24 h 8 h (art. 5:3), breaks of 30 min
 * after 5,5 h and 45 min after 10 h (art. 5:4), night shifts (art. 5:8), ages 16–17.
 * Working time excludes breaks.
 */

describe('ATW_SHIFT_TOO_LONG (ATW art. 5:7, atw.maxShiftHours = 12)', () => {
  it('06:00–18:45 with 45 minutes break is 12:00 of work exactly: allowed', () => {
    // 18:45 − 06:00 = 12:45 = 765 min; − 45 = 720 min = 12:00.
    expect(of(run([line('2026-03-05', { start: '06:00', end: '18:45', breakMinutes: 45 })]), 'ATW_SHIFT_TOO_LONG')).toEqual([]);
  });

  it('06:00–18:46 with 45 minutes break is 12:01: an error on the end time', () => {
    const [f] = of(run([line('2026-03-05', { start: '06:00', end: '18:46', breakMinutes: 45 })]), 'ATW_SHIFT_TOO_LONG');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'end' }, rule: { parameter: 'atw.maxShiftHours' } });
    expect(f!.message.en).toBe('Row ' + f!.ref.row + ', end time: shift 2026-03-05 06:00–18:46: 12:01 hours of working time, more than 12:00 hours per shift (Working Hours Act art. 5:7)');
  });

  it('two lines of one day with a lunch gap are one shift: 06:00–12:00 and 12:30–19:00 is 12:30 of work, reported on the line that passes 12 h', () => {
    const a = line('2026-03-05', { start: '06:00', end: '12:00', breakMinutes: 0 });
    const b = line('2026-03-05', { start: '12:30', end: '19:00', breakMinutes: 15 });
    // 6:00 + 6:30 − 0:15 = 12:15 > 12:00; breaks 30 (gap) + 15 = 45 minutes ≥ 45 needed over 10 h.
    const r = run([a, b]);
    expect(of(r, 'ATW_SHIFT_TOO_LONG').map((f) => f.ref.row)).toEqual([b.row]);
    expect(of(r, 'ATW_BREAK_TOO_SHORT')).toEqual([]);
  });

  it('an hours-only line of 12,5 hours is too long, of 12 hours not', () => {
    expect(of(run([hoursLine('2026-03-05', 12.5)]), 'ATW_SHIFT_TOO_LONG')[0]!.ref.field).toBe('hours');
    expect(of(run([hoursLine('2026-03-05', 12)]), 'ATW_SHIFT_TOO_LONG')).toEqual([]);
  });

  it('a contractor (zzp) is no employee: no Working Hours Act findings', () => {
    const contractor: WorkerInput = { ...worker, type: 'contractor', bsn: undefined, birthDate: undefined };
    const r = run([line('2026-03-05', { start: '05:00', end: '23:00', breakMinutes: 0 })], { workers: [contractor] });
    expect(r.findings.filter((f) => f.code.startsWith('ATW_'))).toEqual([]);
  });
});

describe('ATW_BREAK_TOO_SHORT (ATW art. 5:4: 30 min when working more than 5,5 h, 45 min when more than 10 h)', () => {
  it('08:00–13:30 without break is 5:30 exactly: no break needed', () => {
    expect(of(run([line('2026-03-02', { start: '08:00', end: '13:30', breakMinutes: 0 })]), 'ATW_BREAK_TOO_SHORT')).toEqual([]);
  });

  it('08:00–13:31 without break is 5:31: 30 minutes needed, an error on the break', () => {
    const [f] = of(run([line('2026-03-02', { start: '08:00', end: '13:31', breakMinutes: 0 })]), 'ATW_BREAK_TOO_SHORT');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'breakMinutes' }, rule: { parameter: 'atw.break.minutes' } });
    expect(f!.message.en).toContain('5:31 hours of working time with a 0-minute break; more than 5:30 hours needs at least 30 minutes');
  });

  it('05:00–13:30 with 15 minutes is 8:15 of work: 15 < 30, an error; with 30 minutes fine', () => {
    expect(of(run([line('2026-03-03', { start: '05:00', end: '13:30', breakMinutes: 15 })]), 'ATW_BREAK_TOO_SHORT')).toHaveLength(1);
    expect(of(run([line('2026-03-03', { start: '05:00', end: '13:30', breakMinutes: 30 })]), 'ATW_BREAK_TOO_SHORT')).toEqual([]);
  });

  it('10:00 of work with 30 minutes is enough (06:00–16:30); 10:01 needs 45 (06:00–16:31 with 30 → error)', () => {
    expect(of(run([line('2026-03-03', { start: '06:00', end: '16:30', breakMinutes: 30 })]), 'ATW_BREAK_TOO_SHORT')).toEqual([]);
    const [f] = of(run([line('2026-03-03', { start: '06:00', end: '16:31', breakMinutes: 30 })]), 'ATW_BREAK_TOO_SHORT');
    expect(f!.rule).toMatchObject({ parameter: 'atw.break.longMinutes' });
    expect(f!.message.en).toContain('more than 10:00 hours needs at least 45 minutes');
  });
});

describe('ATW_REST_TOO_SHORT / ATW_REST_SHORTENED (ATW art. 5:3: 11 h uninterrupted rest in 24 h; once per 7 × 24 h 8 h)', () => {
  it('rest of exactly 11:00 (14:30–23:00, next day 10:00–18:30) is enough', () => {
    const r = run([line('2026-03-02', { start: '14:30', end: '23:00' }), line('2026-03-03', { start: '10:00', end: '18:30' })]);
    expect([...of(r, 'ATW_REST_TOO_SHORT'), ...of(r, 'ATW_REST_SHORTENED')]).toEqual([]);
  });

  it('10:59 of rest is a shortened rest: info the first time in 7 × 24 h, on the next shift’s start', () => {
    const a = line('2026-03-02', { start: '14:30', end: '23:00' });
    const b = line('2026-03-03', { start: '09:59', end: '18:29' });
    const r = run([a, b]);
    const [f] = of(r, 'ATW_REST_SHORTENED');
    expect(f).toMatchObject({ severity: 'info', ref: { row: b.row, otherRow: a.row, field: 'start' } });
    expect(f!.message.en).toContain('10:59 hours of rest between shift 2026-03-02 14:30–23:00');
    expect(of(r, 'ATW_REST_TOO_SHORT')).toEqual([]);
  });

  it('a second shortened rest within 7 × 24 hours is an error; under 8 hours always', () => {
    // Monday 14:30–23:00 → Tuesday 07:30 (8:30 rest, shortened once); Wednesday 14:30–23:00 → Thursday 07:30 (8:30 again).
    const lines = [
      line('2026-03-02', { start: '14:30', end: '23:00' }),
      line('2026-03-03', { start: '07:30', end: '16:00' }),
      line('2026-03-04', { start: '14:30', end: '23:00' }),
      line('2026-03-05', { start: '07:30', end: '16:00' }),
    ];
    const r = run(lines);
    expect(of(r, 'ATW_REST_SHORTENED').map((f) => f.ref.row)).toEqual([lines[1]!.row]);
    const [f] = of(r, 'ATW_REST_TOO_SHORT');
    expect(f).toMatchObject({ severity: 'error', ref: { row: lines[3]!.row, otherRow: lines[2]!.row } });
    expect(f!.message.en).toContain('already shortened within the last 7 × 24 hours');
    const under8 = run([line('2026-03-02', { start: '14:30', end: '23:00' }), line('2026-03-03', { start: '06:59', end: '15:29' })]);
    expect(of(under8, 'ATW_REST_TOO_SHORT')[0]!.message.en).toContain('less than 8:00 hours');
  });

  it('a shift spanning more than 13 hours leaves less than 11 hours of rest in its 24 hours even without a next shift', () => {
    // 06:00–19:30 with 1:30 break: 12:00 worked; 24 h from 06:00 ends 06:00 next day; rest 19:30 → 06:00 = 10:30 (shortened, info).
    expect(of(run([line('2026-03-02', { start: '06:00', end: '19:30', breakMinutes: 90 })]), 'ATW_REST_SHORTENED')).toHaveLength(1);
  });
});

describe('ATW_WEEK_TOO_LONG (ATW art. 5:7, atw.maxWeekHours = 60, week from atw.weekStart = Monday)', () => {
  it('six shifts 06:00–17:15 with 45 minutes = 6 × 10:30 = 63:00: an error on the shift that passes 60 h', () => {
    const lines = ['02', '03', '04', '05', '06', '07'].map((d) => line(`2026-03-${d}`, { start: '06:00', end: '17:15', breakMinutes: 45 }));
    const found = of(run(lines), 'ATW_WEEK_TOO_LONG');
    // Running total: 10:30, 21:00, 31:30, 42:00, 52:30, 63:00 → the sixth line passes 60:00.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', ref: { row: lines[5]!.row, field: 'end' } });
    expect(found[0]!.message.en).toContain('with this line 63:00 hours of working time in the week 2026-03-02 – 2026-03-08, more than 60:00 hours per week');
  });

  it('60:00 exactly is allowed (five shifts of 12:00: 06:00–18:45 with 45 minutes)', () => {
    const lines = ['02', '03', '04', '05', '06'].map((d) => line(`2026-03-${d}`, { start: '06:00', end: '18:45', breakMinutes: 45 }));
    expect(of(run(lines), 'ATW_WEEK_TOO_LONG')).toEqual([]);
  });

  it('a night shift from Sunday into Monday counts in both weeks by elapsed time', () => {
    // Mon–Sat 10:00 each = 60:00; Sunday 8 March 20:00 → Monday 04:00 without break: 4:00 on Sunday, 4:00 on Monday.
    const lines = ['02', '03', '04', '05', '06', '07'].map((d) => line(`2026-03-${d}`, { start: '06:00', end: '16:30', breakMinutes: 30 }));
    const sunday = line('2026-03-08', { start: '20:00', end: '04:00', breakMinutes: 0 });
    const found = of(run([...lines, sunday]), 'ATW_WEEK_TOO_LONG');
    expect(found.map((f) => f.ref.row)).toEqual([sunday.row]);
    expect(found[0]!.message.en).toContain('64:00 hours');
  });
});

describe('ATW_AVG_4_WEEKS_TOO_HIGH / ATW_AVG_16_WEEKS_TOO_HIGH (ATW art. 5:7: 55 h average over 4 weeks, 48 h over 16)', () => {
  const fiveTimes = (monday: string, end: string) =>
    workWeek(monday, { start: '06:00', end, breakMinutes: 45 });

  it('four weeks of 5 × 11:00 = 55:00 average exactly: allowed; with one more hour in the last week: an error', () => {
    // 06:00–17:45 − 45 min = 11:00; 5 × 11:00 = 55:00 per week; 4 × 55 = 220:00 = the limit.
    const weeks = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].flatMap((m) => fiveTimes(m, '17:45'));
    expect(of(run(weeks), 'ATW_AVG_4_WEEKS_TOO_HIGH')).toEqual([]);
    const extra = line('2026-03-28', { start: '08:00', end: '09:00', breakMinutes: 0 });
    const [f] = of(run([...weeks, extra]), 'ATW_AVG_4_WEEKS_TOO_HIGH');
    expect(f).toMatchObject({ severity: 'error', ref: { row: extra.row } });
    // 221:00 / 4 = 55:15 per week.
    expect(f!.message.en).toContain('on average 55:15 hours per week over the 4 weeks 2026-03-02 – 2026-03-29 (221:00 hours)');
  });

  it('the average is only checked over weeks the timesheet covers: three heavy weeks alone are no finding', () => {
    const weeks = ['2026-03-02', '2026-03-09', '2026-03-16'].flatMap((m) => fiveTimes(m, '18:45'));
    expect(of(run(weeks), 'ATW_AVG_4_WEEKS_TOO_HIGH')).toEqual([]);
  });

  it('16 weeks of 5 × 9:40 = 48:20 per week: over 48 on average, one finding for the run', () => {
    // 06:00–16:25 − 45 = 9:40; × 5 = 48:20 per week; 16 weeks = 773:20 > 768:00.
    const mondays = Array.from({ length: 16 }, (_, k) => new Date(Date.UTC(2026, 0, 5) + k * 7 * 86_400_000).toISOString().slice(0, 10));
    const r = run(mondays.flatMap((m) => fiveTimes(m, '16:25')));
    const found = of(r, 'ATW_AVG_16_WEEKS_TOO_HIGH');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toContain('on average 48:20 hours per week over the 16 weeks 2026-01-05 – 2026-04-26');
    expect(of(r, 'ATW_AVG_4_WEEKS_TOO_HIGH')).toEqual([]);
    // 5 × 9:36 = 48:00 per week exactly: no finding.
    expect(of(run(mondays.flatMap((m) => fiveTimes(m, '16:21'))), 'ATW_AVG_16_WEEKS_TOO_HIGH')).toEqual([]);
  });
});

describe('night shifts (ATW art. 5:8: more than 1 h of work between 00:00 and 06:00)', () => {
  it('ATW_NIGHT_SHIFT_TOO_LONG: night shifts of 11:00 (19:00–06:45 with 45 minutes) are allowed 5 times in 14 × 24 h; the 6th is an error', () => {
    // Every other day, so the 14 h rest after a night ending after 02:00 is kept: 06:45 → 19:00 two days later = 36:15.
    // 19:00 → 06:45 = 11:45 elapsed; − 45 min = 11:00 worked: over 10 h, within the extended 12 h.
    const spaced = ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-08', '2026-03-10', '2026-03-12'].map((d) =>
      line(d, { start: '19:00', end: '06:45', breakMinutes: 45 }),
    );
    const r = run(spaced);
    const found = of(r, 'ATW_NIGHT_SHIFT_TOO_LONG');
    expect(found.map((f) => f.ref.row)).toEqual([spaced[5]!.row]);
    expect(found[0]!.message.en).toContain('this is long night shift no. 6 within 14 × 24 hours, 5 are allowed');
    expect(of(run(spaced.slice(0, 5)), 'ATW_NIGHT_SHIFT_TOO_LONG')).toEqual([]);
  });

  it('a night shift of 10:00 exactly (20:00–06:30 with 30 minutes) is never counted as long', () => {
    const spaced = ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-08', '2026-03-10', '2026-03-12'].map((d) =>
      line(d, { start: '20:00', end: '06:30', breakMinutes: 30 }),
    );
    expect(of(run(spaced), 'ATW_NIGHT_SHIFT_TOO_LONG')).toEqual([]);
  });

  it('ATW_NIGHT_REST_TOO_SHORT: after a night shift ending after 02:00, 14:00 of rest is enough and 13:59 is not', () => {
    const night = line('2026-03-02', { start: '22:00', end: '06:00' });
    expect(of(run([night, line('2026-03-03', { start: '20:00', end: '23:00', breakMinutes: 0 })]), 'ATW_NIGHT_REST_TOO_SHORT')).toEqual([]);
    const next = line('2026-03-03', { start: '19:59', end: '23:00', breakMinutes: 0 });
    const [f] = of(run([night, next]), 'ATW_NIGHT_REST_TOO_SHORT');
    expect(f).toMatchObject({ severity: 'error', ref: { row: next.row, otherRow: night.row }, rule: { parameter: 'atw.night.restAfterLateEndHours' } });
    expect(f!.message.en).toContain('13:59 hours of rest');
  });

  it('a night shift ending at 02:00 (18:00–02:00, 2 hours in the night window) needs only the 11-hour daily rest', () => {
    const r = run([line('2026-03-02', { start: '18:00', end: '02:00' }), line('2026-03-03', { start: '13:00', end: '21:30' })]);
    expect(of(r, 'ATW_NIGHT_REST_TOO_SHORT')).toEqual([]);
    expect(of(r, 'ATW_REST_TOO_SHORT')).toEqual([]);
  });

  it('after 3 night shifts in a row, the next shift that is no night shift starts 46 hours later at the earliest', () => {
    const nights = ['02', '03', '04'].map((d) => line(`2026-03-${d}`, { start: '22:00', end: '06:00' }));
    // Last night ends Thursday 5 March 06:00; + 46 h = Saturday 7 March 04:00. A shift 04:00–05:00 has 1:00 in the
    // night window (not more than 1 h), so it is no night shift and does not continue the series.
    const [f] = of(run([...nights, line('2026-03-07', { start: '03:59', end: '04:59', breakMinutes: 0 })]), 'ATW_NIGHT_REST_TOO_SHORT');
    expect(f!.rule).toMatchObject({ parameter: 'atw.night.restAfterSeriesHours' });
    expect(f!.message.en).toContain('after 3 night shifts in a row');
    expect(f!.message.en).toContain('45:59 hours of rest');
    expect(of(run([...nights, line('2026-03-07', { start: '04:00', end: '05:00', breakMinutes: 0 })]), 'ATW_NIGHT_REST_TOO_SHORT')).toEqual([]);
    // Two nights are no series: Friday 18:00 (36 h after Thursday 06:00) is enough after the 14 h night rest.
    expect(of(run([...nights.slice(1), line('2026-03-06', { start: '18:00', end: '23:00', breakMinutes: 0 })]), 'ATW_NIGHT_REST_TOO_SHORT')).toEqual([]);
  });

  it('a 2026-03-28 night over the spring DST change is 7 real hours, still a night shift', () => {
    const r = run([line('2026-03-28', { start: '22:00', end: '06:00' }), line('2026-03-29', { start: '19:00', end: '23:00', breakMinutes: 0 })]);
    // Ends 06:00 CEST; next at 19:00: 13 h < 14 h.
    expect(of(r, 'ATW_NIGHT_REST_TOO_SHORT')[0]!.message.en).toContain('13:00 hours of rest');
  });
});

describe('ages 16–17 (Working Hours Act for young workers: atw.youth.*)', () => {
  const young: WorkerInput = { ...worker, birthDate: '2009-03-04' }; // turns 17 on 2026-03-04, 18 on 2027-03-04

  it('ATW_YOUTH_NIGHT_WORK: a 17-year-old on a night shift is an error; the same shift after the 18th birthday is not', () => {
    const [f] = of(run([line('2026-03-02', { start: '22:00', end: '06:00' })], { workers: [young] }), 'ATW_YOUTH_NIGHT_WORK');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'start' }, rule: { parameter: 'atw.youth.nightWorkAllowed' } });
    const adult: WorkerInput = { ...worker, birthDate: '2008-03-02' }; // 18 on 2026-03-02
    expect(of(run([line('2026-03-02', { start: '22:00', end: '06:00' })], { workers: [adult] }), 'ATW_YOUTH_NIGHT_WORK')).toEqual([]);
    expect(of(run([line('2026-03-02', { start: '22:00', end: '06:00' })], { workers: [{ ...worker, birthDate: '2008-03-03' }] }), 'ATW_YOUTH_NIGHT_WORK')).toHaveLength(1);
  });

  it('9 hours per shift: 08:00–17:30 with 30 minutes is 9:00 (allowed), 08:00–17:31 is 9:01 (error)', () => {
    expect(of(run([line('2026-03-02', { start: '08:00', end: '17:30' })], { workers: [young] }), 'ATW_SHIFT_TOO_LONG')).toEqual([]);
    const [f] = of(run([line('2026-03-02', { start: '08:00', end: '17:31' })], { workers: [young] }), 'ATW_SHIFT_TOO_LONG');
    expect(f!.rule).toMatchObject({ parameter: 'atw.youth.maxShiftHours' });
  });

  it('a break after 4,5 hours: 08:00–12:30 without break is allowed, 08:00–12:31 is not', () => {
    expect(of(run([line('2026-03-02', { start: '08:00', end: '12:30', breakMinutes: 0 })], { workers: [young] }), 'ATW_BREAK_TOO_SHORT')).toEqual([]);
    expect(of(run([line('2026-03-02', { start: '08:00', end: '12:31', breakMinutes: 0 })], { workers: [young] }), 'ATW_BREAK_TOO_SHORT')).toHaveLength(1);
  });

  it('45 hours per week: 5 × 9:00 = 45:00 allowed; one more hour on Saturday is an error', () => {
    const week = workWeek('2026-03-02', { start: '08:00', end: '17:30' });
    expect(of(run(week, { workers: [young] }), 'ATW_WEEK_TOO_LONG')).toEqual([]);
    const sat = line('2026-03-07', { start: '10:00', end: '11:00', breakMinutes: 0 });
    expect(of(run([...week, sat], { workers: [young] }), 'ATW_WEEK_TOO_LONG')[0]!.rule).toMatchObject({ parameter: 'atw.youth.maxWeekHours' });
  });
});

describe('rule overrides reach the checks (law → CAO → policy → agency → placement)', () => {
  it('an agency override of atw.maxShiftHours to 10 makes 10:01 too long', () => {
    const rules = withOverrides(defaultRules, { layer: 'agency', parameters: { 'atw.maxShiftHours': 10 } });
    expect(of(run([line('2026-03-03', { start: '06:00', end: '16:31', breakMinutes: 30 })], { rules }), 'ATW_SHIFT_TOO_LONG')).toHaveLength(1);
  });
});
