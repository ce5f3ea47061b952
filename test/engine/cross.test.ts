/** Across tables: the same program carries the same figures everywhere (rules/cross.value.ts). */
import { analyseWorkbook } from '../../src/engine';
import { crossCheck } from '../../src/engine/rules/cross.value';
import { officeOf } from '../../src/engine/entities';
import type { Finding } from '../../src/engine/types';
import { bold, grid } from '../support/grid';
import { crossCases, indikator, KEGIATAN, realisasi } from '../support/cross-books';

const cross = (fs: Finding[]) => fs.filter((f) => f.rule.startsWith('cross.'));
const brief = (fs: Finding[]) => cross(fs).map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule} ${f.related.join(',')}`);

describe('two tables sharing kegiatan', () => {
  test('clean: nothing', () => {
    expect(brief(analyseWorkbook([realisasi(), indikator()]).findings)).toEqual([]);
  });

  test('a pagu changed in one copy is found at the later copy, naming the other', () => {
    const rows = KEGIATAN.map((r) => [...r] as [string, number, number]);
    rows[2][1] = 250000000;
    const a = analyseWorkbook([realisasi(), indikator(rows)]);
    expect(brief(a.findings)).toEqual(['error Indikator!G4 cross.value Realisasi!C4']);
    const f = cross(a.findings)[0];
    expect(f).toMatchObject({ expected: 240000000, actual: 250000000 });
    expect(f.message.en).toBe('Pemeliharaan Rutin Gedung Kantor: budget 250,000,000 here, 240,000,000 in Realisasi!C4 (same name)');
    expect(f.message.id).toBe('Pemeliharaan Rutin Gedung Kantor: pagu 250.000.000 di sini, 240.000.000 di Realisasi!C4 (nama yang sama)');
  });

  test('a copy in thousands of rupiah ("Pagu (Rp 000)") is the same figure in rupiah: compared, and a slip in it found', () => {
    const ribuan = (rows: [string, number, number][]) =>
      grid(
        [
          [bold('No'), bold('Kegiatan'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Pagu (Rp 000)')],
          ...rows.map(([k, p], i) => [i + 1, k, `Jumlah dokumen ${k.toLowerCase()}`, 'dokumen', 12, 12, p / 1000]),
        ],
        { name: 'Indikator' },
      );
    expect(brief(analyseWorkbook([realisasi(), ribuan(KEGIATAN)]).findings)).toEqual([]);
    const rows = KEGIATAN.map((r) => [...r] as [string, number, number]);
    rows[2][1] = 245000000;
    expect(brief(analyseWorkbook([realisasi(), ribuan(rows)]).findings)).toEqual(['error Indikator!G4 cross.value Realisasi!C4']);
  });

  test("an LKjIP's indicators, named in its Indikator column, are the Renstra's program indicators: a target changed is found", () => {
    const renstra = grid(
      [
        ['Kode', 'Program', 'Indikator Kinerja Program (outcome)', 'Satuan', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026'].map(bold),
        ['2.07.03', 'PROGRAM PELATIHAN KERJA', 'Persentase Tenaga Kerja Bersertifikat Kompetensi', '%', 60, 300000000, 62, 300000000],
        ['2.07.04', 'PROGRAM PENEMPATAN TENAGA KERJA', 'Persentase Pencari Kerja yang Ditempatkan', '%', 45, 250000000, 47, 250000000],
        ['2.07.05', 'PROGRAM HUBUNGAN INDUSTRIAL', 'Persentase Perusahaan yang Membentuk Sarana Hubungan Industrial', '%', 30, 150000000, 32, 150000000],
        ['2.07.06', 'PROGRAM PENGAWASAN KETENAGAKERJAAN', 'Persentase Perusahaan yang Melaksanakan Norma Kerja', '%', 65, 200000000, 67, 200000000],
      ],
      { name: 'Tabel 6.1' },
    );
    const lkjip = (t2: number) =>
      grid(
        [
          ['No', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'Realisasi 2025', 'Capaian (%)'].map(bold),
          [1, 'Persentase Tenaga Kerja Bersertifikat Kompetensi', '%', 60, 59, 98.33],
          [2, 'Persentase Pencari Kerja yang Ditempatkan', '%', t2, 44, Math.round((44 / t2) * 10000) / 100],
          [3, 'Persentase Perusahaan yang Membentuk Sarana Hubungan Industrial', '%', 30, 29, 96.67],
          [4, 'Persentase Perusahaan yang Melaksanakan Norma Kerja', '%', 65, 64, 98.46],
        ],
        { name: 'Tabel 3.1' },
      );
    expect(brief(analyseWorkbook([renstra, lkjip(45)]).findings)).toEqual([]);
    expect(brief(analyseWorkbook([renstra, lkjip(47)]).findings)).toEqual(["error Tabel 3.1!D3 cross.value 'Tabel 6.1'!E3"]);
  });

  test('three copies: the odd one out, wherever it is', () => {
    const rows = KEGIATAN.map((r) => [...r] as [string, number, number]);
    rows[0][1] = 125000000;
    const a = analyseWorkbook([realisasi(rows, 'Bab III'), indikator(KEGIATAN, 'Lampiran 1'), indikator(KEGIATAN, 'Lampiran 2')]);
    expect(brief(a.findings)).toEqual(["error Bab III!C2 cross.value 'Lampiran 1'!G2,'Lampiran 2'!G2"]);
  });

  test('a name repeated in one table is not matched by name alone', () => {
    const twice: [string, number, number][] = [...KEGIATAN, ['Penyediaan Jasa Surat Menyurat', 99000000, 90000000]];
    const changed = KEGIATAN.map((r) => [...r] as [string, number, number]);
    changed[0][1] = 1;
    // In `twice` the first kegiatan's name is borne twice: its copy in `changed` has nothing to match.
    expect(brief(analyseWorkbook([realisasi(twice), indikator(changed)]).findings)).toEqual([]);
  });

  test('tables whose shared names never carry the same figures are other years or scopes: nothing', () => {
    const other = KEGIATAN.map(([k, p, r]) => [k, p * 2, r] as [string, number, number]);
    expect(brief(analyseWorkbook([realisasi(), indikator(other)]).findings)).toEqual([]);
  });
});

describe('a summary sheet and the tables it sums up', () => {
  const detail = (name: string, rows: [string, number, number][]) => realisasi(rows, name);
  const rekap = (lines: [string, number, number][]) =>
    grid(
      [
        [bold('No'), bold('Program'), bold('Pagu (Rp)'), bold('Realisasi (Rp)')],
        ...lines.map(([k, p, r], i) => [i + 1, k, p, r]),
        [null, bold('Jumlah'), lines.reduce((s, x) => s + x[1], 0), lines.reduce((s, x) => s + x[2], 0)],
      ],
      { name: 'Rekapitulasi' },
    );
  const A = KEGIATAN.slice(0, 3);
  const B = KEGIATAN.slice(3);
  const sum = (rows: [string, number, number][], k: 1 | 2) => rows.reduce((s, x) => s + x[k], 0);

  test('clean: nothing', () => {
    const lines: [string, number, number][] = [
      ['Program Pelayanan Administrasi Perkantoran', sum(A, 1), sum(A, 2)],
      ['Program Perencanaan Pembangunan Daerah', sum(B, 1), sum(B, 2)],
    ];
    const a = analyseWorkbook([rekap(lines), detail('Pelayanan Administrasi Perkantoran', A), detail('Perencanaan Pembangunan Daerah', B)]);
    expect(brief(a.findings)).toEqual([]);
  });

  test("a summary row that differs from its sheet's total is found at the summary row", () => {
    const lines: [string, number, number][] = [
      ['Program Pelayanan Administrasi Perkantoran', sum(A, 1), sum(A, 2) + 1000000],
      ['Program Perencanaan Pembangunan Daerah', sum(B, 1), sum(B, 2)],
    ];
    const a = analyseWorkbook([rekap(lines), detail('Pelayanan Administrasi Perkantoran', A), detail('Perencanaan Pembangunan Daerah', B)]);
    expect(brief(a.findings.filter((f) => f.rule === 'cross.total'))).toEqual(["error Rekapitulasi!D2 cross.total 'Pelayanan Administrasi Perkantoran'!D5"]);
    expect(cross(a.findings)[0]).toMatchObject({ expected: sum(A, 2), actual: sum(A, 2) + 1000000 });
  });
});

describe('across the files of one batch', () => {
  test('a kegiatan whose pagu differs between two files names the other file', () => {
    const rows = KEGIATAN.map((r) => [...r] as [string, number, number]);
    rows[4][1] = 155000000;
    const a = analyseWorkbook([realisasi()]);
    const b = analyseWorkbook([indikator(rows)]);
    const found = crossCheck([
      { file: 'lkpj.xlsx', entities: a.entities },
      { file: 'renstra.xlsx', entities: b.entities },
    ]);
    expect(found.map((x) => [x.source, x.finding.cell, x.finding.related])).toEqual([[1, 'G6', ['[lkpj.xlsx]Realisasi!C6']]]);
  });

  test('files of two offices, each named in its titles, are not copies of one another (probe 59)', () => {
    const rows = KEGIATAN.map((r) => [...r] as [string, number, number]);
    rows[4][1] = 155000000;
    const a = analyseWorkbook([realisasi()]);
    const b = analyseWorkbook([indikator(rows)]);
    const pair = (oa: string | undefined, ob: string | undefined) =>
      crossCheck([
        { file: 'a.xlsx', office: oa, entities: a.entities },
        { file: 'b.xlsx', office: ob, entities: b.entities },
      ]).length;
    expect(pair('dinas kesehatan kabupaten klaten', 'dinas pekerjaan umum kabupaten jayapura')).toBe(0);
    expect(pair('dinas kesehatan kabupaten klaten', 'dinas kesehatan kabupaten klaten')).toBe(1);
    expect(pair(undefined, 'dinas kesehatan kabupaten klaten')).toBe(1);
    expect(officeOf(['Indikator Kinerja Dinas Kesehatan Kabupaten Klaten Tahun 2025-2029'])).toBe('dinas kesehatan kabupaten klaten');
    expect(officeOf(['LKjIP DINAS KESEHATAN KAB. KLATEN TAHUN 2024'])).toBe('dinas kesehatan kabupaten klaten');
    expect(officeOf(['Tabel 6.1 Rencana Program'])).toBeUndefined();
  });
});

describe('the cross-table cases of the bench', () => {
  test.each(crossCases().map((c) => [c.name, c] as const))('%s: every planted disagreement, nothing else', (_name, c) => {
    const found = cross(analyseWorkbook(c.grids).findings).filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([...c.planted].sort());
  });
});

describe('copies are one figure only when their rounding allows it', () => {
  it('integers one apart are two figures: a pagu off by Rp 1 is found', () => {
    const off = KEGIATAN.map((r) => [...r] as [string, number, number]);
    off[1][1] += 1;
    const a = analyseWorkbook([realisasi(), indikator(off)]);
    const cross = a.findings.filter((f) => f.rule === 'cross.value');
    expect(cross.map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([['Indikator', 'G3', 85000000, 85000001]]);
  });
});

describe('copies shown to the same decimals are one figure when they show the same', () => {
  const copies = (a: { value: number; numFmt?: string }, b: { value: number; numFmt?: string }) => {
    const pk = indikator(KEGIATAN, 'PK 2024');
    const capaian = indikator(KEGIATAN, 'Capaian 2024');
    pk.cells[1]![4] = a;
    capaian.cells[1]![4] = b;
    return analyseWorkbook([pk, capaian]).findings.filter((f) => f.rule === 'cross.value');
  };

  it('a target of 30,00 copied as 30,40 is found, although 30 was typed without decimals', () => {
    expect(copies({ value: 30, numFmt: '0.00' }, { value: 30.4, numFmt: '0.00' }).map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ['Capaian 2024', 'E2', 30, 30.4],
    ]);
  });

  it('the same shown figure, or one the other copy rounds, is no finding', () => {
    expect(copies({ value: 30.0049, numFmt: '0.00' }, { value: 30, numFmt: '0.00' })).toEqual([]);
    expect(copies({ value: 30.4, numFmt: '0.0' }, { value: 30.43, numFmt: '0.00' })).toEqual([]);
  });
});

describe('entities are built where something can use them', () => {
  it("'cross' skips them for one sheet with one table, keeps them when the sheet or the workbook has another table", async () => {
    const { checkWorkbook } = await import('../../src/engine');
    const one = await checkWorkbook([realisasi()], { entities: 'cross' });
    expect(one.entities).toEqual([]);
    expect(one.findings).toEqual((await checkWorkbook([realisasi()])).findings);
    expect((await checkWorkbook([realisasi()])).entities?.length).toBeGreaterThan(0);
    const two = await checkWorkbook([realisasi(), indikator()], { entities: 'cross' });
    expect(two.entities?.length).toBeGreaterThan(0);
    // Two tables stacked on one sheet: still compared.
    const changed = KEGIATAN.map((r) => [...r] as [string, number, number]);
    changed[2][1] = 250000000;
    const stacked = { name: 'Bab', merges: [], cells: [...realisasi().cells, undefined, [{ value: 'Tabel 2' }], ...indikator(changed).cells] };
    const both = await checkWorkbook([stacked], { entities: 'cross' });
    expect(both.tables).toHaveLength(2);
    expect(both.findings.filter((f) => f.rule === 'cross.value').map((f) => f.cell)).toEqual(['G13']);
  });
});

describe('copies compared as Excel shows them', () => {
  it('2.675 stored just below 2,675 shows 2,68, as a typed 2,68 does: one figure', async () => {
    const { sameStated } = await import('../../src/engine/tolerance');
    expect(sameStated({ value: 2.675, decimals: 3, shown: 2 }, { value: 2.68, decimals: 2, shown: 2 })).toBe(true);
    expect(sameStated({ value: -2.675, decimals: 3, shown: 2 }, { value: -2.68, decimals: 2, shown: 2 })).toBe(true);
    expect(sameStated({ value: 2.675, decimals: 3, shown: 2 }, { value: 2.67, decimals: 2, shown: 2 })).toBe(false);
  });
});

describe('a figure pulled from another sheet comes from its own row there (formula.reference, probe 51)', () => {
  const tabel61 = grid(
    [
      [bold('Kode'), bold('Program / Kegiatan / Sub Kegiatan'), bold('Indikator'), bold('Satuan'), bold('Target 2025'), bold('Rp 2025')],
      ['2.07.02', 'Program Perencanaan Tenaga Kerja', 'Persentase dokumen', '%', 100, 240000000],
      ['2.07.02.2.01', 'Penyusunan Rencana Tenaga Kerja', 'Jumlah dokumen RTK', 'dokumen', 1, 240000000],
      ['2.07.02.2.01.0001', 'Penyusunan Rencana Tenaga Kerja Makro', 'Jumlah dokumen', 'dokumen', 1, 150000000],
      ['2.07.02.2.01.0002', 'Penyusunan Rencana Tenaga Kerja Mikro', 'Jumlah dokumen', 'dokumen', 1, 90000000],
      ['2.07.03', 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 'Jumlah peserta', 'orang', 300, 1200000000],
      ['2.07.03.2.01', 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 'Jumlah paket', 'paket', 10, 1200000000],
    ],
    { name: 'Tabel 6.1' },
  );
  // "2025 (Rp)": no measure word, so the copies are not compared as pagu; the formula says where each comes from.
  const rekap = (c2: [number, string]) =>
    grid(
      [
        [bold('No'), bold('Program'), bold('2025 (Rp)')],
        [1, 'Program Perencanaan Tenaga Kerja', { value: c2[0], formula: c2[1] }],
        [2, 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', { value: 1200000000, formula: "'Tabel 6.1'!F6" }],
        [null, bold('Jumlah'), { value: c2[0] + 1200000000, formula: 'SUM(C2:C3)' }],
      ],
      { name: 'Rekap' },
    );
  const said = (c2: [number, string]) =>
    analyseWorkbook([tabel61, rekap(c2)]).findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule} ${f.expected} ${f.actual}`);

  it('the row of its own name: nothing', () => {
    expect(said([240000000, "'Tabel 6.1'!F2"])).toEqual([]);
  });

  it("another row's figure (a sub kegiatan's): said at the pulling cell, naming the right one", () => {
    expect(said([150000000, "'Tabel 6.1'!F4"])).toEqual(["error Rekap!C2 formula.reference ='Tabel 6.1'!F2 ='Tabel 6.1'!F4"]);
  });

  it('a name written otherwise there (abbreviated) says nothing: no row carries it', () => {
    const abbreviated = grid(
      [
        [bold('No'), bold('Program'), bold('2025 (Rp)')],
        [1, 'Prog. Perencanaan TK', { value: 150000000, formula: "'Tabel 6.1'!F4" }],
      ],
      { name: 'Rekap' },
    );
    expect(analyseWorkbook([tabel61, abbreviated]).findings).toEqual([]);
  });
});

