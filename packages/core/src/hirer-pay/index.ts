export {
  hirerPayProfileSchema, scaleWageSchema, surchargeRuleSchema, overtimeRuleSchema, allowanceSchema, hirerPayLabels, parseHirerPayProfile,
  WAGE_PERIODS, STACKING_MODES, OVERTIME_PERIODS, REDUCTION_COMPENSATIONS, ALLOWANCE_UNITS,
} from './profile.js';
export type {
  HirerPayProfile, HirerPayProfileInput, ScaleWage, WageRaise, SurchargeRule, OvertimeRule, Allowance, WorkingTimeReduction, WagePeriod,
  StackingMode, OvertimePeriod, ReductionCompensation, AllowanceUnit,
} from './profile.js';
export { parseRuleText, parseSurchargeText, parseOvertimeText, formatSurcharge, formatOvertime } from './rule-text.js';
export type { RuleText, SurchargeRuleText, OvertimeRuleText } from './rule-text.js';
export { CompiledProfile, compileProfile } from './compile.js';
export type { CompiledSurcharge, CompiledOvertime, AppliedRule, RuleCombination, DayWindow, PayDay } from './compile.js';
export { shiftPay, shiftsPay } from './shift-pay.js';
export type {
  ShiftPayOptions, ShiftPayResult, ShiftSegment, PayCategory, ShiftBreak, AllowanceLine, ReductionPay, ShiftPayTotals,
} from './shift-pay.js';
export type { ShiftInput, BreakInput } from './shift.js';
export { payslipLines, payslipTotal } from './payslip.js';
export type { PayslipLine } from './payslip.js';
export { HIRER_PAY_FINDINGS } from './findings.js';
