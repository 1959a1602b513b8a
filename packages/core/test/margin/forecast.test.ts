import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { Decimal } from '../../src/money/index.js';
import { forecastCell, marginForecast, type MarginForecastInput } from '../../src/margin/index.js';
import { parseForecastPlacement, _fastPlacementForTests } from '../../src/margin/forecast-input.js';

/*
 * A forecast worked by hand: weeks 2025-W51, 2025-W52, 2026-W01, 2026-W02. A week is read on its
 * Thursday (18-12-2025, 25-12-2025, 01-01-2026, 08-01-2026), so 2026-W01 already has the 2026
 * figures. Cost choices: ABU, large employer, Whk 6,55 %, StiPP Basis (one scheme in 2026), age 30.
 *
 * Loaded cost per hour (cost/, hourlyCost), at wage W:
 *   2025: P = 1 + 10,92 % + 3,06 % + 0,60 % = 1,1458; SV = W × P × 1,0833;
 *         premiums AWf high 7,74 + Aof 7,64 + Wko 0,50 + Whk 6,55 + Zvw 6,51 = 28,94 %;
 *         pension 8 % × (SV − 8,90 × P)
 *   2026: P = 1 + 10,87 % + 2,61 % + 0,60 % = 1,1408; SV = W × P × 1,08;
 *         premiums 7,74 + 7,63 + 0,50 + 6,55 + 6,10 = 28,52 % (AWf low 2,74 %: 23,52 %);
 *         pension 15,9 % × (SV − 9,24 × P)
 * W = 15,00:
 *   2025: SV = 17,187 × 1,0833 = 18,6186771; premiums 5,38824515274; pension 8 % × 8,4210571 = 0,673684568 → 24,68060682074
 *   2026: SV = 17,112 × 1,08 = 18,48096; premiums 5,270769792; pension 15,9 % × 7,939968 = 1,262454912 → 25,014184704
 *   2026 phase C (open-ended, AWf low): premiums 18,48096 × 23,52 % = 4,346721792 → 24,090136704
 *
 * P1 factor 1,80 on 15,00 → rate 27,00; 38 h: revenue 1026,00
 *   2025 weeks: cost 38 × 24,68060682074 = 937,863… → 937,86; margin 88,14
 *   2026 weeks: cost 38 × 25,014184704 = 950,539… → 950,54; margin 75,46
 * P2 fixed rate 26,50, wage 15,00, 40 h, open-ended contract from 05-01-2026 (phase C): revenue 1060,00
 *   2025 weeks: cost 40 × 24,68060682074 = 987,224… → 987,22; margin 72,78
 *   2026-W01 (Thursday 01-01, still phase A): 40 × 25,014184704 = 1000,567… → 1000,57; margin 59,43
 *   2026-W02 (phase C): 40 × 24,090136704 = 963,605… → 963,61; margin 96,39
 * P3 margin 15 % of the rate, agreed wage 14,00, below the minimum wage (14,40 from 01-07-2025,
 *   14,71 from 01-01-2026 [DOMAIN.md §3]) → computed at the minimum; 24,5 h
 *   2025 at 14,40: 14,40 × 1,1458 = 16,49952; × 1,0833 = 17,873930016; premiums × 28,94 % = 5,1727153466304;
 *     pension 8 % × (17,873930016 − 10,19762) = 0,61410480128 → cost 23,6607501639104
 *     rate = 23,6607501639104 / 0,85 = 27,836… → 27,84; revenue 24,5 × 27,84 = 682,08;
 *     cost 24,5 × 23,6607501639104 = 579,688… → 579,69; margin 102,39
 *   2026 at 14,71: 14,71 × 1,1408 = 16,781168; × 1,08 = 18,12366144; premiums × 28,52 % = 5,168868242688;
 *     pension 15,9 % × (18,12366144 − 10,540992) = 1,20564444096 → cost 24,498174123648
 *     rate = 24,498174123648 / 0,85 = 28,821… → 28,82; revenue 24,5 × 28,82 = 706,09;
 *     cost 24,5 × 24,498174123648 = 600,205… → 600,21; margin 105,88
 * Week totals:
 *   2025-W51/W52: revenue 1026,00 + 1060,00 + 682,08 = 2768,08; cost 937,86 + 987,22 + 579,69 = 2504,77; margin 263,31
 *   2026-W01: revenue 1026,00 + 1060,00 + 706,09 = 2792,09; cost 950,54 + 1000,57 + 600,21 = 2551,32; margin 240,77
 *   2026-W02: revenue 2792,09; cost 950,54 + 963,61 + 600,21 = 2514,36; margin 277,73
 * Total: revenue 2 × 2768,08 + 2 × 2792,09 = 11120,34; cost 2 × 2504,77 + 2551,32 + 2514,36 = 10075,22; margin 1045,12
 */

