/**
 * A compact editor for the user's own predikat scale: a name and 2–6 bands, highest first, each
 * with a label, a lower bound and ≥ / >; the last band takes everything below. Problems show at
 * their fields and in a list when the user tries to save (kept up to date after that); an invalid
 * scale is never saved.
 * Plain Field / Input / native Select / Button, laid out to fit a 320 px pane.
 */
import { Button, Field, Input, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import {
  CUSTOM_SCALE_ID,
  MAX_BANDS,
  MIN_BANDS,
  draftToScale,
  scaleProblems,
  scaleToDraft,
  type BandDraft,
  type ScaleDraft,
  type ScaleProblem,
} from '../predikatScale';
import { useSettings, useT } from '../SettingsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  toggle: { alignSelf: 'flex-start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  band: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXXS}` },
  /** Comparison and bound side by side ("≥ 85"), wrapping onto two lines when the pane is narrower still. */
  bound: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: 0 },
  op: { flex: '1 1 8em', minWidth: 0 },
  min: { flex: '1 1 6em', minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
  rest: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  problems: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  problemList: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  saved: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** The problem of one field of band `band` (1-based), if any. */
function bandProblem(problems: ScaleProblem[], band: number, field: 'label' | 'min'): ScaleProblem | undefined {
  const kinds = field === 'label' ? ['label', 'duplicate'] : ['bound', 'order'];
  return problems.find((p) => p.kind !== 'name' && p.band === band && kinds.includes(p.kind));
}

export function PredikatScaleEditor() {
  const t = useT();
  const { settings, update } = useSettings();
  const styles = useStyles();
  const headingId = useId('scale-heading');
  const formId = useId('scale-form');
  const problemsId = useId('scale-problems');
  const saved = settings.customScales?.find((s) => s.id === CUSTOM_SCALE_ID);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ScaleDraft>(() => scaleToDraft(saved));
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState('');
  const summary = useRef<HTMLDivElement>(null);

  const problems = tried ? scaleProblems(draft) : [];
  const edit = (next: ScaleDraft) => {
    setDraft(next);
    setMessage('');
  };
  const setBand = (i: number, patch: Partial<BandDraft>) => edit({ ...draft, bands: draft.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  const addBand = () => {
    // A new band goes just above the catch-all band at the bottom.
    const bands = [...draft.bands];
    bands.splice(bands.length - 1, 0, { label: '', min: '', inclusive: true });
    edit({ ...draft, bands });
  };
  const removeBand = (i: number) => edit({ ...draft, bands: draft.bands.filter((_, j) => j !== i) });

  const save = () => {
    setTried(true);
    const found = scaleProblems(draft);
    if (found.length > 0) {
      setMessage('');
      // Focus the list so keyboard and screen-reader users land on what to fix.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const scale = draftToScale(draft);
    update((s) => ({ customScales: [...(s.customScales ?? []).filter((x) => x.id !== scale.id), scale] }));
    setMessage(t.scaleSaved);
  };

  const remove = () => {
    update((s) => {
      const rest = (s.customScales ?? []).filter((x) => x.id !== CUSTOM_SCALE_ID);
      return { customScales: rest.length > 0 ? rest : undefined, predikat: s.predikat === CUSTOM_SCALE_ID ? 'auto' : s.predikat };
    });
    setDraft(scaleToDraft(undefined));
    setTried(false);
    setMessage('');
  };

  const last = draft.bands.length - 1;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.scaleHeading}
      </h3>
      <Button className={styles.toggle} size="small" aria-expanded={open} aria-controls={open ? formId : undefined} onClick={() => setOpen(!open)}>
        {t.scaleOpen}
      </Button>
      {open && (
        <div id={formId} className={styles.form}>
          <Field label={t.scaleName} required validationMessage={problems.some((p) => p.kind === 'name') ? t.scaleProblem({ kind: 'name' }) : undefined}>
            <Input className={styles.control} value={draft.name} onChange={(_, d) => edit({ ...draft, name: d.value })} />
          </Field>
          {draft.bands.map((b, i) => {
            const labelProblem = bandProblem(problems, i + 1, 'label');
            const minProblem = bandProblem(problems, i + 1, 'min');
            return (
              <fieldset key={i} className={styles.band}>
                <legend className={styles.legend}>{t.scaleBand(i + 1)}</legend>
                <Field label={t.scaleBandLabel} required validationMessage={labelProblem ? t.scaleProblem(labelProblem) : undefined}>
                  <Input className={styles.control} value={b.label} onChange={(_, d) => setBand(i, { label: d.value })} />
                </Field>
                {i < last ? (
                  <div className={styles.bound}>
                    <Field className={styles.op} label={t.scaleBandOp}>
                      <Select className={styles.control} value={b.inclusive ? 'ge' : 'gt'} onChange={(_, d) => setBand(i, { inclusive: d.value === 'ge' })}>
                        <option value="ge">{t.scaleOpInclusive}</option>
                        <option value="gt">{t.scaleOpExclusive}</option>
                      </Select>
                    </Field>
                    <Field className={styles.min} label={t.scaleBandMin} required validationMessage={minProblem ? t.scaleProblem(minProblem) : undefined}>
                      <Input className={styles.control} inputMode="decimal" value={b.min} onChange={(_, d) => setBand(i, { min: d.value })} />
                    </Field>
                  </div>
                ) : (
                  <span className={styles.rest}>{t.scaleBandRest}</span>
                )}
                {draft.bands.length > MIN_BANDS && (
                  <Button className={styles.toggle} size="small" appearance="subtle" onClick={() => removeBand(i)}>
                    {t.scaleRemoveBand(i + 1)}
                  </Button>
                )}
              </fieldset>
            );
          })}
          <div className={styles.buttons}>
            {draft.bands.length < MAX_BANDS && (
              <Button size="small" onClick={addBand}>
                {t.scaleAddBand}
              </Button>
            )}
            <Button size="small" appearance="primary" onClick={save}>
              {t.scaleSave}
            </Button>
            {saved && (
              <Button size="small" appearance="subtle" onClick={remove}>
                {t.scaleDelete}
              </Button>
            )}
          </div>
          {problems.length > 0 && (
            // Focused on a failed save (the fields' own messages are announced as they appear).
            <div ref={summary} tabIndex={-1} role="group" aria-labelledby={problemsId} className={styles.problems}>
              <span id={problemsId}>{t.scaleProblemsTitle}</span>
              <ul className={styles.problemList}>
                {problems.map((p, i) => (
                  <li key={i}>{t.scaleProblem(p)}</li>
                ))}
              </ul>
            </div>
          )}
          <span className={styles.saved} aria-live="polite">
            {message}
          </span>
        </div>
      )}
    </section>
  );
}
