import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, readAgencyWorkbook } from '@backofficer/core';
import { decodeCsvBytes, detectSeparator, parseCsvText, readColumnMapping, readInputFile } from '../../src/io/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bo-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

describe('CSV: Dutch Excel exports (";" separator, decimal commas, BOM)', () => {
  it('reads a ;-separated hours file with a UTF-8 BOM and decimal commas into records (7,5 h; pauze 0:30)', async () => {
    const text = 'Personeelsnummer;Plaatsingsnummer;Datum;Uren;Pauze;Status\r\nW001;P001;2-3-2026;7,5;0:30;Goedgekeurd\r\nW002;P002;3-3-2026;"8,25";15;Ingediend\r\n';
    const path = join(dir, 'uren.csv');
    await writeFile(path, Uint8Array.from([...BOM, ...utf8(text)]));
    const input = await readInputFile(path);
    expect(input.format).toBe('csv');
    expect(Object.keys(input.grids)).toEqual(['uren.csv']);
    const wb = readAgencyWorkbook(input.grids, undefined, { only: ['Hours'], require: ['Hours'] });
    const [a, b] = wb.sheets.Hours!.records;
    // 7,5 hours = 7.5; 8,25 hours = 8.25; a break of 0:30 = 30 minutes.
    expect(a!.hours!.toString()).toBe('7.5');
    expect(a!.breakMinutes).toBe(30);
    expect(b!.hours!.toString()).toBe('8.25');
    expect(b!.status).toBe('submitted');
    expect(wb.problems).toEqual([]);
  });

  it('amounts with a decimal comma and a thousands dot (1.234,56) are exact', () => {
    const rows = parseCsvText('Factuurnummer;Inlenernummer;Factuurdatum;Bedrag excl. btw\nF1;H1;1-3-2026;1.234,56\n', 'f.csv');
    const wb = readAgencyWorkbook({ 'f.csv': rows }, undefined, { only: ['Invoices'], require: ['Invoices'] });
    expect(wb.sheets.Invoices!.records[0]!.amountExVat.toString()).toBe('1234.56');
  });

  it('detects the separator from the header line: ; , tab, and Excel\'s "sep=" line; a tie goes to ;', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toEqual({ separator: ';', skipFirstLine: false });
    expect(detectSeparator('a,b,c\n1;2;3')).toEqual({ separator: ',', skipFirstLine: false });
    expect(detectSeparator('a\tb\tc\n')).toEqual({ separator: '\t', skipFirstLine: false });
    expect(detectSeparator('sep=,\na;b,c')).toEqual({ separator: ',', skipFirstLine: true });
    expect(detectSeparator('"a;b",c;d')).toEqual({ separator: ';', skipFirstLine: false });
    expect(parseCsvText('sep=;\nDatum;Uren\n2-3-2026;"7,5"\n', 'x.csv')).toEqual([['Datum', 'Uren'], ['2-3-2026', '7,5']]);
  });

  it('a quoted field may hold the separator and a line break', () => {
    expect(parseCsvText('Naam;Opmerking\nAnna;"laat; want\nfile"\n', 'x.csv')).toEqual([['Naam', 'Opmerking'], ['Anna', 'laat; want\nfile']]);
  });

  it('UTF-16 with a BOM (Excel "Unicode text") is decoded', () => {
    const text = 'Naam\tPlaats\nJosé\tÜden\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeCsvBytes(bytes, 'x.txt')).toBe(text);
  });
});

describe('CSV: files that cannot be read give a clear InputError', () => {
  it('Windows-1252 text (é as byte 0xE9) is refused with the line and what to do', async () => {
    const bytes = Uint8Array.from([...utf8('Naam;Plaats\nAnna;Den Haag\nRen'), 0xe9, ...utf8(';Breda\n')]);
    const path = join(dir, 'ansi.csv');
    await writeFile(path, bytes);
    const e = await readInputFile(path).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('CSV_NOT_UTF8');
    expect((e as InputError).texts.en).toContain('not UTF-8 text (line 3: byte 0xE9); probably Windows-1252 (ANSI). In Excel choose "Save as" → "CSV UTF-8 (comma delimited)"');
  });

  it('an empty file and a file of blank lines are FILE_EMPTY; an unclosed quote is CSV_MALFORMED with its line', async () => {
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    await expect(readInputFile(empty)).rejects.toMatchObject({ code: 'FILE_EMPTY' });
    await writeFile(empty, '\n\n');
    await expect(readInputFile(empty)).rejects.toMatchObject({ code: 'FILE_EMPTY' });
    expect(() => parseCsvText('a;b\n1;"open\n', 'q.csv')).toThrow(/a quote is never closed \(near line 2\)/);
  });
});

describe('column mapping files', () => {
  it('loads a mapping from a JSON file (with a BOM) and names the file when it is bad', async () => {
    const good = join(dir, 'mapping.json');
    await writeFile(good, Uint8Array.from([...BOM, ...utf8(JSON.stringify({ sheets: { Hours: { sheet: 'Uren', columns: { date: 'Werkdag' } } } }))]));
    const mapping = await readColumnMapping(good);
    expect(mapping.sheets.Hours?.columns).toEqual({ date: 'Werkdag' });
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{ "sheets": { "Uren": {} } }');
    const e = await readColumnMapping(bad).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).texts.en.startsWith(`${bad}: column mapping:`)).toBe(true);
  });
});
