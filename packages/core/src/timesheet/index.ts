/**
 * The timesheet control list: validateTimesheet(lines, context) → findings and a summary
 * (issue 5 §6; codes in docs/findings.md).
 */
export { validateTimesheet } from './validate.js';
export { TIMESHEET_FINDINGS, TIMESHEET_CODES } from './codes.js';
export type { TimesheetCode } from './codes.js';
export { OVERNIGHT_START_FROM, OVERNIGHT_END_UNTIL } from './lines.js';
export type {
  TimesheetLine, TimesheetWorker, TimesheetHirer, TimesheetPlacement, TimesheetContext, TimesheetStatus, InstantInput,
  TimesheetFinding, TimesheetFindingRef, TimesheetResult, TimesheetSummary,
} from './types.js';
