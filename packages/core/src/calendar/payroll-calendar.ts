import type { DateTime } from 'luxon';
import { InputError, displayValue, type Texts } from '../errors/index.js';
import { defaultRules } from '../rules/defaults.js';
import { explain, type Explanation } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { PAYROLL_CYCLE, type CycleStep, type DeadlineCode } from './cycle.js';
import { instantOn, parseDeadlineRule, ruleDay } from './deadline-rule.js';
import { publicHolidayOn, type PublicHoliday } from './holidays.js';
import { formatIsoWeek, toIsoWeek, weekEnd, weekStart, type IsoWeek, type IsoWeekInput } from './iso-week.js';
import { nextWorkingDay, previousWorkingDay } from './working-days.js';

/**
 * What happens to a deadline whose day is a CAO public holiday (`policy.holidayShift`).
 * The working agreements are silent; our default is `previous-working-day` (DOMAIN.md §1): the
 * deadline moves to the last working day (Monday–Friday, not a public holiday) before it, at the
 * same time of day, so nobody has to deliver on a day off and payroll is never later.
 * Only public holidays move a deadline: a rule that names a Saturday stays on that Saturday.
 */
export const HOLIDAY_SHIFTS = ['previous-working-day', 'none', 'next-working-day'] as const;
export type HolidayShift = (typeof HOLIDAY_SHIFTS)[number];

export interface PayrollDeadline {
  readonly code: DeadlineCode;
  /** 'deadline' (deliver by), 'event' (the back-office does it that day) or 'aim' (target). */
  readonly kind: CycleStep['kind'];
  readonly label: Texts;
  /** The policy parameter that sets it, e.g. "policy.hoursDeadline". */
  readonly parameter: string;
  /** The rule as written in the table, e.g. "W+1 Tue 13:00". */
  readonly rule: string;
  /** ISO date of the day the deadline falls on (after any holiday shift); for 24:00 the day that ends. */
  readonly day: string;
  /** Amsterdam wall-clock time as written: "13:00", or "24:00" for the end of the day. */
  readonly time: string;
  /** The real instant, Europe/Amsterdam ("24:00" is the next day's 00:00). */
  readonly at: DateTime;
  /** Day and instant the rule gives before any holiday shift. */
  readonly scheduled: { readonly day: string; readonly at: DateTime };
  /** True when a public holiday moved the deadline. */
  readonly moved: boolean;
  /** The public holiday on the scheduled day, if any (also when the policy is `none`). */
  readonly holiday?: PublicHoliday;
  /** What happened and why, when the scheduled day is a public holiday. */
  readonly note?: Texts;
  /** Value, layer, table and source of the parameter (as `explain` gives them). */
  readonly source: Explanation;
}

export interface PayrollCalendar {
  /** The work week. */
  readonly week: IsoWeek;
  readonly weekText: string;
  /** Monday 00:00 of the work week. */
  readonly start: DateTime;
  /** Next Monday 00:00 (exclusive end). */
  readonly end: DateTime;
  /** The rules are read as in force on the work week's Monday. */
  readonly rulesDate: string;
  readonly holidayShift: HolidayShift;
  readonly holidayShiftSource: Explanation;
  /** Every step of the cycle, in time order. */
  readonly deadlines: readonly PayrollDeadline[];
  readonly byCode: Readonly<Partial<Record<DeadlineCode, PayrollDeadline>>>;
}

const SHIFT_TEXT: Record<Exclude<HolidayShift, 'none'>, Texts> = {
  'previous-working-day': { nl: 'vervroegd naar de vorige werkdag', en: 'moved to the previous working day' },
  'next-working-day': { nl: 'verschoven naar de volgende werkdag', en: 'moved to the next working day' },
};

function readShift(rulesDate: string, rules: RuleSet): { shift: HolidayShift; source: Explanation } {
  const source = explain('policy.holidayShift', rulesDate, rules);
  const shift = String(source.value);
  if (!(HOLIDAY_SHIFTS as readonly string[]).includes(shift)) {
    throw new InputError(
      'INVALID_HOLIDAY_SHIFT',
      {
        nl: `policy.holidayShift: ${displayValue(shift)} is geen geldige keuze; verwacht een van: ${HOLIDAY_SHIFTS.join(', ')}`,
        en: `policy.holidayShift: ${displayValue(shift)} is not a valid choice; expected one of: ${HOLIDAY_SHIFTS.join(', ')}`,
      },
      'policy.holidayShift',
    );
  }
  return { shift: shift as HolidayShift, source };
}

