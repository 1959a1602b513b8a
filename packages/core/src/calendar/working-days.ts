import type { DateTime } from 'luxon';
import { defaultRules } from '../rules/defaults.js';
import type { RuleSet } from '../rules/types.js';
import { isPublicHoliday } from './holidays.js';
import { toDate } from './zone.js';

/** Monday to Friday and not a CAO public holiday (DOMAIN.md §12). */
export function isWorkingDay(date: unknown, rules: RuleSet = defaultRules): boolean {
  const d = toDate(date);
  return d.weekday <= 5 && !isPublicHoliday(d, rules);
}

function step(date: unknown, direction: 1 | -1, rules: RuleSet): DateTime {
  let d = toDate(date).plus({ days: direction });
  // A year has at most a few holidays in a row next to a weekend; 14 days is far beyond any real run.
  for (let i = 0; i < 14 && !isWorkingDay(d, rules); i++) d = d.plus({ days: direction });
  return d;
}

/** The last working day strictly before `date` (start of that day, Europe/Amsterdam). */
export function previousWorkingDay(date: unknown, rules: RuleSet = defaultRules): DateTime {
  return step(date, -1, rules);
}

/** The first working day strictly after `date` (start of that day, Europe/Amsterdam). */
export function nextWorkingDay(date: unknown, rules: RuleSet = defaultRules): DateTime {
  return step(date, 1, rules);
}
