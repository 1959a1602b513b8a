import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgencyWorkbook, type AgencyWorkbook } from '@backofficer/core';
import { readInputFile } from '../src/io/index.js';
import { cli, ensureBuilt, example, root, type Result } from './helpers/cli.js';

/*
 * margin, report, forecast and start end to end on examples/agency-week.xlsx, with its cost
 * choices in examples/agency-week.cost.json (found beside the workbook). Figures are worked out
 * by hand from the example's rows below; sums are checked against their parts.
 */

interface Expected {
  findings: { code: string; week: string; sheetKey: string; row: number; lines: number[] }[];
}
interface Summary {
  hours: string;
  revenue: string;
  cost: string;
  margin: string;
}
interface MarginJson {
  totals: Summary;
  hirers: (Summary & { id: string; name?: string })[];
  placements: (Summary & { id: string })[];
  leftOut: { row: number; code: string }[];
  findings: { code: string; severity: string; ref?: { row?: number } }[];
}

let expected: Expected;
let wb: AgencyWorkbook;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  expected = JSON.parse(await readFile(join(root, 'examples/expected-findings.json'), 'utf8')) as Expected;
  wb = readAgencyWorkbook((await readInputFile(example)).grids);
  dir = await mkdtemp(join(tmpdir(), 'bo-jobs-'));
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Euros as text → whole cents (exact for amounts in cents). */
const cents = (text: string) => Math.round(Number(text) * 100);
const sumCents = (list: readonly Summary[], key: keyof Summary) => list.reduce((s, x) => s + cents(x[key]), 0);

function secrets(): string[] {
  return wb.sheets.Workers!.records.flatMap((w) => [w.bsn, w.iban]).filter((v): v is string => typeof v === 'string' && v !== '');
}

function expectNoSecrets(r: Result) {
  for (const s of secrets()) expect(`${r.out}${r.err}`).not.toContain(s);
}

