/**
 * ratio.peningkatan: a growth column ("% Peningkatan", "Kenaikan/Penurunan (%)") explained as
 * (a − b) / b × 100 of two figures on its row, this year's on last year's, holds on every row where
 * both are numbers, its Jumlah row included (the growth of the totals).
 */
import { defineRule, message } from './common';
import { growthHolds } from '../ratio-math';
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
    checkRowRelation(ctx, 'growth', {
      id: 'ratio.peningkatan',
      totals: true,
      value: (a, b, k) => (b === 0 ? null : ((a - b) / b) * k),
      formula: (a, b, k) => `=IFERROR((${a}-${b})/${b}${k === 1 ? '' : `*${k}`},"")`,
      holds: growthHolds,
    });
  },
});
