import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Employer premiums (DOMAIN.md §4). Percentages are fractions of the premium wage (SV-loon /
 * Zvw-loon), capped at the maximum premium wage. AOW/Anw are withheld as wage tax, not employer
 * cost, so they are not here.
 */

const SRC_2024 = '100-salaris.nl';
const SRC_2025 = 'smkaccountants.nl';
const SRC_2026 = 'admintrend.nl citing Stcrt. 2025-42324 and 2025-38055';

const WKO_NOTE =
  'The 0,50 % is sourced; that it comes ON TOP of the Aof percentage is an assumption (the ministerial tables list it on a separate line): unconfirmed, DOMAIN.md §4. See premium.wko.addedToAof.';

export const premiumSpecs: TopicSpecs = {
  'premium.awf.low': {
    description: 'AWf (WW) employer premium, low rate: only a written, open-ended contract that is not on-call (an agency contract with agency clause pays the high rate)',
    unit: 'fraction',
    kind: 'decimal',
  },
  'premium.awf.high': { description: 'AWf (WW) employer premium, high rate (every other contract, incl. agency clause, BW 7:691 lid 7)', unit: 'fraction', kind: 'decimal' },
  'premium.awf.lowYouthUnderAge': {
    description: 'AWf low-rate exception: a worker younger than this age who is paid for at most premium.awf.lowYouthMaxHoursPer4Weeks hours per 4 weeks',
    unit: 'age in years',
    kind: 'integer',
  },
  'premium.awf.lowYouthMaxHoursPer4Weeks': { description: 'AWf low-rate exception for young workers: at most this many paid hours per 4 weeks', unit: 'hours per 4 weeks', kind: 'integer' },
  'premium.awf.revisionLeaveWithinMonths': { description: 'AWf low rate revised retroactively to high when the worker leaves within this many months of starting', unit: 'months', kind: 'integer' },
  'premium.awf.revisionAvgWeekHoursBelow': {
    description: 'AWf low rate revision test: applies to contracts of on average fewer than this many hours per week',
    unit: 'hours per week',
    kind: 'integer',
  },
  'premium.awf.revisionMinExcess': {
    description: 'AWf low rate revision test: revise to high when hours paid exceed contracted hours in a calendar year by at least this share (excess rounded DOWN to a whole percent; "more than 30 %" = at least 31 %)',
    unit: 'fraction',
    kind: 'decimal',
  },
  'premium.aof.small': { description: 'Aof (WAO/WIA) employer premium, small employer (wage bill two years earlier up to premium.sizeBoundary.smallMedium)', unit: 'fraction', kind: 'decimal' },
  'premium.aof.large': { description: 'Aof (WAO/WIA) employer premium, medium and large employer', unit: 'fraction', kind: 'decimal' },
  'premium.wko': { description: 'Wko surcharge (opslag kinderopvang), childcare surcharge on the premium wage', unit: 'fraction', kind: 'decimal' },
  'premium.wko.addedToAof': {
    description: 'Whether the Wko surcharge is paid on top of the Aof percentage (true) or is already included in it (false)',
    unit: 'yes/no',
    kind: 'boolean',
  },
  'premium.zvw.employer': { description: 'Zvw employer levy (werkgeversheffing Zvw)', unit: 'fraction', kind: 'decimal' },
  'premium.maxWage.year': {
    description: 'Maximum premium wage per year (maximumpremieloon); prorated per pay period (the per-period maxima are not in our sources)',
    unit: 'EUR/year',
    kind: 'decimal',
  },
  'premium.sizeBoundary.smallMedium': {
    description: 'Small/medium employer boundary: wage bill (premieplichtig loon) of two years earlier, for the Aof rate and Whk',
    unit: 'EUR',
    kind: 'decimal',
  },
  'premium.whk.wga': {
    description: "Whk WGA part of the employer's own Whk premium (Belastingdienst decision, 'beschikking'): an input with NO shipped default; set it with withOverrides",
    unit: 'fraction',
    kind: 'decimal',
  },
  'premium.whk.zw': {
    description: "Whk ZW-flex part of the employer's own Whk premium (Belastingdienst decision, 'beschikking'): an input with NO shipped default; set it with withOverrides",
    unit: 'fraction',
    kind: 'decimal',
  },
  'premium.whk.sector52.wga': {
    description: 'INFORMATION ONLY, never a default: published Whk WGA sector premium for sector 52 (agencies); the employer pays its own rate (premium.whk.wga)',
    unit: 'fraction',
    kind: 'decimal',
  },
  'premium.whk.sector52.zw': {
    description: 'INFORMATION ONLY, never a default: published Whk ZW-flex sector premium for sector 52 (agencies); the employer pays its own rate (premium.whk.zw)',
    unit: 'fraction',
    kind: 'decimal',
  },
};

