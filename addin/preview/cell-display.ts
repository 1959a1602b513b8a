/**
 * How the preview's sheet view shows a cell: just enough of Excel's number formats for the
 * sample (dates, times, decimals). The task pane itself never formats cells this way.
 */
import type { CellValue } from '../office/port.js';

const EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

export function displayCell(value: CellValue, numberFormat: string | undefined, lang: 'nl' | 'en'): string {
  if (typeof value === 'boolean') return lang === 'nl' ? (value ? 'WAAR' : 'ONWAAR') : value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return value;
  const f = (numberFormat ?? 'General').toLowerCase();
  if (/[dy]/.test(f) && !f.includes('[')) {
    const d = new Date(EPOCH + Math.floor(value) * 86_400_000);
    return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  }
  if (/h+:mm/.test(f)) {
    const minutes = Math.round((value % 1) * 1440);
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  if (f.endsWith('%')) {
    const digits = /0\.(0+)%$/.exec(f)?.[1]?.length ?? 0;
    return `${(value * 100).toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
  }
  const decimals = /0\.(0+)/.exec(f)?.[1]?.length ?? (f === '0' ? 0 : undefined);
  if (decimals !== undefined) {
    return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: f.includes(',') });
  }
  return value.toLocaleString(locale, { maximumFractionDigits: 10, useGrouping: false });
}
