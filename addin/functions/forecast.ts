/**
 * BO.FORECAST: a table of placements (one per row, with a header row) → core's marginForecast →
 * the week-by-placement table: a header row with the weeks, one row per placement (in the order
 * of the input table), a total column and a total row.
 *
 *   id | worker | hirer | start    | end | wage  | factor | hours      (Dutch headers work too)
 *   P1 | W-001  | H-01  | 2-3-2026 |     | 15,00 | 1,75   | 38
 *
 * The wage agreement of a row holds from its start: mode factor (factor), margin (margin and
 * basis) or fixed (rate); the mode column may be left out when exactly one of factor, margin and
 * rate is filled. Blank cells arrive as 0: for end, factor, margin, rate, age, birth date and
 * worked weeks a 0 counts as blank; hours 0 means no hours in those weeks. Cost choices that hold
 * for every placement (employer size, Whk, pension…) come as options, as for BO.HOURLYCOST.
 */
import {
  InputError,
  formatIsoWeek,
  fromCents,
  isoWeekOf,
  marginForecast,
  type Lang,
  type MarginForecast,
  type MarginForecastInput,
  type Texts,
} from '@backofficer/core';
import { COST_OPTIONS } from './hourly-cost.js';
import { isOmitted, readDate, readIsoWeek, readKeyword, readWholeNumber } from './excel-inputs.js';
import { matchOptions, optionPairs, setPath, type OptionSpec } from './excel-options.js';
import { looksBlank } from './excel-ranges.js';
import { readTable, type ColumnSpec } from './excel-tables.js';

export const PLACEMENT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'id', names: ['id', 'placement', 'placement id', 'placement number', 'plaatsing', 'plaatsingsnummer'] },
  { field: 'workerId', names: ['worker', 'workerId', 'worker id', 'worker number', 'medewerker', 'medewerkernummer', 'uitzendkracht'] },
  { field: 'hirerId', names: ['hirer', 'hirerId', 'hirer id', 'hirer number', 'inlener', 'relatienummer inlener'] },
  { field: 'agencyId', names: ['agency', 'agencyId', 'uitzender'] },
  { field: 'job', names: ['job', 'functie'] },
  { field: 'cao', names: ['cao'] },
  { field: 'start', names: ['start', 'start date', 'begin', 'begindatum', 'startdatum'] },
  { field: 'end', names: ['end', 'end date', 'einde', 'einddatum'] },
  { field: 'wage', names: ['wage', 'hourly wage', 'uurloon', 'loon', 'bruto uurloon'] },
  { field: 'mode', names: ['mode', 'werkwijze'] },
  { field: 'factor', names: ['factor'] },
  { field: 'margin', names: ['margin', 'marge'] },
  { field: 'marginBasis', names: ['basis', 'margin basis', 'marginBasis', 'margeberekening'] },
  { field: 'rate', names: ['rate', 'billing rate', 'tarief', 'uurtarief'] },
  { field: 'hoursPerWeek', names: ['hours', 'hours per week', 'hoursPerWeek', 'uren', 'uren per week'] },
  { field: 'contract', names: ['contract', 'contract kind', 'soort contract'] },
  { field: 'age', names: ['age', 'leeftijd'] },
  { field: 'birthDate', names: ['birth date', 'birthDate', 'geboortedatum'] },
  { field: 'workedWeeks', names: ['worked weeks', 'workedWeeks', 'gewerkte weken'] },
];

/** Fields for which a 0 (a blank cell) means "not given". */
const ZERO_IS_BLANK = new Set(['end', 'factor', 'margin', 'rate', 'age', 'birthDate', 'workedWeeks', 'mode', 'marginBasis', 'contract', 'job', 'agencyId', 'cao']);
const DATE_FIELDS = new Set(['start', 'end', 'birthDate']);

/**
 * Cost choices for every placement: the options of BO.HOURLYCOST, so one options range serves
 * both. Contract, age and CAO are defaults for placements whose row leaves them blank; hours per
 * week, worked weeks and birth date belong to a placement (columns of the table).
 */
