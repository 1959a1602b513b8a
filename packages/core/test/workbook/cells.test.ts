import { describe, expect, it } from 'vitest';
import { CellFailure, Decimal, hoursSheet, hirerPaySheet, makeCellParser, placementsSheet, workersSheet, type ColumnSpec } from '../../src/index.js';

function parserFor(sheet: { columns: readonly ColumnSpec[] }, key: string, header?: string) {
  const column = sheet.columns.find((c) => c.key === key)!;
  return makeCellParser({ column, header: header ?? column.headers.nl });
}

const date = parserFor(hoursSheet, 'date');
const start = parserFor(hoursSheet, 'start');
const hours = parserFor(hoursSheet, 'hours');
const breakMinutes = parserFor(hoursSheet, 'breakMinutes');
const status = parserFor(hoursSheet, 'status');
const proof = parserFor(hoursSheet, 'proof');
const approvedAt = parserFor(hoursSheet, 'approvedAt');

describe('cell parsers: dates as Excel, exceljs and clerks write them', () => {
  it('reads an exceljs Date (Excel wall-clock as UTC), an Excel serial, ISO, Dutch d-m-yyyy and yyyymmdd as the same date', () => {
    // Excel serial 46083 = 46083 days after 1899-12-30 = 2026-03-02.
    for (const v of [new Date(Date.UTC(2026, 2, 2)), 46083, '2026-03-02', '2-3-2026', '02-03-2026', '2/3/2026', '2.3.2026', '20260302', ' 2026-03-02 ']) {
      expect(date(v)).toBe('2026-03-02');
    }
  });
  it('a day that does not exist is a failure with code CELL_INVALID_DATE naming the header and the value', () => {
    const f = date('30-2-2026');
    expect(f).toBeInstanceOf(CellFailure);
    expect((f as CellFailure).code).toBe('CELL_INVALID_DATE');
    expect((f as CellFailure).texts.en).toBe('Datum: "30-2-2026" is not a date; expected e.g. 2026-03-02 or 2-3-2026');
  });
  it('blank cells (null, "", spaces, a formula without result) are undefined, not a failure', () => {
    for (const v of [null, undefined, '', '   ', { formula: 'A1' }]) expect(date(v)).toBeUndefined();
  });
  it('a formula result is read as its value; an Excel error value is CELL_FORMULA_ERROR', () => {
    expect(date({ formula: 'TODAY()', result: new Date(Date.UTC(2026, 2, 3)) })).toBe('2026-03-03');
    const f = date({ error: '#REF!' }) as CellFailure;
    expect(f.code).toBe('CELL_FORMULA_ERROR');
    expect(f.texts.en).toContain('#REF!');
  });
  it('a date-time with an offset is converted to the Amsterdam date (23:30Z on 2 March is 00:30 on 3 March, CET = UTC+1)', () => {
    expect(date('2026-03-02T23:30:00Z')).toBe('2026-03-03');
  });
});

describe('cell parsers: times and date-times', () => {
  it('reads 07:00 from text, from a fraction of a day (7/24 = 0.291666…) and from an exceljs time Date', () => {
    for (const v of ['07:00', '7:00', '7.00', '0700', 7 / 24, 0.2916666666, new Date(Date.UTC(1899, 11, 30, 7, 0))]) expect(start(v)).toBe('07:00');
  });
  it('24:00 (and the fraction 1) is the end of the day; 24:30 and 25:00 are not times', () => {
    expect(start('24:00')).toBe('24:00');
    expect(start(1)).toBe('24:00');
    expect(start('24:30')).toBeInstanceOf(CellFailure);
    expect(start('25:00')).toBeInstanceOf(CellFailure);
  });
  it('an approval moment keeps the wall-clock time, with seconds only when there are any (12:44:59.999 from Excel rounds to 12:45)', () => {
    expect(approvedAt('10-3-2026 12:45')).toBe('2026-03-10T12:45');
    expect(approvedAt('2026-03-10 13:00:30')).toBe('2026-03-10T13:00:30');
    expect(approvedAt(new Date(Date.UTC(2026, 2, 10, 12, 44, 59, 999)))).toBe('2026-03-10T12:45');
  });
  it('an approval cell without a time stays a bare date: the reader never invents 00:00', () => {
    expect(approvedAt('10-3-2026')).toBe('2026-03-10');
    expect(approvedAt(new Date(Date.UTC(2026, 2, 10)))).toBe('2026-03-10');
  });
});

