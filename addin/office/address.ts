/**
 * A1 addresses: the only place that turns row/column indexes into Excel's letters and back.
 * Indexes are zero-based (row 0 = Excel row 1, column 0 = column A), as in Excel's
 * `getRangeByIndexes`.
 */

export interface Block {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Highest column Excel has (XFD) and highest row, zero-based. */
export const MAX_COLUMN = 16_383;
export const MAX_ROW = 1_048_575;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > MAX_COLUMN) {
    throw new RangeError(`column index ${index} is outside A..XFD`);
  }
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "A" → 0, "AA" → 26 (case-insensitive). */
export function columnIndex(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) throw new RangeError(`"${name}" is not a column name`);
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n - 1 > MAX_COLUMN) throw new RangeError(`column ${name} is beyond XFD`);
  return n - 1;
}

/** "C7" for a cell, "A1:F20" for a block (a 1×1 block is written as one cell). */
export function toA1(row: number, column: number, rowCount = 1, columnCount = 1): string {
  const start = `${columnName(column)}${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${columnName(column + columnCount - 1)}${row + rowCount}`;
}

export function blockToA1(b: Block): string {
  return toA1(b.row, b.column, b.rowCount, b.columnCount);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } {
  const m = CELL.exec(text.trim());
  if (!m) throw new RangeError(`"${text}" is not a cell address such as B7`);
  const row = Number(m[2]) - 1;
  if (row < 0 || row > MAX_ROW) throw new RangeError(`row in "${text}" is outside 1..1048576`);
  return { row, column: columnIndex(m[1]!) };
}

/** "B7" or "$A$1:$F$20" (without sheet) → zero-based block. */
export function parseA1(address: string): Block {
  const [first, second, ...more] = address.split(':');
  if (first === undefined || more.length > 0) throw new RangeError(`"${address}" is not an A1 address`);
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
  };
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** "Hours" + "A1:F20" → "Hours!A1:F20"; "My sheet" → "'My sheet'!A1:F20". */
export function qualify(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** "'My sheet'!A1:F20" → { sheet: "My sheet", address: "A1:F20" }. */
export function splitQualified(qualified: string): { sheet: string; address: string } {
  const bang = qualified.lastIndexOf('!');
  if (bang < 0) throw new RangeError(`"${qualified}" has no sheet name`);
  let sheet = qualified.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, address: qualified.slice(bang + 1) };
}

/** Excel's rules for a worksheet name; returns what is wrong, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'empty';
  if (name.length > 31) return 'longer than 31 characters';
  if (/[:\\/?*[\]]/.test(name)) return 'contains one of : \\ / ? * [ ]';
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with '";
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return undefined;
}
