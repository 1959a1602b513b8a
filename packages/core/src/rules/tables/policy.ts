import type { RuleTable } from '../types.js';

export const policyTable: RuleTable = {
  id: 'policy-backoffice',
  layer: 'policy',
  title: "Back-office working agreements",
  checkedOn: '2026-11-23',
  parameters: {
    'policy.hoursDeadline': [{ from: '2019-12-30', value: 'W+1 Tue 13:00', source: 'Back-office working agreements (DOMAIN.md §1)' }],
  },
};
