/**
 * RFK (Realisasi Fisik dan Keuangan) reports: Pagu, Bobot = Pagu / Σ Pagu × 100, fisik target and
 * realisation with the weighted (tertimbang) fisik = fisik × bobot / 100, keuangan realisation in Rp and
 * in % (own-row Realisasi / Pagu × 100, or weighted Realisasi / Σ Pagu × 100: one per table), Sisa Dana
 * in Rp and in % (of Σ Pagu or of the row's Pagu). Group headers "Fisik" / "Keuangan" / "Sisa Dana" over
 * (Rp) / (%) sub-headers. Also budget tables whose "Target" is the pagu (Keuangan vs Fisik/Kinerja).
 */
import { type BuiltCase, type ColDef, FMT_PCT, FMT_RP, type Ref, SheetB, Table, drawLayout, pair, render, round } from './core';
import { paletteKeuFisik, ratio } from './cols';
import { type Scheme, type Tier, buildTree, hierTable, plantHier } from './hier';
import * as W from './words';

interface RfkVariant {
  name: string;
  convention: string;
  depth: number;
  keu: 'own' | 'weighted';
  sisa: 'share' | 'own';
  formulas: boolean;
  frac: boolean;
  fisikFirst: boolean;
  scheme: Scheme[];
}

const mean = (x: number[]) => {
  let s = 0;
  let w = 0;
  for (let i = 0; i < x.length; i += 2) {
    s += x[i] * x[i + 1];
    w += x[i + 1];
  }
  return w ? s / w : NaN;
};

