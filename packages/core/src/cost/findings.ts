import { defineFindings } from '../compliance/findings.js';

/** Notes on a loaded-cost calculation (issue 4 §2): what was assumed, capped or left out. */
export const COST_FINDINGS = defineFindings('cost', {
  COST_WAGE_BELOW_MINIMUM: {
    severity: 'error',
    meaning: {
      nl: 'Het uurloon ligt onder het wettelijk minimumloon voor de leeftijd op de werkdatum.',
      en: 'The hourly wage is below the statutory minimum wage for the age on the work date.',
    },
    source: 'Wet minimumloon en minimumvakantiebijslag (DOMAIN.md §3)',
  },
  COST_PREMIUM_CAP_APPLIED: {
    severity: 'info',
    meaning: {
      nl: 'De werkgeverspremies zijn begrensd op het maximumpremieloon, omgerekend naar een bedrag per gewerkt uur (een benadering).',
      en: 'The employer premiums are capped at the maximum premium wage, converted to an amount per worked hour (an approximation).',
    },
    source: 'Maximumpremieloon (DOMAIN.md §4); per-hour approximation: cost.premiumCapHoursPerWeek',
  },
  COST_PENSION_CAP_APPLIED: {
    severity: 'info',
    meaning: {
      nl: 'Het pensioengevend uurloon ligt boven het maximum van StiPP; boven het maximum wordt geen pensioen opgebouwd.',
      en: 'The pensionable hourly wage is above the StiPP maximum; no pension accrues above it.',
    },
    source: 'StiPP maximum pensionable hourly wage (DOMAIN.md §5)',
  },
  COST_PENSION_BELOW_ENTRY_AGE: {
    severity: 'info',
    meaning: {
      nl: 'De uitzendkracht is jonger dan de instapleeftijd van StiPP: geen pensioenpremie.',
      en: 'The worker is younger than the StiPP entry age: no pension premium.',
    },
    source: 'StiPP entry age (DOMAIN.md §5)',
  },
  COST_PENSION_BELOW_FRANCHISE: {
    severity: 'info',
    meaning: {
      nl: 'Het pensioengevend loon per uur ligt onder de franchise: de pensioengrondslag is 0.',
      en: 'The pensionable wage per hour is below the franchise: the pension base is 0.',
    },
    source: 'StiPP franchise (DOMAIN.md §5)',
  },
  COST_AWF_CHOSEN: {
    severity: 'info',
    meaning: {
      nl: 'Welk WW-premiepercentage (AWf laag of hoog) is gebruikt en waarom.',
      en: 'Which WW premium rate (AWf low or high) was used and why.',
    },
    source: 'Wfsv; DOMAIN.md §4 (agency contract with clause pays high, BW 7:691 lid 7)',
  },
  COST_AWF_YOUTH_HOURS_UNKNOWN: {
    severity: 'info',
    meaning: {
      nl: 'De uitzendkracht is jonger dan 21; de lage WW-premie geldt bij hoogstens 48 uur per 4 weken, maar de uren per 4 weken zijn niet opgegeven: hoge premie gerekend.',
      en: 'The worker is under 21; the low WW premium applies at up to 48 hours per 4 weeks, but no hours per 4 weeks were given: the high rate is used.',
    },
    source: 'aag.nl (DOMAIN.md §4)',
  },
  COST_HIRER_PACKAGE_IGNORED: {
    severity: 'info',
    meaning: {
      nl: 'Vóór 2026 volgen vakantiedagen en vakantiegeld de cao, niet het pakket van de inlener: de opgegeven waarden zijn niet gebruikt.',
      en: "Before 2026 vacation days and holiday allowance follow the CAO, not the hirer's package: the values given were not used.",
    },
    source: 'CAO art. 16 lid 1 (hirer pay; DOMAIN.md §8)',
  },
  COST_HIRER_HOLIDAY_ALLOWANCE_LOWER: {
    severity: 'warning',
    meaning: {
      nl: 'Het vakantiegeld van de inlener ligt onder het minimum van de cao/wet; het minimum is gebruikt.',
      en: "The hirer's holiday allowance is below the CAO/legal minimum; the minimum is used.",
    },
    source: 'CAO 2026 equivalent pay: the hirer\'s % if higher (DOMAIN.md §6)',
  },
  COST_HIRER_VACATION_BELOW_STATUTORY: {
    severity: 'warning',
    meaning: {
      nl: 'De vakantiedagen van de inlener liggen onder het wettelijk minimum; het wettelijk minimum is gebruikt.',
      en: "The hirer's vacation days are below the statutory minimum; the statutory minimum is used.",
    },
    source: 'BW 7:634',
  },
  COST_UNCONFIRMED_FIGURES: {
    severity: 'warning',
    meaning: {
      nl: 'De berekening gebruikt cijfers die in onze bronnen onbevestigd zijn; zie de regels met "onbevestigd".',
      en: 'The calculation uses figures that are unconfirmed in our sources; see the lines marked unconfirmed.',
    },
    source: 'DOMAIN.md [?] marks',
  },
  COST_NOT_INCLUDED: {
    severity: 'info',
    meaning: {
      nl: 'Kosten die niet in de berekening zitten omdat de tarieven in onze bronnen ontbreken of omdat het keuzes van het bureau zijn.',
      en: 'Costs left out of the calculation because their rates are missing from our sources or because they are agency choices.',
    },
    source: 'domain-costs.md §3.4, §3.7(c)',
  },
});
