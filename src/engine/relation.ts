/**
 * A checked relation kept beside its finding, so that a later pass can ask "would it hold if
 * this cell were corrected?" — the basis for telling primary findings from their echoes.
 */
import type { SheetView } from './sheet';
import { a1 } from './address';
import { around, contains, div, neg, scale, shift } from './interval';

export type Substitution = Map<string, number>;

export interface Relation {
  inputs: string[];
  holds(sub: Substitution): boolean;
  /** The value of one input that makes the relation hold, others unchanged. */
  solve(input: string): number | null;
}

function valueOf(view: SheetView, r: number, c: number, sub: Substitution): number {
  const k = a1(r, c);
  if (sub.has(k)) return sub.get(k)!;
  const v = view.value(r, c);
  return v.kind === 'number' ? v.value : 0;
}

/** stated = Σ sign·term, within tol. */
/** A cell added (+1) or taken off (−1) in a sum: a Jumlah's row, a Sisa's Realisasi. */
export interface SignedTerm {
  r: number;
  c: number;
  sign: 1 | -1;
}

export function sumRelation(view: SheetView, stated: { r: number; c: number }, terms: SignedTerm[], tol: number): Relation {
  const inputs = terms.map((t) => a1(t.r, t.c));
  // A Jumlah over a long table has as many inputs as rows, and explainSecondary asks to solve for
  // each of them: the plain total and the input positions are computed once, and terms are looked
  // up in a substitution by their precomputed address only when it has entries. Same additions in
  // the same order as before, so the same results.
  const term = (i: number, sub: Substitution): number => {
    const t = terms[i];
    if (sub.size > 0 && sub.has(inputs[i])) return sub.get(inputs[i])!;
    const v = view.value(t.r, t.c);
    return v.kind === 'number' ? v.value : 0;
  };
  const total = (sub: Substitution) => {
    let s = 0;
    for (let i = 0; i < terms.length; i++) s += terms[i].sign * term(i, sub);
    return s;
  };
  const none: Substitution = new Map();
  let plainTotal: number | undefined;
  let index: Map<string, number> | undefined;
  return {
    inputs,
    holds: (sub) => Math.abs(valueOf(view, stated.r, stated.c, sub) - total(sub)) <= tol,
    solve: (input) => {
      if (!index) {
        index = new Map();
        // First occurrence wins, as indexOf did.
        inputs.forEach((x, i) => {
          if (!index!.has(x)) index!.set(x, i);
        });
      }
      const i = index.get(input);
      if (i === undefined) return null;
      const t = terms[i];
      plainTotal ??= total(none);
      const others = plainTotal - t.sign * term(i, none);
      return (valueOf(view, stated.r, stated.c, none) - others) / t.sign;
    },
  };
}

/**
 * stated ≈ R/T·k (or, for lower-is-better rows, the inverse or reciprocal), with the rounding
 * intervals of R and T and half a unit of the stated value. R and T may each add up several cells of
 * their row (`cols`: Baik + Sedang over Panjang, the quarters of a year).
 */
export function ratioRelation(
  view: SheetView,
  s: { r: number; c: number; half: number },
  R: { r: number; c: number; half: number; cols?: number[] },
  T: { r: number; c: number; half: number; cols?: number[] },
  k: number,
  formulas: ('ratio' | 'inverse' | 'reciprocal')[],
): Relation {
  const rCols = R.cols ?? [R.c];
  const rRefs = rCols.map((c) => a1(R.r, c));
  const tCols = T.cols ?? [T.c];
  const tRefs = tCols.map((c) => a1(T.r, c));
  return {
    inputs: [...rRefs, ...tRefs],
    holds: (sub) => {
      const S = valueOf(view, s.r, s.c, sub);
      const r = rCols.reduce((t, c) => t + valueOf(view, R.r, c, sub), 0);
      const Ri = around(r, rRefs.some((x) => sub.has(x)) ? 0 : R.half);
      const t = tCols.reduce((sum, c) => sum + valueOf(view, T.r, c, sub), 0);
      const Ti = around(t, tRefs.some((x) => sub.has(x)) ? 0 : T.half);
      const q = div(Ri, Ti);
      if (!q) return false;
      const hi = scale(q, k);
      const rq = div(Ti, Ri);
      return formulas.some((f) => {
        if (f === 'ratio') return contains(hi, S, s.half);
        if (f === 'inverse') return contains(shift(neg(hi), 2 * k), S, s.half);
        return !!rq && contains(scale(rq, k), S, s.half);
      });
    },
    solve: () => null,
  };
}

/**
 * A relation of a few cells that its rule tests itself (a growth (a − b) / b × k, a product a × b / k):
 * tested again by that rule's own test with the inputs substituted. Nothing is solved for.
 */
export function testedRelation(
  view: SheetView,
  stated: { r: number; c: number },
  cells: { r: number; c: number }[],
  test: (inputs: number[], stated: number) => boolean,
): Relation {
  return {
    inputs: cells.map((q) => a1(q.r, q.c)),
    holds: (sub) =>
      test(
        cells.map((q) => valueOf(view, q.r, q.c, sub)),
        valueOf(view, stated.r, stated.c, sub),
      ),
    solve: () => null,
  };
}

/**
 * A relation whose stated cell was worked out from other cells, `terms` (Σ sign × term, within its rounding): a Jumlah
 * row's Sisa typed as its own Anggaran − Realisasi, or as the total of the Sisa above it. With any of those terms
 * corrected, the stated cell is read as moved by as much; so it follows from that cell (value.crossing), rather than
 * standing as a second slip. `inputsFirst`: corrections among the relation's own inputs explain it by themselves, the
 * terms followed only where they are none (the total row's own cells, read beside the column's cells they total: the
 * finding then names the one cell that mends it).
 */
export function following(view: SheetView, rel: Relation, stated: { r: number; c: number }, terms: SignedTerm[], inputsFirst: boolean): Relation {
  const own = terms.map((t) => a1(t.r, t.c));
  const at = a1(stated.r, stated.c);
  const none: Substitution = new Map();
  return {
    inputs: [...rel.inputs, ...own.filter((x) => !rel.inputs.includes(x))],
    holds: (sub) => {
      if (!own.some((x) => sub.has(x)) || sub.has(at) || (inputsFirst && rel.inputs.some((x) => sub.has(x)))) return rel.holds(sub);
      const moved = new Map(sub);
      moved.set(
        at,
        terms.reduce(
          (s, t, i) => s + (sub.has(own[i]) ? t.sign * (sub.get(own[i])! - valueOf(view, t.r, t.c, none)) : 0),
          valueOf(view, stated.r, stated.c, none),
        ),
      );
      return rel.holds(moved);
    },
    solve: (input) => (own.includes(input) && !rel.inputs.includes(input) ? null : rel.solve(input)),
  };
}
