/** sum.row-total: a Jumlah/Total column equals the sum of its parts on every row (Baik + Rusak Ringan + Rusak Berat = Total). */
import { unitRounding } from '../tolerance';
import { sumRelation } from '../relation';
import { absent, cell, current, defineRule, followsColumnTotal, message, num, operand, quoted, val } from './common';
import type { NumberValue } from '../number';
import type { RowInfo } from '../types';
import { words } from '../text';
import { lastReported, levelRow, MONEY_ROLES, RUNNING } from '../recognise/columns';
import { periodRows, runningFlows, runningStep } from './sumColumns';
import type { CheckContext } from './rule';

/** The parts of a message, "25.000 + 1.000 − 300" with the signs of a balance (`signs`, absent where all add). */
function terms(d: { parts: number[]; signs?: number[] }, n: (v: number) => string): string {
  return d.parts.map((p, i) => (i === 0 ? '' : d.signs?.[i] === -1 ? ' − ' : ' + ') + n(p)).join('');
}
function refsOf(d: { refs: string[]; signs?: number[] }, space = ''): string {
  return d.refs.map((r, i) => (i === 0 ? '' : `${space}${d.signs?.[i] === -1 ? '-' : '+'}${space}`) + r).join('');
}

const ROW_TOTAL_KINDS = new Set<RowInfo['kind']>(['indicator', 'continuation', 'total', 'derived', 'program', 'kegiatan', 'subkegiatan', 'heading']);

