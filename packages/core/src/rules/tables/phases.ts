import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Contract phases of the temp-work CAO (DOMAIN.md §7). ABU and NBBU are harmonised since
 * 2019-12-30: the same rules, ABU letters A/B/C, NBBU numbers 1-2/3/4. Inside the code a phase
 * is always 'A' | 'B' | 'C'; phase.*.label gives the CAO's own name.
 *
 * The 2022 change of phase A (78 → 52 worked weeks) applied to new starters from 2022-01-03 and
 * to everyone from 2023-01-02. Two parameters make that representable:
 *   phase.A.weeks             looked up on the date of the question (the rule for everyone);
 *   phase.A.weeksByStartDate  looked up on the date the current phase-A count started.
 * The phase-A length of a count started on S, asked on D, is
 *   min(phase.A.weeks on D, phase.A.weeksByStartDate on S).
 * The back-office's working agreements still say "agency clause for 78 weeks": that is the old
 * rule and not the default. An override of phase.A.weeks to 78 (see LEGACY_78_WEEKS_OVERRIDE in
 * tables/policy-agreements.ts) only changes counts that started before 2022-01-03, by the min().
 */

const OLD = 'kellyservices.nl, afas.nl';
const CURRENT = 'randstad.nl "fasensysteem", jex.nl, careerrebels.nl';
const CAO_2026 = 'randstad.nl, deondernemer.nl (CAO 2026–2028)';
const EXPECTED_2027 =
  'Expected from 2027-01-01 (Wet meer zekerheid flexwerkers, not adopted in our sources): 6 contracts in 2 years, interruption 5 years. Not in this table until confirmed.';

export const phaseSpecs: TopicSpecs = {
  'phase.A.label': { description: "The CAO's name for phase A (ABU: A; NBBU: 1-2)", unit: 'label', kind: 'string' },
  'phase.B.label': { description: "The CAO's name for phase B (ABU: B; NBBU: 3)", unit: 'label', kind: 'string' },
  'phase.C.label': { description: "The CAO's name for phase C, open-ended (ABU: C; NBBU: 4)", unit: 'label', kind: 'string' },
  'phase.A.weeks': {
    description: 'Length of phase A in worked weeks, the rule for everyone on the date asked; the length for a count started on S is min(phase.A.weeks on the date, phase.A.weeksByStartDate on S)',
    unit: 'worked weeks',
    kind: 'integer',
  },
  'phase.A.weeksByStartDate': {
    description: 'Length of phase A in worked weeks for a phase-A count that STARTED on the date looked up (the new-starter rule: 52 for counts started from 2022-01-03)',
    unit: 'worked weeks',
    kind: 'integer',
  },
  'phase.B.maxYears': { description: 'Phase B lasts at most this many years (fixed-term contracts without agency clause)', unit: 'years', kind: 'integer' },
  'phase.B.maxContracts': { description: 'Phase B allows at most this many fixed-term contracts', unit: 'contracts', kind: 'integer' },
  'phase.interruptionResetMonths': {
    description: 'The phase count resets after an interruption of MORE than this many months; shorter breaks keep it',
    unit: 'months',
    kind: 'integer',
  },
  'phase.paidHolidayWeeksCount': {
    description: 'Whether a calendar week with only paid holiday counts as a worked week (a week with at least one hour worked always counts)',
    unit: 'yes/no',
    kind: 'boolean',
  },
  'contract.followUpWithinMonths': {
    description: 'A contract (no agency clause) that follows a previous one with the same hirer within this many months …',
    unit: 'months',
    kind: 'integer',
  },
  'contract.followUpMinWeeks': { description: '… lasts at least this many weeks', unit: 'weeks', kind: 'integer' },
  'agencyClause.noticeAfterWorkedWeeks': {
    description: 'Ending a contract with agency clause after this many worked weeks needs notice (agencyClause.noticeDays)',
    unit: 'worked weeks',
    kind: 'integer',
  },
  'agencyClause.noticeDays': { description: 'Notice for ending a contract with agency clause after agencyClause.noticeAfterWorkedWeeks worked weeks', unit: 'days', kind: 'integer' },
  'agencyClause.endsOnSickness': {
    description: 'Whether a contract with agency clause ends when the worker falls sick (until 2023-07-01 yes; from 2023-07-01 no)',
    unit: 'yes/no',
    kind: 'boolean',
  },
};

