import type { RuleTable } from '../types.js';

export const abuTable: RuleTable = {
  id: 'cao-abu',
  layer: 'cao',
  title: 'ABU CAO for temporary workers',
  checkedOn: '2026-11-23',
  parameters: {},
};
