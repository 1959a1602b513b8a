import * as z from 'zod';
import { InputError, maskBsn, parseWith, type FieldLabels, type Texts } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import { toIsoDate, type DateInput } from '../calendar/zone.js';
import { isValidBsn } from '../identity/index.js';
import { defaultRules } from '../rules/defaults.js';
import { getBoolean, getInteger } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { dateField, idField, optional, readChoice, readId, readText, required, addRuleIssue, type IdInput } from '../model/fields.js';
import { addDays } from '../contracts/dates.js';
import { defineFindings, finding, ruleOf, type Finding } from './findings.js';
import { optionalPositiveCentsField, optionalWeekField } from './fields.js';

/*
 * Advances (voorschotten), DOMAIN.md §2 (back-office working agreements):
 * - the back-office advances only to a worker with a valid BSN (policy.advanceRequiresValidBsn:
 *   paying an advance is formally running payroll); without one the agency may advance itself;
 * - an advance paid because the dossier or the proof of hours was incomplete is recovered from
 *   payroll once the documents are in, within policy.advanceRecoveryWeeks (2) weeks of the
 *   advance: a payroll run on or before advance date + 14 days recovers; the day after, if the
 *   documents are still not in, advancing stops and the balance is settled with the agency on
 *   its margin invoice (a documents-in date after that deadline does not undo this);
 * - what the agency advanced (or paid in a settlement) and the back-office later withholds from
 *   the worker's pay is credited to the agency's margin.
 * Events are facts: an advance that breaks a rule is still booked (the money is out) and flagged.
 * Amounts are whole cents, so every balance is exact; nothing is rounded.
 */

export const ADVANCE_FINDINGS = defineFindings('advances', {
  ADVANCE_WITHOUT_VALID_BSN: {
    severity: 'error',
    meaning: {
      nl: 'De back-office gaf (of wil geven) een voorschot zonder geldig BSN; zonder BSN kan alleen de uitzender zelf voorschieten.',
      en: 'The back-office gave (or means to give) an advance without a valid BSN; without one only the agency may advance itself.',
    },
    source: 'Back-office working agreements (DOMAIN.md §2); policy.advanceRequiresValidBsn',
  },
  ADVANCE_AFTER_STOP: {
    severity: 'error',
    meaning: {
      nl: 'Nieuw voorschot van de back-office terwijl het voorschieten gestopt is: een eerder voorschot is na de termijn nog niet verrekend en het dossier is nog onvolledig.',
      en: 'New back-office advance while advancing has stopped: an earlier advance passed its deadline with the documents still missing.',
    },
    source: 'Back-office working agreements (DOMAIN.md §2); policy.advanceRecoveryWeeks',
  },
  ADVANCE_SETTLE_WITH_AGENCY: {
    severity: 'warning',
    meaning: {
      nl: 'De termijn voor verrekening is verstreken en de documenten ontbreken nog: het openstaande voorschot gaat op de margefactuur van de uitzender.',
      en: 'The recovery deadline has passed with the documents still missing: the open advance goes on the agency\'s margin invoice.',
    },
    source: 'Back-office working agreements (DOMAIN.md §2); policy.advanceRecoveryWeeks',
  },
  ADVANCE_RECOVERY_OVERDUE: {
    severity: 'warning',
    meaning: {
      nl: 'De documenten waren op tijd binnen, maar het voorschot is na de termijn nog niet volledig ingehouden: inhouden in deze verloning.',
      en: 'The documents came in on time but the advance is still not fully recovered after the deadline: recover it in this payroll.',
    },
    source: 'Back-office working agreements (DOMAIN.md §2); policy.advanceRecoveryWeeks',
  },
  ADVANCE_LEDGER_MISMATCH: {
    severity: 'error',
    meaning: {
      nl: 'Een inhouding, verrekening met de uitzender of creditering is groter dan wat openstaat.',
      en: 'A recovery, settlement with the agency or credit is larger than what is open.',
    },
    source: 'BW 7:632 lid 1c (set-off of advances); DOMAIN.md §2',
  },
  ADVANCE_EVENT_AFTER_AS_OF: {
    severity: 'info',
    meaning: {
      nl: 'Een boeking ligt na de peildatum en is niet meegeteld.',
      en: 'An entry is dated after the as-of date and was not counted.',
    },
    source: 'advanceLedger(events, asOf)',
  },
});
const F = ADVANCE_FINDINGS;

