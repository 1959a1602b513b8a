/// <reference types="custom-functions-runtime" />
/// <reference types="office-js" />
/**
 * How a failure reaches an Excel cell. A custom function never throws: every problem becomes an
 * error value that Excel shows in the cell with our message in its error menu (DESIGN.md):
 * - bad or out-of-range input (core InputError) → #VALUE! with the message,
 * - no rule covers the date (core NoRuleError) → #N/A with the message,
 * - anything unexpected → #VALUE! with a generic message (never the raw exception text, which
 *   could carry data we did not mask).
 * Only #VALUE! and #N/A can carry a message in Excel, so no other code is used.
 */
import type { Lang, Texts } from '@backofficer/core';

/** The language of the messages: Dutch when Office's display language is Dutch, else English. */
export function displayLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const lang = office?.context?.displayLanguage;
    return typeof lang === 'string' && lang.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  } catch {
    return 'en';
  }
}

interface CoreErrorShape {
  kind: 'input' | 'no-rule';
  texts: Texts;
}

/** A BackOfficer error from any copy of core (checked by shape, not by class identity). */
function isCoreError(e: unknown): e is CoreErrorShape {
  if (typeof e !== 'object' || e === null) return false;
  const { kind, texts } = e as Partial<CoreErrorShape>;
  return (
    (kind === 'input' || kind === 'no-rule') &&
    typeof texts === 'object' &&
    texts !== null &&
    typeof texts.en === 'string' &&
    typeof texts.nl === 'string'
  );
}

const UNEXPECTED: Texts = {
  nl: 'onverwachte fout bij het berekenen; controleer de invoer of meld dit bij de back-office',
  en: 'unexpected problem while calculating; check the input or report this to the back-office',
};

/** The Excel error value for anything a function body threw. */
export function toExcelError(e: unknown, functionName: string, lang: Lang = displayLanguage()): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (isCoreError(e)) {
    const code = e.kind === 'no-rule' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, e.texts[lang]);
  }
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `${functionName}: ${UNEXPECTED[lang]}`);
}

/** Runs a function body; a throw becomes the matching Excel error value, returned, not thrown. */
export function guard<T>(functionName: string, body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (e) {
    return toExcelError(e, functionName);
  }
}

/**
 * Like `guard` for functions that spill: a whole-call failure (say, ranges of different sizes)
 * comes back as a 1×1 array holding the error, the shape Excel expects from a matrix function.
 */
export function guardMatrix<T>(functionName: string, body: () => T[][]): (T | CustomFunctions.Error)[][] {
  try {
    return body();
  } catch (e) {
    return [[toExcelError(e, functionName)]];
  }
}
