/**
 * APBD summaries: Pendapatan and Belanja with their parts (kode 4 / 4.1 / 4.1.01, 5 / 5.1 / …), Surplus/
 * (Defisit) = Pendapatan − Belanja (negative when a deficit), Pembiayaan Netto = Penerimaan − Pengeluaran,
 * SiLPA = Surplus/(Defisit) + Pembiayaan Netto; columns Murni | Perubahan | Bertambah/(Berkurang) (Rp) | (%)
 * or Anggaran | Realisasi | Lebih/(Kurang) | %.
 */
import { type BuiltCase, type ColDef, FMT_RP, type Ref, SheetB, Table, drawLayout, pair, render } from './core';
import { moneyTypo, pctTypo } from './hier';
import * as W from './words';

type Item = [kode: string, label: string, children?: Item[]];

const PENDAPATAN: Item = [
  '4',
  'PENDAPATAN DAERAH',
  [
    [
      '4.1',
      'PENDAPATAN ASLI DAERAH (PAD)',
      [
        ['4.1.01', 'Pajak Daerah'],
        ['4.1.02', 'Retribusi Daerah'],
        ['4.1.03', 'Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan'],
        ['4.1.04', 'Lain-lain PAD yang Sah'],
      ],
    ],
    [
      '4.2',
      'PENDAPATAN TRANSFER',
      [
        ['4.2.01', 'Pendapatan Transfer Pemerintah Pusat'],
        ['4.2.02', 'Pendapatan Transfer Antar Daerah'],
      ],
    ],
    [
      '4.3',
      'LAIN-LAIN PENDAPATAN DAERAH YANG SAH',
      [
        ['4.3.01', 'Pendapatan Hibah'],
        ['4.3.03', 'Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan'],
      ],
    ],
  ],
];
const BELANJA: Item = [
  '5',
  'BELANJA DAERAH',
  [
    [
      '5.1',
      'BELANJA OPERASI',
      [
        ['5.1.01', 'Belanja Pegawai'],
        ['5.1.02', 'Belanja Barang dan Jasa'],
        ['5.1.05', 'Belanja Hibah'],
        ['5.1.06', 'Belanja Bantuan Sosial'],
      ],
    ],
    [
      '5.2',
      'BELANJA MODAL',
      [
        ['5.2.01', 'Belanja Modal Tanah'],
        ['5.2.02', 'Belanja Modal Peralatan dan Mesin'],
        ['5.2.03', 'Belanja Modal Gedung dan Bangunan'],
        ['5.2.04', 'Belanja Modal Jalan, Jaringan, dan Irigasi'],
      ],
    ],
    ['5.3', 'BELANJA TIDAK TERDUGA', [['5.3.01', 'Belanja Tidak Terduga']]],
    [
      '5.4',
      'BELANJA TRANSFER',
      [
        ['5.4.01', 'Belanja Bagi Hasil'],
        ['5.4.02', 'Belanja Bantuan Keuangan'],
      ],
    ],
  ],
];
const PENERIMAAN: Item = [
  '6.1',
  'PENERIMAAN PEMBIAYAAN',
  [
    ['6.1.01', 'Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya'],
    ['6.1.02', 'Pencairan Dana Cadangan'],
  ],
];
const PENGELUARAN: Item = [
  '6.2',
  'PENGELUARAN PEMBIAYAAN',
  [
    ['6.2.02', 'Penyertaan Modal Daerah'],
    ['6.2.03', 'Pembayaran Cicilan Pokok Utang yang Jatuh Tempo'],
  ],
];

