/// <reference types="office-js" />
/**
 * Entry of taskpane.js, loaded by taskpane.html after office.js and functions.js (shared runtime).
 * Inside Excel the pane works on the open workbook through ExcelWorkbook; anywhere else it says
 * how to open it. Nothing here touches Excel.* directly: that is addin/office's job.
 */
import './no-eval.js';
import { ExcelWorkbook } from '../office/excel-workbook.js';
import { format, type Lang } from './i18n/messages.js';
import { languageOf } from './i18n/language.js';
import { mountPane } from './mount.js';

/** ExcelApi 1.5: custom XML parts (workbook settings); 1.4: the *OrNullObject reads. */
const REQUIRED_EXCEL_API = '1.5';

function showMessage(element: HTMLElement, lang: Lang, key: 'host.noOffice' | 'host.notExcel' | 'host.tooOld'): void {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.cssText = 'font-family: "Segoe UI", system-ui, sans-serif; padding: 16px; margin: 0;';
  p.textContent = format(lang, key);
  element.replaceChildren(p);
}

function start(): void {
  const element = document.getElementById('root');
  if (!element) return;
  const browserLang = languageOf(navigator.language);
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    showMessage(element, browserLang, 'host.noOffice');
    return;
  }
  void Office.onReady((info) => {
    const displayLanguage = Office.context?.displayLanguage;
    const lang = languageOf(displayLanguage ?? navigator.language);
    if (info.host !== Office.HostType.Excel) {
      showMessage(element, lang, 'host.notExcel');
      return;
    }
    const requirements = Office.context?.requirements;
    if (requirements && !requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) {
      showMessage(element, lang, 'host.tooOld');
      return;
    }
    mountPane(element, { port: new ExcelWorkbook(), host: 'excel', displayLanguage });
  });
}

start();
