export { LAYERS, CAOS } from './types.js';
export type { Layer, Cao, ParameterKind, ParameterSpec, StoredValue, DatedValue, RuleTable, RuleSet } from './types.js';
export { parameterCatalog } from './catalog.js';
export { defaultRules, rulesForCao, withCao } from './defaults.js';
export { withOverrides, OVERRIDE_ALWAYS_FROM, DEADLINE_TEXT } from './overrides.js';
export type { OverrideInput } from './overrides.js';
export { getParameter, getDecimal, getInteger, getString, getBoolean, resolveParameter, explain, parameterNames } from './lookup.js';
export type { ParameterValue, Resolved, Explanation } from './lookup.js';
