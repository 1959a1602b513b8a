import { identityText, rejected, type IdentityCheck } from './check.js';

/**
 * Checks a KvK number (Chamber of Commerce): 8 digits, no checksum (DOMAIN.md §16, kvk.nl).
 * Spaces and dots are ignored. A number from a spreadsheet cell has lost its leading zeros, so a
 * number (not a text) shorter than 8 digits is padded with zeros; a text must have all 8.
 */
export function checkKvk(value: unknown): IdentityCheck {
  const read = identityText(value);
  if (read === null) {
    if (value === null || value === undefined) return rejected('empty', 'KvK-nummer ontbreekt', 'KvK number is missing');
    return rejected('characters', 'Een KvK-nummer bestaat uit cijfers', 'A KvK number consists of digits');
  }
  let compact = read.text.replace(/[\s.]/g, '');
  if (compact === '') return rejected('empty', 'KvK-nummer is leeg', 'KvK number is empty');
  if (!/^\d+$/.test(compact)) {
    return rejected('characters', 'Een KvK-nummer bestaat alleen uit cijfers', 'A KvK number contains digits only');
  }
  if (read.fromNumber && compact.length < 8) compact = compact.padStart(8, '0');
  if (compact.length !== 8) {
    return rejected(
      'length',
      `Een KvK-nummer heeft 8 cijfers; dit nummer heeft er ${compact.length}`,
      `A KvK number has 8 digits; this one has ${compact.length}`,
    );
  }
  if (/^0+$/.test(compact)) return rejected('all-zeros', 'Een KvK-nummer van alleen nullen bestaat niet', 'A KvK number of all zeros does not exist');
  return { valid: true, normalized: compact };
}

/** True when the value is an 8-digit KvK number. */
export function isValidKvk(value: unknown): boolean {
  return checkKvk(value).valid;
}
