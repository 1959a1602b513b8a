import type ExcelJS from 'exceljs';
import { cellScalar, maskBsn, maskIban, sheetSpec, type ColumnSpec, type SheetKey, type SheetRead, type Severity } from '@backofficer/core';
import { highlightCells, writeRows, writeXlsxAtomic, type CellMark, type ChartSpec, type WritableCell } from '../io/index.js';
import type { ControlItem, ControlList } from '../control/control-list.js';
import type { Lang } from '../i18n.js';
import type { LoadedFile } from '../workbook/load.js';

/*
 * --out result.xlsx: one sheet per result, written atomically (io/write-xlsx.ts: temp file, then
 * rename; text from the input that looks like a formula stays text).
 * - the control list as a table (severity coloured, filter, frozen header);
 * - a copy of each input sheet a finding points at, with those cells marked by severity and the
 *   message as a cell note, so the clerk sees the mistakes where they are (same rows as the file);
 * - the margin overview, forecast and weekly report sheets with native charts (added by their
 *   commands through `sheets`).
 */

/** A result sheet a command adds: its rows and, optionally, charts placed on it. */
export interface ResultSheet {
  readonly name: string;
  readonly rows: readonly (readonly WritableCell[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Rows (1-based) written bold: headers and totals. */
  readonly bold?: readonly number[];
  /** Number format per column (1-based column → format), for the data rows. */
  readonly formats?: Readonly<Record<number, string>>;
  readonly charts?: readonly Omit<ChartSpec, 'sheet'>[];
  /** Freeze the rows above this one (e.g. 2 freezes the header). */
  readonly freezeBelow?: number;
}

export interface ResultWorkbook {
  readonly lang: Lang;
  readonly loaded?: LoadedFile;
  readonly control?: ControlList;
  readonly sheets?: readonly ResultSheet[];
}

const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  nl: { error: 'Fout', warning: 'Waarschuwing', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};
const FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

const HEADERS: Record<Lang, string[]> = {
  nl: ['Ernst', 'Code', 'Blad', 'Rij', 'Cel', 'Week', 'Datum', 'Uitzendkracht', 'Plaatsing', 'Melding', 'Herstel in blad', 'Herstel in cel', 'Bron'],
  en: ['Severity', 'Code', 'Sheet', 'Row', 'Cell', 'Week', 'Date', 'Worker', 'Placement', 'Message', 'Fix in sheet', 'Fix in cell', 'Source'],
};

/** Excel's own limits on sheet names: 31 characters, none of : \ / ? * [ ]. Unique, ignoring case. */
export function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Blad';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

function controlRows(items: readonly ControlItem[], lang: Lang): WritableCell[][] {
  return [
    HEADERS[lang],
    ...items.map((i) => [
      SEVERITY_WORD[lang][i.severity], i.code, i.sheet ?? null, i.row ?? null, i.cell ?? null, i.week ?? null, i.date ?? null,
      i.workerId ?? null, i.placementId ?? null, i.message[lang], i.fix?.sheet ?? null, i.fix?.cell ?? (i.fix ? `${i.fix.row}` : null), i.rule?.source ?? null,
    ]),
  ];
}

/** A value read from the input, written back as it was: dates and times keep a readable format. */
function copyCell(v: unknown): WritableCell {
  const s = cellScalar(v);
  if (s instanceof Date) {
    const timeOnly = s.getUTCFullYear() === 1899;
    const midnight = s.getUTCHours() === 0 && s.getUTCMinutes() === 0 && s.getUTCSeconds() === 0;
    return { value: s, numFmt: timeOnly ? 'hh:mm' : midnight ? 'dd-mm-yyyy' : 'dd-mm-yyyy hh:mm' };
  }
  return s as WritableCell;
}

/** Marks of the control list per sheet name: the cell of the finding and the cell of its fix. */
function marksBySheet(items: readonly ControlItem[], lang: Lang): Map<string, CellMark[]> {
  const out = new Map<string, CellMark[]>();
  const add = (sheet: string | undefined, address: string | undefined, item: ControlItem) => {
    if (sheet === undefined || address === undefined) return;
    const list = out.get(sheet) ?? [];
    list.push({ address, severity: item.severity, note: `${item.code}: ${item.message[lang]}` });
    out.set(sheet, list);
  };
  for (const i of items) {
    if (i.row !== undefined) add(i.sheet, i.cell ?? `A${i.row}`, i);
    if (i.fix && !(i.fix.sheet === i.sheet && i.fix.row === i.row)) add(i.fix.sheet, i.fix.cell ?? `A${i.fix.row}`, i);
  }
  return out;
}

/** Personal columns (AVG: BSN, IBAN, birth date) of a copied sheet: 0-based index → how to mask. */
function personalColumns(loaded: LoadedFile, sheetName: string): Map<number, (v: unknown) => WritableCell> {
  const out = new Map<number, (v: unknown) => WritableCell>();
  const read = (Object.values(loaded.workbook.sheets) as (SheetRead | undefined)[]).find((s) => s?.sheet === sheetName);
  if (!read) return out;
  for (const column of sheetSpec(read.key as SheetKey).columns as readonly ColumnSpec[]) {
    const binding = read.columns[column.key];
    if (!column.personal || !binding) continue;
    const mask = column.key === 'iban' ? maskIban : column.type === 'date' ? () => '****-**-**' : maskBsn;
    out.set(binding.column - 1, (v) => (v === null || v === undefined || v === '' ? null : mask(String(cellScalar(v) ?? ''))));
  }
  return out;
}

function gridRows(grid: unknown): readonly (readonly unknown[] | undefined)[] {
  if (Array.isArray(grid)) return grid;
  return (grid as { rows: readonly (readonly unknown[] | undefined)[] }).rows;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: ResultSheet): void {
  writeRows(ws, sheet.rows);
  if (sheet.formats) {
    for (const [col, fmt] of Object.entries(sheet.formats)) {
      for (let r = 2; r <= sheet.rows.length; r++) {
        const cell = ws.getCell(r, Number(col));
        if (typeof cell.value === 'number') cell.numFmt = fmt;
      }
    }
  }
  for (const r of sheet.bold ?? [1]) ws.getRow(r).font = { bold: true };
  sheet.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (sheet.freezeBelow) ws.views = [{ state: 'frozen', ySplit: sheet.freezeBelow - 1 }];
}

/** Builds and writes the result workbook to `path` (atomically). */
export async function writeResultWorkbook(path: string, result: ResultWorkbook): Promise<void> {
  const charts: ChartSpec[] = [];
  await writeXlsxAtomic(path, (wb) => {
    const used = new Set<string>();
    const { lang, control, loaded } = result;
    if (control) {
      const name = sheetName(lang === 'nl' ? 'Controlelijst' : 'Control list', used);
      const ws = wb.addWorksheet(name);
      const rows = controlRows(control.items, lang);
      writeSheet(ws, { name, rows, widths: [13, 28, 16, 8, 8, 10, 11, 13, 11, 90, 16, 13, 40], freezeBelow: 2 });
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length, column: HEADERS[lang].length } };
      control.items.forEach((item, i) => {
        ws.getCell(i + 2, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[item.severity] } };
      });
      for (let r = 2; r <= rows.length; r++) ws.getCell(r, 10).alignment = { wrapText: true, vertical: 'top' };
    }
    for (const sheet of result.sheets ?? []) {
      const name = sheetName(sheet.name, used);
      writeSheet(wb.addWorksheet(name), sheet);
      for (const c of sheet.charts ?? []) charts.push({ ...c, sheet: name, ...(c.dataSheet === undefined ? {} : { dataSheet: name }) });
    }
    if (control && loaded) {
      // Copies of the input sheets with findings, in the order of the file.
      const marks = marksBySheet(control.items, lang);
      for (const [sheet, grid] of Object.entries(loaded.grids)) {
        const list = marks.get(sheet);
        if (!list) continue;
        const name = sheetName(sheet, used);
        const ws = wb.addWorksheet(name);
        const personal = personalColumns(loaded, sheet);
        const header = loaded.workbook.sheets[(Object.keys(loaded.workbook.sheets) as SheetKey[]).find((k) => loaded.workbook.sheets[k]?.sheet === sheet)!]?.headerRow ?? 1;
        writeRows(ws, gridRows(grid).map((r, i) => (r ?? []).map((v, c) => (i + 1 > header && personal.has(c) ? personal.get(c)!(v) : copyCell(v)))));
        highlightCells(ws, list);
      }
    }
  }, { charts });
}
