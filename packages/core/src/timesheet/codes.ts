import { defineFindings } from '../compliance/findings.js';

/*
 * The finding codes of the timesheet control list (validateTimesheet), declared once with their
 * default severity, meaning and source; docs/findings.md lists the same codes. A code never
 * changes meaning; new checks get new codes.
 */

const ATW = 'Arbeidstijdenwet (Working Hours Act), DOMAIN.md §9';
const CYCLE = 'Back-office working agreements, weekly cycle (DOMAIN.md §1)';

export const TIMESHEET_FINDINGS = defineFindings('timesheet', {
  // ---- impossible values --------------------------------------------------------------------
  END_BEFORE_START: {
    severity: 'error',
    meaning: {
      nl: 'De eindtijd ligt niet na de begintijd (en het is geen nachtdienst die na 12:00 begint en vóór 12:00 eindigt), of de einddatum ligt voor de datum.',
      en: 'The end is not after the start (and it is no overnight shift starting at or after 12:00 and ending at or before 12:00), or the end date is before the date.',
    },
    source: 'Input convention for overnight shifts (docs/findings.md)',
  },
  HOURS_OVER_24: {
    severity: 'error',
    meaning: { nl: 'Meer dan 24 uur op één regel.', en: 'More than 24 hours on one line.' },
    source: 'A day has 24 hours',
  },
  HOURS_NEGATIVE: {
    severity: 'error',
    meaning: { nl: 'Negatieve uren of pauze, of een pauze langer dan de dienst.', en: 'Negative hours or break, or a break longer than the shift.' },
    source: 'Impossible value',
  },
  HOURS_MISMATCH: {
    severity: 'warning',
    meaning: { nl: 'De uren kloppen niet met begin, einde en pauze.', en: 'The hours do not match start, end and break.' },
    source: 'Cross-check of the Hours columns (examples/README.md)',
  },
  // ---- references ---------------------------------------------------------------------------
  WORKER_UNKNOWN: {
    severity: 'error',
    meaning: { nl: 'De uitzendkracht van de regel staat niet bij de uitzendkrachten.', en: 'The line’s worker is not among the workers.' },
    source: 'Payroll needs a registered worker (DOMAIN.md §1)',
  },
  PLACEMENT_UNKNOWN: {
    severity: 'error',
    meaning: { nl: 'De plaatsing van de regel bestaat niet.', en: 'The line’s placement does not exist.' },
    source: 'Hours are paid and invoiced per placement (DOMAIN.md §1)',
  },
  PLACEMENT_WORKER_MISMATCH: {
    severity: 'error',
    meaning: { nl: 'De plaatsing hoort bij een andere uitzendkracht.', en: 'The placement belongs to another worker.' },
    source: 'Hours are paid and invoiced per placement (DOMAIN.md §1)',
  },
  HIRER_UNKNOWN: {
    severity: 'error',
    meaning: { nl: 'De inlener van de plaatsing staat niet bij de inleners.', en: 'The placement’s hirer is not among the hirers.' },
    source: 'Invoicing needs a registered hirer (DOMAIN.md §1)',
  },
  OUTSIDE_PLACEMENT: {
    severity: 'error',
    meaning: { nl: 'De datum ligt buiten de looptijd van de plaatsing.', en: 'The date is outside the placement period.' },
    source: 'Placement start and end date (DOMAIN.md §1, changes by the Friday cut-off)',
  },
  // ---- approval and proof -------------------------------------------------------------------
  HOURS_NOT_APPROVED: {
    severity: 'error',
    meaning: {
      nl: 'Uren niet goedgekeurd door de inlener: niet verloond en niet gefactureerd. Waarschuwing zolang de termijn (dinsdag 13:00 na de werkweek) nog loopt.',
      en: 'Hours not approved by the hirer: not paid and not invoiced. A warning while the deadline (Tuesday 13:00 after the work week) is still ahead.',
    },
    source: `${CYCLE}: policy.hoursDeadline; invoice on approved hours only`,
  },
  HOURS_APPROVED_LATE: {
    severity: 'warning',
    meaning: { nl: 'Goedgekeurd na de urentermijn (dinsdag 13:00): gaat mee in de volgende verloning.', en: 'Approved after the hours deadline (Tuesday 13:00): goes to the next payroll.' },
    source: `${CYCLE}: policy.hoursDeadline`,
  },
  HOURS_APPROVAL_UNDATED: {
    severity: 'warning',
    meaning: { nl: 'Goedgekeurd zonder moment van goedkeuring: de termijn is niet te controleren.', en: 'Approved without the moment of approval: the deadline cannot be checked.' },
    source: `${CYCLE}: policy.hoursDeadline`,
  },
  HOURS_REJECTED: {
    severity: 'info',
    meaning: { nl: 'Uren afgekeurd door de inlener: niet verloond en niet gefactureerd.', en: 'Hours rejected by the hirer: not paid and not invoiced.' },
    source: `${CYCLE}: hirer approval flow`,
  },
  HOURS_PROOF_MISSING: {
    severity: 'error',
    meaning: {
      nl: 'De inlener eist een getekend urenbriefje of weekbriefje en dat ontbreekt: geen verloning en geen factuur; een voorschot is mogelijk.',
      en: 'The hirer requires a signed timesheet or week note and it is missing: no payroll and no invoice; an advance is possible.',
    },
    source: `${CYCLE}: proof of hours; advances DOMAIN.md §2`,
  },
  // ---- registration, identity, dossier, hirer pay ------------------------------------------
  WORKER_REGISTERED_LATE: {
    severity: 'warning',
    meaning: { nl: 'Uitzendkracht ingeschreven na de vrijdag-deadline voor de werkweek.', en: 'Worker registered after the Friday cut-off before the work week.' },
    source: `${CYCLE}: policy.registrationCutoff`,
  },
  HIRER_REGISTERED_LATE: {
    severity: 'warning',
    meaning: { nl: 'Inlener ingeschreven na de vrijdag-deadline voor de werkweek.', en: 'Hirer registered after the Friday cut-off before the work week.' },
    source: `${CYCLE}: policy.registrationCutoff`,
  },
  BSN_INVALID: {
    severity: 'error',
    meaning: {
      nl: 'Geen geldig BSN (ontbreekt of faalt de elfproef): geen verloning en geen voorschot door de back-office; de uitzender mag zelf voorschieten.',
      en: 'No valid BSN (missing or failing the 11-test): no payroll and no advance by the back-office; the agency may advance itself.',
    },
    source: 'BSN 11-test (DOMAIN.md §16); no advance without a valid BSN (policy.advanceRequiresValidBsn, DOMAIN.md §2)',
  },
  DOSSIER_INCOMPLETE: {
    severity: 'error',
    meaning: { nl: 'Het dossier van de uitzendkracht is niet compleet in de werkweek; een voorschot is mogelijk.', en: 'The worker’s dossier is incomplete in the work week; an advance is possible.' },
    source: 'dossierStatus (DOMAIN.md §17 documents; advances §2)',
  },
  HIRER_PAY_PROFILE_MISSING: {
    severity: 'error',
    meaning: { nl: 'Geen inlenersbeloning (beloningsprofiel) voor de plaatsing op deze datum.', en: 'No hirer pay profile for the placement on this date.' },
    source: 'CAO art. 16 (inlenersbeloning) / equivalent pay from 2026 (DOMAIN.md §8)',
  },
  // ---- duplicates and overlaps --------------------------------------------------------------
  DUPLICATE_LINE: {
    severity: 'error',
    meaning: {
      nl: 'Dezelfde regel staat er twee keer in (zelfde uitzendkracht, plaatsing, datum, tijden, pauze en uren): dubbel betaald. Waarschuwing bij regels met alleen uren.',
      en: 'The same line appears twice (same worker, placement, date, times, break and hours): paid twice. A warning for lines with hours only.',
    },
    source: 'Payroll pays each worked hour once',
  },
  SHIFT_OVERLAP: {
    severity: 'error',
    meaning: { nl: 'Twee diensten van dezelfde uitzendkracht overlappen in de tijd.', en: 'Two shifts of the same worker overlap in time.' },
    source: 'A worker works one shift at a time',
  },
  // ---- Working Hours Act --------------------------------------------------------------------
  ATW_SHIFT_TOO_LONG: {
    severity: 'error',
    meaning: { nl: 'Meer arbeidstijd per dienst dan toegestaan (18+: 12 uur; 16–17: 9 uur).', en: 'More working time per shift than allowed (18+: 12 hours; 16–17: 9 hours).' },
    source: `${ATW}: art. 5:7 (atw.maxShiftHours); 16–17 atw.youth.maxShiftHours`,
  },
  ATW_WEEK_TOO_LONG: {
    severity: 'error',
    meaning: { nl: 'Meer arbeidstijd in een week dan toegestaan (18+: 60 uur; 16–17: 45 uur).', en: 'More working time in a week than allowed (18+: 60 hours; 16–17: 45 hours).' },
    source: `${ATW}: art. 5:7 (atw.maxWeekHours); 16–17 atw.youth.maxWeekHours`,
  },
  ATW_AVG_4_WEEKS_TOO_HIGH: {
    severity: 'error',
    meaning: { nl: 'Gemiddeld meer dan 55 uur per week over 4 weken.', en: 'More than 55 hours per week on average over 4 weeks.' },
    source: `${ATW}: art. 5:7 (atw.maxAvgWeekHours4Weeks)`,
  },
  ATW_AVG_16_WEEKS_TOO_HIGH: {
    severity: 'error',
    meaning: { nl: 'Gemiddeld meer dan 48 uur per week over 16 weken.', en: 'More than 48 hours per week on average over 16 weeks.' },
    source: `${ATW}: art. 5:7 (atw.maxAvgWeekHours16Weeks)`,
  },
  ATW_REST_TOO_SHORT: {
    severity: 'error',
    meaning: {
      nl: 'Minder dan 11 uur aaneengesloten rust binnen 24 uur na het begin van een dienst (korter dan 8 uur, of de tweede verkorting binnen 7 × 24 uur).',
      en: 'Less than 11 hours of uninterrupted rest within 24 hours of a shift’s start (under 8 hours, or the second shortening within 7 × 24 hours).',
    },
    source: `${ATW}: art. 5:3 (atw.dailyRestHours, atw.dailyRestShortenedHours)`,
  },
  ATW_REST_SHORTENED: {
    severity: 'info',
    meaning: {
      nl: 'Dagelijkse rust verkort tot tussen 8 en 11 uur: eenmaal per 7 × 24 uur toegestaan als de aard van het werk dat eist.',
      en: 'Daily rest shortened to between 8 and 11 hours: allowed once per 7 × 24 hours when the nature of the work requires it.',
    },
    source: `${ATW}: art. 5:3 (atw.dailyRestShortenedHours)`,
  },
  ATW_BREAK_TOO_SHORT: {
    severity: 'error',
    meaning: {
      nl: 'Te weinig pauze: 30 minuten bij meer dan 5,5 uur arbeid, 45 minuten bij meer dan 10 uur (16–17: 30 minuten bij meer dan 4,5 uur).',
      en: 'Too little break: 30 minutes when working more than 5.5 hours, 45 minutes when more than 10 hours (16–17: 30 minutes when more than 4.5 hours).',
    },
    source: `${ATW}: art. 5:4 (atw.break.*); 16–17 atw.youth.break*`,
  },
  ATW_NIGHT_SHIFT_TOO_LONG: {
    severity: 'error',
    meaning: {
      nl: 'Nachtdienst langer dan 10 uur, vaker dan 5 keer per 2 weken of 22 keer per 52 weken (tot 12 uur).',
      en: 'Night shift longer than 10 hours more often than 5 times per 2 weeks or 22 times per 52 weeks (up to 12 hours).',
    },
    source: `${ATW}: art. 5:8 (atw.night.*)`,
  },
  ATW_NIGHT_REST_TOO_SHORT: {
    severity: 'error',
    meaning: {
      nl: 'Te weinig rust na nachtwerk: 14 uur na een nachtdienst die na 02:00 eindigt, 46 uur na een reeks van 3 of meer nachtdiensten.',
      en: 'Too little rest after night work: 14 hours after a night shift ending after 02:00, 46 hours after a series of 3 or more night shifts.',
    },
    source: `${ATW}: art. 5:8 (atw.night.restAfterLateEndHours, atw.night.restAfterSeriesHours)`,
  },
  ATW_YOUTH_NIGHT_WORK: {
    severity: 'error',
    meaning: { nl: 'Een uitzendkracht van 16 of 17 jaar werkt een nachtdienst.', en: 'A worker aged 16 or 17 works a night shift.' },
    source: `${ATW}: 16–17 (atw.youth.nightWorkAllowed)`,
  },
  // ---- contract, holidays, rules ------------------------------------------------------------
  BELOW_CONTRACT_HOURS: {
    severity: 'warning',
    meaning: {
      nl: 'Minder uren in de week dan de vaste contracturen (minimaal 4 volgens beleid): het verschil moet toch worden betaald.',
      en: 'Fewer hours in the week than the contract’s fixed hours (at least 4 by policy): the difference must be paid anyway.',
    },
    source: 'Back-office working agreements: at least 4 fixed hours (policy.minContractHours, DOMAIN.md §7)',
  },
  PUBLIC_HOLIDAY_WORK: {
    severity: 'info',
    meaning: {
      nl: 'Gewerkt op een cao-feestdag: controleer de feestdagtoeslag van de inlener; de doorbetaalde feestdag loopt via de reservering.',
      en: 'Work on a CAO public holiday: check the hirer’s holiday surcharge; the paid day off runs through the reservation.',
    },
    source: 'CAO art. 27 public holidays (DOMAIN.md §12); hirer pay (§8); reservations (§6)',
  },
  NO_RULE_FOR_DATE: {
    severity: 'error',
    meaning: { nl: 'Voor de datum van de regel is geen regel bekend: de wettelijke controles zijn overgeslagen.', en: 'No rule covers the line’s date: the statutory checks were skipped.' },
    source: 'Dated rule tables (DESIGN.md)',
  },
});

export type TimesheetCode = keyof typeof TIMESHEET_FINDINGS;
export const TIMESHEET_CODES = Object.keys(TIMESHEET_FINDINGS) as TimesheetCode[];
