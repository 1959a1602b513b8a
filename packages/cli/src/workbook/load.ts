import { basename } from 'node:path';
import {
  agencyWorkbookLayout, normalizeHeader, readAgencyWorkbook, readSheet, sheetNames,
  type AgencySheet, type AgencyWorkbook, type ColumnMapping, type SheetKey, type SheetsRead, type WorkbookGrids,
} from '@backofficer/core';
import { readColumnMapping, readInputFile, type InputFormat } from '../io/index.js';
import { UsageError } from '../errors.js';

/*
 * An agency file in, typed sheets out. An .xlsx is the agency workbook (examples/README.md); a
 * CSV is one sheet: the hours, unless --sheet names another of ours (Workers, Invoices, …).
 * --sheet on an .xlsx names the sheet that holds the hours, like "sheet" in a column mapping.
 */

export interface LoadOptions {
  /** Path of a column mapping JSON file (--mapping). */
  readonly mapping?: string;
  /** --sheet: for a CSV which of our sheets it is; for an .xlsx the name of the hours sheet. */
  readonly sheet?: string;
  /** Sheets that must be present; default: the layout's mandatory ones (an .xlsx only). */
  readonly require?: readonly SheetKey[];
  /** Rows read so far, every few thousand (a progress display). */
  readonly onRows?: (sheet: string, rows: number) => void;
}

export interface LoadedFile {
  /** The path as the user gave it. */
  readonly file: string;
  readonly format: InputFormat;
  readonly workbook: AgencyWorkbook;
  /** The cells as read, by sheet name (for copies with marked cells in --out). */
  readonly grids: WorkbookGrids;
  /** The CSV held this one sheet (undefined for an .xlsx). */
  readonly csvSheet?: SheetKey;
}

const LAYOUT = agencyWorkbookLayout as readonly AgencySheet[];

/** Our sheet key for what a user typed after --sheet: the key, the Dutch or English name or an alias. */
export function sheetKeyOf(text: string): SheetKey | undefined {
  const wanted = normalizeHeader(text);
  return LAYOUT.find((s) => sheetNames(s).includes(wanted))?.key;
}

function unknownSheet(text: string): UsageError {
  const list = LAYOUT.map((s) => `${s.key} (${s.names.nl})`).join(', ');
  return new UsageError('UNKNOWN_SHEET', {
    nl: `--sheet: "${text}" is geen blad van de werkmap; een CSV-bestand is één blad: ${list}`,
    en: `--sheet: "${text}" is not a sheet of the workbook; a CSV file is one sheet: ${list}`,
  });
}

/** The mapping with `sheet` set for the hours (an .xlsx with --sheet), unless the mapping names one itself. */
function withHoursSheet(mapping: ColumnMapping | undefined, sheet: string): ColumnMapping {
  const sheets = { ...(mapping?.sheets ?? {}) };
  const hours = sheets.Hours ?? {};
  sheets.Hours = { ...hours, sheet: hours.sheet ?? sheet };
  return { ...(mapping ?? {}), sheets } as ColumnMapping;
}

/**
 * Reads the file given on the command line. File problems, a missing sheet or mandatory column
 * are InputErrors (exit 2) that say what was found, what was expected and what to do.
 */
export async function loadAgencyFile(path: string, options: LoadOptions = {}): Promise<LoadedFile> {
  const mapping = options.mapping !== undefined ? await readColumnMapping(options.mapping) : undefined;
  const input = await readInputFile(path, options.onRows ? { onRows: options.onRows } : {});
  if (input.format === 'csv') {
    const key = options.sheet !== undefined ? sheetKeyOf(options.sheet) : 'Hours';
    if (key === undefined) throw unknownSheet(options.sheet!);
    const name = basename(path);
    const grid = input.grids[name]!;
    const read = readSheet(key, grid, mapping, name);
    const sheets = { [key]: read.sheet } as SheetsRead;
    const workbook: AgencyWorkbook = {
      sheets,
      problems: read.problems,
      defaults: read.defaults,
      missingSheets: LAYOUT.map((s) => s.key).filter((k) => k !== key),
      ignoredSheets: [],
    };
    return { file: path, format: 'csv', workbook, grids: input.grids, csvSheet: key };
  }
  const map = options.sheet !== undefined ? withHoursSheet(mapping, options.sheet) : mapping;
  const workbook = readAgencyWorkbook(input.grids, map, options.require ? { require: options.require } : {});
  return { file: path, format: 'xlsx', workbook, grids: input.grids };
}
