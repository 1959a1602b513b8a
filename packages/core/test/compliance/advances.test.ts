import { describe, expect, it } from 'vitest';
import { InputError, InvalidInputError, advanceLedger, type AdvanceEventInput } from '@backofficer/core';
import { codes } from '../contracts/helpers.js';

/*
 * Advances (DOMAIN.md §2, back-office working agreements; BW 7:632 lid 1c). Recovery window:
 * policy.advanceRecoveryWeeks = 2 → an advance paid Wednesday 2026-03-04 may be recovered by a
 * payroll on or before 2026-03-04 + 14 days = Wednesday 2026-03-18; from 2026-03-19, with the
 * documents still missing, it is settled with the agency on its margin invoice.
 */

const VALID_BSN = '111222333'; // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66 = 6 × 11
const INVALID_BSN = '123456789'; // 9+16+21+24+25+24+21+16−9 = 147, not a multiple of 11

const boAdvance = (extra: Partial<AdvanceEventInput> = {}): AdvanceEventInput => ({
  kind: 'advance', id: 'V1', date: '2026-03-04', workerId: 'W1', agencyId: 'U1', amount: '250,00', by: 'back-office', reason: 'dossier-incomplete', bsn: VALID_BSN, ...extra,
});
const docsIn = (date: string, extra: Partial<AdvanceEventInput> = {}): AdvanceEventInput => ({ kind: 'documents-in', date, workerId: 'W1', what: 'dossier', ...extra });
const str = (d: { toFixed: (n: number) => string }) => d.toFixed(2);

describe('back-office advances: recovered within 2 weeks once the documents are in (policy.advanceRecoveryWeeks; DOMAIN.md §2)', () => {
  it('documents in 2026-03-10: payroll 2026-03-11 recovers 250,00, all of it the back-office\'s', () => {
    const l = advanceLedger([boAdvance(), docsIn('2026-03-10')], '2026-03-11');
    expect(l.advances[0]).toMatchObject({ id: 'V1', status: 'recover-now', recoverBy: '2026-03-18', documentsInOn: '2026-03-10' });
    expect(l.toRecover.map((r) => [r.advanceId, str(r.amount), str(r.creditToAgency)])).toEqual([['V1', '250.00', '0.00']]);
    expect(str(l.workers[0]!.owedToBackOffice)).toBe('250.00');
    expect(l.workers[0]!.advancingStopped).toBe(false);
    expect(l.marginInvoice).toEqual([]);
    expect(l.findings).toEqual([]);
  });

  it('documents still missing on 2026-03-18 (last day): waiting, nothing on the margin invoice (no ADVANCE_SETTLE_WITH_AGENCY)', () => {
    const l = advanceLedger([boAdvance()], '2026-03-18');
    expect(l.advances[0]!.status).toBe('waiting-for-documents');
    expect(l.toRecover).toEqual([]);
    expect(codes(l.findings)).not.toContain('ADVANCE_SETTLE_WITH_AGENCY');
  });

  it('documents still missing on 2026-03-19: 250,00 goes on agency U1\'s margin invoice, advancing stops (ADVANCE_SETTLE_WITH_AGENCY)', () => {
    const l = advanceLedger([boAdvance()], '2026-03-19');
    expect(l.advances[0]!.status).toBe('settle-with-agency');
    expect(l.marginInvoice.map((m) => [m.agencyId, m.kind, str(m.amount)])).toEqual([['U1', 'charge-unrecovered-advance', '250.00']]);
    expect(l.agencies.map((a) => [a.agencyId, str(a.chargeDue), str(a.creditDue), str(a.net)])).toEqual([['U1', '250.00', '0.00', '-250.00']]);
    expect(l.workers[0]!.advancingStopped).toBe(true);
    expect(codes(l.findings)).toEqual(['ADVANCE_SETTLE_WITH_AGENCY']);
  });

  it('ADVANCE_RECOVERY_OVERDUE: documents in on time (2026-03-10) but not recovered by 2026-03-18 → still recovered from payroll on 2026-03-19, not settled', () => {
    const l = advanceLedger([boAdvance(), docsIn('2026-03-10')], '2026-03-19');
    expect(l.advances[0]!.status).toBe('recover-now');
    expect(codes(l.findings)).toEqual(['ADVANCE_RECOVERY_OVERDUE']);
    expect(codes(advanceLedger([boAdvance(), docsIn('2026-03-10')], '2026-03-18').findings)).not.toContain('ADVANCE_RECOVERY_OVERDUE');
  });

  it('a late proof of hours is matched by its week: proof for 2026-W10 releases the advance for W10, proof for W11 does not', () => {
    const advance = boAdvance({ reason: 'hours-proof-late', week: '2026-W10' });
    const w10 = advanceLedger([advance, docsIn('2026-03-10', { what: 'hours-proof', week: '2026-W10' })], '2026-03-11');
    expect(w10.advances[0]!.status).toBe('recover-now');
    const w11 = advanceLedger([advance, docsIn('2026-03-10', { what: 'hours-proof', week: '2026-W11' })], '2026-03-11');
    expect(w11.advances[0]!.status).toBe('waiting-for-documents');
  });
});

