/** Margin (issue 8 §1): week picker → margin overview sheet + native chart. Foundation: the week field. */
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { formatIsoWeek, isoWeekOf, parseIsoWeek } from '@backofficer/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/language.js';
import { errorText } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';

function currentWeek(): string {
  try {
    return formatIsoWeek(isoWeekOf(new Date()));
  } catch {
    return '';
  }
}

export function MarginPanel() {
  const { t, lang } = useI18n();
  const styles = usePanelStyles();
  const [week, setWeek] = useState(currentWeek);
  const problem = useMemo(() => {
    if (week.trim() === '') return undefined;
    try {
      parseIsoWeek(week, t('margin.week'));
      return undefined;
    } catch (e) {
      return errorText(e, lang) ?? t('margin.week.invalid', { value: week });
    }
  }, [week, lang, t]);

  return (
    <Panel intro={t('margin.intro')}>
      <Field
        label={t('margin.week')}
        hint={problem ? undefined : t('margin.week.hint')}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem}
      >
        <Input value={week} onChange={(_, d) => setWeek(d.value)} placeholder="2026-W10" data-testid="margin-week" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled>{t('margin.build')}</Button>
      </div>
    </Panel>
  );
}
