import { Decimal, parseAmount, parseMinutes, parsePercent } from '../money/index.js';
import type { Texts } from '../errors/index.js';
import { inputError } from '../model/fields.js';
import { formatDays, readDays, type DayCode } from './days.js';

/*
 * The compact text form of a hirer's surcharge and overtime rules, for spreadsheets and the
 * command line (one rule per cell or row):
 *
 *   ma-vr 20:00-06:00 25%          Mon–Fri 20:00–06:00 +25 %      za 50%      zo,feestdag 100%
 *   za 07:00-12:00 € 2,50          sat 2.50 EUR/h                 werkdagen 18:00-22:00 +15%
 *   overwerk na 8 uur per dag 25%  overtime after 40h/week 50% add   overwerk 9u/dag 30% hoogste
 *
 * A surcharge is: days, optionally a clock window (an end at or before the start runs into the
 * next day), and a percentage or a fixed amount in euros per hour. An overtime rule is: the word
 * overwerk/overtime, the hours after which it starts, per day or per week, the percentage or
 * amount, and optionally whether it is added to the surcharges (stapelen/add) or the highest
 * one wins (hoogste/highest, the default).
 */

/** A surcharge rule as read from text, in the input form of the profile schema. */
export interface SurchargeRuleText {
  days: DayCode[];
  from?: string;
  to?: string;
  percent?: Decimal;
  fixedPerHour?: Decimal;
}

/** An overtime rule as read from text, in the input form of the profile schema. */
export interface OvertimeRuleText {
  period: 'day' | 'week';
  afterHours: Decimal;
  percent?: Decimal;
  fixedPerHour?: Decimal;
  stacking?: 'add' | 'highest';
}

export type RuleText = { kind: 'surcharge'; rule: SurchargeRuleText } | { kind: 'overtime'; rule: OvertimeRuleText };

export const SURCHARGE_EXAMPLE: Texts = {
  nl: 'bijvoorbeeld "ma-vr 20:00-06:00 25%", "za 50%", "zo,feestdag 100%" of "za € 2,50"',
  en: 'e.g. "mon-fri 20:00-06:00 25%", "sat 50%", "sun,holiday 100%" or "sat € 2.50"',
};
export const OVERTIME_EXAMPLE: Texts = {
  nl: 'bijvoorbeeld "overwerk na 8 uur per dag 25%" of "overwerk na 40 uur per week 50% stapelen"',
  en: 'e.g. "overtime after 8 hours per day 25%" or "overtime after 40 hours per week 50% add"',
};

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const AMOUNT_AT_END = new RegExp(
  String.raw`(?:\+\s*)?(?:(${NUMBER})\s*%|(?:€|eur|euro)\s*(${NUMBER})|(${NUMBER})\s*(?:€|eur|euro))\s*(?:(?:\/|per\s+|p\/)\s*(?:u|uur|h|hr|hour))?$`,
  'i',
);
const WINDOW = /(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})/;
const OVERTIME_WORD = /^(overwerk|overuren|overtime)\b\s*/i;
const STACKING_AT_END = /\s*\(?\s*(stapelen|stapelend|optellen|opgeteld|cumulatief|cumuleren|bij elkaar opgeteld|add|added|stack|stacks|stacked|stacking|sum|hoogste|hoogste geldt|hoogste telt|highest|highest wins|max)\s*\)?$/i;
const OVERTIME_BODY = new RegExp(
  String.raw`^(?:na|after|boven|over|vanaf|from|>|meer dan|more than)?\s*(${NUMBER}|\d{1,3}:\d{2})\s*(?:u|uur|uren|h|hr|hrs|hour|hours)?\s*(?:\/|per|p\/|a|each)?\s*(dag|day|dienst|shift|week|wk)$`,
  'i',
);

function normalise(text: string): string {
  return text.replace(/[\u2013\u2014\u2212]/g, '-').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

function notARule(field: string, text: string, problem: Texts, example: Texts): Error {
  return inputError('INVALID_RULE_TEXT', field, text, problem, example);
}

/** A rule from a cell or a caller that is no text at all (empty cell, a number). */
function mustBeText(raw: unknown, field: string, example: Texts): asserts raw is string {
  if (typeof raw !== 'string') throw notARule(field, raw as string, { nl: 'is geen regeltekst', en: 'is not a rule text' }, example);
}

/** The amount at the end of a rule text: a percentage or euros per hour; and the text before it. */
function readAmountAtEnd(text: string, field: string, example: Texts): { rest: string; percent?: Decimal; fixedPerHour?: Decimal } {
  const m = AMOUNT_AT_END.exec(text);
  if (!m) {
    throw notARule(field, text, { nl: 'heeft geen percentage of bedrag per uur aan het eind', en: 'has no percentage or amount per hour at the end' }, example);
  }
  const rest = text.slice(0, m.index).trim();
  if (m[1] !== undefined) return { rest, percent: parsePercent(`${m[1]}%`, field, { min: 0 }) };
  return { rest, fixedPerHour: parseAmount(m[2] ?? m[3], field, { min: 0, decimalOnly: true }) };
}

/** Reads "ma-vr 20:00-06:00 25%" and the like. */
export function parseSurchargeText(raw: string, field = 'toeslag'): SurchargeRuleText {
  mustBeText(raw, field, SURCHARGE_EXAMPLE);
  const text = normalise(raw);
  const { rest, percent, fixedPerHour } = readAmountAtEnd(text, field, SURCHARGE_EXAMPLE);
  let daysText = rest;
  let from: string | undefined;
  let to: string | undefined;
  const w = WINDOW.exec(rest);
  if (w) {
    const h1 = Number(w[1]);
    const m1 = Number(w[2]);
    const h2 = Number(w[3]);
    const m2 = Number(w[4]);
    if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 === 24 && m2 !== 0)) {
      throw notARule(field, raw, { nl: `heeft een ongeldig tijdvak "${w[0]}"`, en: `has an invalid time window "${w[0]}"` }, SURCHARGE_EXAMPLE);
    }
    from = `${String(h1).padStart(2, '0')}:${w[2]}`;
    to = `${String(h2).padStart(2, '0')}:${w[4]}`;
    daysText = (rest.slice(0, w.index) + ' ' + rest.slice(w.index + w[0].length)).trim();
  }
  daysText = daysText.replace(/^(toeslag|surcharge)\b:?\s*/i, '').trim();
  if (daysText === '') {
    throw notARule(field, raw, { nl: 'noemt geen dagen', en: 'names no days' }, SURCHARGE_EXAMPLE);
  }
  const days = readDays(daysText, field);
  return {
    days,
    ...(from !== undefined ? { from, to } : {}),
    ...(percent !== undefined ? { percent } : {}),
    ...(fixedPerHour !== undefined ? { fixedPerHour } : {}),
  };
}

