export { contractPhase, workedWeeks } from './phase.js';
export type {
  Phase, TransitionReason, PhaseTransition, PhaseReset, PhaseCounters, AgencyClauseTerms, ContractPhaseStatus, ContractPhaseOptions,
} from './phase.js';
export { agencyClauseEnds, AGENCY_CLAUSE_EVENTS } from './agency-clause.js';
export type { AgencyClauseInput, AgencyClauseEnd, AgencyClauseEventKind } from './agency-clause.js';
export { CONTRACT_KINDS, contractSchema, workEntrySchema, historySchema, contractLabels, historyLabels, parseHistory, parseContract, parseWork } from './input.js';
export type { ContractKind, Contract, ContractInput, WorkEntry, WorkEntryInput, History, HistoryInput } from './input.js';
export { CONTRACT_FINDINGS } from './codes.js';
