import type { OverrideInput } from '../overrides.js';
import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * The back-office's working agreements (DOMAIN.md §1, §2, §7, §14): the policy layer's defaults.
 *
 * Deadlines are written relative to the work week W (ISO week, Monday–Sunday), Amsterdam wall
 * clock: "W+1 Tue 13:00" is Tuesday 13:00 of the week after W; "24:00" is the end of that day.
 * Where the agreements name a day but no time, we chose one, documented in the value's note:
 *  - "by <day>" and whole-day events (payroll run, payment) → 24:00, the end of that day;
 *  - the margin overview "by Monday of W+2" → 12:00, because the agency approves it before the
 *    margin payout on Monday afternoon (17:00).
 */

const AGREEMENTS = 'Back-office working agreements (DOMAIN.md §1)';
const WHOLE_DAY = 'Whole-day event; our choice: the end of that day (24:00).';

const deadline = (description: string) => ({ description, unit: 'deadline', kind: 'deadline' as const });

export const policySpecs: TopicSpecs = {
  'policy.registrationCutoff': deadline('New workers and hirers registered (onboarding complete) for work week W'),
  'policy.changeCutoff': deadline('Changes to rates, placements and jobs for work week W; later changes go to the next work week'),
  'policy.hoursDeadline': deadline('Approved hours, expense claims and fines delivered'),
  'policy.hirerApprovalPreferred': deadline('The hirer approves the hours, preferably by then (not a hard deadline)'),
  'policy.draftPayslips': deadline('Draft payslips sent (if requested), before this moment'),
  'policy.draftApproval': deadline('Draft payslips approved, before this moment'),
  'policy.payrollDay': deadline('Payroll and invoicing run'),
  'policy.paymentDay': deadline('Wages paid'),
  'policy.marginOverview': deadline('Margin overview delivered to the agency'),
  'policy.marginOverviewAim': deadline('Margin overview: the moment the back-office aims for (earlier than policy.marginOverview)'),
  'policy.marginPayout': deadline('Margin invoice and payout, after the agency approves the overview'),
  'policy.managementReport': deadline('Management report (revenue, payroll cost, margin) and open debtor list'),
  'policy.holidayShift': {
    description: 'A deadline that falls on a public holiday moves to the previous working day, stays, or moves to the next working day',
    unit: 'choice',
    kind: 'enum',
    values: ['previous-working-day', 'none', 'next-working-day'],
  },
  'policy.advanceRecoveryWeeks': {
    description: 'An advance is recovered from payroll within this many weeks once the documents are in; after that advancing stops and the balance is settled with the agency',
    unit: 'weeks',
    kind: 'integer',
  },
  'policy.advanceRequiresValidBsn': {
    description: 'No advance without a valid BSN (paying an advance is formally running payroll); without one the agency may advance itself',
    unit: 'yes/no',
    kind: 'boolean',
  },
  'policy.minContractHours': { description: 'Contracts with agency clause have at least this many fixed hours', unit: 'hours per week', kind: 'integer' },
  'policy.waitingDays': { description: 'Waiting days for sickness in the back-office contracts with agency clause', unit: 'days', kind: 'integer' },
  'policy.sicknessReportBefore': { description: 'Sick reports before this time on a regular working day (the CAO itself allows until sickness.reportBefore)', unit: 'HH:mm', kind: 'time' },
  'policy.sicknessReportHoursBeforeShift': { description: 'Shift work: a sick report at least this many hours before the shift starts', unit: 'hours', kind: 'integer' },
  'policy.creditInsuranceCover': { description: 'Share of an insured hirer debt the credit insurer pays on insolvency (the rest is own risk)', unit: 'fraction', kind: 'decimal' },
  'policy.creditCoverStopsAfterMonths': {
    description: 'Credit insurance cover normally stops this many months after the due date of the oldest unpaid invoice',
    unit: 'months',
    kind: 'integer',
  },
};

