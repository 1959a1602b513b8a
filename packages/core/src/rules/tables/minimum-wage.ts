import type { DatedValue } from '../types.js';
import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Statutory hourly minimum wage (DOMAIN.md §3): Wet invoering minimumuurloon (BWBR0048501), in
 * force 2024-01-01, indexed every 1 January and 1 July. The amounts below are the PUBLISHED ones,
 * never computed from the 21+ amount and the youth percentage.
 */

export const MINIMUM_WAGE_AGES = [15, 16, 17, 18, 19, 20, 21] as const;
export const MINIMUM_WAGE_BBL_AGES = [18, 19, 20] as const;

const PERIODS = ['2024-01-01', '2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01'] as const;

const PERIOD_SOURCES: Record<(typeof PERIODS)[number], string> = {
  '2024-01-01': 'SZW besluit 2023-0000526966 (accountingcounts.nl, ahead.nl)',
  '2024-07-01': '4-vision.nl, vertiadvies.nl',
  '2025-01-01': 'SZW besluit 2024-0000675332 (admaxi.nl, svb.nl)',
  '2025-07-01': 'SZW besluit 2025-0000069776, Stcrt. 2025, 12264 (admintrend.nl)',
  '2026-01-01': 'grootheddeaccountants.nl, staffice.nl, parsec.nl',
};

/** Published hourly amounts in euros, one column per period of PERIODS (DOMAIN.md §3 table). */
const PUBLISHED: Record<(typeof MINIMUM_WAGE_AGES)[number], readonly string[]> = {
  21: ['13.27', '13.68', '14.06', '14.40', '14.71'],
  20: ['10.62', '10.94', '11.25', '11.52', '11.77'],
  19: ['7.96', '8.21', '8.44', '8.64', '8.83'],
  18: ['6.64', '6.84', '7.03', '7.20', '7.36'],
  17: ['5.24', '5.40', '5.55', '5.69', '5.81'],
  16: ['4.58', '4.72', '4.85', '4.97', '5.07'],
  15: ['3.98', '4.10', '4.22', '4.32', '4.41'],
};

/** BBL learners 18–20: DOMAIN.md §3 gives the 2026-01-01 amounts only. */
const PUBLISHED_BBL_2026: Record<(typeof MINIMUM_WAGE_BBL_AGES)[number], string> = { 20: '9.05', 19: '7.72', 18: '6.69' };
const BBL_SOURCE = 'grootheddeaccountants.nl';

const YOUTH_PERCENTAGE: Record<15 | 16 | 17 | 18 | 19 | 20, string> = {
  20: '0.80',
  19: '0.60',
  18: '0.50',
  17: '0.395',
  16: '0.345',
  15: '0.30',
};
const BBL_PERCENTAGE: Record<(typeof MINIMUM_WAGE_BBL_AGES)[number], string> = { 20: '0.615', 19: '0.525', 18: '0.455' };

/** 2026-07-01 indexation: not in our sources, so the last published amount is repeated, flagged. */
const JULY_2026 = '2026-07-01';
const JULY_2026_NOTE =
  'The 2026-07-01 amounts are not published in our sources (DOMAIN.md §3): the 2026-01-01 amount stays in force until the new amount is added to this table.';

function july2026(value: string, source: string): DatedValue {
  return at(JULY_2026, value, `Not published in our sources; repeats the 2026-01-01 amount (${source})`, {
    note: JULY_2026_NOTE,
    unconfirmed: true,
  });
}

export const minimumWageSpecs: TopicSpecs = {};
export const minimumWageLaw: LayerValues = {};

for (const age of MINIMUM_WAGE_AGES) {
  const name = `minimumWage.hourly.${age}`;
  minimumWageSpecs[name] = {
    description:
      age === 21
        ? 'Statutory minimum wage per hour, age 21 and over (gross, excluding holiday allowance)'
        : `Statutory minimum wage per hour, age ${age} (gross, excluding holiday allowance)`,
    unit: 'EUR/hour',
    kind: 'decimal',
  };
  const amounts = PUBLISHED[age];
  minimumWageLaw[name] = [
    ...PERIODS.map((from, i) => at(from, amounts[i]!, PERIOD_SOURCES[from])),
    july2026(amounts[PERIODS.length - 1]!, PERIOD_SOURCES['2026-01-01']),
  ];
}

for (const age of MINIMUM_WAGE_BBL_AGES) {
  const name = `minimumWage.hourly.bbl.${age}`;
  minimumWageSpecs[name] = {
    description: `Statutory minimum wage per hour for a BBL learner (beroepsbegeleidende leerweg) aged ${age}; other ages of BBL learners use the regular amount`,
    unit: 'EUR/hour',
    kind: 'decimal',
  };
  minimumWageLaw[name] = [
    at('2026-01-01', PUBLISHED_BBL_2026[age], BBL_SOURCE, {
      note: 'DOMAIN.md §3 gives the BBL amounts from 2026-01-01 only; earlier dates have no BBL value in this table.',
    }),
    july2026(PUBLISHED_BBL_2026[age], BBL_SOURCE),
  ];
}

for (const age of [15, 16, 17, 18, 19, 20] as const) {
  const name = `minimumWage.youthPercentage.${age}`;
  minimumWageSpecs[name] = {
    description: `Youth minimum wage at age ${age} as a share of the 21+ amount (the published hourly amounts are what counts; this share is for display)`,
    unit: 'fraction',
    kind: 'decimal',
  };
  minimumWageLaw[name] = [at('2024-01-01', YOUTH_PERCENTAGE[age], `${PERIOD_SOURCES['2024-01-01']}: youth scale`)];
}

for (const age of MINIMUM_WAGE_BBL_AGES) {
  const name = `minimumWage.youthPercentage.bbl.${age}`;
  minimumWageSpecs[name] = {
    description: `BBL learner's minimum wage at age ${age} as a share of the 21+ amount (for display)`,
    unit: 'fraction',
    kind: 'decimal',
  };
  minimumWageLaw[name] = [at('2026-01-01', BBL_PERCENTAGE[age], BBL_SOURCE)];
}
