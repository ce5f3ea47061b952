/**
 * value.decimal: a percentage typed without its decimal comma ("94,5" entered where Excel reads the comma as a thousands
 * separator gives 945): one figure of a row's series of targets or realisations ten or a hundred times its neighbours,
 * above 100, where that figure divided back falls among them. Nothing sums a target series, so no other rule sees it.
 * Also a realisasi or target whose stated capaian holds only with the comma put back (ratio-pairs lostComma): the
 * capaian is right, the figure it was computed from is not (ratio-row leaves that row to this rule).
 */
import type { NumberValue } from '../number';
import type { ColumnInfo } from '../types';
import { cell, defineRule, FIGURE_KINDS, message, num, quoted, yearHead } from './common';
import { lostComma, percentRow, ratioPairs } from './ratio-pairs';

/** The columns of one indicator's series across the years (value.misplaced reads them too). */
export const SERIES = new Set<ColumnInfo['role']>(['kondisiAwal', 'target', 'realisasi', 'akhirTarget']);

export default defineRule({
  meta: {
    id: 'value.decimal',
    arithmetic: true,
    emits: {
      'value.decimal': {
        severity: 'warning',
        title: { id: 'Persentase kehilangan koma desimal', en: 'A percentage lost its decimal comma' },
        messages: {
          default: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${w.n(d.stated, 6)} di antara ${w.n(d.lo)}–${w.n(d.hi)} pada baris persentase ini: kemungkinan ${w.n(d.value)}, koma desimalnya hilang`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${w.n(d.stated, 6)} among ${w.n(d.lo)}–${w.n(d.hi)} on this row of percentages: probably ${w.n(d.value)}, its decimal comma lost`,
          ),
          /** Confirmed by the stated capaian beside it, which holds with the comma put back. */
          capaian: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${w.n(d.stated, 6)}: kemungkinan ${w.n(d.value)}, koma desimalnya hilang — capaian yang tertulis ${w.n(d.capaian, 6)} sesuai dengan ${w.n(d.value)}, tidak dengan ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${w.n(d.stated, 6)}: probably ${w.n(d.value)}, its decimal comma lost — the stated capaian ${w.n(d.capaian, 6)} holds with ${w.n(d.value)}, not with ${w.n(d.stated, 6)}`,
          ),
        },
      },
    },
  },
  check(ctx) {
    const said = new Set<string>();
    const series = ctx.table.info.columns.filter((c) => SERIES.has(c.role));
    for (const x of series.length < 4 ? [] : ctx.table.info.rows) {
      // Most rows hold no figure above 100: ruled out before the row's unit is read or its cells are gathered.
      if (!FIGURE_KINDS.has(x.kind) || !series.some((c) => (ctx.table.view.numberAt(x.row, c.col) ?? 0) > 100) || !percentRow(ctx, x)) continue;
      const cells = series.map((c) => ({ c, v: num(ctx, x.row, c.col) })).filter((e): e is { c: ColumnInfo; v: NumberValue } => e.v !== null);
      for (const e of cells) {
        if (e.v.value <= 100) continue;
        const others = cells.filter((o) => o !== e).map((o) => o.v.value);
        // A steady series of at least three other percentages to judge it by.
        if (others.length < 3 || others.some((o) => o > 100 || o <= 0)) continue;
        const lo = Math.min(...others);
        const hi = Math.max(...others);
        if (hi > 3 * lo) continue;
        const back = [10, 100].map((k) => e.v.value / k).find((b) => b >= lo * 0.95 && b <= hi * 1.05);
        if (back === undefined) continue;
        said.add(cell(x.row, e.c.col));
        ctx.report('value.decimal', {
          cell: cell(x.row, e.c.col),
          expected: back,
          actual: e.v.value,
          related: cells.filter((o) => o !== e).map((o) => cell(x.row, o.c.col)),
          data: { year: e.c.year, period: e.c.period, row: quoted(x), stated: e.v.value, value: back, lo, hi },
        });
      }
    }
    for (const p of ratioPairs(ctx.table.info.columns)) {
      if (p.kind !== 'capaian') continue;
      for (const x of ctx.table.info.rows) {
        if (!FIGURE_KINDS.has(x.kind)) continue;
        const lost = lostComma(ctx, x, p);
        if (!lost || said.has(cell(x.row, lost.col))) continue;
        const col = ctx.table.col(lost.col);
        const capaian = num(ctx, x.row, p.ratio.col)!.value;
        said.add(cell(x.row, lost.col));
        ctx.report('value.decimal', {
          cell: cell(x.row, lost.col),
          messageId: 'capaian',
          expected: lost.back,
          actual: lost.stated.value,
          related: [cell(x.row, p.ratio.col), cell(x.row, lost.col === p.num.col ? p.den.col : p.num.col)],
          data: { year: col?.year, period: col?.period, row: quoted(x), stated: lost.stated.value, value: lost.back, capaian },
        });
      }
    }
  },
});
