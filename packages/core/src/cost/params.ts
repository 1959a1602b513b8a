import { Decimal, ONE, ZERO } from '../money/index.js';
import { InputError, NoRuleError, type Texts } from '../errors/index.js';
import { finding, type Finding, type FindingRule } from '../compliance/findings.js';
import { withCao } from '../rules/defaults.js';
import { resolveParameter, type Resolved } from '../rules/lookup.js';
import { parametersWithoutDefault } from '../rules/catalog.js';
import type { Cao, RuleSet } from '../rules/types.js';
import { minimumWage, minimumWageAge } from '../wages/minimumWage.js';
import { COST_FINDINGS as F } from './findings.js';
import { numberText, percentText } from './format.js';
import type { AwfRate, HourlyCostModelParsed } from './input.js';
import { reservationRates, type ReservationRates } from './reservations.js';
import type { LineRule, PremiumRate } from './types.js';
import { ageOn } from './validity.js';

/*
 * The fixed part of a loaded-cost calculation: every rate, reservation, cap and pension figure
 * for one input on one date, read once from the rules (see model.ts for the formula).
 */
// ---------------------------------------------------------------------------------------------
// rule references

/** Rule lookups for one day, each parameter resolved once and its name recorded (model validity). */
export interface Lookup {
  dec(name: string): Decimal;
  int(name: string): number;
  str(name: string): string;
  bool(name: string): boolean;
  /** The figure as a line rule (explain: value, source, from, layer, note, unconfirmed). */
  ref(name: string): LineRule;
  /** The figure as a finding's rule. */
  rule(name: string): FindingRule;
}

function lookupOn(day: string, rules: RuleSet, names: string[]): Lookup {
  const cache = new Map<string, Resolved>();
  const res = (name: string): Resolved => {
    let r = cache.get(name);
    if (!r) {
      r = resolveParameter(name, day, rules);
      cache.set(name, r);
      names.push(name);
    }
    return r;
  };
  return {
    dec: (name) => res(name).value as Decimal,
    int: (name) => res(name).value as number,
    str: (name) => res(name).value as string,
    bool: (name) => res(name).value as boolean,
    ref: (name) => {
      const r = res(name);
      return Object.freeze({
        parameter: name,
        value: String(r.value),
        source: r.source,
        from: r.from,
        layer: r.layer,
        ...(r.note !== undefined ? { note: r.note } : {}),
        unconfirmed: r.unconfirmed,
      });
    },
    rule: (name) => {
      const r = res(name);
      return { parameter: name, source: r.source, ...(r.unconfirmed ? { unconfirmed: true as const } : {}) };
    },
  };
}

export function inputRule(field: string, value: Decimal | string, source: string): LineRule {
  return Object.freeze({ parameter: `input.${field}`, value: String(value), source, layer: 'input' as const, unconfirmed: false });
}

function derivedRule(what: string, value: Decimal, source: string, note?: string): LineRule {
  return Object.freeze({ parameter: `derived.${what}`, value: value.toString(), source, layer: 'derived' as const, ...(note ? { note } : {}), unconfirmed: false });
}

// ---------------------------------------------------------------------------------------------
// the model's fixed part

export interface Rated {
  readonly rate: Decimal;
  readonly rules: readonly LineRule[];
}

export interface AgencyRate {
  readonly code: 'agency.sicknessRisk' | 'agency.idleRisk' | 'agency.administration';
  readonly label: Texts;
  readonly rate: Decimal;
  readonly rule: LineRule;
}

export interface Params {
  readonly day: string;
  readonly cao: Cao;
  readonly parsed: HourlyCostModelParsed;
  readonly rules: RuleSet;
  readonly age: number | undefined;
  readonly reservations: ReservationRates;
  readonly vacation: Rated;
  readonly publicHolidays: Rated;
  readonly shortLeave: Rated;
  readonly paid: Decimal;
  readonly holidayAllowance: Rated;
  readonly awf: AwfRate;
  readonly premiums: readonly PremiumRate[];
  readonly premiumRate: Decimal;
  readonly cap: Decimal;
  readonly capRules: readonly LineRule[];
  readonly pension: null | {
    readonly scheme: 'basis' | 'plus' | 'single';
    readonly employerRate: Decimal;
    readonly employeeRate: Decimal;
    readonly franchise: Decimal;
    readonly maxHourly: Decimal;
    readonly rules: readonly LineRule[];
  };
  readonly agencyRates: readonly AgencyRate[];
  readonly agencyRate: Decimal;
  readonly adminPerHour: Decimal | null;
  /** The hourly minimum wage for the check; null where no amount is known (BBL before 2026). */
  readonly minimumWage: Decimal | null;
  readonly minimumWageParameter: string;
  readonly findings: readonly Finding[];
  readonly unconfirmed: boolean;
}

