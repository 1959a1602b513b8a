import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/calendar/zone.js';

// The fast path of toIsoDate (no luxon) must still refuse days that do not exist:
// Gregorian leap years are divisible by 4, except centuries not divisible by 400.
describe('toIsoDate validates calendar days', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31'])('accepts %s', (d) => {
    expect(toIsoDate(d)).toBe(d);
  });
  it.each(['2025-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])('refuses %s naming the field', (d) => {
    expect(() => toIsoDate(d, 'workDate')).toThrow(/workDate: .* is not a date/);
  });
});
