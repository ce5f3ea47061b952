/**
 * Workbooks whose tables repeat the same kegiatan and programs (an LKPJ realisation table and its
 * indicator table; a summary sheet and the sheets it sums up), clean and with planted
 * disagreements: for test/engine/cross.test.ts and the bench's matching figures.
 */
import type { SheetGrid } from '../../src/engine/types';
import { bold, grid } from './grid';

export const KEGIATAN: [string, number, number][] = [
  ['Penyediaan Jasa Surat Menyurat', 120000000, 110500000],
  ['Penyediaan Alat Tulis Kantor', 85000000, 84250000],
  ['Pemeliharaan Rutin Gedung Kantor', 240000000, 201000000],
  ['Penyusunan Laporan Keuangan', 60000000, 59800000],
  ['Koordinasi Perencanaan Pembangunan', 150000000, 142000000],
];

/** An LKPJ realisation table: kegiatan, pagu, realisasi, %. */
export function realisasi(rows = KEGIATAN, name = 'Realisasi'): SheetGrid {
  return grid(
    [
      [bold('No'), bold('Kegiatan'), bold('Pagu (Rp)'), bold('Realisasi (Rp)'), bold('%')],
      ...rows.map(([k, p, r], i) => [i + 1, k, p, r, Math.round((r / p) * 10000) / 100]),
      [null, bold('Jumlah'), rows.reduce((s, x) => s + x[1], 0), rows.reduce((s, x) => s + x[2], 0), null],
    ],
    { name },
  );
}

/** The same kegiatan with their indicators and the same pagu (another LKPJ table). */
export function indikator(rows = KEGIATAN, name = 'Indikator'): SheetGrid {
  return grid(
    [
      [bold('No'), bold('Kegiatan'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Pagu (Rp)')],
      ...rows.map(([k, p], i) => [i + 1, k, `Jumlah dokumen ${k.toLowerCase()}`, 'dokumen', 12, 12, p]),
    ],
    { name },
  );
}

export function rekap(lines: [string, number, number][]): SheetGrid {
  return grid(
    [
      [bold('No'), bold('Program'), bold('Pagu (Rp)'), bold('Realisasi (Rp)')],
      ...lines.map(([k, p, r], i) => [i + 1, k, p, r]),
      [null, bold('Jumlah'), lines.reduce((s, x) => s + x[1], 0), lines.reduce((s, x) => s + x[2], 0)],
    ],
    { name: 'Rekapitulasi' },
  );
}

const sum = (rows: [string, number, number][], k: 1 | 2) => rows.reduce((s, x) => s + x[k], 0);

export interface CrossCase {
  name: string;
  grids: SheetGrid[];
  /** Cells (Sheet!A1) where a planted disagreement must be reported. */
  planted: string[];
}

/** The workbooks of the cross-table check, clean and planted. */
export function crossCases(): CrossCase[] {
  const copy = () => KEGIATAN.map((r) => [...r] as [string, number, number]);
  const changed = copy();
  changed[2][1] = 250000000;
  const odd = copy();
  odd[0][1] = 125000000;
  const A = KEGIATAN.slice(0, 3);
  const B = KEGIATAN.slice(3);
  const lines = (delta: number): [string, number, number][] => [
    ['Program Pelayanan Administrasi Perkantoran', sum(A, 1), sum(A, 2) + delta],
    ['Program Perencanaan Pembangunan Daerah', sum(B, 1), sum(B, 2)],
  ];
  const details = () => [realisasi(A, 'Pelayanan Administrasi Perkantoran'), realisasi(B, 'Perencanaan Pembangunan Daerah')];
  return [
    { name: 'lkpj pair, clean', grids: [realisasi(), indikator()], planted: [] },
    { name: 'lkpj pair, pagu changed in one copy', grids: [realisasi(), indikator(changed)], planted: ['Indikator!G4'] },
    {
      name: 'three copies, one odd',
      grids: [realisasi(odd, 'Bab III'), indikator(KEGIATAN, 'Lampiran 1'), indikator(KEGIATAN, 'Lampiran 2')],
      planted: ['Bab III!C2'],
    },
    { name: 'summary and details, clean', grids: [rekap(lines(0)), ...details()], planted: [] },
    { name: 'summary row off its sheet total', grids: [rekap(lines(1000000)), ...details()], planted: ['Rekapitulasi!D2'] },
  ];
}
