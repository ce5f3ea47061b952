/** sum.difference: Sisa = Anggaran/Pagu − Realisasi on every row. */
import type { RuleModule } from './common';
import { sumRelation } from '../relation';
import { cell, current, num, quoted, say, sumTolerance, val } from './common';

export const sumDifference: RuleModule = {
  id: 'sum.difference',
  family: 'sum',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Sisa tidak sama dengan anggaran dikurangi realisasi', en: 'Remainder differs from anggaran minus realisasi' },
  check(ctx) {
    for (const col of ctx.table.byRole('sisa')) {
      const [a, r] = col.parts ?? [];
      if (a === undefined || r === undefined) continue;
      for (const x of ctx.table.info.rows) {
        if (['blank', 'headerRepeat', 'heading'].includes(x.kind) && x.level === undefined) continue;
        const A = num(ctx, x.row, a);
        const R = num(ctx, x.row, r);
        if (!A || !R) continue;
        const diff = A.value - R.value;
        const S = num(ctx, x.row, col.col);
        if (!S) {
          if (val(ctx, x.row, col.col).kind === 'empty') ctx.plan({ cell: cell(x.row, col.col), formula: `=${cell(x.row, a)}-${cell(x.row, r)}`, value: diff, rule: this.id, current: current(ctx, x.row, col.col), reason: say((_f, id) => (id ? 'Sisa = anggaran − realisasi' : 'Remainder = anggaran − realisasi')) });
          continue;
        }
        const tol = sumTolerance(S, [A, R]);
        if (Math.abs(S.value - diff) <= tol) continue;
        ctx.emit({
          cell: cell(x.row, col.col),
          rule: this.id,
          severity: 'error',
          expected: diff,
          actual: S.value,
          related: [cell(x.row, a), cell(x.row, r)],
          relation: sumRelation(ctx.table.view, { r: x.row, c: col.col }, [{ r: x.row, c: a, sign: 1 }, { r: x.row, c: r, sign: -1 }], tol),
          message: say((f, id) => (id ? `${quoted(x) || 'Baris ini'}: ${f(A.value)} − ${f(R.value)} = ${f(diff)}, tertulis ${f(S.value)}` : `${quoted(x) || 'This row'}: ${f(A.value)} − ${f(R.value)} = ${f(diff)}, ${f(S.value)} is stated`)),
        });
      }
    }
  },
};
