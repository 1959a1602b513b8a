import type { FindingSpec } from './findings.js';
import { CONTRACT_FINDINGS } from '../contracts/codes.js';
import { ADVANCE_FINDINGS } from './advances.js';
import { DEDUCTION_FINDINGS } from './deductions.js';
import { SICKNESS_FINDINGS } from './sickness.js';
import { DOSSIER_FINDINGS } from './dossier.js';
import { PRIVACY_FINDINGS } from './privacy.js';

/**
 * Every finding code of contracts and compliance, by area (docs/findings.md lists them; a test
 * keeps the two in step). Other areas (timesheet, hirer pay) add their own lists here.
 */
export const COMPLIANCE_FINDING_CATALOGUE: readonly FindingSpec[] = Object.freeze([
  ...Object.values(CONTRACT_FINDINGS),
  ...Object.values(ADVANCE_FINDINGS),
  ...Object.values(DEDUCTION_FINDINGS),
  ...Object.values(SICKNESS_FINDINGS),
  ...Object.values(DOSSIER_FINDINGS),
  ...Object.values(PRIVACY_FINDINGS),
]);
