/**
 * The version comparison on the planted pairs (test/support/compare-books.ts): how many entities
 * compareVersions paired and left unpaired, and whether it reports exactly the expected changes.
 * Cheap (a few small grids): run alone with `npx tsx bench/compare-precision.ts`.
 */
import { analyseWorkbook } from '../src/engine';
import { compareVersions } from '../src/engine/compare';
import { changeLine, compareCases } from '../test/support/compare-books';

export interface ComparePrecision {
  name: string;
  entities: number;
  matched: number;
  oldOnly: number;
  newOnly: number;
  expected: number;
  found: number;
  extra: number;
}

export function comparePrecision(): ComparePrecision[] {
  return compareCases().map((c) => {
    const a = analyseWorkbook(c.old);
    const b = analyseWorkbook(c.new);
    const r = compareVersions(a, b);
    const lines = r.changes.map(changeLine);
    return {
      name: c.name,
      entities: a.entities.length + b.entities.length,
      ...r.counts,
      expected: c.changes.length,
      found: c.changes.filter((x) => lines.includes(x)).length,
      extra: lines.filter((x) => !c.changes.includes(x)).length,
    };
  });
}

if (require.main === module) console.table(comparePrecision());
