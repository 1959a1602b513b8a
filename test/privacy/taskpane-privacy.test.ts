/**
 * Privacy of the task pane (DESIGN.md: "the add-in makes no network request except loading
 * itself and office.js"; personal data never unmasked): the preview on examples/agency-week.xlsx
 * in Chromium, worked through every tab as a clerk would (control list, mark, findings sheet,
 * cost choices, margin, forecast table and live formula, a profile, English). Every console
 * message (page and engine worker, all levels), the pane's rendered text at every step, and
 * everything it wrote into the workbook (cells, charts, custom XML settings, the operations log)
 * are scanned for the BSNs and IBANs of the Workers sheet: none unmasked, except cells of the
 * user's own input sheets it left as they were. No request may go anywhere but the preview's
 * own files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../addin/preview/server.mjs';
import { browserRequired, probeChromium } from '../browser/chromium.js';
import { personalDataOf, unmasked, type PersonalData } from './personal-data.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const probe = await probeChromium();
const required = browserRequired();
if (!probe.ok && !required) console.warn(`[test/privacy] task pane skipped: no Chromium started (${probe.reason}). Set CI=true to make this a failure.`);

interface ModelJson {
  sheets: { name: string; charts: unknown[]; cells: { row: number; column: number; value?: unknown }[] }[];
  customXmlParts: { namespace: string; xml: string }[];
}

/** The preview's fake workbook as data (addin/preview/main.tsx puts it on window). */
const modelOf = (page: Page) =>
  page.evaluate(() => {
    const w = (globalThis as unknown as { __backofficerPreview: { workbook: { model: { toJSON(): unknown }; operations: unknown[] } } }).__backofficerPreview.workbook;
    return { model: w.model.toJSON() as ModelJson, operations: JSON.parse(JSON.stringify(w.operations)) as unknown[] };
  });

/** Text on screen outside the preview's own view of the workbook (that view shows the user's cells). */
const screenText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.workbook, script, style').forEach((e) => e.remove());
    return `${document.title}\n${copy.textContent ?? ''}`;
  });

