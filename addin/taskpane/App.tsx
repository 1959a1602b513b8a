/**
 * The task pane: Office-like theme, a header, tabs with their panels. Talks to the workbook only
 * through the WorkbookPort given by the entry (Excel in Office, the fake in the preview).
 */
import {
  FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { WorkbookPort } from '../office/port.js';
import { features, type FeatureId } from './features.js';
import {
  I18nProvider, loadLanguageChoice, saveLanguageChoice, useI18n, type LanguageChoice,
} from './i18n/language.js';
import { SettingsProvider } from './settings.js';
import { WorkbookProvider, useWorkbook, type HostKind } from './workbook.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  tabs: {
    flexWrap: 'wrap',
    columnGap: 0,
    rowGap: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    flexGrow: 1,
  },
  footer: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

function Shell() {
  const { t, lang } = useI18n();
  const { host } = useWorkbook();
  const styles = useStyles();
  const [selected, setSelected] = useState<FeatureId>('control');
  // A tab's panel is made on its first visit and then kept (hidden), so results survive a look at another tab.
  const [visited, setVisited] = useState<ReadonlySet<FeatureId>>(() => new Set(['control']));
  const select = useCallback((id: FeatureId) => {
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('app.title')}</h1>
        <Text size={200}>{t('app.subtitle')}</Text>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, d) => select(d.value as FeatureId)}
        size="small"
        aria-label={t('app.tabs')}
      >
        {features.map((f) => (
          <Tab key={f.id} id={`tab-${f.id}`} value={f.id} aria-controls={`panel-${f.id}`} data-testid={`tab-${f.id}`}>
            {t(f.label)}
          </Tab>
        ))}
      </TabList>
      <main className={styles.body}>
        {features.map((f) =>
          visited.has(f.id) ? (
            <section key={f.id} id={`panel-${f.id}`} role="tabpanel" aria-labelledby={`tab-${f.id}`} tabIndex={0} hidden={f.id !== selected}>
              <f.Panel />
            </section>
          ) : null,
        )}
      </main>
      <footer className={styles.footer}>
        <Text size={100} data-testid="host">{t(host === 'excel' ? 'host.excel' : 'host.preview')}</Text>
      </footer>
    </div>
  );
}

export interface AppProps {
  port: WorkbookPort;
  host: HostKind;
  /** Office.context.displayLanguage ("nl-NL"), or the browser's language in the preview. */
  displayLanguage: string | undefined;
}

export function App({ port, host, displayLanguage }: AppProps) {
  const [choice, setChoice] = useState<LanguageChoice>(loadLanguageChoice);
  const onChoice = useCallback((next: LanguageChoice) => {
    saveLanguageChoice(next);
    setChoice(next);
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider choice={choice} displayLanguage={displayLanguage} onChoice={onChoice}>
        <WorkbookProvider port={port} host={host}>
          <SettingsProvider>
            <Shell />
          </SettingsProvider>
        </WorkbookProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
