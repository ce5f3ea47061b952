/**
 * Runs one rule alone on a sheet, as ESLint's RuleTester runs one rule: the tables are recognised
 * as always, then only that rule's module checks them. `rule` is a finding id; its owning module
 * runs (so 'kode.number' runs kode.parent, which emits it).
 */
import { analyseSheet } from '../../src/engine/analyse';
import { moduleOf } from '../../src/engine/rules/registry';
import type { Settings } from '../../src/engine/settings';
import type { SheetAnalysis, SheetGrid } from '../../src/engine/types';

export function runRule(rule: string, grid: SheetGrid, settings?: Partial<Settings>): SheetAnalysis {
  const module = moduleOf(rule);
  if (!module) throw new Error(`no rule declares ${rule}`);
  const a = analyseSheet(grid, settings, [], 0, { rules: [module] });
  // A rule that throws is noted on its table, not raised: a tester must see it.
  const failed = a.tables.flatMap((t) => t.notes).find((n) => /failed/.test(n.en));
  if (failed) throw new Error(failed.en);
  return a;
}
