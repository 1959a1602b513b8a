import { at, type LayerValues, type TopicSpecs } from './entry.js';

/*
 * Working Hours Act (Arbeidstijdenwet), DOMAIN.md §9. DOMAIN gives no start date; the values are
 * checked for 2024–2026 and shipped from 2024-01-01 (the research notes found no change since the
 * simplified Act of 2007-04-01). A CAO or collective arrangement may deviate on some points: that
 * is an override of the cao/agency layer.
 */

const FROM = '2024-01-01';
const ARBO = 'arboportaal.nl (DOMAIN.md §9)';
const ARBO_YOUTH = 'arboportaal.nl, ages 16–17 (DOMAIN.md §9)';
const KIOSK = 'hr-kiosk.nl, night shifts (DOMAIN.md §9)';

const int = (description: string, unit: string) => ({ description, unit, kind: 'integer' as const });
const dec = (description: string, unit: string) => ({ description, unit, kind: 'decimal' as const });

export const workingHoursSpecs: TopicSpecs = {
  'atw.adultFromAge': int('Age from which the adult limits of the Working Hours Act apply (and night work is allowed)', 'age in years'),
  'atw.maxShiftHours': int('Maximum working time per shift, workers 18+', 'hours'),
  'atw.maxWeekHours': int('Maximum working time per week, workers 18+', 'hours'),
  'atw.maxAvgWeekHours4Weeks': int('Maximum average working time per week over any 4 weeks, workers 18+', 'hours per week'),
  'atw.maxAvgWeekHours16Weeks': int('Maximum average working time per week over any 16 weeks, workers 18+', 'hours per week'),
  'atw.dailyRestHours': int('Minimum uninterrupted daily rest per 24 hours', 'hours'),
  'atw.dailyRestShortenedHours': int('Daily rest may be shortened to this once per 7 days when the work requires it', 'hours'),
  'atw.weeklyRestHours': int('Minimum uninterrupted weekly rest per 7 × 24 hours', 'hours'),
  'atw.weeklyRest14DaysHours': int('Alternative weekly rest: this many hours per 14 × 24 hours', 'hours'),
  'atw.weeklyRestMinPartHours': int('When the 14-day weekly rest is split, each part is at least this long', 'hours'),
  'atw.break.thresholdHours': dec('A break is required when working time exceeds this', 'hours'),
  'atw.break.minutes': int('Break when working time exceeds atw.break.thresholdHours (may be split in 2 × 15 minutes)', 'minutes'),
  'atw.break.longThresholdHours': dec('A longer break is required when working time exceeds this', 'hours'),
  'atw.break.longMinutes': int('Total break when working time exceeds atw.break.longThresholdHours', 'minutes'),
  'atw.break.minPartMinutes': int('Smallest part a required break may be split into', 'minutes'),
  'atw.night.windowStart': { description: 'Start of the night window: a shift with more than atw.night.minHoursInWindow of work in the window is a night shift', unit: 'HH:mm', kind: 'time' },
  'atw.night.windowEnd': { description: 'End of the night window', unit: 'HH:mm', kind: 'time' },
  'atw.night.minHoursInWindow': dec('A shift is a night shift when MORE than this much work falls in the night window', 'hours'),
  'atw.night.maxShiftHours': int('Maximum length of a night shift', 'hours'),
  'atw.night.extendedMaxShiftHours': int('A night shift may be extended to this length a limited number of times', 'hours'),
  'atw.night.extendedMaxPer2Weeks': int('Times per 2 weeks a night shift may be extended to atw.night.extendedMaxShiftHours', 'shifts'),
  'atw.night.extendedMaxPerYear': int('Times per year a night shift may be extended to atw.night.extendedMaxShiftHours', 'shifts'),
  'atw.night.lateEnd': { description: 'A night shift ending after this time needs the longer rest atw.night.restAfterLateEndHours', unit: 'HH:mm', kind: 'time' },
  'atw.night.restAfterLateEndHours': int('Rest after a night shift ending after atw.night.lateEnd', 'hours'),
  'atw.night.seriesMinShifts': int('A series of at least this many night shifts needs the rest atw.night.restAfterSeriesHours', 'shifts'),
  'atw.night.restAfterSeriesHours': int('Rest after a series of atw.night.seriesMinShifts or more night shifts', 'hours'),
  'atw.youth.minAge': int('Youngest age of the 16–17 limits (atw.youth.*)', 'age in years'),
  'atw.youth.maxShiftHours': int('Maximum working time per shift, ages 16–17', 'hours'),
  'atw.youth.maxWeekHours': int('Maximum working time per week, ages 16–17', 'hours'),
  'atw.youth.breakThresholdHours': dec('Ages 16–17: a break is required when working time exceeds this', 'hours'),
  'atw.youth.breakMinutes': int('Ages 16–17: break when working time exceeds atw.youth.breakThresholdHours', 'minutes'),
  'atw.youth.nightWorkAllowed': { description: 'Whether workers aged 16–17 may work night shifts', unit: 'yes/no', kind: 'boolean' },
  'atw.weekStart': { description: 'First day of the week for the weekly limits (1 = Monday … 7 = Sunday)', unit: 'weekday', kind: 'weekday' },
};

