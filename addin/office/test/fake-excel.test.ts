/**
 * The Excel.run double must be as strict as office.js, or the contract test proves nothing.
 * Each case is a mistake office.js punishes (docs: "Load properties", "Call context.sync()").
 */
import { describe, expect, it } from 'vitest';
import { WorkbookModel } from '../fake/model.js';
import { createFakeExcel } from './fake-excel.js';

const model = () => WorkbookModel.fromSnapshot({ sheets: [{ name: 'Hours', values: [['a', 1], ['b', 2]] }] });

describe('Excel.run double is strict like office.js', () => {
  it('reading values without load + sync throws PropertyNotLoaded', async () => {
    const { run } = createFakeExcel(model());
    await expect(run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Hours').getRange('A1:B2');
      return r.values;
    })).rejects.toThrow(/property 'values' is not available/);
    await expect(run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Hours').getRange('A1:B2').load('values');
      return r.values; // loaded but not synced
    })).rejects.toThrow(/not available/);
  });

  it('loads see the workbook as it was at their place in the batch', async () => {
    const { run } = createFakeExcel(model());
    const [before, after] = await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Hours');
      const r1 = sheet.getRange('B1').load('values');
      sheet.getRange('B1').values = [[5]];
      const r2 = sheet.getRange('B1').load('values');
      await ctx.sync();
      return [r1.values, r2.values];
    });
    expect(before).toEqual([[1]]);
    expect(after).toEqual([[5]]);
  });

  it('commands queued after the last sync fail the batch', async () => {
    const m = model();
    const { run } = createFakeExcel(m);
    await expect(run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Hours').getRange('A1').values = [['x']];
    })).rejects.toThrow(/queued after the last context.sync/);
    expect(m.readValues(m.sheet('Hours')!, { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toEqual([['a']]);
  });

  it('getItem of a missing sheet fails the sync with ItemNotFound; getItemOrNullObject does not', async () => {
    const { run } = createFakeExcel(model());
    await expect(run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Uren');
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('Uren');
      await ctx.sync();
      return s.isNullObject;
    })).toBe(true);
  });

  it('isNullObject is unknown before a sync', async () => {
    const { run } = createFakeExcel(model());
    await expect(run(async (ctx) => ctx.workbook.worksheets.getItemOrNullObject('Hours').isNullObject))
      .rejects.toThrow(/isNullObject/);
  });

  it('values of the wrong shape fail with InvalidArgument', async () => {
    const { run } = createFakeExcel(model());
    await expect(run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Hours').getRange('A1:B2').values = [['x', 'y']];
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('counts syncs per batch', async () => {
    const fake = createFakeExcel(model());
    await fake.run(async (ctx) => { await ctx.sync(); await ctx.sync(); });
    await fake.run(async () => undefined);
    expect(fake.stats.syncsPerRun).toEqual([2, 0]);
  });
});
