import * as z from 'zod';
import type { DateTime } from 'luxon';
import { parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { toDate, toInstant } from '../calendar/zone.js';
import { isPublicHoliday } from '../calendar/holidays.js';
import { defaultRules } from '../rules/defaults.js';
import { getBoolean, getInteger, getString } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import {
  addRuleIssue, inputError, instantField, optional, optionalDateField, readFlag, readId, required, type FlagInput, type IdInput,
} from '../model/fields.js';
import { addWeeksToDate } from '../contracts/dates.js';
import { defineFindings, finding, ruleOf, type Finding } from './findings.js';

/*
 * Sick reports (DOMAIN.md §1, §7, §11; issue 5 §4). Two deadlines:
 * - back-office policy: before policy.sicknessReportBefore (09:30) on a regular working day
 *   (the worker's working days, Monday–Friday by default, not a CAO public holiday): the first
 *   one on or after the first day of sickness; or, when a shift starts on the first day of
 *   sickness, at least policy.sicknessReportHoursBeforeShift (3) hours before its start,
 *   counted in real elapsed time (a night with a DST change has 2 or 4 hours more or less on the
 *   clock, not in time). "Before 09:30": 09:29:59 is on time, 09:30 is late; "at least 3 hours
 *   before": exactly 3 hours before is on time.
 * - CAO: before sickness.reportBefore (10:00) on day 1 (NBBU art. 25): the same day as the
 *   policy's. The CAO is the default; the policy's is the back-office's own (stricter for day
 *   work) rule, so both are checked.
 * Waiting days: with agency clause the contract's policy.waitingDays (2), without it the CAO's
 * sickness.withoutClause.waitingDays (1), never more than the law's maximum
 * (sickness.law.maxWaitingDays). A new sickness less than sickness.law.sameCaseWithinWeeks (4)
 * weeks after recovery continues the earlier case: no new waiting days (BW 7:629 lid 10: periods
 * "separated by less than four weeks" are added up).
 */

export const SICKNESS_FINDINGS = defineFindings('sickness', {
  SICKNESS_REPORT_LATE: {
    severity: 'warning',
    meaning: {
      nl: 'De ziekmelding kwam na de termijn van de back-office (vóór 09:30 op een werkdag, of 3 uur voor de dienst).',
      en: 'The sick report came after the back-office deadline (before 09:30 on a working day, or 3 hours before the shift).',
    },
    source: 'Back-office working agreements (DOMAIN.md §1); policy.sicknessReportBefore, policy.sicknessReportHoursBeforeShift',
  },
  SICKNESS_REPORT_LATE_CAO: {
    severity: 'error',
    meaning: {
      nl: 'De ziekmelding kwam na de cao-termijn (dag 1 vóór 10:00).',
      en: 'The sick report came after the CAO deadline (day 1 before 10:00).',
    },
    source: 'CAO voor Uitzendkrachten, NBBU art. 25 (level1.nl); sickness.reportBefore',
  },
  SICKNESS_SAME_CASE: {
    severity: 'info',
    meaning: {
      nl: 'De ziekte begint minder dan 4 weken na herstel van de vorige: hetzelfde ziektegeval, geen nieuwe wachtdagen.',
      en: 'The sickness starts less than 4 weeks after recovery from the previous one: the same case, no new waiting days.',
    },
    source: 'BW 7:629 (pootarbeidsrecht.nl); sickness.law.sameCaseWithinWeeks',
  },
  SICKNESS_WAITING_DAYS_CAPPED: {
    severity: 'warning',
    meaning: {
      nl: 'De afgesproken wachtdagen zijn meer dan de wet toestaat; het wettelijke maximum geldt.',
      en: 'The agreed waiting days exceed what the law allows; the legal maximum applies.',
    },
    source: 'BW 7:629 lid 9; sickness.law.maxWaitingDays',
  },
});
const F = SICKNESS_FINDINGS;

function readWeekdays(value: unknown, field: string): number[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : null;
  const days = list?.map((v) => (typeof v === 'string' && /^\d$/.test(v.trim()) ? Number(v) : v));
  if (!days || days.length === 0 || !days.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw inputError('INVALID_WEEKDAYS', field, Array.isArray(value) ? value.join(',') : value, { nl: 'zijn geen weekdagen', en: 'are not weekdays' }, {
      nl: 'weekdagen 1 (maandag) t/m 7 (zondag), bijvoorbeeld 1,2,3,4,5',
      en: 'weekdays 1 (Monday) to 7 (Sunday), e.g. 1,2,3,4,5',
    });
  }
  return [...new Set(days as number[])].sort();
}

export const sicknessReportSchema = z
  .object({
    workerId: optional<IdInput, string>('workerId', readId),
    /** When the worker reported sick (Amsterdam wall clock without an offset). */
    reportedAt: instantField('reportedAt'),
    /** First day of sickness; default the day of the report. */
    sickFrom: optionalDateField('sickFrom'),
    /** The worker's contract has an agency clause. */
    withAgencyClause: required<FlagInput, boolean>('withAgencyClause', readFlag),
    /** First day fit after the previous sickness, if any. */
    previousRecoveredOn: optionalDateField('previousRecoveredOn'),
  })
  .superRefine((r, ctx) => {
    if (r.previousRecoveredOn && r.sickFrom && r.previousRecoveredOn > r.sickFrom) {
      addRuleIssue(ctx, ['previousRecoveredOn'], 'OUT_OF_RANGE', {
        nl: `${r.previousRecoveredOn} ligt na de eerste ziektedag ${r.sickFrom}; verwacht de hersteldatum van een eerdere ziekte`,
        en: `${r.previousRecoveredOn} is after the first day of sickness ${r.sickFrom}; expected the recovery date of an earlier sickness`,
      });
    }
  });

export const workScheduleSchema = z
  .object({
    /** Shifts around the first day of sickness (start required; Amsterdam wall clock without an offset). */
    shifts: z.array(z.object({ start: instantField('start') })).default([]),
    /** The worker's regular working days, 1 = Monday … 7 = Sunday; default Monday to Friday. */
    workingDays: optional<number[] | string, number[]>('workingDays', readWeekdays),
  })
  .default({ shifts: [], workingDays: undefined });

export type SicknessReportInput = z.input<typeof sicknessReportSchema>;
export type WorkScheduleInput = z.input<typeof workScheduleSchema>;

const reportLabels: FieldLabels = {
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  reportedAt: { nl: 'ziek gemeld op', en: 'reported sick at' },
  sickFrom: { nl: 'ziek vanaf', en: 'sick from' },
  withAgencyClause: { nl: 'met uitzendbeding', en: 'with agency clause' },
  previousRecoveredOn: { nl: 'hersteld op (vorige ziekte)', en: 'recovered on (previous sickness)' },
};
const scheduleLabels: FieldLabels = {
  shifts: { nl: 'diensten', en: 'shifts' },
  'shifts.start': { nl: 'begin dienst', en: 'shift start' },
  workingDays: { nl: 'werkdagen', en: 'working days' },
};

export interface SicknessReportCheck {
  readonly workerId?: string;
  /** The report instant (ISO with offset). */
  readonly reportedAt: string;
  readonly sickFrom: string;
  /** Which policy rule applied: a shift on the first day of sickness, or the working-day cut-off. */
  readonly regime: 'shift' | 'working-day';
  /** Policy deadline (ISO with offset). */
  readonly deadline: string;
  readonly onTime: boolean;
  /** Minutes after the policy deadline, a started minute counted whole (0 when on time, at least 1 when late). */
  readonly lateByMinutes: number;
  /** CAO deadline: day 1 before sickness.reportBefore. */
  readonly caoDeadline: string;
  readonly onTimeCao: boolean;
  /** Waiting days that apply to this sickness (0 when it continues an earlier case). */
  readonly waitingDays: number;
  readonly sameCase: boolean;
  /** With agency clause: the contract ends because of the sickness (only before 2023-07-01). */
  readonly contractEndsOnSickness: boolean;
  readonly findings: readonly Finding[];
}

function atClock(day: DateTime, clock: string): DateTime {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  // "24:00" is the end of the day: the next day's start.
  return h === 24 ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: h, minute: m, second: 0, millisecond: 0 });
}

