import { InputError, NoRuleError } from '../errors/index.js';
import { formatIsoWeek, toIsoWeek, weekStart } from '../calendar/iso-week.js';
import { defaultRules } from '../rules/defaults.js';
import { SEVERITIES, type Severity } from '../compliance/findings.js';
import { checkApproval } from './approval.js';
import { checkShifts } from './atw-shifts.js';
import { checkWeeks, coveredWeeks } from './atw-weeks.js';
import { dayNumberOf } from './clock.js';
import { checkContractHours } from './contract-hours.js';
import { DayTable } from './days.js';
import { dossierCheck } from './dossier.js';
import { indexEntities } from './entities.js';
import { checkHolidays } from './holidays.js';
import { instantSeconds } from './instants.js';
import { buildLineTable, REJECTED, USABLE, type LineTable } from './lines.js';
import { checkOnboarding } from './onboarding.js';
import { ProfileIndex } from './profiles.js';
import { joinLines } from './references.js';
import { Report } from './report.js';
import { buildTimeline, checkDuplicatesAndOverlaps } from './timeline.js';
import { checkValues } from './values.js';
import type { TimesheetContext, TimesheetFinding, TimesheetLine, TimesheetResult, TimesheetSummary } from './types.js';

/**
 * The timesheet control list (issue 5 §6): every line of a week's (or a range of weeks') hours
 * checked against its placement, the worker's dossier, the hirer's pay profile, the payroll
 * calendar and the Working Hours Act. Returns findings with stable codes (docs/findings.md),
 * messages in Dutch and English that name row and field with personal data masked, and a
 * summary. Pure and deterministic: the same input gives the same findings in the same order
 * (by row, then code; findings without a row last, by week, then code).
 *
 * Built for a year of lines: ids are looked up in Maps built once, each distinct date and week
 * is worked out once (ISO week, holiday, deadlines, rule figures), times are integer minutes in
 * typed arrays, and only the lines of one worker are sorted together.
 */
export function validateTimesheet(lines: readonly TimesheetLine[], context: TimesheetContext): TimesheetResult {
  const rules = context.rules ?? defaultRules;
  const days = new DayTable(rules);
  const requested = requestedMondays(context);
  const t = buildLineTable(lines, days, requested);
  const report = new Report(lines, t.row, t.inRange, (i) => t.dayOf(i).week.text, rules);

  checkValues(t, report);
  const entities = indexEntities(context, days);
  const joined = joinLines(t, entities, report);
  const asOf = context.asOf === undefined ? NaN : instantSeconds(context.asOf, days, 'asOf');
  checkApproval(t, joined, days, report, asOf);
  const profiles = context.hirerPayProfiles !== undefined ? new ProfileIndex(context.hirerPayProfiles) : undefined;
  const mondays = coveredMondays(t);
  checkOnboarding(t, joined, days, report, profiles, dossierCheck(rules), entities.counts, mondays);
  checkHolidays(t, joined, days, report, profiles);
  checkRuleCoverage(t, days, report);

  const timeline = buildTimeline(t, days, joined, entities.counts.workers);
  checkDuplicatesAndOverlaps(t, timeline, report);
  checkShifts(t, timeline, joined, days, report);
  checkWeeks(t, timeline, joined, days, report, coveredWeeks(t, days));
  checkContractHours(t, joined, entities, days, report, requested);

  const findings = sortFindings(report.findings);
  return { findings, summary: summarize(t, findings) };
}

/** [first Monday, last Monday] as day numbers of the weeks to report on. */
function requestedMondays(context: TimesheetContext): [number, number] {
  if (context.weeks === undefined) return [-Infinity, Infinity];
  const from = dayNumberOf(weekStart(context.weeks.from).toISODate()!);
  const to = dayNumberOf(weekStart(context.weeks.to).toISODate()!);
  if (from > to) {
    const a = formatIsoWeek(toIsoWeek(context.weeks.from, 'weeks.from'));
    const b = formatIsoWeek(toIsoWeek(context.weeks.to, 'weeks.to'));
    throw new InputError(
      'INVALID_WEEK_RANGE',
      {
        nl: `weken: ${a} ligt na ${b}; verwacht eerst de vroegste week, bijvoorbeeld van 2026-W10 tot 2026-W12`,
        en: `weeks: ${a} is after ${b}; expected the earliest week first, e.g. from 2026-W10 to 2026-W12`,
      },
      'weeks',
    );
  }
  return [from, to];
}

function coveredMondays(t: LineTable): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < t.n; i++) {
    const m = t.dayOf(i).week.monday;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  return [lo, hi];
}

/** Lines whose date no rule table covers: the statutory checks skip them, and say so. */
function checkRuleCoverage(t: LineTable, days: DayTable, report: Report): void {
  for (let i = 0; i < t.n; i++) {
    if (t.inRange[i] !== 1 || !(t.flags[i]! & USABLE) || t.flags[i]! & REJECTED) continue;
    const f = days.figures(t.dayOf(i));
    if (f instanceof NoRuleError) {
      report.line('NO_RULE_FOR_DATE', i, 'date', {
        nl: `${f.texts.nl}; de controles op de Arbeidstijdenwet en de vaste uren zijn voor deze regel overgeslagen`,
        en: `${f.texts.en}; the Working Hours Act and fixed-hours checks were skipped for this line`,
      }, { source: 'Dated rule tables (DESIGN.md)' });
    }
  }
}

function sortFindings(list: readonly TimesheetFinding[]): TimesheetFinding[] {
  const indexed = list.map((f, i) => ({ f, i }));
  indexed.sort((a, b) => {
    const ra = a.f.ref.row;
    const rb = b.f.ref.row;
    if (ra !== rb) {
      if (ra === undefined) return 1;
      if (rb === undefined) return -1;
      return ra - rb;
    }
    if (ra === undefined) {
      const wa = a.f.ref.week ?? '';
      const wb = b.f.ref.week ?? '';
      if (wa !== wb) return wa < wb ? -1 : 1;
    }
    if (a.f.code !== b.f.code) return a.f.code < b.f.code ? -1 : 1;
    return a.i - b.i;
  });
  return indexed.map((x) => x.f);
}

function summarize(t: LineTable, findings: readonly TimesheetFinding[]): TimesheetSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byCode: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  let checked = 0;
  let first: string | undefined;
  let last: string | undefined;
  let firstMonday = Infinity;
  let lastMonday = -Infinity;
  for (let i = 0; i < t.n; i++) {
    if (t.inRange[i] !== 1) continue;
    checked++;
    const w = t.dayOf(i).week;
    if (w.monday < firstMonday) {
      firstMonday = w.monday;
      first = w.text;
    }
    if (w.monday > lastMonday) {
      lastMonday = w.monday;
      last = w.text;
    }
  }
  const sortedCodes = Object.fromEntries(Object.entries(byCode).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    lines: t.n,
    linesChecked: checked,
    bySeverity,
    byCode: sortedCodes,
    ...(first !== undefined ? { firstWeek: first, lastWeek: last } : {}),
  };
}
