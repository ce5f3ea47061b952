/**
 * Synthetic but realistic workbooks for the benchmark:
 *   - Tabel 6.1 (Rencana Program, Kegiatan dan Pendanaan, T-C.27) with N body rows,
 *   - a wide Tabel 2.9 (anggaran dan realisasi pendanaan, 10 years, ~200 rows),
 *   - a Bab II sheet with 30 small Tabel 2.x stacked vertically.
 * The layout follows samples/make-sample.ts and the published fixtures: title lines, a blank
 * row, a multi-row merged header ending in the 1 2 3 … column-number row, kode rekening
 * hierarchy, Indonesian number formats, borders, a "Sumber :" footer.
 *
 * Every value is computed, then a few cells are planted wrong (about one per 400 body rows in
 * Tabel 6.1) and recorded, so a check of the file must report exactly those.
 *
 * A workbook is first built as a plain SheetModel (also used to fill the Office.js fake for the
 * add-in benchmark) and then streamed to .xlsx with exceljs's WorkbookWriter.
 *
 *   npx tsx bench/generate.ts [outDir]        (or node dist-cli/bench/generate.js)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stream, type Borders, type Cell } from 'exceljs';

// ---------------------------------------------------------------- model

export interface CellSpec {
  v: number | string | null;
  fmt?: string;
  bold?: boolean;
  italic?: boolean;
  indent?: number;
  /** Header styling: bold, centred, wrapped, shaded. */
  head?: boolean;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** One worksheet, 0-based coordinates. */
export interface SheetModel {
  name: string;
  widths: number[];
  rows: Array<Array<CellSpec | undefined> | undefined>;
  merges: Rect[];
  /** Areas drawn with thin borders on every cell (the printed table grid). */
  boxes: Rect[];
}

export interface Plant {
  sheet: string;
  cell: string;
  /** Rule id the check must report at that cell. */
  rule: string;
  severity: 'error' | 'warning';
  what: string;
}

export interface Generated {
  sheets: SheetModel[];
  plants: Plant[];
  /** Body rows of the main table (Tabel 6.1), for per-row figures. */
  bodyRows: number;
  /** First body row (0-based) of the main table. */
  bodyTop?: number;
}

const INT = '#,##0';
const DEC = '#,##0.00';

export function colLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const a1 = (r: number, c: number) => `${colLetter(c)}${r + 1}`;

export class SheetBuilder implements SheetModel {
  rows: SheetModel['rows'] = [];
  merges: Rect[] = [];
  boxes: Rect[] = [];
  constructor(
    public name: string,
    public widths: number[],
  ) {}

  put(r: number, c: number, v: CellSpec['v'], style: Omit<CellSpec, 'v'> = {}): CellSpec {
    const row = (this.rows[r] ??= []);
    const cell: CellSpec = { v, ...style };
    row[c] = cell;
    return cell;
  }
  get(r: number, c: number): CellSpec | undefined {
    return this.rows[r]?.[c];
  }
  head(r: number, c: number, v: string, r1 = r, c1 = c): void {
    this.put(r, c, v, { head: true });
    if (r1 > r || c1 > c) this.merges.push({ r0: r, c0: c, r1, c1 });
  }
  /** Column-number row 1 2 3 … n, stored as text as when pasted from Word. */
  numberRow(r: number, c0: number, n: number): void {
    for (let i = 0; i < n; i++) this.put(r, c0 + i, String(i + 1), { italic: true });
  }
  title(r: number, lines: string[]): number {
    lines.forEach((t, i) => this.put(r + i, 0, t, { bold: true }));
    return r + lines.length;
  }
}

