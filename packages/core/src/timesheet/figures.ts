import { NoRuleError, isBackOfficerError } from '../errors/index.js';
import { getBoolean, getDecimal, getInteger, getParameter, getString } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { clockMinutes } from './clock.js';

/*
 * The rule figures the timesheet checks use, read from the dated rule tables (Working Hours Act
 * atw.*, DOMAIN.md §9; policy.minContractHours, DOMAIN.md §7) and held in minutes. Figures only
 * change on a `from` date of some table, so they are read once per stretch of days between two
 * such dates, not once per line or per day.
 */

export interface TimesheetFigures {
  /** The first day of the stretch the figures were read for. */
  readonly readOn: string;
  readonly adultFromAge: number;
  readonly youthMinAge: number;
  readonly maxShift: number;
  readonly maxWeek: number;
  readonly maxAvgWeek4: number;
  readonly maxAvgWeek16: number;
  readonly dailyRest: number;
  readonly dailyRestShortened: number;
  readonly breakThreshold: number;
  readonly breakMinutes: number;
  readonly longBreakThreshold: number;
  readonly longBreakMinutes: number;
  readonly breakMinPart: number;
  readonly nightWindowStart: number;
  readonly nightWindowEnd: number;
  readonly nightMinInWindow: number;
  readonly nightMaxShift: number;
  readonly nightExtendedMaxShift: number;
  readonly nightExtendedPer2Weeks: number;
  readonly nightExtendedPerYear: number;
  readonly nightLateEnd: number;
  readonly nightRestAfterLateEnd: number;
  readonly nightSeriesMinShifts: number;
  readonly nightRestAfterSeries: number;
  readonly youthMaxShift: number;
  readonly youthMaxWeek: number;
  readonly youthBreakThreshold: number;
  readonly youthBreakMinutes: number;
  readonly youthNightWorkAllowed: boolean;
  /** ISO weekday the Working Hours Act week starts on. */
  readonly weekStart: number;
  readonly minContractHours: number;
}

export const FIGURE_PARAMETERS = [
  'atw.adultFromAge', 'atw.youth.minAge', 'atw.maxShiftHours', 'atw.maxWeekHours', 'atw.maxAvgWeekHours4Weeks',
  'atw.maxAvgWeekHours16Weeks', 'atw.dailyRestHours', 'atw.dailyRestShortenedHours', 'atw.break.thresholdHours',
  'atw.break.minutes', 'atw.break.longThresholdHours', 'atw.break.longMinutes', 'atw.break.minPartMinutes',
  'atw.night.windowStart', 'atw.night.windowEnd', 'atw.night.minHoursInWindow', 'atw.night.maxShiftHours',
  'atw.night.extendedMaxShiftHours', 'atw.night.extendedMaxPer2Weeks', 'atw.night.extendedMaxPerYear', 'atw.night.lateEnd',
  'atw.night.restAfterLateEndHours', 'atw.night.seriesMinShifts', 'atw.night.restAfterSeriesHours', 'atw.youth.maxShiftHours',
  'atw.youth.maxWeekHours', 'atw.youth.breakThresholdHours', 'atw.youth.breakMinutes', 'atw.youth.nightWorkAllowed',
  'atw.weekStart', 'policy.minContractHours',
] as const;

function read(day: string, rules: RuleSet): TimesheetFigures {
  const h = (name: string) => getInteger(name, day, rules) * 60;
  const dh = (name: string) => Math.round(getDecimal(name, day, rules).times(60).toNumber());
  const clock = (name: string) => {
    const text = getString(name, day, rules);
    const m = clockMinutes(text);
    if (m < 0) throw new NoRuleError('INVALID_TIME_RULE', { nl: `Regel "${name}" is geen tijd: "${text}"`, en: `Parameter "${name}" is not a time: "${text}"` }, name);
    return m;
  };
  return {
    readOn: day,
    adultFromAge: getInteger('atw.adultFromAge', day, rules),
    youthMinAge: getInteger('atw.youth.minAge', day, rules),
    maxShift: h('atw.maxShiftHours'),
    maxWeek: h('atw.maxWeekHours'),
    maxAvgWeek4: h('atw.maxAvgWeekHours4Weeks'),
    maxAvgWeek16: h('atw.maxAvgWeekHours16Weeks'),
    dailyRest: h('atw.dailyRestHours'),
    dailyRestShortened: h('atw.dailyRestShortenedHours'),
    breakThreshold: dh('atw.break.thresholdHours'),
    breakMinutes: getInteger('atw.break.minutes', day, rules),
    longBreakThreshold: dh('atw.break.longThresholdHours'),
    longBreakMinutes: getInteger('atw.break.longMinutes', day, rules),
    breakMinPart: getInteger('atw.break.minPartMinutes', day, rules),
    nightWindowStart: clock('atw.night.windowStart'),
    nightWindowEnd: clock('atw.night.windowEnd'),
    nightMinInWindow: dh('atw.night.minHoursInWindow'),
    nightMaxShift: h('atw.night.maxShiftHours'),
    nightExtendedMaxShift: h('atw.night.extendedMaxShiftHours'),
    nightExtendedPer2Weeks: getInteger('atw.night.extendedMaxPer2Weeks', day, rules),
    nightExtendedPerYear: getInteger('atw.night.extendedMaxPerYear', day, rules),
    nightLateEnd: clock('atw.night.lateEnd'),
    nightRestAfterLateEnd: h('atw.night.restAfterLateEndHours'),
    nightSeriesMinShifts: getInteger('atw.night.seriesMinShifts', day, rules),
    nightRestAfterSeries: h('atw.night.restAfterSeriesHours'),
    youthMaxShift: h('atw.youth.maxShiftHours'),
    youthMaxWeek: h('atw.youth.maxWeekHours'),
    youthBreakThreshold: dh('atw.youth.breakThresholdHours'),
    youthBreakMinutes: getInteger('atw.youth.breakMinutes', day, rules),
    youthNightWorkAllowed: getBoolean('atw.youth.nightWorkAllowed', day, rules),
    weekStart: Number(getParameter('atw.weekStart', day, rules)),
    minContractHours: h('policy.minContractHours'),
  };
}

/**
 * Figures by day: the days on which any of FIGURE_PARAMETERS changes in any table of the rule
 * set split time into stretches; each stretch is read once. A stretch no rule covers gives the
 * NoRuleError instead (reported per line as NO_RULE_FOR_DATE).
 */
export class FigureBook {
  private readonly breaks: string[];
  private readonly bySegment = new Map<number, TimesheetFigures | NoRuleError>();

  constructor(private readonly rules: RuleSet) {
    const dates = new Set<string>();
    for (const table of rules.tables) {
      for (const name of FIGURE_PARAMETERS) for (const v of table.parameters[name] ?? []) dates.add(v.from);
    }
    this.breaks = [...dates].sort();
  }

  /** The figures in force on an ISO date, or the NoRuleError that says why there are none. */
  on(isoDate: string): TimesheetFigures | NoRuleError {
    // Segment k holds the days from breaks[k-1] (inclusive) to breaks[k] (exclusive).
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid]! <= isoDate) lo = mid + 1;
      else hi = mid;
    }
    const segment = lo;
    let found = this.bySegment.get(segment);
    if (found === undefined) {
      try {
        found = read(isoDate, this.rules);
      } catch (e) {
        if (!isBackOfficerError(e)) throw e;
        found = e instanceof NoRuleError ? e : new NoRuleError(e.code, e.texts, e.field);
      }
      // Segment 0 (before every rule) fails for every day in it; others read the same values on any day.
      this.bySegment.set(segment, found);
    }
    return found;
  }
}
