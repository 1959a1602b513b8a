export { ZONE, toDate, toIsoDate, toInstant } from './zone.js';
export type { DateInput } from './zone.js';
export {
  parseIsoWeek,
  toIsoWeek,
  formatIsoWeek,
  isoWeekOf,
  weeksInYear,
  weekStart,
  weekEnd,
  addWeeks,
  compareIsoWeeks,
} from './iso-week.js';
export type { IsoWeek, IsoWeekInput } from './iso-week.js';
export { easterSunday } from './easter.js';
export { HOLIDAY_CODES, HOLIDAY_NAMES, publicHolidays, publicHolidayOn, isPublicHoliday } from './holidays.js';
export type { HolidayCode, PublicHoliday } from './holidays.js';
export { isWorkingDay, previousWorkingDay, nextWorkingDay } from './working-days.js';
export { parseDeadlineRule } from './deadline-rule.js';
export type { DeadlineRule } from './deadline-rule.js';
export { DEADLINE_CODES, PAYROLL_CYCLE } from './cycle.js';
export type { DeadlineCode, CycleStep } from './cycle.js';
export { HOLIDAY_SHIFTS, payrollCalendar, payrollDeadline } from './payroll-calendar.js';
export type { HolidayShift, PayrollDeadline, PayrollCalendar } from './payroll-calendar.js';
export { effectiveWeekOfChange } from './change-week.js';
export type { ChangeWeek } from './change-week.js';
