/**
 * BO.HOURLYCOST and BO.COSTBREAKDOWN: Excel's arguments → core's hourlyCost input, and its
 * itemised result → rows. The options name core's input fields (core's own labels work too, in
 * Dutch and English); core validates every value and names the field in its message.
 */
import { InputError, hourlyCost, hourlyCostLabels, type CostLine, type HourlyCost, type HourlyCostInput, type Lang, type LineRule } from '@backofficer/core';
import { readAmount, readDate, toExcelNumber } from './excel-inputs.js';
import { matchOptions, optionPairs, setPath, type OptionSpec } from './excel-options.js';

/** Option names: the field's code, its last part, and core's Dutch and English labels. */
function namesOf(path: string, extra: readonly string[] = []): string[] {
  const label = hourlyCostLabels[path];
  const last = path.split('.').pop()!;
  return [path, ...(last !== path ? [last] : []), ...(label ? [label.en, label.nl] : []), ...extra];
}

const DATE_OPTIONS = new Set(['birthDate']);

/** Every input field of hourlyCost except wage and date (parameters of their own). */
export const COST_OPTIONS: readonly OptionSpec[] = [
  { path: 'contract', names: namesOf('contract', ['contract']) },
  { path: 'employerSize', names: namesOf('employerSize', ['employer size', 'grootte werkgever']) },
  { path: 'whk', names: namesOf('whk') },
  { path: 'whk.wga', names: ['whk.wga', 'whk wga', 'wga'] },
  { path: 'whk.zw', names: ['whk.zw', 'whk zw', 'zw', 'zw-flex'] },
  { path: 'pension', names: namesOf('pension', ['pensioen']) },
  { path: 'workedWeeks', names: namesOf('workedWeeks') },
  { path: 'age', names: namesOf('age') },
  { path: 'birthDate', names: namesOf('birthDate', ['birth date']) },
  { path: 'cao', names: namesOf('cao') },
  { path: 'onCall', names: namesOf('onCall', ['on call']) },
  { path: 'awf', names: namesOf('awf', ['ww premium', 'ww-premie']) },
  { path: 'bbl', names: namesOf('bbl') },
  { path: 'hoursPer4Weeks', names: namesOf('hoursPer4Weeks') },
  { path: 'hoursPerWeek', names: namesOf('hoursPerWeek') },
  { path: 'hirerPackage.vacationDays', names: namesOf('hirerPackage.vacationDays') },
  { path: 'hirerPackage.holidayAllowancePercent', names: namesOf('hirerPackage.holidayAllowancePercent') },
  { path: 'agency.sicknessRisk', names: namesOf('agency.sicknessRisk') },
  { path: 'agency.idleRisk', names: namesOf('agency.idleRisk') },
  { path: 'agency.administration', names: namesOf('agency.administration') },
  { path: 'agency.administrationPerHour', names: namesOf('agency.administrationPerHour') },
];

/** The input of hourlyCost from the three parameters. */
export function costInput(wage: unknown, date: unknown, options: unknown): HourlyCostInput {
  const input: Record<string, unknown> = { wage: readAmount(wage, 'wage'), date: readDate(date, 'date') };
  const found = matchOptions(optionPairs(options, 'options'), COST_OPTIONS);
  const parts = found.get('whk.wga') ?? found.get('whk.zw');
  if (found.has('whk') && parts) {
    throw new InputError(
      'OPTION_TWICE',
      {
        nl: `${parts[0]!.where}: de Whk-premie staat er al als totaal (${found.get('whk')![0]!.where}); verwacht whk óf whk.wga en whk.zw`,
        en: `${parts[0]!.where}: the Whk premium is given already as a total (${found.get('whk')![0]!.where}); expected whk or whk.wga and whk.zw`,
      },
      'whk',
    );
  }
  for (const [path, [first]] of found) {
    // A date cell is a serial number: read it as a date here; core reads text dates itself.
    const value = DATE_OPTIONS.has(path) && typeof first!.value === 'number' ? readDate(first!.value, path) : first!.value;
    setPath(input, path, value);
  }
  return input as unknown as HourlyCostInput;
}

export function costOf(wage: unknown, date: unknown, options: unknown): HourlyCost {
  return hourlyCost(costInput(wage, date, options));
}

/** Figures behind the per-hour cap of the premium wage: listed only where the cap bites. */
const CAP_FIGURES = new Set(['premium.maxWage.year', 'cost.premiumCapHoursPerWeek', 'input.hoursPerWeek', 'derived.premiumCapPerHour']);

/** A long derived figure (41.41048034934497816…) shown with 10 significant digits. */
function shortValue(value: string): string {
  return /^-?\d+\.\d{9,}$/.test(value) ? String(Number(Number(value).toPrecision(10))) : value;
}

/** "premium.awf.high = 0.0774 (from 2026-01-01): Stcrt. …", one per figure, "; " between. */
function sourceText(line: CostLine, lang: Lang): string {
  const rules = line.cap && !line.cap.applied ? line.rules.filter((r) => !CAP_FIGURES.has(r.parameter)) : line.rules;
  if (rules.length === 0) return lang === 'nl' ? 'invoer' : 'input';
  const unconfirmed = lang === 'nl' ? 'onbevestigd' : 'unconfirmed';
  const from = lang === 'nl' ? 'vanaf' : 'from';
  return rules
    .map((r: LineRule) => `${r.parameter} = ${shortValue(r.value)}${r.from ? ` (${from} ${r.from})` : ''}: ${r.source}${r.unconfirmed ? ` [${unconfirmed}]` : ''}`)
    .join('; ');
}

/**
 * Rows item / rate / € per worked hour / source: one per cost line (amounts exact, as core keeps
 * them), then the total rounded to cents and the factor to 4 decimals (core's `display`), then
 * one row per finding (message, code in the source column).
 */
export function breakdownRows(cost: HourlyCost, lang: Lang): (string | number)[][] {
  // Through toExcelNumber like every other result: a wage of 1e308 gave an Infinity cell.
  const rows: (string | number)[][] = cost.lines.map((l) => [l.label[lang], l.rate ? toExcelNumber(l.rate) : '', toExcelNumber(l.amount), sourceText(l, lang)]);
  rows.push([
    lang === 'nl' ? 'Kostprijs per gewerkt uur' : 'Cost per worked hour',
    '',
    toExcelNumber(cost.display.total),
    lang === 'nl' ? 'som van de regels, afgerond op centen' : 'sum of the lines, rounded to cents',
  ]);
  rows.push([
    lang === 'nl' ? 'Kostenfactor (kostprijs ÷ uurloon)' : 'Cost factor (cost ÷ wage)',
    '',
    toExcelNumber(cost.display.factor),
    lang === 'nl' ? 'afgerond op 4 decimalen' : 'rounded to 4 decimals',
  ]);
  for (const f of cost.findings) rows.push([f.message[lang], '', '', f.code]);
  return rows;
}
