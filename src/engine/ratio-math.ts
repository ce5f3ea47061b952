/**
 * The arithmetic of stated ratios, with the tolerance rule of DOMAIN.md: inputs shown with d
 * decimals are exact only to ±0.5·10^-d, so a ratio is judged against the interval its shown
 * inputs allow, plus half a unit of its own last decimal.
 */
import type { CellValue, NumberValue } from './number';
import { around, contains, div, neg, scale, shift, type Interval } from './interval';

export type Formula = 'ratio' | 'inverse' | 'reciprocal';

export { half } from './tolerance';
import { half } from './tolerance';
import { parseNumber } from './number';

export interface Eval {
  R: NumberValue;
  T: NumberValue;
  hi: Interval;
  inv: Interval;
  rec: Interval | null;
  exact: Record<Formula, number | null>;
}

/** A range target ('3,2-3,0') is judged against its nearer bound. */
export function targetValue(v: CellValue, R: NumberValue): NumberValue | null {
  if (v.kind === 'number') return v;
  // A band: its nearer bound (within it too, "80-85" met by 84 is 84 / 85; 100 for a band met is accepted beside).
  if (v.kind === 'range') {
    const t = R.value - v.lo < v.hi - R.value ? v.lo : v.hi;
    return { kind: 'number', value: t, decimals: 2, fromText: true };
  }
  return null;
}

/** A realisasi within its target's band ("80-85" met by 84): offices write 100 for it. */
export function withinBand(v: CellValue, R: NumberValue): boolean {
  return v.kind === 'range' && R.value >= v.lo && R.value <= v.hi;
}

/** R/T·k (higher is better), (2T − R)/T·k and T/R·k (lower is better), as intervals and exactly. */
export function evaluate(R: NumberValue, T: NumberValue, k: number): Eval | null {
  const Ri = around(R.value, half(R));
  const Ti = around(T.value, half(T));
  const q = div(Ri, Ti);
  if (!q || T.value === 0) return null;
  const hi = scale(q, k);
  const inv = shift(neg(hi), 2 * k);
  const rq = div(Ti, Ri);
  return {
    R,
    T,
    hi,
    inv,
    rec: rq ? scale(rq, k) : null,
    exact: { ratio: (R.value / T.value) * k, inverse: ((2 * T.value - R.value) / T.value) * k, reciprocal: R.value !== 0 ? (T.value / R.value) * k : null },
  };
}

/** The formulas a stated value matches within tol. */
export function matched(e: Eval, s: NumberValue, tol: number): Formula[] {
  const out: Formula[] = [];
  // Over a negative base (a change of an Akumulasi Penyusutan, a deficit) offices sign the % as the change: Δ / |base|.
  if (shownFrom(e.hi, s, tol) || (e.T.value < 0 && contains(e.hi, -s.value, tol))) out.push('ratio');
  if (shownFrom(e.inv, s, tol)) out.push('inverse');
  if (e.rec && shownFrom(e.rec, s, tol)) out.push('reciprocal');
  return out;
}

