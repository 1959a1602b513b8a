import { describe, expect, it } from 'vitest';
import {
  CAOS,
  DEADLINE_TEXT,
  NoRuleError,
  getParameter,
  parameterCatalog,
  parameterNames,
  parametersWithoutDefault,
  resolveParameter,
  rulesForCao,
  type RuleSet,
  type StoredValue,
} from '@backofficer/core';

/*
 * The shipped rule tables (DESIGN.md "Dated rules, as data, in layers"; issue 3 §3): every
 * value has a source, every table a checkedOn date, every name is in the catalog, and the
 * coverage 2024-01-01 … 2026-12-31 has no hole under either CAO.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parameters that begin after 2024-01-01 by nature or by their source, with their first day.
 * Everything else must have a value in force on 2024-01-01.
 */
const STARTS_LATER: Record<string, string> = {
  // DOMAIN.md §3 gives the BBL scale from 2026-01-01 only.
  'minimumWage.hourly.bbl.18': '2026-01-01',
  'minimumWage.hourly.bbl.19': '2026-01-01',
  'minimumWage.hourly.bbl.20': '2026-01-01',
  'minimumWage.youthPercentage.bbl.18': '2026-01-01',
  'minimumWage.youthPercentage.bbl.19': '2026-01-01',
  'minimumWage.youthPercentage.bbl.20': '2026-01-01',
  // The CAO 2026–2028 transitional rule exists only from the new CAO on.
  'equivalentPay.transitionMaxMonths': '2026-01-01',
};

function isValidIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function everyDay(from: string, through: string): string[] {
  const days: string[] = [];
  const d = new Date(`${from}T12:00:00Z`);
  for (;;) {
    const iso = d.toISOString().slice(0, 10);
    if (iso > through) return days;
    days.push(iso);
    d.setUTCDate(d.getUTCDate() + 1);
  }
}

/** Why a stored value does not fit its catalog kind, or null when it does. */
function kindProblem(name: string, value: StoredValue): string | null {
  const spec = parameterCatalog[name]!;
  switch (spec.kind) {
    case 'decimal':
      if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return 'decimal stored as text like "0.0274"';
      if (spec.unit === 'fraction' && (Number(value) < 0 || Number(value) >= 1)) return 'a fraction between 0 and 1 (percentages are fractions)';
      return null;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? null : 'whole number';
    case 'weekday':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7 ? null : 'weekday 1–7';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'true/false';
    case 'time':
      return typeof value === 'string' && /^([01]\d|2[0-4]):[0-5]\d$/.test(value) ? null : 'HH:mm';
    case 'deadline':
      return typeof value === 'string' && DEADLINE_TEXT.test(value) ? null : 'deadline like "W+1 Tue 13:00"';
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value) ? null : `one of ${(spec.values ?? []).join(', ')}`;
    default:
      return typeof value === 'string' && value.length > 0 ? null : 'text';
  }
}

const ruleSets: Array<[string, RuleSet]> = CAOS.map((cao) => [cao, rulesForCao(cao)]);

