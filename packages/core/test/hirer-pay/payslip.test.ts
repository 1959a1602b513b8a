import { describe, expect, it } from 'vitest';
import { InputError, NoRuleError, parseHourLine, payslipLines, payslipTotal, shiftPay, shiftsPay, type HirerPayProfileInput } from '../../src/index.js';
import { compiled } from './profiles.js';

const signed = { complete: true, signedBy: 'P. de Vries', signedAt: '2026-01-05T10:00' };

// DESIGN.md "Exact money": round only where the domain rounds, a payslip line, half away from zero.
describe('payslipLines: one line per kind of pay, each rounded to cents (roundCents)', () => {
  it('WML 2026 wage 14,71 for 7:20 on a Saturday evening: hours × rate stays exact until the line', () => {
    const profile: HirerPayProfileInput = {
      hirerId: 'H-05', job: 'Magazijn', scaleWages: [{ from: '2026-01-01', amount: '14,71' }], surcharges: ['za 18:00-24:00 33%'], status: signed,
    };
    // Sat 2026-03-07 14:00–21:20 = 7 h 20 min = 7,3333… h.
    //   base: 7,3333… × 14,71 = 107,873333… → 107,87
    //   18:00–21:20 = 3,3333… h × 33 % × 14,71 = 3,3333… × 4,8543 = 16,181 → 16,18
    //   payslip total = 107,87 + 16,18 = 124,05 (sum of rounded lines)
    const r = shiftPay({ date: '2026-03-07', start: '14:00', end: '21:20' }, profile);
    const lines = payslipLines(r);
    expect(lines.map((l) => [l.kind, l.code, l.label.nl, l.rate.toString(), l.amount.toString()])).toEqual([
      ['base', 'base', 'Gewerkte uren', '14.71', '107.87'],
      ['surcharge', 'surcharge:1', 'Toeslag za 18:00-24:00 +33%', '4.8543', '16.18'],
    ]);
    expect(lines[0]!.exactAmount.toDecimalPlaces(6).toString()).toBe('107.873333');
    expect(lines[1]!.exactAmount.toString()).toBe('16.181');
    expect(lines[1]!.percent!.toString()).toBe('0.33');
    expect(payslipTotal(lines).toString()).toBe('124.05');
  });

  it('a week of shifts: lines grouped over all shifts and rounded once per line', () => {
    // Profile A (€16/h): Tue 18–02 (2 h base, 6 h s1), Sat 08–12 (4 h s2), Sun 10–14 (4 h s3).
    //   base 16 h × 16 = 256; s1 6 × 4 = 24; s2 4 × 8 = 32; s3 4 × 16 = 64 → 376
    const rs = shiftsPay(
      [
        { date: '2026-03-03', start: '18:00', end: '02:00' },
        { date: '2026-03-07', start: '08:00', end: '12:00' },
        { date: '2026-03-08', start: '10:00', end: '14:00' },
      ],
      compiled.A,
    );
    const lines = payslipLines(rs);
    expect(lines.map((l) => [l.code, l.quantity.toString(), l.amount.toString()])).toEqual([
      ['base', '16', '256'],
      ['surcharge:1', '6', '24'],
      ['surcharge:2', '4', '32'],
      ['surcharge:3', '4', '64'],
    ]);
    expect(payslipTotal(lines).toString()).toBe('376');
  });

  it('overtime, ATV/ADV in money and allowances get their own lines', () => {
    const profile: HirerPayProfileInput = {
      hirerId: 'H-06', job: 'Chauffeur', workweekHours: 40,
      scaleWages: [{ from: '2026-01-01', amount: '15,37' }],
      overtime: ['overwerk na 8 uur per dag 25%'],
      workingTimeReduction: { percent: '3,85%', compensation: 'money' },
      allowances: [
        { name: 'Reiskosten', amount: '0,23', unit: 'km', maxKmPerDay: 60 },
        { name: 'Maaltijdvergoeding', amount: '4,50', unit: 'dag' },
        { name: 'Gereedschap', amount: '0,10', unit: 'uur' },
        { name: 'Weekvergoeding', amount: '10', unit: 'week' },
      ],
      status: signed,
    };
    // Mon 2026-03-02 06:00–16:30, 30 break minutes: 10 h worked.
    //   base 10 × 15,37 = 153,70
    //   overtime 2 h × 25 % × 15,37 = 2 × 3,8425 = 7,685 → 7,69
    //   ATV 10 × 15,37 × 3,85 % = 5,917450 → 5,92
    //   travel min(75, 60) km × 0,23 = 13,80; meal 1 × 4,50; tools 10 h × 0,10 = 1,00; the week allowance is not per shift
    const r = shiftPay({ date: '2026-03-02', start: '06:00', end: '16:30', breakMinutes: 30 }, profile, { km: 75 });
    expect(r.totals.reductionPay.toString()).toBe('5.91745');
    expect(r.totals.allowances.toString()).toBe('19.3');
    expect(r.totals.total.toString()).toBe('167.30245');
    expect(r.totals.totalWithAllowances.toString()).toBe('186.60245');
    const lines = payslipLines(r);
    expect(lines.map((l) => [l.kind, l.quantity.toString(), l.rate.toString(), l.amount.toString()])).toEqual([
      ['base', '10', '15.37', '153.7'],
      ['overtime', '2', '3.8425', '7.69'],
      ['reduction', '10', '0.591745', '5.92'],
      ['allowance', '60', '0.23', '13.8'],
      ['allowance', '1', '4.5', '4.5'],
      ['allowance', '10', '0.1', '1'],
    ]);
    expect(lines[1]!.label.nl).toBe('Overwerk na 8 uur per dag +25% (hoogste)');
    expect(lines[2]!.label.nl).toBe('ADV/ATV in geld 3,85%');
    expect(payslipTotal(lines).toString()).toBe('186.61');
  });

  it('ATV/ADV in time: no money, hours of time off accrued (CAO art. 16 lid 1 b)', () => {
    const profile: HirerPayProfileInput = {
      hirerId: 'H-07', job: 'Operator', workweekHours: 38, scaleWages: [{ from: '2026-01-01', amount: 18 }],
      workingTimeReduction: { hoursPerYear: 104, compensation: 'tijd' }, status: signed,
    };
    // 104 / (38 × 52 = 1976) = 0,052631…; 8 h → 8 × 104 / 1976 = 0,42105… h off
    const r = shiftPay({ date: '2026-03-02', start: '08:00', end: '16:00' }, profile);
    expect(r.totals.reductionPay.toString()).toBe('0');
    expect(r.totals.total.toString()).toBe('144');
    expect(r.reduction!.hoursAccrued.toDecimalPlaces(10).toString()).toBe('0.4210526316');
    expect(payslipLines(r).map((l) => l.kind)).toEqual(['base']);
  });
});

