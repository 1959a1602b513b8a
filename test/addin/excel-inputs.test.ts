/**
 * The Excel-input and error adapters of addin/functions, from source. Excel's 1900 date system:
 * serial 0 = 1899-12-30, so serial n is n days later (valid from 1900-03-01 = serial 61; serial 60
 * is Excel's non-existent 29 February 1900); 46082 = 2026-03-01 (issue 7).
 */
import { InputError, NoRuleError } from '@backofficer/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayLanguage, guard, toExcelError } from '../../addin/functions/excel-errors.js';
import {
  FIRST_SERIAL,
  LAST_SERIAL,
  isOmitted,
  isoDateToSerial,
  readAmount,
  readChoice,
  readDate,
  readIsoWeek,
  readNumber,
  readPercent,
  readWholeNumber,
  serialToIsoDate,
  toExcelNumber,
} from '../../addin/functions/excel-inputs.js';
import { cellAt, cellField, combinedShape, looksBlank, spill, toMatrix } from '../../addin/functions/excel-ranges.js';
import { ErrorCode, FakeExcelError } from './excel-host.js';

const g = globalThis as Record<string, unknown>;
beforeAll(() => {
  g.CustomFunctions = { Error: FakeExcelError, ErrorCode, associate: () => undefined };
});
afterAll(() => {
  delete g.CustomFunctions;
  delete g.Office;
});

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('Excel 1900 date serials', () => {
  it('46082 is 2026-03-01 and back; 61 is 1900-03-01; 2958465 is 9999-12-31', () => {
    expect(serialToIsoDate(46082)).toBe('2026-03-01');
    expect(isoDateToSerial('2026-03-01')).toBe(46082);
    expect(serialToIsoDate(FIRST_SERIAL)).toBe('1900-03-01');
    expect(serialToIsoDate(LAST_SERIAL)).toBe('9999-12-31');
    // Leap day: 2024-01-01 = 45292 (46082 − 59 − 365 − 366); + 31 (January) + 28 = 2024-02-29 = 45351.
    expect(isoDateToSerial('2024-02-29')).toBe(45351);
    expect(serialToIsoDate(45352)).toBe('2024-03-01');
  });
  it('readDate takes a serial (time of day ignored) or date text; rejects 0, 60, negatives, fractions of nothing', () => {
    expect(readDate(46082, 'date')).toBe('2026-03-01');
    expect(readDate(46082.99, 'date')).toBe('2026-03-01');
    expect(readDate('1-3-2026', 'date')).toBe('2026-03-01');
    expect(readDate(' 2026-03-01 ', 'date')).toBe('2026-03-01');
    expect(readDate([[46082]], 'date')).toBe('2026-03-01');
    expect(thrown(() => readDate(0, 'date')).texts.en).toContain('an empty cell arrives as 0');
    expect(thrown(() => readDate(60, 'date')).texts.en).toContain('between 1900-03-01 and 9999-12-31');
    expect(thrown(() => readDate(-5, 'start')).field).toBe('start');
    expect(thrown(() => readDate('2026-02-30', 'date')).code).toBe('INVALID_DATE');
    expect(thrown(() => readDate(null, 'date')).code).toBe('MISSING_VALUE');
    expect(thrown(() => readDate(false, 'date')).texts.nl).toContain('ONWAAR');
  });
  it('readIsoWeek: week text, a date serial or date text inside the week', () => {
    expect(readIsoWeek('2026-W10', 'w')).toEqual({ year: 2026, week: 10 });
    expect(readIsoWeek(46083, 'w')).toEqual({ year: 2026, week: 10 });
    expect(readIsoWeek('2-3-2026', 'w')).toEqual({ year: 2026, week: 10 });
    expect(thrown(() => readIsoWeek('soon', 'w')).code).toBe('INVALID_ISO_WEEK');
  });
});