function rfkCase(v: RfkVariant): BuiltCase[] {
  return pair(v.name, v.convention, (rng, prng) => {
    const tiers: Tier[] = (
      {
        2: ['program', 'kegiatan'],
        3: ['program', 'kegiatan', 'subkegiatan'],
        4: ['program', 'kegiatan', 'subkegiatan', 'belanja'],
      } as Record<number, Tier[]>
    )[v.depth];
    const fan: [number, number][] =
      v.depth === 2
        ? [
            [3, 5],
            [2, 5],
          ]
        : v.depth === 3
          ? [
              [2, 4],
              [1, 3],
              [1, 4],
            ]
          : [
              [2, 2],
              [1, 3],
              [1, 2],
              [1, 3],
            ];
    const nodes = buildTree(rng, tiers, fan);
    const rp = rng.pick(FMT_RP);
    const pf = rng.pick(FMT_PCT);
    const pc = (key: string, path: string[], formulas = v.formulas): ColDef =>
      v.frac ? { key, path, kind: 'num', fmt: '0.00%', dec: 2, scale: 'frac', formulas } : { key, path, kind: 'num', fmt: pf, dec: 2, formulas };
    const month = rng.int(3, 12);
    const fisikTarget = round((month / 12) * 100, 2);
    const fisik: ColDef[] = [
      { key: 'ft', path: ['Fisik', 'Target (%)'], kind: 'num', fmt: '0.00', dec: 2 },
      { key: 'fr', path: ['Fisik', rng.pick(['Realisasi (%)', 'Realisasi'])], kind: 'num', fmt: '0.00', dec: 2 },
      {
        key: 'fw',
        path: ['Fisik', rng.pick(['Realisasi Tertimbang', 'Tertimbang (%)', 'Bobot x Realisasi'])],
        kind: 'num',
        fmt: '0.00',
        dec: 2,
        formulas: v.formulas,
      },
    ];
    const keu: ColDef[] = [
      { key: 'real', path: ['Keuangan', 'Realisasi (Rp)'], kind: 'num', fmt: rp, dec: 0, nullAs: '-', formulas: v.formulas },
      pc('rpct', ['Keuangan', v.keu === 'weighted' ? rng.pick(['Realisasi (%)', 'Realisasi (Bobot)', '(%)']) : rng.pick(['Realisasi (%)', '(%)'])]),
    ];
    if (rng.chance(0.5)) keu.unshift({ key: 'kt', path: ['Keuangan', 'Target (Rp)'], kind: 'num', fmt: rp, dec: 0, formulas: v.formulas });
    const sisa: ColDef[] = [{ key: 'sisa', path: ['Sisa Dana', '(Rp)'], kind: 'num', fmt: rp, dec: 0, formulas: v.formulas }, pc('spct', ['Sisa Dana', '(%)'])];
    const numCols: ColDef[] = [
      { key: 'pagu', path: [rng.pick(['Pagu (Rp)', 'Pagu Anggaran (Rp)', 'Anggaran (Rp)'])], kind: 'num', fmt: rp, dec: 0, formulas: v.formulas },
      pc('bobot', [rng.pick(['Bobot (%)', 'Bobot'])]),
      ...(v.fisikFirst ? [...fisik, ...keu] : [...keu, ...fisik]),
      ...sisa,
    ];
    const hasKt = numCols.some((c) => c.key === 'kt');
    const h = hierTable(rng, nodes, {
      schemes: v.scheme,
      placement: rng.chance(0.6) ? 'col' : 'prefix',
      numCols,
      sumKeys: hasKt ? ['pagu', 'real', 'kt'] : ['pagu', 'real'],
      leaf: (t, r) => {
        const pagu = rng.rp(20e6, 2.5e9, 1000);
        t.set(r, 'pagu', pagu);
        if (hasKt) t.set(r, 'kt', pagu);
        const f = rng.chance(0.1) ? 0 : round(Math.min(100, fisikTarget * (0.6 + rng.next() * 0.5)), 2);
        t.set(r, 'fr', f);
        t.set(r, 'real', f === 0 ? null : Math.round((pagu * Math.min(0.99, (f / 100) * (0.8 + rng.next() * 0.2))) / 100) * 100);
      },
      rowRels: (t, r, total) => {
        const T = total!;
        const share = (target: string, num: string, name: string, denRow: number, den = 'pagu') =>
          t.rel({
            name,
            target: [r, target],
            inputs: [
              [r, num],
              [denRow, den],
            ],
            f: ratio,
            fx: (A) => `${A([r, num])}/${A([denRow, den], denRow !== r)}${t.col(target).scale === 'frac' ? '' : '*100'}`,
          });
        t.set(r, 'ft', fisikTarget);
        share('bobot', 'pagu', 'bobot', T);
        t.rel({
          name: 'fisik-weighted',
          target: [r, 'fw'],
          inputs: [
            [r, 'fr'],
            [r, 'bobot'],
          ],
          f: (x) => (x[0] * x[1]) / 100,
          fx: (A) => `${A([r, 'fr'])}*${A([r, 'bobot'])}${t.col('bobot').scale === 'frac' ? '' : '/100'}`,
        });
        share('rpct', 'real', v.keu === 'weighted' ? 'keu-weighted' : 'keu-own', v.keu === 'weighted' ? T : r);
        t.rel({
          name: 'sisa',
          target: [r, 'sisa'],
          inputs: [
            [r, 'pagu'],
            [r, 'real'],
          ] as Ref[],
          f: (x) => x[0] - x[1],
          fx: (A) => `${A([r, 'pagu'])}-${A([r, 'real'])}`,
        });
        share('spct', 'sisa', v.sisa === 'share' ? 'sisa-share' : 'sisa-own', v.sisa === 'share' ? T : r);
      },
      parentRels: (t, r, ch) => rollUp(t, r, ch, 'hierarchy'),
      total: { label: rng.pick(['JUMLAH', 'Jumlah', 'TOTAL', 'JUMLAH TOTAL']) },
      bold: true,
      upperTiers: rng.chance(0.5) ? ['program'] : [],
      labelHeader: rng.pick(['Program/Kegiatan/Sub Kegiatan', 'Uraian', 'PROGRAM / KEGIATAN']),
    });
    const t = h.table;
    const T = h.total!;
    rollUp(t, T, h.topRows, 'total');
    if (v.keu === 'weighted')
      t.sumRel(
        [T, 'rpct'],
        h.topRows.map((c) => [c, 'rpct'] as Ref),
        false,
        'total-weighted-keu',
      );
    t.solve();
    const opd = rng.pick(W.OPD);
    const year = rng.int(2021, 2025);
    const layout = drawLayout(rng, [
      rng.pick([
        'LAPORAN REALISASI FISIK DAN KEUANGAN',
        'LAPORAN PERKEMBANGAN PELAKSANAAN KEGIATAN (RFK)',
        `Tabel 3.${rng.int(1, 9)} Realisasi Fisik dan Keuangan`,
      ]),
      `${opd.toUpperCase()}`,
      `${rng.pick(W.TRIWULAN)} TAHUN ${year}`,
    ]);
    if (prng)
      plantHier(
        prng,
        h,
        prng.int(1, 2),
        ['parent', 'total', 'row', 'row'],
        [
          { key: 'bobot', families: ['ratio'] },
          { key: 'rpct', families: ['ratio'] },
          { key: 'sisa', families: ['sum'] },
          { key: 'spct', families: ['ratio'] },
        ],
      );
    const sh = new SheetB(rng.pick(['RFK', `TW ${rng.int(1, 4)}`, W.BULAN[month - 1]]));
    return { sheets: [sh], placed: [render(sh, t, layout)] };
  });
}

