import type { RuleTable } from '../types.js';
import { policyLayerValues } from './topics.js';

export const policyTable: RuleTable = {
  id: 'policy-backoffice',
  layer: 'policy',
  title: "Back-office working agreements",
  checkedOn: '2026-11-23',
  parameters: {
    // The weekly cycle's deadlines and the other working agreements: see policy-agreements.ts.
    ...policyLayerValues,
  },
};
