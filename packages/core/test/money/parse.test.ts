import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import DecimalJs from 'decimal.js';
import { Decimal, parseAmount, parseHours, parseMinutes, parseNumber, parsePercent } from '../../src/money/index.js';
import { InputError } from '../../src/errors/index.js';

function failure(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseAmount accepts what people write (DESIGN.md: number | string | Decimal, 12.50 or Dutch 12,50)', () => {
  const cases: [unknown, string][] = [
    [12.5, '12.5'],
    [new Decimal('12.50'), '12.5'],
    [new DecimalJs('12.50'), '12.5'], // a consumer's own decimal.js copy
    ['12.50', '12.5'],
    ['12,50', '12.5'],
    ['1.234,56', '1234.56'],
    ['€ 12,50', '12.5'],
    ['€12,50', '12.5'],
    ['EUR 12,50', '12.5'],
    ['12,50 €', '12.5'],
    ['1,234.56', '1234.56'],
    ['1.234.567,89', '1234567.89'],
    ['-12,50', '-12.5'],
    ['−12,50', '-12.5'], // Unicode minus
    ['-€ 12,50', '-12.5'],
    ['€ -12,50', '-12.5'],
    ['  12  ', '12'],
    [',5', '0.5'],
    ['0,125', '0.125'], // a leading 0 cannot be a thousands group
    ['1234,567', '1234.567'], // 4 digits before the mark: no group
    [0, '0'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(parseAmount(input, 'wage').toString()).toBe(expected);
  });

  it('returns our Decimal, exact: 0.1 stays 0.1, not 0.1000000000000000055…', () => {
    const d = parseAmount(0.1, 'wage');
    expect(d).toBeInstanceOf(Decimal);
    expect(d.toString()).toBe('0.1');
  });
});

describe('parseAmount rejects garbage with the field, the value and what was expected (issue 3 §2)', () => {
  it('"12,5,0": exactly the message from the issue', () => {
    const e = failure(() => parseAmount('12,5,0', 'wage'));
    expect(e.code).toBe('INVALID_AMOUNT');
    expect(e.field).toBe('wage');
    expect(e.texts.en).toBe('wage: "12,5,0" is not an amount; expected e.g. 12,50 or 12.50');
    expect(e.message).toBe(e.texts.en);
    expect(e.texts.nl).toBe('wage: "12,5,0" is geen bedrag; verwacht bijvoorbeeld 12,50 of 12.50');
  });

  it.each([NaN, Infinity, -Infinity])('%s is not an amount', (n) => {
    expect(failure(() => parseAmount(n, 'wage')).code).toBe('INVALID_AMOUNT');
  });

  it('a non-finite Decimal is not an amount', () => {
    expect(failure(() => parseAmount(new Decimal(NaN), 'wage')).code).toBe('INVALID_AMOUNT');
    expect(failure(() => parseAmount(new Decimal(Infinity), 'wage')).code).toBe('INVALID_AMOUNT');
  });

  it.each(['', '  ', '\u00a0'])('empty text %j is a missing value, not 0', (s) => {
    const e = failure(() => parseAmount(s, 'wage'));
    expect(e.code).toBe('MISSING_VALUE');
    expect(e.texts.en).toBe('wage: empty; expected an amount, e.g. 12,50 or 12.50');
  });

  it('undefined and null are missing', () => {
    expect(failure(() => parseAmount(undefined, 'wage')).texts.en).toBe('wage: missing; expected an amount, e.g. 12,50 or 12.50');
    expect(failure(() => parseAmount(null, 'wage')).code).toBe('MISSING_VALUE');
  });

  it.each(['1,234', '1.234', '12.345', '-1,234', '€ 999,999'])('%s is ambiguous (thousands group or 3 decimals?): error, never a guess', (s) => {
    const e = failure(() => parseAmount(s, 'wage'));
    expect(e.code).toBe('INVALID_AMOUNT');
    expect(e.texts.en).toContain('ambiguous');
    expect(e.texts.nl).toContain('dubbelzinnig');
  });

  it.each(['abc', '12a', '1e5', 'Infinity', 'NaN', '12.', '1.23.45', '1,234,56', '12 50', '--12', '+-12', '-€-12', '€', '%'])('%j is not an amount', (s) => {
    expect(failure(() => parseAmount(s, 'wage')).code).toBe('INVALID_AMOUNT');
  });

  it.each([{}, [], true, new Date(2026, 0, 1), DateTime.now(), Symbol('x'), () => 1])('an object or other non-amount (%s) is rejected', (v) => {
    const e = failure(() => parseAmount(v, 'wage'));
    expect(e.code).toBe('INVALID_AMOUNT');
    expect(e.texts.en.startsWith('wage: ')).toBe(true);
  });
});

