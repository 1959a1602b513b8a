import type JSZip from 'jszip';
import { columnLetter, columnNumber } from '@backofficer/core';
import { attributes, escapeText, escapeXml, unescapeXml } from './xml.js';

/*
 * Native Excel charts for a workbook written by exceljs, which has no chart API (exceljs 4.4).
 * After exceljs has written the package, each chart is added as parts of the Office Open XML
 * package (ECMA-376 part 1, §21.2 DrawingML charts; §20.5 spreadsheet drawings):
 *   xl/charts/chartN.xml             the chart (c:chartSpace) with references to the sheet's cells
 *   xl/drawings/drawingN.xml         the anchor that places it over cells (xdr:wsDr)
 *   xl/drawings/_rels/drawingN.xml.rels   drawing → chart
 *   xl/worksheets/_rels/sheetM.xml.rels   sheet → drawing, and <drawing r:id> in the sheet
 *   [Content_Types].xml              overrides for the new parts
 * Elements are written in the order the schema requires; Excel refuses a part otherwise. The
 * series carry cached values, so viewers that do not recalculate still draw the chart.
 */

export interface ChartSeries {
  /** Legend name. */
  name: string;
  /** Cells with the values, on the data sheet: "C2:C14". */
  ref: string;
  /** The values as they are in those cells (cached in the chart). */
  values?: readonly (number | null)[];
  /** Drawn as bars or as a line; default: the chart's type. */
  kind?: 'bar' | 'line';
  /** RGB colour, e.g. "4472C4". */
  color?: string;
}

export interface ChartSpec {
  /** Sheet the chart is placed on. */
  sheet: string;
  /** Sheet with the data; default: the same sheet. */
  dataSheet?: string;
  type: 'bar' | 'line';
  title: string;
  /** Cells with the category labels: "A2:A14". */
  categories: string;
  categoryValues?: readonly string[];
  series: readonly ChartSeries[];
  /** Cells the chart covers, 0-based: from the top-left cell to the bottom-right cell. */
  anchor: { from: { col: number; row: number }; to: { col: number; row: number } };
  /** Number format of the value axis, e.g. '#,##0'. */
  valueFormat?: string;
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  relChart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  relDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  ctChart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  ctDrawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};

const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** An absolute reference to cells of a sheet: 'Marge week'!$A$2:$A$14. */
export function sheetRange(sheet: string, range: string): string {
  const parts = range.split(':').map((p) => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(p.trim());
    if (!m || columnNumber(m[1]!) === 0) throw new Error(`chart: "${range}" is not a cell range such as A2:A14`);
    return `$${m[1]!.toUpperCase()}$${m[2]}`;
  });
  return `'${sheet.replace(/'/g, "''")}'!${parts.join(':')}`;
}

