/**
 * ratio.total: the Jumlah row of a ratio column is Σ realisasi ÷ Σ target (or anggaran) × 100 —
 * never the sum, nor the plain mean, of the ratios above it.
 */
import type { RuleModule } from './common';
import { cell, current, half, num, say, val, yearTag } from './common';
import { evaluate, formulaText, ratioPairs } from './ratio';
import { groupRows } from './sumTotalRow';
import { around, add, contains, scale, type Interval } from '../interval';
import { ratioRelation } from '../relation';

export const ratioTotal: RuleModule = {
  id: 'ratio.total',
  family: 'ratio',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Rasio pada baris Jumlah salah', en: 'Ratio in the total row is wrong' },
  check(ctx) {
    const rows = ctx.table.info.rows;
    for (const p of ratioPairs(ctx.table.info.columns)) {
      // A total row whose sums are still empty (the fill plan writes them): its ratio is planned
      // from the sums the plan will write, so the whole row is filled in one go.
      const planFromTerms = (i: number) => {
        const x = rows[i];
        const at = cell(x.row, p.ratio.col);
        if (val(ctx, x.row, p.ratio.col).kind !== 'empty') return;
        const side = (col: number) => {
          const own = num(ctx, x.row, col);
          if (own) return own.value;
          if (val(ctx, x.row, col).kind !== 'empty') return null;
          let total: number | null = null;
          for (const g of groupRows(rows, i, true)) {
            const q = num(ctx, g.row, col);
            if (q) total = (total ?? 0) + q.value;
          }
          return total;
        };
        const r = side(p.num.col);
        const t = side(p.den.col);
        if (r === null || t === null || t === 0) return;
        ctx.plan({
          cell: at,
          formula: formulaText('ratio', cell(x.row, p.num.col), cell(x.row, p.den.col), p.k),
          value: Math.round((r / t) * p.k * 100) / 100,
          rule: this.id,
          current: current(ctx, x.row, p.ratio.col),
          reason: say((_f, id) => (id ? 'Rasio baris Jumlah = Σ realisasi / Σ target × 100' : 'Total-row ratio = Σ realisasi / Σ target × 100')),
        });
      };
      rows.forEach((x, i) => {
        if (x.kind !== 'total') return;
        const R0 = num(ctx, x.row, p.num.col);
        const T0 = num(ctx, x.row, p.den.col);
        if (!R0 || !T0) {
          planFromTerms(i);
          return;
        }
        const [R, T] = [R0, T0];
        const e = evaluate(R, T, p.k);
        if (!e) return;
        const expected = Math.round(e.exact.ratio! * 100) / 100;
        const S = val(ctx, x.row, p.ratio.col);
        const at = cell(x.row, p.ratio.col);
        const tag = (id: boolean) => yearTag(p.ratio.year, p.ratio.period, id);
        if (S.kind === 'empty' || S.kind === 'dash') {
          ctx.plan({
            cell: at,
            formula: formulaText('ratio', cell(x.row, p.num.col), cell(x.row, p.den.col), p.k),
            value: expected,
            rule: this.id,
            current: current(ctx, x.row, p.ratio.col),
            reason: say((_f, id) => (id ? 'Rasio baris Jumlah = Σ realisasi / Σ target × 100' : 'Total-row ratio = Σ realisasi / Σ target × 100')),
          });
          return;
        }
        if (S.kind !== 'number') return;
        const tol = half(S) + ctx.settings.ratioTolerance;
        if (contains(e.hi, S.value, tol)) return;
        // What the stated value is, when it is not the ratio of totals.
        const group = groupRows(rows, i, true).filter((g) => g.kind !== 'continuation');
        let sum: Interval = [0, 0];
        let n = 0;
        for (const g of group) {
          const q = num(ctx, g.row, p.ratio.col);
          if (!q) continue;
          sum = add(sum, around(q.value, half(q)));
          n++;
        }
        const summed = n > 1 && contains(sum, S.value, tol);
        const mean = n > 1 && contains(scale(sum, 1 / n), S.value, tol);
        const names = group.map((g) => cell(g.row, p.ratio.col));
        ctx.emit({
          cell: at,
          rule: this.id,
          severity: 'error',
          expected,
          actual: S.value,
          related: [cell(x.row, p.num.col), cell(x.row, p.den.col), ...(summed || mean ? names : [])],
          // A ratio that holds once a wrong total beside it is corrected follows from that total.
          relation: ratioRelation(ctx.table.view, { r: x.row, c: p.ratio.col, half: tol }, { r: x.row, c: p.num.col, half: half(R) }, { r: x.row, c: p.den.col, half: half(T) }, p.k, ['ratio']),
          message: say((f, id) => {
            const head = `${tag(id) ? `${tag(id)}: ` : ''}`;
            const why = summed
              ? id
                ? ` — nilai itu adalah penjumlahan persentase ${n} baris di atasnya`
                : ` — that is the sum of the ${n} percentages above`
              : mean
                ? id
                  ? ` — nilai itu adalah rata-rata biasa persentase di atasnya`
                  : ` — that is the plain mean of the percentages above`
                : '';
            return id
              ? `${head}rasio baris Jumlah seharusnya ${f(R.value, 0)} / ${f(T.value, 0)}${p.k === 1 ? '' : ` × ${p.k}`} = ${f(expected)}, tertulis ${f(S.value, 6)}${why}`
              : `${head}the total row's ratio should be ${f(R.value, 0)} / ${f(T.value, 0)}${p.k === 1 ? '' : ` × ${p.k}`} = ${f(expected)}, ${f(S.value, 6)} is stated${why}`;
          }),
        });
      });
    }
  },
};
