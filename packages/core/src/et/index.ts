export { etAllowance } from './allowance.js';
export type { EtAllowance, EtCostResult, EtExchangeLine, EtLimit, EtReversal } from './allowance.js';
export { etAllowanceSchema, etCostSchema, etAllowanceLabels, ET_COMPONENTS, ET_COST_CATEGORIES } from './input.js';
export type { EtAllowanceInput, EtCostInput, EtComponent, EtCostCategory } from './input.js';
export { ET_FINDINGS } from './findings.js';
