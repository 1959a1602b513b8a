import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIRER_PAY_FINDINGS, TIMESHEET_FINDINGS, readAgencyWorkbook, type AgencyWorkbook, type SheetKey } from '@backofficer/core';
import { readInputFile } from '../src/io/index.js';
import { bigHoursCsv } from './helpers/big-hours.js';
import { cli, cliAsync, ensureBuilt, example, root, type Result } from './helpers/cli.js';

/*
 * `backofficer validate` end to end: the built command on the example workbook (its findings must
 * be exactly the deliberate mistakes listed in examples/expected-findings.json) and on broken
 * files, checking what it prints and its exit code (0 no errors, 1 errors, 2 bad input or usage).
 */

interface Expected {
  findings: { code: string; week: string; sheet: string; sheetKey: SheetKey; row: number; field?: string; cell?: string; lines: number[] }[];
}
interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  sheet?: string;
  row?: number;
  cell?: string;
  week?: string;
  fix?: { sheet: string; sheetKey: string; row: number; cell?: string };
}
interface JsonResult {
  summary: { errors: number; warnings: number; info: number; lines: number; linesChecked: number };
  findings: JsonFinding[];
}

let expected: Expected;
let wb: AgencyWorkbook;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  expected = JSON.parse(await readFile(join(root, 'examples/expected-findings.json'), 'utf8')) as Expected;
  wb = readAgencyWorkbook((await readInputFile(example)).grids);
  dir = await mkdtemp(join(tmpdir(), 'bo-validate-'));
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const json = (r: Result) => JSON.parse(r.out) as JsonResult;

/** The default severity of a code in the findings catalogues (docs/findings.md). */
function catalogueSeverity(code: string): string {
  const spec = (TIMESHEET_FINDINGS as Record<string, { severity: string }>)[code] ?? (HIRER_PAY_FINDINGS as Record<string, { severity: string }>)[code];
  return spec!.severity;
}

