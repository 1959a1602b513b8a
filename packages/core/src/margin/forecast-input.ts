import * as z from 'zod';
import { parseWith, type FieldLabel, type FieldLabels } from '../errors/index.js';
import { Decimal, ONE, parseMinutes, type AmountInput } from '../money/index.js';
import { formatIsoWeek, toIsoWeek, type IsoWeekInput } from '../calendar/iso-week.js';
import type { DateInput } from '../calendar/zone.js';
import { CAOS } from '../rules/types.js';
import type { RuleSet } from '../rules/types.js';
import {
  addRuleIssue, dateField, idField, inputError, optional, optionalDateField, readChoice, readId, required, type IdInput,
} from '../model/fields.js';
import { placementLabels, placementSchema, type Placement, type PlacementInput, type WageAgreement } from '../model/placement.js';
import { CONTRACT_KINDS, type ContractKind, type HistoryInput } from '../contracts/input.js';
import type { HourlyCostModelInput } from '../cost/input.js';

/*
 * Input of marginForecast, validated with zod in the clerk's words. A forecast placement is a
 * placement of the model (placementSchema: worker, hirer, CAO, start, end and the dated wage and
 * rate agreements) plus what the forecast needs: hours per week, the agency, the contract and its
 * phases, the worker's age, and cost choices on top of the forecast's own.
 *
 * Speed (issue 9: 2,000 placements × 52 weeks): a placement written in canonical form (ids as
 * text or whole numbers, ISO dates, amounts as numbers or Decimals, codes as the schema spells
 * them) is read by a fast lane that only CHECKS and copies; anything else, and anything the fast
 * lane does not accept, goes through the zod schemas, which give the same result or the error.
 * The fast lane never reports an error itself, so every message comes from the schemas.
 */

export const PHASES = ['A', 'B', 'C'] as const;
export type ForecastPhase = (typeof PHASES)[number];

/** At most three years ahead: phase B lasts at least 3 years, so a forecast sees at most one phase change per contract. */
export const MAX_FORECAST_WEEKS = 156;

const readContract = readChoice(CONTRACT_KINDS, {
  uitzendbeding: 'agency-clause', 'met-uitzendbeding': 'agency-clause', 'bepaalde-tijd': 'fixed-term', 'zonder-uitzendbeding': 'fixed-term',
  'onbepaalde-tijd': 'open-ended', vast: 'open-ended',
});
const readPhase = readChoice(PHASES, { a: 'A', b: 'B', c: 'C', '1-2': 'A', '1': 'A', '2': 'A', '3': 'B', '4': 'C', 'fase-a': 'A', 'fase-b': 'B', 'fase-c': 'C' });

function readWhole(min: number, max: number, expected: { nl: string; en: string }) {
  return (value: unknown, field: string): number => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      throw inputError('OUT_OF_RANGE', field, value, { nl: 'ligt buiten het bereik of is geen geheel getal', en: 'is out of range or not a whole number' }, expected);
    }
    return n;
  };
}

const readAge = readWhole(15, 120, { nl: 'een leeftijd in hele jaren, bijvoorbeeld 23', en: 'an age in whole years, e.g. 23' });
const readWorkedWeeks = readWhole(0, 10_000, { nl: 'een geheel aantal weken, 0 of meer', en: 'a whole number of weeks, 0 or more' });
const readWeeks = readWhole(1, MAX_FORECAST_WEEKS, { nl: `een aantal weken van 1 tot en met ${MAX_FORECAST_WEEKS}`, en: `a number of weeks from 1 to ${MAX_FORECAST_WEEKS}` });

/** Hours in a week, as whole minutes (37,5 / 37.5 / 37:30 → 2250). */
function readWeekMinutes(value: unknown, field: string): number {
  return parseMinutes(value, field, { min: 0, max: 168 });
}

/** Hours per week: one figure for every week, or a list with one figure per forecast week. */
function readHoursPerWeek(value: unknown, field: string): number | number[] {
  if (Array.isArray(value)) return value.map((v, i) => readWeekMinutes(v, `${field}[${i}]`));
  return readWeekMinutes(value, field);
}

