/**
 * WorkbookPort in memory: backs the unit tests and the browser preview. Behaves like
 * `ExcelWorkbook` on the same cells (a shared contract test checks this) and records what the
 * pane did (`operations`), so tests can assert writes, highlights, charts and selection.
 */
import { blockToA1, parseA1, sheetNameProblem, toA1, type Block } from './address.js';
import { toExcelInput } from './cell-input.js';
import { workbookErrors } from './errors.js';
import { WorkbookModel, cellOfKey, type SheetModel, type WorkbookSnapshot } from './fake/model.js';
import {
  HIGHLIGHTS_KEY, dedupeMarks, marksNeedingPrevious, mergeRecords, readRecords, restoreStep,
} from './highlights.js';
import {
  CHART_TYPE, HEADER_FILL, SERIES_BY, chunkRows, padRows, sheetRead,
} from './shared.js';
import type {
  CellMark, CellRef, ChartSpec, RangeData, RangeSource, ReadOptions, SheetContent, SheetInfo,
  TableInfo, WorkbookPort,
} from './port.js';
import { SETTINGS_NAMESPACE, settingsFromXml, settingsToXml, type SettingsData } from './settings-xml.js';

export type FakeOperation =
  | { kind: 'writeSheet'; sheet: string; address: string; rows: number }
  | { kind: 'highlight'; marks: CellMark[] }
  | { kind: 'clearHighlights'; restored: number }
  | { kind: 'addChart'; spec: ChartSpec }
  | { kind: 'select'; ref: CellRef }
  | { kind: 'setSetting'; key: string };

export interface FakeWorkbookOptions {
  /** Milliseconds each call waits, to make the preview feel like a real workbook round trip. */
  latencyMs?: number;
}

function safeParse(address: string): Block {
  try {
    return parseA1(address);
  } catch {
    throw workbookErrors.addressInvalid(address);
  }
}

export class FakeWorkbook implements WorkbookPort {
  readonly operations: FakeOperation[] = [];

  constructor(readonly model: WorkbookModel = new WorkbookModel(), private readonly options: FakeWorkbookOptions = {}) {}

  static fromSnapshot(snapshot: WorkbookSnapshot, options?: FakeWorkbookOptions): FakeWorkbook {
    return new FakeWorkbook(WorkbookModel.fromSnapshot(snapshot), options);
  }

  /** Values of a sheet's used range (for assertions), [] for an empty sheet. */
  values(sheetName: string): RangeData['values'] {
    const sheet = this.sheetOrThrow(sheetName);
    const used = this.model.usedBlock(sheet, true);
    return used ? this.model.readValues(sheet, used) : [];
  }

  /** Cells that carry a fill, as { "B7": "#FFC7CE" }. */
  fills(sheetName: string): Record<string, string> {
    const out: Record<string, string> = {};
    const sheet = this.sheetOrThrow(sheetName);
    for (const [k, cell] of sheet.cells) {
      if (!cell.fill) continue;
      const { row, column } = cellOfKey(k);
      out[toA1(row, column)] = cell.fill;
    }
    return out;
  }

  get selection(): CellRef {
    return { ...this.model.selection };
  }

  private async tick(): Promise<void> {
    const ms = this.options.latencyMs ?? 0;
    await new Promise((r) => setTimeout(r, ms));
  }

  private sheetOrThrow(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw workbookErrors.sheetNotFound(name);
    return sheet;
  }

  async listSheets(): Promise<SheetInfo[]> {
    await this.tick();
    return this.model.sheets.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
  }

  async listTables(): Promise<TableInfo[]> {
    await this.tick();
    return this.model.tables.map((t) => {
      const sheet = this.sheetOrThrow(t.sheet);
      const b = parseA1(t.address);
      const header = this.model.readValues(sheet, { ...b, rowCount: 1 })[0] ?? [];
      return {
        name: t.name,
        sheet: sheet.name,
        address: blockToA1(b),
        columns: header.map(String),
        rowCount: b.rowCount - 1,
      };
    });
  }

  async read(source: RangeSource, options: ReadOptions = {}): Promise<RangeData> {
    await this.tick();
    let sheet: SheetModel;
    let block: Block | null;
    let shown: string;
    switch (source.kind) {
      case 'selection': {
        sheet = this.sheetOrThrow(this.model.selection.sheet);
        const selected = parseA1(this.model.selection.address);
        block = this.model.usedWithin(sheet, selected, true);
        shown = blockToA1(selected);
        break;
      }
      case 'table': {
        const t = this.model.tables.find((x) => x.name.toLowerCase() === source.name.toLowerCase());
        if (!t) throw workbookErrors.tableNotFound(source.name);
        sheet = this.sheetOrThrow(t.sheet);
        block = parseA1(t.address);
        shown = blockToA1(block);
        break;
      }
      case 'usedRange':
        sheet = this.sheetOrThrow(source.sheet);
        block = this.model.usedBlock(sheet, true);
        shown = 'A1';
        break;
      case 'address':
        sheet = this.sheetOrThrow(source.sheet);
        block = safeParse(source.address);
        shown = blockToA1(block);
        break;
    }
    if (!block) return { sheet: sheet.name, address: shown, row: 0, column: 0, values: [] };
    // In chunks, as ExcelWorkbook reads (one sync per chunk), giving the page a turn in between.
    const values: RangeData['values'] = [];
    const formats: string[][] = [];
    const parts = chunkRows(block.rowCount, block.columnCount);
    for (const [i, chunk] of parts.entries()) {
      if (i > 0) await new Promise((r) => setTimeout(r, 0));
      const part = { ...block, row: block.row + chunk.start, rowCount: chunk.count };
      for (const row of this.model.readValues(sheet, part)) values.push(row);
      if (options.numberFormat) for (const row of this.model.readNumberFormats(sheet, part)) formats.push(row);
    }
    return sheetRead(sheet.name, block, values, options.numberFormat ? formats : undefined);
  }

