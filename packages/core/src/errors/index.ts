export { BackOfficerError, InputError, NoRuleError, isBackOfficerError } from './errors.js';
export type { Lang, Texts } from './errors.js';
export { displayValue } from './display.js';
export { maskBsn, maskIban, maskSensitive, isSensitiveField } from './mask.js';
export { parseWith, pathText, InvalidInputError } from './zod.js';
export type { FieldLabel, FieldLabels, InputProblem, ReaderIssueParams } from './zod.js';
