import { DateTime } from 'luxon';
import type { Texts } from '../errors/index.js';
import { ZONE } from '../calendar/zone.js';
import type { WorkerInput, DocumentKind } from '../model/worker.js';
import type { HirerInput } from '../model/hirer.js';
import type { PlacementInput } from '../model/placement.js';
import type { HourLine } from '../model/hourLine.js';
import type { HirerPayProfileInput } from '../hirer-pay/profile.js';
import type { HirerPayRow, HirerRow, HourRow, PlacementRow, WorkerRow } from './layout.js';
import type { CellRef, WorkbookProblem } from './problems.js';

/*
 * From sheet rows to the domain model (packages/core/src/model). Workers, hirers and placements
 * become the model's *input* objects, to be validated with parseWorker/parseHirer/parsePlacement
 * (identity checks and rule checks live there, not in the reader). Hour lines become HourLine
 * objects directly: the reader has already typed every cell, and a year of lines must not pass
 * through zod one by one. Values the model's schema would refuse (negative hours, over 24 h) are
 * kept as they are, so that the timesheet rules can report them as findings.
 */

/** The flat document columns of the Workers sheet as the model's documents. */
export function workerDocuments(row: WorkerRow): { kind: DocumentKind; expiresOn?: string; workAllowed?: boolean }[] {
  const docs: { kind: DocumentKind; expiresOn?: string; workAllowed?: boolean }[] = [];
  if (row.idDocumentExpires !== undefined) docs.push({ kind: 'id', expiresOn: row.idDocumentExpires });
  if (row.residencePermitExpires !== undefined || row.residencePermitWorkAllowed !== undefined) {
    docs.push({
      kind: 'residence-permit',
      ...(row.residencePermitExpires !== undefined ? { expiresOn: row.residencePermitExpires } : {}),
      ...(row.residencePermitWorkAllowed !== undefined ? { workAllowed: row.residencePermitWorkAllowed } : {}),
    });
  }
  if (row.workPermitExpires !== undefined) docs.push({ kind: 'work-permit', expiresOn: row.workPermitExpires });
  if (row.wageTaxForm === true) docs.push({ kind: 'wage-tax-form' });
  if (row.vcaExpires !== undefined) docs.push({ kind: 'vca', expiresOn: row.vcaExpires });
  if (row.insuranceExpires !== undefined) docs.push({ kind: 'insurance', expiresOn: row.insuranceExpires });
  if (row.insurancePaidUntil !== undefined) docs.push({ kind: 'proof-of-payment', expiresOn: row.insurancePaidUntil });
  if (row.kvk !== undefined) docs.push({ kind: 'kvk-extract' });
  if (row.vatNumber !== undefined) docs.push({ kind: 'vat-number' });
  return docs;
}

/** A Workers row as input for parseWorker. */
export function toWorkerInput(row: WorkerRow): WorkerInput {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    birthDate: row.birthDate,
    bsn: row.bsn,
    iban: row.iban,
    registeredAt: row.registeredAt,
    documents: workerDocuments(row),
    kvk: row.kvk,
    vatNumber: row.vatNumber,
  } as WorkerInput;
}

/** A Hirers row as input for parseHirer. */
export function toHirerInput(row: HirerRow): HirerInput {
  return {
    id: row.id,
    name: row.name,
    kvk: row.kvk,
    creditLimit: row.creditLimit,
    creditInsurance: row.creditInsurance,
    registeredAt: row.registeredAt,
    requiresHoursProof: row.requiresHoursProof,
  } as HirerInput;
}

/** Placement fields repeated on every agreement row; they must agree. */
const PLACEMENT_FIELDS = ['workerId', 'hirerId', 'job', 'start', 'end', 'cao', 'contractHoursPerWeek'] as const;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'eq' in a) return (a as { eq(x: unknown): boolean }).eq(b);
  return false;
}

/**
 * Placements rows grouped by placement id into inputs for parsePlacement, one agreement per row.
 * Rows of one placement that disagree on a placement field (worker, hirer, job, dates, CAO,
 * contract hours) give a PLACEMENT_ROWS_DIFFER problem; the first row's value is used.
 */
