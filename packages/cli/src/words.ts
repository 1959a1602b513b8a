/**
 * The words of the commands that work on an agency file (validate, margin, forecast, report,
 * start), in Dutch (default) and English. Kept apart from i18n.ts (usage, help, deadlines) so
 * each stays readable.
 */
import type { Lang } from './i18n.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const nl = {
  // Control list.
  controlTitle: (file: string, weeks: string) => `Controlelijst uren: ${file}, ${weeks}`,
  weekText: (week: string, from: string, to: string) => `werkweek ${week} (${from} t/m ${to})`,
  weeksText: (from: string, to: string) => `werkweken ${from} t/m ${to}`,
  allWeeks: (first: string | undefined, last: string | undefined) => (first ? `alle weken in het bestand (${first} t/m ${last})` : 'alle weken in het bestand'),
  severityTitle: { error: 'Fouten', warning: 'Waarschuwingen', info: 'Ter informatie' } as Record<'error' | 'warning' | 'info', string>,
  colWhere: 'Regel',
  colCode: 'Code',
  colMessage: 'Melding',
  colFix: 'Herstel in',
  fixIn: (where: string) => `→ herstel in ${where}`,
  cellIn: (sheet: string, cell: string) => `${sheet} ${cell}`,
  rowIn: (sheet: string, row: number) => `${sheet} rij ${row}`,
  noFindings: 'Geen bevindingen: alle gecontroleerde regels zijn in orde.',
  noLines: (weeks: string) => `Geen urenregels in ${weeks}.`,
  linesRange: (first: string, last: string) => `Het bestand heeft uren van ${first} t/m ${last}.`,
  notes: 'Let op',
  skippedSheet: (sheet: string, checks: string) => `Blad ${sheet} ontbreekt: ${checks} overgeslagen.`,
  moreItems: (n: number) => `… en nog ${n} (alle bevindingen: --all, --json of --out)`,
  skippedChecks: {
    Workers: 'controles op inschrijving, BSN, dossier en Arbeidstijdenwet per persoon',
    Hirers: 'controles op inschrijving van de inlener en urenbewijs',
    Placements: 'controles op plaatsing, vaste uren en inlenersbeloning',
    HirerPay: 'controles op de inlenersbeloning',
  } as Record<string, string>,
  summaryFindings: (e: number, w: number, i: number) =>
    `${plural(e, 'fout', 'fouten')}, ${plural(w, 'waarschuwing', 'waarschuwingen')}, ${i} ter informatie`,
  summaryLines: (checked: number, lines: number) => `${checked} van ${plural(lines, 'regel', 'regels')} gecontroleerd`,
  summaryMargin: (m: string) => `marge ${m}`,
  summary: 'Samenvatting',
  next: 'Wat nu',
  nextFix: (deadline: string) => `Herstel de fouten (waar staat bij "herstel in") vóór de urendeadline ${deadline} en controleer opnieuw.`,
  nextFixNoDeadline: 'Herstel de fouten (waar staat bij "herstel in") en controleer opnieuw.',
  nextOut: (cmd: string) => `Werkmap met gemarkeerde cellen: ${cmd}`,
  nextMargin: (cmd: string) => `Marge van de week: ${cmd}`,
  nextClean: 'Alles in orde: de uren kunnen naar de verloning.',
  nextJson: (cmd: string) => `Voor andere systemen: ${cmd}`,
  written: (file: string) => `Geschreven: ${file}`,
  marginNotInWorkbook: (why: string) => `Het margeoverzicht staat niet in de werkmap: ${why}`,
  // Start.
  startIntro: (file: string, workers: number, hirers: number, lines: number) =>
    `BackOfficer controleert de uren van een uitzendbureau en berekent de marge. Hier: ${file} (${workers} uitzendkrachten, ${hirers} inleners, ${lines} urenregels).`,
  startDeadlines: (week: string, line: string) => `Termijnen voor werkweek ${week}: ${line}.`,
  deadlineWord: { hours: 'uren goedgekeurd uiterlijk', payrollRun: 'verloning en facturatie', payment: 'loon betaald', marginOverview: 'margeoverzicht uiterlijk' } as Record<string, string>,
  controlTitleShort: (weeks: string) => `Controlelijst uren, ${weeks}`,
  noMargin: (why: string) => `Margeoverzicht: niet berekend, ${why}`,
  startNext: (file: string, week: string) => [
    `Alle meldingen voluit: backofficer validate ${file} --week ${week}`,
    `Werkmap met gemarkeerde cellen en margegrafiek: backofficer validate ${file} --week ${week} --out resultaat.xlsx`,
    `Prognose voor 26 weken: backofficer forecast ${file} --weeks 26`,
    `Weekrapport met openstaande debiteuren: backofficer report ${file} --week ${week}`,
    'Uw eigen werkmap: begin met examples/template.xlsx (bladen en kolommen in examples/README.md), dan: backofficer validate uw-werkmap.xlsx',
    'In het Engels: npm start -- --lang en · alle opdrachten: npx backofficer --help',
  ],
};

