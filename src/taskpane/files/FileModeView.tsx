/**
 * File mode: check workbooks without Excel. Files are read in the browser and checked by the
 * session's Checker (the Web Worker in FileMode.tsx, a fake in tests); nothing is uploaded.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { analysisKey, fileModeSettings } from '../analysisKey';
import { CATALOG as STRINGS } from '../../present/catalog';
import { useSettings } from '../SettingsContext';
import { SERVE_FROM_WEB } from './failure';
import { AcrossView } from './AcrossView';
import { CompareView } from './CompareView';
import { DropZone } from './DropZone';
import { FileDetail } from './FileDetail';
import { FileList } from './FileList';
import { local } from '../../present/catalog';
import { SUMMARY, type FileSession } from './session';
import { countBatch, staleFiles } from './state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '56rem' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});

/**
 * Rendered inside the pane's shell (its <main>, h1 and Settings tab): language and checking
 * conventions come from the pane's SettingsProvider, the list from the session.
 */
export function FileModeView({ session, protocol = globalThis.location?.protocol }: { session: FileSession; protocol?: string }) {
  const styles = useStyles();
  const { settings } = useSettings();
  const lang = settings.lang;
  const t = STRINGS[lang].files;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { files: state, downloads, replaced } = snapshot;
  const checkSettings = fileModeSettings(settings);
  useEffect(() => {
    session.applySettings(fileModeSettings(settings));
  }, [session, settings]);
  const stale = staleFiles(state, analysisKey(checkSettings)).length > 0;
  const batch = countBatch(state);
  const opened = state.files.find((f) => f.id === state.open && f.result);
  const [cameBack, setCameBack] = useState<string>();

  return (
    <section className={styles.root} aria-labelledby="cermat-files-title" data-mode="files">
      <h2 id="cermat-files-title" className={styles.title}>
        {t.title}
      </h2>
      <Text>{t.intro}</Text>
      <MessageBar intent="info">
        <MessageBarBody data-role="privacy">{t.privacy}</MessageBarBody>
      </MessageBar>
      {protocol === 'file:' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody data-role="served">{local(SERVE_FROM_WEB, lang)}</MessageBarBody>
        </MessageBar>
      )}

      <DropZone onFiles={(list) => void session.add(list)} t={t} />

      <div className={styles.bar}>
        <Text role="status" aria-live="polite" className={styles.grow} data-role="progress">
          {batch.total === 0
            ? ''
            : batch.pending > 0
              ? t.progress(batch.done + batch.failed, batch.total)
              : t.batch(batch.total, batch.errors, batch.warnings, batch.failed)}
        </Text>
        {batch.total > 0 && (
          <>
            <Button
              appearance="primary"
              disabled={batch.pending > 0 || batch.done + batch.failed === 0 || downloads.busy.has(SUMMARY)}
              onClick={() => void session.downloadSummary(lang)}
            >
              {downloads.busy.has(SUMMARY) ? t.preparing : t.downloadSummary}
            </Button>
            <Button onClick={() => session.clear()}>{t.clear}</Button>
          </>
        )}
      </div>

      {replaced && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody data-role="replaced">{t.replaced(replaced)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => session.dismissReplaced()}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody data-role="stale">{STRINGS[lang].staleSettings}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void session.recheck()}>
              {STRINGS[lang].recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {downloads.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.downloadFailed(downloads.error.detail)}</MessageBarBody>
        </MessageBar>
      )}

      {opened ? (
        <FileDetail
          entry={opened}
          lang={lang}
          t={t}
          busy={downloads.busy.has(opened.id)}
          onBack={() => {
            setCameBack(opened.id);
            session.open(undefined);
          }}
          onDownload={() => void session.downloadAnnotated(opened.id, lang)}
        />
      ) : (
        <FileList
          files={state.files}
          lang={lang}
          t={t}
          busy={downloads.busy}
          focus={cameBack}
          onOpen={(id) => session.open(id)}
          onDownload={(id) => void session.downloadAnnotated(id, lang)}
          onRemove={(id) => session.remove(id)}
        />
      )}

      {!opened && session.canAcross && <AcrossView session={session} snapshot={snapshot} lang={lang} />}
      {!opened && session.canCompare && batch.total > 0 && <CompareView session={session} snapshot={snapshot} lang={lang} />}
    </section>
  );
}
