import {
  Decimal, ZERO, creditExposure, getDecimal, getInteger, roundCents, toDate, toIsoDate,
  type CreditExposure, type HirerRow, type InvoiceRow, type Finding,
} from '@backofficer/core';

/*
 * The open debtor list of the weekly management report (DOMAIN.md §1 "management report and open
 * debtor list", §14 credit insurance). How an invoice is open, on the report's date (`asOf`):
 *
 * - Invoices come from the Invoices sheet. The invoice of the report's own work week is made on
 *   the payroll and invoicing day (Wednesday of W+1), which the sheet may not hold yet: for each
 *   hirer without an invoice row for that week, the invoice is derived from the week's margin
 *   overview (approved hours × rate = revenue excl. VAT) and dated on the payroll day.
 * - Amount = amount excl. VAT + VAT. VAT of a sheet invoice as written; of a derived invoice
 *   vat.standard (21 %) of the revenue, rounded half-up to cents (one line per hirer and week),
 *   or 0 when the hirer's VAT is reverse-charged.
 * - Paid = the Paid column, counted only when its date ("Paid on") is on or before the report's
 *   date (a later payment had not arrived yet). Open = amount − paid, when above 0.
 * - Due date = the Due date column; else the invoice date plus the hirer's payment term (Hirers
 *   sheet); else plus invoice.statutoryPaymentTermDays (30 days, BW 6:119a).
 * - Ageing = days past the due date on the report's date: not yet due, 1–30, 31–60, 61–90, over 90.
 * - Credit exposure per hirer (insured part, cover stop 2 months after the oldest unpaid due
 *   date, agency risk) is core's creditExposure on the same open invoices.
 */

export const AGEING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90plus'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export interface OpenInvoice {
  readonly number: string;
  readonly hirerId: string;
  readonly date: string;
  readonly dueDate: string;
  /** Where the due date came from. */
  readonly dueFrom: 'sheet' | 'hirer-term' | 'statutory-term';
  readonly week?: string;
  /** Including VAT. */
  readonly amount: Decimal;
  readonly paid: Decimal;
  readonly open: Decimal;
  /** Days past due on the report's date (≤ 0: not yet due). */
  readonly daysOverdue: number;
  readonly bucket: AgeingBucket;
  /** Row of the Invoices sheet; absent for an invoice derived from the week's hours. */
  readonly row?: number;
  readonly derived: boolean;
}

export interface HirerDebt {
  readonly hirerId: string;
  readonly name?: string;
  readonly open: Decimal;
  readonly buckets: Readonly<Record<AgeingBucket, Decimal>>;
  readonly invoices: number;
  readonly oldestDue?: string;
}

export interface DebtorList {
  readonly asOf: string;
  readonly invoices: readonly OpenInvoice[];
  readonly hirers: readonly HirerDebt[];
  readonly totals: { readonly open: Decimal; readonly buckets: Readonly<Record<AgeingBucket, Decimal>> };
  /** Core's credit exposure per hirer (absent without a Hirers sheet). */
  readonly credit?: CreditExposure;
  readonly findings: readonly Finding[];
}

/** The week's invoice of one hirer, derived from the margin overview. */
export interface DerivedInvoice {
  readonly hirerId: string;
  readonly week: string;
  /** Revenue excl. VAT, in cents already. */
  readonly revenue: Decimal;
  /** Invoice date: the payroll and invoicing day of the week. */
  readonly date: string;
}

export function bucketOf(daysOverdue: number): AgeingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return 'd1_30';
  if (daysOverdue <= 60) return 'd31_60';
  if (daysOverdue <= 90) return 'd61_90';
  return 'd90plus';
}

function emptyBuckets(): Record<AgeingBucket, Decimal> {
  return { current: ZERO, d1_30: ZERO, d31_60: ZERO, d61_90: ZERO, d90plus: ZERO };
}

function plusDays(iso: string, days: number): string {
  return toIsoDate(toDate(iso).plus({ days }));
}

function daysBetween(from: string, to: string): number {
  return Math.round(toDate(to).diff(toDate(from), 'days').days);
}

