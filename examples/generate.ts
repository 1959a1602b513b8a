/**
 * Builds the example files from a fixed seed:
 *   examples/agency-week.xlsx        a fictional agency: 40 workers, 8 hirers, 13 weeks of hours
 *   examples/template.xlsx           the empty agency workbook with Dutch headers and header notes
 *   examples/expected-findings.json  the deliberate mistakes: code, sheet, row (machine-readable)
 *   examples/mapping-example.json    a column mapping for an hours export with other column names
 *   examples/README.md               every sheet and column, and the mistakes table
 *
 * Run from the repository root: npx tsx examples/generate.ts
 * The output is byte-identical on every run (fixed seed, fixed creation time, fixed zip dates).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import {
  Decimal, agencyWorkbookLayout, columnLetter, readAgencyWorkbook, roundCents, toSheetCell, type AgencySheet, type ColumnSpec, type SheetKey,
} from '../packages/core/src/index.js';
import { readInputFile, writeFileAtomic, writeRows, writeXlsxAtomic } from '../packages/cli/src/io/index.js';
import {
  FIXED_TIME, FIRST_MONDAY, HIRERS, SEED, TARGET_WEEK, WEEKS, addDays, applyMistakes, buildAgency, buildHours, mondayOf, sortLines, weekIndexOf,
  weekLabel, weekday, type Agency, type HourLineDef, type Mistake,
} from './gen-agency.js';
import { Prng } from './gen-prng.js';
import { readmeText, type ExpectedFinding } from './gen-readme.js';

const here = dirname(fileURLToPath(import.meta.url));
// `--out <folder>` writes elsewhere (the tests rebuild into a temporary folder and compare bytes).
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1]! : here;
const out = (name: string) => join(outDir, name);

type Row = Record<string, unknown>;
const dec = (v: string | number) => new Decimal(v);
const spec = (key: SheetKey) => (agencyWorkbookLayout as readonly AgencySheet[]).find((s) => s.key === key)!;

// ---- records per sheet (values as the reader gives them back) ----------------------------------

function workerRows(agency: Agency): Row[] {
  return agency.workers.map((w) => ({ ...w }));
}

function hirerRows(agency: Agency): Row[] {
  return agency.hirers.map((h) => ({
    id: h.id, name: h.name, kvk: h.kvk, sector: h.sector, creditLimit: dec(h.creditLimit), creditInsurance: h.creditInsurance,
    requiresHoursProof: h.requiresHoursProof, reverseChargeVat: h.reverseChargeVat,
    gAccountPercent: h.gAccountPercent === undefined ? undefined : dec(h.gAccountPercent), paymentTermDays: h.paymentTermDays, registeredAt: h.registeredAt,
  }));
}

function placementRows(agency: Agency): Row[] {
  const rows: Row[] = [];
  for (const p of agency.placements) {
    for (const a of p.agreements) {
      rows.push({
        id: p.id, workerId: p.workerId, hirerId: p.hirerId, job: p.job, start: p.start, end: p.end, cao: 'ABU',
        contractType: 'agency-clause', contractHoursPerWeek: p.contractHoursPerWeek === undefined ? undefined : dec(p.contractHoursPerWeek),
        phase: p.phase, phaseWeeks: p.phaseWeeks, contractNumber: p.contractNumber, agreementFrom: a.from, wage: dec(a.wage), rateMode: a.rateMode,
        factor: a.factor === undefined ? undefined : dec(a.factor), margin: a.margin === undefined ? undefined : dec(a.margin), marginBasis: a.marginBasis,
        rate: a.rate === undefined ? undefined : dec(a.rate), costCentre: p.costCentre,
      });
    }
  }
  return rows;
}

function hirerPayRows(agency: Agency): Row[] {
  const rows: Row[] = [];
  for (const p of agency.profiles) {
    p.rows.forEach((r, i) => {
      rows.push({
        profileId: p.id, hirerId: p.hirerId, job: p.job, validFrom: r.validFrom, rule: r.rule, scale: r.scale,
        scaleWage: r.scaleWage === undefined ? undefined : dec(r.scaleWage), days: r.days, from: r.from, to: r.to,
        overtimeAfterHours: r.overtimeAfterHours === undefined ? undefined : dec(r.overtimeAfterHours), period: r.period,
        percent: r.percent === undefined ? undefined : dec(r.percent), amount: r.amount === undefined ? undefined : dec(r.amount), unit: r.unit,
        compensation: r.compensation, description: r.description,
        // The form's status on its first row.
        complete: i === 0 ? true : undefined,
        signedBy: i === 0 ? p.signedBy : undefined,
        signedAt: i === 0 ? p.signedAt : undefined,
      });
    });
  }
  return rows;
}

function hourRows(lines: HourLineDef[]): Row[] {
  return lines.map((l, i) => ({
    id: `R${String(100001 + i)}`, workerId: l.workerId, workerName: l.workerName, placementId: l.placementId, date: l.date, start: l.start, end: l.end,
    endDate: l.endDate, breakMinutes: l.breakMinutes, hours: l.hours === undefined ? undefined : dec(l.hours), status: l.status,
    approvedBy: l.approvedBy, approvedAt: l.approvedAt, proof: l.proof, note: l.note,
  }));
}

function workedMinutes(l: HourLineDef): number {
  if (l.hours !== undefined) return Math.round(Number(l.hours) * 60);
  const [sh, sm] = l.start!.split(':').map(Number) as [number, number];
  const [eh, em] = l.end!.split(':').map(Number) as [number, number];
  let span = eh * 60 + em - (sh * 60 + sm);
  if (span <= 0) span += 1440;
  return span - l.breakMinutes;
}

function advanceRows(agency: Agency): Row[] {
  const id = (name: string) => agency.workers.find((w) => w.name === name)!.id;
  return [
    { id: 'V0001', workerId: id('Jesse Dijkstra'), date: '2026-01-29', kind: 'advance', amount: dec('250.00'), paidBy: 'backoffice', reason: 'proof', note: 'Urenbriefje week 4 te laat binnen' },
    { id: 'V0002', workerId: id('Jesse Dijkstra'), date: '2026-02-04', kind: 'recovery', amount: dec('250.00'), paidBy: 'backoffice', reason: 'proof', note: 'Verrekend met loon week 5' },
    { id: 'V0003', workerId: id('Priya Raghunathan'), date: '2026-03-05', kind: 'advance', amount: dec('300.00'), paidBy: 'backoffice', reason: 'dossier', note: 'GVVA verlopen; verlenging aangevraagd bij de IND' },
    { id: 'V0004', workerId: id('Cristina Marin'), date: '2026-03-06', kind: 'advance', amount: dec('250.00'), paidBy: 'agency', reason: 'dossier', note: 'Geen geldig BSN: voorschot door de uitzender zelf' },
  ];
}

function deductionRows(agency: Agency, lines: HourLineDef[]): Row[] {
  const rows: Row[] = [];
  const housed = ['Anna Nowak', 'Katarzyna Wójcik', 'Agnieszka Lewandowska', 'Elena Ionescu', 'Mihai Constantin'];
  let n = 1;
  const next = () => `I${String(n++).padStart(4, '0')}`;
  for (let w = 0; w < WEEKS; w++) {
    const friday = addDays(mondayOf(w), 4);
    for (const name of housed) {
      const worker = agency.workers.find((x) => x.name === name)!;
      if (!lines.some((l) => l.workerId === worker.id && weekIndexOf(l.date) === w)) continue;
      rows.push({ id: next(), workerId: worker.id, date: friday, kind: 'housing', amount: dec('85.00'), housingCertified: true, description: 'Huisvesting SNF-locatie Westland' });
      rows.push({ id: next(), workerId: worker.id, date: friday, kind: 'health-insurance', amount: dec('32.50'), description: 'Zorgverzekering collectief' });
    }
  }
  const lars = agency.workers.find((x) => x.name === 'Lars Bos')!.id;
  for (const [date, term] of [['2026-02-20', 1], ['2026-02-27', 2]] as const) {
    rows.push({ id: next(), workerId: lars, date, kind: 'fine-judicial', amount: dec('38.50'), proofAt: '2026-02-11', authorisationSignedAt: '2026-02-13', description: `Parkeerboete CJIB bedrijfsbus, termijn ${term} van 2` });
  }
  return rows;
}

/** Invoices per hirer per week (2025-W50 … 2026-W09), with payments up to 9 March 2026. */
function invoiceRows(agency: Agency, lines: HourLineDef[], rng: Prng): Row[] {
  const rows: Row[] = [];
  let n = 1;
  for (let w = 0; w < WEEKS - 1; w++) {
    for (const h of agency.hirers) {
      let total = new Decimal(0);
      for (const l of lines) {
        const p = agency.placements.find((x) => x.id === l.placementId)!;
        if (p.hirerId !== h.id || weekIndexOf(l.date) !== w || l.status !== 'approved') continue;
        const a = [...p.agreements].reverse().find((x) => x.from <= l.date)!;
        const rate = a.rateMode === 'fixed' ? dec(a.rate!) : dec(a.wage).mul(a.rateMode === 'factor' ? a.factor! : '1.85');
        total = total.plus(roundCents(rate.mul(workedMinutes(l)).div(60)));
      }
      if (total.isZero()) continue;
      const date = addDays(mondayOf(w), 9); // Wednesday of the week after: payroll and invoicing day
      const due = addDays(date, h.paymentTermDays);
      const vat = h.reverseChargeVat ? dec(0) : roundCents(total.mul('0.21'));
      const gross = total.plus(vat);
      let paid = dec(0);
      let paidAt: string | undefined;
      const overdueOnPurpose = h.id === 'H07' && (weekLabel(w) === '2026-W05' || weekLabel(w) === '2026-W06');
      if (due < '2026-02-27' && !overdueOnPurpose) {
        paid = gross;
        paidAt = addDays(due, -rng.int(0, 4));
      } else if (h.id === 'H03' && weekLabel(w) === '2026-W07') {
        paid = roundCents(gross.div(2));
        paidAt = '2026-03-04';
      }
      rows.push({ number: `F2026-${String(n++).padStart(4, '0')}`, hirerId: h.id, date, dueDate: due, week: weekLabel(w), amountExVat: total, vat, paid, paidAt });
    }
  }
  return rows;
}

