export { ZONE, toDate, toIsoDate, toInstant } from './zone.js';
export type { DateInput } from './zone.js';
