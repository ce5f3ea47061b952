/**
 * sum.average: a "Rata-rata" row holds, column by column, the mean of the rows it closes (LKjIP
 * tables close capaian columns so). In a ratio column the ratio of that row's own averages
 * (mean realisasi / mean target = Σ realisasi / Σ target) is accepted too.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { NumberValue } from '../number';
import type { CheckContext, RuleModule } from './common';
import { cell, current, half, num, say, val, yearTag } from './common';
import { isNumericRole } from '../recognise/columns';
import { ratioPairs } from './ratio';
import { averageFormula } from '../formula';

const DATA = new Set(['indicator', 'program', 'kegiatan', 'subkegiatan']);

/** The rows an average row at index i closes: back to the previous Jumlah / Rata-rata, top level only. */
function closedRows(rows: RowInfo[], i: number): RowInfo[] {
  const out: RowInfo[] = [];
  let k = i - 1;
  while (k >= 0 && (rows[k].kind === 'total' || rows[k].kind === 'average')) k--;
  for (; k >= 0; k--) {
    const x = rows[k];
    if (x.kind === 'total' || x.kind === 'average') break;
    if (DATA.has(x.kind)) out.push(x);
  }
  out.reverse(); // collected bottom-up; unshift would be quadratic under a long table
  const inGroup = new Set(out.map((x) => x.row));
  return out.filter((x) => x.parent === undefined || !inGroup.has(x.parent));
}

function ownRatio(ctx: CheckContext, x: RowInfo, col: ColumnInfo): number | null {
  const p = ratioPairs(ctx.table.info.columns).find((q) => q.ratio.col === col.col);
  if (!p) return null;
  const R = num(ctx, x.row, p.num.col);
  const T = num(ctx, x.row, p.den.col);
  return R && T && T.value !== 0 ? (R.value / T.value) * 100 : null;
}

export const average: RuleModule = {
  id: 'sum.average',
  family: 'sum',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Baris rata-rata bukan rata-rata baris di atasnya', en: 'Average row is not the mean of the rows above' },
  check(ctx) {
    const rows = ctx.table.info.rows;
    const cols = ctx.table.info.columns.filter((c) => isNumericRole(c.role));
    rows.forEach((x, i) => {
      if (x.kind !== 'average') return;
      const group = closedRows(rows, i);
      for (const col of cols) {
        // The rows of the group that hold a number in this column, read once.
        const terms = group.map((g) => ({ r: g.row, c: col.col, v: num(ctx, g.row, col.col) })).filter((t): t is { r: number; c: number; v: NumberValue } => t.v !== null);
        const parts = terms.map((t) => t.v);
        if (parts.length < 2) continue;
        const summed = parts.reduce((s, v) => s + v.value, 0);
        const mean = summed / parts.length;
        const refs = terms.map((t) => cell(t.r, t.c));
        const stated = num(ctx, x.row, col.col);
        if (!stated) {
          // Proposed only for capaian/rasio columns: a mean of targets or amounts is rarely wanted there.
          if (val(ctx, x.row, col.col).kind === 'empty' && (col.role === 'ratio' || col.percent)) {
            const formula = averageFormula(terms);
            ctx.plan({ cell: cell(x.row, col.col), formula, value: mean, rule: this.id, current: current(ctx, x.row, col.col), reason: say((_f, id) => (id ? 'Rata-rata kolom' : 'Column mean')) });
          }
          continue;
        }
        const tol = half(stated) + parts.reduce((s, v) => s + (v.decimals > 0 ? half(v) : 0), 0) / parts.length + 1e-13 * Math.abs(mean);
        if (Math.abs(stated.value - mean) <= tol) continue;
        const own = col.role === 'ratio' ? ownRatio(ctx, x, col) : null;
        if (own !== null && Math.abs(stated.value - own) <= half(stated) + 0.01) continue;
        const tag = yearTag(col.year, col.period, true);
        const isSum = Math.abs(stated.value - summed) <= tol * parts.length;
        ctx.emit({
          cell: cell(x.row, col.col),
          rule: this.id,
          severity: 'error',
          expected: Math.round(mean * 100) / 100,
          actual: stated.value,
          related: refs,
          message: say((f, id) => {
            const head = `${x.label || (id ? 'Rata-rata' : 'Average')}${tag ? ` ${tag}` : ''}`;
            return id
              ? `${head}: rata-rata ${parts.length} baris di atasnya ${f(mean, 2)}, tertulis ${f(stated.value, 6)}${isSum ? ' — nilai itu adalah penjumlahannya, bukan rata-ratanya' : ''}`
              : `${head}: the mean of the ${parts.length} rows above is ${f(mean, 2)}, ${f(stated.value, 6)} is stated${isSum ? ' — that is their sum, not their mean' : ''}`;
          }),
        });
      }
    });
  },
};
