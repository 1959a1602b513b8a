/**
 * The readers of addin/functions for name/value options, header-row tables and date-times, from
 * source. Excel shapes: a range is rows of cells, a blank cell inside a range is 0, a repeating
 * parameter is a list with one range per argument, a date-time is a serial whose fraction is the
 * time of day (46083 = 2026-03-02; 22:00 = 22/24).
 */
import { InputError } from '@backofficer/core';
import { describe, expect, it } from 'vitest';
import {
  readBreakMinutes,
  readDateTime,
  readEndTime,
  readKeyword,
  wallClockToSerial,
} from '../../addin/functions/excel-inputs.js';
import { matchOptions, optionKey, optionPairs, setPath, type OptionSpec } from '../../addin/functions/excel-options.js';
import { readTable } from '../../addin/functions/excel-tables.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('optionPairs: a 2-column range, or names and values as separate arguments', () => {
  it('rows of a range, blank rows (0, 0) skipped, values as Excel gave them', () => {
    expect(optionPairs([['contract', 'agency-clause'], [0, 0], ['whk', 0.0655]], 'options').map((p) => [p.name, p.value, p.where])).toEqual([
      ['contract', 'agency-clause', 'options (row 1)'],
      ['whk', 0.0655, 'options (row 3)'],
    ]);
  });

  it('a repeating parameter: one range per argument; single cells pair up as name, value', () => {
    const args = [[['contract']], [['agency-clause']], [['age', 30]], [['whk']], [['6,55%']]];
    expect(optionPairs(args, 'options').map((p) => [p.name, p.value])).toEqual([
      ['contract', 'agency-clause'],
      ['age', 30],
      ['whk', '6,55%'],
    ]);
  });

  it('nothing given (null, [], a blank argument) is no options', () => {
    expect(optionPairs(null, 'options')).toEqual([]);
    expect(optionPairs([], 'options')).toEqual([]);
    expect(optionPairs([[[null]]], 'options')).toEqual([]);
  });

  it('a name without a value, a value without a name, a third column, one column → InputError naming where', () => {
    expect(inputError(() => optionPairs([[['contract']]], 'options')).texts.en).toContain('options (argument 1): "contract" has no value');
    expect(inputError(() => optionPairs([[0, 'large']], 'options')).texts.en).toContain('options (row 1): the name is missing');
    expect(inputError(() => optionPairs([[12, 'large']], 'options')).texts.en).toContain('12 is not a name');
    expect(inputError(() => optionPairs([['age', 30, 'x']], 'options')).texts.en).toContain('third column');
    expect(inputError(() => optionPairs([['age'], [30]], 'options')).texts.en).toContain('two columns');
  });
});

describe('matchOptions: names without case, spaces, dots, dashes or a trailing "(…)"', () => {
  const specs: OptionSpec[] = [
    { path: 'employerSize', names: ['employerSize', 'employer size (Aof)', 'grootte werkgever'] },
    { path: 'surcharges', names: ['surcharge'], repeats: true },
  ];

  it('optionKey: "Employer size (Aof)" = "employer-size" = "EMPLOYERSIZE"', () => {
    expect(optionKey('Employer size (Aof)')).toBe('employersize');
    expect(optionKey('employer-size')).toBe('employersize');
    expect(optionKey('agency.sicknessRisk')).toBe('agencysicknessrisk');
  });

  it('matches by any of the names; a repeating option collects every value', () => {
    const found = matchOptions(optionPairs([['Grootte werkgever', 'groot'], ['surcharge', 'za 50%'], ['Surcharge', 'zo 100%']], 'o'), specs);
    expect(found.get('employerSize')!.map((v) => v.value)).toEqual(['groot']);
    expect(found.get('surcharges')!.map((v) => v.value)).toEqual(['za 50%', 'zo 100%']);
  });

  it('an unknown name lists the known ones; a single option twice is an error', () => {
    expect(inputError(() => matchOptions(optionPairs([['size', 'large']], 'o'), specs)).texts.en).toContain('"size" is not a known option; expected one of: employerSize, surcharge');
    expect(inputError(() => matchOptions(optionPairs([['employerSize', 'large'], ['employer size', 'small']], 'o'), specs)).texts.en).toContain('once');
  });

  it('setPath builds nested records: agency.sicknessRisk → { agency: { sicknessRisk } }', () => {
    const target: Record<string, unknown> = {};
    setPath(target, 'agency.sicknessRisk', 0.02);
    setPath(target, 'agency.idleRisk', 0.01);
    setPath(target, 'age', 30);
    expect(target).toEqual({ agency: { sicknessRisk: 0.02, idleRisk: 0.01 }, age: 30 });
  });
});

