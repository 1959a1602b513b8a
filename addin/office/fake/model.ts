/**
 * An in-memory workbook: sheets of cells with values, number formats, fills and bold, tables,
 * charts, the selection and custom XML parts. `FakeWorkbook` and the test double of Excel.run
 * both work on this model, so the two WorkbookPort implementations can be compared cell by cell.
 */
import { blockToA1, parseA1, type Block } from '../address.js';
import { asTyped } from '../cell-input.js';
import type { CellRef, CellValue } from '../port.js';

export interface CellModel {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ChartModel {
  name: string;
  /** Excel's chart type name, e.g. "Line", "ColumnClustered". */
  type: string;
  /** A1 block on the chart's sheet. */
  source: string;
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  title: string;
  position?: { from: string; to?: string };
}

export interface SheetModel {
  name: string;
  visibility: Visibility;
  /** Cells by cellKey(row, column). */
  cells: Map<number, CellModel>;
  frozenRows: number;
  charts: ChartModel[];
}

export interface TableModel {
  name: string;
  sheet: string;
  /** A1 block, header row included. */
  address: string;
}

export interface CustomXmlPartModel {
  id: string;
  namespace: string;
  xml: string;
}

/** Plain data a fake workbook is loaded from (tests, the preview, a converted .xlsx). */
export interface WorkbookSnapshot {
  sheets: {
    name: string;
    /** Rows of values; '' = blank. Placed from `origin` (default A1). */
    values: CellValue[][];
    origin?: string;
    /** Number formats matching `values` (null = General). */
    numberFormat?: (string | null)[][];
    hidden?: boolean;
  }[];
  tables?: TableModel[];
  selection?: CellRef;
}

/** Columns per row in a cell key: Excel has 16 384 (A..XFD); keys stay far below 2^53. */
const COLUMNS = 16_384;

/** A cell's key in SheetModel.cells: a number, so 50 000-row sheets stay quick to scan. */
export const cellKey = (row: number, column: number): number => row * COLUMNS + column;
export const cellOfKey = (k: number): { row: number; column: number } => ({ row: Math.floor(k / COLUMNS), column: k % COLUMNS });

const key = cellKey;
const unkey = cellOfKey;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly customXmlParts: CustomXmlPartModel[] = [];
  selection: CellRef = { sheet: '', address: 'A1' };
  private nextPartId = 1;
  private listeners = new Set<() => void>();
  private notifyQueued = false;
  /** Goes up with every change (for React's useSyncExternalStore in the preview). */
  version = 0;

