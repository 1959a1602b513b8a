/**
 * The built functions bundle called as Excel calls it: serial dates, numbers typed as Dutch text,
 * null for omitted optionals, ranges (rows of cells) with 0 for blank cells, and bad input, which
 * must come back as an error value with a message naming the parameter, never as an exception.
 * Expected values are DOMAIN.md worked examples or hand calculations written out below.
 *
 * Excel 1900 date system used throughout: serial 0 = 1899-12-30, 46082 = 2026-03-01 (issue 7),
 * so 2026-01-01 = 46082 − 59 (31 days of January + 28 of February) = 46023,
 * 2025-01-01 = 46023 − 365 = 45658, 2024-01-01 = 45658 − 366 = 45292.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeExcelError, cells, loadFunctions, readMetadata, type LoadedFunctions } from './excel-host.js';

const MAR_1_2026 = 46082;
const JAN_1_2026 = 46023;
const JAN_1_2024 = 45292;

let bo: LoadedFunctions;
beforeAll(() => {
  bo = loadFunctions();
});

function expectExcelError(result: unknown, code: '#VALUE!' | '#N/A', ...mentions: string[]): FakeExcelError {
  expect(result).toBeInstanceOf(FakeExcelError);
  const e = result as FakeExcelError;
  expect(e.code).toBe(code);
  expect(typeof e.message).toBe('string');
  for (const m of mentions) expect(e.message).toContain(m);
  return e;
}

describe('registration with Excel', () => {
  it('associates exactly the ids listed in functions.json (else Excel shows #NAME?)', () => {
    const ids = readMetadata().functions.map((f) => f.id).sort();
    expect([...bo.associated.keys()].sort()).toEqual(ids);
  });
});

describe('BO.WML: statutory hourly minimum wage (Wet minimumloon, DOMAIN.md §3)', () => {
  it('2026-03-01 as a date serial, 21 and older (age left out → null): 14,71', () => {
    expect(bo.call('WML', MAR_1_2026, null)).toBe(14.71);
  });
  it('2026-03-01, age 20 (80 % scale, published amount): 11,77', () => {
    expect(bo.call('WML', MAR_1_2026, 20)).toBe(11.77);
  });
  it('dates and ages as text: "1-3-2026" and "20" → 11,77; "2026-03-01" → 14,71', () => {
    expect(bo.call('WML', '1-3-2026', '20')).toBe(11.77);
    expect(bo.call('WML', '2026-03-01', null)).toBe(14.71);
  });
  it('a date-time serial counts by its day: 2026-03-01 18:00 → 14,71', () => {
    expect(bo.call('WML', MAR_1_2026 + 0.75, null)).toBe(14.71);
  });
  it('first published hourly amounts 2024-01-01: 21+ 13,27, age 18 6,64', () => {
    expect(bo.call('WML', JAN_1_2024, null)).toBe(13.27);
    expect(bo.call('WML', JAN_1_2024, 18)).toBe(6.64);
  });
  it('2026-01-01 is the first day of the 2026 amounts: 14,71; the day before 2025-07-01 amount 14,40', () => {
    expect(bo.call('WML', JAN_1_2026, null)).toBe(14.71);
    expect(bo.call('WML', JAN_1_2026 - 1, null)).toBe(14.4);
  });
  it('a date before the first hourly minimum wage (2023-12-31) → #N/A with a message', () => {
    expectExcelError(bo.call('WML', JAN_1_2024 - 1, null), '#N/A');
  });
  it('an empty date cell (0), text that is no date, TRUE → #VALUE! naming "date"', () => {
    expectExcelError(bo.call('WML', 0, null), '#VALUE!', 'date', 'empty cell');
    expectExcelError(bo.call('WML', 'next week', null), '#VALUE!', 'date', 'next week');
    expectExcelError(bo.call('WML', true, null), '#VALUE!', 'date', 'TRUE');
    expectExcelError(bo.call('WML', null, null), '#VALUE!', 'date', 'missing');
  });
  it('out-of-range serials (negative, 60 = Excel\'s fictitious 29-2-1900, beyond 9999-12-31) → #VALUE!', () => {
    for (const serial of [-1, 60, 2_958_466, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectExcelError(bo.call('WML', serial, null), '#VALUE!', 'date');
    }
  });
  it('age 20.5 and age "twenty" → #VALUE! naming "age"', () => {
    expectExcelError(bo.call('WML', MAR_1_2026, 20.5), '#VALUE!', 'age');
    expectExcelError(bo.call('WML', MAR_1_2026, 'twenty'), '#VALUE!', 'age');
  });
  it('messages follow Office\'s display language: Dutch for nl-NL', () => {
    const nl = loadFunctions({ displayLanguage: 'nl-NL' });
    const e = expectExcelError(nl.call('WML', 'morgen', null), '#VALUE!', 'date');
    expect(e.message).toContain('geen datum');
  });
});

describe('BO.RATE: billing rate = wage × factor, rounded to cents (DOMAIN.md §15)', () => {
  it('12,50 × 1,7510 = 21,8875 → 21,89 (Flexpedia phase A example)', () => {
    expect(cells(bo.call('RATE', 12.5, 1.751))).toEqual([[21.89]]);
  });
  it('the same with Dutch text numbers "12,50" and "1,7510", and a 1×1 range', () => {
    expect(cells(bo.call('RATE', '12,50', '1,7510'))).toEqual([[21.89]]);
    expect(cells(bo.call('RATE', [['12,50']], [[1.751]]))).toEqual([[21.89]]);
  });
  it('a column of wages with one factor; a blank wage cell (0) stays blank ("")', () => {
    // 14,71 × 1,751 = 25,7425 + 0,01471 = 25,75721 → 25,76
    expect(cells(bo.call('RATE', [[12.5], [0], [14.71]], [[1.751]]))).toEqual([[21.89], [''], [25.76]]);
  });
  it('a negative wage → #VALUE! naming "wage" (core billingRate: a wage above 0)', () => {
    expectExcelError((bo.call('RATE', -12.5, 1.751) as unknown[][])[0]![0], '#VALUE!', 'wage');
  });
  it('a factor per wage (same size ranges): 12,50 × 1,8 = 22,50; 13,00 × 1,75 = 22,75', () => {
    expect(cells(bo.call('RATE', [[12.5], [13]], [[1.8], [1.75]]))).toEqual([[22.5], [22.75]]);
  });
  it('a bad cell gives #VALUE! in that cell only, naming the parameter and the row', () => {
    const out = bo.call('RATE', [[12.5], ['abc'], [13]], [[1.8]]) as unknown[][];
    expect(cells(out)).toEqual([[22.5], ['#VALUE!'], [23.4]]);
    expectExcelError(out[1]![0], '#VALUE!', 'wage (row 2)', 'abc');
  });
  it('factor 0 (a blank factor cell) → #VALUE! naming "factor"', () => {
    expectExcelError((bo.call('RATE', 12.5, 0) as unknown[][])[0]![0], '#VALUE!', 'factor');
  });
  it('ranges of different sizes → one #VALUE! naming both parameters', () => {
    const out = bo.call('RATE', [[1], [2], [3]], [[1.7], [1.8]]) as unknown[][];
    expect(out).toHaveLength(1);
    expectExcelError(out[0]![0], '#VALUE!', 'wage', 'factor');
  });
});

describe('BO.FACTOR: factor = rate ÷ wage, 4 decimals (DOMAIN.md §15)', () => {
  it('21,89 ÷ 12,50 = 1,7512', () => {
    expect(bo.call('FACTOR', 21.89, 12.5)).toBe(1.7512);
    expect(bo.call('FACTOR', '21,89', '12,50')).toBe(1.7512);
  });
  it('29,04 ÷ 14,71 = 1,97416… → 1,9742', () => {
    // 14,71 × 1,9742 = 29,040482; 14,71 × 1,9741 = 29,039011: 29,04 lies between, nearer 1,9742
    expect(bo.call('FACTOR', 29.04, 14.71)).toBe(1.9742);
  });
  it('wage 0 → #VALUE! naming "wage" (not #DIV/0!, which cannot carry a message); rate 0 → #VALUE! naming "rate"', () => {
    expectExcelError(bo.call('FACTOR', 21.89, 0), '#VALUE!', 'wage');
    expectExcelError(bo.call('FACTOR', 0, 12.5), '#VALUE!', 'rate');
  });
});

describe('BO.RATEFORMARGIN: rate for a target margin (DOMAIN.md §15, academy.recruitmentopleiding.nl)', () => {
  it('margin as a share of the rate: 24,68 ÷ (1 − 0,15) = 29,0352… → 29,04', () => {
    expect(bo.call('RATEFORMARGIN', 24.68, 0.15, 'of-rate')).toBe(29.04);
  });
  it('markup on cost: 24,68 × 1,15 = 28,382 → 28,38', () => {
    expect(bo.call('RATEFORMARGIN', 24.68, 0.15, 'markup')).toBe(28.38);
  });
  it('basis left out is the documented default "of-rate"; "15%" and "24,68" as text', () => {
    expect(bo.call('RATEFORMARGIN', 24.68, 0.15, null)).toBe(29.04);
    expect(bo.call('RATEFORMARGIN', '24,68', '15%', ' Markup ')).toBe(28.38);
  });
  it('margin 15 (meant 15 %, read as 1500 %) → #VALUE! naming "margin"', () => {
    expectExcelError(bo.call('RATEFORMARGIN', 24.68, 15, null), '#VALUE!', 'margin');
  });
  it('Dutch basis words of core: "opslag" is markup, "van-tarief" of-rate (core rates/margin.ts)', () => {
    expect(bo.call('RATEFORMARGIN', 24.68, 0.15, 'opslag')).toBe(28.38);
    expect(bo.call('RATEFORMARGIN', 24.68, 0.15, 'van tarief')).toBe(29.04);
  });
  it('cost 0 or empty → #VALUE! naming the cost (core: a cost above 0)', () => {
    expectExcelError(bo.call('RATEFORMARGIN', 0, 0.15, null), '#VALUE!', 'cost');
    expectExcelError(bo.call('RATEFORMARGIN', null, 0.15, null), '#VALUE!', 'cost');
  });
  it('margin 100 % of the rate → #VALUE!; unknown basis → #VALUE! listing the choices', () => {
    expectExcelError(bo.call('RATEFORMARGIN', 24.68, 1, 'of-rate'), '#VALUE!', 'margin');
    expectExcelError(bo.call('RATEFORMARGIN', 24.68, 0.15, 'gross'), '#VALUE!', 'basis', 'of-rate', 'markup');
  });
});

describe('BO.MARGIN: rate − cost (DOMAIN.md §15; totals are sums of rounded lines)', () => {
  it('per hour: 29,04 − 24,68 = 4,36', () => {
    expect(bo.call('MARGIN', 29.04, 24.68, null)).toBe(4.36);
  });
  it('38 hours: 29,04 × 38 = 1103,52 minus 24,68 × 38 = 937,84 → 165,68', () => {
    expect(bo.call('MARGIN', 29.04, 24.68, 38)).toBe(165.68);
  });
  it('hours as "7:30": 29,04 × 7,5 = 217,80 minus 24,683 × 7,5 = 185,1225 → 185,12 → 32,68', () => {
    expect(bo.call('MARGIN', 29.04, 24.683, '7:30')).toBe(32.68);
  });
  it('"24,683" as text is ambiguous (24683 or 24,683?) → #VALUE! saying so, never a guess (DESIGN.md)', () => {
    expectExcelError(bo.call('MARGIN', 29.04, '24,683', null), '#VALUE!', 'cost', 'ambiguous');
  });
  it('negative hours or text hours → #VALUE! naming "hours"', () => {
    expectExcelError(bo.call('MARGIN', 29.04, 24.68, -1), '#VALUE!', 'hours');
    expectExcelError(bo.call('MARGIN', 29.04, 24.68, 'all week'), '#VALUE!', 'hours');
  });
});

describe('BO.BSNVALID and BO.IBANVALID (DOMAIN.md §16)', () => {
  it('BSN 11-test: 111222333 and "123456782" valid, 123456789 not; a blank cell (0) gives ""', () => {
    // 111222333: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 3 = 69 − 3 = 66 = 6·11 → valid
    // 123456789: 9+16+21+24+25+24+21+16 − 9 = 147, not a multiple of 11 → invalid
    expect(cells(bo.call('BSNVALID', [[111222333], ['123456782'], [0], [123456789], ['abc']]))).toEqual([
      [true],
      [true],
      [''],
      [false],
      [false],
    ]);
  });
  it('a single cell: TRUE/FALSE', () => {
    expect(cells(bo.call('BSNVALID', '111 222 333'))).toEqual([[true]]);
  });
  it('IBAN mod 97: NL91ABNA0417164300 valid (also with spaces, lower case), NL92… not; blank ""', () => {
    expect(
      cells(bo.call('IBANVALID', [['NL91ABNA0417164300'], ['nl91 abna 0417 1643 00'], ['NL92ABNA0417164300'], [0], [12345]])),
    ).toEqual([[true], [true], [false], [''], [false]]);
  });
});

describe('BO.ISOWEEK: ISO 8601 weeks, Monday to Sunday', () => {
  it('Sunday 2026-03-01 is in 2026-W09; Monday 2026-03-02 starts 2026-W10 (DOMAIN.md §1 example week)', () => {
    expect(cells(bo.call('ISOWEEK', [[MAR_1_2026], [MAR_1_2026 + 1], ['2026-03-08'], ['9-3-2026']]))).toEqual([
      ['2026-W09'],
      ['2026-W10'],
      ['2026-W10'],
      ['2026-W11'],
    ]);
  });
  it('week-years: 2024-12-31 (Tuesday) is 2025-W01; 2025-12-29 is 2026-W01', () => {
    // 2025-01-01 (Wednesday) = 45658; the week holding Thursday 2025-01-02 starts Monday 2024-12-30.
    expect(cells(bo.call('ISOWEEK', [[45657], [JAN_1_2026 - 3]]))).toEqual([['2025-W01'], ['2026-W01']]);
  });
  it('blank cells (0) give ""; a bad cell gives #VALUE! naming its row', () => {
    const out = bo.call('ISOWEEK', [[0], ['soon']]) as unknown[][];
    expect(cells(out)).toEqual([[''], ['#VALUE!']]);
    expectExcelError(out[1]![0], '#VALUE!', 'date (row 2)');
  });
});

describe('BO.DEADLINES: the back-office payroll cycle (policy layer, DOMAIN.md §1)', () => {
  // DOMAIN.md §1 worked example, work week 2026-W10 (2–8 March 2026): registration by Friday
  // 27 Feb 2026; hours by Tuesday 10 March 13:00; draft payslips Wednesday 11 March before 12:00,
  // approved before 15:00; payroll Wednesday 11 March; wages Thursday 12 March; margin overview by
  // Monday 16 March. Serials: 2026-03-01 = 46082, so 27 Feb = 46080, 10 March = 46091, 11 March =
  // 46092, 12 March = 46093, 16 March = 46097.
  it('2026-W10: the worked example of the working agreements, as step / day / time rows', () => {
    const rows = cells(bo.call('DEADLINES', '2026-W10'));
    for (const row of rows) {
      expect(row).toHaveLength(3);
      expect(typeof row[0]).toBe('string');
      expect(Number.isInteger(row[1])).toBe(true);
      expect(row[2]).toMatch(/^([01]\d|2[0-4]):[0-5]\d$/);
    }
    const step = (label: RegExp) => rows.find((r) => label.test(String(r[0])))?.slice(1);
    expect(step(/^New workers and hirers registered/)).toEqual([46080, '24:00']);
    expect(step(/^Approved hours/)).toEqual([46091, '13:00']);
    expect(step(/^Draft payslips sent/)).toEqual([46092, '12:00']);
    expect(step(/^Draft payslips approved/)).toEqual([46092, '15:00']);
    expect(step(/^Payroll and invoicing run/)![0]).toBe(46092);
    expect(step(/^Wages paid/)![0]).toBe(46093);
    expect(step(/^Margin overview delivered/)![0]).toBe(46097);
    // Spilled in time order: by day, then by time.
    const keys = rows.map((r) => `${r[1]} ${r[2]}`);
    expect([...keys].sort()).toEqual(keys);
  });
  it("labels follow Office's display language (Dutch for nl-NL)", () => {
    const nl = loadFunctions({ displayLanguage: 'nl-NL' });
    const rows = cells(nl.call('DEADLINES', '2026-W10'));
    expect(rows.some((r) => r[0] === 'Loon uitbetaald')).toBe(true);
  });
  it('a date inside the week gives the same table as the week text', () => {
    expect(cells(bo.call('DEADLINES', 46083 + 3))).toEqual(cells(bo.call('DEADLINES', '2026-W10')));
    expect(cells(bo.call('DEADLINES', '2026-03-04'))).toEqual(cells(bo.call('DEADLINES', '2026-W10')));
  });
  it('a week that does not exist (2025-W53) or empty → #VALUE! naming "isoWeek"', () => {
    expectExcelError((bo.call('DEADLINES', '2025-W53') as unknown[][])[0]![0], '#VALUE!', 'isoWeek', '52');
    expectExcelError((bo.call('DEADLINES', null) as unknown[][])[0]![0], '#VALUE!', 'isoWeek');
  });
});