export const workingHoursLaw: LayerValues = {
  'atw.adultFromAge': [at(FROM, 18, ARBO)],
  'atw.maxShiftHours': [at(FROM, 12, ARBO)],
  'atw.maxWeekHours': [at(FROM, 60, ARBO)],
  'atw.maxAvgWeekHours4Weeks': [at(FROM, 55, ARBO)],
  'atw.maxAvgWeekHours16Weeks': [at(FROM, 48, ARBO)],
  'atw.dailyRestHours': [at(FROM, 11, ARBO)],
  'atw.dailyRestShortenedHours': [at(FROM, 8, ARBO, { note: 'Once per 7 days.' })],
  'atw.weeklyRestHours': [at(FROM, 36, ARBO)],
  'atw.weeklyRest14DaysHours': [at(FROM, 72, ARBO)],
  'atw.weeklyRestMinPartHours': [at(FROM, 32, ARBO)],
  'atw.break.thresholdHours': [at(FROM, '5.5', ARBO)],
  'atw.break.minutes': [at(FROM, 30, ARBO, { note: 'May be taken as 2 × 15 minutes.' })],
  'atw.break.longThresholdHours': [at(FROM, '10', ARBO)],
  'atw.break.longMinutes': [at(FROM, 45, ARBO)],
  'atw.break.minPartMinutes': [at(FROM, 15, ARBO)],
  'atw.night.windowStart': [at(FROM, '00:00', KIOSK)],
  'atw.night.windowEnd': [at(FROM, '06:00', KIOSK)],
  'atw.night.minHoursInWindow': [at(FROM, '1', KIOSK)],
  'atw.night.maxShiftHours': [at(FROM, 10, KIOSK)],
  'atw.night.extendedMaxShiftHours': [at(FROM, 12, KIOSK)],
  'atw.night.extendedMaxPer2Weeks': [at(FROM, 5, KIOSK)],
  'atw.night.extendedMaxPerYear': [at(FROM, 22, KIOSK)],
  'atw.night.lateEnd': [at(FROM, '02:00', KIOSK)],
  'atw.night.restAfterLateEndHours': [at(FROM, 14, KIOSK)],
  'atw.night.seriesMinShifts': [at(FROM, 3, KIOSK)],
  'atw.night.restAfterSeriesHours': [at(FROM, 46, KIOSK)],
  'atw.youth.minAge': [at(FROM, 16, ARBO_YOUTH)],
  'atw.youth.maxShiftHours': [at(FROM, 9, ARBO_YOUTH)],
  'atw.youth.maxWeekHours': [at(FROM, 45, ARBO_YOUTH)],
  'atw.youth.breakThresholdHours': [at(FROM, '4.5', ARBO_YOUTH)],
  'atw.youth.breakMinutes': [at(FROM, 30, ARBO_YOUTH)],
  'atw.youth.nightWorkAllowed': [at(FROM, false, ARBO_YOUTH)],
  'atw.weekStart': [
    at(FROM, 1, 'DOMAIN.md §9 "Week start: Monday (parameter) [?]"; planrs.nl (fining policy since 2019-09-04 uses Monday 00:00 – Sunday 24:00)', {
      note: 'The Act itself does not define the week; older texts use Sunday–Saturday. Unconfirmed: override if the labour inspectorate or a CAO says otherwise.',
      unconfirmed: true,
    }),
  ],
};