const caoCache = new WeakMap<RuleSet, Map<Cao, RuleSet>>();

/** withCao, memoised so that the rule caches (keyed by rule set) keep working. */
function rulesWithCao(rules: RuleSet, cao: Cao): RuleSet {
  if (rules.cao === cao) return rules;
  let perSet = caoCache.get(rules);
  if (!perSet) {
    perSet = new Map();
    caoCache.set(rules, perSet);
  }
  let found = perSet.get(cao);
  if (!found) {
    found = withCao(rules, cao);
    perSet.set(cao, found);
  }
  return found;
}

function whkMissing(): InputError {
  const wga = parametersWithoutDefault['premium.whk.wga']!;
  return new InputError(
    'WHK_MISSING',
    {
      nl: `Whk-premie (whk): ontbreekt; verwacht het percentage uit de beschikking, bijvoorbeeld 6,55% of { wga: 2,42%, zw: 4,13% }. ${wga.nl}`,
      en: `Whk premium (whk): missing; expected the rate from the decision, e.g. 6.55% or { wga: 2.42%, zw: 4.13% }. ${wga.en}`,
    },
    'whk',
  );
}

function chooseAwf(p: HourlyCostModelParsed, day: string, L: Lookup, age: number | undefined, findings: Finding[]): { rate: AwfRate; why: Texts } {
  if (p.awf) return { rate: p.awf, why: { nl: 'opgegeven in de invoer', en: 'given in the input' } };
  if (p.bbl) return { rate: 'low', why: { nl: 'BBL-leerling', en: 'BBL learner' } };
  const youthAge = L.int('premium.awf.lowYouthUnderAge');
  const youthHours = L.int('premium.awf.lowYouthMaxHoursPer4Weeks');
  if (age !== undefined && age < youthAge) {
    if (p.hoursPer4Weeks !== undefined && p.hoursPer4Weeks.lte(youthHours)) {
      return {
        rate: 'low',
        why: { nl: `jonger dan ${youthAge} en hoogstens ${youthHours} uur per 4 weken`, en: `under ${youthAge} and at most ${youthHours} hours per 4 weeks` },
      };
    }
    if (p.hoursPer4Weeks === undefined && !(p.contract === 'open-ended' && !p.onCall)) {
      findings.push(
        finding(F.COST_AWF_YOUTH_HOURS_UNKNOWN, {
          nl: `Jonger dan ${youthAge}: bij hoogstens ${youthHours} verloonde uren per 4 weken geldt de lage WW-premie; geef hoursPer4Weeks op. Nu is de hoge premie gerekend.`,
          en: `Under ${youthAge}: at most ${youthHours} paid hours per 4 weeks gives the low WW premium; give hoursPer4Weeks. The high rate is used now.`,
        }, { ref: { field: 'hoursPer4Weeks', date: day }, rule: L.rule('premium.awf.lowYouthUnderAge') }),
      );
    }
  }
  if (p.contract === 'open-ended' && !p.onCall) {
    return { rate: 'low', why: { nl: 'schriftelijk contract voor onbepaalde tijd, geen oproepcontract', en: 'written open-ended contract, not on-call' } };
  }
  if (p.contract === 'agency-clause') {
    return { rate: 'high', why: { nl: 'uitzendovereenkomst met uitzendbeding (BW 7:691 lid 7)', en: 'agency contract with agency clause (BW 7:691 lid 7)' } };
  }
  if (p.contract === 'fixed-term') return { rate: 'high', why: { nl: 'contract voor bepaalde tijd', en: 'fixed-term contract' } };
  return { rate: 'high', why: { nl: 'oproepcontract', en: 'on-call contract' } };
}

