import { defineFindings } from '../compliance/findings.js';

/** Findings of the margin overview, the margin invoice and the margin forecast (issue 4 §3). */
export const MARGIN_FINDINGS = defineFindings('margin', {
  MARGIN_LINE_NOT_APPROVED: {
    severity: 'warning',
    meaning: {
      nl: 'Een urenregel is niet goedgekeurd en telt niet mee in het margeoverzicht (alleen goedgekeurde uren worden verloond en gefactureerd).',
      en: 'An hour line is not approved and is left out of the margin overview (only approved hours are paid and invoiced).',
    },
    source: 'Back-office working agreements: invoice on approved hours only (DOMAIN.md §1)',
  },
  MARGIN_NEGATIVE: {
    severity: 'warning',
    meaning: {
      nl: 'De loonkosten zijn hoger dan de omzet: negatieve marge voor deze plaatsing in deze week.',
      en: 'The payroll cost is higher than the revenue: a negative margin for this placement in this week.',
    },
    source: 'Margin = invoiced revenue − payroll cost (DOMAIN.md §15)',
  },
  MARGIN_PAID_NOT_INVOICED: {
    severity: 'info',
    meaning: {
      nl: 'Uren die betaald maar niet gefactureerd worden (tarief 0): ze verlagen de marge.',
      en: 'Hours that are paid but not invoiced (rate 0): they reduce the margin.',
    },
    source: 'EasyFlex handbook "Marge": paid-but-not-invoiced components reduce the margin (DOMAIN.md §15)',
  },
  MARGIN_PROVISIONAL_PAY: {
    severity: 'warning',
    meaning: {
      nl: 'De loon- en tariefregels van deze urenregel komen uit een inlenersbeloning die niet compleet of niet ondertekend is: de marge is voorlopig.',
      en: 'The pay of this hour line comes from a hirer pay profile that is incomplete or unsigned: the margin is provisional.',
    },
    source: 'CAO art. 16 (hirer pay); working agreements: the form is completed and signed by the hirer (DOMAIN.md §8)',
  },
  MARGIN_UNCONFIRMED_FIGURES: {
    severity: 'warning',
    meaning: {
      nl: 'De loonkosten gebruiken cijfers die in onze bronnen onbevestigd zijn (zie explain()).',
      en: 'The payroll cost uses figures that are unconfirmed in our sources (see explain()).',
    },
    source: 'DOMAIN.md [?] marks',
  },
  FORECAST_WAGE_RAISED_TO_MINIMUM: {
    severity: 'warning',
    meaning: {
      nl: 'Het afgesproken uurloon ligt in deze weken onder het wettelijk minimumloon; de prognose rekent met het minimumloon.',
      en: 'The agreed hourly wage is below the statutory minimum wage in these weeks; the forecast uses the minimum wage.',
    },
    source: 'Wet minimumloon en minimumvakantiebijslag: hourly minimum, indexed every 1 January and 1 July (DOMAIN.md §3)',
  },
  FORECAST_PHASE_CHANGE: {
    severity: 'info',
    meaning: {
      nl: 'De uitzendkracht gaat binnen de prognose naar een andere fase; de loonkosten vanaf die week volgen het nieuwe contract.',
      en: 'The worker moves to another phase within the forecast; the payroll cost from that week follows the new contract.',
    },
    source: 'CAO voor Uitzendkrachten, phases A/B/C (DOMAIN.md §7); AWf low only for an open-ended written contract (DOMAIN.md §4)',
  },
  FORECAST_UNCONFIRMED_FIGURES: {
    severity: 'warning',
    meaning: {
      nl: 'De prognose gebruikt cijfers die in onze bronnen onbevestigd zijn, bijvoorbeeld een nog niet gepubliceerd minimumloon.',
      en: 'The forecast uses figures that are unconfirmed in our sources, e.g. a minimum wage not yet published.',
    },
    source: 'DOMAIN.md [?] marks',
  },
});
