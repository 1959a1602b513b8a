import { InputError, displayValue, type Texts } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import { defaultRules } from '../rules/defaults.js';
import type { RuleSet } from '../rules/types.js';
import { agreementOn, parseHourLines, parsePlacement, type HourLine, type HourLineInput, type Placement, type PlacementInput, type WageAgreement } from '../model/index.js';
import type { Finding } from '../compliance/findings.js';
import { hourlyCostModel } from '../cost/model.js';
import type { HourlyCostModel } from '../cost/types.js';
import type { HourlyCostModelInput } from '../cost/input.js';
import { rateFor } from '../rates/agreement.js';
import { compileProfile, type CompiledProfile } from '../hirer-pay/compile.js';
import type { HirerPayProfile, HirerPayProfileInput } from '../hirer-pay/profile.js';
import { shiftsPay, type ShiftPayResult } from '../hirer-pay/shift-pay.js';
import { readShift, type ShiftInput } from '../hirer-pay/shift.js';
import type { PricedLine } from './lines.js';

/*
 * priceHourLines: timesheet lines (model/hourLine) → priced lines for marginOverview.
 *
 * - The wage is the placement's agreement in force on the line's date (agreementOn).
 * - A line with start and end, of a placement whose hirer has a pay profile, is priced with
 *   shiftPay (hirer-pay/): its pay categories (base hours, each surcharge and overtime
 *   combination) with their minutes; the pay per hour of a category is its hourly wage plus the
 *   premiums per hour of the rules paid in it. The shifts of one placement under one agreement are
 *   priced together in time order (shiftsPay), so that overtime per day and per week counts the
 *   earlier shifts.
 * - Otherwise the line is one base category: its hours (or start − end − break, in real elapsed
 *   time) at the agreement's wage.
 * - The billed rate per hour of each category is rateFor (rates/) on the agreement at the
 *   category's pay: factor × pay, cost of that pay ÷ (1 − m) or × (1 + m), or the fixed rate
 *   carrying the same surcharge (surcharge hours are billed in the agreement's own mode).
 * - The loaded cost per hour is hourlyCost (cost/) at the category's pay, with the cost choices
 *   given (contract kind, employer size, Whk …) for the placement on the line's date.
 * Lines of any status are priced; marginOverview leaves out those not approved, with a finding.
 */

export interface PriceHourLinesOptions {
  readonly rules?: RuleSet;
  /** Hirer pay profiles by placement id or by hirer id (the placement's own wins). */
  readonly profiles?: Readonly<Record<string, HirerPayProfileInput | HirerPayProfile | CompiledProfile>>;
  /** Cost choices (as hourlyCostModel takes them, without date and CAO). */
  readonly cost?: Partial<HourlyCostModelInput>;
  /** Cost choices per placement id, on top of `cost`. */
  readonly costByPlacement?: Readonly<Record<string, Partial<HourlyCostModelInput>>>;
}

export interface PricedHourLines {
  /** One priced line per hour line, in input order. */
  readonly lines: readonly PricedLine[];
  /** Findings of the pay profiles and shifts (unsigned profile, wage below the scale …). */
  readonly findings: readonly Finding[];
}

function where(line: HourLine, index: number): Texts {
  const row = line.row !== undefined ? { nl: ` (rij ${line.row})`, en: ` (row ${line.row})` } : { nl: '', en: '' };
  return { nl: `urenregel nr. ${index + 1}${row.nl}`, en: `hour line no. ${index + 1}${row.en}` };
}

function rethrow(e: unknown, at: Texts): never {
  if (e instanceof InputError) throw new InputError(e.code, { nl: `${at.nl}: ${e.texts.nl}`, en: `${at.en}: ${e.texts.en}` }, e.field);
  throw e;
}

function shiftOf(line: HourLine): ShiftInput {
  return { date: line.date, start: line.start!, end: line.end!, ...(line.breakMinutes !== undefined ? { breakMinutes: line.breakMinutes } : {}) };
}

/** Worked minutes of a line without a profile: its hours, or its shift in real elapsed time minus the break. */
function plainMinutes(line: HourLine): number {
  if (line.start !== undefined && line.end !== undefined) {
    const s = readShift(shiftOf(line));
    const breaks = s.breakWindows.reduce((sum, [a, b]) => sum + (b - a), 0) + s.breakMinutes;
    return Math.max(0, s.end - s.start - breaks);
  }
  return line.hours!.mul(60).round().toNumber();
}

/**
 * Prices timesheet lines for marginOverview: pay categories from shiftPay where the hirer has a
 * pay profile, the rate per category from the placement's agreement (rateFor) and the loaded
 * cost per hour (hourlyCost). Throws InputError for an unknown placement or a date before the
 * placement's first agreement.
 */
