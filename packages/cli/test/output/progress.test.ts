import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/output/io.js';
import { progressBar, rowsText } from '../../src/output/progress.js';

/* The progress bar: drawn on a terminal only, never in a pipe or with --json, and only for a job that takes a moment. */

function fakeIo(isTTY: boolean): Io & { drawn: string[] } {
  const drawn: string[] = [];
  return { out() {}, err() {}, isTTY, columns: 100, progress: (line) => drawn.push(line), drawn };
}

describe('progressBar', () => {
  it('draws nothing in a pipe or with --json', () => {
    for (const [tty, json] of [[false, false], [true, true]] as const) {
      const io = fakeIo(tty);
      let now = 0;
      const p = progressBar(io, json, 2, () => now);
      now = 5_000;
      p.step(0, 'Bestand lezen');
      p.count('Uren: 50.000 rijen');
      p.end();
      expect(io.drawn).toEqual([]);
    }
  });

  it('on a terminal: nothing for a quick job, then a bar per step with counts, cleared at the end', () => {
    const io = fakeIo(true);
    let now = 0;
    const p = progressBar(io, false, 2, () => now);
    p.step(0, 'Bestand lezen');
    expect(io.drawn).toEqual([]);
    now = 1_000;
    p.count(rowsText('Uren', 46_000, 'nl'));
    // Step 1 of 2 not yet done: 0 of 24 marks.
    expect(io.drawn.at(-1)).toBe(`[${'-'.repeat(24)}]   0 % Bestand lezen… Uren: 46.000 rijen`);
    now = 2_000;
    p.step(1, 'Uren controleren');
    // One of two steps done: half the bar.
    expect(io.drawn.at(-1)).toBe(`[${'#'.repeat(12)}${'-'.repeat(12)}]  50 % Uren controleren…`);
    p.end();
    expect(io.drawn.at(-1)).toBe('');
  });

  it('rows in English use a comma for thousands', () => {
    expect(rowsText('Hours', 100_000, 'en')).toBe('Hours: 100,000 rows');
  });
});
