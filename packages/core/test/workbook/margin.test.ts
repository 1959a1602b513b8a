import { describe, expect, it } from 'vitest';
import { hoursWeeks, marginFromWorkbook, readAgencyWorkbook } from '../../src/index.js';

/*
 * A contractor (zzp'er) on one placement, hand-checkable because his hour costs his fee: no
 * employer premiums (DOMAIN.md §15: margin = invoiced revenue − cost). Work week 2026-W10.
 *   fee (agreed wage) 40,00 per hour, factor 1,5 → rate 60,00 per hour
 *   Monday    08:00–16:30, 30 min break = 8 h, approved      → counted
 *   Tuesday   08:00–16:30, 30 min break = 8 h, approved      → counted
 *   Wednesday 09:00–08:00 (an end before the start that is no night shift) → END_BEFORE_START, left out
 *   Thursday  4 h, submitted (not approved)                  → priced, left out by the overview
 *   counted: 16 h; revenue 16 × 60,00 = 960,00; cost 16 × 40,00 = 640,00; margin 320,00 (33,33 %).
 */
const workers = [
  ['Personeelsnummer', 'Naam', 'Geboortedatum', 'BSN', 'Soort', 'KvK-nummer', 'Ingeschreven op'],
  ['Z1', 'Zelfstandige', '1985-04-01', '', "zzp'er", '87654321', '2026-01-05 10:00'],
];
const hirers = [
  ['Inlenernummer', 'Naam', 'KvK-nummer', 'Kredietlimiet', 'Kredietverzekering', 'Ingeschreven op'],
  ['H1', 'Inlener B.V.', '12345678', 10000, 'Verzekerd', '2025-06-02 09:00'],
];
const placements = [
  ['Plaatsingsnummer', 'Personeelsnummer', 'Inlenernummer', 'Functie', 'Startdatum', 'Contracturen per week', 'Afspraak geldig vanaf', 'Uurloon', 'Rekenwijze', 'Factor'],
  ['PL1', 'Z1', 'H1', 'Monteur', '2026-01-05', '', '2026-01-05', '40,00', 'Factor', '1,5'],
];
const hours = [
  ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Uren', 'Status', 'Goedgekeurd door', 'Goedgekeurd op'],
  ['Z1', 'PL1', '2026-03-02', '08:00', '16:30', 30, '', 'Goedgekeurd', 'J. Inlener', '2026-03-09 09:00'],
  ['Z1', 'PL1', '2026-03-03', '08:00', '16:30', 30, '', 'Goedgekeurd', 'J. Inlener', '2026-03-09 09:00'],
  ['Z1', 'PL1', '2026-03-04', '09:00', '08:00', 0, '', 'Goedgekeurd', 'J. Inlener', '2026-03-09 09:00'],
  ['Z1', 'PL1', '2026-03-05', '', '', 0, 4, 'Ingediend', '', ''],
  ['Z1', 'PL1', '2026-02-23', '08:00', '16:30', 30, '', 'Goedgekeurd', 'J. Inlener', '2026-03-02 09:00'],
];
const wb = readAgencyWorkbook({ Uitzendkrachten: workers, Inleners: hirers, Plaatsingen: placements, Uren: hours });
const cost = { employerSize: 'large', whk: { wga: '1%', zw: '1%' } };

describe('marginFromWorkbook: the week margin the CLI and the task pane share (DOMAIN.md §15)', () => {
  it('a contractor\'s hour costs his fee: 16 approved hours at rate 60,00 and fee 40,00 give margin 320,00', () => {
    const m = marginFromWorkbook(wb, '2026-W10', { cost });
    expect(m.linesInWeek).toBe(4);
    expect(m.overview.totals.hours.toString()).toBe('16');
    expect(m.overview.totals.revenue.toFixed(2)).toBe('960.00');
    expect(m.overview.totals.cost.toFixed(2)).toBe('640.00');
    expect(m.overview.totals.margin.toFixed(2)).toBe('320.00');
    // 320 ÷ 960 = 0.33333… → 0.3333 (4 decimals of the fraction).
    expect(m.overview.totals.marginPercent?.toString()).toBe('0.3333');
  });

  it('a line with swapped times is left out with its control-list code; a submitted line is left out by the overview with a finding', () => {
    const m = marginFromWorkbook(wb, '2026-W10', { cost });
    expect(m.leftOut).toEqual([{ row: 4, code: 'END_BEFORE_START' }]);
    expect(m.findings.map((f) => f.code)).toContain('MARGIN_LINE_NOT_APPROVED');
  });

  it('the margin per hirer adds up to the total; hoursWeeks lists the weeks with hours', () => {
    const m = marginFromWorkbook(wb, '2026-W10', { cost });
    expect(m.overview.groups.hirer.map((g) => [g.key, g.margin.toFixed(2)])).toEqual([['H1', '320.00']]);
    expect(hoursWeeks(wb)).toEqual(['2026-W09', '2026-W10']);
  });
});
