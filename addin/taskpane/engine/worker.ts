/**
 * Entry of engine-worker.js: the pane's heavy work (reading 50 000 hours lines, the control list,
 * margin and forecast) off the pane's thread, so the pane stays responsive. Receives the sheets'
 * rows in chunks, then the job; answers with the result or the error.
 */
import '../no-eval.js';
import { runJob } from './jobs.js';
import { toWorkerError, type FromWorker, type ToWorker } from './protocol.js';
import type { Grid } from './sources.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const pending = new Map<number, Record<string, Grid>>();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'rows') {
    const grids = pending.get(message.job) ?? {};
    pending.set(message.job, grids);
    const grid = grids[message.sheet];
    if (grid) for (const row of message.rows) grid.rows.push(row);
    else grids[message.sheet] = { rows: message.rows, firstRow: message.firstRow, firstColumn: message.firstColumn };
    return;
  }
  const grids = pending.get(message.job) ?? {};
  pending.delete(message.job);
  const start = performance.now();
  try {
    const cells = Object.values(grids).reduce((n, g) => n + g.rows.length * (g.rows[0]?.length ?? 0), 0);
    const result = runJob({ grids, cells, ...(message.mapping ? { mapping: message.mapping } : {}) }, message.request);
    scope.postMessage({ type: 'done', job: message.job, result, ms: performance.now() - start });
  } catch (e) {
    scope.postMessage({ type: 'failed', job: message.job, error: toWorkerError(e) });
  }
};
