/** Messages between the pane and the engine worker. Everything in them is plain, cloneable data. */
import type { Texts } from '@backofficer/core';
import type { CellValue } from '../../office/port.js';
import type { Job } from './jobs.js';

export type ToWorker =
  /** Rows of one sheet, appended (large sheets arrive in several messages). */
  | { type: 'rows'; job: number; sheet: string; firstRow: number; firstColumn: number; rows: CellValue[][] }
  | { type: 'run'; job: number; request: Job; mapping?: { sheets: { Hours: { sheet: string } } } };

export type FromWorker =
  | { type: 'done'; job: number; result: unknown; ms: number }
  | { type: 'failed'; job: number; error: WorkerError };

/** An error as it crosses: our errors keep their code and both texts. */
export interface WorkerError {
  code?: string;
  texts?: Texts;
  message: string;
}

export function toWorkerError(e: unknown): WorkerError {
  const out: WorkerError = { message: e instanceof Error ? e.message : String(e) };
  if (e && typeof e === 'object') {
    const { code, texts } = e as { code?: unknown; texts?: unknown };
    if (typeof code === 'string') out.code = code;
    if (texts && typeof texts === 'object' && typeof (texts as Texts).nl === 'string' && typeof (texts as Texts).en === 'string') {
      out.texts = { nl: (texts as Texts).nl, en: (texts as Texts).en };
    }
  }
  return out;
}

/** A failure from the worker as an Error the pane shows in the user's language (errorText reads `texts`). */
export class EngineError extends Error {
  readonly code: string | undefined;
  readonly texts: Texts | undefined;
  constructor(error: WorkerError) {
    super(error.texts?.en ?? error.message);
    this.name = 'EngineError';
    this.code = error.code;
    this.texts = error.texts;
  }
}
