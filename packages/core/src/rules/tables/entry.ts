import type { DatedValue, ParameterSpec, StoredValue } from '../types.js';

/** Parameter values of one layer, by name (part of a RuleTable's `parameters`). */
export type LayerValues = Record<string, readonly DatedValue[]>;

/** Catalog entries of one topic. */
export type TopicSpecs = Record<string, ParameterSpec>;

/** One dated value: in force from `from` until the next entry of the same parameter. */
export function at(
  from: string,
  value: StoredValue,
  source: string,
  extra: { note?: string; unconfirmed?: true } = {},
): DatedValue {
  return Object.freeze({
    from,
    value,
    source,
    ...(extra.note !== undefined ? { note: extra.note } : {}),
    ...(extra.unconfirmed ? { unconfirmed: true as const } : {}),
  });
}
