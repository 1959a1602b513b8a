import * as z from 'zod';
import { InputError, parseWith, type FieldLabels, type ReaderIssueParams, type Texts } from '../errors/index.js';
import { Decimal, parseNumber, parsePercent, type AmountInput } from '../money/index.js';
import { HOLIDAY_CODES, type HolidayCode } from '../calendar/index.js';
import {
  addRuleIssue, amountField, byFrom, dateField, idField, inputError, optional, optionalAmountField, optionalDateField, optionalFlagField, optionalInstantField, readChoice, readClock, readHours, readId, readPercent, readText, required, textField, type IdInput,
} from '../model/fields.js';
import { readDays, type DayCode } from './days.js';
import { formatOvertime, formatSurcharge, parseOvertimeText, parseSurchargeText } from './rule-text.js';

/*
 * The hirer pay profile (inlenersbeloning, from 2026 gelijkwaardige beloning; DOMAIN.md §8,
 * CAO art. 16 lid 1 a–j): what an employee in the same job at the hirer earns, as the hirer fills
 * in and signs the form. Every field is named in the hirer's own words in messages (Dutch and
 * English labels below).
 */

/** The period a scale wage is stated for; it is converted to an hourly wage with the contract hours. */
export const WAGE_PERIODS = ['hour', 'week', 'four-weeks', 'month', 'year'] as const;
export type WagePeriod = (typeof WAGE_PERIODS)[number];

/** Whether the rules that meet on the same hour are added up or the highest one is paid. */
export const STACKING_MODES = ['highest', 'add'] as const;
export type StackingMode = (typeof STACKING_MODES)[number];

export const OVERTIME_PERIODS = ['day', 'week'] as const;
export type OvertimePeriod = (typeof OVERTIME_PERIODS)[number];

/** Working-time reduction (ATV/ADV) is given as time off or paid out as money (CAO art. 16 lid 1 b). */
export const REDUCTION_COMPENSATIONS = ['time', 'money'] as const;
export type ReductionCompensation = (typeof REDUCTION_COMPENSATIONS)[number];

/** Units of an allowance: per worked hour, per worked day (shift), per week, per kilometre. */
export const ALLOWANCE_UNITS = ['hour', 'day', 'week', 'km'] as const;
export type AllowanceUnit = (typeof ALLOWANCE_UNITS)[number];

/** A choice reader whose message lists the choices in the clerk's words (Dutch and English). */
function choice<const C extends string>(codes: readonly C[], synonyms: Readonly<Record<string, C>>, expected: Texts) {
  const read = readChoice(codes, synonyms);
  return (value: unknown, field: string): C => {
    try {
      return read(value, field);
    } catch (e) {
      if (!(e instanceof InputError) || e.code !== 'INVALID_CHOICE') throw e;
      throw inputError('INVALID_CHOICE', field, value, { nl: 'is geen geldige keuze', en: 'is not a valid choice' }, expected);
    }
  };
}

const readWagePeriod = choice(WAGE_PERIODS, {
  uur: 'hour', 'per-uur': 'hour', uurloon: 'hour', hourly: 'hour', 'per-hour': 'hour',
  'per-week': 'week', weekloon: 'week', weekly: 'week',
  '4-weken': 'four-weeks', '4-weeks': 'four-weeks', 'vier-weken': 'four-weeks', '4-wekenloon': 'four-weeks', periode: 'four-weeks', '4wk': 'four-weeks',
  maand: 'month', 'per-maand': 'month', maandloon: 'month', monthly: 'month', 'per-month': 'month',
  jaar: 'year', 'per-jaar': 'year', jaarloon: 'year', yearly: 'year', annual: 'year', 'per-year': 'year',
}, { nl: 'uur, week, 4 weken, maand of jaar', en: 'hour, week, four-weeks, month or year' });