export const ADVANCE_EVENT_KINDS = ['advance', 'documents-in', 'recovery', 'settlement', 'agency-credit'] as const;
export type AdvanceEventKind = (typeof ADVANCE_EVENT_KINDS)[number];
export const ADVANCE_FUNDERS = ['back-office', 'agency'] as const;
export type AdvanceFunder = (typeof ADVANCE_FUNDERS)[number];
export const ADVANCE_REASONS = ['dossier-incomplete', 'hours-proof-late'] as const;
export type AdvanceReason = (typeof ADVANCE_REASONS)[number];
export const DOCUMENT_SETS = ['dossier', 'hours-proof'] as const;
export type DocumentSet = (typeof DOCUMENT_SETS)[number];

const readKind = readChoice(ADVANCE_EVENT_KINDS, {
  voorschot: 'advance', 'documenten-binnen': 'documents-in', 'documenten-compleet': 'documents-in', inhouding: 'recovery', verrekening: 'recovery',
  'verrekend-met-uitzender': 'settlement', afrekening: 'settlement', creditering: 'agency-credit', 'credit-uitzender': 'agency-credit',
});
const readFunder = readChoice(ADVANCE_FUNDERS, { backoffice: 'back-office', 'back-office': 'back-office', uitzender: 'agency', bureau: 'agency' });
const readReason = readChoice(ADVANCE_REASONS, {
  'dossier-onvolledig': 'dossier-incomplete', dossier: 'dossier-incomplete', 'urenbewijs-te-laat': 'hours-proof-late', urenbewijs: 'hours-proof-late',
});
const readSet = readChoice(DOCUMENT_SETS, { urenbewijs: 'hours-proof', 'hours-proof': 'hours-proof', dossier: 'dossier' });

const eventSchema = z
  .object({
    kind: required<string, AdvanceEventKind>('kind', readKind),
    id: optional<IdInput, string>('id', readId),
    date: dateField('date'),
    workerId: optional<IdInput, string>('workerId', readId),
    agencyId: optional<IdInput, string>('agencyId', readId),
    amount: optionalPositiveCentsField('amount'),
    by: optional<string, AdvanceFunder>('by', readFunder),
    reason: optional<string, AdvanceReason>('reason', readReason),
    what: optional<string, DocumentSet>('what', readSet),
    week: optionalWeekField('week'),
    /** The worker's BSN as known when the advance was paid; checked with the 11-test, never shown unmasked. */
    bsn: optional<string | number, string>('bsn', (v) => (typeof v === 'number' ? String(v).padStart(9, '0') : readText(v, 'bsn'))),
    advanceId: optional<IdInput, string>('advanceId', readId),
  })
  .superRefine((e, ctx) => {
    const need = (field: string, texts: Texts) => {
      if ((e as Record<string, unknown>)[field] === undefined) addRuleIssue(ctx, [field], 'MISSING_VALUE', texts);
    };
    const worker = { nl: 'ontbreekt; verwacht het medewerkernummer, bijvoorbeeld W-001', en: 'missing; expected the worker number, e.g. W-001' };
    const agency = { nl: 'ontbreekt; verwacht het nummer van de uitzender, bijvoorbeeld U-01', en: 'missing; expected the agency number, e.g. U-01' };
    const amount = { nl: 'ontbreekt; verwacht een bedrag, bijvoorbeeld 150,00', en: 'missing; expected an amount, e.g. 150.00' };
    switch (e.kind) {
      case 'advance':
        need('workerId', worker);
        need('agencyId', agency);
        need('amount', amount);
        need('by', { nl: 'ontbreekt; verwacht back-office of uitzender (wie betaalde het voorschot)', en: 'missing; expected back-office or agency (who paid the advance)' });
        need('reason', { nl: 'ontbreekt; verwacht dossier-incomplete of hours-proof-late', en: 'missing; expected dossier-incomplete or hours-proof-late' });
        break;
      case 'documents-in':
        need('workerId', worker);
        need('what', { nl: 'ontbreekt; verwacht dossier of hours-proof (urenbewijs)', en: 'missing; expected dossier or hours-proof' });
        break;
      case 'recovery':
        need('workerId', worker);
        need('amount', amount);
        break;
      case 'settlement':
        need('workerId', worker);
        need('amount', amount);
        break;
      case 'agency-credit':
        need('agencyId', agency);
        need('amount', amount);
        break;
    }
  });

