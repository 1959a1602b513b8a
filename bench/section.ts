import { writeFileSync } from 'node:fs';
import { benchBundles } from './bundles.js';
import { benchCli } from './cli/bench.js';
import { benchForecast } from './forecast/bench.js';
import { loadCore } from './lib/core.js';
import { benchTimesheets } from './timesheet/bench.js';

/*
 * One benchmark section in its own node process (run.ts starts it), so that each starts with a
 * clean heap and nothing one section leaves behind (a million timesheet lines) slows another.
 * Usage: node --import tsx --expose-gc bench/section.ts <section> <result.json> [--quick]
 */

const [section, out] = process.argv.slice(2);
const quick = process.argv.includes('--quick');
const log = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<unknown> {
  switch (section) {
    case 'forecast':
      return benchForecast(await loadCore(), { placements: quick ? 400 : 2000, runs: quick ? 5 : 15, hfRuns: quick ? 1 : 3, edits: quick ? 3 : 9, log });
    case 'timesheets':
      return benchTimesheets(await loadCore(), { lines: quick ? 100_000 : 1_000_000, runs: 3, log });
    case 'cli':
      return benchCli({ lines: quick ? 20_000 : 100_000, runs: quick ? 3 : 5, log });
    case 'bundles':
      return benchBundles(log);
    default:
      throw new Error(`unknown section ${String(section)}`);
  }
}

main().then(
  (result) => writeFileSync(out!, JSON.stringify(result, null, 2)),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
