import {
  parseHirerPayProfile, type HirerPayProfile, type HirerPayProfileInput, type TimesheetContext, type TimesheetHirer, type TimesheetLine,
  type TimesheetPlacement, type WorkerInput,
} from '../../packages/core/src/index.js';
import { Rng, addDays } from '../lib/prng.js';

/*
 * The timesheet workload (issue 9 §1): 1,000,000 shift lines from a fixed seed.
 *
 * 60 hirers, each with a signed hirer pay profile (evening/night, Saturday, Sunday and holiday
 * surcharges; a third with overtime per day, some per week too), 5,000 workers with one placement
 * each, 40 work weeks from Monday 29 December 2025 (2026-W01 to W40, so over the DST change of
 * 29 March and the spring public holidays), five shifts a week per worker: day, evening and
 * night shifts (22:00–06:00 crosses midnight), some Saturdays, some 10-hour days. Every line is
 * approved on the Monday after its week, with proof, as a clean week mostly is; the checks all
 * run regardless of whether they find something.
 */

export const SEED = 20260101;
export const FIRST_MONDAY = '2025-12-29';

export interface TimesheetWorkload {
  readonly lines: TimesheetLine[];
  readonly context: TimesheetContext;
  /** The profile of each line's placement (inputs; compileProfile caches per object). */
  readonly profileOf: (line: TimesheetLine) => HirerPayProfileInput;
  /** Line indexes per worker, in date order (for shiftsPay, which carries overtime counts). */
  readonly byWorker: number[][];
  readonly csv: string;
}

function bsn(rng: Rng): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => rng.int(0, 9));
    if (d[0] === 0) continue;
    let s = 0;
    for (let i = 0; i < 8; i++) s += d[i]! * (9 - i);
    const last = s % 11;
    if (last <= 9) return d.join('') + String(last);
  }
}

const SHIFTS = [
  { start: '07:00', end: '15:30', breakMinutes: 30 },
  { start: '08:00', end: '16:30', breakMinutes: 30 },
  { start: '14:00', end: '22:30', breakMinutes: 30 },
  { start: '22:00', end: '06:00', breakMinutes: 30 },
  { start: '06:00', end: '16:45', breakMinutes: 45 },
  { start: '09:00', end: '13:00', breakMinutes: 0 },
] as const;

export function generateTimesheets(lineCount = 1_000_000, seed = SEED): TimesheetWorkload {
  const rng = new Rng(seed);
  const weeks = 40;
  const perWorker = weeks * 5;
  const workerCount = Math.ceil(lineCount / perWorker);
  const signed = { complete: true, signedBy: 'HR', signedAt: '2025-12-01T10:00' };
  const profiles: HirerPayProfileInput[] = [];
  const hirers: TimesheetHirer[] = [];
  for (let h = 1; h <= 60; h++) {
    const id = `H${String(h).padStart(3, '0')}`;
    hirers.push({ id, registeredAt: '2025-01-06T09:00', requiresHoursProof: h % 3 === 0 });
    const wage = (1500 + rng.int(0, 900)) / 100;
    const overtime: NonNullable<HirerPayProfileInput['overtime']> = [];
    if (h % 3 === 0) overtime.push('overwerk na 8 uur per dag 25%');
    if (h % 9 === 0) overtime.push({ period: 'week', afterHours: 40, percent: '50%', stacking: 'hoogste' });
    profiles.push({
      id: `HP${h}`,
      hirerId: id,
      job: 'Productiemedewerker',
      validFrom: '2025-01-01',
      scaleWages: [{ from: '2025-01-01', amount: wage }],
      surcharges: h % 2 === 0 ? ['ma-vr 20:00-06:00 25%', 'za 50%', 'zo,feestdag 100%'] : ['ma-vr 18:00-22:00 € 2,50', 'dagelijks 22:00-06:00 30%', 'za,zo,feestdag 75%'],
      overtime,
      status: signed,
    } as HirerPayProfileInput);
  }
  const parsed: HirerPayProfile[] = profiles.map((p) => parseHirerPayProfile(p));
  const workers: WorkerInput[] = [];
  const placements: TimesheetPlacement[] = [];
  const hirerOf: number[] = [];
  for (let w = 1; w <= workerCount; w++) {
    const id = `W${String(w).padStart(5, '0')}`;
    const h = rng.int(0, 59);
    hirerOf.push(h);
    workers.push({
      id,
      name: `Medewerker ${w}`,
      type: 'dutch',
      birthDate: `${rng.int(1965, 2004)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
      bsn: bsn(rng),
      iban: 'NL91ABNA0417164300',
      registeredAt: '2025-06-02T09:00',
      documents: [{ kind: 'id', expiresOn: '2031-01-01' }, { kind: 'wage-tax-form' }],
    });
    placements.push({ id: `P${String(w).padStart(5, '0')}`, workerId: id, hirerId: hirers[h]!.id, job: 'Productiemedewerker', start: '2025-06-02' });
  }
  const lines: TimesheetLine[] = [];
  const byWorker: number[][] = [];
  const csv: string[] = ['row,workerId,placementId,date,start,end,breakMinutes,status,approvedBy,approvedAt,proof'];
  for (let w = 0; w < workerCount && lines.length < lineCount; w++) {
    const mine: number[] = [];
    const pattern = rng.int(0, 3);
    for (let k = 0; k < weeks && lines.length < lineCount; k++) {
      const monday = addDays(FIRST_MONDAY, 7 * k);
      const approvedAt = `${addDays(monday, 7)}T10:00`;
      // Which shift this week: a rota by pattern, sometimes a Saturday instead of a Friday.
      const shift = pattern === 0 ? SHIFTS[k % 2]! : pattern === 1 ? SHIFTS[2 + (k % 2)]! : pattern === 2 ? SHIFTS[(k % 3) * 2]! : SHIFTS[1]!;
      const saturday = rng.chance(0.15);
      for (let d = 0; d < 5 && lines.length < lineCount; d++) {
        const day = saturday && d === 4 ? 5 : d;
        const s = rng.chance(0.03) ? SHIFTS[5]! : shift;
        const line: TimesheetLine = {
          row: lines.length + 2,
          workerId: workers[w]!.id as string,
          placementId: placements[w]!.id as string,
          date: addDays(monday, day),
          start: s.start,
          end: s.end,
          breakMinutes: s.breakMinutes,
          status: 'approved',
          approvedBy: 'Planner',
          approvedAt,
          proof: true,
        };
        mine.push(lines.length);
        lines.push(line);
        csv.push(`${line.row},${line.workerId},${line.placementId},${line.date},${line.start},${line.end},${line.breakMinutes},approved,Planner,${approvedAt},ja`);
      }
    }
    byWorker.push(mine);
  }
  const workerIndex = new Map(workers.map((w, i) => [w.id as string, i]));
  return {
    lines,
    context: { workers, hirers, placements, hirerPayProfiles: parsed },
    profileOf: (line) => parsed[hirerOf[workerIndex.get(line.workerId)!]!]! as unknown as HirerPayProfileInput,
    byWorker,
    csv: csv.join('\n') + '\n',
  };
}
