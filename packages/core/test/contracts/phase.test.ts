import { describe, expect, it } from 'vitest';
import {
  InvalidInputError, LEGACY_78_WEEKS_OVERRIDE, NoRuleError, contractPhase, defaultRules, rulesForCao, withOverrides, workedWeeks,
  type HistoryInput,
} from '@backofficer/core';
import { codes, everyWeek } from './helpers.js';

/*
 * Contract phases of the CAO voor Uitzendkrachten (ABU A/B/C = NBBU 1-2/3/4), DOMAIN.md §7.
 * Every expected date is counted by hand from the ISO calendar in the test's comment:
 *  - 2020 has 53 ISO weeks (it starts on a Wednesday in a leap year); 2021, 2022, 2024 have 52;
 *  - 2020-W01 starts Monday 2019-12-30; 2021-W01 Monday 2021-01-04; 2022-W01 Monday 2022-01-03;
 *    2023-W01 Monday 2023-01-02; 2024-W01 Monday 2024-01-01; 2025-W01 Monday 2024-12-30.
 */

/** A worker starting 2024-01-01 with agency clause and a worked week every week of 2024. */
function starter2024(weeks: number, contractEnd?: string): HistoryInput {
  return {
    contracts: [{ id: 'C1', start: '2024-01-01', ...(contractEnd ? { end: contractEnd } : {}), kind: 'agency-clause', hirerId: 'H1', fixedHoursPerWeek: 8 }],
    work: everyWeek('2024-W01', weeks),
  };
}

describe('phase A/1-2 length: 52 worked weeks for counts from 2022-01-03 and for everyone from 2023-01-02 (CAO 2022; kellyservices.nl, afas.nl)', () => {
  it('CAO phase A 52 weeks: start 2024-01-01, 52 worked weeks 2024-W01…W52 → phase B from Monday 2024-12-30, not a day earlier', () => {
    // 52 worked weeks: 2024-W01 (Mon 2024-01-01) … 2024-W52 (Mon 2024-12-23, ends Sun 2024-12-29).
    // Phase B starts on the Monday after the 52nd worked week: 2024-12-23 + 7 days = 2024-12-30.
    const before = contractPhase(starter2024(52, '2024-12-29'), '2024-12-29');
    expect(before.phase).toBe('A');
    expect(before.counters).toMatchObject({ workedWeeks: 52, phaseAWeeks: 52, weeksRemaining: 0 });
    expect(before.nextTransition).toMatchObject({ on: '2024-12-30', from: 'A', to: 'B', reason: 'phase-A-weeks', expected: false });

    const history = { ...starter2024(52, '2024-12-29'), contracts: [...starter2024(52, '2024-12-29').contracts!, { id: 'C2', start: '2024-12-30', end: '2025-06-29', kind: 'fixed-term' }] };
    const after = contractPhase(history, '2024-12-30');
    expect(after.phase).toBe('B');
    expect(after.phaseStartedOn).toBe('2024-12-30');
    expect(after.counters.contractsInPhaseB).toBe(1);
    expect(after.label).toBe('B');
    expect(codes(after.findings)).not.toContain('CONTRACT_CLAUSE_OUTSIDE_PHASE_A');
  });

  it('CAO before 2022: a count started 2021-01-04 has 78 worked weeks → phase B from 2022-07-04', () => {
    // 78 worked weeks = 52 (2021-W01…W52) + 26 (2022-W01…W26). 2022-W26 starts Mon 2022-06-27,
    // so phase B starts Mon 2022-07-04. On 2022-07-03 the count is 78 and the phase still A.
    const h: HistoryInput = { contracts: [{ start: '2021-01-04', kind: 'agency-clause' }], work: everyWeek('2021-W01', 78) };
    const a = contractPhase(h, '2022-07-03');
    expect(a.phase).toBe('A');
    expect(a.counters).toMatchObject({ workedWeeks: 78, phaseAWeeks: 78 });
    expect(a.nextTransition?.on).toBe('2022-07-04');
    expect(contractPhase(h, '2022-07-04').phase).toBe('B');
  });

  it('CAO new-starter rule from 2022-01-03: a count started 2022-01-03 has 52 weeks at once; one started 2022-01-02 keeps 78 until 2023-01-02', () => {
    // phase.A.weeksByStartDate: 78 for counts started before 2022-01-03, 52 from that day.
    // Length = min(phase.A.weeks on the date (78 in 2022), phase.A.weeksByStartDate on the start).
    const h = (start: string): HistoryInput => ({ contracts: [{ start, kind: 'agency-clause' }], work: everyWeek('2022-W01', 21) });
    expect(contractPhase(h('2022-01-03'), '2022-06-01').counters.phaseAWeeks).toBe(52); // min(78, 52)
    expect(contractPhase(h('2022-01-02'), '2022-06-01').counters.phaseAWeeks).toBe(78); // min(78, 78)
  });

  it('CAO 2022 for everyone from 2023-01-02: a count started 2021-12-27 with 53 worked weeks moves to phase B on 2023-01-02, the day the rule changes', () => {
    // Count started Mon 2021-12-27 (2021-W52), before 2022-01-03 → 78 weeks until 2023-01-01.
    // Worked weeks 2021-W52 + 2022-W01…W52 = 1 + 52 = 53 by Sunday 2023-01-01: not 78, so phase A.
    // On 2023-01-02 the length becomes min(52, 78) = 52 ≤ 53 → phase B from 2023-01-02.
    const h: HistoryInput = { contracts: [{ start: '2021-12-27', kind: 'agency-clause' }], work: everyWeek('2021-W52', 60) };
    const lastDay = contractPhase(h, '2023-01-01');
    expect(lastDay.phase).toBe('A');
    expect(lastDay.counters).toMatchObject({ workedWeeks: 53, phaseAWeeks: 78 });
    const changeDay = contractPhase(h, '2023-01-02');
    expect(changeDay.phase).toBe('B');
    expect(changeDay.phaseStartedOn).toBe('2023-01-02');
  });

  it('working agreements "agency clause for 78 weeks" (LEGACY_78_WEEKS_OVERRIDE): only for counts started before 2022-01-03', () => {
    const legacy = withOverrides(defaultRules, LEGACY_78_WEEKS_OVERRIDE);
    // Started 2021-03-01: with the override min(78, 78) = 78 still in 2024; without it min(52, 78) = 52.
    const old: HistoryInput = { contracts: [{ start: '2021-03-01', kind: 'agency-clause' }], work: everyWeek('2021-W09', 10) };
    expect(contractPhase(old, '2024-03-01', { rules: legacy }).counters.phaseAWeeks).toBe(78);
    expect(contractPhase(old, '2024-03-01').counters.phaseAWeeks).toBe(52);
    // Started 2022-02-07: min(78, 52) = 52 even with the override.
    const recent: HistoryInput = { contracts: [{ start: '2022-02-07', kind: 'agency-clause' }], work: everyWeek('2022-W06', 10) };
    expect(contractPhase(recent, '2024-03-01', { rules: legacy }).counters.phaseAWeeks).toBe(52);
  });
});

