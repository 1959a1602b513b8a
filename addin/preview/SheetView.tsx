/**
 * The preview's stand-in for Excel's grid: shows the fake workbook's sheets with the fills,
 * bold headers, charts and selection the pane produced, so the preview shows what the pane did.
 */
import { useState, useSyncExternalStore } from 'react';
import { columnName, parseA1 } from '../office/address.js';
import type { WorkbookModel } from '../office/fake/model.js';
import { displayCell } from './cell-display.js';

const MAX_ROWS = 200;
const MAX_COLUMNS = 26;

export function SheetView({ model, lang }: { model: WorkbookModel; lang: 'nl' | 'en' }) {
  useSyncExternalStore((cb) => model.subscribe(cb), () => model.version);
  const [picked, setPicked] = useState<string | undefined>();
  const visible = model.sheets.filter((s) => s.visibility === 'Visible');
  // Follow the workbook's selection (the pane selects cells), unless the user picked a sheet tab.
  const current = model.sheet(picked ?? model.selection.sheet) ?? visible[0];
  if (!current) return null;
  const used = model.usedBlock(current, false);
  const rows = Math.min(MAX_ROWS, Math.max(20, used ? used.row + used.rowCount + 2 : 0));
  const columns = Math.min(MAX_COLUMNS, Math.max(8, used ? used.column + used.columnCount + 1 : 0));
  const sel = model.selection.sheet.toLowerCase() === current.name.toLowerCase() ? parseA1(model.selection.address) : undefined;
  const inSel = (r: number, c: number) =>
    sel !== undefined && r >= sel.row && r < sel.row + sel.rowCount && c >= sel.column && c < sel.column + sel.columnCount;

  return (
    <div className="sheetview">
      <div className="namebox" aria-label={lang === 'nl' ? 'Geselecteerde cel' : 'Selected cell'} data-testid="namebox">
        {current.name}!{model.selection.sheet.toLowerCase() === current.name.toLowerCase() ? model.selection.address : ''}
      </div>
      <div className="grid-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th className="corner" />
              {Array.from({ length: columns }, (_, c) => <th key={c} scope="col">{columnName(c)}</th>)}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: columns }, (_, c) => {
                  const cell = model.cell(current, r, c);
                  const style = {
                    ...(cell?.fill ? { background: cell.fill } : {}),
                    ...(cell?.bold ? { fontWeight: 600 } : {}),
                    ...(typeof cell?.value === 'number' ? { textAlign: 'right' as const } : {}),
                  };
                  return (
                    <td key={c} style={style} className={inSel(r, c) ? 'selected' : undefined} title={cell?.formula}>
                      {cell ? displayCell(cell.value, cell.numberFormat, lang) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {current.charts.length > 0 ? (
        <ul className="charts">
          {current.charts.map((ch) => (
            <li key={ch.name}>📈 {ch.title || ch.name} ({ch.type}, {ch.source})</li>
          ))}
        </ul>
      ) : null}
      <div className="sheettabs" role="tablist" aria-label={lang === 'nl' ? 'Werkbladen' : 'Sheets'}>
        {visible.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s === current}
            className={s === current ? 'active' : undefined}
            onClick={() => setPicked(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