const input: MarginForecastInput = {
  from: '2025-W51',
  weeks: 4,
  cost: { employerSize: 'large', whk: '6.55%', pension: 'basis' },
  agencyId: 'U1',
  placements: [
    { id: 'P1', workerId: 'W1', hirerId: 'H1', cao: 'ABU', start: '2025-06-02', age: 30, hoursPerWeek: 38, agreements: [{ from: '2025-06-02', wage: 15, mode: 'factor', factor: 1.8 }] },
    {
      id: 'P2', workerId: 'W2', hirerId: 'H1', cao: 'ABU', start: '2025-06-02', age: 30, hoursPerWeek: 40,
      agreements: [{ from: '2025-06-02', wage: 15, mode: 'fixed', rate: 26.5 }],
      phases: [{ from: '2026-01-05', phase: 'C' }],
    },
    {
      id: 'P3', workerId: 'W3', hirerId: 'H2', cao: 'ABU', start: '2025-06-02', age: 30, hoursPerWeek: '24,5',
      agreements: [{ from: '2025-06-02', wage: 14, mode: 'margin', margin: '15%', marginBasis: 'of-rate' }],
    },
  ],
};

const euros = (cents: number) => (cents / 100).toFixed(2);

describe('marginForecast: a forecast worked by hand across 1 January 2026 (DOMAIN.md §3–5, §7, §15)', () => {
  const f = marginForecast(input);
  const row = (i: number, what: 'revenue' | 'cost' | 'margin') => Array.from(f.cells[what].subarray(i * 4, i * 4 + 4), euros);

  it('weeks are read on their Thursday: 2026-W01 (Thursday 1 January) is a 2026 week', () => {
    expect(f.weeks).toEqual(['2025-W51', '2025-W52', '2026-W01', '2026-W02']);
    expect(f.weekDays).toEqual(['2025-12-18', '2025-12-25', '2026-01-01', '2026-01-08']);
  });

  it('P1, factor mode: the 1 January premiums and pension change the cost, not the rate', () => {
    expect(row(0, 'revenue')).toEqual(['1026.00', '1026.00', '1026.00', '1026.00']);
    expect(row(0, 'cost')).toEqual(['937.86', '937.86', '950.54', '950.54']);
    expect(row(0, 'margin')).toEqual(['88.14', '88.14', '75.46', '75.46']);
    expect(f.rows[0]!.periods.map((p) => [p.fromWeek, p.toWeek, p.rate.toString(), p.costPerHour.toString()])).toEqual([
      ['2025-W51', '2025-W52', '27', '24.68060682074'],
      ['2026-W01', '2026-W02', '27', '25.014184704'],
    ]);
  });

  it('P2: the move to phase C (open-ended contract) lowers the WW premium from the week of its Thursday on', () => {
    expect(row(1, 'cost')).toEqual(['987.22', '987.22', '1000.57', '963.61']);
    expect(row(1, 'margin')).toEqual(['72.78', '72.78', '59.43', '96.39']);
    expect(f.rows[1]!.periods.map((p) => [p.fromWeek, p.phase, p.contract, p.awf])).toEqual([
      ['2025-W51', 'A', 'agency-clause', 'high'],
      ['2026-W01', 'A', 'agency-clause', 'high'],
      ['2026-W02', 'C', 'open-ended', 'low'],
    ]);
    const change = f.findings.find((x) => x.code === 'FORECAST_PHASE_CHANGE')!;
    expect(change.message.en).toBe('Placement P2: from phase A to phase C on 2026-01-05 (contract: open-ended); the WW premium goes from high to low.');
    expect(change.ref).toMatchObject({ placementId: 'P2', week: '2026-W02' });
  });

  it('P3: a wage below the minimum is raised to it (14,40, then 14,71) and flagged; the margin-mode rate follows the cost', () => {
    expect(row(2, 'revenue')).toEqual(['682.08', '682.08', '706.09', '706.09']);
    expect(row(2, 'cost')).toEqual(['579.69', '579.69', '600.21', '600.21']);
    expect(row(2, 'margin')).toEqual(['102.39', '102.39', '105.88', '105.88']);
    expect(f.rows[2]!.periods.map((p) => [p.wage.toString(), p.agreedWage.toString(), p.raisedToMinimum, p.rate.toString()])).toEqual([
      ['14.4', '14', true, '27.84'],
      ['14.71', '14', true, '28.82'],
    ]);
    const raised = f.findings.filter((x) => x.code === 'FORECAST_WAGE_RAISED_TO_MINIMUM');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.message.nl).toBe(
      'Plaatsing P3: het afgesproken uurloon 14,00 ligt in week 2025-W51 t/m 2026-W02 onder het minimumloon voor de leeftijd; gerekend met het minimumloon (14,40 … 14,71).',
    );
    expect(raised[0]!.rule?.parameter).toBe('minimumWage.hourly.21');
  });

  it('week totals and the grand total are sums of the cells; margin = revenue − cost everywhere', () => {
    expect(f.weekTotals.map((t) => [t.revenue.toFixed(2), t.cost.toFixed(2), t.margin.toFixed(2)])).toEqual([
      ['2768.08', '2504.77', '263.31'],
      ['2768.08', '2504.77', '263.31'],
      ['2792.09', '2551.32', '240.77'],
      ['2792.09', '2514.36', '277.73'],
    ]);
    expect([f.totals.revenue.toFixed(2), f.totals.cost.toFixed(2), f.totals.margin.toFixed(2)]).toEqual(['11120.34', '10075.22', '1045.12']);
    // 4 weeks × (38 + 40 + 24,5) hours = 410 hours
    expect(f.totals.hours.toString()).toBe('410');
    for (let i = 0; i < f.cells.revenue.length; i++) expect(f.cells.margin[i]).toBe(f.cells.revenue[i]! - f.cells.cost[i]!);
    // row sums in cents: P1 2 × 8814 + 2 × 7546; P2 2 × 7278 + 5943 + 9639; P3 2 × 10239 + 2 × 10588
    expect(f.rows.map((r) => r.totals.margin)).toEqual([32720, 30138, 41654]);
  });

  it('forecastCell gives a cell in euros', () => {
    const c = forecastCell(f, 2, 3);
    expect([c.hours.toString(), c.revenue.toFixed(2), c.cost.toFixed(2), c.margin.toFixed(2)]).toEqual(['24.5', '706.09', '600.21', '105.88']);
    expect(() => forecastCell(f, 3, 0)).toThrow(InputError);
  });

  it('a forecast run with unconfirmed figures says so (Wko on top of Aof is unconfirmed, DOMAIN.md §4)', () => {
    expect(f.findings.some((x) => x.code === 'FORECAST_UNCONFIRMED_FIGURES')).toBe(true);
  });
});

