import type { RuleTable } from '../types.js';

export const nbbuTable: RuleTable = {
  id: 'cao-nbbu',
  layer: 'cao',
  title: 'NBBU CAO for temporary workers',
  checkedOn: '2026-11-23',
  parameters: {},
};
