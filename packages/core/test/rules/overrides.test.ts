import { describe, expect, it } from 'vitest';
import {
  InputError,
  LEGACY_78_WEEKS_OVERRIDE,
  defaultRules,
  explain,
  getDecimal,
  getInteger,
  getParameter,
  withOverrides,
  type InputError as InputErrorType,
} from '@backofficer/core';

/*
 * Layers law → CAO → back-office policy → agency → placement (DESIGN.md): withOverrides adds a
 * validated, immutable layer; the policy default policy.advanceRecoveryWeeks = 2 (DOMAIN.md §2).
 */

function errorOf(fn: () => unknown): InputErrorType {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('withOverrides: agency and placement layers over the back-office policy', () => {
  it('policy default: advance recovered within 2 weeks (DOMAIN.md §2, working agreements)', () => {
    expect(getInteger('policy.advanceRecoveryWeeks', '2025-05-01')).toBe(2);
    expect(explain('policy.advanceRecoveryWeeks', '2025-05-01').layer).toBe('policy');
  });

  it('an agency overrides policy.advanceRecoveryWeeks (3 weeks); explain names the agency layer and its source', () => {
    const agency = withOverrides(defaultRules, { layer: 'agency', id: 'agency:flexco', source: 'Flexco agreement 2025', parameters: { 'policy.advanceRecoveryWeeks': 3 } });
    expect(getInteger('policy.advanceRecoveryWeeks', '2025-05-01', agency)).toBe(3);
    const e = explain('policy.advanceRecoveryWeeks', '2025-05-01', agency);
    expect([e.layer, e.table, e.source]).toEqual(['agency', 'agency:flexco', 'Flexco agreement 2025']);
    // An undated override applies on every date, also before the shipped tables.
    expect(getInteger('policy.advanceRecoveryWeeks', '2019-01-01', agency)).toBe(3);
  });

  it('a placement overrides the agency (1 week), whatever the order the tables were added in', () => {
    const agency = withOverrides(defaultRules, { layer: 'agency', parameters: { 'policy.advanceRecoveryWeeks': 3 } });
    const placement = withOverrides(agency, { layer: 'placement', parameters: { 'policy.advanceRecoveryWeeks': 1 } });
    expect(getInteger('policy.advanceRecoveryWeeks', '2025-05-01', placement)).toBe(1);
    expect(explain('policy.advanceRecoveryWeeks', '2025-05-01', placement).layer).toBe('placement');
    const reversed = withOverrides(withOverrides(defaultRules, { layer: 'placement', parameters: { 'policy.advanceRecoveryWeeks': 1 } }), {
      layer: 'agency',
      parameters: { 'policy.advanceRecoveryWeeks': 3 },
    });
    expect(getInteger('policy.advanceRecoveryWeeks', '2025-05-01', reversed)).toBe(1);
  });

  it('the original rule set is unchanged and frozen', () => {
    const before = defaultRules.tables.length;
    const agency = withOverrides(defaultRules, { parameters: { 'policy.advanceRecoveryWeeks': 3 } });
    expect(agency).not.toBe(defaultRules);
    expect(defaultRules.tables.length).toBe(before);
    expect(getInteger('policy.advanceRecoveryWeeks', '2025-05-01', defaultRules)).toBe(2);
    expect(getInteger('policy.advanceRecoveryWeeks', '2025-05-01')).toBe(2);
    expect(Object.isFrozen(agency)).toBe(true);
    expect(Object.isFrozen(agency.tables)).toBe(true);
  });

  it('a dated override that starts later falls back to the lower layer before its date', () => {
    const agency = withOverrides(defaultRules, {
      parameters: { 'policy.advanceRecoveryWeeks': [{ from: '2026-03-01', value: 4, source: 'Addendum 2026' }] },
    });
    expect(getInteger('policy.advanceRecoveryWeeks', '2026-02-28', agency)).toBe(2);
    expect(explain('policy.advanceRecoveryWeeks', '2026-02-28', agency).layer).toBe('policy');
    expect(getInteger('policy.advanceRecoveryWeeks', '2026-03-01', agency)).toBe(4);
    expect(explain('policy.advanceRecoveryWeeks', '2026-03-01', agency).source).toBe('Addendum 2026');
  });

  it('an agency deadline override ("W+1 Mon 17:00") and a holiday-shift choice are accepted', () => {
    const agency = withOverrides(defaultRules, { parameters: { 'policy.hoursDeadline': 'W+1 Mon 17:00', 'policy.holidayShift': 'none' } });
    expect(getParameter('policy.hoursDeadline', '2025-01-01', agency)).toBe('W+1 Mon 17:00');
    expect(getParameter('policy.holidayShift', '2025-01-01', agency)).toBe('none');
  });

  it('the Whk input without default (DOMAIN.md §4) is set by an agency override', () => {
    const agency = withOverrides(defaultRules, {
      source: 'Beschikking Whk 2025',
      parameters: { 'premium.whk.wga': [{ from: '2025-01-01', value: '0.0120' }], 'premium.whk.zw': [{ from: '2025-01-01', value: '0.0350' }] },
    });
    expect(getDecimal('premium.whk.wga', '2025-06-01', agency).toString()).toBe('0.012');
    expect(getDecimal('premium.whk.zw', '2025-06-01', agency).toString()).toBe('0.035');
  });

  it('a wrong type is a clear InputError naming the parameter, the value and what was expected', () => {
    const e1 = errorOf(() => withOverrides(defaultRules, { parameters: { 'policy.advanceRecoveryWeeks': 'two' } }));
    expect(e1.code).toBe('INVALID_OVERRIDE');
    expect(e1.texts.en).toContain('overrides.parameters.policy.advanceRecoveryWeeks');
    expect(e1.texts.en).toContain('"two"');
    expect(e1.texts.en).toMatch(/whole number/);
    expect(e1.texts.nl).toMatch(/geheel getal/);

    const e2 = errorOf(() => withOverrides(defaultRules, { parameters: { 'policy.advanceRecoveryWeeks': 2.5 } }));
    expect(e2.texts.en).toContain('2.5');

    const e3 = errorOf(() => withOverrides(defaultRules, { parameters: { 'premium.awf.high': 'seven percent' } }));
    expect(e3.texts.en).toMatch(/not a number/);

    const e4 = errorOf(() => withOverrides(defaultRules, { parameters: { 'policy.hoursDeadline': 'Tuesday 13:00' } }));
    expect(e4.texts.en).toMatch(/W\+1 Tue 13:00/);

    const e5 = errorOf(() => withOverrides(defaultRules, { parameters: { 'policy.holidayShift': 'skip' } }));
    expect(e5.texts.en).toContain('previous-working-day');

    const e6 = errorOf(() => withOverrides(defaultRules, { parameters: { 'agencyClause.endsOnSickness': 'yes' } }));
    expect(e6.texts.en).toMatch(/true or false/);

    const e7 = errorOf(() => withOverrides(defaultRules, { parameters: { 'policy.sicknessReportBefore': '9.30' } }));
    expect(e7.texts.en).toMatch(/time of day/);
  });

  it('an unknown name is a clear InputError naming it', () => {
    const e = errorOf(() => withOverrides(defaultRules, { parameters: { 'policy.advanceRecoveryWeek': 3 } }));
    expect(e.code).toBe('INVALID_OVERRIDE');
    expect(e.texts.en).toContain('policy.advanceRecoveryWeek');
    expect(e.texts.en).toMatch(/unknown parameter/);
  });

  it('a malformed dated override (bad from date) is rejected', () => {
    const e = errorOf(() => withOverrides(defaultRules, { parameters: { 'policy.advanceRecoveryWeeks': [{ from: '1-3-2026', value: 4 }] } }));
    expect(e.texts.en).toMatch(/2026-01-01/);
  });
});

describe('phase A length: the 2022 change for new starters and everyone (DOMAIN.md §7)', () => {
  /** min(phase.A.weeks on the date asked, phase.A.weeksByStartDate on the count's start), as documented in phases.ts. */
  const phaseAWeeks = (countStart: string, asOf: string, rules = defaultRules) =>
    Math.min(getInteger('phase.A.weeks', asOf, rules), getInteger('phase.A.weeksByStartDate', countStart, rules));

  it('count started 2021-06-07 (before 2022-01-03): 78 weeks during 2022, 52 from 2023-01-02', () => {
    expect(phaseAWeeks('2021-06-07', '2022-06-01')).toBe(78);
    expect(phaseAWeeks('2021-06-07', '2023-01-01')).toBe(78);
    expect(phaseAWeeks('2021-06-07', '2023-01-02')).toBe(52);
  });

  it('count started 2022-01-03 or later (new starter): 52 weeks at once', () => {
    expect(phaseAWeeks('2022-01-03', '2022-06-01')).toBe(52);
    expect(phaseAWeeks('2022-03-14', '2024-06-01')).toBe(52);
  });

  it('the working agreements\' "78 weeks" is only a documented placement override; by the min() rule it cannot lengthen a count started after 2022-01-03', () => {
    expect(getInteger('phase.A.weeks', '2025-01-01')).toBe(52);
    const legacy = withOverrides(defaultRules, LEGACY_78_WEEKS_OVERRIDE);
    expect(getInteger('phase.A.weeks', '2025-01-01', legacy)).toBe(78);
    expect(explain('phase.A.weeks', '2025-01-01', legacy).layer).toBe('placement');
    expect(explain('phase.A.weeks', '2025-01-01', legacy).source).toMatch(/78 weeks/);
    expect(phaseAWeeks('2021-06-07', '2025-01-01', legacy)).toBe(78);
    expect(phaseAWeeks('2022-03-14', '2025-01-01', legacy)).toBe(52);
  });
});
