/**
 * The record-taking functions of core (contracts, compliance, ET allowance, invoicing, model
 * parsers): start from a valid call, make one value adversarial (or remove it), and the call
 * gives a result or an InputError/NoRuleError naming a field, never a TypeError, NaN or an
 * invalid date. Where a result comes back, its totals add up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal, advanceLedger, agencyClauseEnds, checkDeduction, checkDeductions, contractPhase, creditExposure, dossierStatus, erasurePlan,
  etAllowance, exportPlan, parseContract, parseHirer, parseHistory, parseHourLine, parseHourLines, parsePlacement, parseWork, parseWorker,
  proforma, proformaSummary, retentionUntil, sicknessReportOnTime, workedWeeks,
} from '@backofficer/core';
import { describeValue, garbageRecord, mutate, mutationOf, outcome, pathLabel, runs } from './support.js';

const VALID_BSN = '111222333'; // 9+8+7+12+10+8+9+6−3 = 66 = 6 × 11
const WORKER = {
  id: 'W-001', name: 'Test Persoon', type: 'dutch', birthDate: '2001-03-02', bsn: VALID_BSN, iban: 'NL91ABNA0417164300', registeredAt: '2026-02-20T10:00',
  documents: [{ kind: 'id', number: 'NPFK12345', expiresOn: '2030-01-01', receivedOn: '2026-02-20' }, { kind: 'wage-tax-form', receivedOn: '2026-02-20' }],
};
const everyWeek = (first: number, n: number) => Array.from({ length: n }, (_, i) => ({ week: `2024-W${String(first + i).padStart(2, '0')}`, hours: 8 }));
const HISTORY = {
  contracts: [{ id: 'C1', start: '2024-01-01', end: '2024-12-29', kind: 'agency-clause', hirerId: 'H1', fixedHoursPerWeek: 8 }],
  work: everyWeek(1, 20),
};
const PLACEMENT = {
  id: 'PL-1', workerId: 'W-001', hirerId: 'H-1', job: 'Orderpicker', cao: 'ABU', start: '2026-01-05', contractHoursPerWeek: 40,
  agreements: [{ from: '2026-01-05', wage: '15,00', mode: 'factor', factor: '1,80' }, { from: '2026-03-02', wage: 16, mode: 'margin', margin: '15%', marginBasis: 'markup' }],
};
const HOUR_LINE = { workerId: 'W-001', placementId: 'PL-1', date: '2026-03-02', start: '07:00', end: '15:30', breakMinutes: 30, hours: 8, status: 'approved' };
const HIRERS = [
  { id: 'A', creditLimit: '25.000,00', creditInsurance: 'insured' },
  { id: 'B', creditLimit: 10000, creditInsurance: 'eigen-beoordeling' },
  { id: 'C', creditLimit: 0, creditInsurance: 'uninsured' },
];
const INVOICES = [
  { hirerId: 'A', number: 1, date: '2025-04-01', dueDate: '2025-05-01', amount: '12.100,00', paid: '2.100,00' },
  { hirerId: 'A', number: 2, date: '2025-05-20', dueDate: '2025-06-19', amount: '12.100,00' },
  { hirerId: 'B', number: 5, date: '2025-06-01', dueDate: '2025-06-30', amount: 8000 },
  { hirerId: 'C', number: 6, date: '2025-06-01', dueDate: '2025-06-30', amount: 5000 },
];
const DEDUCTION_CONTEXT = { paymentDate: '2024-03-14', moneyWage: '600,00', hoursPaid: 40, dayWage: '120,00', period: 'week', workerId: 'W1' };
const FINE = { id: 'D1', kind: 'fine', amount: 50, fineType: 'judicial', proofReceivedOn: '2024-03-01', authorisationSignedOn: '2024-03-05', specifiedInWriting: true };
const HOUSING = { kind: 'housing', amount: 100, certification: 'snf', actualCost: 250, authorisationSignedOn: '2024-01-02' };
const ADVANCES = [
  { kind: 'advance', id: 'V1', date: '2026-03-04', workerId: 'W1', agencyId: 'U1', amount: '250,00', by: 'back-office', reason: 'dossier-incomplete', bsn: VALID_BSN },
  { kind: 'documents-in', date: '2026-03-10', workerId: 'W1', what: 'dossier' },
];
const ET = {
  date: '2025-07-07', firstWorkDay: '2024-03-04', writtenAgreement: true, foreignHomeAddress: true, age: 30, hours: 40, wage: { timeWage: '640,00' },
  costs: [{ category: 'double-housing', amount: 80, snfCertified: true, homeAbroadProven: true }, { category: 'travel-home', amount: 50, proven: true }],
};
const PRIVACY_REQUEST = { workerId: 'W-003', records: [{ id: 'I1', type: 'id-copy', date: '2024-02-01' }, { id: 'K1', type: 'contact-details', date: '2024-02-01', employmentEndedOn: '2026-03-02' }] };

/** One function under test: its valid arguments and how to call it. */
interface Case {
  args: unknown[];
  call: (...args: never[]) => unknown;
  /** Checks on a result (totals add up). */
  check?: (result: never, args: unknown[]) => void;
}

