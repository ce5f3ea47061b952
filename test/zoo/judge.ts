/**
 * Judging an engine's findings on a zoo case (shared by scripts/zoo-report.ts and test/engine/zoo.test.ts),
 * and the zoo's own consistency check (each clean case satisfies the relations its generator declared;
 * each planted cell breaks one).
 */
import type { CellInput, Finding, SheetGrid } from '../../src/engine/types';
import type { BuiltCase, ResolvedRef } from './core';
import type { Planted, ZooCase } from './types';

export interface Verdict {
  name: string;
  convention: string;
  clean: boolean;
  /** Error findings on cells neither planted nor acceptable. */
  falseErrors: Finding[];
  /** Planted cells not found as an error of an accepted family. */
  missed: Planted[];
  /** Planted cells found, but with an expected value far from the planted one. */
  wrongExpected: { planted: Planted; finding: Finding }[];
  found: number;
  checkedCells: number;
  pass: boolean;
}

export const EXPECTED_TOLERANCE = 0.011;

export function matches(f: Finding, p: Planted): boolean {
  return f.sheet === p.sheet && f.cell === p.cell && f.severity === 'error' && (p.families as string[]).includes(f.rule.split('.')[0]);
}

export function judge(c: ZooCase, findings: Finding[]): Verdict {
  const allowed = new Set<string>([...c.planted.map((p) => `${p.sheet}!${p.cell}`), ...c.acceptable.map((a) => `${a.sheet}!${a.cell}`)]);
  const errors = findings.filter((f) => f.severity === 'error');
  const falseErrors = errors.filter((f) => !allowed.has(`${f.sheet}!${f.cell}`));
  const missed: Planted[] = [];
  const wrongExpected: Verdict['wrongExpected'] = [];
  let found = 0;
  for (const p of c.planted) {
    const hits = errors.filter((f) => matches(f, p));
    if (!hits.length) {
      missed.push(p);
      continue;
    }
    found++;
    if (p.expected !== undefined) {
      const close = hits.some((f) => typeof f.expected === 'number' && Math.abs(f.expected - p.expected!) <= EXPECTED_TOLERANCE);
      if (!close) wrongExpected.push({ planted: p, finding: hits[0] });
    }
  }
  return {
    name: c.name,
    convention: c.convention,
    clean: c.planted.length === 0,
    falseErrors,
    missed,
    wrongExpected,
    found,
    checkedCells: c.checkedCells,
    pass: !falseErrors.length && !missed.length && !wrongExpected.length,
  };
}

/* ------------------------------------------------------------------ the zoo's own check */

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

/** Problems with the zoo itself: a clean relation that fails, a planted cell that breaks nothing. */
export function selfCheck(c: BuiltCase): string[] {
  const problems: string[] = [];
  const read = (r: ResolvedRef) => readZooNumber(cellAt(c.grids, r.sheet, r.cell), r.frac);
  const holds = (rel: BuiltCase['relations'][number]): boolean | null => {
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
    // interval: half a unit of each input's and the target's last decimal
    let tol = 0.5 * 10 ** -rel.target.dec + 1e-9;
    rel.inputs.forEach((inp, k) => {
      const h = 1e-4 * Math.max(1, Math.abs(xs[k]));
      const x2 = xs.slice();
      x2[k] += h;
      const d = Math.abs((rel.f(x2) - y) / h);
      if (Number.isFinite(d)) tol += d * 0.5 * 10 ** -inp.dec;
    });
    return Math.abs(tv - y) <= tol;
  };
  const allowed = new Set(c.acceptable.map((a) => `${a.sheet}!${a.cell}`));
  for (const p of c.planted) allowed.add(`${p.sheet}!${p.cell}`);
  for (const rel of c.relations) {
    const ok = holds(rel);
    if (ok !== false) continue;
    const cells = [rel.target, ...rel.inputs].map((x) => `${x.sheet}!${x.cell}`);
    if (!c.planted.length) problems.push(`clean relation ${rel.name} fails at ${rel.target.cell}`);
    else if (!cells.some((k) => allowed.has(k))) problems.push(`relation ${rel.name} at ${rel.target.cell} fails away from any planted or acceptable cell`);
  }
  for (const p of c.planted) {
    const touching = c.relations.filter((r) => [r.target, ...r.inputs].some((x) => x.sheet === p.sheet && x.cell === p.cell));
    if (touching.length && !touching.some((r) => holds(r) === false)) problems.push(`planted ${p.cell} (${p.what}) breaks no relation`);
  }
  return problems;
}
