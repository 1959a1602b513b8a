import { Decimal, type DecimalValue } from '../money/index.js';
import type { Texts } from '../errors/index.js';

/* Figures inside messages: Dutch with a decimal comma, English with a point. */

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** 0.0774 → { nl: "7,74 %", en: "7.74%" }. */
export function percentText(fraction: DecimalValue): Texts {
  const s = trimZeros(new Decimal(fraction).mul(100).toDecimalPlaces(4).toFixed(4));
  return { nl: `${s.replace('.', ',')} %`, en: `${s}%` };
}

/** 1234.5 → { nl: "€ 1.234,50", en: "€1,234.50" }. */
export function euroText(amount: DecimalValue): Texts {
  const fixed = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  const negative = fixed.startsWith('-');
  const [int = '0', frac = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  const group = (sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = negative ? '-' : '';
  return { nl: `${sign}€ ${group('.')},${frac}`, en: `${sign}€${group(',')}.${frac}` };
}

/** A plain number: 8.45 → { nl: "8,45", en: "8.45" }. */
export function numberText(value: DecimalValue): Texts {
  const s = new Decimal(value).toString();
  return { nl: s.replace('.', ','), en: s };
}
