import { Decimal, ONE, ZERO, isDecimal, parseAmount, roundCents, roundTo, type AmountInput } from '../money/index.js';
import { InputError, NoRuleError, displayValue, parseWith, type Texts } from '../errors/index.js';
import { finding, ruleOf, type Finding } from '../compliance/findings.js';
import { defaultRules, withCao } from '../rules/defaults.js';
import { getBoolean, getDecimal, getInteger, getString, resolveParameter } from '../rules/lookup.js';
import { parametersWithoutDefault } from '../rules/catalog.js';
import type { Cao, RuleSet } from '../rules/types.js';
import { minimumWage, minimumWageAge } from '../wages/minimumWage.js';
import { COST_FINDINGS as F } from './findings.js';
import { euroText, numberText, percentText } from './format.js';
import { hourlyCostLabels, hourlyCostModelSchema, hourlyCostSchema, type AwfRate, type HourlyCostInput, type HourlyCostModelInput, type HourlyCostModelParsed } from './input.js';
import { reservationRates, type ReservationRates } from './reservations.js';
import type { CostLine, CostLineCode, HourlyCost, HourlyCostModel, LineRule, PremiumRate } from './types.js';
import { ageOn, quickIsoDate, stablePeriod } from './validity.js';

/*
 * Loaded cost per worked hour (issue 4 §2; DOMAIN.md §4–6; domain-costs.md §3.7(c), §8 "keep the
 * order explicit"):
 *
 *   wage W
 *   + reservations      W × (vacation + public holidays + short leave)          = W × P paid per worked hour
 *   + holiday allowance (W × P) × holiday-allowance rate                          (base: wage incl. reservations)
 *   = premium wage SV   W × P × (1 + h)
 *   + premiums          min(SV, cap per worked hour) × (AWf + Aof [+ Wko] + Whk + Zvw)
 *   + pension           employer % × max(0, min(SV, max hourly wage × P) − franchise × P)
 *   = statutory cost
 *   + agency choices    statutory cost × (sickness + idle + administration %) + administration per hour
 *   = loaded cost; factor = loaded cost / W
 *
 * Nothing is rounded inside: the amounts per hour are exact; `display` rounds for people.
 * Reservations also stand for continued pay on contracts without agency clause (the leave is paid
 * either way; only the mechanism differs), so every contract kind carries them per worked hour.
 */

const WHAT: Texts = { nl: 'loonkosten per uur', en: 'hourly cost' };

// ---------------------------------------------------------------------------------------------
// rule references

function ruleRef(name: string, day: string, rules: RuleSet, names: string[]): LineRule {
  const r = resolveParameter(name, day, rules);
  names.push(name);
  return Object.freeze({
    parameter: name,
    value: String(r.value),
    source: r.source,
    from: r.from,
    layer: r.layer,
    ...(r.note !== undefined ? { note: r.note } : {}),
    unconfirmed: r.unconfirmed,
  });
}

function inputRule(field: string, value: Decimal | string, source: string): LineRule {
  return Object.freeze({ parameter: `input.${field}`, value: String(value), source, layer: 'input' as const, unconfirmed: false });
}

function derivedRule(what: string, value: Decimal, source: string, note?: string): LineRule {
  return Object.freeze({ parameter: `derived.${what}`, value: value.toString(), source, layer: 'derived' as const, ...(note ? { note } : {}), unconfirmed: false });
}

// ---------------------------------------------------------------------------------------------
// the model's fixed part

interface Rated {
  readonly rate: Decimal;
  readonly rules: readonly LineRule[];
}

interface AgencyRate {
  readonly code: 'agency.sicknessRisk' | 'agency.idleRisk' | 'agency.administration';
  readonly label: Texts;
  readonly rate: Decimal;
  readonly rule: LineRule;
}

