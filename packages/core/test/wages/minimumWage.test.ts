import { describe, expect, it } from 'vitest';
import { Decimal, InputError, NoRuleError, defaultRules, minimumWage, minimumWageTable, rulesForCao, withOverrides } from '@backofficer/core';

/*
 * DOMAIN.md §3, copied verbatim: statutory hourly minimum wage (Wet invoering minimumuurloon,
 * BWBR0048501), gross, excluding holiday allowance, as published per half-year.
 */
const PUBLISHED = `
| Age | % | 2024-01-01 | 2024-07-01 | 2025-01-01 | 2025-07-01 | 2026-01-01 |
|---|---|---|---|---|---|---|
| 21+ | 100 | 13,27 | 13,68 | 14,06 | 14,40 | 14,71 |
| 20 | 80 | 10,62 | 10,94 | 11,25 | 11,52 | 11,77 |
| 19 | 60 | 7,96 | 8,21 | 8,44 | 8,64 | 8,83 |
| 18 | 50 | 6,64 | 6,84 | 7,03 | 7,20 | 7,36 |
| 17 | 39,5 | 5,24 | 5,40 | 5,55 | 5,69 | 5,81 |
| 16 | 34,5 | 4,58 | 4,72 | 4,85 | 4,97 | 5,07 |
| 15 | 30 | 3,98 | 4,10 | 4,22 | 4,32 | 4,41 |
`;

/** Dutch "13,27" → Decimal 13.27. */
const nl = (text: string) => new Decimal(text.replace(',', '.'));

function parsePublished() {
  const lines = PUBLISHED.trim().split('\n').map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  const periods = lines[0]!.slice(2);
  const rows = lines.slice(2).map((cells) => ({
    age: cells[0] === '21+' ? 21 : Number(cells[0]),
    percent: nl(cells[1]!),
    amounts: cells.slice(2).map(nl),
  }));
  return { periods, rows };
}

