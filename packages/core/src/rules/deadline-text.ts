/**
 * "W+1 Tue 13:00": week offset from the work week, ISO weekday name, Amsterdam wall-clock time.
 * Kept apart from overrides.ts so that reading a deadline never pulls in the zod schemas.
 */
export const DEADLINE_TEXT = /^W[+-]\d+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-4]):[0-5]\d$/;