const phaseEntrySchema = z.object({
  from: dateField('from'),
  phase: required<string, ForecastPhase>('phase', readPhase),
  contract: optional<string, ContractKind>('contract', readContract),
});

/** Cost inputs handed to hourlyCostModel as they are (it validates them, once per model). */
const costChoicesSchema = z.custom<Partial<HourlyCostModelInput>>((v) => v === undefined || (v !== null && typeof v === 'object' && !Array.isArray(v)), {
  message: 'expected a record of cost choices',
});

/** The fields of a placement that placementSchema reads; the rest belongs to the forecast. */
const PLACEMENT_KEYS = ['id', 'workerId', 'hirerId', 'job', 'cao', 'start', 'end', 'contractHoursPerWeek', 'agreements'] as const;

const extrasSchema = z.object({
  agencyId: optional<IdInput, string>('agencyId', readId),
  hoursPerWeek: required<AmountInput | AmountInput[], number | number[]>('hoursPerWeek', readHoursPerWeek),
  contract: optional<string, ContractKind>('contract', readContract),
  phases: z.array(phaseEntrySchema).optional(),
  history: z.custom<HistoryInput>((v) => v === undefined || (v !== null && typeof v === 'object')).optional(),
  age: optional<AmountInput, number>('age', readAge),
  birthDate: optionalDateField('birthDate'),
  workedWeeks: optional<AmountInput, number>('workedWeeks', readWorkedWeeks),
  cost: costChoicesSchema.optional(),
});

function splitPlacement(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  const placement: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) ((PLACEMENT_KEYS as readonly string[]).includes(k) ? placement : extras)[k] = x;
  // A forecast does not need the job title.
  if (placement['job'] === undefined || placement['job'] === null || placement['job'] === '') placement['job'] = '-';
  return { placement, extras };
}

const schemas = new Map<number, z.ZodType<{ placement: Placement; extras: z.output<typeof extrasSchema> }>>();

/** The schema of a forecast placement for a forecast of `weeks` weeks (a list of hours has one figure per week). */
function forecastPlacementSchema(weeks: number) {
  let schema = schemas.get(weeks);
  if (!schema) {
    schema = z.preprocess(splitPlacement, z.object({ placement: placementSchema, extras: extrasSchema })).superRefine((p, ctx) => {
      if (p.extras.age !== undefined && p.extras.birthDate !== undefined) {
        addRuleIssue(ctx, ['extras', 'age'], 'AMBIGUOUS_AGE', {
          nl: 'zowel leeftijd als geboortedatum opgegeven; verwacht één van beide',
          en: 'both an age and a birth date were given; expected one of the two',
        });
      }
      if (p.extras.phases !== undefined && p.extras.history !== undefined) {
        addRuleIssue(ctx, ['extras', 'phases'], 'AMBIGUOUS_PHASES', {
          nl: 'zowel fasen als een arbeidsverleden opgegeven; verwacht één van beide',
          en: 'both phases and an employment history were given; expected one of the two',
        });
      }
      const h = p.extras.hoursPerWeek;
      if (Array.isArray(h) && h.length !== weeks) {
        addRuleIssue(ctx, ['extras', 'hoursPerWeek'], 'WRONG_LENGTH', {
          nl: `bevat ${h.length} weken; verwacht één getal voor elke week, of ${weeks} getallen (één per week van de prognose)`,
          en: `holds ${h.length} weeks; expected one figure for every week, or ${weeks} figures (one per forecast week)`,
        });
      }
    });
    schemas.set(weeks, schema);
  }
  return schema;
}

