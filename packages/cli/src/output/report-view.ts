import { sortFindings, toDate, type Decimal, type Finding } from '@backofficer/core';
import type { Lang } from '../i18n.js';
import { AGEING_BUCKETS, type DebtorList, type OpenInvoice } from '../report/debtors.js';
import { formatDay, formatMoney } from './format.js';
import type { ResultSheet } from './result-workbook.js';
import { renderTable, renderWrappedTable } from './table.js';

/* The open debtor list of the weekly report: per hirer with ageing and credit cover, the oldest open invoices, credit findings. */

const W = {
  nl: {
    title: (date: string) => `Openstaande debiteuren op ${date}`,
    how: 'Open = factuur incl. btw − betaald tot de peildatum; vervaldatum uit het blad Facturen, anders factuurdatum + betaaltermijn van de inlener (of 30 dagen, BW 6:119a); ouderdom in dagen na de vervaldatum.',
    cols: ['Inlener', 'Open', 'Niet vervallen', '1–30 d', '31–60 d', '61–90 d', '> 90 d', 'Limiet', 'Verzekering', 'Dekking stopt'],
    insurance: { insured: 'verzekerd', 'own-assessment': 'eigen beoordeling', uninsured: 'niet verzekerbaar' } as Record<string, string>,
    total: 'Totaal',
    none: 'Geen openstaande facturen.',
    derived: (week: string, list: string) => `Facturen van ${week} nog niet in het blad Facturen; afgeleid uit de goedgekeurde uren (omzet + btw, gedateerd op de factuurdag): ${list}.`,
    oldest: (n: number) => `Oudste openstaande facturen (${n})`,
    invoiceCols: ['Factuur', 'Inlener', 'Factuurdatum', 'Vervaldatum', 'Dagen over', 'Open'],
    credit: (n: number) => `Kredietrisico (${n})`,
    creditTotals: (insured: string, agency: string) => `Verzekerd deel ${insured}; risico van het bureau ${agency}.`,
    colCode: 'Code',
    colMessage: 'Melding',
    colHirer: 'Inlener',
    summary: (open: string, overdue: string) => `open debiteuren ${open}, waarvan vervallen ${overdue}`,
    sheet: 'Debiteuren',
    sheetInvoices: 'Openstaande facturen',
    derivedMark: 'afgeleid uit uren',
  },
  en: {
    title: (date: string) => `Open debtors on ${date}`,
    how: "Open = invoice incl. VAT − paid up to the report date; due date from the Invoices sheet, else invoice date + the hirer's payment term (or 30 days, BW 6:119a); age in days past the due date.",
    cols: ['Hirer', 'Open', 'Not yet due', '1–30 d', '31–60 d', '61–90 d', '> 90 d', 'Limit', 'Insurance', 'Cover stops'],
    insurance: { insured: 'insured', 'own-assessment': 'own assessment', uninsured: 'uninsurable' },
    total: 'Total',
    none: 'No open invoices.',
    derived: (week: string, list: string) => `Invoices of ${week} not yet in the Invoices sheet; derived from the approved hours (revenue + VAT, dated on the invoicing day): ${list}.`,
    oldest: (n: number) => `Oldest open invoices (${n})`,
    invoiceCols: ['Invoice', 'Hirer', 'Invoice date', 'Due date', 'Days overdue', 'Open'],
    credit: (n: number) => `Credit risk (${n})`,
    creditTotals: (insured: string, agency: string) => `Insured part ${insured}; at the agency's risk ${agency}.`,
    colCode: 'Code',
    colMessage: 'Message',
    colHirer: 'Hirer',
    summary: (open: string, overdue: string) => `open debtors ${open}, of which overdue ${overdue}`,
    sheet: 'Debtors',
    sheetInvoices: 'Open invoices',
    derivedMark: 'derived from hours',
  },
};

const SHOWN_INVOICES = 10;

function day(iso: string, lang: Lang): string {
  return formatDay(toDate(iso), lang);
}

function overdueOf(d: DebtorList): Decimal {
  return AGEING_BUCKETS.filter((b) => b !== 'current').reduce((s, b) => s.plus(d.totals.buckets[b]), d.totals.open.mul(0));
}

