/**
 * Control list (issue 8 §1): pick the hours (the whole workbook, an Excel table, the selection or a
 * sheet), run the shared control list (core controlListFromWorkbook, as the command line does) in
 * the engine worker, show the findings grouped by severity; a finding selects its cell; "mark in
 * sheet" fills the cells; "write findings sheet" writes them out. A new run first clears the marks
 * of the previous one.
 */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Field, MessageBar, MessageBarBody,
  Select, Spinner, Text, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import type { Severity } from '@backofficer/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CellRef, SheetInfo, TableInfo } from '../../office/port.js';
import {
  SEVERITY_FILL, SEVERITY_ORDER, findingsSheetRows, marksOf, type ControlListView, type PaneCell, type PaneFinding,
} from '../engine/control-list.js';
import type { JobRun } from '../engine/client.js';
import { OUTPUT_SHEETS, hoursSourceFromValue, isOutputSheet, readWorkbookInput } from '../engine/sources.js';
import { formatCount, formatSeconds } from '../format.js';
import { useI18n } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { useWorkbookSettings } from '../settings.js';
import { useAction, useWorkbook } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';

/** Findings shown per severity before "show more" (a list of thousands stays quick to draw). */
const PAGE = 50;

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  select: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    backgroundColor: 'transparent',
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  itemSelected: { backgroundColor: tokens.colorNeutralBackground1Selected, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  itemHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
  where: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { display: 'block', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  cause: { fontSize: tokens.fontSizeBase100 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', borderRadius: '2px', marginRight: tokens.spacingHorizontalXS, border: `1px solid ${tokens.colorNeutralStroke1}` },
  headerText: { display: 'flex', alignItems: 'center' },
});

const SEVERITY_GROUP: Record<Severity, MessageKey> = { error: 'control.group.error', warning: 'control.group.warning', info: 'control.group.info' };
const SEVERITY_COUNT: Record<Severity, MessageKey> = { error: 'control.count.error', warning: 'control.count.warning', info: 'control.count.info' };
const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

interface RunResult {
  view: ControlListView;
  run: JobRun<ControlListView>;
  readMs: number;
  cleared: number;
}

function cellText(c: PaneCell): string {
  return `${c.sheet}!${c.address}`;
}

function FindingItem(props: { f: PaneFinding; selected: boolean; onSelect: (f: PaneFinding, cell: PaneCell) => void }) {
  const { f, selected, onSelect } = props;
  const { t, lang } = useI18n();
  const styles = useStyles();
  const target = f.cell ?? f.cause;
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, selected && styles.itemSelected)}
        onClick={() => target && onSelect(f, target)}
        disabled={!target}
        aria-current={selected ? 'true' : undefined}
        data-testid="finding"
        data-code={f.code}
        data-cell={f.cell ? cellText(f.cell) : undefined}
      >
        <span className={styles.itemHead}>
          <span className={styles.where}>{f.cell ? cellText(f.cell) : '—'}</span>
          <span className={styles.code}>{f.code}</span>
        </span>
        <span className={styles.message}>{f.message[lang]}</span>
        {f.cause ? <span className={styles.cause}>{t('control.cause', { cell: cellText(f.cause) })}</span> : null}
      </button>
    </li>
  );
}

