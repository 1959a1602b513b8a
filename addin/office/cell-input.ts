/**
 * Excel reads a string written through `range.values` as if it were typed: "=…", "+…", "-…" and
 * "@…" become formulas and a leading apostrophe is swallowed. A worker's name or a note is data,
 * never a formula (that is also CSV/formula injection), so such text is written with an apostrophe;
 * formulas are written on purpose only, as `{ formula }`.
 */
import type { CellValue, WriteValue } from './port.js';

const TYPED_AS_FORMULA = /^[=+\-@']/;

/** What to put in `range.values` so that Excel stores exactly `value`. */
export function toExcelInput(value: WriteValue): CellValue {
  if (value === null) return '';
  if (typeof value === 'object') {
    if (!value.formula.startsWith('=')) throw new RangeError(`formula "${value.formula}" must start with =`);
    return value.formula;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`${value} cannot be written to a cell`);
  }
  if (typeof value === 'string' && TYPED_AS_FORMULA.test(value)) return `'${value}`;
  return value;
}

/** How Excel stores a value typed into a cell (the in-memory fakes use this). */
export function asTyped(input: CellValue): { value: CellValue; formula?: string } {
  if (typeof input !== 'string') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.length > 1 && /^[=+\-@]/.test(input)) {
    return { value: '', formula: input.startsWith('=') ? input : `=${input}` };
  }
  return { value: input };
}
