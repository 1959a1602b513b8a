import { formatIsoWeek, isoWeekOf, minimumWageTable, payrollCalendar, toDate } from '@backofficer/core';
import { strings } from '../i18n.js';
import { calendarJson, calendarText } from '../output/calendar-view.js';
import { formatDay } from '../output/format.js';
import { toJson } from '../output/json.js';
import { wageTableJson, wageTableText } from '../output/wage-view.js';
import type { Command } from './types.js';

/**
 * `backofficer start` (what `npm start` runs): this week's payroll deadlines and today's minimum
 * wage table. Later it becomes the main job on an agency workbook.
 */
export const startCommand: Command = {
  name: 'start',
  summary: {
    nl: 'overzicht van vandaag: termijnen van deze week en het minimumloon',
    en: "today's overview: this week's deadlines and the minimum wage",
  },
  args: [],
  options: {
    date: {
      type: 'string',
      placeholder: { nl: '<datum>', en: '<date>' },
      help: { nl: 'doe alsof het vandaag deze datum is, bijvoorbeeld 2026-03-04', en: 'act as if today were this date, e.g. 2026-03-04' },
    },
  },
  examples: ['backofficer start', 'backofficer start --date 2026-03-04 --lang en'],
  run(ctx) {
    const today = typeof ctx.options.date === 'string' ? toDate(ctx.options.date, '--date') : toDate(ctx.now());
    const week = isoWeekOf(today);
    const cal = payrollCalendar(week);
    const wages = minimumWageTable(today);
    if (ctx.json) {
      ctx.io.out(toJson({ today: today.toISODate(), week: formatIsoWeek(week), payrollCalendar: calendarJson(cal, ctx.lang), minimumWage: wageTableJson(wages) }));
      return;
    }
    const s = strings(ctx.lang);
    ctx.io.out([s.todayIs(formatDay(today, ctx.lang), formatIsoWeek(week)), '', calendarText(cal, ctx.lang), '', '', wageTableText(wages, ctx.lang)].join('\n'));
  },
};
