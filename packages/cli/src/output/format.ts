/**
 * How values are written for people: dates the Dutch way in nl ("di 10 mrt 2026 13:00"), amounts
 * with a decimal comma in nl ("€ 11,77"). Fixed word lists rather than Intl, so the output is the
 * same on every machine whatever ICU data Node carries.
 */
import type { DateTime } from 'luxon';
import type { Decimal } from '@backofficer/core';
import type { Lang } from '../i18n.js';

const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "di 10 mrt 2026" / "Tue 10 Mar 2026" (the date as it is in Europe/Amsterdam). */
export function formatDay(d: DateTime, lang: Lang): string {
  return `${WEEKDAYS[lang][d.weekday - 1]} ${d.day} ${MONTHS[lang][d.month - 1]} ${d.year}`;
}

/** A deadline as written: its day and the wall-clock time of the rule ("24:00" stays 24:00). */
export function formatDayAndTime(day: DateTime, time: string | undefined, lang: Lang): string {
  return time ? `${formatDay(day, lang)} ${time}` : formatDay(day, lang);
}

/** Digits with thousands groups: nl "1.234,56", en "1,234.56". */
function grouped(fixed: string, lang: Lang): string {
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const sep = lang === 'nl' ? '.' : ',';
  const mark = lang === 'nl' ? ',' : '.';
  const intGrouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${negative ? '-' : ''}${intGrouped}${frac !== undefined ? mark + frac : ''}`;
}

/** "€ 11,77" / "€ 11.77": an amount in euros, two decimals (amounts from core are already in cents). */
export function formatMoney(amount: Decimal, lang: Lang): string {
  return `€ ${grouped(amount.toFixed(2), lang)}`;
}

/** A fraction as a percentage: 0.395 → "39,5 %" (nl) / "39.5%" (en). */
export function formatPercent(fraction: Decimal, lang: Lang): string {
  const text = grouped(fraction.mul(100).toDecimalPlaces(4).toString(), lang);
  return lang === 'nl' ? `${text} %` : `${text}%`;
}
