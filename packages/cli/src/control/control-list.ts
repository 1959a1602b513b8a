import {
  ABSENT_SHEET_CODES, controlListFromWorkbook, countBySeverity,
  type AgencyWorkbook, type CellRef, type ControlListFinding, type DefaultApplied, type FindingRule, type SheetKey, type Severity, type Texts,
  type WorkbookProblem,
} from '@backofficer/core';
import type { WeekRange } from '../weeks.js';

/*
 * The control list of `backofficer validate`: what the reader could not read (cells, rows that
 * disagree, profiles the model refuses) and the findings of validateTimesheet, in one list with
 * one shape. Every item says where it is (the line or cell) and where to fix it.
 */

export interface ControlItem {
  readonly code: string;
  readonly severity: Severity;
  /** Personal data already masked (core masks every message). */
  readonly message: Texts;
  /** Where the finding points: the hours line, or the cell that could not be read. */
  readonly sheet?: string;
  readonly row?: number;
  readonly field?: string;
  readonly cell?: string;
  readonly week?: string;
  readonly date?: string;
  readonly workerId?: string;
  readonly placementId?: string;
  readonly hirerId?: string;
  /** The other line of a duplicate, an overlap or a short rest. */
  readonly otherRow?: number;
  /** Where a clerk fixes it: the record that causes it (a worker, hirer, placement, profile), else the line or cell itself. */
  readonly fix?: FixAt;
  readonly rule?: FindingRule;
}

/** A place in the workbook: sheet (as named in the file), row, and the cell where the column exists. */
export interface FixAt {
  readonly sheet: string;
  readonly sheetKey: SheetKey;
  readonly row: number;
  readonly field?: string;
  readonly cell?: string;
}

export interface ControlList {
  readonly items: readonly ControlItem[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Hours lines read (records; rows with unreadable cells are problems instead). */
  readonly lines: number;
  /** Lines inside the requested weeks. */
  readonly linesChecked: number;
  readonly weeks?: WeekRange;
  /** First and last ISO week of the checked lines. */
  readonly firstWeek?: string;
  readonly lastWeek?: string;
  readonly defaults: readonly DefaultApplied[];
  /** Sheets that were absent, so their checks were skipped. */
  readonly skipped: readonly string[];
  /** Name of the hours sheet in the file. */
  readonly hoursSheet?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function place(ref: CellRef): FixAt {
  return {
    sheet: ref.sheet,
    sheetKey: ref.sheetKey,
    row: ref.row,
    ...(ref.field !== undefined ? { field: ref.field } : {}),
    ...(ref.address !== undefined ? { cell: ref.address } : {}),
  };
}

function fromProblem(p: WorkbookProblem): ControlItem {
  return {
    code: p.code,
    severity: p.severity,
    message: p.message,
    sheet: p.ref.sheet,
    row: p.ref.row,
    ...(p.ref.field !== undefined ? { field: p.ref.field } : {}),
    ...(p.ref.address !== undefined ? { cell: p.ref.address } : {}),
    fix: place(p.ref),
  };
}

function fromFinding(f: ControlListFinding): ControlItem {
  const r = f.ref;
  const fix = f.cause ?? f.cell;
  const item: Record<string, unknown> = { code: f.code, severity: f.severity, message: f.message };
  const optional: [string, unknown][] = [
    ['sheet', r.sheet], ['row', r.row], ['field', r.field], ['cell', f.cell?.address], ['week', r.week], ['date', r.date],
    ['workerId', r.workerId], ['placementId', r.placementId], ['hirerId', r.hirerId], ['otherRow', r.otherRow],
    ['fix', fix ? place(fix) : undefined], ['rule', f.rule],
  ];
  for (const [k, v] of optional) if (v !== undefined) item[k] = v;
  return item as unknown as ControlItem;
}

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Errors first, then warnings, then info; problems of other sheets before the hours lines; then by row and code. */
function order(a: ControlItem, b: ControlItem, hoursSheet: string | undefined): number {
  const group = (x: ControlItem) => (x.sheet === hoursSheet ? 1 : 0);
  return (
    RANK[a.severity] - RANK[b.severity] ||
    group(a) - group(b) ||
    byText(a.sheet ?? '', b.sheet ?? '') ||
    (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER) ||
    byText(a.code, b.code)
  );
}

/** Sheets whose absence the control list reports once (their checks are skipped) instead of on every line. */
const CHECKED_SHEETS = ['Workers', 'Hirers', 'Placements', 'HirerPay'] as const;

/** Runs the control list over the workbook for the requested weeks (all weeks when undefined). */
export function controlList(workbook: AgencyWorkbook, weeks: WeekRange | undefined): ControlList {
  const result = controlListFromWorkbook(workbook, weeks ? { weeks } : {});
  const skipped = CHECKED_SHEETS.filter((k) => workbook.sheets[k] === undefined);
  const absent = new Set<string>(skipped);
  const findings = result.findings.filter((f) => !absent.has(ABSENT_SHEET_CODES[f.code] ?? ''));
  const hoursSheet = workbook.sheets.Hours?.sheet;
  const items = [...result.problems.map(fromProblem), ...findings.map(fromFinding)];
  const sorted = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => order(a.item, b.item, hoursSheet) || a.i - b.i)
    .map((x) => x.item);
  return {
    items: sorted,
    counts: countBySeverity(sorted),
    lines: result.summary.lines,
    linesChecked: result.summary.linesChecked,
    ...(weeks ? { weeks } : {}),
    ...(result.summary.firstWeek !== undefined ? { firstWeek: result.summary.firstWeek, lastWeek: result.summary.lastWeek } : {}),
    defaults: result.defaults,
    skipped,
    ...(hoursSheet !== undefined ? { hoursSheet } : {}),
  };
}
