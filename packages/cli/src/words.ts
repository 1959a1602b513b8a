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
};

const WORDS: Readonly<Record<Lang, Words>> = { nl, en };

export function words(lang: Lang): Words {
  return WORDS[lang];
}
