import { NoRuleError, InputError, type Texts } from '../errors/index.js';
import { Decimal, ZERO, isDecimal, parseAmount, parseMinutes, parseNumber, type AmountInput } from '../money/index.js';
import type { HolidayCode } from '../calendar/index.js';
import { defaultRules } from '../rules/defaults.js';
import type { RuleSet } from '../rules/types.js';
import type { Finding, FindingRef } from '../compliance/findings.js';
import { dayOfInstant, formatInstant } from './clock.js';
import { compileProfile, type AppliedRule, type CompiledProfile, type DayWindow, type PayDay, type RuleCombination } from './compile.js';
import { wageBelowScaleFinding } from './findings.js';
import type { AllowanceUnit, HirerPayProfile, HirerPayProfileInput, ReductionCompensation } from './profile.js';
import { readShift, type ReadShift, type ShiftInput } from './shift.js';
import { contextKey, isPlainShift, optionsKey, shiftStore, type CachedShift, type Priced, type ShiftStore } from './shift-cache.js';

/*
 * shiftPay: one shift priced with a hirer pay profile (inlenersbeloning, CAO art. 16 lid 1 a–c).
 *
 * The shift is cut into segments at every local midnight, at every surcharge window edge (public
 * holidays are whole days, so their edges are midnights), at break windows and where overtime
 * starts; minutes are real elapsed minutes (UTC), so the DST nights are 7 and 9 hours.
 *
 * Decisions (documented for clerks in docs and tests):
 * - A surcharge window that crosses midnight belongs to the day it starts: "ma-vr 20:00-06:00"
 *   covers Friday 20:00 to Saturday 06:00, not Monday 00:00–06:00 (write "ma-vr 00:00-06:00"
 *   as its own rule if the form means that).
 * - Surcharges that meet on the same minute: the highest premium in euros per hour is paid
 *   (profile.surchargeOverlap = highest, the default) or all are added (add).
 * - Overtime counts worked minutes (breaks excluded) in time order: per day = per shift plus
 *   options.dayHoursBefore (earlier work on the date the shift starts); per week = per ISO week
 *   (Monday 00:00 to Monday 00:00) plus options.weekHoursBefore for the week the shift starts in;
 *   the count restarts at Monday 00:00. Several overtime rules on one minute (tiers, day and
 *   week): the highest pays. Its stacking decides whether it is added to the surcharges (add)
 *   or only the higher of the two is paid (highest).
 * - Break minutes without times are deducted from the lowest-paid time of the shift (hourly
 *   wage plus surcharge, before overtime), as close to the middle of the shift as that time
 *   allows. Why: the break's real time is unknown; taking it from the cheapest time never pays
 *   less than the hirer would (hirer pay is a floor), it keeps whole minutes (a proportional cut
 *   would split minutes across categories), and the middle is where the Working Hours Act break
 *   (after at most 5,5 hours) is normally taken. The deducted window is reported in `breaks`.
 * - Amounts are exact decimals (40 significant digits; minutes/60 can repeat): hours × wage per
 *   category, never rounded here. Round with payslipLines (cents per line).
 */

export interface ShiftPayOptions {
  /** Rule set for the public holidays (CAO list); default: the shipped rules. */
  readonly rules?: RuleSet;
  /** Hours per week the scale's period wage pays for (contract hours); wins over the profile's workweekHours. Only for week, four-week, month or year wages. */
  readonly contractHoursPerWeek?: AmountInput;
  /** The placement's agreed hourly wage. Used when at least the scale wage; below it, the scale wage is used and a finding says so. */
  readonly hourlyWage?: AmountInput;
  /** Hours already worked on the shift's start date before this shift (overtime per day). */
  readonly dayHoursBefore?: AmountInput;
  /** Hours already worked in the ISO week of the shift's start before this shift (overtime per week). */
  readonly weekHoursBefore?: AmountInput;
  /** Kilometres travelled for this shift (allowances per km). */
  readonly km?: AmountInput;
  /** false: leave out the segment list (totals and categories only), for bulk pricing. Default true. */
  readonly segments?: boolean;
  /** Where findings point (row, placement, worker…), merged into each finding's ref. */
  readonly ref?: FindingRef;
}

