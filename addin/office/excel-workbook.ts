/// <reference types="office-js" />
/**
 * WorkbookPort over Excel.run: the only code of the add-in that touches Excel.* APIs.
 * Each method is one Excel.run batch; large reads and writes go in chunks of CHUNK_CELLS with one
 * context.sync() per chunk (Excel on the web caps a request at 5 MB).
 * Needs ExcelApi 1.5 (custom XML parts); everything else is 1.1–1.4.
 */
import { blockToA1, parseA1, sheetNameProblem, splitQualified, type Block } from './address.js';
import { toExcelInput } from './cell-input.js';
import { workbookErrors } from './errors.js';
import {
  HIGHLIGHTS_KEY, dedupeMarks, marksNeedingPrevious, mergeRecords, readRecords, restoreStep,
  type HighlightRecord,
} from './highlights.js';
import type {
  CellMark, CellRef, CellValue, ChartSpec, RangeData, RangeSource, ReadOptions, SheetContent,
  SheetInfo, TableInfo, WorkbookPort,
} from './port.js';
import { SETTINGS_NAMESPACE, settingsFromXml, settingsToXml, type SettingsData } from './settings-xml.js';
import {
  CHART_TYPE, CHUNK_RANGES, HEADER_FILL, SERIES_BY, chunkRows, chunks, padRows, sheetRead,
} from './shared.js';

/** Excel.run, injectable so tests can pass a double of the request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

function safeParse(address: string): Block {
  try {
    return parseA1(address);
  } catch {
    throw workbookErrors.addressInvalid(address);
  }
}

/** The settings part and its data, loaded within a batch (two syncs). */
interface LoadedSettings {
  part: Excel.CustomXmlPart | undefined;
  data: SettingsData;
}

async function loadSettings(context: Excel.RequestContext): Promise<LoadedSettings> {
  const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  const part = parts.items[0];
  if (!part) return { part: undefined, data: {} };
  const xml = part.getXml();
  await context.sync();
  return { part, data: settingsFromXml(xml.value) };
}

/** Queues the write of the settings; the caller syncs. */
function queueSaveSettings(context: Excel.RequestContext, loaded: LoadedSettings, data: SettingsData): void {
  const xml = settingsToXml(data);
  if (loaded.part) loaded.part.setXml(xml);
  else context.workbook.customXmlParts.add(xml);
}

async function sheetOrThrow(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject) throw workbookErrors.sheetNotFound(name);
  return sheet;
}

