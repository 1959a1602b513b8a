/**
 * Hirer pay profiles kept by the pane in the workbook (settings key "profiles"): stored as the
 * input of core's parseHirerPayProfile, in the clerk's own notation (amounts "16,25", surcharges
 * as text "ma-vr 20:00-06:00 25%"), so the stored profile is exactly what the clerk typed and
 * core's zod schema decides what is valid, with its messages shown next to each field.
 */
import { InvalidInputError, InputError, parseHirerPayProfile, type HirerPayProfile, type Texts } from '@backofficer/core';

export const PROFILES_KEY = 'profiles';

export interface ScaleWageInput {
  from: string;
  amount: string;
  per: string;
}

export interface AllowanceInput {
  name: string;
  amount: string;
  unit: string;
}

/** One profile as the form edits it and the workbook stores it. */
export interface ProfileInput {
  id: string;
  hirerId: string;
  job: string;
  validFrom: string;
  scaleWages: ScaleWageInput[];
  /** Surcharge rules in compact text, one per entry. */
  surcharges: string[];
  /** Overtime rules in compact text, one per entry. */
  overtime: string[];
  allowances: AllowanceInput[];
  status: { complete: boolean; signedBy: string; signedAt: string };
}

export function emptyProfile(id: string): ProfileInput {
  return {
    id, hirerId: '', job: '', validFrom: '',
    scaleWages: [{ from: '', amount: '', per: 'hour' }],
    surcharges: [], overtime: [], allowances: [],
    status: { complete: false, signedBy: '', signedAt: '' },
  };
}

/** A free id for a new profile: IB-1, IB-2, … */
export function nextProfileId(existing: readonly ProfileInput[]): string {
  const used = new Set(existing.map((p) => p.id.toLowerCase()));
  for (let n = existing.length + 1; ; n++) if (!used.has(`ib-${n}`)) return `IB-${n}`;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** The profiles as stored, tolerating missing parts (a damaged entry without id is dropped, never thrown). */
export function readStoredProfiles(stored: unknown): ProfileInput[] {
  return list(stored)
    .map(obj)
    .filter((p) => text(p.id) !== '')
    .map((p) => ({
      id: text(p.id),
      hirerId: text(p.hirerId),
      job: text(p.job),
      validFrom: text(p.validFrom),
      scaleWages: list(p.scaleWages).map(obj).map((w) => ({ from: text(w.from), amount: text(w.amount), per: text(w.per) || 'hour' })),
      surcharges: list(p.surcharges).map(text),
      overtime: list(p.overtime).map(text),
      allowances: list(p.allowances).map(obj).map((a) => ({ name: text(a.name), amount: text(a.amount), unit: text(a.unit) })),
      status: { complete: obj(p.status).complete === true, signedBy: text(obj(p.status).signedBy), signedAt: text(obj(p.status).signedAt) },
    }));
}

const blankToUndefined = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/**
 * The form's profile as parseHirerPayProfile input: blank fields left out. Every row stays (a row
 * added and left blank is a problem the clerk sees), so zod's row numbers are the form's.
 */
export function toSchemaInput(p: ProfileInput): Record<string, unknown> {
  return {
    id: blankToUndefined(p.id),
    hirerId: blankToUndefined(p.hirerId),
    job: blankToUndefined(p.job),
    validFrom: blankToUndefined(p.validFrom),
    scaleWages: p.scaleWages.map((w) => ({ from: blankToUndefined(w.from), amount: blankToUndefined(w.amount), per: w.per })),
    surcharges: p.surcharges.map((s) => s.trim()),
    overtime: p.overtime.map((s) => s.trim()),
    allowances: p.allowances.map((a) => ({ name: blankToUndefined(a.name), amount: blankToUndefined(a.amount), unit: blankToUndefined(a.unit) })),
    status: {
      complete: p.status.complete,
      signedBy: blankToUndefined(p.status.signedBy),
      signedAt: blankToUndefined(p.status.signedAt),
    },
  };
}

export interface ProfileCheck {
  /** The parsed profile when everything is valid. */
  profile?: HirerPayProfile;
  /** Problems by form path ("scaleWages.0.amount", "surcharges.1", "status.signedAt"), in the clerk's words. */
  problems: Record<string, Texts>;
}

/** Validates the form's profile with core's schema; another stored profile with the same id is a problem too. */
export function checkProfile(p: ProfileInput, others: readonly ProfileInput[] = []): ProfileCheck {
  const problems: Record<string, Texts> = {};
  if (p.id.trim() !== '' && others.some((o) => o.id.trim().toLowerCase() === p.id.trim().toLowerCase())) {
    problems.id = {
      nl: `profielnummer: "${p.id.trim()}" bestaat al in deze werkmap; verwacht een uniek nummer`,
      en: `profile number: "${p.id.trim()}" already exists in this workbook; expected a unique number`,
    };
  }
  if (p.id.trim() === '') {
    problems.id = { nl: 'profielnummer: ontbreekt; verwacht bijvoorbeeld IB-1', en: 'profile number: missing; expected e.g. IB-1' };
  }
  try {
    const profile = parseHirerPayProfile(toSchemaInput(p));
    return Object.keys(problems).length > 0 ? { problems } : { profile, problems };
  } catch (e) {
    if (e instanceof InvalidInputError) {
      for (const problem of e.problems) {
        const key = problem.path.join('.');
        if (!problems[key]) problems[key] = problem.texts;
      }
      return { problems };
    }
    if (e instanceof InputError) {
      problems[e.field ?? ''] = e.texts;
      return { problems };
    }
    throw e;
  }
}

/** The problem of a field, or of anything inside it (a row's cells). */
export function problemAt(problems: Record<string, Texts>, key: string): Texts | undefined {
  if (problems[key]) return problems[key];
  const inside = Object.keys(problems).find((k) => k.startsWith(`${key}.`));
  return inside ? problems[inside] : undefined;
}
