export { proforma, proformaSummary, proformaLabels, SECTORS } from './proforma.js';
export type { Proforma, ProformaInput, ProformaLine, ProformaLineInput, Sector } from './proforma.js';
export { creditExposure } from './credit.js';
export type { CreditExposure, CreditExposureOptions, CreditHirerInput, CreditInvoiceInput, HirerExposure } from './credit.js';
export { INVOICING_FINDINGS } from './findings.js';
