import ExcelJS from 'exceljs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  agencyWorkbookLayout, readAgencyWorkbook, toSheetCell, type AgencySheet, type ColumnSpec, type SheetKey,
} from '../../packages/core/src/index.js';
import { readInputFile, writeRows, writeXlsxAtomic } from '../../packages/cli/src/io/index.js';
import { Rng, addDays } from '../lib/prng.js';

/*
 * The CLI workload (issue 9 §1): an agency workbook with 100,000 hour lines. It is the example
 * agency (examples/agency-week.xlsx: its hirers, hirer pay profiles and placement terms) grown to
 * 500 workers, each placed like one of the example's workers, with five shifts a week for 40
 * weeks (2025-12-29 to 2026-10-04), all approved the Monday after. Written once with a fixed
 * seed; the sheets and columns are the layout's own (Dutch headers), as a user's workbook has them.
 */

const here = dirname(fileURLToPath(import.meta.url));
const EXAMPLE = join(here, '..', '..', 'examples', 'agency-week.xlsx');
const FIRST_MONDAY = '2025-12-29';

type Row = Record<string, unknown>;
const spec = (key: SheetKey) => (agencyWorkbookLayout as readonly AgencySheet[]).find((s) => s.key === key)!;

function bsn(rng: Rng): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => rng.int(0, 9));
    if (d[0] === 0) continue;
    let s = 0;
    for (let i = 0; i < 8; i++) s += d[i]! * (9 - i);
    if (s % 11 <= 9) return d.join('') + String(s % 11);
  }
}

const SHIFTS = [
  { start: '07:00', end: '15:30', breakMinutes: 30 },
  { start: '08:00', end: '16:30', breakMinutes: 30 },
  { start: '14:00', end: '22:30', breakMinutes: 30 },
  { start: '22:00', end: '06:00', breakMinutes: 30 },
];

function addSheet(wb: ExcelJS.Workbook, key: SheetKey, records: readonly Row[]): void {
  const s = spec(key);
  const columns = s.columns as readonly ColumnSpec[];
  const ws = wb.addWorksheet(s.names.nl);
  writeRows(ws, [columns.map((c) => c.headers.nl), ...records.map((r) => columns.map((c) => toSheetCell(c, r[c.key], 'nl')))]);
}

/** Writes the workbook; returns how many hour lines it holds. */
export async function makeWorkbook(path: string, lines = 100_000, seed = 100_000): Promise<{ lines: number; workers: number }> {
  const example = readAgencyWorkbook((await readInputFile(EXAMPLE)).grids);
  const records = <K extends SheetKey>(k: K) => (example.sheets[k]?.records ?? []) as unknown as Row[];
  const baseWorkers = records('Workers').filter((w) => w['type'] !== 'contractor');
  const basePlacements = records('Placements');
  const rng = new Rng(seed);
  const perWorker = 40 * 5;
  const count = Math.ceil(lines / perWorker);
  const workers: Row[] = [];
  const placements: Row[] = [];
  const hours: Row[] = [];
  for (let i = 0; i < count; i++) {
    const model = baseWorkers[i % baseWorkers.length]!;
    const modelPlacements = basePlacements.filter((p) => p['workerId'] === model['id']);
    const wid = `W${String(i + 1).padStart(4, '0')}`;
    workers.push({ ...model, id: wid, name: `Medewerker ${i + 1}`, bsn: bsn(rng), registeredAt: '2025-06-02T09:00' });
    const pid = `P${String(i + 1).padStart(4, '0')}`;
    const agreement = modelPlacements[modelPlacements.length - 1] ?? basePlacements[0]!;
    placements.push({ ...agreement, id: pid, workerId: wid, start: '2025-06-02', end: undefined, agreementFrom: '2025-06-02' });
    const pattern = rng.int(0, 3);
    for (let k = 0; k < 40 && hours.length < lines; k++) {
      const monday = addDays(FIRST_MONDAY, 7 * k);
      const shift = SHIFTS[(pattern + (k % 2)) % SHIFTS.length]!;
      for (let d = 0; d < 5 && hours.length < lines; d++) {
        hours.push({
          id: `R${String(hours.length + 1).padStart(6, '0')}`,
          workerId: wid,
          workerName: `Medewerker ${i + 1}`,
          placementId: pid,
          date: addDays(monday, d),
          start: shift.start,
          end: shift.end,
          breakMinutes: shift.breakMinutes,
          status: 'approved',
          approvedBy: 'Planner',
          approvedAt: `${addDays(monday, 7)}T10:00`,
          proof: true,
        });
      }
    }
  }
  await writeXlsxAtomic(
    path,
    (wb) => {
      addSheet(wb, 'Workers', workers);
      addSheet(wb, 'Hirers', records('Hirers'));
      addSheet(wb, 'Placements', placements);
      addSheet(wb, 'HirerPay', records('HirerPay'));
      addSheet(wb, 'Hours', hours);
    },
    { fixedTime: new Date(Date.UTC(2026, 0, 1)) },
  );
  return { lines: hours.length, workers: workers.length };
}
