import { Decimal, ONE, ZERO, isDecimal, parseAmount, type AmountInput } from '../money/index.js';
import { InputError, displayValue, parseWith, type Texts } from '../errors/index.js';
import { defaultRules } from '../rules/defaults.js';
import type { RuleSet } from '../rules/types.js';
import { breakdownOf, compute, type Amounts } from './compute.js';
import { hourlyCostLabels, hourlyCostModelSchema, hourlyCostSchema, type HourlyCostInput, type HourlyCostModelInput, type HourlyCostModelParsed } from './input.js';
import { buildParams } from './params.js';
import type { HourlyCost, HourlyCostModel } from './types.js';
import { quickIsoDate, stablePeriod } from './validity.js';

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
const KEYS_PER_RULE_SET = 20_000;

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
    if (perSet.size >= KEYS_PER_RULE_SET) perSet.clear();
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
