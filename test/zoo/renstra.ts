/**
 * Renstra families in other numbering, widths and years: Tabel 6.1 (T-C.27) with {Target, Rp} per year and
 * kondisi akhir Rp = Σ years, program > kegiatan > sub kegiatan by kode; Tabel 2.x anggaran (T-C.24) with
 * anggaran, realisasi and rasio per year; asset tables (Baik + Rusak Ringan + Rusak Berat = Jumlah); staff
 * tables (L + P = Jumlah). Also wide realisation reports under a 3-row merged header with the column-number
 * row ("(1) (2) …", "8=4+5+6+7"), and an RKA sheet whose second header row is abbreviations (Vol, Sat, Hrg Sat, Jml).
 */
import { type BuiltCase, type ColDef, FMT_RP, type Ref, type Rng, SheetB, Table, drawLayout, pair, render, round } from './core';
import { ratio, ratioRel } from './cols';
import { assignKode050, buildTree, hierTable, moneyTypo, pctTypo, plantHier } from './hier';
import * as W from './words';

/* ------------------------------------------------------------------ Tabel 6.1 */

function tabel61(name: string, i: number): BuiltCase[] {
  return pair(name, 'renstra.tabel-6.1', (rng, prng) => {
    const nYears = [5, 5, 6, 4][i % 4];
    const y0 = rng.int(2019, 2025);
    const years = Array.from({ length: nYears }, (_, k) => y0 + 1 + k);
    const rp = rng.pick(FMT_RP);
    const group = rng.pick(['Target Kinerja Program dan Kerangka Pendanaan', 'Target dan Pagu Indikatif']);
    const numCols: ColDef[] = [{ key: 'awal', path: [`Kondisi Kinerja Awal (${y0})`], kind: 'num', fmt: '0.00', dec: 2 }];
    const yStyle = rng.chance(0.5);
    years.forEach((y, k) => {
      const yh = yStyle ? `Tahun ${y}` : `Tahun ke-${k + 1} (${y})`;
      numCols.push({ key: `t${k}`, path: [group, yh, 'Target'], kind: 'num', fmt: '0.00', dec: 2 });
      numCols.push({ key: `rp${k}`, path: [group, yh, rng.pick(['Rp', 'Rp.', 'Pagu (Rp)'])], kind: 'num', fmt: rp, dec: 0 });
    });
    numCols.push({ key: 'at', path: ['Kondisi Kinerja pada Akhir Periode Renstra', 'Target'], kind: 'num', fmt: '0.00', dec: 2 });
    numCols.push({ key: 'arp', path: ['Kondisi Kinerja pada Akhir Periode Renstra', 'Rp'], kind: 'num', fmt: rp, dec: 0, formulas: i % 3 === 2 });
    const nodes = buildTree(
      rng,
      ['program', 'kegiatan', 'subkegiatan'],
      [
        [2, 3],
        [1, 3],
        [1, 3],
      ],
    );
    assignKode050(rng, nodes, i % 2 ? 2 : 4);
    const inds = rng.shuffle(W.INDICATORS.filter((x) => !x.lower));
    let ii = 0;
    const fillTargets = (t: Table, r: number) => {
      const ind = inds[ii++ % inds.length];
      let v = round(ind.lo + rng.next() * (ind.hi - ind.lo) * 0.5, ind.dec);
      t.set(r, 'awal', v);
      years.forEach((_, k) => {
        v = round(v * (1 + rng.next() * 0.06), ind.dec);
        t.set(r, `t${k}`, v);
      });
      t.set(r, 'at', v);
      t.rows[r].texts.ind = ind.name;
      t.rows[r].texts.sat = ind.satuan;
    };
    const h = hierTable(rng, nodes, {
      schemes: ['kode', 'kode', 'kode'],
      placement: 'kode',
      labelHeader: 'Program dan Kegiatan',
      extraText: [
        { col: { key: 'ind', path: ['Indikator Kinerja Program (outcome) dan Kegiatan (output)'], kind: 'text' }, fill: () => '' },
        { col: { key: 'sat', path: ['Satuan'], kind: 'text' }, fill: () => '' },
      ],
      numCols: [...numCols, { key: 'unit', path: ['Unit Kerja Penanggung Jawab'], kind: 'text' }],
      sumKeys: years.map((_, k) => `rp${k}`),
      leaf: (t, r) => {
        fillTargets(t, r);
        years.forEach((_, k) => t.set(r, `rp${k}`, rng.rp(50e6, 1.5e9, 1000)));
      },
      rowRels: (t, r, _total, kind) => {
        if (kind === 'parent') fillTargets(t, r);
        const ins = years.map((_, k) => [r, `rp${k}`] as Ref);
        t.sumRel([r, 'arp'], ins, true, 'akhir-periode');
      },
      total: rng.chance(0.6) ? { label: 'JUMLAH' } : null,
      bold: true,
    });
    const t = h.table;
    // kondisi akhir of a parent is also Σ its children's
    for (const pr of h.parents)
      t.sumRel(
        [pr, 'arp'],
        h.childrenOf.get(pr)!.map((c) => [c, 'arp'] as Ref),
        false,
        'hierarchy-akhir',
      );
    t.solve();
    const layout = drawLayout(
      rng,
      [rng.pick(['Tabel 6.1', 'Tabel 6.2', 'T-C.27', 'Tabel 5.1']), 'Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah', rng.pick(W.OPD)],
      { numberRow: rng.pick(['plain', 'plain', 'none'] as const) },
    );
    if (prng) {
      const want = prng.int(1, 3);
      const used: Ref[] = [];
      for (let k = 0; t.planted.length < want && k < 40; k++) {
        const kind = prng.pick(['akhir', 'parent', 'childTypo']);
        let ref: Ref;
        let at: Ref | undefined;
        if (kind === 'akhir') ref = [prng.pick(h.leaves), 'arp'];
        else if (kind === 'parent') ref = [prng.pick(h.parents), `rp${prng.int(0, nYears - 1)}`];
        else {
          // a year's Rp typo in a sub kegiatan: its akhir-periode sum decides
          ref = [prng.pick(h.leaves), `rp${prng.int(0, nYears - 1)}`];
          if (t.isFormula([ref[0], 'arp'])) at = [h.parentOf.get(ref[0])!, ref[1]];
        }
        if (used.length && t.overlaps(used, at ? [ref, at] : [ref])) continue;
        const v = t.get(ref[0], ref[1]);
        if (typeof v !== 'number' || (kind === 'childTypo' && !at && !h.parentOf.has(ref[0]))) continue;
        used.push(ref);
        t.plant(
          ref,
          moneyTypo(prng, v),
          ['sum'],
          kind === 'akhir' ? 'akhir-periode Rp ≠ Σ years' : kind === 'parent' ? 'parent Rp ≠ Σ children' : 'a year Rp typo (akhir-periode decides)',
          at ? { at } : {},
        );
      }
    }
    const sh = new SheetB(rng.pick(['Tabel 6.1', 'BAB VI', 'Renstra']));
    return { sheets: [sh], placed: [render(sh, t, layout)] };
  });
}

