/**
 * Our highlights are remembered in the workbook settings (key `highlights`) with the fill each
 * cell had before, so a re-run can put the workbook back as the user left it. Shared by the Excel
 * and the in-memory implementation, so both behave the same.
 */
import type { CellMark } from './port.js';

export const HIGHLIGHTS_KEY = 'highlights';

export interface HighlightRecord {
  sheet: string;
  address: string;
  /** The colour we set. */
  color: string;
  /** Fill before we touched the cell; null = no fill (or mixed fills in a block). */
  previous: string | null;
}

/** Excel reports "no fill" as white; treat both the same when restoring. */
export const NO_FILL = '#FFFFFF';

export function normalizeColor(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === '') return null;
  const c = color.trim().toUpperCase();
  return c === NO_FILL ? null : c;
}

const keyOf = (r: { sheet: string; address: string }) => `${r.sheet}\u0000${r.address.toUpperCase()}`;

/** The records as stored, tolerating a missing or damaged entry (ignored, never thrown). */
export function readRecords(stored: unknown): HighlightRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (r): r is HighlightRecord =>
      typeof r === 'object' && r !== null &&
      typeof (r as HighlightRecord).sheet === 'string' &&
      typeof (r as HighlightRecord).address === 'string' &&
      typeof (r as HighlightRecord).color === 'string',
  );
}

/** One mark per cell/block (the last colour wins), in first-seen order. */
export function dedupeMarks(marks: CellMark[]): CellMark[] {
  const byKey = new Map<string, CellMark>();
  for (const m of marks) byKey.set(keyOf(m), { ...m, color: normalizeColor(m.color) ?? NO_FILL });
  return [...byKey.values()];
}

/** Marks whose cells are not highlighted yet (their previous fill must be read first). */
export function marksNeedingPrevious(existing: HighlightRecord[], marks: CellMark[]): CellMark[] {
  const known = new Set(existing.map(keyOf));
  return marks.filter((m) => !known.has(keyOf(m)));
}

/** Records after highlighting `marks`; `previousOf` gives the fill read before for new marks. */
export function mergeRecords(
  existing: HighlightRecord[],
  marks: CellMark[],
  previousOf: (mark: CellMark) => string | null,
): HighlightRecord[] {
  const byKey = new Map(existing.map((r) => [keyOf(r), r] as const));
  for (const m of marks) {
    const old = byKey.get(keyOf(m));
    byKey.set(keyOf(m), {
      sheet: m.sheet,
      address: m.address,
      color: m.color,
      previous: old ? old.previous : normalizeColor(previousOf(m)),
    });
  }
  return [...byKey.values()];
}

export type RestoreStep = { action: 'skip' } | { action: 'clear' } | { action: 'set'; color: string };

/** What to do with one record given the cell's fill now: leave cells the user re-coloured alone. */
export function restoreStep(record: HighlightRecord, currentFill: string | null): RestoreStep {
  if (normalizeColor(currentFill) !== normalizeColor(record.color)) return { action: 'skip' };
  const previous = normalizeColor(record.previous);
  return previous === null ? { action: 'clear' } : { action: 'set', color: previous };
}
