import {
  Decimal, addWeeks, formatIsoWeek, isoWeekOf, parseIsoWeek, toHourLines, toIsoDate, toPlacementInputs, weekStart,
  type AgencyWorkbook, type ForecastPlacementInput,
} from '@backofficer/core';
import { AGENCY_ID } from './week-margin.js';

/*
 * The input of marginForecast from the agency workbook (DOMAIN.md §15):
 * - placements that run in the forecast's weeks (no end date, or ending on or after its first
 *   Monday), with their dated wage and rate agreements, CAO and contract kind (Placements sheet);
 * - hours per week: the average of the placement's approved hours over the last
 *   HISTORY_WEEKS weeks before the forecast in which it had any (the Hours sheet), else its
 *   contract hours per week; a placement with neither is left out and listed;
 * - the worker's birth date (age-dependent rules; personal data, never shown);
 * - contractors (zzp'ers) are left out: they have no payroll cost for the cost model;
 * - the phase stays that of the contract kind (agency clause: A, open-ended: C) over the forecast.
 */

export const HISTORY_WEEKS = 4;

export interface ForecastFromWorkbook {
  readonly from: string;
  readonly placements: ForecastPlacementInput[];
  /** Placements left out, with the reason. */
  readonly leftOut: readonly { readonly placementId: string; readonly reason: 'no-hours' | 'contractor' }[];
  /** Where each placement's hours per week came from. */
  readonly hoursFrom: ReadonlyMap<string, 'history' | 'contract'>;
}

/** The week after the latest hours line, as the default start of a forecast. */
export function weekAfterLatest(workbook: AgencyWorkbook): string | undefined {
  let last: string | undefined;
  for (const l of workbook.sheets.Hours?.records ?? []) if (last === undefined || l.date > last) last = l.date;
  return last === undefined ? undefined : formatIsoWeek(addWeeks(isoWeekOf(last), 1));
}

export function forecastFromWorkbook(workbook: AgencyWorkbook, from: string): ForecastFromWorkbook {
  const monday = toIsoDate(weekStart(from));
  const historyStart = toIsoDate(weekStart(addWeeks(parseIsoWeek(from), -HISTORY_WEEKS)));
  const contractors = new Set((workbook.sheets.Workers?.records ?? []).filter((w) => w.type === 'contractor').map((w) => w.id));
  const birth = new Map((workbook.sheets.Workers?.records ?? []).map((w) => [w.id, w.birthDate]));
  const contractType = new Map((workbook.sheets.Placements?.records ?? []).map((r) => [r.id, r.contractType]));

  // Approved minutes per placement and week in the weeks before the forecast.
  const minutes = new Map<string, Map<string, number>>();
  for (const l of toHourLines(workbook.sheets.Hours?.records ?? [])) {
    if (l.status !== 'approved' || l.date < historyStart || l.date >= monday) continue;
    const m = lineMinutes(l);
    if (m <= 0) continue;
    const week = formatIsoWeek(isoWeekOf(l.date));
    const perWeek = minutes.get(l.placementId) ?? new Map<string, number>();
    perWeek.set(week, (perWeek.get(week) ?? 0) + m);
    minutes.set(l.placementId, perWeek);
  }

  const placements: ForecastPlacementInput[] = [];
  const leftOut: { placementId: string; reason: 'no-hours' | 'contractor' }[] = [];
  const hoursFrom = new Map<string, 'history' | 'contract'>();
  for (const { rows: _rows, ...p } of toPlacementInputs(workbook.sheets.Placements?.records ?? []).placements) {
    const id = String(p.id);
    if (p.end !== undefined && p.end !== null && String(p.end) < monday) continue;
    if (contractors.has(String(p.workerId))) {
      leftOut.push({ placementId: id, reason: 'contractor' });
      continue;
    }
    const history = minutes.get(id);
    let hoursPerWeek: string | undefined;
    if (history && history.size > 0) {
      const total = [...history.values()].reduce((a, b) => a + b, 0);
      // Average over the weeks with hours, to the minute (rounded half up), written as h:mm.
      const avg = Math.round(total / history.size);
      hoursPerWeek = `${Math.floor(avg / 60)}:${String(avg % 60).padStart(2, '0')}`;
      hoursFrom.set(id, 'history');
    } else if (p.contractHoursPerWeek !== undefined && p.contractHoursPerWeek !== null && new Decimal(String(p.contractHoursPerWeek)).gt(0)) {
      hoursPerWeek = String(p.contractHoursPerWeek);
      hoursFrom.set(id, 'contract');
    }
    if (hoursPerWeek === undefined) {
      leftOut.push({ placementId: id, reason: 'no-hours' });
      continue;
    }
    const birthDate = birth.get(String(p.workerId));
    placements.push({
      ...p,
      agencyId: AGENCY_ID,
      hoursPerWeek,
      contract: contractType.get(id) ?? 'agency-clause',
      ...(birthDate !== undefined ? { birthDate } : {}),
    } as ForecastPlacementInput);
  }
  return { from, placements, leftOut, hoursFrom };
}

/**
 * Worked minutes of a line for the average: its hours, or end − start − break on the wall clock
 * (overnight when the end is earlier). A DST night is an hour off here, which an average of
 * HISTORY_WEEKS weeks can carry; the margin itself counts real elapsed time.
 */
function lineMinutes(l: { start?: string; end?: string; breakMinutes?: number; hours?: Decimal | number }): number {
  if (l.hours !== undefined) return Math.round(Number(l.hours.toString()) * 60);
  if (l.start === undefined || l.end === undefined) return 0;
  const clock = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  let span = clock(l.end) - clock(l.start);
  if (span <= 0) span += 24 * 60;
  return span - (l.breakMinutes ?? 0);
}
