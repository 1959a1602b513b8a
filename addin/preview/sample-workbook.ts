/**
 * A small in-code agency week (2026-W10) for the preview until examples/agency-week.xlsx exists;
 * the build then embeds that workbook instead (build-taskpane.mjs → xlsx-snapshot.mjs).
 * Sheet and header names follow the agency workbook layout (core workbook/layout.ts, Dutch).
 * Fictional ids only: no names, BSNs or other personal data.
 * Dates are Excel serials (46083 = Mon 2026-03-02), times are fractions of a day.
 */
import type { WorkbookSnapshot } from '../office/fake/model.js';

const DATE = 'dd-mm-yyyy';
const TIME = 'hh:mm';
const h = (hours: number, minutes = 0) => (hours * 60 + minutes) / 1440;

const hours = [
  ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Uren', 'Status'],
  ['P-1001', 'PL-501', 46083, h(7), h(15, 30), 30, 8, 'Goedgekeurd'],
  ['P-1001', 'PL-501', 46084, h(7), h(15, 30), 30, 8, 'Goedgekeurd'],
  ['P-1002', 'PL-502', 46083, h(22), h(6), 30, 7.5, 'Ingediend'],
  ['P-1002', 'PL-502', 46084, h(22), h(6), 30, '', 'Ingediend'],
  ['P-1003', 'PL-503', 46085, h(6), h(19, 30), 15, 13.25, 'Goedgekeurd'],
  ['P-1004', 'PL-504', 46086, h(8), h(17), 45, 8.25, 'Ingevoerd'],
  ['P-1004', 'PL-504', 46087, h(8), h(12), 0, 4, 'Afgekeurd'],
];

const hourFormats = hours.map((_, r) =>
  r === 0 ? [] : [null, null, DATE, TIME, TIME, '0', '0.00', null]);

export const sampleWorkbook: WorkbookSnapshot = {
  sheets: [
    { name: 'Uren', values: hours, numberFormat: hourFormats },
    {
      name: 'Plaatsingen',
      values: [
        ['Plaatsingsnummer', 'Personeelsnummer', 'Inlenernummer', 'Functie', 'Startdatum', 'Uurloon', 'Rekenwijze', 'Factor'],
        ['PL-501', 'P-1001', 'I-01', 'Productiemedewerker', 46027, 14.71, 'Factor', 1.95],
        ['PL-502', 'P-1002', 'I-02', 'Orderpicker', 45964, 15.2, 'Factor', 1.9],
        ['PL-503', 'P-1003', 'I-02', 'Chauffeur', 46027, 17.85, 'Factor', 1.85],
        ['PL-504', 'P-1004', 'I-01', 'Inpakker', 46083, 14.71, 'Factor', 1.95],
      ],
      numberFormat: [[], ...Array.from({ length: 4 }, () => [null, null, null, null, DATE, '#,##0.00', null, '0.00'])],
    },
    {
      name: 'Inleners',
      values: [
        ['Inlenernummer', 'Naam', 'Sector', 'Kredietlimiet', 'Betaaltermijn (dagen)'],
        ['I-01', 'Bakkerij De Korf B.V.', 'Voedingsmiddelen', 25_000, 14],
        ['I-02', 'Logistiek Noord B.V.', 'Logistiek', 40_000, 30],
      ],
    },
  ],
  tables: [{ name: 'UrenWeek10', sheet: 'Uren', address: 'A1:H8' }],
  selection: { sheet: 'Uren', address: 'A1' },
};
