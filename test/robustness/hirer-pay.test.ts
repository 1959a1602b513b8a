/**
 * Hirer pay (issue 4 §1; DOMAIN.md §8–9) under adversarial input, and the split property at
 * the boundaries that break calendars: DST nights, the year end with ISO week 53 (2026-W53),
 * 1 January wage changes and public holidays.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  Decimal, ZONE, compileProfile, parseHirerPayProfile, parseOvertimeText, parseRuleText, parseSurchargeText, payslipLines, payslipTotal,
  shiftPay, shiftsPay, type HirerPayProfileInput, type ShiftPayResult,
} from '@backofficer/core';
import { describeValue, garbageRecord, mutate, mutationOf, nasty, outcome, pathLabel, runs } from './support.js';

const signed = { complete: true, signedBy: 'Robustness test', signedAt: '2024-01-02T09:00' };

/** A profile with everything that splits a shift: surcharges by clock, day and holiday, fixed euros, overtime per day and week, a raise on 1 January. */
const PROFILE: HirerPayProfileInput = {
  id: 'HP-R',
  hirerId: 'H-R',
  job: 'Robustness',
  scaleWages: [
    { from: '2024-01-01', amount: '16,37' },
    { from: '2025-01-01', amount: '17,13' },
    { from: '2026-01-01', amount: '17,89' },
    { from: '2027-01-01', amount: '18,41' },
  ],
  surcharges: ['ma-vr 20:00-06:00 25%', 'za 50%', 'zo,feestdag 100%', 'ma-vr 18:00-22:00 € 1,13', 'dagelijks 02:30-03:30 7,5%'],
  overtime: ['overwerk na 8 uur per dag 25% stapelen', 'overwerk na 40 uur per week € 3,17 hoogste'],
  status: signed,
};
const compiled = compileProfile(PROFILE);

