import {
  parseHirerPayProfile,
  validateTimesheet,
  type HirerPayProfile,
  type TimesheetContext,
  type TimesheetFinding,
  type TimesheetHirer,
  type TimesheetLine,
  type TimesheetPlacement,
  type TimesheetResult,
  type WorkerInput,
} from '@backofficer/core';

/*
 * A small fictional agency for the timesheet tests: one adult Dutch worker with a complete
 * dossier, registered long before the weeks under test; one hirer without a proof requirement;
 * one open-ended placement without fixed hours (so the policy minimum of 4 hours applies); one
 * signed and complete hirer pay profile. Each test changes only what its rule needs.
 *
 * Work week 2026-W10 is Monday 2 March – Sunday 8 March 2026 (CET, +01:00); its hours deadline
 * is Tuesday 10 March 2026 13:00 and its registration cut-off Friday 27 February 2026 24:00
 * (DOMAIN.md §1 worked example).
 */

export const worker: WorkerInput = {
  id: 'W1',
  name: 'Jan de Vries',
  type: 'dutch',
  birthDate: '1990-05-05',
  bsn: '111222333',
  iban: 'NL91ABNA0417164300',
  registeredAt: '2025-12-01T09:00',
  documents: [
    { kind: 'id', expiresOn: '2030-01-01' },
    { kind: 'wage-tax-form' },
  ],
};

export const hirer: TimesheetHirer = { id: 'H1', registeredAt: '2025-12-01T09:00', requiresHoursProof: false };

export const placement: TimesheetPlacement = { id: 'P1', workerId: 'W1', hirerId: 'H1', job: 'Orderpicker', start: '2025-12-01' };

export const profile: HirerPayProfile = parseHirerPayProfile({
  id: 'HP1',
  hirerId: 'H1',
  job: 'Orderpicker',
  validFrom: '2025-01-01',
  scaleWages: [{ from: '2025-01-01', amount: '15.50' }],
  surcharges: [{ days: ['sun', 'holiday'], percent: '100%' }],
  status: { complete: true, signedBy: 'P. Hendriks', signedAt: '2024-12-20T10:00' },
});

let nextRow = 2;

/** A line of W1 on P1: 08:00–16:30 with 30 minutes break (8 hours), approved on time, with proof. */
export function line(date: string, extra: Partial<Record<keyof TimesheetLine, unknown>> = {}): TimesheetLine {
  return {
    row: nextRow++,
    workerId: 'W1',
    placementId: 'P1',
    date,
    start: '08:00',
    end: '16:30',
    breakMinutes: 30,
    status: 'approved',
    approvedBy: 'P. Hendriks',
    approvedAt: approvedMonday(date),
    proof: true,
    ...extra,
  } as TimesheetLine;
}

/** A line with hours only (no times). */
export function hoursLine(date: string, hours: number, extra: Partial<Record<keyof TimesheetLine, unknown>> = {}): TimesheetLine {
  return line(date, { start: undefined, end: undefined, breakMinutes: undefined, hours, ...extra });
}

/** 10:00 on the Monday after the line's work week: before the Tuesday 13:00 deadline. */
function approvedMonday(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setUTCDate(d.getUTCDate() - weekday + 7);
  return `${d.toISOString().slice(0, 10)}T10:00`;
}

export function context(extra: Partial<TimesheetContext> = {}): TimesheetContext {
  return { workers: [worker], hirers: [hirer], placements: [placement], hirerPayProfiles: [profile], ...extra };
}

export function run(lines: readonly TimesheetLine[], extra: Partial<TimesheetContext> = {}): TimesheetResult {
  return validateTimesheet(lines, context(extra));
}

/** The findings of one code. */
export function of(result: TimesheetResult, code: string): TimesheetFinding[] {
  return result.findings.filter((f) => f.code === code);
}

/** The codes of all findings, sorted, without duplicates. */
export function codesOf(result: TimesheetResult): string[] {
  return [...new Set(result.findings.map((f) => f.code))].sort();
}

/** Five days Monday–Friday of a week from its Monday (ISO date), one default line each. */
export function workWeek(monday: string, extra: Partial<Record<keyof TimesheetLine, unknown>> = {}): TimesheetLine[] {
  const d = new Date(`${monday}T00:00:00Z`);
  const out: TimesheetLine[] = [];
  for (let k = 0; k < 5; k++) {
    out.push(line(new Date(d.getTime() + k * 86_400_000).toISOString().slice(0, 10), extra));
  }
  return out;
}