function readStackingChoice(value: unknown, field: string): StackingMode {
  const key = typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s_]+/g, '-') : '';
  const words: Record<string, StackingMode> = {
    highest: 'highest', hoogste: 'highest', 'hoogste-geldt': 'highest', 'hoogste-telt': 'highest', max: 'highest', 'highest-wins': 'highest', 'niet-stapelen': 'highest',
    add: 'add', stapelen: 'add', optellen: 'add', cumulatief: 'add', cumuleren: 'add', stack: 'add', stacked: 'add', sum: 'add',
  };
  const found = words[key];
  if (found) return found;
  throw inputError('INVALID_CHOICE', field, value, { nl: 'is geen geldige keuze', en: 'is not a valid choice' }, {
    nl: 'stapelen (optellen) of hoogste (alleen de hoogste telt)',
    en: 'add (stack the percentages) or highest (only the highest counts)',
  });
}

const readOvertimePeriod = choice(OVERTIME_PERIODS, { dag: 'day', 'per-dag': 'day', dienst: 'day', shift: 'day', 'per-day': 'day', 'per-week': 'week', wk: 'week' }, {
  nl: 'dag of week', en: 'day or week',
});
const readCompensation = choice(REDUCTION_COMPENSATIONS, { tijd: 'time', 'in-tijd': 'time', vrije: 'time', 'vrije-tijd': 'time', 'time-off': 'time', geld: 'money', 'in-geld': 'money', uitbetaling: 'money', uitbetalen: 'money', 'paid-out': 'money', cash: 'money' }, {
  nl: 'tijd (vrije tijd) of geld (uitbetaald)', en: 'time (time off) or money (paid out)',
});
const readAllowanceUnit = choice(ALLOWANCE_UNITS, { uur: 'hour', 'per-uur': 'hour', dag: 'day', 'per-dag': 'day', dienst: 'day', shift: 'day', 'per-week': 'week', kilometer: 'km', 'per-km': 'km', kilometre: 'km' }, {
  nl: 'uur, dag, week of km', en: 'hour, day, week or km',
});

const HOLIDAY_WORDS: Record<string, HolidayCode> = {
  nieuwjaarsdag: 'newYearsDay', nieuwjaar: 'newYearsDay', 'goede-vrijdag': 'goodFriday', 'eerste-paasdag': 'easterSunday', pasen: 'easterSunday',
  'tweede-paasdag': 'easterMonday', paasmaandag: 'easterMonday', koningsdag: 'kingsDay', bevrijdingsdag: 'liberationDay',
  hemelvaartsdag: 'ascensionDay', hemelvaart: 'ascensionDay', 'eerste-pinksterdag': 'whitSunday', 'tweede-pinksterdag': 'whitMonday',
  pinkstermaandag: 'whitMonday', 'eerste-kerstdag': 'christmasDay', kerstmis: 'christmasDay', 'tweede-kerstdag': 'boxingDay',
};

