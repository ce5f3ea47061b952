/**
 * ratio.peningkatan: a growth column ("% Peningkatan", "Kenaikan/Penurunan (%)") explained as
 * (a − b) / b × 100 of two figures on its row, this year's on last year's, holds on every row where
 * both are numbers, its Jumlah row included (the growth of the totals). A row whose figures are
 * percentages (satuan %) may grow in percentage points instead (57,41 → 62,90: 5,49).
 */
import { defineRule, message } from './common';
import { growthHolds, isPercentUnit, pointsHold } from '../ratio-math';
import { checkRowRelation } from './row-relation';

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
  },
});