describe('validate on examples/agency-week.xlsx (examples/README.md "Deliberate mistakes")', () => {
  it('finds exactly the deliberate mistakes of expected-findings.json: same codes, same lines, fix in the same sheet and row', () => {
    const r = cli('validate', 'examples/agency-week.xlsx', '--json');
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const found = json(r).findings;
    expect(found.map((f) => f.code).sort()).toEqual(expected.findings.map((f) => f.code).sort());
    for (const e of expected.findings) {
      const f = found.find((x) => x.code === e.code)!;
      // A finding points at an hours line: the row itself, or for a worker, hirer, placement or
      // profile the first of the lines concerned (README: "reported once … on the first of those lines").
      expect(f.row, e.code).toBe(e.sheetKey === 'Hours' ? e.row : e.lines[0]);
      expect(f.week, e.code).toBe(e.week);
      expect(f.sheet, e.code).toBe('Uren');
      // Where the clerk fixes it: the sheet and row of the list.
      expect([f.fix?.sheet, f.fix?.row], e.code).toEqual([e.sheet, e.row]);
      if (e.sheetKey !== 'Hours' && f.fix?.cell !== undefined) expect(f.fix.cell, e.code).toBe(e.cell);
    }
  });

  it('week 2026-W10 in Dutch: grouped by severity with counts, a summary line and what to do next', () => {
    const r = cli('validate', 'examples/agency-week.xlsx', '--week', '2026-W10');
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const inWeek = expected.findings.filter((f) => f.week === '2026-W10');
    const count = (s: string) => inWeek.filter((f) => catalogueSeverity(f.code) === s).length;
    // Lines dated Monday 2 – Sunday 8 March 2026, counted from the sheet.
    const linesInWeek = wb.sheets.Hours!.records.filter((l) => l.date >= '2026-03-02' && l.date <= '2026-03-08').length;
    const all = wb.sheets.Hours!.records.length;
    expect(r.out.split('\n')[0]).toBe('Controlelijst uren: examples/agency-week.xlsx, werkweek 2026-W10 (ma 2 mrt 2026 t/m zo 8 mrt 2026)');
    expect(r.out).toContain(`\nFouten (${count('error')})\n`);
    expect(r.out).toContain(`\nWaarschuwingen (${count('warning')})\n`);
    expect(r.out).toContain(`\nTer informatie (${count('info')})\n`);
    // With a week the summary also gives the week's margin (backofficer margin computes it; see jobs.test.ts).
    const flat = r.out.replace(/\s*\n(?=\S)/g, ' ');
    expect(flat).toMatch(new RegExp(`Samenvatting: ${count('error')} fouten, ${count('warning')} waarschuwingen, ${count('info')} ter informatie; ${linesInWeek} van ${all} regels gecontroleerd; marge € [\\d.,]+\\.`));
    // Each finding once, with its line and code; the fix elsewhere is named.
    for (const f of inWeek) expect(r.out).toMatch(new RegExp(`^ +${f.sheetKey === 'Hours' ? f.row : f.lines[0]}  ${f.code} `, 'm'));
    expect(r.out).toMatch(/→ herstel in\s+Uitzendkrachten\s+T39/);
    // The next step names the hours deadline of the week (DOMAIN.md §1: Tuesday 10 March 2026 13:00).
    expect(r.out).toContain('vóór de urendeadline di 10 mrt 2026 13:00');
    expect(r.out).toContain('backofficer margin examples/agency-week.xlsx --week 2026-W10');
    // A pipe gets no progress bar.
    expect(r.out).not.toContain('\r');
  });

  it('in English with --lang en', () => {
    const r = cli('validate', 'examples/agency-week.xlsx', '--week', '2026-W10', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Timesheet control list: examples/agency-week.xlsx, work week 2026-W10 (Mon 2 Mar 2026 to Sun 8 Mar 2026)');
    expect(r.out).toMatch(/^Errors \(\d+\)$/m);
    expect(r.out).toContain('What next:');
  });

  it('--json is byte-identical on every run (deterministic order, no clock in it)', () => {
    const a = cli('validate', 'examples/agency-week.xlsx', '--from', '2026-W09', '--to', '2026-W10', '--json');
    const b = cli('validate', 'examples/agency-week.xlsx', '--from', '2026-W09', '--to', '2026-W10', '--json');
    expect(a.code).toBe(1);
    expect(a.out.length).toBeGreaterThan(1000);
    expect(Buffer.compare(Buffer.from(a.out), Buffer.from(b.out))).toBe(0);
  });

  it('never shows a BSN or IBAN of the Workers sheet unmasked (AVG; DOMAIN.md §17), in text or JSON', () => {
    const secrets = wb.sheets.Workers!.records.flatMap((w) => [w.bsn, w.iban]).filter((v): v is string => typeof v === 'string' && v !== '');
    expect(secrets.length).toBeGreaterThan(40);
    const runs = [
      cli('validate', 'examples/agency-week.xlsx'),
      cli('validate', 'examples/agency-week.xlsx', '--json', '--lang', 'en'),
      cli('validate', 'examples/agency-week.xlsx', '--all', '--lang', 'en'),
    ];
    for (const r of runs) for (const s of secrets) expect(`${r.out}${r.err}`).not.toContain(s);
    // The one invalid BSN is named, masked to its last three digits.
    expect(runs[0]!.out).toMatch(/BSN \*{6}\d{3}\s+voldoet\s+niet\s+aan\s+de\s+elfproef/);
  });
});

describe('validate --out: a workbook with the control list and the marked cells', () => {
  it('writes the control list sheet and copies of the sheets with marked cells, with BSN and IBAN masked', async () => {
    const out = join(dir, 'controle.xlsx');
    const r = cli('validate', 'examples/agency-week.xlsx', '--week', '2026-W10', '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Geschreven: ${out}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const list = book.getWorksheet('Controlelijst')!;
    expect(list.getCell('A1').value).toBe('Ernst');
    const codes: string[] = [];
    list.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(2).value));
    });
    expect(codes.sort()).toEqual(expected.findings.filter((f) => f.week === '2026-W10').map((f) => f.code).sort());
    // The hours line that is not approved (row 2211, status in column K) is marked red with the message as a note.
    const hours = book.getWorksheet('Uren')!;
    const cell = hours.getCell('K2211');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(cell.note)).toContain('HOURS_NOT_APPROVED');
    // The worker registered late is marked in the Workers sheet (T39), the BSN column is masked.
    const workers = book.getWorksheet('Uitzendkrachten')!;
    expect(workers.getCell('T39').note).toBeDefined();
    const secrets = wb.sheets.Workers!.records.flatMap((w) => [w.bsn, w.iban]).filter((v): v is string => typeof v === 'string');
    workers.eachRow((row) => row.eachCell((c) => expect(secrets).not.toContain(String(c.value))));
    // No temporary file is left next to it.
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('validate on broken files: exit 2 and a message that says what to do next', () => {
  function expectUserError(r: Result, ...parts: (string | RegExp)[]) {
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    for (const p of parts) expect(r.err).toMatch(p);
    expect(r.err).toContain('backofficer validate --help');
    expect(r.err).not.toMatch(/\n\s+at /);
  }

  it('an empty file (0 bytes), .xlsx or CSV', async () => {
    const xlsx = join(dir, 'leeg.xlsx');
    const csv = join(dir, 'leeg.csv');
    await writeFile(xlsx, '');
    await writeFile(csv, '');
    expectUserError(cli('validate', xlsx), 'het bestand is leeg (0 bytes)');
    expectUserError(cli('validate', csv, '--lang', 'en'), 'the file is empty (0 bytes)');
  });

  it('a truncated .xlsx (the first 60 000 bytes of the example)', async () => {
    const file = join(dir, 'afgebroken.xlsx');
    await writeFile(file, (await readFile(example)).subarray(0, 60_000));
    expectUserError(cli('validate', file), 'geen leesbaar .xlsx-bestand', 'sla het opnieuw op als Excel-werkmap');
  });

  it('a workbook without an hours sheet lists the sheets it found and the names it expects', async () => {
    const file = join(dir, 'geen-uren.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Blad1').addRow(['Klant', 'Omzet']);
    book.addWorksheet('Notities').addRow(['Alleen tekst']);
    await book.xlsx.writeFile(file);
    const r = cli('validate', file);
    expectUserError(r, 'Blad Uren ontbreekt', 'Gevonden bladen: Blad1, Notities', /Verwacht een blad met de naam Uren, Hours/, '--mapping', 'examples/mapping-example.json');
  });

  it('a wrong column name lists the columns found and expected, and suggests --mapping', async () => {
    const file = join(dir, 'verkeerde-kolom.csv');
    await writeFile(file, 'Personeelsnummer;Plaatsingsnummer;Dtm;Uren;Status\nW001;P001;2-3-2026;7,5;Goedgekeurd\n');
    const r = cli('validate', file);
    expectUserError(r, 'verplichte kolom ontbreekt: Datum', 'Gevonden kolommen (rij 1): Personeelsnummer, Plaatsingsnummer, Dtm, Uren, Status', 'Verwacht: Datum (of Date', '(--mapping)');
  });

  it('the same file with a column mapping ("date": "Dtm") is read', async () => {
    const file = join(dir, 'verkeerde-kolom.csv');
    const mapping = join(dir, 'indeling.json');
    await writeFile(mapping, JSON.stringify({ sheets: { Hours: { columns: { date: 'Dtm' } } } }));
    const r = cli('validate', file, '--mapping', mapping, '--json');
    expect(r.err).toBe('');
    expect(json(r).summary.lines).toBe(1);
  });

  it('a wrong week or a reversed range is a usage error', () => {
    expectUserError(cli('validate', 'examples/agency-week.xlsx', '--week', '2026-10'), '"2026-10" is geen ISO-week');
    expectUserError(cli('validate', 'examples/agency-week.xlsx', '--from', '2026-W10', '--to', '2026-W02'), '--from 2026-W10 ligt na --to 2026-W02');
    expectUserError(cli('validate', 'examples/agency-week.xlsx', '--week', '2026-W10', '--from', '2026-W09'), 'geef --week óf --from en --to');
    expectUserError(cli('validate', join(dir, 'bestaat-niet.xlsx')), 'bestand niet gevonden');
  });
});

describe('validate on a CSV with Dutch separators and decimal commas', () => {
  it('reads 7,5 as 7 h 30 min and -1,25 as −1 h 15 min; a formula-like note stays text in --out', async () => {
    const file = join(dir, 'uren.csv');
    // Hours only, no times: 7,5 h is fine; 25,5 h is more than a day; -1,25 h is negative.
    await writeFile(
      file,
      [
        'Personeelsnummer;Plaatsingsnummer;Datum;Uren;Status;Goedgekeurd door;Goedgekeurd op;Opmerking',
        'W001;P001;2-3-2026;7,5;Goedgekeurd;A. Jansen;9-3-2026 10:00;',
        'W001;P001;3-3-2026;25,5;Goedgekeurd;A. Jansen;9-3-2026 10:00;=HYPERLINK("http://example.invalid")',
        'W002;P002;3-3-2026;-1,25;Goedgekeurd;A. Jansen;9-3-2026 10:00;@SUM(1)',
        '',
      ].join('\r\n'),
    );
    const out = join(dir, 'uren-controle.xlsx');
    const r = cli('validate', file, '--out', out);
    expect(r.code).toBe(1);
    // 25,5 hours = 25:30; −1,25 hours = −1:15 (hours to the minute).
    expect(r.out).toMatch(/^ +3  HOURS_OVER_24 +uren: 25:30 uur is meer dan 24 uur/m);
    expect(r.out).toMatch(/^ +4  HOURS_NEGATIVE +uren: -1:15 uur is negatief/m);
    expect(r.out).not.toMatch(/^ +2  /m);
    // Only hours: the checks on workers, hirers and placements are skipped, and it says so once.
    expect(r.out).toContain('Blad Uitzendkrachten ontbreekt: controles op inschrijving, BSN, dossier');
    expect(r.out).not.toContain('WORKER_UNKNOWN');
    expect(r.out).toContain('Samenvatting: 2 fouten, 0 waarschuwingen, 0 ter informatie; 3 van 3 regels gecontroleerd.');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const copy = book.getWorksheet('uren.csv')!;
    for (const address of ['H3', 'H4']) {
      const c = copy.getCell(address);
      expect(typeof c.value, address).toBe('string');
      expect(c.numFmt, address).toBe('@');
      expect(c.formula, address).toBeUndefined();
    }
    expect(copy.getCell('H3').value).toBe('=HYPERLINK("http://example.invalid")');
  });
});

describe('validate on a 100 000-line CSV generated here', () => {
  it('checks every line, reports the two mistakes on their rows, exit 1; quiet in a pipe', async () => {
    const file = join(dir, 'groot.csv');
    // Line 50 000 (CSV row 50 001) is a correction of −8 hours; line 99 999 (row 100 000) is not approved.
    await writeFile(file, bigHoursCsv(100_000, { negative: [50_000], notApproved: [99_999] }));
    const r = await cliAsync('validate', file, '--lang', 'en');
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Summary: 2 errors, 0 warnings, 0 for information; 100000 of 100000 lines checked.');
    expect(r.out).toMatch(/^ +50001  HOURS_NEGATIVE /m);
    expect(r.out).toMatch(/^ +100000  HOURS_NOT_APPROVED /m);
    expect(r.out).not.toContain('\r');
    const j = await cliAsync('validate', file, '--json', '--week', '2026-W10');
    const data = JSON.parse(j.out) as JsonResult;
    expect(data.summary.lines).toBe(100_000);
    expect(data.summary.linesChecked).toBeGreaterThan(0);
  }, 120_000);
});
