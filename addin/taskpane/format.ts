/** Numbers, amounts and durations as the pane shows them: Dutch or English notation. */
import type { Lang } from './i18n/messages.js';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** 50000 → "50.000" (nl) / "50,000" (en). */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(locale(lang), { maximumFractionDigits: 0 });
}

/** Milliseconds as seconds with one decimal: 1234 → "1,2 s" (nl) / "1.2 s" (en). */
export function formatSeconds(ms: number, lang: Lang): string {
  return `${(ms / 1000).toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}

/**
 * An amount already rounded to cents by core (given as its exact decimal text), shown with the
 * euro sign: "1234.5" → "€ 1.234,50" (nl) / "€1,234.50" (en). Only formats; never calculates.
 */
export function formatEuro(amount: string, lang: Lang): string {
  const negative = amount.trim().startsWith('-');
  const [whole = '0', fraction = ''] = amount.trim().replace(/^[-+]/, '').split('.');
  const cents = (fraction + '00').slice(0, 2);
  const group = lang === 'nl' ? '.' : ',';
  const decimal = lang === 'nl' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = `${grouped}${decimal}${cents}`;
  return lang === 'nl' ? `${negative ? '-' : ''}€ ${body}` : `${negative ? '-' : ''}€${body}`;
}

/** A fraction as a percentage with one decimal: "0.1534" → "15,3%" (nl) / "15.3%" (en). */
export function formatPercent(fraction: string | number, lang: Lang): string {
  const n = Number(fraction) * 100;
  return `${n.toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

const DAYS: Record<string, [string, string]> = {
  Mon: ['maandag', 'Monday'], Tue: ['dinsdag', 'Tuesday'], Wed: ['woensdag', 'Wednesday'], Thu: ['donderdag', 'Thursday'],
  Fri: ['vrijdag', 'Friday'], Sat: ['zaterdag', 'Saturday'], Sun: ['zondag', 'Sunday'],
};

/** "W+1 Tue 13:00" in words: "dinsdag 13:00 in de week na de werkweek". */
export function deadlineWords(text: string, lang: Lang): string {
  const m = /^W([+-]\d+)\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\d{2}:\d{2})$/.exec(text.trim());
  if (!m) return text;
  const offset = Number(m[1]);
  const day = DAYS[m[2]!]![lang === 'nl' ? 0 : 1];
  const weeks = Math.abs(offset);
  const when = lang === 'nl'
    ? offset === 0 ? 'in de werkweek' : offset > 0 ? (weeks === 1 ? 'in de week na de werkweek' : `${weeks} weken na de werkweek`) : (weeks === 1 ? 'in de week vóór de werkweek' : `${weeks} weken vóór de werkweek`)
    : offset === 0 ? 'in the work week' : offset > 0 ? (weeks === 1 ? 'in the week after the work week' : `${weeks} weeks after the work week`) : (weeks === 1 ? 'in the week before the work week' : `${weeks} weeks before the work week`);
  return `${day} ${m[3]} ${when}`;
}

