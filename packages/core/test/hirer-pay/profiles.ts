import { compileProfile, type HirerPayProfileInput } from '../../src/index.js';

/*
 * Test profiles with round figures, so that every hand calculation can be followed on paper.
 * All are complete and signed unless a test says otherwise.
 */

const signed = { complete: true, signedBy: 'P. de Vries (HR)', signedAt: '2026-01-05T10:00' };

/** A: €16,00 per hour; evenings/nights on weekdays +25 %, Saturday +50 %, Sunday and holidays +100 % (highest wins). */
export const A: HirerPayProfileInput = {
  id: 'HP-A',
  hirerId: 'H-01',
  hirerName: 'Distributiecentrum Noord',
  job: 'Orderpicker',
  scaleWages: [{ from: '2026-01-01', amount: '16,00', scale: 'B2' }],
  surcharges: ['ma-vr 20:00-06:00 25%', 'za 50%', 'zo,feestdag 100%'],
  status: signed,
};

/** A with surcharges that stack (add) instead of the highest one. */
export const A_ADD: HirerPayProfileInput = { ...A, id: 'HP-A-add', surchargeOverlap: 'stapelen' };

/** A with the hirer's own public holidays, which include Good Friday. */
export const A_OWN_HOLIDAYS: HirerPayProfileInput = {
  ...A,
  id: 'HP-A-own',
  publicHolidays: ['nieuwjaarsdag', 'goede vrijdag', 'tweede paasdag', 'koningsdag', 'hemelvaartsdag', 'tweede pinksterdag', 'eerste kerstdag', 'tweede kerstdag'],
};

const B_SURCHARGES = ['ma-vr 20:00-24:00 20%', 'za 50%'];

/** B: €20,00 per hour; weekday evenings +20 %, Saturday +50 %; overtime after 8 h per day +25 %, the highest wins. */
export const B_HIGHEST: HirerPayProfileInput = {
  id: 'HP-B',
  hirerId: 'H-02',
  job: 'Monteur',
  scaleWages: [{ from: '2026-01-01', amount: 20 }],
  surcharges: B_SURCHARGES,
  overtime: ['overwerk na 8 uur per dag 25% hoogste'],
  status: signed,
};

/** B with overtime stacked on the surcharges. */
export const B_ADD: HirerPayProfileInput = { ...B_HIGHEST, id: 'HP-B-add', overtime: ['overwerk na 8 uur per dag 25% stapelen'] };

/** B with overtime per day (after 8 h, +25 %) and per week (after 40 h, +50 %). */
export const B_WEEK: HirerPayProfileInput = {
  ...B_HIGHEST,
  id: 'HP-B-week',
  overtime: ['overwerk na 8 uur per dag 25%', { period: 'week', afterHours: 40, percent: '50%', stacking: 'hoogste' }],
};

/** B paid as a monthly wage of €3.380 for a 39-hour week: 3.380 / (39 × 13/3 = 169 h) = €20,00 per hour. */
export const B_MONTH: HirerPayProfileInput = {
  id: 'HP-B-month',
  hirerId: 'H-02',
  job: 'Monteur (maandloon)',
  workweekHours: 39,
  scaleWages: [{ from: '2026-01-01', amount: '3.380,00', per: 'maand' }],
  overtime: ['overwerk na 8 uur per dag 25%'],
  status: signed,
};

/** C: €14,00 per hour; fixed euro surcharges; Sunday +100 %; overtime after 9 h per day +€ 3,00, stacked. */
export const C: HirerPayProfileInput = {
  id: 'HP-C',
  hirerId: 'H-03',
  job: 'Schoonmaker',
  scaleWages: [{ from: '2026-01-01', amount: '14,00' }],
  surcharges: ['ma-vr 18:00-22:00 € 2,50', { name: 'Nachttoeslag', days: 'dagelijks', from: '22:00', to: '06:00', fixedPerHour: '4,00' }, 'zo 100%'],
  overtime: ['overwerk na 9 uur per dag € 3,00 stapelen'],
  status: signed,
};

/** D: €16,00 per hour from 2026; initial increase +3 % from 1 July; periodic raise +€ 0,50 from 1 September; ATV/ADV 104 h per year paid in money (40-hour week). */
export const D: HirerPayProfileInput = {
  id: 'HP-D',
  hirerId: 'H-04',
  job: 'Productiemedewerker',
  workweekHours: 40,
  scaleWages: [{ from: '2026-01-01', amount: '16,00' }],
  initialIncreases: [{ from: '2026-07-01', percent: '3%' }],
  periodicRaises: [{ from: '2026-09-01', amountPerHour: '0,50' }],
  workingTimeReduction: { hoursPerYear: 104, compensation: 'geld' },
  status: signed,
};

export const compiled = {
  A: compileProfile(A),
  A_ADD: compileProfile(A_ADD),
  A_OWN_HOLIDAYS: compileProfile(A_OWN_HOLIDAYS),
  B_HIGHEST: compileProfile(B_HIGHEST),
  B_ADD: compileProfile(B_ADD),
  B_WEEK: compileProfile(B_WEEK),
  B_MONTH: compileProfile(B_MONTH),
  C: compileProfile(C),
  D: compileProfile(D),
};
export type ProfileName = keyof typeof compiled;
