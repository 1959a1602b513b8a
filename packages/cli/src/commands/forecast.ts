import {
  Decimal, MAX_FORECAST_WEEKS, forecastInputFromWorkbook, fromCents, hoursWeeks, marginForecast, sortFindings, weekEnd, weekStart,
  type ForecastLeftOutReason, type ForecastTotals, type MarginForecast, type WorkbookForecastInput,
} from '@backofficer/core';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { formatDay, formatMoney } from '../output/format.js';
import { toJson } from '../output/json.js';
import { formatHours } from '../output/margin-view.js';
import { progressBar, rowsText } from '../output/progress.js';
import { writeResultWorkbook, type ResultSheet } from '../output/result-workbook.js';
import { renderTable, renderWrappedTable } from '../output/table.js';
import { textWidth } from '../output/width.js';
import { loadAgencyFile } from '../workbook/load.js';
import type { CostSettings } from '../workbook/cost-settings.js';
import { weekOption } from '../weeks.js';
import { words } from '../words.js';
import { FILE_ARGUMENT, MAPPING_OPTION, OUT_OPTION, SHEET_OPTION, stringOption } from './file-options.js';
import { COST_OPTIONS, costOf } from './margin.js';
import { wrapProse } from '../output/table.js';
import type { Command } from './types.js';

/*
 * `backofficer forecast <file> --weeks 26 [--start W]`: revenue, payroll cost and margin of the
 * running placements over the weeks ahead (marginForecast; core's forecastInputFromWorkbook says
 * how the workbook becomes its input, the same as the task pane's), per week and per hirer, with the findings (wage raised to the
 * minimum wage, phase changes).
 */

const T = {
  nl: {
    title: (n: number, from: string, to: string, a: string, b: string, file: string) => `Margeprognose ${n} weken, ${from} t/m ${to} (${a} t/m ${b}): ${file}`,
    how: (weeks: number) => `Per lopende plaatsing: uren per week = het gemiddelde van de goedgekeurde uren in de laatste ${weeks} weken (anders de contracturen) × tarief = omzet, × loonkosten per uur = loonkosten; afspraken en regels zoals ze per week gelden.`,
    colsWeek: ['Week', 'Uren', 'Omzet', 'Loonkosten', 'Marge', 'Marge %'],
    colsHirer: ['Inlener', 'Uren', 'Omzet', 'Loonkosten', 'Marge', 'Marge %'],
    total: 'Totaal',
    perHirer: 'Per inlener over de hele periode',
    perWeek: 'Per week',
    leftOut: (list: string) => `Niet in de prognose: ${list}.`,
    reasons: { 'no-hours': 'geen uren en geen contracturen', contractor: "zzp'er, geen loonkosten", 'birth-date-missing': 'geboortedatum ontbreekt' } as Record<string, string>,
    placements: (n: number, history: number, contract: number) => `${n} plaatsingen: ${history} met uren uit de laatste weken, ${contract} met hun contracturen.`,
    findings: (n: number) => `Bevindingen (${n})`,
    summary: (rev: string, cost: string, margin: string, pct: string, hours: string) => `omzet ${rev}, loonkosten ${cost}, marge ${margin}${pct ? ` (${pct})` : ''} over ${hours} uur`,
    next: (file: string, out: boolean) => [
      ...(out ? [] : [`Als werkmap met grafiek: backofficer forecast ${file} --weeks 26 --out prognose.xlsx`]),
      `Andere start of lengte: --start 2026-W14 --weeks 52 (hoogstens ${MAX_FORECAST_WEEKS})`,
    ],
    sheet: 'Prognose',
    sheetHirers: 'Prognose per inlener',
    chart: (n: number) => `Omzet, loonkosten en marge per week (${n} weken)`,
    colRow: 'Plaatsing',
    colCode: 'Code',
    colMessage: 'Melding',
  },
  en: {
    title: (n: number, from: string, to: string, a: string, b: string, file: string) => `Margin forecast ${n} weeks, ${from} to ${to} (${a} to ${b}): ${file}`,
    how: (weeks: number) => `Per running placement: hours per week = the average approved hours of the last ${weeks} weeks (else the contract hours) × rate = revenue, × payroll cost per hour = payroll cost; agreements and rules as they apply in each week.`,
    colsWeek: ['Week', 'Hours', 'Revenue', 'Payroll cost', 'Margin', 'Margin %'],
    colsHirer: ['Hirer', 'Hours', 'Revenue', 'Payroll cost', 'Margin', 'Margin %'],
    total: 'Total',
    perHirer: 'Per hirer over the whole period',
    perWeek: 'Per week',
    leftOut: (list: string) => `Not in the forecast: ${list}.`,
    reasons: { 'no-hours': 'no hours and no contract hours', contractor: 'contractor, no payroll cost', 'birth-date-missing': 'birth date missing' } as Record<string, string>,
    placements: (n: number, history: number, contract: number) => `${n} placements: ${history} with hours from the last weeks, ${contract} with their contract hours.`,
    findings: (n: number) => `Findings (${n})`,
    summary: (rev: string, cost: string, margin: string, pct: string, hours: string) => `revenue ${rev}, payroll cost ${cost}, margin ${margin}${pct ? ` (${pct})` : ''} over ${hours} hours`,
    next: (file: string, out: boolean) => [
      ...(out ? [] : [`As a workbook with a chart: backofficer forecast ${file} --weeks 26 --out forecast.xlsx`]),
      `Another start or length: --start 2026-W14 --weeks 52 (at most ${MAX_FORECAST_WEEKS})`,
    ],
    sheet: 'Forecast',
    sheetHirers: 'Forecast per hirer',
    chart: (n: number) => `Revenue, payroll cost and margin per week (${n} weeks)`,
    colRow: 'Placement',
    colCode: 'Code',
    colMessage: 'Message',
  },
};

