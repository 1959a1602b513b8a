/**
 * The preview's stand-in for a native Excel chart: draws the chart the pane added (its type,
 * source block and title) from the fake workbook's cells as a small SVG, so the preview shows
 * what Excel would. First row of the source: series names; first column: categories.
 */
import { parseA1 } from '../office/address.js';
import type { ChartModel, SheetModel, WorkbookModel } from '../office/fake/model.js';

const COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const W = 460;
const H = 250;
const PAD = { left: 56, right: 12, top: 30, bottom: 46 };

function niceStep(range: number): number {
  const raw = range / 5;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function ChartView({ model, sheet, chart, lang }: { model: WorkbookModel; sheet: SheetModel; chart: ChartModel; lang: 'nl' | 'en' }) {
  const block = parseA1(chart.source);
  const cells = model.readValues(sheet, block);
  const byRows = chart.seriesBy === 'Rows';
  const header = cells[0] ?? [];
  const categories = byRows ? header.slice(1).map(String) : cells.slice(1).map((r) => String(r[0] ?? ''));
  const series = byRows
    ? cells.slice(1).map((r) => ({ name: String(r[0] ?? ''), values: r.slice(1).map(Number) }))
    : header.slice(1).map((name, j) => ({ name: String(name), values: cells.slice(1).map((r) => Number(r[j + 1] ?? 0)) }));
  const all = series.flatMap((s) => s.values).filter(Number.isFinite);
  const top = Math.max(0, ...all);
  const bottom = Math.min(0, ...all);
  const step = niceStep(top - bottom);
  const max = Math.ceil(top / step) * step || step;
  const min = Math.floor(bottom / step) * step;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const slot = plotW / Math.max(1, categories.length);
  const bar = (slot * 0.75) / Math.max(1, series.length);
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(v);
  const lines = chart.type.startsWith('Line');

  return (
    <figure className="chart" aria-label={chart.title} data-testid="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img">
        <text x={W / 2} y={16} textAnchor="middle" fontSize="12" fontWeight="600">{chart.title}</text>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e0e0e0" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" fontSize="9" fill="#616161">{v.toLocaleString(locale, { maximumFractionDigits: 0 })}</text>
          </g>
        ))}
        {categories.map((c, i) => (
          <text key={c + i} x={PAD.left + slot * (i + 0.5)} y={H - PAD.bottom + 12} textAnchor="middle" fontSize="9" fill="#616161">{c}</text>
        ))}
        {series.map((s, k) =>
          lines ? (
            <polyline key={s.name} fill="none" stroke={COLORS[k % COLORS.length]} strokeWidth="2"
              points={s.values.map((v, i) => `${PAD.left + slot * (i + 0.5)},${y(v)}`).join(' ')} />
          ) : (
            s.values.map((v, i) => (
              <rect key={`${s.name}-${i}`} x={PAD.left + slot * i + slot * 0.125 + bar * k} width={bar - 1}
                y={Math.min(y(v), y(0))} height={Math.abs(y(v) - y(0))} fill={COLORS[k % COLORS.length]} />
            ))
          ))}
        {series.map((s, k) => (
          <g key={`legend-${s.name}`} transform={`translate(${PAD.left + k * 120}, ${H - 14})`}>
            <rect width="10" height="10" y="-9" fill={COLORS[k % COLORS.length]} />
            <text x="14" fontSize="10">{s.name}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
