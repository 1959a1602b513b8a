import { describe, expect, it } from 'vitest';
import { bsnElevenTestSum, checkBsn, isValidBsn } from '../../src/identity/index.js';

// DOMAIN.md §16: 9 digits; 9a+8b+7c+6d+5e+4f+3g+2h−i is a multiple of 11; all zeros rejected;
// old 8-digit numbers get a leading 0. Valid examples 111222333, 123456782 [kiesgoed.nl].
describe('BSN 11-test (elfproef), DOMAIN.md §16', () => {
  it('111222333 is valid: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 9+8+7+12+10+8+9+6−3 = 66 = 6×11', () => {
    expect(bsnElevenTestSum('111222333')).toBe(66);
    expect(isValidBsn('111222333')).toBe(true);
  });

  it('123456782 is valid: 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8−2 = 9+16+21+24+25+24+21+16−2 = 154 = 14×11', () => {
    expect(bsnElevenTestSum('123456782')).toBe(154);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('123456789 fails: 156 − 9 = 147 = 13×11 + 4', () => {
    expect(bsnElevenTestSum('123456789')).toBe(147);
    const r = checkBsn('123456789');
    expect(r).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('111222334 fails: 66 + 3 − 4 = 65 = 5×11 + 10 (one digit off)', () => {
    expect(bsnElevenTestSum('111222334')).toBe(65);
    expect(isValidBsn('111222334')).toBe(false);
  });

  it('a swap of the last two digits is caught: 123456728 → 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·2−8 = 9+16+21+24+25+24+21+4−8 = 136 = 12×11 + 4', () => {
    expect(bsnElevenTestSum('123456728')).toBe(136);
    expect(isValidBsn('123456728')).toBe(false);
  });

  it('an old 8-digit number gets a leading 0 (DOMAIN.md §16): 12345672 → 012345672, 0+8+14+18+20+20+18+14−2 = 110 = 10×11', () => {
    expect(bsnElevenTestSum('012345672')).toBe(110);
    expect(checkBsn('12345672')).toEqual({ valid: true, normalized: '012345672' });
    expect(isValidBsn(12345672)).toBe(true); // a spreadsheet number has lost the 0
  });

  it('all zeros passes the arithmetic (sum 0) but is no BSN', () => {
    expect(bsnElevenTestSum('000000000')).toBe(0);
    expect(checkBsn('000000000')).toMatchObject({ valid: false, reason: 'all-zeros' });
    expect(checkBsn('00000000')).toMatchObject({ valid: false, reason: 'all-zeros' });
  });

  it('spaces, dots and dashes between digits are allowed; the normal form is 9 digits', () => {
    expect(checkBsn(' 1112.22.333 ')).toEqual({ valid: true, normalized: '111222333' });
    expect(checkBsn('111 222 333')).toEqual({ valid: true, normalized: '111222333' });
    expect(checkBsn('111-222-333')).toEqual({ valid: true, normalized: '111222333' });
    expect(isValidBsn(123456782)).toBe(true);
  });

  it('reasons: empty, length, characters', () => {
    expect(checkBsn('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkBsn('   ')).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkBsn(undefined)).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkBsn(null)).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkBsn('1234567')).toMatchObject({ valid: false, reason: 'length' });
    expect(checkBsn('1234567820')).toMatchObject({ valid: false, reason: 'length' });
    expect(checkBsn('12345678a')).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkBsn(12345678.5)).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkBsn(-123456782)).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkBsn({})).toMatchObject({ valid: false, reason: 'characters' });
  });

  it('messages in Dutch and English never echo the full number', () => {
    const r = checkBsn('123456789');
    if (r.valid) throw new Error('expected invalid');
    expect(r.texts.en).toBe('BSN ******789 fails the 11-test (elfproef)');
    expect(r.texts.nl).toBe('BSN ******789 voldoet niet aan de elfproef');
    for (const bad of ['123456789', '1234567', '12345678a', '1234567820']) {
      const c = checkBsn(bad);
      if (c.valid) throw new Error('expected invalid');
      expect(c.texts.nl).not.toContain(bad);
      expect(c.texts.en).not.toContain(bad);
      expect(c.texts.en).not.toMatch(/\d{4,}/);
      expect(c.texts.nl).not.toMatch(/\d{4,}/);
    }
  });

  it('the length message says how many digits it got', () => {
    const r = checkBsn('1234567');
    if (r.valid) throw new Error('expected invalid');
    expect(r.texts.en).toBe('A BSN has 9 digits (an old 8-digit number gets a leading 0); this one has 7');
  });
});
