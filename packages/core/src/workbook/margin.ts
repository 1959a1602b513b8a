import { toIsoDate } from '../calendar/zone.js';
import { formatIsoWeek, isoWeekOf, toIsoWeek, weekEnd, weekStart, type IsoWeekInput } from '../calendar/iso-week.js';
import type { Finding } from '../compliance/findings.js';
import type { HourlyCostModelInput } from '../cost/input.js';
import type { HirerPayProfile } from '../hirer-pay/profile.js';
import { marginOverview, type MarginOverview } from '../margin/overview.js';
import { priceHourLines } from '../margin/price.js';
import type { PricedLine } from '../margin/lines.js';
import type { PlacementInput } from '../model/placement.js';
import type { RuleSet } from '../rules/types.js';
import type { TimesheetContext } from '../timesheet/types.js';
import { validateTimesheet } from '../timesheet/validate.js';
import { ABSENT_SHEET_CODES, timesheetInputFromWorkbook } from './control-list.js';
import { toPlacementInputs, type SheetHourLine } from './model.js';
import type { AgencyWorkbook } from './read.js';

/*
 * The margin overview of one work week of an agency workbook (DOMAIN.md §1, §15), shared by the
 * command line and the task pane so their totals are the same:
 *   the week's hours lines → priceHourLines (the agreement in force; the hirer pay profile's
 *   surcharges and overtime through shiftPay; the billed rate per category; the loaded cost per
 *   hour with the employer's cost choices) → marginOverview (sums of rounded lines).
 * Left out, each with its reason:
 * - lines the control list finds wrong in themselves, which cannot be priced until fixed
 *   (impossible times or hours, unknown placement or worker, a date outside the placement, the
 *   second of two identical lines);
 * - lines of an employee without a birth date (the payroll cost depends on the age).
 * Lines that are not approved are priced and then left out by marginOverview with its own
 * finding. A self-employed contractor has no employer premiums and no hirer pay: the cost of his
 * hour is his fee, billed at the agreed rate.
 */

/** Timesheet codes that make a line unusable for pricing: the line itself is wrong. */
export const UNPRICEABLE_CODES: ReadonlySet<string> = new Set([
  'END_BEFORE_START', 'HOURS_NEGATIVE', 'HOURS_OVER_24', 'PLACEMENT_UNKNOWN', 'PLACEMENT_WORKER_MISMATCH', 'WORKER_UNKNOWN', 'HIRER_UNKNOWN',
  'OUTSIDE_PLACEMENT', 'DUPLICATE_LINE',
]);

/** One agency per workbook: its id only ties the lines to the margin invoice. */
export const WORKBOOK_AGENCY_ID = 'agency';

export interface WorkbookMarginOptions {
  /** The employer's cost choices (employerSize and whk at least), as hourlyCostModel takes them. */
  readonly cost: Partial<HourlyCostModelInput>;
  readonly rules?: RuleSet;
  /** Hirer pay profiles kept outside the HirerPay sheet (parseHirerPayProfile input); same id wins. */
  readonly profiles?: readonly unknown[];
}

export interface LeftOutLine {
  /** Row of the line in the Hours sheet. */
  readonly row: number;
  /** Why: the timesheet code, or BIRTH_DATE_MISSING. */
  readonly code: string;
}

export interface WorkbookMargin {
  /** The week, or "2026-W06 – 2026-W10" for a range. */
  readonly week: string;
  readonly weeks: { readonly from: string; readonly to: string };
  readonly overview: MarginOverview;
  /** Hours lines dated in the week. */
  readonly linesInWeek: number;
  readonly leftOut: readonly LeftOutLine[];
  /** Findings of pricing (pay profiles) and of the overview (not approved, negative margin …). */
  readonly findings: readonly Finding[];
}

/**
 * Each placement's profile: the one its first row names, else the hirer's profile for its job. A
 * contractor is no employee: hirer pay (CAO art. 16) does not apply to his fee.
 */
function profilesByPlacement(
  context: TimesheetContext, placements: readonly PlacementInput[], contractors: ReadonlySet<string>,
): Record<string, HirerPayProfile> {
  // Parsed once by timesheetInputFromWorkbook (sheet, then `extra` winning on the same id); one that
  // does not parse is left out there (the control list reports it) and its lines are priced at the agreed wage.
  const job = (s: unknown) => String(s ?? '').trim().toLowerCase();
  const byId = new Map<string, HirerPayProfile>();
  for (const p of context.hirerPayProfiles ?? []) if (p.id !== undefined) byId.set(p.id, p);
  const byJob = new Map<string, HirerPayProfile>();
  for (const p of byId.values()) {
    const key = `${p.hirerId}\u0000${job(p.job)}`;
    if (!byJob.has(key)) byJob.set(key, p);
  }
  // The profile the placement's first row names, as timesheetInputFromWorkbook attached it.
  const named = new Map<string, string>();
  for (const p of context.placements) if (p.hirerPayProfileId !== undefined) named.set(String(p.id), String(p.hirerPayProfileId));
  const out: Record<string, HirerPayProfile> = {};
  for (const p of placements) {
    const id = String(p.id);
    if (contractors.has(id)) continue;
    const name = named.get(id);
    const found = name !== undefined ? byId.get(name) : byJob.get(`${String(p.hirerId)}\u0000${job(p.job)}`);
    if (found) out[id] = found;
  }
  return out;
}

