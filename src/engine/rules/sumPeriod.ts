/**
 * sum.period: the akhir-periode Rp of a row is the sum of its yearly Rp (T-C.27). A table that
 * repeats the last year's Rp on every row gets one column warning (a convention, not an error
 * per row); a table that mixes the two is wrong on the rows that do not sum.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { CheckContext, RuleModule } from './common';
import { sumRelation } from '../relation';
import { absent, cell, current, num, quoted, say, sumTolerance, val } from './common';
import type { NumberValue } from '../number';

interface Line {
  x: RowInfo;
  r: number;
  years: { c: number; v: NumberValue }[];
  sum: number;
  last: number | null;
  stated: NumberValue | null;
}

function lines(ctx: CheckContext, akhir: ColumnInfo, yearCols: ColumnInfo[]): Line[] {
  const out: Line[] = [];
  for (const x of ctx.table.info.rows) {
    if (['blank', 'headerRepeat'].includes(x.kind)) continue;
    const years: Line['years'] = [];
    let usable = true;
    for (const y of yearCols) {
      const v = val(ctx, x.row, y.col);
      if (v.kind === 'number') years.push({ c: y.col, v });
      else if (!absent(v)) usable = false;
    }
    if (!usable || years.length === 0) continue;
    const lastV = num(ctx, x.row, yearCols[yearCols.length - 1].col);
    out.push({ x, r: x.row, years, sum: years.reduce((s, y) => s + y.v.value, 0), last: lastV ? lastV.value : null, stated: num(ctx, x.row, akhir.col) });
  }
  return out;
}

export const sumPeriod: RuleModule = {
  id: 'sum.period',
  family: 'sum',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Rp akhir periode tidak sama dengan jumlah Rp per tahun', en: 'End-of-period Rp differs from the sum of the yearly Rp' },
  check(ctx) {
    const { table } = ctx;
    const akhir = table.byRole('akhirRp')[0];
    const yearCols = table.byRole('rp').filter((c) => c.col < akhir?.col || akhir === undefined);
    if (!akhir || yearCols.length < 2) return;
    const all = lines(ctx, akhir, yearCols);
    const near = (a: number, b: number, s: NumberValue, parts: NumberValue[]) => Math.abs(a - b) <= sumTolerance(s, parts);
    let bySum = 0;
    let byLast = 0;
    for (const l of all) {
      if (!l.stated || l.last === null) continue;
      const parts = l.years.map((y) => y.v);
      const s = near(l.stated.value, l.sum, l.stated, parts);
      const t = near(l.stated.value, l.last, l.stated, []);
      if (s && !t) bySum++;
      if (t && !s) byLast++;
    }
    const lastConvention = byLast > 0 && bySum === 0;
    if (lastConvention) {
      ctx.emit({
        cell: cell(table.info.headerTop, akhir.col),
        rule: 'column.akhir-periode',
        severity: 'warning',
        expected: null,
        actual: null,
        related: [],
        message: say((_f, id) =>
          id
            ? `Kolom Rp akhir periode memuat Rp tahun terakhir (${byLast} baris), bukan jumlah Rp seluruh tahun sebagaimana format T-C.27`
            : `The end-of-period Rp column holds the last year's Rp (${byLast} rows), not the sum of all years as the T-C.27 format asks`,
        ),
      });
    }
    for (const l of all) {
      // Addresses only where a finding or a fill needs them (most rows are right).
      const names = () => l.years.map((y) => cell(l.r, y.c));
      if (!l.stated) {
        if (val(ctx, l.r, akhir.col).kind === 'empty' && l.x.kind !== 'total') {
          const lastCell = cell(l.r, yearCols[yearCols.length - 1].col);
          ctx.plan({
            cell: cell(l.r, akhir.col),
            formula: lastConvention ? `=${lastCell}` : `=${names().join('+')}`,
            value: lastConvention ? l.last : l.sum,
            rule: this.id,
            current: current(ctx, l.r, akhir.col),
            reason: say((_f, id) => (lastConvention ? (id ? 'Rp tahun terakhir (konvensi tabel ini)' : "Last year's Rp (this table's convention)") : id ? 'Jumlah Rp seluruh tahun' : 'Sum of the yearly Rp')),
          });
        }
        continue;
      }
      const parts = l.years.map((y) => y.v);
      if (near(l.stated.value, l.sum, l.stated, parts)) continue;
      const isLast = l.last !== null && near(l.stated.value, l.last, l.stated, []);
      if (lastConvention && isLast) continue;
      const stated = l.stated;
      ctx.emit({
        cell: cell(l.r, akhir.col),
        rule: this.id,
        severity: 'error',
        expected: l.sum,
        actual: stated.value,
        related: names(),
        relation: sumRelation(ctx.table.view, { r: l.r, c: akhir.col }, l.years.map((y) => ({ r: l.r, c: y.c, sign: 1 as const })), sumTolerance(stated, parts)),
        message: say((f, id) => {
          const expr = l.years.map((y) => f(y.v.value)).join(' + ');
          const tail = isLast ? (id ? ' (nilai tertulis sama dengan Rp tahun terakhir)' : " (the stated value equals the last year's Rp)") : '';
          return id
            ? `${quoted(l.x) || 'Baris ini'}: Rp akhir periode ${f(stated.value, 6)} ≠ jumlah Rp per tahun (${expr} = ${f(l.sum)})${tail}`
            : `${quoted(l.x) || 'This row'}: end-of-period Rp ${f(stated.value, 6)} ≠ the sum of the yearly Rp (${expr} = ${f(l.sum)})${tail}`;
        }),
      });
    }
  },
};
