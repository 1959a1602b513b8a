import { InputError, type Texts } from '../errors/index.js';
import type { SheetKey } from './layout.js';

/** Where a problem or finding is in the workbook, so a user interface can select or mark the cell. */
export interface CellRef {
  /** The sheet's name as written in the file (or the CSV file's name). */
  readonly sheet: string;
  /** Our key of the sheet. */
  readonly sheetKey: SheetKey;
  /** 1-based row in the sheet. */
  readonly row: number;
  /** Column letters, when the column exists in the file. */
  readonly column?: string;
  /** A1 address (D12), when the column exists. */
  readonly address?: string;
  /** Our column key (`date`). */
  readonly field?: string;
}

/**
 * A cell that could not be read, a missing value, a duplicate id: the same shape as the findings
 * of the rules (`{ code, severity, message, ref }`), so that one list can hold both.
 */
export interface WorkbookProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: Texts;
  readonly ref: CellRef;
}

/** A default that filled a missing column or blank cells: always reported, never silent. */
export interface DefaultApplied {
  readonly sheet: string;
  readonly sheetKey: SheetKey;
  readonly field: string;
  /** Our header of the column (Dutch and English). */
  readonly headers: Texts;
  /** The value used, as the user would write it. */
  readonly value: string;
  /** `column-missing`: the sheet has no such column; `blank-cells`: some cells were blank. */
  readonly reason: 'column-missing' | 'blank-cells';
  /** Where the default came from: our layout, or the agency's mapping file. */
  readonly source: 'layout' | 'mapping';
  /** Number of rows that got the default. */
  readonly count: number;
  /** The first rows (1-based) that got it, at most 20. */
  readonly rows: readonly number[];
  readonly message: Texts;
}

/** One structural problem of a workbook: a missing sheet, a missing or ambiguous column. */
export interface StructureIssue {
  readonly code: 'WORKBOOK_MISSING_SHEET' | 'WORKBOOK_MISSING_COLUMNS' | 'WORKBOOK_AMBIGUOUS_COLUMN' | 'WORKBOOK_NO_HEADER_ROW' | 'MAPPING_HEADER_NOT_FOUND' | 'MAPPING_SHEET_NOT_FOUND' | 'MAPPING_INVALID_DEFAULT';
  readonly sheetKey: SheetKey;
  readonly texts: Texts;
}

/**
 * The workbook cannot be read as an agency workbook: sheets or mandatory columns are missing.
 * An InputError (code WORKBOOK_STRUCTURE, or the single issue's code when there is one) whose
 * message lists every issue with what was found and what was expected.
 */
export class WorkbookStructureError extends InputError {
  readonly issues: readonly StructureIssue[];
  constructor(issues: StructureIssue[]) {
    const only = issues.length === 1 ? issues[0]! : undefined;
    const texts: Texts = only
      ? only.texts
      : {
          nl: `De werkmap is niet te lezen (${issues.length} problemen): ${issues.map((i, n) => `${n + 1}) ${i.texts.nl}`).join(' ')}`,
          en: `The workbook cannot be read (${issues.length} problems): ${issues.map((i, n) => `${n + 1}) ${i.texts.en}`).join(' ')}`,
        };
    super(only ? only.code : 'WORKBOOK_STRUCTURE', texts, only?.sheetKey);
    this.issues = issues;
  }
}
