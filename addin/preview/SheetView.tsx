/**
 * The preview's stand-in for Excel's grid: shows the fake workbook's sheets with the fills,
 * bold headers, charts and selection the pane produced, so the preview shows what the pane did.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { columnName, parseA1 } from '../office/address.js';
import type { WorkbookModel } from '../office/fake/model.js';
import { displayCell } from './cell-display.js';
import { ChartView } from './ChartView.js';

const MAX_ROWS = 200;
const MAX_COLUMNS = 26;
/** Rows shown above a selected cell that lies further down (Excel scrolls it into view the same way). */
const ROWS_ABOVE = 8;

export function SheetView({ model, lang }: { model: WorkbookModel; lang: 'nl' | 'en' }) {
  useSyncExternalStore((cb) => model.subscribe(cb), () => model.version);
  const [picked, setPicked] = useState<string | undefined>();
  // A new selection made by the pane wins over a sheet tab the user clicked earlier.
  const selectionKey = `${model.selection.sheet}!${model.selection.address}`;
  useEffect(() => setPicked(undefined), [selectionKey]);
  const visible = model.sheets.filter((s) => s.visibility === 'Visible');
  // Follow the workbook's selection (the pane selects cells), unless the user picked a sheet tab.
  const current = model.sheet(picked ?? model.selection.sheet) ?? visible[0];
  if (!current) return null;
  const used = model.usedBlock(current, false);
  const lastRow = Math.max(20, used ? used.row + used.rowCount + 2 : 0);
  const columns = Math.min(MAX_COLUMNS, Math.max(8, used ? used.column + used.columnCount + 1 : 0));
  const sel = model.selection.sheet.toLowerCase() === current.name.toLowerCase() ? parseA1(model.selection.address) : undefined;
  // A window of rows around the selection; the header row stays on top (as frozen panes do).
  const first = sel && sel.row >= MAX_ROWS - ROWS_ABOVE ? sel.row - ROWS_ABOVE : 0;
  const rowNumbers = [
    ...(first > 1 ? [0] : []),
    ...Array.from({ length: Math.max(0, Math.min(MAX_ROWS, lastRow - first)) }, (_, i) => first + i),
  ];
  const inSel = (r: number, c: number) =>
    sel !== undefined && r >= sel.row && r < sel.row + sel.rowCount && c >= sel.column && c < sel.column + sel.columnCount;

  return <Grid model={model} sheetName={current.name} rowNumbers={rowNumbers} columns={columns} inSel={inSel} frozenBreak={first > 1 ? 0 : -1}
    selectionText={`${current.name}!${model.selection.sheet.toLowerCase() === current.name.toLowerCase() ? model.selection.address : ''}`}
    visible={visible.map((s) => s.name)} onPick={setPicked} lang={lang} />;
}

function Grid(props: {
  model: WorkbookModel;
  sheetName: string;
  rowNumbers: number[];
  columns: number;
  inSel: (r: number, c: number) => boolean;
  /** Row index after which a frozen-pane line is drawn (-1: none). */
  frozenBreak: number;
  selectionText: string;
  visible: string[];
  onPick: (name: string) => void;
  lang: 'nl' | 'en';
}) {
  const { model, rowNumbers, columns, inSel, lang } = props;
  const current = model.sheet(props.sheetName)!;
  const scroller = useRef<HTMLDivElement>(null);
  // Bring the selected cell into view when the pane selects one.
  useEffect(() => {
    const cell = scroller.current?.querySelector('td.selected');
    cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [props.selectionText]);
  return (
    <div className="sheetview">
      <div className="namebox" aria-label={lang === 'nl' ? 'Geselecteerde cel' : 'Selected cell'} data-testid="namebox">
        {props.selectionText}
      </div>
      <div className="grid-scroll" ref={scroller}>
        <table className="grid">
          <thead>
            <tr>
              <th className="corner" />
              {Array.from({ length: columns }, (_, c) => <th key={c} scope="col">{columnName(c)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rowNumbers.map((r) => (
              <tr key={r} className={r === props.frozenBreak ? 'frozen' : undefined}>
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
                      {/* A formula Excel would calculate (the fake does not): shown as its text. */}
                      {cell?.formula && cell.value === '' ? <span className="formula">{cell.formula}</span>
                        : cell ? displayCell(cell.value, cell.numberFormat, lang) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {current.charts.length > 0 ? (
        <div className="charts" aria-label={lang === 'nl' ? 'Grafieken' : 'Charts'}>
          {current.charts.map((ch) => <ChartView key={ch.name} model={model} sheet={current} chart={ch} lang={lang} />)}
        </div>
      ) : null}
      <div className="sheettabs" role="tablist" aria-label={lang === 'nl' ? 'Werkbladen' : 'Sheets'}>
        {props.visible.map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={name === current.name}
            className={name === current.name ? 'active' : undefined}
            onClick={() => props.onPick(name)}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