  static fromSnapshot(snapshot: WorkbookSnapshot): WorkbookModel {
    const model = new WorkbookModel();
    for (const s of snapshot.sheets) {
      const sheet = model.addSheet(s.name);
      if (s.hidden) sheet.visibility = 'Hidden';
      const origin = parseA1(s.origin ?? 'A1');
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const format = s.numberFormat?.[r]?.[c];
          if (value === '' && !format) return;
          const cell: CellModel = { value };
          if (format) cell.numberFormat = format;
          sheet.cells.set(key(origin.row + r, origin.column + c), cell);
        }),
      );
    }
    for (const t of snapshot.tables ?? []) model.tables.push({ ...t });
    const first = model.sheets[0]?.name ?? '';
    model.selection = snapshot.selection ? { ...snapshot.selection } : { sheet: first, address: 'A1' };
    return model;
  }

  /** Called (once per microtask) after any change; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      for (const l of this.listeners) l();
    });
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new Error(`sheet "${name}" exists`);
    const sheet: SheetModel = { name, visibility: 'Visible', cells: new Map(), frozenRows: 0, charts: [] };
    this.sheets.push(sheet);
    if (!this.selection.sheet) this.selection = { sheet: name, address: 'A1' };
    this.changed();
    return sheet;
  }

  cell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
    return sheet.cells.get(key(row, column));
  }

  private touch(sheet: SheetModel, row: number, column: number): CellModel {
    let cell = sheet.cells.get(key(row, column));
    if (!cell) {
      cell = { value: '' };
      sheet.cells.set(key(row, column), cell);
    }
    return cell;
  }

  private forEachCell(b: Block, fn: (row: number, column: number) => void): void {
    for (let r = 0; r < b.rowCount; r++) for (let c = 0; c < b.columnCount; c++) fn(b.row + r, b.column + c);
  }

  readValues(sheet: SheetModel, b: Block): CellValue[][] {
    const out: CellValue[][] = new Array(b.rowCount);
    for (let r = 0; r < b.rowCount; r++) {
      const row: CellValue[] = new Array(b.columnCount);
      const base = key(b.row + r, b.column);
      for (let c = 0; c < b.columnCount; c++) row[c] = sheet.cells.get(base + c)?.value ?? '';
      out[r] = row;
    }
    return out;
  }

  readNumberFormats(sheet: SheetModel, b: Block): string[][] {
    return Array.from({ length: b.rowCount }, (_, r) =>
      Array.from(
        { length: b.columnCount },
        (_, c) => this.cell(sheet, b.row + r, b.column + c)?.numberFormat ?? 'General',
      ),
    );
  }

  /** Writes values as Excel does when they are typed (see cell-input.ts). */
  writeValues(sheet: SheetModel, b: Block, values: CellValue[][]): void {
    this.forEachCell(b, (row, column) => {
      const input = values[row - b.row]?.[column - b.column] ?? '';
      const typed = asTyped(input);
      const cell = this.touch(sheet, row, column);
      cell.value = typed.value;
      if (typed.formula) cell.formula = typed.formula;
      else delete cell.formula;
    });
    this.changed();
  }

  writeNumberFormats(sheet: SheetModel, b: Block, formats: string[][]): void {
    this.forEachCell(b, (row, column) => {
      const f = formats[row - b.row]?.[column - b.column] ?? 'General';
      const cell = this.touch(sheet, row, column);
      if (f === 'General') delete cell.numberFormat;
      else cell.numberFormat = f;
    });
    this.changed();
  }

  /** The block's fill: one colour, NO_FILL-style "#FFFFFF" when none, null when mixed. */
  fillOf(sheet: SheetModel, b: Block): string | null {
    let seen: string | undefined;
    let mixed = false;
    this.forEachCell(b, (row, column) => {
      const f = this.cell(sheet, row, column)?.fill ?? '#FFFFFF';
      if (seen === undefined) seen = f;
      else if (seen !== f) mixed = true;
    });
    return mixed ? null : (seen ?? '#FFFFFF');
  }

  setFill(sheet: SheetModel, b: Block, color: string | null): void {
    this.forEachCell(b, (row, column) => {
      if (color === null) {
        const cell = this.cell(sheet, row, column);
        if (cell) delete cell.fill;
      } else {
        this.touch(sheet, row, column).fill = color.toUpperCase();
      }
    });
    this.changed();
  }

  setBold(sheet: SheetModel, b: Block, bold: boolean): void {
    this.forEachCell(b, (row, column) => {
      const cell = this.touch(sheet, row, column);
      if (bold) cell.bold = true;
      else delete cell.bold;
    });
    this.changed();
  }

  /** Clears values and formats of a block, or of the whole sheet. */
  clear(sheet: SheetModel, b?: Block): void {
    if (!b) sheet.cells.clear();
    else {
      for (const k of [...sheet.cells.keys()]) {
        const { row, column } = unkey(k);
        const inside = row >= b.row && row < b.row + b.rowCount && column >= b.column && column < b.column + b.columnCount;
        if (inside) sheet.cells.delete(k);
      }
    }
    this.changed();
  }

  private usedCache = new WeakMap<SheetModel, { version: number; values?: Block | null; all?: Block | null }>();

  /** Smallest block holding every cell with a value (valuesOnly) or with anything at all. */
  usedBlock(sheet: SheetModel, valuesOnly: boolean): Block | null {
    let cache = this.usedCache.get(sheet);
    if (!cache || cache.version !== this.version) {
      cache = { version: this.version };
      this.usedCache.set(sheet, cache);
    }
    const known = valuesOnly ? cache.values : cache.all;
    if (known !== undefined) return known ? { ...known } : null;
    const found = this.scanUsed(sheet, valuesOnly);
    if (valuesOnly) cache.values = found;
    else cache.all = found;
    return found ? { ...found } : null;
  }

  private scanUsed(sheet: SheetModel, valuesOnly: boolean): Block | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const [k, cell] of sheet.cells) {
      const used = valuesOnly
        ? cell.value !== '' || cell.formula !== undefined
        : cell.value !== '' || cell.formula !== undefined || cell.fill !== undefined ||
          cell.bold !== undefined || cell.numberFormat !== undefined;
      if (!used) continue;
      const { row, column } = unkey(k);
      top = Math.min(top, row); left = Math.min(left, column);
      bottom = Math.max(bottom, row); right = Math.max(right, column);
    }
    if (bottom < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** The part of `b` that holds used cells, or null. */
  usedWithin(sheet: SheetModel, b: Block, valuesOnly: boolean): Block | null {
    const used = this.usedBlock(sheet, valuesOnly);
    if (!used) return null;
    const top = Math.max(b.row, used.row);
    const left = Math.max(b.column, used.column);
    const bottom = Math.min(b.row + b.rowCount, used.row + used.rowCount) - 1;
    const right = Math.min(b.column + b.columnCount, used.column + used.columnCount) - 1;
    if (bottom < top || right < left) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  select(sheet: SheetModel, address: string): void {
    this.selection = { sheet: sheet.name, address: blockToA1(parseA1(address)) };
    this.changed();
  }

  partsByNamespace(namespace: string): CustomXmlPartModel[] {
    return this.customXmlParts.filter((p) => p.namespace === namespace);
  }

  addPart(xml: string): CustomXmlPartModel {
    const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
    const part = { id: `{fake-part-${this.nextPartId++}}`, namespace: ns, xml };
    this.customXmlParts.push(part);
    this.changed();
    return part;
  }

  setPartXml(part: CustomXmlPartModel, xml: string): void {
    part.xml = xml;
    part.namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
    this.changed();
  }

  deletePart(part: CustomXmlPartModel): void {
    const i = this.customXmlParts.indexOf(part);
    if (i >= 0) this.customXmlParts.splice(i, 1);
    this.changed();
  }

  /** Everything in a stable order, for comparing two models in tests. */
  toJSON(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        frozenRows: s.frozenRows,
        charts: s.charts,
        cells: [...s.cells.entries()]
          .map(([k, c]) => ({ ...unkey(k), ...c }))
          .sort((a, b) => a.row - b.row || a.column - b.column),
      })),
      tables: this.tables,
      selection: this.selection,
      customXmlParts: this.customXmlParts.map((p) => ({ namespace: p.namespace, xml: p.xml })),
    };
  }
}
