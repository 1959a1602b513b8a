import { payrollCalendar } from '@backofficer/core';
import { calendarJson, calendarText } from '../output/calendar-view.js';
import { toJson } from '../output/json.js';
import type { Command } from './types.js';

/** `backofficer deadlines 2026-W10`: every deadline of the weekly payroll cycle of a work week. */
export const deadlinesCommand: Command = {
  name: 'deadlines',
  summary: {
    nl: 'termijnen van de loonweek: inschrijven, uren, verloning, betaling, marge',
    en: 'deadlines of the payroll week: registration, hours, payroll, payment, margin',
  },
  args: [
    {
      name: { nl: '<week>', en: '<week>' },
      help: { nl: 'de werkweek als ISO-week, bijvoorbeeld 2026-W10', en: 'the work week as an ISO week, e.g. 2026-W10' },
      required: true,
      example: 'deadlines 2026-W10',
    },
  ],
  options: {},
  examples: ['backofficer deadlines 2026-W10', 'backofficer deadlines 2026W53 --lang en', 'backofficer deadlines 2026-W10 --json'],
  details: {
    nl: 'Registreren in week 1, werken in week 2, verlonen en factureren in week 3. Valt een termijn op een feestdag, dan schuift hij volgens policy.holidayShift (standaard naar de vorige werkdag).',
    en: 'Register in week 1, work in week 2, payroll and invoicing in week 3. A deadline on a public holiday moves as policy.holidayShift says (default: to the previous working day).',
  },
  run(ctx) {
    const cal = payrollCalendar(ctx.args[0]!);
    ctx.io.out(ctx.json ? toJson(calendarJson(cal, ctx.lang)) : calendarText(cal, ctx.lang));
  },
};
