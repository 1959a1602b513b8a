import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { InputError, type HourlyCostModelInput, type Texts } from '@backofficer/core';

/*
 * The employer's cost choices behind the payroll cost of the margin and the forecast: employer
 * size (Aof premium), the employer's own Whk premium (Belastingdienst decision; core ships no
 * default for it on purpose), and optionally pension, agency risks and administration, exactly as
 * hourlyCostModel takes them. They are no part of the agency workbook, so they come from a small
 * JSON file: --cost file.json, or <workbook>.cost.json beside the workbook (always reported).
 * --employer-size and --whk on the command line win over the file.
 */

export interface CostSettings {
  /** The file they came from, when any. */
  readonly file?: string;
  /** How the file was found: given with --cost, or found beside the workbook. */
  readonly source?: 'option' | 'beside';
  readonly cost: Partial<HourlyCostModelInput>;
}

/** <folder>/<name>.cost.json for <folder>/<name>.xlsx. */
export function besideFile(workbook: string): string {
  return join(dirname(workbook), `${basename(workbook, extname(workbook))}.cost.json`);
}

const KNOWN = ['employerSize', 'whk', 'pension', 'awf', 'onCall', 'hirerPackage', 'agency', 'hoursPer4Weeks'] as const;

function fileError(file: string, code: string, texts: Texts): InputError {
  return new InputError(code, { nl: `${file}: ${texts.nl}`, en: `${file}: ${texts.en}` }, 'cost');
}

async function readSettingsFile(file: string): Promise<Partial<HourlyCostModelInput>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw fileError(file, 'FILE_NOT_FOUND', { nl: 'bestand niet gevonden. Controleer de naam en de map.', en: 'file not found. Check the name and the folder.' });
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw fileError(file, 'COST_SETTINGS_INVALID_JSON', {
      nl: `geen geldige JSON (${why}); verwacht bijvoorbeeld { "employerSize": "large", "whk": { "wga": "0,94%", "zw": "1,10%" } }`,
      en: `not valid JSON (${why}); expected e.g. { "employerSize": "large", "whk": { "wga": "0.94%", "zw": "1.10%" } }`,
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fileError(file, 'COST_SETTINGS_INVALID', { nl: 'verwacht een object met kostenkeuzes', en: 'expected an object of cost choices' });
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'description' || k === 'name' || k === '//') continue;
    if (!(KNOWN as readonly string[]).includes(k)) {
      throw fileError(file, 'COST_SETTINGS_UNKNOWN_KEY', {
        nl: `onbekende sleutel "${k}"; verwacht een van: ${KNOWN.join(', ')}`,
        en: `unknown key "${k}"; expected one of: ${KNOWN.join(', ')}`,
      });
    }
    out[k] = v;
  }
  return out as Partial<HourlyCostModelInput>;
}

/** The cost choices: --cost, else the file beside the workbook, then --employer-size and --whk on top. */
export async function costSettings(workbook: string, options: { file?: string; employerSize?: string; whk?: string }): Promise<CostSettings> {
  let file: string | undefined;
  let source: CostSettings['source'];
  if (options.file !== undefined) {
    file = options.file;
    source = 'option';
  } else if (existsSync(besideFile(workbook))) {
    file = besideFile(workbook);
    source = 'beside';
  }
  const fromFile = file !== undefined ? await readSettingsFile(file) : {};
  const cost: Partial<HourlyCostModelInput> = {
    ...fromFile,
    ...(options.employerSize !== undefined ? { employerSize: options.employerSize } : {}),
    ...(options.whk !== undefined ? { whk: options.whk } : {}),
  };
  return { ...(file !== undefined ? { file, source } : {}), cost };
}

/** The cost choices still missing for a payroll cost (core says so too; this says it before any work, with what to do). */
export function missingCostChoices(settings: CostSettings, workbook: string): InputError | undefined {
  const missing = (['employerSize', 'whk'] as const).filter((k) => settings.cost[k] === undefined);
  if (missing.length === 0) return undefined;
  const beside = besideFile(workbook);
  return new InputError(
    'COST_SETTINGS_MISSING',
    {
      nl: `voor de loonkosten ontbreekt: ${missing.join(', ')}. Geef ze met --employer-size (klein, middelgroot of groot) en --whk (uw Whk-premie uit de beschikking van de Belastingdienst, bijvoorbeeld 1,21%), of zet ze in ${beside} (voorbeeld: examples/agency-week.cost.json).`,
      en: `the payroll cost needs: ${missing.join(', ')}. Give them with --employer-size (small, medium or large) and --whk (your Whk premium from the Belastingdienst decision, e.g. 1.21%), or put them in ${beside} (example: examples/agency-week.cost.json).`,
    },
    missing[0],
  );
}