/** The hirer's own list of public holidays: codes (christmasDay) or Dutch names (tweede kerstdag). */
function readHolidayList(value: unknown, field: string): HolidayCode[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;]/) : [value];
  const byKey = new Map<string, HolidayCode>();
  const key = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/'/g, '');
  for (const c of HOLIDAY_CODES) byKey.set(key(c), c);
  for (const [w, c] of Object.entries(HOLIDAY_WORDS)) byKey.set(w, c);
  const out: HolidayCode[] = [];
  for (const raw of items) {
    const item = typeof raw === 'string' ? raw.trim() : raw;
    if (item === '') continue;
    const found = typeof item === 'string' ? byKey.get(key(item)) : undefined;
    if (!found) {
      throw inputError('INVALID_HOLIDAY', field, item, { nl: 'is geen bekende feestdag', en: 'is not a known public holiday' }, {
        nl: 'bijvoorbeeld nieuwjaarsdag, tweede paasdag, koningsdag, bevrijdingsdag, hemelvaartsdag, tweede pinksterdag, eerste kerstdag',
        en: `one or more of: ${HOLIDAY_CODES.join(', ')}`,
      });
    }
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

function readWholeNumber(min: number, max: number) {
  return (value: unknown, field: string): number => {
    const d = parseNumber(value, field, { min, max, decimalOnly: true });
    if (!d.isInteger()) {
      throw inputError('INVALID_NUMBER', field, value, { nl: 'is geen geheel getal', en: 'is not a whole number' }, { nl: 'een geheel getal, bijvoorbeeld 5', en: 'a whole number, e.g. 5' });
    }
    return d.toNumber();
  };
}

/** Vacation days per year: whole or half days, e.g. 25 or 25,5. */
function readDaysPerYear(value: unknown, field: string): Decimal {
  return parseNumber(value, field, { min: 0, max: 366, decimalOnly: true });
}

/**
 * A surcharge or overtime percentage; 25% is paid on top of the hourly wage (125 % in all). At
 * most 1000 %. A number without % is a fraction (as an Excel percentage cell holds it), so a
 * plain 25 would be 2500 %: the message says to write 25%.
 */
function readPremiumPercent(value: unknown, field: string): Decimal {
  const d = parsePercent(value, field, { min: 0 });
  if (d.gt(10)) {
    const plain = typeof value === 'number' || (typeof value === 'string' && !value.includes('%'));
    throw inputError('OUT_OF_RANGE', field, value, { nl: 'is te hoog', en: 'is too high' }, plain
      ? { nl: `een percentage van hoogstens 1000%; zonder %-teken is ${String(value)} gelijk aan ${d.mul(100).toString()}%: schrijf ${String(value)}%`, en: `a percentage of at most 1000%; without a % sign ${String(value)} means ${d.mul(100).toString()}%: write ${String(value)}%` }
      : { nl: 'een percentage van hoogstens 1000%', en: 'a percentage of at most 1000%' });
  }
  return d;
}
const premiumPercent = (field: string) => optional<AmountInput, Decimal>(field, readPremiumPercent);
const premiumAmount = (field: string) => optionalAmountField(field, { min: 0 });

/** Turns a rule written as text into the object form, or adds the text reader's message. */
function fromText(parse: (text: string, field: string) => object, field: string) {
  return (value: unknown, ctx: z.core.$RefinementCtx): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return parse(value, field);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const strip = (t: string) => (t.startsWith(`${field}: `) ? t.slice(field.length + 2) : t);
      const params: ReaderIssueParams = { code: e.code, texts: { nl: strip(e.texts.nl), en: strip(e.texts.en) } };
      ctx.addIssue({ code: 'custom', message: e.texts.en, params });
      return z.NEVER;
    }
  };
}

function percentOrAmount(ctx: z.core.$RefinementCtx, r: { percent?: Decimal | undefined; fixedPerHour?: Decimal | undefined }, example: Texts): boolean {
  if (r.percent !== undefined && r.fixedPerHour !== undefined) {
    addRuleIssue(ctx, ['fixedPerHour'], 'PERCENT_AND_AMOUNT', {
      nl: `staat er naast een percentage; verwacht een percentage óf een vast bedrag per uur, niet allebei (${example.nl})`,
      en: `is given next to a percentage; expected a percentage or a fixed amount per hour, not both (${example.en})`,
    });
    return false;
  }
  if (r.percent === undefined && r.fixedPerHour === undefined) {
    addRuleIssue(ctx, ['percent'], 'MISSING_VALUE', {
      nl: `ontbreekt; verwacht een percentage (bijvoorbeeld 25%) of een vast bedrag per uur (bijvoorbeeld € 2,50)`,
      en: `missing; expected a percentage (e.g. 25%) or a fixed amount per hour (e.g. € 2.50)`,
    });
    return false;
  }
  return true;
}

// ---- parts --------------------------------------------------------------------------------------

/** The hirer's scale wage for the job from a date (CAO art. 16 lid 1 a). */
export const scaleWageSchema = z.object({
  from: dateField('from'),
  amount: amountField('amount', { positive: true }),
  per: optional<string, WagePeriod>('per', readWagePeriod).transform((v): WagePeriod => v ?? 'hour'),
  /** Scale and step as the hirer names them, e.g. "C3". */
  scale: optional<string | number, string>('scale', readId),
});
export type ScaleWage = z.output<typeof scaleWageSchema>;

