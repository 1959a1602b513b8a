/**
 * Reading the agency workbook through the WorkbookPort into the grids core's readAgencyWorkbook
 * takes (the same reader the command line uses on a file). The hours can come from the whole
 * workbook (sheets found by name or by their column headers), an Excel table, the selection or one
 * sheet; the other sheets (workers, hirers, placements, hirer pay) always come from the workbook.
 */
import type { CellValue, RangeData, RangeSource, WorkbookPort } from '../../office/port.js';

/** Where the hours are. */
export type HoursSource =
  | { kind: 'auto' }
  | { kind: 'selection' }
  | { kind: 'table'; name: string }
  | { kind: 'sheet'; name: string };

/** Select values: "auto", "selection", "table:<name>", "sheet:<name>". */
export function hoursSourceFromValue(value: string): HoursSource {
  if (value.startsWith('table:')) return { kind: 'table', name: value.slice(6) };
  if (value.startsWith('sheet:')) return { kind: 'sheet', name: value.slice(6) };
  if (value === 'selection') return { kind: 'selection' };
  return { kind: 'auto' };
}

export function hoursSourceValue(source: HoursSource): string {
  return source.kind === 'table' || source.kind === 'sheet' ? `${source.kind}:${source.name}` : source.kind;
}

/** Sheets the pane writes itself (in either language): never read back as agency data. */
export const OUTPUT_SHEETS = {
  findings: { nl: 'Controlelijst', en: 'Control list' },
  margin: { nl: 'Marge', en: 'Margin' },
  forecast: { nl: 'Prognose', en: 'Forecast' },
} as const;

const OUTPUT_NAMES = new Set(Object.values(OUTPUT_SHEETS).flatMap((t) => [t.nl.toLowerCase(), t.en.toLowerCase()]));

export function isOutputSheet(name: string): boolean {
  return OUTPUT_NAMES.has(name.toLowerCase());
}

/** One sheet's cells as readAgencyWorkbook takes them: rows from `firstRow`/`firstColumn` (1-based). */
export interface Grid {
  rows: CellValue[][];
  firstRow: number;
  firstColumn: number;
}

export interface WorkbookInput {
  grids: Record<string, Grid>;
  /** Column mapping that names the hours sheet when the user picked it (else found by name or headers). */
  mapping?: { sheets: { Hours: { sheet: string } } };
  /** Cells read, for the progress line and the timing note. */
  cells: number;
}

export interface ReadProgress {
  sheet: string;
  done: number;
  total: number;
}

function gridOf(data: RangeData): Grid {
  return { rows: data.values, firstRow: data.row + 1, firstColumn: data.column + 1 };
}

/** The hours block for a source other than auto, and its sheet. */
async function readHours(port: WorkbookPort, source: Exclude<HoursSource, { kind: 'auto' }>): Promise<RangeData> {
  let range: RangeSource;
  if (source.kind === 'table') range = { kind: 'table', name: source.name };
  else if (source.kind === 'sheet') range = { kind: 'usedRange', sheet: source.name };
  else range = { kind: 'selection' };
  const data = await port.read(range);
  // A single selected cell means "this sheet": take its used range (the header row included).
  if (source.kind === 'selection' && data.sheet && data.values.length <= 1 && (data.values[0]?.length ?? 0) <= 1) {
    return port.read({ kind: 'usedRange', sheet: data.sheet });
  }
  return data;
}

/** Reads what the control list, margin and forecast need: every sheet's used range, the hours from `source`. */
export async function readWorkbookInput(
  port: WorkbookPort,
  source: HoursSource,
  onProgress?: (p: ReadProgress) => void,
): Promise<WorkbookInput> {
  const sheets = (await port.listSheets()).filter((s) => !isOutputSheet(s.name));
  const grids: Record<string, Grid> = {};
  let cells = 0;
  let hoursSheet: string | undefined;
  if (source.kind !== 'auto') {
    const hours = await readHours(port, source);
    hoursSheet = hours.sheet;
    grids[hours.sheet] = gridOf(hours);
    cells += hours.values.length * (hours.values[0]?.length ?? 0);
  }
  let done = 0;
  for (const s of sheets) {
    onProgress?.({ sheet: s.name, done, total: sheets.length });
    done++;
    if (hoursSheet !== undefined && s.name.toLowerCase() === hoursSheet.toLowerCase()) continue;
    const data = await port.read({ kind: 'usedRange', sheet: s.name });
    if (data.values.length === 0) continue;
    grids[s.name] = gridOf(data);
    cells += data.values.length * (data.values[0]?.length ?? 0);
  }
  onProgress?.({ sheet: '', done, total: sheets.length });
  return { grids, cells, ...(hoursSheet !== undefined ? { mapping: { sheets: { Hours: { sheet: hoursSheet } } } } : {}) };
}
