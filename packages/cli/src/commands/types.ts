import type { Texts } from '@backofficer/core';
import type { Io } from '../output/io.js';
import type { Lang } from '../i18n.js';

/** An option of a command, for util.parseArgs and for the help text. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Placeholder shown in help and messages, e.g. "<jaren>" / "<years>". */
  readonly placeholder?: Texts;
  readonly help: Texts;
}

export interface ArgumentSpec {
  readonly name: Texts;
  readonly help: Texts;
  readonly required: boolean;
  /** Example value used in the "missing" message. */
  readonly example: string;
}

export interface Context {
  readonly lang: Lang;
  readonly json: boolean;
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  /** Values of the command's own options. */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly io: Io;
  /** The current moment (injected so `start` can be tested on a fixed day). */
  readonly now: () => Date;
}

/**
 * One command of `backofficer`. Each lives in its own file under commands/ and is listed in
 * commands/index.ts; the runner does parsing, help and errors for all of them.
 */
export interface Command {
  readonly name: string;
  readonly summary: Texts;
  readonly args: readonly ArgumentSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
  /** Longer explanation for `backofficer <command> --help`. */
  readonly details?: Texts;
  /** Returns the exit code (default 0): 1 when the result has findings of severity error. */
  run(ctx: Context): void | number | Promise<void | number>;
}
