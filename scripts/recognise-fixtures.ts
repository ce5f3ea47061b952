/** Dev aid: print what the engine recognises in each fixture next to the expected description. */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../src/xlsx/read';
import { SheetView } from '../src/engine/sheet';
import { recogniseSheet } from '../src/engine/recognise';

async function main() {
  const root = path.join(__dirname, '..', 'test', 'fixtures');
  const only = process.argv[2];
  for (const dir of ['published', 'text', 'corrected', 'stacked']) {
    for (const f of fs.readdirSync(path.join(root, dir)).filter((x) => x.endsWith('.xlsx'))) {
      if (only && !f.includes(only)) continue;
      const exp = JSON.parse(fs.readFileSync(path.join(root, dir, f.replace('.xlsx', '.expected.json')), 'utf8'));
      const grids = await readWorkbook(fs.readFileSync(path.join(root, dir, f)), f);
      const got = grids.flatMap((g) => recogniseSheet(new SheetView(g)));
      const e = exp.tables
        .map((t: { range: string; layout: string; header_rows: number; body_rows: number }) => `${t.range} ${t.layout} h${t.header_rows} b${t.body_rows}`)
        .join('; ');
      const g = got.map((t) => `${t.info.range} ${t.info.layout} h${t.info.headerRows} b${t.info.bodyRows}`).join('; ');
      const ok =
        exp.tables.length === got.length &&
        exp.tables.every(
          (t: { range: string; layout: string; header_rows: number }, i: number) =>
            t.range === got[i].info.range && t.layout.split('|').includes(got[i].info.layout) && t.header_rows === got[i].info.headerRows,
        );
      console.log(ok ? 'OK  ' : 'BAD ', dir + '/' + f, ok ? '' : `\n   exp: ${e}\n   got: ${g}`);
      if (only)
        for (const t of got) {
          console.log(t.info.columns.map((c) => `${c.col}:${c.role}${c.year ?? ''}${c.parts ? '[' + c.parts + ']' : ''}`).join(' '));
          console.log(t.info.rows.map((x) => `${x.row + 1}:${x.kind}${x.level ?? ''}${x.parent !== undefined ? '^' + (x.parent + 1) : ''}`).join(' '));
        }
    }
  }
}
main();
