import type { z } from 'zod';
import { InputError, type Texts } from './errors.js';
import { displayValue } from './display.js';

/**
 * Rendering of zod validation issues in a payroll clerk's words (DESIGN.md: "an error is a path,
 * what was expected and what was received; we render that in the clerk's words (nl/en)").
 */

/** A field's name as the user knows it; `mask` names the field kind used to mask its value. */
export interface FieldLabel extends Texts {
  mask?: string;
}

/**
 * Labels by path with list positions left out: `wage` for a top-level field,
 * `agreements.wage` for the wage of any agreement, `agreements` for the list itself.
 */
export type FieldLabels = Readonly<Record<string, FieldLabel>>;

/** One problem, rendered, for programs and user interfaces. */
export interface InputProblem {
  /** Where: zod's path (`['agreements', 0, 'wage']`). */
  path: (string | number)[];
  /** The path as text (`agreements[0].wage`). */
  field: string;
  /** zod's issue code, or our own code for a value one of our readers rejected (`INVALID_AMOUNT`). */
  code: string;
  /** The problem in the user's words, starting with the field's label. */
  texts: Texts;
}

/**
 * Details a reader (parseAmount, checkBsn…) puts into a zod custom issue, so that its own message
 * survives: `texts` without the field name, e.g. `"12,5,0" is not an amount; expected …`.
 */
export interface ReaderIssueParams {
  code: string;
  texts: Texts;
}

/** Bad input described by zod issues; still an InputError (code `INVALID_INPUT`). */
export class InvalidInputError extends InputError {
  /** zod's issues, without the received values. */
  readonly issues: readonly z.core.$ZodIssue[];
  /** Every issue, rendered. */
  readonly problems: readonly InputProblem[];

  constructor(texts: Texts, field: string | undefined, issues: z.core.$ZodIssue[], problems: InputProblem[]) {
    super('INVALID_INPUT', texts, field);
    this.issues = issues;
    this.problems = problems;
  }
}

const SHOWN_PROBLEMS = 5;

/**
 * Parses `input` with `schema`; on failure throws an InvalidInputError (an InputError with code
 * `INVALID_INPUT`) whose message names `what` ("uitzendkracht"/"worker"), then up to 5 problems,
 * each with the field in the user's words (`labels`), the value received (masked where personal)
 * and what was expected. All problems stay on the error (`problems`, `issues`).
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: Texts | string, labels: FieldLabels = {}): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map(withoutInput);
  const problems = issues.map((issue) => renderIssue(issue, input, labels));
  const name = typeof what === 'string' ? { nl: what, en: what } : what;
  throw new InvalidInputError(summarise(name, problems), problems[0]?.field, issues, problems);
}

function withoutInput(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (!('input' in issue)) return issue;
  const { input: _dropped, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  return rest as z.core.$ZodIssue;
}

function summarise(what: Texts, problems: InputProblem[]): Texts {
  if (problems.length === 1) {
    const only = problems[0]!;
    return { nl: `${what.nl}: ${only.texts.nl}`, en: `${what.en}: ${only.texts.en}` };
  }
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  const list = (lang: keyof Texts) => shown.map((p, i) => `${i + 1}) ${p.texts[lang]}`).join('; ');
  return {
    nl: `${what.nl}: ${problems.length} fouten: ${list('nl')}${more > 0 ? `; en nog ${more}` : ''}`,
    en: `${what.en}: ${problems.length} problems: ${list('en')}${more > 0 ? `; and ${more} more` : ''}`,
  };
}

/** `agreements[0].wage` */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function labelKey(path: readonly PropertyKey[]): string {
  return path.filter((k) => typeof k !== 'number').map(String).join('.');
}

function findLabel(path: readonly PropertyKey[], labels: FieldLabels): FieldLabel | undefined {
  const key = labelKey(path);
  if (key === '') return path.length === 0 ? labels[''] : undefined;
  const last = [...path].reverse().find((k) => typeof k === 'string');
  return labels[key] ?? (typeof last === 'string' ? labels[last] : undefined);
}

/** "uurloon (loonafspraken nr. 1)" / "hourly wage (wage agreements no. 1)". */
function fieldName(path: readonly PropertyKey[], labels: FieldLabels): Texts {
  const label = findLabel(path, labels);
  const base: Texts = label ? { nl: label.nl, en: label.en } : { nl: pathText(path) || 'invoer', en: pathText(path) || 'input' };
  const where: Texts[] = [];
  path.forEach((key, i) => {
    if (typeof key !== 'number') return;
    const list = path.slice(0, i);
    const listLabel = findLabel(list, labels);
    where.push({
      nl: listLabel ? `${listLabel.nl} nr. ${key + 1}` : `nr. ${key + 1}`,
      en: listLabel ? `${listLabel.en} no. ${key + 1}` : `no. ${key + 1}`,
    });
  });
  // A list's own label already says which list: "documents no. 2", not "documents (documents no. 2)".
  const own = where.length > 0 && typeof path[path.length - 1] === 'number';
  if (where.length === 0) return base;
  if (own && where.length === 1) return where[0]!;
  return {
    nl: `${base.nl} (${where.map((w) => w.nl).join(', ')})`,
    en: `${base.en} (${where.map((w) => w.en).join(', ')})`,
  };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = input;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key as string];
  }
  return here;
}

