import { describe, expect, it } from 'vitest';
import { FakeWorkbook } from '../../office/fake-workbook.js';
import { EngineClient } from '../engine/client.js';
import { findingsSheetRows, marksOf, type PaneFinding } from '../engine/control-list.js';
import { excelSerial } from '../engine/margin.js';
import { checkProfile, emptyProfile, nextProfileId, readStoredProfiles } from '../engine/profiles.js';
import { overrideProblem, readRuleSettings, ruleSetOf } from '../engine/rules.js';
import { hoursSourceFromValue, hoursSourceValue, isOutputSheet, readWorkbookInput } from '../engine/sources.js';
import { deadlineWords, formatCount, formatEuro, formatPercent, formatSeconds } from '../format.js';

const f = (id: number, severity: PaneFinding['severity'], address: string | undefined): PaneFinding => ({
  id, code: `C${id}`, severity, message: { nl: `melding ${id}`, en: `finding ${id}` },
  ...(address ? { cell: { sheet: 'Uren', address } } : {}),
});

describe('control list in the pane', () => {
  it('mark in sheet: one fill per cell, the most serious finding wins (the CLI\'s fills: error FFC7CE, warning FFEB9C, info DDEBF7)', () => {
    const marks = marksOf([f(1, 'info', 'B2'), f(2, 'error', 'B2'), f(3, 'warning', 'C3'), f(4, 'warning', undefined)]);
    expect(marks).toEqual([
      { sheet: 'Uren', address: 'B2', color: '#FFC7CE' },
      { sheet: 'Uren', address: 'C3', color: '#FFEB9C' },
    ]);
  });

  it('findings sheet: a header row, then errors, warnings and notes, each with its cell and cause', () => {
    const rows = findingsSheetRows([f(1, 'info', 'B2'), { ...f(2, 'error', 'D4'), cause: { sheet: 'Uitzendkrachten', address: 'D40' }, week: '2026-W10' }], 'en', {
      headers: ['S', 'C', 'Sh', 'Ce', 'W', 'Ca', 'M', 'So'],
      severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    });
    expect(rows).toEqual([
      ['S', 'C', 'Sh', 'Ce', 'W', 'Ca', 'M', 'So'],
      ['Error', 'C2', 'Uren', 'D4', '2026-W10', 'Uitzendkrachten!D40', 'finding 2', ''],
      ['Note', 'C1', 'Uren', 'B2', '', '', 'finding 1', ''],
    ]);
  });
});

describe('reading the workbook for the engine', () => {
  const wb = () => FakeWorkbook.fromSnapshot({
    sheets: [
      { name: 'Uren', values: [['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Uren', 'Status'], ['W1', 'P1', '2026-03-02', 8, 'Goedgekeurd']] },
      { name: 'Controlelijst', values: [['Ernst'], ['Fout']] },
      { name: 'Leeg', values: [] },
    ],
    tables: [{ name: 'UrenTabel', sheet: 'Uren', address: 'A1:E2' }],
    selection: { sheet: 'Uren', address: 'B2' },
  });

  it('the whole workbook: every sheet but the pane\'s own output and empty ones, rows 1-based where they start', async () => {
    const input = await readWorkbookInput(wb(), { kind: 'auto' });
    expect(Object.keys(input.grids)).toEqual(['Uren']);
    expect(input.grids.Uren).toEqual({
      rows: [['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Uren', 'Status'], ['W1', 'P1', '2026-03-02', 8, 'Goedgekeurd']], firstRow: 1, firstColumn: 1,
    });
    expect(input.mapping).toBeUndefined();
    expect(isOutputSheet('control list')).toBe(true);
  });

  it('a table or a single selected cell names the hours sheet in the column mapping', async () => {
    expect((await readWorkbookInput(wb(), { kind: 'table', name: 'UrenTabel' })).mapping).toEqual({ sheets: { Hours: { sheet: 'Uren' } } });
    const selected = await readWorkbookInput(wb(), { kind: 'selection' });
    // One cell (B2) selected: its sheet's used range is read.
    expect(selected.grids.Uren!.rows).toHaveLength(2);
    expect(hoursSourceFromValue(hoursSourceValue({ kind: 'sheet', name: 'Uren' }))).toEqual({ kind: 'sheet', name: 'Uren' });
    expect(hoursSourceFromValue('whatever')).toEqual({ kind: 'auto' });
  });

  it('without a Worker (Node, an old host) the job runs in the pane and says so', async () => {
    const engine = new EngineClient(undefined);
    const run = await engine.run(await readWorkbookInput(wb(), { kind: 'auto' }), { kind: 'weeks' });
    // 2026-03-02 is the Monday of ISO week 10.
    expect(run.result).toEqual(['2026-W10']);
    expect(run.where).toBe('pane');
  });
});