export function debtorsText(d: DebtorList, week: string, lang: Lang, width: number): { lines: string[]; summary: string } {
  const w = W[lang];
  const lines = [w.title(day(d.asOf, lang)), w.how, ''];
  const credit = new Map((d.credit?.hirers ?? []).map((h) => [h.hirerId, h]));
  if (d.hirers.length === 0) lines.push(w.none, '');
  else {
    const money = (x: Decimal) => (x.isZero() ? '' : formatMoney(x, lang));
    const rows = d.hirers.map((h) => {
      const c = credit.get(h.hirerId);
      return [
        h.name ? `${h.hirerId} ${h.name}` : h.hirerId, formatMoney(h.open, lang), ...AGEING_BUCKETS.map((b) => money(h.buckets[b])),
        c ? formatMoney(c.limit, lang) : '', c ? w.insurance[c.insurance] ?? c.insurance : '', c?.insurance === 'insured' && c.coverStopsOn ? day(c.coverStopsOn, lang) : '',
      ];
    });
    rows.push([w.total, formatMoney(d.totals.open, lang), ...AGEING_BUCKETS.map((b) => money(d.totals.buckets[b])), '', '', '']);
    const table = renderTable(w.cols.map((header, i) => ({ header, align: i === 0 || i >= 8 ? ('left' as const) : ('right' as const) })), rows, '  ').split('\n');
    table.splice(table.length - 1, 0, table[1]!);
    lines.push(...table, '');
    const derived = d.invoices.filter((i) => i.derived);
    if (derived.length > 0) lines.push(w.derived(week, derived.map((i) => `${i.hirerId} ${formatMoney(i.amount, lang)}`).join(', ')), '');
    const oldest = [...d.invoices].filter((i) => i.daysOverdue > 0).sort((a, b) => b.daysOverdue - a.daysOverdue || (a.number < b.number ? -1 : 1)).slice(0, SHOWN_INVOICES);
    if (oldest.length > 0) {
      lines.push(w.oldest(oldest.length));
      lines.push(renderTable(w.invoiceCols.map((header, i) => ({ header, align: i >= 4 ? ('right' as const) : ('left' as const) })), oldest.map((i) => invoiceRow(i, lang)), '  '), '');
    }
  }
  if (d.findings.length > 0) {
    lines.push(w.credit(d.findings.length));
    const rows = sortFindings(d.findings).map((f: Finding) => [f.ref?.hirerId ?? '', f.code, f.message[lang]]);
    lines.push(renderWrappedTable([{ header: w.colHirer }, { header: w.colCode }, { header: w.colMessage }], rows, width, '  '));
    if (d.credit) lines.push(`  ${w.creditTotals(formatMoney(d.credit.totals.insured, lang), formatMoney(d.credit.totals.agencyRisk, lang))}`);
    lines.push('');
  }
  return { lines, summary: w.summary(formatMoney(d.totals.open, lang), formatMoney(overdueOf(d), lang)) };
}

function invoiceRow(i: OpenInvoice, lang: Lang): string[] {
  return [i.number, i.hirerId, day(i.date, lang), day(i.dueDate, lang), String(Math.max(0, i.daysOverdue)), formatMoney(i.open, lang)];
}

export function debtorsJson(d: DebtorList, lang: Lang): Record<string, unknown> {
  return {
    asOf: d.asOf,
    totals: { open: d.totals.open, ...Object.fromEntries(AGEING_BUCKETS.map((b) => [b, d.totals.buckets[b]])) },
    hirers: d.hirers.map((h) => ({ hirerId: h.hirerId, ...(h.name ? { name: h.name } : {}), open: h.open, invoices: h.invoices, oldestDue: h.oldestDue ?? null, ...Object.fromEntries(AGEING_BUCKETS.map((b) => [b, h.buckets[b]])) })),
    invoices: d.invoices.map((i) => ({
      number: i.number, hirerId: i.hirerId, date: i.date, dueDate: i.dueDate, dueFrom: i.dueFrom, week: i.week ?? null, amount: i.amount, paid: i.paid, open: i.open,
      daysOverdue: i.daysOverdue, bucket: i.bucket, derived: i.derived, row: i.row ?? null,
    })),
    credit: d.credit
      ? {
          totals: d.credit.totals,
          hirers: d.credit.hirers.map((h) => ({
            hirerId: h.hirerId, insurance: h.insurance, limit: h.limit, open: h.open, overdue: h.overdue, insured: h.insured, insurerPays: h.insurerPays,
            backOfficeOwnRisk: h.backOfficeOwnRisk, ownAssessment: h.ownAssessment, agencyRisk: h.agencyRisk, headroom: h.headroom,
            oldestUnpaidDue: h.oldestUnpaidDue, coverStopsOn: h.coverStopsOn, coverStopped: h.coverStopped,
          })),
        }
      : null,
    findings: sortFindings(d.findings).map((f) => ({ code: f.code, severity: f.severity, message: f.message[lang], ...(f.ref ? { ref: f.ref } : {}) })),
  };
}

export function debtorSheets(d: DebtorList, lang: Lang): ResultSheet[] {
  const w = W[lang];
  const num = (x: Decimal) => x.toNumber();
  const credit = new Map((d.credit?.hirers ?? []).map((h) => [h.hirerId, h]));
  const rows = [
    w.cols,
    ...d.hirers.map((h) => {
      const c = credit.get(h.hirerId);
      return [h.name ? `${h.hirerId} ${h.name}` : h.hirerId, num(h.open), ...AGEING_BUCKETS.map((b) => num(h.buckets[b])), c ? num(c.limit) : null, c ? w.insurance[c.insurance] ?? c.insurance : null, c?.coverStopsOn ?? null];
    }),
    [w.total, num(d.totals.open), ...AGEING_BUCKETS.map((b) => num(d.totals.buckets[b])), null, null, null],
  ];
  const money = '#,##0.00';
  const invoices = [
    [...w.invoiceCols, ''],
    ...d.invoices.map((i) => [i.number, i.hirerId, i.date, i.dueDate, Math.max(0, i.daysOverdue), num(i.open), i.derived ? w.derivedMark : null]),
  ];
  return [
    { name: w.sheet, rows, widths: [38, 14, 14, 12, 12, 12, 12, 12, 18, 14], bold: [1, rows.length], formats: { 2: money, 3: money, 4: money, 5: money, 6: money, 7: money, 8: money }, freezeBelow: 2 },
    { name: w.sheetInvoices, rows: invoices, widths: [16, 10, 14, 14, 12, 14, 18], formats: { 6: money }, freezeBelow: 2 },
  ];
}
