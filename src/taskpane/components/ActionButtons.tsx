/** The pane's actions. Buttons that do not apply to the current state are disabled, not hidden, so the layout stays put. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../SettingsContext';

export interface ActionState {
  busy: boolean;
  canFill: boolean;
  canHighlight: boolean;
  canReport: boolean;
}

export interface ActionHandlers {
  onCheck(): void;
  onFill(): void;
  onHighlight(): void;
  onClearMarks(): void;
  onReport(): void;
}

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  primary: { flexBasis: '100%' },
});

export function ActionButtons(props: ActionState & ActionHandlers) {
  const t = useT();
  const styles = useStyles();
  const { busy } = props;
  return (
    <div role="group" aria-label={t.actionsLabel} className={styles.group}>
      <Button appearance="primary" className={styles.primary} disabled={busy} onClick={props.onCheck}>
        {t.check}
      </Button>
      <Button disabled={busy || !props.canFill} onClick={props.onFill}>
        {t.fill}
      </Button>
      <Button disabled={busy || !props.canHighlight} onClick={props.onHighlight}>
        {t.highlight}
      </Button>
      <Button disabled={busy} onClick={props.onClearMarks}>
        {t.clearMarks}
      </Button>
      <Button disabled={busy || !props.canReport} onClick={props.onReport}>
        {t.report}
      </Button>
    </div>
  );
}
