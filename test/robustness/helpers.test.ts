/**
 * The smaller public functions of core: cell parsers of every workbook column (and the write →
 * read round trip through toSheetCell), column letters, findings helpers, typed parameter
 * getters, column mappings, identity checksums. Plus a guard: every function core exports is
 * named here with the robustness test that covers it, so a new export cannot slip through.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import * as core from '@backofficer/core';
import {
  CellFailure, Decimal, agencyWorkbookLayout, bsnElevenTestSum, cellAddress, cellScalar, cellText, columnLetter, columnNumber,
  compareIsoWeeks, countBySeverity, dataCategoriesFor, detectSheet, findHeaderRow, formatFinding, formatForUser, findingText, getBoolean,
  getDecimal, getInteger, getString, hasErrors, ibanMod97, isSensitiveField, isValidBsn, makeCellParser, matchHeaderRow, normalizeHeader,
  parameterCatalog, parameterNames, parseColumnMapping, readSheet, sheetFit, sortFindings, toSheetCell, worstSeverity, WORKER_TYPES,
  type ColumnSpec, type Finding, type SheetSpec,
} from '@backofficer/core';
import { badValues, describeValue, EDGE_DATES, nasty, outcome, runs } from './support.js';

/** What exceljs hands over for a cell, plus what clerks type. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nasty, weight: 4 },
  { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 2 },
  { arbitrary: fc.date({ min: new Date(Date.UTC(1899, 11, 30)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: false }), weight: 1 },
  {
    arbitrary: fc.constantFrom<unknown>(
      { formula: 'A1*2', result: 7.5 }, { formula: 'NOW()' }, { error: '#N/A' }, { formula: 'X', result: { error: '#VALUE!' } },
      { richText: [{ text: 'ja' }] }, { richText: [] }, { text: '12,50', hyperlink: 'mailto:x' }, 'ja', 'nee', 'Goedgekeurd', 'ma-vr', 'za,zo,feestdag',
      '07:30', '24:00', '7:30', 0.3125, 1, 45_717.5, '15%', '0,15', '1.234,56', '=1+1', '+31612345678', '-', '@', ' 12 ',
    ),
    weight: 3,
  },
);

const allColumns: { sheet: string; column: ColumnSpec }[] = (agencyWorkbookLayout as readonly SheetSpec[]).flatMap((s) =>
  s.columns.map((column) => ({ sheet: String(s.key), column })),
);

/** Values equal as the workbook means them (Decimals by value, dates by ISO text, day lists by content). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Decimal || b instanceof Decimal) return a instanceof Decimal && b instanceof Decimal && a.eq(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

describe('cell parsers of every column of the agency workbook: a value or a CellFailure naming the header, never a throw', () => {
  it(`${allColumns.length} columns × adversarial cells; parse(toSheetCell(v)) = v for every value read`, () => {
    const parsers = allColumns.map(({ sheet, column }) => ({ sheet, column, parse: makeCellParser({ header: column.headers.nl, column }) }));
    fc.assert(
      fc.property(fc.constantFrom(...parsers), cellValue, fc.constantFrom('nl', 'en') as fc.Arbitrary<'nl' | 'en'>, ({ sheet, column, parse }, raw, lang) => {
        const where = `${sheet}.${column.key} (${column.type}) ← ${describeValue(raw)}`;
        let value: unknown;
        expect(() => {
          value = parse(raw);
        }, where).not.toThrow();
        if (value instanceof CellFailure) {
          for (const t of [value.texts.nl, value.texts.en]) {
            expect(t, where).toContain(column.headers.nl);
            expect(t.replace(/"[^"]*"/g, ''), where).not.toMatch(/\bundefined\b|\[object Object\]|Invalid DateTime/);
          }
          return;
        }
        expect(badValues(value, typeof raw === 'string' ? [raw] : []), where).toEqual([]);
        if (value === undefined || value === null) return;
        // Excel keeps 15 significant digits: a Decimal beyond that cannot survive a number cell.
        if (value instanceof Decimal && value.sd(true) > 15) return;
        // Written by the CLI (--out) and read back: the same value.
        const cell = toSheetCell(column, value, lang);
        const again = parse(cell.value);
        expect(again instanceof CellFailure ? again.texts.en : 'ok', `${where}: toSheetCell gave ${describeValue(cell.value)}`).toBe('ok');
        expect(sameValue(again, value), `${where}: wrote ${describeValue(cell.value)}, read back ${describeValue(again)} for ${describeValue(value)}`).toBe(true);
        expect(typeof formatForUser(column, value, lang), where).toBe('string');
      }),
      runs(3000),
    );
  });

  it('cellScalar / cellText never throw and never invent NaN', () => {
    fc.assert(
      // (a non-finite number or Decimal in a cell comes back as itself: that is the cell, not a computation)
      fc.property(cellValue.filter((v) => (!(typeof v === 'number' || v instanceof Decimal) || Number.isFinite(Number(v))) && !(DateTime.isDateTime(v) && !v.isValid) && !(v instanceof Date && Number.isNaN(v.getTime()))), (raw) => {
        outcome(`cellScalar(${describeValue(raw)})`, () => cellScalar(raw), { echoes: [raw] });
        outcome(`cellText(${describeValue(raw)})`, () => cellText(raw), { echoes: [raw] });
      }),
      runs(500),
    );
  });
});

describe('sheet detection, header rows and column mappings on random rows and mapping files', () => {
  const specs = agencyWorkbookLayout as readonly SheetSpec[];
  // (a cell is never a function or a Symbol)
  const headerish = fc.oneof(fc.constantFrom(...allColumns.flatMap((c) => [c.column.headers.nl, c.column.headers.en, ...(c.column.aliases ?? [])])), cellValue.filter((v) => typeof v !== 'function' && typeof v !== 'symbol'));
  const rows = fc.array(fc.option(fc.array(headerish, { maxLength: 12 }), { nil: undefined }), { maxLength: 8 });

  it('detectSheet / findHeaderRow / matchHeaderRow / sheetFit / readSheet', () => {
    fc.assert(
      fc.property(fc.constantFrom(...specs), rows, (spec, grid) => {
        const where = `${String(spec.key)} on ${describeValue(grid)}`;
        const echoes = grid.flat();
        outcome(`detectSheet(${where})`, () => detectSheet(grid), { echoes });
        outcome(`findHeaderRow(${where})`, () => findHeaderRow(spec, grid), { echoes });
        outcome(`matchHeaderRow(${where})`, () => matchHeaderRow(spec, grid[0] ?? [], 0), { echoes });
        outcome(`sheetFit(${where})`, () => sheetFit(spec, grid), { echoes });
        outcome(`readSheet(${where})`, () => readSheet(spec.key as core.SheetKey, grid), { echoes: grid.flat() });
      }),
      runs(400),
    );
  });

  it('parseColumnMapping: random JSON text and records give a mapping or a named InputError', () => {
    const mappingLike = fc.oneof(
      fc.json(),
      fc.string(),
      fc.record({ sheets: fc.dictionary(fc.constantFrom('Workers', 'Hours', 'Hirers', 'x'), fc.record({ sheet: fc.oneof(fc.string(), nasty), columns: fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), nasty)) }, { requiredKeys: [] })) }),
      nasty,
    );
    fc.assert(fc.property(mappingLike, (m) => void outcome(`parseColumnMapping(${describeValue(m)})`, () => parseColumnMapping(m), { echoes: [m] })), runs(500));
  });
});

describe('small helpers', () => {
  it('columnLetter ↔ columnNumber for 1 … 18278 (A … ZZZ); a column that is no whole number ≥ 1 is an InputError, never a hang', () => {
    for (let n = 1; n <= 18_278; n++) expect(columnNumber(columnLetter(n))).toBe(n);
    expect(cellAddress(12, 4)).toBe('D12');
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1e999', null, {}]) {
      expect(outcome(`columnLetter(${describeValue(bad)})`, () => columnLetter(bad as number), { field: 'column' }).ok).toBe(false);
    }
    fc.assert(fc.property(fc.string(), (s) => void outcome(`columnNumber(${describeValue(s)})`, () => columnNumber(s))), runs(300));
  });

  it('normalizeHeader is idempotent; isSensitiveField never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), nasty.filter((v) => typeof v !== 'symbol')), (s) => {
        const once = outcome(`normalizeHeader(${describeValue(s)})`, () => normalizeHeader(s), { echoes: typeof s === 'string' ? [s, s.toLowerCase()] : [] });
        if (once.ok) expect(normalizeHeader(once.value)).toBe(once.value);
        if (typeof s === 'string') expect(typeof isSensitiveField(s)).toBe('boolean');
      }),
      runs(500),
    );
  });

  it('findings helpers on random lists: the worst severity, counts and sorting agree', () => {
    const f = fc.record({
      code: fc.constantFrom('A_B', 'HOURS_NOT_APPROVED', 'BSN_INVALID'),
      severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<'error' | 'warning' | 'info'>,
      message: fc.record({ nl: fc.string({ minLength: 1 }), en: fc.string({ minLength: 1 }) }),
      ref: fc.option(fc.record({ sheet: fc.constantFrom('Uren', 'Hours'), row: fc.integer({ min: 1, max: 1_000_000 }) }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(f, { maxLength: 20 }), (list) => {
        const findings = list as Finding[];
        const counts = countBySeverity(findings);
        expect(counts.error + counts.warning + counts.info).toBe(findings.length);
        expect(hasErrors(findings)).toBe(counts.error > 0);
        const worst = worstSeverity(findings);
        expect(worst).toBe(counts.error ? 'error' : counts.warning ? 'warning' : counts.info ? 'info' : undefined);
        const sorted = sortFindings(findings);
        expect(sorted).toHaveLength(findings.length);
        for (const x of findings) {
          expect(typeof formatFinding(x, 'nl')).toBe('string');
          expect(findingText(x, 'en')).toBe(x.message.en);
        }
      }),
      runs(300),
    );
  });

  it('typed getters: exactly the getter of a parameter\'s kind works, the others are PARAMETER_KIND errors', () => {
    const getters = { decimal: getDecimal, integer: getInteger, string: getString, boolean: getBoolean } as const;
    for (const name of parameterNames()) {
      const kind = parameterCatalog[name]?.kind;
      for (const [k, get] of Object.entries(getters)) {
        const r = outcome(`${k}(${name})`, () => get(name, '2026-03-02'));
        if (r.ok && kind !== undefined) {
          // A getter only succeeds for its own kind (weekday and time read as integer and string).
          expect([k, kind].includes(k) || (k === 'integer' && kind === 'weekday') || (k === 'string' && ['time', 'deadline', 'enum', 'choice', 'list'].includes(kind)), `${k}(${name}) of kind ${kind}`).toBe(true);
        }
      }
    }
  });

  it('checksums and comparisons on random input: ibanMod97, bsnElevenTestSum, compareIsoWeeks, dataCategoriesFor', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{5,34}$/), fc.stringMatching(/^[0-9]{9}$/), (iban, bsn) => {
        const mod = ibanMod97(iban);
        expect(Number.isInteger(mod) && mod >= 0 && mod < 97).toBe(true);
        expect(bsnElevenTestSum(bsn) % 11 === 0 && !/^0+$/.test(bsn)).toBe(isValidBsn(bsn));
      }),
      runs(500),
    );
    fc.assert(
      fc.property(fc.record({ year: fc.integer({ min: 1000, max: 9999 }), week: fc.integer({ min: 1, max: 53 }) }), fc.record({ year: fc.integer({ min: 1000, max: 9999 }), week: fc.integer({ min: 1, max: 53 }) }), (a, b) => {
        expect(Math.sign(compareIsoWeeks(a, b))).toBe(-Math.sign(compareIsoWeeks(b, a)));
      }),
      runs(300),
    );
    for (const t of [...WORKER_TYPES, 'x', '', null]) outcome(`dataCategoriesFor(${describeValue(t)})`, () => dataCategoriesFor(t as never));
  });
});

// -------------------------------------------------------------------------------------------
// Every exported function is covered by a robustness test (extend this list with new exports).
// -------------------------------------------------------------------------------------------

/** Export → where its robustness is tested. Classes and schemas are covered through the functions that use them. */
const COVERED: Record<string, string> = {
  // money
  parseAmount: 'money', parseNumber: 'money', parseHours: 'money', parseMinutes: 'money', parsePercent: 'money', roundCents: 'money', roundTo: 'money',
  toCents: 'money', fromCents: 'money', sum: 'money', isDecimal: 'support (badValues)', Decimal: 'money',
  // errors
  BackOfficerError: 'support', InputError: 'support', NoRuleError: 'support', InvalidInputError: 'records', isBackOfficerError: 'support',
  displayValue: 'calendar-rules', maskBsn: 'calendar-rules', maskIban: 'calendar-rules', maskSensitive: 'calendar-rules', isSensitiveField: 'helpers',
  parseWith: 'records (every zod-validated input)', pathText: 'records (InvalidInputError fields)',
  // rules
  getParameter: 'calendar-rules', getDecimal: 'helpers', getInteger: 'helpers', getString: 'helpers', getBoolean: 'helpers', resolveParameter: 'calendar-rules',
  explain: 'calendar-rules', parameterNames: 'calendar-rules', withOverrides: 'calendar-rules', rulesForCao: 'calendar-rules', withCao: 'calendar-rules',
  // calendar
  toDate: 'calendar-rules', toIsoDate: 'calendar-rules', toInstant: 'calendar-rules', parseIsoWeek: 'calendar-rules', toIsoWeek: 'calendar-rules',
  formatIsoWeek: 'calendar-rules', isoWeekOf: 'calendar-rules', weeksInYear: 'calendar-rules', weekStart: 'calendar-rules', weekEnd: 'calendar-rules',
  addWeeks: 'calendar-rules', compareIsoWeeks: 'helpers', easterSunday: 'calendar-rules', publicHolidays: 'calendar-rules', publicHolidayOn: 'calendar-rules',
  isPublicHoliday: 'calendar-rules', isWorkingDay: 'calendar-rules', previousWorkingDay: 'calendar-rules', nextWorkingDay: 'calendar-rules',
  parseDeadlineRule: 'calendar-rules', payrollCalendar: 'calendar-rules', payrollDeadline: 'calendar-rules', effectiveWeekOfChange: 'calendar-rules',
  // wages, identity
  minimumWage: 'calendar-rules', minimumWageTable: 'calendar-rules', minimumWageAge: 'calendar-rules', checkBsn: 'calendar-rules', isValidBsn: 'calendar-rules',
  bsnElevenTestSum: 'helpers', checkIban: 'calendar-rules', isValidIban: 'calendar-rules', ibanMod97: 'helpers', checkKvk: 'calendar-rules', isValidKvk: 'calendar-rules',
  // model
  parseWorker: 'records', parseHirer: 'records', parsePlacement: 'records', parseHourLine: 'records', parseHourLines: 'records', agreementOn: 'rates-cost (rateFor)',
  // contracts, compliance
  contractPhase: 'records', workedWeeks: 'records', agencyClauseEnds: 'records', parseHistory: 'records', parseContract: 'records', parseWork: 'records',
  advanceLedger: 'records', checkDeduction: 'records', checkDeductions: 'records', sicknessReportOnTime: 'records', dossierStatus: 'records',
  retentionUntil: 'records', erasurePlan: 'records', exportPlan: 'records', dataCategoriesFor: 'helpers',
  defineFindings: 'helpers (findings)', finding: 'helpers (findings)', ruleOf: 'records (findings)', findingText: 'helpers', sortFindings: 'helpers',
  worstSeverity: 'helpers', hasErrors: 'helpers', countBySeverity: 'helpers', formatFinding: 'helpers',
  // cost, rates
  hourlyCost: 'rates-cost', hourlyCostModel: 'rates-cost', reservationRates: 'calendar-rules', weekdaysInYear: 'calendar-rules', pensionPremium: 'rates-cost',
  billingRate: 'rates-cost', factorFor: 'rates-cost', rateForMargin: 'rates-cost', marginFor: 'rates-cost', rateFromMargin: 'rates-cost', rateFor: 'rates-cost',
  surchargeWage: 'rates-cost', toWageAgreement: 'rates-cost',
  // hirer pay
  parseHirerPayProfile: 'hirer-pay', compileProfile: 'hirer-pay', CompiledProfile: 'hirer-pay', shiftPay: 'hirer-pay', shiftsPay: 'hirer-pay',
  payslipLines: 'hirer-pay', payslipTotal: 'hirer-pay', parseRuleText: 'hirer-pay', parseSurchargeText: 'hirer-pay', parseOvertimeText: 'hirer-pay',
  formatSurcharge: 'hirer-pay (compileProfile renders rules)', formatOvertime: 'hirer-pay (compileProfile renders rules)',
  // timesheet, workbook
  validateTimesheet: 'workbook-timesheet', readAgencyWorkbook: 'workbook-timesheet', readSheet: 'helpers', cellRef: 'workbook-timesheet (problem refs)',
  toWorkerInput: 'workbook-timesheet', toHirerInput: 'workbook-timesheet', toPlacementInputs: 'workbook-timesheet', toHirerPayProfileInputs: 'workbook-timesheet',
  toHourLines: 'workbook-timesheet', workerDocuments: 'workbook-timesheet (toWorkerInput)', makeCellParser: 'helpers', cellScalar: 'helpers', cellText: 'helpers',
  CellFailure: 'helpers', CellErrorValue: 'helpers', failureCode: 'helpers (makeCellParser)', columnLetter: 'helpers', columnNumber: 'helpers', cellAddress: 'helpers',
  normalizeHeader: 'helpers', parseColumnMapping: 'helpers', detectSheet: 'helpers', findHeaderRow: 'helpers', matchHeaderRow: 'helpers', sheetFit: 'helpers',
  sheetNames: 'helpers (readSheet)', columnNames: 'helpers (readSheet)', sheetSpec: 'helpers (readSheet)', WorkbookStructureError: 'workbook-timesheet',
  formatForUser: 'helpers', formatDays: 'helpers (formatForUser)', toSheetCell: 'helpers',
  // ET, invoicing
  etAllowance: 'records', proforma: 'records', proformaSummary: 'records', creditExposure: 'records',
  // margin
  marginOverview: 'margin', marginForecast: 'margin', marginInvoice: 'margin (through marginOverview)', parseSettlements: 'margin (through marginOverview)',
  amountCents: 'margin', forecastCell: 'margin', parseForecastInput: 'margin', parsePricedLines: 'margin', priceHourLines: 'margin',
  controlListFromWorkbook: 'workbook-timesheet', timesheetInputFromWorkbook: 'workbook-timesheet', marginFromWorkbook: 'workbook-timesheet', hoursWeeks: 'workbook-timesheet', forecastInputFromWorkbook: 'workbook-timesheet',
};

describe('coverage: every function exported by @backofficer/core has a robustness test', () => {
  it('no export without an entry in COVERED', () => {
    const exported = Object.entries(core).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    const missing = exported.filter((k) => !(k in COVERED));
    expect(missing, 'new exports: add a robustness test and an entry in COVERED').toEqual([]);
  });
});
