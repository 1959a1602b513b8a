import type { Texts } from '../errors/index.js';
import { toIsoDate, type DateInput } from '../calendar/zone.js';
import { defaultRules, withCao } from '../rules/defaults.js';
import { getBoolean, getInteger, getString } from '../rules/lookup.js';
import type { Cao, RuleSet } from '../rules/types.js';
import { finding, ruleOf, type Finding, type FindingRule } from '../compliance/findings.js';
import { CONTRACT_FINDINGS as F } from './codes.js';
import { addDays, addMonths, addWeeksToDate, addYears, earlierOf, mondayOf } from './dates.js';
import { parseHistory, parseWork, type Contract, type History, type HistoryInput, type WorkEntryInput } from './input.js';
import { countedWeeks, type WeekTally } from './weeks.js';

/*
 * Contract phases of the temp-work CAO (DOMAIN.md §7; ABU letters A/B/C = NBBU 1-2/3/4).
 *
 * - Phase A: worked weeks are counted from the start of the count; phase A lasts
 *   min(phase.A.weeks on the date, phase.A.weeksByStartDate on the count's start) worked weeks:
 *   78 until the 2022 CAO, 52 for counts started from 2022-01-03 and for everyone from 2023-01-02.
 *   Phase B starts on the Monday after the last worked week of phase A, or on the day a shorter
 *   rule takes effect when the count already reached it (e.g. 2023-01-02 for a count of 60).
 * - Phase B: fixed-term contracts without agency clause, at most phase.B.maxContracts (6)
 *   contracts and phase.B.maxYears years (4, 3 from 2023-01-02; read on each date, the rule for
 *   everyone, as for phase A). Counted in phase B: fixed-term contracts in force on or after the
 *   first day of phase B. Phase C starts when the years are up, with a (max+1)-th fixed-term
 *   contract (which the CAO turns into an open-ended one), or with an open-ended contract.
 * - The count resets after an interruption of MORE than phase.interruptionResetMonths (6)
 *   months between contracts: a contract ending on E followed by one starting on S resets the
 *   count when S > (E + 1 day) + 6 months. Exactly 6 months keeps it.
 * Contracts starting after `asOf` are treated as planned and checked ahead of time.
 */

export type Phase = 'A' | 'B' | 'C';

export type TransitionReason = 'phase-A-weeks' | 'phase-B-years' | 'phase-B-contracts' | 'open-ended-contract' | 'interruption-reset';

export interface PhaseTransition {
  /** First day of the new phase. */
  readonly on: string;
  readonly from: Phase;
  readonly to: Phase;
  readonly reason: TransitionReason;
  /** True when the date is a projection that assumes a worked week every week from `asOf` on. */
  readonly expected: boolean;
  readonly message: Texts;
  readonly rule: FindingRule;
}

export interface PhaseReset {
  /** Start of the contract with which the count restarted. */
  readonly on: string;
  /** First and last day of the interruption. */
  readonly interruptionFrom: string;
  readonly interruptionTo: string;
}

export interface PhaseCounters {
  /** Worked weeks in the phase-A count up to `asOf` (at most the phase-A length). */
  readonly workedWeeks: number;
  /** Length of phase A in worked weeks for this count on `asOf` (52 or 78). */
  readonly phaseAWeeks: number;
  /** Worked weeks left in phase A (0 outside phase A). */
  readonly weeksRemaining: number;
  /** Fixed-term contracts counted in phase B up to `asOf`. */
  readonly contractsInPhaseB: number;
  readonly maxContractsInPhaseB: number;
  readonly maxYearsInPhaseB: number;
  /** Last day of phase B by its maximum duration, once phase B has started. */
  readonly phaseBLastDay?: string;
}

export interface AgencyClauseTerms {
  /** The agency clause may be agreed on `asOf` (phase A only). */
  readonly allowed: boolean;
  /** Back-office policy: at least this many fixed hours per week (policy.minContractHours). */
  readonly minFixedHoursPerWeek: number;
  /** Back-office policy: waiting days for sickness under the clause (policy.waitingDays). */
  readonly waitingDays: number;
  /** Whether the clause contract ends on sickness on `asOf` (false from 2023-07-01). */
  readonly endsOnSickness: boolean;
  /** Back-office policy: fixed-hours offer after 12 months while the clause lasts (false). */
  readonly fixedHoursOfferRequired: boolean;
  /** Worked weeks of the current contract (the assignment) up to `asOf`. */
  readonly assignmentWorkedWeeks: number;
  /** Notice (calendar days) if the current clause contract were ended on `asOf`. */
  readonly noticeDays: number;
}