const TYPE_NOUNS: Record<string, Texts> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'ja of nee', en: 'yes or no' },
  date: { nl: 'een datum', en: 'a date' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een record met velden', en: 'a record with fields' },
  record: { nl: 'namen met hun waarden', en: 'names with their values' },
};

function typeNoun(expected: string): Texts {
  return TYPE_NOUNS[expected] ?? { nl: expected, en: expected };
}

function sizeWords(origin: string, n: number | bigint): Texts {
  if (origin === 'string') return { nl: `${n} ${n === 1 ? 'teken' : 'tekens'}`, en: `${n} ${n === 1 ? 'character' : 'characters'}` };
  if (origin === 'array' || origin === 'set') return { nl: `${n} ${n === 1 ? 'regel' : 'regels'}`, en: `${n} ${n === 1 ? 'item' : 'items'}` };
  return { nl: String(n).replace('.', ','), en: String(n) };
}

function choiceList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ');
}

/** A received value in both languages; lists and records are described, scalars shown (masked). */
function shownValue(value: unknown, maskField: string | undefined): Texts {
  if (Array.isArray(value)) {
    return value.length === 0
      ? { nl: 'een lege lijst', en: 'an empty list' }
      : { nl: `een lijst met ${value.length} ${value.length === 1 ? 'regel' : 'regels'}`, en: `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}` };
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !('toFixed' in value)) {
    return { nl: 'een record', en: 'a record' };
  }
  const shown = displayValue(value, maskField);
  return { nl: shown, en: shown };
}

/** What was wrong and what was expected, without the field's name. */
function describe(issue: z.core.$ZodIssue, value: unknown, maskField: string | undefined): Texts {
  const shown = shownValue(value, maskField);
  const absent = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  const got: Texts = absent
    ? value === undefined ? { nl: 'ontbreekt', en: 'missing' } : { nl: 'leeg', en: 'empty' }
    : { nl: `${shown.nl} ontvangen`, en: `received ${shown.en}` };
  const expect = (t: Texts): Texts => ({ nl: `${got.nl}; verwacht ${t.nl}`, en: `${got.en}; expected ${t.en}` });

  switch (issue.code) {
    case 'custom': {
      const params = issue.params as Partial<ReaderIssueParams> | undefined;
      if (params?.texts) return params.texts;
      return expect({ nl: 'een geldige waarde', en: `a valid value (${issue.message})` });
    }
    case 'invalid_type':
      return expect(typeNoun(issue.expected));
    case 'too_small': {
      const size = sizeWords(issue.origin, issue.minimum);
      if (issue.exact) return expect({ nl: `precies ${size.nl}`, en: `exactly ${size.en}` });
      if (issue.inclusive === false) return expect({ nl: `meer dan ${size.nl}`, en: `more than ${size.en}` });
      return expect({ nl: `minstens ${size.nl}`, en: `at least ${size.en}` });
    }
    case 'too_big': {
      const size = sizeWords(issue.origin, issue.maximum);
      if (issue.exact) return expect({ nl: `precies ${size.nl}`, en: `exactly ${size.en}` });
      if (issue.inclusive === false) return expect({ nl: `minder dan ${size.nl}`, en: `less than ${size.en}` });
      return expect({ nl: `hoogstens ${size.nl}`, en: `at most ${size.en}` });
    }
    case 'invalid_value':
      return expect({ nl: `een van: ${choiceList(issue.values)}`, en: `one of: ${choiceList(issue.values)}` });
    case 'invalid_format': {
      // A pattern with its own description (z.string().regex(re, 'a date like 2026-01-01')) says it best.
      const own = issue.format === 'regex' && issue.message && !/^Invalid/.test(issue.message) ? issue.message : undefined;
      if (own) return expect({ nl: own, en: own });
      return expect({ nl: `de juiste vorm (${issue.format})`, en: `the right format (${issue.format})` });
    }
    case 'not_multiple_of':
      return expect({ nl: `een veelvoud van ${issue.divisor}`, en: `a multiple of ${issue.divisor}` });
    case 'unrecognized_keys':
      return {
        nl: `onbekende velden: ${issue.keys.join(', ')}`,
        en: `unknown fields: ${issue.keys.join(', ')}`,
      };
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        return expect({ nl: `een van: ${choiceList(issue.options)}`, en: `one of: ${choiceList(issue.options)}` });
      }
      return expect({ nl: 'een van de toegestane vormen', en: 'one of the allowed forms' });
    default:
      return expect({ nl: 'een geldige waarde', en: 'a valid value' });
  }
}

function renderIssue(issue: z.core.$ZodIssue, input: unknown, labels: FieldLabels): InputProblem {
  const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
  const label = findLabel(path, labels);
  const lastName = [...path].reverse().find((k): k is string => typeof k === 'string');
  const value = valueAt(input, path);
  const detail = describe(issue, value, label?.mask ?? lastName);
  const name = fieldName(path, labels);
  const params = issue.code === 'custom' ? (issue.params as Partial<ReaderIssueParams> | undefined) : undefined;
  return {
    path,
    field: pathText(path),
    code: params?.code ?? issue.code,
    texts: { nl: `${name.nl}: ${detail.nl}`, en: `${name.en}: ${detail.en}` },
  };
}
