/**
 * Margin (issue 8 §1): pick a week; core's marginFromWorkbook (the same overview as
 * `backofficer margin`) runs in the engine worker; the overview per hirer and per worker is
 * written to a sheet with a native chart of revenue, payroll cost and margin per week.
 */
import {
  Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { parseIsoWeek } from '@backofficer/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WriteValue } from '../../office/port.js';
import type { MarginView, Sums } from '../engine/margin.js';
import { OUTPUT_SHEETS, readWorkbookInput } from '../engine/sources.js';
import { formatCount, formatEuro, formatPercent } from '../format.js';
import { useI18n } from '../i18n/language.js';
import { useWorkbookSettings } from '../settings.js';
import { errorText, useAction, useWorkbook } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';
import { Totals } from './totals.js';

/** Weeks the chart shows, up to the chosen week. */
const SERIES_WEEKS = 8;
export const MARGIN_CHART = 'BackOfficer margin per week';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  table: { tableLayout: 'auto' },
  input: { width: '100%', minWidth: 0 },
});

/** The overview sheet: one table (hirers, workers, total) and beside it the weeks the chart draws. */
export function marginSheet(v: MarginView, words: {
  headers: string[]; weekHeaders: string[]; hirer: string; worker: string; total: string;
}): { rows: WriteValue[][]; columnFormats: (string | null)[]; chartSource: string | undefined } {
  const n = (x: string) => Number(x);
  const pct = (s: Sums) => (s.marginPercent !== undefined ? Number(s.marginPercent) : null);
  const figures = (s: Sums): WriteValue[] => [n(s.hours), n(s.revenue), n(s.cost), n(s.margin), pct(s)];
  const table: WriteValue[][] = [
    ...v.hirers.map((h) => [words.hirer, h.id, h.name, '', ...figures(h)]),
    ...v.workers.map((w) => [words.worker, w.id, w.name, w.hirers, ...figures(w)]),
    [words.total, '', '', '', ...figures(v.totals)],
  ];
  const weeks = v.series.filter((s): s is { week: string; sums: Sums } => 'sums' in s);
  const side: WriteValue[][] = weeks.map((s) => [s.week, n(s.sums.revenue), n(s.sums.cost), n(s.sums.margin)]);
  const height = Math.max(table.length, side.length);
  const rows: WriteValue[][] = [[...words.headers, null, ...words.weekHeaders]];
  for (let i = 0; i < height; i++) {
    const left = table[i] ?? Array<WriteValue>(words.headers.length).fill(null);
    const right = side[i] ?? Array<WriteValue>(words.weekHeaders.length).fill(null);
    rows.push([...left, null, ...right]);
  }
  // Columns: A Soort, B Nummer, C Naam, D Inlener(s), E Uren, F Omzet, G Loonkosten, H Marge, I Marge %, J –, K Week, L–N.
  const columnFormats = [null, null, null, null, '0.00', '#,##0.00', '#,##0.00', '#,##0.00', '0.0%', null, null, '#,##0.00', '#,##0.00', '#,##0.00'];
  return { rows, columnFormats, chartSource: side.length > 0 ? `K1:N${side.length + 1}` : undefined };
}

