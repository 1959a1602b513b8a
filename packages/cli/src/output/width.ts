import type { Io } from './io.js';

/** Fixed width when not on a terminal, so piped output is the same on every machine. */
export const PIPE_WIDTH = 110;

/** How wide text output may be: the terminal's width (within reason), else PIPE_WIDTH. */
export function textWidth(io: Io): number {
  const c = io.isTTY ? io.columns : undefined;
  return c === undefined ? PIPE_WIDTH : Math.max(72, Math.min(c, 180));
}
