/**
 * The checked relations of a recognised table, derived from its TableInfo (column roles, row
 * kinds, parents) by the rules of ../shared/DOMAIN.md — not from the engine's rule modules, so a
 * mutation test built on them can catch a rule that silently skips a relation.
 *
 * The engine keeps a Relation object only beside a finding (for explainSecondary); a table without
 * errors exposes none, hence this independent derivation.
 */
import type { CellInput, ColumnInfo, RowInfo, SheetGrid, TableInfo } from '../../src/engine';
import { a1, readCell } from '../../src/engine';
import type { CellValue } from '../../src/engine';

export type RelationKind =
  | 'sum.total-row' // a Jumlah row = Σ the rows it closes (per summed column)
  | 'sum.hierarchy' // a parent's Rp = Σ its children's Rp
  | 'sum.period' // akhir-periode Rp = Σ the yearly Rp
  | 'sum.row-total' // a Total column = Σ its part columns
  | 'sum.difference' // Sisa = anggaran − realisasi
  | 'ratio.capaian' // capaian = realisasi / target × 100
  | 'ratio.anggaran' // rasio = realisasi / anggaran × 100
  | 'ratio.total'; // ratio on a Jumlah row = Σ realisasi / Σ target × 100

export interface Cell {
  r: number;
  c: number;
}

export interface CheckedRelation {
  kind: RelationKind;
  /** Index of the table among the sheet's tables. */
  table: number;
  /** The stated cell (the total, the parent, the akhir-periode Rp, the ratio). */
  result: Cell;
  /** The cells whose values make up the stated one. */
  inputs: Cell[];
  /** For ratios: which input is the numerator (realisasi) and which the denominator. */
  ratio?: { num: Cell; den: Cell; percentScale: number };
}

const DATA_KINDS = new Set(['indicator', 'continuation', 'program', 'kegiatan', 'subkegiatan']);
const SUMMED = new Set<ColumnInfo['role']>(['value', 'rowTotal', 'rp', 'akhirRp', 'anggaran', 'realisasiRp', 'sisa']);
const AMOUNT = new Set<ColumnInfo['role']>(['rp', 'akhirRp', 'anggaran', 'realisasiRp', 'sisa']);

export function valueAt(grid: SheetGrid, r: number, c: number): CellValue {
  return readCell(grid.cells[r]?.[c]);
}

function numberAt(grid: SheetGrid, r: number, c: number): number | null {
  const v = valueAt(grid, r, c);
  return v.kind === 'number' ? v.value : null;
}

const absent = (v: CellValue) => v.kind === 'empty' || v.kind === 'dash' || v.kind === 'na';

function isData(x: RowInfo): boolean {
  return DATA_KINDS.has(x.kind) || (x.kind === 'heading' && x.level !== undefined);
}

/** Numeric cells of a row (with its continuation lines) in one column. */
function ownCells(grid: SheetGrid, x: RowInfo, col: number): Cell[] {
  return [x.row, ...(x.lines ?? [])].filter((r) => numberAt(grid, r, col) !== null).map((r) => ({ r, c: col }));
}

export function relationsOf(grid: SheetGrid, tables: TableInfo[]): CheckedRelation[] {
  const out: CheckedRelation[] = [];
  tables.forEach((t, ti) => {
    if (!t.checked) return;
    out.push(
      ...totalRows(grid, t, ti),
      ...hierarchy(grid, t, ti),
      ...period(grid, t, ti),
      ...rowTotals(grid, t, ti),
      ...differences(grid, t, ti),
      ...ratios(grid, t, ti),
    );
  });
  return out;
}

/** Jumlah rows: the data rows since the previous Jumlah (or, right under subtotals, the subtotals). */
function totalRows(grid: SheetGrid, t: TableInfo, ti: number): CheckedRelation[] {
  const out: CheckedRelation[] = [];
  const cols = t.columns.filter((c) => SUMMED.has(c.role) && !c.percent);
  t.rows.forEach((x, i) => {
    if (x.kind !== 'total') return;
    let group: RowInfo[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const y = t.rows[k];
      if (y.kind === 'total') {
        if (group.length === 0) group = t.rows.slice(0, k + 1).filter((z) => z.kind === 'total');
        break;
      }
      if (isData(y)) group.unshift(y);
    }
    for (const col of cols) {
      if (numberAt(grid, x.row, col.col) === null) continue;
      const inputs = group.flatMap((y) => ownCells(grid, y, col.col));
      if (inputs.length) out.push({ kind: 'sum.total-row', table: ti, result: { r: x.row, c: col.col }, inputs });
    }
  });
  return out;
}

