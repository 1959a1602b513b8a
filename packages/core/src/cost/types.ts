import type { Decimal } from '../money/index.js';
import type { Texts } from '../errors/index.js';
import type { Cao, Layer, RuleSet } from '../rules/types.js';
import type { AmountInput } from '../money/index.js';
import type { ContractKind } from '../contracts/input.js';
import type { Finding } from '../compliance/findings.js';
import type { ReservationRates } from './reservations.js';
import type { AwfRate, EmployerSize } from './input.js';

/** Where a figure on a cost line comes from: a rule parameter (see explain) or an input field. */
export interface LineRule {
  /** Parameter name (`premium.awf.high`) or `input.<field>` for a figure the caller gave. */
  readonly parameter: string;
  /** The value as text (`0.0774` = 7,74 %). */
  readonly value: string;
  readonly source: string;
  /** First day of the value (rules only). */
  readonly from?: string;
  readonly layer?: Layer | 'input' | 'derived';
  readonly note?: string;
  readonly unconfirmed: boolean;
}

export type CostLineCode =
  | 'wage'
  | 'reservation.vacation'
  | 'reservation.publicHolidays'
  | 'reservation.shortLeave'
  | 'holidayAllowance'
  | 'premium.awf'
  | 'premium.aof'
  | 'premium.wko'
  | 'premium.whk'
  | 'premium.whk.wga'
  | 'premium.whk.zw'
  | 'premium.zvw'
  | 'pension'
  | 'agency.sicknessRisk'
  | 'agency.idleRisk'
  | 'agency.administration'
  | 'agency.administrationPerHour';

/** One line of the loaded cost per worked hour; amounts are exact (round only to show). */
export interface CostLine {
  readonly code: CostLineCode;
  readonly label: Texts;
  /** What the rate is applied to, per worked hour, after any cap. */
  readonly base: Decimal;
  readonly baseLabel: Texts;
  /** The rate as a fraction (0.0774); absent for the wage and a fixed amount per hour. */
  readonly rate?: Decimal;
  /** Euros per worked hour, exact. */
  readonly amount: Decimal;
  /** A cap on the base: its amount per worked hour and whether it bit. */
  readonly cap?: { readonly amount: Decimal; readonly applied: boolean; readonly label: Texts };
  /** Every figure the line uses, the rate first. */
  readonly rules: readonly LineRule[];
  readonly unconfirmed: boolean;
}

/** The loaded cost of one worked hour, itemised (issue 4 §2). */
export interface HourlyCost {
  readonly date: string;
  readonly cao: Cao;
  readonly contract: ContractKind;
  /** Gross hourly wage. */
  readonly wage: Decimal;
  readonly lines: readonly CostLine[];
  /** Wage plus the reservations (paid hours per worked hour × wage). */
  readonly wageWithReservations: Decimal;
  /** Premium wage (SV-loon) per worked hour: wage, reservations and holiday allowance. */
  readonly premiumWage: Decimal;
  readonly premiums: Decimal;
  readonly pension: Decimal;
  /** Premium wage + employer premiums + employer pension: the cost the law and the CAO impose. */
  readonly statutoryCost: Decimal;
  /** The agency's own cost choices (risks, administration). */
  readonly agencyCosts: Decimal;
  /** Loaded cost per worked hour, exact. */
  readonly total: Decimal;
  /** total / wage, exact. */
  readonly factor: Decimal;
  /** For display: total rounded to cents, factor to 4 decimals (half-up). */
  readonly display: { readonly total: Decimal; readonly factor: Decimal };
  /**
   * The calendar derivation of the reservations for the year (weekdays, weekday holidays,
   * vacation days, workable days). The rates actually used are on the reservation lines: the CAO
   * parameters (which an agency may override) or, from 2026, the derivation with the hirer's days.
   */
  readonly reservations: ReservationRates;
  readonly findings: readonly Finding[];
  /** True when any figure used is unconfirmed in our sources. */
  readonly unconfirmed: boolean;
}

/** A premium rate the model applies to the (capped) premium wage. */
export interface PremiumRate {
  readonly code: CostLineCode;
  readonly label: Texts;
  readonly rate: Decimal;
  readonly rules: readonly LineRule[];
}

/**
 * A loaded-cost calculation with everything but the wage fixed, for a period in which no rule
 * changes: build it once per (period, parameters) and call cost(wage) for every hour line.
 * `cost(wage)` equals `hourlyCost({ ...input, wage }).total` exactly (it is the same computation,
 * memoised per wage).
 */
export interface HourlyCostModel {
  /** The date the model was asked for. */
  readonly date: string;
  /** The model holds for every date in [validFrom, validUntil). */
  readonly validFrom: string;
  readonly validUntil: string;
  readonly cao: Cao;
  readonly contract: ContractKind;
  readonly rules: RuleSet;
  readonly reservations: ReservationRates;
  /** Paid hours per worked hour: 1 + vacation + public holidays + short leave. */
  readonly paidHoursPerWorkedHour: Decimal;
  readonly holidayAllowanceRate: Decimal;
  readonly awf: AwfRate;
  readonly employerSize: EmployerSize;
  readonly premiumRates: readonly PremiumRate[];
  /** Sum of the premium rates. */
  readonly premiumRate: Decimal;
  /** Maximum premium wage per worked hour (the per-hour approximation). */
  readonly premiumCapPerHour: Decimal;
  readonly pension: null | {
    readonly scheme: 'basis' | 'plus' | 'single';
    readonly employerRate: Decimal;
    readonly employeeRate: Decimal;
    readonly franchisePerHour: Decimal;
    readonly maxHourlyWage: Decimal;
  };
  /**
   * Between fromWage and toWage (no cap bites, the pension base is positive) the cost is linear:
   * cost(wage) = intercept + slope × wage, exactly (every step multiplies short decimals, so
   * nothing rounds inside Decimal's 40 digits for wages of up to 12 significant digits, e.g. any
   * amount in cents). Outside it use cost().
   */
  readonly linear: { readonly slope: Decimal; readonly intercept: Decimal; readonly fromWage: Decimal; readonly toWage: Decimal };
  /** Notes that do not depend on the wage. */
  readonly findings: readonly Finding[];
  /** Loaded cost per worked hour, exact. */
  cost(wage: AmountInput): Decimal;
  /** cost(wage) / wage, exact. */
  factor(wage: AmountInput): Decimal;
  /** The itemised cost for a wage. */
  breakdown(wage: AmountInput): HourlyCost;
  /** The model for the same input on another date (this one when the date is in its period). */
  on(date: unknown): HourlyCostModel;
}
