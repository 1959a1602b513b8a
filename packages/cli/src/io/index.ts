/** File input and output of the backofficer command: .xlsx and CSV in, .xlsx out. */
export { readInputFile, readColumnMapping, inputFormat } from './read-file.js';
export type { InputFile, InputFormat } from './read-file.js';
export { readXlsxBytes, openXlsxZip } from './read-xlsx.js';
export type { XlsxGrids, ReadProgress } from './read-xlsx.js';
export { readCsvBytes, parseCsvText, decodeCsvBytes, detectSeparator } from './read-csv.js';
export type { CsvSeparator } from './read-csv.js';
export {
  xlsxBuffer, writeXlsxAtomic, writeFileAtomic, writeRows, setCellValue, highlightCells, looksLikeFormula, reproducibleZip,
} from './write-xlsx.js';
export type { XlsxWriteOptions, WritableCell, CellMark, Severity } from './write-xlsx.js';
export { addCharts, chartXml, drawingXml, sheetRange, insertDrawingElement, columnRange } from './chart.js';
export type { ChartSpec, ChartSeries } from './chart.js';
export { fileError, notReadableXlsx } from './errors.js';
