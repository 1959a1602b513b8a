/** Forecast (issue 8 §1): weeks ahead → forecast table or a =BO.FORECAST formula. Foundation: the inputs. */
import { Button, Field, Radio, RadioGroup, SpinButton, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/language.js';
import { Panel, usePanelStyles } from './layout.js';

export type ForecastOutput = 'values' | 'formula';

export function ForecastPanel() {
  const { t } = useI18n();
  const styles = usePanelStyles();
  const [weeks, setWeeks] = useState(8);
  const [output, setOutput] = useState<ForecastOutput>('values');
  return (
    <Panel intro={t('forecast.intro')}>
      <Field label={t('forecast.weeks')}>
        <SpinButton
          value={weeks}
          min={1}
          max={52}
          onChange={(_, d) => {
            const next = d.value ?? Number(d.displayValue);
            if (Number.isInteger(next) && next >= 1 && next <= 52) setWeeks(next);
          }}
        />
      </Field>
      <Field label={t('forecast.output')}>
        <RadioGroup value={output} onChange={(_, d) => setOutput(d.value as ForecastOutput)}>
          <Radio value="values" label={t('forecast.output.values')} />
          <Radio value="formula" label={t('forecast.output.formula')} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled>{t('forecast.build')}</Button>
      </div>
    </Panel>
  );
}
