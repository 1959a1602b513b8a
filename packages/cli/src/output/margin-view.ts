import {
  marginFromWorkbook, sortFindings, weekEnd, weekStart,
  type AgencyWorkbook, type Decimal, type Finding, type HourlyCostModelInput, type MarginGroup, type MarginSummary, type WorkbookMargin,
} from '@backofficer/core';
import type { Lang } from '../i18n.js';
import type { CostSettings } from '../workbook/cost-settings.js';
import { formatDay, formatMoney } from './format.js';
import type { ResultSheet } from './result-workbook.js';
import { renderTable, renderTruncatedTable, renderWrappedTable } from './table.js';
import type { WeekRange } from '../weeks.js';

/*
 * The margin overview for people (a table per hirer with a total row, what was left out and
 * why, the margin's findings, the cost choices used) and for systems (exact decimal text).
 */

/** Core's margin of the workbook (the same as the task pane's), with the hirer names for display. */
export interface WeekMargin extends WorkbookMargin {
  readonly hirerNames: ReadonlyMap<string, string>;
}

/** The margin overview of a week or a range of weeks (ISO week text) for the workbook, with its cost choices. */
export function weekMargin(workbook: AgencyWorkbook, weeks: string | WeekRange, cost: Partial<HourlyCostModelInput>): WeekMargin {
  const margin = marginFromWorkbook(workbook, weeks, { cost });
  return { ...margin, hirerNames: new Map((workbook.sheets.Hirers?.records ?? []).map((h) => [h.id, h.name])) };
}

const W = {
  nl: {
    title: (week: string, from: string, to: string, file: string) => `Margeoverzicht ${week.includes('–') ? 'werkweken' : 'werkweek'} ${week} (${from} t/m ${to}): ${file}`,
    how: 'Goedgekeurde uren × tarief = omzet; uren × loonkosten per uur (loon, werkgeverslasten, reserveringen, pensioen) = loonkosten; marge = omzet − loonkosten.',
    cols: ['Inlener', 'Uren', 'Omzet', 'Loonkosten', 'Marge', 'Marge %', 'Per uur'],
    total: 'Totaal',
    none: 'Geen goedgekeurde uren in deze week.',
    leftOut: (n: number, list: string) => `Niet meegeteld, eerst herstellen (${n} ${n === 1 ? 'regel' : 'regels'}, zie de controlelijst): ${list}.`,
    findings: (n: number) => `Bij de marge (${n})`,
    cost: (text: string) => `Loonkosten met: ${text}.`,
    costFile: (file: string, beside: boolean) => (beside ? `uit ${file} (naast de werkmap gevonden)` : `uit ${file}`),
    employer: { small: 'kleine werkgever', medium: 'middelgrote werkgever', large: 'grote werkgever', klein: 'kleine werkgever', middelgroot: 'middelgrote werkgever', groot: 'grote werkgever' } as Record<string, string>,
    whk: (v: string) => `Whk ${v}`,
    summary: (rev: string, cost: string, margin: string, pct: string, hours: string) => `omzet ${rev}, loonkosten ${cost}, marge ${margin}${pct ? ` (${pct})` : ''} over ${hours} uur`,
    colRow: 'Regel',
    alsoRows: (rows: string) => `(ook rij ${rows})`,
    colCode: 'Code',
    colMessage: 'Melding',
    chartTitle: (week: string) => `Omzet, loonkosten en marge per inlener, ${week}`,
    sheetHirers: (week: string) => `Marge ${week}`,
    sheetPlacements: (week: string) => `Marge plaatsing ${week}`,
    placementCols: ['Plaatsing', 'Uitzendkracht', 'Inlener', 'Uren', 'Omzet', 'Loonkosten', 'Marge', 'Marge %'],
  },
  en: {
    title: (week: string, from: string, to: string, file: string) => `Margin overview ${week.includes('–') ? 'work weeks' : 'work week'} ${week} (${from} to ${to}): ${file}`,
    how: 'Approved hours × rate = revenue; hours × payroll cost per hour (wage, employer charges, reservations, pension) = payroll cost; margin = revenue − payroll cost.',
    cols: ['Hirer', 'Hours', 'Revenue', 'Payroll cost', 'Margin', 'Margin %', 'Per hour'],
    total: 'Total',
    none: 'No approved hours in this week.',
    leftOut: (n: number, list: string) => `Left out until fixed (${n} ${n === 1 ? 'line' : 'lines'}, see the control list): ${list}.`,
    findings: (n: number) => `About the margin (${n})`,
    cost: (text: string) => `Payroll cost with: ${text}.`,
    costFile: (file: string, beside: boolean) => (beside ? `from ${file} (found beside the workbook)` : `from ${file}`),
    employer: { small: 'small employer', medium: 'medium employer', large: 'large employer', klein: 'small employer', middelgroot: 'medium employer', groot: 'large employer' } as Record<string, string>,
    whk: (v: string) => `Whk ${v}`,
    summary: (rev: string, cost: string, margin: string, pct: string, hours: string) => `revenue ${rev}, payroll cost ${cost}, margin ${margin}${pct ? ` (${pct})` : ''} over ${hours} hours`,
    colRow: 'Line',
    alsoRows: (rows: string) => `(also row ${rows})`,
    colCode: 'Code',
    colMessage: 'Message',
    chartTitle: (week: string) => `Revenue, payroll cost and margin per hirer, ${week}`,
    sheetHirers: (week: string) => `Margin ${week}`,
    sheetPlacements: (week: string) => `Margin placement ${week}`,
    placementCols: ['Placement', 'Worker', 'Hirer', 'Hours', 'Revenue', 'Payroll cost', 'Margin', 'Margin %'],
  },
};

