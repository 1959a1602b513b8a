import { parseIsoWeek, payrollDeadline, sheetSpec, toDate, weekEnd, weekStart, type SheetKey, type Severity } from '@backofficer/core';
import type { ControlItem, ControlList } from '../control/control-list.js';
import type { Lang } from '../i18n.js';
import { words } from '../words.js';
import { formatDay, formatDayAndTime } from './format.js';
import { renderTruncatedTable, renderWrappedTable } from './table.js';

/*
 * The control list for people: grouped by severity with counts, one table per group (the
 * message wraps to the terminal), notes on defaults and skipped sheets, a summary line and what
 * to do next. And for systems: the same items as stable JSON.
 */

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** "work week 2026-W10 (Mon 2 Mar 2026 to Sun 8 Mar 2026)", "work weeks … to …" or "every week in the file (…)". */
export function weeksText(list: Pick<ControlList, 'weeks' | 'firstWeek' | 'lastWeek'>, lang: Lang): string {
  const w = words(lang);
  if (!list.weeks) return w.allWeeks(list.firstWeek, list.lastWeek);
  if (list.weeks.from === list.weeks.to) {
    const start = weekStart(list.weeks.from);
    return w.weekText(list.weeks.from, formatDay(start, lang), formatDay(weekEnd(list.weeks.from).minus({ days: 1 }), lang));
  }
  return w.weeksText(list.weeks.from, list.weeks.to);
}

/** The message without the "Rij 12, " the row column already shows. */
function messageOf(item: ControlItem, lang: Lang): string {
  const text = item.message[lang];
  return item.row !== undefined ? text.replace(/^(Rij|Row) \d+, /, '') : text;
}

function whereOf(item: ControlItem, hoursSheet: string | undefined, lang: Lang): string {
  const w = words(lang);
  if (item.row === undefined) return item.week ?? '';
  if (item.sheet === hoursSheet) return String(item.row);
  return item.cell ? w.cellIn(item.sheet ?? '', item.cell) : w.rowIn(item.sheet ?? '', item.row);
}

/** "→ fix in Uitzendkrachten T39" when the fix is elsewhere than the line the finding points at. */
function fixText(item: ControlItem, lang: Lang): string | undefined {
  const f = item.fix;
  if (!f || (f.sheet === item.sheet && f.row === item.row)) return undefined;
  const w = words(lang);
  return w.fixIn(f.cell ? w.cellIn(f.sheet, f.cell) : w.rowIn(f.sheet, f.row));
}

/** At most this many items per severity in the terminal, unless --all. */
export const SHOWN_PER_SEVERITY = 40;

export interface TableOptions {
  /** Show every item (--all); default: the first SHOWN_PER_SEVERITY of each group. */
  readonly all?: boolean;
  /** Only the first clause of each message (up to the first ";"): the fact, not the consequence. */
  readonly short?: boolean;
  /** One line per finding: where to fix in its own column, the message cut to the width. */
  readonly oneLine?: boolean;
}

