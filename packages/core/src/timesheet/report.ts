import type { Texts } from '../errors/index.js';
import { finding, ruleOf, type FindingRule, type FindingSpec, type Severity } from '../compliance/findings.js';
import type { RuleSet } from '../rules/types.js';
import { TIMESHEET_FINDINGS, type TimesheetCode } from './codes.js';
import type { TimesheetFinding, TimesheetFindingRef, TimesheetLine } from './types.js';

/*
 * Collects findings. Each line finding names the row and the field in both languages
 * ("Rij 12, begintijd: …" / "Row 12, start time: …") and carries a ref the task pane can turn
 * into a cell. Findings about lines outside the requested weeks are dropped here, so the checks
 * themselves can look at every line.
 */

/** Field names of a timesheet line in the clerk's words (the model's hourLineLabels plus endDate). */
export const LINE_FIELD_LABELS: Readonly<Record<string, Texts>> = {
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  placementId: { nl: 'plaatsingsnummer', en: 'placement number' },
  date: { nl: 'datum', en: 'date' },
  start: { nl: 'begintijd', en: 'start time' },
  end: { nl: 'eindtijd', en: 'end time' },
  endDate: { nl: 'einddatum', en: 'end date' },
  breakMinutes: { nl: 'pauze (minuten)', en: 'break (minutes)' },
  hours: { nl: 'uren', en: 'hours' },
  status: { nl: 'status', en: 'status' },
  approvedBy: { nl: 'goedgekeurd door', en: 'approved by' },
  approvedAt: { nl: 'goedgekeurd op', en: 'approved at' },
  proof: { nl: 'urenbewijs', en: 'proof of hours' },
};

export type LineField = keyof typeof LINE_FIELD_LABELS;

export interface LineExtras {
  readonly severity?: Severity;
  readonly otherRow?: number;
  readonly hirerId?: string | number;
  /** Another record the finding is about (the hirer pay profile's id). */
  readonly recordId?: string;
  /** Parameter of the rule tables behind the finding (source and unconfirmed flag follow). */
  readonly parameter?: string;
  /** A source in words when there is no parameter. */
  readonly source?: string;
}

function stringOrUndefined(v: string | number | undefined): string | undefined {
  return v === undefined ? undefined : String(v);
}

export class Report {
  readonly findings: TimesheetFinding[] = [];
  private readonly rules = new Map<string, FindingRule>();
  /** The hirer of line i (through its placement), once the lines are joined. */
  hirerOf: (i: number) => string | number | undefined = () => undefined;

  constructor(
    private readonly lines: readonly TimesheetLine[],
    readonly rows: Int32Array,
    /** 1 when the line is inside the requested weeks. */
    readonly inRange: Uint8Array,
    /** ISO week text per line ("2026-W10"). */
    readonly weekOf: (i: number) => string,
    private readonly ruleSet: RuleSet,
  ) {}

  private rule(parameter: string, date: string): FindingRule | undefined {
    const key = `${parameter}|${date}`;
    let r = this.rules.get(key);
    if (r === undefined) {
      try {
        r = ruleOf(parameter, date, this.ruleSet);
      } catch {
        return undefined;
      }
      this.rules.set(key, r);
    }
    return r;
  }

  /** A finding about line `i` (0-based index) and one of its fields. */
  line(code: TimesheetCode | FindingSpec, i: number, field: LineField, texts: Texts, extras: LineExtras = {}): void {
    if (this.inRange[i] !== 1) return;
    const line = this.lines[i]!;
    const row = this.rows[i]!;
    const label = LINE_FIELD_LABELS[field]!;
    const ref: TimesheetFindingRef = {
      sheet: line.ref?.sheet,
      row,
      field,
      workerId: line.workerId,
      placementId: line.placementId,
      hirerId: stringOrUndefined(extras.hirerId ?? this.hirerOf(i)),
      date: line.date,
      week: this.weekOf(i),
      otherRow: extras.otherRow,
      recordId: extras.recordId,
    };
    this.push(typeof code === 'string' ? TIMESHEET_FINDINGS[code] : code, { nl: `Rij ${row}, ${label.nl}: ${texts.nl}`, en: `Row ${row}, ${label.en}: ${texts.en}` }, ref, extras, line.date);
  }

  /** A finding that points at no single line (a week of a placement without hours). */
  free(code: TimesheetCode, texts: Texts, ref: TimesheetFindingRef, extras: LineExtras = {}, date?: string): void {
    this.push(TIMESHEET_FINDINGS[code], texts, ref, extras, date);
  }

  private push(spec: FindingSpec, texts: Texts, ref: TimesheetFindingRef, extras: LineExtras, date: string | undefined): void {
    const rule = extras.parameter !== undefined && date !== undefined ? this.rule(extras.parameter, date) : undefined;
    const f = finding(spec, texts, {
      ref,
      ...(extras.severity ? { severity: extras.severity } : {}),
      rule: rule ?? { source: extras.source ?? spec.source },
    }) as TimesheetFinding;
    this.findings.push(f.ref ? f : { ...f, ref: {} });
  }
}
