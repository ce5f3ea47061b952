/**
 * Hierarchy told by codes: Kepmendagri 050 codes in one Kode column or split over Urusan | Bidang |
 * Program | Kegiatan | Sub Kegiatan columns, SIPD exports (X.XX.XX.X.XX.XXXX beside the uraian), and
 * APBN / RKA-K/L codes (program 044.01.EB > kegiatan 2726 > output 2726.AEH.001 > komponen 051 >
 * sub komponen a.), typed with stray commas and spaces.
 */
import { type BuiltCase, SheetB, drawLayout, pair, render } from './core';
import { type Palette, palettePR, palettePRS } from './cols';
import { type Tier, assignKode050, assignKodeApbn, buildTree, hierTable, plantHier } from './hier';
import * as W from './words';

interface KodeVariant {
  name: string;
  convention: string;
  tiers: Tier[];
  fanout: [number, number][];
  style: '050' | 'split' | 'sipd' | 'apbn';
  subWidth?: 2 | 4;
  palette: number;
  apbn?: { oldOutput?: boolean; stray?: boolean; leadingSpace?: boolean; subUpper?: boolean };
}

function palette(rng: import('./core').Rng, i: number): Palette {
  const o = { pct: rng.pick(['pct', 'frac%'] as const), dashReal: i % 2 === 1 };
  return [() => palettePR(rng, o), () => palettePRS(rng, o, false), () => palettePRS(rng, o, true)][i % 3]();
}

function kodeCase(v: KodeVariant): BuiltCase[] {
  return pair(v.name, v.convention, (rng, prng) => {
    const nodes = buildTree(rng, v.tiers, v.fanout);
    if (v.style === 'apbn') assignKodeApbn(rng, nodes, v.apbn ?? {});
    else assignKode050(rng, nodes, v.subWidth ?? 4);
    const pal = palette(rng, v.palette);
    const sipd = v.style === 'sipd';
    const h = hierTable(rng, nodes, {
      schemes: v.tiers.map(() => (v.style === 'apbn' ? 'apbn' : 'kode')),
      placement: v.style === 'split' ? 'split' : 'kode',
      kodeHeader: sipd ? 'Kode Rekening' : v.style === 'apbn' ? rng.pick(['Kode', 'KODE']) : rng.pick(['Kode', 'Kode Rekening', 'KODE']),
      labelHeader: sipd
        ? 'Uraian'
        : v.style === 'apbn'
          ? rng.pick(['Program/Kegiatan/KRO/RO/Komponen', 'Uraian'])
          : rng.pick(['Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', 'Program / Kegiatan / Sub Kegiatan', 'Uraian']),
      numCols: pal.numCols,
      sumKeys: pal.sumKeys,
      leaf: pal.leaf,
      rowRels: pal.rowRels,
      parentRels: pal.parentRels,
      total: sipd ? { label: rng.pick(['JUMLAH', 'Total']) } : { label: rng.pick(['Jumlah', 'JUMLAH', 'Total', 'JUMLAH TOTAL']) },
      bold: !sipd && rng.chance(0.6),
      indent: false,
      upperTiers: v.tiers.includes('urusan') ? ['urusan'] : [],
    });
    h.table.solve();
    const year = rng.int(2021, 2025);
    const ttl = sipd
      ? [rng.pick(['Laporan Realisasi Anggaran per Sub Kegiatan', 'REKAPITULASI REALISASI ANGGARAN SKPD']), `Tahun Anggaran ${year}`]
      : v.style === 'apbn'
        ? [`REALISASI ANGGARAN DEKONSENTRASI ${rng.pick(W.OPD).toUpperCase()}`, `s.d. ${rng.pick(W.BULAN)} ${year}`]
        : [`Tabel 3.${rng.int(1, 9)} Realisasi Program dan Kegiatan Tahun ${year}`];
    const layout = drawLayout(rng, ttl, { numberRow: sipd ? 'none' : undefined, merges: v.style === 'split' ? true : undefined });
    if (prng) plantHier(prng, h, prng.int(1, 3), ['parent', 'parent', 'childTypo', 'total', 'row'], pal.rowKeys);
    const sh = new SheetB(sipd ? 'Sheet1' : rng.pick(['Realisasi', 'LRA', 'Data']));
    return { sheets: [sh], placed: [render(sh, h.table, layout)] };
  });
}

export function kodeCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  const d3: Tier[] = ['program', 'kegiatan', 'subkegiatan'];
  const d5: Tier[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];
  const f3: [number, number][] = [
    [2, 4],
    [1, 4],
    [1, 5],
  ];
  const f5: [number, number][] = [
    [1, 2],
    [1, 2],
    [1, 3],
    [1, 3],
    [1, 3],
  ];
  const f4: [number, number][] = [
    [1, 2],
    [2, 3],
    [2, 3],
    [1, 3],
  ];
  for (let i = 0; i < 4; i++)
    out.push(
      ...kodeCase({ name: `kode/050/d3/v${i}`, convention: 'kode.kepmendagri', tiers: d3, fanout: f3, style: '050', subWidth: i % 2 ? 2 : 4, palette: i }),
    );
  for (let i = 0; i < 2; i++)
    out.push(...kodeCase({ name: `kode/050/d5/v${i}`, convention: 'kode.kepmendagri', tiers: d5, fanout: f5, style: '050', palette: i + 1 }));
  for (let i = 0; i < 3; i++)
    out.push(
      ...kodeCase({
        name: `kode/split/d${i < 2 ? 3 : 5}/v${i}`,
        convention: 'kode.split-columns',
        tiers: i < 2 ? d3 : d5,
        fanout: i < 2 ? f3 : f5,
        style: 'split',
        palette: i,
      }),
    );
  for (let i = 0; i < 4; i++)
    out.push(
      ...kodeCase({
        name: `kode/sipd/d${i % 2 ? 3 : 5}/v${i}`,
        convention: 'kode.sipd',
        tiers: i % 2 ? d3 : d5,
        fanout: i % 2 ? f3 : f5,
        style: 'sipd',
        palette: i,
      }),
    );
  const apbn4: Tier[] = ['apbnprog', 'apbnkeg', 'output', 'komponen'];
  const apbn5: Tier[] = ['apbnprog', 'apbnkeg', 'output', 'komponen', 'subkomp'];
  const variants = [
    { oldOutput: false, stray: false, leadingSpace: true },
    { oldOutput: false, stray: true, leadingSpace: false, subUpper: true },
    { oldOutput: true, stray: false, leadingSpace: true },
    { oldOutput: false, stray: true, leadingSpace: true },
  ];
  variants.forEach((a, i) =>
    out.push(
      ...kodeCase({
        name: `kode/apbn/d${i % 2 ? 5 : 4}/v${i}`,
        convention: a.stray ? 'kode.apbn-stray' : 'kode.apbn',
        tiers: i % 2 ? apbn5 : apbn4,
        fanout:
          i % 2
            ? [
                [1, 1],
                [1, 2],
                [2, 3],
                [1, 3],
                [1, 3],
              ]
            : f4,
        style: 'apbn',
        palette: i,
        apbn: a,
      }),
    ),
  );
  return out;
}