const PER_PLACEMENT = new Set(['hoursPerWeek', 'workedWeeks', 'birthDate']);
const PLACEMENT_DEFAULTS = new Set(['contract', 'age', 'cao']);
const VALUES_OPTION: OptionSpec = { path: 'values', names: ['values', 'show', 'waarden', 'toon'] };
export const FORECAST_OPTIONS: readonly OptionSpec[] = [...COST_OPTIONS.filter((o) => !PER_PLACEMENT.has(o.path)), VALUES_OPTION];

const VALUE_WORDS = { margin: 'margin', marge: 'margin', revenue: 'revenue', omzet: 'revenue', cost: 'cost', kosten: 'cost', hours: 'hours', uren: 'hours' } as const;
export type ForecastValues = (typeof VALUE_WORDS)[keyof typeof VALUE_WORDS];

function rowError(row: number, texts: Texts, code: string): InputError {
  return new InputError(code, { nl: `placements (rij ${row}): ${texts.nl}`, en: `placements (row ${row}): ${texts.en}` }, 'placements');
}

/** The agreement's mode: the mode column, else the one of factor / margin / rate that is filled. */
function modeOf(cells: Record<string, unknown>, row: number): unknown {
  if (cells.mode !== undefined) return cells.mode;
  const filled = (['factor', 'margin', 'rate'] as const).filter((f) => cells[f] !== undefined);
  if (filled.length === 1) return filled[0] === 'rate' ? 'fixed' : filled[0];
  if (filled.length > 1) {
    throw rowError(row, {
      nl: `${filled.join(' en ')} zijn allebei ingevuld; verwacht één van factor, marge of tarief, of een kolom mode`,
      en: `${filled.join(' and ')} are both filled; expected one of factor, margin or rate, or a mode column`,
    }, 'AMBIGUOUS_MODE');
  }
  return undefined;
}

export interface ReadPlacements {
  readonly placements: MarginForecastInput['placements'];
  /** The sheet row of each placement, for messages. */
  readonly rows: readonly number[];
  readonly ids: readonly string[];
  /** The earliest start (ISO date), for the default first week. */
  readonly firstStart: string;
}

export function readPlacements(value: unknown): ReadPlacements {
  const table = readTable(value, 'placements', PLACEMENT_COLUMNS);
  const placements: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const ids: string[] = [];
  let firstStart = '';
  table.forEach(({ row, cells: raw }, i) => {
    const cells: Record<string, unknown> = {};
    try {
      for (const [field, v] of Object.entries(raw)) {
        if (ZERO_IS_BLANK.has(field) && looksBlank(v)) continue;
        cells[field] = DATE_FIELDS.has(field) && !looksBlank(v) ? readDate(v, field) : v;
      }
    } catch (e) {
      if (e instanceof InputError) throw rowError(row, e.texts, e.code);
      throw e;
    }
    const id = cells.id === undefined || looksBlank(cells.id) ? String(i + 1) : String(cells.id);
    const p: Record<string, unknown> = {
      id,
      workerId: 'workerId' in raw ? cells.workerId : id,
      hirerId: 'hirerId' in raw ? cells.hirerId : '-',
      start: cells.start,
      hoursPerWeek: cells.hoursPerWeek,
      agreements: [
        {
          from: cells.start,
          wage: cells.wage,
          mode: modeOf(cells, row),
          ...(cells.factor !== undefined ? { factor: cells.factor } : {}),
          ...(cells.margin !== undefined ? { margin: cells.margin } : {}),
          ...(cells.marginBasis !== undefined ? { marginBasis: cells.marginBasis } : {}),
          ...(cells.rate !== undefined ? { rate: cells.rate } : {}),
        },
      ],
    };
    for (const f of ['end', 'job', 'agencyId', 'cao', 'contract', 'age', 'birthDate', 'workedWeeks'] as const) if (cells[f] !== undefined) p[f] = cells[f];
    placements.push(p);
    rows.push(row);
    ids.push(id);
    if (typeof cells.start === 'string' && (firstStart === '' || cells.start < firstStart)) firstStart = cells.start;
  });
  if (placements.length === 0) {
    throw new InputError(
      'MISSING_VALUE',
      {
        nl: 'placements: geen plaatsingen onder de kopregel; verwacht een rij per plaatsing met start, uurloon, factor (of marge of tarief) en uren',
        en: 'placements: no placements below the header row; expected a row per placement with start, wage, factor (or margin or rate) and hours',
      },
      'placements',
    );
  }
  return { placements: placements as unknown as MarginForecastInput['placements'], rows, ids, firstStart };
}

