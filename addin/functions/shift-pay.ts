/**
 * BO.SHIFTPAY: a shift priced with a hirer pay profile given on the worksheet, in one of two forms:
 * - a two-column range of name/value rows (a small profile: scale wage, surcharges, overtime…),
 *   recognised by a known name in its first column, or
 * - rule texts only: one cell, or a range of cells each holding a rule such as
 *   "ma-vr 20:00-06:00 25%" or "overwerk na 8 uur per dag 25%" (several in one cell separated
 *   by ";" or a line break); the hourly wage then comes from the hourlyWage parameter.
 * Core parses the rule texts (parseSurchargeText, parseOvertimeText, parseRuleText), validates
 * the profile (parseHirerPayProfile through shiftPay) and prices the shift.
 */
import {
  InputError,
  ZERO,
  displayValue,
  hirerPayLabels,
  parseOvertimeText,
  parseRuleText,
  parseSurchargeText,
  payslipLines,
  payslipTotal,
  shiftPay,
  type HirerPayProfileInput,
  type Lang,
  type ShiftPayResult,
} from '@backofficer/core';
import { isOmitted, readAmount, readBreakMinutes, readDate, readDateTime, readEndTime, wallClockToSerial } from './excel-inputs.js';
import { matchOptions, optionKey, optionPairs, setPath, type OptionSpec, type OptionValue } from './excel-options.js';
import { looksBlank, toMatrix } from './excel-ranges.js';

function namesOf(path: string, extra: readonly string[] = []): string[] {
  const label = hirerPayLabels[path];
  const last = path.split('.').pop()!;
  return [path, ...(last !== path ? [last] : []), ...(label ? [label.en, label.nl] : []), ...extra];
}

/** Rows of a profile given as names and values. `scaleWage…` rows make its one scale wage. */
export const PROFILE_OPTIONS: readonly OptionSpec[] = [
  { path: 'scaleWage', names: ['scale wage', 'schaalloon', 'wage', 'loon', 'scaleWages.amount'] },
  { path: 'scaleWagePer', names: ['scale wage per', 'schaalloon per', 'per', 'scaleWages.per'] },
  { path: 'scaleWageFrom', names: ['scale wage from', 'schaalloon vanaf', 'scaleWages.from', 'ingangsdatum schaalloon', 'scale wage effective date'] },
  { path: 'surcharges', names: ['surcharge', 'toeslag', 'surcharges', 'toeslagen'], repeats: true },
  { path: 'overtime', names: ['overtime', 'overwerk'], repeats: true },
  { path: 'rules', names: ['rule', 'regel', 'rules', 'regels'], repeats: true },
  { path: 'surchargeOverlap', names: namesOf('surchargeOverlap') },
  { path: 'workweekHours', names: namesOf('workweekHours', ['workweek hours']) },
  { path: 'hirerId', names: namesOf('hirerId', ['hirer', 'inlener']) },
  { path: 'hirerName', names: namesOf('hirerName') },
  { path: 'job', names: namesOf('job', ['functie']) },
  { path: 'publicHolidays', names: namesOf('publicHolidays', ['public holidays', 'feestdagen']) },
  { path: 'liberationDayEveryYears', names: namesOf('liberationDayEveryYears') },
  { path: 'workingTimeReduction.percent', names: namesOf('workingTimeReduction.percent', ['atv %', 'adv %', 'reduction %']) },
  { path: 'workingTimeReduction.hoursPerYear', names: namesOf('workingTimeReduction.hoursPerYear', ['atv hours', 'adv uren']) },
  { path: 'workingTimeReduction.compensation', names: namesOf('workingTimeReduction.compensation', ['atv in', 'adv in']) },
];

const KNOWN_NAMES = new Set(PROFILE_OPTIONS.flatMap((s) => s.names.map(optionKey)));