describe('workbook settings', () => {
  it('policy overrides: core\'s message for a bad deadline; a good one becomes an agency layer', () => {
    expect(overrideProblem('policy.hoursDeadline', 'W+1 Tue 99:00')?.en).toMatch(/is not a deadline/);
    expect(overrideProblem('policy.hoursDeadline', '')).toBeUndefined();
    const rules = ruleSetOf({ cao: 'NBBU', overrides: { 'policy.advanceRecoveryWeeks': '3' } });
    expect(rules.cao).toBe('NBBU');
    expect(rules.tables.at(-1)).toMatchObject({ layer: 'agency', parameters: { 'policy.advanceRecoveryWeeks': [{ value: 3 }] } });
    expect(readRuleSettings('x', { 'policy.hoursDeadline': 5, other: 'y' })).toEqual({ cao: 'ABU', overrides: { 'policy.hoursDeadline': '5' } });
  });

  it('"W+1 Tue 13:00" in words (DOMAIN.md §1: hours approved by Tuesday 13:00 after the work week)', () => {
    expect(deadlineWords('W+1 Tue 13:00', 'nl')).toBe('dinsdag 13:00 in de week na de werkweek');
    expect(deadlineWords('W-1 Fri 24:00', 'en')).toBe('Friday 24:00 in the week before the work week');
  });

  it('profiles: stored ones read back tolerantly; ids IB-1, IB-2…; the schema\'s message lands on the field', () => {
    expect(readStoredProfiles([{ id: 'IB-1', job: 'Inpakker' }, { job: 'no id' }, 'junk'])).toHaveLength(1);
    expect(nextProfileId([emptyProfile('IB-1'), emptyProfile('IB-3')])).toBe('IB-4');
    const p = { ...emptyProfile('IB-1'), hirerId: 'H1', job: 'Inpakker', scaleWages: [{ from: '2026-01-01', amount: 'twaalf', per: 'hour' }] };
    const check = checkProfile(p, [emptyProfile('ib-1')]);
    expect(Object.keys(check.problems).sort()).toEqual(['id', 'scaleWages.0.amount']);
    expect(check.problems['scaleWages.0.amount']!.nl).toContain('"twaalf" is geen bedrag');
  });
});

describe('numbers as the pane shows them', () => {
  it('Dutch and English notation; amounts are core\'s cents, only formatted', () => {
    expect(formatCount(50_000, 'nl')).toBe('50.000');
    expect(formatCount(50_000, 'en')).toBe('50,000');
    expect(formatSeconds(1234, 'nl')).toBe('1,2 s');
    expect(formatEuro('47786.39', 'nl')).toBe('€ 47.786,39');
    expect(formatEuro('-5.5', 'en')).toBe('-€5.50');
    expect(formatPercent('0.1141', 'nl')).toBe('11,4%');
    // Excel's serial of Monday 2 March 2026: 46083 (1900 date system).
    expect(excelSerial('2026-03-02')).toBe(46083);
  });
});
