/**
 * The heavy work of the pane, as pure functions of the workbook's cells and the pane's choices:
 * run in the engine worker (off the pane's thread) or, where no worker can start, in the pane.
 */
import { runControlJob, type ControlJob, type ControlListView } from './control-list.js';
import type { WorkbookInput } from './sources.js';

export type Job = ControlJob;

export interface JobResults {
  control: ControlListView;
}

export type JobResult<J extends Job> = JobResults[J['kind']];

export function runJob<J extends Job>(input: WorkbookInput, job: J): JobResult<J> {
  switch (job.kind) {
    case 'control':
      return runControlJob(input, job) as JobResult<J>;
  }
  throw new Error(`unknown job ${(job as { kind: string }).kind}`);
}