describe('rule tables: sources, checkedOn and catalog (DESIGN.md dated rules; DOMAIN.md sources)', () => {
  for (const [cao, rules] of ruleSets) {
    it(`${cao}: law → CAO → policy layers are shipped, each table with an id, title and a valid checkedOn date`, () => {
      expect(rules.tables.map((t) => t.layer)).toEqual(['law', 'cao', 'policy']);
      for (const t of rules.tables) {
        expect(t.id.length).toBeGreaterThan(0);
        expect(t.title.length).toBeGreaterThan(0);
        expect(isValidIsoDate(t.checkedOn), `${t.id} checkedOn ${t.checkedOn}`).toBe(true);
      }
    });

    it(`${cao}: every value has a non-empty source, a valid from date, entries in date order, a value of the catalog kind`, () => {
      const problems: string[] = [];
      for (const t of rules.tables) {
        for (const [name, values] of Object.entries(t.parameters)) {
          if (!parameterCatalog[name]) {
            problems.push(`${t.id}: ${name} is not in the catalog`);
            continue;
          }
          if (values.length === 0) problems.push(`${t.id}: ${name} has no values`);
          values.forEach((v, i) => {
            const where = `${t.id}: ${name}[${i}] (${v.from})`;
            if (typeof v.source !== 'string' || v.source.trim().length === 0) problems.push(`${where}: empty source`);
            if (!isValidIsoDate(v.from)) problems.push(`${where}: from is not an ISO date`);
            if (i > 0 && !(values[i - 1]!.from < v.from)) problems.push(`${where}: from not after the previous entry`);
            if (v.unconfirmed !== undefined && v.unconfirmed !== true) problems.push(`${where}: unconfirmed must be true or absent`);
            if (v.unconfirmed && !(v.note && v.note.length > 0)) problems.push(`${where}: an unconfirmed value needs a note saying why`);
            const kind = kindProblem(name, v.value);
            if (kind) problems.push(`${where}: ${JSON.stringify(v.value)} is not ${kind}`);
          });
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('every catalog entry has a description, a unit and (for enums) its values', () => {
    for (const [name, spec] of Object.entries(parameterCatalog)) {
      expect(spec.description.trim().length, name).toBeGreaterThan(0);
      expect(spec.unit.trim().length, name).toBeGreaterThan(0);
      if (spec.kind === 'enum') expect(spec.values?.length ?? 0, name).toBeGreaterThan(1);
    }
  });

  it('every catalog name is defined in a shipped table, except the documented inputs without default (Whk, DOMAIN.md §4)', () => {
    const defined = new Set(ruleSets.flatMap(([, rules]) => parameterNames(rules)));
    const undefinedNames = Object.keys(parameterCatalog).filter((n) => !defined.has(n));
    expect(undefinedNames.sort()).toEqual(Object.keys(parametersWithoutDefault).sort());
    expect(Object.keys(parametersWithoutDefault).sort()).toEqual(['premium.whk.wga', 'premium.whk.zw']);
    for (const name of Object.keys(parametersWithoutDefault)) expect(parameterCatalog[name], name).toBeDefined();
  });

  it('Whk has NO default (DOMAIN.md §4): the lookup fails and says where to find the rate', () => {
    for (const date of ['2024-06-01', '2025-06-01', '2026-06-01']) {
      let error: unknown;
      try {
        getParameter('premium.whk.wga', date);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NoRuleError);
      expect((error as NoRuleError).code).toBe('NO_DEFAULT');
      expect((error as NoRuleError).texts.en).toContain('premium.whk.wga');
      expect((error as NoRuleError).texts.en).toContain('Belastingdienst');
      expect((error as NoRuleError).texts.nl).toContain('beschikking');
    }
  });

  it('ABU and NBBU carry the same harmonised figures (since 2019-12-30) and differ only in the phase names', () => {
    const [abu, nbbu] = [rulesForCao('ABU'), rulesForCao('NBBU')];
    const abuCao = abu.tables.find((t) => t.layer === 'cao')!;
    const nbbuCao = nbbu.tables.find((t) => t.layer === 'cao')!;
    expect(Object.keys(abuCao.parameters).sort()).toEqual(Object.keys(nbbuCao.parameters).sort());
    const differing = Object.keys(abuCao.parameters).filter(
      (n) => JSON.stringify(abuCao.parameters[n]!.map((v) => v.value)) !== JSON.stringify(nbbuCao.parameters[n]!.map((v) => v.value)),
    );
    expect(differing.sort()).toEqual(['phase.A.label', 'phase.B.label', 'phase.C.label']);
    expect(['A', 'B', 'C'].map((p) => getParameter(`phase.${p}.label`, '2025-01-01', abu))).toEqual(['A', 'B', 'C']);
    expect(['A', 'B', 'C'].map((p) => getParameter(`phase.${p}.label`, '2025-01-01', nbbu))).toEqual(['1-2', '3', '4']);
  });
});

describe('rule tables: coverage 2024-01-01 through 2026-12-31 has no hole (issue 3 §3)', () => {
  const days = everyDay('2024-01-01', '2026-12-31');
  const checkDays = ['2024-01-01', '2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01', '2026-07-01', '2026-12-31'];

  for (const [cao, rules] of ruleSets) {
    it(`${cao}: every parameter has a value in force on 1 January and 1 July of 2024, 2025, 2026 and on 2026-12-31`, () => {
      const missing: string[] = [];
      for (const name of parameterNames(rules)) {
        for (const day of checkDays) {
          if (STARTS_LATER[name] && day < STARTS_LATER[name]!) continue;
          try {
            resolveParameter(name, day, rules);
          } catch (e) {
            missing.push(`${name} on ${day}: ${(e as Error).message}`);
          }
        }
      }
      expect(missing).toEqual([]);
    });

    it(`${cao}: every parameter has a value on every day 2024-01-01 … 2026-12-31 (later starters from their documented first day)`, () => {
      const missing: string[] = [];
      for (const name of parameterNames(rules)) {
        const first = STARTS_LATER[name] ?? '2024-01-01';
        for (const day of days) {
          if (day < first) continue;
          try {
            resolveParameter(name, day, rules);
          } catch {
            missing.push(`${name} on ${day}`);
            break;
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('the parameters that start later really start on their documented day (and not silently earlier)', () => {
    for (const [name, first] of Object.entries(STARTS_LATER)) {
      const before = new Date(`${first}T12:00:00Z`);
      before.setUTCDate(before.getUTCDate() - 1);
      expect(() => resolveParameter(name, before.toISOString().slice(0, 10)), name).toThrowError(NoRuleError);
      expect(resolveParameter(name, first).from, name).toBe(first);
    }
  });

  it('DOMAIN.md history before 2024 is shipped where DOMAIN gives it: phase A 78 weeks from 2019-12-30, holiday allowance 8,33 % from 2019-12-30', () => {
    expect(getParameter('phase.A.weeks', '2021-06-01')).toBe(78);
    expect(getParameter('holidayAllowance.rate', '2019-12-30').toString()).toBe('0.0833');
    expect(() => getParameter('holidayAllowance.rate', '2019-12-29')).toThrowError(NoRuleError);
  });
});
