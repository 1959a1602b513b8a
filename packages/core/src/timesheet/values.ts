import { clockText, durationText } from './clock.js';
import { IMPOSSIBLE, TIMED, USABLE, type LineTable } from './lines.js';
import type { Report } from './report.js';

/*
 * Impossible values on one line: an end not after the start, more than 24 hours, negative hours
 * or a break longer than the shift; and hours that do not match start, end and break. A line
 * with an impossible value is left out of totals, rest and overlap checks (it would only cause
 * follow-on findings); fix it and run again.
 */

const DAY = 24 * 60;

/** "22:00–06:00", built only when a message needs it. */
function spanOf(t: LineTable, i: number): string {
  return `${clockText(t.startClock[i]!)}–${clockText(t.endClock[i]!)}`;
}

export function checkValues(t: LineTable, report: Report): void {
  for (let i = 0; i < t.n; i++) {
    const line = t.lines[i]!;
    let flags = t.flags[i]!;
    const brk = t.breakMin[i]!;
    const hours = t.hoursMin[i]!;
    let worked = NaN;
    let bad = false;
    if (brk < 0) {
      bad = true;
      report.line('HOURS_NEGATIVE', i, 'breakMinutes', {
        nl: `pauze ${brk} minuten is negatief; verwacht 0 of meer minuten`,
        en: `break of ${brk} minutes is negative; expected 0 minutes or more`,
      });
    }
    if (flags & TIMED) {
      const start = t.start[i]!;
      const end = t.end[i]!;
      if (Number.isNaN(end) || end <= start) {
        bad = true;
        const withEndDate = line.endDate !== undefined && line.endDate !== '';
        report.line(
          'END_BEFORE_START',
          i,
          withEndDate ? 'endDate' : 'end',
          withEndDate
            ? {
                nl: `de dienst ${line.date} ${clockText(t.startClock[i]!)} tot ${line.endDate} ${clockText(t.endClock[i]!)} eindigt niet na het begin; verwacht een einde na het begin`,
                en: `the shift ${line.date} ${clockText(t.startClock[i]!)} to ${line.endDate} ${clockText(t.endClock[i]!)} does not end after it starts; expected an end after the start`,
              }
            : {
                nl: `${spanOf(t, i)} eindigt niet na het begin; een nachtdienst zonder einddatum begint om of na 12:00 en eindigt om of voor 12:00 (bijvoorbeeld 22:00–06:00); vul anders een einddatum in of verbeter de tijden`,
                en: `${spanOf(t, i)} does not end after it starts; an overnight shift without an end date starts at or after 12:00 and ends at or before 12:00 (e.g. 22:00–06:00); otherwise fill in an end date or correct the times`,
              },
        );
      } else {
        const elapsed = end - start;
        if (elapsed > DAY) {
          bad = true;
          report.line('HOURS_OVER_24', i, line.endDate ? 'endDate' : 'end', {
            nl: `de dienst duurt ${durationText(elapsed)} uur, meer dan 24 uur; verwacht hoogstens 24 uur per regel`,
            en: `the shift lasts ${durationText(elapsed)} hours, more than 24 hours; expected at most 24 hours per line`,
          });
        } else if (brk > elapsed) {
          bad = true;
          report.line('HOURS_NEGATIVE', i, 'breakMinutes', {
            nl: `pauze ${brk} minuten is langer dan de dienst ${spanOf(t, i)} (${durationText(elapsed)} uur): negatieve arbeidstijd; verwacht een kortere pauze`,
            en: `break of ${brk} minutes is longer than the shift ${spanOf(t, i)} (${durationText(elapsed)} hours): negative working time; expected a shorter break`,
          });
        } else if (brk >= 0) {
          worked = elapsed - brk;
          if (!Number.isNaN(hours) && hours !== worked) {
            report.line('HOURS_MISMATCH', i, 'hours', {
              nl: `${durationText(hours)} uur, maar ${spanOf(t, i)} min ${brk} minuten pauze is ${durationText(worked)} uur; verwacht dezelfde uren (met begin en einde tellen die)`,
              en: `${durationText(hours)} hours, but ${spanOf(t, i)} less a ${brk}-minute break is ${durationText(worked)} hours; expected the same hours (start and end count)`,
            });
          }
        }
      }
    } else if (!Number.isNaN(hours)) {
      if (hours < 0) {
        bad = true;
        report.line('HOURS_NEGATIVE', i, 'hours', { nl: `${durationText(hours)} uur is negatief; verwacht 0 of meer uren`, en: `${durationText(hours)} hours is negative; expected 0 hours or more` });
      } else if (hours > DAY) {
        bad = true;
        report.line('HOURS_OVER_24', i, 'hours', { nl: `${durationText(hours)} uur is meer dan 24 uur; verwacht hoogstens 24 uur per regel`, en: `${durationText(hours)} hours is more than 24 hours; expected at most 24 hours per line` });
      } else if (brk >= 0) worked = hours;
    }
    if (bad) flags |= IMPOSSIBLE;
    else if (!Number.isNaN(worked)) {
      flags |= USABLE;
      t.worked[i] = worked;
    }
    t.flags[i] = flags;
  }
}
