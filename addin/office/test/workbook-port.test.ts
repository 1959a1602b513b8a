/**
 * Contract of WorkbookPort, run against both implementations:
 * FakeWorkbook (in memory) and ExcelWorkbook over a strict double of Excel.run.
 * Both work on a WorkbookModel, so after each scenario the two models must be equal cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../excel-workbook.js';
import { WorkbookModel, type WorkbookSnapshot } from '../fake/model.js';
import { FakeWorkbook } from '../fake-workbook.js';
import { WorkbookError } from '../errors.js';
import type { WorkbookPort } from '../port.js';
import { createFakeExcel } from './fake-excel.js';

/** A small agency week: hours with a blank and a date serial, a hirer list, an empty sheet. */
const week: WorkbookSnapshot = {
  sheets: [
    {
      name: 'Hours',
      values: [
        ['Worker', 'Hirer', 'Date', 'Hours', 'Approved'],
        ['W001', 'Bakkerij De Korf', 46_090, 8, true],
        ['W002', 'Bakkerij De Korf', 46_090, '', false],
        ['W003', 'Logistiek Noord', 46_091, 7.5, true],
      ],
      numberFormat: [
        [null, null, null, null, null],
        [null, null, 'yyyy-mm-dd', '0.00', null],
        [null, null, 'yyyy-mm-dd', '0.00', null],
        [null, null, 'yyyy-mm-dd', '0.00', null],
      ],
    },
    { name: 'Hirers', values: [['Hirer', 'CAO'], ['Bakkerij De Korf', 'ABU'], ['Logistiek Noord', 'NBBU']], origin: 'B2' },
    { name: 'Empty sheet', values: [] },
  ],
  tables: [{ name: 'HoursTable', sheet: 'Hours', address: 'A1:E4' }],
  selection: { sheet: 'Hours', address: 'A1:E10' },
};

interface Subject {
  name: string;
  port: WorkbookPort;
  model: WorkbookModel;
}

function subjects(snapshot: WorkbookSnapshot = week): Subject[] {
  const a = WorkbookModel.fromSnapshot(snapshot);
  const b = WorkbookModel.fromSnapshot(snapshot);
  return [
    { name: 'FakeWorkbook', port: new FakeWorkbook(a), model: a },
    { name: 'ExcelWorkbook over Excel.run double', port: new ExcelWorkbook(createFakeExcel(b).run), model: b },
  ];
}

/** Runs `scenario` on both implementations; returns both results and checks the models agree. */
async function both<T>(scenario: (port: WorkbookPort) => Promise<T>, snapshot?: WorkbookSnapshot): Promise<[T, T, WorkbookModel]> {
  const [fake, excel] = subjects(snapshot);
  const r1 = await scenario(fake!.port);
  const r2 = await scenario(excel!.port);
  expect(excel!.model.toJSON()).toEqual(fake!.model.toJSON());
  return [r1, r2, fake!.model];
}

async function errorOf(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return e as WorkbookError;
  }
  throw new Error('expected a WorkbookError');
}

