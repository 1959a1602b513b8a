import { describe, expect, it } from 'vitest';
import {
  InputError, WorkbookStructureError, cellRef, parseHirer, parseHirerPayProfile, parsePlacement, parseWorker, readAgencyWorkbook, readSheet,
  toHirerInput, toHirerPayProfileInputs, toHourLines, toPlacementInputs, toWorkerInput,
} from '../../src/index.js';

const utc = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));

/** A small workbook as exceljs gives it: Dutch headers, Date objects, numbers, text. */
function workbook() {
  return {
    Uitzendkrachten: [
      ['Personeelsnummer', 'Naam', 'Geboortedatum', 'BSN', 'IBAN', 'Soort', 'ID geldig tot', 'Loonheffingsverklaring', 'Ingeschreven op'],
      ['W001', 'Anna de Vries', utc(1990, 5, 14), 111222333, 'NL91ABNA0417164300', 'Nederlands', utc(2030, 1, 1), 'ja', utc(2025, 11, 20, 14, 5)],
      ['W002', 'Piotr Nowak', '3-7-1988', '123456782', '', 'EU', '2029-06-30', 'nee', '2025-11-21 09:00'],
      ['W002', 'Dubbel', '3-7-1988', '123456782', '', 'EU', '2029-06-30', 'nee', '2025-11-21 09:00'],
    ],
    Inleners: [
      ['Inlenernummer', 'Naam', 'KvK-nummer', 'Kredietlimiet', 'Kredietverzekering', 'Urenbewijs verplicht', 'Ingeschreven op'],
      ['H001', 'Voorbeeld Logistiek B.V.', '90000017', 150000, 'Verzekerd', 'nee', utc(2025, 1, 6, 10, 0)],
    ],
    Plaatsingen: [
      ['Plaatsingsnummer', 'Personeelsnummer', 'Inlenernummer', 'Functie', 'Startdatum', 'Einddatum', 'Contracturen per week', 'Afspraak geldig vanaf', 'Uurloon', 'Rekenwijze', 'Factor', 'Marge %', 'Marge over', 'Tarief'],
      ['P001', 'W001', 'H001', 'Orderpicker', utc(2025, 12, 1), null, 24, utc(2025, 12, 1), 14.55, 'Factor', 1.85, null, null, null],
      ['P001', 'W001', 'H001', 'Orderpicker', utc(2025, 12, 1), null, 24, utc(2026, 1, 1), '14,85', 'Marge', null, 0.15, 'Tarief', null],
      ['P002', 'W002', 'H001', 'Heftruckchauffeur', utc(2025, 12, 1), null, 16, utc(2025, 12, 1), 16, 'Tarief', null, null, null, null],
    ],
    Uren: [
      ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Uren', 'Status', 'Goedgekeurd door', 'Goedgekeurd op', 'Urenbewijs'],
      ['W001', 'P001', utc(2026, 3, 2), utc(1899, 12, 30, 7, 0), utc(1899, 12, 30, 15, 30), 30, null, 'Goedgekeurd', 'J. Bakker', utc(2026, 3, 9, 10, 15), 'nee'],
      ['W001', 'P001', utc(2026, 3, 3), null, null, null, -4, 'Goedgekeurd', 'J. Bakker', utc(2026, 3, 9, 10, 15), 'nee'],
      ['W002', 'P002', utc(2026, 3, 3), '22:00', null, 30, null, 'Ingediend', null, null, 'nee'],
      [],
      ['W002', 'P002', 'gisteren', '22:00', '06:00', 30, null, 'Ingediend', null, null, 'nee'],
    ],
    Notities: [['Vrije aantekeningen']],
  };
}

