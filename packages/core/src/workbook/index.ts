/**
 * The agency workbook: its layout (sheets and columns), column mappings, and the reader that
 * turns cells into typed records with problems that point at cells. Pure: runs in Node (the CLI)
 * and in the browser (the task pane).
 */
export {
  agencyWorkbookLayout, SHEET_KEYS, sheetSpec,
  workersSheet, hirersSheet, placementsSheet, hirerPaySheet, hoursSheet, advancesSheet, deductionsSheet, invoicesSheet,
} from './layout.js';
export type {
  AgencySheet, SheetKey, RowsBySheet,
  WorkerRow, HirerRow, PlacementRow, HirerPayRow, HourRow, AdvanceRow, DeductionRow, InvoiceRow,
} from './layout.js';
export type { ColumnType, ColumnSpec, SheetSpec, EnumChoice, DayCode, ValueOfType, RowOf, RowRef, ColumnValue } from './types.js';
export { normalizeHeader, columnLetter, columnNumber, cellAddress } from './headers.js';
export { cellScalar, cellText, makeCellParser, CellFailure, CellErrorValue, failureCode } from './cells.js';
export type { CellParser } from './cells.js';
export {
  columnMappingSchema, parseColumnMapping, detectSheet, findHeaderRow, matchHeaderRow, sheetFit, sheetNames, columnNames,
} from './mapping.js';
export type { ColumnMapping, SheetMapping, ColumnBinding, HeaderMatch } from './mapping.js';
export { readAgencyWorkbook, readSheet, cellRef } from './read.js';
export type { AgencyWorkbook, SheetRead, SheetsRead, SheetGrid, SheetRows, WorkbookGrids, ReadOptions } from './read.js';
export { WorkbookStructureError } from './problems.js';
export type { CellRef, WorkbookProblem, DefaultApplied, StructureIssue } from './problems.js';
export {
  formatForUser, formatDays, toSheetCell, DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT, AMOUNT_FORMAT, PERCENT_FORMAT,
} from './format.js';
export type { SheetCell } from './format.js';
export { toWorkerInput, toHirerInput, toPlacementInputs, toHirerPayProfileInputs, toHourLines, workerDocuments } from './model.js';
export type { SheetHourLine } from './model.js';
export { controlListFromWorkbook, timesheetInputFromWorkbook, ABSENT_SHEET_CODES } from './control-list.js';
export type { ControlList, ControlListFinding, ControlListOptions, TimesheetInputFromWorkbook } from './control-list.js';
export { marginFromWorkbook, hoursWeeks, UNPRICEABLE_CODES, WORKBOOK_AGENCY_ID } from './margin.js';
export type { WorkbookMargin, WorkbookMarginOptions, LeftOutLine } from './margin.js';
export { forecastInputFromWorkbook } from './forecast.js';
export type { WorkbookForecastInput, WorkbookForecastOptions, ForecastLeftOutReason } from './forecast.js';
