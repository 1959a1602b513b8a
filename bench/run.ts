import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, arch } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleResults } from './bundles.js';
import type { CliResults } from './cli/bench.js';
import type { ForecastResults } from './forecast/bench.js';
import { CACHE } from './lib/core.js';
import type { TimesheetResults } from './timesheet/bench.js';

/*
 * npm run bench [-- <section> …] [--quick]
 *
 * Sections: forecast, timesheets, cli, bundles (default: all, in that order). Each runs in its own
 * node process; the figures go to bench/results.json (with the machine, node version, date and
 * commit) and a table with the targets of issue 9 is printed. A section not run keeps its last
 * figures in results.json. --quick runs smaller workloads (a smoke test; not for the README).
 * --markdown prints the table of results.json as Markdown and runs nothing.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RESULTS = join(here, 'results.json');
const SECTIONS = ['forecast', 'timesheets', 'cli', 'bundles'] as const;
type Section = (typeof SECTIONS)[number];

interface SectionRun<T> {
  readonly measuredAt: string;
  readonly commit: string;
  readonly quick: boolean;
  readonly seconds: number;
  readonly result?: T;
  readonly error?: string;
}

interface Results {
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  date: string;
  forecast?: SectionRun<ForecastResults>;
  timesheets?: SectionRun<TimesheetResults>;
  cli?: SectionRun<CliResults>;
  bundles?: SectionRun<BundleResults>;
}

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages', 'addin'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown';
  }
}

function runSection(section: Section, quick: boolean): SectionRun<unknown> {
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, `result-${section}-${process.pid}.json`);
  rmSync(out, { force: true });
  process.stdout.write(`\n${section}${quick ? ' (quick)' : ''}\n`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8192', join(here, 'section.ts'), section, out, ...(quick ? ['--quick'] : [])], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const base = { measuredAt: new Date().toISOString(), commit: commit(), quick, seconds: Math.round((Date.now() - t0) / 100) / 10 };
  if (r.status !== 0 || !existsSync(out)) {
    const error = (r.stderr || `exit code ${String(r.status)}`).trim().split('\n').slice(0, 6).join('\n');
    process.stdout.write(`  failed: ${error}\n`);
    return { ...base, error };
  }
  const result: unknown = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return { ...base, result };
}

// ---- the table ----------------------------------------------------------------------------------

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const ms = (n: number) => (n >= 100 ? `${fmt(n)} ms` : `${fmt(n, n >= 10 ? 1 : 2)} ms`);

interface Line {
  readonly what: string;
  readonly target: string;
  readonly measured: string;
  readonly verdict: '' | 'met' | 'MISSED';
}

export function tableLines(r: Results): Line[] {
  const lines: Line[] = [];
  const f = r.forecast?.result;
  if (f) {
    lines.push({ what: `Forecast ${f.placements}×${f.weeks}: (a) marginForecast`, target: '', measured: `${ms(f.forecast.medianMs)} median (first call ${ms(f.forecast.firstMs)})`, verdict: '' });
    lines.push({ what: 'Forecast: (c) integer-cent floor', target: '', measured: ms(f.floor.medianMs), verdict: '' });
    lines.push({ what: 'Forecast: (a) ÷ (c)', target: '≤ 10×', measured: `${fmt(f.ratios.forecastOverFloor, 1)}×`, verdict: f.ratios.forecastOverFloor <= 10 ? 'met' : 'MISSED' });
    lines.push({ what: `Forecast: (b) HyperFormula build, ${fmt(f.hyperformula.formulas)} formulas`, target: '', measured: ms(f.hyperformula.buildMs), verdict: '' });
    lines.push({ what: 'Forecast: (b) build ÷ (a)', target: '≥ 200×', measured: `${fmt(f.ratios.hfBuildOverForecast)}×`, verdict: f.ratios.hfBuildOverForecast >= 200 ? 'met' : 'MISSED' });
    lines.push({ what: 'Forecast: (b) one-edit recalculation ÷ (a)', target: '', measured: `${ms(f.hyperformula.editMs)} = ${fmt(f.ratios.hfEditOverForecast, 2)}×`, verdict: '' });
    lines.push({ what: `Forecast: cent differences of (a) in ${fmt(f.comparedValues)} values`, target: '0', measured: String(f.forecast.centDifferences), verdict: f.forecast.centDifferences === 0 ? 'met' : 'MISSED' });
    lines.push({ what: 'Forecast: cent differences of (b) HyperFormula / (c) floor', target: '', measured: `${fmt(f.hyperformula.centDifferences)} / ${f.floor.centDifferences}`, verdict: '' });
  }
  const t = r.timesheets?.result;
  if (t) {
    lines.push({ what: `Timesheets ${fmt(t.lines)} lines: price (shiftsPay) + validateTimesheet`, target: '≥ 1,000,000 lines/s', measured: `${fmt(t.linesPerSecond)} lines/s (${ms(t.priceMs)} + ${ms(t.validateMs)})`, verdict: t.linesPerSecond >= 1_000_000 ? 'met' : 'MISSED' });
    lines.push({ what: 'Timesheets: parse the same lines from CSV (papaparse)', target: '', measured: `${ms(t.parseMs)} (${fmt(t.parseLinesPerSecond)} lines/s)`, verdict: '' });
    lines.push({ what: 'Timesheets: validateTimesheet ÷ parse', target: '≤ 2×', measured: `${fmt(t.validateOverParse, 2)}×`, verdict: t.validateOverParse <= 2 ? 'met' : 'MISSED' });
    lines.push({ what: 'Timesheets: (price + validate) ÷ parse', target: '', measured: `${fmt(t.priceAndValidateOverParse, 2)}×`, verdict: '' });
  }
  const c = r.cli?.result;
  if (c) {
    lines.push({ what: `CLI: backofficer validate, ${fmt(c.lines)}-line .xlsx ÷ exceljs read`, target: '≤ 1.5×', measured: `${fmt(c.ratio, 2)}× (${ms(c.validateMs)} vs ${ms(c.exceljsMs)})`, verdict: c.ratio <= 1.5 ? 'met' : 'MISSED' });
    if (c.cpuRatio !== undefined) lines.push({ what: 'CLI: the same in CPU time (user + system)', target: '', measured: `${fmt(c.cpuRatio, 2)}× (${ms(c.validateCpuMs)} vs ${ms(c.exceljsCpuMs)})`, verdict: '' });
    lines.push({ what: 'CLI: peak memory, validate / exceljs read', target: '', measured: `${c.validatePeakMb} MB / ${c.exceljsPeakMb} MB`, verdict: '' });
  }
  const b = r.bundles?.result;
  if (b) {
    for (const x of b.bundles) lines.push({ what: `Bundle ${x.file}, gzipped (raw)`, target: '', measured: `${fmt(x.gzipBytes / 1024)} KiB (${fmt(x.bytes / 1024)} KiB)`, verdict: '' });
  }
  return lines;
}

function printTable(r: Results): void {
  const lines = tableLines(r);
  const head = { what: 'figure', target: 'target', measured: 'measured', verdict: '' as const };
  const w = (k: keyof Line) => Math.max(...[head, ...lines].map((l) => l[k].length));
  const row = (l: Line) => `${l.what.padEnd(w('what'))}  ${l.target.padEnd(w('target'))}  ${l.measured.padEnd(w('measured'))}  ${l.verdict}`;
  process.stdout.write(`\n${row(head)}\n${'-'.repeat(w('what') + w('target') + w('measured') + 12)}\n${lines.map(row).join('\n')}\n`);
  process.stdout.write(`\n${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, node ${r.machine.node}, ${r.date}\n`);
}

/** The table as Markdown (for the README): npx tsx bench/run.ts --markdown (runs nothing). */
function printMarkdown(r: Results): void {
  const esc = (t: string) => t.replace(/\|/g, '\\|');
  const rows = tableLines(r).map((l) => `| ${esc(l.what)} | ${esc(l.target) || '–'} | ${esc(l.measured)} | ${l.verdict === 'MISSED' ? 'missed' : l.verdict} |`);
  process.stdout.write(['| figure | target | measured | |', '|---|---|---|---|', ...rows].join('\n') + '\n');
  process.stdout.write(`\n${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, node ${r.machine.node}, ${r.machine.platform}; ${r.date.slice(0, 10)}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--markdown')) {
    printMarkdown(JSON.parse(readFileSync(RESULTS, 'utf8')) as Results);
    return;
  }
  const quick = args.includes('--quick');
  const asked = args.filter((a) => !a.startsWith('--')) as Section[];
  for (const s of asked) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s}; sections: ${SECTIONS.join(', ')}`);
  const sections = asked.length > 0 ? asked : [...SECTIONS];
  const previous: Partial<Results> = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Partial<Results>) : {};
  const results: Results = {
    ...previous,
    machine: { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${platform()} ${arch()}` },
    date: new Date().toISOString(),
  };
  for (const s of sections) (results as unknown as Record<string, unknown>)[s] = runSection(s, quick);
  if (!quick) writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  // A quick run shows only what it ran; a full run shows every section of results.json.
  const shown = quick ? ({ machine: results.machine, date: results.date, ...Object.fromEntries(sections.map((s) => [s, (results as unknown as Record<string, unknown>)[s]])) } as Results) : results;
  printTable(shown);
  if (quick) process.stdout.write('(--quick: smaller workloads, results.json not written)\n');
}

main();
