/** Dev aid: print one zoo case's grid and what the engine recognises in it: npx tsx scripts/zoo-dump.ts NAME [cols] */
import { zooCases } from '../test/zoo';
import { analyseWorkbook } from '../src/engine';
const [name, mode] = process.argv.slice(2);
const c = zooCases().find((z) => z.name === name);
if (!c) throw new Error(`no case ${name}`);
const a = analyseWorkbook(c.grids);
for (const g of c.grids) {
  console.log(`== ${g.name}`);
  g.cells.forEach((row, r) => {
    if (!row) return;
    const parts: string[] = [];
    row.forEach((x, i) => {
      if (!x || x.value === null || x.value === '') return;
      let s = String(x.value).replace(/\s+/g, ' ');
      if (s.length > 16) s = s.slice(0, 16) + '…';
      parts.push(`${String.fromCharCode(65 + i)}=${s}${x.formula ? `{${x.formula}}` : ''}${x.bold ? '*' : ''}`);
    });
    console.log(String(r + 1).padStart(3), parts.join(' | '));
  });
}
for (const t of a.tables) {
  console.log(t.sheet, t.range, t.layout);
  if (mode === 'cols')
    for (const col of t.columns)
      console.log(
        ' ',
        col.col,
        col.role,
        col.year ?? col.period ?? '',
        JSON.stringify(col.path),
        col.relation ? JSON.stringify(col.relation) : '',
        col.unexplained ? 'UNEXPLAINED' : '',
      );
  else
    for (const x of t.rows)
      console.log(
        String(x.row + 1).padStart(4),
        x.kind.padEnd(12),
        String(x.level ?? '').padEnd(2),
        String(x.parent !== undefined ? x.parent + 1 : '').padEnd(4),
        (x.levelBy ?? '').padEnd(6),
        x.label.slice(0, 50),
      );
}
console.log('planted', JSON.stringify(c.planted));
for (const f of a.findings) if (f.severity === 'error') console.log('ERR', f.cell, f.rule, f.message.en.slice(0, 150));
