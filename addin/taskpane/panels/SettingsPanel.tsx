/**
 * Settings (issue 8 §1): language (the user's, kept in the pane), CAO and policy overrides (the
 * workbook's, kept in its custom XML part and used by every check), and where each figure comes
 * from (core's explain on today's date with these choices).
 */
import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Subtitle2, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { toIsoDate, type Cao, type Explanation, type Layer } from '@backofficer/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { costProblems, type CostChoices } from '../engine/margin.js';
import { EXPLAINED, OVERRIDABLE, explainAll, overrideProblem, ruleSetOf, type OverridableName, type Overrides } from '../engine/rules.js';
import { deadlineWords, formatEuro, formatPercent } from '../format.js';
import { useI18n, type LanguageChoice } from '../i18n/language.js';
import type { Lang, MessageKey } from '../i18n/messages.js';
import { useWorkbookSettings } from '../settings.js';
import { useAction } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';

const useStyles = makeStyles({
  figures: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  figure: {
    margin: 0,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, fontVariantNumeric: 'tabular-nums' },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  name: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

const LABEL: Record<string, MessageKey> = {
  'policy.hoursDeadline': 'param.policy.hoursDeadline',
  'policy.registrationCutoff': 'param.policy.registrationCutoff',
  'policy.advanceRecoveryWeeks': 'param.policy.advanceRecoveryWeeks',
  'policy.minContractHours': 'param.policy.minContractHours',
  'minimumWage.hourly.21': 'param.minimumWage.hourly.21',
  'holidayAllowance.rate': 'param.holidayAllowance.rate',
  'atw.maxShiftHours': 'param.atw.maxShiftHours',
  'atw.maxWeekHours': 'param.atw.maxWeekHours',
  'atw.dailyRestHours': 'param.atw.dailyRestHours',
  'phase.A.weeks': 'param.phase.A.weeks',
};

const LAYER: Record<Layer, MessageKey> = {
  law: 'layer.law', cao: 'layer.cao', policy: 'layer.policy', agency: 'layer.agency', placement: 'layer.placement',
};

/** A figure as a clerk reads it: euros, a percentage, hours, weeks or a deadline in words. */
function valueText(e: Explanation, lang: Lang, t: (k: MessageKey, p?: Record<string, string | number>) => string): string {
  if (e.unit === 'deadline') return deadlineWords(e.valueText, lang);
  if (e.unit === 'EUR/hour') return t('unit.perHour', { amount: formatEuro(e.valueText, lang) });
  if (e.unit === 'fraction') return formatPercent(e.valueText, lang);
  if (e.unit === 'hours' || e.unit === 'hours per week') return t(e.unit === 'hours' ? 'unit.hours' : 'unit.hoursPerWeek', { n: e.valueText });
  if (e.unit === 'weeks' || e.unit === 'worked weeks') return t(e.unit === 'weeks' ? 'unit.weeks' : 'unit.workedWeeks', { n: e.valueText });
  return `${e.valueText} ${e.unit}`;
}

export function SettingsPanel() {
  const { t, lang, choice, setChoice, displayLanguage } = useI18n();
  const settings = useWorkbookSettings();
  const panel = usePanelStyles();
  const styles = useStyles();
  const [draft, setDraft] = useState<Overrides>(settings.rules.overrides);
  const [saved, setSaved] = useState<string | undefined>();
  // The choice shows at once; the workbook is written behind it.
  const [cao, setCao] = useState<Cao>(settings.rules.cao);
  useEffect(() => setCao(settings.rules.cao), [settings.rules.cao]);

  // The stored overrides arrive after the pane opens; the form follows them until edited.
  useEffect(() => setDraft(settings.rules.overrides), [settings.rules.overrides]);

  const problems = useMemo(() => {
    const out: Partial<Record<OverridableName, string>> = {};
    for (const name of OVERRIDABLE) {
      const p = overrideProblem(name, draft[name] ?? '');
      if (p) out[name] = p[lang];
    }
    return out;
  }, [draft, lang]);

  const [costDraft, setCostDraft] = useState<{ employerSize: string; wga: string; zw: string }>({ employerSize: '', wga: '', zw: '' });
  useEffect(() => setCostDraft({
    employerSize: settings.cost.employerSize ?? '', wga: settings.cost.whk?.wga ?? '', zw: settings.cost.whk?.zw ?? '',
  }), [settings.cost]);
  const costChoices = (d: typeof costDraft): CostChoices => ({
    ...(d.employerSize ? { employerSize: d.employerSize } : {}),
    ...(d.wga.trim() || d.zw.trim() ? { whk: { wga: d.wga.trim(), zw: d.zw.trim() } } : {}),
  });
  const costTouched = costDraft.employerSize !== '' || costDraft.wga !== '' || costDraft.zw !== '';
  const costIssues = useMemo(
    () => (costTouched ? costProblems(costChoices(costDraft), toIsoDate(new Date()), settings.rules.cao) : {}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- costChoices is a pure helper
    [costDraft, costTouched, settings.rules.cao],
  );
  const saveCost = useAction(useCallback(async (d: typeof costDraft) => {
    await settings.saveCost(costChoices(d));
    setSaved(t('settings.cost.saved'));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- costChoices is a pure helper
  }, [settings, t]));

  const saveCao = useAction(useCallback(async (cao: Cao) => {
    await settings.saveCao(cao);
    setSaved(t('settings.cao.saved', { cao }));
  }, [settings, t]));

  const saveOverrides = useAction(useCallback(async (next: Overrides) => {
    const clean: Overrides = {};
    for (const name of OVERRIDABLE) if (next[name]?.trim()) clean[name] = next[name]!.trim();
    await settings.saveOverrides(clean);
    setSaved(t(Object.keys(clean).length > 0 ? 'settings.overrides.saved' : 'settings.overrides.reset'));
  }, [settings, t]));

  const today = toIsoDate(new Date());
  const rules = useMemo(() => ruleSetOf(settings.rules), [settings.rules]);
  const figures = useMemo(() => explainAll(EXPLAINED, today, rules), [today, rules]);
  const base = useMemo(() => ruleSetOf({ cao: settings.rules.cao, overrides: {} }), [settings.rules.cao]);
  const defaults = useMemo(() => new Map(explainAll(OVERRIDABLE, today, base).map((e) => [e.name, e])), [today, base]);
  const hasProblems = Object.keys(problems).length > 0;
  const changed = OVERRIDABLE.some((n) => (draft[n] ?? '').trim() !== (settings.rules.overrides[n] ?? ''));

  return (
    <Panel>
      <Field label={t('settings.language')}>
        <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value as LanguageChoice)} data-testid="settings-language">
          <Radio value="auto" label={t('settings.language.auto', { language: displayLanguage ?? '—' })} />
          <Radio value="nl" label={t('settings.language.nl')} lang="nl" />
          <Radio value="en" label={t('settings.language.en')} lang="en" />
        </RadioGroup>
      </Field>

      <Field label={t('settings.cao')} hint={t('settings.cao.hint')}>
        <RadioGroup
          value={settings.loaded ? cao : ''}
          disabled={!settings.loaded}
          layout="horizontal"
          onChange={(_, d) => {
            setCao(d.value as Cao);
            void saveCao.run(d.value as Cao);
          }}
        >
          <Radio value="ABU" label="ABU" />
          <Radio value="NBBU" label="NBBU" />
        </RadioGroup>
      </Field>

      <Subtitle2 as="h2" className={panel.heading}>{t('settings.cost')}</Subtitle2>
      <Text size={200} className={panel.muted}>{t('settings.cost.text')}</Text>
      <Field label={t('settings.cost.size')} validationState={costIssues.employerSize ? 'error' : 'none'} validationMessage={costIssues.employerSize?.[lang]}>
        <Select value={costDraft.employerSize} onChange={(_, d) => setCostDraft((x) => ({ ...x, employerSize: d.value }))} data-testid="cost-size">
          <option value="">{t('settings.cost.choose')}</option>
          <option value="small">{t('settings.cost.small')}</option>
          <option value="medium">{t('settings.cost.medium')}</option>
          <option value="large">{t('settings.cost.large')}</option>
        </Select>
      </Field>
      <Field label={t('settings.cost.whk')} hint={costIssues.whk ? undefined : t('settings.cost.whk.hint')}
        validationState={costIssues.whk ? 'error' : 'none'} validationMessage={costIssues.whk?.[lang]}>
        <div className={styles.pair}>
          <Input className={styles.input} value={costDraft.wga} placeholder="2,42%" aria-label={t('settings.cost.wga')}
            contentBefore={<Text size={200}>WGA</Text>} onChange={(_, d) => setCostDraft((x) => ({ ...x, wga: d.value }))} data-testid="cost-wga" />
          <Input className={styles.input} value={costDraft.zw} placeholder="4,13%" aria-label={t('settings.cost.zw')}
            contentBefore={<Text size={200}>ZW</Text>} onChange={(_, d) => setCostDraft((x) => ({ ...x, zw: d.value }))} data-testid="cost-zw" />
        </div>
      </Field>
      <div className={panel.actions}>
        <Button appearance="primary" data-testid="cost-save"
          disabled={!costTouched || Object.keys(costIssues).length > 0 || saveCost.busy} onClick={() => void saveCost.run(costDraft)}>
          {t('settings.cost.save')}
        </Button>
      </div>

      <Subtitle2 as="h2" className={panel.heading}>{t('settings.overrides')}</Subtitle2>
      <Text size={200} className={panel.muted}>{t('settings.overrides.text')}</Text>
      {OVERRIDABLE.map((name) => {
        const d = defaults.get(name);
        const problem = problems[name];
        return (
          <Field
            key={name}
            label={t(LABEL[name]!)}
            validationState={problem ? 'error' : 'none'}
            validationMessage={problem}
            hint={problem ? undefined : d ? t('settings.overrides.default', { words: d.unit === 'deadline' ? `${d.valueText} (${valueText(d, lang, t)})` : valueText(d, lang, t) }) : undefined}
          >
            <Input
              value={draft[name] ?? ''}
              placeholder={d?.valueText}
              onChange={(_, v) => setDraft((x) => ({ ...x, [name]: v.value }))}
              data-testid={`override-${name}`}
            />
          </Field>
        );
      })}
      <div className={panel.actions}>
        <Button appearance="primary" disabled={!changed || hasProblems || saveOverrides.busy} onClick={() => void saveOverrides.run(draft)} data-testid="overrides-save">
          {t('settings.overrides.save')}
        </Button>
        <Button disabled={Object.keys(settings.rules.overrides).length === 0 || saveOverrides.busy} onClick={() => void saveOverrides.run({})}>
          {t('settings.overrides.resetButton')}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="settings-status">
        {saved && !saveCao.busy && !saveOverrides.busy && !saveCost.busy ? <Text size={200}>{saved}</Text> : null}
      </div>
      {saveCao.error ?? saveOverrides.error ?? saveCost.error ?? settings.error ? (
        <MessageBar intent="error"><MessageBarBody>{saveCao.error ?? saveOverrides.error ?? saveCost.error ?? settings.error}</MessageBarBody></MessageBar>
      ) : null}

      <Subtitle2 as="h2" className={panel.heading} id="settings-sources">{t('settings.sources')}</Subtitle2>
      <Text size={200} className={panel.muted}>{t('settings.sources.text', { date: today, cao: settings.rules.cao })}</Text>
      <dl className={styles.figures} data-testid="explained">
        {figures.map((e) => (
          <div key={e.name} className={styles.figure} data-name={e.name}>
            <dt className={styles.term}>{LABEL[e.name] ? t(LABEL[e.name]!) : e.name}</dt>
            <dd className={styles.value}>{valueText(e, lang, t)}</dd>
            <dd className={styles.detail}>
              {t('settings.sources.layer', { layer: t(LAYER[e.layer]), from: e.from, table: e.table })}
              {e.unconfirmed ? <> <Badge size="small" appearance="tint" color="warning">{t('settings.sources.unconfirmed')}</Badge></> : null}
            </dd>
            <dd className={styles.detail}>{t('settings.sources.source', { source: e.source, checked: e.checkedOn })}</dd>
            <dd className={styles.detail}><span className={styles.name}>{e.name}</span></dd>
          </div>
        ))}
      </dl>
      <MessageBar intent="info"><MessageBarBody>{t('settings.privacy')}</MessageBarBody></MessageBar>
    </Panel>
  );
}
