import {
  Decimal, marginOverview, parseHirerPayProfile, priceHourLines, toHirerPayProfileInputs, toHourLines, toPlacementInputs,
  weekEnd, weekStart, toIsoDate,
  type AgencyWorkbook, type Finding, type HirerPayProfile, type HourlyCostModelInput, type MarginOverview, type PlacementInput,
  type PricedLine, type SheetHourLine,
} from '@backofficer/core';
import type { ControlList } from '../control/control-list.js';
import type { WeekRange } from '../weeks.js';

/*
 * The margin overview of one work week from the agency workbook (DOMAIN.md §1, §15):
 *   approved hours lines of the week → priceHourLines (the agreement in force, the hirer pay
 *   profile's surcharges through shiftPay, the billed rate per category, the loaded cost per
 *   hour) → marginOverview (revenue − payroll cost per placement, hirer, worker; totals are sums
 *   of rounded lines).
 * What is left out, and said so:
 * - lines that are not approved (marginOverview's own finding MARGIN_LINE_NOT_APPROVED);
 * - lines the control list finds wrong in themselves, which cannot be priced until they are
 *   fixed: impossible times or hours, an unknown placement or worker, a date outside the
 *   placement, and the second of two identical lines (counted once).
 * Everything else counts, also lines with compliance findings (the hours were worked).
 * A self-employed contractor (worker type contractor) has no employer premiums: the cost of an
 * hour is the fee paid to him (the agreement's wage), not hourlyCost.
 */

/** Line findings that make a line unusable for pricing (the line itself is wrong). */
export const UNPRICEABLE = new Set([
  'END_BEFORE_START', 'HOURS_NEGATIVE', 'HOURS_OVER_24', 'PLACEMENT_UNKNOWN', 'PLACEMENT_WORKER_MISMATCH', 'WORKER_UNKNOWN', 'HIRER_UNKNOWN',
  'OUTSIDE_PLACEMENT', 'DUPLICATE_LINE',
]);

/** The agency of a workbook: one agency per file (its id only links lines to the margin invoice). */
export const AGENCY_ID = 'agency';

export interface LeftOut {
  readonly row: number;
  readonly code: string;
}

export interface WeekMargin {
  /** The week, or "2026-W06 – 2026-W10" for a range. */
  readonly week: string;
  readonly weeks: WeekRange;
  readonly overview: MarginOverview;
  /** Lines of the week in the hours sheet. */
  readonly linesInWeek: number;
  /** Lines left out because the control list finds them wrong (row and the code of the reason). */
  readonly leftOut: readonly LeftOut[];
  /** Findings of pricing (pay profiles) and of the overview (not approved, negative margin …). */
  readonly findings: readonly Finding[];
  /** Hirer names by id, for display. */
  readonly hirerNames: ReadonlyMap<string, string>;
}

/**
 * Each placement's hirer pay profile: the one it names, else the hirer's profile for its job. A
 * contractor is not an employee: hirer pay (CAO art. 16) does not apply to his fee.
 */
function profilesByPlacement(workbook: AgencyWorkbook, placements: readonly PlacementInput[], contractors: ReadonlySet<string>): Record<string, HirerPayProfile> {
  const sheet = workbook.sheets.HirerPay;
  if (!sheet) return {};
  const parsed = new Map<string, HirerPayProfile>();
  for (const input of toHirerPayProfileInputs(sheet.records).profiles) {
    const { rows: _rows, ...profile } = input;
    try {
      parsed.set(String(input.id), parseHirerPayProfile(profile));
    } catch {
      // An unusable profile is in the control list (PROFILE_INVALID); its lines are priced at the agreed wage.
    }
  }
  const named = new Map<string, string>();
  for (const r of workbook.sheets.Placements?.records ?? []) if (r.hirerPayProfileId !== undefined && !named.has(r.id)) named.set(r.id, r.hirerPayProfileId);
  const out: Record<string, HirerPayProfile> = {};
  for (const p of placements) {
    const id = String(p.id);
    if (contractors.has(id)) continue;
    const byName = named.get(id);
    const profile =
      byName !== undefined
        ? parsed.get(byName)
        : [...parsed.values()].find((x) => x.hirerId === String(p.hirerId) && x.job.trim().toLowerCase() === String(p.job ?? '').trim().toLowerCase());
    if (profile) out[id] = profile;
  }
  return out;
}

/**
 * Cost choices per placement: the contract kind (AWf high/low) and the worker's birth date
 * (pension from 18, youth rules); a contractor has no pension (his cost is replaced by his fee).
 */
