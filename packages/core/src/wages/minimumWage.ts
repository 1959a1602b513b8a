import { Decimal, ONE } from '../money/index.js';
import { InputError, NoRuleError, displayValue } from '../errors/index.js';
import { toIsoDate } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import { resolveParameter } from '../rules/lookup.js';
import { MINIMUM_WAGE_AGES, MINIMUM_WAGE_BBL_AGES } from '../rules/tables/minimum-wage.js';
import type { RuleSet } from '../rules/types.js';

/*
 * Statutory hourly minimum wage (WML, DOMAIN.md §3). The amounts are the published ones from the
 * law table (minimumWage.hourly.<age>), never computed from the 21+ amount and a percentage.
 */

/** The youngest age with a statutory minimum wage; 21 stands for "21 and over". */
export const MINIMUM_WAGE_MIN_AGE = 15;
export const MINIMUM_WAGE_ADULT_AGE = 21;

export interface MinimumWageOptions {
  /** Rule set to read (default: the shipped rules). */
  readonly rules?: RuleSet;
  /**
   * A BBL learner (beroepsbegeleidende leerweg): ages 18–20 have a lower scale; other ages get
   * the regular amount. The BBL amounts are known from 2026-01-01 (DOMAIN.md §3).
   */
  readonly bbl?: boolean;
}

export interface MinimumWageRow {
  /** 15 … 21; 21 means 21 and over. */
  readonly age: number;
  /** "15" … "20", "21+". */
  readonly ageLabel: string;
  readonly scale: 'regular' | 'bbl';
  /** Gross hourly minimum wage in euros, excluding holiday allowance. */
  readonly hourly: Decimal;
  /** Share of the 21+ amount (1 for 21+), for display only. */
  readonly percentage: Decimal;
  /** Parameter the amount comes from, e.g. "minimumWage.hourly.20". */
  readonly parameter: string;
  /** First day of the amount. */
  readonly from: string;
  readonly source: string;
  readonly note?: string;
  readonly unconfirmed: boolean;
  /** When the table the amount comes from was last checked against its sources. */
  readonly checkedOn: string;
}

export interface MinimumWageTable {
  readonly date: string;
  /** Ages 21+ down to 15. */
  readonly rows: readonly MinimumWageRow[];
  /** BBL learners 20, 19, 18; empty on dates before the first BBL amount in the tables. */
  readonly bbl: readonly MinimumWageRow[];
  /** True when any amount of the table is unconfirmed (e.g. 2026-07-01, not yet published). */
  readonly unconfirmed: boolean;
  readonly checkedOn: string;
}

function badAge(age: unknown, nl: string, en: string): InputError {
  const shown = displayValue(age, 'age');
  return new InputError('INVALID_AGE', { nl: `leeftijd (age): ${shown} ${nl}`, en: `age: ${shown} ${en}` }, 'age');
}

/** The table age for a worker's age: 15 … 21, everything from 21 up is 21. */
export function minimumWageAge(age?: unknown): number {
  if (age === undefined || age === null) return MINIMUM_WAGE_ADULT_AGE;
  let n: number;
  if (typeof age === 'number') n = age;
  else if (typeof age === 'string' && /^\s*\d+\s*$/.test(age)) n = Number(age);
  else
    throw badAge(
      age,
      'is geen leeftijd; verwacht een geheel aantal jaren, 15 of ouder (leeg = 21 jaar en ouder)',
      'is not an age; expected a whole number of years, 15 or more (empty = 21 and over)',
    );
  if (!Number.isInteger(n)) {
    throw badAge(age, 'is geen geheel aantal jaren; verwacht bijvoorbeeld 20', 'is not a whole number of years; expected e.g. 20');
  }
  if (n < MINIMUM_WAGE_MIN_AGE) {
    throw badAge(
      age,
      'is te jong: het wettelijk minimumloon begint bij 15 jaar; verwacht 15 of ouder',
      'is too young: the statutory minimum wage starts at age 15; expected 15 or more',
    );
  }
  return Math.min(n, MINIMUM_WAGE_ADULT_AGE);
}

function isBblAge(age: number): boolean {
  return (MINIMUM_WAGE_BBL_AGES as readonly number[]).includes(age);
}

function firstFrom(name: string, rules: RuleSet): string | undefined {
  let first: string | undefined;
  for (const t of rules.tables) {
    for (const v of t.parameters[name] ?? []) if (first === undefined || v.from < first) first = v.from;
  }
  return first;
}

