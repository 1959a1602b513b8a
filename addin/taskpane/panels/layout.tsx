/** Shared look of the panels: a column of sections with Office spacing. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const usePanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
});

export function Panel(props: { intro?: string; children: ReactNode }) {
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      {props.intro ? <Text as="p" block>{props.intro}</Text> : null}
      {props.children}
    </div>
  );
}
