import { NoRuleError } from '../errors/index.js';
import { durationText } from './clock.js';
import type { DayTable } from './days.js';
import type { Entities } from './entities.js';
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
 * ISO week that lies inside the placement and in which the timesheet has lines (of anyone), also
 * when the placement has no line that week; a week in which the placement starts or ends is not
 * checked (the fixed hours of a part week are not defined).
 */

export function checkContractHours(
  t: LineTable,
  joined: Joined,
  entities: Entities,
  days: DayTable,
  report: Report,
  requested: readonly [number, number],
): void {
  // The weeks the timesheet covers: those with at least one line (a mistyped far-away date adds
  // one week, not every week up to it).
  const slot = new Map<number, number>();
  for (const info of t.dayList) if (!slot.has(info.week.monday)) slot.set(info.week.monday, slot.size);
  const weeks = slot.size;
  if (weeks === 0) return;
  // Minutes and first line per placement (ordinal) and covered week, in flat typed arrays.
  const minutes = new Float64Array(entities.counts.placements * weeks);
  const firstLine = new Int32Array(entities.counts.placements * weeks).fill(-1);
  const weekOfDay = t.dayList.map((info) => slot.get(info.week.monday)!);
  for (let i = 0; i < t.n; i++) {
    const f = t.flags[i]!;
    const p = joined.placementOf[i]!;
    if (p < 0 || !(f & USABLE) || f & REJECTED || f & DUPLICATE) continue;
    const k = p * weeks + weekOfDay[t.dayIdx[i]!]!;
    minutes[k]! += t.worked[i]!;
    const line = firstLine[k]!;
    if (line < 0 || t.row[i]! < t.row[line]!) firstLine[k] = i;
  }
  const mondays = [...slot.keys()].filter((m) => m >= requested[0] && m <= requested[1]).sort((a, b) => a - b);
  for (const p of entities.placements.values()) {
    if (p.worker?.contractor) continue;
    const firstMonday = firstMondayFrom(p.startDay);
    for (const monday of mondays) {
      if (monday < firstMonday || monday + 6 > p.endDay) continue;
      const info = days.day(monday);
      const fig = days.figures(info);
      if (fig instanceof NoRuleError) continue;
      const fixed = Math.max(Number.isNaN(p.contractMinutes) ? 0 : p.contractMinutes, fig.minContractHours);
      const k = p.ordinal * weeks + slot.get(monday)!;
      const worked = minutes[k]!;
      const line = firstLine[k]!;
      if (worked >= fixed) continue;
      const contract = Number.isNaN(p.contractMinutes)
        ? { nl: 'geen vaste uren in het contract', en: 'no fixed hours in the contract' }
        : { nl: `${durationText(p.contractMinutes)} vaste uren in het contract`, en: `${durationText(p.contractMinutes)} fixed hours in the contract` };
      const texts = {
        nl: `plaatsing ${p.placement.id}, week ${info.week.text}: ${durationText(worked)} uur gewerkt, minder dan ${durationText(fixed)} vaste uren per week (${contract.nl}; beleid minimaal ${durationText(fig.minContractHours)}); het verschil van ${durationText(fixed - worked)} uur moet toch worden betaald (leegloop)`,
        en: `placement ${p.placement.id}, week ${info.week.text}: ${durationText(worked)} hours worked, fewer than ${durationText(fixed)} fixed hours per week (${contract.en}; policy minimum ${durationText(fig.minContractHours)}); the difference of ${durationText(fixed - worked)} hours must be paid anyway (idle time)`,
      };
      const extras = { hirerId: p.placement.hirerId, parameter: 'policy.minContractHours' };
      if (line >= 0) report.line('BELOW_CONTRACT_HOURS', line, 'hours', texts, extras);
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
