export { minimumWage, minimumWageTable, minimumWageAge, MINIMUM_WAGE_MIN_AGE, MINIMUM_WAGE_ADULT_AGE } from './minimumWage.js';
export type { MinimumWageOptions, MinimumWageRow, MinimumWageTable } from './minimumWage.js';
