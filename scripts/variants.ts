/** Dev aid: run every fixture through the metamorphic variants and print what changes. npx tsx scripts/variants.ts */
import * as fs from 'fs';
import * as path from 'path';
import { analyseSheet, type SheetGrid } from '../src/engine';
import { readWorkbook } from '../src/xlsx/read';
import { familyOf, listFixtures } from '../test/support/fixtures';
import { englishText, numbersAsText, otherYears, shifted, unmerged, upperHeaders, withoutNumberRow, withoutTitles, type Variant } from '../test/support/variants';

async function main() {
  const only = process.argv[2];
  let bad = 0;
  for (const fx of listFixtures()) {
    if (only && !fx.name.includes(only)) continue;
    const grids = await readWorkbook(fs.readFileSync(fx.file), path.basename(fx.file));
    for (const g of grids) {
      const exp = fx.expected.tables.filter((t) => t.sheet === g.name);
      const base = analyseSheet(g);
      const variants: (Variant | null)[] = [shifted(g, 3, 2), otherYears(g, base.tables, 5), withoutNumberRow(g, base.tables), upperHeaders(g, base.tables), numbersAsText(g, base.tables), unmerged(g), withoutTitles(g, base.tables), englishText(g, base.tables)];
      for (const v of variants) {
        if (!v) continue;
        const a = analyseSheet(v.grid);
        const problems: string[] = [];
        if (a.tables.length !== base.tables.length) problems.push(`tables ${base.tables.length} -> ${a.tables.length}`);
        a.tables.forEach((t, i) => { if (base.tables[i] && t.layout !== base.tables[i].layout) problems.push(`layout ${base.tables[i].layout} -> ${t.layout}`); });
        const allowed = new Set<string>();
        for (const t of exp) for (const f of [...t.findings, ...(t.acceptable ?? [])]) { const m = v.map(f.cell); if (m) allowed.add(m); }
        for (const t of exp) for (const f of t.findings) {
          const m = v.map(f.cell);
          if (!m) continue;
          const hit = a.findings.some((x) => x.cell === m && x.severity === 'error' && x.rule.startsWith(familyOf(f.kind) + '.'));
          if (!hit) problems.push(`missed ${f.cell}->${m} ${f.kind}`);
        }
        for (const f of a.findings) if (f.severity === 'error' && !allowed.has(f.cell)) problems.push(`stray ${f.cell} ${f.rule}: ${f.message.en.slice(0, 140)}`);
        if (problems.length) { bad++; console.log(`${fx.name} [${g.name}] ${v.name}:\n  ${problems.slice(0, 8).join('\n  ')}`); }
      }
    }
  }
  console.log(`variants with problems: ${bad}`);
}
main();
