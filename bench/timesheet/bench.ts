import Papa from 'papaparse';
import type { Core } from '../lib/core.js';
import { now, timeRuns, median } from '../lib/timing.js';
import { generateTimesheets } from './generate.js';

/*
 * Timesheets (issue 9 §1): a million shift lines priced with the hirers' pay profiles (shiftsPay
 * per worker, so overtime per day and week is carried; segments: false, the bulk option) and
 * checked with validateTimesheet, next to the time papaparse takes to merely read the same lines
 * from CSV text into records (header: true).
 *
 * Pricing is timed as a first pass: every run compiles the profiles afresh (new CompiledProfile
 * objects), so nothing priced in an earlier run is reused; a warm-up workload with another seed
 * runs first so that the JIT has compiled the code. validateTimesheet keeps nothing between
 * calls. Medians over the runs.
 */

export interface TimesheetResults {
  readonly lines: number;
  readonly workers: number;
  readonly csvMegabytes: number;
  readonly runs: number;
  readonly parseMs: number;
  readonly validateMs: number;
  readonly priceMs: number;
  /** Lines per second for pricing plus validation. */
  readonly linesPerSecond: number;
  readonly validateLinesPerSecond: number;
  readonly priceLinesPerSecond: number;
  readonly parseLinesPerSecond: number;
  /** validate ÷ parse, and (price + validate) ÷ parse. */
  readonly validateOverParse: number;
  readonly priceAndValidateOverParse: number;
  readonly findings: Record<string, number>;
  /** Sum of the priced totals (euros, exact) as a check that every run priced the same. */
  readonly pricedTotal: string;
  readonly pricedMinutes: number;
}

/** Prices every worker's lines with freshly compiled profiles; the results in line order. */
function priceAll(core: Core, wl: ReturnType<typeof generateTimesheets>): ReturnType<Core['shiftPay']>[] {
  const compiled = new Map<object, InstanceType<Core['CompiledProfile']>>();
  const out = new Array<ReturnType<Core['shiftPay']>>(wl.lines.length);
  for (const idx of wl.byWorker) {
    const lines = idx.map((i) => wl.lines[i]!);
    const profile = wl.profileOf(lines[0]!) as unknown as object;
    let cp = compiled.get(profile);
    if (!cp) {
      cp = new core.CompiledProfile(profile as never);
      compiled.set(profile, cp);
    }
    const results = core.shiftsPay(lines, cp, { segments: false });
    for (let k = 0; k < idx.length; k++) out[idx[k]!] = results[k]!;
  }
  return out;
}

/** The sum of every line's total and minutes (outside the timing). */
function checksum(core: Core, results: ReturnType<Core['shiftPay']>[]): { total: string; minutes: number } {
  let total = new core.Decimal(0);
  let minutes = 0;
  for (const r of results) {
    total = total.plus(r.totals.total);
    minutes += r.totals.minutes;
  }
  return { total: total.toString(), minutes };
}

export function benchTimesheets(core: Core, options: { lines: number; runs: number; log: (s: string) => void }): TimesheetResults {
  const { log } = options;
  // Warm-up on other lines and other profile objects.
  const warm = generateTimesheets(Math.min(100_000, options.lines), 7);
  core.validateTimesheet(warm.lines, warm.context);
  priceAll(core, warm);
  Papa.parse(warm.csv, { header: true, skipEmptyLines: true });

  const t0 = now();
  const wl = generateTimesheets(options.lines);
  log(`  generated ${wl.lines.length} lines in ${((now() - t0) / 1000).toFixed(1)} s (CSV ${(wl.csv.length / 1e6).toFixed(1)} MB)`);

  const parse = timeRuns(() => {
    const r = Papa.parse<Record<string, string>>(wl.csv, { header: true, skipEmptyLines: true });
    return { rows: r.data.length, errors: r.errors.length };
  }, options.runs, 0);
  if (parse.result.rows !== wl.lines.length || parse.result.errors > 0) throw new Error('papaparse did not read every line');
  log(`  parse (papaparse): median ${parse.median.toFixed(0)} ms`);
  const validate = timeRuns(() => core.validateTimesheet(wl.lines, wl.context), options.runs, 0);
  log(`  validateTimesheet: median ${validate.median.toFixed(0)} ms`);
  const priceTimes: number[] = [];
  let priced = { total: '', minutes: 0 };
  for (let r = 0; r < options.runs; r++) {
    const t = now();
    const results = priceAll(core, wl);
    priceTimes.push(now() - t);
    const p = checksum(core, results);
    if (r > 0 && (p.total !== priced.total || p.minutes !== priced.minutes)) throw new Error('pricing differs between runs');
    priced = p;
  }
  const priceMs = median(priceTimes);
  log(`  pricing (shiftsPay): median ${priceMs.toFixed(0)} ms`);
  const n = wl.lines.length;
  const perSecond = (ms: number) => Math.round((n / ms) * 1000);
  return {
    lines: n,
    workers: wl.byWorker.length,
    csvMegabytes: Math.round(wl.csv.length / 1e5) / 10,
    runs: options.runs,
    parseMs: parse.median,
    validateMs: validate.median,
    priceMs,
    linesPerSecond: perSecond(priceMs + validate.median),
    validateLinesPerSecond: perSecond(validate.median),
    priceLinesPerSecond: perSecond(priceMs),
    parseLinesPerSecond: perSecond(parse.median),
    validateOverParse: validate.median / parse.median,
    priceAndValidateOverParse: (priceMs + validate.median) / parse.median,
    findings: { ...validate.result.summary.bySeverity },
    pricedTotal: priced.total,
    pricedMinutes: priced.minutes,
  };
}