// ---------------------------------------------------------------- deterministic randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Indonesian grouping (1.250.000,00); de-DE groups the same way and is always present in Node's ICU. */
export const idNum = (x: number, d = 0) => x.toLocaleString('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d });

// ---------------------------------------------------------------- vocabulary

const DINAS = 'Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Contoh';
const PROGRAM_NAMES = [
  'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Program Pelayanan Izin Usaha Simpan Pinjam',
  'Program Pengawasan dan Pemeriksaan Koperasi',
  'Program Penilaian Kesehatan KSP/USP Koperasi',
  'Program Pendidikan dan Latihan Perkoperasian',
  'Program Pemberdayaan dan Perlindungan Koperasi',
  'Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)',
  'Program Pengembangan UMKM',
  'Program Perencanaan Tenaga Kerja',
  'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja',
  'Program Penempatan Tenaga Kerja',
  'Program Hubungan Industrial',
];
const KEGIATAN_NAMES = [
  'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
  'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
  'Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota',
  'Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaan dalam Daerah Kabupaten/Kota',
  'Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan',
  'Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil',
  'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi',
];
const SUB_NAMES = [
  'Penyusunan Dokumen Perencanaan Perangkat Daerah',
  'Koordinasi dan Penyusunan Dokumen RKA-SKPD',
  'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
  'Penyediaan Gaji dan Tunjangan ASN',
  'Penyediaan Administrasi Pelaksanaan Tugas ASN',
  'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
  'Penyediaan Peralatan dan Perlengkapan Kantor',
  'Penyediaan Bahan Logistik Kantor',
  'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
  'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
  'Pemeriksaan dan Pengawasan Kepatuhan Koperasi terhadap Peraturan Perundang-undangan',
  'Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi',
  'Fasilitasi Kemudahan Perizinan bagi Usaha Mikro',
  'Fasilitasi Pemasaran dan Promosi Produk Usaha Mikro',
  'Pelatihan Kewirausahaan dan Manajemen Usaha Mikro',
];
const INDICATORS: { ind: string; sat: string }[] = [
  { ind: 'Persentase koperasi yang sehat', sat: '%' },
  { ind: 'Persentase usaha mikro yang naik kelas', sat: '%' },
  { ind: 'Jumlah dokumen perencanaan yang disusun', sat: 'Dokumen' },
  { ind: 'Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja', sat: 'Laporan' },
  { ind: 'Jumlah orang yang menerima gaji dan tunjangan ASN', sat: 'Orang/Bulan' },
  { ind: 'Jumlah koperasi yang diperiksa dan diawasi', sat: 'Unit' },
  { ind: 'Jumlah SDM koperasi yang mengikuti pendidikan dan latihan', sat: 'Orang' },
  { ind: 'Jumlah usaha mikro yang difasilitasi perizinan', sat: 'Unit Usaha' },
  { ind: 'Jumlah paket penyediaan jasa penunjang', sat: 'Paket' },
  { ind: 'Persentase layanan administrasi yang tepat waktu', sat: '%' },
];
const UNITS = ['Sekretariat', 'Bidang Koperasi', 'Bidang Usaha Mikro', 'Bidang Pengawasan', 'UPTD PLUT-KUMKM'];
const TUJUAN = [
  'Meningkatnya daya saing koperasi dan usaha mikro',
  'Meningkatnya kualitas tata kelola perangkat daerah',
  'Meningkatnya kesempatan kerja dan produktivitas tenaga kerja',
];
const SASARAN = [
  'Meningkatnya kualitas kelembagaan koperasi',
  'Meningkatnya akuntabilitas kinerja perangkat daerah',
  'Meningkatnya usaha mikro yang naik kelas',
];

const PLAN_YEARS = [2025, 2026, 2027, 2028, 2029];

// ---------------------------------------------------------------- Tabel 6.1

interface Line61 {
  ind: string;
  sat: string;
  awal: number;
  t: number[];
}
interface Node61 {
  level: 0 | 1 | 2;
  kode: string;
  name: string;
  lines: Line61[];
  /** Rp per year (null: none shown). */
  rp: number[];
  kids: Node61[];
}

function indicatorLine(rng: Rng): Line61 {
  const { ind, sat } = rng.pick(INDICATORS);
  if (sat === '%') {
    const awal = round2(40 + rng.float() * 40);
    const step = rng.pick([0.5, 1, 1.5, 2]);
    return { ind, sat, awal, t: PLAN_YEARS.map((_, j) => round2(awal + step * (j + 1))) };
  }
  const awal = rng.int(1, 200);
  const step = rng.int(0, 10);
  return { ind, sat, awal, t: PLAN_YEARS.map((_, j) => awal + step * (j + 1)) };
}

function subRp(rng: Rng): number[] {
  const base = rng.int(20, 900) * 1_000_000;
  return PLAN_YEARS.map((_, j) => Math.round((base * (1 + 0.05 * j + rng.float() * 0.04)) / 500_000) * 500_000);
}

function programKode(p: number): string {
  const bidangIdx = Math.floor(p / 99);
  const urusan = 1 + (Math.floor(bidangIdx / 40) % 3);
  return `${urusan}.${pad((bidangIdx % 40) + 1, 2)}.${pad((p % 99) + 1, 2)}`;
}

/** A program block of exactly `size` rows when size is given (the last block fills the table). */
function programBlock(rng: Rng, p: number, size?: number): Node61 {
  const kode = programKode(p);
  const prog: Node61 = { level: 0, kode, name: `${rng.pick(PROGRAM_NAMES)}`, lines: [indicatorLine(rng)], rp: [], kids: [] };
  const mkSub = (keg: Node61, s: number, lines: number): Node61 => ({
    level: 2,
    kode: `${keg.kode}.${pad(s + 1, 4)}`,
    name: rng.pick(SUB_NAMES),
    lines: Array.from({ length: lines }, () => indicatorLine(rng)),
    rp: subRp(rng),
    kids: [],
  });
  const mkKeg = (k: number): Node61 => ({
    level: 1,
    kode: `${kode}.2.${pad(k + 1, 2)}`,
    name: rng.pick(KEGIATAN_NAMES),
    lines: [indicatorLine(rng)],
    rp: [],
    kids: [],
  });
  if (size === undefined) {
    const nKeg = rng.int(2, 4);
    for (let k = 0; k < nKeg; k++) {
      const keg = mkKeg(k);
      const nSub = rng.int(1, 5);
      for (let s = 0; s < nSub; s++) keg.kids.push(mkSub(keg, s, rng.chance(0.2) ? 2 : 1));
      prog.kids.push(keg);
    }
  } else if (size === 1) {
    prog.rp = subRp(rng); // a program with no kegiatan listed carries its own Rp
  } else {
    const keg = mkKeg(0);
    if (size === 2) keg.rp = subRp(rng);
    for (let s = 0; s < size - 2; s++) keg.kids.push(mkSub(keg, s, 1));
    prog.kids.push(keg);
  }
  // Parent Rp = Σ children, per year.
  for (const keg of prog.kids) if (keg.kids.length) keg.rp = PLAN_YEARS.map((_, j) => sum(keg.kids.map((s) => s.rp[j])));
  if (prog.kids.length) prog.rp = PLAN_YEARS.map((_, j) => sum(prog.kids.map((k) => k.rp[j])));
  return prog;
}

function rowsOf(n: Node61): number {
  return n.lines.length + sum(n.kids.map(rowsOf));
}

/** The columns of a T-C.27 Tabel 6.1 (years 0..4 as Target, Rp pairs), shared with test/support/compare-books.ts. */
export const C61 = {
  tujuan: 0,
  sasaran: 1,
  kode: 2,
  name: 3,
  ind: 4,
  sat: 5,
  awal: 6,
  year: (j: number) => 7 + 2 * j,
  rp: (j: number) => 8 + 2 * j,
  akhirT: 17,
  akhirRp: 18,
  unit: 19,
  lokasi: 20,
  count: 21,
};

/** T-C.27's first seven column headers (C61.tujuan … C61.awal), kondisi awal in the year before the plan. */
export function tabel61Fixed(awalYear: number): string[] {
  return [
    'Tujuan',
    'Sasaran',
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Indikator Kinerja Tujuan, Sasaran, Program (Outcome), Kegiatan dan Sub Kegiatan (Output)',
    'Satuan',
    `Kondisi Kinerja Awal (${awalYear})`,
  ];
}

type ErrKind = 'program-sum' | 'akhir-rp' | 'text';
const ERR_CYCLE: ErrKind[] = ['program-sum', 'akhir-rp', 'text'];
/** One planted error per this many body rows. */
export const ERROR_EVERY = 400;

/**
 * Tabel 6.1 with exactly `bodyRows` rows between the column-number row and the Sumber line
 * (bidang headings, program / kegiatan / sub kegiatan rows, second indicator lines, Jumlah).
 */
export function tabel61(bodyRows: number, seed = 61): Generated {
  const rng = new Rng(seed + bodyRows);
  const ws = new SheetBuilder('Tabel 6.1', [26, 26, 19, 44, 40, 10, 11, ...Array.from({ length: 12 }, (_, i) => (i % 2 ? 16 : 9)), 22, 16]);
  const plants: Plant[] = [];
  let r = ws.title(0, ['Tabel 6.1', `Rencana Program, Kegiatan, dan Pendanaan ${DINAS}`, `Tahun ${PLAN_YEARS[0]} – ${PLAN_YEARS[4]}`]) + 1;
  const h = r;
  tabel61Fixed(PLAN_YEARS[0] - 1).forEach((t, i) => ws.head(h, i, t, h + 2, i));
  ws.head(h, 7, 'Target Kinerja Program dan Kerangka Pendanaan', h, 16);
  PLAN_YEARS.forEach((y, j) => {
    ws.head(h + 1, C61.year(j), `Tahun Ke-${j + 1} (${y})`, h + 1, C61.rp(j));
    ws.head(h + 2, C61.year(j), 'Target');
    ws.head(h + 2, C61.rp(j), 'Rp');
  });
  ws.head(h, C61.akhirT, 'Kondisi Kinerja pada Akhir Periode Renstra', h + 1, C61.akhirRp);
  ws.head(h + 2, C61.akhirT, 'Target');
  ws.head(h + 2, C61.akhirRp, 'Rp');
  ws.head(h, C61.unit, 'Unit Kerja Perangkat Daerah Penanggung Jawab', h + 2, C61.unit);
  ws.head(h, C61.lokasi, 'Lokasi', h + 2, C61.lokasi);
  ws.numberRow(h + 3, 0, C61.count);
  const bodyTop = h + 4;
  r = bodyTop;

  const total = [0, 0, 0, 0, 0];
  let lastBidang = '';
  let p = 0;
  let errSeq = 0;
  let nextErr = Math.floor(ERROR_EVERY / 4);
  const end = bodyTop + bodyRows - 1; // the Jumlah row
  while (r < end) {
    const bidang = programKode(p).split('.').slice(0, 2).join('.');
    if (bidang !== lastBidang) {
      // "1.02 URUSAN PEMERINTAHAN BIDANG …": a heading with the bidang's kode, no numbers.
      ws.put(r, C61.kode, bidang);
      ws.put(r, C61.name, `URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL DAN MENENGAH ${bidang}`, { bold: true });
      lastBidang = bidang;
      r++;
      if (r >= end) break;
    }
    const remaining = end - r;
    let prog = programBlock(rng, p);
    if (rowsOf(prog) > remaining) prog = programBlock(rng, p, remaining);
    const blockEnd = r + rowsOf(prog);

    // Plan the injected errors of this block (values first, then write).
    const wrong = new Map<Node61, { kind: ErrKind; j: number }>();
    while (nextErr <= blockEnd - bodyTop) {
      const kind = ERR_CYCLE[errSeq % ERR_CYCLE.length];
      const j = errSeq % 5;
      let target: Node61 | undefined;
      if (kind === 'program-sum') target = prog.kids.length > 1 && !wrong.has(prog) ? prog : undefined;
      else target = prog.kids.flatMap((k) => k.kids).find((s) => !wrong.has(s));
      if (!target) break; // try the next block
      wrong.set(target, { kind, j });
      errSeq++;
      nextErr += ERROR_EVERY;
    }

    if (p % 4 === 0) {
      ws.put(r, C61.tujuan, rng.pick(TUJUAN));
      ws.put(r, C61.sasaran, rng.pick(SASARAN));
    }
    const unit = rng.pick(UNITS);
    const emit = (n: Node61) => {
      const err = wrong.get(n);
      const rp = n.rp.slice();
      let akhir = sum(n.rp);
      if (err?.kind === 'program-sum') {
        // A mistyped program figure; whoever typed it also let the row's own total follow it.
        rp[err.j] += 25_000_000;
        akhir += 25_000_000;
        plants.push({
          sheet: ws.name,
          cell: a1(r, C61.rp(err.j)),
          rule: 'sum.hierarchy',
          severity: 'error',
          what: `program Rp ${PLAN_YEARS[err.j]} is Σ kegiatan + 25.000.000`,
        });
      } else if (err?.kind === 'akhir-rp') {
        akhir -= 9_000_000;
        plants.push({ sheet: ws.name, cell: a1(r, C61.akhirRp), rule: 'sum.period', severity: 'error', what: 'akhir-periode Rp is Σ years − 9.000.000' });
      }
      n.lines.forEach((line, i) => {
        if (i === 0) {
          ws.put(r, C61.kode, n.kode);
          ws.put(r, C61.name, n.name, { indent: n.level, bold: n.level === 0 });
        }
        ws.put(r, C61.ind, line.ind);
        ws.put(r, C61.sat, line.sat);
        const fmtT = (x: number) => (Number.isInteger(x) ? INT : DEC);
        ws.put(r, C61.awal, line.awal, { fmt: fmtT(line.awal) });
        PLAN_YEARS.forEach((_, j) => {
          ws.put(r, C61.year(j), line.t[j], { fmt: fmtT(line.t[j]) });
          if (i === 0 && rp.length) {
            if (err?.kind === 'text' && err.j === j) {
              ws.put(r, C61.rp(j), idNum(rp[j]));
              plants.push({
                sheet: ws.name,
                cell: a1(r, C61.rp(j)),
                rule: 'number.text',
                severity: 'warning',
                what: `Rp stored as text "${idNum(rp[j])}" (value right)`,
              });
            } else ws.put(r, C61.rp(j), rp[j], { fmt: INT });
          }
        });
        // Akhir periode: a rate keeps the last year's target, a count adds the years; Rp adds the years.
        const akhirT = line.sat === '%' ? line.t[4] : sum(line.t);
        ws.put(r, C61.akhirT, akhirT, { fmt: fmtT(akhirT) });
        if (i === 0 && rp.length) ws.put(r, C61.akhirRp, akhir, { fmt: INT });
        ws.put(r, C61.unit, unit);
        ws.put(r, C61.lokasi, 'Kabupaten Contoh');
        r++;
      });
      if (n.level === 0) rp.forEach((x, j) => (total[j] += x));
      n.kids.forEach(emit);
    };
    emit(prog);
    p++;
  }
  const jr = end;
  ws.put(jr, C61.name, 'Jumlah', { bold: true });
  PLAN_YEARS.forEach((_, j) => ws.put(jr, C61.rp(j), total[j], { fmt: INT, bold: true }));
  ws.put(jr, C61.akhirRp, sum(total), { fmt: INT, bold: true });
  ws.boxes.push({ r0: h, c0: 0, r1: jr, c1: C61.count - 1 });
  ws.put(jr + 1, 0, 'Sumber : Hasil Analisis Dinas Koperasi, Usaha Kecil dan Menengah, 2024');
  return { sheets: [ws], plants, bodyRows, bodyTop };
}

// ---------------------------------------------------------------- Tabel 2.9 (anggaran, 10 years)

export function tabel29(targetRows = 200, seed = 29): Generated {
  const rng = new Rng(seed);
  const years = Array.from({ length: 10 }, (_, i) => 2014 + i);
  const n = years.length;
  const ws = new SheetBuilder('Tabel 2.9', [52, ...Array.from({ length: 3 * n + 2 }, () => 15)]);
  const plants: Plant[] = [];
  let r = ws.title(0, ['Tabel 2.9', `Anggaran dan Realisasi Pendanaan Pelayanan ${DINAS}`, `Tahun ${years[0]} – ${years[n - 1]}`]) + 1;
  const h = r;
  const A = (j: number) => 1 + j;
  const R = (j: number) => 1 + n + j;
  const Q = (j: number) => 1 + 2 * n + j;
  const GA = 1 + 3 * n;
  const GR = GA + 1;
  ws.head(h, 0, 'Uraian', h + 1, 0);
  ws.head(h, A(0), 'Anggaran pada Tahun Ke-', h, A(n - 1));
  ws.head(h, R(0), 'Realisasi Anggaran pada Tahun Ke-', h, R(n - 1));
  ws.head(h, Q(0), 'Rasio antara Realisasi dan Anggaran Tahun Ke-', h, Q(n - 1));
  ws.head(h, GA, 'Rata-rata Pertumbuhan', h, GR);
  years.forEach((y, j) => {
    ws.head(h + 1, A(j), String(y));
    ws.head(h + 1, R(j), String(y));
    ws.head(h + 1, Q(j), String(y));
  });
  ws.head(h + 1, GA, 'Anggaran');
  ws.head(h + 1, GR, 'Realisasi');
  ws.numberRow(h + 2, 0, GR + 1);
  r = h + 3;

  const growth = (xs: number[]) => round2(sum(xs.slice(1).map((x, i) => ((x - xs[i]) / xs[i]) * 100)) / (xs.length - 1));
  const totA = new Array<number>(n).fill(0);
  const totR = new Array<number>(n).fill(0);
  const kegRows: number[] = [];
  let bodyRows = 0;
  while (bodyRows < targetRows - 1) {
    ws.put(r, 0, rng.pick(PROGRAM_NAMES), { bold: true }); // program heading, no numbers (as published)
    r++;
    bodyRows++;
    const nKeg = Math.min(rng.int(4, 12), targetRows - 1 - bodyRows);
    for (let k = 0; k < nKeg; k++) {
      const base = rng.int(10, 1500) * 1_000_000;
      const a = years.map((_, j) => Math.round((base * (0.8 + 0.04 * j + rng.float() * 0.3)) / 250_000) * 250_000);
      const real = a.map((x) => Math.round((x * (0.85 + rng.float() * 0.149)) / 1000) * 1000);
      ws.put(r, 0, rng.pick(KEGIATAN_NAMES), { indent: 1 });
      years.forEach((_, j) => {
        ws.put(r, A(j), a[j], { fmt: INT });
        ws.put(r, R(j), real[j], { fmt: INT });
        ws.put(r, Q(j), round2((real[j] / a[j]) * 100), { fmt: DEC });
        totA[j] += a[j];
        totR[j] += real[j];
      });
      ws.put(r, GA, growth(a), { fmt: DEC });
      ws.put(r, GR, growth(real), { fmt: DEC });
      kegRows.push(r);
      r++;
      bodyRows++;
    }
  }
  const jr = r;
  ws.put(jr, 0, 'Jumlah', { bold: true });
  years.forEach((_, j) => {
    ws.put(jr, A(j), totA[j], { fmt: INT, bold: true });
    ws.put(jr, R(j), totR[j], { fmt: INT, bold: true });
    ws.put(jr, Q(j), round2((totR[j] / totA[j]) * 100), { fmt: DEC, bold: true });
  });
  ws.put(jr, GA, growth(totA), { fmt: DEC, bold: true });
  ws.put(jr, GR, growth(totR), { fmt: DEC, bold: true });
  ws.boxes.push({ r0: h, c0: 0, r1: jr, c1: GR });
  ws.put(jr + 1, 0, `Sumber : Laporan Realisasi Anggaran (LRA) Dinas, ${years[0]} – ${years[n - 1]}`);

  // Planted: a rasio that is not realisasi / anggaran, a Jumlah realisasi off by 1.000.000, a text number.
  const qr = kegRows[Math.floor(kegRows.length / 3)];
  const q = ws.get(qr, Q(4));
  if (q && typeof q.v === 'number') {
    q.v = round2(q.v + 3.5);
    plants.push({ sheet: ws.name, cell: a1(qr, Q(4)), rule: 'ratio.anggaran', severity: 'error', what: 'rasio + 3,5' });
  }
  const jt = ws.get(jr, R(7));
  if (jt && typeof jt.v === 'number') {
    jt.v += 1_000_000;
    plants.push({ sheet: ws.name, cell: a1(jr, R(7)), rule: 'sum.total-row', severity: 'error', what: 'Jumlah realisasi + 1.000.000' });
  }
  const tr = kegRows[Math.floor((2 * kegRows.length) / 3)];
  const t = ws.get(tr, A(2));
  if (t && typeof t.v === 'number') {
    ws.put(tr, A(2), idNum(t.v));
    plants.push({ sheet: ws.name, cell: a1(tr, A(2)), rule: 'number.text', severity: 'warning', what: 'anggaran stored as text (value right)' });
  }
  return { sheets: [ws], plants, bodyRows: bodyRows + 1 };
}

// ---------------------------------------------------------------- Bab II: 30 small tables stacked

type SmallKind = 'pegawai' | 'aset' | 'kinerja';

export function babII(tables = 30, seed = 2): Generated {
  const rng = new Rng(seed);
  const ws = new SheetBuilder('Bab II', [6, 46, ...Array.from({ length: 15 }, () => 11)]);
  const plants: Plant[] = [];
  let r = 0;
  let bodyRows = 0;
  const kinds: SmallKind[] = ['pegawai', 'aset', 'kinerja'];
  for (let t = 0; t < tables; t++) {
    const kind = kinds[t % kinds.length];
    const n = t + 1;
    // Errors planted in three of the thirty tables.
    const plantHere = t === 3 || t === 13 || t === 23;
    if (kind === 'pegawai') {
      const by = rng.pick(['Golongan', 'Tingkat Pendidikan', 'Jabatan', 'Unit Kerja']);
      const items: Record<string, string[]> = {
        Golongan: ['Golongan IV', 'Golongan III', 'Golongan II', 'Golongan I', 'PPPK'],
        'Tingkat Pendidikan': ['S2', 'S1', 'D3', 'SLTA', 'SLTP'],
        Jabatan: ['Jabatan Pimpinan Tinggi', 'Administrator', 'Pengawas', 'Fungsional', 'Pelaksana'],
        'Unit Kerja': ['Sekretariat', 'Bidang Koperasi', 'Bidang Usaha Mikro', 'Bidang Pengawasan', 'UPTD'],
      };
      r = ws.title(r, [`Tabel 2.${n} Jumlah Pegawai ${DINAS} Menurut ${by}`, 'Per 31 Desember 2023']) + 1;
      const h = r;
      ['No', by, 'Laki-laki', 'Perempuan', 'Jumlah'].forEach((x, i) => ws.head(h, i, x));
      r = h + 1;
      const names = items[by].slice(0, rng.int(3, 5));
      let tl = 0;
      let tp = 0;
      names.forEach((nm, i) => {
        const l = rng.int(0, 25);
        const p = rng.int(0, 25);
        tl += l;
        tp += p;
        ws.put(r, 0, i + 1);
        ws.put(r, 1, nm);
        ws.put(r, 2, l, { fmt: INT });
        ws.put(r, 3, p, { fmt: INT });
        ws.put(r, 4, l + p, { fmt: INT });
        r++;
      });
      ws.put(r, 1, 'Jumlah', { bold: true });
      ws.put(r, 2, tl, { fmt: INT, bold: true });
      ws.put(r, 3, tp, { fmt: INT, bold: true });
      ws.put(r, 4, plantHere ? tl + tp + 2 : tl + tp, { fmt: INT, bold: true });
      if (plantHere) plants.push({ sheet: ws.name, cell: a1(r, 4), rule: 'sum.total-row', severity: 'error', what: 'Jumlah pegawai + 2' });
      ws.boxes.push({ r0: h, c0: 0, r1: r, c1: 4 });
      bodyRows += names.length + 1;
      r++;
    } else if (kind === 'aset') {
      r = ws.title(r, [`Tabel 2.${n} Sarana dan Prasarana ${DINAS}`, 'Keadaan 31 Desember 2023']) + 1;
      const h = r;
      ws.head(h, 0, 'No', h + 1, 0);
      ws.head(h, 1, 'Jenis Sarana dan Prasarana', h + 1, 1);
      ws.head(h, 2, 'Satuan', h + 1, 2);
      ws.head(h, 3, 'Kondisi', h, 5);
      ws.head(h, 6, 'Total', h + 1, 6);
      ['Baik', 'Rusak Ringan', 'Rusak Berat'].forEach((x, i) => ws.head(h + 1, 3 + i, x));
      r = h + 2;
      const assets = [
        'Gedung Kantor',
        'Kendaraan Dinas Roda 4',
        'Kendaraan Dinas Roda 2',
        'Komputer PC',
        'Laptop',
        'Printer',
        'Meja Kerja',
        'Kursi Kerja',
        'Lemari Arsip',
        'AC Split',
      ];
      const count = rng.int(6, 10);
      const bad = rng.int(0, count - 1);
      for (let i = 0; i < count; i++) {
        const b = rng.int(1, 50);
        const rr = rng.int(0, 8);
        const rb = rng.int(0, 4);
        ws.put(r, 0, i + 1);
        ws.put(r, 1, assets[i]);
        ws.put(r, 2, i < 3 ? 'Unit' : 'Buah');
        ws.put(r, 3, b, { fmt: INT });
        ws.put(r, 4, rr, { fmt: INT });
        ws.put(r, 5, rb, { fmt: INT });
        const wrong = plantHere && i === bad;
        ws.put(r, 6, wrong ? b + rr + rb - 1 : b + rr + rb, { fmt: INT });
        if (wrong) plants.push({ sheet: ws.name, cell: a1(r, 6), rule: 'sum.row-total', severity: 'error', what: 'Total = Baik + RR + RB − 1' });
        r++;
      }
      ws.boxes.push({ r0: h, c0: 0, r1: r - 1, c1: 6 });
      bodyRows += count;
    } else {
      const years = [2019, 2020, 2021, 2022, 2023];
      r = ws.title(r, [`Tabel 2.${n} Pencapaian Kinerja Pelayanan ${DINAS}`, 'Tahun 2019 – 2023']) + 1;
      const h = r;
      ws.head(h, 0, 'No', h + 1, 0);
      ws.head(h, 1, 'Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah', h + 1, 1);
      ws.head(h, 2, 'Target Renstra Perangkat Daerah Tahun Ke-', h, 6);
      ws.head(h, 7, 'Realisasi Capaian Tahun Ke-', h, 11);
      ws.head(h, 12, 'Rasio Capaian pada Tahun Ke-', h, 16);
      for (let g = 0; g < 3; g++) years.forEach((y, i) => ws.head(h + 1, 2 + g * 5 + i, String(y)));
      ws.numberRow(h + 2, 0, 17);
      r = h + 3;
      const inds = [
        'Persentase koperasi aktif (%)',
        'Jumlah usaha mikro binaan (unit usaha)',
        'Persentase koperasi sehat (%)',
        'Jumlah wirausaha baru (orang)',
        'Nilai omzet usaha mikro binaan (Miliar Rp)',
      ];
      const count = rng.int(3, 5);
      for (let i = 0; i < count; i++) {
        ws.put(r, 0, i + 1);
        ws.put(r, 1, inds[i]);
        const t0 = rng.int(20, 80);
        years.forEach((_, j) => {
          const tgt = t0 + 2 * j;
          const real = round2(tgt * (0.85 + rng.float() * 0.25));
          ws.put(r, 2 + j, tgt, { fmt: INT });
          ws.put(r, 7 + j, real, { fmt: DEC });
          let ratio = round2((real / tgt) * 100);
          if (plantHere && i === 1 && j === 2) {
            ratio = round2(ratio + 6);
            plants.push({ sheet: ws.name, cell: a1(r, 12 + j), rule: 'ratio.capaian', severity: 'error', what: 'capaian + 6' });
          }
          ws.put(r, 12 + j, ratio, { fmt: DEC });
        });
        r++;
      }
      ws.boxes.push({ r0: h, c0: 0, r1: r - 1, c1: 16 });
      bodyRows += count;
    }
    ws.put(r, 0, 'Sumber : Subbagian Umum dan Kepegawaian, 2024');
    r += 3;
  }
  return { sheets: [ws], plants, bodyRows };
}

// ---------------------------------------------------------------- .xlsx writer

const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };

