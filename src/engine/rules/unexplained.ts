/**
 * column.unexplained: a column that looks computed (a %, a capaian, a bobot, a Sisa, a Jumlah, a
 * column of formulas) but that no relation explains on most of its rows. One warning on the
 * column says so; none of its cells is accused (a reviewer forgives a missed finding sooner
 * than a wall of false ones).
 */
import type { RuleModule } from './common';
import { cell, say } from './common';

export const columnUnexplained: RuleModule = {
  id: 'column.unexplained',
  family: 'column',
  severity: 'warning',
  arithmetic: true,
  title: { id: 'Kolom hitungan yang tidak dapat dijelaskan', en: 'Computed-looking column that nothing explains' },
  check(ctx) {
    const { table } = ctx;
    for (const col of table.info.columns) {
      if (!col.unexplained) continue;
      const name = col.path.join(' / ') || cell(table.info.headerTop, col.col);
      ctx.emit({
        cell: cell(table.info.headerTop + Math.max(0, table.info.headerRows - 1 - (table.info.numberRow !== undefined ? 1 : 0)), col.col),
        rule: this.id,
        severity: 'warning',
        expected: null,
        actual: null,
        related: [],
        message: say((_f, id) =>
          id
            ? `Kolom "${name}" tampak seperti hasil hitungan, tetapi tidak ada hubungan (rasio baris, bagian dari jumlah, selisih, jumlah kolom, atau rumusnya sendiri) yang cocok dengan sebagian besar barisnya; isinya tidak diperiksa per sel`
            : `Column "${name}" looks computed, but no relation (a row ratio, a share of the total, a difference, a sum of columns, or its own formula) fits most of its rows; its cells are not checked one by one`,
        ),
      });
    }
  },
};
