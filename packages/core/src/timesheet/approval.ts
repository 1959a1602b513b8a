import { NoRuleError } from '../errors/index.js';
import type { DayTable } from './days.js';
import { instantSeconds, instantText } from './instants.js';
import { REJECTED, type LineTable } from './lines.js';
import type { Joined } from './references.js';
import type { Report } from './report.js';

/*
 * Approval and proof (DOMAIN.md §1): only hours the hirer approved by the hours deadline
 * (policy.hoursDeadline, default Tuesday 13:00 after the work week) go into Wednesday's payroll
 * and invoice. Decision: approved AT the deadline minute is on time (13:00:00 is "by 13:00");
 * one second later is late. An approval time without a clock time counts as the start of that
 * day. Hirers that require proof (a signed timesheet or week note) get no payroll and no invoice
 * for hours without it; an advance is possible (§2).
 */

const HOURS_DEADLINE = { parameter: 'policy.hoursDeadline' };
const WARNING_BEFORE_DEADLINE = { parameter: 'policy.hoursDeadline', severity: 'warning' as const };
const PROOF = { source: 'Back-office working agreements: proof of hours (DOMAIN.md §1); advances (§2)' };

const STATUS_TEXT: Record<string, { nl: string; en: string }> = {
  entered: { nl: 'ingevoerd', en: 'entered' },
  submitted: { nl: 'ingediend', en: 'submitted' },
};

export function checkApproval(t: LineTable, joined: Joined, days: DayTable, report: Report, asOfSec: number): void {
  for (let i = 0; i < t.n; i++) {
    if (t.inRange[i] !== 1) continue;
    const line = t.lines[i]!;
    if (t.flags[i]! & REJECTED) {
      report.line('HOURS_REJECTED', i, 'status', {
        nl: `afgekeurd door de inlener: deze uren worden niet verloond en niet gefactureerd; corrigeer ze in het urenportaal als ze wel gewerkt zijn`,
        en: `rejected by the hirer: these hours are not paid and not invoiced; correct them in the hours portal if they were worked`,
      }, { source: 'Back-office working agreements, hirer approval (DOMAIN.md §1)' });
      continue;
    }
    const week = t.dayOf(i).week;
    const d = days.deadlines(week).hours;
    if (line.status !== 'approved') {
      const status = STATUS_TEXT[line.status] ?? { nl: line.status, en: line.status };
      if (d instanceof NoRuleError) {
        report.line('HOURS_NOT_APPROVED', i, 'status', {
          nl: `status ${status.nl}: niet goedgekeurd; alleen goedgekeurde uren worden verloond en gefactureerd`,
          en: `status ${status.en}: not approved; only approved hours are paid and invoiced`,
        });
        continue;
      }
      const open = !Number.isNaN(asOfSec) && asOfSec <= d.seconds;
      report.line(
        'HOURS_NOT_APPROVED',
        i,
        'status',
        open
          ? {
              nl: `status ${status.nl}: nog niet goedgekeurd; laat de inlener goedkeuren vóór de urentermijn ${d.text.nl} (werkweek ${week.text}), anders gaan de uren naar een volgende verloning`,
              en: `status ${status.en}: not approved yet; have the hirer approve before the hours deadline ${d.text.en} (work week ${week.text}), or the hours go to a later payroll`,
            }
          : {
              nl: `status ${status.nl}: niet goedgekeurd vóór de urentermijn ${d.text.nl} (werkweek ${week.text}); niet verloond en niet gefactureerd in deze verloning`,
              en: `status ${status.en}: not approved by the hours deadline ${d.text.en} (work week ${week.text}); not paid and not invoiced in this payroll`,
            },
        open ? WARNING_BEFORE_DEADLINE : HOURS_DEADLINE,
      );
    } else {
      const approvedSec = instantSeconds(line.approvedAt, days, 'approvedAt');
      if (Number.isNaN(approvedSec)) {
        report.line('HOURS_APPROVAL_UNDATED', i, 'approvedAt', {
          nl: `goedgekeurd, maar zonder moment van goedkeuring; verwacht datum en tijd, zodat de urentermijn te controleren is`,
          en: `approved, but without the moment of approval; expected a date and time, so the hours deadline can be checked`,
        }, HOURS_DEADLINE);
      } else if (!(d instanceof NoRuleError) && approvedSec > d.seconds) {
        report.line('HOURS_APPROVED_LATE', i, 'approvedAt', {
          nl: `goedgekeurd op ${instantText(approvedSec)}, na de urentermijn ${d.text.nl} (werkweek ${week.text}); deze uren gaan mee in de volgende verloning`,
          en: `approved at ${instantText(approvedSec)}, after the hours deadline ${d.text.en} (work week ${week.text}); these hours go to the next payroll`,
        }, HOURS_DEADLINE);
      }
    }
    const hirer = joined.hirer(i);
    if (hirer !== undefined && hirer.requiresProof && line.proof !== true) {
      report.line('HOURS_PROOF_MISSING', i, 'proof', {
        nl: `inlener ${hirer.hirer.id} eist een getekend urenbriefje of weekbriefje en dat ontbreekt: geen verloning en geen factuur voor deze uren; een voorschot is mogelijk`,
        en: `hirer ${hirer.hirer.id} requires a signed timesheet or week note and it is missing: no payroll and no invoice for these hours; an advance is possible`,
      }, PROOF);
    }
  }
}