/** A stretch of the shift with one hourly wage and one set of rules. */
export interface ShiftSegment {
  /** Start and end as ISO instants in Amsterdam time with offset ("2026-10-25T02:00:00+01:00"). */
  readonly from: string;
  readonly to: string;
  /** Start and end in UTC epoch minutes, for programs. */
  readonly fromMinute: number;
  readonly toMinute: number;
  /** Amsterdam date and ISO weekday (1 = Monday) of the segment. */
  readonly date: string;
  readonly weekday: number;
  /** The public holiday the segment falls on, if any. */
  readonly holiday?: HolidayCode;
  /** Real elapsed minutes worked (never a break). */
  readonly minutes: number;
  readonly hours: Decimal;
  readonly hourlyWage: Decimal;
  /** Category key (see ShiftPayResult.categories). */
  readonly category: string;
  /** Rules paid in the segment (name, percent or fixed euros, premium per hour). */
  readonly rules: readonly AppliedRule[];
  /** Ids of every rule that matched, also those outranked by a higher one. */
  readonly matched: readonly string[];
  /** The segment is overtime (some overtime rule matched). */
  readonly overtime: boolean;
  /** hours × hourly wage. */
  readonly baseAmount: Decimal;
  /** hours × premium per hour of the paid rules (surcharges and overtime). */
  readonly surchargeAmount: Decimal;
  readonly total: Decimal;
}

/** Hours of one kind, for billing: bill as hours × rate × (1 + percent) + hours × fixedPerHour (in the placement's mode). */
export interface PayCategory {
  /** "base" (no premium) or the paid rules' ids joined by "+" ("surcharge:2", "surcharge:1+overtime:1"). */
  readonly key: string;
  /** "Normale uren" / "Normal hours", or the paid rules' names or texts joined by " + ". */
  readonly label: Texts;
  /** Rules paid in this category, with their premium per hour. */
  readonly rules: readonly AppliedRule[];
  /** Sum of the paid percentages as a fraction (0.5 = 50 %); 0 for base hours. */
  readonly percent: Decimal;
  /** Sum of the paid fixed premiums in euros per hour. */
  readonly fixedPerHour: Decimal;
  /** Some overtime rule matched these hours. */
  readonly overtime: boolean;
  readonly hourlyWage: Decimal;
  readonly minutes: number;
  readonly hours: Decimal;
  readonly baseAmount: Decimal;
  /** Premium (surcharges and overtime) for these hours. */
  readonly surchargeAmount: Decimal;
  readonly total: Decimal;
}

export interface ShiftBreak {
  readonly from: string;
  readonly to: string;
  readonly minutes: number;
  /** given: the break's times came with the shift; deducted: minutes placed by shiftPay (see the rule above). */
  readonly source: 'given' | 'deducted';
}

export interface AllowanceLine {
  readonly name: string;
  readonly unit: AllowanceUnit;
  readonly quantity: Decimal;
  readonly rate: Decimal;
  readonly amount: Decimal;
}

export interface ReductionPay {
  readonly compensation: ReductionCompensation;
  /** Share of each worked hour (fraction). */
  readonly percent: Decimal;
  /** In money: worked hours × hourly wage × percent. */
  readonly amount: Decimal;
  /** In time: hours of time off accrued (worked hours × percent). */
  readonly hoursAccrued: Decimal;
  /** Worked minutes per hourly wage (for payslip lines). */
  readonly minutesByWage: ReadonlyArray<{ readonly hourlyWage: Decimal; readonly minutes: number }>;
}

export interface ShiftPayTotals {
  /** Worked minutes and hours (breaks excluded). */
  readonly minutes: number;
  readonly hours: Decimal;
  readonly basePay: Decimal;
  /** Paid surcharge premiums (irregular hours, weekend, holidays). */
  readonly surchargePay: Decimal;
  /** Paid overtime premiums. */
  readonly overtimePay: Decimal;
  /** ATV/ADV paid in money. */
  readonly reductionPay: Decimal;
  /** basePay + surchargePay + overtimePay + reductionPay: the gross wage of the shift. */
  readonly total: Decimal;
  /** Expense allowances (travel, per hour, per day); not wage. */
  readonly allowances: Decimal;
  readonly totalWithAllowances: Decimal;
}

