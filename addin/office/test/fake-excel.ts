/**
 * A test double of Excel.run over a WorkbookModel, strict where office.js is strict:
 * - commands are queued and run only at context.sync(), in order;
 * - reading a property that was not loaded and synced throws office.js's PropertyNotLoaded text;
 * - `isNullObject` is readable only after a sync; getItem of something missing fails the sync
 *   with ItemNotFound; writing values of the wrong shape fails with InvalidArgument;
 * - a batch that ends with commands never synced fails (our code must sync what it queues).
 * It counts runs and syncs so tests can check "one sync per step" and chunking.
 * Only the part of the object model that ExcelWorkbook uses is modelled.
 */
import { MAX_COLUMN, MAX_ROW, blockToA1, parseA1, qualify, type Block } from '../address.js';
import type { CellValue } from '../port.js';
import type { ChartModel, CustomXmlPartModel, SheetModel, WorkbookModel } from '../fake/model.js';

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'OfficeExtension.Error';
  }
}

const notLoaded = (name: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

class FakeContext {
  private queue: { op: () => void; passive: boolean }[] = [];
  syncs = 0;
  readonly workbook: FakeWorkbookApi;

  constructor(readonly model: WorkbookModel, private readonly stats: FakeExcelStats) {
    this.workbook = new FakeWorkbookApi(this);
  }

  /** `passive`: only resolves a proxy (for isNullObject / ItemNotFound), changes nothing. */
  enqueue(op: () => void, passive = false): void {
    this.queue.push({ op, passive });
  }

  /** Commands (loads, writes) waiting for a sync. */
  get pending(): number {
    return this.queue.filter((q) => !q.passive).length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    for (const { op } of ops) op();
  }
}

type Resolver<T> = () => T | null;

/** A proxy whose target is found when its commands run (at sync), as in office.js. */
abstract class FakeObject<T> {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeContext, protected readonly resolve: Resolver<T>, missing?: () => Error) {
    ctx.enqueue(() => {
      const target = resolve();
      if (target === null && missing) throw missing();
      this.nullState = target === null;
    }, !missing);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** The target inside a command; a command on a null object is a bug in the caller. */
  protected target(): T {
    const t = this.resolve();
    if (t === null) throw new FakeOfficeError('InvalidOperation', 'command on a null object');
    return t;
  }

  protected abstract read(target: T, name: string): unknown;

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (t === null) return;
      for (const n of names) this.loaded.set(n, this.read(t, n));
    });
    return this;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }
}

/** Collections: load('items/a,items/b') snapshots the items with those properties loaded. */
abstract class FakeCollection<T, P extends FakeObject<unknown>> {
  private snapshot: P[] | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  protected abstract list(): T[];
  protected abstract wrap(item: T): P;

  load(props?: string): this {
    const names = (props ?? '').split(',').map((p) => p.trim().replace(/^items\//, '')).filter(Boolean);
    this.ctx.enqueue(() => {
      this.snapshot = this.list().map((item) => {
        const proxy = this.wrap(item);
        const loaded = (proxy as unknown as { loaded: Map<string, unknown>; read(t: T, n: string): unknown });
        for (const n of names) loaded.loaded.set(n, loaded.read(item, n));
        return proxy;
      });
    });
    return this;
  }

  get items(): P[] {
    if (!this.snapshot) throw notLoaded('items');
    return this.snapshot;
  }
}

interface RangeTarget {
  sheet: SheetModel;
  block: Block;
}

const WHOLE_SHEET: Block = { row: 0, column: 0, rowCount: MAX_ROW + 1, columnCount: MAX_COLUMN + 1 };

class FakeFill extends FakeObject<RangeTarget> {
  protected read(t: RangeTarget, name: string): unknown {
    if (name === 'color') return this.ctx.model.fillOf(t.sheet, t.block);
    throw new FakeOfficeError('InvalidArgument', `fill.${name} is not modelled`);
  }
  get color(): string {
    return this.prop('color');
  }
  set color(value: string) {
    this.ctx.enqueue(() => {
      const t = this.target();
      this.ctx.model.setFill(t.sheet, t.block, value);
    });
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      this.ctx.model.setFill(t.sheet, t.block, null);
    });
  }
}

