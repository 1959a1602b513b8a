import { maskIban } from '../errors/index.js';
import { rejected, type IdentityCheck } from './check.js';

/**
 * IBAN length per country code (ISO 13616; SWIFT IBAN registry, as listed with examples by
 * skwasjer/IbanNet SupportedCountries.md). First every SEPA country (EU, EEA, CH, GB, GI, MC, SM,
 * VA, AD and the newer members AL, MD, ME, MK), then other countries our workers bank in.
 * Territories such as the Åland Islands or the French overseas departments use the IBAN of
 * FI or FR and need no entry of their own.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  // SEPA
  AD: 24, AL: 28, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24,
  SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
  // Outside SEPA
  AE: 23, AZ: 28, BA: 20, BH: 22, BI: 27, BR: 29, BY: 28, CR: 22, DJ: 27, DO: 28, EG: 29, FK: 18,
  FO: 18, GE: 22, GL: 18, GT: 28, HN: 28, IL: 23, IQ: 23, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LY: 25, MN: 20, MR: 27, MU: 30, NI: 28, PK: 24, PS: 29, QA: 29, RS: 22, SA: 24, SC: 31, ST: 25,
  SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
});

/** Dutch BBAN: 4-letter bank code + 10-digit account number (DOMAIN.md §16, ecbs.org). */
const NL_BBAN = /^[A-Z]{4}\d{10}$/;

/** ISO 7064 MOD 97-10 of an IBAN: move the first four characters to the end, letters A=10…Z=35. */
export function ibanMod97(compact: string): number {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const n = code >= 65 ? code - 55 : code - 48; // 'A' → 10, '0' → 0
    remainder = n >= 10 ? (remainder * 100 + n) % 97 : (remainder * 10 + n) % 97;
  }
  return remainder;
}

/**
 * Checks an IBAN: spaces and lower case are allowed; the country must be known with its length;
 * check digits 02–98 and mod 97 = 1 (ISO 13616); a Dutch IBAN must also have the NL layout.
 */
export function checkIban(value: unknown): IdentityCheck {
  if (value === null || value === undefined) return rejected('empty', 'IBAN ontbreekt', 'IBAN is missing');
  if (typeof value !== 'string') return rejected('characters', 'Een IBAN is tekst, zoals NL91 ABNA 0417 1643 00', 'An IBAN is text, such as NL91 ABNA 0417 1643 00');
  const compact = value.replace(/[\s\u00a0]+/g, '').toUpperCase();
  if (compact === '') return rejected('empty', 'IBAN is leeg', 'IBAN is empty');
  if (!/^[A-Z0-9]+$/.test(compact)) {
    return rejected('characters', 'Een IBAN bevat alleen letters en cijfers', 'An IBAN contains only letters and digits');
  }
  if (!/^[A-Z]{2}\d{2}/.test(compact)) {
    return rejected(
      'characters',
      'Een IBAN begint met een landcode van 2 letters en 2 controlecijfers, zoals NL91',
      'An IBAN starts with a 2-letter country code and 2 check digits, such as NL91',
    );
  }
  const country = compact.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (length === undefined) {
    return rejected('country', `Onbekende landcode ${country} in IBAN`, `Unknown country code ${country} in IBAN`);
  }
  if (compact.length !== length) {
    return rejected(
      'length',
      `Een IBAN uit ${country} heeft ${length} tekens; dit nummer heeft er ${compact.length}`,
      `An IBAN from ${country} has ${length} characters; this one has ${compact.length}`,
    );
  }
  if (country === 'NL' && !NL_BBAN.test(compact.slice(4))) {
    return rejected(
      'characters',
      'Een Nederlands IBAN heeft na NL en 2 cijfers een bankcode van 4 letters en 10 cijfers',
      'A Dutch IBAN has, after NL and 2 digits, a 4-letter bank code and 10 digits',
    );
  }
  const checkDigits = Number(compact.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98 || ibanMod97(compact) !== 1) {
    const shown = maskIban(compact);
    return rejected('checksum', `IBAN ${shown} heeft een onjuist controlegetal`, `IBAN ${shown} has wrong check digits`);
  }
  return { valid: true, normalized: compact };
}

/** True when the value is an IBAN that passes checkIban. */
export function isValidIban(value: unknown): boolean {
  return checkIban(value).valid;
}
