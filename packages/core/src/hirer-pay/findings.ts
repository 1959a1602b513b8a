import { defineFindings, finding, type Finding, type FindingRef } from '../compliance/findings.js';
import type { HirerPayProfile } from './profile.js';

/*
 * Findings of the hirer pay area. Pay computed with a profile that has a finding is still
 * computed, and marked `provisional` (issue 4 §1): the clerk sees the amounts and what to fix.
 */

const FORM_SOURCE = 'Working agreements: the hirer pay form must be complete and signed by the hirer (DOMAIN.md §8); CAO art. 16 lid 1 (ABU/NBBU)';

export const HIRER_PAY_FINDINGS = defineFindings('hirer-pay', {
  HIRER_PAY_PROFILE_UNSIGNED: {
    severity: 'warning',
    meaning: {
      nl: 'Het inlenersbeloningsformulier is niet ondertekend door de inlener (naam en datum); de berekende beloning is voorlopig.',
      en: 'The hirer pay form is not signed by the hirer (name and date); pay computed with it is provisional.',
    },
    source: FORM_SOURCE,
  },
  HIRER_PAY_PROFILE_INCOMPLETE: {
    severity: 'warning',
    meaning: {
      nl: 'Het inlenersbeloningsformulier is niet volledig ingevuld (of heeft geen schaalloon); de berekende beloning is voorlopig.',
      en: 'The hirer pay form is not complete (or has no scale wage); pay computed with it is provisional.',
    },
    source: FORM_SOURCE,
  },
  HIRER_PAY_WAGE_BELOW_SCALE: {
    severity: 'warning',
    meaning: {
      nl: 'Het afgesproken uurloon ligt onder het schaalloon van de inlener; er is met het schaalloon gerekend.',
      en: "The agreed hourly wage is below the hirer's scale wage; pay was computed with the scale wage.",
    },
    source: 'CAO art. 16 lid 1 a (ABU/NBBU): at least the period wage of the scale at the hirer (DOMAIN.md §8)',
  },
});

function refOf(profile: HirerPayProfile, field: string): FindingRef {
  return { hirerId: profile.hirerId, ...(profile.id !== undefined ? { recordId: profile.id } : {}), field };
}

const jobText = (p: HirerPayProfile) => `${p.hirerName ?? p.hirerId}, ${p.job}`;

/** The form's own findings: not signed, not complete. The same for every shift, so computed once per profile. */
export function profileFindings(profile: HirerPayProfile): Finding[] {
  const out: Finding[] = [];
  const s = profile.status;
  if (s.signedBy === undefined || s.signedAt === undefined) {
    const what =
      s.signedBy === undefined && s.signedAt === undefined
        ? { nl: 'niet ondertekend', en: 'not signed' }
        : s.signedBy === undefined
          ? { nl: 'ondertekend op ingevuld, maar "ondertekend door" ontbreekt', en: 'signed on is filled in, but "signed by" is missing' }
          : { nl: '"ondertekend door" ingevuld, maar "ondertekend op" ontbreekt', en: '"signed by" is filled in, but "signed on" is missing' };
    out.push(
      finding(
        HIRER_PAY_FINDINGS.HIRER_PAY_PROFILE_UNSIGNED,
        {
          nl: `Inlenersbeloning ${jobText(profile)}: ${what.nl}; laat de inlener het formulier tekenen. De berekening is voorlopig.`,
          en: `Hirer pay profile ${jobText(profile)}: ${what.en}; have the hirer sign the form. The pay is provisional.`,
        },
        { ref: refOf(profile, s.signedBy === undefined ? 'status.signedBy' : 'status.signedAt'), rule: { source: FORM_SOURCE } },
      ),
    );
  }
  const noScale = profile.scaleWages.length === 0;
  if (!s.complete || noScale) {
    const missing = [...(s.missing ?? [])];
    const list = (lang: 'nl' | 'en') => {
      const items = [...missing, ...(noScale ? [lang === 'nl' ? 'schaalloon' : 'scale wage'] : [])];
      return items.length > 0 ? (lang === 'nl' ? `; ontbreekt: ${items.join(', ')}` : `; missing: ${items.join(', ')}`) : '';
    };
    out.push(
      finding(
        HIRER_PAY_FINDINGS.HIRER_PAY_PROFILE_INCOMPLETE,
        {
          nl: `Inlenersbeloning ${jobText(profile)}: formulier niet volledig${list('nl')}. De berekening is voorlopig.`,
          en: `Hirer pay profile ${jobText(profile)}: form not complete${list('en')}. The pay is provisional.`,
        },
        { ref: refOf(profile, noScale && s.complete ? 'scaleWages' : 'status.complete'), rule: { source: FORM_SOURCE } },
      ),
    );
  }
  return out;
}

/** The agreed wage is below the scale: pay is computed with the scale (the floor). */
export function wageBelowScaleFinding(profile: HirerPayProfile, date: string, agreed: string, scale: string): Finding {
  return finding(
    HIRER_PAY_FINDINGS.HIRER_PAY_WAGE_BELOW_SCALE,
    {
      nl: `Inlenersbeloning ${jobText(profile)}: afgesproken uurloon € ${agreed.replace('.', ',')} ligt op ${date} onder het schaalloon € ${scale.replace('.', ',')}; gerekend met het schaalloon. Pas de loonafspraak aan.`,
      en: `Hirer pay profile ${jobText(profile)}: agreed hourly wage € ${agreed} is below the scale wage € ${scale} on ${date}; computed with the scale wage. Correct the wage agreement.`,
    },
    { ref: { ...refOf(profile, 'hourlyWage'), date }, rule: { source: HIRER_PAY_FINDINGS.HIRER_PAY_WAGE_BELOW_SCALE.source } },
  );
}
