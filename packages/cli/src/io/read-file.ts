import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError, parseColumnMapping, type ColumnMapping, type WorkbookGrids } from '@backofficer/core';
import { detail, fileError } from './errors.js';
import { readCsvBytes } from './read-csv.js';
import { readXlsxBytes, type ReadProgress } from './read-xlsx.js';

export type InputFormat = 'xlsx' | 'csv';

export interface InputFile {
  /** The file name as given (used in messages). */
  file: string;
  format: InputFormat;
  /** Sheets by name; a CSV file is one sheet named after the file. */
  grids: WorkbookGrids;
}

async function readBytes(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw fileError('FILE_NOT_FOUND', path, {
      nl: 'bestand niet gevonden. Controleer de naam en de map, of geef het volledige pad.',
      en: 'file not found. Check the name and the folder, or give the full path.',
    });
  }
  if (info.isDirectory()) {
    throw fileError('FILE_IS_DIRECTORY', path, { nl: 'dit is een map, geen bestand. Geef een .xlsx- of .csv-bestand.', en: 'this is a folder, not a file. Give an .xlsx or .csv file.' });
  }
  try {
    return await readFile(path);
  } catch (e) {
    throw fileError('FILE_UNREADABLE', path, { nl: `kan het bestand niet lezen (${detail(e)}).`, en: `cannot read the file (${detail(e)}).` });
  }
}

/** The format by extension; by content (a zip is .xlsx) when the extension says nothing. */
export function inputFormat(path: string, bytes: Uint8Array): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv';
}

/**
 * Reads an agency workbook (.xlsx) or a CSV file into grids for `readAgencyWorkbook`. Every
 * problem with the file itself is an InputError saying what to do next.
 */
export async function readInputFile(path: string, progress: ReadProgress = {}): Promise<InputFile> {
  const bytes = await readBytes(path);
  const format = inputFormat(path, bytes);
  if (format === 'xlsx') return { file: path, format, grids: await readXlsxBytes(bytes, path, progress) };
  return { file: path, format, grids: { [basename(path)]: readCsvBytes(bytes, path) } };
}

/** A column mapping from a small JSON file (see core's parseColumnMapping); errors name the file. */
export async function readColumnMapping(path: string): Promise<ColumnMapping> {
  const bytes = await readBytes(path);
  try {
    return parseColumnMapping(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.code, { nl: `${path}: ${e.texts.nl}`, en: `${path}: ${e.texts.en}` }, 'mapping');
    throw e;
  }
}
