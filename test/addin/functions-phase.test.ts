/**
 * BO.PHASE called as Excel calls it: the history as a range with a header row (contracts and
 * hours worked in one table), blank cells as 0, dates as serials or text. Expected phases come
 * from DOMAIN.md §7 (CAO phase system): phase A lasts 52 worked weeks (for everyone from
 * 2023-01-02); phase B starts on the Monday after the last worked week of phase A; an open-ended
 * contract is phase C; ABU letters A/B/C are NBBU 1-2/3/4.
 *
 * Serials (1900 system, 46082 = 2026-03-01): 2025-01-06 = 45663, 2025-12-01 = 45992,
 * 2026-01-05 = 46027, 2026-01-12 = 46034, 2027-02-15 = 46433.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeExcelError, cells, loadFunctions, type LoadedFunctions } from './excel-host.js';

const JAN_6_2025 = 45663;
const DEC_1_2025 = 45992;
const JAN_5_2026 = 46027;
const JAN_12_2026 = 46034;
const MAR_1_2026 = 46082;

let bo: LoadedFunctions;
beforeAll(() => {
  bo = loadFunctions();
});

function expectExcelError(result: unknown, code: '#VALUE!' | '#N/A', ...mentions: string[]): FakeExcelError {
  const cell = (result as unknown[][])[0]![0];
  expect(cell).toBeInstanceOf(FakeExcelError);
  const e = cell as FakeExcelError;
  expect(e.code).toBe(code);
  for (const m of mentions) expect(e.message).toContain(m);
  return e;
}

const HEADER = ['kind', 'start', 'end', 'week', 'hours'];

/** ISO weeks 2025-W02 … 2025-W52 and 2026-W01: 51 + 1 = 52 worked weeks of 38 hours. */
function fiftyTwoWeeks(): unknown[][] {
  const rows: unknown[][] = [];
  for (let w = 2; w <= 52; w++) rows.push([0, 0, 0, `2025-W${String(w).padStart(2, '0')}`, 38]);
  rows.push([0, 0, 0, '2026-W01', 38]);
  return rows;
}

/** An agency-clause contract from Monday 2025-01-06 without an end date (blank end: 0). */
const HISTORY = [HEADER, ['agency-clause', JAN_6_2025, 0, 0, 0], ...fiftyTwoWeeks(), [0, 0, 0, 0, 0]];

const phase = (...args: unknown[]) => cells(bo.call('PHASE', ...args));

describe('BO.PHASE: the phase on a date (CAO phase system, DOMAIN.md §7)', () => {
  /*
   * On Monday 2025-12-01 the weeks counted are those whose Monday is on or before it:
   * W02 (6 Jan) … W49 (1 Dec) = 48 worked weeks, 52 − 48 = 4 left → phase A.
   */
  it('48 of 52 worked weeks on 2025-12-01 → "A"', () => {
    expect(phase(HISTORY, DEC_1_2025, null, null)).toEqual([['A']]);
  });

  /*
   * After week 52 (2026-W01, Monday 2025-12-29) phase A is complete: phase B from the Monday
   * after, 2026-01-05; on 2026-01-12 the phase is B.
   */
  it('52 worked weeks done: phase B from Monday 2026-01-05; on 2026-01-12 → "B"', () => {
    expect(phase(HISTORY, JAN_12_2026, null, null)).toEqual([['B']]);
    expect(phase(HISTORY, JAN_5_2026, null, 'phase')).toEqual([['B']]);
  });

  it('NBBU names the same phases 1-2 and 3', () => {
    expect(phase(HISTORY, DEC_1_2025, 'NBBU', null)).toEqual([['1-2']]);
    expect(phase(HISTORY, JAN_12_2026, 'nbbu', null)).toEqual([['3']]);
  });

  it('an open-ended contract is phase C (date as text)', () => {
    const history = [['soort', 'begin'], ['onbepaalde tijd', '5-1-2026']];
    expect(phase(history, '2026-03-01', null, null)).toEqual([['C']]);
  });

  it('Dutch headers and text cells: "soort | begin | einde | week | uren", hours "7,5"', () => {
    const history = [['Soort', 'Begin', 'Einde', 'Week', 'Uren'], ['uitzendbeding', '6-1-2025', '', '', ''], ['', '', '', '2025-W02', '7,5']];
    expect(phase(history, MAR_1_2026, null, null)).toEqual([['A']]);
  });

  it('a week may be a date cell inside that week', () => {
    // 2025-01-08 (Wednesday of 2025-W02) = 45665; one week counted on 2025-12-01: 51 left.
    const history = [HEADER, ['agency-clause', JAN_6_2025, 0, 0, 0], [0, 0, 0, 45665, 38]];
    const rows = phase(history, DEC_1_2025, null, 'counters');
    expect(rows.find((r) => r[0] === 'Worked weeks (phase A count)')![1]).toBe(1);
    expect(rows.find((r) => r[0] === 'Weeks left in phase A')![1]).toBe(51);
  });
});

