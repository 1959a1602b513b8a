/**
 * The task pane in real Chromium (playwright-core, no browser download): the preview on the
 * example workbook (examples/agency-week.xlsx, as `npm run preview` shows it), and taskpane.html
 * inside a fake Office whose Excel.run is the strict double. The pane's figures are compared with
 * what core computes here, in Node, on the same workbook (workbooks.ts).
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
import {
  defaultRules, forecastInputFromWorkbook, marginForecast, marginFromWorkbook, readAgencyWorkbook, withOverrides,
  type HourlyCostModelInput, type Severity,
} from '@backofficer/core';
import { forecastOf } from '../../addin/functions/forecast.js';
import { formatEuro } from '../../addin/taskpane/format.js';
import type { WorkbookSnapshot } from '../../addin/office/fake/model.js';
import { startPreviewServer } from '../../addin/preview/server.mjs';
import { browserRequired, probeChromium } from './chromium.js';
import { coreControlList, gridsOf, loadExample, scaledExample, sheetsToWrite, type CoreCounts } from './workbooks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'test-output', 'screenshots');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** The employer's cost choices of examples/agency-week.cost.json (what `backofficer margin` uses for the example). */
const COST = { employerSize: 'large', whk: { wga: '2,42%', zw: '4,13%' } };

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

/** The fake workbook behind the preview (addin/preview/main.tsx puts it on the page). */
interface PreviewWindow {
  __backofficerPreview: {
    workbook: {
      selection: { sheet: string; address: string };
      fills(sheet: string): Record<string, string>;
      values(sheet: string): unknown[][];
      getSetting(key: string): Promise<unknown>;
      writeSheet(name: string, content: { rows: unknown[][]; columnFormats?: (string | null)[] }): Promise<unknown>;
      model: { sheets: { name: string; charts: { name: string; type: string; source: string; title: string }[] }[] };
    };
  };
}