export interface ContractPhaseStatus {
  readonly asOf: string;
  readonly cao: Cao;
  readonly phase: Phase;
  /** The CAO's own name of the phase: ABU "A", NBBU "1-2". */
  readonly label: string;
  /** A contract is in force on `asOf`. */
  readonly employed: boolean;
  readonly currentContractId?: string;
  /** First day of the current count (the first contract, or the first after a reset). */
  readonly countStartedOn?: string;
  readonly phaseStartedOn?: string;
  readonly counters: PhaseCounters;
  /** Resets of the count in the history, oldest first. */
  readonly resets: readonly PhaseReset[];
  /** Not employed on `asOf`: since when, and from which day a new contract restarts the count. */
  readonly interruption?: { readonly since: string; readonly resetsOn: string };
  readonly nextTransition?: PhaseTransition;
  readonly agencyClause: AgencyClauseTerms;
  readonly findings: readonly Finding[];
}

export interface ContractPhaseOptions {
  readonly rules?: RuleSet;
  /** Warn this many weeks ahead of a phase change (default policy.phaseWarningWeeks). */
  readonly warnWithinWeeks?: number;
}

const OPEN = '9999-12-31';

interface Chain {
  readonly start: string;
  readonly contracts: Contract[];
  /** Last day covered by a contract; OPEN when a contract has no end. */
  coveredUntil: string;
  readonly reset?: PhaseReset;
}

/** All `from` dates of a parameter in the rule set: the only days its value can change. */
function changeDates(name: string, rules: RuleSet): string[] {
  const dates = new Set<string>();
  for (const t of rules.tables) for (const v of t.parameters[name] ?? []) dates.add(v.from);
  return [...dates].sort();
}

/** The last day of the interruption that still keeps the count, for an interruption starting `from`. */
function keepsCountUntil(from: string, rules: RuleSet, date: string): string {
  const months = getInteger('phase.interruptionResetMonths', date, rules);
  return addMonths(from, months);
}

function buildChains(contracts: readonly Contract[], rules: RuleSet): Chain[] {
  const chains: Chain[] = [];
  for (const c of contracts) {
    const last = chains[chains.length - 1];
    const end = c.end ?? OPEN;
    if (last && last.coveredUntil !== OPEN && c.start > last.coveredUntil) {
      const gapFrom = addDays(last.coveredUntil, 1);
      // A start on keepsCountUntil(…) is an interruption of exactly N months: the count stays.
      if (c.start > keepsCountUntil(gapFrom, rules, c.start)) {
        chains.push({ start: c.start, contracts: [c], coveredUntil: end, reset: { on: c.start, interruptionFrom: gapFrom, interruptionTo: addDays(c.start, -1) } });
        continue;
      }
    }
    if (!last) {
      chains.push({ start: c.start, contracts: [c], coveredUntil: end });
      continue;
    }
    last.contracts.push(c);
    if (end > last.coveredUntil) last.coveredUntil = end;
  }
  return chains;
}

interface Ctx {
  readonly rules: RuleSet;
  readonly asOf: string;
  label(phase: Phase): string;
}

/** "fase A" / "phase A" (NBBU: "fase 1-2"). */
function phaseWords(ctx: Ctx, phase: Phase): Texts {
  return { nl: `fase ${ctx.label(phase)}`, en: `phase ${ctx.label(phase)}` };
}

/** Length of phase A on `date` for a count that started on `countStart`. */
function phaseALength(date: string, countStart: string, rules: RuleSet): number {
  return Math.min(getInteger('phase.A.weeks', date, rules), getInteger('phase.A.weeksByStartDate', countStart, rules));
}

/** First day in [from, to] on which `count` worked weeks complete phase A, or undefined. */
function firstDayComplete(count: number, from: string, to: string, countStart: string, rules: RuleSet, aChanges: readonly string[]): string | undefined {
  if (from > to) return undefined;
  const days = [from, ...aChanges.filter((d) => d > from && d <= to)];
  for (const d of days) if (count >= phaseALength(d, countStart, rules)) return d;
  return undefined;
}

interface PhaseAResult {
  /** Worked weeks counted in phase A up to asOf (stops at the end of phase A). */
  readonly count: number;
  /** First day of phase B when certain (already passed, or the count is complete). */
  readonly phaseBFrom?: string;
  /** Monday after the last counted week: the earliest next check. */
  readonly nextMonday: string;
  readonly lastCountedMonday?: string;
}

