import * as z from 'zod';
import { InputError, parseWith, type Texts } from '../errors/index.js';
import { agencyWorkbookLayout, SHEET_KEYS, type AgencySheet, type SheetKey } from './layout.js';
import { cellText } from './cells.js';
import { normalizeHeader } from './headers.js';
import type { ColumnSpec, SheetSpec } from './types.js';

/*
 * Column mappings: an agency's own sheet and column names mapped onto ours, like the import
 * definitions of payroll systems ("urenbestand-definities"). Without a mapping, headers match our
 * Dutch or English header or an alias, ignoring case, spaces, punctuation and accents. A mapping
 * file names what differs; everything it does not name is still matched automatically:
 *
 *   { "name": "Export Urenportaal",
 *     "sheets": { "Hours": { "sheet": "Uren", "headerRow": 1,
 *                            "columns": { "date": "Werkdag", "breakMinutes": null },
 *                            "defaults": { "status": "goedgekeurd" } } } }
 *
 * `null` says the agency has no such column (no automatic match; a default may fill it).
 * Defaults fill a missing column or blank cells and are always reported, never silent.
 */

const sheetMappingSchema = z
  .object({
    /** The sheet's name in the agency's workbook. */
    sheet: z.string().trim().min(1).optional(),
    /** 1-based row of the headers; default: found automatically in the first 20 rows. */
    headerRow: z.number().int().min(1).max(1000).optional(),
    /** Our column key → the agency's header, or null when the agency has no such column. */
    columns: z.record(z.string(), z.union([z.string().trim().min(1), z.null()])).optional(),
    /** Our column key → value used when the column is missing or a cell is blank. */
    defaults: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .strict();

export const columnMappingSchema = z
  .object({
    name: z.string().optional(),
    description: z.string().optional(),
    sheets: z.partialRecord(z.enum(SHEET_KEYS as [SheetKey, ...SheetKey[]]), sheetMappingSchema).default({}),
  })
  .strict()
  .superRefine((m, ctx) => {
    for (const [key, sheet] of Object.entries(m.sheets) as [SheetKey, z.infer<typeof sheetMappingSchema> | undefined][]) {
      if (!sheet) continue;
      const spec = agencyWorkbookLayout.find((s) => s.key === key)!;
      const known = new Set<string>(spec.columns.map((c) => c.key));
      for (const part of ['columns', 'defaults'] as const) {
        for (const col of Object.keys(sheet[part] ?? {})) {
          if (known.has(col)) continue;
          const list = [...known].join(', ');
          ctx.addIssue({
            code: 'custom',
            path: ['sheets', key, part, col],
            message: `unknown column key ${col}`,
            params: {
              code: 'MAPPING_UNKNOWN_COLUMN',
              texts: {
                nl: `onbekende kolomsleutel "${col}" voor blad ${key}; verwacht een van: ${list}`,
                en: `unknown column key "${col}" for sheet ${key}; expected one of: ${list}`,
              },
            },
          });
        }
      }
    }
  });

export type SheetMapping = z.output<typeof sheetMappingSchema>;
export type ColumnMapping = z.output<typeof columnMappingSchema>;

/**
 * A mapping from a parsed JSON value or JSON text (the content of a mapping file). Throws an
 * InputError naming the bad part: invalid JSON, an unknown sheet or column key, a wrong type.
 */
export function parseColumnMapping(input: unknown): ColumnMapping {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new InputError(
        'MAPPING_INVALID_JSON',
        {
          nl: `kolomindeling: geen geldige JSON (${why}); verwacht bijvoorbeeld { "sheets": { "Hours": { "sheet": "Uren", "columns": { "date": "Datum" } } } }`,
          en: `column mapping: not valid JSON (${why}); expected e.g. { "sheets": { "Hours": { "sheet": "Uren", "columns": { "date": "Datum" } } } }`,
        },
        'mapping',
      );
    }
  }
  return parseWith(columnMappingSchema, value, { nl: 'kolomindeling', en: 'column mapping' });
}

// ---- matching ---------------------------------------------------------------------------------

/** Every name a sheet answers to, normalized. */
export function sheetNames(spec: SheetSpec): string[] {
  return [spec.key, spec.names.nl, spec.names.en, ...(spec.aliases ?? [])].map(normalizeHeader);
}

/** Every header a column answers to, normalized: Dutch and English header, our key, aliases. */
export function columnNames(column: ColumnSpec): string[] {
  return [column.headers.nl, column.headers.en, column.key, ...(column.aliases ?? [])].map(normalizeHeader);
}

const headerIndexCache = new WeakMap<SheetSpec, Map<string, string>>();

/** normalized header → column key, for one sheet. */
function headerIndex(spec: SheetSpec): Map<string, string> {
  let index = headerIndexCache.get(spec);
  if (!index) {
    index = new Map();
    for (const column of spec.columns) {
      for (const name of columnNames(column)) if (!index.has(name)) index.set(name, column.key);
    }
    headerIndexCache.set(spec, index);
  }
  return index;
}