class FakeFont {
  constructor(private readonly ctx: FakeContext, private readonly resolve: Resolver<RangeTarget>) {}
  set bold(value: boolean) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (t) this.ctx.model.setBold(t.sheet, t.block, value);
    });
  }
}

class FakeRangeFormat {
  readonly fill: FakeFill;
  readonly font: FakeFont;
  autofits = 0;
  constructor(private readonly ctx: FakeContext, resolve: Resolver<RangeTarget>) {
    this.fill = new FakeFill(ctx, resolve);
    this.font = new FakeFont(ctx, resolve);
  }
  autofitColumns(): void {
    this.ctx.enqueue(() => {
      this.autofits++;
    });
  }
}

function checkShape(values: unknown, b: Block, what: string): asserts values is unknown[][] {
  const ok = Array.isArray(values) && values.length === b.rowCount &&
    values.every((r) => Array.isArray(r) && r.length === b.columnCount);
  if (!ok) {
    throw new FakeOfficeError('InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
}

class FakeRange extends FakeObject<RangeTarget> {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeContext, resolve: Resolver<RangeTarget>, missing?: () => Error) {
    super(ctx, resolve, missing);
    this.format = new FakeRangeFormat(ctx, resolve);
  }

  protected read(t: RangeTarget, name: string): unknown {
    const m = this.ctx.model;
    switch (name) {
      case 'address': return qualify(t.sheet.name, blockToA1(t.block));
      case 'rowIndex': return t.block.row;
      case 'columnIndex': return t.block.column;
      case 'rowCount': return t.block.rowCount;
      case 'columnCount': return t.block.columnCount;
      case 'values': return m.readValues(t.sheet, t.block);
      case 'numberFormat': return m.readNumberFormats(t.sheet, t.block);
      default: throw new FakeOfficeError('InvalidArgument', `range.${name} is not modelled`);
    }
  }

  get address(): string { return this.prop('address'); }
  get rowIndex(): number { return this.prop('rowIndex'); }
  get columnIndex(): number { return this.prop('columnIndex'); }
  get rowCount(): number { return this.prop('rowCount'); }
  get columnCount(): number { return this.prop('columnCount'); }
  get values(): CellValue[][] { return this.prop('values'); }
  get numberFormat(): string[][] { return this.prop('numberFormat'); }

  set values(values: CellValue[][]) {
    const copy = values.map((r) => [...r]);
    this.ctx.enqueue(() => {
      const t = this.target();
      checkShape(copy, t.block, 'values');
      this.ctx.model.writeValues(t.sheet, t.block, copy);
    });
  }

  set numberFormat(formats: string[][]) {
    const copy = formats.map((r) => [...r]);
    this.ctx.enqueue(() => {
      const t = this.target();
      checkShape(copy, t.block, 'numberFormat');
      this.ctx.model.writeNumberFormats(t.sheet, t.block, copy);
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.resolve()?.sheet ?? null);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      const b = t && this.ctx.model.usedWithin(t.sheet, t.block, valuesOnly);
      return t && b ? { sheet: t.sheet, block: b } : null;
    });
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      this.ctx.model.clear(t.sheet, t.block === WHOLE_SHEET ? undefined : t.block);
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      this.ctx.model.select(t.sheet, blockToA1(t.block));
    });
  }
}

class FakeChart extends FakeObject<{ sheet: SheetModel; chart: ChartModel }> {
  readonly title: { text: string };

