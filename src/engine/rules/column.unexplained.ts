/**
 * column.unexplained: a column that looks computed (a %, a capaian, a bobot, a Sisa, a Jumlah) but
 * that no relation explains on most of its rows, in a table that has numbers it could come from (a
 * column sharing one formula is explained by it, whatever it is). One warning on the
 * column says so; none of its cells is accused (a reviewer forgives a missed finding sooner
 * than a wall of false ones).
 */
import { cell, columnCell, defineRule, message } from './common';

export default defineRule({
  meta: {
    id: 'column.unexplained',
    arithmetic: true,
    emits: {
      'column.unexplained': {
        severity: 'warning',
        title: { id: 'Kolom hitungan yang tidak dapat dijelaskan', en: 'Computed-looking column that nothing explains' },
        messages: {
          default: message(
            (d) =>
              `Kolom "${d.name}" tampak seperti hasil hitungan, tetapi tidak ada hubungan (rasio baris, bagian dari jumlah, selisih, jumlah kolom, atau rumusnya sendiri) yang cocok dengan sebagian besar barisnya; isinya tidak diperiksa per sel`,
            (d) =>
              `Column "${d.name}" looks computed, but no relation (a row ratio, a share of the total, a difference, a sum of columns, or its own formula) fits most of its rows; its cells are not checked one by one`,
          ),
        },
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const col of table.info.columns) {
      if (!col.unexplained) continue;
      ctx.report('column.unexplained', {
        cell: columnCell(ctx, col.col),
        expected: null,
        actual: null,
        related: [],
        data: { name: col.path.join(' / ') || cell(table.info.headerTop, col.col) },
      });
    }
  },
});