/* ------------------------------------------------------------------ Tabel 2.x anggaran (T-C.24) */

function anggaran2x(name: string, i: number): BuiltCase[] {
  return pair(name, 'renstra.tabel-2-anggaran', (rng, prng) => {
    const n = [5, 3, 4][i % 3];
    const y0 = rng.int(2016, 2021);
    const years = Array.from({ length: n }, (_, k) => y0 + k);
    const rp = rng.pick(FMT_RP);
    const numCols: ColDef[] = [];
    years.forEach((y, k) => numCols.push({ key: `a${k}`, path: ['Anggaran pada Tahun ke-', `${k + 1} (${y})`], kind: 'num', fmt: rp, dec: 0 }));
    years.forEach((y, k) => numCols.push({ key: `r${k}`, path: ['Realisasi Anggaran pada Tahun ke-', `${k + 1} (${y})`], kind: 'num', fmt: rp, dec: 0 }));
    years.forEach((y, k) =>
      numCols.push({ key: `x${k}`, path: ['Rasio antara Realisasi dan Anggaran Tahun ke-', `${k + 1}`], kind: 'num', fmt: '0.00', dec: 2 }),
    );
    const nodes = buildTree(
      rng,
      ['program', 'kegiatan'],
      [
        [2, 4],
        [1, 4],
      ],
    );
    const h = hierTable(rng, nodes, {
      schemes: [rng.pick(['num.', 'upper.', 'roman']), rng.pick(['num.', 'lower.', '-'])],
      placement: rng.chance(0.5) ? 'col' : 'prefix',
      labelHeader: 'Uraian',
      numCols,
      sumKeys: years.flatMap((_, k) => [`a${k}`, `r${k}`]),
      leaf: (t, r) => {
        let a = rng.rp(80e6, 2e9, 1000);
        years.forEach((_, k) => {
          a = Math.round((a * (0.9 + rng.next() * 0.3)) / 1000) * 1000;
          t.set(r, `a${k}`, a);
          t.set(r, `r${k}`, Math.round(a * (0.7 + rng.next() * 0.3)));
        });
      },
      rowRels: (t, r) => years.forEach((_, k) => ratioRel(t, r, `x${k}`, `r${k}`, `a${k}`, 'rasio')),
      total: { label: rng.pick(['Jumlah', 'JUMLAH', 'Total']) },
      bold: true,
    });
    h.table.solve();
    const layout = drawLayout(
      rng,
      [rng.pick(['Tabel 2.9', 'Tabel 2.3.3', 'T-C.24']), 'Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah', rng.pick(W.OPD)],
      { numberRow: 'plain' },
    );
    if (prng)
      plantHier(
        prng,
        h,
        prng.int(1, 3),
        ['parent', 'total', 'row', 'row', 'childTypo'],
        years.map((_, k) => ({ key: `x${k}`, families: ['ratio'] as 'ratio'[] })),
      );
    const sh = new SheetB('Tabel 2.9');
    return { sheets: [sh], placed: [render(sh, h.table, layout)] };
  });
}

