/**
 * formula.uncached: formula cells inside the tables saved without their result (workbooks written by
 * web apps and scripts, which leave the calculation to Excel). The engine reads what a cell holds, so
 * those cells are neither checked nor filled: said once per table, so that "0 errors" is not read as
 * "every computed cell passed".
 */
import type { SheetView } from '../sheet';
import type { ColumnInfo } from '../types';
import type { Draft, RuleMeta } from './rule';
import { message } from './rule';
import { a1 } from '../address';
import { isNumericRole } from '../recognise/columns';

export const meta: RuleMeta = {
  id: 'formula.uncached',
  arithmetic: false,
  emits: {
    'formula.uncached': {
      severity: 'warning',
      title: { id: 'Rumus tanpa hasil tersimpan', en: 'Formulas saved without their results' },
      messages: {
        default: message(
          (d, w) =>
            `${w.count(d.n, 'sel rumus')} di tabel tidak menyimpan hasilnya (${d.list}): hitungannya tidak diperiksa. Buka berkas di Excel, simpan (Excel menghitung ulang), lalu periksa lagi`,
          (d, w) =>
            `${w.count(d.n, { one: 'formula cell', other: 'formula cells' })} in the tables ${d.n === 1 ? 'has' : 'have'} no saved result (${d.list}): ${d.n === 1 ? 'its arithmetic is' : 'their arithmetic is'} not checked. Open the file in Excel, save it (Excel recalculates), then check it again`,
        ),
      },
    },
  },
};

/** A table's formula cells without a saved result (its body, its numeric columns), said once, or null. */
export function uncachedFormulas(view: SheetView, t: { bodyTop: number; bodyRows: number; left: number; right: number; columns: ColumnInfo[] }): Draft | null {
  const cells: string[] = [];
  let n = 0;
  const cols = t.columns.filter((c) => isNumericRole(c.role) && c.col >= t.left && c.col <= t.right).map((c) => c.col);
  for (let r = t.bodyTop; r < t.bodyTop + t.bodyRows; r++)
    for (const c of cols)
      if (view.formula(r, c) && view.value(r, c).kind === 'empty') {
        n++;
        if (cells.length < 50) cells.push(a1(r, c));
      }
  if (n === 0) return null;
  return {
    cell: cells[0],
    rule: 'formula.uncached',
    severity: 'warning',
    expected: null,
    actual: null,
    related: cells,
    messageId: 'default',
    data: { n, list: `${cells.slice(0, 5).join(', ')}${n > 5 ? ' …' : ''}` },
  };
}
