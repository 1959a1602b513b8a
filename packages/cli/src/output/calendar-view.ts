import { toDate, type PayrollCalendar, type PayrollDeadline } from '@backofficer/core';
import { strings, type Lang } from '../i18n.js';
import { formatDay, formatDayAndTime } from './format.js';
import { renderTable } from './table.js';

const RULE_DAYS_NL: Record<string, string> = { Mon: 'ma', Tue: 'di', Wed: 'wo', Thu: 'do', Fri: 'vr', Sat: 'za', Sun: 'zo' };

/** "W+1 Tue 13:00" reads "W+1 di 13:00" in Dutch. */
function ruleText(rule: string, lang: Lang): string {
  return lang === 'nl' ? rule.replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/, (d) => RULE_DAYS_NL[d]!) : rule;
}

/** A whole-day event (payroll run, payment) is shown as its day; everything else with its time. */
function whenText(d: PayrollDeadline, lang: Lang): string {
  const wholeDay = d.kind === 'event' && (d.time === '24:00' || d.time === '00:00');
  return formatDayAndTime(toDate(d.day), wholeDay ? undefined : d.time, lang);
}

/** Why a deadline moved (or did not), with the days written out: "vr 25 dec 2026 is Eerste Kerstdag; …". */
function noteText(d: PayrollDeadline, shift: string, lang: Lang): string {
  const s = strings(lang);
  const parts: string[] = [];
  if (d.holiday) {
    const scheduled = formatDay(toDate(d.scheduled.day), lang);
    const name = d.holiday.names[lang];
    parts.push(d.moved ? s.movedNote(scheduled, name, formatDay(toDate(d.day), lang), s.shiftNames[shift] ?? shift) : s.notMovedNote(scheduled, name));
  }
  if (d.source.unconfirmed) parts.push(s.unconfirmed);
  return parts.join('; ');
}

/** The payroll calendar as a terminal table with a short footer on times and rules. */
export function calendarText(cal: PayrollCalendar, lang: Lang): string {
  const s = strings(lang);
  const lastDay = cal.end.minus({ days: 1 });
  const rows = cal.deadlines.map((d) => [whenText(d, lang), d.label[lang], ruleText(d.rule, lang), noteText(d, cal.holidayShift, lang)]);
  const tables = [...new Set(cal.deadlines.map((d) => `${d.source.table}|${d.source.checkedOn}`))];
  const footer = [
    s.timesIn,
    ...tables.map((t) => {
      const [table, checkedOn] = t.split('|');
      return s.rulesAsOf(cal.rulesDate, table!, checkedOn!);
    }),
    s.holidayShift(s.shiftNames[cal.holidayShift] ?? cal.holidayShift),
  ];
  return [
    s.calendarTitle(cal.weekText, formatDay(cal.start, lang), formatDay(lastDay, lang)),
    '',
    renderTable([{ header: s.colWhen }, { header: s.colWhat }, { header: s.colRule }, { header: s.colNote }], rows),
    '',
    ...footer,
  ].join('\n');
}

/** The payroll calendar for other programs: stable codes, ISO instants with offsets, texts in `lang`. */
export function calendarJson(cal: PayrollCalendar, lang: Lang): unknown {
  return {
    week: cal.weekText,
    start: cal.start,
    end: cal.end,
    rulesDate: cal.rulesDate,
    holidayShift: cal.holidayShift,
    deadlines: cal.deadlines.map((d) => ({
      code: d.code,
      kind: d.kind,
      label: d.label[lang],
      day: d.day,
      time: d.time,
      at: d.at,
      moved: d.moved,
      scheduled: d.scheduled,
      holiday: d.holiday ? { code: d.holiday.code, date: d.holiday.date, name: d.holiday.names[lang] } : null,
      note: d.note ? d.note[lang] : null,
      parameter: d.parameter,
      rule: d.rule,
      source: {
        layer: d.source.layer,
        table: d.source.table,
        source: d.source.source,
        from: d.source.from,
        checkedOn: d.source.checkedOn,
        unconfirmed: d.source.unconfirmed,
        ...(d.source.note !== undefined ? { note: d.source.note } : {}),
      },
    })),
  };
}
