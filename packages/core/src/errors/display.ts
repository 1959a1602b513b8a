import { maskSensitive } from './mask.js';

const MAX_SHOWN = 40;

/**
 * How a value is shown inside a message: strings quoted, long values shortened, personal data
 * masked (by field name, and by shape for anything that looks like a BSN or IBAN).
 */
export function displayValue(value: unknown, field?: string): string {
  if (value === undefined || value === null) return '""';
  if (typeof value === 'string') {
    const masked = maskSensitive(value, field);
    const short = masked.length > MAX_SHOWN ? `${masked.slice(0, MAX_SHOWN)}…` : masked;
    return `"${short}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return maskSensitive(String(value), field);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (typeof value === 'object' && value !== null && 'toFixed' in value && 'isFinite' in value) {
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.length}×]`;
  if (typeof value === 'object') return '{…}';
  return `(${typeof value})`;
}
