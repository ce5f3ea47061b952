/**
 * Judging an engine's findings on a zoo case (shared by scripts/zoo-report.ts and test/engine/zoo.test.ts),
 * and the zoo's own consistency check (each clean case satisfies the relations its generator declared;
 * each planted cell breaks one).
 */
import type { Finding } from '../../src/engine/types';
import type { BuiltCase } from './core';
import { relHolds } from './relcheck';
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

/** An error at the planted cell of a planted family, or value.crossing (the cell two relations name as their mistake). */
export function matches(f: Finding, p: Planted): boolean {
  return (
    f.sheet === p.sheet &&
    f.cell === p.cell &&
    f.severity === 'error' &&
    (f.rule === 'value.crossing' || (p.families as string[]).includes(f.rule.split('.')[0]))
  );
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

/** Problems with the zoo itself: a clean relation that fails, a planted cell that breaks nothing. */
export function selfCheck(c: BuiltCase): string[] {
  const problems: string[] = [];
  const holds = (rel: BuiltCase['relations'][number]) => relHolds(c.grids, rel);
  const allowed = new Set(c.acceptable.map((a) => `${a.sheet}!${a.cell}`));
  for (const p of c.planted) allowed.add(`${p.sheet}!${p.cell}`);
  for (const rel of c.relations) {
    const ok = holds(rel);
    if (ok !== false) continue;
    const cells = [rel.target, ...rel.inputs].map((x) => `${x.sheet}!${x.cell}`);
    if (cells.some((k) => allowed.has(k))) continue;
    problems.push(`${c.planted.length ? 'relation' : 'clean relation'} ${rel.name} at ${rel.target.cell} fails away from any planted or acceptable cell`);
  }
  for (const p of c.planted) {
    const touching = c.relations.filter((r) => [r.target, ...r.inputs].some((x) => x.sheet === p.sheet && x.cell === p.cell));
    if (touching.length && !touching.some((r) => holds(r) === false)) problems.push(`planted ${p.cell} (${p.what}) breaks no relation`);
  }
  return problems;
}
