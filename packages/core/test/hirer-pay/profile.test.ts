import { describe, expect, it } from 'vitest';
import {
  InvalidInputError, compileProfile, formatSurcharge, hirerPayLabels, parseHirerPayProfile, parseOvertimeText, parseRuleText, parseSurchargeText,
  shiftPay, type HirerPayProfileInput,
} from '../../src/index.js';

function failure(input: unknown): InvalidInputError {
  try {
    parseHirerPayProfile(input);
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

const base = {
  hirerId: 'H-01',
  hirerName: 'Distributiecentrum Noord',
  job: 'Orderpicker',
  scaleWages: [{ from: '2026-01-01', amount: '16,00' }],
  status: { complete: 'ja', signedBy: 'P. de Vries', signedAt: '5-1-2026' },
} satisfies HirerPayProfileInput;

// CAO art. 16 lid 1 a–j (ABU/NBBU) lists what the hirer pay profile holds (DOMAIN.md §8).
describe('hirer pay profile schema (issue 4 §1; CAO art. 16 lid 1 a–j)', () => {
  it('reads a full form: dated scale wages, raises, ATV/ADV, surcharges (text and fields), overtime, allowances, holiday pay, status', () => {
    const p = parseHirerPayProfile({
      ...base,
      workweekHours: '38',
      scaleWages: [{ from: '2026-07-01', amount: '2.890,50', per: 'maand', scale: 'C3' }, { from: '2026-01-01', amount: '2.800,00', per: 'maand' }],
      periodicRaises: [{ from: '2027-01-01', percent: '2,5%' }],
      initialIncreases: [{ from: '2026-04-01', percent: '1,5%', retroactive: 'ja' }],
      workingTimeReduction: { hoursPerYear: '96', compensation: 'tijd' },
      surcharges: ['Mon–Fri 20:00–06:00 +25 %', { name: 'Zaterdagtoeslag', days: 'zaterdag', percent: '50%' }, 'zo en feestdagen 100%', 'za 07:00-12:00 € 2,50'],
      surchargeOverlap: 'hoogste',
      overtime: ['overwerk na 8 uur per dag 25%', { period: 'week', afterHours: '38', percent: 0.5, stacking: 'stapelen' }],
      allowances: [{ name: 'Reiskosten', amount: '0,23', unit: 'km', maxKmPerDay: 60 }, { name: 'Maaltijd', amount: '5,00', unit: 'dag' }],
      holidayAllowancePercent: '8,33%',
      vacationDays: '27,5',
    });
    // Scale wages sorted by date; "2.890,50" is Dutch for 2890.50.
    expect(p.scaleWages.map((w) => [w.from, w.amount.toString(), w.per])).toEqual([['2026-01-01', '2800', 'month'], ['2026-07-01', '2890.5', 'month']]);
    expect(p.initialIncreases[0]!.percent!.toString()).toBe('0.015');
    // 96 h / (38 × 52 = 1976 h) = 0.04858… of each worked hour.
    expect(p.workingTimeReduction!.percent!.eq(p.workingTimeReduction!.hoursPerYear!.div(1976))).toBe(true);
    expect(p.workingTimeReduction!.compensation).toBe('time');
    expect(p.surcharges.map((s) => s.text.nl)).toEqual(['ma-vr 20:00-06:00 +25%', 'za +50%', 'zo,feestdag +100%', 'za 07:00-12:00 +€ 2,50/uur']);
    expect(p.surcharges.map((s) => s.text.en)).toEqual(['Mon-Fri 20:00-06:00 +25%', 'Sat +50%', 'Sun,public holiday +100%', 'Sat 07:00-12:00 +€2.50/h']);
    expect(p.surcharges[1]!.name).toBe('Zaterdagtoeslag');
    expect(p.surcharges[3]!.fixedPerHour!.toString()).toBe('2.5');
    expect(p.overtime.map((o) => [o.period, o.afterHours.toString(), o.percent!.toString(), o.stacking])).toEqual([
      ['day', '8', '0.25', 'highest'],
      ['week', '38', '0.5', 'add'],
    ]);
    expect(p.overtime[1]!.text.nl).toBe('overwerk na 38 uur per week +50% (stapelen)');
    expect(p.allowances.map((a) => [a.name, a.amount.toString(), a.unit])).toEqual([['Reiskosten', '0.23', 'km'], ['Maaltijd', '5', 'day']]);
    expect(p.holidayAllowancePercent!.toString()).toBe('0.0833');
    expect(p.vacationDays!.toString()).toBe('27.5');
    expect(p.status).toMatchObject({ complete: true, signedBy: 'P. de Vries', signedAt: '2026-01-05T00:00:00+01:00' });
  });

  it('a form without status is allowed (not complete, not signed): computing is still possible', () => {
    const p = parseHirerPayProfile({ hirerId: 'H-01', job: 'Orderpicker' });
    expect(p.status.complete).toBe(false);
    expect(p.surcharges).toEqual([]);
  });

  it('every label has a Dutch and an English text', () => {
    for (const [key, label] of Object.entries(hirerPayLabels)) {
      expect(label.nl, key).not.toBe('');
      expect(label.en, key).not.toBe('');
    }
    expect(hirerPayLabels['status.signedBy']).toMatchObject({ nl: 'ondertekend door', en: 'signed by' });
    expect(hirerPayLabels.surcharges).toMatchObject({ nl: 'toeslagen', en: 'surcharges' });
    expect(hirerPayLabels.overtime).toMatchObject({ nl: 'overwerk', en: 'overtime' });
  });
});

describe("profile validation messages name the field in the hirer's words, in Dutch and English", () => {
  const cases: Array<{ name: string; input: unknown; field: string; code: string; nl: string; en: string }> = [
    {
      name: 'an unknown day in a surcharge text',
      input: { ...base, surcharges: ['za 50%', 'zaterdg 50%'] },
      field: 'surcharges[1]', code: 'INVALID_DAYS',
      nl: 'inlenersbeloning: toeslagen nr. 2: "zaterdg" bevat een onbekende dag "zaterdg"; verwacht dagen zoals ma-vr, za, zo,feestdag',
      en: 'hirer pay profile: surcharges no. 2: "zaterdg" has an unknown day "zaterdg"; expected days such as mon-fri, sat, sun,holiday',
    },
    {
      name: 'a surcharge text without a percentage',
      input: { ...base, surcharges: ['za'] },
      field: 'surcharges[0]', code: 'INVALID_RULE_TEXT',
      nl: 'toeslagen nr. 1: "za" heeft geen percentage of bedrag per uur aan het eind; verwacht bijvoorbeeld "ma-vr 20:00-06:00 25%"',
      en: 'surcharges no. 1: "za" has no percentage or amount per hour at the end; expected e.g. "mon-fri 20:00-06:00 25%"',
    },
    {
      name: 'a percentage and a fixed amount on one surcharge',
      input: { ...base, surcharges: [{ days: 'za', percent: '50%', fixedPerHour: '2,50' }] },
      field: 'surcharges[0].fixedPerHour', code: 'PERCENT_AND_AMOUNT',
      nl: 'toeslag in euro per uur (toeslagen nr. 1): staat er naast een percentage; verwacht een percentage óf een vast bedrag per uur, niet allebei',
      en: 'surcharge in euros per hour (surcharges no. 1): is given next to a percentage; expected a percentage or a fixed amount per hour, not both',
    },
    {
      name: 'a surcharge without a percentage or amount',
      input: { ...base, surcharges: [{ days: 'za' }] },
      field: 'surcharges[0].percent', code: 'MISSING_VALUE',
      nl: 'toeslagpercentage (toeslagen nr. 1): ontbreekt; verwacht een percentage (bijvoorbeeld 25%) of een vast bedrag per uur',
      en: 'surcharge percentage (surcharges no. 1): missing; expected a percentage (e.g. 25%) or a fixed amount per hour',
    },
    {
      name: 'a plain 25 as a percentage (a fraction: 2500 %)',
      input: { ...base, surcharges: [{ days: 'zo', percent: 25 }] },
      field: 'surcharges[0].percent', code: 'OUT_OF_RANGE',
      nl: 'toeslagpercentage (toeslagen nr. 1): 25 is te hoog; verwacht een percentage van hoogstens 1000%; zonder %-teken is 25 gelijk aan 2500%: schrijf 25%',
      en: 'surcharge percentage (surcharges no. 1): 25 is too high; expected a percentage of at most 1000%; without a % sign 25 means 2500%: write 25%',
    },
    {
      name: 'a window with a start but no end',
      input: { ...base, surcharges: [{ days: 'zo', from: '20:00', percent: '25%' }] },
      field: 'surcharges[0].to', code: 'MISSING_VALUE',
      nl: 'toeslag tot (tijd) (toeslagen nr. 1): ontbreekt; verwacht zowel een begin- als een eindtijd',
      en: 'surcharge until (time) (surcharges no. 1): missing; expected both a start and an end',
    },
    {
      name: 'overtime stacking that is neither stapelen nor hoogste',
      input: { ...base, overtime: [{ period: 'dag', afterHours: 8, percent: '25%', stacking: 'soms' }] },
      field: 'overtime[0].stacking', code: 'INVALID_CHOICE',
      nl: 'overwerk en toeslag (stapelen of hoogste) (overwerk nr. 1): "soms" is geen geldige keuze; verwacht stapelen (optellen) of hoogste',
      en: 'overtime with surcharges (add or highest) (overtime no. 1): "soms" is not a valid choice; expected add (stack the percentages) or highest',
    },
    {
      name: 'overtime per month',
      input: { ...base, overtime: [{ period: 'maand', afterHours: 8, percent: '25%' }] },
      field: 'overtime[0].period', code: 'INVALID_CHOICE',
      nl: 'overwerk per (dag of week) (overwerk nr. 1): "maand" is geen geldige keuze; verwacht dag of week',
      en: 'overtime per (day or week) (overtime no. 1): "maand" is not a valid choice; expected day or week',
    },
    {
      name: 'an overtime text without its threshold',
      input: { ...base, overtime: ['overwerk 25%'] },
      field: 'overtime[0]', code: 'INVALID_RULE_TEXT',
      nl: 'overwerk nr. 1: "overwerk 25%" zegt niet na hoeveel uur per dag of per week',
      en: 'overtime no. 1: "overwerk 25%" does not say after how many hours per day or per week',
    },
    {
      name: 'day overtime after more than 24 hours',
      input: { ...base, overtime: [{ period: 'day', afterHours: 30, percent: '25%' }] },
      field: 'overtime[0].afterHours', code: 'OUT_OF_RANGE',
      nl: 'overwerk na (uren) (overwerk nr. 1): 30 uur is meer dan een dag',
      en: 'overtime after (hours) (overtime no. 1): 30 hours is more than a day',
    },
    {
      name: 'a monthly wage without the working week',
      input: { ...base, scaleWages: [{ from: '2026-01-01', amount: '3000', per: 'maand' }] },
      field: 'workweekHours', code: 'MISSING_VALUE',
      nl: 'normale arbeidsduur per week: ontbreekt; verwacht het aantal uur per week waarvoor het maandloon van schaalloon nr. 1 betaalt',
      en: 'normal working week (hours): missing; expected the hours per week that the monthly wage of scale wage no. 1 pays for',
    },
    {
      name: 'two scale wages on one date',
      input: { ...base, scaleWages: [{ from: '2026-01-01', amount: 16 }, { from: '1-1-2026', amount: 17 }] },
      field: 'scaleWages[1].from', code: 'DUPLICATE_SCALE_WAGE',
      nl: 'ingangsdatum schaalloon (schaallonen nr. 2): 2026-01-01 komt ook voor bij schaalloon nr. 1',
      en: 'scale wage effective date (scale wages no. 2): 2026-01-01 is also the date of scale wage no. 1',
    },
    {
      name: 'signed on is not a date',
      input: { ...base, status: { signedBy: 'Jan', signedAt: 'gisteren' } },
      field: 'status.signedAt', code: 'INVALID_TIME',
      nl: 'ondertekend op: "gisteren" is geen tijdstip',
      en: 'signed on: "gisteren" is not a date and time',
    },
    {
      name: 'ATV/ADV without hours or a percentage',
      input: { ...base, workingTimeReduction: { compensation: 'geld' } },
      field: 'workingTimeReduction.hoursPerYear', code: 'MISSING_VALUE',
      nl: 'ADV/ATV-uren per jaar: ontbreekt; verwacht ADV/ATV-uren per jaar (bijvoorbeeld 104) of een percentage',
      en: 'reduction hours per year: missing; expected working-time reduction hours per year (e.g. 104) or a percentage',
    },
    {
      name: 'an unknown public holiday of the hirer',
      input: { ...base, publicHolidays: 'koningsdag, sinterklaas' },
      field: 'publicHolidays', code: 'INVALID_HOLIDAY',
      nl: 'feestdagen van de inlener: "sinterklaas" is geen bekende feestdag',
      en: 'hirer\'s public holidays: "sinterklaas" is not a known public holiday',
    },
    {
      name: 'an allowance per mile',
      input: { ...base, allowances: [{ name: 'Reiskosten', amount: '0,23', unit: 'mijl' }] },
      field: 'allowances[0].unit', code: 'INVALID_CHOICE',
      nl: 'vergoeding per (uur, dag, week, km) (vergoedingen nr. 1): "mijl" is geen geldige keuze; verwacht uur, dag, week of km',
      en: 'allowance per (hour, day, week, km) (allowances no. 1): "mijl" is not a valid choice; expected hour, day, week or km',
    },
    {
      name: 'the job is missing',
      input: { hirerId: 'H-01' },
      field: 'job', code: 'MISSING_VALUE',
      nl: 'inlenersbeloning: functie: ontbreekt',
      en: 'hirer pay profile: job: missing',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const e = failure(c.input);
      expect(e.code).toBe('INVALID_INPUT');
      const p = e.problems.find((x) => x.field === c.field);
      expect(p, `problems: ${e.problems.map((x) => x.field).join(', ')}`).toBeDefined();
      expect(p!.code).toBe(c.code);
      expect(e.texts.nl).toContain(c.nl);
      expect(e.texts.en).toContain(c.en);
    });
  }
});

describe('compact rule text for spreadsheets and the command line', () => {
  it('reads Dutch and English day words, ranges, windows, percentages and euros', () => {
    const read = (t: string) => {
      const r = parseSurchargeText(t);
      return [r.days.join(','), r.from ?? '', r.to ?? '', r.percent?.toString() ?? '', r.fixedPerHour?.toString() ?? ''];
    };
    expect(read('ma-vr 20:00-06:00 25%')).toEqual(['mon,tue,wed,thu,fri', '20:00', '06:00', '0.25', '']);
    expect(read('Mon–Fri 20:00–06:00 +25 %')).toEqual(['mon,tue,wed,thu,fri', '20:00', '06:00', '0.25', '']);
    expect(read('za 50%')).toEqual(['sat', '', '', '0.5', '']);
    expect(read('zo,feestdag 100%')).toEqual(['sun,holiday', '', '', '1', '']);
    expect(read('sunday and public holidays 100%')).toEqual(['sun,holiday', '', '', '1', '']);
    expect(read('zo en feestdagen 100%')).toEqual(['sun,holiday', '', '', '1', '']);
    expect(read('ma t/m vr 18.00-22.00 12,5%')).toEqual(['mon,tue,wed,thu,fri', '18:00', '22:00', '0.125', '']);
    expect(read('vr-ma 22:00-06:00 30%')).toEqual(['mon,fri,sat,sun', '22:00', '06:00', '0.3', '']);
    expect(read('weekend € 2,50')).toEqual(['sat,sun', '', '', '', '2.5']);
    expect(read('sat 2.50 EUR/h')).toEqual(['sat', '', '', '', '2.5']);
    expect(read('werkdagen 18:00-24:00 € 1,75 per uur')).toEqual(['mon,tue,wed,thu,fri', '18:00', '24:00', '', '1.75']);
    expect(read('toeslag: dagelijks 00:00-06:00 25%')).toEqual(['mon,tue,wed,thu,fri,sat,sun', '00:00', '06:00', '0.25', '']);
  });

  it('reads overtime rules with per day / per week and stacking', () => {
    const read = (t: string) => {
      const r = parseOvertimeText(t);
      return [r.period, r.afterHours.toString(), r.percent?.toString() ?? r.fixedPerHour?.toString(), r.stacking ?? ''];
    };
    expect(read('overwerk na 8 uur per dag 25%')).toEqual(['day', '8', '0.25', '']);
    expect(read('overtime after 40h/week 50% add')).toEqual(['week', '40', '0.5', 'add']);
    expect(read('overwerk >9u/dag 30% (hoogste)')).toEqual(['day', '9', '0.3', 'highest']);
    expect(read('Overuren na 7:30 per dienst € 3,00 stapelen')).toEqual(['day', '7.5', '3', 'add']);
    expect(read('overtime after 38 hours per week 50% highest wins')).toEqual(['week', '38', '0.5', 'highest']);
  });

  it('parseRuleText tells the two kinds apart; text round-trips through formatSurcharge', () => {
    expect(parseRuleText('overwerk na 8 uur per dag 25%').kind).toBe('overtime');
    const s = parseRuleText('zo,feestdag 100%');
    expect(s.kind).toBe('surcharge');
    const p = parseHirerPayProfile({ ...base, surcharges: ['ma-vr 20:00-06:00 25%'] });
    const again = parseSurchargeText(formatSurcharge(p.surcharges[0]!, 'en'));
    expect([again.days, again.from, again.to, again.percent!.toString()]).toEqual([['mon', 'tue', 'wed', 'thu', 'fri'], '20:00', '06:00', '0.25']);
  });
});

// Working agreements: the form must be completed and signed by the hirer (DOMAIN.md §8).
describe('an unsigned or incomplete profile gives a finding; the pay is still computed and marked provisional', () => {
  const shift = { date: '2026-03-02', start: '08:00', end: '16:00' };

  it('signed and complete: no findings, not provisional', () => {
    const r = shiftPay(shift, base);
    expect(r.findings).toEqual([]);
    expect(r.provisional).toBe(false);
    expect(r.totals.total.toString()).toBe('128');
  });

  it('not signed: HIRER_PAY_PROFILE_UNSIGNED (warning), 8 h × 16 = 128 still computed', () => {
    const r = shiftPay(shift, { ...base, id: 'HP-9', status: { complete: true } });
    expect(r.provisional).toBe(true);
    expect(r.totals.total.toString()).toBe('128');
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['HIRER_PAY_PROFILE_UNSIGNED', 'warning']]);
    const f = r.findings[0]!;
    expect(f.message.nl).toBe('Inlenersbeloning Distributiecentrum Noord, Orderpicker: niet ondertekend; laat de inlener het formulier tekenen. De berekening is voorlopig.');
    expect(f.message.en).toBe('Hirer pay profile Distributiecentrum Noord, Orderpicker: not signed; have the hirer sign the form. The pay is provisional.');
    expect(f.ref).toEqual({ hirerId: 'H-01', recordId: 'HP-9', field: 'status.signedBy' });
  });

  it('signed by someone but without a date: still unsigned, and the message says what is missing', () => {
    const r = shiftPay(shift, { ...base, status: { complete: true, signedBy: 'P. de Vries' } });
    expect(r.findings[0]!.code).toBe('HIRER_PAY_PROFILE_UNSIGNED');
    expect(r.findings[0]!.message.nl).toContain('"ondertekend door" ingevuld, maar "ondertekend op" ontbreekt');
    expect(r.findings[0]!.ref?.field).toBe('status.signedAt');
  });

  it('not complete: HIRER_PAY_PROFILE_INCOMPLETE with what is missing', () => {
    const r = shiftPay(shift, { ...base, status: { ...base.status, complete: 'nee', missing: ['ADV-regeling', 'toeslagen zondag'] } });
    expect(r.findings.map((f) => f.code)).toEqual(['HIRER_PAY_PROFILE_INCOMPLETE']);
    expect(r.findings[0]!.message.nl).toBe('Inlenersbeloning Distributiecentrum Noord, Orderpicker: formulier niet volledig; ontbreekt: ADV-regeling, toeslagen zondag. De berekening is voorlopig.');
    expect(r.findings[0]!.message.en).toBe('Hirer pay profile Distributiecentrum Noord, Orderpicker: form not complete; missing: ADV-regeling, toeslagen zondag. The pay is provisional.');
  });

  it('neither: both findings; a form without a scale wage is incomplete and needs an agreed wage to compute', () => {
    const empty = { hirerId: 'H-01', job: 'Orderpicker' };
    const r = shiftPay(shift, empty, { hourlyWage: '14,71' });
    expect(r.findings.map((f) => f.code)).toEqual(['HIRER_PAY_PROFILE_UNSIGNED', 'HIRER_PAY_PROFILE_INCOMPLETE']);
    expect(r.findings[1]!.message.en).toContain('missing: scale wage');
    // 8 × 14,71 = 117,68
    expect(r.totals.total.toString()).toBe('117.68');
  });

  it('options.ref is added to the findings (row of the timesheet)', () => {
    const r = shiftPay(shift, { ...base, status: {} }, { ref: { row: 12, placementId: 'P-7' } });
    for (const f of r.findings) expect(f.ref).toMatchObject({ row: 12, placementId: 'P-7', hirerId: 'H-01' });
  });

  it('compileProfile computes the findings once; the compiled profile is reused', () => {
    const input = { ...base, status: {} };
    const cp = compileProfile(input);
    expect(compileProfile(input)).toBe(cp);
    expect(compileProfile(cp)).toBe(cp);
    expect(cp.provisional).toBe(true);
    expect(shiftPay(shift, cp).findings).toBe(cp.findings);
  });
});
