import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, readAgencyWorkbook } from '@backofficer/core';
import {
  addCharts, chartXml, highlightCells, insertDrawingElement, readInputFile, readXlsxBytes, setCellValue, writeRows, writeXlsxAtomic, xlsxBuffer,
  type ChartSpec,
} from '../../src/io/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bo-io-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FIXED = new Date(Date.UTC(2026, 2, 9, 12, 0));

function hoursSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Uren');
  writeRows(ws, [
    ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Status', 'Goedgekeurd op'],
    ['W001', 'P001', { value: new Date(Date.UTC(2026, 2, 2)), numFmt: 'dd-mm-yyyy' }, { value: 7 / 24, numFmt: 'hh:mm' }, { value: 15.5 / 24, numFmt: 'hh:mm' }, 30, 'Goedgekeurd', { value: new Date(Date.UTC(2026, 2, 9, 10, 15)), numFmt: 'dd-mm-yyyy hh:mm' }],
  ]);
}

describe('xlsx: read back what we write', () => {
  it('an hours sheet written with exceljs reads back into the same records (dates, times, minutes, status)', async () => {
    const path = join(dir, 'roundtrip.xlsx');
    await writeXlsxAtomic(path, hoursSheet, { fixedTime: FIXED });
    const input = await readInputFile(path);
    expect(input.format).toBe('xlsx');
    const wb = readAgencyWorkbook(input.grids, undefined, { only: ['Hours'], require: ['Hours'] });
    expect(wb.sheets.Hours!.records[0]).toMatchObject({ date: '2026-03-02', start: '07:00', end: '15:30', breakMinutes: 30, status: 'approved', approvedAt: '2026-03-09T10:15' });
  });

  it('the same content gives byte-identical files (fixed creation time and zip entry dates)', async () => {
    const a = await xlsxBuffer(hoursSheet, { fixedTime: FIXED });
    const b = await xlsxBuffer(hoursSheet, { fixedTime: FIXED });
    expect(Buffer.compare(a, b)).toBe(0);
  });
});

describe('xlsx: unreadable files give a clear InputError, never a stack trace', () => {
  it('a truncated .xlsx: "not a readable .xlsx file" with what to do next', async () => {
    const good = await xlsxBuffer(hoursSheet, { fixedTime: FIXED });
    const path = join(dir, 'truncated.xlsx');
    await writeFile(path, good.subarray(0, Math.floor(good.length / 2)));
    const error = await readInputFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('XLSX_UNREADABLE');
    expect((error as InputError).texts.en).toMatch(/^.*truncated\.xlsx: not a readable \.xlsx file: the file is damaged or incomplete .*Open it in Excel and save it again/);
    expect((error as InputError).texts.nl).toContain('geen leesbaar .xlsx-bestand');
  });

  it('an empty file, a text file named .xlsx, an old .xls (or password-protected) file and a missing file', async () => {
    const cases: [string, Uint8Array | null, string][] = [
      ['empty.xlsx', new Uint8Array(0), 'FILE_EMPTY'],
      ['text.xlsx', new TextEncoder().encode('Datum;Uren\n2-3-2026;8\n'), 'XLSX_UNREADABLE'],
      ['old.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'XLSX_LEGACY_OR_ENCRYPTED'],
      ['missing.xlsx', null, 'FILE_NOT_FOUND'],
    ];
    for (const [name, bytes, code] of cases) {
      const path = join(dir, name);
      if (bytes) await writeFile(path, bytes);
      const e = await readInputFile(path).catch((x: unknown) => x);
      expect(e, name).toBeInstanceOf(InputError);
      expect((e as InputError).code, name).toBe(code);
    }
  });

  it('a zip that is no workbook (a .docx, say) is named as such', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readXlsxBytes(bytes, 'brief.xlsx')).rejects.toMatchObject({ code: 'XLSX_NOT_A_WORKBOOK' });
  });
});

/** Cells of a worksheet part with their type, style and whether they hold a formula. */
async function sheetCells(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)].map((m) => {
    const s = /\bs="(\d+)"/.exec(m[2]!);
    return { ref: m[1]!, type: /\bt="(\w+)"/.exec(m[2]!)?.[1], numFmtId: s ? xfs[Number(s[1])] : 0, formula: m[3]!.includes('<f>') };
  });
  return cells;
}

