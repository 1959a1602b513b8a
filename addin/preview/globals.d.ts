import type { WorkbookSnapshot } from '../office/fake/model.js';

declare global {
  /** Set by build-taskpane.mjs: examples/agency-week.xlsx as sheet values, or null (use the sample). */
  const __PREVIEW_WORKBOOK__: WorkbookSnapshot | null;
}