describe('worked weeks (CAO: a calendar week with at least one hour worked; paid holiday weeks count since 2023-01-02; jex.nl, randstad.nl)', () => {
  it('CAO worked week: 1 hour counts, 30 minutes do not (phase.workedWeekMinHours = 1)', () => {
    expect(workedWeeks([{ week: '2024-W10', hours: 1 }, { week: '2024-W11', hours: '0:30' }])).toEqual(['2024-W10']);
  });

  it('CAO paid holiday: a week of only paid holiday counts from 2023-W01 (Mon 2023-01-02), not in 2022-W52', () => {
    const entries = [
      { week: '2022-W52', hours: 8, paidHoliday: true },
      { week: '2023-W01', hours: 8, paidHoliday: true },
    ];
    expect(workedWeeks(entries)).toEqual(['2023-W01']);
  });

  it('hours on dates are added up per ISO week: Sunday 2024-03-10 is in 2024-W10, Monday 2024-03-11 in W11', () => {
    expect(workedWeeks([{ date: '2024-03-10', hours: 0.5 }, { date: '2024-03-04', hours: 0.5 }, { date: '2024-03-11', hours: 0.5 }])).toEqual(['2024-W10']);
  });
});

describe('interruption: the count resets after MORE than 6 months between contracts (phase.interruptionResetMonths; jex.nl, randstad.nl)', () => {
  // Contract 1 2024-01-01…2024-01-31 with 5 worked weeks (2024-W01…W05). The interruption starts
  // on 2024-02-01; 2024-02-01 + 6 months = 2024-08-01. A contract starting 2024-08-01 follows an
  // interruption of exactly 6 months (2024-02-01…2024-07-31): the count stays. Starting 2024-08-02
  // the interruption is 6 months and 1 day: the count restarts.
  const history = (secondStart: string): HistoryInput => ({
    contracts: [
      { id: 'C1', start: '2024-01-01', end: '2024-01-31', kind: 'agency-clause' },
      { id: 'C2', start: secondStart, kind: 'agency-clause' },
    ],
    work: [...everyWeek('2024-W01', 5), { week: '2024-W32', hours: 8 }],
  });

  it('exactly 6 months (start 2024-08-01): the count continues, 5 + 1 = 6 worked weeks', () => {
    const s = contractPhase(history('2024-08-01'), '2024-08-07');
    expect(s.counters.workedWeeks).toBe(6);
    expect(s.countStartedOn).toBe('2024-01-01');
    expect(s.resets).toEqual([]);
    expect(codes(s.findings)).not.toContain('PHASE_COUNT_RESET');
  });

  it('6 months + 1 day (start 2024-08-02): the count restarts at 1 with PHASE_COUNT_RESET', () => {
    const s = contractPhase(history('2024-08-02'), '2024-08-07');
    expect(s.counters.workedWeeks).toBe(1);
    expect(s.countStartedOn).toBe('2024-08-02');
    expect(s.resets).toEqual([{ on: '2024-08-02', interruptionFrom: '2024-02-01', interruptionTo: '2024-08-01' }]);
    expect(codes(s.findings)).toContain('PHASE_COUNT_RESET');
  });

  it('not employed: the count is kept through 2024-08-01 and gone from 2024-08-02 (next transition: interruption-reset)', () => {
    const h: HistoryInput = { contracts: [{ start: '2024-01-01', end: '2024-01-31', kind: 'agency-clause' }], work: everyWeek('2024-W01', 5) };
    const kept = contractPhase(h, '2024-08-01');
    expect(kept.employed).toBe(false);
    expect(kept.counters.workedWeeks).toBe(5);
    expect(kept.interruption).toEqual({ since: '2024-02-01', resetsOn: '2024-08-02' });
    expect(kept.nextTransition).toMatchObject({ on: '2024-08-02', reason: 'interruption-reset', to: 'A' });
    expect(codes(kept.findings)).not.toContain('PHASE_COUNT_RESET');
    const gone = contractPhase(h, '2024-08-02');
    expect(gone.counters.workedWeeks).toBe(0);
    expect(gone.countStartedOn).toBeUndefined();
    expect(codes(gone.findings)).toContain('PHASE_COUNT_RESET');
  });
});

