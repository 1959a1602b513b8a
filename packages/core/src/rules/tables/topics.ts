import type { LayerValues, TopicSpecs } from './entry.js';
import { minimumWageLaw, minimumWageSpecs } from './minimum-wage.js';
import { premiumInputs, premiumLaw, premiumSpecs } from './premiums.js';
import { workingHoursLaw, workingHoursSpecs } from './working-hours.js';
import { deductionCao, deductionLaw, deductionSpecs } from './deductions.js';
import { recordLaw, recordSpecs } from './records.js';
import { invoicingLaw, invoicingSpecs } from './invoicing.js';
import { sicknessCao, sicknessLaw, sicknessSpecs } from './sickness.js';
import { holidayPayCao, holidayPayLaw, holidayPaySpecs } from './holiday-pay.js';
import { phaseCao, phaseLabelsAbu, phaseLabelsNbbu, phaseSpecs } from './phases.js';
import { hirerPayCao, hirerPaySpecs } from './hirer-pay.js';
import { pensionCao, pensionSpecs } from './pension.js';
import { etSchemeCao, etSchemeSpecs } from './et-scheme.js';
import { policySpecs, policyValues } from './policy-agreements.js';
import { complianceCao, complianceLaw, compliancePolicy, complianceSpecs } from './compliance.js';
import { costModelLaw, costModelPolicy, costModelSpecs } from './cost-model.js';

/*
 * The shipped figures by topic (one file per topic in this folder), gathered per layer for the
 * tables law.ts, cao-abu.ts, cao-nbbu.ts and policy.ts, and their catalog entries for catalog.ts.
 */

/** Catalog entries of every topic. */
export const topicSpecs: TopicSpecs = {
  ...minimumWageSpecs,
  ...premiumSpecs,
  ...workingHoursSpecs,
  ...deductionSpecs,
  ...recordSpecs,
  ...invoicingSpecs,
  ...sicknessSpecs,
  ...holidayPaySpecs,
  ...phaseSpecs,
  ...hirerPaySpecs,
  ...pensionSpecs,
  ...etSchemeSpecs,
  ...policySpecs,
  ...complianceSpecs,
  ...costModelSpecs,
};

/**
 * Catalog names that deliberately have no value in any shipped table (they are inputs), with the
 * text that tells the user where to find the value.
 */
export const topicInputs: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = { ...premiumInputs };

export const lawValues: LayerValues = {
  ...minimumWageLaw,
  ...premiumLaw,
  ...workingHoursLaw,
  ...deductionLaw,
  ...recordLaw,
  ...invoicingLaw,
  ...sicknessLaw,
  ...holidayPayLaw,
  ...complianceLaw,
  ...costModelLaw,
};

/** The harmonised content of the ABU and NBBU CAOs (identical since 2019-12-30). */
export const caoValues: LayerValues = {
  ...deductionCao,
  ...sicknessCao,
  ...holidayPayCao,
  ...phaseCao,
  ...hirerPayCao,
  ...pensionCao,
  ...etSchemeCao,
  ...complianceCao,
};

export const abuOnlyValues: LayerValues = { ...phaseLabelsAbu };
export const nbbuOnlyValues: LayerValues = { ...phaseLabelsNbbu };

export const policyLayerValues: LayerValues = { ...policyValues, ...compliancePolicy, ...costModelPolicy };
