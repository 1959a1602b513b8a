import { toIsoDate } from '../calendar/zone.js';
import { addWeeks, formatIsoWeek, isoWeekOf, toIsoWeek, weekStart, type IsoWeekInput } from '../calendar/iso-week.js';
import type { HourlyCostModelInput } from '../cost/input.js';
import { InputError, displayValue } from '../errors/index.js';
import { readShift } from '../hirer-pay/shift.js';
import type { ForecastPlacementInput, MarginForecastInput } from '../margin/forecast-input.js';
import { toPlacementInputs } from './model.js';
import type { AgencyWorkbook } from './read.js';
import type { HourRow } from './layout.js';
import { hoursWeeks } from './margin.js';

/*
 * The input of marginForecast from an agency workbook, shared by the command line and the task
 * pane (and the table behind the pane's =BO.FORECAST formula):
 * - the forecast starts in the week after the last week with hours (or the week asked);
 * - every placement that still runs then, with its dated wage agreements, CAO, contract kind and
 *   the worker's birth date (for the age-dependent cost);
 * - hours per week: the average of the placement's approved hours over the weeks in which it had
 *   any, among the last `basisWeeks` weeks before the forecast (4 by default), rounded to
 *   `minutesStep` minutes (default 1: to the minute); else its fixed contract hours; a
 *   placement with neither is left out, as are contractors (their fee is no
 *   payroll cost the forecast can model) and employees without a birth date (their cost depends
 *   on the age).
 */

export interface WorkbookForecastOptions {
  /** Weeks ahead (1 to 156). */
  readonly weeks: number;
  /** First week; default the week after the last week with hours. */
  readonly from?: IsoWeekInput;
  /** The employer's cost choices (employerSize, whk …). */
  readonly cost: Partial<HourlyCostModelInput>;
  /** Weeks before the forecast whose hours give the hours per week (default 4). */
  readonly basisWeeks?: number;
  /**
   * Hours per week rounded to this many minutes (default 1). 3 makes every figure exact in decimal
   * hours (0,05 h), as a sheet cell that =BO.FORECAST reads must be (the task pane's choice).
   */
  readonly minutesStep?: number;
}

export type ForecastLeftOutReason = 'ENDED' | 'CONTRACTOR' | 'BIRTH_DATE_MISSING' | 'NO_HOURS';

export interface WorkbookForecastInput {
  readonly input: MarginForecastInput;
  /** The first week, and the weeks whose hours gave the hours per week. */
  readonly from: string;
  readonly basis: { readonly from: string; readonly to: string };
  /** Per placement of the input, in order: where its hours per week came from, in whole minutes. */
  readonly hours: readonly { readonly placementId: string; readonly minutes: number; readonly source: 'average' | 'contract' }[];
  readonly leftOut: readonly { readonly placementId: string; readonly reason: ForecastLeftOutReason }[];
}

/** Worked minutes of a line: its hours, or its shift in real elapsed time less the break. */
function minutesOf(r: HourRow): number {
  if (r.hours !== undefined) return Math.round(r.hours.toNumber() * 60);
  if (r.start === undefined || r.end === undefined) return 0;
  try {
    const s = readShift({ date: r.date, start: r.start, end: r.end, ...(r.breakMinutes !== undefined ? { breakMinutes: r.breakMinutes } : {}) });
    return Math.max(0, s.end - s.start - s.breakMinutes);
  } catch (e) {
    if (e instanceof InputError) return 0; // a line the control list reports; no hours for the average
    throw e;
  }
}

/** marginForecast's input for the workbook (see the header for what is taken and what is left out). */
/** A whole-number option within bounds; NaN, 0 or 1e9 would give "NaN:NaN" or 0:00 hours per week. */
function wholeOption(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new InputError(
    'OUT_OF_RANGE',
    {
      nl: `${field}: ${displayValue(value, field)} ligt buiten het bereik; verwacht een geheel getal van ${min} t/m ${max}`,
      en: `${field}: ${displayValue(value, field)} is out of range; expected a whole number from ${min} to ${max}`,
    },
    field,
  );
}

