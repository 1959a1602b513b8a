/// <reference types="custom-functions-runtime" />
/**
 * Ranges in, spilled arrays out: one call per table instead of one per cell. A range argument
 * arrives as rows of cells; a single cell as a scalar (or a 1×1 array). Arguments combine like
 * Excel's own array arithmetic: each of the row and column counts must be equal or 1 (a single
 * cell or a single row/column is repeated along the other arguments).
 *
 * Blank cells: inside a range Excel passes an empty cell as 0 (indistinguishable from a typed 0),
 * so each function documents what a 0 means; checks for missing values belong to the task pane
 * and the CLI, which see the cells themselves.
 */
import { InputError } from '@backofficer/core';
import { toExcelError } from './excel-errors.js';

export type Matrix = readonly (readonly unknown[])[];

export interface Shape {
  rows: number;
  columns: number;
}

/** Any argument as rows of cells: a scalar becomes a 1×1 range. */
export function toMatrix(value: unknown): Matrix {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  if (value.every((row) => Array.isArray(row))) return value as unknown[][];
  return [value];
}

function shapeOf(m: Matrix): Shape {
  return { rows: m.length, columns: Math.max(...m.map((r) => r.length)) };
}

function describe(s: Shape, lang: 'nl' | 'en'): string {
  return lang === 'nl' ? `${s.rows} rij(en) × ${s.columns} kolom(men)` : `${s.rows} row(s) × ${s.columns} column(s)`;
}

/** The shape of the result of combining the named arguments, or an InputError naming both. */
export function combinedShape(args: Readonly<Record<string, Matrix>>): Shape {
  const result: Shape = { rows: 1, columns: 1 };
  // Which argument set each dimension, to name it when another one does not fit.
  const owner: Record<keyof Shape, { name: string; shape: Shape } | null> = { rows: null, columns: null };
  for (const [name, m] of Object.entries(args)) {
    const s = shapeOf(m);
    for (const dim of ['rows', 'columns'] as const) {
      if (s[dim] === 1 || s[dim] === result[dim]) continue;
      const set = owner[dim];
      if (!set) {
        result[dim] = s[dim];
        owner[dim] = { name, shape: s };
        continue;
      }
      throw new InputError(
        'RANGE_SIZES_DIFFER',
        {
          nl: `${name}: ${describe(s, 'nl')}, maar ${set.name}: ${describe(set.shape, 'nl')}; verwacht één cel of bereiken van dezelfde grootte`,
          en: `${name}: ${describe(s, 'en')}, but ${set.name}: ${describe(set.shape, 'en')}; expected one cell or ranges of the same size`,
        },
        name,
      );
    }
  }
  return result;
}

/** The cell of `m` that lines up with result cell (row, column), repeating a single row/column. */
export function cellAt(m: Matrix, row: number, column: number): unknown {
  const r = m.length === 1 ? m[0] : m[row];
  if (!r) return null;
  const v = r.length === 1 ? r[0] : r[column];
  return v === undefined ? null : v;
}

/** The parameter name as a message shows it for one cell of a range: "wage (row 3)". */
export function cellField(field: string, m: Matrix, row: number, column: number): string {
  const s = shapeOf(m);
  if (s.rows === 1 && s.columns === 1) return field;
  if (s.columns === 1) return `${field} (row ${row + 1})`;
  if (s.rows === 1) return `${field} (column ${column + 1})`;
  return `${field} (row ${row + 1}, column ${column + 1})`;
}

/**
 * Builds the spilled result cell by cell; a cell whose computation fails holds its own error value
 * (#VALUE! or #N/A with the message) and the other cells still show their results.
 */
export function spill<T>(functionName: string, shape: Shape, cell: (row: number, column: number) => T): (T | CustomFunctions.Error)[][] {
  const out: (T | CustomFunctions.Error)[][] = [];
  for (let i = 0; i < shape.rows; i++) {
    const line: (T | CustomFunctions.Error)[] = [];
    for (let j = 0; j < shape.columns; j++) {
      try {
        line.push(cell(i, j));
      } catch (e) {
        line.push(toExcelError(e, functionName));
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * A cell Excel may have passed for an empty cell: 0, empty text or null. Used only by functions
 * for which 0 is never a meaningful input (a BSN, an IBAN, a date) and that then return "".
 */
export function looksBlank(value: unknown): boolean {
  return value === 0 || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
