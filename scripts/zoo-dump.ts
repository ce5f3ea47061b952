/** Dev aid: print one zoo case's grid and what the engine recognises in it: npx tsx scripts/zoo-dump.ts NAME [cols] */
import { zooCases } from '../test/zoo';
import { analyseWorkbook } from '../src/engine';
import { printColumns, printRows } from './print-table';
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
  if (mode === 'cols') printColumns(t);
  else printRows(t);
}
console.log('planted', JSON.stringify(c.planted));
for (const f of a.findings) if (f.severity === 'error') console.log('ERR', f.cell, f.rule, f.message.en.slice(0, 150));
