import { NoRuleError } from '../errors/index.js';
import type { PublicHoliday } from '../calendar/holidays.js';
import { dayNumberOf } from './clock.js';
import type { DayTable } from './days.js';
import { REJECTED, TIMED, type LineTable } from './lines.js';
import type { ProfileIndex } from './profiles.js';
import type { Joined } from './references.js';
import type { Report } from './report.js';

/*
 * Work on a CAO public holiday (DOMAIN.md §12, on any day of the week the CAO list names): for
 * the record, so the clerk checks the hirer's holiday surcharge (hirer pay, §8) and knows the
 * paid day off runs through the public-holiday reservation (§6), not through these hours. A
 * night shift into a holiday counts for the holiday too.
 */

export function checkHolidays(t: LineTable, joined: Joined, days: DayTable, report: Report, profiles: ProfileIndex | undefined): void {
  for (let i = 0; i < t.n; i++) {
    if (t.inRange[i] !== 1 || t.flags[i]! & REJECTED) continue;
    const info = t.dayOf(i);
    let holiday = days.holiday(info);
    let date = info.iso;
    if ((holiday === null || holiday instanceof NoRuleError) && t.flags[i]! & TIMED) {
      // The part after midnight of a shift that ends on the next day (not at 00:00 exactly).
      const line = t.lines[i]!;
      const endDay = line.endDate ? dayNumberOf(line.endDate) : t.endClock[i]! < t.startClock[i]! ? info.dayNumber + 1 : info.dayNumber;
      if (endDay === info.dayNumber + 1 && t.endClock[i]! > 0 && t.endClock[i]! < 1440) {
        const next = days.day(endDay);
        holiday = days.holiday(next);
        date = next.iso;
      }
    }
    if (holiday === null || holiday === undefined || holiday instanceof NoRuleError) continue;
    report.line('PUBLIC_HOLIDAY_WORK', i, 'date', texts(holiday, date, joined, i, profiles), { parameter: 'cao.publicHolidays' });
  }
}

function texts(holiday: PublicHoliday, date: string, joined: Joined, i: number, profiles: ProfileIndex | undefined) {
  const p = joined.placement(i);
  const profile = p && profiles ? profiles.profileFor(p, date) : undefined;
  const rules = profile ? profile.surcharges.filter((s) => s.days.includes('holiday')) : [];
  const surcharge =
    rules.length > 0
      ? { nl: `feestdagtoeslag volgens de inlenersbeloning: ${rules.map((r) => r.text.nl).join('; ')}`, en: `holiday surcharge per the hirer pay profile: ${rules.map((r) => r.text.en).join('; ')}` }
      : { nl: 'controleer de feestdagtoeslag van de inlener', en: "check the hirer's holiday surcharge" };
  const weekday = holiday.weekday
    ? { nl: 'de doorbetaalde feestdag loopt via de feestdagenreservering', en: 'the paid day off runs through the public-holiday reservation' }
    : { nl: 'valt in het weekend, dus geen doorbetaalde feestdag', en: 'falls on a weekend, so no paid day off' };
  return {
    nl: `gewerkt op ${holiday.names.nl} (${date}); ${surcharge.nl}; ${weekday.nl}`,
    en: `worked on ${holiday.names.en} (${date}); ${surcharge.en}; ${weekday.en}`,
  };
}