describe('no back-office advance without a valid BSN (policy.advanceRequiresValidBsn; DOMAIN.md §2)', () => {
  it('ADVANCE_WITHOUT_VALID_BSN for an invalid BSN, shown masked; booked all the same (the money is out)', () => {
    const l = advanceLedger([boAdvance({ bsn: INVALID_BSN })], '2026-03-05');
    const f = l.findings.find((x) => x.code === 'ADVANCE_WITHOUT_VALID_BSN')!;
    expect(f.severity).toBe('error');
    expect(f.message.en).toContain('******789');
    expect(JSON.stringify(l)).not.toContain(INVALID_BSN);
    expect(f.message.en).toContain('the agency may advance itself');
    expect(str(l.workers[0]!.totalOpen)).toBe('250.00');
  });

  it('ADVANCE_WITHOUT_VALID_BSN for no BSN at all; none for a valid BSN; none for the agency\'s own advance', () => {
    expect(codes(advanceLedger([boAdvance({ bsn: undefined })], '2026-03-05').findings)).toEqual(['ADVANCE_WITHOUT_VALID_BSN']);
    expect(codes(advanceLedger([boAdvance()], '2026-03-05').findings)).toEqual([]);
    expect(codes(advanceLedger([boAdvance({ by: 'agency', bsn: undefined })], '2026-03-05').findings)).toEqual([]);
  });

  it('ADVANCE_AFTER_STOP: a new back-office advance on 2026-03-19 while V1 is past its deadline without documents; on 2026-03-18 it is allowed', () => {
    const second = (date: string): AdvanceEventInput => boAdvance({ id: 'V2', date, amount: 100 });
    expect(codes(advanceLedger([boAdvance(), second('2026-03-19')], '2026-03-19').findings)).toContain('ADVANCE_AFTER_STOP');
    expect(codes(advanceLedger([boAdvance(), second('2026-03-18')], '2026-03-18').findings)).not.toContain('ADVANCE_AFTER_STOP');
  });
});

describe("the agency's own advances are credited to its margin when recovered (DOMAIN.md §2)", () => {
  const agency: AdvanceEventInput = { kind: 'advance', id: 'A1', date: '2026-03-02', workerId: 'W1', agencyId: 'U1', amount: 300, by: 'agency', reason: 'dossier-incomplete' };

  it('documents in 2026-03-16, 200,00 withheld 2026-03-18: credit 200,00 to U1, the worker still owes U1 100,00', () => {
    const l = advanceLedger([agency, docsIn('2026-03-16'), { kind: 'recovery', date: '2026-03-18', workerId: 'W1', amount: '200.00' }], '2026-03-18');
    // 300,00 − 200,00 = 100,00 open, all of it the agency's money.
    expect(l.advances[0]).toMatchObject({ status: 'recover-now' });
    expect(str(l.advances[0]!.open)).toBe('100.00');
    expect(l.toRecover.map((r) => [str(r.amount), str(r.creditToAgency)])).toEqual([['100.00', '100.00']]);
    expect(l.marginInvoice.map((m) => [m.kind, str(m.amount)])).toEqual([['credit-recovered-advance', '200.00']]);
    expect(l.workers.map((w) => [str(w.owedToBackOffice), str(w.owedToAgency)])).toEqual([['0.00', '100.00']]);
    expect(l.agencies.map((a) => [str(a.creditDue), str(a.owedByWorkers), str(a.net)])).toEqual([['200.00', '100.00', '200.00']]);
  });

  it('once credited on a margin invoice (agency-credit 200,00) nothing is due any more', () => {
    const l = advanceLedger(
      [agency, docsIn('2026-03-16'), { kind: 'recovery', date: '2026-03-18', workerId: 'W1', amount: 200 }, { kind: 'agency-credit', date: '2026-03-23', agencyId: 'U1', amount: 200 }],
      '2026-03-23',
    );
    expect(l.marginInvoice).toEqual([]);
    expect(str(l.agencies[0]!.creditDue)).toBe('0.00');
  });

  it('a back-office advance settled with the agency and recovered later is credited back: 400 − 150 recovered = 250 settled; 250 recovered later → credit 250', () => {
    // Back-office exposure after the first recovery: 400,00 − 150,00 = 250,00, settled on 2026-03-23.
    // Later recovery 250,00: recovered + settled − amount = 150 + 250 + 250 − 400 = 250,00 to credit.
    const events: AdvanceEventInput[] = [
      boAdvance({ amount: 400 }),
      { kind: 'recovery', date: '2026-03-11', workerId: 'W1', amount: 150 },
      { kind: 'settlement', date: '2026-03-23', workerId: 'W1', amount: 250 },
    ];
    const settled = advanceLedger(events, '2026-03-25');
    expect(settled.advances[0]).toMatchObject({ status: 'waiting-for-documents' });
    expect(str(settled.advances[0]!.backOfficeOpen)).toBe('0.00');
    expect(settled.workers.map((w) => [str(w.owedToBackOffice), str(w.owedToAgency)])).toEqual([['0.00', '250.00']]);
    expect(settled.marginInvoice).toEqual([]);
    const later = advanceLedger([...events, docsIn('2026-04-06'), { kind: 'recovery', date: '2026-04-08', workerId: 'W1', amount: 250 }], '2026-04-08');
    expect(later.advances[0]!.status).toBe('recovered');
    expect(later.marginInvoice.map((m) => [m.kind, str(m.amount)])).toEqual([['credit-recovered-advance', '250.00']]);
  });
});