describe('BO.PHASE "counters": name / value rows', () => {
  /*
   * On 2025-12-01: 48 worked weeks, phase A of 52, 4 left. If the worker works every week from
   * now on (week of 2025-12-01 already counted): weeks of 8, 15, 22 and 29 December complete
   * phase A, so phase B is expected from Monday 2026-01-05 (serial 46027).
   */
  it('2025-12-01: 48 worked weeks, 52 in phase A, 4 left, phase B expected from 2026-01-05', () => {
    const rows = phase(HISTORY, DEC_1_2025, null, 'counters');
    for (const r of rows) expect(r).toHaveLength(2);
    const value = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect(value('Phase')).toBe('A');
    expect(value('Worked weeks (phase A count)')).toBe(48);
    expect(value('Phase A length (weeks)')).toBe(52);
    expect(value('Weeks left in phase A')).toBe(4);
    expect(value('Contracts in phase B')).toBe(0);
    expect(value('Maximum contracts in phase B')).toBe(6);
    expect(value('Maximum years in phase B')).toBe(3);
    expect(value('Count started on')).toBe(JAN_6_2025);
    expect(value('Next phase from')).toBe(JAN_5_2026);
    expect(String(value('Next phase'))).toMatch(/phase B/);
    expect(value('Employed on the date')).toBe(true);
  });

  it('Dutch labels for nl-NL ("tellers" is "counters")', () => {
    const nl = loadFunctions({ displayLanguage: 'nl-NL' });
    const rows = cells(nl.call('PHASE', HISTORY, DEC_1_2025, null, 'tellers'));
    expect(rows.find((r) => r[0] === 'Weken over in fase A')![1]).toBe(4);
  });
});

describe('BO.PHASE: errors name the row, the field and what was expected', () => {
  it('a fixed-term contract without an end date → #VALUE! naming row 2 and the end date', () => {
    const history = [HEADER, ['fixed-term', JAN_6_2025, 0, 0, 0]];
    expectExcelError(bo.call('PHASE', history, MAR_1_2026, null, null), '#VALUE!', 'row 2', 'end date');
  });

  it('an unknown contract kind → #VALUE! naming row 3 and the value', () => {
    const history = [HEADER, ['agency-clause', JAN_6_2025, '2025-06-30', 0, 0], ['temp', '2025-07-07', 0, 0, 0]];
    expectExcelError(bo.call('PHASE', history, MAR_1_2026, null, null), '#VALUE!', 'row 3', 'temp');
  });

  it('an unknown column header → #VALUE! listing the known columns; no header → #VALUE!', () => {
    expectExcelError(bo.call('PHASE', [['kind', 'colour'], ['agency-clause', 'blue']], MAR_1_2026, null, null), '#VALUE!', 'colour', 'kind', 'start');
    expectExcelError(bo.call('PHASE', [[0, 0], [45663, 38]], MAR_1_2026, null, null), '#VALUE!', 'header');
  });

  it('a bad date in the table → #VALUE! naming the row; a bad date parameter → #VALUE! naming "date"', () => {
    expectExcelError(bo.call('PHASE', [HEADER, ['agency-clause', 'soon', 0, 0, 0]], MAR_1_2026, null, null), '#VALUE!', 'row 2', 'soon');
    expectExcelError(bo.call('PHASE', HISTORY, 'someday', null, null), '#VALUE!', 'date', 'someday');
    expectExcelError(bo.call('PHASE', HISTORY, 0, null, null), '#VALUE!', 'date');
  });

  it('an unknown CAO and an unknown output → #VALUE!', () => {
    expectExcelError(bo.call('PHASE', HISTORY, MAR_1_2026, 'CAO-X', null), '#VALUE!', 'CAO-X');
    expectExcelError(bo.call('PHASE', HISTORY, MAR_1_2026, null, 'all'), '#VALUE!', 'output', 'counters');
  });

  it('a date before the rule tables (2019-06-01) → #N/A', () => {
    expectExcelError(bo.call('PHASE', [HEADER], '2019-06-01', null, null), '#N/A');
  });
});
