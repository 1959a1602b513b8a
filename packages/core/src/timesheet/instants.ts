import { DateTime } from 'luxon';
import { ZONE, toInstant } from '../calendar/zone.js';
import { instantSecondsWithOffset, wallClockParts } from './clock.js';
import type { DayTable } from './days.js';
import type { InstantInput } from './types.js';

/**
 * Epoch seconds of an instant as the model and the workbook reader keep it: ISO text with an
 * offset (the fast path), Amsterdam wall-clock text without one, a bare date (the start of that
 * day, Amsterdam), a luxon DateTime or a JS Date. Undefined gives NaN; anything unreadable is the
 * InputError of toInstant, naming the field.
 */
export function instantSeconds(value: InstantInput | undefined, days: DayTable, field: string): number {
  if (value === undefined || value === null) return NaN;
  if (typeof value === 'string') {
    const fast = instantSecondsWithOffset(value);
    if (!Number.isNaN(fast)) return fast;
    const wall = wallClockParts(value);
    if (wall) return days.wallSeconds(wall.day, wall.minute, wall.second);
    if (value.trim() === '') return NaN;
  } else if (DateTime.isDateTime(value)) {
    return Math.floor(value.toMillis() / 1000);
  } else if (value instanceof Date) {
    return Math.floor(value.getTime() / 1000);
  }
  return Math.floor(toInstant(value, field).toMillis() / 1000);
}

/** "2026-03-10 13:01" (Amsterdam) of epoch seconds, for messages. */
export function instantText(seconds: number): string {
  return DateTime.fromMillis(seconds * 1000, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');
}
