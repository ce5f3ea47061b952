/** The recognised tables, each with its correction controls. Reused by the browser file mode. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableInfo, TableOverride } from '../../engine/types';
import { useT } from '../SettingsContext';
import { TableCard } from './TableCard';

/** A table's identity: its sheet, header row and first column (two tables can sit side by side). */
export const overrideKey = (o: { sheet: string; headerTop: number; left?: number }) => `${o.sheet}\u0000${o.headerTop}\u0000${o.left ?? ''}`;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function TablesPanel(props: {
  tables: TableInfo[];
  overrides?: TableOverride[];
  /** Called with the table's identity and its correction (null to remove it). */
  onOverride?: (table: TableInfo, override: TableOverride | null) => void;
  busy?: boolean;
}) {
  const t = useT();
  const styles = useStyles();
  if (props.tables.length === 0) return <Text>{t.tablesEmpty}</Text>;
  const byKey = new Map((props.overrides ?? []).map((o) => [overrideKey(o), o]));
  const onOverride = props.onOverride;
  return (
    <div className={styles.list}>
      {props.tables.map((table) => (
        <TableCard
          // The key includes what was recognised, so the card's draft resets after a re-run.
          key={`${overrideKey(table)}|${table.layout}|${table.headerRows}`}
          table={table}
          override={byKey.get(overrideKey(table))}
          onApply={onOverride && ((o) => onOverride(table, o))}
          busy={props.busy}
        />
      ))}
    </div>
  );
}
