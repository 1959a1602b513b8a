import type { Texts } from '../errors/index.js';
import { agencyWorkbookLayout, type AgencySheet, type RowsBySheet, type SheetKey } from './layout.js';
import { CellFailure, cellText, makeCellParser, type CellParser } from './cells.js';
import { columnLetter, normalizeHeader } from './headers.js';
import {
  expectedColumnText, findHeaderRow, parseColumnMapping, sheetFit, sheetNames,
  type ColumnBinding, type ColumnMapping, type SheetMapping,
} from './mapping.js';
import { WorkbookStructureError, type CellRef, type DefaultApplied, type StructureIssue, type WorkbookProblem } from './problems.js';
import { formatForUser } from './format.js';
import type { ColumnSpec } from './types.js';

/**
 * One sheet's cells, row by row, as Excel or exceljs give them. A plain array starts at A1; a
 * range elsewhere (the task pane's used range) says where it starts.
 */
export type SheetRows = readonly (readonly unknown[] | undefined)[];
export type SheetGrid = SheetRows | { readonly rows: SheetRows; readonly firstRow?: number; readonly firstColumn?: number };
/** The sheets of a workbook by name (as in the file). */
export type WorkbookGrids = Readonly<Record<string, SheetGrid>>;

export interface ReadOptions {
  /** Sheets that must be present; default: the layout's mandatory sheets (Workers, Hirers, Placements, Hours). */
  readonly require?: readonly SheetKey[];
  /** Sheets to read; default: all that are present. */
  readonly only?: readonly SheetKey[];
}

/** One sheet, read. */
export interface SheetRead<K extends SheetKey = SheetKey> {
  readonly key: K;
  /** The sheet's name in the file. */
  readonly sheet: string;
  /** 1-based row of the headers. */
  readonly headerRow: number;
  /** Where each of our columns is, by key; absent columns are missing. */
  readonly columns: Readonly<Record<string, ColumnBinding | undefined>>;
  /** Records of the rows without errors, in sheet order. */
  readonly records: RowsBySheet[K][];
  /** Non-blank data rows seen (records plus skipped rows). */
  readonly rowsRead: number;
  /** Rows left out because a cell had an error (each has a problem). */
  readonly skippedRows: readonly number[];
  /** Headers in the file that are none of ours. */
  readonly ignoredHeaders: readonly string[];
}

export type SheetsRead = { readonly [K in SheetKey]?: SheetRead<K> };

export interface AgencyWorkbook {
  readonly sheets: SheetsRead;
  /** Cells that could not be read, missing values, duplicate ids. */
  readonly problems: readonly WorkbookProblem[];
  /** Every default applied. */
  readonly defaults: readonly DefaultApplied[];
  /** Optional sheets that were not in the workbook. */
  readonly missingSheets: readonly SheetKey[];
  /** Sheets in the file that are none of ours. */
  readonly ignoredSheets: readonly string[];
}

function unpack(grid: SheetGrid): { rows: SheetRows; firstRow: number; firstColumn: number } {
  if (Array.isArray(grid)) return { rows: rowsOnly(grid), firstRow: 1, firstColumn: 1 };
  const g = (grid ?? {}) as { rows?: SheetRows; firstRow?: number; firstColumn?: number };
  const whole = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 ? n : 1);
  return { rows: rowsOnly(g.rows), firstRow: whole(g.firstRow), firstColumn: whole(g.firstColumn) };
}

/** A grid from a caller that is no list of rows (a number, rows of text) reads as an empty sheet, never a TypeError. */
function rowsOnly(rows: unknown): SheetRows {
  if (!Array.isArray(rows)) return [];
  return rows.some((r) => r !== undefined && r !== null && !Array.isArray(r)) ? rows.map((r) => (Array.isArray(r) ? r : undefined)) : (rows as SheetRows);
}

const SHOWN_DEFAULT_ROWS = 20;

interface Binding {
  column: ColumnSpec;
  key: string;
  /** Index of the cell in a grid row, or -1 when the sheet has no such column. */
  index: number;
  parse: CellParser;
  header: string;
  letter: string | undefined;
  /** Must a blank cell be reported? */
  mustFill: boolean;
  fill: unknown;
  fillSource: 'layout' | 'mapping' | undefined;
  filled: number;
  filledRows: number[];
}

