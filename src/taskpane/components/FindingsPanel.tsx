/**
 * Findings grouped by severity (headings) and by rule (accordion), with counts and filters.
 * Reused by the browser file mode: without `onSelect` the rows are plain text, and without
 * `onPolarity` capaian findings offer no polarity actions.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Severity, Finding } from '../../engine/types';
import { ruleInfo } from '../../engine/rules/registry';
import { filterFindings, groupFindings, type SeverityFilter, type SeverityGroup } from '../findingGroups';
import { useSettings, useT } from '../SettingsContext';
import type { PolarityHandler } from './FindingRow';
import { FindingsFilter } from './FindingsFilter';
import { RuleGroupList } from './RuleGroupList';

/** Groups opened at first, up to about this many findings: enough to see, cheap to render. */
const OPEN_BUDGET = 100;

/** Severity colours: a count chip beside each severity heading (plain span: no Badge package). */
const CHIP: Record<Severity, { backgroundColor: string; color: string }> = {
  error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3, color: tokens.colorNeutralForegroundOnBrand },
  info: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  ruleTitle: { display: 'flex', flexDirection: 'column', minWidth: 0, wordBreak: 'break-word' },
  ruleId: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  panel: { margin: 0 },
  chip: { borderRadius: tokens.borderRadiusMedium, padding: `0 ${tokens.spacingHorizontalXS}`, fontSize: tokens.fontSizeBase200 },
  error: CHIP.error,
  warning: CHIP.warning,
  info: CHIP.info,
});

function RuleTitle(props: { rule: string; count: number }) {
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const title = ruleInfo(props.rule)?.title[lang];
  return (
    <span className={styles.ruleTitle}>
      <span>
        {title ?? props.rule} ({t.count(props.count)})
      </span>
      {title && <span className={styles.ruleId}>{props.rule}</span>}
    </span>
  );
}

function initialOpen(groups: SeverityGroup[]): string[] {
  const open: string[] = [];
  let budget = OPEN_BUDGET;
  for (const g of groups) {
    for (const r of g.rules) {
      if (open.length > 0 && r.findings.length > budget) return open;
      open.push(r.key);
      budget -= r.findings.length;
    }
  }
  return open;
}

export function FindingsPanel(props: { findings: Finding[]; onSelect?: (f: Finding) => void; onPolarity?: PolarityHandler }) {
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  // Typing stays responsive while a long list re-filters.
  const deferredText = useDeferredValue(text);
  const filtered = useMemo(() => filterFindings(props.findings, deferredText, severity, lang), [props.findings, deferredText, severity, lang]);
  const groups = useMemo(() => groupFindings(filtered), [filtered]);
  const [open, setOpen] = useState<string[]>(() => initialOpen(groupFindings(props.findings)));
  const showSheet = useMemo(() => new Set(props.findings.map((f) => f.sheet)).size > 1, [props.findings]);

  if (props.findings.length === 0) return <Text>{t.findingsEmpty}</Text>;
  return (
    <div className={styles.root}>
      <FindingsFilter text={text} severity={severity} onText={setText} onSeverity={setSeverity} />
      {groups.length === 0 && <Text>{t.findingsNoMatch}</Text>}
      {groups.map((g) => (
        <section key={g.severity} aria-label={`${t.severity[g.severity]} (${t.count(g.count)})`}>
          <h3 className={styles.heading}>
            <span className={mergeClasses(styles.chip, styles[g.severity])}>{t.count(g.count)}</span>
            {t.severity[g.severity]}
          </h3>
          <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.filter((v): v is string => typeof v === 'string'))}>
            {g.rules.map((r) => (
              <AccordionItem key={r.key} value={r.key}>
                <AccordionHeader as="h4" size="small">
                  <RuleTitle rule={r.rule} count={r.findings.length} />
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <RuleGroupList findings={r.findings} showSheet={showSheet} onSelect={props.onSelect} onPolarity={props.onPolarity} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      ))}
    </div>
  );
}