function pct(t: { marginPercent?: Decimal }, lang: Lang): string {
  if (t.marginPercent === undefined) return '';
  const text = t.marginPercent.mul(100).toFixed(2);
  return lang === 'nl' ? `${text.replace('.', ',')} %` : `${text}%`;
}

function row(label: string, t: ForecastTotals, lang: Lang): string[] {
  return [label, formatHours(t.hours, lang), formatMoney(t.revenue, lang), formatMoney(t.cost, lang), formatMoney(t.margin, lang), pct(t, lang)];
}

interface HirerTotal extends ForecastTotals {
  readonly hirerId: string;
}

/** Per hirer over the whole forecast: sums of the rows' whole cents and minutes. */
function hirerTotals(f: MarginForecast): HirerTotal[] {
  const by = new Map<string, { minutes: number; revenue: number; cost: number; margin: number }>();
  for (const r of f.rows) {
    const t = by.get(r.hirerId) ?? { minutes: 0, revenue: 0, cost: 0, margin: 0 };
    t.minutes += r.totals.minutes;
    t.revenue += r.totals.revenue;
    t.cost += r.totals.cost;
    t.margin += r.totals.margin;
    by.set(r.hirerId, t);
  }
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hirerId, t]) => ({
    hirerId,
    minutes: t.minutes,
    hours: new Decimal(t.minutes).div(60),
    revenue: fromCents(t.revenue),
    cost: fromCents(t.cost),
    margin: fromCents(t.margin),
    ...(t.revenue !== 0 ? { marginPercent: new Decimal(t.margin).div(t.revenue).toDecimalPlaces(4) } : {}),
  }));
}

function ruled(table: string): string {
  const lines = table.split('\n');
  lines.splice(lines.length - 1, 0, lines[1]!);
  return lines.join('\n');
}

