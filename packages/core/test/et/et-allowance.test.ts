import { describe, expect, it } from 'vitest';
import { InputError, etAllowance, type EtAllowanceInput } from '@backofficer/core';

/*
 * etAllowance: the ET exchange (CAO art. 20; DOMAIN.md §13; working agreements on proof).
 * Figures: 30 % of the actual wage, exchange factor 0,81, 5 years, minimum wage 2025-07-01:
 * 21+ 14,40, age 19 8,64 (DOMAIN.md §3). Every expected value is worked out in the test.
 */

const HOUSING_OK = { category: 'double-housing', amount: 80, snfCertified: true, homeAbroadProven: true };
const BASE: EtAllowanceInput = {
  date: '2025-07-07',
  firstWorkDay: '2024-03-04',
  writtenAgreement: true,
  foreignHomeAddress: true,
  age: 30,
  hours: 40,
  wage: { timeWage: '640,00' },
  costs: [HOUSING_OK, { category: 'travel-home', amount: 50, proven: true }],
};

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('etAllowance: the minimum wage floor, the 30 % share, the 0,81 factor and the proven costs', () => {
  it('the minimum wage binds: 40 h × 16,00 = 640; floor 40 × 14,40 = 576 → room 64,00 (30 % would allow 192,00)', () => {
    /*
     * proven costs 80 + 50 = 130 → at 0,81 at most 105,30 gross
     * gross = min(640, 192,00, 64,00, 105,30) = 64,00; allowance 64,00 / 0,81 = 79,0123… → 79,01
     * wage after exchange 640 − 64 = 576 = the minimum wage
     */
    const r = etAllowance(BASE);
    expect(r.eligible).toBe(true);
    expect(r.actualWage.toString()).toBe('640');
    expect(r.minimumWage.toString()).toBe('576');
    expect(r.maxByShare.toString()).toBe('192');
    expect(r.maxByMinimumWage.toString()).toBe('64');
    expect(r.grossExchanged.toString()).toBe('64');
    expect(r.allowance.toString()).toBe('79.01');
    expect(r.wageAfterExchange.toString()).toBe('576');
    expect(r.pensionableWage.toString()).toBe('640'); // pension accrues over the exchanged part
    expect(r.allowanceByKind.doubleHousing.toString()).toBe('79.01');
    expect(r.allowanceByKind.other.toString()).toBe('0');
    expect(r.lines[0]!.limitedBy).toEqual(['minimum-wage']);
    expect(codes(r)).toContain('ET_LIMIT_MINIMUM_WAGE');
    expect(r.endsOn).toBe('2029-03-04');
  });

  it('the proven costs bind; travel without receipts does not count', () => {
    /*
     * time wage 40 × 25 = 1.000, surcharges 100 → actual 1.100; floor 576 → room 524; 30 % = 330
     * costs: housing 150 (SNF, home abroad proven) ✓; travel 60 without receipts ✗; living 40 proven ✓ → 190
     * time wage first: at most 190 × 0,81 = 153,90 gross → allowance 153,90 / 0,81 = 190,00
     * surcharges: no cost left → 0
     */
    const r = etAllowance({
      ...BASE,
      wage: { timeWage: 1000, surcharges: 100 },
      costs: [
        { category: 'double-housing', amount: 150, snfCertified: true, homeAbroadProven: true },
        { category: 'reiskosten', amount: 60, proven: false },
        { category: 'living', amount: 40, proven: 'ja' },
      ],
    });
    expect(r.maxGross.toString()).toBe('330');
    expect(r.proven.doubleHousing.toString()).toBe('150');
    expect(r.proven.other.toString()).toBe('40');
    expect(r.costs[1]!.accepted).toBe(false);
    expect(r.costs[1]!.reason?.en).toContain('receipts');
    expect(r.grossExchanged.toString()).toBe('153.9');
    expect(r.allowance.toString()).toBe('190');
    expect(r.lines.find((l) => l.component === 'surcharges')!.limitedBy).toEqual(['costs']);
    expect(r.allowanceByKind.doubleHousing.toString()).toBe('150');
    expect(r.allowanceByKind.other.toString()).toBe('40');
    expect(codes(r)).toEqual(expect.arrayContaining(['ET_PROOF_MISSING', 'ET_LIMIT_COSTS']));
  });

  it('a request above 30 % is cut with a warning: 400 asked, 30 % × 1.000 = 300 exchanged, 300 / 0,81 = 370,37', () => {
    const r = etAllowance({
      ...BASE,
      wage: { timeWage: 1000 },
      request: { timeWage: 400 },
      costs: [{ category: 'double-housing', amount: 500, snfCertified: true, homeAbroadProven: true }],
    });
    // room above the floor 1.000 − 576 = 424; by cost 500 × 0,81 = 405; share 300 binds
    expect(r.grossExchanged.toString()).toBe('300');
    expect(r.allowance.toString()).toBe('370.37'); // 300 / 0,81 = 370,370…
    expect(r.lines[0]!.notExchanged.toString()).toBe('100');
    expect(r.lines[0]!.limitedBy).toEqual(['share']);
    const share = r.findings.find((f) => f.code === 'ET_LIMIT_SHARE');
    expect(share?.severity).toBe('warning');
    expect(codes(r)).toContain('ET_REQUEST_REDUCED');
  });

  it('surcharges are exchanged 1:1; the share limit rounds down to cents', () => {
    /*
     * time wage 600,00 + surcharges 200,05 = 800,05; 30 % = 240,015 → 240,01 (down: a limit);
     * floor 576 → room 224,05; request surcharges 150 only → 150 gross, allowance 150 (1:1)
     */
    const r = etAllowance({
      ...BASE,
      wage: { timeWage: '600,00', surcharges: '200,05' },
      request: { surcharges: 150 },
      costs: [{ category: 'double-housing', amount: 1000, snfCertified: true, homeAbroadProven: true }],
    });
    expect(r.maxByShare.toString()).toBe('240.01');
    expect(r.maxByMinimumWage.toString()).toBe('224.05');
    const s = r.lines.find((l) => l.component === 'surcharges')!;
    expect(s.factor.toString()).toBe('1');
    expect(s.gross.toString()).toBe('150');
    expect(s.allowance.toString()).toBe('150');
    expect(r.lines[0]!.gross.toString()).toBe('0');
  });

  it('the minimum wage follows the age: 19 on 2025-07-07 → 8,64 × 40 = 345,60; room 500 − 345,60 = 154,40; 30 % = 150 binds', () => {
    const r = etAllowance({ ...BASE, age: 19, wage: { timeWage: 500 }, costs: [{ category: 'double-housing', amount: 400, snfCertified: true, homeAbroadProven: true }] });
    expect(r.minimumWage.toString()).toBe('345.6');
    expect(r.maxGross.toString()).toBe('150');
    expect(r.allowance.toString()).toBe('185.19'); // 150 / 0,81 = 185,185…
  });

  it('without an age the 21+ minimum wage is used and said', () => {
    const { age: _a, ...noAge } = BASE;
    const r = etAllowance(noAge);
    expect(r.minimumWage.toString()).toBe('576');
    expect(codes(r)).toContain('ET_AGE_ASSUMED');
  });
});