describe('hirer pay profile and rule texts: any input is a profile, a rule or a named InputError', () => {
  it('parseHirerPayProfile / compileProfile with one field made adversarial', () => {
    fc.assert(
      fc.property(mutationOf(PROFILE), ({ path, replacement }) => {
        const input = mutate(PROFILE, path, replacement);
        const where = `parseHirerPayProfile(${pathLabel(path)} = ${describeValue(replacement)})`;
        const parsed = outcome(where, () => parseHirerPayProfile(input), { echoes: [replacement] });
        const compiledR = outcome(`compileProfile(${pathLabel(path)} = ${describeValue(replacement)})`, () => compileProfile(input), { echoes: [replacement] });
        expect(compiledR.ok, where).toBe(parsed.ok);
      }),
      runs(600),
    );
    fc.assert(fc.property(garbageRecord, (g) => void outcome(`compileProfile(${describeValue(g)})`, () => compileProfile(g as never))), runs(150));
  });

  it('parseRuleText / parseSurchargeText / parseOvertimeText with random text', () => {
    const words = fc.constantFrom('ma-vr', 'za', 'zo', 'feestdag', 'dagelijks', '20:00-06:00', '25%', '€ 1,13', 'overwerk', 'na', '8', 'uur', 'per', 'dag', 'week', 'stapelen', 'hoogste', '24:00-00:00', '99:99', '-5%', '1e999%', 'NaN%', '');
    const text = fc.oneof(fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')), fc.string({ maxLength: 30 }), nasty);
    fc.assert(
      fc.property(text, (t) => {
        for (const [name, f] of Object.entries({ parseRuleText, parseSurchargeText, parseOvertimeText })) {
          outcome(`${name}(${describeValue(t)})`, () => (f as (x: unknown, field?: string) => unknown)(t, 'regel'), { echoes: [t] });
        }
      }),
      runs(800),
    );
  });
});

describe('shiftPay: adversarial shifts and options give pay or a named InputError, never NaN', () => {
  const SHIFT = { date: '2026-03-28', start: '22:00', end: '07:30', breaks: [['01:00', '01:30']] as const };
  const OPTIONS = { hourlyWage: '18,00', dayHoursBefore: '2,5', weekHoursBefore: 38, km: 12, contractHoursPerWeek: 40 };

  it('one field of the shift made adversarial (also breakMinutes, instants with offsets)', () => {
    const shifts = [SHIFT, { start: '2026-10-25T01:00', end: '2026-10-25T09:00+01:00', breakMinutes: 30 }, { date: '31-12-2026', start: '23:00', end: '24:00', breaks: '0:15' }];
    fc.assert(
      fc.property(fc.constantFrom(...shifts).chain((s) => mutationOf(s).map((m) => ({ s, m }))), ({ s, m }) => {
        const input = mutate(s, m.path, m.replacement);
        const where = `shiftPay(${pathLabel(m.path)} = ${describeValue(m.replacement)})`;
        const r = outcome(where, () => shiftPay(input as never, compiled), { echoes: [m.replacement] });
        if (r.ok) {
          // Pay for worked minutes is never 0 (the wage is positive); no minutes, no pay.
          expect(r.value.totals.minutes >= 0, where).toBe(true);
          expect(r.value.totals.total.isZero(), where).toBe(r.value.totals.minutes === 0);
        }
      }),
      runs(800),
    );
    fc.assert(fc.property(garbageRecord, (g) => void outcome(`shiftPay(${describeValue(g)})`, () => shiftPay(g as never, compiled))), runs(200));
  });

  it('one option made adversarial', () => {
    fc.assert(
      fc.property(mutationOf(OPTIONS), ({ path, replacement }) => {
        outcome(`shiftPay(options.${pathLabel(path)} = ${describeValue(replacement)})`, () => shiftPay(SHIFT, compiled, mutate(OPTIONS, path, replacement) as never));
      }),
      runs(500),
    );
  });

  it('shiftsPay + payslipLines + payslipTotal over a mix of good and bad shifts: all or a named error', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(SHIFT as unknown), mutationOf(SHIFT).map((m) => mutate(SHIFT, m.path, m.replacement) as unknown)), { maxLength: 5 }), (list) => {
        const r = outcome(`shiftsPay(${describeValue(list)})`, () => shiftsPay(list as never, compiled));
        if (!r.ok) return;
        const lines = outcome('payslipLines', () => payslipLines(r.value));
        if (lines.ok) {
          const total = outcome('payslipTotal', () => payslipTotal(lines.value));
          // The payslip total is the sum of its rounded lines (money/round.ts), within a cent per line of the exact pay.
          if (total.ok) {
            const exact = r.value.reduce((t, x) => t.plus(x.totals.totalWithAllowances), new Decimal(0));
            expect(total.value.minus(exact).abs().lte(new Decimal('0.005').mul(lines.value.length + 1))).toBe(true);
          }
        }
      }),
      runs(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Split property at the calendar's hard places.
// ---------------------------------------------------------------------------------------------

/** Days where shifts cross DST, the year end with week 53, 1 January wage raises, and holidays. */
const HARD_DAYS = [
  '2024-03-30', '2024-03-31', '2024-10-26', '2024-10-27', '2024-12-24', '2024-12-31', '2025-01-01', '2025-12-31', '2026-01-01',
  '2026-03-28', '2026-03-29', '2026-04-04', '2026-04-05', '2026-04-26', '2026-04-27', '2026-05-04', '2026-05-05', '2026-10-24',
  '2026-10-25', '2026-12-24', '2026-12-27', '2026-12-28', '2026-12-31', '2027-01-01', '2027-01-03', '2027-01-04',
];

const at = (minute: number) => DateTime.fromMillis(minute * 60_000, { zone: ZONE });
const mondayOf = (minute: number) => at(minute).startOf('week').toISODate()!;

function sumTotals(parts: readonly ShiftPayResult[]) {
  const add = (f: (r: ShiftPayResult) => Decimal) => parts.reduce((t, r) => t.plus(f(r)), new Decimal(0));
  return {
    minutes: parts.reduce((n, r) => n + r.totals.minutes, 0),
    base: add((r) => r.totals.basePay),
    surcharge: add((r) => r.totals.surchargePay),
    overtime: add((r) => r.totals.overtimePay),
    total: add((r) => r.totals.total),
  };
}

describe('shiftPay: splitting a shift at any minutes and pricing the parts gives the same total (DST, week 53, 1 January, holidays)', () => {
  it('cut into 2 or 3 parts, each part told the minutes worked before it that day and that ISO week', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HARD_DAYS),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 3, max: 16 * 60 }),
        fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 44 }),
        (day, offset, length, cutsAt, dayBefore, weekBefore) => {
          const start = Math.round(DateTime.fromISO(day, { zone: ZONE }).toMillis() / 60_000) + offset;
          const end = start + length;
          const cuts = [...new Set(cutsAt.map((c) => start + 1 + Math.floor(c * (length - 2))))].sort((a, b) => a - b);
          const bounds = [start, ...cuts, end];
          const where = `${at(start).toISO()} → ${at(end).toISO()} cut at ${cuts.map((c) => at(c).toISO()).join(', ')}`;
          const whole = shiftPay({ start: at(start), end: at(end) }, compiled, { dayHoursBefore: dayBefore, weekHoursBefore: weekBefore });
          const parts: ShiftPayResult[] = [];
          let doneMinutes = 0;
          const startMonday = mondayOf(start);
          for (let i = 0; i + 1 < bounds.length; i++) {
            const a = bounds[i]!;
            const z = bounds[i + 1]!;
            // Minutes of earlier parts in the ISO week of this part's start (the whole shift's week overtime counts the same way).
            const inWeek = parts.reduce((n, p) => n + p.segments.filter((s) => mondayOf(s.fromMinute) === mondayOf(a)).reduce((m, s) => m + s.minutes, 0), 0);
            const weekMinutes = (mondayOf(a) === startMonday ? weekBefore * 60 : 0) + inWeek;
            const part = shiftPay({ start: at(a), end: at(z) }, compiled, {
              dayHoursBefore: new Decimal(dayBefore * 60 + doneMinutes).div(60),
              weekHoursBefore: new Decimal(weekMinutes).div(60),
            });
            parts.push(part);
            doneMinutes += part.totals.minutes;
          }
          const sum = sumTotals(parts);
          expect(sum.minutes, where).toBe(whole.totals.minutes);
          expect(whole.totals.minutes, where).toBe(Math.round(at(end).diff(at(start), 'minutes').minutes));
          for (const k of ['base', 'surcharge', 'overtime', 'total'] as const) {
            const w = { base: whole.totals.basePay, surcharge: whole.totals.surchargePay, overtime: whole.totals.overtimePay, total: whole.totals.total }[k];
            expect(sum[k].toDecimalPlaces(20).eq(w.toDecimalPlaces(20)), `${where}: ${k} ${sum[k].toString()} ≠ ${w.toString()}`).toBe(true);
          }
        },
      ),
      runs(500),
    );
  });

  it('a shift over the DST change is paid for its real minutes: 22:00–06:00 is 7 h in March and 9 h in October', () => {
    const march = shiftPay({ date: '2026-03-28', start: '22:00', end: '06:00' }, compiled);
    const october = shiftPay({ date: '2026-10-24', start: '22:00', end: '06:00' }, compiled);
    expect(march.totals.minutes).toBe(7 * 60);
    expect(october.totals.minutes).toBe(9 * 60);
  });
});
