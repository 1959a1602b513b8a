/// <reference types="custom-functions-runtime" />
/**
 * The worksheet functions =BO.… (namespace BO comes from manifest.xml). Each is a thin adapter:
 * read Excel's arguments (excel-inputs.ts), call @backofficer/core, return a plain number, text,
 * boolean or spilled array, or an error value with a message (excel-errors.ts). Nothing here
 * computes a rule; functions.json is generated from these JSDoc comments at build time
 * (scripts/build-functions.mjs), so the comments are the help text users see in Excel.
 *
 * Conventions: plain `function` declarations (the metadata generator skips arrow functions);
 * parameters typed as unions so that the metadata type is `any` and text such as "12,50" reaches
 * us instead of being refused by Excel; optional parameters arrive as null.
 */
import {
  billingRate,
  factorFor,
  formatIsoWeek,
  isValidBsn,
  isValidIban,
  isoWeekOf,
  minimumWage,
  payrollCalendar,
  rateForMargin,
  roundCents,
  roundTo,
} from '@backofficer/core';
import { displayLanguage, guard, guardMatrix } from './excel-errors.js';
import {
  isOmitted,
  isoDateToSerial,
  readAmount,
  readKeyword,
  readDate,
  readHours,
  readIsoWeek,
  readNumber,
  readPercent,
  readWholeNumber,
  toExcelNumber,
} from './excel-inputs.js';
import { cellAt, cellField, combinedShape, looksBlank, spill, toMatrix } from './excel-ranges.js';
import { forecastOf, forecastRows } from './forecast.js';
import { breakdownRows, costOf } from './hourly-cost.js';
import { counterRows, phaseOf } from './phase.js';
import { lineRows, payOf, priceShift, segmentRows } from './shift-pay.js';

/**
 * A sanity bound on hours (not a rule): far above any real total, low enough that minutes stay
 * exact numbers (core's parseMinutes would overflow on astronomically large hours).
 */
const MAX_HOURS = 1_000_000_000;

// ---------------------------------------------------------------------------------------------
// Minimum wage
// ---------------------------------------------------------------------------------------------

/**
 * Statutory minimum wage per hour (gross, in euros, excluding holiday allowance) in force on a date, for an age. #N/A when no rule covers the date.
 * @customfunction WML
 * @helpurl https://localhost:3000/help.html#wml
 * @param date Date of the work: a date cell or text such as 2026-03-01 or 1-3-2026.
 * @param [age] Age of the worker in whole years; leave out for 21 and older. An empty age cell can arrive as 0, which is an error.
 * @returns Minimum wage per hour in euros.
 */
export function minimumWageOn(date: number | string | boolean | null, age?: number | string | boolean | null): number | CustomFunctions.Error {
  return guard('BO.WML', () => {
    const day = readDate(date, 'date');
    if (isOmitted(age)) return toExcelNumber(minimumWage(day));
    return toExcelNumber(minimumWage(day, readWholeNumber(age, 'age')));
  });
}

// ---------------------------------------------------------------------------------------------
// Identity numbers
// ---------------------------------------------------------------------------------------------

/**
 * TRUE when a BSN passes the 11-test (elfproef), FALSE otherwise; an old 8-digit number counts with a leading 0. Takes one cell or a range; an empty cell (Excel passes it as 0) gives an empty result.
 * @customfunction BSNVALID
 * @helpurl https://localhost:3000/help.html#bsnvalid
 * @param value A BSN as number or text (spaces and dots allowed), or a range of them.
 * @returns TRUE or FALSE per cell.
 */
export function bsnValidity(value: any[][]): any[][] {
  return guardMatrix('BO.BSNVALID', () => {
    const m = toMatrix(value);
    return spill('BO.BSNVALID', combinedShape({ value: m }), (i, j) => {
      const v = cellAt(m, i, j);
      return looksBlank(v) ? '' : isValidBsn(v);
    });
  });
}

/**
 * TRUE when an IBAN has a known country code, the right length and valid check digits (mod 97), FALSE otherwise. Takes one cell or a range; an empty cell (Excel passes it as 0) gives an empty result.
 * @customfunction IBANVALID
 * @helpurl https://localhost:3000/help.html#ibanvalid
 * @param value An IBAN as text (spaces and lower case allowed), such as NL91 ABNA 0417 1643 00, or a range of them.
 * @returns TRUE or FALSE per cell.
 */
