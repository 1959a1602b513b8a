/**
 * Bundled (IIFE) and injected before any page script in taskpane.html tests: a fake `Office`
 * (onReady, HostType, context.displayLanguage, context.requirements) and `Excel.run` backed by the
 * strict Excel.run double over a workbook: `window.__BO_WORKBOOK__` when a test puts one there
 * first (the example workbook), else the preview's in-code sample. Exposes the model and sync
 * counts as window.__fakeExcel for assertions.
 */
import { WorkbookModel, type WorkbookSnapshot } from '../../addin/office/fake/model.js';
import { createFakeExcel } from '../../addin/office/test/fake-excel.js';
import { sampleWorkbook } from '../../addin/preview/sample-workbook.js';

const given = (globalThis as { __BO_WORKBOOK__?: WorkbookSnapshot }).__BO_WORKBOOK__;
const model = WorkbookModel.fromSnapshot(given ?? sampleWorkbook);
const excel = createFakeExcel(model);
const params = new URLSearchParams(location.search);
const displayLanguage = params.get('officeLang') ?? 'en-US';
/** Highest ExcelApi set the fake host supports (?excelApi=1.4 plays an old Excel). */
const excelApi = params.get('excelApi') ?? '1.17';
const minor = (v: string) => Number(v.split('.')[1] ?? 0);
const info = { host: 'Excel', platform: 'OfficeOnline' };

Object.assign(globalThis, {
  __fakeExcel: { model, stats: excel.stats },
  Excel: { run: excel.run },
  Office: {
    HostType: { Excel: 'Excel', Word: 'Word' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && minor(version ?? '1.1') <= minor(excelApi),
      },
    },
    onReady(callback?: (i: typeof info) => void) {
      callback?.(info);
      return Promise.resolve(info);
    },
  },
});
