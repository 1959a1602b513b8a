import { COMMANDS, type Command, type OptionSpec } from './commands/index.js';
import { strings, type Lang } from './i18n.js';

/** Options every command accepts. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', help: { nl: '', en: '' } },
  lang: { type: 'string', placeholder: { nl: '<nl|en>', en: '<nl|en>' }, help: { nl: '', en: '' } },
  help: { type: 'boolean', short: 'h', help: { nl: '', en: '' } },
  version: { type: 'boolean', help: { nl: '', en: '' } },
};

function globalHelp(name: string, lang: Lang): string {
  const s = strings(lang);
  return ({ json: s.optJson, lang: s.optLang, help: s.optHelp, version: s.optVersion } as Record<string, string>)[name] ?? '';
}

function optionLabel(name: string, spec: OptionSpec, lang: Lang): string {
  const long = `--${name}${spec.type === 'string' && spec.placeholder ? ` ${spec.placeholder[lang]}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : long;
}

/** Two aligned columns, indented. */
function list(rows: readonly [string, string][]): string[] {
  const w = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(w)}   ${b}`.trimEnd());
}

function globalOptionLines(lang: Lang): string[] {
  return list(Object.entries(GLOBAL_OPTIONS).map(([n, spec]) => [optionLabel(n, spec, lang), globalHelp(n, lang)]));
}

/** `backofficer --help`: what it is, the commands, the options, examples, exit codes, what next. */
export function generalHelp(lang: Lang): string {
  const s = strings(lang);
  const placeholder = lang === 'nl' ? '<opdracht>' : '<command>';
  return [
    s.intro,
    '',
    `${s.usage}: backofficer ${placeholder} [${s.arguments.toLowerCase()}] [${s.options.toLowerCase()}]`,
    '',
    `${s.commands}:`,
    ...list(COMMANDS.map((c) => [c.name, c.summary[lang]])),
    '',
    `${s.globalOptions}:`,
    ...globalOptionLines(lang),
    '',
    `${s.examples}:`,
    ...['backofficer start', ...COMMANDS.filter((c) => c.name !== 'start').map((c) => c.examples[0]!)].map((e) => `  ${e}`),
    '',
    `${s.exitCodes}:`,
    ...s.exitCodeLines.map((l) => `  ${l}`),
    '',
    s.moreHelp,
  ].join('\n');
}

/** `backofficer <command> --help`. */
export function commandHelp(command: Command, lang: Lang): string {
  const s = strings(lang);
  const args = command.args.map((a) => (a.required ? a.name[lang] : `[${a.name[lang]}]`)).join(' ');
  const lines = [
    `backofficer ${command.name}: ${command.summary[lang]}`,
    '',
    `${s.usage}: backofficer ${command.name}${args ? ` ${args}` : ''} [${s.options.toLowerCase()}]`,
  ];
  if (command.details) lines.push('', command.details[lang]);
  if (command.args.length > 0) {
    lines.push('', `${s.arguments}:`, ...list(command.args.map((a) => [a.name[lang], a.help[lang]])));
  }
  const own = Object.entries(command.options);
  if (own.length > 0) {
    lines.push('', `${s.options}:`, ...list(own.map(([n, spec]) => [optionLabel(n, spec, lang), spec.help[lang]])));
  }
  lines.push('', `${s.globalOptions}:`, ...globalOptionLines(lang));
  lines.push('', `${s.examples}:`, ...command.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}
