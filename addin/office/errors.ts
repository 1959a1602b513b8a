/**
 * Problems with the workbook the user can act on (a missing sheet, a bad sheet name), in Dutch and
 * English, the same shape as core's errors (`code`, `texts`, `text(lang)`).
 */
export type WorkbookErrorCode =
  | 'SHEET_NOT_FOUND'
  | 'TABLE_NOT_FOUND'
  | 'SHEET_NAME_INVALID'
  | 'ADDRESS_INVALID'
  | 'SETTINGS_UNREADABLE';

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly texts: { nl: string; en: string };

  constructor(code: WorkbookErrorCode, texts: { nl: string; en: string }) {
    super(texts.en);
    this.code = code;
    this.texts = texts;
    this.name = 'WorkbookError';
  }

  text(lang: 'nl' | 'en' = 'en'): string {
    return this.texts[lang];
  }
}

export const workbookErrors = {
  sheetNotFound: (sheet: string) =>
    new WorkbookError('SHEET_NOT_FOUND', {
      nl: `Het werkblad "${sheet}" bestaat niet in deze werkmap.`,
      en: `The worksheet "${sheet}" does not exist in this workbook.`,
    }),
  tableNotFound: (table: string) =>
    new WorkbookError('TABLE_NOT_FOUND', {
      nl: `De tabel "${table}" bestaat niet in deze werkmap.`,
      en: `The table "${table}" does not exist in this workbook.`,
    }),
  sheetNameInvalid: (sheet: string, problem: string) =>
    new WorkbookError('SHEET_NAME_INVALID', {
      nl: `"${sheet}" kan geen werkbladnaam zijn (${problem}).`,
      en: `"${sheet}" cannot be a worksheet name (${problem}).`,
    }),
  addressInvalid: (address: string) =>
    new WorkbookError('ADDRESS_INVALID', {
      nl: `"${address}" is geen celadres; verwacht bijvoorbeeld B7 of A1:F20.`,
      en: `"${address}" is not a cell address; expected for example B7 or A1:F20.`,
    }),
  settingsUnreadable: () =>
    new WorkbookError('SETTINGS_UNREADABLE', {
      nl: 'De BackOfficer-instellingen in deze werkmap zijn onleesbaar; ze zijn niet overschreven.',
      en: 'The BackOfficer settings stored in this workbook are unreadable; they were not overwritten.',
    }),
};
