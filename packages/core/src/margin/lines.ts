import * as z from 'zod';
import { parseWith, type FieldLabels } from '../errors/index.js';
import { Decimal, parseMinutes, type AmountInput } from '../money/index.js';
import {
  amountField, dateField, idField, inputError, optional, optionalAmountField, readChoice, readFlag, readId, readText, required, type FlagInput, type IdInput,
} from '../model/fields.js';
import { HOUR_STATUSES, type HourStatus } from '../model/hourLine.js';

/*
 * A priced hour line: the input of marginOverview.
 *
 * One line is a worker's approved hours on one placement and one date (or a whole week: give the
 * week's Monday or any date in it), split into pay categories: the base hours and each surcharge
 * category (evening +25 %, Saturday +50 %, overtime …), each with
 *   hours  the hours of the category (to the minute),
 *   pay    the gross pay per hour of these hours (the wage plus the surcharge premium),
 *   rate   the billed rate per hour (in the placement's rate mode, surcharge included),
 *   cost   optional: the loaded employer cost per hour of these hours; without it the overview
 *          computes it with hourlyCost (cost/) from `pay`.
 * priceHourLines builds these from timesheet lines with shiftPay and the placement's agreement.
 */

const readStatus = readChoice(HOUR_STATUSES, {
  ingevoerd: 'entered', ingediend: 'submitted', 'ter-goedkeuring': 'submitted', goedgekeurd: 'approved', akkoord: 'approved',
  afgekeurd: 'rejected', geweigerd: 'rejected',
});

/** A spreadsheet row number: a whole number from 1. */
function readRow(value: unknown, field: string): number {
  const id = readId(value, field);
  if (!/^\d+$/.test(id) || Number(id) < 1 || !Number.isSafeInteger(Number(id))) {
    throw inputError('INVALID_ROW', field, value, { nl: 'is geen rijnummer', en: 'is not a row number' }, { nl: 'een geheel getal vanaf 1', en: 'a whole number from 1' });
  }
  return Number(id);
}

/** Hours to the minute, as whole minutes (7,5 / 7.5 / 7:30 → 450), 0 to 168. */
function readCategoryMinutes(value: unknown, field: string): number {
  return parseMinutes(value, field, { min: 0, max: 168 });
}

export const pricedCategorySchema = z.object({
  /** Category key: "base", or the surcharge's name or id ("surcharge:1", "za +50%"). */
  key: optional<string, string>('key', readText).transform((v) => v ?? 'base'),
  label: optional<string, string>('label', readText),
  hours: required<AmountInput, number>('hours', readCategoryMinutes),
  pay: amountField('pay', { min: 0 }),
  rate: amountField('rate', { min: 0 }),
  cost: optionalAmountField('cost', { min: 0 }),
});

export const pricedLineSchema = z.object({
  id: optional<IdInput, string>('id', readId),
  row: optional<number | string, number>('row', readRow),
  placementId: idField('placementId'),
  /** When given, it must be the placement's worker. */
  workerId: optional<IdInput, string>('workerId', readId),
  date: dateField('date'),
  /** Default approved: a priced line is normally an approved one; others are left out with a finding. */
  status: optional<string, HourStatus>('status', readStatus).transform((v) => v ?? 'approved'),
  /** The pay comes from an incomplete or unsigned hirer pay profile. */
  provisional: optional<FlagInput, boolean>('provisional', readFlag).transform((v) => v ?? false),
  categories: z.array(pricedCategorySchema).min(1),
});

export type PricedCategoryInput = z.input<typeof pricedCategorySchema>;
export type PricedCategory = z.output<typeof pricedCategorySchema>;
export type PricedLineInput = z.input<typeof pricedLineSchema>;
/** A priced line after validation: category hours are whole minutes. */
export type PricedLine = z.output<typeof pricedLineSchema>;

export const pricedLineLabels: FieldLabels = {
  '': { nl: 'regel', en: 'line' },
  id: { nl: 'regelnummer', en: 'line number' },
  row: { nl: 'rij', en: 'row' },
  placementId: { nl: 'plaatsingsnummer', en: 'placement number' },
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  date: { nl: 'datum', en: 'date' },
  status: { nl: 'status', en: 'status' },
  provisional: { nl: 'voorlopig', en: 'provisional' },
  categories: { nl: 'looncategorieën', en: 'pay categories' },
  'categories.key': { nl: 'categorie', en: 'category' },
  'categories.label': { nl: 'omschrijving', en: 'description' },
  'categories.hours': { nl: 'uren', en: 'hours' },
  'categories.pay': { nl: 'loon per uur', en: 'pay per hour' },
  'categories.rate': { nl: 'tarief per uur', en: 'rate per hour' },
  'categories.cost': { nl: 'loonkosten per uur', en: 'cost per hour' },
};

function isParsedLine(v: unknown): v is PricedLine {
  if (v === null || typeof v !== 'object') return false;
  const x = v as Record<string, unknown>;
  if (typeof x['placementId'] !== 'string' || typeof x['date'] !== 'string' || typeof x['status'] !== 'string' || typeof x['provisional'] !== 'boolean') return false;
  const cats = x['categories'];
  return (
    Array.isArray(cats) &&
    cats.length > 0 &&
    cats.every((c: Record<string, unknown>) => typeof c['key'] === 'string' && Number.isSafeInteger(c['hours']) && (c['hours'] as number) >= 0 && c['pay'] instanceof Decimal && c['rate'] instanceof Decimal && (c['cost'] === undefined || c['cost'] instanceof Decimal))
  );
}

/** Priced lines from any input (already parsed lines pass as they are); throws InvalidInputError naming the line and field. */
export function parsePricedLines(input: readonly unknown[]): PricedLine[] {
  if (Array.isArray(input) && input.every(isParsedLine)) return input as PricedLine[];
  return parseWith(z.array(pricedLineSchema), input, { nl: 'geprijsde urenregels', en: 'priced hour lines' }, pricedLineLabels);
}