export type AdvanceEventInput = z.input<typeof eventSchema>;
type AdvanceEvent = z.output<typeof eventSchema>;

const eventLabels: FieldLabels = {
  '': { nl: 'boeking', en: 'entry' },
  kind: { nl: 'soort boeking', en: 'kind of entry' },
  id: { nl: 'boekingsnummer', en: 'entry number' },
  date: { nl: 'datum', en: 'date' },
  workerId: { nl: 'medewerkernummer', en: 'worker number' },
  agencyId: { nl: 'uitzender', en: 'agency' },
  amount: { nl: 'bedrag', en: 'amount' },
  by: { nl: 'betaald door', en: 'paid by' },
  reason: { nl: 'reden', en: 'reason' },
  what: { nl: 'documenten', en: 'documents' },
  week: { nl: 'week', en: 'week' },
  bsn: { nl: 'BSN', en: 'BSN', mask: 'bsn' },
  advanceId: { nl: 'voorschotnummer', en: 'advance number' },
};

export type AdvanceStatus = 'recover-now' | 'waiting-for-documents' | 'settle-with-agency' | 'recovered';

export interface AdvanceLine {
  readonly id: string;
  readonly workerId: string;
  readonly agencyId: string;
  readonly by: AdvanceFunder;
  readonly reason: AdvanceReason;
  readonly week?: string;
  readonly date: string;
  readonly amount: Decimal;
  readonly recovered: Decimal;
  /** Paid by the agency in settlements of this advance. */
  readonly settled: Decimal;
  /** Still owed by the worker: amount − recovered. */
  readonly open: Decimal;
  /** Part of `open` the back-office still carries (back-office advances only). */
  readonly backOfficeOpen: Decimal;
  /** Back-office advances: last day a payroll may recover it (date + policy.advanceRecoveryWeeks weeks). */
  readonly recoverBy?: string;
  /** Date the documents needed for recovery came in, if by asOf. */
  readonly documentsInOn?: string;
  readonly status: AdvanceStatus;
}

export interface RecoveryLine {
  readonly advanceId: string;
  readonly workerId: string;
  readonly agencyId: string;
  /** Withhold this amount from the worker's pay in this payroll (see checkDeduction for the limits). */
  readonly amount: Decimal;
  /** The part of `amount` to credit to the agency's margin once withheld. */
  readonly creditToAgency: Decimal;
}

export interface MarginInvoiceLine {
  readonly agencyId: string;
  readonly workerId: string;
  readonly advanceId: string;
  /** charge: the agency pays the back-office; credit: the back-office pays the agency. */
  readonly kind: 'charge-unrecovered-advance' | 'credit-recovered-advance';
  readonly amount: Decimal;
  readonly date: string;
}

export interface WorkerAdvanceBalance {
  readonly workerId: string;
  /** Owed by the worker to the back-office. */
  readonly owedToBackOffice: Decimal;
  /** Owed by the worker to the agency (agency advances, settled advances). */
  readonly owedToAgency: Decimal;
  readonly totalOpen: Decimal;
  readonly toRecoverNow: Decimal;
  /** Recovered more than was open: to pay back to the worker. */
  readonly refundDue: Decimal;
  /** No new back-office advance: an advance passed its deadline with the documents still missing. */
  readonly advancingStopped: boolean;
}

export interface AgencyAdvanceBalance {
  readonly agencyId: string;
  /** Unrecovered back-office advances the agency pays on its margin invoice. */
  readonly chargeDue: Decimal;
  /** Recovered agency money not yet credited on a margin invoice. */
  readonly creditDue: Decimal;
  /** creditDue − chargeDue: positive, the back-office pays the agency. */
  readonly net: Decimal;
  /** What the agency's workers still owe the agency. */
  readonly owedByWorkers: Decimal;
}

