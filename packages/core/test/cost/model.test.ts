import { describe, expect, it } from 'vitest';
import { Decimal, hourlyCost, hourlyCostModel, type HourlyCostModelInput } from '@backofficer/core';

/*
 * hourlyCostModel: the per-(period, parameters) precomputation for hot paths (margin forecast:
 * 2,000 placements × 52 weeks). Its results must equal hourlyCost exactly.
 */

const INPUT: HourlyCostModelInput = {
  date: '2025-03-03',
  contract: 'agency-clause',
  employerSize: 'large',
  whk: '6,55%',
  pension: 'basis',
  age: 30,
};

describe('hourlyCostModel: one model per period, equal to hourlyCost', () => {
  it('is valid from 2025-01-01 until 2025-07-01 (the minimum wage checked against changes on 1 July) and reused inside that period', () => {
    const m = hourlyCostModel(INPUT);
    expect(m.validFrom).toBe('2025-01-01');
    expect(m.validUntil).toBe('2025-07-01');
    expect(m.on('2025-06-30')).toBe(m);
    const july = m.on('2025-07-01');
    expect(july).not.toBe(m);
    expect(july.validFrom).toBe('2025-07-01');
    expect(july.validUntil).toBe('2026-01-01');
    expect(hourlyCostModel(INPUT)).toBe(m); // cached per rule set and input
  });

  it('cost(wage) equals hourlyCost(...).total exactly, for wages below, inside and above the caps', () => {
    const m = hourlyCostModel(INPUT);
    for (const wage of ['7.20', '8.00', '14.06', '15', '22.50', '31.27', '40', '55.55']) {
      const full = hourlyCost({ ...INPUT, wage, date: '2025-05-12' });
      expect(m.cost(wage).equals(full.total), wage).toBe(true);
      expect(m.factor(wage).equals(full.factor), wage).toBe(true);
      expect(m.breakdown(wage).total.equals(full.total), wage).toBe(true);
    }
  });

  it('hand check of the linear form for 2025 (domain-costs.md §3.7(c) inputs)', () => {
    /*
     * P = 1,1458; s = P × 1,0833 = 1,24124514
     * slope = s × (1 + 0,2894 premiums + 0,08 pension) = 1,24124514 × 1,3694 = 1,699761094716
     * intercept = −0,08 × 8,90 × 1,1458 = −0,8158096
     * cost(15) = 15 × 1,699761094716 − 0,8158096 = 25,49641642074 − 0,8158096 = 24,68060682074 ✓ (first example)
     * linear from 8,90 / 1,0833 = 8,2156… (pension base > 0) up to min(cap 41,4104… / s = 33,3620…, 40,53 / 1,0833 = 37,4130…)
     */
    const m = hourlyCostModel(INPUT);
    expect(m.linear.slope.equals(new Decimal('1.699761094716'))).toBe(true);
    expect(m.linear.intercept.equals(new Decimal('-0.8158096'))).toBe(true);
    expect(m.linear.fromWage.toFixed(4)).toBe('8.2156');
    expect(m.linear.toWage.toFixed(4)).toBe('33.3620');
    for (const wage of ['8.50', '15', '22.50', '33.36']) {
      expect(m.linear.intercept.plus(m.linear.slope.mul(wage)).equals(m.cost(wage)), wage).toBe(true);
    }
    // above the cap the linear form overstates the cost
    expect(m.linear.intercept.plus(m.linear.slope.mul(40)).gt(m.cost(40))).toBe(true);
    expect(m.premiumRate.toString()).toBe('0.2894');
    expect(m.paidHoursPerWorkedHour.toString()).toBe('1.1458');
  });

  it('a birth date ends the period on the birthday (pension entry age 18, AWf youth rule)', () => {
    const { age: _a, ...noAge } = INPUT;
    const m = hourlyCostModel({ ...noAge, birthDate: '2007-04-15' });
    expect(m.validUntil).toBe('2025-04-15');
    expect(m.pension).toBeNull();
    const adult = m.on('2025-04-15');
    expect(adult.pension?.employerRate.toString()).toBe('0.08');
  });

  it('2,000 placements × 52 weeks: one model per placement, reused week by week, equals the full calculation', () => {
    const base = hourlyCostModel({ ...INPUT, date: '2025-01-06' });
    let total = new Decimal(0);
    const wages = Array.from({ length: 2000 }, (_, i) => new Decimal(15).plus(new Decimal(i % 40).div(4)));
    for (const wage of wages) {
      let model = base;
      for (let week = 0; week < 52; week++) {
        const day = new Date(Date.UTC(2025, 0, 6 + week * 7)).toISOString().slice(0, 10);
        model = model.on(day);
        total = total.plus(model.cost(wage));
      }
    }
    // spot check: one placement-week against hourlyCost
    const check = hourlyCost({ ...INPUT, wage: wages[7]!, date: '2025-09-01' });
    expect(base.on('2025-09-01').cost(wages[7]!).equals(check.total)).toBe(true);
    expect(total.gt(0)).toBe(true);
  });
});

describe('hourlyCostModel: the linear form equals cost() exactly (property test)', () => {
  it('for random inputs (year, contract, employer size, Whk, pension, agency choices) and wages in cents inside the linear range', async () => {
    const fc = await import('fast-check');
    const configs = fc.record({
      date: fc.constantFrom('2024-02-05', '2024-09-02', '2025-03-03', '2025-10-06', '2026-04-13', '2026-11-02'),
      contract: fc.constantFrom('agency-clause', 'fixed-term', 'open-ended'),
      employerSize: fc.constantFrom('small', 'large'),
      whkBasisPoints: fc.integer({ min: 0, max: 900 }),
      pension: fc.constantFrom('basis', 'plus', 'none'),
      sicknessBp: fc.integer({ min: 0, max: 500 }),
      adminCents: fc.integer({ min: 0, max: 200 }),
      hirerDays: fc.option(fc.integer({ min: 20, max: 35 }), { nil: undefined }),
      hirerHaBp: fc.option(fc.integer({ min: 800, max: 1000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(configs, fc.integer({ min: 0, max: 1_000_000 }), (c, pick) => {
        const input: HourlyCostModelInput = {
          date: c.date,
          contract: c.contract,
          employerSize: c.employerSize,
          whk: new Decimal(c.whkBasisPoints).div(10_000),
          pension: c.pension,
          age: 35,
          agency: { sicknessRisk: new Decimal(c.sicknessBp).div(10_000), administrationPerHour: new Decimal(c.adminCents).div(100) },
          hirerPackage: {
            ...(c.hirerDays !== undefined ? { vacationDays: c.hirerDays } : {}),
            ...(c.hirerHaBp !== undefined ? { holidayAllowancePercent: new Decimal(c.hirerHaBp).div(10_000) } : {}),
          },
        };
        const m = hourlyCostModel(input);
        const { fromWage, toWage, slope, intercept } = m.linear;
        const lo = Math.max(1, fromWage.mul(100).ceil().toNumber());
        const hi = toWage.mul(100).floor().toNumber();
        if (hi < lo) return true;
        const wage = new Decimal(lo + (pick % (hi - lo + 1))).div(100);
        const linear = intercept.plus(slope.mul(wage));
        return linear.equals(m.cost(wage)) && m.cost(wage).equals(hourlyCost({ ...input, wage }).total);
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });
});
