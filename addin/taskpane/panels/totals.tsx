/** The four totals a margin or forecast shows (revenue, payroll cost, margin, margin %), shared by both tabs. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Sums } from '../engine/margin.js';
import { formatEuro, formatPercent } from '../format.js';
import { useI18n } from '../i18n/language.js';

const useStyles = makeStyles({
  stats: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingVerticalS },
  stat: {
    display: 'flex', flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  statValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});

function Stat(props: { label: string; value: string; testId?: string | undefined }) {
  const styles = useStyles();
  return (
    <div className={styles.stat}>
      <Text size={200}>{props.label}</Text>
      <span className={styles.statValue} data-testid={props.testId}>{props.value}</span>
    </div>
  );
}

/** Test ids of the figures, per tab. */
export interface TotalsTestIds {
  revenue?: string;
  cost?: string;
  margin?: string;
  percent?: string;
}

export function Totals(props: { sums: Omit<Sums, 'hours'>; testId: string; ids: TotalsTestIds }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const s = props.sums;
  return (
    <div className={styles.stats} data-testid={props.testId}>
      <Stat label={t('margin.revenue')} value={formatEuro(s.revenue, lang)} testId={props.ids.revenue} />
      <Stat label={t('margin.cost')} value={formatEuro(s.cost, lang)} testId={props.ids.cost} />
      <Stat label={t('margin.margin')} value={formatEuro(s.margin, lang)} testId={props.ids.margin} />
      <Stat label={t('margin.percent')} value={s.marginPercent !== undefined ? formatPercent(s.marginPercent, lang) : '—'} testId={props.ids.percent} />
    </div>
  );
}