describe('xlsx: text from input is never written as a formula (CSV/formula injection, OWASP)', () => {
  it('text starting with =, +, -, @ is a text cell (shared string) with the text format @ (numFmt 49), no <f>', async () => {
    const bytes = await xlsxBuffer((wb) => {
      writeRows(wb.addWorksheet('Blad1'), [['=HYPERLINK("http://evil.invalid","klik")', '+31612345678', '-2+3', '@SUM(A1)', 'gewoon']]);
    }, { fixedTime: FIXED });
    const cells = await sheetCells(bytes);
    for (const c of cells.slice(0, 4)) {
      expect(c, c.ref).toMatchObject({ type: 's', formula: false, numFmtId: 49 });
    }
    expect(cells[4]).toMatchObject({ type: 's', formula: false, numFmtId: 0 });
    const back = await readXlsxBytes(bytes, 'x.xlsx');
    expect(back.Blad1![0]![0]).toBe('=HYPERLINK("http://evil.invalid","klik")');
  });

  it('a formula read from an input file is written as its result, and an error value as its text', async () => {
    const bytes = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('Blad1');
      setCellValue(ws.getCell('A1'), { formula: 'WEBSERVICE("http://evil.invalid")', result: 'uitkomst' });
      setCellValue(ws.getCell('B1'), { formula: '1/0', result: { error: '#DIV/0!' } });
    }, { fixedTime: FIXED });
    const cells = await sheetCells(bytes);
    expect(cells.every((c) => !c.formula)).toBe(true);
    const back = await readXlsxBytes(bytes, 'x.xlsx');
    expect(back.Blad1![0]).toEqual(['uitkomst', '#DIV/0!']);
  });
});

describe('xlsx: atomic writing (temporary file in the same folder, then rename)', () => {
  it('when building fails, nothing is written and an existing file stays as it was', async () => {
    const sub = join(dir, 'atomic1');
    await mkdir(sub);
    const path = join(sub, 'result.xlsx');
    await writeFile(path, 'old content');
    await expect(
      writeXlsxAtomic(path, (wb) => {
        wb.addWorksheet('Blad1');
        throw new Error('build failed halfway');
      }),
    ).rejects.toThrow('build failed halfway');
    expect(await readdir(sub)).toEqual(['result.xlsx']);
    expect(await readFile(path, 'utf8')).toBe('old content');
  });

  it('when the rename fails (the target is a folder), the temporary file is removed and the error says what to check', async () => {
    const sub = join(dir, 'atomic2');
    await mkdir(join(sub, 'result.xlsx'), { recursive: true });
    const error = await writeXlsxAtomic(join(sub, 'result.xlsx'), hoursSheet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('WRITE_FAILED');
    expect((error as InputError).texts.en).toMatch(/cannot write the file .*Check that the folder exists/);
    expect(await readdir(sub)).toEqual(['result.xlsx']);
  });

  it('a folder that does not exist is a WRITE_FAILED InputError, and nothing is left behind', async () => {
    await expect(writeXlsxAtomic(join(dir, 'no-such-folder', 'x.xlsx'), hoursSheet)).rejects.toMatchObject({ code: 'WRITE_FAILED' });
  });
});

const MARGIN_CHART: ChartSpec = {
  sheet: 'Marge',
  type: 'bar',
  title: 'Omzet, kosten & marge per week',
  categories: 'A2:A4',
  categoryValues: ['2026-W08', '2026-W09', '2026-W10'],
  series: [
    { name: 'Omzet', ref: 'B2:B4', values: [1000, 1100, 900] },
    { name: 'Loonkosten', ref: 'C2:C4', values: [800, 850, 700] },
    { name: 'Marge', ref: 'D2:D4', values: [200, 250, 200], kind: 'line' },
  ],
  anchor: { from: { col: 5, row: 1 }, to: { col: 13, row: 18 } },
};

function marginSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Marge');
  writeRows(ws, [['Week', 'Omzet', 'Loonkosten', 'Marge'], ['2026-W08', 1000, 800, 200], ['2026-W09', 1100, 850, 250], ['2026-W10', 900, 700, 200]]);
  ws.getCell('A6').value = { text: 'toelichting', hyperlink: 'https://example.invalid/' };
  wb.addWorksheet('Tweede blad');
}

const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
/** Child element names of the first element `name` found, in document order. */
function childOrder(xml: string, path: string[]): string[] {
  let nodes = parser.parse(xml) as Record<string, unknown>[];
  for (const step of path) {
    const hit = nodes.find((n) => step in n);
    if (!hit) return [];
    nodes = hit[step] as Record<string, unknown>[];
  }
  return nodes.map((n) => Object.keys(n).find((k) => k !== ':@')!).filter(Boolean);
}