/** Rule texts of one cell: "ma-vr 20:00-06:00 25%; za 50%" holds two. */
function splitRules(text: string): string[] {
  return text
    .split(/[;\n\r]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function ruleTextOf(value: unknown, where: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new InputError(
    'INVALID_RULE_TEXT',
    {
      nl: `${where}: ${displayValue(value)} is geen regel; verwacht tekst zoals "ma-vr 20:00-06:00 25%" of "overwerk na 8 uur per dag 25%"`,
      en: `${where}: ${displayValue(value)} is not a rule; expected text such as "mon-fri 20:00-06:00 25%" or "overtime after 8 hours per day 25%"`,
    },
    where,
  );
}

interface Rules {
  surcharges: string[];
  overtime: string[];
}

/** Sorts rule texts into surcharges and overtime, each read by core now (for a message with its row). */
function addRules(into: Rules, values: readonly OptionValue[], kind: 'surcharge' | 'overtime' | 'either'): void {
  for (const { value, where } of values) {
    for (const text of splitRules(ruleTextOf(value, where))) {
      if (kind === 'surcharge') {
        parseSurchargeText(text, where);
        into.surcharges.push(text);
      } else if (kind === 'overtime') {
        const full = /^(overwerk|overuren|overtime)\b/i.test(text) ? text : `overtime ${text}`;
        parseOvertimeText(full, where);
        into.overtime.push(full);
      } else if (parseRuleText(text, where).kind === 'overtime') into.overtime.push(text);
      else into.surcharges.push(text);
    }
  }
}

/** Names that stand in for the hirer and the job when the sheet gives none (core needs both, for its messages). */
const SHEET_HIRER = 'BO.SHIFTPAY';
const SHEET_JOB = 'worksheet profile';

/** Whether the range is a name/value profile: some cell of its first column is a known name. */
function isNamedProfile(m: readonly (readonly unknown[])[]): boolean {
  return m.some((row) => row.length >= 2 && typeof row[0] === 'string' && KNOWN_NAMES.has(optionKey(row[0])));
}

export interface SheetProfile {
  readonly input: HirerPayProfileInput;
  /** The profile has a scale wage (else the hourlyWage parameter must give the wage). */
  readonly hasScaleWage: boolean;
}

/** The profile parameter as core's profile input; `shiftDate` dates a scale wage given without a date. */
export function readProfile(profile: unknown, shiftDate: string): SheetProfile {
  const m = toMatrix(profile);
  const rules: Rules = { surcharges: [], overtime: [] };
  if (!isNamedProfile(m)) {
    const texts: OptionValue[] = [];
    m.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (!looksBlank(cell)) texts.push({ value: cell, where: m.length === 1 && row.length === 1 ? 'profile' : `profile (row ${i + 1}, column ${j + 1})` });
      }),
    );
    if (texts.length === 0) {
      throw new InputError(
        'MISSING_VALUE',
        {
          nl: 'profile: leeg; verwacht regels zoals "ma-vr 20:00-06:00 25%", of een bereik met namen en waarden (scale wage, surcharge, overtime…)',
          en: 'profile: empty; expected rules such as "mon-fri 20:00-06:00 25%", or a range of names and values (scale wage, surcharge, overtime…)',
        },
        'profile',
      );
    }
    addRules(rules, texts, 'either');
    return { input: { hirerId: SHEET_HIRER, job: SHEET_JOB, ...rules }, hasScaleWage: false };
  }

  const found = matchOptions(optionPairs(m, 'profile'), PROFILE_OPTIONS);
  const input: Record<string, unknown> = { hirerId: SHEET_HIRER, job: SHEET_JOB };
  const one = (path: string) => found.get(path)?.[0];
  addRules(rules, found.get('surcharges') ?? [], 'surcharge');
  addRules(rules, found.get('overtime') ?? [], 'overtime');
  addRules(rules, found.get('rules') ?? [], 'either');
  input.surcharges = rules.surcharges;
  input.overtime = rules.overtime;
  const wage = one('scaleWage');
  if (wage) {
    const from = one('scaleWageFrom');
    const per = one('scaleWagePer');
    input.scaleWages = [
      {
        amount: wage.value,
        from: from ? readDate(from.value, 'scale wage from') : shiftDate,
        ...(per ? { per: per.value } : {}),
      },
    ];
  } else {
    const orphan = one('scaleWageFrom') ?? one('scaleWagePer');
    if (orphan) {
      throw new InputError(
        'MISSING_VALUE',
        { nl: `${orphan.where}: hoort bij een schaalloon, maar "scale wage" ontbreekt`, en: `${orphan.where}: belongs to a scale wage, but "scale wage" is missing` },
        'scale wage',
      );
    }
  }
  for (const [path, values] of found) {
    if (path.startsWith('scaleWage') || path === 'surcharges' || path === 'overtime' || path === 'rules') continue;
    setPath(input, path, values[0]!.value);
  }
  return { input: input as unknown as HirerPayProfileInput, hasScaleWage: wage !== undefined };
}

