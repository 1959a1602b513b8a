/**
 * BO.SHIFTPAY called as Excel calls it: start and end as date-time serials (the fraction is the
 * Amsterdam clock time) or text, the profile as rule texts or a 2-column name/value range, blank
 * cells as 0. Expected values are hand calculations (DOMAIN.md §8 hirer pay: surcharges for
 * irregular hours, overtime; CAO art. 16 lid 1 c), written out in each test.
 *
 * Serials: 2026-03-02 (Monday) = 46083; 22:00 = 22/24 of a day; 2026-10-24 (Saturday) = 46319.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeExcelError, cells, loadFunctions, type LoadedFunctions } from './excel-host.js';

const MON_2_MAR_2026 = 46083;
const SAT_24_OCT_2026 = 46319;
const at = (day: number, hours: number) => day + hours / 24;

let bo: LoadedFunctions;
beforeAll(() => {
  bo = loadFunctions();
});

function expectExcelError(result: unknown, code: '#VALUE!' | '#N/A', ...mentions: string[]): FakeExcelError {
  const cell = Array.isArray(result) ? (result as unknown[][])[0]![0] : result;
  expect(cell).toBeInstanceOf(FakeExcelError);
  const e = cell as FakeExcelError;
  expect(e.code).toBe(code);
  for (const m of mentions) expect(e.message).toContain(m);
  return e;
}

const pay = (...args: unknown[]) => cells(bo.call('SHIFTPAY', ...args))[0]![0];

describe('BO.SHIFTPAY: a night with a 25 % night window (CAO art. 16 lid 1 c, surcharges for irregular hours)', () => {
  /*
   * Monday 2026-03-02 22:00 → Tuesday 06:00 = 8 hours, wage 15,00, rule "ma-vr 20:00-06:00 25%":
   * the window starts Monday 20:00 and runs to Tuesday 06:00, so all 8 hours carry 25 %.
   *   base 8 × 15,00 = 120,00; surcharge 8 × 3,75 = 30,00; pay 150,00
   */
  it('22:00–06:00 within Monday\'s 20:00–06:00 window: 8 × 15,00 × 1,25 = 150,00', () => {
    expect(pay(at(MON_2_MAR_2026, 22), at(MON_2_MAR_2026 + 1, 6), [['ma-vr 20:00-06:00 25%']], 15, null, null)).toBe(150);
  });

  it('the end as a bare time (a time cell 0,25 or text "06:00") is the next 06:00 after the start', () => {
    expect(pay(at(MON_2_MAR_2026, 22), 0.25, [['ma-vr 20:00-06:00 25%']], 15, null, null)).toBe(150);
    expect(pay(at(MON_2_MAR_2026, 22), '06:00', 'ma-vr 20:00-06:00 25%', '15,00', null, null)).toBe(150);
  });

  it('start and end as text, Dutch or ISO: "2-3-2026 22:00" to "2026-03-03 06:00"', () => {
    expect(pay('2-3-2026 22:00', '2026-03-03 06:00', [['ma-vr 20:00-06:00 25%']], 15, null, null)).toBe(150);
  });

  /*
   * The same night with "ma-zo 00:00-06:00 25%": the window of each day starts at its own 00:00.
   *   Monday 22:00–24:00: 2 h × 15,00 = 30,00 (no window)
   *   Tuesday 00:00–06:00: 6 h × 18,75 = 112,50 (Tuesday's window)
   *   pay 142,50
   */
  it('a window from 00:00: 2 h base + 6 h at 125 % = 30,00 + 112,50 = 142,50; spilled as segments', () => {
    expect(pay(at(MON_2_MAR_2026, 22), 0.25, [['ma-zo 00:00-06:00 25%']], 15, null, null)).toBe(142.5);
    const rows = cells(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, [['ma-zo 00:00-06:00 25%']], 15, null, 'segments'));
    expect(rows).toHaveLength(2);
    // from, to, hours, hourly wage, premium %, premium € per hour, amount, rules
    expect(rows[0]![0]).toBeCloseTo(at(MON_2_MAR_2026, 22), 9);
    expect(rows[0]!.slice(1, 7)).toEqual([MON_2_MAR_2026 + 1, 2, 15, 0, 0, 30]);
    expect(rows[1]!.slice(0, 7)).toEqual([MON_2_MAR_2026 + 1, at(MON_2_MAR_2026 + 1, 6), 6, 15, 0.25, 3.75, 112.5]);
    expect(rows[1]![7]).toMatch(/00:00-06:00 \+25%/);
  });

  /*
   * DST: Saturday 2026-10-24 22:00 → Sunday 06:00; at 03:00 on Sunday the clocks go back to
   * 02:00, so the night lasts 9 real hours: Saturday 22–24 (2 h) and Sunday 00–06 (7 h).
   * Rules "za 25%" and "zo 50%" in two cells:
   *   Saturday 2 × 15,00 × 1,25 = 37,50; Sunday 7 × 15,00 × 1,50 = 157,50; pay 195,00
   */
  it('the night the clocks go back counts 9 real hours: 37,50 + 157,50 = 195,00', () => {
    expect(pay(at(SAT_24_OCT_2026, 22), 0.25, [['za 25%', 'zo 50%']], 15, null, null)).toBe(195);
    const rows = cells(bo.call('SHIFTPAY', at(SAT_24_OCT_2026, 22), 0.25, [['za 25%'], ['zo 50%']], 15, null, 'segments'));
    expect(rows.reduce((h, r) => h + (r[2] as number), 0)).toBe(9);
  });

  it('several rules in one cell, separated by ";": the same 195,00', () => {
    expect(pay(at(SAT_24_OCT_2026, 22), 0.25, 'za 25%; zo 50%', 15, null, null)).toBe(195);
  });
});

