/** The user's conventions, saved through the injected settings store on every change. */
import { Checkbox, Field, Radio, RadioGroup, Select, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { PREDIKAT_SCALES, type Lang } from '../../engine/settings';
import { useSettings, useT } from '../SettingsContext';
import { NumberField } from './NumberField';
import { PolarityOverrides } from './PolarityOverrides';
import { PredikatScaleEditor } from './PredikatScaleEditor';

const LANGS: readonly Lang[] = ['id', 'en'];
const MAX_TOLERANCE = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  control: { minWidth: 0, width: '100%' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

const isLang = (v: string): v is Lang => v === 'id' || v === 'en';

/**
 * `fileMode`: the browser file mode, where nothing is written into a workbook (no formulas to
 * write) and per-row polarity has no row to belong to (its overrides name rows of the workbook
 * open in Excel), so those two settings are not shown.
 */
export function SettingsPanel({ fileMode = false }: { fileMode?: boolean }) {
  const t = useT();
  const { settings, update, saveFailed } = useSettings();
  const styles = useStyles();
  const headingId = useId('settings-heading');
  const scales = [...Object.values(PREDIKAT_SCALES), ...(settings.customScales ?? [])];
  const predikatName = (id: string) => (id === 'auto' ? t.predikatAuto : (scales.find((s) => s.id === id)?.name ?? id));

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.settingsHeading}
      </h2>
      <Field label={t.language}>
        <Select className={styles.control} value={settings.lang} onChange={(_, d) => isLang(d.value) && update({ lang: d.value })}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {t.languageNames[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.lowerFormula}>
        <RadioGroup value={settings.lowerFormula} onChange={(_, d) => (d.value === 'inverse' || d.value === 'reciprocal') && update({ lowerFormula: d.value })}>
          <Radio value="inverse" label={t.lowerInverse} />
          <Radio value="reciprocal" label={t.lowerReciprocal} />
        </RadioGroup>
      </Field>
      <NumberField
        className={styles.control}
        label={t.tolerance}
        hint={t.toleranceHint}
        value={settings.ratioTolerance}
        min={0}
        max={MAX_TOLERANCE}
        step={0.1}
        onChange={(v) => update({ ratioTolerance: v })}
      />
      <Field label={t.predikat}>
        <Select className={styles.control} value={settings.predikat} onChange={(_, d) => d.value && update({ predikat: d.value })}>
          {['auto', ...scales.map((s) => s.id)].map((id) => (
            <option key={id} value={id}>
              {predikatName(id)}
            </option>
          ))}
        </Select>
      </Field>
      <PredikatScaleEditor />
      {!fileMode && (
        <>
          <Checkbox checked={settings.formulas} label={t.formulas} onChange={(_, d) => update({ formulas: d.checked === true })} />
          <PolarityOverrides />
        </>
      )}
      <Text className={styles.hint}>{saveFailed ? t.errors.settings : t.settingsSaved}</Text>
    </section>
  );
}
