/** The rows whose polarity the user set (from capaian findings), each removable, and "remove all". */
import { Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { sortedOverrides, withPolarity } from '../polarity';
import { useSettings, useT } from '../SettingsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  entry: { minWidth: 0, wordBreak: 'break-word' },
  all: { alignSelf: 'flex-start' },
});

export function PolarityOverrides() {
  const t = useT();
  const { settings, update } = useSettings();
  const styles = useStyles();
  const headingId = useId('polarity-heading');
  const entries = sortedOverrides(settings.polarity);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.polarityHeading}
      </h3>
      <span className={styles.hint}>{entries.length > 0 ? t.polarityHint : t.polarityNone}</span>
      {entries.length > 0 && (
        <>
          <ul className={styles.list}>
            {entries.map((e) => (
              <li key={e.key} className={styles.item}>
                <span className={styles.entry}>{t.polarityEntry(e.sheet, e.row, e.polarity)}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={t.polarityRemoveLabel(e.sheet, e.row)}
                  onClick={() => update((s) => ({ polarity: withPolarity(s.polarity, e.key, null) }))}
                >
                  {t.remove}
                </Button>
              </li>
            ))}
          </ul>
          <Button className={styles.all} size="small" aria-label={t.polarityRemoveAllLabel} onClick={() => update({ polarity: undefined })}>
            {t.polarityRemoveAll}
          </Button>
        </>
      )}
    </section>
  );
}
