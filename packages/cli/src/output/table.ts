/** Plain aligned text tables for the terminal: a header, a rule of dashes, then the rows. */

export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned. */
  readonly align?: 'left' | 'right';
}

/** Width in terminal cells; counts code points so "€" and "ë" are one cell each. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows under their headers with two spaces between columns. Columns that are empty in
 * every row are left out; trailing spaces are trimmed.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = ''): string {
  const used = columns.map((_, i) => rows.some((r) => (r[i] ?? '') !== ''));
  const cols = columns.map((c, i) => ({ ...c, i })).filter((c) => used[c.i]);
  const widths = cols.map((c) => Math.max(width(c.header), ...rows.map((r) => width(r[c.i] ?? ''))));
  const line = (cells: readonly string[]) =>
    indent + cols.map((c, k) => pad(cells[k] ?? '', widths[k]!, c.align ?? 'left')).join('  ').trimEnd();
  return [
    line(cols.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => r[c.i] ?? ''))),
  ].join('\n');
}
