export type { DecimalValue } from './decimal.js';
export { Decimal, ZERO, ONE, HUNDRED, isDecimal } from './decimal.js';
export { roundCents, roundTo, toCents, fromCents, sum } from './round.js';
export { parseAmount, parseNumber, parseHours, parseMinutes, parsePercent } from './parse.js';
export type { AmountInput, AmountOptions } from './parse.js';