interface Params {
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
  readonly minimumWage: Decimal;
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

function chooseAwf(p: HourlyCostModelParsed, day: string, rules: RuleSet, age: number | undefined, names: string[], findings: Finding[]): { rate: AwfRate; why: Texts } {
  if (p.awf) return { rate: p.awf, why: { nl: 'opgegeven in de invoer', en: 'given in the input' } };
  if (p.bbl) return { rate: 'low', why: { nl: 'BBL-leerling', en: 'BBL learner' } };
  const youthAge = getInteger('premium.awf.lowYouthUnderAge', day, rules);
  const youthHours = getInteger('premium.awf.lowYouthMaxHoursPer4Weeks', day, rules);
  names.push('premium.awf.lowYouthUnderAge', 'premium.awf.lowYouthMaxHoursPer4Weeks');
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
        }, { ref: { field: 'hoursPer4Weeks', date: day }, rule: ruleOf('premium.awf.lowYouthUnderAge', day, rules) }),
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

function buildParams(parsed: HourlyCostModelParsed, day: string, base: RuleSet, names: string[]): Params {
  const cao = parsed.cao ?? base.cao;
  const rules = rulesWithCao(base, cao);
  const findings: Finding[] = [];
  const age = parsed.age ?? (parsed.birthDate !== undefined ? ageOn(parsed.birthDate, day) : undefined);
  const ref = (name: string) => ruleRef(name, day, rules, names);
  const dec = (name: string) => getDecimal(name, day, rules);

  // -- reservations and holiday allowance (from 2026 the hirer's package where it applies)
  names.push('hirerPay.regime', 'vacation.daysPerYear', 'reservation.shortLeave', 'cao.publicHolidays', 'cao.liberationDayEveryYears');
  const regime = getString('hirerPay.regime', day, rules);
  const pkg = parsed.hirerPackage;
  const pkgGiven = pkg !== undefined && (pkg.vacationDays !== undefined || pkg.holidayAllowancePercent !== undefined);
  const usePkg = regime === 'equivalent-pay';
  if (pkgGiven && !usePkg) {
    findings.push(
      finding(F.COST_HIRER_PACKAGE_IGNORED, {
        nl: `Op ${day} geldt inlenersbeloning: vakantiedagen en vakantiegeld volgen de cao; het pakket van de inlener telt pas vanaf gelijkwaardige beloning (2026).`,
        en: `On ${day} hirer pay applies: vacation days and holiday allowance follow the CAO; the hirer's package counts only under equivalent pay (2026).`,
      }, { ref: { field: 'hirerPackage', date: day }, rule: ruleOf('hirerPay.regime', day, rules) }),
    );
  }

  let reservations: ReservationRates;
  let vacation: Rated;
  let publicHolidays: Rated;
  if (usePkg && pkg?.vacationDays !== undefined) {
    const minDays = getInteger('vacation.statutoryMinDaysPerYear', day, rules);
    names.push('vacation.statutoryMinDaysPerYear');
    let days = pkg.vacationDays;
    if (days.lt(minDays)) {
      findings.push(
        finding(F.COST_HIRER_VACATION_BELOW_STATUTORY, {
          nl: `Vakantiedagen van de inlener (${numberText(days).nl}) liggen onder het wettelijk minimum van ${minDays}; ${minDays} gebruikt.`,
          en: `The hirer's vacation days (${numberText(days).en}) are below the statutory minimum of ${minDays}; ${minDays} used.`,
        }, { ref: { field: 'hirerPackage.vacationDays', date: day }, rule: ruleOf('vacation.statutoryMinDaysPerYear', day, rules) }),
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
    vacation = { rate: dec('reservation.vacation'), rules: [ref('reservation.vacation')] };
    publicHolidays = { rate: dec('reservation.publicHolidays'), rules: [ref('reservation.publicHolidays')] };
  }
  const shortLeave: Rated = { rate: reservations.shortLeave, rules: [ref('reservation.shortLeave')] };
  const paid = ONE.plus(vacation.rate).plus(publicHolidays.rate).plus(shortLeave.rate);

  const fallbackHa = dec('holidayAllowance.rate');
  let holidayAllowance: Rated = { rate: fallbackHa, rules: [ref('holidayAllowance.rate')] };
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
        }, { ref: { field: 'hirerPackage.holidayAllowancePercent', date: day }, rule: ruleOf('holidayAllowance.rate', day, rules) }),
      );
    }
  }

  // -- employer premiums
  const awfChoice = chooseAwf(parsed, day, rules, age, names, findings);
  const awfName = awfChoice.rate === 'low' ? 'premium.awf.low' : 'premium.awf.high';
  findings.push(
    finding(F.COST_AWF_CHOSEN, {
      nl: `WW-premie ${awfChoice.rate === 'low' ? 'laag' : 'hoog'} (${percentText(dec(awfName)).nl}): ${awfChoice.why.nl}.`,
      en: `WW premium ${awfChoice.rate} (${percentText(dec(awfName)).en}): ${awfChoice.why.en}.`,
    }, { ref: { field: 'contract', date: day }, rule: ruleOf(awfName, day, rules) }),
  );
  const premiums: PremiumRate[] = [];
  premiums.push({
    code: 'premium.awf',
    label: { nl: `WW-premie (AWf ${awfChoice.rate === 'low' ? 'laag' : 'hoog'})`, en: `Unemployment premium (AWf ${awfChoice.rate})` },
    rate: dec(awfName),
    rules: [ref(awfName)],
  });
  const aofName = parsed.employerSize === 'small' ? 'premium.aof.small' : 'premium.aof.large';
  premiums.push({
    code: 'premium.aof',
    label: {
      nl: `Arbeidsongeschiktheidspremie (Aof ${parsed.employerSize === 'small' ? 'kleine' : 'middelgrote/grote'} werkgever)`,
      en: `Disability premium (Aof, ${parsed.employerSize === 'small' ? 'small' : 'medium/large'} employer)`,
    },
    rate: dec(aofName),
    rules: [ref(aofName)],
  });
  if (getBoolean('premium.wko.addedToAof', day, rules)) {
    premiums.push({
      code: 'premium.wko',
      label: { nl: 'Opslag kinderopvang (Wko)', en: 'Childcare surcharge (Wko)' },
      rate: dec('premium.wko'),
      rules: [ref('premium.wko'), ref('premium.wko.addedToAof')],
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
      premiums.push({ code: 'premium.whk.wga', label: { nl: 'Whk-premie WGA', en: 'Whk premium WGA' }, rate: dec('premium.whk.wga'), rules: [ref('premium.whk.wga')] });
      premiums.push({ code: 'premium.whk.zw', label: { nl: 'Whk-premie ZW-flex', en: 'Whk premium ZW-flex' }, rate: dec('premium.whk.zw'), rules: [ref('premium.whk.zw')] });
    } catch (e) {
      if (e instanceof NoRuleError && (e.code === 'NO_DEFAULT' || e.code === 'NO_RULE_FOR_DATE')) throw whkMissing();
      throw e;
    }
  }
  premiums.push({ code: 'premium.zvw', label: { nl: 'Werkgeversheffing Zvw', en: 'Zvw employer levy' }, rate: dec('premium.zvw.employer'), rules: [ref('premium.zvw.employer')] });
  const premiumRate = premiums.reduce((s, p) => s.plus(p.rate), ZERO);

  // -- the yearly maximum premium wage per worked hour (an approximation, see cost-model.ts)
  const maxYear = dec('premium.maxWage.year');
  const hoursPerWeek = parsed.hoursPerWeek ?? new Decimal(getInteger('cost.premiumCapHoursPerWeek', day, rules));
  const workedHoursPerYear = hoursPerWeek.div(5).mul(reservations.workableDays);
  const cap = maxYear.div(workedHoursPerYear);
  const capRules: LineRule[] = [
    ref('premium.maxWage.year'),
    parsed.hoursPerWeek !== undefined ? inputRule('hoursPerWeek', parsed.hoursPerWeek, 'Input: hours per week') : ref('cost.premiumCapHoursPerWeek'),
    derivedRule('premiumCapPerHour', cap, `premium.maxWage.year / (hours per week / 5 × ${reservations.workableDays} workable days)`, 'Approximation of the yearly cap per worked hour; payroll caps per pay period (DOMAIN.md §4).'),
  ];

  // -- pension (StiPP)
  let pension: Params['pension'] = null;
  if (parsed.pension !== 'none') {
    names.push('pension.stipp.scheme', 'pension.stipp.plus.afterWorkedWeeks', 'pension.stipp.entryAge');
    const scheme = getString('pension.stipp.scheme', day, rules);
    const afterWeeks = getInteger('pension.stipp.plus.afterWorkedWeeks', day, rules);
    const entryAge = getInteger('pension.stipp.entryAge', day, rules);
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
        }, { ref: { field: 'age', date: day }, rule: ruleOf('pension.stipp.entryAge', day, rules) }),
      );
    } else {
      const employerName = plus ? 'pension.stipp.plus.employer' : 'pension.stipp.employer';
      const employeeName = plus ? 'pension.stipp.plus.employeeMax' : 'pension.stipp.employee';
      pension = {
        scheme: scheme === 'single' ? 'single' : plus ? 'plus' : 'basis',
        employerRate: dec(employerName),
        employeeRate: dec(employeeName),
        franchise: dec('pension.stipp.franchise'),
        maxHourly: dec('pension.stipp.maxHourlyWage'),
        rules: [ref(employerName), ref('pension.stipp.franchise'), ref('pension.stipp.maxHourlyWage'), ref(employeeName), ref('pension.stipp.entryAge')],
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
  const mwAge = age === undefined ? undefined : minimumWageAge(age);
  names.push(`minimumWage.hourly.${mwAge ?? 21}`);
  const mw = minimumWage(day, mwAge, { rules });

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
    findings,
    unconfirmed: unconfirmedNames.length > 0,
  };
}

