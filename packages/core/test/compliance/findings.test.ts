import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_FINDING_CATALOGUE, countBySeverity, defineFindings, finding, findingText, formatFinding, hasErrors, ruleOf, sortFindings,
  worstSeverity, type Finding,
} from '@backofficer/core';

/* The shared Finding type and helpers (DESIGN.md "Findings, not exceptions"; issue 5). */

const SPECS = defineFindings('test', {
  TEST_ERROR: { severity: 'error', meaning: { nl: 'fout', en: 'error' }, source: 'test' },
  TEST_WARNING: { severity: 'warning', meaning: { nl: 'let op', en: 'warning' }, source: 'test' },
  TEST_INFO: { severity: 'info', meaning: { nl: 'info', en: 'info' }, source: 'test' },
});

describe('finding(): both languages, masked personal data (DOMAIN.md §17)', () => {
  it('a BSN or IBAN written into a message is masked in both languages', () => {
    const f = finding(SPECS.TEST_ERROR, { nl: 'BSN 123456782 en IBAN NL91ABNA0417164300', en: 'BSN 123456782 and IBAN NL91ABNA0417164300' });
    expect(f.message.nl).toBe('BSN ******782 en IBAN NL************4300');
    expect(f.message.en).not.toContain('123456782');
    expect(f).toMatchObject({ code: 'TEST_ERROR', severity: 'error' });
  });

  it('empty ref fields are dropped; the severity can be overridden; the rule comes from the tables', () => {
    const f = finding(SPECS.TEST_WARNING, { nl: 'x', en: 'x' }, { ref: { row: 3, field: undefined, workerId: '' }, severity: 'error', rule: ruleOf('policy.advanceRecoveryWeeks', '2026-03-02') });
    expect(f.ref).toEqual({ row: 3 });
    expect(f.severity).toBe('error');
    expect(f.rule).toEqual({ parameter: 'policy.advanceRecoveryWeeks', source: 'Back-office working agreements (DOMAIN.md §2)' });
    expect(ruleOf('deduction.healthInsurance.maxPerMonth', '2025-06-01').unconfirmed).toBe(true);
  });
});

describe('helpers', () => {
  const list: Finding[] = [
    finding(SPECS.TEST_INFO, { nl: 'c', en: 'c' }, { ref: { row: 1 } }),
    finding(SPECS.TEST_ERROR, { nl: 'b', en: 'b' }, { ref: { row: 9 } }),
    finding(SPECS.TEST_WARNING, { nl: 'a', en: 'a' }),
    finding(SPECS.TEST_ERROR, { nl: 'd', en: 'd' }, { ref: { row: 2, sheet: 'Uren', field: 'uren' } }),
  ];

  it('sortFindings: errors, warnings, info; within one by row', () => {
    expect(sortFindings(list).map((f) => f.message.en)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('worstSeverity, hasErrors, countBySeverity', () => {
    expect(worstSeverity(list)).toBe('error');
    expect(worstSeverity([])).toBeUndefined();
    expect(hasErrors(list.slice(2, 3))).toBe(false);
    expect(countBySeverity(list)).toEqual({ error: 2, warning: 1, info: 1 });
  });

  it('findingText and formatFinding in both languages', () => {
    expect(findingText(list[3]!, 'nl')).toBe('d');
    expect(formatFinding(list[3]!, 'nl')).toBe('FOUT TEST_ERROR (Uren, rij 2, veld uren): d');
    expect(formatFinding(list[2]!, 'en')).toBe('WARNING TEST_WARNING: a');
  });
});

describe('catalogue: every code once, documented in docs/findings.md', () => {
  it('codes are unique, UPPER_SNAKE, with a meaning in both languages and a source', () => {
    const seen = new Set<string>();
    for (const spec of COMPLIANCE_FINDING_CATALOGUE) {
      expect(seen.has(spec.code), spec.code).toBe(false);
      seen.add(spec.code);
      expect(spec.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(spec.meaning.nl.length * spec.meaning.en.length * spec.source.length, spec.code).toBeGreaterThan(0);
    }
  });

  it('docs/findings.md lists every code with its area and severity', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../../docs/findings.md', import.meta.url)), 'utf8');
    const missing = COMPLIANCE_FINDING_CATALOGUE.filter((s) => !new RegExp(`\\|\\s*${s.area}\\s*\\|\\s*\`${s.code}\`\\s*\\|\\s*${s.severity}\\s*\\|`).test(doc));
    expect(missing.map((s) => s.code)).toEqual([]);
  });
});
