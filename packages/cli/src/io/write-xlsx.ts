import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellScalar, CellErrorValue, isDecimal } from '@backofficer/core';
import { addCharts, type ChartSpec } from './chart.js';
import { detail, fileError } from './errors.js';

/*
 * Writing .xlsx: build the workbook with exceljs, add native charts (exceljs has no chart API, see
 * chart.ts), make the zip reproducible (fixed dates), then write atomically: a temporary file in
 * the same folder, renamed over the target only when complete. On any failure no partial file
 * remains. Text from input is always written as text: a value that starts with =, +, -, @ (or a
 * tab or carriage return) gets the text format, and a formula read from input is written as its
 * result, so nothing from a user's file ever becomes a formula (CSV/formula injection).
 */

export interface XlsxWriteOptions {
  /** Creation and modification time stored in the file and on every zip entry (for byte-identical output). */
  fixedTime?: Date;
  creator?: string;
  charts?: readonly ChartSpec[];
}

/** Text that a spreadsheet would read as a formula or a command when typed into a cell. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** Excel's text format: typed-over or re-entered content stays text. */
const TEXT_FORMAT = '@';

/**
 * Puts a value from input into a cell as a value, never as a formula: strings stay strings (with
 * the text format when they look like a formula), Decimals become numbers, a formula object
 * becomes its result, an error value becomes its text.
 */
export function setCellValue(cell: ExcelJS.Cell, value: unknown, numFmt?: string): void {
  let v = value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    v = isDecimal(v) ? v.toNumber() : cellScalar(v);
    if (v instanceof CellErrorValue) v = v.error;
  }
  if (v === undefined || v === null) {
    cell.value = null;
  } else if (typeof v === 'string') {
    cell.value = v;
    if (looksLikeFormula(v)) cell.numFmt = TEXT_FORMAT;
  } else if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) {
    cell.value = v;
  } else {
    cell.value = String(v);
  }
  if (numFmt !== undefined && !(typeof v === 'string' && looksLikeFormula(v))) cell.numFmt = numFmt;
}

/** A cell as core's toSheetCell gives it, or a plain value. */
export type WritableCell = { value: unknown; numFmt?: string } | string | number | boolean | Date | null | undefined;

function isCellObject(c: WritableCell): c is { value: unknown; numFmt?: string } {
  return c !== null && typeof c === 'object' && !(c instanceof Date) && 'value' in c;
}

/** Writes rows (row 1 first) into a worksheet through setCellValue. */
export function writeRows(worksheet: ExcelJS.Worksheet, rows: readonly (readonly WritableCell[])[], firstRow = 1): void {
  rows.forEach((cells, r) => {
    const row = worksheet.getRow(firstRow + r);
    cells.forEach((c, i) => {
      if (c === undefined) return;
      const cell = row.getCell(i + 1);
      if (isCellObject(c)) setCellValue(cell, c.value, c.numFmt);
      else setCellValue(cell, c);
    });
  });
}

export type Severity = 'error' | 'warning' | 'info';

/** Office's own "bad / neutral / note" cell styles. */
const MARKS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warning: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  info: { fill: 'FFDDEBF7', font: 'FF1F4E78' },
};

export interface CellMark {
  /** A1 address in the worksheet (D12). */
  address: string;
  severity: Severity;
  /** Shown as a cell note (comment), e.g. the finding's message. */
  note?: string;
}

/** Highlights cells with a fill by severity (the worst wins when a cell has several marks). */
export function highlightCells(worksheet: ExcelJS.Worksheet, marks: readonly CellMark[]): void {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const worst = new Map<string, { severity: Severity; notes: string[] }>();
  for (const m of marks) {
    const w = worst.get(m.address) ?? { severity: m.severity, notes: [] };
    if (rank[m.severity] > rank[w.severity]) w.severity = m.severity;
    if (m.note) w.notes.push(m.note);
    worst.set(m.address, w);
  }
  for (const [address, w] of worst) {
    const cell = worksheet.getCell(address);
    const style = MARKS[w.severity];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
    cell.font = { ...(cell.font ?? {}), color: { argb: style.font } };
    if (w.notes.length > 0) cell.note = w.notes.join('\n');
  }
}

/**
 * Re-packs a zip with the same time on every entry and without folder entries, [Content_Types].xml
 * first, so the same content always gives the same bytes.
 */
export async function reproducibleZip(zip: JSZip, time: Date): Promise<Buffer> {
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    out.file(name, await zip.files[name]!.async('uint8array'), { date: time, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** Builds the .xlsx bytes: exceljs, then charts, then fixed entry dates. */
export async function xlsxBuffer(build: (workbook: ExcelJS.Workbook) => void | Promise<void>, options: XlsxWriteOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const time = options.fixedTime ?? new Date();
  workbook.creator = options.creator ?? 'BackOfficer';
  workbook.lastModifiedBy = options.creator ?? 'BackOfficer';
  workbook.created = time;
  workbook.modified = time;
  await build(workbook);
  const raw = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  if (options.charts && options.charts.length > 0) await addCharts(zip, options.charts);
  return reproducibleZip(zip, time);
}

/** Writes bytes to `path` through a temporary file in the same folder and a rename. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw fileError('WRITE_FAILED', path, {
      nl: `kan het bestand niet schrijven (${detail(e)}). Controleer of de map bestaat, of u er mag schrijven en of het bestand niet in Excel open staat.`,
      en: `cannot write the file (${detail(e)}). Check that the folder exists, that you may write there and that the file is not open in Excel.`,
    });
  }
}

/**
 * Builds a workbook and writes it atomically to `path`. When building fails nothing is written;
 * when writing fails the temporary file is removed and the old file (if any) stays as it was.
 */
export async function writeXlsxAtomic(path: string, build: (workbook: ExcelJS.Workbook) => void | Promise<void>, options: XlsxWriteOptions = {}): Promise<void> {
  const bytes = await xlsxBuffer(build, options);
  await writeFileAtomic(path, bytes);
}
