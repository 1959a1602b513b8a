import { InputError, displayValue } from '../errors/index.js';

/**
 * Header and sheet names compared the way a clerk reads them: "Pauze (min)", "pauze_min" and
 * "PAUZE MIN" are the same header, and so are "Geboortedatum" and "Geboorte-datum"; accents are
 * ignored ("Créée" = "creee").
 */
export function normalizeHeader(text: unknown): string {
  if (text === null || text === undefined) return '';
  let s: string;
  try {
    s = String(text);
  } catch {
    return ''; // an object without a text form (Object.create(null)) names no header
  }
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  // Anything but a whole column number (Infinity, "1e999", 2.5) would loop without end.
  if (typeof column !== 'number' || !Number.isSafeInteger(column) || column < 1) {
    throw new InputError(
      'INVALID_COLUMN',
      {
        nl: `kolom: ${displayValue(column)} is geen kolomnummer; verwacht een geheel getal vanaf 1 (1 = A)`,
        en: `column: ${displayValue(column)} is not a column number; expected a whole number from 1 (1 = A)`,
      },
      'column',
    );
  }
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1-style address of a 1-based row and column: (12, 4) → D12. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The 1-based column number of column letters: A → 1, AA → 27. Returns 0 for anything else. */
export function columnNumber(letters: string): number {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return 0;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
