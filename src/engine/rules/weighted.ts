/**
 * ratio.weighted: a column explained as the product of two others (Fisik tertimbang = Realisasi
 * fisik × Bobot / 100) holds on every data row. Totals add the weighted figures, checked by the
 * total rows' own rule.
 */
import type { CheckContext, RuleModule } from './common';
import { cell, current, num, quoted, say } from './common';
import { productHolds } from '../ratio-math';

export const ratioWeighted: RuleModule = {
  id: 'ratio.weighted',
  family: 'ratio',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Nilai tertimbang tidak sesuai', en: 'Weighted value does not match' },
  check(ctx: CheckContext) {
    const { table } = ctx;
    for (const col of table.info.columns) {
      const rel = col.relation?.rel;
      if (!rel || rel.kind !== 'product' || col.relation!.assumed) continue;
      const byFormula = col.relation!.by === 'formula';
      for (const x of table.info.rows) {
        if (!['indicator', 'program', 'kegiatan', 'subkegiatan'].includes(x.kind) && !(x.kind === 'heading' && x.level !== undefined)) continue;
        const A = num(ctx, x.row, rel.a);
        const B = num(ctx, x.row, rel.b);
        if (!A || !B) continue;
        const at = cell(x.row, col.col);
        const expected = (A.value * B.value) / rel.k;
        const S = num(ctx, x.row, col.col);
        if (!S) {
          if (table.view.value(x.row, col.col).kind === 'empty') ctx.plan({ cell: at, formula: `=${cell(x.row, rel.a)}*${cell(x.row, rel.b)}${rel.k === 1 ? '' : `/${rel.k}`}`, value: Math.round(expected * 100) / 100, rule: this.id, current: current(ctx, x.row, col.col), reason: say((_f, id) => (id ? 'Nilai tertimbang' : 'Weighted value')) });
          continue;
        }
        if (!byFormula && table.view.cell(x.row, col.col)?.formula) continue;
        if (productHolds(A, B, S, rel.k, ctx.settings.ratioTolerance)) continue;
        ctx.emit({
          cell: at,
          rule: this.id,
          severity: 'error',
          expected: Math.round(expected * 100) / 100,
          actual: S.value,
          related: [cell(x.row, rel.a), cell(x.row, rel.b)],
          message: say((f, id) =>
            id
              ? `${quoted(x) || 'Baris ini'}: ${f(A.value)} × ${f(B.value)}${rel.k === 1 ? '' : ` / ${f(rel.k)}`} = ${f(expected)}, tertulis ${f(S.value, 6)}`
              : `${quoted(x) || 'This row'}: ${f(A.value)} × ${f(B.value)}${rel.k === 1 ? '' : ` / ${f(rel.k)}`} = ${f(expected)}, ${f(S.value, 6)} is stated`,
          ),
        });
      }
    }
  },
};