describe('a Rekap whose year columns say only the year and the unit ("2025 (Rp)", "2025 (Rp Juta)") compares its programs as pagu (probe 53)', () => {
  const tabel61 = grid(
    [
      [bold('Kode'), bold('Program / Kegiatan / Sub Kegiatan'), bold('Indikator'), bold('Satuan'), bold('Target 2025'), bold('Rp 2025')],
      ['2.07.02', 'Program Perencanaan Tenaga Kerja', 'Persentase dokumen', '%', 100, 240000000],
      ['2.07.02.2.01', 'Penyusunan Rencana Tenaga Kerja', 'Jumlah dokumen RTK', 'dokumen', 1, 240000000],
      ['2.07.03', 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 'Jumlah peserta', 'orang', 300, 1200000000],
      ['2.07.03.2.01', 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 'Jumlah paket', 'paket', 10, 1200000000],
      ['2.07.04', 'Program Penempatan Tenaga Kerja', 'Persentase pencari kerja ditempatkan', '%', 60, 320000000],
      ['2.07.04.2.01', 'Pelayanan Antarkerja', 'Jumlah pencari kerja ditempatkan', 'orang', 500, 320000000],
      ['2.07.05', 'Program Hubungan Industrial', 'Persentase perselisihan diselesaikan', '%', 80, 185000000],
      ['2.07.05.2.01', 'Pengembangan Hubungan Industrial', 'Jumlah perusahaan dibina', 'perusahaan', 40, 185000000],
    ],
    { name: 'Tabel 6.1' },
  );
  // (Two tables are compared where most of their shared figures agree: three of four here.)
  const rekap = (unit: string, scale: number, c4: number) =>
    grid(
      [
        [bold('No'), bold('Program'), bold(`2025 (${unit})`)],
        [1, 'Program Perencanaan Tenaga Kerja', 240000000 / scale],
        [2, 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 1200000000 / scale],
        [3, 'Program Penempatan Tenaga Kerja', c4 / scale],
        [4, 'Program Hubungan Industrial', 185000000 / scale],
        [null, bold('Jumlah'), (1625000000 + c4) / scale],
      ],
      { name: 'Rekap' },
    );
  it.each([
    ['Rp', 1],
    ['Rp Juta', 1e6],
  ])('"2025 (%s)": the same figures say nothing; one differing is said at its cell', (unit, scale) => {
    expect(analyseWorkbook([tabel61, rekap(unit, scale, 320000000)]).findings).toEqual([]);
    expect(brief(analyseWorkbook([tabel61, rekap(unit, scale, 360000000)]).findings)).toEqual(["error Rekap!C4 cross.value 'Tabel 6.1'!F6"]);
  });
});
