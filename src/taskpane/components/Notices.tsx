/** The pane's messages as Fluent MessageBars, each dismissable. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Notice } from '../notices';
import { useSettings, useT } from '../SettingsContext';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { display: 'block', fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
});

export function Notices(props: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  if (props.notices.length === 0) return null;
  return (
    <div className={styles.list}>
      {props.notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline">
          <MessageBarBody>
            {n.intent === 'error' && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
            {n.text(t)}
            {n.detail && <span className={styles.detail}>{n.detail}</span>}
            {n.local?.map((l, i) => (
              <span key={i} className={styles.detail}>
                {l[lang]}
              </span>
            ))}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={() => props.onDismiss(n.id)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
