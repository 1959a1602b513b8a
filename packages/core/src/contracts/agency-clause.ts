import * as z from 'zod';
import { parseWith, type Texts } from '../errors/index.js';
import { defaultRules, withCao } from '../rules/defaults.js';
import { getBoolean, getInteger, getString } from '../rules/lookup.js';
import { CAOS, type Cao, type RuleSet } from '../rules/types.js';
import { finding, ruleOf, type Finding, type FindingRule } from '../compliance/findings.js';
import { addRuleIssue, inputError, optional, optionalDateField, readChoice, required } from '../model/fields.js';
import { CONTRACT_FINDINGS as F } from './codes.js';
import { addDays, daysBetween, mondayOf } from './dates.js';
import { contractLabels, contractSchema, workEntrySchema, type Contract } from './input.js';
import { countedWeeks } from './weeks.js';
import type { Phase } from './phase.js';

/*
 * The agency clause (uitzendbeding, BW 7:691 lid 2; DOMAIN.md §7): in phase A/1-2 the contract
 * ends when the hirer ends the assignment. Notice (termijn van kennisgeving): none during the
 * first agencyClause.noticeAfterWorkedWeeks (26) worked weeks of the assignment; after MORE than
 * 26 worked weeks, agencyClause.noticeDays (10) calendar days (jex.nl: "meer dan 26 gewerkte
 * weken"; randstad.nl: "vanaf week 27"). Short notice does not keep the contract alive: the
 * worker is paid the wage over the missing days unless offered suitable work (jex.nl).
 * Our reading of "10 days before the end": notified on N, the last day may be N + 10 days.
 * Sickness: until 2023-07-01 the contract ended on the sick report; from 2023-07-01 it does not
 * end during sickness (Hoge Raad ECLI:NL:HR:2023:426; agencyClause.endsOnSickness).
 */

export const AGENCY_CLAUSE_EVENTS = ['hirer-ends-assignment', 'sickness'] as const;
export type AgencyClauseEventKind = (typeof AGENCY_CLAUSE_EVENTS)[number];

const readEventKind = readChoice(AGENCY_CLAUSE_EVENTS, {
  'inlener-beeindigt': 'hirer-ends-assignment', 'einde-opdracht': 'hirer-ends-assignment', 'opdracht-beeindigd': 'hirer-ends-assignment',
  ziekte: 'sickness', ziekmelding: 'sickness', ziek: 'sickness',
});

const PHASES = ['A', 'B', 'C'] as const;
const readPhase = readChoice(PHASES, { '1-2': 'A', '1': 'A', '2': 'A', '3': 'B', '4': 'C' });

const eventSchema = z
  .object({
    kind: required<string, AgencyClauseEventKind>('kind', readEventKind),
    /** Hirer ends the assignment: the day the agency tells the worker. */
    notifiedOn: optionalDateField('notifiedOn'),
    /** Hirer ends the assignment: the last day of the assignment. */
    assignmentEndsOn: optionalDateField('assignmentEndsOn'),
    /** Sickness: the day the worker reported sick (first day of sickness). */
    sickFrom: optionalDateField('sickFrom'),
  })
  .superRefine((e, ctx) => {
    const need = (field: string, example: string) =>
      addRuleIssue(ctx, [field], 'MISSING_VALUE', { nl: `ontbreekt; verwacht een datum, bijvoorbeeld ${example}`, en: `missing; expected a date, e.g. ${example}` });
    if (e.kind === 'hirer-ends-assignment') {
      if (!e.notifiedOn) need('notifiedOn', '2026-03-02');
      if (!e.assignmentEndsOn) need('assignmentEndsOn', '2026-03-13');
      if (e.notifiedOn && e.assignmentEndsOn && e.assignmentEndsOn < e.notifiedOn) {
        addRuleIssue(ctx, ['assignmentEndsOn'], 'END_BEFORE_START', {
          nl: `${e.assignmentEndsOn} ligt voor de meldingsdatum ${e.notifiedOn}; verwacht een laatste dag op of na de melding`,
          en: `${e.assignmentEndsOn} is before the notification date ${e.notifiedOn}; expected a last day on or after the notification`,
        });
      }
    } else if (!e.sickFrom) need('sickFrom', '2026-03-02');
  });

/** A whole number of weeks, 0 or more. */
function readWeekCount(value: unknown, field: string): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw inputError('INVALID_NUMBER', field, value, { nl: 'is geen aantal weken', en: 'is not a number of weeks' }, { nl: 'een geheel getal vanaf 0, bijvoorbeeld 27', en: 'a whole number from 0, e.g. 27' });
  }
  return n;
}

