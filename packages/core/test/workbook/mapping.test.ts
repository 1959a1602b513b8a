import { describe, expect, it } from 'vitest';
import {
  InputError, WorkbookStructureError, agencyWorkbookLayout, columnNames, detectSheet, normalizeHeader, parseColumnMapping, readSheet, sheetNames,
  type ColumnSpec,
} from '../../src/index.js';

describe('layout: every header and alias points at one column', () => {
  it('no two columns of a sheet share a header or alias (after normalising)', () => {
    for (const sheet of agencyWorkbookLayout) {
      const seen = new Map<string, string>();
      for (const column of sheet.columns as readonly ColumnSpec[]) {
        for (const name of new Set(columnNames(column))) {
          expect(seen.get(name) ?? column.key, `${sheet.key}: "${name}" used by ${seen.get(name)} and ${column.key}`).toBe(column.key);
          seen.set(name, column.key);
        }
      }
    }
  });
  it('no two sheets share a name or alias', () => {
    const seen = new Map<string, string>();
    for (const sheet of agencyWorkbookLayout) {
      for (const name of new Set(sheetNames(sheet))) {
        expect(seen.get(name) ?? sheet.key, `"${name}"`).toBe(sheet.key);
        seen.set(name, sheet.key);
      }
    }
  });
  it('a conditional column names a column of the same sheet and values among its choices', () => {
    for (const sheet of agencyWorkbookLayout) {
      for (const column of sheet.columns as readonly ColumnSpec[]) {
        if (!column.requiredWhen) continue;
        const other = (sheet.columns as readonly ColumnSpec[]).find((c) => c.key === column.requiredWhen!.column);
        expect(other?.choices?.map((c) => c.value)).toEqual(expect.arrayContaining([...column.requiredWhen.in]));
      }
    }
  });
  it('headers are compared without case, spaces, punctuation or accents', () => {
    expect(normalizeHeader(' Pauze (min) ')).toBe('pauzemin');
    expect(normalizeHeader('PAUZE_MIN')).toBe('pauzemin');
    expect(normalizeHeader('Geboörte-datum')).toBe('geboortedatum');
  });
});

const HEADER = ['Medewerkernr', 'plaatsing', 'DATUM', 'van', 'tot', 'Pauze', 'Urenstatus'];
const LINE = ['W001', 'P001', '2-3-2026', '07:00', '15:30', 30, 'Goedgekeurd'];

