import { InputError, type Texts } from '../errors/index.js';
import { parseHirerPayProfile, type HirerPayProfile } from '../hirer-pay/profile.js';
import type { IsoWeekInput } from '../calendar/iso-week.js';
import type { RuleSet } from '../rules/types.js';
import { validateTimesheet } from '../timesheet/validate.js';
import type {
  InstantInput, TimesheetContext, TimesheetFinding, TimesheetPlacement, TimesheetSummary,
} from '../timesheet/types.js';
import type { WorkerInput } from '../model/worker.js';
import type { HirerInput } from '../model/hirer.js';
import type { PlacementInput } from '../model/placement.js';
import { toHirerInput, toHirerPayProfileInputs, toHourLines, toPlacementInputs, toWorkerInput, type SheetHourLine } from './model.js';
import { cellRef, type AgencyWorkbook, type SheetRead } from './read.js';
import type { CellRef, DefaultApplied, WorkbookProblem } from './problems.js';

/*
 * The control list of an agency workbook, shared by the command line and the task pane so the
 * two can never disagree: the sheets read by readAgencyWorkbook become validateTimesheet's lines
 * and context in one place, and every finding gets the cell it points at.
 */

export interface ControlListOptions {
  /** The moment of the check (see TimesheetContext.asOf); absent: every deadline counts as passed. */
  readonly asOf?: InstantInput;
  /** Only lines of these ISO weeks get findings (the others still count as context). */
  readonly weeks?: { readonly from: IsoWeekInput; readonly to: IsoWeekInput };
  /** Rule set (CAO and overrides); default: defaultRules. */
  readonly rules?: RuleSet;
  /**
   * Hirer pay profiles kept outside the HirerPay sheet (the task pane keeps them in the workbook
   * itself), as parseHirerPayProfile input. A profile with the id of a HirerPay profile replaces
   * it. With neither these nor a HirerPay sheet the profile checks are skipped.
   */
  readonly profiles?: readonly unknown[];
}

/** What validateTimesheet gets for the workbook, and the rows that could not be used. */
export interface TimesheetInputFromWorkbook {
  readonly lines: SheetHourLine[];
  readonly context: TimesheetContext;
  /** Placement or profile rows that disagree, profiles that do not pass validation. */
  readonly problems: WorkbookProblem[];
}

/** A finding with the cell it points at (the column of its field on the row of its line). */
export interface ControlListFinding extends TimesheetFinding {
  readonly cell?: CellRef;
  /**
   * Where a clerk fixes it when the cause is not the hours line but a worker, hirer, placement or
   * hirer pay profile (examples/README.md: "Row is where a clerk fixes the mistake"): that
   * record's row, and the column of the cause where there is one.
   */
  readonly cause?: CellRef;
}

export interface ControlList {
  /** validateTimesheet's findings in its order, each with its cell where the column exists. */
  readonly findings: readonly ControlListFinding[];
  readonly summary: TimesheetSummary;
  /**
   * Cells that could not be read (their rows were left out), placement or profile rows that
   * disagree, profiles that do not validate: the reader's problems first, then the context's.
   */
  readonly problems: readonly WorkbookProblem[];
  /** Defaults the reader applied (always reported). */
  readonly defaults: readonly DefaultApplied[];
}

/**
 * Reference findings that only say a sheet is absent (every line would get one): where that sheet
 * is absent its checks are skipped and said once, and the lines are not left out of the margin.
 */
export const ABSENT_SHEET_CODES: Readonly<Record<string, 'Workers' | 'Placements' | 'Hirers'>> = {
  WORKER_UNKNOWN: 'Workers',
  PLACEMENT_UNKNOWN: 'Placements',
  HIRER_UNKNOWN: 'Hirers',
};

function profileProblem(id: string, rows: readonly CellRef[], error: InputError): WorkbookProblem {
  const first = rows[0];
  const where: Texts = first
    ? { nl: `Blad ${first.sheet}, rij ${first.row}: `, en: `Sheet ${first.sheet}, row ${first.row}: ` }
    : { nl: `Profiel ${id}: `, en: `Profile ${id}: ` };
  return {
    code: 'PROFILE_INVALID',
    severity: 'error',
    message: { nl: `${where.nl}${error.texts.nl}`, en: `${where.en}${error.texts.en}` },
    ref: first ?? { sheet: '', sheetKey: 'HirerPay', row: 0 },
  };
}

/**
 * The hirer pay profiles of the HirerPay sheet and of `extra` (which win on the same id), parsed.
 * undefined when there are neither: the profile checks are then skipped.
 */
