/**
 * sum.difference: a difference column on every row (Sisa = Anggaran/Pagu − Realisasi;
 * Bertambah/(Berkurang) = Perubahan − Murni), and the APBD difference lines
 * (Surplus/(Defisit) = Pendapatan − Belanja; Pembiayaan Netto = Penerimaan − Pengeluaran; SILPA = Surplus/(Defisit)
 * + Pembiayaan Netto).
 */
import type { RowInfo } from '../types';
import { toDecimals, type NumberValue } from '../number';
import type { CheckContext } from './common';
import { sumRelation } from '../relation';
import { unitRounding } from '../tolerance';
import { cell, current, defineRule, followsColumnTotal, message, num, operand, quoted, val } from './common';
import { summedColumns } from './sumColumns';
import { averagedRows, statesMeanOf } from './sum.average';
import { unmarked, words } from '../text';

const head = (path: string[] | undefined) => (path ?? []).join(' ').trim() || '?';

/**
 * Which lines a derived line is made of: [first, second] by label or account kode, the second subtracted
 * (Surplus = Pendapatan − Belanja) or added (SILPA = Surplus/(Defisit) + Pembiayaan Netto).
 */
const DERIVED: { line: RegExp; plus: [RegExp, string?]; minus: [RegExp, string?]; sign: 1 | -1; absolute?: boolean }[] = [
  // (PSAP 02's LRA: Surplus/(Defisit) = Pendapatan − Belanja dan Transfer, where Transfer is a group of its own.)
  { line: /^\(?surplus|^defisit/, plus: [/^pendapatan( daerah)?$/, '4'], minus: [/^belanja( daerah)?( dan transfer( daerah)?)?$/, '5'], sign: -1 },
  {
    line: /^pembiayaan (daerah )?net+o/,
    plus: [/^penerimaan pembiayaan( daerah)?$/, '6.1'],
    minus: [/^pengeluaran pembiayaan( daerah)?$/, '6.2'],
    sign: -1,
  },
  // Not "SiLPA Tahun Sebelumnya", a receipt of the financing.
  {
    line: /^(sisa lebih (kurang )?pembiayaan anggaran|silpa)\b(?!.*\bsebelum)/,
    plus: [/^\(?surplus|^defisit/],
    minus: [/^pembiayaan (daerah )?net+o/],
    sign: 1,
  },
  // Kapasitas Riil Kemampuan Keuangan = Total Penerimaan − the belanja wajib dan mengikat (typed positive, or negative
  // under "Dikurangi").
  { line: /^kapasitas riil/, plus: [/^penerimaan( daerah)?( [a-z0-9])*$/], minus: [/\bwajib dan mengikat\b/], sign: -1, absolute: true },
];

/** A line's name without its account code ("6.1 Penerimaan Pembiayaan") or the total word some sheets put before it ("JUMLAH PENDAPATAN", "TOTAL SURPLUS/(DEFISIT)"). */
const lineName = (x: RowInfo) => unmarked(words(x.label)).replace(/^(jumlah|total) /, '');

/**
 * The rows that may state a line, the account kode's first, then those its label names: "4 PENDAPATAN"
 * is often a bare heading whose amounts sit on "JUMLAH PENDAPATAN" (each column takes the first with a number).
 */
function lineRows(rows: RowInfo[], [re, kode]: [RegExp, string?]): RowInfo[] {
  const byKode = kode ? rows.find((x) => x.kode?.trim() === kode) : undefined;
  const byLabel = rows.filter((x) => x !== byKode && re.test(lineName(x)));
  return byKode ? [byKode, ...byLabel] : byLabel;
}

function derivedLines(ctx: CheckContext): void {
  const rows = ctx.table.info.rows;
  for (const x of rows) {
    if (x.kind !== 'derived') continue;
    const d = DERIVED.find((k) => k.line.test(lineName(x)));
    if (!d) continue;
    const pluses = lineRows(rows, d.plus);
    const minuses = lineRows(rows, d.minus);
    if (!pluses.length || !minuses.length) continue;
    // (Of the lines the minus may be, the widest first: "Belanja dan Transfer" over "Belanja" where both are totalled.)
    minuses.sort((a, b) => Number(/\btransfer\b/.test(lineName(b))) - Number(/\btransfer\b/.test(lineName(a))));
    for (const col of summedColumns(ctx.table)) {
      if (col.role === 'sisa') continue; // its own column rule covers it
      const plus = pluses.find((r) => num(ctx, r.row, col.col)) ?? pluses[0];
      const P = num(ctx, plus.row, col.col);
      const S = num(ctx, x.row, col.col);
      if (!P || !S) continue;
      const at = (minus: RowInfo) => {
        const M = num(ctx, minus.row, col.col);
        if (!M) return null;
        // To the inputs' own decimals: 11,8 − 12,5 is −0,7, not −0,6999999999999993.
        const diff = toDecimals(P.value + d.sign * (d.absolute ? Math.abs(M.value) : M.value), Math.max(P.decimals, M.decimals));
        const tol = ctx.tol.sum(S, [P, M]) + unitRounding(col, [P, M]);
        return { minus, M, diff, tol, holds: Math.abs(S.value - diff) <= tol };
      };
      const tried = minuses.map(at).filter((t) => t !== null);
      if (!tried.length || tried.some((t) => t.holds)) continue;
      const { minus, M, diff, tol } = tried[0];
      ctx.report('sum.difference', {
        cell: cell(x.row, col.col),
        messageId: 'line',
        expected: diff,
        actual: S.value,
        related: [cell(plus.row, col.col), cell(minus.row, col.col)],
        relation: sumRelation(
          ctx.table.view,
          { r: x.row, c: col.col },
          [
            { r: plus.row, c: col.col, sign: 1 },
            { r: minus.row, c: col.col, sign: d.sign },
          ],
          tol,
        ),
        data: {
          row: quoted(x),
          plus: quoted(plus),
          minus: quoted(minus),
          P: P.value,
          M: d.absolute ? Math.abs(M.value) : M.value,
          diff,
          stated: S.value,
          op: d.sign > 0 ? '+' : '−',
        },
      });
    }
  }
}

const ZERO: NumberValue = { kind: 'number', value: 0, decimals: 0, fromText: false };

export default defineRule({
  meta: {
    id: 'sum.difference',
    arithmetic: true,
    emits: {
      'sum.difference': {
        severity: 'error',
        title: { id: 'Selisih tidak sama dengan pengurangannya', en: 'Difference does not equal its subtraction' },
        messages: {
          /** A difference column on one row. */
          default: message(
            (d, w) => `${d.row || 'Baris ini'}: ${w.n(d.A, 6)} − ${w.n(d.R, 6)} = ${w.n(d.diff, 6)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row || 'This row'}: ${w.n(d.A, 6)} − ${w.n(d.R, 6)} = ${w.n(d.diff, 6)}, ${w.n(d.stated, 6)} is stated`,
          ),
          /** An APBD line that is the difference of two others (Surplus/(Defisit)). */
          line: message(
            (d, w) => `${d.row}: ${d.plus} ${w.n(d.P, 6)} ${d.op ?? '−'} ${d.minus} ${w.n(d.M, 6)} = ${w.n(d.diff, 6)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row}: ${d.plus} ${w.n(d.P, 6)} ${d.op ?? '−'} ${d.minus} ${w.n(d.M, 6)} = ${w.n(d.diff, 6)}, ${w.n(d.stated, 6)} is stated`,
          ),
        },
      },
    },
    fills: {
      default: message(
        (d) => `${d.what} = ${d.plus} − ${d.minus}`,
        (d) => `${d.what} = ${d.plus} − ${d.minus}`,
      ),
    },
  },
  check(ctx) {
    derivedLines(ctx);
    for (const col of ctx.table.byRole('sisa')) {
      const [a, r] = col.parts ?? [];
      if (a === undefined || r === undefined) continue;
      for (const x of ctx.table.info.rows) {
        if (['blank', 'headerRepeat', 'heading'].includes(x.kind) && x.level === undefined) continue;
        const A = num(ctx, x.row, a);
        // A '-' realisation is nothing spent: the remainder is the whole pagu.
        const R = num(ctx, x.row, r) ?? (val(ctx, x.row, r).kind === 'dash' ? ZERO : null);
        if (!A || !R) continue;
        const diff = toDecimals(A.value - R.value, Math.max(A.decimals, R.decimals));
        const S = num(ctx, x.row, col.col);
        if (!S) {
          if (val(ctx, x.row, col.col).kind === 'empty') {
            const data = {
              what: head(col.path),
              plus: head(ctx.table.info.columns.find((c) => c.col === a)?.path),
              minus: head(ctx.table.info.columns.find((c) => c.col === r)?.path),
            };
            ctx.plan({
              cell: cell(x.row, col.col),
              formula: `=${operand(ctx, x.row, a)}-${operand(ctx, x.row, r)}`,
              value: diff,
              current: current(ctx, x.row, col.col),
              data,
            });
          }
          continue;
        }
        // Figures rounded to thousands or millions each on its own: a remainder may be one unit off.
        const tol = ctx.tol.sum(S, [A, R]) + unitRounding(col, [A, R]);
        if (Math.abs(S.value - diff) <= tol) continue;
        // Those not yet served ("Belum Terlayani", "Belum Tertangani") are none where more were served than targeted: 0,
        // not a negative count. (A Sisa anggaran below 0 is an overspend and stays one.)
        if (S.value === 0 && diff < 0 && /\bbelum\b/.test(words(col.path.join(' ')))) continue;
        // A Rata-rata row may state the column's mean instead (sum.average judges it): either reading holds there.
        if (x.kind === 'average' && statesMeanOf(ctx, averagedRows(ctx.table.info.rows, ctx.table.info.rows.indexOf(x)), col.col, S)) continue;
        ctx.report('sum.difference', {
          cell: cell(x.row, col.col),
          expected: diff,
          actual: S.value,
          related: [cell(x.row, a), cell(x.row, r)],
          // (On a total row adding up the column: a wrong row above it explains it.)
          relation: followsColumnTotal(
            ctx,
            x,
            col.col,
            S,
            sumRelation(
              ctx.table.view,
              { r: x.row, c: col.col },
              [
                { r: x.row, c: a, sign: 1 },
                { r: x.row, c: r, sign: -1 },
              ],
              tol,
            ),
          ),
          data: { row: quoted(x), A: A.value, R: R.value, diff, stated: S.value },
        });
      }
    }
  },
});