/** The message up to its first "; " outside parentheses: the fact, without the consequence. */
export function shortened(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && text[i + 1] === ' ' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** "Uitzendkrachten T39" when the fix is elsewhere than the line, else ''. */
function fixWhere(item: ControlItem, lang: Lang): string {
  const f = item.fix;
  if (!f || (f.sheet === item.sheet && f.row === item.row)) return '';
  const w = words(lang);
  return f.cell ? w.cellIn(f.sheet, f.cell) : w.rowIn(f.sheet, f.row);
}

/** The groups by severity, each a wrapped table. */
export function findingsTables(list: ControlList, lang: Lang, width: number, options: TableOptions = {}): string[] {
  const w = words(lang);
  const hoursSheet = list.hoursSheet;
  const out: string[] = [];
  for (const sev of SEVERITY_ORDER) {
    const items = list.items.filter((i) => i.severity === sev);
    if (items.length === 0) continue;
    const shown = options.all ? items : items.slice(0, SHOWN_PER_SEVERITY);
    if (options.oneLine) {
      // The field label ("plaatsingsnummer: ") is left out: the code says what it is about.
      const rows = shown.map((i) => [whereOf(i, hoursSheet, lang), i.code, fixWhere(i, lang), shortened(messageOf(i, lang)).replace(/^[^:]{1,30}: /, '')]);
      out.push(`${w.severityTitle[sev]} (${items.length})`);
      out.push(renderTruncatedTable([{ header: w.colWhere, align: 'right' }, { header: w.colCode }, { header: w.colFix }, { header: w.colMessage }], rows, width, '  '));
      if (shown.length < items.length) out.push(`  ${w.moreItems(items.length - shown.length)}`);
      out.push('');
      continue;
    }
    const rows = shown.map((i) => {
      const fix = fixText(i, lang);
      const message = options.short ? shortened(messageOf(i, lang)) : messageOf(i, lang);
      return [whereOf(i, hoursSheet, lang), i.code, fix ? `${message} ${fix}` : message];
    });
    out.push(`${w.severityTitle[sev]} (${items.length})`);
    out.push(renderWrappedTable([{ header: w.colWhere, align: 'right' }, { header: w.colCode }, { header: w.colMessage }], rows, width, '  '));
    if (shown.length < items.length) out.push(`  ${w.moreItems(items.length - shown.length)}`);
    out.push('');
  }
  return out;
}

/** Notes: defaults applied (never silent) and sheets whose checks were skipped. */
export function controlNotes(list: ControlList, lang: Lang): string[] {
  const w = words(lang);
  const notes = [
    ...list.defaults.map((d) => d.message[lang]),
    ...list.skipped.map((k) => w.skippedSheet(sheetSpec(k as SheetKey).names[lang], w.skippedChecks[k] ?? k)),
  ];
  return notes.length > 0 ? [`${w.notes}:`, ...notes.map((n) => `  - ${n}`), ''] : [];
}

/** "15 fouten, 5 waarschuwingen, 1 ter informatie; 199 van 2253 regels gecontroleerd". */
export function controlSummaryParts(list: ControlList, lang: Lang): string[] {
  const w = words(lang);
  return [w.summaryFindings(list.counts.error, list.counts.warning, list.counts.info), w.summaryLines(list.linesChecked, list.lines)];
}

/** The hours deadline of the last week checked, as the clerk reads it ("di 10 mrt 2026 13:00"). */
export function hoursDeadlineText(list: ControlList, lang: Lang): string | undefined {
  const week = list.weeks?.to ?? list.lastWeek;
  if (week === undefined) return undefined;
  try {
    const d = payrollDeadline(parseIsoWeek(week), 'hours');
    return formatDayAndTime(toDate(d.day), d.time, lang);
  } catch {
    return undefined;
  }
}

/** The whole control list as text: title, groups, notes (summary and next steps are added by the command). */
export function controlListText(list: ControlList, file: string, lang: Lang, width: number, options: TableOptions = {}): string[] {
  const w = words(lang);
  const lines = [w.controlTitle(file, weeksText(list, lang)), ''];
  if (list.linesChecked === 0 && list.items.length === 0) {
    lines.push(w.noLines(weeksText(list, lang)));
    lines.push('');
  } else if (list.items.length === 0) {
    lines.push(w.noFindings, '');
  } else {
    lines.push(...findingsTables(list, lang, width, options));
  }
  lines.push(...controlNotes(list, lang));
  return lines;
}

/** One item for systems: stable keys, the message in the chosen language. */
function itemJson(item: ControlItem, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = { code: item.code, severity: item.severity, message: item.message[lang] };
  const keys = ['sheet', 'row', 'field', 'cell', 'week', 'date', 'workerId', 'placementId', 'hirerId', 'otherRow'] as const;
  for (const k of keys) if (item[k] !== undefined) out[k] = item[k];
  if (item.fix) out.fix = { sheet: item.fix.sheet, sheetKey: item.fix.sheetKey, row: item.fix.row, ...(item.fix.field ? { field: item.fix.field } : {}), ...(item.fix.cell ? { cell: item.fix.cell } : {}) };
  if (item.rule) out.rule = { ...item.rule };
  return out;
}

export function controlListJson(list: ControlList, lang: Lang): Record<string, unknown> {
  return {
    weeks: list.weeks ?? null,
    summary: {
      errors: list.counts.error,
      warnings: list.counts.warning,
      info: list.counts.info,
      lines: list.lines,
      linesChecked: list.linesChecked,
      firstWeek: list.firstWeek ?? null,
      lastWeek: list.lastWeek ?? null,
      byCode: Object.fromEntries(
        [...new Set(list.items.map((i) => i.code))].sort().map((c) => [c, list.items.filter((i) => i.code === c).length]),
      ),
    },
    findings: list.items.map((i) => itemJson(i, lang)),
    defaults: list.defaults.map((d) => ({ sheet: d.sheet, sheetKey: d.sheetKey, field: d.field, value: d.value, reason: d.reason, source: d.source, count: d.count, rows: d.rows, message: d.message[lang] })),
    skippedSheets: list.skipped,
  };
}