// ---- writing -----------------------------------------------------------------------------------

function widthOf(column: ColumnSpec): number {
  const byType: Partial<Record<ColumnSpec['type'], number>> = { date: 12, datetime: 17, time: 9, boolean: 10, amount: 12, percent: 10 };
  return Math.min(Math.max(column.headers.nl.length + 2, byType[column.type] ?? 12), 36);
}

function addLayoutSheet(wb: ExcelJS.Workbook, key: SheetKey, records: readonly Row[], notes: boolean): void {
  const s = spec(key);
  const columns = s.columns as readonly ColumnSpec[];
  const ws = wb.addWorksheet(s.names.nl, { views: [{ state: 'frozen', ySplit: 1 }] });
  writeRows(ws, [columns.map((c) => c.headers.nl), ...records.map((r) => columns.map((c) => toSheetCell(c, r[c.key], 'nl')))]);
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = widthOf(c);
    const cell = ws.getCell(1, i + 1);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.mandatory ? 'FFD9E1F2' : 'FFF2F2F2' } };
    if (notes) cell.note = headerNote(c);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

const TYPE_WORDS: Record<ColumnSpec['type'], string> = {
  id: 'nummer of code', text: 'tekst', enum: 'keuze', date: 'datum (dd-mm-jjjj)', datetime: 'datum en tijd (dd-mm-jjjj uu:mm)', time: 'tijd (uu:mm)',
  amount: 'bedrag in euro', number: 'getal', integer: 'geheel getal', hours: 'uren (7,5 of 7:30)', minutes: 'minuten (30 of 0:30)', percent: 'percentage (25%)',
  boolean: 'ja/nee', days: 'dagen (ma-vr, za, zo, feestdag)',
};