/** A dated raise: a percentage of the wage, or an amount in euros per hour. */
const raiseObject = z
  .object({
    from: dateField('from'),
    percent: optional<AmountInput, Decimal>('percent', readPercent({ min: -1, max: 1 })),
    amountPerHour: optionalAmountField('amountPerHour'),
    /** Retroactive (CAO art. 16 lid 1 d: initial increases apply also retroactively). */
    retroactive: optionalFlagField('retroactive'),
    note: optional<string, string>('note', readText),
  })
  .superRefine((r, ctx) => {
    if (r.percent === undefined && r.amountPerHour === undefined) {
      addRuleIssue(ctx, ['percent'], 'MISSING_VALUE', { nl: 'ontbreekt; verwacht een percentage (bijvoorbeeld 3%) of een bedrag per uur', en: 'missing; expected a percentage (e.g. 3%) or an amount per hour' });
    } else if (r.percent !== undefined && r.amountPerHour !== undefined) {
      addRuleIssue(ctx, ['amountPerHour'], 'PERCENT_AND_AMOUNT', { nl: 'staat er naast een percentage; verwacht één van beide', en: 'is given next to a percentage; expected one of the two' });
    }
  });
export type WageRaise = z.output<typeof raiseObject>;

/** Working-time reduction (ATV/ADV, CAO art. 16 lid 1 b): hours per year or a percentage, in time or money. */
const reductionSchema = z.object({
  hoursPerYear: optional<AmountInput, Decimal>('hoursPerYear', readHours({ min: 0, max: 2000 })),
  percent: optional<AmountInput, Decimal>('percent', readPercent({ min: 0, max: 1 })),
  compensation: required<string, ReductionCompensation>('compensation', readCompensation),
});

const SURCHARGE_EXAMPLE: Texts = { nl: 'bijvoorbeeld ma-vr 20:00-06:00 25%', en: 'e.g. mon-fri 20:00-06:00 25%' };

/** A surcharge as stored: days, the clock window (00:00–24:00 for the whole day) and the premium. */
export interface SurchargeRule {
  /** Name on the hirer's form ("Avondtoeslag"), if given. */
  readonly name?: string;
  readonly days: readonly DayCode[];
  /** Start of the window on the day it starts, HH:mm. */
  readonly from: string;
  /** End of the window, HH:mm; at or before `from` it is on the next day ("20:00"–"06:00"). */
  readonly to: string;
  /** Premium on top of the hourly wage as a fraction (0.25 = 25 %, 125 % paid in all). */
  readonly percent?: Decimal;
  /** Or a fixed premium in euros per hour. */
  readonly fixedPerHour?: Decimal;
  /** The rule in compact text, Dutch and English ("ma-vr 20:00-06:00 +25%"). */
  readonly text: Texts;
}

const surchargeObject = z
  .object({
    name: optional<string, string>('name', readText),
    days: required<string | readonly (string | number)[], DayCode[]>('days', readDays),
    from: optional<string, string>('from', readClock),
    to: optional<string, string>('to', readClock),
    percent: premiumPercent('percent'),
    fixedPerHour: premiumAmount('fixedPerHour'),
  })
  .superRefine((r, ctx) => {
    percentOrAmount(ctx, r, SURCHARGE_EXAMPLE);
    if ((r.from === undefined) !== (r.to === undefined)) {
      addRuleIssue(ctx, [r.from === undefined ? 'from' : 'to'], 'MISSING_VALUE', {
        nl: 'ontbreekt; verwacht zowel een begin- als een eindtijd van het tijdvak (beide leeg: de hele dag)',
        en: 'missing; expected both a start and an end of the window (both blank: the whole day)',
      });
    }
    if (r.from === '24:00') {
      addRuleIssue(ctx, ['from'], 'INVALID_TIME', { nl: '"24:00" is geen begintijd; verwacht 00:00', en: '"24:00" is not a start time; expected 00:00' });
    }
  })
  .transform((r): SurchargeRule => {
    const base = {
      days: r.days,
      from: r.from ?? '00:00',
      to: r.to ?? '24:00',
      ...(r.percent !== undefined ? { percent: r.percent } : {}),
      ...(r.fixedPerHour !== undefined ? { fixedPerHour: r.fixedPerHour } : {}),
    };
    return { ...(r.name !== undefined ? { name: r.name } : {}), ...base, text: { nl: formatSurcharge(base, 'nl'), en: formatSurcharge(base, 'en') } };
  });

