import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors/index.js';
import { agreementOn, parsePlacement, placementLabels, type PlacementInput } from '../../src/model/index.js';

function failure(input: unknown): InvalidInputError {
  try {
    parsePlacement(input);
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

const base = {
  id: 'P-1',
  workerId: 'W-001',
  hirerId: 'H-01',
  job: 'Orderpicker',
  cao: 'abu',
  start: '2-3-2026',
  agreements: [{ from: '2026-03-02', wage: '14,71', mode: 'factor', factor: '1,7510' }],
} satisfies PlacementInput;

// Issue 3 §3b placement; DOMAIN.md §15: three modes per agreement, factor / margin / fixed rate.
describe('placement schema (issue 3 §3b; DOMAIN.md §15 rate modes)', () => {
  it('reads the CAO in any case and amounts and factors as Decimals', () => {
    const p = parsePlacement(base);
    expect(p.cao).toBe('ABU');
    expect(p.start).toBe('2026-03-02');
    const a = p.agreements[0]!;
    expect(a.mode).toBe('factor');
    if (a.mode !== 'factor') return;
    expect(a.wage.toString()).toBe('14.71');
    expect(a.factor.toString()).toBe('1.751');
  });

  it('a factor "1,750" is 1.75 (a factor has no thousands)', () => {
    const p = parsePlacement({ ...base, agreements: [{ from: '2026-03-02', wage: '12,50', mode: 'factor', factor: '1,750' }] });
    const a = p.agreements[0]!;
    expect(a.mode === 'factor' && a.factor.toString()).toBe('1.75');
  });

  it('the three modes, also in Dutch words, sorted by date; agreementOn picks the one in force', () => {
    const p = parsePlacement({
      ...base,
      end: '2026-12-31',
      contractHoursPerWeek: '4',
      agreements: [
        { from: '2026-07-01', wage: '15', mode: 'vast tarief', rate: '€ 29,04' },
        { from: '2026-03-02', wage: '14,71', mode: 'factor', factor: 1.751 },
        { from: '2026-05-01', wage: '15', mode: 'marge', margin: '15%', marginBasis: 'van tarief' },
      ],
    });
    expect(p.contractHoursPerWeek?.toString()).toBe('4');
    expect(p.agreements.map((a) => [a.from, a.mode])).toEqual([
      ['2026-03-02', 'factor'],
      ['2026-05-01', 'margin'],
      ['2026-07-01', 'fixed'],
    ]);
    const may = p.agreements[1]!;
    expect(may.mode === 'margin' && [may.margin.toString(), may.marginBasis]).toEqual(['0.15', 'of-rate']);
    expect(agreementOn(p, '2026-03-01')).toBeUndefined();
    expect(agreementOn(p, '2026-03-02')?.mode).toBe('factor');
    expect(agreementOn(p, '2026-04-30')?.mode).toBe('factor');
    expect(agreementOn(p, '2026-05-01')?.mode).toBe('margin');
    expect(agreementOn(p, '2027-01-01')?.mode).toBe('fixed');
  });

  it('each mode needs its own figure', () => {
    const e = failure({
      ...base,
      agreements: [
        { from: '2026-03-02', wage: '14', mode: 'factor' },
        { from: '2026-04-01', wage: '14', mode: 'margin', margin: '15%' },
        { from: '2026-05-01', wage: '14', mode: 'fixed', rate: '' },
      ],
    });
    expect(e.problems.map((p) => p.texts.en)).toEqual([
      'factor (wage agreements no. 1): missing; expected a factor for mode factor, e.g. 1.75',
      'margin basis (wage agreements no. 2): missing; expected of-rate (margin as a share of the rate) or markup (on cost)',
      'hourly rate (wage agreements no. 3): missing; expected an hourly rate for mode fixed, e.g. 28.50',
    ]);
  });

  it('a margin of the rate must stay below 100 % (rate = cost / (1 − m)); a markup may exceed it', () => {
    expect(failure({ ...base, agreements: [{ from: '2026-03-02', wage: '14', mode: 'margin', margin: '100%', marginBasis: 'of-rate' }] }).texts.en).toBe(
      'placement: margin (wage agreements no. 1): a margin of the rate must be below 100%; expected e.g. 15%',
    );
    const p = parsePlacement({ ...base, agreements: [{ from: '2026-03-02', wage: '14', mode: 'margin', margin: '120%', marginBasis: 'opslag' }] });
    expect(p.agreements[0]).toMatchObject({ mode: 'margin', marginBasis: 'markup' });
  });

  it('wage "12,5,0": the message from issue 3 §2, in the clerk\'s words', () => {
    const e = failure({ ...base, agreements: [{ from: '2026-03-02', wage: '12,5,0', mode: 'factor', factor: '1,75' }] });
    expect(e.texts.en).toBe('placement: hourly wage (wage agreements no. 1): "12,5,0" is not an amount; expected e.g. 12,50 or 12.50');
    expect(e.texts.nl).toBe('plaatsing: uurloon (loonafspraken nr. 1): "12,5,0" is geen bedrag; verwacht bijvoorbeeld 12,50 of 12.50');
  });

  it('a wage of 0 is no wage', () => {
    expect(failure({ ...base, agreements: [{ from: '2026-03-02', wage: 0, mode: 'factor', factor: 2 }] }).problems[0]!.texts.en).toBe(
      'hourly wage (wage agreements no. 1): 0 is not positive; expected an amount above 0',
    );
  });

  it('dates that contradict each other', () => {
    expect(failure({ ...base, end: '2026-03-01' }).texts.en).toBe(
      'placement: end date: 2026-03-01 is before the start date 2026-03-02; expected an end date on or after the start',
    );
    expect(failure({ ...base, agreements: [...base.agreements, { from: '2-3-2026', wage: '15', mode: 'fixed', rate: 30 }] }).texts.en).toBe(
      'placement: effective date (wage agreements no. 2): 2026-03-02 is also the date of agreement no. 1; expected one agreement per start date',
    );
    expect(failure({ ...base, agreements: [{ from: '2026-03-09', wage: '15', mode: 'fixed', rate: 30 }] }).texts.en).toBe(
      'placement: wage agreements: the first agreement starts only on 2026-03-09; expected a wage agreement from the start date 2026-03-02',
    );
    expect(failure({ ...base, agreements: [] }).texts.en).toBe('placement: wage agreements: received an empty list; expected at least 1 item');
  });

  it('an unknown CAO', () => {
    expect(failure({ ...base, cao: 'Metaal' }).texts.en).toBe('placement: CAO (collective agreement): "Metaal" is not a valid choice; expected one of: ABU, NBBU');
  });

  it('every field has a Dutch and an English label', () => {
    const keys = ['id', 'workerId', 'hirerId', 'job', 'cao', 'start', 'end', 'contractHoursPerWeek', 'agreements',
      'agreements.from', 'agreements.wage', 'agreements.mode', 'agreements.factor', 'agreements.margin', 'agreements.marginBasis', 'agreements.rate'];
    for (const key of keys) expect(placementLabels[key], key).toBeDefined();
  });
});
