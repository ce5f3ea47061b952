import { readFileSync } from 'node:fs';
import { readWorkbook } from '../src/xlsx/read';
import { SheetView } from '../src/engine/sheet';
import { recogniseColumns } from '../src/engine/recognise/columns';
import { findTables } from '../src/engine/recognise/header';
import { classifyRows, rowContext } from '../src/engine/recognise/rows';
import { learnDepths } from '../src/engine/recognise/scheme';
(async () => {
  const grids = await readWorkbook(readFileSync(process.argv[2]), 'x');
  const view = new SheetView(grids[0]);
  const span = findTables(view)[0];
  const cols = recogniseColumns(view, span, span.bodyTop, span.bodyEnd);
  const ctx = rowContext(cols);
  const { rows, marks } = classifyRows(view, span, cols, ctx);
  for (const x of rows.slice(0, 30)) console.log(x.row + 1, x.kind, JSON.stringify(marks.get(x.row) ?? {}));
})();
import { buildHierarchy } from '../src/engine/recognise/rows';
import * as S from '../src/engine/recognise/scheme';
(async () => {
  const grids = await readWorkbook(readFileSync(process.argv[2]), 'x');
  const view = new SheetView(grids[0]);
  const span = findTables(view)[0];
  const cols = recogniseColumns(view, span, span.bodyTop, span.bodyEnd);
  const ctx = rowContext(cols);
  const { rows, marks } = classifyRows(view, span, cols, ctx);
  const input = rows.map((x) => ({ key: (marks.get(x.row)?.kode?.type ?? null) as string | null, reset: x.kind === 'total' }));
  console.log(S.learnDepths(input));
})();