const eq = (a: Decimal, b: Decimal, what: string) => expect(a.eq(b), `${what}: ${a.toString()} ≠ ${b.toString()}`).toBe(true);
const sumOf = <T>(list: readonly T[], f: (x: T) => Decimal) => list.reduce((t, x) => t.plus(f(x)), new Decimal(0));

const CASES: Record<string, Case> = {
  contractPhase: { args: [HISTORY, '2024-06-03'], call: contractPhase },
  workedWeeks: { args: [HISTORY.work], call: workedWeeks },
  agencyClauseEnds: {
    args: [{ contract: { id: 'C1', start: '2023-01-02', kind: 'agency-clause', hirerId: 'H1' }, assignmentWorkedWeeks: 27, event: { kind: 'hirer-ends-assignment', notifiedOn: '2026-03-02', assignmentEndsOn: '2026-03-06' } }],
    call: agencyClauseEnds,
  },
  parseHistory: { args: [HISTORY], call: parseHistory },
  parseContract: { args: [HISTORY.contracts[0]], call: parseContract },
  parseWork: { args: [HISTORY.work.slice(0, 3)], call: parseWork },
  parseWorker: { args: [WORKER], call: parseWorker },
  parseHirer: { args: [{ id: 'H-1', name: 'Inlener BV', kvk: '12345678', registeredAt: '2026-01-05T09:00', creditLimit: 25000, creditInsurance: 'insured' }], call: parseHirer },
  parsePlacement: { args: [PLACEMENT], call: parsePlacement },
  parseHourLine: { args: [HOUR_LINE], call: parseHourLine },
  parseHourLines: { args: [[HOUR_LINE, { ...HOUR_LINE, date: '2026-03-03' }]], call: parseHourLines },
  dossierStatus: { args: [WORKER, '2026-03-02'], call: dossierStatus },
  advanceLedger: {
    args: [ADVANCES, '2026-03-11'],
    call: advanceLedger,
    check: (l: ReturnType<typeof advanceLedger>) => {
      for (const a of l.agencies) eq(a.net, a.creditDue.minus(a.chargeDue), `agency ${a.agencyId} net = credit − charge`);
    },
  },
  checkDeduction: { args: [FINE, DEDUCTION_CONTEXT], call: checkDeduction },
  checkDeductions: { args: [[FINE, HOUSING], DEDUCTION_CONTEXT], call: checkDeductions },
  sicknessReportOnTime: { args: [{ workerId: 'W1', reportedAt: '2026-03-10T09:29', withAgencyClause: true }], call: sicknessReportOnTime },
  retentionUntil: { args: [{ type: 'payslip', date: '2024-03-14' }], call: retentionUntil },
  erasurePlan: { args: [PRIVACY_REQUEST, '2026-03-02'], call: erasurePlan },
  exportPlan: { args: [PRIVACY_REQUEST, '2026-03-02'], call: exportPlan },
  etAllowance: { args: [ET], call: etAllowance },
  proforma: {
    args: [{ hirerId: 'H-1', date: '2025-06-02', lines: [{ workers: 3, hours: 38, rate: '27,35' }, { hours: '7:45', rate: '23,33' }] }],
    call: proforma,
    check: (p: ReturnType<typeof proforma>) => {
      // DOMAIN.md §14: VAT per line, the total is net + VAT, the G-account and the regular account split the total.
      eq(p.net, sumOf(p.lines, (l) => l.amount), 'net = Σ line amounts');
      eq(p.vat, sumOf(p.lines, (l) => l.vat), 'VAT = Σ rounded line VAT');
      eq(p.total, p.net.plus(p.vat), 'total = net + VAT');
      eq(p.toRegularAccount.plus(p.gAccount?.amount ?? 0), p.total, 'G-account + regular = total');
      for (const l of p.lines) expect(l.amount.decimalPlaces() <= 2 && l.vat.decimalPlaces() <= 2, 'lines in cents').toBe(true);
      const s = proformaSummary(p);
      expect(s.nl.length > 0 && s.en.length > 0).toBe(true);
    },
  },
  creditExposure: {
    args: [HIRERS, INVOICES, { asOf: '2025-06-15' }],
    call: creditExposure,
    check: (r: ReturnType<typeof creditExposure>) => {
      for (const k of ['open', 'insured', 'insurerPays', 'backOfficeOwnRisk', 'ownAssessment', 'agencyRisk'] as const) {
        eq(r.totals[k], sumOf(r.hirers, (h) => h[k]), `totals.${k} = Σ hirers`);
      }
      for (const h of r.hirers) {
        // Every open euro is somebody's: the insured part, the back-office's own assessment, or the agency.
        eq(h.open, h.insured.plus(h.ownAssessment).plus(h.agencyRisk), `hirer ${h.hirerId}: open = insured + own assessment + agency`);
        eq(h.insured, h.insurerPays.plus(h.backOfficeOwnRisk), `hirer ${h.hirerId}: insured = insurer + back-office`);
        expect(h.headroom.gte(0)).toBe(true);
      }
    },
  },
};