function forecastSheets(f: MarginForecast, hirers: readonly HirerTotal[], names: ReadonlyMap<string, string>, lang: Lang): ResultSheet[] {
  const t = T[lang];
  const num = (d: Decimal) => d.toNumber();
  const share = (x: { marginPercent?: Decimal }) => (x.marginPercent !== undefined ? num(x.marginPercent) : null);
  const weekRows = [
    t.colsWeek,
    ...f.weeks.map((w, i) => {
      const x = f.weekTotals[i]!;
      return [w, num(x.hours), num(x.revenue), num(x.cost), num(x.margin), share(x)];
    }),
    [t.total, num(f.totals.hours), num(f.totals.revenue), num(f.totals.cost), num(f.totals.margin), share(f.totals)],
  ];
  const last = f.weeks.length + 1;
  const money = '#,##0.00';
  return [
    {
      name: t.sheet,
      rows: weekRows,
      widths: [12, 12, 14, 14, 14, 10],
      bold: [1, weekRows.length],
      formats: { 2: money, 3: money, 4: money, 5: money, 6: '0.00%' },
      freezeBelow: 2,
      charts: f.weeks.length === 0 ? [] : [{
        type: 'line',
        title: t.chart(f.weeks.length),
        categories: `A2:A${last}`,
        categoryValues: [...f.weeks],
        series: [
          { name: t.colsWeek[2]!, ref: `C2:C${last}`, values: f.weekTotals.map((x) => num(x.revenue)) },
          { name: t.colsWeek[3]!, ref: `D2:D${last}`, values: f.weekTotals.map((x) => num(x.cost)) },
          { name: t.colsWeek[4]!, ref: `E2:E${last}`, values: f.weekTotals.map((x) => num(x.margin)), kind: 'bar' },
        ],
        anchor: { from: { col: 7, row: 1 }, to: { col: 19, row: 24 } },
        valueFormat: '#,##0',
      }],
    },
    {
      name: t.sheetHirers,
      rows: [t.colsHirer, ...hirers.map((h) => [names.get(h.hirerId) ? `${h.hirerId} ${names.get(h.hirerId)}` : h.hirerId, num(h.hours), num(h.revenue), num(h.cost), num(h.margin), share(h)])],
      widths: [38, 12, 14, 14, 14, 10],
      formats: { 2: money, 3: money, 4: money, 5: money, 6: '0.00%' },
      freezeBelow: 2,
    },
  ];
}

function totalsJson(x: ForecastTotals): Record<string, unknown> {
  return { hours: x.hours.toFixed(2), minutes: x.minutes, revenue: x.revenue, cost: x.cost, margin: x.margin, marginPercent: x.marginPercent ?? null };
}

type LeftOutReason = 'no-hours' | 'contractor' | 'birth-date-missing';

/** What the command shows of core's forecast input: the reasons and hours sources by their CLI names. */
interface ForecastFromWorkbook {
  /** Placements left out, with the reason; placements that ended before the forecast are not listed. */
  readonly leftOut: readonly { readonly placementId: string; readonly reason: LeftOutReason }[];
  /** Where each placement's hours per week came from. */
  readonly hoursFrom: ReadonlyMap<string, 'history' | 'contract'>;
}

const REASONS: Readonly<Record<Exclude<ForecastLeftOutReason, 'ENDED'>, LeftOutReason>> = {
  NO_HOURS: 'no-hours', CONTRACTOR: 'contractor', BIRTH_DATE_MISSING: 'birth-date-missing',
};

function shownInput(input: WorkbookForecastInput): ForecastFromWorkbook {
  return {
    leftOut: input.leftOut.flatMap((l) => (l.reason === 'ENDED' ? [] : [{ placementId: l.placementId, reason: REASONS[l.reason] }])),
    hoursFrom: new Map(input.hours.map((h) => [h.placementId, h.source === 'average' ? 'history' as const : 'contract' as const])),
  };
}

