/** Outside Excel: the browser file mode (loaded lazily by the caller) plus the settings. */
import { Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useState, type ReactNode } from 'react';
import { useT } from '../SettingsContext';
import { PaneHeader } from './PaneHeader';
import { PaneTabs } from './PaneTabs';
import { SettingsPanel } from './SettingsPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
});

/** While the file-mode chunk downloads (slow connections): an indeterminate bar, not a blank pane. */
function Loading(props: { label: string }) {
  return (
    <Field label={props.label}>
      <ProgressBar />
    </Field>
  );
}

export function FileModeShell(props: { renderFileMode?: () => ReactNode }) {
  const t = useT();
  const styles = useStyles();
  const [tab, setTab] = useState('files');
  const render = props.renderFileMode;
  return (
    <main className={styles.root}>
      <PaneHeader />
      <PaneTabs
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            value: 'files',
            label: t.tabFiles,
            render: () => (render ? <Suspense fallback={<Loading label={t.loading} />}>{render()}</Suspense> : <Text>{t.notInExcel}</Text>),
          },
          { value: 'settings', label: t.tabSettings, render: () => <SettingsPanel fileMode /> },
        ]}
      />
    </main>
  );
}
