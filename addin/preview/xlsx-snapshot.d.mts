import type { WorkbookSnapshot } from '../office/fake/model.js';
import type { CellValue } from '../office/port.js';

/** A cell's value as Excel's `range.values` reports it (blank "", dates as serials, formula results). */
export declare function excelValue(raw: unknown): CellValue;
/** Reads an .xlsx into the snapshot the preview's FakeWorkbook loads (build time, Node, exceljs). */
export declare function xlsxToSnapshot(path: string): Promise<WorkbookSnapshot>;
