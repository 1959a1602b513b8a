import { controlList, type ControlList } from '../control/control-list.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { Lang } from '../i18n.js';
import { SHOWN_PER_SEVERITY, controlListJson, controlListText, controlSummaryParts, hoursDeadlineText } from '../output/findings-view.js';
import { toJson } from '../output/json.js';
import { progressBar, rowsText } from '../output/progress.js';
import { textWidth } from '../output/width.js';
import { writeResultWorkbook } from '../output/result-workbook.js';
import { loadAgencyFile } from '../workbook/load.js';
import { weekRange, type WeekRange } from '../weeks.js';
import { words } from '../words.js';
import { FILE_ARGUMENT, MAPPING_OPTION, OUT_OPTION, SHEET_OPTION, WEEK_OPTION, stringOption } from './file-options.js';
import { wrapProse } from '../output/table.js';
import type { Command } from './types.js';
import { COST_OPTIONS, costOf } from './margin.js';
import { marginSheets, weekMargin, type WeekMargin } from '../output/margin-view.js';
import { formatMoney } from '../output/format.js';
import { isBackOfficerError } from '@backofficer/core';

/** "--week 2026-W10" or "--from … --to …" as the user would type it again. */
export function weekArgs(weeks: WeekRange | undefined): string {
  if (!weeks) return '';
  return weeks.from === weeks.to ? ` --week ${weeks.from}` : ` --from ${weeks.from} --to ${weeks.to}`;
}