describe('BO.SHIFTPAY: a profile as name/value rows, breaks and overtime', () => {
  const PROFILE = [
    ['scale wage', 15],
    ['surcharge', 'ma-vr 20:00-06:00 25%'],
    [0, 0],
  ];

  it('the scale wage from the profile: the same night, 150,00', () => {
    expect(pay(at(MON_2_MAR_2026, 22), 0.25, PROFILE, null, null, null)).toBe(150);
  });

  /*
   * With a 30-minute break: 7,5 h worked, all in the window.
   *   line "hours worked" 7,5 × 15,00 = 112,50; line "surcharge" 7,5 × 3,75 = 28,125 → 28,13
   *   pay = 112,50 + 28,13 = 140,63 (a sum of rounded lines, never a rounded sum)
   */
  it('a 30-minute break (30, or a time cell 0:30 = 0,0208333…): lines 112,50 and 28,13, pay 140,63', () => {
    const lines = cells(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, PROFILE, null, 30, 'lines'));
    expect(lines.map((l) => l.slice(1))).toEqual([
      [7.5, 15, 112.5],
      [7.5, 3.75, 28.13],
    ]);
    expect(pay(at(MON_2_MAR_2026, 22), 0.25, PROFILE, null, 30, null)).toBe(140.63);
    expect(pay(at(MON_2_MAR_2026, 22), 0.25, PROFILE, null, 30 / 1440, null)).toBe(140.63);
    expect(pay(at(MON_2_MAR_2026, 22), 0.25, PROFILE, null, '0:30', null)).toBe(140.63);
  });

  it('an agreed hourly wage above the scale wage is used: 8 × 16,00 × 1,25 = 160,00', () => {
    expect(pay(at(MON_2_MAR_2026, 22), 0.25, PROFILE, 16, null, null)).toBe(160);
  });

  /*
   * Overtime after 8 hours per day at 50 %, Monday 07:00–17:00 (10 h), wage 15,00:
   *   8 × 15,00 = 120,00; 2 × 15,00 × 1,50 = 45,00; pay 165,00
   */
  it('overtime after 8 hours per day, 50 %: 120,00 + 45,00 = 165,00 (Dutch names "schaalloon", "overwerk")', () => {
    const profile = [
      ['schaalloon', '15,00'],
      ['overwerk', 'na 8 uur per dag 50%'],
    ];
    expect(pay(at(MON_2_MAR_2026, 7), '17:00', profile, null, null, null)).toBe(165);
  });

  it('a scale wage that starts after the shift (scale wage from 2026-04-01) → #N/A: no wage rule covers the date', () => {
    const profile = [...PROFILE, ['scale wage from', '2026-04-01']];
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, profile, null, null, null), '#N/A', '2026-04-01');
  });
});

describe('BO.SHIFTPAY: errors name the parameter, the value and what was expected', () => {
  it('a start without a date (a bare time) → #VALUE! naming "start"', () => {
    expectExcelError(bo.call('SHIFTPAY', 22 / 24, 0.25, 'ma-vr 20:00-06:00 25%', 15, null, null), '#VALUE!', 'start', 'without a date');
    expectExcelError(bo.call('SHIFTPAY', '22:00', '06:00', 'ma-vr 20:00-06:00 25%', 15, null, null), '#VALUE!', 'start', '22:00');
  });

  it('an empty start (0), text that is no time, TRUE → #VALUE!', () => {
    expectExcelError(bo.call('SHIFTPAY', 0, 0.25, 'za 50%', 15, null, null), '#VALUE!', 'start');
    expectExcelError(bo.call('SHIFTPAY', 'tonight', 0.25, 'za 50%', 15, null, null), '#VALUE!', 'start', 'tonight');
    expectExcelError(bo.call('SHIFTPAY', true, 0.25, 'za 50%', 15, null, null), '#VALUE!', 'start', 'TRUE');
  });

  it('an end before the start → #VALUE! naming the end', () => {
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), at(MON_2_MAR_2026, 20), 'za 50%', 15, null, null), '#VALUE!', 'end');
  });

  it('no wage anywhere → #VALUE! asking for hourlyWage', () => {
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, 'ma-vr 20:00-06:00 25%', null, null, null), '#VALUE!', 'hourlyWage');
  });

  it('a rule text that is no rule → #VALUE! quoting it and giving an example', () => {
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, [['nights extra']], 15, null, null), '#VALUE!', 'nights extra', '25%');
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, [['surcharge', 'sometimes 50%'], ['scale wage', 15]], null, null, null), '#VALUE!', 'profile (row 1)');
  });

  it('an empty profile → #VALUE!; an unknown output → #VALUE! listing the choices', () => {
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, [[0, 0]], 15, null, null), '#VALUE!', 'profile', 'empty');
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, 'za 50%', 15, null, 'total'), '#VALUE!', 'output', 'pay', 'segments');
  });

  it('a break as long as the shift → #VALUE! naming the break', () => {
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22), 0.25, 'za 50%', 15, 480, null), '#VALUE!', 'break');
  });

  it('seconds are refused: 22:00:30 → #VALUE! (hours are priced to the minute)', () => {
    expectExcelError(bo.call('SHIFTPAY', at(MON_2_MAR_2026, 22) + 30 / 86400, 0.25, 'za 50%', 15, null, null), '#VALUE!', 'start', 'minute');
  });
});
