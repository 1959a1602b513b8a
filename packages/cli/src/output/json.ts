import { Decimal } from '@backofficer/core';

/**
 * JSON for other programs: instants as ISO text with their UTC offset
 * ("2026-03-10T13:00:00.000+01:00"), amounts as exact decimal text ("11.77"), never floats.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, replacer, 2);
}

/** A luxon DateTime (checked by its marker, so the CLI needs no luxon of its own). */
function isDateTime(v: unknown): v is { toISO(): string | null } {
  return typeof v === 'object' && v !== null && (v as { isLuxonDateTime?: unknown }).isLuxonDateTime === true;
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify has already called toJSON on the value; look at what the holder really has.
  const original = (this as Record<string, unknown>)[key];
  if (isDateTime(original)) return original.toISO();
  if (Decimal.isDecimal(original)) return (original as Decimal).toString();
  return value;
}
