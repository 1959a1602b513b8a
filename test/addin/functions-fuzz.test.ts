/**
 * Robustness (issue 7): random Excel-shaped arguments (numbers including NaN and ±Infinity, text
 * numbers, dates, garbage text, booleans, null, ranges of them, even ragged ones) never make a
 * function throw or return NaN. Every result is a number, text, boolean or an error value
 * (#VALUE! / #N/A with a message), or rows of those for the spilling functions. And no input may
 * reach the generic "unexpected problem" message: that would be an unhandled case in our code.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeExcelError, loadFunctions, readMetadata, type FunctionsMetadata, type LoadedFunctions } from './excel-host.js';

let bo: LoadedFunctions;
let meta: FunctionsMetadata;
beforeAll(() => {
  bo = loadFunctions();
  meta = readMetadata();
});

const dutchNumber = fc
  .tuple(fc.integer({ min: -9999, max: 99999 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom(',', '.', ''))
  .map(([i, f, sep]) => (sep ? `${i}${sep}${f}` : `${i}`));
const dateText = fc
  .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1890, max: 2100 }), fc.boolean())
  .map(([d, m, y, iso]) => (iso ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : `${d}-${m}-${y}`));
const weekText = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 60 })).map(([y, w]) => `${y}-W${String(w).padStart(2, '0')}`);

const scalar = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.double({ min: 40_000, max: 50_000, noNaN: true }),
  fc.constantFrom(0, -0, 1, 0.15, 15, 60, 61, 45292, 46082, 2_958_465, 2_958_466, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.string(),
  dutchNumber,
  dateText,
  weekText,
  fc.constantFrom('15%', '15 %', '%', '7:30', '99:99', '€ 12,50', '1.234,56', '1,234', 'of-rate', 'markup', 'NL91ABNA0417164300', '111222333', 'TRUE'),
  // Names and values the option ranges, profiles and tables of HOURLYCOST, SHIFTPAY, PHASE and FORECAST know.
  fc.constantFrom(
    'contract', 'agency-clause', 'open-ended', 'employer size', 'large', 'whk', 'pension', 'basis', 'none', 'age', 'birth date',
    'scale wage', 'surcharge', 'overtime', 'rule', 'ma-vr 20:00-06:00 25%', 'za 50%', 'overwerk na 8 uur per dag 25%', 'na 8 uur per dag',
    'kind', 'start', 'end', 'week', 'hours', 'date', 'id', 'wage', 'factor', 'margin', 'rate', 'mode', 'cao', 'ABU', 'NBBU',
    'segments', 'lines', 'counters', 'pay', '2026-03-02 22:00', '06:00', '2026-W10', 'values', 'revenue',
  ),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 46000, max: 46500, noNaN: true }).map((d) => Math.round(d * 96) / 96),
  fc.boolean(),
  fc.constant(null),
);
const range = fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
/** A repeating parameter's value: one range per argument. */
const ranges = fc.array(range, { minLength: 0, maxLength: 4 });
const argument = fc.oneof({ arbitrary: scalar, weight: 3 }, { arbitrary: range, weight: 2 }, { arbitrary: ranges, weight: 1 });

function checkCell(value: unknown, where: string): void {
  if (value instanceof FakeExcelError) {
    expect(['#VALUE!', '#N/A'], where).toContain(value.code);
    expect(typeof value.message === 'string' && value.message.length > 0, where).toBe(true);
    expect(value.message, where).not.toMatch(/unexpected problem/);
    return;
  }
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${where}: ${value}`).toBe(true);
    return;
  }
  expect(['string', 'boolean'], `${where}: ${String(value)}`).toContain(typeof value);
}

describe('random Excel-shaped input never throws and never returns NaN', () => {
  it('every function, 300 random calls each (BO_FUZZ_RUNS=n for more)', () => {
    for (const f of meta.functions) {
      const spills = f.result.dimensionality === 'matrix';
      fc.assert(
        fc.property(fc.array(argument, { minLength: f.parameters.length, maxLength: f.parameters.length }), (args) => {
          const where = `BO.${f.id}(${JSON.stringify(args)})`;
          let result: unknown;
          expect(() => {
            result = bo.call(f.id, ...args);
          }, where).not.toThrow();
          if (spills) {
            expect(Array.isArray(result), where).toBe(true);
            const rows = result as unknown[][];
            expect(rows.length, where).toBeGreaterThan(0);
            const width = rows[0]!.length;
            for (const row of rows) {
              expect(Array.isArray(row) && row.length === width, `${where}: rectangular`).toBe(true);
              for (const cell of row) checkCell(cell, where);
            }
          } else {
            expect(Array.isArray(result), where).toBe(false);
            checkCell(result, where);
          }
        }),
        { numRuns: Number(process.env.BO_FUZZ_RUNS ?? 300) },
      );
    }
  });
});