describe('numbers as Excel passes them: numbers, Dutch and English text, never booleans', () => {
  it('amounts: 12.5, "12,50", "1.234,56", "€ 12,50"', () => {
    expect(readAmount(12.5, 'wage').toString()).toBe('12.5');
    expect(readAmount('12,50', 'wage').toString()).toBe('12.5');
    expect(readAmount('1.234,56', 'wage').toString()).toBe('1234.56');
    expect(readAmount('€ 12,50', 'wage').toString()).toBe('12.5');
  });
  it('a factor "1,751" is 1.751 (no thousands groups in a factor)', () => {
    expect(readNumber('1,751', 'factor').toString()).toBe('1.751');
  });
  it('TRUE where a number is expected is an error, not 1', () => {
    const e = thrown(() => readAmount(true, 'wage'));
    expect(e.texts.en).toBe('wage: TRUE is a logical value; expected an amount, e.g. 12.50 or 12,50');
  });
  it('a range where one cell is expected is an error naming its size', () => {
    expect(thrown(() => readAmount([[1], [2]], 'cost')).texts.en).toBe('cost: a range of 2×1 cells; expected one cell');
  });
  it('percentages: 0.15 and "15%" and "15 %" are all 15 %', () => {
    for (const v of [0.15, '15%', '15 %', '0,15']) expect(readPercent(v, 'margin').toString()).toBe('0.15');
  });
  it('whole numbers: 20 and "20"; 20.5 is an error', () => {
    expect(readWholeNumber('20', 'age')).toBe(20);
    expect(thrown(() => readWholeNumber(20.5, 'age')).code).toBe('NOT_WHOLE_NUMBER');
  });
  it('choices ignore case and spaces; others list what is allowed', () => {
    expect(readChoice(' MARKUP ', 'basis', ['of-rate', 'markup'])).toBe('markup');
    expect(thrown(() => readChoice(1, 'basis', ['of-rate', 'markup'])).texts.en).toContain('one of "of-rate", "markup"');
  });
  it('omitted optionals: null (Excel), undefined, empty text', () => {
    expect([null, undefined, '', '  '].every(isOmitted)).toBe(true);
    expect([0, 'x', false].some(isOmitted)).toBe(false);
  });
  it('results for Excel: finite numbers only, -0 as 0', () => {
    expect(Object.is(toExcelNumber(-0), 0)).toBe(true);
    expect(() => toExcelNumber(Number.NaN)).toThrow();
  });
});

describe('ranges', () => {
  it('a scalar is a 1×1 range; a single cell or row/column repeats along the others', () => {
    expect(toMatrix(5)).toEqual([[5]]);
    expect(combinedShape({ a: [[1], [2], [3]], b: [[9]] })).toEqual({ rows: 3, columns: 1 });
    expect(combinedShape({ a: [[1], [2]], b: [[7, 8, 9]] })).toEqual({ rows: 2, columns: 3 });
    expect(cellAt([[7, 8, 9]], 1, 2)).toBe(9);
    expect(cellAt([[1], [2]], 1, 2)).toBe(2);
  });
  it('different sizes: an error naming both arguments', () => {
    const e = thrown(() => combinedShape({ wage: [[1], [2], [3]], factor: [[1], [2]] }));
    expect(e.texts.en).toBe('factor: 2 row(s) × 1 column(s), but wage: 3 row(s) × 1 column(s); expected one cell or ranges of the same size');
  });
  it('cell names in messages: row for a column, column for a row, both for a block', () => {
    expect(cellField('wage', [[1]], 0, 0)).toBe('wage');
    expect(cellField('wage', [[1], [2]], 1, 0)).toBe('wage (row 2)');
    expect(cellField('wage', [[1, 2]], 0, 1)).toBe('wage (column 2)');
    expect(cellField('wage', [[1, 2], [3, 4]], 1, 0)).toBe('wage (row 2, column 1)');
  });
  it('blank-looking cells: 0, "", null', () => {
    expect([0, '', ' ', null].every(looksBlank)).toBe(true);
    expect(looksBlank('0')).toBe(false);
  });
  it('spill: a failing cell holds its error value, the others their results', () => {
    const out = spill('BO.TEST', { rows: 2, columns: 1 }, (i) => {
      if (i === 1) throw new InputError('X', { nl: 'fout', en: 'wrong' }, 'x');
      return 1;
    });
    expect(out[0]).toEqual([1]);
    expect(out[1]![0]).toEqual(new FakeExcelError('#VALUE!', 'wrong'));
  });
});

describe('errors as Excel error values (only #VALUE! and #N/A carry a message)', () => {
  it('InputError → #VALUE!, NoRuleError → #N/A, with the message in the display language', () => {
    const input = new InputError('X', { nl: 'leeftijd: fout', en: 'age: wrong' }, 'age');
    const noRule = new NoRuleError('Y', { nl: 'geen regel', en: 'no rule' }, 'date');
    expect(toExcelError(input, 'BO.WML', 'en')).toEqual(new FakeExcelError('#VALUE!', 'age: wrong'));
    expect(toExcelError(noRule, 'BO.WML', 'nl')).toEqual(new FakeExcelError('#N/A', 'geen regel'));
  });
  it('anything else → #VALUE! with a generic message that never repeats the exception text', () => {
    const e = toExcelError(new Error('secret 123456782'), 'BO.RATE', 'en') as unknown as FakeExcelError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^BO\.RATE: unexpected problem/);
    expect(e.message).not.toContain('123456782');
  });
  it('guard returns (never throws) the error value', () => {
    expect(
      guard('BO.X', () => {
        throw new TypeError('boom');
      }),
    ).toBeInstanceOf(FakeExcelError);
    expect(guard('BO.X', () => 3)).toBe(3);
  });
  it('display language: Dutch when Office says nl-*, English otherwise or without Office', () => {
    delete g.Office;
    expect(displayLanguage()).toBe('en');
    g.Office = { context: { displayLanguage: 'nl-BE' } };
    expect(displayLanguage()).toBe('nl');
    g.Office = { context: { displayLanguage: 'de-DE' } };
    expect(displayLanguage()).toBe('en');
    g.Office = {};
    expect(displayLanguage()).toBe('en');
  });
});