describe('etAllowance: proof, eligibility and the 5-year limit', () => {
  it('double housing needs SNF-certified Dutch housing AND proof of the home abroad', () => {
    const r = etAllowance({ ...BASE, costs: [{ category: 'double-housing', amount: 80, snfCertified: false, homeAbroadProven: false }] });
    expect(r.costs[0]!.accepted).toBe(false);
    expect(r.costs[0]!.reason?.en).toContain('SNF');
    expect(r.costs[0]!.reason?.en).toContain('home country');
    expect(r.allowance.toString()).toBe('0');
    expect(codes(r)).toContain('ET_PROOF_MISSING');
  });

  it('5 years from the first working day: from 2020-07-06 the scheme ends on 2025-07-06; on 2025-07-07 nothing may be exchanged', () => {
    const r = etAllowance({ ...BASE, firstWorkDay: '2020-07-06' });
    expect(r.endsOn).toBe('2025-07-06');
    expect(r.eligible).toBe(false);
    expect(r.grossExchanged.toString()).toBe('0');
    expect(r.findings.find((f) => f.code === 'ET_MAX_YEARS_PASSED')?.severity).toBe('error');
    // the day before the end it still applies
    expect(etAllowance({ ...BASE, firstWorkDay: '2020-07-08' }).eligible).toBe(true);
  });

  it('not agreed in writing in advance, or no home address abroad: nothing may be exchanged', () => {
    expect(codes(etAllowance({ ...BASE, writtenAgreement: 'nee' }))).toContain('ET_NOT_IN_WRITING');
    expect(etAllowance({ ...BASE, writtenAgreement: false }).allowance.toString()).toBe('0');
    expect(codes(etAllowance({ ...BASE, foreignHomeAddress: false }))).toContain('ET_NO_FOREIGN_ADDRESS');
  });
});

describe('etAllowance: reversal when proof turns out missing', () => {
  it('paid 150 housing + 100 other for 202,50 gross; travel 60 lacks receipts → reverse 60; 202,50 × 60 / 250 = 48,60 becomes taxable again', () => {
    const r = etAllowance({
      ...BASE,
      wage: { timeWage: 1000 },
      costs: [
        { category: 'double-housing', amount: 150, snfCertified: true, homeAbroadProven: true },
        { category: 'travel-home', amount: 60, proven: false },
        { category: 'living', amount: 40, proven: true },
      ],
      paid: { doubleHousing: 150, other: 100, grossExchanged: '202,50' },
    });
    expect(r.reversal?.doubleHousing.toString()).toBe('0');
    expect(r.reversal?.other.toString()).toBe('60');
    expect(r.reversal?.allowance.toString()).toBe('60');
    expect(r.reversal?.grossToRestore.toString()).toBe('48.6');
    expect(r.findings.find((f) => f.code === 'ET_REVERSAL')?.severity).toBe('error');
  });

  it('after the 5 years everything paid is reversed', () => {
    const r = etAllowance({ ...BASE, firstWorkDay: '2020-01-06', paid: { doubleHousing: 79.01, grossExchanged: 64 } });
    expect(r.reversal?.allowance.toString()).toBe('79.01');
    expect(r.reversal?.grossToRestore.toString()).toBe('64');
  });

  it('with all proof in place nothing is reversed', () => {
    const r = etAllowance({ ...BASE, paid: { doubleHousing: 79.01, grossExchanged: 64 } });
    expect(r.reversal?.allowance.toString()).toBe('0');
    expect(codes(r)).not.toContain('ET_REVERSAL');
  });
});

describe('etAllowance: input errors in the clerk\'s words', () => {
  it('names the field', () => {
    expect(() => etAllowance({ ...BASE, wage: {} as never })).toThrowError(/tijdloon|time wage/);
    expect(() => etAllowance({ ...BASE, costs: [{ category: 'beer', amount: 5 }] })).toThrowError(/soort kosten|kind of cost/);
    expect(() => etAllowance({ ...BASE, firstWorkDay: '2026-01-01' })).toThrowError(InputError);
  });
});
