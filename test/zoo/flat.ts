/**
 * Flat budget lists in groups: optional group headings, items, sub-totals closing the rows since the
 * previous sub-total or heading, and a grand total over the sub-totals (or the items when there are none).
 */
import { type ColDef, type Ref, type Rng, Table } from './core';
import type { Palette } from './cols';
import { moneyTypo, pctTypo } from './hier';
import type { Family } from './types';
import * as W from './words';

export interface FlatGroup {
  heading?: string;
  items: number;
  subtotal?: string;
}

export interface Flat {
  table: Table;
  items: number[];
  subtotals: number[];
  total: number | null;
  headings: number[];
  /** Items per group. */
  groups: number[][];
}

export function flatTable(
  rng: Rng,
  pal: Palette,
  groups: FlatGroup[],
  o: {
    total?: string | null;
    totalOver?: 'subtotals' | 'items';
    noCol?: boolean;
    itemWords?: readonly string[];
    labelHeader?: string;
    boldTotals?: boolean;
    unlabelledTotal?: boolean;
    extraCols?: ColDef[];
  },
): Flat {
  const cols: ColDef[] = [];
  if (o.noCol !== false) cols.push({ key: 'no', path: ['No'], kind: 'no' });
  cols.push({ key: 'label', path: [o.labelHeader ?? 'Uraian'], kind: 'label' }, ...(o.extraCols ?? []), ...pal.numCols);
  const t = new Table(cols);
  const words = rng.shuffle(o.itemWords ?? [...W.SUBKEGIATAN, ...W.KEGIATAN]);
  const items: number[] = [];
  const subtotals: number[] = [];
  const headings: number[] = [];
  const gs: number[][] = [];
  const dummy = { tier: 'subkegiatan' as const, level: 0, label: '', children: [] };
  for (const g of groups) {
    if (g.heading) headings.push(t.addRow({ kind: 'heading', texts: { label: g.heading }, bold: true }));
    const mine: number[] = [];
    for (let i = 0; i < g.items; i++) {
      const r = t.addRow({ kind: 'data', texts: { no: i + 1, label: words[(items.length + i) % words.length] } });
      pal.leaf(t, r, dummy);
      mine.push(r);
    }
    items.push(...mine);
    gs.push(mine);
    if (g.subtotal !== undefined) {
      const r = t.addRow({ kind: 'total', texts: { label: g.subtotal }, bold: o.boldTotals ?? true });
      for (const k of pal.sumKeys)
        t.sumRel(
          [r, k],
          mine.map((x) => [x, k] as Ref),
          true,
          'subtotal',
        );
      pal.parentRels?.(t, r, mine, null);
      subtotals.push(r);
    }
  }
  let total: number | null = null;
  if (o.total !== null && o.total !== undefined) {
    total = t.addRow({ kind: 'total', texts: o.unlabelledTotal ? {} : { label: o.total }, bold: o.boldTotals ?? true });
    const over = o.totalOver === 'items' || !subtotals.length ? items : subtotals;
    for (const k of pal.sumKeys)
      t.sumRel(
        [total, k],
        over.map((x) => [x, k] as Ref),
        true,
        'total',
      );
    pal.parentRels?.(t, total, over, null);
  }
  for (const r of items) pal.rowRels(t, r, total, 'leaf');
  for (const r of subtotals) pal.rowRels(t, r, total, 'parent');
  if (total !== null) pal.rowRels(t, total, total, 'total');
  return { table: t, items, subtotals, total, headings, groups: gs };
}

/** Plants up to n errors: a wrong sub-total, a wrong grand total, a wrong row-relation cell; none sharing a relation. */
export function plantFlat(rng: Rng, f: Flat, pal: Palette, n: number, kinds: ('subtotal' | 'total' | 'row' | 'item')[] = ['subtotal', 'total', 'row']) {
  const t = f.table;
  const used: Ref[] = [];
  for (let tries = 0; t.planted.length < n && tries < 60; tries++) {
    const kind = rng.pick(kinds);
    let ref: Ref;
    let fam: Family[] = ['sum'];
    let what: string;
    let at: Ref | undefined;
    if (kind === 'subtotal' && f.subtotals.length) {
      ref = [rng.pick(f.subtotals), rng.pick(pal.sumKeys)];
      what = `sub-total ${ref[1]} ≠ Σ its rows`;
    } else if (kind === 'total' && f.total !== null) {
      ref = [f.total, rng.pick(pal.sumKeys)];
      what = `total ${ref[1]} ≠ Σ its scope`;
    } else if (kind === 'row' && pal.rowKeys.length) {
      const rk = rng.pick(pal.rowKeys);
      ref = [rng.pick(f.items), rk.key];
      fam = rk.families;
      what = `wrong ${rk.key}`;
    } else if (kind === 'item' && f.items.length) {
      // a typo in an item: reported at the item when its row relations decide, else at its sub-total or total
      ref = [rng.pick(f.items), rng.pick(pal.sumKeys)];
      const decided = t.relsOf(ref).some((x) => x.target[0] === ref[0] && !t.isFormula(x.target));
      if (!decided) {
        const closing = t.relsOf(ref).find((x) => x.name === 'subtotal' || x.name === 'total');
        if (!closing) continue;
        at = closing.target;
      }
      fam = decided ? ['sum', 'ratio'] : ['sum'];
      what = `item ${ref[1]} typo`;
    } else continue;
    const v = t.get(ref[0], ref[1]);
    if (typeof v !== 'number' || v === 0) continue;
    const cells = at ? [ref, at] : [ref];
    if (used.length && t.overlaps(used, cells)) continue;
    used.push(...cells);
    const c = t.col(ref[1]);
    const nv = (c.dec ?? 0) > 0 && !/#,##0\.00/.test(c.fmt ?? '') ? pctTypo(rng, v, c.dec) : moneyTypo(rng, Math.abs(v)) * Math.sign(v || 1);
    t.plant(ref, nv, fam, what, at ? { at } : {});
  }
}
