import { describe, expect, it } from 'vitest';
import { languageOf, resolveLanguage } from '../i18n/language.js';
import { format, messages } from '../i18n/messages.js';

describe('pane language (Office.context.displayLanguage, else the user choice)', () => {
  it('Dutch for any nl-* display language, English otherwise', () => {
    expect(['nl-NL', 'nl-BE', 'NL', 'nl_NL'].map(languageOf)).toEqual(['nl', 'nl', 'nl', 'nl']);
    expect(['en-US', 'de-DE', 'fy-NL', '', undefined].map(languageOf)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });

  it('a choice in Settings wins over Office', () => {
    expect(resolveLanguage('auto', 'nl-NL')).toBe('nl');
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
    expect(resolveLanguage('nl', 'en-US')).toBe('nl');
  });

  it('both languages have every text, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messages.nl) as (keyof typeof messages.nl)[]) {
      expect(messages.en[key], key).toBeTruthy();
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.nl[key]));
    }
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
  });

  it('fills placeholders', () => {
    expect(format('nl', 'control.summary.weeks', { lines: '2.253', from: '2025-W50', to: '2026-W10', seconds: '0,8 s' }))
      .toBe('2.253 urenregels gecontroleerd (2025-W50 t/m 2026-W10) in 0,8 s.');
    expect(format('en', 'control.source.table', { name: 'T', sheet: 'S', rows: 3 })).toBe('Table T (S, 3 rows)');
  });
});