/* ------------------------------------------------------------------ rekap: assets, staff */

function rekap(name: string, kind: 'asset' | 'staff', i: number): BuiltCase[] {
  return pair(name, kind === 'asset' ? 'rekap.asset-condition' : 'rekap.staff-lp', (rng, prng) => {
    const parts = kind === 'asset' ? ['Baik', 'Rusak Ringan', 'Rusak Berat'] : ['Laki-laki', 'Perempuan'];
    const formulas = i % 2 === 1;
    const cols: ColDef[] = [
      { key: 'no', path: ['No'], kind: 'no' },
      {
        key: 'label',
        path: [kind === 'asset' ? rng.pick(['Jenis Barang', 'Nama Barang', 'Jenis Aset']) : rng.pick(['Golongan', 'Pendidikan', 'Unit Kerja'])],
        kind: 'label',
      },
      ...parts.map((p, k): ColDef => ({ key: `p${k}`, path: kind === 'asset' ? ['Kondisi', p] : ['Jenis Kelamin', p], kind: 'num', fmt: '#,##0', dec: 0 })),
      {
        key: 'tot',
        path: [kind === 'asset' ? rng.pick(['Jumlah', 'Total']) : rng.pick(['Jumlah', `Jumlah (3+4)`])],
        kind: 'num',
        fmt: '#,##0',
        dec: 0,
        formulas,
      },
    ];
    if (kind === 'asset' && rng.chance(0.5)) cols.push({ key: 'ket', path: ['Keterangan'], kind: 'text' });
    const t = new Table(cols);
    const labels =
      kind === 'asset'
        ? rng.shuffle([
            'Gedung Kantor',
            'Kendaraan Roda 4',
            'Kendaraan Roda 2',
            'Komputer/PC',
            'Laptop',
            'Printer',
            'Meja Kerja',
            'Kursi Kerja',
            'Lemari Arsip',
            'AC Split',
            'Proyektor',
            'Genset',
            'Mesin Fotokopi',
            'Filing Cabinet',
            'Televisi',
            'Kamera Digital',
          ])
        : rng.shuffle(['Golongan IV', 'Golongan III', 'Golongan II', 'Golongan I', 'PPPK', 'Tenaga Kontrak', 'S2', 'S1/D4', 'D3', 'SMA/SMK', 'SMP', 'SD']);
    const n = rng.int(6, Math.min(14, labels.length));
    const rows: number[] = [];
    for (let k = 0; k < n; k++) {
      const r = t.addRow({ kind: 'data', texts: { no: k + 1, label: labels[k] } });
      parts.forEach((_, p) => t.set(r, `p${p}`, rng.int(0, kind === 'asset' ? (p === 0 ? 40 : 6) : 30)));
      rows.push(r);
    }
    const total = t.addRow({ kind: 'total', texts: { label: 'Jumlah' }, bold: true });
    for (const key of [...parts.map((_, p) => `p${p}`)])
      t.sumRel(
        [total, key],
        rows.map((r) => [r, key] as Ref),
        true,
        'total',
      );
    for (const r of [...rows, total])
      t.rel({
        name: 'row-total',
        target: [r, 'tot'],
        inputs: parts.map((_, p) => [r, `p${p}`] as Ref),
        f: (x) => x.reduce((a, b) => a + b, 0),
        fx: (A) => parts.map((_, p) => A([r, `p${p}`])).join('+'),
      });
    t.sumRel(
      [total, 'tot'],
      rows.map((r) => [r, 'tot'] as Ref),
      false,
      'total',
    );
    t.solve();
    const layout = drawLayout(rng, [
      kind === 'asset'
        ? `Tabel 2.${rng.int(2, 9)} Sarana dan Prasarana ${rng.pick(W.OPD)}`
        : `Tabel 2.${rng.int(2, 9)} Jumlah Pegawai Berdasarkan ${cols[1].path[0]}`,
    ]);
    if (prng) {
      const r = prng.pick(rows);
      if (prng.chance(0.5)) t.plant([r, 'tot'], t.num(r, 'tot') + prng.pick([1, 2, -1, 10]), ['sum'], 'row total ≠ Σ parts');
      else t.plant([total, 'p0'], t.num(total, 'p0') + prng.pick([1, -1, 3]), ['sum'], 'Jumlah row ≠ Σ rows');
    }
    const sh = new SheetB(kind === 'asset' ? 'Aset' : 'Pegawai');
    return { sheets: [sh], placed: [render(sh, t, layout)] };
  });
}