export type ShiftOutput = 'pay' | 'segments' | 'lines';

export interface ShiftArguments {
  start: unknown;
  end: unknown;
  profile: unknown;
  hourlyWage: unknown;
  breakMinutes: unknown;
}

/** Prices the shift; the result keeps the segments only when they are asked for. */
export function priceShift(args: ShiftArguments, withSegments: boolean): ShiftPayResult {
  const start = readDateTime(args.start, 'start');
  const end = readEndTime(args.end, 'end');
  const wage = isOmitted(args.hourlyWage) ? undefined : readAmount(args.hourlyWage, 'hourlyWage');
  const sheet = readProfile(args.profile, start.slice(0, 10));
  if (!sheet.hasScaleWage && wage === undefined) {
    throw new InputError(
      'MISSING_VALUE',
      {
        nl: 'hourlyWage: ontbreekt; het profiel heeft geen schaalloon (regel "scale wage"), dus verwacht het uurloon, bijvoorbeeld 15,00',
        en: 'hourlyWage: missing; the profile has no scale wage (row "scale wage"), so expected the hourly wage, e.g. 15.00',
      },
      'hourlyWage',
    );
  }
  const breaks = readBreakMinutes(args.breakMinutes, 'breakMinutes');
  return shiftPay(
    { start, end, ...(breaks === 0 ? {} : { breaks }) },
    sheet.input,
    { ...(wage !== undefined ? { hourlyWage: wage } : {}), segments: withSegments },
  );
}

/** The gross pay of the shift as on the payslip: each line rounded to cents, then added up. */
export function payOf(result: ShiftPayResult): number {
  return payslipTotal(payslipLines(result)).toNumber();
}

/** Rows from / to / hours / hourly wage / premium % / premium € per hour / amount / rules. */
export function segmentRows(result: ShiftPayResult, lang: Lang): (string | number)[][] {
  return result.segments.map((s) => {
    const percent = s.rules.reduce((sum, r) => (r.percent ? sum.plus(r.percent) : sum), ZERO);
    const perHour = s.rules.reduce((sum, r) => sum.plus(r.perHour), ZERO);
    return [
      wallClockToSerial(s.from),
      wallClockToSerial(s.to),
      s.hours.toNumber(),
      s.hourlyWage.toNumber(),
      percent.toNumber(),
      perHour.toNumber(),
      s.total.toNumber(),
      s.rules.map((r) => r.text[lang]).join(' + '),
    ];
  });
}

/** Rows line / hours / rate per hour / amount (rounded to cents), as on the payslip. */
export function lineRows(result: ShiftPayResult, lang: Lang): (string | number)[][] {
  return payslipLines(result).map((l) => [l.label[lang], l.quantity.toNumber(), l.rate.toNumber(), l.amount.toNumber()]);
}
