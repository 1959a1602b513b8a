/**
 * WorkbookPort: everything the task pane may do with the workbook. The pane talks only to this
 * interface; `ExcelWorkbook` implements it over Excel.run, `FakeWorkbook` in memory (tests and
 * the browser preview).
 */

/** A cell as Excel's `range.values` gives it: a blank cell is '', a date is its serial number. */
export type CellValue = string | number | boolean;

/** A cell or block on a sheet; `address` is A1 without the sheet ("C7", "A1:F20"). */
export interface CellRef {
  sheet: string;
  address: string;
}

/** Where to read from. */
export type RangeSource =
  | { kind: 'selection' }
  | { kind: 'table'; name: string }
  | { kind: 'usedRange'; sheet: string }
  | { kind: 'address'; sheet: string; address: string };

export interface ReadOptions {
  /** Also read the number format of each cell (tells a date serial from a plain number). */
  numberFormat?: boolean;
}

export interface RangeData {
  sheet: string;
  /** A1 address of the block read, without the sheet; for an empty selection the selection itself. */
  address: string;
  /** Zero-based row and column of the top-left cell (`values[0][0]`). */
  row: number;
  column: number;
  /** Rows of equal length; [] when the source holds no values. */
  values: CellValue[][];
  numberFormat?: string[][];
}

export interface SheetInfo {
  name: string;
  visible: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** A1 address of the whole table, header row included. */
  address: string;
  /** Header texts, left to right. */
  columns: string[];
  /** Data rows (header and total rows not counted). */
  rowCount: number;
}

/** A cell to write: a value, null for blank, or a formula that Excel must calculate. */
export type WriteValue = CellValue | null | { formula: string };

export interface SheetContent {
  /** Rows from A1 down; the first `headerRows` rows are headers. Short rows are padded blank. */
  rows: WriteValue[][];
  /** Header rows: bold, shaded and frozen. Default 1. */
  headerRows?: number;
  /** Excel number format per column for the rows under the header (null = General). */
  columnFormats?: (string | null)[];
  /** Make the sheet the active one after writing. */
  activate?: boolean;
}

export type ChartKind = 'line' | 'lineMarkers' | 'columnClustered' | 'barClustered';

export interface ChartSpec {
  sheet: string;
  /** Identifies our chart: a chart of this name on the sheet is replaced. */
  name: string;
  kind: ChartKind;
  /** A1 block on `sheet`: first row = series names, first column = categories. */
  source: string;
  title: string;
  seriesBy?: 'columns' | 'rows';
  /** Cells the chart covers: top-left, and optionally bottom-right. */
  position?: { from: string; to?: string };
}

/** Fill a cell or block with a colour ("#RRGGBB"). */
export interface CellMark extends CellRef {
  color: string;
}

/**
 * The workbook as the pane sees it. Every method is one Excel.run batch; reads and writes of
 * many cells are chunked, one sync per chunk. Errors the user can act on are `WorkbookError`s.
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  listTables(): Promise<TableInfo[]>;
  read(source: RangeSource, options?: ReadOptions): Promise<RangeData>;

  /** Creates the sheet, or empties it (values and formats), then writes `content`. */
  writeSheet(name: string, content: SheetContent): Promise<CellRef>;

  /** Fills cells; remembers their previous fill (in the workbook) so `clearHighlights` can restore it. */
  highlight(marks: CellMark[]): Promise<void>;
  /** Restores the fill of every cell we highlighted, unless the user has re-coloured it since. Returns how many. */
  clearHighlights(): Promise<number>;

  /** Adds a native chart (replacing our chart of the same name on that sheet). */
  addChart(spec: ChartSpec): Promise<void>;

  /** Activates the sheet and selects the cell or block. */
  select(ref: CellRef): Promise<void>;

  /** Settings kept inside the workbook (a custom XML part): JSON values under a key. */
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  /** Stores a JSON value; undefined removes the key. */
  setSetting(key: string, value: unknown): Promise<void>;
}
