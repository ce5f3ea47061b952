import { readFileSync } from 'node:fs';
import { readWorkbook } from '../src/xlsx/read';
import { analyseWorkbook } from '../src/engine';
(async () => {
  const [file, from, to] = process.argv.slice(2);
  const a = analyseWorkbook(await readWorkbook(readFileSync(file), file));
  for (const t of a.tables) {
    console.log(t.sheet, t.range, t.layout, t.columns.map((c) => c.role).join(','));
    for (const x of t.rows)
      if (x.row + 1 >= Number(from ?? 0) && x.row + 1 <= Number(to ?? 1e9))
        console.log(
          String(x.row + 1).padStart(4),
          x.kind.padEnd(12),
          String(x.level ?? '').padEnd(2),
          String(x.parent !== undefined ? x.parent + 1 : '').padEnd(4),
          (x.levelBy ?? '').padEnd(6),
          (x.kode ?? '').padEnd(14),
          x.label.slice(0, 60),
        );
  }
})();
// columns with their relations: npx tsx scripts/rows.ts FILE cols
(async () => {
  if (process.argv[3] !== 'cols') return;
  const file = process.argv[2];
  const a = analyseWorkbook(await readWorkbook(readFileSync(file), file));
  for (const t of a.tables) {
    console.log(t.sheet, t.range);
    for (const c of t.columns)
      console.log(
        ' ',
        c.col,
        c.role,
        c.year ?? c.period ?? '',
        JSON.stringify(c.path),
        c.relation ? JSON.stringify(c.relation) : '',
        c.unexplained ? 'UNEXPLAINED' : '',
      );
  }
})();
