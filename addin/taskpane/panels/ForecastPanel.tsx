/**
 * Forecast (issue 8 §1): weeks ahead from the week after the last hours; core's
 * forecastInputFromWorkbook + marginForecast in the engine worker. Writes either the table of
 * values (margin per placement and week) or, for those who want live formulas, the placements
 * table =BO.FORECAST reads and the formula itself, which then recalculates as the table changes.
 */
import {
  Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, SpinButton, Spinner, Subtitle2, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { MAX_FORECAST_WEEKS } from '@backofficer/core';
import { useCallback, useState } from 'react';
import { qualify, toA1 } from '../../office/address.js';
import type { WriteValue } from '../../office/port.js';
import { centsToNumber, type ForecastView } from '../engine/margin.js';
import { OUTPUT_SHEETS, readWorkbookInput } from '../engine/sources.js';
import { formatCount } from '../format.js';
import { useI18n } from '../i18n/language.js';
import type { Lang } from '../i18n/messages.js';
import { useWorkbookSettings } from '../settings.js';
import { useAction, useWorkbook } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';
import { Totals } from './totals.js';

export type ForecastOutput = 'values' | 'formula';

const useStyles = makeStyles({
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
});

/** The table of values: a row per placement (margin per week, total) and a total row. */
export function forecastValuesSheet(v: ForecastView, words: { placement: string; worker: string; hirer: string; hours: string; total: string }): {
  rows: WriteValue[][]; columnFormats: (string | null)[];
} {
  const rows: WriteValue[][] = [[words.placement, words.worker, words.hirer, words.hours, ...v.weeks, words.total]];
  for (const r of v.rows) rows.push([r.placementId, r.workerId, r.hirerId, r.minutes / 60, ...r.margin.map(centsToNumber), centsToNumber(r.total)]);
  rows.push([words.total, '', '', null, ...v.weekTotals.map((t) => centsToNumber(t.margin)), Number(v.totals.margin)]);
  return { rows, columnFormats: [null, null, null, '0.00', ...v.weeks.map(() => '#,##0.00'), '#,##0.00'] };
}

/**
 * The live formula: the placements table (A1…), the cost choices beside it (name/value rows), and
 * below them =BO.FORECAST over both, which spills the week-by-placement margin.
 */
export function forecastFormulaSheet(v: ForecastView, lang: Lang, words: { options: string; formula: string }): {
  rows: WriteValue[][]; columnFormats: (string | null)[]; formula: string; formulaCell: string;
} {
  const t = v.table;
  const width = t.headers[lang].length;
  const n = t.rows.length;
  const optionsColumn = width + 1; // one blank column between
  const optionsRange = t.options.length > 0 ? toA1(1, optionsColumn, t.options.length, 2) : undefined;
  const tableRange = toA1(0, 0, n + 1, width);
  const formula = `=BO.FORECAST(${tableRange}, ${v.weeks.length}, "${v.from}"${optionsRange ? `, ${optionsRange}` : ''})`;
  const rows: WriteValue[][] = [[...t.headers[lang], null, words.options, null]];
  for (let i = 0; i < Math.max(n, t.options.length); i++) {
    const left: WriteValue[] = t.rows[i] ? [...t.rows[i]!] : Array<WriteValue>(width).fill(null);
    const option = t.options[i];
    rows.push([...left, null, option ? option[0] : null, option ? option[1] : null]);
  }
  const formulaRow = Math.max(n, t.options.length) + 3; // zero-based: a blank row, a label, the formula
  while (rows.length < formulaRow - 1) rows.push([]);
  rows.push([words.formula]);
  rows.push([{ formula }]);
  return { rows, columnFormats: [...t.formats, null, null, null], formula, formulaCell: toA1(formulaRow, 0) };
}

export function ForecastPanel() {
  const { t, lang } = useI18n();
  const { port, engine } = useWorkbook();
  const settings = useWorkbookSettings();
  const panel = usePanelStyles();
  const styles = useStyles();
  const [weeks, setWeeks] = useState(8);
  const [output, setOutput] = useState<ForecastOutput>('values');
  const [note, setNote] = useState<string | undefined>();
  const [formula, setFormula] = useState<string | undefined>();
  const costMissing = !settings.cost.employerSize || !settings.cost.whk;

  const build = useAction(useCallback(async (): Promise<ForecastView> => {
    setNote(undefined);
    setFormula(undefined);
    const input = await readWorkbookInput(port, { kind: 'auto' });
    const v = (await engine.run(input, { kind: 'forecast', weeks, rules: settings.rules, cost: settings.cost })).result;
    const sheet = OUTPUT_SHEETS.forecast[lang];
    if (output === 'values') {
      const s = forecastValuesSheet(v, {
        placement: t('forecast.sheet.placement'), worker: t('forecast.sheet.worker'), hirer: t('forecast.sheet.hirer'),
        hours: t('forecast.sheet.hours'), total: t('forecast.sheet.total'),
      });
      await port.writeSheet(sheet, { rows: s.rows, columnFormats: s.columnFormats, activate: true });
      setNote(t('forecast.written.values', { sheet, rows: formatCount(v.rows.length, lang) }));
    } else {
      const s = forecastFormulaSheet(v, lang, { options: t('forecast.sheet.options'), formula: t('forecast.sheet.formula', { weeks: v.weeks.length, from: v.from }) });
      await port.writeSheet(sheet, { rows: s.rows, columnFormats: s.columnFormats });
      await port.select({ sheet, address: s.formulaCell });
      setFormula(s.formula);
      setNote(t('forecast.written.formula', { cell: qualify(sheet, s.formulaCell) }));
    }
    return v;
  }, [port, engine, weeks, output, settings.rules, settings.cost, lang, t]));

  const v = build.result;

  return (
    <Panel intro={t('forecast.intro')}>
      <Field label={t('forecast.weeks')} hint={t('forecast.weeks.hint')}>
        <SpinButton
          value={weeks}
          min={1}
          max={MAX_FORECAST_WEEKS}
          data-testid="forecast-weeks"
          onChange={(_, d) => {
            const next = d.value ?? Number(d.displayValue);
            if (Number.isInteger(next) && next >= 1 && next <= MAX_FORECAST_WEEKS) setWeeks(next);
          }}
        />
      </Field>
      <Field label={t('forecast.output')}>
        <RadioGroup value={output} onChange={(_, d) => setOutput(d.value as ForecastOutput)} data-testid="forecast-output">
          <Radio value="values" label={t('forecast.output.values')} />
          <Radio value="formula" label={t('forecast.output.formula')} />
        </RadioGroup>
      </Field>
      {costMissing && settings.loaded ? (
        <MessageBar intent="warning"><MessageBarBody>{t('margin.costMissing')}</MessageBarBody></MessageBar>
      ) : null}
      <div className={panel.actions}>
        <Button appearance="primary" disabled={build.busy || costMissing} onClick={() => void build.run()} data-testid="forecast-build">
          {t('forecast.build')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {build.busy ? <Spinner size="tiny" labelPosition="after" label={t('common.busy')} /> : null}
        {note && !build.busy ? <Text size={200} data-testid="forecast-note">{note}</Text> : null}
      </div>
      {formula && !build.busy ? <Text className={styles.formula} data-testid="forecast-formula">{formula}</Text> : null}
      {v && !build.busy ? (
        <>
          <Subtitle2 as="h2" className={panel.heading}>{t('forecast.totals', { from: v.weeks[0]!, to: v.weeks.at(-1)! })}</Subtitle2>
          <Totals sums={v.totals} testId="forecast-totals" ids={{ revenue: 'forecast-revenue', margin: 'forecast-margin' }} />
          <Text size={200} className={panel.muted}>
            {t('forecast.basis', { placements: formatCount(v.rows.length, lang), from: v.basis.from, to: v.basis.to })}
          </Text>
          {v.leftOut.length > 0 ? (
            <Text size={200} className={panel.muted} data-testid="forecast-left-out">
              {t('forecast.leftOut', { list: v.leftOut.map((l) => `${l.placementId} (${t(`forecast.reason.${l.reason}` as 'forecast.reason.ENDED')})`).join(', ') })}
            </Text>
          ) : null}
        </>
      ) : null}
      {build.error ? <MessageBar intent="error" data-testid="forecast-error"><MessageBarBody>{build.error}</MessageBarBody></MessageBar> : null}
    </Panel>
  );
}
