import { at, type LayerValues, type TopicSpecs } from './entry.js';

/* VAT and the G-account share of an invoice (DOMAIN.md §14). */

export const invoicingSpecs: TopicSpecs = {
  'vat.standard': {
    description: 'Standard VAT rate on staffing invoices (reverse charge applies instead for physical work in construction, shipbuilding, cleaning and gardening)',
    unit: 'fraction',
    kind: 'decimal',
  },
  'gAccount.share': { description: 'Customary share of the invoice INCLUDING VAT paid to the G-account (blocked account for wage tax and VAT)', unit: 'fraction', kind: 'decimal' },
  'gAccount.shareReverseCharge': { description: 'Customary share of the invoice paid to the G-account when VAT is reverse-charged', unit: 'fraction', kind: 'decimal' },
  'invoice.statutoryPaymentTermDays': {
    description: 'Payment term of an invoice between businesses when none was agreed: days after the invoice (the debtor list uses it for invoices without a due date and hirers without a payment term)',
    unit: 'days',
    kind: 'integer',
  },
};

export const invoicingLaw: LayerValues = {
  'vat.standard': [at('2024-01-01', '0.21', 'cooster.nl', { note: 'VAT rounded half-up to cents, per line or on the total per rate, consistently (Belastingdienst via fiscanet.nl).' })],
  'gAccount.share': [at('2024-01-01', '0.25', 'dezorgfabriek.nl', { note: 'Customary practice, agreed with the hirer (Belastingdienst: the parties choose the percentage).' })],
  'gAccount.shareReverseCharge': [at('2024-01-01', '0.20', 'dezorgfabriek.nl')],
  'invoice.statutoryPaymentTermDays': [
    at('2024-01-01', 30, 'BW 6:119a lid 2 (handelstransactie zonder overeengekomen betalingstermijn)', {
      note: 'The law counts 30 days from receipt of the invoice; the debtor list counts from the invoice date.',
    }),
  ],
};
