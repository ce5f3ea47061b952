/**
 * When a stated value counts as right (DOMAIN.md): when it equals the exact value rounded to the
 * decimals it shows. Every rule asks this module rather than improvising an expression.
 */
import type { NumberValue } from './number';
import type { Settings } from './settings';

/** Half a unit of the last shown decimal: how far a rounded display may be from the truth. */
export function half(v: Pick<NumberValue, 'decimals'>): number {
  return 0.5 * 10 ** -v.decimals;
}

/**
 * Whether two stated values can be one figure shown twice (in another version of a table): their
 * rounding intervals overlap. Touching is not overlapping: 2 and 3 shown as integers are two figures.
 */
export function sameFigure(a: Pick<NumberValue, 'value' | 'decimals'>, b: Pick<NumberValue, 'value' | 'decimals'>): boolean {
  return Math.abs(a.value - b.value) < (half(a) + half(b)) * (1 - 1e-9);
}

/**
 * Whether two stated copies of a figure (two versions of a table, two tables of a workbook) are the
 * same. Shown to the same decimals, they are the same when they show the same: "39,00" and "39,40"
 * are two targets even though 39 was typed without decimals (sameFigure alone would let 39 be
 * anything from 38,5 to 39,5). Shown differently ("94,6" and "94,63"), the one rounding more may
 * be the other rounded: sameFigure.
 */
export function sameStated(
  a: Pick<NumberValue, 'value' | 'decimals'> & { shown?: number },
  b: Pick<NumberValue, 'value' | 'decimals'> & { shown?: number },
): boolean {
  if (a.shown !== undefined && a.shown === b.shown && a.shown >= 0 && a.shown <= 10) {
    const f = 10 ** a.shown;
    // As Excel shows them: decimal rounding, half away from zero (2.675, stored just below, shows 2,68).
    const shown = (v: number) => Math.sign(v) * Math.round(Math.abs(v) * f * (1 + 1e-12));
    return shown(a.value) === shown(b.value);
  }
  return sameFigure(a, b);
}

/** A sum: the stated value's rounding plus the rounding of the parts shown with decimals. */
export function sumTolerance(stated: NumberValue, parts: NumberValue[]): number {
  let t = half(stated);
  for (const p of parts) t += partHalf(p.decimals, p.value);
  return sumSlack(stated, t);
}

/**
 * What one part adds to a sum's tolerance: half of its last shown decimal; nothing for a whole
 * number (integers, Rp and counts, add exactly). For callers that add the halves cell by cell.
 */
export function partHalf(decimals: number, value?: number): number {
  // Negative: an amount rounded to a scale ("Rp 1,5 M", decimals −8). A fraction the format hides
  // (Rp 332.224.170,5 shown as 332.224.171) is a whole number to the reader who adds them up.
  return decimals !== 0 || (value !== undefined && !Number.isInteger(value)) ? half({ decimals }) : 0;
}

/**
 * sumTolerance's last step, for callers that add the parts' halves to half(stated) themselves,
 * in the same order (amounts.ts: effectiveHalves), without a list of parts.
 */
export function sumSlack(stated: Pick<NumberValue, 'value'>, halves: number): number {
  // Only floating-point noise on top: integers below 2^53 add exactly, and Rp 35 billion that is
  // Rp 30 off must still be found (a relative 1e-9 here once hid it).
  return halves + 1e-13 * Math.max(1, Math.abs(stated.value));
}

/**
 * The least sumTolerance can be for this stated value, whatever the parts: their halves only add
 * to it (a float sum of positive terms never shrinks). A difference within it holds without
 * reading the parts.
 */
export function sumFloor(stated: Pick<NumberValue, 'value' | 'decimals'>): number {
  return half(stated) + 1e-13 * Math.max(1, Math.abs(stated.value));
}

export interface Tolerance {
  /** How far a shown value may be from the value it rounds. */
  shown(v: NumberValue): number;
  /** How far a stated sum may be from the sum of its parts. */
  sum(stated: NumberValue, parts: NumberValue[]): number;
  /** How far a stated mean may be from the mean of its parts. */
  mean(stated: NumberValue, parts: NumberValue[], mean: number): number;
  /** The slack beyond the inputs' rounding that a stated ratio gets: its own rounding plus the user's extra points. */
  ratio(stated: NumberValue): number;
  /** The user's extra points alone (for relations that compute their own intervals). */
  extra: number;
}

export function toleranceFor(settings: Pick<Settings, 'ratioTolerance'>): Tolerance {
  const extra = settings.ratioTolerance ?? 0;
  return {
    shown: half,
    sum: sumTolerance,
    mean: (stated, parts, mean) =>
      half(stated) + parts.reduce((s, v) => s + (v.decimals > 0 ? half(v) : 0), 0) / Math.max(1, parts.length) + 1e-13 * Math.abs(mean),
    ratio: (s) => half(s) + extra,
    extra,
  };
}

/**
 * What a sum of `parts` amounts in a column of rounded units adds to its tolerance: each part shown
 * rounded to a whole thousand or million may be half of one off (DOMAIN: a value is right within what its
 * displayed inputs allow); a part shown with decimals (125,35 juta) is exact to them, which the sum's own
 * tolerance already allows. Nothing for a column of whole rupiah, where integers must match exactly.
 */
export function unitRounding(col: { rounded?: boolean } | undefined, parts: readonly { decimals?: number }[]): number {
  if (!col?.rounded) return 0;
  let whole = 0;
  for (const p of parts) if ((p.decimals ?? 0) <= 0) whole++;
  return 0.5 * whole;
}

/**
 * unitRounding for a sum down a column (a parent of its children, a Jumlah of the rows above). A Sisa in
 * rounded units is each row's Pagu − Realisasi, two rounded figures: every part, and the stated total
 * too, may be a whole unit off, not half of one.
 */
export function downRounding(col: { rounded?: boolean; role?: string } | undefined, parts: readonly { decimals?: number }[]): number {
  const r = unitRounding(col, parts);
  return col?.role === 'sisa' && r > 0 ? 2 * r + 0.5 : r;
}
