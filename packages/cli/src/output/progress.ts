import type { Io } from './io.js';

/*
 * A progress bar on stderr for big files: only when standard output is a terminal and the output
 * is not JSON (quiet in pipes), and only once a job has run for a moment (small files finish
 * before it would appear). The steps of a job are known ahead (read, check, margin, write), so
 * the bar moves per step, and within a step when the step reports counts.
 */

const DELAY_MS = 400;
const REDRAW_MS = 80;
const BAR = 24;

export interface Progress {
  /** Starts step `index` (0-based) of `steps`, e.g. "Controleren" / "Checking". */
  step(index: number, label: string): void;
  /** Within the current step: `done` of `total` (lines, rows). */
  tick(done: number, total: number): void;
  /** Within the current step, when the total is unknown: a count shown after the label ("45.000 rijen"). */
  count(text: string): void;
  /** Removes the bar (before the result is printed). */
  end(): void;
}

export const noProgress: Progress = { step() {}, tick() {}, count() {}, end() {} };

export function progressBar(io: Io, json: boolean, steps: number, clock: () => number = Date.now): Progress {
  if (json || !io.isTTY || !io.progress) return noProgress;
  const draw = io.progress.bind(io);
  const started = clock();
  let lastDraw = 0;
  let shown = false;
  let index = 0;
  let label = '';
  let fraction = 0;
  let suffix = '';
  const render = (force: boolean) => {
    const now = clock();
    if (now - started < DELAY_MS) return;
    if (!force && now - lastDraw < REDRAW_MS) return;
    lastDraw = now;
    shown = true;
    const total = Math.min(1, (index + fraction) / steps);
    const filled = Math.round(total * BAR);
    const pct = String(Math.floor(total * 100)).padStart(3);
    draw(`[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${pct} % ${label}…${suffix ? ` ${suffix}` : ''}`);
  };
  return {
    step(i, text) {
      index = i;
      label = text;
      fraction = 0;
      suffix = '';
      render(true);
    },
    tick(done, total) {
      fraction = total > 0 ? Math.min(1, done / total) : 0;
      render(false);
    },
    count(text) {
      suffix = text;
      render(false);
    },
    end() {
      if (shown) draw('');
      shown = false;
    },
  };
}

/** "Uren: 46.000 rijen" / "Uren: 46,000 rows". */
export function rowsText(sheet: string, rows: number, lang: 'nl' | 'en'): string {
  const n = String(rows).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return `${sheet}: ${n} ${lang === 'nl' ? 'rijen' : 'rows'}`;
}
