import { NoRuleError, type Texts } from '../errors/index.js';
import { Decimal, ZERO } from '../money/index.js';
import { publicHolidayOn, type HolidayCode } from '../calendar/index.js';
import { withOverrides } from '../rules/overrides.js';
import type { RuleSet } from '../rules/types.js';
import type { Finding } from '../compliance/findings.js';
import { dayClock, wallToInstant, type DayClock } from './clock.js';
import { HOLIDAY_BIT, dayMask } from './days.js';
import { profileFindings } from './findings.js';
import {
  isParsedProfile, parseHirerPayProfile, type HirerPayProfile, type HirerPayProfileInput, type OvertimePeriod, type OvertimeRule, type ScaleWage, type StackingMode,
  type SurchargeRule,
} from './profile.js';

/*
 * A profile compiled once for pricing many shifts (the hot path of a million hour lines): clock
 * windows as minute offsets, day masks as bits, and caches per calendar day (its UTC offsets,
 * holiday and surcharge windows as UTC minutes), per date (the hourly wage) and per wage (the
 * premium of every combination of rules that meet on an hour).
 */

export interface CompiledSurcharge {
  /** "surcharge:1" for the first surcharge of the profile. */
  readonly id: string;
  readonly kind: 'surcharge';
  /** 0-based position in the profile. */
  readonly index: number;
  readonly rule: SurchargeRule;
  /** The rule's name on the form, else its compact text. */
  readonly label: Texts;
  /** Days as bits: bit n for ISO weekday n, bit 8 for a public holiday. */
  readonly mask: number;
  /** Window start in wall-clock minutes after 00:00 of the day it starts on. */
  readonly fromMinute: number;
  /** Window end in wall-clock minutes after 00:00 of that same day (above 1440: the next day). */
  readonly toMinute: number;
}

export interface CompiledOvertime {
  /** "overtime:1" for the first overtime rule of the profile. */
  readonly id: string;
  readonly kind: 'overtime';
  readonly index: number;
  readonly rule: OvertimeRule;
  readonly label: Texts;
  readonly period: OvertimePeriod;
  /** Worked minutes in the day or week after which the rule starts. */
  readonly afterMinutes: number;
  readonly stacking: StackingMode;
}

/** A rule paid on an hour, with its premium in euros per hour at that hour's wage. */
export interface AppliedRule {
  readonly id: string;
  readonly kind: 'surcharge' | 'overtime';
  /** Name on the form, else the rule's compact text. */
  readonly label: Texts;
  /** The rule in compact text ("za +50%", "overwerk na 8 uur per dag +25% (hoogste)"). */
  readonly text: Texts;
  readonly percent?: Decimal;
  readonly fixedPerHour?: Decimal;
  /** Premium in euros per hour: percent × hourly wage, or the fixed amount. */
  readonly perHour: Decimal;
}

/** The outcome of the rules that meet on an hour, at one hourly wage: what is paid and what matched. */
export interface RuleCombination {
  /** Category key: the ids of the paid rules joined by "+", or "base" when none is paid. */
  readonly key: string;
  /** Rules paid, in profile order (surcharges first). */
  readonly applied: readonly AppliedRule[];
  /** Ids of every rule whose window or overtime matched, also those outranked by a higher one. */
  readonly matched: readonly string[];
  /** Sum of the paid surcharge premiums per hour. */
  readonly surchargePerHour: Decimal;
  /** The paid overtime premium per hour (0 when outranked or none). */
  readonly overtimePerHour: Decimal;
  /** surchargePerHour + overtimePerHour. */
  readonly premiumPerHour: Decimal;
  /** Sum of the paid percentages (fraction): bill as rate × (1 + percent) + fixedPerHour. */
  readonly percent: Decimal;
  /** Sum of the paid fixed premiums in euros per hour. */
  readonly fixedPerHour: Decimal;
  /** Some overtime rule matched. */
  readonly overtime: boolean;
  /** The hourly wage this combination was priced at. */
  readonly hourlyWage: Decimal;
  /** hourlyWage + premiumPerHour. */
  readonly hourlyPay: Decimal;
  /** `${key}@${hourlyWage}`: one pay category (same paid rules at the same wage). */
  readonly categoryKey: string;
  /** "Normale uren" / "Normal hours", or the paid rules' labels joined by " + ". */
  readonly label: Texts;
}