function costByPlacement(workbook: AgencyWorkbook, contractors: ReadonlySet<string>): Record<string, Partial<HourlyCostModelInput>> {
  const birth = new Map((workbook.sheets.Workers?.records ?? []).map((w) => [w.id, w.birthDate]));
  const out: Record<string, Partial<HourlyCostModelInput>> = {};
  for (const r of workbook.sheets.Placements?.records ?? []) {
    if (out[r.id]) continue;
    const birthDate = birth.get(r.workerId);
    out[r.id] = {
      contract: r.contractType,
      ...(birthDate !== undefined ? { birthDate } : {}),
      ...(contractors.has(r.id) ? { pension: 'none' } : {}),
    };
  }
  return out;
}

/** Placements of employees whose birth date is unknown: no payroll cost can be computed (pension, youth rules). */
function withoutBirthDate(workbook: AgencyWorkbook, contractors: ReadonlySet<string>): Set<string> {
  const workers = workbook.sheets.Workers;
  if (!workers) return new Set();
  const known = new Set(workers.records.filter((w) => w.birthDate !== undefined).map((w) => w.id));
  return new Set((workbook.sheets.Placements?.records ?? []).filter((p) => !contractors.has(p.id) && !known.has(p.workerId)).map((p) => p.id));
}

/** Placements of contractors: their cost is their fee. */
function contractorPlacements(workbook: AgencyWorkbook): Set<string> {
  const contractors = new Set((workbook.sheets.Workers?.records ?? []).filter((w) => w.type === 'contractor').map((w) => w.id));
  return new Set((workbook.sheets.Placements?.records ?? []).filter((p) => contractors.has(p.workerId)).map((p) => p.id));
}

function asContractorCost(line: PricedLine): PricedLine {
  return { ...line, categories: line.categories.map((c) => ({ ...c, cost: c.pay })) };
}

/** The margin overview of a week or a range of weeks (ISO week text) for the workbook, with its cost choices. */
export function weekMargin(workbook: AgencyWorkbook, weeks: string | WeekRange, control: ControlList, cost: Partial<HourlyCostModelInput>): WeekMargin {
  const range = typeof weeks === 'string' ? { from: weeks, to: weeks } : weeks;
  const week = range.from === range.to ? range.from : `${range.from} – ${range.to}`;
  const monday = toIsoDate(weekStart(range.from));
  const sunday = toIsoDate(weekEnd(range.to).minus({ days: 1 }));
  const hours = toHourLines(workbook.sheets.Hours?.records ?? []).filter((l) => l.date >= monday && l.date <= sunday);
  const hoursSheet = workbook.sheets.Hours?.sheet;
  const wrong = new Map<number, string>();
  for (const item of control.items) {
    if (item.sheet === hoursSheet && item.row !== undefined && UNPRICEABLE.has(item.code) && !wrong.has(item.row)) wrong.set(item.row, item.code);
  }
  const contractors = contractorPlacements(workbook);
  const noBirthDate = withoutBirthDate(workbook, contractors);
  const usable: SheetHourLine[] = [];
  const leftOut: LeftOut[] = [];
  for (const l of hours) {
    const code = wrong.get(l.ref.row) ?? (noBirthDate.has(l.placementId) ? 'BIRTH_DATE_MISSING' : undefined);
    if (code !== undefined) leftOut.push({ row: l.ref.row, code });
    else usable.push(l);
  }
  const perPlacement = costByPlacement(workbook, contractors);

  const placements = toPlacementInputs(workbook.sheets.Placements?.records ?? []).placements.map(({ rows: _rows, ...p }) => ({ ...p, agencyId: AGENCY_ID }));
  const priced = priceHourLines(
    usable.map(({ ref: _ref, endDate: _endDate, ...line }) => line),
    placements,
    { profiles: profilesByPlacement(workbook, placements, contractors), cost, costByPlacement: perPlacement },
  );
  const lines = priced.lines.map((l) => (contractors.has(l.placementId) ? asContractorCost(l) : l));
  const overview = marginOverview(lines, placements, { agencyId: AGENCY_ID, cost, costByPlacement: perPlacement });
  const hirerNames = new Map((workbook.sheets.Hirers?.records ?? []).map((h) => [h.id, h.name]));
  return { week, weeks: range, overview, linesInWeek: hours.length, leftOut, findings: [...priced.findings, ...overview.findings], hirerNames };
}

/** A Decimal's share as a fraction of another, or undefined without a base. */
export function share(part: Decimal, whole: Decimal): Decimal | undefined {
  return whole.isZero() ? undefined : part.div(whole);
}
