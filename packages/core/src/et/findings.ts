import { defineFindings } from '../compliance/findings.js';

/** Findings of the ET exchange (CAO art. 20; DOMAIN.md §13; the back-office's working agreements). */
export const ET_FINDINGS = defineFindings('et', {
  ET_NOT_IN_WRITING: {
    severity: 'error',
    meaning: { nl: 'De uitruil is niet vooraf schriftelijk overeengekomen: er mag niets worden uitgeruild.', en: 'The exchange was not agreed in writing in advance: nothing may be exchanged.' },
    source: 'CAO art. 20 (sncu.nl)',
  },
  ET_NO_FOREIGN_ADDRESS: {
    severity: 'error',
    meaning: { nl: 'Geen woonadres in het buitenland: de ET-regeling is niet van toepassing.', en: 'No home address abroad: the ET scheme does not apply.' },
    source: 'CAO art. 20; jex.nl (eligibility)',
  },
  ET_MAX_YEARS_PASSED: {
    severity: 'error',
    meaning: { nl: 'De maximale duur van de ET-regeling (vanaf de eerste werkdag in Nederland) is voorbij.', en: 'The maximum duration of the ET scheme (from the first working day in the Netherlands) has passed.' },
    source: 'et.maxYears (level1.nl, directpayrolling.nl)',
  },
  ET_MAX_YEARS_ENDS: {
    severity: 'info',
    meaning: { nl: 'Tot wanneer de ET-regeling voor deze uitzendkracht mag worden toegepast.', en: 'Until when the ET scheme may be applied for this worker.' },
    source: 'et.maxYears (level1.nl, directpayrolling.nl)',
  },
  ET_PROOF_MISSING: {
    severity: 'warning',
    meaning: {
      nl: 'Kosten zonder het vereiste bewijs tellen niet mee (reis: bonnen of tickets; tweede woning in het thuisland: bewijs; huisvesting in Nederland: SNF-gecertificeerd).',
      en: 'Costs without the required proof do not count (travel: receipts or tickets; second home in the home country: proof; Dutch housing: SNF-certified).',
    },
    source: "Back-office working agreements (DOMAIN.md §13)",
  },
  ET_LIMIT_SHARE: {
    severity: 'info',
    meaning: { nl: 'De uitruil is begrensd op het maximale deel van het feitelijk loon.', en: 'The exchange is capped at the maximum share of the actual wage.' },
    source: 'et.maxShareOfWage (CAO art. 20)',
  },
  ET_LIMIT_MINIMUM_WAGE: {
    severity: 'info',
    meaning: { nl: 'De uitruil is begrensd zodat het loon na uitruil niet onder het wettelijk minimumloon komt.', en: 'The exchange is capped so that the wage after exchange does not fall below the statutory minimum wage.' },
    source: 'CAO art. 20; WML (level1.nl)',
  },
  ET_LIMIT_COSTS: {
    severity: 'info',
    meaning: { nl: 'De vergoeding is begrensd op de aangetoonde kosten.', en: 'The allowance is capped at the proven costs.' },
    source: 'CAO art. 20 (sncu.nl): allowance at most the actual costs',
  },
  ET_REQUEST_REDUCED: {
    severity: 'warning',
    meaning: { nl: 'Er is minder uitgeruild dan gevraagd.', en: 'Less was exchanged than requested.' },
    source: 'CAO art. 20 (DOMAIN.md §13)',
  },
  ET_REVERSAL: {
    severity: 'error',
    meaning: {
      nl: 'Al betaalde onbelaste vergoeding zonder (geldig) bewijs moet worden teruggedraaid: het uitgeruilde brutoloon wordt weer belast loon.',
      en: 'Tax-free allowance already paid without (valid) proof must be reversed: the exchanged gross wage becomes taxable wage again.',
    },
    source: "Back-office working agreements (DOMAIN.md §13): incomplete proof can mean reversing the ET benefits",
  },
  ET_AGE_ASSUMED: {
    severity: 'info',
    meaning: { nl: 'Leeftijd onbekend: het minimumloon voor 21 jaar en ouder is gebruikt (de strengste ondergrens).', en: 'Age unknown: the minimum wage for 21 and over is used (the strictest floor).' },
    source: 'WML (DOMAIN.md §3)',
  },
});
