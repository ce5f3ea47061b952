import { readFileSync } from 'node:fs';
import { readWorkbook } from '../src/xlsx/read';
(async () => {
  const [file, sheet, from, to, width] = process.argv.slice(2);
  const grids = await readWorkbook(readFileSync(file), file);
  for (const g of grids) {
    if (sheet && sheet !== '*' && g.name !== sheet) continue;
    console.log(`== ${g.name} (${g.cells.length} rows, ${g.merges.length} merges)`);
    const a = Number(from ?? 0),
      b = Math.min(Number(to ?? 60), g.cells.length - 1);
    const w = Number(width ?? 18);
    for (let r = a; r <= b; r++) {
      const row = g.cells[r];
      if (!row) continue;
      const parts: string[] = [];
      row.forEach((c, i) => {
        if (!c || c.value === null || c.value === '') return;
        let s = String(c.value).replace(/\s+/g, ' ');
        if (s.length > w) s = s.slice(0, w) + '…';
        parts.push(
          `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}=${s}${c.formula ? ` {=${c.formula.slice(0, 40)}}` : ''}${c.bold ? '*' : ''}`,
        );
      });
      console.log(String(r + 1).padStart(4), parts.join(' | '));
    }
  }
})();
