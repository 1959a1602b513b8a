import * as z from 'zod';
import type { FieldLabels } from '../errors/index.js';
import { Decimal, type AmountInput } from '../money/index.js';
import { idField, instantField, optionalFlagField, readAmount, readChoice, readKvk, required, textField } from './fields.js';

/**
 * Credit insurance of a hirer (DOMAIN.md §14): insured by the credit insurer, covered in part on
 * the back-office's own assessment, or uninsured (financed only at the agency's full risk).
 */
export const CREDIT_INSURANCE = ['insured', 'own-assessment', 'uninsured'] as const;
export type CreditInsurance = (typeof CREDIT_INSURANCE)[number];

const readCreditInsurance = readChoice(CREDIT_INSURANCE, {
  verzekerd: 'insured', 'eigen-beoordeling': 'own-assessment', 'eigen-risico': 'own-assessment', onverzekerd: 'uninsured', 'niet-verzekerd': 'uninsured',
});

/** A hirer (inlener): the client company where temps work. */
export const hirerSchema = z.object({
  id: idField('id'),
  name: textField('name'),
  kvk: required<string | number, string>('kvk', readKvk),
  creditLimit: required<AmountInput, Decimal>('creditLimit', readAmount({ min: 0 })),
  creditInsurance: required<string, CreditInsurance>('creditInsurance', readCreditInsurance),
  registeredAt: instantField('registeredAt'),
  /** Signed timesheets or week notes required before payroll and invoicing (DOMAIN.md §1). */
  requiresHoursProof: optionalFlagField('requiresHoursProof').transform((v) => v ?? false),
});

export type Hirer = z.output<typeof hirerSchema>;
export type HirerInput = z.input<typeof hirerSchema>;

export const hirerLabels: FieldLabels = {
  id: { nl: 'relatienummer inlener', en: 'hirer number' },
  name: { nl: 'naam inlener', en: 'hirer name' },
  kvk: { nl: 'KvK-nummer', en: 'KvK number (Chamber of Commerce)' },
  creditLimit: { nl: 'kredietlimiet', en: 'credit limit' },
  creditInsurance: { nl: 'kredietverzekering', en: 'credit insurance' },
  registeredAt: { nl: 'ingeschreven op', en: 'registered on' },
  requiresHoursProof: { nl: 'urenbewijs verplicht', en: 'proof of hours required' },
};
