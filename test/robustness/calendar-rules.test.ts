/**
 * Dates, weeks, rules, minimum wage and identity numbers under adversarial input: far dates
 * (1900, 9999), DST changes in Europe/Amsterdam, week 53, wrong types. Every call gives a correct
 * value or a typed error naming the field.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  DEADLINE_CODES, NoRuleError, ZONE, addWeeks, checkBsn, checkIban, checkKvk, defaultRules, displayValue, easterSunday,
  effectiveWeekOfChange, explain, formatIsoWeek, getParameter, isPublicHoliday, isValidBsn, isValidIban, isValidKvk, isWorkingDay,
  isoWeekOf, maskBsn, maskIban, maskSensitive, minimumWage, minimumWageAge, minimumWageTable, nextWorkingDay, parameterNames,
  parseDeadlineRule, parseIsoWeek, payrollCalendar, payrollDeadline, previousWorkingDay, publicHolidayOn, publicHolidays,
  reservationRates, resolveParameter, rulesForCao, toDate, toInstant, toIsoDate, toIsoWeek, weekEnd, weekStart, weekdaysInYear,
  weeksInYear, withCao, withOverrides,
} from '@backofficer/core';
import { describeValue, EDGE_DATES, garbageRecord, nasty, outcome, runs } from './support.js';

/** Date-shaped text and values from year 1 to 9999, around DST and the year end. */
const dateish: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 3 },
  { arbitrary: fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: false }), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 60 }))
      .map(([y, w]) => `${y}-W${String(w).padStart(2, '0')}`),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 0, max: 24 * 365 * 3 }).map((h) => DateTime.fromObject({ year: 2024, month: 1, day: 1 }, { zone: ZONE }).plus({ hours: h })), weight: 1 },
  { arbitrary: nasty, weight: 2 },
);

/** Functions of one user value; `field` is the name the message must carry. */
const ONE_VALUE: Record<string, { f: (v: unknown) => unknown; field?: string }> = {
  toDate: { f: (v) => toDate(v, 'Datum'), field: 'Datum' },
  toIsoDate: { f: (v) => toIsoDate(v, 'Datum'), field: 'Datum' },
  toInstant: { f: (v) => toInstant(v, 'Tijdstip'), field: 'Tijdstip' },
  isoWeekOf: { f: (v) => isoWeekOf(v, 'Datum'), field: 'Datum' },
  parseIsoWeek: { f: (v) => parseIsoWeek(v, 'Week'), field: 'Week' },
  toIsoWeek: { f: (v) => toIsoWeek(v, 'Week'), field: 'Week' },
  weekStart: { f: (v) => weekStart(v as string) },
  weekEnd: { f: (v) => weekEnd(v as string) },
  payrollCalendar: { f: (v) => payrollCalendar(v as string) },
  // Not field-checked: a change in the last weeks of 9999 fails on the week after it (year 10000).
  effectiveWeekOfChange: { f: (v) => effectiveWeekOfChange(v) },
  publicHolidayOn: { f: (v) => publicHolidayOn(v) },
  isPublicHoliday: { f: (v) => isPublicHoliday(v) },
  isWorkingDay: { f: (v) => isWorkingDay(v) },
  previousWorkingDay: { f: (v) => previousWorkingDay(v) },
  nextWorkingDay: { f: (v) => nextWorkingDay(v) },
  minimumWage: { f: (v) => minimumWage(v) },
  minimumWageAtAge: { f: (v) => minimumWage('2026-03-02', v as number), field: 'age' },
  minimumWageAge: { f: (v) => minimumWageAge(v), field: 'age' },
  minimumWageTable: { f: (v) => minimumWageTable(v) },
  reservationRates: { f: (v) => reservationRates(v) },
  weeksInYear: { f: (v) => weeksInYear(v as number), field: 'year' },
  easterSunday: { f: (v) => easterSunday(v as number) },
  publicHolidays: { f: (v) => publicHolidays(v as number) },
  weekdaysInYear: { f: (v) => weekdaysInYear(v as number) },
  addWeeksN: { f: (v) => addWeeks('2026-W10', v as number) },
  addWeeksFrom: { f: (v) => addWeeks(v as string, 3) },
  payrollDeadlineCode: { f: (v) => payrollDeadline('2026-W10', v as never) },
  parseDeadlineRule: { f: (v) => parseDeadlineRule(v as string, 'deadline'), field: 'deadline' },
  rulesForCao: { f: (v) => rulesForCao(v as never) },
  withCao: { f: (v) => withCao(defaultRules, v as never) },
  withOverrides: { f: (v) => withOverrides(defaultRules, v as never) },
  checkBsn: { f: (v) => checkBsn(v) },
  isValidBsn: { f: (v) => isValidBsn(v) },
  checkIban: { f: (v) => checkIban(v) },
  isValidIban: { f: (v) => isValidIban(v) },
  checkKvk: { f: (v) => checkKvk(v) },
  isValidKvk: { f: (v) => isValidKvk(v) },
  maskBsn: { f: (v) => maskBsn(v) },
  maskIban: { f: (v) => maskIban(v) },
  displayValue: { f: (v) => displayValue(v, 'bsn') },
};

