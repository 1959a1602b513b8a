import type { DateTime } from 'luxon';
import { NoRuleError } from '../errors/index.js';
import { defaultRules } from '../rules/defaults.js';
import type { RuleSet } from '../rules/types.js';
import { addWeeks, compareIsoWeeks, formatIsoWeek, isoWeekOf, type IsoWeek } from './iso-week.js';
import { payrollDeadline, type PayrollDeadline } from './payroll-calendar.js';
import { toInstant } from './zone.js';

export interface ChangeWeek {
  /** When the change was received, Europe/Amsterdam. */
  readonly receivedAt: DateTime;
  /** The first work week the change applies to. */
  readonly week: IsoWeek;
  readonly weekText: string;
  /** The change cut-off of that week, which the change met. */
  readonly cutoff: PayrollDeadline;
  /**
   * True when the change missed the cut-off for the next work week and so applies to the week
   * after it ("later changes go to the next work week").
   */
  readonly late: boolean;
  /** The cut-off it missed, when late. */
  readonly missed?: PayrollDeadline;
  /** The week in which that work week is paid (the payroll run). */
  readonly payrollWeek: IsoWeek;
  readonly payrollWeekText: string;
}

/** Far more weeks than any cut-off rule looks ahead; only a broken rule set gets this far. */
const MAX_WEEKS_AHEAD = 60;

/**
 * The work week a change to rates, placements or jobs applies to (DOMAIN.md §1, seed rule "by
 * Friday of week 1 for work in week 2, payroll in week 3"): the first work week whose change
 * cut-off (`policy.changeCutoff`, default end of the Friday before the week, holiday shift
 * applied) is at or after the moment the change was received. By default a change received by
 * Friday 24:00 of week N applies to N+1; after it, to N+2.
 */
export function effectiveWeekOfChange(changeAt: unknown, rules: RuleSet = defaultRules): ChangeWeek {
  const receivedAt = toInstant(changeAt, 'changeAt');
  const current = isoWeekOf(receivedAt);
  const next = addWeeks(current, 1);
  let previous: PayrollDeadline | undefined;
  for (let n = 0; n <= MAX_WEEKS_AHEAD; n++) {
    const week = addWeeks(current, n);
    const cutoff = payrollDeadline(week, 'changes', rules);
    if (receivedAt.toMillis() <= cutoff.at.toMillis()) {
      const late = compareIsoWeeks(week, next) > 0;
      const payrollWeek = isoWeekOf(payrollDeadline(week, 'payrollRun', rules).day);
      return Object.freeze({
        receivedAt,
        week,
        weekText: formatIsoWeek(week),
        cutoff,
        late,
        ...(late && previous ? { missed: previous } : {}),
        payrollWeek,
        payrollWeekText: formatIsoWeek(payrollWeek),
      });
    }
    previous = cutoff;
  }
  throw new NoRuleError(
    'NO_CHANGE_CUTOFF',
    {
      nl: `policy.changeCutoff: geen wijzigingstermijn gevonden binnen ${MAX_WEEKS_AHEAD} weken na ${receivedAt.toISO()}; controleer de regel`,
      en: `policy.changeCutoff: no change cut-off found within ${MAX_WEEKS_AHEAD} weeks after ${receivedAt.toISO()}; check the rule`,
    },
    'policy.changeCutoff',
  );
}
