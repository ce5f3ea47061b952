/** The pane inside Excel: scope, actions, progress, messages, then findings / tables / settings. */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { splitFill } from '../fillPlan';
import { useSettings, useT } from '../SettingsContext';
import { useExcelPane, type PaneDeps } from '../useExcelPane';
import { ActionButtons } from './ActionButtons';
import { CheckProgress } from './CheckProgress';
import { FillDialog } from './FillDialog';
import { FindingsPanel } from './FindingsPanel';
import { LiveRegion } from './LiveRegion';
import { Notices } from './Notices';
import { PaneHeader } from './PaneHeader';
import { PaneTabs } from './PaneTabs';
import { ScopePicker } from './ScopePicker';
import { SettingsPanel } from './SettingsPanel';
import { TablesPanel } from './TablesPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
});

export function ExcelPane(props: PaneDeps) {
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const pane = useExcelPane(props);
  const [tab, setTab] = useState('findings');
  const { analysis } = pane;
  const last = pane.notices[pane.notices.length - 1];

  return (
    <main className={styles.root} lang={lang}>
      <PaneHeader />
      <ScopePicker value={pane.scope} onChange={pane.setScope} disabled={pane.busy} />
      <ActionButtons
        busy={pane.busy}
        canFill={(analysis?.fill.length ?? 0) > 0}
        canHighlight={(analysis?.findings.length ?? 0) > 0}
        canReport={analysis !== null && (analysis.findings.length > 0 || analysis.tables.length > 0)}
        onCheck={pane.check}
        onFill={pane.fill}
        onHighlight={pane.highlight}
        onClearMarks={pane.clearMarks}
        onReport={pane.report}
      />
      {pane.running && <CheckProgress progress={pane.progress} onCancel={pane.cancel} />}
      <Notices notices={pane.notices} onDismiss={pane.dismiss} />
      {pane.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.staleSettings}</MessageBarBody>
        </MessageBar>
      )}
      <LiveRegion message={last ? last.text(t) : ''} />
      <PaneTabs
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            value: 'findings',
            label: t.tabFindings(analysis?.findings.length ?? 0),
            render: () => (
              <>
                <h2 className={styles.heading}>{t.findingsHeading}</h2>
                {analysis ? (
                  <FindingsPanel key={pane.runId} findings={analysis.findings} onSelect={pane.select} onPolarity={pane.setPolarity} />
                ) : (
                  <Text>{t.findingsNotYet}</Text>
                )}
              </>
            ),
          },
          {
            value: 'tables',
            label: t.tabTables(analysis?.tables.length ?? 0),
            render: () => (
              <>
                <h2 className={styles.heading}>{t.tablesHeading}</h2>
                <TablesPanel tables={analysis?.tables ?? []} overrides={pane.overrides} onOverride={pane.correct} busy={pane.busy} />
              </>
            ),
          },
          { value: 'settings', label: t.tabSettings, render: () => <SettingsPanel /> },
        ]}
      />
      {pane.consent && analysis && (
        <FillDialog
          items={pane.consent}
          directCount={splitFill(analysis.fill).direct.length}
          onConfirm={(c) => void pane.writeFill(c)}
          onCancel={pane.cancelFill}
        />
      )}
    </main>
  );
}
