/**
 * ratio.total: the Jumlah row of a ratio column is Σ realisasi ÷ Σ target (or anggaran) × 100 —
 * never the sum, nor the plain mean, of the ratios above it.
 */
import { cell, current, defineRule, message, num, tableNotes, val, yearTag } from './common';
import { ratioFormula, ratioPairs, termsOf } from './ratio-pairs';
import { evaluate, proportionTerm, shownFrom, statesProportion, timesText } from '../ratio-math';
import { closedRows } from '../recognise/totals';
import { childrenByParent } from '../recognise/rows';
import { around, add, contains, scale, type Interval } from '../interval';
import { ratioRelation } from '../relation';
import { totalAndMean } from './sum.average';
import type { CheckContext, Data, Words } from './rule';
import type { ColumnInfo, RowInfo, TableInfo } from '../types';
import { words } from '../text';

function head(d: Data, w: Words): string {
  const tag = yearTag(d.year, d.period, w.lang);
  return tag ? `${tag}: ` : '';
}

export default defineRule({
  meta: {
    id: 'ratio.total',
    arithmetic: true,
    emits: {
      'ratio.total': {
        severity: 'error',
        title: { id: 'Rasio pada baris Jumlah salah', en: 'Ratio in the total row is wrong' },
        messages: {
          default: message(
            (d, w) =>
              `${head(d, w)}rasio baris Jumlah seharusnya ${w.n(d.R)} / ${w.n(d.T)}${timesText(d.k)} = ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}` +
              (d.summed
                ? ` — nilai itu adalah penjumlahan ${d.k === 100 ? 'persentase' : 'nilai'} ${w.count(d.n, 'baris')} di atasnya`
                : d.mean
                  ? ` — nilai itu adalah rata-rata biasa ${d.k === 100 ? 'persentase' : 'nilai'} di atasnya`
                  : ''),
            (d, w) =>
              `${head(d, w)}the total row's ratio should be ${w.n(d.R)} / ${w.n(d.T)}${timesText(d.k)} = ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated` +
              (d.summed
                ? ` — that is the sum of the ${w.count(d.n, d.k === 100 ? { one: 'percentage', other: 'percentages' } : { one: 'value', other: 'values' })} above`
                : d.mean
                  ? ` — that is the plain mean of the ${d.k === 100 ? 'percentages' : 'values'} above`
                  : ''),
          ),
          /** A ratio written as a proportion ("1 : 16"): the totals' second term per one of the first. */
          proportion: message(
            (d, w) => `${head(d, w)}baris Jumlah: ${w.n(d.T)} / ${w.n(d.R)} = ${w.n(d.per)}, jadi 1 : ${w.n(d.per)}; tertulis ${d.stated}`,
            (d, w) => `${head(d, w)}total row: ${w.n(d.T)} / ${w.n(d.R)} = ${w.n(d.per)}, so 1 : ${w.n(d.per)}; ${d.stated} is stated`,
          ),
          /** No Σ realisasi / Σ target on the row (mixed units), and the ratio stated is the sum of those above. */
          summedOnly: message(
            (d, w) =>
              `${head(d, w)}${w.n(d.stated, 6)} di baris Jumlah adalah penjumlahan ${d.k === 100 ? 'persentase' : 'nilai'} ${w.count(d.n, 'baris')} di atasnya; ${d.k === 100 ? 'persentase' : 'rasio'} tidak dijumlahkan: tulis rata-ratanya (${w.n(d.expected)}) atau kosongkan`,
            (d, w) =>
              `${head(d, w)}${w.n(d.stated, 6)} in the total row is the sum of the ${w.count(d.n, d.k === 100 ? { one: 'percentage', other: 'percentages' } : { one: 'ratio', other: 'ratios' })} above; ratios are not added: state their mean (${w.n(d.expected)}) or leave it empty`,
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Rasio baris Jumlah = Σ realisasi / Σ target × 100',
        () => 'Total-row ratio = Σ realisasi / Σ target × 100',
      ),
    },
  },
  check(ctx) {
    const rows = ctx.table.info.rows;
    for (const p of ratioPairs(ctx.table.info.columns)) {
      // A total row whose sums are still empty (the fill plan writes them): its ratio is planned
      // from the sums the plan will write, so the whole row is filled in one go.
      const planFromTerms = (i: number) => {
        const x = rows[i];
        if (val(ctx, x.row, p.ratio.col).kind !== 'empty' || p.numParts) return;
        const side = (col: number) => {
          const own = num(ctx, x.row, col);
          if (own) return own.value;
          if (val(ctx, x.row, col).kind !== 'empty') return null;
          let total: number | null = null;
          for (const g of closedRows(rows, i)) {
            const q = num(ctx, g.row, col);
            if (q) total = (total ?? 0) + q.value;
          }
          return total;
        };
        const r = side(p.num.col);
        const t = side(p.den.col);
        if (r === null || t === null || t === 0) return;
        ctx.plan({
          cell: cell(x.row, p.ratio.col),
          formula: ratioFormula('ratio', cell(x.row, p.num.col), cell(x.row, p.den.col), p.k),
          value: Math.round((r / t) * p.k * 100) / 100,
          current: current(ctx, x.row, p.ratio.col),
        });
      };
      // The row states no totals to divide (indicators of several units), yet its ratio is the sum of the ratios above.
      const summedOnly = (i: number) => {
        const x = rows[i];
        const S = num(ctx, x.row, p.ratio.col);
        if (!S || p.numParts) return;
        const { sum, total, terms } = ratiosOf(ctx, closedFigures(rows, i), p.ratio.col);
        if (terms.length < 2 || !contains(sum, S.value, ctx.tol.ratio(S))) return;
        const expected = Math.round((total / terms.length) * 100) / 100;
        ctx.report('ratio.total', {
          cell: cell(x.row, p.ratio.col),
          messageId: 'summedOnly',
          expected,
          actual: S.value,
          related: terms,
          data: { year: p.ratio.year, period: p.ratio.period, k: p.k, expected, stated: S.value, n: terms.length },
        });
      };
      rows.forEach((x, i) => {
        if (x.kind !== 'total') return;
        // Read as the rows read it (Baik + Sedang of the totals; the quarters of the year).
        const { numerator, denominator } = termsOf(ctx, x, p, val(ctx, x.row, p.ratio.col));
        const R = numerator.value.kind === 'number' ? numerator.value : null;
        const T = denominator.value.kind === 'number' ? denominator.value : null;
        if (!R || !T) {
          planFromTerms(i);
          summedOnly(i);
          return;
        }
        const e = evaluate(R, T, p.k);
        if (!e) return;
        const expected = Math.round(e.exact.ratio! * 100) / 100;
        const S = val(ctx, x.row, p.ratio.col);
        const at = cell(x.row, p.ratio.col);
        if (S.kind === 'empty' || S.kind === 'dash') {
          ctx.plan({
            cell: at,
            formula: ratioFormula('ratio', numerator.ref, denominator.ref, p.k),
            value: expected,
            current: current(ctx, x.row, p.ratio.col),
          });
          return;
        }
        // "1 : 16" under "1 : 17", "1 : 15" …: the totals' own proportion, as on every row.
        const term = S.kind === 'text' && R.value > 0 ? proportionTerm(S.text) : null;
        if (S.kind === 'text' && term && !statesProportion(T.value / R.value, term)) {
          const per = Math.round((T.value / R.value) * 100) / 100;
          ctx.report('ratio.total', {
            cell: at,
            messageId: 'proportion',
            expected: `1 : ${per}`,
            actual: S.text,
            related: [...numerator.cells, ...denominator.cells],
            data: { year: p.ratio.year, period: p.ratio.period, R: R.value, T: T.value, per, stated: S.text.trim() },
          });
        }
        if (S.kind !== 'number') return;
        const tol = ctx.tol.ratio(S);
        if (shownFrom(e.hi, S, tol)) return;
        // A "Jumlah / Rata-rata" row averages its percentages: sum.average checks them as means (or as this ratio).
        if (totalAndMean(x)) return;
        // What the stated value is, when it is not the ratio of totals.
        const group = closedFigures(rows, i);
        const { sum, terms } = ratiosOf(ctx, group, p.ratio.col);
        const n = terms.length;
        // (Not where it is the ratio of the rows' own totals: then the total row's figure beside it is what is off.)
        const ofRows = ratioOfRows(ctx, group, p.num.col, p.den.col, p.k);
        const fromRows = ofRows !== null && Math.abs(ofRows - S.value) <= tol;
        const summed = n > 1 && !fromRows && contains(sum, S.value, tol);
        const mean = n > 1 && !fromRows && contains(scale(sum, 1 / n), S.value, tol);
        // The mean, where the table's note says the column's total is one ("Indeks bidang = rata-rata indeks jenis layanan"):
        // the office's stated convention for that column, not a slip.
        if (mean && meanNoted(ctx.table.info, p.ratio)) return;
        const names = group.map((g) => cell(g.row, p.ratio.col));
        ctx.report('ratio.total', {
          cell: at,
          expected,
          actual: S.value,
          related: [...numerator.cells, ...denominator.cells, ...(summed || mean ? names : [])],
          // A ratio that holds once a wrong total beside it is corrected follows from that total (a numerator read
          // from several columns is no one cell to correct).
          ...(p.numParts
            ? {}
            : {
                relation: ratioRelation(
                  ctx.table.view,
                  { r: x.row, c: p.ratio.col, half: tol },
                  { r: x.row, c: p.num.col, half: ctx.tol.shown(R) },
                  { r: x.row, c: p.den.col, half: ctx.tol.shown(T) },
                  p.k,
                  ['ratio'],
                ),
              }),
          data: { year: p.ratio.year, period: p.ratio.period, R: R.value, T: T.value, k: p.k, expected, stated: S.value, summed, mean, n },
        });
      });
    }
  },
});

/** A note under the table naming the column's figure with a mean word ("Indeks … = rata-rata …"). */
function meanNoted(info: TableInfo, col: ColumnInfo): boolean {
  const names = words(col.path[col.path.length - 1] ?? '')
    .split(' ')
    // (Not its year: "… dihitung 2019-2023" in a note on growth names no rasio of 2023.)
    .filter((w) => w.length >= 4 && !/^(rasio|persen|persentase|tingkat)$/.test(w) && !/^\d+$/.test(w));
  return tableNotes(info).some((line) => {
    const w = ` ${words(line)} `;
    return /\b(rata rata|rerata)\b/.test(w) && names.some((n) => w.includes(` ${n} `));
  });
}

/** Σ numerators / Σ denominators × k over the rows a total closes (headings and further lines aside), or null. */
function ratioOfRows(ctx: CheckContext, rows: RowInfo[], numCol: number, denCol: number, k: number): number | null {
  let a = 0;
  let b = 0;
  for (const g of rows) {
    if (g.kind === 'continuation' || g.kind === 'heading') continue;
    const x = num(ctx, g.row, numCol)?.value ?? null;
    const y = num(ctx, g.row, denCol)?.value ?? null;
    if (x === null || y === null) return null;
    a += x;
    b += y;
  }
  return b === 0 ? null : (a / b) * k;
}

/**
 * The rows a total closes, as rows of figures: a block heading it names ("Jumlah Bidang Pendidikan" closing "I | Bidang
 * Pendidikan") stands for the rows under it. Further lines aside.
 */
function closedFigures(rows: RowInfo[], i: number): RowInfo[] {
  const out: RowInfo[] = [];
  // (The rows' children indexed once, and only where a heading is met.)
  let kids: Map<number, RowInfo[]> | undefined;
  for (const g of closedRows(rows, i)) {
    if (g.kind === 'continuation') continue;
    if (g.kind !== 'heading') {
      out.push(g);
      continue;
    }
    kids ??= childrenByParent(rows);
    for (const y of kids.get(g.row) ?? []) if (y.kind !== 'continuation' && y.kind !== 'heading') out.push(y);
  }
  return out;
}

/** The ratios of the rows a total closes (closedFigures): their sum as shown, its exact value, their cells. */
function ratiosOf(ctx: CheckContext, group: RowInfo[], col: number): { sum: Interval; total: number; terms: string[] } {
  let sum: Interval = [0, 0];
  let total = 0;
  const terms: string[] = [];
  for (const g of group) {
    const q = num(ctx, g.row, col);
    if (!q) continue;
    sum = add(sum, around(q.value, ctx.tol.shown(q)));
    total += q.value;
    terms.push(cell(g.row, col));
  }
  return { sum, total, terms };
}
