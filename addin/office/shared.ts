/** Pieces both WorkbookPort implementations use, so they cannot drift apart. */
import { blockToA1, type Block } from './address.js';
import type { CellValue, ChartKind, RangeData, WriteValue } from './port.js';

/**
 * Cells per Excel.run sync when reading or writing. Excel on the web refuses request/response
 * payloads above 5 MB (RequestPayloadSizeLimitExceeded); 20 000 cells of ~100 bytes stay under it.
 */
export const CHUNK_CELLS = 20_000;

/** Highlights, fills read and restored, per sync. */
export const CHUNK_RANGES = 1_000;

/** Light blue-grey of Excel's own header styles. */
export const HEADER_FILL = '#D9E1F2';

export const CHART_TYPE: Record<ChartKind, 'Line' | 'LineMarkers' | 'ColumnClustered' | 'BarClustered'> = {
  line: 'Line',
  lineMarkers: 'LineMarkers',
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
};

export const SERIES_BY = { columns: 'Columns', rows: 'Rows' } as const;

/** Row slices of at most `cellsPerChunk` cells (at least one row each). */
export function chunkRows(rowCount: number, columnCount: number, cellsPerChunk = CHUNK_CELLS): { start: number; count: number }[] {
  const per = Math.max(1, Math.floor(cellsPerChunk / Math.max(1, columnCount)));
  const out: { start: number; count: number }[] = [];
  for (let start = 0; start < rowCount; start += per) out.push({ start, count: Math.min(per, rowCount - start) });
  return out;
}

/** Consecutive slices of a list. */
export function chunks<T>(items: T[], size = CHUNK_RANGES): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows made rectangular (short rows padded with blanks), as Excel requires. */
export function padRows(rows: WriteValue[][]): WriteValue[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<WriteValue>(width - r.length).fill(null)]));
}

export function sheetRead(sheet: string, block: Block, values: CellValue[][], numberFormat?: string[][]): RangeData {
  return {
    sheet,
    address: blockToA1(block),
    row: block.row,
    column: block.column,
    values,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

/** The cell at row `r`, column `c` of data read (0-based within `values`), e.g. for a finding's ref. */
export function cellOf(data: RangeData, r: number, c: number): { sheet: string; address: string } {
  return { sheet: data.sheet, address: blockToA1({ row: data.row + r, column: data.column + c, rowCount: 1, columnCount: 1 }) };
}
