import type { Texts } from '../errors/index.js';
import { inputError } from '../model/fields.js';

/*
 * Days a surcharge applies on, as a hirer's pay form writes them: "ma-vr", "za", "zo,feestdag",
 * "Mon–Fri", "sat, sun", "public holidays". A day is an ISO weekday or the public holiday.
 */

export const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday'] as const;
export type DayCode = (typeof DAY_CODES)[number];

/** ISO weekday (1 = Monday … 7 = Sunday) of each weekday code. */
export const WEEKDAY_NUMBER: Readonly<Record<Exclude<DayCode, 'holiday'>, number>> = {
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
};

const WEEKDAYS: readonly Exclude<DayCode, 'holiday'>[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const SHORT: Readonly<Record<DayCode, Texts>> = {
  mon: { nl: 'ma', en: 'Mon' },
  tue: { nl: 'di', en: 'Tue' },
  wed: { nl: 'wo', en: 'Wed' },
  thu: { nl: 'do', en: 'Thu' },
  fri: { nl: 'vr', en: 'Fri' },
  sat: { nl: 'za', en: 'Sat' },
  sun: { nl: 'zo', en: 'Sun' },
  holiday: { nl: 'feestdag', en: 'public holiday' },
};

/** Words for one day, without case, dots or spaces. */
const DAY_WORDS: Readonly<Record<string, DayCode>> = {
  ma: 'mon', maa: 'mon', maan: 'mon', maandag: 'mon', mo: 'mon', mon: 'mon', monday: 'mon',
  di: 'tue', din: 'tue', dins: 'tue', dinsdag: 'tue', tu: 'tue', tue: 'tue', tues: 'tue', tuesday: 'tue',
  wo: 'wed', woe: 'wed', woensdag: 'wed', we: 'wed', wed: 'wed', wednesday: 'wed',
  do: 'thu', don: 'thu', donderdag: 'thu', th: 'thu', thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu',
  vr: 'fri', vrij: 'fri', vrijdag: 'fri', fr: 'fri', fri: 'fri', friday: 'fri',
  za: 'sat', zat: 'sat', zaterdag: 'sat', sa: 'sat', sat: 'sat', saturday: 'sat',
  zo: 'sun', zon: 'sun', zondag: 'sun', su: 'sun', sun: 'sun', sunday: 'sun',
  feestdag: 'holiday', feestdagen: 'holiday', fd: 'holiday', 'erkendefeestdag': 'holiday', 'erkendefeestdagen': 'holiday',
  holiday: 'holiday', holidays: 'holiday', publicholiday: 'holiday', publicholidays: 'holiday', 'bankholiday': 'holiday', 'bankholidays': 'holiday', ph: 'holiday',
};

/** Words for several days at once. */
const GROUP_WORDS: Readonly<Record<string, readonly DayCode[]>> = {
  dagelijks: WEEKDAYS, 'alledagen': WEEKDAYS, daily: WEEKDAYS, 'everyday': WEEKDAYS, 'alldays': WEEKDAYS,
  werkdagen: WEEKDAYS.slice(0, 5), weekdagen: WEEKDAYS.slice(0, 5), weekdays: WEEKDAYS.slice(0, 5), workdays: WEEKDAYS.slice(0, 5),
  weekend: ['sat', 'sun'], weekends: ['sat', 'sun'],
};

const normal = (word: string) => word.toLowerCase().replace(/[.\s']/g, '');

/** One day word to its code, or undefined. */
export function dayWord(word: string): DayCode | undefined {
  return DAY_WORDS[normal(word)];
}

export const DAYS_EXPECTED: Texts = {
  nl: 'dagen zoals ma-vr, za, zo,feestdag of ma,wo,vr (ook Engels: mon-fri, sat, sun, holiday)',
  en: 'days such as mon-fri, sat, sun,holiday or mon,wed,fri (Dutch ma-vr, za, zo, feestdag also)',
};

function badDays(field: string, value: unknown, problem: Texts): Error {
  return inputError('INVALID_DAYS', field, value, problem, DAYS_EXPECTED);
}

/** Days in week order, the public holiday last, each once. */
export function sortDays(days: Iterable<DayCode>): DayCode[] {
  const set = new Set(days);
  return DAY_CODES.filter((d) => set.has(d));
}

/**
 * Reads days: a text ("ma-vr", "za,zo", "Mon–Fri", "zo en feestdagen", "ma t/m vr"), or a list of
 * day words or ISO weekday numbers (1 = Monday … 7 = Sunday). A range runs forward through the week
 * ("vr-ma" is Friday to Monday). Returns the codes in week order, the public holiday last.
 */
export function readDays(value: unknown, field: string): DayCode[] {
  const found: DayCode[] = [];
  const parts: unknown[] = Array.isArray(value) ? value : [value];
  if (parts.length === 0) throw badDays(field, value, { nl: 'is leeg', en: 'is empty' });
  for (const part of parts) {
    if (typeof part === 'number') {
      if (!Number.isInteger(part) || part < 1 || part > 7) {
        throw badDays(field, part, { nl: 'is geen weekdag 1 (maandag) t/m 7 (zondag)', en: 'is not a weekday 1 (Monday) to 7 (Sunday)' });
      }
      found.push(WEEKDAYS[part - 1]!);
      continue;
    }
    if (typeof part !== 'string' || part.trim() === '') throw badDays(field, part, { nl: 'is geen dag', en: 'is not a day' });
    found.push(...readDayText(part, field));
  }
  return sortDays(found);
}

function readDayText(text: string, field: string): DayCode[] {
  const out: DayCode[] = [];
  // "ma t/m vr", "mon to fri", "ma tot en met vr" → ranges; "zo en feestdagen", "sat & sun" → lists.
  const unified = text
    .toLowerCase()
    .replace(/\s*(?<![a-z])(t\/m|tm|tot en met|through|thru|to|until|tot)(?![a-z])\s*/g, '-')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\b(public|bank)\s+holidays?\b/g, 'publicholiday')
    .replace(/\berkende\s+feestdag(en)?\b/g, 'feestdag')
    .replace(/\b(alle\s+dagen|every\s*day|all\s+days)\b/g, 'dagelijks')
    .replace(/\s+(en|and|&|\+)\s+|\s*[&+;\/]\s*/g, ',');
  for (const item of unified.split(/[,\s]+/).filter(Boolean)) {
    const group = GROUP_WORDS[normal(item)];
    if (group) {
      out.push(...group);
      continue;
    }
    const range = item.split('-');
    if (range.length === 2) {
      const a = dayWord(range[0]!);
      const b = dayWord(range[1]!);
      if (!a || !b || a === 'holiday' || b === 'holiday') {
        throw badDays(field, text, { nl: `bevat een onbekend dagbereik "${item}"`, en: `has an unknown range of days "${item}"` });
      }
      const from = WEEKDAY_NUMBER[a] - 1;
      const to = WEEKDAY_NUMBER[b] - 1;
      for (let i = from; ; i = (i + 1) % 7) {
        out.push(WEEKDAYS[i]!);
        if (i === to) break;
      }
      continue;
    }
    const day = range.length === 1 ? dayWord(item) : undefined;
    if (!day) throw badDays(field, text, { nl: `bevat een onbekende dag "${item}"`, en: `has an unknown day "${item}"` });
    out.push(day);
  }
  if (out.length === 0) throw badDays(field, text, { nl: 'bevat geen dag', en: 'has no day' });
  return out;
}

/**
 * Days as short text: runs of three or more weekdays as a range ("ma-vr", "Mon-Fri"), others
 * listed ("za,zo"), the public holiday last ("zo,feestdag").
 */
export function formatDays(days: readonly DayCode[], lang: keyof Texts): string {
  const nums = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const parts: string[] = [];
  let i = 0;
  while (i < nums.length) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    const first = SHORT[WEEKDAYS[nums[i]!]!][lang];
    const last = SHORT[WEEKDAYS[nums[j]!]!][lang];
    if (j - i >= 2) parts.push(`${first}-${last}`);
    else for (let k = i; k <= j; k++) parts.push(SHORT[WEEKDAYS[nums[k]!]!][lang]);
    i = j + 1;
  }
  if (days.includes('holiday')) parts.push(SHORT.holiday[lang]);
  return parts.join(',');
}

/** Bit mask of days: bit n for ISO weekday n (1–7), bit 8 for the public holiday. */
export function dayMask(days: readonly DayCode[]): number {
  let mask = 0;
  for (const d of days) mask |= 1 << (d === 'holiday' ? 8 : WEEKDAY_NUMBER[d]);
  return mask;
}

export const HOLIDAY_BIT = 1 << 8;
