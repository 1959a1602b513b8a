import { InputError, displayValue } from '../errors/index.js';

/** First year of the Gregorian calendar's Easter rule (1582 reform). */
const FIRST_GREGORIAN_YEAR = 1583;

/**
 * Easter Sunday of a Gregorian year as `{ month, day }` (March or April).
 *
 * The Gregorian computus in its arithmetic form (the "anonymous" algorithm of Butcher's
 * Ecclesiastical Calendar, 1876, as given by Meeus, Astronomical Algorithms ch. 8): Easter is the
 * first Sunday after the ecclesiastical full moon on or after 21 March.
 */
export function easterSunday(year: number): { month: 3 | 4; day: number } {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > 9999) {
    const shown = displayValue(year, 'year');
    throw new InputError(
      'INVALID_YEAR',
      {
        nl: `jaar: ${shown} valt buiten de gregoriaanse kalender; verwacht een jaar van ${FIRST_GREGORIAN_YEAR} t/m 9999`,
        en: `year: ${shown} is outside the Gregorian calendar; expected a year from ${FIRST_GREGORIAN_YEAR} to 9999`,
      },
      'year',
    );
  }
  const golden = year % 19; // place in the 19-year Metonic cycle of moon phases
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  // Correction of the moon's orbit (the "lunar equation"): 8 days per 2500 years.
  const moonCorrection = Math.floor((century + 8) / 25);
  const moonShift = Math.floor((century - moonCorrection + 1) / 3);
  // Days from 21 March to the ecclesiastical full moon (the epact, counted backwards).
  const fullMoon = (19 * golden + century - leapCenturies - moonShift + 15) % 30;
  const leapYears = Math.floor(yearInCentury / 4);
  const yearRest = yearInCentury % 4;
  // Days from that full moon to the following Sunday.
  const toSunday = (32 + 2 * centuryRest + 2 * leapYears - fullMoon - yearRest) % 7;
  // The two exceptions of the Gregorian tables (full moon on 18/19 April).
  const exception = Math.floor((golden + 11 * fullMoon + 22 * toSunday) / 451);
  const marchDay = fullMoon + toSunday - 7 * exception + 114;
  return { month: Math.floor(marchDay / 31) as 3 | 4, day: (marchDay % 31) + 1 };
}