function walkPhaseA(countStart: string, weeks: readonly WeekTally[], asOf: string, rules: RuleSet): PhaseAResult {
  const aChanges = changeDates('phase.A.weeks', rules);
  let count = 0;
  let boundary = countStart;
  let last: string | undefined;
  for (const w of weeks) {
    if (w.monday > asOf) break;
    const done = firstDayComplete(count, boundary, w.monday, countStart, rules, aChanges);
    if (done) return { count, phaseBFrom: done, nextMonday: boundary, ...(last ? { lastCountedMonday: last } : {}) };
    count++;
    last = w.monday;
    boundary = addDays(w.monday, 7);
  }
  const done = firstDayComplete(count, boundary, asOf, countStart, rules, aChanges);
  if (done) return { count, phaseBFrom: done, nextMonday: boundary, ...(last ? { lastCountedMonday: last } : {}) };
  // Complete after the last counted week, on a Monday after asOf: certain, not a projection.
  if (count > 0 && count >= phaseALength(boundary, countStart, rules)) {
    return { count, phaseBFrom: boundary, nextMonday: boundary, ...(last ? { lastCountedMonday: last } : {}) };
  }
  return { count, nextMonday: boundary, ...(last ? { lastCountedMonday: last } : {}) };
}

/** First day of phase C by the maximum duration of phase B (the rule read on each date). */
function phaseBYearsEnd(phaseBFrom: string, rules: RuleSet): string {
  const dates = [phaseBFrom, ...changeDates('phase.B.maxYears', rules).filter((d) => d > phaseBFrom)];
  for (let i = 0; i < dates.length; i++) {
    const segStart = dates[i]!;
    const segEnd = dates[i + 1];
    const years = getInteger('phase.B.maxYears', segStart, rules);
    const reached = addYears(phaseBFrom, years);
    const candidate = reached > segStart ? reached : segStart;
    if (segEnd === undefined || candidate < segEnd) return candidate;
  }
  return OPEN;
}

function weeksIn(weeks: readonly WeekTally[], from: string, toExclusive: string | undefined): WeekTally[] {
  const first = mondayOf(from);
  const stop = toExclusive === undefined ? undefined : mondayOf(toExclusive);
  return weeks.filter((w) => w.monday >= first && (stop === undefined || w.monday < stop));
}

interface ChainAnalysis {
  readonly chain: Chain;
  readonly a: PhaseAResult;
  readonly phaseAWeeks: number;
  /** Projected first day of phase B when not certain (assumes a worked week every week). */
  readonly projectedPhaseB?: string;
  readonly phaseBFrom?: string;
  readonly phaseBContracts: readonly Contract[];
  readonly phaseCByYears?: string;
  readonly phaseCByContracts?: { readonly on: string; readonly contract: Contract };
  readonly phaseCByOpenEnded?: { readonly on: string; readonly contract: Contract };
}

function analyseChain(chain: Chain, next: Chain | undefined, weeks: readonly WeekTally[], ctx: Ctx): ChainAnalysis {
  const { rules, asOf } = ctx;
  const chainWeeks = weeksIn(weeks, chain.start, next?.start);
  const a = walkPhaseA(chain.start, chainWeeks, asOf, rules);
  // The length that completed phase A, or the one in force on asOf while phase A lasts.
  const lengthDay = a.phaseBFrom && a.phaseBFrom <= asOf ? a.phaseBFrom : asOf > chain.start ? asOf : chain.start;
  const phaseAWeeks = phaseALength(lengthDay, chain.start, rules);

  let projectedPhaseB: string | undefined;
  if (!a.phaseBFrom) {
    // From asOf on every week is assumed worked while a contract (current or planned) runs.
    const current = chain.contracts.some((c) => c.start <= asOf && (c.end ?? OPEN) >= asOf);
    const planned = chain.contracts.find((c) => c.start > asOf);
    const asOfMonday = mondayOf(asOf);
    let firstFuture: string | undefined;
    if (current) firstFuture = a.lastCountedMonday === asOfMonday ? addDays(asOfMonday, 7) : asOfMonday;
    else if (planned) firstFuture = mondayOf(planned.start);
    if (firstFuture) {
      const remaining = Math.max(phaseALength(asOf > chain.start ? asOf : chain.start, chain.start, rules) - a.count, 0);
      projectedPhaseB = addWeeksToDate(firstFuture, remaining);
    }
  }

  const phaseBFrom = a.phaseBFrom;
  const phaseBContracts = phaseBFrom ? chain.contracts.filter((c) => c.kind === 'fixed-term' && (c.end ?? OPEN) >= phaseBFrom) : [];
  const phaseCByYears = phaseBFrom ? phaseBYearsEnd(phaseBFrom, rules) : undefined;
  let phaseCByContracts: ChainAnalysis['phaseCByContracts'];
  phaseBContracts.forEach((c, i) => {
    if (!phaseCByContracts && i + 1 > getInteger('phase.B.maxContracts', c.start, rules)) phaseCByContracts = { on: c.start, contract: c };
  });
  const openEnded = chain.contracts.find((c) => c.kind === 'open-ended');
  return {
    chain,
    a,
    phaseAWeeks,
    ...(projectedPhaseB ? { projectedPhaseB } : {}),
    ...(phaseBFrom ? { phaseBFrom } : {}),
    phaseBContracts,
    ...(phaseCByYears ? { phaseCByYears } : {}),
    ...(phaseCByContracts ? { phaseCByContracts } : {}),
    ...(openEnded ? { phaseCByOpenEnded: { on: openEnded.start, contract: openEnded } } : {}),
  };
}

