/**
 * User-adjustable conventions. Defaults follow DOMAIN.md; the task pane remembers the user's
 * choice, and sanitizeSettings reads a remembered (possibly stale or tampered) one back.
 */
import { parsePolarityKey } from './polarity';

export type Lang = 'id' | 'en';

/**
 * Capaian formula for lower-is-better indicators:
 * - 'inverse': (2·target − realisasi) / target × 100 (LKjIP / SKP practice)
 * - 'reciprocal': target / realisasi × 100
 * A stated value matching either formula (or realisasi/target, which many tables use anyway)
 * is never an error; this choice decides what Cermat *fills*.
 */
export type LowerFormula = 'inverse' | 'reciprocal';

export interface PredikatBand {
  /** Lower bound of the band (capaian %). */
  min: number;
  /** Whether `min` itself belongs to the band (≥) or not (>). */
  inclusive: boolean;
  label: string;
}

export interface PredikatScale {
  id: string;
  name: string;
  /** Bands from the highest to the lowest. The last band should have min -Infinity. */
  bands: PredikatBand[];
}

export const PREDIKAT_SCALES: Record<string, PredikatScale> = {
  renstra: {
    id: 'renstra',
    name: 'Renstra (Permendagri 86/2017)',
    bands: [
      { min: 91, inclusive: true, label: 'Sangat Tinggi' },
      { min: 76, inclusive: true, label: 'Tinggi' },
      { min: 66, inclusive: true, label: 'Sedang' },
      { min: 51, inclusive: true, label: 'Rendah' },
      { min: -Infinity, inclusive: true, label: 'Sangat Rendah' },
    ],
  },
  lkjip: {
    id: 'lkjip',
    name: 'LKjIP (Sangat Berhasil … Tidak Berhasil)',
    bands: [
      { min: 85, inclusive: false, label: 'Sangat Berhasil' },
      { min: 70, inclusive: false, label: 'Berhasil' },
      { min: 55, inclusive: false, label: 'Cukup Berhasil' },
      { min: -Infinity, inclusive: true, label: 'Tidak Berhasil' },
    ],
  },
};

export interface Settings {
  lang: Lang;
  lowerFormula: LowerFormula;
  /**
   * Extra tolerance, in percentage points, added to every ratio comparison on top of the
   * rounding interval of the displayed inputs. 0 = strict (the DOMAIN rule).
   */
  ratioTolerance: number;
  /** Predikat scale id (a key of PREDIKAT_SCALES) or 'auto' to pick the scale whose labels the table uses. */
  predikat: string;
  /** Custom scales added by the user. */
  customScales?: PredikatScale[];
  /** Per-row polarity decided by the user: key `${sheet}!${row}` (row 1-based). */
  polarity?: Record<string, 'higher' | 'lower'>;
  /** Write computed cells as live formulas (true) or as values. */
  formulas: boolean;
}

/** Bands a predikat scale has at most: the pane's editor and a saved scale alike. */
export const MAX_BANDS = 6;

export const DEFAULT_SETTINGS: Settings = {
  lang: 'id',
  lowerFormula: 'inverse',
  ratioTolerance: 0,
  predikat: 'auto',
  formulas: true,
};

export function withDefaults(s?: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...(s ?? {}) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * A saved custom scale, or null when it is malformed: an id that is not 'auto' or a built-in
 * scale's, a name, 2+ bands with non-empty labels and lower bounds strictly decreasing. JSON
 * turns the lowest band's −Infinity into null; it comes back here.
 */
function reviveScale(v: unknown): PredikatScale | null {
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.name !== 'string' || !Array.isArray(v.bands)) return null;
  if (v.id.trim() === '' || v.id === 'auto' || own(PREDIKAT_SCALES, v.id) || v.name.trim() === '') return null;
  if (v.bands.length < 2 || v.bands.length > MAX_BANDS) return null;
  const bands: PredikatBand[] = [];
  for (const b of v.bands as unknown[]) {
    if (!isRecord(b) || typeof b.label !== 'string' || b.label.trim() === '' || typeof b.inclusive !== 'boolean') return null;
    const min = b.min === null ? -Infinity : b.min;
    if (typeof min !== 'number' || Number.isNaN(min) || min === Infinity) return null;
    const above = bands[bands.length - 1];
    if (above && !(min < above.min)) return null;
    bands.push({ min, inclusive: b.inclusive, label: b.label });
  }
  return { id: v.id, name: v.name, bands };
}

function reviveScales(raw: unknown): PredikatScale[] {
  if (!Array.isArray(raw)) return [];
  const out: PredikatScale[] = [];
  for (const v of raw) {
    const s = reviveScale(v);
    if (s && !out.some((x) => x.id === s.id)) out.push(s);
  }
  return out;
}

/** The valid entries of a saved polarity map (`${sheet}!${row}` → 'higher' | 'lower'), or undefined when none. */
function revivePolarity(raw: unknown): Record<string, 'higher' | 'lower'> | undefined {
  if (!isRecord(raw)) return undefined;
  const out: Record<string, 'higher' | 'lower'> = {};
  let n = 0;
  for (const [k, v] of Object.entries(raw)) {
    if (v !== 'higher' && v !== 'lower') continue;
    if (!parsePolarityKey(k)) continue;
    out[k] = v;
    n++;
  }
  return n > 0 ? out : undefined;
}

/** Keeps only well-typed known fields, so a stale or tampered entry can never break the pane. */
export function sanitizeSettings(raw: unknown): Partial<Settings> {
  if (!isRecord(raw)) return {};
  const out: Partial<Settings> = {};
  if (raw.lang === 'id' || raw.lang === 'en') out.lang = raw.lang satisfies Lang;
  if (raw.lowerFormula === 'inverse' || raw.lowerFormula === 'reciprocal') out.lowerFormula = raw.lowerFormula satisfies LowerFormula;
  if (typeof raw.ratioTolerance === 'number' && Number.isFinite(raw.ratioTolerance) && raw.ratioTolerance >= 0) {
    out.ratioTolerance = raw.ratioTolerance;
  }
  if (typeof raw.formulas === 'boolean') out.formulas = raw.formulas;
  const custom = reviveScales(raw.customScales);
  if (custom.length > 0) out.customScales = custom;
  if (typeof raw.predikat === 'string') {
    const known = raw.predikat === 'auto' || own(PREDIKAT_SCALES, raw.predikat) || custom.some((s) => s.id === raw.predikat);
    if (known) out.predikat = raw.predikat;
  }
  const polarity = revivePolarity(raw.polarity);
  if (polarity) out.polarity = polarity;
  return out;
}
