/**
 * Totals with qualifiers and scopes (DOMAIN "Totals with qualifiers and scopes"): sub-totals closing the
 * rows since the previous sub-total or heading, a grand total over the sub-totals, qualified labels
 * ("TOTAL DANA DEKONSENTRASI", "Jumlah Belanja Langsung", "Jumlah Program I"), a group row placed above
 * its parts (I APBD, II APBN), unlabelled total rows, and an unlabelled last row that is only data.
 * Stacked blocks: two or three tables on one sheet, each with its own total.
 */
import { type BuiltCase, type Placed, type Rng, SheetB, drawLayout, pair, render } from './core';
import { type Palette, palettePR, palettePRS } from './cols';
import { type FlatGroup, flatTable, plantFlat } from './flat';
import { buildTree, hierTable, plantHier } from './hier';
import * as W from './words';

const QUALIFIED_TOTALS = [
  'TOTAL DANA DEKONSENTRASI',
  'Jumlah Belanja Langsung',
  'Total Dana',
  'JUMLAH SELURUHNYA',
  'TOTAL KESELURUHAN',
  'Jumlah Total Belanja',
  'TOTAL DANA TUGAS PEMBANTUAN',
  'Jumlah Belanja Daerah',
];
const SUB_LABELS = ['Sub Total', 'Sub Jumlah', 'Jumlah', 'SUB TOTAL'];

function pal(rng: Rng, i: number): Palette {
  const o = { pct: rng.pick(['pct', 'frac%'] as const), dashReal: i % 3 === 0 };
  return [() => palettePR(rng, o), () => palettePRS(rng, o, true), () => palettePRS(rng, o, false)][i % 3]();
}

const ROM = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function groupsFor(rng: Rng, style: string, n: number): FlatGroup[] {
  const out: FlatGroup[] = [];
  const heads = rng.shuffle([...W.PROGRAM]);
  const kinds = rng.shuffle(['Belanja Tidak Langsung', 'Belanja Langsung', 'Belanja Operasi', 'Belanja Modal', 'Dana Dekonsentrasi', 'Dana Tugas Pembantuan']);
  for (let g = 0; g < n; g++) {
    const items = rng.int(2, 6);
    if (style === 'heading')
      out.push({ heading: `${String.fromCharCode(65 + g)}. ${kinds[g % kinds.length]}`, items, subtotal: `Jumlah ${kinds[g % kinds.length]}` });
    else if (style === 'program') out.push({ heading: `${ROM[g]}. ${heads[g]}`, items, subtotal: `Jumlah Program ${ROM[g]}` });
    else if (style === 'bold-heading') out.push({ heading: rng.pick(W.GROUP_TITLES) + (g ? ` ${g + 1}` : ''), items, subtotal: rng.pick(SUB_LABELS) });
    else out.push({ items, subtotal: rng.pick(SUB_LABELS) });
  }
  return out;
}

function subtotalCase(name: string, style: string, i: number): BuiltCase[] {
  return pair(name, style === 'plain' ? 'totals.subtotal-closes-since-previous' : 'totals.subtotal-after-heading', (rng, prng) => {
    const p = pal(rng, i);
    const f = flatTable(rng, p, groupsFor(rng, style, rng.int(2, 4)), { total: rng.pick(QUALIFIED_TOTALS), totalOver: 'subtotals' });
    f.table.solve();
    const layout = drawLayout(rng, [`Tabel 3.${rng.int(1, 20)} Realisasi Belanja ${rng.pick(W.OPD)} Tahun ${rng.int(2020, 2025)}`]);
    if (prng) plantFlat(prng, f, p, prng.int(1, 3), ['subtotal', 'subtotal', 'total', 'row', 'item']);
    const sh = new SheetB('Belanja');
    return { sheets: [sh], placed: [render(sh, f.table, layout)] };
  });
}

function qualifiedCase(name: string, i: number): BuiltCase[] {
  return pair(name, 'totals.qualified-label', (rng, prng) => {
    const p = pal(rng, i);
    const f = flatTable(rng, p, [{ items: rng.int(8, 25) }], { total: QUALIFIED_TOTALS[i % QUALIFIED_TOTALS.length] });
    f.table.solve();
    const layout = drawLayout(rng, [`REALISASI ${rng.pick(['DANA DEKONSENTRASI', 'BELANJA LANGSUNG', 'DANA TUGAS PEMBANTUAN'])} TAHUN ${rng.int(2020, 2025)}`]);
    if (prng) plantFlat(prng, f, p, prng.int(1, 2), ['total', 'row', 'item']);
    const sh = new SheetB('Sheet1');
    return { sheets: [sh], placed: [render(sh, f.table, layout)] };
  });
}

