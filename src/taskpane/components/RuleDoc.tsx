/**
 * "Penjelasan aturan" / "About this rule" under a finding: the rule id and a small link that opens
 * the rule's page (docs/rules/<id>.md) in a dialog, in the pane's language. The page is fetched
 * only when asked for (ruleDoc.ts) and drawn by the Markdown component, as React elements only.
 * If it cannot be fetched (offline, the page opened from disk) the dialog says so; nothing throws.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ruleInfo } from '../../engine/rules/registry';
import { loadRuleDoc, ruleDocSection, ruleDocUrl } from '../ruleDoc';
import { useSettings, useT } from '../SettingsContext';
import { Markdown } from './Markdown';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground3,
  },
  /** The row's closing rule, unless the polarity actions follow and draw it. */
  last: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  id: { fontFamily: tokens.fontFamilyMonospace },
  link: {
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  surface: { maxWidth: 'min(640px, calc(100vw - 16px))', padding: tokens.spacingHorizontalM },
  titleId: { display: 'block', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  content: { maxHeight: '60vh', overflowY: 'auto' },
});

type DocState = { kind: 'loading' } | { kind: 'ready'; markdown: string } | { kind: 'failed' };

/** The dialog's body: mounted only while the dialog is open, so the page is fetched only then. */
function RuleDocBody(props: { rule: string }) {
  const { rule } = props;
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const [doc, setDoc] = useState<DocState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    setDoc({ kind: 'loading' });
    loadRuleDoc(rule).then(
      (markdown) => live && setDoc({ kind: 'ready', markdown }),
      () => live && setDoc({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [rule]);

  return (
    <DialogBody>
      <DialogTitle>
        {ruleInfo(rule)?.title[lang] ?? rule}
        <code className={styles.titleId}>{rule}</code>
      </DialogTitle>
      <DialogContent className={styles.content} aria-busy={doc.kind === 'loading'}>
        {doc.kind === 'loading' && <p>{t.loading}</p>}
        {doc.kind === 'failed' && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.ruleDocFailed}</MessageBarBody>
          </MessageBar>
        )}
        {doc.kind === 'ready' && <Markdown source={ruleDocSection(doc.markdown, lang)} />}
      </DialogContent>
      <DialogActions>
        <DialogTrigger disableButtonEnhancement action="close">
          <Button appearance="primary">{t.ruleDocClose}</Button>
        </DialogTrigger>
      </DialogActions>
    </DialogBody>
  );
}

/**
 * The rule id and the link to its page, as a line under a finding. `last`: this line closes the
 * finding's row (draws its bottom rule). Nothing for an id that has no page.
 */
export function RuleDocLink(props: { rule: string; last?: boolean }) {
  const { rule, last = true } = props;
  const t = useT();
  const styles = useStyles();
  const idOf = useId('rule-');
  if (!hasRuleDoc(rule)) return null;
  return (
    <div className={mergeClasses(styles.line, last && styles.last)}>
      <span id={idOf} className={styles.id}>
        {rule}
      </span>
      <Dialog modalType="modal">
        <DialogTrigger disableButtonEnhancement>
          <button type="button" className={styles.link} aria-describedby={idOf}>
            {t.ruleDocOpen}
          </button>
        </DialogTrigger>
        <DialogSurface className={styles.surface}>
          <RuleDocBody rule={rule} />
        </DialogSurface>
      </Dialog>
    </div>
  );
}

/** Whether a rule has a page (FindingRow then lets the link's line close the finding's row). */
export function hasRuleDoc(rule: string): boolean {
  return ruleDocUrl(rule) !== null;
}
