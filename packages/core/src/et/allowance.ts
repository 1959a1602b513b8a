import { Decimal, ZERO, roundCents } from '../money/index.js';
import { parseWith, type Texts } from '../errors/index.js';
import { finding, ruleOf, type Finding } from '../compliance/findings.js';
import { toDate } from '../calendar/zone.js';
import { defaultRules } from '../rules/defaults.js';
import { getDecimal, getInteger } from '../rules/lookup.js';
import type { RuleSet } from '../rules/types.js';
import { minimumWage, minimumWageAge } from '../wages/minimumWage.js';
import { ageOn } from '../cost/validity.js';
import { euroText, percentText } from '../cost/format.js';
import { ET_FINDINGS as F } from './findings.js';
import { ET_COMPONENTS, etAllowanceLabels, etAllowanceSchema, type EtAllowanceInput, type EtComponent, type EtCostCategory } from './input.js';

/*
 * The ET exchange of one pay period (CAO art. 20, old ABU art. 44/45; DOMAIN.md §13):
 *   actual wage A = time wage + extra-statutory holidays + surcharges + compensation hours
 *   gross exchanged G ≤ et.maxShareOfWage × A                 (30 %)
 *   A − G ≥ paid hours × hourly minimum wage for the age      (WML floor; overtime included)
 *   allowance N = G / et.exchangeFactor for time wage and extra-statutory holidays (0,81), N = G
 *     for surcharges and compensation hours
 *   N ≤ proven costs (double housing, and the other costs, each with its proof)
 * Components are exchanged in that order (time wage first: it buys the most allowance per euro).
 * Rounding: limits are upper bounds, so an exchanged gross amount is rounded DOWN to cents; the
 * allowance (a payslip line) half-up to cents, which can never pass a cost limit in whole cents.
 * Pension still accrues over the exchanged part (StiPP pensionable wage includes it); no
 * reservations are built over it (sncu.nl).
 */

export interface EtCostResult {
  readonly index: number;
  readonly category: EtCostCategory;
  /** double housing (DHV) or the other costs (OVE). */
  readonly kind: 'doubleHousing' | 'other';
  readonly amount: Decimal;
  readonly accepted: boolean;
  /** Why it does not count. */
  readonly reason?: Texts;
}

export type EtLimit = 'share' | 'minimum-wage' | 'costs';

export interface EtExchangeLine {
  readonly component: EtComponent;
  /** The component's gross amount in the period. */
  readonly available: Decimal;
  /** What was asked (the whole component when no request was given). */
  readonly requested: Decimal;
  /** Gross exchanged, cents. */
  readonly gross: Decimal;
  /** Allowance = gross / factor (0,81 or 1), cents. */
  readonly factor: Decimal;
  readonly allowance: Decimal;
  /** requested − gross. */
  readonly notExchanged: Decimal;
  /** The limits that kept the exchange below the request. */
  readonly limitedBy: readonly EtLimit[];
}

export interface EtReversal {
  readonly paid: { readonly doubleHousing: Decimal; readonly other: Decimal; readonly grossExchanged: Decimal };
  /** Allowance without valid proof (or without eligibility), per kind. */
  readonly doubleHousing: Decimal;
  readonly other: Decimal;
  readonly allowance: Decimal;
  /** The share of the exchanged gross wage that becomes taxable wage again, cents. */
  readonly grossToRestore: Decimal;
}