interface SheetResult {
  read?: SheetRead;
  issues: StructureIssue[];
  problems: WorkbookProblem[];
  defaults: DefaultApplied[];
}

function locate(sheet: string, ref: Omit<CellRef, 'sheet' | 'sheetKey'>, sheetKey: SheetKey): CellRef {
  return { sheet, sheetKey, ...ref };
}

function at(ref: CellRef): Texts {
  const where = ref.address ?? `${ref.row}`;
  return ref.address
    ? { nl: `Blad ${ref.sheet}, cel ${where}`, en: `Sheet ${ref.sheet}, cell ${where}` }
    : { nl: `Blad ${ref.sheet}, rij ${where}`, en: `Sheet ${ref.sheet}, row ${where}` };
}

function problem(code: string, ref: CellRef, texts: Texts): WorkbookProblem {
  const where = at(ref);
  return { code, severity: 'error', ref, message: { nl: `${where.nl}: ${texts.nl}`, en: `${where.en}: ${texts.en}` } };
}

function listNames(names: readonly string[], lang: keyof Texts): string {
  if (names.length === 0) return lang === 'nl' ? '(geen)' : '(none)';
  const shown = names.slice(0, 30).join(', ');
  return names.length > 30 ? `${shown}${lang === 'nl' ? ` en nog ${names.length - 30}` : ` and ${names.length - 30} more`}` : shown;
}

