import type { Texts } from '../errors/index.js';

/**
 * The back-office's weekly cycle (DOMAIN.md §1): register in week 1, work in week 2, payroll and
 * invoicing in week 3. Each step names the policy parameter that says when it is due; the
 * moments themselves live in the rule tables (policy layer), never here.
 */
export const DEADLINE_CODES = [
  'registration',
  'changes',
  'hirerApproval',
  'hours',
  'draftPayslips',
  'draftApproval',
  'payrollRun',
  'payment',
  'marginOverviewAim',
  'marginOverview',
  'marginPayout',
  'managementReport',
] as const;
export type DeadlineCode = (typeof DEADLINE_CODES)[number];

export interface CycleStep {
  readonly code: DeadlineCode;
  readonly parameter: string;
  /**
   * 'deadline': something must be delivered by this moment; 'event': the back-office does
   * something on that day (the time is when it is done at the latest); 'aim': a target, not a
   * deadline.
   */
  readonly kind: 'deadline' | 'event' | 'aim';
  readonly label: Texts;
}

export const PAYROLL_CYCLE: readonly CycleStep[] = [
  {
    code: 'registration',
    parameter: 'policy.registrationCutoff',
    kind: 'deadline',
    label: { nl: 'Nieuwe uitzendkrachten en inleners ingeschreven', en: 'New workers and hirers registered' },
  },
  {
    code: 'changes',
    parameter: 'policy.changeCutoff',
    kind: 'deadline',
    label: { nl: 'Wijzigingen in tarieven, plaatsingen en functies', en: 'Changes to rates, placements and jobs' },
  },
  {
    code: 'hirerApproval',
    parameter: 'policy.hirerApprovalPreferred',
    kind: 'aim',
    label: { nl: 'Uren goedgekeurd door de inlener (bij voorkeur)', en: 'Hours approved by the hirer (preferably)' },
  },
  {
    code: 'hours',
    parameter: 'policy.hoursDeadline',
    kind: 'deadline',
    label: { nl: 'Goedgekeurde uren, declaraties en boetes aangeleverd', en: 'Approved hours, expense claims and fines delivered' },
  },
  {
    code: 'draftPayslips',
    parameter: 'policy.draftPayslips',
    kind: 'deadline',
    label: { nl: 'Proefloonstroken verstuurd (op verzoek)', en: 'Draft payslips sent (if requested)' },
  },
  {
    code: 'draftApproval',
    parameter: 'policy.draftApproval',
    kind: 'deadline',
    label: { nl: 'Proefloonstroken goedgekeurd', en: 'Draft payslips approved' },
  },
  {
    code: 'payrollRun',
    parameter: 'policy.payrollDay',
    kind: 'event',
    label: { nl: 'Verloning en facturatie', en: 'Payroll and invoicing run' },
  },
  {
    code: 'payment',
    parameter: 'policy.paymentDay',
    kind: 'event',
    label: { nl: 'Loon uitbetaald', en: 'Wages paid' },
  },
  {
    code: 'marginOverviewAim',
    parameter: 'policy.marginOverviewAim',
    kind: 'aim',
    label: { nl: 'Margeoverzicht (streefdatum)', en: 'Margin overview (aim)' },
  },
  {
    code: 'marginOverview',
    parameter: 'policy.marginOverview',
    kind: 'deadline',
    label: { nl: 'Margeoverzicht geleverd', en: 'Margin overview delivered' },
  },
  {
    code: 'marginPayout',
    parameter: 'policy.marginPayout',
    kind: 'event',
    label: { nl: 'Margefactuur en uitbetaling marge (na akkoord uitzender)', en: 'Margin invoice and payout (after the agency approves)' },
  },
  {
    code: 'managementReport',
    parameter: 'policy.managementReport',
    kind: 'deadline',
    label: { nl: 'Managementrapportage en debiteurenlijst', en: 'Management report and open debtor list' },
  },
];
