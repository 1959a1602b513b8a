import type { Texts } from '../errors/index.js';

/** Why an identity number was rejected; stable codes for programs. */
export type IdentityProblem = 'empty' | 'length' | 'characters' | 'checksum' | 'country' | 'all-zeros';

/**
 * The outcome of a check: valid with the number in its normal form (digits only, IBAN compact and
 * upper case), or the reason with a message in Dutch and English that never shows the full number.
 */
export type IdentityCheck =
  | { valid: true; normalized: string }
  | { valid: false; reason: IdentityProblem; texts: Texts };

export function rejected(reason: IdentityProblem, nl: string, en: string): IdentityCheck {
  return { valid: false, reason, texts: { nl, en } };
}

/**
 * Text of an identity number as typed: a string, or a whole number from a spreadsheet cell
 * (which has lost any leading zero). Returns null for anything else.
 */
export function identityText(value: unknown): { text: string; fromNumber: boolean } | null {
  if (typeof value === 'string') return { text: value, fromNumber: false };
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { text: String(value), fromNumber: true };
  if (typeof value === 'bigint' && value >= 0n) return { text: value.toString(), fromNumber: true };
  return null;
}
