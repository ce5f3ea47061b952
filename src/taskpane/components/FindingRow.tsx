/**
 * One finding on one line: cell, expected vs found (formatted for the language), and the message.
 * It is a native button when the pane can select cells, so Enter and Space work without extra code.
 * A ratio.capaian finding can also carry the row's polarity actions (beside the button, never
 * inside it: a button may not hold other buttons).
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatPair } from '../../engine/format';
import type { Finding } from '../../engine/types';
import { effectivePolarity, polarityKey, POLARITY_RULE, type Polarity } from '../polarity';
import { useSettings, useT } from '../SettingsContext';
import { hasRuleDoc, RuleDocLink } from './RuleDoc';
import { parseSheetRef } from '../../engine/address';

export type PolarityHandler = (f: Finding, value: Polarity | null) => void;

const useStyles = makeStyles({
  item: {
    display: 'block',
    width: '100%',
    // The padding inside the 100 %: at 320 px a row must not push the pane into horizontal scrolling.
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  values: { color: tokens.colorNeutralForeground2 },
  message: { display: 'block', wordBreak: 'break-word' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  /** The row above loses its own rule so the actions read as part of it. */
  joined: { borderBottom: 'none' },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * The other copies a cross-table finding names ("'Tabel 3.1'!E12"): one click selects that cell in
 * Excel; in file mode (no selecting) they are listed as text. A copy in another file stays text.
 */
function OtherCopies(props: { finding: Finding; onSelect?: (f: Finding) => void; last: boolean }) {
  const { finding: f, onSelect } = props;
  const t = useT();
  const styles = useStyles();
  const refs = f.related.filter((r) => r.includes('!'));
  if (refs.length === 0) return null;
  return (
    <div role="group" aria-label={t.relatedLabel} className={mergeClasses(styles.actions, !props.last && styles.joined)}>
      <span className={styles.note}>{t.relatedLabel}:</span>
      {refs.map((r) => {
        const at = parseSheetRef(r);
        return at && onSelect ? (
          <Button key={r} size="small" appearance="transparent" title={t.goToCell(r)} onClick={() => onSelect({ ...f, sheet: at.sheet, cell: at.cell })}>
            {r}
          </Button>
        ) : (
          <span key={r}>{r}</span>
        );
      })}
    </div>
  );
}

/** "Lower is better" (or the reverse) for the row of a capaian finding, and "back to automatic" once set. */
function PolarityActions(props: { finding: Finding; onPolarity: PolarityHandler }) {
  const { finding: f, onPolarity } = props;
  const t = useT();
  const { polarity: overrides } = useSettings().settings;
  const styles = useStyles();
  const key = polarityKey(f.sheet, f.cell);
  if (!key) return null;
  const { polarity, overridden } = effectivePolarity(f, overrides);
  const flip: Polarity = polarity === 'lower' ? 'higher' : 'lower';
  const row = Number(key.slice(key.lastIndexOf('!') + 1));
  return (
    <div role="group" aria-label={t.polarityGroup(row)} className={styles.actions}>
      {/* Always mounted, so screen readers hear the choice take effect. */}
      <span className={styles.note} aria-live="polite">
        {overridden ? t.polaritySetNote(polarity) : ''}
      </span>
      <Button size="small" appearance="transparent" onClick={() => onPolarity(f, flip)}>
        {t.polarityChoice[flip]}
      </Button>
      {overridden && (
        <Button size="small" appearance="transparent" onClick={() => onPolarity(f, null)}>
          {t.polarityAuto}
        </Button>
      )}
    </div>
  );
}

export function FindingRow(props: { finding: Finding; showSheet: boolean; onSelect?: (f: Finding) => void; onPolarity?: PolarityHandler }) {
  const { finding: f, onSelect, onPolarity } = props;
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const where = props.showSheet ? `${f.sheet}!${f.cell}` : f.cell;
  const parts: string[] = [];
  const pair = formatPair(f.expected, f.actual, lang);
  if (f.expected !== null) parts.push(`${t.expected} ${pair.expected}`);
  if (f.actual !== null) parts.push(`${t.found} ${pair.actual}`);
  const body = (
    <>
      <span className={styles.cell}>{where}</span>
      {parts.length > 0 && <span className={styles.values}>{parts.join(' · ')}</span>}
      <span className={styles.message}>{f.message[lang]}</span>
    </>
  );
  const actions = onPolarity && f.rule === POLARITY_RULE ? <PolarityActions finding={f} onPolarity={onPolarity} /> : null;
  const doc = hasRuleDoc(f.rule) ? <RuleDocLink rule={f.rule} last={!actions} /> : null;
  const copies = f.rule.startsWith('cross.') ? <OtherCopies finding={f} onSelect={onSelect} last={!doc && !actions} /> : null;
  const joined = actions || doc || copies ? styles.joined : undefined;
  if (!onSelect) {
    return (
      <>
        <div className={mergeClasses(styles.item, joined)}>{body}</div>
        {copies}
        {doc}
        {actions}
      </>
    );
  }
  return (
    <>
      <button type="button" className={mergeClasses(styles.item, styles.clickable, joined)} title={t.goToCell(where)} onClick={() => onSelect(f)}>
        {body}
      </button>
      {copies}
      {doc}
      {actions}
    </>
  );
}