/** The hirer's hourly wage on a date and the scale wage it comes from. */
export interface ScaleWageOn {
  readonly wage: Decimal;
  readonly scale: ScaleWage;
  /** wage.toString(), to group by wage without converting again. */
  readonly key: string;
}

/** A surcharge window on one day, in UTC epoch minutes. */
export interface DayWindow {
  readonly rule: CompiledSurcharge;
  readonly from: number;
  readonly to: number;
}

/** A calendar day as the pricing sees it. */
export interface PayDay {
  readonly clock: DayClock;
  readonly holiday: HolidayCode | undefined;
  /** Weekday bit, plus the holiday bit on a public holiday. */
  readonly mask: number;
  /** Windows of the surcharges that start on this day. */
  readonly windows: readonly DayWindow[];
}

const MINUTES_PER_DAY = 1440;

function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Hours of work one period wage pays for, per hours per week (a month is 52/12 = 13/3 weeks). */
function periodWeeks(per: ScaleWage['per']): Decimal | undefined {
  switch (per) {
    case 'hour':
      return undefined;
    case 'week':
      return new Decimal(1);
    case 'four-weeks':
      return new Decimal(4);
    case 'month':
      return new Decimal(13).div(3);
    case 'year':
      return new Decimal(52);
  }
}

interface Raise {
  readonly from: string;
  readonly percent?: Decimal;
  readonly amountPerHour?: Decimal;
}

/** A hirer pay profile ready for pricing; make one with compileProfile and reuse it for every line. */
export class CompiledProfile {
  readonly profile: HirerPayProfile;
  readonly surcharges: readonly CompiledSurcharge[];
  readonly overtime: readonly CompiledOvertime[];
  /** Findings of the form itself (unsigned, incomplete), the same for every shift. */
  readonly findings: readonly Finding[];
  /** Pay computed with this profile is provisional (the form has findings). */
  readonly provisional: boolean;
  readonly surchargeOverlap: StackingMode;

  readonly #raises: readonly Raise[];
  readonly #rulesFor = new WeakMap<RuleSet, RuleSet>();
  readonly #days = new WeakMap<RuleSet, Map<number, PayDay>>();
  readonly #wages = new Map<string, ScaleWageOn | null>();
  readonly #combos = new Map<string, Map<string, RuleCombination>>();

