/**
 * The findings of one rule. Renders a page at a time ("show more") so a sheet with thousands of
 * findings stays fast on an old laptop; collapsed groups are not rendered at all (Accordion unmounts them).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../engine/types';
import { useT } from '../SettingsContext';
import { FindingRow, type PolarityHandler } from './FindingRow';

export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  more: { marginTop: tokens.spacingVerticalXS },
});

export function RuleGroupList(props: { findings: Finding[]; showSheet: boolean; onSelect?: (f: Finding) => void; onPolarity?: PolarityHandler }) {
  const t = useT();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = props.findings.slice(0, limit);
  const rest = props.findings.length - shown.length;
  return (
    <>
      <ul className={styles.list}>
        {shown.map((f, i) => (
          <li key={`${f.sheet}!${f.cell}:${i}`}>
            <FindingRow finding={f} showSheet={props.showSheet} onSelect={props.onSelect} onPolarity={props.onPolarity} />
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button className={styles.more} size="small" appearance="subtle" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t.showMore(Math.min(rest, PAGE_SIZE))}
        </Button>
      )}
    </>
  );
}