/** A budget table whose Keuangan "Target" is the pagu, beside a Fisik or Kinerja group (progress, never summed). */
function keuFisikCase(name: string, depth: number, scheme: Scheme[], i: number): BuiltCase[] {
  return pair(name, 'budget.target-is-pagu', (rng, prng) => {
    const tiers: Tier[] = depth === 2 ? ['program', 'kegiatan'] : ['program', 'kegiatan', 'subkegiatan'];
    const nodes = buildTree(
      rng,
      tiers,
      depth === 2
        ? [
            [3, 6],
            [2, 4],
          ]
        : [
            [2, 3],
            [1, 3],
            [1, 4],
          ],
    );
    const pal = paletteKeuFisik(rng, { pct: i % 3 === 2 ? 'frac%' : 'pct' });
    const h = hierTable(rng, nodes, {
      schemes: scheme,
      placement: i % 2 ? 'col' : 'prefix',
      numCols: pal.numCols,
      sumKeys: pal.sumKeys,
      leaf: pal.leaf,
      rowRels: pal.rowRels,
      parentRels: pal.parentRels,
      total: { label: rng.pick(['Jumlah', 'JUMLAH', 'Total']) },
      bold: true,
      labelHeader: 'Program/Kegiatan',
    });
    h.table.solve();
    const layout = drawLayout(rng, [`Tabel 3.${rng.int(10, 30)} Capaian Kinerja dan Realisasi Anggaran Tahun ${rng.int(2021, 2025)}`]);
    if (prng) plantHier(prng, h, prng.int(1, 2), ['parent', 'total', 'row'], pal.rowKeys);
    const sh = new SheetB('Tabel 3');
    return { sheets: [sh], placed: [render(sh, h.table, layout)] };
  });
}

/**
 * What a parent (or the grand total) holds of the rows under it: Fisik realisation as their mean
 * weighted by pagu, Sisa and the weighted Fisik as their sums (relations named `${scope}-…`).
 */
function rollUp(t: Table, r: number, parts: number[], scope: 'hierarchy' | 'total'): void {
  t.rel({
    name: 'fisik-mean',
    target: [r, 'fr'],
    inputs: parts.flatMap(
      (c) =>
        [
          [c, 'fr'],
          [c, 'pagu'],
        ] as Ref[],
    ),
    f: mean,
  });
  t.sumRel(
    [r, 'sisa'],
    parts.map((c) => [c, 'sisa'] as Ref),
    false,
    `${scope}-sisa`,
  );
  t.sumRel(
    [r, 'fw'],
    parts.map((c) => [c, 'fw'] as Ref),
    false,
    `${scope}-weighted`,
  );
}

export function rfkCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  const schemes: Scheme[][] = [
    ['roman', 'upper.', 'num.', 'lower.'],
    ['upper.', 'num.', 'lower.', '-'],
    ['num.', 'lower.', '▪', '•'],
    ['dotted', 'dotted', 'dotted', 'dotted'],
  ];
  let i = 0;
  for (const keu of ['own', 'weighted'] as const)
    for (const sisa of ['share', 'own'] as const)
      for (const depth of [2, 3, 4]) {
        const formulas = i % 3 === 1;
        const frac = i % 4 === 3;
        out.push(
          ...rfkCase({
            name: `rfk/keu-${keu}/sisa-${sisa}/d${depth}/${formulas ? 'formulas' : 'values'}${frac ? '-frac' : ''}`,
            convention: `rfk.keu-${keu}`,
            depth,
            keu,
            sisa,
            formulas,
            frac,
            fisikFirst: i % 2 === 0,
            scheme: schemes[i % schemes.length].slice(0, depth),
          }),
        );
        i++;
      }
  for (let k = 0; k < 6; k++) out.push(...keuFisikCase(`budget/keu-fisik/d${2 + (k % 2)}/v${k}`, 2 + (k % 2), schemes[k % 4].slice(0, 3), k));
  return out;
}

void Table;