/** Program = Σ kegiatan, kegiatan = Σ sub kegiatan: each child's amount under the nearest ancestor that states one. */
function hierarchy(grid: SheetGrid, t: TableInfo, ti: number): CheckedRelation[] {
  const byRow = new Map(t.rows.map((x) => [x.row, x]));
  const rpYears = t.columns.filter((c) => c.role === 'rp').length;
  // With yearly Rp, the akhir-periode Rp of every row is checked against its years instead (DOMAIN: T-C.27).
  const cols = t.columns.filter((c) => AMOUNT.has(c.role) && !(c.role === 'akhirRp' && rpYears >= 2));
  const out = new Map<string, CheckedRelation>();
  for (const x of t.rows) {
    if (x.level === undefined || x.parent === undefined || x.kind === 'continuation' || x.kind === 'total') continue;
    for (const col of cols) {
      const mine = ownCells(grid, x, col.col);
      if (!mine.length) continue;
      // The nearest ancestor with its own amount (a blank parent counts as the sum of its children).
      let p = byRow.get(x.parent);
      while (p && ownCells(grid, p, col.col).length === 0) p = p.parent !== undefined ? byRow.get(p.parent) : undefined;
      if (!p) continue;
      const at = ownCells(grid, p, col.col);
      const result = at.length === 1 ? at[0] : { r: p.row, c: col.col };
      const key = `${result.r},${result.c}`;
      const rel = out.get(key) ?? { kind: 'sum.hierarchy' as const, table: ti, result, inputs: [] };
      rel.inputs.push(...mine);
      out.set(key, rel);
    }
  }
  return [...out.values()];
}

/** Akhir-periode Rp = Σ yearly Rp, on the rows that follow that convention (DOMAIN: a table may state the last year instead). */
function period(grid: SheetGrid, t: TableInfo, ti: number): CheckedRelation[] {
  const akhir = t.columns.find((c) => c.role === 'akhirRp');
  if (!akhir) return [];
  const years = t.columns.filter((c) => c.role === 'rp' && c.col < akhir.col);
  if (years.length < 2) return [];
  const out: CheckedRelation[] = [];
  for (const x of t.rows) {
    if (x.kind === 'blank' || x.kind === 'headerRepeat') continue;
    const stated = numberAt(grid, x.row, akhir.col);
    if (stated === null) continue;
    const vals = years.map((y) => valueAt(grid, x.row, y.col));
    if (vals.some((v) => v.kind !== 'number' && !absent(v))) continue;
    const inputs = years.filter((_, k) => vals[k].kind === 'number').map((y) => ({ r: x.row, c: y.col }));
    const sum = inputs.reduce((s, q) => s + numberAt(grid, q.r, q.c)!, 0);
    if (!inputs.length || Math.abs(sum - stated) > 0.5) continue;
    out.push({ kind: 'sum.period', table: ti, result: { r: x.row, c: akhir.col }, inputs });
  }
  return out;
}

/** Baik + Rusak Ringan + Rusak Berat = Total, Laki-laki + Perempuan = Jumlah, Jumlah (3+4). */
function rowTotals(grid: SheetGrid, t: TableInfo, ti: number): CheckedRelation[] {
  const out: CheckedRelation[] = [];
  for (const col of t.columns.filter((c) => c.role === 'rowTotal' && c.parts?.length)) {
    for (const x of t.rows) {
      if (!DATA_KINDS.has(x.kind) && x.kind !== 'total') continue;
      if (numberAt(grid, x.row, col.col) === null) continue;
      const vals = col.parts!.map((p) => valueAt(grid, x.row, p));
      if (vals.some((v) => v.kind !== 'number' && !absent(v))) continue;
      const inputs = col.parts!.filter((_, k) => vals[k].kind === 'number').map((p) => ({ r: x.row, c: p }));
      if (inputs.length) out.push({ kind: 'sum.row-total', table: ti, result: { r: x.row, c: col.col }, inputs });
    }
  }
  return out;
}

