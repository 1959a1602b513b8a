import * as z from 'zod';
import { InputError, InvalidInputError, parseWith } from '../errors/index.js';
import { parameterCatalog } from './catalog.js';
import { DEADLINE_TEXT } from './deadline-text.js';
import { LAYERS, type DatedValue, type Layer, type ParameterSpec, type RuleSet, type RuleTable, type StoredValue } from './types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-01-01');

const datedInput = z.object({
  from: isoDate,
  value: z.union([z.string(), z.number(), z.boolean()]),
  source: z.string().min(1).optional(),
  note: z.string().optional(),
  unconfirmed: z.literal(true).optional(),
});


const scalar = z.union([z.string(), z.number(), z.boolean()]);

const overrideSchema = z.object({
  layer: z.enum(LAYERS.filter((l) => l !== 'law') as [Exclude<Layer, 'law'>, ...Exclude<Layer, 'law'>[]]).default('agency'),
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  source: z.string().min(1).optional(),
  checkedOn: isoDate.optional(),
  parameters: z.record(z.string(), z.union([scalar, z.array(datedInput).min(1)])),
});

export type OverrideInput = z.input<typeof overrideSchema>;

/** An override without a date applies from this day on (before every shipped table). */
export const OVERRIDE_ALWAYS_FROM = '1900-01-01';

function overrideError(path: string, nl: string, en: string): InputError {
  return new InputError('INVALID_OVERRIDE', { nl: `${path}: ${nl}`, en: `${path}: ${en}` }, path);
}

function checkValue(name: string, spec: ParameterSpec, value: StoredValue, path: string): StoredValue {
  const shown = JSON.stringify(value);
  switch (spec.kind) {
    case 'decimal': {
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      if (!/^-?\d+(\.\d+)?$/.test(text) || (typeof value === 'number' && !Number.isFinite(value))) {
        throw overrideError(path, `${shown} is geen getal; verwacht bijvoorbeeld 0.25 (${spec.unit})`, `${shown} is not a number; expected e.g. 0.25 (${spec.unit})`);
      }
      return text;
    }
    case 'integer':
    case 'weekday': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      const ok = typeof n === 'number' && Number.isInteger(n) && (spec.kind !== 'weekday' || (n >= 1 && n <= 7));
      if (!ok) {
        const what = spec.kind === 'weekday' ? 'a weekday 1 (Monday) to 7 (Sunday)' : `a whole number (${spec.unit})`;
        const wat = spec.kind === 'weekday' ? 'een weekdag 1 (maandag) t/m 7 (zondag)' : `een geheel getal (${spec.unit})`;
        throw overrideError(path, `${shown} is geen geldige waarde; verwacht ${wat}`, `${shown} is not valid; expected ${what}`);
      }
      return n as number;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw overrideError(path, `${shown} is geen ja/nee; verwacht true of false`, `${shown} is not a yes/no value; expected true or false`);
      return value;
    case 'time':
      if (typeof value !== 'string' || !/^([01]\d|2[0-4]):[0-5]\d$/.test(value)) {
        throw overrideError(path, `${shown} is geen tijd; verwacht bijvoorbeeld 13:00`, `${shown} is not a time of day; expected e.g. 13:00`);
      }
      return value;
    case 'deadline':
      if (typeof value !== 'string' || !DEADLINE_TEXT.test(value)) {
        throw overrideError(path, `${shown} is geen termijn; verwacht bijvoorbeeld "W+1 Tue 13:00" (dinsdag 13:00 van de week na de werkweek)`, `${shown} is not a deadline; expected e.g. "W+1 Tue 13:00" (Tuesday 13:00 of the week after the work week)`);
      }
      return value;
    case 'enum':
      if (typeof value !== 'string' || !spec.values?.includes(value)) {
        const list = (spec.values ?? []).join(', ');
        throw overrideError(path, `${shown} is geen geldige keuze; verwacht een van: ${list}`, `${shown} is not a valid choice; expected one of: ${list}`);
      }
      return value;
    default:
      if (typeof value !== 'string') throw overrideError(path, `${shown} is geen tekst`, `${shown} is not text`);
      return value;
  }
}

/**
 * A new rule set with the overrides added as a table of their layer (agency by default). The
 * input is validated: an unknown parameter name or a value of the wrong type is an InputError.
 * The original rule set is never changed.
 */
export function withOverrides(rules: RuleSet, overrides: OverrideInput | readonly OverrideInput[]): RuleSet {
  const list = Array.isArray(overrides) ? overrides : [overrides as OverrideInput];
  const tables: RuleTable[] = [...rules.tables];
  list.forEach((raw, index) => {
    let o: z.output<typeof overrideSchema>;
    try {
      o = parseWith(overrideSchema, raw, { nl: 'regels', en: 'overrides' });
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      // The shared renderer says what was received and expected in the clerk's words (not zod's
      // English "expected record, received undefined"); the path keeps its overrides prefix.
      const problem = e.problems[0]!;
      const path = ['overrides', ...(list.length > 1 ? [String(index)] : []), ...problem.path.map(String)].join('.');
      const detail = (text: string) => text.slice(text.indexOf(': ') + 2); // the problem's text is "<field>: <detail>"
      throw overrideError(path, detail(problem.texts.nl), detail(problem.texts.en));
    }
    const source = o.source ?? `${o.layer} override`;
    const params: Record<string, readonly DatedValue[]> = {};
    for (const [name, value] of Object.entries(o.parameters)) {
      const spec = Object.hasOwn(parameterCatalog, name) ? parameterCatalog[name] : undefined;
      const path = `overrides.parameters.${name}`;
      if (!spec) {
        throw overrideError(path, `onbekende regel; bekende regels zijn bijvoorbeeld policy.hoursDeadline, policy.advanceRecoveryWeeks`, `unknown parameter; known parameters are e.g. policy.hoursDeadline, policy.advanceRecoveryWeeks`);
      }
      const entries = Array.isArray(value) ? value : [{ from: OVERRIDE_ALWAYS_FROM, value: value as StoredValue }];
      params[name] = Object.freeze(
        entries.map((e, i) =>
          Object.freeze({
            from: e.from,
            value: checkValue(name, spec, e.value, Array.isArray(value) ? `${path}.${i}.value` : path),
            source: ('source' in e && e.source) || source,
            ...('note' in e && e.note ? { note: e.note } : {}),
            ...('unconfirmed' in e && e.unconfirmed ? { unconfirmed: true as const } : {}),
          }),
        ),
      );
    }
    tables.push(
      Object.freeze({
        id: o.id ?? `${o.layer}-override-${tables.length}`,
        layer: o.layer,
        title: o.title ?? `${o.layer} overrides`,
        checkedOn: o.checkedOn ?? OVERRIDE_ALWAYS_FROM,
        parameters: Object.freeze(params),
      }),
    );
  });
  return Object.freeze({ cao: rules.cao, tables: Object.freeze(tables) });
}