export interface ForecastPlacementInput extends Omit<PlacementInput, 'job'> {
  job?: string;
  /** The agency the placement belongs to (default: the forecast's agencyId). */
  agencyId?: IdInput;
  /** Hours per week: one figure (38, "37,5", "37:30") or one per forecast week. */
  hoursPerWeek: AmountInput | readonly AmountInput[];
  /** The contract at the start of the forecast (default agency-clause; open-ended means phase C). */
  contract?: ContractKind | string;
  /** Planned phases: from a date on, phase A, B or C (and the contract kind; default the phase's own). */
  phases?: ReadonlyArray<{ from: DateInput; phase: ForecastPhase | string; contract?: ContractKind | string }>;
  /** The worker's employment history, for contractPhase (exact, but slower: use for a few placements). */
  history?: HistoryInput;
  /** Age at the start of the forecast (kept for every week), or the birth date (personal data: never shown). */
  age?: AmountInput;
  birthDate?: DateInput;
  /** Worked weeks before the forecast, for the StiPP Plus count (default: every week since the start). */
  workedWeeks?: AmountInput;
  /** Cost choices for this placement on top of the forecast's (e.g. hirerPackage, agency, awf). */
  cost?: Partial<HourlyCostModelInput>;
}

/** A forecast placement after validation. */
export interface ForecastPlacement {
  readonly placement: Placement;
  readonly agencyId?: string;
  /** Whole minutes: one figure for every week, or one per forecast week. */
  readonly minutes: number | readonly number[];
  readonly contract?: ContractKind;
  readonly phases?: ReadonlyArray<{ readonly from: string; readonly phase: ForecastPhase; readonly contract?: ContractKind }>;
  readonly history?: HistoryInput;
  readonly age?: number;
  readonly birthDate?: string;
  readonly workedWeeks?: number;
  readonly cost?: Partial<HourlyCostModelInput>;
}

export interface MarginForecastInput {
  /** First week of the forecast ("2026-W10"). */
  from: IsoWeekInput;
  /** Number of weeks (1 to 156). */
  weeks: AmountInput;
  placements: readonly ForecastPlacementInput[];
  /**
   * Cost choices for every placement, as hourlyCostModel takes them (employerSize, whk, pension,
   * agency…); date, CAO, contract, age, hoursPerWeek and workedWeeks come from the forecast.
   */
  cost: Partial<HourlyCostModelInput>;
  /** Default agency of placements without agencyId. */
  agencyId?: IdInput;
}

export interface MarginForecastOptions {
  readonly rules?: RuleSet;
}

export interface ParsedForecast {
  readonly from: string;
  readonly weeks: number;
  readonly placements: readonly ForecastPlacement[];
  readonly cost: Partial<HourlyCostModelInput>;
  readonly agencyId?: string;
}

/** "2026-W10" as toIsoWeek reads it, checked without luxon for the canonical form; anything else through toIsoWeek. */
function readFromWeek(v: unknown, field: string): string {
  if (typeof v === 'string' && v.length === 8 && v.charCodeAt(4) === 45 && v.charCodeAt(5) === 87) {
    const year = Number(v.slice(0, 4));
    const week = Number(v.slice(6));
    if (Number.isInteger(year) && year >= 1000 && Number.isInteger(week) && week >= 1 && week <= 52) return v;
  }
  return formatIsoWeek(toIsoWeek(v, field));
}

const topSchema = z.object({
  from: required<IsoWeekInput, string>('from', readFromWeek),
  weeks: required<AmountInput, number>('weeks', readWeeks),
  cost: costChoicesSchema,
  agencyId: optional<IdInput, string>('agencyId', readId),
  placements: z.array(z.unknown()),
});

// ---- labels ---------------------------------------------------------------------------------

function prefixed(prefix: string, labels: FieldLabels): Record<string, FieldLabel> {
  const out: Record<string, FieldLabel> = {};
  for (const [k, v] of Object.entries(labels)) out[k === '' ? prefix : `${prefix}.${k}`] = v;
  return out;
}

