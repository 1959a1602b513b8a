import { isoOfDayNumber } from './clock.js';
import type { Entities, HirerEntry, PlacementEntry, WorkerEntry } from './entities.js';
import type { LineTable } from './lines.js';
import type { Report } from './report.js';

/*
 * Each line joined to its worker, placement and hirer (one Map lookup per line and id), with the
 * findings when one is missing or does not fit: an unknown worker, placement or hirer, a
 * placement of another worker, a date outside the placement.
 */

/** Each line's worker and placement (and so hirer) by ordinal: -1 when unknown. */
export class Joined {
  constructor(
    readonly workerOf: Int32Array,
    readonly placementOf: Int32Array,
    private readonly workers: readonly WorkerEntry[],
    private readonly placements: readonly PlacementEntry[],
  ) {}

  worker(i: number): WorkerEntry | undefined {
    const o = this.workerOf[i]!;
    return o < 0 ? undefined : this.workers[o];
  }

  placement(i: number): PlacementEntry | undefined {
    const o = this.placementOf[i]!;
    return o < 0 ? undefined : this.placements[o];
  }

  hirer(i: number): HirerEntry | undefined {
    return this.placement(i)?.hirer;
  }
}

export function joinLines(t: LineTable, entities: Entities, report: Report): Joined {
  const workerOf = new Int32Array(t.n);
  const placementOf = new Int32Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const line = t.lines[i]!;
    const p = entities.placements.get(line.placementId);
    // Usually the placement's own worker: no second lookup.
    const w = p !== undefined && p.workerId === line.workerId ? p.worker : entities.workers.get(line.workerId);
    workerOf[i] = w === undefined ? -1 : w.ordinal;
    placementOf[i] = p === undefined ? -1 : p.ordinal;
    if (w === undefined) {
      report.line('WORKER_UNKNOWN', i, 'workerId', {
        nl: `uitzendkracht ${line.workerId} staat niet bij de uitzendkrachten; verwacht een ingeschreven uitzendkracht`,
        en: `worker ${line.workerId} is not among the workers; expected a registered worker`,
      });
    }
    if (p === undefined) {
      report.line('PLACEMENT_UNKNOWN', i, 'placementId', {
        nl: `plaatsing ${line.placementId} bestaat niet; verwacht een plaatsing uit het blad Plaatsingen`,
        en: `placement ${line.placementId} does not exist; expected a placement from the Placements sheet`,
      });
      continue;
    }
    if (p.workerId !== line.workerId) {
      report.line('PLACEMENT_WORKER_MISMATCH', i, 'placementId', {
        nl: `plaatsing ${line.placementId} hoort bij uitzendkracht ${p.placement.workerId}, niet bij ${line.workerId}; verwacht een plaatsing van deze uitzendkracht`,
        en: `placement ${line.placementId} belongs to worker ${p.placement.workerId}, not to ${line.workerId}; expected a placement of this worker`,
      });
    }
    if (p.hirer === undefined) {
      report.line(
        'HIRER_UNKNOWN',
        i,
        'placementId',
        {
          nl: `inlener ${p.placement.hirerId} van plaatsing ${line.placementId} staat niet bij de inleners; verwacht een ingeschreven inlener`,
          en: `hirer ${p.placement.hirerId} of placement ${line.placementId} is not among the hirers; expected a registered hirer`,
        },
        { hirerId: String(p.placement.hirerId) },
      );
    }
    const day = t.dayOf(i).dayNumber;
    if (day < p.startDay || day > p.endDay) {
      const start = Number.isNaN(p.startDay) ? '?' : isoOfDayNumber(p.startDay);
      const period = Number.isFinite(p.endDay) ? `${start} – ${isoOfDayNumber(p.endDay)}` : `${start} –`;
      report.line(
        'OUTSIDE_PLACEMENT',
        i,
        'date',
        {
          nl: `${line.date} ligt buiten plaatsing ${line.placementId} (${period}); verwacht een datum binnen de plaatsing, of verleng de plaatsing vóór de vrijdag-deadline`,
          en: `${line.date} is outside placement ${line.placementId} (${period}); expected a date within the placement, or extend the placement before the Friday cut-off`,
        },
        { hirerId: String(p.placement.hirerId) },
      );
    }
  }
  const joined = new Joined(workerOf, placementOf, entities.byOrdinal.workers, entities.byOrdinal.placements);
  report.hirerOf = (i) => joined.placement(i)?.placement.hirerId;
  return joined;
}
