/** Amounts of hierarchy nodes: own value plus continuation lines, or the sum of the children when blank. */
import type { ColumnInfo, RowInfo } from '../types';
import type { Table } from '../recognise';
import { partHalf } from '../tolerance';
import { rowAmount, rowFigure } from '../recognise/rows';

export interface Amount {
  value: number;
  /** Cells (row, col) whose values make up the amount. */
  cells: { r: number; c: number }[];
  decimals: number;
}

// Children by parent row, indexed once per table (the rows are final once recognition is done).
// Filtering every row for every parent made sum.hierarchy quadratic: a 100,000-row Tabel 6.1
// has some 25,000 programs and kegiatan.
const childIndex = new WeakMap<RowInfo[], Map<number, RowInfo[]>>();

export function childrenOf(table: Table, parent: RowInfo): RowInfo[] {
  const rows = table.info.rows;
  let index = childIndex.get(rows);
  if (!index) {
    index = new Map();
    for (const x of rows) {
      if (x.parent === undefined || x.level === undefined || x.kind === 'continuation') continue;
      const kids = index.get(x.parent);
      if (kids) kids.push(x);
      else index.set(x.parent, [x]);
    }
    childIndex.set(rows, index);
  }
  return index.get(parent.row) ?? [];
}

/** The node's own amount (with its continuation lines), or null when it has none: ownFigure and its cells. */
export function ownAmount(table: Table, x: RowInfo, col: number): Amount | null {
  const f = ownFigure(table, x, col);
  if (!f) return null;
  // The cells only where a finding names them (the sum rules compare figures first).
  const cells: Amount['cells'] = [];
  for (const r of [x.row, ...(x.lines ?? [])]) if (table.view.numberAt(r, col) !== undefined) cells.push({ r, c: col });
  return { value: f.value, cells, decimals: f.decimals };
}

/** Columns computed from others on their row by their nature, whether or not their rows showed the relation yet. */
const COMPUTED_ROLES = new Set<ColumnInfo['role']>(['akhirRp', 'rowTotal', 'sisa']);

/**
 * Whether a sum over these rows must wait before a fill writes it: in a computed column (a Sisa, an akhir-periode Rp)
 * one of them is still empty, itself or down to its leaves, and the same fill writes it (or, its inputs being text,
 * leaves it empty). A SUM of the others now would leave that row out; the closure's next round (fill-closure.ts)
 * plans the sum once every term holds a number.
 */
export function pendingTerm(table: Table, rows: RowInfo[], col: ColumnInfo): boolean {
  const computed = !!col.relation || COMPUTED_ROLES.has(col.role);
  const pending = (x: RowInfo, depth: number): boolean => {
    if (ownValue(table, x, col.col) !== null || table.view.value(x.row, col.col).kind !== 'empty') return false;
    // A sub-total left empty is written by the same fill (sum.total-row), or by none: a grand total over the
    // sub-totals waits for it rather than add up the others.
    if (x.kind === 'total') return true;
    const kids = childrenOf(table, x);
    // A program or kegiatan left empty is summed by the same fill (sum.hierarchy): a sum over it waits for it, so a
    // Jumlah adds the programs, not some programs and the sub kegiatan of others.
    if (kids.length > 0 && (x.kind === 'program' || x.kind === 'kegiatan')) return true;
    if (!computed) return false;
    return kids.length === 0 || depth > 6 || kids.some((k) => pending(k, depth + 1));
  };
  return rows.some((x) => pending(x, 0));
}

/**
 * The empty cells at the leaves of these rows in a column (a sub kegiatan whose realisasi is not typed yet): a SUM
 * the fill writes spans them too, so the total follows once they are typed, and a writer that leaves one of them
 * empty on purpose (a note on it) can tell which plans read it.
 */
export function blankLeaves(table: Table, rows: RowInfo[], col: number, depth = 0): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (const x of rows) {
    if (ownValue(table, x, col) !== null || table.view.value(x.row, col).kind !== 'empty') continue;
    const kids = childrenOf(table, x);
    // (A leaf with figures of its own elsewhere on its row: a pagu without its realisasi, not a heading.)
    if (kids.length === 0) {
      if (table.ctx.numericCols.some((c) => table.view.numberAt(x.row, c) !== undefined)) out.push({ r: x.row, c: col });
    } else if (depth < 6) out.push(...blankLeaves(table, kids, col, depth + 1));
  }
  return out;
}

/** Own amount, or else what its children add up to (a kegiatan left blank counts as its sub kegiatan). */
export function effectiveAmount(table: Table, x: RowInfo, col: number, depth = 0): Amount | null {
  const own = ownAmount(table, x, col);
  if (own || depth > 6) return own;
  return sumOf(table, childrenOf(table, x), col, depth + 1);
}

export function sumOf(table: Table, rows: RowInfo[], col: number, depth = 0): Amount | null {
  let total: Amount | null = null;
  for (const k of rows) {
    const a = effectiveAmount(table, k, col, depth);
    if (!a) continue;
    total = total ?? { value: 0, cells: [], decimals: 0 };
    total.value += a.value;
    // A loop, not push(...a.cells): spreading a long array allocates and can exceed the argument limit.
    for (const q of a.cells) total.cells.push(q);
    total.decimals = Math.max(total.decimals, a.decimals);
  }
  return total;
}

/**
 * A node's own figure (recognise/rows.ts: rowFigure). The sum rules compare figures and list the
 * cells (ownAmount) only on a mismatch: on a 100,000-row table almost every parent agrees.
 */
export function ownFigure(table: Table, x: RowInfo, col: number): { value: number; decimals: number; row: number } | null {
  return rowFigure(table.view, x, col);
}

export function ownValue(table: Table, x: RowInfo, col: number): number | null {
  return rowAmount(table.view, x, col);
}

export function effectiveValue(table: Table, x: RowInfo, col: number, depth = 0): number | null {
  const own = ownValue(table, x, col);
  if (own !== null || depth > 6) return own;
  return sumValue(table, childrenOf(table, x), col, depth + 1);
}

export function sumValue(table: Table, rows: RowInfo[], col: number, depth = 0): number | null {
  let total: number | null = null;
  for (const k of rows) {
    const a = effectiveValue(table, k, col, depth);
    if (a !== null) total = (total ?? 0) + a;
  }
  return total;
}

/**
 * sumTolerance's running sum over effectiveAmount's cells, without the cells: half of each
 * number shown with decimals added to acc.t, cell by cell in effectiveAmount's order (own row,
 * its lines, else the children's, recursively), so the total is identical. Returns whether the
 * node has an amount at all.
 */
export function effectiveHalves(table: Table, x: RowInfo, col: number, acc: { t: number }, depth = 0): boolean {
  let own = false;
  const lines = x.lines;
  for (let i = -1; i < (lines ? lines.length : 0); i++) {
    const r = i < 0 ? x.row : (lines as number[])[i];
    const value = table.view.numberAt(r, col);
    if (value === undefined) continue;
    own = true;
    const decimals = table.view.decimalsAt(r, col);
    acc.t += partHalf(decimals, value);
  }
  if (own || depth > 6) return own;
  let any = false;
  for (const k of childrenOf(table, x)) if (effectiveHalves(table, k, col, acc, depth + 1)) any = true;
  return any;
}