function profilesOf(wb: AgencyWorkbook, extra: readonly unknown[] | undefined, problems: WorkbookProblem[]): HirerPayProfile[] | undefined {
  const sheet = wb.sheets.HirerPay;
  if (!sheet && extra === undefined) return undefined;
  const byId = new Map<string, HirerPayProfile>();
  const anonymous: HirerPayProfile[] = [];
  if (sheet) {
    const grouped = toHirerPayProfileInputs(sheet.records);
    problems.push(...grouped.problems);
    for (const input of grouped.profiles) {
      const { rows, ...profile } = input;
      try {
        const parsed = parseHirerPayProfile(profile);
        byId.set(String(parsed.id ?? input.id), parsed);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems.push(profileProblem(String(input.id), rows, e));
      }
    }
  }
  for (const input of extra ?? []) {
    // The task pane validates its profiles when they are saved; one that no longer parses is reported.
    try {
      const parsed = parseHirerPayProfile(input);
      if (parsed.id === undefined) anonymous.push(parsed);
      else byId.set(parsed.id, parsed);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const id = typeof input === 'object' && input !== null && 'id' in input ? String((input as { id: unknown }).id) : '?';
      problems.push(profileProblem(id, [], e));
    }
  }
  return [...byId.values(), ...anonymous];
}

/**
 * validateTimesheet's lines and context for a workbook read by readAgencyWorkbook: hours lines
 * from the Hours sheet, workers, hirers and placements (one per placement id, with the hirer pay
 * profile its first row names), and the hirer pay profiles.
 */
export function timesheetInputFromWorkbook(wb: AgencyWorkbook, options: ControlListOptions = {}): TimesheetInputFromWorkbook {
  const problems: WorkbookProblem[] = [];
  const lines = toHourLines(wb.sheets.Hours?.records ?? []);
  const workers: WorkerInput[] = (wb.sheets.Workers?.records ?? []).map(toWorkerInput);
  const hirers: HirerInput[] = (wb.sheets.Hirers?.records ?? []).map(toHirerInput);
  const placementRows = wb.sheets.Placements?.records ?? [];
  const grouped = toPlacementInputs(placementRows);
  problems.push(...grouped.problems);
  const profileIdOf = new Map<string, string>();
  for (const r of placementRows) {
    if (r.hirerPayProfileId !== undefined && !profileIdOf.has(r.id)) profileIdOf.set(r.id, r.hirerPayProfileId);
  }
  const placements: TimesheetPlacement[] = grouped.placements.map((p: PlacementInput & { rows: CellRef[] }) => {
    const { rows: _rows, ...placement } = p;
    const profileId = profileIdOf.get(String(placement.id));
    return { ...(placement as unknown as TimesheetPlacement), ...(profileId !== undefined ? { hirerPayProfileId: profileId } : {}) };
  });
  const hirerPayProfiles = profilesOf(wb, options.profiles, problems);
  const context: TimesheetContext = {
    workers,
    hirers,
    placements,
    ...(hirerPayProfiles !== undefined ? { hirerPayProfiles } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.weeks !== undefined ? { weeks: options.weeks } : {}),
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
  };
  return { lines, context, problems };
}

/** The cell of a finding: its field's column on its row, in the sheet it names (or the Hours sheet). */
function cellOfFinding(wb: AgencyWorkbook, f: TimesheetFinding): CellRef | undefined {
  const row = f.ref.row;
  if (row === undefined) return undefined;
  const sheets = Object.values(wb.sheets) as (SheetRead | undefined)[];
  const sheet = (f.ref.sheet !== undefined ? sheets.find((s) => s?.sheet === f.ref.sheet) : undefined) ?? wb.sheets.Hours;
  if (!sheet) return undefined;
  return cellRef(sheet as SheetRead, row, f.ref.field);
}

/** Codes whose cause is a record in another sheet, and the column of the cause (none: the record's row). */
const CAUSES: Readonly<Record<string, { readonly sheet: 'Workers' | 'Hirers' | 'Placements' | 'HirerPay'; readonly field?: string }>> = {
  WORKER_REGISTERED_LATE: { sheet: 'Workers', field: 'registeredAt' },
  BSN_INVALID: { sheet: 'Workers', field: 'bsn' },
  DOSSIER_INCOMPLETE: { sheet: 'Workers' },
  HIRER_REGISTERED_LATE: { sheet: 'Hirers', field: 'registeredAt' },
  HIRER_PAY_PROFILE_MISSING: { sheet: 'Placements', field: 'job' },
  BELOW_CONTRACT_HOURS: { sheet: 'Placements', field: 'contractHoursPerWeek' },
  HIRER_PAY_PROFILE_UNSIGNED: { sheet: 'HirerPay', field: 'signedAt' },
  HIRER_PAY_PROFILE_INCOMPLETE: { sheet: 'HirerPay', field: 'complete' },
};