export interface ShiftPayResult {
  /** The date the shift starts. */
  readonly date: string;
  readonly start: string;
  readonly end: string;
  /** Real elapsed minutes from start to end. */
  readonly elapsedMinutes: number;
  /** Unpaid break minutes. */
  readonly breakMinutes: number;
  readonly breaks: readonly ShiftBreak[];
  readonly totals: ShiftPayTotals;
  /** Hours and amounts per combination of paid rules (and hourly wage), in order of appearance. */
  readonly categories: readonly PayCategory[];
  /** Segments in time order (empty with options.segments = false). */
  readonly segments: readonly ShiftSegment[];
  readonly reduction?: ReductionPay;
  readonly allowances: readonly AllowanceLine[];
  /** Findings: the profile's (unsigned, incomplete) and this shift's (wage below the scale). */
  readonly findings: readonly Finding[];
  /** The profile has findings: the pay is computed but provisional. */
  readonly provisional: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** An hourly wage and its text, to group by wage without converting again. */
interface Wage {
  readonly wage: Decimal;
  readonly key: string;
}

interface Piece {
  from: number;
  to: number;
  day: PayDay;
  sur: number[];
  ot: number[];
}

const EMPTY: number[] = [];
const SIXTY = new Decimal(60);
const HOURS: Decimal[] = [];

/** minutes / 60 as an exact Decimal (cached for shift lengths). */
function hoursOf(minutes: number): Decimal {
  if (minutes < 0 || minutes > 3000) return new Decimal(minutes).div(SIXTY);
  return (HOURS[minutes] ??= new Decimal(minutes).div(SIXTY));
}

/**
 * Hours before the shift, to the minute. A Decimal made from minutes (minutes / 60, which may
 * repeat: 7 minutes = 0,11666…) is taken as those minutes.
 */
function optionalMinutes(value: AmountInput | undefined, field: string): number {
  if (value === undefined || value === null || value === '') return 0;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && Number.isInteger(value * 60)) return value * 60;
  if (isDecimal(value) && value.gte(0)) {
    const minutes = value.mul(60);
    const whole = minutes.round();
    if (minutes.minus(whole).abs().lt('1e-20')) return whole.toNumber();
  }
  return parseMinutes(value, field, { min: 0 });
}

function optionalDecimal(value: AmountInput | undefined, read: (v: AmountInput) => Decimal): Decimal | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return read(value);
}

function positive(field: string, label: Texts) {
  return (v: AmountInput): Decimal => {
    // parseAmount also reads Decimals, refusing NaN and Infinity (a Decimal(Infinity) wage gave Infinity pay).
    const d = parseAmount(v, field, { min: 0, decimalOnly: true });
    if (d.lte(0)) {
      throw new InputError('OUT_OF_RANGE', { nl: `${label.nl}: ${d.toString()} is niet positief; verwacht een getal boven 0`, en: `${label.en}: ${d.toString()} is not positive; expected a number above 0` }, field);
    }
    return d;
  };
}

const readContractHours = positive('contractHoursPerWeek', { nl: 'contracturen per week', en: 'contract hours per week' });
const readAgreedWage = positive('hourlyWage', { nl: 'uurloon', en: 'hourly wage' });

