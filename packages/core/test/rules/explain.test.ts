import { describe, expect, it } from 'vitest';
import { CAOS, explain, rulesForCao } from '@backofficer/core';

/*
 * explain() shows where a number comes from: value, layer, table, source and whether DOMAIN.md
 * marks it unconfirmed [?] (issue 3 §3: "ship it with unconfirmed: true, say so in explain").
 */

describe('explain: value, layer, source and unconfirmed flag', () => {
  it('WML 21+ on 2026-08-01: 14,71 from the law table, unconfirmed because 2026-07-01 is not published (DOMAIN.md §3 [?])', () => {
    const e = explain('minimumWage.hourly.21', '2026-08-01');
    expect(e.value.toString()).toBe('14.71');
    expect(e.layer).toBe('law');
    expect(e.table).toBe('law-nl');
    expect(e.from).toBe('2026-07-01');
    expect(e.unconfirmed).toBe(true);
    expect(e.source).toMatch(/not published/i);
    expect(e.note).toMatch(/2026-01-01 amount stays in force/);
    expect(e.unit).toBe('EUR/hour');
    expect(e.description).toMatch(/21 and over/);
  });

  it('WML 21+ on 2025-03-01: confirmed, source SZW besluit 2024-0000675332', () => {
    const e = explain('minimumWage.hourly.21', '2025-03-01');
    expect(e.value.toString()).toBe('14.06');
    expect(e.unconfirmed).toBe(false);
    expect(e.source).toContain('SZW besluit 2024-0000675332');
  });

  it('holiday allowance (DOMAIN.md §6): CAO 8,33 % confirmed in 2025 (abunbbu.nl art. 18); 2026 fallback 8 % unconfirmed', () => {
    const y2025 = explain('holidayAllowance.rate', '2025-06-01');
    expect([y2025.value.toString(), y2025.layer, y2025.unconfirmed]).toEqual(['0.0833', 'cao', false]);
    expect(y2025.source).toBe('abunbbu.nl art. 18');
    const y2026 = explain('holidayAllowance.rate', '2026-06-01');
    expect([y2026.value.toString(), y2026.layer, y2026.unconfirmed]).toEqual(['0.08', 'cao', true]);
    expect(y2026.note).toMatch(/not confirmed/);
  });

  it('Wko added to Aof (DOMAIN.md §4 [?]) is reported unconfirmed, for the rate and for the "added" flag', () => {
    for (const name of ['premium.wko', 'premium.wko.addedToAof']) {
      const e = explain(name, '2025-02-01');
      expect(e.unconfirmed, name).toBe(true);
      expect(e.layer).toBe('law');
    }
    expect(explain('premium.wko', '2025-02-01').value.toString()).toBe('0.005');
  });

  it('reservations 2024–2026 (DOMAIN.md §6 [D], not ABU figures [?]) are unconfirmed; short leave 0,60 % is confirmed', () => {
    for (const cao of CAOS) {
      const rules = rulesForCao(cao);
      for (const [date, vacation, holidays] of [
        ['2024-05-01', '0.1082', '0.026'],
        ['2025-05-01', '0.1092', '0.0306'],
        ['2026-05-01', '0.1087', '0.0261'],
      ] as const) {
        const v = explain('reservation.vacation', date, rules);
        const h = explain('reservation.publicHolidays', date, rules);
        expect([v.value.toString(), v.unconfirmed, v.layer]).toEqual([vacation, true, 'cao']);
        expect([h.value.toString(), h.unconfirmed]).toEqual([holidays, true]);
        expect(v.table).toBe(cao === 'ABU' ? 'cao-abu' : 'cao-nbbu');
      }
      expect(explain('reservation.shortLeave', '2025-05-01', rules).unconfirmed).toBe(false);
    }
  });

  it('week start for the Working Hours Act is Monday, unconfirmed (DOMAIN.md §9 [?])', () => {
    const e = explain('atw.weekStart', '2025-01-01');
    expect([e.value, e.unconfirmed, e.layer]).toEqual([1, true, 'law']);
  });

  it('Whk sector 52: 2024 figures are information only and confirmed; the repeats from 2025 are unconfirmed (DOMAIN.md §4)', () => {
    const y2024 = explain('premium.whk.sector52.zw', '2024-06-01');
    expect([y2024.value.toString(), y2024.unconfirmed, y2024.source]).toEqual(['0.0413', false, 'jenz.nl']);
    expect(y2024.description).toMatch(/INFORMATION ONLY/);
    expect(explain('premium.whk.sector52.wga', '2025-06-01').unconfirmed).toBe(true);
    expect(explain('premium.whk.sector52.wga', '2026-06-01').unconfirmed).toBe(true);
  });

  it('health-insurance deduction cap: 2024 149,33 per month confirmed (taxlive.nl); 2025 and 2026 unconfirmed (DOMAIN.md §10 [?])', () => {
    expect(explain('deduction.healthInsurance.maxPerMonth', '2024-03-01').unconfirmed).toBe(false);
    expect(explain('deduction.healthInsurance.maxPerMonth', '2025-03-01').unconfirmed).toBe(true);
    expect(explain('deduction.healthInsurance.maxPerMonth', '2026-03-01').unconfirmed).toBe(true);
  });

  it('every value stored as unconfirmed is reported unconfirmed by explain on its first day, under both CAOs', () => {
    let count = 0;
    for (const cao of CAOS) {
      const rules = rulesForCao(cao);
      for (const table of rules.tables) {
        for (const [name, values] of Object.entries(table.parameters)) {
          for (const v of values) {
            const e = explain(name, v.from, rules);
            // The value on its first day comes from this table (no higher layer in shipped rules overrides it).
            if (e.table !== table.id) continue;
            expect(e.unconfirmed, `${name} from ${v.from}`).toBe(v.unconfirmed === true);
            expect(e.source).toBe(v.source);
            if (v.unconfirmed) count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThan(20);
  });
});
