/**
 * The control list as the pane shows it: core's controlListFromWorkbook (the same list the command
 * line prints) turned into plain data that can cross to and from the engine worker, plus what the
 * pane does with it (marks in the sheet, the findings sheet).
 */
import {
  controlListFromWorkbook, readAgencyWorkbook,
  type CellRef as CoreCellRef, type ControlListFinding, type Severity, type Texts, type WorkbookProblem,
} from '@backofficer/core';
import type { CellMark, WriteValue } from '../../office/port.js';
import { ruleSetOf, type RuleSettings } from './rules.js';
import type { WorkbookInput } from './sources.js';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Fills as the command line's findings workbook uses them (Excel's "Bad", "Neutral" and a light blue). */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export interface PaneCell {
  sheet: string;
  address: string;
}

/** One line of the control list in the pane. */
export interface PaneFinding {
  /** Position in the list (stable key). */
  id: number;
  code: string;
  severity: Severity;
  message: Texts;
  /** The cell the finding is about (its hours line and field). */
  cell?: PaneCell;
  /** Where to fix it when that is another sheet (the worker's, hirer's, placement's or profile's row). */
  cause?: PaneCell;
  row?: number;
  week?: string;
  workerId?: string;
  placementId?: string;
  /** Law, CAO article or policy the rule comes from. */
  source?: string;
}

export interface ControlListView {
  findings: PaneFinding[];
  counts: Record<Severity, number>;
  lines: number;
  linesChecked: number;
  firstWeek?: string;
  lastWeek?: string;
  /** The sheet the hours were read from. */
  hoursSheet?: string;
  /** Defaults the reader applied (always shown). */
  defaults: Texts[];
}

export interface ControlJob {
  kind: 'control';
  rules: RuleSettings;
  /** Hirer pay profiles kept by the pane in the workbook (parseHirerPayProfile input). */
  profiles: unknown[];
}

function paneCell(ref: CoreCellRef | undefined): PaneCell | undefined {
  if (!ref) return undefined;
  return { sheet: ref.sheet, address: ref.address ?? `A${ref.row}` };
}

function fromFinding(f: ControlListFinding, id: number): PaneFinding {
  const cell = paneCell(f.cell);
  const cause = paneCell(f.cause);
  return {
    id,
    code: f.code,
    severity: f.severity,
    message: { nl: f.message.nl, en: f.message.en },
    ...(cell ? { cell } : {}),
    ...(cause ? { cause } : {}),
    ...(f.ref.row !== undefined ? { row: f.ref.row } : {}),
    ...(f.ref.week !== undefined ? { week: f.ref.week } : {}),
    ...(f.ref.workerId !== undefined ? { workerId: f.ref.workerId } : {}),
    ...(f.ref.placementId !== undefined ? { placementId: f.ref.placementId } : {}),
    ...(f.rule?.source !== undefined ? { source: f.rule.source } : {}),
  };
}

function fromProblem(p: WorkbookProblem, id: number): PaneFinding {
  const cell = p.ref.sheet ? paneCell(p.ref) : undefined;
  return {
    id,
    code: p.code,
    severity: p.severity,
    message: { nl: p.message.nl, en: p.message.en },
    ...(cell ? { cell } : {}),
    ...(p.ref.row ? { row: p.ref.row } : {}),
  };
}

/** Reads the workbook as the command line does and runs the shared control list (engine worker). */
export function runControlJob(input: WorkbookInput, job: ControlJob): ControlListView {
  const wb = readAgencyWorkbook(input.grids, input.mapping);
  const list = controlListFromWorkbook(wb, { rules: ruleSetOf(job.rules), profiles: job.profiles });
  // What could not be read comes first: those rows are missing from the checks.
  const findings = [
    ...list.problems.map((p, i) => fromProblem(p, i)),
    ...list.findings.map((f, i) => fromFinding(f, list.problems.length + i)),
  ];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    findings,
    counts,
    lines: list.summary.lines,
    linesChecked: list.summary.linesChecked,
    ...(list.summary.firstWeek !== undefined ? { firstWeek: list.summary.firstWeek } : {}),
    ...(list.summary.lastWeek !== undefined ? { lastWeek: list.summary.lastWeek } : {}),
    ...(wb.sheets.Hours ? { hoursSheet: wb.sheets.Hours.sheet } : {}),
    defaults: list.defaults.map((d) => ({ nl: d.message.nl, en: d.message.en })),
  };
}

/** Marks for "mark in sheet": one fill per cell, the most serious finding's colour winning. */
export function marksOf(findings: readonly PaneFinding[]): CellMark[] {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const worst = new Map<string, { cell: PaneCell; severity: Severity }>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.cell.sheet}\u0000${f.cell.address}`;
    const seen = worst.get(key);
    if (!seen || rank[f.severity] > rank[seen.severity]) worst.set(key, { cell: f.cell, severity: f.severity });
  }
  return [...worst.values()].map(({ cell, severity }) => ({ sheet: cell.sheet, address: cell.address, color: SEVERITY_FILL[severity] }));
}

export type SeverityWords = Readonly<Record<Severity, string>>;

/** The findings sheet: one row per finding, errors first, with where it is and where to fix it. */
export function findingsSheetRows(
  findings: readonly PaneFinding[],
  lang: 'nl' | 'en',
  words: { headers: readonly string[]; severity: SeverityWords },
): WriteValue[][] {
  const rows: WriteValue[][] = [[...words.headers]];
  for (const severity of SEVERITY_ORDER) {
    for (const f of findings) {
      if (f.severity !== severity) continue;
      rows.push([
        words.severity[severity],
        f.code,
        f.cell?.sheet ?? '',
        f.cell?.address ?? '',
        f.week ?? '',
        f.cause ? `${f.cause.sheet}!${f.cause.address}` : '',
        f.message[lang],
        f.source ?? '',
      ]);
    }
  }
  return rows;
}
