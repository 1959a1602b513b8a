import { compareIsoWeeks, formatIsoWeek, parseIsoWeek } from '@backofficer/core';
import { UsageError } from './errors.js';

/** A range of ISO work weeks, both inclusive, as text ("2026-W10"). */
export interface WeekRange {
  readonly from: string;
  readonly to: string;
}

/** An ISO week option (--week, --from, --to, --start), written back in one form: 2026w10 → 2026-W10. */
export function weekOption(value: string, option: string): string {
  return formatIsoWeek(parseIsoWeek(value, option));
}

/**
 * --week W, or --from W --to W (either alone means that one week), or nothing (undefined: every
 * week in the file). --week together with --from/--to is a usage error; so is --to before --from.
 */
export function weekRange(options: Readonly<Record<string, string | boolean | undefined>>, command: string): WeekRange | undefined {
  const week = typeof options.week === 'string' ? options.week : undefined;
  const from = typeof options.from === 'string' ? options.from : undefined;
  const to = typeof options.to === 'string' ? options.to : undefined;
  if (week !== undefined && (from !== undefined || to !== undefined)) {
    throw new UsageError(
      'WEEK_AND_RANGE',
      { nl: 'geef --week óf --from en --to, niet allebei', en: 'give --week or --from and --to, not both' },
      command,
    );
  }
  if (week !== undefined) {
    const w = weekOption(week, '--week');
    return { from: w, to: w };
  }
  if (from === undefined && to === undefined) return undefined;
  const a = weekOption(from ?? to!, from !== undefined ? '--from' : '--to');
  const b = weekOption(to ?? from!, to !== undefined ? '--to' : '--from');
  if (compareIsoWeeks(parseIsoWeek(a), parseIsoWeek(b)) > 0) {
    throw new UsageError(
      'WEEK_RANGE_REVERSED',
      { nl: `--from ${a} ligt na --to ${b}; verwacht de eerste week vóór de laatste`, en: `--from ${a} is after --to ${b}; expected the first week before the last` },
      command,
    );
  }
  return { from: a, to: b };
}