const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true })!;
const clockText = (d: DateTime) => d.toFormat('yyyy-MM-dd HH:mm');

/**
 * Whether a sick report was on time, and the waiting days that apply (issue 5 §4). Throws
 * InvalidInputError on bad input and NoRuleError before the rule tables.
 */
export function sicknessReportOnTime(report: SicknessReportInput, schedule: WorkScheduleInput = {}, rules: RuleSet = defaultRules): SicknessReportCheck {
  const r = parseWith(sicknessReportSchema, report, { nl: 'ziekmelding', en: 'sick report' }, reportLabels);
  const s = parseWith(workScheduleSchema, schedule, { nl: 'rooster', en: 'work schedule' }, scheduleLabels);
  const reportedAt = toInstant(r.reportedAt, 'reportedAt');
  const sickFrom = r.sickFrom ?? reportedAt.toISODate()!;
  const first = toDate(sickFrom, 'sickFrom');
  const findings: Finding[] = [];
  const ref = { workerId: r.workerId, date: sickFrom };

  const shift = s.shifts
    .map((x) => toInstant(x.start, 'start'))
    .filter((start) => start.toISODate() === sickFrom)
    .sort((a, b) => a.toMillis() - b.toMillis())[0];

  let regime: 'shift' | 'working-day';
  let deadline: DateTime;
  let onTime: boolean;
  let workDay: DateTime;
  if (shift) {
    regime = 'shift';
    workDay = first;
    const hours = getInteger('policy.sicknessReportHoursBeforeShift', sickFrom, rules);
    // Luxon adds and subtracts hours in real elapsed time, so a DST change in between is right.
    deadline = shift.minus({ hours });
    onTime = reportedAt.toMillis() <= deadline.toMillis();
  } else {
    regime = 'working-day';
    const days = s.workingDays ?? [1, 2, 3, 4, 5];
    workDay = first;
    for (let i = 0; i < 14 && !(days.includes(workDay.weekday) && !isPublicHoliday(workDay, rules)); i++) workDay = workDay.plus({ days: 1 });
    deadline = atClock(workDay, getString('policy.sicknessReportBefore', sickFrom, rules));
    onTime = reportedAt.toMillis() < deadline.toMillis();
  }
  const caoDeadline = atClock(workDay, getString('sickness.reportBefore', sickFrom, rules));
  const onTimeCao = reportedAt.toMillis() < caoDeadline.toMillis();
  // Minutes after the deadline, a started minute counted whole (at least 1 when late).
  const lateByMinutes = onTime ? 0 : Math.max(1, Math.ceil((reportedAt.toMillis() - deadline.toMillis()) / 60000));

  if (!onTime) {
    const rule = regime === 'shift' ? 'policy.sicknessReportHoursBeforeShift' : 'policy.sicknessReportBefore';
    const when: Texts =
      regime === 'shift'
        ? { nl: `uiterlijk ${clockText(deadline)} (${getInteger(rule, sickFrom, rules)} uur voor de dienst van ${clockText(shift!)})`, en: `by ${clockText(deadline)} (${getInteger(rule, sickFrom, rules)} hours before the shift at ${clockText(shift!)})` }
        : { nl: `vóór ${clockText(deadline)}`, en: `before ${clockText(deadline)}` };
    findings.push(
      finding(F.SICKNESS_REPORT_LATE, {
        nl: `Ziekmelding op ${clockText(reportedAt)}, ${lateByMinutes} minuten te laat; de back-office vraagt een melding ${when.nl}.`,
        en: `Sick report at ${clockText(reportedAt)}, ${lateByMinutes} minutes late; the back-office asks for a report ${when.en}.`,
      }, { ref: { ...ref, field: 'reportedAt' }, rule: ruleOf(rule, sickFrom, rules) }),
    );
  }
  if (!onTimeCao) {
    findings.push(
      finding(F.SICKNESS_REPORT_LATE_CAO, {
        nl: `Ziekmelding op ${clockText(reportedAt)}: de cao vraagt een melding op dag 1 vóór ${clockText(caoDeadline)}, bij uitzender en inlener.`,
        en: `Sick report at ${clockText(reportedAt)}: the CAO asks for a report on day 1 before ${clockText(caoDeadline)}, to the agency and the hirer.`,
      }, { ref: { ...ref, field: 'reportedAt' }, rule: ruleOf('sickness.reportBefore', sickFrom, rules) }),
    );
  }

  // Waiting days.
  const agreed = r.withAgencyClause ? getInteger('policy.waitingDays', sickFrom, rules) : getInteger('sickness.withoutClause.waitingDays', sickFrom, rules);
  const max = getInteger('sickness.law.maxWaitingDays', sickFrom, rules);
  let waitingDays = agreed;
  if (agreed > max) {
    waitingDays = max;
    findings.push(
      finding(F.SICKNESS_WAITING_DAYS_CAPPED, {
        nl: `${agreed} wachtdagen afgesproken; de wet staat er hoogstens ${max} toe.`,
        en: `${agreed} waiting days agreed; the law allows at most ${max}.`,
      }, { ref, rule: ruleOf('sickness.law.maxWaitingDays', sickFrom, rules) }),
    );
  }
  let sameCase = false;
  if (r.previousRecoveredOn) {
    const weeks = getInteger('sickness.law.sameCaseWithinWeeks', sickFrom, rules);
    // Less than N weeks between recovery and the new sickness: the same case.
    if (sickFrom < addWeeksToDate(r.previousRecoveredOn, weeks)) {
      sameCase = true;
      waitingDays = 0;
      findings.push(
        finding(F.SICKNESS_SAME_CASE, {
          nl: `Hersteld op ${r.previousRecoveredOn}, opnieuw ziek op ${sickFrom}: minder dan ${weeks} weken, hetzelfde ziektegeval; geen nieuwe wachtdagen.`,
          en: `Recovered on ${r.previousRecoveredOn}, sick again on ${sickFrom}: less than ${weeks} weeks, the same case; no new waiting days.`,
        }, { ref: { ...ref, field: 'previousRecoveredOn' }, rule: ruleOf('sickness.law.sameCaseWithinWeeks', sickFrom, rules) }),
      );
    }
  }

  return {
    ...(r.workerId ? { workerId: r.workerId } : {}),
    reportedAt: iso(reportedAt),
    sickFrom,
    regime,
    deadline: iso(deadline),
    onTime,
    lateByMinutes,
    caoDeadline: iso(caoDeadline),
    onTimeCao,
    waitingDays,
    sameCase,
    contractEndsOnSickness: r.withAgencyClause && getBoolean('agencyClause.endsOnSickness', sickFrom, rules),
    findings,
  };
}