/** Monday's day number of the ISO week of a day. */
function weekOf(pd: PayDay): number {
  return pd.clock.day - (pd.clock.weekday - 1);
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Cuts pieces at the given instants (sorted or not); pieces keep their rules. */
function cutAt(pieces: Piece[], points: readonly number[]): Piece[] {
  if (points.length === 0) return pieces;
  const out: Piece[] = [];
  for (const p of pieces) {
    let from = p.from;
    const inside = points.filter((x) => x > p.from && x < p.to).sort((x, y) => x - y);
    for (const x of inside) {
      if (x === from) continue;
      out.push({ ...p, from, to: x });
      from = x;
    }
    out.push({ ...p, from, to: p.to });
  }
  return out;
}

/** Pay of one shift; see the decisions at the top of this file. */
export function shiftPay(shift: ShiftInput, profile: HirerPayProfileInput | HirerPayProfile | CompiledProfile, options: ShiftPayOptions = {}): ShiftPayResult {
  const cp = compileProfile(profile);
  const dayBefore = optionalMinutes(options.dayHoursBefore, 'dayHoursBefore');
  const weekBefore = optionalMinutes(options.weekHoursBefore, 'weekHoursBefore');
  const store = storeFor(cp, options);
  if (!store || !isPlainShift(shift)) return priceShift(readShift(shift), cp, options, { dayBefore, weekBefore });
  const entry = cachedRead(store, shift);
  return withFindingRef(cachedPrice(entry, cp, options, dayBefore, weekBefore).result, options.ref);
}

/** The store of priced shifts for these options, or undefined when they cannot be a key (shift-cache.ts). */
function storeFor(cp: CompiledProfile, options: ShiftPayOptions): ShiftStore<ShiftPayResult> | undefined {
  const key = optionsKey(options);
  return key === undefined ? undefined : shiftStore<ShiftPayResult>(cp, options.rules ?? defaultRules, key);
}

function cachedRead(store: ShiftStore<ShiftPayResult>, shift: ShiftInput): CachedShift<ShiftPayResult> {
  let entry = store.get(shift);
  if (!entry) {
    entry = { read: readShift(shift), priced: new Map() };
    store.set(shift, entry);
  }
  return entry;
}

/** The shift priced in an overtime context, once; without the finding ref (withFindingRef adds it). */
function cachedPrice(entry: CachedShift<ShiftPayResult>, cp: CompiledProfile, options: ShiftPayOptions, dayBefore: number, weekBefore: number): Priced<ShiftPayResult> {
  const context = cp.overtime.length === 0 ? 0 : contextKey(dayBefore, weekBefore);
  let priced = entry.priced.get(context);
  if (!priced) {
    const byWeek = new Map<number, number>();
    const result = priceShift(entry.read, cp, options.ref === undefined ? options : { ...options, ref: undefined }, { dayBefore, weekBefore, byWeek });
    const weeks: number[] = [];
    for (const [w, m] of byWeek) weeks.push(w, m);
    priced = { result, weeks };
    entry.priced.set(context, priced);
  }
  return priced;
}

/** A shared result with the caller's finding ref merged into its findings (as priceShift does). */
function withFindingRef(result: ShiftPayResult, ref: FindingRef | undefined): ShiftPayResult {
  if (!ref || result.findings.length === 0) return result;
  return Object.freeze({ ...result, findings: withRef([...result.findings], ref) });
}

/** Overtime context in worked minutes, and where to report worked minutes per ISO week (shiftsPay). */
interface Context {
  readonly dayBefore: number;
  readonly weekBefore: number;
  /** Worked minutes per ISO week (Monday's day number), filled when given. */
  readonly byWeek?: Map<number, number>;
}

function priceShift(s: ReadShift, cp: CompiledProfile, options: ShiftPayOptions, ctx: Context): ShiftPayResult {
  const rules = cp.rulesFor(options.rules ?? defaultRules);
  const contractHours = optionalDecimal(options.contractHoursPerWeek, readContractHours);
  const agreed = optionalDecimal(options.hourlyWage, readAgreedWage);
  const { dayBefore, weekBefore } = ctx;

  // 1. Cut points: midnights, window edges, break edges.
  const firstDay = s.startDay.day;
  const lastDay = dayOfInstant(s.end - 1).day;
  const days: PayDay[] = [];
  const cuts: number[] = [s.start, s.end];
  const windows: DayWindow[] = [];
  for (let d = firstDay - 1; d <= lastDay; d++) {
    const pd = cp.payDay(d, rules);
    if (d >= firstDay) days.push(pd);
    if (d > firstDay) cuts.push(pd.clock.start);
    for (const w of pd.windows) {
      if (w.to <= s.start || w.from >= s.end) continue;
      windows.push(w);
      if (w.from > s.start) cuts.push(w.from);
      if (w.to < s.end) cuts.push(w.to);
    }
  }
  for (const [a, b] of s.breakWindows) cuts.push(a, b);
  cuts.sort((x, y) => x - y);

  // 2. Pieces between cuts, without the given breaks, each with the surcharges whose window covers it.
  let pieces: Piece[] = [];
  let di = 0;
  let bi = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    if (b === a) continue;
    while (bi < s.breakWindows.length && s.breakWindows[bi]![1] <= a) bi++;
    if (bi < s.breakWindows.length && s.breakWindows[bi]![0] <= a) continue;
    while (days[di]!.clock.end <= a) di++;
    let sur: number[] = EMPTY;
    for (const w of windows) {
      if (w.from <= a && a < w.to && !sur.includes(w.rule.index)) sur = sur === EMPTY ? [w.rule.index] : [...sur, w.rule.index];
    }
    if (sur.length > 1) sur.sort((x, y) => x - y);
    pieces.push({ from: a, to: b, day: days[di]!, sur, ot: EMPTY });
  }

  // Hourly wage per day (scale wage with raises, or the agreed wage when higher).
  const callFindings: Finding[] = [];
  const wageByDay = new Map<number, Wage>();
  let agreedWage: Wage | undefined;
  const wageOf = (pd: PayDay): Wage => {
    let w = wageByDay.get(pd.clock.day);
    if (w) return w;
    const scale = cp.scaleWageOn(pd.clock.iso, contractHours);
    if (agreed && (!scale || agreed.gte(scale.wage))) w = agreedWage ??= { wage: agreed, key: agreed.toString() };
    else if (scale) {
      w = scale;
      if (agreed) callFindings.push(wageBelowScaleFinding(cp.profile, pd.clock.iso, agreed.toString(), scale.wage.toDecimalPlaces(4).toString()));
    } else {
      const first = cp.profile.scaleWages[0]?.from;
      throw new NoRuleError(
        'HIRER_PAY_NO_SCALE_WAGE',
        first
          ? {
              nl: `schaalloon: de inlenersbeloning van ${cp.profile.hirerName ?? cp.profile.hirerId} (${cp.profile.job}) heeft pas een schaalloon vanaf ${first}, niet op ${pd.clock.iso}; verwacht een schaalloon dat op die datum geldt, of een afgesproken uurloon`,
              en: `scale wage: the hirer pay profile of ${cp.profile.hirerName ?? cp.profile.hirerId} (${cp.profile.job}) has a scale wage only from ${first}, not on ${pd.clock.iso}; expected a scale wage in force on that date, or an agreed hourly wage`,
            }
          : {
              nl: `schaalloon: de inlenersbeloning van ${cp.profile.hirerName ?? cp.profile.hirerId} (${cp.profile.job}) heeft geen schaalloon; verwacht een schaalloon of een afgesproken uurloon`,
              en: `scale wage: the hirer pay profile of ${cp.profile.hirerName ?? cp.profile.hirerId} (${cp.profile.job}) has no scale wage; expected a scale wage or an agreed hourly wage`,
            },
        'scaleWages',
      );
    }
    wageByDay.set(pd.clock.day, w);
    return w;
  };

  const comboOf = (p: Piece, ot: readonly number[]): RuleCombination => {
    const w = wageOf(p.day);
    return cp.combination(w.wage, p.sur, ot, w.key);
  };

  // 3. Break minutes without times: from the lowest-paid time, nearest the middle of the shift.
  const deducted: Array<[number, number]> = [];
  if (s.breakMinutes > 0) {
    const middle = Math.floor((s.start + s.end) / 2);
    const ranked = pieces
      .map((p) => ({
        p,
        pay: comboOf(p, EMPTY).hourlyPay,
        distance: p.from <= middle && middle < p.to ? 0 : Math.min(Math.abs(p.from - middle), Math.abs(p.to - middle)),
      }))
      .sort((x, y) => x.pay.comparedTo(y.pay) || x.distance - y.distance || x.p.from - y.p.from);
    let left = s.breakMinutes;
    for (const { p } of ranked) {
      if (left === 0) break;
      const take = Math.min(left, p.to - p.from);
      const at = Math.min(Math.max(middle - Math.floor(take / 2), p.from), p.to - take);
      deducted.push([at, at + take]);
      left -= take;
    }
    deducted.sort((x, y) => x[0] - y[0]);
    const kept: Piece[] = [];
    for (const p of pieces) {
      let from = p.from;
      for (const [a, b] of deducted) {
        if (b <= from || a >= p.to) continue;
        if (a > from) kept.push({ ...p, from, to: a });
        from = b;
      }
      if (from < p.to) kept.push({ ...p, from, to: p.to });
    }
    pieces = kept;
  }

  // 4. Overtime: where each rule's count passes its threshold, in time order of worked minutes.
  if (cp.overtime.length > 0) {
    const spans: Array<{ rule: number; from: number; to: number }> = [];
    for (const o of cp.overtime) {
      if (o.period === 'day') {
        const need = o.afterMinutes - dayBefore;
        let counted = 0;
        for (const p of pieces) {
          const len = p.to - p.from;
          if (counted + len > need) {
            spans.push({ rule: o.index, from: p.from + Math.max(0, need - counted), to: Number.POSITIVE_INFINITY });
            break;
          }
          counted += len;
        }
      } else {
        let week = pieces.length > 0 ? weekOf(pieces[0]!.day) : 0;
        let counted = weekBefore;
        let open: { rule: number; from: number; to: number } | undefined;
        for (const p of pieces) {
          const w = weekOf(p.day);
          if (w !== week) {
            if (open) open.to = p.day.clock.start;
            open = undefined;
            week = w;
            counted = 0;
          }
          const len = p.to - p.from;
          if (!open && counted + len > o.afterMinutes) {
            open = { rule: o.index, from: p.from + Math.max(0, o.afterMinutes - counted), to: Number.POSITIVE_INFINITY };
            spans.push(open);
          }
          counted += len;
        }
      }
    }
    if (spans.length > 0) {
      pieces = cutAt(pieces, spans.map((x) => x.from));
      for (const p of pieces) {
        let ot: number[] = EMPTY;
        for (const sp of spans) if (sp.from <= p.from && p.from < sp.to && !ot.includes(sp.rule)) ot = ot === EMPTY ? [sp.rule] : [...ot, sp.rule];
        if (ot.length > 1) ot.sort((x, y) => x - y);
        p.ot = ot;
      }
    }
  }

  // 5. Merge neighbours with the same day and rules.
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.to === p.from && last.day === p.day && sameList(last.sur, p.sur) && sameList(last.ot, p.ot)) last.to = p.to;
    else merged.push({ ...p });
  }

  // 6. Categories, segments and totals.
  const wantSegments = options.segments !== false;
  const segments: ShiftSegment[] = [];
  const cats = new Map<string, { combo: RuleCombination; wage: Decimal; minutes: number }>();
  const minutesByWage = new Map<string, { wage: Decimal; minutes: number }>();
  let workedMinutes = 0;
  for (const p of merged) {
    const w = wageOf(p.day);
    const wage = w.wage;
    const combo = cp.combination(wage, p.sur, p.ot, w.key);
    const minutes = p.to - p.from;
    workedMinutes += minutes;
    const cat = cats.get(combo.categoryKey);
    if (cat) cat.minutes += minutes;
    else cats.set(combo.categoryKey, { combo, wage, minutes });
    const mw = minutesByWage.get(w.key);
    if (mw) mw.minutes += minutes;
    else minutesByWage.set(w.key, { wage, minutes });
    if (ctx.byWeek) {
      const wk = weekOf(p.day);
      ctx.byWeek.set(wk, (ctx.byWeek.get(wk) ?? 0) + minutes);
    }
    if (wantSegments) {
      const baseAmount = wage.mul(minutes).div(SIXTY);
      const surchargeAmount = combo.premiumPerHour.isZero() ? ZERO : combo.premiumPerHour.mul(minutes).div(SIXTY);
      const segment: Mutable<ShiftSegment> = {
        from: formatInstant(p.from),
        to: formatInstant(p.to),
        fromMinute: p.from,
        toMinute: p.to,
        date: p.day.clock.iso,
        weekday: p.day.clock.weekday,
        minutes,
        hours: hoursOf(minutes),
        hourlyWage: wage,
        category: combo.key,
        rules: combo.applied,
        matched: combo.matched,
        overtime: combo.overtime,
        baseAmount,
        surchargeAmount,
        total: baseAmount.plus(surchargeAmount),
      };
      if (p.day.holiday !== undefined) segment.holiday = p.day.holiday;
      segments.push(Object.freeze(segment));
    }
  }

  // Amounts per category (one division each); totals are their sums.
  let basePay = ZERO;
  let surchargePay = ZERO;
  let overtimePay = ZERO;
  let wagePay = ZERO;
  const categories: PayCategory[] = [];
  for (const { combo, wage, minutes } of cats.values()) {
    const baseAmount = wage.mul(minutes).div(SIXTY);
    const surchargeAmount = combo.premiumPerHour.isZero() ? ZERO : combo.premiumPerHour.mul(minutes).div(SIXTY);
    const total = baseAmount.plus(surchargeAmount);
    basePay = basePay.plus(baseAmount);
    wagePay = wagePay.plus(total);
    if (combo.overtimePerHour.isZero()) surchargePay = surchargePay.plus(surchargeAmount);
    else if (combo.surchargePerHour.isZero()) overtimePay = overtimePay.plus(surchargeAmount);
    else {
      surchargePay = surchargePay.plus(combo.surchargePerHour.mul(minutes).div(SIXTY));
      overtimePay = overtimePay.plus(combo.overtimePerHour.mul(minutes).div(SIXTY));
    }
    categories.push(
      Object.freeze({
        key: combo.key,
        label: combo.label,
        rules: combo.applied,
        percent: combo.percent,
        fixedPerHour: combo.fixedPerHour,
        overtime: combo.overtime,
        hourlyWage: wage,
        minutes,
        hours: hoursOf(minutes),
        baseAmount,
        surchargeAmount,
        total,
      }),
    );
  }

  // ATV/ADV (CAO art. 16 lid 1 b): in money a share of the hourly wage per worked hour; in time, hours accrued.
  let reduction: ReductionPay | undefined;
  let reductionPay = ZERO;
  const atv = cp.profile.workingTimeReduction;
  if (atv && atv.percent !== undefined) {
    const byWage = [...minutesByWage.values()].map((m) => Object.freeze({ hourlyWage: m.wage, minutes: m.minutes }));
    if (atv.compensation === 'money') {
      let num = ZERO;
      for (const m of byWage) num = num.plus(m.hourlyWage.mul(m.minutes));
      reductionPay = num.mul(atv.percent).div(SIXTY);
    }
    reduction = Object.freeze({
      compensation: atv.compensation,
      percent: atv.percent,
      amount: reductionPay,
      hoursAccrued: atv.compensation === 'time' ? atv.percent.mul(workedMinutes).div(SIXTY) : ZERO,
      minutesByWage: Object.freeze(byWage),
    });
  }

  const hours = hoursOf(workedMinutes);
  const allowances = allowanceLines(cp, hours, options.km);
  let allowanceTotal = ZERO;
  for (const a of allowances) allowanceTotal = allowanceTotal.plus(a.amount);
  const total = wagePay.plus(reductionPay);

  const breaks: ShiftBreak[] = [
    ...s.breakWindows.map(([a, b]) => ({ a, b, source: 'given' as const })),
    ...deducted.map(([a, b]) => ({ a, b, source: 'deducted' as const })),
  ]
    .sort((x, y) => x.a - y.a)
    .map(({ a, b, source }) => Object.freeze({ from: formatInstant(a), to: formatInstant(b), minutes: b - a, source }));
  let breakMinutes = s.breakMinutes;
  for (const [a, b] of s.breakWindows) breakMinutes += b - a;

  const allFindings = callFindings.length === 0 && !options.ref ? cp.findings : withRef([...cp.findings, ...callFindings], options.ref);
  return Object.freeze({
    date: s.startDay.iso,
    start: formatInstant(s.start),
    end: formatInstant(s.end),
    elapsedMinutes: s.end - s.start,
    breakMinutes,
    breaks: Object.freeze(breaks),
    totals: Object.freeze({
      minutes: workedMinutes,
      hours,
      basePay,
      surchargePay,
      overtimePay,
      reductionPay,
      total,
      allowances: allowanceTotal,
      totalWithAllowances: total.plus(allowanceTotal),
    }),
    categories: Object.freeze(categories),
    segments: Object.freeze(segments),
    ...(reduction ? { reduction } : {}),
    allowances,
    findings: allFindings,
    provisional: cp.provisional,
  });
}