describe('marginForecast: phases from the employment history (contractPhase, DOMAIN.md §7)', () => {
  it('44 worked weeks of phase A before the forecast: phase B from Monday 5 January 2026, the WW premium stays high', () => {
    // Agency-clause contract from 2025-01-06 (2025-W02), worked 2025-W02 … 2025-W45 = 44 weeks.
    // Forecast from 2025-W46 with 38 hours a week: weeks 46–52 and 2026-W01 are worked weeks 45–52,
    // so phase A (52 worked weeks) ends and phase B starts on Monday 2026-01-05 (2026-W02).
    const work = Array.from({ length: 44 }, (_x, i) => ({ week: `2025-W${String(i + 2).padStart(2, '0')}`, hours: 38 }));
    const f = marginForecast({
      from: '2025-W46', weeks: 10, agencyId: 'U1', cost: { employerSize: 'large', whk: '6.55%', pension: 'basis' },
      placements: [
        {
          id: 'P1', workerId: 'W1', hirerId: 'H1', cao: 'ABU', start: '2025-01-06', age: 30, hoursPerWeek: 38,
          agreements: [{ from: '2025-01-06', wage: 15, mode: 'factor', factor: 1.8 }],
          history: { contracts: [{ start: '2025-01-06', kind: 'agency-clause' }], work },
        },
      ],
    });
    expect(f.rows[0]!.periods.map((p) => [p.fromWeek, p.toWeek, p.phase, p.contract, p.awf])).toEqual([
      ['2025-W46', '2025-W52', 'A', 'agency-clause', 'high'],
      ['2026-W01', '2026-W01', 'A', 'agency-clause', 'high'],
      ['2026-W02', '2026-W03', 'B', 'fixed-term', 'high'],
    ]);
    const change = f.findings.find((x) => x.code === 'FORECAST_PHASE_CHANGE')!;
    expect(change.message.en).toBe('Placement P1: from phase A to phase B on 2026-01-05 (contract: fixed-term); the WW premium stays high.');
    // A → B changes nothing in the money: 2026-W01 and 2026-W02 cost the same (38 × 25,014184704 = 950,54)
    expect([f.cells.cost[7], f.cells.cost[8]]).toEqual([95054, 95054]);
  });
});