describe('ranges (min/max inclusive)', () => {
  it('accepts the bounds themselves', () => {
    expect(parseAmount('0', 'wage', { min: 0 }).toString()).toBe('0');
    expect(parseAmount('100', 'wage', { max: 100 }).toString()).toBe('100');
  });

  it('below min: OUT_OF_RANGE naming the bound in each language', () => {
    const e = failure(() => parseAmount('-0,01', 'wage', { min: 0 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.texts.en).toBe('wage: "-0,01" is too low; expected an amount of at least 0');
    expect(e.texts.nl).toBe('wage: "-0,01" is te laag; verwacht een bedrag van minstens 0');
  });

  it('above max: the Dutch text writes the bound with a comma', () => {
    const e = failure(() => parseAmount(1000, 'wage', { max: '999.99' }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.texts.en).toBe('wage: 1000 is too high; expected an amount of at most 999.99');
    expect(e.texts.nl).toBe('wage: 1000 is te hoog; verwacht een bedrag van hoogstens 999,99');
  });
});

describe('parseNumber (factors and counts)', () => {
  it('reads 1,75 and 1.75 alike', () => {
    expect(parseNumber('1,75', 'factor').toString()).toBe('1.75');
    expect(parseNumber('1.75', 'factor').toString()).toBe('1.75');
  });

  it('"1,750" is ambiguous by default, but 1.75 when the field never has thousands (decimalOnly)', () => {
    expect(failure(() => parseNumber('1,750', 'factor')).code).toBe('INVALID_NUMBER');
    expect(parseNumber('1,750', 'factor', { decimalOnly: true }).toString()).toBe('1.75');
  });

  it('decimalOnly refuses thousands groups ("1.234,56")', () => {
    expect(failure(() => parseNumber('1.234,56', 'factor', { decimalOnly: true })).code).toBe('INVALID_NUMBER');
  });

  it('its message speaks of a number, not an amount', () => {
    expect(failure(() => parseNumber('x', 'factor')).texts.en).toBe('factor: "x" is not a number; expected e.g. 1.75 or 1,75');
  });
});

describe('parseHours: 7,5 and 7.5 and 7:30 are the same 7.5 hours (issue 3 §2)', () => {
  it.each(['7,5', '7.5', '7:30', 7.5, new Decimal('7.5'), ' 7:30 '])('%s → 7.5 hours', (v) => {
    expect(parseHours(v, 'hours').toString()).toBe('7.5');
  });

  it('7:30 is 450 minutes: 7 × 60 + 30', () => {
    expect(parseMinutes('7:30', 'hours')).toBe(450);
    expect(parseMinutes('7,5', 'hours')).toBe(450);
    expect(parseMinutes('0:01', 'hours')).toBe(1);
  });

  it('7:20 is 440 minutes = 7 1/3 hours, exact (440 / 60)', () => {
    expect(parseMinutes('7:20', 'hours')).toBe(440);
    expect(parseHours('7:20', 'hours').mul(3).toString()).toBe('22');
  });

  it('"7:75" is rejected: a clock has at most 59 minutes', () => {
    const e = failure(() => parseHours('7:75', 'hours'));
    expect(e.code).toBe('INVALID_HOURS');
    expect(e.texts.en).toBe('hours: "7:75" is not a number of hours (more than 59 minutes); expected e.g. 7.5, 7,5 or 7:30');
  });

  it('"7,333" is no whole number of minutes (7.333 × 60 = 439.98)', () => {
    expect(failure(() => parseHours('7,333', 'hours')).code).toBe('INVALID_HOURS');
  });

  it('"7,250" is 7.25 hours: hours never have thousands groups', () => {
    expect(parseMinutes('7,250', 'hours')).toBe(435);
  });

  it('garbage, empty and ranges', () => {
    expect(failure(() => parseHours('zeven', 'hours')).code).toBe('INVALID_HOURS');
    expect(failure(() => parseHours('', 'hours')).texts.en).toBe('hours: empty; expected a number of hours, e.g. 7.5, 7,5 or 7:30');
    expect(failure(() => parseHours('25', 'hours', { max: 24 })).texts.en).toBe('hours: "25" is too high; expected a number of hours of at most 24');
  });
});

describe('parsePercent: "15%" = 0,15 = 0.15', () => {
  it.each(['15%', '15 %', '15,0%', 0.15, '0,15', '0.15', new Decimal('0.15')])('%s → 0.15', (v) => {
    expect(parsePercent(v, 'margin').toString()).toBe('0.15');
  });

  it('8,33% → 0.0833 (holiday allowance until 2025, DOMAIN.md §6)', () => {
    expect(parsePercent('8,33%', 'holidayAllowance').toString()).toBe('0.0833');
  });

  it('rejects "%" alone, "abc%" and objects, showing the value as typed', () => {
    expect(failure(() => parsePercent('%', 'margin')).code).toBe('INVALID_PERCENT');
    expect(failure(() => parsePercent('abc%', 'margin')).texts.en).toBe('margin: "abc%" is not a percentage; expected e.g. 15% or 0.15');
    expect(failure(() => parsePercent({}, 'margin')).code).toBe('INVALID_PERCENT');
  });

  it('range bounds are fractions and are shown as percentages', () => {
    const e = failure(() => parsePercent('150%', 'margin', { max: 1 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.texts.en).toBe('margin: "150%" is too high; expected a percentage of at most 100%');
    expect(e.texts.nl).toBe('margin: "150%" is te hoog; verwacht een percentage van hoogstens 100%');
  });
});

describe('parseMinutes never overflows', () => {
  it('rejects a number of hours whose minutes do not fit a safe integer', async () => {
    const { parseMinutes } = await import('../../src/money/index.js');
    expect(() => parseMinutes(1e300, 'hours')).toThrow(/too large/);
  });
});
