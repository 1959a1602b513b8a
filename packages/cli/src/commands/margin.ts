import { controlList } from '../control/control-list.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { Lang } from '../i18n.js';
import { toJson } from '../output/json.js';
import { marginJson, marginSheets, marginText, weekMargin, type WeekMargin } from '../output/margin-view.js';
import { progressBar, rowsText } from '../output/progress.js';
import { writeResultWorkbook } from '../output/result-workbook.js';
import { textWidth } from '../output/width.js';
import { costSettings, missingCostChoices, type CostSettings } from '../workbook/cost-settings.js';
import { loadAgencyFile, type LoadedFile } from '../workbook/load.js';
import { words } from '../words.js';
import { FILE_ARGUMENT, MAPPING_OPTION, OUT_OPTION, SHEET_OPTION, WEEK_OPTION, requiredWeek, stringOption } from './file-options.js';
import { wrapProse } from '../output/table.js';
import type { Command, OptionSpec } from './types.js';

/** --cost, --employer-size, --whk: the employer's cost choices (see workbook/cost-settings.ts). */
export const COST_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  cost: {
    type: 'string',
    placeholder: { nl: '<kosten.json>', en: '<cost.json>' },
    help: {
      nl: 'kostenkeuzes van de werkgever (grootte, Whk-premie, pensioen …); standaard <werkmap>.cost.json naast de werkmap (voorbeeld: examples/agency-week.cost.json)',
      en: "the employer's cost choices (size, Whk premium, pension …); default <workbook>.cost.json beside the workbook (example: examples/agency-week.cost.json)",
    },
  },
  'employer-size': {
    type: 'string',
    placeholder: { nl: '<klein|middelgroot|groot>', en: '<small|medium|large>' },
    help: { nl: 'grootte van de werkgever voor de Aof-premie', en: 'employer size for the Aof premium' },
  },
  whk: {
    type: 'string',
    placeholder: { nl: '<percentage>', en: '<percentage>' },
    help: { nl: 'uw Whk-premie uit de beschikking van de Belastingdienst, bijvoorbeeld 1,21%', en: 'your Whk premium from the Belastingdienst decision, e.g. 1.21%' },
  },
};

/** The cost choices of a command's options, checked before any work. */
export async function costOf(file: string, options: Readonly<Record<string, string | boolean | undefined>>): Promise<CostSettings> {
  const settings = await costSettings(file, {
    ...(stringOption(options, 'cost') !== undefined ? { file: stringOption(options, 'cost')! } : {}),
    ...(stringOption(options, 'employer-size') !== undefined ? { employerSize: stringOption(options, 'employer-size')! } : {}),
    ...(stringOption(options, 'whk') !== undefined ? { whk: stringOption(options, 'whk')! } : {}),
  });
  const missing = missingCostChoices(settings, file);
  if (missing) throw missing;
  return settings;
}

export interface MarginJob {
  readonly margin: WeekMargin;
  readonly title: string;
  readonly lines: string[];
  readonly summary: string;
  readonly json: Record<string, unknown>;
}

/** The margin overview of a week, as text and JSON (used by margin and start). */
export function marginSection(loaded: LoadedFile, week: string, settings: CostSettings, lang: Lang, width: number, view: { oneLine?: boolean } = {}): MarginJob {
  const margin = weekMargin(loaded.workbook, week, settings.cost);
  const text = marginText(margin, settings, loaded.file, lang, width, view);
  return { margin, title: text.title, lines: text.body, summary: text.summary, json: marginJson(margin, settings, lang) };
}

export const marginCommand: Command = {
  name: 'margin',
  summary: {
    nl: 'margeoverzicht van een week: omzet, loonkosten en marge per inlener',
    en: 'margin overview of a week: revenue, payroll cost and margin per hirer',
  },
  args: [FILE_ARGUMENT('margin examples/agency-week.xlsx --week 2026-W10')],
  options: { week: WEEK_OPTION, ...COST_OPTIONS, mapping: MAPPING_OPTION, sheet: SHEET_OPTION, out: OUT_OPTION },
  examples: [
    'backofficer margin examples/agency-week.xlsx --week 2026-W10',
    'backofficer margin examples/agency-week.xlsx --week 2026-W10 --out marge.xlsx',
    'backofficer margin werkmap.xlsx --week 2026-W10 --employer-size groot --whk 1,21% --json',
  ],
  details: {
    nl: 'Telt de goedgekeurde uren van de week: het tarief uit de afspraak van de plaatsing (factor, marge of vast tarief) met de toeslagen van de inlenersbeloning, en de loonkosten per uur (werkgeverslasten, reserveringen, pensioen). Regels die de controlelijst fout vindt (tijden, uren, plaatsing, dubbel) tellen niet mee tot ze hersteld zijn.',
    en: "Counts the week's approved hours: the rate from the placement's agreement (factor, margin or fixed rate) with the hirer pay surcharges, and the payroll cost per hour (employer charges, reservations, pension). Lines the control list finds wrong (times, hours, placement, duplicates) are left out until fixed.",
  },
  async run(ctx) {
    const file = ctx.args[0]!;
    const week = requiredWeek(ctx.options, 'margin');
    const settings = await costOf(file, ctx.options);
    const out = stringOption(ctx.options, 'out');
    const progress = progressBar(ctx.io, ctx.json, out ? 4 : 3);
    progress.step(0, ctx.lang === 'nl' ? 'Bestand lezen' : 'Reading the file');
    const loaded = await loadAgencyFile(file, {
      mapping: stringOption(ctx.options, 'mapping'),
      sheet: stringOption(ctx.options, 'sheet'),
      require: ['Hours', 'Placements'],
      onRows: (sheet, rows) => progress.count(rowsText(sheet, rows, ctx.lang)),
    });
    progress.step(1, ctx.lang === 'nl' ? 'Uren controleren' : 'Checking the hours');
    const control = controlList(loaded.workbook, { from: week, to: week });
    progress.step(2, ctx.lang === 'nl' ? 'Marge berekenen' : 'Computing the margin');
    const job = marginSection(loaded, week, settings, ctx.lang, textWidth(ctx.io));
    if (out) {
      progress.step(3, ctx.lang === 'nl' ? 'Werkmap schrijven' : 'Writing the workbook');
      await writeResultWorkbook(out, { lang: ctx.lang, loaded, control, sheets: marginSheets(job.margin, ctx.lang) });
    }
    progress.end();
    const code = job.margin.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
    if (ctx.json) {
      ctx.io.out(toJson({ command: 'margin', file, ...job.json, ...(out ? { out } : {}) }));
      return code;
    }
    const w = words(ctx.lang);
    const next = ctx.lang === 'nl'
      ? [
          `De controlelijst van deze week: backofficer validate ${file} --week ${week}`,
          `Weekrapport met debiteuren: backofficer report ${file} --week ${week}`,
          ...(out ? [] : [`Werkmap met grafiek: backofficer margin ${file} --week ${week} --out marge.xlsx`]),
        ]
      : [
          `This week's control list: backofficer validate ${file} --week ${week}`,
          `Weekly report with debtors: backofficer report ${file} --week ${week}`,
          ...(out ? [] : [`Workbook with a chart: backofficer margin ${file} --week ${week} --out margin.xlsx`]),
        ];
    const lines = [job.title, '', ...job.lines, '', `${w.summary}: ${job.summary}.`, ...(out ? [w.written(out)] : []), '', `${w.next}:`, ...next.map((l) => `  - ${l}`)];
    ctx.io.out(wrapProse(lines, textWidth(ctx.io)).join('\n'));
    return code;
  },
};