describe('shiftsPay: a week of shifts carries the overtime counts (per day and per ISO week)', () => {
  it('five 9-hour days: 1 h day overtime on each of Mon–Thu, week overtime from Friday 13:00', () => {
    // Profile B_WEEK (€20/h): overtime after 8 h/day +25 % (€5), after 40 h/week +50 % (€10).
    // Mon–Thu 07:00–16:00: 9 h; 8 h are reached at 15:00 → 15–16 day overtime, 4 × 1 h × 5 = 20.
    // Week count after Thursday: 36 h. Friday 07:00–16:00: 40 h reached at 11:00 → 11–16 week overtime 5 h × 10 = 50
    //   (15–16 is also day overtime, the higher 50 % pays).
    // base 45 h × 20 = 900; overtime 70; total 970. Given in reverse order: results keep the input order.
    const days = ['2026-03-06', '2026-03-05', '2026-03-04', '2026-03-03', '2026-03-02'];
    const rs = shiftsPay(days.map((d) => ({ date: d, start: '07:00', end: '16:00' })), compiled.B_WEEK);
    expect(rs.map((r) => r.date)).toEqual(days);
    expect(rs.map((r) => r.totals.overtimePay.toString())).toEqual(['50', '5', '5', '5', '5']);
    const total = rs.reduce((t, r) => t.plus(r.totals.total), rs[0]!.totals.total.minus(rs[0]!.totals.total));
    expect(total.toString()).toBe('970');
    const friday = rs[0]!;
    expect(friday.categories.map((c) => [c.key, c.hours.toString()])).toEqual([['base', '4'], ['overtime:2', '5']]);
  });

  it('two shifts on one date: the second starts its day count where the first ended', () => {
    // B_HIGHEST: 06:00–11:00 (5 h) and 17:00–22:00 (5 h): the day's 8 h are reached at 20:00.
    //   20–22: evening +20 % (€4) vs overtime +25 % (€5) → overtime 2 × 5 = 10; base 10 × 20 = 200 → 210
    const rs = shiftsPay(
      [
        { date: '2026-03-02', start: '17:00', end: '22:00' },
        { date: '2026-03-02', start: '06:00', end: '11:00' },
      ],
      compiled.B_HIGHEST,
    );
    expect(rs[0]!.totals.overtimePay.toString()).toBe('10');
    expect(rs[1]!.totals.overtimePay.toString()).toBe('0');
    expect(rs[0]!.totals.total.plus(rs[1]!.totals.total).toString()).toBe('210');
  });
});

