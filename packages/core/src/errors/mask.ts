/**
 * Masking of personal data (AVG/GDPR; DOMAIN.md §17). Lives here, next to the error helpers,
 * because every message passes through it; identity/mask.ts re-exports the public names.
 */

/** Field names that hold personal data, compared without case, spaces, dashes or underscores. */
const SENSITIVE_FIELDS = new Set([
  'bsn', 'sofinummer', 'burgerservicenummer', 'iban', 'rekeningnummer', 'bankaccount', 'account',
  'birthdate', 'geboortedatum', 'dateofbirth', 'medical', 'medicalnote', 'medicalnotes', 'medisch', 'notes',
]);

function normalField(field: string): string {
  return field.toLowerCase().replace(/[\s_\-.]/g, '');
}

export function isSensitiveField(field: string | undefined): boolean {
  if (!field) return false;
  const last = field.split(/[.[\]]/).filter(Boolean).pop() ?? field;
  return SENSITIVE_FIELDS.has(normalField(last));
}

/** Text of a value that may be shown masked: text and numbers; anything else shows nothing of itself. */
function plain(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}

/** A BSN shows at most its last 3 digits: `******782`. */
export function maskBsn(value: unknown): string {
  const digits = plain(value).replace(/\D/g, '');
  if (digits.length === 0) return '***';
  const tail = digits.length >= 6 ? digits.slice(-3) : '';
  return '*'.repeat(Math.max(digits.length - tail.length, 3)) + tail;
}

/** An IBAN shows its country code and last 4 characters: `NL** **** **** **4300`. */
export function maskIban(value: unknown): string {
  const compact = plain(value).replace(/\s+/g, '').toUpperCase();
  if (compact.length < 8) return '****';
  const country = compact.slice(0, 2);
  const tail = compact.slice(-4);
  return `${country}${'*'.repeat(compact.length - 6)}${tail}`;
}

// 8 or 9 digits, also written in groups with dots, spaces or dashes (1234.56.782, 123 456 782).
// Not any digit run with separators: dates (2026-03-10) and amounts must stay readable.
const BSN_LIKE = /(?<![\dA-Za-z])(?:\d{8,9}|\d{4}[ .\-]\d{2}[ .\-]\d{3}|\d{3}[ .\-]\d{3}[ .\-]\d{3})(?![\dA-Za-z])/g;
// Country code, check digits and 3–8 groups, written compact or with spaces or dashes.
const IBAN_LIKE = /\b[A-Z]{2}\d{2}(?:[\s\-]?[A-Z0-9]{4}){2,7}(?:[\s\-]?[A-Z0-9]{1,4})?\b/gi;
const DATE_LIKE = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}[-/]\d{1,2}[-/]\d{4})\b/g;

/**
 * Masks a text that will be shown to someone: the whole value when the field is personal,
 * and anything shaped like a BSN or an IBAN anywhere else.
 */
export function maskSensitive(text: string, field?: string): string {
  if (field && isSensitiveField(field)) {
    const f = normalField(field.split(/[.[\]]/).filter(Boolean).pop() ?? field);
    if (f.includes('iban') || f.includes('rekening') || f.includes('account')) return maskIban(text);
    if (f.includes('birth') || f.includes('geboorte')) return text.replace(DATE_LIKE, '****-**-**').replace(/\d/g, '*');
    if (f.includes('medic') || f.includes('notes')) return '[medical note hidden]';
    return maskBsn(text);
  }
  return text.replace(IBAN_LIKE, (m) => maskIban(m)).replace(BSN_LIKE, (m) => maskBsn(m));
}
