/**
 * A figure pulled from another sheet by a formula (a Rekap's `='Tabel 6.1'!F4`) comes from the row of the same name
 * there. Where the row it reads is named otherwise and exactly one row of the table it reads carries the row's own
 * name, the formula points at the wrong row: formula.reference, at the pulling cell, naming the right one. Names are
 * compared as entities compare them (entities.ts nameKey: case, tier words and markers aside); a name the other
 * table writes differently, or twice, says nothing.
 */
import type { Finding, RowInfo, SheetAnalysis, SheetLink, TableInfo } from './types';
import type { SheetView } from './sheet';
import type { Table } from './recognise';
import { a1, sheetRef } from './address';
import { nameKey } from './entities';
import { parseFormula } from './formula-parse';
// A cycle the registry tolerates, as cross.value's: its wording is called only when this runs.
import { finding } from './rules/registry';

/** Rows a name identifies: a total's "Jumlah" names nothing of its own. */
const NAMED = new Set<RowInfo['kind']>(['indicator', 'program', 'kegiatan', 'subkegiatan', 'heading']);
/** Past this many pulled cells in one sheet, the rest are not looked at (a generated sheet of links). */
const MAX_LINKS = 20_000;

/** The cells of named rows that pull one figure from another sheet. */
export function sheetLinks(view: SheetView, tables: Table[]): SheetLink[] {
  const out: SheetLink[] = [];
  tables.forEach((t, i) => {
    const cols = t.ctx.numericCols;
    for (const x of t.info.rows) {
      if (!NAMED.has(x.kind) || !x.label) continue;
      for (const c of cols) {
        const formula = view.formula(x.row, c);
        // (A raw test first: most formulas read their own sheet.)
        if (!formula || !formula.includes('!')) continue;
        const n = parseFormula(formula);
        if (n?.t !== 'ref' || !n.sheet || n.sheet === view.name) continue;
        out.push({ cell: a1(x.row, c), table: i, label: x.label, formula, to: { sheet: n.sheet, r: n.r, c: n.c } });
        if (out.length >= MAX_LINKS) return;
      }
    }
  });
  return out;
}

/** A table's rows by row number, and by name (entities.ts nameKey) among the rows a name identifies. */
interface RowIndex {
  byRow: Map<number, RowInfo>;
  byName: Map<string, RowInfo[]>;
}

function rowIndex(t: TableInfo): RowIndex {
  const byRow = new Map(t.rows.map((x) => [x.row, x]));
  const byName = new Map<string, RowInfo[]>();
  for (const x of t.rows) {
    if (!NAMED.has(x.kind)) continue;
    const k = nameKey(x.label);
    if (k) (byName.get(k) ?? byName.set(k, []).get(k)!).push(x);
  }
  return { byRow, byName };
}

/** The row of a table a cell stands on, a further line of a row read as that row. */
function rowAt(ix: RowIndex, r: number): RowInfo | undefined {
  const x = ix.byRow.get(r);
  return x?.kind === 'continuation' && x.parent !== undefined ? ix.byRow.get(x.parent) : x;
}

/** formula.reference findings for every link that reads another row than the one its own row names. */
export function linkFindings(sheets: SheetAnalysis[]): Finding[] {
  const out: Finding[] = [];
  const bySheet = new Map(sheets.map((s) => [s.sheet, s]));
  // Built for the tables links read, once each.
  const indexes = new Map<TableInfo, RowIndex>();
  const indexed = (t: TableInfo) => indexes.get(t) ?? indexes.set(t, rowIndex(t)).get(t)!;
  let base = 0;
  for (const s of sheets) {
    for (const link of s.links ?? []) {
      const there = bySheet.get(link.to.sheet);
      const t = there?.tables.find((x) => x.bodyTop <= link.to.r && link.to.r < x.bodyTop + x.bodyRows && x.left <= link.to.c && link.to.c <= x.right);
      if (!t) continue;
      const ix = indexed(t);
      const read = rowAt(ix, link.to.r);
      if (!read || !NAMED.has(read.kind)) continue;
      const mine = nameKey(link.label);
      if (!mine || nameKey(read.label) === mine) continue;
      const named = ix.byName.get(mine) ?? [];
      if (named.length !== 1) continue;
      const right = sheetRef(link.to.sheet, a1(named[0].row, link.to.c));
      const wrong = sheetRef(link.to.sheet, a1(link.to.r, link.to.c));
      const mineFormula = link.formula.replace(/^=?/, '=');
      out.push(
        finding(
          {
            cell: link.cell,
            rule: 'formula.reference',
            severity: 'error',
            messageId: 'otherRow',
            expected: `=${right}`,
            actual: mineFormula,
            related: [right, wrong],
            data: { label: link.label, mine: mineFormula, read: read.label, right },
          },
          s.sheet,
          base + link.table,
        ),
      );
    }
    base += s.tables.length;
  }
  return out;
}
