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

/** Splits text into lines of at most `size` cells, at spaces where possible. */
export function wrapText(text: string, size: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // "€ 12,50" stays on one line.
    for (const word of paragraph.replace(/€ /g, '€\u0000').split(' ').map((x) => x.replace(/\u0000/g, ' '))) {
      let w = word;
      while (width(w) > size) {
        if (line !== '') {
          out.push(line);
          line = '';
        }
        const chars = [...w];
        out.push(chars.slice(0, size).join(''));
        w = chars.slice(size).join('');
      }
      if (line === '') line = w;
      else if (width(line) + 1 + width(w) <= size) line += ` ${w}`;
      else {
        out.push(line);
        line = w;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * Like renderTable, but the last column wraps so that every line fits in `total` cells: long
 * messages continue on the next line under their own column.
 */
export function renderWrappedTable(columns: readonly Column[], rows: readonly (readonly string[])[], total: number, indent = ''): string {
  const fixed = columns.slice(0, -1).map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const used = indent.length + fixed.reduce((a, b) => a + b + 2, 0);
  const last = Math.max(30, total - used);
  const line = (cells: readonly string[]) =>
    indent + [...fixed.map((w, k) => pad(cells[k] ?? '', w, columns[k]!.align ?? 'left')), cells[fixed.length] ?? ''].join('  ').trimEnd();
  const out = [line(columns.map((c) => c.header)), line([...fixed.map((w) => '-'.repeat(w)), '-'.repeat(Math.min(last, Math.max(width(columns[fixed.length]!.header), ...rows.map((r) => width(r[fixed.length] ?? '')))))])];
  for (const r of rows) {
    const parts = wrapText(r[fixed.length] ?? '', last);
    out.push(line([...r.slice(0, fixed.length), parts[0] ?? '']));
    for (const p of parts.slice(1)) out.push(line([...fixed.map(() => ''), p]));
  }
  return out.join('\n');
}

/** Text cut to `size` cells with "…" when longer. */
export function truncate(text: string, size: number): string {
  const chars = [...text];
  return chars.length <= size ? text : `${chars.slice(0, Math.max(0, size - 1)).join('')}…`;
}

/** Like renderTable, but the last column is cut so that every row fits on one line of `total` cells. */
export function renderTruncatedTable(columns: readonly Column[], rows: readonly (readonly string[])[], total: number, indent = ''): string {
  const n = columns.length - 1;
  const fixed = columns.slice(0, n).map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const last = Math.max(20, total - indent.length - fixed.reduce((a, b) => a + b + 2, 0));
  return renderTable(columns, rows.map((r) => [...r.slice(0, n), truncate(r[n] ?? '', last)]), indent);
}

/**
 * Wraps the prose of a text output to `total` cells: lines that start with a letter or digit.
 * Indented lines (tables, lists with commands to copy) stay as they are.
 */
export function wrapProse(lines: readonly string[], total: number): string[] {
  return lines.flatMap((l) => (/^\S/.test(l) && width(l) > total ? wrapText(l, total) : [l]));
}
