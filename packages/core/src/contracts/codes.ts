import { defineFindings } from '../compliance/findings.js';

/** Finding codes of contract phases and the agency clause (issue 5 §1; docs/findings.md). */
export const CONTRACT_FINDINGS = defineFindings('contracts', {
  PHASE_CHANGE_SOON: {
    severity: 'warning',
    meaning: {
      nl: 'De uitzendkracht gaat binnen policy.phaseWarningWeeks weken over naar de volgende fase: bereid het volgende contract voor.',
      en: 'The worker passes into the next phase within policy.phaseWarningWeeks weeks: prepare the next contract.',
    },
    source: 'CAO voor Uitzendkrachten, fasensysteem (DOMAIN.md §7); warning horizon: policy',
  },
  PHASE_COUNT_RESET: {
    severity: 'info',
    meaning: {
      nl: 'De fasetelling begint opnieuw (of begint bij een nieuw contract opnieuw) na een onderbreking van meer dan 6 maanden.',
      en: 'The phase count restarted (or restarts with a new contract) after an interruption of more than 6 months.',
    },
    source: 'CAO voor Uitzendkrachten: interruption of more than 6 months resets the count (jex.nl, randstad.nl)',
  },
  CONTRACT_CLAUSE_OUTSIDE_PHASE_A: {
    severity: 'error',
    meaning: {
      nl: 'Een contract met uitzendbeding loopt in fase B/3 of C/4; het uitzendbeding geldt alleen in fase A/1-2.',
      en: 'A contract with agency clause runs in phase B/3 or C/4; the agency clause applies in phase A/1-2 only.',
    },
    source: 'CAO voor Uitzendkrachten, fasensysteem (DOMAIN.md §7)',
  },
  CONTRACT_CLAUSE_OUTLASTS_PHASE_A: {
    severity: 'warning',
    meaning: {
      nl: 'Een contract met uitzendbeding eindigt na de verwachte overgang naar fase B/3 (als er elke week gewerkt wordt).',
      en: 'A contract with agency clause ends after the expected move into phase B/3 (if the worker works every week).',
    },
    source: 'CAO voor Uitzendkrachten, fasensysteem (DOMAIN.md §7)',
  },
  CONTRACT_PHASE_B_LIMIT: {
    severity: 'error',
    meaning: {
      nl: 'Een contract voor bepaalde tijd zou het maximale aantal contracten in fase B/3 overschrijden; het volgende contract is voor onbepaalde tijd.',
      en: 'A fixed-term contract would exceed the maximum number of contracts in phase B/3; the next contract is open-ended.',
    },
    source: 'CAO voor Uitzendkrachten: phase B at most 6 contracts (DOMAIN.md §7)',
  },
  CONTRACT_PHASE_B_LAST: {
    severity: 'info',
    meaning: {
      nl: 'Dit is het laatste contract voor bepaalde tijd dat fase B/3 toestaat; daarna volgt fase C/4.',
      en: 'This is the last fixed-term contract phase B/3 allows; phase C/4 follows.',
    },
    source: 'CAO voor Uitzendkrachten: phase B at most 6 contracts (DOMAIN.md §7)',
  },
  CONTRACT_PHASE_B_YEARS: {
    severity: 'error',
    meaning: {
      nl: 'Een contract voor bepaalde tijd loopt door na de maximale duur van fase B/3 (3 jaar; 4 jaar vóór 2023-01-02).',
      en: 'A fixed-term contract runs past the maximum duration of phase B/3 (3 years; 4 years before 2023-01-02).',
    },
    source: 'CAO voor Uitzendkrachten: phase B at most 3 years (4 until the 2022 CAO) (DOMAIN.md §7)',
  },
  CONTRACT_FIXED_TERM_IN_PHASE_C: {
    severity: 'error',
    meaning: {
      nl: 'Een contract voor bepaalde tijd begint in fase C/4; in fase C/4 alleen een contract voor onbepaalde tijd.',
      en: 'A fixed-term contract starts in phase C/4; phase C/4 allows open-ended contracts only.',
    },
    source: 'CAO voor Uitzendkrachten, fasensysteem (DOMAIN.md §7)',
  },
  CONTRACT_FOLLOW_UP_TOO_SHORT: {
    severity: 'error',
    meaning: {
      nl: 'Een contract zonder uitzendbeding dat binnen 1 maand volgt op een vorig contract bij dezelfde inlener duurt korter dan 4 weken.',
      en: 'A contract without agency clause that follows a previous one at the same hirer within 1 month lasts less than 4 weeks.',
    },
    source: 'CAO voor Uitzendkrachten (jex.nl, winwinwerkt.nl; DOMAIN.md §7)',
  },
  CONTRACT_BELOW_MIN_HOURS: {
    severity: 'warning',
    meaning: {
      nl: 'Een contract met uitzendbeding heeft minder vaste uren dan het beleid van de back-office (policy.minContractHours).',
      en: 'A contract with agency clause has fewer fixed hours than the back-office policy (policy.minContractHours).',
    },
    source: 'Back-office working agreements: at least 4 fixed hours (DOMAIN.md §7)',
  },
  CONTRACT_FIXED_HOURS_OFFER_NOT_REQUIRED: {
    severity: 'info',
    meaning: {
      nl: 'Het contract met uitzendbeding loopt langer dan 12 maanden; zolang het uitzendbeding geldt, hoeft de back-office geen vaste uren aan te bieden.',
      en: 'The contract with agency clause has run for more than 12 months; while the clause applies the back-office need not offer fixed hours.',
    },
    source: 'Back-office working agreements (DOMAIN.md §7); BW 7:628a lid 5',
  },
  CONTRACT_FIXED_HOURS_OFFER_DUE: {
    severity: 'warning',
    meaning: {
      nl: 'Na 12 maanden moet een aanbod voor vaste uren worden gedaan (de regels in gebruik zeggen dat dit ook tijdens het uitzendbeding geldt).',
      en: 'After 12 months a fixed-hours offer is due (the rules in use say so also while the agency clause applies).',
    },
    source: 'BW 7:628a lid 5 (Wet arbeidsmarkt in balans); policy.agencyClause.fixedHoursOfferRequired',
  },
  AGENCY_CLAUSE_NOT_APPLICABLE: {
    severity: 'error',
    meaning: {
      nl: 'Het uitzendbeding kan niet worden ingeroepen: het contract heeft geen uitzendbeding of de uitzendkracht zit niet in fase A/1-2.',
      en: 'The agency clause cannot be invoked: the contract has no agency clause or the worker is not in phase A/1-2.',
    },
    source: 'BW 7:691 lid 2; CAO voor Uitzendkrachten, fasensysteem (DOMAIN.md §7)',
  },
  AGENCY_CLAUSE_NOTICE_SHORT: {
    severity: 'warning',
    meaning: {
      nl: 'Na meer dan 26 gewerkte weken is de kennisgevingstermijn 10 kalenderdagen; bij een kortere termijn loon doorbetalen over de ontbrekende dagen of passend werk aanbieden.',
      en: 'After more than 26 worked weeks the notice is 10 calendar days; with shorter notice pay the wage for the missing days or offer suitable work.',
    },
    source: 'CAO voor Uitzendkrachten, termijn van kennisgeving (jex.nl, randstad.nl, winwinwerkt.nl)',
  },
  AGENCY_CLAUSE_ENDS_ON_SICKNESS: {
    severity: 'info',
    meaning: {
      nl: 'Vóór 2023-07-01 eindigde een contract met uitzendbeding bij ziekmelding (oude regel).',
      en: 'Before 2023-07-01 a contract with agency clause ended when the worker reported sick (old rule).',
    },
    source: 'CAO voor Uitzendkrachten until 2023-07-01 (aa-f.nl, randstad.nl)',
  },
  AGENCY_CLAUSE_CONTINUES_DURING_SICKNESS: {
    severity: 'info',
    meaning: {
      nl: 'Vanaf 2023-07-01 eindigt een contract met uitzendbeding niet door ziekte; het eindigt pas als de inlener de opdracht beëindigt (de werkafspraken "stopt bij ziekte" zijn de oude regel).',
      en: 'From 2023-07-01 a contract with agency clause does not end on sickness; it ends only when the hirer ends the assignment (the working agreements\' "stops on sickness" is the old rule).',
    },
    source: 'Hoge Raad 17-03-2023, ECLI:NL:HR:2023:426; CAO change from 2023-07-01 (aa-f.nl, randstad.nl)',
  },
});