/** Hours with two decimals: 417,75 / 417.75. */
export function formatHours(hours: Decimal, lang: Lang): string {
  const text = hours.toFixed(2);
  const [int, frac] = text.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return `${grouped}${lang === 'nl' ? ',' : '.'}${frac}`;
}

/** A margin percentage with two decimals: 12,00 % / 12.00%. */
function percentText(summary: MarginSummary, lang: Lang): string {
  if (summary.marginPercent === undefined) return '';
  const text = summary.marginPercent.mul(100).toFixed(2);
  return lang === 'nl' ? `${text.replace('.', ',')} %` : `${text}%`;
}

function hirerLabel(m: WeekMargin, id: string): string {
  const name = m.hirerNames.get(id);
  return name ? `${id} ${name}` : id;
}

function summaryRow(label: string, s: MarginSummary, lang: Lang): string[] {
  return [label, formatHours(s.hours, lang), formatMoney(s.revenue, lang), formatMoney(s.cost, lang), formatMoney(s.margin, lang), percentText(s, lang), s.marginPerHour ? formatMoney(s.marginPerHour, lang) : ''];
}

/** The week's table per hirer with a total row. */
export function marginTable(m: WeekMargin, lang: Lang): string {
  const w = W[lang];
  const rows = m.overview.groups.hirer.map((g) => summaryRow(hirerLabel(m, g.key), g, lang));
  const total = summaryRow(w.total, m.overview.totals, lang);
  const table = renderTable(w.cols.map((header, i) => ({ header, align: i === 0 ? ('left' as const) : ('right' as const) })), [...rows, total], '  ');
  // A rule above the total row.
  const lines = table.split('\n');
  lines.splice(lines.length - 1, 0, lines[1]!);
  return lines.join('\n');
}

function costText(settings: CostSettings, lang: Lang): string {
  const w = W[lang];
  const c = settings.cost;
  const parts: string[] = [];
  if (typeof c.employerSize === 'string') parts.push(w.employer[c.employerSize.trim().toLowerCase()] ?? c.employerSize);
  if (c.whk !== undefined) {
    const v = typeof c.whk === 'object' && c.whk !== null && 'wga' in c.whk ? `WGA ${String(c.whk.wga)}, ZW-flex ${String(c.whk.zw)}` : String(c.whk);
    parts.push(w.whk(v));
  }
  if (settings.file) parts.push(w.costFile(settings.file, settings.source === 'beside'));
  return w.cost(parts.join(', '));
}

/** Findings of the margin as a wrapped table (errors first). */
function findingsTable(findings: readonly Finding[], lang: Lang, width: number, oneLine = false): string[] {
  if (findings.length === 0) return [];
  const w = W[lang];
  // The same finding on several lines is shown once, with the other rows.
  const groups = new Map<string, { first: string; code: string; text: string; more: string[] }>();
  for (const f of sortFindings(findings)) {
    const text = f.message[lang].replace(/^(regel|line) nr\. \d+ \((rij|row) \d+\): /, '');
    const where = f.ref?.row !== undefined ? String(f.ref.row) : f.ref?.week ?? '';
    const key = `${f.code}\u0000${text}`;
    const g = groups.get(key);
    if (g) g.more.push(where);
    else groups.set(key, { first: where, code: f.code, text, more: [] });
  }
  const rows = [...groups.values()].map((g) => [g.first, g.code, g.more.length > 0 ? `${g.text} ${w.alsoRows(g.more.join(', '))}` : g.text]);
  if (oneLine) {
    const short = [...groups.values()].map((g) => [g.first, g.code, `${g.more.length > 0 ? `${w.alsoRows(g.more.join(', '))} ` : ''}${g.text}`]);
    return [w.findings(findings.length), renderTruncatedTable([{ header: w.colRow, align: 'right' }, { header: w.colCode }, { header: w.colMessage }], short, width, '  '), ''];
  }
  return [w.findings(findings.length), renderWrappedTable([{ header: w.colRow, align: 'right' }, { header: w.colCode }, { header: w.colMessage }], rows, width, '  '), ''];
}

export interface MarginText {
  readonly title: string;
  readonly body: string[];
  /** "omzet €…, loonkosten €…, marge €… (…) over … uur". */
  readonly summary: string;
}

