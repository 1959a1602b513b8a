/**
 * Language of the pane: the user's choice in Settings, else Office's display language
 * (`Office.context.displayLanguage`, e.g. "nl-NL"), else English.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { format, type Lang, type MessageKey, type Params } from './messages.js';

export type LanguageChoice = 'auto' | Lang;

/** "nl-NL", "nl-BE", "nl" → nl; anything else → en. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().split(/[-_]/)[0] === 'nl' ? 'nl' : 'en';
}

export function resolveLanguage(choice: LanguageChoice, displayLanguage: string | undefined): Lang {
  return choice === 'auto' ? languageOf(displayLanguage) : choice;
}

const STORAGE_KEY = 'backofficer.language';

/** The choice is the user's (not the workbook's): kept in the pane's local storage when there is one. */
export function loadLanguageChoice(): LanguageChoice {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'nl' || v === 'en' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

export function saveLanguageChoice(choice: LanguageChoice): void {
  try {
    if (choice === 'auto') globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage may be blocked (private mode, policy); the choice then lasts for this session.
  }
}

export interface I18n {
  lang: Lang;
  choice: LanguageChoice;
  /** Office's display language as reported ("nl-NL"), or the browser's in the preview. */
  displayLanguage: string | undefined;
  setChoice(choice: LanguageChoice): void;
  t(key: MessageKey, params?: Params): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: {
  choice: LanguageChoice;
  displayLanguage: string | undefined;
  onChoice: (choice: LanguageChoice) => void;
  children: ReactNode;
}) {
  const { choice, displayLanguage, onChoice } = props;
  const value = useMemo<I18n>(() => {
    const lang = resolveLanguage(choice, displayLanguage);
    return { lang, choice, displayLanguage, setChoice: onChoice, t: (key, params) => format(lang, key, params) };
  }, [choice, displayLanguage, onChoice]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