export function MarginPanel() {
  const { t, lang } = useI18n();
  const { port, engine } = useWorkbook();
  const settings = useWorkbookSettings();
  const panel = usePanelStyles();
  const styles = useStyles();
  const [weeks, setWeeks] = useState<string[] | undefined>();
  const [week, setWeek] = useState('');
  const [note, setNote] = useState<string | undefined>();

  const loadWeeks = useAction(useCallback(async () => {
    const input = await readWorkbookInput(port, { kind: 'auto' });
    const found = (await engine.run(input, { kind: 'weeks' })).result;
    setWeeks(found);
    setWeek((w) => w || (found.at(-1) ?? ''));
    return found;
  }, [port, engine]));

  useEffect(() => {
    void loadWeeks.run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the tab is first opened
  }, []);

  const problem = useMemo(() => {
    if (week.trim() === '') return undefined;
    try {
      parseIsoWeek(week, t('margin.week'));
      return undefined;
    } catch (e) {
      return errorText(e, lang) ?? t('margin.week.invalid', { value: week });
    }
  }, [week, lang, t]);

  const costMissing = !settings.cost.employerSize || !settings.cost.whk;

  const build = useAction(useCallback(async (): Promise<MarginView> => {
    setNote(undefined);
    const input = await readWorkbookInput(port, { kind: 'auto' });
    const run = await engine.run(input, {
      kind: 'margin', week: week.trim(), rules: settings.rules, cost: settings.cost, profiles: settings.profiles, seriesWeeks: SERIES_WEEKS,
    });
    const v = run.result;
    const sheetName = OUTPUT_SHEETS.margin[lang];
    const sheet = marginSheet(v, {
      headers: [t('margin.sheet.kind'), t('margin.sheet.id'), t('margin.sheet.name'), t('margin.sheet.hirers'), t('margin.sheet.hours'),
        t('margin.revenue'), t('margin.cost'), t('margin.margin'), t('margin.percent')],
      weekHeaders: [t('margin.sheet.week'), t('margin.revenue'), t('margin.cost'), t('margin.margin')],
      hirer: t('margin.sheet.hirer'), worker: t('margin.sheet.worker'), total: t('margin.sheet.total'),
    });
    await port.writeSheet(sheetName, { rows: sheet.rows, columnFormats: sheet.columnFormats, activate: true });
    if (sheet.chartSource) {
      await port.addChart({
        sheet: sheetName, name: MARGIN_CHART, kind: 'columnClustered', source: sheet.chartSource, seriesBy: 'columns',
        title: t('margin.chart', { from: v.series[0]!.week, to: v.week }), position: { from: 'P2', to: 'X22' },
      });
    }
    setNote(t('margin.written', { sheet: sheetName }));
    return v;
  }, [port, engine, week, settings.rules, settings.cost, settings.profiles, lang, t]));

  const v = build.result;
  const euro = (x: string) => formatEuro(x, lang);
  const seriesErrors = v?.series.filter((s): s is { week: string; error: { nl: string; en: string } } => 'error' in s) ?? [];
  const notApproved = v?.findings.filter((f) => f.code === 'MARGIN_LINE_NOT_APPROVED').length ?? 0;

  return (
    <Panel intro={t('margin.intro')}>
      <Field
        label={t('margin.week')}
        hint={problem ? undefined : weeks && weeks.length > 0 ? t('margin.week.found', { count: weeks.length, from: weeks[0]!, to: weeks.at(-1)! }) : t('margin.week.hint')}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem}
      >
        {weeks && weeks.length > 0 ? (
          <Select value={week} onChange={(_, d) => setWeek(d.value)} data-testid="margin-week" className={styles.input}>
            {[...weeks].reverse().map((w) => <option key={w} value={w}>{w}</option>)}
          </Select>
        ) : (
          <Input value={week} onChange={(_, d) => setWeek(d.value)} placeholder="2026-W10" data-testid="margin-week" className={styles.input} />
        )}
      </Field>
      {costMissing && settings.loaded ? (
        <MessageBar intent="warning" data-testid="margin-cost-missing"><MessageBarBody>{t('margin.costMissing')}</MessageBarBody></MessageBar>
      ) : null}
      <div className={panel.actions}>
        <Button appearance="primary" onClick={() => void build.run()} disabled={build.busy || !!problem || week.trim() === '' || costMissing} data-testid="margin-build">
          {t('margin.build')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {build.busy ? <Spinner size="tiny" labelPosition="after" label={t('margin.busy', { week })} /> : null}
        {loadWeeks.busy && !weeks ? <Spinner size="tiny" labelPosition="after" label={t('margin.weeks.busy')} /> : null}
        {note && !build.busy ? <Text size={200} data-testid="margin-note">{note}</Text> : null}
      </div>
      {v && !build.busy ? (
        <>
          <Subtitle2 as="h2" className={panel.heading}>{t('margin.totals', { week: v.week })}</Subtitle2>
          <Totals sums={v.totals} testId="margin-totals" ids={{ revenue: 'margin-revenue', cost: 'margin-cost', margin: 'margin-margin', percent: 'margin-percent' }} />
          <Text size={200} className={panel.muted}>
            {t('margin.lines', { hours: Number(v.totals.hours).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }), lines: formatCount(v.linesInWeek, lang) })}
          </Text>
          <Table size="extra-small" aria-label={t('margin.byHirer')} className={styles.table} data-testid="margin-hirers">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('margin.sheet.hirer')}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('margin.margin')}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>%</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {v.hirers.map((h) => (
                <TableRow key={h.id}>
                  <TableCell>{h.name || h.id}</TableCell>
                  <TableCell className={styles.number}>{euro(h.margin)}</TableCell>
                  <TableCell className={styles.number}>{h.marginPercent !== undefined ? formatPercent(h.marginPercent, lang) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {v.leftOut.length > 0 ? (
            <MessageBar intent="warning" data-testid="margin-left-out">
              <MessageBarBody>
                {t('margin.leftOut', { count: v.leftOut.length, rows: v.leftOut.map((l) => `${l.row} (${l.code})`).join(', ') })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {notApproved > 0 ? <Text size={200}>{t('margin.notApproved', { count: notApproved })}</Text> : null}
          {seriesErrors.length > 0 ? (
            <MessageBar intent="info">
              <MessageBarBody>
                <Text size={200} block>{t('margin.seriesSkipped', { weeks: seriesErrors.map((s) => s.week).join(', ') })}</Text>
                <Text size={200} block>{seriesErrors[0]!.error[lang]}</Text>
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
      {build.error ?? loadWeeks.error ? (
        <MessageBar intent="error" data-testid="margin-error"><MessageBarBody>{build.error ?? loadWeeks.error}</MessageBarBody></MessageBar>
      ) : null}
    </Panel>
  );
}