function withRef(list: Finding[], ref: FindingRef | undefined): readonly Finding[] {
  if (!ref) return Object.freeze(list);
  return Object.freeze(list.map((f) => Object.freeze({ ...f, ref: Object.freeze({ ...f.ref, ...ref }) })));
}

/** Allowances of the profile for one shift: per hour (worked hours), per day (one), per km (options.km, capped). Per week: not per shift. */
function allowanceLines(cp: CompiledProfile, hours: Decimal, kmInput: AmountInput | undefined): readonly AllowanceLine[] {
  const list = cp.profile.allowances;
  if (list.length === 0) return EMPTY_LINES;
  const km = kmInput === undefined || kmInput === null || kmInput === '' ? undefined : parseNumber(kmInput, 'km', { min: 0, decimalOnly: true });
  const out: AllowanceLine[] = [];
  for (const a of list) {
    let quantity: Decimal | undefined;
    if (a.unit === 'hour') quantity = hours;
    else if (a.unit === 'day') quantity = new Decimal(1);
    else if (a.unit === 'km' && km !== undefined) quantity = a.maxKmPerDay !== undefined && km.gt(a.maxKmPerDay) ? a.maxKmPerDay : km;
    if (quantity === undefined) continue;
    out.push(Object.freeze({ name: a.name, unit: a.unit, quantity, rate: a.amount, amount: quantity.mul(a.amount) }));
  }
  return Object.freeze(out);
}

