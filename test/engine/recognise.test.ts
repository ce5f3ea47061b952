import { analyseSheet } from '../../src/engine';
import { bold, grid } from '../support/grid';

const kinerja = () =>
  grid(
    [
      ['Tabel 2.8 Pencapaian Kinerja Pelayanan'],
      [],
      [
        bold('No'),
        bold('Indikator Kinerja'),
        bold('Target Renstra Tahun Ke-'),
        null,
        bold('Realisasi Capaian Tahun Ke-'),
        null,
        bold('Rasio Capaian pada Tahun Ke-'),
        null,
      ],
      [null, null, '2019', '2020', '2019', '2020', '2019', '2020'],
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      [1, '% Koperasi Aktif', 91.3, 91.5, 90.13, 91.75, 98.72, 100.28],
      [2, 'Tingkat Pengangguran Terbuka', 4, 4, 3.8, 4.2, 105, 95],
      [3, '% UKM baru', 2, 4, 1, null, 55, null],
      [],
      ['Sumber : LKjIP Dinas, diolah'],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3'] },
  );

describe('recognising a table', () => {
  test('a multi-row merged header with a year row and a column-number row', () => {
    const a = analyseSheet(kinerja());
    expect(a.tables).toHaveLength(1);
    const t = a.tables[0];
    expect(t).toMatchObject({ range: 'A3:H8', layout: 'kinerja', headerRows: 3, bodyRows: 3, numberRow: 4, years: [2019, 2020] });
    expect(t.title).toEqual(['Tabel 2.8 Pencapaian Kinerja Pelayanan']);
    expect(t.footer).toEqual(['Sumber : LKjIP Dinas, diolah']);
    expect(t.columns.map((c) => c.role)).toEqual(['no', 'label', 'target', 'target', 'realisasi', 'realisasi', 'ratio', 'ratio']);
    expect(t.columns.map((c) => c.year ?? null)).toEqual([null, null, 2019, 2020, 2019, 2020, 2019, 2020]);
    expect(t.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('"Tahun Ke-1 (2024)" gives the year, "Tahun Ke-2" alone the period', () => {
    const g = grid(
      [
        ['Program', 'Satuan', 'Tahun Ke-1 (2024)', null, 'Tahun Ke-2', null, 'Kondisi Kinerja pada Akhir Periode', null],
        [null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'],
        ['Program A', '%', 10, 100, 20, 200, 20, 300],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
    );
    const t = analyseSheet(g).tables[0];
    expect(t.layout).toBe('rencana');
    expect(t.columns.map((c) => `${c.role}:${c.year ?? c.period ?? ''}`)).toEqual([
      'label:',
      'satuan:',
      'target:2024',
      'rp:2024',
      'target:2',
      'rp:2',
      'akhirTarget:',
      'akhirRp:',
    ]);
  });

  test('several tables stacked on one sheet, each with its title and footer', () => {
    const g = grid(
      [
        ['Tabel 2.1'],
        ['Jumlah Pegawai Berdasarkan Golongan'],
        [],
        [bold('No'), bold('Golongan'), bold('Jumlah'), bold('Ket')],
        [1, 'Golongan IV', '5 orang'],
        [2, 'Golongan III', '17 Orang'],
        [null, 'Jumlah', '22 Orang'],
        [],
        ['Sumber : Subbag Umpeg'],
        [],
        [],
        ['Tabel 2.2'],
        ['Sarana Prasarana'],
        [],
        [bold('No'), bold('Nama Barang'), bold('Kondisi'), null, null, bold('Total')],
        [null, null, bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), null],
        [1, 'Laptop', 18, 0, 4, 18],
        [2, 'Printer', 14, 0, 5, 19],
      ],
      { merges: ['A15:A16', 'B15:B16', 'C15:E15', 'F15:F16'] },
    );
    const a = analyseSheet(g);
    expect(a.tables.map((t) => [t.range, t.layout, t.headerRows, t.bodyRows])).toEqual([
      ['A4:D7', 'rekap', 1, 3],
      ['A15:F18', 'rekap', 2, 2],
    ]);
    expect(a.tables[1].columns[5]).toMatchObject({ role: 'rowTotal', parts: [2, 3, 4] });
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.rule])).toEqual([['F17', 'sum.row-total']]);
  });

  test('a header repeated after a page break is skipped, not read as data', () => {
    const g = grid([
      ['No', 'Uraian', 'Nilai (Rp)'],
      [1, 'Tanah', 100],
      ['No', 'Uraian', 'Nilai (Rp)'],
      [2, 'Gedung', 50],
      [null, 'Jumlah', 150],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.rows.map((r) => r.kind)).toEqual(['indicator', 'headerRepeat', 'indicator', 'total']);
    expect(analyseSheet(g).findings).toEqual([]);
  });

  test('a sheet without a table says so clearly', () => {
    const a = analyseSheet(grid([['Catatan rapat'], ['Tidak ada tabel di sini.']]));
    expect(a.tables).toEqual([]);
    expect(a.notice?.id).toMatch(/Tidak ada tabel/);
    expect(a.notice?.en).toMatch(/No table recognised/);
  });

  test('a user override of the header rows is honoured (the family follows the columns, it is not overridden)', () => {
    const base = analyseSheet(kinerja()).tables[0];
    const again = analyseSheet(kinerja(), {}, [{ sheet: 'Sheet1', headerTop: base.headerTop, headerRows: 2 }]).tables[0];
    expect(again.headerRows).toBe(2);
    expect(base.headerRows).not.toBe(2);
  });
});

describe('tables side by side', () => {
  // Staff by rank (A:D) and by sex (F:H), one empty column between; the right Jumlah row is wrong.
  const sideBySide = () =>
    grid([
      ['Tabel 2.1 Pegawai menurut Golongan', null, null, null, null, 'Tabel 2.2 Pegawai menurut Jenis Kelamin'],
      [bold('No'), bold('Golongan'), bold('Jumlah'), bold('Ket'), null, bold('No'), bold('Jenis Kelamin'), bold('Jumlah')],
      [1, 'Golongan IV', 5, null, null, 1, 'Laki-laki', 34],
      [2, 'Golongan III', 17, null, null, 2, 'Perempuan', 23],
      [3, 'Golongan II', 1, null, null, null, bold('Jumlah'), 58],
      [null, bold('Jumlah'), 23],
      [],
      ['Sumber: Subbag Umum', null, null, null, null, 'Sumber: Subbag Umum'],
    ]);

  test('are two tables, each with its own Jumlah row and title', () => {
    const a = analyseSheet(sideBySide());
    expect(a.tables.map((t) => [t.range, t.bodyRows])).toEqual([
      ['A2:D6', 4],
      ['F2:H5', 3],
    ]);
    expect(a.tables.map((t) => t.title)).toEqual([['Tabel 2.1 Pegawai menurut Golongan'], ['Tabel 2.2 Pegawai menurut Jenis Kelamin']]);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.rule])).toEqual([['H5', 'sum.total-row']]);
  });

  test('a correction names its table by header row and first column', () => {
    const base = analyseSheet(sideBySide()).tables;
    const right = base[1];
    const more = right.headerRows + 1;
    const a = analyseSheet(sideBySide(), {}, [{ sheet: 'Sheet1', headerTop: right.headerTop, left: right.left, headerRows: more }]);
    expect(a.tables.map((t) => t.headerRows)).toEqual([base[0].headerRows, more]);
    // Without a column, a correction applies to every table on that header row.
    const b = analyseSheet(sideBySide(), {}, [{ sheet: 'Sheet1', headerTop: right.headerTop, headerRows: more }]);
    expect(b.tables.map((t) => t.headerRows)).toEqual([more, more]);
  });

  test('an empty spacer column inside one table does not split it', () => {
    const g = grid([
      [bold('No'), bold('Indikator'), null, bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'Persentase jalan mantap', null, 80, 76, 95],
      [2, 'Persentase jembatan baik', null, 90, 90, 100],
    ]);
    const a = analyseSheet(g);
    expect(a.tables.map((t) => t.range)).toEqual(['A1:F3']);
    expect(a.tables[0].layout).toBe(
      analyseSheet(
        grid([
          [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
          [1, 'Persentase jalan mantap', 80, 76, 95],
          [2, 'Persentase jembatan baik', 90, 90, 100],
        ]),
      ).tables[0].layout,
    );
  });
});

describe('hierarchy', () => {
  test('from kode rekening in one column', () => {
    const g = grid([
      ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Satuan', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026'],
      ['2.07.02', 'Program Penempatan', '%', 80, 300, 85, 300],
      ['2.07.02.2.01', 'Pelayanan antar kerja', '%', 50, 300, 50, 300],
      ['2.07.02.2.01.0001', 'Penyediaan sumber daya', 'Orang', 20, 100, 20, 100],
      ['2.07.02.2.01.0002', 'Pelayanan informasi', 'Orang', 20, 200, 20, 250],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.rows.map((r) => [r.kind, r.level, r.parent])).toEqual([
      ['program', 0, undefined],
      ['kegiatan', 1, 1],
      ['subkegiatan', 2, 2],
      ['subkegiatan', 2, 2],
    ]);
    const errors = analyseSheet(g).findings.filter((f) => f.severity === 'error');
    // 2026: the kegiatan states 300, its subs add to 350, the program agrees with the kegiatan.
    expect(errors.map((f) => [f.cell, f.rule, f.expected])).toEqual([['G3', 'sum.hierarchy', 350]]);
  });

  test('from the sums themselves when names carry no "Kegiatan" and no kode', () => {
    const g = grid([
      ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu 2023 (Rp)', 'Realisasi 2023 (Rp)'],
      ['I', 'PROGRAM PENUNJANG', 1000, 900],
      [null, 'Administrasi Keuangan', 700, 600],
      [null, 'Gaji dan Tunjangan', 500, 450],
      [null, 'Laporan Keuangan', 200, 150],
      [null, 'Administrasi Umum', 300, 300],
      [null, 'Alat Tulis Kantor', 300, 300],
      ['II', 'PROGRAM PELATIHAN', 50, 40],
      [null, 'Pelatihan Kerja', 50, 40],
      [null, 'JUMLAH', 1050, 940],
    ]);
    const a = analyseSheet(g);
    expect(a.tables[0].rows.map((r) => r.kind)).toEqual([
      'program',
      'kegiatan',
      'subkegiatan',
      'subkegiatan',
      'kegiatan',
      'subkegiatan',
      'program',
      'kegiatan',
      'total',
    ]);
    expect(a.tables[0].layout).toBe('realisasi');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('an unlabelled line under a sub kegiatan is its second indicator and carries its Rp', () => {
    const g = grid([
      ['Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026'],
      ['Program Hubungan Industrial', 'Kasus selesai', '%', 80, 100, 85, 120],
      ['Kegiatan Pencegahan Perselisihan', 'Perusahaan dibina', '%', 10, 100, 10, 120],
      ['Sub Kegiatan Pencegahan', 'Bimbingan HI', 'Kab', 1, null, 1, null],
      [null, 'Perusahaan dibina', 'Perusahaan', 10, 100, 10, 120],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.rows.map((r) => r.kind)).toEqual(['program', 'kegiatan', 'subkegiatan', 'continuation']);
    expect(analyseSheet(g).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('period columns "Tahun ke-" over 1 2 3', () => {
  const rows = [
    [
      bold('No'),
      bold('Indikator'),
      bold('Target Renstra Tahun ke-'),
      null,
      null,
      bold('Realisasi Capaian Tahun ke-'),
      null,
      null,
      bold('Rasio Capaian Tahun ke-'),
      null,
      null,
    ],
    [null, null, 1, 2, 3, 1, 2, 3, 1, 2, 3],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
    [1, 'Persentase A', 50, 60, 70, 45, 66, 70, 90, 110, 100],
    [2, 'Persentase B', 10, 20, 30, 10, 10, 30, 100, 50, 90],
  ];
  const roles = ['no', 'label', 'target:1', 'target:2', 'target:3', 'realisasi:1', 'realisasi:2', 'realisasi:3', 'ratio:1', 'ratio:2', 'ratio:3'];

  test.each([
    ['merged', ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:K1']],
    ['typed without merges', []],
  ])('%s: the period row is a header row, "(1) (2) …" the number row', (_n, merges) => {
    const a = analyseSheet(grid(rows, { merges }));
    const t = a.tables[0];
    expect(t).toMatchObject({ range: 'A1:K5', layout: 'kinerja', headerRows: 3, numberRow: 2, bodyRows: 2 });
    expect(t.columns.map((c) => (c.period ? `${c.role}:${c.period}` : c.role))).toEqual(roles);
    // 30 / 30 × 100 = 100, not the stated 90; the other ratios hold.
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.rule, f.expected])).toEqual([['K5', 'ratio.capaian', 100]]);
  });
});

test('T-C.24 by period: "Anggaran pada Tahun ke-" over 1 2 3 beside "Rata-rata Pertumbuhan" over Anggaran / Realisasi', () => {
  const g = grid(
    [
      [
        bold('Uraian'),
        bold('Anggaran pada Tahun ke-'),
        null,
        null,
        bold('Realisasi Anggaran pada Tahun ke-'),
        null,
        null,
        bold('Rasio antara Realisasi dan Anggaran Tahun ke-'),
        null,
        null,
        bold('Rata-rata Pertumbuhan'),
        null,
      ],
      [null, 1, 2, 3, 1, 2, 3, 1, 2, 3, bold('Anggaran'), bold('Realisasi')],
      ['Program A', 100, 110, 121, 90, 99, 108.9, 90, 90, 90, 10, 10],
      ['Program B', 200, 200, 200, 180, 190, 200, 90, 95, 100, 0, 5.41],
      [bold('Jumlah'), 300, 310, 321, 270, 289, 308.9, 90, 93.23, 96.23, null, null],
    ],
    { merges: ['A1:A2', 'B1:D1', 'E1:G1', 'H1:J1', 'K1:L1'] },
  );
  const a = analyseSheet(g);
  const t = a.tables[0];
  expect(t).toMatchObject({ layout: 'anggaran', headerRows: 2, bodyRows: 3 });
  expect(t.columns.map((c) => (c.period ? `${c.role}:${c.period}` : c.role)).join(' ')).toBe(
    'label anggaran:1 anggaran:2 anggaran:3 realisasiRp:1 realisasiRp:2 realisasiRp:3 ratio:1 ratio:2 ratio:3 pertumbuhan pertumbuhan',
  );
  expect(a.findings).toEqual([]);
});

test('staff by education with L / P under each level, a Jumlah group and a Total', () => {
  const g = grid(
    [
      [bold('No'), bold('Unit Kerja'), bold('S2'), null, bold('S1'), null, bold('SMA'), null, bold('Jumlah'), null, bold('Total')],
      [null, null, 'L', 'P', 'L', 'P', 'L', 'P', 'L', 'P', null],
      [1, 'Sekretariat', 1, 0, 3, 4, 2, 1, 7, 5, 11],
      [2, 'Bidang A', 0, 1, 2, 2, 1, 0, 3, 3, 6],
      [null, 'Jumlah', 1, 1, 5, 6, 3, 1, 9, 8, 17],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:K2'] },
  );
  const a = analyseSheet(g);
  const cols = a.tables[0].columns;
  expect(cols.slice(8).map((c) => [c.role, c.parts])).toEqual([
    ['rowTotal', [2, 4, 6]],
    ['rowTotal', [3, 5, 7]],
    ['rowTotal', [8, 9]],
  ]);
  // Jumlah L of Sekretariat is 1 + 3 + 2 = 6, not 7; the Total and the Jumlah row follow from it.
  expect(a.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.rule, f.expected])).toEqual([['I3', 'sum.row-total', 6]]);
  expect(
    a.findings
      .filter((f) => f.severity === 'warning')
      .map((f) => f.cell)
      .sort(),
  ).toEqual(['I5', 'K3']);
});

test('decorated years ("TA 2021", "2022*)") under a "Capaian" group, and a number row stating formulas ("5=3-4")', () => {
  const years = analyseSheet(
    grid(
      [
        [bold('No'), bold('Indikator'), bold('Target'), null, bold('Realisasi'), null, bold('Capaian'), null],
        [null, null, 'TA 2021', '2022*)', 'TA 2021', '2022*)', 'TA 2021', '2022*)'],
        [1, 'A', 10, 20, 9, 20, 90, 100],
        [2, 'B', 10, 20, 10, 10, 100, 60],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
    ),
  );
  expect(years.tables[0]).toMatchObject({ headerRows: 2, years: [2021, 2022], layout: 'kinerja' });
  expect(years.tables[0].columns.slice(6).map((c) => `${c.role}:${c.year}`)).toEqual(['ratio:2021', 'ratio:2022']);
  expect(years.findings.map((f) => [f.cell, f.rule, f.expected])).toEqual([['H4', 'ratio.capaian', 50]]);

  const numbered = analyseSheet(
    grid([
      [bold('No'), bold('Program'), bold('Pagu (Rp)'), bold('Realisasi (Rp)'), bold('Sisa (Rp)'), bold('Capaian (%)')],
      ['1', '2', '3', '4', '5=3-4', '6=4/3x100'],
      [1, 'Program A', 1000, 900, 100, 90],
      [2, 'Program B', 500, 400, 150, 80],
    ]),
  );
  expect(numbered.tables[0]).toMatchObject({ headerRows: 2, numberRow: 1, bodyRows: 2 });
  expect(numbered.findings.map((f) => [f.cell, f.rule, f.expected])).toEqual([['E4', 'sum.difference', 100]]);
});

test('LKjIP shorthand under year groups: T | R | %', () => {
  const a = analyseSheet(
    grid(
      [
        [bold('No'), bold('Indikator'), bold('Satuan'), bold('2021'), null, null, bold('2022'), null, null],
        [null, null, null, bold('T'), bold('R'), bold('%'), bold('T'), bold('R'), bold('%')],
        [1, 'IKM', 'indeks', 80, 82, 102.5, 82, 81, 98.78],
        [2, 'Jumlah wisatawan', 'orang', 1000, 900, 90, 1100, 1210, 100],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1'] },
    ),
  );
  expect(a.tables[0].layout).toBe('kinerja');
  expect(a.tables[0].columns.slice(3).map((c) => `${c.role}:${c.year}`)).toEqual([
    'target:2021',
    'realisasi:2021',
    'ratio:2021',
    'target:2022',
    'realisasi:2022',
    'ratio:2022',
  ]);
  expect(a.findings.map((f) => [f.cell, f.rule, f.expected])).toEqual([['I4', 'ratio.capaian', 110]]);
});
