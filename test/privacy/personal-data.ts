/**
 * The personal numbers of the example workbook (DESIGN.md "Privacy by design"): every BSN and
 * IBAN of its Workers sheet, read from the file as the user typed them, and a scanner that finds
 * any of them unmasked in a text, written compact or with spaces, dots or dashes.
 */
import { fileURLToPath } from 'node:url';
import { readAgencyWorkbook } from '@backofficer/core';
import { readInputFile } from '../../packages/cli/src/io/index.js';

export const EXAMPLE = fileURLToPath(new URL('../../examples/agency-week.xlsx', import.meta.url));

export interface PersonalData {
  bsns: string[];
  ibans: string[];
  /** Input sheet → A1 address → cell text, to recognise a copy of the user's own cell. */
  cells: Map<string, Map<string, string>>;
  /** Names of the input sheets. */
  sheets: string[];
}

const compact = (text: string) => text.replace(/[\s.\-]/g, '').toUpperCase();

/** Reads the BSN and IBAN columns of the Workers sheet (whatever their order) and every input cell. */
export async function personalDataOf(path = EXAMPLE): Promise<PersonalData> {
  const input = await readInputFile(path);
  const wb = readAgencyWorkbook(input.grids);
  const workers = wb.sheets.Workers;
  if (!workers) throw new Error('the example has no Workers sheet');
  const bsns = new Set<string>();
  const ibans = new Set<string>();
  for (const w of workers.records) {
    const r = w as { bsn?: unknown; iban?: unknown };
    if (typeof r.bsn === 'string' && /^\d{8,9}$/.test(compact(r.bsn))) bsns.add(compact(r.bsn).padStart(9, '0'));
    if (typeof r.iban === 'string' && r.iban.trim() !== '') ibans.add(compact(r.iban));
  }
  // The same columns straight from the cells, in case a record left a row out (a row with an error).
  // (1-based column numbers; the CLI's grids start at column A)
  const bsnCol = workers.columns['bsn'] ? workers.columns['bsn'].column - 1 : undefined;
  const ibanCol = workers.columns['iban'] ? workers.columns['iban'].column - 1 : undefined;
  const grid = input.grids[workers.sheet] as (unknown[] | undefined)[];
  for (const row of grid.slice(workers.headerRow)) {
    const b = bsnCol !== undefined ? row?.[bsnCol] : undefined;
    const i = ibanCol !== undefined ? row?.[ibanCol] : undefined;
    if ((typeof b === 'string' || typeof b === 'number') && /^\d{8,9}$/.test(compact(String(b)))) bsns.add(compact(String(b)).padStart(9, '0'));
    if (typeof i === 'string' && /^[A-Z]{2}\d{2}/.test(compact(i))) ibans.add(compact(i));
  }
  const cells = new Map<string, Map<string, string>>();
  for (const [sheet, rows] of Object.entries(input.grids)) {
    const m = new Map<string, string>();
    (rows as (unknown[] | undefined)[]).forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== undefined && v !== null) m.set(`${columnLetter(c + 1)}${r + 1}`, String(v));
      }),
    );
    cells.set(sheet, m);
  }
  return { bsns: [...bsns], ibans: [...ibans], cells, sheets: Object.keys(input.grids) };
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The personal numbers a text shows unmasked (a BSN of 8 digits also counts with its leading 0 dropped). */
export function unmasked(text: string, data: PersonalData): string[] {
  const c = compact(text);
  const hits: string[] = [];
  for (const b of data.bsns) if (c.includes(b) || (b.startsWith('0') && new RegExp(`(?<!\\d)${b.slice(1)}(?!\\d)`).test(c))) hits.push(`BSN ${b.slice(0, 2)}…`);
  for (const i of data.ibans) if (c.includes(i)) hits.push(`IBAN ${i.slice(0, 4)}…`);
  return hits;
}
