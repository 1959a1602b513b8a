import { maskSensitive, type Lang, type Texts } from '../errors/index.js';
import { defaultRules } from '../rules/defaults.js';
import { resolveParameter } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';

/*
 * Findings: business-rule problems reported as data, not thrown (DESIGN.md "Findings, not
 * exceptions"). Shared by contracts, compliance, the timesheet control list, the CLI and the
 * task pane.
 *
 * Decisions:
 * - `message` always carries BOTH languages ({ nl, en }, the same `Texts` shape as InputError),
 *   so one result serves a Dutch clerk and an English log; a UI picks `message[lang]`
 *   (findingText). Messages are built with finding(), which masks anything shaped like a BSN or
 *   an IBAN; authors never put names, birth dates or medical notes into a message (use ids).
 * - `code` is stable (UPPER_SNAKE, prefixed by area); programs act on codes, never on texts.
 * - Every code is declared once with defineFindings (area, default severity, meaning) and listed
 *   in docs/findings.md.
 */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** error: blocks payroll or breaks a rule; warning: needs action before the deadline; info: for the record. */
export type Severity = (typeof SEVERITIES)[number];

/** Where a finding points: a cell (sheet, row, field) and/or the records involved. */
export interface FindingRef {
  readonly sheet?: string;
  /** Spreadsheet row (1-based) of the line the finding is about. */
  readonly row?: number;
  /** Field (column / input path) the finding is about. */
  readonly field?: string;
  readonly workerId?: string;
  readonly placementId?: string;
  readonly hirerId?: string;
  readonly agencyId?: string;
  readonly contractId?: string;
  /** Id of another record (advance, deduction, document, record in a privacy plan). */
  readonly recordId?: string;
  /** ISO date the finding is about. */
  readonly date?: string;
  /** ISO week the finding is about ("2026-W10"). */
  readonly week?: string;
}

/** The rule a finding applies: a parameter of the rule tables (see explain()) and/or its source. */
export interface FindingRule {
  /** Parameter name in the rule tables, e.g. "policy.advanceRecoveryWeeks". */
  readonly parameter?: string;
  /** Law article, CAO article or policy the rule comes from, e.g. "BW 7:632 lid 2". */
  readonly source: string;
  /** Set when the figure behind the finding is unconfirmed in our sources (DOMAIN.md [?]). */
  readonly unconfirmed?: true;
}

export interface Finding {
  /** Stable code, e.g. "DEDUCTION_PROOF_MISSING". */
  readonly code: string;
  readonly severity: Severity;
  /** The finding in Dutch and English, personal data masked. */
  readonly message: Texts;
  readonly ref?: FindingRef;
  readonly rule?: FindingRule;
}

/** A code's declaration: area, default severity and what it means (for docs/findings.md). */
export interface FindingSpec {
  readonly code: string;
  readonly area: string;
  readonly severity: Severity;
  readonly meaning: Texts;
  /** Where the rule comes from, in words. */
  readonly source: string;
}

type SpecBody = Omit<FindingSpec, 'code' | 'area'>;

/** Declares the codes of one area: `defineFindings('advances', { ADVANCE_X: { … } })`. */
export function defineFindings<const K extends string>(area: string, specs: Record<K, SpecBody>): { readonly [P in K]: FindingSpec } {
  const out = {} as Record<K, FindingSpec>;
  for (const code of Object.keys(specs) as K[]) out[code] = Object.freeze({ code, area, ...specs[code] });
  return Object.freeze(out);
}

export interface FindingOptions {
  readonly ref?: FindingRef;
  readonly rule?: FindingRule;
  /** Overrides the code's default severity (e.g. a warning that becomes an error on a deadline). */
  readonly severity?: Severity;
}

/** The ref without empty fields, in the same key order; undefined when nothing is left. (A loop, not entries/fromEntries: it runs once per finding, thousands of times in a control list.) */
function compactRef(ref: FindingRef): FindingRef | undefined {
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(ref)) {
    const v = (ref as Record<string, unknown>)[k];
    if (v !== undefined && v !== '') (out ??= {})[k] = v;
  }
  return out === undefined ? undefined : (Object.freeze(out) as FindingRef);
}

/** A finding of a declared code; both texts pass through maskSensitive. */
export function finding(spec: FindingSpec, message: Texts, options: FindingOptions = {}): Finding {
  const ref = options.ref ? compactRef(options.ref) : undefined;
  return Object.freeze({
    code: spec.code,
    severity: options.severity ?? spec.severity,
    message: Object.freeze({ nl: maskSensitive(message.nl), en: maskSensitive(message.en) }),
    ...(ref ? { ref } : {}),
    ...(options.rule ? { rule: Object.freeze({ ...options.rule }) } : {}),
  });
}

/** The rule behind a parameter on a date: its name, source and whether it is unconfirmed. */
export function ruleOf(parameter: string, date: string, rules: RuleSet = defaultRules): FindingRule {
  const r = resolveParameter(parameter, date, rules);
  return { parameter, source: r.source, ...(r.unconfirmed ? { unconfirmed: true as const } : {}) };
}

/** The message in one language. */
export function findingText(f: Finding, lang: Lang = 'en'): string {
  return f.message[lang];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity by row, then code. Stable. */
export function sortFindings(list: readonly Finding[]): Finding[] {
  return list
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        RANK[a.f.severity] - RANK[b.f.severity] ||
        (a.f.ref?.row ?? Number.MAX_SAFE_INTEGER) - (b.f.ref?.row ?? Number.MAX_SAFE_INTEGER) ||
        (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/** The most serious severity in the list, or undefined for an empty list. */
export function worstSeverity(list: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of list) if (worst === undefined || RANK[f.severity] < RANK[worst]) worst = f.severity;
  return worst;
}

export function hasErrors(list: readonly Finding[]): boolean {
  return list.some((f) => f.severity === 'error');
}

export function countBySeverity(list: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of list) counts[f.severity]++;
  return counts;
}

const SEVERITY_WORDS: Record<Severity, Texts> = {
  error: { nl: 'FOUT', en: 'ERROR' },
  warning: { nl: 'WAARSCHUWING', en: 'WARNING' },
  info: { nl: 'INFO', en: 'INFO' },
};

/** One line for a log or a CLI report: "FOUT DEDUCTION_PROOF_MISSING (rij 4, veld bedrag): …". */
export function formatFinding(f: Finding, lang: Lang = 'en'): string {
  const where: string[] = [];
  if (f.ref?.sheet) where.push(f.ref.sheet);
  if (f.ref?.row !== undefined) where.push(`${lang === 'nl' ? 'rij' : 'row'} ${f.ref.row}`);
  if (f.ref?.field) where.push(`${lang === 'nl' ? 'veld' : 'field'} ${f.ref.field}`);
  const at = where.length > 0 ? ` (${where.join(', ')})` : '';
  return `${SEVERITY_WORDS[f.severity][lang]} ${f.code}${at}: ${f.message[lang]}`;
}