export class ExcelWorkbook implements WorkbookPort {
  constructor(private readonly run: ExcelRun = defaultRun) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
    });
  }

  listTables(): Promise<TableInfo[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      const parts = tables.items.map((t) => {
        const sheet = t.worksheet.load('name');
        const range = t.getRange().load('address');
        const header = t.getHeaderRowRange().load('values');
        const body = t.getDataBodyRange().load('rowCount');
        return { t, sheet, range, header, body };
      });
      await context.sync();
      return parts.map(({ t, sheet, range, header, body }) => ({
        name: t.name,
        sheet: sheet.name,
        address: splitQualified(range.address).address,
        columns: (header.values[0] ?? []).map(String),
        rowCount: body.rowCount,
      }));
    });
  }

  read(source: RangeSource, options: ReadOptions = {}): Promise<RangeData> {
    return this.run(async (context) => {
      // Step 1: where is the block (address and size only, never the values of an unknown size).
      let range: Excel.Range;
      let shown: { range: Excel.Range; sheet: Excel.Worksheet } | undefined;
      switch (source.kind) {
        case 'selection': {
          const selected = context.workbook.getSelectedRange();
          shown = { range: selected.load('address'), sheet: selected.worksheet.load('name') };
          range = selected.getUsedRangeOrNullObject(true);
          break;
        }
        case 'table': {
          const table = context.workbook.tables.getItemOrNullObject(source.name);
          await context.sync();
          if (table.isNullObject) throw workbookErrors.tableNotFound(source.name);
          range = table.getRange();
          break;
        }
        case 'usedRange': {
          const sheet = await sheetOrThrow(context, source.sheet);
          shown = { range: sheet.getRange('A1').load('address'), sheet };
          range = sheet.getUsedRangeOrNullObject(true);
          break;
        }
        case 'address': {
          const block = safeParse(source.address);
          range = (await sheetOrThrow(context, source.sheet)).getRangeByIndexes(
            block.row, block.column, block.rowCount, block.columnCount);
          break;
        }
      }
      range.load('address,rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (range.isNullObject) {
        // Nothing but blanks: report the selection (or A1 of the empty sheet) with no values.
        const address = shown ? splitQualified(shown.range.address).address : 'A1';
        return { sheet: shown?.sheet.name ?? '', address, row: 0, column: 0, values: [] };
      }
      const worksheet = range.worksheet;
      worksheet.load('name');
      const block: Block = {
        row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount,
      };
      // Step 2..n: the values, one sync per chunk of rows (the first also brings the sheet name).
      const values: CellValue[][] = [];
      const formats: string[][] = [];
      for (const chunk of chunkRows(block.rowCount, block.columnCount)) {
        const part = worksheet.getRangeByIndexes(block.row + chunk.start, block.column, chunk.count, block.columnCount);
        part.load(options.numberFormat ? 'values,numberFormat' : 'values');
        await context.sync();
        for (const row of part.values) values.push(row as CellValue[]);
        if (options.numberFormat) for (const row of part.numberFormat) formats.push(row.map(String));
      }
      return sheetRead(worksheet.name, block, values, options.numberFormat ? formats : undefined);
    });
  }

  writeSheet(name: string, content: SheetContent): Promise<CellRef> {
    const problem = sheetNameProblem(name);
    if (problem) return Promise.reject(workbookErrors.sheetNameInvalid(name, problem));
    return this.run(async (context) => {
      let sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) {
        sheet = context.workbook.worksheets.add(name);
      } else {
        sheet.getRange().clear();
        sheet.freezePanes.unfreeze();
      }
      sheet.load('name');
      const rows = padRows(content.rows);
      const width = rows[0]?.length ?? 0;
      const headerRows = Math.min(content.headerRows ?? 1, rows.length);
      for (const chunk of chunkRows(rows.length, width)) {
        const part = sheet.getRangeByIndexes(chunk.start, 0, chunk.count, width);
        const slice = rows.slice(chunk.start, chunk.start + chunk.count);
        part.values = slice.map((r) => r.map(toExcelInput));
        if (content.columnFormats) {
          const formats = content.columnFormats;
          part.numberFormat = slice.map((_, i) =>
            Array.from({ length: width }, (_, c) =>
              chunk.start + i < headerRows ? 'General' : (formats[c] ?? 'General')));
        }
        await context.sync();
      }
      if (headerRows > 0 && width > 0) {
        const header = sheet.getRangeByIndexes(0, 0, headerRows, width);
        header.format.font.bold = true;
        header.format.fill.color = HEADER_FILL;
        sheet.freezePanes.freezeRows(headerRows);
      }
      if (width > 0 && rows.length > 0) sheet.getRangeByIndexes(0, 0, rows.length, width).format.autofitColumns();
      if (content.activate) {
        sheet.activate();
        sheet.getRange('A1').select();
      }
      await context.sync();
      return { sheet: sheet.name, address: width > 0 && rows.length > 0 ? blockToA1({ row: 0, column: 0, rowCount: rows.length, columnCount: width }) : 'A1' };
    });
  }

  highlight(marks: CellMark[]): Promise<void> {
    const unique = dedupeMarks(marks);
    for (const m of unique) safeParse(m.address);
    return this.run(async (context) => {
      const settings = await loadSettings(context);
      const existing = readRecords(settings.data[HIGHLIGHTS_KEY]);
      await this.checkSheets(context, unique.map((m) => m.sheet));
      // Fill before our first highlight of each cell, so clearHighlights can put it back.
      const previous = new Map<CellMark, string | null>();
      for (const batch of chunks(marksNeedingPrevious(existing, unique))) {
        const fills = batch.map((m) => {
          const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.address).format.fill;
          fill.load('color');
          return fill;
        });
        await context.sync();
        batch.forEach((m, i) => previous.set(m, fills[i]!.color ?? null));
      }
      for (const batch of chunks(unique)) {
        for (const m of batch) context.workbook.worksheets.getItem(m.sheet).getRange(m.address).format.fill.color = m.color;
        await context.sync();
      }
      const records = mergeRecords(existing, unique, (m) => previous.get(m) ?? null);
      queueSaveSettings(context, settings, { ...settings.data, [HIGHLIGHTS_KEY]: records });
      await context.sync();
    });
  }

  clearHighlights(): Promise<number> {
    return this.run(async (context) => {
      const settings = await loadSettings(context);
      const records = readRecords(settings.data[HIGHLIGHTS_KEY]);
      if (records.length === 0 && !(HIGHLIGHTS_KEY in settings.data)) return 0;
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const alive = records.filter((r) => present.has(r.sheet.toLowerCase()));
      let restored = 0;
      for (const batch of chunks<HighlightRecord>(alive)) {
        const fills = batch.map((r) => {
          const fill = context.workbook.worksheets.getItem(r.sheet).getRange(r.address).format.fill;
          fill.load('color');
          return fill;
        });
        await context.sync();
        batch.forEach((r, i) => {
          const step = restoreStep(r, fills[i]!.color ?? null);
          if (step.action === 'skip') return;
          if (step.action === 'clear') fills[i]!.clear();
          else fills[i]!.color = step.color;
          restored++;
        });
        await context.sync();
      }
      const rest = { ...settings.data };
      delete rest[HIGHLIGHTS_KEY];
      queueSaveSettings(context, settings, rest);
      await context.sync();
      return restored;
    });
  }

  addChart(spec: ChartSpec): Promise<void> {
    const source = safeParse(spec.source);
    return this.run(async (context) => {
      const sheet = await sheetOrThrow(context, spec.sheet);
      const old = sheet.charts.getItemOrNullObject(spec.name);
      await context.sync();
      if (!old.isNullObject) old.delete();
      const chart = sheet.charts.add(
        CHART_TYPE[spec.kind],
        sheet.getRangeByIndexes(source.row, source.column, source.rowCount, source.columnCount),
        SERIES_BY[spec.seriesBy ?? 'columns'],
      );
      chart.name = spec.name;
      chart.title.text = spec.title;
      if (spec.position) chart.setPosition(spec.position.from, spec.position.to);
      await context.sync();
    });
  }

  select(ref: CellRef): Promise<void> {
    const block = safeParse(ref.address);
    return this.run(async (context) => {
      const sheet = await sheetOrThrow(context, ref.sheet);
      sheet.activate();
      sheet.getRange(blockToA1(block)).select();
      await context.sync();
    });
  }

  getSetting<T = unknown>(key: string): Promise<T | undefined> {
    return this.run(async (context) => (await loadSettings(context)).data[key] as T | undefined);
  }

  setSetting(key: string, value: unknown): Promise<void> {
    return this.run(async (context) => {
      const settings = await loadSettings(context);
      const data = { ...settings.data };
      if (value === undefined) delete data[key];
      else data[key] = JSON.parse(JSON.stringify(value)) as unknown;
      queueSaveSettings(context, settings, data);
      await context.sync();
    });
  }

  /** One sync: every sheet named must exist (a clear error instead of Excel's ItemNotFound). */
  private async checkSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
    const unique = [...new Set(names.map((n) => n.toLowerCase()))];
    if (unique.length === 0) return;
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const missing = names.find((n) => !present.has(n.toLowerCase()));
    if (missing !== undefined) throw workbookErrors.sheetNotFound(missing);
  }
}
