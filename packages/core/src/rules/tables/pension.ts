import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * StiPP pension (DOMAIN.md §5). Pension base = pensionable wage − franchise × pensionable hours
 * (no accrual above the maximum pensionable hourly wage) [S] stippensioen.nl.
 * 2024–2025: Basis from day one, Plus after 52 worked weeks. 2026: one scheme for everyone.
 * The names are chosen so that one code path serves every year:
 *   pension.stipp.total/employer/employee      the scheme a worker starts in (Basis; 2026 the single scheme)
 *   pension.stipp.plus.*                       after pension.stipp.plus.afterWorkedWeeks (Plus; 2026 the single scheme)
 * From 2026 under equivalent pay a better hirer pension is compensated (CAO 2026 art. 46; the
 * formula was not found [?]): not in this table.
 */

const SINGLE_2026 = 'stippensioen.nl, kwps.nl (single source)';
const ONE_SCHEME_NOTE = 'From 2026 one scheme for everyone (23,4 % total, 15,9 % employer, 7,5 % employee); Basis and Plus ended on 2025-12-31.';

export const pensionSpecs: TopicSpecs = {
  'pension.stipp.scheme': {
    description: 'StiPP scheme in force: basis-plus (Basis from day one, Plus after 52 worked weeks; 2024–2025) or single (one scheme, 2026)',
    unit: 'choice',
    kind: 'enum',
    values: ['basis-plus', 'single'],
  },
  'pension.stipp.total': { description: 'StiPP premium on the pension base for the scheme a worker starts in (Basis; from 2026 the single scheme)', unit: 'fraction', kind: 'decimal' },
  'pension.stipp.employer': { description: "Employer's part of pension.stipp.total", unit: 'fraction', kind: 'decimal' },
  'pension.stipp.employee': { description: "Employee's part of pension.stipp.total (withheld from gross wage)", unit: 'fraction', kind: 'decimal' },
  'pension.stipp.basis.credited': {
    description: "StiPP Basis (2024–2025 only): share of the pension base credited to the worker's pension (the rest covers costs and risks); no figure for the 2026 single scheme",
    unit: 'fraction',
    kind: 'decimal',
  },
  'pension.stipp.plus.total': { description: 'StiPP premium on the pension base after pension.stipp.plus.afterWorkedWeeks (Plus; from 2026 the single scheme)', unit: 'fraction', kind: 'decimal' },
  'pension.stipp.plus.employer': { description: "Employer's part of pension.stipp.plus.total", unit: 'fraction', kind: 'decimal' },
  'pension.stipp.plus.employeeMax': { description: "At most this part of pension.stipp.plus.total is withheld from the employee", unit: 'fraction', kind: 'decimal' },
  'pension.stipp.plus.afterWorkedWeeks': {
    description: 'Worked weeks after which a worker moves to the Plus premium (0 from 2026: one scheme from day one)',
    unit: 'worked weeks',
    kind: 'integer',
  },
  'pension.stipp.franchise': { description: 'StiPP franchise per pensionable hour, subtracted from the pensionable wage', unit: 'EUR/hour', kind: 'decimal' },
  'pension.stipp.maxHourlyWage': { description: 'Maximum pensionable hourly wage (no accrual above it)', unit: 'EUR/hour', kind: 'decimal' },
  'pension.stipp.entryAge': { description: 'Age from which StiPP pension accrues', unit: 'age in years', kind: 'integer' },
  'pension.stipp.waitingWeeks': { description: 'Waiting period before StiPP pension starts', unit: 'weeks', kind: 'integer' },
};

export const pensionCao: LayerValues = {
  'pension.stipp.scheme': [at('2024-01-01', 'basis-plus', 'stippensioen.nl'), at('2026-01-01', 'single', SINGLE_2026, { note: ONE_SCHEME_NOTE })],
  'pension.stipp.total': [at('2024-01-01', '0.08', 'stippensioen.nl (Basis)'), at('2026-01-01', '0.234', SINGLE_2026, { note: ONE_SCHEME_NOTE })],
  'pension.stipp.employer': [
    at('2024-01-01', '0.08', 'stippensioen.nl (Basis: all employer)'),
    at('2026-01-01', '0.159', SINGLE_2026, { note: ONE_SCHEME_NOTE }),
  ],
  'pension.stipp.employee': [at('2024-01-01', '0', 'stippensioen.nl (Basis: all employer)'), at('2026-01-01', '0.075', SINGLE_2026, { note: ONE_SCHEME_NOTE })],
  'pension.stipp.basis.credited': [
    at('2024-01-01', '0.074', 'stippensioen.nl "Premie" worked example (2024): credited 7,4 % = 120,18 on a base of 1.624', {
      note: 'Basis scheme only; 2025 the same (hr-kiosk.nl, domain-costs.md §2.1). There is no Basis scheme from 2026.',
    }),
  ],
  'pension.stipp.plus.total': [at('2024-01-01', '0.12', 'stippensioen.nl (Plus)'), at('2026-01-01', '0.234', SINGLE_2026, { note: ONE_SCHEME_NOTE })],
  'pension.stipp.plus.employer': [at('2024-01-01', '0.08', 'stippensioen.nl (Plus)'), at('2026-01-01', '0.159', SINGLE_2026, { note: ONE_SCHEME_NOTE })],
  'pension.stipp.plus.employeeMax': [
    at('2024-01-01', '0.04', 'stippensioen.nl (Plus: employee at most 4 %)'),
    at('2026-01-01', '0.075', SINGLE_2026, { note: ONE_SCHEME_NOTE }),
  ],
  'pension.stipp.plus.afterWorkedWeeks': [
    at('2024-01-01', 52, 'stippensioen.nl (Plus after 52 worked weeks)'),
    at('2026-01-01', 0, SINGLE_2026, { note: ONE_SCHEME_NOTE }),
  ],
  'pension.stipp.franchise': [at('2024-01-01', '8.45', 'stippensioen.nl'), at('2025-01-01', '8.90', 'stippensioen.nl'), at('2026-01-01', '9.24', 'stippensioen.nl')],
  'pension.stipp.maxHourlyWage': [at('2024-01-01', '38.26', 'stippensioen.nl'), at('2025-01-01', '40.53', 'stippensioen.nl'), at('2026-01-01', '42.42', 'stippensioen.nl')],
  'pension.stipp.entryAge': [at('2024-01-01', 18, 'stippensioen.nl')],
  'pension.stipp.waitingWeeks': [at('2024-01-01', 0, 'stippensioen.nl (no waiting period)')],
};
