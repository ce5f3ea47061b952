/**
 * Numbers stored as text: whole columns typed in Indonesian style ('1.091.140.000', '94,74') or English
 * style, with correct arithmetic; a malformed 'Rp. 103.426.819.26' (a dot for the decimal comma) in one
 * group, the rest of its column still checked (planted: a wrong sub-total in another group).
 */
import { type BuiltCase, type Rng, SheetB, drawLayout, pair, render } from './core';
import { type Palette, palettePR, palettePRS } from './cols';
import { flatTable, plantFlat } from './flat';
import { buildTree, hierTable, plantHier } from './hier';
import * as W from './words';

function pal(rng: Rng, i: number): Palette {
  const o = { pct: 'pct' as const, dashReal: i % 2 === 0 };
  return [() => palettePR(rng, o), () => palettePRS(rng, o, true), () => palettePRS(rng, o, false)][i % 3]();
}

function textCase(name: string, style: 'id' | 'en', i: number): BuiltCase[] {
  return pair(name, style === 'id' ? 'numbers.text-indonesian' : 'numbers.text-english', (rng, prng) => {
    const p = pal(rng, i);
    // whole columns as text (all of them, or only some: pasted from Word beside real numbers)
    const some = i % 2 === 1;
    p.numCols.forEach((c, k) => {
      if (!some || k % 2 === 0) c.text = style;
    });
    const hier = i % 3 !== 2;
    const sh = new SheetB(rng.pick(['Sheet1', 'Tabel 3.4']));
    const layout = drawLayout(rng, [`Tabel 3.${rng.int(1, 9)} Realisasi Anggaran per Program Tahun ${rng.int(2020, 2025)}`]);
    if (hier) {
      const nodes = buildTree(
        rng,
        ['program', 'kegiatan'],
        [
          [2, 4],
          [2, 5],
        ],
      );
      const h = hierTable(rng, nodes, {
        schemes: ['num.', 'lower.'],
        placement: rng.chance(0.5) ? 'col' : 'prefix',
        numCols: p.numCols,
        sumKeys: p.sumKeys,
        leaf: p.leaf,
        rowRels: p.rowRels,
        parentRels: p.parentRels,
        total: { label: 'Jumlah' },
        bold: true,
      });
      h.table.solve();
      if (prng) plantHier(prng, h, prng.int(1, 2), ['parent', 'total', 'row'], p.rowKeys);
      return { sheets: [sh], placed: [render(sh, h.table, layout)] };
    }
    const f = flatTable(rng, p, [{ items: rng.int(8, 20) }], { total: 'JUMLAH' });
    f.table.solve();
    if (prng) plantFlat(prng, f, p, prng.int(1, 2), ['total', 'row']);
    return { sheets: [sh], placed: [render(sh, f.table, layout)] };
  });
}

function malformedCase(name: string, i: number): BuiltCase[] {
  return pair(name, 'numbers.malformed', (rng, prng) => {
    const p = pal(rng, i);
    for (const c of p.numCols) if (c.key === 'real' || c.key === 'sisa') Object.assign(c, { dec: 2, fmt: '#,##0.00' });
    const groups = [0, 1, 2]
      .slice(0, 2 + (i % 2))
      .map((g) => ({ heading: `${String.fromCharCode(65 + g)}. ${rng.pick(W.PROGRAM)}`, items: rng.int(3, 6), subtotal: 'Sub Total' }));
    const f = flatTable(rng, p, groups, { total: rng.pick(['JUMLAH', 'TOTAL']), totalOver: 'subtotals' });
    // one realisation in the first group carries cents and is typed with a dot for the decimal comma
    const bad = f.groups[0][rng.int(0, f.groups[0].length - 1)];
    const pagu = f.table.num(bad, 'pagu');
    const real = Math.round(pagu * 0.83) + 0.26;
    f.table.set(bad, 'real', real);
    const txt =
      Math.floor(real)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.') + '.26';
    f.table.raw.set(`${bad}|real`, { value: `${rng.pick(['Rp. ', 'Rp.', 'Rp '])}${txt}` });
    f.table.extraAcceptable.push([bad, 'real']);
    f.table.solve();
    if (prng) {
      // a wrong sub-total elsewhere in the same column (another group), or a wrong item ratio there
      const other = f.subtotals.slice(1);
      const r = prng.pick(other);
      const v = f.table.num(r, 'real');
      f.table.plant([r, 'real'], v + prng.pick([-1, 1]) * prng.int(1, 90) * 1e6, ['sum'], 'wrong sub-total in the column holding the malformed number');
    }
    const sh = new SheetB('Realisasi');
    const layout = drawLayout(rng, [`Realisasi Belanja Tahun ${rng.int(2020, 2025)}`]);
    return { sheets: [sh], placed: [render(sh, f.table, layout)] };
  });
}

export function numberCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  for (let i = 0; i < 6; i++) out.push(...textCase(`numbers/text-id/v${i}`, 'id', i));
  for (let i = 0; i < 3; i++) out.push(...textCase(`numbers/text-en/v${i}`, 'en', i));
  for (let i = 0; i < 4; i++) out.push(...malformedCase(`numbers/malformed/v${i}`, i));
  return out;
}