/** A formula cutting its value down to its decimals: ROUNDDOWN and TRUNC toward zero, INT and FLOOR toward −∞. */
export const CUT_FORMULA = /\b(ROUNDDOWN|TRUNC|INT|FLOOR)\s*\(/i;
/** Of those, the ones cutting toward −∞ (INT(−15,47) is −16). */
export const FLOOR_FORMULA = /\b(INT|FLOOR)\s*\(/i;

/**
 * A ratio shown from the value in i, rounded or cut to its decimals (ROUNDDOWN, TRUNC: 87,63 for 87,6399; −20,47 for
 * −20,478, cut toward zero) — some offices' way, never a slip a reviewer would mark. Cut only with a decimal shown (a
 * whole 82 for 82,57 among figures of two decimals is a slip), unless `whole` says the column cuts to whole numbers.
 */
export function shownFrom(i: Interval, s: NumberValue, tol: number, whole = false): boolean {
  return contains(i, s.value, tol) || ((s.decimals >= 1 || whole) && s.value !== 0 && contains(i, s.value + Math.sign(s.value) * half(s), tol));
}

/** q = a/b·k within the rounding of a, b and q (null when b is 0). */
export function quotientHolds(a: NumberValue, b: NumberValue, q: NumberValue, k: number, extra = 0): boolean | null {
  const i = div(around(a.value, half(a)), around(b.value, half(b)));
  if (!i || b.value === 0) return null;
  return shownFrom(scale(i, k), q, half(q) + extra);
}

/** g = (a − b)/b·k within the rounding of a, b and g: a/b = g/k + 1, a quotient. */
export function growthHolds(a: NumberValue, b: NumberValue, g: NumberValue, k: number, extra = 0): boolean | null {
  const held = quotientHolds(a, b, { ...g, value: g.value + k }, k, extra);
  // (A fall cut toward zero, −20,47 for −20,478: the quotient's own cut is upward, this one downward.)
  if (held === false && g.value < 0) return quotientHolds(a, b, { ...g, value: g.value - half(g) + k }, k, extra);
  return held;
}

/**
 * The growth of a figure that is itself a percentage, in percentage points (57,41 % → 62,90 % is a
 * "peningkatan" of 5,49): how offices state it on rows whose satuan is %.
 */
export function pointsHold(a: NumberValue, b: NumberValue, g: NumberValue, extra = 0): boolean {
  return Math.abs(g.value - (a.value - b.value)) <= half(g) + (a.decimals ? half(a) : 0) + (b.decimals ? half(b) : 0) + 1e-9 * Math.abs(a.value) + extra;
}

/** A satuan (or a figure's own % format) that makes a row's figures percentages. */
export function isPercentUnit(satuan: string): boolean {
  return /^\(?\s*(%|persen|prosen)\s*\)?$/i.test(satuan.trim());
}

/** p = a·b/k within the rounding of a, b and p. */
export function productHolds(a: NumberValue, b: NumberValue, p: NumberValue, k: number, extra = 0): boolean {
  // Volume × Harga Satuan (k = 1): whole counts and rupiah are exact, not rounded (24 × Rp 380.000 is
  // Rp 9.120.000, never 9.210.000). A weighted percentage's factors are shown rounded.
  const h = (v: NumberValue) => (k === 1 && v.decimals === 0 ? 0 : half(v));
  const xs = [
    (a.value - h(a)) * (b.value - h(b)),
    (a.value - h(a)) * (b.value + h(b)),
    (a.value + h(a)) * (b.value - h(b)),
    (a.value + h(a)) * (b.value + h(b)),
  ];
  return contains([Math.min(...xs) / k, Math.max(...xs) / k], p.value, half(p) + extra);
}

/** p ≈ a × k: a's rounding scaled by k, and half a unit of p. */
export function scaledHolds(a: NumberValue, p: NumberValue, k: number, extra = 0): boolean {
  const h = half(a) * Math.abs(k);
  return contains([a.value * k - h, a.value * k + h], p.value, half(p) + extra);
}

/** Σ w × term within each term's rounding (weighted by its w) and the stated figure's. */
export function linearHolds(terms: { v: NumberValue; w: number }[], p: NumberValue, extra = 0): boolean {
  let value = 0;
  let h = 0;
  for (const t of terms) {
    value += t.v.value * t.w;
    h += half(t.v) * Math.abs(t.w);
  }
  return contains([value - h, value + h], p.value, half(p) + extra);
}

/**
 * The scales a row's ratio may take: k, and for a BOR over the year's bed-days (100 / 365) in a leap year 100 / 366 too
 * (offices count either). The year is the ratio column's, or the row's where its label is a year alone (years down the
 * rows: "2024 | TT | Hari Perawatan | … | BOR").
 */
export function dayScales(k: number, columnYear: number | undefined, label: string | undefined): number[] {
  if (Math.abs(k - 100 / 365) > 1e-12) return [k];
  const year = columnYear ?? Number(/^\s*((?:19|20)\d\d)\s*$/.exec(label ?? '')?.[1] ?? NaN);
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? [k, 100 / 366] : [k];
}

/** " × k" after a quotient in a message ('' for 1); a scale of 100 over a count of days reads " × 100 / 365" (BOR). */
export function timesText(k: number): string {
  if (k === 1) return '';
  const days = 100 / k;
  if (!Number.isInteger(k) && Math.abs(days - Math.round(days)) < 1e-9) return ` × 100 / ${Math.round(days)}`;
  return ` × ${k}`;
}

export function round2(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

/**
 * Ceilings some offices write a capaian above target as (100 %, or 110 % / 120 % where scoring stops there, as SAKIP
 * evaluations cap it). One place for the recognition that such rows do not refute a capaian column
 * (recognise/relations.ts) and the rule that says the cap once (rules/ratio-row.ts).
 */
export const CAPAIAN_CEILINGS: readonly number[] = [100, 110, 120];

/** A stated capaian that is a ceiling while the capaian computed from the row is above it. */
export function writtenAsCeiling(stated: number, computed: number): boolean {
  return CAPAIAN_CEILINGS.includes(stated) && computed > stated;
}

/**
 * The weight of each of an SKM's n unsur: one over n, as sheets write it to three decimals (0,111 for the nine of
 * Permenpan RB 14/2017, 0,071 for the fourteen of Kepmenpan 25/2004) and exactly.
 */
export function unsurWeights(n: number): number[] {
  return [Math.round(1000 / n) / 1000, 1 / n];
}

/** A ratio written as a proportion, "1 : 17" (one teacher to 17 pupils): its second term, or null. */
export function proportionTerm(text: string): { value: number; decimals: number } | null {
  const m = /^1\s*:\s*(\d[\d.,]*)$/.exec(text.trim());
  return m ? parseNumber(m[1]) : null;
}

/** Whether `n` states `per` (the second term per one of the first) to its shown decimals: rounded, or cut as some offices write it. */
export function statesProportion(per: number, n: { value: number; decimals: number }): boolean {
  const unit = 10 ** -n.decimals;
  return Math.abs(per - n.value) <= 0.5 * unit + 1e-9 || Math.abs(Math.floor(per / unit + 1e-9) * unit - n.value) <= 1e-9;
}
