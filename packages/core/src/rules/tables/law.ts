import type { RuleTable } from '../types.js';

export const lawTable: RuleTable = {
  id: 'law-nl',
  layer: 'law',
  title: 'Dutch law (WML, premiums, Working Hours Act)',
  checkedOn: '2026-11-23',
  parameters: {
    'minimumWage.hourly.21': [
      { from: '2024-01-01', value: '13.27', source: 'SZW besluit 2023-0000526966' },
    ],
  },
};
