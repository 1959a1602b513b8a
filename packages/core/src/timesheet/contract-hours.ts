import { NoRuleError } from '../errors/index.js';
import { durationText } from './clock.js';
import type { DayTable } from './days.js';
import type { Entities, PlacementEntry } from './entities.js';
import { REJECTED, USABLE, type LineTable } from './lines.js';
import type { Joined } from './references.js';
import type { Report } from './report.js';
import { DUPLICATE } from './timeline.js';

/*
 * Fixed contract hours (DOMAIN.md §7): a contract has fixed hours per week, at least
 * policy.minContractHours (4) by the back-office's policy; a contract that names fewer (or none)
 * has that minimum. When a worker's hours on a placement in an ISO week (all lines the hirer did
 * not reject, approved or not) fall short of them, the difference must still be paid (idle
 * time, leegloop). Checked for every placement (of an employee, not a contractor) and every
 * ISO week that lies inside both the placement and the weeks the timesheet covers, also when
 * the week has no line at all; a week in which the placement starts or ends is not checked
 * (the fixed hours of a part week are not defined).
 */

export function checkContractHours(
  t: LineTable,
  joined: Joined,
  entities: Entities,
  days: DayTable,
  report: Report,
  covered: readonly [number, number],
  requested: readonly [number, number],
): void {
  if (t.n === 0) return;
  const sums = new Map<PlacementEntry, Map<number, { minutes: number; line: number }>>();
  for (let i = 0; i < t.n; i++) {
    const f = t.flags[i]!;
    const p = joined.placement(i);
    if (p === undefined || !(f & USABLE) || f & REJECTED || f & DUPLICATE) continue;
    let weeks = sums.get(p);
    if (!weeks) {
      weeks = new Map();
      sums.set(p, weeks);
    }
    const monday = t.day[i]!.week.monday;
    const w = weeks.get(monday);
    if (w === undefined) weeks.set(monday, { minutes: t.worked[i]!, line: i });
    else {
      w.minutes += t.worked[i]!;
      if (t.row[i]! < t.row[w.line]!) w.line = i;
    }
  }
  const first = Math.max(covered[0], requested[0]);
  const last = Math.min(covered[1], requested[1]);
  for (const p of entities.placements.values()) {
    const worker = entities.workers.get(String(p.placement.workerId));
    if (worker?.contractor) continue;
    const weeks = sums.get(p);
    for (let monday = Math.max(first, firstMondayFrom(p.startDay)); monday <= last && monday + 6 <= p.endDay; monday += 7) {
      const info = days.day(monday);
      const fig = days.figures(info);
      if (fig instanceof NoRuleError) continue;
      const fixed = Math.max(Number.isNaN(p.contractMinutes) ? 0 : p.contractMinutes, fig.minContractHours);
      const found = weeks?.get(monday);
      const minutes = found?.minutes ?? 0;
      if (minutes >= fixed) continue;
      const contract = Number.isNaN(p.contractMinutes)
        ? { nl: 'geen vaste uren in het contract', en: 'no fixed hours in the contract' }
        : { nl: `${durationText(p.contractMinutes)} vaste uren in het contract`, en: `${durationText(p.contractMinutes)} fixed hours in the contract` };
      const texts = {
        nl: `plaatsing ${p.placement.id}, week ${info.week.text}: ${durationText(minutes)} uur gewerkt, minder dan ${durationText(fixed)} vaste uren per week (${contract.nl}; beleid minimaal ${durationText(fig.minContractHours)}); het verschil van ${durationText(fixed - minutes)} uur moet toch worden betaald (leegloop)`,
        en: `placement ${p.placement.id}, week ${info.week.text}: ${durationText(minutes)} hours worked, fewer than ${durationText(fixed)} fixed hours per week (${contract.en}; policy minimum ${durationText(fig.minContractHours)}); the difference of ${durationText(fixed - minutes)} hours must be paid anyway (idle time)`,
      };
      const extras = { hirerId: p.placement.hirerId, parameter: 'policy.minContractHours' };
      if (found) report.line('BELOW_CONTRACT_HOURS', found.line, 'hours', texts, extras);
      else {
        report.free('BELOW_CONTRACT_HOURS', texts, { workerId: String(p.placement.workerId), placementId: String(p.placement.id), hirerId: String(p.placement.hirerId), week: info.week.text, date: info.iso }, extras, info.iso);
      }
    }
  }
}

/** The first Monday on or after a day number (day 4 was a Monday). */
function firstMondayFrom(day: number): number {
  const offset = (((day - 4) % 7) + 7) % 7;
  return offset === 0 ? day : day + 7 - offset;
}
