import { describe, expect, it } from 'vitest';
import { InputError, proforma, proformaSummary } from '@backofficer/core';

/* proforma (DOMAIN.md §14): lines, VAT 21 % rounded half-up per line, reverse charge, G-account. */

describe('proforma: VAT per line and the G-account (DOMAIN.md §14)', () => {
  it('1 worker × 40 h × 25,00 = 1.000 + 21 % = 1.210 → 25 % to the G-account = 302,50 (DOMAIN.md worked example)', () => {
    const p = proforma({ hirerId: 'H-1', date: '2025-06-02', lines: [{ hours: 40, rate: '25,00' }] });
    expect(p.net.toString()).toBe('1000');
    expect(p.vat.toString()).toBe('210');
    expect(p.total.toString()).toBe('1210');
    expect(p.gAccount?.amount.toString()).toBe('302.5');
    expect(p.gAccount?.parameter).toBe('gAccount.share');
    expect(p.toRegularAccount.toString()).toBe('907.5');
    expect(p.vatRounding).toBe('per-line');
    expect(proformaSummary(p).nl).toBe('€ 1.210,00 incl. 21 % btw');
  });

  it('VAT is rounded half-up per line: 37,50 → 7,875 → 7,88 and 12,50 → 2,625 → 2,63, total 10,51 (per total it would be 10,50)', () => {
    // domain-costs.md §6.1: the Belastingdienst allows per line or per total, consistently; we round per line.
    const p = proforma({ date: '2025-06-02', lines: [{ hours: '1,5', rate: 25 }, { hours: '0,5', rate: 25 }] });
    expect(p.lines.map((l) => l.amount.toString())).toEqual(['37.5', '12.5']);
    expect(p.lines.map((l) => l.vat.toString())).toEqual(['7.88', '2.63']);
    expect(p.vat.toString()).toBe('10.51');
    expect(p.total.toString()).toBe('60.51');
  });

  it('workers × hours × rate, rounded half-up at the line: 3 × 38 h × 27,35 = 3.117,90; 7:45 h × 23,33 = 180,8075 → 180,81', () => {
    const p = proforma({ date: '2025-06-02', lines: [{ workers: 3, hours: 38, rate: '27,35' }, { hours: '7:45', rate: '23,33' }] });
    expect(p.lines[0]!.amount.toString()).toBe('3117.9');
    expect(p.lines[0]!.vat.toString()).toBe('654.76'); // 3.117,90 × 0,21 = 654,759
    expect(p.lines[1]!.amount.toString()).toBe('180.81');
    expect(p.lines[1]!.vat.toString()).toBe('37.97'); // 180,81 × 0,21 = 37,9701
    expect(p.net.toString()).toBe('3298.71');
    expect(p.vat.toString()).toBe('692.73');
    expect(p.total.toString()).toBe('3991.44');
  });

  it('reverse charge for physical work in construction: no VAT, 20 % of 1.000 = 200 to the G-account', () => {
    const p = proforma({ date: '2025-06-02', sector: 'bouw', physicalWork: 'ja', lines: [{ hours: 40, rate: 25 }] });
    expect(p.reverseCharge).toBe(true);
    expect(p.vat.toString()).toBe('0');
    expect(p.total.toString()).toBe('1000');
    expect(p.gAccount?.amount.toString()).toBe('200');
    expect(p.gAccount?.parameter).toBe('gAccount.shareReverseCharge');
    expect(p.findings.map((f) => f.code)).toEqual(['INVOICE_REVERSE_CHARGE']);
  });

  it('a listed sector without "physical work" stated: reverse charge assumed with a warning; not physical work: 21 % VAT', () => {
    const assumed = proforma({ date: '2025-06-02', sector: 'cleaning', lines: [{ hours: 10, rate: 30 }] });
    expect(assumed.reverseCharge).toBe(true);
    expect(assumed.findings.map((f) => f.code)).toContain('INVOICE_REVERSE_CHARGE_ASSUMED');
    const office = proforma({ date: '2025-06-02', sector: 'cleaning', physicalWork: false, lines: [{ hours: 10, rate: 30 }] });
    expect(office.reverseCharge).toBe(false);
    expect(office.vat.toString()).toBe('63');
    const other = proforma({ date: '2025-06-02', sector: 'other', lines: [{ hours: 10, rate: 30 }] });
    expect(other.reverseCharge).toBe(false);
  });

  it('due date from the payment term; no G-account when the hirer pays none', () => {
    const p = proforma({ date: '2025-06-02', paymentTermDays: 30, gAccount: false, lines: [{ hours: 1, rate: 10 }] });
    expect(p.dueDate).toBe('2025-07-02');
    expect(p.gAccount).toBeNull();
    expect(p.toRegularAccount.toString()).toBe('12.1');
  });

  it('bad input names the field', () => {
    expect(() => proforma({ date: '2025-06-02', lines: [] })).toThrowError(/regels|lines/);
    expect(() => proforma({ date: '2025-06-02', lines: [{ hours: 1, rate: 0 }] })).toThrowError(/uurtarief|hourly rate/);
    expect(() => proforma({ date: '2025-06-02', lines: [{ hours: 1, rate: 10, workers: '2,5' }] })).toThrowError(InputError);
  });
});