function computeDeadline(step: CycleStep, week: IsoWeek, rulesDate: string, shift: HolidayShift, rules: RuleSet): PayrollDeadline {
  const source = explain(step.parameter, rulesDate, rules);
  const rule = parseDeadlineRule(String(source.value), step.parameter);
  const scheduledDay = ruleDay(rule, week);
  const scheduled = Object.freeze({ day: scheduledDay.toISODate()!, at: instantOn(scheduledDay, rule) });
  const holiday = publicHolidayOn(scheduled.day, rules);
  let day = scheduledDay;
  let moved = false;
  let note: Texts | undefined;
  if (holiday) {
    const on = { nl: `${scheduled.day} is ${holiday.names.nl}`, en: `${scheduled.day} is ${holiday.names.en}` };
    if (shift === 'none') {
      note = { nl: `${on.nl}; niet verschoven (policy.holidayShift = none)`, en: `${on.en}; not moved (policy.holidayShift = none)` };
    } else {
      day = shift === 'previous-working-day' ? previousWorkingDay(scheduledDay, rules) : nextWorkingDay(scheduledDay, rules);
      moved = true;
      const to = day.toISODate()!;
      note = { nl: `${on.nl}; ${SHIFT_TEXT[shift].nl} ${to}`, en: `${on.en}; ${SHIFT_TEXT[shift].en} ${to}` };
    }
  }
  return Object.freeze({
    code: step.code,
    kind: step.kind,
    label: step.label,
    parameter: step.parameter,
    rule: rule.text,
    day: moved ? day.toISODate()! : scheduled.day,
    time: rule.time,
    at: moved ? instantOn(day, rule) : scheduled.at,
    scheduled,
    moved,
    ...(holiday ? { holiday } : {}),
    ...(note ? { note } : {}),
    source,
  });
}

/**
 * Every deadline of the back-office cycle for a work week (DOMAIN.md §1): registration and
 * changes before the week, hours, draft payslips, payroll, payment, margin overview, margin
 * payout and management report after it. Instants are real (DST-correct) Europe/Amsterdam
 * times; the rules are those in force on the work week's Monday; a deadline on a public holiday
 * follows `policy.holidayShift` and says so in `moved` and `note`.
 */
export function payrollCalendar(isoWeek: IsoWeekInput, rules: RuleSet = defaultRules): PayrollCalendar {
  const week = toIsoWeek(isoWeek);
  const start = weekStart(week);
  const rulesDate = start.toISODate()!;
  const { shift, source: shiftSource } = readShift(rulesDate, rules);
  const deadlines = PAYROLL_CYCLE
    .map((step, index) => ({ d: computeDeadline(step, week, rulesDate, shift, rules), index }))
    .sort((a, b) => a.d.at.toMillis() - b.d.at.toMillis() || a.index - b.index)
    .map((x) => x.d);
  const byCode: Partial<Record<DeadlineCode, PayrollDeadline>> = {};
  for (const d of deadlines) byCode[d.code] = d;
  return Object.freeze({
    week,
    weekText: formatIsoWeek(week),
    start,
    end: weekEnd(week),
    rulesDate,
    holidayShift: shift,
    holidayShiftSource: shiftSource,
    deadlines: Object.freeze(deadlines),
    byCode: Object.freeze(byCode),
  });
}

/** One deadline of the cycle for a work week, without computing the others (for per-line checks). */
export function payrollDeadline(isoWeek: IsoWeekInput, code: DeadlineCode, rules: RuleSet = defaultRules): PayrollDeadline {
  const week = toIsoWeek(isoWeek);
  const step = PAYROLL_CYCLE.find((s) => s.code === code);
  if (!step) {
    throw new InputError(
      'UNKNOWN_DEADLINE',
      {
        nl: `termijn: ${displayValue(code)} is onbekend; verwacht een van: ${PAYROLL_CYCLE.map((s) => s.code).join(', ')}`,
        en: `deadline: ${displayValue(code)} is unknown; expected one of: ${PAYROLL_CYCLE.map((s) => s.code).join(', ')}`,
      },
      'deadline',
    );
  }
  const rulesDate = weekStart(week).toISODate()!;
  return computeDeadline(step, week, rulesDate, readShift(rulesDate, rules).shift, rules);
}
