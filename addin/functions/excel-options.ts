/**
 * Options as name/value pairs, the way a worksheet holds settings: a range of two columns with
 * the option's name in the first and its value in the second (one option per row), or, in a
 * repeating parameter, name and value as consecutive arguments:
 *   =BO.HOURLYCOST(B1, B2, Options!A1:B6)
 *   =BO.HOURLYCOST(B1, B2, "contract", "agency-clause", "employer size", "large", …)
 * Names are matched without case, spaces, dots, dashes and a trailing "(…)", so "employerSize",
 * "Employer size" and "employer size (Aof)" are the same option; Dutch names work too.
 *
 * Blank cells: a row whose name and value are both blank (0 or empty: Excel passes a blank cell
 * inside a range as 0) is skipped, so a range may be longer than its options. A blank value next
 * to a name arrives as 0 and counts as 0 (each function documents what that means).
 */
import { InputError, displayValue, type Texts } from '@backofficer/core';
import { looksBlank, toMatrix, type Matrix } from './excel-ranges.js';

/** One option as found: its name, its value and where it was, for messages. */
export interface OptionPair {
  readonly name: string;
  readonly value: unknown;
  /** "options (row 3)" or "options (argument 2)". */
  readonly where: string;
}

export interface OptionSpec {
  /** The field the option sets in core's input, as a path ("whk", "agency.sicknessRisk"). */
  readonly path: string;
  /** Names a user may write; matched as `optionKey` normalises them. */
  readonly names: readonly string[];
  /** May be given on several rows (a list, such as surcharge rules); default: once. */
  readonly repeats?: boolean;
}

/** "Employer size (Aof)" → "employersize"; "agency.sicknessRisk" → "agencysicknessrisk". */
export function optionKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[^a-z0-9%€]/g, '');
}

function optionError(code: string, field: string, texts: Texts): InputError {
  return new InputError(code, { nl: `${field}: ${texts.nl}`, en: `${field}: ${texts.en}` }, field);
}

/** The ranges of a parameter: a scalar, one range, or (repeating parameter) a list of them. */
function rangesOf(value: unknown): Matrix[] {
  if (!Array.isArray(value)) return value === null || value === undefined ? [] : [toMatrix(value)];
  if (value.length === 0) return [];
  const first = value[0] as unknown;
  // A list of ranges (Excel's repeating parameter): [[[…]], [[…]]].
  if (Array.isArray(first) && first.some((c) => Array.isArray(c))) return value.map((r) => toMatrix(r));
  return [toMatrix(value)];
}

function isSingleCell(m: Matrix): boolean {
  return m.length === 1 && (m[0]?.length ?? 0) <= 1;
}

/**
 * The name/value pairs of an options parameter, in order. Throws an InputError naming `field` and
 * the row when a range has the wrong shape, a name is missing or is not text, or a name given as
 * its own argument has no value after it.
 */
export function optionPairs(value: unknown, field: string): OptionPair[] {
  const ranges = rangesOf(value);
  const pairs: OptionPair[] = [];
  let pending: { cell: unknown; argument: number } | null = null;
  ranges.forEach((m, r) => {
    const argument = r + 1;
    if (isSingleCell(m)) {
      const cell = m[0]?.[0] ?? null;
      if (pending === null) {
        // A lone blank argument (an omitted optional parameter) adds nothing.
        if (looksBlank(cell)) return;
        pending = { cell, argument };
      } else {
        pairs.push(pairOf(pending.cell, cell, `${field} (argument ${pending.argument})`));
        pending = null;
      }
      return;
    }
    const width = Math.max(...m.map((row) => row.length));
    const prefix = ranges.length > 1 ? `${field} (range ${argument}, ` : `${field} (`;
    if (width < 2) {
      throw optionError('OPTIONS_SHAPE', field, {
        nl: `een bereik van ${m.length} rij(en) × 1 kolom; verwacht twee kolommen: de naam van de optie en de waarde`,
        en: `a range of ${m.length} row(s) × 1 column; expected two columns: the option's name and its value`,
      });
    }
    m.forEach((row, i) => {
      const where = `${prefix}row ${i + 1})`;
      const extra = row.slice(2).find((c) => !looksBlank(c));
      if (extra !== undefined) {
        throw optionError('OPTIONS_SHAPE', where, {
          nl: `${displayValue(extra)} staat in een derde kolom; verwacht twee kolommen: naam en waarde`,
          en: `${displayValue(extra)} is in a third column; expected two columns: name and value`,
        });
      }
      const name = row[0] ?? null;
      const val = row[1] ?? null;
      if (looksBlank(name) && looksBlank(val)) return;
      pairs.push(pairOf(name, val, where));
    });
  });
  if (pending !== null) {
    const p = pending as { cell: unknown; argument: number };
    const where = `${field} (argument ${p.argument})`;
    throw optionError('OPTION_WITHOUT_VALUE', where, {
      nl: `${displayValue(p.cell)} heeft geen waarde; verwacht na elke naam een waarde, of een bereik van twee kolommen`,
      en: `${displayValue(p.cell)} has no value; expected a value after each name, or a range of two columns`,
    });
  }
  return pairs;
}

function pairOf(name: unknown, value: unknown, where: string): OptionPair {
  if (typeof name !== 'string' || name.trim() === '') {
    throw optionError('OPTION_NAME_MISSING', where, {
      nl: `${looksBlank(name) ? 'de naam ontbreekt' : `${displayValue(name)} is geen naam`} bij de waarde ${displayValue(value)}; verwacht de naam van een optie als tekst`,
      en: `${looksBlank(name) ? 'the name is missing' : `${displayValue(name)} is not a name`} for the value ${displayValue(value)}; expected an option's name as text`,
    });
  }
  return { name: name.trim(), value, where };
}

/** A matched option: the single value, or every value of a repeating option, with where each was. */
export interface OptionValue {
  readonly value: unknown;
  readonly where: string;
}

/**
 * Matches pairs to the known options. Returns path → values (one for a single option). An
 * unknown name or a single option given twice is an InputError listing what is known.
 */
export function matchOptions(pairs: readonly OptionPair[], specs: readonly OptionSpec[]): Map<string, OptionValue[]> {
  const byKey = new Map<string, OptionSpec>();
  for (const s of specs) for (const n of s.names) byKey.set(optionKey(n), s);
  const found = new Map<string, OptionValue[]>();
  for (const p of pairs) {
    const spec = byKey.get(optionKey(p.name));
    if (!spec) {
      const known = specs.map((s) => s.names[0]).join(', ');
      throw optionError('UNKNOWN_OPTION', p.where, {
        nl: `${displayValue(p.name)} is geen bekende optie; verwacht een van: ${known}`,
        en: `${displayValue(p.name)} is not a known option; expected one of: ${known}`,
      });
    }
    const list = found.get(spec.path) ?? [];
    if (list.length > 0 && !spec.repeats) {
      throw optionError('OPTION_TWICE', p.where, {
        nl: `${displayValue(p.name)} staat er al (${list[0]!.where}); verwacht elke optie één keer`,
        en: `${displayValue(p.name)} is given already (${list[0]!.where}); expected each option once`,
      });
    }
    list.push({ value: p.value, where: p.where });
    found.set(spec.path, list);
  }
  return found;
}

/** Sets `value` at a dotted path in a plain object, creating the records on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let here = target;
  for (const k of keys.slice(0, -1)) {
    const next = here[k];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) here = next as Record<string, unknown>;
    else {
      const made: Record<string, unknown> = {};
      here[k] = made;
      here = made;
    }
  }
  here[keys[keys.length - 1]!] = value;
}