// ---------------------------------------------------------------------------------------------
// the computation per wage (one code path for cost() and breakdown())

interface Amounts {
  readonly wage: Decimal;
  readonly vacation: Decimal;
  readonly publicHolidays: Decimal;
  readonly shortLeave: Decimal;
  readonly withReservations: Decimal;
  readonly holidayAllowance: Decimal;
  readonly premiumWage: Decimal;
  readonly premiumBase: Decimal;
  readonly capApplied: boolean;
  readonly premiums: readonly Decimal[];
  readonly premiumSum: Decimal;
  readonly pensionable: Decimal;
  readonly pensionCapApplied: boolean;
  readonly franchise: Decimal;
  readonly pensionBase: Decimal;
  readonly pension: Decimal;
  readonly statutory: Decimal;
  readonly agency: readonly Decimal[];
  readonly admin: Decimal;
  readonly agencySum: Decimal;
  readonly total: Decimal;
}

function compute(p: Params, w: Decimal): Amounts {
  const vacation = w.mul(p.vacation.rate);
  const publicHolidays = w.mul(p.publicHolidays.rate);
  const shortLeave = w.mul(p.shortLeave.rate);
  const withReservations = w.plus(vacation).plus(publicHolidays).plus(shortLeave);
  const holidayAllowance = withReservations.mul(p.holidayAllowance.rate);
  const premiumWage = withReservations.plus(holidayAllowance);
  const capApplied = premiumWage.gt(p.cap);
  const premiumBase = capApplied ? p.cap : premiumWage;
  const premiums = p.premiums.map((x) => premiumBase.mul(x.rate));
  const premiumSum = premiums.reduce((s, x) => s.plus(x), ZERO);
  let pensionable = ZERO;
  let pensionCapApplied = false;
  let franchise = ZERO;
  let pensionBase = ZERO;
  let pension = ZERO;
  if (p.pension) {
    // Pensionable hours per worked hour = paid hours P; the maximum hourly wage applies per paid hour.
    const maxPerWorkedHour = p.pension.maxHourly.mul(p.paid);
    pensionCapApplied = premiumWage.gt(maxPerWorkedHour);
    pensionable = pensionCapApplied ? maxPerWorkedHour : premiumWage;
    franchise = p.pension.franchise.mul(p.paid);
    pensionBase = Decimal.max(ZERO, pensionable.minus(franchise));
    pension = pensionBase.mul(p.pension.employerRate);
  }
  const statutory = premiumWage.plus(premiumSum).plus(pension);
  const agency = p.agencyRates.map((r) => statutory.mul(r.rate));
  const admin = p.adminPerHour ?? ZERO;
  const agencySum = agency.reduce((s, x) => s.plus(x), ZERO).plus(admin);
  const total = statutory.plus(agencySum);
  return {
    wage: w, vacation, publicHolidays, shortLeave, withReservations, holidayAllowance, premiumWage, premiumBase, capApplied, premiums, premiumSum,
    pensionable, pensionCapApplied, franchise, pensionBase, pension, statutory, agency, admin, agencySum, total,
  };
}

