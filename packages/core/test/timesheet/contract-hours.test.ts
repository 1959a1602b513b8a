import { describe, expect, it } from 'vitest';
import { Decimal, defaultRules, withOverrides, type WorkerInput } from '@backofficer/core';
import { hoursLine, line, of, placement, run, worker, workWeek } from './helpers.js';

/*
 * Fixed contract hours (DOMAIN.md §7, back-office policy: contracts have at least 4 fixed hours,
 * policy.minContractHours): fewer hours in an ISO week than the fixed hours → the difference is
 * paid anyway (idle time). Counted: every line the hirer did not reject, approved or not.
 */

describe('BELOW_CONTRACT_HOURS (policy.minContractHours = 4, DOMAIN.md §7)', () => {
  const p24 = { ...placement, contractHoursPerWeek: new Decimal(24) };

  it('24 fixed hours, 2 days of 07:00–16:30 less 30 minutes = 18:00: a warning on the first line of the week', () => {
    // 16:30 − 07:00 = 9:30; − 0:30 = 9:00; × 2 = 18:00 < 24:00; difference 6:00.
    const lines = [line('2026-03-02', { start: '07:00', end: '16:30' }), line('2026-03-03', { start: '07:00', end: '16:30' })];
    const [f] = of(run(lines, { placements: [p24] }), 'BELOW_CONTRACT_HOURS');
    expect(f).toMatchObject({ severity: 'warning', ref: { row: lines[0]!.row, field: 'hours', week: '2026-W10', placementId: 'P1' }, rule: { parameter: 'policy.minContractHours' } });
    expect(f!.message.en).toContain('placement P1, week 2026-W10: 18:00 hours worked, fewer than 24:00 fixed hours per week (24:00 fixed hours in the contract; policy minimum 4:00); the difference of 6:00 hours must be paid anyway');
  });

  it('exactly the fixed hours (3 × 8:00 = 24:00) is enough', () => {
    expect(of(run(workWeek('2026-03-02').slice(0, 3), { placements: [p24] }), 'BELOW_CONTRACT_HOURS')).toEqual([]);
  });

  it('without fixed hours in the contract the policy minimum applies: 3:59 is too little, 4:00 enough', () => {
    expect(of(run([hoursLine('2026-03-02', 4)]), 'BELOW_CONTRACT_HOURS')).toEqual([]);
    const [f] = of(run([line('2026-03-02', { start: '08:00', end: '11:59', breakMinutes: 0 })]), 'BELOW_CONTRACT_HOURS');
    expect(f!.message.nl).toContain('3:59 uur gewerkt, minder dan 4:00 vaste uren per week (geen vaste uren in het contract; beleid minimaal 4:00)');
  });

  it('a contract naming fewer hours than the policy minimum (2) still gets 4', () => {
    expect(of(run([hoursLine('2026-03-02', 3)], { placements: [{ ...placement, contractHoursPerWeek: 2 }] }), 'BELOW_CONTRACT_HOURS')).toHaveLength(1);
  });

  it('a week with lines of others but none of this placement is reported without a row', () => {
    const w2: WorkerInput = { ...worker, id: 'W2', bsn: '123456782' };
    const p2 = { ...placement, id: 'P2', workerId: 'W2' };
    const r = run([...workWeek('2026-03-02'), ...workWeek('2026-03-09', { workerId: 'W2', placementId: 'P2' })], { workers: [worker, w2], placements: [placement, p2] });
    const found = of(r, 'BELOW_CONTRACT_HOURS');
    // W1 has no line in 2026-W11, W2 none in 2026-W10: each placement is short 4:00 in the other week.
    expect(found.map((f) => [f.ref.placementId, f.ref.week, f.ref.row])).toEqual([['P2', '2026-W10', undefined], ['P1', '2026-W11', undefined]]);
    expect(found[0]!.ref).toMatchObject({ workerId: 'W2', hirerId: 'H1' });
    expect(found[0]!.message.en).toContain('0:00 hours worked');
    // Findings without a row come last.
    expect(r.findings.slice(-2)).toEqual(found);
  });

  it('a week in which nobody has lines is not covered (a mistyped far-away date adds one week, not every week up to it)', () => {
    const r = run([...workWeek('2026-03-02'), ...workWeek('2026-03-16')]);
    expect(of(r, 'BELOW_CONTRACT_HOURS')).toEqual([]);
  });

  it('a week in which the placement starts or ends is not checked (fixed hours of a part week are not defined)', () => {
    const starts = { ...placement, start: '2026-03-04' };
    expect(of(run([hoursLine('2026-03-04', 2)], { placements: [starts] }), 'BELOW_CONTRACT_HOURS')).toEqual([]);
  });

  it('a contractor has no fixed hours', () => {
    const contractor: WorkerInput = { ...worker, type: 'contractor', bsn: undefined };
    expect(of(run([hoursLine('2026-03-02', 2)], { workers: [contractor] }), 'BELOW_CONTRACT_HOURS')).toEqual([]);
  });

  it('the policy minimum is a rule figure: an agency override to 8 makes 7:59 too little', () => {
    const rules = withOverrides(defaultRules, { layer: 'agency', parameters: { 'policy.minContractHours': 8 } });
    expect(of(run([line('2026-03-02', { start: '08:00', end: '16:29' })], { rules }), 'BELOW_CONTRACT_HOURS')).toHaveLength(1);
    expect(of(run([line('2026-03-02')], { rules }), 'BELOW_CONTRACT_HOURS')).toEqual([]);
  });
});