function differences(grid: SheetGrid, t: TableInfo, ti: number): CheckedRelation[] {
  const out: CheckedRelation[] = [];
  for (const col of t.columns.filter((c) => c.role === 'sisa' && c.parts?.length === 2)) {
    const [a, b] = col.parts!;
    for (const x of t.rows) {
      if (!isData(x) && x.kind !== 'total') continue;
      if ([col.col, a, b].some((c) => numberAt(grid, x.row, c) === null)) continue;
      out.push({
        kind: 'sum.difference',
        table: ti,
        result: { r: x.row, c: col.col },
        inputs: [
          { r: x.row, c: a },
          { r: x.row, c: b },
        ],
      });
    }
  }
  return out;
}

const sameTime = (a: ColumnInfo, b: ColumnInfo) => a.year === b.year && a.period === b.period;

/** A stated ratio with the realisasi and target (or anggaran) of the same year. */
function ratios(grid: SheetGrid, t: TableInfo, ti: number): CheckedRelation[] {
  const out: CheckedRelation[] = [];
  const pick = (role: ColumnInfo['role'], q: ColumnInfo) => {
    const all = t.columns.filter((c) => c.role === role);
    return all.find((c) => sameTime(c, q)) ?? (all.length === 1 && q.year === undefined && q.period === undefined ? all[0] : undefined);
  };
  for (const q of t.columns.filter((c) => c.role === 'ratio')) {
    const money = /keuangan|anggaran|pagu|dana|belanja|\brp\b/i.test(q.path.join(' '));
    const cap = { kind: 'ratio.capaian' as const, num: pick('realisasi', q), den: pick('target', q) };
    const ang = { kind: 'ratio.anggaran' as const, num: pick('realisasiRp', q), den: pick('anggaran', q) };
    const pair = (money ? [ang, cap] : [cap, ang]).find((p) => p.num && p.den);
    if (!pair) continue;
    const rows = t.rows.filter((x) => isData(x) || x.kind === 'total');
    const stated = rows.map((x) => ({ x, S: numberAt(grid, x.row, q.col), R: numberAt(grid, x.row, pair.num!.col), T: numberAt(grid, x.row, pair.den!.col) }));
    const usable = stated.filter((s) => s.S !== null && s.R !== null && s.T !== null && s.T !== 0);
    // Percent (94,74) or fraction (0,9474) column, decided by the majority of rows.
    const pct = usable.filter((s) => Math.abs(s.S! - (s.R! / s.T!) * 100) < Math.abs(s.S! - s.R! / s.T!)).length;
    const percentScale = pct * 2 >= usable.length ? 100 : 1;
    for (const s of usable) {
      const num = { r: s.x.row, c: pair.num!.col };
      const den = { r: s.x.row, c: pair.den!.col };
      out.push({
        kind: s.x.kind === 'total' ? 'ratio.total' : pair.kind,
        table: ti,
        result: { r: s.x.row, c: q.col },
        inputs: [num, den],
        ratio: { num, den, percentScale },
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------ mutation

export function cloneGrid(g: SheetGrid): SheetGrid {
  return { name: g.name, merges: g.merges.map((m) => ({ ...m })), cells: g.cells.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row)) };
}

/** A copy of the grid with one cell's number replaced (as a real number, keeping its format). */
export function withNumber(g: SheetGrid, at: Cell, value: number): SheetGrid {
  const copy = { ...g, cells: g.cells.slice() };
  const row = (copy.cells[at.r] ?? []).slice();
  const old: CellInput | undefined = row[at.c];
  const pct = !!old?.numFmt && /%/.test(old.numFmt);
  row[at.c] = { ...(old ?? {}), value: pct ? value / 100 : value, text: undefined, formula: undefined, error: undefined };
  copy.cells[at.r] = row;
  return copy;
}

/** Decimals a reader sees in the cell (the tolerance rule of DOMAIN.md). */
export function decimalsAt(grid: SheetGrid, at: Cell): number {
  const v = valueAt(grid, at.r, at.c);
  return v.kind === 'number' ? v.decimals : 0;
}

export { a1 };
