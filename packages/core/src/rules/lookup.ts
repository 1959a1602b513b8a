import { Decimal } from '../money/index.js';
import { NoRuleError, InputError, displayValue } from '../errors/index.js';
import { toIsoDate } from '../calendar/zone.js';
import { LAYERS, type DatedValue, type Layer, type ParameterKind, type ParameterSpec, type RuleSet, type RuleTable, type StoredValue } from './types.js';
import { parameterCatalog, parametersWithoutDefault } from './catalog.js';
import { defaultRules } from './defaults.js';

export type ParameterValue = Decimal | number | boolean | string;

export interface Resolved {
  readonly name: string;
  readonly date: string;
  readonly value: ParameterValue;
  readonly raw: StoredValue;
  readonly from: string;
  readonly layer: Layer;
  readonly table: string;
  readonly tableTitle: string;
  readonly checkedOn: string;
  readonly source: string;
  readonly note?: string;
  readonly unconfirmed: boolean;
}

interface Candidate {
  readonly table: RuleTable;
  /** Sorted by `from`. */
  readonly values: readonly DatedValue[];
  readonly converted: readonly ParameterValue[];
}

const layerRank = (l: Layer) => LAYERS.indexOf(l);

/** Per rule set and name: the tables that define it, most specific first. Rule sets are immutable. */
const cache = new WeakMap<RuleSet, Map<string, readonly Candidate[]>>();

export function convert(name: string, kind: ParameterKind, raw: StoredValue): ParameterValue {
  switch (kind) {
    case 'decimal':
      return new Decimal(raw as string | number);
    case 'integer':
    case 'weekday':
      return Number(raw);
    case 'boolean':
      return Boolean(raw);
    default:
      return String(raw);
  }
}

/** The catalog entry of a name, never an Object.prototype member ("toString", "constructor"). */
function ownSpec(name: string): ParameterSpec | undefined {
  return Object.hasOwn(parameterCatalog, name) ? parameterCatalog[name] : undefined;
}

function candidates(rules: RuleSet, name: string): readonly Candidate[] {
  let perSet = cache.get(rules);
  if (!perSet) {
    perSet = new Map();
    cache.set(rules, perSet);
  }
  let found = perSet.get(name);
  if (found) return found;
  const spec = ownSpec(name);
  const list: Candidate[] = [];
  // Most specific layer first; within a layer the table added last wins.
  const ordered = rules.tables
    .map((t, i) => ({ t, i }))
    .sort((a, b) => layerRank(b.t.layer) - layerRank(a.t.layer) || b.i - a.i);
  for (const { t } of ordered) {
    // Own entries only: "toString" or "__proto__" are no parameters (they gave a TypeError).
    const values = Object.hasOwn(t.parameters, name) ? t.parameters[name] : undefined;
    if (!values || values.length === 0) continue;
    const sorted = [...values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    list.push({ table: t, values: sorted, converted: sorted.map((v) => convert(name, spec?.kind ?? 'string', v.value)) });
  }
  found = list;
  perSet.set(name, found);
  return found;
}

function unknownParameter(name: string, day: string): NoRuleError {
  const input = Object.hasOwn(parametersWithoutDefault, name) ? parametersWithoutDefault[name] : undefined;
  if (input !== undefined) {
    // A known name without a shipped value: an employer-specific input (e.g. the Whk premium).
    return new NoRuleError(
      'NO_DEFAULT',
      {
        nl: `Geen waarde voor "${name}" op ${day}: dit is een invoer zonder standaardwaarde. ${input.nl}`,
        en: `No value for "${name}" on ${day}: this is an input without a default. ${input.en}`,
      },
      name,
    );
  }
  return new NoRuleError(
    'UNKNOWN_PARAMETER',
    {
      nl: `Onbekende regel "${name}" (gevraagd voor ${day}): deze naam staat in geen enkele regeltabel`,
      en: `Unknown parameter "${name}" (asked for ${day}): no rule table defines it`,
    },
    name,
  );
}

/** Index of the value in force on `date` (the last `from` ≤ date), or −1. */
function inForce(values: readonly DatedValue[], date: string): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]!.from <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Full resolution of a parameter on a date: value and where it came from. */
export function resolveParameter(name: string, date: unknown, rules: RuleSet = defaultRules): Resolved {
  const day = toIsoDate(date, 'date');
  // A name that is no text (a settings file gave an object) is unknown too, shown as displayValue shows it.
  if (typeof name !== 'string') throw unknownParameter(displayValue(name), day);
  const cands = candidates(rules, name);
  if (cands.length === 0) throw unknownParameter(name, day);
  for (const c of cands) {
    const i = inForce(c.values, day);
    if (i < 0) continue;
    const v = c.values[i]!;
    return {
      name,
      date: day,
      value: c.converted[i]!,
      raw: v.value,
      from: v.from,
      layer: c.table.layer,
      table: c.table.id,
      tableTitle: c.table.title,
      checkedOn: c.table.checkedOn,
      source: v.source,
      ...(v.note !== undefined ? { note: v.note } : {}),
      unconfirmed: v.unconfirmed === true,
    };
  }
  const first = cands.map((c) => c.values[0]!.from).sort()[0]!;
  throw new NoRuleError(
    'NO_RULE_FOR_DATE',
    {
      nl: `Geen waarde voor "${name}" op ${day}: de eerste bekende waarde geldt vanaf ${first}`,
      en: `No value for "${name}" on ${day}: the first known value applies from ${first}`,
    },
    name,
  );
}

