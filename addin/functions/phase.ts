/**
 * BO.PHASE: a worker's employment history as a worksheet table → core's contractPhase.
 *
 * One table with a header row holds both contracts and worked hours; a row may carry either or
 * both:
 *   kind | start | end | week | hours      (Dutch headers work too: soort, begin, einde, week, uren)
 *   agency-clause | 5-1-2026 | 30-6-2026 |  |
 *                 |          |           | 2026-W02 | 38
 * A row with a contract kind, start, end, id, hirer or fixed hours is a contract; a row with a
 * week, date or hours is hours worked in that week (or on that date). Blank cells arrive as 0 and
 * count as blank (a fixed-hours 0 too). Dates may be date cells or text; a week may be a date in
 * that week. Core validates the history and names the field; the message says which row.
 */
import {
  InvalidInputError,
  InputError,
  contractPhase,
  formatIsoWeek,
  type ContractPhaseStatus,
  type HistoryInput,
  type Lang,
  type Texts,
} from '@backofficer/core';
import { isOmitted, isoDateToSerial, readDate, readIsoWeek } from './excel-inputs.js';
import { looksBlank } from './excel-ranges.js';
import { readTable, type ColumnSpec } from './excel-tables.js';

export const HISTORY_COLUMNS: readonly ColumnSpec[] = [
  { field: 'kind', names: ['kind', 'contract kind', 'contract', 'soort contract', 'soort', 'type'] },
  { field: 'start', names: ['start', 'start date', 'begin', 'begindatum', 'from', 'van'] },
  { field: 'end', names: ['end', 'end date', 'einde', 'einddatum', 'until', 'to', 'tot'] },
  { field: 'id', names: ['id', 'contract id', 'contract number', 'contractnummer'] },
  { field: 'hirerId', names: ['hirer', 'hirerId', 'hirer number', 'inlener', 'relatienummer inlener'] },
  { field: 'fixedHoursPerWeek', names: ['fixed hours per week', 'fixedHoursPerWeek', 'fixed hours', 'vaste uren per week', 'vaste uren'] },
  { field: 'week', names: ['week', 'iso week', 'isoWeek'] },
  { field: 'date', names: ['date', 'work date', 'datum', 'werkdatum'] },
  { field: 'hours', names: ['hours', 'worked hours', 'uren', 'gewerkte uren'] },
  { field: 'paidHoliday', names: ['paid holiday', 'paidHoliday', 'holiday', 'doorbetaalde vakantie', 'vakantie'] },
];

const CONTRACT_FIELDS = ['kind', 'start', 'end', 'id', 'hirerId', 'fixedHoursPerWeek'] as const;
const WORK_FIELDS = ['week', 'date', 'hours'] as const;

function withRow(e: unknown, row: number): never {
  if (e instanceof InputError) {
    throw new InputError(e.code, { nl: `history (rij ${row}): ${e.texts.nl}`, en: `history (row ${row}): ${e.texts.en}` }, e.field);
  }
  throw e;
}

interface ReadHistory {
  readonly history: HistoryInput;
  /** Sheet row of each contract and each work entry, for messages. */
  readonly contractRows: number[];
  readonly workRows: number[];
}