/* ------------------------------------------------------------------ wide reports */

/** Realisasi per triwulan under Realisasi > Triwulan > I … IV, Jumlah = Σ TW, % and Sisa; numbered columns with formulas in them. */
function wideTw(name: string, i: number): BuiltCase[] {
  return pair(name, 'wide.column-number-row', (rng, prng) => {
    const rp = rng.pick(FMT_RP);
    const tw = ['I', 'II', 'III', 'IV'];
    const numCols: ColDef[] = [
      { key: 'pagu', path: [rng.pick(['Pagu Anggaran (Rp)', 'Anggaran Setelah Perubahan'])], kind: 'num', fmt: rp, dec: 0 },
      ...tw.map((x, k): ColDef => ({ key: `q${k}`, path: ['Realisasi', 'Triwulan', x], kind: 'num', fmt: rp, dec: 0, nullAs: '-' })),
      { key: 'jml', path: ['Realisasi', 'Jumlah'], kind: 'num', fmt: rp, dec: 0, formulas: i % 2 === 1 },
      { key: 'pct', path: ['Realisasi', '%'], kind: 'num', fmt: '0.00', dec: 2 },
      { key: 'sisa', path: ['Sisa Anggaran (Rp)'], kind: 'num', fmt: rp, dec: 0 },
    ];
    // column numbers (1) … with the relation for computed columns: 8=4+5+6+7, 9=8/3x100, 10=3-8
    const nodes = buildTree(
      rng,
      ['program', 'kegiatan', 'subkegiatan'],
      [
        [2, 3],
        [1, 3],
        [1, 4],
      ],
    );
    const upTo = rng.int(2, 4);
    const h = hierTable(rng, nodes, {
      schemes: ['roman', 'num.', 'lower.'],
      placement: 'col',
      numCols,
      sumKeys: ['pagu', ...tw.map((_, k) => `q${k}`)],
      leaf: (t, r) => {
        const pagu = rng.rp(50e6, 2e9, 1000);
        t.set(r, 'pagu', pagu);
        let left = pagu;
        tw.forEach((_, k) => {
          const q = k < upTo ? Math.round((left * (0.15 + rng.next() * 0.3)) / 100) * 100 : null;
          t.set(r, `q${k}`, q);
          left -= q ?? 0;
        });
      },
      rowRels: (t, r) => {
        t.rel({
          name: 'row-total',
          target: [r, 'jml'],
          inputs: tw.map((_, k) => [r, `q${k}`] as Ref),
          f: (x) => x.reduce((a, b) => a + b, 0),
          fx: (A) => `SUM(${A([r, 'q0'])}:${A([r, 'q3'])})`,
        });
        t.rel({
          name: 'ratio',
          target: [r, 'pct'],
          inputs: [
            [r, 'jml'],
            [r, 'pagu'],
          ],
          f: ratio,
        });
        t.rel({
          name: 'sisa',
          target: [r, 'sisa'],
          inputs: [
            [r, 'pagu'],
            [r, 'jml'],
          ],
          f: (x) => x[0] - x[1],
        });
      },
      total: { label: 'JUMLAH' },
      bold: true,
    });
    const t = h.table;
    const L = 2; // No, label
    const c = (key: string) => t.cols.findIndex((x) => x.key === key) + 1;
    void L;
    t.col('jml').numLabel = i % 2 ? `${c('jml')}=${tw.map((_, k) => c(`q${k}`)).join('+')}` : `(${c('jml')})`;
    t.col('pct').numLabel = `${c('pct')}=${c('jml')}/${c('pagu')}x100`;
    t.col('sisa').numLabel = `${c('sisa')}=${c('pagu')}-${c('jml')}`;
    t.solve();
    const layout = drawLayout(rng, [`LAPORAN REALISASI ANGGARAN PER TRIWULAN`, rng.pick(W.OPD).toUpperCase(), `TAHUN ANGGARAN ${rng.int(2021, 2025)}`], {
      numberRow: rng.pick(['plain', 'paren'] as const),
      merges: true,
    });
    if (prng)
      plantHier(
        prng,
        h,
        prng.int(1, 3),
        ['parent', 'total', 'row'],
        [
          { key: 'jml', families: ['sum'] },
          { key: 'pct', families: ['ratio'] },
          { key: 'sisa', families: ['sum'] },
        ],
      );
    const sh = new SheetB('LRA TW');
    return { sheets: [sh], placed: [render(sh, t, layout)] };
  });
}

