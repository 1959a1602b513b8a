import { UsageError } from '../errors.js';
import { weekOption } from '../weeks.js';
import type { ArgumentSpec, OptionSpec } from './types.js';

/* The argument and options shared by the commands that read an agency file. */

export const FILE_ARGUMENT = (example: string): ArgumentSpec => ({
  name: { nl: '<bestand>', en: '<file>' },
  help: {
    nl: 'de werkmap van het uitzendbureau (.xlsx, zie examples/README.md) of een CSV-bestand met uren (; of , gescheiden, decimale komma mag)',
    en: "the agency's workbook (.xlsx, see examples/README.md) or a CSV file of hours (; or , separated, decimal commas allowed)",
  },
  required: true,
  example,
});

export const WEEK_OPTION: OptionSpec = {
  type: 'string',
  placeholder: { nl: '<week>', en: '<week>' },
  help: { nl: 'de werkweek als ISO-week, bijvoorbeeld 2026-W10', en: 'the work week as an ISO week, e.g. 2026-W10' },
};

export const MAPPING_OPTION: OptionSpec = {
  type: 'string',
  placeholder: { nl: '<indeling.json>', en: '<mapping.json>' },
  help: {
    nl: 'kolomindeling: uw eigen blad- en kolomnamen gekoppeld aan de onze (zie examples/mapping-example.json)',
    en: 'column mapping: your own sheet and column names mapped onto ours (see examples/mapping-example.json)',
  },
};

export const SHEET_OPTION: OptionSpec = {
  type: 'string',
  placeholder: { nl: '<blad>', en: '<sheet>' },
  help: {
    nl: 'CSV: welk blad het bestand is (standaard Uren; ook Facturen, Plaatsingen …); .xlsx: het blad met de uren',
    en: 'CSV: which sheet the file is (default Hours; also Invoices, Placements …); .xlsx: the sheet with the hours',
  },
};

export const OUT_OPTION: OptionSpec = {
  type: 'string',
  placeholder: { nl: '<uitvoer.xlsx>', en: '<result.xlsx>' },
  help: {
    nl: 'schrijf ook een Excel-werkmap met het resultaat (gemarkeerde cellen, grafiek); bestaat het bestand, dan wordt het in één keer vervangen',
    en: 'also write an Excel workbook with the result (cells marked, chart); an existing file is replaced in one go',
  },
};

export function stringOption(options: Readonly<Record<string, string | boolean | undefined>>, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}

/** The --week a command cannot do without (margin, report), as ISO week text. */
export function requiredWeek(options: Readonly<Record<string, string | boolean | undefined>>, command: string): string {
  const option = stringOption(options, 'week');
  if (option === undefined) {
    const example = `backofficer ${command} examples/agency-week.xlsx --week 2026-W10`;
    throw new UsageError('MISSING_WEEK', { nl: `${command}: --week ontbreekt; bijvoorbeeld: ${example}`, en: `${command}: --week is missing; for example: ${example}` }, command);
  }
  return weekOption(option, '--week');
}
