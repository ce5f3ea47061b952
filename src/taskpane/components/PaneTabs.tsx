/** Tabs with their panel: only the selected panel is rendered (cheap on old laptops). */
import { Tab, TabList, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../SettingsContext';

export interface PaneTab {
  value: string;
  label: string;
  render: () => ReactNode;
}

const useStyles = makeStyles({
  list: { flexWrap: 'wrap' },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export function PaneTabs(props: { tabs: PaneTab[]; selected: string; onSelect: (v: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const base = useId('pane-tab');
  const current = props.tabs.find((x) => x.value === props.selected) ?? props.tabs[0];
  return (
    <>
      <TabList
        className={styles.list}
        size="small"
        aria-label={t.tabsLabel}
        selectedValue={current.value}
        onTabSelect={(_, d) => props.onSelect(String(d.value))}
      >
        {props.tabs.map((x) => (
          <Tab key={x.value} id={`${base}-${x.value}`} value={x.value} aria-controls={`${base}-${x.value}-panel`}>
            {x.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`${base}-${current.value}-panel`} aria-labelledby={`${base}-${current.value}`} className={styles.panel}>
        {current.render()}
      </div>
    </>
  );
}
