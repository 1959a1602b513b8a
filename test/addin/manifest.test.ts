/**
 * manifest.xml checked offline. `office-addin-manifest validate` posts the file to a Microsoft
 * service (no local mode; research/addin-tech.md §3), and Microsoft's XSDs are no longer published
 * with <Runtimes>, so this test checks what the schema and the shared-runtime documentation
 * require (element order, resource ids, one long-lived runtime), plus `office-addin-manifest info`
 * (well-formedness and base fields).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, ensureFunctionsBuilt } from './build.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** fast-xml-parser's ordered output as a plain element tree. */
function toEl(node: Record<string, unknown>): El {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const raw = (node[':@'] ?? {}) as Record<string, string>;
  const attrs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
  const kids = (node[name] ?? []) as Record<string, unknown>[];
  const children = kids.filter((k) => !('#text' in k)).map(toEl);
  const text = kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join('');
  return { name, attrs, children, text };
}

function all(el: El): El[] {
  return [el, ...el.children.flatMap(all)];
}
function child(el: El, name: string): El {
  const found = el.children.filter((c) => c.name === name);
  expect(found, `${el.name} > ${name}`).toHaveLength(1);
  return found[0]!;
}
function path(el: El, ...names: string[]): El {
  return names.reduce(child, el);
}

