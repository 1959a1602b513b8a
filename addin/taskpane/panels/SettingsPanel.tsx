/** Settings (issue 8 §1): language (the user's), CAO and policy overrides (the workbook's), sources. */
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useI18n, type LanguageChoice } from '../i18n/language.js';
import { useAction, useWorkbook } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';

export const CAO_KEY = 'cao';
export type Cao = 'ABU' | 'NBBU';

export function SettingsPanel() {
  const { t, choice, setChoice, displayLanguage } = useI18n();
  const { port } = useWorkbook();
  const styles = usePanelStyles();
  const [cao, setCao] = useState<Cao | undefined>();
  const load = useAction(useCallback(() => port.getSetting<Cao>(CAO_KEY), [port]));
  const save = useAction(useCallback(async (value: Cao) => {
    await port.setSetting(CAO_KEY, value);
    return value;
  }, [port]));
  useEffect(() => {
    void load.run().then((v) => setCao(v === 'NBBU' ? 'NBBU' : 'ABU'));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit of the tab
  }, []);

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
          value={cao ?? ''}
          disabled={cao === undefined || save.busy}
          layout="horizontal"
          onChange={(_, d) => {
            const next = d.value as Cao;
            setCao(next);
            void save.run(next);
          }}
        >
          <Radio value="ABU" label="ABU" />
          <Radio value="NBBU" label="NBBU" />
        </RadioGroup>
      </Field>
      <div role="status" aria-live="polite">
        {save.result && !save.busy ? <Text size={200}>{t('settings.cao.saved', { cao: save.result })}</Text> : null}
      </div>
      {load.error ?? save.error ? (
        <MessageBar intent="error"><MessageBarBody>{load.error ?? save.error}</MessageBarBody></MessageBar>
      ) : null}
      <Subtitle2 as="h2" className={styles.heading}>{t('settings.sources')}</Subtitle2>
      <Text size={200} className={styles.muted}>{t('settings.sources.text')}</Text>
      <MessageBar intent="info"><MessageBarBody>{t('settings.privacy')}</MessageBarBody></MessageBar>
    </Panel>
  );
}
