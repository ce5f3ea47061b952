/** Text and severity filters above the findings list. */
import { Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITIES, type SeverityFilter } from '../findingGroups';
import { useT } from '../SettingsContext';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  text: { flexGrow: 1, flexBasis: '140px', minWidth: 0 },
  severity: { flexGrow: 1, flexBasis: '120px', minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
});

const isFilter = (v: string): v is SeverityFilter => v === 'all' || (SEVERITIES as readonly string[]).includes(v);

export function FindingsFilter(props: { text: string; severity: SeverityFilter; onText: (s: string) => void; onSeverity: (s: SeverityFilter) => void }) {
  const t = useT();
  const styles = useStyles();
  const label = (s: SeverityFilter) => (s === 'all' ? t.severityAll : t.severity[s]);
  return (
    <div className={styles.row}>
      <Field className={styles.text} label={t.filterText}>
        <SearchBox className={styles.control} value={props.text} placeholder={t.filterTextPlaceholder} onChange={(_, d) => props.onText(d.value)} />
      </Field>
      <Field className={styles.severity} label={t.filterSeverity}>
        <Select className={styles.control} value={props.severity} onChange={(_, d) => isFilter(d.value) && props.onSeverity(d.value)}>
          <option value="all">{label('all')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