function headerNote(c: ColumnSpec): string {
  const parts = [c.description.nl, `Soort: ${TYPE_WORDS[c.type]}${c.choices ? `: ${c.choices.map((x) => x.labels.nl).join(', ')}` : ''}.`];
  parts.push(c.mandatory ? (c.blankAllowed ? 'Verplichte kolom; cel mag leeg.' : 'Verplicht.') : c.requiredWhen ? 'Verplicht bij een bepaalde keuze (zie toelichting).' : 'Optioneel.');
  if (c.default !== undefined) parts.push(`Leeg = standaardwaarde (wordt gemeld).`);
  return parts.join('\n');
}

function addIntroSheet(wb: ExcelJS.Workbook, lines: string[]): void {
  const ws = wb.addWorksheet('Toelichting');
  ws.getColumn(1).width = 110;
  writeRows(ws, lines.map((l) => [l]));
  ws.getCell('A1').font = { bold: true, size: 14 };
}

const EXAMPLE_INTRO = [
  'Voorbeeldwerkmap BackOfficer: Uitzendbureau De Kempen (fictief)',
  '',
  'Alle namen, bedrijven, BSN\'s, IBAN\'s en KvK-nummers in deze werkmap zijn verzonnen. De BSN\'s voldoen aan de elfproef en de',
  'IBAN\'s aan de mod-97-controle, maar zijn willekeurig gegenereerd; een overeenkomst met een echt persoon of bedrijf is toeval.',
  'Gebruik ze nooit buiten tests.',
  '',
  `Uren van ${weekLabel(0)} tot en met ${TARGET_WEEK} (13 weken). In ${TARGET_WEEK} en op Tweede Kerstdag 2025 staan bewuste fouten:`,
  'zie examples/README.md en examples/expected-findings.json voor de lijst met rijen.',
  '',
  'Opnieuw maken: npx tsx examples/generate.ts',
  'Controleren: npx backofficer validate examples/agency-week.xlsx --week 2026-W10',
];