describe('column mapping: aliases, explicit mapping files, missing columns', () => {
  it('matches an agency export by aliases (Medewerkernr, plaatsing, DATUM, van, tot, Pauze, Urenstatus)', () => {
    const { sheet } = readSheet('Hours', [HEADER, LINE]);
    expect(Object.keys(sheet.columns)).toEqual(['workerId', 'placementId', 'date', 'start', 'end', 'breakMinutes', 'status']);
    expect(sheet.records[0]).toMatchObject({ workerId: 'W001', placementId: 'P001', date: '2026-03-02', start: '07:00', end: '15:30', breakMinutes: 30, status: 'approved' });
  });

  it('an explicit mapping file names the sheet and the agency\'s own headers; unnamed columns still match automatically', () => {
    const mapping = parseColumnMapping(
      JSON.stringify({ name: 'Urenportaal', sheets: { Hours: { sheet: 'Export week', columns: { workerId: 'Kracht', date: 'Werkdag', start: 'Aanvang dienst', end: 'Einde dienst' } } } }),
    );
    const { sheet } = readSheet('Hours', [['Kracht', 'Plaatsing', 'Werkdag', 'Aanvang dienst', 'Einde dienst', 'Status'], ['W9', 'P9', '2026-03-03', '22:00', '06:00', 'ingediend']], mapping, 'Export week');
    expect(sheet.records[0]).toMatchObject({ workerId: 'W9', date: '2026-03-03', start: '22:00', end: '06:00', status: 'submitted' });
    expect(sheet.columns.date?.letter).toBe('C');
  });

  it('a mapped header wins over an automatic match, and null switches a column off', () => {
    const mapping = parseColumnMapping({ sheets: { Hours: { columns: { date: 'Boekdatum', breakMinutes: null } } } });
    const { sheet, defaults } = readSheet('Hours', [['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Boekdatum', 'Uren', 'Pauze', 'Status'], ['W1', 'P1', '1-3-2026', '2-3-2026', 8, 45, 'akkoord']], mapping);
    expect(sheet.records[0]!.date).toBe('2026-03-02');
    expect(sheet.records[0]!.breakMinutes).toBe(0);
    expect(sheet.ignoredHeaders).toEqual(['Datum', 'Pauze']);
    expect(defaults.map((d) => [d.field, d.reason])).toContainEqual(['breakMinutes', 'column-missing']);
  });

  it('a missing mandatory column is an InputError that lists what was found and what was expected', () => {
    let error: unknown;
    try {
      readSheet('Hours', [['Medewerker', 'Dag', 'Van', 'Tot'], ['W1', '2-3-2026', '07:00', '15:00']]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(WorkbookStructureError);
    const e = error as WorkbookStructureError;
    expect(e.code).toBe('WORKBOOK_MISSING_COLUMNS');
    expect(e.texts.en).toBe(
      'Sheet Uren: mandatory columns are missing: Placement ID, Status. Found columns (row 1): Medewerker, Dag, Van, Tot. ' +
        'Expected: Placement ID (or Plaatsingsnummer, Plaatsing, Plaatsingnr, Placement); Status (or Urenstatus, Goedkeuringsstatus, Approval status). ' +
        'Rename the column or map it in a column mapping (--mapping).',
    );
    expect(e.texts.nl).toContain('Gevonden kolommen (rij 1): Medewerker, Dag, Van, Tot');
    expect(e.texts.nl).toContain('verplichte kolommen ontbreken: Plaatsingsnummer, Status');
  });

  it('a mapped header that is not in the sheet is named, with the headers found', () => {
    const mapping = parseColumnMapping({ sheets: { Hours: { columns: { date: 'Werkdag' } } } });
    expect(() => readSheet('Hours', [[...HEADER], LINE], mapping)).toThrow(/maps date to column "Werkdag", which is not in the header row \(row 1\)\. Found: Medewerkernr/);
  });

  it('two headers meaning the same column are an error, not a guess', () => {
    expect(() => readSheet('Hours', [['Personeelsnummer', 'Medewerkernummer', 'Plaatsing', 'Datum', 'Uren', 'Status']])).toThrow(
      /the columns "Personeelsnummer" and "Medewerkernummer" both mean Worker ID/,
    );
  });

  it('defaults are reported: a missing column (proof → no) and blank cells (break → 0), with counts and rows', () => {
    const { defaults, sheet } = readSheet('Hours', [
      ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Status'],
      ['W1', 'P1', '2-3-2026', '07:00', '15:30', 30, 'goedgekeurd'],
      ['W1', 'P1', '3-3-2026', '07:00', '15:30', '', 'goedgekeurd'],
      ['W1', 'P1', '4-3-2026', '07:00', '11:00', null, 'goedgekeurd'],
    ]);
    expect(sheet.records.map((r) => r.breakMinutes)).toEqual([30, 0, 0]);
    expect(defaults).toHaveLength(2);
    const [breaks, proof] = [defaults.find((d) => d.field === 'breakMinutes')!, defaults.find((d) => d.field === 'proof')!];
    expect(breaks).toMatchObject({ reason: 'blank-cells', count: 2, rows: [3, 4], value: '0', source: 'layout' });
    expect(breaks.message.en).toBe('Sheet Uren: 2 blank cells in column Pauze (min) filled with default 0 (row 3, 4).');
    expect(proof).toMatchObject({ reason: 'column-missing', count: 3, value: 'nee' });
    expect(proof.message.nl).toBe('Blad Uren: kolom Urenbewijs ontbreekt; standaardwaarde nee gebruikt voor 3 regels.');
  });

  it('a default from the mapping file fills a missing column and says it came from the mapping', () => {
    const mapping = parseColumnMapping({ sheets: { Hours: { defaults: { status: 'goedgekeurd' } } } });
    const { sheet, defaults } = readSheet('Hours', [['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Uren'], ['W1', 'P1', '2-3-2026', '7,5']], mapping);
    expect(sheet.records[0]!.status).toBe('approved');
    expect(defaults.find((d) => d.field === 'status')).toMatchObject({ source: 'mapping', reason: 'column-missing', count: 1 });
  });

  it('a bad mapping file is an InputError naming the problem: invalid JSON, unknown sheet, unknown column key, invalid default', () => {
    expect(() => parseColumnMapping('{ "sheets": ')).toThrow(/not valid JSON/);
    expect(() => parseColumnMapping({ sheets: { Uren: {} } })).toThrow(InputError);
    expect(() => parseColumnMapping({ sheets: { Hours: { columns: { datum: 'Datum' } } } })).toThrow(/unknown column key "datum" for sheet Hours; expected one of: id, workerId/);
    const bad = parseColumnMapping({ sheets: { Hours: { defaults: { status: 'misschien' } } } });
    expect(() => readSheet('Hours', [HEADER, LINE], bad)).toThrow(/default in the column mapping is invalid: Urenstatus: "misschien" is not an allowed value/);
  });

  it('finds the header row below a title or note row', () => {
    const { sheet } = readSheet('Hours', [['Urenexport week 10'], [], HEADER, LINE]);
    expect(sheet.headerRow).toBe(3);
    expect(sheet.records[0]!.ref).toEqual({ sheet: 'Uren', row: 4 });
  });

  it('detects which sheet a grid holds from its headers (a CSV file, a selection)', () => {
    expect(detectSheet([HEADER, LINE])).toBe('Hours');
    expect(detectSheet([['Personeelsnummer', 'Naam', 'Geboortedatum', 'BSN', 'Soort', 'Ingeschreven op']])).toBe('Workers');
    expect(detectSheet([['a', 'b']])).toBeNull();
  });
});
