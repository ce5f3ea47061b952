/**
 * ratio.weighted: a column explained as the product of two others (Fisik tertimbang = Realisasi
 * fisik × Bobot / 100) holds on every data row. Totals add the weighted figures, checked by the
 * total rows' own rule.
 */
import { defineRule, message } from './common';
import { productHolds } from '../ratio-math';
import { checkRowRelation } from './row-relation';

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
    checkRowRelation(ctx, 'product', {
      id: 'ratio.weighted',
      totals: false,
      value: (a, b, k) => (a * b) / k,
      formula: (a, b, k) => `=${a}*${b}${k === 1 ? '' : `/${k}`}`,
      holds: productHolds,
    });
  },
});
