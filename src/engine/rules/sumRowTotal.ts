/** sum.row-total: a Jumlah/Total column equals the sum of its parts on every row (Baik + Rusak Ringan + Rusak Berat = Total). */
import type { RuleModule } from './common';
import { sumRelation } from '../relation';
import { absent, cell, current, num, say, sumTolerance, val, quoted } from './common';
import type { NumberValue } from '../number';

export const sumRowTotal: RuleModule = {
  id: 'sum.row-total',
  family: 'sum',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Jumlah baris tidak sama dengan penjumlahan kolomnya', en: 'Row total differs from the sum of its columns' },
  check(ctx) {
    const { table } = ctx;
    for (const col of table.byRole('rowTotal')) {
      const parts = col.parts ?? [];
      for (const x of table.info.rows) {
        if (!['indicator', 'continuation', 'total', 'derived', 'program', 'kegiatan', 'subkegiatan'].includes(x.kind)) continue;
        const vals: NumberValue[] = [];
        let usable = true;
        for (const p of parts) {
          const v = val(ctx, x.row, p);
          if (v.kind === 'number') vals.push(v);
          else if (!absent(v)) usable = false;
        }
        if (!usable || vals.length === 0) continue;
        const sum = vals.reduce((s, v) => s + v.value, 0);
        const refs = parts.map((p) => cell(x.row, p));
        const stated = num(ctx, x.row, col.col);
        if (!stated) {
          if (val(ctx, x.row, col.col).kind === 'empty') {
            ctx.plan({ cell: cell(x.row, col.col), formula: `=${refs.join('+')}`, value: sum, rule: this.id, current: current(ctx, x.row, col.col), reason: say((_f, id) => (id ? `Jumlah baris ${refs.join(' + ')}` : `Row total ${refs.join(' + ')}`)) });
          }
          continue;
        }
        if (Math.abs(stated.value - sum) <= sumTolerance(stated, vals)) continue;
        ctx.emit({
          cell: cell(x.row, col.col),
          rule: this.id,
          severity: 'error',
          expected: sum,
          actual: stated.value,
          related: refs,
          relation: sumRelation(ctx.table.view, { r: x.row, c: col.col }, parts.map((p) => ({ r: x.row, c: p, sign: 1 as const })), sumTolerance(stated, vals)),
          message: say((f, id) =>
            id
              ? `${quoted(x) || 'Baris ini'}: ${parts.map((p) => f(num(ctx, x.row, p)?.value ?? 0)).join(' + ')} = ${f(sum)}, tetapi tertulis ${f(stated.value, 6)} (${refs.join('+')})`
              : `${quoted(x) || 'This row'}: ${parts.map((p) => f(num(ctx, x.row, p)?.value ?? 0)).join(' + ')} = ${f(sum)}, but ${f(stated.value, 6)} is stated (${refs.join('+')})`,
          ),
        });
      }
    }
  },
};