export function readHistory(value: unknown, cao: unknown): ReadHistory {
  const contracts: Record<string, unknown>[] = [];
  const work: Record<string, unknown>[] = [];
  const contractRows: number[] = [];
  const workRows: number[] = [];
  for (const { row, cells } of readTable(value, 'history', HISTORY_COLUMNS)) {
    const filled = (f: string) => f in cells && !looksBlank(cells[f]) && cells[f] !== false;
    try {
      if (CONTRACT_FIELDS.some(filled)) {
        const c: Record<string, unknown> = {};
        if (filled('kind')) c.kind = cells.kind;
        if (filled('start')) c.start = readDate(cells.start, 'start');
        if (filled('end')) c.end = readDate(cells.end, 'end');
        if (filled('id')) c.id = cells.id;
        if (filled('hirerId')) c.hirerId = cells.hirerId;
        if (filled('fixedHoursPerWeek')) c.fixedHoursPerWeek = cells.fixedHoursPerWeek;
        contracts.push(c);
        contractRows.push(row);
      }
      if (WORK_FIELDS.some(filled)) {
        const w: Record<string, unknown> = {};
        if (filled('week')) w.week = formatIsoWeek(readIsoWeek(cells.week, 'week'));
        if (filled('date')) w.date = readDate(cells.date, 'date');
        if (filled('hours')) w.hours = cells.hours;
        if (filled('paidHoliday')) w.paidHoliday = cells.paidHoliday;
        work.push(w);
        workRows.push(row);
      }
    } catch (e) {
      withRow(e, row);
    }
  }
  const history: Record<string, unknown> = { contracts, work };
  if (!isOmitted(cao)) history.cao = cao;
  return { history: history as HistoryInput, contractRows, workRows };
}

/** core's problems, each with the sheet row of the contract or work entry it is about. */
function rowsInMessage(e: InvalidInputError, read: ReadHistory): Texts {
  const parts = e.problems.slice(0, 5).map((p) => {
    const [list, index] = p.path;
    const row = typeof index === 'number' ? (list === 'contracts' ? read.contractRows[index] : list === 'work' ? read.workRows[index] : undefined) : undefined;
    return {
      nl: row !== undefined ? `rij ${row}: ${p.texts.nl}` : p.texts.nl,
      en: row !== undefined ? `row ${row}: ${p.texts.en}` : p.texts.en,
    };
  });
  const more = e.problems.length - parts.length;
  return {
    nl: `history: ${parts.map((p) => p.nl).join('; ')}${more > 0 ? `; en nog ${more}` : ''}`,
    en: `history: ${parts.map((p) => p.en).join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  };
}

export function phaseOf(historyRange: unknown, date: unknown, cao: unknown): ContractPhaseStatus {
  const day = readDate(date, 'date');
  const read = readHistory(historyRange, cao);
  try {
    return contractPhase(read.history, day);
  } catch (e) {
    if (e instanceof InvalidInputError) throw new InputError(e.code, rowsInMessage(e, read), 'history');
    throw e;
  }
}

const serialOrBlank = (iso: string | undefined) => (iso ? isoDateToSerial(iso) : '');

/** Rows name / value: the phase, its counters and the next transition (dates as Excel dates). */
export function counterRows(s: ContractPhaseStatus, lang: Lang): (string | number | boolean)[][] {
  const nl = lang === 'nl';
  const c = s.counters;
  const next = s.nextTransition;
  return [
    [nl ? 'Fase' : 'Phase', s.label],
    [nl ? 'Gewerkte weken (telling fase A)' : 'Worked weeks (phase A count)', c.workedWeeks],
    [nl ? 'Lengte fase A (weken)' : 'Phase A length (weeks)', c.phaseAWeeks],
    [nl ? 'Weken over in fase A' : 'Weeks left in phase A', c.weeksRemaining],
    [nl ? 'Contracten in fase B' : 'Contracts in phase B', c.contractsInPhaseB],
    [nl ? 'Maximum contracten in fase B' : 'Maximum contracts in phase B', c.maxContractsInPhaseB],
    [nl ? 'Maximum jaren in fase B' : 'Maximum years in phase B', c.maxYearsInPhaseB],
    [nl ? 'Laatste dag fase B' : 'Last day of phase B', serialOrBlank(c.phaseBLastDay)],
    [nl ? 'Telling begonnen op' : 'Count started on', serialOrBlank(s.countStartedOn)],
    [nl ? 'Fase begonnen op' : 'Phase started on', serialOrBlank(s.phaseStartedOn)],
    [nl ? 'Volgende fase' : 'Next phase', next ? next.message[lang] : ''],
    [nl ? 'Volgende fase vanaf' : 'Next phase from', serialOrBlank(next?.on)],
    [nl ? 'In dienst op de datum' : 'Employed on the date', s.employed],
  ];
}