type Words = typeof nl;

const en: Words = {
  controlTitle: (file, weeks) => `Timesheet control list: ${file}, ${weeks}`,
  weekText: (week, from, to) => `work week ${week} (${from} to ${to})`,
  weeksText: (from, to) => `work weeks ${from} to ${to}`,
  allWeeks: (first, last) => (first ? `every week in the file (${first} to ${last})` : 'every week in the file'),
  severityTitle: { error: 'Errors', warning: 'Warnings', info: 'For information' },
  colWhere: 'Line',
  colCode: 'Code',
  colMessage: 'Message',
  colFix: 'Fix in',
  fixIn: (where) => `→ fix in ${where}`,
  cellIn: (sheet, cell) => `${sheet} ${cell}`,
  rowIn: (sheet, row) => `${sheet} row ${row}`,
  noFindings: 'No findings: every line checked is in order.',
  noLines: (weeks) => `No hours lines in ${weeks}.`,
  linesRange: (first, last) => `The file has hours from ${first} to ${last}.`,
  notes: 'Note',
  skippedSheet: (sheet, checks) => `Sheet ${sheet} is missing: ${checks} skipped.`,
  moreItems: (n) => `… and ${n} more (every finding: --all, --json or --out)`,
  skippedChecks: {
    Workers: 'checks of registration, BSN, dossier and the Working Hours Act per person',
    Hirers: "checks of the hirer's registration and proof of hours",
    Placements: 'checks of placement, fixed hours and hirer pay',
    HirerPay: 'hirer pay checks',
  },
  summaryFindings: (e, w, i) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}, ${i} for information`,
  summaryLines: (checked, lines) => `${checked} of ${plural(lines, 'line', 'lines')} checked`,
  summaryMargin: (m) => `margin ${m}`,
  summary: 'Summary',
  next: 'What next',
  nextFix: (deadline) => `Fix the errors (where it says "fix in") before the hours deadline ${deadline} and check again.`,
  nextFixNoDeadline: 'Fix the errors (where it says "fix in") and check again.',
  nextOut: (cmd) => `Workbook with the cells marked: ${cmd}`,
  nextMargin: (cmd) => `Margin of the week: ${cmd}`,
  nextClean: 'All in order: the hours can go to payroll.',
  nextJson: (cmd) => `For other systems: ${cmd}`,
  written: (file) => `Written: ${file}`,
  marginNotInWorkbook: (why) => `The margin overview is not in the workbook: ${why}`,
  startIntro: (file, workers, hirers, lines) =>
    `BackOfficer checks a staffing agency's hours and computes its margin. Here: ${file} (${workers} workers, ${hirers} hirers, ${lines} hours lines).`,
  startDeadlines: (week, line) => `Deadlines of work week ${week}: ${line}.`,
  deadlineWord: { hours: 'hours approved by', payrollRun: 'payroll and invoicing', payment: 'wages paid', marginOverview: 'margin overview by' },
  controlTitleShort: (weeks) => `Timesheet control list, ${weeks}`,
  noMargin: (why) => `Margin overview: not computed, ${why}`,
  startNext: (file, week) => [
    `Every message in full: backofficer validate ${file} --week ${week}`,
    `Workbook with marked cells and a margin chart: backofficer validate ${file} --week ${week} --out result.xlsx`,
    `Forecast for 26 weeks: backofficer forecast ${file} --weeks 26`,
    `Weekly report with open debtors: backofficer report ${file} --week ${week}`,
    'Your own workbook: start from examples/template.xlsx (sheets and columns in examples/README.md), then: backofficer validate your-workbook.xlsx',
    'In Dutch: npm start · every command: npx backofficer --help',
  ],
};

const WORDS: Readonly<Record<Lang, Words>> = { nl, en };

export function words(lang: Lang): Words {
  return WORDS[lang];
}