describe('cell parsers: hours, minutes, amounts, percentages', () => {
  it('hours 7,5 / 7.5 / 7:30 / the number 7.5 are all 7.5 hours (450 minutes ÷ 60)', () => {
    for (const v of ['7,5', '7.5', '7:30', 7.5]) expect((hours(v) as Decimal).toString()).toBe('7.5');
  });
  it('7:20 is 440 minutes; the float 7.333333333333333 Excel stores for it reads back as the same 440 minutes', () => {
    expect((hours('7:20') as Decimal).mul(60).toString()).toBe('440');
    expect((hours(7 + 20 / 60) as Decimal).mul(60).toString()).toBe('440');
  });
  it('negative and over-24 hours are read as written (the timesheet rules report them, not the reader)', () => {
    expect((hours('-4') as Decimal).toString()).toBe('-4');
    expect((hours(26) as Decimal).toString()).toBe('26');
  });
  it('hours that are not whole minutes (7,501 h = 450,06 min) are a CELL_INVALID_HOURS failure', () => {
    expect((hours(7.501) as CellFailure).code).toBe('CELL_INVALID_HOURS');
  });
  it('a break of 30, "30", "0:30" and a time cell of 0:30 are 30 minutes; "0,5" is not a whole number of minutes', () => {
    for (const v of [30, '30', '0:30', new Date(Date.UTC(1899, 11, 30, 0, 30))]) expect(breakMinutes(v)).toBe(30);
    expect((breakMinutes('0,5') as CellFailure).code).toBe('CELL_INVALID_MINUTES');
  });
  it('wage "14,85", "€ 14,85" and 14.85 are exactly 14.85; "1,234" is ambiguous and refused', () => {
    const wage = parserFor(placementsSheet, 'wage');
    for (const v of ['14,85', '€ 14,85', 14.85, '14.85']) expect((wage(v) as Decimal).toString()).toBe('14.85');
    expect((wage('1,234') as CellFailure).code).toBe('CELL_INVALID_AMOUNT');
  });
  it('a factor "1,750" is 1.75 (a factor has no thousands groups)', () => {
    expect((parserFor(placementsSheet, 'factor')('1,750') as Decimal).toString()).toBe('1.75');
  });
  it('percentages: Excel 0.15, "15%", "15 %" and "0,15" are 0.15; "15" without % is ambiguous and refused', () => {
    const margin = parserFor(placementsSheet, 'margin');
    for (const v of [0.15, '15%', '15 %', '0,15']) expect((margin(v) as Decimal).toString()).toBe('0.15');
    const f = margin('15') as CellFailure;
    expect(f.code).toBe('CELL_INVALID_PERCENT');
    expect(f.texts.en).toContain('ambiguous');
  });
});

describe('cell parsers: yes/no, choices and days', () => {
  it('yes/no in Dutch and English, x, 1/0 and booleans', () => {
    for (const v of ['ja', 'Ja', 'J', 'yes', 'x', 'WAAR', 1, true]) expect(proof(v)).toBe(true);
    for (const v of ['nee', 'N', 'no', 'onwaar', 0, false]) expect(proof(v)).toBe(false);
    expect((proof('misschien') as CellFailure).code).toBe('CELL_INVALID_BOOLEAN');
  });
  it('choices by Dutch label, English label, code or alias, without case or accents', () => {
    for (const v of ['goedgekeurd', 'Goedgekeurd', 'APPROVED', 'akkoord', 'Geaccordeerd']) expect(status(v)).toBe('approved');
    const f = status('ok') as CellFailure;
    expect(f.code).toBe('CELL_INVALID_CHOICE');
    expect(f.texts.nl).toBe('Status: "ok" is geen toegestane waarde; verwacht een van: Ingevoerd, Ingediend, Goedgekeurd, Afgekeurd');
  });
  it('days: ma-vr, ma t/m vr, mon-fri, za,zo, weekend, feestdag, a range over the weekend (vr-ma)', () => {
    const days = parserFor(hirerPaySheet, 'days');
    expect(days('ma-vr')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(days('ma t/m vr')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(days('Mon-Fri')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(days('za, zo')).toEqual(['sat', 'sun']);
    expect(days('weekend')).toEqual(['sat', 'sun']);
    expect(days('zo en feestdag')).toEqual(['sun', 'holiday']);
    expect(days('vr-ma')).toEqual(['mon', 'fri', 'sat', 'sun']);
    expect((days('soms') as CellFailure).code).toBe('CELL_INVALID_DAYS');
  });
  it('rich text and hyperlinks are read as their text', () => {
    expect(status({ richText: [{ text: 'Goed' }, { text: 'gekeurd' }] })).toBe('approved');
    expect(status({ text: 'Goedgekeurd', hyperlink: 'https://example.invalid' })).toBe('approved');
  });
});

describe('cell parsers: personal data stays masked (AVG; DOMAIN.md §17)', () => {
  it('a bad birth date is shown with its digits masked, even under an agency header that does not sound personal', () => {
    const birth = parserFor(workersSheet, 'birthDate', 'Datum1');
    const f = birth('31-02-1990') as CellFailure;
    expect(f.texts.en).not.toContain('1990');
    expect(f.texts.en).toContain('Datum1');
  });
});
