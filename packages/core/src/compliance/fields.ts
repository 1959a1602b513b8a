import { Decimal, parseAmount, type AmountInput } from '../money/index.js';
import { formatIsoWeek, toIsoWeek, type IsoWeekInput } from '../calendar/iso-week.js';
import { inputError, optional, required } from '../model/fields.js';

/* Field readers shared by the compliance inputs (on top of model/fields.ts). */

/** Money actually paid or withheld: an amount of at least 0 in whole cents. */
export function readCents(value: unknown, field: string): Decimal {
  const d = parseAmount(value, field, { min: 0 });
  if (d.decimalPlaces() > 2) {
    throw inputError(
      'INVALID_AMOUNT',
      field,
      value,
      { nl: 'heeft meer dan 2 decimalen', en: 'has more than 2 decimals' },
      { nl: 'een bedrag in euro en cent, bijvoorbeeld 150,25', en: 'an amount in euros and cents, e.g. 150.25' },
    );
  }
  return d;
}

/** As readCents, above 0. */
export function readPositiveCents(value: unknown, field: string): Decimal {
  const d = readCents(value, field);
  if (d.isZero()) {
    throw inputError('OUT_OF_RANGE', field, value, { nl: 'is 0', en: 'is 0' }, { nl: 'een bedrag boven 0, bijvoorbeeld 150,25', en: 'an amount above 0, e.g. 150.25' });
  }
  return d;
}

/** A wage or amount used in a calculation: at least 0, any precision. */
export function readNonNegativeAmount(value: unknown, field: string): Decimal {
  return parseAmount(value, field, { min: 0 });
}

export function readWeek(value: unknown, field: string): string {
  return formatIsoWeek(toIsoWeek(value, field));
}

export const positiveCentsField = (name: string) => required<AmountInput, Decimal>(name, readPositiveCents);
export const optionalPositiveCentsField = (name: string) => optional<AmountInput, Decimal>(name, readPositiveCents);
export const optionalWeekField = (name: string) => optional<IsoWeekInput, string>(name, readWeek);