export const surchargeRuleSchema = z.preprocess(fromText(parseSurchargeText, 'toeslag'), surchargeObject);

/** Overtime: after so many hours per day (shift) or per ISO week, a premium; stacked on surcharges or the highest wins. */
export interface OvertimeRule {
  readonly name?: string;
  readonly period: OvertimePeriod;
  /** Hours worked in the day or week after which every further hour is overtime. */
  readonly afterHours: Decimal;
  readonly percent?: Decimal;
  readonly fixedPerHour?: Decimal;
  /** add: the overtime premium comes on top of the surcharges; highest: only the higher of the two is paid. */
  readonly stacking: StackingMode;
  readonly text: Texts;
}

const OVERTIME_EXAMPLE: Texts = { nl: 'bijvoorbeeld overwerk na 8 uur per dag 25%', en: 'e.g. overtime after 8 hours per day 25%' };

const overtimeObject = z
  .object({
    name: optional<string, string>('name', readText),
    period: required<string, OvertimePeriod>('period', readOvertimePeriod),
    afterHours: required<AmountInput, Decimal>('afterHours', readHours({ min: 0, max: 168 })),
    percent: premiumPercent('percent'),
    fixedPerHour: premiumAmount('fixedPerHour'),
    stacking: optional<string, StackingMode>('stacking', readStackingChoice),
  })
  .superRefine((r, ctx) => {
    percentOrAmount(ctx, r, OVERTIME_EXAMPLE);
    if (r.period === 'day' && r.afterHours.gt(24)) {
      addRuleIssue(ctx, ['afterHours'], 'OUT_OF_RANGE', { nl: `${r.afterHours.toString().replace('.', ',')} uur is meer dan een dag; verwacht hoogstens 24 uur per dag`, en: `${r.afterHours.toString()} hours is more than a day; expected at most 24 hours per day` });
    }
  })
  .transform((r): OvertimeRule => {
    const base = {
      period: r.period,
      afterHours: r.afterHours,
      ...(r.percent !== undefined ? { percent: r.percent } : {}),
      ...(r.fixedPerHour !== undefined ? { fixedPerHour: r.fixedPerHour } : {}),
      stacking: r.stacking ?? ('highest' as const),
    };
    return { ...(r.name !== undefined ? { name: r.name } : {}), ...base, text: { nl: formatOvertime(base, 'nl'), en: formatOvertime(base, 'en') } };
  });

export const overtimeRuleSchema = z.preprocess(fromText(parseOvertimeText, 'overwerk'), overtimeObject);

/** An allowance (CAO art. 16 lid 1 e: tax-free expense allowances such as travel per km). */
export const allowanceSchema = z.object({
  name: textField('name'),
  amount: amountField('amount', { min: 0 }),
  unit: required<string, AllowanceUnit>('unit', readAllowanceUnit),
  /** For km: at most this many kilometres per day. */
  maxKmPerDay: optional<AmountInput, Decimal>('maxKmPerDay', (v, f) => parseNumber(v, f, { min: 0, decimalOnly: true })),
});
export type Allowance = z.output<typeof allowanceSchema>;