/** Reads a parameter; a date before its first value becomes an error in the clerk's words. */
function resolveAmount(name: string, day: string, rules: RuleSet, what: { nl: string; en: string }) {
  try {
    return resolveParameter(name, day, rules);
  } catch (e) {
    if (e instanceof NoRuleError && e.code === 'NO_RULE_FOR_DATE') {
      const from = firstFrom(name, rules) ?? '?';
      throw new NoRuleError(
        'NO_RULE_FOR_DATE',
        {
          nl: `Geen ${what.nl} op ${day}: "${name}" is bekend vanaf ${from}`,
          en: `No ${what.en} on ${day}: "${name}" is known from ${from}`,
        },
        'date',
      );
    }
    throw e;
  }
}

function parameterFor(age: number, scale: 'regular' | 'bbl'): { name: string; ageText: string; what: { nl: string; en: string } } {
  const ageText = age === MINIMUM_WAGE_ADULT_AGE ? '21+' : String(age);
  if (scale === 'bbl') {
    return {
      name: `minimumWage.hourly.bbl.${age}`,
      ageText,
      what: { nl: `BBL-minimumloon voor ${ageText} jaar`, en: `BBL minimum wage for age ${ageText}` },
    };
  }
  return {
    name: `minimumWage.hourly.${age}`,
    ageText,
    what: { nl: `wettelijk minimumloon per uur voor ${ageText} jaar`, en: `statutory hourly minimum wage for age ${ageText}` },
  };
}

function row(age: number, scale: 'regular' | 'bbl', day: string, rules: RuleSet): MinimumWageRow {
  const { name, ageText, what } = parameterFor(age, scale);
  const amount = resolveAmount(name, day, rules, what);
  const percentage =
    age === MINIMUM_WAGE_ADULT_AGE
      ? ONE
      : (resolveParameter(scale === 'bbl' ? `minimumWage.youthPercentage.bbl.${age}` : `minimumWage.youthPercentage.${age}`, day, rules)
          .value as Decimal);
  return Object.freeze({
    age,
    ageLabel: ageText,
    scale,
    hourly: amount.value as Decimal,
    percentage,
    parameter: name,
    from: amount.from,
    source: amount.source,
    ...(amount.note !== undefined ? { note: amount.note } : {}),
    unconfirmed: amount.unconfirmed,
    checkedOn: amount.checkedOn,
  });
}

/**
 * The statutory hourly minimum wage in euros (gross, excluding holiday allowance) on a date, for
 * an age of 15 or more (omitted: 21 and over). With `bbl: true` a learner aged 18–20 gets the
 * BBL amount. A date before the first amount in the tables is a NoRuleError; a bad age an
 * InputError naming `age`.
 */
export function minimumWage(date: unknown, age?: number | string | null, options: MinimumWageOptions = {}): Decimal {
  const tableAge = minimumWageAge(age);
  const day = toIsoDate(date, 'date');
  const rules = options.rules ?? defaultRules;
  const scale = options.bbl === true && isBblAge(tableAge) ? 'bbl' : 'regular';
  const { name, what } = parameterFor(tableAge, scale);
  return resolveAmount(name, day, rules, what).value as Decimal;
}

/**
 * Every age's hourly minimum wage on a date with its source (ages 21+ down to 15), plus the BBL
 * amounts for 18–20 where the tables have them.
 */
export function minimumWageTable(date: unknown, options: Pick<MinimumWageOptions, 'rules'> = {}): MinimumWageTable {
  const day = toIsoDate(date, 'date');
  const rules = options.rules ?? defaultRules;
  const ages = [...MINIMUM_WAGE_AGES].sort((a, b) => b - a);
  const rows = ages.map((age) => row(age, 'regular', day, rules));
  const bblAges = [...MINIMUM_WAGE_BBL_AGES].sort((a, b) => b - a);
  const bblKnown = bblAges.every((age) => {
    const from = firstFrom(`minimumWage.hourly.bbl.${age}`, rules);
    return from !== undefined && from <= day;
  });
  const bbl = bblKnown ? bblAges.map((age) => row(age, 'bbl', day, rules)) : [];
  return Object.freeze({
    date: day,
    rows: Object.freeze(rows),
    bbl: Object.freeze(bbl),
    unconfirmed: [...rows, ...bbl].some((r) => r.unconfirmed),
    checkedOn: rows[0]!.checkedOn,
  });
}
