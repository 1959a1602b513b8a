/**
 * Margin and forecast as the pane shows and writes them: core's marginFromWorkbook and
 * forecastInputFromWorkbook + marginForecast (the same functions the command line uses), turned
 * into plain data in the engine worker. Amounts cross as exact decimal text (rounded to cents by
 * core); the sheet gets numbers only at the edge, as Excel stores them.
 */
import {
  Decimal, InputError, InvalidInputError, forecastInputFromWorkbook, fromCents, hourlyCostModel, hoursWeeks, marginForecast, marginFromWorkbook, readAgencyWorkbook, toCents, toIsoDate, weekStart,
  type AgencyWorkbook, type Cao, type HourlyCostModelInput, type MarginSummary, type Severity, type Texts,
} from '@backofficer/core';
import { ruleSetOf, type RuleSettings } from './rules.js';
import type { WorkbookInput } from './sources.js';

/** The employer's cost choices the pane keeps in the workbook (settings key "cost"). */
export interface CostChoices {
  employerSize?: string;
  whk?: { wga: string; zw: string };
}

export const COST_KEY = 'cost';

export function readCostChoices(stored: unknown): CostChoices {
  const o = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const whk = o.whk && typeof o.whk === 'object' ? (o.whk as Record<string, unknown>) : undefined;
  return {
    ...(typeof o.employerSize === 'string' ? { employerSize: o.employerSize } : {}),
    ...(whk && typeof whk.wga === 'string' && typeof whk.zw === 'string' ? { whk: { wga: whk.wga, zw: whk.zw } } : {}),
  };
}

export function costInput(c: CostChoices): Partial<HourlyCostModelInput> {
  return { ...(c.employerSize ? { employerSize: c.employerSize } : {}), ...(c.whk ? { whk: c.whk } : {}) } as Partial<HourlyCostModelInput>;
}

/**
 * What is wrong with the cost choices, per field ("employerSize", "whk"), in core's words:
 * hourlyCostModel is asked for a sample hour with them. Empty when they are complete and valid.
 */
export function costProblems(c: CostChoices, date: string, cao: Cao): Record<string, Texts> {
  const out: Record<string, Texts> = {};
  try {
    hourlyCostModel({ ...costInput(c), date, cao, contract: 'agency-clause', age: 30, hoursPerWeek: 38 } as HourlyCostModelInput);
  } catch (e) {
    if (e instanceof InvalidInputError) {
      for (const p of e.problems) out[String(p.path[0] ?? '')] ??= p.texts;
    } else if (e instanceof InputError) {
      out[e.field ?? ''] = e.texts;
    } else throw e;
  }
  return out;
}

export interface Sums {
  hours: string;
  revenue: string;
  cost: string;
  margin: string;
  /** Fraction, 4 decimals ("0.1141"); absent without revenue. */
  marginPercent?: string;
}

function sums(s: MarginSummary): Sums {
  return {
    hours: s.hours.toString(),
    revenue: s.revenue.toFixed(2),
    cost: s.cost.toFixed(2),
    margin: s.margin.toFixed(2),
    ...(s.marginPercent !== undefined ? { marginPercent: s.marginPercent.toString() } : {}),
  };
}

export interface PaneNote {
  code: string;
  severity: Severity;
  message: Texts;
}

export interface MarginView {
  week: string;
  linesInWeek: number;
  leftOut: { row: number; code: string }[];
  totals: Sums;
  hirers: (Sums & { id: string; name: string })[];
  workers: (Sums & { id: string; name: string; hirers: string })[];
  /** The weeks up to `week` for the chart: sums per week, or why a week could not be computed. */
  series: ({ week: string } & ({ sums: Sums } | { error: Texts }))[];
  findings: PaneNote[];
  /** Hours sheet name, for "row n" references. */
  hoursSheet?: string;
}

export interface WeeksJob {
  kind: 'weeks';
}

export interface MarginJob {
  kind: 'margin';
  week: string;
  rules: RuleSettings;
  cost: CostChoices;
  profiles: unknown[];
  /** How many weeks (with hours, up to `week`) the chart shows. */
  seriesWeeks: number;
}