/** Parameters that deliberately have no value in any shipped table, and where the user finds it. */
export const premiumInputs: Record<string, { nl: string; en: string }> = {
  'premium.whk.wga': {
    nl: "De Whk-premie verschilt per werkgever: neem het WGA-percentage uit de jaarlijkse beschikking gedifferentieerde premie Whk van de Belastingdienst en zet premium.whk.wga als afwijking (withOverrides).",
    en: "The Whk premium is employer-specific: take the WGA percentage from the Belastingdienst's yearly Whk decision ('beschikking gedifferentieerde premie Whk') and set premium.whk.wga as an override (withOverrides).",
  },
  'premium.whk.zw': {
    nl: "De Whk-premie verschilt per werkgever: neem het ZW-flex-percentage uit de jaarlijkse beschikking gedifferentieerde premie Whk van de Belastingdienst en zet premium.whk.zw als afwijking (withOverrides).",
    en: "The Whk premium is employer-specific: take the ZW-flex percentage from the Belastingdienst's yearly Whk decision ('beschikking gedifferentieerde premie Whk') and set premium.whk.zw as an override (withOverrides).",
  },
};

function yearly(values: [string, string, string], sources: [string, string, string] = [SRC_2024, SRC_2025, SRC_2026]) {
  return [at('2024-01-01', values[0], sources[0]), at('2025-01-01', values[1], sources[1]), at('2026-01-01', values[2], sources[2])];
}

const SECTOR52_NOTE_LATER =
  'Sector 52 figures for 2025 and 2026 were not found (DOMAIN.md §4): this repeats the 2024 figure for information only. It is never used as a default; the Whk input (premium.whk.*) is required.';

export const premiumLaw: LayerValues = {
  'premium.awf.low': yearly(['0.0264', '0.0274', '0.0274']),
  'premium.awf.high': yearly(['0.0764', '0.0774', '0.0774']),
  'premium.awf.lowYouthUnderAge': [at('2024-01-01', 21, 'aag.nl (DOMAIN.md §4): under 21 and at most 48 h per 4 weeks')],
  'premium.awf.lowYouthMaxHoursPer4Weeks': [at('2024-01-01', 48, 'aag.nl (DOMAIN.md §4): under 21 and at most 48 h per 4 weeks')],
  'premium.awf.revisionLeaveWithinMonths': [at('2024-01-01', 2, 'aag.nl (DOMAIN.md §4): retroactive revision to high if the worker leaves within 2 months')],
  'premium.awf.revisionAvgWeekHoursBelow': [
    at('2022-01-01', 35, 'aag.nl (DOMAIN.md §4): since 2022, contracts averaging < 35 h/week that work > 30 % more than contracted'),
  ],
  'premium.awf.revisionMinExcess': [
    at('2022-01-01', '0.31', 'aag.nl (DOMAIN.md §4): excess % rounded down to whole %, revise at ≥ 31 %', {
      note: 'Contracted hours per period are rounded to 2 decimals before summing (domain-costs.md §1.2).',
    }),
  ],
  'premium.aof.small': yearly(['0.0618', '0.0628', '0.0627']),
  'premium.aof.large': yearly(['0.0754', '0.0764', '0.0763']),
  'premium.wko': [
    at('2024-01-01', '0.005', SRC_2024, { note: WKO_NOTE, unconfirmed: true }),
    at('2025-01-01', '0.005', SRC_2025, { note: WKO_NOTE, unconfirmed: true }),
    at('2026-01-01', '0.005', SRC_2026, { note: WKO_NOTE, unconfirmed: true }),
  ],
  'premium.wko.addedToAof': [
    at('2024-01-01', true, 'Assumption, DOMAIN.md §4 "Wko surcharge (added to Aof [?])"; smkaccountants.nl and admintrend.nl list it on a separate line', {
      note: 'Check against the Belastingdienst premium table; an agency can override this with false.',
      unconfirmed: true,
    }),
  ],
  'premium.zvw.employer': yearly(['0.0657', '0.0651', '0.0610']),
  'premium.maxWage.year': [
    at('2024-01-01', '71628', SRC_2024, { note: 'Prorated per pay period; the per-period maxima were not retrieved (DOMAIN.md §4).' }),
    at('2025-01-01', '75864', SRC_2025, { note: 'Prorated per pay period; the per-period maxima were not retrieved (DOMAIN.md §4).' }),
    at('2026-01-01', '79409', 'accountancyvanmorgen.nl', { note: 'Prorated per pay period; the per-period maxima were not retrieved (DOMAIN.md §4).' }),
  ],
  'premium.sizeBoundary.smallMedium': yearly(['942500', '990000', '1082500']),
  'premium.whk.sector52.wga': [
    at('2024-01-01', '0.0242', 'jenz.nl', { note: 'Information only: the employer pays its own Whk rate (premium.whk.wga, an input).' }),
    at('2025-01-01', '0.0242', 'Not found for 2025/2026 (DOMAIN.md §4); repeats jenz.nl 2024', { note: SECTOR52_NOTE_LATER, unconfirmed: true }),
  ],
  'premium.whk.sector52.zw': [
    at('2024-01-01', '0.0413', 'jenz.nl', { note: 'Information only: the employer pays its own Whk rate (premium.whk.zw, an input).' }),
    at('2025-01-01', '0.0413', 'Not found for 2025/2026 (DOMAIN.md §4); repeats jenz.nl 2024', { note: SECTOR52_NOTE_LATER, unconfirmed: true }),
  ],
};