function strCache(values: readonly string[] | undefined): string {
  if (!values) return '';
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[] | undefined): string {
  if (!values) return '';
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function seriesXml(spec: ChartSpec, s: ChartSeries, index: number, kind: 'bar' | 'line'): string {
  const data = spec.dataSheet ?? spec.sheet;
  const color = s.color ?? PALETTE[index % PALETTE.length]!;
  const fill = kind === 'bar'
    ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
    : `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`;
  const cat = `<c:cat><c:strRef><c:f>${escapeText(sheetRange(data, spec.categories))}</c:f>${strCache(spec.categoryValues)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeText(sheetRange(data, s.ref))}</c:f>${numCache(s.values)}</c:numRef></c:val>`;
  const tail = kind === 'line' ? '<c:smooth val="0"/>' : '';
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>${fill}${cat}${val}${tail}</c:ser>`;
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** The chart part (c:chartSpace) of one chart. */
export function chartXml(spec: ChartSpec): string {
  if (spec.series.length === 0) throw new Error('chart: at least one series is needed');
  const withIndex = spec.series.map((s, i) => ({ s, i, kind: s.kind ?? spec.type }));
  const bars = withIndex.filter((x) => x.kind === 'bar');
  const lines = withIndex.filter((x) => x.kind === 'line');
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const barChart = bars.length === 0 ? '' :
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((x) => seriesXml(spec, x.s, x.i, 'bar')).join('')}<c:gapWidth val="150"/>${axIds}</c:barChart>`;
  const lineChart = lines.length === 0 ? '' :
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((x) => seriesXml(spec, x.s, x.i, 'line')).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="1400" b="0"/><a:t>${escapeText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const catAx = `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(spec.valueFormat ?? '#,##0')}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    HEADER +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="nl-NL"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barChart}${lineChart}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing part placing charts (by relationship id) over cells of one sheet. */
export function drawingXml(anchors: readonly { spec: ChartSpec; relId: string }[]): string {
  const body = anchors
    .map(({ spec, relId }, i) => {
      const { from, to } = spec.anchor;
      const cell = (tag: string, p: { col: number; row: number }) =>
        `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${cell('from', from)}${cell('to', to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Grafiek ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return HEADER + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${body}</xdr:wsDr>`;
}

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return HEADER + `<Relationships xmlns="${NS.rel}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('')}</Relationships>`;
}

/** The worksheet part of each sheet name: "Marge" → "xl/worksheets/sheet3.xml". */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = a['r:id'] ? targets.get(a['r:id']) : undefined;
    if (a.name !== undefined && target) parts.set(unescapeXml(a.name), target);
  }
  return parts;
}

function nextNumber(zip: JSZip, folder: string, stem: string): number {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return n;
}

/** Sheet elements that must come after <drawing> (CT_Worksheet sequence). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** Inserts <drawing r:id> at its place in a worksheet part. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<(?:\w+:)?drawing\b/.test(sheetXml)) throw new Error('chart: the sheet already has a drawing');
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error('chart: not a worksheet part');
  if (!/xmlns:r=/.test(root[0])) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${NS.r}">`));
  const element = `<drawing r:id="${relId}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Adds the charts to an .xlsx package opened with JSZip (one drawing per sheet). */
export async function addCharts(zip: JSZip, charts: readonly ChartSpec[]): Promise<void> {
  const parts = await worksheetParts(zip);
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) {
    if (!parts.has(c.sheet)) throw new Error(`chart: no sheet named "${c.sheet}"`);
    if (c.dataSheet !== undefined && !parts.has(c.dataSheet)) throw new Error(`chart: no sheet named "${c.dataSheet}"`);
    bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  }
  let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides: string[] = [];
  for (const [sheet, specs] of bySheet) {
    const sheetPart = parts.get(sheet)!;
    const drawingNo = nextNumber(zip, 'xl/drawings', 'drawing');
    const anchors: { spec: ChartSpec; relId: string }[] = [];
    const drawingRels: { id: string; type: string; target: string }[] = [];
    specs.forEach((spec, i) => {
      const chartNo = nextNumber(zip, 'xl/charts', 'chart');
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(spec));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${NS.ctChart}"/>`);
      const relId = `rId${i + 1}`;
      anchors.push({ spec, relId });
      drawingRels.push({ id: relId, type: NS.relChart, target: `../charts/chart${chartNo}.xml` });
    });
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relationshipsXml(drawingRels));
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${NS.ctDrawing}"/>`);

    // The sheet's relationships: keep what exceljs wrote (hyperlinks, comments), add the drawing.
    const slash = sheetPart.lastIndexOf('/');
    const relsPath = `${sheetPart.slice(0, slash)}/_rels/${sheetPart.slice(slash + 1)}.rels`;
    const existing = await zip.file(relsPath)?.async('string');
    const used = new Set([...(existing ?? '').matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const drawingRel = `rId${n}`;
    const ours = `<Relationship Id="${drawingRel}" Type="${NS.relDrawing}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    // Keep what exceljs wrote (hyperlinks with their TargetMode, comments) and add the drawing.
    zip.file(relsPath, existing ? existing.replace('</Relationships>', `${ours}</Relationships>`) : HEADER + `<Relationships xmlns="${NS.rel}">${ours}</Relationships>`);
    const sheetXml = (await zip.file(sheetPart)!.async('string'));
    zip.file(sheetPart, insertDrawingElement(sheetXml, drawingRel));
  }
  types = types.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('[Content_Types].xml', types);
}

/** "A2:A14" for a column and a row span (1-based), for callers building ranges. */
export function columnRange(column: number, firstRow: number, lastRow: number): string {
  const l = columnLetter(column);
  return `${l}${firstRow}:${l}${lastRow}`;
}