/**
 * A line; `capRules` (the figures behind a cap) are listed with the line's rules, but make the
 * line unconfirmed only when the cap bites.
 */
function line(
  code: CostLineCode, label: Texts, base: Decimal, baseLabel: Texts, amount: Decimal, rules: readonly LineRule[],
  extra: { rate?: Decimal; cap?: CostLine['cap']; capRules?: readonly LineRule[] } = {},
): CostLine {
  const capRules = extra.capRules ?? [];
  return Object.freeze({
    code,
    label,
    base,
    baseLabel,
    ...(extra.rate !== undefined ? { rate: extra.rate } : {}),
    amount,
    ...(extra.cap ? { cap: extra.cap } : {}),
    rules: Object.freeze([...rules, ...capRules]),
    unconfirmed: rules.some((r) => r.unconfirmed) || (extra.cap?.applied === true && capRules.some((r) => r.unconfirmed)),
  });
}

const WAGE_BASE: Texts = { nl: 'bruto uurloon', en: 'gross hourly wage' };

function breakdownOf(p: Params, m: Amounts, day: string): HourlyCost {
  const clause = p.parsed.contract === 'agency-clause';
  const lines: CostLine[] = [];
  lines.push(line('wage', { nl: 'Bruto uurloon', en: 'Gross hourly wage' }, m.wage, WAGE_BASE, m.wage, []));
  lines.push(
    line('reservation.vacation', clause ? { nl: 'Reservering vakantiedagen', en: 'Vacation reservation' } : { nl: 'Doorbetaalde vakantiedagen (per gewerkt uur)', en: 'Paid vacation days (continued pay, per worked hour)' },
      m.wage, WAGE_BASE, m.vacation, p.vacation.rules, { rate: p.vacation.rate }),
  );
  lines.push(
    line('reservation.publicHolidays', clause ? { nl: 'Reservering feestdagen', en: 'Public-holiday reservation' } : { nl: 'Doorbetaalde feestdagen (per gewerkt uur)', en: 'Paid public holidays (continued pay, per worked hour)' },
      m.wage, WAGE_BASE, m.publicHolidays, p.publicHolidays.rules, { rate: p.publicHolidays.rate }),
  );
  lines.push(
    line('reservation.shortLeave', clause ? { nl: 'Reservering kort verzuim', en: 'Short-leave reservation' } : { nl: 'Kort verzuim (per gewerkt uur)', en: 'Short leave (continued pay, per worked hour)' },
      m.wage, WAGE_BASE, m.shortLeave, p.shortLeave.rules, { rate: p.shortLeave.rate }),
  );
  lines.push(
    line('holidayAllowance', { nl: 'Vakantiebijslag', en: 'Holiday allowance' }, m.withReservations,
      { nl: 'uurloon plus reserveringen (over gewerkte uren, vakantiedagen, feestdagen en kort verzuim; cao art. 18)', en: 'wage plus reservations (over worked hours, vacation days, public holidays and short leave; CAO art. 18)' },
      m.holidayAllowance, p.holidayAllowance.rules, { rate: p.holidayAllowance.rate }),
  );
  const capInfo = {
    amount: p.cap,
    applied: m.capApplied,
    label: { nl: 'maximumpremieloon per gewerkt uur (benadering)', en: 'maximum premium wage per worked hour (approximation)' },
  };
  p.premiums.forEach((x, i) => {
    lines.push(
      line(x.code, x.label, m.premiumBase, { nl: 'premieloon (SV-loon) per gewerkt uur, tot het maximum', en: 'premium wage (SV-loon) per worked hour, up to the maximum' },
        m.premiums[i]!, x.rules, { rate: x.rate, cap: capInfo, capRules: p.capRules }),
    );
  });
  if (p.pension) {
    const name = p.pension.scheme === 'single' ? { nl: 'StiPP (één regeling)', en: 'StiPP (single scheme)' } : p.pension.scheme === 'plus' ? { nl: 'StiPP Plus', en: 'StiPP Plus' } : { nl: 'StiPP Basis', en: 'StiPP Basis' };
    lines.push(
      line('pension', { nl: `Pensioen ${name.nl}, werkgeversdeel`, en: `Pension ${name.en}, employer's part` }, m.pensionBase,
        {
          nl: `pensioengrondslag: pensioengevend loon per gewerkt uur (premieloon, tot ${euroText(p.pension.maxHourly).nl} per betaald uur) − franchise ${euroText(p.pension.franchise).nl} × ${p.paid.toString().replace('.', ',')} betaalde uren`,
          en: `pension base: pensionable wage per worked hour (premium wage, up to ${euroText(p.pension.maxHourly).en} per paid hour) − franchise ${euroText(p.pension.franchise).en} × ${p.paid} paid hours`,
        },
        m.pension, p.pension.rules,
        { rate: p.pension.employerRate, cap: { amount: p.pension.maxHourly.mul(p.paid), applied: m.pensionCapApplied, label: { nl: 'maximaal pensioengevend loon per gewerkt uur', en: 'maximum pensionable wage per worked hour' } } }),
    );
  }
  p.agencyRates.forEach((r, i) => {
    lines.push(line(r.code, r.label, m.statutory, { nl: 'wettelijke kosten per uur (premieloon, premies, pensioen)', en: 'statutory cost per hour (premium wage, premiums, pension)' }, m.agency[i]!, [r.rule], { rate: r.rate }));
  });
  if (p.adminPerHour !== null) {
    lines.push(
      line('agency.administrationPerHour', { nl: 'Administratiekosten per uur', en: 'Administration per hour' }, ONE, { nl: 'per gewerkt uur', en: 'per worked hour' }, m.admin,
        [inputRule('agency.administrationPerHour', p.adminPerHour, "Input: the agency's own choice")]),
    );
  }

  const findings: Finding[] = [];
  if (m.wage.lt(p.minimumWage)) {
    const ageKnown = p.age !== undefined;
    const mwAge = ageKnown ? minimumWageAge(p.age) : 21;
    findings.push(
      finding(F.COST_WAGE_BELOW_MINIMUM, {
        nl: `Uurloon ${euroText(m.wage).nl} ligt onder het minimumloon van ${euroText(p.minimumWage).nl} (${mwAge === 21 ? '21 jaar en ouder' : `${mwAge} jaar`}) op ${day}${ageKnown ? '' : '; leeftijd onbekend, 21+ aangenomen'}.`,
        en: `Hourly wage ${euroText(m.wage).en} is below the minimum wage of ${euroText(p.minimumWage).en} (${mwAge === 21 ? '21 and over' : `age ${mwAge}`}) on ${day}${ageKnown ? '' : '; age unknown, 21+ assumed'}.`,
      }, { ref: { field: 'wage', date: day }, rule: ruleOf(`minimumWage.hourly.${mwAge}`, day, p.rules), ...(ageKnown ? {} : { severity: 'warning' as const }) }),
    );
  }
  findings.push(...p.findings);
  if (m.capApplied) {
    findings.push(
      finding(F.COST_PREMIUM_CAP_APPLIED, {
        nl: `Premieloon ${euroText(m.premiumWage).nl} per uur ligt boven het maximum van ${euroText(p.cap).nl} per gewerkt uur; premies berekend over het maximum.`,
        en: `Premium wage ${euroText(m.premiumWage).en} per hour is above the maximum of ${euroText(p.cap).en} per worked hour; premiums computed on the maximum.`,
      }, { ref: { field: 'wage', date: day }, rule: ruleOf('cost.premiumCapHoursPerWeek', day, p.rules) }),
    );
  }
  if (p.pension && m.pensionCapApplied) {
    findings.push(
      finding(F.COST_PENSION_CAP_APPLIED, {
        nl: `Pensioengevend loon boven ${euroText(p.pension.maxHourly).nl} per betaald uur: geen opbouw daarboven.`,
        en: `Pensionable wage above ${euroText(p.pension.maxHourly).en} per paid hour: no accrual above it.`,
      }, { ref: { field: 'wage', date: day }, rule: ruleOf('pension.stipp.maxHourlyWage', day, p.rules) }),
    );
  }
  if (p.pension && m.pensionBase.isZero()) {
    findings.push(
      finding(F.COST_PENSION_BELOW_FRANCHISE, {
        nl: `Pensioengevend loon per uur ligt onder de franchise van ${euroText(p.pension.franchise).nl}: pensioengrondslag 0.`,
        en: `Pensionable wage per hour is below the franchise of ${euroText(p.pension.franchise).en}: pension base 0.`,
      }, { ref: { field: 'wage', date: day }, rule: ruleOf('pension.stipp.franchise', day, p.rules) }),
    );
  }

  const factor = m.total.div(m.wage);
  return Object.freeze({
    date: day,
    cao: p.cao,
    contract: p.parsed.contract,
    wage: m.wage,
    lines: Object.freeze(lines),
    wageWithReservations: m.withReservations,
    premiumWage: m.premiumWage,
    premiums: m.premiumSum,
    pension: m.pension,
    statutoryCost: m.statutory,
    agencyCosts: m.agencySum,
    total: m.total,
    factor,
    display: Object.freeze({ total: roundCents(m.total), factor: roundTo(factor, 4) }),
    reservations: p.reservations,
    findings: Object.freeze(findings),
    unconfirmed: lines.some((l) => l.unconfirmed),
  });
}