export function buildParams(parsed: HourlyCostModelParsed, day: string, base: RuleSet, names: string[]): Params {
  const cao = parsed.cao ?? base.cao;
  const rules = rulesWithCao(base, cao);
  const findings: Finding[] = [];
  const age = parsed.age ?? (parsed.birthDate !== undefined ? ageOn(parsed.birthDate, day) : undefined);
  const L = lookupOn(day, rules, names);

  // -- reservations and holiday allowance (from 2026 the hirer's package where it applies)
  names.push('hirerPay.regime', 'vacation.daysPerYear', 'reservation.shortLeave', 'cao.publicHolidays', 'cao.liberationDayEveryYears');
  const regime = L.str('hirerPay.regime');
  const pkg = parsed.hirerPackage;
  const pkgGiven = pkg !== undefined && (pkg.vacationDays !== undefined || pkg.holidayAllowancePercent !== undefined);
  const usePkg = regime === 'equivalent-pay';
  if (pkgGiven && !usePkg) {
    findings.push(
      finding(F.COST_HIRER_PACKAGE_IGNORED, {
        nl: `Op ${day} geldt inlenersbeloning: vakantiedagen en vakantiegeld volgen de cao; het pakket van de inlener telt pas vanaf gelijkwaardige beloning (2026).`,
        en: `On ${day} hirer pay applies: vacation days and holiday allowance follow the CAO; the hirer's package counts only under equivalent pay (2026).`,
      }, { ref: { field: 'hirerPackage', date: day }, rule: L.rule('hirerPay.regime') }),
    );
  }

  let reservations: ReservationRates;
  let vacation: Rated;
  let publicHolidays: Rated;
  if (usePkg && pkg?.vacationDays !== undefined) {
    const minDays = L.int('vacation.statutoryMinDaysPerYear');
    names.push('vacation.statutoryMinDaysPerYear');
    let days = pkg.vacationDays;
    if (days.lt(minDays)) {
      findings.push(
        finding(F.COST_HIRER_VACATION_BELOW_STATUTORY, {
          nl: `Vakantiedagen van de inlener (${numberText(days).nl}) liggen onder het wettelijk minimum van ${minDays}; ${minDays} gebruikt.`,
          en: `The hirer's vacation days (${numberText(days).en}) are below the statutory minimum of ${minDays}; ${minDays} used.`,
        }, { ref: { field: 'hirerPackage.vacationDays', date: day }, rule: L.rule('vacation.statutoryMinDaysPerYear') }),
      );
      days = new Decimal(minDays);
    }
    reservations = reservationRates(day, { vacationDays: days, rules });
    const r = reservations;
    const formula = `${r.weekdays} weekdays − ${r.vacationDays} vacation days − ${r.weekdayHolidays.length} weekday public holidays = ${r.workableDays} workable days`;
    const dayRule = inputRule('hirerPackage.vacationDays', days, "Hirer's package (equivalent pay, CAO 2026–2028; DOMAIN.md §6)");
    vacation = {
      rate: r.vacation,
      rules: [derivedRule('reservation.vacation', r.vacation, `DOMAIN.md §6 (flexnieuws.nl formula): ${r.vacationDays} / ${r.workableDays}`, formula), dayRule],
    };
    publicHolidays = {
      rate: r.publicHolidays,
      rules: [derivedRule('reservation.publicHolidays', r.publicHolidays, `DOMAIN.md §6 (flexnieuws.nl formula): ${r.weekdayHolidays.length} / ${r.workableDays}`, formula), dayRule],
    };
  } else {
    reservations = reservationRates(day, { rules });
    vacation = { rate: L.dec('reservation.vacation'), rules: [L.ref('reservation.vacation')] };
    publicHolidays = { rate: L.dec('reservation.publicHolidays'), rules: [L.ref('reservation.publicHolidays')] };
  }
  const shortLeave: Rated = { rate: reservations.shortLeave, rules: [L.ref('reservation.shortLeave')] };
  const paid = ONE.plus(vacation.rate).plus(publicHolidays.rate).plus(shortLeave.rate);

  const fallbackHa = L.dec('holidayAllowance.rate');
  let holidayAllowance: Rated = { rate: fallbackHa, rules: [L.ref('holidayAllowance.rate')] };
  if (usePkg && pkg?.holidayAllowancePercent !== undefined) {
    const hirer = pkg.holidayAllowancePercent;
    if (hirer.gte(fallbackHa)) {
      holidayAllowance = {
        rate: hirer,
        rules: [inputRule('hirerPackage.holidayAllowancePercent', hirer, "Hirer's package: the hirer's % when higher (equivalent pay, DOMAIN.md §6)"), ...holidayAllowance.rules],
      };
    } else {
      findings.push(
        finding(F.COST_HIRER_HOLIDAY_ALLOWANCE_LOWER, {
          nl: `Vakantiegeld van de inlener (${percentText(hirer).nl}) ligt onder ${percentText(fallbackHa).nl}; ${percentText(fallbackHa).nl} gebruikt.`,
          en: `The hirer's holiday allowance (${percentText(hirer).en}) is below ${percentText(fallbackHa).en}; ${percentText(fallbackHa).en} used.`,
        }, { ref: { field: 'hirerPackage.holidayAllowancePercent', date: day }, rule: L.rule('holidayAllowance.rate') }),
      );
    }
  }

  // -- employer premiums
  const awfChoice = chooseAwf(parsed, day, L, age, findings);
  const awfName = awfChoice.rate === 'low' ? 'premium.awf.low' : 'premium.awf.high';
  findings.push(
    finding(F.COST_AWF_CHOSEN, {
      nl: `WW-premie ${awfChoice.rate === 'low' ? 'laag' : 'hoog'} (${percentText(L.dec(awfName)).nl}): ${awfChoice.why.nl}.`,
      en: `WW premium ${awfChoice.rate} (${percentText(L.dec(awfName)).en}): ${awfChoice.why.en}.`,
    }, { ref: { field: 'contract', date: day }, rule: L.rule(awfName) }),
  );
  const premiums: PremiumRate[] = [];
  premiums.push({
    code: 'premium.awf',
    label: { nl: `WW-premie (AWf ${awfChoice.rate === 'low' ? 'laag' : 'hoog'})`, en: `Unemployment premium (AWf ${awfChoice.rate})` },
    rate: L.dec(awfName),
    rules: [L.ref(awfName)],
  });
  const aofName = parsed.employerSize === 'small' ? 'premium.aof.small' : 'premium.aof.large';
  premiums.push({
    code: 'premium.aof',
    label: {
      nl: `Arbeidsongeschiktheidspremie (Aof ${parsed.employerSize === 'small' ? 'kleine' : 'middelgrote/grote'} werkgever)`,
      en: `Disability premium (Aof, ${parsed.employerSize === 'small' ? 'small' : 'medium/large'} employer)`,
    },
    rate: L.dec(aofName),
    rules: [L.ref(aofName)],
  });
  if (L.bool('premium.wko.addedToAof')) {
    premiums.push({
      code: 'premium.wko',
      label: { nl: 'Opslag kinderopvang (Wko)', en: 'Childcare surcharge (Wko)' },
      rate: L.dec('premium.wko'),
      rules: [L.ref('premium.wko'), L.ref('premium.wko.addedToAof')],
    });
  } else names.push('premium.wko.addedToAof');
  const whkSource = "Input: the employer's own Whk premium (Belastingdienst yearly decision)";
  if (parsed.whk !== undefined) {
    if ('total' in parsed.whk) {
      premiums.push({ code: 'premium.whk', label: { nl: 'Whk-premie (WGA + ZW-flex)', en: 'Whk premium (WGA + ZW-flex)' }, rate: parsed.whk.total, rules: [inputRule('whk', parsed.whk.total, whkSource)] });
    } else {
      premiums.push({ code: 'premium.whk.wga', label: { nl: 'Whk-premie WGA', en: 'Whk premium WGA' }, rate: parsed.whk.wga, rules: [inputRule('whk.wga', parsed.whk.wga, whkSource)] });
      premiums.push({ code: 'premium.whk.zw', label: { nl: 'Whk-premie ZW-flex', en: 'Whk premium ZW-flex' }, rate: parsed.whk.zw, rules: [inputRule('whk.zw', parsed.whk.zw, whkSource)] });
    }
  } else {
    // Set by an override (withOverrides) in the rule set, or missing: no default (DOMAIN.md §4).
    try {
      premiums.push({ code: 'premium.whk.wga', label: { nl: 'Whk-premie WGA', en: 'Whk premium WGA' }, rate: L.dec('premium.whk.wga'), rules: [L.ref('premium.whk.wga')] });
      premiums.push({ code: 'premium.whk.zw', label: { nl: 'Whk-premie ZW-flex', en: 'Whk premium ZW-flex' }, rate: L.dec('premium.whk.zw'), rules: [L.ref('premium.whk.zw')] });
    } catch (e) {
      if (e instanceof NoRuleError && (e.code === 'NO_DEFAULT' || e.code === 'NO_RULE_FOR_DATE')) throw whkMissing();
      throw e;
    }
  }
  premiums.push({ code: 'premium.zvw', label: { nl: 'Werkgeversheffing Zvw', en: 'Zvw employer levy' }, rate: L.dec('premium.zvw.employer'), rules: [L.ref('premium.zvw.employer')] });
  const premiumRate = premiums.reduce((s, p) => s.plus(p.rate), ZERO);

  // -- the yearly maximum premium wage per worked hour (an approximation, see cost-model.ts)
  const maxYear = L.dec('premium.maxWage.year');
  const hoursPerWeek = parsed.hoursPerWeek ?? new Decimal(L.int('cost.premiumCapHoursPerWeek'));
  const workedHoursPerYear = hoursPerWeek.div(5).mul(reservations.workableDays);
  const cap = maxYear.div(workedHoursPerYear);
  const capRules: LineRule[] = [
    L.ref('premium.maxWage.year'),
    parsed.hoursPerWeek !== undefined ? inputRule('hoursPerWeek', parsed.hoursPerWeek, 'Input: hours per week') : L.ref('cost.premiumCapHoursPerWeek'),
    derivedRule('premiumCapPerHour', cap, `premium.maxWage.year / (hours per week / 5 × ${reservations.workableDays} workable days)`, 'Approximation of the yearly cap per worked hour; payroll caps per pay period (DOMAIN.md §4).'),
  ];

  // -- pension (StiPP)
  let pension: Params['pension'] = null;
  if (parsed.pension !== 'none') {
    names.push('pension.stipp.scheme', 'pension.stipp.plus.afterWorkedWeeks', 'pension.stipp.entryAge');
    const scheme = L.str('pension.stipp.scheme');
    const afterWeeks = L.int('pension.stipp.plus.afterWorkedWeeks');
    const entryAge = L.int('pension.stipp.entryAge');
    if (age === undefined) {
      throw new InputError(
        'MISSING_VALUE',
        {
          nl: `leeftijd of geboortedatum: ontbreekt; verwacht de leeftijd (bijvoorbeeld 23) of de geboortedatum: StiPP-pensioen begint bij ${entryAge} jaar (of geef pension: none)`,
          en: `age or date of birth: missing; expected the age (e.g. 23) or the date of birth: StiPP pension starts at age ${entryAge} (or give pension: none)`,
        },
        'age',
      );
    }
    let plus: boolean;
    if (parsed.pension === 'plus') plus = true;
    else if (parsed.pension === 'basis') plus = scheme === 'single';
    else if (parsed.workedWeeks !== undefined) plus = parsed.workedWeeks >= afterWeeks;
    else if (scheme === 'single') plus = true;
    else {
      throw new InputError(
        'MISSING_VALUE',
        {
          nl: `pensioenregeling: ontbreekt; verwacht basis of plus (Plus na ${afterWeeks} gewerkte weken), of geef het aantal gewerkte weken (workedWeeks)`,
          en: `pension scheme: missing; expected basis or plus (Plus after ${afterWeeks} worked weeks), or give the number of worked weeks (workedWeeks)`,
        },
        'pension',
      );
    }
    if (age < entryAge) {
      findings.push(
        finding(F.COST_PENSION_BELOW_ENTRY_AGE, {
          nl: `Jonger dan ${entryAge} jaar op ${day}: geen StiPP-premie.`,
          en: `Younger than ${entryAge} on ${day}: no StiPP premium.`,
        }, { ref: { field: 'age', date: day }, rule: L.rule('pension.stipp.entryAge') }),
      );
    } else {
      const employerName = plus ? 'pension.stipp.plus.employer' : 'pension.stipp.employer';
      const employeeName = plus ? 'pension.stipp.plus.employeeMax' : 'pension.stipp.employee';
      pension = {
        scheme: scheme === 'single' ? 'single' : plus ? 'plus' : 'basis',
        employerRate: L.dec(employerName),
        employeeRate: L.dec(employeeName),
        franchise: L.dec('pension.stipp.franchise'),
        maxHourly: L.dec('pension.stipp.maxHourlyWage'),
        rules: [L.ref(employerName), L.ref('pension.stipp.franchise'), L.ref('pension.stipp.maxHourlyWage'), L.ref(employeeName), L.ref('pension.stipp.entryAge')],
      };
    }
  }

  // -- the agency's own choices
  const agencyRates: AgencyRate[] = [];
  const a = parsed.agency;
  const agencySource = "Input: the agency's own choice";
  if (a?.sicknessRisk !== undefined) agencyRates.push({ code: 'agency.sicknessRisk', label: { nl: 'Ziekterisico', en: 'Sickness risk' }, rate: a.sicknessRisk, rule: inputRule('agency.sicknessRisk', a.sicknessRisk, agencySource) });
  if (a?.idleRisk !== undefined) agencyRates.push({ code: 'agency.idleRisk', label: { nl: 'Leeglooprisico', en: 'Idle-time risk' }, rate: a.idleRisk, rule: inputRule('agency.idleRisk', a.idleRisk, agencySource) });
  if (a?.administration !== undefined) agencyRates.push({ code: 'agency.administration', label: { nl: 'Administratiekosten', en: 'Administration' }, rate: a.administration, rule: inputRule('agency.administration', a.administration, agencySource) });
  const agencyRate = agencyRates.reduce((s, r) => s.plus(r.rate), ZERO);

  // -- minimum wage for the check (21+ when the age is unknown)
  // A BBL learner aged 18–20 has a lower scale, known from 2026 only: before it, no check for BBL.
  const mwAge = age === undefined ? undefined : minimumWageAge(age);
  const bblScale = parsed.bbl === true && mwAge !== undefined && mwAge >= 18 && mwAge <= 20;
  names.push(bblScale ? `minimumWage.hourly.bbl.${mwAge}` : `minimumWage.hourly.${mwAge ?? 21}`);
  let mw: Decimal | null = null;
  try {
    mw = minimumWage(day, mwAge, { rules, bbl: bblScale });
  } catch (e) {
    if (!(bblScale && e instanceof NoRuleError)) throw e;
  }

  findings.push(
    finding(F.COST_NOT_INCLUDED, {
      nl: 'Niet in de berekening: PAWW, SFU-premie, transitievergoeding, kosten van voorfinanciering en kredietverzekering (tarieven niet in onze bronnen of keuzes van het bureau; geef ze op als keuzes van het bureau).',
      en: 'Not in the calculation: PAWW, SFU premium, transition payment, financing and credit insurance (rates not in our sources, or agency choices; add them as agency choices).',
    }, { ref: { date: day } }),
  );

  // The cap's own figures count only where the cap bites (breakdown).
  const allRules = [vacation, publicHolidays, shortLeave, holidayAllowance, ...premiums].flatMap((r) => r.rules).concat(pension?.rules ?? []);
  const unconfirmedNames = [...new Set(allRules.filter((r) => r.unconfirmed).map((r) => r.parameter))];
  if (unconfirmedNames.length > 0) {
    findings.push(
      finding(F.COST_UNCONFIRMED_FIGURES, {
        nl: `Onbevestigde cijfers gebruikt: ${unconfirmedNames.join(', ')}.`,
        en: `Unconfirmed figures used: ${unconfirmedNames.join(', ')}.`,
      }, { ref: { date: day } }),
    );
  }

  return {
    day,
    cao,
    parsed,
    rules,
    age,
    reservations,
    vacation,
    publicHolidays,
    shortLeave,
    paid,
    holidayAllowance,
    awf: awfChoice.rate,
    premiums,
    premiumRate,
    cap,
    capRules,
    pension,
    agencyRates,
    agencyRate,
    adminPerHour: a?.administrationPerHour ?? null,
    minimumWage: mw,
    minimumWageParameter: bblScale ? `minimumWage.hourly.bbl.${mwAge}` : `minimumWage.hourly.${mwAge ?? 21}`,
    findings,
    unconfirmed: unconfirmedNames.length > 0,
  };
}
