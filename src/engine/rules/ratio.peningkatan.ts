/**
 * ratio.peningkatan: a growth column ("% Peningkatan", "Kenaikan/Penurunan (%)") explained as
 * (a − b) / b × 100 of two figures on its row, this year's on last year's, holds on every row where
 * both are numbers, its Jumlah row included (the growth of the totals).
 */
import { cell, current, defineRule, figureRow, message, num, quoted, relationColumns } from './common';
import { growthHolds } from '../ratio-math';

export default defineRule({
  meta: {
    id: 'ratio.peningkatan',
    arithmetic: true,
    emits: {
      'ratio.peningkatan': {
        severity: 'error',
        title: { id: 'Persentase peningkatan tidak sesuai', en: 'Growth percentage does not match' },
        messages: {
          default: message(
            (d, w) => `${d.row || 'Baris ini'}: (${w.n(d.a)} − ${w.n(d.b)}) / ${w.n(d.b)} × ${w.n(d.k)} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row || 'This row'}: (${w.n(d.a)} − ${w.n(d.b)}) / ${w.n(d.b)} × ${w.n(d.k)} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Persentase peningkatan',
        () => 'Growth percentage',
      ),
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const { col, rel, byFormula } of relationColumns(ctx, 'growth')) {
      for (const x of table.info.rows) {
        if (!figureRow(x, true)) continue;
        const A = num(ctx, x.row, rel.a);
        const B = num(ctx, x.row, rel.b);
        if (!A || !B || B.value === 0) continue;
        const at = cell(x.row, col.col);
        const expected = ((A.value - B.value) / B.value) * rel.k;
        const S = num(ctx, x.row, col.col);
        if (!S) {
          if (table.view.value(x.row, col.col).kind === 'empty')
            ctx.plan({
              cell: at,
              formula: `=IFERROR((${cell(x.row, rel.a)}-${cell(x.row, rel.b)})/${cell(x.row, rel.b)}${rel.k === 1 ? '' : `*${rel.k}`},"")`,
              value: Math.round(expected * 100) / 100,
              current: current(ctx, x.row, col.col),
            });
          continue;
        }
        if (!byFormula && table.view.formula(x.row, col.col)) continue;
        if (growthHolds(A, B, S, rel.k, ctx.tol.extra)) continue;
        ctx.report('ratio.peningkatan', {
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
