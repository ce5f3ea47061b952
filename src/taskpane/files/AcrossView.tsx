/**
 * "Bandingkan antarberkas": every checked file compared with the others, as `cermat check --across`
 * does; the findings join each file's own list (FileSession.across). UI only.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/settings';
import { CATALOG as STRINGS } from '../../present/catalog';
import type { FileSession, Snapshot } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export function AcrossView({ session, snapshot, lang }: { session: FileSession; snapshot: Snapshot; lang: Lang }) {
  const styles = useStyles();
  const w = STRINGS[lang].compare;
  const done = snapshot.files.files.filter((f) => f.status === 'done').map((f) => f.id);
  const a = snapshot.across;
  const current = !!a && a.ids.length === done.length && done.every((id) => a.ids.includes(id));
  if (done.length < 2 && !a) return null;
  return (
    <section className={styles.root} aria-labelledby="cermat-across-title" data-role="across">
      <h3 id="cermat-across-title" style={{ margin: 0 }}>
        {w.acrossTitle}
      </h3>
      <Text>{w.acrossIntro}</Text>
      <Button appearance="secondary" disabled={done.length < 2 || a?.status === 'running'} onClick={() => void session.across()}>
        {a?.status === 'running' ? w.acrossRunning : w.acrossRun(done.length)}
      </Button>
      {a?.status === 'done' && (
        <Text role="status" data-role="across-result">
          {current ? (a.found ? w.acrossFound(a.found, a.ids.length) : w.acrossNone(a.ids.length)) : w.acrossStale}
        </Text>
      )}
      {a?.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{w.acrossFailed(a.error ?? '')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
