import { describe, expect, it } from 'vitest';
import { InputError, NoRuleError, getBoolean, getDecimal, getInteger, getParameter, getString } from '@backofficer/core';

/* Issue 3 §3: "a date before the first value, or an unknown name, is an error that names both". */

function noRule(fn: () => unknown): NoRuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof NoRuleError) return e;
    throw e;
  }
  throw new Error('expected a NoRuleError');
}

describe('getParameter errors name the parameter and the date', () => {
  it('a date before the first value (WML hourly minimum starts 2024-01-01): NoRuleError naming the parameter, the date and the first date', () => {
    const e = noRule(() => getParameter('minimumWage.hourly.21', '2023-12-31'));
    expect(e.code).toBe('NO_RULE_FOR_DATE');
    expect(e.field).toBe('minimumWage.hourly.21');
    for (const text of [e.texts.en, e.texts.nl]) {
      expect(text).toContain('minimumWage.hourly.21');
      expect(text).toContain('2023-12-31');
      expect(text).toContain('2024-01-01');
    }
  });

  it('a date before the first policy value (working agreements from 2019-12-30)', () => {
    const e = noRule(() => getParameter('policy.hoursDeadline', '2019-12-29'));
    expect(e.texts.en).toContain('policy.hoursDeadline');
    expect(e.texts.en).toContain('2019-12-29');
  });

  it('an unknown name: NoRuleError naming the name and the date asked for', () => {
    const e = noRule(() => getParameter('policy.noSuchRule', '2025-01-01'));
    expect(e.code).toBe('UNKNOWN_PARAMETER');
    for (const text of [e.texts.en, e.texts.nl]) {
      expect(text).toContain('policy.noSuchRule');
      expect(text).toContain('2025-01-01');
    }
  });

  it('a bad date is an InputError, not a NoRuleError', () => {
    expect(() => getParameter('minimumWage.hourly.21', '2025-13-01')).toThrowError(InputError);
  });

  it('typed getters return the catalog kind and refuse another', () => {
    expect(getDecimal('premium.awf.high', '2025-01-01').toString()).toBe('0.0774');
    expect(getInteger('atw.maxShiftHours', '2025-01-01')).toBe(12);
    expect(getString('policy.sicknessReportBefore', '2025-01-01')).toBe('09:30');
    expect(getBoolean('agencyClause.endsOnSickness', '2023-06-30')).toBe(true);
    expect(getBoolean('agencyClause.endsOnSickness', '2023-07-01')).toBe(false);
    expect(() => getInteger('premium.awf.high', '2025-01-01')).toThrowError(InputError);
  });
});
