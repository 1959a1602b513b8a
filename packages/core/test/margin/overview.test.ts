import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { Decimal } from '../../src/money/index.js';
import { withOverrides, defaultRules } from '../../src/rules/index.js';
import { advanceLedger } from '../../src/compliance/advances.js';
import { marginOverview, type MarginLine } from '../../src/margin/index.js';
import type { OverviewPlacementInput } from '../../src/margin/overview.js';
import type { PricedLineInput } from '../../src/margin/lines.js';

/*
 * A small week overview worked by hand: 2 hirers × 3 workers × 2 weeks (2026-W10, 2026-W11).
 *   agency U1, hirer H1: P1 (worker W1) and P2 (worker W2)
 *   agency U2, hirer H2: P3 (worker W2, her second job) and P4 (worker W3)
 * Lines are weekly (dated the Monday) with the pay, billed rate and loaded cost per hour given.
 *
 * Margin line = hours × rate rounded half-up to cents − hours × cost rounded half-up to cents
 * (DOMAIN.md §15 margin = revenue − payroll cost; money/round.ts invoice lines round to cents).
 *
 * A  P1 W10 base 38:00 at 25,35, cost 21,7733: rev 38 × 25,35 = 963,30; cost 38 × 21,7733 = 827,3854 → 827,39; margin 135,91
 * B  P1 W10 za +50% 4:30 at 38,03, cost 32,66: rev 4,5 × 38,03 = 171,135 → 171,14 (tie up); cost 4,5 × 32,66 = 146,97; margin 24,17
 * C  P1 W11 base 40:00: rev 40 × 25,35 = 1014,00; cost 40 × 21,7733 = 870,932 → 870,93; margin 143,07
 * D  P2 W10 base 24:15 at 23,50, cost 21,0015: rev 24,25 × 23,50 = 569,875 → 569,88; cost 24,25 × 21,0015 = 509,286375 → 509,29; margin 60,59
 * E  P2 W11 base 20:20 (1220 min): rev 1220 × 23,50 / 60 = 477,8333… → 477,83; cost 1220 × 21,0015 / 60 = 427,0305 → 427,03; margin 50,80
 * F  P3 W10 base 16:00 at 26,40, cost 23,1147: rev 422,40; cost 16 × 23,1147 = 369,8352 → 369,84; margin 52,56
 * G  P3 W11 16:00, status submitted: left out (only approved hours are invoiced, DOMAIN.md §1)
 * H  P4 W10 base 32:00 at 20,00, cost 23,00: rev 640,00; cost 736,00; margin −96,00 (negative: finding)
 * I  P4 W11 base 36:00 at 27,50, cost 23,00: rev 990,00; cost 828,00; margin 162,00
 *
 * U1 = H1: rev 963,30 + 171,14 + 1014,00 + 569,88 + 477,83 = 3196,15; cost 827,39 + 146,97 + 870,93 + 509,29 + 427,03 = 2781,61; margin 414,54
 * U2 = H2: rev 422,40 + 640,00 + 990,00 = 2052,40; cost 369,84 + 736,00 + 828,00 = 1933,84; margin 118,56
 * total: rev 5248,55; cost 4715,45; margin 533,10
 * W1 (A,B,C): rev 2148,44; cost 1845,29; margin 303,15
 * W2 (D,E,F): rev 569,88 + 477,83 + 422,40 = 1470,11; cost 509,29 + 427,03 + 369,84 = 1306,16; margin 163,95
 * W3 (H,I): rev 1630,00; cost 1564,00; margin 66,00
 * 2026-W10 (A,B,D,F,H): rev 2766,72; cost 2589,49; margin 177,23
 * 2026-W11 (C,E,I): rev 2481,83; cost 2125,96; margin 355,87
 * minutes: 2280 + 270 + 2400 + 1455 + 1220 + 960 + 1920 + 2160 = 12665
 * margin % = 533,10 / 5248,55 = 0,10157… → 0,1016; margin per hour = 533,10 × 60 / 12665 = 2,5255… → 2,53
 */