// ---------------------------------------------------------------------------------------------
// the model object and its cache

const MEMO_LIMIT = 4096;

function readWage(value: AmountInput): Decimal {
  if (value instanceof Decimal && value.isFinite() && value.gt(0)) return value;
  const w = isDecimal(value) ? new Decimal(value) : parseAmount(value, 'wage');
  if (!w.isFinite() || w.lte(0)) {
    throw new InputError(
      'OUT_OF_RANGE',
      { nl: `bruto uurloon (wage): ${displayValue(value)} is niet positief; verwacht een bedrag boven 0`, en: `gross hourly wage (wage): ${displayValue(value)} is not positive; expected an amount above 0` },
      'wage',
    );
  }
  return w;
}

/** Per base rule set: input key (without the date) → the models built for it, one per period. */
const modelCache = new WeakMap<RuleSet, Map<string, HourlyCostModel[]>>();
const MODELS_PER_KEY = 64;

/** A model's breakdown for any date of its period (hourlyCost reports the date asked). */
const internals = new WeakMap<HourlyCostModel, (wage: Decimal, day: string) => HourlyCost>();

function keyOf(parsed: HourlyCostModelParsed): string {
  const { date: _date, ...rest } = parsed;
  return JSON.stringify(rest, (_k, v) => (isDecimal(v) ? `#${(v as Decimal).toString()}` : v));
}

