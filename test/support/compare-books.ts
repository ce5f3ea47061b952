/**
 * Two versions of the same workbook, for the version comparison (src/engine/compare.ts): a Renstra
 * Tabel 6.1 and its Renstra Perubahan with planted changes, and an APBD murni / perubahan pair
 * without kode. Each case (compareCases) lists every change `compareVersions` must report (and so,
 * none other): the planted ones and the sums they move (a sub kegiatan's Rp moves its kegiatan's,
 * its program's and the Jumlah row's). Shared by test/engine/compare.test.ts, test/cli/ and the bench.
 *
 * Written from the model, never from the engine: every figure is computed here (parent Rp = Σ
 * children per year, akhir periode Rp = Σ years, Jumlah = Σ programs), so both versions are
 * arithmetically right and `cermat check` finds no error in either.
 */
import type { CellInput, SheetGrid } from '../../src/engine/types';
import { C61 } from '../../bench/generate';
import type { Change } from '../../src/engine/compare';
import { bold, grid, type Lit } from './grid';

export const YEARS = [2025, 2026, 2027, 2028, 2029];

export interface Indicator {
  name: string;
  satuan: string;
  awal: number;
  /** Target per year. */
  t: number[];
}

export interface Node {
  level: 0 | 1 | 2;
  kode: string;
  name: string;
  indicators: Indicator[];
  /** Rp per year (leaves only; parents add their children). */
  rp?: number[];
  kids: Node[];
}

const ind = (name: string, satuan: string, awal: number, step: number): Indicator => ({ name, satuan, awal, t: YEARS.map((_, j) => awal + step * (j + 1)) });
const rp = (base: number, step: number): number[] => YEARS.map((_, j) => base + step * j);
const sub = (kode: string, name: string, indicators: Indicator[], r: number[]): Node => ({ level: 2, kode, name, indicators, rp: r, kids: [] });
const keg = (kode: string, name: string, indicators: Indicator[], kids: Node[]): Node => ({ level: 1, kode, name, indicators, kids });
const prog = (kode: string, name: string, indicators: Indicator[], kids: Node[]): Node => ({ level: 0, kode, name, indicators, kids });