const agencyClauseInputSchema = z.object({
  cao: optional<string, Cao>('cao', readChoice(CAOS)),
  contract: contractSchema,
  /** Phase on the event date (from contractPhase); default A. */
  phase: optional<string, Phase>('phase', readPhase),
  /** Hours of this assignment per week, to count its worked weeks. */
  work: z.array(workEntrySchema).default([]),
  /** Or the number of worked weeks of the assignment, when the hours are not at hand. */
  assignmentWorkedWeeks: optional<number | string, number>('assignmentWorkedWeeks', readWeekCount),
  event: eventSchema,
});

export type AgencyClauseInput = z.input<typeof agencyClauseInputSchema>;

export interface AgencyClauseEnd {
  /** The agency clause can be invoked (contract with clause, phase A). */
  readonly applies: boolean;
  /** The event ends the contract. */
  readonly ends: boolean;
  /** Last day of the contract when it ends. */
  readonly endsOn?: string;
  readonly reason: 'hirer-ended-assignment' | 'sickness' | 'continues-during-sickness' | 'no-agency-clause' | 'not-phase-A';
  /** Worked weeks of the assignment counted for the notice. */
  readonly assignmentWorkedWeeks: number;
  readonly noticeRequired: boolean;
  /** Notice due in calendar days (0 or 10). */
  readonly noticeDays: number;
  /** Days of notice actually given (last day − notification day). */
  readonly noticeGivenDays?: number;
  /** Calendar days of notice missing: the wage over these days is due unless suitable work is offered. */
  readonly compensationDays: number;
  /** The day the notice would have allowed as the last day (notification + notice days). */
  readonly earliestEndWithNotice?: string;
  readonly message: Texts;
  readonly rule: FindingRule;
  readonly findings: readonly Finding[];
}

const labels = {
  cao: { nl: 'cao', en: 'CAO (collective agreement)' },
  contract: { nl: 'contract', en: 'contract' },
  ...Object.fromEntries(Object.entries(contractLabels).filter(([k]) => k !== '').map(([k, v]) => [`contract.${k}`, v])),
  phase: { nl: 'fase', en: 'phase' },
  work: { nl: 'gewerkte uren', en: 'hours worked' },
  assignmentWorkedWeeks: { nl: 'gewerkte weken van de opdracht', en: 'worked weeks of the assignment' },
  'event.kind': { nl: 'soort gebeurtenis', en: 'kind of event' },
  'event.notifiedOn': { nl: 'gemeld op', en: 'notified on' },
  'event.assignmentEndsOn': { nl: 'laatste dag opdracht', en: 'last day of the assignment' },
  'event.sickFrom': { nl: 'ziek vanaf', en: 'sick from' },
};

/**
 * Whether and when a contract with agency clause ends: the hirer ends the assignment (with the
 * notice after 26 worked weeks), or sickness (ends the contract only before 2023-07-01).
 * Throws InvalidInputError on bad input.
 */