/** First day of phase C in the chain when certain, with its reason. */
function phaseCFrom(x: ChainAnalysis): { on: string; reason: TransitionReason } | undefined {
  const options: { on: string; reason: TransitionReason }[] = [];
  if (x.phaseCByOpenEnded) options.push({ on: x.phaseCByOpenEnded.on, reason: 'open-ended-contract' });
  if (x.phaseCByYears && x.phaseCByYears !== OPEN) options.push({ on: x.phaseCByYears, reason: 'phase-B-years' });
  if (x.phaseCByContracts) options.push({ on: x.phaseCByContracts.on, reason: 'phase-B-contracts' });
  options.sort((p, q) => (p.on < q.on ? -1 : p.on > q.on ? 1 : 0));
  return options[0];
}

function phaseOn(x: ChainAnalysis, day: string): Phase {
  const c = phaseCFrom(x);
  if (c && c.on <= day) return 'C';
  if (x.phaseBFrom && x.phaseBFrom <= day) return 'B';
  return 'A';
}

function transitionText(ctx: Ctx, from: Phase, to: Phase, reason: TransitionReason, on: string, expected: boolean, x?: ChainAnalysis): Texts {
  const f = phaseWords(ctx, from);
  const t = phaseWords(ctx, to);
  const guess: Texts = expected
    ? { nl: ' (verwacht, als er elke week gewerkt wordt)', en: ' (expected, if the worker works every week)' }
    : { nl: '', en: '' };
  switch (reason) {
    case 'phase-A-weeks':
      return {
        nl: `van ${f.nl} naar ${t.nl} op ${on}, na ${x?.phaseAWeeks ?? ''} gewerkte weken${guess.nl}`,
        en: `from ${f.en} to ${t.en} on ${on}, after ${x?.phaseAWeeks ?? ''} worked weeks${guess.en}`,
      };
    case 'phase-B-years':
      return {
        nl: `van ${f.nl} naar ${t.nl} op ${on}: de maximale duur van ${f.nl} is dan bereikt`,
        en: `from ${f.en} to ${t.en} on ${on}: the maximum duration of ${f.en} is reached`,
      };
    case 'phase-B-contracts':
      return {
        nl: `van ${f.nl} naar ${t.nl} op ${on}: het maximale aantal contracten in ${f.nl} is gebruikt, het volgende contract is voor onbepaalde tijd`,
        en: `from ${f.en} to ${t.en} on ${on}: the maximum number of contracts in ${f.en} is used, the next contract is open-ended`,
      };
    case 'open-ended-contract':
      return { nl: `van ${f.nl} naar ${t.nl} op ${on}: contract voor onbepaalde tijd`, en: `from ${f.en} to ${t.en} on ${on}: open-ended contract` };
    case 'interruption-reset':
      return {
        nl: `een nieuw contract vanaf ${on} begint de telling opnieuw in ${t.nl} (onderbreking van meer dan 6 maanden)`,
        en: `a new contract from ${on} restarts the count in ${t.en} (interruption of more than 6 months)`,
      };
  }
}

function reasonRule(reason: TransitionReason, on: string, ctx: Ctx): FindingRule {
  const name: Record<Exclude<TransitionReason, 'open-ended-contract'>, string> = {
    'phase-A-weeks': 'phase.A.weeks',
    'phase-B-years': 'phase.B.maxYears',
    'phase-B-contracts': 'phase.B.maxContracts',
    'interruption-reset': 'phase.interruptionResetMonths',
  };
  if (reason === 'open-ended-contract') return { source: 'CAO voor Uitzendkrachten: an open-ended contract is phase C/4 (DOMAIN.md §7)' };
  return ruleOf(name[reason], on, ctx.rules);
}

function transition(ctx: Ctx, from: Phase, to: Phase, reason: TransitionReason, on: string, expected: boolean, x?: ChainAnalysis): PhaseTransition {
  return { on, from, to, reason, expected, message: transitionText(ctx, from, to, reason, on, expected, x), rule: reasonRule(reason, on, ctx) };
}