function readOneSheet(spec: AgencySheet, name: string, grid: SheetGrid, mapping: SheetMapping | undefined): SheetResult {
  const { rows, firstRow, firstColumn } = unpack(grid);
  const issues: StructureIssue[] = [];
  const problems: WorkbookProblem[] = [];
  const defaults: DefaultApplied[] = [];
  const columns = spec.columns as readonly ColumnSpec[];
  const match = findHeaderRow(spec, rows, mapping);

  if (!match) {
    const first = rows.find((r) => r && r.some((c) => cellText(c).trim() !== '')) ?? [];
    const seen = first.map((c) => cellText(c).trim()).filter(Boolean);
    const expected = columns.filter((c) => c.mandatory);
    issues.push({
      code: 'WORKBOOK_NO_HEADER_ROW',
      sheetKey: spec.key,
      texts: {
        nl: `Blad ${name}: geen kopregel gevonden in de eerste 20 rijen. Gevonden: ${listNames(seen, 'nl')}. Verwacht kolommen als: ${expected.map((c) => expectedColumnText(c, 'nl')).join(', ')}. Koppel uw eigen kolomnamen met een kolomindeling (--mapping).`,
        en: `Sheet ${name}: no header row found in the first 20 rows. Found: ${listNames(seen, 'en')}. Expected columns such as: ${expected.map((c) => expectedColumnText(c, 'en')).join(', ')}. Map your own column names with a column mapping (--mapping).`,
      },
    });
    return { issues, problems, defaults };
  }

  const headerCells = (rows[match.rowIndex] ?? []).map((c) => cellText(c).trim()).filter(Boolean);
  for (const nf of match.notFound) {
    issues.push({
      code: 'MAPPING_HEADER_NOT_FOUND',
      sheetKey: spec.key,
      texts: {
        nl: `Blad ${name}: de kolomindeling koppelt ${nf.key} aan kolom "${nf.header}", maar die staat niet in de kopregel (rij ${firstRow + match.rowIndex}). Gevonden: ${listNames(headerCells, 'nl')}.`,
        en: `Sheet ${name}: the column mapping maps ${nf.key} to column "${nf.header}", which is not in the header row (row ${firstRow + match.rowIndex}). Found: ${listNames(headerCells, 'en')}.`,
      },
    });
  }
  for (const amb of match.ambiguous) {
    const col = columns.find((c) => c.key === amb.key)!;
    issues.push({
      code: 'WORKBOOK_AMBIGUOUS_COLUMN',
      sheetKey: spec.key,
      texts: {
        nl: `Blad ${name}: de kolommen ${amb.headers.map((h) => `"${h}"`).join(' en ')} betekenen allebei ${col.headers.nl}; verwacht er één. Hernoem of verwijder er een, of kies er een in de kolomindeling ("${amb.key}": "…").`,
        en: `Sheet ${name}: the columns ${amb.headers.map((h) => `"${h}"`).join(' and ')} both mean ${col.headers.en}; expected one. Rename or remove one, or choose one in the column mapping ("${amb.key}": "…").`,
      },
    });
  }
  // A mandatory column may be absent when the agency's mapping gives it a default.
  const missing = columns.filter((c) => c.mandatory && !match.found.has(c.key) && mapping?.defaults?.[c.key] === undefined);
  if (missing.length > 0) {
    const alt = (c: ColumnSpec, lang: keyof Texts) => {
      const own = lang === 'nl' ? c.headers.nl : c.headers.en;
      const others = [...new Set([lang === 'nl' ? c.headers.en : c.headers.nl, ...(c.aliases ?? []).slice(0, 3)])].filter((n) => n !== own);
      return `${own} (${lang === 'nl' ? 'of' : 'or'} ${others.join(', ')})`;
    };
    issues.push({
      code: 'WORKBOOK_MISSING_COLUMNS',
      sheetKey: spec.key,
      texts: {
        nl: `Blad ${name}: verplichte ${missing.length === 1 ? 'kolom ontbreekt' : 'kolommen ontbreken'}: ${missing.map((c) => c.headers.nl).join(', ')}. Gevonden kolommen (rij ${firstRow + match.rowIndex}): ${listNames(headerCells, 'nl')}. Verwacht: ${missing.map((c) => alt(c, 'nl')).join('; ')}. Hernoem de kolom of koppel hem in een kolomindeling (--mapping).`,
        en: `Sheet ${name}: mandatory ${missing.length === 1 ? 'column is' : 'columns are'} missing: ${missing.map((c) => c.headers.en).join(', ')}. Found columns (row ${firstRow + match.rowIndex}): ${listNames(headerCells, 'en')}. Expected: ${missing.map((c) => alt(c, 'en')).join('; ')}. Rename the column or map it in a column mapping (--mapping).`,
      },
    });
  }

  // Defaults: from our layout, or from the agency's mapping file (which wins).
  const bindings: Binding[] = columns.map((column) => {
    const hit = match.found.get(column.key);
    const header = hit?.header ?? column.headers.nl;
    const parse = makeCellParser({ header, column });
    let fill: unknown;
    let fillSource: Binding['fillSource'];
    const mapped = mapping?.defaults?.[column.key];
    if (mapped !== undefined) {
      fill = parse(mapped);
      fillSource = 'mapping';
      if (fill instanceof CellFailure || fill === undefined) {
        issues.push({
          code: 'MAPPING_INVALID_DEFAULT',
          sheetKey: spec.key,
          texts: {
            nl: `Blad ${name}: standaardwaarde in de kolomindeling is ongeldig: ${fill instanceof CellFailure ? fill.texts.nl : `${header}: leeg`}`,
            en: `Sheet ${name}: default in the column mapping is invalid: ${fill instanceof CellFailure ? fill.texts.en : `${header}: empty`}`,
          },
        });
        fill = undefined;
      }
    } else if (column.default !== undefined) {
      fill = parse(column.default);
      fillSource = 'layout';
    }
    const index = hit ? hit.index : -1;
    return {
      column, key: column.key, index, parse, header,
      letter: hit ? columnLetter(firstColumn + hit.index) : undefined,
      mustFill: Boolean(column.mandatory && !column.blankAllowed),
      fill, fillSource, filled: 0, filledRows: [],
    };
  });
  if (issues.length > 0) return { issues, problems, defaults };

  const byKey = new Map(bindings.map((b) => [b.key, b]));
  const conditional = bindings.filter((b) => b.column.requiredWhen);
  const unique = bindings.filter((b) => b.column.unique && b.index >= 0).map((b) => ({ b, seen: new Map<string, number>() }));
  const groups = (spec as { oneOf?: readonly (readonly string[])[] }).oneOf;
  const present = bindings.filter((b) => b.index >= 0);
  const records: Record<string, unknown>[] = [];
  const skipped: number[] = [];
  let rowsRead = 0;

  const refOf = (row: number, b: Binding): CellRef =>
    locate(name, b.letter ? { row, column: b.letter, address: `${b.letter}${row}`, field: b.key } : { row, field: b.key }, spec.key);
  const missingValue = (row: number, b: Binding, why?: Texts) =>
    problem('CELL_MISSING_VALUE', refOf(row, b), {
      nl: `${b.header}: leeg; verwacht een waarde${why ? ` ${why.nl}` : ''}`,
      en: `${b.header}: empty; expected a value${why ? ` ${why.en}` : ''}`,
    });

  for (let r = match.rowIndex + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells || cells.length === 0) continue;
    // A row is blank when every column of ours is blank (cells elsewhere are ignored).
    let blank = true;
    for (let i = 0; i < present.length; i++) {
      const v = cells[present[i]!.index];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) {
        if (typeof v === 'object' && !(v instanceof Date) && cellText(v).trim() === '') continue;
        blank = false;
        break;
      }
    }
    if (blank) continue;
    rowsRead++;
    const row = firstRow + r;
    const rec: Record<string, unknown> = {};
    let bad = false;
    for (let i = 0; i < bindings.length; i++) {
      const b = bindings[i]!;
      let v = b.index >= 0 ? b.parse(cells[b.index]) : undefined;
      if (v instanceof CellFailure) {
        problems.push(problem(v.code, refOf(row, b), v.texts));
        bad = true;
        v = undefined;
      } else if (v === undefined) {
        if (b.fill !== undefined) {
          v = b.fill;
          b.filled++;
          if (b.filledRows.length < SHOWN_DEFAULT_ROWS) b.filledRows.push(row);
        } else if (b.mustFill) {
          problems.push(missingValue(row, b));
          bad = true;
        }
      }
      rec[b.key] = v;
    }
    for (const b of conditional) {
      const when = b.column.requiredWhen!;
      if (rec[b.key] !== undefined) continue;
      const other = rec[when.column];
      if (typeof other === 'string' && when.in.includes(other)) {
        const o = byKey.get(when.column)!;
        problems.push(missingValue(row, b, { nl: `omdat ${o.header} ${formatForUser(o.column, other, 'nl')} is`, en: `because ${o.header} is ${formatForUser(o.column, other, 'en')}` }));
        bad = true;
      }
    }
    if (groups && !bad) {
      const complete = groups.some((g) => g.every((k) => rec[k] !== undefined));
      if (!complete) {
        const partial = groups.find((g) => g.some((k) => rec[k] !== undefined));
        const group = partial ?? groups[0]!;
        const lacking = byKey.get(group.find((k) => rec[k] === undefined)!)!;
        const alternatives = groups.map((g) => g.map((k) => byKey.get(k)!.header).join(' + '));
        problems.push(missingValue(row, lacking, { nl: `(vul ${alternatives.join(' of ')})`, en: `(fill ${alternatives.join(' or ')})` }));
        bad = true;
      }
    }
    for (const u of unique) {
      const id = rec[u.b.key];
      if (typeof id !== 'string') continue;
      const earlier = u.seen.get(id);
      if (earlier !== undefined) {
        problems.push(
          problem('DUPLICATE_ID', refOf(row, u.b), {
            nl: `${u.b.header}: "${id}" staat ook in rij ${earlier}; verwacht een uniek nummer`,
            en: `${u.b.header}: "${id}" is also in row ${earlier}; expected a unique number`,
          }),
        );
        bad = true;
      } else u.seen.set(id, row);
    }
    rec.ref = { sheet: name, row };
    if (bad) skipped.push(row);
    else records.push(rec);
  }

  for (const b of bindings) {
    if (b.filled === 0) continue;
    const reason = b.index < 0 ? 'column-missing' : 'blank-cells';
    const value = { nl: formatForUser(b.column, b.fill, 'nl'), en: formatForUser(b.column, b.fill, 'en') };
    const from = b.fillSource === 'mapping' ? { nl: ' (uit de kolomindeling)', en: ' (from the column mapping)' } : { nl: '', en: '' };
    defaults.push({
      sheet: name,
      sheetKey: spec.key,
      field: b.key,
      headers: b.column.headers,
      value: value.nl,
      reason,
      source: b.fillSource!,
      count: b.filled,
      rows: b.filledRows,
      message:
        reason === 'column-missing'
          ? {
              nl: `Blad ${name}: kolom ${b.column.headers.nl} ontbreekt; standaardwaarde ${value.nl}${from.nl} gebruikt voor ${b.filled} ${b.filled === 1 ? 'regel' : 'regels'}.`,
              en: `Sheet ${name}: column ${b.column.headers.en} is missing; default ${value.en}${from.en} used for ${b.filled} ${b.filled === 1 ? 'row' : 'rows'}.`,
            }
          : {
              nl: `Blad ${name}: ${b.filled} lege ${b.filled === 1 ? 'cel' : 'cellen'} in kolom ${b.header} gevuld met standaardwaarde ${value.nl}${from.nl} (rij ${b.filledRows.join(', ')}${b.filled > b.filledRows.length ? ', …' : ''}).`,
              en: `Sheet ${name}: ${b.filled} blank ${b.filled === 1 ? 'cell' : 'cells'} in column ${b.header} filled with default ${value.en}${from.en} (row ${b.filledRows.join(', ')}${b.filled > b.filledRows.length ? ', …' : ''}).`,
            },
    });
  }

  const columnsByKey: Record<string, ColumnBinding | undefined> = {};
  for (const b of bindings) {
    if (b.index >= 0) columnsByKey[b.key] = { key: b.key, header: b.header, column: firstColumn + b.index, letter: b.letter! };
  }
  return {
    issues,
    problems,
    defaults,
    read: {
      key: spec.key,
      sheet: name,
      headerRow: firstRow + match.rowIndex,
      columns: columnsByKey,
      records: records as unknown as RowsBySheet[SheetKey][],
      rowsRead,
      skippedRows: skipped,
      ignoredHeaders: match.ignored,
    } as SheetRead,
  };
}