function textsOf(e: unknown): Texts {
  if (e && typeof e === 'object' && 'texts' in e) {
    const t = (e as { texts: Texts }).texts;
    if (typeof t?.nl === 'string' && typeof t?.en === 'string') return { nl: t.nl, en: t.en };
  }
  const m = e instanceof Error ? e.message : String(e);
  return { nl: m, en: m };
}

function read(input: WorkbookInput): AgencyWorkbook {
  return readAgencyWorkbook(input.grids, input.mapping);
}

/** The weeks with hours: only the hours are read (a workbook without its other sheets still answers). */
export function runWeeksJob(input: WorkbookInput): string[] {
  return hoursWeeks(readAgencyWorkbook(input.grids, input.mapping, { only: ['Hours'], require: ['Hours'] }));
}

export function runMarginJob(input: WorkbookInput, job: MarginJob): MarginView {
  const wb = read(input);
  const options = { cost: costInput(job.cost), rules: ruleSetOf(job.rules), profiles: job.profiles };
  const m = marginFromWorkbook(wb, job.week, options);
  const hirerNames = new Map((wb.sheets.Hirers?.records ?? []).map((h) => [h.id, h.name]));
  const workerNames = new Map((wb.sheets.Workers?.records ?? []).map((w) => [w.id, w.name]));
  const hirersOf = new Map<string, Set<string>>();
  for (const l of m.overview.lines) {
    const set = hirersOf.get(l.workerId) ?? new Set<string>();
    set.add(l.hirerId);
    hirersOf.set(l.workerId, set);
  }
  const weeks = hoursWeeks(wb).filter((w) => w <= m.week).slice(-job.seriesWeeks);
  if (!weeks.includes(m.week)) weeks.push(m.week);
  const series = weeks.map((week) => {
    if (week === m.week) return { week, sums: sums(m.overview.totals) };
    try {
      return { week, sums: sums(marginFromWorkbook(wb, week, options).overview.totals) };
    } catch (e) {
      return { week, error: textsOf(e) };
    }
  });
  return {
    week: m.week,
    linesInWeek: m.linesInWeek,
    leftOut: [...m.leftOut],
    totals: sums(m.overview.totals),
    hirers: m.overview.groups.hirer.map((g) => ({ id: g.key, name: hirerNames.get(g.key) ?? '', ...sums(g) })),
    workers: m.overview.groups.worker.map((g) => ({
      id: g.key, name: workerNames.get(g.key) ?? '', hirers: [...(hirersOf.get(g.key) ?? [])].sort().join(', '), ...sums(g),
    })),
    series,
    findings: m.findings.map((f) => ({ code: f.code, severity: f.severity, message: { nl: f.message.nl, en: f.message.en } })),
    ...(wb.sheets.Hours ? { hoursSheet: wb.sheets.Hours.sheet } : {}),
  };
}

export interface ForecastJob {
  kind: 'forecast';
  weeks: number;
  /** First week; default the week after the last week with hours. */
  from?: string;
  rules: RuleSettings;
  cost: CostChoices;
}

/** The placements table =BO.FORECAST reads (one row per placement, its agreement at the start of the forecast). */
export interface FormulaTable {
  headers: { nl: string[]; en: string[] };
  rows: (string | number)[][];
  /** Number formats per column. */
  formats: (string | null)[];
  /** Cost choices as name/value rows for the formula's options. */
  options: [string, string][];
}

export interface ForecastView {
  from: string;
  weeks: string[];
  basis: { from: string; to: string };
  rows: { placementId: string; workerId: string; hirerId: string; minutes: number; source: 'average' | 'contract'; margin: number[]; total: number }[];
  /** Per week, whole cents. */
  weekTotals: { revenue: number; cost: number; margin: number }[];
  totals: Sums;
  leftOut: { placementId: string; reason: string }[];
  findings: PaneNote[];
  table: FormulaTable;
}

