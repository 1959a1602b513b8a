/**
 * Privacy (AVG; DESIGN.md "Privacy by design"; issue 9 §2): the example workbook through every
 * command of backofficer, as text, as --json and with --out, in Dutch and English. Every line on
 * stdout and stderr, every progress line, every console call, every JSON document and every
 * written workbook (cells, notes, charts, properties) is scanned for the BSNs and IBANs of the
 * Workers sheet: none may appear unmasked, except in a cell that copies the user's own input cell.
 *
 * Determinism: the same input gives byte-identical JSON, and written workbooks with the same
 * parts (cells, styles, notes, charts); only their creation time may differ.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../packages/cli/src/run.js';
import { EXAMPLE, personalDataOf, unmasked, type PersonalData } from './personal-data.js';

interface Captured {
  code: number;
  out: string;
  err: string;
  progress: string[];
  console: string[];
}

/** Runs backofficer in this process with its output captured, at a fixed moment (Tuesday 2026-03-10 09:00). */
async function backofficer(...argv: string[]): Promise<Captured> {
  const c: Captured = { code: -1, out: '', err: '', progress: [], console: [] };
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void c.console.push(a.map(String).join(' '))),
  );
  try {
    c.code = await run(argv, {
      io: { out: (t) => (c.out += `${t}\n`), err: (t) => (c.err += `${t}\n`), isTTY: true, columns: 120, progress: (l) => void c.progress.push(l) },
      now: () => new Date('2026-03-10T08:00:00Z'),
    });
  } finally {
    for (const s of spies) s.mockRestore();
  }
  return c;
}

let data: PersonalData;
let dir = '';
beforeAll(async () => {
  data = await personalDataOf();
  dir = mkdtempSync(join(tmpdir(), 'bo-privacy-'));
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectNoLeak(text: string, where: string): void {
  expect(unmasked(text, data), `${where}: personal data unmasked`).toEqual([]);
}

/** Every cell, note and non-sheet part of a written workbook; a cell equal to the input's own cell at the same place is allowed. */
async function expectWorkbookClean(path: string, where: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let cells = 0;
  wb.eachSheet((ws) => {
    const input = data.cells.get(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells++;
        const v = cell.value as unknown;
        const text = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
        const note = cell.note === undefined ? '' : typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note);
        const copy = input?.get(cell.address) === String(v);
        if (!copy) expectNoLeak(text, `${where} ${ws.name}!${cell.address}`);
        expectNoLeak(note, `${where} note on ${ws.name}!${cell.address}`);
      }),
    );
  });
  expect(cells, `${where}: an empty workbook`).toBeGreaterThan(0);
  // Parts that are no cells: comments, charts and drawings, document properties, names.
  const zip = await JSZip.loadAsync(readFileSync(path));
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir || /^xl\/worksheets\/sheet\d+\.xml$|^xl\/sharedStrings\.xml$/.test(name)) continue;
    expectNoLeak(await zip.files[name]!.async('string'), `${where} ${name}`);
  }
}

/** Each command as a user would call it on the example. */
const CALLS: Record<string, string[]> = {
  validate: ['validate', EXAMPLE],
  validateWeek: ['validate', EXAMPLE, '--week', '2026-W10', '--all'],
  margin: ['margin', EXAMPLE, '--week', '2026-W10'],
  forecast: ['forecast', EXAMPLE, '--weeks', '8'],
  report: ['report', EXAMPLE, '--week', '2026-W10'],
  deadlines: ['deadlines', '2026-W10'],
  start: ['start', EXAMPLE],
};
const WRITES_WORKBOOKS = ['validate', 'validateWeek', 'margin', 'forecast', 'report'];

describe('every command on the example: no BSN or IBAN of the Workers sheet unmasked, in any output', () => {
  it('the example holds personal data to look for', () => {
    expect(data.bsns.length).toBeGreaterThan(10);
    expect(data.ibans.length).toBeGreaterThan(10);
  });

  it.each(Object.keys(CALLS))('%s: text (nl, en), --json, --out', async (name) => {
    const call = CALLS[name]!;
    const runs: [string, Captured][] = [
      [`${name} (nl)`, await backofficer(...call)],
      [`${name} (en)`, await backofficer(...call, '--lang', 'en')],
      [`${name} --json`, await backofficer(...call, '--json')],
    ];
    const out = join(dir, `${name}.xlsx`);
    if (WRITES_WORKBOOKS.includes(name)) runs.push([`${name} --out`, await backofficer(...call, '--out', out, '--lang', 'en')]);
    for (const [where, r] of runs) {
      expect([0, 1], `${where}: exit ${r.code}: ${r.err.slice(0, 300)}`).toContain(r.code);
      expect(r.out.length, `${where}: no output`).toBeGreaterThan(0);
      for (const [channel, text] of [['stdout', r.out], ['stderr', r.err], ['progress', r.progress.join('\n')], ['console', r.console.join('\n')]] as const) {
        expectNoLeak(text, `${where} ${channel}`);
      }
      if (where.endsWith('--json')) expect(() => JSON.parse(r.out), `${where}: stdout is one JSON document`).not.toThrow();
    }
    if (WRITES_WORKBOOKS.includes(name)) await expectWorkbookClean(out, `${name} --out`);
  });

  it('an error about a personal value given as an argument, an option or a file name shows no BSN either (bug fixed: --weeks echoed it)', async () => {
    const bsn = data.bsns[0]!;
    for (const argv of [['wml', bsn], ['deadlines', bsn], ['validate', join(dir, `${bsn}.xlsx`)], ['margin', EXAMPLE, '--week', bsn], ['forecast', EXAMPLE, '--weeks', bsn], ['report', EXAMPLE, '--week', '2026-W10', '--as-of', bsn]]) {
      for (const json of [[], ['--json']]) {
        const r = await backofficer(...argv, ...json, '--lang', 'en');
        expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(2);
        expectNoLeak(`${r.out}\n${r.err}`, argv.join(' '));
      }
    }
  });
});

describe('determinism: the same input gives the same output', () => {
  it.each(['validateWeek', 'margin', 'forecast', 'report'])('%s: byte-identical --json; --out workbooks with the same parts', async (name) => {
    const call = CALLS[name]!;
    const [a, b] = [await backofficer(...call, '--json'), await backofficer(...call, '--json')];
    expect(a.code).toBe(b.code);
    expect(a.out === b.out, `${name} --json differs between two runs`).toBe(true);

    const [p, q] = [join(dir, `${name}-1.xlsx`), join(dir, `${name}-2.xlsx`)];
    await backofficer(...call, '--out', p);
    await backofficer(...call, '--out', q);
    const [zp, zq] = [await JSZip.loadAsync(readFileSync(p)), await JSZip.loadAsync(readFileSync(q))];
    const parts = (z: JSZip) => Object.keys(z.files).filter((n) => !z.files[n]!.dir).sort();
    expect(parts(zp)).toEqual(parts(zq));
    for (const part of parts(zp)) {
      let [x, y] = [await zp.files[part]!.async('string'), await zq.files[part]!.async('string')];
      // The writer stamps the time it wrote the file (not fixed); everything else must be the same.
      if (part === 'docProps/core.xml') [x, y] = [x, y].map((t) => t.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>…<')) as [string, string];
      expect(x === y, `${name} --out: ${part} differs between two runs`).toBe(true);
    }
  });
});
