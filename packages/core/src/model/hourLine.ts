import * as z from 'zod';
import type { FieldLabels } from '../errors/index.js';
import { Decimal, type AmountInput } from '../money/index.js';
import {
  addRuleIssue, dateField, idField, inputError, optional, optionalFlagField, optionalInstantField, readChoice, readClock, readHours, readId, readMinutes, readText, required, type IdInput,
} from './fields.js';

/** Line statuses of the hirer approval flow (DOMAIN.md §1); only approved hours are paid and invoiced. */
export const HOUR_STATUSES = ['entered', 'submitted', 'approved', 'rejected'] as const;
export type HourStatus = (typeof HOUR_STATUSES)[number];

const readStatus = readChoice(HOUR_STATUSES, {
  ingevoerd: 'entered', ingediend: 'submitted', 'ter-goedkeuring': 'submitted', goedgekeurd: 'approved', akkoord: 'approved',
  afgekeurd: 'rejected', geweigerd: 'rejected',
});

/** A spreadsheet row number: a whole number from 1. */
const readRow = (value: unknown, field: string): number => {
  const id = readId(value, field);
  if (!/^\d+$/.test(id) || Number(id) < 1) {
    throw inputError('INVALID_ROW', field, value, { nl: 'is geen rijnummer', en: 'is not a row number' }, { nl: 'een geheel getal vanaf 1', en: 'a whole number from 1' });
  }
  return Number(id);
};

/**
 * One line of a timesheet: a worker's hours on one date for one placement, either as start and
 * end (HH:mm; an end before the start crosses midnight) with an optional break, or as a number of
 * hours. `row` is the spreadsheet row, so that findings can point at a cell.
 */
export const hourLineSchema = z
  .object({
    id: optional<IdInput, string>('id', readId),
    row: optional<number | string, number>('row', readRow),
    workerId: idField('workerId'),
    placementId: idField('placementId'),
    date: dateField('date'),
    start: optional<string, string>('start', readClock),
    end: optional<string, string>('end', readClock),
    breakMinutes: optional<number | string, number>('breakMinutes', readMinutes),
    hours: optional<AmountInput, Decimal>('hours', readHours({ min: 0, max: 24 })),
    status: required<string, HourStatus>('status', readStatus),
    approvedBy: optional<string, string>('approvedBy', readText),
    approvedAt: optionalInstantField('approvedAt'),
    /** Signed timesheet or week note received, for hirers that require one. */
    proof: optionalFlagField('proof'),
  })
  .superRefine((line, ctx) => {
    const hasStart = line.start !== undefined;
    const hasEnd = line.end !== undefined;
    if (hasStart !== hasEnd) {
      addRuleIssue(ctx, [hasStart ? 'end' : 'start'], 'MISSING_VALUE', {
        nl: `ontbreekt; verwacht zowel een begin- als een eindtijd, bijvoorbeeld 07:30 en 16:00`,
        en: `missing; expected both a start and an end time, e.g. 07:30 and 16:00`,
      });
    } else if (!hasStart && line.hours === undefined) {
      addRuleIssue(ctx, ['hours'], 'MISSING_VALUE', {
        nl: 'ontbreekt; verwacht een aantal uren (bijvoorbeeld 7,5) of een begin- en eindtijd',
        en: 'missing; expected a number of hours (e.g. 7.5) or a start and end time',
      });
    }
    if (line.start === '24:00') {
      addRuleIssue(ctx, ['start'], 'INVALID_TIME', { nl: '"24:00" is geen begintijd; verwacht 00:00', en: '"24:00" is not a start time; expected 00:00' });
    }
  });

export type HourLine = z.output<typeof hourLineSchema>;
export type HourLineInput = z.input<typeof hourLineSchema>;

export const hourLineLabels: FieldLabels = {
  id: { nl: 'regelnummer', en: 'line number' },
  row: { nl: 'rij', en: 'row' },
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  placementId: { nl: 'plaatsingsnummer', en: 'placement number' },
  date: { nl: 'datum', en: 'date' },
  start: { nl: 'begintijd', en: 'start time' },
  end: { nl: 'eindtijd', en: 'end time' },
  breakMinutes: { nl: 'pauze (minuten)', en: 'break (minutes)' },
  hours: { nl: 'uren', en: 'hours' },
  status: { nl: 'status', en: 'status' },
  approvedBy: { nl: 'goedgekeurd door', en: 'approved by' },
  approvedAt: { nl: 'goedgekeurd op', en: 'approved at' },
  proof: { nl: 'urenbewijs', en: 'proof of hours' },
};