const agreement = (wage: string, rate: string) => [{ from: '2026-01-05', wage, mode: 'fixed', rate }];
const placements: OverviewPlacementInput[] = [
  { id: 'P1', workerId: 'W1', hirerId: 'H1', agencyId: 'U1', job: 'bakker', cao: 'ABU', start: '2026-01-05', agreements: agreement('15.00', '25.35') },
  { id: 'P2', workerId: 'W2', hirerId: 'H1', agencyId: 'U1', job: 'inpakker', cao: 'ABU', start: '2026-01-05', agreements: agreement('14.71', '23.50') },
  { id: 'P3', workerId: 'W2', hirerId: 'H2', agencyId: 'U2', job: 'orderpicker', cao: 'ABU', start: '2026-01-05', agreements: agreement('16.00', '26.40') },
  { id: 'P4', workerId: 'W3', hirerId: 'H2', agencyId: 'U2', job: 'chauffeur', cao: 'NBBU', start: '2026-01-05', agreements: agreement('13.50', '20.00') },
];

const base = (hours: string, pay: string, rate: string, cost: string) => ({ key: 'base', hours, pay, rate, cost });
const lines: PricedLineInput[] = [
  { id: 'A', row: 2, placementId: 'P1', date: '2026-03-02', categories: [base('38:00', '15.00', '25.35', '21.7733'), { key: 'za +50%', hours: '4:30', pay: '22.50', rate: '38.03', cost: '32.66' }] },
  { id: 'C', row: 3, placementId: 'P1', date: '2026-03-09', categories: [base('40', '15.00', '25.35', '21.7733')] },
  { id: 'D', row: 4, placementId: 'P2', date: '2026-03-02', categories: [base('24,25', '14.71', '23.50', '21.0015')] },
  { id: 'E', row: 5, placementId: 'P2', date: '2026-03-09', categories: [base('20:20', '14.71', '23.50', '21.0015')] },
  { id: 'F', row: 6, placementId: 'P3', date: '2026-03-02', categories: [base('16', '16.00', '26.40', '23.1147')] },
  { id: 'G', row: 7, placementId: 'P3', date: '2026-03-09', status: 'submitted', categories: [base('16', '16.00', '26.40', '23.1147')] },
  { id: 'H', row: 8, placementId: 'P4', date: '2026-03-02', categories: [base('32', '13.50', '20.00', '23.00')] },
  { id: 'I', row: 9, placementId: 'P4', date: '2026-03-09', categories: [base('36', '13.50', '27.50', '23.00')] },
];

const money = (d: Decimal | undefined) => d?.toFixed(2);