/** Worked weeks of a contract (its assignment) up to `asOf`. */
function assignmentWeeks(contract: Contract | undefined, weeks: readonly WeekTally[], asOf: string): number {
  if (!contract) return 0;
  const first = mondayOf(contract.start);
  const lastDay = earlierOf(contract.end ?? OPEN, asOf);
  return weeks.filter((w) => w.monday >= first && w.monday <= lastDay).length;
}

/**
 * The contract phase of a worker on a date, with its counters, the next transition and findings
 * ahead of time (issue 5 §1; DOMAIN.md §7). Throws InvalidInputError on bad input and
 * NoRuleError for dates before the rule tables (2019-12-30).
 */
export function contractPhase(history: HistoryInput, asOf: DateInput, options: ContractPhaseOptions = {}): ContractPhaseStatus {
  const h: History = parseHistory(history);
  const day = toIsoDate(asOf, 'asOf');
  const base = options.rules ?? defaultRules;
  const rules = h.cao && h.cao !== base.cao ? withCao(base, h.cao) : base;
  const ctx: Ctx = { rules, asOf: day, label: (p) => getString(`phase.${p}.label`, day, rules) };
  const weeks = countedWeeks(h.work, rules);
  const chains = buildChains(h.contracts, rules);
  const analyses = chains.map((c, i) => analyseChain(c, chains[i + 1], weeks, ctx));
  const findings: Finding[] = [];
  const warnWeeks = options.warnWithinWeeks ?? getInteger('policy.phaseWarningWeeks', day, rules);

  // The chain of asOf: the last one that started on or before it.
  let index = -1;
  chains.forEach((c, i) => {
    if (c.start <= day) index = i;
  });
  const x = index >= 0 ? analyses[index] : undefined;
  const current = x?.chain.contracts.find((c) => c.start <= day && (c.end ?? OPEN) >= day);
  const planned = x?.chain.contracts.some((c) => c.start > day) ?? false;

  // Not employed: has the interruption already reset the count?
  let interruption: ContractPhaseStatus['interruption'];
  let countGone = false;
  if (x && !current && !planned && x.chain.coveredUntil < day) {
    const since = addDays(x.chain.coveredUntil, 1);
    const resetsOn = addDays(keepsCountUntil(since, rules, day), 1);
    interruption = { since, resetsOn };
    countGone = day >= resetsOn;
  }

  const live = x && !countGone ? x : undefined;
  const phase: Phase = live ? phaseOn(live, day) : 'A';
  const cFrom = live ? phaseCFrom(live) : undefined;
  const phaseStartedOn = !live ? undefined : phase === 'C' ? cFrom!.on : phase === 'B' ? live.phaseBFrom! : live.chain.start;
  const phaseAWeeks = live ? live.phaseAWeeks : phaseALength(day, day, rules);
  const workedWeeks = live ? Math.min(live.a.count, phaseAWeeks) : 0;
  const bContractsSoFar = live && phase === 'B' ? live.phaseBContracts.filter((c) => c.start <= day).length : live && phase === 'C' ? live.phaseBContracts.filter((c) => c.start < (cFrom?.on ?? OPEN)).length : 0;
  const maxContracts = getInteger('phase.B.maxContracts', day, rules);
  const counters: PhaseCounters = {
    workedWeeks,
    phaseAWeeks,
    weeksRemaining: phase === 'A' ? Math.max(phaseAWeeks - workedWeeks, 0) : 0,
    contractsInPhaseB: bContractsSoFar,
    maxContractsInPhaseB: maxContracts,
    maxYearsInPhaseB: getInteger('phase.B.maxYears', day, rules),
    ...(live?.phaseCByYears && live.phaseCByYears !== OPEN ? { phaseBLastDay: addDays(live.phaseCByYears, -1) } : {}),
  };

  // Next transition.
  const candidates: PhaseTransition[] = [];
  if (live) {
    if (phase === 'A') {
      if (live.phaseBFrom && live.phaseBFrom > day) candidates.push(transition(ctx, 'A', 'B', 'phase-A-weeks', live.phaseBFrom, false, live));
      else if (live.projectedPhaseB) candidates.push(transition(ctx, 'A', 'B', 'phase-A-weeks', live.projectedPhaseB, true, live));
      if (live.phaseCByOpenEnded && live.phaseCByOpenEnded.on > day) candidates.push(transition(ctx, 'A', 'C', 'open-ended-contract', live.phaseCByOpenEnded.on, false));
    } else if (phase === 'B') {
      if (cFrom && cFrom.on > day) candidates.push(transition(ctx, 'B', 'C', cFrom.reason, cFrom.on, false));
      if (bContractsSoFar >= maxContracts && current?.end) {
        candidates.push(transition(ctx, 'B', 'C', 'phase-B-contracts', addDays(current.end, 1), false));
      }
    }
  }
  const somethingToReset = phase !== 'A' || (live?.a.count ?? 0) > 0;
  if (interruption && !countGone && somethingToReset) {
    candidates.push(transition(ctx, phase, 'A', 'interruption-reset', interruption.resetsOn, false));
  }
  candidates.sort((p, q) => (p.on < q.on ? -1 : p.on > q.on ? 1 : 0));
  const nextTransition = candidates[0];

  const ref = (c?: Contract) => ({ ...(c ? { contractId: c.id, hirerId: c.hirerId } : {}), date: day });

  if (nextTransition && nextTransition.reason !== 'interruption-reset' && nextTransition.on <= addWeeksToDate(day, warnWeeks)) {
    findings.push(
      finding(F.PHASE_CHANGE_SOON, {
        nl: `Binnen ${warnWeeks} weken: ${nextTransition.message.nl}.`,
        en: `Within ${warnWeeks} weeks: ${nextTransition.message.en}.`,
      }, { ref: { ...ref(current), date: nextTransition.on }, rule: nextTransition.rule }),
    );
  }

  // Count reset: in the history of the current count, or pending while not employed.
  if (countGone && interruption) {
    findings.push(
      finding(F.PHASE_COUNT_RESET, {
        nl: `Geen contract sinds ${interruption.since}: de onderbreking is langer dan 6 maanden, een nieuw contract begint in ${phaseWords(ctx, 'A').nl} bij week 0.`,
        en: `No contract since ${interruption.since}: the interruption is longer than 6 months, a new contract starts in ${phaseWords(ctx, 'A').en} at week 0.`,
      }, { ref: { date: interruption.resetsOn }, rule: ruleOf('phase.interruptionResetMonths', day, rules) }),
    );
  } else if (live?.chain.reset && phase === 'A') {
    const r = live.chain.reset;
    findings.push(
      finding(F.PHASE_COUNT_RESET, {
        nl: `De fasetelling begon opnieuw op ${r.on}: geen contract van ${r.interruptionFrom} tot en met ${r.interruptionTo}, meer dan 6 maanden.`,
        en: `The phase count restarted on ${r.on}: no contract from ${r.interruptionFrom} through ${r.interruptionTo}, more than 6 months.`,
      }, { ref: { date: r.on }, rule: ruleOf('phase.interruptionResetMonths', r.on, rules) }),
    );
  }

  // Contracts in force on asOf or planned: checked ahead of time.
  chains.forEach((chain, ci) => {
    const cx = analyses[ci]!;
    for (const c of chain.contracts) {
      if ((c.end ?? OPEN) < day) continue;
      checkContract(c, cx, ci === index && !countGone, ctx, findings);
    }
  });
  checkFollowUps(h.contracts, day, ctx, findings);

  // Fixed-hours offer after 12 months while the clause lasts (policy; BW 7:628a lid 5).
  if (current?.kind === 'agency-clause' && live) {
    const months = getInteger('onCall.fixedHoursOfferAfterMonths', day, rules);
    const since = live.chain.start;
    if (day >= addMonths(since, months)) {
      const required = getBoolean('policy.agencyClause.fixedHoursOfferRequired', day, rules);
      const spec = required ? F.CONTRACT_FIXED_HOURS_OFFER_DUE : F.CONTRACT_FIXED_HOURS_OFFER_NOT_REQUIRED;
      const text: Texts = required
        ? {
            nl: `Werkzaam sinds ${since}, langer dan ${months} maanden: doe een aanbod voor vaste uren.`,
            en: `Employed since ${since}, more than ${months} months: make a fixed-hours offer.`,
          }
        : {
            nl: `Werkzaam sinds ${since}, langer dan ${months} maanden; zolang het uitzendbeding geldt, is geen aanbod voor vaste uren nodig (werkafspraken).`,
            en: `Employed since ${since}, more than ${months} months; while the agency clause applies no fixed-hours offer is needed (working agreements).`,
          };
      findings.push(finding(spec, text, { ref: ref(current), rule: ruleOf('policy.agencyClause.fixedHoursOfferRequired', day, rules) }));
    }
  }

  const assignment = assignmentWeeks(current, weeks, day);
  const noticeAfter = getInteger('agencyClause.noticeAfterWorkedWeeks', day, rules);
  const agencyClause: AgencyClauseTerms = {
    allowed: phase === 'A',
    minFixedHoursPerWeek: getInteger('policy.minContractHours', day, rules),
    waitingDays: getInteger('policy.waitingDays', day, rules),
    endsOnSickness: getBoolean('agencyClause.endsOnSickness', day, rules),
    fixedHoursOfferRequired: getBoolean('policy.agencyClause.fixedHoursOfferRequired', day, rules),
    assignmentWorkedWeeks: assignment,
    noticeDays: current?.kind === 'agency-clause' && assignment > noticeAfter ? getInteger('agencyClause.noticeDays', day, rules) : 0,
  };

  return {
    asOf: day,
    cao: rules.cao,
    phase,
    label: ctx.label(phase),
    employed: current !== undefined,
    ...(current ? { currentContractId: current.id } : {}),
    ...(live ? { countStartedOn: live.chain.start } : {}),
    ...(phaseStartedOn ? { phaseStartedOn } : {}),
    counters,
    resets: chains.filter((c) => c.reset).map((c) => c.reset!),
    ...(interruption ? { interruption } : {}),
    ...(nextTransition ? { nextTransition } : {}),
    agencyClause,
    findings,
  };
}

