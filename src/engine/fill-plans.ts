/**
 * The fill plan as the writers will write it: what the rules proposed, less the cells the user
 * cannot see and the formulas over numbers typed as text, in the scale each cell shows, and only
 * formulas that give in Excel the value they claim. Engine-side, so that the CLI, the browser and
 * the Excel add-in write the same plan.
 */
import type { FillItem } from './types';
import type { SheetView } from './sheet';
import { a1, parseA1, scanA1 } from './address';
import { evaluateFormula, fullyEvaluated, parseFormula, type Node } from './formula-parse';

type Plan = Omit<FillItem, 'sheet'>;

/** How far up a column the number whose format a new cell takes is looked for (the writers copy it: xlsx/write/fill.ts). */
export const FORMAT_LOOKBACK = 60;

export function settlePlans<T extends Plan>(view: SheetView, items: T[], hiddenCols: Set<number> | undefined): { plans: T[]; skippedForText: number } {
  // A formula over numbers stored as text gives #VALUE! (or a SUM that skips them): those inputs are
  // reported as number.text and must be converted first. Asked once every rule has run: number.text
  // has then read every numeric cell, so a sheet where none was text skips the look at each formula.
  const textNumbers = view.hasReadTextNumbers();
  let skippedForText = 0;
  const plans: T[] = [];
  for (const item of items) {
    // Never written where the user cannot see it: a hidden column, a hidden row.
    const at = parseA1(item.cell);
    if (!at || hiddenCols?.has(at.col) || view.isHidden(at.row)) continue;
    if (textNumbers && readsTextNumbers(view, item.formula)) skippedForText++;
    else plans.push(inPercentCell(view, item));
  }
  // Every cell a rule proposed, kept or not: a plan reading one left empty (its inputs are text) would compute a wrong value.
  return { plans: consistentPlans(view, plans, new Set(items.map((p) => p.cell))), skippedForText };
}

/**
 * A fill into a column shown in % ("0.00%": its cells hold 0,9333 and show 93,33 %) is written in the
 * scale the cell shows: the engine reads 93,33 there, but the cell must hold 0,9333, so the formula
 * loses its ×100 and the cached value is a hundredth. The column's format is its nearest number
 * above, the one the writers copy onto the new cell.
 */
function inPercentCell<T extends Omit<FillItem, 'sheet'>>(view: SheetView, item: T): T {
  const at = parseA1(item.cell);
  if (!at) return item;
  let percent = false;
  for (let r = at.row - 1; r >= 0 && r >= at.row - FORMAT_LOOKBACK; r--) {
    const v = view.value(r, at.col);
    if (v.kind !== 'number') continue;
    percent = !!v.percent;
    break;
  }
  return percent ? inPercentScale(item) : item;
}

/**
 * A plan written as a fraction: its formula without the ×100, its value a hundredth. Only a formula that still has
 * its ×100 is changed, so the writers may apply it again where the target cell's own format is % (a template's empty
 * "0.00%" column, which the engine's grid does not carry).
 */
export function inPercentScale<T extends Pick<FillItem, 'formula' | 'value'>>(item: T): T {
  const formula = item.formula.replace(/\*100(?=,""\)$|$)/, '');
  if (formula === item.formula) return item;
  return { ...item, formula, value: typeof item.value === 'number' ? Math.round(item.value * 1e4) / 1e6 : item.value };
}

/**
 * The plans as Excel will compute them, over the sheet and the other plans kept. A plan whose formula
 * gives "" or an error there is dropped: a Jumlah row's ratio planned over sums the same fill drops
 * (their inputs are text) or never proposes (indicators in different units) would show "" beside the
 * number Cermat printed. A plan that reads another plan's cell takes the value the formula then gives
 * (an akhir-periode Rp over a year's Rp the same fill writes). To a fixed point: a dropped or changed
 * cell may be what another plan reads.
 */