function modelFor(parsed: HourlyCostModelParsed, day: string, base: RuleSet, key: string): HourlyCostModel {
  let perSet = modelCache.get(base);
  if (!perSet) {
    perSet = new Map();
    modelCache.set(base, perSet);
  }
  let list = perSet.get(key);
  if (list) {
    for (const m of list) if (m.validFrom <= day && day < m.validUntil) return m;
  } else {
    list = [];
    perSet.set(key, list);
  }
  const model = createModel(parsed, day, base, key);
  if (list.length >= MODELS_PER_KEY) list.shift();
  list.push(model);
  return model;
}

function createModel(parsed: HourlyCostModelParsed, day: string, base: RuleSet, key: string): HourlyCostModel {
  const names: string[] = [];
  const p = buildParams(parsed, day, base, names);
  const period = stablePeriod(day, p.rules, [...new Set(names)].sort(), parsed.birthDate);
  const memo = new Map<string, Amounts>();
  const amountsOf = (wage: AmountInput): Amounts => {
    const w = readWage(wage);
    const k = w.toString();
    let m = memo.get(k);
    if (!m) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      m = compute(p, w);
      memo.set(k, m);
    }
    return m;
  };

  // Linear form: with s = P(1 + h), below every cap and above the franchise
  //   cost = W·s·(1 + premiums + e)·(1 + agency%) − e·F·P·(1 + agency%) + admin per hour.
  const s = p.paid.mul(ONE.plus(p.holidayAllowance.rate));
  const e = p.pension?.employerRate ?? ZERO;
  const agencyFactor = ONE.plus(p.agencyRate);
  const slope = s.mul(ONE.plus(p.premiumRate).plus(e)).mul(agencyFactor);
  const intercept = (p.pension ? p.pension.franchise.mul(p.paid).mul(e).mul(agencyFactor).negated() : ZERO).plus(p.adminPerHour ?? ZERO);
  const onePlusH = ONE.plus(p.holidayAllowance.rate);
  const fromWage = p.pension ? p.pension.franchise.div(onePlusH) : ZERO;
  const toWage = Decimal.min(p.cap.div(s), p.pension ? p.pension.maxHourly.div(onePlusH) : p.cap.div(s));

  const model: HourlyCostModel = {
    date: day,
    validFrom: period.from,
    validUntil: period.until,
    cao: p.cao,
    contract: parsed.contract,
    rules: p.rules,
    reservations: p.reservations,
    paidHoursPerWorkedHour: p.paid,
    holidayAllowanceRate: p.holidayAllowance.rate,
    awf: p.awf,
    employerSize: parsed.employerSize,
    premiumRates: Object.freeze(p.premiums),
    premiumRate: p.premiumRate,
    premiumCapPerHour: p.cap,
    pension: p.pension
      ? Object.freeze({
          scheme: p.pension.scheme,
          employerRate: p.pension.employerRate,
          employeeRate: p.pension.employeeRate,
          franchisePerHour: p.pension.franchise,
          maxHourlyWage: p.pension.maxHourly,
        })
      : null,
    linear: Object.freeze({ slope, intercept, fromWage, toWage }),
    findings: Object.freeze([...p.findings]),
    cost: (wage) => amountsOf(wage).total,
    factor: (wage) => {
      const m = amountsOf(wage);
      return m.total.div(m.wage);
    },
    breakdown: (wage) => breakdownOf(p, amountsOf(wage), day),
    on: (date) => {
      const d = quickIsoDate(date, 'date');
      if (period.from <= d && d < period.until) return model;
      return modelFor({ ...parsed, date: d }, d, base, key);
    },
  };
  internals.set(model, (wage, d) => breakdownOf(p, amountsOf(wage), d));
  return Object.freeze(model);
}

