import type { Decimal } from '../money/index.js';
import type { Texts } from '../errors/index.js';

/**
 * How a column's cells are read. Every type has one precomputed parser (cells.ts); the value a
 * record holds per type is given in `ValueOfType`.
 */
export type ColumnType =
  | 'id'
  | 'text'
  | 'enum'
  | 'date'
  | 'datetime'
  | 'time'
  | 'amount'
  | 'number'
  | 'integer'
  | 'hours'
  | 'minutes'
  | 'percent'
  | 'boolean'
  | 'days';

/** A day in a surcharge window: ISO weekday names, or a CAO public holiday. */
export type DayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun' | 'holiday';

/**
 * What a record holds for each column type:
 * - `date`: ISO date `2026-03-02`;
 * - `datetime`: Amsterdam wall-clock `2026-03-10T12:45`, or a bare date `2026-03-10` when the cell
 *   had no time (callers decide what a missing time means; the reader never invents one);
 * - `time`: `08:00` (`24:00` allowed as an end time);
 * - `hours`: exact Decimal hours, to the minute (7,5 and 7:30 both give 7.5), as the model's
 *   readHours gives them; `minutes`: whole minutes (30, or 0:30 written as a clock);
 * - `amount`, `number`: exact Decimal; `percent`: Decimal fraction (25 % is 0.25);
 * - `days`: sorted, distinct day codes.
 */
export interface ValueOfType {
  id: string;
  text: string;
  enum: string;
  date: string;
  datetime: string;
  time: string;
  amount: Decimal;
  number: Decimal;
  integer: number;
  hours: Decimal;
  minutes: number;
  percent: Decimal;
  boolean: boolean;
  days: readonly DayCode[];
}

/** One allowed value of an enum column, with the words agencies use for it. */
export interface EnumChoice {
  readonly value: string;
  readonly labels: Texts;
  readonly aliases?: readonly string[];
}

export interface ColumnSpec {
  /** Our key: the record field and the name used in mapping files. */
  readonly key: string;
  readonly type: ColumnType;
  /** Header as written in our template (Dutch) and in English. */
  readonly headers: Texts;
  /** Other headers agencies use; matched ignoring case, spaces, punctuation and accents. */
  readonly aliases?: readonly string[];
  /** The column must be present in the sheet (or named in the mapping). */
  readonly mandatory?: boolean;
  /**
   * A mandatory column whose cells may be blank (a contractor has no BSN). Without it, a blank
   * cell in a mandatory column is a problem.
   */
  readonly blankAllowed?: boolean;
  /** A cell must be filled when another column of the row holds one of these values. */
  readonly requiredWhen?: { readonly column: string; readonly in: readonly string[] };
  /** Value used when the column is absent or a cell is blank; always reported. */
  readonly default?: string | number | boolean;
  /** Values must be unique within the sheet (ids of workers and hirers). */
  readonly unique?: boolean;
  /** Personal data (AVG): masked in every message. */
  readonly personal?: boolean;
  readonly choices?: readonly EnumChoice[];
  /** What the column means, for the README, the template's header notes and the task pane. */
  readonly description: Texts;
}

export interface SheetSpec {
  /** Our key (`Hours`), the name used in mapping files. */
  readonly key: string;
  /** Sheet name in our template (Dutch) and in English. */
  readonly names: Texts;
  readonly aliases?: readonly string[];
  /** A workbook must have this sheet (unless the caller asks for fewer). */
  readonly mandatory: boolean;
  readonly description: Texts;
  readonly columns: readonly ColumnSpec[];
  /**
   * Rows must fill at least one of these column groups completely (an hours line has start and
   * end, or a number of hours).
   */
  readonly oneOf?: readonly (readonly string[])[];
}

/** The value type of one column spec, narrowed to its choices for enums. */
export type ColumnValue<C extends ColumnSpec> = C extends { readonly type: 'enum'; readonly choices: readonly (infer E)[] }
  ? E extends { readonly value: infer V } ? V : string
  : ValueOfType[C['type']];

/** A column's value is always there when the cell must be filled or a default fills it. */
type Always<C extends ColumnSpec> = C extends { readonly default: string | number | boolean }
  ? true
  : C extends { readonly blankAllowed: true }
    ? false
    : C extends { readonly mandatory: true }
      ? true
      : false;

/** Where a record came from: the sheet as named in the file and the 1-based row number. */
export interface RowRef {
  readonly sheet: string;
  readonly row: number;
}

/** A typed record of one sheet row, derived from the sheet spec. */
export type RowOf<S extends SheetSpec> = {
  -readonly [C in S['columns'][number] as C['key']]: Always<C> extends true ? ColumnValue<C> : ColumnValue<C> | undefined;
} & { ref: RowRef };
