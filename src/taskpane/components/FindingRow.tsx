/**
 * One finding on one line: cell, expected vs found (formatted for the language), and the message.
 * It is a native button when the pane can select cells, so Enter and Space work without extra code.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatValue } from '../../engine/format';
import type { Finding } from '../../engine/types';
import { useSettings, useT } from '../SettingsContext';

const useStyles = makeStyles({
  item: {
    display: 'block',
    width: '100%',
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
});

export function FindingRow(props: { finding: Finding; showSheet: boolean; onSelect?: (f: Finding) => void }) {
  const { finding: f, onSelect } = props;
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const where = props.showSheet ? `${f.sheet}!${f.cell}` : f.cell;
  const parts: string[] = [];
  if (f.expected !== null) parts.push(`${t.expected} ${formatValue(f.expected, lang)}`);
  if (f.actual !== null) parts.push(`${t.found} ${formatValue(f.actual, lang)}`);
  const body = (
    <>
      <span className={styles.cell}>{where}</span>
      {parts.length > 0 && <span className={styles.values}>{parts.join(' · ')}</span>}
      <span className={styles.message}>{f.message[lang]}</span>
    </>
  );
  if (!onSelect) return <div className={styles.item}>{body}</div>;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.clickable)}
      title={t.goToCell(where)}
      onClick={() => onSelect(f)}
    >
      {body}
    </button>
  );
}
