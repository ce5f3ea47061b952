/**
 * Builds samples/renstra-contoh.xlsx: the Renstra workbook of a fictional Dinas, with a few
 * realistic mistakes planted on purpose, and samples/README.md listing them.
 *
 *   npx tsx samples/make-sample.ts
 *
 * Values are computed here (sums, ratios, growth) and then the plants overwrite single cells,
 * so every cell not in the list is arithmetically right.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbook, type Borders, type Cell, type Worksheet } from 'exceljs';
import { tabel61Fixed } from '../bench/generate';

const DINAS = 'Dinas Perindustrian dan Perdagangan Kabupaten Contoh';
const OUT = path.join(__dirname, 'renstra-contoh.xlsx');
const README = path.join(__dirname, 'README.md');

type V = number | string | null;

interface Plant {
  sheet: string;
  cell: string;
  what: string;
  kind: 'error' | 'secondary' | 'text' | 'fill' | 'ok';
}
const plants: Plant[] = [];

// ---------------------------------------------------------------- styling helpers

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const INT = '#,##0';
const DEC = '#,##0.00';

function colLetter(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const addr = (r: number, c: number) => `${colLetter(c)}${r}`;

function put(ws: Worksheet, r: number, c: number, v: V, fmt?: string): Cell {
  const cell = ws.getCell(r, c);
  cell.value = v;
  if (fmt && typeof v === 'number') cell.numFmt = fmt;
  return cell;
}

function title(ws: Worksheet, r: number, lines: string[]): number {
  lines.forEach((t, i) => {
    const c = put(ws, r + i, 1, t);
    c.font = { bold: true };
  });
  return r + lines.length;
}

function headerCell(ws: Worksheet, r: number, c: number, v: V) {
  const cell = put(ws, r, c, v);
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  return cell;
}

function boxAll(ws: Worksheet, r0: number, c0: number, r1: number, c1: number) {
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) ws.getCell(r, c).border = THIN;
}

/** Column-number row 1 2 3 … n, italic and centred as printed in the documents. */
function numberRow(ws: Worksheet, r: number, c0: number, n: number) {
  for (let i = 0; i < n; i++) {
    const cell = put(ws, r, c0 + i, String(i + 1));
    cell.alignment = { horizontal: 'center' };
    cell.font = { italic: true };
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Overwrites one cell with a wrong or differently stored value and records why. */
function plant(ws: Worksheet, r: number, c: number, v: V, what: string, kind: Plant['kind'], fmt?: string) {
  const cell = ws.getCell(r, c);
  cell.value = v;
  if (fmt) cell.numFmt = fmt;
  plants.push({ sheet: ws.name, cell: addr(r, c), what, kind });
}

const idNum = (x: number, d = 0) => x.toLocaleString('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d }); // de-DE groups like id-ID: 1.250.000,00

// ---------------------------------------------------------------- Bab II

function babII(wb: Workbook) {
  const ws = wb.addWorksheet('Bab II');
  ws.columns = [{ width: 6 }, { width: 46 }, ...Array.from({ length: 15 }, () => ({ width: 11 }))];
  let r = 1;

  // Tabel 2.1: pegawai by golongan, Laki-laki + Perempuan = Jumlah, with a Jumlah row.
  r = title(ws, r, ['Tabel 2.1', `Jumlah Pegawai ${DINAS} Menurut Golongan`, 'Per 31 Desember 2023']) + 1;
  const h1 = r;
  ['No', 'Golongan', 'Laki-laki', 'Perempuan', 'Jumlah'].forEach((h, i) => headerCell(ws, h1, i + 1, h));
  const gol: [string, number, number][] = [
    ['Golongan IV', 3, 2],
    ['Golongan III', 14, 17],
    ['Golongan II', 6, 4],
    ['Golongan I', 1, 0],
    ['PPPK', 3, 5],
  ];
  r = h1 + 1;
  gol.forEach(([g, l, p], i) => {
    put(ws, r, 1, i + 1);
    put(ws, r, 2, g);
    put(ws, r, 3, l, INT);
    put(ws, r, 4, p, INT);
    put(ws, r, 5, l + p, INT);
    r++;
  });
  put(ws, r, 2, 'Jumlah').font = { bold: true };
  put(ws, r, 3, sum(gol.map((g) => g[1])), INT).font = { bold: true };
  put(ws, r, 4, sum(gol.map((g) => g[2])), INT).font = { bold: true };
  put(ws, r, 5, sum(gol.map((g) => g[1] + g[2])), INT).font = { bold: true };
  boxAll(ws, h1, 1, r, 5);
  r++;
  put(ws, r, 1, 'Sumber : Subbagian Umum dan Kepegawaian, 2023');
  r += 3;

  // Tabel 2.2: sarana prasarana, Baik + Rusak Ringan + Rusak Berat = Total.
  r = title(ws, r, ['Tabel 2.2', `Sarana dan Prasarana ${DINAS}`, 'Keadaan Tahun 2023']) + 1;
  const h2 = r;
  headerCell(ws, h2, 1, 'No');
  headerCell(ws, h2, 2, 'Jenis Sarana dan Prasarana');
  headerCell(ws, h2, 3, 'Satuan');
  headerCell(ws, h2, 4, 'Kondisi');
  headerCell(ws, h2, 7, 'Total');
  ['Baik', 'Rusak Ringan', 'Rusak Berat'].forEach((h, i) => headerCell(ws, h2 + 1, 4 + i, h));
  ws.mergeCells(h2, 1, h2 + 1, 1);
  ws.mergeCells(h2, 2, h2 + 1, 2);
  ws.mergeCells(h2, 3, h2 + 1, 3);
  ws.mergeCells(h2, 4, h2, 6);
  ws.mergeCells(h2, 7, h2 + 1, 7);
  const sarana: [string, string, number, number, number][] = [
    ['Gedung Kantor', 'Unit', 1, 1, 0],
    ['Kendaraan Dinas Roda 4', 'Unit', 3, 1, 1],
    ['Kendaraan Dinas Roda 2', 'Unit', 12, 4, 2],
    ['Komputer PC', 'Unit', 18, 5, 3],
    ['Laptop', 'Unit', 14, 3, 1],
    ['Printer', 'Unit', 10, 4, 2],
    ['Meja Kerja', 'Buah', 48, 6, 2],
    ['Kursi Kerja', 'Buah', 52, 9, 4],
    ['Lemari Arsip', 'Buah', 15, 2, 1],
    ['AC Split', 'Unit', 9, 3, 1],
  ];
  r = h2 + 2;
  let laptopRow = 0;
  sarana.forEach(([name, sat, b, rr, rb], i) => {
    put(ws, r, 1, i + 1);
    put(ws, r, 2, name);
    put(ws, r, 3, sat);
    put(ws, r, 4, b, INT);
    put(ws, r, 5, rr, INT);
    put(ws, r, 6, rb, INT);
    put(ws, r, 7, b + rr + rb, INT);
    if (name === 'Laptop') laptopRow = r;
    r++;
  });
  boxAll(ws, h2, 1, r - 1, 7);
  plant(ws, laptopRow, 7, 17, 'Total Laptop 17, tetapi Baik + Rusak Ringan + Rusak Berat = 14 + 3 + 1 = 18', 'error', INT);
  put(ws, r, 1, 'Sumber : Kartu Inventaris Barang (KIB) Dinas, 2023');
  r += 3;

  // Tabel 2.3: pencapaian kinerja pelayanan (kinerja), target / realisasi / rasio per year.
  r = title(ws, r, ['Tabel 2.3', `Pencapaian Kinerja Pelayanan ${DINAS}`, 'Tahun 2019 – 2023']) + 1;
  const years = [2019, 2020, 2021, 2022, 2023];
  const h3 = r;
  headerCell(ws, h3, 1, 'No');
  headerCell(ws, h3, 2, 'Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah');
  headerCell(ws, h3, 3, 'Target Renstra Perangkat Daerah Tahun Ke-');
  headerCell(ws, h3, 8, 'Realisasi Capaian Tahun Ke-');
  headerCell(ws, h3, 13, 'Rasio Capaian pada Tahun Ke-');
  ws.mergeCells(h3, 1, h3 + 1, 1);
  ws.mergeCells(h3, 2, h3 + 1, 2);
  ws.mergeCells(h3, 3, h3, 7);
  ws.mergeCells(h3, 8, h3, 12);
  ws.mergeCells(h3, 13, h3, 17);
  for (let g = 0; g < 3; g++) years.forEach((y, i) => headerCell(ws, h3 + 1, 3 + g * 5 + i, String(y)));
  numberRow(ws, h3 + 2, 1, 17);
  const kinerja: { name: string; t: number[]; real: number[]; lower?: boolean }[] = [
    { name: 'Persentase IKM yang naik kelas (%)', t: [19, 21, 23, 25, 27], real: [18, 21.4, 22.1, 25.6, 27.3] },
    { name: 'Jumlah wirausaha industri baru (unit usaha)', t: [40, 45, 50, 55, 60], real: [42, 44, 51, 50, 63] },
    { name: 'Persentase pasar rakyat dalam kondisi baik (%)', t: [60, 65, 70, 75, 80], real: [58.33, 66.67, 70.83, 75, 79.17] },
    { name: 'Persentase kasus pelanggaran tertib niaga (%)', t: [12, 11, 10, 9, 8], real: [11.5, 11.8, 9.2, 9.4, 7.6], lower: true },
    { name: 'Nilai ekspor produk IKM (Miliar Rp)', t: [12.5, 13, 14, 15, 16], real: [11.8, 13.4, 14.6, 14.2, 16.8] },
  ];
  r = h3 + 3;
  const kRows: number[] = [];
  kinerja.forEach((k, i) => {
    put(ws, r, 1, i + 1);
    put(ws, r, 2, k.name);
    years.forEach((_, j) => {
      put(ws, r, 3 + j, k.t[j], Number.isInteger(k.t[j]) ? INT : DEC);
      put(ws, r, 8 + j, k.real[j], Number.isInteger(k.real[j]) ? INT : DEC);
      // 2023 (the last column) is left empty: the rasio had not been computed when the draft was made.
      if (j < 4) {
        const ratio = k.lower ? ((2 * k.t[j] - k.real[j]) / k.t[j]) * 100 : (k.real[j] / k.t[j]) * 100;
        put(ws, r, 13 + j, round2(ratio), DEC);
      }
    });
    kRows.push(r);
    r++;
  });
  boxAll(ws, h3, 1, r - 1, 17);
  plant(ws, kRows[0], 13, '94,74', 'rasio 2019 disimpan sebagai teks gaya Indonesia "94,74" (18 / 19 × 100 = 94,74: nilainya benar)', 'text');
  plant(ws, kRows[0], 9, '21,4', 'realisasi 2020 disimpan sebagai teks "21,4"', 'text');
  plant(
    ws,
    kRows[1],
    16,
    96.36,
    'rasio 2022 96,36 tidak cocok dengan rumus mana pun: realisasi / target = 50 / 55 × 100 = 90,91 (target / realisasi: 110,00; (2T − R) / T: 109,09)',
    'error',
    DEC,
  );
  plants.push({
    sheet: ws.name,
    cell: `${addr(kRows[3], 13)}:${addr(kRows[3], 16)}`,
    what: 'indikator "kasus pelanggaran" (makin kecil makin baik), rasio dihitung dengan (2 × target − realisasi) / target × 100: BUKAN kesalahan',
    kind: 'ok',
  });
  plants.push({
    sheet: ws.name,
    cell: `${addr(kRows[0], 17)}:${addr(kRows[kRows.length - 1], 17)}`,
    what: 'kolom Rasio Capaian 2023 kosong: `cermat fill` mengisinya dengan rumus (mis. Q' + kRows[0] + ' = 27,3 / 27 × 100 = 101,11)',
    kind: 'fill',
  });
  put(ws, r, 1, 'Sumber : Hasil Analisis Dinas Perindustrian dan Perdagangan, 2024');
}

// ---------------------------------------------------------------- Tabel 2.9 (anggaran)

function tabel29(wb: Workbook) {
  const ws = wb.addWorksheet('Tabel 2.9');
  ws.columns = [{ width: 52 }, ...Array.from({ length: 17 }, () => ({ width: 15 }))];
  const years = [2019, 2020, 2021, 2022, 2023];
  let r = title(ws, 1, ['Tabel 2.9', `Anggaran dan Realisasi Pendanaan Pelayanan ${DINAS}`, 'Tahun 2019 – 2023']) + 1;
  const h = r;
  headerCell(ws, h, 1, 'Uraian');
  headerCell(ws, h, 2, 'Anggaran pada Tahun Ke-');
  headerCell(ws, h, 7, 'Realisasi Anggaran pada Tahun Ke-');
  headerCell(ws, h, 12, 'Rasio antara Realisasi dan Anggaran Tahun Ke-');
  headerCell(ws, h, 17, 'Rata-rata Pertumbuhan');
  ws.mergeCells(h, 1, h + 1, 1);
  ws.mergeCells(h, 2, h, 6);
  ws.mergeCells(h, 7, h, 11);
  ws.mergeCells(h, 12, h, 16);
  ws.mergeCells(h, 17, h, 18);
  for (let g = 0; g < 3; g++) years.forEach((y, i) => headerCell(ws, h + 1, 2 + g * 5 + i, String(y)));
  headerCell(ws, h + 1, 17, 'Anggaran');
  headerCell(ws, h + 1, 18, 'Realisasi');
  numberRow(ws, h + 2, 1, 18);

  // Anggaran per kegiatan per year (Rp) and the share spent.
  const programs: { name: string; kegiatan: { name: string; a: number[]; spent: number[] }[] }[] = [
    {
      name: 'Program Pelayanan Administrasi Perkantoran',
      kegiatan: [
        {
          name: 'Penyediaan Jasa Administrasi Perkantoran',
          a: [1_150_000_000, 1_185_000_000, 1_250_000_000, 1_310_000_000, 1_342_500_000],
          spent: [0.962, 0.948, 0.971, 0.955, 0.978],
        },
        {
          name: 'Penyediaan Alat Tulis Kantor dan Barang Cetakan',
          a: [92_000_000, 85_500_000, 88_000_000, 95_250_000, 97_000_000],
          spent: [0.991, 0.875, 0.934, 0.968, 0.982],
        },
        {
          name: 'Penyediaan Makanan dan Minuman Rapat',
          a: [64_000_000, 38_000_000, 45_000_000, 60_000_000, 62_500_000],
          spent: [0.944, 0.812, 0.9, 0.951, 0.967],
        },
      ],
    },
    {
      name: 'Program Peningkatan Kapasitas Daya Saing Industri Kecil dan Menengah',
      kegiatan: [
        {
          name: 'Pelatihan Keterampilan Teknis Produksi bagi IKM',
          a: [310_000_000, 225_000_000, 280_000_000, 342_000_000, 365_000_000],
          spent: [0.973, 0.86, 0.941, 0.958, 0.969],
        },
        {
          name: 'Fasilitasi Sertifikasi Halal dan Pendaftaran Merek IKM',
          a: [145_000_000, 120_000_000, 150_000_000, 176_500_000, 190_000_000],
          spent: [0.928, 0.9, 0.952, 0.947, 0.985],
        },
      ],
    },
    {
      name: 'Program Peningkatan Sarana Distribusi Perdagangan',
      kegiatan: [
        {
          name: 'Revitalisasi Pasar Rakyat',
          a: [2_450_000_000, 1_100_000_000, 1_875_000_000, 2_200_000_000, 2_640_000_000],
          spent: [0.957, 0.921, 0.966, 0.943, 0.959],
        },
        {
          name: 'Pelayanan Tera dan Tera Ulang Alat UTTP',
          a: [118_000_000, 96_000_000, 104_500_000, 121_000_000, 128_750_000],
          spent: [0.985, 0.893, 0.962, 0.976, 0.991],
        },
      ],
    },
  ];
  const growth = (xs: number[]) => round2(sum(xs.slice(1).map((x, i) => ((x - xs[i]) / xs[i]) * 100)) / (xs.length - 1));
  r = h + 3;
  const totA = [0, 0, 0, 0, 0];
  const totR = [0, 0, 0, 0, 0];
  const ratioRows: number[] = [];
  let admRow = 0;
  let revRow = 0;
  for (const p of programs) {
    put(ws, r, 1, p.name).font = { bold: true };
    r++;
    for (const k of p.kegiatan) {
      const real = k.a.map((a, j) => Math.round((a * k.spent[j]) / 1000) * 1000);
      put(ws, r, 1, k.name).alignment = { indent: 1 };
      years.forEach((_, j) => {
        put(ws, r, 2 + j, k.a[j], INT);
        put(ws, r, 7 + j, real[j], INT);
        put(ws, r, 12 + j, round2((real[j] / k.a[j]) * 100), DEC);
        totA[j] += k.a[j];
        totR[j] += real[j];
      });
      put(ws, r, 17, growth(k.a), DEC);
      put(ws, r, 18, growth(real), DEC);
      if (k.name.startsWith('Penyediaan Jasa')) admRow = r;
      if (k.name.startsWith('Revitalisasi')) revRow = r;
      ratioRows.push(r);
      r++;
    }
  }
  const jr = r;
  put(ws, jr, 1, 'Jumlah').font = { bold: true };
  years.forEach((_, j) => {
    put(ws, jr, 2 + j, totA[j], INT).font = { bold: true };
    put(ws, jr, 7 + j, totR[j], INT).font = { bold: true };
  });
  put(ws, jr, 17, growth(totA), DEC).font = { bold: true };
  put(ws, jr, 18, growth(totR), DEC).font = { bold: true };
  boxAll(ws, h, 1, jr, 18);
  put(ws, jr + 1, 1, 'Sumber : Laporan Realisasi Anggaran (LRA) Dinas, 2019 – 2023');

  // The Jumlah row's rasio adds the rasio above (a SUM dragged across), instead of Σ realisasi / Σ anggaran.
  years.forEach((y, j) => {
    const added = round2(sum(ratioRows.map((rr) => Number(ws.getCell(rr, 12 + j).value))));
    const right = round2((totR[j] / totA[j]) * 100);
    plant(
      ws,
      jr,
      12 + j,
      added,
      `rasio Jumlah ${y} = ${idNum(added, 2)} (penjumlahan persentase di atasnya); seharusnya Σ realisasi / Σ anggaran × 100 = ${idNum(right, 2)}`,
      'error',
      DEC,
    );
    ws.getCell(jr, 12 + j).font = { bold: true };
  });
  plant(ws, admRow, 4, '1.250.000.000', 'anggaran 2021 disimpan sebagai teks gaya Indonesia "1.250.000.000" (nilainya benar)', 'text');
  const revReal = Number(ws.getCell(revRow, 9).value);
  plant(ws, revRow, 9, idNum(revReal), `realisasi 2021 disimpan sebagai teks "${idNum(revReal)}" (nilainya benar)`, 'text');
}

// ---------------------------------------------------------------- Tabel 6.1 (rencana)

interface Sub {
  kode: string;
  name: string;
  lines: { ind: string; sat: string; awal: number; t: number[] }[];
  rp: number[];
}
interface Keg {
  kode: string;
  name: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  subs: Sub[];
}
interface Prog {
  kode: string;
  name: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  unit: string;
  kegiatan: Keg[];
  tujuan?: string;
  sasaran?: string;
}

function tabel61(wb: Workbook) {
  const ws = wb.addWorksheet('Tabel 6.1');
  ws.columns = [
    { width: 26 },
    { width: 26 },
    { width: 19 },
    { width: 44 },
    { width: 40 },
    { width: 10 },
    { width: 11 },
    ...Array.from({ length: 12 }, (_, i) => ({ width: i % 2 ? 16 : 9 })),
    { width: 22 },
    { width: 16 },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  let r = title(ws, 1, ['Tabel 6.1', `Rencana Program, Kegiatan, dan Pendanaan ${DINAS}`, 'Tahun 2025 – 2029']) + 1;
  const h = r;
  tabel61Fixed(years[0] - 1).forEach((t, i) => {
    headerCell(ws, h, i + 1, t);
    ws.mergeCells(h, i + 1, h + 2, i + 1);
  });
  headerCell(ws, h, 8, 'Target Kinerja Program dan Kerangka Pendanaan');
  ws.mergeCells(h, 8, h, 17);
  years.forEach((y, i) => {
    headerCell(ws, h + 1, 8 + 2 * i, `Tahun Ke-${i + 1} (${y})`);
    ws.mergeCells(h + 1, 8 + 2 * i, h + 1, 9 + 2 * i);
    headerCell(ws, h + 2, 8 + 2 * i, 'Target');
    headerCell(ws, h + 2, 9 + 2 * i, 'Rp');
  });
  headerCell(ws, h, 18, 'Kondisi Kinerja pada Akhir Periode Renstra');
  ws.mergeCells(h, 18, h + 1, 19);
  headerCell(ws, h + 2, 18, 'Target');
  headerCell(ws, h + 2, 19, 'Rp');
  headerCell(ws, h, 20, 'Unit Kerja Perangkat Daerah Penanggung Jawab');
  ws.mergeCells(h, 20, h + 2, 20);
  headerCell(ws, h, 21, 'Lokasi');
  ws.mergeCells(h, 21, h + 2, 21);
  numberRow(ws, h + 3, 1, 21);

  const programs: Prog[] = [
    {
      tujuan: 'Meningkatnya kontribusi sektor industri terhadap perekonomian daerah',
      sasaran: 'Meningkatnya daya saing industri kecil dan menengah',
      kode: '3.31.02',
      name: 'Program Perencanaan dan Pembangunan Industri',
      ind: 'Persentase IKM yang naik kelas',
      sat: '%',
      awal: 27.3,
      t: [28, 29, 30, 31, 32],
      unit: 'Bidang Perindustrian',
      kegiatan: [
        {
          kode: '3.31.02.2.01',
          name: 'Penyusunan, Penerapan, dan Evaluasi Rencana Pembangunan Industri Kabupaten',
          ind: 'Jumlah dokumen rencana pembangunan industri yang dievaluasi',
          sat: 'Dokumen',
          awal: 1,
          t: [1, 1, 1, 1, 1],
          subs: [
            {
              kode: '3.31.02.2.01.0001',
              name: 'Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sumber Daya Industri',
              lines: [{ ind: 'Jumlah IKM yang mengikuti pelatihan teknis', sat: 'Unit Usaha', awal: 120, t: [125, 130, 135, 140, 145] }],
              rp: [235_000_000, 245_000_000, 252_000_000, 258_500_000, 263_500_000],
            },
            {
              kode: '3.31.02.2.01.0002',
              name: 'Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri dan Peran Serta Masyarakat',
              lines: [
                { ind: 'Jumlah IKM yang difasilitasi sertifikasi halal', sat: 'Unit Usaha', awal: 40, t: [45, 50, 55, 60, 65] },
                { ind: 'Jumlah IKM yang difasilitasi pendaftaran merek', sat: 'Unit Usaha', awal: 25, t: [30, 32, 35, 38, 40] },
              ],
              rp: [190_000_000, 198_500_000, 205_000_000, 212_000_000, 220_000_000],
            },
          ],
        },
      ],
    },
    {
      kode: '3.30.03',
      name: 'Program Peningkatan Sarana Distribusi Perdagangan',
      ind: 'Persentase pasar rakyat dalam kondisi baik',
      sat: '%',
      awal: 79.17,
      t: [80, 82, 84, 86, 88],
      unit: 'Bidang Perdagangan',
      sasaran: 'Meningkatnya kelancaran distribusi barang kebutuhan pokok',
      kegiatan: [
        {
          kode: '3.30.03.2.01',
          name: 'Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan',
          ind: 'Jumlah pasar rakyat yang direvitalisasi',
          sat: 'Pasar',
          awal: 1,
          t: [1, 1, 2, 1, 1],
          subs: [
            {
              kode: '3.30.03.2.01.0001',
              name: 'Pembangunan Sarana Distribusi Perdagangan',
              lines: [{ ind: 'Jumlah pasar rakyat yang dibangun atau direvitalisasi', sat: 'Unit', awal: 1, t: [1, 1, 2, 1, 1] }],
              rp: [1_750_000_000, 1_250_000_000, 2_400_000_000, 1_500_000_000, 1_650_000_000],
            },
            {
              kode: '3.30.03.2.01.0004',
              name: 'Pengelolaan Sarana Distribusi Perdagangan',
              lines: [{ ind: 'Jumlah pasar rakyat yang dikelola', sat: 'Unit', awal: 6, t: [6, 6, 7, 7, 7] }],
              rp: [310_000_000, 325_000_000, 342_500_000, 356_000_000, 371_000_000],
            },
          ],
        },
      ],
    },
    {
      kode: '3.30.06',
      name: 'Program Standardisasi dan Perlindungan Konsumen',
      ind: 'Persentase alat UTTP yang tertera ulang',
      sat: '%',
      awal: 84.5,
      t: [86, 88, 90, 92, 94],
      unit: 'Bidang Perdagangan',
      kegiatan: [
        {
          kode: '3.30.06.2.01',
          name: 'Pelaksanaan Metrologi Legal, berupa Tera, Tera Ulang, dan Pengawasan',
          ind: 'Jumlah alat UTTP yang ditera ulang',
          sat: 'Unit',
          awal: 4_350,
          t: [4_400, 4_500, 4_600, 4_700, 4_800],
          subs: [
            {
              kode: '3.30.06.2.01.0001',
              name: 'Pelaksanaan Pelayanan Tera dan Tera Ulang',
              lines: [{ ind: 'Jumlah alat UTTP yang ditera dan ditera ulang', sat: 'Unit', awal: 4_350, t: [4_400, 4_500, 4_600, 4_700, 4_800] }],
              rp: [128_750_000, 132_000_000, 136_500_000, 141_000_000, 146_250_000],
            },
          ],
        },
      ],
    },
  ];

  const put61 = (
    row: number,
    o: { kode: string; name: string; ind: string; sat: string; awal: number; t: number[] },
    rp: number[] | null,
    level: number,
    unit: string,
    rate: boolean,
  ) => {
    put(ws, row, 3, o.kode);
    const nameCell = put(ws, row, 4, o.name);
    nameCell.alignment = { indent: level, wrapText: true };
    if (level === 0) nameCell.font = { bold: true };
    put(ws, row, 5, o.ind).alignment = { wrapText: true };
    put(ws, row, 6, o.sat);
    const fmtT = (x: number) => (Number.isInteger(x) ? INT : DEC);
    put(ws, row, 7, o.awal, fmtT(o.awal));
    years.forEach((_, j) => {
      put(ws, row, 8 + 2 * j, o.t[j], fmtT(o.t[j]));
      if (rp) put(ws, row, 9 + 2 * j, rp[j], INT);
    });
    // Akhir periode: a rate keeps the last year's target, a count adds the years; Rp adds the years.
    const akhirT = rate ? o.t[4] : sum(o.t);
    put(ws, row, 18, akhirT, fmtT(akhirT));
    if (rp) put(ws, row, 19, sum(rp), INT);
    put(ws, row, 20, unit);
    put(ws, row, 21, 'Kabupaten Contoh');
  };

  r = h + 4;
  const total = [0, 0, 0, 0, 0];
  let s1Row = 0;
  let k2Row = 0;
  let s1Rp: number[] = [];
  let k2Rp: number[] = [];
  for (const p of programs) {
    const pRp = [0, 0, 0, 0, 0];
    for (const k of p.kegiatan) for (const s of k.subs) s.rp.forEach((x, j) => (pRp[j] += x));
    if (p.tujuan) put(ws, r, 1, p.tujuan).alignment = { wrapText: true, vertical: 'top' };
    if (p.sasaran) put(ws, r, 2, p.sasaran).alignment = { wrapText: true, vertical: 'top' };
    put61(r, p, pRp, 0, p.unit, p.sat === '%');
    pRp.forEach((x, j) => (total[j] += x));
    r++;
    for (const k of p.kegiatan) {
      const kRp = [0, 0, 0, 0, 0];
      k.subs.forEach((s) => s.rp.forEach((x, j) => (kRp[j] += x)));
      put61(r, k, kRp, 1, p.unit, false);
      if (k.kode === '3.30.03.2.01') {
        k2Row = r;
        k2Rp = kRp;
      }
      r++;
      for (const s of k.subs) {
        s.lines.forEach((line, i) => {
          if (i === 0) {
            put61(r, { kode: s.kode, name: s.name, ...line }, s.rp, 2, p.unit, false);
            if (s.kode === '3.31.02.2.01.0001') {
              s1Row = r;
              s1Rp = s.rp;
            }
          } else {
            // A second indicator of the same sub kegiatan: its own line, no kode, name or Rp.
            put(ws, r, 5, line.ind).alignment = { wrapText: true };
            put(ws, r, 6, line.sat);
            put(ws, r, 7, line.awal, INT);
            years.forEach((_, j) => put(ws, r, 8 + 2 * j, line.t[j], INT));
            put(ws, r, 18, sum(line.t), INT);
          }
          r++;
        });
      }
    }
  }
  const jr = r;
  put(ws, jr, 4, 'Jumlah').font = { bold: true };
  years.forEach((_, j) => (put(ws, jr, 9 + 2 * j, total[j], INT).font = { bold: true }));
  put(ws, jr, 19, sum(total), INT).font = { bold: true };
  boxAll(ws, h, 1, jr, 21);
  put(ws, jr + 1, 1, 'Sumber : Hasil Analisis Dinas Perindustrian dan Perdagangan, 2024');

  const s1Sum = sum(s1Rp);
  plant(ws, s1Row, 19, s1Sum - 9_000_000, `Rp akhir periode ${idNum(s1Sum - 9_000_000)} bukan jumlah Rp tahun 2025–2029 (${idNum(s1Sum)})`, 'error', INT);
  const wrongK = k2Rp[2] - 100_000_000;
  plant(
    ws,
    k2Row,
    13,
    wrongK,
    `Rp kegiatan 2027 ${idNum(wrongK)} ≠ Σ sub kegiatannya ${idNum(k2Rp[2])} (program dan sub kegiatan sepakat: sel kegiatan yang salah)`,
    'error',
    INT,
  );
  // Whoever typed the wrong 2027 figure let the row's own total follow it: the row adds up, the hierarchy does not.
  ws.getCell(k2Row, 19).value = sum(k2Rp) - 100_000_000;
  plants.push({
    sheet: ws.name,
    cell: addr(k2Row, 19),
    what: `akibat dari ${addr(k2Row, 13)}: Rp akhir periode kegiatan ${idNum(sum(k2Rp) - 100_000_000)} = jumlah tahunnya, tetapi ≠ Σ sub kegiatan (${idNum(sum(k2Rp))})`,
    kind: 'secondary',
  });
  // The program rows agree with their sub kegiatan, so they disagree with the wrong kegiatan.
  plants.push({
    sheet: ws.name,
    cell: `${addr(k2Row - 1, 13)}, ${addr(k2Row - 1, 19)}`,
    what: `program ≠ Σ kegiatan karena kegiatan ${addr(k2Row, 13)} salah (program = Σ sub kegiatan)`,
    kind: 'secondary',
  });
  plants.push({
    sheet: ws.name,
    cell: addr(s1Row - 1, 19),
    what: `Rp akhir periode kegiatan ≠ Σ Rp akhir periode sub kegiatan karena ${addr(s1Row, 19)} salah`,
    kind: 'secondary',
  });
  plant(ws, k2Row + 2, 11, idNum(325_000_000), `Rp 2026 sub kegiatan disimpan sebagai teks "${idNum(325_000_000)}" (nilainya benar)`, 'text');
}

// ---------------------------------------------------------------- workbook + README

async function build() {
  const wb = new Workbook();
  wb.creator = 'Cermat (contoh)';
  wb.created = new Date(Date.UTC(2024, 0, 15));
  wb.modified = new Date(Date.UTC(2024, 0, 15));
  babII(wb);
  tabel29(wb);
  tabel61(wb);
  await wb.xlsx.writeFile(OUT);
  fs.writeFileSync(README, readme());
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)} and ${path.relative(process.cwd(), README)} (${plants.length} planted cells)\n`);
}

function readme(): string {
  const section = (kind: Plant['kind']) =>
    plants
      .filter((p) => p.kind === kind)
      .map((p) => `| ${p.sheet} | ${p.cell} | ${p.what} |`)
      .join('\n');
  return `# Contoh: renstra-contoh.xlsx

Buku kerja Renstra fiktif **${DINAS}**, dibuat oleh \`samples/make-sample.ts\`
(\`npx tsx samples/make-sample.ts\`). Bukan salinan fixture: angka, nama dan kode dibuat sendiri.

| Lembar | Isi |
|---|---|
| Bab II | Tabel 2.1 pegawai per golongan (Laki-laki + Perempuan = Jumlah, baris Jumlah); Tabel 2.2 sarana prasarana (Baik + Rusak Ringan + Rusak Berat = Total); Tabel 2.3 pencapaian kinerja pelayanan 2019–2023 (target, realisasi, rasio; judul kelompok digabung, baris tahun, baris nomor kolom) |
| Tabel 2.9 | anggaran, realisasi, rasio per tahun 2019–2023, rata-rata pertumbuhan anggaran/realisasi; baris program (judul), baris kegiatan, baris Jumlah |
| Tabel 6.1 | tujuan, sasaran, kode rekening (3.31.02 / 3.31.02.2.01 / 3.31.02.2.01.0001), program > kegiatan > sub kegiatan, indikator, satuan, kondisi awal, Target + Rp 5 tahun ("Tahun Ke-1 (2025)"), kondisi akhir periode, unit kerja, lokasi; judul kolom 3 baris + baris nomor kolom |

Semua sel yang tidak tercantum di bawah ini benar secara hitungan.

## Kesalahan yang ditanam (harus dilaporkan sebagai *error*)

| Lembar | Sel | Apa |
|---|---|---|
${section('error')}

## Temuan sekunder (akibat kesalahan di atas; boleh dilaporkan, sebaiknya sebagai peringatan yang menunjuk sel penyebabnya)

| Lembar | Sel | Apa |
|---|---|---|
${section('secondary')}

## Angka yang disimpan sebagai teks (dibaca, dilaporkan, tetapi nilainya benar)

| Lembar | Sel | Apa |
|---|---|---|
${section('text')}

## Sel kosong yang dapat diisi \`cermat fill\`

| Lembar | Sel | Apa |
|---|---|---|
${section('fill')}

Baris program di Tabel 2.9 (baris judul tanpa angka) juga kosong; mesin dapat mengusulkan jumlah kegiatannya di sana.

## Bukan kesalahan (jebakan)

| Lembar | Sel | Apa |
|---|---|---|
${section('ok')}

## Coba

\`\`\`sh
npx cermat check samples/renstra-contoh.xlsx
npx cermat check samples/renstra-contoh.xlsx --lang en --json
npx cermat check samples/renstra-contoh.xlsx --annotate out/ --report out/ringkasan.xlsx
npx cermat fill samples/renstra-contoh.xlsx -o out/renstra-terisi.xlsx
\`\`\`
`;
}

build().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exitCode = 1;
});
