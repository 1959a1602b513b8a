/**
 * The task pane in real Chromium (playwright-core, no browser download): the preview on the fake
 * workbook, and taskpane.html inside a fake Office whose Excel.run is the strict double.
 * Every request is recorded; nothing may leave 127.0.0.1 (privacy: the add-in sends nothing;
 * office.js, which Office loads from Microsoft's CDN, is answered by an empty stub).
 * Screenshots of each tab go to test-output/screenshots/.
 * Under CI a missing Chromium fails these tests; elsewhere they are skipped with the reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../addin/preview/server.mjs';
import { browserRequired, probeChromium } from './chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'test-output', 'screenshots');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const probe = await probeChromium();
const required = browserRequired();
if (!probe.ok && !required) {
  console.warn(`[test/browser] skipped: no Chromium started (${probe.reason}). Set CI=true to make this a failure.`);
}

interface Recorded {
  urls: string[];
  /** Requests that would have left the machine (aborted). */
  escaped: string[];
  errors: string[];
}

const loopback = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
};

describe.skipIf(!probe.ok && !required)('task pane in Chromium', () => {
  let dist = '';
  let server: Awaited<ReturnType<typeof startPreviewServer>> | undefined;
  let fakeOffice = '';

  beforeAll(async () => {
    if (!probe.ok) return; // each test then fails with the reason (CI)
    const { found, launchMs } = probe.launched;
    console.log(`[test/browser] ${found.version} from ${found.source} (${found.executablePath}); started in ${launchMs} ms`);
    dist = mkdtempSync(join(tmpdir(), 'bo-pane-'));
    execFileSync(process.execPath, [join(root, 'addin/scripts/build-taskpane.mjs'), '--outdir', dist, '--quiet'], { stdio: 'inherit' });
    const bundle = await build({
      entryPoints: [join(root, 'test/browser/fake-office.ts')],
      bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'warning',
    });
    fakeOffice = bundle.outputFiles[0]!.text;
    server = await startPreviewServer({ root: dist, port: 0 });
    mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    if (probe.ok) await probe.launched.browser.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  /** A fresh context whose every request is recorded; only loopback and the office.js stub get through. */
  async function openContext(locale: string, width = 1100): Promise<{ context: BrowserContext; recorded: Recorded }> {
    if (!probe.ok) throw new Error(`No Chromium started, and CI requires the browser tests: ${probe.reason}`);
    const context = await probe.launched.browser.newContext({ locale, viewport: { width, height: 720 } });
    const recorded: Recorded = { urls: [], escaped: [], errors: [] };
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      recorded.urls.push(url);
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      if (url.endsWith('/functions.js')) {
        // The custom functions bundle is another build's output and has its own tests.
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      }
      if (loopback(url) || url.startsWith('data:')) return route.continue();
      recorded.escaped.push(url);
      return route.abort('blockedbyclient');
    });
    return { context, recorded };
  }

  function watchErrors(page: Page, recorded: Recorded): void {
    page.on('pageerror', (e) => recorded.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') recorded.errors.push(`console: ${m.text()}`);
    });
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), animations: 'disabled' });

  it('preview: tabs by mouse and keyboard, Dutch → English, a table read from the fake workbook, nothing leaves 127.0.0.1', async () => {
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(server!.url); // "/" → preview.html

    // Dutch, because the display language (here the browser's, nl-NL) is Dutch.
    const tabs = page.getByTestId('pane').getByRole('tablist');
    await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(
      ['Controlelijst', 'Marge', 'Prognose', 'Profielen', 'Instellingen']);
    expect(await tabs.getAttribute('aria-label')).toBe('Onderdelen');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    // Control list reads the sample's table through the WorkbookPort (FakeWorkbook).
    const source = page.getByLabel('Urentabel');
    await expect.poll(() => source.inputValue()).toBe('table:UrenWeek10');
    await page.getByRole('button', { name: 'Tabel lezen' }).click();
    // UrenWeek10 = A1:H8: 1 header + 7 lines, 8 columns.
    await expect.poll(() => page.getByTestId('control-result').textContent())
      .toBe('8 rijen × 8 kolommen gelezen uit Uren!A1:H8');
    await shot(page, 'preview-1-controlelijst');

    // Every tab by mouse: selected, its panel shown and labelled by the tab.
    const names = [['margin', 'Marge'], ['forecast', 'Prognose'], ['profiles', 'Profielen'], ['settings', 'Instellingen']] as const;
    for (const [id, name] of names) {
      await tabs.getByRole('tab', { name }).click();
      await expect.poll(() => tabs.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
      const panel = page.getByRole('tabpanel');
      expect(await panel.getAttribute('id')).toBe(`panel-${id}`);
      expect(await panel.getAttribute('aria-labelledby')).toBe(`tab-${id}`);
      if (id === 'settings') {
        await expect.poll(() => page.getByRole('radio', { name: 'ABU' }).isChecked()).toBe(true);
      }
      if (id === 'profiles') {
        await expect.poll(() => page.getByTestId('profiles-status').textContent()).toBe('Nog geen beloningsprofielen in deze werkmap.');
      }
      await shot(page, `preview-${names.findIndex((n) => n[0] === id) + 2}-${name.toLowerCase()}`);
    }

    // Keyboard: from the selected tab, arrow keys move focus and Enter selects.
    await tabs.getByRole('tab', { name: 'Instellingen' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => tabs.getByRole('tab', { name: 'Profielen' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await expect.poll(() => tabs.getByRole('tab', { name: 'Controlelijst' }).getAttribute('aria-selected')).toBe('true');

    // Margin: a week that does not exist gets core's message inline, in Dutch.
    await tabs.getByRole('tab', { name: 'Marge' }).click();
    const week = page.getByLabel('Week');
    await week.fill('2025-W53');
    await expect.poll(() => week.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(/2025 heeft 52 weken/).count()).toBe(1);

    // Settings: switch the language; a Dutch label becomes English.
    await tabs.getByRole('tab', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(
      ['Control list', 'Margin', 'Forecast', 'Profiles', 'Settings']);
    expect(await tabs.getAttribute('aria-label')).toBe('Sections');
    expect(await page.getByText('Instellingen').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The CAO choice is stored in the workbook (custom XML part of the fake).
    await page.getByRole('radio', { name: 'NBBU' }).check();
    await expect.poll(() => page.getByText('CAO NBBU saved in the workbook.').count()).toBe(1);
    const stored = await page.evaluate(() =>
      (globalThis as unknown as { __backofficerPreview: { workbook: { getSetting(k: string): Promise<unknown> } } })
        .__backofficerPreview.workbook.getSetting('cao'));
    expect(stored).toBe('NBBU');
    await shot(page, 'preview-6-settings-english');

    // The choice survives a reload (local storage), and the pane has no errors.
    await page.reload();
    await expect.poll(() => tabs.getByRole('tab').first().innerText()).toBe('Control list');

    expect(recorded.errors).toEqual([]);
    expect(recorded.escaped).toEqual([]);
    expect(recorded.urls.length).toBeGreaterThan(0);
    expect(recorded.urls.filter((u) => !loopback(u))).toEqual([]);
    await context.close();
  });

  it('taskpane.html: office.js, functions.js, taskpane.js in that order; Office.onReady mounts the pane on ExcelWorkbook', async () => {
    const { context, recorded } = await openContext('nl-NL', 350); // Excel's task pane is about 350 px wide
    await context.addInitScript({ content: fakeOffice });
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(`${server!.url}taskpane.html?officeLang=en-US`);

    // Office's display language (en-US) wins over the browser's (nl-NL).
    const tabs = page.getByRole('tablist', { name: 'Sections' });
    await expect.poll(() => tabs.getByRole('tab').first().innerText()).toBe('Control list');
    expect(await page.getByTestId('host').textContent()).toBe('Connected to Excel');

    await expect.poll(() => page.getByLabel('Hours table').inputValue()).toBe('table:UrenWeek10');
    await page.getByRole('button', { name: 'Read table' }).click();
    await expect.poll(() => page.getByTestId('control-result').textContent())
      .toBe('8 rows × 8 columns read from Uren!A1:H8');
    // Through the strict Excel.run double: listTables (2 syncs) + listSheets (1) + read of a table (3).
    const stats = await page.evaluate(() =>
      (globalThis as unknown as { __fakeExcel: { stats: { syncsPerRun: number[] } } }).__fakeExcel.stats.syncsPerRun);
    expect([...stats].sort()).toEqual([1, 2, 3]);
    await shot(page, 'taskpane-in-fake-excel');

    const scripts = recorded.urls.filter((u) => u.endsWith('.js')).map((u) => u.split('/').pop());
    expect(scripts).toEqual(['office.js', 'functions.js', 'taskpane.js']);
    expect(recorded.escaped).toEqual([]);
    expect(recorded.urls.filter((u) => !loopback(u))).toEqual([OFFICE_JS]); // answered by the stub
    expect(recorded.errors).toEqual([]);
    await context.close();
  });

  it('taskpane.html in an Excel without ExcelApi 1.5 says it is too old (in Office\'s language)', async () => {
    const { context, recorded } = await openContext('en-US', 350);
    await context.addInitScript({ content: fakeOffice });
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(`${server!.url}taskpane.html?officeLang=nl-NL&excelApi=1.4`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Deze versie van Excel is te oud/);
    expect(recorded.errors).toEqual([]);
    await context.close();
  });

  it('taskpane.html outside Office says how to open it (in the browser language)', async () => {
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(`${server!.url}taskpane.html`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Office is niet geladen/);
    expect(recorded.escaped).toEqual([]);
    expect(recorded.errors).toEqual([]);
    await context.close();
  });
});
