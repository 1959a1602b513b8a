import type { Texts } from '@backofficer/core';

/** Exit codes of the command (also listed in the help text). */
export const EXIT_OK = 0;
/** The control list (or another result) has findings of severity error. */
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A fault in backofficer itself (please report). */
export const EXIT_INTERNAL = 3;

/**
 * The user called the command wrongly (unknown command or option, missing argument). Like
 * core's InputError it carries a stable code and texts in both languages, and which help page
 * tells what to do next.
 */
export class UsageError extends Error {
  readonly code: string;
  readonly texts: Texts;
  /** The command whose help to point at; undefined for the general help. */
  readonly command: string | undefined;

  constructor(code: string, texts: Texts, command?: string) {
    super(texts.en);
    this.name = 'UsageError';
    this.code = code;
    this.texts = texts;
    this.command = command;
  }
}