describe('xlsx: a native chart injected after exceljs writes (exceljs 4.4 has no chart API)', () => {
  it('adds chart, drawing, relationships and content types; every part is well-formed XML', async () => {
    const bytes = await xlsxBuffer(marginSheet, { fixedTime: FIXED, charts: [MARGIN_CHART] });
    const zip = await JSZip.loadAsync(bytes);
    for (const name of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/worksheets/_rels/sheet1.xml.rels']) {
      expect(zip.file(name), name).not.toBeNull();
    }
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name]!.dir || !/\.(xml|rels)$/.test(name)) continue;
      expect(XMLValidator.validate(await zip.file(name)!.async('string')), name).toBe(true);
    }
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');

    // sheet → drawing: the hyperlink's relationship is kept, the drawing gets the next id.
    const sheetRels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    expect(sheetRels).toContain('TargetMode="External"');
    const drawingRel = /Id="(rId\d+)"[^>]*relationships\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/.exec(sheetRels);
    expect(drawingRel).not.toBeNull();
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain(`<drawing r:id="${drawingRel![1]}"/>`);
    // CT_Worksheet order: ... pageMargins, pageSetup, ..., drawing (hyperlinks before).
    const order = childOrder(sheet, ['worksheet']);
    expect(order.indexOf('drawing')).toBeGreaterThan(order.indexOf('pageSetup'));
    expect(order.indexOf('drawing')).toBeGreaterThan(order.indexOf('hyperlinks'));
    // drawing → chart
    const drawingRels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    // The second sheet has no drawing.
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).not.toContain('<drawing');
  });

  it('the chart part follows the schema order (CT_ChartSpace, CT_Chart, CT_BarChart, CT_BarSer) and references the cells', () => {
    const xml = chartXml(MARGIN_CHART);
    expect(childOrder(xml, ['c:chartSpace'])).toEqual(['c:date1904', 'c:lang', 'c:roundedCorners', 'c:chart']);
    expect(childOrder(xml, ['c:chartSpace', 'c:chart'])).toEqual(['c:title', 'c:autoTitleDeleted', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs']);
    expect(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea'])).toEqual(['c:layout', 'c:barChart', 'c:lineChart', 'c:catAx', 'c:valAx']);
    expect(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart'])).toEqual(['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:ser', 'c:gapWidth', 'c:axId', 'c:axId']);
    expect(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart', 'c:ser'])).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:cat', 'c:val']);
    expect(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:lineChart', 'c:ser'])).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:cat', 'c:val', 'c:smooth']);
    expect(xml).toContain("<c:f>'Marge'!$A$2:$A$4</c:f>");
    expect(xml).toContain("<c:f>'Marge'!$D$2:$D$4</c:f>");
    expect(xml).toContain('<a:t>Omzet, kosten &amp; marge per week</a:t>');
    expect(xml).toContain('<c:pt idx="1"><c:v>1100</c:v></c:pt>');
  });

  it('the workbook with the chart opens again in exceljs with its data intact', async () => {
    const bytes = await xlsxBuffer(marginSheet, { fixedTime: FIXED, charts: [MARGIN_CHART] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Marge', 'Tweede blad']);
    expect(wb.getWorksheet('Marge')!.getCell('B3').value).toBe(1100);
  });

  it('a sheet name with a quote is escaped in references; an unknown sheet or a sheet that already has a drawing is refused', async () => {
    expect(chartXml({ ...MARGIN_CHART, sheet: "Jan's marge" })).toContain("<c:f>'Jan''s marge'!$A$2:$A$4</c:f>");
    const zip = await JSZip.loadAsync(await xlsxBuffer(marginSheet, { fixedTime: FIXED }));
    await expect(addCharts(zip, [{ ...MARGIN_CHART, sheet: 'Bestaat niet' }])).rejects.toThrow(/no sheet named "Bestaat niet"/);
    expect(() => insertDrawingElement('<worksheet><drawing r:id="rId1"/></worksheet>', 'rId2')).toThrow(/already has a drawing/);
  });
});

describe('xlsx: highlighting cells of findings', () => {
  it('fills a cell by its worst severity and keeps every message as the cell note', async () => {
    const bytes = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('Uren');
      writeRows(ws, [['Datum', 'Status'], ['2-3-2026', 'Ingediend']]);
      highlightCells(ws, [
        { address: 'B2', severity: 'warning', note: 'Nog niet goedgekeurd' },
        { address: 'B2', severity: 'error', note: 'Deadline verstreken' },
        { address: 'A2', severity: 'info' },
      ]);
    }, { fixedTime: FIXED });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Uren')!;
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(JSON.stringify(ws.getCell('B2').note)).toContain('Nog niet goedgekeurd');
    expect(JSON.stringify(ws.getCell('B2').note)).toContain('Deadline verstreken');
    expect(ws.getCell('B2').value).toBe('Ingediend');
  });
});
