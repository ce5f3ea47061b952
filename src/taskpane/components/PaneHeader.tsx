/** The pane's title (the page's only h1) and tagline. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../SettingsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  tagline: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function PaneHeader() {
  const t = useT();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      <Text className={styles.tagline}>{t.appTagline}</Text>
    </header>
  );
}