/** The state of the form: completely filled in, and signed by the hirer (working agreements). */
const statusSchema = z.object({
  complete: optionalFlagField('complete').transform((v) => v ?? false),
  signedBy: optional<string, string>('signedBy', readText),
  signedAt: optionalInstantField('signedAt'),
  /** What is still missing, as the clerk notes it. */
  missing: optional<string | readonly string[], string[]>('missing', (v, f) => (Array.isArray(v) ? v.map((x) => readText(x, f)) : [readText(v, f)])),
});

// ---- the profile --------------------------------------------------------------------------------

export const hirerPayProfileSchema = z
  .object({
    id: optional<IdInput, string>('id', readId),
    hirerId: idField('hirerId'),
    hirerName: optional<string, string>('hirerName', readText),
    job: textField('job'),
    validFrom: optionalDateField('validFrom'),
    /** Hours per week that the scale's period wage pays for (the hirer's normal working week). */
    workweekHours: optional<AmountInput, Decimal>('workweekHours', readHours({ min: 1, max: 168 })),
    scaleWages: z.array(scaleWageSchema).default([]),
    periodicRaises: z.array(raiseObject).default([]),
    initialIncreases: z.array(raiseObject).default([]),
    workingTimeReduction: reductionSchema.optional(),
    surcharges: z.array(surchargeRuleSchema).default([]),
    /** When two surcharges meet on the same hour: the highest (default) or added up. */
    surchargeOverlap: optional<string, StackingMode>('surchargeOverlap', readStackingChoice).transform((v): StackingMode => v ?? 'highest'),
    overtime: z.array(overtimeRuleSchema).default([]),
    allowances: z.array(allowanceSchema).default([]),
    /** The hirer's holiday allowance where it differs from the CAO (fraction: 0.08 = 8 %). */
    holidayAllowancePercent: optional<AmountInput, Decimal>('holidayAllowancePercent', readPercent({ min: 0, max: 1 })),
    /** The hirer's vacation days per year (full-time) where they differ from the CAO. */
    vacationDays: optional<AmountInput, Decimal>('vacationDays', readDaysPerYear),
    /** The hirer's own public holidays, when its surcharges follow a different list than the temp CAO. */
    publicHolidays: optional<string | readonly string[], HolidayCode[]>('publicHolidays', readHolidayList),
    /** With publicHolidays: Liberation Day counts every n years (1: every year, 5: lustrum years). */
    liberationDayEveryYears: optional<AmountInput, number>('liberationDayEveryYears', readWholeNumber(1, 100)),
    status: statusSchema.default({ complete: false }),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.scaleWages.forEach((w, i) => {
      const earlier = seen.get(w.from);
      if (earlier !== undefined) {
        addRuleIssue(ctx, ['scaleWages', i, 'from'], 'DUPLICATE_SCALE_WAGE', {
          nl: `${w.from} komt ook voor bij schaalloon nr. ${earlier + 1}; verwacht één schaalloon per ingangsdatum`,
          en: `${w.from} is also the date of scale wage no. ${earlier + 1}; expected one scale wage per effective date`,
        });
      } else seen.set(w.from, i);
      if (w.per !== 'hour' && p.workweekHours === undefined) {
        addRuleIssue(ctx, ['workweekHours'], 'MISSING_VALUE', {
          nl: `ontbreekt; verwacht het aantal uur per week waarvoor het ${w.per === 'month' ? 'maandloon' : 'periodeloon'} van schaalloon nr. ${i + 1} betaalt, bijvoorbeeld 38`,
          en: `missing; expected the hours per week that the ${w.per === 'month' ? 'monthly' : 'period'} wage of scale wage no. ${i + 1} pays for, e.g. 38`,
        });
      }
    });
    const r = p.workingTimeReduction;
    if (r) {
      if (r.hoursPerYear === undefined && r.percent === undefined) {
        addRuleIssue(ctx, ['workingTimeReduction', 'hoursPerYear'], 'MISSING_VALUE', {
          nl: 'ontbreekt; verwacht ADV/ATV-uren per jaar (bijvoorbeeld 104) of een percentage (bijvoorbeeld 5,26%)',
          en: 'missing; expected working-time reduction hours per year (e.g. 104) or a percentage (e.g. 5.26%)',
        });
      } else if (r.percent === undefined && p.workweekHours === undefined) {
        addRuleIssue(ctx, ['workweekHours'], 'MISSING_VALUE', {
          nl: 'ontbreekt; verwacht de normale arbeidsduur per week (bijvoorbeeld 38), nodig om ADV/ATV-uren per jaar om te rekenen naar een percentage',
          en: 'missing; expected the normal working week in hours (e.g. 38), needed to turn reduction hours per year into a percentage',
        });
      }
    }
    if (p.liberationDayEveryYears !== undefined && p.publicHolidays === undefined) {
      addRuleIssue(ctx, ['publicHolidays'], 'MISSING_VALUE', {
        nl: 'ontbreekt; verwacht de feestdagen van de inlener bij "bevrijdingsdag elke … jaar"',
        en: "missing; expected the hirer's public holidays with \"Liberation Day every … years\"",
      });
    }
  })
  .transform((p) => ({
    ...p,
    scaleWages: [...p.scaleWages].sort(byFrom),
    periodicRaises: [...p.periodicRaises].sort(byFrom),
    initialIncreases: [...p.initialIncreases].sort(byFrom),
    workingTimeReduction: p.workingTimeReduction && {
      ...p.workingTimeReduction,
      // ATV/ADV hours per year as a share of the hours of a full working year (normal week × 52).
      percent: p.workingTimeReduction.percent ?? (p.workweekHours ? p.workingTimeReduction.hoursPerYear?.div(p.workweekHours.mul(52)) : undefined),
    },
  }));

