import { describe, expect, it } from 'vitest';
import { Decimal, shiftPay, type ShiftInput, type ShiftPayOptions } from '../../src/index.js';
import { compiled, type ProfileName } from './profiles.js';

/*
 * The shift table of issue 4 §1: each case names the rule it exercises and carries its hand
 * calculation, step by step. Profiles (see profiles.ts):
 *   A  €16/h; s1 "ma-vr 20:00-06:00 +25%" (€4/h), s2 "za +50%" (€8/h), s3 "zo,feestdag +100%" (€16/h); highest wins.
 *   B  €20/h; s1 "ma-vr 20:00-24:00 +20%" (€4/h), s2 "za +50%" (€10/h); o1 overtime after 8 h/day +25% (€5/h).
 *   C  €14/h; s1 "ma-vr 18:00-22:00 +€2,50", s2 "dagelijks 22:00-06:00 +€4,00", s3 "zo +100%" (€14/h); o1 after 9 h/day +€3,00 stacked.
 *   D  €16/h; +3 % from 2026-07-01; +€0,50 from 2026-09-01; ATV/ADV 104 h/year in money = 104 / (40 × 52) = 5 %.
 * Calendar 2026: 2 March is a Monday; 24/25 October and 28/29 March are the DST weekends;
 * King's Day Monday 27 April; Easter Monday 6 April (Good Friday 3 April is not on the CAO list);
 * Christmas Friday 25 December.
 */

interface Case {
  name: string;
  profile: ProfileName;
  shift: ShiftInput;
  options?: ShiftPayOptions;
  calc: string[];
  hours: string;
  base: string;
  surcharge?: string;
  overtime?: string;
  reduction?: string;
  total: string;
  /** Number of segments, when the case is about the cuts. */
  segments?: number;
  /** Hours per category key. */
  categories?: Record<string, string>;
  extra?: (r: ReturnType<typeof shiftPay>) => void;
}

