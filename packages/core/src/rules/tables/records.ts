import { at, type LayerValues, type TopicSpecs } from './entry.js';

/* Retention of personal data (DOMAIN.md §17, the back-office's privacy statement). */

const SOURCE = "Back-office privacy statement (DOMAIN.md §17)";

export const recordSpecs: TopicSpecs = {
  'retention.fiscal.years': { description: 'Fiscal (payroll and tax) records are kept this many years', unit: 'years', kind: 'integer' },
  'retention.camera.weeks': { description: 'Camera images are kept at most this many weeks, or until the incident is handled', unit: 'weeks', kind: 'integer' },
};

export const recordLaw: LayerValues = {
  'retention.fiscal.years': [at('2024-01-01', 7, SOURCE, { note: 'The fiscal retention duty; an erasure request does not erase these records before the end date.' })],
  'retention.camera.weeks': [at('2024-01-01', 4, SOURCE, { note: 'Or longer until the incident is handled.' })],
};
