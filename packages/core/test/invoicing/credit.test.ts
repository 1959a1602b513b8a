import { describe, expect, it } from 'vitest';
import { InputError, creditExposure, proforma, type CreditHirerInput, type CreditInvoiceInput } from '@backofficer/core';

/*
 * creditExposure (DOMAIN.md §14): insurer 90 % (Atradius: limit 25.000 → 22.500), back-office 10 %,
 * own assessment, agency risk, cover stop 2 months after the due date of the oldest unpaid invoice.
 */

const HIRERS: CreditHirerInput[] = [
  { id: 'A', creditLimit: '25.000,00', creditInsurance: 'insured' },
  { id: 'B', creditLimit: 10000, creditInsurance: 'eigen-beoordeling' },
  { id: 'C', creditLimit: 0, creditInsurance: 'uninsured' },
];

const INVOICES: CreditInvoiceInput[] = [
  { hirerId: 'A', number: 1, date: '2025-04-01', dueDate: '2025-05-01', amount: '12.100,00', paid: '2.100,00' }, // open 10.000, overdue
  { hirerId: 'A', number: 2, date: '2025-05-20', dueDate: '2025-06-19', amount: '12.100,00' }, // open 12.100
  { hirerId: 'A', number: 3, date: '2025-06-10', dueDate: '2025-07-10', amount: '6.050,00' }, // open 6.050
  { hirerId: 'A', number: 4, date: '2025-03-01', dueDate: '2025-03-31', amount: 5000, paid: 5000 }, // paid: not open
  { hirerId: 'B', number: 5, date: '2025-06-01', dueDate: '2025-06-30', amount: 8000 },
  { hirerId: 'C', number: 6, date: '2025-06-01', dueDate: '2025-06-30', amount: 5000 },
];

describe('creditExposure: insured limit, own assessment and agency risk', () => {
  /*
   * A (insured, limit 25.000): open 10.000 + 12.100 + 6.050 = 28.150
   *   oldest unpaid due 2025-05-01 → cover stops 2025-07-01 (not yet on 2025-06-15)
   *   insured = min(28.150, 25.000) = 25.000 → insurer 90 % = 22.500; back-office 10 % = 2.500
   *   agency risk = 28.150 − 25.000 = 3.150; overdue 10.000
   * B (own assessment, limit 10.000): open 8.000 → own assessment 8.000, agency 0
   * C (uninsured): open 5.000 → agency 5.000
   * totals: open 41.150, insured 25.000, insurer 22.500, back-office 2.500, own 8.000, agency 8.150
   */
  const r = creditExposure(HIRERS, INVOICES, { asOf: '2025-06-15' });
  const a = r.hirers[0]!;
  const b = r.hirers[1]!;
  const c = r.hirers[2]!;

  it('hirer A: the limit caps the insured part; the insurer pays 90 %, the back-office 10 %', () => {
    expect(a.open.toString()).toBe('28150');
    expect(a.openInvoices).toBe(3);
    expect(a.overdue.toString()).toBe('10000');
    expect(a.oldestUnpaidDue).toBe('2025-05-01');
    expect(a.coverStopsOn).toBe('2025-07-01');
    expect(a.coverStopped).toBe(false);
    expect(a.insured.toString()).toBe('25000');
    expect(a.insurerPays.toString()).toBe('22500');
    expect(a.backOfficeOwnRisk.toString()).toBe('2500');
    expect(a.agencyRisk.toString()).toBe('3150');
    expect(a.headroom.toString()).toBe('0');
    expect(a.findings.map((f) => f.code)).toEqual(['CREDIT_LIMIT_EXCEEDED', 'CREDIT_OVERDUE']);
  });

  it('hirer B on own assessment, hirer C uninsured', () => {
    expect(b.ownAssessment.toString()).toBe('8000');
    expect(b.agencyRisk.toString()).toBe('0');
    expect(b.headroom.toString()).toBe('2000');
    expect(c.limit.toString()).toBe('0');
    expect(c.agencyRisk.toString()).toBe('5000');
    expect(c.findings.map((f) => f.code)).toEqual(['CREDIT_UNINSURED']);
  });

  it('totals add up per column', () => {
    expect(r.totals.open.toString()).toBe('41150');
    expect(r.totals.insured.toString()).toBe('25000');
    expect(r.totals.insurerPays.toString()).toBe('22500');
    expect(r.totals.backOfficeOwnRisk.toString()).toBe('2500');
    expect(r.totals.ownAssessment.toString()).toBe('8000');
    expect(r.totals.agencyRisk.toString()).toBe('8150');
  });
});

