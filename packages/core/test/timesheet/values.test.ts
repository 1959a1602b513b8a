import { describe, expect, it } from 'vitest';
import { codesOf, hoursLine, line, of, run, workWeek } from './helpers.js';

/*
 * Impossible values on one line, and how shifts are written (docs/findings.md, "Overnight
 * shifts"): without an end date an end before the start is the next day only for a shift that
 * starts at or after 12:00 and ends at or before 12:00; with an end date the shift ends on that
 * date. Elapsed time is real time in Europe/Amsterdam (DESIGN.md: split and counted in real
 * elapsed time over DST).
 */

describe('a clean week gives no findings', () => {
  it('five approved days 08:00–16:30 with 30 minutes break, proof, complete dossier and signed profile', () => {
    const r = run(workWeek('2026-03-02'));
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ lines: 5, linesChecked: 5, bySeverity: { error: 0, warning: 0, info: 0 }, byCode: {}, firstWeek: '2026-W10', lastWeek: '2026-W10' });
  });
});

describe('END_BEFORE_START (input convention for overnight shifts)', () => {
  it('09:00–08:00 without an end date is an error on the end time: it starts before 12:00, so it is no overnight shift', () => {
    const r = run([line('2026-03-02', { start: '09:00', end: '08:00' })]);
    const [f] = of(r, 'END_BEFORE_START');
    expect(f).toMatchObject({ severity: 'error', ref: { row: expect.any(Number), field: 'end', date: '2026-03-02', week: '2026-W10' } });
    expect(f!.message.en).toContain('09:00–08:00 does not end after it starts');
    expect(f!.message.nl).toContain('09:00–08:00 eindigt niet na het begin');
    // The impossible line is not counted anywhere else: no ATW finding for a "23-hour shift".
    expect(codesOf(r).filter((c) => c.startsWith('ATW_'))).toEqual([]);
  });

  it('21:00–17:00 (swapped, ends after 12:00) and 08:00–08:00 (no length) are errors too', () => {
    expect(of(run([line('2026-03-02', { start: '21:00', end: '17:00' })]), 'END_BEFORE_START')).toHaveLength(1);
    expect(of(run([line('2026-03-02', { start: '08:00', end: '08:00' })]), 'END_BEFORE_START')).toHaveLength(1);
  });

  it('22:00–06:00 and 14:00–02:00 without an end date are night shifts into the next day, not errors', () => {
    // 22:00 → 06:00 next day = 8:00 elapsed; − 30 min = 7:30 worked, so hours 7,5 cross-check.
    const r = run([line('2026-03-02', { start: '22:00', end: '06:00', hours: 7.5 }), line('2026-03-04', { start: '14:00', end: '02:00', breakMinutes: 45 })]);
    expect(of(r, 'END_BEFORE_START')).toEqual([]);
    expect(of(r, 'HOURS_MISMATCH')).toEqual([]);
  });

  it('boundary 12:00: 12:00–11:00 crosses midnight (23 h, too long for the Act), 11:59–11:00 is END_BEFORE_START', () => {
    const r1 = run([line('2026-03-02', { start: '12:00', end: '11:00', breakMinutes: 60 })]);
    expect(of(r1, 'END_BEFORE_START')).toEqual([]);
    expect(of(r1, 'ATW_SHIFT_TOO_LONG')).toHaveLength(1);
    expect(of(run([line('2026-03-02', { start: '11:59', end: '11:00' })]), 'END_BEFORE_START')).toHaveLength(1);
  });

  it('with an end date: 2 March 22:00 to 3 March 06:00 is fine; an end date before the date, or the same date with an earlier end, is an error on the end date', () => {
    expect(of(run([line('2026-03-02', { start: '22:00', end: '06:00', endDate: '2026-03-03' })]), 'END_BEFORE_START')).toEqual([]);
    const before = of(run([line('2026-03-02', { start: '08:00', end: '16:00', endDate: '2026-03-01' })]), 'END_BEFORE_START');
    expect(before).toHaveLength(1);
    expect(before[0]!.ref.field).toBe('endDate');
    expect(of(run([line('2026-03-02', { start: '22:00', end: '06:00', endDate: '2026-03-02' })]), 'END_BEFORE_START')).toHaveLength(1);
  });
});

