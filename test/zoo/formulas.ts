/**
 * Formula-filled columns (formula text + cached value): ratios =K10/J10*100, shares =D12/$D$22*100,
 * differences =J10-K10, sums =SUM(E10:E19). Clean: every formula computes its column's relation. Planted,
 * the smells of submitted workbooks: a constant typed over one formula and left stale; a hand adjustment
 * (=Q49-0.1, =O93+0.01); a SUM that stops short, skips a row or counts a sub-total twice; a formula
 * pointing at another row than its neighbours (=T45/S44*100, or =S44 among =T44/S44*100).
 */
import { type BuiltCase, type Ref, type Rng, SheetB, drawLayout, key, pair, render, round } from './core';
import { type Palette, palettePR, palettePRS, paletteMurni } from './cols';
import { type Flat, flatTable } from './flat';
import { moneyTypo, pctTypo } from './hier';
import * as W from './words';

type Smell = 'stale-constant' | 'hand-adjustment' | 'sum-short' | 'sum-skip' | 'sum-double-subtotal' | 'other-row';

function palette(rng: Rng, i: number): Palette {
  const o = { formulas: true, pct: i % 4 === 3 ? ('frac%' as const) : ('pct' as const) };
  return [() => palettePR(rng, o), () => palettePRS(rng, o, true), () => paletteMurni(rng, o), () => palettePRS(rng, o, false)][i % 4]();
}

function plantSmell(rng: Rng, f: Flat, p: Palette, smell: Smell): boolean {
  const t = f.table;
  const sumKey = rng.pick(p.sumKeys);
  const ratioKeys = p.rowKeys.filter((k) => k.families.includes('ratio')).map((k) => k.key);
  const rowKey = rng.pick(p.rowKeys).key;
  switch (smell) {
    case 'stale-constant': {
      // a typed value over a computed cell (ratio, difference or a sub-total)
      const useTotal = rng.chance(0.4) && f.subtotals.length;
      const ref: Ref = useTotal ? [rng.pick(f.subtotals), sumKey] : [rng.pick(f.items), rowKey];
      const v = t.get(ref[0], ref[1]);
      if (typeof v !== 'number') return false;
      const c = t.col(ref[1]);
      const nv = (c.dec ?? 0) > 0 ? pctTypo(rng, v, 2) : moneyTypo(rng, Math.abs(v) || 1e6) * (v < 0 ? -1 : 1);
      t.plant(ref, nv, c.dec ? ['ratio', 'formula'] : ['sum', 'formula'], 'a constant over the formula, stale');
      return true;
    }
    case 'hand-adjustment': {
      const onRatio = ratioKeys.length && rng.chance(0.5);
      const ref: Ref = onRatio ? [rng.pick(f.items), rng.pick(ratioKeys)] : [rng.pick([...f.subtotals, ...(f.total !== null ? [f.total] : [])]), sumKey];
      const rel = t.rels.find((r) => r.defining && key(r.target) === key(ref));
      const v = t.get(ref[0], ref[1]);
      if (!rel?.fx || typeof v !== 'number') return false;
      const frac = t.col(ref[1]).scale === 'frac';
      const adj = onRatio ? rng.pick([-0.1, 0.5, -1, 0.25]) : rng.pick([0.01, -1000, 25000, -0.5]);
      const shown = onRatio && frac ? adj / 100 : adj;
      const s = (shown < 0 ? '-' : '+') + String(Math.abs(shown));
      t.plant(ref, v + adj, [onRatio ? 'ratio' : 'sum', 'formula'], `hand adjustment ${s}`, { fx: (A) => rel.fx!(A) + s });
      return true;
    }
    case 'sum-short':
    case 'sum-skip': {
      // a sub-total or total whose SUM range stops short of its rows, or leaves one out
      const rows = [...f.subtotals, ...(f.total !== null && !f.subtotals.length ? [f.total] : [])];
      const ref: Ref = [rng.pick(rows), sumKey];
      const rel = t.rels.find((r) => r.defining && key(r.target) === key(ref));
      if (!rel || rel.inputs.length < 3) return false;
      const ins = rel.inputs;
      const contiguous = ins.every((x, i) => i === 0 || x[0] === ins[i - 1][0] + 1);
      if (!contiguous) return false;
      if (smell === 'sum-short') {
        const kept = ins.slice(0, -1);
        const v = kept.reduce((s, x) => s + t.num(x[0], x[1]), 0);
        t.plant(ref, v, ['sum', 'formula'], 'SUM range stops one row short', { fx: (A) => `SUM(${A(kept[0])}:${A(kept[kept.length - 1])})` });
      } else {
        const k = rng.int(1, ins.length - 2);
        const a = ins.slice(0, k);
        const b = ins.slice(k + 1);
        const v = [...a, ...b].reduce((s, x) => s + t.num(x[0], x[1]), 0);
        const part = (xs: Ref[], A: (r: Ref) => string) => (xs.length > 1 ? `SUM(${A(xs[0])}:${A(xs[xs.length - 1])})` : A(xs[0]));
        t.plant(ref, v, ['sum', 'formula'], 'SUM skips one row', { fx: (A) => `${part(a, A)}+${part(b, A)}` });
      }
      return true;
    }
    case 'sum-double-subtotal': {
      if (f.total === null || f.subtotals.length < 2) return false;
      const ref: Ref = [f.total, sumKey];
      const twice = rng.pick(f.subtotals);
      const v = f.subtotals.reduce((s, r) => s + t.num(r, sumKey), 0) + t.num(twice, sumKey);
      t.plant(ref, v, ['sum', 'formula'], 'grand total counts a sub-total twice', {
        fx: (A) => [...f.subtotals, twice].map((r) => A([r, sumKey])).join('+'),
      });
      return true;
    }
    case 'other-row': {
      const plain = ratioKeys.filter((k) => t.rels.some((r) => r.defining && r.name === 'ratio' && r.target[1] === k));
      if (!plain.length) return false;
      const rk = rng.pick(plain);
      const rel0 = t.rels.find((r) => r.defining && r.target[1] === rk);
      if (!rel0) return false;
      const idx = rng.int(0, f.items.length - 2);
      const r = f.items[idx];
      const next = f.items[idx + 1];
      const rel = t.rels.find((x) => x.defining && key(x.target) === key([r, rk]))!;
      const [num, den] = rel.inputs;
      const frac = t.col(rk).scale === 'frac';
      if (rng.chance(0.6)) {
        // numerator from the next row: =T45/S44*100
        const n2 = t.get(next, num[1]);
        const d = t.get(r, den[1]);
        if (typeof n2 !== 'number' || typeof d !== 'number' || !d) return false;
        const v = (n2 / d) * 100;
        if (Math.abs(v - (t.get(r, rk) as number)) < 0.1) return false;
        t.plant([r, rk], v, ['ratio', 'formula'], 'ratio formula reads the next row', { fx: (A) => `${A([next, num[1]])}/${A(den)}${frac ? '' : '*100'}` });
      } else {
        // a bare reference to the denominator: =S44
        const d = t.get(r, den[1]);
        if (typeof d !== 'number') return false;
        t.plant([r, rk], frac ? d * 100 : d, ['ratio', 'formula'], 'a bare reference among ratio formulas', { fx: (A) => A(den) });
      }
      return true;
    }
  }
}