describe('marginOverview: a week overview worked by hand (DOMAIN.md §15: margin = invoiced revenue − payroll cost)', () => {
  const o = marginOverview(lines, placements);

  it('one margin line per placement, week and category, each rounded to cents', () => {
    const find = (p: string, w: string, c = 'base') => o.lines.find((l) => l.placementId === p && l.week === w && l.category === c)!;
    const expectLine = (l: MarginLine, revenue: string, cost: string, margin: string) => {
      expect([money(l.revenue), money(l.cost), money(l.margin)]).toEqual([revenue, cost, margin]);
    };
    expect(o.lines).toHaveLength(8);
    expectLine(find('P1', '2026-W10'), '963.30', '827.39', '135.91');
    expectLine(find('P1', '2026-W10', 'za +50%'), '171.14', '146.97', '24.17');
    expectLine(find('P1', '2026-W11'), '1014.00', '870.93', '143.07');
    expectLine(find('P2', '2026-W10'), '569.88', '509.29', '60.59');
    expectLine(find('P2', '2026-W11'), '477.83', '427.03', '50.80');
    expectLine(find('P3', '2026-W10'), '422.40', '369.84', '52.56');
    expectLine(find('P4', '2026-W10'), '640.00', '736.00', '-96.00');
    expectLine(find('P4', '2026-W11'), '990.00', '828.00', '162.00');
    expect(find('P2', '2026-W11').minutes).toBe(1220);
    expect(find('P1', '2026-W10').sources).toEqual([{ id: 'A', row: 2, date: '2026-03-02' }]);
  });

  it('sums per agency, hirer, worker and week', () => {
    const g = (by: keyof typeof o.groups, key: string) => {
      const x = o.groups[by].find((y) => y.key === key)!;
      return [money(x.revenue), money(x.cost), money(x.margin)];
    };
    expect(g('agency', 'U1')).toEqual(['3196.15', '2781.61', '414.54']);
    expect(g('agency', 'U2')).toEqual(['2052.40', '1933.84', '118.56']);
    expect(g('hirer', 'H1')).toEqual(['3196.15', '2781.61', '414.54']);
    expect(g('hirer', 'H2')).toEqual(['2052.40', '1933.84', '118.56']);
    expect(g('worker', 'W1')).toEqual(['2148.44', '1845.29', '303.15']);
    expect(g('worker', 'W2')).toEqual(['1470.11', '1306.16', '163.95']);
    expect(g('worker', 'W3')).toEqual(['1630.00', '1564.00', '66.00']);
    expect(g('week', '2026-W10')).toEqual(['2766.72', '2589.49', '177.23']);
    expect(g('week', '2026-W11')).toEqual(['2481.83', '2125.96', '355.87']);
    expect(g('placement', 'P4')).toEqual(['1630.00', '1564.00', '66.00']);
  });

  it('totals, margin % and margin per hour', () => {
    expect([money(o.totals.revenue), money(o.totals.cost), money(o.totals.margin)]).toEqual(['5248.55', '4715.45', '533.10']);
    expect(o.totals.minutes).toBe(12665);
    expect(o.totals.marginPercent?.toString()).toBe('0.1016');
    expect(money(o.totals.marginPerHour)).toBe('2.53');
    expect(o.weeks).toEqual(['2026-W10', '2026-W11']);
  });

  it('invariants: every total is the sum of its rounded lines, and margin = revenue − cost in lines and totals', () => {
    const sum = (xs: readonly MarginLine[], f: (l: MarginLine) => Decimal) => xs.reduce((s, l) => s.plus(f(l)), new Decimal(0));
    for (const l of o.lines) {
      expect(l.margin.eq(l.revenue.minus(l.cost))).toBe(true);
      expect(l.revenue.decimalPlaces()).toBeLessThanOrEqual(2);
      expect(l.cost.decimalPlaces()).toBeLessThanOrEqual(2);
    }
    expect(o.totals.revenue.eq(sum(o.lines, (l) => l.revenue))).toBe(true);
    expect(o.totals.cost.eq(sum(o.lines, (l) => l.cost))).toBe(true);
    expect(o.totals.margin.eq(o.totals.revenue.minus(o.totals.cost))).toBe(true);
    for (const by of ['agency', 'hirer', 'worker', 'placement', 'week'] as const) {
      const groups = o.groups[by];
      expect(groups.reduce((s, g) => s.plus(g.revenue), new Decimal(0)).eq(o.totals.revenue)).toBe(true);
      expect(groups.reduce((s, g) => s.plus(g.margin), new Decimal(0)).eq(o.totals.margin)).toBe(true);
      for (const g of groups) expect(g.margin.eq(g.revenue.minus(g.cost))).toBe(true);
    }
  });

  it('findings: the submitted line is left out, the negative week of P4 is flagged', () => {
    const codes = o.findings.map((f) => `${f.code} ${f.ref?.row ?? f.ref?.placementId}`);
    expect(codes).toContain('MARGIN_LINE_NOT_APPROVED 7');
    expect(codes).toContain('MARGIN_NEGATIVE P4');
    const negative = o.findings.find((f) => f.code === 'MARGIN_NEGATIVE')!;
    expect(negative.message.nl).toContain('week 2026-W10: marge -96,00');
    expect(negative.ref?.week).toBe('2026-W10');
  });

  it('a margin invoice per agency: per hirer and week, VAT 21 % per line, totals as sums of lines (DOMAIN.md §14)', () => {
    const u1 = o.invoices.find((i) => i.agencyId === 'U1')!;
    // W10/H1: A + B + D = 135,91 + 24,17 + 60,59 = 220,67; VAT 220,67 × 21 % = 46,3407 → 46,34
    // W11/H1: C + E = 143,07 + 50,80 = 193,87; VAT 40,7127 → 40,71
    expect(u1.items.map((i) => [i.kind, i.week, i.hirerId, money(i.amount), money(i.vat)])).toEqual([
      ['margin', '2026-W10', 'H1', '220.67', '46.34'],
      ['margin', '2026-W11', 'H1', '193.87', '40.71'],
    ]);
    expect([money(u1.totals.amount), money(u1.totals.vat), money(u1.totals.total)]).toEqual(['414.54', '87.05', '501.59']);
    expect(u1.date).toBe('2026-03-15');
    const u2 = o.invoices.find((i) => i.agencyId === 'U2')!;
    // W10/H2: F + H = 52,56 − 96,00 = −43,44; VAT −9,1224 → −9,12. W11/H2: 162,00; VAT 34,02
    expect(u2.items.map((i) => [money(i.amount), money(i.vat)])).toEqual([
      ['-43.44', '-9.12'],
      ['162.00', '34.02'],
    ]);
    expect(money(u2.totals.total)).toBe('143.46'); // 118,56 + 24,90
  });

  it("offsets on the margin invoice: the agency's unrecovered advance and a fine (DOMAIN.md §2, working agreements)", () => {
    // Back-office advance of 150,00 on 2026-02-16, dossier never completed: after 2 weeks it is settled with the agency.
    const ledger = advanceLedger(
      [{ kind: 'advance', id: 'V1', date: '2026-02-16', workerId: 'W1', agencyId: 'U1', amount: '150.00', by: 'back-office', reason: 'dossier-incomplete', bsn: '111222333' }],
      '2026-03-16',
    );
    const withOffsets = marginOverview(lines, placements, {
      advances: ledger,
      settlements: [{ agencyId: 'U1', kind: 'fine', direction: 'charge', amount: '45,50', description: 'verkeersboete', workerId: 'W1' }],
    });
    const u1 = withOffsets.invoices.find((i) => i.agencyId === 'U1')!;
    expect(u1.items.map((i) => [i.kind, money(i.amount), money(i.vat)])).toEqual([
      ['margin', '220.67', '46.34'],
      ['margin', '193.87', '40.71'],
      ['advance-charge', '-150.00', '0.00'],
      ['settlement-fine', '-45.50', '0.00'],
    ]);
    // margin 414,54 − 150,00 − 45,50 = 219,04; VAT only on the margin lines: 87,05; total 306,09 to the agency
    expect([money(u1.totals.margin), money(u1.totals.offsets), money(u1.totals.amount), money(u1.totals.vat), money(u1.totals.total)]).toEqual([
      '414.54', '-195.50', '219.04', '87.05', '306.09',
    ]);
    expect(u1.payable).toBe('to-agency');
    expect(u1.items[3]!.description.nl).toBe('Boete: verkeersboete (medewerker W1), ten laste van de uitzender');
  });

  it('lineRounding "line": every priced line is rounded on its own (3 × 7,5 h at 23,45 = 3 × 175,88 = 527,64, not 527,63)', () => {
    // one invoice line for the week: 22,5 × 23,45 = 527,625 → 527,63; per day: 7,5 × 23,45 = 175,875 → 175,88, × 3 = 527,64
    const days = ['2026-03-02', '2026-03-03', '2026-03-04'].map((date) => ({ placementId: 'P2', date, categories: [base('7.5', '14.71', '23.45', '21.00')] }));
    expect(money(marginOverview(days, placements).totals.revenue)).toBe('527.63');
    expect(money(marginOverview(days, placements, { lineRounding: 'line' }).totals.revenue)).toBe('527.64');
  });

  it('without a cost per hour the loaded cost comes from hourlyCost: 15,00 in 2025, ABU phase A, StiPP Basis, large, Whk 6,55 % (domain-costs.md §3.7(c))', () => {
    // Hand calculation (domain-costs.md §3.7(c), exact):
    //   paid hours per worked hour P = 1 + 10,92 % + 3,06 % + 0,60 % = 1,1458
    //   wage with reservations = 15 × 1,1458 = 17,187; holiday allowance 8,33 % = 1,4316771; SV-loon = 18,6186771
    //   premiums 7,74 + 7,64 + 0,50 + 6,55 + 6,51 = 28,94 % → 5,38824515274
    //   pension 8 % × (18,6186771 − 8,90 × 1,1458) = 8 % × 8,4210571 = 0,673684568
    //   cost per hour = 18,6186771 + 5,38824515274 + 0,673684568 = 24,68060682074
    //   38 hours: 937,86305918812 → 937,86; revenue 38 × 27,00 = 1026,00; margin 88,14
    const p = [{ id: 'P9', workerId: 'W9', hirerId: 'H9', job: 'x', cao: 'ABU', start: '2025-01-06', agreements: [{ from: '2025-01-06', wage: 15, mode: 'factor', factor: 1.8 }] }];
    const o2 = marginOverview([{ placementId: 'P9', date: '2025-11-03', categories: [{ hours: 38, pay: 15, rate: 27 }] }], p, {
      agencyId: 'U1',
      cost: { contract: 'agency-clause', employerSize: 'large', whk: '6.55%', pension: 'basis', age: 30 },
    });
    const l = o2.lines[0]!;
    expect(l.costPerHour.toString()).toBe('24.68060682074');
    expect([money(l.revenue), money(l.cost), money(l.margin)]).toEqual(['1026.00', '937.86', '88.14']);
    expect(l.costComputed).toBe(true);
    expect(o2.findings.map((f) => f.code)).toContain('MARGIN_UNCONFIRMED_FIGURES');
  });

  it('VAT follows the rules: an agency override of vat.standard is used on the invoice', () => {
    const rules = withOverrides(defaultRules, { parameters: { 'vat.standard': '0.09' } });
    const o3 = marginOverview(lines.slice(0, 1), placements, { rules });
    // margin A + B = 160,08; VAT 9 % = 14,4072 → 14,41
    expect(money(o3.invoices[0]!.items[0]!.vat)).toBe('14.41');
  });
});