export const forecastPlacementLabels: FieldLabels = {
  '': { nl: 'plaatsing', en: 'placement' },
  ...prefixed('placement', placementLabels),
  placement: { nl: 'plaatsing', en: 'placement' },
  extras: { nl: 'plaatsing', en: 'placement' },
  'extras.agencyId': { nl: 'uitzender', en: 'agency' },
  'extras.hoursPerWeek': { nl: 'uren per week', en: 'hours per week' },
  'extras.contract': { nl: 'soort contract', en: 'contract kind' },
  'extras.phases': { nl: 'fasen', en: 'phases' },
  'extras.phases.from': { nl: 'fase vanaf', en: 'phase from' },
  'extras.phases.phase': { nl: 'fase', en: 'phase' },
  'extras.phases.contract': { nl: 'soort contract', en: 'contract kind' },
  'extras.history': { nl: 'arbeidsverleden', en: 'employment history' },
  'extras.age': { nl: 'leeftijd', en: 'age' },
  'extras.birthDate': { nl: 'geboortedatum', en: 'date of birth', mask: 'birthDate' },
  'extras.workedWeeks': { nl: 'gewerkte weken (pensioen)', en: 'worked weeks (pension)' },
  'extras.cost': { nl: 'kostenkeuzes', en: 'cost choices' },
};

const topLabels: FieldLabels = {
  '': { nl: 'prognose', en: 'forecast' },
  from: { nl: 'eerste week', en: 'first week' },
  weeks: { nl: 'aantal weken', en: 'number of weeks' },
  cost: { nl: 'kostenkeuzes', en: 'cost choices' },
  agencyId: { nl: 'uitzender', en: 'agency' },
  placements: { nl: 'plaatsingen', en: 'placements' },
};

// ---- the fast lane --------------------------------------------------------------------------

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
}

/** yyyy-MM-dd and a real calendar date (years from 1000), read without a regular expression. */
function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const mo = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!);
}

/** An id exactly as readId returns it. */
function fastId(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length > 0 && v.trim() === v ? v : undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return undefined;
}

const NUMBERS_LIMIT = 50_000;
const numbers = new Map<number, Decimal>();

/**
 * A number or a Decimal as parseAmount reads it (new Decimal(String(n)); strings go to zod).
 * Decimals are immutable, so one per number serves every placement that has it (wages,
 * factors and margins repeat).
 */
function fastDecimal(v: unknown): Decimal | undefined {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    let d = numbers.get(v);
    if (d === undefined) {
      if (numbers.size >= NUMBERS_LIMIT) numbers.clear();
      d = new Decimal(String(v));
      numbers.set(v, d);
    }
    return d;
  }
  if (v instanceof Decimal) return v.isFinite() ? v : undefined;
  return undefined;
}

/** Above 0, without a comparison that builds a Decimal for the 0. */
function positive(d: Decimal): boolean {
  return d.s > 0 && !d.isZero();
}

/**
 * Hours given as a number with at most 2 decimals that is a multiple of 0,05 hour (3 minutes):
 * then the number's text, read as parseMinutes reads it, is exactly k/100 hours = 3k/5 minutes.
 * Anything else (7,1 hours, 0,3333…) is left to zod, which reads or rejects it.
 */
function fastMinutes(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 168) return undefined;
  const k = Math.round(v * 100);
  return v === k / 100 && k % 5 === 0 ? (k / 5) * 3 : undefined;
}

function fastAgreement(a: unknown): WageAgreement | undefined {
  if (a === null || typeof a !== 'object') return undefined;
  const x = a as Record<string, unknown>;
  const from = x['from'];
  if (!isIsoDate(from)) return undefined;
  const wage = fastDecimal(x['wage']);
  if (wage === undefined || !positive(wage)) return undefined;
  const mode = x['mode'];
  if (mode === 'factor') {
    const factor = fastDecimal(x['factor']);
    if (factor === undefined || !positive(factor) || x['margin'] !== undefined || x['marginBasis'] !== undefined || x['rate'] !== undefined) return undefined;
    return { from, wage, mode, factor };
  }
  if (mode === 'margin') {
    const margin = fastDecimal(x['margin']);
    const basis = x['marginBasis'];
    if (margin === undefined || !positive(margin) || (basis !== 'of-rate' && basis !== 'markup') || x['factor'] !== undefined || x['rate'] !== undefined) return undefined;
    if (basis === 'of-rate' && margin.gte(ONE)) return undefined;
    return { from, wage, mode, margin, marginBasis: basis };
  }
  if (mode === 'fixed') {
    const rate = fastDecimal(x['rate']);
    if (rate === undefined || !positive(rate) || x['factor'] !== undefined || x['margin'] !== undefined || x['marginBasis'] !== undefined) return undefined;
    return { from, wage, mode, rate };
  }
  return undefined;
}

