import type { ParameterSpec } from './types.js';
import { topicInputs, topicSpecs } from './tables/topics.js';

/**
 * Every parameter BackOfficer knows: what it means, its unit and how its value is read.
 * A table may only define names listed here (a test checks it), and an override is validated
 * against the kind given here.
 */
export const parameterCatalog: Readonly<Record<string, ParameterSpec>> = {
  // Law, CAO and policy figures, one file per topic in tables/ (minimum-wage.ts, premiums.ts, …).
  ...topicSpecs,
  'cao.publicHolidays': { description: 'Public holidays the CAO counts (paid day off / holiday reservation when on a weekday): holiday codes separated by commas, from newYearsDay, goodFriday, easterSunday, easterMonday, kingsDay, liberationDay, ascensionDay, whitSunday, whitMonday, christmasDay, boxingDay', unit: 'holiday codes', kind: 'string' },
  'cao.liberationDayEveryYears': { description: 'Liberation Day (5 May) counts as a public holiday only in years divisible by this number (5 = lustrum years 2020, 2025, 2030; 1 = every year)', unit: 'years', kind: 'integer' },
};

/**
 * Catalog names that deliberately have NO shipped value (employer-specific inputs such as the
 * Whk premium), with the text that tells the user where to find the value. Set them with
 * withOverrides; a lookup without an override fails.
 */
export const parametersWithoutDefault: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = topicInputs;