/** RKA: a second header row of abbreviations (Vol | Sat | Hrg Sat | Jml) under merged groups; Jml = Vol × Hrg Sat. */
function rka(name: string, i: number): BuiltCase[] {
  return pair(name, 'wide.abbreviation-header', (rng, prng) => {
    const y = rng.int(2022, 2026);
    const cols: ColDef[] = [
      { key: 'kode', path: ['Kode Rekening'], kind: 'kode' },
      { key: 'label', path: ['Uraian'], kind: 'label' },
      { key: 'vol', path: ['Rincian Perhitungan', 'Vol'], kind: 'num', fmt: '#,##0', dec: 0 },
      { key: 'sat', path: ['Rincian Perhitungan', 'Sat'], kind: 'text' },
      { key: 'hrg', path: ['Rincian Perhitungan', 'Hrg Sat'], kind: 'num', fmt: '#,##0', dec: 0 },
      { key: 'jml', path: [`Jumlah (Rp) Tahun ${y}`, 'Jml'], kind: 'num', fmt: '#,##0', dec: 0, formulas: i % 2 === 0 },
      { key: 'prev', path: [`Tahun ${y - 1}`, 'Jml'], kind: 'num', fmt: '#,##0', dec: 0 },
      { key: 'dif', path: ['Bertambah/ (Berkurang)', 'Rp'], kind: 'num', fmt: '#,##0;(#,##0)', dec: 0 },
    ];
    const t = new Table(cols);
    const akun = [
      '5.1.02.01.01.0024',
      '5.1.02.01.01.0026',
      '5.1.02.02.01.0003',
      '5.1.02.04.01.0001',
      '5.1.02.01.01.0052',
      '5.1.02.02.01.0026',
      '5.1.02.03.02.0035',
    ];
    const units = ['OK', 'OH', 'Paket', 'Kali', 'Lembar', 'Buah', 'Orang/Kali', 'Bulan'];
    const groups = rng.int(2, 4);
    const heads: number[] = [];
    const allItems: number[] = [];
    for (let g = 0; g < groups; g++) {
      const hr = t.addRow({ kind: 'parent', texts: { kode: akun[g], label: rng.pick(W.BELANJA) }, bold: true });
      heads.push(hr);
      const items: number[] = [];
      for (let k = 0; k < rng.int(2, 6); k++) {
        const r = t.addRow({
          kind: 'data',
          texts: {
            label: `${rng.pick(['Honorarium Narasumber', 'Konsumsi Rapat', 'Sewa Tenda', 'Cetak Spanduk', 'Transport Peserta', 'Uang Harian', 'ATK Kegiatan', 'Penggandaan Materi'])}`,
            sat: rng.pick(units),
          },
        });
        t.set(r, 'vol', rng.int(1, 120));
        t.set(r, 'hrg', rng.pick([25000, 35000, 50000, 75000, 150000, 300000, 900000, 1250000]));
        t.set(r, 'prev', rng.rp(1e6, 60e6, 1000));
        t.rel({
          name: 'product',
          target: [r, 'jml'],
          inputs: [
            [r, 'vol'],
            [r, 'hrg'],
          ],
          f: (x) => x[0] * x[1],
          fx: (A) => `${A([r, 'vol'])}*${A([r, 'hrg'])}`,
        });
        items.push(r);
      }
      allItems.push(...items);
      for (const key of ['jml', 'prev'])
        t.sumRel(
          [hr, key],
          items.map((r) => [r, key] as Ref),
          true,
          'hierarchy',
        );
    }
    const total = t.addRow({ kind: 'total', texts: { label: 'JUMLAH' }, bold: true });
    for (const key of ['jml', 'prev'])
      t.sumRel(
        [total, key],
        heads.map((r) => [r, key] as Ref),
        true,
        'total',
      );
    for (let r = 0; r < t.rows.length; r++)
      t.rel({
        name: 'difference',
        target: [r, 'dif'],
        inputs: [
          [r, 'jml'],
          [r, 'prev'],
        ],
        f: (x) => x[0] - x[1],
      });
    t.solve();
    const layout = drawLayout(rng, ['RENCANA KERJA DAN ANGGARAN', 'SATUAN KERJA PERANGKAT DAERAH', `Sub Kegiatan: ${rng.pick(W.SUBKEGIATAN)}`], {
      merges: true,
      numberRow: rng.pick(['plain', 'none'] as const),
    });
    if (prng) {
      const kind = prng.pick(['head', 'total', 'dif']);
      if (kind === 'head') {
        const r = prng.pick(heads);
        t.plant([r, 'jml'], moneyTypo(prng, t.num(r, 'jml')), ['sum'], 'rekening ≠ Σ its items');
      } else if (kind === 'total') t.plant([total, 'prev'], moneyTypo(prng, t.num(total, 'prev')), ['sum'], 'JUMLAH ≠ Σ rekening');
      else {
        const r = prng.pick(allItems);
        t.plant([r, 'dif'], t.num(r, 'dif') + prng.pick([-1, 1]) * prng.int(1, 9) * 100000, ['sum'], 'wrong Bertambah/(Berkurang)');
      }
    }
    const sh = new SheetB('RKA');
    return { sheets: [sh], placed: [render(sh, t, layout)] };
  });
}

export function renstraCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  for (let i = 0; i < 5; i++) out.push(...tabel61(`renstra/tabel-6.1/v${i}`, i));
  for (let i = 0; i < 4; i++) out.push(...anggaran2x(`renstra/tabel-2-anggaran/v${i}`, i));
  for (let i = 0; i < 4; i++) out.push(...rekap(`renstra/asset/v${i}`, 'asset', i));
  for (let i = 0; i < 3; i++) out.push(...rekap(`renstra/staff/v${i}`, 'staff', i));
  for (let i = 0; i < 4; i++) out.push(...wideTw(`wide/triwulan/v${i}`, i));
  for (let i = 0; i < 3; i++) out.push(...rka(`wide/rka/v${i}`, i));
  return out;
}

void pctTypo;
void (null as unknown as Rng);