const cases: Case[] = [
  {
    name: 'plain weekday day shift: base hours only (CAO art. 16 lid 1 a, scale wage)',
    profile: 'A',
    shift: { date: '2026-03-02', start: '08:00', end: '16:00' },
    calc: ['Mon 08:00–16:00 = 8 h, no window', 'base 8 × 16 = 128'],
    hours: '8', base: '128', total: '128', segments: 1, categories: { base: '8' },
  },
  {
    name: 'evening shift crossing midnight: cut at 20:00 and at 00:00; the Tuesday window runs to Wednesday 06:00 (art. 16 lid 1 c)',
    profile: 'A',
    shift: { date: '2026-03-03', start: '18:00', end: '02:00' },
    calc: ['Tue 18–20 base 2 h', 'Tue 20–24 s1 4 h', 'Wed 00–02 s1 2 h (window of Tuesday)', 'base 8 × 16 = 128', 's1 6 × 4 = 24', 'total 152'],
    hours: '8', base: '128', surcharge: '24', total: '152', segments: 3, categories: { base: '2', 'surcharge:1': '6' },
  },
  {
    name: 'window edge exactly at the start: 20:00–23:00 is all surcharge',
    profile: 'A',
    shift: { date: '2026-03-04', start: '20:00', end: '23:00' },
    calc: ['Wed 20–23 s1 3 h', 'base 3 × 16 = 48', 's1 3 × 4 = 12', 'total 60'],
    hours: '3', base: '48', surcharge: '12', total: '60', segments: 1,
  },
  {
    name: 'window edge exactly at the end: 17:00–20:00 has no surcharge',
    profile: 'A',
    shift: { date: '2026-03-04', start: '17:00', end: '20:00' },
    calc: ['Wed 17–20 base 3 h', 'base 3 × 16 = 48'],
    hours: '3', base: '48', total: '48', segments: 1, categories: { base: '3' },
  },
  {
    name: 'early shift: 05:00–06:00 belongs to the night window of the day before',
    profile: 'A',
    shift: { date: '2026-03-05', start: '05:00', end: '13:00' },
    calc: ['Thu 05–06 s1 1 h (Wednesday 20:00 – Thursday 06:00)', 'Thu 06–13 base 7 h', 'base 8 × 16 = 128', 's1 1 × 4 = 4', 'total 132'],
    hours: '8', base: '128', surcharge: '4', total: '132', segments: 2,
  },
  {
    name: 'Friday night into Saturday: Saturday +50 % beats the Friday night +25 % (highest wins)',
    profile: 'A',
    shift: { date: '2026-03-06', start: '22:00', end: '06:00' },
    calc: ['Fri 22–24 s1 2 h × 4 = 8', 'Sat 00–06 s1 and s2 meet: highest s2 6 h × 8 = 48', 'base 8 × 16 = 128', 'total 128 + 8 + 48 = 184'],
    hours: '8', base: '128', surcharge: '56', total: '184', segments: 2, categories: { 'surcharge:1': '2', 'surcharge:2': '6' },
    extra: (r) => expect(r.segments[1]!.matched).toEqual(['surcharge:1', 'surcharge:2']),
  },
  {
    name: 'Saturday day shift with 30 break minutes: unpaid, deducted in the middle of the shift',
    profile: 'A',
    shift: { date: '2026-03-07', start: '08:00', end: '16:30', breaks: 30 },
    calc: ['Sat 08:00–16:30 = 8,5 h, all s2', 'middle 12:15, break 12:00–12:30', 'worked 8 h', 'base 8 × 16 = 128', 's2 8 × 8 = 64', 'total 192'],
    hours: '8', base: '128', surcharge: '64', total: '192', segments: 2,
    extra: (r) => expect(r.breaks.map((b) => [b.from, b.to, b.source])).toEqual([['2026-03-07T12:00:00+01:00', '2026-03-07T12:30:00+01:00', 'deducted']]),
  },
  {
    name: 'Sunday: +100 % for every hour',
    profile: 'A',
    shift: { date: '2026-03-08', start: '10:00', end: '14:00' },
    calc: ['Sun 10–14 s3 4 h', 'base 4 × 16 = 64', 's3 4 × 16 = 64', 'total 128'],
    hours: '4', base: '64', surcharge: '64', total: '128',
  },
  {
    name: 'Sunday night into Monday: the weekday night window starts on Monday 20:00, so Monday 00–06 is base',
    profile: 'A',
    shift: { date: '2026-03-08', start: '22:00', end: '06:00' },
    calc: ['Sun 22–24 s3 2 h × 16 = 32', 'Mon 00–06 base (no window started on Sunday for ma-vr)', 'base 8 × 16 = 128', 'total 160'],
    hours: '8', base: '128', surcharge: '32', total: '160', categories: { 'surcharge:3': '2', base: '6' },
  },
  {
    name: 'DST end, night of 24–25 October 2026: 22:00–06:00 is 9 real hours',
    profile: 'A',
    shift: { date: '2026-10-24', start: '22:00', end: '06:00' },
    calc: ['Sat 22–24 s2 2 h', 'Sun 00:00–06:00 with the hour 02–03 twice = 7 h s3', 'base 9 × 16 = 144', 's2 2 × 8 = 16', 's3 7 × 16 = 112', 'total 272'],
    hours: '9', base: '144', surcharge: '128', total: '272', segments: 2,
    extra: (r) => {
      expect(r.elapsedMinutes).toBe(540);
      expect(r.segments[1]!.minutes).toBe(420);
      expect(r.segments[1]!.to).toBe('2026-10-25T06:00:00+01:00');
    },
  },
  {
    name: 'DST start, night of 28–29 March 2026: 22:00–06:00 is 7 real hours',
    profile: 'A',
    shift: { date: '2026-03-28', start: '22:00', end: '06:00' },
    calc: ['Sat 22–24 s2 2 h', 'Sun 00:00–06:00 without the hour 02–03 = 5 h s3', 'base 7 × 16 = 112', 's2 2 × 8 = 16', 's3 5 × 16 = 80', 'total 208'],
    hours: '7', base: '112', surcharge: '96', total: '208',
    extra: (r) => {
      expect(r.elapsedMinutes).toBe(420);
      expect(r.segments[1]!.minutes).toBe(300);
      expect(r.segments[1]!.to).toBe('2026-03-29T06:00:00+02:00');
    },
  },
  {
    name: 'DST end given as instants with offsets: Sunday 00:00+02:00 to 06:00+01:00 is 7 hours',
    profile: 'A',
    shift: { start: '2026-10-25T00:00+02:00', end: '2026-10-25T06:00+01:00' },
    calc: ['Sun 7 real hours s3', 'base 7 × 16 = 112', 's3 7 × 16 = 112', 'total 224'],
    hours: '7', base: '112', surcharge: '112', total: '224',
  },
  {
    name: 'the repeated hour: 02:30 summer time to 02:30 winter time is 60 minutes',
    profile: 'A',
    shift: { start: '2026-10-25T02:30:00+02:00', end: '2026-10-25T02:30:00+01:00' },
    calc: ['Sun 1 h s3', 'base 16', 's3 16', 'total 32'],
    hours: '1', base: '16', surcharge: '16', total: '32',
  },
  {
    name: "King's Day Monday 27 April 2026: public holiday +100 % (CAO art. 27 list)",
    profile: 'A',
    shift: { date: '2026-04-27', start: '09:00', end: '17:00' },
    calc: ['Mon 09–17 holiday s3 8 h', 'base 8 × 16 = 128', 's3 8 × 16 = 128', 'total 256'],
    hours: '8', base: '128', surcharge: '128', total: '256',
    extra: (r) => expect(r.segments[0]!.holiday).toBe('kingsDay'),
  },
  {
    name: "King's Day evening: holiday +100 % and weekday evening +25 % meet; the highest is paid",
    profile: 'A',
    shift: { date: '2026-04-27', start: '18:00', end: '23:00' },
    calc: ['Mon 18–20 s3 2 h', 'Mon 20–23 s1 and s3: highest s3 3 h', 'base 5 × 16 = 80', 's3 5 × 16 = 80', 'total 160'],
    hours: '5', base: '80', surcharge: '80', total: '160', segments: 2, categories: { 'surcharge:3': '5' },
    extra: (r) => expect(r.segments[1]!.matched).toEqual(['surcharge:1', 'surcharge:3']),
  },
  {
    name: "a shift that starts on a holiday and ends on a normal day: King's Day 22:00 to Tuesday 06:00",
    profile: 'A',
    shift: { date: '2026-04-27', start: '22:00', end: '06:00' },
    calc: ['Mon (holiday) 22–24 s3 2 h × 16 = 32', 'Tue 00–06 s1 of Monday 6 h × 4 = 24', 'base 8 × 16 = 128', 'total 184'],
    hours: '8', base: '128', surcharge: '56', total: '184', categories: { 'surcharge:3': '2', 'surcharge:1': '6' },
    extra: (r) => {
      expect(r.segments[0]!.holiday).toBe('kingsDay');
      expect(r.segments[1]!.holiday).toBeUndefined();
    },
  },
  {
    name: 'Easter Monday 6 April 2026: public holiday +100 %',
    profile: 'A',
    shift: { date: '2026-04-06', start: '06:00', end: '14:00' },
    calc: ['Mon (Easter Monday) 06–14 s3 8 h', 'base 128', 's3 8 × 16 = 128', 'total 256'],
    hours: '8', base: '128', surcharge: '128', total: '256',
  },
  {
    name: 'Christmas Day Friday 25 December 2026: holiday beats the evening window',
    profile: 'A',
    shift: { date: '2026-12-25', start: '14:00', end: '22:00' },
    calc: ['Fri 14–22 s3 8 h (20–22 also s1, lower)', 'base 128', 's3 128', 'total 256'],
    hours: '8', base: '128', surcharge: '128', total: '256',
  },
  {
    name: 'Christmas Eve night into Christmas Day: cut at midnight where the holiday starts',
    profile: 'A',
    shift: { date: '2026-12-24', start: '22:00', end: '06:00' },
    calc: ['Thu 22–24 s1 2 h × 4 = 8', 'Fri (Christmas) 00–06 s3 6 h × 16 = 96', 'base 128', 'total 232'],
    hours: '8', base: '128', surcharge: '104', total: '232', segments: 2,
  },
  {
    name: 'Good Friday is not on the CAO holiday list (CAO art. 27): base pay',
    profile: 'A',
    shift: { date: '2026-04-03', start: '09:00', end: '17:00' },
    calc: ['Fri 09–17 base 8 h', 'base 128'],
    hours: '8', base: '128', total: '128',
  },
  {
    name: "the hirer's own holiday list includes Good Friday: +100 %",
    profile: 'A_OWN_HOLIDAYS',
    shift: { date: '2026-04-03', start: '09:00', end: '17:00' },
    calc: ['Fri 09–17 s3 8 h (holiday on the hirer list)', 'base 128', 's3 128', 'total 256'],
    hours: '8', base: '128', surcharge: '128', total: '256',
  },
  {
    name: 'break windows are unpaid and cut the segments',
    profile: 'A',
    shift: { date: '2026-03-03', start: '18:00', end: '02:00', breaks: [['23:00', '23:30'], { start: '01:00', end: '01:15' }] },
    calc: [
      'Tue 18–20 base 2 h', 'Tue 20–23 s1 3 h', 'break 23:00–23:30', 'Tue 23:30–24 s1 0,5 h', 'Wed 00–01 s1 1 h', 'break 01:00–01:15', 'Wed 01:15–02 s1 0,75 h',
      'worked 8 − 0,75 = 7,25 h', 'base 7,25 × 16 = 116', 's1 5,25 × 4 = 21', 'total 137',
    ],
    hours: '7.25', base: '116', surcharge: '21', total: '137', segments: 5,
  },
  {
    name: 'break minutes without times come off the lowest-paid time, nearest the middle',
    profile: 'A',
    shift: { date: '2026-03-03', start: '16:00', end: '24:00', breaks: 30 },
    calc: ['16–20 base €16/h is cheaper than 20–24 s1 €20/h', 'middle 20:00 → break 19:30–20:00', 'worked 7,5 h', 'base 7,5 × 16 = 120', 's1 4 × 4 = 16', 'total 136'],
    hours: '7.5', base: '120', surcharge: '16', total: '136',
    extra: (r) => expect(r.breaks[0]).toMatchObject({ from: '2026-03-03T19:30:00+01:00', to: '2026-03-03T20:00:00+01:00', minutes: 30, source: 'deducted' }),
  },
  {
    name: 'break minutes in a night of surcharges: from the cheaper Friday part, as close to the middle as it allows',
    profile: 'A',
    shift: { date: '2026-03-06', start: '22:00', end: '06:00', breakMinutes: 45 },
    calc: ['Fri 22–24 €20/h is cheaper than Sat 00–06 €24/h', 'middle 02:00 lies outside it → 23:15–24:00', 'Fri 22:00–23:15 s1 1,25 h × 4 = 5', 'Sat 6 h × 8 = 48', 'base 7,25 × 16 = 116', 'total 169'],
    hours: '7.25', base: '116', surcharge: '53', total: '169',
    extra: (r) => expect(r.breaks[0]).toMatchObject({ from: '2026-03-06T23:15:00+01:00', to: '2026-03-07T00:00:00+01:00' }),
  },
  {
    name: 'surcharges that stack (surchargeOverlap add): Saturday night gets 25 % + 50 %',
    profile: 'A_ADD',
    shift: { date: '2026-03-06', start: '22:00', end: '06:00' },
    calc: ['Fri 22–24 s1 2 h × 4 = 8', 'Sat 00–06 s1 + s2 = 75 % = €12/h × 6 = 72', 'base 128', 'total 208'],
    hours: '8', base: '128', surcharge: '80', total: '208', categories: { 'surcharge:1': '2', 'surcharge:1+surcharge:2': '6' },
  },
  {
    name: 'overtime per day after 8 hours: the last 2 hours of a 10-hour day',
    profile: 'B_HIGHEST',
    shift: { date: '2026-03-02', start: '07:00', end: '17:00' },
    calc: ['Mon 07–15 base 8 h', 'Mon 15–17 overtime 2 h × 5 = 10', 'base 10 × 20 = 200', 'total 210'],
    hours: '10', base: '200', overtime: '10', total: '210', categories: { base: '8', 'overtime:1': '2' },
  },
  {
    name: 'overtime and an evening surcharge, highest wins: overtime 25 % beats evening 20 %',
    profile: 'B_HIGHEST',
    shift: { date: '2026-03-02', start: '13:00', end: '23:00' },
    calc: ['13–20 base 7 h', '20–21 s1 1 h × 4 = 4 (8 h reached at 21:00)', '21–23 s1 €4 vs overtime €5 → overtime 2 h × 5 = 10', 'base 10 × 20 = 200', 'total 214'],
    hours: '10', base: '200', surcharge: '4', overtime: '10', total: '214',
  },
  {
    name: 'overtime stacked on the evening surcharge (add): 20 % + 25 %',
    profile: 'B_ADD',
    shift: { date: '2026-03-02', start: '13:00', end: '23:00' },
    calc: ['20–23 s1 3 h × 4 = 12', '21–23 overtime 2 h × 5 = 10', 'base 200', 'total 222'],
    hours: '10', base: '200', surcharge: '12', overtime: '10', total: '222',
    extra: (r) => {
      const both = r.categories.find((c) => c.key === 'surcharge:1+overtime:1')!;
      expect(both.percent.toString()).toBe('0.45');
      expect(both.hours.toString()).toBe('2');
    },
  },
  {
    name: 'highest wins and the surcharge is higher: Saturday 50 % beats overtime 25 %',
    profile: 'B_HIGHEST',
    shift: { date: '2026-03-07', start: '06:00', end: '16:00' },
    calc: ['Sat 06–16 s2 10 h × 10 = 100', '14–16 overtime €5 < s2 €10 → s2 stays', 'base 200', 'total 300'],
    hours: '10', base: '200', surcharge: '100', overtime: '0', total: '300',
    extra: (r) => {
      const last = r.segments[r.segments.length - 1]!;
      expect(last.overtime).toBe(true);
      expect(last.matched).toEqual(['surcharge:2', 'overtime:1']);
      expect(last.rules.map((x) => x.id)).toEqual(['surcharge:2']);
    },
  },
  {
    name: 'stacked overtime on Saturday: 50 % + 25 %',
    profile: 'B_ADD',
    shift: { date: '2026-03-07', start: '06:00', end: '16:00' },
    calc: ['Sat s2 10 h × 10 = 100', '14–16 overtime 2 h × 5 = 10', 'base 200', 'total 310'],
    hours: '10', base: '200', surcharge: '100', overtime: '10', total: '310',
  },
  {
    name: 'overtime per day counts hours worked earlier that day (options.dayHoursBefore)',
    profile: 'B_HIGHEST',
    shift: { date: '2026-03-02', start: '18:00', end: '22:00' },
    options: { dayHoursBefore: 6 },
    calc: ['6 h before, so 8 h is reached at 20:00', '18–20 base', '20–22 s1 €4 vs overtime €5 → overtime 2 h × 5 = 10', 'base 4 × 20 = 80', 'total 90'],
    hours: '4', base: '80', overtime: '10', total: '90',
  },
  {
    name: 'overtime per ISO week after 40 hours (options.weekHoursBefore)',
    profile: 'B_WEEK',
    shift: { date: '2026-03-06', start: '08:00', end: '16:00' },
    options: { weekHoursBefore: 36 },
    calc: ['36 h before: 40 h reached at 12:00', '12–16 week overtime 4 h × 10 = 40', 'day: 8 h is not over 8', 'base 8 × 20 = 160', 'total 200'],
    hours: '8', base: '160', overtime: '40', total: '200',
  },
  {
    name: 'week and day overtime on the same hours: the higher overtime rule pays',
    profile: 'B_WEEK',
    shift: { date: '2026-03-06', start: '08:00', end: '18:00' },
    options: { weekHoursBefore: 36 },
    calc: ['week overtime from 12:00 (50 %)', 'day overtime from 16:00 (25 %)', '16–18 both → 50 %', 'overtime 6 h × 10 = 60', 'base 10 × 20 = 200', 'total 260'],
    hours: '10', base: '200', overtime: '60', total: '260', categories: { base: '4', 'overtime:2': '6' },
  },
  {
    name: 'the week count restarts on Monday 00:00 (ISO week)',
    profile: 'B_WEEK',
    shift: { date: '2026-03-08', start: '20:00', end: '04:00' },
    options: { weekHoursBefore: 38 },
    calc: ['Sun 20–22 base (40 h reached at 22:00)', 'Sun 22–24 week overtime 2 h × 10 = 20', 'Mon 00–04 new week, count 0: base', 'base 8 × 20 = 160', 'total 180'],
    hours: '8', base: '160', overtime: '20', total: '180', segments: 3,
  },
  {
    name: 'overtime counts worked time only: a break window pushes the start of overtime',
    profile: 'B_HIGHEST',
    shift: { date: '2026-03-02', start: '07:00', end: '17:30', breaks: [['12:00', '12:30']] },
    calc: ['07–12 5 h + 12:30–15:30 3 h = 8 h', '15:30–17:30 overtime 2 h × 5 = 10', 'base 10 × 20 = 200', 'total 210'],
    hours: '10', base: '200', overtime: '10', total: '210',
    extra: (r) => expect(r.segments[r.segments.length - 1]!.from).toBe('2026-03-02T15:30:00+01:00'),
  },
  {
    name: 'a monthly scale wage becomes hourly by contract hours: 3.380 / (39 × 13/3) = 20',
    profile: 'B_MONTH',
    shift: { date: '2026-03-02', start: '07:00', end: '17:00' },
    calc: ['hourly 3.380 / 169 = 20', 'base 10 × 20 = 200', 'overtime 2 h × 25 % × 20 = 10', 'total 210'],
    hours: '10', base: '200', overtime: '10', total: '210',
  },
  {
    name: 'overtime base from contract hours, not days paid: options.contractHoursPerWeek 40 → 3.380 / (40 × 13/3) = 19,50',
    profile: 'B_MONTH',
    shift: { date: '2026-03-02', start: '07:00', end: '17:00' },
    options: { contractHoursPerWeek: 40 },
    calc: [
      'hourly 3.380 / 173,33… = 3.380 × 3 / 520 = 19,5',
      '(not 3.380 / (22 working days in March 2026 × 8 h = 176) = 19,20…)',
      'base 10 × 19,5 = 195', 'overtime 2 h × 25 % × 19,5 = 9,75', 'total 204,75',
    ],
    hours: '10', base: '195', overtime: '9.75', total: '204.75',
  },
  {
    name: 'fixed euro surcharges per hour: evening € 2,50 and night € 4,00',
    profile: 'C',
    shift: { date: '2026-03-02', start: '16:00', end: '24:00' },
    calc: ['16–18 base 2 h', '18–22 s1 4 h × 2,50 = 10', '22–24 s2 2 h × 4 = 8', 'base 8 × 14 = 112', 'total 130'],
    hours: '8', base: '112', surcharge: '18', total: '130', segments: 3,
    extra: (r) => {
      const night = r.categories.find((c) => c.key === 'surcharge:2')!;
      expect(night.fixedPerHour.toString()).toBe('4');
      expect(night.percent.toString()).toBe('0');
      expect(night.rules[0]!.label.nl).toBe('Nachttoeslag');
    },
  },
  {
    name: 'fixed euros against a percentage, highest wins: Sunday 100 % (€14) beats the night € 4',
    profile: 'C',
    shift: { date: '2026-03-08', start: '20:00', end: '02:00' },
    calc: ['Sun 20–22 s3 2 h × 14 = 28', 'Sun 22–24 s3 €14 vs s2 €4 → s3 2 h × 14 = 28', 'Mon 00–02 s2 of Sunday 2 h × 4 = 8', 'base 6 × 14 = 84', 'total 148'],
    hours: '6', base: '84', surcharge: '64', total: '148',
  },
  {
    name: 'fixed-euro overtime stacked on fixed-euro surcharges',
    profile: 'C',
    shift: { date: '2026-03-03', start: '12:00', end: '23:00' },
    calc: ['12–18 base 6 h', '18–21 s1 3 h × 2,50 = 7,50', '9 h reached at 21:00', '21–22 s1 2,50 + overtime 3 = 5,50', '22–23 s2 4 + overtime 3 = 7', 'surcharges 7,50 + 2,50 + 4 = 14', 'overtime 2 × 3 = 6', 'base 11 × 14 = 154', 'total 174'],
    hours: '11', base: '154', surcharge: '14', overtime: '6', total: '174',
  },
  {
    name: 'initial wage increase +3 % from 1 July (art. 16 lid 1 d) and ATV/ADV in money (lid 1 b)',
    profile: 'D',
    shift: { date: '2026-07-01', start: '08:00', end: '16:00' },
    calc: ['hourly 16 × 1,03 = 16,48', 'base 8 × 16,48 = 131,84', 'ATV 104 / (40 × 52) = 5 %: 131,84 × 5 % = 6,592', 'total 138,432'],
    hours: '8', base: '131.84', reduction: '6.592', total: '138.432',
  },
  {
    name: 'periodic raise +€ 0,50 from 1 September on top of the increase (art. 16 lid 1 f)',
    profile: 'D',
    shift: { date: '2026-09-01', start: '08:00', end: '16:00' },
    calc: ['hourly 16 × 1,03 + 0,50 = 16,98', 'base 8 × 16,98 = 135,84', 'ATV 5 % = 6,792', 'total 142,632'],
    hours: '8', base: '135.84', reduction: '6.792', total: '142.632',
  },
  {
    name: 'a night across the date of a wage increase: each date at its own wage',
    profile: 'D',
    shift: { date: '2026-06-30', start: '20:00', end: '04:00' },
    calc: ['30 June 20–24 4 h × 16 = 64', '1 July 00–04 4 h × 16,48 = 65,92', 'base 129,92', 'ATV 5 % = 6,496', 'total 136,416'],
    hours: '8', base: '129.92', reduction: '6.496', total: '136.416',
    extra: (r) => expect(r.categories.map((c) => [c.key, c.hourlyWage.toString(), c.hours.toString()])).toEqual([['base', '16', '4'], ['base', '16.48', '4']]),
  },
  {
    name: 'an agreed wage above the scale is the base for everything',
    profile: 'A',
    shift: { date: '2026-03-07', start: '08:00', end: '12:00' },
    options: { hourlyWage: '17,25' },
    calc: ['Sat 4 h', 'base 4 × 17,25 = 69', 's2 4 × 50 % × 17,25 = 34,50', 'total 103,50'],
    hours: '4', base: '69', surcharge: '34.5', total: '103.5',
    extra: (r) => expect(r.findings).toEqual([]),
  },
  {
    name: 'an agreed wage below the scale: the scale wage is paid and a finding says so (art. 16 lid 1 a)',
    profile: 'A',
    shift: { date: '2026-03-02', start: '08:00', end: '16:00' },
    options: { hourlyWage: 15 },
    calc: ['agreed 15 < scale 16 → 16', 'base 8 × 16 = 128'],
    hours: '8', base: '128', total: '128',
    extra: (r) => expect(r.findings.map((f) => f.code)).toEqual(['HIRER_PAY_WAGE_BELOW_SCALE']),
  },
  {
    name: 'a shift ending at 24:00 ends at midnight',
    profile: 'A',
    shift: { date: '2026-03-07', start: '20:00', end: '24:00' },
    calc: ['Sat 20–24 s2 4 h', 'base 64', 's2 4 × 8 = 32', 'total 96'],
    hours: '4', base: '64', surcharge: '32', total: '96', segments: 1,
  },
];