const CONTRACT_SET: ReadonlySet<string> = new Set(CONTRACT_KINDS);
const KNOWN_KEYS: ReadonlySet<string> = new Set([...PLACEMENT_KEYS, 'agencyId', 'hoursPerWeek', 'contract', 'phases', 'history', 'age', 'birthDate', 'workedWeeks', 'cost']);

function fastHours(h: unknown, weeks: number): number | number[] | undefined {
  if (!Array.isArray(h)) return fastMinutes(h);
  if (h.length !== weeks) return undefined;
  const out: number[] = new Array(weeks);
  for (let i = 0; i < weeks; i++) {
    const m = fastMinutes(h[i]);
    if (m === undefined) return undefined;
    out[i] = m;
  }
  return out;
}

function fastPhases(list: unknown): ForecastPlacement['phases'] | null {
  if (!Array.isArray(list)) return null;
  const out: { from: string; phase: ForecastPhase; contract?: ContractKind }[] = [];
  for (const p of list as unknown[]) {
    if (p === null || typeof p !== 'object') return null;
    const e = p as Record<string, unknown>;
    const from = e['from'];
    const phase = e['phase'];
    const contract = e['contract'];
    if (!isIsoDate(from) || (phase !== 'A' && phase !== 'B' && phase !== 'C')) return null;
    if (contract === undefined) out.push({ from, phase });
    else if (typeof contract === 'string' && CONTRACT_SET.has(contract)) out.push({ from, phase, contract: contract as ContractKind });
    else return null;
  }
  return out;
}

/** The placement read without zod, or undefined when zod must decide. Same output as the schemas. */
function fastPlacement(v: unknown, weeks: number): ForecastPlacement | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const x = v as Record<string, unknown>;
  for (const k in x) if (!KNOWN_KEYS.has(k) && x[k] !== undefined) return undefined;
  const id = fastId(x['id']);
  const workerId = fastId(x['workerId']);
  const hirerId = fastId(x['hirerId']);
  if (id === undefined || workerId === undefined || hirerId === undefined) return undefined;
  const job = x['job'];
  if (job !== undefined && (typeof job !== 'string' || job.length === 0 || job.trim() !== job)) return undefined;
  const cao = x['cao'];
  if (cao !== 'ABU' && cao !== 'NBBU') return undefined;
  const start = x['start'];
  const end = x['end'];
  if (!isIsoDate(start) || (end !== undefined && (!isIsoDate(end) || end < start))) return undefined;
  if (x['contractHoursPerWeek'] !== undefined) return undefined;
  const list = x['agreements'];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const agreements: WageAgreement[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const parsed = fastAgreement(list[i]);
    if (parsed === undefined) return undefined;
    for (let j = 0; j < i; j++) if (agreements[j]!.from === parsed.from) return undefined;
    agreements[i] = parsed;
  }
  if (agreements.length > 1) agreements.sort((p, q) => (p.from < q.from ? -1 : p.from > q.from ? 1 : 0));
  if (agreements[0]!.from > start) return undefined;
  // Forecast fields.
  const minutes = fastHours(x['hoursPerWeek'], weeks);
  if (minutes === undefined) return undefined;
  const placement = (end === undefined ? { id, workerId, hirerId, job: job ?? '-', cao, start, agreements } : { id, workerId, hirerId, job: job ?? '-', cao, start, end, agreements }) as Placement;
  const out: { -readonly [K in keyof ForecastPlacement]: ForecastPlacement[K] } = { placement, minutes };
  if (x['agencyId'] !== undefined) {
    const agencyId = fastId(x['agencyId']);
    if (agencyId === undefined) return undefined;
    out.agencyId = agencyId;
  }
  const contract = x['contract'];
  if (contract !== undefined) {
    if (typeof contract !== 'string' || !CONTRACT_SET.has(contract)) return undefined;
    out.contract = contract as ContractKind;
  }
  if (x['phases'] !== undefined) {
    const phases = fastPhases(x['phases']);
    if (phases === null) return undefined;
    out.phases = phases;
  }
  const history = x['history'];
  if (history !== undefined) {
    if (history === null || typeof history !== 'object' || out.phases !== undefined) return undefined;
    out.history = history as HistoryInput;
  }
  const age = x['age'];
  if (age !== undefined) {
    if (typeof age !== 'number' || !Number.isInteger(age) || age < 15 || age > 120) return undefined;
    out.age = age;
  }
  const birthDate = x['birthDate'];
  if (birthDate !== undefined) {
    if (!isIsoDate(birthDate) || age !== undefined) return undefined;
    out.birthDate = birthDate;
  }
  const ww = x['workedWeeks'];
  if (ww !== undefined) {
    if (typeof ww !== 'number' || !Number.isInteger(ww) || ww < 0 || ww > 10_000) return undefined;
    out.workedWeeks = ww;
  }
  const cost = x['cost'];
  if (cost !== undefined) {
    if (cost === null || typeof cost !== 'object' || Array.isArray(cost)) return undefined;
    out.cost = cost as Partial<HourlyCostModelInput>;
  }
  return out;
}