export function toPlacementInputs(rows: readonly PlacementRow[]): { placements: (PlacementInput & { rows: CellRef[] })[]; problems: WorkbookProblem[] } {
  const byId = new Map<string, PlacementRow[]>();
  for (const r of rows) {
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  const problems: WorkbookProblem[] = [];
  const placements: (PlacementInput & { rows: CellRef[] })[] = [];
  for (const [id, list] of byId) {
    const first = list[0]!;
    for (const r of list.slice(1)) {
      for (const f of PLACEMENT_FIELDS) {
        if (same(first[f], r[f])) continue;
        const texts: Texts = {
          nl: `Blad ${r.ref.sheet}, rij ${r.ref.row}: plaatsing ${id} heeft hier een ander veld ${f} dan in rij ${first.ref.row}; verwacht dezelfde waarde op elke afspraak van een plaatsing`,
          en: `Sheet ${r.ref.sheet}, row ${r.ref.row}: placement ${id} has a different ${f} than in row ${first.ref.row}; expected the same value on every agreement of a placement`,
        };
        problems.push({ code: 'PLACEMENT_ROWS_DIFFER', severity: 'error', message: texts, ref: { sheet: r.ref.sheet, sheetKey: 'Placements', row: r.ref.row, field: f } });
      }
    }
    placements.push({
      id,
      workerId: first.workerId,
      hirerId: first.hirerId,
      job: first.job,
      cao: first.cao,
      start: first.start,
      end: first.end,
      contractHoursPerWeek: first.contractHoursPerWeek,
      agreements: list.map((r) => ({
        from: r.agreementFrom,
        wage: r.wage,
        mode: r.rateMode,
        factor: r.factor,
        margin: r.margin,
        marginBasis: r.marginBasis,
        rate: r.rate,
      })),
      rows: list.map((r) => ({ sheet: r.ref.sheet, sheetKey: 'Placements' as const, row: r.ref.row })),
    } as PlacementInput & { rows: CellRef[] });
  }
  return { placements, problems };
}

/** An hour line with the reader's extras: the explicit end date and the sheet reference. */
export type SheetHourLine = HourLine & { endDate?: string; ref: { sheet: string; row: number } };

/**
 * Hours rows as the model's HourLine (row = the spreadsheet row), plus `endDate` and `ref`.
 * Approval times become ISO instants with the Amsterdam offset, as the model keeps them.
 */
export function toHourLines(rows: readonly HourRow[]): SheetHourLine[] {
  const instants = new Map<string, string>();
  const instant = (wall: string): string => {
    let out = instants.get(wall);
    if (out === undefined) {
      const dt = DateTime.fromISO(wall, { zone: ZONE });
      out = dt.toISO({ suppressMilliseconds: true })!;
      instants.set(wall, out);
    }
    return out;
  };
  const lines: SheetHourLine[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    lines[i] = {
      id: r.id,
      row: r.ref.row,
      workerId: r.workerId,
      placementId: r.placementId,
      date: r.date,
      start: r.start,
      end: r.end,
      breakMinutes: r.breakMinutes,
      hours: r.hours,
      status: r.status as HourLine['status'],
      approvedBy: r.approvedBy,
      approvedAt: r.approvedAt === undefined ? undefined : instant(r.approvedAt),
      proof: r.proof,
      endDate: r.endDate,
      ref: r.ref,
    };
  }
  return lines;
}

/**
 * HirerPay rows grouped by profile into inputs for parseHirerPayProfile: scale rows become dated
 * scale wages, surcharge, overtime and allowance rows become rules, a reduction row the
 * working-time reduction; "complete", "signed by" and "signed at" may stand on any row of the
 * profile. Rows of one profile with another hirer or job give a PROFILE_ROWS_DIFFER problem.
 */
export function toHirerPayProfileInputs(rows: readonly HirerPayRow[]): {
  profiles: (HirerPayProfileInput & { rows: CellRef[] })[];
  problems: WorkbookProblem[];
} {
  const byId = new Map<string, HirerPayRow[]>();
  for (const r of rows) {
    const list = byId.get(r.profileId);
    if (list) list.push(r);
    else byId.set(r.profileId, [r]);
  }
  const problems: WorkbookProblem[] = [];
  const profiles: (HirerPayProfileInput & { rows: CellRef[] })[] = [];
  for (const [id, list] of byId) {
    const first = list[0]!;
    for (const r of list.slice(1)) {
      for (const f of ['hirerId', 'job'] as const) {
        if (r[f] === first[f]) continue;
        problems.push({
          code: 'PROFILE_ROWS_DIFFER',
          severity: 'error',
          message: {
            nl: `Blad ${r.ref.sheet}, rij ${r.ref.row}: profiel ${id} heeft hier een ander veld ${f} dan in rij ${first.ref.row}; verwacht dezelfde inlener en functie op elke regel van een profiel`,
            en: `Sheet ${r.ref.sheet}, row ${r.ref.row}: profile ${id} has a different ${f} than in row ${first.ref.row}; expected the same hirer and job on every row of a profile`,
          },
          ref: { sheet: r.ref.sheet, sheetKey: 'HirerPay', row: r.ref.row, field: f },
        });
      }
    }
    const of = (rule: string) => list.filter((r) => r.rule === rule);
    const premium = (r: HirerPayRow) => ({
      ...(r.percent !== undefined ? { percent: r.percent } : {}),
      ...(r.amount !== undefined ? { fixedPerHour: r.amount } : {}),
    });
    const reduction = of('reduction')[0];
    const validFrom = list.map((r) => r.validFrom).sort()[0];
    profiles.push({
      id,
      hirerId: first.hirerId,
      job: first.job,
      validFrom,
      scaleWages: of('scale').map((r) => ({ from: r.validFrom, amount: r.scaleWage!, per: 'hour', ...(r.scale !== undefined ? { scale: r.scale } : {}) })),
      surcharges: of('surcharge').map((r) => ({
        ...(r.description !== undefined ? { name: r.description } : {}),
        days: [...(r.days ?? [])],
        ...(r.from !== undefined ? { from: r.from } : {}),
        ...(r.to !== undefined ? { to: r.to } : {}),
        ...premium(r),
      })),
      overtime: of('overtime').map((r) => ({
        ...(r.description !== undefined ? { name: r.description } : {}),
        period: r.period!,
        afterHours: r.overtimeAfterHours!,
        ...premium(r),
      })),
      allowances: of('allowance').map((r) => ({ name: r.description ?? 'Vergoeding', amount: r.amount!, unit: r.unit! })),
      ...(reduction ? { workingTimeReduction: { percent: reduction.percent, compensation: reduction.compensation! } } : {}),
      status: {
        complete: list.some((r) => r.complete === true),
        signedBy: list.find((r) => r.signedBy !== undefined)?.signedBy,
        signedAt: list.find((r) => r.signedAt !== undefined)?.signedAt,
      },
      rows: list.map((r) => ({ sheet: r.ref.sheet, sheetKey: 'HirerPay' as const, row: r.ref.row })),
    } as HirerPayProfileInput & { rows: CellRef[] });
  }
  return { profiles, problems };
}