  async writeSheet(name: string, content: SheetContent): Promise<CellRef> {
    await this.tick();
    const problem = sheetNameProblem(name);
    if (problem) throw workbookErrors.sheetNameInvalid(name, problem);
    const sheet = this.model.sheet(name) ?? this.model.addSheet(name);
    this.model.clear(sheet);
    sheet.frozenRows = 0;
    const rows = padRows(content.rows);
    const width = rows[0]?.length ?? 0;
    const headerRows = Math.min(content.headerRows ?? 1, rows.length);
    for (const chunk of chunkRows(rows.length, width)) {
      const block = { row: chunk.start, column: 0, rowCount: chunk.count, columnCount: width };
      const slice = rows.slice(chunk.start, chunk.start + chunk.count);
      this.model.writeValues(sheet, block, slice.map((r) => r.map(toExcelInput)));
      if (content.columnFormats) {
        this.model.writeNumberFormats(sheet, block, slice.map((_, i) =>
          Array.from({ length: width }, (_, c) =>
            chunk.start + i < headerRows ? 'General' : (content.columnFormats![c] ?? 'General'))));
      }
    }
    if (headerRows > 0 && width > 0) {
      const header = { row: 0, column: 0, rowCount: headerRows, columnCount: width };
      this.model.setBold(sheet, header, true);
      this.model.setFill(sheet, header, HEADER_FILL);
      sheet.frozenRows = headerRows;
    }
    if (content.activate) this.model.select(sheet, 'A1');
    const address = width > 0 && rows.length > 0 ? toA1(0, 0, rows.length, width) : 'A1';
    this.operations.push({ kind: 'writeSheet', sheet: sheet.name, address, rows: rows.length });
    return { sheet: sheet.name, address };
  }

  async highlight(marks: CellMark[]): Promise<void> {
    await this.tick();
    const unique = dedupeMarks(marks);
    const targets = unique.map((m) => ({ mark: m, sheet: this.sheetOrThrow(m.sheet), block: safeParse(m.address) }));
    const settings = this.loadSettings();
    const existing = readRecords(settings[HIGHLIGHTS_KEY]);
    const fresh = new Set(marksNeedingPrevious(existing, unique));
    const previous = new Map<CellMark, string | null>();
    for (const t of targets) if (fresh.has(t.mark)) previous.set(t.mark, this.model.fillOf(t.sheet, t.block));
    for (const t of targets) this.model.setFill(t.sheet, t.block, t.mark.color);
    settings[HIGHLIGHTS_KEY] = mergeRecords(existing, unique, (m) => previous.get(m) ?? null);
    this.saveSettings(settings);
    this.operations.push({ kind: 'highlight', marks: unique });
  }

  async clearHighlights(): Promise<number> {
    await this.tick();
    const settings = this.loadSettings();
    const records = readRecords(settings[HIGHLIGHTS_KEY]);
    let restored = 0;
    for (const record of records) {
      const sheet = this.model.sheet(record.sheet);
      if (!sheet) continue;
      const block = parseA1(record.address);
      const step = restoreStep(record, this.model.fillOf(sheet, block));
      if (step.action === 'skip') continue;
      this.model.setFill(sheet, block, step.action === 'set' ? step.color : null);
      restored++;
    }
    if (records.length > 0 || HIGHLIGHTS_KEY in settings) {
      delete settings[HIGHLIGHTS_KEY];
      this.saveSettings(settings);
    }
    this.operations.push({ kind: 'clearHighlights', restored });
    return restored;
  }

  async addChart(spec: ChartSpec): Promise<void> {
    await this.tick();
    const sheet = this.sheetOrThrow(spec.sheet);
    const source = blockToA1(safeParse(spec.source));
    sheet.charts = sheet.charts.filter((c) => c.name !== spec.name);
    sheet.charts.push({
      name: spec.name,
      type: CHART_TYPE[spec.kind],
      source,
      seriesBy: SERIES_BY[spec.seriesBy ?? 'columns'],
      title: spec.title,
      ...(spec.position ? { position: { ...spec.position } } : {}),
    });
    this.model.changed();
    this.operations.push({ kind: 'addChart', spec });
  }

  async select(ref: CellRef): Promise<void> {
    await this.tick();
    const sheet = this.sheetOrThrow(ref.sheet);
    this.model.select(sheet, blockToA1(safeParse(ref.address)));
    this.operations.push({ kind: 'select', ref: { ...ref } });
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    await this.tick();
    return this.loadSettings()[key] as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.tick();
    const settings = this.loadSettings();
    if (value === undefined) delete settings[key];
    else settings[key] = JSON.parse(JSON.stringify(value)) as unknown;
    this.saveSettings(settings);
    this.operations.push({ kind: 'setSetting', key });
  }

  private loadSettings(): SettingsData {
    const part = this.model.partsByNamespace(SETTINGS_NAMESPACE)[0];
    return part ? settingsFromXml(part.xml) : {};
  }

  private saveSettings(data: SettingsData): void {
    const part = this.model.partsByNamespace(SETTINGS_NAMESPACE)[0];
    if (part) this.model.setPartXml(part, settingsToXml(data));
    else this.model.addPart(settingsToXml(data));
  }
}
