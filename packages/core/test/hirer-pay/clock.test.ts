import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { ZONE } from '../../src/index.js';
import { dayClock, dayOfInstant, dayOfIso, formatInstant, wallToInstant } from '../../src/hirer-pay/clock.js';

const minuteOf = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis() / 60_000;

// Europe/Amsterdam: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
describe('Amsterdam day clocks without luxon in the hot path (DESIGN.md: real elapsed time across DST)', () => {
  it('29 March 2026 lasts 23 hours; the change is at 01:00 UTC (02:00 → 03:00)', () => {
    const c = dayClock(dayOfIso('2026-03-29')!);
    expect(c.weekday).toBe(7);
    expect(c.end - c.start).toBe(23 * 60);
    expect(c.change).toBe(minuteOf('2026-03-29T01:00:00Z'));
    expect([c.offset, c.offsetAfter]).toEqual([60, 120]);
    // 02:30 does not exist; as a window edge it is the moment of the change (03:00 summer time).
    expect(wallToInstant(c, 150)).toBeNaN();
    expect(wallToInstant(c, 150, true)).toBe(minuteOf('2026-03-29T03:00:00+02:00'));
    expect(wallToInstant(c, 180)).toBe(minuteOf('2026-03-29T03:00:00+02:00'));
  });

  it('25 October 2026 lasts 25 hours; 02:30 happens twice and means the first time', () => {
    const c = dayClock(dayOfIso('2026-10-25')!);
    expect(c.end - c.start).toBe(25 * 60);
    expect(wallToInstant(c, 150)).toBe(minuteOf('2026-10-25T02:30:00+02:00'));
    expect(wallToInstant(c, 1440)).toBe(c.end);
    expect(formatInstant(minuteOf('2026-10-25T02:30:00+01:00'))).toBe('2026-10-25T02:30:00+01:00');
    expect(formatInstant(minuteOf('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
  });

  it('agrees with luxon on every day of 2024–2027 (start, length, weekday, ISO date)', () => {
    let d = DateTime.fromObject({ year: 2024, month: 1, day: 1 }, { zone: ZONE });
    while (d.year < 2028) {
      const c = dayClock(dayOfIso(d.toISODate()!)!);
      expect(c.start).toBe(d.toMillis() / 60_000);
      expect(c.end).toBe(d.plus({ days: 1 }).toMillis() / 60_000);
      expect(c.weekday).toBe(d.weekday);
      expect(dayOfInstant(c.end - 1).day).toBe(c.day);
      d = d.plus({ days: 1 });
    }
  });

  it('rejects dates that do not exist', () => {
    expect(dayOfIso('2026-02-29')).toBeUndefined();
    expect(dayOfIso('2026-13-01')).toBeUndefined();
    expect(dayOfIso('2-3-2026')).toBeUndefined();
  });
});
