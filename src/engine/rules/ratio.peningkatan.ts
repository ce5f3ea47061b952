/**
 * ratio.peningkatan: a growth column ("% Peningkatan", "Kenaikan/Penurunan (%)") explained as
 * (a − b) / b × 100 of two figures on its row, this year's on last year's, holds on every row where
 * both are numbers, its Jumlah row included (the growth of the totals). A row whose figures are
 * percentages (satuan %) may grow in percentage points instead (57,41 → 62,90: 5,49).
 */
import { cell, defineRule, message, num, quoted, totalAbove, type CheckContext } from './common';
import { growthHolds, isPercentUnit, pointsHold } from '../ratio-math';
import { checkRowRelation } from './row-relation';
import { testedRelation } from '../relation';

/** A row of the growth of the total above it, year on year: "Pertumbuhan (%)", "Pertumbuhan Jumlah (%)", "Kenaikan". */
const GROWTH_ROW = /^(pertumbuhan|peningkatan|kenaikan|perkembangan|laju pertumbuhan)( jumlah| total)?\s*(\(\s*%\s*\)|%)?\s*$/i;

/**
 * "Jumlah | 1.000 | 1.100 | 1.200" over "Pertumbuhan (%) | – | 10 | 9,09" (years across): each year's growth of the
 * Jumlah over the year before. Said where the row's other years bear the reading out (one at least, most of them):
 * a growth from a base year, or in points, is another reading, not a slip in every cell.
 */
function growthRows(ctx: CheckContext): void {
  const { table } = ctx;
  const years = table.info.columns.filter((c) => c.year !== undefined && (c.role === 'value' || c.role === 'realisasi' || c.role === 'rp'));
  const series = years.filter((c, i) => i > 0 && years[i - 1].year === c.year! - 1 && years[i - 1].role === c.role);
  if (series.length === 0) return;
  const rows = table.info.rows;
  rows.forEach((x, i) => {
    if (!GROWTH_ROW.test(x.label.trim())) return;
    const total = totalAbove(rows, i);
    if (!total) return;
    const cells = series.flatMap((c) => {
      const prev = years[years.indexOf(c) - 1];
      const a = num(ctx, total.row, c.col);
      const b = num(ctx, total.row, prev.col);
      const S = num(ctx, x.row, c.col);
      if (!a || !b || !S || b.value === 0) return [];
      return [{ c, prev, a, b, S, holds: growthHolds(a, b, S, 100, ctx.tol.extra) !== false }];
    });
    const held = cells.filter((q) => q.holds).length;
    if (held === 0 || held * 2 < cells.length) return;
    for (const { c, prev, a, b, S, holds } of cells) {
      if (holds) continue;
      const expected = ((a.value - b.value) / b.value) * 100;
      ctx.report('ratio.peningkatan', {
        cell: cell(x.row, c.col),
        expected: Math.round(expected * 100) / 100,
        actual: S.value,
        related: [cell(total.row, c.col), cell(total.row, prev.col)],
        // Kept so that the knock-on pass can ask whether a corrected Jumlah makes it hold.
        relation: testedRelation(
          table.view,
          { r: x.row, c: c.col },
          [
            { r: total.row, c: c.col },
            { r: total.row, c: prev.col },
          ],
          (v, s) => growthHolds({ ...a, value: v[0] }, { ...b, value: v[1] }, { ...S, value: s }, 100, ctx.tol.extra) === true,
        ),
        data: { row: quoted(x), a: a.value, b: b.value, k: 100, expected, stated: S.value },
      });
    }
  });
}

export default defineRule({
  meta: {
    id: 'ratio.peningkatan',
    arithmetic: true,
    emits: {
      'ratio.peningkatan': {
        severity: 'error',
        title: { id: 'Persentase peningkatan tidak sesuai', en: 'Growth percentage does not match' },
        messages: {
          // A negative k is the growth turned round (efisiensi = (pagu − realisasi) / pagu × 100): said that way.
          default: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: (${w.n(d.k < 0 ? d.b : d.a)} − ${w.n(d.k < 0 ? d.a : d.b)}) / ${w.n(d.b)} × ${w.n(Math.abs(d.k))} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: (${w.n(d.k < 0 ? d.b : d.a)} − ${w.n(d.k < 0 ? d.a : d.b)}) / ${w.n(d.b)} × ${w.n(Math.abs(d.k))} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
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
    checkRowRelation(ctx, 'growth', {
      id: 'ratio.peningkatan',
      totals: true,
      value: (a, b, k) => (b === 0 ? null : ((a - b) / b) * k),
      formula: (a, b, k) => (k < 0 ? `=IFERROR((${b}-${a})/${b}${k === -1 ? '' : `*${-k}`},"")` : `=IFERROR((${a}-${b})/${b}${k === 1 ? '' : `*${k}`},"")`),
      // On a row stated in % (its satuan, or its figures' format), a growth in percentage points.
      holds: (a, b, s, k, extra, x) => {
        const satuan = ctx.table.ctx.satuanCol;
        const percent = a.percent || (satuan !== undefined && isPercentUnit(ctx.table.view.shownText(x.row, satuan)));
        return (k === 100 && percent && pointsHold(a, b, s, extra)) || growthHolds(a, b, s, k, extra);
      },
    });
    growthRows(ctx);
  },
});
