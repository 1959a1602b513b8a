import { Decimal, ONE, ZERO, roundCents, roundTo } from '../money/index.js';
import type { Texts } from '../errors/index.js';
import { finding, ruleOf, type Finding } from '../compliance/findings.js';
import { minimumWageAge } from '../wages/minimumWage.js';
import { COST_FINDINGS as F } from './findings.js';
import { euroText } from './format.js';
import { inputRule, type Params } from './params.js';
import type { CostLine, CostLineCode, HourlyCost, LineRule } from './types.js';

/*
 * The computation per wage, one code path for cost() and breakdown(), and the itemised result.
 */
// ---------------------------------------------------------------------------------------------
// the computation per wage (one code path for cost() and breakdown())

export interface Amounts {
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

export function compute(p: Params, w: Decimal): Amounts {
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

export function breakdownOf(p: Params, m: Amounts, day: string): HourlyCost {
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
  if (p.minimumWage !== null && m.wage.lt(p.minimumWage)) {
    const ageKnown = p.age !== undefined;
    const mwAge = ageKnown ? minimumWageAge(p.age) : 21;
    findings.push(
      finding(F.COST_WAGE_BELOW_MINIMUM, {
        nl: `Uurloon ${euroText(m.wage).nl} ligt onder het minimumloon van ${euroText(p.minimumWage).nl} (${mwAge === 21 ? '21 jaar en ouder' : `${mwAge} jaar`}) op ${day}${ageKnown ? '' : '; leeftijd onbekend, 21+ aangenomen'}.`,
        en: `Hourly wage ${euroText(m.wage).en} is below the minimum wage of ${euroText(p.minimumWage).en} (${mwAge === 21 ? '21 and over' : `age ${mwAge}`}) on ${day}${ageKnown ? '' : '; age unknown, 21+ assumed'}.`,
      }, { ref: { field: 'wage', date: day }, rule: ruleOf(p.minimumWageParameter, day, p.rules), ...(ageKnown ? {} : { severity: 'warning' as const }) }),
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