export function agencyClauseEnds(input: AgencyClauseInput, rules: RuleSet = defaultRules): AgencyClauseEnd {
  const parsed = parseWith(agencyClauseInputSchema, input, { nl: 'einde uitzendbeding', en: 'agency clause end' }, labels);
  const r = parsed.cao && parsed.cao !== rules.cao ? withCao(rules, parsed.cao) : rules;
  const contract: Contract = { ...parsed.contract, id: parsed.contract.id ?? '1' };
  const event = parsed.event;
  const day = event.kind === 'sickness' ? event.sickFrom! : event.assignmentEndsOn!;
  const phase: Phase = parsed.phase ?? 'A';
  const ref = { contractId: contract.id, hirerId: contract.hirerId, date: day };
  const findings: Finding[] = [];

  const weeks =
    parsed.assignmentWorkedWeeks ??
    countedWeeks(parsed.work, r).filter((w) => w.monday >= mondayOf(contract.start) && w.monday <= day).length;
  const base = { assignmentWorkedWeeks: weeks, noticeRequired: false, noticeDays: 0, compensationDays: 0 };

  if (contract.kind !== 'agency-clause' || phase !== 'A') {
    const reason = contract.kind !== 'agency-clause' ? 'no-agency-clause' : 'not-phase-A';
    const message: Texts =
      reason === 'no-agency-clause'
        ? { nl: `Contract ${contract.id} heeft geen uitzendbeding: het eindigt niet doordat de inlener de opdracht beëindigt.`, en: `Contract ${contract.id} has no agency clause: it does not end because the hirer ends the assignment.` }
        : {
            nl: `De uitzendkracht zit in fase ${getString(`phase.${phase}.label`, day, r)}: het uitzendbeding geldt alleen in fase ${getString('phase.A.label', day, r)}.`,
            en: `The worker is in phase ${getString(`phase.${phase}.label`, day, r)}: the agency clause applies in phase ${getString('phase.A.label', day, r)} only.`,
          };
    const rule: FindingRule = { source: 'BW 7:691 lid 2; CAO voor Uitzendkrachten, fasensysteem (DOMAIN.md §7)' };
    findings.push(finding(F.AGENCY_CLAUSE_NOT_APPLICABLE, message, { ref, rule }));
    return { applies: false, ends: false, reason, ...base, message, rule, findings };
  }

  if (event.kind === 'sickness') {
    const sickFrom = event.sickFrom!;
    const rule = ruleOf('agencyClause.endsOnSickness', sickFrom, r);
    if (getBoolean('agencyClause.endsOnSickness', sickFrom, r)) {
      const message: Texts = {
        nl: `Ziek vanaf ${sickFrom}: volgens de regel tot 2023-07-01 eindigt het contract met uitzendbeding op de dag van de ziekmelding.`,
        en: `Sick from ${sickFrom}: under the rule until 2023-07-01 the contract with agency clause ends on the day of the sick report.`,
      };
      findings.push(finding(F.AGENCY_CLAUSE_ENDS_ON_SICKNESS, message, { ref, rule }));
      return { applies: true, ends: true, endsOn: sickFrom, reason: 'sickness', ...base, message, rule, findings };
    }
    const message: Texts = {
      nl: `Ziek vanaf ${sickFrom}: het contract met uitzendbeding eindigt niet door ziekte (vanaf 2023-07-01); het loopt door tot de inlener de opdracht beëindigt.`,
      en: `Sick from ${sickFrom}: the contract with agency clause does not end on sickness (from 2023-07-01); it continues until the hirer ends the assignment.`,
    };
    findings.push(finding(F.AGENCY_CLAUSE_CONTINUES_DURING_SICKNESS, message, { ref, rule }));
    return { applies: true, ends: false, reason: 'continues-during-sickness', ...base, message, rule, findings };
  }

  const notifiedOn = event.notifiedOn!;
  const endsOn = event.assignmentEndsOn!;
  const after = getInteger('agencyClause.noticeAfterWorkedWeeks', endsOn, r);
  const noticeRequired = weeks > after;
  const noticeDays = noticeRequired ? getInteger('agencyClause.noticeDays', endsOn, r) : 0;
  const given = daysBetween(notifiedOn, endsOn);
  const earliest = addDays(notifiedOn, noticeDays);
  const compensationDays = Math.max(daysBetween(endsOn, earliest), 0);
  const rule = ruleOf(noticeRequired ? 'agencyClause.noticeDays' : 'agencyClause.noticeAfterWorkedWeeks', endsOn, r);
  const message: Texts = noticeRequired
    ? {
        nl: `De inlener beëindigt de opdracht: het contract eindigt op ${endsOn}. Na ${weeks} gewerkte weken (meer dan ${after}) is de kennisgevingstermijn ${noticeDays} dagen; gemeld op ${notifiedOn}, ${given} dagen vooraf.`,
        en: `The hirer ends the assignment: the contract ends on ${endsOn}. After ${weeks} worked weeks (more than ${after}) the notice is ${noticeDays} days; notified on ${notifiedOn}, ${given} days ahead.`,
      }
    : {
        nl: `De inlener beëindigt de opdracht: het contract eindigt op ${endsOn}. Na ${weeks} gewerkte weken (niet meer dan ${after}) geldt geen kennisgevingstermijn.`,
        en: `The hirer ends the assignment: the contract ends on ${endsOn}. After ${weeks} worked weeks (not more than ${after}) no notice applies.`,
      };
  if (compensationDays > 0) {
    findings.push(
      finding(F.AGENCY_CLAUSE_NOTICE_SHORT, {
        nl: `Gemeld op ${notifiedOn}, ${given} dagen voor de laatste dag ${endsOn}; de termijn is ${noticeDays} dagen (tot ${earliest}). Betaal het loon over ${compensationDays} dagen of bied passend werk aan.`,
        en: `Notified on ${notifiedOn}, ${given} days before the last day ${endsOn}; the notice is ${noticeDays} days (until ${earliest}). Pay the wage over ${compensationDays} days or offer suitable work.`,
      }, { ref: { ...ref, field: 'notifiedOn' }, rule }),
    );
  }
  return {
    applies: true,
    ends: true,
    endsOn,
    reason: 'hirer-ended-assignment',
    assignmentWorkedWeeks: weeks,
    noticeRequired,
    noticeDays,
    noticeGivenDays: given,
    compensationDays,
    earliestEndWithNotice: earliest,
    message,
    rule,
    findings,
  };
}
