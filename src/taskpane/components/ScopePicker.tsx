/** Which part of the workbook to check. */
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { Scope } from '../../excel/api';
import { useT } from '../SettingsContext';

const SCOPES: readonly Scope[] = ['sheet', 'selection', 'workbook'];

const isScope = (v: string): v is Scope => (SCOPES as readonly string[]).includes(v);

export function ScopePicker(props: { value: Scope; onChange: (s: Scope) => void; disabled?: boolean }) {
  const t = useT();
  return (
    <Field label={t.scopeLabel}>
      <RadioGroup value={props.value} disabled={props.disabled} onChange={(_, d) => isScope(d.value) && props.onChange(d.value)}>
        {SCOPES.map((s) => (
          <Radio key={s} value={s} label={t.scope[s]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