const { periods, rows } = parsePublished();

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('minimumWage: the published WML hourly table (DOMAIN.md §3, Wet invoering minimumuurloon)', () => {
  it('the table in this test has 7 ages × 5 half-years', () => {
    expect(periods).toEqual(['2024-01-01', '2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01']);
    expect(rows.map((r) => r.age)).toEqual([21, 20, 19, 18, 17, 16, 15]);
    expect(rows.every((r) => r.amounts.length === 5)).toBe(true);
  });

  for (const row of rows) {
    periods.forEach((from, i) => {
      const expected = row.amounts[i]!;
      it(`WML age ${row.age === 21 ? '21+' : row.age} from ${from} is € ${expected.toFixed(2)} (on the first day, mid-period and the last day)`, () => {
        const last = i + 1 < periods.length ? dayBefore(periods[i + 1]!) : '2026-06-30';
        const mid = from.endsWith('-01-01') ? from.replace('-01-01', '-03-15') : from.replace('-07-01', '-09-15');
        for (const day of [from, mid, last]) {
          const got = minimumWage(day, row.age);
          expect(got.equals(expected), `${day} age ${row.age}: got ${got.toString()}`).toBe(true);
        }
      });
    });
  }

  it('WML: an age above 21 and an omitted age both give the 21+ amount', () => {
    expect(minimumWage('2025-03-01').toString()).toBe('14.06');
    expect(minimumWage('2025-03-01', 21).toString()).toBe('14.06');
    expect(minimumWage('2025-03-01', 67).toString()).toBe('14.06');
    expect(minimumWage('2025-03-01', null).toString()).toBe('14.06');
  });

  it('WML: the age may be given as digits text; dates as Dutch text or luxon/JS dates', () => {
    expect(minimumWage('1-3-2026', '20').toString()).toBe('11.77');
    expect(minimumWage(new Date('2026-03-01T12:00:00Z'), 19).toString()).toBe('8.83');
  });

  it('WML youth percentages of DOMAIN.md §3 are in the table for display (not used to compute amounts)', () => {
    const table = minimumWageTable('2024-03-01');
    for (const row of rows) {
      const got = table.rows.find((r) => r.age === row.age)!;
      // DOMAIN gives whole or half percents ("39,5"); the table stores fractions (0.395).
      expect(got.percentage.times(100).equals(row.percent), `age ${row.age}`).toBe(true);
    }
  });

  it('WML 2026-07-01 not published (DOMAIN.md §3 [?]): the 2026-01-01 amount stays in force and is flagged unconfirmed', () => {
    expect(minimumWage('2026-07-01').toString()).toBe('14.71');
    expect(minimumWage('2026-12-31', 15).toString()).toBe('4.41');
    const table = minimumWageTable('2026-08-01');
    expect(table.unconfirmed).toBe(true);
    expect(table.rows.every((r) => r.unconfirmed && r.from === '2026-07-01' && /not published/i.test(r.source))).toBe(true);
    expect(minimumWageTable('2026-06-30').unconfirmed).toBe(false);
  });

  it('minimumWageTable lists every age 21+ … 15 with the source of each amount (SZW besluit 2023-0000526966 for 2024-01)', () => {
    const table = minimumWageTable('2024-01-01');
    expect(table.date).toBe('2024-01-01');
    expect(table.rows.map((r) => r.ageLabel)).toEqual(['21+', '20', '19', '18', '17', '16', '15']);
    expect(table.rows.map((r) => r.hourly.toFixed(2))).toEqual(['13.27', '10.62', '7.96', '6.64', '5.24', '4.58', '3.98']);
    expect(table.rows.every((r) => r.source.includes('SZW besluit 2023-0000526966'))).toBe(true);
    expect(table.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.bbl).toEqual([]);
  });

  it('WML BBL scale 18–20 (DOMAIN.md §3, grootheddeaccountants.nl): 2026-01 9,05 / 7,72 / 6,69; other ages unchanged', () => {
    expect(minimumWage('2026-02-01', 20, { bbl: true }).toString()).toBe('9.05');
    expect(minimumWage('2026-02-01', 19, { bbl: true }).toString()).toBe('7.72');
    expect(minimumWage('2026-02-01', 18, { bbl: true }).toString()).toBe('6.69');
    // BBL only lowers 18–20; 17 and 21+ keep the regular amount.
    expect(minimumWage('2026-02-01', 17, { bbl: true }).toString()).toBe('5.81');
    expect(minimumWage('2026-02-01', 22, { bbl: true }).toString()).toBe('14.71');
    const table = minimumWageTable('2026-02-01');
    expect(table.bbl.map((r) => [r.ageLabel, r.hourly.toFixed(2)])).toEqual([
      ['20', '9.05'],
      ['19', '7.72'],
      ['18', '6.69'],
    ]);
    expect(table.bbl.every((r) => r.scale === 'bbl' && r.source.includes('grootheddeaccountants.nl'))).toBe(true);
  });

  it('WML BBL before 2026-01-01 has no amount in the tables: NoRuleError, not a guess', () => {
    expect(() => minimumWage('2025-06-01', 20, { bbl: true })).toThrowError(NoRuleError);
    try {
      minimumWage('2025-06-01', 20, { bbl: true });
    } catch (e) {
      expect((e as NoRuleError).message).toContain('minimumWage.hourly.bbl.20');
      expect((e as NoRuleError).message).toContain('2026-01-01');
    }
  });

  it('WML: an age under 15 or not a whole number is an InputError naming `age`', () => {
    for (const bad of [14, 0, -1, 20.5, Number.NaN, Number.POSITIVE_INFINITY, 'twenty', '']) {
      let error: unknown;
      try {
        minimumWage('2025-01-01', bad as number);
      } catch (e) {
        error = e;
      }
      expect(error, `age ${String(bad)}`).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe('age');
      expect((error as InputError).code).toBe('INVALID_AGE');
      expect((error as InputError).texts.en).toMatch(/^age: /);
    }
    try {
      minimumWage('2025-01-01', 14);
    } catch (e) {
      expect((e as InputError).texts.en).toContain('14');
      expect((e as InputError).texts.en).toContain('15');
    }
  });

  it('WML: a date before 2024-01-01 (the hourly minimum starts then) is a NoRuleError that names the date and the first date', () => {
    let error: unknown;
    try {
      minimumWage('2023-12-31', 20);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoRuleError);
    expect((error as NoRuleError).code).toBe('NO_RULE_FOR_DATE');
    expect((error as NoRuleError).message).toContain('2023-12-31');
    expect((error as NoRuleError).message).toContain('2024-01-01');
    expect((error as NoRuleError).message).toContain('minimumWage.hourly.20');
    expect(() => minimumWageTable('2023-06-01')).toThrowError(NoRuleError);
  });

  it('WML: a bad date is an InputError naming the date field', () => {
    expect(() => minimumWage('2025-02-30')).toThrowError(InputError);
    expect(() => minimumWage('next week')).toThrowError(/date/);
  });

  it('WML is law: the same under the ABU and NBBU rule sets, and a rule set with an agency override is used', () => {
    expect(minimumWage('2025-09-01', 18, { rules: rulesForCao('NBBU') }).toString()).toBe('7.2');
    const agency = withOverrides(defaultRules, { parameters: { 'minimumWage.hourly.21': [{ from: '2026-07-01', value: '15.00', source: 'test: published 2026-07 amount' }] } });
    expect(minimumWage('2026-07-02', undefined, { rules: agency }).toString()).toBe('15');
    expect(minimumWage('2026-06-30', undefined, { rules: agency }).toString()).toBe('14.71');
  });
});
