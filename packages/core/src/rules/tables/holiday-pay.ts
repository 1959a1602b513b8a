import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Holiday allowance, vacation days and the reservations paid per worked hour to workers with an
 * agency clause (DOMAIN.md §6). Reservation formula [S] flexnieuws.nl:
 *   workable days = weekdays − vacation days − weekday public holidays
 *   vacation %    = vacation days / workable days
 *   holidays %    = weekday public holidays / workable days
 * rounded half-up to 2 decimals of a percent. The shipped values are our derivation [D], not ABU's
 * published figures, so they are flagged unconfirmed. From 2026 the hirer's package decides per
 * placement (equivalent pay); the CAO figure is only the fallback.
 */

const DERIVED_NOTE = 'Derived by us [D] with the flexnieuws.nl formula, not ABU\'s official figure: unconfirmed (DOMAIN.md §6).';
const PER_PLACEMENT_2026 =
  'From 2026 the reservations come per placement from the hirer\'s package (equivalent pay); this is the old-rules CAO fallback. Derived [D], unconfirmed (DOMAIN.md §6).';
const FALLBACK_2026 =
  'From 2026 equivalent pay applies: the hirer\'s figure if higher. The CAO fallback from 2026 is not confirmed (DOMAIN.md §6, §8).';

export const holidayPaySpecs: TopicSpecs = {
  'holidayAllowance.rate': {
    description: 'Holiday allowance (vakantiebijslag) as a share of the wage: law 8 %, CAO 8,33 % 2019-12-30 through 2025; from 2026 the hirer\'s % if higher',
    unit: 'fraction',
    kind: 'decimal',
  },
  'vacation.daysPerYear': { description: 'CAO vacation days per year for a full-time worker (the basis of reservation.vacation)', unit: 'days per year', kind: 'integer' },
  'vacation.hoursPerYear': { description: 'CAO vacation hours per year for a full-time worker (16 2/3 hours per fully worked month)', unit: 'hours per year', kind: 'integer' },
  'reservation.vacation': { description: 'Vacation reservation per worked hour (agency clause): vacation days / workable days', unit: 'fraction', kind: 'decimal' },
  'reservation.publicHolidays': { description: 'Public-holiday reservation per worked hour (agency clause): weekday public holidays / workable days', unit: 'fraction', kind: 'decimal' },
  'reservation.shortLeave': { description: 'Short-leave (kort verzuim) reservation per worked hour (agency clause)', unit: 'fraction', kind: 'decimal' },
};

export const holidayPayLaw: LayerValues = {
  'holidayAllowance.rate': [at('2024-01-01', '0.08', 'Statutory holiday allowance, law 8 % (DOMAIN.md §6; WML)')],
};

export const holidayPayCao: LayerValues = {
  'holidayAllowance.rate': [
    at('2019-12-30', '0.0833', 'abunbbu.nl art. 18'),
    at('2026-01-01', '0.08', 'DOMAIN.md §6: CAO fallback probably the statutory 8 % [?]', { note: FALLBACK_2026, unconfirmed: true }),
  ],
  'vacation.daysPerYear': [
    at('2019-12-30', 25, 'abunbbu.nl art. 26 (CAO 2020–2025)'),
    at('2026-01-01', 25, 'abunbbu.nl art. 26 (CAO 2020–2025 value, kept)', {
      note: `${FALLBACK_2026} The old 25 days are kept (the 2026 reservations under old rules use them).`,
      unconfirmed: true,
    }),
  ],
  'vacation.hoursPerYear': [
    at('2019-12-30', 200, 'abunbbu.nl art. 26: 16 2/3 h per full month (× 12 = 200)'),
    at('2026-01-01', 200, 'abunbbu.nl art. 26 (CAO 2020–2025 value, kept)', { note: FALLBACK_2026, unconfirmed: true }),
  ],
  'reservation.vacation': [
    at('2024-01-01', '0.1082', 'Derived [D], flexnieuws.nl formula: 25 / (262 − 25 − 6) = 25 / 231', { note: DERIVED_NOTE, unconfirmed: true }),
    at('2025-01-01', '0.1092', 'Derived [D], flexnieuws.nl formula: 25 / (261 − 25 − 7) = 25 / 229', { note: `${DERIVED_NOTE} Liberation Day 2025 counts.`, unconfirmed: true }),
    at('2026-01-01', '0.1087', 'Derived [D], flexnieuws.nl formula, old rules: 25 / (261 − 25 − 6) = 25 / 230', { note: PER_PLACEMENT_2026, unconfirmed: true }),
  ],
  'reservation.publicHolidays': [
    at('2024-01-01', '0.0260', 'Derived [D], flexnieuws.nl formula: 6 / 231', { note: `${DERIVED_NOTE} King's Day 2024 on a Saturday.`, unconfirmed: true }),
    at('2025-01-01', '0.0306', 'Derived [D], flexnieuws.nl formula: 7 / 229', { note: `${DERIVED_NOTE} Liberation Day 2025 counts.`, unconfirmed: true }),
    at('2026-01-01', '0.0261', 'Derived [D], flexnieuws.nl formula, old rules: 6 / 230', { note: PER_PLACEMENT_2026, unconfirmed: true }),
  ],
  'reservation.shortLeave': [at('2024-01-01', '0.0060', 'flexnieuws.nl (fixed 0,60 %)')],
};