describe('readAgencyWorkbook: sheets, records and problems with cell references', () => {
  const wb = readAgencyWorkbook(workbook());

  it('finds the sheets by their Dutch names and lists the sheets it ignored and the optional sheets that are missing', () => {
    expect(Object.keys(wb.sheets)).toEqual(['Workers', 'Hirers', 'Placements', 'Hours']);
    expect(wb.ignoredSheets).toEqual(['Notities']);
    expect(wb.missingSheets).toEqual(['HirerPay', 'Advances', 'Deductions', 'Invoices']);
  });

  it('reads typed records: a BSN stored as a number becomes its digits, dates become ISO dates', () => {
    const [anna] = wb.sheets.Workers!.records;
    expect(anna).toMatchObject({ id: 'W001', bsn: '111222333', birthDate: '1990-05-14', type: 'dutch', wageTaxForm: true, registeredAt: '2025-11-20T14:05' });
    expect(anna!.ref).toEqual({ sheet: 'Uitzendkrachten', row: 2 });
  });

  it('a duplicate worker id is a problem pointing at its cell, and the row is left out', () => {
    expect(wb.sheets.Workers!.records.map((r) => r.id)).toEqual(['W001', 'W002']);
    expect(wb.sheets.Workers!.skippedRows).toEqual([4]);
    const dup = wb.problems.find((p) => p.code === 'DUPLICATE_ID')!;
    expect(dup.ref).toEqual({ sheet: 'Uitzendkrachten', sheetKey: 'Workers', row: 4, column: 'A', address: 'A4', field: 'id' });
    expect(dup.message.en).toBe('Sheet Uitzendkrachten, cell A4: Personeelsnummer: "W002" is also in row 3; expected a unique number');
  });

  it('a placement row with mode Tarief (fixed) but no rate is a missing value that says why', () => {
    const p = wb.problems.find((x) => x.ref.sheetKey === 'Placements')!;
    expect(p.code).toBe('CELL_MISSING_VALUE');
    expect(p.ref.address).toBe('N4');
    expect(p.message.nl).toBe('Blad Plaatsingen, cel N4: Tarief: leeg; verwacht een waarde omdat Rekenwijze Tarief is');
  });

  it('an hours line needs start and end, or hours; a blank row is skipped; an unreadable date is a problem at its cell', () => {
    const hours = wb.sheets.Hours!;
    expect(hours.rowsRead).toBe(4);
    expect(hours.records.map((r) => r.ref.row)).toEqual([2, 3]);
    expect(hours.skippedRows).toEqual([4, 6]);
    const codes = wb.problems.filter((p) => p.ref.sheetKey === 'Hours').map((p) => [p.code, p.ref.address]);
    expect(codes).toEqual([
      ['CELL_MISSING_VALUE', 'E4'],
      ['CELL_INVALID_DATE', 'C6'],
    ]);
  });

  it('cellRef points at a column of a read sheet (for highlighting), or at the row when the column is absent', () => {
    const hours = wb.sheets.Hours!;
    expect(cellRef(hours, 3, 'hours')).toEqual({ sheet: 'Uren', sheetKey: 'Hours', row: 3, column: 'G', address: 'G3', field: 'hours' });
    expect(cellRef(hours, 3, 'note')).toEqual({ sheet: 'Uren', sheetKey: 'Hours', row: 3, field: 'note' });
  });

  it('records become the domain model: workers, hirers and placements pass the model schemas', () => {
    const anna = parseWorker(toWorkerInput(wb.sheets.Workers!.records[0]!));
    expect(anna.documents.map((d) => d.kind)).toEqual(['id', 'wage-tax-form']);
    expect(anna.registeredAt).toBe('2025-11-20T14:05:00+01:00');
    const hirer = parseHirer(toHirerInput(wb.sheets.Hirers!.records[0]!));
    expect(hirer.creditInsurance).toBe('insured');
    const { placements, problems } = toPlacementInputs(wb.sheets.Placements!.records);
    expect(problems).toEqual([]);
    const p1 = parsePlacement(placements[0]);
    // Two agreement rows of P001: factor 1,85 from 1 December, margin 15 % of the rate from 1 January.
    expect(p1.agreements.map((a) => [a.from, a.mode, a.wage.toString()])).toEqual([
      ['2025-12-01', 'factor', '14.55'],
      ['2026-01-01', 'margin', '14.85'],
    ]);
    expect(p1.contractHoursPerWeek?.toString()).toBe('24');
  });

  it('hours become HourLine objects with the sheet row, approval instants with the Amsterdam offset, and negative hours kept for the rules', () => {
    const lines = toHourLines(wb.sheets.Hours!.records);
    expect(lines[0]).toMatchObject({ row: 2, workerId: 'W001', date: '2026-03-02', start: '07:00', end: '15:30', breakMinutes: 30, status: 'approved', approvedAt: '2026-03-09T10:15:00+01:00', proof: false });
    expect(lines[1]!.hours?.toString()).toBe('-4');
  });
});

