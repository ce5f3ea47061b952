/**
 * number.errors-outside: Excel error values outside every table (a cover letter's broken link, a
 * helper cell). Not a table's finding, but worth one note per sheet, at the first of them. Runs
 * once per sheet, after the tables are found.
 */
import type { SheetView } from '../sheet';
import type { Draft, RuleMeta } from './rule';
import { message } from './rule';
import { a1 } from '../address';

export const meta: RuleMeta = {
  id: 'number.errors-outside',
  arithmetic: false,
  emits: {
    'number.errors-outside': {
      severity: 'info',
      title: { id: 'Galat Excel di luar tabel', en: 'Excel errors outside the tables' },
      messages: {
        default: message(
          (d, w) => `${w.count(d.n, 'sel')} di luar tabel berisi galat Excel (${d.list}); periksa rumusnya bila sel itu dipakai`,
          (d, w) =>
            `${w.count(d.n, { one: 'cell', other: 'cells' })} outside the tables hold${d.n === 1 ? 's' : ''} an Excel error (${d.list}); check ${d.n === 1 ? 'its formula if it is used' : 'their formulas if they are used'}`,
        ),
      },
    },
  },
};

export function errorsOutsideTables(
  view: SheetView,
  tables: { headerTop: number; bodyTop: number; bodyRows: number; left: number; right: number }[],
): Draft | null {
  const cells: string[] = [];
  const inTable = (r: number, c: number) => tables.some((t) => r >= t.headerTop && r < t.bodyTop + t.bodyRows && c >= t.left && c <= t.right);
  for (let r = 0; r < view.rowCount; r++) {
    const w = view.storedWidth(r);
    for (let c = 0; c < w; c++) if (view.isError(r, c) && !inTable(r, c)) cells.push(a1(r, c));
  }
  if (cells.length === 0) return null;
  const n = cells.length;
  return {
    cell: cells[0],
    rule: 'number.errors-outside',
    severity: 'info',
    expected: null,
    actual: null,
    related: cells.slice(0, 50),
    messageId: 'default',
    data: { n, list: `${cells.slice(0, 5).join(', ')}${n > 5 ? ' …' : ''}` },
  };
}