function formulaCase(name: string, smell: Smell, i: number): BuiltCase[] {
  return pair(name, `formula.${smell}`, (rng, prng) => {
    const p = palette(rng, i);
    const withSub = smell === 'sum-double-subtotal' || rng.chance(0.6);
    const groups = withSub
      ? Array.from({ length: rng.int(2, 4) }, (_, g) => ({
          heading: `${String.fromCharCode(65 + g)}. ${rng.pick(W.PROGRAM)}`,
          items: rng.int(3, 7),
          subtotal: rng.pick(['Sub Total', 'Jumlah', 'Sub Jumlah']),
        }))
      : [{ items: rng.int(8, 30) }];
    const f = flatTable(rng, p, groups, { total: rng.pick(['JUMLAH', 'Total', 'JUMLAH TOTAL', 'Jumlah Seluruhnya']), totalOver: 'subtotals' });
    f.table.solve();
    const layout = drawLayout(rng, [`Realisasi Anggaran ${rng.pick(W.OPD)}`, `Tahun Anggaran ${rng.int(2020, 2025)}`]);
    if (prng) {
      for (let k = 0; k < 10 && !f.table.planted.length; k++) plantSmell(prng, f, p, smell);
    }
    const sh = new SheetB(rng.pick(['Realisasi', 'LRA', 'Form']));
    return { sheets: [sh], placed: [render(sh, f.table, layout)] };
  });
}

export function formulaCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  const smells: Smell[] = ['stale-constant', 'hand-adjustment', 'sum-short', 'sum-skip', 'sum-double-subtotal', 'other-row'];
  for (const s of smells)
    for (let i = 0; i < 4; i++) out.push(...formulaCase(`formulas/${s}/v${i}`, s, s === 'other-row' ? (i % 2) + 4 * i : i + smells.indexOf(s)));
  return out;
}

void round;