describe('one-value functions: a correct value or a typed error naming the field, for any input', () => {
  for (const [name, { f, field }] of Object.entries(ONE_VALUE)) {
    it(name, () => {
      fc.assert(
        fc.property(fc.oneof(dateish, garbageRecord), (v) => {
          outcome(`${name}(${describeValue(v)})`, () => f(v), { field, echoes: [v] });
        }),
        runs(250),
      );
    });
  }
});

describe('rules: every parameter on any date is a value or a NoRuleError (a date before the first value is never a guess)', () => {
  const names = parameterNames();
  it(`getParameter / explain / resolveParameter over all ${names.length} parameters`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), dateish, (name, date) => {
        const where = `getParameter(${name}, ${describeValue(date)})`;
        const r = outcome(where, () => getParameter(name, date));
        outcome(`explain(${name}, ${describeValue(date)})`, () => explain(name, date));
        outcome(`resolveParameter(${name}, ${describeValue(date)})`, () => resolveParameter(name, date));
        if (r.ok && typeof date === 'string' && /^19\d\d-/.test(date)) throw new Error(`${where}: a value for 19xx, before any table`);
      }),
      runs(600),
    );
  });

  it('an unknown parameter name or garbage overrides are typed errors', () => {
    fc.assert(
      // A parameter name comes from code or a settings file: text, numbers, null… (not a Symbol).
      fc.property(fc.oneof(fc.string(), nasty.filter((v) => typeof v !== 'symbol' && typeof v !== 'function')), (name) => {
        outcome(`getParameter(${describeValue(name)})`, () => getParameter(name as string, '2026-03-02'));
      }),
      runs(200),
    );
    fc.assert(
      fc.property(garbageRecord, fc.constantFrom(...names), nasty, (o, name, value) => {
        outcome(`withOverrides(${describeValue(o)})`, () => withOverrides(defaultRules, o as never));
        const r = outcome(`withOverrides({ parameters: { ${name}: ${describeValue(value)} } })`, () =>
          withOverrides(defaultRules, { parameters: { [name]: value } } as never), { echoes: [value] });
        // An accepted override must read back as a value or a typed error, never NaN.
        if (r.ok) outcome(`getParameter(${name}) after override ${describeValue(value)}`, () => getParameter(name, '2026-03-02', r.value), { echoes: [value] });
      }),
      runs(300),
    );
  });
});

