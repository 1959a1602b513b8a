export {
  SEVERITIES, defineFindings, finding, ruleOf, findingText, sortFindings, worstSeverity, hasErrors, countBySeverity, formatFinding,
} from './findings.js';
export type { Severity, Finding, FindingRef, FindingRule, FindingSpec, FindingOptions } from './findings.js';
export { COMPLIANCE_FINDING_CATALOGUE } from './catalogue.js';
export {
  advanceLedger, ADVANCE_FINDINGS, ADVANCE_EVENT_KINDS, ADVANCE_FUNDERS, ADVANCE_REASONS, DOCUMENT_SETS,
} from './advances.js';
export type {
  AdvanceEventInput, AdvanceEventKind, AdvanceFunder, AdvanceReason, DocumentSet, AdvanceStatus, AdvanceLine, RecoveryLine,
  MarginInvoiceLine, WorkerAdvanceBalance, AgencyAdvanceBalance, AdvanceLedger,
} from './advances.js';
export {
  checkDeduction, checkDeductions, deductionSchema, deductionContextSchema, DEDUCTION_FINDINGS, DEDUCTION_KINDS, FINE_TYPES,
  HOUSING_CERTIFICATIONS, PAY_PERIODS,
} from './deductions.js';
export type {
  DeductionInput, Deduction, DeductionContextInput, DeductionUsage, DeductionCheck, DeductionsCheck, DeductionKind, FineType,
  HousingCertification, PayPeriod,
} from './deductions.js';
export { sicknessReportOnTime, sicknessReportSchema, workScheduleSchema, SICKNESS_FINDINGS } from './sickness.js';
export type { SicknessReportInput, WorkScheduleInput, SicknessReportCheck } from './sickness.js';
export { dossierStatus, DOSSIER_FINDINGS } from './dossier.js';
export type { DossierStatus, DossierItem, DossierItemStatus, DossierRequirement, DossierOptions } from './dossier.js';
export {
  retentionUntil, erasurePlan, exportPlan, dataCategoriesFor, DATA_CATEGORIES, PRIVACY_RIGHTS, RECORD_TYPES, PRIVACY_FINDINGS,
  retentionRecordSchema, privacyRequestSchema,
} from './privacy.js';
export type {
  RecordType, RetentionBasis, Retention, RetentionRecordInput, DataCategory, PrivacyRight, PrivacyRequestInput, ErasureItem,
  ErasurePlan, ExportPlan,
} from './privacy.js';