  constructor(ctx: FakeContext, resolve: Resolver<{ sheet: SheetModel; chart: ChartModel }>) {
    super(ctx, resolve);
    const self = this;
    this.title = {
      set text(value: string) {
        ctx.enqueue(() => { self.target().chart.title = value; });
      },
      get text(): string { throw notLoaded('title/text'); },
    };
  }

  protected read(t: { chart: ChartModel }, name: string): unknown {
    if (name === 'name') return t.chart.name;
    throw new FakeOfficeError('InvalidArgument', `chart.${name} is not modelled`);
  }

  set name(value: string) {
    this.ctx.enqueue(() => { this.target().chart.name = value; });
  }
  get name(): string { return this.prop('name'); }

  setPosition(from: string, to?: string): void {
    this.ctx.enqueue(() => { this.target().chart.position = to === undefined ? { from } : { from, to }; });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { sheet, chart } = this.target();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

class FakeChartCollection {
  constructor(private readonly ctx: FakeContext, private readonly sheet: Resolver<SheetModel>) {}

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.ctx, () => {
      const sheet = this.sheet();
      const chart = sheet?.charts.find((c) => c.name === name);
      return sheet && chart ? { sheet, chart } : null;
    });
  }

  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    let created: { sheet: SheetModel; chart: ChartModel } | null = null;
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      const range = (source as unknown as { resolve: Resolver<RangeTarget> }).resolve();
      if (!sheet || !range) throw new FakeOfficeError('ItemNotFound', 'chart source not found');
      const chart: ChartModel = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: blockToA1(range.block),
        seriesBy: (seriesBy ?? 'Auto') as ChartModel['seriesBy'],
        title: '',
      };
      sheet.charts.push(chart);
      this.ctx.model.changed();
      created = { sheet, chart };
    });
    return new FakeChart(this.ctx, () => created);
  }
}

class FakeWorksheet extends FakeObject<SheetModel> {
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  readonly charts: FakeChartCollection;

  constructor(ctx: FakeContext, resolve: Resolver<SheetModel>, missing?: () => Error) {
    super(ctx, resolve, missing);
    this.freezePanes = {
      freezeRows: (count = 1) => ctx.enqueue(() => { this.target().frozenRows = count; }),
      unfreeze: () => ctx.enqueue(() => { this.target().frozenRows = 0; }),
    };
    this.charts = new FakeChartCollection(ctx, resolve);
  }

  protected read(t: SheetModel, name: string): unknown {
    if (name === 'name') return t.name;
    if (name === 'visibility') return t.visibility;
    throw new FakeOfficeError('InvalidArgument', `worksheet.${name} is not modelled`);
  }

  get name(): string { return this.prop('name'); }
  get visibility(): string { return this.prop('visibility'); }

  getRange(address?: string): FakeRange {
    const block = address === undefined ? WHOLE_SHEET : parseA1(address);
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return sheet ? { sheet, block } : null;
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'empty range');
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return sheet ? { sheet, block: { row, column, rowCount, columnCount } } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      const b = sheet && this.ctx.model.usedBlock(sheet, valuesOnly);
      return sheet && b ? { sheet, block: b } : null;
    });
  }

  activate(): void {
    this.ctx.enqueue(() => this.ctx.model.select(this.target(), 'A1'));
  }
}

