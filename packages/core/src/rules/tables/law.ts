import type { RuleTable } from '../types.js';
import { lawValues } from './topics.js';

export const lawTable: RuleTable = {
  id: 'law-nl',
  layer: 'law',
  title: 'Dutch law (WML, premiums, Working Hours Act, deductions, sickness, VAT, retention)',
  checkedOn: '2026-11-23',
  parameters: {
    // Minimum wage, premiums, Working Hours Act, deductions, retention, VAT, sickness: see topics.ts.
    ...lawValues,
  },
};
