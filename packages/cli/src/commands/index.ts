import { deadlinesCommand } from './deadlines.js';
import { startCommand } from './start.js';
import { validateCommand } from './validate.js';
import { marginCommand } from './margin.js';
import { reportCommand } from './report.js';
import { forecastCommand } from './forecast.js';
import type { Command } from './types.js';
import { wmlCommand } from './wml.js';

/**
 * Every command, in the order the help lists them. A new command (validate, margin, forecast,
 * report) is one file in this folder and one line here.
 */
export const COMMANDS: readonly Command[] = [startCommand, validateCommand, marginCommand, forecastCommand, reportCommand, deadlinesCommand, wmlCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export type { Command, Context, OptionSpec, ArgumentSpec } from './types.js';