export function forecastInputFromWorkbook(wb: AgencyWorkbook, options: WorkbookForecastOptions): WorkbookForecastInput {
  const n = wholeOption(options.basisWeeks, 'basisWeeks', 1, 52, 4);
  const step = wholeOption(options.minutesStep, 'minutesStep', 1, 60, 1);
  const weeksWithHours = hoursWeeks(wb);
  const last = weeksWithHours[weeksWithHours.length - 1];
  const from = options.from !== undefined
    ? formatIsoWeek(toIsoWeek(options.from, 'from'))
    : last !== undefined ? formatIsoWeek(addWeeks(toIsoWeek(last), 1)) : formatIsoWeek(isoWeekOf(new Date()));
  const basisFrom = formatIsoWeek(addWeeks(toIsoWeek(from), -n));
  const basisTo = formatIsoWeek(addWeeks(toIsoWeek(from), -1));
  const basisStart = toIsoDate(weekStart(basisFrom));
  const fromMonday = toIsoDate(weekStart(from));

  // Approved minutes per placement and ISO week of the basis.
  const minutes = new Map<string, Map<string, number>>();
  for (const r of wb.sheets.Hours?.records ?? []) {
    if (r.date < basisStart || r.date >= fromMonday || r.status !== 'approved') continue;
    const m = minutesOf(r);
    if (m <= 0) continue;
    const week = formatIsoWeek(isoWeekOf(r.date));
    const perWeek = minutes.get(r.placementId) ?? new Map<string, number>();
    perWeek.set(week, (perWeek.get(week) ?? 0) + m);
    minutes.set(r.placementId, perWeek);
  }

  const workers = new Map((wb.sheets.Workers?.records ?? []).map((w) => [w.id, w]));
  const rows = wb.sheets.Placements?.records ?? [];
  const contractType = new Map<string, string>();
  for (const r of rows) if (!contractType.has(r.id)) contractType.set(r.id, r.contractType);

  const placements: ForecastPlacementInput[] = [];
  const hours: { placementId: string; minutes: number; source: 'average' | 'contract' }[] = [];
  const leftOut: { placementId: string; reason: ForecastLeftOutReason }[] = [];
  for (const { rows: _rows, ...p } of toPlacementInputs(rows).placements) {
    const id = String(p.id);
    const end = p.end as string | undefined;
    if (end !== undefined && end < fromMonday) {
      leftOut.push({ placementId: id, reason: 'ENDED' });
      continue;
    }
    const worker = workers.get(String(p.workerId));
    if (worker?.type === 'contractor') {
      leftOut.push({ placementId: id, reason: 'CONTRACTOR' });
      continue;
    }
    if (worker?.birthDate === undefined) {
      leftOut.push({ placementId: id, reason: 'BIRTH_DATE_MISSING' });
      continue;
    }
    const weeks = minutes.get(id);
    const worked = weeks ? [...weeks.values()].reduce((a, b) => a + b, 0) : 0;
    const contract = p.contractHoursPerWeek as { toNumber(): number } | undefined;
    let perWeek: number;
    let source: 'average' | 'contract';
    if (weeks && worked > 0) {
      perWeek = Math.round(worked / weeks.size / step) * step;
      source = 'average';
    } else if (contract !== undefined && contract.toNumber() > 0) {
      perWeek = Math.round(contract.toNumber() * 60);
      source = 'contract';
    } else {
      leftOut.push({ placementId: id, reason: 'NO_HOURS' });
      continue;
    }
    placements.push({
      ...(p as unknown as ForecastPlacementInput),
      hoursPerWeek: `${Math.floor(perWeek / 60)}:${String(perWeek % 60).padStart(2, '0')}`,
      contract: contractType.get(id) ?? 'agency-clause',
      birthDate: worker.birthDate,
    });
    hours.push({ placementId: id, minutes: perWeek, source });
  }
  return {
    input: { from, weeks: options.weeks, placements, cost: options.cost },
    from,
    basis: { from: basisFrom, to: basisTo },
    hours,
    leftOut,
  };
}
