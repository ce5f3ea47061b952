/**
 * A sum or ratio found wrong at a cell whose formula, worked out on the cells it reads, gives the expected figure: the
 * formula is right and the value saved with it is stale (the workbook saved under manual calculation, or written by a
 * tool that does not recalculate). The finding stands, since the stale figure is what the file shows and prints; its
 * message says what to do instead of sending the reviewer to look for a wrong formula.
 */
import { parseA1 } from '../address';
import { evaluateFormula, parseFormula } from '../formula-parse';
import type { SheetView } from '../sheet';
import { message, type Draft } from './rule';

export const STALE = message(
  (d, w) => `Rumus sel ini (${d.formula}) memberi ${w.n(d.gives)}: nilai yang tersimpan belum dihitung ulang (tekan F9 di Excel, lalu simpan)`,
  (d, w) => `The cell's formula (${d.formula}) gives ${w.n(d.gives)}: the saved value was not recalculated (press F9 in Excel, then save)`,
);

/**
 * Marks each sum or ratio draft whose own formula gives its expected figure (Draft.stale). Not a knock-on (Draft.cause):
 * there the cell to correct is the cause, and Excel recalculates the rest once it is typed.
 */
export function markStale(drafts: Draft[], view: SheetView): void {
  for (const d of drafts) {
    if (d.cause || typeof d.expected !== 'number' || typeof d.actual !== 'number' || !(d.rule.startsWith('sum.') || d.rule.startsWith('ratio.'))) continue;
    const at = parseA1(d.cell);
    const formula = at && view.formula(at.row, at.col);
    if (!at || !formula) continue;
    const gives = formulaValue(view, formula);
    if (gives === null) continue;
    const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-6 * Math.max(Math.abs(a), Math.abs(b)), 0.005);
    // (A ratio's stated figure may be in the shown scale: 89,6 for a fraction formatted 0,0%.)
    const scale = d.actual !== 0 && view.numberAt(at.row, at.col) ? d.actual / view.numberAt(at.row, at.col)! : 1;
    if (near(gives * scale, d.expected) && !near(gives * scale, d.actual))
      d.stale = { formula: formula.startsWith('=') ? formula : `=${formula}`, gives: gives * scale };
  }
}

/** What a formula gives on the values saved in the cells it reads (this sheet's numbers and blanks only), or null. */
export function formulaValue(view: SheetView, formula: string): number | null {
  const node = parseFormula(formula);
  if (!node) return null;
  let unknown = false;
  const value = evaluateFormula(
    node,
    (sheet, r, c) => {
      if (sheet !== undefined && sheet !== view.name) unknown = true;
      const v = view.value(r, c);
      if (v.kind === 'empty') return null;
      // (A number stored as text is no number to SUM: Excel and this reading would differ.)
      if (v.kind !== 'number' || v.fromText) unknown = true;
      return v.kind === 'number' ? v.value : null;
    },
    { hidden: (_s, row) => view.isHidden(row) },
  );
  return unknown ? null : value;
}
