import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/index.js';
import { marginInvoice, type MarginSource } from '../../src/margin/index.js';

const m = (week: string, hirerId: string, placementId: string, margin: string, minutes = 600): MarginSource => ({
  agencyId: 'U1', hirerId, placementId, workerId: `W-${placementId}`, week, minutes, margin: new Decimal(margin),
});
const money = (d: Decimal) => d.toFixed(2);

describe('marginInvoice: VAT per line, totals as sums of rounded lines (DOMAIN.md §14: per line or per total, consistently)', () => {
  it('two lines of 10,07: VAT 2,1147 → 2,11 each, 4,22 in total, where 21 % of the total 20,14 would be 4,2294 → 4,23', () => {
    const inv = marginInvoice({ agencyId: 'U1', margins: [m('2026-W10', 'H1', 'P1', '10.07'), m('2026-W10', 'H2', 'P2', '10.07')] });
    expect(inv.items.map((i) => money(i.vat))).toEqual(['2.11', '2.11']);
    expect(money(inv.totals.vat)).toBe('4.22');
    expect(money(inv.totals.total)).toBe('24.36'); // 20,14 + 4,22
    expect(inv.vatSummary.map((v) => [v.vatCode, v.vatRate.toString(), money(v.amount), money(v.vat)])).toEqual([['standard', '0.21', '20.14', '4.22']]);
  });

  it('grouping: per hirer and week by default, per placement, per week, or one line', () => {
    const margins = [m('2026-W10', 'H1', 'P1', '100.00'), m('2026-W10', 'H1', 'P2', '50.00'), m('2026-W11', 'H1', 'P1', '25.00')];
    expect(marginInvoice({ agencyId: 'U1', margins }).items.map((i) => [i.week, i.hirerId, money(i.amount)])).toEqual([
      ['2026-W10', 'H1', '150.00'],
      ['2026-W11', 'H1', '25.00'],
    ]);
    expect(marginInvoice({ agencyId: 'U1', margins, groupBy: 'placement' }).items).toHaveLength(3);
    const one = marginInvoice({ agencyId: 'U1', margins, groupBy: 'agency' });
    expect(one.items).toHaveLength(1);
    expect(one.items[0]!.description.nl).toBe('Marge week 2026-W10 t/m 2026-W11');
    // 1800 minutes = 30 hours
    expect(one.items[0]!.hours!.toString()).toBe('30');
    expect(money(one.items[0]!.vat)).toBe('36.75'); // 175,00 × 21 %
  });

  it('a negative margin line gets negative VAT, rounded away from zero', () => {
    // −43,44 × 21 % = −9,1224 → −9,12; −0,05 × 21 % = −0,0105 → −0,01
    const inv = marginInvoice({ agencyId: 'U1', margins: [m('2026-W10', 'H1', 'P1', '-43.44'), m('2026-W11', 'H1', 'P1', '-0.05')] });
    expect(inv.items.map((i) => money(i.vat))).toEqual(['-9.12', '-0.01']);
    expect(inv.payable).toBe('by-agency');
  });

  it('settlements: direction gives the sign; VAT outside scope by default, standard when asked', () => {
    const inv = marginInvoice({
      agencyId: 'U1',
      margins: [m('2026-W10', 'H1', 'P1', '200.00')],
      settlements: [
        { agencyId: 'U1', kind: 'recovered', direction: 'credit', amount: '75.00', description: 'voorschot ingehouden', workerId: 'W1' },
        { agencyId: 'U1', kind: 'other', direction: 'charge', amount: '10.00', description: 'werkkleding', vat: 'standard' },
        { agencyId: 'U2', kind: 'fine', direction: 'charge', amount: '99.00' },
      ],
    });
    // 200,00 (VAT 42,00) + 75,00 (no VAT) − 10,00 (VAT −2,10) = 265,00; VAT 39,90; total 304,90
    expect(inv.items.map((i) => [i.kind, money(i.amount), money(i.vat)])).toEqual([
      ['margin', '200.00', '42.00'],
      ['settlement-recovered', '75.00', '0.00'],
      ['settlement-other', '-10.00', '-2.10'],
    ]);
    expect([money(inv.totals.amount), money(inv.totals.vat), money(inv.totals.total)]).toEqual(['265.00', '39.90', '304.90']);
  });

  it('reverse charge on the margin lines: no VAT on the invoice', () => {
    const inv = marginInvoice({ agencyId: 'U1', margins: [m('2026-W10', 'H1', 'P1', '200.00')], vat: 'verlegd' });
    expect(money(inv.totals.vat)).toBe('0.00');
    expect(inv.items[0]!.vatCode).toBe('reverse-charge');
  });

  it('only settlements and no date: the invoice date is required, in words', () => {
    expect(() => marginInvoice({ agencyId: 'U1', settlements: [{ agencyId: 'U1', kind: 'fine', direction: 'charge', amount: '5' }] })).toThrow(
      /date: missing; expected the invoice date/,
    );
  });

  it('amounts of a settlement are whole cents', () => {
    expect(() => marginInvoice({ agencyId: 'U1', date: '2026-03-16', settlements: [{ agencyId: 'U1', kind: 'fine', direction: 'charge', amount: 5.125 }] })).toThrow(
      /more than 2 decimals/,
    );
  });
});
