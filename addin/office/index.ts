/** addin/office: the workbook as the task pane sees it (WorkbookPort) and its implementations. */
export * from './port.js';
export * from './address.js';
export * from './errors.js';
export { cellOf } from './shared.js';
export { FakeWorkbook, type FakeOperation, type FakeWorkbookOptions } from './fake-workbook.js';
export { WorkbookModel, type WorkbookSnapshot } from './fake/model.js';
