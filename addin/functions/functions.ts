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
import { formatIsoWeek, isValidBsn, isValidIban, isoWeekOf, minimumWage, payrollCalendar } from '@backofficer/core';
import { displayLanguage, guard, guardMatrix } from './excel-errors.js';
import {
  isOmitted,
  isoDateToSerial,
  readAmount,
  readChoice,
  readDate,
  readHours,
  readIsoWeek,
  readNumber,
  readPercent,
  readWholeNumber,
  toExcelNumber,
} from './excel-inputs.js';
import { cellAt, cellField, combinedShape, looksBlank, spill, toMatrix } from './excel-ranges.js';
// TEMPORARY: switch to the core functions of the same names when issue 4 lands in core.
import { MARGIN_BASES, billingRate, factorFor, marginFor, rateForMargin } from './pending-core.js';

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
// Rates and margin (DOMAIN.md §15)
// ---------------------------------------------------------------------------------------------

/**
 * Billing rate = gross hourly wage × factor, rounded to cents. Takes cells or ranges: one factor applies to every wage, or give a factor per wage. An empty wage cell (Excel passes it as 0) gives 0.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help.html#rate
 * @param wage Gross hourly wage in euros: a number, text such as 12,50, or a range.
 * @param factor Billing factor on the wage, such as 1.7510 or 1,7510 (more than 0): one cell or a range of the same size as wage.
 * @returns The billing rate per hour in euros, per cell.
 */
export function rateFromFactor(wage: any[][], factor: any[][]): any[][] {
  return guardMatrix('BO.RATE', () => {
    const w = toMatrix(wage);
    const f = toMatrix(factor);
    return spill('BO.RATE', combinedShape({ wage: w, factor: f }), (i, j) => {
      const wageValue = readAmount(cellAt(w, i, j), cellField('wage', w, i, j), { min: 0 });
      const factorValue = readNumber(cellAt(f, i, j), cellField('factor', f, i, j), { min: 0 });
      return toExcelNumber(billingRate(wageValue, factorValue));
    });
  });
}

/**
 * Billing factor = billing rate ÷ gross hourly wage, rounded to 4 decimals.
 * @customfunction FACTOR
 * @helpurl https://localhost:3000/help.html#factor
 * @param rate Billing rate per hour in euros, such as 21.89 or 21,89.
 * @param wage Gross hourly wage in euros (more than 0), such as 12.50 or 12,50.
 * @returns The factor, such as 1.7512.
 */
export function factorFromRate(rate: number | string | boolean | null, wage: number | string | boolean | null): number | CustomFunctions.Error {
  return guard('BO.FACTOR', () => toExcelNumber(factorFor(readAmount(rate, 'rate', { min: 0 }), readAmount(wage, 'wage'))));
}

/**
 * Billing rate that gives a target margin, rounded to cents. Basis "of-rate" (the default when left out): the margin is a share of the rate, rate = cost ÷ (1 − margin). Basis "markup": the margin is added to the cost, rate = cost × (1 + margin).
 * @customfunction RATEFORMARGIN
 * @helpurl https://localhost:3000/help.html#rateformargin
 * @param cost Cost per hour in euros, such as 24.68 or 24,68.
 * @param margin Target margin as a percentage: 15% or 0.15 (a plain number is a fraction, as in a percentage cell), from 0% to 100%.
 * @param [basis] "of-rate" (default: margin as a share of the rate) or "markup" (margin on top of the cost).
 * @returns The billing rate per hour in euros.
 */
export function rateForTargetMargin(cost: number | string | boolean | null, margin: number | string | boolean | null, basis?: number | string | boolean | null): number | CustomFunctions.Error {
  return guard('BO.RATEFORMARGIN', () =>
    toExcelNumber(
      rateForMargin({
        cost: readAmount(cost, 'cost', { min: 0 }),
        margin: readPercent(margin, 'margin', { min: 0, max: 1 }),
        basis: isOmitted(basis) ? 'of-rate' : readChoice(basis, 'basis', MARGIN_BASES),
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
  return guard('BO.MARGIN', () =>
    toExcelNumber(
      marginFor(readAmount(rate, 'rate'), readAmount(cost, 'cost'), isOmitted(hours) ? null : readHours(hours, 'hours', { min: 0, max: MAX_HOURS })),
    ),
  );
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
}
