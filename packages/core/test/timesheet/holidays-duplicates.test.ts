import { describe, expect, it } from 'vitest';
import { parseHirerPayProfile } from '@backofficer/core';
import { hoursLine, line, of, placement, run, workWeek } from './helpers.js';

describe('PUBLIC_HOLIDAY_WORK (CAO art. 27 public holidays, DOMAIN.md §12; surcharges §8; reservations §6)', () => {
  it('King’s Day Monday 27 April 2026: info, naming the profile’s holiday surcharge and the reservation', () => {
    const [f] = of(run([line('2026-04-27')]), 'PUBLIC_HOLIDAY_WORK');
    expect(f).toMatchObject({ severity: 'info', ref: { field: 'date', date: '2026-04-27' }, rule: { parameter: 'cao.publicHolidays' } });
    expect(f!.message.nl).toContain('gewerkt op Koningsdag (2026-04-27); feestdagtoeslag volgens de inlenersbeloning');
    expect(f!.message.en).toContain('the paid day off runs through the public-holiday reservation');
  });

  it('without a holiday surcharge in the profile, the message asks to check the hirer’s surcharge', () => {
    const plain = parseHirerPayProfile({ id: 'HP1', hirerId: 'H1', job: 'Orderpicker', validFrom: '2025-01-01', scaleWages: [{ from: '2025-01-01', amount: '15.50' }], status: { complete: true, signedBy: 'P', signedAt: '2024-12-20' } });
    expect(of(run([line('2026-04-27')], { hirerPayProfiles: [plain] }), 'PUBLIC_HOLIDAY_WORK')[0]!.message.en).toContain("check the hirer's holiday surcharge");
  });

  it('Liberation Day counts only in lustrum years: 5 May 2025 yes, 5 May 2026 no; Good Friday 3 April 2026 is not on the CAO list', () => {
    expect(of(run([line('2025-05-05')]), 'PUBLIC_HOLIDAY_WORK')).toHaveLength(1);
    expect(of(run([line('2026-05-05')]), 'PUBLIC_HOLIDAY_WORK')).toEqual([]);
    expect(of(run([line('2026-04-03')]), 'PUBLIC_HOLIDAY_WORK')).toEqual([]);
  });

  it('a night shift from Christmas Eve into Christmas Day counts for Christmas; one ending at 00:00 does not', () => {
    const [f] = of(run([line('2025-12-24', { start: '22:00', end: '06:00' })]), 'PUBLIC_HOLIDAY_WORK');
    expect(f!.message.en).toContain('worked on Christmas Day (2025-12-25)');
    expect(of(run([line('2025-12-24', { start: '16:00', end: '24:00' })]), 'PUBLIC_HOLIDAY_WORK')).toEqual([]);
  });

  it('a weekend holiday (King’s Day Saturday 26 April 2025) is reported, with no paid day off', () => {
    expect(of(run([line('2025-04-26')]), 'PUBLIC_HOLIDAY_WORK')[0]!.message.en).toContain('falls on a weekend, so no paid day off');
  });
});

describe('DUPLICATE_LINE (each worked hour is paid once)', () => {
  it('the same shift twice: an error on the later row, naming the first', () => {
    const a = line('2026-03-05', { start: '15:00', end: '23:30' });
    const b = { ...a, row: a.row! + 1 };
    const r = run([a, b]);
    const [f] = of(r, 'DUPLICATE_LINE');
    expect(f).toMatchObject({ severity: 'error', ref: { row: b.row, otherRow: a.row, field: 'start' } });
    expect(f!.message.en).toContain(`same line as row ${a.row} (2026-03-05 15:00–23:30, placement P1): would be paid twice`);
    // The twin is not also an overlap, and is counted once in the week (8 h, no Working Hours Act finding).
    expect(of(r, 'SHIFT_OVERLAP')).toEqual([]);
  });

  it('the same hours-only line twice is a warning (two equal lines of hours may be real)', () => {
    const a = hoursLine('2026-03-05', 4);
    expect(of(run([a, { ...a, row: a.row! + 1 }]), 'DUPLICATE_LINE')[0]!.severity).toBe('warning');
  });

  it('a different break, a different placement or another day is no duplicate', () => {
    const a = line('2026-03-05');
    const p2 = { ...placement, id: 'P2' };
    expect(of(run([a, { ...a, row: 99, breakMinutes: 45 }]), 'DUPLICATE_LINE')).toEqual([]);
    expect(of(run([a, { ...a, row: 99, placementId: 'P2' }], { placements: [placement, p2] }), 'DUPLICATE_LINE')).toEqual([]);
    expect(of(run(workWeek('2026-03-02')), 'DUPLICATE_LINE')).toEqual([]);
  });
});

describe('SHIFT_OVERLAP (one shift at a time per worker, any placement)', () => {
  it('07:00–15:30 and 15:00–18:00 on one day overlap by 0:30: an error on the later shift', () => {
    const a = line('2026-03-04', { start: '07:00', end: '15:30' });
    const b = line('2026-03-04', { start: '15:00', end: '18:00', breakMinutes: 0 });
    const [f] = of(run([a, b]), 'SHIFT_OVERLAP');
    expect(f).toMatchObject({ severity: 'error', ref: { row: b.row, otherRow: a.row, field: 'start' } });
    expect(f!.message.en).toContain(`overlaps row ${a.row} (2026-03-04 07:00–15:30) by 0:30 hours`);
  });

  it('back to back (15:30 after 07:00–15:30) is no overlap', () => {
    const a = line('2026-03-04', { start: '07:00', end: '15:30' });
    const b = line('2026-03-04', { start: '15:30', end: '18:00', breakMinutes: 0 });
    expect(of(run([a, b]), 'SHIFT_OVERLAP')).toEqual([]);
  });

  it('a night shift into the next morning overlaps that morning’s shift, also on another placement', () => {
    const p2 = { ...placement, id: 'P2' };
    const night = line('2026-03-04', { start: '22:00', end: '06:00' });
    const morning = line('2026-03-05', { start: '05:30', end: '09:00', breakMinutes: 0, placementId: 'P2' });
    expect(of(run([night, morning], { placements: [placement, p2] }), 'SHIFT_OVERLAP')).toHaveLength(1);
  });
});
