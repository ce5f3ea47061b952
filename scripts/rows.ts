/**
 * Dev aid: what the engine recognises in a workbook's tables.
 *   npx tsx scripts/rows.ts FILE [FROM TO]   body rows (1-based FROM…TO)
 *   npx tsx scripts/rows.ts FILE cols        columns with their relations
 */
import { readFileSync } from 'node:fs';
import { readWorkbook } from '../src/xlsx/read';
import { analyseWorkbook } from '../src/engine';
import { printColumns, printRows } from './print-table';

(async () => {
  const [file, from, to] = process.argv.slice(2);
  const a = analyseWorkbook(await readWorkbook(readFileSync(file), file));
  for (const t of a.tables) {
    console.log(t.sheet, t.range, t.layout, t.columns.map((c) => c.role).join(','));
    if (from === 'cols') printColumns(t);
    else printRows(t, Number(from ?? 0), Number(to ?? Infinity));
  }
})();