/** core names a placement "placement P1 (no. 3)" / "placement no. 3": add the sheet row. */
function withSheetRow(e: InputError, rows: readonly number[]): InputError {
  const m = /\bno\. (\d+)/.exec(e.texts.en);
  const row = m ? rows[Number(m[1]) - 1] : undefined;
  if (row === undefined) return e;
  return rowError(row, e.texts, e.code);
}

export interface ForecastResult {
  readonly forecast: MarginForecast;
  readonly ids: readonly string[];
  readonly values: ForecastValues;
}

export function forecastOf(placements: unknown, weeks: unknown, startWeek: unknown, options: unknown): ForecastResult {
  const read = readPlacements(placements);
  const found = matchOptions(optionPairs(options, 'options'), FORECAST_OPTIONS);
  const cost: Record<string, unknown> = {};
  const defaults: Record<string, unknown> = {};
  let values: ForecastValues = 'margin';
  for (const [path, [first]] of found) {
    if (path === 'values') values = readKeyword(first!.value, 'values', VALUE_WORDS);
    else if (PLACEMENT_DEFAULTS.has(path)) defaults[path] = first!.value;
    else setPath(cost, path, first!.value);
  }
  // ABU and NBBU give the same figures (harmonised CAO since 2019-12-30); only phase names differ.
  defaults.cao ??= 'ABU';
  for (const p of read.placements as unknown as Record<string, unknown>[]) {
    for (const [field, value] of Object.entries(defaults)) if (p[field] === undefined) p[field] = value;
  }
  const from = isOmitted(startWeek) ? formatIsoWeek(isoWeekOf(read.firstStart)) : formatIsoWeek(readIsoWeek(startWeek, 'startWeek'));
  const input: MarginForecastInput = {
    from,
    weeks: readWholeNumber(weeks, 'weeks'),
    placements: read.placements,
    cost: cost as MarginForecastInput['cost'],
  };
  try {
    return { forecast: marginForecast(input), ids: read.ids, values };
  } catch (e) {
    if (e instanceof InputError) throw withSheetRow(e, read.rows);
    throw e;
  }
}

/** Header row (placement, weeks…, total), a row per placement, a total row; euros or hours. */
export function forecastRows(r: ForecastResult, lang: Lang): (string | number)[][] {
  const f = r.forecast;
  const W = f.weeks.length;
  const pick = r.values;
  const source = pick === 'hours' ? f.cells.minutes : f.cells[pick];
  const asNumber = (n: number) => (pick === 'hours' ? n / 60 : fromCents(n).toNumber());
  const total = lang === 'nl' ? 'Totaal' : 'Total';
  const out: (string | number)[][] = [[lang === 'nl' ? 'Plaatsing' : 'Placement', ...f.weeks, total]];
  f.rows.forEach((row, i) => {
    const line: (string | number)[] = [r.ids[i]!];
    for (let w = 0; w < W; w++) line.push(asNumber(source[i * W + w]!));
    line.push(asNumber(pick === 'hours' ? row.totals.minutes : row.totals[pick]));
    out.push(line);
  });
  const sums: (string | number)[] = [total];
  for (const t of f.weekTotals) sums.push(pick === 'hours' ? t.minutes / 60 : t[pick].toNumber());
  sums.push(pick === 'hours' ? f.totals.minutes / 60 : f.totals[pick].toNumber());
  out.push(sums);
  return out;
}
