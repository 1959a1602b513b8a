import { parseIsoWeek, payrollDeadline, toDate } from '@backofficer/core';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { formatDay, formatDayAndTime } from '../output/format.js';
import { toJson } from '../output/json.js';
import { marginSheets, marginText } from '../output/margin-view.js';
import { progressBar, rowsText } from '../output/progress.js';
import { debtorSheets, debtorsJson, debtorsText } from '../output/report-view.js';
import { writeResultWorkbook } from '../output/result-workbook.js';
import { textWidth } from '../output/width.js';
import { weekMargin } from '../output/margin-view.js';
import { debtorList } from '../report/debtors.js';
import { loadAgencyFile } from '../workbook/load.js';
import { words } from '../words.js';
import { FILE_ARGUMENT, MAPPING_OPTION, OUT_OPTION, SHEET_OPTION, WEEK_OPTION, requiredWeek, stringOption } from './file-options.js';
import { COST_OPTIONS, costOf } from './margin.js';
import { marginJson } from '../output/margin-view.js';
import { wrapProse } from '../output/table.js';
import type { Command } from './types.js';

/*
 * `backofficer report <file> --week W`: the weekly management report (DOMAIN.md §1: "management
 * report (revenue, payroll cost, margin) and open debtor list", due Tuesday afternoon of W+2):
 * the week's margin per hirer and in total, and the open debtors on the report's day with
 * ageing and credit cover (report/debtors.ts says how an invoice is open).
 */

const T = {
  nl: {
    title: (week: string, file: string) => `Weekrapport werkweek ${week}: ${file}`,
    due: (when: string) => `Managementrapportage, uiterlijk ${when} (policy.managementReport); peildatum van de debiteuren: die dag.`,
    asOfGiven: (date: string) => `Peildatum van de debiteuren: ${date} (--as-of).`,
    part1: 'Omzet, loonkosten en marge per inlener',
    next: (file: string, week: string, out: boolean) => [
      `De marge in detail: backofficer margin ${file} --week ${week}`,
      `De controlelijst van de week: backofficer validate ${file} --week ${week}`,
      ...(out ? [] : [`Als werkmap met grafiek: backofficer report ${file} --week ${week} --out weekrapport.xlsx`]),
    ],
  },
  en: {
    title: (week: string, file: string) => `Weekly report work week ${week}: ${file}`,
    due: (when: string) => `Management report, due ${when} (policy.managementReport); the debtors are taken on that day.`,
    asOfGiven: (date: string) => `Debtors taken on ${date} (--as-of).`,
    part1: 'Revenue, payroll cost and margin per hirer',
    next: (file: string, week: string, out: boolean) => [
      `The margin in detail: backofficer margin ${file} --week ${week}`,
      `The week's control list: backofficer validate ${file} --week ${week}`,
      ...(out ? [] : [`As a workbook with a chart: backofficer report ${file} --week ${week} --out weekly-report.xlsx`]),
    ],
  },
};