describe('ledger consistency', () => {
  it('ADVANCE_LEDGER_MISMATCH: 300,00 withheld on an advance of 250,00 → 50,00 to pay back; withholding exactly 250,00 is fine', () => {
    const over = advanceLedger([boAdvance(), docsIn('2026-03-10'), { kind: 'recovery', date: '2026-03-11', workerId: 'W1', amount: 300 }], '2026-03-11');
    expect(codes(over.findings)).toEqual(['ADVANCE_LEDGER_MISMATCH']);
    expect(str(over.workers[0]!.refundDue)).toBe('50.00');
    const exact = advanceLedger([boAdvance(), docsIn('2026-03-10'), { kind: 'recovery', date: '2026-03-11', workerId: 'W1', amount: 250 }], '2026-03-11');
    expect(exact.findings).toEqual([]);
    expect(exact.advances[0]!.status).toBe('recovered');
  });

  it('ADVANCE_EVENT_AFTER_AS_OF: an entry dated after the as-of date is reported and not counted', () => {
    const l = advanceLedger([boAdvance(), { kind: 'recovery', date: '2026-03-12', workerId: 'W1', amount: 250 }], '2026-03-11');
    expect(codes(l.findings)).toEqual(['ADVANCE_EVENT_AFTER_AS_OF']);
    expect(str(l.advances[0]!.recovered)).toBe('0.00');
    expect(codes(advanceLedger([boAdvance()], '2026-03-11').findings)).not.toContain('ADVANCE_EVENT_AFTER_AS_OF');
  });

  it('exact cents: three advances of 0,10 + 0,20 + 0,40 add up to 0,70 exactly (no float drift)', () => {
    const l = advanceLedger(
      [boAdvance({ id: 'a', amount: '0,10' }), boAdvance({ id: 'b', amount: '0,20' }), boAdvance({ id: 'c', amount: '0,40' })],
      '2026-03-05',
    );
    expect(l.workers[0]!.totalOpen.toString()).toBe('0.7');
  });
});

describe('input at the edge', () => {
  it('an amount with more than 2 decimals is refused in the clerk\'s words', () => {
    try {
      advanceLedger([boAdvance({ amount: '12,345' })], '2026-03-05');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).texts.nl).toContain('bedrag (boeking nr. 1)');
    }
  });

  it('an advance without "by" names the missing field', () => {
    expect(() => advanceLedger([boAdvance({ by: undefined })], '2026-03-05')).toThrow(/paid by/);
  });

  it('a recovery naming an unknown advance is an input error', () => {
    expect(() => advanceLedger([boAdvance(), { kind: 'recovery', date: '2026-03-11', workerId: 'W1', amount: 10, advanceId: 'nope' }], '2026-03-11')).toThrow(InputError);
  });
});