/** Children appear in schema order (a subsequence of `order`), and `required` ones are present. */
function expectOrder(el: El, order: string[], required: string[] = order): void {
  const names = el.children.map((c) => c.name);
  for (const n of names) expect(order, `${n} is not a valid child of ${el.name}`).toContain(n);
  const positions = names.map((n) => order.indexOf(n));
  expect(positions, `children of ${el.name}: ${names.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
  for (const r of required) expect(names, `${el.name} needs ${r}`).toContain(r);
}

const FIXED_ID = 'fee13c17-2fa6-428f-b7b9-bbe8d73e7020';
const BASE = 'https://localhost:3000/';

let app: El;
let resources: Map<string, El>;
let workbook: El;

beforeAll(() => {
  ensureFunctionsBuilt();
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false }).parse(xml) as Record<string, unknown>[];
  app = toEl(parsed.find((n) => 'OfficeApp' in n)!);
  const res = path(app, 'VersionOverrides', 'Resources');
  resources = new Map(res.children.flatMap((group) => group.children).map((r) => [r.attrs.id!, r]));
  workbook = path(app, 'VersionOverrides', 'Hosts', 'Host');
});

function resource(id: string): string {
  const r = resources.get(id);
  expect(r, `resource ${id}`).toBeDefined();
  return r!.attrs.DefaultValue!;
}

describe('manifest.xml: structure in schema order (Office add-in manifest element ordering)', () => {
  it('OfficeApp is a task pane app with a fixed GUID, a four-part version and default locale nl-NL', () => {
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(path(app, 'Id').text).toBe(FIXED_ID);
    expect(path(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(path(app, 'DefaultLocale').text).toBe('nl-NL');
    expect(path(app, 'Hosts', 'Host').attrs.Name).toBe('Workbook');
    expect(path(app, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('children of every element come in the order the schema requires', () => {
    expectOrder(
      app,
      ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
      ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
    );
    const vo = path(app, 'VersionOverrides');
    expect(vo.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expectOrder(vo, ['Description', 'Requirements', 'Hosts', 'Resources'], ['Hosts', 'Resources']);
    expect(workbook.attrs['xsi:type']).toBe('Workbook');
    expectOrder(workbook, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const cf = path(workbook, 'AllFormFactors', 'ExtensionPoint');
    expect(cf.attrs['xsi:type']).toBe('CustomFunctions');
    expectOrder(cf, ['Script', 'Page', 'Metadata', 'Namespace']);
    const desktop = path(workbook, 'DesktopFormFactor');
    expectOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    const control = path(desktop, 'ExtensionPoint', 'OfficeTab', 'Group', 'Control');
    expectOrder(control, ['Label', 'Supertip', 'Icon', 'Action']);
    expectOrder(path(app, 'VersionOverrides', 'Resources'), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
  });

  it('every resid is defined in Resources, every resource is used, ids at most 32 characters', () => {
    const used = new Set(all(app).flatMap((e) => (e.attrs.resid ? [e.attrs.resid] : [])));
    for (const id of used) {
      expect(resources.has(id), `resid ${id} defined`).toBe(true);
      expect(id.length, id).toBeLessThanOrEqual(32);
    }
    for (const id of resources.keys()) {
      expect(used.has(id), `resource ${id} used`).toBe(true);
      expect(id.length, id).toBeLessThanOrEqual(32);
    }
  });

  it('every URL is https on the dev server https://localhost:3000', () => {
    const urls = all(app).flatMap((e) => [
      ...Object.values(e.attrs).filter((v) => /^[a-z]+:\/\//i.test(v) && !v.startsWith('http://schemas.') && !v.startsWith('http://www.w3.org/')),
      ...(e.name === 'AppDomain' ? [e.text] : []),
    ]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(BASE) || u === 'https://localhost:3000', u).toBe(true);
  });
});

describe('manifest.xml: custom functions in a shared runtime (configure-your-add-in-to-use-a-shared-runtime)', () => {
  it('namespace BO', () => {
    const ns = path(workbook, 'AllFormFactors', 'ExtensionPoint', 'Namespace').attrs.resid!;
    expect(resource(ns)).toBe('BO');
    expect(resources.get(ns)!.children).toHaveLength(0); // never localised: formulas must read =BO.… everywhere
  });

  it('one long-lived runtime whose resid is the functions page, the FunctionFile and the button\'s task pane', () => {
    const runtimes = path(workbook, 'Runtimes').children;
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!;
    expect(runtime.attrs.lifetime).toBe('long');
    const id = runtime.attrs.resid!;
    expect(path(workbook, 'AllFormFactors', 'ExtensionPoint', 'Page', 'SourceLocation').attrs.resid).toBe(id);
    expect(path(workbook, 'DesktopFormFactor', 'FunctionFile').attrs.resid).toBe(id);
    const action = path(workbook, 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab', 'Group', 'Control', 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(path(action, 'SourceLocation').attrs.resid).toBe(id);
    expect(resource(id)).toBe(path(app, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue);
  });

  it('no TaskpaneId (a shared runtime has one task pane)', () => {
    expect(all(app).filter((e) => e.name === 'TaskpaneId')).toEqual([]);
  });

  it('requires SharedRuntime 1.1 (and CustomFunctionsRuntime 1.3 for error messages)', () => {
    const sets = path(app, 'Requirements', 'Sets').children.map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toContain('SharedRuntime 1.1');
    expect(sets).toContain('CustomFunctionsRuntime 1.3');
  });

  it('the button sits on the Home tab', () => {
    expect(path(workbook, 'DesktopFormFactor', 'ExtensionPoint').attrs['xsi:type']).toBe('PrimaryCommandSurface');
    expect(path(workbook, 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab').attrs.id).toBe('TabHome');
  });
});

describe('manifest.xml: URLs point at files the build produces in addin/dist', () => {
  const fileOf = (url: string) => join(DIST, new URL(url).pathname);

  it('functions.js and functions.json (this build), help.html, the icons', () => {
    const script = resource(path(workbook, 'AllFormFactors', 'ExtensionPoint', 'Script', 'SourceLocation').attrs.resid!);
    const metadata = resource(path(workbook, 'AllFormFactors', 'ExtensionPoint', 'Metadata', 'SourceLocation').attrs.resid!);
    expect(script).toBe(`${BASE}functions.js`);
    expect(metadata).toBe(`${BASE}functions.json`);
    const files = [
      script,
      metadata,
      path(app, 'SupportUrl').attrs.DefaultValue!,
      path(app, 'IconUrl').attrs.DefaultValue!,
      path(app, 'HighResolutionIconUrl').attrs.DefaultValue!,
      ...[...resources.values()].filter((r) => r.name === 'bt:Image').map((r) => r.attrs.DefaultValue!),
      resource('GetStarted.LearnMoreUrl'),
    ];
    for (const url of files) expect(existsSync(fileOf(url)), url).toBe(true);
  });

  it('icons are PNGs of the sizes the manifest says (IconUrl 32, HighResolutionIconUrl 64, bt:Image size)', () => {
    const pngSize = (url: string) => {
      const b = readFileSync(fileOf(url));
      expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    expect(pngSize(path(app, 'IconUrl').attrs.DefaultValue!)).toEqual([32, 32]);
    expect(pngSize(path(app, 'HighResolutionIconUrl').attrs.DefaultValue!)).toEqual([64, 64]);
    for (const img of all(workbook).filter((e) => e.name === 'bt:Image')) {
      const size = Number(img.attrs.size);
      expect(pngSize(resource(img.attrs.resid!))).toEqual([size, size]);
    }
  });

  it('the task pane page is taskpane.html at the root of the dev server (the agreed path; the task pane build writes it)', () => {
    expect(path(app, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
  });
});

describe('office-addin-manifest info (offline: well-formed XML, base fields)', () => {
  it('parses the manifest and reports the fixed id', () => {
    const bin = join(ROOT, 'node_modules/office-addin-manifest/cli.js');
    const out = execFileSync(process.execPath, [bin, 'info', join(ROOT, 'manifest.xml')], { encoding: 'utf8' });
    expect(out).toContain(`Id: ${FIXED_ID}`);
    expect(out).toContain('Hosts: Workbook');
  });
});
