export { billingRate, factorFor } from './billing.js';
export type { RateOptions } from './billing.js';
export { rateForMargin, marginFor, rateFromMargin, marginLabels } from './margin.js';
export type { RateForMarginInput, MarginForInput } from './margin.js';
export { rateFor, surchargeWage, toWageAgreement } from './agreement.js';
export type { CostSource } from './agreement.js';
