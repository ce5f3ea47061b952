/**
 * ratio.weighted: a column explained as the product of two others (Fisik tertimbang = Realisasi
 * fisik × Bobot / 100), or as another times the constant its header states (NRR Tertimbang = NRR × 0,111), holds on
 * every data row. Totals add the weighted figures, checked by the
 * total rows' own rule.
 */
import { defineRule, message } from './common';
import { productHolds, scaledHolds } from '../ratio-math';
import { checkRowRelation } from './row-relation';
import { skmFindings } from './skm';

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
              `${d.row || 'Baris ini'}: ${w.n(d.a, 6)} × ${w.n(d.b, 6)}${d.k === 1 ? '' : ` / ${w.n(d.k)}`} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: ${w.n(d.a, 6)} × ${w.n(d.b, 6)}${d.k === 1 ? '' : ` / ${w.n(d.k)}`} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
          ikm: message(
            (d, w) => `IKM = Jumlah NRR tertimbang × 25 = ${w.n(d.sum, 6)} × 25 = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `IKM = the sum of the weighted NRR × 25 = ${w.n(d.sum, 6)} × 25 = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
          nrr: message(
            (d, w) => `NRR unsur ini = jumlah nilai ÷ responden = ${w.n(d.sum)} ÷ ${d.n} = ${w.n(d.expected, 3)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `This unsur's NRR = its total ÷ the respondents = ${w.n(d.sum)} ÷ ${d.n} = ${w.n(d.expected, 3)}, ${w.n(d.stated, 6)} is stated`,
          ),
          tertimbang: message(
            (d, w) => `NRR tertimbang = NRR × bobot = ${w.n(d.nrr, 6)} × ${w.n(d.k, 3)} = ${w.n(d.expected, 3)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `Weighted NRR = NRR × weight = ${w.n(d.nrr, 6)} × ${w.n(d.k, 3)} = ${w.n(d.expected, 3)}, ${w.n(d.stated, 6)} is stated`,
          ),
          tertimbangSum: message(
            (d, w) => `${d.n} NRR tertimbang unsur berjumlah ${w.n(d.expected, 3)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `The ${d.n} unsur's weighted NRR add up to ${w.n(d.expected, 3)}, ${w.n(d.stated, 6)} is stated`,
          ),
          scaled: message(
            (d, w) => `${d.row || 'Baris ini'}: ${w.n(d.a)} × ${w.n(d.k, 6)} = ${w.n(d.expected, 6)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row || 'This row'}: ${w.n(d.a)} × ${w.n(d.k, 6)} = ${w.n(d.expected, 6)}, ${w.n(d.stated, 6)} is stated`,
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
    // A figure times the constant its header states (NRR Tertimbang = NRR × 0,111).
    checkRowRelation(ctx, 'scaled', {
      id: 'ratio.weighted',
      messageId: 'scaled',
      totals: false,
      value: (a, _b, k) => a * k,
      // "/ 9" stays a division (its product with 0,1111… would not read back as the header).
      formula: (a, _b, k) => (k < 1 && Math.abs(1 / k - Math.round(1 / k)) < 1e-9 ? `=${a}/${Math.round(1 / k)}` : `=${a}*${Number(k.toPrecision(12))}`),
      holds: (a, _b, s, k, extra) => scaledHolds(a, s, k, extra),
    });
    // An SKM's summary rows (NRR, NRR tertimbang, their sum, IKM × 25).
    for (const f of skmFindings(ctx)) ctx.report('ratio.weighted', f);
  },
});