describe('HOURS_OVER_24 (a day has 24 hours)', () => {
  it('26 hours in the hours column is an error on that field', () => {
    const [f] = of(run([hoursLine('2026-03-05', 26)]), 'HOURS_OVER_24');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'hours' } });
    expect(f!.message.en).toContain('26:00 hours is more than 24 hours');
  });

  it('24 hours exactly is not over 24 (the Working Hours Act finds it too long instead)', () => {
    const r = run([hoursLine('2026-03-05', 24)]);
    expect(of(r, 'HOURS_OVER_24')).toEqual([]);
    expect(of(r, 'ATW_SHIFT_TOO_LONG')).toHaveLength(1);
  });

  it('with an end date: 06:00 to 07:00 the next day is 25:00 elapsed (error); 06:00 to 06:00 the next day is 24:00 (no error)', () => {
    const over = of(run([line('2026-03-02', { start: '06:00', end: '07:00', endDate: '2026-03-03' })]), 'HOURS_OVER_24');
    expect(over).toHaveLength(1);
    expect(over[0]!.ref.field).toBe('endDate');
    expect(of(run([line('2026-03-02', { start: '06:00', end: '06:00', endDate: '2026-03-03' })]), 'HOURS_OVER_24')).toEqual([]);
  });
});

describe('HOURS_NEGATIVE (impossible value)', () => {
  it('a correction line of −2 hours is an error on the hours', () => {
    const [f] = of(run([hoursLine('2026-03-06', -2)]), 'HOURS_NEGATIVE');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'hours' } });
    expect(f!.message.nl).toContain('-2:00 uur is negatief');
  });

  it('a negative break, and a break longer than the shift (08:00–16:30 is 510 minutes; 520 minutes break), are errors on the break', () => {
    expect(of(run([line('2026-03-02', { breakMinutes: -5 })]), 'HOURS_NEGATIVE')[0]!.ref.field).toBe('breakMinutes');
    expect(of(run([line('2026-03-02', { breakMinutes: 520 })]), 'HOURS_NEGATIVE')[0]!.ref.field).toBe('breakMinutes');
  });

  it('0 hours, and a break exactly as long as the shift (510 minutes), are not negative', () => {
    expect(of(run([hoursLine('2026-03-06', 0), ...workWeek('2026-03-02')]), 'HOURS_NEGATIVE')).toEqual([]);
    expect(of(run([line('2026-03-02', { breakMinutes: 510 })]), 'HOURS_NEGATIVE')).toEqual([]);
  });
});

describe('HOURS_MISMATCH (cross-check of the Hours columns)', () => {
  it('08:00–16:30 less 30 minutes is 8:00; 8,5 in the hours column is a warning on the hours', () => {
    const [f] = of(run([line('2026-03-02', { hours: 8.5 })]), 'HOURS_MISMATCH');
    expect(f).toMatchObject({ severity: 'warning', ref: { field: 'hours' } });
    expect(f!.message.en).toContain('8:30 hours, but 08:00–16:30 less a 30-minute break is 8:00 hours');
  });

  it('8 in the hours column matches', () => {
    expect(of(run([line('2026-03-02', { hours: 8 })]), 'HOURS_MISMATCH')).toEqual([]);
  });
});

describe('real elapsed time over a DST change (DESIGN.md)', () => {
  it('Saturday 28 March 2026 22:00 → Sunday 06:00 is 7:00 real hours (clocks go 02:00 → 03:00): with 30 minutes break 6:30 worked', () => {
    // 22:00 CET (+01:00) = 21:00 UTC; 06:00 CEST (+02:00) = 04:00 UTC; 21:00 → 04:00 = 7 h.
    expect(of(run([line('2026-03-28', { start: '22:00', end: '06:00', hours: 6.5 })]), 'HOURS_MISMATCH')).toEqual([]);
    const [f] = of(run([line('2026-03-28', { start: '22:00', end: '06:00', hours: 7.5 })]), 'HOURS_MISMATCH');
    expect(f!.message.en).toContain('is 6:30 hours');
  });

  it('Saturday 24 October 2026 22:00 → Sunday 06:00 is 9:00 real hours (clocks go 03:00 → 02:00): 8:30 worked', () => {
    // 22:00 CEST = 20:00 UTC; 06:00 CET = 05:00 UTC; 20:00 → 05:00 = 9 h; − 30 min = 8:30.
    expect(of(run([line('2026-10-24', { start: '22:00', end: '06:00', hours: 8.5 })]), 'HOURS_MISMATCH')).toEqual([]);
  });
});