export interface EtAllowance {
  readonly date: string;
  /** Written agreement, home address abroad, within the maximum years. */
  readonly eligible: boolean;
  /** First day on which the scheme no longer applies (first working day + et.maxYears). */
  readonly endsOn: string;
  readonly actualWage: Decimal;
  /** Paid hours × hourly minimum wage for the age, exact. */
  readonly minimumWage: Decimal;
  readonly maxByShare: Decimal;
  readonly maxByMinimumWage: Decimal;
  /** The most gross wage that may be exchanged this period (before the cost limit). */
  readonly maxGross: Decimal;
  readonly costs: readonly EtCostResult[];
  readonly proven: { readonly doubleHousing: Decimal; readonly other: Decimal; readonly total: Decimal };
  readonly lines: readonly EtExchangeLine[];
  readonly grossExchanged: Decimal;
  readonly allowance: Decimal;
  /** The allowance booked against double housing first, the rest against the other costs. */
  readonly allowanceByKind: { readonly doubleHousing: Decimal; readonly other: Decimal };
  readonly wageAfterExchange: Decimal;
  /** Pension accrues over the actual wage, exchanged part included. */
  readonly pensionableWage: Decimal;
  readonly reversal: EtReversal | null;
  readonly findings: readonly Finding[];
}

const WHAT: Texts = { nl: 'ET-uitruil', en: 'ET exchange' };

const COMPONENT_NAMES: Record<EtComponent, Texts> = {
  timeWage: { nl: 'tijdloon', en: 'time wage' },
  extraStatutoryHolidays: { nl: 'bovenwettelijke vakantiedagen', en: 'extra-statutory vacation days' },
  surcharges: { nl: 'toeslagen', en: 'surcharges' },
  compensationHours: { nl: 'compensatie-uren', en: 'compensation hours' },
};

const floorCents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_DOWN);

function checkCost(c: { category: EtCostCategory; proven?: boolean | undefined; snfCertified?: boolean | undefined; homeAbroadProven?: boolean | undefined }): Texts | undefined {
  if (c.category === 'double-housing') {
    const missing: Texts[] = [];
    if (c.snfCertified !== true) missing.push({ nl: 'de huisvesting in Nederland is niet SNF-gecertificeerd', en: 'the Dutch housing is not SNF-certified' });
    if (c.homeAbroadProven !== true) missing.push({ nl: 'bewijs van de woning in het thuisland ontbreekt', en: 'proof of the home in the home country is missing' });
    if (missing.length === 0) return undefined;
    return { nl: missing.map((m) => m.nl).join('; '), en: missing.map((m) => m.en).join('; ') };
  }
  if (c.proven === true) return undefined;
  return c.category === 'travel-home'
    ? { nl: 'bonnen of tickets van de reis ontbreken', en: 'receipts or tickets of the journey are missing' }
    : { nl: 'bewijs van de kosten ontbreekt', en: 'proof of the costs is missing' };
}

/**
 * What may be exchanged for a tax-free ET allowance in one pay period, what may not and why
 * (findings), and the reversal of allowance already paid when proof turns out to be missing.
 */
