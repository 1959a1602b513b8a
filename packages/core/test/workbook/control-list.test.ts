import { describe, expect, it } from 'vitest';
import { controlListFromWorkbook, readAgencyWorkbook, timesheetInputFromWorkbook } from '../../src/index.js';

/*
 * A small agency workbook written out by hand: one worker, one hirer, one placement, two hours
 * lines in work week 2026-W10 (Monday 2 March 2026). The first line is approved, the second is
 * only submitted.
 */
const workers = [
  ['Personeelsnummer', 'Naam', 'Geboortedatum', 'BSN', 'Soort', 'ID-bewijs geldig tot', 'Loonheffingsverklaring', 'Ingeschreven op'],
  ['P1', 'Test Persoon', '1990-05-01', '111222333', 'Nederlands', '2030-01-01', 'ja', '2026-01-05 10:00'],
];
const hirers = [
  ['Inlenernummer', 'Naam', 'KvK-nummer', 'Kredietlimiet', 'Kredietverzekering', 'Ingeschreven op'],
  ['H1', 'Inlener B.V.', '12345678', 10000, 'Verzekerd', '2025-06-02 09:00'],
];
const placements = [
  ['Plaatsingsnummer', 'Personeelsnummer', 'Inlenernummer', 'Functie', 'Startdatum', 'Contracturen per week', 'Afspraak geldig vanaf', 'Uurloon', 'Rekenwijze', 'Factor', 'Inlenersbeloningsprofiel'],
  ['PL1', 'P1', 'H1', 'Inpakker', '2026-01-05', '', '2026-01-05', '16,00', 'Factor', '1,9', 'IB-7'],
];
// Columns A..J; "Status" is column I, so the second line's status is cell I3.
const hours = [
  ['Personeelsnummer', 'Plaatsingsnummer', 'Datum', 'Begintijd', 'Eindtijd', 'Pauze (min)', 'Uren', 'Goedgekeurd door', 'Status', 'Goedgekeurd op'],
  ['P1', 'PL1', '2026-03-02', '08:00', '16:30', 30, '', 'J. Inlener', 'Goedgekeurd', '2026-03-09 09:00'],
  ['P1', 'PL1', '2026-03-03', '08:00', '16:30', 30, '', '', 'Ingediend', ''],
];
const grids = { Uitzendkrachten: workers, Inleners: hirers, Plaatsingen: placements, Uren: hours };

const profile = (signed: boolean) => ({
  id: 'IB-7', hirerId: 'H1', job: 'Inpakker', validFrom: '2026-01-01',
  scaleWages: [{ from: '2026-01-01', amount: '16,00' }],
  status: signed ? { complete: true, signedBy: 'J. Inlener', signedAt: '2026-01-02T10:00' } : { complete: true },
});

describe('controlListFromWorkbook: the control list of a workbook, shared by the CLI and the task pane', () => {
  it('hours not approved by the deadline (policy.hoursDeadline, DOMAIN.md §1) point at the Status cell of their row', () => {
    const list = controlListFromWorkbook(readAgencyWorkbook(grids), { profiles: [profile(true)] });
    const unapproved = list.findings.filter((f) => f.code === 'HOURS_NOT_APPROVED');
    expect(unapproved).toHaveLength(1);
    // Row 3 of sheet Uren (the second line), field status, in column I.
    expect(unapproved[0]!.cell).toEqual({ sheet: 'Uren', sheetKey: 'Hours', row: 3, column: 'I', address: 'I3', field: 'status' });
    expect(list.summary.lines).toBe(2);
    expect(list.problems).toEqual([]);
  });

  it('the placement names its hirer pay profile (CAO art. 16, DOMAIN.md §8): signed → no profile finding; unsigned → HIRER_PAY_PROFILE_UNSIGNED', () => {
    const wb = readAgencyWorkbook(grids);
    const codes = (profiles: unknown[]) => controlListFromWorkbook(wb, { profiles }).findings.map((f) => f.code);
    expect(codes([profile(true)]).filter((c) => c.startsWith('HIRER_PAY'))).toEqual([]);
    expect(codes([profile(false)])).toContain('HIRER_PAY_PROFILE_UNSIGNED');
    // An empty list: the placement has no profile at all.
    expect(codes([])).toContain('HIRER_PAY_PROFILE_MISSING');
  });

  it('without a HirerPay sheet and without profiles the profile checks are skipped (TimesheetContext.hirerPayProfiles absent)', () => {
    const input = timesheetInputFromWorkbook(readAgencyWorkbook(grids));
    expect(input.context.hirerPayProfiles).toBeUndefined();
    expect([...input.context.placements][0]).toMatchObject({ id: 'PL1', hirerPayProfileId: 'IB-7' });
  });

  it('a stored profile that no longer validates is a PROFILE_INVALID problem that names the field, not an exception', () => {
    const bad = { ...profile(true), scaleWages: [{ from: '2026-01-01', amount: 'twaalf' }] };
    const list = controlListFromWorkbook(readAgencyWorkbook(grids), { profiles: [bad] });
    expect(list.problems.map((p) => p.code)).toEqual(['PROFILE_INVALID']);
    expect(list.problems[0]!.message.en).toMatch(/^Profile IB-7: .*scale wage/);
    expect(list.problems[0]!.message.nl).toMatch(/schaalloon/);
  });
});