const EMPTY_LINES: readonly AllowanceLine[] = Object.freeze([]);

/**
 * Several shifts of one worker under one profile, priced in time order with the overtime counts
 * carried: per day (worked hours of earlier shifts that started on the same date) and per ISO
 * week. options.dayHoursBefore / weekHoursBefore are ignored here; pass earlier weeks' hours by
 * including those shifts. Results come back in the order of the input.
 */
export function shiftsPay(shifts: readonly ShiftInput[], profile: HirerPayProfileInput | HirerPayProfile | CompiledProfile, options: ShiftPayOptions = {}): ShiftPayResult[] {
  const cp = compileProfile(profile);
  const store = storeFor(cp, options);
  const n = shifts.length;
  const reads: ReadShift[] = new Array(n);
  const entries: (CachedShift<ShiftPayResult> | undefined)[] = new Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const sh = shifts[i]!;
    const entry = store && isPlainShift(sh) ? cachedRead(store, sh) : undefined;
    entries[i] = entry;
    reads[i] = entry ? entry.read : readShift(sh);
    if (i > 0 && reads[i]!.start < reads[i - 1]!.start) sorted = false;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  if (!sorted) order.sort((a, b) => reads[a]!.start - reads[b]!.start || a - b);
  // Worked minutes so far per day and per ISO week: only overtime rules read them.
  const counting = cp.overtime.length > 0;
  const dayMinutes = new Map<number, number>();
  const weekMinutes = new Map<number, number>();
  const out: ShiftPayResult[] = new Array(n);
  for (const i of order) {
    const r = reads[i]!;
    const entry = entries[i];
    const startWeek = r.startDay.day - (r.startDay.weekday - 1);
    const dayBefore = counting ? (dayMinutes.get(r.startDay.day) ?? 0) : 0;
    const weekBefore = counting ? (weekMinutes.get(startWeek) ?? 0) : 0;
    let result: ShiftPayResult;
    if (entry) {
      const priced = cachedPrice(entry, cp, options, dayBefore, weekBefore);
      result = withFindingRef(priced.result, options.ref);
      if (counting) for (let k = 0; k < priced.weeks.length; k += 2) weekMinutes.set(priced.weeks[k]!, (weekMinutes.get(priced.weeks[k]!) ?? 0) + priced.weeks[k + 1]!);
    } else {
      const byWeek = new Map<number, number>();
      result = priceShift(r, cp, options, { dayBefore, weekBefore, byWeek });
      if (counting) for (const [w, m] of byWeek) weekMinutes.set(w, (weekMinutes.get(w) ?? 0) + m);
    }
    if (counting) dayMinutes.set(r.startDay.day, dayBefore + result.totals.minutes);
    out[i] = result;
  }
  return out;
}
