import { at, type LayerValues, type TopicSpecs } from './entry.js';

/* Deductions, set-off and fines (DOMAIN.md §10): law, plus the CAO restriction on fines. */

const HEALTH_NOTE_LATER =
  'The estimated average nominal premium for this year is not in our sources (DOMAIN.md §10): the 2024 cap is repeated, which is the lower and therefore safer cap. Replace it when the VWS figure is checked.';

export const deductionSpecs: TopicSpecs = {
  'deduction.fines.maxShareOfWagePerPayment': {
    description: 'Fines set off against wages: at most this share of the money wage due per wage payment, and never on the minimum-wage part',
    unit: 'fraction',
    kind: 'decimal',
  },
  'deduction.fines.maxDaysWagePerWeek': {
    description: "All fines imposed in one week together: at most this many days' wage",
    unit: "days' wage",
    kind: 'decimal',
  },
  'deduction.fines.publicFinesOnly': {
    description: 'CAO: only judicial and administrative fines (traffic, tax) incurred through the worker may be set off; private fines may not; each set-off specified in writing in the worker\'s language',
    unit: 'yes/no',
    kind: 'boolean',
  },
  'deduction.housing.maxShareOfMinimumWage': {
    description: 'Housing deducted on the minimum-wage part: at most this share of the applicable minimum wage, with a written authorisation, certified housing only (SNF or housing corporation); never above actual cost (CAO)',
    unit: 'fraction',
    kind: 'decimal',
  },
  'deduction.healthInsurance.maxPerYear': {
    description: 'Health insurance deducted on the minimum-wage part: at most the estimated average nominal premium per year',
    unit: 'EUR/year',
    kind: 'decimal',
  },
  'deduction.healthInsurance.maxPerMonth': {
    description: 'Health insurance deducted on the minimum-wage part: at most the estimated average nominal premium per month',
    unit: 'EUR/month',
    kind: 'decimal',
  },
};

export const deductionLaw: LayerValues = {
  'deduction.fines.maxShareOfWagePerPayment': [at('2024-01-01', '0.10', 'BW 7:632 (wetten.legaltools.nl, hr-kiosk.nl)')],
  'deduction.fines.maxDaysWagePerWeek': [at('2024-01-01', '0.5', 'BW 7:650 (absoluteadvocaten.nl)', { note: "Half a day's wage for all fines in one week together." })],
  'deduction.housing.maxShareOfMinimumWage': [
    at('2024-01-01', '0.25', 'BW 7:631; WML art. 13 (DOMAIN.md §10)'),
    at('2026-01-01', '0.25', 'gemeente.nu: the 25 % stays in 2026 (a phase-out was dropped 2025-10-31)'),
  ],
  'deduction.healthInsurance.maxPerYear': [
    at('2024-01-01', '1792', 'taxlive.nl (estimated average nominal premium 2024)'),
    at('2025-01-01', '1792', 'Not in our sources for 2025/2026 (DOMAIN.md §10); repeats taxlive.nl 2024', { note: HEALTH_NOTE_LATER, unconfirmed: true }),
  ],
  'deduction.healthInsurance.maxPerMonth': [
    at('2024-01-01', '149.33', 'taxlive.nl (1.792 per year = 149,33 per month)'),
    at('2025-01-01', '149.33', 'Not in our sources for 2025/2026 (DOMAIN.md §10); repeats taxlive.nl 2024', { note: HEALTH_NOTE_LATER, unconfirmed: true }),
  ],
};

export const deductionCao: LayerValues = {
  'deduction.fines.publicFinesOnly': [at('2019-12-30', true, 'abunbbu.nl art. 37')],
};
