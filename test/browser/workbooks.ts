/**
 * Workbooks for the browser tests, and what core says about them (computed here in Node, so the
 * pane's figures are compared with core's, never with the pane's own):
 * - the example workbook as the preview embeds it (examples/agency-week.xlsx → snapshot);
 * - a large one: the example's workers, placements and hours copied under new ids until there
 *   are 50 000 hours lines (every copy has the example's deliberate mistakes, so the list is
 *   realistic: hundreds of findings, not tens of thousands).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  controlListFromWorkbook, readAgencyWorkbook, sheetSpec, type ControlList, type SheetKey, type Severity,
} from '@backofficer/core';
import type { WorkbookSnapshot } from '../../addin/office/fake/model.js';
import { xlsxToSnapshot } from '../../addin/preview/xlsx-snapshot.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = join(root, 'examples', 'agency-week.xlsx');

export function loadExample(): Promise<WorkbookSnapshot> {
  return xlsxToSnapshot(EXAMPLE);
}

type Sheet = WorkbookSnapshot['sheets'][number];

/** The grids readAgencyWorkbook takes, from a snapshot (values as Excel's range.values gives them). */
export function gridsOf(snapshot: WorkbookSnapshot): Record<string, unknown[][]> {
  return Object.fromEntries(snapshot.sheets.map((s) => [s.name, s.values]));
}

export interface CoreCounts {
  counts: Record<Severity, number>;
  /** Distinct cells the findings point at (what "mark in sheet" fills). */
  cells: string[];
  list: ControlList;
}

/** The control list core gives for the snapshot (the function the command line and the pane share). */
export function coreControlList(snapshot: WorkbookSnapshot, options: Parameters<typeof controlListFromWorkbook>[1] = {}): CoreCounts {
  const list = controlListFromWorkbook(readAgencyWorkbook(gridsOf(snapshot)), options);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of [...list.problems, ...list.findings]) counts[f.severity]++;
  const cells = new Set<string>();
  for (const f of list.findings) if (f.cell?.address) cells.add(`${f.cell.sheet}!${f.cell.address}`);
  for (const p of list.problems) if (p.ref.address) cells.add(`${p.ref.sheet}!${p.ref.address}`);
  return { counts, cells: [...cells], list };
}

function sheetOf(snapshot: WorkbookSnapshot, key: SheetKey): Sheet {
  const name = sheetSpec(key).names.nl;
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the example has no sheet ${name}`);
  return sheet;
}

function columnIndex(sheet: Sheet, key: SheetKey, column: string): number {
  const header = sheetSpec(key).columns.find((c) => c.key === column)!.headers.nl;
  const i = (sheet.values[0] ?? []).indexOf(header);
  if (i < 0) throw new Error(`sheet ${sheet.name} has no column ${header}`);
  return i;
}

/** Rows 2.. repeated `copies` times, the id columns suffixed "-k" from the second copy on, cut at `maxRows` data rows. */
function copied(sheet: Sheet, columns: number[], copies: number, maxRows = Infinity): Sheet {
  const [header = [], ...rows] = sheet.values;
  const [formatHeader = [], ...formats] = sheet.numberFormat ?? [];
  const values: Sheet['values'] = [header];
  const numberFormat: NonNullable<Sheet['numberFormat']> = [formatHeader];
  for (let k = 0; k < copies; k++) {
    for (const [r, row] of rows.entries()) {
      if (values.length > maxRows) break;
      const out = [...row];
      if (k > 0) for (const c of columns) if (out[c] !== '') out[c] = `${String(out[c])}-${k}`;
      values.push(out);
      numberFormat.push(formats[r] ?? []);
    }
  }
  return { ...sheet, values, numberFormat };
}

/** The example with its workers, placements and hours copied until the Hours sheet has `lines` lines. */
export function scaledExample(example: WorkbookSnapshot, lines: number): WorkbookSnapshot {
  const hours = sheetOf(example, 'Hours');
  const copies = Math.ceil(lines / (hours.values.length - 1));
  const workers = sheetOf(example, 'Workers');
  const placements = sheetOf(example, 'Placements');
  const replaced = new Map<string, Sheet>([
    [workers.name, copied(workers, [columnIndex(workers, 'Workers', 'id')], copies)],
    [placements.name, copied(placements, [columnIndex(placements, 'Placements', 'id'), columnIndex(placements, 'Placements', 'workerId')], copies)],
    [hours.name, copied(hours, ['id', 'workerId', 'placementId'].map((c) => columnIndex(hours, 'Hours', c)), copies, lines)],
  ]);
  return { ...example, sheets: example.sheets.map((s) => replaced.get(s.name) ?? s), tables: [] };
}

/** Per sheet: the values and the number formats of the first data row, for FakeWorkbook.writeSheet. */
export function sheetsToWrite(snapshot: WorkbookSnapshot, names: readonly string[]): { name: string; rows: Sheet['values']; columnFormats: (string | null)[] }[] {
  return snapshot.sheets
    .filter((s) => names.includes(s.name))
    .map((s) => ({ name: s.name, rows: s.values, columnFormats: (s.numberFormat?.[1] ?? []).map((f) => f ?? null) }));
}