describe('marginOverview: bad input gets a clerk-friendly error', () => {
  it('an unknown placement names the line and the number', () => {
    expect(() => marginOverview([{ placementId: 'P7', date: '2026-03-02', categories: [base('8', '15', '25', '21')] }], placements)).toThrow(
      /line no\. 1: placement number "P7" is not among the placements/,
    );
  });

  it('hours that are no number name the line and the field in Dutch and English', () => {
    try {
      marginOverview([{ placementId: 'P1', date: '2026-03-02', categories: [base('acht', '15', '25', '21')] }], placements);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.texts.nl).toContain('uren (regel nr. 1, looncategorieën nr. 1)');
      expect(err.texts.nl).toContain('"acht"');
      expect(err.texts.en).toContain('hours (line no. 1, pay categories no. 1)');
    }
  });

  it('a placement without agency and no default agency', () => {
    const { agencyId: _a, ...noAgency } = placements[0]!;
    expect(() => marginOverview([], [noAgency])).toThrow(/agency missing; expected agencyId/);
  });

  it('a worker that is not the placement’s worker', () => {
    expect(() => marginOverview([{ placementId: 'P1', workerId: 'W3', date: '2026-03-02', categories: [base('8', '15', '25', '21')] }], placements)).toThrow(
      /worker number "W3" does not belong to placement P1/,
    );
  });

  it('a settlement without direction', () => {
    expect(() => marginOverview(lines, placements, { settlements: [{ agencyId: 'U1', kind: 'fine', amount: '10' } as never] })).toThrow(/direction/);
  });
});
