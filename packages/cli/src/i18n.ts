/**
 * Every text the command shows, in Dutch (the default: the people who use it speak Dutch) and
 * English. Commands take their words from here; core errors bring their own `texts`.
 */
import type { Lang } from '@backofficer/core';

export type { Lang };
export const LANGS: readonly Lang[] = ['nl', 'en'];
export const DEFAULT_LANG: Lang = 'nl';

export interface Strings {
  error: string;
  help: string;
  internalError: (message: string) => string;
  // Usage problems.
  unknownCommand: (name: string, known: string, suggestion?: string) => string;
  unknownOption: (option: string, command: string) => string;
  optionNeedsValue: (option: string, placeholder: string) => string;
  optionTakesNoValue: (option: string) => string;
  missingArgument: (command: string, what: string, example: string) => string;
  unexpectedArgument: (value: string, command: string) => string;
  badLang: (value: string) => string;
  // Help.
  usage: string;
  commands: string;
  options: string;
  arguments: string;
  examples: string;
  globalOptions: string;
  exitCodes: string;
  exitCodeLines: readonly string[];
  moreHelp: string;
  optJson: string;
  optLang: string;
  optHelp: string;
  optVersion: string;
  intro: string;
  // Payroll calendar.
  calendarTitle: (week: string, from: string, to: string) => string;
  colWhen: string;
  colWhat: string;
  colRule: string;
  colNote: string;
  timesIn: string;
  rulesAsOf: (date: string, table: string, checkedOn: string) => string;
  holidayShift: (policy: string) => string;
  shiftNames: Readonly<Record<string, string>>;
  movedNote: (day: string, holiday: string, to: string, policy: string) => string;
  notMovedNote: (day: string, holiday: string) => string;
  unconfirmed: string;
  // Minimum wage.
  wmlTitle: (date: string) => string;
  wmlOne: (date: string, ageLabel: string, amount: string) => string;
  wmlBblTitle: string;
  colAge: string;
  colPercentage: string;
  colHourly: string;
  colFrom: string;
  wmlNote: string;
  source: (source: string, checkedOn: string) => string;
  yearsAndOver: string;
  // Start.
  todayIs: (date: string, week: string) => string;
  /** What to do next after a workbook that cannot be read (missing sheet or column). */
  structureHint: string;
}

const nl: Strings = {
  error: 'Fout',
  help: 'Hulp',
  internalError: (m) => `Interne fout: ${m}\nDit is een fout in backofficer zelf, niet in uw invoer. Meld het met de opdracht die u gaf.`,
  unknownCommand: (name, known, suggestion) =>
    `onbekende opdracht "${name}"; ${suggestion ? `bedoelt u "${suggestion}"? ` : ''}bekende opdrachten: ${known}`,
  unknownOption: (option, command) => `onbekende optie ${option} bij "${command}"`,
  optionNeedsValue: (option, placeholder) => `optie ${option} heeft een waarde nodig, bijvoorbeeld ${option} ${placeholder}`,
  optionTakesNoValue: (option) => `optie ${option} heeft geen waarde; schrijf alleen ${option}`,
  missingArgument: (command, what, example) => `${command}: ${what} ontbreekt; bijvoorbeeld: backofficer ${example}`,
  unexpectedArgument: (value, command) => `onverwacht argument "${value}" bij "${command}"`,
  badLang: (value) => `--lang: "${value}" is geen taal die backofficer kent; verwacht nl of en`,
  usage: 'Gebruik',
  commands: 'Opdrachten',
  options: 'Opties',
  arguments: 'Argumenten',
  examples: 'Voorbeelden',
  globalOptions: 'Opties voor elke opdracht',
  exitCodes: 'Afsluitcodes',
  exitCodeLines: [
    '0  gelukt, geen fouten',
    '1  gelukt, maar er zijn bevindingen met ernst fout (de controlelijst zegt welke en waar)',
    '2  invoer of gebruik klopt niet (de melding zegt wat er verwacht wordt en wat u kunt doen)',
    '3  interne fout (meld het)',
  ],
  moreHelp: 'Meer over een opdracht: backofficer <opdracht> --help',
  optJson: 'uitvoer als JSON (voor andere programma\'s)',
  optLang: 'taal van de uitvoer: nl (standaard) of en',
  optHelp: 'deze uitleg',
  optVersion: 'versienummer',
  intro: 'backofficer: de regels van uitzenden en payrolling: controlelijst uren, marge, prognose, weekrapport, termijnen en minimumloon.',
  calendarTitle: (week, from, to) => `Termijnen voor werkweek ${week} (${from} t/m ${to})`,
  colWhen: 'Wanneer',
  colWhat: 'Wat',
  colRule: 'Regel',
  colNote: 'Opmerking',
  timesIn: 'Tijden in Nederlandse tijd (Europe/Amsterdam); 24:00 is het einde van die dag.',
  rulesAsOf: (date, table, checkedOn) => `Regels zoals geldig op ${date} (${table}, gecontroleerd ${checkedOn}).`,
  holidayShift: (policy) => `Termijn op een feestdag: ${policy} (policy.holidayShift).`,
  shiftNames: { 'previous-working-day': 'vervroegd naar de vorige werkdag', none: 'niet verschoven', 'next-working-day': 'verschoven naar de volgende werkdag' },
  movedNote: (day, holiday, to, policy) => `${day} is ${holiday}; ${policy}: ${to}`,
  notMovedNote: (day, holiday) => `${day} is ${holiday}; niet verschoven`,
  unconfirmed: 'onbevestigd',
  wmlTitle: (date) => `Wettelijk minimumloon per uur op ${date}`,
  wmlOne: (date, age, amount) => `Wettelijk minimumloon op ${date}, ${age}: ${amount} per uur`,
  wmlBblTitle: 'BBL-leerlingen (beroepsbegeleidende leerweg)',
  colAge: 'Leeftijd',
  colPercentage: 'Staffel',
  colHourly: 'Per uur',
  colFrom: 'Geldig vanaf',
  wmlNote: 'Bruto per uur, exclusief vakantiebijslag.',
  source: (source, checkedOn) => `Bron: ${source} (tabel gecontroleerd ${checkedOn}).`,
  yearsAndOver: 'jaar en ouder',
  todayIs: (date, week) => `Vandaag: ${date}, week ${week}`,
  structureHint:
    'Tip: de bladen en kolommen die backofficer kent staan in examples/README.md (begin met examples/template.xlsx); een voorbeeld van een kolomindeling staat in examples/mapping-example.json.',
};