export function ControlListPanel() {
  const { t, lang } = useI18n();
  const { port, engine } = useWorkbook();
  const settings = useWorkbookSettings();
  const panel = usePanelStyles();
  const styles = useStyles();
  const [tables, setTables] = useState<TableInfo[]>([]);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [source, setSource] = useState('auto');
  const [progress, setProgress] = useState<string | undefined>();
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });
  const [selected, setSelected] = useState<number | undefined>();
  const [note, setNote] = useState<string | undefined>();

  const load = useAction(useCallback(async () => {
    const [ts, ss] = await Promise.all([port.listTables(), port.listSheets()]);
    setTables(ts.filter((x) => !isOutputSheet(x.sheet)));
    setSheets(ss.filter((s) => s.visible && !isOutputSheet(s.name)));
  }, [port]));

  useEffect(() => {
    void load.run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the pane opens
  }, []);

  const check = useAction(useCallback(async (): Promise<RunResult> => {
    setNote(undefined);
    setSelected(undefined);
    setProgress(t('control.progress.clearing'));
    performance.mark('bo:control:start');
    const cleared = await port.clearHighlights();
    const readStart = performance.now();
    const input = await readWorkbookInput(port, hoursSourceFromValue(source), (p) =>
      setProgress(p.sheet ? t('control.progress.reading', { sheet: p.sheet, done: p.done + 1, total: p.total }) : t('control.progress.checking')));
    const readMs = performance.now() - readStart;
    performance.mark('bo:control:read');
    setProgress(t('control.progress.checking'));
    const run = await engine.run(input, { kind: 'control', rules: settings.rules, profiles: settings.profiles });
    performance.mark('bo:control:checked');
    performance.measure('bo:control:read', 'bo:control:start', 'bo:control:read');
    performance.measure('bo:control:check', 'bo:control:read', 'bo:control:checked');
    setShown({ error: PAGE, warning: PAGE, info: PAGE });
    return { view: run.result, run, readMs, cleared };
  }, [port, engine, source, settings.rules, settings.profiles, t]));

  const result = check.result;
  const groups = useMemo(() => {
    const by: Record<Severity, PaneFinding[]> = { error: [], warning: [], info: [] };
    for (const f of result?.view.findings ?? []) by[f.severity].push(f);
    return by;
  }, [result]);

  const select = useAction(useCallback(async (f: PaneFinding, cell: PaneCell) => {
    setSelected(f.id);
    await port.select(cell);
  }, [port]));

  const mark = useAction(useCallback(async () => {
    if (!result) return;
    const marks = marksOf(result.view.findings);
    await port.highlight(marks);
    setNote(t('control.marked', { cells: formatCount(marks.length, lang) }));
  }, [port, result, t, lang]));

  const clear = useAction(useCallback(async () => {
    const n = await port.clearHighlights();
    setNote(t('control.cleared', { cells: formatCount(n, lang) }));
  }, [port, t, lang]));

  const write = useAction(useCallback(async (): Promise<CellRef | undefined> => {
    if (!result) return undefined;
    const rows = findingsSheetRows(result.view.findings, lang, {
      headers: [
        t('control.sheet.severity'), t('control.sheet.code'), t('control.sheet.sheet'), t('control.sheet.cell'),
        t('control.sheet.week'), t('control.sheet.cause'), t('control.sheet.message'), t('control.sheet.source'),
      ],
      severity: { error: t('control.severity.error'), warning: t('control.severity.warning'), info: t('control.severity.info') },
    });
    const name = OUTPUT_SHEETS.findings[lang];
    const ref = await port.writeSheet(name, { rows, activate: true });
    setNote(t('control.written', { sheet: name, rows: formatCount(rows.length - 1, lang) }));
    return ref;
  }, [port, result, lang, t]));

  const busy = check.busy;
  const error = load.error ?? check.error ?? select.error ?? mark.error ?? write.error ?? clear.error;
  const view = result?.view;

  return (
    <Panel intro={t('control.intro')}>
      <Field label={t('control.source')} hint={t('control.source.hint')}>
        <Select value={source} onChange={(_, d) => setSource(d.value)} data-testid="control-source" disabled={busy} className={styles.select}>
          <option value="auto">{t('control.source.auto')}</option>
          <option value="selection">{t('control.source.selection')}</option>
          {tables.map((tb) => (
            <option key={`t-${tb.name}`} value={`table:${tb.name}`}>
              {t('control.source.table', { name: tb.name, sheet: tb.sheet, rows: formatCount(tb.rowCount, lang) })}
            </option>
          ))}
          {sheets.map((s) => (
            <option key={`s-${s.name}`} value={`sheet:${s.name}`}>{t('control.source.sheet', { name: s.name })}</option>
          ))}
        </Select>
      </Field>
      <div className={panel.actions}>
        <Button appearance="primary" onClick={() => void check.run()} disabled={busy || !settings.loaded} data-testid="control-run">
          {t('control.run')}
        </Button>
      </div>

      <div role="status" aria-live="polite" data-testid="control-status">
        {busy ? <Spinner size="tiny" labelPosition="after" label={progress ?? t('common.busy')} /> : null}
        {!busy && view && result ? (
          <Text data-testid="control-summary">
            {t(view.firstWeek ? 'control.summary.weeks' : 'control.summary', {
              lines: formatCount(view.linesChecked, lang),
              from: view.firstWeek ?? '',
              to: view.lastWeek ?? '',
              seconds: formatSeconds(result.readMs + result.run.totalMs, lang),
            })}
          </Text>
        ) : null}
      </div>

      {!busy && view && result ? (
        <>
          <div className={styles.counts} data-testid="control-counts">
            {SEVERITY_ORDER.map((s) => (
              <Badge key={s} appearance={view.counts[s] > 0 ? 'filled' : 'outline'} color={view.counts[s] > 0 ? BADGE_COLOR[s] : 'subtle'} data-testid={`count-${s}`} data-count={view.counts[s]}>
                {t(SEVERITY_COUNT[s], { count: formatCount(view.counts[s], lang) })}
              </Badge>
            ))}
          </div>
          {result.cleared > 0 ? <Text size={200} className={panel.muted}>{t('control.clearedBefore', { cells: formatCount(result.cleared, lang) })}</Text> : null}
          {view.findings.length > 0 ? (
            <div className={panel.actions}>
              <Button size="small" onClick={() => void mark.run()} disabled={mark.busy} data-testid="control-mark">{t('control.mark')}</Button>
              <Button size="small" onClick={() => void write.run()} disabled={write.busy} data-testid="control-write">{t('control.writeSheet')}</Button>
              <Button size="small" appearance="subtle" onClick={() => void clear.run()} disabled={clear.busy} data-testid="control-clear">{t('control.clear')}</Button>
            </div>
          ) : (
            <MessageBar intent="success"><MessageBarBody>{t('control.clean')}</MessageBarBody></MessageBar>
          )}
          {note ? <Text size={200} role="status" data-testid="control-note">{note}</Text> : null}
          {view.findings.length > 0 ? (
            <Accordion multiple collapsible defaultOpenItems={SEVERITY_ORDER.filter((s) => view.counts[s] > 0).slice(0, 2)}>
              {SEVERITY_ORDER.filter((s) => groups[s].length > 0).map((s) => (
                <AccordionItem key={s} value={s} data-testid={`group-${s}`}>
                  <AccordionHeader size="small">
                    <span className={styles.headerText}>
                      <span className={styles.swatch} style={{ backgroundColor: SEVERITY_FILL[s] }} aria-hidden="true" />
                      {t(SEVERITY_GROUP[s], { count: formatCount(groups[s].length, lang) })}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.list} aria-label={t(SEVERITY_GROUP[s], { count: formatCount(groups[s].length, lang) })}>
                      {groups[s].slice(0, shown[s]).map((f) => (
                        <FindingItem key={f.id} f={f} selected={selected === f.id} onSelect={(x, c) => void select.run(x, c)} />
                      ))}
                    </ul>
                    {groups[s].length > shown[s] ? (
                      <Button appearance="transparent" size="small" onClick={() => setShown((n) => ({ ...n, [s]: n[s] + PAGE * 4 }))}>
                        {t('control.more', { count: formatCount(groups[s].length - shown[s], lang) })}
                      </Button>
                    ) : null}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          ) : null}
          {view.defaults.length > 0 ? (
            <MessageBar intent="info">
              <MessageBarBody>
                <Text weight="semibold" block>{t('control.defaults')}</Text>
                {view.defaults.map((d, i) => <Text key={i} size={200} block>{d[lang]}</Text>)}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Text size={100} className={panel.muted}>
            {t(result.run.where === 'worker' ? 'control.where.worker' : 'control.where.pane')}
          </Text>
        </>
      ) : null}

      {error ? (
        <MessageBar intent="error" data-testid="control-error"><MessageBarBody>{error}</MessageBarBody></MessageBar>
      ) : null}
      {settings.error ? <MessageBar intent="warning"><MessageBarBody>{settings.error}</MessageBarBody></MessageBar> : null}
    </Panel>
  );
}

