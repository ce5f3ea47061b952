/**
 * A labelled number input (Fluent Input, type=number). Keeps the typed text as a draft so partial
 * input ("0.") is not fought; reports only valid numbers in [min, max]. Lighter than SpinButton.
 */
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';

export function NumberField(props: {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  className?: string;
  onChange: (v: number) => void;
}) {
  const [draft, setDraft] = useState(String(props.value));
  const parse = (s: string) => Number.parseFloat(s.replace(',', '.'));
  const valid = (v: number) => Number.isFinite(v) && v >= props.min && v <= props.max && (!props.integer || Number.isInteger(v));
  return (
    <Field label={props.label} hint={props.hint} validationState={valid(parse(draft)) ? 'none' : 'error'}>
      <Input
        className={props.className}
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={draft}
        onChange={(_, d) => {
          setDraft(d.value);
          const v = parse(d.value);
          if (valid(v)) props.onChange(v);
        }}
        onBlur={() => setDraft(String(props.value))}
      />
    </Field>
  );
}
