import { describe, expect, it } from 'vitest';
import { forecastInputFromWorkbook, readAgencyWorkbook } from '../../src/index.js';

/*
 * Which placements a forecast from the workbook takes, and their hours per week. Last week with
 * hours: 2026-W10, so the forecast starts in 2026-W11 and the basis is 2026-W07 … 2026-W10 (4 weeks).
 *   PL1 (E1): approved 8 h in W07, 8 h in W08, 07:00–15:30 less 30 min = 8 h in W10 (a rejected line in
 *             W10 and a line in W06 do not count) → 24 h over the 3 weeks with hours = 8:00
 *   PL7 (E2): 7:10 in W09 and 7:15 in W10 → 865 min / 2 weeks = 432,5 min → to the minute 433 = 7:13;
 *             in 3-minute steps 432,5 / 3 = 144,17 → 144 × 3 = 432 min = 7:12
 *   PL2 (E2): no hours in the basis, 24 fixed contract hours                → 24:00 (contract)
 *   PL3 (E3): ended 2026-02-27, before the forecast                          → left out (ENDED)
 *   PL4 (Z1): a contractor                                                   → left out (CONTRACTOR)
 *   PL5 (E4): no birth date                                                  → left out (BIRTH_DATE_MISSING)
 *   PL6 (E1): no hours and no contract hours                                 → left out (NO_HOURS)
 */
const workers = [
  ['Personeelsnummer', 'Naam', 'Geboortedatum', 'BSN', 'Soort', 'Ingeschreven op'],
  ['E1', 'Een', '1990-01-01', '111222333', 'Nederlands', '2025-01-05 10:00'],
  ['E2', 'Twee', '1991-01-01', '123456782', 'Nederlands', '2025-01-05 10:00'],
  ['E3', 'Drie', '1992-01-01', '111222333', 'Nederlands', '2025-01-05 10:00'],
  ['Z1', 'Zzp', '1985-01-01', '', "zzp'er", '2025-01-05 10:00'],
  ['E4', 'Vier', '', '111222333', 'Nederlands', '2025-01-05 10:00'],
];
const hirers = [
  ['Inlenernummer', 'Naam', 'KvK-nummer', 'Kredietlimiet', 'Kredietverzekering', 'Ingeschreven op'],
  ['H1', 'Inlener B.V.', '12345678', 10000, 'Verzekerd', '2025-01-02 09:00'],
];
const placements = [
  ['Plaatsingsnummer', 'Personeelsnummer', 'Inlenernummer', 'Functie', 'Startdatum', 'Einddatum', 'Contracturen per week', 'Afspraak geldig vanaf', 'Uurloon', 'Rekenwijze', 'Factor'],
  ['PL1', 'E1', 'H1', 'Inpakker', '2026-01-05', '', '', '2026-01-05', '16,00', 'Factor', '1,9'],
  ['PL2', 'E2', 'H1', 'Inpakker', '2026-01-05', '', 24, '2026-01-05', '16,00', 'Factor', '1,9'],
  ['PL3', 'E3', 'H1', 'Inpakker', '2026-01-05', '2026-02-27', '', '2026-01-05', '16,00', 'Factor', '1,9'],
  ['PL4', 'Z1', 'H1', 'Monteur', '2026-01-05', '', '', '2026-01-05', '40,00', 'Factor', '1,5'],
  ['PL5', 'E4', 'H1', 'Inpakker', '2026-01-05', '', 20, '2026-01-05', '16,00', 'Factor', '1,9'],
  ['PL6', 'E1', 'H1', 'Heftruck', '2026-01-05', '', '', '2026-01-05', '17,00', 'Factor', '1,9'],
  ['PL7', 'E2', 'H1', 'Heftruck', '2026-01-05', '', '', '2026-01-05', '17,00', 'Factor', '1,9'],
];
const hours = [
  ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Uren', 'Status'],
  ['E1', 'PL1', '2026-02-09', '', '', 0, 8, 'Goedgekeurd'],
  ['E1', 'PL1', '2026-02-16', '', '', 0, 8, 'Goedgekeurd'],
  ['E1', 'PL1', '2026-03-02', '07:00', '15:30', 30, '', 'Goedgekeurd'],
  ['E1', 'PL1', '2026-03-03', '', '', 0, 8, 'Afgekeurd'],
  ['E1', 'PL1', '2026-02-02', '', '', 0, 8, 'Goedgekeurd'],
  ['E2', 'PL7', '2026-02-23', '', '', 0, '7:10', 'Goedgekeurd'],
  ['E2', 'PL7', '2026-03-04', '', '', 0, '7:15', 'Goedgekeurd'],
];
const wb = readAgencyWorkbook({ Uitzendkrachten: workers, Inleners: hirers, Plaatsingen: placements, Uren: hours });

describe('forecastInputFromWorkbook: what a forecast from the workbook takes (shared by the CLI and the task pane)', () => {
  const f = forecastInputFromWorkbook(wb, { weeks: 8, cost: { employerSize: 'large', whk: '1%' } });

  it('starts the week after the last week with hours; the basis is the 4 weeks before (W06\'s line does not count, the rejected line neither)', () => {
    expect(f.from).toBe('2026-W11');
    expect(f.basis).toEqual({ from: '2026-W07', to: '2026-W10' });
    expect(f.input.weeks).toBe(8);
  });

  it('hours per week: the average of the approved hours over the weeks with hours (8:00; 7:13), else the fixed contract hours (24:00)', () => {
    expect(f.hours).toEqual([
      { placementId: 'PL1', minutes: 480, source: 'average' },
      { placementId: 'PL2', minutes: 1440, source: 'contract' },
      { placementId: 'PL7', minutes: 433, source: 'average' },
    ]);
    expect(f.input.placements.map((p) => [p.id, p.hoursPerWeek, p.contract])).toEqual([
      ['PL1', '8:00', 'agency-clause'], ['PL2', '24:00', 'agency-clause'], ['PL7', '7:13', 'agency-clause'],
    ]);
  });

  it('in 3-minute steps (exact decimal hours for a sheet): 7:12', () => {
    const stepped = forecastInputFromWorkbook(wb, { weeks: 8, cost: { employerSize: 'large', whk: '1%' }, minutesStep: 3 });
    expect(stepped.hours.map((h) => h.minutes)).toEqual([480, 1440, 432]);
  });

  it('leaves out what it cannot forecast, saying why', () => {
    expect(f.leftOut).toEqual([
      { placementId: 'PL3', reason: 'ENDED' },
      { placementId: 'PL4', reason: 'CONTRACTOR' },
      { placementId: 'PL5', reason: 'BIRTH_DATE_MISSING' },
      { placementId: 'PL6', reason: 'NO_HOURS' },
    ]);
  });
});