export default defineRule({
  meta: {
    id: 'sum.row-total',
    arithmetic: true,
    emits: {
      'sum.row-total': {
        severity: 'error',
        title: { id: 'Jumlah baris tidak sama dengan penjumlahan kolomnya', en: 'Row total differs from the sum of its columns' },
        messages: {
          default: message(
            (d, w) => `${d.row || 'Baris ini'}: ${terms(d, w.n)} = ${w.n(d.sum)}, tetapi tertulis ${w.n(d.stated, 6)} (${refsOf(d)})`,
            (d, w) => `${d.row || 'This row'}: ${terms(d, w.n)} = ${w.n(d.sum)}, but ${w.n(d.stated, 6)} is stated (${refsOf(d)})`,
          ),
          /** A running balance (a BKU's Saldo, a stock card's Sisa): the row above moved by this row's flows. */
          running: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: saldo di atasnya ${w.n(d.prev)} ${d.step < 0 ? '−' : '+'} ${w.n(Math.abs(d.step))} = ${w.n(d.expected)}, tetapi tertulis ${w.n(d.stated, 6)} (${d.refs.join(', ')})`,
            (d, w) =>
              `${d.row || 'This row'}: the balance above, ${w.n(d.prev)}, ${d.step < 0 ? '−' : '+'} ${w.n(Math.abs(d.step))} = ${w.n(d.expected)}, but ${w.n(d.stated, 6)} is stated (${d.refs.join(', ')})`,
          ),
          /** A period's opening balance: the closing one of the period before. */
          carried: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: saldo awal periode ini adalah saldo akhir periode sebelumnya, ${w.n(d.expected)} (${d.from}); tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: a period's opening balance is the closing one of the period before, ${w.n(d.expected)} (${d.from}); ${w.n(d.stated, 6)} is stated`,
          ),
          /**
           * Quarters typed as running totals ("Target | s.d. TW I … s.d. TW IV"), or a level's quarters after its year's target:
           * the last must reach the year's figure, set by the Perjanjian Kinerja the plan follows (said at that quarter).
           */
          cumulative: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: triwulan terakhir (kumulatif, atau tingkat yang dicapai) harus sama dengan angka tahunannya, ${w.n(d.year)} (${d.yearCell}); tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: the last quarter (a running total, or the level reached) must reach the year's figure, ${w.n(d.year)} (${d.yearCell}); ${w.n(d.stated, 6)} is stated`,
          ),
          /** A level's year from its quarters: the last quarter, neither it nor their mean stated. */
          latest: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: angka tahunan sebuah tingkat (%, indeks) adalah triwulan terakhirnya, ${w.n(d.latest)} (${d.last}), atau rata-rata triwulannya, ${w.n(d.mean)}; tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: a level's (%, index) year is its last quarter, ${w.n(d.latest)} (${d.last}), or the quarters' mean, ${w.n(d.mean)}; ${w.n(d.stated, 6)} is stated`,
          ),
        },
      },
    },
    fills: {
      default: message(
        (d) => `Jumlah baris ${refsOf(d, ' ')}`,
        (d) => `Row total ${refsOf(d, ' ')}`,
      ),
    },
  },
  check(ctx) {
    const { table } = ctx;
    runningBalances(ctx);
    carriedBalances(ctx);
    const satuan = table.ctx.satuanCol;
    // An indicator in %, an index or a rate: its running total ("Realisasi s.d. 2024" = s.d. 2023 + 2024) is the
    // level reached, the latest figure (20,5 % then 24,1 % is 24,1 % to date), not a sum.
    // Named by its indicator (a program row of an E.81 whose indicator is "Persentase UMKM …"), else by its label.
    const indicator = table.ctx.indicatorCol;
    const rateRow = (x: { row: number; label: string }) =>
      levelRow(
        satuan !== undefined ? table.view.shownText(x.row, satuan) : '',
        indicator !== undefined ? `${x.label} ${table.view.shownText(x.row, indicator)}` : x.label,
      );
    // A rate stated under the table's total ("Angka Kematian Bayi per 1.000 KH" for L, P and L+P): each of its own
    // column's totals, never the sum of the others. (A "Persentase (%)" row whose total is 100 splits a whole: its
    // parts do add up, and are checked.) Read once per table, a label only where a total is right above.
    const ratesUnderTotal = new Set<number>();
    let afterTotal = false;
    for (const x of table.info.rows) {
      if (x.kind === 'blank') continue;
      if (x.kind === 'total') afterTotal = true;
      else if (afterTotal && rateRow(x)) ratesUnderTotal.add(x.row);
      else afterTotal = false;
    }
    const whole = (r: number, c: number) => Math.abs((table.view.numberAt(r, c) ?? 0) - 100) < 0.5;
    // Row totals, and a year's figures checked against their quarters (Realisasi Triwulan ▸ I … IV | Realisasi 2024).
    for (const col of table.info.columns.filter((c) => c.role === 'rowTotal' || ((c.ofQuarters || c.drawn) && c.parts))) {
      const parts = col.parts ?? [];
      // A balance takes its last columns off (Saldo Awal + Penambahan − Pengurangan): their signs, in the order of `parts`.
      const minus = col.minus ?? [];
      const terms = [...parts, ...minus];
      const sign = (i: number): 1 | -1 => (i < parts.length ? 1 : -1);
      const running = RUNNING.test(words(col.path.join(' ')));
      // Quarters that are running totals themselves (Target Kumulatif per Triwulan ▸ TW I … IV): the year is their last.
      const cumulative = !!col.ofQuarters && parts.every((p) => RUNNING.test(words(table.col(p)?.path.join(' ') ?? '')));
      // Money spent adds up over the quarters whatever the row's indicator is (a % outcome's program still spends Rp).
      const money = MONEY_ROLES.has(col.role) || (parts.length > 0 && parts.every((p) => MONEY_ROLES.has(table.col(p)?.role ?? 'value')));
      const levelAt = (x: RowInfo) => !money && rateRow(x);
      for (const x of table.info.rows) {
        // A heading with figures of its own (an OPD or bidang row coded 1.01, 1.02 in a rekap) is checked too, never filled.
        if (!ROW_TOTAL_KINDS.has(x.kind) || (ratesUnderTotal.has(x.row) && !whole(x.row, col.col))) continue;
        const vals: NumberValue[] = [];
        let usable = true;
        let sum = 0;
        terms.forEach((p, i) => {
          const v = val(ctx, x.row, p);
          if (v.kind === 'number') {
            vals.push(v);
            sum += sign(i) * v.value;
          } else if (!absent(v)) usable = false;
        });
        if (!usable || vals.length === 0) continue;
        const refs = terms.map((p) => cell(x.row, p));
        const signs = minus.length ? terms.map((_, i) => sign(i)) : undefined;
        const stated = num(ctx, x.row, col.col);
        if (!stated) {
          if (val(ctx, x.row, col.col).kind === 'empty' && col.role === 'rowTotal' && x.kind !== 'heading') {
            ctx.plan({
              cell: cell(x.row, col.col),
              formula: `=${terms.map((p, i) => (i === 0 ? '' : sign(i) > 0 ? '+' : '-') + operand(ctx, x.row, p)).join('')}`,
              value: sum,
              current: current(ctx, x.row, col.col),
              data: { refs, signs },
            });
          }
          continue;
        }
        const tol = ctx.tol.sum(stated, vals) + unitRounding(col, vals);
        if (!cumulative && Math.abs(stated.value - sum) <= tol) continue;
        // The last part reported: quarters not reported yet (TW IV "-" or 0 in a TW III report) come after it.
        const at = col.ofQuarters ? lastReported(table.view, x.row, parts) : parts.length - 1;
        const latest = num(ctx, x.row, parts[at]);
        const atLatest = !!latest && Math.abs(stated.value - latest.value) <= ctx.tol.sum(stated, [latest]);
        // (A year set before its quarters, "Target | TW I … TW IV", a level's last quarter reaching it: said there too.)
        if (cumulative || (col.ofQuarters && col.col < parts[0] && !!latest && levelAt(x))) {
          if (!latest || atLatest) continue;
          ctx.report('sum.row-total', {
            cell: cell(x.row, parts[at]),
            messageId: 'cumulative',
            expected: stated.value,
            actual: latest.value,
            related: [cell(x.row, col.col), ...refs.filter((q) => q !== cell(x.row, parts[at]))],
            relation: sumRelation(ctx.table.view, { r: x.row, c: parts[at] }, [{ r: x.row, c: col.col, sign: 1 }], ctx.tol.sum(stated, [latest])),
            data: { row: quoted(x), year: stated.value, yearCell: cell(x.row, col.col), stated: latest.value },
          });
          continue;
        }
        if (running && levelAt(x) && atLatest) continue;
        // A year from its quarters: their last (cumulative, or a level reached) or their mean (a rate averaged).
        const reported = col.ofQuarters ? parts.slice(0, at + 1).filter((p) => num(ctx, x.row, p) !== null).length || 1 : vals.length;
        const mean = sum / reported;
        if (col.ofQuarters && (atLatest || Math.abs(stated.value - mean) <= tol / reported)) continue;
        if (col.ofQuarters && latest && levelAt(x)) {
          const last = cell(x.row, parts[at]);
          ctx.report('sum.row-total', {
            cell: cell(x.row, col.col),
            messageId: 'latest',
            expected: latest.value,
            actual: stated.value,
            related: refs,
            relation: sumRelation(ctx.table.view, { r: x.row, c: col.col }, [{ r: x.row, c: parts[at], sign: 1 }], ctx.tol.sum(stated, [latest])),
            data: { row: quoted(x), latest: latest.value, last, mean: Math.round(mean * 100) / 100, stated: stated.value },
          });
          continue;
        }
        ctx.report('sum.row-total', {
          cell: cell(x.row, col.col),
          expected: sum,
          actual: stated.value,
          related: refs,
          // (On a total row adding up the column: a wrong row total above it explains it.)
          relation: followsColumnTotal(
            ctx,
            x,
            col.col,
            stated,
            sumRelation(
              ctx.table.view,
              { r: x.row, c: col.col },
              terms.map((p, i) => ({ r: x.row, c: p, sign: sign(i) })),
              tol,
            ),
          ),
          data: { row: quoted(x), parts: terms.map((p) => num(ctx, x.row, p)?.value ?? 0), signs, sum, stated: stated.value, refs },
        });
      }
    }
  },
});

/**
 * A running balance down the rows: each row's Saldo is the one above moved by the row's flows. A slip at one row is
 * that row's, whether the rows after it go on from it (carried down) or from the right figure (the next row then
 * holds from what this one should say, and says nothing itself).
 */
function runningBalances(ctx: CheckContext): void {
  const { table } = ctx;
  for (const col of table.info.columns) {
    const f = runningFlows(table, col);
    if (!f) continue;
    const rows = table.info.rows.filter((x) => x.kind !== 'total' && x.kind !== 'blank' && x.kind !== 'headerRepeat' && num(ctx, x.row, col.col));
    const flowsOf = (row: number) => [...f.into, ...f.out].map((c) => num(ctx, row, c)).filter((v): v is NumberValue => !!v);
    let prev = { row: rows[0]?.row ?? 0, value: rows[0] ? num(ctx, rows[0].row, col.col)!.value : 0 };
    for (let i = 1; i < rows.length; i++) {
      const x = rows[i];
      const S = num(ctx, x.row, col.col)!;
      const step = runningStep(table, x.row, f);
      const expected = prev.value + step;
      const tol = ctx.tol.sum(S, [...flowsOf(x.row), num(ctx, prev.row, col.col)!]);
      if (Math.abs(S.value - expected) <= tol) {
        prev = { row: x.row, value: S.value };
        continue;
      }
      const next = rows[i + 1];
      const fromTrue = !!next && Math.abs(num(ctx, next.row, col.col)!.value - (expected + runningStep(table, next.row, f))) <= tol;
      const flowCells = [...f.into, ...f.out].filter((c) => num(ctx, x.row, c)).map((c) => cell(x.row, c));
      const refs = [cell(prev.row, col.col), ...flowCells];
      ctx.report('sum.row-total', {
        cell: cell(x.row, col.col),
        messageId: 'running',
        expected,
        actual: S.value,
        related: refs,
        relation: sumRelation(
          table.view,
          { r: x.row, c: col.col },
          [
            { r: prev.row, c: col.col, sign: 1 },
            ...f.into.map((c) => ({ r: x.row, c, sign: f.sign })),
            ...f.out.map((c) => ({ r: x.row, c, sign: -f.sign as 1 | -1 })),
          ],
          tol,
        ),
        data: { row: quoted(x), prev: prev.value, step, expected, stated: S.value, refs },
      });
      // The rows after it go on from the right figure, or from the one stated.
      prev = { row: x.row, value: fromTrue ? expected : S.value };
    }
  }
}

/** Periods down the rows of a balance (a monthly kas rekap): each period opens with the closing balance of the one before. */
function carriedBalances(ctx: CheckContext): void {
  const { table } = ctx;
  if (!table.info.columns.some((c) => c.balance) || periodRows(table) < 2) return;
  for (const b of table.info.columns) {
    const opening = b.balance ? b.parts?.[0] : undefined;
    if (opening === undefined) continue;
    const rows = table.info.rows.filter((x) => (x.kind === 'indicator' || x.kind === 'continuation') && num(ctx, x.row, b.col) && num(ctx, x.row, opening));
    for (let i = 1; i < rows.length; i++) {
      const before = num(ctx, rows[i - 1].row, b.col)!;
      const open = num(ctx, rows[i].row, opening)!;
      const tol = ctx.tol.sum(open, [before]);
      if (Math.abs(open.value - before.value) <= tol) continue;
      const from = cell(rows[i - 1].row, b.col);
      ctx.report('sum.row-total', {
        cell: cell(rows[i].row, opening),
        messageId: 'carried',
        expected: before.value,
        actual: open.value,
        related: [from],
        relation: sumRelation(table.view, { r: rows[i].row, c: opening }, [{ r: rows[i - 1].row, c: b.col, sign: 1 }], tol),
        data: { row: quoted(rows[i]), expected: before.value, stated: open.value, from },
      });
    }
  }
}