describe('WorkbookPort contract (FakeWorkbook and ExcelWorkbook agree)', () => {
  it('lists sheets and tables with header names and data row count', async () => {
    const [a, b] = await both(async (p) => ({ sheets: await p.listSheets(), tables: await p.listTables() }));
    expect(a).toEqual(b);
    expect(a.sheets.map((s) => s.name)).toEqual(['Hours', 'Hirers', 'Empty sheet']);
    // HoursTable A1:E4 = 1 header row + 3 data rows.
    expect(a.tables).toEqual([{
      name: 'HoursTable', sheet: 'Hours', address: 'A1:E4',
      columns: ['Worker', 'Hirer', 'Date', 'Hours', 'Approved'], rowCount: 3,
    }]);
  });

  it('reads a table with blanks as "" (never 0) and dates as serial numbers', async () => {
    const [a, b] = await both((p) => p.read({ kind: 'table', name: 'hourstable' }));
    expect(a).toEqual(b);
    expect(a.address).toBe('A1:E4');
    expect(a.values[2]).toEqual(['W002', 'Bakkerij De Korf', 46_090, '', false]);
  });

  it('reads number formats on request, so a date column can be told from hours', async () => {
    const [a, b] = await both((p) => p.read({ kind: 'address', sheet: 'Hours', address: 'C2:D2' }, { numberFormat: true }));
    expect(a).toEqual(b);
    expect(a.numberFormat).toEqual([['yyyy-mm-dd', '0.00']]);
  });

  it('reads the used range from where the data starts (B2 on Hirers)', async () => {
    const [a, b] = await both((p) => p.read({ kind: 'usedRange', sheet: 'Hirers' }));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ sheet: 'Hirers', address: 'B2:C4', row: 1, column: 1 });
  });

  it('reads only the used part of a selection that runs past the data', async () => {
    const [a, b] = await both((p) => p.read({ kind: 'selection' }));
    expect(a).toEqual(b);
    expect(a.address).toBe('A1:E4');
    expect(a.values).toHaveLength(4);
  });

  it('reads an empty sheet as no values', async () => {
    const [a, b] = await both((p) => p.read({ kind: 'usedRange', sheet: 'Empty sheet' }));
    expect(a).toEqual(b);
    expect(a).toEqual({ sheet: 'Empty sheet', address: 'A1', row: 0, column: 0, values: [] });
  });

  it('names a missing sheet or table in Dutch and English', async () => {
    for (const s of subjects()) {
      const e1 = await errorOf(s.port.read({ kind: 'usedRange', sheet: 'Uren' }));
      expect(e1.code).toBe('SHEET_NOT_FOUND');
      expect(e1.text('nl')).toContain('"Uren" bestaat niet');
      const e2 = await errorOf(s.port.read({ kind: 'table', name: 'Nope' }));
      expect(e2.code).toBe('TABLE_NOT_FOUND');
      const e3 = await errorOf(s.port.read({ kind: 'address', sheet: 'Hours', address: 'Z' }));
      expect(e3.code).toBe('ADDRESS_INVALID');
    }
  });

  it('writes a sheet: bold shaded frozen header, column formats, formulas only when asked', async () => {
    const [a, b, model] = await both(async (p) => {
      const ref = await p.writeSheet('Findings', {
        rows: [
          ['Code', 'Message', 'Amount', 'Check'],
          // office.js: a value starting with = + - @ is read as a formula; data must stay text.
          ['=HYPERLINK("x")', '-5 uur', 12.5, { formula: '=C2*2' }],
          ["'quoted", '@home', null],
        ],
        columnFormats: [null, null, '#,##0.00', '0'],
        activate: true,
      });
      return { ref, read: await p.read({ kind: 'usedRange', sheet: 'Findings' }, { numberFormat: true }) };
    });
    expect(a.ref).toEqual(b.ref);
    expect(a.ref).toEqual({ sheet: 'Findings', address: 'A1:D3' });
    const sheet = model.sheet('Findings')!;
    expect(model.cell(sheet, 1, 0)).toMatchObject({ value: '=HYPERLINK("x")' });
    expect(model.cell(sheet, 1, 0)?.formula).toBeUndefined();
    expect(model.cell(sheet, 1, 1)).toMatchObject({ value: '-5 uur' });
    expect(model.cell(sheet, 1, 3)?.formula).toBe('=C2*2');
    expect(model.cell(sheet, 2, 0)).toMatchObject({ value: "'quoted" });
    expect(model.cell(sheet, 0, 0)).toMatchObject({ bold: true, fill: '#D9E1F2' });
    expect(model.cell(sheet, 1, 2)?.numberFormat).toBe('#,##0.00');
    expect(model.cell(sheet, 0, 2)?.numberFormat).toBeUndefined();
    expect(sheet.frozenRows).toBe(1);
    expect(model.selection).toEqual({ sheet: 'Findings', address: 'A1' });
  });

  it('rewriting a sheet leaves nothing of the old content behind', async () => {
    const [a, b] = await both(async (p) => {
      await p.writeSheet('Out', { rows: [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]] });
      await p.writeSheet('Out', { rows: [['x'], [9]], headerRows: 0 });
      return p.read({ kind: 'usedRange', sheet: 'Out' });
    });
    expect(a).toEqual(b);
    expect(a.values).toEqual([['x'], [9]]);
  });

  it('refuses a sheet name Excel would refuse (max 31 chars, no : \\ / ? * [ ])', async () => {
    for (const s of subjects()) {
      const e = await errorOf(s.port.writeSheet('Week 2026/W10', { rows: [['x']] }));
      expect(e.code).toBe('SHEET_NAME_INVALID');
      expect((await errorOf(s.port.writeSheet('x'.repeat(32), { rows: [] }))).code).toBe('SHEET_NAME_INVALID');
    }
  });

  it('highlights and restores the fill the user had, leaving cells the user re-coloured', async () => {
    const withFill: WorkbookSnapshot = { ...week };
    const [a, b, model] = await both(async (p) => {
      await p.highlight([{ sheet: 'Hours', address: 'D3', color: '#ffc7ce' }]);
      // Second run marks D3 again (other colour) and C2, which the user had filled yellow.
      await p.highlight([
        { sheet: 'Hours', address: 'D3', color: '#FFEB9C' },
        { sheet: 'Hours', address: 'A2:B2', color: '#FFC7CE' },
      ]);
      const before = await p.getSetting('highlights');
      return { before, restored: await p.clearHighlights(), after: await p.getSetting('highlights') };
    }, withFill);
    expect(a).toEqual(b);
    expect(a.before).toEqual([
      { sheet: 'Hours', address: 'D3', color: '#FFEB9C', previous: null },
      { sheet: 'Hours', address: 'A2:B2', color: '#FFC7CE', previous: null },
    ]);
    expect(a.restored).toBe(2);
    expect(a.after).toBeUndefined();
    const sheet = model.sheet('Hours')!;
    expect(model.cell(sheet, 2, 3)?.fill).toBeUndefined();
    expect(model.cell(sheet, 1, 0)?.fill).toBeUndefined();
  });

  it('clearHighlights puts back a previous fill and skips a cell the user re-coloured', async () => {
    const [fake, excel] = subjects();
    for (const s of [fake!, excel!]) {
      const hours = s.model.sheet('Hours')!;
      s.model.setFill(hours, { row: 1, column: 0, rowCount: 1, columnCount: 1 }, '#FFFF00'); // A2 yellow by the user
      await s.port.highlight([
        { sheet: 'Hours', address: 'A2', color: '#FFC7CE' },
        { sheet: 'Hours', address: 'B2', color: '#FFC7CE' },
      ]);
      s.model.setFill(hours, { row: 1, column: 1, rowCount: 1, columnCount: 1 }, '#00B050'); // user re-colours B2
      expect(await s.port.clearHighlights()).toBe(1);
      expect(s.model.cell(hours, 1, 0)?.fill).toBe('#FFFF00');
      expect(s.model.cell(hours, 1, 1)?.fill).toBe('#00B050');
    }
    expect(excel!.model.toJSON()).toEqual(fake!.model.toJSON());
  });

  it('adds a native chart and replaces ours of the same name', async () => {
    const [, , model] = await both(async (p) => {
      await p.writeSheet('Margin', { rows: [['Week', 'Revenue', 'Cost'], ['2026-W10', 1000, 800], ['2026-W11', 1100, 850]] });
      const spec = { sheet: 'Margin', name: 'BO.MarginChart', kind: 'line' as const, source: 'A1:C3', title: 'Marge per week' };
      await p.addChart(spec);
      await p.addChart({ ...spec, kind: 'columnClustered', title: 'Margin per week', position: { from: 'E2', to: 'L18' } });
    });
    expect(model.sheet('Margin')!.charts).toEqual([{
      name: 'BO.MarginChart', type: 'ColumnClustered', source: 'A1:C3', seriesBy: 'Columns',
      title: 'Margin per week', position: { from: 'E2', to: 'L18' },
    }]);
  });

  it('selects a cell on another sheet (a finding clicked in the pane)', async () => {
    const [, , model] = await both((p) => p.select({ sheet: 'Hirers', address: 'c3' }));
    expect(model.selection).toEqual({ sheet: 'Hirers', address: 'C3' });
  });

  it('keeps settings in the workbook: set, read back from a new port, remove', async () => {
    const profile = { hirer: 'Bakkerij De Korf', note: 'a < b & "c"', windows: [{ from: '22:00', pct: 25 }] };
    const [a, b, model] = await both(async (p) => {
      await p.setSetting('profiles', [profile]);
      await p.setSetting('cao', 'ABU');
      await p.setSetting('cao', undefined);
      return p.getSetting('profiles');
    });
    expect(a).toEqual([profile]);
    expect(b).toEqual([profile]);
    expect(await new FakeWorkbook(model).getSetting('profiles')).toEqual([profile]);
    expect(await new FakeWorkbook(model).getSetting('cao')).toBeUndefined();
    expect(model.customXmlParts).toHaveLength(1);
  });
});

