/** One checked file: its recognised tables and its findings (read-only; the marked copy carries them back). */
import { useEffect, useRef } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { FindingsPanel } from '../components/FindingsPanel';
import type { Lang } from '../../engine/settings';
import type { TableInfo } from '../../engine/types';
import { CATALOG as STRINGS } from '../../present/catalog';
import type { FileStrings } from '../../present/catalog';
import { countFindings, type FileEntry } from './state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface FileDetailProps {
  entry: FileEntry;
  lang: Lang;
  t: FileStrings;
  busy: boolean;
  onBack(): void;
  onDownload(): void;
}

export function FileDetail({ entry, lang, t, busy, onBack, onDownload }: FileDetailProps) {
  const styles = useStyles();
  const tables = entry.result?.tables ?? [];
  const findings = entry.result?.findings ?? [];
  const c = countFindings(entry.result);
  const heading = useRef<HTMLHeadingElement>(null);
  // The view changed under the keyboard user: start reading at the file's name.
  useEffect(() => heading.current?.focus(), [entry.id]);
  return (
    <section className={styles.root} aria-labelledby="cermat-file-detail">
      <div className={styles.actions}>
        <Button onClick={onBack}>← {t.back}</Button>
        <Button appearance="primary" disabled={busy} onClick={onDownload}>
          {busy ? t.preparing : t.downloadAnnotated}
        </Button>
      </div>
      <h3 id="cermat-file-detail" ref={heading} tabIndex={-1} style={{ margin: 0, wordBreak: 'break-all' }}>
        {entry.name}
      </h3>
      <Text>
        {t.tables(c.tables)} · {t.errors(c.errors)} · {t.warnings(c.warnings)}
      </Text>

      <h4 style={{ margin: 0 }}>{t.tablesHeading}</h4>
      {tables.length === 0 ? <Text>{t.noTables}</Text> : <TableList tables={tables} lang={lang} t={t} />}

      <h4 style={{ margin: 0 }}>{t.findingsHeading}</h4>
      {findings.length === 0 ? (
        <Text>{t.noFindings}</Text>
      ) : (
        // The pane's own list (grouped by severity and rule, filterable); rows are text here, there is no cell to select.
        <div data-role="findings">
          <FindingsPanel findings={findings} />
        </div>
      )}
    </section>
  );
}

function TableList({ tables, lang, t }: { tables: TableInfo[]; lang: Lang; t: FileStrings }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t.tablesHeading}>
      {tables.map((tb) => (
        <li key={`${tb.sheet}!${tb.range}`}>
          <Text className={styles.cell}>
            {tb.sheet}!{tb.range}
          </Text>{' '}
          <Text>
            {tb.title.join(' ') || STRINGS[lang].family[tb.layout]} — {t.tableLine(STRINGS[lang].family[tb.layout], tb.bodyRows)}
            {!tb.checked && ` · ${t.notChecked}`}
          </Text>
        </li>
      ))}
    </ul>
  );
}
