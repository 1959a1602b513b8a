import type { Texts } from '../errors/index.js';
import { Decimal, ZERO, roundCents } from '../money/index.js';
import type { AllowanceUnit } from './profile.js';
import type { ShiftPayResult } from './shift-pay.js';

/*
 * Payslip lines from priced shifts: one line per kind of pay and hourly wage, each rounded to
 * cents with roundCents (half away from zero) — the only rounding point of hirer pay. A line's
 * amount is the rounded exact amount of all its hours (not rounded hours × rate); the payslip
 * total is the sum of the rounded lines.
 */

export interface PayslipLine {
  /** base: hours worked; surcharge / overtime: a rule's premium; reduction: ATV/ADV in money; allowance: expenses. */
  readonly kind: 'base' | 'surcharge' | 'overtime' | 'reduction' | 'allowance';
  /** "base", the rule id ("surcharge:2", "overtime:1"), "reduction" or "allowance:<name>". */
  readonly code: string;
  readonly label: Texts;
  /** Hours, days or kilometres. */
  readonly quantity: Decimal;
  readonly unit: 'hour' | AllowanceUnit;
  /** Euros per unit: the hourly wage, the premium per hour, the allowance rate. */
  readonly rate: Decimal;
  /** The rule's percentage (fraction) for surcharge, overtime and reduction lines. */
  readonly percent?: Decimal;
  /** The rule's fixed premium in euros per hour. */
  readonly fixedPerHour?: Decimal;
  /** Exact amount before rounding. */
  readonly exactAmount: Decimal;
  /** roundCents(exactAmount). */
  readonly amount: Decimal;
}

interface Acc {
  kind: PayslipLine['kind'];
  code: string;
  label: Texts;
  unit: PayslipLine['unit'];
  rate: Decimal;
  percent?: Decimal;
  fixedPerHour?: Decimal;
  /** Worked minutes, for hour lines. */
  minutes: number;
  /** Quantity for allowance lines. */
  quantity: Decimal;
  exact: Decimal;
}

const KIND_ORDER: Record<PayslipLine['kind'], number> = { base: 0, surcharge: 1, overtime: 2, reduction: 3, allowance: 4 };

function percentText(p: Decimal, lang: keyof Texts): string {
  const s = p.mul(100).toDecimalPlaces(4).toString();
  return `${lang === 'nl' ? s.replace('.', ',') : s}%`;
}

/**
 * Payslip lines of one or more priced shifts (e.g. a worker's week under one profile): worked
 * hours per hourly wage, each paid surcharge and overtime rule per hourly wage, ATV/ADV in money
 * and allowances; each line rounded to cents.
 */
export function payslipLines(results: ShiftPayResult | readonly ShiftPayResult[]): PayslipLine[] {
  const list: readonly ShiftPayResult[] = Array.isArray(results) ? results : [results as ShiftPayResult];
  const acc = new Map<string, Acc>();
  const order: string[] = [];
  const add = (key: string, make: () => Acc, minutes: number, quantity: Decimal, exact: Decimal) => {
    let a = acc.get(key);
    if (!a) {
      a = make();
      acc.set(key, a);
      order.push(key);
    }
    a.minutes += minutes;
    a.quantity = a.quantity.plus(quantity);
    a.exact = a.exact.plus(exact);
  };
  for (const r of list) {
    for (const c of r.categories) {
      const w = c.hourlyWage;
      const wageKey = w.toString();
      add(`base@${wageKey}`, () => ({
        kind: 'base', code: 'base', label: { nl: 'Gewerkte uren', en: 'Hours worked' }, unit: 'hour', rate: w, minutes: 0, quantity: ZERO, exact: ZERO,
      }), c.minutes, ZERO, w.mul(c.minutes));
      for (const rule of c.rules) {
        add(`${rule.id}@${wageKey}`, () => ({
          kind: rule.kind,
          code: rule.id,
          label: rule.kind === 'surcharge'
            ? { nl: `Toeslag ${rule.label.nl}`, en: `Surcharge ${rule.label.en}` }
            : { nl: `Overwerk ${rule.label.nl.replace(/^overwerk\s+/i, '')}`, en: `Overtime ${rule.label.en.replace(/^overtime\s+/i, '')}` },
          unit: 'hour',
          rate: rule.perHour,
          ...(rule.percent !== undefined ? { percent: rule.percent } : {}),
          ...(rule.fixedPerHour !== undefined ? { fixedPerHour: rule.fixedPerHour } : {}),
          minutes: 0,
          quantity: ZERO,
          exact: ZERO,
        }), c.minutes, ZERO, rule.perHour.mul(c.minutes));
      }
    }
    const red = r.reduction;
    if (red && red.compensation === 'money') {
      for (const m of red.minutesByWage) {
        const rate = m.hourlyWage.mul(red.percent);
        add(`reduction@${m.hourlyWage.toString()}`, () => ({
          kind: 'reduction', code: 'reduction',
          label: { nl: `ADV/ATV in geld ${percentText(red.percent, 'nl')}`, en: `Working-time reduction paid ${percentText(red.percent, 'en')}` },
          unit: 'hour', rate, percent: red.percent, minutes: 0, quantity: ZERO, exact: ZERO,
        }), m.minutes, ZERO, rate.mul(m.minutes));
      }
    }
    for (const a of r.allowances) {
      add(`allowance:${a.name}@${a.unit}@${a.rate.toString()}`, () => ({
        kind: 'allowance', code: `allowance:${a.name}`, label: { nl: a.name, en: a.name }, unit: a.unit, rate: a.rate, minutes: 0, quantity: ZERO, exact: ZERO,
      }), 0, a.quantity, a.amount);
    }
  }
  const lines = order.map((key): PayslipLine => {
    const a = acc.get(key)!;
    const hourly = a.kind !== 'allowance';
    // Hour lines hold minutes × euros per hour; one division per line.
    const exact = hourly ? a.exact.div(60) : a.exact;
    return Object.freeze({
      kind: a.kind,
      code: a.code,
      label: a.label,
      quantity: hourly ? new Decimal(a.minutes).div(60) : a.quantity,
      unit: a.unit,
      rate: a.rate,
      ...(a.percent !== undefined ? { percent: a.percent } : {}),
      ...(a.fixedPerHour !== undefined ? { fixedPerHour: a.fixedPerHour } : {}),
      exactAmount: exact,
      amount: roundCents(exact),
    });
  });
  return lines
    .map((l, i) => ({ l, i }))
    .sort((x, y) => KIND_ORDER[x.l.kind] - KIND_ORDER[y.l.kind] || x.i - y.i)
    .map(({ l }) => l);
}

/** The payslip total: the sum of the rounded lines (never a rounded sum). */
export function payslipTotal(lines: readonly PayslipLine[]): Decimal {
  let t = ZERO;
  for (const l of lines) t = t.plus(l.amount);
  return t;
}