describe('ExcelWorkbook batching (Excel on the web caps a request at 5 MB)', () => {
  const rows = 50_000;
  const big: WorkbookSnapshot = {
    sheets: [{
      name: 'Hours',
      values: [['Worker', 'Week', 'Hours'], ...Array.from({ length: rows }, (_, i) => [`W${i}`, '2026-W10', (i % 9) + 1])],
    }],
  };

  it('reads 50 000 rows × 3 columns in chunks of 20 000 cells, one sync each', async () => {
    const model = WorkbookModel.fromSnapshot(big);
    const excel = createFakeExcel(model);
    const data = await new ExcelWorkbook(excel.run).read({ kind: 'usedRange', sheet: 'Hours' });
    expect(data.values).toHaveLength(rows + 1);
    expect(data.values[rows]).toEqual([`W${rows - 1}`, '2026-W10', ((rows - 1) % 9) + 1]);
    // 1 sync: sheet exists; 1 sync: used range address; 150 003 cells / (6 666 rows × 3) = 8 chunks.
    expect(excel.stats.syncsPerRun).toEqual([1 + 1 + 8]);
  });

  it('writes 50 001 rows in chunks, one sync each, plus one for the sheet and one for formatting', async () => {
    const model = new WorkbookModel();
    const excel = createFakeExcel(model);
    const data = big.sheets[0]!.values;
    await new ExcelWorkbook(excel.run).writeSheet('Copy', { rows: data });
    // 50 001 rows × 3 = 150 003 cells; 6 666 rows per chunk → 8 chunks.
    expect(excel.stats.syncsPerRun).toEqual([1 + 8 + 1]);
    expect(new FakeWorkbook(model).values('Copy')).toEqual(data);
  });

  it('a read of a small table costs three syncs (table exists, address, values)', async () => {
    const excel = createFakeExcel(WorkbookModel.fromSnapshot(week));
    await new ExcelWorkbook(excel.run).read({ kind: 'table', name: 'HoursTable' });
    expect(excel.stats.syncsPerRun).toEqual([3]);
  });
});
