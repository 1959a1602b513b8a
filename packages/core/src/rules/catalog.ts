import type { ParameterSpec } from './types.js';

/**
 * Every parameter BackOfficer knows: what it means, its unit and how its value is read.
 * A table may only define names listed here (a test checks it), and an override is validated
 * against the kind given here.
 */
export const parameterCatalog: Readonly<Record<string, ParameterSpec>> = {
  'minimumWage.hourly.21': { description: 'Statutory minimum wage per hour, age 21 and over', unit: 'EUR/hour', kind: 'decimal' },
  'policy.hoursDeadline': { description: 'Approved hours, expense claims and fines delivered', unit: 'deadline', kind: 'deadline' },
};
