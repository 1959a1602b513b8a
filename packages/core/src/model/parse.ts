import * as z from 'zod';
import { parseWith, type FieldLabels } from '../errors/index.js';
import { workerLabels, workerSchema, type Worker } from './worker.js';
import { hirerLabels, hirerSchema, type Hirer } from './hirer.js';
import { placementLabels, placementSchema, type Placement } from './placement.js';
import { hourLineLabels, hourLineSchema, type HourLine } from './hourLine.js';

/*
 * Edge parsers: validate input from a user, a file or another system into the trusted model, or
 * throw an InvalidInputError (code INVALID_INPUT) that names every bad field in the clerk's words.
 */

/** A worker from any input; throws InvalidInputError. */
export function parseWorker(input: unknown): Worker {
  return parseWith(workerSchema, input, { nl: 'uitzendkracht', en: 'worker' }, workerLabels);
}

/** A hirer from any input; throws InvalidInputError. */
export function parseHirer(input: unknown): Hirer {
  return parseWith(hirerSchema, input, { nl: 'inlener', en: 'hirer' }, hirerLabels);
}

/** A placement with its wage agreements (sorted by date); throws InvalidInputError. */
export function parsePlacement(input: unknown): Placement {
  return parseWith(placementSchema, input, { nl: 'plaatsing', en: 'placement' }, placementLabels);
}

/** One timesheet line; throws InvalidInputError. */
export function parseHourLine(input: unknown): HourLine {
  return parseWith(hourLineSchema, input, { nl: 'urenregel', en: 'hour line' }, hourLineLabels);
}

const hourLineListLabels: FieldLabels = { '': { nl: 'regel', en: 'line' }, ...hourLineLabels };

/** A list of timesheet lines; a problem names its line ("uren (nr. 3)"). Throws InvalidInputError. */
export function parseHourLines(input: unknown): HourLine[] {
  return parseWith(z.array(hourLineSchema), input, { nl: 'urenstaat', en: 'timesheet' }, hourLineListLabels);
}
