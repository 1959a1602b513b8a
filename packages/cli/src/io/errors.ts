import { InputError, type Texts } from '@backofficer/core';

/*
 * File problems in the user's words: which file, what is wrong, what to do next. Never a stack
 * trace: every failure of the zip, XML or CSV libraries becomes one of these InputErrors.
 */

export function fileError(code: string, file: string, texts: Texts): InputError {
  return new InputError(code, { nl: `${file}: ${texts.nl}`, en: `${file}: ${texts.en}` }, 'file');
}

/** The detail of a library error, one line, without a stack. */
export function detail(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]!.slice(0, 160);
}

export function notReadableXlsx(file: string, e?: unknown): InputError {
  const why = e === undefined ? '' : ` (${detail(e)})`;
  return fileError('XLSX_UNREADABLE', file, {
    nl: `geen leesbaar .xlsx-bestand: het bestand is beschadigd of onvolledig${why}. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx), of exporteer het als CSV.`,
    en: `not a readable .xlsx file: the file is damaged or incomplete${why}. Open it in Excel and save it again as an Excel workbook (.xlsx), or export it as CSV.`,
  });
}
