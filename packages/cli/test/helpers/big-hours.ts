/*
 * A big hours file for the command-line tests: `lines` hours lines as a Dutch CSV (";" between
 * fields, decimal commas, d-m-yyyy dates), generated without randomness so every run writes the
 * same bytes. Workers W0001… each work Monday to Friday 08:00–16:30 with a 30-minute break
 * (8 hours), approved on the Monday after the work week at 10:00, before the Tuesday 13:00
 * deadline (DOMAIN.md §1), never on a public holiday: a clean file. `mistakes` puts known
 * mistakes on chosen lines.
 */

import { isPublicHoliday } from '@backofficer/core';

export interface BigHoursMistakes {
  /** Line numbers (1-based data lines; the CSV row is line + 1) that become a correction of −8 hours (no times). */
  readonly negative?: readonly number[];
  /** Line numbers whose status becomes "Ingediend" (submitted, not approved). */
  readonly notApproved?: readonly number[];
}

/** 2025-12-29 (Monday of 2026-W01) plus `days`, as d-m-yyyy, and the Monday after its week. */
function dates(days: number): { date: string; approved: string; iso: string } {
  const base = Date.UTC(2025, 11, 29);
  const d = new Date(base + days * 86_400_000);
  const weekday = (d.getUTCDay() + 6) % 7;
  const monday = new Date(d.getTime() + (7 - weekday) * 86_400_000);
  const dmy = (x: Date) => `${x.getUTCDate()}-${x.getUTCMonth() + 1}-${x.getUTCFullYear()}`;
  return { date: dmy(d), approved: `${dmy(monday)} 10:00`, iso: d.toISOString().slice(0, 10) };
}

export function bigHoursCsv(lines: number, mistakes: BigHoursMistakes = {}): string {
  const negative = new Set(mistakes.negative ?? []);
  const notApproved = new Set(mistakes.notApproved ?? []);
  // Weekdays of 2026-W01 … W26 (130 days); enough workers that each works one shift a day.
  const days: number[] = [];
  for (let w = 0; w < 26; w++) for (let d = 0; d < 5; d++) if (!isPublicHoliday(dates(w * 7 + d).iso)) days.push(w * 7 + d);
  const workers = Math.ceil(lines / days.length);
  const out = ['Personeelsnummer;Plaatsingsnummer;Datum;Begintijd;Eindtijd;Pauze (min);Uren;Status;Goedgekeurd door;Goedgekeurd op;Urenbewijs'];
  let n = 0;
  for (let w = 1; w <= workers && n < lines; w++) {
    const id = `W${String(w).padStart(4, '0')}`;
    for (const day of days) {
      if (n >= lines) break;
      n++;
      const { date, approved } = dates(day);
      const times = negative.has(n) ? ';;' : '08:00;16:30;30';
      const hours = negative.has(n) ? '-8' : '8';
      const status = notApproved.has(n) ? 'Ingediend' : 'Goedgekeurd';
      const approval = status === 'Goedgekeurd' ? `A. de Vries;${approved}` : ';';
      out.push(`${id};P${id.slice(1)};${date};${times};${hours};${status};${approval};nee`);
    }
  }
  return `${out.join('\r\n')}\r\n`;
}