function apbdCase(name: string, i: number): BuiltCase[] {
  const murni = i % 2 === 0;
  return pair(name, murni ? 'apbd.murni-perubahan' : 'apbd.anggaran-realisasi', (rng, prng) => {
    const rp = rng.pick(FMT_RP);
    const [a, b] = murni ? ['murni', 'ubah'] : ['ang', 'real'];
    const cols: ColDef[] = [
      { key: 'kode', path: ['Kode Rekening'], kind: 'kode' },
      { key: 'label', path: ['Uraian'], kind: 'label' },
      { key: a, path: murni ? ['Jumlah (Rp)', 'Sebelum Perubahan'] : ['Anggaran (Rp)'], kind: 'num', fmt: rp, dec: 0, formulas: i % 3 === 1 },
      { key: b, path: murni ? ['Jumlah (Rp)', 'Setelah Perubahan'] : ['Realisasi (Rp)'], kind: 'num', fmt: rp, dec: 0, formulas: i % 3 === 1 },
      {
        key: 'dif',
        path: [murni ? 'Bertambah/(Berkurang)' : 'Lebih/(Kurang)', '(Rp)'],
        kind: 'num',
        fmt: '#,##0;(#,##0)',
        dec: 0,
        formulas: i % 3 === 1,
        neg: 'paren',
      },
      { key: 'difp', path: [murni ? 'Bertambah/(Berkurang)' : 'Lebih/(Kurang)', '(%)'], kind: 'num', fmt: '0.00;(0.00)', dec: 2, formulas: i % 3 === 1 },
    ];
    const t = new Table(cols);
    const rowsOf = new Map<string, number>();
    const parents: number[] = [];
    const leaves: number[] = [];
    const lay = (it: Item, depth: number): number => {
      const r = t.addRow({ kind: it[2] ? 'parent' : 'data', texts: { kode: it[0], label: it[1] }, bold: depth < 2 });
      rowsOf.set(it[0], r);
      if (it[2]) {
        const ch = it[2].map((c) => lay(c, depth + 1));
        for (const k of [a, b])
          t.sumRel(
            [r, k],
            ch.map((c) => [c, k] as Ref),
            true,
            'hierarchy',
          );
        t.sumRel(
          [r, 'dif'],
          ch.map((c) => [c, 'dif'] as Ref),
          false,
          'hierarchy-dif',
        );
        parents.push(r);
      } else {
        leaves.push(r);
        const scale = it[0].startsWith('4.2') ? 6e11 : it[0].startsWith('5.1.01') ? 4e11 : 8e10;
        const base = rng.rp(0.2 * scale, scale, 1000);
        t.set(r, a, base);
        t.set(r, b, Math.round((base * (murni ? 0.9 + rng.next() * 0.25 : 0.75 + rng.next() * 0.3)) / 1000) * 1000);
      }
      return r;
    };
    lay(PENDAPATAN, 0);
    lay(BELANJA, 0);
    const surplus = t.addRow({ kind: 'total', texts: { label: 'SURPLUS/(DEFISIT)' }, bold: true });
    t.addRow({ kind: 'heading', texts: { kode: '6', label: 'PEMBIAYAAN DAERAH' }, bold: true });
    lay(PENERIMAAN, 1);
    lay(PENGELUARAN, 1);
    const netto = t.addRow({ kind: 'total', texts: { label: 'PEMBIAYAAN NETTO' }, bold: true });
    const silpa = t.addRow({ kind: 'total', texts: { label: 'SISA LEBIH PEMBIAYAAN ANGGARAN TAHUN BERKENAAN (SILPA)' }, bold: true });
    const P = rowsOf.get('4')!;
    const B = rowsOf.get('5')!;
    const IN = rowsOf.get('6.1')!;
    const OUT = rowsOf.get('6.2')!;
    for (const k of [a, b]) {
      t.rel({
        name: 'surplus',
        target: [surplus, k],
        inputs: [
          [P, k],
          [B, k],
        ],
        f: (x) => x[0] - x[1],
        fx: (A) => `${A([P, k])}-${A([B, k])}`,
      });
      t.rel({
        name: 'netto',
        target: [netto, k],
        inputs: [
          [IN, k],
          [OUT, k],
        ],
        f: (x) => x[0] - x[1],
        fx: (A) => `${A([IN, k])}-${A([OUT, k])}`,
      });
      t.rel({
        name: 'silpa',
        target: [silpa, k],
        inputs: [
          [surplus, k],
          [netto, k],
        ],
        f: (x) => x[0] + x[1],
        fx: (A) => `${A([surplus, k])}+${A([netto, k])}`,
      });
    }
    for (let r = 0; r < t.rows.length; r++) {
      if (t.rows[r].kind === 'heading') continue;
      t.rel({
        name: 'difference',
        target: [r, 'dif'],
        inputs: [
          [r, b],
          [r, a],
        ],
        f: (x) => x[0] - x[1],
        fx: (A) => `${A([r, b])}-${A([r, a])}`,
      });
      t.rel({
        name: 'ratio-change',
        target: [r, 'difp'],
        inputs: [
          [r, b],
          [r, a],
        ],
        f: (x) => (x[1] ? ((x[0] - x[1]) / Math.abs(x[1])) * 100 : NaN),
        strict: true,
        fx: (A) => `(${A([r, b])}-${A([r, a])})/ABS(${A([r, a])})*100`,
      });
    }
    t.sumRel([surplus, 'dif'], [[P, 'dif']], false, 'surplus-dif');
    t.solve();
    const layout = drawLayout(
      rng,
      [
        murni ? `RINGKASAN PERUBAHAN APBD ${rng.pick(W.KAB).toUpperCase()}` : `LAPORAN REALISASI ANGGARAN ${rng.pick(W.KAB).toUpperCase()}`,
        `TAHUN ANGGARAN ${rng.int(2021, 2025)}`,
      ],
      { numberRow: rng.pick(['plain', 'none'] as const) },
    );
    // Surplus/(Defisit) − Pendapatan + Belanja is not a sum: drop the helper relation
    t.rels = t.rels.filter((x) => x.name !== 'surplus-dif');
    if (prng) {
      const want = prng.int(1, 3);
      const used: Ref[] = [];
      for (let k = 0; t.planted.length < want && k < 40; k++) {
        const kind = prng.pick(['surplus', 'parent', 'dif', 'difp']);
        let ref: Ref;
        if (kind === 'surplus') ref = [prng.pick([surplus, netto]), prng.pick([a, b])];
        else if (kind === 'parent') ref = [prng.pick(parents), prng.pick([a, b])];
        else ref = [prng.pick(leaves), kind];
        if (used.length && t.overlaps(used, [ref])) continue;
        const v = t.get(ref[0], ref[1]);
        if (typeof v !== 'number' || v === 0) continue;
        used.push(ref);
        if (kind === 'difp') t.plant(ref, pctTypo(prng, v), ['ratio'], 'wrong Bertambah/(Berkurang) %');
        else
          t.plant(
            ref,
            Math.sign(v) * moneyTypo(prng, Math.abs(v)),
            ['sum'],
            kind === 'surplus' ? 'wrong Surplus/(Defisit) or Pembiayaan Netto' : kind === 'parent' ? 'parent ≠ Σ children' : 'wrong Bertambah/(Berkurang)',
          );
      }
    }
    const sh = new SheetB(rng.pick(['Ringkasan APBD', 'LRA', 'Lamp I']));
    return { sheets: [sh], placed: [render(sh, t, layout)] };
  });
}

export function apbdCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  for (let i = 0; i < 6; i++) out.push(...apbdCase(`apbd/v${i}`, i));
  return out;
}
