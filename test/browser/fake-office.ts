/**
 * Bundled (IIFE) and injected before any page script in taskpane.html tests: a fake `Office`
 * (onReady, HostType, context.displayLanguage) and `Excel.run` backed by the strict Excel.run
 * double over the preview's sample workbook. Exposes the model and sync counts as
 * window.__fakeExcel for assertions.
 */
import { WorkbookModel } from '../../addin/office/fake/model.js';
import { createFakeExcel } from '../../addin/office/test/fake-excel.js';
import { sampleWorkbook } from '../../addin/preview/sample-workbook.js';

const model = WorkbookModel.fromSnapshot(sampleWorkbook);
const excel = createFakeExcel(model);
const displayLanguage = new URLSearchParams(location.search).get('officeLang') ?? 'en-US';
const info = { host: 'Excel', platform: 'OfficeOnline' };

Object.assign(globalThis, {
  __fakeExcel: { model, stats: excel.stats },
  Excel: { run: excel.run },
  Office: {
    HostType: { Excel: 'Excel', Word: 'Word' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: { displayLanguage },
    onReady(callback?: (i: typeof info) => void) {
      callback?.(info);
      return Promise.resolve(info);
    },
  },
});
