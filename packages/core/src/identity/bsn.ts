import { maskBsn } from '../errors/index.js';
import { identityText, rejected, type IdentityCheck } from './check.js';

// Separators people type inside a BSN ("1112.22.333", "111 222 333"): ignored.
const SEPARATORS = /[\s.\-]/g;

/**
 * The 11-test (elfproef) of a 9-digit BSN (DOMAIN.md §16): 9a+8b+7c+6d+5e+4f+3g+2h−i must be a
 * multiple of 11. Exported for tests and for RSIN, which uses the same test.
 */
export function bsnElevenTestSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  return sum - Number(digits[8]);
}

/**
 * Checks a BSN (burgerservicenummer). Accepts 9 digits, or 8 digits of an old number, which get
 * a leading 0 (DOMAIN.md §16: "old 8-digit numbers get a leading 0"); spaces, dots and dashes
 * between digits are ignored; a number from a spreadsheet cell counts as its digits. All zeros is
 * no BSN. Passing the test does not prove that the number was issued.
 */
export function checkBsn(value: unknown): IdentityCheck {
  const read = identityText(value);
  if (read === null) {
    if (value === null || value === undefined) return rejected('empty', 'BSN ontbreekt', 'BSN is missing');
    return rejected('characters', 'Een BSN bestaat uit cijfers', 'A BSN consists of digits');
  }
  const compact = read.text.replace(SEPARATORS, '');
  if (compact === '') return rejected('empty', 'BSN is leeg', 'BSN is empty');
  if (!/^\d+$/.test(compact)) {
    return rejected('characters', 'Een BSN bestaat alleen uit cijfers', 'A BSN contains digits only');
  }
  if (compact.length !== 9 && compact.length !== 8) {
    return rejected(
      'length',
      `Een BSN heeft 9 cijfers (een oud nummer van 8 cijfers krijgt een 0 ervoor); dit nummer heeft er ${compact.length}`,
      `A BSN has 9 digits (an old 8-digit number gets a leading 0); this one has ${compact.length}`,
    );
  }
  const digits = compact.padStart(9, '0');
  if (/^0+$/.test(digits)) return rejected('all-zeros', 'Een BSN van alleen nullen bestaat niet', 'A BSN of all zeros does not exist');
  if (bsnElevenTestSum(digits) % 11 !== 0) {
    const shown = maskBsn(digits);
    return rejected('checksum', `BSN ${shown} voldoet niet aan de elfproef`, `BSN ${shown} fails the 11-test (elfproef)`);
  }
  return { valid: true, normalized: digits };
}

/** True when the value is a BSN that passes the 11-test (see checkBsn for what is accepted). */
export function isValidBsn(value: unknown): boolean {
  return checkBsn(value).valid;
}
