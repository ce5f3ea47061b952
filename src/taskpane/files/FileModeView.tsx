/**
 * File mode: check workbooks without Excel. Files are read in the browser and checked by the
 * injected Checker (the Web Worker in FileMode.tsx, a fake in tests); nothing is uploaded.
 */
import { useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, ToggleButton, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/settings';
import { useSettings } from '../SettingsContext';
import { DropZone } from './DropZone';
import { FileDetail } from './FileDetail';
import { FileList } from './FileList';
import { FILE_STRINGS } from './i18n';
import type { Checker } from './protocol';
import { countBatch } from './state';
import { SUMMARY, useFileChecks, type FileCheckOptions } from './useFileChecks';

const LANGS: readonly Lang[] = ['id', 'en'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '56rem', margin: '0 auto' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  langs: { display: 'flex', gap: tokens.spacingHorizontalXS },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});

export interface FileModeViewProps {
  checker: Checker;
  options?: FileCheckOptions;
}

/** Language and checking conventions come from the task pane's SettingsProvider (remembered per device). */
export function FileModeView({ checker, options }: FileModeViewProps) {
  const styles = useStyles();
  const { settings, update } = useSettings();
  const lang = settings.lang;
  const t = FILE_STRINGS[lang];
  const checks = useFileChecks(checker, { ...options, settings });
  const { state, downloads } = checks;
  const batch = countBatch(state);
  const opened = state.files.find((f) => f.id === state.open && f.result);
  const [cameBack, setCameBack] = useState<string>();

  return (
    <main className={styles.root} lang={lang} data-mode="files">
      <div className={styles.header}>
        <h1 style={{ margin: 0 }}>{t.title}</h1>
        <div className={styles.langs} role="group" aria-label={t.language}>
          {LANGS.map((l) => (
            <ToggleButton key={l} size="small" checked={lang === l} onClick={() => update({ lang: l })} lang={l}>
              {l === 'id' ? 'Bahasa Indonesia' : 'English'}
            </ToggleButton>
          ))}
        </div>
      </div>
      <Text>{t.intro}</Text>
      <MessageBar intent="info">
        <MessageBarBody data-role="privacy">{t.privacy}</MessageBarBody>
      </MessageBar>

      <DropZone onFiles={checks.add} t={t} />

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
              onClick={() => void checks.downloadSummary(lang)}
            >
              {downloads.busy.has(SUMMARY) ? t.preparing : t.downloadSummary}
            </Button>
            <Button onClick={checks.clear}>{t.clear}</Button>
          </>
        )}
      </div>

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
            checks.open(undefined);
          }}
          onDownload={() => void checks.downloadAnnotated(opened.id, lang)}
        />
      ) : (
        <FileList
          files={state.files}
          lang={lang}
          t={t}
          busy={downloads.busy}
          focus={cameBack}
          onOpen={checks.open}
          onDownload={(id) => void checks.downloadAnnotated(id, lang)}
          onRemove={checks.remove}
        />
      )}
    </main>
  );
}
