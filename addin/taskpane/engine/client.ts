/**
 * Runs a job of the engine (jobs.ts) off the pane's thread: the workbook's rows go to the engine
 * worker in slices, with a pause between slices so the pane keeps painting and answering clicks;
 * the worker reads and checks; the result comes back as plain data. Where no worker can start
 * (an old host, a blocked script) the same job runs in the pane after a pause, and says so.
 */
import { runJob, type Job, type JobResult } from './jobs.js';
import { EngineError, type FromWorker, type ToWorker } from './protocol.js';
import type { WorkbookInput } from './sources.js';

/** Rows per message: about 20 000 cells, a few milliseconds of copying each. */
const CELLS_PER_MESSAGE = 20_000;
export const WORKER_FILE = 'engine-worker.js';

/** Lets the browser paint and handle input before the next piece of work. */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface JobRun<R> {
  result: R;
  /** Milliseconds the job took in the engine (reading the cells into records and checking). */
  engineMs: number;
  /** Milliseconds from the first row sent to the result back. */
  totalMs: number;
  where: 'worker' | 'pane';
}

// The script that loaded the pane, captured while it runs: the worker sits next to it.
const scriptUrl: string | undefined =
  typeof document !== 'undefined' ? ((document.currentScript as HTMLScriptElement | null)?.src || undefined) : undefined;

export class EngineClient {
  private worker: Worker | undefined;
  private broken = false;
  private nextJob = 1;
  private readonly waiting = new Map<number, { resolve: (m: FromWorker) => void; reject: (e: Error) => void }>();

  constructor(private readonly workerUrl: string | undefined = EngineClient.defaultUrl()) {}

  static defaultUrl(): string | undefined {
    if (typeof Worker === 'undefined' || typeof location === 'undefined') return undefined;
    try {
      return new URL(WORKER_FILE, scriptUrl ?? location.href).href;
    } catch {
      return undefined;
    }
  }

  private start(): Worker | undefined {
    if (this.worker || this.broken || !this.workerUrl) return this.worker;
    try {
      const worker = new Worker(this.workerUrl);
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const w = this.waiting.get(event.data.job);
        if (!w) return;
        this.waiting.delete(event.data.job);
        w.resolve(event.data);
      };
      worker.onerror = (event) => {
        // The script did not load or crashed: every job waiting falls back to the pane.
        event.preventDefault();
        this.broken = true;
        this.worker?.terminate();
        this.worker = undefined;
        const waiting = [...this.waiting.values()];
        this.waiting.clear();
        for (const w of waiting) w.reject(new Error('engine worker failed'));
      };
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  async run<J extends Job>(input: WorkbookInput, job: J): Promise<JobRun<JobResult<J>>> {
    const worker = this.start();
    const begin = performance.now();
    if (worker) {
      try {
        const answer = await this.viaWorker(worker, input, job);
        if (answer.type === 'failed') throw new EngineError(answer.error);
        return { result: answer.result as JobResult<J>, engineMs: answer.ms, totalMs: performance.now() - begin, where: 'worker' };
      } catch (e) {
        if (e instanceof EngineError) throw e;
        // The worker died: run here instead.
      }
    }
    await yieldToPane();
    const start = performance.now();
    const result = runJob(input, job);
    const end = performance.now();
    return { result, engineMs: end - start, totalMs: end - begin, where: 'pane' };
  }

  private async viaWorker(worker: Worker, input: WorkbookInput, job: Job): Promise<FromWorker> {
    const id = this.nextJob++;
    const answer = new Promise<FromWorker>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // The worker may fail while rows are still being sent: the caller sees that when it awaits the answer.
    answer.catch(() => undefined);
    for (const [sheet, grid] of Object.entries(input.grids)) {
      const width = Math.max(1, grid.rows[0]?.length ?? 1);
      const per = Math.max(1, Math.floor(CELLS_PER_MESSAGE / width));
      for (let start = 0; start < grid.rows.length || start === 0; start += per) {
        const message: ToWorker = {
          type: 'rows', job: id, sheet, firstRow: grid.firstRow, firstColumn: grid.firstColumn,
          rows: grid.rows.slice(start, start + per),
        };
        worker.postMessage(message);
        if (start + per < grid.rows.length) await yieldToPane();
        if (grid.rows.length === 0) break;
      }
    }
    const run: ToWorker = { type: 'run', job: id, request: job, ...(input.mapping ? { mapping: input.mapping } : {}) };
    worker.postMessage(run);
    return answer;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}
