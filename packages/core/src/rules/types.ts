/**
 * Dated rule tables in layers (DESIGN.md "Dated rules, as data, in layers"; modelled on OpenFisca
 * parameters). A parameter is a list of dated values; a change is a new entry, never an edit of
 * an old one. Each table says when it was last checked against its sources.
 */

/** The layers, most general first; each may override the one before it. */
export const LAYERS = ['law', 'cao', 'policy', 'agency', 'placement'] as const;
export type Layer = (typeof LAYERS)[number];

export const CAOS = ['ABU', 'NBBU'] as const;
export type Cao = (typeof CAOS)[number];

/**
 * How a parameter's stored value is read:
 * - decimal: exact number stored as text ("0.0274" for 2,74 %; percentages are fractions), read as Decimal;
 * - integer: whole number (days, weeks, contracts, minutes);
 * - boolean, string, enum (one of `values`), time ("13:00", Amsterdam wall clock),
 * - weekday: 1 = Monday … 7 = Sunday (ISO);
 * - deadline: a moment relative to a work week W, written "W+1 Tue 13:00" (Tuesday 13:00 of the
 *   week after W) or "W-1 Fri 24:00" (end of the Friday before W); read by calendar/deadlines.
 */
export type ParameterKind = 'decimal' | 'integer' | 'boolean' | 'string' | 'enum' | 'time' | 'weekday' | 'deadline';

export interface ParameterSpec {
  /** What the parameter means, in English. */
  readonly description: string;
  /** Unit for people: "EUR/hour", "fraction", "weeks", "hours", "HH:mm"… */
  readonly unit: string;
  readonly kind: ParameterKind;
  /** Allowed values for kind 'enum'. */
  readonly values?: readonly string[];
}

export type StoredValue = string | number | boolean;

export interface DatedValue {
  /** First day (ISO date) on which the value applies; it applies until the next entry's `from`. */
  readonly from: string;
  readonly value: StoredValue;
  /** Law, CAO article or publication the value comes from. */
  readonly source: string;
  readonly note?: string;
  /** Set where DOMAIN.md marks the value as unconfirmed or conflicting. */
  readonly unconfirmed?: true;
}

export interface RuleTable {
  /** Stable id, e.g. "law-nl", "cao-abu", "policy-backoffice", "agency:<name>". */
  readonly id: string;
  readonly layer: Layer;
  readonly title: string;
  /** Date (ISO) on which the values were last checked against their sources. */
  readonly checkedOn: string;
  readonly parameters: Readonly<Record<string, readonly DatedValue[]>>;
}

/** A complete set of rules: the chosen CAO and the tables, applied general → specific. */
export interface RuleSet {
  readonly cao: Cao;
  readonly tables: readonly RuleTable[];
}