const D = (v: string) => new Decimal(v).toString();

describe('shiftPay: the shift table (issue 4 §1; CAO art. 16 lid 1 a–d, f; DOMAIN.md §8, §12)', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const c of cases) {
    it(c.name, () => {
      expect(c.calc.length).toBeGreaterThan(0);
      const r = shiftPay(c.shift, compiled[c.profile], c.options);
      expect(r.totals.hours.toString(), 'hours').toBe(D(c.hours));
      expect(r.totals.basePay.toString(), 'base pay').toBe(D(c.base));
      expect(r.totals.surchargePay.toString(), 'surcharge pay').toBe(D(c.surcharge ?? '0'));
      expect(r.totals.overtimePay.toString(), 'overtime pay').toBe(D(c.overtime ?? '0'));
      expect(r.totals.reductionPay.toString(), 'ATV/ADV pay').toBe(D(c.reduction ?? '0'));
      expect(r.totals.total.toString(), 'total').toBe(D(c.total));
      if (c.segments !== undefined) expect(r.segments.length, 'segments').toBe(c.segments);
      if (c.categories) {
        const hours: Record<string, string> = {};
        for (const cat of r.categories) hours[cat.key] = cat.hours.toString();
        expect(hours).toEqual(Object.fromEntries(Object.entries(c.categories).map(([k, v]) => [k, D(v)])));
      }
      // The segments add up to the totals and tile the shift without gaps except breaks.
      let minutes = 0;
      let total = new Decimal(0);
      for (const s of r.segments) {
        minutes += s.minutes;
        total = total.plus(s.total);
        expect(s.toMinute - s.fromMinute).toBe(s.minutes);
      }
      expect(minutes).toBe(r.totals.minutes);
      expect(total.minus(r.totals.total.minus(r.totals.reductionPay)).abs().lt('1e-30')).toBe(true);
      expect(minutes + r.breakMinutes).toBe(r.elapsedMinutes);
      c.extra?.(r);
    });
  }
});