export function priceHourLines(lines: readonly HourLineInput[] | readonly HourLine[], placements: readonly PlacementInput[] | readonly Placement[], options: PriceHourLinesOptions = {}): PricedHourLines {
  const rules = options.rules ?? defaultRules;
  const parsed = parseHourLines(lines);
  const byId = new Map<string, Placement>();
  if (!Array.isArray(placements)) {
    throw new InputError('INVALID_INPUT', { nl: `plaatsingen: ${displayValue(placements)} is geen lijst; verwacht een lijst`, en: `placements: ${displayValue(placements)} is not a list; expected a list` }, 'placements');
  }
  for (const p of placements) {
    const placement = parsePlacement(p);
    byId.set(placement.id, placement);
  }
  const compiled = new Map<string, CompiledProfile>();
  const profileOf = (p: Placement): CompiledProfile | undefined => {
    const key = options.profiles?.[p.id] !== undefined ? p.id : options.profiles?.[p.hirerId] !== undefined ? p.hirerId : undefined;
    if (key === undefined) return undefined;
    let cp = compiled.get(key);
    if (!cp) {
      try {
        cp = compileProfile(options.profiles![key]!);
      } catch (e) {
        rethrow(e, { nl: `inlenersbeloning ${key}`, en: `hirer pay profile ${key}` });
      }
      compiled.set(key, cp);
    }
    return cp;
  };
  const models = new Map<string, HourlyCostModel>();
  const modelOf = (p: Placement, date: string, at: Texts): HourlyCostModel => {
    const key = `${p.id}\u0000${date}`;
    let m = models.get(key);
    if (!m) {
      try {
        m = hourlyCostModel({ ...(options.cost ?? {}), ...(options.costByPlacement?.[p.id] ?? {}), date, cao: p.cao } as HourlyCostModelInput, { rules });
      } catch (e) {
        rethrow(e, at);
      }
      models.set(key, m);
    }
    return m;
  };

  // Which lines go through shiftPay: grouped per placement and agreement, priced in time order.
  const out: PricedLine[] = new Array(parsed.length);
  const findings: Finding[] = [];
  const groups = new Map<string, { profile: CompiledProfile; placement: Placement; agreement: WageAgreement; indexes: number[] }>();
  const context = parsed.map((line, i) => {
    const at = where(line, i);
    const placement = byId.get(line.placementId);
    if (!placement) {
      throw new InputError('UNKNOWN_PLACEMENT', {
        nl: `${at.nl}: plaatsingsnummer "${line.placementId}" staat niet bij de plaatsingen; verwacht een plaatsing uit de lijst`,
        en: `${at.en}: placement number "${line.placementId}" is not among the placements; expected a placement from the list`,
      }, 'placementId');
    }
    const agreement = agreementOn(placement, line.date);
    if (!agreement) {
      throw new InputError('NO_AGREEMENT', {
        nl: `${at.nl}: geen loonafspraak op ${line.date} voor plaatsing ${placement.id}; verwacht een afspraak vanaf de begindatum`,
        en: `${at.en}: no wage agreement on ${line.date} for placement ${placement.id}; expected an agreement from the start date`,
      }, 'date');
    }
    const profile = line.start !== undefined && line.end !== undefined ? profileOf(placement) : undefined;
    if (profile) {
      const key = `${placement.id}\u0000${agreement.from}`;
      let g = groups.get(key);
      if (!g) {
        g = { profile, placement, agreement, indexes: [] };
        groups.set(key, g);
      }
      g.indexes.push(i);
    }
    return { at, placement, agreement, profile };
  });

  const shiftResults = new Map<number, ShiftPayResult>();
  for (const g of groups.values()) {
    let results: ShiftPayResult[];
    try {
      results = shiftsPay(g.indexes.map((i) => shiftOf(parsed[i]!)), g.profile, {
        rules,
        hourlyWage: g.agreement.wage,
        ...(g.placement.contractHoursPerWeek !== undefined ? { contractHoursPerWeek: g.placement.contractHoursPerWeek } : {}),
        segments: false,
        ref: { placementId: g.placement.id, workerId: g.placement.workerId, hirerId: g.placement.hirerId },
      });
    } catch (e) {
      rethrow(e, { nl: `diensten van plaatsing ${g.placement.id}`, en: `shifts of placement ${g.placement.id}` });
    }
    g.indexes.forEach((i, k) => shiftResults.set(i, results[k]!));
  }

  const seenFindings = new Set<string>();
  parsed.forEach((line, i) => {
    const { at, placement, agreement } = context[i]!;
    const model = modelOf(placement, line.date, at);
    const categories: PricedLine['categories'] = [];
    const result = shiftResults.get(i);
    let provisional = false;
    const price = (pay: Decimal): { rate: Decimal; cost: Decimal } => {
      try {
        return { rate: rateFor(agreement, pay, model), cost: model.cost(pay) };
      } catch (e) {
        rethrow(e, at);
      }
    };
    if (result) {
      provisional = result.provisional;
      for (const f of result.findings) {
        const key = `${f.code}\u0000${f.message.en}`;
        if (seenFindings.has(key)) continue;
        seenFindings.add(key);
        findings.push(line.row !== undefined ? { ...f, ref: { ...(f.ref ?? {}), row: line.row } } : f);
      }
      for (const c of result.categories) {
        const pay = c.rules.reduce((s, r) => s.plus(r.perHour), c.hourlyWage);
        const { rate, cost } = price(pay);
        const label = c.rules.length === 0 ? undefined : c.rules.map((r) => r.text.nl).join(' + ');
        categories.push({ key: c.key, ...(label !== undefined ? { label } : {}), hours: c.minutes, pay, rate, cost });
      }
      if (categories.length === 0) categories.push({ key: 'base', hours: 0, pay: agreement.wage, ...price(agreement.wage) });
    } else {
      let minutes: number;
      try {
        minutes = plainMinutes(line);
      } catch (e) {
        rethrow(e, at);
      }
      categories.push({ key: 'base', hours: minutes, pay: agreement.wage, ...price(agreement.wage) });
    }
    out[i] = {
      ...(line.id !== undefined ? { id: line.id } : {}),
      ...(line.row !== undefined ? { row: line.row } : {}),
      placementId: placement.id,
      workerId: placement.workerId,
      date: line.date,
      status: line.status,
      provisional,
      categories,
    } as PricedLine;
  });
  return { lines: out, findings };
}
