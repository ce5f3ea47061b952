/**
 * One recognised table: family, range, years, row counts, and the controls to correct a
 * mis-recognition (the header row count). Corrections are applied by re-running the check. The
 * family is shown but not offered as a correction: what is checked follows the columns' roles,
 * so a renamed family would change no check.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RowKind, TableInfo, TableOverride } from '../../engine/types';
import type { Catalog as Strings } from '../../present/catalog';
import { useSettings, useT } from '../SettingsContext';
import { NumberField } from './NumberField';

const MAX_HEADER_ROWS = 8;

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, wordBreak: 'break-word' },
  tag: {
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, wordBreak: 'break-word' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXS },
  control: { minWidth: 0, width: '100%' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function yearsText(years: number[]): string {
  if (years.length === 0) return '–';
  const sorted = [...years].sort((a, b) => a - b);
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1);
  return consecutive && sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

export function rowCountsText(counts: TableInfo['rowCounts'], t: Strings): string {
  const parts = (Object.entries(counts) as [RowKind, number | undefined][])
    .filter(([kind, n]) => kind !== 'blank' && n !== undefined && n > 0)
    .map(([kind, n]) => `${t.rowKind[kind]} ${t.count(n ?? 0)}`);
  return parts.length ? parts.join(' · ') : '–';
}

export function TableCard(props: {
  table: TableInfo;
  /** The correction in force for this table, if any. */
  override?: TableOverride;
  /** Absent in read-only uses (e.g. a file mode without re-run). */
  onApply?: (override: TableOverride | null) => void;
  busy?: boolean;
}) {
  const { table, override, onApply } = props;
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const [headerRows, setHeaderRows] = useState<number>(table.headerRows);
  const changed = headerRows !== table.headerRows;
  const title = table.title.find((s) => s.trim()) ?? table.sheet;

  return (
    <article className={styles.card} aria-label={title}>
      <h3 className={styles.title}>
        {title} {override && <span className={styles.tag}>{t.corrected}</span>}
      </h3>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.familyLabel}</dt>
        <dd className={styles.def}>{t.family[table.layout]}</dd>
        <dt className={styles.term}>{t.tableRange}</dt>
        <dd className={styles.def}>{`${table.sheet}!${table.range}`}</dd>
        <dt className={styles.term}>{t.tableYears}</dt>
        <dd className={styles.def}>{yearsText(table.years)}</dd>
        <dt className={styles.term}>{t.tableRows}</dt>
        <dd className={styles.def}>{rowCountsText(table.rowCounts, t)}</dd>
      </dl>
      {!table.checked && <Text className={styles.note}>{t.tableNotChecked}</Text>}
      {table.notes.map((n, i) => (
        <Text key={i} className={styles.note}>
          {n[lang]}
        </Text>
      ))}
      {onApply && (
        <div className={styles.controls}>
          {/* The family is shown, not offered as a correction: the checks follow the columns' roles, not the family's name. */}
          <NumberField className={styles.control} label={t.headerRowsLabel} value={headerRows} min={1} max={MAX_HEADER_ROWS} integer onChange={setHeaderRows} />
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              size="small"
              disabled={!changed || props.busy}
              onClick={() => onApply({ sheet: table.sheet, headerTop: table.headerTop, left: table.left, headerRows })}
            >
              {t.applyCorrection}
            </Button>
            {override && (
              <Button size="small" disabled={props.busy} onClick={() => onApply(null)}>
                {t.resetCorrection}
              </Button>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
