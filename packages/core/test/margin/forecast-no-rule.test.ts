import { describe, expect, it } from 'vitest';
import { InputError, NoRuleError, marginForecast } from '@backofficer/core';

/*
 * marginForecast names the placement in every error and keeps the error's kind: a date no rule
 * table covers stays a NoRuleError (DESIGN.md: #N/A in Excel), bad input stays an InputError.
 */
const cost = { employerSize: 'large', whk: '6,55%', pension: 'none' };
const placement = (start: string, wage: string) => ({
  id: 'P1', workerId: 'W1', hirerId: 'H1', cao: 'ABU', start, hoursPerWeek: 38, agreements: [{ from: start, wage, mode: 'factor', factor: '1,75' }],
});

describe('marginForecast errors name the placement and keep their kind', () => {
  it('a week before the hourly minimum wage (2024-01-01, Wet minimumloon) → NoRuleError naming placement P1', () => {
    const run = () => marginForecast({ from: '2019-W23', weeks: 1, cost, placements: [placement('2019-06-03', '15,00')] });
    expect(run).toThrow(NoRuleError);
    expect(run).toThrow(/placement P1 \(no\. 1\)/);
  });

  it('bad input stays an InputError', () => {
    const run = () => marginForecast({ from: '2026-W10', weeks: 1, cost: { employerSize: 'large' }, placements: [placement('2026-03-02', '15,00')] });
    expect(run).toThrow(InputError);
    expect(run).not.toThrow(NoRuleError);
  });
});
