import { defineFindings } from '../compliance/findings.js';

/** Findings of proformas and credit exposure (DOMAIN.md §14). */
export const INVOICING_FINDINGS = defineFindings('invoicing', {
  INVOICE_REVERSE_CHARGE: {
    severity: 'info',
    meaning: {
      nl: 'Btw verlegd: personeel voor fysiek werk in bouw, scheepsbouw, schoonmaak of hoveniers. Op de factuur "btw verlegd" en het btw-nummer van de inlener.',
      en: 'VAT reverse-charged: staff for physical work in construction, shipbuilding, cleaning or gardening. The invoice says "btw verlegd" and shows the hirer\'s VAT number.',
    },
    source: 'cooster.nl (DOMAIN.md §14)',
  },
  INVOICE_REVERSE_CHARGE_ASSUMED: {
    severity: 'warning',
    meaning: {
      nl: 'De sector valt onder de verleggingsregeling, maar niet is opgegeven of het om fysiek werk gaat: btw verlegd aangenomen. Bevestig dit; ten onrechte berekende btw is voor de inlener niet aftrekbaar.',
      en: 'The sector falls under the reverse-charge rule but physical work was not stated: reverse charge assumed. Confirm it; VAT charged wrongly is not deductible for the hirer.',
    },
    source: 'cooster.nl (DOMAIN.md §14)',
  },
  CREDIT_LIMIT_EXCEEDED: {
    severity: 'warning',
    meaning: { nl: 'Het openstaande bedrag ligt boven de kredietlimiet: het deel erboven is niet gedekt.', en: 'The open amount is above the credit limit: the part above it is not covered.' },
    source: 'Credit insurance (DOMAIN.md §14)',
  },
  CREDIT_PROFORMA_OVER_LIMIT: {
    severity: 'warning',
    meaning: {
      nl: 'Met de nieuwe proforma komt het openstaande bedrag boven de kredietlimiet; het deel erboven is voor risico van het bureau.',
      en: "With the new proforma the open amount passes the credit limit; the part above it is at the agency's risk.",
    },
    source: 'Credit insurance (DOMAIN.md §14)',
  },
  CREDIT_COVER_STOPPED: {
    severity: 'error',
    meaning: {
      nl: 'De dekking is gestopt (2 maanden na de vervaldatum van de oudste onbetaalde factuur): nieuwe leveringen zijn niet verzekerd.',
      en: 'Cover has stopped (2 months after the due date of the oldest unpaid invoice): new deliveries are not insured.',
    },
    source: 'atradius.be glossary (DOMAIN.md §14)',
  },
  CREDIT_OVERDUE: {
    severity: 'warning',
    meaning: { nl: 'Er staan vervallen facturen open; de dekking stopt op de genoemde datum.', en: 'Overdue invoices are open; cover stops on the date given.' },
    source: 'atradius.be glossary (DOMAIN.md §14)',
  },
  CREDIT_UNINSURED: {
    severity: 'info',
    meaning: { nl: 'Niet verzekerbare inlener: financiering alleen voor volledig risico van het bureau.', en: "Uninsurable hirer: financing only at the agency's full risk." },
    source: 'Back-office working agreements (DOMAIN.md §14)',
  },
});