describe('phase B/3: at most 3 years (4 until the 2022 CAO) and 6 contracts (randstad.nl, jex.nl, careerrebels.nl)', () => {
  /*
   * Count started Mon 2019-12-30 (2020-W01), 78 worked weeks (old rule, started before 2022-01-03):
   * 53 weeks of 2020 + 25 weeks of 2021 (W01…W25) = 78. 2021-W26 starts Mon 2021-06-28 → phase B.
   * Phase B length, read on each date: 4 years until 2023-01-02 (→ 2025-06-28), 3 years from then:
   * 2021-06-28 + 3 years = 2024-06-28, after 2023-01-02 → phase C from 2024-06-28; the last day
   * of phase B is 2024-06-27.
   */
  const chain: HistoryInput = {
    contracts: [
      { id: 'A1', start: '2019-12-30', end: '2021-06-27', kind: 'agency-clause' },
      { id: 'B1', start: '2021-06-28', end: '2022-06-26', kind: 'fixed-term' },
      { id: 'B2', start: '2022-06-27', end: '2023-06-25', kind: 'fixed-term' },
      { id: 'B3', start: '2023-06-26', end: '2024-06-27', kind: 'fixed-term' },
    ],
    work: everyWeek('2020-W01', 78),
  };

  it('CAO 2022: phase B of a worker in B since 2021-06-28 ends 2024-06-27 (3 years), not 2025-06-27 (4 years)', () => {
    const b = contractPhase(chain, '2024-06-27');
    expect(b.phase).toBe('B');
    expect(b.phaseStartedOn).toBe('2021-06-28');
    expect(b.counters).toMatchObject({ contractsInPhaseB: 3, maxContractsInPhaseB: 6, maxYearsInPhaseB: 3, phaseBLastDay: '2024-06-27' });
    expect(b.nextTransition).toMatchObject({ on: '2024-06-28', to: 'C', reason: 'phase-B-years', expected: false });
    expect(codes(b.findings)).toContain('PHASE_CHANGE_SOON');
    const c = contractPhase({ ...chain, contracts: [...chain.contracts!, { id: 'C1', start: '2024-06-28', kind: 'open-ended' }] }, '2024-06-28');
    expect(c.phase).toBe('C');
    expect(c.phaseStartedOn).toBe('2024-06-28');
  });

  it('CONTRACT_PHASE_B_YEARS: a fixed-term contract in phase B ending 2024-06-28 runs past the last day 2024-06-27; ending 2024-06-27 does not', () => {
    const longer = { ...chain, contracts: chain.contracts!.map((c) => (c.id === 'B3' ? { ...c, end: '2024-06-28' } : c)) };
    const s = contractPhase(longer, '2024-01-15');
    expect(codes(s.findings)).toContain('CONTRACT_PHASE_B_YEARS');
    expect(s.findings.find((f) => f.code === 'CONTRACT_PHASE_B_YEARS')?.message.en).toContain('ends on 2024-06-27');
    expect(codes(contractPhase(chain, '2024-01-15').findings)).not.toContain('CONTRACT_PHASE_B_YEARS');
  });

  it('CONTRACT_FIXED_TERM_IN_PHASE_C: a fixed-term contract planned from 2024-06-28 (phase C) is refused; an open-ended one is not', () => {
    const fixed = { ...chain, contracts: [...chain.contracts!, { id: 'X', start: '2024-06-28', end: '2024-12-31', kind: 'fixed-term' }] };
    expect(codes(contractPhase(fixed, '2024-06-01').findings)).toContain('CONTRACT_FIXED_TERM_IN_PHASE_C');
    const open = { ...chain, contracts: [...chain.contracts!, { id: 'X', start: '2024-06-28', kind: 'open-ended' }] };
    expect(codes(contractPhase(open, '2024-06-01').findings)).not.toContain('CONTRACT_FIXED_TERM_IN_PHASE_C');
  });

  /* Phase B from 2024-12-30 (52 weeks of 2024), then monthly fixed-term contracts. */
  const monthly = (n: number): HistoryInput => {
    const starts = ['2024-12-30', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01'];
    const ends = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31'];
    return {
      contracts: [
        { id: 'A1', start: '2024-01-01', end: '2024-12-29', kind: 'agency-clause' },
        ...starts.slice(0, n).map((start, i) => ({ id: `B${i + 1}`, start, end: ends[i]!, kind: 'fixed-term' })),
      ],
      work: everyWeek('2024-W01', 52),
    };
  };

  it('CAO phase B 6 contracts: the 6th is CONTRACT_PHASE_B_LAST, a planned 7th CONTRACT_PHASE_B_LIMIT; next transition B→C on 2025-07-01', () => {
    const s = contractPhase(monthly(7), '2025-06-15');
    expect(s.phase).toBe('B');
    expect(s.counters.contractsInPhaseB).toBe(6);
    const last = s.findings.find((f) => f.code === 'CONTRACT_PHASE_B_LAST');
    expect(last?.ref?.contractId).toBe('B6');
    const limit = s.findings.find((f) => f.code === 'CONTRACT_PHASE_B_LIMIT');
    expect(limit?.ref?.contractId).toBe('B7');
    expect(limit?.severity).toBe('error');
    expect(s.nextTransition).toMatchObject({ on: '2025-07-01', to: 'C' });
  });

  it('CAO phase B 6 contracts: with 5 contracts neither CONTRACT_PHASE_B_LAST nor CONTRACT_PHASE_B_LIMIT', () => {
    const s = contractPhase(monthly(5), '2025-05-15');
    expect(s.counters.contractsInPhaseB).toBe(5);
    expect(codes(s.findings)).not.toContain('CONTRACT_PHASE_B_LAST');
    expect(codes(s.findings)).not.toContain('CONTRACT_PHASE_B_LIMIT');
  });
});

describe('findings ahead of time (issue 5 §1)', () => {
  it('PHASE_CHANGE_SOON (policy.phaseWarningWeeks = 4): warned on 2024-12-02 (28 days before 2024-12-30), not on 2024-12-01 (29 days)', () => {
    // Worked weeks 2024-W01…W48 (48); W49 starts Mon 2024-12-02. Assuming a worked week every week
    // from W49: weeks 49, 50, 51, 52 complete 52 → phase B from 2024-12-30 (expected).
    const h = starter2024(48);
    const warned = contractPhase(h, '2024-12-02');
    expect(warned.nextTransition).toMatchObject({ on: '2024-12-30', expected: true });
    expect(codes(warned.findings)).toContain('PHASE_CHANGE_SOON');
    const early = contractPhase(h, '2024-12-01');
    expect(early.nextTransition?.on).toBe('2024-12-30');
    expect(codes(early.findings)).not.toContain('PHASE_CHANGE_SOON');
  });

  it('CONTRACT_CLAUSE_OUTSIDE_PHASE_A: the clause contract still runs in phase B (2025-01-06); not when it ended 2024-12-29', () => {
    const s = contractPhase(starter2024(52), '2025-01-06');
    expect(s.phase).toBe('B');
    expect(s.agencyClause.allowed).toBe(false);
    expect(codes(s.findings)).toContain('CONTRACT_CLAUSE_OUTSIDE_PHASE_A');
    const ok = contractPhase(
      { ...starter2024(52, '2024-12-29'), contracts: [...starter2024(52, '2024-12-29').contracts!, { start: '2024-12-30', end: '2025-03-31', kind: 'fixed-term' }] },
      '2025-01-06',
    );
    expect(codes(ok.findings)).not.toContain('CONTRACT_CLAUSE_OUTSIDE_PHASE_A');
  });

  it('CONTRACT_CLAUSE_OUTLASTS_PHASE_A: a clause contract planned until 2025-03-31 passes the expected phase B (2024-12-30); until 2024-12-29 it does not', () => {
    // On 2024-06-03 (W23): 22 worked weeks (W01…W22), 30 to go: W23 + 30 weeks = Mon 2024-12-30.
    const long = contractPhase(starter2024(22, '2025-03-31'), '2024-06-03');
    expect(long.nextTransition).toMatchObject({ on: '2024-12-30', expected: true });
    expect(codes(long.findings)).toContain('CONTRACT_CLAUSE_OUTLASTS_PHASE_A');
    expect(codes(contractPhase(starter2024(22, '2024-12-29'), '2024-06-03').findings)).not.toContain('CONTRACT_CLAUSE_OUTLASTS_PHASE_A');
  });

  it('CONTRACT_FOLLOW_UP_TOO_SHORT (CAO: within 1 month at the same hirer, at least 4 weeks): 2025-02-15…03-13 is short, …03-14 is not, a start 2025-03-02 is no follow-up', () => {
    // Previous contract ends 2025-01-31; one month from 2025-02-01 is 2025-03-01.
    // 4 weeks from 2025-02-15: last day 2025-02-15 + 27 days = 2025-03-14.
    const h = (start: string, end: string): HistoryInput => ({
      contracts: [
        { id: 'F1', start: '2025-01-01', end: '2025-01-31', kind: 'fixed-term', hirerId: 'H1' },
        { id: 'F2', start, end, kind: 'fixed-term', hirerId: 'H1' },
      ],
    });
    expect(codes(contractPhase(h('2025-02-15', '2025-03-13'), '2025-02-01').findings)).toContain('CONTRACT_FOLLOW_UP_TOO_SHORT');
    expect(codes(contractPhase(h('2025-02-15', '2025-03-14'), '2025-02-01').findings)).not.toContain('CONTRACT_FOLLOW_UP_TOO_SHORT');
    expect(codes(contractPhase(h('2025-03-02', '2025-03-20'), '2025-02-01').findings)).not.toContain('CONTRACT_FOLLOW_UP_TOO_SHORT');
    expect(codes(contractPhase(h('2025-03-01', '2025-03-20'), '2025-02-01').findings)).toContain('CONTRACT_FOLLOW_UP_TOO_SHORT');
  });

  it('CONTRACT_BELOW_MIN_HOURS (policy: at least 4 fixed hours with agency clause): 3 hours warns, 4 hours does not', () => {
    const h = (hours: number): HistoryInput => ({ contracts: [{ start: '2025-01-06', kind: 'agency-clause', fixedHoursPerWeek: hours }] });
    expect(codes(contractPhase(h(3), '2025-01-06').findings)).toContain('CONTRACT_BELOW_MIN_HOURS');
    expect(codes(contractPhase(h(4), '2025-01-06').findings)).not.toContain('CONTRACT_BELOW_MIN_HOURS');
  });

  it('CONTRACT_FIXED_HOURS_OFFER_NOT_REQUIRED (policy: no fixed-hours offer while the clause lasts; BW 7:628a lid 5 after 12 months): from 2025-01-01, not on 2024-12-31', () => {
    // Employed since 2024-01-01 with 20 worked weeks (phase A); 2024-01-01 + 12 months = 2025-01-01.
    const h = starter2024(20);
    expect(codes(contractPhase(h, '2024-12-31').findings)).not.toContain('CONTRACT_FIXED_HOURS_OFFER_NOT_REQUIRED');
    const year = contractPhase(h, '2025-01-01');
    expect(year.phase).toBe('A');
    expect(year.agencyClause.fixedHoursOfferRequired).toBe(false);
    expect(codes(year.findings)).toContain('CONTRACT_FIXED_HOURS_OFFER_NOT_REQUIRED');
    expect(codes(year.findings)).not.toContain('CONTRACT_FIXED_HOURS_OFFER_DUE');
  });

  it('CONTRACT_FIXED_HOURS_OFFER_DUE when an agency overrides the policy (offer required): from 2025-01-01, not on 2024-12-31', () => {
    const rules = withOverrides(defaultRules, { parameters: { 'policy.agencyClause.fixedHoursOfferRequired': true } });
    const h = starter2024(20);
    expect(codes(contractPhase(h, '2025-01-01', { rules }).findings)).toContain('CONTRACT_FIXED_HOURS_OFFER_DUE');
    expect(codes(contractPhase(h, '2024-12-31', { rules }).findings)).not.toContain('CONTRACT_FIXED_HOURS_OFFER_DUE');
  });
});

describe('agency-clause terms in the phase status (DOMAIN.md §7 policy; notice after 26 worked weeks)', () => {
  it('policy: 4 fixed hours, 2 waiting days; no notice after 26 worked weeks, 10 days after 27', () => {
    const at26 = contractPhase(starter2024(26), '2024-06-30'); // 2024-W26 ends Sun 2024-06-30
    expect(at26.agencyClause).toMatchObject({ allowed: true, minFixedHoursPerWeek: 4, waitingDays: 2, endsOnSickness: false, assignmentWorkedWeeks: 26, noticeDays: 0 });
    expect(contractPhase(starter2024(27), '2024-07-07').agencyClause).toMatchObject({ assignmentWorkedWeeks: 27, noticeDays: 10 });
  });

  it('NBBU names the phases 1-2 / 3 / 4: phase A is "1-2" in the status and the messages', () => {
    const s = contractPhase({ ...starter2024(48), cao: 'NBBU' }, '2024-12-02');
    expect(s.cao).toBe('NBBU');
    expect(s.label).toBe('1-2');
    expect(s.findings.find((f) => f.code === 'PHASE_CHANGE_SOON')?.message.nl).toContain('van fase 1-2 naar fase 3');
    expect(contractPhase(starter2024(48), '2024-12-02', { rules: rulesForCao('NBBU') }).label).toBe('1-2');
  });
});

describe('input at the edge', () => {
  it('a fixed-term contract without an end date is refused in the clerk\'s words', () => {
    let error: unknown;
    try {
      contractPhase({ contracts: [{ start: '2025-01-01', kind: 'bepaalde tijd' }] }, '2025-01-02');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).texts.nl).toContain('einddatum');
    expect((error as InvalidInputError).texts.en).toContain('fixed-term contract has an end date');
  });

  it('a contract followed by another needs its last day (the interruption decides the reset)', () => {
    expect(() => contractPhase({ contracts: [{ start: '2025-01-01', kind: 'agency-clause' }, { start: '2025-09-01', kind: 'agency-clause' }] }, '2025-09-02')).toThrow(
      /contract no. 2 starts later/,
    );
  });

  it('a history before the first rule (2019-12-30) is a NoRuleError, not a guess', () => {
    expect(() => contractPhase({ contracts: [{ start: '2019-06-03', kind: 'agency-clause' }], work: everyWeek('2019-W23', 3) }, '2019-07-01')).toThrow(NoRuleError);
  });
});