/** Where one of our columns sits in the agency's sheet. */
export interface ColumnBinding {
  readonly key: string;
  /** The header as written in the file. */
  readonly header: string;
  /** 1-based column number in the sheet. */
  readonly column: number;
  /** Column letters (D). */
  readonly letter: string;
}

export interface HeaderMatch {
  /** 0-based index of the header row in the grid. */
  rowIndex: number;
  /** key → 0-based cell index in the row. */
  found: Map<string, { index: number; header: string }>;
  /** Headers in the row that are none of ours (ignored, listed for the user). */
  ignored: string[];
  /** Two headers that both claim the same column of ours. */
  ambiguous: { key: string; headers: string[] }[];
  /** Explicitly mapped headers that are not in the row. */
  notFound: { key: string; header: string }[];
}

/** Matches one row of header cells against a sheet's columns and the sheet's mapping. */
export function matchHeaderRow(spec: SheetSpec, cells: readonly unknown[], rowIndex: number, mapping?: SheetMapping): HeaderMatch {
  const index = headerIndex(spec);
  const explicit = new Map<string, string>(); // normalized agency header → key
  const off = new Set<string>();
  for (const [key, header] of Object.entries(mapping?.columns ?? {})) {
    if (header === null) off.add(key);
    else explicit.set(normalizeHeader(header), key);
  }
  const found = new Map<string, { index: number; header: string }>();
  const claims = new Map<string, string[]>();
  const ignored: string[] = [];
  const takenByExplicit = new Set(explicit.values());
  cells.forEach((cell, i) => {
    const header = cellText(cell).trim();
    if (header === '') return;
    const norm = normalizeHeader(header);
    let key = explicit.get(norm);
    if (key === undefined) {
      const auto = index.get(norm);
      // A column named in the mapping is taken only by its mapped header, and `null` switches it off.
      if (auto !== undefined && !takenByExplicit.has(auto) && !off.has(auto)) key = auto;
    }
    if (key === undefined) {
      ignored.push(header);
      return;
    }
    const list = claims.get(key) ?? [];
    list.push(header);
    claims.set(key, list);
    if (!found.has(key)) found.set(key, { index: i, header });
  });
  const ambiguous = [...claims.entries()].filter(([, h]) => h.length > 1).map(([key, headers]) => ({ key, headers }));
  const notFound = [...explicit.entries()].filter(([, key]) => !found.has(key)).map(([norm, key]) => ({ key, header: mapping!.columns![key] as string, norm }));
  return { rowIndex, found, ignored, ambiguous, notFound: notFound.map(({ key, header }) => ({ key, header })) };
}

const HEADER_SCAN_ROWS = 20;

/**
 * Finds the header row: the one among the first 20 rows that names most of our columns (the
 * first such row on a tie), or the row the mapping names. Returns null when no row names any.
 */
export function findHeaderRow(spec: SheetSpec, rows: readonly (readonly unknown[] | undefined)[], mapping?: SheetMapping): HeaderMatch | null {
  if (mapping?.headerRow !== undefined) {
    const i = mapping.headerRow - 1;
    return matchHeaderRow(spec, rows[i] ?? [], i, mapping);
  }
  let best: HeaderMatch | null = null;
  const last = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < last; i++) {
    const row = rows[i];
    if (!row || row.length === 0) continue;
    const match = matchHeaderRow(spec, row, i, mapping);
    if (match.found.size > 0 && (!best || match.found.size > best.found.size)) best = match;
  }
  return best;
}

/** How well a grid's headers fit a sheet: mandatory columns found, and all columns found. */
export function sheetFit(spec: SheetSpec, rows: readonly (readonly unknown[] | undefined)[], mapping?: SheetMapping): { mandatory: number; all: number; complete: boolean } {
  const match = findHeaderRow(spec, rows, mapping);
  if (!match) return { mandatory: 0, all: 0, complete: false };
  const mandatory = spec.columns.filter((c) => c.mandatory);
  const hit = mandatory.filter((c) => match.found.has(c.key)).length;
  return { mandatory: hit, all: match.found.size, complete: hit === mandatory.length };
}

/**
 * Which of our sheets a grid holds, judged by its headers (a CSV file, a selected range in Excel):
 * the sheet whose mandatory columns are all present, most columns found on a tie; null if none.
 */
export function detectSheet(rows: readonly (readonly unknown[] | undefined)[], mapping?: ColumnMapping): SheetKey | null {
  let best: { key: SheetKey; all: number; share: number } | null = null;
  for (const spec of agencyWorkbookLayout as readonly AgencySheet[]) {
    const fit = sheetFit(spec, rows, mapping?.sheets[spec.key]);
    if (!fit.complete) continue;
    const share = fit.all / spec.columns.length;
    if (!best || fit.all > best.all || (fit.all === best.all && share > best.share)) best = { key: spec.key, all: fit.all, share };
  }
  return best?.key ?? null;
}

/** "Datum (date)" in the user's language, for lists of expected columns. */
export function expectedColumnText(column: ColumnSpec, lang: keyof Texts): string {
  return lang === 'nl' ? `${column.headers.nl}` : `${column.headers.en} (${column.headers.nl})`;
}
