import { describe, expect, it } from 'vitest';
import { checkKvk, isValidKvk } from '../../src/identity/index.js';

// DOMAIN.md §16: KvK number, 8 digits, no checksum [kvk.nl].
describe('KvK number: 8 digits, no checksum (DOMAIN.md §16)', () => {
  it('8 digits are valid, with or without spaces or dots', () => {
    expect(checkKvk('12345678')).toEqual({ valid: true, normalized: '12345678' });
    expect(checkKvk('1234 5678')).toEqual({ valid: true, normalized: '12345678' });
    expect(isValidKvk('12.34.56.78')).toBe(true);
  });

  it('a spreadsheet number lost its leading zero: 1234567 → 01234567; a text must have all 8 digits', () => {
    expect(checkKvk(1234567)).toEqual({ valid: true, normalized: '01234567' });
    expect(checkKvk('1234567')).toMatchObject({ valid: false, reason: 'length' });
  });

  it('reasons', () => {
    expect(checkKvk('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkKvk(null)).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkKvk('123456789')).toMatchObject({ valid: false, reason: 'length' });
    expect(checkKvk('1234567a')).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkKvk('00000000')).toMatchObject({ valid: false, reason: 'all-zeros' });
  });

  it('texts in both languages', () => {
    const r = checkKvk('123');
    if (r.valid) throw new Error('expected invalid');
    expect(r.texts).toEqual({ nl: 'Een KvK-nummer heeft 8 cijfers; dit nummer heeft er 3', en: 'A KvK number has 8 digits; this one has 3' });
  });
});
