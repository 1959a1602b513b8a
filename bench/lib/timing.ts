/** Timing helpers: wall time of a function in one process, median over runs. */

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Timed<T> {
  /** Milliseconds of each counted run. */
  readonly runs: number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** The last run's result. */
  readonly result: T;
}

/** Runs `fn` `warmup` times uncounted, then `runs` times counted; milliseconds per run. */
export function timeRuns<T>(fn: () => T, runs: number, warmup = 1): Timed<T> {
  let result!: T;
  for (let i = 0; i < warmup; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    result = fn();
    times.push(now() - t0);
  }
  return { runs: times, median: median(times), min: Math.min(...times), max: Math.max(...times), result };
}

export async function timeRunsAsync<T>(fn: () => Promise<T>, runs: number, warmup = 1): Promise<Timed<T>> {
  let result!: T;
  for (let i = 0; i < warmup; i++) result = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    result = await fn();
    times.push(now() - t0);
  }
  return { runs: times, median: median(times), min: Math.min(...times), max: Math.max(...times), result };
}

export const round = (x: number, places = 2): number => Math.round(x * 10 ** places) / 10 ** places;