export const phaseCao: LayerValues = {
  'phase.A.weeks': [
    at('2019-12-30', 78, OLD, { note: 'Until the 2022 CAO. The back-office working agreements still say 78 weeks: that is this old rule.' }),
    at('2023-01-02', 52, `${OLD}; ${CURRENT}`, { note: '52 worked weeks for everyone from 2023-01-02 (new starters already from 2022-01-03: phase.A.weeksByStartDate).' }),
    at('2026-01-01', 52, CAO_2026, { note: 'Phase A stays 52 weeks; transitional rule: old terms up to 6 months where the new ones are worse.' }),
  ],
  'phase.A.weeksByStartDate': [
    at('2019-12-30', 78, OLD),
    at('2022-01-03', 52, OLD, { note: 'Counts that started on or after 2022-01-03 (new starters) have 52 weeks at once; earlier counts keep 78 until 2023-01-02.' }),
  ],
  'phase.B.maxYears': [
    at('2019-12-30', 4, OLD, { note: 'Phase B was 4 years / 6 contracts until the 2022 CAO.' }),
    at('2023-01-02', 3, CURRENT, { note: EXPECTED_2027 }),
  ],
  'phase.B.maxContracts': [at('2019-12-30', 6, `${OLD}; ${CURRENT}`), at('2026-01-01', 6, CAO_2026, { note: EXPECTED_2027 })],
  'phase.interruptionResetMonths': [at('2019-12-30', 6, 'jex.nl, randstad.nl', { note: EXPECTED_2027 })],
  'phase.paidHolidayWeeksCount': [
    at('2019-12-30', false, 'jex.nl, randstad.nl (weeks of paid holiday count since 2023-01-02)'),
    at('2023-01-02', true, 'jex.nl, randstad.nl'),
  ],
  'contract.followUpWithinMonths': [at('2019-12-30', 1, 'jex.nl, winwinwerkt.nl')],
  'contract.followUpMinWeeks': [at('2019-12-30', 4, 'jex.nl, winwinwerkt.nl')],
  'agencyClause.noticeAfterWorkedWeeks': [at('2019-12-30', 26, 'jex.nl, winwinwerkt.nl')],
  'agencyClause.noticeDays': [at('2019-12-30', 10, 'jex.nl, winwinwerkt.nl')],
  'agencyClause.endsOnSickness': [
    at('2019-12-30', true, 'aa-f.nl, randstad.nl', { note: 'The working agreements\' "the contract stops on sickness" is this old rule.' }),
    at('2023-07-01', false, 'aa-f.nl, randstad.nl (Hoge Raad 17-03-2023, ECLI:NL:HR:2023:426; CAO change)'),
  ],
};

const HARMONISED = 'harmonised CAO since 2019-12-30 (please.nl, winwinwerkt.nl; DOMAIN.md §7)';

export const phaseLabelsAbu: LayerValues = {
  'phase.A.label': [at('2019-12-30', 'A', `ABU letters, ${HARMONISED}`)],
  'phase.B.label': [at('2019-12-30', 'B', `ABU letters, ${HARMONISED}`)],
  'phase.C.label': [at('2019-12-30', 'C', `ABU letters, ${HARMONISED}`)],
};

export const phaseLabelsNbbu: LayerValues = {
  'phase.A.label': [at('2019-12-30', '1-2', `NBBU numbers, ${HARMONISED}`)],
  'phase.B.label': [at('2019-12-30', '3', `NBBU numbers, ${HARMONISED}`)],
  'phase.C.label': [at('2019-12-30', '4', `NBBU numbers, ${HARMONISED}`)],
};
