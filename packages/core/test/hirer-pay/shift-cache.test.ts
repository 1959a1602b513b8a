import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CompiledProfile, parseHirerPayProfile, shiftPay, shiftsPay, type HirerPayProfileInput, type ShiftInput } from '../../src/index.js';
import { A, B_WEEK, C, D } from './profiles.js';

/*
 * Bulk pricing prices each distinct shift once per compiled profile (hirer-pay/shift-cache.ts,
 * issue 9). The pay itself is the hirer's pay (CAO art. 16 lid 1 a–c) as the shift table tests
 * fix it; what these tests pin down is that a shift served from the cache is exactly the shift
 * priced afresh: same categories, amounts, overtime context, findings and finding refs.
 * "Afresh" = a new CompiledProfile, whose cache is empty.
 */

const UNSIGNED: HirerPayProfileInput = { ...A, id: 'HP-A-unsigned', status: { complete: false } };
const INPUTS: Record<string, HirerPayProfileInput> = { A, B_WEEK, C, D, UNSIGNED };
const fresh = (name: string) => new CompiledProfile(parseHirerPayProfile(INPUTS[name]!));

const DAYS = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-04-05', '2026-04-06', '2026-07-01', '2026-09-01', '2026-10-24', '2026-10-25', '2026-12-25'];
const TIMES = ['06:00', '07:30', '08:00', '14:00', '16:30', '20:00', '22:00', '23:45', '02:00', '03:00'];

const shiftArb: fc.Arbitrary<ShiftInput> = fc
  .record({
    date: fc.constantFrom(...DAYS),
    start: fc.constantFrom(...TIMES.filter((t) => t !== '02:00')),
    end: fc.constantFrom(...TIMES),
    breakMinutes: fc.constantFrom(0, 15, 30, 45),
  })
  .filter((s) => s.start !== s.end);

function priceable(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch {
    return false;
  }
}

describe('shift cache: a shift served again equals the shift priced afresh (hirer pay, CAO art. 16 lid 1)', () => {
  it('shiftPay: second call (from the cache) equals a fresh pricing, with overtime hours before, an agreed wage and a finding ref', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(INPUTS)),
        shiftArb,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 45 }),
        fc.constantFrom(undefined, '15,00', '21,50'),
        fc.constantFrom(undefined, { row: 7, workerId: 'W1' }),
        fc.boolean(),
        (name, shift, dayHours, weekHours, hourlyWage, ref, segments) => {
          const options = {
            dayHoursBefore: dayHours,
            weekHoursBefore: weekHours,
            segments,
            ...(hourlyWage !== undefined ? { hourlyWage } : {}),
            ...(ref !== undefined ? { ref } : {}),
          };
          const cached = fresh(name);
          if (!priceable(() => shiftPay(shift, cached, options))) return;
          compared++;
          const again = shiftPay(shift, cached, options);
          expect(again).toEqual(shiftPay(shift, fresh(name), options));
          if (ref !== undefined) for (const f of again.findings) expect(f.ref).toMatchObject(ref);
        },
      ),
      { numRuns: 300 },
    );
    // Shifts the profile cannot price are left out above; the property must still have been tried.
    expect(compared).toBeGreaterThan(0);
  });

  it('shiftsPay: a worker\'s shifts priced a second time (every shift from the cache, day and week overtime carried) equal a fresh pricing', () => {
    let primed = 0;
    fc.assert(
      fc.property(fc.constantFrom('B_WEEK', 'D', 'C'), fc.array(shiftArb, { minLength: 1, maxLength: 12 }), (name, shifts) => {
        const cached = fresh(name);
        const prime = () => {
          shiftsPay(shifts, cached, { segments: false });
          shiftsPay(shifts, cached);
        };
        if (!priceable(prime)) return;
        primed++;
        // The same shifts again and in another order: the carried overtime context differs per shift.
        const reversed = [...shifts].reverse();
        expect(shiftsPay(reversed, cached, { segments: false })).toEqual(shiftsPay(reversed, fresh(name), { segments: false }));
        expect(shiftsPay(shifts, cached)).toEqual(shiftsPay(shifts, fresh(name)));
      }),
      { numRuns: 200 },
    );
    expect(primed).toBeGreaterThan(0);
  });

  it('a week of B_WEEK (+25 % after 8 h a day, +50 % after 40 h a week): the fifth 9-hour day is overtime from the cache as it was afresh', () => {
    // Monday 2 – Friday 6 March 2026, 07:00–16:30 with 30 minutes break = 9 worked hours a day.
    // Day overtime: the 9th hour of each day (1 h × 5). Week: 4 × 9 = 36 h before Friday, so
    // Friday's hours 37–40 are 4 h and 41–45 are 5 h over 40; the 9th hour (hour 45) is both and
    // the highest (+50 %) is paid. Priced twice from one profile: both times the same.
    const week = ['02', '03', '04', '05', '06'].map((d) => ({ date: `2026-03-${d}`, start: '07:00', end: '16:30', breakMinutes: 30 }));
    const cp = fresh('B_WEEK');
    const first = shiftsPay(week, cp);
    const second = shiftsPay(week, cp);
    expect(second).toEqual(first);
    const friday = second[4]!;
    expect(friday.totals.minutes).toBe(9 * 60);
    expect(friday.categories.find((c) => c.key === 'overtime:2')?.minutes).toBe(5 * 60);
  });
});