describe.skipIf(!probe.ok && !required)('task pane in Chromium', () => {
  let dist = '';
  let server: Awaited<ReturnType<typeof startPreviewServer>> | undefined;
  let fakeOffice = '';
  let example: WorkbookSnapshot;
  let expected: CoreCounts;

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
    example = await loadExample();
    expected = coreControlList(example);
  });

  afterAll(async () => {
    if (probe.ok) await probe.launched.browser.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  /** A fresh context whose every request is recorded; only loopback and the office.js stub get through. */
  async function openContext(locale: string, width = 1280, height = 800, route?: (url: string) => 'abort' | undefined): Promise<{ context: BrowserContext; recorded: Recorded }> {
    if (!probe.ok) throw new Error(`No Chromium started, and CI requires the browser tests: ${probe.reason}`);
    const context = await probe.launched.browser.newContext({ locale, viewport: { width, height } });
    const recorded: Recorded = { urls: [], escaped: [], errors: [] };
    await context.route('**/*', async (r) => {
      const url = r.request().url();
      recorded.urls.push(url);
      if (route?.(url) === 'abort') return r.fulfill({ status: 404, body: '' });
      if (url === OFFICE_JS) return r.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      if (url.endsWith('/functions.js')) {
        // The custom functions bundle is another build's output and has its own tests.
        return r.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      }
      if (loopback(url) || url.startsWith('data:')) return r.continue();
      recorded.escaped.push(url);
      return r.abort('blockedbyclient');
    });
    return { context, recorded };
  }

  function watchErrors(page: Page, recorded: Recorded): void {
    page.on('pageerror', (e) => recorded.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') recorded.errors.push(`console: ${m.text()}`);
    });
  }

  /** Nothing left the machine; no script error. */
  function assertPrivate(recorded: Recorded, allowed: string[] = []): void {
    expect(recorded.escaped).toEqual([]);
    expect(recorded.urls.length).toBeGreaterThan(0);
    expect(recorded.urls.filter((u) => !loopback(u) && !allowed.includes(u))).toEqual([]);
    expect(recorded.errors).toEqual([]);
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), animations: 'disabled' });
  /** The preview's fake workbook, read and written from the test (evaluated in the page). */
  const previewWorkbook = (page: Page) => ({
    selection: () => page.evaluate(() => (globalThis as unknown as PreviewWindow).__backofficerPreview.workbook.selection),
    fills: (sheet: string) => page.evaluate((s) => (globalThis as unknown as PreviewWindow).__backofficerPreview.workbook.fills(s), sheet),
    values: (sheet: string) => page.evaluate((s) => (globalThis as unknown as PreviewWindow).__backofficerPreview.workbook.values(s), sheet),
    setting: (key: string) => page.evaluate((k) => (globalThis as unknown as PreviewWindow).__backofficerPreview.workbook.getSetting(k), key),
    charts: (sheet: string) => page.evaluate((s) =>
      (globalThis as unknown as PreviewWindow).__backofficerPreview.workbook.model.sheets.find((x) => x.name === s)?.charts ?? [], sheet),
    write: (sheet: { name: string; rows: unknown[][]; columnFormats: (string | null)[] }) => page.evaluate(async (x) => {
      await (globalThis as unknown as PreviewWindow).__backofficerPreview.workbook.writeSheet(x.name, { rows: x.rows, columnFormats: x.columnFormats });
    }, sheet),
  });

  async function counts(page: Page): Promise<Record<Severity, number>> {
    const out = {} as Record<Severity, number>;
    for (const s of SEVERITIES) out[s] = Number(await page.getByTestId(`count-${s}`).getAttribute('data-count'));
    return out;
  }

  async function runChecks(page: Page): Promise<void> {
    await page.getByTestId('control-run').click();
    await expect.poll(() => page.getByTestId('control-summary').count(), { timeout: 60_000 }).toBe(1);
  }

  it('preview, control list: counts equal core\'s on the example workbook; a finding selects its cell; mark in sheet; findings sheet; a re-run clears the marks', async () => {
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(server!.url); // "/" → preview.html

    const tabs = page.getByTestId('pane').getByRole('tablist');
    await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(['Controlelijst', 'Marge', 'Prognose', 'Profielen', 'Instellingen']);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByLabel('Uren', { exact: true }).inputValue()).toBe('auto');

    await runChecks(page);
    // Core on the same workbook: 15 errors, 5 warnings, 2 notes (22 deliberate mistakes, examples/README.md).
    expect(await counts(page)).toEqual(expected.counts);
    expect(expected.counts).toEqual({ error: 15, warning: 5, info: 2 });
    expect(await page.getByTestId('control-summary').textContent()).toMatch(/^2\.253 urenregels gecontroleerd \(2025-W50 t\/m 2026-W10\) in \d+,\d s\.$/);
    // Every error and warning is listed (the accordion opens both), in core's order.
    const listed = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')} ${e.getAttribute('data-cell')}`));
    const core = expected.list.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell!.sheet}!${f.cell!.address}`);
    expect([...listed].sort()).toEqual([...core].sort());
    expect(await page.getByText('Gecontroleerd op de achtergrond; het paneel bleef bruikbaar.').count()).toBe(1);

    // A finding selects its cell in the workbook (and the preview's grid follows).
    const first = page.getByTestId('group-error').getByTestId('finding').first();
    const cell = (await first.getAttribute('data-cell'))!;
    expect(cell).toBe('Uren!D2063'); // HIRER_PAY_PROFILE_MISSING, the first error by row
    await first.click();
    await expect.poll(() => page.getByTestId('namebox').textContent()).toBe(cell);
    expect(await previewWorkbook(page).selection()).toEqual({ sheet: 'Uren', address: 'D2063' });
    await shot(page, 'pane-1-control-list');

    // Mark in sheet: every cell a finding points at, in the severity's colour.
    const before = await previewWorkbook(page).fills('Uren');
    await page.getByTestId('control-mark').click();
    await expect.poll(() => page.getByTestId('control-note').textContent()).toBe(`${expected.cells.length} cellen gemarkeerd. Een nieuwe controle wist ze eerst.`);
    const fills = await previewWorkbook(page).fills('Uren');
    expect(Object.keys(fills).length - Object.keys(before).length).toBe(expected.cells.length);
    expect(fills.D2063).toBe('#FFC7CE'); // error
    expect(fills.M2244).toBe('#FFEB9C'); // HOURS_APPROVED_LATE, a warning
    expect(fills.E463).toBe('#DDEBF7'); // PUBLIC_HOLIDAY_WORK, a note
    await shot(page, 'pane-1b-marked');

    // Write findings sheet: one row per finding under a header row.
    await page.getByTestId('control-write').click();
    await expect.poll(() => page.getByTestId('control-note').textContent()).toBe('Blad Controlelijst geschreven: 22 bevindingen.');
    const sheet = await previewWorkbook(page).values('Controlelijst');
    expect(sheet[0]).toEqual(['Ernst', 'Code', 'Blad', 'Cel', 'Week', 'Oorzaak', 'Bevinding', 'Bron']);
    expect(sheet).toHaveLength(23);
    expect(sheet.filter((r) => r[0] === 'Fout')).toHaveLength(15);
    expect(sheet.find((r) => r[1] === 'BSN_INVALID')?.[5]).toBe('Uitzendkrachten!D40');
    await shot(page, 'pane-1c-findings-sheet');

    // Run again: the previous marks are put back first (the findings sheet is not read as data).
    await runChecks(page);
    expect(await previewWorkbook(page).fills('Uren')).toEqual(before);
    expect(await page.getByText(`Markeringen van de vorige controle gewist (${expected.cells.length} cellen).`).count()).toBe(1);
    expect(await counts(page)).toEqual(expected.counts);

    assertPrivate(recorded);
    await context.close();
  });

  it('preview, language: follows the display language, switches to English in Settings, findings follow; keyboard reaches every tab', async () => {
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(server!.url);
    const tabs = page.getByTestId('pane').getByRole('tablist');
    await runChecks(page);
    expect(await page.getByTestId('finding').first().textContent()).toContain('Rij 2063, plaatsingsnummer:');

    // Keyboard: arrow keys move between tabs, Enter selects.
    await tabs.getByRole('tab', { name: 'Controlelijst' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => tabs.getByRole('tab', { name: 'Instellingen' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel').getAttribute('id')).toBe('panel-settings');

    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(['Control list', 'Margin', 'Forecast', 'Profiles', 'Settings']);
    expect(await tabs.getAttribute('aria-label')).toBe('Sections');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await tabs.getByRole('tab', { name: 'Control list' }).click();
    // The results stayed (the panel is kept), now in English.
    expect(await page.getByTestId('finding').first().textContent()).toContain('Row 2063, placement number:');
    expect(await page.getByTestId('count-error').textContent()).toBe('15 errors');
    await shot(page, 'pane-6-english');

    // The choice survives a reload (local storage).
    await page.reload();
    await expect.poll(() => tabs.getByRole('tab').first().innerText()).toBe('Control list');
    assertPrivate(recorded);
    await context.close();
  });

  it('preview, profiles: a bad value gets core\'s message under its field; a good profile is stored in the workbook and counts in the control list', async () => {
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(server!.url);
    await page.getByRole('tab', { name: 'Profielen' }).click();
    await expect.poll(() => page.getByTestId('profiles-status').textContent()).toBe('Nog geen beloningsprofielen in deze werkmap.');

    await page.getByTestId('profile-new').click();
    expect(await page.getByTestId('profile-id').inputValue()).toBe('IB-1');
    // Noor de Groot's new job at Bakkerij Korenaar has no profile (HIRER_PAY_PROFILE_MISSING, P043): make one.
    await page.getByTestId('profile-hirer').fill('H02');
    await page.getByTestId('profile-job').fill('Kwaliteitscontroleur');
    const amount = page.getByTestId('profile-scale-amount-0');
    await amount.fill('twaalf');
    await amount.blur();
    await expect.poll(() => page.getByText('"twaalf" is geen bedrag').count()).toBe(1);
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('profile-add-surcharges').click();
    await page.getByTestId('profile-surcharges-0').fill('zaterdag vijftig');
    await page.getByTestId('profile-surcharges-0').blur();
    await expect.poll(() => page.getByText(/heeft geen percentage of bedrag per uur aan het eind/).count()).toBe(1);
    await page.getByTestId('pane').evaluate((pane) => pane.scrollTo(0, 260));
    await shot(page, 'pane-4-profiles-invalid');
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.getByTestId('profile-invalid').count()).toBe(1);
    expect(await previewWorkbook(page).setting('profiles')).toBeUndefined();

    // Put it right: the surcharge is read back in words, the form saves into the workbook.
    await amount.fill('16,25');
    await page.getByTestId('profile-surcharges-0').fill('za 50%');
    await page.getByTestId('profile-surcharges-0').blur();
    await expect.poll(() => page.getByText('za +50%').count()).toBe(1);
    await page.getByLabel('Vanaf', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Geldig vanaf').fill('2026-01-01');
    await page.getByLabel('Formulier volledig ingevuld').check();
    await page.getByLabel('Ondertekend door').fill('M. Kooij');
    await page.getByLabel('Ondertekend op').fill('2026-02-20 10:15');
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.getByTestId('profiles-status').textContent()).toBe('1 beloningsprofiel(en) in deze werkmap.Profiel IB-1 opgeslagen in de werkmap.');
    const stored = (await previewWorkbook(page).setting('profiles')) as { id: string; scaleWages: { amount: string }[] }[];
    expect(stored.map((p) => [p.id, p.scaleWages[0]!.amount])).toEqual([['IB-1', '16,25']]);
    await shot(page, 'pane-4-profiles');

    // The control list now finds the profile for P043: one error fewer than core without it.
    const withProfile = coreControlList(example, { profiles: stored });
    expect(withProfile.counts.error).toBe(expected.counts.error - 1);
    await page.getByRole('tab', { name: 'Controlelijst' }).click();
    await runChecks(page);
    expect(await counts(page)).toEqual(withProfile.counts);
    expect(await page.locator('[data-code="HIRER_PAY_PROFILE_MISSING"]').count()).toBe(0);
    assertPrivate(recorded);
    await context.close();
  });

  it('preview, settings: an override is checked inline, saved in the workbook, explained, and counts in the next check', async () => {
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(server!.url);
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'ABU' }).isChecked()).toBe(true);
    // explain(): each figure with its layer, table, source and the date it was checked.
    const hours = page.locator('[data-name="policy.hoursDeadline"]');
    expect(await hours.textContent()).toContain('dinsdag 13:00 in de week na de werkweek');
    expect(await hours.textContent()).toContain('Afspraak backoffice, vanaf 2019-12-30 (tabel policy-backoffice)');
    expect(await page.locator('[data-name="minimumWage.hourly.21"]').textContent()).toContain('Wet');
    await page.locator('#settings-sources').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'pane-5-settings');

    const field = page.getByTestId('override-policy.hoursDeadline');
    await field.fill('W+1 Tue 99:00');
    await expect.poll(() => page.getByText(/is geen termijn; verwacht bijvoorbeeld "W\+1 Tue 13:00"/).count()).toBe(1);
    expect(await page.getByTestId('overrides-save').isDisabled()).toBe(true);
    // The agency agreed Wednesday 13:00: the approval on Tuesday 14:05 (HOURS_APPROVED_LATE) is then in time.
    await field.fill('W+1 Wed 13:00');
    await page.getByTestId('overrides-save').click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe('Afspraken bewaard in de werkmap.');
    expect(await previewWorkbook(page).setting('overrides')).toEqual({ 'policy.hoursDeadline': 'W+1 Wed 13:00' });
    await expect.poll(() => hours.textContent()).toContain('woensdag 13:00 in de week na de werkweek');
    expect(await hours.textContent()).toContain('Afspraak bureau (deze werkmap)');

    const rules = withOverrides(defaultRules, { layer: 'agency', parameters: { 'policy.hoursDeadline': 'W+1 Wed 13:00' } });
    const later = coreControlList(example, { rules });
    expect(later.list.findings.some((f) => f.code === 'HOURS_APPROVED_LATE')).toBe(false);
    await page.getByRole('tab', { name: 'Controlelijst' }).click();
    await runChecks(page);
    expect(await counts(page)).toEqual(later.counts);

    // NBBU instead of ABU: kept in the workbook too.
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'NBBU' }).check();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe('Cao NBBU bewaard in de werkmap.');
    expect(await previewWorkbook(page).setting('cao')).toBe('NBBU');
    assertPrivate(recorded);
    await context.close();
  });

  /** Settings → the employer's cost choices, as a clerk enters them. */
  async function enterCost(page: Page): Promise<void> {
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    await page.getByTestId('cost-size').selectOption('large');
    await page.getByTestId('cost-wga').fill(COST.whk.wga);
    await page.getByTestId('cost-zw').fill(COST.whk.zw);
    await page.getByTestId('cost-save').click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe('Kostenkeuzes bewaard in de werkmap.');
  }

  it('preview, margin: the overview of a week equals core\'s marginFromWorkbook (= backofficer margin); sheet per hirer and worker with a native chart', async () => {
    const core = marginFromWorkbook(readAgencyWorkbook(gridsOf(example)), '2026-W10', { cost: COST as Partial<HourlyCostModelInput> });
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(server!.url);
    await page.getByRole('tab', { name: 'Marge' }).click();
    // Without the employer's cost choices there is no payroll cost: the pane says where to give them.
    await expect.poll(() => page.getByTestId('margin-cost-missing').count()).toBe(1);
    expect(await page.getByTestId('margin-build').isDisabled()).toBe(true);
    await enterCost(page);
    await page.getByRole('tab', { name: 'Marge' }).click();
    // The weeks with hours in the workbook; the latest is picked.
    await expect.poll(() => page.getByTestId('margin-week').inputValue(), { timeout: 30_000 }).toBe('2026-W10');
    await page.getByTestId('margin-build').click();
    await expect.poll(() => page.getByTestId('margin-note').textContent(), { timeout: 60_000 }).toBe('Blad Marge geschreven, met grafiek.');

    const t = core.overview.totals;
    expect(await page.getByTestId('margin-revenue').textContent()).toBe(formatEuro(t.revenue.toFixed(2), 'nl'));
    expect(await page.getByTestId('margin-cost').textContent()).toBe(formatEuro(t.cost.toFixed(2), 'nl'));
    expect(await page.getByTestId('margin-margin').textContent()).toBe(formatEuro(t.margin.toFixed(2), 'nl'));
    // The same week through the command line (`backofficer margin … --week 2026-W10`, README): € 47.710,37 revenue,
    // € 42.266,68 payroll cost, € 5.443,69 margin (test/margin checks core against the CLI week by week).
    expect([t.revenue.toFixed(2), t.cost.toFixed(2), t.margin.toFixed(2)]).toEqual(['47710.37', '42266.68', '5443.69']);
    // Five lines of the week are left out until fixed (swapped times, impossible hours, outside the placement, a duplicate).
    expect(await page.getByTestId('margin-left-out').textContent()).toContain(`${core.leftOut.length} regel(s) niet meegeteld`);

    // The sheet: a row per hirer, per worker and the total, the same figures; the weeks beside it feed the chart.
    const sheet = await previewWorkbook(page).values('Marge');
    expect(sheet[0]!.slice(0, 9)).toEqual(['Soort', 'Nummer', 'Naam', 'Inlener(s)', 'Uren', 'Omzet', 'Loonkosten', 'Marge', 'Marge %']);
    expect(sheet.filter((r) => r[0] === 'Inlener')).toHaveLength(core.overview.groups.hirer.length);
    expect(sheet.filter((r) => r[0] === 'Uitzendkracht')).toHaveLength(core.overview.groups.worker.length);
    const total = sheet.find((r) => r[0] === 'Totaal')!;
    expect(total.slice(4, 8)).toEqual([t.hours.toNumber(), t.revenue.toNumber(), t.cost.toNumber(), t.margin.toNumber()]);
    const charts = await previewWorkbook(page).charts('Marge');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'ColumnClustered', title: 'Omzet, loonkosten en marge per week (2026-W03 t/m 2026-W10)' });
    expect(charts[0]!.source).toBe('K1:N9'); // 8 weeks under the header Week | Omzet | Loonkosten | Marge
    expect(sheet[8]!.slice(10, 14)).toEqual(['2026-W10', t.revenue.toNumber(), t.cost.toNumber(), t.margin.toNumber()]);
    expect(await page.getByTestId('chart').count()).toBe(1);
    await shot(page, 'pane-2-margin');
    assertPrivate(recorded);
    await context.close();
  });

  it('preview, forecast: the table equals core\'s marginForecast on the workbook; the live =BO.FORECAST formula over the table it writes gives the same totals', async () => {
    const cost = COST as Partial<HourlyCostModelInput>;
    const core = marginForecast(forecastInputFromWorkbook(readAgencyWorkbook(gridsOf(example)), { weeks: 8, cost, minutesStep: 3 }).input);
    const { context, recorded } = await openContext('nl-NL');
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(server!.url);
    await enterCost(page);
    await page.getByRole('tab', { name: 'Prognose' }).click();
    await page.getByTestId('forecast-build').click();
    await expect.poll(() => page.getByTestId('forecast-note').textContent(), { timeout: 60_000 }).toBe(`Blad Prognose geschreven: ${core.rows.length} plaatsingen.`);
    expect(await page.getByTestId('forecast-margin').textContent()).toBe(formatEuro(core.totals.margin.toFixed(2), 'nl'));
    expect(await page.getByTestId('forecast-revenue').textContent()).toBe(formatEuro(core.totals.revenue.toFixed(2), 'nl'));
    const values = await previewWorkbook(page).values('Prognose');
    expect(values[0]).toEqual(['Plaatsing', 'Uitzendkracht', 'Inlener', 'Uren/week', ...core.weeks, 'Totaal']);
    expect(values.at(-1)!.at(-1)).toBe(core.totals.margin.toNumber());
    await shot(page, 'pane-3-forecast');

    // Live formula: the placements table, the cost choices and =BO.FORECAST over them.
    await page.getByRole('radio', { name: 'Live formule =BO.FORECAST' }).check();
    await page.getByTestId('forecast-build').click();
    await expect.poll(() => page.getByTestId('forecast-formula').textContent(), { timeout: 60_000 })
      .toBe(`=BO.FORECAST(A1:O${core.rows.length + 1}, 8, "2026-W11", Q2:R4)`);
    const selected = await previewWorkbook(page).selection();
    const formulaSheet = await previewWorkbook(page).values('Prognose');
    await shot(page, 'pane-3b-forecast-formula');
    // Evaluate the formula as Excel would, with the add-in's own BO.FORECAST, on the cells the pane wrote.
    const table = formulaSheet.slice(0, core.rows.length + 1).map((r) => r.slice(0, 15));
    const options = formulaSheet.slice(1, 4).map((r) => r.slice(16, 18));
    const live = forecastOf(table, 8, '2026-W11', [options]);
    expect(live.forecast.totals.margin.toFixed(2)).toBe(core.totals.margin.toFixed(2));
    expect(live.forecast.totals.revenue.toFixed(2)).toBe(core.totals.revenue.toFixed(2));
    expect(selected.sheet).toBe('Prognose');
    assertPrivate(recorded);
    await context.close();
  });

  it('50 000 hours lines: counts equal core\'s; the pane keeps painting while the engine worker checks (figures printed, not asserted)', async () => {
    const large = scaledExample(example, 50_000);
    const hoursSheet = large.sheets.find((s) => s.name === 'Uren')!;
    expect(hoursSheet.values.length - 1).toBe(50_000);
    const t0 = performance.now();
    const core = coreControlList(large);
    const nodeMs = performance.now() - t0;

    /** Loads the large workbook into the preview, runs the checks, and measures in the page. */
    async function measure(workerAllowed: boolean) {
      const { context, recorded } = await openContext('nl-NL', 1280, 800, (url) => (!workerAllowed && url.endsWith('/engine-worker.js') ? 'abort' : undefined));
      const page = await context.newPage();
      watchErrors(page, recorded);
      await page.goto(server!.url);
      await expect.poll(() => page.getByTestId('control-run').isEnabled()).toBe(true);
      const sheets = sheetsToWrite(large, ['Uitzendkrachten', 'Plaatsingen', 'Uren']);
      for (const s of sheets) await previewWorkbook(page).write(s);
      // Long tasks (main-thread blocks over 50 ms) and the longest gap between painted frames.
      await page.evaluate(() => {
        const w = globalThis as unknown as { __perf: { longtasks: number[]; maxGap: number; running: boolean } };
        w.__perf = { longtasks: [], maxGap: 0, running: true };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__perf.longtasks.push(e.duration);
        }).observe({ type: 'longtask' });
        let last = performance.now();
        const frame = (now: number) => {
          w.__perf.maxGap = Math.max(w.__perf.maxGap, now - last);
          last = now;
          if (w.__perf.running) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const start = Date.now();
      await page.getByTestId('control-run').click();
      // While it runs, a click on another tab is answered (the pane is not frozen).
      await page.waitForTimeout(150);
      const clickAt = Date.now();
      await page.getByRole('tab', { name: 'Instellingen' }).click();
      await expect.poll(() => page.getByRole('tab', { name: 'Instellingen' }).getAttribute('aria-selected'), { timeout: 60_000 }).toBe('true');
      const tabMs = Date.now() - clickAt;
      const busyAtTab = await page.getByTestId('control-run').isDisabled();
      await page.getByRole('tab', { name: 'Controlelijst' }).click();
      await expect.poll(() => page.getByTestId('control-summary').count(), { timeout: 120_000 }).toBe(1);
      const wallMs = Date.now() - start;
      const figures = await page.evaluate(() => {
        const w = globalThis as unknown as { __perf: { longtasks: number[]; maxGap: number; running: boolean } };
        w.__perf.running = false;
        const m = (name: string) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? NaN;
        return { longtasks: w.__perf.longtasks, maxGap: w.__perf.maxGap, readMs: m('bo:control:read'), checkMs: m('bo:control:check') };
      });
      const paneCounts = await counts(page);
      const where = await page.getByText(/^(Gecontroleerd op de achtergrond|Gecontroleerd in het paneel)/).textContent();
      assertPrivate(recorded, []);
      await context.close();
      return { ...figures, wallMs, tabMs, busyAtTab, paneCounts, where };
    }

    const worker = await measure(true);
    expect(worker.paneCounts).toEqual(core.counts);
    expect(worker.where).toMatch(/^Gecontroleerd op de achtergrond/);
    const inPane = await measure(false);
    expect(inPane.paneCounts).toEqual(core.counts);
    expect(inPane.where).toMatch(/^Gecontroleerd in het paneel/);

    const ms = (n: number) => `${Math.round(n)} ms`;
    const longest = (l: number[]) => (l.length ? ms(Math.max(...l)) : 'none over 50 ms');
    console.log([
      `[perf] 50 000 hours lines (example × ${Math.ceil(50_000 / 2253)}), ${core.list.findings.length} findings ${JSON.stringify(core.counts)}; core alone in Node: ${ms(nodeMs)}`,
      `[perf] engine worker: click → result ${ms(worker.wallMs)} (reading the fake workbook ${ms(worker.readMs)}, worker read + check ${ms(worker.checkMs)}); ` +
        `longest main-thread task ${longest(worker.longtasks)} (${worker.longtasks.length} over 50 ms); longest gap between frames ${ms(worker.maxGap)}; ` +
        `a tab click during the check answered in ${ms(worker.tabMs)}${worker.busyAtTab ? ' (check still running)' : ''}`,
      `[perf] without worker (engine-worker.js blocked, same job in the pane): click → result ${ms(inPane.wallMs)}; ` +
        `longest main-thread task ${longest(inPane.longtasks)}; longest gap between frames ${ms(inPane.maxGap)}; tab click answered in ${ms(inPane.tabMs)}`,
    ].join('\n'));
  }, 300_000);

  it('taskpane.html in a fake Excel: office.js, functions.js, taskpane.js in order; the control list runs over Excel.run with core\'s counts', async () => {
    const { context, recorded } = await openContext('nl-NL', 350, 900); // Excel's task pane is about 350 px wide
    await context.addInitScript({ content: `window.__BO_WORKBOOK__ = ${JSON.stringify(example)};` });
    await context.addInitScript({ content: fakeOffice });
    const page = await context.newPage();
    watchErrors(page, recorded);
    await page.goto(`${server!.url}taskpane.html?officeLang=en-US`);

    // Office's display language (en-US) wins over the browser's (nl-NL).
    const tabs = page.getByRole('tablist', { name: 'Sections' });
    await expect.poll(() => tabs.getByRole('tab').first().innerText()).toBe('Control list');
    expect(await page.getByTestId('host').textContent()).toBe('Connected to Excel');
    await runChecks(page);
    expect(await counts(page)).toEqual(expected.counts);
    await page.getByTestId('group-error').getByTestId('finding').first().click();
    await expect.poll(() => page.evaluate(() =>
      (globalThis as unknown as { __fakeExcel: { model: { selection: unknown } } }).__fakeExcel.model.selection)).toEqual({ sheet: 'Uren', address: 'D2063' });
    await shot(page, 'taskpane-in-fake-excel');

    const scripts = recorded.urls.filter((u) => u.endsWith('.js')).map((u) => u.split('/').pop());
    expect(scripts.slice(0, 3)).toEqual(['office.js', 'functions.js', 'taskpane.js']);
    expect(scripts).toContain('engine-worker.js');
    assertPrivate(recorded, [OFFICE_JS]); // office.js: answered by the stub
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
