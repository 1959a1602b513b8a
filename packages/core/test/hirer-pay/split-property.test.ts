import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { Decimal, ZONE, compileProfile, shiftPay, type ShiftPayResult } from '../../src/index.js';

/*
 * Property (issue 4 §1): cutting a shift at any minute and pricing the two parts gives the same
 * pay as the whole shift, when the second part is told what the first part worked (overtime per
 * day and per ISO week). Break windows are split with the shift. Surcharges, fixed euros,
 * holidays, overtime with stacking and both DST changes are in play.
 */

const profiles = (['highest', 'add'] as const).map((overlap) =>
  compileProfile({
    hirerId: 'H-P',
    job: 'Property',
    scaleWages: [{ from: '2025-01-01', amount: '17,37' }],
    surcharges: ['ma-vr 20:00-06:00 25%', 'za 50%', 'zo,feestdag 100%', 'ma-vr 18:00-22:00 € 1,13', 'dagelijks 02:30-03:30 7,5%'],
    surchargeOverlap: overlap,
    overtime: ['overwerk na 8 uur per dag 25% stapelen', 'overwerk na 10 uur per dag 40% hoogste', 'overwerk na 40 uur per week € 3,17 hoogste'],
    status: { complete: true, signedBy: 'Test', signedAt: '2025-01-01T09:00' },
  }),
);

// Days around the DST changes, holidays and week boundaries, and any day of 2025–2026.
const SPECIAL = ['2026-03-28', '2026-03-29', '2026-10-24', '2026-10-25', '2025-10-25', '2025-03-29', '2026-04-26', '2026-04-27', '2026-12-24', '2026-12-25', '2026-03-08', '2026-04-05'];
const dayArb = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.integer({ min: 0, max: 729 }).map((n) => DateTime.fromObject({ year: 2025, month: 1, day: 1 }, { zone: ZONE }).plus({ days: n }).toISODate()!),
);

const at = (minute: number) => DateTime.fromMillis(minute * 60_000, { zone: ZONE });
const mondayOf = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).startOf('week').toISODate()!;

function workedInWeek(r: ShiftPayResult, monday: string): number {
  let m = 0;
  for (const s of r.segments) if (mondayOf(s.date) === monday) m += s.minutes;
  return m;
}

function byCategory(results: ShiftPayResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) for (const c of r.categories) out[`${c.key}@${c.hourlyWage.toString()}`] = (out[`${c.key}@${c.hourlyWage.toString()}`] ?? 0) + c.minutes;
  return out;
}

const same = (a: Decimal, b: Decimal) => a.toDecimalPlaces(20).eq(b.toDecimalPlaces(20));

describe('shiftPay: splitting a shift at any minute gives the same pay (issue 4 §1 property)', () => {
  it('sum of the parts equals the whole: minutes, categories, base, surcharges, overtime, total', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 2, max: 15 * 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 90 })), { nil: undefined }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 0, max: 1 }),
        (day, startOffset, length, cutAt, breakSpec, dayBefore, weekBefore, which) => {
          const profile = profiles[which]!;
          const start = Math.round(DateTime.fromISO(day, { zone: ZONE }).toMillis() / 60_000) + startOffset;
          const end = start + length;
          const cut = start + 1 + Math.floor(cutAt * (length - 1));
          let brk: [number, number] | undefined;
          if (breakSpec) {
            const b0 = start + Math.floor(breakSpec[0] * (length - 1));
            const b1 = Math.min(end, b0 + breakSpec[1]);
            if (b1 - b0 < length) brk = [b0, b1];
          }
          const breaksIn = (a: number, z: number) => {
            if (!brk) return [];
            const b0 = Math.max(a, brk[0]);
            const b1 = Math.min(z, brk[1]);
            return b1 > b0 ? [[at(b0), at(b1)] as const] : [];
          };
          const worked = (a: number, z: number) => z - a - breaksIn(a, z).reduce((n, [x, y]) => n + (y.toMillis() - x.toMillis()) / 60_000, 0);

          const whole = shiftPay({ start: at(start), end: at(end), breaks: breaksIn(start, end) }, profile, { dayHoursBefore: dayBefore, weekHoursBefore: weekBefore });

          const parts: ShiftPayResult[] = [];
          let first: ShiftPayResult | undefined;
          if (worked(start, cut) > 0) {
            first = shiftPay({ start: at(start), end: at(cut), breaks: breaksIn(start, cut) }, profile, { dayHoursBefore: dayBefore, weekHoursBefore: weekBefore });
            parts.push(first);
          }
          if (worked(cut, end) > 0) {
            const firstMinutes = first?.totals.minutes ?? 0;
            const startMonday = mondayOf(at(start).toISODate()!);
            const cutMonday = mondayOf(at(cut).toISODate()!);
            const weekBefore2 = cutMonday === startMonday ? weekBefore * 60 + firstMinutes : first ? workedInWeek(first, cutMonday) : 0;
            parts.push(
              shiftPay({ start: at(cut), end: at(end), breaks: breaksIn(cut, end) }, profile, {
                dayHoursBefore: new Decimal(dayBefore * 60 + firstMinutes).div(60),
                weekHoursBefore: new Decimal(weekBefore2).div(60),
              }),
            );
          }
          const sum = (f: (r: ShiftPayResult) => Decimal) => parts.reduce((t, r) => t.plus(f(r)), new Decimal(0));
          expect(parts.reduce((n, r) => n + r.totals.minutes, 0)).toBe(whole.totals.minutes);
          expect(byCategory(parts)).toEqual(byCategory([whole]));
          expect(same(sum((r) => r.totals.basePay), whole.totals.basePay)).toBe(true);
          expect(same(sum((r) => r.totals.surchargePay), whole.totals.surchargePay)).toBe(true);
          expect(same(sum((r) => r.totals.overtimePay), whole.totals.overtimePay)).toBe(true);
          expect(same(sum((r) => r.totals.total), whole.totals.total)).toBe(true);
        },
      ),
      { numRuns: 400, seed: 20260427 },
    );
  });
});
