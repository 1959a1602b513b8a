import * as z from 'zod';
import { Decimal, ZERO, roundCents, type AmountInput } from '../money/index.js';
import { parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { defaultRules } from '../rules/defaults.js';
import { getDecimal, getString, resolveParameter } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import type { DateInput } from '../calendar/zone.js';
import { amountField, dateField, optional, readChoice, readHours, required } from '../model/fields.js';
import type { LineRule } from './types.js';

/*
 * StiPP premium over a pay period (DOMAIN.md §5; [S] stippensioen.nl "Premie"):
 *   pension base = pensionable wage (at most the maximum hourly wage × hours) − franchise × pensionable hours
 *   employer premium = employer % × base;  employee premium = employee % × base
 * Amounts on the payslip are rounded half-up to cents (7,4 % × 1.624 = 120,176 → 120,18, as the
 * source shows).
 */

const readScheme = readChoice(['basis', 'plus'] as const, { basisregeling: 'basis', plusregeling: 'plus' });

const pensionPremiumSchema = z.object({
  date: dateField('date'),
  pensionableWage: amountField('pensionableWage', { min: 0 }),
  hours: required<AmountInput, Decimal>('hours', readHours({ min: 0 })),
  scheme: optional<string, 'basis' | 'plus'>('scheme', readScheme),
});

export interface PensionPremiumInput {
  date: DateInput;
  /** Pensionable wage of the period (SV wage + employee pension contribution + exchanged ET wage). */
  pensionableWage: AmountInput;
  /** Pensionable hours of the period (paid hours). */
  hours: AmountInput;
  /** Basis (default) or Plus (after 52 worked weeks); from 2026 both are the single scheme. */
  scheme?: 'basis' | 'plus' | string;
}

export interface PensionPremium {
  readonly date: string;
  readonly scheme: 'basis' | 'plus' | 'single';
  readonly pensionableWage: Decimal;
  /** The pensionable wage after the maximum hourly wage × hours. */
  readonly cappedWage: Decimal;
  /** franchise × hours, exact. */
  readonly franchise: Decimal;
  /** Pension base, exact (never below 0). */
  readonly base: Decimal;
  /** Employer's premium, rounded to cents. */
  readonly employer: Decimal;
  /** Employee's premium (withheld from the wage), rounded to cents. */
  readonly employee: Decimal;
  /** Basis only (2024–2025): the part credited to the worker's pension, rounded to cents; null otherwise. */
  readonly credited: Decimal | null;
  readonly rules: readonly LineRule[];
}

const LABELS: FieldLabels = {
  date: { nl: 'datum', en: 'date' },
  pensionableWage: { nl: 'pensioengevend loon', en: 'pensionable wage' },
  hours: { nl: 'pensioengevende uren', en: 'pensionable hours' },
  scheme: { nl: 'pensioenregeling', en: 'pension scheme' },
};
const WHAT: Texts = { nl: 'pensioenpremie', en: 'pension premium' };

function ref(name: string, day: string, rules: RuleSet): LineRule {
  const r = resolveParameter(name, day, rules);
  return { parameter: name, value: String(r.value), source: r.source, from: r.from, layer: r.layer, ...(r.note ? { note: r.note } : {}), unconfirmed: r.unconfirmed };
}

/** The StiPP premium of one pay period, as on the payslip. */
export function pensionPremium(input: PensionPremiumInput, options: { rules?: RuleSet } = {}): PensionPremium {
  const p = parseWith(pensionPremiumSchema, input, WHAT, LABELS);
  const rules = options.rules ?? defaultRules;
  const day = p.date;
  const single = getString('pension.stipp.scheme', day, rules) === 'single';
  const plus = single || p.scheme === 'plus';
  const employerName = plus ? 'pension.stipp.plus.employer' : 'pension.stipp.employer';
  const employeeName = plus ? 'pension.stipp.plus.employeeMax' : 'pension.stipp.employee';
  const maxWage = getDecimal('pension.stipp.maxHourlyWage', day, rules).mul(p.hours);
  const cappedWage = Decimal.min(p.pensionableWage, maxWage);
  const franchise = getDecimal('pension.stipp.franchise', day, rules).mul(p.hours);
  const base = Decimal.max(ZERO, cappedWage.minus(franchise));
  const names = [employerName, employeeName, 'pension.stipp.franchise', 'pension.stipp.maxHourlyWage'];
  let credited: Decimal | null = null;
  if (!plus) {
    credited = roundCents(base.mul(getDecimal('pension.stipp.basis.credited', day, rules)));
    names.push('pension.stipp.basis.credited');
  }
  return Object.freeze({
    date: day,
    scheme: single ? 'single' : plus ? 'plus' : 'basis',
    pensionableWage: p.pensionableWage,
    cappedWage,
    franchise,
    base,
    employer: roundCents(base.mul(getDecimal(employerName, day, rules))),
    employee: roundCents(base.mul(getDecimal(employeeName, day, rules))),
    credited,
    rules: Object.freeze(names.map((n) => ref(n, day, rules))),
  });
}
