import type { RuleTable } from '../types.js';
import { caoValues, nbbuOnlyValues } from './topics.js';

export const nbbuTable: RuleTable = {
  id: 'cao-nbbu',
  layer: 'cao',
  title: 'NBBU CAO for temporary workers',
  checkedOn: '2026-11-23',
  parameters: {
    // Harmonised ABU/NBBU content (holiday pay, reservations, phases, pension, sickness, ET): see topics.ts.
    ...caoValues,
    ...nbbuOnlyValues,
    'cao.publicHolidays': [
      {
        from: '2019-12-30',
        value: 'newYearsDay, easterMonday, kingsDay, liberationDay, ascensionDay, whitMonday, christmasDay, boxingDay',
        source: 'CAO voor Uitzendkrachten art. 27 (ABU = NBBU since 2019-12-30), abunbbu.nl; DOMAIN.md §12',
        note: 'Good Friday, Easter Sunday and Whit Sunday are not on the list; Liberation Day only in lustrum years (cao.liberationDayEveryYears)',
      },
    ],
    'cao.liberationDayEveryYears': [
      { from: '2019-12-30', value: 5, source: 'CAO voor Uitzendkrachten art. 27 (ABU = NBBU): Bevrijdingsdag in lustrum years only, abunbbu.nl; DOMAIN.md §12' },
    ],
  },
};
