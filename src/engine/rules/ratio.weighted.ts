/**
 * ratio.weighted: a column explained as the product of two others (Fisik tertimbang = Realisasi
 * fisik × Bobot / 100), or as another times the constant its header states (NRR Tertimbang = NRR × 0,111), holds on
 * every data row. Totals add the weighted figures, checked by the
 * total rows' own rule.
 */
import { cell, current, defineRule, figureRow, message, num, quoted } from './common';
import type { CheckContext, Words } from './rule';
import type { RowInfo } from '../types';
import { words } from '../text';
import { TAX_WORDS } from '../recognise/columns';
import { linearHolds, productHolds, scaledHolds } from '../ratio-math';
import { testedRelation } from '../relation';
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
          /** A rincian line carrying PPN: Koefisien × Harga, plus the tax (a rate or an amount). */
          taxed: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: ${w.n(d.a, 6)} × ${w.n(d.b, 6)} + PPN ${d.rate !== undefined ? `${w.n(d.rate, 6)}%` : w.n(d.tax, 6)} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: ${w.n(d.a, 6)} × ${w.n(d.b, 6)} + VAT ${d.rate !== undefined ? `${w.n(d.rate, 6)}%` : w.n(d.tax, 6)} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
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
          /** The mean of the years before it ("Rata-rata" after Rasio Capaian 2021 … 2023). */
          mean: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: rata-rata (${d.terms.map((t: { v: number }) => w.n(t.v, 6)).join(' + ')}) / ${d.terms.length} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: the mean (${d.terms.map((t: { v: number }) => w.n(t.v, 6)).join(' + ')}) / ${d.terms.length} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
          linear: message(
            (d, w) => `${d.row || 'Baris ini'}: ${weighted(d.terms, w)} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row || 'This row'}: ${weighted(d.terms, w)} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
          scaled: message(
            (d, w) => `${d.row || 'Baris ini'}: ${w.n(d.a, 6)} × ${w.n(d.k, 6)} = ${w.n(d.expected, 6)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row || 'This row'}: ${w.n(d.a, 6)} × ${w.n(d.k, 6)} = ${w.n(d.expected, 6)}, ${w.n(d.stated, 6)} is stated`,
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
    const tax = taxOf(ctx);
    checkRowRelation(ctx, 'product', {
      id: 'ratio.weighted',
      totals: false,
      value: (a, b, k, x) => taxed((a * b) / k, k === 1 ? tax(x) : null),
      formula: (a, b, k, x) => {
        const t = k === 1 ? tax(x) : null;
        return `=${a}*${b}${k === 1 ? '' : `/${k}`}${!t ? '' : t.rate !== undefined ? `*(1+${t.ref}${t.rate < 1 ? '' : '/100'})` : `+${t.ref}`}`;
      },
      holds: (A, B, S, k, extra, x) => {
        const t = k === 1 ? tax(x) : null;
        return productHolds(A, B, t ? { ...S, value: untaxed(S.value, t) } : S, k, extra);
      },
      messageId: (x) => (tax(x) ? 'taxed' : undefined),
      data: (x) => {
        const t = tax(x);
        return t ? (t.rate !== undefined ? { rate: t.rate < 1 ? t.rate * 100 : t.rate } : { tax: t.amount }) : {};
      },
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
    checkLinear(ctx);
    // An SKM's summary rows (NRR, NRR tertimbang, their sum, IKM × 25).
    for (const f of skmFindings(ctx)) ctx.report('ratio.weighted', f);
  },
});

/** A line's PPN: a rate (11, "11%", 0,11) or an amount in rupiah ("PPN (Rp)"), with its cell; none where it is 0 or empty. */
interface Tax {
  rate?: number;
  amount?: number;
  ref: string;
}

/**
 * The PPN column of a rincian (SIPD prints Koefisien | Satuan | Harga | PPN | Jumlah, the Jumlah including the tax):
 * per row, what it adds to Koefisien × Harga.
 */
function taxOf(ctx: CheckContext): (x: RowInfo) => Tax | null {
  const col = ctx.table.info.columns.find((c) => TAX_WORDS.test(words(c.path.join(' '))));
  if (!col) return () => null;
  const inRupiah = /\b(rp|rupiah|nilai|jumlah)\b/.test(words(col.path.join(' ')));
  return (x) => {
    const v = num(ctx, x.row, col.col);
    if (!v || v.value === 0) return null;
    const ref = cell(x.row, col.col);
    return inRupiah || v.value > 100 ? { amount: v.value, ref } : { rate: v.value, ref };
  };
}

function taxed(product: number, t: Tax | null): number {
  if (!t) return product;
  return t.rate !== undefined ? product * (1 + (t.rate < 1 ? t.rate : t.rate / 100)) : product + (t.amount ?? 0);
}

function untaxed(stated: number, t: Tax): number {
  return t.rate !== undefined ? stated / (1 + (t.rate < 1 ? t.rate : t.rate / 100)) : stated - (t.amount ?? 0);
}

/**
 * A weighted sum of the row's figures (an SPM index = 80 % × capaian penerima + 20 % × capaian mutu) on every data row:
 * planned where empty, reported where it does not hold within the rounding shown. Totals are means, the average rules'.
 */
function checkLinear(ctx: CheckContext): void {
  const { table } = ctx;
  // (An empty column too: the regulation's weights are planned into it, marked as assumed from the header.)
  for (const col of table.info.columns) {
    if (col.relation?.rel.kind !== 'linear') continue;
    const rel = col.relation.rel;
    const byFormula = col.relation.by === 'formula';
    for (const x of table.info.rows) {
      if (!figureRow(x, false)) continue;
      let terms = rel.terms.map((t) => ({ ...t, v: num(ctx, x.row, t.c) }));
      // (A mean of the years over the years the row states.)
      if (rel.mean && !terms.every((t) => t.v)) {
        const given = terms.filter((t) => t.v);
        if (given.length < 2) continue;
        terms = given.map((t) => ({ ...t, w: 1 / given.length }));
      }
      if (terms.some((t) => !t.v)) continue;
      const inputs = terms.map((t) => cell(x.row, t.c));
      const expected = terms.reduce((s, t) => s + t.w * t.v!.value, 0);
      const at = cell(x.row, col.col);
      const S = num(ctx, x.row, col.col);
      if (!S) {
        if (table.view.value(x.row, col.col).kind === 'empty')
          ctx.plan({
            cell: at,
            formula: rel.mean ? `=AVERAGE(${inputs.join(',')})` : '=' + terms.map((t, i) => `${Number(t.w.toPrecision(6))}*${inputs[i]}`).join('+'),
            value: Math.round(expected * 100) / 100,
            current: current(ctx, x.row, col.col),
          });
        continue;
      }
      if (!byFormula && table.view.formula(x.row, col.col)) continue;
      const holds = (vs: number[], s: number) =>
        linearHolds(
          terms.map((t, i) => ({ v: { ...t.v!, value: vs[i] }, w: t.w })),
          { ...S, value: s },
          ctx.tol.extra,
        );
      if (
        holds(
          terms.map((t) => t.v!.value),
          S.value,
        )
      )
        continue;
      ctx.report('ratio.weighted', {
        cell: at,
        expected: Math.round(expected * 100) / 100,
        actual: S.value,
        related: inputs,
        relation: testedRelation(
          table.view,
          { r: x.row, c: col.col },
          terms.map((t) => ({ r: x.row, c: t.c })),
          holds,
        ),
        messageId: rel.mean ? 'mean' : 'linear',
        data: { row: quoted(x), terms: terms.map((t) => ({ w: t.w, v: t.v!.value })), expected, stated: S.value },
      });
    }
  }
}

/** "80% × 95 + 20% × 90": a weighted sum's terms as the header states them. */
const weighted = (terms: { w: number; v: number }[], w: Words) => terms.map((t) => `${w.n(t.w * 100, 4)}% × ${w.n(t.v, 6)}`).join(' + ');
