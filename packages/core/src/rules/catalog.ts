import type { ParameterSpec } from './types.js';

/**
 * Every parameter BackOfficer knows: what it means, its unit and how its value is read.
 * A table may only define names listed here (a test checks it), and an override is validated
 * against the kind given here.
 */
export const parameterCatalog: Readonly<Record<string, ParameterSpec>> = {
  'minimumWage.hourly.21': { description: 'Statutory minimum wage per hour, age 21 and over', unit: 'EUR/hour', kind: 'decimal' },
  'policy.hoursDeadline': { description: 'Approved hours, expense claims and fines delivered', unit: 'deadline', kind: 'deadline' },
  'cao.publicHolidays': { description: 'Public holidays the CAO counts (paid day off / holiday reservation when on a weekday): holiday codes separated by commas, from newYearsDay, goodFriday, easterSunday, easterMonday, kingsDay, liberationDay, ascensionDay, whitSunday, whitMonday, christmasDay, boxingDay', unit: 'holiday codes', kind: 'string' },
  'cao.liberationDayEveryYears': { description: 'Liberation Day (5 May) counts as a public holiday only in years divisible by this number (5 = lustrum years 2020, 2025, 2030; 1 = every year)', unit: 'years', kind: 'integer' },
};