/** One forecast placement through the schemas (the slow lane; every error message comes from here). */
export function parseForecastPlacement(input: unknown, weeks: number, position?: number): ForecastPlacement {
  const what = position === undefined ? { nl: 'plaatsing', en: 'placement' } : { nl: `plaatsing nr. ${position + 1}`, en: `placement no. ${position + 1}` };
  const p = parseWith(forecastPlacementSchema(weeks), input, what, forecastPlacementLabels);
  const e = p.extras;
  return {
    placement: p.placement,
    ...(e.agencyId !== undefined ? { agencyId: e.agencyId } : {}),
    minutes: e.hoursPerWeek,
    ...(e.contract !== undefined ? { contract: e.contract } : {}),
    ...(e.phases !== undefined ? { phases: e.phases.map((x) => ({ from: x.from, phase: x.phase, ...(x.contract !== undefined ? { contract: x.contract } : {}) })) } : {}),
    ...(e.history !== undefined ? { history: e.history } : {}),
    ...(e.age !== undefined ? { age: e.age } : {}),
    ...(e.birthDate !== undefined ? { birthDate: e.birthDate } : {}),
    ...(e.workedWeeks !== undefined ? { workedWeeks: e.workedWeeks } : {}),
    ...(e.cost !== undefined ? { cost: e.cost } : {}),
  };
}

/** The whole forecast input; throws InvalidInputError naming the placement and the field. */
export function parseForecastInput(input: MarginForecastInput): ParsedForecast {
  const top = parseWith(topSchema, input, { nl: 'prognose', en: 'forecast' }, topLabels);
  const placements: ForecastPlacement[] = new Array(top.placements.length);
  for (let i = 0; i < top.placements.length; i++) {
    placements[i] = fastPlacement(top.placements[i], top.weeks) ?? parseForecastPlacement(top.placements[i], top.weeks, i);
  }
  return {
    from: top.from,
    weeks: top.weeks,
    placements,
    cost: top.cost ?? {},
    ...(top.agencyId !== undefined ? { agencyId: top.agencyId } : {}),
  };
}

/** For tests: the fast lane alone (undefined when it leaves the placement to zod). */
export const _fastPlacementForTests = fastPlacement;
