/** User-adjustable conventions. Defaults follow DOMAIN.md; the task pane remembers the user's choice. */

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
