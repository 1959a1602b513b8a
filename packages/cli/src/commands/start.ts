import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIsoWeek, payrollDeadline, toDate, type DeadlineCode } from '@backofficer/core';
import { controlList } from '../control/control-list.js';
import { EXIT_OK } from '../errors.js';
import type { Lang } from '../i18n.js';
import { controlListJson, controlNotes, controlSummaryParts, findingsTables, weeksText } from '../output/findings-view.js';
import { formatDayAndTime } from '../output/format.js';
import { toJson } from '../output/json.js';
import { progressBar, rowsText } from '../output/progress.js';
import { textWidth } from '../output/width.js';
import { loadAgencyFile } from '../workbook/load.js';
import { weekOption } from '../weeks.js';
import { words } from '../words.js';
import { COST_OPTIONS, costOf, marginSection, type MarginJob } from './margin.js';
import { isBackOfficerError } from '@backofficer/core';
import { stringOption, WEEK_OPTION } from './file-options.js';
import { wrapProse } from '../output/table.js';
import type { Command } from './types.js';

/*
 * `backofficer start` (what `npm start` runs): the main job on the bundled example workbook, or
 * on a file given: the control list of the latest work week (grouped by severity, short
 * messages) and the margin overview per hirer, with the week's deadlines and what to do next.
 */

const EXAMPLE = 'examples/agency-week.xlsx';

/** The example workbook: in the current folder (npm start from the repository), else next to the package. */
function exampleFile(): string {
  const here = resolve(EXAMPLE);
  if (existsSync(here)) return EXAMPLE;
  const beside = fileURLToPath(new URL(`../../../${EXAMPLE}`, import.meta.url));
  return existsSync(beside) ? relative(process.cwd(), beside) || beside : EXAMPLE;
}

const DEADLINES: readonly DeadlineCode[] = ['hours', 'payrollRun', 'payment', 'marginOverview'];

/** "uren uiterlijk di 10 mrt 2026 13:00 · verloning wo 11 mrt 2026 · …". */
function deadlinesLine(week: string, lang: Lang): string {
  const w = words(lang);
  return DEADLINES.map((code) => {
    const d = payrollDeadline(parseIsoWeek(week), code);
    const wholeDay = d.kind === 'event' && (d.time === '24:00' || d.time === '00:00');
    return `${w.deadlineWord[code] ?? code} ${formatDayAndTime(toDate(d.day), wholeDay ? undefined : d.time, lang)}`;
  }).join(' · ');
}

export const startCommand: Command = {
  name: 'start',
  summary: {
    nl: 'de hoofdtaak op het voorbeeld (of uw bestand): controlelijst en margeoverzicht van de laatste week',
    en: 'the main job on the example (or your file): control list and margin overview of the latest week',
  },
  args: [
    {
      name: { nl: '[bestand]', en: '[file]' },
      help: { nl: `de werkmap (standaard het voorbeeld ${EXAMPLE})`, en: `the workbook (default: the example ${EXAMPLE})` },
      required: false,
      example: `start ${EXAMPLE}`,
    },
  ],
  options: {
    week: { ...WEEK_OPTION, help: { nl: 'de werkweek (standaard de laatste week in het bestand)', en: 'the work week (default: the latest week in the file)' } },
    ...COST_OPTIONS,
  },
  examples: ['backofficer start', 'backofficer start --lang en', `backofficer start ${EXAMPLE} --week 2026-W09 --json`],
  details: {
    nl: 'Dit is wat npm start laat zien: backofficer validate en backofficer margin samen, op één week.',
    en: 'This is what npm start shows: backofficer validate and backofficer margin together, for one week.',
  },
  async run(ctx) {
    const file = ctx.args[0] ?? exampleFile();
    const w = words(ctx.lang);
    const progress = progressBar(ctx.io, ctx.json, 3);
    progress.step(0, ctx.lang === 'nl' ? 'Bestand lezen' : 'Reading the file');
    const loaded = await loadAgencyFile(file, { onRows: (sheet, rows) => progress.count(rowsText(sheet, rows, ctx.lang)) });
    progress.step(1, ctx.lang === 'nl' ? 'Uren controleren' : 'Checking the hours');
    const option = stringOption(ctx.options, 'week');
    const week = option !== undefined ? weekOption(option, '--week') : latestWeek(loaded.workbook.sheets.Hours?.records ?? []);
    const weeks = week ? { from: week, to: week } : undefined;
    const list = controlList(loaded.workbook, weeks);
    progress.step(2, ctx.lang === 'nl' ? 'Marge berekenen' : 'Computing the margin');
    // The margin needs the employer's cost choices; without them start still shows the control list.
    let margin: MarginJob | undefined;
    let marginProblem: string | undefined;
    if (week) {
      try {
        margin = marginSection(loaded, week, await costOf(file, ctx.options), ctx.lang, textWidth(ctx.io), { oneLine: true });
      } catch (e) {
        if (!isBackOfficerError(e)) throw e;
        marginProblem = e.texts[ctx.lang];
      }
    }
    progress.end();

    if (ctx.json) {
      ctx.io.out(toJson({ command: 'start', file, week: week ?? null, validate: controlListJson(list, ctx.lang), margin: margin?.json ?? (marginProblem ? { error: marginProblem } : null) }));
      return EXIT_OK;
    }
    const width = textWidth(ctx.io);
    const s = loaded.workbook.sheets;
    const out: string[] = [
      w.startIntro(file, s.Workers?.records.length ?? 0, s.Hirers?.records.length ?? 0, s.Hours?.records.length ?? 0),
      ...(week ? [w.startDeadlines(week, deadlinesLine(week, ctx.lang))] : []),
      '',
      `1. ${w.controlTitleShort(weeksText(list, ctx.lang))}`,
      `   ${controlSummaryParts(list, ctx.lang).join('; ')}.`,
      '',
      ...findingsTables(list, ctx.lang, width, { oneLine: true }),
      ...controlNotes(list, ctx.lang),
    ];
    if (margin) out.push(`2. ${margin.title}`, '', ...margin.lines, '');
    else if (marginProblem) out.push(`2. ${w.noMargin(marginProblem)}`, '');
    const parts = [...controlSummaryParts(list, ctx.lang), ...(margin ? [margin.summary] : [])];
    out.push(`${w.summary}: ${parts.join('; ')}.`, '', `${w.next}:`, ...w.startNext(file, week ?? '2026-W10').map((l) => `  - ${l}`));
    ctx.io.out(wrapProse(out, width).join('\n'));
    // start shows; it does not judge: exit 0 even with errors in the example (validate exits 1).
    return EXIT_OK;
  },
};

/** The ISO week of the latest line in the hours sheet. */
function latestWeek(lines: readonly { date: string }[]): string | undefined {
  let last: string | undefined;
  for (const l of lines) if (last === undefined || l.date > last) last = l.date;
  if (last === undefined) return undefined;
  const d = toDate(last);
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
}
