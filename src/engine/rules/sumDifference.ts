/**
 * sum.difference: a difference column on every row (Sisa = Anggaran/Pagu − Realisasi;
 * Bertambah/(Berkurang) = Perubahan − Murni), and the APBD difference lines
 * (Surplus/(Defisit) = Pendapatan − Belanja; Pembiayaan Netto = Penerimaan − Pengeluaran).
 */
import type { RowInfo } from '../types';
import type { NumberValue } from '../number';
import type { CheckContext, RuleModule } from './common';
import { sumRelation } from '../relation';
import { cell, current, num, quoted, say, sumTolerance, val } from './common';
import { summedColumns } from './sumColumns';
import { words } from '../text';

const head = (path: string[] | undefined) => (path ?? []).join(' ').trim() || '?';

/** Which lines a derived line is the difference of: [minuend, subtrahend] by label or account kode. */
const DERIVED: { line: RegExp; plus: [RegExp, string]; minus: [RegExp, string] }[] = [
  { line: /^\(?surplus|^defisit/, plus: [/^(jumlah )?pendapatan( daerah)?$/, '4'], minus: [/^(jumlah )?belanja( daerah)?$/, '5'] },
  { line: /^pembiayaan (daerah )?net+o/, plus: [/^(jumlah )?penerimaan pembiayaan( daerah)?$/, '6.1'], minus: [/^(jumlah )?pengeluaran pembiayaan( daerah)?$/, '6.2'] },
];

function findLine(rows: RowInfo[], [re, kode]: [RegExp, string]): RowInfo | undefined {
  return rows.find((x) => x.kode?.trim() === kode) ?? rows.find((x) => re.test(words(x.label)));
}

function derivedLines(ctx: CheckContext, id: string): void {
  const rows = ctx.table.info.rows;
  for (const x of rows) {
    if (x.kind !== 'derived') continue;
    const d = DERIVED.find((k) => k.line.test(words(x.label)));
    if (!d) continue;
    const plus = findLine(rows, d.plus);
    const minus = findLine(rows, d.minus);
    if (!plus || !minus) continue;
    for (const col of summedColumns(ctx.table)) {
      if (col.role === 'sisa') continue; // its own column rule covers it
      const P = num(ctx, plus.row, col.col);
      const M = num(ctx, minus.row, col.col);
      const S = num(ctx, x.row, col.col);
      if (!P || !M || !S) continue;
      const diff = P.value - M.value;
      const tol = sumTolerance(S, [P, M]);
      if (Math.abs(S.value - diff) <= tol) continue;
      const at = cell(x.row, col.col);
      ctx.emit({
        cell: at,
        rule: id,
        severity: 'error',
        expected: diff,
        actual: S.value,
        related: [cell(plus.row, col.col), cell(minus.row, col.col)],
        relation: sumRelation(ctx.table.view, { r: x.row, c: col.col }, [{ r: plus.row, c: col.col, sign: 1 }, { r: minus.row, c: col.col, sign: -1 }], tol),
        message: say((f, idl) =>
          idl
            ? `${quoted(x)}: ${quoted(plus)} ${f(P.value)} − ${quoted(minus)} ${f(M.value)} = ${f(diff)}, tertulis ${f(S.value, 6)}`
            : `${quoted(x)}: ${quoted(plus)} ${f(P.value)} − ${quoted(minus)} ${f(M.value)} = ${f(diff)}, ${f(S.value, 6)} is stated`,
        ),
      });
    }
  }
}

const ZERO: NumberValue = { kind: 'number', value: 0, decimals: 0, fromText: false };

export const sumDifference: RuleModule = {
  id: 'sum.difference',
  family: 'sum',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Selisih tidak sama dengan pengurangannya', en: 'Difference does not equal its subtraction' },
  check(ctx) {
    derivedLines(ctx, this.id);
    for (const col of ctx.table.byRole('sisa')) {
      const [a, r] = col.parts ?? [];
      if (a === undefined || r === undefined) continue;
      for (const x of ctx.table.info.rows) {
        if (['blank', 'headerRepeat', 'heading'].includes(x.kind) && x.level === undefined) continue;
        const A = num(ctx, x.row, a);
        // A '-' realisation is nothing spent: the remainder is the whole pagu.
        const R = num(ctx, x.row, r) ?? (val(ctx, x.row, r).kind === 'dash' ? ZERO : null);
        if (!A || !R) continue;
        const diff = A.value - R.value;
        const S = num(ctx, x.row, col.col);
        if (!S) {
          if (val(ctx, x.row, col.col).kind === 'empty') ctx.plan({ cell: cell(x.row, col.col), formula: `=${cell(x.row, a)}-${cell(x.row, r)}`, value: diff, rule: this.id, current: current(ctx, x.row, col.col), reason: say(() => `${head(col.path)} = ${head(ctx.table.info.columns.find((c) => c.col === a)?.path)} − ${head(ctx.table.info.columns.find((c) => c.col === r)?.path)}`) });
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
          message: say((f, id) => (id ? `${quoted(x) || 'Baris ini'}: ${f(A.value)} − ${f(R.value)} = ${f(diff)}, tertulis ${f(S.value, 6)}` : `${quoted(x) || 'This row'}: ${f(A.value)} − ${f(R.value)} = ${f(diff)}, ${f(S.value, 6)} is stated`)),
        });
      }
    }
  },
};