export function etAllowance(input: EtAllowanceInput, options: { rules?: RuleSet } = {}): EtAllowance {
  const v = parseWith(etAllowanceSchema, input, WHAT, etAllowanceLabels);
  const rules = options.rules ?? defaultRules;
  const day = v.date;
  const findings: Finding[] = [];

  // -- eligibility and the 5-year limit
  const maxYears = getInteger('et.maxYears', day, rules);
  const endsOn = toDate(v.firstWorkDay, 'firstWorkDay').plus({ years: maxYears }).toISODate()!;
  let eligible = true;
  if (!v.writtenAgreement) {
    eligible = false;
    findings.push(finding(F.ET_NOT_IN_WRITING, F.ET_NOT_IN_WRITING.meaning, { ref: { field: 'writtenAgreement', date: day }, rule: { source: F.ET_NOT_IN_WRITING.source } }));
  }
  if (!v.foreignHomeAddress) {
    eligible = false;
    findings.push(finding(F.ET_NO_FOREIGN_ADDRESS, F.ET_NO_FOREIGN_ADDRESS.meaning, { ref: { field: 'foreignHomeAddress', date: day }, rule: { source: F.ET_NO_FOREIGN_ADDRESS.source } }));
  }
  if (day >= endsOn) {
    eligible = false;
    findings.push(
      finding(F.ET_MAX_YEARS_PASSED, {
        nl: `De ET-regeling geldt ${maxYears} jaar vanaf de eerste werkdag in Nederland (${v.firstWorkDay}): tot ${endsOn}; op ${day} mag niets meer worden uitgeruild.`,
        en: `The ET scheme applies ${maxYears} years from the first working day in the Netherlands (${v.firstWorkDay}): until ${endsOn}; on ${day} nothing may be exchanged any more.`,
      }, { ref: { field: 'firstWorkDay', date: day }, rule: ruleOf('et.maxYears', day, rules) }),
    );
  } else {
    findings.push(
      finding(F.ET_MAX_YEARS_ENDS, {
        nl: `ET-regeling mogelijk tot ${endsOn} (${maxYears} jaar vanaf ${v.firstWorkDay}).`,
        en: `ET scheme possible until ${endsOn} (${maxYears} years from ${v.firstWorkDay}).`,
      }, { ref: { field: 'firstWorkDay', date: day }, rule: ruleOf('et.maxYears', day, rules) }),
    );
  }

  // -- the wage limits
  const comp = (c: EtComponent) => v.wage[c] ?? ZERO;
  const actualWage = ET_COMPONENTS.reduce((s, c) => s.plus(comp(c)), ZERO);
  const age = v.age ?? (v.birthDate !== undefined ? ageOn(v.birthDate, day) : undefined);
  if (age === undefined) findings.push(finding(F.ET_AGE_ASSUMED, F.ET_AGE_ASSUMED.meaning, { ref: { field: 'age', date: day } }));
  const mwAge = age === undefined ? undefined : minimumWageAge(age);
  const hourlyMinimum = minimumWage(day, mwAge, { rules });
  // minutes × minimum wage / 60, divided last: 40:40 h as 40,666…67 h would lose a cent under floorCents.
  const minimumWagePeriod = v.hours.mul(60).round().mul(hourlyMinimum).div(60);
  const share = getDecimal('et.maxShareOfWage', day, rules);
  const exchangeFactor = getDecimal('et.exchangeFactor', day, rules);
  const maxByShare = floorCents(actualWage.mul(share));
  const maxByMinimumWage = Decimal.max(ZERO, floorCents(actualWage.minus(minimumWagePeriod)));
  const maxGross = eligible ? Decimal.min(maxByShare, maxByMinimumWage) : ZERO;

  // -- the costs and their proof
  const costs: EtCostResult[] = v.costs.map((c, index) => {
    const reason = checkCost(c);
    return Object.freeze({
      index,
      category: c.category,
      kind: c.category === 'double-housing' ? ('doubleHousing' as const) : ('other' as const),
      amount: c.amount,
      accepted: reason === undefined,
      ...(reason ? { reason } : {}),
    });
  });
  for (const c of costs) {
    if (c.accepted) continue;
    findings.push(
      finding(F.ET_PROOF_MISSING, {
        nl: `Kosten nr. ${c.index + 1} (${c.category}, ${euroText(c.amount).nl}) tellen niet mee: ${c.reason!.nl}.`,
        en: `Cost no. ${c.index + 1} (${c.category}, ${euroText(c.amount).en}) does not count: ${c.reason!.en}.`,
      }, { ref: { field: `costs[${c.index}]`, date: day }, rule: { source: F.ET_PROOF_MISSING.source } }),
    );
  }
  const provenOf = (kind: 'doubleHousing' | 'other') => costs.filter((c) => c.accepted && c.kind === kind).reduce((s, c) => s.plus(c.amount), ZERO);
  const proven = { doubleHousing: provenOf('doubleHousing'), other: provenOf('other') };
  const provenTotal = proven.doubleHousing.plus(proven.other);

  // -- the exchange, component by component
  let shareLeft = eligible ? maxByShare : ZERO;
  let floorLeft = eligible ? maxByMinimumWage : ZERO;
  let costLeft = eligible ? provenTotal : ZERO;
  const hit = new Set<EtLimit>();
  const lines: EtExchangeLine[] = [];
  for (const c of ET_COMPONENTS) {
    const available = comp(c);
    const asked = v.request ? (v.request[c] ?? ZERO) : available;
    const want = Decimal.min(asked, available);
    const factor = c === 'timeWage' || c === 'extraStatutoryHolidays' ? exchangeFactor : new Decimal(1);
    const byCost = floorCents(costLeft.mul(factor));
    const gross = Decimal.max(ZERO, Decimal.min(want, shareLeft, floorLeft, byCost));
    const allowance = factor.equals(1) ? gross : roundCents(gross.div(factor));
    const limitedBy: EtLimit[] = [];
    if (gross.lt(want)) {
      if (shareLeft.equals(gross)) limitedBy.push('share');
      if (floorLeft.equals(gross)) limitedBy.push('minimum-wage');
      if (byCost.equals(gross)) limitedBy.push('costs');
    }
    limitedBy.forEach((l) => hit.add(l));
    if (eligible && v.request && asked.gt(available)) {
      findings.push(
        finding(F.ET_REQUEST_REDUCED, {
          nl: `Gevraagd ${euroText(asked).nl} ${COMPONENT_NAMES[c].nl}, maar de periode heeft maar ${euroText(available).nl}.`,
          en: `Requested ${euroText(asked).en} of ${COMPONENT_NAMES[c].en}, but the period has only ${euroText(available).en}.`,
        }, { ref: { field: `request.${c}`, date: day } }),
      );
    }
    shareLeft = shareLeft.minus(gross);
    floorLeft = floorLeft.minus(gross);
    costLeft = costLeft.minus(allowance);
    lines.push(Object.freeze({ component: c, available, requested: asked, gross, factor, allowance, notExchanged: Decimal.max(ZERO, asked.minus(gross)), limitedBy: Object.freeze(limitedBy) }));
  }
  const grossExchanged = lines.reduce((s, l) => s.plus(l.gross), ZERO);
  const allowance = lines.reduce((s, l) => s.plus(l.allowance), ZERO);
  const toHousing = Decimal.min(allowance, proven.doubleHousing);

  const reduced = eligible && lines.some((l) => l.limitedBy.length > 0);
  const severity = v.request ? ('warning' as const) : ('info' as const);
  if (reduced && hit.has('share')) {
    findings.push(
      finding(F.ET_LIMIT_SHARE, {
        nl: `Hoogstens ${percentText(share).nl} van het feitelijk loon ${euroText(actualWage).nl} = ${euroText(maxByShare).nl} mag worden uitgeruild.`,
        en: `At most ${percentText(share).en} of the actual wage ${euroText(actualWage).en} = ${euroText(maxByShare).en} may be exchanged.`,
      }, { ref: { field: 'wage', date: day }, rule: ruleOf('et.maxShareOfWage', day, rules), severity }),
    );
  }
  if (reduced && hit.has('minimum-wage')) {
    findings.push(
      finding(F.ET_LIMIT_MINIMUM_WAGE, {
        nl: `Het loon na uitruil blijft minstens het minimumloon: ${v.hours.toString().replace('.', ',')} uur × ${euroText(hourlyMinimum).nl} = ${euroText(minimumWagePeriod).nl}; ruimte ${euroText(maxByMinimumWage).nl}.`,
        en: `The wage after exchange stays at least the minimum wage: ${v.hours} hours × ${euroText(hourlyMinimum).en} = ${euroText(minimumWagePeriod).en}; room ${euroText(maxByMinimumWage).en}.`,
      }, { ref: { field: 'hours', date: day }, rule: ruleOf(`minimumWage.hourly.${mwAge ?? 21}`, day, rules), severity }),
    );
  }
  if (reduced && hit.has('costs')) {
    findings.push(
      finding(F.ET_LIMIT_COSTS, {
        nl: `De vergoeding is hoogstens de aangetoonde kosten: ${euroText(provenTotal).nl} (dubbele huisvesting ${euroText(proven.doubleHousing).nl}, overige ${euroText(proven.other).nl}).`,
        en: `The allowance is at most the proven costs: ${euroText(provenTotal).en} (double housing ${euroText(proven.doubleHousing).en}, other ${euroText(proven.other).en}).`,
      }, { ref: { field: 'costs', date: day }, rule: { source: F.ET_LIMIT_COSTS.source }, severity }),
    );
  }
  if (eligible && v.request) {
    const notDone = lines.reduce((s, l) => s.plus(l.notExchanged), ZERO);
    if (notDone.gt(0)) {
      findings.push(
        finding(F.ET_REQUEST_REDUCED, {
          nl: `Uitgeruild ${euroText(grossExchanged).nl} in plaats van ${euroText(grossExchanged.plus(notDone)).nl}: ${euroText(notDone).nl} mag niet worden uitgeruild.`,
          en: `Exchanged ${euroText(grossExchanged).en} instead of ${euroText(grossExchanged.plus(notDone)).en}: ${euroText(notDone).en} may not be exchanged.`,
        }, { ref: { field: 'request', date: day } }),
      );
    }
  }

  // -- reversal of allowance already paid
  let reversal: EtReversal | null = null;
  if (v.paid) {
    const paidHousing = v.paid.doubleHousing ?? ZERO;
    const paidOther = v.paid.other ?? ZERO;
    const allowedHousing = eligible ? proven.doubleHousing : ZERO;
    const allowedOther = eligible ? proven.other : ZERO;
    const revHousing = Decimal.max(ZERO, paidHousing.minus(allowedHousing));
    const revOther = Decimal.max(ZERO, paidOther.minus(allowedOther));
    const revTotal = revHousing.plus(revOther);
    const paidTotal = paidHousing.plus(paidOther);
    const grossToRestore = paidTotal.isZero() ? ZERO : roundCents(v.paid.grossExchanged.mul(revTotal).div(paidTotal));
    reversal = Object.freeze({
      paid: Object.freeze({ doubleHousing: paidHousing, other: paidOther, grossExchanged: v.paid.grossExchanged }),
      doubleHousing: revHousing,
      other: revOther,
      allowance: revTotal,
      grossToRestore,
    });
    if (revTotal.gt(0)) {
      findings.push(
        finding(F.ET_REVERSAL, {
          nl: `Terugdraaien: ${euroText(revTotal).nl} onbelaste vergoeding zonder geldig bewijs (dubbele huisvesting ${euroText(revHousing).nl}, overige ${euroText(revOther).nl}); ${euroText(grossToRestore).nl} van het uitgeruilde brutoloon wordt weer belast loon.`,
          en: `Reverse: ${euroText(revTotal).en} of tax-free allowance without valid proof (double housing ${euroText(revHousing).en}, other ${euroText(revOther).en}); ${euroText(grossToRestore).en} of the exchanged gross wage becomes taxable wage again.`,
        }, { ref: { field: 'paid', date: day }, rule: { source: F.ET_REVERSAL.source } }),
      );
    }
  }

  return Object.freeze({
    date: day,
    eligible,
    endsOn,
    actualWage,
    minimumWage: minimumWagePeriod,
    maxByShare,
    maxByMinimumWage,
    maxGross,
    costs: Object.freeze(costs),
    proven: Object.freeze({ ...proven, total: provenTotal }),
    lines: Object.freeze(lines),
    grossExchanged,
    allowance,
    allowanceByKind: Object.freeze({ doubleHousing: toHousing, other: allowance.minus(toHousing) }),
    wageAfterExchange: actualWage.minus(grossExchanged),
    pensionableWage: actualWage,
    reversal,
    findings: Object.freeze(findings),
  });
}