function forecastJson(f: MarginForecast, input: ForecastFromWorkbook, hirers: readonly HirerTotal[], settings: CostSettings, lang: Lang): Record<string, unknown> {
  return {
    weeks: f.weeks,
    totals: totalsJson(f.totals),
    perWeek: f.weeks.map((w, i) => ({ week: w, ...totalsJson(f.weekTotals[i]!) })),
    hirers: hirers.map((h) => ({ hirerId: h.hirerId, ...totalsJson(h) })),
    placements: f.rows.map((r) => ({
      placementId: r.placementId, workerId: r.workerId, hirerId: r.hirerId, hoursFrom: input.hoursFrom.get(r.placementId) ?? null,
      minutes: r.totals.minutes, revenue: fromCents(r.totals.revenue), cost: fromCents(r.totals.cost), margin: fromCents(r.totals.margin),
    })),
    leftOut: input.leftOut,
    findings: sortFindings(f.findings).map((x) => ({ code: x.code, severity: x.severity, message: x.message[lang], ...(x.ref ? { ref: x.ref } : {}) })),
    cost: { ...(settings.file ? { file: settings.file } : {}), employerSize: settings.cost.employerSize ?? null, whk: settings.cost.whk ?? null },
  };
}

export const forecastCommand: Command = {
  name: 'forecast',
  summary: {
    nl: 'margeprognose voor de komende weken: omzet, loonkosten en marge per week en per inlener',
    en: 'margin forecast for the weeks ahead: revenue, payroll cost and margin per week and per hirer',
  },
  args: [FILE_ARGUMENT('forecast examples/agency-week.xlsx --weeks 26')],
  options: {
    weeks: { type: 'string', placeholder: { nl: '<aantal>', en: '<count>' }, help: { nl: `aantal weken (1 tot ${MAX_FORECAST_WEEKS}), standaard 26`, en: `number of weeks (1 to ${MAX_FORECAST_WEEKS}), default 26` } },
    start: { type: 'string', placeholder: { nl: '<week>', en: '<week>' }, help: { nl: 'eerste week, standaard de week na de laatste uren in het bestand', en: 'first week, default the week after the latest hours in the file' } },
    ...COST_OPTIONS,
    mapping: MAPPING_OPTION,
    sheet: SHEET_OPTION,
    out: OUT_OPTION,
  },
  examples: ['backofficer forecast examples/agency-week.xlsx --weeks 26', 'backofficer forecast examples/agency-week.xlsx --weeks 52 --start 2026-W14 --json', 'backofficer forecast examples/agency-week.xlsx --out prognose.xlsx'],
  details: {
    nl: 'Uren per week per plaatsing: het gemiddelde van de goedgekeurde uren in de laatste 4 weken met uren, anders de contracturen. Loon- en tariefafspraken gelden vanaf hun datum; een loon onder het minimumloon wordt opgehoogd (met een bevinding). Zzp\'ers, werknemers zonder geboortedatum en plaatsingen zonder uren staan er niet in (en worden genoemd).',
    en: 'Hours per week per placement: the average approved hours of the last 4 weeks with hours, else the contract hours. Wage and rate agreements apply from their date; a wage below the minimum wage is raised (with a finding). Contractors, employees without a birth date and placements without hours are left out (and listed).',
  },
  async run(ctx) {
    const file = ctx.args[0]!;
    const weeksText = stringOption(ctx.options, 'weeks') ?? '26';
    const count = Number(weeksText);
    if (!/^\d+$/.test(weeksText) || count < 1 || count > MAX_FORECAST_WEEKS) {
      throw new UsageError('INVALID_WEEK_COUNT', {
        nl: `--weeks: "${weeksText}" is geen aantal weken; verwacht een geheel getal van 1 tot ${MAX_FORECAST_WEEKS}, bijvoorbeeld --weeks 26`,
        en: `--weeks: "${weeksText}" is not a number of weeks; expected a whole number from 1 to ${MAX_FORECAST_WEEKS}, e.g. --weeks 26`,
      }, 'forecast');
    }
    const settings = await costOf(file, ctx.options);
    const out = stringOption(ctx.options, 'out');
    const progress = progressBar(ctx.io, ctx.json, out ? 3 : 2);
    progress.step(0, ctx.lang === 'nl' ? 'Bestand lezen' : 'Reading the file');
    const loaded = await loadAgencyFile(file, { mapping: stringOption(ctx.options, 'mapping'),
      sheet: stringOption(ctx.options, 'sheet'), require: ['Placements'], onRows: (sheet, rows) => progress.count(rowsText(sheet, rows, ctx.lang)) });
    const startOption = stringOption(ctx.options, 'start');
    const start = startOption !== undefined ? weekOption(startOption, '--start') : undefined;
    if (start === undefined && hoursWeeks(loaded.workbook).length === 0) {
      throw new UsageError('MISSING_START', { nl: 'forecast: het bestand heeft geen uren; geef de eerste week met --start, bijvoorbeeld --start 2026-W11', en: 'forecast: the file has no hours; give the first week with --start, e.g. --start 2026-W11' }, 'forecast');
    }
    progress.step(1, ctx.lang === 'nl' ? 'Prognose berekenen' : 'Computing the forecast');
    const core = forecastInputFromWorkbook(loaded.workbook, { weeks: count, cost: settings.cost, ...(start !== undefined ? { from: start } : {}) });
    const from = core.from;
    const input = shownInput(core);
    const f = marginForecast(core.input);
    const hirers = hirerTotals(f);
    const names = new Map((loaded.workbook.sheets.Hirers?.records ?? []).map((h) => [h.id, h.name]));
    if (out) {
      progress.step(2, ctx.lang === 'nl' ? 'Werkmap schrijven' : 'Writing the workbook');
      await writeResultWorkbook(out, { lang: ctx.lang, sheets: forecastSheets(f, hirers, names, ctx.lang) });
    }
    progress.end();
    const code = f.findings.some((x) => x.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
    if (ctx.json) {
      ctx.io.out(toJson({ command: 'forecast', file, from, count, ...forecastJson(f, input, hirers, settings, ctx.lang), ...(out ? { out } : {}) }));
      return code;
    }
    const t = T[ctx.lang];
    const w = words(ctx.lang);
    const lang = ctx.lang;
    const lastWeek = f.weeks[f.weeks.length - 1] ?? from;
    const cols = (headers: readonly string[]) => headers.map((header, i) => ({ header, align: i === 0 ? ('left' as const) : ('right' as const) }));
    const history = [...input.hoursFrom.values()].filter((v) => v === 'history').length;
    const text = [
      t.title(count, from, lastWeek, formatDay(weekStart(from), lang), formatDay(weekEnd(lastWeek).minus({ days: 1 }), lang), file),
      t.how(4),
      t.placements(core.input.placements.length, history, core.input.placements.length - history),
      ...(input.leftOut.length > 0 ? [t.leftOut(input.leftOut.map((l) => `${l.placementId} (${t.reasons[l.reason]})`).join(', '))] : []),
      '',
      t.perHirer,
      ruled(renderTable(cols(t.colsHirer), [...hirers.map((h) => row(names.get(h.hirerId) ? `${h.hirerId} ${names.get(h.hirerId)}` : h.hirerId, h, lang)), row(t.total, f.totals, lang)], '  ')),
      '',
      t.perWeek,
      ruled(renderTable(cols(t.colsWeek), [...f.weeks.map((wk, i) => row(wk, f.weekTotals[i]!, lang)), row(t.total, f.totals, lang)], '  ')),
      '',
    ];
    if (f.findings.length > 0) {
      const rows = sortFindings(f.findings).map((x) => [x.ref?.placementId ?? '', x.code, x.message[lang]]);
      text.push(t.findings(f.findings.length), renderWrappedTable([{ header: t.colRow }, { header: t.colCode }, { header: t.colMessage }], rows, textWidth(ctx.io), '  '), '');
    }
    text.push(
      `${w.summary}: ${t.summary(formatMoney(f.totals.revenue, lang), formatMoney(f.totals.cost, lang), formatMoney(f.totals.margin, lang), pct(f.totals, lang), formatHours(f.totals.hours, lang))}.`,
      ...(out ? [w.written(out)] : []),
      '',
      `${w.next}:`,
      ...t.next(file, Boolean(out)).map((l) => `  - ${l}`),
    );
    ctx.io.out(wrapProse(text, textWidth(ctx.io)).join('\n'));
    return code;
  },
};
