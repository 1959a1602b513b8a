/**
 * The preview's build hook: an .xlsx becomes the sheet values Excel's range.values would give
 * (blank "", dates as 1900-system serials, formula results), with number formats and tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeWorkbook } from '../../office/fake-workbook.js';
import { excelValue, xlsxToSnapshot } from '../xlsx-snapshot.mjs';

const dir = mkdtempSync(join(tmpdir(), 'bo-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('xlsx → preview workbook (build time, exceljs)', () => {
  it('dates become Excel serials: 2026-03-02 is day 46083 after 1899-12-30', () => {
    // 1899-12-30 → 2026-03-02: 126 years, of which 31 leap days (1904..2024) → 126×365 + 31 = 46021
    // days to 2025-12-30, + 2 to 2026-01-01 = 46023, + 31 (Jan) + 28 (Feb) + 1 = 46083.
    expect(excelValue(new Date(Date.UTC(2026, 2, 2)))).toBe(46083);
    expect(excelValue(new Date(Date.UTC(2026, 2, 2, 22, 0)))).toBeCloseTo(46083 + 22 / 24, 10);
    expect(excelValue(null)).toBe('');
    expect(excelValue({ formula: 'A1*2', result: 16 })).toBe(16);
    expect(excelValue({ formula: 'A1*2' })).toBe('');
    expect(excelValue({ richText: [{ text: 'Goed' }, { text: 'gekeurd' }] })).toBe('Goedgekeurd');
    expect(excelValue({ error: '#N/A' })).toBe('#N/A');
  });

  it('reads sheets, formats, a table and a hidden sheet from a file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uren');
    ws.addTable({
      name: 'UrenWeek10', ref: 'A1', headerRow: true,
      columns: [{ name: 'Personeelsnummer' }, { name: 'Datum' }, { name: 'Uren' }],
      rows: [['P-1001', new Date(Date.UTC(2026, 2, 2)), 8], ['P-1002', new Date(Date.UTC(2026, 2, 3)), null]],
    });
    ws.getCell('B2').numFmt = 'dd-mm-yyyy';
    ws.getCell('E1').value = { formula: 'C2*2', result: 16 } as ExcelJS.CellFormulaValue;
    const hidden = wb.addWorksheet('Instellingen', { state: 'hidden' });
    hidden.getCell('A1').value = 'x';
    const file = join(dir, 'week.xlsx');
    await wb.xlsx.writeFile(file);

    const snapshot = await xlsxToSnapshot(file);
    expect(snapshot.tables).toEqual([{ name: 'UrenWeek10', sheet: 'Uren', address: 'A1:C3' }]);
    expect(snapshot.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([['Uren', false], ['Instellingen', true]]);
    const fake = FakeWorkbook.fromSnapshot(snapshot);
    const table = await fake.read({ kind: 'table', name: 'UrenWeek10' }, { numberFormat: true });
    expect(table.values).toEqual([
      ['Personeelsnummer', 'Datum', 'Uren'],
      ['P-1001', 46083, 8],
      ['P-1002', 46084, ''],
    ]);
    expect(table.numberFormat?.[1]?.[1]).toBe('dd-mm-yyyy');
    expect((await fake.read({ kind: 'address', sheet: 'Uren', address: 'E1' })).values).toEqual([[16]]);
    expect((await fake.listSheets()).find((s) => s.name === 'Instellingen')?.visible).toBe(false);
  });
});
