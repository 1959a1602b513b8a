/**
 * Converts an .xlsx (e.g. examples/agency-week.xlsx) into the WorkbookSnapshot the preview's
 * FakeWorkbook loads: per sheet the values as Excel's range.values gives them (blank "", dates as
 * serial numbers, formula results, error text), number formats, tables and hidden sheets.
 * Runs at build time in Node with exceljs, so the browser bundle never contains exceljs.
 */

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** A cell's value as Excel's `range.values` reports it. */
export function excelValue(raw) {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) {
    // exceljs turns a date serial into a Date at UTC; turn it back.
    return Number.isNaN(raw.getTime()) ? '' : (raw.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
  }
  if (typeof raw === 'object') {
    if ('error' in raw) return String(raw.error);
    if ('result' in raw) return excelValue(raw.result);
    if ('formula' in raw || 'sharedFormula' in raw) return '';
    if (Array.isArray(raw.richText)) return raw.richText.map((r) => r.text ?? '').join('');
    if ('text' in raw) return excelValue(raw.text);
  }
  return String(raw);
}

/** @param {string} path  @returns {Promise<import('../office/fake/model.js').WorkbookSnapshot>} */
export async function xlsxToSnapshot(path) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets = [];
  const tables = [];
  wb.eachSheet((ws) => {
    const values = [];
    const numberFormat = [];
    const rows = ws.rowCount;
    const columns = ws.columnCount;
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      const v = [];
      const f = [];
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        v.push(excelValue(cell.value));
        f.push(cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null);
      }
      values.push(v);
      numberFormat.push(f);
    }
    sheets.push({ name: ws.name, values, numberFormat, ...(ws.state && ws.state !== 'visible' ? { hidden: true } : {}) });
    for (const table of ws.getTables()) {
      const model = table.model ?? table.table ?? {};
      const ref = model.tableRef ?? model.ref;
      if (model.name && ref) tables.push({ name: model.name, sheet: ws.name, address: String(ref).replace(/\$/g, '') });
    }
  });
  const first = sheets.find((s) => !s.hidden)?.name ?? '';
  return { sheets, tables, selection: { sheet: first, address: 'A1' } };
}
