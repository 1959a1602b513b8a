/**
 * Errors of @backofficer/core.
 *
 * Every error a user can cause carries a stable `code`, the `field` in the user's words, and a
 * message in Dutch and English (`texts`). `message` is the English text so that stack traces and
 * logs of developers stay readable; user interfaces pick `texts[lang]`.
 * Values shown in messages pass through `displayValue`, which masks personal data.
 */
export type Lang = 'nl' | 'en';
export interface Texts {
  nl: string;
  en: string;
}

export abstract class BackOfficerError extends Error {
  abstract readonly kind: 'input' | 'no-rule';
  readonly code: string;
  readonly texts: Texts;
  readonly field: string | undefined;

  constructor(code: string, texts: Texts, field?: string) {
    super(texts.en);
    this.code = code;
    this.texts = texts;
    this.field = field;
    this.name = new.target.name;
  }

  /** The message in the requested language. */
  text(lang: Lang = 'en'): string {
    return this.texts[lang];
  }
}

/** Bad input: the field, the value (masked where personal) and what was expected. */
export class InputError extends BackOfficerError {
  readonly kind = 'input' as const;
  constructor(code: string, texts: Texts, field?: string) {
    super(code, texts, field);
  }
}

/** No rule covers the request: an unknown parameter, or a date before the first known value. */
export class NoRuleError extends BackOfficerError {
  readonly kind = 'no-rule' as const;
  constructor(code: string, texts: Texts, field?: string) {
    super(code, texts, field);
  }
}

export function isBackOfficerError(e: unknown): e is BackOfficerError {
  return e instanceof BackOfficerError;
}