describe('ISO weeks (ISO 8601; DESIGN.md): week 53, year ends, DST weeks', () => {
  const day = fc.integer({ min: 0, max: 8000 * 366 }).map((n) => DateTime.fromObject({ year: 1001, month: 1, day: 1 }, { zone: ZONE }).plus({ days: n }));

  it('a date lies in its week: weekStart(isoWeekOf(d)) ≤ d < weekEnd; text round-trips; the week exists in its year', () => {
    fc.assert(
      fc.property(day, (d) => {
        if (d.year > 9998) return;
        const w = isoWeekOf(d);
        expect(weekStart(w) <= d && d < weekEnd(w), `${d.toISODate()} in ${formatIsoWeek(w)}`).toBe(true);
        expect(parseIsoWeek(formatIsoWeek(w))).toEqual(w);
        expect(w.week).toBeLessThanOrEqual(weeksInYear(w.year));
        // A week is 7 days of 24 h, except the DST weeks: 167 h (last Sunday of March) or 169 h (of October).
        const hours = weekEnd(w).diff(weekStart(w), 'hours').hours;
        expect([167, 168, 169], `${formatIsoWeek(w)} has ${hours} h`).toContain(hours);
      }),
      runs(1500),
    );
  });

  it('addWeeks(w, n) then −n returns to w; n weeks are 7n days from Monday to Monday (years 1900–2100)', () => {
    const week = fc.integer({ min: 1900, max: 2100 }).chain((y) => fc.record({ year: fc.constant(y), week: fc.integer({ min: 1, max: weeksInYear(y) }) }));
    fc.assert(
      fc.property(week, fc.integer({ min: -2000, max: 2000 }), (w, n) => {
        const later = addWeeks(w, n);
        expect(addWeeks(later, -n)).toEqual(w);
        expect(Math.round(weekStart(later).diff(weekStart(w), 'days').days)).toBe(7 * n);
      }),
      runs(1000),
    );
  });

  it('week 53 exists exactly in the long years, and "YYYY-W53" of a short year is refused naming the week', () => {
    for (let y = 1900; y <= 2100; y++) {
      const long = weeksInYear(y) === 53;
      const r = outcome(`parseIsoWeek(${y}-W53)`, () => parseIsoWeek(`${y}-W53`, 'week'), { field: 'week' });
      expect(r.ok, `${y}`).toBe(long);
      if (!r.ok) expect(r.error.texts.en).toMatch(new RegExp(`${y} has 52 weeks`));
    }
    // 9999-W52 + 1 week is a week-year the calendar cannot write (5 digits): refused, not a NaN or a 5-digit text.
    const last = { year: 9999, week: weeksInYear(9999) };
    expect(outcome('addWeeks(9999-W52, 1)', () => formatIsoWeek(addWeeks(last, 1))).ok, 'addWeeks(9999-W52, 1) is refused').toBe(false);
  });

  it('payroll calendar: every deadline of every week 2024–2026 is a valid instant in Amsterdam, in cycle order of its rule', () => {
    for (const year of [2024, 2025, 2026]) {
      for (let week = 1; week <= weeksInYear(year); week++) {
        const w = { year, week };
        const cal = outcome(`payrollCalendar(${formatIsoWeek(w)})`, () => payrollCalendar(w));
        if (!cal.ok) throw cal.error;
        for (const d of cal.value.deadlines) {
          expect(d.at.isValid && d.at.zoneName === ZONE, `${formatIsoWeek(w)} ${d.code}`).toBe(true);
        }
        for (const code of DEADLINE_CODES) payrollDeadline(w, code);
      }
    }
    // Far from the tables: a NoRuleError naming the rule, not a guessed calendar.
    for (const w of ['1900-W01', '1000-W10']) {
      const r = outcome(`payrollCalendar(${w})`, () => payrollCalendar(w));
      expect(r.ok ? 'value' : r.error, w).toBeInstanceOf(NoRuleError);
    }
  });

  it('a change time that is no time is refused naming changeAt', () => {
    for (const v of ['', 'morgen', '2026-02-30T10:00', 42, null, {}, '0000-01-01T10:00']) {
      const r = outcome(`effectiveWeekOfChange(${describeValue(v)})`, () => effectiveWeekOfChange(v), { field: 'changeAt' });
      expect(r.ok).toBe(false);
    }
  });

  it('a change received at any minute of 2024–2026, DST nights included, applies to a week not before the current one', () => {
    const minute = fc.oneof(
      fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }).map((m) => DateTime.fromObject({ year: 2024, month: 1, day: 1 }, { zone: ZONE }).plus({ minutes: m })),
      fc.constantFrom('2026-03-29T01:59', '2026-03-29T02:30', '2026-03-29T03:00', '2026-10-25T02:30', '2026-10-25T02:59+01:00', '2026-10-25T02:59+02:00'),
    );
    fc.assert(
      fc.property(minute, (at) => {
        const r = outcome(`effectiveWeekOfChange(${describeValue(at)})`, () => effectiveWeekOfChange(at));
        if (!r.ok) return;
        const current = isoWeekOf(r.value.receivedAt);
        expect(weekStart(r.value.week) >= weekStart(current)).toBe(true);
        expect(r.value.receivedAt <= r.value.cutoff.at).toBe(true);
      }),
      runs(500),
    );
  });
});