export function debtorList(
  invoiceRows: readonly InvoiceRow[],
  hirerRows: readonly HirerRow[] | undefined,
  derived: readonly DerivedInvoice[],
  asOf: string,
): DebtorList {
  const hirers = new Map((hirerRows ?? []).map((h) => [h.id, h]));
  const statutory = getInteger('invoice.statutoryPaymentTermDays', asOf);
  const vatRate = getDecimal('vat.standard', asOf);
  const due = (hirerId: string, date: string, dueDate: string | undefined): { dueDate: string; dueFrom: OpenInvoice['dueFrom'] } => {
    if (dueDate !== undefined) return { dueDate, dueFrom: 'sheet' };
    const term = hirers.get(hirerId)?.paymentTermDays;
    return term !== undefined ? { dueDate: plusDays(date, term), dueFrom: 'hirer-term' } : { dueDate: plusDays(date, statutory), dueFrom: 'statutory-term' };
  };
  const open: OpenInvoice[] = [];
  const add = (inv: Omit<OpenInvoice, 'open' | 'daysOverdue' | 'bucket'>) => {
    const rest = inv.amount.minus(inv.paid);
    if (!rest.gt(0) || inv.date > asOf) return;
    const days = daysBetween(inv.dueDate, asOf);
    open.push({ ...inv, open: rest, daysOverdue: days, bucket: bucketOf(days) });
  };
  for (const r of invoiceRows) {
    const paid = r.paidAt === undefined || r.paidAt <= asOf ? r.paid : ZERO;
    add({
      number: r.number, hirerId: r.hirerId, date: r.date, ...due(r.hirerId, r.date, r.dueDate),
      ...(r.week !== undefined ? { week: r.week } : {}),
      amount: r.amountExVat.plus(r.vat ?? ZERO), paid, row: r.ref.row, derived: false,
    });
  }
  const invoiced = new Set(invoiceRows.map((r) => `${r.hirerId}|${r.week ?? ''}`));
  for (const d of derived) {
    if (invoiced.has(`${d.hirerId}|${d.week}`) || !d.revenue.gt(0)) continue;
    const reverse = hirers.get(d.hirerId)?.reverseChargeVat === true;
    const vat = reverse ? ZERO : roundCents(d.revenue.mul(vatRate));
    add({
      number: `${d.week}/${d.hirerId}`, hirerId: d.hirerId, date: d.date, ...due(d.hirerId, d.date, undefined), week: d.week,
      amount: d.revenue.plus(vat), paid: ZERO, derived: true,
    });
  }
  open.sort((a, b) => (a.hirerId < b.hirerId ? -1 : a.hirerId > b.hirerId ? 1 : a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number < b.number ? -1 : 1));

  const byHirer = new Map<string, { open: Decimal; buckets: Record<AgeingBucket, Decimal>; invoices: number; oldestDue?: string }>();
  const totals = { open: ZERO, buckets: emptyBuckets() };
  for (const inv of open) {
    const h = byHirer.get(inv.hirerId) ?? { open: ZERO, buckets: emptyBuckets(), invoices: 0 };
    h.open = h.open.plus(inv.open);
    h.buckets[inv.bucket] = h.buckets[inv.bucket].plus(inv.open);
    h.invoices++;
    if (h.oldestDue === undefined || inv.dueDate < h.oldestDue) h.oldestDue = inv.dueDate;
    byHirer.set(inv.hirerId, h);
    totals.open = totals.open.plus(inv.open);
    totals.buckets[inv.bucket] = totals.buckets[inv.bucket].plus(inv.open);
  }
  const hirerDebts: HirerDebt[] = [...byHirer.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([hirerId, h]) => {
      const name = hirers.get(hirerId)?.name;
      return { hirerId, ...(name !== undefined ? { name } : {}), ...h };
    });

  let credit: CreditExposure | undefined;
  if (hirerRows) {
    credit = creditExposure(
      hirerRows.map((h) => ({ id: h.id, creditLimit: h.creditLimit, creditInsurance: h.creditInsurance })),
      open.filter((i) => hirers.has(i.hirerId)).map((i) => ({ hirerId: i.hirerId, number: i.number, date: i.date, dueDate: i.dueDate, amount: i.amount, paid: i.paid })),
      { asOf },
    );
  }
  return { asOf, invoices: open, hirers: hirerDebts, totals, ...(credit ? { credit } : {}), findings: credit?.findings ?? [] };
}