const ADD_WORDS = /^(stapelen|stapelend|optellen|opgeteld|cumulatief|cumuleren|bij elkaar opgeteld|add|added|stack|stacks|stacked|stacking|sum)$/i;

/** Reads "overwerk na 8 uur per dag 25%" and the like. */
export function parseOvertimeText(raw: string, field = 'overwerk'): OvertimeRuleText {
  mustBeText(raw, field, OVERTIME_EXAMPLE);
  let text = normalise(raw);
  const word = OVERTIME_WORD.exec(text);
  if (!word) {
    throw notARule(field, raw, { nl: 'begint niet met "overwerk"', en: 'does not start with "overtime"' }, OVERTIME_EXAMPLE);
  }
  text = text.slice(word[0].length);
  let stacking: 'add' | 'highest' | undefined;
  const s = STACKING_AT_END.exec(text);
  if (s) {
    stacking = ADD_WORDS.test(s[1]!.trim()) ? 'add' : 'highest';
    text = text.slice(0, s.index).trim();
  }
  const { rest, percent, fixedPerHour } = readAmountAtEnd(text, field, OVERTIME_EXAMPLE);
  const body = OVERTIME_BODY.exec(rest.trim());
  if (!body) {
    throw notARule(field, raw, { nl: 'zegt niet na hoeveel uur per dag of per week', en: 'does not say after how many hours per day or per week' }, OVERTIME_EXAMPLE);
  }
  const afterHours = new Decimal(parseMinutes(body[1]!, field, { min: 0 })).div(60);
  const period = /^(dag|day|dienst|shift)$/i.test(body[2]!) ? 'day' : 'week';
  return {
    period,
    afterHours,
    ...(percent !== undefined ? { percent } : {}),
    ...(fixedPerHour !== undefined ? { fixedPerHour } : {}),
    ...(stacking !== undefined ? { stacking } : {}),
  };
}

/** Reads one rule of either kind: text starting with overwerk/overtime is an overtime rule. */
export function parseRuleText(raw: string, field = 'regel'): RuleText {
  mustBeText(raw, field, SURCHARGE_EXAMPLE);
  if (OVERTIME_WORD.test(normalise(raw))) return { kind: 'overtime', rule: parseOvertimeText(raw, field) };
  return { kind: 'surcharge', rule: parseSurchargeText(raw, field) };
}

// ---- formatting -----------------------------------------------------------------------------

function numberText(d: Decimal, lang: keyof Texts): string {
  const s = d.toString();
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** "+25%", "+12,5%" (nl) or "+€ 2,50/uur" / "+€2.50/h". */
export function formatPremium(rule: { percent?: Decimal | undefined; fixedPerHour?: Decimal | undefined }, lang: keyof Texts): string {
  if (rule.percent !== undefined) return `+${numberText(rule.percent.mul(100), lang)}%`;
  const euros = rule.fixedPerHour ?? new Decimal(0);
  const fixed = euros.decimalPlaces() <= 2 ? euros.toFixed(2) : euros.toString();
  return lang === 'nl' ? `+€ ${fixed.replace('.', ',')}/uur` : `+€${fixed}/h`;
}

/** "ma-vr 20:00-06:00 +25%" / "Mon-Fri 20:00-06:00 +25%"; a whole-day rule has no window. */
export function formatSurcharge(rule: { days: readonly DayCode[]; from: string; to: string; percent?: Decimal | undefined; fixedPerHour?: Decimal | undefined }, lang: keyof Texts): string {
  const whole = rule.from === '00:00' && (rule.to === '24:00' || rule.to === '00:00');
  return `${formatDays(rule.days, lang)}${whole ? '' : ` ${rule.from}-${rule.to}`} ${formatPremium(rule, lang)}`;
}

/** "overwerk na 8 uur per dag +25% (hoogste)" / "overtime after 8 h per day +25% (highest wins)". */
export function formatOvertime(rule: { period: 'day' | 'week'; afterHours: Decimal; percent?: Decimal | undefined; fixedPerHour?: Decimal | undefined; stacking: 'add' | 'highest' }, lang: keyof Texts): string {
  const hours = numberText(rule.afterHours, lang);
  if (lang === 'nl') {
    return `overwerk na ${hours} uur per ${rule.period === 'day' ? 'dag' : 'week'} ${formatPremium(rule, lang)} (${rule.stacking === 'add' ? 'stapelen' : 'hoogste'})`;
  }
  return `overtime after ${hours} h per ${rule.period} ${formatPremium(rule, lang)} (${rule.stacking === 'add' ? 'add' : 'highest wins'})`;
}
