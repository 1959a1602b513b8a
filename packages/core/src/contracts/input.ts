import * as z from 'zod';
import { parseWith, type FieldLabels } from '../errors/index.js';
import { Decimal, type AmountInput } from '../money/index.js';
import { formatIsoWeek, toIsoWeek, type IsoWeekInput } from '../calendar/iso-week.js';
import type { DateInput } from '../calendar/zone.js';
import { CAOS, type Cao } from '../rules/types.js';
import {
  addRuleIssue, dateField, optional, optionalDateField, readChoice, readFlag, readHours, readId, required, type FlagInput, type IdInput,
} from '../model/fields.js';

/*
 * Input of the contract functions: a worker's employment history (contracts and worked hours per
 * week), validated at the edge with clerk-friendly messages (parseWith).
 */

/**
 * The kinds of temp-work contract (DOMAIN.md §7): with agency clause (phase A only), fixed term
 * without agency clause (phase A or B), open-ended (phase C).
 */
export const CONTRACT_KINDS = ['agency-clause', 'fixed-term', 'open-ended'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

const readContractKind = readChoice(CONTRACT_KINDS, {
  uitzendbeding: 'agency-clause', 'met-uitzendbeding': 'agency-clause', 'uitzendovereenkomst-met-uitzendbeding': 'agency-clause', clause: 'agency-clause',
  'bepaalde-tijd': 'fixed-term', 'zonder-uitzendbeding': 'fixed-term', 'fixed': 'fixed-term',
  'onbepaalde-tijd': 'open-ended', vast: 'open-ended', 'vast-contract': 'open-ended', permanent: 'open-ended',
});

const readCao = readChoice(CAOS);

const readWeek = (value: unknown, field: string): string => formatIsoWeek(toIsoWeek(value, field));

export const contractSchema = z
  .object({
    id: optional<IdInput, string>('id', readId),
    start: dateField('start'),
    /** Last day of the contract; for a contract with agency clause the planned or actual last day. */
    end: optionalDateField('end'),
    kind: required<string, ContractKind>('kind', readContractKind),
    hirerId: optional<IdInput, string>('hirerId', readId),
    /** Fixed (guaranteed) hours per week agreed in the contract. */
    fixedHoursPerWeek: optional<AmountInput, Decimal>('fixedHoursPerWeek', readHours({ min: 0, max: 168 })),
  })
  .superRefine((c, ctx) => {
    if (c.end !== undefined && c.end < c.start) {
      addRuleIssue(ctx, ['end'], 'END_BEFORE_START', {
        nl: `${c.end} ligt voor de begindatum ${c.start}; verwacht een einddatum op of na de begindatum`,
        en: `${c.end} is before the start date ${c.start}; expected an end date on or after the start`,
      });
    }
    if (c.kind === 'fixed-term' && c.end === undefined) {
      addRuleIssue(ctx, ['end'], 'MISSING_VALUE', {
        nl: 'ontbreekt; een contract voor bepaalde tijd heeft een einddatum, bijvoorbeeld 2026-06-30',
        en: 'missing; a fixed-term contract has an end date, e.g. 2026-06-30',
      });
    }
  });

export type ContractInput = z.input<typeof contractSchema>;
export type Contract = z.output<typeof contractSchema> & { readonly id: string };

/** Hours in one ISO week (or on one date, added up per week): worked, or paid holiday. */
export const workEntrySchema = z
  .object({
    week: optional<IsoWeekInput, string>('week', readWeek),
    date: optionalDateField('date'),
    hours: required<AmountInput, Decimal>('hours', readHours({ min: 0, max: 168 })),
    /** Paid holiday (vacation) hours rather than worked hours. */
    paidHoliday: optional<FlagInput, boolean>('paidHoliday', readFlag),
  })
  .superRefine((w, ctx) => {
    if ((w.week === undefined) === (w.date === undefined)) {
      addRuleIssue(ctx, ['week'], 'MISSING_VALUE', {
        nl: 'verwacht óf een week (bijvoorbeeld 2026-W10) óf een datum, niet allebei of geen van beide',
        en: 'expected either a week (e.g. 2026-W10) or a date, not both and not neither',
      });
    }
  });

export type WorkEntryInput = z.input<typeof workEntrySchema>;
export type WorkEntry = z.output<typeof workEntrySchema>;

export const historySchema = z
  .object({
    cao: optional<string, Cao>('cao', readCao),
    contracts: z.array(contractSchema).default([]),
    work: z.array(workEntrySchema).default([]),
  })
  .superRefine((h, ctx) => {
    // Every contract but the last to start needs its last day: the gap to the next one decides
    // whether the phase count resets (DOMAIN.md §7).
    const order = h.contracts.map((c, i) => ({ c, i })).sort((a, b) => (a.c.start < b.c.start ? -1 : a.c.start > b.c.start ? 1 : a.i - b.i));
    order.slice(0, -1).forEach(({ c, i }, k) => {
      if (c.end === undefined) {
        const next = order[k + 1]!;
        addRuleIssue(ctx, ['contracts', i, 'end'], 'MISSING_VALUE', {
          nl: `ontbreekt; verwacht de laatste dag van dit contract, want contract nr. ${next.i + 1} begint later (${next.c.start})`,
          en: `missing; expected the last day of this contract, because contract no. ${next.i + 1} starts later (${next.c.start})`,
        });
      }
    });
  });

export type HistoryInput = z.input<typeof historySchema>;

export interface History {
  readonly cao: Cao | undefined;
  /** Sorted by start date; ids default to the contract's position in the input ("1", "2", …). */
  readonly contracts: readonly Contract[];
  readonly work: readonly WorkEntry[];
}

export const contractLabels: FieldLabels = {
  '': { nl: 'contract', en: 'contract' },
  id: { nl: 'contractnummer', en: 'contract number' },
  start: { nl: 'begindatum', en: 'start date' },
  end: { nl: 'einddatum', en: 'end date' },
  kind: { nl: 'soort contract', en: 'kind of contract' },
  hirerId: { nl: 'relatienummer inlener', en: 'hirer number' },
  fixedHoursPerWeek: { nl: 'vaste uren per week', en: 'fixed hours per week' },
};

export const historyLabels: FieldLabels = {
  cao: { nl: 'cao', en: 'CAO (collective agreement)' },
  contracts: { nl: 'contracten', en: 'contracts' },
  'contracts.id': contractLabels.id!,
  'contracts.start': contractLabels.start!,
  'contracts.end': contractLabels.end!,
  'contracts.kind': contractLabels.kind!,
  'contracts.hirerId': contractLabels.hirerId!,
  'contracts.fixedHoursPerWeek': contractLabels.fixedHoursPerWeek!,
  work: { nl: 'gewerkte uren', en: 'hours worked' },
  'work.week': { nl: 'week', en: 'week' },
  'work.date': { nl: 'datum', en: 'date' },
  'work.hours': { nl: 'uren', en: 'hours' },
  'work.paidHoliday': { nl: 'doorbetaalde vakantie', en: 'paid holiday' },
};

function withIds(contracts: readonly z.output<typeof contractSchema>[]): Contract[] {
  return contracts
    .map((c, i) => ({ ...c, id: c.id ?? String(i + 1), position: i }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.position - b.position))
    .map(({ position: _p, ...c }) => c);
}

/** A worker's employment history from any input; throws InvalidInputError naming every bad field. */
export function parseHistory(input: unknown): History {
  const h = parseWith(historySchema, input, { nl: 'arbeidsverleden', en: 'employment history' }, historyLabels);
  return { cao: h.cao, contracts: withIds(h.contracts), work: h.work };
}

/** One contract; throws InvalidInputError. */
export function parseContract(input: unknown): Contract {
  const c = parseWith(contractSchema, input, { nl: 'contract', en: 'contract' }, contractLabels);
  return { ...c, id: c.id ?? '1' };
}

/** Work entries alone; throws InvalidInputError. */
export function parseWork(input: unknown): WorkEntry[] {
  return parseWith(z.array(workEntrySchema), input, { nl: 'gewerkte uren', en: 'hours worked' }, {
    '': { nl: 'regel', en: 'line' },
    week: historyLabels['work.week']!,
    date: historyLabels['work.date']!,
    hours: historyLabels['work.hours']!,
    paidHoliday: historyLabels['work.paidHoliday']!,
  });
}

export type { DateInput };
