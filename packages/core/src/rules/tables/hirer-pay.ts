import { at, type LayerValues, type TopicSpecs } from './entry.js';

/* Hirer pay (inlenersbeloning) and, from 2026, equivalent pay (DOMAIN.md §8). */

export const hirerPaySpecs: TopicSpecs = {
  'hirerPay.regime': {
    description: "Which pay rule binds the temp to the hirer's terms: hirer-pay (the listed elements a–j, CAO art. 16) or equivalent-pay (total package at least equal, CAO 2026–2028)",
    unit: 'choice',
    kind: 'enum',
    values: ['hirer-pay', 'equivalent-pay'],
  },
  'equivalentPay.transitionMaxMonths': {
    description: 'CAO 2026 transitional rule: where the new terms are worse, the old ones stay at most this many months',
    unit: 'months',
    kind: 'integer',
  },
};

export const hirerPayCao: LayerValues = {
  'hirerPay.regime': [
    at('2019-12-30', 'hirer-pay', 'abunbbu.nl art. 16; jenz.nl, bureaucicero.nl, artra.nl (list a–j from 2023-01-02)'),
    at('2026-01-01', 'equivalent-pay', 'randstad.nl, wiertz.com (CAO 2026–2028)', {
      note: 'The statutory version was postponed to 2026-07-01 or later [?]; the CAO rule applies from 2026-01-01. The form must be completed and signed by the hirer (working agreements).',
    }),
  ],
  'equivalentPay.transitionMaxMonths': [at('2026-01-01', 6, 'randstad.nl, deondernemer.nl')],
};
