import { describe, expect, it } from 'vitest';
import { checkIban, IBAN_LENGTHS, ibanMod97, isValidIban } from '../../src/identity/index.js';

// DOMAIN.md §16: ISO 13616 mod 97 = 1; NL = NL + 2 digits + 4-letter bank code + 10 digits = 18
// characters; example NL91ABNA0417164300 [ecbs.org].
describe('IBAN, ISO 13616 mod 97 (DOMAIN.md §16)', () => {
  it('NL91ABNA0417164300 is valid, computed by hand', () => {
    // 1. Move NL91 to the end: ABNA0417164300NL91
    // 2. Letters to numbers A=10 B=11 N=23 L=21: 10 11 23 10 0417164300 23 21 91
    //    → 101123100417164300232191
    // 3. mod 97 piecewise: 101123100 mod 97 = 18 (97 × 1042506 = 101123082);
    //    "18"+"4171643" = 184171643 mod 97 = 71; "71"+"0023219" = 710023219 mod 97 = 0;
    //    "00"+"1" = 1 mod 97 = 1  → remainder 1: valid.
    expect(ibanMod97('NL91ABNA0417164300')).toBe(1);
    expect(checkIban('NL91ABNA0417164300')).toEqual({ valid: true, normalized: 'NL91ABNA0417164300' });
  });

  it('spaces and lower case are allowed; the normal form is compact upper case', () => {
    expect(checkIban('nl91 abna 0417 1643 00')).toEqual({ valid: true, normalized: 'NL91ABNA0417164300' });
    expect(isValidIban(' NL91 ABNA 0417 1643 00 ')).toBe(true);
  });

  it('a changed digit fails the checksum, and the message masks the number', () => {
    const r = checkIban('NL91ABNA0417164301');
    expect(r).toMatchObject({ valid: false, reason: 'checksum' });
    if (r.valid) return;
    expect(r.texts.en).toBe('IBAN NL************4301 has wrong check digits');
    expect(r.texts.nl).toBe('IBAN NL************4301 heeft een onjuist controlegetal');
    expect(r.texts.en).not.toContain('0417164301');
  });

  it('check digits 99 are no IBAN even though 99 ≡ 02 (mod 97): ISO allows 02–98 only', () => {
    // NL02ABNA0417164300 would need check digits 98 − r; 99 is never produced by the algorithm.
    expect(checkIban('NL99ABNA0417164300')).toMatchObject({ valid: false, reason: 'checksum' });
    expect(checkIban('NL00ABNA0417164300')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('per-country length: an NL IBAN has 18 characters', () => {
    expect(IBAN_LENGTHS.NL).toBe(18);
    const r = checkIban('NL91ABNA041716430');
    expect(r).toMatchObject({ valid: false, reason: 'length' });
    if (!r.valid) expect(r.texts.en).toBe('An IBAN from NL has 18 characters; this one has 17');
  });

  it('unknown country code → country', () => {
    expect(checkIban('ZZ91ABNA0417164300')).toMatchObject({ valid: false, reason: 'country' });
    expect(checkIban('US91ABNA0417164300')).toMatchObject({ valid: false, reason: 'country' });
  });

  it('characters: punctuation, a missing country or check digits, an NL bank code with digits', () => {
    expect(checkIban('NL91-ABNA-0417-1643-00')).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkIban('9191ABNA0417164300')).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkIban('NLXXABNA0417164300')).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkIban('NL91AB1A0417164300')).toMatchObject({ valid: false, reason: 'characters' });
    expect(checkIban(12345)).toMatchObject({ valid: false, reason: 'characters' });
  });

  it('empty', () => {
    expect(checkIban('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkIban('   ')).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkIban(undefined)).toMatchObject({ valid: false, reason: 'empty' });
  });

  it('every SEPA country has a length', () => {
    const sepa = [
      'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL',
      'PT', 'RO', 'SK', 'SI', 'ES', 'SE', // EU 27
      'IS', 'LI', 'NO', // EEA
      'CH', 'GB', 'MC', 'SM', 'VA', 'AD', 'GI', // other SEPA members
    ];
    for (const c of sepa) expect(IBAN_LENGTHS[c], c).toBeGreaterThan(14);
  });

  // Example IBANs published in the SWIFT IBAN registry (as listed by skwasjer/IbanNet
  // SupportedCountries.md); each has the registry length and passes mod 97.
  const published = [
    'AD12 0001 2030 2003 5910 0100', 'AT61 1904 3002 3457 3201', 'BE68 5390 0754 7034', 'BG80 BNBG 9661 1020 3456 78',
    'CH93 0076 2011 6238 5295 7', 'CY17 0020 0128 0000 0012 0052 7600', 'CZ65 0800 0000 1920 0014 5399', 'DE89 3704 0044 0532 0130 00',
    'DK50 0040 0440 1162 43', 'EE38 2200 2210 2014 5685', 'ES91 2100 0418 4502 0005 1332', 'FI21 1234 5600 0007 85',
    'FR14 2004 1010 0505 0001 3M02 606', 'GB29 NWBK 6016 1331 9268 19', 'GI75 NWBK 0000 0000 7099 453', 'GR16 0110 1250 0000 0001 2300 695',
    'HR12 1001 0051 8630 0016 0', 'HU42 1177 3016 1111 1018 0000 0000', 'IE29 AIBK 9311 5212 3456 78', 'IS14 0159 2600 7654 5510 7303 39',
    'IT60 X054 2811 1010 0000 0123 456', 'LI21 0881 0000 2324 013A A', 'LT12 1000 0111 0100 1000', 'LU28 0019 4006 4475 0000',
    'LV80 BANK 0000 4351 9500 1', 'MC58 1122 2000 0101 2345 6789 030', 'MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'NL91 ABNA 0417 1643 00',
    'NO93 8601 1117 947', 'PL61 1090 1014 0000 0712 1981 2874', 'PT50 0002 0123 1234 5678 9015 4', 'RO49 AAAA 1B31 0075 9384 0000',
    'SE45 5000 0000 0583 9825 7466', 'SI56 2633 0001 2039 086', 'SK31 1200 0000 1987 4263 7541', 'SM86 U032 2509 8000 0000 0270 100',
    'VA59 0011 2300 0012 3456 78', 'AL47 2121 1009 0000 0002 3569 8741', 'MD24 AG00 0225 1000 1310 4168', 'ME25 5050 0001 2345 6789 51',
    'MK07 2501 2000 0058 984', 'UA21 3223 1300 0002 6007 2335 6600 1', 'TR33 0006 1005 1978 6457 8413 26', 'RS35 2600 0560 1001 6113 79',
    'BA39 1290 0794 0102 8494', 'XK05 1212 0123 4567 8906', 'GE29 NB00 0000 0101 9049 17', 'BY13 NBRB 3600 9000 0000 2Z00 AB00',
  ];
  it.each(published)('%s is valid', (iban) => {
    expect(checkIban(iban)).toMatchObject({ valid: true });
  });
});
