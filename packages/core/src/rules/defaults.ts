import type { Cao, RuleSet, RuleTable } from './types.js';
import { lawTable } from './tables/law.js';
import { abuTable } from './tables/cao-abu.js';
import { nbbuTable } from './tables/cao-nbbu.js';
import { policyTable } from './tables/policy.js';

const caoTables: Record<Cao, RuleTable> = { ABU: abuTable, NBBU: nbbuTable };

/** The shipped rules for a CAO: law → CAO → back-office policy. */
export function rulesForCao(cao: Cao): RuleSet {
  return Object.freeze({ cao, tables: Object.freeze([lawTable, caoTables[cao], policyTable]) });
}

/** The shipped rule set: law, the ABU CAO and the back-office's working agreements. */
export const defaultRules: RuleSet = rulesForCao('ABU');

/** The same rule set with the other CAO's table in place (agency and placement layers kept). */
export function withCao(rules: RuleSet, cao: Cao): RuleSet {
  if (rules.cao === cao) return rules;
  const tables = rules.tables.map((t) => (t === caoTables[rules.cao] ? caoTables[cao] : t));
  return Object.freeze({ cao, tables: Object.freeze(tables) });
}