describe.skipIf(!probe.ok && !required)('task pane preview on the example workbook: no personal data shown, written or sent', () => {
  let dist = '';
  let server: Awaited<ReturnType<typeof startPreviewServer>> | undefined;
  let data: PersonalData;

  beforeAll(async () => {
    if (!probe.ok) return;
    data = await personalDataOf();
    dist = mkdtempSync(join(tmpdir(), 'bo-privacy-pane-'));
    execFileSync(process.execPath, [join(root, 'addin/scripts/build-taskpane.mjs'), '--outdir', dist, '--quiet'], { stdio: 'inherit' });
    server = await startPreviewServer({ root: dist, port: 0 });
  }, 120_000);

  afterAll(async () => {
    if (probe.ok) await probe.launched.browser.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('every tab worked through: console, screen, workbook writes and settings hold no BSN or IBAN; only its own files are fetched', async () => {
    if (!probe.ok) throw new Error(`No Chromium started, and CI requires the browser tests: ${probe.reason}`);
    const context = await probe.launched.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const requests: { url: string; method: string }[] = [];
    await context.route('**/*', async (route) => {
      const req = route.request();
      requests.push({ url: req.url(), method: req.method() });
      const { hostname } = new URL(req.url());
      if (req.url().startsWith('data:') || hostname === '127.0.0.1') return route.continue();
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const consoleLines: string[] = [];
    const screens: { step: string; text: string }[] = [];
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
    page.on('worker', (w) => (w as unknown as { on?: (e: string, f: (m: { type(): string; text(): string }) => void) => void }).on?.('console', (m) => consoleLines.push(`worker ${m.type()}: ${m.text()}`)));
    const step = async (name: string) => screens.push({ step: name, text: await screenText(page) });

    await page.goto(server!.url);
    await expect.poll(() => page.getByTestId('pane').getByRole('tab').count()).toBe(5);
    const before = await modelOf(page);
    await step('opened');

    // Control list: run, open a finding, mark the cells, write the findings sheet.
    await page.getByTestId('control-run').click();
    await expect.poll(() => page.getByTestId('control-summary').count(), { timeout: 60_000 }).toBe(1);
    await step('control list');
    await page.getByTestId('group-error').getByTestId('finding').first().click();
    await page.getByTestId('control-mark').click();
    await expect.poll(() => page.getByTestId('control-note').textContent()).toMatch(/gemarkeerd/);
    await page.getByTestId('control-write').click();
    await expect.poll(() => page.getByTestId('control-note').textContent()).toMatch(/geschreven/);
    await step('findings written');

    // Settings: the employer's cost choices (examples/agency-week.cost.json).
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    await page.getByTestId('cost-size').selectOption('large');
    await page.getByTestId('cost-wga').fill('2,42%');
    await page.getByTestId('cost-zw').fill('4,13%');
    await page.getByTestId('cost-save').click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toMatch(/bewaard/);
    await step('settings');

    // Margin of the latest week, written with its chart.
    await page.getByRole('tab', { name: 'Marge' }).click();
    await expect.poll(() => page.getByTestId('margin-week').inputValue(), { timeout: 30_000 }).toBe('2026-W10');
    await page.getByTestId('margin-build').click();
    await expect.poll(() => page.getByTestId('margin-note').textContent(), { timeout: 60_000 }).toMatch(/geschreven/);
    await step('margin');

    // Forecast: the table, then the live formula.
    await page.getByRole('tab', { name: 'Prognose' }).click();
    await page.getByTestId('forecast-build').click();
    await expect.poll(() => page.getByTestId('forecast-note').textContent(), { timeout: 60_000 }).toMatch(/geschreven/);
    await page.getByRole('radio', { name: 'Live formule =BO.FORECAST' }).check();
    await page.getByTestId('forecast-build').click();
    await expect.poll(() => page.getByTestId('forecast-formula').textContent(), { timeout: 60_000 }).toMatch(/^=BO\.FORECAST\(/);
    await step('forecast');

    // Profiles: open the form, type a BSN where a hirer number goes (a clerk's slip), see what the pane says.
    await page.getByRole('tab', { name: 'Profielen' }).click();
    await page.getByTestId('profile-new').click();
    await page.getByTestId('profile-hirer').fill(data.bsns[0]!);
    await page.getByTestId('profile-job').fill(data.ibans[0]!);
    await page.getByTestId('profile-save').click();
    await step('profile typed with personal numbers');

    // English, and the control list again.
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('tab', { name: 'Control list' }).click();
    await page.getByTestId('control-run').click();
    await expect.poll(() => page.getByTestId('control-summary').count(), { timeout: 60_000 }).toBe(1);
    await step('english');

    const after = await modelOf(page);
    await context.close();

    // The scanner finds the numbers where they are: in the user's own Workers sheet.
    const workersSheet = before.model.sheets.find((sh) => sh.name === 'Uitzendkrachten')!;
    expect(unmasked(JSON.stringify(workersSheet.cells), data).length).toBeGreaterThan(20);

    // 1. Console and screen (text on screen, not the values inside input fields: a message about a
    // typed BSN must mask it).
    for (const line of consoleLines) expect(unmasked(line, data), `console: ${line.slice(0, 200)}`).toEqual([]);
    for (const s of screens) expect(unmasked(s.text, data), `screen after "${s.step}"`).toEqual([]);

    // 2. The workbook: new sheets, changed cells, charts, settings parts, the operations log.
    const original = new Map(before.model.sheets.map((sh) => [sh.name, new Map(sh.cells.map((c) => [`${c.row}:${c.column}`, JSON.stringify(c.value)]))]));
    let scanned = 0;
    for (const sheet of after.model.sheets) {
      const was = original.get(sheet.name);
      for (const c of sheet.cells) {
        if (was?.get(`${c.row}:${c.column}`) === JSON.stringify(c.value)) continue; // the user's own cell, untouched
        scanned++;
        expect(unmasked(JSON.stringify(c.value ?? ''), data), `${sheet.name} row ${c.row + 1} column ${c.column + 1}`).toEqual([]);
      }
      expect(unmasked(JSON.stringify(sheet.charts), data), `charts of ${sheet.name}`).toEqual([]);
    }
    expect(scanned, 'the pane wrote sheets (findings, margin, forecast)').toBeGreaterThan(100);
    for (const part of after.model.customXmlParts) {
      const own = part.xml.split(data.bsns[0]!).join('').split(data.ibans[0]!).join('');
      expect(unmasked(own, data), `custom XML part ${part.namespace}`).toEqual([]);
    }
    expect(unmasked(JSON.stringify(after.operations), data), 'operations').toEqual([]);

    // 3. Network: only GETs of files the build wrote, from the preview server itself.
    const origin = new URL(server!.url).origin;
    for (const r of requests) {
      if (r.url.startsWith('data:')) continue;
      const u = new URL(r.url);
      expect(u.origin, r.url).toBe(origin);
      expect(r.method, r.url).toBe('GET');
      const path = u.pathname === '/' ? 'preview.html' : decodeURIComponent(u.pathname.slice(1));
      expect(existsSync(join(dist, path)), `${r.url} is not a file of the build`).toBe(true);
    }
    expect(requests.length).toBeGreaterThan(0);
  }, 180_000);
});