describe('marginForecast: placements that do not run every week', () => {
  it('a placement counts in a week when it runs on its Thursday; per-week hours with a zero week', () => {
    const f = marginForecast({
      from: '2026-W10', weeks: 3, agencyId: 'U1', cost: { employerSize: 'large', whk: '6.55%', pension: 'basis' },
      placements: [
        // starts Friday 6 March (after Thursday 5 March of W10): first week W11; ends Wednesday 18 March (before Thursday 19 March of W12)
        { id: 'P1', workerId: 'W1', hirerId: 'H1', cao: 'NBBU', start: '2026-03-06', end: '2026-03-18', age: 40, hoursPerWeek: [40, 0, 40], agreements: [{ from: '2026-03-06', wage: 15, mode: 'factor', factor: 1.8 }] },
      ],
    });
    // W10: not started; W11: 0 hours; W12: ended before Thursday
    expect(Array.from(f.cells.minutes)).toEqual([0, 0, 0]);
    expect(f.totals.revenue.toFixed(2)).toBe('0.00');
    expect(f.totals.marginPercent).toBeUndefined();
  });
});

describe('marginForecast input: zod in the clerk’s words, and the fast lane reads exactly what zod reads', () => {
  const placement = input.placements[0]!;

  it('a canonical placement takes the fast lane with the same result as the schemas', () => {
    const fast = _fastPlacementForTests(placement, 4);
    expect(fast).toBeDefined();
    const slow = parseForecastPlacement(placement, 4);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  });

  it('Dutch text goes through zod and reads the same: "24,5" hours, "15,00" wage, "1,80" factor', () => {
    const dutch = { ...placement, hoursPerWeek: '24,5', agreements: [{ from: '2-6-2025', wage: '15,00', mode: 'factor', factor: '1,80' }], start: '2-6-2025' };
    expect(_fastPlacementForTests(dutch, 4)).toBeUndefined();
    const slow = parseForecastPlacement(dutch, 4);
    expect(slow.minutes).toBe(1470);
    expect(slow.placement.agreements[0]!.wage.eq(new Decimal('15'))).toBe(true);
    expect(slow.placement.start).toBe('2025-06-02');
  });

  it('bad hours name the placement and the field', () => {
    try {
      marginForecast({ ...input, placements: [{ ...placement, hoursPerWeek: 'veertig' }] });
      expect.unreachable();
    } catch (e) {
      const err = e as InputError;
      expect(err.texts.nl).toContain('plaatsing nr. 1');
      expect(err.texts.nl).toContain('uren per week');
      expect(err.texts.en).toContain('"veertig" is not a number of hours');
    }
  });

  it('a list of hours must have one figure per week', () => {
    expect(() => marginForecast({ ...input, placements: [{ ...placement, hoursPerWeek: [38, 38] }] })).toThrow(/holds 2 weeks; expected one figure for every week, or 4 figures/);
  });

  it('a missing wage agreement field (factor) is named', () => {
    expect(() => marginForecast({ ...input, placements: [{ ...placement, agreements: [{ from: '2025-06-02', wage: 15, mode: 'factor' }] }] })).toThrow(/factor/);
  });

  it('a rate per hour beyond what a cell holds is refused with the placement named', () => {
    const huge = { ...placement, agreements: [{ from: '2025-06-02', wage: 15, mode: 'fixed', rate: 250_000 }] };
    expect(() => marginForecast({ ...input, placements: [huge] })).toThrow(/placement P1 \(no\. 1\): week 2025-W51: a rate or cost per hour of 250000\.00 is too high for a forecast/);
  });

  it('weeks beyond 156 are refused', () => {
    expect(() => marginForecast({ ...input, weeks: 200 })).toThrow(/number of weeks/);
  });

  it('a missing cost choice (employer size) comes back with the placement named', () => {
    expect(() => marginForecast({ ...input, cost: { whk: '6.55%', pension: 'basis' } })).toThrow(/placement P1 \(no\. 1\).*employer size/);
  });
});