/** Days since 1899-12-30: how Excel stores a date. */
export function excelSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** Whole years from a birth date to a day (both ISO dates). */
function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const FORMULA_HEADERS = {
  nl: ['Plaatsing', 'Medewerker', 'Inlener', 'Begindatum', 'Einddatum', 'Uurloon', 'Werkwijze', 'Factor', 'Marge', 'Margeberekening', 'Tarief', 'Uren per week', 'Soort contract', 'Leeftijd', 'Cao'],
  en: ['Placement', 'Worker', 'Hirer', 'Start', 'End', 'Wage', 'Mode', 'Factor', 'Margin', 'Basis', 'Rate', 'Hours per week', 'Contract', 'Age', 'CAO'],
};

export function runForecastJob(input: WorkbookInput, job: ForecastJob): ForecastView {
  const wb = read(input);
  // Hours per week in 3-minute steps: exact as decimal hours in the sheet that =BO.FORECAST reads.
  const f = forecastInputFromWorkbook(wb, { weeks: job.weeks, cost: costInput(job.cost), minutesStep: 3, ...(job.from ? { from: job.from } : {}) });
  const forecast = marginForecast(f.input, { rules: ruleSetOf(job.rules) });
  const W = forecast.weeks.length;
  const fromMonday = toIsoDate(weekStart(f.from));
  const rows = forecast.rows.map((r, i) => ({
    placementId: r.placementId,
    workerId: r.workerId,
    hirerId: r.hirerId,
    minutes: f.hours[i]!.minutes,
    source: f.hours[i]!.source,
    margin: Array.from({ length: W }, (_, w) => forecast.cells.margin[i * W + w]!),
    total: r.totals.margin,
  }));
  // The formula's table: the agreement in force when the forecast starts.
  const tableRows: (string | number)[][] = f.input.placements.map((p, i) => {
    const agreements = [...((p.agreements ?? []) as { from: string; wage: Decimal; mode: string; factor?: Decimal; margin?: Decimal; marginBasis?: string; rate?: Decimal }[])]
      .sort((a, b) => (a.from < b.from ? -1 : 1));
    const a = agreements.filter((x) => x.from <= fromMonday).at(-1) ?? agreements[0]!;
    const num = (d: Decimal | undefined) => (d === undefined ? '' : d.toNumber());
    return [
      String(p.id), String(p.workerId), String(p.hirerId), excelSerial(String(p.start)), p.end ? excelSerial(String(p.end)) : '',
      a.wage.toNumber(), a.mode, num(a.factor), num(a.margin), a.marginBasis ?? '', num(a.rate),
      f.hours[i]!.minutes / 60, String(p.contract ?? ''), p.birthDate ? ageOn(String(p.birthDate), fromMonday) : '', String(p.cao ?? 'ABU') as Cao,
    ];
  });
  const cost = costInput(job.cost) as { employerSize?: string; whk?: { wga: string; zw: string } };
  return {
    from: f.from,
    weeks: [...forecast.weeks],
    basis: f.basis,
    rows,
    weekTotals: forecast.weekTotals.map((t) => ({ revenue: toCents(t.revenue), cost: toCents(t.cost), margin: toCents(t.margin) })),
    totals: {
      hours: new Decimal(forecast.totals.minutes).div(60).toString(),
      revenue: forecast.totals.revenue.toFixed(2),
      cost: forecast.totals.cost.toFixed(2),
      margin: forecast.totals.margin.toFixed(2),
      ...(forecast.totals.marginPercent !== undefined ? { marginPercent: forecast.totals.marginPercent.toString() } : {}),
    },
    leftOut: f.leftOut.map((x) => ({ ...x })),
    findings: forecast.findings.map((x) => ({ code: x.code, severity: x.severity, message: { nl: x.message.nl, en: x.message.en } })),
    table: {
      headers: FORMULA_HEADERS,
      rows: tableRows,
      formats: [null, null, null, 'dd-mm-yyyy', 'dd-mm-yyyy', '#,##0.00', null, '0.00', '0.0%', null, '#,##0.00', '0.00', null, '0', null],
      options: [
        ...(cost.employerSize ? [['employer size', cost.employerSize] as [string, string]] : []),
        ...(cost.whk ? [['whk.wga', cost.whk.wga] as [string, string], ['whk.zw', cost.whk.zw] as [string, string]] : []),
      ],
    },
  };
}

/** Whole cents as euros for a cell. */
export function centsToNumber(cents: number): number {
  return fromCents(cents).toNumber();
}
