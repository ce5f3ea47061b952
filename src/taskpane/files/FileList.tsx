/** The opened files: status, counts, the reader's reason for a failed file, and per-file actions. */
import { useEffect, useRef } from 'react';
import { Badge, Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/settings';
import { local, type FileStrings } from '../../present/catalog';
import { countFindings, type FileEntry, type FileStatus } from './state';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  reason: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const BADGE: Record<FileStatus, 'informative' | 'brand' | 'success' | 'danger'> = {
  queued: 'informative',
  reading: 'brand',
  checking: 'brand',
  done: 'success',
  failed: 'danger',
};

export interface FileListProps {
  files: FileEntry[];
  lang: Lang;
  t: FileStrings;
  busy: ReadonlySet<string>;
  /** File whose open button gets the focus (the one the user comes back from). */
  focus?: string;
  onOpen(id: string): void;
  onDownload(id: string): void;
  onRemove(id: string): void;
}

export function FileList({ files, lang, t, busy, focus, onOpen, onDownload, onRemove }: FileListProps) {
  const styles = useStyles();
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), [focus]);
  if (files.length === 0) return <Text>{t.empty}</Text>;
  return (
    <ul className={styles.list} aria-label={t.fileList}>
      {files.map((f) => {
        const c = countFindings(f.result);
        const working = f.status === 'reading' || f.status === 'checking';
        return (
          <li key={f.id} className={styles.item} data-file={f.name} data-status={f.status}>
            <div className={styles.head}>
              <Text className={styles.name}>{f.name}</Text>
              <Badge appearance="tint" color={BADGE[f.status]} data-role="status">
                {t.status[f.status]}
              </Badge>
              {working && <Spinner size="extra-tiny" aria-hidden />}
            </div>
            {f.status === 'done' && (
              <Text data-role="counts">
                {t.tables(c.tables)} · {t.errors(c.errors)} · {t.warnings(c.warnings)}
              </Text>
            )}
            {f.status === 'failed' && f.reason && (
              <Text className={styles.reason} role="note" data-role="reason">
                {local(f.reason, lang)}
              </Text>
            )}
            <div className={styles.actions}>
              {f.status === 'done' && (
                <>
                  <Button size="small" ref={f.id === focus ? back : undefined} aria-label={t.open(f.name)} onClick={() => onOpen(f.id)}>
                    {t.openShort}
                  </Button>
                  <Button size="small" appearance="primary" disabled={busy.has(f.id)} onClick={() => onDownload(f.id)}>
                    {busy.has(f.id) ? t.preparing : t.downloadAnnotated}
                  </Button>
                </>
              )}
              <Button size="small" appearance="subtle" aria-label={t.remove(f.name)} onClick={() => onRemove(f.id)}>
                ✕
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
