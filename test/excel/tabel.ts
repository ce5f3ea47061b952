/** Builds Tabel 6.1-like sheets in the fake workbook (22 columns, merged 3-row header). */
import type { ExcelEnv, ExcelRun } from '../../src/excel/office';
import { FakeWorkbook, cellA1, type FakeSheet } from './fakeExcel';

export function fakeEnv(book: FakeWorkbook): ExcelEnv {
  return { run: book.run as unknown as ExcelRun, isSetSupported: (n, v) => book.isSetSupported(n, v) };
}

export const COLS = 22;
const ID_NUMBER = new Intl.NumberFormat('id-ID');
export const HEADER_ROWS = 3;

/**
 * Title in A1, header in rows 3-5 (0-based 2..4), column numbers in row 6, body from row 7.
 * Body: program rows (bold) every 10th row, kegiatan rows indented, Rp with '#,##0', a Jumlah
 * formula in column V, empty cells in column U (the fill target).
 */
export function tabel61(book: FakeWorkbook, name: string, bodyRows: number): FakeSheet {
  const s = book.addSheet(name);
  s.set('A1', { value: 'Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah', bold: true });
  const top = 2;
  const heads = ['No', 'Tujuan', 'Sasaran', 'Kode', 'Program dan Kegiatan', 'Indikator Kinerja', 'Data Capaian Awal'];
  heads.forEach((h, c) => {
    s.at(top, c).value = h;
    s.merges.push({ r0: top, c0: c, r1: top + 2, c1: c });
  });
  for (let y = 0; y < 6; y++) {
    const c = 7 + y * 2;
    s.at(top, c).value = y < 5 ? `Tahun ${2025 + y}` : 'Kondisi Akhir';
    s.merges.push({ r0: top, c0: c, r1: top, c1: c + 1 });
    s.at(top + 1, c).value = 'Target';
    s.at(top + 1, c + 1).value = 'Rp';
    s.merges.push({ r0: top + 1, c0: c, r1: top + 2, c1: c });
    s.merges.push({ r0: top + 1, c0: c + 1, r1: top + 2, c1: c + 1 });
  }
  s.at(top, 19).value = 'Unit Kerja';
  s.at(top, 20).value = 'Lokasi';
  s.at(top, 21).value = 'Jumlah Rp';
  for (const c of [19, 20, 21]) s.merges.push({ r0: top, c0: c, r1: top + 2, c1: c });
  for (let c = 0; c < COLS; c++) s.at(top + 3, c).value = c + 1;

  const body = top + 4;
  for (let i = 0; i < bodyRows; i++) {
    const r = body + i;
    const program = i % 10 === 0;
    s.at(r, 0).value = i + 1;
    s.at(r, 3).value = program ? `1.02.${String(i % 97).padStart(2, '0')}` : `1.02.${String(i % 97).padStart(2, '0')}.2.01`;
    const label = s.at(r, 4);
    label.value = program ? `Program Pemenuhan Upaya Kesehatan ${i}` : `Kegiatan Penyediaan Layanan ${i}`;
    label.bold = program;
    label.indent = program ? 0 : 1;
    s.at(r, 5).value = 'Persentase layanan sesuai standar';
    s.at(r, 6).value = 87.5;
    for (let y = 0; y < 6; y++) {
      const t = s.at(r, 7 + y * 2);
      t.value = 90 + y;
      const rp = s.at(r, 8 + y * 2);
      rp.value = 1091140000 + i * 1000 + y;
      rp.numberFormat = '#,##0';
      rp.text = ID_NUMBER.format(rp.value);
    }
    s.at(r, 19).value = 'Dinas Kesehatan';
    // column U (20) stays empty: Lokasi, a fill target in tests
    const sum = s.at(r, 21);
    sum.formula = `=I${r + 1}+K${r + 1}+M${r + 1}+O${r + 1}+Q${r + 1}`;
    sum.value = 5 * 1091140000 + 5 * i * 1000 + 10;
    sum.numberFormat = '#,##0';
  }
  return s;
}

export function bodyCell(row: number, col: number): string {
  return cellA1(2 + 4 + row, col);
}