/**
 * The margin overview of `week` (or the weeks `from` to `to`) for an agency workbook (see the header for what counts). Throws
 * an InputError when the cost choices are incomplete (employer size, Whk premium) or a line
 * cannot be priced for a reason the control list does not know (e.g. no agreement on its date).
 */
export function marginFromWorkbook(
  wb: AgencyWorkbook, week: IsoWeekInput | { readonly from: IsoWeekInput; readonly to: IsoWeekInput }, options: WorkbookMarginOptions,
): WorkbookMargin {
  const range = typeof week === 'object' && week !== null && 'from' in week && 'to' in week ? week : { from: week, to: week };
  const weeks = { from: formatIsoWeek(toIsoWeek(range.from, 'from')), to: formatIsoWeek(toIsoWeek(range.to, 'to')) };
  const label = weeks.from === weeks.to ? weeks.from : `${weeks.from} – ${weeks.to}`;
  const monday = toIsoDate(weekStart(weeks.from));
  const sunday = toIsoDate(weekEnd(weeks.to).minus({ days: 1 }));

  // What the control list finds wrong in the week's lines.
  const input = timesheetInputFromWorkbook(wb, { ...(options.rules ? { rules: options.rules } : {}), ...(options.profiles ? { profiles: options.profiles } : {}) });
  const inWeek = input.lines.filter((l) => l.date >= monday && l.date <= sunday);
  const checked = validateTimesheet(input.lines, { ...input.context, weeks });
  const wrong = new Map<number, string>();
  for (const f of checked.findings) {
    const row = f.ref.row;
    const absentSheet = ABSENT_SHEET_CODES[f.code];
    if (absentSheet !== undefined && wb.sheets[absentSheet] === undefined) continue;
    if (row !== undefined && UNPRICEABLE_CODES.has(f.code) && !wrong.has(row)) wrong.set(row, f.code);
  }

  const workers = wb.sheets.Workers?.records ?? [];
  const contractorIds = new Set(workers.filter((w) => w.type === 'contractor').map((w) => w.id));
  const birthDates = new Map(workers.map((w) => [w.id, w.birthDate]));
  const placementRows = wb.sheets.Placements?.records ?? [];
  const contractorPlacements = new Set(placementRows.filter((p) => contractorIds.has(p.workerId)).map((p) => p.id));
  const noBirthDate = new Set(
    wb.sheets.Workers
      ? placementRows.filter((p) => !contractorPlacements.has(p.id) && birthDates.get(p.workerId) === undefined).map((p) => p.id)
      : [],
  );

  const usable: SheetHourLine[] = [];
  const leftOut: LeftOutLine[] = [];
  for (const l of inWeek) {
    const code = wrong.get(l.ref.row) ?? (noBirthDate.has(l.placementId) ? 'BIRTH_DATE_MISSING' : undefined);
    if (code !== undefined) leftOut.push({ row: l.ref.row, code });
    else usable.push(l);
  }

  // Cost choices per placement: the contract kind (WW premium) and the age; a contractor has no pension.
  const costByPlacement: Record<string, Partial<HourlyCostModelInput>> = {};
  for (const r of placementRows) {
    if (costByPlacement[r.id]) continue;
    const birthDate = birthDates.get(r.workerId);
    costByPlacement[r.id] = {
      contract: r.contractType,
      ...(birthDate !== undefined ? { birthDate } : {}),
      ...(contractorPlacements.has(r.id) ? { pension: 'none' } : {}),
    } as Partial<HourlyCostModelInput>;
  }

  const placements = toPlacementInputs(placementRows).placements.map(({ rows: _rows, ...p }) => ({ ...p, agencyId: WORKBOOK_AGENCY_ID }));
  const rules = options.rules ? { rules: options.rules } : {};
  const priced = priceHourLines(
    usable.map(({ ref: _ref, endDate: _endDate, ...line }) => line),
    placements,
    { ...rules, profiles: profilesByPlacement(input.context, placements, contractorPlacements), cost: options.cost, costByPlacement },
  );
  // A contractor's hour costs his fee: the pay of the category.
  const lines = priced.lines.map((l): PricedLine =>
    contractorPlacements.has(l.placementId) ? { ...l, categories: l.categories.map((c) => ({ ...c, cost: c.pay })) } : l);
  const overview = marginOverview(lines, placements, { ...rules, agencyId: WORKBOOK_AGENCY_ID, cost: options.cost, costByPlacement });
  return { week: label, weeks, overview, linesInWeek: inWeek.length, leftOut, findings: [...priced.findings, ...overview.findings] };
}

/** The ISO weeks that have hours lines in the workbook, in order ("2025-W50" … "2026-W10"). */
export function hoursWeeks(wb: AgencyWorkbook): string[] {
  const weeks = new Set<string>();
  const seen = new Set<string>();
  for (const r of wb.sheets.Hours?.records ?? []) {
    if (seen.has(r.date)) continue;
    seen.add(r.date);
    weeks.add(formatIsoWeek(isoWeekOf(r.date)));
  }
  return [...weeks].sort();
}
