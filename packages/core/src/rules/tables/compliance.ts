import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Figures the contract and compliance checks need that the other topic files do not hold
 * (issue 5 §1–5). Where a value is our own choice rather than a source's, its note says so.
 */

const CHOICE = 'Our choice (the working agreements are silent); an agency may override it';

export const complianceSpecs: TopicSpecs = {
  'phase.workedWeekMinHours': {
    description: 'A calendar week counts as a worked week for the phase count when at least this many hours were worked in it',
    unit: 'hours',
    kind: 'decimal',
  },
  'onCall.fixedHoursOfferAfterMonths': {
    description: 'An employer offers a worker without fixed hours a contract with fixed hours after this many months (Wet arbeidsmarkt in balans)',
    unit: 'months',
    kind: 'integer',
  },
  'policy.agencyClause.fixedHoursOfferRequired': {
    description: 'Whether the back-office offers fixed hours after onCall.fixedHoursOfferAfterMonths while a contract with agency clause lasts (working agreements: no)',
    unit: 'yes/no',
    kind: 'boolean',
  },
  'policy.phaseWarningWeeks': {
    description: 'Warn this many weeks ahead that a worker passes into the next contract phase',
    unit: 'weeks',
    kind: 'integer',
  },
  'policy.documentExpiryWarningWeeks': {
    description: 'Warn this many weeks ahead that a dossier document (ID, residence or work permit, insurance) expires',
    unit: 'weeks',
    kind: 'integer',
  },
  'policy.retention.fiscalCountFrom': {
    description: 'The fiscal retention period (retention.fiscal.years) counts from the end of the calendar year of the record, or from the record date itself',
    unit: 'choice',
    kind: 'enum',
    values: ['end-of-year', 'record-date'],
  },
  'policy.retention.otherMonthsAfterEmployment': {
    description: 'Personal data without a legal retention duty is kept this many months after the employment (or contract) ends, then erased',
    unit: 'months',
    kind: 'integer',
  },
};

export const complianceLaw: LayerValues = {
  'onCall.fixedHoursOfferAfterMonths': [
    at('2020-01-01', 12, 'BW 7:628a lid 5 (Wet arbeidsmarkt in balans, from 2020-01-01), wettingenderoode.nl; DOMAIN.md §7 "after 1 year"'),
  ],
};

export const complianceCao: LayerValues = {
  'phase.workedWeekMinHours': [
    at('2019-12-30', '1', 'jex.nl, randstad.nl (DOMAIN.md §7: a worked week is any calendar week with at least one hour worked)'),
  ],
};

export const compliancePolicy: LayerValues = {
  'policy.agencyClause.fixedHoursOfferRequired': [
    at('2019-12-30', false, 'Back-office working agreements (DOMAIN.md §7): no fixed-hours offer required after 1 year while the agency clause applies'),
  ],
  'policy.phaseWarningWeeks': [at('2019-12-30', 4, CHOICE, { note: 'Four weeks leave time to prepare the next contract before the change.' })],
  'policy.documentExpiryWarningWeeks': [at('2019-12-30', 4, CHOICE, { note: 'Four weeks leave time to ask for a new document before it blocks payroll.' })],
  'policy.retention.fiscalCountFrom': [
    at('2019-12-30', 'end-of-year', `${CHOICE}. DOMAIN.md §17 says fiscal records are kept 7 years`, {
      note: 'Counting from the end of the calendar year the record belongs to is the longer (safer) reading of the 7-year duty.',
    }),
  ],
  'policy.retention.otherMonthsAfterEmployment': [
    at('2019-12-30', 0, `${CHOICE}. DOMAIN.md §17: an erasure request erases what is not under a legal retention duty`, {
      note: 'No legal duty in our sources: such data is not kept after the employment ends.',
    }),
  ],
};
