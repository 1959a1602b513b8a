import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Figures the loaded hourly cost, the ET exchange and the invoices need that no other topic file
 * has (issue 4 §2, §4, §5): the statutory vacation minimum (the floor under a hirer's package from
 * 2026), the reverse-charge sectors, and the one assumption behind the per-hour approximation of
 * the yearly maximum premium wage.
 */

const CAP_NOTE =
  'Our assumption, not a rule: the yearly maximum premium wage (premium.maxWage.year) is turned into a cap per worked hour by dividing it by the hours a worker with this many hours per week works in a year (hours per week / 5 × workable days). Payroll caps per pay period (per-period maxima not in our sources, DOMAIN.md §4); a worker who works part of the year reaches the cap later. Give hoursPerWeek in the hourlyCost input for the worker\'s real hours.';

export const costModelSpecs: TopicSpecs = {
  'vacation.statutoryMinDaysPerYear': {
    description: 'Statutory minimum vacation days per year for a 5-day week (four times the weekly working time); the floor under the hirer\'s vacation days from 2026',
    unit: 'days per year',
    kind: 'integer',
  },
  'vat.reverseChargeSectors': {
    description: 'Sectors in which lending staff for physical work is reverse-charged (btw verlegd): sector codes separated by commas, from construction, shipbuilding, cleaning, gardening',
    unit: 'sector codes',
    kind: 'string',
  },
  'cost.premiumCapHoursPerWeek': {
    description: 'Hours per week assumed when the yearly maximum premium wage is approximated per worked hour in hourlyCost (when the input gives no hoursPerWeek)',
    unit: 'hours per week',
    kind: 'integer',
  },
};

export const costModelLaw: LayerValues = {
  'vacation.statutoryMinDaysPerYear': [
    at('2024-01-01', 20, 'BW 7:634 lid 1: at least four times the agreed working time per week (5-day week: 20 days)', {
      note: 'domain-costs.md §3.1 uses 20 statutory days for its 2026 illustration.',
    }),
  ],
  'vat.reverseChargeSectors': [
    at('2024-01-01', 'construction, shipbuilding, cleaning, gardening', 'cooster.nl (DOMAIN.md §14): reverse charge for staff doing physical work in construction, shipbuilding, cleaning, gardening'),
  ],
};

export const costModelPolicy: LayerValues = {
  'cost.premiumCapHoursPerWeek': [at('2024-01-01', 40, 'Our assumption (issue 4 §2): a full-time week of 40 hours', { note: CAP_NOTE, unconfirmed: true })],
};