describe('public holidays and minimum wage: values where the tables reach, typed errors elsewhere', () => {
  it('publicHolidays(year): unique dates inside the year, sorted; weekday flag matches the date', () => {
    for (let year = 1900; year <= 2100; year++) {
      const r = outcome(`publicHolidays(${year})`, () => publicHolidays(year));
      if (!r.ok) continue;
      const dates = r.value.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const h of r.value) {
        expect(h.date.startsWith(`${year}-`)).toBe(true);
        const dt = DateTime.fromISO(h.date, { zone: ZONE });
        expect(h.dayOfWeek).toBe(dt.weekday);
        expect(h.weekday).toBe(dt.weekday <= 5);
      }
    }
  });

  it('minimumWage(date, age): positive, never lower for an older worker, 21+ equals omitted age', () => {
    const date = fc.integer({ min: 0, max: 3 * 366 }).map((n) => DateTime.fromISO('2024-01-01', { zone: ZONE }).plus({ days: n }).toISODate()!);
    fc.assert(
      fc.property(date, fc.integer({ min: 15, max: 99 }), (d, age) => {
        const w = minimumWage(d, age);
        expect(w.gt(0)).toBe(true);
        if (age < 99) expect(minimumWage(d, age + 1).gte(w)).toBe(true);
        if (age >= 21) expect(minimumWage(d).eq(w)).toBe(true);
      }),
      runs(400),
    );
    expect(outcome('minimumWage(1900-01-01)', () => minimumWage('1900-01-01')).ok).toBe(false);
  });
});

describe('identity numbers and masks (AVG): checks never throw; masks never show the whole number', () => {
  const digits = fc.stringMatching(/^[1-9][0-9]{8}$/);
  const iban = fc.tuple(fc.constantFrom('NL', 'BE', 'DE', 'GB', 'XX'), fc.stringMatching(/^[0-9]{2}$/), fc.stringMatching(/^[A-Z0-9]{10,22}$/)).map(([c, k, b]) => `${c}${k}${b}`);

  it('maskBsn / maskIban / maskSensitive / displayValue leave at most the last 3 or 4 characters of the number', () => {
    fc.assert(
      // The ways a BSN is written (DOMAIN.md §17): compact, 3-3-3 or 4-2-3 with spaces, dots or dashes.
      fc.property(digits, iban, fc.constantFrom(' ', '.', '-', ''), fc.boolean(), (bsn, ib, sep, fourTwoThree) => {
        const cut = fourTwoThree ? [4, 6] : [3, 6];
        const spaced = sep ? `${bsn.slice(0, cut[0])}${sep}${bsn.slice(cut[0], cut[1])}${sep}${bsn.slice(cut[1])}` : bsn;
        for (const shown of [maskBsn(bsn), maskSensitive(`BSN ${spaced} of worker`), displayValue(bsn, 'bsn'), displayValue(spaced)]) {
          expect(shown.replace(/\D/g, ''), `${spaced} → ${shown}`).not.toContain(bsn.slice(0, -3));
        }
        for (const shown of [maskIban(ib), maskSensitive(`rekening ${ib}`), displayValue(ib, 'iban'), displayValue(ib)]) {
          expect(shown, `${ib} → ${shown}`).not.toContain(ib.slice(4, -4));
        }
      }),
      runs(800),
    );
  });

  it('isValidBsn agrees with the 11-test (elfproef) on 9 digits, with separators, and on numbers; isValidIban with mod 97', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (d) => {
        // 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and not all zeros.
        const n = [...d].map(Number);
        const s = n.slice(0, 8).reduce((t, x, i) => t + x * (9 - i), 0) - n[8]!;
        const expected = s % 11 === 0 && !/^0+$/.test(d);
        expect(isValidBsn(d), d).toBe(expected);
        expect(isValidBsn(`${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`), d).toBe(expected);
        // A number cell drops leading zeros; one is restored (8 digits), two are not (core: "an old 8-digit number gets a leading 0").
        if (!d.startsWith('00')) expect(isValidBsn(Number(d)), d).toBe(expected);
      }),
      runs(800),
    );
    fc.assert(
      fc.property(iban, (ib) => {
        // mod 97 over the rearranged IBAN (letters A=10 … Z=35) equals 1 for a valid one.
        const moved = `${ib.slice(4)}${ib.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
        const mod = [...moved].reduce((r, c) => (r * 10 + Number(c)) % 97, 0);
        if (mod !== 1) expect(isValidIban(ib), ib).toBe(false);
      }),
      runs(800),
    );
  });
});