describe('readTable: a header row, then records; blank rows skipped', () => {
  const columns = [
    { field: 'start', names: ['start', 'begin'] },
    { field: 'hours', names: ['hours', 'uren'] },
  ];

  it('headers in any order and language; rows numbered as in the range (header = row 1)', () => {
    expect(readTable([['Uren', 'Begin', 0], [38, 45663, 0], [0, 0, 0], [40, 45670, 0]], 'history', columns)).toEqual([
      { row: 2, cells: { hours: 38, start: 45663 } },
      { row: 4, cells: { hours: 40, start: 45670 } },
    ]);
  });

  it('an unknown header, a header twice, no header, a value under a blank header → InputError', () => {
    expect(inputError(() => readTable([['begin', 'colour']], 'history', columns)).texts.en).toContain('"colour" is not a known column');
    expect(inputError(() => readTable([['begin', 'start']], 'history', columns)).texts.en).toContain('already column 1');
    expect(inputError(() => readTable([[0, 0], [1, 2]], 'history', columns)).texts.en).toContain('no column headers');
    expect(inputError(() => readTable([['begin', 0], [45663, 5]], 'history', columns)).texts.en).toContain('history (row 2, column 2)');
  });
});

describe('date-times: Amsterdam wall-clock text for core', () => {
  it('a serial with a time: 46083 + 22/24 → 2026-03-02T22:00 (floating error rounded to the second)', () => {
    expect(readDateTime(46083 + 22 / 24, 'start')).toBe('2026-03-02T22:00');
    expect(readDateTime(46083.916666666664, 'start')).toBe('2026-03-02T22:00');
    expect(readDateTime(46083, 'start')).toBe('2026-03-02T00:00');
  });

  it('text: ISO, Dutch date, with a space or T; an ISO text with an offset passes unchanged', () => {
    expect(readDateTime('2026-03-02 22:00', 'start')).toBe('2026-03-02T22:00');
    expect(readDateTime('2-3-2026 7:05', 'start')).toBe('2026-03-02T07:05');
    expect(readDateTime('2026-03-02T22:00+01:00', 'start')).toBe('2026-03-02T22:00+01:00');
  });

  it('a time without a date, seconds, a boolean, blank → InputError naming the field', () => {
    expect(inputError(() => readDateTime(0.5, 'start')).texts.en).toContain('start: 0.5 is a time without a date');
    expect(inputError(() => readDateTime('22:00', 'start')).texts.en).toContain('without a date');
    expect(inputError(() => readDateTime(46083 + 1 / 86400, 'start')).texts.en).toContain('whole minute');
    expect(inputError(() => readDateTime(true, 'start')).texts.en).toContain('TRUE');
    expect(inputError(() => readDateTime(null, 'start')).texts.en).toContain('missing');
    expect(inputError(() => readDateTime('2026-03-02 25:00', 'start')).texts.en).toContain('not a date and time');
  });

  it('an end may be a bare time: 0,25 → "06:00"; "6:00" stays for core to place after the start', () => {
    expect(readEndTime(0.25, 'end')).toBe('06:00');
    expect(readEndTime('6:00', 'end')).toBe('6:00');
    expect(readEndTime(46084.25, 'end')).toBe('2026-03-03T06:00');
  });

  it('wallClockToSerial reads the wall-clock part of core\'s text (offset ignored)', () => {
    expect(wallClockToSerial('2026-10-25T02:30:00+01:00')).toBeCloseTo(46320 + 2.5 / 24, 12);
  });

  it('break minutes: 30, "0:30" (for core), a time cell 0:30 = 30/1440 → 30; blank 0 stays 0', () => {
    expect(readBreakMinutes(30, 'breakMinutes')).toBe(30);
    expect(readBreakMinutes('0:30', 'breakMinutes')).toBe('0:30');
    expect(readBreakMinutes(30 / 1440, 'breakMinutes')).toBe(30);
    expect(readBreakMinutes(0, 'breakMinutes')).toBe(0);
  });
});

describe('readKeyword: English or Dutch words', () => {
  const words = { pay: 'pay', loon: 'pay', segments: 'segments' } as const;
  it('case and spaces ignored; unknown → the English choices', () => {
    expect(readKeyword(' Loon ', 'output', words)).toBe('pay');
    expect(inputError(() => readKeyword('total', 'output', words)).texts.en).toContain('"pay", "segments"');
    expect(inputError(() => readKeyword('constructor', 'output', words)).texts.en).toContain('output');
  });
});