function asMapping(mapping: unknown): ColumnMapping | undefined {
  if (mapping === undefined || mapping === null) return undefined;
  return parseColumnMapping(mapping);
}

/**
 * Reads an agency workbook (sheets by name, cells as Excel gives them) into typed records per
 * sheet, with every unreadable cell as a problem that points at its cell, and every default
 * applied reported. Sheets are found by name (ours in Dutch or English, an alias, or the name in
 * the mapping), else by their headers. Throws a WorkbookStructureError (an InputError) when a
 * required sheet or a mandatory column is missing, listing what was found and what was expected.
 */
export function readAgencyWorkbook(grids: WorkbookGrids, mapping?: unknown, options: ReadOptions = {}): AgencyWorkbook {
  const map = asMapping(mapping);
  const layout = agencyWorkbookLayout as readonly AgencySheet[];
  const wanted = layout.filter((s) => !options.only || options.only.includes(s.key));
  const required = new Set<SheetKey>(options.require ?? layout.filter((s) => s.mandatory).map((s) => s.key));
  const names = Object.keys(grids);
  const byNorm = new Map<string, string>();
  for (const n of names) if (!byNorm.has(normalizeHeader(n))) byNorm.set(normalizeHeader(n), n);

  const issues: StructureIssue[] = [];
  const assigned = new Map<SheetKey, string>();
  const claimed = new Set<string>();
  for (const spec of layout) {
    const explicit = map?.sheets[spec.key]?.sheet;
    if (explicit !== undefined) {
      const hit = byNorm.get(normalizeHeader(explicit));
      if (hit === undefined) {
        if (wanted.includes(spec)) {
          issues.push({
            code: 'MAPPING_SHEET_NOT_FOUND',
            sheetKey: spec.key,
            texts: {
              nl: `De kolomindeling noemt blad "${explicit}" voor ${spec.names.nl}, maar de werkmap heeft dat blad niet. Gevonden bladen: ${listNames(names, 'nl')}.`,
              en: `The column mapping names sheet "${explicit}" for ${spec.names.en}, but the workbook has no such sheet. Found sheets: ${listNames(names, 'en')}.`,
            },
          });
        }
        continue;
      }
      assigned.set(spec.key, hit);
      claimed.add(hit);
      continue;
    }
    for (const n of sheetNames(spec)) {
      const hit = byNorm.get(n);
      if (hit !== undefined && !claimed.has(hit)) {
        assigned.set(spec.key, hit);
        claimed.add(hit);
        break;
      }
    }
  }
  // Sheets not found by name: try the remaining sheets by their headers (a CSV file, "Blad1").
  for (const spec of wanted) {
    if (assigned.has(spec.key) || map?.sheets[spec.key]?.sheet !== undefined) continue;
    let best: { name: string; all: number } | null = null;
    for (const n of names) {
      if (claimed.has(n)) continue;
      const fit = sheetFit(spec, unpack(grids[n]!).rows, map?.sheets[spec.key]);
      if (fit.complete && (!best || fit.all > best.all)) best = { name: n, all: fit.all };
    }
    if (best) {
      assigned.set(spec.key, best.name);
      claimed.add(best.name);
    }
  }

  const missingSheets: SheetKey[] = [];
  for (const spec of wanted) {
    if (assigned.has(spec.key) || map?.sheets[spec.key]?.sheet !== undefined) continue;
    if (!required.has(spec.key)) {
      missingSheets.push(spec.key);
      continue;
    }
    const expectedNames = [spec.names.nl, spec.names.en, ...(spec.aliases ?? []).slice(0, 4)];
    const mandatory = (spec.columns as readonly ColumnSpec[]).filter((c) => c.mandatory);
    issues.push({
      code: 'WORKBOOK_MISSING_SHEET',
      sheetKey: spec.key,
      texts: {
        nl: `Blad ${spec.names.nl} ontbreekt. Gevonden bladen: ${listNames(names, 'nl')}. Verwacht een blad met de naam ${expectedNames.join(', ')} of met de kolommen ${mandatory.map((c) => c.headers.nl).join(', ')}; of noem het blad in een kolomindeling (--mapping).`,
        en: `Sheet ${spec.names.en} (${spec.names.nl}) is missing. Found sheets: ${listNames(names, 'en')}. Expected a sheet named ${expectedNames.join(', ')} or with the columns ${mandatory.map((c) => c.headers.en).join(', ')}; or name the sheet in a column mapping (--mapping).`,
      },
    });
  }

  const sheets: Record<string, SheetRead> = {};
  const problems: WorkbookProblem[] = [];
  const defaults: DefaultApplied[] = [];
  for (const spec of wanted) {
    const name = assigned.get(spec.key);
    if (name === undefined) continue;
    const result = readOneSheet(spec, name, grids[name]!, map?.sheets[spec.key]);
    issues.push(...result.issues);
    if (result.read) sheets[spec.key] = result.read;
    problems.push(...result.problems);
    defaults.push(...result.defaults);
  }
  if (issues.length > 0) throw new WorkbookStructureError(issues);
  return {
    sheets: sheets as SheetsRead,
    problems,
    defaults,
    missingSheets,
    ignoredSheets: names.filter((n) => !claimed.has(n)),
  };
}

