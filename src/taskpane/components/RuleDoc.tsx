/**
 * "Penjelasan aturan" / "About this rule" under a finding: the rule id and a small link that opens
 * the rule's page (docs/rules/<id>.md) in a dialog, in the pane's language. The page is fetched
 * only when asked for (ruleDoc.ts) and drawn by the Markdown component, as React elements only.
 * If it cannot be fetched (offline, the page opened from disk) the dialog says so; nothing throws.
 * (A plain alert paragraph, not Fluent's MessageBar, which measures itself with ResizeObserver.)
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
  useRestoreFocusTarget,
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
  titleId: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  content: { maxHeight: '60vh', overflowY: 'auto' },
  failed: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
});

type DocState = { kind: 'loading' } | { kind: 'ready'; markdown: string } | { kind: 'failed' };

/**
 * The dialog with one rule's page; mounted only while open (and keyed by the rule), so the page is
 * fetched only then and a new rule starts from 'loading'.
 */
function RuleDocDialog(props: { rule: string; onClose: () => void }) {
  const { rule, onClose } = props;
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const [doc, setDoc] = useState<DocState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    loadRuleDoc(rule).then(
      (markdown) => live && setDoc({ kind: 'ready', markdown }),
      () => live && setDoc({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [rule]);

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>
            {ruleInfo(rule)?.title[lang] ?? rule}
            <code className={styles.titleId}>{rule}</code>
          </DialogTitle>
          <DialogContent className={styles.content} aria-busy={doc.kind === 'loading'}>
            {doc.kind === 'loading' && <p>{t.loading}</p>}
            {doc.kind === 'failed' && (
              <p role="alert" className={styles.failed}>
                {t.ruleDocFailed}
              </p>
            )}
            {doc.kind === 'ready' && <Markdown source={ruleDocSection(doc.markdown, lang)} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t.ruleDocClose}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * The rule id and the link to its page, as a line under a finding. `last`: this line closes the
 * finding's row (draws its bottom rule). Nothing for an id that has no page. The dialog exists only
 * while open (a list of findings holds one link per row); focus returns to the link when it closes.
 */
export function RuleDocLink(props: { rule: string; last?: boolean }) {
  const { rule, last = true } = props;
  const t = useT();
  const styles = useStyles();
  const idOf = useId('rule-');
  const restoreFocus = useRestoreFocusTarget();
  const [open, setOpen] = useState(false);
  if (!hasRuleDoc(rule)) return null;
  return (
    <div className={mergeClasses(styles.line, last && styles.last)}>
      <span id={idOf} className={styles.id}>
        {rule}
      </span>
      <button type="button" className={styles.link} aria-haspopup="dialog" aria-describedby={idOf} {...restoreFocus} onClick={() => setOpen(true)}>
        {t.ruleDocOpen}
      </button>
      {open && <RuleDocDialog key={rule} rule={rule} onClose={() => setOpen(false)} />}
    </div>
  );
}

/** Whether a rule has a page (FindingRow then lets the link's line close the finding's row). */
export function hasRuleDoc(rule: string): boolean {
  return ruleDocUrl(rule) !== null;
}
