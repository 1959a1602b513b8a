import { describe, expect, it } from 'vitest';
import { displayValue, isSensitiveField, maskBsn, maskIban, maskSensitive } from '../../src/errors/index.js';
import * as identity from '../../src/identity/index.js';

// DOMAIN.md §17 / DESIGN.md privacy: BSN and IBAN never unmasked in messages; a BSN never shows
// more than its last 3 digits.
describe('maskBsn: at most the last 3 digits (DOMAIN.md §17)', () => {
  it.each([
    ['123456782', '******782'],
    ['12345672', '*****672'],
    ['1234.56.782', '******782'],
    [123456782, '******782'],
    ['12', '***'],
    ['', '***'],
  ])('%s → %s', (input, masked) => {
    expect(maskBsn(input)).toBe(masked);
  });

  it('never more than 3 digits, whatever the input', () => {
    for (const v of ['111222333', '1112.22.333', ' 111 222 333 ', '12345', '1234567890123', 'abc123456789']) {
      expect(maskBsn(v).replace(/\D/g, '').length).toBeLessThanOrEqual(3);
    }
  });

  it('identity/ re-exports the same maskBsn and maskIban', () => {
    expect(identity.maskBsn).toBe(maskBsn);
    expect(identity.maskIban).toBe(maskIban);
  });
});

describe('maskIban: country code and last 4 characters', () => {
  it('NL91ABNA0417164300 → NL************4300 (18 − 2 − 4 = 12 stars)', () => {
    expect(maskIban('NL91ABNA0417164300')).toBe('NL************4300');
    expect(maskIban('nl91 abna 0417 1643 00')).toBe('NL************4300');
  });

  it('too short to show anything', () => {
    expect(maskIban('NL91')).toBe('****');
  });
});

describe('maskSensitive: free text and personal fields', () => {
  it('an IBAN in free text is masked', () => {
    expect(maskSensitive('Pay NL91 ABNA 0417 1643 00 now')).toBe('Pay NL************4300 now');
    expect(maskSensitive('iban NL91ABNA0417164300.')).toBe('iban NL************4300.');
  });

  it('a BSN in free text is masked', () => {
    expect(maskSensitive('BSN: 123456782.')).toBe('BSN: ******782.');
    expect(maskSensitive('bsn=123456782')).toBe('bsn=******782');
  });

  it('a whole value is masked when the field is personal (bsn, iban, birthDate)', () => {
    expect(isSensitiveField('bsn')).toBe(true);
    expect(isSensitiveField('worker.birthDate')).toBe(true);
    expect(isSensitiveField('agreements[0].wage')).toBe(false);
    expect(displayValue('123456782', 'bsn')).toBe('"******782"');
    expect(displayValue('NL91ABNA0417164300', 'iban')).toBe('"NL************4300"');
    expect(displayValue('2001-03-02', 'birthDate')).not.toMatch(/\d/);
    expect(displayValue(123456782)).toBe('******782');
  });

  // Known leaks in errors/mask.ts (reported, not in this area): a BSN written with separators or
  // an IBAN with dashes passes through free text unmasked. Flip to `it` once mask.ts handles them.
  it('a BSN with dots or spaces in free text is masked', () => {
    expect(maskSensitive('BSN 1234.56.782')).not.toContain('1234.56');
    expect(maskSensitive('BSN 123 456 782')).not.toContain('123 456');
  });
  it('an IBAN with dashes in free text is masked', () => {
    expect(maskSensitive('NL91-ABNA-0417-1643-00')).not.toContain('0417');
  });
});

describe('masking keeps dates and amounts readable', () => {
  it('does not mask an ISO date or a Dutch amount in free text', async () => {
    const { maskSensitive } = await import('../../src/errors/mask.js');
    expect(maskSensitive('on 2026-03-10 the total was 1.234,56')).toBe('on 2026-03-10 the total was 1.234,56');
  });
});