export function marginText(m: WeekMargin, settings: CostSettings, file: string, lang: Lang, width: number, view: { oneLine?: boolean } = {}): MarginText {
  const w = W[lang];
  const title = w.title(m.week, formatDay(weekStart(m.weeks.from), lang), formatDay(weekEnd(m.weeks.to).minus({ days: 1 }), lang), file);
  const body: string[] = [w.how, ''];
  if (m.overview.groups.hirer.length === 0) body.push(w.none);
  else body.push(marginTable(m, lang));
  body.push('');
  if (m.leftOut.length > 0) body.push(w.leftOut(m.leftOut.length, m.leftOut.map((l) => `${l.row} ${l.code}`).join(', ')), '');
  body.push(...findingsTable(m.findings, lang, width, view.oneLine));
  body.push(costText(settings, lang));
  const t = m.overview.totals;
  const summary = w.summary(formatMoney(t.revenue, lang), formatMoney(t.cost, lang), formatMoney(t.margin, lang), percentText(t, lang), formatHours(t.hours, lang));
  return { title, body, summary };
}

function summaryJson(s: MarginSummary): Record<string, unknown> {
  return {
    hours: s.hours.toFixed(2),
    minutes: s.minutes,
    revenue: s.revenue,
    cost: s.cost,
    margin: s.margin,
    grossPay: s.grossPay,
    marginPercent: s.marginPercent ?? null,
    marginPerHour: s.marginPerHour ?? null,
  };
}

function groupJson(g: MarginGroup, names?: ReadonlyMap<string, string>): Record<string, unknown> {
  const name = names?.get(g.key);
  return { id: g.key, ...(name !== undefined ? { name } : {}), ...summaryJson(g) };
}

export function marginJson(m: WeekMargin, settings: CostSettings, lang: Lang): Record<string, unknown> {
  return {
    weeks: m.weeks,
    totals: summaryJson(m.overview.totals),
    hirers: m.overview.groups.hirer.map((g) => groupJson(g, m.hirerNames)),
    placements: m.overview.groups.placement.map((g) => groupJson(g)),
    linesInWeek: m.linesInWeek,
    leftOut: m.leftOut,
    findings: sortFindings(m.findings).map((f) => ({ code: f.code, severity: f.severity, message: f.message[lang], ...(f.ref ? { ref: f.ref } : {}) })),
    cost: { ...(settings.file ? { file: settings.file } : {}), employerSize: settings.cost.employerSize ?? null, whk: settings.cost.whk ?? null },
  };
}

/** The --out sheets: per hirer with a bar chart, and per placement. */
export function marginSheets(m: WeekMargin, lang: Lang): ResultSheet[] {
  const w = W[lang];
  const num = (d: Decimal) => d.toNumber();
  const hirers = m.overview.groups.hirer;
  const pct = (s: MarginSummary) => (s.marginPercent !== undefined ? num(s.marginPercent) : null);
  const hirerRows = [
    w.cols.slice(0, 6),
    ...hirers.map((g) => [hirerLabel(m, g.key), num(g.hours), num(g.revenue), num(g.cost), num(g.margin), pct(g)]),
    [w.total, num(m.overview.totals.hours), num(m.overview.totals.revenue), num(m.overview.totals.cost), num(m.overview.totals.margin), pct(m.overview.totals)],
  ];
  const last = hirers.length + 1;
  const charts = hirers.length === 0 ? [] : [{
    type: 'bar' as const,
    title: w.chartTitle(m.week),
    categories: `A2:A${last}`,
    categoryValues: hirers.map((g) => hirerLabel(m, g.key)),
    series: [
      { name: w.cols[2]!, ref: `C2:C${last}`, values: hirers.map((g) => num(g.revenue)) },
      { name: w.cols[3]!, ref: `D2:D${last}`, values: hirers.map((g) => num(g.cost)) },
      { name: w.cols[4]!, ref: `E2:E${last}`, values: hirers.map((g) => num(g.margin)) },
    ],
    anchor: { from: { col: 7, row: 1 }, to: { col: 17, row: 22 } },
    valueFormat: '#,##0',
  }];
  const placementRows = [
    w.placementCols,
    ...m.overview.groups.placement.map((g) => {
      const line = m.overview.lines.find((l) => l.placementId === g.key);
      return [g.key, line?.workerId ?? null, line?.hirerId ?? null, num(g.hours), num(g.revenue), num(g.cost), num(g.margin), pct(g)];
    }),
  ];
  return [
    { name: w.sheetHirers(m.week.replace(' – ', '-')), rows: hirerRows, widths: [38, 10, 14, 14, 14, 10], bold: [1, hirerRows.length], formats: { 2: '#,##0.00', 3: '#,##0.00', 4: '#,##0.00', 5: '#,##0.00', 6: '0.00%' }, charts, freezeBelow: 2 },
    { name: w.sheetPlacements(m.week.replace(' – ', '-')), rows: placementRows, widths: [12, 14, 10, 10, 14, 14, 14, 10], formats: { 4: '#,##0.00', 5: '#,##0.00', 6: '#,##0.00', 7: '#,##0.00', 8: '0.00%' }, freezeBelow: 2 },
  ];
}
