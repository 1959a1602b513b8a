import { describe, expect, it } from 'vitest';
import {
  columnIndex, columnName, parseA1, qualify, sheetNameProblem, splitQualified, toA1,
} from '../address.js';
import { asTyped, toExcelInput } from '../cell-input.js';
import { SETTINGS_NAMESPACE, settingsFromXml, settingsToXml } from '../settings-xml.js';
import { restoreStep } from '../highlights.js';

describe('A1 addresses (Excel: columns A..XFD, rows 1..1048576)', () => {
  it('column letters: A=0, Z=25, AA=26, AZ=51, XFD=16383', () => {
    expect([0, 25, 26, 51, 16_383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'XFD']);
    expect(['A', 'z', 'AA', 'AZ', 'XFD'].map(columnIndex)).toEqual([0, 25, 26, 51, 16_383]);
    expect(() => columnName(16_384)).toThrow();
    expect(() => columnIndex('XFE')).toThrow();
  });

  it('parses cells and blocks, $ signs and reversed corners', () => {
    expect(parseA1('B7')).toEqual({ row: 6, column: 1, rowCount: 1, columnCount: 1 });
    expect(parseA1('$A$1:$F$20')).toEqual({ row: 0, column: 0, rowCount: 20, columnCount: 6 });
    expect(parseA1('F20:A1')).toEqual({ row: 0, column: 0, rowCount: 20, columnCount: 6 });
    expect(toA1(6, 1)).toBe('B7');
    expect(toA1(0, 0, 20, 6)).toBe('A1:F20');
    for (const bad of ['', 'A', '7', 'A0', 'A1:B2:C3', 'Hours!A1']) expect(() => parseA1(bad)).toThrow();
  });

  it("quotes sheet names as Excel does: 'My sheet'!A1, ''for an apostrophe", () => {
    expect(qualify('Hours', 'A1')).toBe('Hours!A1');
    expect(qualify('Uren week 10', 'A1:B2')).toBe("'Uren week 10'!A1:B2");
    expect(qualify("Jan's", 'A1')).toBe("'Jan''s'!A1");
    expect(qualify('A1', 'B2')).toBe("'A1'!B2"); // a name that looks like a cell
    expect(splitQualified("'Jan''s'!C3")).toEqual({ sheet: "Jan's", address: 'C3' });
    expect(splitQualified('Hours!A1:F20')).toEqual({ sheet: 'Hours', address: 'A1:F20' });
  });

  it('sheet names: Excel refuses > 31 characters, : \\ / ? * [ ] and the name History', () => {
    expect(sheetNameProblem('Controlelijst week 10')).toBeUndefined();
    expect(sheetNameProblem('a'.repeat(31))).toBeUndefined();
    expect(sheetNameProblem('a'.repeat(32))).toMatch(/31/);
    expect(sheetNameProblem('2026/W10')).toBeDefined();
    expect(sheetNameProblem('History')).toBeDefined();
    expect(sheetNameProblem(' ')).toBeDefined();
  });
});

describe('cell input (office.js: values starting with = + - @ are read as formulas)', () => {
  it('writes text that looks like a formula with an apostrophe, and Excel stores the text', () => {
    for (const text of ['=SUM(A1)', '+31 6 1234', '-5 uur', '@home', "'quoted"]) {
      const input = toExcelInput(text);
      expect(input).toBe(`'${text}`);
      expect(asTyped(input)).toEqual({ value: text });
    }
    expect(toExcelInput({ formula: '=BO.WML(A1)' })).toBe('=BO.WML(A1)');
    expect(asTyped('=BO.WML(A1)')).toEqual({ value: '', formula: '=BO.WML(A1)' });
    expect(toExcelInput(null)).toBe('');
    expect(toExcelInput(12.5)).toBe(12.5);
    expect(() => toExcelInput(Number.NaN)).toThrow();
    expect(() => toExcelInput({ formula: 'SUM(A1)' })).toThrow();
  });
});

describe('settings part (custom XML, ExcelApi 1.5)', () => {
  it('round-trips JSON with characters XML must escape', () => {
    const data = { profiles: [{ name: 'A&B <nacht>', pct: 25 }], lang: 'nl' };
    const xml = settingsToXml(data);
    expect(xml).toContain(`xmlns="${SETTINGS_NAMESPACE}"`);
    expect(xml).not.toContain('<nacht>');
    expect(settingsFromXml(xml)).toEqual(data);
  });

  it('accepts the part re-serialised with CDATA or an empty element, refuses garbage', () => {
    expect(settingsFromXml('<backofficer xmlns="x"><json><![CDATA[{"a":1}]]></json></backofficer>')).toEqual({ a: 1 });
    expect(settingsFromXml('<backofficer xmlns="x"><json/></backofficer>')).toEqual({});
    expect(() => settingsFromXml('<backofficer><json>{oops</json></backofficer>')).toThrow(/unreadable/);
    expect(() => settingsFromXml('<other/>')).toThrow(/unreadable/);
  });
});

describe('highlight restore', () => {
  it('clears when there was no fill, restores a colour, skips a cell re-coloured since', () => {
    const rec = { sheet: 'Hours', address: 'B2', color: '#FFC7CE', previous: null };
    expect(restoreStep(rec, '#ffc7ce')).toEqual({ action: 'clear' });
    expect(restoreStep({ ...rec, previous: '#FFFF00' }, '#FFC7CE')).toEqual({ action: 'set', color: '#FFFF00' });
    expect(restoreStep(rec, '#00B050')).toEqual({ action: 'skip' });
    // Excel reports "no fill" as #FFFFFF.
    expect(restoreStep({ ...rec, previous: '#FFFFFF' }, '#FFC7CE')).toEqual({ action: 'clear' });
  });
});
