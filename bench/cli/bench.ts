import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE } from '../lib/core.js';
import { buildCli, rssPreload } from '../lib/cli.js';
import { median, now } from '../lib/timing.js';
import { makeWorkbook } from './make-workbook.js';

/*
 * The command line (issue 9 §1): `backofficer validate` on an agency workbook with 100,000 hour
 * lines, end to end as a user runs it (a new node process: start, read the .xlsx, read the
 * sheets, the control list, print the report), against a node process that only reads the same
 * file with exceljs's streaming reader (bench/cli/exceljs-read.mjs). The two run in turn, A B A B,
 * after one warm-up each (the file is then in the page cache for both); the ratio is taken pair by
 * pair. Peak memory is the process's maxRSS (process.resourceUsage at exit, via a preload).
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

export interface CliResults {
  readonly lines: number;
  readonly workers: number;
  readonly fileMegabytes: number;
  readonly runs: number;
  readonly command: string;
  /** Which code was measured (the working tree, or the last commit when the tree did not build). */
  readonly source: string;
  readonly exitCode: number | null;
  readonly validateMs: number;
  readonly exceljsMs: number;
  /** Median of the pairwise ratios validate ÷ exceljs, wall time. */
  readonly ratio: number;
  /** The same for CPU time (user + system): steadier than wall time on a busy machine. */
  readonly validateCpuMs: number;
  readonly exceljsCpuMs: number;
  readonly cpuRatio: number;
  readonly validatePeakMb: number;
  readonly exceljsPeakMb: number;
  readonly findings?: Record<string, number>;
}

interface Run {
  readonly ms: number;
  /** User + system CPU time of the process, milliseconds. */
  readonly cpuMs: number;
  readonly rssKb: number;
  readonly code: number | null;
  readonly stdout: string;
}

function run(args: readonly string[], preload: string): Run {
  const rssFile = join(CACHE, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t0 = now();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const ms = now() - t0;
  if (r.error) throw r.error;
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number }) : { maxRSS: NaN, cpu: NaN };
  rmSync(rssFile, { force: true });
  return { ms, cpuMs: usage.cpu / 1000, rssKb: usage.maxRSS, code: r.status, stdout: r.stdout };
}

async function workbook(lines: number): Promise<{ path: string; lines: number; workers: number }> {
  // Rebuilt when the generator or the example workbook changes.
  const hash = createHash('sha256')
    .update(readFileSync(join(here, 'make-workbook.ts')))
    .update(readFileSync(join(root, 'examples', 'agency-week.xlsx')))
    .update(String(lines))
    .digest('hex')
    .slice(0, 12);
  const path = join(CACHE, `agency-${lines}-${hash}.xlsx`);
  const meta = `${path}.json`;
  if (!existsSync(path) || !existsSync(meta)) {
    const made = await makeWorkbook(path, lines);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(meta, JSON.stringify(made));
  }
  return { path, ...(JSON.parse(readFileSync(meta, 'utf8')) as { lines: number; workers: number }) };
}

export async function benchCli(options: { lines: number; runs: number; log: (s: string) => void }): Promise<CliResults> {
  const { log } = options;
  const wb = await workbook(options.lines);
  log(`  workbook: ${wb.lines} hour lines, ${wb.workers} workers, ${(statSync(wb.path).size / 1e6).toFixed(1)} MB`);
  const built = await buildCli();
  const cli = built.file;
  log(`  backofficer built from the ${built.source}`);
  const preload = rssPreload();
  const validateArgs = [cli, 'validate', wb.path, '--lang', 'en'];
  const readArgs = [join(here, 'exceljs-read.mjs'), wb.path];
  // Warm-up, and the findings once (as JSON, not timed).
  const json = run([cli, 'validate', wb.path, '--json'], preload);
  let findings: Record<string, number> | undefined;
  try {
    const summary = (JSON.parse(json.stdout) as { summary?: { errors?: number; warnings?: number; info?: number } }).summary;
    if (summary) findings = { error: summary.errors ?? 0, warning: summary.warnings ?? 0, info: summary.info ?? 0 };
  } catch {
    log(`  (validate --json gave no JSON; exit code ${json.code})`);
  }
  run(readArgs, preload);
  const a: Run[] = [];
  const b: Run[] = [];
  for (let i = 0; i < options.runs; i++) {
    a.push(run(validateArgs, preload));
    b.push(run(readArgs, preload));
  }
  rmSync(cli, { force: true });
  const ratios = a.map((x, i) => x.ms / b[i]!.ms);
  const result: CliResults = {
    lines: wb.lines,
    workers: wb.workers,
    fileMegabytes: Math.round(statSync(wb.path).size / 1e5) / 10,
    runs: options.runs,
    command: 'backofficer validate <file.xlsx> --lang en',
    source: built.source,
    exitCode: a[0]!.code,
    validateMs: median(a.map((x) => x.ms)),
    exceljsMs: median(b.map((x) => x.ms)),
    ratio: median(ratios),
    validateCpuMs: median(a.map((x) => x.cpuMs)),
    exceljsCpuMs: median(b.map((x) => x.cpuMs)),
    cpuRatio: median(a.map((x, i) => x.cpuMs / b[i]!.cpuMs)),
    validatePeakMb: Math.round(median(a.map((x) => x.rssKb)) / 1024),
    exceljsPeakMb: Math.round(median(b.map((x) => x.rssKb)) / 1024),
    ...(findings ? { findings } : {}),
  };
  log(`  validate: median ${result.validateMs.toFixed(0)} ms, peak ${result.validatePeakMb} MB (exit ${result.exitCode}); exceljs read: median ${result.exceljsMs.toFixed(0)} ms, peak ${result.exceljsPeakMb} MB; ratio ${result.ratio.toFixed(2)} (CPU time ${result.cpuRatio.toFixed(2)})`);
  return result;
}
