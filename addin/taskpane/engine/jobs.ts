/**
 * The heavy work of the pane, as pure functions of the workbook's cells and the pane's choices:
 * run in the engine worker (off the pane's thread) or, where no worker can start, in the pane.
 */
import { runControlJob, type ControlJob, type ControlListView } from './control-list.js';
import {
  runForecastJob, runMarginJob, runWeeksJob, type ForecastJob, type ForecastView, type MarginJob, type MarginView, type WeeksJob,
} from './margin.js';
import type { WorkbookInput } from './sources.js';

export type Job = ControlJob | WeeksJob | MarginJob | ForecastJob;

export interface JobResults {
  control: ControlListView;
  weeks: string[];
  margin: MarginView;
  forecast: ForecastView;
}

export type JobResult<J extends Job> = JobResults[J['kind']];

export function runJob<J extends Job>(input: WorkbookInput, job: J): JobResult<J> {
  switch (job.kind) {
    case 'control':
      return runControlJob(input, job) as JobResult<J>;
    case 'weeks':
      return runWeeksJob(input) as JobResult<J>;
    case 'margin':
      return runMarginJob(input, job) as JobResult<J>;
    case 'forecast':
      return runForecastJob(input, job) as JobResult<J>;
  }
  throw new Error(`unknown job ${(job as { kind: string }).kind}`);
}