/**
 * Reads one grid as one of our sheets (a CSV file of hours, a table selected in Excel). The
 * sheet's name in messages is `name`. Throws a WorkbookStructureError for missing columns.
 */
export function readSheet<K extends SheetKey>(
  key: K,
  grid: SheetGrid,
  mapping?: unknown,
  name: string = (agencyWorkbookLayout as readonly AgencySheet[]).find((s) => s.key === key)!.names.nl,
): { sheet: SheetRead<K>; problems: readonly WorkbookProblem[]; defaults: readonly DefaultApplied[] } {
  const map = asMapping(mapping);
  const spec = (agencyWorkbookLayout as readonly AgencySheet[]).find((s) => s.key === key)!;
  const result = readOneSheet(spec, name, grid, map?.sheets[key]);
  if (result.issues.length > 0 || !result.read) throw new WorkbookStructureError(result.issues);
  return { sheet: result.read as unknown as SheetRead<K>, problems: result.problems, defaults: result.defaults };
}

/** The reference of a cell of a read sheet: the row, and our column's letter and address where it exists. */
export function cellRef(sheet: SheetRead, row: number, field?: string): CellRef {
  const binding = field ? sheet.columns[field] : undefined;
  if (!binding) return field ? { sheet: sheet.sheet, sheetKey: sheet.key, row, field } : { sheet: sheet.sheet, sheetKey: sheet.key, row };
  return { sheet: sheet.sheet, sheetKey: sheet.key, row, column: binding.letter, address: `${binding.letter}${row}`, field };
}
