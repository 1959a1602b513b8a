import type { DateTime } from 'luxon';
import type { Decimal } from '../money/index.js';
import type { RuleSet } from '../rules/types.js';
import type { IsoWeekInput } from '../calendar/iso-week.js';
import type { Finding, FindingRef, Severity } from '../compliance/findings.js';
import type { Worker, WorkerInput } from '../model/worker.js';
import type { HirerPayProfile } from '../hirer-pay/profile.js';

/*
 * The inputs and outputs of validateTimesheet. Inputs are structural: the model's HourLine,
 * Worker, Hirer and Placement fit, and so do the workbook reader's records (SheetHourLine with
 * `endDate` and `ref`), so the CLI and the task pane pass what they already have.
 */

/** Line statuses of the hirer approval flow (DOMAIN.md §1). */
export type TimesheetStatus = 'entered' | 'submitted' | 'approved' | 'rejected';

/** An instant as the model keeps it (ISO text with or without offset), a luxon DateTime or a JS Date. */
export type InstantInput = string | DateTime | Date;

/**
 * One timesheet line: a worker's hours on one date for one placement.
 *
 * Times: `start`/`end` are Amsterdam wall-clock "HH:mm" ("24:00" ends the day). How an overnight
 * shift is written:
 * - with `endDate`: the shift ends on that date at `end` (any length; a shift over 24 h is
 *   HOURS_OVER_24, an end not after the start is END_BEFORE_START);
 * - without `endDate`: the shift ends on `date`, or, when `end` is before `start`, on the next
 *   day, provided the shift starts at or after 12:00 and ends at or before 12:00 (22:00–06:00,
 *   14:00–02:00). Any other end before or equal to the start (09:00–08:00, 08:00–08:00) is
 *   END_BEFORE_START: probably swapped or mistyped. A genuine shift that long needs an end date.
 * Elapsed time is real time (a shift over a DST change is an hour shorter or longer).
 * `hours` is the time worked excluding breaks; with start and end it is a cross-check.
 */
export interface TimesheetLine {
  /** Spreadsheet row (the model's HourLine.row). */
  readonly row?: number;
  /** Where the workbook reader found the line (SheetHourLine.ref). */
  readonly ref?: { readonly sheet?: string; readonly row: number };
  readonly id?: string;
  readonly workerId: string;
  readonly placementId: string;
  /** ISO date (yyyy-MM-dd) on which the shift starts. */
  readonly date: string;
  readonly start?: string;
  readonly end?: string;
  /** ISO date on which the shift ends (optional; see above). */
  readonly endDate?: string;
  readonly breakMinutes?: number;
  /** Hours worked excluding breaks, exact to the minute. */
  readonly hours?: Decimal | number;
  readonly status: TimesheetStatus | string;
  readonly approvedBy?: string;
  readonly approvedAt?: InstantInput;
  /** Signed timesheet or week note received. */
  readonly proof?: boolean;
}

/**
 * A worker as the model takes it (WorkerInput, e.g. from the workbook's toWorkerInput, or a parsed
 * Worker): the same record dossierStatus reads. An invalid BSN is allowed here: it becomes
 * BSN_INVALID. A contractor (type 'contractor') needs no BSN and is no employee under the Working
 * Hours Act; the birth date decides the 16–17 rules.
 */
export type TimesheetWorker = WorkerInput | Worker;

/** What validateTimesheet needs of a hirer (the model's Hirer fits). */
export interface TimesheetHirer {
  readonly id: string | number;
  readonly registeredAt?: InstantInput;
  /** Signed timesheets or week notes required before payroll and invoicing (true, or ja/yes). */
  readonly requiresHoursProof?: boolean | string | number | null;
}

/** What validateTimesheet needs of a placement (the model's Placement fits). */
export interface TimesheetPlacement {
  readonly id: string | number;
  readonly workerId: string | number;
  readonly hirerId: string | number;
  readonly job?: string;
  /** Dates (ISO text, a DateTime or a Date), end inclusive. */
  readonly start: string | DateTime | Date;
  readonly end?: string | DateTime | Date | null;
  /** Fixed hours per week of the contract (7,5 / 7.5 / 7:30 as text too). */
  readonly contractHoursPerWeek?: Decimal | number | string | null;
  /** The hirer pay profile that applies, when the workbook names one. */
  readonly hirerPayProfileId?: string | number;
}

export interface TimesheetContext {
  readonly workers: Iterable<TimesheetWorker>;
  readonly hirers: Iterable<TimesheetHirer>;
  readonly placements: Iterable<TimesheetPlacement>;
  /**
   * Hirer pay profiles (parsed with parseHirerPayProfile). Absent: the profile checks are
   * skipped; an empty list: every placement lacks one (HIRER_PAY_PROFILE_MISSING).
   */
  readonly hirerPayProfiles?: Iterable<HirerPayProfile>;
  /**
   * The moment of the check. Unapproved hours whose deadline (Tuesday 13:00 after the work
   * week) is still ahead are a warning, after it an error. Without `asOf` every deadline counts
   * as passed (the strictest reading; the result does not depend on the clock).
   */
  readonly asOf?: InstantInput;
  /**
   * Only lines of these ISO work weeks get findings (inclusive). Lines outside still count as
   * context: rest before the first shift, week totals, 4- and 16-week averages, overlaps.
   */
  readonly weeks?: { readonly from: IsoWeekInput; readonly to: IsoWeekInput };
  /** Rule set (defaults: defaultRules). */
  readonly rules?: RuleSet;
}

/** Where a timesheet finding points. */
export interface TimesheetFindingRef extends FindingRef {
  /** The other line of a duplicate, an overlap or a rest that is too short. */
  readonly otherRow?: number;
}

export interface TimesheetFinding extends Finding {
  readonly ref: TimesheetFindingRef;
}

export interface TimesheetSummary {
  /** Lines in the input. */
  readonly lines: number;
  /** Lines that were checked (inside `weeks`, or all). */
  readonly linesChecked: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byCode: Readonly<Record<string, number>>;
  /** ISO weeks of the checked lines, first and last ("2026-W10"); absent without lines. */
  readonly firstWeek?: string;
  readonly lastWeek?: string;
}

export interface TimesheetResult {
  /** Sorted by row, then code (findings without a row last, by week, then code). */
  readonly findings: readonly TimesheetFinding[];
  readonly summary: TimesheetSummary;
}