/** The Renstra as first adopted. */
export function renstra(): Node[] {
  return [
    prog(
      '2.17.01',
      'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      [ind('Nilai SAKIP Perangkat Daerah', 'Nilai', 70, 1)],
      [
        keg(
          '2.17.01.2.01',
          'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
          [ind('Persentase dokumen perencanaan yang tepat waktu', '%', 80, 4)],
          [
            sub(
              '2.17.01.2.01.0001',
              'Penyusunan Dokumen Perencanaan Perangkat Daerah',
              [ind('Jumlah Dokumen Perencanaan Perangkat Daerah', 'Dokumen', 2, 0)],
              rp(45_000_000, 2_500_000),
            ),
            sub(
              '2.17.01.2.01.0006',
              'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
              [ind('Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 'Laporan', 4, 0)],
              rp(30_000_000, 1_500_000),
            ),
          ],
        ),
        keg(
          '2.17.01.2.02',
          'Administrasi Keuangan Perangkat Daerah',
          [ind('Persentase laporan keuangan yang disusun tepat waktu', '%', 85, 3)],
          [
            sub(
              '2.17.01.2.02.0001',
              'Penyediaan Gaji dan Tunjangan ASN',
              [ind('Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', 'Orang', 36, 1)],
              rp(2_150_000_000, 60_000_000),
            ),
          ],
        ),
        keg(
          '2.17.01.2.06',
          'Administrasi Umum Perangkat Daerah',
          [ind('Persentase terpenuhinya kebutuhan administrasi umum', '%', 90, 2)],
          [
            sub(
              '2.17.01.2.06.0002',
              'Penyediaan Peralatan dan Perlengkapan Kantor',
              [ind('Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', 'Paket', 10, 1)],
              rp(120_000_000, 5_000_000),
            ),
            sub(
              '2.17.01.2.06.0004',
              'Penyediaan Bahan Logistik Kantor',
              [ind('Jumlah Paket Bahan Logistik Kantor yang Disediakan', 'Paket', 12, 0)],
              rp(85_000_000, 4_000_000),
            ),
          ],
        ),
      ],
    ),
    prog(
      '2.17.02',
      'Program Pengawasan dan Pemeriksaan Koperasi',
      [ind('Persentase koperasi yang diawasi dan diperiksa', '%', 20, 5)],
      [
        keg(
          '2.17.02.2.01',
          'Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota',
          [ind('Jumlah koperasi yang diperiksa', 'Unit', 25, 5)],
          [
            sub(
              '2.17.02.2.01.0001',
              'Pemeriksaan dan Pengawasan Koperasi dan Usaha Simpan Pinjam',
              [ind('Jumlah Koperasi yang Diperiksa dan Diawasi', 'Unit', 25, 5)],
              rp(150_000_000, 10_000_000),
            ),
            sub(
              '2.17.02.2.01.0003',
              'Penilaian Kesehatan Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi',
              [ind('Jumlah KSP/USP Koperasi yang Dinilai Kesehatannya', 'Unit', 8, 2)],
              rp(75_000_000, 5_000_000),
            ),
          ],
        ),
      ],
    ),
    prog(
      '2.17.05',
      'Program Pemberdayaan dan Perlindungan Koperasi',
      [ind('Persentase koperasi aktif', '%', 55, 3)],
      [
        keg(
          '2.17.05.2.01',
          'Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota',
          [ind('Jumlah koperasi yang diberdayakan', 'Unit', 30, 5)],
          [
            sub(
              '2.17.05.2.01.0001',
              'Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi',
              [ind('Jumlah Anggota Koperasi yang Meningkat Kapasitasnya', 'Orang', 120, 20)],
              rp(210_000_000, 10_000_000),
            ),
          ],
        ),
        keg(
          '2.17.05.2.02',
          'Fasilitasi Sertifikasi Produk Koperasi',
          [ind('Jumlah produk koperasi yang tersertifikasi', 'Produk', 15, 5)],
          [
            sub(
              '2.17.05.2.02.0002',
              'Fasilitasi Sertifikasi Halal Produk Koperasi',
              [ind('Jumlah Produk Koperasi yang Bersertifikat Halal', 'Produk', 15, 5)],
              rp(60_000_000, 5_000_000),
            ),
          ],
        ),
      ],
    ),
  ];
}

const clone = (nodes: Node[]): Node[] => JSON.parse(JSON.stringify(nodes)) as Node[];

/**
 * The Renstra Perubahan: the same plan with seven planted changes.
 * 1. rows moved: kegiatan 2.17.01.2.06 now comes before 2.17.01.2.02;
 * 2. program 2.17.02 renamed (same kode);
 * 3. a target changed: sub kegiatan 2.17.01.2.01.0001's 2027 target 2 → 3;
 * 4. an Rp changed: sub kegiatan 2.17.05.2.01.0001's 2026 Rp 220.000.000 → 250.000.000;
 * 5. a new indicator under sub kegiatan 2.17.02.2.01.0001;
 * 6. kegiatan 2.17.05.2.02 removed (with its sub kegiatan);
 * 7. a kode changed: sub kegiatan 2.17.01.2.06.0004 is now 2.17.01.2.06.0005.
 */
export function renstraPerubahan(): Node[] {
  const p = clone(renstra());
  const [a, b, c] = p;
  a.kids = [a.kids[0], a.kids[2], a.kids[1]];
  b.name = 'Program Pengawasan, Pemeriksaan dan Penilaian Kesehatan Koperasi';
  a.kids[0].kids[0].indicators[0].t[2] = 3;
  c.kids[0].kids[0].rp![1] = 250_000_000;
  b.kids[0].kids[0].indicators.push(ind('Persentase koperasi yang sehat', '%', 40, 5));
  c.kids = [c.kids[0]];
  a.kids[1].kids[1].kode = '2.17.01.2.06.0005';
  return p;
}

const COLS = C61.count;
/** Columns of the table: T-C.27's, as the bench writes them. */
export const C = C61;

function rpOf(n: Node): number[] {
  if (n.rp) return n.rp;
  return YEARS.map((_, j) => n.kids.reduce((s, k) => s + rpOf(k)[j], 0));
}

/** Tabel 6.1 on one sheet: titles, a three-row merged header with the column-number row, the body, Jumlah. */
export function tabel61(nodes: Node[], name = 'Tabel 6.1'): SheetGrid {
  const rows: Lit[][] = [];
  const merges: string[] = [];
  const A = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
  const head = (r: number, c: number, text: string, r1 = r, c1 = c) => {
    (rows[r] ??= [])[c] = bold(text);
    if (r1 > r || c1 > c) merges.push(`${A(r, c)}:${A(r1, c1)}`);
  };
  rows.push([bold('Tabel 6.1')], [bold('Rencana Program, Kegiatan, dan Pendanaan Dinas Koperasi dan UKM Kabupaten Contoh')], []);
  const h = rows.length;
  rows.push([], [], []);
  [
    'Tujuan',
    'Sasaran',
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Indikator Kinerja Program (Outcome), Kegiatan dan Sub Kegiatan (Output)',
    'Satuan',
    'Kondisi Kinerja Awal (2024)',
  ].forEach((t, i) => head(h, i, t, h + 2, i));
  head(h, 7, 'Target Kinerja Program dan Kerangka Pendanaan', h, 16);
  YEARS.forEach((y, j) => {
    head(h + 1, C.year(j), `Tahun ${y}`, h + 1, C.rp(j));
    head(h + 2, C.year(j), 'Target');
    head(h + 2, C.rp(j), 'Rp');
  });
  head(h, C.akhirT, 'Kondisi Kinerja pada Akhir Periode Renstra', h + 1, C.akhirRp);
  head(h + 2, C.akhirT, 'Target');
  head(h + 2, C.akhirRp, 'Rp');
  head(h, C.unit, 'Unit Kerja Penanggung Jawab', h + 2, C.unit);
  head(h, C.lokasi, 'Lokasi', h + 2, C.lokasi);
  rows.push(Array.from({ length: COLS }, (_, i) => String(i + 1)));
  const cell = (v: number): CellInput => ({ value: v, numFmt: Number.isInteger(v) ? '#,##0' : '#,##0.00' });
  const emit = (n: Node, first: boolean) => {
    const money = rpOf(n);
    n.indicators.forEach((line, i) => {
      const row: Lit[] = new Array(COLS).fill(null);
      if (i === 0) {
        if (first) {
          row[C.tujuan] = 'Meningkatnya kualitas tata kelola pemerintahan';
          row[C.sasaran] = 'Meningkatnya akuntabilitas kinerja Dinas';
        }
        row[C.kode] = n.kode;
        row[C.name] = n.level === 0 ? { value: n.name, bold: true } : { value: n.name, indent: n.level };
        YEARS.forEach((_, j) => (row[C.rp(j)] = cell(money[j])));
        row[C.akhirRp] = cell(money.reduce((s, x) => s + x, 0));
      }
      row[C.ind] = line.name;
      row[C.sat] = line.satuan;
      row[C.awal] = cell(line.awal);
      YEARS.forEach((_, j) => (row[C.year(j)] = cell(line.t[j])));
      row[C.akhirT] = cell(line.t[YEARS.length - 1]);
      row[C.unit] = 'Dinas Koperasi dan UKM';
      row[C.lokasi] = 'Kabupaten Contoh';
      rows.push(row);
    });
    n.kids.forEach((k) => emit(k, false));
  };
  nodes.forEach((n, i) => emit(n, i === 0));
  const total = YEARS.map((_, j) => nodes.reduce((s, n) => s + rpOf(n)[j], 0));
  const jr: Lit[] = new Array(COLS).fill(null);
  jr[C.name] = bold('Jumlah');
  YEARS.forEach((_, j) => (jr[C.rp(j)] = { ...cell(total[j]), bold: true }));
  jr[C.akhirRp] = { ...cell(total.reduce((s, x) => s + x, 0)), bold: true };
  rows.push(jr);
  return grid(rows, { name, merges });
}

/** An APBD budget line without kode: a program (Roman numeral) or a kegiatan (number) and its pagu. */
export type ApbdLine = [program: string, kegiatan: [name: string, pagu: number][]];

/** APBD murni: three programs; "Rapat Koordinasi dan Konsultasi" under two of them (told apart by the parent). */
export function apbdMurni(): ApbdLine[] {
  return [
    [
      'Program Pelayanan Administrasi Perkantoran',
      [
        ['Penyediaan Jasa Surat Menyurat', 120_000_000],
        ['Penyediaan Alat Tulis Kantor', 85_000_000],
        ['Pemeliharaan Rutin Gedung Kantor', 240_000_000],
        ['Rapat Koordinasi dan Konsultasi', 60_000_000],
      ],
    ],
    [
      'Program Peningkatan Sarana dan Prasarana Aparatur',
      [
        ['Pengadaan Kendaraan Dinas/Operasional', 450_000_000],
        ['Pemeliharaan Rutin/Berkala Kendaraan Dinas', 95_000_000],
      ],
    ],
    [
      'Program Peningkatan Kapasitas Sumber Daya Aparatur',
      [
        ['Pendidikan dan Pelatihan Formal', 150_000_000],
        ['Rapat Koordinasi dan Konsultasi', 40_000_000],
      ],
    ],
  ];
}

/**
 * APBD perubahan, three planted changes:
 * 1. a pagu changed: Pemeliharaan Rutin Gedung Kantor 240.000.000 → 275.000.000;
 * 2. a kegiatan added under the first program: Penyediaan Makanan dan Minuman 35.000.000;
 * 3. rows moved: the two kegiatan of the second program swap places.
 * The first program's pagu and the Jumlah move with 1 and 2; the second program's does not.
 */
export function apbdPerubahan(): ApbdLine[] {
  const p = apbdMurni().map(([n, k]) => [n, k.map((x) => [...x])] as ApbdLine);
  p[0][1][2][1] = 275_000_000;
  p[0][1].push(['Penyediaan Makanan dan Minuman', 35_000_000]);
  p[1][1].reverse();
  return p;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** The APBD table: No, Program / Kegiatan, Pagu (Rp); programs numbered I, II …, kegiatan 1, 2 …; a Jumlah row. */
export function apbd(lines: ApbdLine[], title: string, name = 'APBD'): SheetGrid {
  const money = (v: number): CellInput => ({ value: v, numFmt: '#,##0' });
  const rows: Lit[][] = [[bold(title)], [], [bold('No'), bold('Program / Kegiatan'), bold('Pagu (Rp)')]];
  lines.forEach(([program, kegiatan], i) => {
    rows.push([bold(ROMAN[i]), bold(program), { ...money(kegiatan.reduce((s, k) => s + k[1], 0)), bold: true }]);
    kegiatan.forEach(([k, v], j) => rows.push([j + 1, k, money(v)]));
  });
  rows.push([null, bold('Jumlah'), { ...money(lines.reduce((s, [, k]) => s + k.reduce((t, x) => t + x[1], 0), 0)), bold: true }]);
  return grid(rows, { name });
}

/** A change in one line, for pinning: kind, entity (kode or label), figure, old cell → new cell. */
export function changeLine(c: Change): string {
  const figure = c.measure ? ` ${c.measure}${c.year ?? ''}` : '';
  return `${c.kind} ${c.kode ?? c.label}${figure} ${c.old?.cell ?? '-'}→${c.new?.cell ?? '-'}`.trim();
}

export interface CompareCase {
  name: string;
  old: SheetGrid[];
  new: SheetGrid[];
  /** Every change expected, as changeLine gives it, in the report's order. */
  changes: string[];
}

const years = (what: string, kode: string, cells: [string, string][]) => cells.map(([o, n], j) => `value ${kode} ${what}${YEARS[j]} ${o}→${n}`);

export function compareCases(): CompareCase[] {
  return [
    {
      name: 'Renstra and Renstra Perubahan',
      old: [tabel61(renstra())],
      new: [tabel61(renstraPerubahan())],
      changes: [
        'value 2.17.01.2.01.0001 target2027 L10→L10',
        'kode 2.17.01.2.06.0005 D16→D14',
        // Two kegiatan swapped: one move, of the one found out of order (the other keeps the old order).
        'moved 2.17.01.2.02 D12→D15',
        'renamed 2.17.02 D17→D17',
        'indicatorAdded 2.17.02.2.01.0001 -→E20',
        // The kegiatan removed lowers its program every year; the 2026 Rp changed raises it.
        ...years('plan', '2.17.05', [
          ['I21', 'I22'],
          ['K21', 'K22'],
          ['M21', 'M22'],
          ['O21', 'O22'],
          ['Q21', 'Q22'],
        ]),
        'value 2.17.05.2.01 plan2026 K22→K23',
        'value 2.17.05.2.01.0001 plan2026 K23→K24',
        'removed 2.17.05.2.02 D24→-',
        'removed 2.17.05.2.02.0002 D25→-',
        // The table's total, named by its row and its table.
        ...years('plan', 'Jumlah — Tabel 6.1', [
          ['I26', 'I25'],
          ['K26', 'K25'],
          ['M26', 'M25'],
          ['O26', 'O25'],
          ['Q26', 'Q25'],
        ]),
      ],
    },
    {
      name: 'APBD murni and perubahan, no kode',
      old: [apbd(apbdMurni(), 'APBD Murni Tahun 2025')],
      new: [apbd(apbdPerubahan(), 'APBD Perubahan Tahun 2025')],
      changes: [
        // The year is the title's: the table names it there alone.
        'value Program Pelayanan Administrasi Perkantoran plan2025 C4→C4',
        'value Pemeliharaan Rutin Gedung Kantor plan2025 C7→C7',
        'added Penyediaan Makanan dan Minuman -→B9',
        'moved Pengadaan Kendaraan Dinas/Operasional B10→B12',
        'value Jumlah — APBD Perubahan Tahun 2025 plan2025 C15→C16',
      ],
    },
  ];
}

/** Staff counts of two units (Tabel 2.1): no figure with a calendar year, so nothing pairs across versions. */
export function staffCounts(laki: number): SheetGrid {
  return {
    name: 'Tabel 2.1',
    cells: [
      [{ value: 'No' }, { value: 'Unit Kerja' }, { value: 'Laki-laki' }, { value: 'Perempuan' }, { value: 'Jumlah' }],
      [{ value: 1 }, { value: 'Sekretariat' }, { value: laki }, { value: 11 }, { value: laki + 11 }],
      [{ value: 2 }, { value: 'Bidang Koperasi' }, { value: 9 }, { value: 12 }, { value: 21 }],
      [undefined, { value: 'Jumlah', bold: true }, { value: laki + 9 }, { value: 23 }, { value: laki + 32 }],
    ],
    merges: [],
  };
}
