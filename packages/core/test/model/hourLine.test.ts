import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors/index.js';
import { hourLineLabels, hourLineSchema, parseHourLine, parseHourLines } from '../../src/model/index.js';

function failure(f: () => unknown): InvalidInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

const line = { row: 4, workerId: 'W-001', placementId: 'P-1', date: '2-3-2026', start: '7:30', end: '16:00', breakMinutes: 30, status: 'submitted' };

// Issue 3 §3b hour line; DOMAIN.md §1 statuses entered/submitted/approved/rejected, proof of hours.
describe('hour line schema (issue 3 §3b; DOMAIN.md §1)', () => {
  it('start and end as HH:mm, break in minutes', () => {
    expect(parseHourLine(line)).toEqual({ row: 4, workerId: 'W-001', placementId: 'P-1', date: '2026-03-02', start: '07:30', end: '16:00', breakMinutes: 30, status: 'submitted' });
  });

  it('hours instead of times: 7,5 / 7.5 / 7:30 are 7.5 hours (issue 3 §2)', () => {
    for (const hours of ['7,5', '7.5', '7:30', 7.5]) {
      const l = parseHourLine({ workerId: 1, placementId: 2, date: '2026-03-02', hours, status: 'approved' });
      expect(l.hours?.toString()).toBe('7.5');
    }
  });

  it('a break written as a clock, 0:30, is 30 minutes; fractions of minutes are refused', () => {
    expect(parseHourLine({ ...line, breakMinutes: '0:30' }).breakMinutes).toBe(30);
    expect(parseHourLine({ ...line, breakMinutes: '45' }).breakMinutes).toBe(45);
    expect(failure(() => parseHourLine({ ...line, breakMinutes: '1,5' })).problems[0]!.texts.en).toBe(
      'break (minutes): "1,5" is not a whole number of minutes; expected minutes, e.g. 30',
    );
  });

  it('approval: statuses in Dutch words, approved by/at (Amsterdam time, DST-aware), proof', () => {
    const l = parseHourLine({ ...line, status: 'Goedgekeurd', approvedBy: ' P. Jansen ', approvedAt: '2026-03-09 10:00', proof: 'nee' });
    // 9 March 2026 is winter time (+01:00); summer time starts on the last Sunday of March, 29 March 2026.
    expect(l).toMatchObject({ status: 'approved', approvedBy: 'P. Jansen', approvedAt: '2026-03-09T10:00:00+01:00', proof: false });
    expect(parseHourLine({ ...line, approvedAt: '2026-03-30T10:00' }).approvedAt).toBe('2026-03-30T10:00:00+02:00');
  });

  it('a night shift ends before it starts (crosses midnight): allowed; 24:00 is a valid end, not a start', () => {
    expect(parseHourLine({ ...line, start: '22:00', end: '06:00' })).toMatchObject({ start: '22:00', end: '06:00' });
    expect(parseHourLine({ ...line, start: '16:00', end: '24:00' }).end).toBe('24:00');
    expect(failure(() => parseHourLine({ ...line, start: '24:00', end: '08:00' })).problems[0]!.texts.en).toBe(
      'start time: "24:00" is not a start time; expected 00:00',
    );
  });

  it('times and hours that are missing or wrong', () => {
    expect(failure(() => parseHourLine({ ...line, end: undefined })).texts.en).toBe(
      'hour line: end time: missing; expected both a start and an end time, e.g. 07:30 and 16:00',
    );
    expect(failure(() => parseHourLine({ ...line, start: '', end: '' })).texts.en).toBe(
      'hour line: hours: missing; expected a number of hours (e.g. 7.5) or a start and end time',
    );
    expect(failure(() => parseHourLine({ ...line, start: '7:60' })).problems[0]!.texts.en).toBe(
      'start time: "7:60" is not a time of day; expected a time as HH:mm, e.g. 07:30',
    );
    expect(failure(() => parseHourLine({ ...line, start: undefined, end: undefined, hours: '7:75' })).problems[0]!.texts.nl).toBe(
      'uren: "7:75" is geen aantal uren (meer dan 59 minuten); verwacht bijvoorbeeld 7,5 of 7.5 of 7:30',
    );
    expect(failure(() => parseHourLine({ ...line, start: undefined, end: undefined, hours: 25 })).problems[0]!.texts.en).toBe(
      'hours: 25 is too high; expected a number of hours of at most 24',
    );
    expect(failure(() => parseHourLine({ ...line, status: 'done' })).problems[0]!.texts.en).toBe(
      'status: "done" is not a valid choice; expected one of: entered, submitted, approved, rejected',
    );
    expect(failure(() => parseHourLine({ ...line, row: 0 })).problems[0]!.texts.en).toBe('row: 0 is not a row number; expected a whole number from 1');
  });

  it('a timesheet: each problem names its line', () => {
    const e = failure(() =>
      parseHourLines([
        { workerId: 1, placementId: 2, date: '2026-03-02', hours: '8', status: 'approved' },
        { workerId: 1, placementId: 2, date: '30-2-2026', hours: '8', status: 'approved' },
      ]),
    );
    expect(e.texts.en).toBe('timesheet: date (line no. 2): "30-2-2026" is not a date; expected e.g. 2026-03-02 or 2-3-2026');
    expect(e.texts.nl).toBe('urenstaat: datum (regel nr. 2): "30-2-2026" is geen datum; verwacht bijvoorbeeld 2026-03-02 of 2-3-2026');
    expect(e.field).toBe('[1].date');
  });

  it('every field has a Dutch and an English label', () => {
    for (const key of Object.keys(hourLineSchema.shape)) expect(hourLineLabels[key], key).toBeDefined();
  });
});
