/** Progress of a running check, with Cancel. Reading is the first half of the bar, analysis the second. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckProgress as Progress } from '../checkRunner';
import type { Catalog as Strings } from '../../present/catalog';
import { useT } from '../SettingsContext';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
});

function describe(p: Progress | null, t: Strings): { text: string; value: number | undefined } {
  if (!p) return { text: t.working, value: undefined };
  if (p.phase === 'reading') {
    return { text: t.reading(p.done, p.total), value: p.total > 0 ? Math.min(1, p.done / p.total) * 0.5 : undefined };
  }
  return { text: t.analysing(p.index + 1, p.count, p.sheet), value: 0.5 + (p.index / Math.max(1, p.count)) * 0.5 };
}

export function CheckProgress(props: { progress: Progress | null; onCancel?: () => void }) {
  const t = useT();
  const styles = useStyles();
  const { text, value } = describe(props.progress, t);
  return (
    <div className={styles.row}>
      <Field className={styles.bar} label={t.progressLabel} hint={text}>
        <ProgressBar value={value} max={1} thickness="large" />
      </Field>
      {props.onCancel && <Button onClick={props.onCancel}>{t.cancel}</Button>}
    </div>
  );
}