export const policyValues: LayerValues = {
  'policy.registrationCutoff': [at('2019-12-30', 'W-1 Fri 24:00', AGREEMENTS, { note: 'End of the Friday before the work week.' })],
  'policy.changeCutoff': [at('2019-12-30', 'W-1 Fri 24:00', AGREEMENTS, { note: 'End of the Friday before the work week; a later change applies from the next work week ("by Friday of week 1 for work in week 2, payroll in week 3").' })],
  'policy.hoursDeadline': [at('2019-12-30', 'W+1 Tue 13:00', AGREEMENTS)],
  'policy.hirerApprovalPreferred': [
    at('2019-12-30', 'W+1 Mon 24:00', 'Back-office working agreements, hirer approval in the portal "preferably Monday" (DOMAIN.md §1)', {
      note: 'A preference, not a deadline; our choice of time: the end of Monday.',
    }),
  ],
  'policy.draftPayslips': [at('2019-12-30', 'W+1 Wed 12:00', AGREEMENTS, { note: 'Only when the agency asks for draft payslips.' })],
  'policy.draftApproval': [at('2019-12-30', 'W+1 Wed 15:00', AGREEMENTS)],
  'policy.payrollDay': [at('2019-12-30', 'W+1 Wed 24:00', AGREEMENTS, { note: `Wednesday of W+1. ${WHOLE_DAY}` })],
  'policy.paymentDay': [at('2019-12-30', 'W+1 Thu 24:00', AGREEMENTS, { note: `Thursday of W+1. ${WHOLE_DAY}` })],
  'policy.marginOverview': [
    at('2019-12-30', 'W+2 Mon 12:00', AGREEMENTS, {
      note: '"By Monday of W+2"; our choice of 12:00 so the agency can approve the overview before the margin payout on Monday 17:00.',
    }),
  ],
  'policy.marginOverviewAim': [at('2019-12-30', 'W+1 Fri 24:00', AGREEMENTS, { note: `Aim: Friday of W+1. ${WHOLE_DAY}` })],
  'policy.marginPayout': [at('2019-12-30', 'W+2 Mon 17:00', AGREEMENTS, { note: 'Monday afternoon of W+2; 17:00 is the default DOMAIN.md names.' })],
  'policy.managementReport': [at('2019-12-30', 'W+2 Tue 17:00', AGREEMENTS, { note: 'Tuesday afternoon of W+2; 17:00 is the default DOMAIN.md names.' })],
  'policy.holidayShift': [
    at('2019-12-30', 'previous-working-day', 'Our choice (DOMAIN.md §1): the working agreements are silent', {
      note: 'A deadline on a public holiday (DOMAIN.md §12) moves to the previous working day, so nothing is late because of the holiday.',
    }),
  ],
  'policy.advanceRecoveryWeeks': [at('2019-12-30', 2, 'Back-office working agreements (DOMAIN.md §2)')],
  'policy.advanceRequiresValidBsn': [at('2019-12-30', true, 'Back-office working agreements (DOMAIN.md §2)')],
  'policy.minContractHours': [
    at('2019-12-30', 4, 'Back-office working agreements (DOMAIN.md §7)', { note: 'The agreements say "at least 4 fixed hours"; read as hours per week.' }),
  ],
  'policy.waitingDays': [at('2019-12-30', 2, 'Back-office working agreements (DOMAIN.md §7)')],
  'policy.sicknessReportBefore': [at('2019-12-30', '09:30', AGREEMENTS, { note: 'The CAO itself says before 10:00 on day 1 (NBBU art. 25, level1.nl): sickness.reportBefore.' })],
  'policy.sicknessReportHoursBeforeShift': [at('2019-12-30', 3, AGREEMENTS)],
  'policy.creditInsuranceCover': [at('2019-12-30', '0.90', 'Back-office working agreements, atradius.be (DOMAIN.md §14)', { note: 'The back-office insures with Atradius; 10 % is own risk.' })],
  'policy.creditCoverStopsAfterMonths': [at('2019-12-30', 2, 'atradius.be glossary (DOMAIN.md §14)')],
};

/**
 * The working agreements' "agency clause for 78 weeks" (DOMAIN.md §7) is the pre-2022 CAO rule.
 * It is NOT the default; apply this override only to a placement whose phase-A count started
 * before 2022-01-03. By the min() rule of phase.A.weeks / phase.A.weeksByStartDate (phases.ts)
 * it cannot lengthen a count that started later.
 */
export const LEGACY_78_WEEKS_OVERRIDE: OverrideInput = Object.freeze({
  layer: 'placement' as const,
  id: 'placement:legacy-78-weeks',
  title: 'Working agreements: agency clause for 78 weeks (old rule)',
  source: 'Back-office working agreements: "agency clause for 78 weeks" (the pre-2022 CAO rule, DOMAIN.md §7)',
  parameters: { 'phase.A.weeks': 78 },
});
