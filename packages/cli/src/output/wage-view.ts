import { toDate, type Decimal, type MinimumWageRow, type MinimumWageTable } from '@backofficer/core';
import { strings, type Lang } from '../i18n.js';
import { formatDay, formatMoney, formatPercent } from './format.js';
import { renderTable } from './table.js';

/** "20 jaar", "21 jaar en ouder" / "age 20", "age 21 and over". */
export function ageText(row: Pick<MinimumWageRow, 'age' | 'ageLabel'>, lang: Lang): string {
  const adult = row.ageLabel.endsWith('+');
  const s = strings(lang);
  if (lang === 'nl') return adult ? `${row.age} ${s.yearsAndOver}` : `${row.age} jaar`;
  return adult ? `age ${row.age} ${s.yearsAndOver}` : `age ${row.age}`;
}

function sourceLines(rows: readonly MinimumWageRow[], lang: Lang): string[] {
  const s = strings(lang);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const r of rows) {
    const line = s.source(r.source, r.checkedOn);
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
    if (r.unconfirmed && r.note && !seen.has(r.note)) {
      lines.push(`${s.unconfirmed}: ${r.note}`);
      seen.add(r.note);
    }
  }
  return lines;
}

function rowCells(r: MinimumWageRow, lang: Lang): string[] {
  const label = lang === 'nl' ? (r.ageLabel.endsWith('+') ? `${r.age}+` : `${r.age}`) : r.ageLabel;
  return [label, formatPercent(r.percentage, lang), formatMoney(r.hourly, lang), formatDay(toDate(r.from), lang), r.unconfirmed ? strings(lang).unconfirmed : ''];
}

/** The minimum wage table of a date: regular ages, then BBL learners where known. */
export function wageTableText(table: MinimumWageTable, lang: Lang): string {
  const s = strings(lang);
  const columns = [
    { header: s.colAge, align: 'right' as const },
    { header: s.colPercentage, align: 'right' as const },
    { header: s.colHourly, align: 'right' as const },
    { header: s.colFrom },
    { header: s.colNote },
  ];
  const parts = [s.wmlTitle(formatDay(toDate(table.date), lang)), '', renderTable(columns, table.rows.map((r) => rowCells(r, lang)))];
  if (table.bbl.length > 0) {
    parts.push('', s.wmlBblTitle, '', renderTable(columns, table.bbl.map((r) => rowCells(r, lang))));
  }
  parts.push('', s.wmlNote, ...sourceLines([...table.rows, ...table.bbl], lang));
  return parts.join('\n');
}

/** One age's amount with its source. */
export function wageOneText(date: string, row: MinimumWageRow, amount: Decimal, lang: Lang): string {
  const s = strings(lang);
  const who = row.scale === 'bbl' ? `${ageText(row, lang)} (BBL)` : ageText(row, lang);
  return [s.wmlOne(formatDay(toDate(date), lang), who, formatMoney(amount, lang)), s.wmlNote, ...sourceLines([row], lang)].join('\n');
}

function rowJson(r: MinimumWageRow) {
  return {
    age: r.age,
    ageLabel: r.ageLabel,
    scale: r.scale,
    hourly: r.hourly,
    percentage: r.percentage,
    parameter: r.parameter,
    from: r.from,
    source: r.source,
    checkedOn: r.checkedOn,
    unconfirmed: r.unconfirmed,
    ...(r.note !== undefined ? { note: r.note } : {}),
  };
}

export function wageTableJson(table: MinimumWageTable): unknown {
  return { date: table.date, currency: 'EUR', unit: 'per hour, gross, excluding holiday allowance', rows: table.rows.map(rowJson), bbl: table.bbl.map(rowJson), unconfirmed: table.unconfirmed };
}

export function wageOneJson(date: string, row: MinimumWageRow, amount: Decimal): unknown {
  return { date, currency: 'EUR', unit: 'per hour, gross, excluding holiday allowance', ...rowJson(row), hourly: amount };
}
