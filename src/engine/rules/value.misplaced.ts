/**
 * value.misplaced: the Rp of a year typed into that year's target (or realisasi) cell, a paste one cell to the side in
 * a Tabel 6.1 or a T-C.29 whose K | Rp pairs stand side by side. The figure is the amount of the year's Rp cell beside
 * it and ten times the row's other figures of that series or more (in juta too); or that Rp cell is empty and the
 * figure an amount by its size, a thousand times the others (the amount moved over). Nothing sums a target series, so
 * no other rule sees it.
 */
import type { ColumnInfo } from '../types';
import { MONEY_ROLES } from '../recognise/columns';
import { cell, defineRule, FIGURE_KINDS, message, num, quoted, yearHead } from './common';
import { SERIES } from './value.decimal';

/** The amount of the Rp beside it (in juta too: 368 among targets of 4 and 5), at least ten times the row's other targets. */
const FACTOR_SAME = 10;
/** With the Rp cell empty, an amount of money by its size alone: a hundred thousand or more, a thousand times the others. */
const FACTOR_MOVED = 1000;
const MONEY_FLOOR = 100000;

export default defineRule({
  meta: {
    id: 'value.misplaced',
    arithmetic: true,
    emits: {
      'value.misplaced': {
        severity: 'error',
        title: { id: 'Rupiah diketik di kolom target', en: 'Rupiah typed in the target column' },
        messages: {
          default: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${d.what} ${w.n(d.stated)} di antara ${w.n(d.lo)}–${w.n(d.hi)} pada baris ini, sama dengan Rp di ${d.money}: tampaknya Rp diketik di kolom ${d.what}`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${d.what} ${w.n(d.stated)} among ${w.n(d.lo)}–${w.n(d.hi)} on this row, the same as the Rp at ${d.money}: the Rp seems typed in the ${d.what} column`,
          ),
          /** The year's Rp cell beside it is empty: the amount moved one cell over. */
          moved: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${d.what} ${w.n(d.stated)} di antara ${w.n(d.lo)}–${w.n(d.hi)} pada baris ini, sedangkan Rp di ${d.money} kosong: tampaknya Rp diketik satu sel bergeser, di kolom ${d.what}`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} ${d.what} ${w.n(d.stated)} among ${w.n(d.lo)}–${w.n(d.hi)} on this row while the Rp at ${d.money} is empty: the Rp seems typed one cell over, in the ${d.what} column`,
            'warning',
          ),
        },
      },
    },
  },
  check(ctx) {
    const cols = ctx.table.info.columns;
    const series = cols.filter((c) => SERIES.has(c.role) && !c.percent);
    const money = cols.filter((c) => MONEY_ROLES.has(c.role));
    if (series.length < 3 || money.length === 0) return;
    // Each series cell's Rp: the money column of its year and period right beside it (K | Rp, T | Rp).
    const twin = new Map<number, ColumnInfo>();
    for (const c of series) {
      const m = money.find((x) => Math.abs(x.col - c.col) === 1 && x.year === c.year && x.period === c.period);
      if (m) twin.set(c.col, m);
    }
    if (twin.size === 0) return;
    const view = ctx.table.view;
    const pairs = [...twin].map(([c, m]) => [c, m.col]);
    // A figure that is its Rp's, or an amount by its size.
    const suspect = (r: number, c: number, m: number) => {
      const v = view.numberAt(r, c);
      return v !== undefined && v > 0 && (v >= MONEY_FLOOR || v === view.numberAt(r, m));
    };
    for (const x of ctx.table.info.rows) {
      // Most rows hold none: ruled out before their cells are read.
      if (!FIGURE_KINDS.has(x.kind)) continue;
      let any = false;
      for (const [c, m] of pairs) if (suspect(x.row, c, m)) any = true;
      if (!any) continue;
      for (const c of series) {
        const m = twin.get(c.col);
        const v = m ? num(ctx, x.row, c.col) : null;
        if (!m || !v || !suspect(x.row, c.col, m.col)) continue;
        // The row's other figures of the same series (targets with targets), at least two, all far below it.
        const others = series
          .filter((o) => o !== c && o.role === c.role)
          .map((o) => num(ctx, x.row, o.col)?.value)
          .filter((o): o is number => o !== undefined);
        if (others.length < 2) continue;
        const lo = Math.min(...others);
        const hi = Math.max(...others);
        const rp = view.value(x.row, m.col);
        const same = rp.kind === 'number' && Math.abs(rp.value - v.value) <= 1e-9 * Math.max(1, v.value);
        const far = (k: number) => v.value >= k * Math.max(Math.abs(hi), 1);
        if (same ? !far(FACTOR_SAME) : rp.kind !== 'empty' || v.value < MONEY_FLOOR || hi >= MONEY_FLOOR || !far(FACTOR_MOVED)) continue;
        const what = c.role === 'realisasi' ? 'realisasi' : 'target';
        ctx.report('value.misplaced', {
          cell: cell(x.row, c.col),
          ...(same ? {} : { messageId: 'moved' }),
          expected: null,
          actual: v.value,
          related: [cell(x.row, m.col)],
          data: { year: c.year, period: c.period, row: quoted(x), what, stated: v.value, lo, hi, money: cell(x.row, m.col) },
        });
      }
    }
  },
});