function checkContract(c: Contract, x: ChainAnalysis, isAsOfChain: boolean, ctx: Ctx, out: Finding[]): void {
  const { rules, asOf } = ctx;
  const ref = { contractId: c.id, hirerId: c.hirerId, date: c.start };
  const end = c.end ?? OPEN;

  if (c.kind === 'agency-clause') {
    const minHours = getInteger('policy.minContractHours', c.start, rules);
    if (c.fixedHoursPerWeek !== undefined && c.fixedHoursPerWeek.lt(minHours)) {
      out.push(
        finding(F.CONTRACT_BELOW_MIN_HOURS, {
          nl: `Contract ${c.id} (uitzendbeding) heeft ${c.fixedHoursPerWeek.toString().replace('.', ',')} vaste uren per week; het beleid vraagt minstens ${minHours}.`,
          en: `Contract ${c.id} (agency clause) has ${c.fixedHoursPerWeek.toString()} fixed hours per week; the policy asks for at least ${minHours}.`,
        }, { ref: { ...ref, field: 'fixedHoursPerWeek' }, rule: ruleOf('policy.minContractHours', c.start, rules) }),
      );
    }
  }
  if (!isAsOfChain) return; // a later chain starts afresh in phase A

  const cFrom = phaseCFrom(x);
  const certainB = x.phaseBFrom;
  if (c.kind === 'agency-clause') {
    const outside = certainB && end >= certainB ? certainB : cFrom && end >= cFrom.on ? cFrom.on : undefined;
    if (outside) {
      const p = phaseOn(x, outside > c.start ? outside : c.start);
      const from = outside > c.start ? outside : c.start;
      out.push(
        finding(F.CONTRACT_CLAUSE_OUTSIDE_PHASE_A, {
          nl: `Contract ${c.id} met uitzendbeding loopt vanaf ${from} in ${phaseWords(ctx, p).nl}; geef een contract zonder uitzendbeding.`,
          en: `Contract ${c.id} with agency clause runs in ${phaseWords(ctx, p).en} from ${from}; give a contract without agency clause.`,
        }, { ref, rule: ruleOf('phase.A.weeks', from, rules) }),
      );
    } else if (x.projectedPhaseB && c.end && c.end >= x.projectedPhaseB) {
      out.push(
        finding(F.CONTRACT_CLAUSE_OUTLASTS_PHASE_A, {
          nl: `Contract ${c.id} met uitzendbeding loopt tot ${c.end}, maar ${phaseWords(ctx, 'B').nl} begint naar verwachting op ${x.projectedPhaseB} (na ${x.phaseAWeeks} gewerkte weken, als er elke week gewerkt wordt).`,
          en: `Contract ${c.id} with agency clause runs until ${c.end}, but ${phaseWords(ctx, 'B').en} is expected to start on ${x.projectedPhaseB} (after ${x.phaseAWeeks} worked weeks, if the worker works every week).`,
        }, { ref, rule: ruleOf('phase.A.weeks', asOf, rules) }),
      );
    }
    return;
  }
  if (c.kind !== 'fixed-term') return;

  const number = x.phaseBContracts.indexOf(c) + 1;
  if (number > 0) {
    const max = getInteger('phase.B.maxContracts', c.start, rules);
    if (number > max) {
      out.push(
        finding(F.CONTRACT_PHASE_B_LIMIT, {
          nl: `Contract ${c.id} zou contract nr. ${number} in ${phaseWords(ctx, 'B').nl} zijn; er mogen er ${max} zijn. Dit contract wordt een contract voor onbepaalde tijd (${phaseWords(ctx, 'C').nl}).`,
          en: `Contract ${c.id} would be contract no. ${number} in ${phaseWords(ctx, 'B').en}; ${max} are allowed. This contract becomes an open-ended contract (${phaseWords(ctx, 'C').en}).`,
        }, { ref, rule: ruleOf('phase.B.maxContracts', c.start, rules) }),
      );
      return;
    }
  }
  if (cFrom && c.start >= cFrom.on) {
    out.push(
      finding(F.CONTRACT_FIXED_TERM_IN_PHASE_C, {
        nl: `Contract ${c.id} (bepaalde tijd) begint op ${c.start}, in ${phaseWords(ctx, 'C').nl} (vanaf ${cFrom.on}); alleen een contract voor onbepaalde tijd is mogelijk.`,
        en: `Contract ${c.id} (fixed term) starts on ${c.start}, in ${phaseWords(ctx, 'C').en} (from ${cFrom.on}); only an open-ended contract is possible.`,
      }, { ref, rule: reasonRule(cFrom.reason, cFrom.on, ctx) }),
    );
    return;
  }
  if (number === 0) return;
  const max = getInteger('phase.B.maxContracts', c.start, rules);
  if (number === max) {
    out.push(
      finding(F.CONTRACT_PHASE_B_LAST, {
        nl: `Contract ${c.id} is contract nr. ${number} van ${max} in ${phaseWords(ctx, 'B').nl}: het volgende contract is voor onbepaalde tijd (${phaseWords(ctx, 'C').nl}).`,
        en: `Contract ${c.id} is contract no. ${number} of ${max} in ${phaseWords(ctx, 'B').en}: the next contract is open-ended (${phaseWords(ctx, 'C').en}).`,
      }, { ref, rule: ruleOf('phase.B.maxContracts', c.start, rules) }),
    );
  }
  if (x.phaseCByYears && x.phaseCByYears !== OPEN && end >= x.phaseCByYears) {
    const lastDay = addDays(x.phaseCByYears, -1);
    out.push(
      finding(F.CONTRACT_PHASE_B_YEARS, {
        nl: `Contract ${c.id} loopt tot ${c.end}, maar ${phaseWords(ctx, 'B').nl} eindigt op ${lastDay} (begonnen ${x.phaseBFrom}); daarna alleen een contract voor onbepaalde tijd.`,
        en: `Contract ${c.id} runs until ${c.end}, but ${phaseWords(ctx, 'B').en} ends on ${lastDay} (started ${x.phaseBFrom}); after that only an open-ended contract.`,
      }, { ref, rule: ruleOf('phase.B.maxYears', x.phaseBFrom!, rules) }),
    );
  }
}