function consistentPlans<T extends Omit<FillItem, 'sheet'>>(view: SheetView, plans: T[], proposed: Set<string>): T[] {
  // The first plan of a cell is the one written (the writers skip a second): the one checked here.
  const planned = new Map<string, T>();
  const first = new Set<T>();
  for (const p of plans)
    if (!planned.has(p.cell)) {
      planned.set(p.cell, p);
      first.add(p);
    }
  // Parsed once. After the first round only the plans that read another plan's cell can change.
  const nodes = new Map<T, Node | null>();
  let check = plans;
  for (let round = 0; round < 5 && check.length; round++) {
    const again: T[] = [];
    let changed = false;
    for (const p of check) {
      if (planned.get(p.cell) !== p) continue; // dropped or replaced meanwhile
      let node = nodes.get(p);
      if (node === undefined) {
        // Only a formula reading a cell without a number (another plan's, text, an empty cell) can give
        // other than the rule worked out: the rest (nearly every plan) is not parsed at all.
        const doubt = typeof p.value === 'number' && readsAny(p.formula, (r, c) => view.numberAt(r, c) === undefined);
        nodes.set(p, (node = doubt ? parseFormula(p.formula) : null));
      }
      if (!node) continue;
      const got = formulaValue(view, node, planned, proposed);
      if (got.readsPlans) again.push(p);
      if (got.value === 'drop') {
        planned.delete(p.cell);
        changed = true;
      } else if (got.value !== undefined && Math.abs(got.value - (p.value as number)) > 0.01 + 1e-6 * Math.abs(p.value as number)) {
        const q = { ...p, value: Math.round(got.value * 1e6) / 1e6 };
        nodes.set(q, node);
        planned.set(p.cell, q);
        changed = true;
      }
    }
    if (!changed) break;
    check = again.map((p) => planned.get(p.cell)).filter((p): p is T => p !== undefined);
  }
  const out: T[] = [];
  for (const p of plans) {
    if (!first.has(p)) out.push(p);
    else {
      const q = planned.get(p.cell);
      if (q) out.push(q);
    }
  }
  return out;
}

/**
 * What a plan's formula gives in Excel over the sheet and the plans kept: a number, 'drop' ("" or an
 * error, or a cell some plan was to fill and no longer does), undefined (not known here); and whether
 * it read another plan's cell (it may change when that plan does).
 */
function formulaValue<T extends Omit<FillItem, 'sheet'>>(
  view: SheetView,
  node: Node,
  planned: Map<string, T>,
  proposed: Set<string>,
): { value: number | 'drop' | undefined; readsPlans: boolean } {
  let unknown = false;
  let readsUnplanned = false;
  let readsPlans = false;
  const got = evaluateFormula(node, (sheet, r, c) => {
    if (sheet !== undefined && sheet !== view.name) {
      unknown = true;
      return null;
    }
    const n = view.numberAt(r, c);
    if (n !== undefined) return n;
    const at = a1(r, c);
    if (!proposed.has(at)) return null;
    readsPlans = true;
    const other = planned.get(at);
    if (other) return typeof other.value === 'number' ? other.value : null;
    // A cell some plan was to fill, dropped since: what this plan counted on will not be there.
    if (view.value(r, c).kind === 'empty') readsUnplanned = true;
    return null;
  });
  if (unknown) return { value: undefined, readsPlans };
  if (readsUnplanned) return { value: 'drop', readsPlans };
  // Null from a formula the evaluator reads whole is "" or an Excel error, not the number claimed;
  // from an unknown function it says nothing.
  if (got === null) return { value: fullyEvaluated(node) ? 'drop' : undefined, readsPlans };
  return { value: got, readsPlans };
}

function readsTextNumbers(view: SheetView, formula: string): boolean {
  return readsAny(formula, (r, c) => {
    const v = view.value(r, c);
    return v.kind === 'number' && v.fromText;
  });
}

/** Whether a formula refers to a cell (alone or in a range) that `test` accepts. */
export function readsAny(formula: string, test: (r: number, c: number) => boolean): boolean {
  // Called for every planned cell: references are scanned by hand (A1, $B$7, C3:C9), without a
  // regex match object per reference.
  const n = formula.length;
  let i = 0;
  while (i < n) {
    const a = readRef(formula, i);
    if (!a) {
      i++;
      continue;
    }
    let q = a;
    if (formula.charCodeAt(a.end) === 58 /* : */) {
      const b = readRef(formula, a.end + 1);
      if (b) q = b;
    }
    for (let r = a.row; r <= q.row; r++) for (let c = a.col; c <= q.col; c++) if (test(r, c)) return true;
    i = q.end;
  }
  return false;
}

/** A cell reference starting at i, not inside a longer name ("TAHUNA2021"). */
function readRef(s: string, i: number): { row: number; col: number; end: number } | null {
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  if ((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57) || prev === 95) return null;
  return scanA1(s, i);
}
