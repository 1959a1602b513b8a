/**
 * The backofficer command (built dist/main.js, run as a user runs it, with a 512 MB heap) on a
 * corpus of malformed files (cli-corpus.ts). A file that cannot be read gives one clear message
 * naming the file, exit code 2, no stack trace, no output file (an existing one stays as it was,
 * no temporary file is left), and --json gives the error as JSON. A file that can be read but
 * holds bad cells is processed: the cells are named, formula-like text stays text in --out.
 * Memory stays bounded: no run may die of an out-of-memory error.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, EXAMPLE, EXAMPLE_COST, INJECTIONS } from './cli-corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'packages/cli/dist/main.js');
const env = { ...process.env, BACKOFFICER_DEBUG: '', NO_COLOR: '1' };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** `node --max-old-space-size=512 dist/main.js …args` in `cwd`. */
function backofficer(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', main, ...args], { cwd, env });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err });
    });
  });
}

/** Runs the jobs two at a time (the CI machine has two cores). */
async function twoAtATime<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function expectNoCrash(r: Run, where: string): void {
  expect(r.signal, `${where}: killed (${r.signal}); stderr: ${r.err.slice(0, 400)}`).toBeNull();
  expect(r.err, `${where}: out of memory`).not.toMatch(/heap out of memory|Allocation failed/);
  expect(r.code, `${where}: internal error; stderr: ${r.err.slice(0, 400)}`).not.toBe(3);
  expect(`${r.out}\n${r.err}`, `${where}: a stack trace reached the user`).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

let dir = '';
let files: Record<string, string> = {};

beforeAll(async () => {
  expect(existsSync(main), `${main} is missing: run npm run build`).toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'bo-corpus-'));
  files = await buildCorpus(dir);
  copyFileSync(EXAMPLE_COST, join(dir, 'cost.json'));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Files the command cannot read: each must be refused with exit 2, naming the file. */
const UNREADABLE: { key: string; says: RegExp }[] = [
  { key: 'truncated', says: /not a readable \.xlsx file|damaged or incomplete/ },
  { key: 'empty', says: /empty \(0 bytes\)/ },
  { key: 'notZip', says: /not a readable \.xlsx file/ },
  { key: 'legacy', says: /old \.xls file or a password-protected workbook/ },
  { key: 'declaredHuge', says: /too large or too highly compressed/ },
  { key: 'bomb', says: /too large or too highly compressed/ },
  { key: 'lyingBomb', says: /too large or too highly compressed/ },
  { key: 'latin1', says: /not UTF-8 text \(line 2: byte 0xE9\)/ },
  { key: 'unclosedQuote', says: /a quote is never closed/ },
];
const COMMANDS = ['margin', 'forecast', 'report'] as const;

describe('backofficer on files it cannot read: exit 2, one clear message, no output file, bounded memory', () => {
  it.each(UNREADABLE)('$key', async ({ key, says }) => {
    const file = files[key]!;
    const name = file.slice(dir.length + 1);
    // An --out file from before must survive a failed run untouched.
    const out = join(dir, `${key}-out.xlsx`);
    writeFileSync(out, 'previous result');
    const other = COMMANDS[UNREADABLE.findIndex((u) => u.key === key) % COMMANDS.length]!;
    const [text, json] = await twoAtATime([
      () => backofficer(dir, 'validate', name, '--lang', 'en', '--out', out),
      () => backofficer(dir, other, name, '--lang', 'en', '--json', '--cost', 'cost.json', '--out', out, ...(other === 'forecast' ? [] : ['--week', '2026-W10'])),
    ]);
    for (const [r, where] of [[text!, `validate ${name}`], [json!, `${other} ${name} --json`]] as const) {
      expectNoCrash(r, where);
      expect(r.code, `${where}: ${r.err}`).toBe(2);
      expect(r.out, `${where}: nothing on stdout`).toBe('');
    }
    expect(text!.err).toMatch(new RegExp(`^Error: ${name.replace('.', '\\.')}: `));
    expect(text!.err).toMatch(says);
    expect(text!.err.trim().split('\n').length, text!.err).toBeLessThanOrEqual(3);
    const parsed = JSON.parse(json!.err) as { error: { code: string; kind: string; message: string } };
    expect(parsed.error.kind).toBe('input');
    expect(parsed.error.message).toMatch(says);
    expect(readFileSync(out, 'utf8')).toBe('previous result');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp')), 'temporary files left behind').toEqual([]);
  });
});

describe('backofficer on files it can read but that hold bad data: processed, cells named, text stays text', () => {
  it('a sheet claiming 1,048,576 rows and a CSV with a million empty lines: read in bounded memory, same result as without them', async () => {
    copyFileSync(join(dir, 'cost.json'), join(dir, 'million-rows.cost.json'));
    copyFileSync(EXAMPLE, join(dir, 'example.xlsx'));
    const [million, example, lines] = await twoAtATime([
      () => backofficer(dir, 'validate', 'million-rows.xlsx', '--json', '--lang', 'en'),
      () => backofficer(dir, 'validate', 'example.xlsx', '--json', '--lang', 'en'),
      () => backofficer(dir, 'validate', 'empty-lines.csv', '--json', '--lang', 'en', '--out', 'empty-lines-out.xlsx'),
    ]);
    for (const [r, where] of [[million!, 'million-rows.xlsx'], [example!, 'example'], [lines!, 'empty-lines.csv']] as const) expectNoCrash(r, where);
    expect(million!.code).toBe(example!.code);
    const summary = (r: Run) => (JSON.parse(r.out) as { summary: unknown }).summary;
    expect(summary(million!)).toEqual(summary(example!));
    expect([0, 1]).toContain(lines!.code);
    expect((JSON.parse(lines!.out) as { summary: { lines?: number; linesChecked?: number } }).summary).toMatchObject({ linesChecked: 1 });
    expect(existsSync(join(dir, 'empty-lines-out.xlsx'))).toBe(true);
  });

  it('wrong types in cells (text dates and hours, #REF!, 1e308 hours, a wage "veel", #N/A birth date): each cell named, exit 1', async () => {
    const [v, m] = await twoAtATime([
      () => backofficer(dir, 'validate', 'wrong-types.xlsx', '--lang', 'en', '--all'),
      () => backofficer(dir, 'margin', 'wrong-types.xlsx', '--lang', 'en', '--week', '2026-W10', '--cost', 'cost.json', '--json'),
    ]);
    expectNoCrash(v!, 'validate wrong-types.xlsx');
    expectNoCrash(m!, 'margin wrong-types.xlsx');
    expect(v!.code).toBe(1);
    for (const cell of [/Uren, cell E2: Datum: "morgen" is not a date/, /Uren, cell J3: Uren: "abc" is not a number of hours/, /#REF!/, /Uren, cell J5/, /Plaatsingen N2 .*"veel" is not an amount/, /#N\/A/]) {
      expect(v!.out.replace(/\s+/g, ' ')).toMatch(cell);
    }
    expect([0, 1, 2]).toContain(m!.code);
    if (m!.code === 2) expect((JSON.parse(m!.err) as { error: { message: string } }).error.message.length).toBeGreaterThan(0);
    else expect(() => JSON.parse(m!.out)).not.toThrow();
  });

  it('formula-injection text in names and jobs (=HYPERLINK, +cmd, -2+3, @SUM): written as text in --out, never as a formula', async () => {
    const [v, m] = await twoAtATime([
      () => backofficer(dir, 'validate', 'injection.xlsx', '--lang', 'en', '--out', 'injection-validate.xlsx'),
      () => backofficer(dir, 'margin', 'injection.xlsx', '--lang', 'en', '--week', '2026-W10', '--cost', 'cost.json', '--out', 'injection-margin.xlsx'),
    ]);
    expectNoCrash(v!, 'validate injection.xlsx');
    expectNoCrash(m!, 'margin injection.xlsx');
    expect([0, 1]).toContain(v!.code);
    expect([0, 1]).toContain(m!.code);
    let found = 0;
    for (const out of ['injection-validate.xlsx', 'injection-margin.xlsx']) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, out));
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const where = `${out} ${ws.name}!${cell.address}`;
            const v = cell.value as unknown;
            if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
              const f = String((v as { formula?: string; sharedFormula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula);
              // Our own formulas never carry input text.
              for (const text of INJECTIONS) expect(f, where).not.toContain(text.slice(1));
            }
            if (typeof v === 'string' && /^[=+\-@]/.test(v)) {
              expect(cell.numFmt, `${where}: "${v}" must carry the text format`).toBe('@');
              if (INJECTIONS.includes(v)) found++;
            }
          }),
        ),
      );
    }
    expect(found, 'the injected cells were copied into the marked input sheets').toBeGreaterThanOrEqual(INJECTIONS.length);
  });
});