/** CAO: a contract without clause following one at the same hirer within 1 month lasts ≥ 4 weeks. */
function checkFollowUps(contracts: readonly Contract[], asOf: string, ctx: Ctx, out: Finding[]): void {
  const { rules } = ctx;
  contracts.forEach((c, i) => {
    if (c.kind === 'agency-clause' || c.hirerId === undefined || (c.end ?? OPEN) < asOf) return;
    const previous = contracts
      .slice(0, i)
      .filter((p) => p.hirerId === c.hirerId && p.end !== undefined && p.end < c.start)
      .sort((p, q) => (p.end! < q.end! ? 1 : -1))[0];
    if (!previous) return;
    const months = getInteger('contract.followUpWithinMonths', c.start, rules);
    const minWeeks = getInteger('contract.followUpMinWeeks', c.start, rules);
    // Follows "within one month": the interruption from the day after the previous end is at most a month.
    if (c.start > addMonths(addDays(previous.end!, 1), months)) return;
    // At least N weeks: the last day is on or after start + 7N − 1 days.
    const minLastDay = addDays(c.start, 7 * minWeeks - 1);
    if ((c.end ?? OPEN) >= minLastDay) return;
    out.push(
      finding(F.CONTRACT_FOLLOW_UP_TOO_SHORT, {
        nl: `Contract ${c.id} (${c.start} t/m ${c.end}) volgt binnen ${months} maand op contract ${previous.id} bij dezelfde inlener (einde ${previous.end}) en moet minstens ${minWeeks} weken duren, dus tot en met ${minLastDay}.`,
        en: `Contract ${c.id} (${c.start} to ${c.end}) follows contract ${previous.id} at the same hirer (ended ${previous.end}) within ${months} month and must last at least ${minWeeks} weeks, i.e. through ${minLastDay}.`,
      }, { ref: { contractId: c.id, hirerId: c.hirerId, date: c.start, field: 'end' }, rule: ruleOf('contract.followUpMinWeeks', c.start, rules) }),
    );
  });
}

/** The ISO weeks ("2026-W10") that count as worked weeks for the phase count. */
export function workedWeeks(work: readonly WorkEntryInput[], rules: RuleSet = defaultRules): string[] {
  return countedWeeks(parseWork(work), rules).map((w) => w.week);
}
