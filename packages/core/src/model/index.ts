export {
  workerSchema, workerDocumentSchema, workerLabels, WORKER_TYPES, DOCUMENT_KINDS,
} from './worker.js';
export type { Worker, WorkerInput, WorkerDocument, WorkerType, DocumentKind } from './worker.js';
export { hirerSchema, hirerLabels, CREDIT_INSURANCE } from './hirer.js';
export type { Hirer, HirerInput, CreditInsurance } from './hirer.js';
export { placementSchema, wageAgreementSchema, placementLabels, agreementOn, RATE_MODES, MARGIN_BASES } from './placement.js';
export type { Placement, PlacementInput, WageAgreement, RateMode, MarginBasis } from './placement.js';
export { hourLineSchema, hourLineLabels, HOUR_STATUSES } from './hourLine.js';
export type { HourLine, HourLineInput, HourStatus } from './hourLine.js';
export { parseWorker, parseHirer, parsePlacement, parseHourLine, parseHourLines } from './parse.js';