describe('record functions: one adversarial value in a valid call gives a result or a named typed error', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      // The valid call itself works (and its totals add up).
      const valid = outcome(`${name}(valid)`, () => c.call(...(c.args as never[])));
      if (!valid.ok) throw valid.error;
      c.check?.(valid.value as never, c.args);
      fc.assert(
        fc.property(fc.oneof({ arbitrary: mutationOf(c.args), weight: 6 }, { arbitrary: garbageRecord.map((g) => ({ path: [0], replacement: g })), weight: 1 }), ({ path, replacement }) => {
          const args = mutate(c.args, path, replacement);
          const where = `${name}(${pathLabel(path)} = ${describeValue(replacement)})`;
          const r = outcome(where, () => c.call(...(args as never[])), { echoes: [replacement] });
          if (r.ok) c.check?.(r.value as never, args);
          // A bad value inside the record is named by its field; a whole argument replaced is named in the text only.
          else if (path.length > 1) expect(r.error.field ?? '', `${where}: error without a field`).not.toBe('');
        }),
        runs(300),
      );
    });
  }
});

describe('invoicing over random valid lines: VAT per line, totals add up, G-account splits the total (DOMAIN.md §14)', () => {
  const line = fc.record({
    workers: fc.integer({ min: 1, max: 50 }),
    hours: fc.integer({ min: 1, max: 60 * 60 }).map((m) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`),
    rate: fc.integer({ min: 100, max: 20_000 }).map((c) => (c / 100).toFixed(2).replace('.', ',')),
  });
  it('proforma: net = Σ lines; each line = round(workers × hours × rate); VAT = Σ round(line × 21 %)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('2024-06-03', '2025-06-02', '2026-03-02'), fc.boolean(), (lines, date, bouw) => {
        const p = proforma({ date, lines, ...(bouw ? { sector: 'bouw', physicalWork: 'ja' } : {}) });
        CASES.proforma!.check!(p as never, []);
        p.lines.forEach((l, i) => {
          const [h, m] = lines[i]!.hours.split(':').map(Number);
          // exact: workers × minutes × rate / 60, divided last (20 min = 0,333… h would round first)
          const exact = new Decimal(lines[i]!.workers).mul(h! * 60 + m!).mul(lines[i]!.rate.replace(',', '.')).div(60);
          // round half away from zero at the line (the minutes are exact: 7:45 = 7,75 h)
          expect(l.amount.minus(exact).abs().lte('0.005'), `line ${i}`).toBe(true);
        });
        if (p.reverseCharge) expect(p.vat.isZero()).toBe(true);
      }),
      runs(300),
    );
  });
});