class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  protected list(): SheetModel[] { return this.ctx.model.sheets; }
  protected wrap(item: SheetModel): FakeWorksheet { return new FakeWorksheet(this.ctx, () => item); }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null,
      () => new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (worksheet ${name})`));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (this.ctx.model.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
      this.ctx.model.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null);
  }
}

interface TableTarget {
  name: string;
  sheet: SheetModel;
  block: Block;
}

class FakeTable extends FakeObject<TableTarget> {
  protected read(t: TableTarget, name: string): unknown {
    if (name === 'name') return t.name;
    throw new FakeOfficeError('InvalidArgument', `table.${name} is not modelled`);
  }
  get name(): string { return this.prop('name'); }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.resolve()?.sheet ?? null);
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.resolve());
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, block: { ...t.block, rowCount: 1 } } : null;
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, block: { ...t.block, row: t.block.row + 1, rowCount: t.block.rowCount - 1 } } : null;
    });
  }
}

class FakeTableCollection extends FakeCollection<TableTarget, FakeTable> {
  protected list(): TableTarget[] {
    return this.ctx.model.tables.flatMap((t) => {
      const sheet = this.ctx.model.sheet(t.sheet);
      return sheet ? [{ name: t.name, sheet, block: parseA1(t.address) }] : [];
    });
  }
  protected wrap(item: TableTarget): FakeTable { return new FakeTable(this.ctx, () => item); }

  private find(name: string): TableTarget | null {
    return this.list().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.find(name),
      () => new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (table ${name})`));
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.find(name));
  }
}

class FakeXmlPart extends FakeObject<CustomXmlPartModel> {
  protected read(t: CustomXmlPartModel, name: string): unknown {
    if (name === 'id') return t.id;
    if (name === 'namespaceUri') return t.namespace;
    throw new FakeOfficeError('InvalidArgument', `customXmlPart.${name} is not modelled`);
  }
  get id(): string { return this.prop('id'); }
  getXml(): { readonly value: string } {
    let value: string | undefined;
    this.ctx.enqueue(() => { value = this.target().xml; });
    return {
      get value(): string {
        if (value === undefined) throw notLoaded('value');
        return value;
      },
    };
  }
  setXml(xml: string): void {
    this.ctx.enqueue(() => this.ctx.model.setPartXml(this.target(), xml));
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.model.deletePart(this.target()));
  }
}

class FakeXmlPartScoped extends FakeCollection<CustomXmlPartModel, FakeXmlPart> {
  constructor(ctx: FakeContext, private readonly namespace: string) { super(ctx); }
  protected list(): CustomXmlPartModel[] { return this.ctx.model.partsByNamespace(this.namespace); }
  protected wrap(item: CustomXmlPartModel): FakeXmlPart { return new FakeXmlPart(this.ctx, () => item); }
  getOnlyItemOrNullObject(): FakeXmlPart {
    return new FakeXmlPart(this.ctx, () => {
      const parts = this.list();
      if (parts.length > 1) throw new FakeOfficeError('InvalidOperation', 'more than one part');
      return parts[0] ?? null;
    });
  }
}

class FakeWorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly customXmlParts: {
    getByNamespace(ns: string): FakeXmlPartScoped;
    add(xml: string): FakeXmlPart;
  };

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.customXmlParts = {
      getByNamespace: (ns) => new FakeXmlPartScoped(ctx, ns),
      add: (xml) => {
        let created: CustomXmlPartModel | null = null;
        ctx.enqueue(() => { created = ctx.model.addPart(xml); });
        return new FakeXmlPart(ctx, () => created);
      },
    };
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.model.selection;
      const sheet = this.ctx.model.sheet(sel.sheet);
      return sheet ? { sheet, block: parseA1(sel.address) } : null;
    });
  }
}

export interface FakeExcelStats {
  runs: number;
  syncs: number;
  /** Syncs of each Excel.run batch, in order. */
  syncsPerRun: number[];
}

export interface FakeExcel {
  /** Drop-in for Excel.run (pass to `new ExcelWorkbook(fake.run)`). */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  stats: FakeExcelStats;
}

export function createFakeExcel(model: WorkbookModel): FakeExcel {
  const stats: FakeExcelStats = { runs: 0, syncs: 0, syncsPerRun: [] };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    stats.runs++;
    const ctx = new FakeContext(model, stats);
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.pending > 0) {
        throw new FakeOfficeError('FakeExcel', `${ctx.pending} command(s) queued after the last context.sync()`);
      }
      return result;
    } finally {
      stats.syncsPerRun.push(ctx.syncs);
    }
  };
  return { run, stats };
}
