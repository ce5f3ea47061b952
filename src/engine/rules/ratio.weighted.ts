/**
 * ratio.weighted: a column explained as the product of two others (Fisik tertimbang = Realisasi
 * fisik × Bobot / 100) holds on every data row. Totals add the weighted figures, checked by the
 * total rows' own rule.
 */
import { cell, current, defineRule, figureRow, message, num, quoted, relationColumns } from './common';
import { productHolds } from '../ratio-math';

export default defineRule({
  meta: {
    id: 'ratio.weighted',
    arithmetic: true,
    emits: {
      'ratio.weighted': {
        severity: 'error',
        title: { id: 'Hasil kali tidak sesuai (nilai tertimbang, volume × harga)', en: 'Product does not match (weighted value, volume × price)' },
        messages: {
          default: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: ${w.n(d.a)} × ${w.n(d.b)}${d.k === 1 ? '' : ` / ${w.n(d.k)}`} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: ${w.n(d.a)} × ${w.n(d.b)}${d.k === 1 ? '' : ` / ${w.n(d.k)}`} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Nilai tertimbang',
        () => 'Weighted value',
      ),
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const { col, rel, byFormula } of relationColumns(ctx, 'product')) {
      for (const x of table.info.rows) {
        if (!figureRow(x)) continue;
        const A = num(ctx, x.row, rel.a);
        const B = num(ctx, x.row, rel.b);
        if (!A || !B) continue;
        const at = cell(x.row, col.col);
        const expected = (A.value * B.value) / rel.k;
        const S = num(ctx, x.row, col.col);
        if (!S) {
          if (table.view.value(x.row, col.col).kind === 'empty')
            ctx.plan({
              cell: at,
              formula: `=${cell(x.row, rel.a)}*${cell(x.row, rel.b)}${rel.k === 1 ? '' : `/${rel.k}`}`,
              value: Math.round(expected * 100) / 100,
              current: current(ctx, x.row, col.col),
            });
          continue;
        }
        if (!byFormula && table.view.formula(x.row, col.col)) continue;
        if (productHolds(A, B, S, rel.k, ctx.tol.extra)) continue;
        ctx.report('ratio.weighted', {
          cell: at,
          expected: Math.round(expected * 100) / 100,
          actual: S.value,
          related: [cell(x.row, rel.a), cell(x.row, rel.b)],
          data: { row: quoted(x), a: A.value, b: B.value, k: rel.k, expected, stated: S.value },
        });
      }
    }
  },
});