  constructor(profile: HirerPayProfile) {
    this.profile = profile;
    this.surcharges = Object.freeze(
      profile.surcharges.map((rule, index): CompiledSurcharge => {
        const fromMinute = clockMinutes(rule.from);
        let toMinute = clockMinutes(rule.to);
        if (toMinute <= fromMinute) toMinute += MINUTES_PER_DAY;
        return Object.freeze({
          id: `surcharge:${index + 1}`,
          kind: 'surcharge' as const,
          index,
          rule,
          label: rule.name !== undefined ? { nl: rule.name, en: rule.name } : rule.text,
          mask: dayMask(rule.days),
          fromMinute,
          toMinute,
        });
      }),
    );
    this.overtime = Object.freeze(
      profile.overtime.map((rule, index): CompiledOvertime =>
        Object.freeze({
          id: `overtime:${index + 1}`,
          kind: 'overtime' as const,
          index,
          rule,
          label: rule.name !== undefined ? { nl: rule.name, en: rule.name } : rule.text,
          period: rule.period,
          afterMinutes: rule.afterHours.mul(60).toNumber(),
          stacking: rule.stacking,
        }),
      ),
    );
    this.surchargeOverlap = profile.surchargeOverlap;
    this.findings = Object.freeze(profileFindings(profile));
    this.provisional = this.findings.length > 0;
    // Initial increases before periodic raises on the same date; both in date order.
    this.#raises = Object.freeze(
      [...profile.initialIncreases.map((r) => ({ r, k: 0 })), ...profile.periodicRaises.map((r) => ({ r, k: 1 }))]
        .sort((a, b) => (a.r.from < b.r.from ? -1 : a.r.from > b.r.from ? 1 : a.k - b.k))
        .map(({ r }) => r),
    );
    Object.freeze(this);
  }

  /** The rule set whose public holidays the surcharges follow: the hirer's own list, if the profile has one. */
  rulesFor(base: RuleSet): RuleSet {
    const list = this.profile.publicHolidays;
    if (list === undefined) return base;
    let r = this.#rulesFor.get(base);
    if (!r) {
      const every = this.profile.liberationDayEveryYears;
      r = withOverrides(base, {
        layer: 'placement',
        id: `hirer-pay-holidays:${this.profile.id ?? this.profile.hirerId}`,
        title: "Hirer's public holidays (hirer pay profile)",
        source: 'hirer pay profile',
        parameters: { 'cao.publicHolidays': list.join(', '), ...(every !== undefined ? { 'cao.liberationDayEveryYears': every } : {}) },
      });
      this.#rulesFor.set(base, r);
    }
    return r;
  }

  /** A calendar day with its holiday and the UTC windows of the surcharges that start on it (cached). */
  payDay(day: number, rules: RuleSet): PayDay {
    let perSet = this.#days.get(rules);
    if (!perSet) {
      perSet = new Map();
      this.#days.set(rules, perSet);
    }
    let pd = perSet.get(day);
    if (pd) return pd;
    const clock = dayClock(day);
    const holiday = publicHolidayOn(clock.iso, rules)?.code;
    const mask = (1 << clock.weekday) | (holiday !== undefined ? HOLIDAY_BIT : 0);
    const windows: DayWindow[] = [];
    for (const s of this.surcharges) {
      if ((s.mask & mask) === 0) continue;
      const from = wallToInstant(clock, s.fromMinute, true);
      const to = s.toMinute <= MINUTES_PER_DAY ? wallToInstant(clock, s.toMinute, true) : wallToInstant(dayClock(day + 1), s.toMinute - MINUTES_PER_DAY, true);
      if (to > from) windows.push({ rule: s, from, to });
    }
    pd = Object.freeze({ clock, holiday, mask, windows: Object.freeze(windows) });
    perSet.set(day, pd);
    return pd;
  }

  /**
   * The hirer's hourly wage on a date: the scale wage in force (a period wage divided by the
   * contract hours of that period), raised by every initial increase and periodic raise dated
   * after that scale wage and on or before the date, in date order (a scale wage entered on or
   * after a raise's date already includes it). Exact, not rounded. Undefined before the first scale wage.
   */
  scaleWageOn(iso: string, contractHoursPerWeek: Decimal | undefined): ScaleWageOn | undefined {
    const key = contractHoursPerWeek === undefined ? iso : `${iso}|${contractHoursPerWeek.toString()}`;
    const cached = this.#wages.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let scale: ScaleWage | undefined;
    for (const w of this.profile.scaleWages) if (w.from <= iso) scale = w;
    let result: ScaleWageOn | null = null;
    if (scale) {
      const weeks = periodWeeks(scale.per);
      let wage = scale.amount;
      if (weeks !== undefined) {
        const hours = contractHoursPerWeek ?? this.profile.workweekHours;
        if (hours === undefined || hours.lte(0)) {
          throw new NoRuleError(
            'HIRER_PAY_NO_CONTRACT_HOURS',
            {
              nl: `contracturen per week: ontbreken; nodig om het ${scale.per === 'month' ? 'maandloon' : 'periodeloon'} van de inlener om te rekenen naar een uurloon`,
              en: `contract hours per week: missing; needed to turn the hirer's ${scale.per === 'month' ? 'monthly' : 'period'} wage into an hourly wage`,
            },
            'contractHoursPerWeek',
          );
        }
        wage = wage.div(hours.mul(weeks));
      }
      for (const r of this.#raises) {
        if (r.from <= scale.from || r.from > iso) continue;
        if (r.percent !== undefined) wage = wage.mul(r.percent.plus(1));
        else if (r.amountPerHour !== undefined) wage = wage.plus(r.amountPerHour);
      }
      result = Object.freeze({ wage, scale, key: wage.toString() });
    }
    this.#wages.set(key, result);
    return result ?? undefined;
  }

  /** The paid rules for a set of matched surcharges and overtime rules at an hourly wage (cached). */
  combination(wage: Decimal, surchargeIdx: readonly number[], overtimeIdx: readonly number[], wageKey: string = wage.toString()): RuleCombination {
    let perWage = this.#combos.get(wageKey);
    if (!perWage) {
      perWage = new Map();
      this.#combos.set(wageKey, perWage);
    }
    const key = `${surchargeIdx.join(',')}|${overtimeIdx.join(',')}`;
    let c = perWage.get(key);
    if (!c) {
      c = this.#combine(wage, surchargeIdx, overtimeIdx, wageKey);
      perWage.set(key, c);
    }
    return c;
  }

  #applied(r: CompiledSurcharge | CompiledOvertime, wage: Decimal): AppliedRule {
    const { percent, fixedPerHour } = r.rule;
    return Object.freeze({
      id: r.id,
      kind: r.kind,
      label: r.label,
      text: r.rule.text,
      ...(percent !== undefined ? { percent } : {}),
      ...(fixedPerHour !== undefined ? { fixedPerHour } : {}),
      perHour: percent !== undefined ? wage.mul(percent) : (fixedPerHour ?? ZERO),
    });
  }

  #combine(wage: Decimal, surchargeIdx: readonly number[], overtimeIdx: readonly number[], wageKey: string): RuleCombination {
    const sur = surchargeIdx.map((i) => this.#applied(this.surcharges[i]!, wage));
    const ot = overtimeIdx.map((i) => ({ a: this.#applied(this.overtime[i]!, wage), stacking: this.overtime[i]!.stacking }));
    // Surcharges among themselves: the profile's overlap rule; a tie goes to the earlier rule.
    let paidSur: AppliedRule[];
    if (this.surchargeOverlap === 'add') paidSur = sur;
    else {
      let best: AppliedRule | undefined;
      for (const a of sur) if (!best || a.perHour.gt(best.perHour)) best = a;
      paidSur = best ? [best] : [];
    }
    let surSide = ZERO;
    for (const a of paidSur) surSide = surSide.plus(a.perHour);
    // Overtime rules among themselves (tiers, day and week): the highest; a tie goes to the earlier rule.
    let bestOt: { a: AppliedRule; stacking: StackingMode } | undefined;
    for (const o of ot) if (!bestOt || o.a.perHour.gt(bestOt.a.perHour)) bestOt = o;
    let applied: AppliedRule[] = paidSur;
    let otSide = ZERO;
    if (bestOt) {
      if (bestOt.stacking === 'add') {
        applied = [...paidSur, bestOt.a];
        otSide = bestOt.a.perHour;
      } else if (bestOt.a.perHour.gte(surSide)) {
        // Highest wins; on a tie overtime is named, the amount is the same.
        applied = [bestOt.a];
        otSide = bestOt.a.perHour;
        surSide = ZERO;
      }
    }
    let percent = ZERO;
    let fixed = ZERO;
    for (const a of applied) {
      if (a.percent !== undefined) percent = percent.plus(a.percent);
      if (a.fixedPerHour !== undefined) fixed = fixed.plus(a.fixedPerHour);
    }
    const key = applied.length === 0 ? 'base' : applied.map((a) => a.id).join('+');
    const label: Texts =
      applied.length === 0
        ? { nl: 'Normale uren', en: 'Normal hours' }
        : { nl: applied.map((a) => a.label.nl).join(' + '), en: applied.map((a) => a.label.en).join(' + ') };
    return Object.freeze({
      key,
      label,
      categoryKey: `${key}@${wageKey}`,
      applied: Object.freeze(applied),
      matched: Object.freeze([...sur.map((a) => a.id), ...ot.map((o) => o.a.id)]),
      surchargePerHour: surSide,
      overtimePerHour: otSide,
      premiumPerHour: surSide.plus(otSide),
      percent,
      fixedPerHour: fixed,
      overtime: ot.length > 0,
      hourlyWage: wage,
      hourlyPay: wage.plus(surSide).plus(otSide),
    });
  }
}

const compiledCache = new WeakMap<object, CompiledProfile>();

/**
 * Compiles a hirer pay profile for pricing: validates it (unless it came from
 * parseHirerPayProfile) and prepares its windows once. Reuse the result for every shift; passing
 * the same profile object again returns the same compiled profile. Profiles are treated as
 * immutable: change a profile by making a new object.
 */
export function compileProfile(profile: HirerPayProfileInput | HirerPayProfile | CompiledProfile): CompiledProfile {
  if (profile instanceof CompiledProfile) return profile;
  if (typeof profile === 'object' && profile !== null) {
    const cached = compiledCache.get(profile);
    if (cached) return cached;
    const compiled = new CompiledProfile(isParsedProfile(profile) ? profile : parseHirerPayProfile(profile));
    compiledCache.set(profile, compiled);
    return compiled;
  }
  return new CompiledProfile(parseHirerPayProfile(profile));
}

