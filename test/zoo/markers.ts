/**
 * Hierarchy told by markers learned from the table (DOMAIN "Hierarchy markers, many schemes"):
 * Roman > letters as a run (C, D and I included) > numbers > small letters > bullets, dotted numbers,
 * markers in a No column or at the start of the label, or no markers at all (bold / indent only);
 * label fragments; headings without keywords. Parents carry Σ children in every money column.
 */
import { type BuiltCase, type Rng, SheetB, drawLayout, pair, render } from './core';
import { type Palette, palettePR, palettePRS, paletteMurni } from './cols';
import { type Scheme, type Tier, buildTree, countNodes, hierTable, plantHier } from './hier';
import * as W from './words';

const TIERS: Record<number, Tier[][]> = {
  2: [
    ['program', 'kegiatan'],
    ['kegiatan', 'subkegiatan'],
    ['opd', 'program'],
  ],
  3: [
    ['program', 'kegiatan', 'subkegiatan'],
    ['opd', 'program', 'kegiatan'],
    ['sumber', 'program', 'kegiatan'],
  ],
  4: [
    ['bidang', 'program', 'kegiatan', 'subkegiatan'],
    ['program', 'kegiatan', 'subkegiatan', 'belanja'],
    ['opd', 'program', 'kegiatan', 'subkegiatan'],
  ],
  5: [
    ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'],
    ['opd', 'program', 'kegiatan', 'subkegiatan', 'belanja'],
  ],
};

/** Fanout per level keeping a table between ~10 and ~140 rows. */
function fanout(rng: Rng, depth: number, longRunAt: number | null): [number, number][] {
  const base: Record<number, [number, number][]> = {
    2: [
      [3, 6],
      [2, 5],
    ],
    3: [
      [2, 4],
      [1, 4],
      [1, 4],
    ],
    4: [
      [2, 3],
      [1, 3],
      [1, 3],
      [1, 3],
    ],
    5: [
      [1, 2],
      [2, 3],
      [1, 3],
      [1, 2],
      [1, 3],
    ],
  };
  const f = base[depth].map((x) => [...x] as [number, number]);
  if (longRunAt !== null) {
    f[longRunAt] = [9, 12];
    for (let l = longRunAt + 1; l < depth; l++) f[l] = [1, 2];
    for (let l = 0; l < longRunAt; l++) f[l] = [1, 2];
  }
  void rng;
  return f;
}

const SCHEME_SETS: { id: string; levels: Scheme[]; placement: 'col' | 'prefix' | 'either' }[] = [
  { id: 'roman-upper-num-lower-bullet', levels: ['roman', 'upper', 'num', 'lower.', '▪'], placement: 'either' },
  { id: 'roman.-upper.-num.-lower)-dash', levels: ['roman.', 'upper.', 'num.', 'lower)', '-'], placement: 'either' },
  { id: 'upper.-num.-lower.-bullet', levels: ['upper.', 'num.', 'lower.', '•', 'o'], placement: 'either' },
  { id: 'upper-num)-(num)-lower', levels: ['upper', 'num)', '(num)', 'lower.', '-'], placement: 'either' },
  { id: 'num.-lower.-dash-bullet', levels: ['num.', 'lower.', '-', '▪', 'o'], placement: 'either' },
  { id: 'dotted', levels: ['dotted', 'dotted', 'dotted', 'dotted', 'dotted'], placement: 'either' },
];

function pickPalette(rng: Rng, i: number, dash: boolean): Palette {
  const o = { dashReal: dash, pct: rng.pick(['pct', 'pct', 'frac%'] as const) };
  switch (i % 4) {
    case 0:
      return palettePR(rng, o);
    case 1:
      return palettePRS(rng, { ...o, words: 'pagu' }, false);
    case 2:
      return palettePRS(rng, { ...o, words: 'anggaran' }, true);
    default:
      return rng.chance(0.5) ? palettePR(rng, { ...o, juta: true }) : paletteMurni(rng, o);
  }
}

function title(rng: Rng): string[] {
  const opd = rng.pick(W.OPD);
  const year = rng.int(2019, 2025);
  return rng.pick([
    [`Tabel 3.${rng.int(1, 12)} Realisasi Anggaran Program dan Kegiatan ${opd} Tahun ${year}`],
    [`LAPORAN REALISASI ANGGARAN ${opd.toUpperCase()}`, `TAHUN ANGGARAN ${year}`],
    [`Tabel ${rng.int(2, 4)}.${rng.int(1, 9)}`, `Capaian Realisasi Keuangan per Program Tahun ${year}`],
  ]);
}

export interface MarkerVariant {
  name: string;
  convention: string;
  depth: number;
  scheme: Scheme[];
  placement: 'col' | 'prefix' | 'none';
  longRunAt?: number | null;
  bold?: boolean;
  indent?: boolean;
  fragments?: number;
  headings?: number;
  palette: number;
  dash?: boolean;
  tiers?: Tier[];
}

