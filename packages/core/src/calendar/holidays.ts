import { DateTime } from 'luxon';
import { InputError, displayValue, type Texts } from '../errors/index.js';
import { defaultRules } from '../rules/defaults.js';
import { getInteger, getString } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { easterSunday } from './easter.js';
import { ZONE, toIsoDate } from './zone.js';

/**
 * Dutch public holidays as the temp-work CAO counts them (DOMAIN.md §12; ABU = NBBU art. 27).
 *
 * Which days count is dated rule data (`cao.publicHolidays`, `cao.liberationDayEveryYears`),
 * read on each holiday's own date; the dates themselves follow from the calendar: Easter by the
 * Gregorian computus, King's Day on 27 April or on Saturday 26 April when the 27th is a Sunday
 * (Royal Decree of 1980, applied to King's Day since 2014).
 */
export const HOLIDAY_CODES = [
  'newYearsDay',
  'goodFriday',
  'easterSunday',
  'easterMonday',
  'kingsDay',
  'liberationDay',
  'ascensionDay',
  'whitSunday',
  'whitMonday',
  'christmasDay',
  'boxingDay',
] as const;
export type HolidayCode = (typeof HOLIDAY_CODES)[number];

export const HOLIDAY_NAMES: Readonly<Record<HolidayCode, Texts>> = {
  newYearsDay: { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  goodFriday: { nl: 'Goede Vrijdag', en: 'Good Friday' },
  easterSunday: { nl: 'Eerste Paasdag', en: 'Easter Sunday' },
  easterMonday: { nl: 'Tweede Paasdag', en: 'Easter Monday' },
  kingsDay: { nl: 'Koningsdag', en: "King's Day" },
  liberationDay: { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
  ascensionDay: { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  whitSunday: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' },
  whitMonday: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
  christmasDay: { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
  boxingDay: { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
};

export interface PublicHoliday {
  readonly code: HolidayCode;
  /** ISO date, e.g. "2026-04-27". */
  readonly date: string;
  /** Dutch and English name. */
  readonly names: Texts;
  /** ISO day of the week: 1 = Monday … 7 = Sunday. */
  readonly dayOfWeek: number;
  /**
   * Monday to Friday. Only these count for the public-holiday reservation and as a paid day off
   * (DOMAIN.md §6 and §12); a holiday on a Saturday or Sunday is listed but changes nothing.
   */
  readonly weekday: boolean;
  /** Why the date differs from the usual one (King's Day on the 26th), or why the day counts. */
  readonly note?: Texts;
}

/** The date of each holiday in a year, before the CAO list decides which ones count. */
function candidateDates(year: number): Array<{ code: HolidayCode; date: DateTime; note?: Texts }> {
  const e = easterSunday(year);
  const easter = DateTime.fromObject({ year, month: e.month, day: e.day }, { zone: ZONE });
  const day = (month: number, d: number) => DateTime.fromObject({ year, month, day: d }, { zone: ZONE });
  const april27 = day(4, 27);
  const kingsOnSunday = april27.weekday === 7;
  return [
    { code: 'newYearsDay', date: day(1, 1) },
    { code: 'goodFriday', date: easter.minus({ days: 2 }) },
    { code: 'easterSunday', date: easter },
    { code: 'easterMonday', date: easter.plus({ days: 1 }) },
    kingsOnSunday
      ? {
          code: 'kingsDay',
          date: day(4, 26),
          note: {
            nl: '27 april valt op zondag; Koningsdag is dan zaterdag 26 april',
            en: "27 April is a Sunday; King's Day is then Saturday 26 April",
          },
        }
      : { code: 'kingsDay', date: april27 },
    { code: 'liberationDay', date: day(5, 5) },
    { code: 'ascensionDay', date: easter.plus({ days: 39 }) },
    { code: 'whitSunday', date: easter.plus({ days: 49 }) },
    { code: 'whitMonday', date: easter.plus({ days: 50 }) },
    { code: 'christmasDay', date: day(12, 25) },
    { code: 'boxingDay', date: day(12, 26) },
  ];
}

const listCache = new Map<string, ReadonlySet<HolidayCode>>();

/** Reads the `cao.publicHolidays` text: holiday codes separated by commas or spaces. */
function parseHolidayList(text: string): ReadonlySet<HolidayCode> {
  let set = listCache.get(text);
  if (set) return set;
  const codes = text.split(/[\s,;]+/).filter(Boolean);
  for (const c of codes) {
    if (!(HOLIDAY_CODES as readonly string[]).includes(c)) {
      throw new InputError(
        'INVALID_HOLIDAY_LIST',
        {
          nl: `cao.publicHolidays: ${displayValue(c)} is geen bekende feestdag; verwacht een of meer van: ${HOLIDAY_CODES.join(', ')}`,
          en: `cao.publicHolidays: ${displayValue(c)} is not a known holiday; expected one or more of: ${HOLIDAY_CODES.join(', ')}`,
        },
        'cao.publicHolidays',
      );
    }
  }
  set = new Set(codes as HolidayCode[]);
  listCache.set(text, set);
  return set;
}

interface Candidate {
  readonly code: HolidayCode;
  readonly date: DateTime;
  readonly iso: string;
  readonly note?: Texts;
}

/** The calendar part (no rules) per year: ISO date → the holidays that fall on it, in list order. */
const candidateCache = new Map<number, ReadonlyMap<string, readonly Candidate[]>>();

function candidatesOf(year: number): ReadonlyMap<string, readonly Candidate[]> {
  let byDate = candidateCache.get(year);
  if (byDate) return byDate;
  const map = new Map<string, Candidate[]>();
  for (const c of candidateDates(year)) {
    const iso = c.date.toISODate()!;
    map.set(iso, [...(map.get(iso) ?? []), { ...c, iso }]);
  }
  byDate = map;
  candidateCache.set(year, byDate);
  return byDate;
}

/** Whether the rules in force on its date count this holiday (and why, for Liberation Day). */
function counts(c: Candidate, rules: RuleSet): { counted: boolean; note?: Texts } {
  if (!parseHolidayList(getString('cao.publicHolidays', c.iso, rules)).has(c.code)) return { counted: false };
  if (c.code !== 'liberationDay') return { counted: true, ...(c.note ? { note: c.note } : {}) };
  const every = getInteger('cao.liberationDayEveryYears', c.iso, rules);
  if (every < 1 || c.date.year % every !== 0) return { counted: false };
  return every > 1 ? { counted: true, note: { nl: `lustrumjaar (deelbaar door ${every})`, en: `lustrum year (divisible by ${every})` } } : { counted: true };
}

/** Per rule set (immutable): ISO date → the public holiday on it, or null; filled as dates are asked. */
const dayCache = new WeakMap<RuleSet, Map<string, PublicHoliday | null>>();

/**
 * The counted holiday on a date, one per date: when two fall on the same day (Ascension Day on
 * 5 May in a lustrum year, as in 2005) the first counted one is kept and names the other.
 */
function holidayOnDate(iso: string, found: readonly Candidate[], rules: RuleSet): PublicHoliday | null {
  let perSet = dayCache.get(rules);
  if (!perSet) {
    perSet = new Map();
    dayCache.set(rules, perSet);
  }
  const cached = perSet.get(iso);
  if (cached !== undefined) return cached;
  const counted = found.map((c) => ({ c, r: counts(c, rules) })).filter((x) => x.r.counted);
  let result: PublicHoliday | null = null;
  const first = counted[0];
  if (first) {
    const others = counted.slice(1).map((x) => HOLIDAY_NAMES[x.c.code]);
    const also: Texts | undefined =
      others.length > 0 ? { nl: `ook ${others.map((o) => o.nl).join(', ')}`, en: `also ${others.map((o) => o.en).join(', ')}` } : undefined;
    const parts = [first.r.note, also].filter((t): t is Texts => t !== undefined);
    const note = parts.length > 0 ? { nl: parts.map((t) => t.nl).join('; '), en: parts.map((t) => t.en).join('; ') } : undefined;
    result = Object.freeze({
      code: first.c.code,
      date: iso,
      names: HOLIDAY_NAMES[first.c.code],
      dayOfWeek: first.c.date.weekday,
      weekday: first.c.date.weekday <= 5,
      ...(note ? { note } : {}),
    });
  }
  perSet.set(iso, result);
  return result;
}

/** Per rule set (immutable) and year. */
const yearCache = new WeakMap<RuleSet, Map<number, readonly PublicHoliday[]>>();

/**
 * The CAO's public holidays of a calendar year, in date order, each with its Dutch and English
 * name and whether it falls on a weekday. A year before the first rule value is a NoRuleError.
 */
export function publicHolidays(year: number, rules: RuleSet = defaultRules): readonly PublicHoliday[] {
  easterSunday(year); // validates the year
  let perSet = yearCache.get(rules);
  if (!perSet) {
    perSet = new Map();
    yearCache.set(rules, perSet);
  }
  let list = perSet.get(year);
  if (!list) {
    const days: PublicHoliday[] = [];
    for (const [iso, found] of candidatesOf(year)) {
      const h = holidayOnDate(iso, found, rules);
      if (h) days.push(h);
    }
    days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    list = Object.freeze(days);
    perSet.set(year, list);
  }
  return list;
}

/**
 * The CAO public holiday on a date, or undefined. Only a date on which some holiday can fall
 * reads the rules, so an ordinary day needs no rule for its date.
 */
export function publicHolidayOn(date: unknown, rules: RuleSet = defaultRules): PublicHoliday | undefined {
  const iso = toIsoDate(date);
  const found = candidatesOf(Number(iso.slice(0, 4))).get(iso);
  return found ? (holidayOnDate(iso, found, rules) ?? undefined) : undefined;
}

/** Whether a date is a CAO public holiday (on any day of the week; see `PublicHoliday.weekday`). */
export function isPublicHoliday(date: unknown, rules: RuleSet = defaultRules): boolean {
  return publicHolidayOn(date, rules) !== undefined;
}