/** I APBD (a row with its own amounts), II APBN above its parts, … then the grand total = I + II + … */
function groupAboveCase(name: string, i: number): BuiltCase[] {
  return pair(name, 'totals.group-above-parts', (rng, prng) => {
    const nodes = buildTree(
      rng,
      ['sumber', 'program'],
      [
        [2, 4],
        [2, 5],
      ],
    );
    const tops = rng.shuffle(['APBD', 'APBN', 'DANA DEKONSENTRASI', 'DANA ALOKASI KHUSUS (DAK)', 'BANTUAN KEUANGAN PROVINSI']);
    nodes.forEach((n, k) => {
      n.label = tops[k];
      if (k === 0 && rng.chance(0.7)) n.children = []; // a group without parts: a row of its own
    });
    const p = pal(rng, i);
    const h = hierTable(rng, nodes, {
      schemes: ['roman.', rng.pick(['num.', 'num', 'lower.'])],
      placement: rng.chance(0.5) ? 'col' : 'prefix',
      numCols: p.numCols,
      sumKeys: p.sumKeys,
      leaf: p.leaf,
      rowRels: p.rowRels,
      parentRels: p.parentRels,
      total: { label: rng.pick(['TOTAL DANA', 'JUMLAH SELURUHNYA', 'JUMLAH (I + II)', 'Total']) },
      bold: true,
    });
    h.table.solve();
    const layout = drawLayout(rng, [`Tabel 2.${rng.int(1, 9)} Realisasi Anggaran Menurut Sumber Dana Tahun ${rng.int(2020, 2025)}`]);
    if (prng) plantHier(prng, h, prng.int(1, 2), ['parent', 'total', 'childTypo', 'row'], p.rowKeys);
    const sh = new SheetB('Sumber Dana');
    return { sheets: [sh], placed: [render(sh, h.table, layout)] };
  });
}

/** The last row has no label: bold or plain numbers that equal the total of the rows above. */
function unlabelledTotalCase(name: string, i: number): BuiltCase[] {
  return pair(name, 'totals.unlabelled-total', (rng, prng) => {
    const p = pal(rng, i);
    const f = flatTable(rng, p, [{ items: rng.int(6, 20) }], { total: '', unlabelledTotal: true, boldTotals: i % 2 === 0 });
    f.table.solve();
    const layout = drawLayout(rng, [`Realisasi Anggaran per Kegiatan Tahun ${rng.int(2020, 2025)}`]);
    if (prng) plantFlat(prng, f, p, prng.int(1, 2), ['total', 'row']);
    const sh = new SheetB('Sheet1');
    return { sheets: [sh], placed: [render(sh, f.table, layout)] };
  });
}

/** No total at all: the last row has numbers and no label (the name was lost), and it is only data. */
function unlabelledDataCase(name: string, i: number): BuiltCase[] {
  return pair(name, 'totals.unlabelled-data-row', (rng, prng) => {
    const p = pal(rng, i);
    const f = flatTable(rng, p, [{ items: rng.int(7, 18) }], { total: null });
    const last = f.items[f.items.length - 1];
    f.table.rows[last].texts = i % 2 ? {} : { no: f.items.length };
    f.table.solve();
    const layout = drawLayout(rng, [`Realisasi Anggaran Sub Kegiatan Tahun ${rng.int(2020, 2025)}`]);
    if (prng) plantFlat(prng, f, p, prng.int(1, 2), ['row']);
    const sh = new SheetB('Sheet1');
    return { sheets: [sh], placed: [render(sh, f.table, layout)] };
  });
}

/** Two or three tables on one sheet separated by an empty row and a heading, each with its own total. */
function blocksCase(name: string, i: number): BuiltCase[] {
  return pair(name, i % 2 ? 'blocks.continuing-columns' : 'blocks.own-header', (rng, prng) => {
    const sh = new SheetB(rng.pick(['Lampiran', 'Realisasi', 'Sheet1']));
    const nBlocks = 2 + (i % 3 === 2 ? 1 : 0);
    const heads = rng.shuffle(['A. APBD', 'B. APBN', 'C. DANA DEKONSENTRASI']).sort();
    const p0 = pal(rng, i);
    const placed: Placed[] = [];
    let top = rng.int(0, 2);
    const left = rng.int(0, 1);
    const flats = [];
    for (let b = 0; b < nBlocks; b++) {
      // every block has the same columns (drawn once), its own rows and total
      const p = b === 0 ? p0 : { ...p0 };
      const f = flatTable(rng, p, [{ items: rng.int(4, 12) }], { total: rng.pick(['Jumlah', 'JUMLAH', 'Total', `Jumlah ${heads[b].slice(3)}`]) });
      f.table.solve();
      flats.push({ f, p });
    }
    const numberRow = rng.pick(['plain', 'none'] as const);
    const merges = rng.chance(0.7);
    const title = `REALISASI ANGGARAN ${rng.pick(W.OPD).toUpperCase()} TAHUN ${rng.int(2020, 2025)}`;
    flats.forEach(({ f, p }, b) => {
      if (prng && (b === 0 || prng.chance(0.6))) plantFlat(prng, f, p, 1, ['total', 'row', 'item']);
      const own = i % 2 === 0 || b === 0;
      const pl = render(sh, f.table, {
        top,
        left,
        title: b === 0 ? [title, '', heads[b]] : [heads[b]],
        gap: 0,
        header: own,
        numberRow,
        merges,
      });
      placed.push(pl);
      top = pl.end + 1;
    });
    return { sheets: [sh], placed };
  });
}

export function totalsCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  ['heading', 'program', 'bold-heading', 'plain', 'plain', 'heading'].forEach((s, i) => out.push(...subtotalCase(`totals/subtotal/${s}/v${i}`, s, i)));
  for (let i = 0; i < 6; i++) out.push(...qualifiedCase(`totals/qualified/v${i}`, i));
  for (let i = 0; i < 5; i++) out.push(...groupAboveCase(`totals/group-above/v${i}`, i));
  for (let i = 0; i < 4; i++) out.push(...unlabelledTotalCase(`totals/unlabelled-total/v${i}`, i));
  for (let i = 0; i < 4; i++) out.push(...unlabelledDataCase(`totals/unlabelled-data/v${i}`, i));
  for (let i = 0; i < 6; i++) out.push(...blocksCase(`blocks/v${i}`, i));
  return out;
}
