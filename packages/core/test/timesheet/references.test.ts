import { describe, expect, it } from 'vitest';
import { hirer, line, of, placement, run, worker } from './helpers.js';

/*
 * Every line must belong to a registered worker and an existing placement of that worker at a
 * registered hirer, on a date within the placement (DOMAIN.md §1: placements and their changes
 * are set by the Friday cut-off; hours are paid and invoiced per placement).
 */

describe('WORKER_UNKNOWN / PLACEMENT_UNKNOWN / PLACEMENT_WORKER_MISMATCH / HIRER_UNKNOWN (DOMAIN.md §1: payroll per registered worker and placement)', () => {
  it('a worker id that is not among the workers is an error on the worker number', () => {
    const r = run([line('2026-03-02', { workerId: 'W9' })], { placements: [placement, { ...placement, id: 'P9', workerId: 'W9' }] });
    const [f] = of(r, 'WORKER_UNKNOWN');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'workerId', workerId: 'W9' } });
    expect(f!.message.nl).toContain('uitzendkracht W9 staat niet bij de uitzendkrachten');
  });

  it('a placement id that does not exist is an error on the placement number', () => {
    const [f] = of(run([line('2026-03-02', { placementId: 'P9' })]), 'PLACEMENT_UNKNOWN');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'placementId', placementId: 'P9' } });
  });

  it("a placement of another worker is an error; the line's own placement is not", () => {
    const other = { ...worker, id: 'W2', bsn: '123456782' };
    const r = run([line('2026-03-02', { workerId: 'W2' })], { workers: [worker, other] });
    const [f] = of(r, 'PLACEMENT_WORKER_MISMATCH');
    expect(f!.message.en).toContain('placement P1 belongs to worker W1, not to W2');
    expect(of(run([line('2026-03-02')]), 'PLACEMENT_WORKER_MISMATCH')).toEqual([]);
  });

  it('a placement whose hirer is not among the hirers is an error; a known hirer is not', () => {
    const [f] = of(run([line('2026-03-02')], { hirers: [{ ...hirer, id: 'H2' }] }), 'HIRER_UNKNOWN');
    expect(f).toMatchObject({ severity: 'error', ref: { hirerId: 'H1' } });
    const r = run([line('2026-03-02')]);
    expect([...of(r, 'WORKER_UNKNOWN'), ...of(r, 'PLACEMENT_UNKNOWN'), ...of(r, 'HIRER_UNKNOWN')]).toEqual([]);
  });
});

describe('OUTSIDE_PLACEMENT (placement start and end date, both inclusive)', () => {
  const ended = { ...placement, start: '2026-02-02', end: '2026-03-01' };

  it('the day after the end date (Monday 2 March, placement ended Sunday 1 March) is an error on the date', () => {
    const [f] = of(run([line('2026-03-02')], { placements: [ended] }), 'OUTSIDE_PLACEMENT');
    expect(f).toMatchObject({ severity: 'error', ref: { field: 'date', date: '2026-03-02' } });
    expect(f!.message.en).toContain('2026-03-02 is outside placement P1 (2026-02-02 – 2026-03-01)');
  });

  it('the end date itself and the start date itself are inside', () => {
    expect(of(run([line('2026-03-01'), line('2026-02-02')], { placements: [ended] }), 'OUTSIDE_PLACEMENT')).toEqual([]);
  });

  it('the day before the start date is outside', () => {
    expect(of(run([line('2026-02-01')], { placements: [ended] }), 'OUTSIDE_PLACEMENT')).toHaveLength(1);
  });
});