const en: Strings = {
  error: 'Error',
  help: 'Help',
  internalError: (m) => `Internal error: ${m}\nThis is a fault in backofficer itself, not in your input. Please report it with the command you gave.`,
  unknownCommand: (name, known, suggestion) =>
    `unknown command "${name}"; ${suggestion ? `did you mean "${suggestion}"? ` : ''}known commands: ${known}`,
  unknownOption: (option, command) => `unknown option ${option} for "${command}"`,
  optionNeedsValue: (option, placeholder) => `option ${option} needs a value, e.g. ${option} ${placeholder}`,
  optionTakesNoValue: (option) => `option ${option} takes no value; write just ${option}`,
  missingArgument: (command, what, example) => `${command}: ${what} is missing; for example: backofficer ${example}`,
  unexpectedArgument: (value, command) => `unexpected argument "${value}" for "${command}"`,
  badLang: (value) => `--lang: "${value}" is not a language backofficer knows; expected nl or en`,
  usage: 'Usage',
  commands: 'Commands',
  options: 'Options',
  arguments: 'Arguments',
  examples: 'Examples',
  globalOptions: 'Options for every command',
  exitCodes: 'Exit codes',
  exitCodeLines: [
    '0  done, no errors',
    '1  done, but there are findings of severity error (the control list says which and where)',
    '2  input or usage is wrong (the message says what was expected and what to do)',
    '3  internal error (please report)',
  ],
  moreHelp: 'More about a command: backofficer <command> --help',
  optJson: 'output as JSON (for other programs)',
  optLang: 'output language: nl (default) or en',
  optHelp: 'this help',
  optVersion: 'version number',
  intro: 'backofficer: the rules of Dutch temp staffing and payrolling: timesheet control list, margin, forecast, weekly report, deadlines and minimum wage.',
  calendarTitle: (week, from, to) => `Deadlines for work week ${week} (${from} to ${to})`,
  colWhen: 'When',
  colWhat: 'What',
  colRule: 'Rule',
  colNote: 'Note',
  timesIn: 'Times are Dutch local time (Europe/Amsterdam); 24:00 is the end of that day.',
  rulesAsOf: (date, table, checkedOn) => `Rules in force on ${date} (${table}, checked ${checkedOn}).`,
  holidayShift: (policy) => `Deadline on a public holiday: ${policy} (policy.holidayShift).`,
  shiftNames: { 'previous-working-day': 'moved to the previous working day', none: 'not moved', 'next-working-day': 'moved to the next working day' },
  movedNote: (day, holiday, to, policy) => `${day} is ${holiday}; ${policy}: ${to}`,
  notMovedNote: (day, holiday) => `${day} is ${holiday}; not moved`,
  unconfirmed: 'unconfirmed',
  wmlTitle: (date) => `Statutory hourly minimum wage on ${date}`,
  wmlOne: (date, age, amount) => `Statutory minimum wage on ${date}, ${age}: ${amount} per hour`,
  wmlBblTitle: 'BBL learners (work-based vocational track)',
  colAge: 'Age',
  colPercentage: 'Scale',
  colHourly: 'Per hour',
  colFrom: 'In force from',
  wmlNote: 'Gross per hour, excluding holiday allowance.',
  source: (source, checkedOn) => `Source: ${source} (table checked ${checkedOn}).`,
  yearsAndOver: 'and over',
  todayIs: (date, week) => `Today: ${date}, week ${week}`,
  structureHint:
    'Tip: the sheets and columns backofficer knows are in examples/README.md (start from examples/template.xlsx); an example column mapping is examples/mapping-example.json.',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { nl, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
