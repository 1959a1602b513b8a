/**
 * The rule choices a workbook keeps (Settings tab): the CAO and a few back-office policy figures the
 * agency agreed differently. Turned into a RuleSet the same way in the pane and in the engine worker.
 */
import {
  InputError, defaultRules, explain, rulesForCao, withOverrides,
  type Cao, type Explanation, type OverrideInput, type RuleSet, type Texts,
} from '@backofficer/core';

export const CAO_KEY = 'cao';
export const OVERRIDES_KEY = 'overrides';

/** The policy figures the pane lets an agency change (the rest stays as the back-office ships it). */
export const OVERRIDABLE = [
  'policy.hoursDeadline',
  'policy.registrationCutoff',
  'policy.advanceRecoveryWeeks',
  'policy.minContractHours',
] as const;
export type OverridableName = (typeof OVERRIDABLE)[number];

export type Overrides = Partial<Record<OverridableName, string>>;

export interface RuleSettings {
  cao: Cao;
  overrides: Overrides;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { cao: 'ABU', overrides: {} };

const SOURCE = 'Settings in this workbook (BackOfficer task pane)';

function overrideInput(overrides: Overrides): OverrideInput | undefined {
  const parameters: Record<string, string> = {};
  for (const name of OVERRIDABLE) {
    const v = overrides[name]?.trim();
    if (v) parameters[name] = v;
  }
  if (Object.keys(parameters).length === 0) return undefined;
  return { layer: 'agency', id: 'workbook-settings', title: 'Agency choices kept in this workbook', source: SOURCE, parameters };
}

/** The rule set for the workbook's choices: law, the chosen CAO, the back-office policy, the agency's overrides. */
export function ruleSetOf(settings: RuleSettings): RuleSet {
  const base = rulesForCao(settings.cao);
  const input = overrideInput(settings.overrides);
  return input ? withOverrides(base, input) : base;
}

/** What is wrong with one override value (core's message), or undefined when it is fine or blank. */
export function overrideProblem(name: OverridableName, value: string): Texts | undefined {
  if (value.trim() === '') return undefined;
  try {
    withOverrides(defaultRules, { parameters: { [name]: value.trim() } });
    return undefined;
  } catch (e) {
    if (e instanceof InputError) return e.texts;
    throw e;
  }
}

/** The settings as stored, tolerating anything missing or damaged (defaults then). */
export function readRuleSettings(cao: unknown, overrides: unknown): RuleSettings {
  const out: Overrides = {};
  if (overrides && typeof overrides === 'object') {
    for (const name of OVERRIDABLE) {
      const v = (overrides as Record<string, unknown>)[name];
      if (typeof v === 'string' || typeof v === 'number') out[name] = String(v);
    }
  }
  return { cao: cao === 'NBBU' ? 'NBBU' : 'ABU', overrides: out };
}

/** The figures the Settings tab explains: what the pane's checks and sums rest on. */
export const EXPLAINED = [
  'policy.hoursDeadline',
  'policy.registrationCutoff',
  'policy.advanceRecoveryWeeks',
  'policy.minContractHours',
  'minimumWage.hourly.21',
  'holidayAllowance.rate',
  'atw.maxShiftHours',
  'atw.maxWeekHours',
  'atw.dailyRestHours',
  'phase.A.weeks',
] as const;

/** explain() for each figure on a date; a figure no rule covers on that date is left out. */
export function explainAll(names: readonly string[], date: string, rules: RuleSet): Explanation[] {
  const out: Explanation[] = [];
  for (const name of names) {
    try {
      out.push(explain(name, date, rules));
    } catch {
      // No rule for this date: the list shows what is covered.
    }
  }
  return out;
}