const TEMPLATE_INTRO = [
  'Werkmap voor uw uitzendbureau (BackOfficer)',
  '',
  'Vul per blad één regel per record in, vanaf rij 2; laat de kopregel staan. De opmerking bij elk kopje zegt wat er in de kolom hoort.',
  'Blauwe kopjes zijn verplicht, grijze optioneel. Eigen kolomnamen? Koppel ze met een kolomindeling (zie examples/README.md).',
  'Bladen: Uitzendkrachten, Inleners, Plaatsingen, Inlenersbeloning, Uren, Voorschotten, Inhoudingen, Facturen.',
  'Data: BSN, IBAN en geboortedatum zijn persoonsgegevens (AVG). BackOfficer toont ze alleen gemaskeerd en stuurt niets door.',
];

// ---- expected findings -------------------------------------------------------------------------

function expectedFindings(agency: Agency, mistakes: Mistake[], lines: HourLineDef[], sheets: Record<SheetKey, Row[]>): ExpectedFinding[] {
  const rowOfLine = (l: HourLineDef) => lines.indexOf(l) + 2;
  const hoursSpec = spec('Hours').columns as readonly ColumnSpec[];
  const letter = (key: SheetKey, field?: string) => {
    if (!field) return undefined;
    const i = (spec(key).columns as readonly ColumnSpec[]).findIndex((c) => c.key === field);
    return i < 0 ? undefined : columnLetter(i + 1);
  };
  void hoursSpec;
  const recordRow = (key: SheetKey, id: string) => {
    const idKey = key === 'HirerPay' ? 'profileId' : 'id';
    const i = sheets[key].findIndex((r) => r[idKey] === id);
    if (i < 0) throw new Error(`no ${key} record ${id}`);
    return i + 2;
  };
  return mistakes.map((m) => {
    const marked = lines.filter((l) => l.mistake === m.code);
    let related: HourLineDef[] = [];
    if (m.code === 'DUPLICATE_LINE' || m.code === 'SHIFT_OVERLAP') {
      related = lines.filter((l) => !marked.includes(l) && l.workerId === marked[0]!.workerId && l.date === marked[0]!.date && l.placementId === marked[0]!.placementId);
    } else if (m.code === 'ATW_REST_TOO_SHORT' || m.code === 'ATW_REST_SHORTENED') {
      // The shift that starts too soon after the one before it.
      related = lines.filter((l) => l.workerId === marked[0]!.workerId && l.date === addDays(marked[0]!.date, -1));
    }
    const lineRows = [...marked, ...related].map(rowOfLine).sort((a, b) => a - b);
    const sheetKey = m.at.sheet;
    const row = sheetKey === 'Hours' ? Math.max(...marked.map(rowOfLine)) : recordRow(sheetKey, m.at.id!);
    const col = letter(sheetKey, m.at.field);
    return {
      code: m.code,
      week: m.week,
      sheet: spec(sheetKey).names.nl,
      sheetKey,
      row,
      ...(m.at.field ? { field: m.at.field } : {}),
      ...(col ? { cell: `${col}${row}` } : {}),
      lines: lineRows,
      what: m.what,
    };
  });
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const rng = new Prng(SEED);
  const agency = buildAgency(rng);
  // KvK numbers of the hirers: 8 digits, fictional.
  for (const h of agency.hirers) h.kvk = `9${rng.digits(7)}`;
  const raw = buildHours(agency);
  const mistakes = applyMistakes(agency, raw);
  const lines = sortLines(raw);

  const sheets: Record<SheetKey, Row[]> = {
    Workers: workerRows(agency),
    Hirers: hirerRows(agency),
    Placements: placementRows(agency),
    HirerPay: hirerPayRows(agency),
    Hours: hourRows(lines),
    Advances: advanceRows(agency),
    Deductions: deductionRows(agency, lines),
    Invoices: invoiceRows(agency, lines, rng),
  };

  const keys = (agencyWorkbookLayout as readonly AgencySheet[]).map((s) => s.key);
  await writeXlsxAtomic(
    out('agency-week.xlsx'),
    (wb) => {
      addIntroSheet(wb, EXAMPLE_INTRO);
      for (const key of keys) addLayoutSheet(wb, key, sheets[key], false);
    },
    { fixedTime: FIXED_TIME, creator: 'BackOfficer examples/generate.ts' },
  );
  await writeXlsxAtomic(
    out('template.xlsx'),
    (wb) => {
      addIntroSheet(wb, TEMPLATE_INTRO);
      for (const key of keys) addLayoutSheet(wb, key, [], true);
    },
    { fixedTime: FIXED_TIME, creator: 'BackOfficer examples/generate.ts' },
  );

  const findings = expectedFindings(agency, mistakes, lines, sheets);
  const expected = {
    description: 'Deliberate mistakes in examples/agency-week.xlsx, one per timesheet finding code. Generated by examples/generate.ts; do not edit.',
    workbook: 'examples/agency-week.xlsx',
    weeks: { from: weekLabel(0), to: TARGET_WEEK },
    targetWeek: TARGET_WEEK,
    // Rows written per sheet (tests compare what a reader gets back with these).
    rowsWritten: Object.fromEntries(keys.map((k) => [k, sheets[k].length])),
    findings,
  };
  await writeFileAtomic(out('expected-findings.json'), new TextEncoder().encode(`${JSON.stringify(expected, null, 2)}\n`));

  const mapping = {
    name: 'Voorbeeld: urenexport van een portaal met eigen kolomnamen',
    sheets: {
      Hours: {
        sheet: 'Export',
        columns: { workerId: 'Kracht nr', placementId: 'Opdracht', date: 'Werkdag', start: 'Aanvang', end: 'Einde', breakMinutes: 'Rust (min)', status: 'Akkoord status' },
        defaults: { proof: 'nee' },
      },
    },
  };
  await writeFileAtomic(out('mapping-example.json'), new TextEncoder().encode(`${JSON.stringify(mapping, null, 2)}\n`));

  // Read the workbook back as the CLI does: it must have no problems and no defaults.
  const input = await readInputFile(out('agency-week.xlsx'));
  const wb = readAgencyWorkbook(input.grids);
  if (wb.problems.length > 0) throw new Error(`the example has reading problems: ${wb.problems.map((p) => p.message.en).join('; ')}`);
  if (wb.defaults.length > 0) throw new Error(`the example relies on defaults: ${wb.defaults.map((d) => d.message.en).join('; ')}`);
  const counts = Object.fromEntries(keys.map((k) => [k, wb.sheets[k]?.records.length ?? 0])) as Record<SheetKey, number>;

  const readme = readmeText({
    counts,
    findings,
    hirers: HIRERS,
    workers: agency.workers,
    weeks: { from: weekLabel(0), to: TARGET_WEEK, firstMonday: FIRST_MONDAY },
    lines: lines.length,
    profiles: agency.profiles.length,
    agreementsPerPlacement: `${agency.placements.length} placements; those running over the year end have a 2025 agreement and a new one from 1 January 2026, when the minimum wage and the hirers' scales went up`,
  });
  await writeFileAtomic(out('README.md'), new TextEncoder().encode(readme));

  const rel = (p: string) => relative(process.cwd(), out(p));
  console.log(`${rel('agency-week.xlsx')}: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`${rel('expected-findings.json')}: ${findings.length} deliberate mistakes`);
  console.log(`${rel('template.xlsx')}, ${rel('mapping-example.json')}, ${rel('README.md')} written`);
  void weekday;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
