import { minimumWage, minimumWageAge, minimumWageTable, toIsoDate } from '@backofficer/core';
import { toJson } from '../output/json.js';
import { wageOneJson, wageOneText, wageTableJson, wageTableText } from '../output/wage-view.js';
import type { Command } from './types.js';

/** `backofficer wml 2026-03-01 --age 20`: the statutory hourly minimum wage on a date. */
export const wmlCommand: Command = {
  name: 'wml',
  summary: {
    nl: 'wettelijk minimumloon per uur op een datum (per leeftijd)',
    en: 'statutory hourly minimum wage on a date (by age)',
  },
  args: [
    {
      name: { nl: '<datum>', en: '<date>' },
      help: { nl: 'de datum van het werk, bijvoorbeeld 2026-03-01 of 1-3-2026', en: 'the date of the work, e.g. 2026-03-01 or 1-3-2026' },
      required: true,
      example: 'wml 2026-03-01 --age 20',
    },
  ],
  options: {
    age: {
      type: 'string',
      placeholder: { nl: '<jaren>', en: '<years>' },
      help: { nl: 'leeftijd van de uitzendkracht (15 of ouder); zonder: de hele tabel', en: "the worker's age (15 or more); without it: the whole table" },
    },
    bbl: {
      type: 'boolean',
      help: { nl: 'BBL-leerling (18 t/m 20 jaar hebben een lagere staffel)', en: 'BBL learner (ages 18 to 20 have a lower scale)' },
    },
  },
  examples: ['backofficer wml 2026-03-01 --age 20', 'backofficer wml 2026-03-01', 'backofficer wml 1-7-2025 --age 19 --json'],
  details: {
    nl: 'Sinds 2024 geldt een wettelijk minimumloon per uur, geïndexeerd op 1 januari en 1 juli. De bedragen zijn de gepubliceerde bedragen uit de regeltabellen.',
    en: 'Since 2024 the statutory minimum wage is set per hour and indexed on 1 January and 1 July. The amounts are the published ones from the rule tables.',
  },
  run(ctx) {
    const date = toIsoDate(ctx.args[0], 'datum (date)');
    const age = ctx.options.age;
    const bbl = ctx.options.bbl === true;
    if (typeof age !== 'string') {
      const table = minimumWageTable(date);
      ctx.io.out(ctx.json ? toJson(wageTableJson(table)) : wageTableText(table, ctx.lang));
      return;
    }
    const amount = minimumWage(date, age, { bbl });
    const tableAge = minimumWageAge(age);
    const table = minimumWageTable(date);
    const row = (bbl ? table.bbl.find((r) => r.age === tableAge) : undefined) ?? table.rows.find((r) => r.age === tableAge)!;
    ctx.io.out(ctx.json ? toJson(wageOneJson(date, row, amount)) : wageOneText(date, row, amount, ctx.lang));
  },
};
