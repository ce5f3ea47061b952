/**
 * The fill plan to a fixed point. The cells a fill writes are inputs of other computed cells (a
 * Jumlah row's Sisa and %, a program's akhir-periode Rp over the years this fill writes, a rekap's
 * corner), which the rules plan only once those cells hold numbers: one fill left them to a second.
 * Here the plan's formulas and values are put into a copy of the sheet, which is analysed again,
 * until no new cell is planned: one fill writes what repeated fills would.
 */
import type { CellInput, FillItem, SheetGrid } from './types';
import { parseA1 } from './address';
import { writableCopy } from './cells';
import { FORMAT_LOOKBACK } from './fill-plans';
import { evaluateFormula, parseFormula, type Node } from './formula-parse';

/** Re-analyses after the first plan: a chain of computed cells deeper than this is left to another fill. */
export const MAX_ROUNDS = 5;

/**
 * The cells planned beyond `plans` once those are written, in the order their rounds found them.
 * `replan` analyses a grid and returns its fill plan. A cell a round planned is never planned again;
 * a cell whose plan was dropped (its inputs are text) stays empty, so what reads it is not planned as if it held 0.
 */
export function closeFill(grid: SheetGrid, plans: FillItem[], replan: (grid: SheetGrid) => FillItem[]): FillItem[] {
  const planned = new Set(plans.map((p) => p.cell));
  const added: FillItem[] = [];
  // One copy for every round: a round only fills cells of it that were empty.
  const copy = withPlans(grid, plans);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = replan(copy).filter((p) => !planned.has(p.cell));
    if (next.length === 0) break;
    for (const p of next) planned.add(p.cell);
    writePlans(copy.cells, next);
    added.push(...next);
  }
  if (added.length) revalue(copy, [...plans, ...added]);
  return added;
}

/**
 * Each plan's value as its formula gives it over every cell the fill writes. A plan of an early round may read a cell
 * a later round wrote (a program's akhir-periode Rp over a year's Rp its kegiatan's sum gave later): its formula is
 * right, but the value it was planned with counted that cell as empty. Only a value off by more than its rounding is
 * replaced, in place, to a fixed point.
 */
function revalue(copy: SheetGrid, plans: FillItem[]): void {
  const get = (sheet: string | undefined, r: number, c: number) => {
    if (sheet !== undefined && sheet !== copy.name) throw new Error('other sheet');
    const v = copy.cells[r]?.[c]?.value;
    return typeof v === 'number' ? v : null;
  };
  const nodes = new Map<FillItem, Node | null>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const p of plans) {
      if (typeof p.value !== 'number') continue;
      let node = nodes.get(p);
      if (node === undefined) nodes.set(p, (node = parseFormula(p.formula)));
      if (!node) continue;
      let v: number | null;
      try {
        v = evaluateFormula(node, get);
      } catch {
        v = null;
      }
      if (v === null || Math.abs(v - p.value) <= 0.01 + 1e-6 * Math.abs(p.value)) continue;
      p.value = Math.round(v * 1e6) / 1e6;
      const at = parseA1(p.cell);
      const cell = at ? copy.cells[at.row]?.[at.col] : undefined;
      if (cell) cell.value = p.value;
      changed = true;
    }
    if (!changed) break;
  }
}

/** A copy of the sheet with the plans written as the writers write them: formula, value, the column's number format. */
export function withPlans(grid: SheetGrid, plans: FillItem[]): SheetGrid {
  const copy = writableCopy(grid);
  writePlans(copy.cells, plans);
  return copy;
}

function writePlans(cells: SheetGrid['cells'], plans: FillItem[]): void {
  for (const p of plans) {
    const at = parseA1(p.cell);
    if (!at) continue;
    const row = (cells[at.row] ??= []);
    const cell: CellInput = { value: p.value === '' ? null : p.value, formula: p.formula };
    const numFmt = formatAbove(cells, at.row, at.col);
    if (numFmt) cell.numFmt = numFmt;
    row[at.col] = cell;
  }
}

/** The number format the writers give a new cell: the nearest number's above it (xlsx/write/fill.ts columnFormat). */
function formatAbove(cells: SheetGrid['cells'], row: number, col: number): string | undefined {
  for (let r = row - 1; r >= 0 && r >= row - FORMAT_LOOKBACK; r--) {
    const c = cells[r]?.[col];
    if (c && typeof c.value === 'number' && c.numFmt) return c.numFmt;
  }
  return undefined;
}