describe('shift input: clear errors in the clerk’s words', () => {
  const err = (f: () => unknown): InputError => {
    try {
      f();
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error('expected an InputError');
  };
  const A = compiled.A;

  it('a start time that does not exist on the DST day', () => {
    const e = err(() => shiftPay({ date: '2026-03-29', start: '02:30', end: '08:00' }, A));
    expect(e.code).toBe('TIME_DOES_NOT_EXIST');
    expect(e.texts.nl).toBe('begintijd: "02:30" bestaat niet op 2026-03-29: de klok ging vooruit (zomertijd); verwacht een tijd na de klokwissel, bijvoorbeeld 03:00');
    expect(e.texts.en).toBe('start time: "02:30" does not exist on 2026-03-29: the clocks went forward (summer time); expected a time after the change, e.g. 03:00');
  });

  it('a clock time without a date', () => {
    const e = err(() => shiftPay({ start: '08:00', end: '16:00' }, A));
    expect(e.texts.nl).toBe('datum: ontbreekt bij een begintijd als UU:mm; verwacht een datum, bijvoorbeeld 2026-03-02 of 2-3-2026');
  });

  it('an invalid time', () => {
    const e = err(() => shiftPay({ date: '2026-03-02', start: '08:00', end: '25:00' }, A));
    expect(e.code).toBe('INVALID_TIME');
    expect(e.texts.en).toBe('end time: "25:00" is not a time; expected a time as HH:mm (e.g. 07:30) or a date and time (e.g. 2026-03-10T07:30)');
  });

  it('a break as long as the shift, breaks given twice, a break outside the shift, overlapping breaks', () => {
    expect(err(() => shiftPay({ date: '2026-03-02', start: '08:00', end: '09:00', breaks: 60 }, A)).texts.nl).toBe(
      'pauze: (60 minuten) is even lang als of langer dan de dienst (60 minuten); verwacht een pauze korter dan de dienst',
    );
    expect(err(() => shiftPay({ date: '2026-03-02', start: '08:00', end: '16:00', breaks: [['12:00', '12:30']], breakMinutes: 30 }, A)).code).toBe('BREAKS_TWICE');
    const outside = err(() => shiftPay({ date: '2026-03-02', start: '08:00', end: '16:00', breaks: [['07:00', '07:30']] }, A));
    expect(outside.code).toBe('BREAK_OUTSIDE_SHIFT');
    expect(outside.texts.nl).toBe('pauze nr. 1: "07:00-07:30" ligt niet binnen de dienst; verwacht een pauze tussen begin- en eindtijd van de dienst');
    expect(err(() => shiftPay({ date: '2026-03-02', start: '08:00', end: '16:00', breaks: [['12:00', '12:30'], ['12:15', '12:45']] }, A)).code).toBe('BREAKS_OVERLAP');
  });

  it('an end instant before the start, a shift over 24 hours, a date that does not match the start instant', () => {
    expect(err(() => shiftPay({ start: '2026-03-02T16:00', end: '2026-03-02T08:00' }, A)).code).toBe('END_BEFORE_START');
    expect(err(() => shiftPay({ start: '2026-03-02T08:00', end: '2026-03-03T09:00' }, A)).code).toBe('SHIFT_TOO_LONG');
    expect(err(() => shiftPay({ date: '2026-03-03', start: '2026-03-02T08:00', end: '2026-03-02T16:00' }, A)).code).toBe('DATE_MISMATCH');
  });

  it('a timesheet line (hour line model) is a shift: date, start, end and breakMinutes', () => {
    const line = parseHourLine({ workerId: 'W-1', placementId: 'P-1', date: '7-3-2026', start: '8:00', end: '16:30', breakMinutes: '0:30', status: 'goedgekeurd' });
    // Sat 8 h worked × (16 + 8) = 192, as in the shift table
    expect(shiftPay(line, A).totals.total.toString()).toBe('192');
  });

  it('00:00–24:00 on the October DST day is allowed (24 h on the clock, 25 real hours)', () => {
    const r = shiftPay({ date: '2026-10-25', start: '00:00', end: '24:00' }, A);
    // Sunday: 25 h × (16 + 16) = 800
    expect(r.totals.hours.toString()).toBe('25');
    expect(r.totals.total.toString()).toBe('800');
  });

  it('a date before the first scale wage and no agreed wage: NoRuleError', () => {
    const e = (() => {
      try {
        shiftPay({ date: '2025-12-31', start: '08:00', end: '16:00' }, A);
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(NoRuleError);
    expect((e as NoRuleError).code).toBe('HIRER_PAY_NO_SCALE_WAGE');
    expect((e as NoRuleError).texts.nl).toContain('heeft pas een schaalloon vanaf 2026-01-01, niet op 2025-12-31');
  });
});
