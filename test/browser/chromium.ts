/**
 * Finds and starts a Chromium for the browser tests, without downloading anything.
 *
 * Order: CHROMIUM_PATH (e.g. Debian's /usr/bin/chromium on a machine that has it) →
 * /usr/bin/chromium when present → the Chromium shipped inside the npm package
 * @sparticuz/chromium (unpacked once to the OS temp folder by its `executablePath()`).
 *
 * Under CI the tests must fail, not skip, when no Chromium starts: `browserRequired()`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const run = promisify(execFile);

export type ChromiumSource = 'CHROMIUM_PATH' | '/usr/bin/chromium' | '@sparticuz/chromium';

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
  version: string;
}

/**
 * Flags that let Chromium run as root in a container on a closed network: without the
 * background-networking ones it keeps trying to reach Google's hosts.
 * `--headless` is added by playwright (headless: true); playwright also gives every launch a
 * fresh, empty --user-data-dir of its own (and removes it on close).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when a missing browser must fail the tests (CI), false when it may skip them (a laptop). */
export function browserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env.CI ?? '').toLowerCase();
  return (ci !== '' && ci !== 'false' && ci !== '0') || env.BO_REQUIRE_BROWSER === '1';
}

/** `chromium --version`; rejects when the file is not a working Chromium (e.g. half unpacked). */
async function versionOf(executablePath: string): Promise<string> {
  const { stdout } = await run(executablePath, ['--version'], { timeout: 30_000 });
  const version = stdout.trim();
  if (!/chrom/i.test(version)) throw new Error(`${executablePath} --version printed "${version}"`);
  return version;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * @sparticuz/chromium unpacks to <tmp>/chromium and treats an existing file as done, so two test
 * processes unpacking at once could start a half-written binary. A lock folder serialises the
 * unpack; a binary that does not answer --version is removed and unpacked again.
 */
async function unpackSparticuz(): Promise<string> {
  const lock = join(tmpdir(), 'backofficer-chromium-unpack.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`waited 180 s for ${lock}`);
      await sleep(200);
    }
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const path = await sparticuz.executablePath();
    try {
      await versionOf(path);
      return path;
    } catch {
      rmSync(path, { force: true });
      return await sparticuz.executablePath();
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Finds a Chromium that answers --version; throws an error that says what was tried. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH', version: await versionOf(fromEnv) };
  }
  if (existsSync('/usr/bin/chromium')) {
    const path = '/usr/bin/chromium';
    return { executablePath: path, source: '/usr/bin/chromium', version: await versionOf(path) };
  }
  const path = await unpackSparticuz();
  return { executablePath: path, source: '@sparticuz/chromium', version: await versionOf(path) };
}

/**
 * Environment for the browser: the fonts shipped with @sparticuz/chromium (unpacked to <tmp>/fonts)
 * next to the machine's own, so screenshots have readable text even on a machine without fonts.
 */
function browserEnv(found: FoundChromium): Record<string, string> | undefined {
  if (found.source !== '@sparticuz/chromium') return undefined;
  const config = join(tmpdir(), 'backofficer-fonts.conf');
  writeFileSync(config, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${join(tmpdir(), 'fonts')}</dir>`,
    `  <cachedir>${join(tmpdir(), 'fonts-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.FONTCONFIG_FILE = config;
  return env;
}

export interface LaunchedChromium {
  browser: Browser;
  found: FoundChromium;
  /** Milliseconds from the start of the search to a connected browser (reported, never asserted). */
  launchMs: number;
}

/** Finds Chromium and starts it headless through playwright-core. */
export async function launchChromium(): Promise<LaunchedChromium> {
  const start = performance.now();
  const found = await findChromium();
  const env = browserEnv(found);
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
    ...(env ? { env } : {}),
  });
  return { browser, found, launchMs: Math.round(performance.now() - start) };
}

export type BrowserProbe =
  | { ok: true; launched: LaunchedChromium }
  | { ok: false; reason: string };

/** Tries to start Chromium; never throws (the test decides between fail and skip). */
export async function probeChromium(): Promise<BrowserProbe> {
  try {
    return { ok: true, launched: await launchChromium() };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