const jobKey = (hirerId: string, job: string) => `${hirerId}\u0000${job.trim().toLowerCase()}`;

/** The first row of each worker, hirer, placement and profile, to point at the cause of a finding. */
class CauseLocator {
  private readonly workers = new Map<string, number>();
  private readonly hirers = new Map<string, number>();
  private readonly placements = new Map<string, { row: number; hirerId: string; job: string; profileId?: string }>();
  private readonly profilesById = new Map<string, { row: number; validFrom: string }>();
  private readonly profilesByJob = new Map<string, { row: number; validFrom: string }[]>();

  constructor(private readonly wb: AgencyWorkbook) {
    const first = <T extends { ref: { row: number } }>(map: Map<string, number>, rows: readonly T[], id: (r: T) => string) => {
      for (const r of rows) if (!map.has(id(r))) map.set(id(r), r.ref.row);
    };
    first(this.workers, wb.sheets.Workers?.records ?? [], (r) => r.id);
    first(this.hirers, wb.sheets.Hirers?.records ?? [], (r) => r.id);
    for (const r of wb.sheets.Placements?.records ?? []) {
      if (this.placements.has(r.id)) continue;
      this.placements.set(r.id, { row: r.ref.row, hirerId: r.hirerId, job: r.job, ...(r.hirerPayProfileId !== undefined ? { profileId: r.hirerPayProfileId } : {}) });
    }
    for (const r of wb.sheets.HirerPay?.records ?? []) {
      const known = this.profilesById.get(r.profileId);
      if (known) {
        if (r.validFrom < known.validFrom) known.validFrom = r.validFrom;
        continue;
      }
      const entry = { row: r.ref.row, validFrom: r.validFrom };
      this.profilesById.set(r.profileId, entry);
      const key = jobKey(r.hirerId, r.job);
      this.profilesByJob.set(key, [...(this.profilesByJob.get(key) ?? []), entry]);
    }
  }

  /** The profile in force for the placement on the date, as validateTimesheet picks it: named, else the hirer's for the job. */
  private profileRow(placementId: string | undefined, date: string | undefined): number | undefined {
    const p = placementId !== undefined ? this.placements.get(placementId) : undefined;
    if (!p) return undefined;
    if (p.profileId !== undefined) return this.profilesById.get(p.profileId)?.row;
    let found: { row: number; validFrom: string } | undefined;
    for (const c of this.profilesByJob.get(jobKey(p.hirerId, p.job)) ?? []) {
      if (date !== undefined && c.validFrom > date) continue;
      if (!found || c.validFrom >= found.validFrom) found = c;
    }
    return found?.row;
  }

  of(f: TimesheetFinding): CellRef | undefined {
    const cause = CAUSES[f.code];
    if (!cause) return undefined;
    const sheet = this.wb.sheets[cause.sheet] as SheetRead | undefined;
    if (!sheet) return undefined;
    const r = f.ref;
    let row: number | undefined;
    if (cause.sheet === 'Workers') row = r.workerId !== undefined ? this.workers.get(r.workerId) : undefined;
    else if (cause.sheet === 'Hirers') {
      const hirerId = r.hirerId ?? (r.placementId !== undefined ? this.placements.get(r.placementId)?.hirerId : undefined);
      row = hirerId !== undefined ? this.hirers.get(hirerId) : undefined;
    } else if (cause.sheet === 'Placements') row = r.placementId !== undefined ? this.placements.get(r.placementId)?.row : undefined;
    else row = this.profileRow(r.placementId, r.date);
    return row === undefined ? undefined : cellRef(sheet, row, cause.field);
  }
}

/**
 * The control list of a workbook: validateTimesheet over its Hours sheet with its workers,
 * hirers, placements and hirer pay profiles, each finding with its cell (and the cell of its cause
 * in another sheet, where it has one); plus what the reader and
 * the context could not use.
 */
export function controlListFromWorkbook(wb: AgencyWorkbook, options: ControlListOptions = {}): ControlList {
  const input = timesheetInputFromWorkbook(wb, options);
  const result = validateTimesheet(input.lines, input.context);
  const causes = new CauseLocator(wb);
  const findings = result.findings.map((f): ControlListFinding => {
    const cell = cellOfFinding(wb, f);
    const cause = causes.of(f);
    return { ...f, ...(cell ? { cell } : {}), ...(cause ? { cause } : {}) };
  });
  return { findings, summary: result.summary, problems: [...wb.problems, ...input.problems], defaults: wb.defaults };
}
