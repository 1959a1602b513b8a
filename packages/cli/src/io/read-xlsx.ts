import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InputError } from '@backofficer/core';
import { fileError, notReadableXlsx } from './errors.js';
import { declaredParts, inflatedOversizedPart, oversizedPart } from './zip-sizes.js';
import { attributes, unescapeXml } from './xml.js';

/*
 * .xlsx in, grids out: { [sheet name]: rows of cells as exceljs gives them }. The zip is opened
 * with JSZip first (a truncated or foreign file fails there, quickly and clearly, and the sheet
 * names come from the workbook itself); the cells then stream through exceljs's WorkbookReader,
 * which keeps memory flat on files with 100k lines.
 */

/** For a progress display: called every few thousand rows with the sheet and the rows read so far. */
export interface ReadProgress {
  readonly onRows?: (sheet: string, rows: number) => void;
}

/** Rows of cells by sheet name (row 1 at index 0; a row without cells is undefined). Fits core's WorkbookGrids. */
export type XlsxGrids = Record<string, (unknown[] | undefined)[]>;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

interface SheetEntry {
  name: string;
  /** Number N of xl/worksheets/sheetN.xml. */
  fileNumber: number;
}

/** Sheet names in workbook order, with the number of their part, from workbook.xml and its rels. */
async function sheetEntries(zip: JSZip, file: string): Promise<SheetEntry[]> {
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbookXml === undefined || relsXml === undefined) {
    throw fileError('XLSX_NOT_A_WORKBOOK', file, {
      nl: 'dit zip-bestand is geen Excel-werkmap (xl/workbook.xml ontbreekt). Sla het in Excel op als Excel-werkmap (.xlsx).',
      en: 'this zip file is not an Excel workbook (xl/workbook.xml is missing). Save it in Excel as an Excel workbook (.xlsx).',
    });
  }
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  const entries: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const target = rid ? targets.get(rid) : undefined;
    const n = target ? /worksheets\/sheet(\d+)\.xml$/.exec(target) : null;
    if (a.name !== undefined && n) entries.push({ name: unescapeXml(a.name), fileNumber: Number(n[1]) });
  }
  return entries;
}

/** Opens the zip or explains why not (empty, old .xls or password-protected, damaged, not a zip). */
export async function openXlsxZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  if (bytes.length === 0) {
    throw fileError('FILE_EMPTY', file, { nl: 'het bestand is leeg (0 bytes).', en: 'the file is empty (0 bytes).' });
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw fileError('XLSX_LEGACY_OR_ENCRYPTED', file, {
      nl: 'dit is een oud .xls-bestand of een werkmap met wachtwoord. Open het in Excel, haal een eventueel wachtwoord weg en sla het op als Excel-werkmap (.xlsx).',
      en: 'this is an old .xls file or a password-protected workbook. Open it in Excel, remove any password and save it as an Excel workbook (.xlsx).',
    });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw notReadableXlsx(file);
  const parts = declaredParts(bytes);
  const oversized = oversizedPart(parts) ?? (await inflatedOversizedPart(bytes, parts));
  if (oversized) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    throw fileError('XLSX_TOO_LARGE', file, {
      nl: `het onderdeel ${oversized.name} pakt uit tot ${oversized.measured ? 'meer dan ' : ''}${mb(oversized.uncompressed)} MB (ingepakt ${mb(oversized.compressed)} MB): te groot of te sterk ingepakt voor een echte werkmap. Open het bestand in Excel, verwijder lege rijen onderaan en sla het opnieuw op, of exporteer het als CSV.`,
      en: `the part ${oversized.name} unpacks to ${oversized.measured ? 'more than ' : ''}${mb(oversized.uncompressed)} MB (packed ${mb(oversized.compressed)} MB): too large or too highly compressed for a real workbook. Open the file in Excel, delete empty rows at the bottom and save it again, or export it as CSV.`,
    });
  }
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw notReadableXlsx(file, e);
  }
}

const EXCEL_MAX_ROWS = 1_048_576;

function tooManyRows(): InputError {
  return new InputError('XLSX_TOO_MANY_ROWS', {
    nl: `een blad heeft meer dan 1.048.576 rijen, meer dan Excel toestaat`,
    en: `a sheet has more than 1,048,576 rows, more than Excel allows`,
  }, 'file');
}

/** Rows of a streamed worksheet as a dense 0-based array of 0-based cell arrays (row 1 is index 0). */
async function collectRows(worksheet: AsyncIterable<{ number: number; values: unknown }>, onRows?: (rows: number) => void): Promise<(unknown[] | undefined)[]> {
  const rows: (unknown[] | undefined)[] = [];
  let seen = 0;
  for await (const row of worksheet) {
    if (onRows && ++seen % 2000 === 0) onRows(seen);
    // Excel stops at row 1,048,576; a sheet past it (rows without numbers, from a bomb the
    // declared sizes did not show) is not a workbook, and reading on would take minutes.
    if (row.number > EXCEL_MAX_ROWS) throw tooManyRows();
    const values = row.values as unknown[];
    // exceljs rows are 1-based and sparse: index 0 is empty.
    const cells = new Array<unknown>(Math.max(values.length - 1, 0));
    for (let i = 1; i < values.length; i++) cells[i - 1] = values[i];
    rows[row.number - 1] = cells;
  }
  return rows;
}

/**
 * Reads an .xlsx file's bytes into grids by sheet name, in workbook order. A damaged, truncated
 * or foreign file is an InputError ("not a readable .xlsx file"), never a stack trace.
 */
export async function readXlsxBytes(bytes: Uint8Array, file: string, options: ReadProgress = {}): Promise<XlsxGrids> {
  const zip = await openXlsxZip(bytes, file);
  const entries = await sheetEntries(zip, file);
  const byNumber = new Map(entries.map((e) => [e.fileNumber, e.name]));
  const grids = new Map<string, (unknown[] | undefined)[]>();
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions & { entries: 'emit' });
    // The reader announces each worksheet part ("sheetN.xml") just before it yields the sheet.
    let current = 0;
    (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
      if (entry.type === 'worksheet') current = Number(entry.id);
    });
    for await (const worksheet of reader) {
      const name = byNumber.get(current) ?? (worksheet as unknown as { name: string }).name;
      grids.set(name, await collectRows(worksheet as unknown as AsyncIterable<{ number: number; values: unknown }>, options.onRows && ((n) => options.onRows!(name, n))));
    }
  } catch (e) {
    if (e instanceof InputError && e.code === 'XLSX_TOO_MANY_ROWS') throw fileError(e.code, file, e.texts);
    throw notReadableXlsx(file, e);
  }
  const ordered: Record<string, (unknown[] | undefined)[]> = {};
  for (const e of entries) ordered[e.name] = grids.get(e.name) ?? [];
  for (const [name, rows] of grids) if (!(name in ordered)) ordered[name] = rows;
  return ordered;
}
