/**
 * Profiles (issue 8 §1): hirer pay profiles kept in the workbook (setting key "profiles",
 * validated with core's hirerPayProfileSchema when it lands). Foundation: reading the stored list.
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { useI18n } from '../i18n/language.js';
import { useAction, useWorkbook } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';

export const PROFILES_KEY = 'profiles';

export function ProfilesPanel() {
  const { t } = useI18n();
  const { port } = useWorkbook();
  const styles = usePanelStyles();
  const load = useAction(useCallback(async () => {
    const stored = await port.getSetting<unknown[]>(PROFILES_KEY);
    return Array.isArray(stored) ? stored : [];
  }, [port]));
  useEffect(() => {
    void load.run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit of the tab
  }, []);
  const count = load.result?.length;
  return (
    <Panel intro={t('profiles.intro')}>
      <div role="status" data-testid="profiles-status">
        {count === undefined ? null : <Text>{count === 0 ? t('profiles.none') : t('profiles.count', { count })}</Text>}
      </div>
      {load.error ? <MessageBar intent="error"><MessageBarBody>{load.error}</MessageBarBody></MessageBar> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled title={t('common.comingSoon')}>{t('profiles.new')}</Button>
      </div>
      <Text size={200} className={styles.muted}>{t('common.comingSoon')}</Text>
    </Panel>
  );
}