export interface AdvanceLedger {
  readonly asOf: string;
  readonly advances: readonly AdvanceLine[];
  readonly toRecover: readonly RecoveryLine[];
  readonly marginInvoice: readonly MarginInvoiceLine[];
  readonly workers: readonly WorkerAdvanceBalance[];
  readonly agencies: readonly AgencyAdvanceBalance[];
  readonly findings: readonly Finding[];
}

interface State {
  readonly e: AdvanceEvent;
  readonly id: string;
  readonly workerId: string;
  readonly agencyId: string;
  readonly by: AdvanceFunder;
  readonly date: string;
  readonly amount: Decimal;
  recovered: Decimal;
  settled: Decimal;
  readonly recoverBy?: string;
}

interface Accrual {
  readonly agencyId: string;
  readonly workerId: string;
  readonly advanceId: string;
  readonly date: string;
  remaining: Decimal;
}

const ORDER: Record<AdvanceEventKind, number> = { advance: 0, 'documents-in': 1, recovery: 2, settlement: 3, 'agency-credit': 4 };
const ZERO = new Decimal(0);
const money = (d: Decimal) => d.toFixed(2);
const moneyNl = (d: Decimal) => d.toFixed(2).replace('.', ',');

function byDate<T extends { date: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * The advance book on a date (issue 5 §2; DOMAIN.md §2): every advance with its status, what to
 * withhold in this payroll, what goes on the agencies' margin invoices, balances per worker and
 * agency, and findings. Throws InvalidInputError on bad input.
 */
export function advanceLedger(events: readonly AdvanceEventInput[], asOf: DateInput, rules: RuleSet = defaultRules): AdvanceLedger {
  const parsed = parseWith(z.array(eventSchema), events, { nl: 'voorschotboek', en: 'advance book' }, eventLabels);
  const day = toIsoDate(asOf, 'asOf');
  const findings: Finding[] = [];

  const withIndex = parsed.map((e, i) => ({ e, i, date: e.date }));
  for (const { e, i } of withIndex.filter((x) => x.date > day)) {
    findings.push(
      finding(F.ADVANCE_EVENT_AFTER_AS_OF, {
        nl: `Boeking nr. ${i + 1} (${e.kind}) van ${e.date} ligt na de peildatum ${day} en is niet meegeteld.`,
        en: `Entry no. ${i + 1} (${e.kind}) of ${e.date} is after the as-of date ${day} and was not counted.`,
      }, { ref: { row: i + 1, date: e.date, workerId: e.workerId, agencyId: e.agencyId } }),
    );
  }
  const ordered = withIndex
    .filter((x) => x.date <= day)
    .sort((a, b) => byDate(a, b) || ORDER[a.e.kind] - ORDER[b.e.kind] || a.i - b.i);

  const advances: State[] = [];
  const byId = new Map<string, State>();
  const docs: { workerId: string; what: DocumentSet; week?: string; date: string }[] = [];
  const accruals: Accrual[] = [];
  const refunds = new Map<string, Decimal>();
  const creditsPaid = new Map<string, Decimal>();

  const documentsIn = (s: State, by: string): string | undefined => {
    const need: DocumentSet = s.e.reason === 'hours-proof-late' ? 'hours-proof' : 'dossier';
    const hit = docs.find((d) => d.workerId === s.workerId && d.what === need && d.date <= by && (need === 'dossier' || s.e.week === undefined || d.week === s.e.week));
    return hit?.date;
  };
  const exposure = (s: State) => (s.by === 'back-office' ? Decimal.max(s.amount.minus(s.recovered).minus(s.settled), 0) : ZERO);
  const stoppedOn = (workerId: string, date: string) =>
    advances.find((s) => s.workerId === workerId && s.by === 'back-office' && s.recoverBy !== undefined && s.recoverBy < date && documentsIn(s, date) === undefined);
  const unknown = (i: number, id: string, workerId: string) =>
    new InputError(
      'UNKNOWN_ADVANCE',
      {
        nl: `boeking nr. ${i + 1}: voorschotnummer "${id}" hoort bij geen voorschot van medewerker ${workerId}; verwacht het nummer van een eerder voorschot`,
        en: `entry no. ${i + 1}: advance number "${id}" matches no advance of worker ${workerId}; expected the number of an earlier advance`,
      },
      'advanceId',
    );

  for (const { e, i } of ordered) {
    const ref = { row: i + 1, date: e.date, workerId: e.workerId, agencyId: e.agencyId, recordId: e.id };
    switch (e.kind) {
      case 'advance': {
        const id = e.id ?? `advance-${i + 1}`;
        const weeks = e.by === 'back-office' ? getInteger('policy.advanceRecoveryWeeks', e.date, rules) : 0;
        const s: State = {
          e, id, workerId: e.workerId!, agencyId: e.agencyId!, by: e.by!, date: e.date, amount: e.amount!, recovered: ZERO, settled: ZERO,
          ...(e.by === 'back-office' ? { recoverBy: addDays(e.date, 7 * weeks) } : {}),
        };
        if (e.by === 'back-office') {
          if (getBoolean('policy.advanceRequiresValidBsn', e.date, rules) && !(e.bsn && isValidBsn(e.bsn))) {
            const what = e.bsn ? { nl: `BSN ${maskBsn(e.bsn)} is niet geldig`, en: `BSN ${maskBsn(e.bsn)} is not valid` } : { nl: 'geen BSN', en: 'no BSN' };
            findings.push(
              finding(F.ADVANCE_WITHOUT_VALID_BSN, {
                nl: `Voorschot ${id} van ${moneyNl(s.amount)} aan medewerker ${s.workerId} op ${e.date}: ${what.nl}. De back-office schiet alleen voor met een geldig BSN; de uitzender kan zelf voorschieten.`,
                en: `Advance ${id} of ${money(s.amount)} to worker ${s.workerId} on ${e.date}: ${what.en}. The back-office advances only with a valid BSN; the agency may advance itself.`,
              }, { ref: { ...ref, recordId: id, field: 'bsn' }, rule: ruleOf('policy.advanceRequiresValidBsn', e.date, rules) }),
            );
          }
          const stopped = stoppedOn(s.workerId, e.date);
          if (stopped) {
            findings.push(
              finding(F.ADVANCE_AFTER_STOP, {
                nl: `Voorschot ${id} op ${e.date}: het voorschieten aan medewerker ${s.workerId} is gestopt, want voorschot ${stopped.id} is na ${stopped.recoverBy} niet verrekend en de documenten ontbreken nog.`,
                en: `Advance ${id} on ${e.date}: advancing to worker ${s.workerId} has stopped, because advance ${stopped.id} was not recovered by ${stopped.recoverBy} and the documents are still missing.`,
              }, { ref: { ...ref, recordId: id }, rule: ruleOf('policy.advanceRecoveryWeeks', e.date, rules) }),
            );
          }
        }
        advances.push(s);
        byId.set(id, s);
        break;
      }
      case 'documents-in':
        docs.push({ workerId: e.workerId!, what: e.what!, ...(e.week ? { week: e.week } : {}), date: e.date });
        break;
      case 'recovery': {
        let left = e.amount!;
        const targets = e.advanceId
          ? [byId.get(e.advanceId) ?? (() => { throw unknown(i, e.advanceId!, e.workerId!); })()]
          : advances.filter((s) => s.workerId === e.workerId);
        if (e.advanceId && targets[0]!.workerId !== e.workerId) throw unknown(i, e.advanceId, e.workerId!);
        for (const s of targets) {
          const open = s.amount.minus(s.recovered);
          if (left.isZero() || open.lte(0)) continue;
          const x = Decimal.min(left, open);
          const toAgency = s.by === 'agency' ? x : x.minus(Decimal.min(x, exposure(s)));
          s.recovered = s.recovered.plus(x);
          left = left.minus(x);
          if (toAgency.gt(0)) accruals.push({ agencyId: s.agencyId, workerId: s.workerId, advanceId: s.id, date: e.date, remaining: toAgency });
        }
        if (left.gt(0)) {
          refunds.set(e.workerId!, (refunds.get(e.workerId!) ?? ZERO).plus(left));
          findings.push(
            finding(F.ADVANCE_LEDGER_MISMATCH, {
              nl: `Inhouding nr. ${i + 1} op ${e.date}: ${moneyNl(left)} meer ingehouden dan medewerker ${e.workerId} aan voorschot openstond; terugbetalen.`,
              en: `Recovery no. ${i + 1} on ${e.date}: ${money(left)} more withheld than worker ${e.workerId} owed in advances; pay it back.`,
            }, { ref: { ...ref, field: 'amount' } }),
          );
        }
        break;
      }
      case 'settlement': {
        let left = e.amount!;
        const targets = e.advanceId
          ? [byId.get(e.advanceId) ?? (() => { throw unknown(i, e.advanceId!, e.workerId!); })()]
          : advances.filter((s) => s.workerId === e.workerId && s.by === 'back-office');
        if (e.advanceId && targets[0]!.workerId !== e.workerId) throw unknown(i, e.advanceId, e.workerId!);
        for (const s of targets) {
          const x = Decimal.min(left, exposure(s));
          if (x.lte(0)) continue;
          s.settled = s.settled.plus(x);
          left = left.minus(x);
        }
        if (left.gt(0)) {
          const agencyId = e.agencyId ?? targets[0]?.agencyId ?? '';
          accruals.push({ agencyId, workerId: e.workerId!, advanceId: e.advanceId ?? '', date: e.date, remaining: left });
          findings.push(
            finding(F.ADVANCE_LEDGER_MISMATCH, {
              nl: `Verrekening nr. ${i + 1} op ${e.date}: ${moneyNl(left)} meer bij de uitzender in rekening gebracht dan de back-office voor medewerker ${e.workerId} openstond; dit wordt teruggecrediteerd.`,
              en: `Settlement no. ${i + 1} on ${e.date}: ${money(left)} more charged to the agency than the back-office had open for worker ${e.workerId}; it is credited back.`,
            }, { ref: { ...ref, field: 'amount' } }),
          );
        }
        break;
      }
      case 'agency-credit': {
        creditsPaid.set(e.agencyId!, (creditsPaid.get(e.agencyId!) ?? ZERO).plus(e.amount!));
        let left = e.amount!;
        for (const a of accruals.filter((x) => x.agencyId === e.agencyId)) {
          const x = Decimal.min(left, a.remaining);
          a.remaining = a.remaining.minus(x);
          left = left.minus(x);
        }
        if (left.gt(0)) {
          findings.push(
            finding(F.ADVANCE_LEDGER_MISMATCH, {
              nl: `Creditering nr. ${i + 1} op ${e.date}: ${moneyNl(left)} meer aan uitzender ${e.agencyId} gecrediteerd dan er aan ingehouden voorschotten openstond.`,
              en: `Credit no. ${i + 1} on ${e.date}: ${money(left)} more credited to agency ${e.agencyId} than recovered advances were open.`,
            }, { ref: { ...ref, field: 'amount' } }),
          );
        }
        break;
      }
    }
  }

  // Status of every advance on asOf.
  const lines: AdvanceLine[] = [];
  const toRecover: RecoveryLine[] = [];
  const charges: MarginInvoiceLine[] = [];
  for (const s of advances) {
    const open = s.amount.minus(s.recovered);
    const bo = exposure(s);
    const docsOn = documentsIn(s, day);
    let status: AdvanceStatus;
    if (open.lte(0)) status = 'recovered';
    else if (s.by === 'agency' || bo.isZero() || day <= s.recoverBy!) status = docsOn ? 'recover-now' : 'waiting-for-documents';
    else if (documentsIn(s, s.recoverBy!)) {
      status = 'recover-now';
      findings.push(
        finding(F.ADVANCE_RECOVERY_OVERDUE, {
          nl: `Voorschot ${s.id} (${s.date}) van medewerker ${s.workerId}: de documenten kwamen op ${docsOn} binnen, maar ${moneyNl(open)} is na ${s.recoverBy} nog niet ingehouden; inhouden in deze verloning.`,
          en: `Advance ${s.id} (${s.date}) of worker ${s.workerId}: the documents came in on ${docsOn}, but ${money(open)} is still not recovered after ${s.recoverBy}; recover it in this payroll.`,
        }, { ref: { workerId: s.workerId, agencyId: s.agencyId, recordId: s.id, date: s.recoverBy }, rule: ruleOf('policy.advanceRecoveryWeeks', s.date, rules) }),
      );
    } else {
      status = 'settle-with-agency';
      charges.push({ agencyId: s.agencyId, workerId: s.workerId, advanceId: s.id, kind: 'charge-unrecovered-advance', amount: bo, date: day });
      findings.push(
        finding(F.ADVANCE_SETTLE_WITH_AGENCY, {
          nl: `Voorschot ${s.id} (${s.date}) van medewerker ${s.workerId}: niet verrekend vóór ${s.recoverBy} en de documenten ontbreken nog. ${moneyNl(bo)} gaat op de margefactuur van uitzender ${s.agencyId}; het voorschieten stopt.`,
          en: `Advance ${s.id} (${s.date}) of worker ${s.workerId}: not recovered by ${s.recoverBy} and the documents are still missing. ${money(bo)} goes on the margin invoice of agency ${s.agencyId}; advancing stops.`,
        }, { ref: { workerId: s.workerId, agencyId: s.agencyId, recordId: s.id, date: s.recoverBy }, rule: ruleOf('policy.advanceRecoveryWeeks', s.date, rules) }),
      );
    }
    if (status === 'recover-now') {
      toRecover.push({ advanceId: s.id, workerId: s.workerId, agencyId: s.agencyId, amount: open, creditToAgency: open.minus(bo) });
    }
    lines.push({
      id: s.id, workerId: s.workerId, agencyId: s.agencyId, by: s.by, reason: s.e.reason!, ...(s.e.week ? { week: s.e.week } : {}), date: s.date,
      amount: s.amount, recovered: s.recovered, settled: s.settled, open: Decimal.max(open, 0), backOfficeOpen: bo,
      ...(s.recoverBy ? { recoverBy: s.recoverBy } : {}), ...(docsOn ? { documentsInOn: docsOn } : {}), status,
    });
  }

  const credits: MarginInvoiceLine[] = accruals
    .filter((a) => a.remaining.gt(0))
    .map((a) => ({ agencyId: a.agencyId, workerId: a.workerId, advanceId: a.advanceId, kind: 'credit-recovered-advance' as const, amount: a.remaining, date: a.date }));

  const workerIds = [...new Set([...advances.map((s) => s.workerId), ...refunds.keys()])].sort();
  const workers: WorkerAdvanceBalance[] = workerIds.map((w) => {
    const mine = lines.filter((l) => l.workerId === w);
    const total = mine.reduce((t, l) => t.plus(l.open), ZERO);
    const bo = mine.reduce((t, l) => t.plus(l.backOfficeOpen), ZERO);
    return {
      workerId: w,
      owedToBackOffice: bo,
      owedToAgency: total.minus(bo),
      totalOpen: total,
      toRecoverNow: toRecover.filter((r) => r.workerId === w).reduce((t, r) => t.plus(r.amount), ZERO),
      refundDue: refunds.get(w) ?? ZERO,
      advancingStopped: stoppedOn(w, day) !== undefined,
    };
  });

  const agencyIds = [...new Set([...advances.map((s) => s.agencyId), ...accruals.map((a) => a.agencyId), ...creditsPaid.keys()])].filter((a) => a !== '').sort();
  const agencies: AgencyAdvanceBalance[] = agencyIds.map((a) => {
    const chargeDue = charges.filter((c) => c.agencyId === a).reduce((t, c) => t.plus(c.amount), ZERO);
    const creditDue = credits.filter((c) => c.agencyId === a).reduce((t, c) => t.plus(c.amount), ZERO);
    const owedByWorkers = lines.filter((l) => l.agencyId === a).reduce((t, l) => t.plus(l.open.minus(l.backOfficeOpen)), ZERO);
    return { agencyId: a, chargeDue, creditDue, net: creditDue.minus(chargeDue), owedByWorkers };
  });

  return { asOf: day, advances: lines, toRecover, marginInvoice: [...charges, ...credits], workers, agencies, findings };
}
