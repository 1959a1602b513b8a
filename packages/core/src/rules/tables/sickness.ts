import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Sickness (DOMAIN.md §11). The law sets the floor (BW 7:629); the CAO tops up. The back-office's
 * own reporting cut-off (09:30, 3 h before a shift) is policy: see policy.sicknessReport*.
 */

const LAW = 'BW 7:629 via pootarbeidsrecht.nl';
const CAO_2026_NOTE =
  'From 2026 the 90 % is a CAO extra that may lapse under equivalent pay (DOMAIN.md §11): the CAO 2019–2025 value is kept until the 2026 rule is confirmed.';

export const sicknessSpecs: TopicSpecs = {
  'sickness.law.minPayShare': { description: 'Employer pays at least this share of the wage during sickness (year 1 not below the minimum wage)', unit: 'fraction', kind: 'decimal' },
  'sickness.law.payWeeks': { description: 'Weeks of continued pay during sickness', unit: 'weeks', kind: 'integer' },
  'sickness.law.minimumWageWeeks': { description: 'During the first this many weeks of sickness the pay is not below the minimum wage', unit: 'weeks', kind: 'integer' },
  'sickness.law.maxWaitingDays': { description: 'At most this many waiting days per sickness case may be agreed', unit: 'days', kind: 'integer' },
  'sickness.law.sameCaseWithinWeeks': { description: 'A new sickness within this many weeks after recovery is the same case (no new waiting days)', unit: 'weeks', kind: 'integer' },
  'sickness.zw.benefitShare': { description: 'Sickness Benefits Act (ZW) benefit as a share of the daily wage (workers with agency clause, after the contract)', unit: 'fraction', kind: 'decimal' },
  'sickness.withClause.waitingDays': { description: 'CAO: waiting days for a worker with agency clause', unit: 'days', kind: 'integer' },
  'sickness.withClause.firstYearShare': { description: 'CAO: ZW benefit topped up to this share in sickness weeks 1–52 (agency clause)', unit: 'fraction', kind: 'decimal' },
  'sickness.withClause.secondYearShare': { description: 'CAO: ZW benefit topped up to this share in sickness weeks 53–104 (agency clause)', unit: 'fraction', kind: 'decimal' },
  'sickness.withoutClause.waitingDays': { description: 'CAO: waiting days for a worker without agency clause', unit: 'days', kind: 'integer' },
  'sickness.withoutClause.firstYearShare': { description: 'CAO: pay during sickness weeks 1–52 as a share of the wage (no agency clause)', unit: 'fraction', kind: 'decimal' },
  'sickness.withoutClause.secondYearShare': { description: 'CAO: pay during sickness weeks 53–104 as a share of the wage (no agency clause)', unit: 'fraction', kind: 'decimal' },
  'sickness.reportBefore': {
    description: 'CAO: the worker reports sick to agency and hirer on day 1 before this time (the back-office asks earlier: policy.sicknessReportBefore)',
    unit: 'HH:mm',
    kind: 'time',
  },
};

export const sicknessLaw: LayerValues = {
  'sickness.law.minPayShare': [at('2024-01-01', '0.70', LAW)],
  'sickness.law.payWeeks': [at('2024-01-01', 104, LAW)],
  'sickness.law.minimumWageWeeks': [at('2024-01-01', 52, LAW, { note: '"≥ minimum wage in year 1" (DOMAIN.md §11).' })],
  'sickness.law.maxWaitingDays': [at('2024-01-01', 2, LAW)],
  'sickness.law.sameCaseWithinWeeks': [at('2024-01-01', 4, LAW)],
  'sickness.zw.benefitShare': [at('2024-01-01', '0.70', 'abunbbu.nl art. 25')],
};

export const sicknessCao: LayerValues = {
  'sickness.withClause.waitingDays': [at('2019-12-30', 2, 'abunbbu.nl art. 25')],
  'sickness.withClause.firstYearShare': [
    at('2019-12-30', '0.90', 'abunbbu.nl art. 25 (NBBU)'),
    at('2026-01-01', '0.90', 'abunbbu.nl art. 25 (CAO 2019–2025 value, kept)', { note: CAO_2026_NOTE, unconfirmed: true }),
  ],
  'sickness.withClause.secondYearShare': [at('2019-12-30', '0.80', 'abunbbu.nl art. 25 (NBBU)')],
  'sickness.withoutClause.waitingDays': [at('2019-12-30', 1, 'level1.nl')],
  'sickness.withoutClause.firstYearShare': [
    at('2019-12-30', '0.90', 'level1.nl'),
    at('2026-01-01', '0.90', 'level1.nl (CAO 2019–2025 value, kept)', { note: CAO_2026_NOTE, unconfirmed: true }),
  ],
  'sickness.withoutClause.secondYearShare': [at('2019-12-30', '0.80', 'level1.nl')],
  'sickness.reportBefore': [at('2019-12-30', '10:00', 'NBBU art. 25, level1.nl', { note: 'On the first day of sickness, to both the agency and the hirer.' })],
};
