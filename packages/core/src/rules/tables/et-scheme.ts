import { at, type LayerValues, type TopicSpecs } from './entry.js';

/* ET scheme (extraterritorial costs), CAO art. 20 (old ABU art. 44/45), DOMAIN.md §13. */

const SOURCE = 'sncu.nl, level1.nl, 100-salaris.nl (CAO art. 20)';

export const etSchemeSpecs: TopicSpecs = {
  'et.maxShareOfWage': { description: 'At most this share of the actual wage may be exchanged for a tax-free ET allowance (the wage after exchange stays ≥ minimum wage)', unit: 'fraction', kind: 'decimal' },
  'et.exchangeFactor': {
    description: 'Exchange factor for time-wage and extra-statutory holiday days: allowance = exchanged gross / factor (surcharges and compensation hours 1:1)',
    unit: 'factor',
    kind: 'decimal',
  },
  'et.maxYears': { description: 'The ET scheme applies at most this many years from the first working day in the Netherlands', unit: 'years', kind: 'integer' },
};

export const etSchemeCao: LayerValues = {
  'et.maxShareOfWage': [at('2024-01-01', '0.30', SOURCE)],
  'et.exchangeFactor': [at('2024-01-01', '0.81', 'sncu.nl; EasyFlex handbook')],
  'et.maxYears': [at('2024-01-01', 5, SOURCE)],
};