describe('creditExposure: new proformas against the limit', () => {
  it('B: open 8.000 + proforma 3.630 = 11.630 > 10.000 → 1.630 of the new work at the agency\'s risk', () => {
    // proforma: 120 h × 25,00 = 3.000 + 21 % = 3.630
    const p = proforma({ hirerId: 'B', date: '2025-06-15', lines: [{ hours: 120, rate: 25 }] });
    expect(p.total.toString()).toBe('3630');
    const r = creditExposure(HIRERS, INVOICES, { asOf: '2025-06-15', proposed: [{ hirerId: p.hirerId!, amount: p.total }] });
    const b = r.hirers[1]!;
    expect(b.proposed.toString()).toBe('3630');
    expect(b.proposedOverLimit.toString()).toBe('1630');
    expect(b.proposedAtAgencyRisk.toString()).toBe('1630');
    const f = b.findings.find((x) => x.code === 'CREDIT_PROFORMA_OVER_LIMIT');
    expect(f?.message.nl).toContain('€ 1.630,00');
  });

  it('a proforma within the limit gives no finding: B + 2.000 = 10.000 exactly', () => {
    const r = creditExposure(HIRERS, INVOICES, { asOf: '2025-06-15', proposed: [{ hirerId: 'B', amount: 2000 }] });
    expect(r.hirers[1]!.findings).toEqual([]);
  });
});

describe('creditExposure: the cover stops 2 months after the due date of the oldest unpaid invoice (atradius.be)', () => {
  it('on 2025-07-01 cover has stopped for A: an invoice dated that day is not insured, and a new proforma is all agency risk', () => {
    const later = [...INVOICES, { hirerId: 'A', number: 7, date: '2025-07-01', dueDate: '2025-07-31', amount: 2000 }];
    const r = creditExposure(HIRERS, later, { asOf: '2025-07-01', proposed: [{ hirerId: 'A', amount: 1210 }] });
    const a = r.hirers[0]!;
    expect(a.coverStopped).toBe(true);
    // open 28.150 + 2.000 = 30.150; coverable (dated before 2025-07-01) 28.150 → insured min(28.150, 25.000) = 25.000
    expect(a.open.toString()).toBe('30150');
    expect(a.insured.toString()).toBe('25000');
    expect(a.agencyRisk.toString()).toBe('5150');
    expect(a.proposedAtAgencyRisk.toString()).toBe('1210');
    expect(a.findings.find((f) => f.code === 'CREDIT_COVER_STOPPED')?.severity).toBe('error');
  });

  it('Atradius example: limit 25.000, open above it → the insurer pays up to 22.500', () => {
    const r = creditExposure([{ id: 'X', creditLimit: 25000, creditInsurance: 'verzekerd' }], [{ hirerId: 'X', date: '2025-06-01', dueDate: '2025-07-01', amount: 30000 }], { asOf: '2025-06-15' });
    expect(r.hirers[0]!.insurerPays.toString()).toBe('22500');
  });
});

describe('creditExposure: input errors', () => {
  it('an invoice for an unknown hirer, or a bad limit, names the row', () => {
    expect(() => creditExposure(HIRERS, [{ hirerId: 'Z', date: '2025-06-01', dueDate: '2025-06-30', amount: 1 }], { asOf: '2025-06-15' })).toThrowError(/Z/);
    expect(() => creditExposure([{ id: 'A', creditLimit: 'veel', creditInsurance: 'insured' }], [], { asOf: '2025-06-15' })).toThrowError(/kredietlimiet|credit limit/);
    expect(() => creditExposure(HIRERS, INVOICES, { asOf: 'gisteren' })).toThrowError(InputError);
  });
});
