/**
 * Control list (issue 8 §1): pick the hours table, run validateTimesheet, show findings.
 * Foundation: the source picker and reading it through the WorkbookPort; the checks plug in here.
 */
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import type { RangeSource, SheetInfo, TableInfo } from '../../office/port.js';
import { useI18n } from '../i18n/language.js';
import { useAction, useWorkbook } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';

/** Select values: "selection", "table:<name>", "sheet:<name>". */
export function sourceFromValue(value: string): RangeSource {
  if (value.startsWith('table:')) return { kind: 'table', name: value.slice(6) };
  if (value.startsWith('sheet:')) return { kind: 'usedRange', sheet: value.slice(6) };
  return { kind: 'selection' };
}

export function ControlListPanel() {
  const { t } = useI18n();
  const { port } = useWorkbook();
  const styles = usePanelStyles();
  const resultId = useId();
  const [tables, setTables] = useState<TableInfo[]>([]);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [source, setSource] = useState('selection');

  const load = useAction(useCallback(async () => {
    const [ts, ss] = await Promise.all([port.listTables(), port.listSheets()]);
    setTables(ts);
    setSheets(ss.filter((s) => s.visible));
    if (ts[0]) setSource(`table:${ts[0].name}`);
  }, [port]));
  const read = useAction(useCallback(() => port.read(sourceFromValue(source)), [port, source]));

  useEffect(() => {
    void load.run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the pane opens
  }, []);

  const data = read.result;
  return (
    <Panel intro={t('control.intro')}>
      <Field label={t('control.source')} hint={t('control.source.hint')}>
        <Select value={source} onChange={(_, d) => setSource(d.value)} data-testid="control-source">
          <option value="selection">{t('control.source.selection')}</option>
          {tables.map((tb) => (
            <option key={`t-${tb.name}`} value={`table:${tb.name}`}>
              {t('control.source.table', { name: tb.name, sheet: tb.sheet, rows: tb.rowCount })}
            </option>
          ))}
          {sheets.map((s) => (
            <option key={`s-${s.name}`} value={`sheet:${s.name}`}>{t('control.source.sheet', { name: s.name })}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void read.run()} disabled={read.busy} aria-describedby={resultId}>
          {t('control.read')}
        </Button>
        <Button disabled title={t('common.comingSoon')}>{t('control.run')}</Button>
      </div>
      <div id={resultId} role="status" aria-live="polite" data-testid="control-result">
        {read.busy ? <Spinner size="tiny" label={t('common.busy')} /> : null}
        {data && !read.busy ? (
          <Text>
            {data.values.length > 0
              ? t('common.rowsRead', { rows: data.values.length, columns: data.values[0]?.length ?? 0, address: `${data.sheet}!${data.address}` })
              : t('common.nothingRead', { address: `${data.sheet}!${data.address}` })}
          </Text>
        ) : null}
      </div>
      {load.error ?? read.error ? (
        <MessageBar intent="error"><MessageBarBody>{load.error ?? read.error}</MessageBarBody></MessageBar>
      ) : null}
      <Text size={200} className={styles.muted}>{t('common.comingSoon')}</Text>
    </Panel>
  );
}