function styleCell(cell: Cell, spec: CellSpec): void {
  cell.value = spec.v;
  if (spec.fmt) cell.numFmt = spec.fmt;
  if (spec.head) {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEAD_FILL;
  } else {
    if (spec.bold || spec.italic) cell.font = { bold: !!spec.bold, italic: !!spec.italic };
    if (spec.indent) cell.alignment = { indent: spec.indent, wrapText: true };
    if (spec.italic) cell.alignment = { horizontal: 'center' };
  }
}

/** Streams the sheets to an .xlsx (shared strings and styles, as Excel writes them). */
export async function writeXlsx(sheets: SheetModel[], file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const wb = new stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
  wb.creator = 'Cermat bench';
  for (const model of sheets) {
    const ws = wb.addWorksheet(model.name);
    ws.columns = model.widths.map((width) => ({ width }));
    for (const m of model.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    for (let r = 0; r < model.rows.length; r++) {
      const boxes = model.boxes.filter((b) => b.r0 <= r && r <= b.r1);
      const cells = model.rows[r];
      if (!cells && boxes.length === 0) continue;
      const row = ws.getRow(r + 1);
      for (const b of boxes) for (let c = b.c0; c <= b.c1; c++) row.getCell(c + 1).border = THIN;
      cells?.forEach((spec, c) => {
        if (spec) styleCell(row.getCell(c + 1), spec);
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  fs.renameSync(tmp, file);
}

// ---------------------------------------------------------------- the benchmark's files

export const SIZES = [1_000, 10_000, 100_000];

export interface BenchFile {
  id: string;
  file: string;
  make: () => Generated;
  /** Shapes that once hung or blew up (issue: reliability): judged on time and memory, not on plants. */
  stress?: boolean;
}

export function benchFiles(outDir: string): BenchFile[] {
  return [
    ...SIZES.map((n) => ({ id: `tabel61-${n}`, file: path.join(outDir, `tabel61-${n}.xlsx`), make: () => tabel61(n) })),
    { id: 'tabel29-wide', file: path.join(outDir, 'tabel29-wide.xlsx'), make: () => tabel29(200) },
    { id: 'bab2-stacked', file: path.join(outDir, 'bab2-stacked.xlsx'), make: () => babII(30) },
    { id: 'stress-long-text', file: path.join(outDir, 'stress-long-text.xlsx'), make: () => longText(), stress: true },
    { id: 'stress-many-findings', file: path.join(outDir, 'stress-many-findings.xlsx'), make: () => manyFindings(), stress: true },
  ];
}

/**
 * One 1 MB text in 12,000 cells (a pasted paragraph, or a broken export repeating one shared
 * string): every header and label test once ran over all of it, for minutes.
 */
export function longText(): Generated {
  const big = 'Catatan pelaksanaan kegiatan yang sangat panjang. '.repeat(20_000).slice(0, 1_000_000);
  const ws = new SheetBuilder('Catatan', [8, 40, 14, 14, 40]);
  let r = ws.title(0, ['Tabel 3.1 Capaian Kinerja']) + 1;
  ['No', 'Uraian', 'Target', 'Realisasi', 'Keterangan'].forEach((h, c) => ws.head(r, c, h));
  r++;
  for (let i = 1; i <= 4000; i++, r++) {
    ws.put(r, 0, i);
    ws.put(r, 1, big);
    ws.put(r, 2, 100);
    ws.put(r, 3, 90 + (i % 10));
    ws.put(r, 4, big);
  }
  for (let i = 0; i < 4000; i++) ws.put(r + 3 + i, 7, big);
  return { sheets: [ws], plants: [], bodyRows: 4000 };
}

/**
 * A 20,000-row realisation with a wrong Sisa and % on every tenth row: thousands of findings,
 * which the knock-on pass once compared pairwise (a minute, 470 MB). Capped per column now.
 */
export function manyFindings(n = 20_000): Generated {
  const ws = new SheetBuilder('Realisasi', [8, 40, 16, 16, 16, 10]);
  let r = ws.title(0, ['Laporan Realisasi Anggaran per Sub Kegiatan']) + 1;
  ['No', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Realisasi (%)'].forEach((h, c) => ws.head(r, c, h));
  r++;
  const rng = new Rng(7);
  for (let i = 1; i <= n; i++, r++) {
    const pagu = rng.int(10, 900) * 1_000_000;
    const real = Math.round(pagu * (0.5 + rng.float() * 0.5));
    const off = i % 10 === 0;
    ws.put(r, 0, i);
    ws.put(r, 1, `Sub kegiatan ${i}`);
    ws.put(r, 2, pagu, { fmt: '#,##0' });
    ws.put(r, 3, real, { fmt: '#,##0' });
    ws.put(r, 4, pagu - real + (off ? 1000 : 0), { fmt: '#,##0' });
    ws.put(r, 5, Math.round((real / pagu) * 10000) / 100 + (off ? 1 : 0), { fmt: DEC });
  }
  return { sheets: [ws], plants: [], bodyRows: n };
}

/** Writes FILE and FILE.plants.json; returns the plants. */
export async function generate(f: BenchFile): Promise<Plant[]> {
  const g = f.make();
  await writeXlsx(g.sheets, f.file);
  fs.writeFileSync(f.file.replace(/\.xlsx$/, '.plants.json'), JSON.stringify({ bodyRows: g.bodyRows, plants: g.plants }, null, 1));
  return g.plants;
}

export function readPlants(file: string): { bodyRows: number; plants: Plant[] } {
  return JSON.parse(fs.readFileSync(file.replace(/\.xlsx$/, '.plants.json'), 'utf8'));
}

/** The repository root, from bench/ (tsx) or dist-cli/bench/ (compiled). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

if (require.main === module) {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : path.join(repoRoot(), 'bench', 'out');
  (async () => {
    for (const f of benchFiles(out)) {
      const t = Date.now();
      const plants = await generate(f);
      process.stdout.write(`${path.relative(process.cwd(), f.file)}: ${plants.length} planted, ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    }
  })().catch((e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exitCode = 1;
  });
}
