import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors/index.js';
import { hirerLabels, hirerSchema, parseHirer } from '../../src/model/index.js';

const acme = { id: 'H-01', name: 'ACME Logistiek B.V.', kvk: '12345678', creditLimit: '€ 25.000,00', creditInsurance: 'insured', registeredAt: '2026-01-05' };

// Issue 3 §3b: hirer (KvK, credit limit); DOMAIN.md §14 credit insurance; §1 proof of hours.
describe('hirer schema (issue 3 §3b; DOMAIN.md §1, §14, §16)', () => {
  it('reads a Dutch amount as a Decimal and defaults "proof of hours required" to no', () => {
    const h = parseHirer(acme);
    expect(h.creditLimit.toString()).toBe('25000');
    expect(h.kvk).toBe('12345678');
    expect(h.requiresHoursProof).toBe(false);
    expect(h.registeredAt).toBe('2026-01-05T00:00:00+01:00');
  });

  it('credit insurance and proof of hours in Dutch words', () => {
    const h = parseHirer({ ...acme, creditInsurance: 'eigen beoordeling', requiresHoursProof: 'ja' });
    expect(h.creditInsurance).toBe('own-assessment');
    expect(h.requiresHoursProof).toBe(true);
    expect(parseHirer({ ...acme, creditInsurance: 'Onverzekerd', requiresHoursProof: 0 })).toMatchObject({ creditInsurance: 'uninsured', requiresHoursProof: false });
  });

  it('a negative credit limit, a bad KvK number and a bad flag are named in the clerk\'s words', () => {
    try {
      parseHirer({ ...acme, kvk: '1234567', creditLimit: '-100', requiresHoursProof: 'misschien' });
      throw new Error('expected failure');
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      expect(e.problems.map((p) => p.texts.en)).toEqual([
        'KvK number (Chamber of Commerce): A KvK number has 8 digits; this one has 7',
        'credit limit: "-100" is too low; expected an amount of at least 0',
        'proof of hours required: "misschien" is not yes or no; expected yes or no',
      ]);
      expect(e.problems[1]!.texts.nl).toBe('kredietlimiet: "-100" is te laag; verwacht een bedrag van minstens 0');
    }
  });

  it('every field has a Dutch and an English label', () => {
    for (const key of Object.keys(hirerSchema.shape)) expect(hirerLabels[key], key).toBeDefined();
  });
});