/** The value of a parameter in force on a date (Decimal for amounts and percentages). */
export function getParameter(name: string, date: unknown, rules: RuleSet = defaultRules): ParameterValue {
  return resolveParameter(name, date, rules).value;
}

function wrongKind(name: string, wanted: string): InputError {
  return new InputError(
    'PARAMETER_KIND',
    { nl: `Regel "${name}" is geen ${wanted}`, en: `Parameter "${name}" is not a ${wanted}` },
    name,
  );
}

export function getDecimal(name: string, date: unknown, rules: RuleSet = defaultRules): Decimal {
  const v = getParameter(name, date, rules);
  if (!Decimal.isDecimal(v)) throw wrongKind(name, 'decimal');
  return v as Decimal;
}

export function getInteger(name: string, date: unknown, rules: RuleSet = defaultRules): number {
  const v = getParameter(name, date, rules);
  if (typeof v !== 'number') throw wrongKind(name, 'whole number');
  return v;
}

export function getString(name: string, date: unknown, rules: RuleSet = defaultRules): string {
  const v = getParameter(name, date, rules);
  if (typeof v !== 'string') throw wrongKind(name, 'text');
  return v;
}

export function getBoolean(name: string, date: unknown, rules: RuleSet = defaultRules): boolean {
  const v = getParameter(name, date, rules);
  if (typeof v !== 'boolean') throw wrongKind(name, 'yes/no value');
  return v;
}

export interface Explanation {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly date: string;
  readonly value: ParameterValue;
  /** The value as text for people (percentages as e.g. "2,74 %" in Dutch text is up to the UI). */
  readonly valueText: string;
  readonly from: string;
  readonly layer: Layer;
  readonly table: string;
  readonly checkedOn: string;
  readonly source: string;
  readonly note?: string;
  readonly unconfirmed: boolean;
}

/**
 * Where a number comes from: value, layer, table, source, the date it was checked, and whether
 * it is unconfirmed, so the CLI and the task pane can show it next to every figure.
 */
export function explain(name: string, date: unknown, rules: RuleSet = defaultRules): Explanation {
  const r = resolveParameter(name, date, rules);
  const spec = ownSpec(name);
  return {
    name,
    description: spec?.description ?? '',
    unit: spec?.unit ?? '',
    date: r.date,
    value: r.value,
    valueText: String(r.value),
    from: r.from,
    layer: r.layer,
    table: r.table,
    checkedOn: r.checkedOn,
    source: r.source,
    ...(r.note !== undefined ? { note: r.note } : {}),
    unconfirmed: r.unconfirmed,
  };
}

/** All parameter names any table of the rule set defines. */
export function parameterNames(rules: RuleSet = defaultRules): string[] {
  const names = new Set<string>();
  for (const t of rules.tables) for (const n of Object.keys(t.parameters)) names.add(n);
  return [...names].sort();
}
