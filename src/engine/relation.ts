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
export function sumRelation(view: SheetView, stated: { r: number; c: number }, terms: { r: number; c: number; sign: 1 | -1 }[], tol: number): Relation {
  const statedRef = a1(stated.r, stated.c);
  const inputs = terms.map((t) => a1(t.r, t.c));
  const total = (sub: Substitution) => terms.reduce((s, t) => s + t.sign * valueOf(view, t.r, t.c, sub), 0);
  return {
    inputs,
    holds: (sub) => Math.abs(valueOf(view, stated.r, stated.c, sub) - total(sub)) <= tol,
    solve: (input) => {
      const i = inputs.indexOf(input);
      if (i < 0) return null;
      const t = terms[i];
      const others = total(new Map()) - t.sign * valueOf(view, t.r, t.c, new Map());
      return (valueOf(view, stated.r, stated.c, new Map()) - others) / t.sign;
    },
  };
}

/**
 * stated ≈ R/T·k (or, for lower-is-better rows, the inverse or reciprocal), with the rounding
 * intervals of R and T and half a unit of the stated value.
 */
export function ratioRelation(
  view: SheetView,
  s: { r: number; c: number; half: number },
  R: { r: number; c: number; half: number },
  T: { r: number; c: number; half: number },
  k: number,
  formulas: ('ratio' | 'inverse' | 'reciprocal')[],
): Relation {
  const rRef = a1(R.r, R.c);
  const tRef = a1(T.r, T.c);
  return {
    inputs: [rRef, tRef],
    holds: (sub) => {
      const S = valueOf(view, s.r, s.c, sub);
      const Ri = around(valueOf(view, R.r, R.c, sub), sub.has(rRef) ? 0 : R.half);
      const Ti = around(valueOf(view, T.r, T.c, sub), sub.has(tRef) ? 0 : T.half);
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
