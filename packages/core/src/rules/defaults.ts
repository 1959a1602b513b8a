import { InputError, displayValue } from '../errors/index.js';
import { CAOS, type Cao, type RuleSet, type RuleTable } from './types.js';
import { lawTable } from './tables/law.js';
import { abuTable } from './tables/cao-abu.js';
import { nbbuTable } from './tables/cao-nbbu.js';
import { policyTable } from './tables/policy.js';

const caoTables: Record<Cao, RuleTable> = { ABU: abuTable, NBBU: nbbuTable };

/** A CAO name from a setting or a caller; anything else would leave a hole in the rule layers. */
function checkCao(cao: unknown): Cao {
  if (typeof cao === 'string' && (CAOS as readonly string[]).includes(cao)) return cao as Cao;
  throw new InputError(
    'INVALID_CAO',
    { nl: `cao: ${displayValue(cao, 'cao')} is geen cao; verwacht ${CAOS.join(' of ')}`, en: `cao: ${displayValue(cao, 'cao')} is not a CAO; expected ${CAOS.join(' or ')}` },
    'cao',
  );
}

/** The shipped rules for a CAO: law → CAO → back-office policy. */
export function rulesForCao(cao: Cao): RuleSet {
  checkCao(cao);
  return Object.freeze({ cao, tables: Object.freeze([lawTable, caoTables[cao], policyTable]) });
}

/** The shipped rule set: law, the ABU CAO and the back-office's working agreements. */
export const defaultRules: RuleSet = rulesForCao('ABU');

/** The same rule set with the other CAO's table in place (agency and placement layers kept). */
export function withCao(rules: RuleSet, cao: Cao): RuleSet {
  checkCao(cao);
  if (rules.cao === cao) return rules;
  const tables = rules.tables.map((t) => (t === caoTables[rules.cao] ? caoTables[cao] : t));
  return Object.freeze({ cao, tables: Object.freeze(tables) });
}
