/**
 * Tables with a header row, as a worksheet keeps records (an Excel table's `Table[#All]`, or a
 * range whose first row names the columns). Each column header is matched to a field by its
 * known names (case, spaces and punctuation ignored; English and Dutch); an unknown header is an
 * error rather than a silently ignored column. Rows whose cells are all blank are skipped: Excel
 * passes blank cells as 0, so a range may reach below the last record.
 */
import { InputError, displayValue } from '@backofficer/core';
import { optionKey } from './excel-options.js';
import { looksBlank, toMatrix } from './excel-ranges.js';

export interface ColumnSpec {
  /** The field the column fills. */
  readonly field: string;
  readonly names: readonly string[];
}

export interface TableRow {
  /** 1-based row number inside the range (the header is row 1). */
  readonly row: number;
  /** field → cell value; only the table's columns are present. */
  readonly cells: Readonly<Record<string, unknown>>;
}

/** Column headers that are blank are allowed only over blank columns (a range wider than the table). */
export function readTable(value: unknown, param: string, columns: readonly ColumnSpec[]): TableRow[] {
  const m = toMatrix(value);
  const header = m[0] ?? [];
  const byKey = new Map<string, ColumnSpec>();
  for (const c of columns) for (const n of c.names) byKey.set(optionKey(n), c);
  const fields: (string | null)[] = header.map((h, j) => {
    if (looksBlank(h)) return null;
    const spec = typeof h === 'string' ? byKey.get(optionKey(h)) : undefined;
    if (!spec) {
      const known = columns.map((c) => c.names[0]).join(', ');
      throw new InputError(
        'UNKNOWN_COLUMN',
        {
          nl: `${param} (kop van kolom ${j + 1}): ${displayValue(h)} is geen bekende kolom; verwacht een kopregel met kolommen uit: ${known}`,
          en: `${param} (header of column ${j + 1}): ${displayValue(h)} is not a known column; expected a header row with columns from: ${known}`,
        },
        param,
      );
    }
    return spec.field;
  });
  const seen = new Map<string, number>();
  fields.forEach((f, j) => {
    if (f === null) return;
    const earlier = seen.get(f);
    if (earlier !== undefined) {
      throw new InputError(
        'COLUMN_TWICE',
        {
          nl: `${param} (kop van kolom ${j + 1}): ${displayValue(header[j])} staat er al als kolom ${earlier + 1}; verwacht elke kolom één keer`,
          en: `${param} (header of column ${j + 1}): ${displayValue(header[j])} is already column ${earlier + 1}; expected each column once`,
        },
        param,
      );
    }
    seen.set(f, j);
  });
  if (seen.size === 0) {
    const known = columns.map((c) => c.names[0]).join(', ');
    throw new InputError(
      'HEADER_MISSING',
      {
        nl: `${param}: de eerste rij heeft geen kolomkoppen; verwacht een kopregel met kolommen uit: ${known}`,
        en: `${param}: the first row has no column headers; expected a header row with columns from: ${known}`,
      },
      param,
    );
  }
  const rows: TableRow[] = [];
  m.slice(1).forEach((line, i) => {
    if (line.every((c) => looksBlank(c))) return;
    const cells: Record<string, unknown> = {};
    fields.forEach((f, j) => {
      const v = line[j] ?? null;
      if (f === null) {
        if (!looksBlank(v)) {
          throw new InputError(
            'COLUMN_WITHOUT_HEADER',
            {
              nl: `${param} (rij ${i + 2}, kolom ${j + 1}): ${displayValue(v)} staat in een kolom zonder kop; verwacht een kolomkop`,
              en: `${param} (row ${i + 2}, column ${j + 1}): ${displayValue(v)} is in a column without a header; expected a column header`,
            },
            param,
          );
        }
        return;
      }
      cells[f] = v;
    });
    rows.push({ row: i + 2, cells });
  });
  return rows;
}