export const reportCommand: Command = {
  name: 'report',
  summary: {
    nl: 'weekrapport: omzet, loonkosten en marge per inlener en openstaande debiteuren met ouderdom',
    en: 'weekly report: revenue, payroll cost and margin per hirer, and open debtors with ageing',
  },
  args: [FILE_ARGUMENT('report examples/agency-week.xlsx --week 2026-W10')],
  options: {
    week: WEEK_OPTION,
    'as-of': {
      type: 'string',
      placeholder: { nl: '<datum>', en: '<date>' },
      help: { nl: 'peildatum van de debiteuren (standaard de dag van de managementrapportage: dinsdag van W+2)', en: 'date the debtors are taken on (default: the day of the management report, Tuesday of W+2)' },
    },
    ...COST_OPTIONS,
    mapping: MAPPING_OPTION,
    sheet: SHEET_OPTION,
    out: OUT_OPTION,
  },
  examples: [
    'backofficer report examples/agency-week.xlsx --week 2026-W10',
    'backofficer report examples/agency-week.xlsx --week 2026-W10 --as-of 2026-03-31 --json',
    'backofficer report examples/agency-week.xlsx --week 2026-W10 --out weekrapport.xlsx',
  ],
  details: {
    nl: 'Open facturen komen uit het blad Facturen; de factuur van de week zelf (gemaakt op de verloningsdag, woensdag van W+1) wordt uit de goedgekeurde uren afgeleid als het blad hem nog niet heeft. Open = bedrag incl. btw − betaald tot de peildatum. Vervaldatum: de kolom Vervaldatum, anders factuurdatum + betaaltermijn van de inlener, anders 30 dagen (BW 6:119a). Ouderdom: niet vervallen, 1–30, 31–60, 61–90 en meer dan 90 dagen na de vervaldatum. Kredietdekking volgens de kredietverzekering (90 %, dekking stopt 2 maanden na de oudste onbetaalde vervaldatum).',
    en: "Open invoices come from the Invoices sheet; the week's own invoice (made on the payroll day, Wednesday of W+1) is derived from the approved hours when the sheet does not have it yet. Open = amount incl. VAT − paid up to the report date. Due date: the Due date column, else invoice date + the hirer's payment term, else 30 days (BW 6:119a). Ageing: not yet due, 1–30, 31–60, 61–90 and over 90 days past due. Credit cover as the credit insurance has it (90 %, cover stops 2 months after the oldest unpaid due date).",
  },
  async run(ctx) {
    const file = ctx.args[0]!;
    const week = requiredWeek(ctx.options, 'report');
    const settings = await costOf(file, ctx.options);
    const asOfOption = stringOption(ctx.options, 'as-of');
    const reportDay = payrollDeadline(parseIsoWeek(week), 'managementReport');
    const asOf = asOfOption !== undefined ? toDate(asOfOption, '--as-of').toISODate()! : reportDay.day;
    const out = stringOption(ctx.options, 'out');
    const progress = progressBar(ctx.io, ctx.json, out ? 4 : 3);
    progress.step(0, ctx.lang === 'nl' ? 'Bestand lezen' : 'Reading the file');
    const loaded = await loadAgencyFile(file, {
      mapping: stringOption(ctx.options, 'mapping'),
      sheet: stringOption(ctx.options, 'sheet'),
      require: ['Hours', 'Placements'],
      onRows: (sheet, rows) => progress.count(rowsText(sheet, rows, ctx.lang)),
    });
    progress.step(1, ctx.lang === 'nl' ? 'Marge berekenen' : 'Computing the margin');
    const margin = weekMargin(loaded.workbook, week, settings.cost);
    progress.step(2, ctx.lang === 'nl' ? 'Debiteuren' : 'Debtors');
    const invoiceDay = payrollDeadline(parseIsoWeek(week), 'payrollRun').day;
    const derived = margin.overview.groups.hirer.map((g) => ({ hirerId: g.key, week, revenue: g.revenue, date: invoiceDay }));
    const debtors = debtorList(loaded.workbook.sheets.Invoices?.records ?? [], loaded.workbook.sheets.Hirers?.records, derived, asOf);
    if (out) {
      progress.step(3, ctx.lang === 'nl' ? 'Werkmap schrijven' : 'Writing the workbook');
      await writeResultWorkbook(out, { lang: ctx.lang, sheets: [...marginSheets(margin, ctx.lang), ...debtorSheets(debtors, ctx.lang)] });
    }
    progress.end();
    const errors = [...margin.findings, ...debtors.findings].some((f) => f.severity === 'error');
    const code = errors ? EXIT_FINDINGS : EXIT_OK;
    if (ctx.json) {
      ctx.io.out(toJson({ command: 'report', file, week, reportDate: reportDay.day, asOf, margin: marginJson(margin, settings, ctx.lang), debtors: debtorsJson(debtors, ctx.lang), ...(out ? { out } : {}) }));
      return code;
    }
    const t = T[ctx.lang];
    const w = words(ctx.lang);
    const width = textWidth(ctx.io);
    const m = marginText(margin, settings, file, ctx.lang, width);
    const d = debtorsText(debtors, week, ctx.lang, width);
    const when = formatDayAndTime(toDate(reportDay.day), reportDay.time, ctx.lang);
    const text = [
      t.title(week, file),
      asOfOption !== undefined ? t.asOfGiven(formatDay(toDate(asOf), ctx.lang)) : t.due(when),
      '',
      `1. ${t.part1}`,
      ...m.body.map((l) => l),
      '',
      `2. ${d.lines[0]}`,
      ...d.lines.slice(1),
      `${w.summary}: ${m.summary}; ${d.summary}.`,
      ...(out ? [w.written(out)] : []),
      '',
      `${w.next}:`,
      ...t.next(file, week, Boolean(out)).map((l) => `  - ${l}`),
    ];
    ctx.io.out(wrapProse(text, width).join('\n'));
    return code;
  },
};
