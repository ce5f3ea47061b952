/** Reading zoo cells back and judging whether a declared relation holds on the rendered grid. */
import type { CellInput, SheetGrid } from '../../src/engine/types';
import type { ResolvedRel, ResolvedRef } from './core';

function cellAt(grids: SheetGrid[], sheet: string, a1: string): CellInput | undefined {
  const g = grids.find((x) => x.name === sheet);
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!g || !m) return undefined;
  const c = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return g.cells[Number(m[2]) - 1]?.[c];
}

/** Reads a cell as the generator meant it: numbers, Indonesian/English text numbers, '-' and empty as null. */
export function readZooNumber(cell: CellInput | undefined, frac: boolean): number | null {
  if (!cell || cell.error) return null;
  let v: number | null = null;
  if (typeof cell.value === 'number') v = cell.value;
  else if (typeof cell.value === 'string') {
    let s = cell.value.trim().replace(/^Rp\.?\s*/i, '');
    const pct = s.endsWith('%');
    s = s.replace(/%$/, '');
    let neg = false;
    if (/^\(.*\)$/.test(s)) {
      neg = true;
      s = s.slice(1, -1);
    }
    if (s.startsWith('-') && s.length > 1) {
      neg = true;
      s = s.slice(1);
    }
    let n: number;
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^\d+,\d+$/.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
    else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) n = Number(s.replace(/,/g, ''));
    else if (/^\d+(\.\d+)?$/.test(s)) n = Number(s);
    else return null;
    v = neg ? -n : n;
    if (pct) return v;
  }
  if (v === null) return null;
  return frac ? v * 100 : v;
}

/** Whether a relation holds within what its displayed inputs allow (null: undefined here). */
export function relHolds(grids: SheetGrid[], rel: ResolvedRel): boolean | null {
  const read = (r: ResolvedRef) => readZooNumber(cellAt(grids, r.sheet, r.cell), r.frac);
  const xs: number[] = [];
  for (const i of rel.inputs) {
    const v = read(i);
    if (v === null && rel.strict) return null;
    xs.push(v ?? 0);
  }
  const y = rel.f(xs);
  const tv = read(rel.target);
  if (!Number.isFinite(y)) return null;
  if (tv === null) return Math.abs(y) < 1e-9 ? true : null;
  // integers (Rp, counts) from integers: exactly
  if (rel.target.dec === 0 && rel.inputs.every((i) => i.dec === 0) && xs.every(Number.isInteger)) return Math.abs(tv - y) < 1e-6;
  // otherwise the interval: half a unit of each input's and the target's last decimal
  let tol = 0.5 * 10 ** -rel.target.dec + 1e-9;
  rel.inputs.forEach((inp, k) => {
    const h = 1e-4 * Math.max(1, Math.abs(xs[k]));
    const x2 = xs.slice();
    x2[k] += h;
    const d = Math.abs((rel.f(x2) - y) / h);
    if (Number.isFinite(d)) tol += d * 0.5 * 10 ** -inp.dec;
  });
  return Math.abs(tv - y) <= tol;
}