describe('readAgencyWorkbook: missing sheets and other names', () => {
  it('a missing mandatory sheet is an InputError naming it, the sheets found and the names expected', () => {
    const { Uren, Inleners, Plaatsingen } = workbook();
    let error: unknown;
    try {
      readAgencyWorkbook({ Uren, Inleners, Plaatsingen });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as WorkbookStructureError;
    expect(e.code).toBe('WORKBOOK_MISSING_SHEET');
    expect(e.texts.nl).toMatch(/^Blad Uitzendkrachten ontbreekt\. Gevonden bladen: Uren, Inleners, Plaatsingen\. Verwacht een blad met de naam Uitzendkrachten, Workers, Medewerkers/);
  });

  it('English sheet names work, and a sheet with another name is found by its headers (Blad1)', () => {
    const w = workbook();
    const wb = readAgencyWorkbook({ Workers: w.Uitzendkrachten, Hirers: w.Inleners, Blad1: w.Plaatsingen, Hours: w.Uren });
    expect(wb.sheets.Placements!.sheet).toBe('Blad1');
  });

  it('reads only the sheets asked for (a CSV file of hours alone)', () => {
    const wb = readAgencyWorkbook({ 'uren-week-10.csv': workbook().Uren }, undefined, { only: ['Hours'], require: ['Hours'] });
    expect(Object.keys(wb.sheets)).toEqual(['Hours']);
    expect(wb.sheets.Hours!.sheet).toBe('uren-week-10.csv');
  });

  it('a range that starts elsewhere (the task pane\'s used range from C5) keeps real row numbers and column letters', () => {
    const w = workbook();
    const wb = readAgencyWorkbook({ Uren: { rows: w.Uren, firstRow: 5, firstColumn: 3 } }, undefined, { only: ['Hours'], require: ['Hours'] });
    expect(wb.sheets.Hours!.records[0]!.ref.row).toBe(6);
    expect(wb.problems[0]!.ref.address).toBe('G8');
  });

  it('personal data never appears unmasked in a problem (AVG): a bad birth date shows no digits', () => {
    const w = workbook();
    w.Uitzendkrachten[2]![2] = '31-02-1988';
    const wb = readAgencyWorkbook(w);
    const p = wb.problems.find((x) => x.code === 'CELL_INVALID_DATE')!;
    expect(p.message.en).not.toMatch(/1988|31-02/);
  });
});

describe('readAgencyWorkbook: 100k hours lines', () => {
  it('reads 100,000 lines into 100,000 records without problems (performance is measured in bench/, not asserted)', () => {
    const header = ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Status', 'Goedgekeurd op', 'Urenbewijs'];
    const rows: unknown[][] = [header];
    for (let i = 0; i < 100_000; i++) {
      rows.push([`W${i % 40}`, `P${i % 45}`, utc(2026, 1, 1 + (i % 90)), '07:00', '15:30', 30, 'goedgekeurd', utc(2026, 3, 9, 10, i % 60), 'ja']);
    }
    const w = workbook();
    const wb = readAgencyWorkbook({ ...w, Uren: rows });
    expect(wb.sheets.Hours!.records).toHaveLength(100_000);
    expect(wb.problems.filter((p) => p.ref.sheetKey === 'Hours')).toEqual([]);
    expect(wb.sheets.Hours!.records[99_999]!.ref.row).toBe(100_001);
  });
});

describe('HirerPay rows and worker documents become the model (CAO art. 16 hirer pay form; dossier DOMAIN.md §17)', () => {
  const hirerPay = [
    ['Profiel', 'Inlenernummer', 'Functie', 'Geldig vanaf', 'Regel', 'Schaal', 'Schaalloon per uur', 'Dagen', 'Van', 'Tot', 'Overwerk na (uren)', 'Per', 'Percentage', 'Bedrag', 'Eenheid', 'Omschrijving', 'Formulier volledig', 'Ondertekend door', 'Ondertekend op'],
    ['IB1', 'H001', 'Orderpicker', '1-1-2025', 'Schaal', 'C2', '14,62', null, null, null, null, null, null, null, null, 'Schaalloon 2025', 'ja', 'R. de Boer', '26-11-2025 16:05'],
    ['IB1', 'H001', 'Orderpicker', '1-1-2026', 'Schaal', 'C2', '15,05', null, null, null, null, null, null, null, null, 'Schaalloon 2026', null, null, null],
    ['IB1', 'H001', 'Orderpicker', '1-1-2025', 'Toeslag', null, null, 'ma-vr', '20:00', '06:00', null, null, '20%', null, null, 'Avondtoeslag', null, null, null],
    ['IB1', 'H001', 'Orderpicker', '1-1-2025', 'Overwerk', null, null, null, null, null, 8, 'Dag', '25%', null, null, 'Overwerk', null, null, null],
    ['IB1', 'H001', 'Orderpicker', '1-1-2025', 'Vergoeding', null, null, null, null, null, null, null, null, '0,23', 'Km', 'Reiskosten', null, null, null],
    ['IB2', 'H001', 'Heftruckchauffeur', '1-1-2026', 'Schaal', 'D1', '15,85', null, null, null, null, null, null, null, null, null, 'ja', null, null],
  ];

  it('groups rows by profile: dated scale wages, a surcharge window over midnight, overtime per day, an allowance per km, the signature', () => {
    const { sheet } = readSheet('HirerPay', hirerPay);
    const { profiles, problems } = toHirerPayProfileInputs(sheet.records);
    expect(problems).toEqual([]);
    const p = parseHirerPayProfile(profiles[0]);
    expect(p.scaleWages.map((w) => [w.from, w.amount.toString()])).toEqual([['2025-01-01', '14.62'], ['2026-01-01', '15.05']]);
    expect(p.surcharges[0]).toMatchObject({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '20:00', to: '06:00' });
    expect(p.surcharges[0]!.percent!.toString()).toBe('0.2');
    expect(p.overtime[0]).toMatchObject({ period: 'day' });
    expect(p.overtime[0]!.afterHours.toString()).toBe('8');
    expect(p.allowances[0]).toMatchObject({ name: 'Reiskosten', unit: 'km' });
    expect(p.status).toMatchObject({ complete: true, signedBy: 'R. de Boer' });
    // The second profile is complete but not signed.
    const q = parseHirerPayProfile(profiles[1]);
    expect(q.status.signedAt).toBeUndefined();
  });

  it('worker document columns become dated documents: residence permit with "free to work", contractor insurance and proof of payment', () => {
    const { sheet } = readSheet('Workers', [
      ['Personeelsnummer', 'Naam', 'Geboortedatum', 'BSN', 'IBAN', 'Soort', 'Verblijfsvergunning geldig tot', 'Arbeid vrij toegestaan', 'KvK-nummer', 'Btw-nummer', 'Verzekering geldig tot', 'Premie verzekering betaald tot', 'Ingeschreven op'],
      ['W1', 'Mehmet', '1-1-1990', '111222333', 'NL91ABNA0417164300', 'Buiten EU', '31-5-2027', 'ja', null, null, null, null, '1-12-2025 10:00'],
      ['W2', 'Erik', null, null, 'NL91ABNA0417164300', 'zzp', null, null, '90000017', 'NL123456789B01', '31-12-2026', '31-12-2026', '1-12-2025 10:00'],
    ]);
    const [m, e] = sheet.records.map((r) => parseWorker(toWorkerInput(r)));
    expect(m!.documents).toEqual([{ kind: 'residence-permit', expiresOn: '2027-05-31', workAllowed: true }]);
    expect(e!.documents.map((d) => [d.kind, d.expiresOn])).toEqual([
      ['insurance', '2026-12-31'],
      ['proof-of-payment', '2026-12-31'],
      ['kvk-extract', undefined],
      ['vat-number', undefined],
    ]);
  });
});