export type HirerPayProfile = z.output<typeof hirerPayProfileSchema>;
export type HirerPayProfileInput = z.input<typeof hirerPayProfileSchema>;
export type WorkingTimeReduction = NonNullable<HirerPayProfile['workingTimeReduction']>;

/** Field names as the hirer's form has them (Dutch) and in English. */
export const hirerPayLabels: FieldLabels = {
  id: { nl: 'profielnummer', en: 'profile number' },
  hirerId: { nl: 'relatienummer inlener', en: 'hirer number' },
  hirerName: { nl: 'naam inlener', en: 'hirer name' },
  job: { nl: 'functie', en: 'job' },
  validFrom: { nl: 'geldig vanaf', en: 'valid from' },
  workweekHours: { nl: 'normale arbeidsduur per week', en: 'normal working week (hours)' },
  scaleWages: { nl: 'schaallonen', en: 'scale wages' },
  'scaleWages.from': { nl: 'ingangsdatum schaalloon', en: 'scale wage effective date' },
  'scaleWages.amount': { nl: 'schaalloon', en: 'scale wage' },
  'scaleWages.per': { nl: 'schaalloon per (uur, week, 4 weken, maand, jaar)', en: 'scale wage per (hour, week, four weeks, month, year)' },
  'scaleWages.scale': { nl: 'loonschaal en trede', en: 'pay scale and step' },
  periodicRaises: { nl: 'periodieken', en: 'periodic raises' },
  'periodicRaises.from': { nl: 'datum periodiek', en: 'periodic raise date' },
  'periodicRaises.percent': { nl: 'periodiek (%)', en: 'periodic raise (%)' },
  'periodicRaises.amountPerHour': { nl: 'periodiek (bedrag per uur)', en: 'periodic raise (amount per hour)' },
  initialIncreases: { nl: 'initiële loonsverhogingen', en: 'initial wage increases' },
  'initialIncreases.from': { nl: 'ingangsdatum loonsverhoging', en: 'wage increase effective date' },
  'initialIncreases.percent': { nl: 'initiële loonsverhoging (%)', en: 'initial wage increase (%)' },
  'initialIncreases.amountPerHour': { nl: 'initiële loonsverhoging (bedrag per uur)', en: 'initial wage increase (amount per hour)' },
  retroactive: { nl: 'met terugwerkende kracht', en: 'retroactive' },
  note: { nl: 'toelichting', en: 'note' },
  workingTimeReduction: { nl: 'ADV/ATV', en: 'working-time reduction (ATV/ADV)' },
  'workingTimeReduction.hoursPerYear': { nl: 'ADV/ATV-uren per jaar', en: 'reduction hours per year' },
  'workingTimeReduction.percent': { nl: 'ADV/ATV-percentage', en: 'reduction percentage' },
  'workingTimeReduction.compensation': { nl: 'ADV/ATV in tijd of geld', en: 'reduction in time or money' },
  surcharges: { nl: 'toeslagen', en: 'surcharges' },
  'surcharges.name': { nl: 'naam toeslag', en: 'surcharge name' },
  'surcharges.days': { nl: 'dagen toeslag', en: 'surcharge days' },
  'surcharges.from': { nl: 'toeslag vanaf (tijd)', en: 'surcharge from (time)' },
  'surcharges.to': { nl: 'toeslag tot (tijd)', en: 'surcharge until (time)' },
  'surcharges.percent': { nl: 'toeslagpercentage', en: 'surcharge percentage' },
  'surcharges.fixedPerHour': { nl: 'toeslag in euro per uur', en: 'surcharge in euros per hour' },
  surchargeOverlap: { nl: 'samenloop van toeslagen', en: 'overlapping surcharges' },
  overtime: { nl: 'overwerk', en: 'overtime' },
  'overtime.name': { nl: 'naam overwerkregel', en: 'overtime rule name' },
  'overtime.period': { nl: 'overwerk per (dag of week)', en: 'overtime per (day or week)' },
  'overtime.afterHours': { nl: 'overwerk na (uren)', en: 'overtime after (hours)' },
  'overtime.percent': { nl: 'overwerktoeslag', en: 'overtime percentage' },
  'overtime.fixedPerHour': { nl: 'overwerktoeslag in euro per uur', en: 'overtime premium in euros per hour' },
  'overtime.stacking': { nl: 'overwerk en toeslag (stapelen of hoogste)', en: 'overtime with surcharges (add or highest)' },
  allowances: { nl: 'vergoedingen', en: 'allowances' },
  'allowances.name': { nl: 'naam vergoeding', en: 'allowance name' },
  'allowances.amount': { nl: 'bedrag vergoeding', en: 'allowance amount' },
  'allowances.unit': { nl: 'vergoeding per (uur, dag, week, km)', en: 'allowance per (hour, day, week, km)' },
  'allowances.maxKmPerDay': { nl: 'maximum km per dag', en: 'maximum km per day' },
  holidayAllowancePercent: { nl: 'vakantiegeld (%)', en: 'holiday allowance (%)' },
  vacationDays: { nl: 'vakantiedagen per jaar', en: 'vacation days per year' },
  publicHolidays: { nl: 'feestdagen van de inlener', en: "hirer's public holidays" },
  liberationDayEveryYears: { nl: 'bevrijdingsdag elke … jaar', en: 'Liberation Day every … years' },
  status: { nl: 'status formulier', en: 'form status' },
  'status.complete': { nl: 'formulier volledig', en: 'form complete' },
  'status.signedBy': { nl: 'ondertekend door', en: 'signed by' },
  'status.signedAt': { nl: 'ondertekend op', en: 'signed on' },
  'status.missing': { nl: 'ontbreekt nog', en: 'still missing' },
};

const parsed = new WeakSet<object>();

/** A hirer pay profile from any input (form, workbook rows, JSON); throws InvalidInputError naming each field in the hirer's words. */
export function parseHirerPayProfile(input: unknown): HirerPayProfile {
  const profile = parseWith(hirerPayProfileSchema, input, { nl: 'inlenersbeloning', en: 'hirer pay profile' }, hirerPayLabels);
  parsed.add(profile);
  return profile;
}

/** Whether a value came out of parseHirerPayProfile (so it need not be validated again). */
export function isParsedProfile(value: unknown): value is HirerPayProfile {
  return typeof value === 'object' && value !== null && parsed.has(value);
}
