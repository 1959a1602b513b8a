/// <reference types="office-js" />
/**
 * Entry of taskpane.js, loaded by taskpane.html after office.js and functions.js (shared runtime).
 * Inside Excel the pane works on the open workbook through ExcelWorkbook; anywhere else it says
 * how to open it. Nothing here touches Excel.* directly: that is addin/office's job.
 */
import { ExcelWorkbook } from '../office/excel-workbook.js';
import { format, type Lang } from './i18n/messages.js';
import { languageOf } from './i18n/language.js';
import { mountPane } from './mount.js';

function showMessage(element: HTMLElement, lang: Lang, key: 'host.noOffice' | 'host.notExcel'): void {
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
    if (info.host !== Office.HostType.Excel) {
      showMessage(element, languageOf(displayLanguage ?? navigator.language), 'host.notExcel');
      return;
    }
    mountPane(element, { port: new ExcelWorkbook(), host: 'excel', displayLanguage });
  });
}

start();