export interface HourlyCostOptions {
  /** Rule set (default: the shipped rules; the input's `cao` picks the CAO table). */
  readonly rules?: RuleSet;
}

/**
 * The loaded-cost model for one set of inputs (everything but the wage) on a date: fixed
 * rates, reservations, caps and pension, valid for [validFrom, validUntil). Build it once per
 * placement and period and call `cost(wage)`; `on(date)` gives the model for another date
 * without validating the input again. Models are cached per rule set and input.
 */
export function hourlyCostModel(input: HourlyCostModelInput, options: HourlyCostOptions = {}): HourlyCostModel {
  const parsed = parseWith(hourlyCostModelSchema, input, WHAT, hourlyCostLabels);
  const base = options.rules ?? defaultRules;
  return modelFor(parsed, parsed.date, base, keyOf(parsed));
}

/**
 * The loaded cost of one worked hour, itemised: wage, reservations, holiday allowance, each
 * employer premium with its base and cap, StiPP pension with the franchise, the agency's own
 * costs, the total and the cost factor; every line names its rule parameters and sources.
 */
export function hourlyCost(input: HourlyCostInput, options: HourlyCostOptions = {}): HourlyCost {
  const parsed = parseWith(hourlyCostSchema, input, WHAT, hourlyCostLabels);
  const { wage, ...rest } = parsed;
  const base = options.rules ?? defaultRules;
  const model = modelFor(rest, rest.date, base, keyOf(rest));
  return internals.get(model)!(wage, rest.date);
}