export function ibanValidity(value: any[][]): any[][] {
  return guardMatrix('BO.IBANVALID', () => {
    const m = toMatrix(value);
    return spill('BO.IBANVALID', combinedShape({ value: m }), (i, j) => {
      const v = cellAt(m, i, j);
      return looksBlank(v) ? '' : isValidIban(v);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------

/**
 * ISO week of a date as text, such as 2026-W10 (weeks run Monday to Sunday; week 1 holds the year's first Thursday). Takes one cell or a range; an empty cell (Excel passes it as 0) gives an empty result.
 * @customfunction ISOWEEK
 * @helpurl https://localhost:3000/help.html#isoweek
 * @param date A date cell or text such as 2026-03-01 or 1-3-2026, or a range of them.
 * @returns The ISO week per cell, as text.
 */
export function isoWeekOfDates(date: any[][]): any[][] {
  return guardMatrix('BO.ISOWEEK', () => {
    const m = toMatrix(date);
    return spill('BO.ISOWEEK', combinedShape({ date: m }), (i, j) => {
      const v = cellAt(m, i, j);
      return looksBlank(v) ? '' : formatIsoWeek(isoWeekOf(readDate(v, cellField('date', m, i, j))));
    });
  });
}

/**
 * The back-office's payroll cycle for a work week: spills one row per step in time order, with three columns: the step, its day (an Excel date; format the column as a date) and its time in Amsterdam as text ("13:00"; "24:00" is the end of that day).
 * @customfunction DEADLINES
 * @helpurl https://localhost:3000/help.html#deadlines
 * @param isoWeek The work week as text such as 2026-W10, or any date inside that week.
 * @returns Rows of step, day and time.
 */
export function payrollDeadlines(isoWeek: number | string | boolean | null): any[][] {
  return guardMatrix('BO.DEADLINES', () => {
    const week = readIsoWeek(isoWeek, 'isoWeek');
    const lang = displayLanguage();
    // The day as the rule names it (a 24:00 deadline stays on the day it ends, as DOMAIN.md §1
    // words it: "end of Friday"), not the instant, which would show as the next day at 00:00.
    return payrollCalendar(week).deadlines.map((d) => [d.label[lang], isoDateToSerial(d.day), d.time]);
  });
}

// ---------------------------------------------------------------------------------------------
// Rates and margin (DOMAIN.md §15; core rates/)
// ---------------------------------------------------------------------------------------------

/**
 * Billing rate = gross hourly wage × factor, rounded to cents. Takes cells or ranges: one factor applies to every wage, or give a factor per wage. An empty wage cell (Excel passes it as 0) gives an empty result.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help.html#rate
 * @param wage Gross hourly wage in euros (more than 0): a number, text such as 12,50, or a range.
 * @param factor Billing factor on the wage, such as 1.7510 or 1,7510 (more than 0): one cell or a range of the same size as wage.
 * @returns The billing rate per hour in euros, per cell.
 */
export function rateFromFactor(wage: any[][], factor: any[][]): any[][] {
  return guardMatrix('BO.RATE', () => {
    const w = toMatrix(wage);
    const f = toMatrix(factor);
    return spill('BO.RATE', combinedShape({ wage: w, factor: f }), (i, j) => {
      const wageCell = cellAt(w, i, j);
      if (looksBlank(wageCell)) return '';
      return toExcelNumber(billingRate(readAmount(wageCell, cellField('wage', w, i, j)), readNumber(cellAt(f, i, j), cellField('factor', f, i, j))));
    });
  });
}

/**
 * Billing factor = billing rate ÷ gross hourly wage, rounded to 4 decimals (as factors are quoted).
 * @customfunction FACTOR
 * @helpurl https://localhost:3000/help.html#factor
 * @param rate Billing rate per hour in euros (more than 0), such as 21.89 or 21,89.
 * @param wage Gross hourly wage in euros (more than 0), such as 12.50 or 12,50.
 * @returns The factor, such as 1.7512.
 */
export function factorFromRate(rate: number | string | boolean | null, wage: number | string | boolean | null): number | CustomFunctions.Error {
  return guard('BO.FACTOR', () => toExcelNumber(roundTo(factorFor(readAmount(rate, 'rate'), readAmount(wage, 'wage')), 4)));
}

/**
 * Billing rate that gives a target margin, rounded to cents. Basis "of-rate" (the default when left out): the margin is a share of the rate, rate = cost ÷ (1 − margin). Basis "markup": the margin is added to the cost, rate = cost × (1 + margin).
 * @customfunction RATEFORMARGIN
 * @helpurl https://localhost:3000/help.html#rateformargin
 * @param cost Cost per hour in euros (more than 0), such as 24.68 or 24,68; BO.HOURLYCOST gives it.
 * @param margin Target margin as a percentage: 15% or 0.15 (a plain number is a fraction, as in a percentage cell), from 0% to 100%.
 * @param [basis] "of-rate" (default: margin as a share of the rate) or "markup" (margin on top of the cost).
 * @returns The billing rate per hour in euros.
 */
export function rateForTargetMargin(cost: number | string | boolean | null, margin: number | string | boolean | null, basis?: number | string | boolean | null): number | CustomFunctions.Error {
  return guard('BO.RATEFORMARGIN', () =>
    toExcelNumber(
      rateForMargin({
        cost: readAmount(cost, 'cost'),
        margin: readPercent(margin, 'margin', { min: 0, max: 1 }),
        // Leaving the basis out is the documented default here; core itself never assumes one.
        basis: isOmitted(basis) ? 'of-rate' : (basis as string),
      }),
    ),
  );
}

/**
 * Margin = billing rate − cost. Without hours: the margin per hour (exact). With hours: the margin in euros for those hours, as the invoice line (rate × hours) minus the cost line (cost × hours), each rounded to cents.
 * @customfunction MARGIN
 * @helpurl https://localhost:3000/help.html#margin
 * @param rate Billing rate per hour in euros, such as 29.04 or 29,04.
 * @param cost Cost per hour in euros, such as 24.68 or 24,68.
 * @param [hours] Number of hours, such as 38, 7,5 or 7:30; leave out for the margin per hour.
 * @returns The margin in euros.
 */
export function marginOf(rate: number | string | boolean | null, cost: number | string | boolean | null, hours?: number | string | boolean | null): number | CustomFunctions.Error {
  return guard('BO.MARGIN', () => {
    const r = readAmount(rate, 'rate');
    const c = readAmount(cost, 'cost');
    if (isOmitted(hours)) return toExcelNumber(r.minus(c));
    // Core's marginFor gives the margin as a percentage; here it is euros: DOMAIN.md §15 "margin
    // = invoiced revenue − payroll cost", each a line rounded to cents, so a sum of rounded lines.
    const h = readHours(hours, 'hours', { min: 0, max: MAX_HOURS });
    // Whole minutes × per-hour figure / 60, divided last: 1:26 as 1,4333… hours would put the exact
    // half cent of 1:26 × 2,25 = 3,225 just below the tie (3,22 instead of 3,23).
    const minutes = h.mul(60).round();
    return toExcelNumber(roundCents(r.mul(minutes).div(60)).minus(roundCents(c.mul(minutes).div(60))));
  });
}

// ---------------------------------------------------------------------------------------------
// Loaded cost per hour (DOMAIN.md §4–6; core cost/)
// ---------------------------------------------------------------------------------------------

/**
 * Loaded cost of one worked hour (wage, reservations, holiday allowance, employer premiums, pension, agency costs), rounded to cents. Options as name/value pairs: a 2-column range (name, value) or names and values as further arguments, e.g. "contract", "agency-clause", "employer size", "large", "whk", 6.55%, "pension", "basis", "age", 30. #N/A when no rule covers the date.
 * @customfunction HOURLYCOST
 * @helpurl https://localhost:3000/help.html#hourlycost
 * @param wage Gross hourly wage in euros (more than 0), such as 15.00 or 15,00.
 * @param date Date of the work: the rules in force on it apply. A date cell or text such as 2026-03-01.
 * @param [options] Options: a 2-column range of name/value rows, or name, value, name, value… Needed: contract (agency-clause, fixed-term, open-ended), employer size (small, medium, large), whk (your Whk premium, e.g. 6.55%), age (or birth date); before 2026 also pension (basis, plus, none) or worked weeks. Percentages as 6.55% or 0.0655.
 * @returns Cost per worked hour in euros.
 */
export function hourlyCostOf(wage: number | string | boolean | null, date: number | string | boolean | null, options?: any[][][]): number | CustomFunctions.Error {
  return guard('BO.HOURLYCOST', () => toExcelNumber(costOf(wage, date, options).display.total));
}

/**
 * The loaded cost of one worked hour, itemised: spills one row per cost line with 4 columns: item, rate (a fraction: format as %), euros per worked hour (exact), and the rule figures with their sources; then the total (rounded to cents), the cost factor (4 decimals) and notes (code in the last column). Same parameters as BO.HOURLYCOST.
 * @customfunction COSTBREAKDOWN
 * @helpurl https://localhost:3000/help.html#costbreakdown
 * @param wage Gross hourly wage in euros (more than 0), such as 15.00 or 15,00.
 * @param date Date of the work: the rules in force on it apply. A date cell or text such as 2026-03-01.
 * @param [options] Options as for BO.HOURLYCOST: a 2-column range of name/value rows, or name, value, name, value…
 * @returns Rows of item, rate, euros per hour and source.
 */
export function costBreakdownOf(wage: number | string | boolean | null, date: number | string | boolean | null, options?: any[][][]): any[][] {
  return guardMatrix('BO.COSTBREAKDOWN', () => breakdownRows(costOf(wage, date, options), displayLanguage()));
}

// ---------------------------------------------------------------------------------------------
// Hirer pay (DOMAIN.md §8; core hirer-pay/)
// ---------------------------------------------------------------------------------------------

const SHIFT_OUTPUTS = { pay: 'pay', loon: 'pay', segments: 'segments', segmenten: 'segments', lines: 'lines', regels: 'lines' } as const;

/**
 * Gross pay of one shift under a hirer pay profile (surcharges, overtime), as on the payslip: each line rounded to cents, then added up. Start and end are Amsterdam clock times; a shift across midnight or a DST change counts real hours. Output "segments" spills the shift's parts, "lines" the payslip lines.
 * @customfunction SHIFTPAY
 * @helpurl https://localhost:3000/help.html#shiftpay
 * @param start Start of the shift: a date-time cell (e.g. =B2+C2) or text such as 2026-03-02 22:00.
 * @param end End of the shift: a date-time, or just a time such as 06:00 (the first such time after the start, so the next day for a night shift).
 * @param profile The hirer's rules: rule texts such as "ma-vr 20:00-06:00 25%" (one per cell, or separated by ;), or a 2-column range of name/value rows (scale wage, surcharge, overtime, workweek hours…).
 * @param [hourlyWage] The agreed gross hourly wage; needed when the profile has no scale wage; used when at least the scale wage.
 * @param [breakMinutes] Unpaid break in minutes, such as 30 or 0:30; taken from the lowest-paid time of the shift.
 * @param [output] "pay" (default: one number), "segments" (rows: from, to, hours, hourly wage, premium %, premium per hour, amount, rules) or "lines" (rows: line, hours, rate, amount).
 * @returns The pay in euros, or rows.
 */
export function shiftPayOf(
  start: number | string | boolean | null,
  end: number | string | boolean | null,
  profile: any[][],
  hourlyWage?: number | string | boolean | null,
  breakMinutes?: number | string | boolean | null,
  output?: number | string | boolean | null,
): any[][] {
  return guardMatrix('BO.SHIFTPAY', () => {
    const what = isOmitted(output) ? 'pay' : readKeyword(output, 'output', SHIFT_OUTPUTS);
    const result = priceShift({ start, end, profile, hourlyWage, breakMinutes }, what === 'segments');
    if (what === 'pay') return [[toExcelNumber(payOf(result))]];
    const rows = what === 'segments' ? segmentRows(result, displayLanguage()) : lineRows(result, displayLanguage());
    return rows.length > 0 ? rows : [['']];
  });
}

// ---------------------------------------------------------------------------------------------
// Contract phases (DOMAIN.md §7; core contracts/)
// ---------------------------------------------------------------------------------------------

const PHASE_OUTPUTS = { phase: 'phase', fase: 'phase', counters: 'counters', tellers: 'counters' } as const;

/**
 * Contract phase of a worker on a date (ABU A/B/C, NBBU 1-2/3/4) from the employment history: a table with a header row holding contracts (kind, start, end) and hours worked (week or date, hours). Output "counters" spills name/value rows: worked weeks, weeks left in phase A, contracts in phase B, the next phase and its date. #N/A when no rule covers the date.
 * @customfunction PHASE
 * @helpurl https://localhost:3000/help.html#phase
 * @param history The history table with its header row: columns kind, start, end (a contract per row) and week or date, hours (hours worked per row); Dutch headers (soort, begin, einde, uren) work too.
 * @param date The date to give the phase on: a date cell or text such as 2026-03-01.
 * @param [cao] "ABU" (default) or "NBBU": only the names of the phases differ.
 * @param [output] "phase" (default: the phase's name) or "counters" (rows of name and value).
 * @returns The phase, or rows of counters.
 */
export function contractPhaseOn(
  history: any[][],
  date: number | string | boolean | null,
  cao?: number | string | boolean | null,
  output?: number | string | boolean | null,
): any[][] {
  return guardMatrix('BO.PHASE', () => {
    const what = isOmitted(output) ? 'phase' : readKeyword(output, 'output', PHASE_OUTPUTS);
    const status = phaseOf(history, date, cao);
    return what === 'phase' ? [[status.label]] : counterRows(status, displayLanguage());
  });
}

// ---------------------------------------------------------------------------------------------
// Margin forecast (DOMAIN.md §15; core margin/)
// ---------------------------------------------------------------------------------------------

/**
 * Margin forecast of placements over weeks ahead: spills a table with a header row (placement, each ISO week, total), one row per placement in the order of the input table, and a total row; each cell is that week's invoiced revenue minus payroll cost in euros (each rounded to cents). Cost choices for every placement as options, e.g. "employer size", "large", "whk", 6.55%; option "values" shows "revenue", "cost" or "hours" instead of the margin.
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/help.html#forecast
 * @param placements The placements table with its header row: start, wage, hours (per week), and factor, margin (with basis) or rate; optional id, worker, hirer, end, contract, age, cao. Dutch headers (begin, uurloon, uren, marge, tarief) work too.
 * @param weeks Number of weeks to forecast, from 1 to 156.
 * @param [startWeek] First week as text such as 2026-W10, or a date in it; left out: the week in which the first placement starts.
 * @param [options] Cost choices as for BO.HOURLYCOST (employer size, whk, pension…): a 2-column range of name/value rows, or name, value, name, value…
 * @returns The week-by-placement table.
 */
export function marginForecastOf(placements: any[][], weeks: number | string | boolean | null, startWeek?: number | string | boolean | null, options?: any[][][]): any[][] {
  return guardMatrix('BO.FORECAST', () => forecastRows(forecastOf(placements, weeks, startWeek, options), displayLanguage()));
}

// Registration with Excel: every id in functions.json needs its associate call (no webpack plugin
// adds them here; test/addin checks that both lists are equal). Outside Excel (a browser test of
// the task pane without the fake) CustomFunctions is absent and there is nothing to register.
if (typeof CustomFunctions !== 'undefined') {
  CustomFunctions.associate('WML', minimumWageOn);
  CustomFunctions.associate('BSNVALID', bsnValidity);
  CustomFunctions.associate('IBANVALID', ibanValidity);
  CustomFunctions.associate('ISOWEEK', isoWeekOfDates);
  CustomFunctions.associate('DEADLINES', payrollDeadlines);
  CustomFunctions.associate('RATE', rateFromFactor);
  CustomFunctions.associate('FACTOR', factorFromRate);
  CustomFunctions.associate('RATEFORMARGIN', rateForTargetMargin);
  CustomFunctions.associate('MARGIN', marginOf);
  CustomFunctions.associate('HOURLYCOST', hourlyCostOf);
  CustomFunctions.associate('COSTBREAKDOWN', costBreakdownOf);
  CustomFunctions.associate('SHIFTPAY', shiftPayOf);
  CustomFunctions.associate('PHASE', contractPhaseOn);
  CustomFunctions.associate('FORECAST', marginForecastOf);
}
