/**
 * @backofficer/core: the arithmetic and the rules of Dutch temp staffing.
 * Pure: no DOM, no Office, no network, no file I/O.
 */
export * from './errors/index.js';
export * from './money/index.js';
export * from './rules/index.js';
export * from './calendar/index.js';
export * from './wages/index.js';
export * from './identity/index.js';
export * from './model/index.js';
export * from './contracts/index.js';
export * from './compliance/index.js';
export * from './workbook/index.js';
export * from './hirer-pay/index.js';
export * from './timesheet/index.js';
export * from './cost/index.js';
export * from './rates/index.js';
export * from './et/index.js';
export * from './invoicing/index.js';
export * from './margin/index.js';
