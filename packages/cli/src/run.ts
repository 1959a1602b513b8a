import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isBackOfficerError, maskSensitive } from '@backofficer/core';
import { COMMANDS, findCommand, type Command, type OptionSpec } from './commands/index.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { GLOBAL_OPTIONS, commandHelp, generalHelp } from './help.js';
import { DEFAULT_LANG, STRINGS, isLang, strings, type Lang } from './i18n.js';
import { processIo, type Io } from './output/io.js';
import { toJson } from './output/json.js';
import { version } from './version.js';

type Options = NonNullable<ParseArgsConfig['options']>;

function toParseArgs(specs: Readonly<Record<string, OptionSpec>>): Options {
  const out: Options = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  return out;
}

/** Every option any command knows, so that the first pass finds the command name behind them. */
function allOptions(): Options {
  let all = toParseArgs(GLOBAL_OPTIONS);
  for (const c of COMMANDS) all = { ...all, ...toParseArgs(c.options) };
  return all;
}

const usage = (code: string, make: (lang: Lang) => string, command?: string) =>
  new UsageError(code, { nl: make('nl'), en: make('en') }, command);

/** Edit distance, to suggest "deadlines" for "deadline". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function unknownCommand(name: string): UsageError {
  const known = COMMANDS.map((c) => c.name);
  const close = known.map((k) => ({ k, d: distance(name.toLowerCase(), k) })).sort((x, y) => x.d - y.d)[0];
  const suggestion = close && close.d <= 2 ? close.k : undefined;
  return usage('UNKNOWN_COMMAND', (l) => STRINGS[l].unknownCommand(name, [...known, 'help'].join(', '), suggestion));
}

/** Turns node's parseArgs errors into messages in the user's language. */
function parseError(e: unknown, command: Command): UsageError {
  const err = e as { code?: string; message?: string };
  const option = /'(-{1,2}[^' ]+)/.exec(err.message ?? '')?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return usage('UNKNOWN_OPTION', (l) => STRINGS[l].unknownOption(option, command.name), command.name);
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = option.replace(/^-+/, '');
    const spec = command.options[name] ?? GLOBAL_OPTIONS[name];
    if (spec?.type === 'boolean') return usage('OPTION_TAKES_NO_VALUE', (l) => STRINGS[l].optionTakesNoValue(option), command.name);
    return usage('OPTION_NEEDS_VALUE', (l) => STRINGS[l].optionNeedsValue(option, spec?.placeholder?.[l] ?? '<…>'), command.name);
  }
  throw e;
}

function report(e: unknown, lang: Lang, json: boolean, io: Io, command: string | undefined): number {
  const s = strings(lang);
  if (e instanceof UsageError || isBackOfficerError(e)) {
    const helpFor = e instanceof UsageError ? e.command : command;
    const helpCommand = helpFor ? `backofficer ${helpFor} --help` : 'backofficer --help';
    const structure = /^(WORKBOOK_|MAPPING_)/.test(e.code);
    // The one door every error leaves by: anything shaped like a BSN or IBAN is masked here too
    // (a usage message quotes the option value as typed: --weeks 123456782).
    const text = maskSensitive(e.texts[lang]);
    if (json) {
      const kind = e instanceof UsageError ? 'usage' : e.kind;
      const field = e instanceof UsageError ? undefined : e.field;
      io.err(toJson({ error: { code: e.code, kind, ...(field !== undefined ? { field } : {}), message: text, help: helpCommand } }));
    } else {
      io.err(`${s.error}: ${text}\n${structure ? `${s.structureHint}\n` : ''}${s.help}: ${helpCommand}`);
    }
    return EXIT_USAGE;
  }
  const message = maskSensitive(e instanceof Error ? e.message : String(e));
  if (json) io.err(toJson({ error: { code: 'INTERNAL', kind: 'internal', message } }));
  else io.err(`${s.error}: ${s.internalError(message)}`);
  if (process.env.BACKOFFICER_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
  return EXIT_INTERNAL;
}

export interface RunOptions {
  readonly io?: Io;
  /** The current moment; tests pin it. */
  readonly now?: () => Date;
}

/**
 * Runs `backofficer` with the arguments after the program name and returns the exit code:
 * 0 done (no errors), 1 the result has findings of severity error, 2 wrong input or usage (a
 * message in the chosen language says what was expected and what to do next), 3 internal error.
 * Never throws.
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const io = options.io ?? processIo;
  const now = options.now ?? (() => new Date());
  let lang: Lang = DEFAULT_LANG;
  let json = false;
  let commandName: string | undefined;
  try {
    // First pass, lenient: language, JSON and the command name (whatever options surround it).
    const pre = parseArgs({ args: [...argv], options: allOptions(), allowPositionals: true, strict: false });
    json = pre.values.json === true;
    const langValue = pre.values.lang;
    if (langValue !== undefined) {
      if (typeof langValue !== 'string') throw usage('OPTION_NEEDS_VALUE', (l) => STRINGS[l].optionNeedsValue('--lang', 'en'));
      if (!isLang(langValue)) throw usage('INVALID_LANG', (l) => STRINGS[l].badLang(langValue));
      lang = langValue;
    }
    if (pre.values.version === true) {
      io.out(version);
      return EXIT_OK;
    }
    const [name, ...rest] = pre.positionals;
    if (name === undefined) {
      io.out(generalHelp(lang));
      return EXIT_OK;
    }
    if (name === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.out(generalHelp(lang));
      else io.out(commandHelp(findCommand(topic) ?? (() => { throw unknownCommand(topic); })(), lang));
      return EXIT_OK;
    }
    const command = findCommand(name);
    if (!command) throw unknownCommand(name);
    commandName = command.name;

    // Second pass, strict: only the global options and the command's own.
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: { ...toParseArgs(GLOBAL_OPTIONS), ...toParseArgs(command.options) }, allowPositionals: true, strict: true });
    } catch (e) {
      throw parseError(e, command);
    }
    if (parsed.values.help === true) {
      io.out(commandHelp(command, lang));
      return EXIT_OK;
    }
    const args = parsed.positionals.slice(parsed.positionals.indexOf(name) + 1);
    command.args.forEach((a, i) => {
      if (a.required && args[i] === undefined) {
        throw usage('MISSING_ARGUMENT', (l) => STRINGS[l].missingArgument(command.name, a.name[l], a.example), command.name);
      }
    });
    const extra = args[command.args.length];
    if (extra !== undefined) throw usage('UNEXPECTED_ARGUMENT', (l) => STRINGS[l].unexpectedArgument(extra, command.name), command.name);

    const own: Record<string, string | boolean | undefined> = {};
    for (const key of Object.keys(command.options)) own[key] = parsed.values[key] as string | boolean | undefined;
    const code = await command.run({ lang, json, args, options: own, io, now });
    return typeof code === 'number' ? code : EXIT_OK;
  } catch (e) {
    return report(e, lang, json, io, commandName);
  }
}
