/**
 * The user's own predikat scale (settings.customScales), edited in the Settings panel: a name and
 * 2–6 bands from the highest to the lowest. Every band but the last has a lower bound (≥ or >);
 * the last catches everything below (min −Infinity), as src/engine/rules/predikat.ts expects.
 */
import type { PredikatScale } from '../engine/settings';

/** The id of the scale this editor writes; other custom scales (if any) are kept as they are. */
export const CUSTOM_SCALE_ID = 'custom';
export const MIN_BANDS = 2;
export { MAX_BANDS } from '../engine/settings';
import { MAX_BANDS } from '../engine/settings';

export interface BandDraft {
  label: string;
  /** As typed ("85", "85,5"); ignored for the last band. */
  min: string;
  inclusive: boolean;
}

export interface ScaleDraft {
  name: string;
  bands: BandDraft[];
}

export type ScaleProblem =
  { kind: 'name' } | { kind: 'label'; band: number } | { kind: 'duplicate'; band: number } | { kind: 'bound'; band: number } | { kind: 'order'; band: number };

/** "85,5" and "85.5" both read 85.5 (Indonesian decimal comma); anything else that is not a number is NaN. */
export function parseBound(text: string): number {
  const s = text.trim().replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** Problems of a draft, band numbers 1-based. Empty when it can be saved. */
export function scaleProblems(d: ScaleDraft): ScaleProblem[] {
  const out: ScaleProblem[] = [];
  if (d.name.trim() === '') out.push({ kind: 'name' });
  const seen = new Set<string>();
  d.bands.forEach((b, i) => {
    const label = b.label.trim().toLowerCase().replace(/\s+/g, ' ');
    if (label === '') out.push({ kind: 'label', band: i + 1 });
    else if (seen.has(label)) out.push({ kind: 'duplicate', band: i + 1 });
    seen.add(label);
  });
  let previous = Number.POSITIVE_INFINITY;
  d.bands.slice(0, -1).forEach((b, i) => {
    const v = parseBound(b.min);
    if (!Number.isFinite(v)) out.push({ kind: 'bound', band: i + 1 });
    else {
      if (!(v < previous)) out.push({ kind: 'order', band: i + 1 });
      previous = v;
    }
  });
  return out;
}

/** The scale a valid draft stands for (check scaleProblems first). */
export function draftToScale(d: ScaleDraft, id = CUSTOM_SCALE_ID): PredikatScale {
  const last = d.bands.length - 1;
  return {
    id,
    name: d.name.trim(),
    bands: d.bands.map((b, i) =>
      i === last
        ? { min: Number.NEGATIVE_INFINITY, inclusive: true, label: b.label.trim() }
        : { min: parseBound(b.min), inclusive: b.inclusive, label: b.label.trim() },
    ),
  };
}

/** A draft to edit a saved scale, or a starting point (three bands to rename) when there is none. */
export function scaleToDraft(s: PredikatScale | undefined): ScaleDraft {
  if (!s || s.bands.length < MIN_BANDS) {
    return {
      name: '',
      bands: [
        { label: '', min: '80', inclusive: true },
        { label: '', min: '60', inclusive: true },
        { label: '', min: '', inclusive: true },
      ],
    };
  }
  return {
    name: s.name,
    bands: s.bands.slice(0, MAX_BANDS).map((b, i, all) => ({
      label: b.label,
      min: i === all.length - 1 || !Number.isFinite(b.min) ? '' : String(b.min),
      inclusive: b.inclusive,
    })),
  };
}