export function markerCase(v: MarkerVariant): BuiltCase[] {
  return pair(v.name, v.convention, (rng, prng) => {
    const tiers = v.tiers ?? rng.pick(TIERS[v.depth]);
    let nodes = buildTree(rng, tiers, fanout(rng, v.depth, v.longRunAt ?? null));
    for (let k = 0; countNodes(nodes) > 140 && k < 10; k++) nodes = buildTree(rng, tiers, fanout(rng, v.depth, v.longRunAt ?? null));
    const pal = pickPalette(rng, v.palette, !!v.dash);
    const h = hierTable(rng, nodes, {
      schemes: v.scheme,
      placement: v.placement,
      numCols: pal.numCols,
      sumKeys: pal.sumKeys,
      leaf: pal.leaf,
      rowRels: pal.rowRels,
      parentRels: pal.parentRels,
      total: { label: rng.pick(['Jumlah', 'JUMLAH', 'Total', 'JUMLAH TOTAL', 'Jumlah Total']) },
      bold: v.bold ?? rng.chance(0.7),
      indent: v.indent ?? (v.placement === 'none' ? true : rng.chance(0.3)),
      upperTiers: rng.chance(0.4) ? [tiers[0]] : [],
      fragments: v.fragments ?? 0,
      headings: v.headings ?? 0,
      labelHeader: rng.pick(['Uraian', 'Program / Kegiatan / Sub Kegiatan', 'Program/Kegiatan', 'URAIAN']),
    });
    h.table.solve();
    const layout = drawLayout(rng, title(rng), { footer: rng.chance(0.4) ? [rng.pick(W.SUMBER)] : undefined });
    if (prng) plantHier(prng, h, prng.int(1, 3), ['parent', 'parent', 'childTypo', 'total', 'row'], pal.rowKeys);
    const sh = new SheetB(rng.pick(['Sheet1', 'Realisasi', 'Lamp. 1', 'TW III']));
    const placed = render(sh, h.table, layout);
    return { sheets: [sh], placed: [placed] };
  });
}

export function markerCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  let pal = 0;
  // every scheme set at every depth, the marker in its own column or at the start of the label
  for (const s of SCHEME_SETS) {
    for (const depth of [2, 3, 4, 5]) {
      const off = s.id === 'dotted' ? 0 : Math.min(depth === 5 ? 0 : (depth + s.id.length) % (6 - depth), 5 - depth);
      const scheme = s.levels.slice(off, off + depth);
      const placement = (depth + s.id.length) % 2 ? 'col' : 'prefix';
      out.push(
        ...markerCase({
          name: `markers/${s.id}/d${depth}/${placement}`,
          convention: s.id === 'dotted' ? 'markers.dotted' : 'markers.scheme',
          depth,
          scheme,
          placement,
          palette: pal++,
          dash: depth % 2 === 0,
        }),
      );
    }
  }
  // letters as a run long enough to hold C, D and I (not Roman 100, 500, 1)
  for (const [i, lv] of [
    ['upper.', 'num.'],
    ['upper', 'num'],
    ['roman', 'upper.', 'num.'],
    ['upper.', 'num.', 'lower.'],
  ].entries()) {
    const depth = lv.length;
    const at = lv.indexOf(lv.find((x) => x.startsWith('upper'))!);
    for (const placement of ['col', 'prefix'] as const)
      out.push(
        ...markerCase({
          name: `markers/letter-run/${lv.join('-')}/${placement}`,
          convention: 'markers.letter-run',
          depth,
          scheme: lv as Scheme[],
          placement,
          longRunAt: at,
          palette: i + (placement === 'col' ? 0 : 1),
        }),
      );
  }
  // no markers: bold parents and indented labels only
  for (const depth of [2, 3, 4])
    for (const p of [0, 2])
      out.push(
        ...markerCase({
          name: `markers/format-only/d${depth}/p${p}`,
          convention: 'markers.format',
          depth,
          scheme: [],
          placement: 'none',
          bold: true,
          indent: depth > 2 || p > 0,
          palette: p + depth,
        }),
      );
  // label fragments inside any scheme
  for (const [i, s] of SCHEME_SETS.entries()) {
    const depth = 3 + (i % 2);
    out.push(
      ...markerCase({
        name: `fragments/${s.id}/d${depth}`,
        convention: 'fragments',
        depth,
        scheme: s.levels.slice(0, depth),
        placement: i % 2 ? 'col' : 'prefix',
        fragments: 2 + (i % 3),
        palette: i,
      }),
    );
  }
  // headings without keywords: bold titles with no numbers between the groups
  for (const [i, s] of SCHEME_SETS.slice(0, 4).entries()) {
    out.push(
      ...markerCase({
        name: `headings/title/${s.id}`,
        convention: 'headings.untitled-group',
        depth: 2 + (i % 2),
        scheme: s.levels.slice(1, 4),
        placement: i % 2 ? 'prefix' : 'col',
        headings: 2,
        palette: i + 1,
      }),
    );
  }
  // a group row without a keyword or marker (a perangkat daerah) that carries the sums of its programs
  for (const [i, lv] of (
    [
      ['none', 'num.', 'lower.'],
      ['none', 'upper.', 'num.'],
      ['none', 'roman', 'upper.', 'num.'],
    ] as Scheme[][]
  ).entries()) {
    const tiers: Tier[] = lv.length === 3 ? ['opd', 'program', 'kegiatan'] : ['opd', 'program', 'kegiatan', 'subkegiatan'];
    out.push(
      ...markerCase({
        name: `headings/sum/${lv.join('-')}`,
        convention: 'headings.sum-group',
        depth: lv.length,
        scheme: lv,
        placement: i % 2 ? 'col' : 'prefix',
        palette: i,
        tiers,
        bold: true,
      }),
    );
  }
  return out;
}
