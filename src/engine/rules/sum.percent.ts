/**
 * sum.percent: a Jumlah row that adds up the percentages above it (targets or realisasi of indicators
 * whose satuan is %). DOMAIN: a sum of percentages means nothing; the table's figure is a mean, or
 * the ratio of the totals. Said at the total cell, as a warning (the row may be meant as a check sum).
 */
import { cell, defineRule, message, num } from './common';
import { closedRows } from '../recognise/totals';

const INDICATOR_ROLES = new Set(['target', 'realisasi', 'akhirTarget', 'kondisiAwal']);
const PERCENT_UNIT = /^(%|persen|persentase|prosen)$/i;

export default defineRule({
  meta: {
    id: 'sum.percent',
    arithmetic: true,
    emits: {
      'sum.percent': {
        severity: 'warning',
        title: { id: 'Persentase dijumlahkan pada baris Jumlah', en: 'Percentages added up in a total row' },
        messages: {
          default: message(
            (d, w) =>
              `Baris Jumlah menjumlahkan ${w.count(d.n, 'persentase')} di atasnya${d.cols > 1 ? ` di ${w.count(d.cols, 'kolom')}` : ''} (mis. ${w.n(d.stated, 6)} = jumlah ${d.first}…${d.last}); persentase tidak dijumlahkan: tulis rata-ratanya (${w.n(d.mean)}) atau kosongkan`,
            (d, w) =>
              `The total row adds up the ${w.count(d.n, { one: 'percentage', other: 'percentages' })} above it${d.cols > 1 ? ` in ${w.count(d.cols, { one: 'column', other: 'columns' })}` : ''} (e.g. ${w.n(d.stated, 6)} = the sum of ${d.first}…${d.last}); percentages are not added: state their mean (${w.n(d.mean)}) or leave it empty`,
          ),
        },
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const satuan = table.ctx.satuanCol;
    if (satuan === undefined) return;
    const rows = table.info.rows;
    const cols = table.info.columns.filter((c) => INDICATOR_ROLES.has(c.role));
    rows.forEach((x, i) => {
      if (x.kind !== 'total') return;
      const terms = closedRows(rows, i).filter((t) => t.kind !== 'continuation' && t.kind !== 'heading');
      // Every row it closes is an indicator in %: a mixed group's Jumlah adds other things too.
      if (terms.length < 2 || !terms.every((t) => PERCENT_UNIT.test(table.view.shownText(t.row, satuan).trim()))) return;
      // One finding for the row (a reviewer corrects the row, not seven cells), at its first summed cell.
      const summed: { col: number; S: number; mean: number; n: number }[] = [];
      for (const c of cols) {
        const S = num(ctx, x.row, c.col);
        if (!S || S.value === 0) continue;
        let sum = 0;
        let n = 0;
        for (const t of terms) {
          const v = num(ctx, t.row, c.col);
          if (v) {
            sum += v.value;
            n++;
          }
        }
        if (n >= 2 && Math.abs(sum - S.value) <= ctx.tol.shown(S) + 1e-9 * Math.abs(sum)) summed.push({ col: c.col, S: S.value, mean: sum / n, n });
      }
      if (!summed.length) return;
      const f = summed[0];
      ctx.report('sum.percent', {
        cell: cell(x.row, f.col),
        expected: null,
        actual: f.S,
        related: [...summed.slice(1).map((s) => cell(x.row, s.col)), ...terms.map((t) => cell(t.row, f.col))],
        data: { n: f.n, cols: summed.length, stated: f.S, mean: f.mean, first: cell(terms[0].row, f.col), last: cell(terms[terms.length - 1].row, f.col) },
      });
    });
  },
});
