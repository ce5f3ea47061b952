/**
 * Bandingkan: two of the checked files compared as an old and a new version (engine/compare.ts,
 * run in the worker). UI only: the rows come from present/changes.ts, the words from the catalog.
 */
import { useState } from 'react';
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../../engine/settings';
import { CATALOG as STRINGS, local } from '../../present/catalog';
import { changeRow } from '../../present/changes';
import { CHANGES, type FileSession, type Snapshot } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pickers: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  cell: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
});

export function CompareView({ session, snapshot, lang }: { session: FileSession; snapshot: Snapshot; lang: Lang }) {
  const styles = useStyles();
  const w = STRINGS[lang].compare;
  const checked = snapshot.files.files.filter((f) => f.status === 'done');
  const [older, setOlder] = useState('');
  const [newer, setNewer] = useState('');
  const c = snapshot.comparison;
  const listed = (id: string) => checked.some((f) => f.id === id);
  const ready = listed(older) && listed(newer);
  const shown = c && c.older === older && c.newer === newer ? c : undefined;
  const busy = snapshot.downloads.busy.has(CHANGES);

  const picker = (label: string, value: string, set: (id: string) => void, role: string) => (
    <Field label={label}>
      <Select value={listed(value) ? value : ''} onChange={(_, d) => set(d.value)} data-role={role}>
        <option value="">{w.choose}</option>
        {checked.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.root} aria-labelledby="cermat-compare-title" data-role="compare">
      <h3 id="cermat-compare-title" style={{ margin: 0 }}>
        {w.title}
      </h3>
      <Text>{w.intro}</Text>
      {checked.length < 2 ? (
        <Text data-role="compare-not-ready">{w.notReady}</Text>
      ) : (
        <div className={styles.pickers}>
          {picker(w.pickOld, older, setOlder, 'compare-old')}
          {picker(w.pickNew, newer, setNewer, 'compare-new')}
          <Button appearance="primary" disabled={!ready || shown?.status === 'running'} onClick={() => void session.compare(older, newer)}>
            {shown?.status === 'running' ? w.running : w.run}
          </Button>
        </div>
      )}
      {shown?.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{w.failed(typeof shown.error === 'string' ? shown.error : shown.error ? local(shown.error, lang) : '')}</MessageBarBody>
        </MessageBar>
      )}
      {shown?.status === 'done' && shown.changes && (
        <>
          <div className={styles.pickers}>
            <Text role="status" data-role="compare-count">
              {shown.changes.length > 0 ? w.count(shown.changes.length) : shown.uncompared?.length ? w.noneCompared : w.none}
            </Text>
            {shown.changes.length > 0 && (
              <Button disabled={busy} onClick={() => void session.downloadChanges(lang)}>
                {busy ? STRINGS[lang].files.preparing : w.download}
              </Button>
            )}
          </div>
          {!!shown.uncompared?.length && (
            <Text data-role="compare-uncompared">
              {w.notCompared(shown.uncompared.length, `${shown.uncompared.slice(0, 5).join(', ')}${shown.uncompared.length > 5 ? ' …' : ''}`)}
            </Text>
          )}
          {shown.changes.length > 0 && (
            <Table size="small" aria-labelledby="cermat-compare-title" data-role="changes">
              <TableHeader>
                <TableRow>
                  {[w.entity, w.change, w.old, w.new, w.oldCell, w.newCell].map((h) => (
                    <TableHeaderCell key={h}>{h}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.changes.map((change, i) => {
                  const r = changeRow(change, lang);
                  return (
                    <TableRow key={i}>
                      <TableCell>{r.kode ? `${r.kode} ${r.entity}` : r.entity}</TableCell>
                      <TableCell>{[r.change, r.figure].filter(Boolean).join(', ')}</TableCell>
                      <TableCell>{r.old}</TableCell>
                      <TableCell>{r.new}</TableCell>
                      <TableCell className={styles.cell}>{r.oldCell}</TableCell>
                      <TableCell className={styles.cell}>{r.newCell}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