/** What to do next, after the control list. */
export function controlNextSteps(list: ControlList, file: string, lang: Lang, extra: { out?: boolean; margin?: boolean } = {}): string[] {
  const w = words(lang);
  const args = weekArgs(list.weeks);
  const steps: string[] = [];
  if (list.counts.error > 0) {
    const deadline = hoursDeadlineText(list, lang);
    steps.push(deadline ? w.nextFix(deadline) : w.nextFixNoDeadline);
    if (extra.out !== false) steps.push(w.nextOut(`backofficer validate ${file}${args} --out controle.xlsx`));
  } else {
    steps.push(w.nextClean);
  }
  if (extra.margin !== false && !list.skipped.includes('Placements')) {
    const week = list.weeks?.to ?? list.lastWeek;
    if (week) steps.push(w.nextMargin(`backofficer margin ${file} --week ${week}`));
  }
  return steps;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: {
    nl: 'controlelijst van de uren: goedkeuring, inschrijving, dossier, inlenersbeloning, Arbeidstijdenwet',
    en: 'control list of the hours: approval, registration, dossier, hirer pay, Working Hours Act',
  },
  args: [FILE_ARGUMENT('validate examples/agency-week.xlsx --week 2026-W10')],
  options: {
    week: WEEK_OPTION,
    from: { type: 'string', placeholder: { nl: '<week>', en: '<week>' }, help: { nl: 'eerste werkweek van een reeks, bijvoorbeeld 2026-W06', en: 'first work week of a range, e.g. 2026-W06' } },
    to: { type: 'string', placeholder: { nl: '<week>', en: '<week>' }, help: { nl: 'laatste werkweek van een reeks, bijvoorbeeld 2026-W10', en: 'last work week of a range, e.g. 2026-W10' } },
    mapping: MAPPING_OPTION,
    sheet: SHEET_OPTION,
    out: OUT_OPTION,
    ...COST_OPTIONS,
    all: { type: 'boolean', help: { nl: `toon alle bevindingen (standaard de eerste ${SHOWN_PER_SEVERITY} per ernst)`, en: `show every finding (default: the first ${SHOWN_PER_SEVERITY} per severity)` } },
  },
  examples: [
    'backofficer validate examples/agency-week.xlsx --week 2026-W10',
    'backofficer validate uren.csv --from 2026-W06 --to 2026-W10 --lang en',
    'backofficer validate export.xlsx --mapping examples/mapping-example.json --json',
    'backofficer validate examples/agency-week.xlsx --week 2026-W10 --out controle.xlsx',
  ],
  details: {
    nl: 'Zonder week: alle weken in het bestand. Met een week geeft de samenvatting ook de marge van die week(en), als de werkmap plaatsingen en kostenkeuzes heeft. Regels buiten de gevraagde weken tellen mee als context (rust, weektotalen), maar krijgen zelf geen bevindingen. Afsluitcode 1 als er fouten zijn, 0 als alles in orde is of er alleen waarschuwingen zijn.',
    en: "Without a week: every week in the file. With a week the summary also gives the margin of the week(s), when the workbook has placements and cost choices. Lines outside the weeks asked for count as context (rest, week totals) but get no findings themselves. Exit code 1 when there are errors, 0 when all is in order or there are only warnings.",
  },
  async run(ctx) {
    const weeks = weekRange(ctx.options, 'validate');
    const file = ctx.args[0]!;
    const out = stringOption(ctx.options, 'out');
    const progress = progressBar(ctx.io, ctx.json, out ? 3 : 2);
    progress.step(0, ctx.lang === 'nl' ? 'Bestand lezen' : 'Reading the file');
    const loaded = await loadAgencyFile(file, {
      mapping: stringOption(ctx.options, 'mapping'),
      sheet: stringOption(ctx.options, 'sheet'),
      require: ['Hours'],
      onRows: (sheet, rows) => progress.count(rowsText(sheet, rows, ctx.lang)),
    });
    progress.step(1, ctx.lang === 'nl' ? 'Uren controleren' : 'Checking the hours');
    const list = controlList(loaded.workbook, weeks);
    // The margin of the weeks checked, for the summary line (with --week or --from/--to) and for --out,
    // when the workbook has placements and the employer's cost choices are known.
    let margin: WeekMargin | undefined;
    let marginNote: string | undefined;
    const range = weeks ?? (out && list.firstWeek && list.lastWeek ? { from: list.firstWeek, to: list.lastWeek } : undefined);
    if (range && loaded.workbook.sheets.Placements && loaded.workbook.sheets.Hours) {
      try {
        const settings = await costOf(file, ctx.options);
        margin = weekMargin(loaded.workbook, range, settings.cost);
      } catch (e) {
        if (!isBackOfficerError(e)) throw e;
        if (out) marginNote = words(ctx.lang).marginNotInWorkbook(e.texts[ctx.lang]);
      }
    }
    if (out) {
      progress.step(2, ctx.lang === 'nl' ? 'Werkmap schrijven' : 'Writing the workbook');
      await writeResultWorkbook(out, { loaded, control: list, lang: ctx.lang, sheets: margin ? marginSheets(margin, ctx.lang) : [] });
    }
    progress.end();
    const code = list.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
    if (ctx.json) {
      const marginTotals = margin ? { revenue: margin.overview.totals.revenue, cost: margin.overview.totals.cost, margin: margin.overview.totals.margin } : null;
      ctx.io.out(toJson({ command: 'validate', file, ...controlListJson(list, ctx.lang), margin: marginTotals, ...(out ? { out } : {}) }));
      return code;
    }
    const w = words(ctx.lang);
    const text = [
      ...controlListText(list, file, ctx.lang, textWidth(ctx.io), { all: ctx.options.all === true }),
      `${w.summary}: ${[...controlSummaryParts(list, ctx.lang), ...(margin ? [w.summaryMargin(formatMoney(margin.overview.totals.margin, ctx.lang))] : [])].join('; ')}.`,
      ...(out ? [w.written(out)] : []),
      ...(marginNote ? [marginNote] : []),
      '',
      `${w.next}:`,
      ...controlNextSteps(list, file, ctx.lang, { out: !out }).map((s) => `  - ${s}`),
    ];
    ctx.io.out(wrapProse(text, textWidth(ctx.io)).join('\n'));
    return code;
  },
};
