import Papa from 'papaparse';
import { fileError } from './errors.js';

/*
 * CSV in, one grid out. Dutch Excel writes `;` between fields (the comma is the decimal mark), so
 * the separator is detected from the header line, or taken from Excel's "sep=;" first line. Cells
 * stay text: "7,5" and "12,50" are read by core's parsers with Dutch decimal commas. A UTF-8 BOM is
 * dropped, UTF-16 (Excel's "Unicode text") is decoded, and a file in another encoding
 * (Windows-1252 from "CSV (gescheiden door lijstscheidingsteken)") is refused with what to do.
 */

export type CsvSeparator = ';' | ',' | '\t' | '|';
const SEPARATORS: readonly CsvSeparator[] = [';', '\t', ',', '|'];

/** Text of CSV bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an InputError. */
export function decodeCsvBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    const line = body.subarray(0, at).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    const byte = body[at]!.toString(16).toUpperCase().padStart(2, '0');
    throw fileError('CSV_NOT_UTF8', file, {
      nl: `geen UTF-8-tekst (regel ${line}: byte 0x${byte}); waarschijnlijk Windows-1252 (ANSI). Kies in Excel "Opslaan als" → "CSV UTF-8 (door komma's gescheiden)" en probeer het opnieuw.`,
      en: `not UTF-8 text (line ${line}: byte 0x${byte}); probably Windows-1252 (ANSI). In Excel choose "Save as" → "CSV UTF-8 (comma delimited)" and try again.`,
    });
  }
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length - 1;
}

/** The separator of a CSV text: Excel's "sep=" line, else the one used most in the first line outside quotes (`;` wins a tie). */
export function detectSeparator(text: string): { separator: CsvSeparator; skipFirstLine: boolean } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep && (SEPARATORS as readonly string[]).includes(sep[1]!)) return { separator: sep[1] as CsvSeparator, skipFirstLine: true };
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as CsvSeparator)) counts.set(ch as CsvSeparator, counts.get(ch as CsvSeparator)! + 1);
  }
  let best: CsvSeparator = ';';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return { separator: best, skipFirstLine: false };
}

/** Rows of a CSV text (all cells text); an unclosed quote is an InputError naming the line. */
export function parseCsvText(text: string, file: string): string[][] {
  const { separator, skipFirstLine } = detectSeparator(text);
  const body = skipFirstLine ? text.slice(text.indexOf('\n') + 1) : text;
  const result = Papa.parse<string[]>(body, { delimiter: separator, skipEmptyLines: false, dynamicTyping: false, newline: undefined });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const line = (fatal.row ?? 0) + 1 + (skipFirstLine ? 1 : 0);
    throw fileError('CSV_MALFORMED', file, {
      nl: `geen geldige CSV: een aanhalingsteken wordt niet gesloten (bij regel ${line}). Controleer die regel of exporteer het bestand opnieuw.`,
      en: `not valid CSV: a quote is never closed (near line ${line}). Check that line or export the file again.`,
    });
  }
  const rows = result.data;
  // Papa gives a trailing [''] for the final newline.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

/** CSV bytes as one grid (rows of text cells). */
export function readCsvBytes(bytes: Uint8Array, file: string): string[][] {
  if (bytes.length === 0) throw fileError('FILE_EMPTY', file, { nl: 'het bestand is leeg (0 bytes).', en: 'the file is empty (0 bytes).' });
  const rows = parseCsvText(decodeCsvBytes(bytes, file), file);
  if (rows.length === 0) throw fileError('FILE_EMPTY', file, { nl: 'het bestand bevat geen regels.', en: 'the file contains no lines.' });
  return rows;
}
