/**
 * Entry of preview.js: the task pane outside Excel, on a FakeWorkbook, next to a view of that
 * workbook. No office.js. The workbook is examples/agency-week.xlsx converted at build time when
 * it exists (build-taskpane.mjs), else the in-code sample.
 * ?lang=nl|en stands in for Office's display language (default: the browser's).
 */
import '../taskpane/no-eval.js';
import { createRoot } from 'react-dom/client';
import { StrictMode, useEffect, useState } from 'react';
import { FakeWorkbook } from '../office/fake-workbook.js';
import { App } from '../taskpane/App.js';
import { languageOf } from '../taskpane/i18n/language.js';
import { sampleWorkbook } from './sample-workbook.js';
import { SheetView } from './SheetView.js';

const embedded = typeof __PREVIEW_WORKBOOK__ !== 'undefined' ? __PREVIEW_WORKBOOK__ : null;
const workbook = FakeWorkbook.fromSnapshot(embedded ?? sampleWorkbook, { latencyMs: 30 });
const displayLanguage = new URLSearchParams(location.search).get('lang') ?? navigator.language;

// For browser tests and curious developers: the fake workbook behind the preview.
(globalThis as { __backofficerPreview?: unknown }).__backofficerPreview = { workbook };

function Preview() {
  // The sheet view follows the pane's language (html lang is set by the pane).
  const [lang, setLang] = useState(languageOf(displayLanguage));
  useEffect(() => {
    const observer = new MutationObserver(() => setLang(languageOf(document.documentElement.lang)));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, []);
  return (
    <div className="preview">
      <div className="pane" data-testid="pane">
        <App port={workbook} host="preview" displayLanguage={displayLanguage} />
      </div>
      <div className="workbook" aria-label={lang === 'nl' ? 'Voorbeeldwerkmap' : 'Sample workbook'}>
        <SheetView model={workbook.model} lang={lang} />
      </div>
    </div>
  );
}

const element = document.getElementById('root');
if (element) {
  createRoot(element).render(
    <StrictMode>
      <Preview />
    </StrictMode>,
  );
}
