import { NoRuleError } from '../errors/index.js';
import { HIRER_PAY_FINDINGS } from '../hirer-pay/findings.js';
import type { DayTable } from './days.js';
import { bsnCheck, type Entities } from './entities.js';
import { WeekMarks } from './marks.js';
import { instantText } from './instants.js';
import type { LineTable } from './lines.js';
import type { ProfileIndex } from './profiles.js';
import type { Joined } from './references.js';
import type { Report } from './report.js';
import type { DossierCheck } from './dossier.js';

/*
 * What must be in place before a work week (DOMAIN.md §1, §2, §8, §16, §17): the worker and the
 * hirer registered by the Friday cut-off (policy.registrationCutoff), a valid BSN, a complete
 * dossier, a hirer pay profile that is complete and signed. Each is reported once per worker (or
 * hirer, or placement) and work week, on the first line of that week, because each blocks or
 * delays that week's payroll.
 */

export function checkOnboarding(
  t: LineTable,
  joined: Joined,
  days: DayTable,
  report: Report,
  profiles: ProfileIndex | undefined,
  dossier: DossierCheck | undefined,
  counts: Entities['counts'],
  mondays: readonly [number, number],
): void {
  const [firstMonday, lastMonday] = mondays;
  const seenWorker = new WeekMarks(counts.workers, firstMonday, lastMonday);
  const seenDossier = new WeekMarks(counts.workers, firstMonday, lastMonday);
  const seenHirer = new WeekMarks(counts.hirers, firstMonday, lastMonday);
  const seenPlacement = new WeekMarks(counts.placements, firstMonday, lastMonday);
  for (let i = 0; i < t.n; i++) {
    if (t.inRange[i] !== 1) continue;
    const week = t.dayOf(i).week;
    const line = t.lines[i]!;
    const w = joined.worker(i);
    const p = joined.placement(i);
    const h = joined.hirer(i);
    if (w !== undefined && seenWorker.first(w.ordinal, week.monday)) {
      const cutoff = days.deadlines(week).registration;
      if (!(cutoff instanceof NoRuleError) && w.registeredSec > cutoff.seconds) {
        report.line('WORKER_REGISTERED_LATE', i, 'workerId', {
          nl: `uitzendkracht ${line.workerId} is ingeschreven op ${instantText(w.registeredSec)}, na de inschrijftermijn ${cutoff.text.nl} voor werkweek ${week.text}; de verloning van deze week is niet zeker`,
          en: `worker ${line.workerId} was registered at ${instantText(w.registeredSec)}, after the registration cut-off ${cutoff.text.en} for work week ${week.text}; payroll for this week is not assured`,
        }, { parameter: 'policy.registrationCutoff' });
      }
      // Whether the worker needs a BSN is the dossier's rule; without an answer, every employee does.
      const weekAnswer = dossier?.(w, line.date);
      const bsnBlocks = weekAnswer?.read ? weekAnswer.bsn !== undefined : !w.contractor && !bsnCheck(w).valid;
      if (bsnBlocks) {
        const bsn = bsnCheck(w);
        const why = bsn.valid ? { nl: 'BSN ongeldig', en: 'BSN invalid' } : bsn.texts;
        report.line('BSN_INVALID', i, 'workerId', {
          nl: `uitzendkracht ${line.workerId}: ${why.nl}; zonder geldig BSN geen verloning en geen voorschot door de back-office (de uitzender mag zelf voorschieten)`,
          en: `worker ${line.workerId}: ${why.en}; without a valid BSN no payroll and no advance by the back-office (the agency may advance itself)`,
        }, { parameter: 'policy.advanceRequiresValidBsn' });
      }
    }
    // The dossier can change within a week (a permit expires on Wednesday): asked on every line
    // (cached), reported once per worker and week.
    const answer = w !== undefined ? dossier?.(w, line.date) : undefined;
    if (w !== undefined && answer?.blocking !== undefined && seenDossier.first(w.ordinal, week.monday)) {
      const noBsn = answer.read ? answer.bsn !== undefined : !w.contractor && !bsnCheck(w).valid;
      const advance =
        answer.advance === 'agency-only' || noBsn
          ? { nl: 'alleen de uitzender mag voorschieten (geen geldig BSN)', en: 'only the agency may advance (no valid BSN)' }
          : { nl: 'een voorschot door de back-office is mogelijk, terug te halen binnen de termijn van policy.advanceRecoveryWeeks', en: 'the back-office may pay an advance, recovered within policy.advanceRecoveryWeeks' };
      report.line('DOSSIER_INCOMPLETE', i, 'workerId', {
        nl: `uitzendkracht ${line.workerId}: dossier niet compleet op ${line.date} (${answer.blocking.nl}); de verloning is geblokkeerd, ${advance.nl}`,
        en: `worker ${line.workerId}: dossier incomplete on ${line.date} (${answer.blocking.en}); payroll is blocked, ${advance.en}`,
      }, { parameter: 'policy.advanceRecoveryWeeks' });
    }
    if (h !== undefined && seenHirer.first(h.ordinal, week.monday)) {
      const cutoff = days.deadlines(week).registration;
      if (!(cutoff instanceof NoRuleError) && h.registeredSec > cutoff.seconds) {
        report.line('HIRER_REGISTERED_LATE', i, 'placementId', {
          nl: `inlener ${h.hirer.id} is ingeschreven op ${instantText(h.registeredSec)}, na de inschrijftermijn ${cutoff.text.nl} voor werkweek ${week.text}; verloning en factuur van deze week zijn niet zeker`,
          en: `hirer ${h.hirer.id} was registered at ${instantText(h.registeredSec)}, after the registration cut-off ${cutoff.text.en} for work week ${week.text}; payroll and invoice for this week are not assured`,
        }, { parameter: 'policy.registrationCutoff' });
      }
    }
    if (profiles !== undefined && p !== undefined && seenPlacement.first(p.ordinal, week.monday)) {
      const profile = profiles.profileFor(p, line.date);
      if (profile === undefined) {
        report.line('HIRER_PAY_PROFILE_MISSING', i, 'placementId', {
          nl: `geen inlenersbeloning voor plaatsing ${line.placementId} (inlener ${p.placement.hirerId}, functie ${p.placement.job ?? '?'}) op ${line.date}; laat de inlener het formulier invullen en tekenen`,
          en: `no hirer pay profile for placement ${line.placementId} (hirer ${p.placement.hirerId}, job ${p.placement.job ?? '?'}) on ${line.date}; have the hirer complete and sign the form`,
        });
      } else {
        for (const f of profiles.findingsOf(profile)) {
          const spec = HIRER_PAY_FINDINGS[f.code as keyof typeof HIRER_PAY_FINDINGS];
          if (spec === undefined) continue;
          report.line(spec, i, 'placementId', {
            nl: `plaatsing ${line.placementId}: ${f.message.nl}`,
            en: `placement ${line.placementId}: ${f.message.en}`,
          }, { ...(f.rule ? { source: f.rule.source } : {}), ...(profile.id !== undefined ? { recordId: String(profile.id) } : {}) });
        }
      }
    }
  }
}