describe('margin (DOMAIN.md §15: margin = invoiced revenue − payroll cost)', () => {
  it('contractor P037 in week 2026-W10, by hand: 38 hours at the fixed rate 50,68 minus the fee 43,50', () => {
    const r = cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const m = JSON.parse(r.out) as MarginJson;
    // P037 (worker W037, a contractor) works Monday–Thursday 07:00–17:00 with a 30-minute break:
    // 17:00 − 07:00 = 10:00 = 600 min; − 30 = 570 min = 9,5 h; × 4 days = 38 h.
    // Agreement from 2026-01-01: fixed rate 50,68, fee 43,50 (no employer premiums for a contractor).
    // Revenue 38 × 50,68 = 1.925,84; cost 38 × 43,50 = 1.653,00; margin 272,84.
    const p = m.placements.find((x) => x.id === 'P037')!;
    expect([p.hours, cents(p.revenue), cents(p.cost), cents(p.margin)]).toEqual(['38.00', 192584, 165300, 27284]);
  });

  it('every total is the sum of its hirers, and margin = revenue − cost in each row', () => {
    const m = JSON.parse(cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as MarginJson;
    expect(m.hirers.map((h) => h.id)).toEqual(['H01', 'H02', 'H03', 'H04', 'H05', 'H06', 'H07', 'H08']);
    for (const key of ['revenue', 'cost', 'margin'] as const) expect(sumCents(m.hirers, key), key).toBe(cents(m.totals[key]));
    for (const h of [...m.hirers, m.totals]) expect(cents(h.revenue) - cents(h.cost)).toBe(cents(h.margin));
    expect(cents(m.totals.margin)).toBeGreaterThan(0);
  });

  it('leaves out the lines the control list finds wrong in themselves, and counts only approved hours', () => {
    const m = JSON.parse(cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as MarginJson;
    const wrong = ['OUTSIDE_PLACEMENT', 'END_BEFORE_START', 'DUPLICATE_LINE', 'HOURS_OVER_24', 'HOURS_NEGATIVE'];
    const rows = expected.findings.filter((f) => wrong.includes(f.code)).map((f) => ({ row: f.row, code: f.code })).sort((a, b) => a.row - b.row);
    expect(m.leftOut).toEqual(rows);
    const notApproved = expected.findings.find((f) => f.code === 'HOURS_NOT_APPROVED')!;
    expect(m.findings.find((f) => f.code === 'MARGIN_LINE_NOT_APPROVED')?.ref?.row).toBe(notApproved.row);
  });

  it('prints the table per hirer with a total row, the cost choices used, a summary line and next steps', () => {
    const r = cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10');
    expect(r.code).toBe(0);
    const m = JSON.parse(cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as MarginJson;
    expect(r.out.split('\n')[0]).toBe('Margeoverzicht werkweek 2026-W10 (ma 2 mrt 2026 t/m zo 8 mrt 2026): examples/agency-week.xlsx');
    expect(r.out).toMatch(/^  Inlener +Uren +Omzet +Loonkosten +Marge +Marge % +Per uur$/m);
    expect(r.out).toMatch(/^  H01 Van der Linden Logistiek B\.V\. +\d/m);
    const euro = (text: string) => `€ ${Number(text).toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
    expect(r.out).toMatch(new RegExp(`^  Totaal .*${euro(m.totals.margin).replace(/[.€]/g, (c) => `\\${c}`)}`, 'm'));
    const flat = r.out.replace(/\s*\n(?=\S)/g, ' ');
    expect(flat).toContain('Loonkosten met: grote werkgever, Whk WGA 2,42%, ZW-flex 4,13%, uit examples/agency-week.cost.json (naast de werkmap gevonden).');
    expect(flat).toContain(`Samenvatting: omzet ${euro(m.totals.revenue)}, loonkosten ${euro(m.totals.cost)}, marge ${euro(m.totals.margin)}`);
    expect(r.out).toContain('backofficer report examples/agency-week.xlsx --week 2026-W10');
    expectNoSecrets(r);
  });

  it('--json is byte-identical on every run', () => {
    const a = cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json');
    const b = cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json');
    expect(Buffer.compare(Buffer.from(a.out), Buffer.from(b.out))).toBe(0);
    expectNoSecrets(a);
  });

  it('--out writes the margin sheet with a native bar chart over its cells', async () => {
    const out = join(dir, 'marge.xlsx');
    const r = cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--out', out);
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('Marge 2026-W10')!;
    expect(sheet.getCell('A1').value).toBe('Inlener');
    expect(sheet.getCell('A10').value).toBe('Totaal');
    expect(book.getWorksheet('Controlelijst')).toBeDefined();
    const zip = await JSZip.loadAsync(await readFile(out));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain("'Marge 2026-W10'!$C$2:$C$9");
  });

  it('without cost choices it says what to give (exit 2); with --employer-size and --whk it runs', async () => {
    const copy = join(dir, 'werkmap.xlsx');
    await copyFile(example, copy);
    const r = cli('margin', copy, '--week', '2026-W10');
    expect(r.code).toBe(2);
    expect(r.err).toContain('voor de loonkosten ontbreekt: employerSize, whk');
    expect(r.err).toContain('--employer-size (klein, middelgroot of groot) en --whk');
    expect(r.err).toContain('werkmap.cost.json');
    const ok = cli('margin', copy, '--week', '2026-W10', '--employer-size', 'groot', '--whk', '6,55%', '--json');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as MarginJson).hirers).toHaveLength(8);
  });

  it('--week is required', () => {
    const r = cli('margin', 'examples/agency-week.xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('margin: --week ontbreekt');
  });
});

interface ReportJson {
  reportDate: string;
  asOf: string;
  margin: MarginJson;
  debtors: {
    totals: Record<string, string>;
    invoices: { number: string; hirerId: string; amount: string; open: string; dueDate: string; daysOverdue: number; bucket: string; derived: boolean }[];
  };
}

describe('report (DOMAIN.md §1 management report and open debtor list, §14 credit insurance)', () => {
  it('is dated Tuesday of W+2 (17 March 2026 for 2026-W10) and takes the debtors on that day', () => {
    const r = cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json');
    expect(r.err).toBe('');
    const d = JSON.parse(r.out) as ReportJson;
    expect([d.reportDate, d.asOf]).toEqual(['2026-03-17', '2026-03-17']);
    // F2026-0045 (H03, VAT reverse-charged): 1.674,75 + 0 VAT, nothing paid; due Friday 27 February 2026;
    // 27 Feb → 17 Mar = 1 (to 28 Feb) + 17 = 18 days overdue: the 1–30 bucket.
    const inv = d.debtors.invoices.find((i) => i.number === 'F2026-0045')!;
    expect([inv.open, inv.dueDate, inv.daysOverdue, inv.bucket]).toEqual(['1674.75', '2026-02-27', 18, 'd1_30']);
  });

  it('the week\'s own invoice is derived from the hours: revenue + 21 % VAT (DOMAIN.md §14), rounded half-up to cents', () => {
    const d = JSON.parse(cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as ReportJson;
    const revenue = cents(d.margin.hirers.find((h) => h.id === 'H01')!.revenue);
    // VAT = revenue × 21 %: in cents revenue × 21 / 100, half-up: floor((revenue × 21 + 50) / 100).
    const vat = Math.floor((revenue * 21 + 50) / 100);
    const inv = d.debtors.invoices.find((i) => i.hirerId === 'H01' && i.derived)!;
    expect(cents(inv.amount)).toBe(revenue + vat);
    // Invoiced on the payroll day, Wednesday 11 March 2026; H01's term is 14 days: due 25 March, not yet due.
    expect([inv.dueDate, inv.bucket]).toEqual(['2026-03-25', 'current']);
    // H03's VAT is reverse-charged: its derived invoice is the revenue alone.
    const h03 = d.debtors.invoices.find((i) => i.hirerId === 'H03' && i.derived)!;
    expect(cents(h03.amount)).toBe(cents(d.margin.hirers.find((h) => h.id === 'H03')!.revenue));
  });

  it('a payment counts from its date on: F2026-0066 (1.674,75, 837,38 paid on 4 March) is half open after, all open before', () => {
    const after = JSON.parse(cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as ReportJson;
    expect(after.debtors.invoices.find((i) => i.number === 'F2026-0066')!.open).toBe('837.37');
    const before = JSON.parse(cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10', '--as-of', '2026-03-03', '--json').out) as ReportJson;
    expect(before.debtors.invoices.find((i) => i.number === 'F2026-0066')!.open).toBe('1674.75');
  });

  it('the ageing buckets add up to the open total', () => {
    const d = JSON.parse(cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as ReportJson;
    const t = d.debtors.totals;
    const buckets = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90plus'].reduce((s, b) => s + cents(t[b]!), 0);
    expect(buckets).toBe(cents(t.open!));
    expect(d.debtors.invoices.reduce((s, i) => s + cents(i.open), 0)).toBe(cents(t.open!));
  });

  it('prints both parts, a summary line and next steps; byte-identical JSON; no personal data', () => {
    const r = cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10');
    expect(r.out).toContain('Weekrapport werkweek 2026-W10: examples/agency-week.xlsx');
    expect(r.out).toContain('1. Omzet, loonkosten en marge per inlener');
    expect(r.out).toContain('2. Openstaande debiteuren op di 17 mrt 2026');
    expect(r.out.replace(/\s*\n(?=\S)/g, ' ')).toMatch(/Samenvatting: omzet € .*; open debiteuren € [\d.,]+, waarvan vervallen € [\d.,]+\./);
    expectNoSecrets(r);
    const a = cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json', '--lang', 'en');
    const b = cli('report', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json', '--lang', 'en');
    expect(Buffer.compare(Buffer.from(a.out), Buffer.from(b.out))).toBe(0);
  });
});

interface ForecastJson {
  from: string;
  weeks: string[];
  totals: Summary;
  perWeek: (Summary & { week: string })[];
  placements: { placementId: string; hoursFrom: string; minutes: number; revenue: string }[];
  leftOut: { placementId: string; reason: string }[];
}

describe('forecast', () => {
  it('26 weeks from the week after the latest hours (2026-W11 … 2026-W36); totals are the sums of the weeks', () => {
    const r = cli('forecast', 'examples/agency-week.xlsx', '--weeks', '26', '--json');
    expect(r.err).toBe('');
    const f = JSON.parse(r.out) as ForecastJson;
    expect([f.from, f.weeks.length, f.weeks[0], f.weeks[25]]).toEqual(['2026-W11', 26, '2026-W11', '2026-W36']);
    for (const key of ['revenue', 'cost', 'margin'] as const) expect(sumCents(f.perWeek, key), key).toBe(cents(f.totals[key]));
    // The one contractor (examples/README.md) has no payroll cost: left out, and said so.
    expect(f.leftOut).toEqual([{ placementId: 'P037', reason: 'contractor' }]);
    expectNoSecrets(r);
  });

  it('P001 by hand: 40 hours a week (5 × 07:00–15:30 − 30 min in the last 4 weeks) at 1,82 × 15,20 = 27,664 → 27,66', () => {
    const f = JSON.parse(cli('forecast', 'examples/agency-week.xlsx', '--weeks', '26', '--json').out) as ForecastJson;
    const p = f.placements.find((x) => x.placementId === 'P001')!;
    // 15:30 − 07:00 = 8:30; − 0:30 = 8:00 a day; × 5 = 40 h a week; × 26 weeks = 1.040 h = 62.400 min.
    // Rate = factor × wage, rounded to cents: 1,82 × 15,20 = 27,664 → 27,66; 40 × 27,66 = 1.106,40 a week; × 26 = 28.766,40.
    expect([p.hoursFrom, p.minutes, cents(p.revenue)]).toEqual(['history', 62_400, 2_876_640]);
  });

  it('a wrong number of weeks is a usage error', () => {
    for (const n of ['0', '157', 'abc']) {
      const r = cli('forecast', 'examples/agency-week.xlsx', '--weeks', n);
      expect(r.code, n).toBe(2);
      expect(r.err).toContain('verwacht een geheel getal van 1 tot 156');
    }
  });

  it('--out writes the forecast with a native line chart', async () => {
    const out = join(dir, 'prognose.xlsx');
    expect(cli('forecast', 'examples/agency-week.xlsx', '--weeks', '13', '--out', out, '--lang', 'en').code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toMatch(/'?Forecast'?!\$C\$2:\$C\$14/);
  });
});

describe('start (what npm start runs): the control list and the margin overview of the example', () => {
  it('shows an intro, the week\'s deadlines, the control list by severity, the margin per hirer and what to do next; exit 0', () => {
    const r = cli('start');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    // Prose is wrapped at the pipe width (110); the same text with the line breaks as spaces:
    const flat = r.out.replace(/\s*\n(?=\S)/g, ' ');
    const validate = JSON.parse(cli('validate', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as { summary: { errors: number; warnings: number; info: number } };
    const margin = JSON.parse(cli('margin', 'examples/agency-week.xlsx', '--week', '2026-W10', '--json').out) as MarginJson;
    expect(flat).toContain('BackOfficer controleert de uren van een uitzendbureau en berekent de marge. Hier: examples/agency-week.xlsx (40 uitzendkrachten, 8 inleners, 2253 urenregels).');
    // DOMAIN.md §1 worked example for 2026-W10: hours by Tuesday 10 March 13:00, payroll Wednesday 11 March, wages Thursday 12 March.
    expect(flat).toContain('Termijnen voor werkweek 2026-W10: uren goedgekeurd uiterlijk di 10 mrt 2026 13:00 · verloning en facturatie wo 11 mrt 2026 · loon betaald do 12 mrt 2026');
    expect(r.out).toContain(`\nFouten (${validate.summary.errors})\n`);
    expect(r.out).toContain(`\nWaarschuwingen (${validate.summary.warnings})\n`);
    expect(r.out).toContain('2. Margeoverzicht werkweek 2026-W10');
    for (const h of margin.hirers) expect(r.out).toContain(`  ${h.id} ${h.name}`);
    expect(flat).toMatch(/Samenvatting: \d+ fouten, \d+ waarschuwingen, \d+ ter informatie; \d+ van 2253 regels gecontroleerd; omzet € .*, marge € /);
    expect(r.out).toContain('Wat nu:');
    expect(r.out).toContain('examples/template.xlsx');
    // One line per finding, prose wrapped: only the commands to copy may be longer than the pipe width of 110.
    for (const line of r.out.split('\n')) if (!line.startsWith('  - ')) expect([...line].length, line).toBeLessThanOrEqual(110);
    expectNoSecrets(r);
  });

  it('in English, and as byte-identical JSON', () => {
    expect(cli('start', '--lang', 'en').out).toContain("BackOfficer checks a staffing agency's hours and computes its margin.");
    const a = cli('start', '--json');
    const b = cli('start', '--json');
    expect(Buffer.compare(Buffer.from(a.out), Buffer.from(b.out))).toBe(0);
    expect((JSON.parse(a.out) as { week: string }).week).toBe('2026-W10');
  });

  it('npm start (the root script) prints both parts', () => {
    const r = spawnSync('npm', ['start', '--silent'], { cwd: root, encoding: 'utf8', env: { ...process.env, BACKOFFICER_DEBUG: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1. Controlelijst uren, werkweek 2026-W10');
    expect(r.stdout).toContain('2. Margeoverzicht werkweek 2026-W10');
  });
});
