/**
 * Precision on conventions the fixtures do not show: the table's own outline scheme, totals and
 * their scopes, columns explained before a cell is accused, formulas as evidence, and findings a
 * reviewer can act on. Each case is a small literal sheet, right (no error) and with one slip
 * (found at its cell). The generated variants of the same conventions are in test/zoo.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseSheet, analyseWorkbook, type CellInput, type Finding, type SheetGrid } from '../../src/engine';
import { readWorkbook } from '../../src/xlsx/read';
import { bold, grid, heads, type Lit } from '../support/grid';
import { isLowerBetter } from '../../src/engine/polarity';
import { readText } from '../../src/engine/number';
import { isCriterion } from '../../src/engine/text';
import { withPlans } from '../../src/engine/fill-closure';
import { formatPair } from '../../src/engine/format';
import { unshiftedCell, type Shift } from '../../src/engine/rules/value.shifted';
import { spelledOut } from '../../src/engine/recognise/header';
import { unitBidang } from '../../src/engine/recognise/rows';

const errors = (g: SheetGrid) => analyseSheet(g).findings.filter((f) => f.severity === 'error');
/** Errors and warnings: what a reviewer reads first. */
const findings = (g: SheetGrid) => analyseSheet(g).findings.filter((x) => x.severity !== 'info');
/**
 * The table as typed says nothing (no error, no warning); with one slip, exactly these errors (or, with
 * 'findings', these errors and warnings), as `brief` lists them.
 */
function rightThenSlip<T>(g: (v: T) => SheetGrid, right: T, slip: T, expected: string[], seen: 'errors' | 'findings' = 'errors'): void {
  expect(findings(g(right))).toEqual([]);
  expect(brief((seen === 'errors' ? errors : findings)(g(slip)))).toEqual(expected);
}
const brief = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.rule}`);
const withSeverity = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.rule} ${f.severity}`);
const kinds = (g: SheetGrid) => analyseSheet(g).tables[0].rows.map((r) => `${r.row + 1}:${r.level ?? '-'}${r.parent !== undefined ? `^${r.parent + 1}` : ''}`);
const f = (value: number | string, formula: string, numFmt?: string): CellInput => ({ value, formula, ...(numFmt ? { numFmt } : {}) });

describe("the outline scheme is the table's own", () => {
  // Capital letters as a run (C and D are letters here, not 100 and 500), numbers under them.
  const letters = (over: Lit[][] = []) =>
    grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)'), bold('Realisasi (Rp)')],
      ['A', 'Program Satu', 300, 250],
      ['1', 'Kegiatan a', 100, 100],
      ['2', 'Kegiatan b', 200, 150],
      ['B', 'Program Dua', 50, 40],
      ['1', 'Kegiatan c', 50, 40],
      ['C', 'Program Tiga', 70, 60],
      ['1', 'Kegiatan d', 70, 60],
      ['D', 'Program Empat', 10, 10],
      ['1', 'Kegiatan e', 10, 10],
      [null, bold('Jumlah'), 430, 360],
      ...over,
    ]);

  test('letters in a run, C and D included, are one level above the numbers', () => {
    expect(kinds(letters()).slice(0, 9)).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:1^5', '7:0', '8:1^7', '9:0', '10:1^9']);
    expect(errors(letters())).toEqual([]);
  });

  test('a parent that does not add up is reported at the parent, the tree unchanged', () => {
    const g = letters();
    g.cells[6]![2] = { value: 75 }; // Program Tiga 75, its kegiatan 70
    g.cells[10]![2] = { value: 435 };
    expect(brief(errors(g))).toEqual(['C7 sum.hierarchy']);
    expect(kinds(g).slice(0, 9)).toEqual(kinds(letters()).slice(0, 9));
  });

  test('a program with several indicators, its kode, name and Rp merged down their rows, is one node', () => {
    // Tabel 6.1 as most offices type it: each indicator on its own row, the node's cells merged over them.
    const t61 = (programRp: number) =>
      grid(
        [
          [bold('Kode'), bold('Program dan Kegiatan'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target 2025'), bold('Rp 2025')],
          ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Persentase faskes terakreditasi', '%', 70, programRp],
          [null, null, 'Angka kematian bayi', 'per 1000 KH', 11, null],
          ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Puskesmas direhabilitasi', 'Unit', 3, 2000],
          [null, null, 'Alat kesehatan disediakan', 'Paket', 5, null],
          ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Jumlah layanan', 'Layanan', 12, 1000],
        ],
        { merges: ['A2:A3', 'B2:B3', 'F2:F3', 'A4:A5', 'B4:B5', 'F4:F5'] },
      );
    expect(kinds(t61(3000))).toEqual(['2:0', '3:-^2', '4:1^2', '5:-^4', '6:1^2']);
    expect(analyseSheet(t61(3000)).tables[0].rows.map((x) => x.kind)).toEqual(['program', 'continuation', 'kegiatan', 'continuation', 'kegiatan']);
    expect(errors(t61(3000))).toEqual([]);
    expect(brief(errors(t61(3100)))).toEqual(['F2 sum.hierarchy']);
  });

  test('"Program | Kegiatan" side by side, the program merged down over its kegiatan rows: the rows are the kegiatan', () => {
    const g = (jumlah: number) =>
      grid(
        [
          [bold('No'), bold('Program'), bold('Kegiatan'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Anggaran (Rp)')],
          [1, 'Program Pelayanan Administrasi', 'Penyediaan jasa surat menyurat', 'Jumlah surat', 'surat', 100, 1000],
          [null, null, 'Penyediaan alat tulis kantor', 'Jumlah ATK', 'paket', 12, 2000],
          [null, null, 'Rapat koordinasi', 'Jumlah rapat', 'kali', 24, 3000],
          [2, 'Program Peningkatan Sarana', 'Pengadaan kendaraan', 'Jumlah kendaraan', 'unit', 2, 4000],
          [null, null, 'Pemeliharaan gedung', 'Jumlah gedung', 'unit', 3, 5000],
          [null, bold('Jumlah'), null, null, null, null, jumlah],
        ],
        { merges: ['A2:A4', 'B2:B4', 'A5:A6', 'B5:B6'] },
      );
    const t = analyseSheet(g(15000)).tables[0];
    expect(t.rows.map((x) => x.label)).toEqual([
      'Penyediaan jasa surat menyurat',
      'Penyediaan alat tulis kantor',
      'Rapat koordinasi',
      'Pengadaan kendaraan',
      'Pemeliharaan gedung',
      'Jumlah',
    ]);
    expect(analyseSheet(g(15000)).findings).toEqual([]);
    expect(brief(errors(g(14000)))).toEqual(['G7 sum.total-row']);
  });

  test('"Program | Kegiatan" with programs on rows of their own: each row is named in its tier\'s column', () => {
    const g = (programRp: number) =>
      grid([
        [bold('No'), bold('Program'), bold('Kegiatan'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Anggaran (Rp)')],
        [1, 'Program Pelayanan Administrasi', null, 'Persentase layanan', '%', 100, programRp],
        [null, null, 'Penyediaan alat tulis kantor', 'Jumlah ATK', 'paket', 12, 2000],
        [null, null, 'Rapat koordinasi', 'Jumlah rapat', 'kali', 24, 4000],
        // No "Program" in the name: the column says what it is.
        [2, 'Peningkatan Sarana', null, 'Persentase sarana baik', '%', 80, 9000],
        [null, null, 'Pemeliharaan gedung', 'Jumlah gedung', 'unit', 3, 5000],
        [null, null, 'Pengadaan kendaraan', 'Jumlah kendaraan', 'unit', 2, 4000],
        [null, bold('Jumlah'), null, null, null, null, 15000],
      ]);
    expect(analyseSheet(g(6000)).tables[0].rows.map((x) => x.kind)).toEqual(['program', 'kegiatan', 'kegiatan', 'program', 'kegiatan', 'kegiatan', 'total']);
    expect(kinds(g(6000)).slice(0, 6)).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:1^5', '7:1^5']);
    expect(analyseSheet(g(6000)).findings).toEqual([]);
    expect(brief(errors(g(6100)))).toEqual(['G2 sum.hierarchy']);
  });

  test("a node's Rp typed again on each of its indicator rows is shown twice, not added twice", () => {
    const repeated = (programRp: number, merges: string[]) =>
      grid(
        [
          [bold('Kode'), bold('Program dan Kegiatan'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target 2025'), bold('Rp 2025')],
          ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Persentase faskes terakreditasi', '%', 70, programRp],
          [null, null, 'Angka kematian bayi', 'per 1000 KH', 11, programRp],
          ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Puskesmas direhabilitasi', 'Unit', 3, 2000],
          [null, null, 'Alat kesehatan disediakan', 'Paket', 5, 2000],
          ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Jumlah layanan', 'Layanan', 12, 1000],
          [null, bold('Jumlah'), null, null, null, programRp],
        ],
        { merges },
      );
    for (const merges of [['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5'], []]) {
      expect(analyseSheet(repeated(3000, merges)).tables[0].rows.map((x) => x.kind)).toEqual([
        'program',
        'continuation',
        'kegiatan',
        'continuation',
        'kegiatan',
        'total',
      ]);
      expect(errors(repeated(3000, merges))).toEqual([]);
      expect(brief(errors(repeated(3100, merges)))).toEqual(['F2 sum.hierarchy']);
    }
  });

  test('RKA-K/L codes: program > kegiatan > output > komponen, with a sub-output among them', () => {
    const g = grid([
      [bold('Kode'), bold('Uraian'), bold('Jumlah (Rp)')],
      ['113.01.06', 'Program Penanggulangan', 1000],
      ['5096', 'Kegiatan Pencegahan', 1000],
      ['5096.001', 'Output Operasi', 600],
      [' 051', 'Komponen satu', 400],
      [' 052', 'Komponen dua', 200],
      ['5096.002', 'Output Kebijakan', 400],
      ['5096.002.001', 'Sub output', 400],
      [' 051', 'Komponen satu', 400],
    ]);
    expect(kinds(g)).toEqual(['2:0', '3:1^2', '4:2^3', '5:3^4', '6:3^4', '7:2^3', '8:3^7', '9:4^8']);
    expect(analyseSheet(g).findings).toEqual([]);
  });

  test('"1. Program" over "1. …, 2. …": a list restarting under a row of its own type is nested', () => {
    const g = grid([
      [bold('Uraian'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)')],
      [bold('1. Program A'), bold(300), bold(200)],
      ['1. Kegiatan satu', 100, 50],
      ['2. Kegiatan dua', 200, 150],
      [bold('2. Program B'), bold(90), bold(80)],
      ['1. Kegiatan tiga', 90, 80],
      [bold('Jumlah'), bold(390), bold(280)],
    ]);
    expect(kinds(g).slice(0, 5)).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:1^5']);
    expect(errors(g)).toEqual([]);
  });

  test('a label broken over two rows is one row, and does not cut its group', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)')],
      ['A', 'Program Pengelolaan Sumber Daya Air dan', 500],
      [null, 'Irigasi Kabupaten'],
      ['1', 'Kegiatan satu', 200],
      ['2', 'Kegiatan dua', 300],
      [null, bold('Jumlah'), 500],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.rows[0].label).toBe('Program Pengelolaan Sumber Daya Air dan Irigasi Kabupaten');
    expect(t.rows.map((r) => r.kind)).toEqual(['program', 'continuation', 'kegiatan', 'kegiatan', 'total']);
    expect(errors(g)).toEqual([]);
  });

  test('unmarked kegiatan and sub kegiatan under a marked program: nested only where every money column agrees', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)'), bold('Realisasi (Rp)')],
      ['I', 'PROGRAM PENUNJANG', 1000, 900],
      [null, 'Administrasi Keuangan', 700, 600],
      [null, 'Gaji dan Tunjangan', 500, '-'],
      [null, 'Laporan Keuangan', 200, 600],
      [null, 'Administrasi Umum', 300, 300],
      [null, 'Alat Tulis Kantor', 300, 300],
    ]);
    // Gaji's realisasi is '-': the group still closes (all money columns agree), it is not a sibling.
    expect(kinds(g)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:1^2', '7:2^6']);
    expect(errors(g)).toEqual([]);
  });
});

describe('totals and their scope', () => {
  test('a qualified total closes its section; a grand total its sub-totals', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)')],
      [null, bold('A. DANA APBD')],
      [1, 'Kegiatan satu', 100],
      [2, 'Kegiatan dua', 200],
      [null, bold('Jumlah Dana APBD'), 300],
      [null, bold('B. DANA DEKONSENTRASI')],
      [1, 'Kegiatan tiga', 50],
      [null, bold('TOTAL DANA DEKONSENTRASI'), 50],
      [null, bold('JUMLAH SELURUHNYA'), 350],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.rows.filter((r) => r.kind === 'total').map((r) => r.row + 1)).toEqual([5, 8, 9]);
    expect(errors(g)).toEqual([]);
    const wrong = grid(g.cells.map((row) => (row ? row.map((c) => c?.value ?? null) : [])) as Lit[][]);
    wrong.cells[7]![2] = { value: 55 };
    expect(brief(errors(wrong))).toContain('C8 sum.total-row');
  });

  test('an unlabelled last row is a total only when it equals one', () => {
    const base: Lit[][] = [
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)'), bold('Realisasi (Rp)')],
      [1, 'Satu', 100, 90],
      [2, 'Dua', 200, 150],
    ];
    const total = grid([...base, [null, null, 300, 240]]);
    expect(analyseSheet(total).tables[0].rows.at(-1)?.kind).toBe('total');
    const data = grid([...base, [3, 'Tiga', 40, 30]]);
    expect(analyseSheet(data).tables[0].rows.at(-1)?.kind).toBe('indicator');
    expect(errors(data)).toEqual([]);
    // A total wrong in one of its two columns stays a total, and the wrong cell is found.
    const wrong = grid([...base, [null, null, 300, 250]]);
    expect(brief(errors(wrong))).toEqual(['D4 sum.total-row']);
  });

  const belanja = (label: string, pagu: number, realisasi = 7500): Lit[][] => [
    [bold('No'), bold('Uraian'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)')],
    ['A', 'Belanja Tidak Langsung', 5000, 4800],
    ['1', 'Belanja Pegawai', 5000, 4800],
    ['B', 'Belanja Langsung', 3000, 2700],
    ['1', 'Belanja Pegawai', 500, 450],
    ['2', 'Belanja Barang dan Jasa', 2000, 1850],
    ['3', 'Belanja Modal', 500, 400],
    [null, label, pagu, realisasi],
  ];

  test('"Jumlah (A+B)": a total whose label names the sections it adds', () => {
    expect(analyseSheet(grid(belanja('Jumlah (A+B)', 8000))).tables[0].rows.at(-1)?.kind).toBe('total');
    expect(errors(grid(belanja('Jumlah (A+B)', 8000)))).toEqual([]);
    expect(brief(errors(grid(belanja('JUMLAH (A + B)', 8100))))).toEqual(['C8 sum.total-row']);
  });

  test('a last row named without a marker ("BELANJA DAERAH") that equals the sections is their total, not a child of the row above', () => {
    for (const label of ['BELANJA DAERAH', 'Belanja Daerah']) {
      expect(analyseSheet(grid(belanja(label, 8000))).tables[0].rows.at(-1)?.kind).toBe('total');
      expect(errors(grid(belanja(label, 8000)))).toEqual([]);
      // Equal in one of its two columns only: that may be chance, so it is read as the data row it
      // looks like, and nothing is said of it.
      expect(analyseSheet(grid(belanja(label, 8000, 7600))).tables[0].rows.at(-1)?.kind).not.toBe('total');
      expect(errors(grid(belanja(label, 8000, 7600)))).toEqual([]);
    }
    // Equal in two of three columns: the total, with its wrong cell found.
    const three = (realisasi: number): Lit[][] =>
      belanja('BELANJA DAERAH', 8000, realisasi).map((row, i) => [...row, i === 0 ? bold('Anggaran Perubahan (Rp)') : row[2]]);
    expect(analyseSheet(grid(three(7500))).tables[0].rows.at(-1)?.kind).toBe('total');
    expect(brief(errors(grid(three(7600))))).toEqual(['D8 sum.total-row']);
    // Equal to nothing: the data row it looks like, and not a child of "3 Belanja Modal" by its place
    // alone (that reading would accuse Belanja Modal of not adding up to it).
    const tail = grid(belanja('Belanja Tak Terduga', 40, 30));
    expect(analyseSheet(tail).tables[0].rows.at(-1)).toMatchObject({ kind: 'indicator', parent: undefined });
    expect(errors(tail)).toEqual([]);
    // A Jumlah under it counts it as a top-level row when its sums say so.
    const closed = (pagu: number) => grid([...belanja('Belanja Tak Terduga', 40, 30), [null, bold('Jumlah'), pagu, 7530]]);
    expect(errors(closed(8040))).toEqual([]);
    expect(brief(errors(closed(8100)))).toEqual(['C9 sum.total-row']);
  });

  test('unmarked rows under marked parents: children where the money confirms it somewhere, and a parent that then differs is reported', () => {
    const g = (modal: number) =>
      grid([
        [bold('No'), bold('Uraian'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)')],
        ['1', 'Belanja Pegawai', 500, 450],
        [null, 'Honorarium', 300, 250],
        [null, 'Uang Lembur', 200, 200],
        ['2', 'Belanja Modal', modal, 400],
        [null, 'Peralatan Kantor', 300, 250],
        [null, 'Kendaraan', 150, 150],
      ]);
    expect(kinds(g(450))).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:1^5', '7:1^5']);
    expect(errors(g(450))).toEqual([]);
    expect(brief(errors(g(500)))).toEqual(['C5 sum.hierarchy']);
  });
});

describe('every column explained before a cell is accused', () => {
  // A realisation report (RFK): bobot = pagu / Σ pagu, keuangan % own ratio, sisa % of the grand pagu.
  const rfk = () =>
    grid(
      [
        [bold('No'), bold('Kegiatan'), bold('Pagu (Rp)'), bold('Bobot (%)'), bold('Keuangan'), null, bold('Sisa Dana'), null],
        [null, null, null, null, bold('Realisasi (Rp)'), bold('(%)'), bold('(Rp)'), bold('(%)')],
        [1, 'Kegiatan satu', 400, 40, 300, 75, 100, 10],
        [2, 'Kegiatan dua', 600, 60, 450, 75, 150, 15],
        [null, bold('Jumlah'), 1000, 100, 750, 75, 250, 25],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'] },
    );

  test("bobot and sisa (%) are shares of the grand total, the keuangan % the row's own ratio", () => {
    const t = analyseSheet(rfk()).tables[0];
    expect(t.columns[3].relation?.rel).toMatchObject({ kind: 'share', num: 2, base: 'grand' });
    expect(t.columns[5].relation?.rel).toMatchObject({ kind: 'ratio', num: 4, den: 2 });
    expect(t.columns[7].relation?.rel).toMatchObject({ kind: 'share', num: 6, base: 'grand' });
    expect(errors(rfk())).toEqual([]);
  });

  test('one wrong bobot is found at its cell', () => {
    const g = rfk();
    g.cells[3]![3] = { value: 65 };
    expect(brief(errors(g))).toContain('D4 ratio.share');
  });

  test('a % column that nothing explains gets one warning, no error per cell', () => {
    const g = grid([
      [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'A', 10, 9, 12],
      [2, 'B', 10, 8, 33],
      [3, 'C', 20, 5, 71],
      [4, 'D', 40, 30, 5],
    ]);
    const a = analyseSheet(g);
    expect(a.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(a.findings.filter((x) => x.rule === 'column.unexplained').map((x) => x.cell)).toEqual(['E1']);
  });

  test('formulas state the relation: a consistent formula column is not re-derived', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)'), bold('Realisasi (Rp)'), bold('Bobot Realisasi (%)')],
      [1, 'Satu', 400, 300, f(30, 'D2/$D$4*100')],
      [2, 'Dua', 600, 700, f(70, 'D3/$D$4*100')],
      [null, bold('Jumlah'), 1000, 1000, f(100, 'D4/$D$4*100')],
    ]);
    expect(analyseSheet(g).tables[0].columns[4].relation).toMatchObject({ by: 'formula', rel: { kind: 'share', num: 3 } });
    expect(errors(g)).toEqual([]);
  });
});

describe('formula smells', () => {
  const column = (cells: CellInput[]) =>
    grid([
      [bold('No'), bold('Uraian'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      ...cells.map((c, i) => [i + 1, `Indikator ${i + 1}`, 80, 60 + i, c] as Lit[]),
    ]);
  const ok = (i: number) => f(((60 + i) / 80) * 100, `D${i + 2}/C${i + 2}*100`);

  test('a constant typed over one formula of the column, left stale', () => {
    const g = column([ok(0), ok(1), { value: 70 }, ok(3), ok(4)]);
    const e = errors(g);
    expect(brief(e)).toEqual(['E4 formula.constant']);
    expect(e[0].expected).toBeCloseTo(77.5, 6);
  });

  test("the neighbours' formula is shown with the brackets it needs", () => {
    const growth = (i: number) => f(((60 + i - 80) / 80) * 100, `(D${i + 2}-C${i + 2})/C${i + 2}*100`);
    const g = column([growth(0), growth(1), { value: 70 }, growth(3), growth(4)]);
    const e = errors(g).filter((x) => x.rule === 'formula.constant');
    expect(e.map((x) => x.message.en)).toEqual([expect.stringContaining('(=(D4-C4)/C4*100)')]);
    expect(e[0].expected).toBeCloseTo(-22.5, 6);
  });

  test('a formula with a hand adjustment', () => {
    const g = column([ok(0), ok(1), f((62 / 80) * 100 + 0.5, 'D4/C4*100+0.5'), ok(3), ok(4)]);
    expect(brief(errors(g))).toEqual(['E4 formula.adjusted']);
  });

  test('a formula pointing at another row than its neighbours', () => {
    const g = column([ok(0), ok(1), f((61 / 80) * 100, 'D3/C3*100'), ok(3), ok(4)]);
    expect(brief(errors(g))).toEqual(['E4 formula.reference']);
  });

  test('a Jumlah SUM that stops short of the rows it closes', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)')],
      [1, 'Satu', 100],
      [2, 'Dua', 200],
      [3, 'Tiga', 300],
      [null, bold('Jumlah'), f(300, 'SUM(C2:C3)')],
    ]);
    const e = errors(g);
    expect(brief(e)).toEqual(['C5 formula.range']);
    expect(e[0].message.en).toMatch(/leaves out C4/);
  });

  test('SUBTOTAL over a filtered range leaves the hidden rows out', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)')],
      [1, 'Satu', 100],
      [2, 'Dua', 200],
      [3, 'Tiga', 300],
      [null, bold('Jumlah'), f(400, 'SUBTOTAL(9,C2:C4)')],
    ]);
    g.hiddenRows = [2];
    expect(errors(g)).toEqual([]);
  });

  test('SUBTOTAL(9) counts rows hidden by hand, SUBTOTAL(109) does not: whichever the stated total is', () => {
    const staff = (code: number, laki: number, perempuan: number) => {
      const g = grid([
        [bold('No'), bold('Unit Kerja'), bold('Laki-laki'), bold('Perempuan')],
        [1, 'Sekretariat', 14, 11],
        [2, 'Bidang Kesmas', 9, 12],
        [3, 'UPTD Puskesmas Nita', 12, 25],
        [4, 'UPTD Puskesmas Kewapante', 10, 21],
        [null, bold('Jumlah'), f(laki, `SUBTOTAL(${code},C2:C5)`), f(perempuan, `SUBTOTAL(${code},D2:D5)`)],
      ]);
      g.hiddenRows = [3, 4];
      return g;
    };
    expect(errors(staff(9, 45, 69))).toEqual([]); // rows hidden by hand: Excel counts them
    expect(errors(staff(9, 23, 23))).toEqual([]); // rows a filter hid: Excel leaves them out
    expect(errors(staff(109, 23, 23))).toEqual([]);
    expect(brief(errors(staff(109, 45, 69)))).toEqual(['C6 sum.total-row', 'D6 sum.total-row']);
    expect(errors(staff(9, 46, 69)).map((e) => [e.cell, e.expected])).toEqual([['C6', 45]]);
  });
});

describe('findings a reviewer can act on', () => {
  const table = (rows: Lit[][]) =>
    grid([[bold('No'), bold('Uraian'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('Rasio (%)'), bold('Selisih (Rp)')], ...rows]);

  test('#DIV/0! over a zero or missing anggaran is a warning; negatives in a signed column say nothing', () => {
    const a = analyseSheet(
      table([
        [1, 'A', 100, 80, 80, 20],
        [2, 'B', 0, 10, { value: '#DIV/0!', error: true }, -10],
        [3, 'C', 50, 60, 120, -10],
      ]),
    );
    expect(a.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(a.findings.find((x) => x.cell === 'E3')).toMatchObject({ rule: 'ratio.undefined', severity: 'warning' });
    expect(a.findings.filter((x) => x.rule === 'number.negative')).toEqual([]);
  });

  test('numbers stored as text: one finding per column, with how many and where', () => {
    const a = analyseSheet(
      table([
        [1, 'A', '1.000', '800', 80, 200],
        [2, 'B', '2.000', 1500, 75, 500],
        [3, 'C', '3.000', 3000, 100, 0],
      ]),
    );
    const text = a.findings.filter((x) => x.rule === 'number.text');
    expect(text.map((x) => x.cell)).toEqual(['C2', 'D2']);
    expect(text[0].message.en).toMatch(/^3 numbers in column "Anggaran \(Rp\)" are stored as text \(C2…C4\)/);
    expect(a.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  test('a malformed number is reported, read as it most likely says, and the column is still checked', () => {
    const a = analyseSheet(
      grid([
        [bold('No'), bold('Uraian'), bold('Pagu (Rp)')],
        [1, 'Satu', 'Rp. 103.426.819.26'],
        [2, 'Dua', 200],
        [null, bold('Jumlah'), 103427019.26],
      ]),
    );
    expect(a.findings.find((x) => x.cell === 'C2')).toMatchObject({ rule: 'number.malformed', expected: 103426819.26 });
    expect(a.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('one-row headers (Bab II tables typed without merges)', () => {
  const golongan = (jumlah2019: Lit, years: (string | number)[] = [2019, 2020, 2021, 2022, 2023]) =>
    grid([
      ['Tabel 2.1 Jumlah Pegawai Menurut Golongan Tahun 2019-2023'],
      [],
      [bold('No'), bold('Golongan'), ...years.map(bold)],
      ['1', 'Golongan IV', 12, 13, 14, 15, 15],
      ['2', 'Golongan III', 40, 42, 45, 47, 50],
      ['3', 'Golongan II', 20, 19, 18, 17, 16],
      ['4', 'Golongan I', 3, 2, 2, 1, 1],
      [null, bold('Jumlah'), jumlah2019, 76, 79, 80, 82],
    ]);

  test('"No | Golongan | 2019 | … | 2023": the years name the columns and the Jumlah row is checked', () => {
    const a = analyseSheet(golongan(75));
    expect(a.tables.map((t) => t.range)).toEqual(['A3:G8']);
    expect(a.tables[0].columns.map((c) => c.year ?? '')).toEqual(['', '', 2019, 2020, 2021, 2022, 2023]);
    expect(errors(golongan(75))).toEqual([]);
    expect(brief(errors(golongan(77)))).toEqual(['C8 sum.total-row']);
  });

  test('years typed as text ("2019") are header words as well', () => {
    expect(brief(errors(golongan(77, ['2019', '2020', '2021', '2022', '2023'])))).toEqual(['C8 sum.total-row']);
  });

  test('under a title naming rates (Persentase, Indeks, Angka …, %), columns named by a year alone are rates: a Jumlah row is not their sum', () => {
    const rates = (title: string, last: string, values: number[]) =>
      grid([
        [title],
        [],
        [bold('No'), bold('Kecamatan'), bold('2019'), bold('2020'), bold('2021')],
        [1, 'Kecamatan A', 10.5, 11.2, 10.8],
        [2, 'Kecamatan B', 8.25, 9.1, 8.7],
        [3, 'Kecamatan C', 12.4, 13.05, 12.6],
        [null, last, ...values],
      ]);
    for (const title of ['Tabel 2.1 Persentase Penduduk Miskin', 'Tabel 2.1 Indeks Pembangunan Manusia', 'Tabel 2.1 Penduduk Miskin (%)']) {
      // The region's rate (here the mean) in a Jumlah row: nothing to say, no column called unexplained.
      expect(analyseSheet(rates(title, 'Jumlah', [10.4, 11.1, 10.7])).findings).toEqual([]);
      // A Rata-rata row is still checked as a mean.
      expect(brief(errors(rates(title, 'Rata-rata', [12.4, 11.1, 10.7])))).toEqual(['C7 sum.average']);
    }
    // Counts under a title that names none: the Jumlah row must be their sum.
    expect(brief(errors(rates('Tabel 2.1 Jumlah Penduduk Miskin (ribu jiwa)', 'Jumlah', [10.4, 11.1, 10.7])))).toEqual([
      'C7 sum.total-row',
      'D7 sum.total-row',
      'E7 sum.total-row',
    ]);
  });

  test('a row of bare years with no word beside them is not a header', () => {
    const g = grid([
      [2019, 2020, 2021],
      [12, 13, 14],
      [40, 42, 45],
    ]);
    expect(analyseSheet(g).tables).toEqual([]);
  });

  const aset = (kendaraan: number) =>
    grid([
      [bold('No'), bold('Jenis Aset'), bold('Jumlah'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat')],
      [1, 'Gedung Kantor', 10, 7, 2, 1],
      [2, 'Kendaraan Roda 4', kendaraan, 8, 3, 2],
      [3, 'Komputer', 50, 40, 6, 4],
      [null, bold('Jumlah'), 60 + kendaraan, 55, 11, 7],
    ]);

  test('"Jumlah | Baik | Rusak Ringan | Rusak Berat" without a group over the parts: a row total when the data agrees', () => {
    expect(analyseSheet(aset(13)).tables[0].columns[2]).toMatchObject({ role: 'rowTotal', parts: [3, 4, 5] });
    expect(errors(aset(13))).toEqual([]);
    // The slip at its row, and the Jumlah row that carries it down the column.
    // (The Jumlah row's total adds up its column: it follows the wrong row, a warning pointing there.)
    expect(withSeverity(findings(aset(12)))).toEqual(['C3 sum.row-total error', 'C5 sum.row-total warning']);
  });

  test('a staff table that breaks its Jumlah down several ways (sex, golongan, education): the Jumlah is checked against a group that adds up', () => {
    const staff = (bidangB: number) =>
      grid(
        [
          [bold('No'), bold('Unit Kerja'), bold('Jenis Kelamin'), null, bold('Golongan'), null, null, bold('Pendidikan'), null, null, bold('Jumlah')],
          [null, null, bold('L'), bold('P'), bold('IV'), bold('III'), bold('II'), bold('S2'), bold('S1'), bold('SMA'), null],
          [1, 'Sekretariat', 10, 8, 3, 10, 5, 2, 10, 6, 18],
          [2, 'Bidang A', 6, 6, 2, 8, 2, 1, 8, 3, 12],
          [3, 'Bidang B', 5, 4, 1, 6, 2, 1, 6, 2, bidangB],
          [null, bold('Jumlah'), 21, 18, 6, 24, 9, 4, 24, 11, 30 + bidangB],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:G1', 'H1:J1', 'K1:K2'] },
      );
    expect(analyseSheet(staff(9)).tables[0].columns[10]).toMatchObject({ role: 'rowTotal' });
    expect(analyseSheet(staff(9)).findings).toEqual([]);
    // Bidang B's 10 against 9 by every breakdown, and the Jumlah row that carries it.
    expect(withSeverity(findings(staff(10)))).toEqual(['K5 sum.row-total error', 'K6 sum.row-total warning']);
  });

  test('value columns after a Jumlah that do not add up to it stay plain values', () => {
    const g = grid([
      [bold('No'), bold('Kecamatan'), bold('Jumlah'), bold('Luas'), bold('Kepadatan')],
      [1, 'Satu', 1000, 12, 83],
      [2, 'Dua', 2000, 20, 100],
      [3, 'Tiga', 1500, 30, 50],
    ]);
    expect(analyseSheet(g).tables[0].columns[2].role).not.toBe('rowTotal');
    expect(errors(g)).toEqual([]);
  });
});

test('targets stated as a grade, a threshold or a band are valid targets: no invalid number, no unchecked capaian', () => {
  const g = grid([
    [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
    [1, 'Indeks Kepuasan Masyarakat', 'Indeks', '≥ 80', 82.5, 103.13],
    [2, 'Angka kesakitan', 'per 1000', '< 5', 4, 120],
    [3, 'Cakupan layanan', '%', '80-85', 84, 98.82],
    [4, 'Nilai SAKIP', 'Nilai', 'BB', 'BB', 100],
    [5, 'Jumlah dokumen', 'dokumen', 12, 12, 100],
    [6, 'Persentase realisasi', '%', 90, 81, 90],
  ]);
  expect(analyseSheet(g).findings).toEqual([]);
  // A target that is no criterion still gets its word.
  const g2 = grid([...g.cells.map((row) => (row ?? []).map((c) => c?.value ?? null)), [7, 'Persentase x', '%', 'belum ditetapkan', 81, 90]] as Lit[][]);
  expect(brief(analyseSheet(g2).findings)).toContain('F8 ratio.capaian');
});

test('rata-rata pertumbuhan: the mean of the yearly rates, the compound rate and the period growth spread over its years are all growth rates', () => {
  const series = [1000, 1100, 1250, 1300, 1500];
  const table = (stated: number) =>
    grid([
      [bold('No'), bold('Uraian'), ...[2019, 2020, 2021, 2022, 2023].map((y) => bold(`Anggaran ${y}`)), bold('Rata-rata Pertumbuhan Anggaran (%)')],
      [1, 'Belanja Pegawai', ...series, stated],
      [2, 'Belanja Barang', 500, 500, 500, 500, 500, 0],
    ]);
  // mean of 10, 13.64, 4, 15.38 = 10.76; (1500/1000)^(1/4) − 1 = 10.67; 50 % over 4 years = 12.5
  for (const stated of [10.76, 10.67, 12.5]) expect(errors(table(stated))).toEqual([]);
  expect(brief(errors(table(14)))).toEqual(['H2 ratio.pertumbuhan']);
});

test('"Rencana" and "Rencana Tingkat Capaian (Target)" are targets: the capaian beside them is checked', () => {
  for (const head of ['Rencana', 'Rencana Tingkat Capaian (Target)']) {
    const g = grid([
      [bold('No'), bold('Indikator Kinerja'), bold(head), bold('Realisasi'), bold('Capaian Kinerja (%)')],
      [1, 'Indeks Kepuasan', 80, 82.5, 103.13],
      [2, 'Persentase layanan', 100, 95, 90],
      [3, 'Nilai SAKIP', 70, 65.2, 93.14],
      [4, 'Persentase dokumen', 100, 100, 100],
    ]);
    expect(analyseSheet(g).tables[0].columns[2].role).toBe('target');
    expect(brief(errors(g))).toEqual(['E3 ratio.capaian']);
  }
});

test('a ratio the column-number row states ("(5)=(4)/(3)x100%") explains its column, whatever the headers are called', () => {
  for (const numbers of [
    ['(1)', '(2)', '(3)', '(4)', '(5)=(4)/(3)x100%'],
    ['1', '2', '3', '4', '5 = 4/3 x 100'],
  ]) {
    const g = grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Target'), bold('Nilai'), bold('Persentase')],
      numbers.map(bold),
      [1, 'Indeks Kepuasan', 80, 82.5, 103.13],
      [2, 'Persentase layanan', 100, 95, 90],
      [3, 'Nilai SAKIP', 70, 65.2, 93.14],
      [4, 'Persentase dokumen', 100, 100, 100],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(t.columns[4].relation).toMatchObject({ rel: { kind: 'ratio', num: 3, den: 2, k: 100 }, by: 'header' });
    expect(brief(errors(g))).toEqual(['E4 ratio.capaian']);
  }
});

test('"T | R | C = R/T x 100%" in one header row: the letters name target and realisation beside a percentage', () => {
  const tr = (c: string, second: Lit = 'R') =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('T'), bold(second as string), bold(c)],
      [1, 'Indeks Kepuasan', 80, 82.5, 103.13],
      [2, 'Persentase layanan', 100, 95, 90],
      [3, 'Nilai SAKIP', 70, 65.2, 93.14],
      [4, 'Persentase dokumen', 100, 100, 100],
    ]);
  for (const c of ['C = R/T x 100%', '%', 'Capaian']) {
    expect(analyseSheet(tr(c)).tables[0].columns.map((x) => x.role)).toEqual(['no', 'label', 'target', 'realisasi', 'ratio']);
    expect(brief(errors(tr(c)))).toEqual(['E3 ratio.capaian']);
  }
  // A lone letter is no target: "T" beside a "B" says nothing.
  expect(analyseSheet(tr('%', 'B')).tables[0].columns[2].role).not.toBe('target');
});

test('"Target | Capaian | %": a Capaian column the % divides by the target is the realisation', () => {
  const g = (head: string) =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Target'), bold('Capaian'), bold(head)],
      [1, 'Indeks Kepuasan', 80, 82.5, 103.13],
      [2, 'Persentase layanan', 100, 95, 90],
      [3, 'Nilai SAKIP', 70, 65.2, 93.14],
      [4, 'Persentase dokumen', 100, 100, 100],
    ]);
  for (const head of ['%', 'Persentase']) {
    expect(analyseSheet(g(head)).tables[0].columns.map((c) => c.role)).toEqual(['no', 'label', 'target', 'realisasi', 'ratio']);
    expect(brief(analyseSheet(g(head)).findings)).toEqual(['E3 ratio.capaian']);
  }
  // Where it is the percentage itself (no % column after it), Capaian stays the ratio.
  const own = grid([
    [bold('No'), bold('Indikator Kinerja'), bold('Target'), bold('Realisasi'), bold('Capaian')],
    [1, 'Indeks Kepuasan', 80, 82.5, 103.13],
    [2, 'Persentase layanan', 100, 95, 95],
    [3, 'Nilai SAKIP', 70, 65.2, 93.14],
  ]);
  expect(analyseSheet(own).tables[0].columns[4].role).toBe('ratio');
  expect(analyseSheet(own).findings).toEqual([]);
});

test('amounts shown in thousands or millions may be off by their rounding: half a unit a part', () => {
  const table = (title: string, head: string, jumlah: number) =>
    grid([
      [title],
      [],
      [bold('No'), bold('Uraian'), bold(head), bold('Realisasi')],
      [1, 'Belanja Pegawai', 1235, 1100],
      [2, 'Belanja Barang', 1766, 1500],
      [3, 'Belanja Modal', 501, 400],
      [null, bold('Jumlah'), jumlah, 3000],
    ]);
  // 1,235 + 1,766 + 501 = 3,502 thousand, stated 3,501: three rounded parts and a rounded total, up to 2 apart.
  for (const [title, head] of [
    ['Tabel 2.3 Anggaran (dalam ribuan rupiah)', 'Anggaran'],
    ['Tabel 2.3 Anggaran', 'Anggaran (Rp 000)'],
    ['Tabel 2.3 Anggaran', 'Anggaran (Rp Juta)'],
  ]) {
    expect(analyseSheet(table(title, head, 3501)).tables[0].columns[2].rounded).toBe(true);
    expect(errors(table(title, head, 3501))).toEqual([]);
    expect(brief(errors(table(title, head, 3505)))).toEqual(['C7 sum.total-row']);
  }
  // In whole rupiah an integer total matches exactly.
  expect(brief(errors(table('Tabel 2.3 Anggaran', 'Anggaran (Rp)', 3501)))).toEqual(['C7 sum.total-row']);
});

test('a capaian column that writes every over-achievement as 100 is a capped column: one warning, not an error a row', () => {
  const lkjip = (c1: Lit, c5: Lit, c2: Lit = 94.44) =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'Persentase A', '%', 80, 90, c1],
      [2, 'Persentase B', '%', 90, 85, c2],
      [3, 'Persentase C', '%', 75, 80, 100],
      [4, 'Persentase D', '%', 60, 54, 90],
      [5, 'Persentase E', '%', 50, 55, c5],
    ]);
  // 112.5, 106.67 and 110 all written as 100: the office's cap, said once at the column.
  const capped = analyseSheet(lkjip(100, 100));
  expect(brief(capped.findings)).toEqual(['F1 ratio.capaian']);
  expect(capped.findings[0]).toMatchObject({ severity: 'warning', actual: 100 });
  expect(capped.findings[0].message.en).toMatch(/^Column "Capaian \(%\)" caps the capaian at 100: 3 rows/);
  // A wrong capaian beside the cap is still an error at its cell.
  expect(brief(analyseSheet(lkjip(100, 100, 80)).findings)).toEqual(['F1 ratio.capaian', 'F3 ratio.capaian']);
  expect(errors(lkjip(100, 100, 80)).map((f) => f.cell)).toEqual(['F3']);
  // A row that writes its over-achievement as it is (110) shows the table does not cap: the 100s are errors.
  expect(brief(errors(lkjip(100, 110)))).toEqual(['F2 ratio.capaian', 'F4 ratio.capaian']);
});

describe('negative values', () => {
  const negatives = (g: SheetGrid) => brief(analyseSheet(g).findings.filter((x) => x.rule === 'number.negative'));
  const series = (title: string, values: number[][]) =>
    grid([[title], [], [bold('No'), bold('Uraian'), bold('2021'), bold('2022')], ...values.map((v, i) => [i + 1, `Baris ${i + 1}`, ...v])]);

  test.each([
    ['in a column of whole numbers (a count) a negative is a slip', 'Jumlah Pegawai', [12, 13, 40, -3, 20, 19], ['D5 number.negative']],
    ['among decimals (rates, indices, growth) a negative is a value like any other', 'Capaian Indikator', [2.5, 1.2, -0.4, 3.1, 1.7, -2.25], []],
    ['a table titled as a change or growth is signed, whole numbers too', 'Tabel 2.5 Pertumbuhan Jumlah Pegawai', [2, 1, -4, 3, 1, -2], []],
  ])('%s', (_what, title, cells, expected) => {
    // Three rows of two years each.
    const rows = [0, 2, 4].map((i) => [cells[i], cells[i + 1]]);
    expect(negatives(series(title, rows))).toEqual(expected);
  });

  test('an indicator of change is signed on its own row: LPE −16,55 in 2020 is a realisasi, not a slip', () => {
    const iku = (lpe: string, realisasi: number) =>
      grid([
        [bold('No'), bold('Indikator Kinerja Utama'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        [1, lpe, 5.85, realisasi, Math.round((realisasi / 5.85) * 10000) / 100],
        [2, 'Jumlah Pelaku Usaha Baru', 150, 162, 108],
      ]);
    expect(negatives(iku('Laju Pertumbuhan Ekonomi', -16.55))).toEqual([]);
    expect(negatives(iku('Tingkat Inflasi', -0.5))).toEqual([]);
  });

  test('contra accounts and net flows are negative by what they are; a column stating its sign is signed', () => {
    const asetTetap = grid([
      [bold('Uraian'), bold('2023'), bold('2022')],
      ['Peralatan dan Mesin', 5000, 4500],
      ['Gedung dan Bangunan', 8000, 7600],
      ['Akumulasi Penyusutan', -3000, -2500],
      [bold('Jumlah Aset Tetap'), bold(10000), bold(9600)],
    ]);
    const abk = grid([
      [bold('No'), bold('Nama Jabatan'), bold('Kebutuhan'), bold('Bezetting'), bold('Kekurangan (-) / Kelebihan (+)')],
      [1, 'Analis Keuangan', 6, 3, -3],
      [2, 'Penata Laporan Keuangan', 8, 9, 1],
      [3, 'Pengadministrasi Perkantoran', 6, 11, 5],
      [null, bold('Jumlah'), bold(20), bold(23), bold(3)],
    ]);
    expect(negatives(asetTetap)).toEqual([]);
    expect(analyseSheet(asetTetap).findings).toEqual([]);
    expect(negatives(abk)).toEqual([]);
  });
});

test('a grade written with its name in brackets ("B (Baik)") is a grade, not a number typed wrong', () => {
  const ikm = grid([
    [bold('No'), bold('Unsur Pelayanan'), bold('Nilai'), bold('Mutu Pelayanan')],
    [1, 'Persyaratan', 3.42, 'B (Baik)'],
    [2, 'Prosedur', 3.35, 'B (Baik)'],
    [3, 'Waktu Penyelesaian', 3.71, 'A (Sangat Baik)'],
  ]);
  expect(analyseSheet(ikm).findings.filter((x) => x.rule === 'number.invalid')).toEqual([]);
  expect(isCriterion('BB (Sangat Baik)')).toBe(true);
  expect(isCriterion('12 (dua belas)')).toBe(false);
});

describe('real workbooks from other agencies (test/fixtures/real, origins in SOURCES.tsv)', () => {
  const dir = path.join(__dirname, '..', 'fixtures', 'real');
  const files = fs.readdirSync(dir).filter((x) => x.endsWith('.xlsx'));

  /**
   * Every finding these workbooks get, and why it is right. Anything else they gave was a misreading,
   * fixed in general: a list of rates or weights with no other number ("persentase_penyesuaian",
   * SAKIP sub-component Bobot) is input, not an unexplained computed column; a column sharing one
   * formula the engine cannot read as a row relation (VLOOKUP from another sheet, a SUM per group) is
   * explained by that formula.
   */
  const EXPECTED: Record<string, string[]> = {
    // Codes 16.001 … 16.004 typed as numbers: shown right today, but 16.010 would show as 16.01. An info.
    'id-andreperioza__asset_import_excel_1548747009Format_Import_RKA(1).xlsx': ['info Sheet1!A3 kode.number'],
    // Spending by function, "627121.30" typed as text in all 11 cells: SUM in Excel skips them.
    'id-haekalyulian__BPP_2022.xlsx': ['warning Sheet1!B2 number.text'],
    // An RKA-K/L import: program 113.01.06 states 528.825.596.000, its kegiatan 5096, 5097, 5098 add up to 360.545.815.000.
    // (The program's longer code over the kegiatan's shorter ones is no depth: the rows' words say program > kegiatan.)
    'id-andreperioza__asset_import_excel_1542904383import.xlsx': ['error Sheet1!F3 sum.hierarchy'],
    // The same form saved again a few seconds later, its table a row higher: the same program, the same gap.
    'id-andreperioza__asset_import_excel_1542904415import.xlsx': ['error Sheet1!F2 sum.hierarchy'],
  };

  test.each(files.filter((x) => !EXPECTED[x]?.some((f) => f.startsWith('error'))))('%s: no arithmetic error on an ordinary, clean workbook', async (file) => {
    const a = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(dir, file)), file));
    expect(a.findings.filter((x) => x.severity === 'error').map((x) => `${x.sheet}!${x.cell} ${x.rule}`)).toEqual([]);
  });

  test.each(files)('%s: exactly the findings a reviewer accepts', async (file) => {
    const a = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(dir, file)), file));
    expect(a.findings.map((x) => `${x.severity} ${x.sheet}!${x.cell} ${x.rule}`)).toEqual(EXPECTED[file] ?? []);
  });

  test.each([
    ['id-andreperioza__asset_import_excel_1542904383import.xlsx', 'F3'],
    ['id-andreperioza__asset_import_excel_1542904415import.xlsx', 'F2'],
  ])('%s: the RKA-K/L form is inconsistent in itself, its program over its kegiatan, and nothing else', async (file, at) => {
    const a = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(dir, file)), file));
    const errs = a.findings.filter((x) => x.severity === 'error');
    // Program 113.01.06 states 528.825.596.000; kegiatan 5096 + 5097 + 5098 = 186.242.679.000 + 126.676.857.000 +
    // 47.626.279.000 = 360.545.815.000. Each kegiatan equals the sum of its outputs (no finding there): the program's
    // own figure is the one that does not follow, a real gap of the submitted form, not a misreading.
    expect(errs.map((x) => [x.cell, x.rule, x.expected, x.actual])).toEqual([[at, 'sum.hierarchy', 360545815000, 528825596000]]);
  });

  test('a province × year series under a one-row header "Tahun | 2010 | … | 2022" is a table; its negative growth is no slip', async () => {
    const file = 'id-haekalyulian__Laju_PDRB.xlsx';
    const a = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(dir, file)), file));
    expect(a.tables.map((t) => t.range)).toEqual(['A1:N36']);
    expect(a.tables[0].columns.filter((c) => c.year !== undefined).map((c) => c.year)).toEqual([
      2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
    ]);
    // 45 growth rates below zero (2020 above all): a column of decimals is signed by what it holds.
    let negatives = 0;
    for (const row of (await readWorkbook(fs.readFileSync(path.join(dir, file)), file))[0].cells)
      for (const c of row ?? []) if (typeof c?.value === 'number' && c.value < 0) negatives++;
    expect(negatives).toBeGreaterThan(40);
    expect(a.findings).toEqual([]);
  });

  test('an RKA-K/L budget (program > kegiatan > output > komponen) is read as its codes say', async () => {
    const file = 'id-andreperioza__asset_import_excel_1541857635Data_RKA.xlsx';
    const a = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(dir, file)), file));
    const rows = a.tables[0].rows;
    expect(rows.filter((x) => x.kode === '5096.001')[0]?.level).toBe(2);
    expect(new Set(rows.filter((x) => /^\s*05\d$/.test(x.kode ?? '')).map((x) => x.level))).toEqual(new Set([3, 4]));
  });
});

test('Excel errors outside every table are one note per sheet', () => {
  const g = grid([
    ['Surat pengantar', { value: '#REF!', error: true }],
    [],
    [bold('No'), bold('Uraian'), bold('Pagu (Rp)')],
    [1, 'Satu', 100],
    [2, 'Dua', { value: '#VALUE!', error: true }],
    [],
    [],
    [],
    [null, null, null, null, null, { value: '#N/A', error: true }, { value: '#DIV/0!', error: true }],
  ]);
  const outside = analyseSheet(g).findings.filter((x) => x.rule === 'number.errors-outside');
  expect(outside).toHaveLength(1);
  expect(outside[0]).toMatchObject({ cell: 'B1', severity: 'info', related: ['B1', 'F9', 'G9'] });
});

describe("fill from the header's meaning", () => {
  test('an empty Jumlah beside L / P and an empty capaian beside Target / Realisasi are planned, marked as assumed', () => {
    const staff = analyseSheet(
      grid([
        [bold('No'), bold('Golongan'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah')],
        [1, 'Golongan IV', 3, 2, null],
        [2, 'Golongan III', 10, 7, null],
      ]),
    );
    expect(staff.fill.map((x) => [x.cell, x.formula, x.value, x.assumed])).toEqual([
      ['E2', '=C2+D2', 5, true],
      ['E3', '=C3+D3', 17, true],
    ]);
    expect(staff.fill[0].reason.en).toMatch(/assumed from the column header/);
    const capaian = analyseSheet(
      grid([
        [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        [1, 'Persentase A', 80, 76, null],
        [2, 'Persentase B', 90, 90, null],
      ]),
    );
    expect(capaian.fill.map((x) => [x.cell, x.formula, x.assumed])).toEqual([
      ['E2', '=IFERROR(D2/C2*100,"")', true],
      ['E3', '=IFERROR(D3/C3*100,"")', true],
    ]);
  });

  test('an empty Jumlah row is planned whole: its sums, and its ratio from the sums the plan writes', () => {
    const a = analyseSheet(
      grid([
        [bold('No'), bold('Program'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('Rasio (%)')],
        [1, 'Program A', 1000000, 900000, null],
        [2, 'Program B', 2000000, 1500000, null],
        [null, bold('Jumlah'), null, null, null],
      ]),
    );
    expect(a.fill.map((x) => [x.cell, x.formula, x.value])).toEqual([
      ['C4', '=SUM(C2:C3)', 3000000],
      ['D4', '=SUM(D2:D3)', 2400000],
      ['E2', '=IFERROR(D2/C2*100,"")', 90],
      ['E3', '=IFERROR(D3/C3*100,"")', 75],
      ['E4', '=IFERROR(D4/C4*100,"")', 80],
    ]);
    // The ratio column's relation comes from its header alone (no row shows it): every ratio is assumed.
    expect(a.fill.filter((x) => x.cell.startsWith('E')).every((x) => x.assumed)).toBe(true);
    expect(a.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('what a column with nothing to be computed from is', () => {
  test('a list of rates or weights with no other number is input: no column.unexplained', () => {
    const a = analyseSheet(
      grid([
        [bold('Kode'), bold('Uraian'), bold('Bobot (%)')],
        ['A.1', 'Pemenuhan', 6],
        ['A.2', 'Kualitas', 9],
        ['A.3', 'Pemanfaatan', 15],
        ['B.1', 'Pemenuhan', 6],
      ]),
    );
    expect(a.findings.map((f) => f.rule)).not.toContain('column.unexplained');
  });
  test('beside a number it could come from and fitting nothing, the same column is said to be unexplained, once', () => {
    const a = analyseSheet(
      grid([
        [bold('No'), bold('Uraian'), bold('Pagu (Rp)'), bold('Persentase (%)')],
        [1, 'Satu', 400, 6],
        [2, 'Dua', 300, 91],
        [3, 'Tiga', 200, 15],
        [4, 'Empat', 100, 57],
      ]),
    );
    expect(a.findings.filter((f) => f.rule === 'column.unexplained').map((f) => f.cell)).toEqual(['D1']);
  });
});

describe("the body's first heading is not a header row", () => {
  // A one-row header, then "I | BELANJA TIDAK LANGSUNG": the heading's words (belanja, program, kinerja…) are
  // header words, but an outline marker in the No column with one name beside it opens the body.
  const belanja = (mark: (s: string) => string = (s) => s) =>
    grid([
      [bold('No'), bold('Uraian'), bold('Pagu Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('%')],
      [bold(mark('I')), bold('BELANJA TIDAK LANGSUNG'), null, null, null],
      ['1', 'Belanja Pegawai', 5000000000, 4800000000, 96],
      ['2', 'Belanja Hibah', 1000000000, 900000000, 90],
      [null, bold('Sub Total I'), 6000000000, 5700000000, 95],
      [bold(mark('II')), bold('BELANJA LANGSUNG'), null, null, null],
      ['1', 'Program Pelayanan Administrasi Perkantoran', 800000000, 760000000, 95],
      ['2', 'Program Peningkatan Sarana dan Prasarana', 1200000000, 1080000000, 90],
      ['3', 'Program Pelatihan Kerja', 2000000000, 1900000000, 95],
      [null, bold('Sub Total II'), 4000000000, 3740000000, 93.5],
      [null, bold('TOTAL KESELURUHAN'), 10000000000, 9440000000, 94.4],
    ]);

  test.each([['I'], ['I.']])('headings marked %s: one header row, no finding; a wrong sub-total found', (m) => {
    const g = belanja((s) => (m.endsWith('.') ? `${s}.` : s));
    const a = analyseSheet(g);
    expect(a.tables[0].headerRows).toBe(1);
    expect(a.findings).toEqual([]);
    g.cells[9]![3] = { value: 3750000000 };
    g.cells[9]![4] = { value: 93.75 };
    g.cells[10]![3] = { value: 9450000000 };
    g.cells[10]![4] = { value: 94.5 };
    expect(brief(errors(g))).toEqual(['D10 sum.total-row']);
  });

  test('under a merged year group, "A | Program …" is the first body row', () => {
    const g = grid(
      [
        [bold('No'), bold('Uraian'), bold('Tahun 2024'), null, null],
        [null, null, bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('%')],
        [bold('A'), bold('Program Pelayanan Administrasi Perkantoran'), null, null, null],
        [1, 'Penyediaan Jasa Surat Menyurat', 10000000, 9500000, 95],
        [2, 'Penyediaan Alat Tulis Kantor', 30000000, 27000000, 90],
        [null, bold('Sub Jumlah A'), 40000000, 36500000, 91.25],
        [bold('B'), bold('Program Peningkatan Kapasitas SDM'), null, null, null],
        [1, 'Pendidikan dan Pelatihan Formal', 60000000, 57000000, 95],
        [null, bold('Sub Jumlah B'), 60000000, 57000000, 95],
        [null, bold('JUMLAH'), 100000000, 93500000, 93.5],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1'] },
    );
    expect(analyseSheet(g).tables[0].headerRows).toBe(2);
    expect(analyseSheet(g).findings).toEqual([]);
    g.cells[7]![4] = { value: 97 };
    expect(brief(errors(g))).toEqual(['E8 ratio.anggaran']);
  });

  test('a sasaran heading over its indicators: the last indicator stays an indicator', () => {
    const g = grid([
      [bold('No'), bold('Sasaran / Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [bold('I'), bold('Meningkatnya kinerja pelayanan koperasi dan UMKM'), null, null, null, null],
      ['1', 'Persentase koperasi aktif', '%', 60, 57, 95],
      ['2', 'Persentase UMKM naik kelas', '%', 10, 9.5, 95],
      ['3', 'Indeks kepuasan masyarakat', 'Indeks', 80, 84, 105],
    ]);
    expect(analyseSheet(g).findings).toEqual([]);
    expect(kinds(g)).toEqual(['2:0', '3:1^2', '4:1^2', '5:1^2']);
    g.cells[4]![5] = { value: 110 };
    expect(brief(errors(g))).toEqual(['F5 ratio.capaian']);
  });
});

describe('a category row under a group is header, and one slip is one vote', () => {
  // Bab II staff tables: a group ("Tingkat Pendidikan", "Golongan Ruang", "Status Kepegawaian") over short
  // codes that are no header words; No, Unit Kerja and Jumlah merged down beside them.
  const staff = (subs: string[], merged = true) =>
    grid(
      [
        [bold('No'), bold('Unit Kerja'), bold('Tingkat Pendidikan'), null, null, null, null, null, bold('Jumlah')],
        [null, null, ...subs.map((s) => bold(s)), null],
        [1, 'Sekretariat', 0, 1, 4, 2, 6, 1, 14],
        [2, 'Bidang Pengembangan Koperasi', 0, 0, 2, 1, 5, 2, 10],
        [3, 'Bidang UMKM', 1, 0, 3, 0, 4, 1, 9],
        [null, bold('Jumlah'), 1, 1, 9, 3, 15, 4, 33],
      ],
      merged ? { merges: ['A1:A2', 'B1:B2', 'C1:H1', 'I1:I2'] } : {},
    );

  test.each([
    ['SD SLTP SLTA D-III S-1 S-2', true],
    ['IV/b IV/a III/d III/c III/b III/a', true],
    ['SD SMP SMA DIII S1 S2', false],
  ])('%s (merged: %s): two header rows, no finding; a wrong Jumlah found with the total that carries it', (subs, merged) => {
    const g = staff(subs.split(' '), merged);
    const a = analyseSheet(g);
    expect(a.tables[0].headerRows).toBe(2);
    expect(a.findings).toEqual([]);
    g.cells[3]![8] = { value: 11 };
    g.cells[5]![8] = { value: 34 };
    expect(withSeverity(findings(g))).toEqual(['I4 sum.row-total error', 'I6 sum.row-total warning']);
  });

  test('two units and a Jumlah: the wrong unit is found, its Jumlah does not vote the check away', () => {
    const g = grid(
      [
        [bold('No'), bold('Unit Kerja'), bold('Status Kepegawaian'), null, null, bold('Jumlah')],
        [null, null, bold('PNS'), bold('PPPK'), bold('THL'), null],
        [1, 'Sekretariat', 12, 2, 4, 18],
        [2, 'Bidang Koperasi', 8, 1, 3, 13],
        [null, bold('Jumlah'), 20, 3, 7, 31],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'] },
    );
    expect(withSeverity(findings(g))).toEqual(['F4 sum.row-total error', 'F5 sum.row-total warning']);
  });

  test('Sisa "-" where the pagu was spent whole counts as nil: a wrong Sisa in a short list is found', () => {
    const sisa = (atk: number, total: number) =>
      grid([
        [bold('No'), bold('Nama Kegiatan'), bold('Pagu Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('Sisa Anggaran (Rp)')],
        [1, 'Penyediaan Jasa Surat Menyurat', 12500000, 12000000, 500000],
        [2, 'Penyediaan Alat Tulis Kantor', 30000000, 28750000, atk],
        [3, 'Rapat Koordinasi dan Konsultasi', 45000000, 45000000, '-'],
        [null, bold('JUMLAH'), 87500000, 85750000, total],
      ]);
    expect(analyseSheet(sisa(1250000, 1750000)).findings).toEqual([]);
    const a = analyseSheet(sisa(1750000, 2250000));
    expect(withSeverity(a.findings.filter((f) => f.severity !== 'info'))).toEqual(['E3 sum.difference error', 'E5 sum.difference warning']);
    expect(a.findings.map((f) => f.rule)).not.toContain('column.unexplained');
  });
});

describe('the Rp column of a Renstra under another name', () => {
  // One-row header "Target 2025 | <word> 2025 | … | <word> Akhir Periode": the program's 2026 Rp is 950, its
  // kegiatan add up to 900.
  const t61 = (word: string, programRp2026: number) =>
    grid([
      [
        bold('Kode'),
        bold('Program/Kegiatan'),
        bold('Indikator'),
        bold('Target 2025'),
        bold(`${word} 2025`),
        bold('Target 2026'),
        bold(`${word} 2026`),
        bold('Target Akhir Periode'),
        bold(`${word} Akhir Periode`),
      ],
      ['2.07.03', 'Program Penempatan Tenaga Kerja', 'Persentase pencari kerja yang ditempatkan', 35, 800, 40, programRp2026, 40, 800 + programRp2026],
      ['2.07.03.2.01', 'Pelayanan Antarkerja', 'Jumlah pencari kerja yang ditempatkan', 600, 500, 700, 600, 1300, 1100],
      ['2.07.03.2.02', 'Penerbitan Izin LPTKS', 'Jumlah izin', 5, 300, 5, 300, 10, 600],
    ]);

  test.each([['Kebutuhan Dana'], ['Kebutuhan Dana (Rp)'], ['Dana'], ['Pendanaan'], ['Biaya'], ['Indikasi Pendanaan'], ['Kerangka Pendanaan']])(
    '"%s" is money: a rencana table, its program checked against its kegiatan',
    (word) => {
      const a = analyseSheet(t61(word, 900));
      expect(a.tables[0].layout).toBe('rencana');
      expect(a.findings).toEqual([]);
      expect(brief(errors(t61(word, 950)))).toEqual(['G2 sum.hierarchy']);
    },
  );

  test('"Sumber Dana" stays a text column', () => {
    const g = grid([
      [bold('No'), bold('Kegiatan'), bold('Pagu (Rp)'), bold('Sumber Dana')],
      [1, 'Satu', 100, 'DAU'],
      [2, 'Dua', 200, 'DAK'],
    ]);
    expect(analyseSheet(g).tables[0].columns.find((c) => c.col === 3)?.role).toBe('text');
  });
});

describe("an indicator's polarity is its subject's", () => {
  test.each([
    ['Persentase kasus kekerasan yang ditangani', 'higher'],
    ['Persentase desa bebas kasus malaria', 'higher'],
    ['Persentase penduduk miskin yang menerima bantuan', 'higher'],
    ['Persentase kawasan kumuh yang ditangani', 'higher'],
    ['Jumlah desa tertinggal', 'lower'],
    ['Persentase desa tertinggal yang dientaskan', 'higher'],
    ['Tingkat kehilangan air (NRW)', 'lower'],
    ['Persentase sampah yang tidak terkelola', 'lower'],
    ['Angka kematian ibu', 'lower'],
    ['Jumlah kasus DBD', 'lower'],
    ['Persentase tunggakan pajak daerah yang tertagih', 'higher'],
    ['Persentase pengaduan masyarakat yang direspon', 'higher'],
    ['Persentase RTLH yang diperbaiki', 'higher'],
    ['Persentase anak putus sekolah yang kembali bersekolah', 'higher'],
    ['Persentase pengangguran yang terserap kerja', 'higher'],
    ['Tingkat penyelesaian tunggakan PBB', 'higher'],
    ['Jumlah kasus DBD yang dilaporkan', 'lower'],
    ['Jumlah kecelakaan yang terjadi', 'lower'],
    ['Jumlah penduduk miskin yang terdata', 'lower'],
    // (Round 92: the harm that struck, not those reached.)
    ['Luas lahan yang terserang OPT', 'lower'],
    ['Luas lahan sawah yang terendam banjir', 'lower'],
    ['Rata-rata lama waktu penyelesaian perizinan', 'lower'],
    ['Waktu penyelesaian izin usaha (hari)', 'lower'],
    ['Lama penyelesaian sengketa', 'lower'],
    ['Rata-rata waktu penyelesaian pengaduan', 'lower'],
    ['Persentase penurunan waktu penyelesaian perizinan', 'higher'],
    ['Persentase penyelesaian perselisihan hubungan industrial', 'higher'],
    ['Rata-rata Lama Sekolah', 'higher'],
    ['Rata-rata lama menginap wisatawan', 'higher'],
    ['Rata-rata lama pelayanan KTP', 'lower'],
    ['Peringkat Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)', 'lower'],
    ['Persentase koperasi tidak aktif', 'lower'],
    ['Persentase penduduk yang belum memiliki akta kelahiran', 'lower'],
    ['Persentase koperasi tidak sehat yang dibina', 'higher'],
    ['Persentase Lahan Pertanian Terserang OPT', 'lower'],
    ['Luas areal padi puso', 'lower'],
    ['Persentase lahan terserang OPT yang dikendalikan', 'higher'],
    ['Jumlah penyandang masalah kesejahteraan sosial', 'lower'],
    ['Jumlah PMKS', 'lower'],
    ['Persentase PMKS yang ditangani', 'higher'],
    ['Persentase kepemilikan akta kematian', 'higher'],
    ['Cakupan penerbitan kutipan akta kematian', 'higher'],
    ['Jumlah penduduk yang belum memiliki akta kematian', 'lower'],
    ['Angka kematian bayi', 'lower'],
    // (Round 111.)
    ['Insidens rate TB per 100.000 penduduk', 'lower'],
    ['Luas serangan OPT tanaman pangan', 'lower'],
    ['Persentase bayi dengan Berat Badan Lahir Rendah (BBLR)', 'lower'],
    ['Rasio V/C ruas jalan provinsi', 'lower'],
    ['Persentase balita di bawah garis merah (BGM)', 'lower'],
    // (Round 112: finding TB cases is the programme's aim.)
    ['Proporsi kasus TB yang ditemukan (CDR)', 'higher'],
    ['Angka penemuan kasus TB (Case Detection Rate)', 'higher'],
    ['Persentase serangan OPT yang dikendalikan', 'higher'],
    // (Round 122: what is illegal is the harm; its enforcement is the service.)
    ['Jumlah titik pembuangan sampah liar', 'lower'],
    ['Jumlah tambang ilegal', 'lower'],
    ['Jumlah reklame tanpa izin', 'lower'],
    ['Persentase penertiban bangunan liar', 'higher'],
    ['Jumlah PKL liar yang ditertibkan', 'higher'],
    ['Jumlah penindakan tambang ilegal', 'higher'],
    // (Round 127.)
    ['Persentase penduduk yang masih buang air besar sembarangan (BABS)', 'lower'],
    ['Prevalensi konsumsi pangan di bawah kebutuhan minimal', 'lower'],
    ['Jumlah desa/kelurahan Stop Buang Air Besar Sembarangan (SBS)', 'higher'],
    ['Persentase desa ODF (Open Defecation Free)', 'higher'],
  ])('%s: %s is better', (indicator, polarity) => {
    expect(isLowerBetter(indicator)).toBe(polarity === 'lower');
  });

  test("a row its words give no polarity, its years disagreeing, takes its years' (2T − R)/T; the one year computed R/T is the odd one (round 111)", () => {
    // "Angka Kejadian ISPA": no word of the vocabulary; T 10, 9, 8, 7, 6; R 9, 8,5, 7,5, 7,2, 5,4.
    const years = [2019, 2020, 2021, 2022, 2023];
    const T = [10, 9, 8, 7, 6];
    const R = [9, 8.5, 7.5, 7.2, 5.4];
    const inv = T.map((t, i) => Math.round(((2 * t - R[i]) / t) * 10000) / 100);
    const rt = T.map((t, i) => Math.round((R[i] / t) * 10000) / 100);
    const table = (capaian: number[], name = 'Angka Kejadian ISPA per 1.000 balita') =>
      grid([
        heads('No', 'Indikator', ...years.map((y) => `Target ${y}`), ...years.map((y) => `Realisasi ${y}`), ...years.map((y) => `Rasio Capaian ${y} (%)`)),
        [1, name, ...T, ...R, ...capaian],
        [2, 'Cakupan imunisasi dasar lengkap', 90, 91, 92, 93, 94, 88, 90, 93, 92, 95, 97.78, 98.9, 101.09, 98.92, 101.06],
      ]);
    // Every year agreeing on (2T − R)/T, three or more: the office's convention for the row, said nothing of (probe
    // round 127; round 21 asked its polarity once); R/T throughout: nothing. Two years only: asked once, at the first.
    expect(findings(table(inv))).toEqual([]);
    expect(findings(table(rt))).toEqual([]);
    const two = grid([
      heads('No', 'Indikator', 'Target 2022', 'Target 2023', 'Realisasi 2022', 'Realisasi 2023', 'Capaian 2022 (%)', 'Capaian 2023 (%)'),
      [1, 'Angka Kejadian ISPA per 1.000 balita', T[0], T[1], R[0], R[1], inv[0], inv[1]],
      [2, 'Cakupan imunisasi dasar lengkap', 90, 91, 88, 90, 97.78, 98.9],
    ]);
    expect(withSeverity(findings(two))).toEqual(['G2 ratio.capaian warning']);
    const odd = [...inv];
    odd[1] = rt[1];
    const found = findings(table(odd));
    expect(withSeverity(found)).toEqual(['N2 ratio.capaian warning']);
    expect(found[0].message.en).toContain("this row's other years are computed as lower-is-better");
    // The other way round: R/T in four years, T/R in one (a count of visitors, more is better): that year is the slip.
    const tr = T.map((t, i) => Math.round((t / R[i]) * 10000) / 100);
    const flipped = [...rt];
    flipped[2] = tr[2];
    expect(withSeverity(findings(table(flipped, 'Jumlah kunjungan wisatawan (ribu orang)')))).toEqual(['O2 ratio.capaian error']);
    // A polarity the row notes itself is kept: its words win over its figures.
    const noted = grid([
      heads('No', 'Indikator', 'Target 2022', 'Target 2023', 'Realisasi 2022', 'Realisasi 2023', 'Capaian 2022 (%)', 'Capaian 2023 (%)', 'Keterangan'),
      [1, 'Angka Kejadian ISPA', 10, 8, 9, 7.5, 110, 106.25, 'Semakin tinggi semakin baik'],
    ]);
    expect(brief(findings(noted))).toEqual(['G2 ratio.capaian']);
  });

  test('R/T capaian of served populations raise no lower-is-better warning', () => {
    const g = grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'Persentase kasus kekerasan yang ditangani', '%', 80, 96, 120],
      [2, 'Persentase desa bebas kasus malaria', '%', 50, 60, 120],
      [3, 'Persentase penduduk miskin yang menerima bantuan', '%', 50, 60, 120],
    ]);
    expect(analyseSheet(g).findings).toEqual([]);
  });
});

describe('where a table ends: notes and the signature block', () => {
  const budget = (tail: Lit[][]) =>
    grid([
      [bold('No'), bold('Program/Kegiatan'), bold('Pagu Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('Capaian (%)')],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 500000000, 450000000, 90],
      [2, 'Program Pengembangan UMKM', 300000000, 240000000, 80],
      [null, bold('Jumlah'), 800000000, 690000000, 86.25],
      ...tail,
    ]);

  test.each([
    [
      'place and date, office, name, NIP in the numeric columns',
      [
        [null],
        [null, null, null, null, 'Atambua, 15 Januari 2024'],
        [null, null, null, null, 'KEPALA DINAS KOPERASI DAN UKM'],
        [null],
        [null, null, null, null, bold('Drs. YOHANES B. MAU, M.Si')],
        [null, null, null, null, 'NIP. 19680312 199303 1 007'],
      ],
    ],
    [
      '"Mengetahui," and a NIP typed as a number',
      [[null], [null, null, null, 'Mengetahui,', null], [null, null, null, 'Kepala Dinas', null], [null], [null, null, null, 'NIP', 196803121993031000]],
    ],
  ] as [string, Lit[][]][])('%s: the table ends at its Jumlah, no finding', (_name, tail) => {
    const a = analyseSheet(budget(tail));
    expect(a.tables[0].range).toBe('A1:E4');
    expect(a.findings).toEqual([]);
  });

  test.each([['Catatan'], ['* angka sementara'], ['(*) angka sangat sementara'], ['NB: data per 31 Desember']])(
    'a note line "%s" under a kabupaten row: the row is still the total, its slip found',
    (note) => {
      const g = (d5: number) =>
        grid([
          [bold('No'), bold('Kecamatan'), bold('2021'), bold('2022'), bold('2023')],
          [1, 'Kota Atambua', 120, 130, 140],
          [2, 'Atambua Barat', 80, 85, 90],
          [3, 'Tasifeto Timur', 60, 62, 65],
          [null, bold('Kabupaten Belu'), 260, d5, 295],
          [note],
        ]);
      expect(analyseSheet(g(277)).findings).toEqual([]);
      expect(brief(errors(g(278)))).toEqual(['D5 sum.total-row']);
    },
  );

  test('a text row deep inside the table that starts "Catatan …" is one of its rows, not its end', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Bukti'), bold('Nilai')],
      [1, 'Evaluasi internal', 'Laporan evaluasi', 10],
      [null, null, 'Catatan dan rekomendasi APIP', null],
      [2, 'Tindak lanjut', 'Matriks tindak lanjut', 20],
    ]);
    expect(analyseSheet(g).tables[0].range).toBe('A1:D4');
  });
});

test('a bare "Jumlah" row with the satuan copied onto it is a sub-total, checked', () => {
  const g = (e5: number) =>
    grid([
      [bold('No'), bold('Jenis Sarana'), bold('Satuan'), bold('2021'), bold('2022'), bold('2023')],
      [bold('A'), bold('Sarana Pendidikan'), null, null, null, null],
      [1, 'SD/MI', 'Unit', 120, 121, 121],
      [2, 'SMP/MTs', 'Unit', 40, 42, 43],
      [null, bold('Jumlah'), 'Unit', 160, e5, 164],
      [bold('B'), bold('Sarana Kesehatan'), null, null, null, null],
      [1, 'Puskesmas', 'Unit', 12, 12, 13],
      [2, 'Pustu', 'Unit', 30, 31, 31],
      [null, bold('Jumlah'), 'Unit', 42, 43, 44],
      [null, bold('Jumlah Total'), 'Unit', 202, e5 + 43, 208],
    ]);
  expect(kinds(g(163))).toEqual(['2:0', '3:1^2', '4:1^2', '5:-', '6:0', '7:1^6', '8:1^6', '9:-', '10:-']);
  expect(analyseSheet(g(163)).findings).toEqual([]);
  expect(brief(errors(g(162)))).toEqual(['E5 sum.total-row']);
});

test.each([['Anggaran'], ['Keuangan'], ['Realisasi Anggaran']])(
  'LKPJ "Kinerja {Target | Realisasi | %} | %s {Target | Realisasi | %}": the second Realisasi is money, summed up the outline',
  (group) => {
    const g = (sub2: number) =>
      grid(
        [
          [bold('Kode'), bold('Program/Kegiatan/Sub Kegiatan'), bold('Indikator'), bold('Kinerja'), null, null, bold(group), null, null],
          [null, null, null, bold('Target'), bold('Realisasi'), bold('%'), bold('Target'), bold('Realisasi'), bold('%')],
          ['2.17.02', bold('Program Pengawasan dan Pemeriksaan Koperasi'), 'Persentase koperasi yang diawasi', 40, 42, 105, 300000000, 285000000, 95],
          ['2.17.02.2.01', 'Pemeriksaan dan Pengawasan Koperasi', 'Jumlah koperasi yang diperiksa', 20, 21, 105, 300000000, 285000000, 95],
          ['2.17.02.2.01.0001', 'Pemeriksaan Koperasi Simpan Pinjam', 'Jumlah KSP yang diperiksa', 12, 12, 100, 180000000, 171000000, 95],
          [
            '2.17.02.2.01.0002',
            'Penerapan Sanksi Administratif',
            'Jumlah koperasi yang dikenai sanksi',
            8,
            9,
            112.5,
            120000000,
            sub2,
            Math.round((sub2 / 120000000) * 10000) / 100,
          ],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1'] },
      );
    const cols = analyseSheet(g(114000000)).tables[0].columns;
    expect(cols.map((c) => c.role).slice(3)).toEqual(['target', 'realisasi', 'ratio', 'anggaran', 'realisasiRp', 'ratio']);
    expect(analyseSheet(g(114000000)).findings).toEqual([]);
    expect(brief(errors(g(104000000)))).toEqual(['H4 sum.hierarchy']);
  },
);

describe('shares of a budget', () => {
  const opd: [string, number, number][] = [
    ['Sekretariat Daerah', 1000000000, 1000000000],
    ['Sekretariat DPRD', 2750000000, 2550000000],
    ['Inspektorat', 4500000000, 4100000000],
    ['Bappeda', 6250000000, 6100000000],
    ['BPKAD', 2250000000, 1900000000],
    ['Bapenda', 4000000000, 3900000000],
    ['BKPSDM', 5750000000, 5450000000],
    ['BPBD', 1750000000, 1700000000],
  ];
  const total = opd.reduce((s, [, p]) => s + p, 0);
  const share = (p: number) => Math.round((p / total) * 10000) / 100;
  const table = (head: string, shares: number[], jumlah: number) =>
    grid([
      [bold('No'), bold('Perangkat Daerah'), bold('Pagu (Rp)'), bold('Realisasi (Rp)'), bold(head)],
      ...opd.map(([n, p, r], i) => [i + 1, n, p, r, shares[i]]),
      [null, bold('Jumlah'), total, opd.reduce((s, [, , r]) => s + r, 0), jumlah],
    ]);

  test.each([['% terhadap Total Pagu'], ['Bobot Anggaran (%)'], ['Proporsi Anggaran (%)']])(
    '"%s" is a share, not money: a wrong share is found at its row',
    (head) => {
      const shares = opd.map(([, p]) => share(p));
      const right = table(head, shares, 100);
      expect(analyseSheet(right).tables[0].columns[4].role).toBe('ratio');
      expect(analyseSheet(right).findings).toEqual([]);
      const wrong = [...shares];
      wrong[2] += 2;
      expect(brief(errors(table(head, wrong, 100)))).toEqual(['E4 ratio.share']);
    },
  );

  test('a Jumlah that states the sum of the rounded shares (100,02) is consistent; one off by more is not', () => {
    const shares = opd.map(([, p]) => share(p));
    const sum = Math.round(shares.reduce((s, v) => s + v, 0) * 100) / 100;
    expect(sum).not.toBe(100);
    expect(analyseSheet(table('Kontribusi (%)', shares, sum)).findings).toEqual([]);
    expect(brief(errors(table('Kontribusi (%)', shares, 101)))).toEqual(['E10 ratio.share']);
  });
});

describe("an indicator's name wrapped onto the row of its figures", () => {
  test('the No merged over both lines: one indicator, named in full, its polarity from the whole name', () => {
    const g = grid(
      [
        [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        [1, 'Tingkat Pengangguran', null, null, null, null],
        [null, 'Terbuka (TPT)', '%', 5, 4.5, 110],
        [2, 'Persentase koperasi aktif', '%', 60, 57, 95],
        [3, 'Angka Kematian', null, null, null, null],
        [null, 'Bayi (AKB)', 'per 1.000 KH', 10, 12, 80],
      ],
      { merges: ['A2:A3', 'A5:A6'] },
    );
    const a = analyseSheet(g);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].rows.filter((r) => r.kind === 'indicator').map((r) => r.label)).toEqual([
      'Tingkat Pengangguran Terbuka (TPT)',
      'Persentase koperasi aktif',
      'Angka Kematian Bayi (AKB)',
    ]);
  });

  test('without a merge, a first line left open ("(per 100.000") joins the unnumbered row under it', () => {
    const g = grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'Persentase ibu hamil mendapat pelayanan', '%', 80, 76, 95],
      [2, 'Angka Kematian Ibu (per 100.000', null, null, null, null],
      [null, 'kelahiran hidup)', 'Kasus', 150, 165, 90],
    ]);
    const a = analyseSheet(g);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].rows.map((r) => r.kind)).toEqual(['indicator', 'continuation', 'indicator']);
  });

  test('a heading over numbered indicators stays a heading', () => {
    const g = grid([
      [bold('No'), bold('Sasaran / Indikator'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [bold('I'), bold('Meningkatnya derajat kesehatan masyarakat'), null, null, null, null],
      [1, 'Angka kematian bayi', 'per 1.000 KH', 10, 12, 80],
      [2, 'Persentase balita gizi baik', '%', 90, 90, 100],
    ]);
    expect(kinds(g)).toEqual(['2:0', '3:1^2', '4:1^2']);
  });
});

describe('an outline told by indentation alone, two programs', () => {
  const ind = (value: string, indent: number): CellInput => ({ value, indent });
  const budget = () =>
    grid([
      [bold('Uraian'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('%')],
      [ind('Penunjang Urusan Pemerintahan Daerah', 0), 600000000, 560000000, 93.33],
      [ind('Perencanaan, Penganggaran, dan Evaluasi Kinerja', 1), 100000000, 95000000, 95],
      [ind('Administrasi Keuangan Perangkat Daerah', 1), 300000000, 285000000, 95],
      [ind('Administrasi Umum Perangkat Daerah', 1), 200000000, 180000000, 90],
      [ind('Pemberdayaan Usaha Menengah, Kecil, dan Mikro', 0), 400000000, 340000000, 85],
      [ind('Pemberdayaan Usaha Mikro', 1), 250000000, 200000000, 80],
      [ind('Pengembangan Usaha Mikro', 1), 150000000, 140000000, 93.33],
      [bold('Jumlah'), 1000000000, 900000000, 90],
    ]);

  test('a wrong kegiatan: the Jumlah equals the programs, so the indentation is the outline and the program is reported', () => {
    const g = budget();
    expect(analyseSheet(g).findings).toEqual([]);
    g.cells[3]![1] = { value: 310000000 };
    g.cells[3]![3] = { value: 91.94 };
    expect(brief(errors(g))).toEqual(['B2 sum.hierarchy']);
  });

  test('a wrong program: the Jumlah is far nearer the programs than the flat list; that program is reported', () => {
    const g = budget();
    g.cells[5]![1] = { value: 410000000 };
    g.cells[5]![3] = { value: 82.93 };
    expect(brief(errors(g)).filter((x) => x.startsWith('B'))).toEqual(['B6 sum.hierarchy']);
    expect(errors(g).map((f) => f.rule)).not.toContain('sum.total-row');
  });
});

describe('money abbreviated in the cell', () => {
  test.each([
    ['Rp. 5 M', 5e9, -9],
    ['Rp 1,5 M', 1.5e9, -8],
    ['Rp. 750 jt', 7.5e8, -6],
    ['Rp 2,25 miliar', 2.25e9, -7],
  ])('%s reads as %d, exact to its last digit (decimals %d)', (text, value, decimals) => {
    expect(readText(text)).toMatchObject({ kind: 'number', value, decimals, unit: 'Rp' });
  });

  test('"5 M" without Rp (metres, perhaps) is not read as money', () => {
    expect(readText('5 M')).not.toMatchObject({ value: 5e9 });
  });

  test('a summary in M and jt: the Jumlah checked within the rounding of what it shows', () => {
    const g = (jumlah: string) =>
      grid([
        [bold('No'), bold('Program'), bold('Pagu'), bold('Realisasi')],
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 'Rp. 5 M', 'Rp. 4,5 M'],
        [2, 'Program Pengembangan UMKM', 'Rp. 1,5 M', 'Rp. 1,2 M'],
        [3, 'Program Pengawasan Koperasi', 'Rp. 750 jt', 'Rp. 600 jt'],
        [null, 'Jumlah', 'Rp. 7,25 M', jumlah],
      ]);
    expect(errors(g('Rp. 6,3 M'))).toEqual([]);
    expect(brief(errors(g('Rp. 6,5 M')))).toEqual(['D5 sum.total-row']);
  });
});

test('a Jumlah SUM started on the column-number row: formula.range names the header cell it counts', () => {
  const g = grid([
    [bold('No'), bold('Unit Kerja'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah')],
    [bold(1), bold(2), bold(3), bold(4), bold(5)],
    [1, 'Sekretariat', 8, 7, f(15, 'C3+D3')],
    [2, 'Bidang Perencanaan', 5, 6, f(11, 'C4+D4')],
    [3, 'Bidang Pengendalian', 4, 3, f(7, 'C5+D5')],
    [4, 'UPTD', 10, 2, f(12, 'C6+D6')],
    [null, bold('Jumlah'), f(30, 'SUM(C2:C6)'), f(22, 'SUM(D2:D6)'), f(50, 'SUM(E2:E6)')],
  ]);
  const a = analyseSheet(g);
  expect(brief(a.findings.filter((x) => x.severity === 'error'))).toEqual(['C7 formula.range', 'D7 formula.range', 'E7 formula.range']);
  expect(a.findings[0].message.en).toContain('counts C2 of the header');
  expect(a.findings[0].expected).toBe(27);
});

test('=SUBTOTAL(9, …) over sub-totals written with SUBTOTAL counts none twice (Excel skips them); =SUM over them does (probe 51)', () => {
  const g = (fn: 'SUBTOTAL(9,' | 'SUM(') =>
    grid([
      heads('No', 'Perangkat Daerah / Program', 'Pagu (Rp)', 'Realisasi (Rp)'),
      ['A', 'Dinas Tenaga Kerja dan Transmigrasi', null, null],
      [1, 'Program Penempatan Tenaga Kerja', 1250000000, 1100000000],
      [2, 'Program Hubungan Industrial', 800000000, 640000000],
      [null, 'Jumlah Dinas Tenaga Kerja dan Transmigrasi', f(2050000000, 'SUBTOTAL(9,C3:C4)'), f(1740000000, 'SUBTOTAL(9,D3:D4)')],
      ['B', 'Dinas Koperasi, Usaha Kecil dan Menengah', null, null],
      [1, 'Program Pengawasan Koperasi', 500000000, 450000000],
      [2, 'Program Pemberdayaan UMKM', 950000000, 900000000],
      [null, 'Jumlah Dinas Koperasi, Usaha Kecil dan Menengah', f(1450000000, 'SUBTOTAL(9,C7:C8)'), f(1350000000, 'SUBTOTAL(9,D7:D8)')],
      [null, 'TOTAL', f(3500000000, `${fn}C3:C9)`), f(3090000000, `${fn}D3:D9)`)],
    ]);
  expect(findings(g('SUBTOTAL(9,'))).toEqual([]);
  // (The same range in a SUM adds each sub-total to its own rows: said, though the value shown happens to be right.)
  expect(brief(findings(g('SUM(')))).toEqual(['C10 formula.range', 'D10 formula.range']);
});

test('a rasio realisasi/anggaran divided the wrong way (=C4/D4*100 among =D/C) is an error: money has no lower-is-better reading (probe 51)', () => {
  const g = (e4: CellInput) =>
    grid([
      heads('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Rasio (%)'),
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1091140000, 1034250500, f(94.7862327474018, 'D2/C2*100')],
      [2, 'Program Penanggulangan Kemiskinan', 845000000, 800560000, f(94.74082840236686, 'D3/C3*100')],
      [3, 'Program Penempatan Tenaga Kerja', 312500000, 296000000, e4],
      [4, 'Program Hubungan Industrial', 185750000, 170250000, f(91.65545087483177, 'D5/C5*100')],
    ]);
  expect(findings(g(f(94.72, 'D4/C4*100')))).toEqual([]);
  const wrong = findings(g(f(105.57432432432432, 'C4/D4*100')));
  expect(wrong.map((x) => `${x.cell} ${x.rule} ${x.severity} ${x.expected}`)).toEqual(['E4 ratio.anggaran error 94.72']);
});

test('a Jumlah stating only the capaian, the sum of the capaian above (indicators of several units), is said; their mean is not (probe 50)', () => {
  const g = (f5: number) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Persentase koperasi aktif', '%', 80, 76, 95],
      [2, 'Jumlah wirausaha baru', 'orang', 150, 142, 94.67],
      [3, 'Indeks Kepuasan Masyarakat', 'nilai', 82, 80, 97.56],
      [null, bold('Jumlah'), null, null, null, f5],
    ]);
  expect(findings(g(95.74))).toEqual([]);
  const summed = findings(g(287.23));
  expect(summed.map((x) => `${x.cell} ${x.rule} ${x.severity} ${x.expected}`)).toEqual(['F5 ratio.total error 95.74']);
  expect(summed[0].message.id).toContain('penjumlahan persentase 3 baris');
});

test('a sub kegiatan whose kode, split over columns, names a kegiatan found only further down stays where it stands: kode.parent at the column that parts (probe 50)', () => {
  const g = (kegiatan: string) =>
    grid([
      heads('Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
      ['2', '07', '03', null, null, 'Program Pelatihan Kerja', 'Persentase tenaga kerja bersertifikat', '%', 60, 1000000000],
      ['2', '07', '03', '2.01', null, 'Pelaksanaan Pelatihan', 'Jumlah pelatihan', 'Paket', 4, 700000000],
      ['2', '07', '03', '2.01', '0001', 'Proses Pelaksanaan Pelatihan', 'Jumlah peserta', 'Orang', 160, 400000000],
      ['2', '07', '03', kegiatan, '0002', 'Pengadaan Peralatan Pelatihan', 'Jumlah paket', 'Paket', 2, 300000000],
      ['2', '07', '03', '2.02', null, 'Pembinaan LPKS', 'Jumlah LPKS dibina', 'Lembaga', 10, 300000000],
      ['2', '07', '03', '2.02', '0001', 'Pengembangan LPK', 'Jumlah LPKS dikembangkan', 'Lembaga', 10, 300000000],
    ]);
  expect(findings(g('2.01'))).toEqual([]);
  expect(brief(findings(g('2.02')))).toEqual(['D5 kode.parent']);
  expect(kinds(g('2.02'))[3]).toBe('5:2^3');
});

test('"34 Buah" in a column whose Jumlah is a number is a warning (SUM leaves it out); typed so down to the Jumlah ("57 Orang"), an info (probe 50)', () => {
  const aset = (d2: string | number, total: string | number) =>
    grid([
      heads('No', 'Nama Barang', 'Satuan', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'),
      [1, 'Kursi Kerja', 'Buah', d2, 4, 0, 38],
      [2, 'Printer', 'Unit', 26, 6, 2, 34],
      [3, 'LCD Proyektor', 'Unit', 39, 3, 0, 42],
      [null, bold('Jumlah'), null, total, 13, 2, 114],
    ]);
  const unit = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((x) => x.rule === 'number.unit')
      .map((x) => `${x.cell} ${x.severity}`);
  expect(unit(aset('34 Buah', 99))).toEqual(['D2 warning']);
  expect(unit(aset('34 Buah', '99 Buah'))).toEqual(['D2 info']);
  expect(unit(aset(34, 99))).toEqual([]);
});

test('a capaian formula reading its realisasi on another row (=E5/D3*100), in a column of mixed polarities, is judged as typed (probe 51)', () => {
  const g = (f3: CellInput) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)'),
      [1, 'Tingkat Pengangguran Terbuka', '%', 4.05, 4.01, f(100.98765432098766, '(2*D2-E2)/D2*100')],
      [2, 'Persentase pencari kerja terdaftar yang ditempatkan', '%', 81.18, 72.95, f3],
      [3, 'Persentase penduduk miskin', '%', 14.49, 11.39, f(121.39406487232574, '(2*D4-E4)/D4*100')],
      [4, 'Cakupan pelayanan kesehatan ibu hamil (K4)', '%', 96.74, 102.32, f(105.7680380401075, 'E5/D5*100')],
    ]);
  expect(findings(g(f(89.86203498398621, 'E3/D3*100')))).toEqual([]);
  const wrong = findings(g(f(126.04089677260406, 'E5/D3*100')));
  expect(wrong.map((x) => `${x.cell} ${x.rule} ${x.severity} ${x.expected}`)).toEqual(['F3 ratio.capaian error 89.86']);
});

test('a kegiatan whose Program part of a split kode slipped (04 under 03) stays under its program with its sub kegiatan; kode.parent at the kegiatan only (probe 52)', () => {
  const g = (program: string) =>
    grid([
      heads('Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
      ['2', '07', '03', null, null, 'Program Pelatihan Kerja', null, null, null, 595000000],
      ['2', '07', '03', '1.01', null, 'Pelaksanaan Pelatihan', null, null, null, 525000000],
      ['2', '07', '03', '1.01', '0001', 'Proses Pelatihan Keterampilan', 'Jumlah peserta', 'Orang', 300, 525000000],
      ['2', '07', program, '1.03', null, 'Konsultansi Produktivitas', null, null, null, 70000000],
      ['2', '07', '03', '1.03', '0001', 'Pelaksanaan Konsultasi Produktivitas', 'Jumlah perusahaan', 'Perusahaan', 10, 70000000],
    ]);
  expect(findings(g('03'))).toEqual([]);
  expect(brief(findings(g('04')))).toEqual(['C5 kode.parent']);
  expect(kinds(g('04')).slice(3)).toEqual(['5:1^2', '6:2^5']);
});

test('a capaian table with one row to test (one indicator, or the others NA) checks it against realisasi ÷ target as named (probe 52)', () => {
  const one = (f2: number) =>
    grid([heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), [1, 'Persentase koperasi aktif', '%', 80, 76, f2]]);
  rightThenSlip(one, 95, 97, ['F2 ratio.capaian']);
  const withNA = (f3: number) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Jumlah UMKM terfasilitasi', 'Unit', 'NA', 1250, '-'],
      [2, 'Persentase koperasi aktif', '%', 80, 76, f3],
      [3, 'Tingkat pengangguran terbuka', '%', 'NA', 4.1, 'NA'],
    ]);
  rightThenSlip(withNA, 95, 97, ['F3 ratio.capaian']);
});

test("a Perangkat Daerah heading after another unit's programs (its unit code no child of theirs) is no kode slip (probe 51 rerun)", async () => {
  // As a helper wrote it: units A, B, C with SUBTOTAL Jumlah rows, the unit codes 2.07.2.18, 2.17.3.31, 1.02.0.00.
  const file = path.join(__dirname, '..', 'fixtures', 'probes', 'r51-opd-units-subtotal.xlsx');
  expect(analyseWorkbook(await readWorkbook(fs.readFileSync(file), 'r51-opd-units-subtotal.xlsx')).findings.filter((x) => x.severity !== 'info')).toEqual([]);
  const g = grid([
    heads('No', 'Kode', 'Perangkat Daerah / Program', 'Pagu (Rp)', 'Realisasi (Rp)'),
    ['A', '2.07.2.18', 'Dinas Tenaga Kerja dan Transmigrasi', null, null],
    [1, '2.07.01', 'Program Pemberdayaan Usaha Mikro', 19762056000, 18120732168],
    [2, '2.07.02', 'Program Hubungan Industrial', 5592035000, 4370027314],
    [null, null, 'Jumlah Dinas Tenaga Kerja dan Transmigrasi', 25354091000, 22490759482],
    ['B', '2.17.3.31', 'Dinas Koperasi, Usaha Kecil dan Menengah', null, null],
    [1, '2.17.01', 'Program Pengawasan Koperasi', 693077000, 498082705],
    [2, '2.17.02', 'Program Pemberdayaan UMKM', 6675624000, 5685740086],
    [null, null, 'Jumlah Dinas Koperasi, Usaha Kecil dan Menengah', 7368701000, 6183822791],
  ]);
  expect(findings(g)).toEqual([]);
});

test('a Renja evaluation\'s "Tingkat Capaian … (%) ▸ K | Rp (000)": both rates, K of the performance, Rp of the money (probe 55)', () => {
  const tc29 = (rp: string, k4: number) => {
    const group = (label: string) => [label, label];
    return grid([
      heads(
        'No',
        'Kode',
        'Program/Kegiatan',
        'Indikator Kinerja',
        'Satuan',
        ...group('Target Renja Tahun Berjalan (2024)'),
        ...group('Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi'),
        ...group('Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang Dievaluasi (%)'),
      ),
      heads('No', 'Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan', 'K', rp, 'K', rp, 'K', rp),
      [1, '2.07.01', 'Program Penempatan Tenaga Kerja', null, null, null, 900000, null, 810000, null, 90],
      [null, '2.07.01.2.01', 'Pelayanan Antarkerja', 'Jumlah pencari kerja yang mendapat layanan', 'orang', 40, 500000, 36, 460000, k4, 92],
      [null, '2.07.01.2.02', 'Penyusunan Informasi Pasar Kerja', 'Jumlah dokumen informasi pasar kerja', 'dokumen', 4, 400000, 4, 350000, 100, 87.5],
      [null, null, 'Jumlah', null, null, null, 900000, null, 810000, null, 90],
    ]);
  };
  for (const rp of ['Rp', 'Rp (000)', 'Rp Juta']) rightThenSlip((k4: number) => tc29(rp, k4), 90, 95, ['J4 ratio.capaian']);
});

describe('deep RKPD/Renja hierarchies: urusan > bidang > Perangkat Daerah > program > kegiatan > sub kegiatan (probe 54)', () => {
  const head = heads('Kode', 'Urusan/Bidang Urusan/Perangkat Daerah/Program/Kegiatan/Sub Kegiatan', 'Pagu Indikatif (Rp)');
  it('"Jumlah Bidang Urusan KESEHATAN" closes the heading KESEHATAN, not the bidang before it', () => {
    const g = (c15: number) =>
      grid([
        heads('Kode', 'Uraian', 'Anggaran (Rp)'),
        ['1.02', 'KESEHATAN', null],
        ['1.02.0.00.0.00.01.0000', 'DINAS KESEHATAN', null],
        ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN', 500000000],
        ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 500000000],
        ['1.02.02.2.01.0001', 'Pengembangan Rumah Sakit', 500000000],
        [null, 'Jumlah DINAS KESEHATAN', 500000000],
        [null, 'Jumlah Bidang Urusan KESEHATAN', 500000000],
        ['1.03', 'PEKERJAAN UMUM DAN PENATAAN RUANG', null],
        ['1.03.0.00.0.00.01.0000', 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG', null],
        ['1.03.02', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', 800000000],
        ['1.03.02.2.01', 'Pengelolaan SDA dan Bangunan Pengaman Pantai', 800000000],
        ['1.03.02.2.01.0001', 'Rehabilitasi Bendungan, Embung, dan Penampung Air Lainnya', 800000000],
        [null, 'Jumlah DINAS PEKERJAAN UMUM DAN PENATAAN RUANG', 800000000],
        [null, 'Jumlah Bidang Urusan PEKERJAAN UMUM DAN PENATAAN RUANG', c15],
      ]);
    rightThenSlip(g, 800000000, 810000000, ['C15 sum.total-row']);
  });
  it('"Jumlah Urusan …" adds its "Jumlah Bidang Urusan" rows (not the "Jumlah DINAS" inside them), one bidang or two; an unsur adds its own', () => {
    const bidang = (kode: string, name: string, unit: string, a: number, b: number): Lit[][] => [
      [kode, name, null],
      [`${kode}.0.00.0.00.01.0000`, unit, null],
      [`${kode}.01`, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', a],
      [`${kode}.01.2.01`, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', a],
      [`${kode}.01.2.01.0001`, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', a],
      [`${kode}.02`, 'PROGRAM PELAYANAN', b],
      [`${kode}.02.2.01`, 'Penyediaan Layanan', b],
      [`${kode}.02.2.01.0001`, 'Pelayanan Dasar', b],
      [null, `Jumlah ${unit}`, a + b],
      [null, `Jumlah Bidang Urusan ${name}`, a + b],
    ];
    const g = (last: number) =>
      grid([
        heads('Kode', 'Uraian', 'Anggaran (Rp)'),
        ['1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', null],
        ...bidang('1.02', 'KESEHATAN', 'DINAS KESEHATAN', 300, 200),
        ...bidang('1.03', 'PEKERJAAN UMUM DAN PENATAAN RUANG', 'DINAS PEKERJAAN UMUM', 400, 100),
        [null, 'Jumlah Urusan Wajib Pelayanan Dasar', 1000],
        ['2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null],
        ...bidang('2.17', 'KOPERASI, USAHA KECIL, DAN MENENGAH', 'DINAS KOPERASI', 250, 50),
        [null, 'Jumlah Urusan Wajib Non Pelayanan Dasar', 300],
        ['5', 'UNSUR PENUNJANG URUSAN PEMERINTAHAN', null],
        ...bidang('5.01', 'PERENCANAAN', 'BADAN PERENCANAAN', 120, 30),
        ...bidang('5.02', 'KEUANGAN', 'BADAN KEUANGAN', 80, 20),
        [null, bold('Jumlah Unsur Penunjang Urusan Pemerintahan'), last],
        [null, 'JUMLAH BELANJA', 1550],
      ]);
    expect(findings(g(250))).toEqual([]);
    expect(brief(findings(g(260)))).toEqual(['C57 sum.total-row']);
  });
  it("a unit's code without its sub unit (1.02.0.00.0.00.01) is a Perangkat Daerah, and a unit under the second bidang it serves is no kode slip", () => {
    const short = grid([
      head,
      ['1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', 500000000],
      ['1.02', 'KESEHATAN', 500000000],
      ['1.02.0.00.0.00.01', 'DINAS KESEHATAN', 500000000],
      ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN', 500000000],
      ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 500000000],
      ['1.02.02.2.01.0001', 'Pengembangan Rumah Sakit', 300000000],
      ['1.02.02.2.01.0002', 'Pengadaan Alat Kesehatan', 200000000],
    ]);
    expect(findings(short)).toEqual([]);
    const dual = grid([
      head,
      ['2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', 300000000],
      ['2.07', 'TENAGA KERJA', 300000000],
      ['2.07.3.32.0.00.01.0000', 'DINAS TENAGA KERJA DAN TRANSMIGRASI', 300000000],
      ['2.07.03', 'PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', 300000000],
      ['2.07.03.2.01', 'Pelaksanaan Pelatihan Berbasis Kompetensi', 300000000],
      ['2.07.03.2.01.0001', 'Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan', 300000000],
      ['3', 'URUSAN PEMERINTAHAN PILIHAN', 200000000],
      ['3.32', 'TRANSMIGRASI', 200000000],
      ['2.07.3.32.0.00.01.0000', 'DINAS TENAGA KERJA DAN TRANSMIGRASI', 200000000],
      ['3.32.02', 'PROGRAM PEMBANGUNAN KAWASAN TRANSMIGRASI', 200000000],
      ['3.32.02.2.01', 'Penataan Persebaran Penduduk', 200000000],
      ['3.32.02.2.01.0001', 'Pelaksanaan Kerja Sama Antar Daerah', 200000000],
    ]);
    expect(findings(dual)).toEqual([]);
  });
  it('codes typed before the names: a sub kegiatan typed again on its next indicator row is one node, and a code off its kegiatan is said', () => {
    const filldown = grid([
      heads('Kode / Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Pagu (Rp)'),
      ['2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', 'Persentase Tenaga Kerja Bersertifikat', 60, 500000000],
      ['2.07.03.2.01 Pelaksanaan Pelatihan Berbasis Kompetensi', 'Jumlah Peserta Pelatihan', 400, 500000000],
      ['2.07.03.2.01.0001 Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan', 'Jumlah Peserta Pelatihan', 300, 200000000],
      ['2.07.03.2.01.0001 Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan', 'Jumlah Paket Pelatihan', 12, 200000000],
      ['2.07.03.2.01.0002 Pengadaan Peralatan Pelatihan', 'Jumlah Paket Peralatan', 4, 300000000],
    ]);
    expect(findings(filldown)).toEqual([]);
    const slip = (a7: string) =>
      grid([
        heads('Kode / Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)'),
        ['2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', 700000000],
        ['2.07.03.2.01 Pelaksanaan Pelatihan Berbasis Kompetensi', 300000000],
        ['2.07.03.2.01.0001 Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan', 300000000],
        ['2.07.03.2.02 Pembinaan Lembaga Pelatihan Kerja Swasta', 400000000],
        ['2.07.03.2.02.0001 Pengembangan Lembaga Pelatihan Kerja', 150000000],
        [`${a7} Akreditasi Lembaga Pelatihan Kerja`, 250000000],
      ]);
    rightThenSlip(slip, '2.07.03.2.02.0002', '2.07.03.2.01.0002', ['A7 kode.parent'], 'findings');
  });
  it('a split kode naming a kegiatan above, where its row above adds up with it, stays put: kode.parent, no sums moved', () => {
    const g = (kegiatan: string) =>
      grid([
        heads('Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Uraian', 'Anggaran (Rp)'),
        ['2', '07', '03', null, null, 'PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', 700000000],
        ['2', '07', '03', '2.01', null, 'Pelaksanaan Pelatihan Berbasis Kompetensi', 300000000],
        ['2', '07', '03', '2.01', '0001', 'Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan', 300000000],
        ['2', '07', '03', '2.02', null, 'Pembinaan Lembaga Pelatihan Kerja Swasta', 400000000],
        ['2', '07', '03', '2.02', '0001', 'Pengembangan Lembaga Pelatihan Kerja', 150000000],
        ['2', '07', '03', kegiatan, '0002', 'Akreditasi Lembaga Pelatihan Kerja', 250000000],
      ]);
    rightThenSlip(g, '2.02', '2.01', ['D7 kode.parent'], 'findings');
  });
});

test('an indicator on two lines under its name merged down (kasus | per 100.000 KH): the second line keeps its polarity and counts in the Rata-rata (probe 55)', () => {
  const g = (f6: number) =>
    grid(
      [
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Persentase koperasi aktif', '%', 80, 76, 95],
        [2, 'Angka kematian ibu', 'kasus', 10, 8, 120],
        [null, null, 'per 100.000 KH', 95.5, 88.2, 107.64],
        [3, 'Jumlah wirausaha baru', 'orang', 150, 141, 94],
        [bold('Rata-rata Capaian'), null, null, null, null, f6],
      ],
      { merges: ['A3:A4', 'B3:B4', 'A6:E6'] },
    );
  rightThenSlip(g, 104.16, 103, ['F6 sum.average']);
});

test('a Renja evaluation\'s "Realisasi Kinerja Renstra s.d. Tahun 2023" after the quarters is the years so far, not the quarters\' sum (probe 55)', async () => {
  // As a helper wrote it (T-C.29 with K | Rp per triwulan, % rows among counts).
  const file = path.join(__dirname, '..', 'fixtures', 'probes', 'r55-tc29-sd-tahun.xlsx');
  const a = analyseWorkbook(await readWorkbook(fs.readFileSync(file), 'r55-tc29-sd-tahun.xlsx'));
  expect(a.findings.filter((x) => x.severity !== 'info')).toEqual([]);
});

test('one capaian written as 100 where it is above, under a note "ditetapkan maksimal 100%": the table\'s own rule, nothing said (probe 55)', () => {
  const g = (note: string) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Persentase koperasi aktif', '%', 80, 76, 95],
      [2, 'Cakupan pelayanan kesehatan ibu hamil (K4)', '%', 94.28, 96.78, 100],
      [3, 'Persentase UMKM yang naik kelas', '%', 25, 21, 84],
      [4, 'Persentase desa berstatus mandiri', '%', 30, 24, 80],
      [],
      [note],
    ]);
  expect(findings(g('*) Capaian kinerja di atas 100% ditetapkan maksimal 100%'))).toEqual([]);
  // Without the note, a lone 100 is a capaian written wrong.
  expect(brief(findings(g('Sumber: Dinas Koperasi')))).toEqual(['F3 ratio.capaian']);
});

test('a capaian column most of whose rows are capped at 100 under a note, lower-is-better rows among them: checked with the cap, not unexplained (probe 55)', () => {
  const g = (stunting: number) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Persentase jalan kabupaten dalam kondisi mantap', '%', 75.7, 84.97, 100],
      [2, 'Nilai SAKIP Perangkat Daerah', 'nilai', 70.52, 54.85, 77.78],
      [3, 'Angka kematian bayi', 'per 1.000 KH', 9.79, 8.16, 100],
      [4, 'Prevalensi stunting pada balita', '%', 24.7, stunting, 100],
      [5, 'Angka putus sekolah SD', '%', 0.36, 0.34, 100],
      [],
      ['*) Capaian kinerja di atas 100% ditetapkan maksimal 100%'],
    ]);
  expect(findings(g(24.11))).toEqual([]);
  // Stunting above its target is below 100 %, whatever the cap: the 100 is wrong there.
  expect(brief(findings(g(26.5)))).toEqual(['F5 ratio.capaian']);
});

test('a list of key figures ("1 | Jumlah Pegawai | 131", "2 | Jumlah Program | 4", "Total Pagu 2025") is items, not totals of the rows above (probe 53)', () => {
  const numbered = grid([
    heads('No', 'Uraian', 'Nilai', 'Sumber'),
    [1, 'Jumlah Pegawai (orang)', 131, 'Tabel 2.1'],
    [2, 'Jumlah Program', 4, 'Tabel 6.1'],
    [3, 'Jumlah Sub Kegiatan', 52, 'Tabel 6.1'],
    [4, 'Total Pagu 2025 (Rp)', 12500000000, 'Tabel 6.1'],
  ]);
  expect(findings(numbered)).toEqual([]);
  expect(kinds(numbered)).toEqual(['2:-', '3:-', '4:-', '5:-']);
  // Unnumbered, each a count under another count.
  expect(findings(grid([heads('Uraian', 'Nilai'), ['Jumlah Pegawai', 131], ['Jumlah Program', 4]]))).toEqual([]);
  // A Jumlah that does sum the counts above it is still their total, and a wrong one is said.
  const penduduk = (d4: number) =>
    grid([heads('Uraian', 'Nilai'), ['Jumlah Penduduk Laki-laki', 250100], ['Jumlah Penduduk Perempuan', 248012], [bold('Jumlah Total'), d4]]);
  rightThenSlip(penduduk, 498112, 498000, ['B4 sum.total-row']);
});

describe('row totals under other names: quarters and running totals', () => {
  test.each([['Jumlah'], ['Total'], ['s.d. TW IV'], ['Kumulatif']])('"Realisasi ▸ TW I … TW IV ▸ %s" is the quarters\' row total', (leaf) => {
    const g = (q4: number) =>
      grid(
        [
          [bold('No'), bold('Indikator Kinerja'), bold('Target Tahunan'), bold('Realisasi'), null, null, null, null, bold('Capaian (%)')],
          [null, null, null, bold('TW I'), bold('TW II'), bold('TW III'), bold('TW IV'), bold(leaf), null],
          [1, 'Jumlah pencari kerja yang ditempatkan', 600, 120, 150, 160, 200, 630, 105],
          [2, 'Jumlah peserta pelatihan', 240, 0, 80, 80, q4, 260, 108.33],
          [3, 'Jumlah perusahaan yang dibina', 40, 10, 10, 12, 6, 38, 95],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2'] },
      );
    expect(analyseSheet(g(100)).findings).toEqual([]);
    expect(brief(errors(g(90)))).toEqual(['H4 sum.row-total']);
  });

  test('one header row: "Realisasi TW I … TW IV | Jumlah Realisasi"', () => {
    const g = grid([
      [
        bold('No'),
        bold('Indikator'),
        bold('Target'),
        bold('Realisasi TW I'),
        bold('Realisasi TW II'),
        bold('Realisasi TW III'),
        bold('Realisasi TW IV'),
        bold('Jumlah Realisasi'),
        bold('Capaian (%)'),
      ],
      [1, 'Jumlah pencari kerja yang ditempatkan', 600, 120, 150, 160, 200, 630, 105],
      [2, 'Jumlah peserta pelatihan', 240, 0, 80, 80, 90, 260, 108.33],
      [3, 'Jumlah perusahaan yang dibina', 40, 10, 10, 12, 6, 38, 95],
    ]);
    expect(brief(errors(g))).toEqual(['H3 sum.row-total']);
  });

  test.each([
    ['Realisasi s.d. Bulan Lalu', 'Realisasi Bulan Ini', 'Realisasi s.d. Bulan Ini'],
    ['Realisasi s.d. TW II', 'Realisasi TW III', 'Realisasi s.d. TW III'],
    ['Realisasi Tahun Lalu', 'Realisasi Tahun Ini', 'Realisasi Kumulatif'],
  ])('RFK: "%s" + "%s" = "%s"', (before, now, cum) => {
    const g = (atk: number) =>
      grid([
        [bold('No'), bold('Kegiatan'), bold('Pagu (Rp)'), bold(before), bold(now), bold(cum), bold('%'), bold('Sisa Anggaran')],
        [1, 'Penyediaan Jasa Surat Menyurat', 12500000, 6000000, 1500000, 7500000, 60, 5000000],
        [2, 'Penyediaan Alat Tulis Kantor', 30000000, 12500000, 4250000, atk, Math.round((atk / 30000000) * 10000) / 100, 30000000 - atk],
        [3, 'Rapat Koordinasi dan Konsultasi', 45000000, 20000000, 7500000, 27500000, 61.11, 17500000],
        [4, 'Pemeliharaan Kendaraan Dinas', 60000000, 25000000, 5000000, 30000000, 50, 30000000],
      ]);
    expect(analyseSheet(g(16750000)).findings).toEqual([]);
    expect(brief(errors(g(17750000)))).toEqual(['F3 sum.row-total']);
  });

  test('"(6) = (4) + (5)" in the column-number row makes any column a row total', () => {
    const g = grid([
      [bold('No'), bold('Kegiatan'), bold('Pagu (Rp)'), bold('Realisasi Lalu'), bold('Realisasi Sekarang'), bold('Realisasi Akhir'), bold('%')],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6) = (4) + (5)', '(7) = (6) / (3)'].map((v) => bold(v)),
      [1, 'A', 100, 40, 10, 50, 50],
      [2, 'B', 200, 60, 40, 110, 55],
      [3, 'C', 300, 100, 50, 150, 50],
    ]);
    expect(brief(errors(g))).toEqual(['F4 sum.row-total']);
  });
});

test('"Jumlah | Nilai (Rp) | Baik | Rusak Ringan | Rusak Berat": the count adds the conditions, not the money beside it', () => {
  const g = (c4: number, c5: number) =>
    grid([
      [bold('No'), bold('Jenis Aset'), bold('Jumlah'), bold('Nilai (Rp)'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat')],
      [1, 'Tanah', 2, 2450000000, 2, 0, 0],
      [2, 'Gedung Kantor', 2, 3200000000, 1, 1, 0],
      [3, 'Peralatan dan Mesin', c4, 1890000000, 140, 22, 9],
      [null, bold('Jumlah'), c5, 7540000000, 143, 23, 9],
    ]);
  expect(analyseSheet(g(171, 175)).findings).toEqual([]);
  expect(brief(errors(g(172, 175)))).toEqual(['C4 sum.row-total']);
});

test('"Tingkat Capaian" holding Sangat Tinggi / Tinggi / Sedang is the predikat column, checked', () => {
  const g = (g3: string) =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)'), bold('Tingkat Capaian')],
      [1, 'Persentase Puskesmas terakreditasi', '%', 90, 85.5, 95, 'Sangat Tinggi'],
      [2, 'Cakupan imunisasi dasar lengkap', '%', 95, 68, 71.58, g3],
      [3, 'Persentase desa ODF', '%', 60, 42, 70, 'Sedang'],
      [4, 'Cakupan pelayanan kesehatan ibu hamil', '%', 100, 100, 100, 'Sangat Tinggi'],
      [5, 'Persentase ibu bersalin di faskes', '%', 90, 54, 60, 'Rendah'],
    ]);
  expect(analyseSheet(g('Sedang')).tables[0].columns[6].role).toBe('predikat');
  expect(analyseSheet(g('Sedang')).findings).toEqual([]);
  expect(brief(errors(g('Tinggi')))).toEqual(['G3 ratio.predikat']);
});

test('a capaian kept as a fraction (0,9978 under "% Capaian") is graded as the percentage it is, and filled so (probe 50)', () => {
  const g = (g3: string | null) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian', 'Predikat'),
      [1, 'Persentase ASN yang kompeten', '%', 80, 79.82, 0.99775, 'Sangat Berhasil'],
      [2, 'Jumlah dokumen perencanaan yang disusun', 'dokumen', 4, 3, 0.75, g3],
      [3, 'Indeks kepuasan masyarakat', 'indeks', 80, 50, 0.625, 'Cukup Berhasil'],
    ]);
  rightThenSlip(g, 'Berhasil', 'Sangat Berhasil', ['G3 ratio.predikat']);
  expect(analyseSheet(g(null)).fill.map((x) => `${x.cell} ${x.value} ${x.formula}`)).toEqual([
    'G3 Berhasil =IF(F3="","",IF(F3>0.85,"Sangat Berhasil",IF(F3>0.7,"Berhasil",IF(F3>0.55,"Cukup Berhasil","Tidak Berhasil"))))',
  ]);
});

describe('progress towards the end of the Renstra', () => {
  test.each([['Capaian s.d. 2023 terhadap Target Akhir Renstra (%)'], ['Capaian thd Target Renstra (%)'], ['Tingkat Kemajuan (%)']])(
    '"%s" is realisation over the end target, checked',
    (head) => {
      const g = (i3: number) =>
        grid([
          [
            bold('No'),
            bold('Indikator Kinerja'),
            bold('Satuan'),
            bold('Realisasi 2022'),
            bold('Target 2023'),
            bold('Realisasi 2023'),
            bold('Capaian 2023 (%)'),
            bold('Target Akhir Renstra (2026)'),
            bold(head),
          ],
          [1, 'Persentase koperasi aktif', '%', 62.5, 65, 66.2, 101.85, 75, 88.27],
          [2, 'Persentase UMKM naik kelas', '%', 8.4, 10, 9.1, 91, 15, i3],
          [3, 'Indeks kepuasan masyarakat', 'Indeks', 78.2, 80, 81.4, 101.75, 85, 95.76],
          [4, 'Persentase pelaku usaha yang bermitra', '%', 20, 25, 24, 96, 40, 60],
        ]);
      expect(analyseSheet(g(60.67)).findings).toEqual([]);
      expect(brief(errors(g(66.67)))).toEqual(['I3 ratio.capaian']);
    },
  );

  test('"Realisasi s/d Tahun N-1 | Realisasi Tahun N | Capaian | Realisasi s/d Tahun N | … thd Target Akhir": the cumulative and its progress both checked', () => {
    const g = (kum: number, prog: number) =>
      grid([
        [
          bold('No'),
          bold('Indikator Kinerja'),
          bold('Satuan'),
          bold('Target Akhir Periode Renstra'),
          bold('Target Tahun N'),
          bold('Realisasi s/d Tahun N-1'),
          bold('Realisasi Tahun N'),
          bold('Capaian (%)'),
          bold('Realisasi s/d Tahun N'),
          bold('Tingkat Capaian thd Target Akhir (%)'),
        ],
        [1, 'Jumlah wirausaha baru', 'Orang', 1500, 300, 820, 310, 103.33, 1130, 75.33],
        [2, 'Jumlah koperasi yang dibina', 'Koperasi', 250, 50, 140, 45, 90, kum, prog],
        [3, 'Jumlah UMKM yang difasilitasi sertifikasi', 'UMKM', 600, 120, 330, 132, 110, 462, 77],
      ]);
    expect(analyseSheet(g(185, 74)).findings).toEqual([]);
    expect(brief(errors(g(190, 76)))).toEqual(['I3 sum.row-total']);
    expect(brief(errors(g(185, 80)))).toEqual(['J3 ratio.capaian']);
  });
});

describe('APBD Perubahan: the % of a change is over the budget it started from', () => {
  const acc = (v: number): CellInput => ({ value: v, numFmt: '#,##0;(#,##0)' });
  const rows: [string, number, number][] = [
    ['Belanja Pegawai', 5000000000, 5250000000],
    ['Belanja Barang dan Jasa', 2000000000, 1750000000],
    ['Belanja Modal', 1200000000, 1380000000],
    ['Belanja Hibah', 800000000, 720000000],
  ];
  const pct = (a: number, b: number) => Math.round(((b - a) / a) * 10000) / 100;
  const table = (heads: string[], f3?: number) =>
    grid([
      heads.map((h) => bold(h)),
      ...rows.map(([n, a, b], i) => [i + 1, n, acc(a), acc(b), acc(b - a), i === 1 && f3 !== undefined ? f3 : pct(a, b)]),
      [null, bold('JUMLAH'), acc(9000000000), acc(9100000000), acc(100000000), 1.11],
    ]);

  test.each([
    [['No', 'Uraian', 'Sebelum Perubahan (Rp)', 'Setelah Perubahan (Rp)', 'Bertambah/(Berkurang) (Rp)', '%']],
    [['No', 'Uraian', 'APBD Murni', 'APBD Perubahan', 'Selisih', '%']],
    [['No', 'Uraian', 'Pagu Awal', 'Pagu Perubahan', 'Kenaikan/(Penurunan)', '%']],
  ])('%j: clean, and one wrong % in four rows is found at its cell', (heads) => {
    expect(analyseSheet(table(heads)).findings).toEqual([]);
    expect(brief(errors(table(heads, -14.29)))).toEqual(['F3 ratio.anggaran']);
  });
});

test.each([['Anggaran pada Tahun Ke- (Rp)'], ['Anggaran pada Tahun Ke- (dalam ribuan rupiah)'], ['Anggaran pada Tahun Ke- *)']])(
  '"%s" over 1 2 3 is a period group: the numbers under it are the header, not a data row',
  (group) => {
    const g = grid(
      [
        [bold('No'), bold('Uraian'), bold(group), null, null, bold('Realisasi Anggaran pada Tahun Ke-'), null, null],
        [null, null, bold(1), bold(2), bold(3), bold(1), bold(2), bold(3)],
        [1, 'Program Pelayanan Administrasi Perkantoran', 300, 320, 350, 270, 300, 330],
        [2, 'Program Peningkatan Sarana dan Prasarana', 200, 220, 240, 180, 200, 230],
        [null, bold('JUMLAH'), 500, 540, 590, 450, 500, 560],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
    );
    const a = analyseSheet(g);
    expect(a.tables[0].headerRows).toBe(2);
    expect(a.findings).toEqual([]);
  },
);

test('a group label typed in every cell of its span ("Anggaran pada Tahun ke-" ×3 over "1" "2" "3"), unmerged, is one group (probe 50)', () => {
  const group = (label: string) => [label, label, label];
  const g = (k3: number) =>
    grid([
      heads(
        'No',
        'Uraian',
        ...group('Anggaran pada Tahun ke-'),
        ...group('Realisasi Anggaran pada Tahun ke-'),
        ...group('Rasio antara Realisasi dan Anggaran Tahun ke-'),
      ),
      heads(null, null, '1', '2', '3', '1', '2', '3', '1', '2', '3'),
      [1, 'Program Penempatan Tenaga Kerja', 100000000, 110000000, 121000000, 90000000, 99000000, 108900000, 90, 90, 90],
      [2, 'Program Hubungan Industrial', 200000000, 220000000, 242000000, 180000000, 198000000, 217800000, 90, 90, k3],
      [null, 'Jumlah', 300000000, 330000000, 363000000, 270000000, 297000000, 326700000, 90, 90, 90],
    ]);
  expect(analyseSheet(g(90)).tables[0].headerRows).toBe(2);
  rightThenSlip(g, 90, 95, ['K4 ratio.anggaran']);
  // The same label over two groups of the row above is two columns, not one group: "Realisasi" under 2024 and under 2025.
  const two = grid([heads('No', 'Uraian', '2024', '2025'), heads(null, null, 'Realisasi', 'Realisasi'), [1, 'Program A', 100, 120], [2, 'Program B', 50, 60]]);
  expect(analyseSheet(two).tables[0].columns.map((c) => c.year)).toEqual([undefined, undefined, 2024, 2025]);
});

test.each([['Rata-rata Capaian Sasaran 1'], ['Capaian Rata-rata IKU'], ['Jumlah Rata-rata Capaian'], ['Rata-rata Capaian Tahun 2023']])(
  '"%s" closes the table with the mean of the capaian: checked as a mean, not as a row',
  (label) => {
    const g = (mean: number) =>
      grid([
        [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        [1, 'Persentase koperasi aktif', '%', 60, 57, 95],
        [2, 'Persentase UMKM naik kelas', '%', 10, 9.5, 95],
        [3, 'Indeks kepuasan masyarakat', 'Indeks', 80, 84, 105],
        [null, bold(label), null, null, null, mean],
      ]);
    expect(analyseSheet(g(98.33)).findings).toEqual([]);
    expect(brief(errors(g(96.5)))).toEqual(['F5 sum.average']);
  },
);

test('a row with only a capaian equal to the mean of the capaian above ("Nilai Capaian Kinerja Sasaran") is their mean, not a row without inputs', () => {
  const g = (v: number) =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [bold('I'), bold('Meningkatnya daya saing UMKM'), null, null, null, null],
      [1, 'Persentase koperasi aktif', '%', 60, 57, 95],
      [2, 'Persentase UMKM naik kelas', '%', 10, 9.5, 95],
      [bold('II'), bold('Meningkatnya kualitas pelayanan'), null, null, null, null],
      [3, 'Indeks kepuasan masyarakat', 'Indeks', 80, 84, 105],
      [null, bold('Nilai Capaian Kinerja Sasaran'), null, null, null, v],
    ]);
  expect(analyseSheet(g(98.33)).findings).toEqual([]);
  expect(brief(errors(g(91)))).toEqual(['F7 ratio.capaian']);
});

test("a realisation report (RFK): Realisasi Fisik (%) is progress, not money; a program's Bobot stated as the sum of its kegiatan's rounded Bobot is consistent", () => {
  const rp = (value: number): CellInput => ({ value, numFmt: '#,##0' });
  // No, Kode, name, Pagu, Bobot (%), Realisasi (Rp), (%), Fisik (%), Tertimbang (%)
  const line = (
    no: number | null,
    kode: string | null,
    name: Lit,
    pagu: number,
    bobot: number,
    real: number,
    pct: number,
    fisik: number,
    tert: number,
  ): Lit[] => [no, kode === null ? null : no === null ? bold(kode) : kode, name, rp(pagu), bobot, rp(real), pct, fisik, tert];
  const rfk = () =>
    grid(
      [
        [
          bold('No'),
          bold('Kode'),
          bold('Program/Kegiatan/Sub Kegiatan'),
          bold('Pagu Anggaran (Rp)'),
          bold('Bobot (%)'),
          bold('Realisasi Keuangan'),
          null,
          bold('Realisasi Fisik (%)'),
          bold('Tertimbang (%)'),
        ],
        [null, null, null, null, null, bold('(Rp)'), bold('(%)'), null, null],
        line(null, '2.17.01', bold('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'), 3479152000, 91.12, 2611179000, 75.05, 75.2, 68.52),
        line(1, '2.17.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 42500000, 1.11, 38250000, 90, 90, 1),
        line(2, '2.17.01.2.01.0007', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', 18750000, 0.49, 12400000, 66.13, 75, 0.37),
        line(3, '2.17.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 3254812000, 85.25, 2441109000, 75, 75, 63.94),
        line(4, '2.17.01.2.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', 35250000, 0.92, 35100000, 99.57, 100, 0.92),
        line(5, '2.17.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 127840000, 3.35, 84320000, 65.96, 68.5, 2.29),
        line(null, '2.17.07', bold('Program Pemberdayaan UMKM'), 338725000, 8.87, 133363750, 39.37, 47.35, 4.2),
        line(6, '2.17.07.2.01.0002', 'Fasilitasi Kemudahan Perizinan Berusaha Bagi Usaha Mikro', 64500000, 1.69, 22575000, 35, 40, 0.68),
        line(7, '2.17.07.2.01.0003', 'Fasilitasi Pemenuhan Standardisasi dan Sertifikasi Halal', 97250000, 2.55, 0, 0, 15, 0.38),
        line(8, '2.17.07.2.01.0005', 'Pelaksanaan Kemitraan Usaha Mikro', 28300000, 0.74, 14150000, 50, 55, 0.41),
        line(9, '2.17.07.2.02.0003', 'Pengembangan Kewirausahaan Usaha Mikro', 148675000, 3.89, 96638750, 65, 70.25, 2.73),
        line(null, null, bold('JUMLAH'), 3817877000, 99.99, 2744542750, 71.89, 72.72, 72.72),
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1', 'H1:H2', 'I1:I2'] },
    );
  const a = analyseSheet(rfk());
  expect(a.tables[0].columns[7].role).toBe('realisasi');
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const g = rfk();
  g.cells[2]![3] = { value: 3579152000, numFmt: '#,##0' }; // the program's pagu 100,000,000 above its kegiatan
  expect(brief(errors(g))).toContain('D3 sum.hierarchy');
});

describe('LKjIP analysis tables', () => {
  const KINERJA: Lit[][] = [
    [1, 'Persentase koperasi aktif', 68, 69.02, 101.5],
    [2, 'Persentase koperasi sehat', 22, 23.75, 107.95],
    [3, 'Tingkat Pengangguran Terbuka', 3.8, 3.62, 104.74],
    [4, 'Persentase tenaga kerja bersertifikat kompetensi', 48, 47.1, 98.13],
    [5, 'Persentase penduduk miskin', 11.5, 11.82, 97.22],
    [6, 'Persentase penyelesaian perselisihan hubungan industrial', 90, 93.33, 103.7],
  ];

  test('"Target (%) | Realisasi (%) | Capaian (%)": the % is the realisation\'s unit, and a wrong capaian is blamed on itself', () => {
    const head = [bold('No'), bold('Indikator Kinerja'), bold('Target (%)'), bold('Realisasi (%)'), bold('Capaian (%)')];
    const a = analyseSheet(grid([head, ...KINERJA]));
    expect(a.tables[0].columns.map((c) => c.role)).toEqual(['no', 'label', 'target', 'realisasi', 'ratio']);
    expect(a.findings).toEqual([]);
    const slip = KINERJA.map((r) => (r[0] === 4 ? [...r.slice(0, 4), 89.13] : r));
    expect(brief(analyseSheet(grid([head, ...slip])).findings)).toEqual(['E5 ratio.capaian']);
  });

  test('"Anggaran (Rp) | Realisasi (Rp) | Realisasi (%)" stays a percentage of the budget', () => {
    const g = grid([
      [bold('No'), bold('Program'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('Realisasi (%)')],
      [1, 'Program A', 1000, 900, 90],
      [2, 'Program B', 2000, 1000, 50],
      [3, 'Program C', 400, 100, 25],
    ]);
    expect(analyseSheet(g).tables[0].columns[4].role).toBe('ratio');
  });
  test('SPM: "Sasaran" merged over "Harus Dilayani | Terlayani | Belum Terlayani" is a sub-header, its columns counts', () => {
    const spm = (group: string, belum = 1928) =>
      grid(
        [
          [bold('No'), bold('Jenis Pelayanan Dasar'), bold('Target SPM (%)'), bold(group), null, null, bold('Capaian (%)')],
          [null, null, null, bold('Harus Dilayani'), bold('Terlayani'), bold('Belum Terlayani'), null],
          [1, 'Pelayanan kesehatan ibu hamil', 100, 4512, 4230, 282, 93.75],
          [2, 'Pelayanan kesehatan ibu bersalin', 100, 4307, 4155, 152, 96.47],
          [3, 'Pelayanan kesehatan bayi baru lahir', 100, 4102, 4098, 4, 99.9],
          [4, 'Pelayanan kesehatan balita', 100, 16840, 14912, belum, 88.55],
          [5, 'Pelayanan kesehatan pada usia pendidikan dasar', 100, 52310, 50118, 2192, 95.81],
          [6, 'Pelayanan kesehatan pada usia produktif', 100, 198450, 121302, 77148, 61.12],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'] },
      );
    for (const group of ['Sasaran', 'Jumlah Sasaran', 'Penerima Layanan']) {
      const a = analyseSheet(spm(group));
      expect(a.tables[0].headerRows).toBe(2);
      expect(a.tables[0].columns.slice(3, 6).map((c) => c.role)).not.toContain('text');
      expect(a.findings).toEqual([]);
    }
  });

  describe('years down the rows: the polarity is the indicator the table is about', () => {
    const TPT: Lit[][] = [
      [2020, 4.5, 4.92, 90.67],
      [2021, 4.3, 4.61, 92.79],
      [2022, 4.1, 3.98, 102.93],
      [2023, 3.95, 3.71, 106.08],
      [2024, 3.8, 3.62, 104.74],
    ];
    test('named in the group header over the pair', () => {
      const koperasi: Lit[][] = [
        [18, 15.2, 84.44],
        [20, 16.8, 84],
        [20, 18.3, 91.5],
        [22, 23.75, 107.95],
        [24, 25.1, 104.58],
      ];
      const body = (rows: Lit[][]) => rows.map((r, i) => [r[0], ...koperasi[i], ...r.slice(1)]);
      const head = [
        [bold('Tahun'), bold('Persentase Koperasi Sehat (%)'), null, null, bold('Tingkat Pengangguran Terbuka (%)'), null, null],
        [null, bold('Target'), bold('Realisasi'), bold('Capaian'), bold('Target'), bold('Realisasi'), bold('Capaian')],
      ];
      const merges = { merges: ['A1:A2', 'B1:D1', 'E1:G1'] };
      expect(analyseSheet(grid([...head, ...body(TPT)], merges)).findings).toEqual([]);
      const slip = TPT.map((r) => (r[0] === 2022 ? [2022, 4.1, 3.98, 109.2] : r));
      expect(brief(analyseSheet(grid([...head, ...body(slip)], merges)).findings)).toEqual(['G5 ratio.capaian']);
    });
    test('named in the title', () => {
      const g = grid([
        ['Tabel 3.5 Perkembangan Tingkat Pengangguran Terbuka Tahun 2020-2024'],
        [],
        [bold('Tahun'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        ...TPT,
      ]);
      expect(analyseSheet(g).findings).toEqual([]);
    });
  });
});

describe('cells as other offices type them', () => {
  test('"24.500.000,-" is an amount: the table is checked and its slip found', () => {
    const table = (realisasi: string) =>
      grid([
        [bold('No'), bold('Uraian Belanja'), bold('Anggaran'), bold('Realisasi'), bold('Sisa')],
        [1, 'Belanja Alat Tulis Kantor', '24.500.000,-', '23.987.500,-', '512.500,-'],
        [2, 'Belanja Makanan dan Minuman Rapat', '36.000.000,-', realisasi, '900.000,-'],
        [3, 'Belanja Perjalanan Dinas Dalam Daerah', '48.250.000,-', '46.875.000,-', '1.375.000,-'],
        [null, bold('Jumlah'), '108.750.000,-', '105.962.500,-', '2.787.500,-'],
      ]);
    expect(analyseSheet(table('35.100.000,-')).findings.filter((f) => f.rule === 'number.invalid')).toEqual([]);
    expect(errors(table('35.100.000,-'))).toEqual([]);
    expect(brief(errors(table('36.000.000,-'))).length).toBeGreaterThan(0);
  });

  test('"Nihil" is none, "5,31*)" a provisional figure, "4 (empat) Dokumen" a count: read, not "not a number"', () => {
    const aset = grid([
      [bold('No'), bold('Jenis Aset'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), bold('Total')],
      [1, 'Tanah', 4, 'Nihil', 'Nihil', 4],
      [2, 'Gedung dan Bangunan', 7, 2, 1, 10],
      [3, 'Kendaraan Dinas Roda 4', 3, 1, 1, 5],
      [null, bold('Jumlah'), 14, 3, 2, 19],
    ]);
    expect(analyseSheet(aset).findings).toEqual([]);
    const iku = (capaian: number) =>
      grid([
        [bold('No'), bold('Indikator Kinerja'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        [1, 'Laju pertumbuhan ekonomi', 5.2, '5,31*)', 102.12],
        [2, 'Dokumen perencanaan yang disusun tepat waktu', '4 (empat) Dokumen', '4 (empat) Dokumen', 100],
        [3, 'Rapat koordinasi yang dilaksanakan', '12 (dua belas) Kali', '10 (sepuluh) Kali', capaian],
        [4, 'Persentase pegawai yang mengikuti diklat', 30, 27.5, 91.67],
      ]);
    expect(errors(iku(83.33))).toEqual([]);
    expect(analyseSheet(iku(83.33)).findings.filter((f) => f.rule === 'number.invalid' || f.rule === 'ratio.capaian')).toEqual([]);
    expect(brief(errors(iku(88.33)))).toEqual(['E4 ratio.capaian']);
  });
});

describe('a header row of years is not the column-number row', () => {
  test('"Target Kinerja" over 2025 … 2029: the years are read and the end-of-period convention checked', () => {
    const iku = (akhir: number) =>
      grid(
        [
          [
            bold('No'),
            bold('Indikator Kinerja Utama'),
            bold('Satuan'),
            bold('Kondisi Awal (2024)'),
            bold('Target Kinerja'),
            null,
            null,
            null,
            null,
            bold('Kondisi Akhir (2029)'),
          ],
          [null, null, null, null, bold('2025'), bold('2026'), bold('2027'), bold('2028'), bold('2029'), null],
          [1, 'Indeks Pembangunan Manusia', 'Indeks', 72.45, 72.98, 73.51, 74.05, 74.59, 75.12, akhir],
          [2, 'Persentase penduduk miskin', '%', 9.84, 9.4, 8.95, 8.5, 8.05, 7.6, 7.6],
          [3, 'Tingkat pengangguran terbuka', '%', 5.12, 4.97, 4.82, 4.67, 4.52, 4.37, 4.37],
          [4, 'Nilai SAKIP Pemerintah Daerah', 'Nilai', 66.52, 67.5, 69, 70.5, 72, 73.5, 73.5],
          [5, 'Jumlah wirausaha baru yang difasilitasi', 'Orang', 540, 200, 200, 250, 250, 300, 1200],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:I1', 'J1:J2'] },
      );
    const a = analyseSheet(iku(75.12));
    expect(a.tables[0].numberRow).toBeUndefined();
    expect(a.tables[0].columns.map((c) => c.year ?? null).slice(4, 9)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(a.findings).toEqual([]);
    expect(brief(analyseSheet(iku(75.21)).findings)).toEqual(['J3 sum.period']);
  });

  test('"Anggaran (Rp)" over 2020 … 2024 and a Jumlah column: a wrong row Jumlah is blamed on itself', () => {
    const g = grid(
      [
        [bold('No'), bold('Jenis Belanja'), bold('Anggaran (Rp)'), null, null, null, null, bold('Jumlah')],
        [null, null, bold('2020'), bold('2021'), bold('2022'), bold('2023'), bold('2024'), null],
        [1, 'Belanja Pegawai', 5120400000, 5304100000, 5498750000, 5702300000, 5915000000, 27540550000],
        [2, 'Belanja Barang dan Jasa', 2415000000, 1980500000, 2310250000, 2650000000, 2804600000, 12260350000],
        [3, 'Belanja Modal', 840000000, 310000000, 575500000, 990000000, 1120000000, 3835500000],
        [null, bold('Jumlah'), 8375400000, 7594600000, 8384500000, 9342300000, 9839600000, 43536400000],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:G1', 'H1:H2'] },
    );
    expect(brief(errors(g))).toEqual(['H4 sum.row-total']);
  });
});

test('a "Persentase (%)" row under the Jumlah of a staff count is not a second total: counts add up exactly', () => {
  const g = grid(
    [
      ['Tabel 2.3 Komposisi Pegawai Bappeda Berdasarkan Tingkat Pendidikan'],
      [],
      [bold('No'), bold('Unit Kerja'), bold('Tingkat Pendidikan'), null, null, null, null, null, null, bold('Jumlah')],
      [null, null, bold('SD'), bold('SMP'), bold('SMA/SMK'), bold('D-III'), bold('S-1/D-IV'), bold('S-2'), bold('S-3'), null],
      [1, 'Sekretariat', 1, 2, 9, 3, 14, 4, '-', 33],
      [2, 'Bidang Perencanaan Ekonomi dan Sumber Daya Alam', '-', '-', 1, 1, 8, 3, '-', 13],
      [3, 'Bidang Perencanaan Pemerintahan dan Pembangunan Manusia', '-', '-', 2, '-', 7, 4, 1, 14],
      [4, 'Bidang Infrastruktur dan Kewilayahan', '-', '-', 1, 2, 9, 2, '-', 14],
      [5, 'Bidang Penelitian dan Pengembangan', '-', '-', '-', 1, 5, 3, 1, 10],
      [6, 'Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan', '-', 1, 1, '-', 6, 2, '-', 10],
      [null, bold('Jumlah'), bold(1), bold(3), bold(14), bold(7), bold(49), bold(18), bold(2), bold(94)],
      [null, bold('Persentase (%)'), 1.06, 3.19, 14.89, 7.45, 52.13, 19.15, 2.13, 100],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:I3', 'J3:J4'] },
  );
  const a = analyseSheet(g);
  expect(a.tables[0].rows.find((x) => x.row === 11)?.kind).not.toBe('total');
  expect(a.findings).toEqual([]);
});

describe('the placeholder kode X.XX (programs every urusan has)', () => {
  const B = (v: number) => ({ value: v, bold: true });
  const head: Lit[][] = [
    [
      bold('Kode'),
      bold('Bidang Urusan/Program'),
      bold('Indikator Kinerja'),
      bold('Satuan'),
      bold('2025'),
      null,
      bold('2026'),
      null,
      bold('Kondisi Akhir'),
      null,
    ],
    [null, null, null, null, bold('Target'), bold('Rp'), bold('Target'), bold('Rp'), bold('Target'), bold('Rp')],
  ];
  const penunjang: Lit[][] = [
    ['X.XX', bold('URUSAN PENUNJANG'), null, null, null, B(4150000000), null, B(4320000000), null, B(8470000000)],
    ['X.XX.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Nilai SAKIP', 'Nilai', 64, 4150000000, 66, 4320000000, 66, 8470000000],
  ];
  const tenagaKerja: Lit[][] = [
    ['2.07', bold('URUSAN PEMERINTAHAN BIDANG TENAGA KERJA'), null, null, null, B(1030000000), null, B(1145000000), null, B(2175000000)],
    [
      '2.07.03',
      'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja',
      'Persentase tenaga kerja bersertifikat',
      '%',
      44,
      720000000,
      47,
      810000000,
      47,
      1530000000,
    ],
    ['2.07.04', 'Program Penempatan Tenaga Kerja', 'Persentase pencari kerja yang ditempatkan', '%', 45, 310000000, 48, 335000000, 48, 645000000],
  ];
  const total: Lit[] = [null, bold('Jumlah'), null, null, null, B(5180000000), null, B(5465000000), null, B(10645000000)];
  const merges = { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1'] };

  test.each([
    ['before', [...penunjang, ...tenagaKerja]],
    ['after', [...tenagaKerja, ...penunjang]],
  ])('X.XX %s a bidang is its sibling, X.XX.01 its own program', (_, body) => {
    const a = analyseSheet(grid([...head, ...(body as Lit[][]), total], merges));
    const x = a.tables[0].rows.find((r) => r.kode === 'X.XX');
    expect(x?.level).toBe(0);
    expect(a.findings).toEqual([]);
  });

  test("X.XX.01 printed under its OPD's bidang (as SIPD does) extends that bidang's kode", () => {
    const bidang: Lit[] = ['2.07', bold('URUSAN PEMERINTAHAN BIDANG TENAGA KERJA'), null, null, null, B(5180000000), null, B(5465000000), null, B(10645000000)];
    const a = analyseSheet(grid([...head, bidang, penunjang[1], ...tenagaKerja.slice(1), total], merges));
    expect(a.findings).toEqual([]);
  });
});

describe('one separator and three digits: the column decides between the two readings', () => {
  const kecamatan = (c2: Lit) =>
    grid([
      [bold('No'), bold('Kecamatan'), bold('2022'), bold('2023')],
      [1, 'Kecamatan Praya', c2, 1312],
      [2, 'Kecamatan Praya Barat', 864, 902],
      [3, 'Kecamatan Jonggat', 1105, 1187],
      [null, bold('Jumlah'), 3219, 3401],
    ]);
  test('"1,250" among counts of hundreds is 1.250 (English thousands), "1.250" too', () => {
    for (const typed of ['1,250', '1.250']) {
      const a = analyseSheet(kecamatan(typed));
      expect(errors(kecamatan(typed))).toEqual([]);
      expect(a.findings.find((f) => f.cell === 'C2')).toMatchObject({ rule: 'number.text', expected: 1250 });
    }
  });
  test('"3.125" among small decimals is 3,125; the same text among counts stays 3.125 thousand', () => {
    const iku = grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'Nilai Indeks Kepuasan Masyarakat (skala 4)', 'Indeks', 3, '3.125', 104.17],
      [2, 'Indeks Reformasi Birokrasi', 'Indeks', 65, 66.42, 102.18],
      [3, 'Nilai SAKIP', 'Nilai', 70, 71.5, 102.14],
    ]);
    expect(errors(iku)).toEqual([]);
    const counts = grid([
      [bold('No'), bold('Kecamatan'), bold('Jumlah Penduduk Miskin')],
      [1, 'Praya', '3.125'],
      [2, 'Jonggat', 2410],
      [3, 'Pujut', 1988],
      [null, bold('Jumlah'), 7523],
    ]);
    expect(errors(counts)).toEqual([]);
  });
});

test('a proportion ("1:2.500" doctors per population) is a valid target, neither "not a number" nor an unchecked capaian', () => {
  const g = grid([
    [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
    [1, 'Rasio dokter per jumlah penduduk', 'Rasio', '1:2.500', '1:2.850', 87.72],
    [2, 'Jumlah Puskesmas terakreditasi', 'Unit', 22, 21, 95.45],
    [3, 'Rasio guru terhadap murid SD', 'Rasio', '1 : 25', '1 : 22', 113.64],
  ]);
  expect(analyseSheet(g).findings).toEqual([]);
});

describe('comparison with last year (LKjIP)', () => {
  const body = (f6: number): Lit[][] => [
    [1, 'Jumlah tenaga kerja yang mendapatkan pelatihan berbasis kompetensi', 'orang', 410, 452, 10.24],
    [2, 'Persentase tenaga kerja bersertifikat kompetensi', '%', 45.75, 47.1, 2.95],
    [3, 'Persentase perusahaan yang menerapkan struktur skala upah', '%', 61.3, 60.8, -0.82],
    [4, 'Jumlah kasus perselisihan hubungan industrial', 'kasus', 19, 15, f6],
    [5, 'Persentase penyelesaian perselisihan hubungan industrial', '%', 89.47, 93.33, 4.31],
    [6, 'Jumlah pencari kerja terdaftar yang ditempatkan', 'orang', 1422, 1398, -1.69],
  ];
  test.each([
    ['Peningkatan (%)', '6 = (5-4)/4 x 100'],
    ['Kenaikan/Penurunan (%)', 6],
    ['% Peningkatan', 6],
  ])('"%s" is (this year − last year) / last year × 100, checked row by row', (name, stated) => {
    const head = [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Realisasi 2023'), bold('Realisasi 2024'), bold(name)];
    const table = (f6: number) => grid([head, [1, 2, 3, 4, 5, stated], ...body(f6)]);
    const a = analyseSheet(table(-21.05));
    expect(a.tables[0].columns[5].relation?.rel).toMatchObject({ kind: 'growth', a: 4, b: 3, k: 100 });
    expect(a.findings).toEqual([]);
    const e = analyseSheet(table(3.95)).findings;
    expect(brief(e)).toEqual(['F6 ratio.peningkatan']);
    expect(e[0].expected).toBe(-21.05);
  });

  test('"Selisih" of two years\' realisasi, stated "(6) = (5) - (4)", is checked; the difference to the inputs\' decimals', () => {
    const table = (f4: number) =>
      grid([
        [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Realisasi 2023'), bold('Realisasi 2024'), bold('Selisih')],
        [1, 2, 3, 4, 5, '(6) = (5) - (4)'],
        [1, 'Indeks Kepuasan Masyarakat', 'Indeks', 81.2, 83.5, 2.3],
        [2, 'Persentase koperasi sehat', '%', 12.5, 11.8, f4],
        [3, 'Jumlah wirausaha baru', 'orang', 120, 150, 30],
        [4, 'Persentase UMKM naik kelas', '%', 3.1, 3.4, 0.3],
      ]);
    expect(analyseSheet(table(-0.7)).findings).toEqual([]);
    const e = errors(table(0.7));
    expect(brief(e)).toEqual(['F4 sum.difference']);
    expect(e[0].expected).toBe(-0.7);
  });
});

test('efficiency: capaian kinerja carried in is an input, "Tingkat Efisiensi" its gap to the capaian anggaran', () => {
  const F = (v: number) => ({ value: v, numFmt: '#,##0' });
  const table = (g5: number, stated: boolean) =>
    grid([
      [
        bold('No'),
        bold('Program'),
        bold('Capaian Kinerja (%)'),
        bold('Anggaran (Rp)'),
        bold('Realisasi Anggaran (Rp)'),
        bold('Capaian Anggaran (%)'),
        bold('Tingkat Efisiensi (%)'),
      ],
      ...((stated ? [[1, 2, 3, 4, 5, '6 = 5/4 x 100', '7 = 3 - 6']] : []) as Lit[][]),
      [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 100, F(8294394608), F(7416394916), 89.41, 10.59],
      [2, 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 95.75, F(416200000), F(332224170), 79.82, 15.93],
      [3, 'Program Penempatan Tenaga Kerja', 104.88, F(75000000), F(51569613), 68.76, g5],
      [4, 'Program Hubungan Industrial', 103.7, F(128450000), F(119870500), 93.32, 10.38],
      [5, 'Program Pemberdayaan dan Perlindungan Koperasi', 100, F(334995000), F(286123754), 85.41, 14.59],
      [6, 'Program Pemberdayaan Usaha Mikro', 44, F(239977000), F(170942571), 71.23, -27.23],
      [null, bold('Jumlah'), null, F(9489016608), F(8377125524), 88.28, null],
    ]);
  for (const stated of [true, false]) {
    expect(analyseSheet(table(36.12, stated)).findings).toEqual([]);
    const e = analyseSheet(table(38.12, stated)).findings;
    expect(brief(e)).toEqual([`G${stated ? 5 : 4} sum.difference`]);
  }
});

test('"Capaian thd Target 2026 (%)": the latest realisasi (or the year it names) over that year\'s target', () => {
  const flat = (e4: number) =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Target Akhir Renstra 2026'), bold('Realisasi 2024'), bold('Capaian thd Target 2026 (%)')],
      [1, 'Persentase koperasi aktif', 75, 69.02, 92.03],
      [2, 'Persentase usaha mikro yang naik kelas', 5, 4.21, 84.2],
      [3, 'Jumlah UMKM yang memanfaatkan platform digital', 1500, 1054, e4],
      [4, 'Persentase pencari kerja yang ditempatkan', 48, 43.25, 90.1],
      [5, 'Persentase koperasi sehat', 30, 23.75, 79.17],
    ]);
  expect(analyseSheet(flat(70.27)).findings).toEqual([]);
  expect(brief(analyseSheet(flat(72.07)).findings)).toEqual(['E4 ratio.capaian']);
  const grouped = (k: number) =>
    grid(
      [
        [
          bold('No'),
          bold('Indikator'),
          bold('Target Renstra'),
          null,
          null,
          null,
          null,
          bold('Realisasi'),
          null,
          null,
          bold('Capaian 2024 thd Target 2026 (%)'),
        ],
        [null, null, bold('2022'), bold('2023'), bold('2024'), bold('2025'), bold('2026'), bold('2022'), bold('2023'), bold('2024'), null],
        [1, 'Persentase koperasi aktif', 60, 63, 66, 70, 75, 61, 64, 69.02, 92.03],
        [2, 'Persentase usaha mikro naik kelas', 3, 3.5, 4, 4.5, 5, 3.2, 3.6, 4.21, 84.2],
        [3, 'Jumlah wirausaha baru', 300, 300, 300, 300, 300, 310, 290, 240, 80],
        [4, 'Indeks Kepuasan Masyarakat', 80, 82, 84, 86, 88, 81, 83, 84.1, k],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:G1', 'H1:J1', 'K1:K2'] },
    );
  expect(analyseSheet(grouped(95.57)).findings).toEqual([]);
  expect(brief(analyseSheet(grouped(97.57)).findings)).toEqual(['K6 ratio.capaian']);
});

test('"Realisasi 2024 ▸ Kabupaten | Provinsi | Nasional": the capaian is tried against each, and the rows choose', () => {
  const table = (ipm: number) =>
    grid(
      [
        [
          bold('No'),
          bold('Indikator'),
          bold('Satuan'),
          bold('Realisasi 2024'),
          null,
          null,
          bold('Target Nasional RPJMN 2024'),
          bold('Capaian thd Target Nasional (%)'),
        ],
        [null, null, null, bold('Kabupaten'), bold('Provinsi'), bold('Nasional'), null, null],
        [1, 'Tingkat Pengangguran Terbuka', '%', 3.62, 3.14, 4.82, 5.0, 127.6],
        [2, 'Tingkat Partisipasi Angkatan Kerja', '%', 72.41, 73.85, 70.63, 69.5, 104.19],
        [3, 'Persentase penduduk miskin', '%', 12.84, 19.02, 9.03, 7.5, 28.8],
        [4, 'Indeks Pembangunan Manusia', 'poin', 66.45, 67.39, 75.02, 75.54, ipm],
        [5, 'Rasio kewirausahaan', '%', 2.15, 2.4, 3.35, 3.95, 54.43],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2'] },
    );
  const a = analyseSheet(table(87.97));
  expect(a.tables[0].columns[7].relation?.rel).toMatchObject({ kind: 'ratio', num: 3, den: 6 });
  expect(a.findings).toEqual([]);
  expect(brief(analyseSheet(table(88.97)).findings)).toEqual(['H6 ratio.capaian']);
});

test('"Rata-rata Pertumbuhan (%)" of yearly counts (no money in the table) is checked like the budget\'s', () => {
  const table = (i4: number) =>
    grid(
      [
        [bold('No'), bold('Uraian'), bold('Satuan'), bold('Realisasi'), null, null, null, null, bold('Rata-rata Pertumbuhan (%)')],
        [null, null, null, bold('2019'), bold('2020'), bold('2021'), bold('2022'), bold('2023'), null],
        [1, 'Jumlah koperasi aktif', 'Unit', 412, 398, 405, 431, 447, 2.12],
        [2, 'Jumlah UMKM binaan', 'Unit', 1250, 1320, 1405, 1530, 1610, i4],
        [3, 'Jumlah tenaga kerja yang ditempatkan', 'Orang', 820, 640, 710, 905, 980, 6.18],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2'] },
    );
  expect(analyseSheet(table(6.54)).findings).toEqual([]);
  expect(brief(analyseSheet(table(8.12)).findings)).toEqual(['I4 ratio.pertumbuhan']);
});

test("a hidden column (last period's years) is read, but only an error in it is said, and nothing is filled into it", () => {
  const table = () =>
    grid(
      [
        [
          bold('No'),
          bold('Indikator Kinerja'),
          bold('Target Renstra Tahun ke-'),
          null,
          bold('Realisasi Capaian Tahun ke-'),
          null,
          bold('Rasio Capaian pada Tahun ke-'),
          null,
        ],
        [null, null, bold('2018'), bold('2019'), bold('2018'), bold('2019'), bold('2018'), bold('2019')],
        [1, 'Produktivitas padi (ton/ha)', null, 5.2, 5.05, 5.12, { value: '#DIV/0!', error: true, formula: 'E3/C3*100' }, f(98.46, 'ROUND(F3/D3*100,2)')],
        [2, 'Populasi ternak sapi (ekor)', null, 41000, 39850, 40210, { value: '#DIV/0!', error: true, formula: 'E4/C4*100' }, f(98.07, 'ROUND(F4/D4*100,2)')],
        [3, 'Produksi ikan (ton)', 1200, 1250, 1180, 1300, null, null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
    );
  const shown = analyseSheet(table());
  const inHidden = (cell: string) => /^[CEG]\d/.test(cell);
  expect(shown.findings.filter((x) => inHidden(x.cell)).length).toBeGreaterThan(0);
  const g = table();
  g.hiddenCols = [2, 4, 6];
  const a = analyseSheet(g);
  expect(a.findings.filter((x) => inHidden(x.cell) && x.severity !== 'error')).toEqual([]);
  expect(a.fill.filter((x) => inHidden(x.cell))).toEqual([]);
  expect(a.fill.map((x) => x.cell)).toContain('H5');
});

test('a Jumlah row that adds up indicators in % is said once (sum.percent); a mean row, or counts, are not', () => {
  const table = (last: Lit[], unit = '%') =>
    grid([
      [bold('No'), bold('Indikator'), bold('Satuan'), bold('Kondisi Awal 2024'), bold('Target 2025'), bold('Target 2026'), bold('Kondisi Akhir 2026')],
      [1, 'Persentase sarana perdagangan dalam kondisi baik', unit, 62, 65, 68, 68],
      [2, 'Persentase pedagang yang dibina', unit, 40, 45, 50, 50],
      [3, 'Persentase UTTP yang ditera ulang', unit, 70, 72, 74, 74],
      last,
    ]);
  const summed = analyseSheet(table([null, bold('Jumlah'), null, 172, 182, 192, 192])).findings;
  expect(brief(summed)).toEqual(['D5 sum.percent']);
  expect(summed[0].message.en).toContain('in 4 columns');
  expect(analyseSheet(table([null, bold('Rata-rata'), null, 57.33, 60.67, 64, 64])).findings).toEqual([]);
  expect(analyseSheet(table([null, bold('Jumlah'), null, 172, 182, 192, 192], 'orang')).findings.filter((f) => f.rule === 'sum.percent')).toEqual([]);
});

describe('LKPJ "Target | Realisasi | Capaian (%)" over "Kinerja | Anggaran/Keuangan": the group says what of the kind', () => {
  const rp = (v: number) => ({ value: v, numFmt: '#,##0' });
  test("a capaian of the budget is a ratio (its Jumlah the ratio of the totals), the realisation's budget is money spent", () => {
    const lkpj = (c: number) =>
      grid(
        [
          [bold('No'), bold('Program'), bold('Indikator Kinerja Program'), bold('Target'), null, bold('Realisasi'), null, bold('Capaian (%)'), null],
          [null, null, null, bold('Kinerja'), bold('Anggaran (Rp)'), bold('Kinerja'), bold('Anggaran (Rp)'), bold('Kinerja'), bold('Anggaran')],
          [
            1,
            'Program Peningkatan Diversifikasi dan Ketahanan Pangan',
            'Skor Pola Pangan Harapan (PPH)',
            88.5,
            rp(2345000000),
            89.2,
            rp(2198765000),
            100.79,
            93.76,
          ],
          [2, 'Program Penanganan Kerawanan Pangan', 'Persentase desa rawan pangan yang ditangani', 30, rp(876000000), 28, rp(812340000), 93.33, c],
          [3, 'Program Pengawasan Keamanan Pangan Segar', 'Persentase pangan segar yang aman', 90, rp(456000000), 92.5, rp(441230000), 102.78, 96.76],
          [4, 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP Perangkat Daerah', 70, rp(8765000000), 71.2, rp(8432109870), 101.71, 96.2],
          [null, bold('Jumlah'), null, null, rp(12442000000), null, rp(11884444870), null, 95.52],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    const a = analyseSheet(lkpj(92.73));
    expect(a.tables[0].columns.map((c) => c.role).slice(3)).toEqual(['target', 'anggaran', 'realisasi', 'realisasiRp', 'ratio', 'ratio']);
    expect(a.findings).toEqual([]);
    expect(brief(analyseSheet(lkpj(95.73)).findings)).toEqual(['I4 ratio.anggaran']);
  });

  test('"Target ▸ Keuangan (Rp)" is the pagu, summed by the Jumlah', () => {
    const g = (pagu: number) =>
      grid(
        [
          [bold('No'), bold('Program'), bold('Target'), null, bold('Realisasi'), null, bold('Capaian (%)'), null],
          [null, null, bold('Kinerja (%)'), bold('Keuangan (Rp)'), bold('Kinerja (%)'), bold('Keuangan (Rp)'), bold('Kinerja'), bold('Keuangan')],
          [1, 'Program Penyelenggaraan Jalan', 68, rp(24567800000), 66.4, rp(23333210000), 97.65, 94.97],
          [2, 'Program Pengelolaan Sumber Daya Air (SDA)', 75, rp(6789000000), 71.2, rp(6146880000), 94.93, 90.54],
          [3, 'Program Pengembangan Permukiman', 20, rp(3456000000), 14.5, rp(3098750000), 72.5, 89.66],
          [4, 'Program Penataan Bangunan Gedung', 40, rp(987600000), 42, rp(716020000), 105, 72.5],
          [null, bold('Jumlah'), null, rp(pagu), null, rp(33294860000), null, 93],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
      );
    expect(analyseSheet(g(35800400000)).findings).toEqual([]);
    expect(brief(errors(g(36800400000)))).toContain('D7 sum.total-row');
  });

  test('"Rancangan Awal RKPD ▸ Indikator Kinerja" is not a baseline', () => {
    const g = grid(
      [
        [bold('No'), bold('Rancangan Awal RKPD'), null, null, bold('Hasil Kajian'), null, null],
        [
          null,
          bold('Kegiatan'),
          bold('Indikator Kinerja'),
          bold('Pagu Indikatif (Rp)'),
          bold('Kegiatan'),
          bold('Indikator Kinerja'),
          bold('Kebutuhan Dana (Rp)'),
        ],
        [1, 'Pemberdayaan UMKM', 'Jumlah UMKM yang diberdayakan', rp(425000000), 'Pemberdayaan UMKM', 'Jumlah UMKM yang diberdayakan', rp(497500000)],
        [2, 'Pengembangan UMKM', 'Jumlah UMKM yang difasilitasi', rp(310000000), 'Pengembangan UMKM', 'Jumlah UMKM yang difasilitasi', rp(310000000)],
      ],
      { merges: ['A1:A2', 'B1:D1', 'E1:G1'] },
    );
    const a = analyseSheet(g);
    expect(a.tables[0].columns.map((c) => c.role)).not.toContain('kondisiAwal');
    expect(a.findings).toEqual([]);
  });
});

test('a second "Jumlah Urusan" after its "Jumlah Bidang" rows closes its own urusan, not the first one\'s too', () => {
  const table = (u2: number) =>
    grid([
      [bold('Kode'), bold('Urusan / Bidang / Program'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)')],
      [bold('1'), bold('URUSAN WAJIB PELAYANAN DASAR')],
      [bold('1.01'), bold('Bidang Pendidikan')],
      ['1.01.02', 'Program Pengelolaan Pendidikan', 156789000000, 149876543210],
      [null, bold('Jumlah Bidang'), 156789000000, 149876543210],
      [bold('1.02'), bold('Bidang Kesehatan')],
      ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 98765000000, 93456789010],
      [null, bold('Jumlah Bidang'), 98765000000, 93456789010],
      [null, bold('Jumlah Urusan'), 255554000000, 243333332220],
      [bold('2'), bold('URUSAN WAJIB NON PELAYANAN DASAR')],
      [bold('2.07'), bold('Bidang Tenaga Kerja')],
      ['2.07.02', 'Program Pelatihan Kerja', 1876000000, 1765430000],
      [null, bold('Jumlah Bidang'), 1876000000, 1765430000],
      [bold('2.17'), bold('Bidang Koperasi dan UKM')],
      ['2.17.02', 'Program Pengembangan UMKM', 1234000000, 1198760000],
      [null, bold('Jumlah Bidang'), 1234000000, 1198760000],
      [null, bold('Jumlah Urusan'), u2, 2964190000],
      [null, bold('TOTAL'), 255554000000 + u2, 246297522220],
    ]);
  expect(analyseSheet(table(3110000000)).findings).toEqual([]);
  const e = errors(table(3210000000));
  expect(e.map((x) => [x.cell, x.expected])).toEqual([['C17', 3110000000]]);
});

test('an urusan heading merged across the kode column is a heading, not a kode its programs must extend', () => {
  const g = grid(
    [
      [bold('Tujuan'), bold('Sasaran'), bold('Kode'), bold('Program/Kegiatan'), bold('Indikator'), bold('Satuan'), bold('Target 2025'), bold('Rp 2025')],
      [bold('URUSAN KOPERASI, USAHA KECIL DAN MENENGAH'), null, null, null, null, null, null, null],
      [
        'Meningkatnya daya saing koperasi',
        'Meningkatnya koperasi sehat',
        '2.17.01',
        'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH',
        'Nilai SAKIP',
        'Nilai',
        70,
        500000000,
      ],
      [null, null, '2.17.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 'Jumlah dokumen', 'Dokumen', 5, 200000000],
      [null, null, '2.17.01.2.02', 'Administrasi Keuangan', 'Jumlah laporan', 'Laporan', 12, 300000000],
      [null, null, '2.17.03', 'PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', 'Persentase koperasi yang diperiksa', '%', 30, 150000000],
      [null, null, '2.17.03.2.01', 'Pemeriksaan dan Pengawasan Koperasi', 'Jumlah koperasi diperiksa', 'Unit', 20, 150000000],
    ],
    { merges: ['A2:F2'] },
  );
  const a = analyseSheet(g);
  expect(a.tables[0].rows.find((x) => x.row === 1)?.kode).toBeUndefined();
  expect(a.findings).toEqual([]);
});

test('a row that says its own polarity ("makin kecil makin baik" in Keterangan) is judged by it', () => {
  const g = grid([
    [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)'), bold('Keterangan')],
    [1, 'Rasio kredit bermasalah koperasi', 5, 4, 120, 'makin kecil makin baik'],
    [2, 'Rata-rata hari proses izin usaha mikro', 10, 8, 120, 'Makin kecil makin baik'],
    [3, 'Persentase koperasi aktif', 60, 63, 105, null],
  ]);
  expect(analyseSheet(g).findings).toEqual([]);
});

test('a whole target (3, shown 3,00) is set, not measured: exactly 3 when its capaian is checked', () => {
  const p = (v: number) => ({ value: v, numFmt: '0.00' });
  const table = (c: number) =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'Persentase pertumbuhan UMKM', '%', p(3), p(3.96), p(c)],
      [2, 'Persentase koperasi aktif', '%', p(60), p(63), p(105)],
      [3, 'Persentase UMKM naik kelas', '%', p(4), p(3.52), p(88)],
      [4, 'Nilai SAKIP', 'Nilai', p(70), p(71.2), p(101.71)],
    ]);
  expect(analyseSheet(table(132)).findings).toEqual([]);
  expect(brief(analyseSheet(table(120)).findings)).toEqual(['F2 ratio.capaian']);
});

test("a kegiatan's Sisa is not wrong while some of its sub kegiatan's Sisa are still blank (the fill proposes them)", () => {
  const g = grid([
    [bold('Kode'), bold('Program/Kegiatan/Sub Kegiatan'), bold('Pagu (Rp)'), bold('Realisasi (Rp)'), bold('Sisa (Rp)')],
    ['2.17.01', 'Program Penunjang', 1000000000, 900000000, 100000000],
    ['2.17.01.2.01', 'Kegiatan Perencanaan', 400000000, 350000000, 50000000],
    ['2.17.01.2.01.0001', 'Penyusunan Renstra', 250000000, 220000000, null],
    ['2.17.01.2.01.0002', 'Penyusunan Renja', 150000000, 130000000, 20000000],
    ['2.17.01.2.02', 'Kegiatan Keuangan', 600000000, 550000000, 50000000],
    ['2.17.01.2.02.0001', 'Gaji', 500000000, 470000000, 30000000],
    ['2.17.01.2.02.0002', 'Honor', 100000000, 80000000, 20000000],
  ]);
  const a = analyseSheet(g);
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(a.fill.map((x) => x.cell)).toContain('E4');
});

test('a message quotes the stated value as its cell shows it (98,33 in a 0.00 format); `actual` keeps the stored one', () => {
  const g = grid([
    [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
    [1, 'Persentase koperasi aktif', 60, 61, { value: 98.333333, numFmt: '0.00' }],
    [2, 'Persentase UMKM', 50, 52, 104],
    [3, 'Nilai SAKIP', 70, 71, 101.43],
  ]);
  const f = analyseSheet(g).findings.find((x) => x.cell === 'E2')!;
  expect(f.actual).toBe(98.333333);
  expect(f.message.id).toContain('98,33 ');
  expect(f.message.id).not.toContain('98,333');
});

/** A Tabel 6.1 header of two years, then its akhir-periode columns. */
const plan2025To2026 = (...akhir: string[]) =>
  ['Kode', 'Program/Kegiatan', 'Indikator', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026', ...akhir].map((h) => bold(h));

test("fill: the akhir-periode Rp adds every year's cell, one the same fill writes too, and the Jumlah row's is filled", () => {
  const g = grid([
    plan2025To2026('Kondisi Akhir Target', 'Kondisi Akhir Rp'),
    ['2.17.01', 'Program Penunjang', 'Nilai SAKIP', 70, 500000000, 72, 520000000, 72, 1020000000],
    ['2.17.01.2.01', 'Perencanaan', 'Jumlah dokumen', 5, 200000000, 5, null, 5, null],
    ['2.17.01.2.01.0001', 'Penyusunan Renstra', 'Dokumen Renstra', 1, 120000000, 1, 130000000, 1, 250000000],
    ['2.17.01.2.01.0002', 'Penyusunan Renja', 'Dokumen Renja', 4, 80000000, 4, 80000000, 4, 160000000],
    ['2.17.01.2.02', 'Keuangan', 'Jumlah laporan', 12, 300000000, 12, 310000000, 12, 610000000],
    [null, bold('Jumlah'), null, null, 500000000, null, 520000000, null, null],
  ]);
  const fill = analyseSheet(g).fill;
  expect(fill.find((x) => x.cell === 'G3')?.formula).toBe('=SUM(G4:G5)');
  expect(fill.find((x) => x.cell === 'I3')?.formula).toBe('=E3+G3');
  expect(fill.find((x) => x.cell === 'I7')).toMatchObject({ value: 1020000000 }); // by the total rule, over the program
});

describe('the fill plan is closed: one fill writes what repeated fills would', () => {
  const closed = (g: SheetGrid) => analyseSheet(g, undefined, [], 0, { closeFill: true }).fill;
  const cells = (fill: { cell: string; formula: string; value: unknown }[]) => fill.map((x) => `${x.cell} ${x.formula} ${x.value}`);
  const rekap = (pppk2: Lit = 2) =>
    grid([
      [bold('No'), bold('Unit Kerja'), bold('PNS'), bold('PPPK'), bold('Honorer'), bold('Jumlah')],
      [1, 'Sekretariat', 10, 4, 3, null],
      [2, 'Bidang A', 8, pppk2, 1, null],
      [3, 'Bidang B', 6, 1, 2, null],
      [null, bold('Jumlah'), null, null, null, null],
    ]);

  test("a rekap's corner adds the totals the same fill writes; a check alone plans only what the sheet allows now", () => {
    expect(cells(closed(rekap()))).toEqual([
      'F2 =C2+D2+E2 17',
      'F3 =C3+D3+E3 11',
      'F4 =C4+D4+E4 9',
      'C5 =SUM(C2:C4) 24',
      'D5 =SUM(D2:D4) 7',
      'E5 =SUM(E2:E4) 6',
      'F5 =C5+D5+E5 37',
    ]);
    expect(cells(analyseSheet(rekap()).fill)).not.toContain('F5 =C5+D5+E5 37');
    // Written, the closed plan leaves nothing to fill; the open one left the corner to a second fill.
    expect(analyseSheet(withPlans(rekap(), closed(rekap()))).fill).toEqual([]);
    expect(cells(analyseSheet(withPlans(rekap(), analyseSheet(rekap()).fill)).fill)).toEqual(['F5 =C5+D5+E5 37']);
  });

  test('a chain of computed cells (kegiatan Rp, program Rp, their akhir-periode Rp) is planned in one go, and a second fill has nothing left', () => {
    const g = grid([
      plan2025To2026('Kondisi Akhir Rp'),
      ['2.17.01', 'Program Penunjang', 'Nilai SAKIP', 70, null, 72, null, null],
      ['2.17.01.2.01', 'Perencanaan', 'Jumlah dokumen', 5, null, 5, null, null],
      ['2.17.01.2.01.0001', 'Penyusunan Renstra', 'Dokumen Renstra', 1, 120000000, 1, 130000000, 250000000],
      ['2.17.01.2.01.0002', 'Penyusunan Renja', 'Dokumen Renja', 4, 80000000, 4, 80000000, 160000000],
      ['2.17.01.2.02', 'Keuangan', 'Jumlah laporan', 12, 300000000, 12, 310000000, 610000000],
    ]);
    const fill = closed(g);
    // The program adds its kegiatan once the same fill has summed the one left empty, not its sub kegiatan.
    expect(cells(fill)).toEqual([
      'E3 =SUM(E4:E5) 200000000',
      'G3 =SUM(G4:G5) 210000000',
      'E2 =E3+E6 500000000',
      'G2 =G3+G6 520000000',
      'H3 =E3+G3 410000000',
      'H2 =E2+G2 1020000000',
    ]);
    expect(analyseSheet(withPlans(g, fill), undefined, [], 0, { closeFill: true }).fill).toEqual([]);
  });

  test("a parent's Sisa and the Jumlah wait for the children's Sisa the same fill writes: never a sum of some of them (probe 48)", () => {
    const g = grid([
      heads('No', 'Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu Anggaran 2023 (Rp)', 'Realisasi (Rp)', 'Capaian (%)', 'Sisa Anggaran (Rp)'),
      ['1', '2.07.03', 'PROGRAM PELATIHAN KERJA', 300000000, 270010000, 90, null],
      ['a', '2.07.03.2.01', 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 300000000, 270010000, 90, null],
      ['-', '2.07.03.2.01.0001', 'Proses Pelaksanaan Pelatihan Keterampilan bagi Pencari Kerja', 180000000, 171250000, 95.14, 8750000],
      ['-', '2.07.03.2.01.0002', 'Pengadaan Peralatan Pelatihan', 120000000, 98760000, 82.3, null],
      [null, null, 'JUMLAH', 300000000, 270010000, 90, null],
    ]);
    const fill = closed(g);
    expect(fill.map((x) => `${x.cell} ${x.value}`).sort()).toEqual(['G2 29990000', 'G3 29990000', 'G5 21240000', 'G6 29990000']);
    expect(analyseSheet(withPlans(g, fill)).findings).toEqual([]);
  });

  test('a Jumlah under programs the same fill sums adds the programs, and the filled table checks clean (probe 48)', () => {
    const g = grid([
      plan2025To2026(),
      ['1.02.01', 'PROGRAM PENUNJANG', 'Nilai SAKIP', 70, 500000000, 72, 520000000],
      ['1.02.01.1.01', 'Perencanaan', 'Jumlah dokumen', 5, 200000000, 5, 210000000],
      ['1.02.01.1.01.0001', 'Penyusunan Renstra', 'Dokumen Renstra', 1, 120000000, 1, 130000000],
      ['1.02.01.1.01.0002', 'Penyusunan Renja', 'Dokumen Renja', 4, 80000000, 4, 80000000],
      ['1.02.01.1.02', 'Keuangan', 'Jumlah laporan', 12, 300000000, 12, 310000000],
      ['1.02.02', 'PROGRAM UPAYA KESEHATAN', 'Persentase layanan', 90, null, 92, 400000000],
      ['1.02.02.2.01', 'Fasilitas Kesehatan', 'Jumlah alat', 10, null, 10, 400000000],
      ['1.02.02.2.01.0014', 'Pengadaan Alat Kesehatan', 'Jumlah alat', 6, 150000000, 6, 250000000],
      ['1.02.02.2.01.0020', 'Pemeliharaan Alat Kesehatan', 'Jumlah alat', 4, 90000000, 4, 150000000],
      [null, bold('JUMLAH'), null, null, null, null, 920000000],
    ]);
    const fill = closed(g);
    expect(cells(fill)).toEqual(['E8 =SUM(E9:E10) 240000000', 'E7 =E8 240000000', 'E11 =E2+E7 740000000']);
    expect(analyseSheet(withPlans(g, fill)).findings).toEqual([]);
  });

  test("a program's akhir-periode Rp waits for its years the same fill sums; a year that cannot be filled leaves it empty", () => {
    const g = grid([
      plan2025To2026('Kondisi Akhir Rp'),
      ['2.17.01', 'Program Penunjang', 'Nilai SAKIP', 70, null, 72, null, null],
      ['2.17.01.2.01', 'Perencanaan', 'Jumlah dokumen', 5, null, 5, null, null],
      ['2.17.01.2.01.0001', 'Penyusunan Renstra', 'Dokumen Renstra', 1, '120.000.000', 1, 130000000, null],
      ['2.17.01.2.01.0002', 'Penyusunan Renja', 'Dokumen Renja', 4, 80000000, 4, 80000000, null],
    ]);
    expect(cells(closed(g))).toEqual(['G3 =SUM(G4:G5) 210000000', 'H5 =E5+G5 160000000', 'G2 =G3 210000000']);
  });

  test("a Rata-rata row that states one year's mean has the other year's empty mean filled, not only a capaian's", () => {
    const ikm = (d5: number | null) =>
      grid([
        heads('No', 'Unit Layanan', 'Nilai IKM 2022', 'Nilai IKM 2023'),
        [1, 'Puskesmas Kediri I', 82.15, 83.4],
        [2, 'Puskesmas Marga I', 79.6, 81.25],
        [3, 'Labkesda', 84.1, 85.05],
        [null, 'Rata-rata', 81.95, d5],
      ]);
    const fill = closed(ikm(null));
    expect(fill.map((x) => `${x.cell} ${x.formula}`)).toEqual(['D5 =AVERAGE(D2:D4)']);
    expect(fill[0].value).toBeCloseTo(83.2333, 3);
    // A row that states no mean anywhere plans none in a column of values.
    const bare = grid([heads('No', 'Unit Layanan', 'Nilai IKM 2022'), [1, 'Puskesmas Kediri I', 82.15], [2, 'Labkesda', 79.6], [null, 'Rata-rata', null]]);
    expect(closed(bare)).toEqual([]);
  });

  test("a parent's sum spans a child whose figure is not typed yet, so it follows once it is (probe 49)", () => {
    const g = grid([
      heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'),
      ['2.17.03', 'Program Pengawasan dan Pemeriksaan Koperasi', null, null],
      ['2.17.03.2.01', 'Pemeriksaan dan Pengawasan Koperasi', null, null],
      ['2.17.03.2.01.0001', 'Pemeriksaan Koperasi dalam 1 Daerah', 96840000, 91385250],
      ['2.17.03.2.01.0002', 'Penilaian Kesehatan Koperasi Simpan Pinjam', 54600000, null],
      [null, bold('Jumlah'), null, null],
    ]);
    expect(cells(closed(g))).toEqual([
      'C3 =SUM(C4:C5) 151440000',
      'D3 =SUM(D4:D5) 91385250',
      'C2 =C3 151440000',
      'D2 =D3 91385250',
      'C6 =C2 151440000',
      'D6 =D2 91385250',
    ]);
  });

  test("a Jumlah row's akhir-periode Rp waits for its years: one that cannot be summed (text under it) leaves it empty (probe 49)", () => {
    const g = grid([
      plan2025To2026('Kondisi Akhir Rp'),
      ['2.17.01', 'Program Penunjang', 'Nilai SAKIP', 70, null, 72, null, null],
      ['2.17.01.2.01', 'Perencanaan', 'Jumlah dokumen', 6, null, 6, null, null],
      ['2.17.01.2.01.0001', 'Penyusunan Renstra', 'Dokumen Renstra', 2, 45250000, 2, 47500000, null],
      ['2.17.01.2.01.0006', 'Laporan Capaian Kinerja', 'Dokumen', 4, 30000000, 4, '31.500.000', null],
      [null, bold('Jumlah'), null, null, null, null, null, null],
    ]);
    const fill = cells(closed(g));
    expect(fill).toContain('E6 =E2 75250000');
    expect(fill.filter((x) => /^(G|H)6 /.test(x))).toEqual([]);
  });

  test('an akhir-periode Jumlah over a program whose akhir cannot be filled (a text input under it) is not planned', () => {
    const g = grid([
      plan2025To2026('Kondisi Akhir Rp'),
      ['2.07.03', 'PROGRAM PELATIHAN KERJA', 'Persentase Tenaga Kerja Bersertifikat', 60, null, 62, null, null],
      ['2.07.03.2.01', 'Pelaksanaan Pelatihan', 'Persentase Pelatihan Terlaksana', 100, null, 100, null, null],
      ['2.07.03.2.01.0001', 'Proses Pelaksanaan Pelatihan', 'Jumlah Peserta', 30, '180.000.000', 30, '190.000.000', null],
      ['2.07.03.2.01.0002', 'Pengadaan Peralatan Pelatihan', 'Jumlah Paket', 2, 120000000, 2, 125000000, null],
      ['2.07.04', 'PROGRAM PENEMPATAN TENAGA KERJA', 'Persentase Pencari Kerja yang Ditempatkan', 45, null, 47, null, null],
      ['2.07.04.2.01', 'Pelayanan Antarkerja', 'Persentase Layanan Terlaksana', 100, null, 100, null, null],
      ['2.07.04.2.01.0002', 'Pelayanan Antarkerja', 'Jumlah Tenaga Kerja yang Ditempatkan', 200, 95000000, 220, 99000000, null],
      [null, bold('JUMLAH'), null, null, null, null, null, null],
    ]);
    const fill = closed(g);
    // The second program is filled through its kegiatan; nothing of the first program, nor any Jumlah, is.
    expect(fill.map((x) => x.cell).filter((c) => /^[A-Z]+(2|3|4|9)$/.test(c))).toEqual([]);
    expect(fill.map((x) => x.cell)).toEqual(expect.arrayContaining(['H5', 'H6', 'H7', 'H8']));
  });

  test('a grand total over sub-totals waits for the one the same fill writes, and adds all three (probe 51)', () => {
    const g = grid([
      heads('No', 'Perangkat Daerah / Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)'),
      ['A', 'Dinas Tenaga Kerja dan Transmigrasi', null, null, null],
      [1, 'Program Penempatan Tenaga Kerja', 1250000000, 1100000000, null],
      [2, 'Program Hubungan Industrial', 800000000, 640000000, null],
      [null, 'Jumlah Dinas Tenaga Kerja dan Transmigrasi', 2050000000, null, null],
      ['B', 'Dinas Koperasi, Usaha Kecil dan Menengah', null, null, null],
      [1, 'Program Pengawasan Koperasi', 500000000, 450000000, null],
      [2, 'Program Pemberdayaan UMKM', 950000000, 900000000, null],
      [null, 'Jumlah Dinas Koperasi, Usaha Kecil dan Menengah', 1450000000, null, null],
      ['C', 'Dinas Kesehatan', null, null, null],
      [1, 'Program Pemenuhan Upaya Kesehatan', 700000000, 610000000, null],
      [2, 'Program Peningkatan Kapasitas SDM Kesehatan', 300000000, 280000000, null],
      [null, 'Jumlah Dinas Kesehatan', null, null, null],
      [null, 'JUMLAH SELURUHNYA', null, null, null],
    ]);
    const fill = cells(closed(g));
    expect(fill).toContain('C13 =SUM(C11:C12) 1000000000');
    expect(fill.filter((x) => x.startsWith('C14 '))).toEqual(['C14 =C5+C9+C13 4500000000']);
    expect(fill.filter((x) => x.startsWith('E14 '))).toEqual(['E14 =IFERROR(D14/C14*100,"") 88.44']);
  });

  test('a total left empty because an input is text stays unknown: nothing is planned over it as if it were 0', () => {
    const fill = cells(closed(rekap('2')));
    expect(fill).not.toContain('D5 =SUM(D2:D4) 5');
    expect(fill.filter((x) => x.startsWith('F5 ') || x.startsWith('F3 '))).toEqual([]);
  });
});

test('formulas saved without their results (a web export) are said once per table, not taken for "0 errors"', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tabel 2.1');
  ws.addRow(['No', 'Unit Kerja', 'Laki-laki', 'Perempuan', 'Jumlah']);
  ws.addRow([1, 'Sekretariat', 14, 11, { formula: 'C2+D2' }]);
  ws.addRow([2, 'Bidang Koperasi', 9, 12, { formula: 'C3+D3' }]);
  ws.addRow([3, 'Bidang Usaha Mikro', 12, 8, { formula: 'C4+D4' }]);
  ws.addRow([null, 'Jumlah', { formula: 'SUM(C2:C4)' }, { formula: 'SUM(D2:D4)' }, { formula: 'SUM(E2:E4)' }]);
  const grids = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'ekspor.xlsx');
  const a = analyseWorkbook(grids);
  expect(a.findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual(['E2 formula.uncached warning']);
  expect(a.findings[0].message.en).toMatch(/^6 formula cells/);
});

test('a number stored as text that the SUMs skip is named as text, not as a typo to set to 0', () => {
  const g = grid([
    [bold('No'), bold('Unit Kerja'), bold('S1'), bold('S2'), bold('Jumlah')],
    [1, 'Sekretariat', 10, 4, f(14, 'SUM(C2:D2)')],
    [2, 'Bidang Koperasi', '6', 3, f(3, 'SUM(C3:D3)')],
    [3, 'Bidang UMKM', 8, 2, f(10, 'SUM(C4:D4)')],
    [null, bold('Jumlah'), f(18, 'SUM(C2:C4)'), f(9, 'SUM(D2:D4)'), f(27, 'SUM(E2:E4)')],
  ]);
  const e = errors(g);
  expect(brief(e)).toEqual(['C3 value.crossing']);
  expect(e[0].expected).toBe(6);
  expect(e[0].message.en).toBe("6 is stored as text, so the sums in E3 and C5 leave it out (Excel's SUM skips text); convert it to a number");
});

describe('the one money column of a table, named without a year', () => {
  test('a Struktur APBD headed "Jumlah (Rp)": a wrong BELANJA DAERAH is blamed on itself, the surplus follows from it', () => {
    const table = (belanja: number) =>
      grid([
        [bold('Tabel 3.1 Struktur APBD Tahun Anggaran 2025 (dalam jutaan rupiah)')],
        [bold('No'), bold('Uraian'), bold('Jumlah (Rp)')],
        [bold('1'), bold('PENDAPATAN DAERAH'), 1545679],
        ['1.1', 'Pendapatan Asli Daerah', 287654.32],
        ['1.2', 'Pendapatan Transfer', 1234567.89],
        ['1.3', 'Lain-lain Pendapatan Daerah yang Sah', 23456.79],
        [bold('2'), bold('BELANJA DAERAH'), belanja],
        ['2.1', 'Belanja Operasi', 1102345.68],
        ['2.2', 'Belanja Modal', 318765.43],
        ['2.3', 'Belanja Tidak Terduga', 5000],
        ['2.4', 'Belanja Transfer', 196415],
        [null, bold('SURPLUS / (DEFISIT)'), -76847.11],
      ]);
    expect(analyseSheet(table(1622526.11)).findings).toEqual([]);
    const e = errors(table(1623526.11));
    expect(e.map((x) => [x.cell, x.rule, x.expected])).toEqual([['C7', 'sum.hierarchy', 1622526.11]]);
  });

  test('"Pagu Indikatif (Rp)" of an RKPD program list: a kegiatan that leaves out a sub kegiatan is found', () => {
    const table = (k: number) =>
      grid([
        [bold('Kode'), bold('Program / Kegiatan / Sub Kegiatan'), bold('Indikator Kinerja'), bold('Target'), bold('Pagu Indikatif (Rp)')],
        [bold('2.09.02'), bold('PROGRAM PENGELOLAAN SUMBER DAYA EKONOMI'), 'Persentase ketersediaan pangan', 95, 1044000000],
        ['2.09.02.2.01', 'Penyediaan Infrastruktur Kemandirian Pangan', 'Jumlah cadangan pangan', 25, k],
        ['2.09.02.2.01.0001', 'Penyediaan Cadangan Pangan', 'Jumlah cadangan pangan yang tersedia', 25, 487500000],
        ['2.09.02.2.01.0003', 'Penyaluran Cadangan Pangan', 'Jumlah cadangan pangan yang disalurkan', 20, 96000000],
        ['2.09.02.2.02', 'Penyediaan dan Penyaluran Pangan Pokok', 'Jumlah pangan pokok tersalurkan', 15, 460500000],
        ['2.09.02.2.02.0001', 'Penyaluran Pangan Pokok', 'Jumlah pangan pokok yang disalurkan', 15, 312000000],
        ['2.09.02.2.02.0004', 'Pengembangan Usaha Pangan', 'Jumlah kelompok usaha pangan yang dibina', 12, 148500000],
      ]);
    expect(analyseSheet(table(583500000)).findings).toEqual([]);
    expect(brief(errors(table(487500000)))).toEqual(['E3 sum.hierarchy']);
  });
});

describe('one slip, one error: a formula that computes right from a wrong cell follows from it', () => {
  const brief = (g: SheetGrid) =>
    analyseSheet(g).findings.map(
      (f) => `${f.severity} ${f.cell} ${f.rule}${/This follows from ([A-Z0-9, ]+):/.exec(f.message.en)?.[1].replace(/^/, ' <') ?? ''}`,
    );

  it("a Jumlah's =SUM over a row Total typed over its formula: the Total is the error, the Jumlah a warning naming it", () => {
    const g = grid([
      ['No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'],
      [1, 'Komputer', 37, 6, 4, { value: 47, formula: '=SUM(C2:E2)' }],
      [2, 'Laptop', 22, 3, 1, 28],
      [3, 'Printer', 18, 5, 3, { value: 26, formula: '=SUM(C4:E4)' }],
      [
        null,
        'Jumlah',
        { value: 77, formula: '=SUM(C2:C4)' },
        { value: 14, formula: '=SUM(D2:D4)' },
        { value: 8, formula: '=SUM(E2:E4)' },
        { value: 101, formula: '=SUM(F2:F4)' },
      ],
    ]);
    expect(brief(g)).toEqual(['error F3 sum.row-total', 'warning F5 sum.row-total <F3']);
  });

  it('a typed grand total over a sub kegiatan whose formulas read a wrong rincian line, two levels down', () => {
    const g = grid([
      ['Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga Satuan', 'Jumlah (Rp)'],
      ['2.07.02.2.01.0003', 'Sub Kegiatan: Pelatihan Kewirausahaan', null, null, null, { value: 8090000, formula: '=F3+F6' }],
      ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', null, null, null, { value: 5840000, formula: '=SUM(F4:F5)' }],
      [null, '- Kertas HVS A4', 40, 'Rim', 55000, 4700000],
      [null, '- Tinta printer', 12, 'Botol', 95000, { value: 1140000, formula: '=C5*E5' }],
      ['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', null, null, null, { value: 2250000, formula: '=SUM(F7:F7)' }],
      [null, '- Snack', 150, 'Kotak', 15000, { value: 2250000, formula: '=C7*E7' }],
      [null, 'JUMLAH', null, null, null, 5590000],
    ]);
    expect(brief(g)).toEqual(['error F4 ratio.weighted', 'warning F8 sum.total-row <F4']);
  });

  it('the same Jumlah typed (no formulas) is still an error of its own: nothing recomputes it', () => {
    const g = grid([
      ['No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'],
      [1, 'Komputer', 37, 6, 4, 47],
      [2, 'Laptop', 22, 3, 1, 28],
      [3, 'Printer', 18, 5, 3, 26],
      [null, 'Jumlah', 77, 14, 8, 104],
    ]);
    expect(brief(g)).toContain('error F5 sum.row-total');
  });

  it('a grand-total corner wrong both across and down by the same figure is one error', () => {
    const g = grid([
      ['No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'],
      [1, 'Komputer', 37, 6, 4, 47],
      [2, 'Laptop', 22, 3, 1, 26],
      [3, 'Printer', 18, 5, 3, 26],
      [null, 'Jumlah', 77, 14, 8, 96],
    ]);
    const fs = analyseSheet(g).findings;
    expect(fs.map((f) => `${f.severity} ${f.cell} ${f.expected} ${f.actual}`)).toEqual(['error F5 99 96']);
    // The relation across (C5:E5) and the one down (F2:F4) both named.
    expect(fs[0].related).toEqual(expect.arrayContaining(['C5', 'D5', 'E5']));
  });
});

describe('two readings the data settles (probe round 11)', () => {
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule}`);

  it('the growth of a program that starts in a later year (its first year typed 0) is over the years it has', () => {
    const g = grid(
      [
        ['Tabel 2.9'],
        [],
        ['Uraian', 'Anggaran', null, null, null, 'Realisasi', null, null, null, 'Rata-rata Pertumbuhan', null],
        [null, 2019, 2020, 2021, 2022, 2019, 2020, 2021, 2022, 'Anggaran', 'Realisasi'],
        [
          bold('Program Pelayanan Administrasi Perkantoran'),
          812500000,
          845000000,
          790250000,
          901000000,
          780125000,
          801340500,
          752812300,
          866455000,
          3.51,
          3.56,
        ],
        [bold('Program Pengembangan Sistem Pendukung Usaha bagi UMKM'), 0, 150000000, 180000000, 200000000, 0, 141000000, 172500000, 190300000, 15.47, 16.17],
      ],
      { merges: ['A3:A4', 'B3:E3', 'F3:I3', 'J3:K3'] },
    );
    expect(issues(g)).toEqual([]);
    // Still checked: a slip in that row is found.
    g.cells[5]![9] = { value: 17.47 };
    expect(issues(g)).toEqual(['error J6 ratio.pertumbuhan']);
  });

  it('a target of 0 met exactly is a capaian of 100; another figure there is still said', () => {
    const table = (s: number) =>
      grid([
        ['Tabel 3.1 Capaian Kinerja'],
        [],
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Persentase pertumbuhan UMKM', '%', 3, 3.96, 132],
        [2, 'Jumlah kasus kecelakaan kerja', 'Kasus', 0, 0, s],
      ]);
    expect(issues(table(100))).toEqual([]);
    expect(issues(table(90))).toEqual(['warning F5 ratio.capaian']);
  });

  it('a handling verb under a negation does not turn the harm: "temuan yang belum ditindaklanjuti" is lower-is-better', () => {
    expect(isLowerBetter('Jumlah temuan BPK yang belum ditindaklanjuti')).toBe(true);
    expect(isLowerBetter('Persentase pengaduan yang tidak tertangani')).toBe(true);
    expect(isLowerBetter('Persentase temuan BPK yang ditindaklanjuti')).toBe(false);
    const g = grid([
      ['Tabel 3.1'],
      [],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Jumlah temuan BPK yang belum ditindaklanjuti', 'Temuan', 5, 3, 140],
      [2, 'Persentase koperasi aktif', '%', 60, 57, 95],
    ]);
    expect(issues(g)).toEqual([]);
  });

  it('rupiah with fractions the format hides add up as shown: a Jumlah typed from them is right', () => {
    const g = (jumlah: number) =>
      grid([
        ['Realisasi Anggaran 2023'],
        [],
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [1, 'Program Pelatihan Kerja', 416200000, { value: 332224170.5, numFmt: '#,##0' }],
        [2, 'Program Penempatan Tenaga Kerja', 75000000, { value: 51569612.5, numFmt: '#,##0' }],
        [null, bold('Jumlah'), 491200000, { value: jumlah, numFmt: '#,##0' }],
      ]);
    expect(issues(g(383793784))).toEqual([]);
    expect(issues(g(383793783))).toEqual([]);
    expect(issues(g(383793786))).toEqual(['error D6 sum.total-row']);
  });
});

describe('a total that names what it adds: "Jumlah Belanja" after a Pendapatan row', () => {
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule} ${f.expected}`);
  const lra = (jumlah: number) =>
    grid([
      ['Laporan Realisasi Anggaran Tahun 2023'],
      [],
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      [1, bold('PENDAPATAN'), 350200000, 214005200],
      [2, bold('BELANJA'), null, null],
      ['2.1', 'Belanja Pegawai', 6351263000, 5987139655],
      ['2.2', 'Belanja Barang dan Jasa', 3476380617, 3160110431],
      [null, bold('Jumlah Belanja'), jumlah, 9147250086],
    ]);
  const flat = (jumlah: number) =>
    grid([
      ['Tabel 2.9 Realisasi'],
      [],
      ['Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      [bold('Pendapatan'), 350200000, 214005200],
      [bold('Belanja Tidak Langsung'), 6351263000, 5987139655],
      [bold('Belanja Langsung'), 3476380617, 3160110431],
      [bold('Jumlah Belanja'), jumlah, 9147250086],
    ]);

  it('the row so named and its parts, or the run of rows named so right above it: right as stated', () => {
    expect(issues(lra(9827643617))).toEqual([]);
    expect(issues(flat(9827643617))).toEqual([]);
  });

  it('a slip is still measured against what the label names', () => {
    expect(issues(lra(9827643671))).toEqual(['error C8 sum.total-row 9827643617']);
    expect(issues(flat(9827643618))).toEqual(['error B7 sum.total-row 9827643617']);
  });
});

describe('% Peningkatan of an indicator stated in %: percentage points', () => {
  const rd = (v: number) => Math.round(v * 100) / 100;
  const rows: [string, string, number, number][] = [
    ['Persentase koperasi aktif', '%', 57.41, 62.9],
    ['Jumlah wirausaha baru', 'Orang', 410, 452],
    ['Persentase tenaga kerja bersertifikat', '%', 45.5, 48.2],
  ];
  const table = (growth: (x: [string, string, number, number]) => number) =>
    grid([
      ['Tabel 3.4 Peningkatan Kinerja'],
      [],
      ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi 2022', 'Realisasi 2023', '% Peningkatan'],
      ...rows.map((x, i) => [i + 1, x[0], x[1], x[2], x[3], growth(x)]),
    ]);
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule}`);
  const relative = (x: [string, string, number, number]) => rd(((x[3] - x[2]) / x[2]) * 100);

  it('points on the % rows, relative on the counts: the column is explained and right', () => {
    expect(issues(table(relative))).toEqual([]);
    expect(issues(table((x) => (x[1] === '%' ? rd(x[3] - x[2]) : relative(x))))).toEqual([]);
  });

  it('a slip on a % row fits neither reading and is found; a count row does not grow in points', () => {
    expect(issues(table((x) => (x[1] === '%' ? rd(x[3] - x[2]) + (x[2] === 45.5 ? 1 : 0) : relative(x))))).toEqual(['error F6 ratio.peningkatan']);
    expect(issues(table((x) => (x[1] === '%' ? rd(x[3] - x[2]) : x[3] - x[2])))).toContain('error F5 ratio.peningkatan');
  });
});

describe('a capaian cap the table states itself', () => {
  const up = (t: number, r: number) => Math.round((r / t) * 10000) / 100;
  const rows: [string, number, number][] = [
    ['Persentase pertumbuhan UMKM', 3, 3.96],
    ['Persentase koperasi aktif', 62.95, 61.2],
    ['Persentase belanja PDN', 40, 63],
  ];
  const table = (note: string, footer?: string) =>
    grid([
      ['Tabel 3.1 Capaian Kinerja'],
      [],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
      ...rows.map((x, i) => [i + 1, x[0], '%', x[1], x[2], Math.min(100, up(x[1], x[2])), note]),
      ...(footer ? [[], [footer]] : []),
    ]);
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule}`);

  it('"Capaian dihitung maksimal 100%" in the rows or a note: the convention is said, no warning', () => {
    expect(issues(table('Capaian dihitung maksimal 100%'))).toEqual([]);
    expect(issues(table('', 'Catatan: capaian dibatasi 100%'))).toEqual([]);
  });

  it('without a word about it, the cap is said once on the column; a note naming another cap does not hide it', () => {
    expect(issues(table(''))).toEqual(['warning F3 ratio.capaian']);
    expect(issues(table('Capaian maksimal 120%'))).toEqual(['warning F3 ratio.capaian']);
  });
});

describe("a lower-is-better slip is measured by the table's formula, its target exact", () => {
  it('a capaian that fits no formula next to a whole target of 12 does not vote for R/T: the expected value is (2T−R)/T', () => {
    const g = grid([
      ['Tabel 3.1'],
      [],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Angka sengketa pengusaha-pekerja per tahun', '%', 12, 12.67, 102.72],
      [2, 'Persentase koperasi aktif', '%', 60, 57, 95],
    ]);
    const f = analyseSheet(g).findings.filter((x) => x.rule === 'ratio.capaian');
    expect(f.map((x) => [x.severity, x.cell, x.expected])).toEqual([['error', 'F4', 94.42]]);
  });
});

describe('a share that follows from a wrong row total', () => {
  it('Persentase beside a mistyped Jumlah: the share is a warning naming the Jumlah cell, not an error of its own', () => {
    const g = grid([
      ['Tabel 2.3 Jumlah Pegawai Berdasarkan Golongan'],
      [],
      ['No', 'Golongan', 'Laki-laki', 'Perempuan', 'Jumlah', 'Persentase (%)'],
      [1, 'Golongan IV', 3, 2, 5, 9.26],
      [2, 'Golongan III', 14, 17, 32, 57.41],
      [3, 'Golongan II', 6, 4, 10, 18.52],
      [4, 'Golongan I', 1, 0, 1, 1.85],
      [5, 'PPPK', 2, 5, 7, 12.96],
      [null, bold('Jumlah'), 26, 28, 54, 100],
    ]);
    const fs = analyseSheet(g).findings.filter((f) => f.severity !== 'info');
    expect(fs.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.rule}`)).toEqual(['E5 sum.row-total']);
    expect(fs.find((f) => f.rule === 'ratio.share')).toMatchObject({ severity: 'warning', cell: 'F5' });
    expect(fs.find((f) => f.rule === 'ratio.share')!.message.en).toContain('This follows from E5');
  });
});

describe("a number stored as text under one SUM: the text cell is the mistake, the formula's total follows", () => {
  const table = (total: CellInput) =>
    grid([
      ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [1, 'Program Penempatan Tenaga Kerja', 300000000, '287.500.000'],
      [2, 'Program Hubungan Industrial', 200000000, 190000000],
      [3, 'Program Pelatihan', 100000000, 90000000],
      [null, 'Jumlah', { value: 600000000, formula: '=SUM(C2:C4)' }, total],
    ]);
  const issues = (g: SheetGrid) => analyseSheet(g).findings.filter((f) => f.rule !== 'number.text' && f.severity !== 'info');

  it('=SUM(D2:D4) that Excel computed without the text: one error at the text cell, the total a warning naming it', () => {
    const fs = issues(table({ value: 280000000, formula: '=SUM(D2:D4)' }));
    expect(fs.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error D2 value.crossing', 'warning D5 sum.total-row']);
    expect(fs[0].message.en).toBe("287,500,000 is stored as text, so the sum in D5 leaves it out (Excel's SUM skips text); convert it to a number");
  });

  it('a typed total that happens to leave the text out proves nothing about the text: the total is the error', () => {
    expect(issues(table({ value: 280000000 })).map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error D5 sum.total-row']);
  });
});

describe('an average-growth column read by its own convention', () => {
  const table = (rates: [number, number, number]) =>
    grid(
      [
        ['Tabel 2.9'],
        [],
        ['Uraian', 'Anggaran', null, null, null, 'Rata-rata Pertumbuhan Anggaran (%)'],
        [null, 2019, 2020, 2021, 2022, null],
        ['Program A Ketenagakerjaan', 812500000, 845000000, 790250000, 901000000, rates[0]],
        ['Program B Ketenagakerjaan', 1250000000, 980000000, 1120500000, 1340000000, rates[1]],
        ['Program C Ketenagakerjaan', 415000000, 398500000, 450000000, 472750000, rates[2]],
      ],
      { merges: ['A3:A4', 'B3:E3', 'F3:F4'] },
    );
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule} ${f.expected}`);

  it("a slip in a column of compound rates is measured by the compound rate, the column's reading", () => {
    expect(issues(table([3.51, 2.35, 4.44]))).toEqual([]);
    expect(issues(table([3.51, 3.35, 4.44]))).toEqual(['error F6 ratio.pertumbuhan 2.34']);
  });

  it('a column no reading explains is said once on the column, not passed in silence', () => {
    // The whole period's growth, (last − first) / first: no average growth at all.
    expect(issues(table([10.89, 7.2, 13.92]))).toEqual(['warning F4 column.pertumbuhan null']);
  });

  it("(last − first) / first / number of years is an office's reading: its odd row is the slip, measured by it", () => {
    expect(issues(table([2.72, 1.8, 3.48]))).toEqual([]);
    expect(issues(table([2.72, 9.99, 3.48]))).toEqual(['error F6 ratio.pertumbuhan 1.8']);
  });
});

describe('a year without targets (a baseline year): said once on its column', () => {
  const table = (target2016: (i: number) => Lit) =>
    grid([
      ['Tabel 2.8'],
      [],
      ['No', 'Indikator', 'Target', null, 'Realisasi', null, 'Capaian (%)', null],
      [null, null, 2016, 2017, 2016, 2017, 2016, 2017],
      [1, 'Persentase koperasi aktif', target2016(0), 60, 59.9, 61.2, null, 102],
      [2, 'Persentase koperasi sehat', target2016(1), 10, 8.57, 10.5, null, 105],
      [3, 'Persentase usaha mikro naik kelas', target2016(2), 12, 12.5, 12.6, null, 105],
    ]);
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.rule === 'value.missing')
      .map((f) => `${f.severity} ${f.cell} ${f.related.length}`);

  it("every 2016 target '-': one warning on the column naming the three realisasi", () => {
    expect(issues(table(() => '-'))).toEqual(['warning C4 3']);
  });

  it('one row without its target among rows that have one: that row, at its cell', () => {
    expect(issues(table((i) => (i === 1 ? '-' : 58)))).toEqual(['warning C6 1']);
  });
});

describe("a parent's SUM that stops short is named as a formula slip", () => {
  it('=SUM(F4:F4) over two sub kegiatan: formula.range naming F5, not a bare sum mismatch', () => {
    const g = grid([
      ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026'],
      ['2.07.02', bold('Program Pelatihan Kerja'), 'Persentase', '%', 60, { value: 125000000, formula: '=F3' }, 65, { value: 160000000, formula: '=H3' }],
      [
        '2.07.02.2.01',
        'Kegiatan Pelaksanaan Pelatihan',
        'Jumlah peserta',
        'orang',
        100,
        { value: 125000000, formula: '=SUM(F4:F4)' },
        110,
        { value: 160000000, formula: '=SUM(H4:H5)' },
      ],
      ['2.07.02.2.01.0001', 'Sub Kegiatan Proses Pelatihan', 'Jumlah paket', 'paket', 4, 125000000, 4, 110000000],
      ['2.07.02.2.01.0002', 'Sub Kegiatan Pengadaan Peralatan', 'Jumlah paket', 'paket', 2, 25000000, 2, 50000000],
    ]);
    const fs = analyseSheet(g).findings.filter((f) => f.severity !== 'info');
    expect(fs.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error F3 formula.range']);
    expect(fs[0].message.en).toBe('Kegiatan Pelaksanaan Pelatihan: =SUM(F4:F4) leaves out F5; it should be 150,000,000, 125,000,000 is stated');
  });
});

describe('the lower-is-better formula a higher-is-better capaian matches is the nearest one', () => {
  it('102,86 = 62,95 / 61,2 × 100 is named T/R, not (2T−R)/T (102,78, also within the rounding)', () => {
    const g = grid([
      ['Tabel 3.1'],
      [],
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase koperasi aktif', '%', 62.95, 61.2, 102.86],
      [2, 'Persentase UMKM naik kelas', '%', 10, 9.5, 95],
    ]);
    const f = analyseSheet(g).findings.filter((x) => x.rule === 'ratio.capaian');
    expect(f.map((x) => x.message.en)).toEqual([
      "'Persentase koperasi aktif' 102.86 matches a lower-is-better formula (target/realisasi×100); realisasi/target gives 97.22. Set this row's polarity if that is intended",
    ]);
  });
});

describe('a Sisa (%) is worded as sisa over anggaran', () => {
  it("the slip's message names sisa, not realisasi", () => {
    const g = grid([
      ['Realisasi Anggaran 2023'],
      [],
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)', 'Sisa Anggaran (Rp)', 'Sisa Anggaran (%)'],
      [1, 'Program A', 416200000, 332224170, 79.82, 83975830, 20.18],
      [2, 'Program B', 409200000, 325116638, 79.45, 84083362, 21.55],
      [3, 'Program C', 75000000, 51569613, 68.76, 23430387, 31.24],
    ]);
    const f = analyseSheet(g).findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => `${x.cell} ${x.message.en}`)).toEqual(["G5 'Program B' sisa 84,083,362 / anggaran 409,200,000 × 100 = 20.55; 21.55 is stated"]);
  });
});

describe('a Rata-rata row that follows from a wrong row', () => {
  it('the mean over a mistyped Jumlah is a warning naming it, as the Jumlah row is', () => {
    const g = grid([
      ['No', 'Pendidikan', 'Laki-laki', 'Perempuan', 'Jumlah'],
      [1, 'SD', 120, 85, 205],
      [2, 'SMP', 340, 210, 552],
      [3, 'SMA/SMK', 1250, 980, 2230],
      [null, 'Jumlah', 1710, 1275, 2985],
      [null, 'Rata-rata', 570, 425, 995],
    ]);
    const fs = analyseSheet(g).findings.filter((f) => f.severity !== 'info');
    expect(fs.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error E3 sum.row-total', 'warning E5 sum.total-row', 'warning E6 sum.average']);
    expect(fs[2].message.en).toContain('This follows from E3');
  });
});

describe('a table printed over pages: the repeated header after a gap continues it', () => {
  const rp = (v: number) => ({ value: v, numFmt: '#,##0' });
  const pc = (v: number) => ({ value: v, numFmt: '0.00' });
  const H: Lit[] = [bold('No'), bold('Sub Kegiatan'), bold('Pagu (Rp)'), bold('Realisasi (Rp)'), bold('%')];
  const item = (n: number, l: string, p: number, r: number): Lit[] => [n, l, rp(p), rp(r), pc(Math.round((r / p) * 10000) / 100)];
  const total = (l: string, p: number, r: number): Lit[] => [null, bold(l), rp(p), rp(r), pc(Math.round((r / p) * 10000) / 100)];
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule}`);

  it('a blank line, then the header again: one table, its Jumlah over both pages', () => {
    const g = grid([
      [bold('Tabel 3.4 Realisasi Anggaran Sub Kegiatan')],
      [],
      H,
      item(1, 'Penyediaan Gaji dan Tunjangan ASN', 512345000, 480123456),
      item(2, 'Penyediaan Bahan Logistik Kantor', 213456000, 150987654),
      [],
      H,
      item(3, 'Penyediaan Jasa Surat Menyurat', 98765000, 91234567),
      item(4, 'Fasilitasi Kunjungan Tamu', 123456000, 98765432),
      total('Jumlah', 948022000, 821111109),
    ]);
    const a = analyseSheet(g);
    expect(a.tables).toHaveLength(1);
    expect(issues(g)).toEqual([]);
  });

  it('page subtotals and the carried line ("Jumlah dipindahkan") across the break', () => {
    const g = grid([
      [bold('Tabel 3.4 Realisasi Anggaran Sub Kegiatan')],
      [],
      H,
      item(1, 'Penyediaan Gaji dan Tunjangan ASN', 500000000, 480000000),
      item(2, 'Penyediaan Bahan Logistik Kantor', 200000000, 150000000),
      total('Jumlah Halaman Ini', 700000000, 630000000),
      [],
      H,
      total('Jumlah dipindahkan', 700000000, 630000000),
      item(3, 'Fasilitasi Kunjungan Tamu', 100000000, 90000000),
      item(4, 'Pemeliharaan Kendaraan Dinas Operasional', 300000000, 270000000),
      total('Jumlah Halaman Ini', 400000000, 360000000),
      total('JUMLAH', 1100000000, 990000000),
    ]);
    expect(issues(g)).toEqual([]);
  });

  it('"Tabel 3.4 (lanjutan)" and the column-number row, or a page number: still the same table, its slips found', () => {
    const g = grid([
      [bold('Tabel 3.4 Realisasi Anggaran Sub Kegiatan')],
      [],
      H,
      [1, 2, 3, 4, 5],
      item(1, 'Penyediaan Gaji dan Tunjangan ASN', 500000000, 480000000),
      item(2, 'Penyediaan Bahan Logistik Kantor', 200000000, 150000000),
      [],
      [bold('Tabel 3.4 (lanjutan)')],
      [1, 2, 3, 4, 5],
      item(3, 'Fasilitasi Kunjungan Tamu', 100000000, 90000000),
      [4, 'Pemeliharaan Kendaraan Dinas Operasional', rp(300000000), rp(270000000), pc(95)],
      total('Jumlah', 1100000000, 990000000),
    ]);
    expect(issues(g)).toEqual(['error E11 ratio.anggaran']);
    const marked = grid([
      H,
      item(1, 'Penyediaan Gaji dan Tunjangan ASN', 500000000, 480000000),
      item(2, 'Penyediaan Bahan Logistik Kantor', 200000000, 150000000),
      [null, null, null, null, 'Hal. 1 dari 2'],
      H,
      item(3, 'Fasilitasi Kunjungan Tamu', 100000000, 90000000),
      total('Jumlah', 800000000, 720000000),
    ]);
    expect(issues(marked)).toEqual([]);
  });

  it('after a grand total, the same header again is another table', () => {
    const g = grid([
      H,
      item(1, 'Penyediaan Gaji dan Tunjangan ASN', 500000000, 480000000),
      item(2, 'Penyediaan Bahan Logistik Kantor', 200000000, 150000000),
      total('Jumlah', 700000000, 630000000),
      [],
      H,
      item(1, 'Fasilitasi Kunjungan Tamu', 100000000, 90000000),
      item(2, 'Pemeliharaan Kendaraan Dinas Operasional', 300000000, 270000000),
      total('Jumlah', 400000000, 360000000),
    ]);
    expect(analyseSheet(g).tables).toHaveLength(2);
    expect(issues(g)).toEqual([]);
  });
});

describe('what fill writes gives in Excel what Cermat says it gives', () => {
  const plans = (g: SheetGrid) => analyseSheet(g).fill.map((f) => `${f.cell} ${f.formula} ${f.value}`);

  it("a '-' among the terms of a + or − formula is read through N(): Excel's + refuses text (#VALUE!)", () => {
    const aset = grid([
      ['Kondisi Aset'],
      ['No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'],
      [1, 'Kendaraan Roda 4', 3, '-', 1, null],
      [2, 'Laptop', 12, 2, '-', null],
      [3, 'Printer', 5, 1, 1, null],
    ]);
    expect(plans(aset)).toEqual(['F3 =C3+N(D3)+E3 4', 'F4 =C4+D4+N(E4) 14', 'F5 =C5+D5+E5 7']);
    // A Jumlah row spans the rows holding '-' too (SUM skips them): a figure typed there later counts.
    const withJumlah = grid([
      ['Kondisi Aset'],
      ['No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'],
      [1, 'Kendaraan Roda 4', 3, '-', 1, null],
      [2, 'Laptop', 12, 2, '-', null],
      [3, 'Printer', 5, 1, 1, null],
      [null, 'Jumlah', null, null, null, null],
    ]);
    expect(plans(withJumlah).filter((p) => p.startsWith('D6') || p.startsWith('E6'))).toEqual(['D6 =SUM(D3:D5) 3', 'E6 =SUM(E3:E5) 2']);
    const sisa = grid([
      ['No', 'Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'],
      [1, 'Kegiatan A', 100000000, 90000000, null],
      [2, 'Kegiatan B', 50000000, '-', null],
    ]);
    expect(plans(sisa)).toEqual(['E2 =C2-D2 10000000', 'E3 =C3-N(D3) 50000000']);
  });

  it('a column shown in % gets the fraction its cells hold: no ×100, the cached value a hundredth', () => {
    const pc = (v: number, formula: string) => ({ value: v, numFmt: '0.00%', formula });
    const g = grid([
      ['Realisasi Anggaran 2023'],
      ['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Persentase'],
      [1, 'Program Penunjang', 1500000000, 1400000000, pc(1400 / 1500, '=D3/C3')],
      [2, 'Program Pengembangan UMKM', 400000000, 390000000, pc(0.975, '=D4/C4')],
      [3, 'Program Pemberdayaan Koperasi', 300000000, 250000000, null],
      [null, 'Jumlah', { value: 2200000000, formula: '=SUM(C3:C5)' }, { value: 2040000000, formula: '=SUM(D3:D5)' }, null],
    ]);
    expect(plans(g)).toEqual(['E5 =IFERROR(D5/C5,"") 0.8333', 'E6 =IFERROR(D6/C6,"") 0.9273']);
  });
});

describe('a plan that reads cells no plan fills is not proposed', () => {
  const plans = (g: SheetGrid) => analyseSheet(g).fill.map((f) => `${f.cell} ${f.formula} ${f.value}`);

  it('a Jumlah capaian over Jumlah cells left empty (inputs typed as text, or indicators in different units) would show "" in Excel', () => {
    const text = grid([
      ['Capaian IKU 2023'],
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase koperasi aktif', '60', '63', null],
      [2, 'Jumlah UMKM', 100, '95', null],
      [3, 'Jumlah wirausaha', 40, 44, null],
      [null, 'Jumlah', null, null, null],
    ]);
    expect(plans(text)).toEqual(['E5 =IFERROR(D5/C5*100,"") 110']);
    const units = grid([
      ['Capaian Kinerja 2023'],
      ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase koperasi aktif', '%', 60, 63, null],
      [2, 'Jumlah UMKM naik kelas', 'Unit', 100, 95, null],
      [3, 'Jumlah wirausaha baru', 'Orang', 40, 44, null],
      [null, 'Jumlah', null, null, null, null],
    ]);
    expect(plans(units)).toEqual(['F3 =IFERROR(E3/D3*100,"") 105', 'F4 =IFERROR(E4/D4*100,"") 95', 'F5 =IFERROR(E5/D5*100,"") 110']);
  });

  it('N() is evaluated as Excel does: a number as itself, text or an empty cell as 0', () => {
    const g = grid([
      ['Baik', 'Rusak', 'Total'],
      [3, '-', null],
      [4, 2, null],
    ]);
    expect(plans(g)).toEqual(['C2 =A2+N(B2) 3', 'C3 =A3+B3 6']);
  });
});

describe('"Bobot (%)" is a share of the total pagu and nothing else', () => {
  it('an empty Bobot column is never filled as realisasi ÷ pagu', () => {
    const g = grid(
      [
        ['Laporan Realisasi Fisik dan Keuangan s.d. Desember 2023'],
        ['No', 'Kegiatan', 'Pagu (Rp)', 'Bobot (%)', 'Realisasi Keuangan', null, 'Realisasi Fisik (%)'],
        [null, null, null, null, 'Rp', '%', null],
        [1, 'Kegiatan A', 100000000, null, 95000000, null, 100],
        [2, 'Kegiatan B', 300000000, null, 280000000, null, 95],
        [3, 'Kegiatan C', 600000000, null, 550000000, null, 90],
        [null, 'Jumlah', 1000000000, null, null, null, null],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:G3'] },
    );
    const fill = analyseSheet(g).fill;
    expect(fill.filter((f) => f.cell.startsWith('D')).map((f) => f.formula)).not.toContain('=IFERROR(E4/C4*100,"")');
    expect(fill.filter((f) => f.cell.startsWith('D') && f.formula.includes('E'))).toEqual([]);
    expect(fill.map((f) => f.cell)).toContain('F4');
  });

  it('a stated Bobot is checked as the share it is', () => {
    const g = grid([
      ['No', 'Kegiatan', 'Pagu (Rp)', 'Bobot (%)', 'Realisasi (Rp)'],
      [1, 'Kegiatan A', 100000000, 10, 95000000],
      [2, 'Kegiatan B', 300000000, 30, 280000000],
      [3, 'Kegiatan C', 600000000, 65, 550000000],
      [null, 'Jumlah', 1000000000, 100, 925000000],
    ]);
    expect(
      analyseSheet(g)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => `${f.cell} ${f.rule} ${f.expected}`),
    ).toContain('D4 ratio.share 60');
  });
});

describe('fill never writes into a hidden row', () => {
  it('the capaian of a row hidden by hand is not planned; the visible rows are', () => {
    const g = grid([
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase koperasi aktif', 60, 57, null],
      [2, 'Persentase UMKM naik kelas', 10, 9.5, null],
      [3, 'Persentase koperasi sehat', 40, 44, null],
    ]);
    g.hiddenRows = [2];
    expect(analyseSheet(g).fill.map((f) => f.cell)).toEqual(['E2', 'E4']);
  });
});

describe('a grand total at the top over groups with their own sub-totals', () => {
  const rp = (v: number) => ({ value: v, numFmt: '#,##0' });
  const table = (top: number) =>
    grid([
      [bold('No'), bold('Program / Kegiatan'), bold('Pagu (Rp)'), bold('Realisasi (Rp)')],
      [null, bold('JUMLAH'), rp(top), rp(900000000)],
      ['A', bold('Program Penunjang Urusan Pemerintahan Daerah')],
      [1, 'Administrasi Keuangan Perangkat Daerah', rp(400000000), rp(380000000)],
      [2, 'Administrasi Umum Perangkat Daerah', rp(200000000), rp(170000000)],
      [null, bold('Jumlah Program'), rp(600000000), rp(550000000)],
      ['B', bold('Program Penempatan Tenaga Kerja')],
      [3, 'Pelayanan Antarkerja', rp(400000000), rp(350000000)],
      [null, bold('Jumlah Program'), rp(400000000), rp(350000000)],
    ]);
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule} ${f.expected}`);

  it('is the sum of the sub-totals below it, not of the first group', () => {
    expect(issues(table(1000000000))).toEqual([]);
  });

  it('a slip in it is still found', () => {
    expect(issues(table(1100000000))).toEqual(['error C2 sum.total-row 1000000000']);
  });
});

describe('a table in millions of rupiah, each figure rounded on its own', () => {
  const table = (sisa2: number) =>
    grid([
      [bold('Realisasi Anggaran 2023 (dalam jutaan rupiah)')],
      [bold('No'), bold('Program'), bold('Pagu'), bold('Realisasi'), bold('Sisa')],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1273, 995, 278],
      [2, 'Program Penempatan Tenaga Kerja', 329, 273, sisa2],
      [3, 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 2647, 2343, 305],
      [4, 'Program Hubungan Industrial', 1116, 854, 262],
      [5, 'Program Pengawasan Ketenagakerjaan', 679, 565, 114],
      [null, bold('Jumlah'), 6046, 5030, 1016],
    ]);
  const issues = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.cell} ${f.rule}`);

  it('a Sisa one unit off its Pagu − Realisasi is the rounding, not a slip', () => {
    expect(issues(table(57))).toEqual([]);
  });

  it('three units off is still a slip', () => {
    expect(issues(table(59))).toContain('error E4 sum.difference');
  });
});

describe('a dash alone is "no value", never a bullet', () => {
  it('the fungsional row with "-" as its Kepala Unit stays a counted row: the Jumlah adds it', () => {
    const g = grid([
      ['No', 'Unit Kerja', 'Kepala Unit', 'PNS', 'PPPK', 'Jumlah'],
      [1, 'Sekretariat', 'Sekretaris', 10, 4, 14],
      [2, 'Bidang Koperasi', 'Kabid Koperasi', 8, 2, 10],
      [3, 'Jabatan Fungsional', '-', 5, 0, 5],
      [null, 'Jumlah', null, 23, 6, 29],
    ]);
    expect(analyseSheet(g).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('"> 50" closing a run of age groups is a range, not a bullet opening a level: the Jumlah adds it', () => {
    const ages = (last: string, total = 61) =>
      grid([
        [bold('Kelompok Umur'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah')],
        ['< 30', 3, 5, 8],
        ['30 - 50', 22, 25, 47],
        [last, 4, 2, 6],
        [bold('Jumlah'), bold(29), bold(32), bold(total)],
      ]);
    expect(analyseSheet(ages('> 50')).findings).toEqual([]);
    expect(analyseSheet(ages('+ 50')).findings).toEqual([]);
    expect(brief(errors(ages('> 50', 60)))).toEqual(['D5 sum.row-total']);
    // Before words, ">" is still a bullet.
    expect(
      kinds(
        grid([
          [bold('No'), bold('Uraian'), bold('Jumlah')],
          [1, 'Sarana', 5],
          ['>', 'Gedung', 3],
          ['>', 'Kendaraan', 2],
        ]),
      ),
    ).toEqual(['2:0', '3:1^2', '4:1^2']);
  });
});

describe('a rate, a density or a mean is never added up by its total row', () => {
  it('kepadatan, rata-rata per koperasi, a % no relation explains: the Jumlah states them for the totals, no error', () => {
    const kepadatan = grid([
      [bold('No'), bold('Kecamatan'), bold('Luas (km²)'), bold('Jumlah Penduduk'), bold('Kepadatan (Jiwa/km²)')],
      [1, 'Kupang Barat', 149.72, 20257, 135.3],
      [2, 'Nekamese', 132.18, 12209, 92.37],
      [null, bold('Jumlah'), bold(281.9), bold(32466), bold(115.17)],
    ]);
    const mantap = grid([
      [bold('No'), bold('Kecamatan'), bold('Baik (km)'), bold('Sedang (km)'), bold('Rusak (km)'), bold('Panjang (km)'), bold('Kemantapan Jalan (%)')],
      [1, 'Waingapu', 42.35, 18.2, 9.55, 70.1, 86.38],
      [2, 'Kambera', 55.8, 22.15, 19.05, 97, 80.36],
      [3, 'Pandawai', 38.4, 25.6, 28.15, 92.15, 69.45],
      [null, bold('Jumlah'), bold(136.55), bold(65.95), bold(56.75), bold(259.25), bold(78.11)],
    ]);
    expect(errors(kepadatan)).toEqual([]);
    expect(errors(mantap)).toEqual([]);
  });

  const koperasi = (jumlah: number, rataRata: number) =>
    grid([
      [bold('No'), bold('Kecamatan'), bold('Jumlah Koperasi'), bold('Jumlah Anggota'), bold('Rata-rata Anggota per Koperasi')],
      [1, 'Maumere', 42, 5120, 121.9],
      [2, 'Alok', 35, 3985, 113.86],
      [3, 'Kewapante', 20, 2100, 105],
      [4, 'Nita', 10, 900, 90],
      [null, bold('Jumlah'), bold(107), bold(jumlah), bold(rataRata)],
    ]);

  it('a mean its rows bear out is their ratio, and a Jumlah that adds the means up is named so', () => {
    expect(analyseSheet(koperasi(12105, 113.13)).findings).toEqual([]);
    const summed = analyseSheet(koperasi(12105, 430.76)).findings;
    expect(brief(summed)).toEqual(['E6 ratio.total']);
    expect(summed[0].message.en).toContain('12,105 / 107 = 113.13, 430.76 is stated — that is the sum of the 4 values above');
    // The counts beside it are still added up.
    expect(brief(errors(koperasi(12150, 113.13)))).toContain('D6 sum.total-row');
  });

  it('a rate per 1.000 is read at the scale its header names', () => {
    const akb = grid([
      [bold('No'), bold('Uraian'), bold('Jumlah Lahir Hidup'), bold('Jumlah Kematian Bayi'), bold('AKB per 1.000 KH')],
      [1, 'Puskesmas Oepoi', 812, 6, 7.39],
      [2, 'Puskesmas Oebobo', 1045, 9, 8.61],
      [3, 'Puskesmas Sikumana', 986, 8, 8.11],
      [4, 'Puskesmas Bakunase', 1210, 10, 8.26],
      [null, bold('Jumlah'), bold(4053), bold(33), bold(8.14)],
    ]);
    const a = analyseSheet(akb);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].columns.find((c) => c.col === 4)?.relation?.rel).toEqual({ kind: 'ratio', num: 3, den: 2, k: 1000 });
  });
});

describe("a growth column of one year is that year's growth on the year before", () => {
  const yoy = (umkm2023: number) =>
    grid([
      [bold('Uraian'), bold('2022'), bold('2023'), bold('2024'), bold('Pertumbuhan 2023 (%)'), bold('Pertumbuhan 2024 (%)')],
      ['Jumlah Koperasi Aktif', 410, 432, 455, 5.37, 5.32],
      ['Jumlah UMKM Binaan', 1250, 1412, 1588, umkm2023, 12.46],
      ['Jumlah Wirausaha Baru', 85, 92, 88, 8.24, -4.35],
    ]);

  it('right cells: no "matches no reading of average growth"; a slip is found at its cell, as (2023 − 2022) / 2022', () => {
    expect(analyseSheet(yoy(12.96)).findings).toEqual([]);
    const slip = analyseSheet(yoy(21.96)).findings;
    expect(brief(slip)).toEqual(['E3 ratio.peningkatan']);
    expect(slip[0].message.en).toContain('(1,412 − 1,250) / 1,250 × 100 = 12.96, 21.96 is stated');
  });

  it('the same under a "Pertumbuhan (%)" group with a year per column', () => {
    const grouped = grid(
      [
        [bold('Uraian'), bold('Realisasi (Rp)'), null, null, bold('Pertumbuhan (%)'), null],
        [null, bold('2022'), bold('2023'), bold('2024'), bold('2023'), bold('2024')],
        ['Pajak Daerah', 41000, 43200, 45500, 5.37, 5.32],
        ['Retribusi Daerah', 12500, 14120, 15880, 12.96, 12.46],
      ],
      { merges: ['A1:A2', 'B1:D1', 'E1:F1'] },
    );
    const a = analyseSheet(grouped);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].columns.filter((c) => c.col >= 4).map((c) => c.relation?.rel)).toEqual([
      { kind: 'growth', a: 2, b: 1, k: 100 },
      { kind: 'growth', a: 3, b: 2, k: 100 },
    ]);
  });
});

describe('a table whose years run down its rows', () => {
  it('"Tahun" is the rows\' key: its Jumlah label is no number typed wrong, and the Jumlah row is checked', () => {
    const series = (jumlah: number) =>
      grid([
        [bold('Tahun'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('%')],
        [2022, 7540000000, 7208815900, 95.61],
        [2023, 8112750000, 7895104260, 97.32],
        [bold('Jumlah'), bold(jumlah), bold(15103920160), bold(96.49)],
      ]);
    const a = analyseSheet(series(15652750000));
    expect(a.findings).toEqual([]);
    expect(a.tables[0].columns[0].role).toBe('label');
    expect(brief(errors(series(15652570000)))).toEqual(['B4 sum.total-row']);
  });

  it('rates side by side (APK, APM) are each an input, not a column computed from the others', () => {
    const g = grid([
      [bold('Tahun'), bold('APK SD (%)'), bold('APM SD (%)'), bold('APK SMP (%)')],
      [2021, 106.75, 97.48, 91.35],
      [2022, 105.81, 97.61, 92.08],
      [2023, 104.96, 97.7, 92.84],
    ]);
    expect(analyseSheet(g).findings).toEqual([]);
  });
});

test('"Rp Akhir" beside "Target Akhir" in a one-row Tabel 6.1 header is the end-of-period Rp, the sum of the years', () => {
  const plan = (akhir: number) =>
    grid([
      [
        bold('Kode'),
        bold('Program/Kegiatan'),
        bold('Target 2025'),
        bold('Rp 2025'),
        bold('Target 2026'),
        bold('Rp 2026'),
        bold('Target Akhir'),
        bold('Rp Akhir'),
      ],
      [bold('1.03.03'), bold('Program Pengelolaan SPAM'), 80.5, 3300000, 82.5, 4020000, 82.5, 7320000],
      ['1.03.03.2.01', 'Pengelolaan SPAM di Daerah Kabupaten', 900, 3300000, 1000, 4020000, 1900, akhir],
    ]);
  expect(analyseSheet(plan(7320000)).findings).toEqual([]);
  expect(brief(analyseSheet(plan(7230000)).findings)).toEqual(['H3 sum.period']);
});

test('Kenaikan/(Penurunan) Rp after two years of realisasi in Rp is the later less the earlier: a slip is found at its cell, not at the Jumlah', () => {
  const pajak = (hotel: number) =>
    grid(
      [
        [bold('Jenis Pajak'), bold('Realisasi 2023 (Rp)'), bold('Realisasi 2024 (Rp)'), bold('Kenaikan/(Penurunan)'), null],
        [null, null, null, bold('Rp'), bold('%')],
        ['Pajak Hotel', 12450000000, 14120500000, hotel, 13.42],
        ['Pajak Restoran', 18120000000, 17450800000, -669200000, -3.69],
        ['Pajak Reklame', 1850000000, 1712450000, -137550000, -7.44],
        [bold('Jumlah'), bold(32420000000), bold(33283750000), bold(863750000), bold(2.66)],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );
  expect(analyseSheet(pajak(1670500000)).findings).toEqual([]);
  expect(brief(errors(pajak(1607500000)))).toEqual(['D3 sum.difference']);
});

describe("the counts of a list's groups (1. over a., b.)", () => {
  const tenaga = (medis: number) =>
    grid([
      [bold('No'), bold('Jenis Tenaga'), bold('PNS'), bold('PPPK'), bold('Jumlah')],
      [bold('1.'), bold('Tenaga Medis'), bold(medis), bold(4), bold(22)],
      ['a.', 'Dokter Umum', 14, 3, 17],
      ['b.', 'Dokter Gigi', 4, 1, 5],
      [bold('2.'), bold('Tenaga Farmasi'), bold(9), bold(3), bold(12)],
      [null, bold('Total'), bold(27), bold(7), bold(34)],
    ]);

  it("a group's count that is not the sum of its rows is the slip; its row total follows from it", () => {
    expect(analyseSheet(tenaga(18)).findings).toEqual([]);
    const a = analyseSheet(tenaga(16));
    expect(brief(errors(tenaga(16)))).toEqual(['C2 sum.hierarchy']);
    expect(a.findings.find((f) => f.cell === 'E2')?.severity).toBe('warning');
  });

  it('a breakdown that is no sum (some of the rows under a group) says nothing', () => {
    const g = grid([
      [bold('No'), bold('Uraian'), bold('2023'), bold('2024')],
      [bold('1.'), bold('Jumlah Penduduk'), bold(152000), bold(154300)],
      ['a.', 'Penduduk usia produktif', 101200, 102900],
      ['b.', 'Penduduk miskin', 12100, 11800],
      [bold('2.'), bold('Jumlah Rumah Tangga'), bold(41000), bold(41800)],
      ['a.', 'Rumah tangga miskin', 3900, 3850],
    ]);
    expect(analyseSheet(g).findings.filter((f) => f.rule === 'sum.hierarchy')).toEqual([]);
  });
});

test('"Kontribusi terhadap PAD (%)" names a share of the total: one slip in four rows is found at its cell, the column stays explained', () => {
  const pad = (retribusi: number) =>
    grid([
      [bold('Komponen PAD'), bold('Realisasi (Rp)'), bold('Kontribusi terhadap PAD (%)')],
      ['Pajak Daerah', 101245880512, 53.79],
      ['Retribusi Daerah', 19870455300, retribusi],
      ['Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan', 8200000000, 4.36],
      ['Lain-lain PAD yang Sah', 58912047815, 31.3],
      [bold('Jumlah'), bold(188228383627), bold(100)],
    ]);
  expect(analyseSheet(pad(10.56)).findings).toEqual([]);
  expect(brief(analyseSheet(pad(10.65)).findings)).toEqual(['C3 ratio.share']);
});

describe('a header named in the words of its subject', () => {
  const akb = (jumlahAkb: number) =>
    grid(
      [
        [bold('No'), bold('Puskesmas'), bold('Lahir Hidup'), bold('Kematian Bayi'), null],
        [null, null, null, bold('Jumlah'), bold('AKB')],
        [1, 'Oepoi', 812, 6, 7.39],
        [2, 'Oebobo', 1045, 9, 8.61],
        [3, 'Sikumana', 986, 8, 8.11],
        [4, 'Bakunase', 1210, 10, 8.26],
        [null, bold('Jumlah'), bold(4053), bold(33), bold(jumlahAkb)],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );

  it('"No | Puskesmas | Lahir Hidup | Kematian Bayi" over rows counted from 1 is a table, its AKB per 1.000 by convention', () => {
    const a = analyseSheet(akb(8.14));
    expect(a.tables.map((t) => [t.range, t.headerRows])).toEqual([['A1:E7', 2]]);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].columns[4].relation?.rel).toEqual({ kind: 'ratio', num: 3, den: 2, k: 1000 });
    // The Jumlah row's AKB is the rate of the totals: the sum of the rates is named so.
    expect(brief(analyseSheet(akb(32.37)).findings)).toEqual(['E7 ratio.total']);
  });

  it('past a column-number row "(1) (2) …" or a first group heading, the rows counted from 1 are still found', () => {
    const faskes = (jumlah: number) =>
      grid(
        [
          ['No', 'Kecamatan', 'Puskesmas', null, 'Pustu', 'Posyandu'],
          [null, null, 'Rawat Inap', 'Non Rawat Inap'],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
          [1, 'Praya', 2, 1, 5, 42],
          [2, 'Jonggat', 1, 2, 6, 47],
          [3, 'Pujut', 2, 1, 7, 56],
          [null, 'Jumlah', 5, 4, 18, jumlah],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'] },
      );
    expect(analyseSheet(faskes(145)).findings).toEqual([]);
    expect(brief(analyseSheet(faskes(154)).findings)).toEqual(['F7 sum.total-row']);
    const desa = grid([
      ['No', 'Desa/Kelurahan', 'L', 'P', 'L+P'],
      [null, bold('Kecamatan Selong')],
      [1, 'Kelurahan Selong', 8120, 8412, 16532],
      [2, 'Kelurahan Pancor', 10210, 10870, 21080],
      [null, bold('Jumlah'), bold(18330), bold(19282), bold(37621)],
    ]);
    // (The corner is wrong both ways, L + P and down its column: one finding, its L+P now read as the row total.)
    expect(brief(analyseSheet(desa).findings)).toEqual(['E5 sum.row-total']);
  });

  it('units in brackets name columns: "Komoditas | Luas Panen (Ha) | Produksi (Ton)" is a header', () => {
    const palawija = grid([
      ['Komoditas', 'Luas Panen (Ha)', 'Produksi (Ton)'],
      ['Jagung', 18450, 101475],
      ['Kedelai', 1210, 1815],
      ['Kacang Tanah', 2340, 3159],
      ['Jumlah', 22000, 106494],
    ]);
    expect(brief(analyseSheet(palawija).findings)).toEqual(['C5 sum.total-row']);
  });

  it('a "No" row over a row of figures that is not numbered 1 stays prose', () => {
    const g = grid([
      ['No', 'Puskesmas', 'Lahir Hidup'],
      [null, null, null],
      ['Catatan', 812, 6],
    ]);
    expect(analyseSheet(g).tables).toEqual([]);
  });
});

describe('the scale of a ratio is the one its header or its cells name', () => {
  it('"Rasio per 100.000 Penduduk" is per 100.000 although it says Rasio: dokter per penduduk, never dokter per bidan', () => {
    const nakes = grid(
      [
        ['No', 'Kecamatan', 'Jumlah Penduduk', 'Dokter', null, 'Bidan', null],
        [null, null, null, 'Jumlah', 'Rasio per 100.000 Penduduk', 'Jumlah', 'Rasio per 100.000 Penduduk'],
        [1, 'Waikabubak', 18452, 4, 21.68, 21, 113.81],
        [2, 'Kota Waikabubak', 27311, 11, 40.28, 38, 139.14],
        [3, 'Loli', 19870, 3, 15.1, 19, 95.62],
        [4, 'Tana Righu', 17233, 2, 11.61, 16, 92.84],
        [5, 'Lamboya', 15962, 2, 12.53, 14, 87.71],
        [null, 'Kabupaten Sumba Barat', 98828, 22, 22.26, 108, 109.28],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1'] },
    );
    const a = analyseSheet(nakes);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].columns.filter((c) => c.col === 4 || c.col === 6).map((c) => c.relation?.rel)).toEqual([
      { kind: 'ratio', num: 3, den: 2, k: 100000 },
      { kind: 'ratio', num: 5, den: 2, k: 100000 },
    ]);
  });

  it('a % header is tried at × 100 when its values are small (gizi buruk 0,42 %)', () => {
    const gizi = grid(
      [
        ['No', 'Puskesmas', 'Balita Ditimbang', 'Gizi Buruk', null],
        [null, null, null, 'Jumlah', '%'],
        [1, 'Tiris', 2841, 12, 0.42],
        [2, 'Krucil', 2510, 9, 0.36],
        [3, 'Gading', 2967, 11, 0.37],
        [4, 'Pakuniran', 2213, 6, 0.27],
        [null, 'Jumlah', 10531, 38, 0.36],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );
    const a = analyseSheet(gizi);
    expect(a.findings).toEqual([]);
    expect(a.tables[0].columns[4].relation?.rel).toEqual({ kind: 'ratio', num: 3, den: 2, k: 100 });
  });

  it('a quotient unit (Ton/Ha) and cells shown in % make rates, which the Kabupaten or Jumlah row states for the totals', () => {
    const padi = grid([
      ['No', 'Kecamatan', 'Luas Panen (Ha)', 'Produksi (Ton)', 'Produktivitas (Ton/Ha)'],
      [1, 'Sidenreng', 9105, 55541.5, 6.1],
      [2, 'Maritengngae', 7790, 47129.5, 6.05],
      [3, 'Watang Pulu', 6034, 35600.6, 5.9],
      [null, 'Kabupaten', 22929, 138271.6, 6.03],
    ]);
    const ktp = (jumlah: number) =>
      grid([
        ['No', 'Kecamatan', 'Wajib KTP-el', 'Sudah Rekam', 'Cakupan KTP-el'],
        [1, 'Bawang', 41230, 40110, { value: 0.9728, numFmt: '0.00%' }],
        [2, 'Madukara', 32870, 31980, { value: 0.9729, numFmt: '0.00%' }],
        [3, 'Wanadadi', 24120, 23410, { value: 0.9706, numFmt: '0.00%' }],
        [null, 'Jumlah', 98220, 95500, { value: jumlah, numFmt: '0.00%' }],
      ]);
    expect(analyseSheet(padi).findings).toEqual([]);
    expect(analyseSheet(ktp(0.9723)).findings).toEqual([]);
    // Three rates added up in the Jumlah row are named so.
    expect(brief(analyseSheet(ktp(2.9163)).findings)).toEqual(['E5 ratio.total']);
  });
});

test('"Sasaran Bayi" over counts is the figure a cakupan is of, not a text column', () => {
  const idl = grid([
    ['No', 'Desa', 'Sasaran Bayi', 'Bayi IDL', 'Cakupan IDL (%)'],
    [1, 'Sukamaju', 84, 80, 95.24],
    [2, 'Sukamulya', 112, 109, 97.32],
    [3, 'Cibodas', 67, 62, 92.54],
    [4, 'Margaluyu', 95, 95, 100],
    [null, 'Jumlah', 358, 346, 96.65],
  ]);
  const a = analyseSheet(idl);
  expect(a.findings).toEqual([]);
  expect(a.tables[0].columns[4].relation?.rel).toEqual({ kind: 'ratio', num: 3, den: 2, k: 100 });
});

test('in a rekap a wrong cakupan names its terms by their headers, not as realisasi and target', () => {
  const g = grid([
    ['No', 'Desa', 'Sasaran Bayi', 'Bayi IDL', 'Cakupan IDL (%)'],
    [1, 'Sukamaju', 84, 80, 95.24],
    [2, 'Sukamulya', 112, 109, 97.32],
    [3, 'Cibodas', 67, 62, 92.54],
    [4, 'Margaluyu', 95, 95, 100],
    [5, 'Cipanas', 120, 110, 99.67],
    [6, 'Cikole', 90, 85, 94.44],
  ]);
  const [f] = analyseSheet(g).findings;
  expect(f.cell).toBe('E6');
  expect(f.message.id).toBe(`'Cipanas' "Bayi IDL" 110 / "Sasaran Bayi" 120 × 100 = 91,67; tertulis 99,67`);
});

test('SPM "Harus Dilayani | Terlayani | Belum Terlayani": the remainder is the computed figure, so its slip is found at its cell', () => {
  const spm = (sd: number) =>
    grid([
      ['No', 'Jenis Pelayanan Dasar', 'Jumlah yang Harus Dilayani', 'Jumlah yang Terlayani', 'Jumlah yang Belum Terlayani', 'Capaian (%)'],
      [1, 'PAUD', 12410, 10870, 1540, 87.59],
      [2, 'SD/MI', 49105, 48712, sd, 99.2],
      [3, 'SMP/MTs', 24870, 23410, 1460, 94.13],
      [4, 'Kesetaraan', 1870, 612, 1258, 32.73],
    ]);
  expect(analyseSheet(spm(393)).findings).toEqual([]);
  expect(brief(analyseSheet(spm(403)).findings)).toEqual(['E3 sum.difference']);
});

test('lapangan usaha published together ("M,N", "R,S,T,U") are one row at their letters\' level, not children of the row above', () => {
  const pdrb = (jumlah2023: number) =>
    grid([
      ['Kode', 'Lapangan Usaha', '2022', '2023'],
      ['A', 'Pertanian, Kehutanan, dan Perikanan', 3120.45, 3307.68],
      ['C', 'Industri Pengolahan', 1875.6, 2025.65],
      ['M,N', 'Jasa Perusahaan', 45.6, 48.34],
      ['R,S,T,U', 'Jasa Lainnya', 98.7, 104.62],
      [null, 'Jumlah', 5140.35, jumlah2023],
    ]);
  expect(kinds(pdrb(5486.29))).toEqual(['2:0', '3:0', '4:0', '5:0', '6:-']);
  expect(analyseSheet(pdrb(5486.29)).findings).toEqual([]);
  expect(brief(analyseSheet(pdrb(5496.29)).findings)).toEqual(['D6 sum.total-row']);
});

describe('a section total closes the section its label names, past the sub-totals inside it', () => {
  it('neraca: JUMLAH KEWAJIBAN over its one sub-total, not every sub-total of the ASET above', () => {
    const neraca = (kewajiban: number) =>
      grid([
        [bold('Uraian'), bold('2023'), bold('2022')],
        [bold('ASET')],
        [bold('Aset Lancar')],
        ['Kas di Kas Daerah', 500, 400],
        ['Persediaan', 100, 90],
        [bold('Jumlah Aset Lancar'), bold(600), bold(490)],
        [bold('Aset Tetap')],
        ['Tanah', 1000, 1000],
        ['Gedung dan Bangunan', 700, 650],
        [bold('Jumlah Aset Tetap'), bold(1700), bold(1650)],
        [bold('JUMLAH ASET'), bold(2300), bold(2140)],
        [bold('KEWAJIBAN')],
        [bold('Kewajiban Jangka Pendek')],
        ['Utang Belanja', 80, 60],
        ['Utang PFK', 20, 15],
        [bold('Jumlah Kewajiban Jangka Pendek'), bold(100), bold(75)],
        [bold('JUMLAH KEWAJIBAN'), bold(kewajiban), bold(75)],
      ]);
    expect(analyseSheet(neraca(100)).findings).toEqual([]);
    expect(brief(analyseSheet(neraca(110)).findings)).toEqual(['B17 sum.total-row']);
  });

  it('LRA: JUMLAH BELANJA over the sub-totals under BELANJA, not the PENDAPATAN ones', () => {
    const lra = (belanja: number) =>
      grid([
        [bold('Uraian'), bold('Anggaran'), bold('Realisasi')],
        [bold('PENDAPATAN')],
        [bold('Pendapatan Asli Daerah')],
        ['Pajak Daerah', 100, 110],
        ['Retribusi Daerah', 60, 57],
        [bold('Jumlah Pendapatan Asli Daerah'), bold(160), bold(167)],
        [bold('Pendapatan Transfer')],
        ['Dana Alokasi Umum', 900, 900],
        ['Dana Alokasi Khusus', 300, 291],
        [bold('Jumlah Pendapatan Transfer'), bold(1200), bold(1191)],
        [bold('JUMLAH PENDAPATAN'), bold(1360), bold(1358)],
        [bold('BELANJA')],
        [bold('Belanja Operasi')],
        ['Belanja Pegawai', 700, 680],
        ['Belanja Barang dan Jasa', 360, 322],
        [bold('Jumlah Belanja Operasi'), bold(1060), bold(1002)],
        [bold('Belanja Modal')],
        ['Belanja Modal Peralatan dan Mesin', 193, 180],
        ['Belanja Modal Gedung dan Bangunan', 100, 98],
        [bold('Jumlah Belanja Modal'), bold(293), bold(278)],
        [bold('JUMLAH BELANJA'), bold(belanja), bold(1280)],
      ]);
    expect(analyseSheet(lra(1353)).findings).toEqual([]);
    expect(brief(analyseSheet(lra(1363)).findings)).toEqual(['B21 sum.total-row']);
  });

  it('"BELANJA DAERAH" is the section of JUMLAH BELANJA, not "Belanja Transfer", which its own Jumlah closed', () => {
    const sap = (belanja: number) =>
      grid([
        [bold('URAIAN'), bold('Anggaran 2023'), bold('Realisasi 2023')],
        [bold('PENDAPATAN DAERAH')],
        [bold('Pendapatan Asli Daerah')],
        ['Pajak Daerah', 100, 110],
        [bold('Jumlah Pendapatan Asli Daerah'), bold(100), bold(110)],
        [bold('JUMLAH PENDAPATAN'), bold(100), bold(110)],
        [bold('BELANJA DAERAH')],
        [bold('Belanja Operasi')],
        ['Belanja Pegawai', 60, 58],
        ['Belanja Barang dan Jasa', 20, 19],
        [bold('Jumlah Belanja Operasi'), bold(80), bold(77)],
        [bold('Belanja Transfer')],
        ['Belanja Bantuan Keuangan', 15, 15],
        [bold('Jumlah Belanja Transfer'), bold(15), bold(15)],
        [bold('JUMLAH BELANJA'), bold(belanja), bold(92)],
      ]);
    expect(analyseSheet(sap(95)).findings).toEqual([]);
    expect(brief(analyseSheet(sap(96)).findings)).toEqual(['B15 sum.total-row']);
  });

  it('"JUMLAH KEWAJIBAN DAN EKUITAS" adds the two totals its label names', () => {
    const neraca = (both: number) =>
      grid([
        [bold('Uraian'), bold('2023'), bold('2022')],
        [bold('ASET')],
        ['Kas', 5000, 4000],
        ['Tanah', 15000, 15000],
        [bold('JUMLAH ASET'), bold(20000), bold(19000)],
        [bold('KEWAJIBAN')],
        [bold('Kewajiban Jangka Pendek')],
        ['Utang Belanja', 800, 600],
        [bold('Jumlah Kewajiban Jangka Pendek'), bold(800), bold(600)],
        [bold('JUMLAH KEWAJIBAN'), bold(800), bold(600)],
        [bold('EKUITAS')],
        ['Ekuitas', 19200, 18400],
        [bold('JUMLAH EKUITAS'), bold(19200), bold(18400)],
        [bold('JUMLAH KEWAJIBAN DAN EKUITAS'), bold(both), bold(19000)],
      ]);
    expect(analyseSheet(neraca(20000)).findings).toEqual([]);
    expect(brief(analyseSheet(neraca(21000)).findings)).toEqual(['B14 sum.total-row']);
  });
});

test('rekening codes of mixed depth in one list (5.1.01, 5.1.02, 5.2, 5.3.01) are siblings: 5.2 extends no code above it', () => {
  const jenis = (total: number) =>
    grid([
      [bold('Kode'), bold('Jenis Belanja'), bold('Anggaran'), bold('Realisasi')],
      ['5.1.01', 'Belanja Pegawai', 600, 580],
      ['5.1.02', 'Belanja Barang dan Jasa', 400, 360],
      ['5.2', 'Belanja Modal', 300, 280],
      ['5.3.01', 'Belanja Tidak Terduga', 10, 2],
      [null, bold('Total Belanja'), bold(total), bold(1222)],
    ]);
  expect(kinds(jenis(1310))).toEqual(['2:0', '3:0', '4:0', '5:0', '6:-']);
  expect(analyseSheet(jenis(1310)).findings).toEqual([]);
  expect(brief(analyseSheet(jenis(1300)).findings)).toEqual(['C6 sum.total-row']);
});

test('"Rasio Ketergantungan" of two amounts has no polarity: it is their quotient, with no target to fall short of', () => {
  const rasio = (r2022: number) =>
    grid([
      [bold('Rasio Ketergantungan Keuangan Daerah')],
      [],
      [bold('Tahun'), bold('Pendapatan Transfer'), bold('Total Pendapatan'), bold('Rasio Ketergantungan (%)')],
      [2021, 1123457, 1289013, 87.16],
      [2022, 1164198, 1330047, r2022],
      [2023, 1191111, 1374543, 86.65],
      [2024, 1210200, 1402310, 86.3],
      [2025, 1250000, 1460000, 85.62],
    ]);
  expect(analyseSheet(rasio(87.53)).findings).toEqual([]);
  const slip = analyseSheet(rasio(78.53)).findings;
  expect(brief(slip)).toEqual(['D5 ratio.capaian']);
  expect(slip[0].message.en).not.toContain('lower-is-better');
});

test('Surplus/(Defisit) is checked against JUMLAH PENDAPATAN and JUMLAH BELANJA when the akun rows 4 and 5 are bare headings', () => {
  const lra = (surplus: number) =>
    grid([
      [bold('Kode'), bold('Uraian'), bold('Anggaran'), bold('Realisasi'), bold('Lebih/(Kurang)')],
      [bold('4'), bold('PENDAPATAN')],
      ['4.1', 'Pendapatan Asli Daerah', 160, 167, 7],
      ['4.2', 'Pendapatan Transfer', 1200, 1191, -9],
      [null, bold('JUMLAH PENDAPATAN'), bold(1360), bold(1358), bold(-2)],
      [bold('5'), bold('BELANJA')],
      ['5.1', 'Belanja Operasi', 1060, 1002, -58],
      ['5.2', 'Belanja Modal', 293, 278, -15],
      [null, bold('JUMLAH BELANJA'), bold(1353), bold(1280), bold(-73)],
      [null, bold('SURPLUS/(DEFISIT)'), bold(7), bold(surplus), bold(surplus - 7)],
    ]);
  expect(analyseSheet(lra(78)).findings).toEqual([]);
  expect(brief(analyseSheet(lra(88)).findings)).toEqual(['D10 sum.difference']);
});

describe("a rencana aksi's milestones are targets in words, not numbers typed wrong", () => {
  // A realisasi in words is still said (test/engine/rules.test.ts, docs/rules/number.invalid.md).
  const invalid = (g: SheetGrid) =>
    analyseSheet(g)
      .findings.filter((f) => f.rule === 'number.invalid')
      .map((f) => f.cell);

  it('"Penyusunan PK", "LKjIP", "Monev" under Target Triwulan: no "not a number"', () => {
    const g = grid(
      [
        ['No', 'Indikator', 'Target', 'Target Triwulan', null, null, null],
        [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV'],
        [1, 'Persentase koperasi sehat', '15%', 'Penyusunan jadwal', '5%', '10%', '15%'],
        [2, 'Nilai SAKIP', 'BB', 'Penyusunan PK', 'LKjIP', 'Monev', 'BB'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1'] },
    );
    expect(invalid(g)).toEqual([]);
  });

  it('a broken number among numbers is still said', () => {
    const g = grid([
      ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase koperasi aktif', '%', 60, 57, 95],
      [2, 'Persentase UMKM naik kelas', '%', 10, '9,5,0', 95],
      [3, 'Persentase wirausaha', '%', 20, 21, 105],
    ]);
    expect(invalid(g)).toEqual(['E3']);
  });
});

describe('identifiers typed as text are no amounts to convert', () => {
  it("a regulations list's Nomor and Tahun stored as text: no number.text", () => {
    const g = grid([
      ['No', 'Jenis Peraturan', 'Nomor', 'Tahun', 'Tentang'],
      ['1.', 'Undang-Undang', '25', '1992', 'Perkoperasian'],
      ['2.', 'Peraturan Pemerintah', '7', '2021', 'Kemudahan, Pelindungan dan Pemberdayaan KUMKM'],
      ['3.', 'Peraturan Menteri Dalam Negeri', '86', '2017', 'Tata cara perencanaan'],
    ]);
    expect(analyseSheet(g).findings).toEqual([]);
  });

  it('a road\'s "Nomor Ruas" / "No. Ruas" typed "054" to keep its zero; a length typed as text beside it still is said (probe 69)', () => {
    const jalan = (head: string, d5: Lit) =>
      grid([
        ['No', head, 'Nama Ruas Jalan', 'Panjang (km)', 'Baik (km)', 'Sedang (km)', 'Rusak (km)'],
        [1, '012', 'Jl. Lingkar Selatan', 10.4, 5.2, 2.7, 2.5],
        [2, '045', 'Bongo – Huntu', d5, 4.1, 2.3, 1.7],
        [3, '103', 'Jl. Pendidikan', 5.6, 3.3, 1.2, 1.1],
        [null, null, 'Jumlah', 24.1, 12.6, 6.2, 5.3],
      ]);
    for (const head of ['Nomor Ruas', 'No. Ruas', 'Kode Ruas']) expect(findings(jalan(head, 8.1))).toEqual([]);
    expect(brief(findings(jalan('No. Ruas', '8,1')))).toEqual(['D3 number.text']);
  });
});

describe('a header names columns; it never states a figure', () => {
  it('a first row of "Persentase koperasi sehat | 15% pada tahun 2029" is data, not a second header row', () => {
    const g = grid([
      ['Tujuan', 'Indikator Tujuan', 'Target Akhir Renstra'],
      ['Meningkatnya daya saing koperasi', 'Persentase koperasi sehat', '15% pada tahun 2029'],
      ['Menurunnya pengangguran', 'Tingkat pengangguran terbuka', 'Turun menjadi 3,2% (2029)'],
      ['Meningkatnya akuntabilitas', 'Nilai SAKIP', 'A'],
    ]);
    const a = analyseSheet(g);
    expect(a.tables.map((t) => t.headerRows)).toEqual([1]);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a row stating "target 50% UMKM go digital" does not start a header', () => {
    const g = grid([
      ['Tahap', 'Periode', 'Fokus'],
      ['I', 'Tahun 2025–2026', 'Penataan kelembagaan koperasi'],
      ['II', 'Tahun 2027–2028', 'Penguatan daya saing, target 50% UMKM go digital'],
      ['III', 'Tahun 2029', 'Kemandirian koperasi dan UMKM'],
    ]);
    expect(analyseSheet(g).findings).toEqual([]);
  });
});

describe('a second fill does not build on a cell the first left empty', () => {
  it("the Jumlah row's total is not written over a Jumlah cell left empty for its text inputs", () => {
    const f = (value: number, formula: string) => ({ value, formula });
    // As the first fill left it: Rusak Ringan's Jumlah (D6) stays empty, its column holding '5' as text.
    const g = grid([
      ['Kondisi Aset'],
      ['No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'],
      [1, 'Kendaraan', 3, '5', 1, null],
      [2, 'Laptop', 12, 2, 1, f(15, '=C4+D4+E4')],
      [3, 'Printer', 5, 1, 1, f(7, '=C5+D5+E5')],
      [null, 'Jumlah', f(20, '=SUM(C3:C5)'), null, f(3, '=SUM(E3:E5)'), null],
    ]);
    expect(analyseSheet(g).fill.map((x) => x.cell)).not.toContain('F6');
  });
});

describe('LKPJ and LKjIP tables as other offices type them (probe round 19)', () => {
  it('a (1) (2) (3) column-number row repeated after a page break is a header repeat, not a row of −1 … −5', () => {
    const head = heads('No', 'Urusan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%');
    const numbers = ['(1)', '(2)', '(3)', '(4)', '(5)'];
    const g = grid([head, numbers, [1, 'Pendidikan', 1000, 900, 90], head, numbers, [2, 'Sosial', 500, 400, 80]]);
    expect(analyseSheet(g).tables[0].rows.map((r) => r.kind)).toEqual(['program', 'headerRepeat', 'headerRepeat', 'program']);
    expect(findings(g)).toEqual([]);
    g.cells[5]![4] = { value: 85 };
    expect(brief(findings(g))).toEqual(['E6 ratio.anggaran']);
  });

  it('a negative amount with its sign before the Rp ("(Rp 2.500.000)", "-Rp …") is a number, and its row is checked', () => {
    const lra = (defisit: string) =>
      grid([
        heads('Uraian', 'Anggaran', 'Realisasi'),
        ['Pendapatan', 'Rp 10.000.000', 'Rp 9.000.000'],
        ['Belanja', 'Rp 12.500.000', 'Rp 8.000.000'],
        [bold('Surplus/(Defisit)'), defisit, 'Rp 1.000.000'],
      ]);
    // Money typed as text with its "Rp" is said once per column as stored as text (Excel's SUM skips it), nothing else.
    expect(findings(lra('(Rp 2.500.000)')).map((x) => `${x.cell} ${x.rule}`)).toEqual(['B2 number.text', 'C2 number.text']);
    expect(errors(lra('-Rp 2.500.000'))).toEqual([]);
    expect(brief(errors(lra('(Rp. 2.400.000,00)')))).toEqual(['B4 sum.difference']);
  });

  it('a lone Rata-rata Pertumbuhan after a realisation series (no anggaran) is checked against it', () => {
    const g = (last: number) =>
      grid(
        [
          heads('Uraian', 'Realisasi (Rp)', null, null, 'Rata-rata Pertumbuhan (%)'),
          heads(null, '2021', '2022', '2023', null),
          ['Pajak Daerah', 100, 110, 121, 10],
          ['Retribusi Daerah', 200, 220, 242, 10],
          ['Lain-lain PAD yang Sah', 50, 55, 60.5, last],
        ],
        { merges: ['A1:A2', 'B1:D1', 'E1:E2'] },
      );
    rightThenSlip(g, 10, 25, ['E5 ratio.pertumbuhan'], 'findings');
  });

  it("polarity: 'terhadap' starts a denominator only before a quantity; more indicators are lower-is-better by their words", () => {
    const lower = [
      'Indeks Williamson',
      'Insidensi Tuberkulosis per 100.000 penduduk',
      'Case Fatality Rate (CFR) DBD',
      'Persentase jalan dalam kondisi rusak berat',
      'Persentase desa rawan pangan',
      'Backlog perumahan',
      'Persentase penduduk tanpa akses air minum layak',
      'Prevalensi gizi kurang pada balita',
      'Waktu penerbitan izin usaha',
      'Unmet need KB',
      'Angka pernikahan usia anak',
      'Persentase anak tidak sekolah',
      'Jumlah hotspot kebakaran hutan dan lahan',
      'Total Fertility Rate (TFR)',
    ];
    const higher = [
      'Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani',
      'Persentase pelanggaran terhadap Perda yang ditindaklanjuti',
      'Persentase rehabilitasi lahan kritis',
      'Persentase jalan dalam kondisi mantap',
      'Rasio PAD terhadap jumlah pengangguran',
    ];
    expect(lower.filter((t) => !isLowerBetter(t))).toEqual([]);
    expect(higher.filter((t) => isLowerBetter(t))).toEqual([]);
    const g = grid([
      heads('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani', 100, 95, 95],
      [2, 'Indeks Williamson', 0.42, 0.45, 92.86],
      [3, 'Persentase jalan dalam kondisi rusak berat', 15, 13.2, 112],
    ]);
    expect(findings(g)).toEqual([]);
  });
  it('programs under one sasaran (its No and name merged down, or the No left blank) are siblings, and a closing mean takes them all', () => {
    const programs = (merges: string[]) =>
      grid(
        [
          heads('No', 'Sasaran', 'Program', 'Anggaran (Rp)'),
          [1, 'Meningkatnya kualitas pendidikan', 'Program Pengelolaan Pendidikan', 5000],
          [null, null, 'Program Pendidik dan Tenaga Kependidikan', 2000],
          [2, 'Meningkatnya derajat kesehatan', 'Program Pemenuhan Upaya Kesehatan', 7000],
          [null, null, 'Program Sediaan Farmasi', 1000],
          [null, null, 'Program Pemberdayaan Masyarakat Bidang Kesehatan', 500],
          [null, bold('Jumlah'), null, 15500],
        ],
        { merges },
      );
    for (const g of [programs(['A2:A3', 'B2:B3', 'A4:A6', 'B4:B6']), programs([])]) {
      expect(analyseSheet(g).tables[0].rows.map((r) => r.parent)).toEqual(new Array(6).fill(undefined));
      expect(findings(g)).toEqual([]);
      g.cells[4]![3] = { value: 1200 };
      expect(brief(findings(g))).toEqual(['D7 sum.total-row']);
    }
    const capaian = grid(
      [
        heads('No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Sasaran satu', 'Persentase A', 80, 80, 100],
        [null, null, 'Persentase B', 50, 45, 90],
        [2, 'Sasaran dua', 'Persentase C', 60, 72, 120],
        [null, bold('Rata-rata Capaian'), null, null, null, 103.33],
      ],
      { merges: ['A2:A3', 'B2:B3'] },
    );
    expect(findings(capaian)).toEqual([]);
  });

  it('a program or kegiatan whose kode and name are typed again on each indicator row is one node, its Rp not added twice', () => {
    const g = grid([
      heads('Kode', 'Program/Kegiatan', 'Indikator', 'Target 2025', 'Rp 2025', 'Target Akhir', 'Rp Akhir'),
      ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Persentase faskes terakreditasi', 70, 3000, 75, 3000],
      ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Angka kematian ibu', 90, 3000, 85, 3000],
      ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Puskesmas direhabilitasi', 3, 2000, 3, 2000],
      ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Alat kesehatan disediakan', 5, 2000, 5, 2000],
      ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Jumlah layanan', 12, 1000, 12, 1000],
    ]);
    expect(analyseSheet(g).tables[0].rows.map((r) => r.kind)).toEqual(['program', 'continuation', 'kegiatan', 'continuation', 'kegiatan']);
    expect(findings(g)).toEqual([]);
    g.cells[1]![4] = { value: 3500 };
    g.cells[2]![4] = { value: 3500 };
    expect(brief(findings(g))).toEqual(['E2 sum.hierarchy']);
  });

  it('an indicator named "Total Fertility Rate (TFR)" on a numbered row is an indicator, not a total row', () => {
    const g = grid(
      [
        heads('No', 'Indikator', 'Target', null, 'Realisasi', null, 'Rasio Capaian', null),
        heads(null, null, '2022', '2023', '2022', '2023', '2022', '2023'),
        [1, 'Contraceptive Prevalence Rate (CPR)', 61, 62, 60.2, 62.4, 98.69, 100.65],
        [2, 'Total Fertility Rate (TFR)', 2.3, 2.25, 2.31, 2.24, 99.57, 100.44],
        [null, bold('Total'), null, null, null, null, null, null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
    );
    expect(analyseSheet(g).tables[0].rows.map((r) => r.kind)).toEqual(['indicator', 'indicator', 'total']);
    expect(findings(g)).toEqual([]);
  });
});

describe('Renja evaluation tables (probe round 21)', () => {
  it('the Rp half of "Capaian (%) ▸ K | Rp" is a rate, never added up as money', () => {
    const g = (i5: number) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan', 'Indikator', 'Target 2024', null, 'Realisasi 2024', null, 'Capaian 2024 (%)', null),
          heads(null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'),
          ['2.17.01', 'Program Perencanaan', 'Persentase dokumen tepat waktu (%)', 90, 3000, 90, 2800, 100, 93.33],
          ['2.17.01.2.01', 'Penyusunan Dokumen Perencanaan', 'Jumlah dokumen (Dokumen)', 4, 1000, 4, 900, 100, 90],
          ['2.17.01.2.02', 'Evaluasi Kinerja', 'Jumlah laporan (Laporan)', 4, 2000, 4, 1900, 100, i5],
          [null, 'Jumlah', null, null, 3000, null, 2800, null, 93.33],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    expect(
      analyseSheet(g(95))
        .tables[0].columns.map((c) => c.role)
        .slice(7),
    ).toEqual(['ratio', 'ratio']);
    rightThenSlip(g, 95, 97, ['I5 ratio.anggaran'], 'findings');
    // One header row: "Persentase Realisasi s.d. 2024 thd Pagu Renstra (%)" is a share, not a running total of money.
    const one = grid([
      heads('Kode', 'Program/Kegiatan', 'Pagu Renstra (Rp)', 'Realisasi s.d. 2024 (Rp)', 'Persentase Realisasi s.d. 2024 thd Pagu Renstra (%)'),
      ['2.17.01', 'Program Perencanaan', 10000, 6000, 60],
      ['2.17.01.2.01', 'Penyusunan Dokumen Perencanaan', 4000, 2000, 50],
      ['2.17.01.2.02', 'Evaluasi Kinerja', 6000, 4000, 66.67],
    ]);
    expect(findings(one)).toEqual([]);
  });

  it('"Jumlah kegiatan pameran yang diikuti" on a numbered row, or "Jumlah kegiatan sosialisasi (Kali)", is an indicator, not a sub-total', () => {
    const g = grid([
      heads('No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)'),
      [1, 'Persentase UMKM yang naik kelas', 20, 22, 110, 450000000, 430150000, 95.59],
      [2, 'Jumlah kegiatan pameran produk UMKM yang diikuti', 4, 4, 100, 275000000, 268400000, 97.6],
      [3, 'Jumlah kegiatan sosialisasi (Kali)', 150, 162, 108, 180000000, 176500000, 98.06],
      [null, 'Jumlah', null, null, null, 905000000, 875050000, 96.69],
    ]);
    expect(analyseSheet(g).tables[0].rows.map((r) => r.kind)).toEqual(['indicator', 'indicator', 'indicator', 'total']);
    expect(findings(g)).toEqual([]);
  });

  it('"Capaian Renstra s.d. 2024 (%)" is the realisation to date over the Renstra target, named by its end year', () => {
    const g = (h3: number) =>
      grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Target Renstra 2026',
          'Target Renja 2024',
          'Realisasi 2024',
          'Realisasi s.d. 2024',
          'Capaian Renja 2024 (%)',
          'Capaian Renstra s.d. 2024 (%)',
        ),
        [1, 'Jumlah dokumen perencanaan (Dokumen)', 20, 4, 3, 11, 75, 55],
        [2, 'Jumlah pelaku usaha yang dibina (Orang)', 150, 30, 28, 88, 93.33, h3],
        [3, 'Jumlah peserta pelatihan (Orang)', 250, 50, 45, 145, 90, 58],
        [4, 'Persentase UMKM naik kelas (%)', 30, 25, 24, 24, 96, 80],
      ]);
    rightThenSlip(g, 58.67, 60, ['H3 ratio.capaian'], 'findings');
  });

  it("a year's capaian is that year's realisation, not the running total of the same year where both fit", () => {
    const g = (g4: number) =>
      grid([
        heads('Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Target Renja 2024', 'Realisasi Renja 2024', 'Realisasi s.d. 2024', 'Capaian Renja 2024 (%)'),
        ['2.17.01', 'Program Perencanaan', 'Persentase dokumen tepat waktu (%)', 88, 88.51, 88.51, 100.58],
        ['2.17.01.2.01', 'Perencanaan Perangkat Daerah', 'Jumlah dokumen (Dokumen)', 29, 29, 116, 100],
        ['2.17.01.2.02', 'Administrasi Keuangan', 'Jumlah laporan (Laporan)', 38, 38, 152, g4],
        ['2.17.01.2.03', 'Administrasi Umum', 'Jumlah kegiatan (Kali)', 10, 10, 22, 100],
      ]);
    rightThenSlip(g, 100, 90, ['G4 ratio.capaian'], 'findings');
  });

  it('"Realisasi Anggaran (%)" is the quarters\' Jumlah over the pagu, never the performance\'s realisasi over its target', () => {
    const g = (k3: number) =>
      grid(
        [
          heads(
            'Sub Kegiatan',
            'Target Kinerja',
            'Realisasi Kinerja',
            'Capaian Kinerja (%)',
            'Pagu (Rp)',
            'Realisasi Anggaran (Rp)',
            null,
            null,
            null,
            null,
            'Realisasi Anggaran (%)',
          ),
          heads(null, null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah', null),
          ['Pemberdayaan Nelayan Kecil', 250, 262, 104.8, 480000000, 35000000, 120500000, 150250000, 162800000, 468550000, k3],
          ['Penyediaan Prasarana Usaha Perikanan', 3, 3, 100, 1350000000, 0, 405000000, 540000000, 391125000, 1336125000, 98.97],
          ['Pembinaan Pembudidaya Ikan Kecil', 180, 171, 95, 315750000, 22400000, 78900000, 95300000, 104875000, 301475000, 95.48],
          ['Pengelolaan Pelabuhan Perikanan', 4, 4, 100, 210000000, 15000000, 60000000, 62500000, 66250000, 203750000, 97.02],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:J1', 'K1:K2'] },
      );
    rightThenSlip(g, 97.61, 99, ['K3 ratio.anggaran'], 'findings');
  });

  describe('"Realisasi (Rp) ▸ TW I … IV | Realisasi (%)" with no Jumlah: the quarters\' sum over the pagu (probe round 49)', () => {
    const g = (k3: number | null, quarters = ['TW I', 'TW II', 'TW III', 'TW IV'], cumulative = false) => {
      const spent = [
        [35000000, 120500000, 150250000, 162800000],
        [0, 405000000, 540000000, 391125000],
        [22400000, 78900000, 95300000, 104875000],
      ].map((q) => (cumulative ? q.map((_, i) => q.slice(0, i + 1).reduce((a, b) => a + b, 0)) : q));
      return grid(
        [
          heads('No', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', null, null, null, 'Realisasi (%)'),
          heads(null, null, null, ...quarters, null),
          [1, 'Pemberdayaan Nelayan Kecil', 480000000, ...spent[0], k3],
          [2, 'Penyediaan Prasarana Usaha Perikanan', 1350000000, ...spent[1], k3 === null ? null : 98.97],
          [3, 'Pembinaan Pembudidaya Ikan Kecil', 315750000, ...spent[2], k3 === null ? null : 95.48],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
      );
    };
    it('the % is checked against Σ TW I … IV ÷ Pagu, and a slip is found at its cell', () => {
      rightThenSlip(g, 97.61, 99, ['H3 ratio.anggaran'], 'findings');
    });
    it('running quarters ("s.d. TW I" … "s.d. TW IV"): the last is the year\'s spending', () => {
      const q = ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV'];
      rightThenSlip((k: number) => g(k, q, true), 97.61, 99, ['H3 ratio.anggaran'], 'findings');
    });
    it('a % that is the last quarter alone, where the quarters rise and fall, is wrong: only running quarters are read by their last (probe 52)', () => {
      const q = (h4: number) =>
        grid(
          [
            heads('No', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', null, null, null, 'Realisasi (%)'),
            heads(null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null),
            [1, 'Pemberdayaan Nelayan Kecil', 480000000, 35000000, 120500000, 150250000, 162800000, 97.61],
            [2, 'Penyediaan Prasarana Usaha Perikanan', 1350000000, 0, 405000000, 540000000, 391125000, h4],
            [3, 'Pembinaan Pembudidaya Ikan Kecil', 315750000, 22400000, 78900000, 95300000, 104875000, 95.48],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
        );
      // TW IV ÷ Pagu = 28,97 after 540 million in TW III: no running total, no year's figure.
      rightThenSlip(q, 98.97, 28.97, ['H4 ratio.anggaran'], 'findings');
      // Nor where the quarters happen to rise: money headed "TW I … TW IV" is spent per quarter (row 3: 162,8 ÷ 480 = 33,92).
      expect(brief(findings(g(33.92)))).toEqual(['H3 ratio.anggaran']);
    });
    it("fill writes the quarters' SUM over the pagu", () => {
      expect(analyseSheet(g(null)).fill.map((x) => `${x.cell} ${x.formula}`)).toEqual([
        'H3 =IFERROR(SUM(D3:G3)/C3*100,"")',
        'H4 =IFERROR(SUM(D4:G4)/C4*100,"")',
        'H5 =IFERROR(SUM(D5:G5)/C5*100,"")',
      ]);
    });
  });

  it('a qualitative indicator (Predikat, Level, Zona, or words in both target and realisasi) holds words, not numbers typed wrong', () => {
    const g = grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Status akreditasi RSUD', 'Predikat', 'Paripurna', 'Paripurna', 100],
      [2, 'Persentase ASN kompeten', '%', 80, 82, 102.5],
      [3, 'Tingkat maturitas SPIP', 'Level', 'Level 3', 'Level 3', 100],
      [4, 'Opini BPK atas LKPD', '-', 'Wajar Tanpa Pengecualian', 'Wajar Tanpa Pengecualian', 100],
      [5, 'Kepatuhan standar pelayanan publik', 'Zona', 'Zona Hijau', 'Zona Kuning', 80],
      [6, 'Persentase sekolah terakreditasi', '%', 70, 'lihat lampiran', 107],
    ]);
    // The one word among numbers is still reported, and its capaian cannot be checked.
    expect(brief(findings(g))).toEqual(['E7 number.invalid', 'F7 ratio.capaian']);
  });

  it('"85%" in a target column whose cells carry their units ("3 Unit", "5.420 Orang") is that row\'s unit, not a number typed as text', () => {
    const g = (d3: string, d4: string) =>
      grid([
        heads('Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Target Capaian Kinerja', 'Pagu Indikatif (Rp)'),
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Persentase faskes terakreditasi', '85%', 3000],
        ['1.02.02.2.01', 'Penyediaan Fasilitas Kesehatan', 'Jumlah puskesmas direhabilitasi', d3, 1000],
        ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Jumlah ibu hamil dilayani', d4, 2000],
      ]);
    expect(analyseSheet(g('3 Unit', '5.420 Orang')).findings.map((x) => `${x.rule} ${x.severity}`)).toEqual(['number.unit info']);
    // Among numbers typed as text alone, "85%" is one of them.
    expect(brief(findings(g('30%', '5.420')))).toEqual(['D2 number.text']);
  });

  it('a "Sasaran 1: …" heading typed in the Kode column and merged across is no parent kode of the programs under it', () => {
    const g = grid(
      [
        heads('Kode', 'Program/Kegiatan', 'Indikator', 'Target 2025', 'Rp 2025'),
        [bold('Sasaran 1: Meningkatnya produksi perkebunan')],
        ['3.27.03', 'Program Penyediaan Sarana Pertanian', 'Produksi (ton)', 1275, 300],
        ['3.27.03.2.01', 'Pengawasan Sarana Pertanian', 'Jumlah paket', 10, 300],
        [bold('Sasaran 2: Meningkatnya nilai tambah')],
        ['3.27.05', 'Program Penyuluhan Pertanian', 'Persentase kelompok tani', 25, 200],
        ['3.27.05.2.01', 'Pengembangan Penyuluhan', 'Jumlah kelompok', 130, 200],
      ],
      { merges: ['A2:E2', 'A5:E5'] },
    );
    expect(analyseSheet(g).findings).toEqual([]);
  });

  it('"Target Pendapatan" in a revenue table is the revenue budgeted: its Jumlah is summed', () => {
    const g = (c4: number) =>
      grid([
        heads('No', 'Jenis Pajak', 'Target Pendapatan', 'Realisasi', '%'),
        [1, 'Pajak Hotel', 1200000000, 1150000000, 95.83],
        [2, 'Pajak Restoran', 3400000000, 3620000000, 106.47],
        [null, bold('Jumlah'), c4, 4770000000, 103.7],
      ]);
    rightThenSlip(g, 4600000000, 4700000000, ['C4 sum.total-row']);
  });

  it('"Rp (000)" under a year names the Rp column in thousands: a header row, not a row of zeros', () => {
    const g = (e5: number) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan', 'Indikator', '2026', null, '2027', null, 'Akhir Periode', null),
          heads(null, null, null, 'Target', 'Rp (000)', 'Target', 'Rp (000)', 'Target', 'Rp (000)'),
          ['5.01.02', 'Program Perencanaan Pembangunan Daerah', 'Persentase konsistensi RPJMD-RKPD', 95, 300, 95, 330, 95, 630],
          ['5.01.02.2.01', 'Penyusunan Perencanaan dan Pendanaan', 'Jumlah dokumen', 3, 300, 3, 330, 3, 630],
          ['5.01.02.2.01.0001', 'Analisis Data dan Informasi', 'Jumlah dokumen', 2, e5, 2, 110, 2, 210],
          ['5.01.02.2.01.0003', 'Koordinasi Penyusunan Dokumen Perencanaan', 'Jumlah dokumen', 1, 200, 1, 220, 1, 420],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    expect(analyseSheet(g(100)).tables[0].headerRows).toBe(2);
    expect(analyseSheet(g(100)).findings).toEqual([]);
    expect(brief(errors(g(150)))).toEqual(['E5 value.crossing']);
  });

  it('a column number merged over K | Rp states its formula for both halves; a running total of a % indicator is its latest level', () => {
    const g = (h4: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Realisasi s.d. 2023', null, 'Realisasi 2024', null, 'Realisasi s.d. 2024', null),
          heads(null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'),
          [1, 2, 3, null, 4, null, '5 = 3 + 4', null],
          [1, 'Jumlah dokumen perencanaan (Dokumen)', 8, 2000, 4, 1000, 12, h4],
          [2, 'Jumlah pelaku usaha yang dibina (Orang)', 60, 5000, 30, 2500, 90, 7500],
          [3, 'Persentase UMKM naik kelas (%)', 20.5, 4000, 24.1, 2100, 24.1, 6100],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1', 'C3:D3', 'E3:F3', 'G3:H3'] },
      );
    const cols = analyseSheet(g(3000)).tables[0].columns;
    expect(cols.map((c) => c.role)).toEqual(['no', 'label', 'realisasi', 'realisasiRp', 'realisasi', 'realisasiRp', 'rowTotal', 'rowTotal']);
    expect(cols[7].parts).toEqual([3, 5]);
    rightThenSlip(g, 3000, 3100, ['H4 sum.row-total'], 'findings');
  });

  it('the kode split over columns named by their tier alone (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan) is the kode', () => {
    const g = (h4: number) =>
      grid([
        heads(
          'Urusan',
          'Bidang',
          'Program',
          'Kegiatan',
          'Sub Kegiatan',
          'Program/Kegiatan/Sub Kegiatan',
          'Target 2025',
          'Rp 2025',
          'Target 2026',
          'Rp 2026',
          'Target Akhir',
          'Rp Akhir',
        ),
        ['2', '17', '05', null, null, 'Program Pemberdayaan Koperasi', 50, 300, 52, 330, 52, 630],
        ['2', '17', '05', '2.01', null, 'Pemberdayaan Koperasi', 30, 300, 30, 330, 30, 630],
        ['2', '17', '05', '2.01', '0001', 'Peningkatan SDM Koperasi', 60, h4, 60, 110, 60, 210],
        ['2', '17', '05', '2.01', '0003', 'Pendampingan Koperasi', 10, 200, 10, 220, 10, 420],
      ]);
    expect(analyseSheet(g(100)).tables[0].rows.map((r) => r.kind)).toEqual(['program', 'kegiatan', 'subkegiatan', 'subkegiatan']);
    rightThenSlip(g, 100, 1000, ['H4 value.crossing']);
  });

  it.each(['Tahun 1', 'Tahun-1', 'Th. 1', 'Tahun I'])(
    'a plan whose year groups are named "%s" … is a plan: its end-of-period Rp is the sum of the years',
    (first) => {
      const second = first.replace(/1$/, '2').replace(/I$/, 'II');
      const g = (i6: number) =>
        grid(
          [
            heads('Kode', 'Program dan Kegiatan', 'Indikator', 'Target Kinerja dan Kerangka Pendanaan', null, null, null, 'Kondisi Akhir', null),
            [null, null, null, bold(first), null, bold(second), null, null, null],
            heads(null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
            ['3.26.02', 'Program Peningkatan Daya Tarik Destinasi Pariwisata', 'Jumlah kunjungan wisatawan', 190000, 300, 200000, 330, 200000, 630],
            ['3.26.02.2.01', 'Pengelolaan Daya Tarik Wisata', 'Jumlah DTW dikelola', 12, 300, 13, 330, 13, 630],
            ['3.26.02.2.01.0001', 'Penetapan Daya Tarik Wisata', 'Jumlah dokumen', 1, 100, 1, 110, 1, i6],
            ['3.26.02.2.01.0002', 'Pembangunan Sarpras Daya Tarik Wisata', 'Jumlah sarpras', 3, 200, 3, 220, 3, 420],
          ],
          { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:G1', 'D2:E2', 'F2:G2', 'H1:I2'] },
        );
      expect(analyseSheet(g(210)).tables[0].layout).toBe('rencana');
      rightThenSlip(g, 210, 200, ['I6 sum.period']);
    },
  );

  it("the Permendagri 86 form's own long column names, typed out in full, are a header", () => {
    const g = (d4: number) =>
      grid([
        heads(
          'No',
          'Program/Kegiatan',
          'Target Kinerja dan Anggaran Renja PD Tahun Berjalan yang Dievaluasi (2024)',
          'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2024)',
          'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD Tahun 2024 (%)',
        ),
        [1, 'Program Perencanaan', 1000, 900, 90],
        [2, 'Program Pemberdayaan UMKM', 2000, 1800, 90],
        [null, 'Jumlah', 3000, d4, 90],
      ]);
    expect(analyseSheet(g(2700)).tables.map((t) => t.headerRows)).toEqual([1]);
    rightThenSlip(g, 2700, 2800, ['D4 sum.total-row']);
  });

  it("an IKM sheet's 'Jumlah NRR Tertimbang', one figure under the row of U1 … U9 it adds up, is a sum across that row", () => {
    const g = (b10: number) =>
      grid(
        [
          heads('No Responden', 'Nilai Unsur Pelayanan', null, null, null, null, null, null, null, null),
          heads(null, 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'),
          [1, 3, 3, 3, 4, 3, 3, 4, 3, 3],
          [2, 4, 3, 3, 4, 3, 4, 4, 3, 3],
          [3, 3, 3, 2, 4, 3, 3, 3, 3, 3],
          [4, 3, 4, 3, 4, 4, 3, 4, 3, 3],
          [bold('Σ Nilai per Unsur'), 13, 13, 11, 16, 13, 13, 15, 12, 12],
          [bold('NRR per Unsur'), 3.25, 3.25, 2.75, 4, 3.25, 3.25, 3.75, 3, 3],
          [bold('NRR Tertimbang'), 0.361, 0.361, 0.305, 0.444, 0.361, 0.361, 0.416, 0.333, 0.333],
          [bold('Jumlah NRR Tertimbang'), b10, null, null, null, null, null, null, null, null],
          [bold('IKM Unit Pelayanan'), 81.86, null, null, null, null, null, null, null, null],
        ],
        { merges: ['A1:A2', 'B1:J1'] },
      );
    expect(findings(g(3.275))).toEqual([]);
  });

  it('amounts in Rp juta shown to two decimals are exact to them: a slip of 0,4 juta is found', () => {
    const g = (e3: number) =>
      grid([
        heads('Kode', 'Uraian', 'Indikator', 'Target 2026', 'Pagu 2026 (Rp juta)'),
        ['2.09.02', 'Program Ketahanan Pangan', 'Skor PPH', 88.5, 434.28],
        ['2.09.02.2.01', 'Penyediaan dan Penyaluran Pangan', 'Cadangan pangan (ton)', 25, e3],
        ['2.09.02.2.01.0001', 'Penyediaan Infrastruktur Kemandirian Pangan', 'Jumlah infrastruktur', 2, 125.35],
        ['2.09.02.2.01.0002', 'Pengadaan Cadangan Pangan', 'Cadangan pangan (ton)', 25, 210.48],
        ['2.09.02.2.02', 'Pengelolaan Informasi Pangan', 'Jumlah sistem', 1, 98.45],
        ['2.09.02.2.02.0003', 'Penyediaan Informasi Harga Pangan', 'Jumlah laporan', 12, 98.45],
      ]);
    rightThenSlip(g, 335.83, 336.23, ['E3 sum.hierarchy']);
  });

  it('"Kebutuhan Dana (Rp juta)" under a year is that year\'s Rp: a wrong prakiraan maju is no longer silent', () => {
    const g = (f3: number) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan', 'Rencana Tahun 2025', null, 'Prakiraan Maju 2026', null),
          heads(null, null, 'Target', 'Kebutuhan Dana (Rp juta)', 'Target', 'Kebutuhan Dana (Rp juta)'),
          ['2.17.03', 'Program Pemberdayaan UMKM', '80%', 500, '82%', 550],
          ['2.17.03.2.01', 'Pemberdayaan Usaha Mikro', '40 unit', 300, '42 unit', f3],
          ['2.17.03.2.02', 'Pengembangan UMKM', '20 unit', 200, '22 unit', 220],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'] },
      );
    expect(findings(g(330))).toEqual([]);
    // The program no longer equals its kegiatan: reported at the program, whose figure the kegiatan contradict.
    expect(brief(errors(g(360)))).toEqual(['F3 sum.hierarchy']);
  });

  it("a row whose every year's capaian matches the other polarity is told so once, at its first year", () => {
    const g = grid(
      [
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', null, 'Realisasi', null, 'Rasio Capaian (%)', null),
        heads(null, null, null, '2022', '2023', '2022', '2023', '2022', '2023'),
        [1, 'Persentase balita ditimbang', '%', 7.5, 7, 7.1, 6.8, 105.33, 102.86],
        [2, 'Indeks pelayanan terpadu', 'hari', 3, 2, 2.5, 1.5, 116.67, 125],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
    );
    expect(brief(findings(g))).toEqual(['H3 ratio.capaian', 'H4 ratio.capaian']);
  });
});

describe('RPJMD financial frames and Renstra T-C tables (probe round 22)', () => {
  it('a projection formula met on item rows only says nothing of the parents and totals that hold their sum', () => {
    const g = (g4: Lit) =>
      grid([
        heads('No', 'Uraian', '2024', 'Pertumbuhan (%)', 'Proyeksi 2025', 'Proyeksi 2026', 'Proyeksi 2027'),
        [bold('1'), bold('Pendapatan Asli Daerah'), 300, 5.33, 316, 332.88, 350.69],
        ['1.1', 'Pajak Daerah', 200, 6, f(212, 'C3*(1+$D3/100)'), f(224.72, 'E3*(1+$D3/100)'), f(238.2, 'F3*(1+$D3/100)')],
        ['1.2', 'Retribusi Daerah', 100, 4, f(104, 'C4*(1+$D4/100)'), f(108.16, 'E4*(1+$D4/100)'), g4],
        [bold('2'), bold('Pendapatan Transfer'), 1050, 3.29, 1084.5, 1120.19, 1157.09],
        ['2.1', 'Transfer Pemerintah Pusat', 900, 3, f(927, 'C6*(1+$D6/100)'), f(954.81, 'E6*(1+$D6/100)'), f(983.45, 'F6*(1+$D6/100)')],
        ['2.2', 'Transfer Antar Daerah', 150, 5, f(157.5, 'C7*(1+$D7/100)'), f(165.38, 'E7*(1+$D7/100)'), f(173.64, 'F7*(1+$D7/100)')],
        [null, bold('Jumlah Pendapatan'), 1350, 3.8, 1400.5, 1453.07, 1507.78],
      ]);
    expect(findings(g(f(112.49, 'F4*(1+$D4/100)')))).toEqual([]);
    // A number typed over an item's own formula is still the slip, its parent following from it.
    expect(brief(errors(g(120)))).toEqual(['G4 formula.constant']);
  });

  it('a "Jumlah Misi 1" typed in the No column and merged over the label columns is a total, bold where it was typed', () => {
    const g = (d5: number) =>
      grid(
        [
          heads('No', 'Program', 'Indikator', 'Pagu 2025', 'Pagu 2026'),
          [bold('MISI 1: Ketahanan pangan')],
          [1, 'Program Ketahanan Pangan', 'Skor PPH', 2450, 2600],
          [2, 'Program Sarana Pertanian', 'Produktivitas padi', 18300, 19100],
          [bold('Jumlah Misi 1'), null, null, d5, 21700],
          [bold('MISI 2: Pariwisata')],
          [1, 'Program Pemasaran Pariwisata', 'Kunjungan wisatawan', 2800, 3000],
          [bold('Jumlah Misi 2'), null, null, 2800, 3000],
          [bold('TOTAL'), null, null, 23550, 24700],
        ],
        { merges: ['A2:E2', 'A5:C5', 'A6:E6', 'A8:C8', 'A9:C9'] },
      );
    rightThenSlip(g, 20750, 20000, ['D5 sum.total-row']);
  });

  it('a header row holding a baseline year beside the ordinals of "Tahun ke-" is a header row: one plan table', () => {
    const g = (f5: number) =>
      grid(
        [
          heads(
            'Kode',
            'Program/Kegiatan',
            'Indikator',
            'Data Capaian Awal',
            'Target Kinerja dan Pendanaan Tahun ke-',
            null,
            null,
            null,
            'Kondisi Akhir',
            null,
          ),
          heads(null, null, null, '2024', '1', null, '2', null, null, null),
          heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
          ['2.17.02.2.01', 'Pemeriksaan Koperasi', 'Jumlah koperasi diperiksa', 40, 45, 300, 50, 330, 50, 630],
          ['2.17.02.2.01.0001', 'Pemeriksaan KSP', 'Jumlah KSP', 25, 30, f5, 32, 110, 32, 210],
          ['2.17.02.2.01.0002', 'Penilaian Kesehatan Koperasi', 'Jumlah koperasi dinilai', 15, 15, 200, 18, 220, 18, 420],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'E1:H1', 'E2:F2', 'G2:H2', 'I1:J2', 'D2:D3'] },
      );
    expect(analyseSheet(g(100)).tables.map((t) => `${t.range} ${t.layout}`)).toEqual(['A1:J6 rencana']);
    rightThenSlip(g, 100, 150, ['F5 value.crossing']);
  });

  it('deductions typed as negatives in a Kapasitas Riil table (Belanja Wajib dan Mengikat) are signed by what they are', () => {
    const g = grid([
      heads('No', 'Uraian', '2025', '2026'),
      ['1', 'Pendapatan Daerah', 1_845_300, 1_921_112],
      ['2', 'Sisa Lebih Perhitungan Anggaran', 35_000, 30_000],
      ['3', 'Belanja Wajib dan Mengikat', -1_120_450, -1_154_064],
      ['', bold('Kapasitas Riil Kemampuan Keuangan Daerah'), 759_850, 797_048],
    ]);
    expect(findings(g)).toEqual([]);
  });

  it('polarity words of RPJMD and SPM indicators', () => {
    const lower = [
      'Persentase anak jalanan',
      'Persentase PNS yang dijatuhi hukuman disiplin',
      'Angka kelahiran remaja (ASFR 15-19)',
      'Persentase kekerasan terhadap perempuan',
      'Angka morbiditas',
      'Persentase desa rawan longsor',
      'Rata-rata waktu tanggap kebakaran',
      'Waktu tanggap penanganan kebakaran (menit)',
      'Persentase ASN yang melanggar disiplin',
      'Timbulan sampah per kapita',
      'Waktu tanggap (response time) penanganan kebakaran',
      'Waktu rata-rata penerbitan dokumen kependudukan',
      'Net Death Rate (NDR)',
      'Jumlah temuan BPK yang berulang',
      'Kejadian pasien jatuh',
      'Angka infeksi daerah operasi (IDO)',
      'Jumlah korban bencana',
      'Persentase pengaduan pelayanan publik',
    ];
    const higher = [
      'Persentase penduduk miskin yang keluar dari kemiskinan',
      'Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani',
      'Persentase desa tangguh bencana',
      'Cakupan penanganan daerah rawan pangan',
      'Persentase penurunan waktu penyelesaian perizinan',
      'Persentase temuan BPK yang ditindaklanjuti',
      'Persentase response time IGD ≤ 5 menit',
      'Persentase tindak lanjut temuan BPK',
      'Persentase pasien yang puas terhadap waktu tunggu pelayanan',
      // SPM jenis layanan: the service delivered (probe 46).
      'Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota',
      'Pelayanan informasi rawan bencana',
      'Pelayanan penyelamatan dan evakuasi korban bencana',
      'Penyediaan makanan bagi korban bencana',
      'Persentase desa rawan bencana yang memiliki rencana kontinjensi',
    ];
    expect(lower.filter((t) => !isLowerBetter(t))).toEqual([]);
    expect(higher.filter((t) => isLowerBetter(t))).toEqual([]);
  });

  it('a one-sided target ("≤ 105", "≥ 82,00") is its bound, its side the polarity; 100 for a threshold met is accepted', () => {
    const sasaran = (aki: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Angka Kematian Ibu (per 100.000 KH)', 'per 100.000 KH', '≤ 105', 116, aki],
        [2, 'Prevalensi balita stunting', '%', '≤ 18,50', 17.72, 104.22],
        [3, 'Indeks Kepuasan Masyarakat (IKM)', 'indeks', '≥ 82,00', 93.15, 113.6],
        [4, 'Nilai SAKIP Perangkat Daerah', 'nilai', '≥ 68,00', 65.64, 96.53],
        [5, 'Persentase pengaduan yang ditindaklanjuti', '%', 'minimal 95', 97.2, 100],
        [6, 'Usia Harapan Hidup', 'tahun', 70.45, 66.43, 94.29],
      ]);
    rightThenSlip(sasaran, 89.52, 84.52, ['F2 ratio.capaian']);
    // A column of bounds alone is a column of targets; 100 (or a stated 120) for bounds met is no cap to warn of.
    const bounds = grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)'),
      [1, 'Jumlah temuan BPK yang berulang', 'temuan', 'Maks. 2 temuan', '1 temuan', 120],
      [2, 'Persentase SiLPA terhadap total belanja', '%', 'maks 5%', '3,8%', 120],
      [3, 'Jumlah dokumen perencanaan yang ditetapkan tepat waktu', 'dokumen', 'min. 3 dokumen', '4 dokumen', 120],
      [4, 'Persentase keselarasan program RKPD dengan RPJMD', '%', 'minimal 95', 97.83, 100],
      [5, 'Tingkat pengangguran terbuka', '%', '=< 5', 4.21, 115.8],
      [6, 'Indeks Kepuasan Masyarakat', 'indeks', '≥ 82', 85.1, 100],
      [7, 'Rata-rata waktu penyelesaian perizinan', 'hari', 'Max 7 hari', '6 hari', 114.29],
      ['*) Capaian kinerja dibatasi maksimal 120%'],
    ]);
    expect(findings(bounds).filter((f) => f.rule !== 'number.text')).toEqual([]);
  });

  it("a hospital's band indicators (BOR, AvLOS) take either polarity's capaian; a figure neither gives is still a slip", () => {
    const rs = (avlos: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Bed Occupancy Rate (BOR)', '%', 80, 75.02, 93.78],
        [2, 'Average Length of Stay (AvLOS)', 'hari', 5, 5.3, avlos],
        [3, 'Persentase rawat inap sesuai standar', '%', 85, 77.18, 90.8],
        [4, 'Indeks Kepuasan Pasien', 'indeks', 82, 79.29, 96.7],
      ]);
    expect(findings(rs(106))).toEqual([]);
    expect(findings(rs(94))).toEqual([]);
    expect(brief(errors(rs(91)))).toEqual(['F3 ratio.capaian']);
  });
});

test('a CFR (%) column is the deaths over the cases × 100, even where most rows have no death to test it on', () => {
  const dbd = (i6: number) =>
    grid(
      [
        heads('No', 'Kecamatan', 'Jumlah Penduduk', 'Jumlah Kasus DBD', null, null, 'Meninggal', 'Angka Kesakitan (IR) per 100.000 Penduduk', 'CFR (%)'),
        heads(null, null, null, 'L', 'P', 'L+P', null, null, null),
        [1, 'Sukamaju', 23345, 3, 13, 16, 0, 68.54, 0],
        [2, 'Tanjung Harapan', 55842, 9, 31, 40, 2, 71.63, i6],
        [3, 'Sungai Raya', 69258, 15, 12, 27, 0, 38.98, 0],
        [4, 'Batu Ampar', 38452, 28, 40, 68, 0, 176.84, 0],
        [5, 'Mekar Sari', 41148, 37, 16, 53, 2, 128.8, 3.77],
        [6, 'Bukit Tinggi', 33073, 11, 24, 35, 0, 105.83, 0],
        [null, bold('JUMLAH'), 261118, 103, 136, 239, 4, 91.53, 1.67],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2'] },
    );
  rightThenSlip(dbd, 5, 9, ['I4 ratio.capaian']);
});

test("a year's target after its quarters' targets (Target Triwulan ▸ I … IV | Target 2024) is their sum, last or mean, as the realisasi is", () => {
  const rencanaAksi = (h4: number) =>
    grid(
      [
        heads(
          'No',
          'Indikator',
          'Satuan',
          'Target Triwulan',
          null,
          null,
          null,
          'Target 2024',
          'Realisasi Triwulan',
          null,
          null,
          null,
          'Realisasi 2024',
          'Capaian (%)',
        ),
        heads(null, null, null, 'I', 'II', 'III', 'IV', null, 'I', 'II', 'III', 'IV', null, null),
        [1, 'Jumlah kader posyandu yang dilatih', 'orang', 20, 30, 30, 20, 100, 22, 28, 30, 23, 103, 103],
        [2, 'Jumlah UMKM yang dibina', 'unit', 30, 30, 36, 30, h4, 10, 15, 20, 15, 60, 47.62],
        [3, 'Jumlah desa ODF', 'desa', 10, 20, 30, 40, 100, 15, 20, 25, 32, 92, 92],
        [4, 'Jumlah dokumen perencanaan', 'dokumen', 1, 1, 1, 1, 4, 1, 1, 1, 1, 4, 100],
        [5, 'Persentase realisasi fisik kegiatan', '%', 25, 50, 75, 100, 100, 20, 45, 70, 95, 95, 95],
        [6, 'Indeks kepuasan masyarakat', 'indeks', 80, 80, 80, 80, 80, 78, 79, 81, 82, 82, 102.5],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:L1', 'M1:M2', 'N1:N2'] },
    );
  rightThenSlip(rencanaAksi, 126, 136, ['H4 sum.row-total']);
});

test('Target | Realisasi under a title stating the money unit (dalam ribuan rupiah) is money: its Jumlah adds, a ×1000 cell is named', () => {
  const pendapatan = (d7: number) =>
    grid([
      ['Target dan Realisasi Pendapatan Daerah Tahun 2024'],
      ['(dalam ribuan rupiah)'],
      [],
      heads('No', 'Uraian', 'Target', 'Realisasi', '%'),
      [1, 'Pendapatan Asli Daerah', 113051315, 104891480, 92.78],
      [2, 'Pendapatan Transfer Pemerintah Pusat', 283638852, d7, 92.04],
      [3, 'Pendapatan Transfer Antar Daerah', 662112591, 629899174, 95.13],
      [4, 'Lain-lain Pendapatan Daerah yang Sah', 871244801, 802530483, 92.11],
      [null, bold('Jumlah'), 1930047559, 1798386403, 93.18],
    ]);
  rightThenSlip(pendapatan, 261065266, 261065266000, ['D6 value.crossing']);
});

test('a Renja evaluation in K | Rp pairs under "(dalam ribuan rupiah)": the title\'s unit is the Rp columns\', the K are indicator figures, never summed', () => {
  const renja = (g5: number) =>
    grid(
      [
        ['EVALUASI HASIL RENJA DINAS PUPR TAHUN 2024'],
        ['(dalam ribuan rupiah)'],
        heads('Kode', 'Program / Kegiatan', 'Indikator Kinerja', 'Target Renja 2024', null, 'Realisasi 2024', null),
        heads(null, null, null, 'K', 'Rp', 'K', 'Rp'),
        ['2.17.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Persentase jalan mantap', 82, 2451991, 83.56, g5],
        ['2.17.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 'Jumlah dokumen perencanaan', 17, 1247085, 17, 1156756],
        ['2.17.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 'Jumlah laporan keuangan', 24, 1204906, 24, 1110920],
        ['2.17.02', 'Program Perencanaan Infrastruktur', 'Persentase dokumen tepat waktu', 91, 1480079, 89.82, 1339502],
        ['2.17.02.2.01', 'Penyusunan Rencana Teknis', 'Jumlah rencana teknis', 13, 858767, 13, 765321],
        ['2.17.02.2.02', 'Survei dan Pemetaan', 'Jumlah peta', 11, 621312, 9, 574181],
      ],
      { merges: ['D3:E3', 'F3:G3'] },
    );
  rightThenSlip(renja, 2267676, 2276676, ['G5 sum.hierarchy']);
});

test('an anggaran typed a thousand times too small (a thousands group read as decimals) is named at its cell as an error', () => {
  const t24 = (b5: number | string) =>
    grid(
      [
        ['Uraian', 'Anggaran', null, 'Realisasi', null, 'Rasio (%)', null],
        [null, '2019', '2020', '2019', '2020', '2019', '2020'],
        ['Program Penunjang Urusan Pemerintahan Daerah', 863650000, 900000000, 800000000, 850000000, 92.63, 94.44],
        ['Perencanaan, Penganggaran dan Evaluasi Kinerja', 709890000, 700000000, 653841137, 660000000, 92.1, 94.29],
        ['Administrasi Keuangan Perangkat Daerah', b5, 200000000, 146158863, 190000000, 95.06, 95],
        ['Jumlah', 863650000, 900000000, 800000000, 850000000, 92.63, 94.44],
      ],
      { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1'] },
    );
  rightThenSlip(t24, 153760000, 153760, ['B5 value.crossing']);
});

describe('a count table without a No column, its columns named by category alone, is a table', () => {
  it('categories closed by a Jumlah column the rows bear out (SD | SMP | SMA | Jumlah): its slips are found', () => {
    const pendidikan = (e5: number) =>
      grid([
        ['Unit Kerja', 'SD', 'SMP', 'SMA', 'Jumlah'],
        ['Sekretariat', 3, 9, 13, 25],
        ['Bidang A', 2, 9, 4, 15],
        ['Bidang B', 5, 1, 3, 9],
        ['Jumlah', 10, 19, 20, e5],
      ]);
    rightThenSlip(pendidikan, 49, 50, ['E5 sum.row-total']);
    const fasilitas = grid([
      ['Kecamatan', 'Puskesmas', 'Pustu', 'Posyandu', 'Jumlah'],
      ['Taliwang', 2, 5, 40, 47],
      ['Jereweh', 1, 3, 22, 26],
      ['Maluk', 1, 2, 18, 21],
      ['Jumlah', 4, 10, 80, 94],
    ]);
    expect(analyseSheet(fasilitas).tables.map((t) => t.range)).toEqual(['A1:E5']);
    // Names over rows whose last figure is no sum of the others: not read as a header by this shape.
    const scores = grid([
      ['Peserta', 'Tes A', 'Tes B', 'Tes C', 'Total'],
      ['Ani', 70, 80, 90, 85],
      ['Budi', 60, 75, 80, 72],
      ['Cici', 90, 85, 70, 81],
    ]);
    expect(analyseSheet(scores).tables).toEqual([]);
  });

  it('two such tables side by side, an empty column between, are two tables', () => {
    const pegawai = (m6: number) =>
      grid([
        ['Tabel 2.2 Pegawai Menurut Golongan', null, null, null, null, null, null, 'Tabel 2.3 Pegawai Menurut Pendidikan'],
        [],
        ['Unit Kerja', 'Gol. I', 'Gol. II', 'Gol. III', 'Gol. IV', 'Jumlah', null, 'Unit Kerja', 'SMA', 'D-III', 'S1', 'S2', 'Jumlah'],
        ['Sekretariat', 3, 0, 15, 1, 19, null, 'Sekretariat', 7, 14, 11, 0, 32],
        ['Bidang Kesehatan Masyarakat', 13, 7, 6, 15, 41, null, 'Bidang Kesehatan Masyarakat', 15, 10, 7, 7, 39],
        ['Bidang P2P', 13, 15, 2, 10, 40, null, 'Bidang P2P', 6, 0, 11, 13, m6],
        ['Bidang SDK', 0, 6, 8, 12, 26, null, 'Bidang SDK', 10, 8, 3, 0, 21],
        ['Jumlah', 29, 28, 31, 38, 126, null, 'Jumlah', 38, 32, 32, 20, 122],
      ]);
    expect(analyseSheet(pegawai(30)).tables.length).toBe(2);
    rightThenSlip(pegawai, 30, 32, ['M6 sum.row-total']);
  });

  it('group names over a row of L | P alone are a header, whatever the groups are called', () => {
    const nakes = (g6: number) =>
      grid(
        [
          ['Puskesmas', 'Dokter', null, 'Perawat', null, 'Jumlah', null],
          [null, 'L', 'P', 'L', 'P', 'L', 'P'],
          ['Taliwang', 1, 2, 3, 4, 4, 6],
          ['Jereweh', 2, 1, 5, 6, 7, 7],
          ['Maluk', 0, 1, 2, 8, 2, 9],
          ['Jumlah', 3, 4, 10, 18, 13, g6],
        ],
        { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1'] },
      );
    rightThenSlip(nakes, 22, 23, ['G6 sum.row-total']);
  });
});

describe('a node typed again on its next indicator row (SIPD fill-down) is one node, whichever copy slipped', () => {
  const head = [
    heads('Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan', '2025', null, '2026', null, 'Kondisi Akhir Renstra', null),
    heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
  ];
  const merges = { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1'] };
  const P = 'Program Pemenuhan Upaya Kesehatan';
  const program = (h3: number, h4: number) =>
    grid(
      [
        ...head,
        ['1.02.02', P, 'Persentase ibu hamil mendapat pelayanan', '%', 80, 300000000, 82, h3, 82, 620000000],
        ['1.02.02', P, 'Persentase balita mendapat pelayanan', '%', 70, 300000000, 72, h4, 72, 620000000],
        ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Jumlah alat kesehatan', 'Unit', 10, 100000000, 10, 120000000, 10, 220000000],
        ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Jumlah dokumen', 'Dokumen', 5, 200000000, 5, 200000000, 5, 400000000],
      ],
      merges,
    );
  const S = 'Pengelolaan Pelayanan Kesehatan Ibu Hamil';
  const sub = (h5: number, h6: number) =>
    grid(
      [
        ...head,
        ['1.02.02', P, 'Persentase ibu hamil mendapat pelayanan', '%', 80, 300000000, 82, 320000000, 82, 620000000],
        [
          '1.02.02.2.02',
          'Penyediaan Layanan Kesehatan untuk UKM dan UKP',
          'Persentase layanan sesuai standar',
          '%',
          90,
          300000000,
          92,
          320000000,
          92,
          620000000,
        ],
        ['1.02.02.2.02.0001', S, 'Jumlah ibu hamil yang mendapat pelayanan', 'Orang', 4200, 100000000, 4200, h5, 4200, 220000000],
        ['1.02.02.2.02.0001', S, 'Persentase ibu hamil K6', '%', 90, 100000000, 92, h6, 92, 220000000],
        [
          '1.02.02.2.02.0003',
          'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir',
          'Jumlah bayi baru lahir',
          'Orang',
          3950,
          200000000,
          3950,
          200000000,
          3950,
          400000000,
        ],
      ],
      merges,
    );

  it('a program whose copies disagree in one year: the copy its kegiatan do not bear out is named, no other year', () => {
    expect(findings(program(320000000, 320000000))).toEqual([]);
    expect(brief(errors(program(330000000, 320000000)))).toEqual(['H3 sum.hierarchy']);
    expect(brief(errors(program(320000000, 330000000)))).toEqual(['H4 sum.hierarchy']);
  });

  it('a kode repeated for another lokasi is another line, though its name and Rp repeat (a standard unit cost per school)', () => {
    const lokasi = grid(
      [
        heads('Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Satuan', '2025', null, '2026', null, 'Lokasi'),
        heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', null),
        ['1.01.02', 'Program Pengelolaan Pendidikan', 'APK SD', '%', 104.5, 900000000, 105, 1000000000, 'Kabupaten'],
        ['1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Dasar', 'Jumlah SD memenuhi standar', 'sekolah', 120, 900000000, 120, 1000000000, 'Kabupaten'],
        ['1.01.02.2.01.0003', 'Pembangunan Ruang Kelas Baru', 'Jumlah ruang kelas baru', 'ruang', 2, 300000000, 2, 350000000, 'SDN 1 Taliwang'],
        ['1.01.02.2.01.0003', 'Pembangunan Ruang Kelas Baru', 'Jumlah ruang kelas baru', 'ruang', 2, 300000000, 2, 350000000, 'SDN 4 Maluk'],
        ['1.01.02.2.01.0009', 'Pengadaan Mebel Sekolah', 'Jumlah paket mebel', 'paket', 10, 300000000, 10, 300000000, 'Kabupaten'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:I2'] },
    );
    expect(findings(lokasi)).toEqual([]);
  });

  it('a copy retyped in another spelling with every figure repeated is the same node, not another child', () => {
    const spelled = grid(
      [
        ...head,
        ['1.02.02', P, 'AKI', 'per 100.000 KH', 110, 500000000, 105, 600000000, 105, 1100000000],
        [
          '1.02.02.2.02',
          'Penyediaan Layanan Kesehatan Rujukan Tingkat Daerah Kabupaten/Kota',
          'Persentase layanan sesuai standar',
          '%',
          88,
          500000000,
          90,
          600000000,
          90,
          1100000000,
        ],
        [
          '1.02.02.2.02',
          'Penyediaan Layanan Kesehatan Rujukan Tingkat Daerah Kab/Kota',
          'Jumlah kunjungan',
          'kunjungan',
          84000,
          500000000,
          84000,
          600000000,
          84000,
          1100000000,
        ],
        ['1.02.02.2.02.0001', S, 'Jumlah ibu hamil dilayani', 'orang', 4200, 200000000, 4200, 250000000, 4200, 450000000],
        [
          '1.02.02.2.02.0002',
          'Pengelolaan Pelayanan Kesehatan Ibu Bersalin',
          'Jumlah ibu bersalin dilayani',
          'orang',
          3950,
          300000000,
          3950,
          350000000,
          3950,
          650000000,
        ],
      ],
      merges,
    );
    expect(findings(spelled)).toEqual([]);
  });

  it("a program typed again after a page break continues: its kegiatan are the first copy's, and a figure it states otherwise is named", () => {
    const jalan = (h6: number) =>
      grid(
        [
          ...head,
          ['1.03.10', 'Program Penyelenggaraan Jalan', 'Persentase jalan mantap', '%', 70.2, 1000000000, 72.4, 1200000000, 72.4, 2200000000],
          ['1.03.10.2.01', 'Penyelenggaraan Jalan Kabupaten/Kota', 'Panjang jalan ditangani', 'km', 32, 600000000, 32, 700000000, 32, 1300000000],
          ['1.03.10.2.01.0015', 'Rehabilitasi Jalan', 'Panjang jalan direhabilitasi', 'km', 6, 600000000, 6, 700000000, 6, 1300000000],
          ['1.03.10', 'Program Penyelenggaraan Jalan', 'Persentase jalan mantap', '%', 70.2, 1000000000, 72.4, h6, 72.4, 2200000000],
          ['1.03.10.2.02', 'Pengawasan Penyelenggaraan Jalan Kabupaten/Kota', 'Jumlah laporan pengawasan', 'laporan', 4, 400000000, 4, 500000000, 4, 900000000],
          ['1.03.10.2.02.0001', 'Pengawasan Pelaksanaan Pekerjaan Jalan', 'Jumlah paket diawasi', 'paket', 12, 400000000, 12, 500000000, 12, 900000000],
        ],
        merges,
      );
    rightThenSlip(jalan, 1200000000, 1300000000, ['H6 sum.hierarchy']);
  });

  it('a sub kegiatan whose copies disagree: the copy its kegiatan and its own row do not bear out is named', () => {
    expect(findings(sub(120000000, 120000000))).toEqual([]);
    expect(brief(errors(sub(130000000, 120000000)))).toEqual(['H5 value.crossing']);
    expect(brief(errors(sub(120000000, 130000000)))).toEqual(['H6 sum.hierarchy']);
  });
});

describe('whole workbooks as offices submit them (probe round 23)', () => {
  it('a Perjanjian Kinerja signature line (Pihak Kedua, | Pihak Pertama,) ends the table', () => {
    const g = grid([
      heads('No', 'Program', 'Anggaran (Rp)', 'Keterangan'),
      [1, 'Program Penunjang Urusan', 3514650000, 'APBD'],
      [2, 'Program Pelatihan Kerja', 647000000, 'APBD'],
      [3, 'Program Penempatan Tenaga Kerja', 128500000, 'APBD'],
      [null, 'Jumlah', 4290150000, null],
      [],
      ['Pihak Kedua,', null, 'Pihak Pertama,'],
      [],
      ['Bupati Contoh', null, 'Kepala Dinas Tenaga Kerja'],
    ]);
    expect(analyseSheet(g).tables.map((t) => t.range)).toEqual(['A1:D5']);
    expect(findings(g)).toEqual([]);
  });

  it('a sparse second kode column apart from the kode (Kode Lama) is a note, not part of the outline', () => {
    const g = (d12: number) =>
      grid([
        heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Kode Lama', 'Pagu (Rp)', 'Realisasi (Rp)'),
        ['2.15.01', 'Program Penunjang Urusan', '1.20.01', 150, 140],
        ['2.15.01.2.02', 'Administrasi Keuangan', null, 100, 95],
        ['2.15.01.2.02.0001', 'Penyediaan Gaji', null, 60, 57],
        ['2.15.01.2.02.0002', 'Penyediaan Administrasi', null, 40, 38],
        ['2.15.01.2.06', 'Administrasi Umum', null, 50, 45],
        ['2.15.01.2.06.0001', 'Penyediaan Bahan Logistik', null, 50, 45],
        ['2.15.02', 'Program Penyelenggaraan LLAJ', '1.20.02', 80, 70],
        ['2.15.02.2.01', 'Penetapan Rencana Induk', null, 80, 70],
        ['2.15.02.2.01.0003', 'Penyediaan Perlengkapan Jalan', null, 50, 45],
        ['2.15.02.2.01.0011', 'Pengadaan dan Pemasangan APILL', null, 30, 25],
        [bold('JUMLAH'), null, null, d12, 210],
      ]);
    rightThenSlip(g, 230, 240, ['D12 sum.total-row']);
  });

  it('sheets of parallel units that share standard programs and agree on a few figures by chance are not copies', () => {
    const sheet = (name: string, penunjang: [number, number]) =>
      grid(
        [
          heads('Program', 'Pagu (Rp)', 'Realisasi (Rp)'),
          ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', ...penunjang],
          ['Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 1000000000, 900000000],
          ['Program Pemberdayaan Masyarakat Desa dan Kelurahan', 500000000, 450000000],
          [bold('JUMLAH'), 1500000000 + penunjang[0], 1350000000 + penunjang[1]],
        ],
        { name },
      );
    const a = analyseWorkbook([sheet('Kec. Abang', [2939620000, 2800000000]), sheet('Kec. Kubu', [3435890000, 3300000000])]);
    expect(a.findings.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('a copy that disagrees names the kode as it is typed (1.03.10, not 1.3.10)', () => {
    const sheet = (name: string, jalan: number) =>
      grid(
        [
          heads('Kode', 'Program', 'Pagu (Rp)'),
          ['1.03.02', 'Program Pengelolaan Sumber Daya Air', 100],
          ['1.03.03', 'Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum', 200],
          ['1.03.06', 'Program Pengelolaan dan Pengembangan Sistem Air Limbah', 300],
          ['1.03.10', 'Program Penyelenggaraan Jalan', jalan],
          ['1.03.11', 'Program Pengembangan Jasa Konstruksi', 50],
        ],
        { name },
      );
    const cross = analyseWorkbook([sheet('Tabel 6.1', 900), sheet('Rekap', 800)]).findings.filter((x) => x.rule === 'cross.value');
    expect(cross.map((x) => `${x.sheet}!${x.cell}`)).toEqual(['Rekap!C5']);
    expect(cross[0].message.id).toContain('kode 1.03.10');
  });

  it('a table of money alone (Kebutuhan Pendanaan (Rp) ▸ 2025 … 2029, or Rp 2025 …) is checked: a program is the sum of its kegiatan', () => {
    const g = (d3: number) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan', 'Kebutuhan Pendanaan (Rp)', null, null, null, null),
          heads(null, null, '2025', '2026', '2027', '2028', '2029'),
          ['1.03.10', 'Program Penyelenggaraan Jalan', 500, d3, 300, 300, 300],
          ['1.03.10.2.01', 'Penyelenggaraan Jalan Kabupaten/Kota', 300, 400, 100, 100, 100],
          ['1.03.10.2.02', 'Penyelenggaraan Jembatan', 200, 400, 200, 200, 200],
          ['1.03.02', 'Program Pengelolaan SDA', 100, 100, 100, 100, 100],
          ['1.03.02.2.01', 'Pengelolaan SDA', 100, 100, 100, 100, 100],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:G1'] },
      );
    rightThenSlip(g, 800, 900, ['D3 sum.hierarchy']);
  });

  it("LKjIP indicators where only each sasaran's first row carries the No are siblings: the closing Rata-rata takes them all", () => {
    const g = (e6: number) =>
      grid([
        heads('No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Persentase pencari kerja yang ditempatkan', 40, 43.5, 108.75],
        [null, 'Persentase pelatihan berbasis kompetensi', 25, 22.8, 91.2],
        [2, 'Persentase perusahaan yang menerapkan struktur skala upah', 60, 61.2, 102],
        [null, 'Persentase PP yang disahkan', 80, 84, 105],
        [bold('Rata-rata Capaian'), null, null, null, e6],
      ]);
    rightThenSlip(g, 101.74, 105.38, ['E6 sum.average']);
  });

  it('a header of "Proyeksi 2025 | Proyeksi 2026 …" is a header: the projections\' Jumlah is checked', () => {
    const g = (c5: number) =>
      grid([
        heads('Kode', 'Uraian', 'Proyeksi 2025', 'Proyeksi 2026', 'Proyeksi 2027', 'Proyeksi 2028'),
        ['4.1.01', 'Pajak Daerah', 100, 110, 121, 133.1],
        ['4.1.02', 'Retribusi Daerah', 50, 52, 54, 56],
        ['4.1.04', 'Lain-lain PAD yang Sah', 30, 31, 32, 33],
        [null, bold('Jumlah PAD'), c5, 193, 207, 222.1],
      ]);
    rightThenSlip(g, 180, 185, ['C5 sum.total-row']);
  });

  it('"Capaian 2023" before the targets of a table with no realisation is its baseline, not a ratio to explain', () => {
    const g = grid([
      heads('No', 'Indikator', 'Satuan', 'Capaian 2023', 'Target 2024', 'Target 2025', 'Target 2026'),
      [1, 'Indeks Pembangunan Manusia', 'Poin', 72.94, 73.4, 73.85, 74.3],
      [2, 'Jumlah rumah tidak layak huni yang ditangani', 'Unit', 1250, 1500, 1500, 1500],
      [3, 'Indeks Desa Membangun', 'Indeks', 0.6512, 0.66, 0.67, 0.68],
    ]);
    expect(analyseSheet(g).tables[0].columns[3].role).toBe('kondisiAwal');
    expect(findings(g)).toEqual([]);
  });
});

describe('a total that lists its parts by marker', () => {
  it('"Total (II+III+IV)" adds rows II, III and IV, not the row I above them that it shares out', () => {
    const g = (c6: number) =>
      grid([
        heads('No', 'Uraian', '2025', '2026'),
        [bold('I'), bold('Kapasitas Riil Kemampuan Keuangan'), 1000, 1100],
        [bold('II'), 'Prioritas I', 500, 550],
        [bold('III'), 'Prioritas II', 300, 330],
        [bold('IV'), 'Prioritas III', 200, 220],
        [null, bold('Total Rencana Pengeluaran (II+III+IV)'), c6, 1100],
      ]);
    rightThenSlip(g, 1000, 1010, ['C6 sum.total-row']);
  });

  it('"Jumlah (II.1 s.d. II.3)" adds the rows from II.1 to II.3', () => {
    const g = (c7: number) =>
      grid([
        heads('No', 'Uraian', 'Pagu (Rp)'),
        ['I', 'Kapasitas Riil', 900],
        ['II', 'Rencana Alokasi', null],
        ['II.1', 'Prioritas Daerah', 500],
        ['II.2', 'Prioritas Provinsi', 250],
        ['II.3', 'Prioritas Nasional', 150],
        [null, bold('Jumlah Alokasi (II.1 s.d. II.3)'), c7],
      ]);
    rightThenSlip(g, 900, 950, ['C7 sum.total-row']);
  });

  it('"JUMLAH (A+B)" over two sections closed by their own Jumlah adds those Jumlah rows', () => {
    const g = (c10: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)'),
        [bold('A'), bold('BELANJA OPERASI'), null],
        [1, 'Belanja Pegawai', 400],
        [2, 'Belanja Barang dan Jasa', 300],
        [null, bold('Jumlah A'), 700],
        [bold('B'), bold('BELANJA MODAL'), null],
        [1, 'Belanja Modal Peralatan', 120],
        [2, 'Belanja Modal Gedung', 80],
        [null, bold('Jumlah B'), 200],
        [null, bold('JUMLAH (A+B)'), c10],
      ]);
    rightThenSlip(g, 900, 990, ['C10 sum.total-row']);
  });

  it('a total listing its parts states its share as the sum of theirs, rounded (41,67 + 33,33 + 24,99 = 99,99)', () => {
    const kr = [1642903, 1712540, 1785210];
    const shares = [41.67, 33.33, 24.99];
    const alloc = shares.map((s) => kr.map((k) => Math.round((k * s) / 100)));
    const g = grid([
      heads('No', 'Uraian', 'Proporsi (%)', '2025', '2026', '2027'),
      [bold('I'), bold('Kapasitas Riil Kemampuan Keuangan'), 100, ...kr],
      [bold('II'), bold('Rencana Alokasi Pengeluaran')],
      ...alloc.map((a, i) => [`II.${i + 1}`, `Belanja Prioritas ${i + 1}`, shares[i], ...a]),
      [null, bold('Jumlah Alokasi (II.1 s.d. II.3)'), 99.99, ...kr.map((_, j) => alloc.reduce((t, a) => t + a[j], 0))],
    ]);
    expect(findings(g)).toEqual([]);
  });

  it('a difference "(A-B)" is not read as a list of parts', () => {
    const g = grid([heads('No', 'Uraian', '2025'), ['A', 'Pendapatan', 1000], ['B', 'Belanja Wajib', 600], [null, bold('Kapasitas Riil (A-B)'), 400]]);
    expect(errors(g).filter((x) => x.cell === 'C4')).toEqual([]);
  });
});

describe('what a finding says it found', () => {
  it('revenue accounts read as a tree by their codes are rows in the message, not programs and kegiatan', () => {
    const g = grid([
      heads('Kode', 'Uraian', 'Target (Rp)', 'Realisasi (Rp)'),
      ['4.1', 'PENDAPATAN ASLI DAERAH', 1250000000, 1190000000],
      ['4.1.01', 'Pajak Daerah', 800000000, 760000000],
      ['4.1.02', 'Retribusi Daerah', 300000000, 290000000],
      ['4.1.04', 'Lain-lain PAD yang Sah', 140000000, 140000000],
    ]);
    const slip = errors(g).find((x) => x.cell === 'C2');
    expect(slip?.message.id).toMatch(/^baris 'PENDAPATAN ASLI DAERAH' tertulis 1\.250\.000\.000, tetapi 3 baris di bawahnya/);
  });

  it("a formula that is its column's own but holds a value it no longer gives is said stale (a warning), in the scale the cell shows", () => {
    const pct = (v: number, formula: string) => ({ value: v, formula, numFmt: '0.00%' });
    const g = grid([
      heads('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'),
      [1, 'Program A', 1000, 950, pct(0.95, 'D2/C2')],
      [2, 'Program B', 2000, 1800, pct(0.9, 'D3/C3')],
      [3, 'Program C', 1500, 1200, pct(0.8, 'D4/C4')],
      [4, 'Program D', 500, 450, pct(0.9, 'D5/C5')],
      [null, bold('Jumlah'), f(5000, 'SUM(C2:C5)'), f(4400, 'SUM(D2:D5)'), pct(0.75, 'D6/C6')],
    ]);
    const stale = analyseSheet(g).findings.find((x) => x.cell === 'E6');
    expect(stale).toMatchObject({ rule: 'formula.reference', severity: 'warning', expected: 88, actual: 75 });
    expect(stale?.message.en).toContain("the formula =D6/C6 is its neighbours' and gives 88, but 75 is stored");
  });

  it("a total row's stale ratio is measured by its own column's formula, not by a share column of the same shape (probe 110)", () => {
    // Proporsi = C/$C$8*100 has the shape of Realisasi (%) = D/C*100 but reads Anggaran twice: no other year of it.
    const g = grid([
      heads('No', 'Urusan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Realisasi (%)', 'Proporsi (%)'),
      [1, 'Pendidikan', 600, 560, f(93.33, 'D2/C2*100'), f(42.86, 'C2/$C$6*100')],
      [2, 'Kesehatan', 350, 320, f(91.43, 'D3/C3*100'), f(25, 'C3/$C$6*100')],
      [3, 'Pekerjaan Umum', 250, 210, f(84, 'D4/C4*100'), f(17.86, 'C4/$C$6*100')],
      [4, 'Keuangan', 200, 190, f(95, 'D5/C5*100'), f(14.29, 'C5/$C$6*100')],
      [null, bold('TOTAL'), f(1200, 'SUM(C2:C4)'), f(1280, 'SUM(D2:D5)'), f(91.43, 'D6/C6*100'), f(100, 'C6/$C$6*100')],
    ]);
    const e6 = analyseSheet(g).findings.find((x) => x.cell === 'E6');
    expect(e6).toMatchObject({ rule: 'formula.reference', severity: 'warning', actual: 91.43 });
    expect(e6?.expected).toBeCloseTo(106.67, 2);
    expect(e6?.message.en).toContain("the formula =D6/C6*100 is its neighbours'");
    expect(e6?.message.en).not.toContain('$C$');
  });

  it('a fixed reference in a quoted formula keeps its row ($C$8, not $C$1)', () => {
    const g = grid([
      heads('No', 'Urusan', 'Anggaran (Rp)', 'Proporsi (%)'),
      [1, 'Pendidikan', 600, f(50, 'C2/$C$6*100')],
      [2, 'Kesehatan', 350, f(29.17, 'C3/$C$6*100')],
      [3, 'Pekerjaan Umum', 150, f(12.5, 'C4/$C$6*100')],
      [4, 'Keuangan', 100, 9.5],
      [null, bold('TOTAL'), f(1200, 'SUM(C2:C5)'), f(100, 'SUM(D2:D5)')],
    ]);
    const d5 = analyseSheet(g).findings.find((x) => x.cell === 'D5');
    expect(d5?.rule).toBe('formula.constant');
    expect(d5?.message.en).toContain('(=C5/$C$6*100)');
  });

  it("a total row's ratio shows its operands to their decimals, so the shown quotient follows from them", () => {
    const g = grid([
      heads('No', 'Kecamatan', 'Panjang (km)', 'Rusak (km)', 'Rusak (%)'),
      [1, 'Praya', 412.43, 100.31, 24.32],
      [2, 'Jonggat', 311.43, 72.53, 23.29],
      [3, 'Pujut', 300, 70, 23.33],
      [null, bold('Jumlah'), 1023.86, 242.84, 70.94],
    ]);
    const total = analyseSheet(g).findings.find((x) => x.rule === 'ratio.total');
    expect(total?.message.id).toContain('242,84 / 1.023,86 × 100 = 23,72');
  });

  it('a number stored as text that a SUM skips is found as the text typed, so expected and found do not read the same', () => {
    const g = grid([
      heads('No', 'Uraian', 'Anggaran (Rp)'),
      [1, 'Belanja Pegawai', 120000000],
      [2, 'Belanja Barang dan Jasa', '75.200.000'],
      [3, 'Belanja Modal', 40000000],
      [null, bold('Jumlah'), f(160000000, 'SUM(C2:C4)')],
    ]);
    const slip = analyseSheet(g).findings.find((x) => x.rule === 'value.crossing');
    expect(slip).toMatchObject({ cell: 'C3', expected: 75200000, actual: '75.200.000' });
    expect(formatPair(slip!.expected, slip!.actual)).toEqual({ expected: '75.200.000', actual: '"75.200.000" (teks)' });
  });
});

describe('a signature is no table', () => {
  it("the signatories' titles side by side under a Perjanjian Kinerja are not listed as a table", () => {
    const g = grid([
      ['PERJANJIAN KINERJA TAHUN 2024'],
      [],
      heads('No', 'Kegiatan', 'Indikator Kinerja', 'Satuan', 'Target', 'Anggaran (Rp)'),
      [1, 'Pengawasan Penggunaan Sarana Pendukung Pertanian', 'Jumlah kelompok tani yang mendapat sarana produksi', 'Kelompok', 45, 1245000000],
      [2, 'Pembangunan Prasarana Pertanian', 'Panjang jaringan irigasi tersier yang dibangun', 'Meter', 3500, 2640000000],
      [null, bold('Jumlah'), null, null, null, 3885000000],
      [],
      [null, 'Kepala Dinas Pertanian,', null, 'Kepala Bidang Tanaman Pangan,'],
      [],
      [],
      [null, 'Ir. I Ketut Sumadi, M.P.', null, 'I Nyoman Sudana, S.P.'],
      [null, 'NIP. 19690101 199503 1 005', null, 'NIP. 19780303 200501 1 002'],
    ]);
    expect(analyseSheet(g).tables.map((t) => t.range)).toEqual(['A3:F6']);
    expect(findings(g)).toEqual([]);
  });
});

describe('short tables', () => {
  it("a 3-row SPM table: two rows of sharp figures agreeing on Terlayani / Harus Dilayani find the third row's slip", () => {
    const g = (f3: number) =>
      grid([
        heads('No', 'Jenis Pelayanan Dasar', 'Harus Dilayani', 'Terlayani', 'Belum Terlayani', 'Capaian (%)'),
        [1, 'Pelayanan kesehatan ibu hamil', 1783, 1564, 219, 87.72],
        [2, 'Pelayanan kesehatan ibu bersalin', 1702, 1702, 0, f3],
        [3, 'Pelayanan kesehatan bayi baru lahir', 1650, 1598, 52, 96.85],
      ]);
    rightThenSlip(g, 100, 107, ['F3 ratio.capaian']);
  });

  it('a 3-row table of small counts: two rows agreeing under ±0,5 are too weak to accuse the third', () => {
    const g = grid([
      heads('No', 'Kegiatan', 'Rencana', 'Terlaksana', 'Capaian (%)'),
      [1, 'Rapat koordinasi', 4, 3, 75],
      [2, 'Sosialisasi', 2, 2, 100],
      [3, 'Monitoring', 3, 2, 80],
    ]);
    expect(errors(g)).toEqual([]);
  });

  it('a 4-row SPM table whose "Capaian (%)" holds Terlayani / Harus Dilayani on three rows: the fourth is the slip', () => {
    const g = (g5: number) =>
      grid([
        heads('No', 'Jenis Pelayanan Dasar', 'Satuan', 'Harus Dilayani', 'Terlayani', 'Belum Terlayani', 'Capaian (%)'),
        [1, 'Pendidikan Anak Usia Dini', 'Anak', 1250, 1100, 150, 88],
        [2, 'Pendidikan Dasar', 'Anak', 5400, 5292, 108, 98],
        [3, 'Pendidikan Kesetaraan', 'Orang', 320, 240, 80, 75],
        [4, 'Pendidikan Menengah', 'Anak', 2100, 1995, 105, g5],
      ]);
    rightThenSlip(g, 95, 92, ['G5 ratio.capaian']);
  });
});

/** A Rencana Aksi's header: No … Target Tahunan, Target TW I … IV, Realisasi TW I … IV, then the given columns. */
const rencanaAksiHeads = (...after: string[]) =>
  heads(
    'No',
    'Indikator Kinerja',
    'Satuan',
    'Target Tahunan',
    ...['Target', 'Realisasi'].flatMap((w) => ['I', 'II', 'III', 'IV'].map((q) => `${w} TW ${q}`)),
    ...after,
  );

describe('a Rencana Aksi: quarters against the Target Tahunan (probe round 24)', () => {
  const rencanaAksi = (m2: number | null) =>
    grid([
      rencanaAksiHeads('Capaian (%)'),
      [1, 'Jumlah kader posyandu terlatih', 'orang', 240, 60, 60, 60, 60, 58, 62, 61, 55, m2],
      [2, 'Persentase balita ditimbang', '%', 85, 21.25, 42.5, 63.75, 85, 17.5, 41, 63, 84.2, 99.06],
      [3, 'Jumlah desa ODF', 'desa', 24, 6, 6, 6, 6, 6, 7, 5, 6, 100],
      [4, 'Cakupan imunisasi dasar lengkap', '%', 95, 23.75, 47.5, 71.25, 95, 22, 46.5, 70, 93.1, 98],
    ]);

  it("a count's capaian is the quarters' sum over the Target Tahunan, a %'s the last quarter over it", () => {
    rightThenSlip(rencanaAksi, 98.33, 95, ['M2 ratio.capaian']);
    expect(errors(rencanaAksi(95))[0].expected).toBe(98.33);
  });

  it("fill writes the count's capaian as the quarters' SUM over the Target Tahunan", () => {
    const plan = analyseSheet(rencanaAksi(null)).fill.find((p) => p.cell === 'M2');
    expect(plan).toMatchObject({ formula: '=IFERROR(SUM(I2:L2)/D2*100,"")', value: 98.33 });
  });
});

describe('a % column of few figures (probe round 24)', () => {
  it('"Kemantapan (%)" of roads is (Baik + Sedang) / Total: checked on its rows and on its Jumlah', () => {
    const g = (g3: number) =>
      grid([
        heads('No', 'Kecamatan', 'Baik (km)', 'Sedang (km)', 'Rusak (km)', 'Total (km)', 'Kemantapan (%)'),
        [1, 'Praya', 40.5, 10.25, 9.25, 60, 84.58],
        [2, 'Jonggat', 22.1, 5.4, 12.5, 40, g3],
        [3, 'Pujut', 30.2, 15.3, 24.5, 70, 65],
        [4, 'Batukliang', 12, 8, 30, 50, 40],
        [null, bold('Jumlah'), 104.8, 38.95, 76.25, 220, 65.34],
      ]);
    rightThenSlip(g, 68.75, 55.25, ['G3 ratio.capaian']);
    expect(errors(g(55.25))[0]).toMatchObject({ expected: 68.75, related: ['C3', 'D3', 'F3'] });
  });

  it('a "km | %" twin with one figure takes the reading its sibling twins settled on (km / Panjang), not a share of the total', () => {
    const g = (g5: number) =>
      grid(
        [
          heads('No', 'Ruas', 'Panjang (km)', 'Baik', null, 'Sedang', null, 'Rusak Ringan', null, 'Rusak Berat', null),
          heads(null, null, null, 'km', '%', 'km', '%', 'km', '%', 'km', '%'),
          [1, 'Ruas A', 6.47, 6.47, 100, '-', '-', '-', '-', '-', '-'],
          [2, 'Ruas B', 10.42, 10.42, 100, '-', '-', '-', '-', '-', '-'],
          [3, 'Ruas C', 8.55, 5.65, 66.08, 0.08, g5, 2.13, 24.91, 0.69, 8.07],
          [null, bold('Jumlah'), 25.44, 22.54, 88.6, 0.08, 0.31, 2.13, 8.37, 0.69, 2.71],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1', 'J1:K1'] },
      );
    expect(analyseSheet(g(0.94)).tables[0].columns[6].relation?.rel).toMatchObject({ kind: 'ratio', num: 5, den: 2 });
    expect(findings(g(0.94))).toEqual([]);
  });

  it('"Sedang (%)" with "-" where no stretch is in that state: nothing over something fits, the two figures explain it', () => {
    for (const nil of ['-', 0]) {
      const g = grid([
        heads('No', 'Ruas', 'Panjang (km)', 'Baik (km)', 'Sedang (km)', 'Baik (%)', 'Sedang (%)'),
        [1, 'A', 5.82, 5.82, nil, 100, nil],
        [2, 'B', 6.85, 6.85, nil, 100, nil],
        [3, 'C', 12.18, 7.96, 4.22, 65.4, 34.6],
        [4, 'D', 13.09, 13.09, nil, 100, nil],
        [5, 'E', 13.72, 9.49, 4.23, 69.2, 30.8],
        [null, bold('Total'), 51.66, 43.21, 8.45, 83.6, 16.4],
      ]);
      expect(analyseSheet(g).tables[0].columns[6].relation?.rel).toMatchObject({ kind: 'ratio', num: 4, den: 2, k: 100 });
      expect(findings(g)).toEqual([]);
    }
  });
});

describe('years down the rows (probe round 24)', () => {
  it('"Pertumbuhan (%)" is each year\'s growth on the row above: a growth over the wrong year is found', () => {
    const g = (f5: number) =>
      grid([
        heads('No', 'Tahun', 'PNS', 'PPPK', 'Jumlah', 'Pertumbuhan (%)'),
        [1, 2019, 120, 0, 120, '-'],
        [2, 2020, 118, 0, 118, -1.67],
        [3, 2021, 115, 10, 125, 5.93],
        [4, 2022, 110, 25, 135, f5],
        [5, 2023, 108, 30, 138, 2.22],
      ]);
    rightThenSlip(g, 8, 12.5, ['F5 ratio.peningkatan']);
    expect(errors(g(12.5))[0]).toMatchObject({ expected: 8, related: ['E5', 'E4'] });
  });

  it('"Peningkatan (%)" beside one figure column is that growth, not an unexplained column', () => {
    const g = (c5: number) =>
      grid([heads('Tahun', 'Jumlah Pegawai', 'Peningkatan (%)'), [2019, 120, '-'], [2020, 118, -1.67], [2021, 125, 5.93], [2022, 135, c5], [2023, 138, 2.22]]);
    rightThenSlip(g, 8, 12.5, ['C5 ratio.peningkatan']);
  });

  it("a four-year budget with its growth: two sharp growths that agree find the third's slip", () => {
    const g = (d4: number) =>
      grid([
        heads('No', 'Tahun', 'Anggaran (Rp)', 'Pertumbuhan (%)'),
        [1, 2020, 4500000000, '-'],
        [2, 2021, 4725000000, 5],
        [3, 2022, 4630500000, d4],
        [4, 2023, 5093550000, 10],
      ]);
    rightThenSlip(g, -2, -3, ['D4 ratio.peningkatan']);
  });

  it('rates stated as published, side by side (IPM, LPE, TPT, % Penduduk Miskin per year), are said nothing of', () => {
    const g = grid([
      heads('Tahun', 'IPM', 'Laju Pertumbuhan Ekonomi (%)', 'Tingkat Pengangguran Terbuka (%)', 'Persentase Penduduk Miskin (%)'),
      [2019, 68.12, 5.41, 6.21, 12.31],
      [2020, 68.9, -2.13, 5.94, 11.71],
      [2021, 69.35, 3.12, 5.85, 11.92],
      [2022, 70.01, 4.89, 5.51, 11.45],
      [2023, 70.65, 5.02, 5.29, 10.98],
    ]);
    expect(findings(g)).toEqual([]);
  });

  it('a growth stated from outside the table (LPE beside PDRB at current prices) is said nothing of', () => {
    const g = grid([
      heads('Tahun', 'PDRB ADHB (Miliar Rp)', 'Pertumbuhan Ekonomi (%)'),
      [2019, 10250.4, 5.12],
      [2020, 10101.9, -1.45],
      [2021, 10890.2, 3.58],
      [2022, 11920.7, 5.01],
      [2023, 12880.3, 4.87],
    ]);
    expect(findings(g)).toEqual([]);
  });
});

describe('a Rata-rata row of an efficiency table (probe round 24)', () => {
  it('Efisiensi on the mean row may be its own Capaian − Serapan or the mean of the rows: either holds, a third value is a slip', () => {
    const g = (g5: number) =>
      grid([
        heads('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Penyerapan (%)', 'Capaian Kinerja (%)', 'Efisiensi (%)'),
        [1, 'Program A', 1000000000, 950000000, 95, 100, 5],
        [2, 'Program B', 2000000000, 1800000000, 90, 96, 6],
        [3, 'Program C', 1500000000, 1200000000, 80, 90, 10],
        [null, bold('Rata-rata'), 1500000000, 1316666667, 87.78, 95.33, g5],
      ]);
    expect(findings(g(7.55))).toEqual([]);
    expect(findings(g(7))).toEqual([]);
    expect(brief(errors(g(9)))).toContain('G5 sum.average');
  });
});

describe('a Rencana Aksi whose quarters are numbered bare (probe round 25)', () => {
  it('"Realisasi ▸ I | II | III | IV" and "I ▸ T | R" are quarters: a count adds them up against the Target Tahunan', () => {
    const grouped = (m3: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Target', null, null, null, 'Realisasi', null, null, null, 'Capaian (%)'),
          heads(null, null, null, null, 'I', 'II', 'III', 'IV', 'I', 'II', 'III', 'IV', null),
          [1, 'Jumlah kader posyandu terlatih', 'orang', 240, 60, 60, 60, 60, 58, 60, 63, 64, m3],
          [2, 'Persentase balita ditimbang', '%', 85, 21.25, 42.5, 63.75, 85, 19.5, 41.2, 60.1, 83.3, 98],
          [3, 'Jumlah desa ODF', 'desa', 24, 6, 6, 6, 6, 9, 8, 2, 6, 104.17],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:L1', 'M1:M2'] },
      );
    rightThenSlip(grouped, 102.08, 100.5, ['M3 ratio.capaian']);
    const interleaved = grid(
      [
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'I', null, 'II', null, 'III', null, 'IV', null, 'Capaian (%)'),
        heads(null, null, null, null, 'T', 'R', 'T', 'R', 'T', 'R', 'T', 'R', null),
        [1, 'Jumlah kader posyandu terlatih', 'orang', 240, 60, 58, 60, 60, 60, 63, 60, 64, 102.08],
        [2, 'Persentase balita ditimbang', '%', 85, 21.25, 19.5, 42.5, 41.2, 63.75, 60.1, 85, 83.3, 98],
        [3, 'Jumlah desa ODF', 'desa', 24, 6, 9, 6, 8, 6, 2, 6, 6, 104.17],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:L1', 'M1:M2'] },
    );
    expect(findings(interleaved)).toEqual([]);
  });

  it('quarters numbered "1 2 3 4" as text under each group, inside the header\'s merges, are a header row, not data', () => {
    const g = grid(
      [
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Target', null, null, null, 'Realisasi', null, null, null, 'Capaian (%)'),
        heads(null, null, null, null, '1', '2', '3', '4', '1', '2', '3', '4', null),
        [1, 'Jumlah kader posyandu terlatih', 'orang', 240, 60, 60, 60, 60, 58, 60, 63, 64, 102.08],
        [2, 'Persentase balita ditimbang', '%', 85, 21.25, 42.5, 63.75, 85, 19.5, 41.2, 60.1, 83.3, 98],
        [3, 'Jumlah desa ODF', 'desa', 24, 6, 6, 6, 6, 9, 8, 2, 6, 104.17],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:L1', 'M1:M2'] },
    );
    expect(analyseSheet(g).tables[0].headerRows).toBe(2);
    expect(findings(g)).toEqual([]);
  });

  it('"Realisasi s.d. TW IV" after "Triwulan k ▸ T | R" adds the quarters\' R, never a quarter\'s T and R (probe round 28)', () => {
    const g = (m4: number) =>
      grid(
        [
          heads(
            'No',
            'Indikator',
            'Satuan',
            'Target 2024',
            'Triwulan 1',
            null,
            'Triwulan 2',
            null,
            'Triwulan 3',
            null,
            'Triwulan 4',
            null,
            'Realisasi s.d. TW IV',
            'Capaian (%)',
          ),
          heads(null, null, null, null, 'T', 'R', 'T', 'R', 'T', 'R', 'T', 'R', null, null),
          [1, 'Persentase ibu hamil K6', '%', 95, 23.75, 20.61, 47.5, 45.9, 71.25, 72.13, 95, 93.67, 93.67, 98.6],
          [2, 'Jumlah kader terlatih', 'orang', 240, 60, 62, 60, 60, 60, 59, 60, 59, m4, 100],
          [3, 'Cakupan imunisasi', '%', 90, 22.5, 21, 45, 44, 67.5, 66, 90, 88.2, 88.2, 98],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:L1', 'M1:M2', 'N1:N2'] },
      );
    rightThenSlip(g, 240, 250, ['M4 sum.row-total']);
  });

  it("a running total of quarters (s.d. TW IV) is no quarter: their sum on a count's row, the last on a %'s; a wrong one is found at its own cell", () => {
    const g = (m2: number, m3: number) =>
      grid([
        rencanaAksiHeads('Realisasi s.d. TW IV', 'Capaian (%)'),
        [1, 'Persentase balita ditimbang', '%', 85, 21.25, 42.5, 63.75, 85, 19.5, 41.2, 60.1, 83.3, m2, 98],
        [2, 'Jumlah kader posyandu terlatih', 'orang', 240, 60, 60, 60, 60, 64, 59, 64, 59, m3, 102.5],
        [3, 'Jumlah desa ODF', 'desa', 24, 6, 6, 6, 6, 9, 8, 2, 6, 25, 104.17],
        [4, 'Cakupan imunisasi dasar lengkap', '%', 95, 23.75, 47.5, 71.25, 95, 22, 46.5, 70, 93.1, 93.1, 98],
      ]);
    expect(findings(g(83.3, 246))).toEqual([]);
    expect(brief(errors(g(85.3, 246)))).toEqual(['M2 sum.row-total']);
    expect(brief(errors(g(83.3, 253)))).toEqual(['M3 sum.row-total']);
  });
});

describe('an RFK with physical and financial quarters (probe round 25)', () => {
  it('a "Jumlah (Rp)" of its own after "Realisasi Keuangan (Rp) ▸ TW I … TW IV" totals that group, not the Fisik (%) one before it', () => {
    const g = (l4: number) =>
      grid(
        [
          heads(
            'No',
            'Kegiatan',
            'Pagu (Rp)',
            'Realisasi Fisik (%)',
            null,
            null,
            null,
            'Realisasi Keuangan (Rp)',
            null,
            null,
            null,
            'Jumlah (Rp)',
            'Persentase Keuangan (%)',
          ),
          heads(null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', null, null),
          [1, 'Pembangunan Jalan Lingkungan', 653000000, 14.57, 34.01, 50.82, 66.44, 64537000, 173481000, 176641000, 158696000, 573355000, 87.8],
          [2, 'Rehabilitasi Drainase', 2690000000, 12.15, 39.67, 78.53, 95.53, 244328000, 775955000, 762587000, 659445000, l4, 90.79],
          [3, 'Pembangunan Jembatan Desa', 362000000, 14.73, 43.33, 67.58, 100, 32094000, 103331000, 102387000, 79338000, 317150000, 87.61],
          [4, 'Peningkatan Jalan Poros', 1847000000, 14, 35.53, 80.26, 100, 158393000, 542919000, 481362000, 424658000, 1607332000, 87.02],
          [null, bold('Jumlah'), 5552000000, null, null, null, null, 499352000, 1595686000, 1522977000, 1322137000, 4940152000, 88.98],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:K1', 'L1:L2', 'M1:M2'] },
      );
    rightThenSlip(g, 2442315000, 2443315000, ['L4 sum.row-total']);
  });
});

describe('cells as exported (probe round 26)', () => {
  it('head counts typed in English style with one group ("1,234 | 987 | 1,500") are thousands: the totals hold', () => {
    const g = (c3: string) =>
      grid([
        heads('No', 'Kecamatan', 'Laki-laki', 'Perempuan', 'Jumlah'),
        ['1', 'Kota', '1,234', '1,187', '2,421'],
        ['2', 'Utara', c3, '1,003', '1,990'],
        ['3', 'Selatan', '1,500', '1,499', '2,999'],
        [null, bold('Jumlah'), '3,721', '3,689', '7,410'],
      ]);
    expect(errors(g('987'))).toEqual([]);
    // Text in all three columns: said once, for the table.
    expect(findings(g('987')).map((x) => `${x.cell} ${x.rule}`)).toEqual(['C2 number.text']);
    // One cell typed so in each of three columns of numbers: three slips, each said where it is.
    const scattered = grid([
      heads('No', 'Kecamatan', 'Laki-laki', 'Perempuan', 'Jumlah'),
      ['1', 'Kota', '1.234', 1187, 2421],
      ['2', 'Utara', 987, '1.003', 1990],
      ['3', 'Selatan', 1500, 1499, '2.999'],
      [null, bold('Jumlah'), 3721, 3689, 7410],
    ]);
    expect(findings(scattered).map((x) => `${x.cell} ${x.rule}`)).toEqual(['C2 number.text', 'D3 number.text', 'E4 number.text']);
    expect(brief(errors(g('997')))).toEqual(['C3 value.crossing']);
  });

  it('a length typed "12,345" among whole numbers keeps the decimal reading (a measure, not a count): its Jumlah holds', () => {
    const g = grid([
      heads('No', 'Ruas', 'Panjang (km)'),
      ['1', 'Ruas A', '12,345'],
      ['2', 'Ruas B', '8,125'],
      ['3', 'Ruas C', '10'],
      [null, bold('Jumlah'), '30,47'],
    ]);
    expect(errors(g)).toEqual([]);
  });

  it('a number stored as text is said as read, to all its decimals ("12,345" reads as 12,345, not 12,35)', () => {
    const g = grid([heads('No', 'Ruas', 'Panjang (km)'), ['1', 'Ruas A', '12,345'], ['2', 'Ruas B', '8,125'], ['3', 'Ruas C', '10']]);
    expect(findings(g).find((x) => x.rule === 'number.text')?.message.id).toContain('"12,345" dibaca 12,345 (gaya Indonesia)');
  });

  it('"(0,14%)" is a negative percentage, like "-0,14%" and "(5,97)"', () => {
    expect(readText('(0,14%)')).toMatchObject({ kind: 'number', value: -0.14, percent: true });
  });

  it('a Renja\'s "Rencana 2025 ▸ Pagu Indikatif (Rp)" beside "Prakiraan Maju 2026 ▸ Kebutuhan Dana (Rp)" is the 2025 Rp: its kegiatan are summed', () => {
    const g = (f5: number) =>
      grid(
        [
          heads('Kode', 'Uraian', 'Indikator Kinerja', 'Rencana Tahun 2025', null, null, 'Prakiraan Maju Tahun 2026', null),
          heads(null, null, null, 'Lokasi', 'Target', 'Pagu Indikatif (Rp)', 'Target', 'Kebutuhan Dana (Rp)'),
          ['1.02', 'BIDANG URUSAN KESEHATAN', null, null, null, 1449930000, null, 1985000000],
          ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Persentase fasilitas kesehatan terakreditasi', 'Kabupaten', '80%', 1449930000, '85%', 1985000000],
          ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM', 'Jumlah layanan', 'Kabupaten', '12 layanan', f5, '12 layanan', 1985000000],
          ['1.02.02.2.02.0017', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Jumlah ibu hamil', 'Kabupaten', '4200 orang', 593660000, '4300 orang', 800000000],
          ['1.02.02.2.02.0020', 'Pengelolaan Pelayanan Kesehatan Balita', 'Jumlah balita', 'Kabupaten', '15000 orang', 259060000, '15200 orang', 385000000],
          ['1.02.02.2.02.0025', 'Pengelolaan Pelayanan Kesehatan Usia Lanjut', 'Jumlah lansia', 'Kabupaten', '9000 orang', 597210000, '9100 orang', 800000000],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:H1'] },
      );
    rightThenSlip(g, 1449930000, 1469930000, ['F5 sum.hierarchy']);
  });
});

describe('adversarial tables (probe round 27)', () => {
  it("a quarter's capaian in blocks (Target TW I…IV | Realisasi TW I…IV | Capaian TW I…IV) divides that quarter's figures", () => {
    const g = (k2: number) =>
      grid([
        heads(
          'No',
          'Indikator',
          ...['Target', 'Realisasi'].flatMap((w) => ['I', 'II', 'III', 'IV'].map((q) => `${w} TW ${q}`)),
          ...['I', 'II', 'III', 'IV'].map((q) => `Capaian TW ${q} (%)`),
        ),
        [1, 'Jumlah UMKM yang difasilitasi', 10, 10, 10, 10, 8, 11, 12, 11, k2, 110, 120, 110],
        [2, 'Jumlah pelatihan', 2, 2, 3, 2, 2, 1, 3, 3, 100, 50, 100, 150],
        [3, 'Jumlah sosialisasi', 1, 2, 2, 1, 1, 2, 1, 1, 100, 100, 50, 100],
      ]);
    rightThenSlip(g, 80, 95, ['K2 ratio.capaian']);
  });

  it('quarterly targets typed as a share of the year ("TW I" … "TW IV": 25% … 100%) are a plan, not computed columns', () => {
    const g = grid([
      heads('No', 'Indikator', 'Satuan', 'Target Tahunan', 'TW I', 'TW II', 'TW III', 'TW IV'),
      [1, 'Jumlah dokumen', 'Dokumen', 40, '25%', '50%', '75%', '100%'],
      [2, 'Jumlah pelatihan', 'Kali', 12, '25%', '50%', '75%', '100%'],
      [3, 'Jumlah rapat', 'Kali', 8, '25%', '50%', '75%', '100%'],
      [4, 'Jumlah peserta', 'Orang', 200, '25%', '50%', '75%', '100%'],
    ]);
    // Typed as text, each column is said once as stored as text (by design), and nothing else.
    expect([...new Set(findings(g).map((x) => x.rule))]).toEqual(['number.text']);
  });

  it('a % of few figures among 0 or "-" rows, under a Jumlah, is not said unexplained: too few figures to judge', () => {
    const dash = grid([
      heads('No', 'Kecamatan', 'Jumlah Desa', 'Desa Terdampak', 'Persentase (%)'),
      [1, 'Kota', 12, 3, 25],
      [2, 'Utara', 9, '-', '-'],
      [3, 'Selatan', 14, 2, 14.29],
      [null, bold('Jumlah'), 35, 5, 14.29],
    ]);
    const zero = grid([
      heads('No', 'Kecamatan', 'Jumlah Desa', 'Desa Terdampak', 'Persentase (%)'),
      [1, 'Kota', 12, 0, 0],
      [2, 'Selatan', 14, 2, 14.29],
      [3, 'Timur', 8, 0, 0],
      [null, bold('Jumlah'), 34, 2, 5.88],
    ]);
    expect(findings(dash)).toEqual([]);
    expect(findings(zero)).toEqual([]);
  });

  it("a lower-is-better indicator named in its target column's header, years down the rows, is judged lower-is-better", () => {
    const g = grid([
      heads('Tahun', 'Target Angka Kematian Ibu (per 100.000 KH)', 'Realisasi', 'Capaian (%)'),
      [2021, 120, 110, 108.33],
      [2022, 115, 112, 102.61],
      [2023, 110, 98, 110.91],
    ]);
    expect(findings(g)).toEqual([]);
  });

  it('columns named by letters state their formulas: "Jumlah (A+B)" adds, "Sisa (A+B-C)" and "Sisa (C-D)" subtract', () => {
    const plusMinus = (g3: number) =>
      grid([
        heads('No', 'Program', 'APBD (A)', 'APBN (B)', 'Jumlah (A+B)', 'Realisasi (C)', 'Sisa (A+B-C)'),
        [1, 'Program Penunjang', 1250000000, 450000000, 1700000000, 1581000000, 119000000],
        [2, 'Program Pemberdayaan UMKM', 842500000, 0, 842500000, 741400000, g3],
        [3, 'Program Pengembangan Koperasi', 310000000, 120500000, 430500000, 417585000, 12915000],
      ]);
    rightThenSlip(plusMinus, 101100000, 102100000, ['G3 sum.difference']);
    const minus = (f3: number) =>
      grid([
        heads('No', 'Program', 'Pagu (A)', 'Jumlah (C)', 'Realisasi (D)', 'Sisa (C-D)'),
        [1, 'Program Penunjang', 1700000000, 1700000000, 1581000000, 119000000],
        [2, 'Program Pemberdayaan UMKM', 842500000, 842500000, 741400000, f3],
        [3, 'Program Pengembangan Koperasi', 430500000, 430500000, 417585000, 12915000],
      ]);
    rightThenSlip(minus, 101100000, 102100000, ['F3 sum.difference']);
  });

  it('a Rata-rata row holding the sum of the money columns is a mislabelled total (a warning), its capaian the mean', () => {
    const g = grid([
      heads('No', 'Program', 'Capaian Kinerja (%)', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      [1, 'Program A', 100, 500000000, 480000000],
      [2, 'Program B', 96.67, 400000000, 380000000],
      [3, 'Program C', 98.35, 370000000, 351150000],
      [null, bold('Rata-rata'), 98.34, 1270000000, 1211150000],
    ]);
    const found = findings(g);
    expect(found.map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual(['D5 sum.average warning', 'E5 sum.average warning']);
    expect(found[0].message.en).toContain('is the sum of the 3 rows above, not their mean');
  });

  it('"Perubahan terhadap 2019 (%)", years down the rows, is each year\'s change on the 2019 row: explained, nothing said', () => {
    const g = grid([
      heads('Tahun', 'Jumlah Kasus', 'Perubahan terhadap 2019 (%)'),
      [2019, 412, '-'],
      [2020, 355, -13.83],
      [2021, 298, -27.67],
      [2022, 305, -25.97],
    ]);
    expect(analyseSheet(g).tables[0].columns[2].relation?.rel).toMatchObject({ kind: 'growth', a: 1, b: 1, baseRow: 1 });
    expect(findings(g)).toEqual([]);
  });

  it("a Renja E.81 in the form's long words: the realised capaian is performance and money, progress to the Renstra's end is the s.d. over the end target", () => {
    const r2 = (x: number) => Math.round(x * 100) / 100;
    // No, Kode, name, indicator; Target Renstra 2026 K, Rp; s.d. 2023 K, Rp; 2024 K, Rp; then the s.d. 2024 and the capaian, computed.
    const row = (no: number | null, kode: string, name: string, ind: string, f: number[], level: boolean, slip = 0) => {
      const [endK, endRp, sdK, sdRp, yK, yRp] = f;
      const toK = level ? yK : sdK + yK;
      return [no, kode, name, ind, endK, endRp, sdK, sdRp, yK, yRp, toK, sdRp + yRp, r2((toK / endK) * 100), r2(((sdRp + yRp) / endRp) * 100) + slip];
    };
    const g = (slip: number) =>
      grid(
        [
          heads(
            'No',
            'Kode',
            'Program/Kegiatan',
            'Indikator Kinerja',
            'Target Renstra 2026',
            null,
            'Realisasi s.d. 2023',
            null,
            'Realisasi Capaian Kinerja dan Anggaran Renja 2024',
            null,
            'Realisasi Kinerja dan Anggaran Renstra s.d. 2024',
            null,
            'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d Tahun 2024 (%)',
            null,
          ),
          heads(null, null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'),
          row(
            1,
            '2.17.01',
            'Program Penunjang Urusan',
            'Persentase desa dengan dokumen perencanaan',
            [91, 8000000000, 81.61, 3100000000, 85.09, 1500000000],
            true,
          ),
          row(
            null,
            '2.17.01.2.01',
            'Perencanaan, Penganggaran, dan Evaluasi',
            'Jumlah dokumen perencanaan',
            [154, 5000000000, 34, 2000000000, 30, 900000000],
            false,
            slip,
          ),
          row(null, '2.17.01.2.02', 'Administrasi Keuangan', 'Jumlah laporan keuangan', [60, 3000000000, 20, 1100000000, 12, 600000000], false),
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:L1', 'M1:N1'] },
      );
    expect(analyseSheet(g(0)).tables[0].columns.map((c) => c.role)).toEqual(expect.arrayContaining(['akhirTarget', 'akhirRp']));
    rightThenSlip(g, 0, 5, ['N4 ratio.anggaran']);
  });

  it('a growth that names its series ("Rata-rata Pertumbuhan Proyeksi (%)") is read over the years named so', () => {
    const g = (i4: number) =>
      grid([
        heads(
          'No',
          'Uraian',
          'Realisasi 2022',
          'Realisasi 2023',
          'Rata-rata Pertumbuhan Realisasi (%)',
          'Proyeksi 2025',
          'Proyeksi 2026',
          'Proyeksi 2027',
          'Rata-rata Pertumbuhan Proyeksi (%)',
        ),
        ['1', 'Pajak Daerah', 1000, 1100, 10, 1200, 1260, 1323, 5],
        ['2', 'Retribusi Daerah', 500, 520, 4, 540, 567, 595.35, 5],
        ['3', 'Lain-lain PAD yang Sah', 400, 440, 10, 460, 483, 507.15, i4],
      ]);
    rightThenSlip(g, 5, 7, ['I4 ratio.pertumbuhan']);
  });

  it('Efisiensi (%) as the unspent share of the pagu, (Anggaran − Realisasi) / Anggaran × 100, explains its column', () => {
    const g = (f3: number) =>
      grid([
        heads('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Efisiensi (%)'),
        [1, 'Program A', 1000, 900, 90, 10],
        [2, 'Program B', 2000, 1700, 85, f3],
        [3, 'Program C', 500, 480, 96, 4],
        [4, 'Program D', 800, 760, 95, 5],
      ]);
    rightThenSlip(g, 15, 17, ['F3 ratio.peningkatan']);
    expect(errors(g(17))[0].message.id).toContain('(2.000 − 1.700) / 2.000 × 100 = 15');
  });

  it('an IKM sheet\'s "No Responden" is a running number: the summary labels typed in it are no invalid numbers', () => {
    const respondents = Array.from({ length: 10 }, (_, i) => [i + 1, 3, 3, 3, 4, 3, 3, 4, 3, 3]);
    const g = grid(
      [
        heads('No Responden', 'Nilai Unsur Pelayanan', null, null, null, null, null, null, null, null),
        heads(null, 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'),
        ...respondents,
        [bold('Σ Nilai per Unsur'), 30, 30, 30, 40, 30, 30, 40, 30, 30],
        [bold('NRR per Unsur'), 3, 3, 3, 4, 3, 3, 4, 3, 3],
      ],
      { merges: ['A1:A2', 'B1:J1'] },
    );
    expect(analyseSheet(g).tables[0].columns[0].role).toBe('no');
    expect(findings(g)).toEqual([]);
  });
});

describe('a year from its quarters, a running total from the year before (probe round 21 rerun)', () => {
  // Rencana Aksi with the year's own realisasi after its quarters: counts add up, a % keeps its last quarter.
  const quarterly = (yearHeader: string, peserta: number) =>
    grid(
      [
        heads('Indikator Kinerja', 'Target 2024', 'Realisasi Triwulan', null, null, null, yearHeader, 'Capaian 2024 (%)'),
        heads(null, null, 'I', 'II', 'III', 'IV', null, null),
        ['Jumlah dokumen perencanaan (Dokumen)', 4, 1, 1, 1, 1, 4, 100],
        ['Jumlah pelaku usaha yang dibina (Orang)', 30, 5, 10, 8, 5, 28, 93.33],
        ['Jumlah peserta pelatihan (Orang)', 50, 10, 15, 10, 10, peserta, 90],
        ['Jumlah sarana air bersih (Unit)', 6, 0, 2, 2, 2, 6, 100],
        ['Persentase desa terlayani (%)', 80, 20, 40, 60, 78, 78, 97.5],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:F1', 'G1:G2', 'H1:H2'] },
    );

  it("a year's realisasi that is not the sum of its quarters is the slip, not the capaian that agrees with them", () => {
    // 10 + 15 + 10 + 10 = 45 and the capaian 90 = 45 / 50: the 47 typed for the year is what is off.
    rightThenSlip((v: number) => quarterly('Realisasi 2024', v), 45, 47, ['G5 sum.row-total', 'H5 ratio.capaian'], 'findings');
    expect(brief(errors(quarterly('Realisasi 2024', 47)))).toEqual(['G5 sum.row-total']);
  });

  it("a % row's year is its last quarter, under a Jumlah header too: 78, not 20 + 40 + 60 + 78", () => {
    expect(findings(quarterly('Jumlah Realisasi 2024', 45))).toEqual([]);
    expect(brief(errors(quarterly('Jumlah Realisasi 2024', 47)))).toEqual(['G5 sum.row-total']);
  });

  it('"Realisasi s.d. 2024" is "s.d. 2023" plus the Jumlah of 2024\'s quarters', () => {
    const sd = (v: number) =>
      grid(
        [
          heads('Kode', 'Sub Kegiatan', 'Realisasi s.d. 2023 (Rp)', 'Realisasi Anggaran 2024 (Rp)', null, null, null, null, 'Realisasi s.d. 2024 (Rp)'),
          heads(null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah', null),
          ['2.17.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 681_583_000, 26_378_000, 64_058_000, 64_630_000, 93_494_000, 248_560_000, 930_143_000],
          [
            '2.17.01.2.01.0002',
            'Evaluasi Kinerja Perangkat Daerah',
            1_986_845_000,
            125_907_000,
            212_690_000,
            162_610_000,
            290_757_000,
            791_964_000,
            2_778_809_000,
          ],
          ['2.17.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 437_467_000, 36_976_000, 59_416_000, 68_031_000, 104_038_000, 268_461_000, v],
          ['2.17.01.2.02.0002', 'Penyediaan Alat Tulis Kantor', 1_297_744_000, 130_039_000, 141_700_000, 171_125_000, 275_115_000, 717_979_000, 2_015_723_000],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2'] },
      );
    rightThenSlip(sd, 705_928_000, 705_982_000, ['I5 sum.row-total']);
  });
});

describe('sector rates with their scale and units (probe round 30)', () => {
  it('a rate per 100.000 written with a slash or "thd" ("IR/100.000 pddk") is a rate of its row: its Jumlah is the rate of the totals', () => {
    const ir = (jumlah: number) =>
      grid([
        heads('No', 'Kecamatan', 'Jumlah Penduduk', 'Kasus DBD', 'IR/100.000 pddk'),
        [1, 'Sukamaju', 45565, 41, 89.98],
        [2, 'Tanjung Harapan', 33662, 46, 136.65],
        [3, 'Sungai Raya', 69258, 27, 38.98],
        [4, 'Batu Ampar', 38452, 68, 176.84],
        [null, bold('JUMLAH'), 186937, 182, jumlah],
      ]);
    rightThenSlip(ir, 97.36, 480.45, ['E6 ratio.total']);
    const thd = grid(
      [
        heads('No', 'Kecamatan', 'Jumlah Penduduk', 'Dokter', null),
        heads(null, null, null, 'Jumlah', 'Rasio thd 100.000 Pddk'),
        [1, 'Sukamaju', 45565, 9, 19.75],
        [2, 'Tanjung Harapan', 33662, 5, 14.85],
        [3, 'Sungai Raya', 69258, 11, 15.88],
        [4, 'Batu Ampar', 38452, 4, 10.4],
        [null, bold('JUMLAH'), 186937, 29, 15.51],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );
    expect(findings(thd)).toEqual([]);
  });

  it('Produktivitas (Ku/Ha) is Produksi (Ton) / Luas (Ha) × 10: checked per row, its Rata-rata the ratio of the means', () => {
    const tani = (y2021: number, mean: number) =>
      grid([
        heads('No', 'Tahun', 'Luas Panen (Ha)', 'Produksi (Ton)', 'Produktivitas (Ku/Ha)'),
        [1, 2019, 25653, 128735.95, 50.18],
        [2, 2020, 21169, 102696.32, 48.51],
        [3, 2021, 22899, 126048.05, y2021],
        [4, 2022, 18396, 90356.57, 49.12],
        [5, 2023, 19121, 100227.48, 52.42],
        [null, bold('Rata-rata'), 21447.6, 109612.87, mean],
      ]);
    expect(findings(tani(55.05, 51.11))).toEqual([]);
    // The plain mean of the rows (51.06) is a reading too; a figure neither is, is not.
    expect(findings(tani(55.05, 51.06))).toEqual([]);
    expect(brief(errors(tani(50.55, 51.11)))).toEqual(['E4 ratio.capaian']);
    expect(brief(errors(tani(55.05, 52)))).toEqual(['E7 sum.average']);
  });

  it('a percentage of a sum over a figure of its row, with nothing else to explain it, is read from the rows: Rasio Ketergantungan', () => {
    const dep = (y2021: number) =>
      grid([
        heads(
          'No',
          'Tahun',
          'Penduduk Usia 0-14 Tahun',
          'Penduduk Usia 15-64 Tahun',
          'Penduduk Usia 65 Tahun ke Atas',
          'Jumlah Penduduk',
          'Rasio Ketergantungan (%)',
        ),
        [1, 2019, 120000, 300000, 30000, 450000, 50],
        [2, 2020, 118000, 305000, 31000, 454000, 48.85],
        [3, 2021, 117500, 309500, 32000, 459000, y2021],
        [4, 2022, 116000, 314000, 33500, 463500, 47.61],
        [5, 2023, 115200, 318600, 34900, 468700, 47.11],
      ]);
    rightThenSlip(dep, 48.3, 53.3, ['G4 ratio.capaian']);
  });

  it('Mantap (%) = (Baik + Sedang) / Jumlah: a wrong length is the slip, the two % beside it follow from it', () => {
    const jalan = (jumlah: number) =>
      grid(
        [
          heads('No', 'Kecamatan', 'Kondisi Jalan (km)', null, null, null, 'Jumlah (km)', 'Mantap (%)', 'Tidak Mantap (%)'),
          heads(null, null, 'Baik', 'Sedang', 'Rusak Ringan', 'Rusak Berat', null, null, null),
          [1, 'Sukamaju', 30.28, 33.8, 25.72, 20.47, 110.27, 58.11, 41.89],
          [2, 'Tanjung Harapan', 56.32, 25.04, 25.98, 15.96, 123.3, 65.99, 34.01],
          [3, 'Sungai Raya', 32.38, 33.9, 17.47, 21.73, jumlah, 62.84, 37.16],
          [4, 'Batu Ampar', 92.24, 26.51, 13.91, 19.15, 151.81, 78.22, 21.78],
          [5, 'Mekar Sari', 70.01, 21.13, 14.5, 7.99, 113.63, 80.21, 19.79],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:F1', 'G1:G2', 'H1:H2', 'I1:I2'] },
      );
    rightThenSlip(jalan, 105.48, 115.48, ['G5 sum.row-total']);
    expect(brief(findings(jalan(115.48)))).toEqual(['G5 sum.row-total', 'H5 ratio.capaian', 'I5 ratio.capaian']);
  });

  it('a yearly rate between two censuses ten years apart (SP2010, SP2020) is the growth per year over those ten years', () => {
    const laju = (v: number) =>
      grid([
        heads('No', 'Kecamatan', 'Penduduk SP2010', 'Penduduk SP2020', 'Laju Pertumbuhan Penduduk per Tahun 2010-2020 (%)'),
        [1, 'Sukamaju', 40000, 44000, 0.96],
        [2, 'Air Itam', 30000, 36000, 1.84],
        [3, 'Teluk Dalam', 25000, 26000, v],
        [4, 'Batu Ampar', 50000, 58000, 1.49],
        [null, bold('Kabupaten'), 145000, 164000, 1.24],
      ]);
    rightThenSlip(laju, 0.39, 0.89, ['E4 ratio.pertumbuhan']);
  });

  it('"Jumlah Rumah" before its parts, with a % after them: the row total is read, the typed slip found where both sums cross', () => {
    const rumah = (rtlh: number) =>
      grid([
        heads('No', 'Kecamatan', 'Jumlah Rumah (unit)', 'Rumah Layak Huni (unit)', 'Rumah Tidak Layak Huni (unit)', 'Persentase Rumah Layak Huni (%)'),
        [1, 'Sukamaju', 6873, 6214, 659, 90.41],
        [2, 'Tanjung Harapan', 8251, 6365, 1886, 77.14],
        [3, 'Sungai Raya', 7575, 5622, 1953, 74.22],
        [4, 'Batu Ampar', 3797, 3468, 329, 91.34],
        [5, 'Mekar Sari', 8873, 6632, rtlh, 74.74],
        [6, 'Bukit Tinggi', 12359, 8673, 3686, 70.18],
        [null, bold('Jumlah'), 47728, 36974, 10754, 77.47],
      ]);
    rightThenSlip(rumah, 2241, 2291, ['E6 value.crossing']);
  });

  it('a Jumlah (km) after km | % pairs adds the km, the % skipped', () => {
    const jalan = (baik: number) =>
      grid(
        [
          heads('No', 'Tahun', 'Baik', null, 'Sedang', null, 'Rusak Ringan', null, 'Rusak Berat', null, 'Jumlah (km)'),
          heads(null, null, 'km', '%', 'km', '%', 'km', '%', 'km', '%', null),
          [1, 2019, 374.97, 40.14, 186.41, 19.95, 92.85, 9.94, 279.94, 29.97, 934.17],
          [2, 2020, 467.56, 50.05, 180.05, 19.27, 57.75, 6.18, 228.81, 24.49, 934.17],
          [3, 2021, baik, 54.17, 102.28, 10.95, 128.42, 13.75, 197.47, 21.14, 934.17],
          [4, 2022, 374.77, 40.12, 227.29, 24.33, 97.12, 10.4, 234.99, 25.15, 934.17],
          [5, 2023, 491.51, 52.61, 153.95, 16.48, 85.54, 9.16, 203.17, 21.75, 934.17],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:K2'] },
      );
    rightThenSlip(jalan, 506, 491, ['C5 value.crossing']);
  });

  it('"Jumlah SD" closing the rows under "A. Jenjang SD" is their total, in plain type without a number', () => {
    const guru = (sd: number) =>
      grid([
        heads('No', 'Jenjang / Kecamatan', 'Jumlah Murid', 'Jumlah Guru', 'Rasio Murid terhadap Guru'),
        ['A', 'Jenjang SD', null, null, null],
        [1, 'Sukamaju', 1679, 122, 13.76],
        [2, 'Tanjung Harapan', 1539, 92, 16.73],
        [3, 'Sungai Raya', 2247, 143, 15.71],
        [4, 'Batu Ampar', 3385, 173, 19.57],
        [null, 'Jumlah SD', sd, 530, 16.7],
        ['B', 'Jenjang SMP', null, null, null],
        [1, 'Sukamaju', 5818, 430, 13.53],
        [2, 'Tanjung Harapan', 3444, 228, 15.11],
        [3, 'Sungai Raya', 5838, 355, 16.45],
        [null, 'Jumlah SMP', 15100, 1013, 14.91],
        [null, 'Jumlah SD + SMP', 23950, 1543, 15.52],
      ]);
    expect(
      analyseSheet(guru(8850))
        .tables[0].rows.filter((x) => x.kind === 'total')
        .map((x) => x.row + 1),
    ).toEqual([7, 12, 13]);
    rightThenSlip(guru, 8850, 9050, ['C7 sum.total-row']);
  });

  it('a rate per 100.000 over a population counted in thousands is read at × 100', () => {
    const cnr = (v: number) =>
      grid([
        heads('No', 'Kecamatan', 'Jumlah Penduduk (ribu jiwa)', 'Kasus TB', 'Case Notification Rate per 100.000 Penduduk'),
        [1, 'Kota', 45.2, 120, v],
        [2, 'Sukamaju', 30.5, 60, 196.72],
        [3, 'Badau', 12.8, 20, 156.25],
        [4, 'Sijuk', 40.1, 95, 236.91],
        [5, 'Membalong', 22.0, 40, 181.82],
      ]);
    rightThenSlip(cnr, 265.49, 256.49, ['E2 ratio.capaian']);
  });

  it('"Sex Ratio" is a ratio (L / P × 100): its Kabupaten row is the ratio of the totals, not their sum', () => {
    const sex = (total: number) =>
      grid([
        heads('No', 'Kecamatan', 'Laki-laki', 'Perempuan', 'Jumlah', 'Sex Ratio'),
        [1, 'Sukamaju', 41321, 39835, 81156, 103.73],
        [2, 'Tanjung Harapan', 29614, 29415, 59029, 100.68],
        [3, 'Sungai Raya', 20112, 20530, 40642, 97.96],
        [null, bold('Kabupaten'), 91047, 89780, 180827, total],
      ]);
    rightThenSlip(sex, 101.41, 302.37, ['F5 ratio.total']);
  });
});

describe('budget tables as SIPD and SIMDA export them (probe round 31)', () => {
  it('"No. Rek" heads the account codes of an LRA: a tree of accounts, its Jumlah the top account', () => {
    const lra = (jumlah: number) =>
      grid([
        heads('No. Rek', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Lebih/(Kurang) (Rp)', '%'),
        ['4', 'PENDAPATAN DAERAH', 1500, 1450, -50, 96.67],
        ['4.1', 'Pendapatan Asli Daerah', 500, 520, 20, 104],
        ['4.1.01', 'Pajak Daerah', 300, 310, 10, 103.33],
        ['4.1.02', 'Retribusi Daerah', 200, 210, 10, 105],
        ['4.2', 'Pendapatan Transfer', 1000, 930, -70, 93],
        ['4.2.01', 'Transfer Pemerintah Pusat', 1000, 930, -70, 93],
        [null, bold('JUMLAH PENDAPATAN'), jumlah, 1450, -50, 96.67],
      ]);
    expect(analyseSheet(lra(1500)).tables[0].columns[0].role).toBe('kode');
    rightThenSlip(lra, 1500, 1600, ['C8 sum.total-row']);
  });

  it("an OPD row coded at bidang level (1.01, 1.02) is checked against its row total: the slip is the OPD's Jumlah, not the TOTAL", () => {
    const rekap = (jumlah: number) =>
      grid([
        heads('Kode', 'Perangkat Daerah', 'Belanja Operasi', 'Belanja Modal', 'Jumlah'),
        ['1.01', 'Dinas Pendidikan', 5000, 2000, 7000],
        ['1.02', 'Dinas Kesehatan', 7000, 1000, jumlah],
        ['1.03', 'Dinas PUPR', 3000, 9000, 12000],
        ['1.06', 'Dinas Sosial', 4000, 500, 4500],
        [null, bold('TOTAL'), 19000, 12500, 31500],
      ]);
    rightThenSlip(rekap, 8000, 9000, ['E3 sum.row-total']);
  });

  it('a sub kegiatan typed with a digit dropped, under a kegiatan its program bears out, is the slip named', () => {
    const rka = (sub: number) =>
      grid([
        heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Jumlah (Rp)'),
        ['3.27.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 1_413_654_000],
        ['3.27.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 1_413_654_000],
        ['3.27.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 321_402_000],
        ['3.27.01.2.01.0007', 'Evaluasi Kinerja Perangkat Daerah', sub],
      ]);
    rightThenSlip(rka, 1_092_252_000, 109_225_000, ['C5 sum.hierarchy']);
    expect(errors(rka(109_225_000))[0].expected).toBe(1_092_252_000);
    // A round difference (one digit changed) is as often a revised figure: the kegiatan is named, as before.
    expect(brief(errors(rka(1_082_252_000)))).toEqual(['C3 sum.hierarchy']);
  });

  it("the year's SILPA is Surplus/(Defisit) + Pembiayaan Netto; SiLPA of the year before is a receipt, no derived line", () => {
    const lra = (silpa: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['4', bold('PENDAPATAN DAERAH'), 1000, 980],
        ['5', bold('BELANJA DAERAH'), 1100, 1010],
        [null, bold('SURPLUS / (DEFISIT)'), -100, -30],
        ['6.1', bold('PENERIMAAN PEMBIAYAAN'), 150, 150],
        ['6.1.1', 'SiLPA Tahun Sebelumnya', 150, 150],
        ['6.2', bold('PENGELUARAN PEMBIAYAAN'), 50, 50],
        [null, bold('PEMBIAYAAN NETTO'), 100, 100],
        [null, bold('SISA LEBIH PEMBIAYAAN ANGGARAN TAHUN BERKENAAN (SILPA)'), 0, silpa],
      ]);
    rightThenSlip(lra, 70, 72, ['D9 sum.difference']);
  });

  it('"TOTAL SURPLUS/(DEFISIT)", as SIPD\'s Ringkasan APBD writes it, is the Pendapatan − Belanja line, not a total of the rows above (probe 58)', () => {
    const ringkasan = (surplus: number) =>
      grid([
        heads('Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Lebih/(Kurang) (Rp)'),
        ['4', 'PENDAPATAN DAERAH', 1300, 1310, 10],
        ['4.1', 'Pendapatan Asli Daerah', 200, 210, 10],
        ['4.2', 'Pendapatan Transfer', 1100, 1100, 0],
        ['5', 'BELANJA DAERAH', 1350, 1215, -135],
        ['5.1', 'Belanja Operasi', 1000, 920, -80],
        ['5.2', 'Belanja Modal', 350, 295, -55],
        [null, 'TOTAL SURPLUS/(DEFISIT)', -50, surplus, 145],
      ]);
    rightThenSlip(ringkasan, 95, 90, ['D8 sum.difference']);
  });

  it('"Tahun Anggaran 2023 ▸ Persentase (%)" is the rate beside the money, not money of the budget year: its Jumlah is no sum (probe 58)', () => {
    const lra = (pct: number) =>
      grid(
        [
          heads('Kode', 'Uraian', 'Tahun Anggaran 2023', null, null),
          heads(null, null, 'Anggaran (Rp)', 'Realisasi (Rp)', 'Persentase (%)'),
          ['4.1', 'Pendapatan Asli Daerah', null, null, null],
          ['4.1.01', 'Pajak Daerah', 150_000, 160_000, pct],
          ['4.1.02', 'Retribusi Daerah', 50_000, 47_500, 95],
          [null, 'Jumlah Pendapatan Asli Daerah', 200_000, 207_500, 103.75],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1'] },
      );
    rightThenSlip(lra, 106.67, 108.67, ['E4 ratio.anggaran']);
  });

  describe('"JUMLAH BELANJA" over Belanja Tidak Terduga, a group of one line or a line between sub-totals (probe 58)', () => {
    const pendapatan: Lit[][] = [
      ['4.1', 'Pendapatan Asli Daerah', null, null],
      ['4.1.01', 'Pajak Daerah', 150, 160],
      ['4.1.02', 'Retribusi Daerah', 50, 47],
      [null, 'Jumlah Pendapatan Asli Daerah', 200, 207],
      ['4.2', 'Pendapatan Transfer', null, null],
      ['4.2.01', 'Transfer Pemerintah Pusat', 1000, 990],
      [null, 'Jumlah Pendapatan Transfer', 1000, 990],
      [null, 'JUMLAH PENDAPATAN', 1200, 1197],
    ];
    const belanja = (btt: Lit[][], jumlah: number): Lit[][] => [
      ['5.1', 'Belanja Operasi', null, null],
      ['5.1.01', 'Belanja Pegawai', 400, 360],
      ['5.1.02', 'Belanja Barang dan Jasa', 200, 180],
      [null, 'Jumlah Belanja Operasi', 600, 540],
      ['5.2', 'Belanja Modal', null, null],
      ['5.2.02', 'Belanja Modal Peralatan dan Mesin', 300, 270],
      [null, 'Jumlah Belanja Modal', 300, 270],
      ...btt,
      ['5.4', 'Belanja Transfer', null, null],
      ['5.4.01', 'Belanja Bagi Hasil', 150, 140],
      [null, 'Jumlah Belanja Transfer', 150, 140],
      [null, 'JUMLAH BELANJA', jumlah, 952],
    ];
    const head = heads('Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)');
    it('a group of one line closed by its own Jumlah counts once', () => {
      const oneLine = [
        ['5.3', 'Belanja Tidak Terduga', null, null],
        ['5.3.01', 'Belanja Tidak Terduga', 10, 2],
        [null, 'Jumlah Belanja Tidak Terduga', 10, 2],
      ];
      const g = (j: number) => grid([head, ['4', 'PENDAPATAN DAERAH', null, null], ...pendapatan, ['5', 'BELANJA DAERAH', null, null], ...belanja(oneLine, j)]);
      rightThenSlip(g, 1060, 1070, ['C25 sum.total-row']);
    });
    it('a line with its own amount between the sub-totals, in a list marked I / A. / 1., is one of its parts', () => {
      // Kode 4 → I, 4.1 → A., 4.1.01 → 1. (numbered within its group).
      const marker = (kode: Lit, n: number): Lit => {
        if (kode === null) return null;
        const parts = String(kode).split('.');
        if (parts.length === 1) return Number(kode) === 4 ? 'I' : 'II';
        if (parts.length === 2) return `${'ABCD'[Number(parts[1]) - 1]}.`;
        return `${n}.`;
      };
      const marked = (rows: Lit[][]) => rows.map((r) => [marker(r[0], Number(String(r[0]).split('.')[2] ?? 0)), ...r.slice(1)]);
      const btt = [['5.3', 'Belanja Tidak Terduga', 10, 2]];
      const g = (j: number) =>
        grid([
          heads('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
          ...marked([['4', 'PENDAPATAN DAERAH', null, null], ...pendapatan, ['5', 'BELANJA DAERAH', null, null], ...belanja(btt, j)]),
        ]);
      // The Jumlah of A. closes A. only: B. is still under I.
      expect(kinds(g(1060)).slice(0, 8)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:-', '7:1^2', '8:2^7', '9:-']);
      rightThenSlip(g, 1060, 1050, ['C23 sum.total-row']);
    });
  });

  it('"JUMLAH PENDAPATAN" repeats "PENDAPATAN DAERAH", the row opening its section, bold like the groups under it (probe 58)', () => {
    const line = (name: string): CellInput => ({ value: name, indent: 2 });
    const lra = (jumlah: number) =>
      grid([
        heads('Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [bold('PENDAPATAN DAERAH'), 1300, 1312],
        [bold('Pendapatan Asli Daerah (PAD)'), 200, 212],
        [line('Pajak Daerah'), 150, 160],
        [line('Retribusi Daerah'), 50, 52],
        [bold('Pendapatan Transfer'), 1100, 1100],
        [line('Pendapatan Transfer Pemerintah Pusat'), 1000, 1000],
        [line('Pendapatan Transfer Antar Daerah'), 100, 100],
        [bold('JUMLAH PENDAPATAN'), jumlah, 1312],
      ]);
    rightThenSlip(lra, 1300, 1310, ['B9 sum.total-row']);
  });

  it('"Sisa Anggaran" after "Realisasi ▸ TW I … TW IV | Jumlah" is the pagu less that Jumlah, also where too few rows say so (probe 58)', () => {
    const tw = (pagu: number) =>
      grid(
        [
          heads('Kode', 'Program / Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi Keuangan (Rp)', null, null, null, null, '% thd Pagu', 'Sisa Anggaran (Rp)'),
          heads(null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah', null, null),
          ['2.07.02', 'Program Perencanaan Tenaga Kerja', 1820, 142, 477, 337, 599, 1555, 85.44, 265],
          ['2.07.04', 'Program Penempatan Tenaga Kerja', 1724, 142, 277, 349, 591, 1359, 78.83, 365],
          [null, 'Jumlah', pagu, 284, 754, 686, 1190, 2914, 82.22, 630],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2', 'J1:J2'] },
      );
    rightThenSlip(tw, 3544, 3644, ['C5 sum.total-row']);
  });

  it('"Tahun Anggaran 2024 ▸ Lebih / (Kurang)" is realisasi less anggaran, checked on each row, not money of the year (probe 58)', () => {
    const lra = (lebih: number) =>
      grid(
        [
          heads('Uraian', 'Tahun Anggaran 2024', null, null),
          heads(null, 'Anggaran (Rp)', 'Realisasi (Rp)', 'Lebih / (Kurang)'),
          ['Belanja Pegawai', 300, 285, -15],
          ['Belanja Barang dan Jasa', 150, 135, lebih],
          ['Belanja Modal', 100, 110, 10],
          ['Belanja Hibah', 40, 40, 0],
        ],
        { merges: ['A1:A2', 'B1:D1'] },
      );
    rightThenSlip(lra, -15, 15, ['D4 sum.difference']);
  });

  it('APBD lines with their account codes in the name ("6.1 Penerimaan Pembiayaan", "6.3 Pembiayaan Netto"): Netto = Penerimaan − Pengeluaran (probe 58)', () => {
    const lra = (netto: number) =>
      grid([
        heads('Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['6 PEMBIAYAAN DAERAH', null, null],
        ['6.1 Penerimaan Pembiayaan', 493, 490],
        ['6.1.01 Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya (SiLPA)', 490, 488],
        ['6.1.05 Penerimaan Kembali Pemberian Pinjaman Daerah', 3, 2],
        ['6.2 Pengeluaran Pembiayaan', 46, 45],
        ['6.2.02 Penyertaan Modal Daerah', 40, 40],
        ['6.2.03 Pembayaran Cicilan Pokok Utang', 6, 5],
        ['6.3 Pembiayaan Netto', 447, netto],
      ]);
    rightThenSlip(lra, 445, 447, ['C9 sum.difference']);
  });

  it('an LRA outlined by format alone, its bold groups at depth 1 in most sections and 0 under "PEMBIAYAAN DAERAH": the lines stay under their group (probe 58)', () => {
    const group = (name: string): CellInput => ({ value: name, bold: true, indent: 1 });
    const line = (name: string): CellInput => ({ value: name, indent: 2 });
    const lra = (jumlah: number) =>
      grid([
        heads('Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [bold('PENDAPATAN DAERAH'), 300, 310],
        [group('Pendapatan Asli Daerah (PAD)'), 100, 105],
        [line('Pajak Daerah'), 50, 52],
        [line('Retribusi Daerah'), 20, 21],
        [line('Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan'), 10, 10],
        [line('Lain-lain PAD yang Sah'), 20, 22],
        [group('Pendapatan Transfer'), 200, 205],
        [line('Pendapatan Transfer Pemerintah Pusat'), 150, 155],
        [line('Pendapatan Transfer Antar Daerah'), 50, 50],
        [bold('JUMLAH PENDAPATAN'), jumlah, 310],
        [bold('BELANJA DAERAH'), 250, 220],
        [group('Belanja Operasi'), 150, 140],
        [line('Belanja Pegawai'), 100, 95],
        [line('Belanja Barang dan Jasa'), 40, 36],
        [line('Belanja Hibah'), 10, 9],
        [group('Belanja Modal'), 100, 80],
        [line('Belanja Modal Gedung dan Bangunan'), 60, 50],
        [line('Belanja Modal Jalan, Jaringan, dan Irigasi'), 40, 30],
        [bold('JUMLAH BELANJA'), 250, 220],
        [bold('SURPLUS / (DEFISIT)'), 50, 90],
        [bold('PEMBIAYAAN DAERAH'), null, null],
        [group('Penerimaan Pembiayaan'), 30, 30],
        [line('Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya'), 30, 30],
        [group('Pengeluaran Pembiayaan'), 10, 10],
        [line('Penyertaan Modal Daerah'), 10, 10],
      ]);
    expect(kinds(lra(300)).slice(0, 9)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:2^3', '7:2^3', '8:1^2', '9:2^8', '10:2^8']);
    rightThenSlip(lra, 300, 310, ['B11 sum.total-row']);
  });

  it('an empty "Lebih/(Kurang)" of an LRA is filled as realisasi less anggaran (SAP), a typed one checked either way round (probe 58)', () => {
    const lra = (lebih: (number | null)[]) =>
      grid([
        heads('Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Lebih/(Kurang)'),
        ['Pajak Daerah', 150, 160, lebih[0]],
        ['Retribusi Daerah', 50, 47, lebih[1]],
        ['Lain-lain PAD yang Sah', 20, 21, lebih[2]],
      ]);
    expect(analyseSheet(lra([null, null, null])).fill.map((x) => `${x.cell} ${x.formula}`)).toEqual(['D2 =C2-B2', 'D3 =C3-B3', 'D4 =C4-B4']);
    expect(findings(lra([10, -3, 1]))).toEqual([]);
    expect(findings(lra([-10, 3, -1]))).toEqual([]);
  });

  it('RKA money named by the budget year (T-1 | T | T+1, or years alone) is summed up a kode tree where its parents mostly add up', () => {
    const rka = (header: string[], sub: number) =>
      grid([
        heads('Kode', 'Program/Kegiatan/Sub Kegiatan', ...header),
        ['1.02.01', 'PROGRAM PENUNJANG URUSAN', 900, 1000, 1100],
        ['1.02.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi', 400, 450, 500],
        ['1.02.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 150, 200, 200],
        ['1.02.01.2.01.0006', 'Koordinasi Laporan Capaian Kinerja', 250, 250, 300],
        ['1.02.01.2.02', 'Administrasi Keuangan', 500, 550, 600],
        ['1.02.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 500, sub, 600],
      ]);
    for (const header of [
      ['T-1 (2023)', 'T (2024)', 'T+1 (2025)'],
      ['T-1', 'T', 'T+1'],
      ['2023', '2024', '2025'],
      ['Jumlah T-1 (Rp)', 'Jumlah T (Rp)', 'Jumlah T+1 (Rp)'],
    ])
      rightThenSlip((v: number) => rka(header, v), 550, 627, ['D6 sum.hierarchy']);
    // Figures that are not sums up the tree (targets per year in a kode tree) stay unchecked.
    const targets = grid([
      heads('Kode', 'Program/Kegiatan/Sub Kegiatan', '2023', '2024', '2025'),
      ['1.02.01', 'PROGRAM PENUNJANG URUSAN', 90, 95, 100],
      ['1.02.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi', 80, 85, 90],
      ['1.02.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 4, 4, 5],
      ['1.02.01.2.01.0006', 'Koordinasi Laporan Capaian Kinerja', 12, 12, 12],
    ]);
    expect(findings(targets)).toEqual([]);
  });

  it('"JUMLAH BELANJA" adds the Jumlah Belanja sub-totals, not the Jumlah Pendapatan above them', () => {
    const skpd = (btl: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['4', bold('PENDAPATAN'), null, null],
        ['4.1.2.01', 'Retribusi Pelayanan Kesehatan', 300, 280],
        [null, bold('Jumlah Pendapatan'), 300, 280],
        ['5.1', bold('BELANJA TIDAK LANGSUNG'), null, null],
        ['5.1.1', 'Belanja Pegawai', 1000, 900],
        ['5.1.4', 'Belanja Hibah', 200, 190],
        [null, bold('Jumlah Belanja Tidak Langsung'), btl, 1090],
        ['5.2', bold('BELANJA LANGSUNG'), null, null],
        ['5.2.2', 'Belanja Barang dan Jasa', 400, 350],
        ['5.2.3', 'Belanja Modal', 600, 500],
        [null, bold('Jumlah Belanja Langsung'), 1000, 850],
        [null, bold('JUMLAH BELANJA'), 2200, 1940],
      ]);
    expect(findings(skpd(1200))).toEqual([]);
    // 1000 + 200 ≠ 1300; the JUMLAH BELANJA, 1200 + 1000, agrees with its parts' rows: the sub-total is the slip.
    expect(brief(findings(skpd(1300)))).toEqual(['C8 sum.total-row', 'C13 sum.total-row']);
    expect(brief(errors(skpd(1300)))).toEqual(['C8 sum.total-row']);
  });
});

describe('Renstra and RPJMD planning tables of other regions (probe round 33)', () => {
  it('a code after a sub-total that does not extend the code open above is no child of it (5.1 after Jumlah Pendapatan under 4)', () => {
    const skpd = grid([
      heads('Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Realisasi (%)'),
      ['4', 'PENDAPATAN', null, null, null],
      ['4.1.2.01', 'Retribusi Pelayanan Kesehatan', 3716679000, 3374744532, 90.8],
      ['4.1.4.16', 'Pendapatan BLUD', 4808065000, 4591702075, 95.5],
      [null, 'Jumlah Pendapatan', 8524744000, 7966446607, 93.45],
      ['5.1', 'BELANJA TIDAK LANGSUNG', null, null, null],
      ['5.1.1', 'Belanja Pegawai', 13080978000, 11524341618, 88.1],
      ['5.1.4', 'Belanja Hibah', 9225522000, 8930305296, 96.8],
      [null, 'Jumlah Belanja Tidak Langsung', 22306500000, 20454646914, 91.7],
    ]);
    expect(findings(skpd)).toEqual([]);
  });

  it('an urusan with its total on top, each bidang closed by a "Jumlah Bidang" row: the urusan adds both bidang', () => {
    const prioritas = (urusan: number) =>
      grid(
        [
          heads('Kode', 'Bidang Urusan Pemerintahan dan Program Prioritas', 'Indikator Kinerja Program', 'Satuan', 'Tahun 2025', null, 'Perangkat Daerah'),
          heads(null, null, null, null, 'Target', 'Rp (Juta)', null),
          ['1', bold('URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR'), null, null, null, urusan, null],
          ['1.01', bold('Bidang Pendidikan'), null, null, null, null, null],
          ['1.01.02', 'Program Pengelolaan Pendidikan', 'APM SMP', '%', 67, 100, 'Dinas Pendidikan'],
          ['1.01.03', 'Program Pengembangan Kurikulum', 'Persentase sekolah dengan kurikulum mulok', '%', 81, 50, 'Dinas Pendidikan'],
          [null, bold('Jumlah Bidang Pendidikan'), null, null, null, 150, null],
          ['1.02', bold('Bidang Kesehatan'), null, null, null, null, null],
          ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Prevalensi stunting', '%', 20.1, 150, 'Dinas Kesehatan'],
          [null, bold('Jumlah Bidang Kesehatan'), null, null, null, 150, null],
          [null, bold('TOTAL'), null, null, null, 300, null],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2'] },
      );
    expect(analyseSheet(prioritas(300)).tables[0].rows.find((x) => x.row === 7)?.parent).toBe(2);
    rightThenSlip(prioritas, 300, 350, ['F3 sum.hierarchy']);
  });

  it('"Target Akhir 2026 | Rp Akhir 2026" in a flat header is the end of the period, its Rp the sum of the years', () => {
    const flat = (akhir: number) =>
      grid([
        heads(
          'Kode',
          'Program/Kegiatan/Sub Kegiatan',
          'Indikator',
          'Satuan',
          'Target 2025',
          'Rp 2025',
          'Target 2026',
          'Rp 2026',
          'Target Akhir 2026',
          'Rp Akhir 2026',
        ),
        ['1.06.05', 'Program Perlindungan dan Jaminan Sosial', 'Persentase penduduk miskin', '%', 20.04, 1000000000, 18.79, 1100000000, 18.79, 2100000000],
        ['1.06.05.2.01', 'Pemeliharaan Anak-Anak Terlantar', 'Jumlah dokumen', 'Dokumen', 4, 600000000, 4, 650000000, 8, 1250000000],
        ['1.06.05.2.01.0001', 'Pengasuhan Anak Terlantar', 'Jumlah anak terlantar yang diasuh', 'Anak', 12, 600000000, 8, 650000000, 20, akhir],
        ['1.06.05.2.02', 'Pengelolaan Data Fakir Miskin', 'Jumlah dokumen', 'Dokumen', 2, 400000000, 2, 450000000, 4, 850000000],
        ['1.06.05.2.02.0001', 'Pendataan Fakir Miskin', 'Jumlah data', 'Dokumen', 2, 150000000, 2, 200000000, 4, 350000000],
        ['1.06.05.2.02.0002', 'Verifikasi Data Fakir Miskin', 'Jumlah RT diverifikasi', 'RT', 28, 250000000, 18, 250000000, 46, 500000000],
      ]);
    expect(analyseSheet(flat(1250000000)).tables[0].columns[9].role).toBe('akhirRp');
    rightThenSlip(flat, 1250000000, 1260000000, ['J4 sum.period']);
  });

  it("a program's pagu typed ten times over is named where three sums cross, not at a neighbour two of them share", () => {
    const rpjmd = (c2026: number) =>
      grid([
        heads('Kode', 'Bidang Urusan dan Program Prioritas', 'Rp 2025', 'Rp 2026', 'Rp Akhir'),
        ['1', bold('URUSAN PEMERINTAHAN WAJIB PELAYANAN DASAR'), 390, 420, 810],
        ['1.01', bold('Bidang Pendidikan'), null, null, null],
        ['1.01.02', 'Program Pengelolaan Pendidikan', 100, 110, 210],
        ['1.01.03', 'Program Pengembangan Kurikulum', 50, 60, 110],
        ['1.01.04', 'Program Pendidik dan Tenaga Kependidikan', 40, c2026, 80],
        [null, bold('Jumlah Bidang Pendidikan'), 190, 210, 400],
        ['1.02', bold('Bidang Kesehatan'), null, null, null],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 200, 210, 410],
        [null, bold('Jumlah Bidang Kesehatan'), 200, 210, 410],
        [null, bold('TOTAL'), 390, 420, 810],
      ]);
    rightThenSlip(rpjmd, 40, 400, ['D6 value.crossing']);
  });

  it("the form's long end-of-period label under the Target group (with its year) is a header cell, not prose", () => {
    const tc27 = (rp: number) =>
      grid(
        [
          heads(
            'Kode',
            'Program/Kegiatan/Sub Kegiatan',
            'Indikator',
            'Satuan',
            'Kondisi Awal',
            'Target Kinerja Program dan Kerangka Pendanaan',
            null,
            null,
            null,
            null,
            null,
            'Unit Kerja',
          ),
          heads(null, null, null, null, null, '2025', null, '2026', null, 'Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah (2026)', null, null),
          heads(null, null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', null),
          ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Prevalensi stunting (%)', '%', 20.5, 19.5, 300000000, 18.5, rp, 18.5, 630000000, 'Dinkes'],
          ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Jumlah fasyankes', 'Unit', 4, 4, 300000000, 4, 330000000, 8, 630000000, 'Dinkes'],
          ['1.02.02.2.01.0014', 'Pengadaan Alat Kesehatan', 'Jumlah alkes', 'Unit', 10, 12, 120000000, 12, 130000000, 24, 250000000, 'Dinkes'],
          ['1.02.02.2.01.0018', 'Pengadaan Obat dan BMHP', 'Jumlah paket obat', 'Paket', 2, 2, 180000000, 2, 200000000, 4, 380000000, 'Dinkes'],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:E3', 'L1:L3', 'F1:K1', 'F2:G2', 'H2:I2', 'J2:K2'] },
      );
    expect(analyseSheet(tc27(330000000)).tables.map((t) => t.layout)).toEqual(['rencana']);
    expect(findings(tc27(330000000))).toEqual([]);
    expect(brief(findings(tc27(340000000)))).toEqual(['I4 sum.hierarchy', 'K4 sum.period']);
    expect(brief(errors(tc27(340000000)))).toEqual(['I4 sum.hierarchy']);
  });
});

describe("today's rules, attacked (probe round 32)", () => {
  const triwulan = (rows: Lit[][], withSatuan = true) =>
    grid(
      [
        heads(
          'No',
          'Indikator Kinerja',
          ...(withSatuan ? ['Satuan'] : []),
          'Target 2024',
          'Realisasi Triwulan',
          null,
          null,
          null,
          'Realisasi 2024',
          'Capaian (%)',
        ),
        heads(null, null, ...(withSatuan ? [null] : []), null, 'I', 'II', 'III', 'IV', null, null),
        ...rows,
      ],
      {
        merges: withSatuan ? ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:I2', 'J1:J2'] : ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:I2'],
      },
    );

  it("a year from its quarters may be their mean (BOR, IKM) or their last (cumulative counts, Angka Bebas Jentik): each row's own reading", () => {
    const mean = triwulan([
      [1, 'Jumlah kunjungan rawat jalan', 'kunjungan', 4000, 900, 1000, 1100, 1200, 4200, 105],
      [2, 'Bed Occupancy Rate (BOR)', '%', 75, 64, 68, 76, 80, 72, 96],
      [3, 'Jumlah pasien rawat inap', 'orang', 1500, 350, 380, 400, 420, 1550, 103.33],
      [4, 'Indeks Kepuasan Masyarakat', 'indeks', 82, 76.04, 76.57, 77.72, 79.96, 77.57, 94.6],
    ]);
    expect(findings(mean)).toEqual([]);
    const cumulative = triwulan([
      [1, 'Jumlah kader posyandu yang dilatih', 'orang', 98, 56, 78, 93, 100, 100, 102.04],
      [2, 'Persentase ibu hamil mendapat pelayanan K6', '%', 80, 65.17, 72.07, 76.15, 82.46, 82.46, 103.08],
      [3, 'Jumlah desa/kelurahan ODF', 'desa', 172, 47, 71, 116, 169, 169, 98.26],
    ]);
    expect(findings(cumulative)).toEqual([]);
    const noSatuan = triwulan(
      [
        [1, 'Jumlah balita ditimbang', 1200, 300, 310, 290, 320, 1220, 101.67],
        [2, 'Angka Bebas Jentik', 95, 68.22, 72.44, 74.75, 81.78, 81.78, 86.08],
        [3, 'Jumlah desa STBM', 40, 8, 9, 10, 11, 38, 95],
      ],
      false,
    );
    expect(findings(noSatuan)).toEqual([]);
  });

  it("a % row's year that is neither its last quarter nor their mean is named with the last quarter expected, not their sum", () => {
    const g = triwulan([
      [1, 'Jumlah kader posyandu yang dilatih', 'orang', 98, 20, 25, 30, 25, 100, 102.04],
      [2, 'Persentase ibu hamil mendapat pelayanan K6', '%', 80, 69.18, 75.38, 79.1, 80.08, 79.1, 98.88],
      [3, 'Jumlah desa/kelurahan ODF', 'desa', 172, 47, 40, 45, 37, 169, 98.26],
    ]);
    const f = errors(g);
    expect(brief(f)).toEqual(['I4 sum.row-total']);
    expect(f[0].expected).toBe(80.08);
  });

  it('Permendagri 77 belanja: a nested Jumlah Belanja Pegawai inside Belanja Operasi, and a line with its own amount between the sub-totals', () => {
    const lra = (btt: number, total: number) =>
      grid([
        heads('Kode', 'Uraian', 'Anggaran (Rp)'),
        ['4', bold('PENDAPATAN DAERAH'), null],
        ['4.1', 'Pendapatan Asli Daerah', 500],
        ['4.2', 'Pendapatan Transfer', 1500],
        [null, bold('Jumlah Pendapatan'), 2000],
        ['5', bold('BELANJA DAERAH'), null],
        ['5.1', bold('Belanja Operasi'), null],
        ['5.1.01', 'Belanja Pegawai', null],
        ['5.1.01.01', 'Belanja Gaji dan Tunjangan ASN', 800],
        ['5.1.01.02', 'Belanja Tambahan Penghasilan ASN', 200],
        [null, bold('Jumlah Belanja Pegawai'), 1000],
        ['5.1.02', 'Belanja Barang dan Jasa', 300],
        ['5.1.03', 'Belanja Hibah', 100],
        [null, bold('Jumlah Belanja Operasi'), 1400],
        ['5.2', bold('Belanja Modal'), null],
        ['5.2.02', 'Belanja Modal Peralatan dan Mesin', 250],
        ['5.2.03', 'Belanja Modal Gedung dan Bangunan', 150],
        [null, bold('Jumlah Belanja Modal'), 400],
        ['5.3', 'Belanja Tidak Terduga', btt],
        [null, bold('JUMLAH BELANJA'), total],
      ]);
    expect(findings(lra(50, 1850))).toEqual([]);
    expect(brief(errors(lra(50, 1800)))).toEqual(['C20 sum.total-row']);
  });

  it("BPS's exponential rate between censuses is a reading of growth, and a laju naming its years uses those years only", () => {
    const sp = (v: number) =>
      grid([
        heads('No', 'Kecamatan', 'Penduduk SP2010', 'Penduduk SP2020', 'Laju Pertumbuhan per Tahun 2010-2020 (%)'),
        [1, 'Kota', 20000, 25000, 2.23],
        [2, 'Sukamaju', 30000, 36000, 1.82],
        [3, 'Badau', 12000, 16000, v],
        [4, 'Sijuk', 40000, 42000, 0.49],
      ]);
    rightThenSlip(sp, 2.88, 3.38, ['E4 ratio.pertumbuhan']);
    const span = (v: number) =>
      grid([
        heads('No', 'Kecamatan', '2021', '2022', '2023', 'Laju Pertumbuhan 2022-2023 (%)'),
        [1, 'Kota', 20000, 20400, 20600, 0.98],
        [2, 'Sukamaju', 30000, 30300, 30900, 1.98],
        [3, 'Badau', 12000, 12300, 12400, v],
        [4, 'Sijuk', 40000, 40200, 41000, 1.99],
      ]);
    rightThenSlip(span, 0.81, 1.81, ['F4 ratio.pertumbuhan']);
  });

  it("a year's realisasi after its two semesters is checked against them: the slip is the year, not the capaian that agrees", () => {
    const smt = (odf: number) =>
      grid(
        [
          heads('No', 'Indikator', 'Satuan', 'Target 2024', 'Realisasi Semester', null, 'Realisasi 2024', 'Capaian (%)'),
          heads(null, null, null, null, 'I', 'II', null, null),
          [1, 'Jumlah kader posyandu yang dilatih', 'orang', 97, 22, 78, 100, 103.09],
          [2, 'Persentase ibu hamil mendapat pelayanan K6', '%', 80, 70.1, 82.46, 82.46, 103.08],
          [3, 'Jumlah desa/kelurahan ODF', 'desa', 100, 64, 27, odf, 91],
          [4, 'Jumlah sekolah yang menerapkan UKS', 'sekolah', 80, 30, 52, 82, 102.5],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2', 'H1:H2'] },
      );
    rightThenSlip(smt, 91, 92, ['G5 sum.row-total']);
  });

  it('"Jumlah Kasus TB" before outcomes that do not cover every case is a count, not a row total', () => {
    const tb = grid([
      heads('No', 'Puskesmas', 'Jumlah Kasus TB', 'Sembuh', 'Meninggal', 'Pengobatan Lengkap', 'Angka Kesembuhan (%)'),
      [1, 'Puskesmas Kota', 36, 22, 3, 9, 61.11],
      [2, 'Puskesmas Sukamaju', 20, 15, 0, 5, 75],
      [3, 'Puskesmas Tanjung Pandan', 58, 42, 2, 13, 72.41],
      [4, 'Puskesmas Membalong', 50, 33, 0, 15, 66],
      [5, 'Puskesmas Sijuk', 57, 48, 3, 6, 84.21],
      [6, 'Puskesmas Badau', 40, 32, 0, 8, 80],
    ]);
    expect(findings(tb)).toEqual([]);
  });
});

describe('LPPD and LKPJ tables (probe round 34)', () => {
  const ikk = (aps: number, numberRow: boolean) =>
    grid([
      heads('No', 'Urusan / Indikator Kinerja Kunci', 'Rumus', 'A', 'B', 'Capaian Kinerja'),
      ...(numberRow ? [['(1)', '(2)', '(3)', '(4)', '(5)', '(6) = (4)/(5) x 100%']] : []),
      ['A', bold('Urusan Kesehatan'), null, null, null, null],
      [1, 'Persentase balita gizi buruk yang mendapat perawatan', '(A/B) x 100%', 81, 85, 95.29],
      [2, 'Angka Kematian Ibu per 100.000 kelahiran hidup', '(A/B) x 100.000', 15, 10895, 137.68],
      [3, 'Angka Kematian Bayi per 1.000 kelahiran hidup', '(A/B) x 1.000', 206, 15143, 13.6],
      [4, 'Jumlah Puskesmas terakreditasi', 'Jumlah Puskesmas terakreditasi', 15, null, 15],
      ['B', bold('Urusan Pendidikan'), null, null, null, null],
      [5, 'APS penduduk usia 7-12 tahun', '(A/B) x 100%', 45509, 47898, aps],
      [6, 'Persentase SMP terakreditasi minimal B', '(A/B) x 100%', 61, 79, 77.22],
      [7, 'Persentase sampah tertangani', '(A/B) x 100%', 40112, 70450, 56.94],
      [8, 'Persentase penegakan Perda', '(A/B) x 100%', '-', '-', 'data tidak tersedia'],
    ]);

  it("an IKK's result is A / B at the scale its own Rumus writes (× 100, × 1.000, × 100.000), a count's is its A", () => {
    rightThenSlip((v: number) => ikk(v, true), 95.01, 99.01, ['F9 ratio.capaian']);
    rightThenSlip((v: number) => ikk(v, false), 95.01, 99.01, ['F8 ratio.capaian']);
  });

  it('a whole-number input is taken as typed where every other row of the column holds so: a slip inside its rounding is found', () => {
    const table = (aki: number, akb: number) =>
      grid([
        heads('No', 'Urusan / Indikator Kinerja Kunci', 'Rumus', 'A', 'B', 'Capaian Kinerja'),
        [1, 'APS penduduk usia 7-12 tahun', '(A/B) x 100%', 44426, 45826, 96.94],
        [2, 'Persentase SMP terakreditasi minimal B', '(A/B) x 100%', 30, 40, 75],
        [3, 'Angka Kematian Ibu per 100.000 kelahiran hidup', '(A/B) x 100.000', 15, 12099, aki],
        [4, 'Angka Kematian Bayi per 1.000 kelahiran hidup', '(A/B) x 1.000', 185, 12514, akb],
        [5, 'Persentase balita gizi buruk yang mendapat perawatan', '(A/B) x 100%', 130, 132, 98.48],
        [6, 'Persentase jaringan irigasi dalam kondisi baik', '(A/B) x 100%', 4187, 8137, 51.46],
        [7, 'Persentase penegakan Perda dan Perkada', '(A/B) x 100%', 123, 133, 92.48],
      ]);
    // 15 deaths are 15, not 14,5 to 15,5: 127,08 is a slip (15 / 12.099 × 100.000 = 123,98).
    rightThenSlip((aki: number) => table(aki, 14.78), 123.98, 127.08, ['F4 ratio.capaian']);
    // Two rows that hold only within their inputs' rounding: figures more precise than shown, not slips.
    expect(errors(table(127.08, 14.81))).toEqual([]);
    // Amounts in juta are rupiah rounded to the million: the % of the rupiah may be a hundredth off.
    const juta = grid([
      ['Realisasi Anggaran Belanja per Perangkat Daerah (dalam jutaan rupiah)'],
      heads('No', 'Perangkat Daerah', 'Anggaran (Rp Juta)', 'Realisasi (Rp Juta)', '%'),
      [1, 'Dinas Pendidikan dan Kebudayaan', 49771, 47589, 95.62],
      [2, 'Dinas Kesehatan', 38439, 33977, 88.39],
      [3, 'RSUD', 66742, 63405, 95],
      [4, 'Dinas PUPR', 55897, 45856, 82.04],
      [5, 'Dinas Sosial', 60722, 56108, 92.4],
      [6, 'Dinas Lingkungan Hidup', 51706, 48539, 93.88],
    ]);
    expect(errors(juta)).toEqual([]);
    // A pagu in juta beside a realisasi in rupiah, each labelled: their % is read at the units' quotient.
    const units = (e4: number) =>
      grid([
        heads('No', 'Program', 'Pagu (Rp juta)', 'Realisasi (Rp)', 'Realisasi (%)'),
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1938, 1715160000, 88.5],
        [2, 'Program Pemenuhan Upaya Kesehatan', 3640, 3258827000, e4],
        [3, 'Program Peningkatan Kapasitas SDM Kesehatan', 8637, 8179473000, 94.7],
        [4, 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', 2281, 2102868000, 92.19],
        [5, 'Program Pemberdayaan Masyarakat Bidang Kesehatan', 6042, 4980309000, 82.43],
      ]);
    rightThenSlip(units, 89.53, 98.53, ['E3 ratio.anggaran']);
    // Percentages typed whole (86 for 85,9): their rounding is real too.
    const spm = grid([
      heads('No', 'Indikator Kinerja', 'Target (%)', 'Realisasi (%)', 'Capaian (%)'),
      [1, 'Persentase ibu hamil mendapat pelayanan sesuai standar', 82, 81, 98.78],
      [2, 'Persentase ibu bersalin mendapat pelayanan sesuai standar', 86, 97, 112.79],
      [3, 'Persentase bayi baru lahir mendapat pelayanan sesuai standar', 96, 77, 80.21],
      [4, 'Persentase balita mendapat pelayanan sesuai standar', 84, 86, 102.26],
      [5, 'Persentase anak usia pendidikan dasar mendapat skrining kesehatan', 82, 79, 96.34],
      [6, 'Persentase penderita hipertensi mendapat pelayanan', 94, 77, 81.91],
      [7, 'Persentase penderita DM mendapat pelayanan', 91, 71, 78.02],
    ]);
    expect(errors(spm)).toEqual([]);
  });

  it('a count IKK (its Rumus divides nothing) has its A as its result: another figure there is a slip', () => {
    const counts = (v: number) =>
      grid([
        heads('No', 'Indikator Kinerja Kunci', 'Rumus', 'Keterangan A', 'Nilai A', 'Keterangan B', 'Nilai B', 'Capaian 2023'),
        [1, 'APS penduduk usia 7-12 tahun', '(A/B) x 100%', 'Penduduk 7-12 tahun yang bersekolah', 46094, 'Penduduk 7-12 tahun', 47503, 97.03],
        [2, 'Persentase SMP terakreditasi minimal B', '(A/B) x 100%', 'SMP terakreditasi minimal B', 46, 'Jumlah SMP', 51, 90.2],
        [3, 'Angka Kematian Ibu per 100.000 kelahiran hidup', '(A/B) x 100.000', 'Jumlah kematian ibu', 24, 'Jumlah kelahiran hidup', 11632, 206.33],
        [4, 'Jumlah Puskesmas terakreditasi', 'Jumlah Puskesmas terakreditasi', 'Jumlah Puskesmas terakreditasi', 21, '-', '-', v],
        [5, 'Persentase balita gizi buruk yang mendapat perawatan', '(A/B) x 100%', 'Balita gizi buruk dirawat', 78, 'Balita gizi buruk', 81, 96.3],
        [6, 'Persentase jalan kabupaten dalam kondisi mantap', '(A/B) x 100%', 'Jalan mantap (km)', 665.25, 'Jalan kabupaten (km)', 863.38, 77.05],
      ]);
    rightThenSlip(counts, 21, 16, ['H5 ratio.capaian']);
  });

  it('an IKK Rumus written in the words of its terms ("(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000") states the scale too', () => {
    const words = (akb: number) =>
      grid([
        heads('No', 'Indikator Kinerja Kunci', 'Rumus', 'A', 'B', 'Hasil'),
        [1, 'Angka Partisipasi Kasar (APK) SD/MI', '(Jumlah siswa SD/MI / Jumlah penduduk usia 7-12 tahun) x 100%', 21502, 20968, 102.55],
        [2, 'Angka Kematian Ibu (AKI)', '(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000', 9, 6233, 144.39],
        [3, 'Angka Kematian Bayi (AKB)', '(Jumlah kematian bayi / Jumlah kelahiran hidup) x 1.000', 58, 6233, akb],
        [
          4,
          'Persentase ibu bersalin mendapat pelayanan sesuai standar',
          '(Jumlah ibu bersalin dilayani / Jumlah sasaran ibu bersalin) x 100%',
          5633,
          6301,
          89.4,
        ],
        [
          5,
          'Jumlah dokumen perencanaan yang ditetapkan tepat waktu',
          'Jumlah dokumen perencanaan (RKPD, KUA-PPAS, Renja PD) yang ditetapkan tepat waktu',
          3,
          '-',
          3,
        ],
        [6, 'Tingkat Pengangguran Terbuka (TPT)', '(Jumlah penganggur / Jumlah angkatan kerja) x 100%', 3688, 77105, 4.78],
      ]);
    rightThenSlip(words, 9.31, 9.13, ['F4 ratio.capaian']);
    const dibagi = grid([
      heads('No', 'Indikator Kinerja Kunci', 'Rumus', 'A', 'B', 'Hasil'),
      [1, 'APK SD/MI/Paket A', 'Jumlah siswa SD/MI/Paket A dibagi Jumlah penduduk usia 7-12 tahun dikali 100%', 21734, 20812, 104.43],
      [2, 'APM SMP/MTs/Paket B', 'Jumlah siswa usia 13-15 tahun di SMP dibagi Jumlah penduduk usia 13-15 tahun dikali 100%', 8412, 10236, 82.18],
      [3, 'Angka Kematian Ibu (AKI)', 'Jumlah kematian ibu dibagi Jumlah kelahiran hidup x 100.000', 7, 6124, 114.3],
      [4, 'Angka Kematian Bayi (AKB)', 'Jumlah kematian bayi usia 0-11 bulan dibagi Jumlah kelahiran hidup x 1.000', 52, 6124, 8.49],
      [5, 'Tingkat Pengangguran Terbuka (TPT)', 'Jumlah penganggur dibagi Jumlah angkatan kerja dikali 100%', 3412, 78224, 4.36],
    ]);
    expect(findings(dibagi)).toEqual([]);
  });

  it('an IKK ratio written as a proportion ("1 : 17" teachers to pupils) is checked as B per one A', () => {
    const rasio = (f3: string) =>
      grid([
        heads('No', 'Indikator Kinerja Kunci', 'Rumus', 'A', 'B', 'Capaian'),
        [1, 'Angka Partisipasi Kasar (APK) SD/MI', '(Jumlah siswa SD/MI / Jumlah penduduk usia 7-12 tahun) x 100%', 21734, 20812, 104.43],
        [2, 'Rasio guru terhadap murid SD/MI', 'Jumlah guru SD/MI : Jumlah murid SD/MI', 1286, 21734, f3],
        [3, 'Rasio posyandu per balita', 'Jumlah posyandu : Jumlah balita', 214, 13268, '1 : 62'],
        [4, 'Angka Kematian Ibu (AKI)', '(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000', 7, 6124, 114.3],
        [5, 'Persentase penduduk wajib KTP yang memiliki KTP-el', '(Jumlah pemilik KTP-el / Jumlah wajib KTP) x 100%', 98412, 101236, 97.21],
      ]);
    rightThenSlip(rasio, '1 : 17', '1 : 19', ['F3 ratio.capaian']);
  });

  it('an IKK result headed Realisasi after A | B is their quotient; a quotient in words with no multiplier is at a scale of 1', () => {
    const ikk = (g6: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja Kunci', 'Rumus', 'Tahun 2023', null, null),
          heads(null, null, null, 'A', 'B', 'Realisasi'),
          [1, 'Angka Partisipasi Kasar (APK) SD/MI', '(A/B) x 100%', 21734, 20812, 104.43],
          [2, 'Angka Kematian Ibu (AKI)', '(A/B) x 100.000', 7, 6124, 114.3],
          [3, 'Jumlah dokumen perencanaan yang ditetapkan tepat waktu', 'A', 3, '-', 3],
          [4, 'Jumlah inovasi daerah yang diterapkan', 'A', 14, '-', g6],
          [5, 'Produktivitas padi per hektar', 'Produksi padi (ton) / Luas panen padi (ha)', 182450, 34120, 5.35],
          [6, 'Persentase penduduk wajib KTP yang memiliki KTP-el', '(A/B) x 100%', 98412, 101236, 97.21],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] },
      );
    rightThenSlip(ikk, 14, 12, ['F6 ratio.capaian']);
  });

  it('an IKK whose A | B sit under a group (Nilai ▸ A | B) and whose Hasil is merged down the header rows', () => {
    const ikk = (f5: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja Kunci', 'Rumus', 'Nilai', null, 'Hasil'),
          heads(null, null, null, 'A', 'B', null),
          [1, 'Besaran tenaga kerja yang mendapatkan pelatihan berbasis kompetensi', '(A / B) x 100%', 3119, 3589, 86.9],
          [2, 'Besaran pencari kerja yang terdaftar yang ditempatkan', '(A / B) x 100%', 2906, 4894, f5],
          [3, 'Jumlah perusahaan yang menerapkan K3', 'Jumlah', 7, '-', 7],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2'] },
      );
    rightThenSlip(ikk, 59.38, 63.48, ['F4 ratio.capaian']);
    // "Pembilang | Penyebut" name the pair in words: a short table's one slip is named at its cell.
    const words = (e2: number) =>
      grid([
        heads('No', 'Indikator', 'Pembilang', 'Penyebut', 'Hasil (%)'),
        [1, 'Persentase pencari kerja ditempatkan', 2906, 4894, e2],
        [2, 'Persentase tenaga kerja terlatih', 3119, 3589, 86.9],
        [3, 'Persentase perusahaan menerapkan K3', 70, 120, 58.33],
        [4, 'Persentase PMKS terlayani', 3214, 4102, 78.35],
      ]);
    rightThenSlip(words, 59.38, 63.48, ['E2 ratio.capaian']);
    // … and the Rumus beside them states each row's scale (AKI × 100.000, CNR × 100.000).
    const rumus = grid([
      heads('No', 'Indikator Kinerja Kunci', 'Rumus', 'Pembilang', 'Penyebut', 'Hasil'),
      [1, 'APK SD/MI', '(Jumlah siswa SD/MI / Jumlah penduduk usia 7-12 tahun) x 100', 21734, 20812, 104.43],
      [2, 'Angka Kematian Ibu (AKI)', '(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000', 7, 6124, 114.3],
      [3, 'Case Notification Rate (CNR) Tuberkulosis', '(Jumlah kasus TB ditemukan / Jumlah penduduk) x 100.000', 412, 147835, 278.69],
      [4, 'Persentase jalan kabupaten dalam kondisi mantap', '(Panjang jalan mantap / Panjang jalan kabupaten) x 100', 412.35, 560.2, 73.61],
      [5, 'Jumlah dokumen perencanaan yang ditetapkan tepat waktu', 'Jumlah dokumen perencanaan yang ditetapkan tepat waktu', 3, '-', 3],
    ]);
    expect(findings(rumus)).toEqual([]);
  });

  it("IKK in year groups (Tahun ▸ A | B | Hasil): each year's Hasil is its A / B at the scale the row's Rumus writes", () => {
    const years = (v: number) =>
      grid(
        [
          heads('No', 'IKK', 'Rumus', 'Tahun 2022', null, null, 'Tahun 2023', null, null),
          heads(null, null, null, 'A', 'B', 'Hasil', 'A', 'B', 'Hasil'),
          [1, 'APS penduduk usia 7-12 tahun', '(A/B) x 100%', 47093, 49250, 95.62, 41887, 42288, 99.05],
          [2, 'Angka Kematian Ibu per 100.000 kelahiran hidup', '(A/B) x 100.000', 15, 10895, 137.68, 12, 11020, 108.89],
          [3, 'Persentase SMP terakreditasi minimal B', '(A/B) x 100%', 37, 50, 74, 41, 47, 87.23],
          [4, 'Jumlah Puskesmas terakreditasi', 'Jumlah Puskesmas terakreditasi', 15, null, 15, 16, null, 16],
          [5, 'Persentase balita gizi buruk yang dirawat', '(A/B) x 100%', 68, 73, 93.15, 109, 117, v],
          [6, 'Persentase sampah tertangani', '(A/B) x 100%', 40112, 70450, 56.94, 45120, 71002, 63.55],
        ],
        { merges: ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2'] },
      );
    rightThenSlip(years, 93.16, 95.36, ['I7 ratio.capaian']);
  });

  it('"Kenaikan/(Penurunan) (%)" is a rate of change: its total row is no sum of the rows above', () => {
    const pad = grid([
      heads('Kode Rekening', 'Uraian', 'Target (Rp)', 'Realisasi (Rp)', '%', 'Lebih/(Kurang) (Rp)', 'Realisasi 2023 (Rp)', 'Kenaikan/(Penurunan) (%)'),
      ['4.1', 'PENDAPATAN ASLI DAERAH', 200000000, 210000000, 105, 10000000, 200000000, 5],
      ['4.1.01', 'Pajak Daerah', 120000000, 130000000, 108.33, 10000000, 118000000, 10.17],
      ['4.1.02', 'Retribusi Daerah', 80000000, 80000000, 100, 0, 82000000, -2.44],
      ['4.2', 'PENDAPATAN TRANSFER', 1000000000, 950000000, 95, -50000000, 1000000000, -5],
      ['4.2.01', 'Transfer Pemerintah Pusat', 1000000000, 950000000, 95, -50000000, 1000000000, -5],
      [null, bold('JUMLAH PENDAPATAN DAERAH'), 1200000000, 1160000000, 96.67, -40000000, 1200000000, -3.33],
    ]);
    expect(errors(pad)).toEqual([]);
  });

  it("this year's revenue growth on last year's (Realisasi | … | Realisasi 2023 | % Peningkatan) is checked, the undated realisasi the later", () => {
    const pad = (v: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Target (Rp)', 'Realisasi (Rp)', '%', 'Lebih/(Kurang) (Rp)', 'Realisasi 2023 (Rp)', '% Peningkatan'),
        ['4.1', 'PENDAPATAN ASLI DAERAH', 200000000, 210000000, 105, 10000000, 200000000, 5],
        ['4.1.01', 'Pajak Daerah', 120000000, 130000000, 108.33, 10000000, 118000000, v],
        ['4.1.02', 'Retribusi Daerah', 80000000, 80000000, 100, 0, 82000000, -2.44],
        ['4.2', 'PENDAPATAN TRANSFER', 1000000000, 950000000, 95, -50000000, 1000000000, -5],
        ['4.2.01', 'Transfer Pemerintah Pusat', 1000000000, 950000000, 95, -50000000, 1000000000, -5],
        [null, bold('JUMLAH PENDAPATAN DAERAH'), 1200000000, 1160000000, 96.67, -40000000, 1200000000, -3.33],
      ]);
    rightThenSlip(pad, 10.17, 14.17, ['H3 ratio.peningkatan']);
  });

  it('a Bobot of evaluation components with no pagu to weigh by is weights as set, not an unexplained computed column', () => {
    const sakip = grid([
      heads('Komponen', 'Bobot', 'Nilai 2022', 'Nilai 2023', 'Nilai 2024'),
      ['Perencanaan Kinerja', 30, 21.4, 22.8, 24.15],
      ['Pengukuran Kinerja', 30, 18.6, 19.95, 21.3],
      ['Pelaporan Kinerja', 15, 10.2, 10.8, 11.25],
      ['Evaluasi Akuntabilitas Kinerja Internal', 25, 14.1, 15.6, 16.85],
      [bold('Nilai Total'), 100, 64.3, 69.15, 73.55],
    ]);
    expect(findings(sakip)).toEqual([]);
  });

  it("a target growth and BPS's economic growth are typed, not computed; a yearless Pertumbuhan after three years may be the last step", () => {
    const pad = grid([
      heads('Uraian', 'Realisasi 2023 (Rp)', 'Realisasi 2024 (Rp)', 'Target Pertumbuhan (%)', 'Pertumbuhan (%)'),
      ['Pajak Daerah', 66272787151, 76222150236, 12, 15.01],
      ['Retribusi Daerah', 86838639077, 89790490196, 13, 3.4],
      ['Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan', 52337938833, 51328358577, 10, -1.93],
      ['Lain-lain PAD yang Sah', 13227403206, 14124736334, 7, 6.78],
    ]);
    expect(findings(pad)).toEqual([]);
    const pdrb = grid([
      heads('No', 'Kabupaten/Kota', 'PDRB ADHB 2022 (miliar Rp)', 'PDRB ADHB 2023 (miliar Rp)', 'Pertumbuhan Ekonomi (%)'),
      [1, 'Kab. Lombok Barat', 9097.44, 9469.22, 5.73],
      [2, 'Kab. Lombok Tengah', 25345.39, 26734.19, 5.97],
      [3, 'Kab. Lombok Timur', 23073.55, 24741.15, 3.61],
      [4, 'Kab. Sumbawa', 11613.76, 12324.96, 3.55],
      [5, 'Kab. Dompu', 31080.04, 32771.58, 3.58],
    ]);
    expect(findings(pdrb)).toEqual([]);
    const retribusi = (f5: number) =>
      grid([
        heads('No', 'Jenis Retribusi', 'Realisasi 2022 (Rp)', 'Realisasi 2023 (Rp)', 'Realisasi 2024 (Rp)', 'Pertumbuhan (%)'),
        [1, 'Retribusi Pelayanan Kesehatan', 3317792504, 3414696716, 3416463619, 0.05],
        [2, 'Retribusi Pelayanan Persampahan', 2056911252, 2369423253, 2130303781, -10.09],
        [3, 'Retribusi Parkir di Tepi Jalan Umum', 3812787539, 4435407730, 4275896651, f5],
        [4, 'Retribusi Pelayanan Pasar', 3032655788, 2779374986, 3210230789, 15.5],
        [5, 'Retribusi Pemakaian Kekayaan Daerah', 3899209513, 3830087973, 4420530688, 15.42],
      ]);
    rightThenSlip(retribusi, -3.6, -6.3, ['F4 ratio.peningkatan']);
  });

  it('a yearless "Pertumbuhan (%)" after this year\'s and one dated earlier realisasi is that one step, not an average over a series', () => {
    const pad = (v: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Target (Rp)', 'Realisasi (Rp)', '%', 'Realisasi 2023 (Rp)', 'Pertumbuhan (%)'),
        ['4.1', 'PENDAPATAN ASLI DAERAH', 200000000, 210000000, 105, 200000000, 5],
        ['4.1.01', 'Pajak Daerah', 120000000, 130000000, 108.33, 118000000, v],
        ['4.1.02', 'Retribusi Daerah', 80000000, 80000000, 100, 82000000, -2.44],
        ['4.2', 'PENDAPATAN TRANSFER', 1000000000, 950000000, 95, 1000000000, -5],
        ['4.2.01', 'Transfer Pemerintah Pusat', 1000000000, 950000000, 95, 1000000000, -5],
        [null, bold('JUMLAH PENDAPATAN DAERAH'), 1200000000, 1160000000, 96.67, 1200000000, -3.33],
      ]);
    rightThenSlip(pad, 10.17, 14.17, ['G3 ratio.peningkatan']);
    // A header naming its years states a rate over that span, census to projection: still a yearly rate.
    const laju = grid([
      heads('No', 'Kecamatan', 'Penduduk 2020 (SP2020)', 'Penduduk 2023 (Proyeksi)', 'Laju Pertumbuhan 2020-2023 (%)'),
      [1, 'Kota', 18077, 17983, -0.17],
      [2, 'Sukamaju', 19860, 19687, -0.29],
      [3, 'Tanjung Pandan', 24677, 26865, 2.87],
      [4, 'Membalong', 19964, 21278, 2.15],
      [5, 'Sijuk', 35824, 36150, 0.3],
      [null, 'Jumlah', 118402, 121963, 0.99],
    ]);
    expect(analyseSheet(laju).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a column its header states as another times a constant (SKM: NRR × 0,111, × 25)', () => {
  const nrr = [3.21, 3.18, 3.02, 3.65, 3.4];
  const skm = (header: string, third: number, value = (v: number) => Math.round(v * 0.111 * 1000) / 1000, numberRow?: Lit[]) =>
    grid([
      heads('No', 'Unsur Pelayanan', 'NRR per Unsur', header),
      ...(numberRow ? [numberRow] : []),
      ...nrr.map((v, i) => [i + 1, `Unsur ${i + 1}`, v, i === 2 ? third : value(v)]),
    ]);

  it('checks NRR Tertimbang (NRR x 0,111) on every row instead of leaving the column unexplained', () => {
    rightThenSlip((v: number) => skm('NRR Tertimbang (NRR x 0,111)', v), 0.335, 0.353, ['D4 ratio.weighted'], 'findings');
    const slip = analyseSheet(skm('NRR Tertimbang (NRR x 0,111)', 0.353)).findings.find((x) => x.rule === 'ratio.weighted')!;
    expect(slip.message.en).toBe("'Unsur 3': 3.02 × 0.111 = 0.33522, 0.353 is stated");
    expect(slip.related).toEqual(['C4']);
    // Stated in the column-number row, and computed as NRR / 9 where the header writes 0,111: both read.
    rightThenSlip(
      (v: number) => skm('NRR Tertimbang', v, undefined, ['(1)', '(2)', '(3)', '(4) = (3) x 0,111']),
      0.335,
      0.353,
      ['D5 ratio.weighted'],
      'findings',
    );
    expect(findings(skm('NRR Tertimbang (NRR x 0,111)', 0.336, (v) => Math.round((v / 9) * 1000) / 1000))).toEqual([]);
  });

  it('reads "(x 25)", "/ 9" and a formula times a constant; a weighted column still adds up in its Jumlah', () => {
    const konversi = (v: number) =>
      grid([heads('No', 'Unsur', 'Nilai Rata-rata', 'Nilai Konversi (x 25)'), ...nrr.map((x, i) => [i + 1, `U${i + 1}`, x, i === 2 ? v : x * 25])]);
    rightThenSlip(konversi, 75.5, 76.5, ['D4 ratio.weighted']);
    const perNine = (v: number) => skm('Bobot per Unsur (NRR / 9)', v, (x) => Math.round((x / 9) * 100) / 100);
    rightThenSlip(perNine, 0.34, 0.43, ['D4 ratio.weighted']);
    const byFormula = (v: number) =>
      grid([heads('No', 'Unsur', 'NRR', 'Tertimbang'), ...nrr.map((x, i) => [i + 1, `U${i + 1}`, x, f(i === 2 ? v : x * 0.111, `C${i + 2}*0.111`)])]);
    expect(analyseSheet(byFormula(0.33522)).tables[0].columns[3].relation?.rel).toEqual({ kind: 'scaled', a: 2, k: 0.111 });
    const jumlah = (total: number) =>
      grid([
        heads('No', 'Unsur Pelayanan', 'NRR per Unsur', 'NRR Tertimbang (NRR x 0,111)'),
        ...nrr.map((v, i) => [i + 1, `U${i + 1}`, v, Math.round(v * 0.111 * 1000) / 1000]),
        [null, bold('Jumlah'), 16.46, total],
      ]);
    rightThenSlip(jumlah, 1.826, 2.5, ['D7 sum.total-row']);
  });

  it('takes no date, proportion or limit in a header for a factor', () => {
    const dated = grid([
      heads('No', 'Program', 'Target 2024/2025', 'Realisasi 2024/2025', 'Capaian (%)'),
      [1, 'A', 10, 9, 90],
      [2, 'B', 20, 18, 90],
      [3, 'C', 40, 30, 75],
      [4, 'D', 50, 50, 100],
    ]);
    expect(analyseSheet(dated).tables[0].columns.map((c) => c.relation?.rel.kind)).not.toContain('scaled');
    const limit = grid([heads('No', 'Indikator', 'Max 25', 'Nilai'), [1, 'A', 25, 20], [2, 'B', 25, 22], [3, 'C', 25, 18], [4, 'D', 25, 24]]);
    expect(analyseSheet(limit).tables[0].columns.map((c) => c.relation?.rel.kind)).not.toContain('scaled');
  });
});

test.each([['Tahun ke-'], ['Tahun']])('T-C.23 years numbered 1 … 5 under "%s" are years, not four quarters and their year', (tahun) => {
  const tc23 = (m5: number) =>
    grid(
      [
        heads('No', 'Indikator Kinerja', 'Satuan', `Target Renstra ${tahun}`, null, null, null, null, `Realisasi Capaian ${tahun}`, null, null, null, null),
        heads(null, null, null, '1', '2', '3', '4', '5', '1', '2', '3', '4', '5'),
        [1, 'Cakupan pertolongan persalinan oleh tenaga kesehatan', '%', 90, 92, 94, 95, 96, 91.5, 89.7, 95.2, 96.1, 97.4],
        [2, 'Jumlah puskesmas terakreditasi', 'unit', 8, 10, 14, 18, 22, 6, 11, 14, 20, m5],
        [3, 'Indeks Keluarga Sehat', 'indeks', 0.2, 0.25, 0.3, 0.35, 0.4, 0.18, 0.26, 0.31, 0.33, 0.41],
        [4, 'Prevalensi stunting', '%', 24, 22, 20, 18, 16, 25.4, 23.1, 19.6, 17.2, 16.8],
      ],
      { merges: ['D1:H1', 'I1:M1'] },
    );
  expect(findings(tc23(22))).toEqual([]);
  expect(analyseSheet(tc23(22)).tables[0].columns[12].parts).toBeUndefined();
});

describe('a number repeated on every row of a run numbers the section, not a list nested in the row above', () => {
  it('I | 1. | 1. | 1. under a Roman section are its siblings; their section adds them up', () => {
    const pendapatan = (c7: number) =>
      grid([
        ['Realisasi Pendapatan Daerah (dalam jutaan rupiah)'],
        heads('No', 'Uraian', 'Realisasi 2022', 'Realisasi 2023'),
        ['I', 'PENDAPATAN ASLI DAERAH', 660963, 702486],
        ['1.', 'Pajak Daerah', 485941, 518499],
        ['1.', 'Retribusi Daerah', 40500, 42039],
        ['1.', 'Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan', 31808, 34098],
        ['1.', 'Lain-lain Pendapatan Asli Daerah yang Sah', 102714, 107850],
        ['II', 'PENDAPATAN TRANSFER', 2132337, c7],
        ['2.', 'Pendapatan Transfer Pemerintah Pusat', 1890449, 1943382],
        ['2.', 'Pendapatan Transfer Antar Daerah', 241888, 252531],
        [null, 'JUMLAH PENDAPATAN DAERAH', 2793300, 2898399],
      ]);
    rightThenSlip(pendapatan, 2195913, 2195193, ['D8 sum.hierarchy']);
    expect(kinds(pendapatan(2195913))).toEqual(['3:0', '4:1^3', '5:1^3', '6:1^3', '7:1^3', '8:0', '9:1^8', '10:1^8', '11:-']);
  });

  it('lists nested one in another (1. ▸ 1. ▸ 1., 2.; 1. ▸ 1., 2. ▸ 2.) stay nested', () => {
    const nested = grid([
      heads('No', 'Urusan / Program / Kegiatan', 'Pagu (Rp)'),
      ['1.', 'Urusan Pendidikan', 300000000],
      ['1.', 'Program Pengelolaan Pendidikan', 300000000],
      ['1.', 'Pengelolaan Pendidikan Sekolah Dasar', 120000000],
      ['2.', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', 180000000],
    ]);
    expect(kinds(nested)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3']);
    expect(findings(nested)).toEqual([]);
    // "2. Kegiatan" then "2. Program": the first 2 goes on from its 1, the second is the next program.
    const programs = grid([
      heads('No', 'Program / Kegiatan', 'Pagu (Rp)'),
      ['1.', 'Program Penunjang Urusan Pemerintahan Daerah', 1878020000],
      ['1.', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 837920000],
      ['2.', 'Administrasi Keuangan Perangkat Daerah', 1040100000],
      ['2.', 'Program Pemenuhan Upaya Kesehatan Perorangan', 1597470000],
      ['1.', 'Penyediaan Fasilitas Pelayanan Kesehatan', 265350000],
      ['2.', 'Penyediaan Layanan Kesehatan Rujukan', 1332120000],
    ]);
    expect(kinds(programs)).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:1^5', '7:1^5']);
    expect(findings(programs)).toEqual([]);
  });
});

test('an average growth over a series with a year left out ("-") may spread over the figures given, as =(last/first)^(1/(COUNT-1))-1 does', () => {
  const tc24 = (r6: number) =>
    grid([
      heads('No', 'Program', 'Anggaran 2019', 'Anggaran 2020', 'Anggaran 2021', 'Anggaran 2022', 'Anggaran 2023', 'Rata-rata Pertumbuhan Anggaran (%)'),
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 18450000000, 19120000000, 20335000000, 21010000000, 22480000000, 5.06],
      [2, 'Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman', 620000000, 580000000, 640000000, 700000000, 720000000, 3.81],
      [3, 'Program Peningkatan Kapasitas SDM Kesehatan', 1250000000, 1400000000, 1380000000, 1520000000, 1610000000, 6.53],
      [4, 'Program Pemberdayaan Masyarakat Bidang Kesehatan', 340000000, 360000000, 410000000, '-', 450000000, r6],
    ]);
  // 7,26 over the four years 2019–2023, 9,79 over the three steps between the four figures given: both are read.
  expect(findings(tc24(7.26))).toEqual([]);
  rightThenSlip(tc24, 9.79, 8.79, ['H5 ratio.pertumbuhan']);
});

test('merged header cells unmerged and filled with their text read as the merged header did', () => {
  const body = [
    ['- Rasio Penduduk Yang Bekerja (%)', 94, 94.6, 97.38, 94.6, 103.6, 100],
    ['- Tingkat Partisipasi Angkatan Kerja (%)', 68, 68, 65.52, 68, 96.35, 100],
    ['- Angka sengketa Pengusaha-Pekerja (%)', 15, 15.12, 15, 15.12, 100, 100],
  ];
  const ind = 'Indikator Kinerja Sesuai Tugas dan Fungsi Perangkat Daerah';
  const merged = (g2: number) =>
    grid(
      [
        heads(ind, 'Target Renstra Tahun Ke-', null, 'Realisasi Capaian Tahun Ke-', null, 'Rasio Capaian Pada Tahun Ke-', null),
        heads(null, '2016', '2017', '2016', '2017', '2016', '2017'),
        heads('1', '2', '3', '4', '5', '6', '7'),
        ...body.map((r, i) => (i === 0 ? [...r.slice(0, 6), g2] : r)),
      ],
      { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1'] },
    );
  const filled = (g2: number) =>
    grid([
      heads(
        ind,
        'Target Renstra Tahun Ke-',
        'Target Renstra Tahun Ke-',
        'Realisasi Capaian Tahun Ke-',
        'Realisasi Capaian Tahun Ke-',
        'Rasio Capaian Pada Tahun Ke-',
        'Rasio Capaian Pada Tahun Ke-',
      ),
      heads(ind, '2016', '2017', '2016', '2017', '2016', '2017'),
      heads('1', '2', '3', '4', '5', '6', '7'),
      ...body.map((r, i) => (i === 0 ? [...r.slice(0, 6), g2] : r)),
    ]);
  expect(analyseSheet(filled(100)).tables.map((t) => [t.layout, t.headerRows])).toEqual(analyseSheet(merged(100)).tables.map((t) => [t.layout, t.headerRows]));
  rightThenSlip(filled, 100, 101, ['G4 ratio.capaian']);
  rightThenSlip(merged, 100, 101, ['G4 ratio.capaian']);
});

describe('labels wrapped over two rows by a PDF converter are one row (probe 39)', () => {
  it('the rest of a label on its own row, the figures on the first line, does not close the program', () => {
    const wrapFirst = (c2: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)'),
        ['I', 'Program Penunjang Urusan', c2],
        ['1.', 'Kegiatan Administrasi Keuangan', 100000000],
        [null, 'Perangkat Daerah', null],
        ['2.', 'Kegiatan Administrasi Umum', 200000000],
      ]);
    rightThenSlip(wrapFirst, 300000000, 310000000, ['C2 sum.hierarchy']);
    expect(kinds(wrapFirst(300000000))).toEqual(['2:0', '3:1^2', '4:-^3', '5:1^2']);
    // Wrapped over three lines, and with the rest of the satuan on the second line.
    const kinerja = grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Jumlah kasus perselisihan hubungan', 'Kasus/', 30, 27, 90],
      [null, 'industrial yang diselesaikan', 'Tahun', null, null, null],
      [2, 'Persentase koperasi aktif', '%', 60, 57, 95],
      [3, 'Jumlah usaha mikro yang', 'Unit', 120, 114, 95],
      [null, 'naik kelas melalui', null, null, null, null],
      [null, 'pendampingan', null, null, null, null],
    ]);
    expect(findings(kinerja)).toEqual([]);
    expect(analyseSheet(kinerja).tables[0].rows.map((x) => x.label)).toContain('Jumlah usaha mikro yang naik kelas melalui pendampingan');
    // The figures on the name's last line, which plainly goes on from the first: the indicator is the whole name.
    const tpt = grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Persentase koperasi aktif', '%', 60, 57, 95],
      [2, 'Tingkat Pengangguran Terbuka', null, null, null, null],
      [null, '(TPT) Kabupaten', '%', 5.5, 5, 110],
      [3, 'Jumlah usaha mikro naik kelas', 'Unit', 120, 114, 95],
    ]);
    expect(findings(tpt)).toEqual([]);
  });

  it('figures on the last line of a wrapped row (No and the first line above) belong to the numbered row', () => {
    const wrapLast = (c6: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)'),
        ['I', 'Program Pendidikan dan', null],
        [null, 'Latihan Perkoperasian', 100000000],
        ['1.', 'Kegiatan Pendidikan dan Latihan', null],
        [null, 'Perkoperasian bagi Koperasi', 100000000],
        ['II', 'Program Pemberdayaan Usaha Mikro', c6],
        ['1.', 'Kegiatan Pemberdayaan Usaha Mikro', null],
        [null, 'Melalui Pendataan, Kemitraan', 100000000],
        ['2.', 'Kegiatan Pengembangan Usaha Mikro', null],
        [null, 'dengan Orientasi Peningkatan Skala', 200000000],
      ]);
    rightThenSlip(wrapLast, 300000000, 350000000, ['C6 sum.hierarchy']);
    // Tabel 6.1: the kode and the first lines on one row, the rest, the satuan and the figures on the next.
    const rencana = (f2: number) =>
      grid([
        heads('Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
        ['2.17.02', 'Program Penunjang Urusan Pemerintahan Daerah', 'Persentase koperasi aktif', '%', 78.78, f2],
        ['2.17.02.2.01', 'Perencanaan, Penganggaran, dan Evaluasi', 'Persentase pelaksanaan kegiatan', null, null, null],
        [null, 'Kinerja Perangkat Daerah', 'tepat waktu', '%', 54.99, 100000000],
        ['2.17.02.2.01.0001', 'Koordinasi, Sinkronisasi', 'Jumlah dokumen', 'Dokumen', 52, 100000000],
        ['2.17.02.2.02', 'Administrasi Keuangan Perangkat Daerah', 'Persentase pelaksanaan kegiatan tepat waktu', '%', 43.09, 200000000],
        ['2.17.02.2.02.0001', 'Pelaksanaan Pelatihan', 'Jumlah dokumen', 'Dokumen', 7, 200000000],
      ]);
    rightThenSlip(rencana, 300000000, 400000000, ['F2 sum.hierarchy']);
    // Name and indicator both wrapped: over three lines with the figures on the last, or on the first with the rest below.
    const rencana3 = (f2: number) =>
      grid([
        heads('Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
        ['2.17.02', 'Program Penunjang Urusan Pemerintahan Daerah', 'Persentase koperasi aktif', '%', 70.07, f2],
        ['2.17.02.2.01', 'Perencanaan, Penganggaran, dan Evaluasi', 'Persentase pelaksanaan kegiatan', '%', 54.95, 741724000],
        [null, 'Kinerja Perangkat Daerah', 'tepat waktu', null, null, null],
        ['2.17.02.2.01.0001', 'Koordinasi, Sinkronisasi dan', 'Jumlah dokumen /', null, null, null],
        [null, 'Pelaksanaan Pemberdayaan Usaha', 'laporan / peserta', null, null, null],
        [null, 'Mikro', 'yang dihasilkan', 'Orang', 61, 370928000],
        ['2.17.02.2.01.0002', 'Penyediaan Bahan Logistik Kantor', 'Jumlah dokumen / laporan', 'Laporan', 54, 370796000],
        [null, 'dan Barang Cetakan', '/ peserta yang dihasilkan', null, null, null],
      ]);
    rightThenSlip(rencana3, 741724000, 714724000, ['F2 sum.hierarchy']);
    // Over three lines, the middle one unmarked; the last kegiatan right above the Jumlah.
    const threeLines = (c2: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)'),
        ['I', 'Program Penunjang Urusan', null],
        [null, 'Pemerintahan Daerah', c2],
        ['1.', 'Kegiatan Administrasi', null],
        [null, 'Umum Perangkat', null],
        [null, 'Daerah', 1500000000],
        ['2.', 'Kegiatan Pembinaan Lembaga', null],
        [null, 'Pelatihan Kerja Swasta', 1900000000],
        [null, 'Jumlah', 3400000000],
      ]);
    rightThenSlip(threeLines, 3400000000, 3500000000, ['C3 sum.hierarchy']);
    expect(kinds(threeLines(3400000000))).toEqual(['2:-^3', '3:0', '4:-^6', '5:-^6', '6:1^3', '7:-^8', '8:1^3', '9:-']);
  });

  it('wraps of both kinds in one table, a middle line read already as the rest of the line above', () => {
    const mixed = (c2: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)'),
        ['I', 'Program Pemberdayaan Usaha Menengah', c2],
        ['1.', 'Kegiatan Pemberdayaan Usaha Mikro', 792677000],
        [null, 'Melalui Pendataan, Kemitraan', null],
        ['2.', 'Kegiatan Pengembangan Usaha Mikro', 1913821000],
        ['II', 'Program Pendidikan', null],
        [null, 'dan Latihan', null],
        [null, 'Perkoperasian', 2088052000],
        ['1.', 'Kegiatan Pendidikan dan Latihan', 2088052000],
        ['III', 'Program Pengawasan', 3574244000],
        [null, 'dan Pemeriksaan', null],
        [null, 'Koperasi', null],
        ['1.', 'Kegiatan Pemeriksaan Koperasi', 2084974000],
        ['2.', 'Kegiatan Penilaian Kesehatan', null],
        [null, 'Koperasi Simpan Pinjam', 1489270000],
        [null, 'Jumlah', 8368794000],
      ]);
    rightThenSlip(mixed, 2706498000, 2706489000, ['C2 sum.hierarchy']);
  });

  it('a heading with several unnumbered indicators under it stays a heading', () => {
    const anggaran = grid([
      heads('No', 'Uraian', 'Anggaran (Rp)'),
      ['I', 'Program Peningkatan Pelayanan', null],
      [null, 'Kegiatan Penyediaan Jasa Surat', 100000000],
      [null, 'Kegiatan Penyediaan Jasa Komunikasi', 200000000],
      ['II', 'Program Peningkatan Disiplin', null],
      [null, 'Kegiatan Pengadaan Pakaian Dinas', 150000000],
      [null, 'Kegiatan Pengadaan Pakaian Khusus', 50000000],
      [null, 'Jumlah', 500000000],
    ]);
    expect(findings(anggaran)).toEqual([]);
    expect(kinds(anggaran).slice(0, 3)).toEqual(['2:0', '3:1^2', '4:1^2']);
  });
});

test("a printed page's running title between a page break and the repeated header is furniture: one table, its groups open across the break", () => {
  const aset = (c8: number) =>
    grid([
      heads('No', 'Jenis Aset', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'),
      ['1', 'Gedung Kantor', 5, 1, 0, 6],
      ['2', 'Kendaraan Roda Empat', 3, 1, 1, 5],
      [null, 'Halaman 12 dari 40', null, null, null, null],
      ['Rencana Strategis Dinas Koperasi 2025-2029'],
      heads('No', 'Jenis Aset', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'),
      ['3', 'Komputer', 20, 4, 2, 26],
      [null, 'Jumlah', c8, 6, 3, 37],
    ]);
  rightThenSlip(aset, 28, 29, ['C8 sum.total-row']);
  expect(analyseSheet(aset(28)).tables).toHaveLength(1);
  const anggaran = (c2: number) =>
    grid([
      heads('No', 'Uraian', 'Anggaran 2024 (Rp)'),
      ['I', 'Program Pengembangan UMKM', c2],
      ['1.', 'Kegiatan Pemberdayaan Usaha Menengah', 200000000],
      [],
      ['Rencana Strategis Dinas Koperasi 2025-2029'],
      heads('No', 'Uraian', 'Anggaran 2024 (Rp)'),
      ['2.', 'Kegiatan Pengembangan Usaha Mikro', 400000000],
      ['II', 'Program Pengawasan Koperasi', 100000000],
      ['1.', 'Kegiatan Pemeriksaan Koperasi', 100000000],
      [null, 'JUMLAH', 700000000],
    ]);
  rightThenSlip(anggaran, 600000000, 650000000, ['C2 sum.hierarchy']);
});

test('"1.020" typed as text in a column whose decimals are typed with a comma ("4,87", "47,00") is 1.020 people, not 1,02', () => {
  const iku = (f2: string) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'),
      ['1', 'Jumlah tenaga kerja', 'Orang', '1.020', '912', f2],
      ['2', 'Persentase koperasi sehat', '%', '4,87', '4,62', '94,87'],
      ['3', 'Persentase koperasi aktif', '%', '47,00', '47,57', '101,21'],
      ['4', 'Jumlah usaha mikro naik kelas', 'Unit', '30', '31', '103,33'],
    ]);
  // (Every cell is text: number.text says so once per column.)
  expect(errors(iku('89,41'))).toEqual([]);
  expect(brief(errors(iku('98,41')))).toEqual(['F2 ratio.capaian']);
});

test('a header word a PDF converter broke across two rows ("Realisa" over "si") is one word: the row is header, the column is read', () => {
  const iku = (f4: number) =>
    grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisa', 'Capaian (%)'),
      [null, null, null, null, 'si', null],
      ['1', 'Persentase koperasi aktif', '%', 60, 57, 95],
      ['2', 'Persentase UMKM terlatih', '%', 40, 38, f4],
      ['3', 'Jumlah usaha mikro naik kelas', 'Unit', 120, 114, 95],
    ]);
  rightThenSlip(iku, 95, 59, ['F4 ratio.capaian']);
  expect(analyseSheet(iku(95)).tables[0].columns[4].path).toEqual(['Realisasi']);
  // The group's text repeated over each of its columns, broken in the first and whole in the others.
  const repeated = grid([
    heads('No', 'Uraian', 'Anggaran 2024', 'Realis', 'Realisasi Anggaran', 'Rasio (%)'),
    heads(null, null, null, 'asi Anggaran', 'asi Anggaran', null),
    ['1', 'Program Penunjang', 1000000, 400000, 500000, 90],
  ]);
  expect(
    analyseSheet(repeated)
      .tables[0].columns.slice(3, 5)
      .map((c) => c.path.join(' / ')),
  ).toEqual(['Realisasi Anggaran', 'Realisasi Anggaran']);
  // A lower-case sub-header that makes no word with the text above ("Target" over "fisik") stays a sub-header of its own.
  expect(
    analyseSheet(
      grid([
        heads('No', 'Kegiatan', 'Target', 'Realisasi'),
        [null, null, 'fisik', 'fisik'],
        ['1', 'Pembangunan Gedung', 100, 95],
        ['2', 'Rehabilitasi Jalan', 100, 90],
      ]),
    ).tables[0].columns[2].path,
  ).toEqual(['Target', 'fisik']);
});

test('LKPJ realisasi with Murni | Perubahan | Bertambah/(Berkurang), header words broken over rows: Sisa is of the budget in force', () => {
  const lkpj = (g10: number) =>
    grid([
      heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Angga', 'Anggaran (Rp)', 'Realis', 'Sisa Angga', 'Realis'),
      [null, null, null, 'ran (Rp)', null, 'asi (Rp)', 'ran (Rp)', 'asi (%)'],
      [null, null, 'Murni', 'Peruba', 'Bertam', null, null, null],
      [null, null, null, 'han', 'bah/ (Berkurang)', null, null, null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['1', 'Program Pendidikan dan Latihan', 367670000, 312460000, -55210000, 265330033, g10, 84.92],
      ['2', 'Program Pengawasan Koperasi', 1088420000, 1012420000, -76000000, 902047423, 110372577, 89.1],
      [null, 'JUMLAH', 1456090000, 1324880000, -131210000, 1167377456, 157502544, 88.11],
    ]);
  rightThenSlip(lkpj, 47129967, 47192967, ['G6 sum.difference']);
  expect(
    analyseSheet(lkpj(47129967))
      .tables[0].columns.slice(2, 5)
      .map((c) => c.path.join(' / ')),
  ).toEqual(['Anggaran (Rp) / Murni', 'Anggaran (Rp) / Perubahan', 'Anggaran (Rp) / Bertambah/ (Berkurang)']);
});

test('money "dalam ribuan rupiah" shown with two decimals is exact to them: a slip of 0,25 thousand is found', () => {
  const d2 = (value: number): CellInput => ({ value, numFmt: '#,##0.00' });
  const rencana = (k5: number) =>
    grid(
      [
        ['Tabel 6.1 Rencana Program (dalam ribuan rupiah)'],
        heads(
          'Program/Kegiatan/Sub Kegiatan',
          'Indikator',
          'Satuan',
          'Tahun 2024',
          null,
          'Tahun 2025',
          null,
          'Tahun 2026',
          null,
          'Kondisi Akhir Periode Renstra',
          null,
        ),
        heads(null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
        ['Menumbuh kembangkan UMKM', 'Jumlah Unit Usaha UMKM', 'Unit', 60, d2(209214), 60, d2(202195.85), 60, d2(212781.5), 60, d2(k5)],
        ['Peningkatan Pemahaman UMKM', 'Jumlah SDM', 'Orang', 60, d2(209214), 60, d2(202195.85), 60, d2(212781.5), 60, d2(624191.35)],
        ['Penguatan SDM Transmigran', 'Jumlah KK', 'KK', 40, d2(200000), 40, d2(200000), 40, d2(215000), 40, d2(615000)],
      ],
      { merges: ['D2:E2', 'F2:G2', 'H2:I2', 'J2:K2'] },
    );
  rightThenSlip(rencana, 624191.35, 624191.6, ['K4 sum.period']);
  // Whole millions padded with ",0" by the format are still rounded to units: their sums may be one off.
  const d1 = (value: number): CellInput => ({ value, numFmt: '#,##0.0' });
  const apbd = grid([
    ['RINGKASAN PERUBAHAN APBD TAHUN ANGGARAN 2024 (dalam jutaan rupiah)'],
    heads('Kode Rekening', 'Uraian', 'Semula (Rp)', 'Menjadi (Rp)', 'Bertambah / (Berkurang) (Rp)'),
    ['4.3', 'LAIN-LAIN PENDAPATAN DAERAH YANG SAH', d1(10391), d1(5508), d1(-4883)],
    ['4.3.01', 'Pendapatan Hibah', d1(6312), d1(1428), d1(-4884)],
    ['4.3.02', 'Lain-lain Pendapatan Sesuai Ketentuan', d1(4080), d1(4080), d1(0)],
  ]);
  expect(errors(apbd)).toEqual([]);
});

test('unmerged group labels over a line of broken header words still head their years; the broken line repeated after a page break is header too', () => {
  const head = (): Lit[][] => [
    heads('No', 'Uraian', 'Anggaran pada Tahun Ke-', null, 'Realis', null, 'Rata-rata Pertumb', null),
    heads(null, null, null, null, 'asi Anggaran pada Tahun Ke-', null, 'uhan', null),
    heads(null, null, '2022', '2023', '2022', '2023', 'Angga', 'Realis'),
    heads(null, null, null, null, null, null, 'ran', 'asi'),
  ];
  const tc24 = (d5: number) =>
    grid([
      ...head(),
      ['I', 'Program Penunjang', 1000000000, d5, 900000000, 990000000, 10, 10],
      ['1.', 'Kegiatan Perencanaan', 400000000, 440000000, 360000000, 396000000, 10, 10],
      ['2.', 'Kegiatan Administrasi Keuangan', 600000000, 660000000, 540000000, 594000000, 10, 10],
      ['Halaman 2'],
      ...head(),
      ['II', 'Program Pelayanan Izin', 200000000, 220000000, 180000000, 198000000, 10, 10],
      ['1.', 'Kegiatan Penerbitan Izin', 200000000, 220000000, 180000000, 198000000, 10, 10],
      [null, 'Jumlah', 1200000000, 1320000000, 1080000000, 1188000000, 10, 10],
    ]);
  const a = analyseSheet(tc24(1100000000));
  expect(a.tables).toHaveLength(1);
  expect(a.tables[0].columns.slice(2, 8).map((c) => c.role)).toEqual(['anggaran', 'anggaran', 'realisasiRp', 'realisasiRp', 'pertumbuhan', 'pertumbuhan']);
  expect(findings(tc24(1100000000))).toEqual([]);
  expect(brief(errors(tc24(1110000000)))).toContain('D5 sum.hierarchy');
});

describe('a row whose figures sit one column off is named once (value.shifted)', () => {
  const aset = (row3: Lit[], extra: Lit[][] = []) =>
    grid([
      [bold('No'), bold('Jenis Aset'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), bold('Jumlah')],
      [1, 'Gedung Kantor', 5, 1, 0, 6],
      row3,
      [3, 'Komputer', 20, 4, 2, 26],
      [null, bold('Jumlah'), 28, 6, 3, 37],
      ...extra,
    ]);

  test('a row pasted one column right: one finding at its empty first figure, in place of the row total and the Jumlah it breaks', () => {
    expect(findings(aset([2, 'Kendaraan Roda Empat', 3, 1, 1, 5]))).toEqual([]);
    const found = findings(aset([2, 'Kendaraan Roda Empat', null, 3, 1, 1, 5]));
    expect(brief(found)).toEqual(['C3 value.shifted']);
    expect(found[0].related).toEqual(['G3', 'F3', 'C5', 'D5', 'F5']);
    expect(found[0].message.en).toContain('G3 (outside the table) holds 5');
  });

  test("the sheet's own findings on a moved row stay at their cells (a figure typed as text: number.text at D3)", () => {
    const found = analyseSheet(aset([2, 'Kendaraan Roda Empat', null, '3', 1, 1, 5])).findings;
    expect(found.filter((x) => x.rule === 'value.shifted').map((x) => x.cell)).toEqual(['C3']);
    expect(found.filter((x) => x.rule === 'number.text').map((x) => x.cell)).toEqual(['D3']);
  });

  test('the same row one column left (an empty satuan dropped: its first figure in the satuan column)', () => {
    const g = grid([
      [bold('No'), bold('Jenis Aset'), bold('Satuan'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), bold('Jumlah')],
      [1, 'Gedung Kantor', 'unit', 5, 1, 0, 6],
      [2, 'Kendaraan Roda Empat', 3, 1, 1, 5],
      [3, 'Komputer', 'unit', 20, 4, 2, 26],
      [null, bold('Jumlah'), null, 28, 6, 3, 37],
    ]);
    expect(brief(findings(g))).toEqual(['C3 value.shifted']);
    expect(findings(g)[0].message.en).toMatch(
      /^The figures of row 3 \('Kendaraan Roda Empat'\) sit one column to the left: C3 \(column "Satuan"\) holds 3 and G3 is empty/,
    );
  });

  test("nothing is filled into a moved row, in the fill closure's rounds either", () => {
    const g = grid([
      [bold('No'), bold('Jenis Aset'), bold('Satuan'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), bold('Jumlah')],
      [1, 'Gedung Kantor', 'unit', 5, 1, 0, 6],
      [2, 'Kendaraan Roda Empat', 3, 1, 1, 5],
      [3, 'Komputer', 'unit', 20, 4, 2, 26],
      [4, 'Meja', 'unit', 10, 0, 0, null],
      [null, bold('Jumlah'), null, 38, 6, 3, 47],
    ]);
    for (const closeFill of [false, true]) {
      const a = analyseSheet(g, undefined, [], 0, { closeFill });
      expect(brief(a.findings.filter((x) => x.rule === 'value.shifted'))).toEqual(['C3 value.shifted']);
      expect(a.fill.map((x) => x.cell)).toEqual(['G5']);
    }
  });

  test('a page a converter placed one column over, its repeated header included, is one finding', () => {
    const g = grid([
      [bold('No'), bold('Jenis Aset'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), bold('Jumlah')],
      [1, 'Gedung Kantor', 5, 1, 0, 6],
      [2, 'Kendaraan Roda Empat', 3, 1, 1, 5],
      ['No', 'Jenis Aset', null, 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'],
      [3, 'Komputer', null, 20, 4, 2, 26],
      [null, bold('Jumlah'), null, 28, 6, 3, 37],
    ]);
    const found = findings(g);
    expect(brief(found)).toEqual(['C5 value.shifted']);
    expect(found[0].message.en).toContain('The figures of rows 4–6 sit one column to the right');
  });

  // Tabel 3.5 of an LKjIP through a PDF converter: page 2 (its repeated header and column numbers included)
  // placed one column over, after the page's footer; with a running title on top, read as a table of its own.
  const converted = (runningTitle: Lit[][]) =>
    grid([
      ['Tabel 3.5 Realisasi Anggaran per Program'],
      [],
      [bold('No'), bold('Program / Kegiatan'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('Sisa Anggaran (Rp)'), bold('Realisasi (%)')],
      [1, 2, 3, 4, 5, 6],
      ['I', 'Program Pengawasan Koperasi', 1643140000, 1557982159, 85157841, 94.82],
      ['1.1', 'Kegiatan Pemeriksaan Koperasi', 1483930000, 1376018646, 107911354, 92.73],
      ['1.2', 'Kegiatan Penilaian Kesehatan KSP', 159210000, 181963513, -22753513, 114.29],
      ['II', 'Program Pelatihan Kerja', 1622110000, 1364690646, 257419354, 84.13],
      [null, 'Halaman 34 dari 127'],
      [],
      ...runningTitle,
      ['No', 'Program / Kegiatan', null, 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', 'Realisasi (%)'],
      [1, 2, null, 3, 4, 5, 6],
      ['2.1', 'Kegiatan Pelaksanaan Pelatihan', null, 1489180000, 1312763705, 176416295, 88.15],
      ['2.2', 'Kegiatan Pembinaan Lembaga Pelatihan', null, 132930000, 51926941, 81003059, 39.06],
      [null, 'JUMLAH', null, 3265250000, 2922672805, 342577195, 89.51],
    ]);

  test('a converted page one column over is one warning (the layout, not a slip), read as part of its table', () => {
    const a = analyseSheet(converted([]));
    expect(a.tables.map((t) => t.range)).toEqual(['A3:F15']);
    expect(a.findings.filter((x) => x.severity !== 'info').map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual(['C13 value.shifted warning']);
    expect(a.findings[0].message.en).toContain('The figures of rows 11–15 sit one column to the right: C13 is empty and G13 (outside the table) holds 88.15');
  });

  test('the same page read as a table of its own (a running title above it) is joined to the table above', () => {
    const a = analyseSheet(converted([['Laporan Kinerja Dinas Koperasi Tahun 2023']]));
    expect(a.tables.map((t) => t.range)).toEqual(['A3:F16']);
    expect(a.findings.filter((x) => x.severity !== 'info').map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual(['C14 value.shifted warning']);
    expect(a.findings[0].related).toEqual(['G14', 'D16', 'E16', 'F16']);
    // Nothing is planned into the moved rows; the cells of the joined reading are the sheet's own.
    expect(a.fill.filter((x) => Number(x.cell.replace(/^[A-Z]+/, '')) >= 12)).toEqual([]);
  });

  test('a Tabel 6.1 row moved whole (its unit kerja too) is one finding; a unit kerja beside an empty kondisi awal is no stray', () => {
    const rencana = (shift: boolean) =>
      grid([
        [
          bold('Kode'),
          bold('Program / Kegiatan'),
          bold('Satuan'),
          bold('Kondisi Awal'),
          bold('Target 2025'),
          bold('Rp 2025'),
          bold('Target 2026'),
          bold('Rp 2026'),
          bold('Kondisi Akhir Target'),
          bold('Kondisi Akhir Rp'),
          bold('Unit Kerja'),
        ],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', '%', 80, 82, 300000000, 84, 330000000, 84, 630000000, 'Dinas Kesehatan'],
        ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'unit', null, 4, 200000000, 5, 210000000, 9, 410000000, 'Bidang Yankes'],
        shift
          ? ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'orang', null, 1000, 1200, 100000000, 1300, 120000000, 1300, 220000000, 'Bidang Kesmas']
          : ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'orang', 1000, 1200, 100000000, 1300, 120000000, 1300, 220000000, 'Bidang Kesmas'],
      ]);
    rightThenSlip(rencana, false, true, ['D4 value.shifted']);
    expect(findings(rencana(true))[0].related).toEqual(['K4', 'F2', 'H2', 'J4']);
  });

  test('a cell of the reading with the rows moved back is named where it stands in the sheet', () => {
    const right: Shift = { table: 0, rows: [13, 14], dir: -1, from: 3, to: 6, hole: 2, stray: 6, shown: 13, page: true };
    expect(['C14', 'F15', 'G14', 'B14', 'C13'].map((c) => unshiftedCell(c, [right]))).toEqual(['D14', 'G15', 'G14', 'B14', 'C13']);
    const left: Shift = { table: 0, rows: [2], dir: 1, from: 2, to: 5, hole: 6, stray: 2, shown: 2, page: false };
    expect(['D3', 'G3', 'C3', 'D4'].map((c) => unshiftedCell(c, [left]))).toEqual(['C3', 'F3', 'C3', 'D4']);
  });

  test('a stray number that the shift does not explain leaves the findings as they are', () => {
    // Row 3 is one column right, but its Baik is wrong as well: read back, its row total still fails.
    const g = aset([2, 'Kendaraan Roda Empat', null, 4, 1, 1, 5]);
    expect(brief(findings(g)).filter((x) => x.includes('value.shifted'))).toEqual([]);
    expect(findings(g).length).toBeGreaterThan(0);
    // A helper column holding numbers on most rows is no place for a stray figure.
    const helper = grid([
      [bold('No'), bold('Jenis Aset'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), bold('Jumlah')],
      [1, 'Gedung Kantor', 5, 1, 0, 6, 1],
      [2, 'Kendaraan Roda Empat', null, 3, 1, 1, 5],
      [3, 'Komputer', 20, 4, 2, 26, 1],
      [4, 'Meja', 10, 0, 0, 10, 1],
      [null, bold('Jumlah'), 35, 5, 2, 42],
    ]);
    expect(brief(findings(helper)).filter((x) => x.includes('value.shifted'))).toEqual([]);
  });
});

describe('the vocabulary of other offices (probe 40)', () => {
  test('"D III", "S1 / D IV" are diploma levels of a pegawai table, not a letter over a numeral', () => {
    const pendidikan = (s2: number) =>
      grid([
        [bold('No'), bold('Tingkat Pendidikan'), bold('L'), bold('P'), bold('Jumlah')],
        [1, 'S2', s2, 8, s2 + 8],
        [2, 'S1 / D IV', 20, 38, 58],
        [3, 'D III', 2, 21, 23],
        [4, 'SMA / Sederajat', 34, 29, 63],
        ['Jumlah', null, 61, 96, 157],
      ]);
    expect(findings(pendidikan(5))).toEqual([]);
    // One more S2 graduate left out of the Jumlah row: its L cell (D III's included in its scope), and its Jumlah, worked
    // out from that L as the row's own L + P, follows from it.
    expect(withSeverity(findings(pendidikan(6)))).toEqual(['C6 sum.total-row error', 'E6 sum.total-row warning']);
  });

  test('"Real." and "Tgt" head the realisasi and target columns as the words do', () => {
    const anggaran = (h5: number) =>
      grid(
        [
          [bold('Uraian'), bold('Anggaran'), null, bold('Real. Anggaran'), null, bold('Rasio (%)'), null],
          [null, 2022, 2023, 2022, 2023, 2022, 2023],
          ['Belanja Tidak Langsung', 1000000, 1100000, 900000, 990000, 90, 90],
          ['Belanja Langsung', 500000, 550000, 400000, 440000, 80, 80],
          ['Jumlah', 1500000, 1650000, 1300000, 1430000, h5, 86.67],
        ],
        { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1'] },
      );
    expect(analyseSheet(anggaran(86.67)).tables[0].layout).toBe('anggaran');
    rightThenSlip(anggaran, 86.67, 170, ['F5 ratio.total']);
    const sisa = (f2: number) =>
      grid([
        [bold('No'), bold('Program / Kegiatan'), bold('Anggaran (Rp)'), bold('Real. (Rp)'), bold('Realisasi (%)'), bold('Sisa (Rp)')],
        ['I', 'Program Penyediaan Sarana Pertanian', 152000000, 120438000, 79.24, f2],
        ['II', 'Program Pengelolaan Perikanan Tangkap', 2973000000, 2150568000, 72.34, 822432000],
        [null, 'JUMLAH', 3125000000, 2271006000, 72.67, 853994000],
      ]);
    rightThenSlip(sisa, 31562000, 13562000, ['F2 sum.difference']);
    const tgt = (f4: number) =>
      grid([
        [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Tgt'), bold('Realisasi'), bold('Capaian (%)')],
        [1, 'Cakupan pelayanan kesehatan dasar', '%', 80, 76, 95],
        [2, 'Tingkat Pengangguran Terbuka', '%', 5.2, 4.9, 105.77],
        [3, 'Indeks Kepuasan Masyarakat', 'Indeks', 80, 82, f4],
        [4, 'Persentase penduduk miskin', '%', 9.41, 8.93, 105.38],
      ]);
    rightThenSlip(tgt, 102.5, 120.5, ['F4 ratio.capaian']);
  });

  test('"Kurang Baik" is a condition (Baik | Kurang Baik | Rusak Berat), not "less": the Total first adds the three', () => {
    const kondisi = (total: number) =>
      grid([
        [bold('No'), bold('Nama Barang'), bold('Total'), bold('Baik'), bold('Kurang Baik'), bold('Rusak Berat')],
        [1, 'Kursi Kerja', 70, 48, 22, 0],
        [2, 'Meja Kerja', 17, 17, 0, 0],
        [3, 'AC Split', total, 137, 0, 4],
        [4, 'LCD Proyektor', 90, 79, 11, 0],
        [5, 'Komputer / PC', 97, 73, 24, 0],
        [6, 'Filing Cabinet', 140, 117, 23, 0],
      ]);
    rightThenSlip(kondisi, 141, 142, ['C4 sum.row-total']);
  });

  test('a total spaced out letter by letter ("J U M L A H") is a Jumlah row: a slip in it is found at its cell', () => {
    const jabatan = (c6: number) =>
      grid([
        [bold('No'), bold('Jabatan'), bold('Sekretariat'), bold('Bidang I'), bold('JUMLAH'), bold('Ket.')],
        [1, 'Eselon II', 9, 11, 20, null],
        [2, 'Eselon III', 5, 16, 21, 'orang'],
        [3, 'Eselon IV', 20, 2, 22, null],
        [4, 'Fungsional Tertentu', 19, 12, 31, 'orang'],
        ['J U M L A H', null, c6, 41, 94, null],
      ]);
    rightThenSlip(jabatan, 53, 35, ['C6 sum.total-row']);
    expect(analyseSheet(jabatan(53)).tables[0].rows.map((r) => r.kind)).toEqual(['indicator', 'indicator', 'indicator', 'indicator', 'total']);
  });

  test('"19.857" among stored decimals is 19 857 where the table types its decimals with a comma ("27,65")', () => {
    const produksi = (h3: number) =>
      grid(
        [
          [bold('No'), bold('Indikator Kinerja Utama'), bold('Target Kinerja'), null, bold('Realisasi'), null, bold('Capaian (%)'), null],
          [null, null, 2024, 2025, 2024, 2025, 2024, 2025],
          [1, 'Produksi perikanan tangkap', '17.633', '19.857', 14719, 19520, 83, h3],
          [2, 'Rasio elektrifikasi', '27,65', 29.67, 16.94, '21,13', 61, 71],
          [3, 'Jumlah dokumen perencanaan yang tersusun tepat waktu', 54, 56, 52, 47, 96, 84],
          [4, 'Persentase pelanggaran Perda yang ditegakkan', 71, 73, 56, 60, 79, 82],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
      );
    const slips = (h3: number) => analyseSheet(produksi(h3)).findings.filter((x) => x.rule !== 'number.text');
    expect(slips(98)).toEqual([]);
    expect(slips(89).map((x) => `${x.cell} ${x.rule} ${x.expected}`)).toEqual(['H3 ratio.capaian 98.3']);
  });

  test('the shorthand is read only as shorthand: "Real" alone as a leaf, "Harga Real", "Nilai Riil" stay as they were', () => {
    expect(['Real. Anggaran', 'Real (Rp)', 'Tgt', 'Trgt. 2024', 'Harga Real', 'Nilai Riil', 'Realisasi'].map(spelledOut)).toEqual([
      'Realisasi Anggaran',
      'Realisasi (Rp)',
      'Target',
      'Target 2024',
      'Harga Real',
      'Nilai Riil',
      'Realisasi',
    ]);
  });
});
describe('a Perangkat Daerah between the bidang and its programs (probe 41)', () => {
  // A Renja / RKPD pagu table: the unit's row adds up its programs, the bidang's its units.
  const renja = (dinas: number) =>
    grid([
      [bold('Urusan/Bidang Urusan/Perangkat Daerah/Program/Kegiatan'), bold('Pagu 2025'), bold('Pagu 2026')],
      ['URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', 700, 900],
      ['URUSAN PEMERINTAHAN BIDANG KESEHATAN', 700, 900],
      ['DINAS KESEHATAN', dinas, 900],
      ['PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN', 300, 500],
      ['Penyediaan Fasilitas Pelayanan Kesehatan', 100, 200],
      ['Penyediaan Layanan Kesehatan Rujukan', 200, 300],
      ['PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN', 400, 400],
      ['Pengembangan Mutu SDM Kesehatan', 400, 400],
      [bold('JUMLAH'), 700, 900],
    ]);

  test('named by words: Urusan ▸ Urusan Pemerintahan Bidang ▸ Dinas ▸ Program ▸ kegiatan', () => {
    expect(kinds(renja(700))).toEqual(['2:0', '3:1^2', '4:2^3', '5:3^4', '6:4^5', '7:4^5', '8:3^4', '9:4^8', '10:-']);
    rightThenSlip(renja, 700, 710, ['B4 sum.hierarchy']);
  });

  test('a list of units with no programs under them (a rekap per OPD) stays flat', () => {
    const rekap = grid([
      [bold('Perangkat Daerah'), bold('Pagu (Rp)'), bold('Realisasi (Rp)')],
      ['Dinas Pendidikan', 500, 450],
      ['BPKAD', 300, 290],
      ['Dinas Kesehatan', 400, 380],
      ['Bappeda', 100, 95],
      [bold('JUMLAH'), 1300, 1215],
    ]);
    expect(findings(rekap)).toEqual([]);
    expect(kinds(rekap)).toEqual(['2:-', '3:-', '4:-', '5:-', '6:-']);
  });

  // SIPD prints the unit's code (the bidang it serves, then unit and sub unit); two units may run the same program.
  const sipd = (rsud: number) =>
    grid([
      [bold('Kode'), bold('Bidang Urusan/Perangkat Daerah/Program/Kegiatan'), bold('Pagu 2025'), bold('Pagu 2026')],
      ['1.02', 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', 800, 1000],
      ['1.02.0.00.0.00.01.0000', 'DINAS KESEHATAN', 300, 500],
      ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN', 300, 500],
      ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 100, 200],
      ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan Rujukan', 200, 300],
      ['1.02.0.00.0.00.02.0000', 'RSUD PROVINSI', rsud, 500],
      ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN', 500, 500],
      ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan Rujukan', 500, 500],
      [null, bold('JUMLAH'), 800, 1000],
    ]);

  test("SIPD's unit code ranks between bidang and program, and the same program under two units is two lines", () => {
    expect(kinds(sipd(500))).toEqual(['2:0', '3:1^2', '4:2^3', '5:3^4', '6:3^4', '7:1^2', '8:2^7', '9:3^8', '10:-']);
    rightThenSlip(sipd, 500, 550, ['C7 sum.hierarchy']);
  });

  test('the same codes written before the names', () => {
    const coded = (dinas: number) =>
      grid([
        [bold('Bidang Urusan, Perangkat Daerah, Program'), bold('Pagu 2025'), bold('Pagu 2026')],
        ['1.03 URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM', 700, 900],
        ['1.03.0.00.0.00.01.0000 DINAS SUMBER DAYA AIR', dinas, 400],
        ['1.03.10 PROGRAM PENYELENGGARAAN JALAN', 300, 400],
        ['1.03.10.1.01 Penyelenggaraan Jalan Provinsi', 300, 400],
        ['1.03.0.00.0.00.02.0000 DINAS PEKERJAAN UMUM', 400, 500],
        ['1.03.10 PROGRAM PENYELENGGARAAN JALAN', 400, 500],
        ['1.03.10.1.01 Penyelenggaraan Jalan Provinsi', 400, 500],
        [bold('JUMLAH'), 700, 900],
      ]);
    rightThenSlip(coded, 300, 310, ['B3 sum.hierarchy']);
  });

  test('unitBidang reads the bidang a unit serves, and nothing from another code', () => {
    expect(unitBidang('1.02.0.00.0.00.01.0000')).toEqual(['1.02']);
    expect(unitBidang('1.02.2.14.0.00.01.0000')).toEqual(['1.02', '2.14']);
    // SIPD's unit code without its sub unit is the unit too (probe 54: RKPD tables print it so).
    expect(unitBidang('1.02.0.00.0.00.01')).toEqual(['1.02']);
    expect(['1.02.02.2.01.0001', '1.02', '5.1.02.01.01.0001', '1.02.0.00.0.00'].map(unitBidang)).toEqual([null, null, null, null]);
  });
});

describe('Tabel 6.1 of other kabupaten (probe 57)', () => {
  it('"Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan" heads the names (T-C.27\'s one column), not a text beside the indicators', () => {
    const t61 = (program: number) =>
      grid(
        [
          heads('Kode', 'Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan', 'Indikator Kinerja', '2025', null),
          heads(null, null, null, 'Target', 'Pagu'),
          ['1.01.02', 'Program Pengelolaan Pendidikan', 'Nilai SAKIP Perangkat Daerah', 'BB', program],
          [null, null, 'Persentase sekolah terakreditasi', 82.6, null],
          ['1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Dasar', 'Jumlah sekolah dengan sarana memadai', 539, 5_000_000],
          [null, null, 'Jumlah ruang kelas baik', 94, null],
          ['1.01.02.2.01.0001', 'Pembangunan Ruang Kelas Baru', 'Jumlah ruang kelas yang dibangun', 27, 3_000_000],
          ['1.01.02.2.01.0002', 'Pengadaan Mebel Sekolah', 'Jumlah paket mebel', 40, 2_000_000],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
      );
    expect(analyseSheet(t61(5_000_000)).tables[0].rows[0].label).toBe('Program Pengelolaan Pendidikan');
    rightThenSlip(t61, 5_000_000, 5_500_000, ['E3 sum.hierarchy']);
  });
  it('"2025 ▸ Kinerja | Keuangan" and "Kondisi Kinerja pada Akhir Periode ▸ Kinerja | Keuangan" are target and Rp: the plan is checked as one', () => {
    const t61 = (program: number) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', '2025', null, '2026', null, 'Kondisi Kinerja pada Akhir Periode', null),
          heads(null, null, null, 'Kinerja', 'Keuangan', 'Kinerja', 'Keuangan', 'Kinerja', 'Keuangan'),
          ['2.17.03', 'Program Pengawasan dan Pemeriksaan Koperasi', 'Persentase koperasi sehat', 65.2, program, 67.7, 978, 67.7, 1848],
          ['2.17.03.2.01', 'Pemeriksaan dan Pengawasan Koperasi', 'Jumlah koperasi yang diperiksa', 30, 870, 32, 978, 62, 1848],
          ['2.17.03.2.01.0001', 'Pemeriksaan Koperasi', 'Jumlah koperasi yang diperiksa', 30, 620, 32, 700, 62, 1320],
          ['2.17.03.2.01.0002', 'Pengawasan Koperasi', 'Jumlah laporan pengawasan', 4, 250, 4, 278, 8, 528],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    expect(analyseSheet(t61(870)).tables[0].layout).toBe('rencana');
    rightThenSlip(t61, 870, 880, ['E3 sum.hierarchy']);
  });
  it('a Tujuan line right under the header, its first indicator graded ("BB", "A"), is the body\'s first row, not a third header row', () => {
    const t61 = (total: number) =>
      grid(
        [
          heads('Kode', 'Uraian', 'Indikator Kinerja', 'Satuan', '2025', null, 'Kondisi Akhir', null),
          heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp'),
          [null, 'Tujuan 1: Meningkatnya akuntabilitas kinerja', 'Nilai Akuntabilitas Kinerja', 'predikat', 'BB', null, 'A', null],
          [null, null, 'Usia Harapan Hidup', 'tahun', 57.4, null, 57.7, null],
          ['2.17.03', 'Program Pengawasan dan Pemeriksaan Koperasi', 'Persentase koperasi sehat', '%', 65.2, 870, 67.7, 870],
          ['2.17.05', 'Program Pendidikan dan Latihan Perkoperasian', 'Persentase koperasi aktif', '%', 70.5, 1628, 71.2, 1628],
          [null, 'TOTAL', null, null, null, total, null, 2498],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'] },
      );
    expect(analyseSheet(t61(2498)).tables[0].bodyTop).toBe(2);
    rightThenSlip(t61, 2498, 2598, ['F7 sum.total-row']);
  });
  it('kode typed with spaces for dots ("2 17 03 2 01") under a No numbering the programs: the codes make the tree, and are checked as codes', () => {
    const t61 = (total: number, sub = '2 17 03 2 01') =>
      grid(
        [
          heads('No', 'Kode', 'Uraian', '2021', null),
          heads(null, null, null, 'Target', 'Rp'),
          [null, '2', 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null, null],
          [null, '2 17', 'URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH', null, null],
          [1, '2 17 03', 'Program Pengawasan dan Pemeriksaan Koperasi', 76.2, 4380],
          [null, sub, 'Pemeriksaan dan Pengawasan Koperasi', 258, 4380],
          [2, '2 17 05', 'Program Pendidikan dan Latihan Perkoperasian', 0.56, 2114],
          [null, '2 17 05 2 01', 'Pendidikan dan Latihan Perkoperasian bagi Koperasi', 410, 2114],
          [null, null, 'TOTAL', null, total],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
      );
    rightThenSlip(t61, 6494, 6594, ['E9 sum.total-row']);
    expect(brief(findings(t61(6494, '2 17 04 2 01')))).toEqual(['B6 kode.parent']);
  });
  it('codes typed before the names ("2.17.03 Program …") place the rows where a No column counts only the programs (1, 2)', () => {
    const t61 = (total: number) =>
      grid(
        [
          heads('No', 'Kode / Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', '2025', null),
          heads(null, null, null, 'Target', 'Rp'),
          [null, '2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null, null, null],
          [null, '2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH', null, null, null],
          [1, '2.17.03 Program Pengawasan dan Pemeriksaan Koperasi', 'Persentase koperasi sehat', 65.2, 870],
          [null, '2.17.03.2.01 Pemeriksaan dan Pengawasan Koperasi', 'Jumlah koperasi yang diperiksa', 30, 870],
          [null, '2.17.03.2.01.0001 Pemeriksaan Koperasi', 'Jumlah koperasi yang diperiksa', 30, 620],
          [null, '2.17.03.2.01.0002 Penilaian Kesehatan KSP/USP Koperasi', 'Jumlah KSP yang dinilai', 12, 250],
          [2, '2.17.05 Program Pendidikan dan Latihan Perkoperasian', 'Persentase koperasi aktif', 70.5, 1628],
          [null, '2.17.05.2.01 Pendidikan dan Latihan Perkoperasian', 'Jumlah SDM koperasi terlatih', 100, 1628],
          [null, 'TOTAL', null, null, total],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
      );
    rightThenSlip(t61, 2498, 2598, ['E11 sum.total-row']);
  });
  it('a Tujuan merged down beside all its programs starts the body: its first row is no header row', () => {
    const tujuan = 'Meningkatnya kualitas pelayanan publik perangkat daerah';
    const t61 = (total: number) =>
      grid(
        [
          heads('Tujuan', 'Kode / Program / Kegiatan / Sub Kegiatan', '2021', null),
          heads(null, null, 'K', 'Rp (Rp 000)'),
          [tujuan, '2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null, null],
          [null, '2.17.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 72.7, 1878],
          [null, '2.17.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja', 433, 1878],
          [null, '2.17.01.2.01.0001 Penyusunan Dokumen Perencanaan', 3, 301],
          [null, '2.17.01.2.01.0002 Evaluasi Kinerja Perangkat Daerah', 78, 1577],
          [null, '2.17.03 Program Pengawasan dan Pemeriksaan Koperasi', 78.3, 2331],
          [null, '2.17.03.2.01 Pemeriksaan dan Pengawasan Koperasi', 203, 2331],
          [null, '2.17.03.2.01.0001 Pemeriksaan Koperasi', 60, 1689],
          [null, '2.17.03.2.01.0002 Penilaian Kesehatan KSP/USP Koperasi', 143, 642],
          [null, 'Total Pendanaan', null, total],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'A3:A11'] },
      );
    expect(analyseSheet(t61(4209)).tables[0].bodyTop).toBe(2);
    rightThenSlip(t61, 4209, 4309, ['D12 sum.total-row']);
  });
  it("the Rp typed again on each indicator line, one copy different: that copy is the slip, named at its cell (not a child, not the line's end Rp)", () => {
    const t61 = (copy: number, akhir = 1848) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', '2025', null, '2026', null, 'Kondisi Akhir', null),
          heads(null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
          ['2.17.03', 'Program Pengawasan Koperasi', 'Persentase koperasi sehat', 65, 870, 67, 978, 67, 1848],
          ['2.17.03.2.01', 'Pemeriksaan dan Pengawasan Koperasi', 'Jumlah koperasi yang diperiksa', 30, 870, 32, 978, 62, akhir],
          [null, null, 'Persentase koperasi yang ditindaklanjuti', 80, copy, 85, 978, 85, akhir],
          ['2.17.03.2.01.0001', 'Pemeriksaan Koperasi', 'Jumlah koperasi yang diperiksa', 30, 620, 32, 700, 62, 1320],
          ['2.17.03.2.01.0002', 'Penilaian Kesehatan KSP/USP Koperasi', 'Jumlah KSP yang dinilai', 12, 250, 14, 278, 26, 528],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    rightThenSlip(t61, 870, 920, ['E5 sum.period']);
    // A slip the line copies with the rest: said once, at the kegiatan.
    expect(brief(errors(t61(870, 1948)))).toEqual(['I4 sum.period']);
  });
  it('"Kode / Program / Kegiatan / Sub Kegiatan" holding Tujuan and Sasaran lines beside codes typed before names is the names\' column', () => {
    const t61 = (total: number) =>
      grid(
        [
          heads('No', 'Kode / Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Satuan', 'Tahun ke-1 (2024)', null),
          heads(null, null, null, null, 'Target', 'Rp (Rp Juta)'),
          [null, 'T1. Meningkatnya kesempatan kerja dan daya saing tenaga kerja', 'Nilai Akuntabilitas Kinerja', 'predikat', 'BB', null],
          [null, 'T1. Meningkatnya kesempatan kerja dan daya saing tenaga kerja', 'Indeks Pembangunan Manusia', 'indeks', 82.1, null],
          [null, 'Sasaran: Meningkatnya akuntabilitas kinerja perangkat daerah', 'Rasio pencari kerja terhadap lowongan', 'rasio', 0.68, null],
          [null, '2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null, null, null, null],
          [null, '2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH', null, null, null, null],
          [1, '2.17.05 Program Pendidikan dan Latihan Perkoperasian', 'Persentase koperasi aktif', '%', 73.1, 1081.24],
          [null, '2.17.05.2.01 Pendidikan dan Latihan Perkoperasian bagi Koperasi', 'Jumlah peserta pelatihan', 'orang', 120, 1081.24],
          [2, '2.17.07 Program Pemberdayaan Usaha Mikro', 'Persentase usaha mikro naik kelas', '%', 77.7, 424.69],
          [null, '2.17.07.2.01 Pemberdayaan Usaha Mikro melalui Pendataan dan Kemitraan', 'Jumlah usaha mikro dibina', 'unit', 400, 424.69],
          [null, bold('Jumlah Pendanaan'), null, null, null, total],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
      );
    rightThenSlip(t61, 1505.93, 1605.93, ['F12 sum.total-row']);
  });
  it('a program named with its code typed again on each indicator row, the No only on the first: one program', () => {
    const prog = '2.07.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';
    const keg = '2.07.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja';
    const sub = '2.07.01.2.01.0001 Penyusunan Dokumen Perencanaan';
    const t61 = (total: number) =>
      grid(
        [
          heads('No', 'Kode / Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', 'Satuan', 'Th. 2025', null, 'Th. 2026', null, 'Akhir', null),
          heads(null, null, null, null, 'Target', 'Rp (000)', 'Target', 'Rp (000)', 'Target', 'Rp (000)'),
          [null, '2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null, null, null, null, null, null, null, null],
          [null, '2.07 URUSAN PEMERINTAHAN BIDANG TENAGA KERJA', null, null, null, null, null, null, null, null],
          [1, prog, 'Nilai SAKIP Perangkat Daerah', 'predikat', 'BB', 5043, 'BB', 4601, 'A', 9644],
          [null, prog, 'Persentase koperasi sehat', '%', 84.5, 5043, 87.5, 4601, 87.5, 9644],
          [null, prog, 'Rasio tenaga kesehatan', 'rasio', 0.59, 5043, 0.64, 4601, 0.64, 9644],
          [null, keg, 'Jumlah dokumen perencanaan', 'dokumen', 3, 5043, 3, 4601, 6, 9644],
          [null, keg, 'Jumlah laporan evaluasi', 'laporan', 4, 5043, 4, 4601, 8, 9644],
          [null, sub, 'Jumlah dokumen', 'dokumen', 3, 5043, 3, 4601, 6, 9644],
          [2, '2.07.03 Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 'Persentase pencari kerja ditempatkan', '%', 60, 2653, 61, 2802, 61, 5455],
          [null, '2.07.03 Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 'Produktivitas tenaga kerja', 'indeks', 66, 2653, 67, 2802, 67, 5455],
          [null, '2.07.03.2.01 Pelaksanaan Pelatihan Berbasis Kompetensi', 'Jumlah peserta pelatihan', 'orang', 120, 2653, 130, 2802, 250, 5455],
          [null, '2.07.03.2.01.0001 Pelatihan Keterampilan', 'Jumlah peserta', 'orang', 120, 2653, 130, 2802, 250, 5455],
          [null, bold('JUMLAH'), null, null, null, total, null, 7403, null, 15099],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1'] },
      );
    rightThenSlip(t61, 7696, 7796, ['F15 sum.total-row']);
  });
});

test('"Jumlah Pendanaan" typed plain under a plan\'s rows, money only and no indicator of its own, is the funding\'s total', () => {
  const t61 = (total: number) =>
    grid(
      [
        heads('Kode', 'Program/Kegiatan', 'Indikator', 'Satuan', '2025', null),
        heads(null, null, null, null, 'Target', 'Rp'),
        ['2.17.05', 'Program Pendidikan dan Latihan Perkoperasian', 'Persentase koperasi aktif', '%', 73.1, 1081],
        ['2.17.05.2.01', 'Pendidikan dan Latihan Perkoperasian', 'Jumlah peserta pelatihan', 'orang', 120, 1081],
        ['2.17.07', 'Program Pemberdayaan Usaha Mikro', 'Persentase usaha mikro naik kelas', '%', 77.7, 424],
        ['2.17.07.2.01', 'Pemberdayaan Usaha Mikro', 'Jumlah usaha mikro dibina', 'unit', 400, 424],
        [null, 'Jumlah Pendanaan', null, null, null, total],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
    );
  rightThenSlip(t61, 1505, 1605, ['F7 sum.total-row']);
});

test('"Angka Kematian Bayi (per 1.000 KH) ▸ L | P | Total": the Total is the rate of both, never summed by the Jumlah row (probe 61)', () => {
  const akb = (total: number) =>
    grid(
      [
        heads('No', 'Puskesmas', 'Lahir Hidup', null, null, 'Kematian Bayi', null, null, 'Angka Kematian Bayi (per 1.000 KH)', null, null),
        heads(null, null, 'L', 'P', 'Total', 'L', 'P', 'Total', 'L', 'P', 'Total'),
        [1, 'Nita', 587, 367, 954, 6, 4, 10, 10.22, 10.9, 10.48],
        [2, 'Kewapante', 506, 403, 909, 5, 4, 9, 9.88, 9.93, 9.9],
        [3, 'Paga', 718, 299, 1017, 9, 5, 14, 12.53, 16.72, 13.77],
        [null, bold('Jumlah Kabupaten'), 1811, 1069, 2880, 20, 13, 33, 11.04, 12.16, total],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:K1'] },
    );
  rightThenSlip(akb, 11.46, 34.15, ['K6 ratio.total']);
});

test('"Penderita DBD" typed over the first of "L | P | L+P" without a merge is their group: the CFR divides by L+P (probe 61)', () => {
  const dbd = (cfr: number) =>
    grid([
      [bold('No'), bold('Unit Kerja'), bold('Jumlah Penduduk'), bold('Penderita DBD'), null, null, bold('Meninggal'), bold('Case Fatality Rate (%)')],
      [null, null, null, bold('L'), bold('P'), bold('L+P'), null, null],
      [1, 'Alok', 54182, 15, 2, 17, 0, 0],
      [2, 'Nita', 20093, 4, 19, 23, 1, 4.35],
      [3, 'Kewapante', 17615, 21, 14, 35, 0, 0],
      [4, 'Paga', 35924, 15, 25, 40, 1, 2.5],
      [null, bold('Jumlah'), 127814, 55, 60, 115, 2, cfr],
    ]);
  rightThenSlip(dbd, 1.74, 3.64, ['H7 ratio.total']);
});

test('"Puskesmas | Jumlah Penduduk | Perawat ▸ Jumlah | Rasio per 100.000 Penduduk" without a No column: both header rows, each rasio checked (probe 61)', () => {
  const nakes = (rasio: number) =>
    grid(
      [
        heads('Puskesmas', 'Jumlah Penduduk', 'Perawat', null, 'Dokter', null),
        heads(null, null, 'Jumlah', 'Rasio per 100.000 Penduduk', 'Jumlah', 'Rasio per 100.000 Penduduk'),
        ['Alok', 6719, 34, 506.03, 3, 44.65],
        ['Nita', 43706, 45, rasio, 2, 4.58],
        ['Kewapante', 25663, 34, 132.49, 3, 11.69],
        ['Paga', 50046, 6, 11.99, 6, 11.99],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'] },
    );
  expect(analyseSheet(nakes(102.96)).tables[0].headerRows).toBe(2);
  rightThenSlip(nakes, 102.96, 112.96, ['D4 ratio.capaian']);
});

test('"Siswa ▸ L | P | L+P": the L+P sub-column is the row total of L and P, so a typo in P is found at its cell (probe 61)', () => {
  const siswa = (f4: number, lp: string) =>
    grid(
      [
        heads('No', 'Kecamatan', 'Siswa', null, null),
        heads(null, null, 'L', 'P', lp),
        [1, 'Alok', 412, 398, 810],
        [2, 'Nita', 377, 351, 728],
        [3, 'Kewapante', 400, f4, 768],
        [4, 'Paga', 289, 301, 590],
        [null, bold('Jumlah'), 1478, 1418, 2896],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1'] },
    );
  for (const lp of ['L+P', 'L + P', 'Laki-laki + Perempuan']) {
    expect(findings(siswa(368, lp))).toEqual([]);
    expect(brief(errors(siswa(378, lp)))).toEqual(['D5 value.crossing']);
  }
});

test('a region\'s total typed in the No column and merged over the names ("Kabupaten Sikka" across No and Kecamatan) is the total row (probe 61)', () => {
  const siswa = (f5: number) =>
    grid(
      [
        heads('No', 'Nama Kecamatan', 'Siswa', null, null),
        heads(null, null, 'L', 'P', 'Jumlah'),
        ['1.', 'Alok', 412, 398, 810],
        ['2.', 'Nita', 377, 351, 728],
        ['3.', 'Kewapante', 400, f5, 768],
        ['4.', 'Paga', 289, 301, 590],
        [bold('Kabupaten Sikka'), null, bold(1478), bold(1418), bold(2896)],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'A7:B7'] },
    );
  expect(analyseSheet(siswa(368)).tables[0].rows.find((r) => r.row === 6)?.kind).toBe('total');
  rightThenSlip(siswa, 368, 378, ['D5 value.crossing']);
});

test('"Satuan Pendidikan" over counts is the number of schools, not a unit: "Rasio Murid per Sekolah" divides by it (probe 61)', () => {
  const sekolah = (g5: number) =>
    grid([
      heads('No', 'Kecamatan', 'Satuan Pendidikan', 'Guru', 'Murid', 'Rasio Murid/Guru', 'Rasio Murid per Sekolah'),
      [1, 'Alok', 2, 21, 307, 14.62, 153.5],
      [2, 'Nita', 3, 30, 451, 15.03, 150.33],
      [3, 'Kewapante', 4, 33, 520, 15.76, g5],
      [4, 'Paga', 2, 18, 262, 14.56, 131],
      [5, 'Lela', 3, 25, 398, 15.92, 132.67],
    ]);
  rightThenSlip(sekolah, 130, 150, ['G4 ratio.capaian']);
});

test('a rate per 100.000 over "Penduduk (000)" is read at a thousandth of its scale (probe 61)', () => {
  const nakes = (e6: number) =>
    grid(
      [
        heads('No', 'Kecamatan', 'Penduduk (000)', 'Bidan', null),
        heads(null, null, null, 'Jumlah', 'Rasio thd 100.000 Penduduk'),
        [1, 'Alok', 25.31, 21, 82.97],
        [2, 'Nita', 27.53, 24, e6],
        [3, 'Kewapante', 32.93, 14, 42.51],
        [4, 'Paga', 41.2, 30, 72.82],
        [5, 'Lela', 18.87, 9, 47.69],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );
  rightThenSlip(nakes, 87.18, 97.18, ['E4 ratio.capaian']);
});

test('"Capaian Provinsi 2023", "Capaian Nasional 2023" beside the region\'s figures are published references, not computed columns (probe 63)', () => {
  const iku = (h4: number) =>
    grid(
      [
        heads(
          'No',
          'Indikator',
          'Satuan',
          'Realisasi',
          null,
          null,
          'Target Akhir RPJMD (2026)',
          'Capaian s.d. 2023 terhadap Target Akhir (%)',
          'Capaian Provinsi 2023',
          'Capaian Nasional 2023',
        ),
        heads(null, null, null, 2021, 2022, 2023, null, null, null, null),
        [1, 'Indeks Pembangunan Manusia', 'Indeks', 68.12, 68.55, 69.02, 71.5, 96.53, 70.11, 74.39],
        [2, 'Angka Harapan Hidup', 'Tahun', 66.81, 66.94, 67.2, 68.5, h4, 68.4, 72.13],
        [3, 'Rata-rata Lama Sekolah', 'Tahun', 7.41, 7.52, 7.66, 8.3, 92.29, 8.03, 8.77],
        [4, 'Angka Partisipasi Murni SD', '%', 93.14, 93.6, 94.2, 97, 97.11, 95.92, 97.8],
        [5, 'Persentase Desa Berstatus Mandiri', '%', 8.5, 10.2, 12.4, 20, 62, 14.7, 11.3],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2'] },
    );
  rightThenSlip(iku, 98.1, 89.1, ['H4 ratio.capaian']);
});

describe('target frames named by place in the plan, or without a Kondisi Awal (probe 62)', () => {
  const frame = (years: string[], j4: number, awal = true) =>
    grid([
      heads('No', 'Indikator', 'Satuan', ...(awal ? ['Kondisi Awal (2024)'] : []), ...years, 'Kondisi Akhir'),
      [1, 'Persentase guru berkualifikasi S1/D4', '%', ...(awal ? [93.63] : []), 93.85, 94.4, 95.06, 95.7, 95.99, j4],
      [2, 'Persentase sekolah terakreditasi minimal B', '%', ...(awal ? [74.72] : []), 76.3, 77.7, 78.78, 80.14, 82.01, 82.01],
      [3, 'Harapan Lama Sekolah', 'tahun', ...(awal ? [13.41] : []), 13.48, 13.54, 13.66, 13.72, 13.81, 13.81],
      [4, 'Angka Putus Sekolah SD', '%', ...(awal ? [0.42] : []), 0.39, 0.37, 0.34, 0.31, 0.29, 0.29],
    ]);
  it('"Th-1 … Th-5" and "Tahun ke-1 … ke-5" between Kondisi Awal and Kondisi Akhir are the targets', () => {
    for (const years of [
      ['Th-1', 'Th-2', 'Th-3', 'Th-4', 'Th-5'],
      ['Tahun ke-1', 'Tahun ke-2', 'Tahun ke-3', 'Tahun ke-4', 'Tahun ke-5'],
    ]) {
      expect(analyseSheet(frame(years, 95.99)).tables[0].layout).toBe('target');
      rightThenSlip((v: number) => frame(years, v), 95.99, 97.49, ['J2 sum.period'], 'findings');
    }
  });
  it('a one-row header naming the years "Th-1 … Th-5" is a header, over sasaran heading rows as over indicators', () => {
    const t81 = (k4: number) =>
      grid([
        heads(
          'No',
          'Indikator',
          'Cara Perhitungan',
          'Satuan',
          'Baseline (2024)',
          'Th-1',
          'Th-2',
          'Th-3',
          'Th-4',
          'Th-5',
          'Target Akhir Renstra',
          'Penanggung Jawab',
        ),
        ['A.', 'Sasaran 1: Terwujudnya sarana dan prasarana yang memadai'],
        [1, 'Angka Partisipasi Murni SD/MI', '(Realisasi / Sasaran) x 100%', '%', 97.12, 97.52, 97.79, 98.11, 98.79, 99.08, 99.08, 'Kabid'],
        [
          2,
          'Persentase sekolah terakreditasi minimal B',
          'Sekolah terakreditasi / sekolah x 100%',
          '%',
          74.79,
          75.37,
          77.3,
          78.5,
          79.08,
          81.48,
          k4,
          'Sekretaris',
        ],
        ['B.', 'Sasaran 2: Meningkatnya partisipasi masyarakat'],
        [3, 'Angka Partisipasi Kasar SMP/MTs', '(Realisasi / Sasaran) x 100%', '%', 91.4, 92.11, 92.62, 92.82, 93.27, 93.78, 93.78, 'Kabid'],
        [4, 'Rata-rata Lama Sekolah', 'Rata-rata tahun sekolah penduduk usia 25+', 'tahun', 7.85, 7.92, 8.01, 8.1, 8.18, 8.25, 8.25, 'Kabid'],
        [5, 'Harapan Lama Sekolah', 'Perkiraan lama sekolah anak usia 7 tahun', 'tahun', 12.9, 12.95, 13.01, 13.08, 13.14, 13.2, 13.2, 'Kabid'],
      ]);
    expect(analyseSheet(t81(81.48)).tables.map((t) => t.layout)).toEqual(['target']);
    rightThenSlip(t81, 81.48, 80.08, ['K4 sum.period'], 'findings');
  });
  it('"Kondisi Awal | 1 (2025) … 5 (2029) | Penanggung Jawab" with no Kondisi Akhir: the years after the start are targets', () => {
    // Fractions shown in % (0,1331 as 13,31 %).
    const pct = (...xs: number[]) => xs.map((x) => f(x, '', '0.00%'));
    const cascading = grid([
      heads(
        'No',
        'Level',
        'Uraian',
        'Indikator',
        'Satuan',
        'Kondisi Kinerja Awal (2024)',
        '1 (2025)',
        '2 (2026)',
        '3 (2027)',
        '4 (2028)',
        '5 (2029)',
        'Penanggung Jawab',
      ),
      [1, 'Tujuan', 'Menurunnya angka kemiskinan', 'Jumlah KPM PKH yang graduasi mandiri', 'KK', 354, 305, 446, 317, 374, 344, 'Kabid'],
      [2, 'Sasaran', 'Meningkatnya kualitas data', 'Persentase penduduk miskin', '%', ...pct(0.1331, 0.1279, 0.1175, 0.1139, 0.1056, 0.1014), 'Kasubag'],
      [3, 'Program', 'Program Perlindungan Sosial', 'Persentase PPKS yang tertangani', '%', ...pct(0.708, 0.7204, 0.7451, 0.7624, 0.7779, 0.8006), 'Kabid'],
      [4, 'Kegiatan', 'Administrasi Keuangan', 'Nilai SAKIP Perangkat Daerah', 'Predikat', 'CC', 'CC', 'CC', 'B', 'BB', 'BB', 'Kasubag'],
    ]);
    expect(analyseSheet(cascading).tables[0].columns[6].role).toBe('target');
    expect(findings(cascading)).toEqual([]);
  });
  it('the 1 2 3 … row under a header repeated further down is part of that header, no indicator', () => {
    const head = (akhir: string) => heads('No', 'Indikator', 'Satuan', 'Kondisi Awal (2024)', '2025', '2026', '2027', '2028', '2029', akhir);
    const body: Lit[][] = [
      [1, 'Persentase koperasi aktif', '%', 55.61, 57.33, 59.65, 61.79, 63.54, 64.17, 64.17],
      [2, 'Jumlah koperasi aktif', 'unit', 398, 410, 419, 441, 451, 477, 477],
      [3, 'Jumlah UMKM yang difasilitasi', 'UMKM', 120, 116, 130, 108, 92, 115, 561],
      [4, 'Persentase koperasi sehat', '%', 31.86, 34.36, 35.59, 36.25, 38.73, 39.96, 39.96],
    ];
    const twice = grid([
      ['Tabel 4.1 Tujuan dan Sasaran'],
      [],
      head('Target Akhir Renstra'),
      ...body,
      [],
      ['Tabel 4.1 Tujuan dan Sasaran'],
      [],
      head('Kondisi Akhir'),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ...body,
    ]);
    expect(analyseSheet(twice).tables[0].rows.find((r) => r.row === 11)?.kind).toBe('headerRepeat');
    expect(findings(twice)).toEqual([]);
  });
  it('"2025 … 2029 | Kondisi Akhir" with no Kondisi Awal (a cascading table) is a target frame too', () => {
    const years = ['2025', '2026', '2027', '2028', '2029'];
    expect(analyseSheet(frame(years, 95.99, false)).tables[0].layout).toBe('target');
    rightThenSlip((v: number) => frame(years, v, false), 95.99, 97.49, ['I2 sum.period'], 'findings');
  });
});

describe('Bab III tables: a figure beside problems is typed, not computed (probe 62)', () => {
  it('"Tahun Data" holding years is an attribute of the row, so "Capaian (%)" has nothing it could come from', () => {
    const masalah = grid([
      heads('No', 'Masalah Pokok', 'Masalah', 'Akar Masalah', 'Tahun Data', 'Capaian (%)'),
      [1, 'Masih tingginya angka stunting', 'Rendahnya cakupan layanan', '1. Keterbatasan anggaran', 2023, 78.45],
      [2, 'Belum optimalnya kualitas perencanaan', 'Belum terintegrasinya sistem', '1. Lemahnya koordinasi', 2023, 64.2],
      [3, 'Kurangnya sarana dan prasarana', 'Terbatasnya tenaga teknis', '1. Keterbatasan anggaran', 2024, 55.1],
      [4, 'Rendahnya partisipasi masyarakat', 'Rendahnya cakupan layanan', '1. Lemahnya koordinasi', 2022, 81.33],
    ]);
    expect(analyseSheet(masalah).tables[0].columns[4].role).toBe('text');
    expect(findings(masalah)).toEqual([]);
  });
  it('"Capaian 2024" before "Target 2024" with no realisasi anywhere is what was reached, not a ratio', () => {
    const faktor = grid([
      heads('No', 'Misi dan Program KDH', 'Capaian 2024', 'Target 2024', 'Permasalahan Pelayanan', 'Faktor Penghambat', 'Faktor Pendorong'),
      [1, 'Misi 1: Menurunnya angka kemiskinan', 71.25, 75.5, 'Keterbatasan anggaran', 'Lemahnya koordinasi', 'Dukungan regulasi'],
      [2, 'Misi 2: Meningkatnya pelayanan publik', 84.1, 82, 'Belum terintegrasinya sistem', 'Keterbatasan anggaran', 'Komitmen pimpinan'],
      [3, 'Misi 3: Meningkatnya akuntabilitas', 77.8, 80.25, 'Kurangnya sarana', 'Terbatasnya tenaga teknis', 'Dana Desa'],
      [4, 'Misi 4: Meningkatnya derajat kesehatan', 90.15, 92, 'Rendahnya partisipasi', 'Keterbatasan anggaran', 'Kemitraan'],
    ]);
    expect(analyseSheet(faktor).tables[0].columns[2].role).toBe('realisasi');
    expect(findings(faktor)).toEqual([]);
  });
});

test('"Tabel 4.2 …" between two like headers is the next table\'s title, not this one\'s repeated on a new page; its column-number row is header (probe 62)', () => {
  const head = (akhir: string) => heads('No', 'Indikator', 'Satuan', 'Kondisi Awal (2024)', '2025', '2026', '2027', '2028', '2029', akhir);
  const body = (j: number): Lit[][] => [
    [1, 'Persentase koperasi aktif', '%', 55.61, 57.33, 59.65, 61.79, 63.54, 64.17, 64.17],
    [2, 'Jumlah koperasi aktif', 'unit', 398, 410, 419, 441, 451, 477, 477],
    [3, 'Jumlah UMKM yang difasilitasi sertifikasi halal', 'UMKM', 120, 116, 130, 108, 92, 115, j],
    [4, 'Persentase koperasi sehat', '%', 31.86, 34.36, 35.59, 36.25, 38.73, 39.96, 39.96],
  ];
  const sheet = (j: number) =>
    grid([
      ['Tabel 4.1 Tujuan dan Sasaran Jangka Menengah Pelayanan Dinas Koperasi'],
      [],
      head('Target Akhir Renstra'),
      ...body(115),
      [],
      [],
      ['Tabel 4.2 Tujuan dan Sasaran Jangka Menengah Pelayanan Dinas Koperasi'],
      [],
      head('Kondisi Akhir'),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ...body(j),
    ]);
  expect(analyseSheet(sheet(115)).tables.map((t) => t.range)).toEqual(['A3:J7', 'A12:J17']);
  rightThenSlip(sheet, 115, 140, ['J16 sum.period'], 'findings');
});

test('a year of targets holding a mistyped "60,2,6" among grades and thresholds, its header repeated at a page break, is still a column of targets (probe 62)', () => {
  const t41 = (h2: Lit) =>
    grid([
      heads('No', 'Indikator', 'Satuan', 'Baseline (2025)', 'Tahun 2026', 'Tahun 2027', 'Tahun 2028', 'Tahun 2029', 'Tahun 2030', 'Kondisi Akhir'),
      [1, 'Persentase koperasi aktif', '%', 53.55, 55.42, 56.28, 58.75, h2, 62.52, 62.52],
      [2, 'Persentase koperasi sehat', '%', 34.36, 35.34, 36.7, 39.17, 39.99, 41.24, 41.24],
      [3, 'Jumlah UMKM yang difasilitasi sertifikasi halal', 'UMKM', 115, 93, 98, 105, 131, 130, 557],
      [4, 'Jumlah wirausaha baru', 'orang', 260, 278, 225, 259, 275, 297, 1334],
      [5, 'Persentase balita gizi kurang', '%', 18.06, '< 16', '≤ 15', '≤ 14', '< 13', '< 12', '< 12'],
      heads('No', 'Indikator', 'Satuan', 'Baseline (2025)', 'Tahun 2026', 'Tahun 2027', 'Tahun 2028', 'Tahun 2029', 'Tahun 2030', 'Kondisi Akhir'),
      [6, 'Nilai Reformasi Birokrasi', 'Predikat', 'CC', 'CC', 'B', 'BB', 'BB', 'BB', 'BB'],
      [7, 'Nilai SAKIP Perangkat Daerah', 'Predikat', 'CC', 'CC', 'CC', 'B', 'BB', 'A', 'A'],
      [8, 'Opini BPK atas laporan keuangan', 'Opini', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP'],
    ]);
  expect(analyseSheet(t41(60.26)).tables[0].columns[7].role).toBe('target');
  rightThenSlip(t41, 60.26, '60,2,6', ['H2 number.invalid'], 'findings');
});

describe('an LKjIP efficiency table headed "Efisiensi" without a % (probe 63)', () => {
  const eff = (g: Lit, how: 'unspent' | 'gap', total?: Lit) =>
    grid([
      heads('No', 'Program', 'Capaian Kinerja (%)', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Penyerapan (%)', 'Efisiensi'),
      [1, 'Program Penyelenggaraan Jalan', 98.44, 12406939000, 9812674100, 79.09, how === 'unspent' ? 20.91 : 19.35],
      [2, 'Program Pengembangan UMKM', 99.94, 1569502000, 1226233100, 78.13, g],
      [3, 'Program Penempatan Tenaga Kerja', 103.45, 162809000, 153197800, 94.1, how === 'unspent' ? 5.9 : 9.35],
      [4, 'Program Pengelolaan SDA', 80.11, 21204565000, 19983617100, 94.24, how === 'unspent' ? 5.76 : -14.13],
      [5, 'Program Pengembangan Ekonomi Kreatif', 83.95, 24220372000, 23881279800, 98.6, how === 'unspent' ? 1.4 : -14.65],
      ...(total === undefined ? [] : [[null, bold('Jumlah'), null, 59564187000, 55057001900, 92.43, total]]),
    ]);
  it('is the unspent share of the pagu, its Jumlah the share of the totals (never their sum)', () => {
    rightThenSlip((g: number) => eff(g, 'unspent', 7.57), 21.87, 25.87, ['G3 ratio.peningkatan']);
    expect(findings(eff(21.87, 'unspent', 7.57))).toEqual([]);
  });
  it('or capaian − penyerapan, as the rows say', () => {
    rightThenSlip((g: number) => eff(g, 'gap'), 21.81, 25.81, ['G3 sum.difference']);
  });
  it('"7 = (3/6) x 100" stated: the efficiency is the computed one, the capaian kinerja its input', () => {
    const stated = (g: number) =>
      grid([
        heads('No', 'Program', 'Capaian Kinerja', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', '% Serapan', 'Efisiensi'),
        ['1', '2', '3', '4', '5', '6 = (5/4) x 100', '7 = (3/6) x 100'],
        [1, 'Program Pelatihan Kerja', 92.09, 10751237000, 9586787900, 89.17, g],
        [2, 'Program Pengembangan UMKM', 99.94, 1569502000, 1226233100, 78.13, 127.92],
        [3, 'Program Penyelenggaraan Jalan', 105.65, 12406939000, 9812674100, 79.09, 133.58],
        [4, 'Program Penempatan Tenaga Kerja', 103.45, 162809000, 153197800, 94.1, 109.94],
        [5, 'Program Pengembangan Ekonomi Kreatif', 83.95, 24220372000, 23881279800, 98.6, 85.14],
      ]);
    rightThenSlip(stated, 103.27, 100.68, ['G3 ratio.capaian']);
  });
});

test('an SPM capaian is the share served: "Korban kebakaran" served 5.760 of 7.952 is 72,43 %, no lower-is-better reading (probe 63)', () => {
  const spm = (f4: number) =>
    grid([
      heads('No', 'Jenis Pelayanan Dasar', 'Indikator', 'Target Sasaran', 'Jumlah yang Terlayani', '% Capaian'),
      [1, 'Pelayanan ketenteraman dan ketertiban umum', 'Warga terdampak gangguan trantibum', 1841, 1600, 86.91],
      [2, 'Pelayanan informasi rawan bencana', 'Warga negara di kawasan rawan bencana', 4019, 2853, 70.99],
      [3, 'Pelayanan penyelamatan dan evakuasi korban bencana', 'Korban bencana', 4047, 4040, f4],
      [4, 'Pelayanan penyelamatan dan evakuasi korban kebakaran', 'Korban kebakaran', 7952, 5760, 72.43],
    ]);
  rightThenSlip(spm, 99.83, 92.83, ['F4 ratio.capaian'], 'findings');
});

test('"Indeks Capaian SPM" closing an SPM table is the mean of the services\' capaian, no service of its own (probe 63)', () => {
  const spm = (indeks: number) =>
    grid(
      [
        heads('No', 'Jenis Pelayanan Dasar', 'Indikator', 'Jumlah Sasaran', 'Jumlah Terlayani', '% Capaian'),
        [1, 'Penyediaan kebutuhan pokok air minum', 'Rumah tangga', 74621, 47150, 63.19],
        [2, 'Pelayanan pengolahan air limbah domestik', 'Rumah tangga', 43196, 28464, 65.9],
        [3, 'Penyediaan rumah layak huni korban bencana', 'Rumah tangga', 120, 96, 80],
        [bold('Indeks Capaian SPM'), null, null, null, null, indeks],
      ],
      { merges: ['A5:E5'] },
    );
  expect(analyseSheet(spm(69.7)).tables[0].rows.find((r) => r.row === 4)?.kind).toBe('average');
  rightThenSlip(spm, 69.7, 74.7, ['F5 sum.average']);
});

describe('a table turned on its side: lines Anggaran | Realisasi | Persentase by year columns (probe 63)', () => {
  const sideways = (d4: number, den = 'Anggaran (Rp)') =>
    grid([
      heads('Uraian', 2016, 2017, 2018, 2019, 'Rata-rata'),
      [den, 812450000000, 865300000000, 901120000000, 948770000000, 881910000000],
      ['Realisasi (Rp)', 751260000000, 790880000000, 792985600000, 880460000000, 803896400000],
      ['Persentase (%)', 92.47, 91.4, d4, 92.8, 91.15],
    ]);
  it('the percentage line is realisasi / anggaran × 100 in each year', () => {
    rightThenSlip((v: number) => sideways(v), 88, 83.7, ['D4 ratio.anggaran']);
  });
  it('over a target line it is the capaian', () => {
    rightThenSlip((v: number) => sideways(v, 'Target Pendapatan'), 88, 83.7, ['D4 ratio.capaian']);
  });
  it('a percentage line no year bears out is some other percentage: said nothing of', () => {
    const other = grid([
      heads('Uraian', 2016, 2017, 2018),
      ['Anggaran (Rp)', 812450000000, 865300000000, 901120000000],
      ['Realisasi (Rp)', 751260000000, 790880000000, 792985600000],
      ['Persentase terhadap APBD (%)', 12.4, 11.9, 12.8],
    ]);
    expect(findings(other)).toEqual([]);
  });
});

test('a percentage target typed without its decimal comma (945 for 94,5) is said; big counts and a real 102 % are not (probe 62)', () => {
  const t42 = (g2: number) =>
    grid([
      heads('No', 'Indikator', 'Satuan', 'Kondisi Awal (2024)', '2025', '2026', '2027', '2028', '2029', 'Kondisi Akhir'),
      [1, 'Persentase capaian SPM bidang kesehatan', '%', 90.2, 91.4, 92.75, g2, 95.6, 96.4, 96.4],
      [2, 'Jumlah kunjungan pasien', 'orang', 9020, 914, 927, 945, 956, 964, 4706],
      [3, 'Persentase kepuasan pasien', '%', 95.2, 97, 99, 102, 101, 100, 100],
    ]);
  rightThenSlip(t42, 94.5, 945, ['G2 value.decimal'], 'findings');
});

test('a header row under a row of names typed without merges (groups in each cell, names alone on the left) begins at that row (probe 61)', () => {
  const nakes = (e3: number) =>
    grid([
      ['Tabel 9.1 Jumlah Tenaga Medis dan Rasio terhadap Penduduk'],
      [],
      [null, 'Nama Kecamatan', 'Penduduk (000)', 'Perawat', 'Perawat', 'Dokter Umum', 'Dokter Umum'],
      [null, null, null, 'Jumlah', 'Rasio per 100.000 Penduduk', 'Jumlah', 'Rasio per 100.000 Penduduk'],
      [null, 'Bangun Rejo', 53.86, 23, 42.7, 5, 9.3],
      [null, 'Bola Timur', 38.77, 13, e3, 8, 20.6],
      [null, 'Kewapante', 45.01, 12, 26.7, 5, 11.1],
      [null, 'Sukajaya', 31.97, 45, 140.8, 4, 12.5],
      [null, 'Hewokloang', 56.39, 18, 31.9, 3, 5.3],
    ]);
  expect(analyseSheet(nakes(33.5)).tables[0].range).toBe('B3:G9');
  rightThenSlip(nakes, 33.5, 38.5, ['E6 ratio.capaian']);
});

describe('a Jumlah column takes the parts the rows bear out best (probe 64)', () => {
  const opd = (h2: number, twoRows: boolean) =>
    grid([
      ...(twoRows
        ? [
            heads('Kode', 'Urusan / Organisasi', 'Pendapatan', 'Belanja', 'Belanja', 'Belanja', 'Belanja', 'Belanja'),
            heads(null, null, null, 'Operasi', 'Modal', 'Tidak Terduga', 'Transfer', 'Jumlah'),
          ]
        : [
            heads(
              'Kode',
              'Urusan / Organisasi',
              'Pendapatan',
              'Belanja Operasi',
              'Belanja Modal',
              'Belanja Tidak Terduga',
              'Belanja Transfer',
              'Jumlah Belanja',
            ),
          ]),
      ['1.02.0.00.0.00.01.0000', 'Dinas Kesehatan', '-', 256995190000, 28399488000, '-', '-', h2],
      ['2.08.0.00.0.00.01.0000', 'Dinas Pemberdayaan Perempuan', 7694227000, 89127593000, '-', '-', '-', 89127593000],
      ['2.15.0.00.0.00.01.0000', 'Dinas Perhubungan', 9353235000, 259456455000, 4401750000, '-', '-', 263858205000],
      ['2.12.0.00.0.00.01.0000', 'Dinas Kependudukan', '-', 62304798000, 35149333000, '-', '-', 97454131000],
    ]);
  it('"Belanja ▸ … | Jumlah" after a Pendapatan column: the Belanja group, not every value before it', () => {
    rightThenSlip((h: number) => opd(h, true), 285394678000, 285394679000, ['H3 sum.row-total']);
  });
  it('"Jumlah Belanja" in a one-row header: the columns its qualifier names', () => {
    rightThenSlip((h: number) => opd(h, false), 285394678000, 285394679000, ['H2 sum.row-total']);
  });
});

test('the Evaluasi Renja form typed in one header row ("… Tahun 2020 K" | "… Rp", "TW I (Kinerja)" | "(Anggaran)"): each pair is K over Rp (probe 65)', () => {
  for (const [k, rp] of [
    ['K', 'Rp'],
    ['(Kinerja)', '(Anggaran)'],
    ['Kinerja', 'Anggaran (Rp)'],
  ]) {
    const renja = (l3: number) =>
      grid([
        heads(
          'Kode',
          'Program/Kegiatan',
          'Indikator',
          'Satuan',
          `Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2020) yang Dievaluasi ${k}`,
          `Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2020) yang Dievaluasi ${rp}`,
          `Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi ${k}`,
          `Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi ${rp}`,
          `Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%) ${k}`,
          `Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%) ${rp}`,
        ),
        ['2.17.02', 'Program Pengawasan Koperasi', 'Tingkat kemantapan jalan', '%', 83, 239700000, 84.45, 191778592, 101.75, 80.01],
        ['2.17.02.2.01', 'Kegiatan Pemeriksaan Koperasi', 'Jumlah desa yang difasilitasi', 'Desa', 38, 239700000, 39, 191778592, l3, 80.01],
        ['2.17.03', 'Program Pemberdayaan UMKM', 'Produktivitas padi', 'Ku/Ha', 54.6, 67800000, 54, 58249049, 98.9, 85.91],
        ['2.17.03.2.01', 'Kegiatan Pemberdayaan Usaha Mikro', 'Jumlah tenaga kesehatan dilatih', 'Orang', 17, 67800000, 16, 58249049, 94.12, 85.91],
      ]);
    expect(
      analyseSheet(renja(102.63))
        .tables[0].columns.map((c) => c.role)
        .slice(4),
    ).toEqual(['target', 'anggaran', 'realisasi', 'realisasiRp', 'ratio', 'ratio']);
    rightThenSlip(renja, 102.63, 112.63, ['I3 ratio.capaian']);
  }
});

describe("Evaluasi Renja: a level's year is its last reported quarter, whatever the form states (probe 65)", () => {
  const g1 = [
    'No',
    'Kode',
    'Program/Kegiatan',
    'Indikator',
    'Satuan',
    'Target Renja 2024',
    null,
    'Realisasi Triwulan I',
    null,
    'Realisasi Triwulan II',
    null,
    'Realisasi Triwulan III',
    null,
    'Realisasi Triwulan IV',
    null,
    'Realisasi 2024',
    null,
    'Realisasi s.d. 2023',
    null,
    'Realisasi s.d. 2024',
    null,
  ];
  const g2 = [null, null, null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'];
  const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1', 'H1:I1', 'J1:K1', 'L1:M1', 'N1:O1', 'P1:Q1', 'R1:S1', 'T1:U1'];
  const form = (tw4: Lit[], p5: number, numbers?: Lit[]) =>
    grid(
      [
        heads(...g1),
        heads(...g2),
        ...(numbers ? [numbers] : []),
        [
          1,
          '2.07.03',
          'Program Pelatihan Kerja',
          'Persentase pencari kerja yang ditempatkan',
          '%',
          78,
          850000000,
          20.1,
          150000000,
          41.3,
          210000000,
          60.2,
          230000000,
          tw4[0],
          tw4[1],
          tw4[0] === 78.4 ? 78.4 : 60.2,
          tw4[0] === 78.4 ? 795000000 : 590000000,
          72.5,
          2500000000,
          tw4[0] === 78.4 ? 78.4 : 60.2,
          tw4[0] === 78.4 ? 3295000000 : 3090000000,
        ],
        [
          2,
          '2.07.04',
          'Program Penempatan Tenaga Kerja',
          'Jumlah peserta pelatihan',
          'Orang',
          120,
          550000000,
          20,
          100000000,
          30,
          140000000,
          40,
          150000000,
          tw4[2],
          tw4[3],
          p5,
          tw4[2] === 30 ? 520000000 : 390000000,
          360,
          1700000000,
          360 + p5,
          tw4[2] === 30 ? 2220000000 : 2090000000,
        ],
        [
          3,
          '3.01.02',
          'Program Prasarana Pertanian',
          'Produktivitas padi',
          'Ku/Ha',
          57.2,
          1161896000,
          38.64,
          325146641,
          43.56,
          213428133,
          48.48,
          375782686,
          tw4[0] === 78.4 ? 56.21 : tw4[0],
          tw4[0] === 78.4 ? 106581891 : tw4[1],
          tw4[0] === 78.4 ? 56.21 : 48.48,
          tw4[0] === 78.4 ? 1020939351 : 914357460,
          54.91,
          3101528958,
          tw4[0] === 78.4 ? 56.21 : 48.48,
          tw4[0] === 78.4 ? 4122468309 : 4015886418,
        ],
      ],
      { merges },
    );
  it('TW IV not reported yet ("-" or 0): a percentage row\'s year is TW III', () => {
    for (const nil of ['-', 0] as Lit[]) rightThenSlip((p: number) => form([nil, nil, nil, nil], p), 90, 95, ['P4 sum.row-total']);
  });
  it('"13 = 9+10+11+12" stated over the quarters: a count sums them, a level is the last', () => {
    const numbers: Lit[] = [1, 2, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, '11 = 7+8+9+10', '11 = 7+8+9+10', 12, 12, '13 = 12+11', '13 = 12+11'];
    rightThenSlip((p: number) => form([78.4, 205000000, 30, 130000000], p, numbers), 120, 125, ['P5 sum.row-total']);
  });
});

test("a Renstra Perubahan's Kondisi Akhir sums the revised years (Menjadi), not both versions (probe 65)", () => {
  const perubahan = (r4: number) =>
    grid(
      [
        heads(
          'Kode',
          'Program/Kegiatan',
          'Indikator',
          'Satuan',
          'Tahun 2022',
          null,
          null,
          null,
          'Tahun 2023',
          null,
          null,
          null,
          'Kondisi Akhir Periode Renstra',
          null,
        ),
        heads(null, null, null, null, 'Semula', null, 'Menjadi', null, 'Semula', null, 'Menjadi', null, null, null),
        heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
        [
          '2.17.02.2.01',
          'Pendidikan dan Latihan Perkoperasian',
          'Jumlah peserta pelatihan',
          'Orang',
          100,
          500000000,
          100,
          500000000,
          100,
          550000000,
          120,
          650000000,
          220,
          r4,
        ],
        [
          '2.17.02.2.02',
          'Pemeriksaan dan Pengawasan Koperasi',
          'Jumlah koperasi diperiksa',
          'Koperasi',
          40,
          400000000,
          40,
          400000000,
          40,
          400000000,
          45,
          450000000,
          85,
          850000000,
        ],
        [
          '2.17.02.2.03',
          'Penilaian Kesehatan KSP/USP',
          'Jumlah koperasi dinilai',
          'Koperasi',
          20,
          200000000,
          25,
          250000000,
          20,
          200000000,
          30,
          300000000,
          55,
          550000000,
        ],
      ],
      { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:H1', 'I1:L1', 'M1:N2', 'E2:F2', 'G2:H2', 'I2:J2', 'K2:L2'] },
    );
  rightThenSlip(perubahan, 1150000000, 1250000000, ['N4 sum.period']);
});

test('"Capaian s.d. 2025 thd Renstra PD (%)" divides the realisation to date by the target the Renstra names, not the Renja\'s (probe 65)', () => {
  const renja = (z3: number) =>
    grid(
      [
        heads(
          'Kode',
          'Program/Kegiatan',
          'Indikator',
          'Target Renstra PD 2025',
          null,
          'Target Renja PD 2025',
          null,
          'Realisasi s.d. 2025',
          null,
          'Capaian s.d. 2025 thd Renstra PD (%)',
          null,
        ),
        heads(null, null, null, 'Kinerja', 'Anggaran (Rp)', 'Kinerja', 'Anggaran (Rp)', 'Kinerja', 'Anggaran (Rp)', 'Kinerja', 'Anggaran (Rp)'),
        ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Cakupan pelayanan ibu hamil', 89, 1046000000, 64, 217300000, 58.12, 881990253, z3, 84.32],
        ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Jumlah puskesmas terakreditasi', 20, 821000000, 6, 172650000, 14, 675810253, 70, 82.32],
        ['1.02.02.2.03', 'Pengelolaan Pelayanan Kesehatan', 'Jumlah desa siaga aktif', 120, 500000000, 30, 100000000, 84, 350000000, 70, 70],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1', 'J1:K1'] },
    );
  rightThenSlip(renja, 65.3, 90.81, ['J3 ratio.capaian']);
});

/**
 * A realisation by quarter (K | Rp), its year's K a sum of the quarters (=C+E+G+I) on count rows and the last quarter
 * (=I) on level rows; a row in `typed` carries that figure typed instead of its formula.
 */
function quarterly(rows: [string, string, number[], boolean][], typed: Map<number, number> = new Map()): SheetGrid {
  return grid([
    heads(
      'Indikator',
      'Satuan',
      'TW I K',
      'TW I Rp',
      'TW II K',
      'TW II Rp',
      'TW III K',
      'TW III Rp',
      'TW IV K',
      'TW IV Rp',
      'Realisasi 2024 K',
      'Realisasi 2024 Rp',
    ),
    ...rows.map(([name, unit, q, level], i): Lit[] => {
      const r = i + 2;
      const k =
        typed.get(i) ??
        (level
          ? f(q[3], `I${r}`)
          : f(
              q.reduce((a, b) => a + b, 0),
              `C${r}+E${r}+G${r}+I${r}`,
            ));
      return [name, unit, q[0], 1000000, q[1], 2000000, q[2], 3000000, q[3], 4000000, k, f(10000000, `D${r}+F${r}+H${r}+J${r}`)];
    }),
  ]);
}

test("a year's K summing its quarters on count rows (=C2+E2+G2+I2) is the last quarter on level rows (=I5, or typed): no slip (probe 65)", () => {
  const rows: [string, string, number[], boolean][] = [
    ['Jumlah peserta pelatihan', 'Orang', [20, 30, 40, 30], false],
    ['Jumlah perusahaan dibina', 'Perusahaan', [2, 3, 3, 2], false],
    ['Jumlah koperasi diperiksa', 'Koperasi', [5, 6, 7, 8], false],
    ['Persentase pencari kerja ditempatkan', '%', [20.1, 41.3, 60.2, 78.4], true],
    ['Indeks kepuasan masyarakat', 'Indeks', [80.1, 81.2, 82, 82.5], true],
    ['Jumlah desa difasilitasi', 'Desa', [1, 2, 3, 4], false],
    ['Jumlah dokumen disusun', 'Dokumen', [0, 1, 1, 2], false],
    ['Jumlah aparatur dilatih', 'Orang', [10, 12, 8, 5], false],
  ];
  // (The index typed as its last quarter, 82.5; the slip a count typed one over its quarters' 10.)
  expect(findings(quarterly(rows, new Map([[4, 82.5]])))).toEqual([]);
  expect(
    brief(
      errors(
        quarterly(
          rows,
          new Map([
            [4, 82.5],
            [1, 11],
          ]),
        ),
      ),
    ),
  ).toEqual(['K3 formula.constant']);
});

test("a program of one kegiatan states that kegiatan's weight, the sum of its sub kegiatan's rounded weights (21,01 for 21,00) (probe 65)", () => {
  const rfk = (e4: number) =>
    grid([
      heads('Kode Rekening', 'Program/Kegiatan/Sub Kegiatan', 'Anggaran (Rp)', 'Bobot (%)'),
      ['1.02.02', 'Program Peningkatan Kapasitas SDM Kesehatan', 1726888000, 21.01],
      ['1.02.02.2.01', 'Pemberian Izin Praktik Tenaga Kesehatan', 1726888000, 21.01],
      ['1.02.02.2.01.01', 'Peningkatan Kompetensi SDM Kesehatan', 664200000, 8.08],
      ['1.02.02.2.01.02', 'Pembinaan dan Pengawasan Tenaga Kesehatan', 372100000, e4],
      ['1.02.02.2.01.03', 'Pemenuhan Kebutuhan SDM Kesehatan', 690588000, 8.4],
      ['1.02.03', 'Program Pemenuhan Upaya Kesehatan', 6494450000, 79],
      ['1.02.03.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 6494450000, 79],
      [null, bold('Jumlah'), 8221338000, 100],
    ]);
  expect(findings(rfk(4.53))).toEqual([]);
  expect(brief(errors(rfk(5.53))).includes('D5 ratio.share')).toBe(true);
});

test('"Semula | Menjadi | Bertambah/(Berkurang) ▸ Rp | %" in a DPPA: the change is Menjadi − Semula, its % over Semula, even where one item alone changed (probe 65)', () => {
  const dppa = (g3: number) =>
    grid(
      [
        heads('Kode Rekening', 'Uraian', 'Semula', 'Menjadi', 'Bertambah/(Berkurang)', null),
        heads(null, null, null, null, 'Rp', '%'),
        ['3.01.01', 'Program Penunjang Urusan Pemerintahan Daerah', 1713600000, 874400000, -839200000, g3],
        ['3.01.01.2.01', 'Kegiatan Perencanaan dan Evaluasi Kinerja', 839200000, 0, -839200000, -100],
        ['3.01.01.2.02', 'Kegiatan Administrasi Umum', 694900000, 694900000, 0, 0],
        ['3.01.01.2.03', 'Kegiatan Penyediaan Jasa Penunjang', 179500000, 179500000, 0, 0],
        ['3.01.02', 'Program Penyediaan Sarana Pertanian', 461700000, 461700000, 0, 0],
        ['3.01.02.2.01', 'Kegiatan Pengawasan Sarana Pertanian', 359500000, 359500000, 0, 0],
        ['3.01.02.2.02', 'Kegiatan Sumber Daya Genetik Hewan', 102200000, 102200000, 0, 0],
        [null, bold('Jumlah'), 2175300000, 1336100000, -839200000, -38.58],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
    );
  rightThenSlip(dppa, -48.97, -38.97, ['F3 ratio.anggaran']);
});

test('the 1 2 3 … row of a wide export with empty spacer columns between Uraian and the figures is still its header (probe 64)', () => {
  const pad = (row: Lit[]): Lit[] => [row[0], row[1], ...Array(12).fill(null), ...row.slice(2)];
  const lra = (q4: number) =>
    grid([
      pad([bold('Kode Rekening'), bold('Uraian'), bold('Anggaran'), bold('Realisasi'), bold('%'), bold('Lebih/(Kurang)')]),
      pad([1, 2, 3, 4, 5, 6]),
      pad(['4.1.01', 'Pajak Daerah', 1000000000, 1100000000, 110, 100000000]),
      pad(['4.1.02', 'Retribusi Daerah', 300000000, 290000000, q4, -10000000]),
      pad(['4.1.03', 'Hasil Pengelolaan Kekayaan Daerah', 200000000, 170000000, 85, -30000000]),
    ]);
  expect(analyseSheet(lra(96.67)).tables[0].numberRow).toBe(1);
  rightThenSlip(lra, 96.67, 69.67, ['Q4 ratio.anggaran']);
});

test('a page break right after "JUMLAH PROGRAM" continues the table: the grand total still closes both pages (probe 64)', () => {
  const head = heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi', '%', 'Sisa');
  const dpa = (c15: number) =>
    grid([
      head,
      ['2.07.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH'],
      ['2.07.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 300000000, 270000000, 90, 30000000],
      ['2.07.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 100000000, 90000000, 90, 10000000],
      ['2.07.01.2.01.0002', 'Evaluasi Kinerja Perangkat Daerah', 200000000, 180000000, 90, 20000000],
      [null, 'JUMLAH PROGRAM', 300000000, 270000000, 90, 30000000],
      [],
      ['Halaman 2 dari 2'],
      head,
      ['2.07.03', 'PROGRAM PELATIHAN KERJA'],
      ['2.07.03.2.01', 'Pelaksanaan Pelatihan Berbasis Kompetensi', 500000000, 400000000, 80, 100000000],
      ['2.07.03.2.01.0001', 'Pelatihan Keterampilan Berbasis Kompetensi', 500000000, 400000000, 80, 100000000],
      [null, 'JUMLAH PROGRAM', 500000000, 400000000, 80, 100000000],
      [null, 'TOTAL BELANJA', c15, 670000000, 83.75, 130000000],
    ]);
  expect(analyseSheet(dpa(800000000)).tables).toHaveLength(1);
  rightThenSlip(dpa, 800000000, 900000000, ['C14 sum.total-row']);
});

test('revenue received without a budget line in an LRA is noted (info); spending without a pagu stays a warning (probe 64)', () => {
  const lra = (code: string, name: string) =>
    grid([
      heads('Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi', '%', 'Lebih/(Kurang)'),
      ['4.1.01.09', 'Pajak Reklame', 400000000, 420000000, 105, 20000000],
      ['4.1.01.15', 'Pajak Bumi dan Bangunan', 600000000, 680000000, 113.33, 80000000],
      [code, name, '-', 28781000, '-', 28781000],
    ]);
  expect(analyseSheet(lra('4.1.01.16', 'Bea Perolehan Hak atas Tanah dan Bangunan')).findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
    'C4 value.missing info',
  ]);
  expect(analyseSheet(lra('5.1.02.01', 'Belanja Barang Pakai Habis')).findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
    'C4 value.missing warning',
  ]);
});

test('a bidang kode stored as a number that lost its zero (3.3 for 3.30) is said once at its cell, not again at each program under it (probe 64)', () => {
  const dpa = grid([
    heads('Kode', 'Uraian', 'Pagu', 'Realisasi', '%'),
    [3.3, 'URUSAN PEMERINTAHAN BIDANG PERDAGANGAN'],
    ['3.30.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 300000000, 270000000, 90],
    ['3.30.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 300000000, 270000000, 90],
    ['3.30.02', 'PROGRAM PERIZINAN DAN PENDAFTARAN PERUSAHAAN', 200000000, 150000000, 75],
    ['3.30.02.2.01', 'Pelaksanaan Pelayanan Perizinan', 200000000, 150000000, 75],
  ]);
  expect(brief(analyseSheet(dpa).findings)).toEqual(['A2 kode.number']);
});

test("where most rows are levels (=I2, the last quarter), a count row summing its quarters (=C5+E5+G5+I5) is the row's nature (probe 65)", () => {
  const rows: [string, string, number[], boolean][] = [
    ['Persentase pencari kerja ditempatkan', '%', [20.1, 41.3, 60.2, 78.4], true],
    ['Indeks kepuasan masyarakat', 'Indeks', [80.1, 81.2, 82, 82.5], true],
    ['Persentase koperasi sehat', '%', [30, 32, 35, 38], true],
    ['Jumlah peserta pelatihan', 'Orang', [20, 30, 40, 30], false],
    ['Persentase UMKM naik kelas', '%', [4.1, 4.5, 5, 5.6], true],
    ['Persentase desa mandiri', '%', [10, 11, 12, 13], true],
    ['Jumlah perusahaan dibina', 'Perusahaan', [2, 3, 3, 2], false],
    ['Persentase temuan ditindaklanjuti', '%', [70, 75, 80, 85], true],
  ];
  expect(findings(quarterly(rows))).toEqual([]);
  expect(brief(errors(quarterly(rows, new Map([[2, 40]]))))).toEqual(['K4 formula.constant']);
});

test("\"Realisasi s.d. 2022 ▸ Kinerja | Anggaran (Rp)\" is last year's to date plus this year's: a count's wrong K is found at its cell (probe 65)", () => {
  const rkpd = (k3: number) =>
    grid(
      [
        heads(
          'Kode',
          'Kegiatan',
          'Indikator',
          'Target RPJMD 2026',
          null,
          'Realisasi s.d. 2021',
          null,
          'Target 2022',
          null,
          'Realisasi 2022',
          null,
          'Realisasi s.d. 2022',
          null,
          'Capaian s.d. 2022 thd RPJMD (%)',
          null,
        ),
        heads(
          null,
          null,
          null,
          'Kinerja',
          'Anggaran (Rp)',
          'Kinerja',
          'Anggaran (Rp)',
          'Kinerja',
          'Anggaran (Rp)',
          'Kinerja',
          'Anggaran (Rp)',
          'Kinerja',
          'Anggaran (Rp)',
          'Kinerja',
          'Anggaran (Rp)',
        ),
        [
          '2.17.02.2.01',
          'Pemeriksaan dan Pengawasan Koperasi',
          'Jumlah laporan yang disusun',
          50,
          1707000000,
          28,
          870257716,
          10,
          323701000,
          9,
          274578801,
          k3,
          1144836517,
          74,
          67.07,
        ],
        [
          '2.17.02.2.02',
          'Penilaian Kesehatan KSP/USP',
          'Jumlah koperasi dinilai',
          60,
          1200000000,
          30,
          600000000,
          12,
          250000000,
          12,
          240000000,
          42,
          840000000,
          70,
          70,
        ],
        [
          '2.17.02.2.03',
          'Pendidikan dan Latihan Perkoperasian',
          'Jumlah peserta pelatihan',
          400,
          2000000000,
          200,
          1000000000,
          80,
          400000000,
          90,
          380000000,
          290,
          1380000000,
          72.5,
          69,
        ],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1', 'J1:K1', 'L1:M1', 'N1:O1'] },
    );
  rightThenSlip(rkpd, 37, 40, ['L3 sum.row-total']);
});

test('"Jumlah/Total" on top of the kecamatan is their total, and "Distribusi (%)" each one\'s share of it (probe 61)', () => {
  const penduduk = (h4: number) =>
    grid([
      heads('Nama Kecamatan', 'Luas Wilayah (km²)', 'Jumlah Penduduk', 'Distribusi (%)'),
      ['Jumlah/Total', 1432.68, 315110, 100],
      ['Kota Baru', 217.86, 49324, 15.65],
      ['Alok Barat', 56.02, 9917, h4],
      ['Kuala Tungkal', 201.04, 28108, 8.92],
      ['Bola', 131.23, 80722, 25.62],
      ['Suka Makmur', 168.38, 19024, 6.04],
      ['Paga', 238.54, 44549, 14.14],
      ['Bukit Tinggi', 209.05, 40554, 12.87],
      ['Kangae', 210.56, 42912, 13.62],
    ]);
  rightThenSlip(penduduk, 3.15, 3.51, ['D4 ratio.share']);
});

test("a region's name typed in the No column beside an empty name cell closes the numbered kecamatan as their total (probe 61)", () => {
  const luas = (c2: number) =>
    grid([
      heads('No', 'Kecamatan', 'Luas Daerah (km2)', 'Persentase Luas (%)', 'Penduduk'),
      [1, 'Tanah Merah', 123.8, c2, 32290],
      [2, 'Sukajaya', 28.03, 0.81, 56975],
      [3, 'Alok', 441.4, 12.74, 48035],
      [4, 'Sukamaju', 416.89, 12.03, 35461],
      [5, 'Magepanda', 2455.56, 70.85, 61566],
      ['Kabupaten Belitung Timur', null, 3465.68, 100, 234327],
    ]);
  expect(analyseSheet(luas(3.57)).tables[0].rows.find((r) => r.row === 6)?.kind).toBe('total');
  rightThenSlip(luas, 3.57, 5.57, ['D2 ratio.share']);
});

test('"Kecamatan | Luas | Penduduk ▸ L | P | Total | Sex Ratio | Kepadatan" with no No column is a table (probe 61 F7b)', () => {
  const bps = (c7: number) =>
    grid(
      [
        heads('Kecamatan', 'Luas (Km2)', 'Penduduk', null, null, 'Sex Ratio', 'Kepadatan Penduduk per km2'),
        heads(null, null, 'L', 'P', 'Total', null, null),
        ['Alok', 287.31, 10594, 9889, 20483, 107.13, 71],
        ['Nita', 402.74, 40155, 40097, 80252, 100.14, 199],
        ['Kewapante', 401.38, 18897, 19339, 38236, 97.71, 95],
        ['Paga', 279.89, 26128, 27387, 53515, 95.4, 191],
        [bold('Jumlah Kab. Sikka'), 1371.32, c7, 96712, 192486, 99.03, 140],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2', 'G1:G2'] },
    );
  expect(analyseSheet(bps(95774)).tables).toHaveLength(1);
  rightThenSlip(bps, 95774, 95784, ['C7 sum.total-row']);
});

test('groups typed over the first of "Laki-laki | Perempuan | Laki-laki + Perempuan" span all three: the AKB of both is a rate, its Jumlah no sum (probe 61)', () => {
  const akb = (j6: number) =>
    grid([
      ['Puskesmas', 'Jumlah Kelahiran Hidup', null, null, 'Kematian Bayi', null, null, 'Angka Kematian Bayi per 1.000 Kelahiran Hidup', null, null],
      [
        null,
        'Laki-laki',
        'Perempuan',
        'Laki-laki + Perempuan',
        'Laki-laki',
        'Perempuan',
        'Laki-laki + Perempuan',
        'Laki-laki',
        'Perempuan',
        'Laki-laki + Perempuan',
      ],
      ['Lubuk Batu', 397, 565, 962, 0, 4, 4, 0, 7.08, 4.16],
      ['Suka Makmur', 180, 158, 338, 1, 1, 2, 5.56, 6.33, 5.92],
      ['Kota', 500, 480, 980, 2, 3, 5, 4, 6.25, 5.1],
      ['Jumlah', 1077, 1203, 2280, 3, 8, 11, 2.79, 6.65, j6],
    ]);
  expect(analyseSheet(akb(4.82)).tables[0].columns[9].path).toEqual(['Angka Kematian Bayi per 1.000 Kelahiran Hidup', 'Laki-laki + Perempuan']);
  rightThenSlip(akb, 4.82, 15.18, ['J6 ratio.total']);
});

describe('decorations on figures and headers (probe 66)', () => {
  it('a figure with its footnote (superscript, "1)", "a)"), "± 50" or its category in words reads as the figure', () => {
    const read = (t: string) => {
      const v = readText(t);
      return v.kind === 'number' ? v.value : v.kind;
    };
    expect(['8¹', '2.429.576.000¹', '623.000.000 1)', '95,2 a)', '± 50', '+/- 80', '89,35 (sangat baik)'].map(read)).toEqual([
      8, 2429576000, 623000000, 95.2, 50, 80, 89.35,
    ]);
    expect(['Tahun 2)', '3)'].map(read)).toEqual(['text', 'text']);
  });
  it('a footnoted figure is summed as the figure: the Jumlah over it holds, and its neighbour is not accused', () => {
    const aset = (d4: string) =>
      grid([
        heads('No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'),
        [1, 'Kendaraan roda 2', 6, 2, 1, 9],
        [2, 'Kendaraan roda 4', 3, 1, 0, 4],
        [3, 'Komputer', d4, 4, 2, 44],
        [null, bold('Jumlah'), 47, 7, 3, 57],
      ]);
    expect(errors(aset('38¹'))).toEqual([]);
    expect(brief(errors(aset('39¹')))).toEqual(['C4 value.crossing']);
  });
  it('"Jumlah*)" with its note under the table is the total row', () => {
    const dana = (c5: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)'),
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 706000000, 590234900, 83.6],
        [2, 'Program Pemberdayaan Usaha Mikro', 821530000, 676603900, 82.36],
        [3, 'Program Pengawasan dan Pemeriksaan Koperasi', 2485708000, 2033023300, 81.79],
        [null, 'Jumlah*)', c5, 3299862100, 82.22],
        ['*) belum termasuk belanja tidak terduga'],
      ]);
    expect(analyseSheet(dana(4013238000)).tables[0].rows.find((x) => x.row === 4)?.kind).toBe('total');
    rightThenSlip(dana, 4013238000, 4019238000, ['C5 sum.total-row']);
  });
  it('the header repeated after "Lanjutan" with its units row and its 1 2 3 … row: no indicator rows', () => {
    const head = heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian');
    const lkjip = (f3: number) =>
      grid([
        head,
        [null, null, null, null, null, '(%)'],
        [1, 'Jumlah koperasi sehat', 'Unit', 50, 46, f3],
        [2, 'Nilai SAKIP Perangkat Daerah', 'Nilai', 66.77, 69.08, 103.46],
        [],
        ['Lanjutan Tabel 3.4'],
        head,
        [null, null, null, null, null, '(%)'],
        [1, 2, 3, 4, 5, 6],
        [3, 'Persentase usaha mikro yang naik kelas', '%', 14, 12.2, 87.14],
      ]);
    expect(
      analyseSheet(lkjip(92))
        .tables[0].rows.filter((x) => x.kind === 'headerRepeat')
        .map((x) => x.row),
    ).toEqual([6, 7, 8]);
    rightThenSlip(lkjip, 92, 96, ['F3 ratio.capaian']);
  });
  it('a row of units in brackets under the names ("(Unit)", a lone "(%)") is the header\'s, the names keep their words', () => {
    const kondisi = (f3: number) =>
      grid(
        [
          heads('No', 'Nama Barang', 'Kondisi', null, null, 'Jumlah Total'),
          heads(null, null, 'Baik', 'Rusak Ringan', 'Rusak Berat', null),
          [null, null, '(Unit)', '(Unit)', '(Unit)', '(Unit)'],
          [1, 'Kendaraan roda 2', 8, 3, 1, f3],
          [2, 'Ambulans', 1, 0, 0, 1],
          [3, 'Kendaraan roda 4', 5, 2, 2, 9],
          [null, bold('Jumlah'), 14, 5, 3, 22],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'] },
      );
    expect(analyseSheet(kondisi(12)).tables[0].headerRows).toBe(3);
    rightThenSlip(kondisi, 12, 13, ['F4 sum.row-total']);
  });
});

test('"Lanjutan Tabel 2.2.3" and the header again after a group\'s "Jumlah A" continue the table: the JUMLAH closes both blocks (probe 66)', () => {
  const head = heads('No', 'Nama Barang', 'Baik (Unit)', 'Rusak Ringan (Unit)', 'Rusak Berat (Unit)', 'Jumlah (Unit)');
  const aset = (c15: number) =>
    grid(
      [
        head,
        ['A. KENDARAAN DINAS'],
        [1, 'Kendaraan roda 4', 12, 0, 3, 15],
        [2, 'Kendaraan roda 2', 10, 3, 3, 16],
        [null, 'Jumlah A', 22, 3, 6, 31],
        [],
        ['Lanjutan Tabel 2.2.3'],
        head,
        ['B. MEUBELAIR'],
        [3, 'Filing Cabinet', 11, 1, 3, 15],
        [4, 'Kursi Kerja', 109, 12, 0, 121],
        [null, 'Jumlah B', 120, 13, 3, 136],
        [null, 'JUMLAH', c15, 16, 9, 167],
      ],
      { merges: ['A2:F2', 'A9:F9'] },
    );
  expect(analyseSheet(aset(142)).tables).toHaveLength(1);
  rightThenSlip(aset, 142, 152, ['C13 sum.total-row']);
});

test('a kegiatan stating Rp over sub kegiatan all written "-" that year is said at the kegiatan (probe 64)', () => {
  const t61 = (sub: Lit) =>
    grid([
      heads('Kode', 'Program dan Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
      ['1.02.08', 'PROGRAM PERENCANAAN DAN PENGEMBANGAN', 'Persentase capaian SPM', '%', 70, 850000000],
      ['1.02.08.2.01', 'Fasilitasi dan Koordinasi Lintas Sektor', 'Jumlah laporan', 'Laporan', 4, 600000000],
      ['1.02.08.2.01.0002', 'Sosialisasi Peraturan Perundang-undangan', 'Jumlah paket', 'Paket', 2, 250000000],
      ['1.02.08.2.01.0010', 'Fasilitasi Pemberian Bantuan', 'Jumlah orang', 'Orang', 50, 350000000],
      ['1.02.08.2.11', 'Pemeliharaan Barang Milik Daerah', 'Jumlah kegiatan', 'Kegiatan', 2, 250000000],
      ['1.02.08.2.11.0002', 'Penyusunan Rencana Aksi Daerah', 'Jumlah dokumen', 'Dokumen', 1, sub],
    ]);
  expect(findings(t61(250000000))).toEqual([]);
  expect(analyseSheet(t61('-')).findings.map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toContain('F6 sum.hierarchy warning');
});

test('a kegiatan stating Rp over sub kegiatan all "-", where its program adds up only without it, is the error; the program follows from it (probe 64)', () => {
  const t61 = (f10: Lit) =>
    grid([
      heads('Kode', 'Program dan Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
      ['1.02.08', 'PROGRAM PERENCANAAN DAN PENGEMBANGAN', 'Persentase capaian SPM', '%', 70, 600000000],
      ['1.02.08.2.01', 'Fasilitasi dan Koordinasi Lintas Sektor', 'Jumlah laporan', 'Laporan', 4, 600000000],
      ['1.02.08.2.01.0002', 'Sosialisasi Peraturan Perundang-undangan', 'Jumlah paket', 'Paket', 2, 250000000],
      ['1.02.08.2.01.0010', 'Fasilitasi Pemberian Bantuan', 'Jumlah orang', 'Orang', 50, 350000000],
      ['1.02.08.2.11', 'Pemeliharaan Barang Milik Daerah', 'Jumlah kegiatan', 'Kegiatan', 2, f10],
      ['1.02.08.2.11.0002', 'Penyusunan Rencana Aksi Daerah', 'Jumlah dokumen', 'Dokumen', 1, '-'],
    ]);
  expect(findings(t61('-'))).toEqual([]);
  expect(analyseSheet(t61(250000000)).findings.map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual(['F2 sum.hierarchy warning', 'F6 sum.hierarchy error']);
});

describe('a SAKIP pencapaian template: Sasaran | Bobot, then the IKU with its own No, Kode, Bobot and Polarisasi (probe 68)', () => {
  const pencapaian = (m4: number) =>
    grid([
      ['No', 'Kode', 'Sasaran', 'Bobot', 'No', 'Kode', 'IKU', 'Bobot', 'Target', 'Satuan', 'Polarisasi', 'Realisasi', 'Capaian', 'Unit Kerja'],
      [1, 'S.1', 'Meningkatnya akuntabilitas kinerja', 20, 1, 'IKU.1.1', 'Jumlah temuan BPK', 10, 12, 'Temuan', 'Minimal', 9, 125, 'Inspektorat'],
      [
        2,
        'S.2',
        'Terwujudnya tata kelola keuangan',
        30,
        2,
        'IKU.2.1',
        'Indeks Kepuasan Masyarakat',
        10,
        75,
        'Indeks',
        'Maksimal',
        76.54,
        102.05,
        'Sekretariat',
      ],
      [null, null, null, null, 3, 'IKU.2.2', 'Persentase aduan masyarakat yang belum selesai', 20, 5, '%', 'Minimal', 4.39, m4, 'Bidang Ekonomi'],
    ]);

  it('the IKU names the rows, Minimal is lower-is-better, and an IKU continuing its sasaran is no total though its Bobot equals the two above', () => {
    const a = analyseSheet(pencapaian(112.2));
    expect(a.tables[0].rows.map((x) => `${x.kind} ${x.label}`)).toEqual([
      'indicator Jumlah temuan BPK',
      'indicator Indeks Kepuasan Masyarakat',
      'indicator Persentase aduan masyarakat yang belum selesai',
    ]);
    rightThenSlip(pencapaian, 112.2, 121.2, ['M4 ratio.capaian']);
  });

  it("the rows are read by the IKU block's own Kode: an IKU continuing its sasaran is its sibling, not its child, so the Bobot is no sum", () => {
    expect(kinds(pencapaian(112.2))).toEqual(['2:0', '3:0', '4:0']);
  });
});

describe("a hospital's indicators per ruang: BOR, AvLOS, TOI and BTO are rates of the row, never summed (probe 69)", () => {
  const ruang = (g5: number, h9: number) =>
    grid([
      [
        'No',
        'Ruang Perawatan',
        'Jumlah TT',
        'Hari Perawatan',
        'Lama Dirawat (hari)',
        'Pasien Keluar (H+M)',
        'BOR (%)',
        'AvLOS (hari)',
        'TOI (hari)',
        'BTO (kali)',
      ],
      [1, 'Mawar', 20, 5110, 4900, 1200, 70, 4.08, 1.82, 60],
      [2, 'Melati', 30, 8212, 8000, 2000, g5, 4, 1.37, 66.67],
      [3, 'Anggrek', 15, 3285, 3300, 900, 60, 3.67, 2.43, 60],
      [4, 'ICU', 10, 2920, 3000, 500, 80, 6, 1.46, 50],
      [5, 'Anak', 25, 6388, 6100, 1600, 70.01, 3.81, 1.71, 64],
      [null, 'Jumlah', 100, 25915, 25300, 6200, 71, h9, 1.71, 62],
    ]);

  it('the Jumlah row holds the rates of the Jumlah counts; a BOR off its hari perawatan / (TT × 365) is said with that formula', () => {
    expect(findings(ruang(75, 4.08))).toEqual([]);
    const slip = errors(ruang(80, 4.08));
    expect(brief(slip)).toEqual(['G3 ratio.capaian']);
    expect(slip[0].message.en).toContain('8,212 / "Jumlah TT" 30 × 100 / 365 = 75');
    expect(brief(errors(ruang(75, 21.56)))).toEqual(['H7 ratio.total']);
  });
});

test('a two-column table numbers its columns 1 | 2: that row is header, not a figure in the Jumlah; it also makes "Fungsi | Belanja 2022" a header (probe 68)', () => {
  const belanja = (head: Lit[], jumlah: number) =>
    grid([
      head,
      [1, 2],
      ['Pelayanan Umum', 627121.3],
      ['Ketertiban dan Keamanan', 176676.4],
      ['Ekonomi', 399963.6],
      ['Kesehatan', 139502.1],
      ['Jumlah', jumlah],
    ]);
  for (const head of [
    ['Tahun', 2022],
    ['Fungsi', 'Belanja 2022'],
  ]) {
    expect(analyseSheet(belanja(head, 1343263.4)).tables.map((t) => t.headerRows)).toEqual([2]);
    rightThenSlip((j: number) => belanja(head, j), 1343263.4, 1343265.4, ['B7 sum.total-row']);
  }
});

test('an RKA K/L import "kode | uraian | vol | sat | hargasat | jumlah": sat is the satuan (an empty column before it splits nothing), jumlah the money its tree adds up (probe 68)', () => {
  const rka = (f3: number) =>
    grid([
      ['kode', 'uraian', 'vol', null, 'sat', 'hargasat', 'jumlah'],
      ['5096', 'Penanggulangan Terorisme Bidang Pencegahan', 0, null, '', 0, f3],
      ['5096.001', 'Operasi Intelijen Pencegahan', 10, null, 'Operasi', 0, 53921880000],
      ['5096.002', 'Perumusan Kebijakan Pencegahan Terorisme', 6, null, 'Rumusan', 0, 7358600000],
      ['5096.003', 'Rencana Tindak Lanjut Implementasi SOP', 6, null, 'Tindak Lanjut', 0, 750000000],
      ['5097', 'Penanggulangan Terorisme Bidang Penindakan', 0, null, '', 0, 179209799000],
      ['5097.001', 'Operasional Satgas Penindakan', 103, null, 'Operasi', 0, 101235240000],
      ['5097.002', 'Pelatihan dan Pengembangan Kemampuan', 9, null, 'Pelatihan', 0, 77974559000],
    ]);
  const a = analyseSheet(rka(62030480000));
  expect(a.tables).toHaveLength(1);
  expect(a.tables[0].columns.map((c) => c.role)).toEqual(['kode', 'label', 'value', 'other', 'satuan', 'value', 'value']);
  rightThenSlip(rka, 62030480000, 62130480000, ['G2 sum.hierarchy']);
});

test('weights add up: a Jumlah under "Bobot" or "Bobot (%)" is the sum of the components\' weights (probe 68)', () => {
  const komponen = (head: string, d6: number) =>
    grid([
      ['No', 'Nama Komponen', 'Deskripsi', head, 'Nilai'],
      [1, 'PERENCANAAN KINERJA', null, 30, 24.5],
      [2, 'PENGUKURAN KINERJA', null, 30, 21],
      [3, 'PELAPORAN KINERJA', null, 15, 11.25],
      [4, 'EVALUASI AKUNTABILITAS KINERJA INTERNAL', null, 25, 17.5],
      [null, 'Jumlah', null, d6, 74.25],
    ]);
  for (const head of ['Bobot', 'Bobot (%)']) rightThenSlip((d6: number) => komponen(head, d6), 100, 160, ['D6 sum.total-row']);
});

test('"Belum Terlayani" / "Belum Rekam" after "Sasaran | Terlayani": the remainder of its row, a slip there said at its cell (probe 69)', () => {
  const ktp = (e6: number) =>
    grid([
      ['No', 'Kecamatan', 'Wajib KTP-el', 'Sudah Rekam', 'Belum Rekam', '% Rekam'],
      [1, 'Suwawa', 12000, 11500, 500, 95.83],
      [2, 'Tapa', 8000, 7600, 400, 95],
      [3, 'Kabila', 15000, 14250, e6, 95],
      [4, 'Limboto', 20000, 19000, 1000, 95],
      [5, 'Telaga', 9000, 8700, 300, 96.67],
      [null, 'Jumlah', 64000, 61050, 2950, 95.39],
    ]);
  rightThenSlip(ktp, 750, 760, ['E4 sum.difference']);
});

describe("a SAKIP KKE's RESUME: komponen weights over their sub-komponen, the Nilai row SUMming the komponen (probe 68)", () => {
  const w = (v: number): CellInput => ({ value: v, numFmt: '0.00%' });
  const resume = (e2: number | CellInput, e14: number | CellInput) =>
    grid([
      ['KODE', 'NO', 'KOMPONEN', 'SUB-KOMPONEN', 'BOBOT', 'PENILAIAN MANDIRI'],
      ['AREN01', 'A', 'Perencanaan Kinerja', null, e2, f(0.25, '=SUM(F3:F5)')],
      ['AREN001', null, null, 'Pemenuhan', w(0.06), 0.05],
      ['AREN002', null, null, 'Kualitas', w(0.09), 0.08],
      ['AREN003', null, null, 'Pemanfaatan', w(0.15), 0.12],
      ['BKUR01', 'B', 'Pengukuran Kinerja', null, f(0.3, '=SUM(E7:E9)', '0.00%'), f(0.24, '=SUM(F7:F9)')],
      ['BKUR001', null, null, 'Pemenuhan', w(0.06), 0.06],
      ['BKUR002', null, null, 'Kualitas', w(0.09), 0.07],
      ['BKUR003', null, null, 'Pemanfaatan', w(0.15), 0.11],
      ['CLAP01', 'C', 'Pelaporan Kinerja', null, f(0.15, '=SUM(E11:E13)', '0.00%'), f(0.1, '=SUM(F11:F13)')],
      ['CLAP001', null, null, 'Pemenuhan', w(0.03), 0.02],
      ['CLAP002', null, null, 'Kualitas', w(0.045), 0.04],
      ['CLAP003', null, null, 'Pemanfaatan', w(0.075), 0.04],
      [null, 'Nilai Akuntabilitas Kinerja', null, null, e14, f(0.59, '=SUM(F2,F6,F10)')],
    ]);
  const sum = f(0.75, '=SUM(E2,E6,E10)', '0.00%');

  it('a komponen weight typed over its SUM is measured against its sub-komponen', () => {
    expect(findings(resume(f(0.3, '=SUM(E3:E5)', '0.00%'), sum))).toEqual([]);
    expect(brief(errors(resume(w(0.35), f(0.8, '=SUM(E2,E6,E10)', '0.00%'))))).toEqual(['E2 sum.hierarchy']);
  });

  it('the Nilai row typed over its SUM is still the total (its other column SUMs the komponen), and its slip is said there', () => {
    expect(brief(errors(resume(f(0.3, '=SUM(E3:E5)', '0.00%'), w(0.76))))).toEqual(['E14 sum.total-row']);
  });
});

describe("a road's length by condition: Panjang = Baik + Sedang + Rusak Ringan + Rusak Berat, Mantap = Baik + Sedang, % Mantap = Mantap / Panjang (probe 69)", () => {
  const jalan = (c6: number, h6: number, i6: number) =>
    grid(
      [
        ['No', 'Nama Ruas Jalan', 'Panjang (km)', 'Kondisi Jalan (km)', null, null, null, 'Kondisi Mantap (km)', '% Mantap'],
        [null, null, null, 'Baik', 'Sedang', 'Rusak Ringan', 'Rusak Berat', null, null],
        [1, 'Jl. Lingkar Selatan', 10, 5, 2, 2, 1, 7, 70],
        [2, 'Bongo – Huntu', c6, 4, 2, 1, 1, h6, i6],
        [3, 'Jl. Pendidikan', 5, 3, 1, 0.5, 0.5, 4, 80],
        [4, 'Jl. Nelayan', 4, 1, 1, 1, 1, 2, 50],
        [5, 'Jl. Pesantren', 6.4, 2.1, 1.3, 1.5, 1.5, 3.4, 53.13],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:I2'] },
    );

  it('a Mantap km off Baik + Sedang is said at its cell, its % following from it (whole km: no odd pair of columns read as the %)', () => {
    expect(findings(jalan(8, 6, 75))).toEqual([]);
    expect(brief(errors(jalan(8, 6.5, 75)))).toEqual(['H4 sum.row-total']);
  });

  it('a Panjang off its four conditions is said at its cell', () => {
    expect(brief(errors(jalan(9, 6, 66.67)))).toEqual(['C4 sum.row-total']);
  });
});

test('Produktivitas is Produksi / Luas by its name (Ku/Ha at × 10): one slip among four komoditas is found (probe 69)', () => {
  const tani = (e4: number) =>
    grid([
      ['No', 'Komoditas', 'Luas Panen (Ha)', 'Produksi (Ton)', 'Produktivitas (Ku/Ha)'],
      [1, 'Ubi Jalar', 21631, 319307.65, e4],
      [2, 'Ubi Kayu', 12645, 291365.97, 230.42],
      [3, 'Padi Ladang', 23113, 72828.17, 31.51],
      [4, 'Kedelai', 16348, 20488.59, 12.53],
    ]);
  rightThenSlip(tani, 147.62, 143.82, ['E2 ratio.capaian']);
});

test("a total % that is the ratio of the rows' own sums is not called their plain mean when the count beside it is off (probe 69)", () => {
  const putus = grid([
    ['No', 'Kecamatan', 'Jumlah Siswa', 'Siswa Putus Sekolah', 'APS (%)'],
    [1, 'Kedungbanteng', 4166, 12, 0.29],
    [2, 'Jawai', 3222, 12, 0.37],
    [3, 'Kembaran', 7047, 114, 1.62],
    [4, 'Sungai Raya', 2674, 32, 1.2],
    [5, 'Cilongok', 5404, 97, 1.79],
    [6, 'Ajibarang', 11443, 44, 0.38],
    [7, 'Sokaraja', 1751, 28, 1.6],
    [8, 'Sumbang', 8760, 155, 1.77],
    [9, 'Rawalo', 6510, 110, 1.69],
    [null, 'Total', 50977, 621, 1.18],
  ]);
  const fs = findings(putus);
  expect(brief(fs)).toEqual(['D11 sum.total-row', 'E11 ratio.total']);
  expect(fs[1].message.en).not.toContain('mean');
});

test('"Total Pendapatan Daerah" under "Jumlah PAD" names a larger whole: an outside figure, not a sum of the PAD components nor the whole their shares are of (probe 71)', () => {
  const pad = (d5: number) =>
    grid(
      [
        ['No', 'Uraian', '2021', null],
        [null, null, 'Realisasi (Rp)', 'Kontribusi thd PAD (%)'],
        [1, 'Pajak Daerah', 63640210694, 28.34],
        [2, 'Retribusi Daerah', 11527492938, d5],
        [3, 'Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan', 67667850690, 30.13],
        [4, 'Lain-lain PAD yang Sah', 81745448441, 36.4],
        [null, 'Jumlah PAD', 224581002763, 100],
        [null, 'Total Pendapatan Daerah', 3817877119433, null],
        [null, 'Kontribusi PAD terhadap Pendapatan Daerah (%)', 5.88, null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1'] },
    );
  rightThenSlip(pad, 5.13, 5.31, ['D4 ratio.share']);
});

test("a program retyped further down for another office (Dinas Kesehatan's, then RSUD's) is a node of its own: the Jumlah Bidang adds both (probe 70)", () => {
  const rpjmd = (g12: number) =>
    grid(
      [
        ['Kode', 'Bidang Urusan / Program', 'Indikator Kinerja Program', 'Satuan', '2025', null, 'Perangkat Daerah Penanggung Jawab'],
        [null, null, null, null, 'Target', 'Rp', null],
        ['1.02', 'BIDANG KESEHATAN'],
        [null, 'Dinas Kesehatan'],
        ['1.02.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP Perangkat Daerah', '%', 62, 40000, 'Dinas Kesehatan'],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan Masyarakat', 'Persentase fasilitas terakreditasi', '%', 75, 15000, 'Dinas Kesehatan'],
        [null, 'RSUD dr. H. Soemarno'],
        ['1.02.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP Perangkat Daerah', '%', 61, 25000, 'RSUD dr. H. Soemarno'],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan Masyarakat', 'Persentase fasilitas terakreditasi', '%', 90, 9000, 'RSUD dr. H. Soemarno'],
        [null, 'Jumlah Bidang Kesehatan', null, null, null, g12, null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2'] },
    );
  rightThenSlip(rpjmd, 89000, 98000, ['F10 sum.total-row']);
});

test('an APBD ringkasan\'s "A | Jumlah Pendapatan Daerah" and "B | Jumlah Belanja Daerah" are its lines, not totals of the rows around them; Surplus is their difference (probe 70)', () => {
  const ringkasan = (c6: number) =>
    grid([
      ['No', 'Uraian', '2021', '2022'],
      ['A', 'Jumlah Pendapatan Daerah', 1514048, 1589687],
      ['B', 'Jumlah Belanja Daerah', 1424263, 1407792],
      [null, 'Surplus/(Defisit)', c6, 181895],
      ['C', 'Pembiayaan Daerah'],
      ['1.', 'Penerimaan Pembiayaan', 310597, 294725],
      ['2.', 'Pengeluaran Pembiayaan', 59509, 66408],
      [null, 'Pembiayaan Neto (1 - 2)', 251088, 228317],
      [null, 'SILPA', 340873, 410212],
    ]);
  rightThenSlip(ringkasan, 89785, 89875, ['C4 sum.difference']);
});

test("a projection's average growth taken from its base year (Kondisi Awal 2024 | Proyeksi 2025 … 2029): the window the rows fit is the table's (probe 70)", () => {
  const proyeksi = (i2: number) =>
    grid([
      ['No', 'Uraian', 'Kondisi Awal 2024', 'Proyeksi 2025', 'Proyeksi 2026', 'Proyeksi 2027', 'Proyeksi 2028', 'Proyeksi 2029', 'Rata-rata Pertumbuhan (%)'],
      ['4.1', 'Pendapatan Asli Daerah', 349800283479, 369584486823, 390658980880, 413114731719, 437049353688, 462567602817, i2],
      ['4.1.1', 'Pajak Daerah', 206448774214, 221932432280, 238577364701, 256470667054, 275705967083, 296383914614, 7.5],
      ['4.1.2', 'Lain-lain PAD yang Sah', 143351509265, 147652054543, 152081616179, 156644064665, 161343386605, 166183688203, 3],
    ]);
  rightThenSlip(proyeksi, 5.75, 5.95, ['I2 ratio.pertumbuhan']);
});

test('"Jumlah Bidang Pendidikan" closes the heading "Bidang Urusan PENDIDIKAN", a program\'s second indicator line notwithstanding (probe 70)', () => {
  const rpjmd = (g11: number) =>
    grid(
      [
        ['Kode', 'Program Pembangunan Daerah', 'Indikator Kinerja Program (Outcome)', 'Satuan', '2019', null, 'OPD Penanggung Jawab'],
        [null, null, null, null, 'Target', 'Rp', null],
        ['1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR'],
        ['1.01', 'Bidang Urusan PENDIDIKAN'],
        ['1.01.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP Perangkat Daerah', '%', 61, 36245, 'Dinas Pendidikan'],
        ['1.01.02', 'Program Pengelolaan Pendidikan', 'Angka Partisipasi Murni SMP', '%', 61, 14586, 'Dinas Pendidikan'],
        [null, null, 'Persentase sekolah terakreditasi minimal B', '%', 74, null, null],
        ['1.01.03', 'Program Pengembangan Kurikulum', 'Persentase satuan pendidikan kurikulum merdeka', '%', 61, 6071, 'Dinas Pendidikan'],
        [null, 'Jumlah Bidang Pendidikan', null, null, null, g11, null],
        ['1.02', 'Bidang Urusan KESEHATAN'],
        ['1.02.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP Perangkat Daerah', '%', 61, 27049, 'Dinas Kesehatan'],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Persentase fasilitas kesehatan terakreditasi', '%', 61, 6190, 'Dinas Kesehatan'],
        [null, 'Jumlah Bidang Kesehatan', null, null, null, 33239, null],
        [null, 'Jumlah Urusan Wajib Pelayanan Dasar', null, null, null, 90141, null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2'] },
    );
  rightThenSlip(rpjmd, 56902, 59602, ['F9 sum.total-row']);
});

test('Kapasitas Riil = Total Penerimaan − belanja wajib dan mengikat: a line of the table, not the child of the last wajib item (probe 70)', () => {
  const kapasitas = (c15: number) =>
    grid([
      ['No', 'Uraian', '2025', '2026'],
      ['1', 'Pendapatan', 1400000, 1450000],
      ['1.1', 'Pendapatan Asli Daerah', 300000, 350000],
      ['1.2', 'Pendapatan Transfer', 1100000, 1100000],
      ['2', 'Sisa Lebih Riil Perhitungan Anggaran', 60000, 57000],
      [null, 'Total Penerimaan (1+2)', 1460000, 1507000],
      [null, 'Dikurangi:'],
      ['3', 'Belanja dan Pengeluaran Pembiayaan yang Wajib dan Mengikat serta Prioritas Utama', 805000, 826000],
      ['3.1', 'Belanja Pegawai', 780000, 800000],
      ['3.2', 'Belanja Bunga', '-', '-'],
      ['3.3', 'Belanja Bagi Hasil', 20000, 21000],
      ['3.4', 'Belanja Tidak Terduga', 5000, 5000],
      [null, 'Kapasitas Riil Kemampuan Keuangan', c15, 681000],
    ]);
  rightThenSlip(kapasitas, 655000, 665000, ['C13 sum.difference']);
});

test('a units row "(Juta Rupiah)" under some columns, the others merged down, and the 1 2 3 row under it are all header (probe 71)', () => {
  const pdrb = (b8: number) =>
    grid(
      [
        ['Lapangan Usaha', 'PDRB ADHK 2021', 'PDRB ADHK 2022', 'Distribusi 2022 (%)'],
        [null, '(Juta Rupiah)', '(Jutaan Rupiah)', null],
        [1, 2, 3, 4],
        ['A. Pertanian, Kehutanan, dan Perikanan', 8889262.95, 9293724.41, 69.53],
        ['B. Pertambangan dan Penggalian', 1366419.85, 1440889.73, 10.78],
        ['C. Industri Pengolahan', 2306776.47, 2631458.88, 19.69],
        ['PDRB', b8, 13366073.02, 100],
      ],
      { merges: ['A1:A2', 'D1:D2'] },
    );
  expect(analyseSheet(pdrb(12562459.27)).tables[0].headerRows).toBe(3);
  rightThenSlip(pdrb, 12562459.27, 12562495.27, ['B7 sum.total-row']);
});

test("BPS's Sumber Pertumbuhan, a change over last year's PDRB, is left unchecked rather than read as laju × this year's distribution (probe 71)", () => {
  const g = grid([
    ['Lapangan Usaha', 'ADHK 2021', 'ADHK 2022', 'Laju Pertumbuhan 2022 (%)', 'Distribusi 2022 (%)', 'Sumber Pertumbuhan 2022 (%)'],
    ['A. Pertanian', 100, 110, 10, 29.18, 2.86],
    ['B. Industri Pengolahan', 200, 202, 1, 53.58, 0.57],
    ['C. Perdagangan', 50, 65, 30, 17.24, 4.29],
    ['PDRB', 350, 377, 7.71, 100, 7.71],
  ]);
  expect(findings(g)).toEqual([]);
});

describe('an RFK whose weights total 100,01 from rounding, one weight wrong (probe 71)', () => {
  const rfk = (d7: number) =>
    grid(
      [
        ['No', 'Uraian', 'Pagu Anggaran (Rp)', 'Bobot', 'Realisasi Keuangan', null, 'Realisasi Fisik', null],
        [null, null, null, null, 'Rp', '%', '%', 'Tertimbang (%)'],
        [1, 'Pelatihan Berbasis Kompetensi', 253000000, 3.04, 80212800, 31.7, 34.87, 1.0588],
        [2, 'Sosialisasi Peraturan Ketenagakerjaan', 2205000000, d7, 1375818900, 62.4, 33.47, 8.8577],
        [3, 'Penyediaan Jasa Pelayanan Umum Kantor', 392050000, 4.71, 257517200, 65.68, 69.19, 3.2557],
        [4, 'Peningkatan Kapasitas Pelaku Usaha', 1362794000, 16.36, 936449800, 68.72, 58.94, 9.6405],
        [5, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 1734000000, 20.81, 577934800, 33.33, 58.32, 12.1374],
        [6, 'Penyediaan Gaji dan Tunjangan ASN', 1713016000, 20.56, 1526896900, 89.14, 50.95, 10.4752],
        [7, 'Pengadaan Peralatan dan Mesin Lainnya', 672000000, 8.07, 269126900, 40.05, 87.32, 7.0427],
        [null, 'JUMLAH', 8331860000, 100.01, 5023957300, 60.3, 52.468, 52.468],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'] },
    );

  it("one error, at the weight: the total's 100,01 is within its parts' rounding, the site progress is an input, the weighted figure follows from the weight", () => {
    rightThenSlip(rfk, 26.46, 28.46, ['D4 ratio.share']);
    expect(analyseSheet(rfk(28.46)).findings.map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual(['D4 ratio.share error', 'H4 ratio.weighted warning']);
  });
});

test('"Asumsi Pertumbuhan" before the projections it drives is set, not a computed column left unexplained (probe 70)', () => {
  const g = grid([
    ['No', 'Uraian', 'Realisasi 2019', 'Target 2020', 'Asumsi Pertumbuhan', 'Proyeksi 2021', 'Proyeksi 2022', 'Proyeksi 2023'],
    ['1.1', 'Pendapatan Asli Daerah', 295884920284, 302672545315, 5.82, 319814010642, 338133094007, 357718563297],
    ['1.1.1', 'Pajak Daerah', 167127139952, 167382766560, 8, 180773387885, 195235258916, 210854079629],
    ['1.1.2', 'Retribusi Daerah', 17007077570, 18254697539, 2, 18619791490, 18992187320, 19372031066],
    ['1.1.3', 'Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan', 11180312327, 12530238584, 2, 12780843356, 13036460223, 13297189427],
    ['1.1.4', 'Lain-lain PAD yang Sah', 100570390435, 104504842632, 3, 107639987911, 110869187548, 114195263175],
  ]);
  expect(findings(g)).toEqual([]);
});

test('an outline by bold and indent alone is borne out by its sums, not by the growth column beside them: the JUMLAH adds the groups (probe 70)', () => {
  const group = (name: string): CellInput => ({ value: name, bold: true, indent: 1 });
  const line = (name: string): CellInput => ({ value: name, indent: 2 });
  const pendapatan = (b11: number) =>
    grid([
      ['Uraian', 'Tahun 2016', 'Tahun 2017', 'Tahun 2018', 'Rata-rata Pertumbuhan'],
      [bold('PENDAPATAN DAERAH')],
      [group('Pendapatan Asli Daerah'), 197841, 195751, 205616, 1.99],
      [line('Pajak Daerah'), 172737, 170168, 177759, 1.49],
      [line('Retribusi Daerah'), 25104, 25583, 27857, 5.4],
      [group('Dana Perimbangan'), 777605, 844656, 872522, 5.96],
      [line('Dana Bagi Hasil Pajak/Bagi Hasil Bukan Pajak'), 192754, 218509, 213734, 5.59],
      [line('Dana Alokasi Umum'), 584851, 626147, 658788, 6.14],
      [group('Lain-lain Pendapatan Daerah yang Sah'), 76275, 83409, 80469, 2.91],
      [line('Pendapatan Hibah'), 14087, 17112, 15943, 7.32],
      [line('Dana Bagi Hasil Pajak dari Provinsi'), 62188, 66297, 64526, 1.97],
      [bold('JUMLAH PENDAPATAN DAERAH'), b11, 1123816, 1158607, 4.98],
    ]);
  rightThenSlip(pendapatan, 1051721, 1057121, ['B12 sum.total-row']);
});

test('a plain "JUMLAH TOTAL" at twice the rows under its sub-totals is a double count, not an outside whole', () => {
  const g = (k: number) =>
    grid([
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      ['A.', 'Bidang Pelatihan'],
      [1, 'Pelatihan Berbasis Kompetensi', 350000000, 331500000],
      [2, 'Uji Kompetensi', 120000000, 118200000],
      [null, 'Sub Jumlah Pelatihan', 470000000, 449700000],
      ['B.', 'Bidang Penempatan'],
      [1, 'Pelayanan Antarkerja', 130000000, 128750000],
      [2, 'Bursa Kerja', 60000000, 57000000],
      [null, 'Sub Jumlah Penempatan', 190000000, 185750000],
      [null, 'JUMLAH TOTAL', 660000000 * k, 635450000 * k],
    ]);
  rightThenSlip(g, 1, 2, ['C10 sum.total-row', 'D10 sum.total-row']);
});

test('a distribution whose rows add up to 100: its Jumlah states 100 or the sum of the rounded shares (probe 71)', () => {
  const dist = (c6: number) =>
    grid([
      ['No', 'Lapangan Pekerjaan', '2020 (%)', '2021 (%)'],
      [1, 'Pertanian', 66.52, 15.05],
      [2, 'Manufaktur', 28.2, 45.37],
      [3, 'Jasa', 5.28, 39.57],
      [null, 'Jumlah', c6, 99.99],
    ]);
  rightThenSlip(dist, 100, 98.5, ['C5 sum.total-row']);
});

describe('asset and statement tables (probe 73)', () => {
  it('an "Akumulasi Penyusutan" (or "Akm. Penyusutan") column typed as a contra amount, (7.500.000.000), is negative by what it is', () => {
    for (const head of ['Akumulasi Penyusutan (Rp)', 'Akm. Penyusutan (Rp)']) expect(findings(kibOf(head, 37500000000))).toEqual([]);
    const kib = (e4: number) => kibOf('Akumulasi Penyusutan (Rp)', e4);
    rightThenSlip(kib, 37500000000, 37000000000, ['E5 sum.total-row']);
  });
  const kibOf = (head: string, e4: number) =>
    grid([
      ['KIB', 'Uraian', 'Nilai Perolehan (Rp)', head, 'Nilai Buku (Rp)'],
      ['B', 'Peralatan dan Mesin', 12000000000, -7500000000, 4500000000],
      ['C', 'Gedung dan Bangunan', 30000000000, -9000000000, 21000000000],
      ['D', 'Jalan, Irigasi dan Jaringan', 18000000000, -6000000000, 12000000000],
      [null, 'Jumlah', 60000000000, -22500000000, e4],
    ]);

  it('"JUMLAH KEWAJIBAN DAN EKUITAS DANA" adds JUMLAH KEWAJIBAN and JUMLAH EKUITAS (Ekuitas Dana is the old name)', () => {
    const neraca = (b13: number) =>
      grid([
        ['Uraian', '2023'],
        ['ASET'],
        ['Kas di Bendahara Pengeluaran', 5000000],
        ['Persediaan', 900000000],
        ['JUMLAH ASET', 905000000],
        ['KEWAJIBAN'],
        ['Utang Belanja', 800000000],
        ['JUMLAH KEWAJIBAN', 800000000],
        ['EKUITAS'],
        ['Ekuitas', 105000000],
        ['JUMLAH EKUITAS', 105000000],
        ['JUMLAH KEWAJIBAN DAN EKUITAS DANA', b13],
      ]);
    rightThenSlip(neraca, 905000000, 950000000, ['B12 sum.total-row']);
  });

  it('"JUMLAH KEWAJIBAN" (=SUM of its one sub-total) right under "Jumlah Kewajiban Jangka Pendek" closes the section "2 | KEWAJIBAN", not the asset sub-totals', () => {
    const neraca = (d15: number) =>
      grid([
        ['No', 'Uraian', '2021 (Rp)', '2020 (Rp)'],
        ['1', 'ASET'],
        [null, 'ASET LANCAR'],
        [null, 'Kas di Bendahara Pengeluaran', 5000000, 1279294],
        [null, 'Persediaan', 1835317317, 1195612549],
        [null, 'Jumlah Aset Lancar', 1840317317, 1196891843],
        [null, 'JUMLAH ASET', 1840317317, 1196891843],
        ['2', 'KEWAJIBAN'],
        [null, 'KEWAJIBAN JANGKA PENDEK'],
        [null, 'Utang Belanja', 276533834, 99996941],
        [null, 'Jumlah Kewajiban Jangka Pendek', 276533834, 99996941],
        [null, 'JUMLAH KEWAJIBAN', f(276533834, '=SUM(C11:C11)'), f(99996941, '=SUM(D11:D11)')],
        ['3', 'EKUITAS'],
        [null, 'Ekuitas', 1563783483, 1096894902],
        [null, 'JUMLAH EKUITAS', d15, 1096894902],
        [null, 'JUMLAH KEWAJIBAN DAN EKUITAS', 1840317317, 1196891843],
      ]);
    rightThenSlip(neraca, 1563783483, 1563788483, ['C15 sum.total-row']);
  });

  it('a section whose one line is "–" that year closes on 0: right as stated; another figure there is said', () => {
    const neraca = (c9: number) =>
      grid([
        ['Uraian', '2023', '2022'],
        ['ASET LANCAR'],
        ['Kas di Bendahara Pengeluaran', 5000000, 3000000],
        ['Persediaan', 700000000, 900000000],
        ['Jumlah Aset Lancar', 705000000, 903000000],
        ['KEWAJIBAN JANGKA PENDEK'],
        ['Utang Belanja', 800000000, '–'],
        ['Jumlah Kewajiban Jangka Pendek', 800000000, c9],
      ]);
    rightThenSlip(neraca, 0, 500000, ['C8 sum.total-row']);
  });

  it('"6 = 3+4-5" over Saldo Akhir states a sum with a term taken off: no row total of 3 and 4', () => {
    const mutasi = grid([
      ['No', 'Uraian', 'Saldo Awal', 'Penambahan', 'Pengurangan', 'Saldo Akhir'],
      [1, 2, 3, 4, 5, '6 = 3+4-5'],
      [1, 'Peralatan dan Mesin', 12000000000, 800000000, 300000000, 12500000000],
      [2, 'Gedung dan Bangunan', 30000000000, 2000000000, 500000000, 31500000000],
      [null, 'Jumlah', 42000000000, 2800000000, 800000000, 44000000000],
    ]);
    expect(findings(mutasi)).toEqual([]);
  });

  it('Nilai Buku is Nilai Perolehan − Akumulasi Penyusutan on each row: a slip there is said at its cell', () => {
    const kib = (e3: number) =>
      grid([
        ['KIB', 'Uraian', 'Nilai Perolehan (Rp)', 'Akumulasi Penyusutan (Rp)', 'Nilai Buku (Rp)'],
        ['B', 'Peralatan dan Mesin', 12000000000, 7500000000, 4500000000],
        ['C', 'Gedung dan Bangunan', 30000000000, 9000000000, e3],
        ['D', 'Jalan, Irigasi dan Jaringan', 18000000000, 6000000000, 12000000000],
        [null, 'Jumlah', 60000000000, 22500000000, 37500000000],
      ]);
    rightThenSlip(kib, 21000000000, 21000050000, ['E3 sum.difference']);
  });

  it('"Naik/(Turun)" and "Naik/(Turun) %" are the short forms of Kenaikan/(Penurunan): a difference and a growth of the row', () => {
    const lo = (d3: number) =>
      grid([
        ['Uraian', '2023', '2022', 'Naik/(Turun)', 'Naik/(Turun) %'],
        ['Pendapatan Retribusi Daerah - LO', 2000000000, 1800000000, 200000000, 11.11],
        ['Lain-lain PAD yang Sah - LO', 500000000, 400000000, d3, 25],
        ['Beban Pegawai', 70000000000, 66000000000, 4000000000, 6.06],
        ['Beban Barang dan Jasa', 30000000000, 31000000000, -1000000000, -3.23],
      ]);
    rightThenSlip(lo, 100000000, 100050000, ['D3 sum.difference']);
  });

  it('a "Pengurangan" column typed negative is a deduction by what it is, and its row total adds it', () => {
    const mutasi = grid([
      ['No', 'Uraian', 'Saldo Awal', 'Penambahan', 'Pengurangan', 'Saldo Akhir'],
      [1, 'Peralatan dan Mesin', 12000000000, 800000000, -300000000, 12500000000],
      [2, 'Gedung dan Bangunan', 30000000000, 2000000000, -500000000, 31500000000],
      [3, 'Jalan, Irigasi dan Jaringan', 18000000000, 1000000000, -200000000, 18800000000],
      [null, 'Jumlah', 60000000000, 3800000000, -1000000000, 62800000000],
    ]);
    expect(findings(mutasi)).toEqual([]);
  });
});

test('a running total down the months ("Kumulatif") closes on its last figure: its Jumlah is not the sum of the running totals (probe 72)', () => {
  const pad = (d5: number) =>
    grid([
      ['No', 'Bulan', 'Target (Rp)', 'Realisasi (Rp)', 'Kumulatif'],
      [1, 'Januari', 875000000, 612000000, 612000000],
      [2, 'Februari', 875000000, 845500000, 1457500000],
      [3, 'Maret', 875000000, 733250000, 2190750000],
      [null, 'JUMLAH', 2625000000, d5, 2190750000],
    ]);
  rightThenSlip(pad, 2190750000, 2109750000, ['D5 sum.total-row']);
});

test('a report stopping at TW III: "Realisasi s.d. TW III" is the quarters so far (Σ of counts, the last of levels), and the capaian divides it (probe 72)', () => {
  const tw = (j5: number) =>
    grid(
      [
        ['No', 'INDIKATOR', 'Satuan', 'Target 2025', 'Realisasi Triwulan', null, null, null, 'Realisasi s.d. TW III', '% Capaian thd Target Tahunan'],
        [null, null, null, null, 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', null, null],
        [1, 'Persentase sub kegiatan yang tepat waktu', '%', 87.71, 50.26, 52.8, 79.47, '-', 79.47, 90.6],
        [2, 'Persentase koperasi aktif', '%', 64.78, 33.53, 49.07, 51.15, '-', 51.15, 79],
        [3, 'Jumlah dokumen perencanaan yang disusun', 'Dokumen', 23, 2, 8, 6, '-', 16, j5],
        [4, 'Jumlah tenaga kerja yang ditempatkan', 'Orang', 4750, 1169, 759, 727, '-', 2655, 55.9],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:I2', 'J1:J2'] },
    );
  rightThenSlip(tw, 69.6, 96.6, ['J5 ratio.capaian'], 'findings');
});

test('a yearly target stated on the Jumlah row alone, under months of realisasi, is set: no missing-target warning (probe 72)', () => {
  const g = grid([
    ['No', 'Bulan', 'Target Tahunan (Rp)', 'Realisasi (Rp)'],
    [1, 'Januari', null, 612000000],
    [2, 'Februari', null, 845500000],
    [3, 'Maret', null, 733250000],
    [null, 'JUMLAH', 10500000000, 2190750000],
  ]);
  expect(findings(g)).toEqual([]);
});

test('counts in a table titled "(dalam jutaan rupiah)" are whole things, not rounded millions: a Jumlah one off is a slip (probe 73 M6)', () => {
  const aset = (c11: number) =>
    grid([
      ['Rekapitulasi Aset Tetap'],
      ['(dalam jutaan rupiah)'],
      [],
      heads('No', 'Jenis Aset', 'Jumlah Barang', 'Nilai Perolehan', 'Akumulasi Penyusutan', 'Nilai Buku'),
      [1, 'Tanah', 12, 25000, 0, 25000],
      [2, 'Peralatan dan Mesin', 850, 12001, 7500, 4501],
      [3, 'Gedung dan Bangunan', 14, 30001, 9001, 21000],
      [4, 'Jalan, Irigasi dan Jaringan', 20, 8000, 2000, 6000],
      [null, bold('Jumlah'), c11, 75001, 18500, 56500],
    ]);
  rightThenSlip(aset, 896, 898, ['C9 sum.total-row']);
});

describe('a balance: Saldo Akhir = Saldo Awal + Penambahan − Pengurangan (probe 73 M2)', () => {
  const mutasi = (heads2: Lit[][], f8: number | null, f10: number | null = 79500) =>
    grid([
      ['Mutasi Aset Tetap Per 31 Desember 2023'],
      ['(dalam jutaan rupiah)'],
      ...heads2,
      [1, 'Tanah', 25000, 1000, 0, 26000],
      [2, 'Peralatan dan Mesin', 12000, 800, 300, 12500],
      [3, 'Gedung dan Bangunan', 30000, 2000, 500, f8],
      [4, 'Jalan, Irigasi dan Jaringan', 8000, 1500, 0, 9500],
      [null, bold('Jumlah'), 75000, 5300, 800, f10],
    ]);
  const byWords = [heads('No', 'Uraian', 'Saldo Awal', 'Penambahan', 'Pengurangan', 'Saldo Akhir')];
  test('by its words: the row that does not balance is the error, its Jumlah a consequence', () => {
    rightThenSlip((v: number) => mutasi(byWords, v), 31500, 31530, ['F6 sum.row-total']);
    const [e] = errors(mutasi(byWords, 31530));
    expect(e.message.en).toBe("'Gedung dan Bangunan': 30,000 + 2,000 − 500 = 31,500, but 31,530 is stated (C6+D6-E6)");
  });
  test('balances at two dates ("Saldo per 31 Desember 2022 | Mutasi ▸ Tambah | Kurang | Saldo per 31 Desember 2023")', () => {
    const dated = [
      heads('No', 'Uraian', 'Saldo per 31 Desember 2022', 'Mutasi 2023', null, 'Saldo per 31 Desember 2023'),
      heads(null, null, null, 'Tambah', 'Kurang', null),
    ];
    rightThenSlip((v: number) => mutasi(dated, v), 31500, 31530, ['F7 sum.row-total']);
  });
  test('stated in the column-number row, "6 = 3+4-5"', () => {
    const numbered = [heads('No', 'Uraian', 'Saldo Tahun Lalu', 'Bertambah', 'Berkurang', 'Saldo Tahun Ini'), [1, 2, 3, 4, 5, '6 = 3+4-5']];
    rightThenSlip((v: number) => mutasi(numbered, v), 31500, 31530, ['F7 sum.row-total']);
  });
  test('an empty Saldo Akhir is filled with its balance formula', () => {
    const plan = analyseSheet(mutasi(byWords, null, null)).fill.filter((x) => x.cell.startsWith('F'));
    expect(plan.map((x) => [x.cell, x.formula, x.value])).toContainEqual(['F6', '=C6+D6-E6', 31500]);
  });
  test('a flow of either sign ("Reklasifikasi", negative by nature) is added as typed, as is an outflow typed negative', () => {
    const reklas = (f6: number) =>
      grid([
        heads('No', 'Uraian', 'Saldo Awal', 'Penambahan', 'Reklasifikasi', 'Saldo Akhir'),
        [1, 'Tanah', 25000, 1000, -200, 25800],
        [2, 'Peralatan dan Mesin', 12000, 800, 200, f6],
        [3, 'Gedung dan Bangunan', 30000, 2000, 0, 32000],
      ]);
    rightThenSlip(reklas, 13000, 13030, ['F3 sum.row-total']);
    const negative = (f3: number) =>
      grid([
        heads('No', 'Uraian', 'Saldo Awal', 'Penambahan', 'Pengurangan', 'Saldo Akhir'),
        [1, 'Tanah', 25000, 1000, 0, 26000],
        [2, 'Peralatan dan Mesin', 12000, 800, -300, f3],
        [3, 'Gedung dan Bangunan', 30000, 2000, -500, 31500],
      ]);
    rightThenSlip(negative, 12500, 12530, ['F3 sum.row-total']);
  });
});

describe('composite indices and published measures (probe 75)', () => {
  test('a growth down the years of a column dated by its price base ("PDRB ADHK 2010"): 2010 dates the prices, not the figures', () => {
    const pdrb = (d6: number) =>
      grid([
        ['Perkembangan PDRB Kabupaten'],
        [],
        heads('Tahun', 'PDRB ADHB (juta Rp)', 'PDRB ADHK 2010 (juta Rp)', 'Laju Pertumbuhan PDRB ADHK (%)'),
        ['2019', 7945644, 6112034, '-'],
        ['2020', 8588460, 6361822, 4.09],
        ['2021', 8735185, 6239418, d6],
        ['2022', 9443517, 6512770, 4.38],
        ['2023', 10310867, 6873911, 5.55],
      ]);
    rightThenSlip(pdrb, -1.92, -1.29, ['D6 ratio.peningkatan']);
    // "PDRB ADHK 2020 | PDRB ADHK 2021" are those years' figures at constant prices (no BPS base year): the laju of 2021 on 2020.
    const sektor = (f6: number) =>
      grid([
        heads('Kategori', 'Lapangan Usaha', 'PDRB ADHK 2020 (Jutaan Rupiah)', 'PDRB ADHK 2021 (Jutaan Rupiah)', 'Laju Pertumbuhan 2021 (%)'),
        ['A', 'Pertanian, Kehutanan, dan Perikanan', 5694521.4, 6080036.1, 6.77],
        ['B', 'Pertambangan dan Penggalian', 1423099.9, 1461552.8, 2.7],
        ['C', 'Industri Pengolahan', 1519674.6, 1555693.7, 2.37],
        ['F', 'Konstruksi', 3155718.7, 3278651.6, f6],
      ]);
    rightThenSlip(sektor, 3.9, 4.3, ['E5 ratio.peningkatan']);
  });
  test('"Gap terhadap Provinsi" is a difference, as a Selisih is', () => {
    const ipm = (d4: number) =>
      grid([
        heads('Tahun', 'IPM Kab. Lombok Timur', 'IPM Provinsi', 'Gap terhadap Provinsi'),
        ['2019', 73.4, 72.02, d4],
        ['2020', 73.82, 72.26, 1.56],
        ['2021', 74.3, 72.65, 1.65],
        ['2022', 74.98, 73.01, 1.97],
        ['2023', 75.8, 73.25, 2.55],
      ]);
    rightThenSlip(ipm, 1.38, 2.69, ['D2 sum.difference']);
  });
  test('Gini Rasio beside the figures of poverty is published, not computed: no column warning', () => {
    const miskin = grid([
      heads('Tahun', 'Jumlah Penduduk Miskin (ribu jiwa)', 'Persentase Penduduk Miskin (%)', 'Garis Kemiskinan (Rp/kapita/bulan)', 'Gini Rasio'),
      ['2019', 31.42, 12.76, 402115, 0.341],
      ['2020', 30.88, 12.45, 421870, 0.337],
      ['2021', 31.05, 12.51, 440212, 0.352],
      ['2022', 29.7, 11.93, 468930, 0.33],
    ]);
    expect(findings(miskin)).toEqual([]);
  });
  test('Nilai Tertimbang = Bobot × Nilai Indeks (IKLH), the weight a fraction or a percentage', () => {
    const iklh = (bobot: number[], e5: number, more: Lit[] = []) =>
      grid([
        ['Perhitungan IKLH Tahun 2022'],
        [],
        heads('No', 'Komponen Indeks', 'Bobot', 'Nilai Indeks', 'Nilai Tertimbang', ...(more.length ? ['Target 2022', 'Capaian (%)'] : [])),
        [1, 'Indeks Kualitas Air (IKA)', bobot[0], 72.82, 27.38],
        [2, 'Indeks Kualitas Udara (IKU)', bobot[1], 83.8, e5],
        [3, 'Indeks Kualitas Tutupan Lahan (IKTL)', bobot[2], 81.21, 17.78],
        [null, 'IKLH', bobot[0] + bobot[1] + bobot[2], null, 79.1, ...more],
      ]);
    rightThenSlip((e5: number) => iklh([0.376, 0.405, 0.219], e5), 33.94, 34.94, ['E5 ratio.weighted']);
    rightThenSlip((e5: number) => iklh([37.6, 40.5, 21.9], e5), 33.94, 34.94, ['E5 ratio.weighted']);
    // With the target and capaian of the IKLH beside it, the same.
    rightThenSlip((e5: number) => iklh([0.376, 0.405, 0.219], e5, [82.86, 95.46]), 33.94, 34.94, ['E5 ratio.weighted']);
    expect(errors(iklh([0.376, 0.405, 0.219], 34.94))[0].message.en).toBe("'Indeks Kualitas Udara (IKU)': 0.405 × 83.8 = 33.94, 34.94 is stated");
  });
  test('a Capaian (%) naming no year after a series of realisasi and one dated target divides that year, each row by its polarity', () => {
    const makro = (j7: number) =>
      grid([
        heads('No', 'Indikator', 'Satuan', 'Realisasi 2020', 'Realisasi 2021', 'Realisasi 2022', 'Target 2022', 'Capaian (%)'),
        [1, 'Jumlah Kunjungan Wisatawan', 'Orang', 382420, 388891, 395176, 395000, 100.04],
        [2, 'Tingkat Pengangguran Terbuka (TPT)', '%', 5.34, 5.24, 5.25, 5.2, 99.04],
        [3, 'Gini Rasio', 'Indeks', 0.377, 0.376, 0.376, 0.396, 105.05],
        [4, 'Angka Kematian Bayi', 'per 1.000 KH', 14.18, 14.1, 14.11, 14.41, j7],
        [5, 'Nilai SAKIP', 'Nilai', 71.83, 72.23, 72.03, 76.11, 94.64],
        [6, 'Umur Harapan Hidup', 'Tahun', 68.36, 69.49, 70.43, 65.78, 107.07],
      ]);
    rightThenSlip(makro, 102.08, 104.74, ['H5 ratio.capaian']);
  });
});

describe('SIPD rincian: Koefisien multiplied out, Jumlah with its PPN (probe 74)', () => {
  const rincian = (ppnHead: string, ppn: [Lit, Lit, Lit, Lit], g6: number) =>
    grid([
      ['RINCIAN BELANJA'],
      [],
      heads('Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga (Rp)', ppnHead, 'Jumlah (Rp)'),
      ['5.2.02.10.01.0002', 'Belanja Modal Personal Computer', null, null, null, null, 130536000],
      [null, 'Personal Computer Core i7 RAM 16 GB', '4 Unit', 'Unit', 17250000, ppn[0], 76590000],
      [null, 'Laptop Core i5', '4 Unit', 'Unit', 12150000, ppn[1], g6],
      ['5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', null, null, null, null, 12390000],
      [null, 'Uang Harian Perjalanan Dinas Luar Daerah', '2 Orang x 3 Hari x 4 Kali', 'OH', 400000, ppn[2], 9600000],
      [null, 'Nasi Kotak Rapat', '4 Kali x 18 Orang', 'Kotak', 38750, ppn[3], 2790000],
    ]);
  test('a rate typed 11, "11%" or an amount in rupiah: the right rincian says nothing, a slip is the line', () => {
    rightThenSlip((g6: number) => rincian('PPN', [11, 11, 0, 0], g6), 53946000, 53946500, ['G6 ratio.weighted']);
    rightThenSlip((g6: number) => rincian('PPN', ['11%', '11%', '0%', '0%'], g6), 53946000, 53946500, ['G6 ratio.weighted']);
    rightThenSlip((g6: number) => rincian('PPN (Rp)', [7590000, 5346000, 0, 0], g6), 53946000, 53946500, ['G6 ratio.weighted']);
    const [e] = errors(rincian('PPN', [11, 11, 0, 0], 53946500));
    expect(e.message.en).toBe("'Laptop Core i5': 4 × 12,150,000 + VAT 11% = 53,946,000, 53,946,500 is stated");
  });
  test('"2 Orang x 3 Hari x 4 Kali" is 24: a Jumlah of another koefisien is the slip', () => {
    const multi = (g8: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga (Rp)', 'Jumlah (Rp)'),
        ['5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', null, null, null, 81600000],
        [null, 'Uang Harian Perjalanan Dinas Luar Daerah', '2 Orang x 3 Hari x 4 Kali', 'OH', 400000, g8],
        [null, 'Tenaga Administrasi Kantor', '12 Bulan x 2 Orang', 'OB', 3000000, 72000000],
      ]);
    rightThenSlip((g: number) => multi(g), 9600000, 9500000, ['F3 ratio.weighted']);
    expect(findings(multi(9500000)).map((x) => `${x.cell} ${x.severity}`)).toEqual(['F2 warning', 'F3 error']);
    expect(readText('12 Bulan x 2 Orang')).toMatchObject({ kind: 'number', value: 24, unit: 'Bulan x Orang' });
    expect(readText('2 x 3')).toEqual({ kind: 'text', text: '2 x 3' });
  });
});

test('a DPA of one sub kegiatan with its code split over tier columns: the lone "0001" is the Sub Kegiatan tier, not a number (probe 74)', () => {
  const dpa = grid([
    ['RINGKASAN DPA'],
    [],
    heads('Urusan', 'Bidang Urusan', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Uraian', 'Sumber Dana', 'Lokasi', 'Pagu Anggaran (Rp)', 'Jumlah (Rp)'),
    ['1', '02', '02', null, null, 'PROGRAM PEMENUHAN UPAYA KESEHATAN', null, null, 26710000, 26710000],
    ['1', '02', '02', '2.03', null, 'Penyelenggaraan Sistem Informasi Kesehatan', null, null, 26710000, 26710000],
    ['1', '02', '02', '2.03', '0001', 'Pengelolaan Data dan Informasi Kesehatan', 'PAD', 'Kota Pekanbaru', 26710000, 26710000],
    [null, null, null, null, null, 'TOTAL', null, null, 26710000, 26710000],
  ]);
  expect(findings(dpa)).toEqual([]);
  expect(analyseSheet(dpa).tables[0].rows.map((r) => r.kind)).toEqual(['program', 'kegiatan', 'subkegiatan', 'total']);
});

test('Rencana Penarikan Dana by quarter draws its Pagu down and adds up the kode tree: a slipped quarter is found at its cell, with or without a Jumlah (probe 74)', () => {
  const dpa = (g7: number, jumlah: boolean) =>
    grid([
      ['RENCANA PENARIKAN DANA PER SUB KEGIATAN'],
      [],
      heads('Kode', 'Uraian', 'Pagu Anggaran (Rp)', 'Rencana Penarikan Dana', null, null, null, ...(jumlah ? ['Jumlah (Rp)'] : [])),
      heads(null, null, null, 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', ...(jumlah ? [null] : [])),
      ['2.07.03', 'PROGRAM PELATIHAN KERJA', 532280000, 106456000, 159684000, 159684000, 106456000, ...(jumlah ? [532280000] : [])],
      ['2.07.03.2.02', 'Pembinaan Lembaga Pelatihan Kerja Swasta', 532280000, 106456000, 159684000, 159684000, 106456000, ...(jumlah ? [532280000] : [])],
      ['2.07.03.2.02.0001', 'Pengembangan Kompetensi LPK Swasta', 200000000, 40000000, 60000000, 60000000, g7, ...(jumlah ? [200000000] : [])],
      ['2.07.03.2.02.0002', 'Akreditasi Lembaga Pelatihan Kerja', 332280000, 66456000, 99684000, 99684000, 66456000, ...(jumlah ? [332280000] : [])],
    ]);
  rightThenSlip((g: number) => dpa(g, true), 40000000, 40100000, ['G7 value.crossing']);
  rightThenSlip((g: number) => dpa(g, false), 40000000, 40100000, ['G7 value.crossing']);
});

test('SKM by unsur: NRR per unsur = Jumlah Nilai ÷ the respondents of the "Jumlah Responden" row; the tertimbang after a slipped NRR follows from it (probe 75)', () => {
  const skm = (d7: number) =>
    grid([
      ['Hasil Pengolahan SKM Tahun 2022'],
      [],
      heads('No', 'Unsur Pelayanan', 'Jumlah Nilai per Unsur', 'NRR per Unsur', 'NRR Tertimbang (NRR x 0,111)'),
      [null, 'Jumlah Responden', 301, null, null],
      ['U1', 'Persyaratan', 1047, 3.48, 0.386],
      ['U2', 'Sistem, Mekanisme dan Prosedur', 1039, 3.45, 0.383],
      ['U3', 'Waktu Penyelesaian', 939, d7, 0.346],
      ['U4', 'Biaya/Tarif', 1127, 3.74, 0.415],
      ['U5', 'Produk Spesifikasi Jenis Pelayanan', 1055, 3.5, 0.389],
      ['U6', 'Kompetensi Pelaksana', 1063, 3.53, 0.392],
      ['U7', 'Perilaku Pelaksana', 1002, 3.33, 0.37],
      ['U8', 'Penanganan Pengaduan, Saran dan Masukan', 1113, 3.7, 0.411],
      ['U9', 'Sarana dan Prasarana', 1020, 3.39, 0.376],
      [null, 'Jumlah NRR Tertimbang', null, null, 3.468],
      [null, 'IKM Unit Pelayanan (Jumlah NRR Tertimbang x 25)', null, null, 86.7],
    ]);
  rightThenSlip(skm, 3.12, 3.18, ['D7 ratio.weighted']);
  expect(findings(skm(3.18)).map((x) => `${x.cell} ${x.severity}`)).toEqual(['D7 error', 'E7 warning']);
});

test("an SKM respondents' sheet with the short labels (Jumlah / NRR / NRR tertimbang / Nilai IKM) is checked as the long ones are (probe 75)", () => {
  const resp = (d12: number) =>
    grid([
      ['REKAPITULASI KUESIONER SKM'],
      [],
      heads('No. Resp', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'),
      [1, 3, 3, 2, 4, 3, 3, 4, 3, 3],
      [2, 4, 3, 3, 4, 3, 2, 3, 3, 4],
      [3, 3, 4, 3, 3, 4, 3, 3, 2, 3],
      [4, 3, 3, 2, 4, 3, 3, 4, 3, 3],
      [5, 2, 3, 3, 3, 3, 3, 3, 3, 3],
      [6, 4, 4, 3, 4, 3, 3, 4, 3, 4],
      ['Jumlah', 19, 20, 16, 22, 19, 17, 21, 17, 20],
      ['NRR', 3.17, 3.33, 2.67, 3.67, 3.17, 2.83, 3.5, 2.83, 3.33],
      ['NRR tertimbang', 0.352, 0.37, d12, 0.407, 0.352, 0.314, 0.389, 0.314, 0.37],
      ['Jumlah NRR tertimbang', 3.164],
      ['Nilai IKM', 79.1],
    ]);
  rightThenSlip(resp, 0.296, 0.411, ['D12 ratio.weighted']);
});

describe('books and balances: mutasi, kas, piutang, stock, staff (probe 76)', () => {
  const balance = (head: Lit[], rows: Lit[][]) => grid([['Rincian Mutasi'], [], head, ...rows]);
  test('outflows typed negative: the closing follows them as typed, no negative-value warnings', () => {
    const piutang = (g5: number) =>
      balance(heads('No', 'Uraian', 'Saldo Awal', 'Penambahan', 'Pelunasan', 'Penghapusan', 'Saldo Akhir'), [
        [1, 'Piutang Pajak Reklame', 148430000, 399312000, -194802480, -52599111, g5],
        [2, 'Piutang PBB-P2', 310795000, 1208385500, -1153849301, '-', 365331199],
        [3, 'Piutang Retribusi Pasar', 194342000, 76719300, -72852206, '-', 198209094],
        [null, bold('Jumlah'), 653567000, 1684416800, -1421503987, -52599111, 863880702],
      ]);
    rightThenSlip(piutang, 300340409, 300440409, ['G4 sum.row-total']);
  });
  test('balances by other names: Saldo per Buku … per Bank, Keadaan 1 Januari … 31 Desember, Nilai per 31 Des, Sisa Kas', () => {
    const rekon = (f4: number) =>
      balance(heads('No', 'Nama Rekening', 'Saldo per Buku (BKU)', 'Ditambah', 'Pengurang', 'Saldo per Bank'), [
        [1, 'Rekening Dana BOS', 88148000, '-', 579423, f4],
        [2, 'Rekening Dana Desa', 101805000, 3824573, '-', 105629573],
        [3, 'Giro Bendahara Penerimaan', 351533000, 2083064, '-', 353616064],
        [4, 'Giro Bendahara Pengeluaran', 119210000, 4396382, '-', 123606382],
      ]);
    rightThenSlip(rekon, 87568577, 87578577, ['F4 sum.row-total']);
    const pegawai = (f4: number) =>
      balance(heads('No', 'Golongan', 'Keadaan 1 Januari 2023', 'Masuk', 'Berkurang', 'Keadaan 31 Desember 2023'), [
        [1, 'Golongan I', 11, 5, 4, f4],
        [2, 'Golongan II', 21, 4, 8, 17],
        [3, 'Golongan III', 46, 2, '-', 48],
        [4, 'Golongan IV', 87, 2, 3, 86],
        [null, bold('Jumlah'), 165, 13, 15, 163],
      ]);
    rightThenSlip(pegawai, 12, 13, ['F4 sum.row-total']);
    const nilai = (f5: number) =>
      balance(heads('No', 'Jenis Aset', 'Nilai per 31 Des 2022', 'Penambahan', 'Pengurangan', 'Nilai per 31 Des 2023'), [
        [1, 'Tanah', 25000000000, 1000000000, 0, 26000000000],
        [2, 'Jalan, Irigasi dan Jaringan', 31862050000, 4297525388, 475594850, f5],
        [3, 'Gedung dan Bangunan', 30000000000, 2000000000, 500000000, 31500000000],
      ]);
    rightThenSlip(nilai, 35683980538, 35683987538, ['F5 sum.row-total']);
    const kas = (f5: number) =>
      balance(heads('No', 'Bulan', 'Saldo Awal Bulan', 'Penerimaan', 'Pengeluaran', 'Sisa Kas'), [
        [1, 'Januari', 0, 850000000, 812345000, 37655000],
        [2, 'Februari', 37655000, 1230000000, 1190100000, f5],
        [3, 'Maret', 77555000, 975500000, 1003400000, 49655000],
      ]);
    rightThenSlip(kas, 77555000, 77655000, ['F5 sum.row-total']);
  });
  test('a monthly kas rekap: its Jumlah row states the first opening and the last closing, never their sum', () => {
    const rekap = (f8: number) =>
      balance(heads('No', 'Bulan', 'Saldo Awal', 'Penerimaan', 'Pengeluaran', 'Saldo Akhir'), [
        [1, 'Januari', 0, 850000000, 812345000, 37655000],
        [2, 'Februari', 37655000, 1230000000, 1190100000, 77555000],
        [3, 'Maret', 77555000, 975500000, 1003400000, 49655000],
        [4, 'April', 49655000, 1410000000, 1380000000, f8],
        [null, bold('Jumlah'), 0, 4465500000, 4385845000, 79655000],
      ]);
    rightThenSlip(rekap, 79655000, 79755000, ['F7 sum.row-total']);
  });
  test('a month opens with the closing balance of the month before: a slipped opening is found at its cell, a slipped closing at its own', () => {
    const rekap = (c6: number, f5: number) =>
      balance(heads('No', 'Bulan', 'Saldo Awal', 'Penerimaan', 'Pengeluaran', 'Saldo Akhir'), [
        [1, 'Januari', 0, 850000000, 812345000, 37655000],
        [2, 'Februari', 37655000, 1230000000, 1190100000, f5],
        [3, 'Maret', c6, 975500000, 1003400000, 49655000],
        [4, 'April', 49655000, 1410000000, 1380000000, 79655000],
      ]);
    expect(findings(rekap(77555000, 77555000))).toEqual([]);
    expect(brief(errors(rekap(78455000, 77555000)))).toEqual(['C6 sum.row-total']);
    // Februari's closing slipped, Maret opening from the right figure: the closing is the one cell.
    expect(brief(errors(rekap(77555000, 77955000)))).toEqual(['F5 sum.row-total']);
  });
  test('a Buku Kas Umum: receipts without a kode are entries like the spendings, the running Saldo is no sum, the footer to date adds the month to the months before', () => {
    const bku = grid([
      ['BUKU KAS UMUM'],
      ['Bulan : Mei 2023'],
      heads('No', 'Tanggal', 'Uraian', 'Kode Rekening', 'Penerimaan (Rp)', 'Pengeluaran (Rp)', 'Saldo (Rp)'),
      [null, '01-05-2023', 'Saldo bulan lalu', null, null, null, 25000000],
      [1, '01-05-2023', 'Penerimaan SP2D GU No. 512/2023', null, 150000000, '-', 175000000],
      [2, '02-05-2023', 'Belanja Alat Tulis Kantor', '5.1.02.01.01.0024', '-', 12450000, 162550000],
      [3, '03-05-2023', 'Pungut PPN', null, 1233750, '-', 163783750],
      [4, '04-05-2023', 'Belanja Makanan dan Minuman Rapat', '5.1.02.01.01.0052', '-', 8750000, 155033750],
      [5, '05-05-2023', 'Setor PPN', null, '-', 1233750, 153800000],
      [6, '06-05-2023', 'Honorarium Narasumber', '5.1.02.02.01.0003', '-', 6000000, 147800000],
      [null, null, bold('Jumlah bulan ini'), null, 151233750, 28433750, 147800000],
      [null, null, bold('Jumlah s.d. bulan lalu'), null, 480000000, 455000000, null],
      [null, null, bold('Jumlah s.d. bulan ini'), null, 631233750, 483433750, null],
    ]);
    expect(findings(bku)).toEqual([]);
  });
  test('a journal dated by Excel dates, its amounts in one signed column or its tax book Penerimaan | Penyetoran: no tree, no sum of the Saldo, no negative warnings', () => {
    const date = (d: number): CellInput => ({ value: 45292 + d, numFmt: 'dd/mm/yyyy' });
    const signed = grid([
      ['BUKU KAS UMUM BENDAHARA PENGELUARAN'],
      [],
      heads('No', 'Tanggal', 'Uraian', 'Jumlah (Rp)', 'Saldo (Rp)'),
      [null, date(0), 'Saldo s.d. bulan Agustus', null, 53250547.51],
      [1, date(0), 'Belanja Jasa Tenaga Kebersihan', -14036891.49, 39213656.02],
      [2, date(1), 'Pungut PPh 23', 210553.37, 39424209.39],
      [3, date(3), 'Belanja Jasa Tenaga Kebersihan', -27826884.99, 11597324.4],
      [null, null, bold('Jumlah'), -41653223.11, 11597324.4],
    ]);
    expect(findings(signed)).toEqual([]);
    const pajak = grid([
      ['BUKU PEMBANTU PAJAK'],
      [],
      heads('No', 'Tanggal', 'No. Bukti', 'Uraian', 'Kode Rekening', 'Penerimaan (Rp)', 'Penyetoran (Rp)', 'Saldo'),
      [1, date(0), null, 'Pungut PPN atas honor narasumber', null, 954305, '-', 954305],
      [2, date(1), 'KW-002', 'Setor PPN (BKU 1)', null, '-', 954305, 0],
      [3, date(2), null, 'Pungut PPh Pasal 22 atas belanja makan minum', null, 1389823, '-', 1389823],
      [4, date(4), 'BKU-004', 'Setor PPh Pasal 22 (BKU 3)', '5.1.02.01.01.0052', '-', 1389823, 0],
      [5, date(5), null, 'Pungut PPh Pasal 23 atas belanja makan minum', null, 1560067, '-', 1560067],
      [null, null, null, bold('JUMLAH'), null, 3904195, 2344128, 1560067],
    ]);
    expect(findings(pajak)).toEqual([]);
  });
  test('a % change over a negative base (Akumulasi Penyusutan) signed as the change is right', () => {
    const neraca = (e5: number) =>
      grid([
        heads('No', 'Uraian', '2022', '2023', 'Kenaikan/(Penurunan)', '%'),
        [1, 'Aset Tetap', 91000000000, 98000000000, 7000000000, 7.69],
        [2, 'Akumulasi Penyusutan', -27964068217, -34802659033, -6838590816, e5],
        [3, 'Aset Lainnya', 2000000000, 2500000000, 500000000, 25],
      ]);
    expect(findings(neraca(-24.45))).toEqual([]);
    expect(findings(neraca(24.45))).toEqual([]);
    expect(brief(errors(neraca(-26.45)))).toEqual(['F3 ratio.anggaran']);
  });
  test("a running Saldo slipped on one row is that row's, whether the rows after go on from it or from the right figure", () => {
    const bku = (f8: number, f9: number) =>
      grid([
        ['BUKU KAS UMUM'],
        [],
        heads('No', 'Tanggal', 'Uraian', 'Penerimaan (Rp)', 'Pengeluaran (Rp)', 'Saldo (Rp)'),
        [null, '01-05-2023', 'Saldo bulan lalu', null, null, 25000000],
        [1, '01-05-2023', 'Penerimaan SP2D GU', 150000000, '-', 175000000],
        [2, '02-05-2023', 'Belanja Alat Tulis Kantor', '-', 12450000, 162550000],
        [3, '03-05-2023', 'Pungut PPN', 1233750, '-', 163783750],
        [4, '04-05-2023', 'Belanja Makanan dan Minuman Rapat', '-', 8750000, f8],
        [5, '05-05-2023', 'Setor PPN', '-', 1233750, f9],
        [6, '06-05-2023', 'Honorarium Narasumber', '-', 6000000, f9 - 6000000],
      ]);
    expect(findings(bku(155033750, 153800000))).toEqual([]);
    // The rows after it from the right figure, or carried down from the wrong one: F8 alone.
    expect(brief(findings(bku(155123750, 153800000)))).toEqual(['F8 sum.row-total']);
    expect(brief(findings(bku(155123750, 153890000)))).toEqual(['F8 sum.row-total']);
    expect(errors(bku(155123750, 153800000))[0].message.en).toBe(
      "'Belanja Makanan dan Minuman Rapat': the balance above, 163,783,750, − 8,750,000 = 155,033,750, but 155,123,750 is stated (F7, E8)",
    );
  });
  test('a stock card\'s "Saldo Awal" line heads nothing; "Debet/(Kredit)" states its negative side', () => {
    const kartu = grid([
      ['KARTU PERSEDIAAN BARANG'],
      [],
      heads('No', 'Uraian', 'Masuk', 'Keluar', 'Sisa', 'Harga Satuan', 'Jumlah Nilai (Rp)'),
      [null, 'Saldo Awal', '-', '-', 40, 52500, 2100000],
      [1, 'Pembelian SPK 12', 100, '-', 140, 52500, 7350000],
      [2, 'Dipakai Bidang Umum', '-', 15, 125, 52500, 6562500],
      [3, 'Dipakai Sekretariat', '-', 20, 105, 52500, 5512500],
    ]);
    expect(findings(kartu)).toEqual([]);
    const signed = grid([
      heads('No', 'Uraian', 'Saldo Awal', 'Debet/(Kredit)', 'Saldo Akhir'),
      [1, 'Kas di Bendahara Penerimaan', 12000000, -2500000, 9500000],
      [2, 'Kas di Bendahara Pengeluaran', 3000000, 1500000, 4500000],
      [3, 'Kas di BLUD', 8000000, -1000000, 7000000],
    ]);
    expect(findings(signed)).toEqual([]);
  });
});

describe('the same table written another way says the same (probe 77, metamorphic)', () => {
  test('"Th." over years typed as text is the year column, as "Tahun" is', () => {
    const blud = grid([
      heads('No', 'Th.', 'Target (Rp)', 'Realisasi (Rp)', 'Capaian (%)'),
      [1, '2020', 59674619000, 60019126496, 100.58],
      [2, '2021', 89225384000, 75716300138, 84.86],
      [3, '2022', 41781234000, 41057024789, 98.27],
    ]);
    expect(findings(blud)).toEqual([]);
  });
  test('"JUMLAH RESPONDEN" in capitals heading the unsur is a count, not a total of the rows below', () => {
    const skm = grid([
      heads('No', 'Unsur Pelayanan', 'Jumlah Nilai per Unsur', 'NRR per Unsur', 'NRR Tertimbang'),
      [null, 'JUMLAH RESPONDEN', 367, null, null],
      ['U1', 'Persyaratan', 1152, 3.14, 0.348],
      ['U2', 'Prosedur', 1216, 3.31, 0.367],
      ['U3', 'Waktu Penyelesaian', 1166, 3.18, 0.353],
    ]);
    expect(findings(skm)).toEqual([]);
  });
  test('"Volume | Harga Satuan | Total (Rp)": the line amount is Volume × Harga as under "Jumlah (Rp)"', () => {
    const rka = (f3: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Volume', 'Satuan', 'Harga Satuan (Rp)', 'Total (Rp)'),
        ['5.2.02.10.01.0002', 'Belanja Modal Personal Computer', null, null, null, 81000000],
        [null, 'Laptop Core i5', 1, 'Unit', 12200000, f3],
        [null, 'Personal Computer Core i7', 4, 'Unit', 17200000, 68800000],
      ]);
    rightThenSlip(rka, 12200000, 12225000, ['F3 ratio.weighted']);
  });
  test('a blank separator column between split code tiers (Urusan | | Bidang | Program) keeps them codes', () => {
    const tiers = (blank: boolean) =>
      grid([
        heads('Urusan', ...(blank ? [null] : []), 'Bidang', 'Program', 'Uraian', 'Pagu (Rp)'),
        ['1', ...(blank ? [null] : []), null, null, 'URUSAN WAJIB PELAYANAN DASAR', 300],
        ['1', ...(blank ? [null] : []), '01', null, 'BIDANG PENDIDIKAN', 300],
        ['1', ...(blank ? [null] : []), '01', '02', 'Program Pengelolaan Pendidikan', 100],
        ['1', ...(blank ? [null] : []), '01', '03', 'Program Pengembangan Kurikulum', 200],
      ]);
    expect(kinds(tiers(true))).toEqual(kinds(tiers(false)));
    expect(findings(tiers(true))).toEqual([]);
  });
  test('a quarterly header flattened to one row ("TW I T | TW I R | TW I %") reads T and R as under a "TW I" group', () => {
    const tw = (i4: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'TW I T', 'TW I R', 'TW I %', 'TW II T', 'TW II R', 'TW II %', 'Tahunan T', 'Tahunan R', 'Tahunan %'),
        [1, 'Jumlah wirausaha baru', 'Orang', 25, 27, 108, 13, 12, i4, 38, 39, 102.6],
        [2, 'Jumlah UMKM dibina', 'Unit', 49, 47, 95.9, 33, 33, 100, 82, 80, 97.6],
        [3, 'Jumlah koperasi sehat', 'Unit', 24, 21, 87.5, 13, 10, 76.9, 37, 31, 83.8],
      ]);
    rightThenSlip(tw, 92.3, 93.2, ['I2 ratio.capaian']);
  });
  test('"Realisasi per Bulan I … IV | JUMLAH" on one row: the Jumlah totals the months, the % divides it', () => {
    const bulan = (g4: number | null, h4: number) =>
      grid([
        heads(
          'No',
          'Uraian',
          'Anggaran (Rp)',
          'Realisasi per Bulan I',
          'Realisasi per Bulan II',
          'Realisasi per Bulan III',
          'Realisasi per Bulan IV',
          'JUMLAH',
          '% thd Pagu',
        ),
        [1, 'Program Penunjang', 6359496000, 192565109, 345841571, 315334069, g4, h4, 13.42],
        [2, 'Program Pelayanan Perizinan', 2000000000, 100000000, 150000000, 120000000, null, 370000000, 18.5],
        [3, 'Program Pengawasan', 1000000000, 50000000, 60000000, 70000000, null, 180000000, 18],
      ]);
    rightThenSlip((h4: number) => bulan(null, h4), 853740749, 853740794, ['H2 sum.row-total']);
  });
  test('a blank separator column before "Distribusi (%)" leaves it the share of the amount before the blank', () => {
    const share = (d5: number) =>
      grid([
        heads('Lapangan Usaha', 'PDRB 2019 (juta Rp)', null, 'Distribusi 2019 (%)'),
        ['A. Pertanian', 8999573.47, null, 26.76],
        ['B. Pertambangan', 1116262.32, null, 3.32],
        ['C. Industri', 4268227.97, null, 12.69],
        ['L. Real Estat', 698064.63, null, d5],
        ['D-U. Lainnya', 18543052.32, null, 55.15],
        ['PDRB', 33625180.71, null, 100],
      ]);
    rightThenSlip(share, 2.08, 1.68, ['D5 ratio.share']);
  });
  test('"SASARAN ▸ Bobot | I K U ▸ Bobot" under the blocks\' group row are weights as set, not unexplained figures', () => {
    const sakip = grid(
      [
        heads('SASARAN', null, null, null, 'I K U', null, null, null, null, null, null, null, null, 'Keterangan'),
        heads('No', 'Kode', 'Sasaran', 'Bobot', 'No', 'Kode', 'IKU', 'Bobot', 'Target', 'Satuan', 'Polarisasi', 'Realisasi', 'Capaian', null),
        [
          1,
          'S.1',
          'Meningkatnya kualitas pelayanan publik',
          30,
          1,
          'IKU.1.1',
          'Rata-rata waktu penyelesaian izin',
          15,
          18,
          'Hari',
          'Minimal',
          22,
          77.78,
          'Tercapai',
        ],
        [null, null, null, null, 2, 'IKU.1.2', 'Jumlah inovasi daerah yang diterapkan', 15, 28, 'Inovasi', 'Maksimal', 23, 82.14, 'Tercapai'],
        [
          2,
          'S.2',
          'Terwujudnya tata kelola keuangan yang transparan',
          30,
          3,
          'IKU.2.1',
          'Indeks Reformasi Birokrasi',
          10,
          82.5,
          'Indeks',
          'Maksimal',
          74.96,
          90.86,
          'Tercapai',
        ],
        [null, null, null, null, 4, 'IKU.2.2', 'Indeks Kepuasan Masyarakat', 20, 80, 'Indeks', 'Maksimal', 79.45, 99.31, 'Tercapai'],
        [3, 'S.3', 'Meningkatnya akuntabilitas kinerja', 40, 5, 'IKU.3.1', 'Persentase realisasi anggaran', 40, 95, '%', 'Maksimal', 97.24, 102.36, 'Tercapai'],
      ],
      { merges: ['A1:D1', 'E1:M1', 'N1:N2'] },
    );
    expect(findings(sakip)).toEqual([]);
  });
  test('"Ibu Bersalin | Ibu Nifas" are no series of periods: the Jumlah after them still adds Hamil too', () => {
    const aki = grid([
      heads('No', 'Kecamatan', 'Jumlah Lahir Hidup', 'Kematian Ibu', null, null, null, 'AKI (per 100.000 Kelahiran Hidup)'),
      heads(null, null, null, 'Hamil', 'Ibu Bersalin', 'Ibu Nifas', 'Jumlah', null),
      [1, 'Alok', 1246, 2, 1, 1, 4, 321],
      [2, 'Talibura', 1606, 0, 1, 0, 1, 62],
      [3, 'Waigete', 661, 2, 0, 0, 2, 303],
      [4, 'Tanah Merah', 943, 0, 1, 0, 1, 106],
      [5, 'Sukajaya', 1112, 0, 1, 0, 1, 90],
      [6, 'Teluk Dalam', 1754, 1, 0, 0, 1, 57],
    ]);
    expect(errors(aki)).toEqual([]);
  });
  test('"Lainnya" after "L. Real Estat", larger than it, is no part of it: the PDRB adds up all five', () => {
    const pdrb = grid([
      heads('Lapangan Usaha', 'PDRB 2019 (juta Rp)', 'Distribusi 2019 (%)'),
      ['A. Pertanian', 8999573.47, 26.76],
      ['B. Pertambangan', 1116262.32, 3.32],
      ['C. Industri', 4268227.97, 12.69],
      ['L. Real Estat', 698064.63, 2.08],
      ['Lainnya', 18543052.32, 55.15],
      ['PDRB', 33625180.71, 100],
    ]);
    expect(findings(pdrb)).toEqual([]);
  });
});

describe('a notes block beside a table, its first line on the header row, is no part of it (probe 79)', () => {
  test('the column-number row stays the number row; the notes are no column', () => {
    const iku = (f7: number) =>
      grid([
        ['Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024'],
        [],
        [...heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)', 'Keterangan'), null, 'Keterangan:'],
        [1, 2, 3, 4, 5, 6, 7, null, '- Sumber: e-Monev'],
        [1, 'Persentase koperasi aktif', '%', 88.79, 73.15, 82.39, null, null, '- Angka dalam rupiah penuh'],
        [2, 'Jumlah wirausaha baru', 'orang', 150, 142, f7],
        [3, 'Jumlah koperasi sehat', 'unit', 39, 41, 105.13],
      ]);
    rightThenSlip(iku, 94.67, 96.67, ['F6 ratio.capaian']);
    expect(analyseSheet(iku(94.67)).tables.map((t) => t.range)).toEqual(['A3:G7']);
  });
  test('a "Ket." column past an unmerged group is the table\'s own column, no notes block', () => {
    const aset = grid([
      heads('No', 'Nama Barang', 'Jumlah', 'Kondisi', null, null, 'Ket.'),
      heads(null, null, null, 'Baik', 'RR', 'Rusak Berat', null),
      [1, 'Scanner', 56, 49, 2, 5, null],
      [2, 'Kamera Digital', 60, 55, 5, 0, 'Di UPTD'],
      [3, 'Rak Besi', 63, 47, 10, 6, null],
      [null, bold('JUMLAH'), 179, 151, 17, 11, null],
    ]);
    expect(analyseSheet(aset).tables.map((t) => t.range)).toEqual(['A1:G6']);
    expect(findings(aset)).toEqual([]);
  });
  test('two tables side by side stay two, a numbered notes list to the right of the second', () => {
    const pair = grid([
      ['Tabel 3.4 Realisasi Anggaran 2024', null, null, null, null, null, 'Tabel 3.2 Capaian IKU 2024'],
      [null, null, null, null, null, null, null, 'Catatan:'],
      [
        ...heads('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'),
        null,
        ...heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        null,
        '1. Data bersumber dari SIPD',
      ],
      [
        1,
        'Program Penunjang',
        1091140000,
        1034250500,
        94.79,
        null,
        1,
        'Persentase koperasi aktif',
        '%',
        88.79,
        73.15,
        82.39,
        null,
        '2. Angka realisasi sementara',
      ],
      [2, 'Program Penempatan Tenaga Kerja', 845000000, 800560000, 94.74, null, 2, 'Jumlah wirausaha baru', 'orang', 150, 142, 94.67],
      [3, 'Program Hubungan Industrial', 185750000, 170250000, 91.66, null, 3, 'Jumlah koperasi sehat', 'unit', 39, 41, 105.13],
    ]);
    expect(analyseSheet(pair).tables.map((t) => t.range)).toEqual(['A3:E6', 'G3:L6']);
    expect(findings(pair)).toEqual([]);
  });
});

test('"Sasaran: …" lines between a Prioritas and its numbered programs title them within it: the JUMLAH adds the prioritas (probe 78)', () => {
  const rkpd = (e4: number) =>
    grid([
      heads('No', 'Prioritas Daerah / Sasaran / Program', 'Indikator Kinerja Program', 'Target', 'Pagu Indikatif (Rp 000)'),
      ['I', bold('Prioritas 1: Penurunan Kemiskinan dan Stunting'), null, null, e4],
      [null, 'Sasaran: Meningkatnya akuntabilitas kinerja', null, null, null],
      [1, 'Program Pelatihan Kerja', 'Persentase tenaga kerja terlatih (%)', 64.45, 28003034],
      [2, 'Program Ketahanan Pangan', 'Skor PPH', 88.1, 12945273],
      [null, 'Sasaran: Meningkatnya pelayanan kependudukan', null, null, null],
      [1, 'Program Pendaftaran Penduduk', 'Cakupan KTP-el (%)', 98.2, 23936344],
      ['II', bold('Prioritas 2: Penguatan Ekonomi Daerah'), null, null, 46200034],
      [null, 'Sasaran: Meningkatnya kualitas lingkungan hidup', null, null, null],
      [1, 'Program Perlindungan Khusus Anak', 'Cakupan desa UCI (%)', 80.58, 24193077],
      [2, 'Program Aplikasi Informatika', 'Indeks SPBE', 2.6, 22006957],
      [null, bold('JUMLAH'), null, null, 111084685],
    ]);
  rightThenSlip(rkpd, 64884651, 64894651, ['E2 sum.hierarchy']);
});

test('a kode typed before each name beside a No of "1 | 1.1 | 1.2": the kode places every row, not the No on some (probe 78 F2)', () => {
  const renja = (d3: number) =>
    grid([
      heads('No', 'Program/Kegiatan', 'Pagu Indikatif RKPD (Rp)', 'Pagu Renja (Rp)'),
      ['1', '3.27.02 Program Penyediaan dan Pengembangan Sarana Pertanian', 8351176000, 8157330000],
      ['1.1', '3.27.02.2.01 Pembinaan dan Pengawasan', 4085390000, d3],
      ['1.2', '3.27.02.2.02 Penyusunan Dokumen Perencanaan', 4265786000, 3557166000],
      ['2', '2.13.04 Program Peningkatan Kerjasama Desa', 7410399000, 7410399000],
      ['2.1', '2.13.04.2.01 Pembinaan dan Pengawasan', 1958277000, 1958277000],
      ['2.2', '2.13.04.2.02 Koordinasi, Sinkronisasi dan Pelaksanaan', 5452122000, 5452122000],
      [null, bold('Total'), 15761575000, 15567729000],
    ]);
  expect(kinds(renja(4600164000))).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:1^5', '7:1^5', '8:-']);
  rightThenSlip(renja, 4600164000, 4600264000, ['D2 sum.hierarchy']);
});

test("a program's Sisa right for its own wrong Anggaran follows from it: one slip, one error (probe 78 F4, 79 E)", () => {
  const rekap = (c2: number, e2: number, f2: number) =>
    grid([
      heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%', 'Sisa (Rp)'),
      [1, 'Program Penempatan Tenaga Kerja', c2, 579487000, e2, f2],
      ['1.1', 'Kegiatan Pengelolaan Informasi Pasar Kerja', 696250000, 558720000, 80.25, 137530000],
      ['1.2', 'Kegiatan Pelayanan Antarkerja', 24000000, 20767000, 86.53, 3233000],
      [2, 'Program Pengembangan UMKM', 667125000, 614233000, 92.07, 52892000],
      ['2.1', 'Kegiatan Pendampingan Kemitraan Usaha', 374000000, 368181000, 98.44, 5819000],
      ['2.2', 'Kegiatan Promosi Produk Usaha Mikro', 293125000, 246052000, 83.94, 47073000],
    ]);
  expect(findings(rekap(720250000, 80.46, 140763000))).toEqual([]);
  expect(findings(rekap(730250000, 79.35, 150763000)).map((x) => `${x.cell} ${x.severity}`)).toEqual(['C2 error', 'F2 warning']);
});

test('a Pagu and the funds it is financed from (PAD | DAU | DAK Fisik | DBH), after or before it, with no Jumlah column: their total (probe 78 M2)', () => {
  const rows: Lit[][] = [
    [1, 'Satuan Polisi Pamong Praja', 99455183000, 14416832000, 73703791000, 0, 2293088000, 9041472000],
    [2, 'Dinas Perikanan', 78103650000, 8300253000, 46110379000, 13582999000, 10110019000, 0],
    [3, 'Dinas Lingkungan Hidup', 94207469000, 5139162000, 76870205000, 1515960000, 10682142000, 0],
  ];
  const first = (e3: number) =>
    grid([
      heads('No', 'Perangkat Daerah', 'Pagu (Rp)', 'PAD', 'DAU', 'DAK Fisik', 'DBH', 'Bankeu Provinsi'),
      rows[0],
      [...rows[1].slice(0, 3), e3, ...rows[1].slice(4)],
      rows[2],
    ]);
  rightThenSlip(first, 8300253000, 9300253000, ['C3 sum.row-total']);
  const last = (c3: number) =>
    grid([
      heads('No', 'Perangkat Daerah', 'PAD', 'DAU', 'DAK Fisik', 'DBH', 'Bankeu Provinsi', 'Jumlah Pagu (Rp)'),
      ...rows.map((r, k) => [r[0], r[1], ...(k === 1 ? [c3, ...r.slice(4)] : r.slice(3)), r[2]]),
    ]);
  rightThenSlip(last, 8300253000, 9300253000, ['H3 sum.row-total']);
});

describe('planning matrices and reviews (probes 80, 81)', () => {
  test('"Hasil Analisis Kebutuhan ▸ Indikator Kinerja | Target Capaian": a target in text beside text, no ratio to check', () => {
    const review = grid([
      heads('No', 'Program / Kegiatan', 'Rancangan Awal RKPD 2026', null, null, 'Hasil Analisis Kebutuhan', null, null),
      heads(null, null, 'Indikator Kinerja', 'Target Capaian', 'Pagu Indikatif (Rp)', 'Indikator Kinerja', 'Target Capaian', 'Kebutuhan Dana (Rp)'),
      [
        '1.1',
        'Perencanaan, Penganggaran, dan Evaluasi Kinerja',
        'Persentase terlaksananya perencanaan',
        '100%',
        457226000,
        'Persentase terlaksananya perencanaan',
        '100%',
        457226000,
      ],
      [
        '1.2',
        'Administrasi Keuangan Perangkat Daerah',
        'Jumlah dokumen keuangan',
        '12 Dokumen',
        1448917000,
        'Jumlah dokumen keuangan',
        '12 Dokumen',
        1428917000,
      ],
      ['1.3', 'Administrasi Kepegawaian', 'Jumlah pegawai terlayani', '64 Orang', 210000000, 'Jumlah pegawai terlayani', '64 Orang', 210000000],
    ]);
    expect(findings(review)).toEqual([]);
  });
  test('an IFAS score "Nilai (Bobot × Rating)" is Bobot × Rating, not an unexplained column', () => {
    const ifas = grid([
      heads('No', 'Faktor Strategis Internal', 'Bobot', 'Rating', 'Nilai (Bobot × Rating)'),
      [1, 'Tersedianya SDM aparatur sebanyak 64 orang', 0.15, 3, 0.45],
      [2, 'Adanya regulasi daerah (Perda No. 5 Tahun 2019)', 0.2, 4, 0.8],
      [3, 'Dukungan anggaran APBD', 0.15, 3, 0.45],
      [4, 'Kompetensi teknis pegawai belum merata', 0.2, 2, 0.4],
      [5, 'Sarana prasarana terbatas', 0.3, 2, 0.6],
    ]);
    expect(findings(ifas)).toEqual([]);
  });
  test('kecamatan named with a Roman numeral ("XIII Koto Kampar", "IV Nagari") on numbered rows are rows like the others', () => {
    const lansia = (c7: number) =>
      grid([
        heads('No', 'Kecamatan', 'Sasaran', 'Terlayani', '%'),
        [1, 'Kampar Utara', 268, 139, 51.87],
        [2, 'Rumbio Jaya', 646, 407, 63],
        [3, 'XIII Koto Kampar', 1356, 1230, 90.71],
        [4, 'IV Nagari', 2376, 1454, 61.2],
        [5, 'Bangkinang Kota', 174, 172, 98.85],
        [null, bold('Jumlah'), c7, 3402, 70.58],
      ]);
    rightThenSlip(lansia, 4820, 4830, ['C7 sum.total-row']);
  });
  test('a header label broken after its joiner ("Golongan /" over "Ruang"), unmerged: a two-row header, its number row no data', () => {
    const pegawai = (c7: number) =>
      grid([
        heads('No.', 'Golongan /', 'Laki-laki', 'Perempuan', 'Jumlah'),
        heads('No.', 'Ruang', 'Laki-laki', 'Perempuan', 'Jumlah'),
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['I', 'Golongan IV', 10, 10, 20],
        ['a', 'IV/a', 1, 1, 2],
        ['b', 'IV/b', 3, 5, 8],
        ['c', 'IV/c', c7, 4, 10],
        ['II', 'Golongan III', 29, 32, 61],
        ['a', 'III/a', 12, 7, 19],
        ['b', 'III/b', 14, 12, 26],
        ['c', 'III/c', 3, 13, 16],
        [null, bold('Jumlah'), 39, 42, 81],
      ]);
    expect(analyseSheet(pegawai(6)).tables[0].headerRows).toBe(3);
    rightThenSlip(pegawai, 6, 7, ['C7 value.crossing']);
  });
  test("a cascade's T1 > S1.1 over Kepmendagri programs 2.11.01: codes of two schemes, no parent prefix to accuse", () => {
    const cascade = grid([
      heads('Level', 'Kode', 'Sasaran / Program / Kegiatan', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal (2020)', 'Target 2021', 'Target 2022'),
      ['Tujuan', 'T1', 'Meningkatnya kualitas lingkungan hidup', 'Indeks Kualitas Lingkungan Hidup', 'Indeks', 63.82, 64.83, 66.11],
      ['Sasaran', 'S1.1', 'Meningkatnya jumlah bank sampah aktif', 'Jumlah bank sampah aktif', 'Unit', 65, 76, 86],
      ['Program', '2.11.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Persentase sampah tertangani', '%', 48.64, 56.4, 62.82],
      ['Kegiatan', '2.11.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 'Persentase terlaksananya perencanaan', '%', 100, 100, 100],
      ['Kegiatan', '2.11.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 'Persentase terlaksananya administrasi keuangan', '%', 100, 100, 100],
      ['Kegiatan', '2.11.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Persentase terlaksananya jasa penunjang', '%', 100, 100, 100],
      ['Program', '2.11.02', 'Program Perencanaan Lingkungan Hidup', 'Persentase sampah tertangani', '%', 52.53, 55.31, 59.5],
      ['Kegiatan', '2.11.02.2.01', 'Pengawasan usaha/kegiatan dan kemitraan', 'Jumlah usaha yang dikembangkan', 'Unit', 98, 99, 102],
      ['Kegiatan', '2.11.02.2.02', 'Pengawasan sungai dan kemitraan', 'Jumlah sungai yang difasilitasi', 'Kegiatan', 2, 5, 7],
      ['Program', '2.11.11', 'Program Pengelolaan Persampahan', 'Indeks Kualitas Air', 'Indeks', 55, 58, 66],
      ['Kegiatan', '2.11.11.2.01', 'Fasilitasi TPS3R tingkat daerah', 'Jumlah TPS3R yang terlayani', 'Kegiatan', 6, 7, 15],
      ['Kegiatan', '2.11.11.2.02', 'Koordinasi TPS3R berbasis kompetensi', 'Jumlah TPS3R yang dibina', 'Paket', 76, 78, 85],
    ]);
    expect(findings(cascade).filter((x) => x.rule === 'kode.parent')).toEqual([]);
  });
  test('"Bobot x Rating" stated "5 = 3 x 4" over a Bobot (%) in fractions: their product, a slipped score found at its cell', () => {
    const pct = (v: number): CellInput => ({ value: v, numFmt: '0%' });
    const ifas = (e9: number) =>
      grid([
        heads('No', 'Faktor Strategis Internal', 'Bobot (%)', 'Rating', 'Bobot x Rating'),
        ['1', '2', '3', '4', '5 = 3 x 4'],
        ['A', 'Kekuatan (Strengths)'],
        [1, 'Tersedianya sarana prasarana kantor yang memadai', pct(0.12), 4, 0.48],
        [2, 'Tersedianya SDM aparatur sebanyak 64 orang', pct(0.18), 2, 0.36],
        [3, 'Telah diterapkannya aplikasi layanan daring 24 jam', pct(0.27), 4, 1.08],
        ['B', 'Kelemahan (Weaknesses)'],
        [1, 'Koordinasi antar bidang belum optimal', pct(0.13), 4, 0.52],
        [2, 'Rasio pendamping lapangan 1:85 masih tinggi', pct(0.07), 2, 0.14],
        [3, 'Keterbatasan data dan sistem informasi', pct(0.11), 4, e9],
      ]);
    rightThenSlip(ifas, 0.44, 0.64, ['E10 ratio.weighted']);
  });
  test('a stated "6 = (3+4)-5" over a Pengurangan typed negative adds it as typed', () => {
    const mutasi = (f4: number) =>
      grid([
        heads('No', 'Uraian', 'Saldo Awal', 'Penambahan', 'Pengurangan', 'Saldo Akhir'),
        [1, 2, 3, 4, 5, '6=(3+4)-5'],
        [1, 'Peralatan dan Mesin', 12000, 800, -300, f4],
        [2, 'Gedung dan Bangunan', 30000, 2000, -500, 31500],
        [3, 'Jalan, Irigasi dan Jaringan', 8000, 1500, 0, 9500],
      ]);
    rightThenSlip(mutasi, 12500, 12530, ['F3 sum.row-total']);
  });
});

describe('units on a row of their own, a note above the Jumlah, codes typed in the names', () => {
  test('a T-C.24 whose "Anggaran ▸ Tahun 2019" has its "(Rp. 000)" on a units row: the budget, its average growth read from it', () => {
    const rp = (v: number): CellInput => ({ value: v, numFmt: '#,##0' });
    const years = ['Tahun 2019', 'Tahun 2020', 'Tahun 2021', 'Tahun 2022'];
    const tc24 = (h5: number) =>
      grid(
        [
          heads('No', 'Uraian Program', 'Anggaran', null, null, null, 'Realisasi Anggaran pada Tahun ke-', null, null, null, 'Rata-rata Pertumbuhan', null),
          heads('No', 'Uraian Program', ...years, ...years, 'Anggaran', 'Realisasi'),
          [null, null, ...Array(8).fill('(Rp. 000)'), '%', '%'],
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', rp(1000), rp(1100), rp(1210), rp(1331), rp(900), rp(990), rp(1089), rp(1197.9), 10, 10],
          [2, 'Program Pengelolaan Perikanan Budidaya', rp(2000), rp(2400), rp(2880), rp(3456), rp(1800), rp(1980), rp(2178), rp(2395.8), h5, 10],
        ],
        { merges: ['C1:F1', 'G1:J1', 'K1:L1'] },
      );
    expect(analyseSheet(tc24(20)).tables[0].layout).toBe('anggaran');
    expect(findings(tc24(20))).toEqual([]);
    expect(brief(findings(tc24(25)))).toEqual(['K5 ratio.pertumbuhan']);
  });
  test('a row of bare units ("orang") under a one-row header is the header\'s, not a row of data', () => {
    const pegawai = (f6: number) =>
      grid([
        heads('No', 'Pendidikan', 'Sekretariat', 'Bidang Pelayanan', 'UPTD', 'Jumlah'),
        [null, null, 'orang', 'orang', 'orang', 'orang'],
        [1, 'S2', 2, 0, 3, 5],
        [2, 'S1/D-IV', 8, 8, 12, 28],
        [3, 'D-III', 3, 3, 0, 6],
        [4, 'SLTA', 2, 1, 6, f6],
        [null, bold('Jumlah'), 15, 12, 21, 48],
      ]);
    expect(analyseSheet(pegawai(9)).tables[0].headerRows).toBe(2);
    rightThenSlip(pegawai, 9, 10, ['F6 sum.row-total']);
  });
  test('a note typed above the closing JUMLAH ("Catatan: …", "*) …") leaves the Jumlah in the table', () => {
    const aset = (note: string, c8: number) =>
      grid([
        heads('No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'),
        [1, 'Komputer PC', 22, 3, 1, 26],
        [2, 'Laptop', 10, 2, 0, 12],
        [3, 'Printer', 5, 1, 2, 8],
        [null, note],
        [null, bold('JUMLAH'), c8, 6, 3, 46],
      ]);
    for (const note of ['Catatan: data sesuai KIB per 31 Desember 2023', '*) termasuk barang hibah Provinsi']) {
      expect(analyseSheet(aset(note, 37)).tables[0].rows.map((r) => r.kind)).toEqual(['indicator', 'indicator', 'indicator', 'blank', 'total']);
      rightThenSlip((c8: number) => aset(note, c8), 37, 40, ['C6 sum.total-row']);
    }
  });
  test('a Jumlah whose own formula gives the right sum but whose saved value is stale says so: recalculate, not rewrite', () => {
    const lra = (d5: number | CellInput) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [1, 'Belanja Pegawai', 1200000000, 1150000000],
        [2, 'Belanja Barang dan Jasa', 800000000, 760000000],
        [3, 'Belanja Modal', 500000000, 495000000],
        [null, bold('Jumlah'), f(2500000000, 'SUM(C2:C4)'), d5],
      ]);
    const stale = findings(lra(f(2404000000, 'SUM(D2:D4)')));
    expect(brief(stale)).toEqual(['D5 sum.total-row']);
    expect(stale[0].message.en).toContain('(=SUM(D2:D4)) gives 2,405,000,000: the saved value was not recalculated');
    expect(stale[0].message.id).toContain('tekan F9');
    // A constant typed wrong, or a formula that itself gives the wrong figure, is no stale value.
    for (const wrong of [2404000000, f(2404000000, 'SUM(D2:D3)+494000000')])
      expect(
        findings(lra(wrong))
          .map((x) => x.message.en)
          .join(),
      ).not.toContain('recalculated');
    expect(findings(lra(f(2405000000, 'SUM(D2:D4)')))).toEqual([]);
  });
  test('a finding in a hidden row or column says the cell is hidden', () => {
    const aset = () =>
      grid([
        heads('No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'),
        [1, 'Komputer PC', 22, 3, 1, 26],
        [2, 'Laptop', 10, 2, 0, 13],
        [3, 'Printer', 5, 1, 2, 8],
      ]);
    const shown = findings(aset());
    expect(brief(shown)).toEqual(['F3 sum.row-total']);
    expect(shown[0].message.en).not.toContain('hidden');
    const rowHidden = { ...aset(), hiddenRows: [2] };
    expect(findings(rowHidden)[0].message.en).toContain('This cell is hidden (row 3 is hidden or filtered out)');
    const colHidden = { ...aset(), hiddenCols: [5] };
    expect(findings(colHidden)[0].message.id).toContain('Sel ini tersembunyi (kolom F disembunyikan)');
  });
  test('a DPA whose Kepmendagri codes open the names is a kode tree: one slipped kegiatan is found at its cell', () => {
    const dpa = (c7: number) =>
      grid(
        [
          heads('Uraian', 'Pagu (Rp)', 'Anggaran Kas (Rp)', null, 'Jumlah'),
          heads('Uraian', 'Pagu (Rp)', 'Triwulan I', 'Triwulan II', 'Jumlah'),
          ['5.01.02 Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', 3000, 1100, 1900, 3000],
          ['5.01.02.2.03 Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah', 2400, 900, 1500, 2400],
          ['5.01.02.2.03.0002 Evaluasi Perencanaan dan Pelaksanaan Pembangunan Daerah', 1400, 500, 900, 1400],
          ['5.01.02.2.03.0001 Koordinasi Pengendalian Perencanaan Pembangunan Daerah', 1000, 400, 600, 1000],
          ['5.01.02.2.01 Penyusunan Perencanaan dan Pendanaan', 600, c7, 400, 600],
          ['5.01.02.2.01.0003 Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah', 600, 200, 400, 600],
        ],
        { merges: ['C1:D1'] },
      );
    rightThenSlip(dpa, 200, 290, ['C7 sum.hierarchy']);
  });
});

describe("other provinces' kode, year and text conventions (round 82)", () => {
  test('Kepmendagri codes typed with spaces, the penunjang program\'s placeholder too ("X XX 01 2 03 0001"), nest by their code', () => {
    const t61 = (g9: number) =>
      grid([
        heads('Kode', 'Program, Kegiatan dan Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
        ['X XX 01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP', 'Nilai', 62, 200000000],
        ['X XX 01 2 03', 'Administrasi Umum Perangkat Daerah', 'Persentase layanan administrasi umum', '%', 95, 200000000],
        ['X XX 01 2 03 0001', 'Penyediaan Peralatan dan Perlengkapan Kantor', 'Jumlah paket peralatan', 'Paket', 5, 120000000],
        ['X XX 01 2 03 0002', 'Penyediaan Bahan Logistik Kantor', 'Jumlah paket bahan logistik', 'Paket', 12, 80000000],
        ['2 11 03', 'Program Pengelolaan Persampahan', 'Persentase sampah tertangani', '%', 75, 200000000],
        ['2 11 03 2 01', 'Pengelolaan Sampah', 'Persentase sampah terangkut', '%', 70, 200000000],
        ['2 11 03 2 01 0002', 'Penyediaan Sarana dan Prasarana Pengelolaan Sampah', 'Jumlah unit sarana', 'Unit', 4, g9],
        [null, bold('Jumlah'), null, null, null, 400000000],
      ]);
    expect(kinds(t61(200000000)).slice(0, 7)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:0', '7:1^6', '8:2^7']);
    rightThenSlip(t61, 200000000, 20000000, ['F8 sum.hierarchy']);
  });
  test('a kode split by tier ("Kode ▸ Prog | Keg"), each row typing its own part, extends its parent by its place', () => {
    const tc24 = (years: string[], d6: number) =>
      grid(
        [
          heads(
            'Kode',
            null,
            'Uraian',
            'Anggaran pada Tahun Ke-',
            null,
            'Realisasi Anggaran pada Tahun Ke-',
            null,
            'Rasio antara Realisasi dan Anggaran Tahun Ke-',
            null,
          ),
          heads('Prog', 'Keg', 'Uraian', ...years, ...years, ...years),
          ['01', null, 'Program Penunjang Urusan Pemerintahan Daerah', 800, 830, 740, 800, 92.5, 96.39],
          [null, '2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', d6, 520, 450, 500, 90, 96.15],
          [null, '2.02', 'Administrasi Keuangan Perangkat Daerah', 300, 310, 290, 300, 96.67, 96.77],
          [null, bold('Jumlah'), null, 800, 830, 740, 800, 92.5, 96.39],
        ],
        { merges: ['A1:B1', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    // Years named as years, or as the period's 1 2 typed as text: either way a header row, no row of data.
    for (const years of [
      ['2021', '2022'],
      ['1', '2'],
    ]) {
      const t = analyseSheet(tc24(years, 500)).tables[0];
      expect([t.layout, t.headerRows, t.rows.map((r) => r.kind).join()]).toEqual(['anggaran', 2, 'program,kegiatan,kegiatan,total']);
      expect(findings(tc24(years, 500))).toEqual([]);
    }
    expect(brief(errors(tc24(['2021', '2022'], 510)))).toEqual(['D4 value.crossing']);
  });
  test('one-row headers naming the period with its year ("Target Renstra Tahun 1 (2020)") pair each capaian with its year', () => {
    const t28 = (g4: number) =>
      grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Target Renstra Tahun 1 (2020)',
          'Target Renstra Tahun 2 (2021)',
          'Realisasi Kinerja 1 (2020)',
          'Realisasi Kinerja 2 (2021)',
          'Rasio Capaian pada Tahun Ke- 1 (2020)',
          'Rasio Capaian pada Tahun Ke- 2 (2021)',
        ),
        [1, 'Cakupan pelayanan kesehatan ibu hamil', 90.57, 92, 91.54, 81.04, g4, 88.09],
        [2, 'Indeks Kualitas Lingkungan Hidup', 69, 70, 59.63, 71.66, 86.42, 102.37],
        [3, 'Skor Pola Pangan Harapan', 94.22, 95.64, 102.92, 82.73, 109.23, 86.5],
      ]);
    rightThenSlip(t28, 101.07, 104.07, ['G2 ratio.capaian']);
  });
  test('"Capaian Kinerja Program dan Kerangka Pendanaan ▸ 2025 ▸ Kinerja | Pagu (Rp)" is a plan (rencana): its Kinerja a target', () => {
    const t61 = (g4: number) =>
      grid(
        [
          heads(
            'Kode',
            'Program, Kegiatan dan Sub Kegiatan',
            'Indikator',
            'Satuan',
            'Capaian Kinerja Program dan Kerangka Pendanaan',
            null,
            null,
            null,
            'Kondisi Akhir Periode 2026',
            null,
          ),
          heads('Kode', 'Program, Kegiatan dan Sub Kegiatan', 'Indikator', 'Satuan', 'Tahun 2025', null, 'Tahun 2026', null, 'Kinerja', 'Pagu (Rp)'),
          heads('Kode', 'Program, Kegiatan dan Sub Kegiatan', 'Indikator', 'Satuan', 'Kinerja', 'Pagu (Rp)', 'Kinerja', 'Pagu (Rp)', 'Kinerja', 'Pagu (Rp)'),
          ['01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Indeks Kepuasan Masyarakat', '%', 75, 1160870000, 77, 1124622000, 77, 2285492000],
          [
            '01.2.01',
            'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
            'Persentase dokumen tepat waktu',
            '%',
            84,
            1160870000,
            86,
            g4,
            86,
            2285492000,
          ],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:H1', 'I1:J1', 'E2:F2', 'G2:H2'] },
      );
    const t = analyseSheet(t61(1124622000)).tables[0];
    expect([t.layout, t.columns.filter((c) => c.role === 'target').length]).toEqual(['rencana', 2]);
    rightThenSlip(t61, 1124622000, 1124262000, ['H5 value.crossing']);
  });
  test('an LKjIP\'s one year beside last year\'s realisasi ("Realisasi 2019 | Target 2020 | Realisasi | Persentase Capaian") is a capaian table', () => {
    const lkjip = (h4: number) =>
      grid([
        heads('No', 'Indikator Kinerja Utama', 'Satuan', 'Realisasi 2019', 'Target 2020', 'Realisasi', 'Persentase Capaian'),
        [1, 'Skor Pola Pangan Harapan', 'Skor', 74.39, 84, 73.17, 87.11],
        [2, 'Indeks Kepuasan Masyarakat', 'Indeks', 70.43, 81, 78.32, h4],
      ]);
    expect(analyseSheet(lkjip(96.69)).tables[0].layout).toBe('capaian');
    rightThenSlip(lkjip, 96.69, 99.69, ['G3 ratio.capaian']);
  });
  test('"Pria | Wanita" under "Jenis Kelamin" is a header row, its 1 2 3 … row no data', () => {
    const pegawai = (e7: number) =>
      grid(
        [
          heads('No', 'Golongan', 'Jenis Kelamin', 'Wanita', 'Jumlah (3+4)'),
          heads('No', 'Golongan', 'Pria', 'Wanita', 'Jumlah (3+4)'),
          ['1', '2', '3', '4', '5'],
          [1, 'Golongan IV', 8, 14, 22],
          [2, 'Golongan III', 17, 3, e7],
          [3, 'Golongan II', 1, 2, 3],
          [null, bold('JUMLAH'), 26, 19, 45],
        ],
        { merges: ['A1:A2', 'B1:B2', 'D1:D2', 'E1:E2'] },
      );
    expect(analyseSheet(pegawai(20)).tables[0].headerRows).toBe(3);
    rightThenSlip(pegawai, 20, 21, ['E5 sum.row-total']);
  });
  test('an indicator named as a count ("Jumlah Puskesmas terakreditasi", no Satuan) is exact: 13 of 14 is 92,86, not 96,36', () => {
    const t28 = (f4: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Target 2022', 'Realisasi 2022', 'Capaian 2022 (%)'),
        [1, 'Persentase ibu hamil mendapat pelayanan', 95, 93.1, 98],
        [2, 'Jumlah Puskesmas terakreditasi', 14, 13, f4],
        [3, 'Indeks Kepuasan Masyarakat', 80, 82.4, 103],
      ]);
    rightThenSlip(t28, 92.86, 96.36, ['E3 ratio.capaian']);
  });
  test('numbers pasted as text, a third of them scattered over many columns, are said once for the table', () => {
    // Every third figure typed as text ("1.234.567"), whatever its column: about a third of each of four columns.
    let k = 0;
    const t = (v: number) => (k++ % 3 === 0 ? v.toLocaleString('id-ID') : v);
    const rows: Lit[][] = [heads('No', 'Uraian', 'Anggaran 2021', 'Anggaran 2022', 'Realisasi 2021', 'Realisasi 2022')];
    for (let i = 1; i <= 9; i++) rows.push([i, `Program ${i}`, t(1000000 * i + 1), t(1000000 * i + 2), t(900000 * i + 3), t(900000 * i + 4)]);
    const fs = findings(grid(rows));
    expect(fs.map((x) => `${x.cell} ${x.rule} ${x.message.en.replace(/ \(columns.*/, '')}`)).toEqual([
      'C2 number.text 12 numbers in 4 columns of this table are stored as text',
    ]);
  });
});

describe('the fixtures as other offices would retype them (round 83)', () => {
  test('"Rencana Renstra Tahun Ke-" names the targets as "Target Renstra" does: each capaian is checked against it', () => {
    const t28 = (plan: string, f5: number) =>
      grid(
        [
          heads('Indikator Kinerja', `${plan} Renstra Tahun Ke-`, null, 'Realisasi Capaian Tahun Ke-', null, 'Rasio Capaian pada Tahun Ke-', null),
          heads('Indikator Kinerja', '2019', '2020', '2019', '2020', '2019', '2020'),
          ['Persentase Koperasi Aktif (%)', 60, 62, 57.41, 62.9, 95.68, 101.45],
          ['Tingkat Partisipasi Angkatan Kerja (%)', 72, 72.1, 71.93, 70.2, f5, 97.36],
          ['Persentase Usaha Mikro Naik Kelas (%)', 15, 17.07, 6.17, 1.83, 41.13, 10.72],
        ],
        { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1'] },
      );
    for (const plan of ['Target', 'Rencana']) {
      expect(analyseSheet(t28(plan, 99.9)).tables[0].layout).toBe('kinerja');
      rightThenSlip((f5: number) => t28(plan, f5), 99.9, 137.4, ['F4 ratio.capaian']);
    }
  });
  test('codes with their zeros dropped ("3.32.3.1.1.6", then "…1.18"): a code of as many segments is a sibling, never a child', () => {
    const t61 = (f6: number) =>
      grid([
        heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2024', 'Rp 2024'),
        ['3.32.3', 'PROGRAM PEMBANGUNAN KAWASAN TRANSMIGRASI', '% Lokasi Transmigrasi yang Difasilitasi', '%', 89, 535000000],
        ['3.32.3.1.1', 'Penataan Persebaran Penduduk', null, null, null, f6],
        ['3.32.3.1.1.2', 'Penyiapan Lingkungan Hunian', 'Jumlah Pelaporan', 'Dokumen', 3, 40000000],
        ['3.32.3.1.1.5', 'Penyuluhan Transmigrasi', 'Jumlah Calon Transmigran', 'KK', 60, 195000000],
        ['3.32.3.1.1.6', 'Pelatihan Transmigrasi', 'Jumlah Transmigran yang Dilatih', 'Orang', 100, 200000000],
        ['3.32.3.1.1.18', 'Monitoring dan Evaluasi ke Lokasi Transmigrasi', 'Jumlah Lokasi', 'Lokasi', 6, 100000000],
      ]);
    expect(kinds(t61(535000000))).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:2^3', '7:2^3']);
    rightThenSlip(t61, 535000000, 553000000, ['F3 sum.hierarchy']);
  });
  test('a Review Renstra comparing in sentences ("3 sasaran dengan 8 indikator" | "5 sasaran dengan 5 indikator") says nothing', () => {
    const review = (c4: string) =>
      grid([
        heads('No', 'Aspek', 'Renstra 2019-2023', 'Rancangan Renstra 2024-2028', 'Keterangan'),
        [1, 'Jumlah tujuan', '2 tujuan', '1 tujuan', 'Sesuai'],
        [2, 'Jumlah sasaran', '3 sasaran dengan 8 indikator', '5 sasaran dengan 5 indikator', 'Tidak sesuai'],
        [3, 'Indikator tujuan', 'Persentase koperasi sehat (target 75% tahun 2023)', 'Persentase UMKM naik kelas (target 12% tahun 2028)', 'Perlu penyesuaian'],
        [4, 'Jumlah program', '5 program', '4 program sesuai Kepmendagri 050-5889/2021', 'Sesuai'],
        [5, 'Kode program', '1.02.01 (Permendagri 13/2006)', '1.02.02 (Kepmendagri 050-5889/2021)', 'Disesuaikan'],
        [6, 'Capaian IKU tahun 2023', c4, 'Dilanjutkan sebagai baseline', 'Sesuai'],
      ]);
    expect(findings(review('92,35%'))).toEqual([]);
    // A figure typed wrong beside the words is still said.
    expect(brief(findings(review('92.35.1')))).toEqual(['C7 number.invalid']);
  });
  test('weights set per criterion ("Bobot Bukti Dukung" of a KKE SAKIP, values pasted over its formulas) are no share of their column', async () => {
    // A real KKE SAKIP (../shared/real, yudhis55) re-saved as values: its Bobot = J ÷ J of the criterion × the criterion's
    // weight comes near J's share of the column on two rows in three; the weights are set, not shares.
    const file = path.join(__dirname, '..', 'fixtures', 'probes', 'r85-kke-sakip-values.xlsx');
    const found = analyseWorkbook(await readWorkbook(fs.readFileSync(file), 'r85-kke-sakip-values.xlsx')).findings;
    expect(found.filter((x) => x.severity !== 'info' && /^[IK]\d/.test(x.cell))).toEqual([]);
  });
  test("an RKA-K/L program 113.01.06 over kegiatan 5096 …: the rows' words, not the codes' lengths, say which is above", () => {
    const rka = (f2: number) =>
      grid([
        heads('Kode RKA', 'Program / Kegiatan / Uraian', 'Volume', 'Satuan', 'Jumlah / Total Pagu'),
        ['113.01.06', 'Program Dinas', 0, null, f2],
        ['5096', 'Kegiatan 1', 0, null, 186242679000],
        ['5096.001', 'Output 1.1', 10, 'Operasi', 186242679000],
        ['5097', 'Kegiatan 2', 0, null, 126676857000],
        ['5097.001', 'Output 2.1', 6, 'Rumusan', 126676857000],
      ]);
    expect(kinds(rka(312919536000))).toEqual(['2:0', '3:1^2', '4:2^3', '5:1^2', '6:2^5']);
    rightThenSlip(rka, 312919536000, 528825596000, ['E2 sum.hierarchy']);
  });
  test('an indicator line named "Total …" under its program, with its satuan and target, is no total row', () => {
    const t61 = (e4: number) =>
      grid([
        heads('Program, Kegiatan dan Sub Kegiatan', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Rp 2023'),
        ['Program Pemberdayaan Usaha Mikro', 'Persentase usaha mikro yang naik kelas', '%', 10, 305000000],
        ['Kegiatan Pemberdayaan Usaha Mikro', 'Persentase usaha mikro yang dibina', '%', 20, 305000000],
        ['Pendataan Potensi Usaha Mikro', 'Total usaha mikro yang didata', 'Unit', 500, e4],
        [null, 'Total peserta sosialisasi kemitraan usaha mikro', 'Orang', 40, 105000000],
      ]);
    expect(analyseSheet(t61(200000000)).tables[0].rows.map((r) => r.kind)).not.toContain('total');
    expect(findings(t61(200000000))).toEqual([]);
  });
});

describe('the other words offices use for the same columns (round 84)', () => {
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const growth = (xs: number[]) => r2((xs.slice(1).reduce((s, x, i) => s + (x / xs[i] - 1), 0) / (xs.length - 1)) * 100);
  const budgets = [
    [1200000000, 1350000000, 1500000000],
    [450000000, 500000000, 610000000],
    [800000000, 760000000, 900000000],
  ];
  const spent = [
    [1092000000, 1174500000, 1395000000],
    [391500000, 475000000, 542900000],
    [720000000, 700000000, 855000000],
  ];
  /** A T-C.24 whose groups are named as given; `slip` adds to one growth of the budget. */
  const tc24 = (budget: string, growthLeaves: [string, string], slip = 0) => {
    const years = ['2021', '2022', '2023'];
    const row = (name: string, a: number[], r: number[], i: number): Lit[] => [
      i + 1 || null,
      name,
      ...a,
      ...r,
      ...a.map((x, k) => r2((r[k] / x) * 100)),
      r2(growth(a) + (i === 1 ? slip : 0)),
      growth(r),
    ];
    const sum = (m: number[][]) => m[0].map((_, k) => m.reduce((t, x) => t + x[k], 0));
    return grid(
      [
        heads('No', 'Uraian', budget, null, null, 'Realisasi Anggaran pada Tahun ke-', null, null, 'Rasio', null, null, 'Rata-rata Pertumbuhan', null),
        heads('No', 'Uraian', ...years, ...years, ...years, ...growthLeaves),
        ...budgets.map((a, i) => row(`Program ${i + 1}`, a, spent[i], i)),
        [
          null,
          bold('Jumlah'),
          ...sum(budgets),
          ...sum(spent),
          ...sum(budgets).map((x, k) => r2((sum(spent)[k] / x) * 100)),
          growth(sum(budgets)),
          growth(sum(spent)),
        ],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:K1', 'L1:M1'] },
    );
  };
  test('a budget group named "Pagu", "Dana", "APBD" or "Alokasi" is the budget; its growth is not read off "Realisasi Anggaran …"', () => {
    for (const budget of ['Anggaran pada Tahun ke-', 'Pagu', 'Dana', 'APBD', 'Alokasi']) {
      expect([budget, analyseSheet(tc24(budget, ['Anggaran', 'Realisasi'])).tables[0].layout]).toEqual([budget, 'anggaran']);
      expect(findings(tc24(budget, ['Anggaran', 'Realisasi']))).toEqual([]);
      expect(brief(findings(tc24(budget, ['Anggaran', 'Realisasi'], 3)))).toEqual(['L4 ratio.pertumbuhan']);
    }
  });
  test('header words typed with one slip ("Anggarn", "Realisas i", "Jumlh") are read as the words', () => {
    expect(analyseSheet(tc24('Anggarn', ['Anggaran', 'Realisasi'])).tables[0].layout).toBe('anggaran');
    expect(findings(tc24('Anggarn', ['Anggaran', 'Realisasi']))).toEqual([]);
    expect(brief(findings(tc24('Anggarn', ['Anggaran', 'Realisas i'], 3)))).toEqual(['L4 ratio.pertumbuhan']);
    const pegawai = (e3: number) =>
      grid([
        heads('No', 'Golongan', 'L', 'P', 'Jumlh'),
        [1, 'Golongan IV', 5, 3, 8],
        [2, 'Golongan III', 9, 4, e3],
        [3, 'Golongan II', 12, 30, 42],
        [null, bold('Jumlah'), 26, 37, 63],
      ]);
    rightThenSlip(pegawai, 13, 14, ['E3 sum.row-total']);
  });
  test('growth sub-headers "A | R" (or "Angg | Real") are the two growths, not a realisasi added up by the Jumlah', () => {
    for (const leaves of [
      ['A', 'R'],
      ['ANGG', 'REAL'],
    ] as [string, string][])
      expect(findings(tc24('Anggaran', leaves))).toEqual([]);
  });
  test('"L+P" after "L | P" on a one-row header totals the row', () => {
    const pegawai = (e3: number) =>
      grid([
        heads('No', 'Golongan', 'L', 'P', 'L+P'),
        [1, 'Golongan IV', 5, 3, 8],
        [2, 'Golongan III', 9, 4, e3],
        [3, 'Golongan II', 12, 30, 42],
        [null, bold('Jumlah'), 26, 37, 63],
      ]);
    rightThenSlip(pegawai, 13, 14, ['E3 sum.row-total']);
  });
  test('"R" over the years, or "Capaian Kinerja ▸ Tahun ke-1" before a "Tingkat Capaian", is the realisasi', () => {
    const tc23 = (real: string, ratio: string, years: string[], k6: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target Renstra', null, real, null, ratio, null),
          heads('No', 'Indikator Kinerja', 'Satuan', ...years, ...years, ...years),
          [1, 'Persentase Koperasi Aktif', '%', 60, 61.5, 59.6, 62, 99.33, 100.81],
          [2, 'Jumlah Wirausaha Baru', 'orang', 120, 130, 126, 141, 105, k6],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    for (const [real, ratio, years] of [
      ['R', 'Persentase Capaian', ['2020', '2021']],
      ['Capaian Kinerja', 'Tingkat Capaian', ['Tahun ke-1', 'Tahun ke-2']],
    ] as [string, string, string[]][]) {
      expect(analyseSheet(tc23(real, ratio, years, 108.46)).tables[0].layout).toBe('kinerja');
      rightThenSlip((k6: number) => tc23(real, ratio, years, k6), 108.46, 116.76, ['I4 ratio.capaian']);
    }
  });
  test('a Tabel 6.1 whose yearly money is "Alokasi" sums it into the kondisi akhir', () => {
    const t61 = (i4: number) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan', 'Indikator', 'Tahun 2025', null, 'Tahun 2026', null, 'Kondisi Akhir', null),
          heads('Kode', 'Program/Kegiatan', 'Indikator', 'Target', 'Alokasi', 'Target', 'Alokasi', 'Target', 'Alokasi'),
          ['2.07.01', 'Program Pelatihan Kerja', 'Persentase tenaga kerja bersertifikat', 40, 300000000, 45, 320000000, 45, 620000000],
          ['2.07.01.2.01', 'Proses Pelaksanaan Pendidikan dan Pelatihan', 'Jumlah peserta pelatihan', 200, 300000000, 220, 320000000, 420, i4],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    expect(analyseSheet(t61(620000000)).tables[0].layout).toBe('rencana');
    rightThenSlip(t61, 620000000, 640000000, ['I4 sum.period']);
  });
});

describe('rows and notes as offices type them, and extreme targets (rounds 86, 87)', () => {
  test('a note typed between the rows ("*) termasuk 2 orang tugas belajar") leaves the rows below it in the table', () => {
    const pegawai = (top: boolean, c: number) => {
      const total: Lit[] = [null, bold('Jumlah'), c, 26, c + 26];
      return grid([
        heads('No', 'Unit Kerja', 'Laki-laki', 'Perempuan', 'Jumlah'),
        ...(top ? [total] : []),
        [1, 'Sekretariat', 12, 8, 20],
        [2, 'Bidang Pelatihan', 7, 5, 12],
        [null, '*) termasuk 2 orang tugas belajar'],
        [3, 'Bidang Penempatan', 6, 6, 12],
        [4, 'Bidang Hubungan Industrial', 5, 4, 9],
        [5, 'UPTD Balai Latihan Kerja', 9, 3, 12],
        ...(top ? [] : [total]),
      ]);
    };
    expect(findings(pegawai(true, 39))).toEqual([]);
    // (The Jumlah's own L + P follows its L.)
    rightThenSlip((c: number) => pegawai(false, c), 39, 40, ['C8 sum.total-row', 'E8 sum.total-row'], 'findings');
    expect(withSeverity(findings(pegawai(false, 40)))).toEqual(['C8 sum.total-row error', 'E8 sum.total-row warning']);
  });
  test('names numbered "1 Sekretariat", "2 Bidang Pelatihan" … without a dot are one list under the total', () => {
    const pegawai = (c: number) =>
      grid([
        heads('No', 'Unit Kerja', 'Laki-laki', 'Perempuan', 'Jumlah'),
        [null, bold('TOTAL'), c, 26, c + 26],
        [null, '1 Sekretariat', 12, 8, 20],
        [null, '2 Bidang Pelatihan', 7, 5, 12],
        [null, '3 Bidang Penempatan', 6, 6, 12],
        [null, '4 UPTD Balai Latihan Kerja', 9, 3, 12],
        [null, '5 Bidang Hubungan Industrial', 5, 4, 9],
      ]);
    rightThenSlip(pegawai, 39, 40, ['C2 sum.total-row', 'E2 sum.total-row'], 'findings');
    expect(withSeverity(findings(pegawai(40)))).toEqual(['C2 sum.total-row error', 'E2 sum.total-row warning']);
  });
  test('"1 Sekretariat" over its sub-items a., b. and then "2 Bidang Koperasi": the number heads its items (round 88)', () => {
    const realisasi = (b5: number) =>
      grid([
        heads('Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['1 Sekretariat', 800, 700],
        ['a. Administrasi Keuangan', 500, 450],
        ['b. Administrasi Umum', 300, 250],
        ['2 Bidang Koperasi', b5, 500],
        ['a. Pengawasan Koperasi', 400, 300],
        ['b. Penyuluhan Koperasi', 200, 200],
        ['Jumlah', 1400, 1200],
      ]);
    expect(kinds(realisasi(600)).slice(0, 6)).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:1^5', '7:1^5']);
    rightThenSlip(realisasi, 600, 6000, ['B5 sum.hierarchy']);
  });
  test("a lower-is-better indicator realised at 0 may have its capaian written '-' (target ÷ realisasi has no value)", () => {
    const iku = (f5: string | number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)', 'Keterangan'),
        [1, 'Tingkat Pengangguran Terbuka', '%', 5.2, 5.6, 92.86, 'makin kecil makin baik'],
        [2, 'Persentase penduduk miskin', '%', 12, 13.5, 88.89, 'makin kecil makin baik'],
        [3, 'Angka Kematian Bayi', 'per 1.000 KH', 15, 12, 125, 'makin kecil makin baik'],
        [4, 'Jumlah kasus perselisihan hubungan industrial', 'kasus', 7, 0, f5, 'makin kecil makin baik'],
        [5, 'Persentase koperasi aktif', '%', 80, 76, 95],
      ]);
    expect(findings(iku('-'))).toEqual([]);
    expect(findings(iku(200))).toEqual([]);
    // A '-' where the indicator has a capaian (higher is better) is still said.
    const plain = grid([
      heads('No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Persentase koperasi aktif', 80, 76, '-'],
      [2, 'Cakupan layanan', 90, 81, 90],
    ]);
    expect(brief(findings(plain))).toEqual(['E2 ratio.capaian']);
  });
  test('programs numbered I, II again under each lettered bidang (A, I, II, B, I, II) keep their tree', () => {
    const realisasi = (c11: number) =>
      grid([
        heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['A', 'Sekretariat', 800, 720],
        ['I.', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 800, 720],
        ['-', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 500, 450],
        ['-', 'Kegiatan Administrasi Umum Perangkat Daerah', 300, 270],
        ['B', 'Bidang Pelatihan dan Produktivitas', 1450, 1300],
        ['I.', 'PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', 600, 560],
        ['-', 'Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 200, 180],
        ['-', 'Kegiatan Pembinaan Lembaga Pelatihan Kerja Swasta', 400, 380],
        ['II.', 'PROGRAM PENEMPATAN TENAGA KERJA', 850, 740],
        ['-', 'Kegiatan Pelayanan Antarkerja', c11, 540],
        ['-', 'Kegiatan Penerbitan Izin LPTKS', 250, 200],
        [null, bold('Jumlah'), 2250, 2020],
      ]);
    expect(kinds(realisasi(600)).slice(0, 11)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:0', '7:1^6', '8:2^7', '9:2^7', '10:1^6', '11:2^10', '12:2^10']);
    rightThenSlip(realisasi, 600, 6000, ['C11 sum.hierarchy']);
  });
  test('a target typed as a band of whole numbers ("69-74") is judged against its nearer bound', () => {
    const iku = (f3: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'),
        [1, 'Persentase koperasi aktif', '%', 80, 76, 95],
        [2, 'Tingkat kepuasan masyarakat terhadap layanan', '%', '69-74', 67.54, f3],
        [3, 'Cakupan imunisasi dasar lengkap', '%', '83-89', 85.1, 100],
      ]);
    rightThenSlip(iku, 97.88, 150, ['F3 ratio.capaian']);
  });
  test('a band may carry its unit as a figure does ("10-12 orang", "20-25 unit"): judged like the bare band (round 88)', () => {
    const iku = (f4: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Persentase koperasi aktif', '%', 70, 63, 90],
        [2, 'Jumlah wirausaha baru', 'orang', '10-12 orang', 11, 100],
        [3, 'Jumlah koperasi dibina', 'unit', '20-25 unit', 18, f4],
      ]);
    rightThenSlip(iku, 90, 75, ['F4 ratio.capaian']);
  });
  test('a cap stated in a plain line under the table ("Capaian kinerja maksimal 100%", "di atas 100% ditulis 100%") is the table\'s own', () => {
    const iku = (note: string) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'),
        [1, 'Persentase koperasi aktif', '%', 80, 76, 95],
        [2, 'Jumlah wirausaha baru', 'orang', 150, 180, 100],
        [3, 'Jumlah desa yang difasilitasi', 'desa', 20, 31, 100],
        [4, 'Cakupan imunisasi dasar lengkap', '%', 90, 85.5, 95],
        [],
        ['Sumber: LKjIP 2023'],
        [note],
      ]);
    expect(brief(findings(iku('')))).toEqual(['F1 ratio.capaian']);
    for (const note of ['Capaian kinerja maksimal 100%', 'Catatan: capaian di atas 100% ditulis 100%', 'Capaian dibatasi paling tinggi 100%'])
      expect([note, findings(iku(note))]).toEqual([note, []]);
  });
  test('an I after H. opens Roman programs when II follows (A. … H., I, II, I., I, II): the letter I. is the next bidang', () => {
    const letters = 'ABCDEFGH';
    const rows = (c18: number, dot: string): (string | number | null)[][] => {
      const out: (string | number | null)[][] = [];
      for (const l of letters.slice(0, 6))
        out.push([`${l}.`, `Urusan ${l}`, 300], [`I${dot}`, `Program ${l}`, 300], [1, 'Kegiatan a', 100], [2, 'Kegiatan b', 200]);
      out.push(['H.', 'Urusan H', 600], [`I${dot}`, 'Program H1', 300], [1, 'Kegiatan a', c18], [2, 'Kegiatan b', 200]);
      out.push([`II${dot}`, 'Program H2', 300], [1, 'Kegiatan a', 100], [2, 'Kegiatan b', 200]);
      out.push(['I.', 'Urusan I', 600], [`I${dot}`, 'Program I1', 300], [1, 'Kegiatan a', 100], [2, 'Kegiatan b', 200]);
      out.push([`II${dot}`, 'Program I2', 300], [1, 'Kegiatan a', 100], [2, 'Kegiatan b', 200], [null, 'JUMLAH', 3000]);
      return out;
    };
    for (const dot of ['', '.']) {
      const rekap = (c: number) => grid([heads('No', 'Uraian', 'Anggaran (Rp)'), ...rows(c, dot)]);
      expect(kinds(rekap(100)).slice(24, 35)).toEqual([
        '26:0',
        '27:1^26',
        '28:2^27',
        '29:2^27',
        '30:1^26',
        '31:2^30',
        '32:2^30',
        '33:0',
        '34:1^33',
        '35:2^34',
        '36:2^34',
      ]);
      rightThenSlip(rekap, 100, 150, ['C27 sum.hierarchy']);
    }
  });
  test('"Kondisi ▸ B | S | R | RB" is a road\'s condition scale (Baik, Sedang, Rusak, Rusak Berat): its R is no realisasi (round 88)', () => {
    const jalan = (f6: number) =>
      grid(
        [
          heads('No', 'Kecamatan', 'Panjang Jalan (km)', 'Kondisi', null, null, null),
          heads(null, null, null, 'B', 'S', 'R', 'RB'),
          [1, 'Sambas', 53.78, 18.64, 4.58, 10.69, 19.87],
          [2, 'Pemangkat', 96.06, 43.44, 39.29, 4.75, 8.58],
          [3, 'Tebas', 113.93, 82.7, 1.76, 13.63, 15.84],
          [null, bold('Jumlah'), 263.77, 144.78, 45.63, f6, 44.29],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1'] },
      );
    rightThenSlip(jalan, 29.07, 41.57, ['F6 sum.total-row']);
    // Its Panjang before the group is their row total, letters or words (round 91 E).
    const ruas = (c4: number) =>
      grid(
        [
          heads('No', 'Nama Ruas Jalan', 'Panjang (km)', 'Kondisi (km)', null, null, null),
          heads(null, null, null, 'B', 'S', 'R', 'RB'),
          [1, 'Ruas Oesao - Oelnasi', 10.5, 4, 3, 2, 1.5],
          [2, 'Ruas Baumata - Kuaklalo', c4, 3, 2, 2, 1],
          [3, 'Ruas Tarus - Naibonat', 7.25, 2, 2.25, 2, 1],
          [4, 'Ruas Noelbaki - Tuapukan', 6.4, 1.4, 2, 2, 1],
          [5, 'Ruas Penfui - Oebelo', 5.6, 2.6, 1, 1, 1],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1'] },
      );
    rightThenSlip(ruas, 8, 9, ['C4 sum.row-total']);
  });
  test('years ▸ T | R | C: the C is the capaian of its year, checked like a % (round 88)', () => {
    const iku = (i4: number) =>
      grid(
        [
          heads('No', 'Indikator', 'Satuan', 2022, null, null, 2023, null, null),
          heads(null, null, null, 'T', 'R', 'C', 'T', 'R', 'C'),
          [1, 'Persentase koperasi aktif', '%', 63, 58.29, 92.52, 40, 41.63, 104.08],
          [2, 'Persentase UMKM yang naik kelas', '%', 40, 32.93, 82.33, 57, 51.21, i4],
          [3, 'Indeks kepuasan masyarakat', '%', 56, 45.64, 81.5, 91, 76.73, 84.32],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1'] },
      );
    rightThenSlip(iku, 89.84, 96.84, ['I4 ratio.capaian']);
  });
  test('"1 Sekretariat", "2 Bidang Koperasi", "4 UPTD Pasar" are numbered offices, no counts with a unit: the pegawai table is read (round 88)', () => {
    const pegawai = (b6: number) =>
      grid([
        heads('Unit Kerja', 'PNS', 'PPPK', 'Honorer', 'Jumlah'),
        ['1 Sekretariat', 17, 3, 7, 27],
        ['2 Bidang Koperasi', 27, 12, 16, 55],
        ['3 Bidang Usaha Mikro', 16, 7, 15, 38],
        ['4 UPTD Pasar', 9, 15, 1, 25],
        [bold('Jumlah'), b6, 37, 39, 145],
      ]);
    expect(analyseSheet(pegawai(69)).tables).toHaveLength(1);
    rightThenSlip(pegawai, 69, 72, ['B6 sum.total-row']);
    // A count with its unit stays a count: "12 Orang", "3 Kelompok Tani".
    expect(readText('12 Orang')).toMatchObject({ kind: 'number', value: 12, unit: 'Orang' });
    expect(readText('3 Kelompok Tani')).toMatchObject({ kind: 'number', value: 3 });
    expect(readText('2 Bidang Koperasi')).toMatchObject({ kind: 'text' });
  });
  test('URUSAN rows with figures over programs I, II whose kegiatan are bulleted "-": the programs keep their level between (round 86)', () => {
    const realisasi = (c11: number) =>
      grid([
        heads('No', 'Nama Program dan Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [null, 'URUSAN TENAGA KERJA', 2300, 2040],
        ['I', 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 800, 720],
        ['-', 'Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 500, 450],
        ['-', 'Kegiatan Pembinaan Lembaga Pelatihan Kerja Swasta', 300, 270],
        ['II', 'Program Penempatan Tenaga Kerja', 1500, 1320],
        ['-', 'Kegiatan Pelayanan Antarkerja', c11, 800],
        ['-', 'Kegiatan Penerbitan Izin LPTKS', 600, 520],
        [null, 'URUSAN TRANSMIGRASI', 400, 350],
        ['I', 'Program Perencanaan Kawasan Transmigrasi', 400, 350],
        ['-', 'Kegiatan Penataan Persebaran Penduduk', 400, 350],
        [null, bold('Jumlah'), 2700, 2390],
      ]);
    expect(kinds(realisasi(900)).slice(0, 10)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:1^2', '7:2^6', '8:2^6', '9:0', '10:1^9', '11:2^10']);
    rightThenSlip(realisasi, 900, 950, ['C6 sum.hierarchy']);
  });
  test('"A | Sekretariat" without figures over an unnumbered "Program …" line: the program is a row of its own, not the rest of the heading (round 86)', () => {
    const realisasi = (c16: number) =>
      grid([
        heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['A', 'Sekretariat'],
        [null, 'Program Penunjang Urusan Pemerintahan Daerah', 800, 720],
        ['1.1', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 500, 450],
        ['1.2', 'Kegiatan Administrasi Umum Perangkat Daerah', 300, 270],
        [null, 'Jumlah', 800, 720],
        ['B', 'Bidang Pelatihan dan Produktivitas'],
        [null, 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 600, 560],
        ['1.1', 'Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 200, 180],
        ['1.2', 'Kegiatan Pembinaan Lembaga Pelatihan Kerja Swasta', 400, 380],
        [null, 'Program Penempatan Tenaga Kerja', 850, 740],
        ['2.1', 'Kegiatan Pelayanan Antarkerja', 600, 540],
        ['2.2', 'Kegiatan Penerbitan Izin LPTKS', c16, 200],
        [null, 'Jumlah', 1450, 1300],
        [null, 'Jumlah Total', 2250, 2020],
      ]);
    expect(analyseSheet(realisasi(250)).tables[0].rows.find((x) => x.row === 2)?.kind).not.toBe('continuation');
    rightThenSlip(realisasi, 250, 350, ['C11 sum.hierarchy']);
  });
  test('kegiatan written "-" under every program (the Rp kept at the programs): said once for the column, no warning per program (round 90)', () => {
    const realisasi = (c6: number | string) =>
      grid([
        heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['I.', 'Program Pengelolaan Pendidikan', 450, 412.5],
        ['1.', 'Pengelolaan Pendidikan Sekolah Dasar', '-', '-'],
        ['2.', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', '-', '-'],
        ['II.', 'Program Pengembangan Kurikulum', 120, 98.75],
        ['1.', 'Pengembangan Kurikulum Muatan Lokal', '-', '-'],
        ['2.', 'Pengembangan Kurikulum Sekolah', c6, '-'],
        [null, 'JUMLAH', 570, 511.25],
      ]);
    const all = analyseSheet(realisasi('-')).findings;
    expect(all.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(all.filter((x) => x.rule === 'sum.hierarchy').map((x) => `${x.cell} ${x.severity}`)).toEqual(['C2 info', 'D2 info']);
    // A program whose kegiatan do carry figures makes the "-" under the other one a gap again.
    expect(brief(findings(realisasi(120)))).toEqual(['C2 sum.hierarchy']);
    // An urusan adding up its programs above them is another level: the programs' "-" kegiatan are still the convention.
    const urusan = grid([
      heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'),
      ['A.', 'URUSAN PENDIDIKAN', 570, 511.25],
      ['I.', 'Program Pengelolaan Pendidikan', 450, 412.5],
      ['1.', 'Pengelolaan Pendidikan Sekolah Dasar', '-', '-'],
      ['2.', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', '-', '-'],
      ['II.', 'Program Pengembangan Kurikulum', 120, 98.75],
      ['1.', 'Pengembangan Kurikulum Muatan Lokal', '-', '-'],
      [null, 'JUMLAH', 570, 511.25],
    ]);
    expect(findings(urusan)).toEqual([]);
  });
  test('a kegiatan written without the word "Kegiatan" between two that have it is their sibling when the money says so (round 89)', () => {
    const anggaran = (b7: number) =>
      grid([
        heads('Uraian', 'Anggaran 2021', 'Anggaran 2022', 'Realisasi 2021', 'Realisasi 2022'),
        ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2800, 2970, 2630, 2800],
        ['Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 900, 950, 850, 900],
        ['Administrasi Keuangan Perangkat Daerah', b7, 1600, 1400, 1500],
        ['Kegiatan Administrasi Umum Perangkat Daerah', 400, 420, 380, 400],
        ['Program Pendaftaran Penduduk', 700, 720, 650, 700],
        ['Pelayanan Pendaftaran Penduduk', 700, 720, 650, 700],
        [bold('Jumlah'), 3500, 3690, 3280, 3500],
      ]);
    expect(kinds(anggaran(1500)).slice(0, 6)).toEqual(['2:0', '3:1^2', '4:1^2', '5:1^2', '6:0', '7:1^6']);
    rightThenSlip(anggaran, 1500, 1600, ['B2 sum.hierarchy']);
  });
  test('a column-number row in letters ("A B C …", "(a) (b) …") is the header\'s, as "1 2 3 …" is (round 89)', () => {
    for (const at of [(i: number) => String.fromCharCode(65 + i), (i: number) => `(${String.fromCharCode(97 + i)})`]) {
      const aset = (e9: number) =>
        grid(
          [
            heads('No', 'Nama Barang', 'Satuan', 'Kondisi', null, null, 'Jumlah'),
            heads(null, null, null, 'Baik', 'Rusak Ringan', 'Rusak Berat', null),
            [0, 1, 2, 3, 4, 5, 6].map(at),
            [1, 'Komputer/PC', 'Unit', 20, 4, 1, 25],
            [2, 'Laptop/Notebook', 'Unit', 12, 2, 0, 14],
            [3, 'Printer', 'Unit', 9, 3, 2, 14],
            [4, 'Meja Kerja', 'Buah', 30, 5, 1, 36],
            [null, bold('Jumlah'), null, 71, e9, 4, 89],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'] },
        );
      expect(analyseSheet(aset(14)).tables[0].headerRows).toBe(3);
      rightThenSlip(aset, 14, 15, ['E8 sum.total-row']);
    }
    // Years numbered I … IV under each group, the letters under them: each ratio is its own year's.
    const roman = ['I', 'II', 'III', 'IV'];
    const kinerja = (k6: number) =>
      grid(
        [
          heads(
            'No',
            'Indikator Kinerja',
            'Target Renstra Tahun ke-',
            null,
            null,
            null,
            'Realisasi Capaian Tahun ke-',
            null,
            null,
            null,
            'Rasio Capaian pada Tahun ke-',
            null,
            null,
            null,
          ),
          heads(null, null, ...roman, ...roman, ...roman),
          'ABCDEFGHIJKLMN'.split(''),
          [1, 'Persentase Jalan Kabupaten dalam Kondisi Mantap', 60.5, 63.2, 66, 68.7, 61.2, 60.9, 66.4, 70.1, k6, 96.36, 100.61, 102.04],
          [2, 'Persentase Jaringan Irigasi dalam Kondisi Baik', 55, 58, 61, 64, 52.3, 57.8, 62.5, 60.9, 95.09, 99.66, 102.46, 95.16],
          [3, 'Persentase Rumah Tangga dengan Akses Air Minum Layak', 80, 83, 86, 89, 78.6, 84.1, 85.2, 90.3, 98.25, 101.33, 99.07, 101.46],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:F1', 'G1:J1', 'K1:N1'] },
      );
    rightThenSlip(kinerja, 101.16, 110.16, ['K4 ratio.capaian']);
    // With the columns' formulas in letters (round 92): "(c)=(d)+(e)+(f)".
    const aset = (c6: number) =>
      grid([
        heads('No', 'Jenis Aset', 'Jumlah', 'Baik', 'Rusak Ringan', 'Rusak Berat'),
        ['(a)', '(b)', '(c)=(d)+(e)+(f)', '(d)', '(e)', '(f)'],
        [1, 'Kendaraan Roda 4', 6, 4, 1, 1],
        [2, 'Kendaraan Roda 2', c6, 9, 2, 1],
        [3, 'Komputer', 20, 15, 3, 2],
      ]);
    expect(analyseSheet(aset(12)).tables[0].headerRows).toBe(2);
    rightThenSlip(aset, 12, 13, ['C4 sum.row-total']);
  });
  test('"Belanja Tidak Terduga" between two programs of the X.XX block is their sibling, the block adds up with it (round 90 C6)', () => {
    const realisasi = (c8: number) =>
      grid([
        heads('No', 'Urusan / Bidang Urusan / Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [null, bold('JUMLAH'), 3100, 2700],
        [null, bold('3.26 Bidang Pariwisata'), 1000, 900],
        [null, bold('3.26.03 Program Pemasaran Pariwisata'), 600, 550],
        [null, bold('3.26.05 Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif'), 400, 350],
        [null, bold('X.XX Belanja Tidak Terduga dan Lain-lain'), 2100, 1800],
        [null, bold('Program Pelayanan Administrasi Perkantoran'), 1200, 1100],
        [null, bold('Belanja Tidak Terduga'), c8, 600],
        [null, bold('Program Peningkatan Kapasitas Aparatur'), 100, 100],
      ]);
    expect(kinds(realisasi(800)).slice(4, 8)).toEqual(['6:0', '7:1^6', '8:1^6', '9:1^6']);
    rightThenSlip(realisasi, 800, 900, ['C6 sum.hierarchy']);
  });
  test('"Tujuan : …" over "Sasaran 1 : …" rows with Rp in the name column are levels over the programs, each the sum of the one below (round 90 C2)', () => {
    const renstra = (d11: number, top: boolean) => {
      const total = [null, bold('Total'), null, 1500, null, 1650, null, 3150];
      return grid(
        [
          heads('Kode', 'Tujuan / Sasaran / Program / Kegiatan', 'Tahun 2025', null, 'Tahun 2026', null, 'Kondisi Akhir', null),
          heads(null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
          ...(top ? [total] : []),
          [null, bold('Tujuan : Meningkatnya kualitas pelayanan publik'), null, 1500, null, 1650, null, 3150],
          [null, bold('Sasaran 1 : Meningkatnya cakupan layanan dasar'), null, 1000, null, 1100, null, 2100],
          ['1.02.02', bold('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN'), 80, 1000, 85, 1100, 85, 2100],
          ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 80, 600, 85, 650, 85, 1250],
          ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan', 80, 400, 85, 450, 85, 850],
          [null, bold('Sasaran 2 : Meningkatnya kualitas tata kelola'), null, 500, null, 550, null, 1050],
          ['1.02.01', bold('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH'), 90, 500, 95, 550, 95, 1050],
          ['1.02.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 90, d11, 95, 550, 95, 1050],
          ...(top ? [] : [total]),
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
      );
    };
    rightThenSlip((d: number) => renstra(d, false), 500, 510, ['D10 value.crossing']);
    expect(findings(renstra(500, true))).toEqual([]);
  });
  test('"Jumlah Dinas Pertanian" closes its unit in a kode tree: the LAIN-LAIN block after it is not the unit\'s (round 90 C3)', () => {
    const rekap = (c9: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Jumlah (Rp)'),
        [null, bold('DINAS PERTANIAN'), 1200],
        ['3.27.02', bold('PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN'), 1200],
        ['3.27.02.2.01', 'Pengawasan Penyediaan dan Peredaran Sarana Pertanian', 700],
        ['3.27.02.2.02', 'Pengelolaan Sumber Daya Genetik Tanaman', 500],
        [null, bold('Jumlah Dinas Pertanian'), 1200],
        [null, bold('LAIN-LAIN'), 900],
        ['X.XX.01', bold('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'), 900],
        ['X.XX.01.2.02', 'Administrasi Keuangan Perangkat Daerah', c9],
        ['X.XX.01.2.06', 'Administrasi Umum Perangkat Daerah', 300],
        [null, bold('Jumlah Lain-Lain'), 900],
        [null, bold('TOTAL'), 2100],
      ]);
    rightThenSlip(rekap, 600, 650, ['C8 sum.hierarchy']);
  });
  test('a closing LAIN-LAIN / NON URUSAN block stands where the top blocks stand, by format or by kode (round 90 C3, C5)', () => {
    const realisasi = (c8: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [null, bold('Urusan Perencanaan'), 500, 450],
        [null, { value: 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', bold: true, indent: 1 }, 500, 450],
        [null, { value: 'Penyusunan Dokumen Perencanaan Daerah', indent: 2 }, 300, 270],
        [null, { value: 'Evaluasi Pembangunan Daerah', indent: 2 }, 200, 180],
        [null, bold('LAIN-LAIN'), 700, 600],
        [null, { value: 'Program Pelayanan Administrasi Perkantoran', bold: true, indent: 1 }, 700, 600],
        [null, { value: 'Penyediaan Jasa Kebersihan Kantor', indent: 2 }, c8, 600],
        [null, bold('JUMLAH'), 1200, 1050],
      ]);
    rightThenSlip(realisasi, 700, 750, ['C7 sum.hierarchy']);
    const dpa = (c10: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Total (Rp)'),
        [null, bold('TOTAL'), 2400],
        ['3.26.0.00.0.00.01.0000', bold('DINAS PARIWISATA'), 1500],
        ['3.26.03', bold('PROGRAM PEMASARAN PARIWISATA'), 1500],
        ['3.26.03.2.02', 'Pengembangan Standar Pelayanan Pemasaran Pariwisata', 1500],
        [null, bold('NON URUSAN'), 900],
        ['X.XX.01', bold('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'), 900],
        ['X.XX.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 600],
        ['X.XX.01.2.06', 'Administrasi Umum Perangkat Daerah', c10],
      ]);
    rightThenSlip(dpa, 300, 350, ['C7 sum.hierarchy']);
    // A "- | LAIN-LAIN" bulleted like the kegiatan before it is their last item (round 86 seeds again).
    const items = (c5: number) =>
      grid([
        heads('No', 'Program / Kegiatan', 'Anggaran (Rp)'),
        ['I', 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 4070],
        ['-', 'Kegiatan Pelayanan Antarkerja di Daerah Kabupaten/Kota', 260],
        ['-', 'Kegiatan Administrasi Umum Perangkat Daerah', 1140],
        ['-', 'Kegiatan Penerbitan Izin LPTKS', c5],
        ['-', 'LAIN-LAIN', 1600],
        ['II', 'Program Penempatan Tenaga Kerja', 900],
        ['-', 'Kegiatan Pelayanan Antarkerja', 900],
        [null, bold('Jumlah'), 4970],
      ]);
    rightThenSlip(items, 1070, 1080, ['C2 sum.hierarchy']);
  });
  test('codes typed before the names ("1.01.02 PROGRAM …") name their tier; "X NON URUSAN" closes the plan at the urusan\'s level (round 90 C3)', () => {
    const rkpd = (c10: number) =>
      grid([
        heads('Urusan / Bidang / Perangkat Daerah / Program / Kegiatan', 'Pagu Indikatif 2025 (Rp)', 'Pagu Indikatif 2026 (Rp)'),
        [bold('1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR'), 1000, 1100],
        [bold('1.01 PENDIDIKAN'), 1000, 1100],
        [bold('1.01.0.00.0.00.01.0000 DINAS PENDIDIKAN'), 1000, 1100],
        [bold('1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN'), 1000, 1100],
        ['1.01.02.2.01 Pengelolaan Pendidikan Sekolah Dasar', 600, 650],
        ['1.01.02.2.02 Pengelolaan Pendidikan Sekolah Menengah Pertama', 400, 450],
        [bold('X NON URUSAN'), 900, 950],
        [bold('X.XX.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'), 900, 950],
        ['X.XX.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', c10, 420],
        ['X.XX.01.2.02 Administrasi Keuangan Perangkat Daerah', 500, 530],
        [bold('JUMLAH SELURUHNYA'), 1900, 2050],
      ]);
    expect(analyseSheet(rkpd(400)).tables[0].rows.find((x) => x.row === 4)?.kind).toBe('program');
    rightThenSlip(rkpd, 400, 450, ['B9 sum.hierarchy']);
  });
  test('an I. whose words name the lettered rows\' tier ("Urusan … Bidang …") is the letter, one naming the programs is Roman (round 91 A)', () => {
    const rekap = (c14: number) =>
      grid([
        heads('No', 'Urusan / Program / Kegiatan', 'Pagu 2024 (Rp)'),
        ['G.', 'Urusan Pemerintahan Bidang Sosial', 900],
        ['I.', 'Program Perlindungan Khusus Anak', 900],
        ['1.', 'Pelayanan Antarkerja di Daerah Kabupaten/Kota', 400],
        ['2.', 'Pengelolaan Data dan Informasi', 500],
        ['H.', 'Urusan Pemerintahan Bidang Kesehatan', 700],
        ['I.', 'Program Penyelenggaraan Jalan', 700],
        ['1.', 'Pengelolaan Data dan Informasi', 300],
        ['2.', 'Penyediaan Prasarana Pertanian', 400],
        ['I.', 'Urusan Pemerintahan Bidang Pendidikan', 1100],
        ['I.', 'Program Pengembangan Kurikulum', 600],
        ['1.', 'Pengawasan dan Pemeriksaan Koperasi', 250],
        ['2.', 'Penyediaan Sarana Pendidikan', 350],
        ['II.', 'Program Pengelolaan Persampahan', 500],
        ['1.', 'Pengelolaan Sampah', c14],
        [null, bold('JUMLAH'), 2700],
      ]);
    expect(kinds(rekap(500)).slice(8, 14)).toEqual(['10:0', '11:1^10', '12:2^11', '13:2^11', '14:1^10', '15:2^14']);
    rightThenSlip(rekap, 500, 550, ['C14 sum.hierarchy']);
  });
  test("kegiatan with and without the word, alternating, and one before a Belanja Tidak Terduga of the whole plan, are the program's (round 91 B)", () => {
    const M = (n: number) => n * 1e6;
    const alternating = (b6: number) =>
      grid([
        heads('Uraian', 'Pagu 2023 (Rp)', 'Pagu 2024 (Rp)'),
        ['Program Penempatan Tenaga Kerja', M(2000), M(2100)],
        ['Kegiatan Penyediaan Prasarana Pertanian', M(345), M(360)],
        ['Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', M(b6), M(570)],
        ['Kegiatan Penyelenggaraan Sistem Pengendalian Inflasi', M(550), M(580)],
        ['Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', M(560), M(590)],
        ['Program Pengelolaan Pendidikan', M(390), M(400)],
        ['Kegiatan Pengelolaan Sampah', M(235), M(240)],
        ['Administrasi Keuangan Perangkat Daerah', M(85), M(90)],
        ['Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', M(70), M(70)],
        [bold('TOTAL'), M(2390), M(2500)],
      ]);
    rightThenSlip(alternating, 545, 555, ['B2 sum.hierarchy']);
    const btt = (c7: number) =>
      grid([
        heads('Kode', 'Uraian', 'Pagu 2023 (Rp)', 'Pagu 2024 (Rp)'),
        ['2.07.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 1350, 1400],
        [null, 'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 700, 720],
        [null, 'Kegiatan Pengelolaan Data dan Informasi', 400, 420],
        [null, 'Penyediaan Prasarana Pertanian', 250, 260],
        [null, 'BELANJA TIDAK TERDUGA', 450, 500],
        ['2.07.02', 'Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat', 2500, 2600],
        [null, 'Kegiatan Pelayanan Antarkerja di Daerah Kabupaten/Kota', c7, 900],
        [null, 'Pemeliharaan Berkala Jalan', 600, 620],
        [null, 'Kegiatan Penyelenggaraan Sistem Pengendalian Inflasi', 1050, 1080],
        [null, bold('JUMLAH'), 4300, 4500],
      ]);
    rightThenSlip(btt, 850, 800, ['C7 sum.hierarchy']);
    // Both at once: alternating kegiatan, the last unmarked one before the plan's Belanja Tidak Terduga.
    const both = (c5: number) =>
      grid([
        heads('Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        ['2.07.02', 'Program Pengelolaan Pendidikan', M(3234), M(3067)],
        [null, 'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', M(893), M(866)],
        [null, 'Pengawasan dan Pemeriksaan Koperasi', M(c5), M(913)],
        [null, 'Kegiatan Pembinaan dan Pengembangan Ekonomi Kreatif', M(779), M(675)],
        [null, 'Peningkatan Kapasitas Tenaga Kesehatan', M(713), M(613)],
        [null, 'BELANJA TIDAK TERDUGA', M(139), M(266)],
        ['2.07.03', 'Program Peningkatan Sarana dan Prasarana Pertanian', M(1790), M(1747)],
        [null, 'Kegiatan Pembangunan Jalan', M(890), M(789)],
        [null, 'Kegiatan Peningkatan Kapasitas Tenaga Kesehatan', M(900), M(958)],
        [null, bold('Jumlah Belanja'), M(5163), M(5080)],
      ]);
    rightThenSlip(both, 849, 859, ['C2 sum.hierarchy']);
  });
  test('"Unit Kerja | S2 | S1 | D3 | SLTA | Jumlah | Keterangan" is a header though one row is off and the Keterangan follows the Jumlah (round 91 F)', () => {
    const pegawai = (f4: number) =>
      grid([
        heads('Unit Kerja', 'S2', 'S1', 'D3', 'SLTA', 'Jumlah', 'Keterangan'),
        ['1 Sekretariat', 23, 1, 11, 4, 39, '2 Seksi'],
        ['2 Bidang Koperasi', 18, 12, 0, 18, f4, '-'],
        ['3 Bidang Usaha Mikro', 1, 23, 4, 7, 35, '4 Seksi'],
        ['4 UPTD Pasar', 1, 10, 9, 4, 24, '1 Subbag'],
        [bold('Jumlah'), 43, 46, 24, 33, 146, null],
      ]);
    rightThenSlip(pegawai, 48, 49, ['F3 sum.row-total'], 'errors');
  });
  test('counts in "Objek" and "Inovasi" are exact: 29 of 26 is 111,54, not anything up to 112,44 (round 89 D)', () => {
    const iku = (f3: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Persentase Sekolah dengan Akreditasi Minimal B', '%', 79.96, 66.07, 82.63],
        [2, 'Jumlah Cagar Budaya yang Ditetapkan', 'Objek', 26, 29, f3],
        [3, 'Jumlah Inovasi Daerah yang Diterapkan', 'Inovasi', 38, 41, 107.89],
      ]);
    rightThenSlip(iku, 111.54, 112.44, ['F3 ratio.capaian']);
  });
  test('"URUSAN PERDAGANGAN" right over its programs stands beside a "BIDANG URUSAN PERTANIAN", not over it (round 91 D)', () => {
    const renja = (c10: number) =>
      grid([
        heads('No', 'Program / Kegiatan', 'Anggaran 2019 (Rp)'),
        [null, 'URUSAN PERDAGANGAN', 1500],
        ['I', 'Program Stabilisasi Harga Barang Kebutuhan Pokok', 1500],
        ['-', 'Kegiatan Pemantauan Harga dan Stok Barang Kebutuhan Pokok', 600],
        ['-', 'Kegiatan Penyelenggaraan Sistem Pengendalian Inflasi', 900],
        [null, 'BIDANG URUSAN PERTANIAN', 1200],
        ['I', 'Program Penyuluhan Pertanian', 500],
        ['-', 'Kegiatan Penyediaan Prasarana Pertanian', 500],
        ['II', 'Program Peningkatan Sarana dan Prasarana Pertanian', 700],
        ['-', 'Kegiatan Pengendalian dan Pengawasan Ketersediaan Pupuk', c10],
        ['-', 'Kegiatan Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak', 400],
        [null, bold('JUMLAH'), 2700],
      ]);
    expect(kinds(renja(300)).slice(0, 10)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:0', '7:1^6', '8:2^7', '9:1^6', '10:2^9', '11:2^9']);
    rightThenSlip(renja, 300, 350, ['C9 sum.hierarchy']);
  });
  test('"Realisasi 2022 | Target | Realisasi 2023 | Capaian" with lower-is-better rows among them: the capaian is still found and checked (round 92 #4)', () => {
    const iku = (g3: number) =>
      grid([
        heads('No', 'Indikator Sasaran', 'Satuan', 'Realisasi 2022', 'Target', 'Realisasi 2023', 'Capaian (%)'),
        [1, 'Persentase penduduk miskin', '%', 15.8, 16.8, 13.86, 117.5],
        [2, 'Jumlah anak terlantar yang ditangani', 'Orang', 3462, 4485, 4246, g3],
        [3, 'Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya', '%', 82.67, 65.49, 61.76, 94.3],
        [4, 'Persentase PMKS yang memperoleh bantuan sosial', '%', 70.2, 75, 72, 96],
        [5, 'Jumlah kasus kekerasan terhadap anak', 'Kasus', 14, 12, 9, 125],
      ]);
    rightThenSlip(iku, 94.67, 96.67, ['G3 ratio.capaian']);
  });
  test('a first row whose amounts in Rp juta look like years a century apart ("2000 | 2100") is a body row, not a year row of the header', () => {
    const pagu = (b3: number) =>
      grid([
        heads('Uraian', 'Pagu 2023 (Rp juta)', 'Pagu 2024 (Rp juta)'),
        ['Program Penempatan Tenaga Kerja', 2000, 2100],
        ['Kegiatan Penyediaan Prasarana Pertanian', b3, 1000],
        ['Kegiatan Penyelenggaraan Sistem Pengendalian Inflasi', 1100, 1100],
        ['Program Pengelolaan Pendidikan', 390, 400],
        ['Kegiatan Pengelolaan Sampah', 390, 400],
        [bold('TOTAL'), 2390, 2500],
      ]);
    expect(analyseSheet(pagu(900)).tables[0].headerRows).toBe(1);
    rightThenSlip(pagu, 900, 950, ['B2 sum.hierarchy']);
  });
  test('one kegiatan left plain among bold kegiatan of its indent is a kegiatan still (round 92 #2)', () => {
    const keg = (v: string, b: boolean) => ({ value: v, bold: b, indent: 2 });
    const sub = (v: string) => ({ value: v, indent: 4 });
    const renja = (b4: number) =>
      grid([
        heads('Program, Kegiatan dan Sub Kegiatan', 'Pagu 2022 (Rp)', 'Pagu 2023 (Rp)'),
        [bold('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'), 8000, 8400],
        [keg('Administrasi Keuangan Perangkat Daerah', false), 1600, 1700],
        [sub('Penyediaan Administrasi Pelaksanaan Tugas ASN'), b4, 1400],
        [sub('Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD'), 300, 300],
        [keg('Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', true), 2200, 2300],
        [sub('Penyusunan Dokumen Perencanaan Perangkat Daerah'), 1700, 1800],
        [sub('Evaluasi Kinerja Perangkat Daerah'), 500, 500],
        [keg('Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', true), 2200, 2300],
        [sub('Penyediaan Jasa Pelayanan Umum Kantor'), 1600, 1700],
        [sub('Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik'), 600, 600],
        [keg('Administrasi Umum Perangkat Daerah', true), 2000, 2100],
        [sub('Penyediaan Bahan Logistik Kantor'), 1400, 1500],
        [sub('Penyediaan Peralatan dan Perlengkapan Kantor'), 600, 600],
        [bold('Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah'), 1200, 1300],
        [keg('Penyusunan Perencanaan dan Pendanaan', true), 1200, 1300],
        [sub('Analisis Data dan Informasi Perencanaan Pembangunan Daerah'), 1200, 1300],
        [bold('Jumlah'), 9200, 9700],
      ]);
    expect(kinds(renja(1300)).slice(0, 4)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3']);
    rightThenSlip(renja, 1300, 1350, ['B3 sum.hierarchy']);
  });
  test('a LAIN-LAIN block after "Jumlah Dinas …" where the programs are the top rows heads its X.XX programs, by code or by money; "Jumlah Lain-lain" restating it is its total (round 91 f10)', () => {
    // A grand total at the top: the unit's programs and the LAIN-LAIN block, not the unit's programs alone.
    const lkpj = (code: string | null, d4: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [null, 'JUMLAH SELURUHNYA', 8358850000, d4],
        ['3.30.02', 'Program Peningkatan Sarana dan Prasarana', 716490000, 602111000],
        ['3.30.02.2.01', 'Administrasi Umum Perangkat Daerah', 716490000, 602111000],
        ['3.30.03', 'Program Penempatan Tenaga Kerja', 1129710000, 1004714000],
        ['3.30.03.2.01', 'Pengelolaan Data dan Informasi', 970060000, 868528000],
        ['3.30.03.2.02', 'Pembinaan dan Pengembangan Ekonomi Kreatif', 159650000, 136186000],
        ['3.30.04', 'Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro', 3459120000, 3113780000],
        ['3.30.04.2.01', 'Pelatihan Kewirausahaan', 3459120000, 3113780000],
        [null, 'Jumlah Dinas Koperasi dan UKM', 5305320000, 4720605000],
        [code, 'LAIN-LAIN', 3053530000, 2860619000],
        ['X.XX.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 3053530000, 2860619000],
        ['X.XX.01.2.01', 'Administrasi Keuangan Perangkat Daerah', 1071400000, 1037687000],
        ['X.XX.01.2.02', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 1982130000, 1822932000],
        [null, 'Jumlah Lain-lain', 3053530000, 2860619000],
      ]);
    for (const code of ['X.XX', null]) {
      rightThenSlip((d: number) => lkpj(code, d), 7581224000, 7591224000, ['D2 sum.total-row']);
      expect(kinds(lkpj(code, 7581224000)).slice(9, 12)).toEqual(['11:0', '12:1^11', '13:2^12']);
    }
    expect(analyseSheet(lkpj(null, 7581224000)).tables[0].rows[13].kind).toBe('total');
  });
  describe('how plan years are headed (round 93)', () => {
    const roles = (g: SheetGrid) => analyseSheet(g).tables[0].columns.map((c) => `${c.role}${c.year ?? ''}${c.period ? `p${c.period}` : ''}`);
    test('"Capaian Tahun 1 (2024) (%)" and "Target Tahun-1" name their period: each capaian divides its own year', () => {
      const flat = (label: (m: string, k: number) => string, j5: number) =>
        grid([
          heads('No', 'Indikator', 'Satuan', ...['Target', 'Realisasi', 'Capaian'].flatMap((m) => [1, 2].map((k) => label(m, k)))),
          [1, 'Indeks kualitas lingkungan hidup', '%', 63.7, 64.3, 66.26, 60.94, j5, 94.77],
          [2, 'Jumlah desa ODF', 'desa', 1923, 2038, 2114, 1703, 109.93, 83.56],
          [3, 'Jumlah pencari kerja yang dilatih', 'orang', 111, 117, 107, 134, 96.4, 114.53],
        ]);
      const paren = (m: string, k: number) => `${m} Tahun ${k} (${2023 + k})${m === 'Capaian' ? ' (%)' : ''}`;
      const dash = (m: string, k: number) => `${m} Tahun-${k}${m === 'Capaian' ? ' (%)' : ''}`;
      expect(roles(flat(paren, 104.02)).slice(7)).toEqual(['ratio2024p1', 'ratio2025p2']);
      expect(roles(flat(dash, 104.02)).slice(3)).toEqual(['targetp1', 'targetp2', 'realisasip1', 'realisasip2', 'ratiop1', 'ratiop2']);
      rightThenSlip((v: number) => flat(paren, v), 104.02, 100.02, ['H2 ratio.capaian']);
      rightThenSlip((v: number) => flat(dash, v), 104.02, 100.02, ['H2 ratio.capaian']);
    });
    test('"Target Kinerja ▸ 1 ▸ 2021" beside "Realisasi Capaian Tahun ke- ▸ 1 ▸ 2021" is the same year and period (round 101)', () => {
      const tc23 = (j5: number) =>
        grid(
          [
            heads('No', 'Indikator Kinerja', 'Target Kinerja', null, 'Realisasi Capaian Tahun ke-', null, 'Rasio Capaian pada Tahun ke-', null),
            heads(null, null, 1, 2, 1, 2, 1, 2),
            heads(null, null, 2021, 2022, 2021, 2022, 2021, 2022),
            [1, 'Persentase Lulusan Pelatihan yang Bersertifikat', 55.41, 58.08, 56.48, 55.4, 101.93, 95.39],
            [2, 'Persentase Pencari Kerja yang Ditempatkan', 75.99, 77.92, 70.53, 74.33, 92.81, j5],
            [3, 'Persentase Koperasi Aktif', 80, 82, 78.4, 80.36, 98, 98],
          ],
          { merges: ['A1:A3', 'B1:B3', 'C1:D1', 'E1:F1', 'G1:H1'] },
        );
      expect(roles(tc23(95.39)).slice(2)).toEqual(['target2021p1', 'target2022p2', 'realisasi2021p1', 'realisasi2022p2', 'ratio2021p1', 'ratio2022p2']);
      rightThenSlip(tc23, 95.39, 97.39, ['H5 ratio.capaian']);
    });
    test('"Capaian Tahun 2020" before the period\'s targets, no target of its year, is the baseline; "Realisasi N+1" is no transition year', () => {
      const baseline = grid([
        heads(
          'No',
          'Indikator',
          'Satuan',
          'Capaian Tahun 2020',
          'Target 2021',
          'Target 2022',
          'Realisasi 2021',
          'Realisasi 2022',
          'Capaian 2021 (%)',
          'Capaian 2022 (%)',
        ),
        [1, 'Persentase tenaga kerja yang ditempatkan', '%', 78.8, 80.8, 83.7, 73.85, 87.66, 91.4, 104.73],
        [2, 'Jumlah wirausaha baru', 'orang', 1200, 1250, 1300, 1190, 1350, 95.2, 103.85],
        [3, 'Persentase koperasi aktif', '%', 59, 61.1, 63, 61.6, 57.6, 100.82, 91.43],
      ]);
      expect(roles(baseline)[3]).toBe('kondisiAwal2020');
      expect(findings(baseline)).toEqual([]);
      // So before years numbered only by their place in the period ("Tahun ke-1 ▸ Target | Realisasi | Capaian").
      const ordinal = grid(
        [
          heads('No', 'Indikator', 'Satuan', 'Capaian Tahun 2020', 'Tahun ke-1', null, null, 'Tahun ke-2', null, null),
          heads(null, null, null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'),
          [1, 'Persentase tenaga kerja yang ditempatkan', '%', 78.8, 80.8, 73.85, 91.4, 83.7, 87.66, 104.73],
          [2, 'Jumlah wirausaha baru', 'orang', 1200, 1250, 1190, 95.2, 1300, 1350, 103.85],
          [3, 'Persentase koperasi aktif', '%', 59, 61.1, 61.6, 100.82, 63, 57.6, 91.43],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:J1'] },
      );
      expect(roles(ordinal)[3]).toBe('kondisiAwal2020');
      expect(findings(ordinal)).toEqual([]);
      const relative = grid([
        heads('No', 'Indikator', 'Satuan', 'Target N', 'Target N+1', 'Realisasi N', 'Realisasi N+1', 'Capaian N (%)', 'Capaian N+1 (%)'),
        [1, 'Jumlah KK penerima bantuan', 'KK', 3256, 3321, 2687, 2836, 82.52, 85.4],
        [2, 'Jumlah UMKM yang difasilitasi', 'UMKM', 320, 340, 300, 352, 93.75, 103.53],
        [3, 'Persentase koperasi aktif', '%', 61.1, 63, 61.6, 57.6, 100.82, 91.43],
      ]);
      expect(roles(relative).slice(3)).toEqual(['target', 'target', 'realisasi', 'realisasi', 'ratio', 'ratio']);
      expect(findings(relative)).toEqual([]);
    });
    test('"Anggaran dan Realisasi Pendanaan …" over the years names the table: its leaves say which column is the budget', () => {
      const tc24 = (m7: number) =>
        grid(
          [
            heads(
              'No',
              'Program',
              'Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah',
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              'Rata-rata Pertumbuhan (%)',
              null,
            ),
            heads(null, null, 'Tahun 2024', null, null, 'Tahun 2025', null, null, 'Tahun 2026', null, null, null, null),
            heads(
              null,
              null,
              'Anggaran',
              'Realisasi',
              'Rasio (%)',
              'Anggaran',
              'Realisasi',
              'Rasio (%)',
              'Anggaran',
              'Realisasi',
              'Rasio (%)',
              'Anggaran',
              'Realisasi',
            ),
            [1, 'Program Pemenuhan Upaya Kesehatan', 559558000, 482357380, 86.2, 662682000, 647700637, 97.74, 735845000, 595967365, 80.99, 14.73, m7],
            [2, 'Program Penempatan Tenaga Kerja', 2112853000, 1902699771, 90.05, 2297852000, 1950147221, 84.87, 2399133000, 2352003038, 98.04, 6.58, 11.55],
            [
              3,
              'Program Pelatihan Kerja dan Produktivitas',
              1267253000,
              1252211148,
              98.81,
              1189188000,
              1071127427,
              90.07,
              1341687000,
              1130634506,
              84.27,
              3.33,
              -4.45,
            ],
          ],
          { merges: ['A1:A3', 'B1:B3', 'C1:K1', 'L1:M2', 'C2:E2', 'F2:H2', 'I2:K2'] },
        );
      expect(roles(tc24(13.15)).slice(2, 5)).toEqual(['anggaran2024', 'realisasiRp2024', 'ratio2024']);
      rightThenSlip(tc24, 13.15, 15.15, ['M4 ratio.pertumbuhan'], 'findings');
    });
    test('a Predikat after "N-1 ▸ T | R | %" and "N ▸ T | R | %" grades year N; a year of realisasi typed 0 throughout is not reported yet', () => {
      const lkjip = grid(
        [
          heads('No', 'Indikator Kinerja', 'Satuan', 'N-1', null, null, 'N', null, null, 'Predikat'),
          heads(null, null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)', null),
          [1, 'Tingkat kepuasan masyarakat terhadap layanan', '%', 89.5, 81.87, 91.47, 91.5, 83.87, 91.66, 'Sangat Tinggi'],
          [2, 'Jumlah KK penerima bantuan', 'KK', 1066, 927, 86.96, 1151, 1315, 114.25, 'Sangat Tinggi'],
          [3, 'Cakupan pelayanan kesehatan dasar', '%', 88, 82.87, 94.17, 90.5, 84.74, 93.64, 'Sangat Tinggi'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1', 'J1:J2'] },
      );
      expect(findings(lkjip)).toEqual([]);
      // A capaian against the Renstra's end target after the year's own: the Ket. grades the year's (0,91 = 91 %).
      const renstra = grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target',
          'Realisasi',
          'Capaian (%)',
          'Target Akhir Renstra (2025)',
          'Capaian terhadap Target Akhir Renstra (%)',
          'Ket.',
        ),
        [1, 'Persentase koperasi sehat', '%', 46.13, 44.45, 0.96, 50.74, 87.6, 'Sangat Berhasil'],
        [2, 'Persentase pencari kerja terdaftar yang ditempatkan', '%', 32.5, 25.37, 0.78, 35.75, 70.97, 'Berhasil'],
        [3, 'Persentase ibu hamil mendapatkan pelayanan', '%', 97.38, 99.84, 1.03, 107.12, 93.2, 'Sangat Berhasil'],
        [4, 'Rata-rata waktu penyelesaian perizinan', 'hari', 6.7, 7.3, 0.91, 6, 78.33, 'Sangat Berhasil'],
      ]);
      expect(findings(renstra)).toEqual([]);
      const future = (i5: number) =>
        grid([
          heads('No', 'Indikator', 'Satuan', 'Target 2022', 'Target 2023', 'Realisasi 2022', 'Realisasi 2023', 'Capaian 2022 (%)', 'Capaian 2023 (%)'),
          [1, 'Persentase koperasi aktif', '%', 62, 64, 63.1, 0, 101.77, 0],
          [2, 'Tingkat pengangguran terbuka', '%', 5.5, 5.3, 5.4, i5, 101.82, 0],
          [3, 'Jumlah wirausaha baru', 'orang', 130, 140, 135, 0, 103.85, 0],
        ]);
      expect(findings(future(0))).toEqual([]);
      expect(brief(findings(future(5.2)))).toEqual(['I3 ratio.capaian']);
    });
  });
  describe('what sits around a table on a sheet (round 94)', () => {
    test('a signature\'s "Kupang," beside a day typed as a date ends the table: the date is no capaian', () => {
      const signed = (dateFmt: string | undefined) =>
        grid([
          ['Tabel 3.1 Capaian Kinerja Tahun 2023'],
          [],
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
          [1, 'Persentase koperasi aktif', '%', 75, 78.5, 104.67],
          [2, 'Jumlah UMKM yang difasilitasi', 'Unit', 120, 111, 92.5],
          [3, 'Jumlah wirausaha baru', 'Orang', 60, 66, 110],
          [],
          [null, null, null, null, 'Kupang,', { value: 44823, numFmt: dateFmt }],
          [null, null, null, null, 'Kepala Dinas Koperasi dan UKM'],
          [null, null, null, null, 'Drs. I Made Suartana, M.Si'],
          [null, null, null, null, 'NIP. 19680512 199303 1 007'],
        ]);
      expect(findings(signed('dd mmmm yyyy'))).toEqual([]);
      expect(findings(signed('mm-dd-yy'))).toEqual([]);
      // The same number not shown as a date is a figure of the table's last column.
      expect(findings(signed(undefined)).length).toBeGreaterThan(0);
    });
    test('an indicator line "Jumlah UMKM …" under a kode and name merged down over it does not close the table before a page\'s header copy', () => {
      const header = [heads('Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan', 'Rp 2024', 'Rp 2025'), [1, 2, 3, 4, 5, 6].map((n) => bold(n))];
      const plan = (e9: number) =>
        grid(
          [
            ...header,
            ['3.31.08', bold('Program Penempatan Tenaga Kerja'), 'Jumlah produk UKM bersertifikat halal', 'Dokumen', 2218000000, 2636000000],
            ['3.31.08.2.01', 'Pengembangan Kapasitas Kelembagaan', 'Cakupan ketersediaan pangan', '%', 1708000000, 1946500000],
            [null, null, 'Jumlah UMKM yang difasilitasi', 'Koperasi', null, null],
            ['Tabel 6.1 (Lanjutan)'],
            ...header,
            ['3.31.08.2.02', 'Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja', 'Jumlah wirausaha baru', 'Unit', e9, 689500000],
          ],
          { merges: ['A4:A5', 'B4:B5', 'E4:E5', 'F4:F5'] },
        );
      expect(analyseSheet(plan(510000000)).tables).toHaveLength(1);
      rightThenSlip(plan, 510000000, 520000000, ['E3 sum.hierarchy']);
    });
    test('two tables side by side whose titles and headers do not start on the same rows are read apart', () => {
      const tables = (c7: number) =>
        grid(
          [
            ['Tahun 2023', null, null, null, null, null, null, 'Tahun 2019'],
            heads('No', 'Jenis Aset', 'Kondisi', null, null, 'Total'),
            [...heads(null, null, 'Baik', 'Rusak Ringan', 'Rusak Berat', null), null, ...heads('No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Tahun 2022')],
            [1, 'Tanah', 157, 34, 20, 211, null, ...heads(null, null, null, null, 'Target', 'Realisasi', 'Capaian (%)')],
            [2, 'Peralatan dan Mesin', 38, 34, 18, 90, null, 1, 'Meningkatnya kualitas kelembagaan', 'Persentase koperasi sehat', '%', 79, 68.13, 86.24],
            [
              3,
              'Kendaraan Dinas Roda 4',
              100,
              16,
              10,
              126,
              null,
              2,
              'Meningkatnya daya saing UMKM',
              'Jumlah peserta pelatihan kewirausahaan',
              'orang',
              346,
              320,
              92.49,
            ],
            [null, bold('Total'), c7, 84, 48, 427, null, 3, 'Meningkatnya daya saing UMKM', 'Persentase pencari kerja yang terlatih', '%', 90, 77.37, 85.97],
            [null, null, null, null, null, null, null, 4, 'Meningkatnya daya saing UMKM', 'Jumlah tenaga kerja yang dilatih', 'orang', 496, 529, 106.65],
          ],
          { merges: ['H1:N1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'H3:H4', 'I3:I4', 'J3:J4', 'K3:K4', 'L3:N3'] },
        );
      expect(analyseSheet(tables(295)).tables.map((t) => t.range)).toEqual(['A2:F7', 'H3:N8']);
      rightThenSlip(tables, 295, 305, ['C7 sum.total-row']);
      // The right one's title merged right over its header, the left one's a row higher with a line under it.
      const titled = (k9: number) =>
        grid(
          [
            ['Realisasi Anggaran per Program Tahun 2023', null, null, null, null, null, 'Realisasi Anggaran per Program Tahun 2024'],
            [null, null, null, null, null, null, ...heads('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)')],
            [
              ...heads('No', 'Program', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Persentase (%)'),
              null,
              1,
              'Program Pelayanan Izin Usaha Simpan Pinjam',
              334307000,
              240434809,
              71.92,
            ],
            [
              1,
              'Program Pengawasan dan Pemeriksaan Koperasi',
              611687000,
              483266360,
              79.01,
              null,
              2,
              'Program Pengembangan UMKM',
              1830463000,
              1534958686,
              83.86,
            ],
            [
              2,
              'Program Pendidikan dan Latihan Perkoperasian',
              3182601000,
              2354245151,
              73.97,
              null,
              3,
              'Program Penempatan Tenaga Kerja',
              2800102000,
              2515130555,
              89.82,
            ],
            [null, bold('JUMLAH'), 3794288000, 2837511511, 74.78, null, null, bold('Total'), k9, 4290524050, 86.42],
          ],
          { merges: ['A1:E1', 'G1:K1'] },
        );
      expect(analyseSheet(titled(4964872000)).tables.map((t) => t.range)).toEqual(['G2:K6', 'A3:E6']);
      rightThenSlip(titled, 4964872000, 4974872000, ['I6 sum.total-row']);
      // The other table's title beside this header, past an empty column: not a column of this table.
      const beside = grid(
        [
          [
            ...heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2022', 'Realisasi 2022', '% Capaian'),
            null,
            'Jumlah Pegawai per Unit Kerja Berdasarkan Golongan',
          ],
          [1, 'Jumlah tenaga kerja yang dilatih', 'Unit', 56, 58, 103.57],
          [],
          [null, null, null, null, null, null, null, ...heads('No', 'Unit Kerja', 'Golongan', null, 'Jumlah')],
          [null, null, null, null, null, null, null, ...heads(null, null, 'III', 'IV', null)],
          [null, null, null, null, null, null, null, 1, 'Sekretariat', 9, 2, 11],
          [null, null, null, null, null, null, null, 2, 'Bidang Koperasi', 15, 2, 17],
          [null, null, null, null, null, null, null, null, bold('Jumlah'), 24, 4, 28],
        ],
        { merges: ['H1:L1', 'H4:H5', 'I4:I5', 'J4:K4', 'L4:L5'] },
      );
      expect(analyseSheet(beside).tables.map((t) => t.range)).toEqual(['A1:F2', 'H4:L8']);
      expect(findings(beside)).toEqual([]);
      // A title line typed in one cell beside the other table's merged one: no header of its own; both tables are found.
      const lone = (l5: number) =>
        grid(
          [
            ['Realisasi Anggaran per Program Tahun 2021', null, null, null, null, null, 'Capaian Kinerja Sasaran Strategis Tahun 2024'],
            heads('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Persentase (%)'),
            [
              1,
              'Program Pemberdayaan Usaha Mikro',
              1508217000,
              1135273923,
              75.27,
              null,
              ...heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2020', 'Realisasi 2020', 'Capaian Kinerja (%)'),
            ],
            [2, 'Program Peningkatan Kualitas Kelembagaan Koperasi', 3123118000, 2355235976, 75.41, null, 1, 'Jumlah wirausaha baru', 'orang', 188, 158, l5],
            [null, bold('Total'), 4631335000, 3490509899, 75.37, null, 2, 'Persentase UMKM yang naik kelas', '%', 68.5, 69.86, 101.99],
            [null, null, null, null, null, null, 3, 'Persentase tenaga kerja yang ditempatkan', '%', 64.8, 62.02, 95.71],
          ],
          { merges: ['A1:E1'] },
        );
      rightThenSlip(lone, 84.04, 86.57, ['L4 ratio.capaian']);
      // A three-row header beside a table whose title line stands on its first row and whose one-row header starts on its last.
      const deep = (k9: number) =>
        grid(
          [
            [...heads('No', 'Indikator Kinerja', 'Satuan', 'Kinerja Sasaran', null, null), null, 'Tahun 2020'],
            heads(null, null, null, 'Tahun 2024', null, null),
            [...heads(null, null, null, 'Target', 'Realisasi', 'Capaian (%)'), null, ...heads('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%')],
            [
              1,
              'Jumlah sentra IKM yang difasilitasi',
              'unit',
              261,
              192,
              73.56,
              null,
              1,
              'Program Pelatihan Kerja dan Produktivitas',
              2982701000,
              2774621541,
              93.02,
            ],
            [2, 'Persentase UMKM naik kelas', '%', 88.67, 63.63, 71.76, null, 2, 'Program Penunjang Urusan Pemerintahan Daerah', 1069572000, 911144117, 85.19],
            [3, 'Persentase tenaga kerja bersertifikat', '%', 88.96, 72.96, 82.01, null, null, bold('Jumlah'), 4052273000, k9, 91.0],
          ],
          { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:F1', 'D2:F2'] },
        );
      expect(analyseSheet(deep(3685765658)).tables.map((t) => t.range)).toEqual(['A1:F6', 'H3:L6']);
      rightThenSlip(deep, 3685765658, 3695765658, ['K6 sum.total-row']);
      // A group of one table's header merged over its years alone, past an empty column inside it, is no other table's title.
      const spaced = (k5: number) =>
        grid(
          [
            heads('Indikator Kinerja', 'Target', null, null, 'Realisasi', null, null, null, 'Rasio Capaian pada Tahun Ke-', null, null),
            heads(null, 2018, 2019, 2020, 2018, 2019, 2020, null, 2018, 2019, 2020),
            ['Rasio Penduduk Yang Bekerja (%)', 92, 94.6, 98.5, 93.1, 97.38, 94.6, null, 101.2, 102.94, 96.04],
            ['Tingkat Partisipasi Angkatan Kerja (%)', 66, 68, 71.93, 64.02, 65.52, 68, null, 97, 96.35, 94.54],
            ['Persentase tenaga kerja bersertifikat (%)', 38, 40, 45, 39, 42, 44, null, 102.63, 105, k5],
          ],
          { merges: ['A1:A2', 'B1:D1', 'E1:G1', 'I1:K1'] },
        );
      expect(analyseSheet(spaced(97.78)).tables.map((t) => t.range)).toEqual(['A1:K5']);
      rightThenSlip(spaced, 97.78, 99.78, ['K5 ratio.capaian']);
    });
    test('a second block\'s header worded anew ("L | P" after "Laki-laki | P") repeats the first: no figure of the table', () => {
      const blocks = (e15: number) =>
        grid(
          [
            ['1 Jumlah Pegawai Berdasarkan Pendidikan'],
            heads('No', 'Uraian', 'Jenis Kelamin', null, 'Jumlah'),
            heads(null, null, 'Laki-laki', 'P', null),
            ['1.', 'S2', 4, 7, 11],
            ['2.', 'S1 / D4', 5, 6, 11],
            [null, bold('Sub Jumlah'), 9, 13, 22],
            [],
            ['2 Jumlah Pegawai Berdasarkan Jabatan'],
            heads('No', 'Uraian', 'Jenis Kelamin', null, 'Jumlah'),
            heads(null, null, 'L', 'P', null),
            ['1.', 'Administrator', 3, 6, 9],
            ['2.', 'Pelaksana', 6, 7, e15],
            [null, bold('JUMLAH'), 9, 13, 22],
          ],
          { merges: ['A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'A9:A10', 'B9:B10', 'C9:D9', 'E9:E10'] },
        );
      expect(findings(blocks(13))).toEqual([]);
      expect(brief(errors(blocks(14)))).toEqual(['E12 sum.row-total']);
    });
    test('"No | Pendidikan | L | P" after a blank row under "No | Unit Kerja | Laki-laki | Perempuan" starts another table', () => {
      const two = (e13: number) =>
        grid([
          heads('No', 'Unit Kerja', 'Laki-laki', 'Perempuan', 'Jumlah'),
          [1, 'Sekretariat', 5, 7, 12],
          [2, 'Bidang Koperasi', 4, 3, 7],
          [],
          heads('No', 'Pendidikan', 'L', 'P', 'Jumlah'),
          [1, 'S1', 6, 6, 12],
          [2, 'SMA', 3, 4, 7],
          [null, bold('Jumlah'), 9, 10, e13],
        ]);
      expect(analyseSheet(two(19)).tables.map((t) => t.range)).toEqual(['A1:E3', 'A5:E8']);
      expect(findings(two(19))).toEqual([]);
    });
    test('"Golongan ▸ I | II | III | IV" are ranks, not quarters: a unit\'s Jumlah is their sum, said at its cell', () => {
      const rekap = (h5: number) =>
        grid(
          [
            heads('No', 'Unit Kerja', 'Golongan', null, null, null, 'Jumlah'),
            heads(null, null, 'I', 'II', 'III', 'IV', null),
            [1, 'Sekretariat', 0, 0, 15, 1, 16],
            [2, 'Bidang Koperasi', 3, 0, 13, 3, 19],
            [3, 'Bidang UKM', 1, 0, 2, 1, h5],
            [4, 'Bidang Pengawasan', 0, 4, 2, 1, 7],
            [null, bold('Jumlah'), 4, 4, 32, 6, 46],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:F1', 'G1:G2'] },
        );
      expect(findings(rekap(4))).toEqual([]);
      expect(brief(errors(rekap(1)))).toEqual(['G5 sum.row-total']);
    });
    test('a two-row header copied before the Jumlah row (the total alone on the next printed page) is no content of its columns', () => {
      const header = [heads('No', 'Pendidikan', 'Jenis Kelamin', null, 'Jumlah (Orang)'), heads(null, null, 'Laki-laki', 'Perempuan', null)];
      const rekap = (e6: number) =>
        grid(
          [
            ...header,
            [1, 'S3', 23, 8, 31],
            [2, 'S2', 4, 36, 40],
            [3, 'S1 / D4', 37, 1, 38],
            [4, 'D3', 25, 25, e6],
            [5, 'SMA / SMK', 2, 7, 9],
            ...header,
            [null, 'Jumlah', 91, 77, 168],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'A8:A9', 'B8:B9', 'C8:D8', 'E8:E9'] },
        );
      expect(analyseSheet(rekap(50)).tables[0].columns.map((c) => c.role)).toEqual(['no', 'label', 'value', 'value', 'rowTotal']);
      rightThenSlip(rekap, 50, 46, ['E6 sum.row-total']);
    });
  });
  describe('rounding and how numbers are shown (round 96)', () => {
    test('"(x Rp 1.000)" states amounts in thousands: a Jumlah of rounded thousands a unit off holds', () => {
      const belanja = (unit: string, c7: number) =>
        grid([
          ['Tabel 4.2 Realisasi Belanja per Program'],
          [],
          heads('No', 'Uraian', `Anggaran ${unit}`, `Realisasi ${unit}`),
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 2137463, 2091118],
          [2, 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 5232490, 5000831],
          [3, 'Program Penempatan Tenaga Kerja', 7635549, 7481123],
          [null, bold('Jumlah'), c7, 14573073],
        ]);
      rightThenSlip((v: number) => belanja('(x Rp 1.000)', v), 15005503, 15005513, ['C7 sum.total-row']);
      expect(findings(belanja('(x 1.000)', 15005503))).toEqual([]);
    });
    test('capaian and rasio cut to two decimals (ROUNDDOWN) are a way of showing them; a slip of a tenth is still said', () => {
      const cut = (f6: number) =>
        grid([
          heads('No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
          [1, 'Jumlah produk UMKM yang bersertifikat halal', 'produk', 1164, 1280, 109.96],
          [2, 'Jumlah tenaga kerja yang ditempatkan', 'orang', 2301, 1976, 85.87],
          [3, 'Jumlah dokumen perencanaan yang tersusun', 'dokumen', 1957, 1863, f6],
          [4, 'Jumlah wirausaha baru', 'orang', 185, 199, 107.56],
        ]);
      rightThenSlip(cut, 95.19, 95.09, ['F4 ratio.capaian']);
    });
    test("a share of a pegawai rekap's Jumlah (L + P) divides exact counts: a share off by 0,30 is said", () => {
      const rekap = (f7: number) =>
        grid([
          heads('No', 'Golongan', 'Laki-laki', 'Perempuan', 'Jumlah', 'Persentase (%)'),
          [1, 'Golongan IV', 20, 20, 40, 27.78],
          [2, 'Golongan III', 17, 24, 41, 28.47],
          [3, 'Golongan II', 10, 26, 36, 25],
          [4, 'Golongan I', 18, 5, 23, f7],
          [5, 'PPPK', 1, 0, 1, 0.69],
          [6, 'Tenaga Harian Lepas', 0, 3, 3, 2.08],
          [null, bold('Jumlah'), 66, 78, 144, 100],
        ]);
      rightThenSlip(rekap, 15.97, 15.67, ['F5 ratio.share']);
    });
    test('a child\'s figure typed unreadably ("1.49.814.959") is said at its cell, not again at its parent', () => {
      const plan = grid([
        heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025'),
        ['2.07.02', 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja', 'Persentase tenaga kerja bersertifikat', '%', 60, 2791251447],
        ['2.07.02.2.01', 'Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 'Jumlah peserta pelatihan', 'orang', 300, 2791251447],
        ['2.07.02.2.01.0001', 'Sub Kegiatan Proses Pelaksanaan Pendidikan dan Pelatihan', 'Jumlah peserta', 'orang', 200, '1.49.814.959'],
        ['2.07.02.2.01.0002', 'Sub Kegiatan Pengukuran Produktivitas Tenaga Kerja', 'Jumlah perusahaan', 'perusahaan', 100, 1292436488],
      ]);
      expect(brief(findings(plan))).toEqual(['F4 number.invalid']);
    });
  });
  describe("this session's readings attacked (round 95)", () => {
    test('a signature row: the day typed as text, or "Mengetahui," of the other signatory on its left, ends the table too', () => {
      const signed = (row: Lit[]) =>
        grid([
          heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)'),
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1250000000, 1187500000, 95],
          [2, 'Program Pemberdayaan Usaha Mikro', 800000000, 720000000, 90],
          [null, bold('Jumlah'), 2050000000, 1907500000, 93.05],
          [],
          row,
          [null, 'Sekretaris Daerah', null, 'Kepala Dinas Koperasi dan UKM'],
          [null, 'Dr. Kosmas D. Lana', null, 'Drs. Yohanes Bria, M.Si'],
        ]);
      expect(findings(signed([null, null, null, 'Kupang,', '19-09-2022']))).toEqual([]);
      expect(findings(signed([null, 'Mengetahui,', null, 'Kupang,', { value: 44823, numFmt: 'dd mmmm yyyy' }]))).toEqual([]);
    });
    test("a Predikat naming no year grades the year's own capaian, not one against the Renstra's end target", () => {
      const iku = grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target 2022',
          'Realisasi 2022',
          'Capaian 2022 (%)',
          'Target Akhir Renstra (2024)',
          'Capaian thd Target Akhir Renstra (%)',
          'Predikat',
        ),
        [1, 'Persentase koperasi aktif', '%', 60, 57, 95, 75, 76, 'Sangat Tinggi'],
        [2, 'Persentase UMKM naik kelas', '%', 20, 16, 80, 32, 50, 'Tinggi'],
        [3, 'Jumlah wirausaha baru', 'orang', 400, 380, 95, 600, 63.33, 'Sangat Tinggi'],
      ]);
      expect(findings(iku)).toEqual([]);
    });
    test('"Jumlah Lain-lain" right under a "LAIN-LAIN" line with its own figure and no items restates that line', () => {
      const belanja = (c7: number) =>
        grid([
          heads('Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'),
          ['2.17.01', bold('Program Penunjang Urusan Pemerintahan Daerah'), 1200000000, 1140000000],
          ['2.17.01.2.01', 'Administrasi Keuangan Perangkat Daerah', 1200000000, 1140000000],
          ['2.17.02', bold('Program Pemberdayaan Usaha Mikro'), 600000000, 540000000],
          ['2.17.02.2.01', 'Pemberdayaan Usaha Mikro', 600000000, 540000000],
          [null, bold('LAIN-LAIN'), 500000000, 300000000],
          [null, 'Jumlah Lain-lain', c7, 300000000],
          [null, bold('TOTAL BELANJA'), 2300000000, 1980000000],
        ]);
      rightThenSlip(belanja, 500000000, 510000000, ['C7 sum.total-row']);
    });
    test('a year whose lower-is-better rows all state realisasi 0 is reported when its capaian say so: a 0 among 200s is said', () => {
      const kasus = (i8: number) =>
        grid(
          [
            heads('No', 'Indikator', 'Satuan', 2023, null, null, 2024, null, null),
            heads(null, null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)'),
            [1, 'Jumlah kasus perselisihan hubungan industrial', 'kasus', 20, 18, 110, 18, 0, 200],
            [2, 'Angka kecelakaan kerja', 'kasus', 12, 10, 116.67, 10, 0, 200],
            [3, 'Jumlah kasus pemutusan hubungan kerja', 'kasus', 30, 27, 110, 25, 0, i8],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1'] },
        );
      expect(findings(kasus(200))).toEqual([]);
      expect(brief(findings(kasus(0)))).toEqual(['I5 ratio.capaian']);
      // Not reported yet (capaian 0 on most rows): one capaian typed over a realisasi of 0 is said there, and only there.
      const notYet = grid([
        heads('No', 'Indikator', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian 2023 (%)'),
        [1, 'Angka kecelakaan kerja', 'kasus', 23, 0, 0],
        [2, 'Jumlah kasus perselisihan hubungan industrial', 'kasus', 29, 0, 0],
        [3, 'Pelaku UMKM yang mendapat pelatihan', 'orang', 1085, 0, 84.44],
        [4, 'Tingkat pengangguran terbuka', '%', 4.18, 0, 0],
      ]);
      expect(brief(findings(notYet))).toEqual(['F4 ratio.capaian']);
    });
    test('"koperasi bermasalah" and "pekerja migran non-prosedural" are lower-is-better; "… yang dibina" is not', () => {
      expect(isLowerBetter('Jumlah koperasi bermasalah')).toBe(true);
      expect(isLowerBetter('Jumlah pekerja migran non-prosedural')).toBe(true);
      expect(isLowerBetter('Jumlah koperasi bermasalah yang dibina')).toBe(false);
    });
  });
  describe("this hour's readings attacked (round 97)", () => {
    test("a Jumlah row's rasio and a fall cut toward zero are shown from their values as the rows' are", () => {
      const rasio = (e6: number) =>
        grid([
          heads('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Rasio (%)'),
          [1, 'Program Penempatan Tenaga Kerja', 3120500000, 2741235117, 87.84],
          [2, 'Program Pengembangan UMKM', 4215000000, 3905448269, 92.65],
          [3, 'Program Hubungan Industrial', 985300000, 812806614, 82.49],
          [null, bold('Jumlah'), 8320800000, 7459490000, e6],
        ]);
      // 7.459.490.000 / 8.320.800.000 = 89,6487…: cut, 89,64 (rounded 89,65); 89,54 is a slip.
      rightThenSlip(rasio, 89.64, 89.54, ['E5 ratio.total']);
      const naik = (k: 'Pertumbuhan (%)' | '% Peningkatan', f2: number) =>
        grid([
          heads('No', 'Indikator', 'Satuan', 'Realisasi 2022', 'Realisasi 2023', k),
          [1, 'Jumlah tenaga kerja yang ditempatkan', 'orang', 56073, 44590, f2],
          [2, 'Jumlah UMKM yang mendapat pelatihan', 'unit', 216786, 208619, -3.7],
          [3, 'Jumlah sentra IKM yang difasilitasi', 'unit', 48120, 58829, 22.2],
          [4, 'Jumlah koperasi yang dibina', 'koperasi', 90515, 103377, 14.2],
        ]);
      // (44.590 − 56.073) / 56.073 = −20,478…: cut toward zero, −20,4.
      expect(findings(naik('Pertumbuhan (%)', -20.4))).toEqual([]);
      expect(findings(naik('% Peningkatan', -20.4))).toEqual([]);
      expect(brief(errors(naik('% Peningkatan', -21.4)))).toEqual(['F2 ratio.peningkatan']);
    });
    test('a capaian whose own formula cuts it to whole numbers (=ROUNDDOWN(…;0)) holds as that cut', () => {
      const cut = (v: number, r: number) => ({ value: v, formula: `ROUNDDOWN(E${r}/D${r}*100,0)` });
      const iku = (f4: number) =>
        grid([
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
          [1, 'Jumlah dokumen perencanaan yang disusun', 'dokumen', 2254, 2042, cut(90, 2)],
          [2, 'Jumlah sentra IKM yang difasilitasi', 'unit', 1596, 1080, cut(67, 3)],
          [3, 'Jumlah tenaga kerja yang ditempatkan', 'orang', 2303, 1831, cut(f4, 4)],
        ]);
      expect(findings(iku(79))).toEqual([]);
      expect(brief(errors(iku(77)))).toEqual(['F4 ratio.capaian']);
    });
    test('whole K (%) figures by quarter near realisasi ÷ anggaran are no cut rasio of money (regression of 0fefa2e, round 78)', async () => {
      const file = path.join(__dirname, '..', 'fixtures', 'probes', 'r78-evaluasi-rkpd-quarters-k.xlsx');
      const a = analyseWorkbook(await readWorkbook(fs.readFileSync(file), 'r78.xlsx'));
      expect(a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`)).toEqual([]);
    });
    test('a rasio met exactly on most rows (R = T, 100) with one slip among them stays checked (regression of 0b89696, round 83)', async () => {
      const file = path.join(__dirname, '..', 'fixtures', 'probes', 'r83-tabel-2-8-rasio-one-slip.xlsx');
      const a = analyseWorkbook(await readWorkbook(fs.readFileSync(file), 'r83.xlsx'));
      const said = a.findings.map((f) => `${f.cell} ${f.rule}`);
      // Q16: 68,66 where 6,17 / 6,70 = 92,09, the column's other rows met exactly.
      expect(said).toContain('Q16 ratio.capaian');
      expect(said.filter((x) => x.includes('column.unexplained'))).toEqual([]);
    });
    test('a column of whole capaian typed cut down (73 for 73,68, 94 for 94,85) is read as cut; a slip of two is said', () => {
      const iku = (f5: number) =>
        grid([
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
          [1, 'Jumlah koperasi yang dibina', 'koperasi', 38, 28, 73],
          [2, 'Jumlah produk UMKM bersertifikat halal', 'produk', 718, 681, 94],
          [3, 'Jumlah wirausaha baru yang difasilitasi', 'orang', 1990, 1805, 90],
          [4, 'Jumlah tenaga kerja yang ditempatkan', 'orang', 1207, 951, f5],
        ]);
      expect(findings(iku(78))).toEqual([]);
      expect(brief(errors(iku(76)))).toEqual(['F5 ratio.capaian']);
    });
    test('"(x Rp 1.000.000)" on a line over the header states the money unit of the amounts under it', () => {
      const pagu = (c8: number) =>
        grid([
          ['Realisasi Anggaran Tahun 2023'],
          [null, null, null, '(x Rp 1.000.000)'],
          heads('No', 'Program', 'Pagu', 'Realisasi'),
          [1, 'Program Koordinasi dan Sinkronisasi Perencanaan', 2845, 2473],
          [2, 'Program Pengembangan Kewirausahaan', 4553, 4490],
          [3, 'Program Pemberdayaan dan Perlindungan Koperasi', 3711, 3351],
          [4, 'Program Hubungan Industrial', 706, 566],
          [null, bold('Jumlah'), c8, 10881],
        ]);
      rightThenSlip(pagu, 11816, 11826, ['C8 sum.total-row']);
    });
    test('a recap\'s "Capaian Sasaran (%)" beside "Jumlah Indikator", with no target or amount in its table, is carried in (round 100)', () => {
      const rekap = grid([
        heads('No', 'Sasaran Strategis', 'Jumlah Indikator', 'Capaian Sasaran (%)'),
        [1, 'Meningkatnya kualitas pelayanan publik', 2, 97.5],
        [2, 'Meningkatnya derajat kesehatan masyarakat', 3, 88.33],
        [3, 'Meningkatnya ketahanan pangan daerah', 2, 96],
        [4, 'Meningkatnya kunjungan wisata', 2, 98.5],
        [null, 'Rata-rata capaian sasaran', null, 95.08],
      ]);
      expect(findings(rekap)).toEqual([]);
    });
    test('"Rata-rata capaian seluruh sasaran" under each sasaran\'s mean is the mean of those means (round 100)', () => {
      const lkjip = (f11: number) =>
        grid([
          heads('No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
          [1, 'Sasaran 1: Meningkatnya kualitas pelayanan publik'],
          ['1.1', 'Indeks Kepuasan Masyarakat', 'indeks', 80, 84, 105],
          ['1.2', 'Persentase desa berstatus mandiri', '%', 20, 18, 90],
          [null, 'Rata-rata capaian sasaran', null, null, null, 97.5],
          [2, 'Sasaran 2: Meningkatnya derajat kesehatan masyarakat'],
          ['2.1', 'Cakupan imunisasi dasar lengkap', '%', 90, 81, 90],
          ['2.2', 'Angka Partisipasi Murni SMP', '%', 80, 64, 80],
          ['2.3', 'Persentase rumah tangga dengan akses air minum layak', '%', 80, 76, 95],
          [null, 'Rata-rata capaian sasaran', null, null, null, 88.33],
          [null, 'Rata-rata capaian seluruh sasaran', null, null, null, f11],
        ]);
      expect(findings(lkjip(92.92))).toEqual([]);
      expect(brief(errors(lkjip(94.92)))).toEqual(['F11 sum.average']);
    });
    test('a Predikat beside "Realisasi Keuangan (%)" and "Realisasi Kinerja (%)" grades the kinerja (round 100)', () => {
      const lkpj = grid([
        heads('Kode', 'Perangkat Daerah / Program', 'Anggaran (Rp)', 'Realisasi Keuangan (Rp)', 'Realisasi Keuangan (%)', 'Realisasi Kinerja (%)', 'Predikat'),
        ['1.02.01', 'Program Penunjang Urusan Pemerintahan Daerah', 10000000000, 9500000000, 95, 80, 'Tinggi'],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan Perorangan', 20000000000, 16000000000, 80, 96, 'Sangat Tinggi'],
        ['1.02.03', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 5000000000, 3500000000, 70, 85, 'Tinggi'],
      ]);
      expect(findings(lkpj)).toEqual([]);
      // An office grading by keuangan instead: its predikat follow the rasio of money, and are read so.
      const byMoney = (g5: string) =>
        grid([
          heads('Kode', 'Program', 'Anggaran (Rp)', 'Realisasi Keuangan (Rp)', 'Realisasi Keuangan (%)', 'Realisasi Kinerja (%)', 'Predikat'),
          ['1.02.01', 'Program Penunjang Urusan Pemerintahan Daerah', 10000000000, 9500000000, 95, 80, 'Sangat Tinggi'],
          ['1.02.02', 'Program Pemenuhan Upaya Kesehatan Perorangan', 20000000000, 12400000000, 62, 96, 'Rendah'],
          ['1.02.03', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 5000000000, 4000000000, 80, 85, g5],
        ]);
      expect(findings(byMoney('Tinggi'))).toEqual([]);
      expect(brief(errors(byMoney('Sangat Rendah')))).toEqual(['G4 ratio.predikat']);
    });
    test("a Predikat naming the Renstra's end target grades the capaian against it", () => {
      const iku = grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target Akhir Renstra (2026)',
          'Target 2024',
          'Realisasi 2024',
          'Capaian 2024 (%)',
          'Capaian terhadap Target Akhir Renstra (%)',
          'Predikat Capaian terhadap Target Akhir Renstra',
        ),
        [1, 'Persentase koperasi aktif', '%', 90, 70, 66.5, 95, 73.89, 'Sedang'],
        [2, 'Jumlah wirausaha baru yang difasilitasi', 'orang', 1500, 800, 720, 90, 48, 'Sangat Rendah'],
        [3, 'Persentase UMKM naik kelas', '%', 40, 25, 20.5, 82, 51.25, 'Rendah'],
      ]);
      expect(findings(iku)).toEqual([]);
    });
  });
  test("a JUMLAH typed under a column of =SUM formulas, right as the rows' total, is no constant to blame for a slip beside it (round 98 B)", () => {
    const sum = (r: number) => ({ value: 0, formula: `SUM(D${r},F${r})` });
    const plan = (f6: number) => {
      const g = grid([
        heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026', 'Kondisi Akhir Rp'),
        ['2.11.03', bold('PROGRAM PENGENDALIAN PENCEMARAN'), 60, 300000000, 62, 400000000, sum(2)],
        ['2.11.03.2.01', 'Pencegahan Pencemaran Lingkungan Hidup', 70, 300000000, 72, 400000000, sum(3)],
        ['2.11.03.2.01.0001', 'Pemantauan Kualitas Air', 4, 120000000, 4, 150000000, sum(4)],
        ['2.11.03.2.01.0002', 'Pemantauan Kualitas Udara', 4, 180000000, 4, 250000000, sum(5)],
        [null, bold('JUMLAH'), null, 300000000, null, f6, 700000000],
      ]);
      // (The formulas' saved results.)
      const at = (r: number, c: number) => g.cells[r]![c] as { value: number };
      for (let r = 1; r <= 4; r++) at(r, 6).value = at(r, 3).value + at(r, 5).value;
      return g;
    };
    expect(findings(plan(400000000))).toEqual([]);
    expect(brief(errors(plan(390000000)))).toEqual(['F6 sum.total-row']);
  });
  test('a page-break copy of a three-row header, its top row worded shorter, continues the table (round 101)', () => {
    const top = (ind: string, tk: string, akhir: string) =>
      heads('Kode', 'Program/Kegiatan/Sub Kegiatan', ind, 'Satuan', tk, null, null, null, akhir, null, 'Unit Kerja', 'Lokasi');
    const years = heads(null, null, null, null, 'Tahun ke-1 (2025)', null, 'Tahun ke-2 (2026)', null, null, null, null, null);
    const tr = heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', null, null);
    const row = (k: string, name: string, rp1: number, rp2: number, b = false): Lit[] => {
      const n = b ? bold(name) : name;
      return [k, n, `Persentase ${name.toLowerCase()}`, '%', 70, rp1, 75, rp2, 75, rp1 + rp2, 'Sekretariat', 'Kabupaten'];
    };
    const t61 = (kegRp: number) => {
      const rows: Lit[][] = [
        top('Indikator Kinerja Program (outcome)/Kegiatan (output)', 'Target Kinerja dan Kerangka Pendanaan', 'Kondisi Kinerja pada Akhir Periode Renstra'),
        years,
        tr,
        row('3.30.06', 'PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN', 1600, 1700, true),
        row('3.30.06.2.01', 'Pelaksanaan Metrologi Legal', 1600, 1700, true),
        row('3.30.06.2.01.0005', 'Pengawasan Barang Beredar', 700, 800),
        row('3.30.06.2.01.0006', 'Tera dan Tera Ulang UTTP', 900, 900),
        row('3.30.02', 'PROGRAM PERIZINAN DAN PENDAFTARAN PERUSAHAAN', kegRp, 2000, true),
        row('3.30.02.2.01', 'Penerbitan Izin Pengelolaan Pasar Rakyat', kegRp, 2000, true),
        row('3.30.02.2.01.0006', 'Rehabilitasi Pasar Rakyat', 400, 500),
        // The printed page's header again, its top row worded shorter.
        top('Indikator Kinerja', 'Target Kinerja Program dan Kerangka Pendanaan', 'Kondisi Akhir'),
        years,
        tr,
        row('3.30.02.2.01.0011', 'Penyediaan Data Perdagangan', 600, 700),
        row('3.30.02.2.01.0012', 'Pemantauan Harga Bahan Pokok', 800, 800),
      ];
      const merges = (r: number) => [
        `A${r}:A${r + 2}`,
        `B${r}:B${r + 2}`,
        `C${r}:C${r + 2}`,
        `D${r}:D${r + 2}`,
        `E${r}:H${r}`,
        `I${r}:J${r + 1}`,
        `K${r}:K${r + 2}`,
        `L${r}:L${r + 2}`,
        `E${r + 1}:F${r + 1}`,
        `G${r + 1}:H${r + 1}`,
      ];
      return grid(rows, { merges: [...merges(1), ...merges(11)] });
    };
    const right = analyseSheet(t61(1800));
    expect(right.tables.length).toBe(1);
    expect(right.findings.filter((x) => x.severity !== 'info')).toEqual([]);
    // (The program equals its one kegiatan; the kegiatan is the row its sub kegiatan on both pages do not add up to.)
    expect(brief(errors(t61(1900)))).toEqual(['F9 sum.hierarchy']);
  });
  test('a realisasi typed without its decimal comma, which the stated capaian confirms, is the cell to blame (round 101 M-2)', () => {
    const t23 = (r2023: number, c2023: number) =>
      grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target 2021',
          'Target 2022',
          'Target 2023',
          'Realisasi 2021',
          'Realisasi 2022',
          'Realisasi 2023',
          'Rasio 2021',
          'Rasio 2022',
          'Rasio 2023',
        ),
        [1, 'Persentase pencari kerja yang ditempatkan', '%', 58.81, 62.85, 58.43, 63.6, 49.38, 43.25, 108.14, 78.57, 74.02],
        [2, 'Persentase lulusan pelatihan yang bersertifikat', '%', 66.52, 65.28, 69.48, 60.85, 57.63, r2023, 91.48, 88.28, c2023],
        [3, 'Persentase kasus hubungan industrial yang diselesaikan', '%', 62.01, 62.43, 67.59, 65.38, 66.72, 53.34, 105.43, 106.87, 78.92],
      ]);
    expect(findings(t23(51.08, 73.52))).toEqual([]);
    // 5108 for 51,08: below the row's other realisasi once divided back, but the capaian 73,52 pins it.
    const lost = findings(t23(5108, 73.52));
    expect(brief(lost)).toEqual(['I3 value.decimal']);
    expect(lost[0]).toMatchObject({ expected: 51.08, actual: 5108, related: ['L3', 'F3'] });
    // A capaian that holds neither way is still the capaian's slip.
    expect(brief(findings(t23(5108, 75.52)))).toEqual(['L3 ratio.capaian']);
  });
  test('a Predikat following the Rasio Anggaran on most rows grades it, beside a capaian computed from its target (round 102)', () => {
    const lkjip = (j3: string) =>
      grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target',
          'Realisasi',
          'Capaian Kinerja (%)',
          'Pagu Anggaran (Rp)',
          'Realisasi Anggaran (Rp)',
          'Rasio Anggaran (%)',
          'Predikat',
        ),
        [1, 'Jumlah produk UMKM bersertifikat halal', 'produk', 506, 521, 102.96, 452382000, 391430212, 86.53, 'Tinggi'],
        [2, 'Persentase pencari kerja terampil', '%', 57, 49.21, 86.33, 269041000, 143062201, 53.17, j3],
        [3, 'Persentase peningkatan omzet UMKM binaan', '%', 78, 42.02, 53.87, 806360000, 625438158, 77.56, 'Tinggi'],
        [4, 'Jumlah kelompok usaha bersama yang dibina', 'kelompok', 224, 196, 87.5, 1258763000, 669596914, 53.19, 'Rendah'],
        [5, 'Jumlah pameran produk daerah', 'kali', 316, 130, 41.14, 1456485000, 1399848553, 96.11, 'Sangat Tinggi'],
      ]);
    expect(findings(lkjip('Rendah'))).toEqual([]);
    // "Tinggi" is the kinerja's band (86,33), not the rasio's (53,17): the one row off the table's own measure.
    expect(brief(errors(lkjip('Tinggi')))).toEqual(['J3 ratio.predikat']);
  });
  test('a capaian under =TRUNC(…) whose saved result its formula no longer gives is stale, as under =ROUND (round 102)', () => {
    const lkjip = (f5: number, fn: string) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'),
        [1, 'Persentase koperasi aktif', '%', 86.8, 82.33, f(94.85, `${fn}(E2/D2*100,2)`)],
        [2, 'Persentase UMKM yang naik kelas', '%', 93.5, 95.53, f(102.17, `${fn}(E3/D3*100,2)`)],
        [3, 'Tingkat partisipasi angkatan kerja', '%', 85, 84.57, f(99.49, `${fn}(E4/D4*100,2)`)],
        [4, 'Persentase tenaga kerja yang ditempatkan', '%', 65, 55.4, f(f5, `${fn}(E5/D5*100,2)`)],
        [5, 'Persentase koperasi sehat', '%', 70, 60.24, f(86.05, `${fn}(E6/D6*100,2)`)],
      ]);
    for (const fn of ['TRUNC', 'ROUNDDOWN']) {
      expect(findings(lkjip(85.23, fn))).toEqual([]);
      expect(brief(errors(lkjip(89.98, fn)))).toEqual(['F5 ratio.capaian']);
    }
  });
  test('rasio numbered "Tahun ke- 1 … 4" beside amounts headed 2016 … 2019 pair the k-th period with the k-th year (round 102)', () => {
    const t24 = (l5: number) =>
      grid(
        [
          heads('No', 'Uraian', 'Anggaran dan Realisasi (Rp)', null, null, null, null, null, 'Rasio antara Realisasi dan Anggaran Tahun ke- (%)', null, null),
          heads(null, null, 2016, null, 2017, null, 2018, null, 1, 2, 3),
          heads(null, null, 'Anggaran', 'Realisasi', 'Anggaran', 'Realisasi', 'Anggaran', 'Realisasi', null, null, null),
          [
            1,
            'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja',
            1152225000,
            1053017878,
            1177216000,
            1126300877,
            1411358000,
            1218029868,
            91.39,
            95.67,
            86.3,
          ],
          [2, 'Program Pengembangan Kewirausahaan', 931284000, 844889489, 1102001000, 960961666, 995538000, 908757314, 90.72, l5, 91.28],
          [3, 'Program Pemberdayaan Usaha Mikro', 1095881000, 933941399, 1196651000, 1148529411, 1085681000, 950000635, 85.22, 95.98, 87.5],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:H1', 'I1:K1', 'C2:D2', 'E2:F2', 'G2:H2', 'I2:I3', 'J2:J3', 'K2:K3'] },
      );
    expect(findings(t24(87.2))).toEqual([]);
    expect(brief(errors(t24(78.2)))).toEqual(['J5 ratio.anggaran']);
  });
  test('an overall Rata-rata under block means is read over them or over every indicator of the blocks (round 102)', () => {
    const lkjip = (f4: number, f11: number, headings = true) =>
      grid(
        [
          heads('No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
          headings ? ['A', 'Sasaran 1: Meningkatnya daya saing koperasi dan UMKM', null, null, null, null] : null,
          [1, 'Persentase pelaku usaha yang memiliki NIB', '%', 62, 51.61, 83.24],
          [null, 'Rata-rata Capaian Sasaran 1', null, null, null, f4],
          headings ? ['B', 'Sasaran 2: Meningkatnya penyerapan tenaga kerja', null, null, null, null] : null,
          [1, 'Persentase perusahaan yang menerapkan norma K3', '%', 68.5, 58.14, 84.88],
          [2, 'Persentase tenaga kerja yang ditempatkan', '%', 80, 80.52, 100.65],
          [3, 'Jumlah produk UMKM bersertifikat halal', 'produk', 231, 194, 83.98],
          [4, 'Jumlah pameran produk daerah', 'kali', 537, 470, 87.52],
          [null, 'Rata-rata Sasaran 2', null, null, null, 89.26],
          [null, 'Rata-rata Capaian Kinerja', null, null, null, f11],
        ].filter((r): r is Lit[] => r !== null),
      );
    for (const headings of [true, false]) {
      // The mean of the two block means (83,24 and 89,26), or of the five indicators (88,05).
      expect(findings(lkjip(83.24, 86.25, headings))).toEqual([]);
      expect(findings(lkjip(83.24, 88.05, headings))).toEqual([]);
      // A wrong overall where the last block is no guide.
      expect(brief(errors(lkjip(83.24, 92.5, headings)))).toEqual([headings ? 'F11 sum.average' : 'F9 sum.average']);
      // A one-indicator block mean that is not its indicator: it, not the overall that follows from it.
      const wrong = findings(lkjip(87.99, 86.25, headings));
      expect(wrong.map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual(
        headings ? ['F4 sum.average error', 'F11 sum.average warning'] : ['F3 sum.average error', 'F9 sum.average warning'],
      );
    }
  });
  test("a Rencana Aksi's year target before its quarters is their sum, or their last running total (round 103)", () => {
    const pk = (group: string, q: string[], rows: Lit[][]) =>
      grid([heads('No', 'Indikator Kinerja', 'Satuan', 'Target', group, null, null, null), heads(null, null, null, null, ...q), ...rows], {
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1'],
      });
    const tw = ['TW I', 'TW II', 'TW III', 'TW IV'];
    const perQuarter = (d3: number) =>
      pk('Target Per Triwulan (Non Kumulatif)', tw, [
        [1, 'Persentase penyelesaian sasaran program', '%', 90, 90, 90, 90, 90],
        [2, 'Jumlah desa terselesaikan', 'Desa', 44, 1, 18, 10, 15],
        [3, 'Jumlah laporan yang terfasilitasi', 'Laporan', d3, 4, 2, 0, 2],
      ]);
    expect(findings(perQuarter(8))).toEqual([]);
    expect(brief(errors(perQuarter(12)))).toEqual(['D5 sum.row-total']);
    for (const [group, q] of [
      ['Target Kumulatif per Triwulan', tw],
      ['Rencana Aksi / Target s.d. Triwulan', ['s.d. I', 's.d. II', 's.d. III', 's.d. IV']],
    ] as const) {
      const cumulative = (h6: number) =>
        pk(
          group,
          [...q],
          [
            [1, 'Jumlah orang yang terfasilitasi', 'Orang', 564, 165, 240, 315, 564],
            [2, 'Persentase capaian layanan sesuai standar', '%', 89, 17, 40, 62, 89],
            [3, 'Indeks Kepuasan Masyarakat', '%', 65, 13, 29, 45, 65],
            [4, 'Jumlah laporan yang terfasilitasi', 'Laporan', 9, 2, 4, 4, h6],
          ],
        );
      expect(findings(cumulative(9))).toEqual([]);
      const slip = errors(cumulative(12));
      // (Said at the last quarter: the year's target is the Perjanjian Kinerja's, the plan's quarters reach it.)
      expect(brief(slip)).toEqual(['H6 sum.row-total']);
      expect(slip[0]).toMatchObject({ expected: 9, actual: 12 });
      expect(slip[0].related).toContain('D6');
    }
  });
  test("a Jumlah row's Sisa that is its own Anggaran − Realisasi follows a wrong Realisasi total (round 104)", () => {
    const spm = (d8: number, e8: number) =>
      grid([
        heads('No', 'Jenis Pelayanan Dasar', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Rasio (%)'),
        [1, 'Pendidikan Anak Usia Dini', 450000000, 421350000, 28650000, 93.63],
        [2, 'Pendidikan Dasar', 2750000000, 2603125000, 146875000, 94.66],
        [3, 'Pendidikan Kesetaraan', 180000000, 166734000, 13266000, 92.63],
        [4, 'Pelayanan Kesehatan Ibu Hamil', 612000000, 590210000, 21790000, 96.44],
        [null, bold('JUMLAH'), 3992000000, d8, e8, Math.round((d8 / 3992000000) * 10000) / 100],
      ]);
    expect(findings(spm(3781419000, 210581000))).toEqual([]);
    // The Realisasi total typed 5.000.000 high, its Sisa worked out from it: one slip.
    const slip = findings(spm(3786419000, 205581000));
    expect(slip.map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual(['D6 sum.total-row error', 'E6 sum.total-row warning']);
    expect(slip[1].related).toContain('D6');
    // A Sisa total wrong on its own stays its own error.
    expect(brief(errors(spm(3781419000, 215581000)))).toEqual(['E6 sum.total-row']);
  });
  test('a Rata-rata Capaian (%) that Tuntas ÷ Jumlah Jenis fits only where the two are equal is carried in, not computed (round 104)', () => {
    const rekap = grid([
      heads('No', 'Bidang Urusan SPM', 'Jumlah Jenis Pelayanan Dasar', 'Tuntas', 'Rata-rata Capaian (%)'),
      ['A', 'Pendidikan', 2, 2, 100],
      ['B', 'Kesehatan', 2, 2, 100],
      ['C', 'Pekerjaan Umum', 2, 2, 100],
      ['D', 'Perumahan Rakyat', 2, 0, 70.37],
      ['E', 'Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat', 1, 0, 97.2],
      ['F', 'Sosial', 5, 2, 95.3],
      [null, bold('JUMLAH / RATA-RATA'), 14, 8, 93.81],
    ]);
    expect(findings(rekap)).toEqual([]);
    expect(analyseSheet(rekap).tables[0].columns[4].relation).toBeUndefined();
    // Nor (Tuntas + Belum Tuntas) ÷ Jumlah Jenis, 100 on every row (round 107).
    const withRest = grid([
      heads('No', 'Urusan / Bidang SPM', 'Jumlah Jenis Layanan', 'Tuntas', 'Belum Tuntas', 'Rata-rata Capaian (%)'),
      [1, 'Pendidikan', 7, 7, 0, 100],
      [2, 'Kesehatan', 12, 12, 0, 100],
      [3, 'Pekerjaan Umum', 3, 0, 3, 82],
      [4, 'Perumahan Rakyat', 8, 3, 5, 87.98],
      [5, 'Ketenteraman dan Ketertiban Umum', 2, 1, 1, 80.59],
      [null, bold('Jumlah'), 32, 23, 9, 90.11],
    ]);
    expect(findings(withRest)).toEqual([]);
    // One row of differing figures against the column among rows met exactly is that row's slip, still checked.
    const kinerja = (e4: number) =>
      grid([
        heads('No', 'Indikator', 'Target 2021', 'Realisasi 2021', 'Rasio 2021'),
        [1, 'Persentase pencari kerja yang ditempatkan', 60.3, 60.3, 100],
        [2, 'Persentase perselisihan yang diselesaikan', 6.7, 6.17, e4],
        [3, 'Persentase perusahaan yang menerapkan K3', 12.5, 12.5, 100],
        [4, 'Persentase tenaga kerja bersertifikat', 0.05, 0.05, 100],
      ]);
    expect(findings(kinerja(92.09))).toEqual([]);
    expect(brief(errors(kinerja(68.66)))).toEqual(['E3 ratio.capaian']);
  });
  test("a year's % beside its own Sasaran | Terlayani divides by that year's Sasaran, not another year's a tie points to (round 104)", () => {
    const spm = (h8: number) =>
      grid(
        [
          heads('No', 'Jenis', 'Tahun 2020', null, null, 'Tahun 2021', null, null),
          heads(null, null, 'Sasaran', 'Terlayani', '%', 'Sasaran', 'Terlayani', '%'),
          [1, 'Anak', 133, 112, 84.2, 133, 113, 85],
          [2, 'Lansia', 45, 45, 100, 46, 43, 93.5],
          [3, 'Gepeng', 28, 22, 78.6, 29, 25, 86.2],
          [4, 'Bencana', 1166, 1015, 87, 1193, 1144, h8],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
      );
    expect(findings(spm(95.9))).toEqual([]);
    expect(brief(errors(spm(98.1)))).toEqual(['H6 ratio.capaian']);
  });
  test("a two-row SPM table's yearly % are read together: one ratio of each year's own Terlayani and Sasaran (round 104)", () => {
    const spm = (h4: number) =>
      grid(
        [
          heads('No', 'Jenis Pelayanan Dasar', 'Tahun 2022', null, null, 'Tahun 2023', null, null),
          heads(null, null, 'Sasaran', 'Terlayani', '%', 'Sasaran', 'Terlayani', '%'),
          [1, 'Penyediaan dan Rehabilitasi Rumah yang Layak Huni bagi Korban Bencana', 265, 259, 97.74, 270, 210, 77.78],
          [2, 'Fasilitasi Penyediaan Rumah yang Layak Huni bagi Masyarakat Terkena Relokasi', 57, 51, 89.47, 59, 55, h4],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
      );
    expect(findings(spm(93.22))).toEqual([]);
    expect(brief(errors(spm(85.59)))).toEqual(['H4 ratio.capaian']);
  });
  test('an SPM report by quarter: "Jumlah Terlayani ▸ TW I … IV" are quarters, "Jumlah s.d. TW IV" their total, the capaian served ÷ entitled (round 104)', () => {
    const spm = (total: string, rows: Lit[][]) =>
      grid(
        [
          heads('No', 'Jenis Pelayanan Dasar', 'Jumlah Sasaran', 'Jumlah Terlayani', null, null, null, total, 'Capaian (%)'),
          heads(null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null, null),
          ...rows,
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:I2'] },
      );
    // One service alone, its capaian checked as named.
    const one = (i3: number) => spm('Jumlah', [[1, 'Pelayanan Kesehatan Penderita Diabetes Melitus', 3282, 567, 564, 528, 1121, 2780, i3]]);
    expect(findings(one(84.7))).toEqual([]);
    expect(brief(errors(one(85.75)))).toEqual(['I3 ratio.capaian']);
    const three = (h4: number) =>
      spm('Jumlah s.d. TW IV', [
        [1, 'Pendidikan Anak Usia Dini', 16004, 3189, 3709, 1795, 1790, 10483, 65.5],
        [2, 'Pendidikan Dasar', 56150, 16325, 5519, 9149, 13032, h4, 78.4],
        [3, 'Pendidikan Kesetaraan', 1947, 184, 438, 212, 380, 1214, 62.35],
      ]);
    expect(findings(three(44025))).toEqual([]);
    expect(brief(errors(three(40425)))).toEqual(['H4 sum.row-total']);
  });
  test('rasio "Tahun ke- 1 … n" count the plan\'s target years, past a Kondisi Awal and a year not yet realised (round 105)', () => {
    const t23 = (awal: boolean, lastReal: boolean, o: number) => {
      const years = [2019, 2020, 2021, 2022, 2023];
      const real = lastReal ? years : years.slice(0, 4);
      const head1 = [
        'No',
        'Indikator Kinerja',
        ...(awal ? ['Kondisi Awal (2018)'] : []),
        'Target Renstra Tahun ke-',
        null,
        null,
        null,
        null,
        'Realisasi Capaian Tahun ke-',
        ...real.slice(1).map(() => null),
        'Rasio Capaian pada Tahun ke-',
        ...real.slice(1).map(() => null),
      ];
      const head2 = [null, null, ...(awal ? [null] : []), ...years, ...real, ...real.map((_, i) => i + 1)];
      const T = [
        [61.2, 63, 65, 67, 70],
        [80, 82, 84, 86, 88],
      ];
      const R = [
        [60.5, 64.1, 66.2, 66, 71.4],
        [79.2, 82, 85.1, 84.3, 90],
      ];
      const row = (i: number): Lit[] => {
        const ratios = real.map((_, k) => Math.round((R[i][k] / T[i][k]) * 10000) / 100);
        if (i === 1) ratios[1] = o;
        return [
          i + 1,
          i ? 'Persentase jalan kondisi mantap' : 'Persentase rumah layak huni',
          ...(awal ? [58] : []),
          ...T[i],
          ...R[i].slice(0, real.length),
          ...ratios,
        ];
      };
      return grid([heads(...head1), heads(...head2), row(0), row(1)]);
    };
    for (const awal of [true, false])
      for (const lastReal of [true, false]) {
        expect(findings(t23(awal, lastReal, 100))).toEqual([]);
        const at = String.fromCharCode(65 + 2 + (awal ? 1 : 0) + 5 + (lastReal ? 5 : 4) + 1);
        expect(brief(errors(t23(awal, lastReal, 106.54)))).toEqual([`${at}4 ratio.capaian`]);
      }
  });
  test('a Predikat in a table stating no capaian of the kinerja grades realisasi ÷ target where its bands follow that (round 105)', () => {
    const lkjip = (i4: string) =>
      grid([
        heads(
          'No',
          'Program / Indikator Kinerja',
          'Satuan',
          'Target',
          'Realisasi',
          'Pagu Anggaran (Rp)',
          'Realisasi Anggaran (Rp)',
          'Capaian Anggaran (%)',
          'Predikat',
        ),
        [1, 'Persentase koperasi aktif', '%', 57.22, 48.51, 1638217000, 958435500, 58.5, i4],
        [2, 'Persentase ibu hamil mendapat pelayanan kesehatan', '%', 66.68, 39.64, 1668966000, 1479363000, 88.64, 'Rendah'],
        [3, 'Angka partisipasi kasar PAUD', '%', 67.46, 40.76, 1022424000, 414688900, 40.56, 'Rendah'],
        [4, 'Persentase jalan kabupaten dalam kondisi mantap', '%', 71.2, 32.1, 1454144000, 1137384200, 78.22, 'Sangat Rendah'],
        [5, 'Tingkat kepuasan masyarakat terhadap layanan', '%', 76.84, 35.93, 1064637000, 626128200, 58.81, 'Sangat Rendah'],
      ]);
    // 48,51 / 57,22 = 84,78: Tinggi.
    expect(findings(lkjip('Tinggi'))).toEqual([]);
    expect(brief(errors(lkjip('Sangat Tinggi')))).toEqual(['I2 ratio.predikat']);
  });
  test('a growth its own formula cuts (=INT, =TRUNC, =ROUNDDOWN) holds as cut, a whole one and a 0 too (round 105)', () => {
    const rows: [string, number, number][] = [
      ['Program Penunjang Urusan Pemerintahan Daerah', 1500000000, 1268000000],
      ['Program Penyuluhan Pertanian', 800000000, 806000000],
      ['Program Penyediaan dan Pengembangan Sarana Pertanian', 1200000000, 1386000000],
      ['Program Pengendalian Kesehatan Hewan', 950000000, 912000000],
    ];
    const growth = (fn: string, cut: (g: number) => number, e5?: number) =>
      grid([
        heads('No', 'Uraian', 'Realisasi 2023 (Rp)', 'Realisasi 2024 (Rp)', 'Pertumbuhan (%)'),
        ...rows.map(([name, a, b], i): Lit[] => {
          const r = i + 2;
          const v = i === 1 && e5 !== undefined ? e5 : cut(((b - a) / a) * 100);
          return [i + 1, name, a, b, f(v, fn === 'ROUNDDOWN' ? `ROUNDDOWN((D${r}-C${r})/C${r}*100,0)` : `${fn}((D${r}-C${r})/C${r}*100)`)];
        }),
      ]);
    for (const [fn, cut] of [
      ['INT', Math.floor],
      ['TRUNC', Math.trunc],
      ['ROUNDDOWN', Math.trunc],
    ] as const) {
      expect(findings(growth(fn, cut))).toEqual([]);
      // A stale result the formula no longer gives is still the cell's slip.
      expect(brief(errors(growth(fn, cut, 3)))).toEqual(['E3 ratio.pertumbuhan']);
    }
  });
  test('a page-break copy right under a row, every group of its top row reworded over the same rows below, continues the table (round 105)', () => {
    const top = (a: string, b: string, c: string, d: string, e: string) => heads(a, b, c, null, d, e);
    const lkjip = (c12: number, gap: boolean, year = 2023) =>
      grid(
        [
          top('No', 'Program/Kegiatan', 'Anggaran TA 2023', 'Sisa (Rp)', 'Capaian (%)'),
          heads(null, null, 'Pagu (Rp)', 'Realisasi (Rp)', null, null),
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1250000000, 1187500000, 62500000, 95],
          [2, 'Program Pelatihan Kerja dan Produktivitas', 845000000, 800560000, 44440000, 94.74],
          [3, 'Program Penempatan Tenaga Kerja', 312500000, 296000000, 16500000, 94.72],
          ...(gap ? [[null]] : []),
          top('No.', 'Program / Kegiatan', `Anggaran Tahun Anggaran ${year}`, 'Sisa Anggaran (Rp)', 'Capaian Keuangan (%)'),
          heads(null, null, 'Pagu (Rp)', 'Realisasi (Rp)', null, null),
          [4, 'Program Hubungan Industrial', 185750000, 170250000, 15500000, 91.66],
          [5, 'Program Pengawasan Ketenagakerjaan', 97000000, 91500000, 5500000, 94.33],
          [null, bold('Jumlah'), c12, 2545810000, 144440000, 94.63],
        ],
        {
          merges: [1, gap ? 7 : 6].flatMap((r) => [`A${r}:A${r + 1}`, `B${r}:B${r + 1}`, `C${r}:D${r}`, `E${r}:E${r + 1}`, `F${r}:F${r + 1}`]),
        },
      );
    const right = analyseSheet(lkjip(2690250000, false));
    expect(right.tables.length).toBe(1);
    expect(right.findings.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(brief(errors(lkjip(2700250000, false)))).toEqual(['C10 sum.total-row']);
    // After a blank row, a header worded anew is another table's; so is one naming another year.
    expect(analyseSheet(lkjip(2690250000, true)).tables.length).toBe(2);
    expect(analyseSheet(lkjip(2690250000, false, 2024)).tables.length).toBe(2);
  });
  test('a bold block heading naming "pendidikan" inside an LKjIP table is a heading, not a new header (round 105)', () => {
    const lkjip = (f14: number) =>
      grid([
        heads('No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [bold('Sasaran 1'), bold('Meningkatnya kualitas pelayanan publik')],
        ['1.1', 'Persentase pengaduan yang ditindaklanjuti', '%', 80, 76, 95],
        ['1.2', 'Persentase layanan tepat waktu', '%', 70, 63, 90],
        [null, bold('Rata-rata Capaian Sasaran 1'), null, null, null, bold(92.5)],
        [bold('Sasaran 2'), bold('Meningkatnya kualitas pendidikan')],
        ['2.1', 'Angka partisipasi kasar PAUD', '%', 85, 80.75, 95],
        ['2.2', 'Persentase sekolah terakreditasi', '%', 75, 78, 104],
        [null, bold('Rata-rata Capaian Sasaran 2'), null, null, null, bold(f14)],
        [null, bold('Rata-rata Capaian Kinerja'), null, null, null, bold(96)],
      ]);
    expect(analyseSheet(lkjip(99.5)).tables.length).toBe(1);
    expect(findings(lkjip(99.5))).toEqual([]);
    expect(brief(findings(lkjip(104.5)))).toEqual(['F9 sum.average']);
  });
  test('a Rencana Aksi with bare quarters "I … IV" under "Target Triwulan (Non Kumulatif)"; a level short of its target is said at TW IV (round 105)', () => {
    const ra = (q: string[], d5: number, h6: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Target Triwulan (Non Kumulatif)', null, null, null),
          heads(null, null, null, null, ...q),
          [1, 'Jumlah dokumen perencanaan yang disusun', 'dokumen', d5, 0, 1, 2, 3],
          [2, 'Angka partisipasi kasar PAUD', '%', 69.47, 29.36, 44.59, 61.63, h6],
          [3, 'Jumlah kelompok tani yang mendapat bantuan', 'kelompok', 105, 5, 43, 17, 40],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1'] },
      );
    for (const q of [
      ['I', 'II', 'III', 'IV'],
      ['TW I', 'TW II', 'TW III', 'TW IV'],
    ]) {
      expect(findings(ra(q, 6, 69.47))).toEqual([]);
      expect(brief(errors(ra(q, 7, 69.47)))).toEqual(['D3 sum.row-total']);
      expect(brief(errors(ra(q, 6, 66.47)))).toEqual(['H4 sum.row-total']);
    }
  });
  test('an overall mean of every indicator follows a wrong indicator capaian, as the block mean over it does (round 105)', () => {
    const lkjip = (f6: number) =>
      grid([
        heads('No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [bold('Sasaran 1'), bold('Meningkatnya kualitas pelayanan publik')],
        ['1.1', 'Persentase koperasi aktif', '%', 80, 76, 95],
        ['1.2', 'Persentase jalan kabupaten dalam kondisi mantap', '%', 60, 57, f6],
        ['1.3', 'Angka partisipasi kasar PAUD', '%', 90, 81, 90],
        [null, bold('Rata-rata Sasaran 1'), null, null, null, bold(93.33)],
        [bold('Sasaran 2'), bold('Meningkatnya daya saing UMKM')],
        ['2.1', 'Tingkat kepuasan masyarakat terhadap layanan', '%', 75, 78, 104],
        ['2.2', 'Persentase UMKM naik kelas', '%', 25, 24, 96],
        [null, bold('Rata-rata Sasaran 2'), null, null, null, bold(100)],
        [null, bold('Rata-rata Capaian Kinerja'), null, null, null, bold(96)],
      ]);
    expect(findings(lkjip(95))).toEqual([]);
    expect(withSeverity(findings(lkjip(85)))).toEqual(['F4 ratio.capaian error', 'F6 sum.average warning', 'F11 sum.average warning']);
  });
  test('a rekap headed "Jumlah Layanan Tuntas 100%" closing with "Jumlah / Rata-rata": counts added up, capaian averaged (round 104)', () => {
    const rekap = (e10: number) =>
      grid([
        heads('No', 'Bidang Urusan SPM', 'Jenis Layanan (buah)', 'Jumlah Layanan Tuntas 100%', 'Capaian Rata-rata (%)'),
        [1, 'Pendidikan', 3, 0, 82.1],
        [2, 'Kesehatan', 12, 1, 98.2],
        [3, 'Pekerjaan Umum', 2, 0, 80.7],
        [4, 'Perumahan Rakyat', 2, 1, 84.2],
        [5, 'Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat', 5, 5, 100],
        [6, 'Sosial', 5, 1, 85.5],
        [null, bold('Jumlah / Rata-rata'), 29, 8, e10],
      ]);
    expect(analyseSheet(rekap(88.45)).tables.length).toBe(1);
    expect(findings(rekap(88.45))).toEqual([]);
    expect(brief(errors(rekap(84.88)))).toEqual(['E8 sum.average']);
  });
  test('an SPM row headed "Jumlah Harus Dilayani | Jumlah Dilayani | %" is those served over those entitled, on one row too (round 107)', () => {
    const spm = (e2: number) =>
      grid([heads('No', 'Jenis Pelayanan Dasar', 'Jumlah Harus Dilayani', 'Jumlah Dilayani', '%'), [1, 'Pelayanan Kesehatan Balita', 4120, 3885, e2]]);
    expect(findings(spm(94.3))).toEqual([]);
    expect(brief(errors(spm(97.3)))).toEqual(['E2 ratio.capaian']);
  });
  test('a "Jumlah / Rata-rata" row of a cakupan table states the mean, not Σ ÷ Σ; a rekap\'s carried capaian is no Belum Tuntas ÷ Tuntas (round 109)', () => {
    const cakupan = (e6: number) =>
      grid([
        heads('No', 'Puskesmas', 'Sasaran', 'Dilayani', 'Cakupan (%)'),
        [1, 'Puskesmas Kota', 1450, 1323, 91.24],
        [2, 'Puskesmas Barat', 1209, 1090, 90.16],
        [3, 'Puskesmas Timur', 1192, 1098, 92.11],
        [4, 'Puskesmas Utara', 2513, 2493, 99.2],
        [null, bold('Jumlah / Rata-rata'), 6364, 6004, e6],
      ]);
    // The mean of the four, 93,18 (Σ ÷ Σ is 94,34): both ways of closing the column are accepted, nothing else.
    expect(findings(cakupan(93.18))).toEqual([]);
    expect(findings(cakupan(94.34))).toEqual([]);
    expect(brief(errors(cakupan(95.5)))).toEqual(['E6 sum.average']);
    const rekap = grid([
      heads('No', 'Urusan SPM', 'Jumlah Jenis Layanan', 'Tuntas', 'Belum Tuntas', 'Rata-rata Capaian (%)'),
      [1, 'Pendidikan', 6, 4, 2, 83.71],
      [2, 'Kesehatan', 12, 10, 2, 93.61],
      [3, 'Pekerjaan Umum', 2, 1, 1, 85.92],
      [4, 'Perumahan Rakyat', 2, 1, 1, 99.37],
      [5, 'Trantibumlinmas', 4, 2, 2, 88.37],
      [6, 'Sosial', 5, 3, 2, 95.61],
      [null, bold('Jumlah'), 31, 21, 10, 91.1],
    ]);
    expect(findings(rekap)).toEqual([]);
  });
  test('a "Jumlah / Rata-rata" row\'s Mantap % may be its own totals\' (Σ Baik + Σ Sedang) / Σ Panjang, or the mean; nothing else (round 111)', () => {
    const jalan = (h7: number) =>
      grid([
        heads('No', 'Kabupaten/Kota', 'Panjang Jalan (Km)', 'Baik', 'Sedang', 'Rusak Ringan', 'Rusak Berat', 'Mantap (%)'),
        [1, 'Kab. Gowa', 120.5, 60.2, 25.1, 20.2, 15, f(70.79, 'ROUND((D2+E2)/C2*100,2)')],
        [2, 'Kab. Maros', 98.4, 40.1, 20.3, 18, 20, f(61.38, 'ROUND((D3+E3)/C3*100,2)')],
        [3, 'Kab. Barru', 75.2, 30, 14.2, 16, 15, f(58.78, 'ROUND((D4+E4)/C4*100,2)')],
        [4, 'Kab. Bone', 140.9, 70.3, 30.6, 20, 20, f(71.61, 'ROUND((D5+E5)/C5*100,2)')],
        [5, 'Kota Parepare', 49.19, 20.5, 7, 11.69, 10, f(55.91, 'ROUND((D6+E6)/C6*100,2)')],
        [null, bold('Jumlah / Rata-rata Provinsi'), 484.19, 221.1, 97.2, 85.89, 80, h7],
      ]);
    expect(findings(jalan(65.74))).toEqual([]); // (221,1 + 97,2) / 484,19
    expect(findings(jalan(63.69))).toEqual([]); // the mean of the five
    expect(brief(errors(jalan(68.5)))).toEqual(['H7 sum.average']);
  });
  test('a "Jumlah / Rata-rata" row\'s average growth may be its own totals\' growth or the mean of the rates above (round 111)', () => {
    const budget = (g5: number) =>
      grid([
        heads('No', 'Program', 'Anggaran 2019', 'Anggaran 2020', 'Anggaran 2021', 'Anggaran 2022', 'Rata-rata Pertumbuhan Anggaran (%)'),
        [1, 'Program A', 1000, 1100, 1210, 1331, 10],
        [2, 'Program B', 2000, 2000, 2000, 2000, 0],
        [3, 'Program C', 500, 550, 600, 650, 9.14],
        [null, bold('Jumlah / Rata-rata'), 3500, 3650, 3810, 3981, g5],
      ]);
    expect(findings(budget(4.39))).toEqual([]); // the totals' mean year-on-year growth
    expect(findings(budget(6.38))).toEqual([]); // the mean of the three rates
    expect(brief(errors(budget(7.5)))).toEqual(['G5 ratio.pertumbuhan']);
  });
  test('a "Total/Rerata" row may average a column that is no count (an IKSI, a width in metres); a road\'s "No. Ruas" numbers its rows (round 112)', () => {
    const irigasi = (h8: number) =>
      grid([
        heads('No', 'Nama Daerah Irigasi', 'Jumlah (Ha)', 'Baik', 'Rusak Ringan', 'Rusak Sedang', 'Rusak Berat', 'IKSI'),
        [1, 'D.I. Way Pengubuan', 1320, 820, 260, 150, 90, 71.2],
        [2, 'D.I. Way Seputih Hulu', 980, 610, 180, 120, 70, 66.5],
        [3, 'D.I. Way Kalirejo', 560, 300, 140, 80, 40, 58.3],
        [4, 'D.I. Way Bekri', 410, 250, 90, 50, 20, 74.9],
        [5, 'D.I. Way Tipo Balak', 1050, 700, 200, 100, 50, 69.4],
        [6, 'D.I. Way Raman', 700, 420, 150, 90, 40, 62.8],
        [null, bold('Total/Rerata'), 5020, 3100, 1020, 590, 310, h8],
      ]);
    expect(findings(irigasi(67.18))).toEqual([]);
    expect(findings(irigasi(403.1))).toEqual([]);
    expect(brief(errors(irigasi(72.5)))).toEqual(['H8 sum.total-row']);
    const jalan = grid([
      heads('No. Ruas', 'Nama Ruas', 'Panjang (Km)', 'Lebar (m)', 'Baik', 'Sedang', 'Rusak Ringan', 'Rusak Berat'),
      ['001', 'Watampone - Palakka', 12.4, 4.5, 6.1, 2.3, 2.5, 1.5],
      ['002', 'Cina - Barebbo', 18.75, 5, 9.2, 4.1, 3, 2.45],
      ['003', 'Kahu - Libureng', 9.3, 4, 3.3, 2.2, 1.9, 1.9],
      ['004', 'Mare - Tonra', 14.2, 4.5, 7.7, 1.9, 2.4, 2.2],
      [null, bold('Jumlah / Rata-rata'), 54.65, 4.5, 26.3, 10.5, 9.8, 8.15],
    ]);
    const t = analyseSheet(jalan).tables[0];
    expect(t.columns[0].role).toBe('no');
    expect(t.rows[t.rows.length - 1].label).toBe('Jumlah / Rata-rata');
    expect(findings(jalan)).toEqual([]);
    // An IKSI in % beside the areas is measured, not worked out from them.
    const iksi = grid([
      heads('No', 'Nama Daerah Irigasi', 'Luas Baku (Ha)', 'Luas Fungsional (Ha)', 'Baik (Ha)', 'Rusak (Ha)', 'Kondisi Baik (%)', 'IKSI (%)'),
      [1, 'D.I. Way Pengubuan', 1450, 1320, 820, 500, 62.12, 71.2],
      [2, 'D.I. Way Seputih Hulu', 980, 980, 610, 370, 62.24, 66.5],
      [3, 'D.I. Way Kalirejo', 640, 560, 300, 260, 53.57, 58.3],
      [4, 'D.I. Way Bekri', 410, 410, 250, 160, 60.98, 74.9],
      [5, 'D.I. Way Tipo Balak', 1210, 1050, 700, 350, 66.67, 69.4],
    ]);
    expect(findings(iksi)).toEqual([]);
  });
  test("a ratio formula reading the row's own terms and nothing else is the relation: its stale saved value is said (round 112)", () => {
    const mantap = (r: number, stale: number) => f(stale, `(D${r}+E${r})/C${r}*100`);
    const jalan = (h5: number) =>
      grid([
        heads('No', 'Kecamatan', 'Panjang (Km)', 'Baik', 'Sedang', 'Rusak Ringan', 'Rusak Berat', 'Mantap (%)'),
        [1, 'Tanjung Mutiara', 12.4, 6.1, 2.3, 2.5, 1.5, mantap(2, 67.74)],
        [2, 'Lubuk Basung', 18.75, 9.2, 4.1, 3, 2.45, mantap(3, 70.93)],
        [3, 'Ampek Nagari', 9.3, 3.3, 2.2, 1.9, 1.9, mantap(4, 59.14)],
        [4, 'Tanjung Raya', 14.2, 7.7, 1.9, 2.4, 2.2, mantap(5, h5)],
        [5, 'Matur', 7.85, 4.1, 1.25, 1.5, 1, mantap(6, 68.15)],
        [6, 'IV Koto', 11.6, 5.4, 2.6, 1.8, 1.8, mantap(7, 68.97)],
      ]);
    expect(findings(jalan(67.61))).toEqual([]);
    const stale = findings(jalan(61.21));
    expect(brief(stale)).toEqual(['H5 ratio.capaian']);
    expect(stale[0].message.en).toContain("The cell's formula (=(D5+E5)/C5*100) gives 67.61");
  });

  test('sub-totals stacked above the TOTAL each add the programs their label names, or those the others leave (round 114)', () => {
    const plan = (c10: number) =>
      grid([
        heads('Kode', 'Program, Kegiatan dan Sub Kegiatan', 'Rp 2025', 'Rp 2026'),
        ['1.05.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 6320, 6585],
        ['1.05.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 120, 135],
        ['1.05.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 6200, 6450],
        ['1.05.03', 'PROGRAM PENANGGULANGAN BENCANA', 1040, 915],
        ['1.05.03.2.01', 'Pelayanan Informasi Rawan Bencana Kabupaten/Kota', 560, 415],
        ['1.05.03.2.03', 'Pelayanan Penyelamatan dan Evakuasi Korban Bencana', 480, 500],
        [null, bold('Jumlah Program Penunjang Urusan'), 6320, 6585],
        [null, bold('Jumlah Program Urusan'), 1040, 915],
        [null, bold('TOTAL'), c10, 7500],
      ]);
    expect(findings(plan(7360))).toEqual([]);
    expect(brief(errors(plan(7460)))).toEqual(['C10 sum.total-row']);
  });

  test('a ratio written "1 : n" is the pair of counts its rows state, on each row and the Jumlah row; a cut term holds (round 115)', () => {
    const rasio = (e3: string, e7: string) =>
      grid([
        heads('No', 'Kecamatan', 'Guru', 'Murid', 'Rasio Guru : Murid'),
        [1, 'Kodi', 120, 2040, '1 : 17'],
        [2, 'Loura', 96, 1530, e3],
        [3, 'Wewewa Barat', 150, 2610, '1 : 17'],
        [4, 'Kota Tambolaka', 210, 3180, '1 : 15'],
        [null, bold('Jumlah'), 576, 9360, e7],
      ]);
    expect(findings(rasio('1 : 16', '1 : 16'))).toEqual([]);
    // 15,94 written as cut ("1 : 15"), as some offices do.
    expect(findings(rasio('1 : 15', '1 : 16'))).toEqual([]);
    expect(brief(errors(rasio('1 : 22', '1 : 16')))).toEqual(['E3 ratio.capaian']);
    expect(brief(errors(rasio('1 : 16', '1 : 19')))).toEqual(['E6 ratio.total']);
    // A ratio of two counts has no polarity: a sex ratio stated P / L × 100 is divided the wrong way, an error.
    const sexRatio = (f4: number) =>
      grid([
        heads('No', 'Kecamatan', 'Laki-laki', 'Perempuan', 'Jumlah', 'Rasio Jenis Kelamin'),
        [1, 'Keruak', 24100, 25200, 49300, 95.63],
        [2, 'Jerowaru', 28800, 30100, 58900, 95.68],
        [3, 'Sakra', 27500, 29200, 56700, f4],
        [4, 'Terara', 33400, 35900, 69300, 93.04],
        [null, bold('Jumlah'), 113800, 120400, 234200, 94.52],
      ]);
    expect(findings(sexRatio(94.18))).toEqual([]);
    expect(withSeverity(findings(sexRatio(106.18)))).toEqual(['F4 ratio.capaian error']);
  });
  test("a DPA rekap's Belanja Operasi | Belanja Modal columns of a kode tree are sums where its parents bear them out (round 113)", () => {
    const dpa = (e2: number) =>
      grid([
        heads('Kode', 'Uraian', 'Belanja Operasi', 'Belanja Modal', 'Jumlah'),
        ['1.03.10', 'PROGRAM PENYELENGGARAAN JALAN', 1270, e2, f(1270 + e2, 'C2+D2')],
        ['1.03.10.2.01', 'Penyelenggaraan Jalan Kabupaten/Kota', 850, 6200, f(7050, 'C3+D3')],
        ['1.03.10.2.02', 'Pengembangan Jalan dan Jembatan', 420, 2950, f(3370, 'C4+D4')],
        ['1.03.11', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR', 500, 1800, f(2300, 'C5+D5')],
        ['1.03.11.2.01', 'Pengelolaan SDA dan Bangunan Pengaman Pantai', 300, 1000, f(1300, 'C6+D6')],
        ['1.03.11.2.02', 'Pengembangan dan Pengelolaan Sistem Irigasi', 200, 800, f(1000, 'C7+D7')],
        ['1.03.12', 'PROGRAM PENGEMBANGAN SISTEM DAN PENGELOLAAN PERSAMPAHAN', 150, 600, f(750, 'C8+D8')],
        ['1.03.12.2.01', 'Pengembangan Sistem dan Pengelolaan Persampahan Regional', 150, 600, f(750, 'C9+D9')],
      ]);
    expect(findings(dpa(9150))).toEqual([]);
    // The program's Modal typed 100 over, its Jumlah recalculated from it: the program's own sum is what breaks.
    expect(brief(errors(dpa(9250)))).toEqual(['D2 sum.hierarchy']);
  });
  test("a Renja's JUMLAH summing the programs under the bidang row that sums them leaves nothing out (round 113)", () => {
    const renja = (c10: CellInput) =>
      grid([
        heads('Kode', 'Urusan/Bidang Urusan/Program/Kegiatan', 'Pagu Indikatif (Rp)'),
        ['1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', null],
        ['1.02', 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', f(9300, 'SUM(C4,C7)')],
        ['1.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', f(4350, 'SUM(C5:C6)')],
        ['1.02.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 250],
        ['1.02.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 4100],
        ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN', f(4950, 'SUM(C8:C9)')],
        ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP', 3200],
        ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan', 1750],
        [null, bold('JUMLAH'), c10],
      ]);
    expect(findings(renja(f(9300, 'SUM(C4,C7)')))).toEqual([]);
    expect(findings(renja(f(9300, 'SUM(C5:C6,C8:C9)')))).toEqual([]);
    // One program left out is still said.
    expect(brief(errors(renja(f(4350, 'SUM(C4)'))))).toEqual(['C10 formula.range']);
  });
  test('an SIPD RKA\'s "[ # ]" paket and "[ - ]" sumber dana lines close the items under them, within their rekening (round 113)', () => {
    const rka = (g6: number, paket = '[ # ] Alat Tulis Kantor') =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga', 'PPN', 'Jumlah (Rp)'),
        ['5.1.02.01.01', 'Belanja Barang Pakai Habis', null, null, null, null, 2681000],
        ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', null, null, null, null, 1481000],
        [null, paket, null, null, null, null, 1481000],
        [null, 'Kertas HVS 70 gr A4', 20, 'Rim', 52000, 0, 1040000],
        [null, 'Map Snelhecter Plastik', 50, 'Buah', 4500, 0, 225000],
        [null, 'Pulpen Standard AE7', 6, 'Kotak', 36000, 0, 216000],
        ['5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', null, null, null, null, g6],
        [null, '[ # ] Penggandaan', null, null, null, null, 1200000],
        [null, 'Fotokopi', 4000, 'Lembar', 300, 0, 1200000],
      ]);
    expect(findings(rka(1200000))).toEqual([]);
    expect(findings(rka(1200000, '[ - ] Sumber Dana: DAU'))).toEqual([]);
    // A rekening typed off its paket line: it, and the objek above now adding it up, are said.
    expect(brief(errors(rka(1250000)))).toEqual(['G2 sum.hierarchy', 'G8 sum.hierarchy']);
    // A list of equal scores under the last named row is no family of heads and rows (a 90 under a 90).
    const scores = grid([
      heads('No', 'NIM', 'Nama', 'Nilai'),
      [1, '17.1.1.04.001', 'I Gede Panji', 90],
      [2, '17.1.1.04.002', 'I Kadek Ariasa', 90],
      [3, '17.1.1.04.003', 'Komang Agus', 90],
      [4, null, null, 90],
      [5, null, null, 90],
      [6, null, null, 90],
      [7, null, null, 90],
    ]);
    expect(findings(scores)).toEqual([]);
  });
  test('a page-break copy repeating the column-number row continues the table though its top row keeps only "No" (round 105)', () => {
    const top = (b: string, g1: string, g2: string) => heads('No', b, g1, null, g2, null);
    const t24 = (c12: number) =>
      grid(
        [
          top('Uraian', 'Anggaran pada Tahun ke-', 'Realisasi Anggaran pada Tahun ke-'),
          heads(null, null, 1, 2, 1, 2),
          heads(1, 2, 3, 4, 5, 6),
          [1, 'Program Penunjang Urusan Pemerintahan Daerah', 912116000, 1856806000, 696372000, 1380810500],
          [2, 'Program Penempatan Tenaga Kerja', 2645824000, 3856905000, 2292495000, 2950595000],
          top('Uraian Program', 'Anggaran Tahun ke-', 'Realisasi Anggaran Tahun ke-'),
          heads(null, null, 1, 2, 1, 2),
          heads(1, 2, 3, 4, 5, 6),
          [3, 'Program Hubungan Industrial', 3307571000, 3772198000, 3222883500, 3082214000],
          [null, bold('Jumlah'), c12, 9485909000, 6211750500, 7413619500],
        ],
        { merges: [1, 6].flatMap((r) => [`A${r}:A${r + 1}`, `B${r}:B${r + 1}`, `C${r}:D${r}`, `E${r}:F${r}`]) },
      );
    expect(analyseSheet(t24(6865511000)).tables.length).toBe(1);
    expect(findings(t24(6865511000))).toEqual([]);
    expect(brief(errors(t24(6875511000)))).toEqual(['C10 sum.total-row']);
  });
  test("a Jumlah row's Sisa adding up the column follows a wrong Sisa above it, not a second slip (rounds 105, 107, 109)", () => {
    const lra = (e3: number) =>
      grid([
        heads('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'),
        [1, 'Program Penunjang Urusan Pemerintahan Daerah', 1250000000, 1187500000, 62500000],
        [2, 'Program Pelatihan Kerja dan Produktivitas', 845000000, 800560000, e3],
        [3, 'Program Penempatan Tenaga Kerja', 312500000, 296000000, 16500000],
        [null, bold('Jumlah'), 2407500000, 2284060000, 79000000 + e3],
      ]);
    expect(findings(lra(44440000))).toEqual([]);
    const slip = findings(lra(54440000));
    expect(withSeverity(slip)).toEqual(['E3 sum.difference error', 'E5 sum.difference warning']);
    expect(slip[1].related).toContain('E3');
  });
});

describe('versions of one amount in a kode tree (DPPA, Renja Perubahan) add up like money', () => {
  it('Sebelum | Setelah Perubahan: a kegiatan slip in one version is found though that version alone has as many bad parents as good', () => {
    const dppa = (c8: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Sebelum Perubahan', 'Setelah Perubahan', 'Keterangan'),
        ['2.17.02', 'Program Pendidikan dan Latihan Perkoperasian', 533400000, 1382900000, 'Berubah'],
        ['2.17.02.2.01', 'Pendidikan dan Latihan Perkoperasian bagi Koperasi', 533400000, 1382900000, 'Berubah'],
        ['2.17.02.2.01.0001', 'Peningkatan Pemahaman Perkoperasian', '-', 788000000, 'Baru'],
        ['2.17.02.2.01.0002', 'Peningkatan Kapasitas Pengelola Koperasi', 299600000, 299600000, 'Tetap'],
        ['2.17.02.2.01.0003', 'Pelatihan Manajemen Usaha Koperasi', 233800000, 295300000, 'Berubah'],
        ['2.17.04', 'Program Pemberdayaan UMKM', 1277400000, 1236400000, 'Berubah'],
        ['2.17.04.2.01', 'Pemberdayaan Usaha Mikro', c8, 1236400000, 'Berubah'],
        ['2.17.04.2.01.0001', 'Fasilitasi Kemudahan Perizinan', 234500000, 234500000, 'Tetap'],
        ['2.17.04.2.01.0002', 'Fasilitasi Pemasaran Produk', 245300000, 245300000, 'Tetap'],
        ['2.17.04.2.01.0003', 'Pendataan Potensi Usaha Mikro', 797600000, 756600000, 'Berubah'],
        [null, 'TOTAL', 1810800000, 2619300000],
      ]);
    rightThenSlip(dppa, 1277400000, 1187400000, ['C8 sum.hierarchy']);
  });

  it('"Semula ▸ Target | Rp": the Rp of each version is summed over the tree, the targets are not', () => {
    const renja = (h3: number) =>
      grid(
        [
          ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Satuan', 'Semula', null, 'Menjadi', null],
          [null, null, null, null, 'Target', 'Rp', 'Target', 'Rp'],
          ['1.02.04', 'Program Pemenuhan Upaya Kesehatan', 'Nilai SAKIP Perangkat Daerah', 'Predikat', 'B', 2332000000, 'B', h3],
          ['1.02.04.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Persentase fasilitas sesuai standar', '%', 68, 1459900000, 68, 1459900000],
          ['1.02.04.2.01.01', 'Pengadaan Alat Kesehatan', 'Jumlah unit alat kesehatan', 'Unit', 9, 779300000, 9, 779300000],
          ['1.02.04.2.01.02', 'Pengelolaan Pelayanan Kesehatan Balita', 'Jumlah balita dilayani', 'Orang', 2400, 680600000, 2400, 680600000],
          ['1.02.04.2.02', 'Penyediaan Layanan Kesehatan Rujukan', 'Jumlah laporan', 'Laporan', 35, 872100000, 35, 861100000],
          ['1.02.04.2.02.01', 'Pengelolaan Surveilans Kesehatan', 'Jumlah dokumen', 'Dokumen', 23, 589000000, 20, 675000000],
          ['1.02.04.2.02.02', 'Pengelolaan Pelayanan Gizi Masyarakat', 'Jumlah tenaga kesehatan dilatih', 'Orang', 38, 283100000, 35, 186100000],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'] },
      );
    rightThenSlip(renja, 2321000000, 2618200000, ['H3 sum.hierarchy']);
  });
});

describe('tables pasted from PDF or Word (probe 56)', () => {
  it('a bare page number ("13", a number or text, merged or not) alone between blank lines at a page break is no row of the table', () => {
    const head = [heads('No', 'Nama Barang', 'Jumlah', 'Baik', 'Rusak Ringan', 'Rusak Berat')];
    const aset = (page: Lit[], merges: string[], jumlah: number) =>
      grid(
        [
          ...head,
          ['1', 'Meja Kerja', 44, 40, 3, 1],
          ['2', 'Kursi Kerja', 63, 55, 6, 2],
          ['3', 'Lemari Arsip', 13, 12, 1, 0],
          [],
          page,
          [],
          ...head,
          ['4', 'Komputer PC', 27, 20, 4, 3],
          ['5', 'Printer', 13, 9, 2, 2],
          [null, bold('Jumlah'), 160, jumlah, 16, 8],
        ],
        { merges },
      );
    for (const [page, merges] of [
      [[null, null, null, 13, null, null], ['D6:F6']],
      [[null, null, null, '13', null, null], []],
      [[null, null, null, null, 13, null], []],
    ] as [Lit[], string[]][])
      rightThenSlip((j: number) => aset(page, merges, j), 136, 140, ['D11 sum.total-row']);
    // Right above the repeated header, no blank line between.
    const tight = (j: number) =>
      grid([
        ...head,
        ['1', 'Meja Kerja', 44, 40, 3, 1],
        ['2', 'Kursi Kerja', 63, 55, 6, 2],
        ['3', 'Lemari Arsip', 13, 12, 1, 0],
        [null, null, null, null, '26', null],
        ...head,
        ['4', 'Komputer PC', 27, 20, 4, 3],
        ['5', 'Printer', 13, 9, 2, 2],
        [null, bold('Jumlah'), 160, j, 16, 8],
      ]);
    rightThenSlip(tight, 136, 140, ['D9 sum.total-row']);
  });

  it('a name wrapped onto a line starting "Sumber Daya Air dan Listrik" is no source note: the table goes on', () => {
    const t61 = (jumlah: number) =>
      grid(
        [
          heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Tahun 2025', null),
          heads(null, null, null, 'Target', 'Rp'),
          ['2.07.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP', 70, 900],
          ['2.07.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Persentase layanan terpenuhi', 100, 900],
          ['2.07.01.2.08.0002', 'Penyediaan Jasa Komunikasi,', 'Jumlah laporan', 12, 500],
          [null, 'Sumber Daya Air dan Listrik', null, null, null],
          ['2.07.01.2.08.0004', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah laporan', 12, 400],
          [null, bold('Jumlah'), null, null, jumlah],
          [],
          ['Sumber: Renstra Dinas Tenaga Kerja 2025-2029'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
      );
    expect(analyseSheet(t61(900)).tables[0].footer).toEqual(['Sumber: Renstra Dinas Tenaga Kerja 2025-2029']);
    rightThenSlip(t61, 900, 950, ['E8 sum.total-row']);
  });

  it('"Target Renstra Tahun ke- ▸ 1 (2019)" beside "Realisasi ▸ 1 (2019)": the same period, each rasio checked on its row', () => {
    const tc23 = (rasio: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Target Renstra Tahun ke-', null, 'Realisasi', null, 'Rasio Capaian pada Tahun ke-', null),
          heads(null, null, '1 (2019)', '2 (2020)', '1 (2019)', '2 (2020)', '1 (2019)', '2 (2020)'),
          ['1', 'Persentase koperasi aktif', 60, 62, 58, 63, 96.67, 101.61],
          ['2', 'Jumlah wirausaha baru', 100, 110, 95, 118, rasio, 107.27],
          ['3', 'Persentase UMKM naik kelas', 20, 22, 18.5, 22.4, 92.5, 101.82],
          ['4', 'Jumlah pencari kerja ditempatkan', 300, 320, 280, 335, 93.33, 104.69],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
      );
    rightThenSlip(tc23, 95, 97, ['G4 ratio.capaian']);
  });

  it('"Jumlah Pegawai ▸ Laki-laki | Perempuan | Jumlah (Orang)": Laki-laki is a part, whatever rows with no women make of it', () => {
    const pegawai = (total: number) =>
      grid([
        heads('No', 'Bidang/UPTD', 'Jumlah Pegawai', null, 'Jumlah (Orang)'),
        heads(null, null, 'Laki-laki', 'Perempuan', null),
        ['1', 'UPTD Wilayah I', 23, 0, 23],
        ['2', 'Subbagian Perencanaan', 19, 13, 32],
        ['3', 'Bidang Penempatan', 15, 21, 36],
        ['4', 'Bidang Usaha Mikro', 21, 0, 21],
        ['5', 'UPTD Wilayah III', 3, 0, 3],
        ['6', 'Subbagian Keuangan', 9, 8, 17],
        [null, bold('Total'), 90, 42, total],
      ]);
    rightThenSlip(pegawai, 132, 134, ['E9 sum.row-total']);
  });

  it('"Jumlah Barang" typed in the No column under the list, the name column empty, is the Jumlah row (named after its total column)', () => {
    const aset = (baik: number) =>
      grid([
        heads('No', 'Nama Barang', 'Jumlah Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat'),
        ['1', 'Meja Kerja', 44, 40, 3, 1],
        ['2', 'Kursi Kerja', 63, 55, 6, 2],
        ['3', 'Lemari Arsip', 13, 12, 1, 0],
        ['Jumlah Barang', null, 120, baik, 10, 3],
      ]);
    rightThenSlip(aset, 107, 108, ['D5 sum.total-row']);
  });

  it('a Tabel 6.1 header typed without merges: the last year\'s label stops where "Kondisi Kinerja pada Akhir Periode" begins above', () => {
    const t61 = (akhir: number) =>
      grid([
        [
          bold('Kode'),
          bold('Program/Kegiatan/Sub Kegiatan'),
          bold('Indikator'),
          bold('Target Kinerja dan Kerangka Pendanaan'),
          null,
          null,
          null,
          bold('Kondisi Kinerja pada Akhir Periode'),
          null,
        ],
        [null, null, null, bold('Tahun 2025'), null, bold('2026'), null, null, null],
        [null, null, null, bold('Target'), bold('Rp'), bold('Target'), bold('Rp'), bold('Target'), bold('Rp')],
        ['2.07.06', 'Program Pengawasan Ketenagakerjaan', 'Persentase perusahaan yang diawasi', 60, 900, 65, 1000, 65, 1900],
        ['2.07.06.2.01', 'Pengawasan Norma Ketenagakerjaan', 'Persentase kasus ditindaklanjuti', 70, 900, 75, 1000, 75, 1900],
        ['2.07.06.2.01.0001', 'Pemeriksaan Norma Kerja', 'Jumlah perusahaan diperiksa', 120, 500, 130, 550, 130, akhir],
        ['2.07.06.2.01.0002', 'Mediasi Kasus', 'Jumlah kasus dimediasi', 40, 400, 45, 450, 45, 850],
      ]);
    const cols = analyseSheet(t61(1050)).tables[0].columns;
    expect(cols[8].role).toBe('akhirRp');
    rightThenSlip(t61, 1050, 1060, ['I6 sum.period']);
  });

  it('an amount typed so it cannot be read ("1.021.77.000"): said at its cell; the growth over its row is not checked, the Jumlah only warned', () => {
    const t24 = (a: Lit) =>
      grid([
        heads('No', 'Program', 'Anggaran 2019', 'Anggaran 2020', 'Anggaran 2021', 'Rata-rata Pertumbuhan Anggaran (%)'),
        ['1', 'Program Pengawasan Ketenagakerjaan', 1_526_137_000, 2_135_377_000, 1_342_215_000, 1.39],
        ['2', 'Program Pelatihan Kerja', a, 862_587_000, 1_410_416_000, 23.97],
        ['3', 'Program Penempatan Tenaga Kerja', 1_535_299_000, 1_746_697_000, 2_182_978_000, 19.37],
        [null, bold('Jumlah'), 4_083_206_000, 4_744_661_000, 4_935_609_000, null],
      ]);
    expect(findings(t24(1_021_770_000))).toEqual([]);
    expect(findings(t24('1.021.77.000')).map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual(['C3 number.invalid warning', 'C5 sum.total-row warning']);
  });

  it('"Jenis Kelamin" typed over the first of "L | P" without a merge is their group: the L | P row is a header row (probe 59)', () => {
    const pegawai = (jumlah: number) =>
      grid([
        [bold('No'), bold('Golongan'), bold('Jenis Kelamin'), null, bold('Jumlah')],
        [null, null, bold('L'), bold('P'), null],
        [1, 'Golongan IV', 8, 7, 15],
        [2, 'Golongan III', 6, 8, 14],
        [3, 'Golongan II', 18, 12, 30],
        [null, bold('Jumlah'), 32, 27, jumlah],
      ]);
    expect(analyseSheet(pegawai(59)).tables[0].headerRows).toBe(2);
    rightThenSlip(pegawai, 59, 60, ['E6 sum.row-total']);
  });

  it('two tables side by side, one empty column between, each under its own title line: two tables (probe 60)', () => {
    const sheet = (jumlah: number) =>
      grid([
        ['A. Capaian Kinerja', null, null, null, null, null, 'B. Realisasi Anggaran', null, null, null],
        [
          bold('No'),
          bold('Indikator Kinerja'),
          bold('Target 2024'),
          bold('Realisasi 2024'),
          bold('Capaian (%)'),
          null,
          bold('Kode'),
          bold('Program/Kegiatan'),
          bold('Pagu (Rp)'),
          bold('Realisasi (Rp)'),
        ],
        [1, 'Persentase koperasi aktif', 62.5, 60.1, 96.16, null, '2.17.01', 'Program Penunjang Urusan', 1662, 1596],
        [2, 'Jumlah wirausaha baru', 250, 262, 104.8, null, '2.17.01.2.01', 'Perencanaan dan Evaluasi', 412, 398],
        [3, 'Indeks Kepuasan Masyarakat', 80, 82.35, 102.94, null, '2.17.01.2.02', 'Administrasi Keuangan', 1250, 1198],
        [null, null, null, null, null, null, null, bold('JUMLAH'), jumlah, 1596],
      ]);
    expect(analyseSheet(sheet(1662)).tables.map((t) => t.range)).toEqual(['A2:E5', 'G2:J6']);
    rightThenSlip(sheet, 1662, 1672, ['I6 sum.total-row']);
    // Two header rows on the left ("Tahun 2023" over Target | Realisasi | Capaian), the right's column numbers beside them.
    const two = grid([
      [
        bold('No'),
        bold('Indikator Kinerja'),
        bold('Tahun 2023'),
        bold('Tahun 2023'),
        bold('Tahun 2023'),
        null,
        bold('Kode'),
        bold('Program'),
        bold('Pagu (Rp)'),
        bold('Realisasi (Rp)'),
      ],
      [null, null, bold('Target'), bold('Realisasi'), bold('Capaian'), null, '(1)', '(2)', '(3)', '(4)'],
      [1, 'Persentase koperasi aktif', 62.5, 60.1, 96.16, null, '2.17.01', 'Program Penunjang Urusan', 1662, 1596],
      [2, 'Jumlah wirausaha baru', 250, 262, 104.8, null, '2.17.01.2.01', 'Perencanaan dan Evaluasi', 412, 398],
      [3, 'Indeks Kepuasan Masyarakat', 80, 82.35, 102.94, null, '2.17.01.2.02', 'Administrasi Keuangan', 1250, 1198],
    ]);
    expect(analyseSheet(two).tables.map((t) => `${t.range} ${t.headerRows}`)).toEqual(['A1:E5 2', 'G1:J5 2']);
    expect(findings(two)).toEqual([]);
  });

  it('=SUBTOTAL(9, …) over a SUBTOTAL tree with its sub kegiatan rows collapsed (hidden by hand, so still counted): no range finding (probe 60)', () => {
    const t61 = (program2: number) => {
      const g = grid([
        heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Rp'),
        ['2.17.01', 'Program Penunjang', f(211.5, 'SUBTOTAL(9,C3:C4)')],
        ['2.17.01.2.01', 'Perencanaan dan Evaluasi', f(211.5, 'SUBTOTAL(9,C4:C5)')],
        ['2.17.01.2.01.0001', 'Penyusunan Dokumen', 125],
        ['2.17.01.2.01.0002', 'Laporan Capaian Kinerja', 86.5],
        ['2.17.02', 'Program Pengawasan Koperasi', f(program2, 'SUBTOTAL(9,C7:C8)')],
        ['2.17.02.2.01', 'Pemeriksaan Koperasi', f(281.5, 'SUBTOTAL(9,C8:C9)')],
        ['2.17.02.2.01.0001', 'Pemeriksaan KSP', 185],
        ['2.17.02.2.01.0002', 'Penilaian Kesehatan KSP', 96.5],
        [null, bold('Jumlah'), f(493, 'SUBTOTAL(9,C2:C9)')],
      ]);
      g.hiddenRows = [3, 4, 7, 8];
      return g;
    };
    expect(findings(t61(281.5))).toEqual([]);
  });

  it("a capaian formula reading another year's target (=(2*E5-I5)/E5 under 2021) is judged as typed, whatever polarity the rows have (probe 60)", () => {
    const lower = (l6: CellInput | number) =>
      grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target 2019',
          'Target 2020',
          'Target 2021',
          'Realisasi 2019',
          'Realisasi 2020',
          'Realisasi 2021',
          'Rasio 2019',
          'Rasio 2020',
          'Rasio 2021',
        ),
        [
          1,
          'Angka Kematian Ibu',
          'per 100.000 KH',
          144.04,
          141.12,
          138.2,
          137.87,
          150.15,
          120.15,
          f(104.28, 'ROUND((2*D2-G2)/D2*100,2)'),
          f(93.6, 'ROUND((2*E2-H2)/E2*100,2)'),
          f(113.06, 'ROUND((2*F2-I2)/F2*100,2)'),
        ],
        [
          2,
          'Persentase penduduk miskin',
          '%',
          14.08,
          13.53,
          12.99,
          15.07,
          12.91,
          13.32,
          f(92.97, 'ROUND((2*D3-G3)/D3*100,2)'),
          f(104.58, 'ROUND((2*E3-H3)/E3*100,2)'),
          l6,
        ],
        [
          3,
          'Prevalensi stunting pada balita',
          '%',
          20.26,
          19.54,
          18.82,
          17.63,
          20.99,
          17.4,
          f(112.98, 'ROUND((2*D4-G4)/D4*100,2)'),
          f(92.58, 'ROUND((2*E4-H4)/E4*100,2)'),
          f(107.55, 'ROUND((2*F4-I4)/F4*100,2)'),
        ],
      ]);
    expect(findings(lower(f(97.46, 'ROUND((2*F3-I3)/F3*100,2)')))).toEqual([]);
    expect(brief(errors(lower(f(101.55, 'ROUND((2*E3-I3)/E3*100,2)'))))).toEqual(['L3 ratio.capaian']);
  });

  it("a kegiatan typed over its own SUBTOTAL inside its program's SUBTOTAL range: the kegiatan is the slip, no range finding at the program (probe 60)", () => {
    const g = grid([
      heads('Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu 2026 (Rp)'),
      ['2.17.01', 'Program Penunjang', f(3117, 'SUBTOTAL(9,C3:C7)')],
      ['2.17.01.2.01', 'Perencanaan dan Evaluasi', 321],
      ['2.17.01.2.01.0001', 'Penyusunan Dokumen', 131],
      ['2.17.01.2.01.0002', 'Laporan Capaian Kinerja', 90],
      ['2.17.01.2.02', 'Administrasi Keuangan', f(2575, 'SUBTOTAL(9,C7:C7)')],
      ['2.17.01.2.02.0001', 'Gaji dan Tunjangan ASN', 2575],
    ]);
    const found = errors(g);
    expect(found.some((x) => x.rule === 'formula.range')).toBe(false);
    expect(brief(found)).toContain('C3 sum.hierarchy');
  });

  it('a page break after an indicator\'s second line "Jumlah dokumen …" leaves the table open: the repeated header continues it', () => {
    const head = [heads('Kode', 'Program, Kegiatan dan Sub Kegiatan', 'Indikator Kinerja', '2025', null), heads(null, null, null, 'Target', 'Rp')];
    const t61 = (kegiatan: number) =>
      grid(
        [
          ...head,
          ['2.07.03', 'Program Pelatihan Kerja', 'Persentase lulusan bersertifikat', 51, 1350],
          ['2.07.03.2.01', 'Pelaksanaan Pelatihan', 'Jumlah peserta pelatihan', 120, kegiatan],
          ['2.07.03.2.01.0001', 'Pelatihan Keterampilan', 'Jumlah peserta pelatihan', 70, 500],
          ['2.07.03.2.01.0002', 'Pelatihan Kewirausahaan', 'Jumlah peserta pelatihan', 50, 400],
          [null, null, 'Jumlah dokumen yang disusun', 4, null],
          [],
          ...head,
          ['2.07.03.2.01.0003', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Jumlah laporan yang disusun', 12, 450],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'A9:A10', 'B9:B10', 'C9:C10', 'D9:E9'] },
      );
    expect(analyseSheet(t61(1350)).tables).toHaveLength(1);
    rightThenSlip(t61, 1350, 1300, ['E4 sum.hierarchy']);
  });
});

describe('a statement outlined by capitals alone (an LRA without codes or numbering, probe 41)', () => {
  const lra = (pajak: number) =>
    grid([
      [bold('Uraian'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)')],
      ['PENDAPATAN DAERAH', 300, 310],
      ['PENDAPATAN ASLI DAERAH', 100, 105],
      ['Pajak Daerah', pajak, 65],
      ['Retribusi Daerah', 40, 40],
      ['PENDAPATAN TRANSFER', 200, 205],
      ['Pendapatan Transfer Pemerintah Pusat', 200, 205],
      ['JUMLAH PENDAPATAN', 300, 310],
      ['BELANJA DAERAH', 250, 220],
      ['BELANJA OPERASI', 150, 140],
      ['Belanja Pegawai', 100, 95],
      ['Belanja Barang dan Jasa', 50, 45],
      ['BELANJA MODAL', 100, 80],
      ['Belanja Modal Gedung dan Bangunan', 100, 80],
      ['JUMLAH BELANJA', 250, 220],
    ]);

  test('its Jumlah rows add the lines in ordinary case, each group in capitals already their sum', () => {
    expect(findings(lra(60))).toEqual([]);
    // A line one off: the Jumlah no reading bears out.
    expect(brief(errors(lra(61)))).toEqual(['B8 sum.total-row']);
  });

  test('without its Jumlah Pendapatan, the Jumlah Belanja adds the lines its label names', () => {
    const g = lra(60);
    g.cells.splice(7, 1);
    expect(findings(g)).toEqual([]);
  });
});

describe('a Renstra / RPJMD target frame: Kondisi Awal, the years, Kondisi Akhir (probe 41)', () => {
  const frame = (head: Lit[][], akhir: number) =>
    grid([
      ...head,
      [1, 'Persentase koperasi aktif', '%', 61.5, 63, 65, 67, 69, 71, akhir],
      [2, 'Jumlah UMKM yang difasilitasi', 'Unit', 120, 150, 160, 170, 180, 190, 850],
      [3, 'Sistem informasi perencanaan', 'Ketersediaan', 'Belum tersedia', 'Tersedia', 'Tersedia', 'Tersedia', 'Tersedia', 'Tersedia', 'Tersedia'],
      [4, 'Indeks Kepuasan Masyarakat', 'Indeks', 78, 79, 80, 80, 81, 81, 81],
      [5, 'Tingkat Pengangguran Terbuka', '%', 5.6, 5.4, 5.2, 5, 4.9, 4.8, 4.8],
      [6, 'Jumlah tenaga kerja yang dilatih', 'Orang', 300, 340, 350, 360, 370, 380, 1800],
    ]);
  const oneRow = [
    [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Kondisi Awal (2024)'), 2025, 2026, 2027, 2028, 2029, bold('Kondisi Akhir (2029)')],
  ];
  const capaianGroup = [
    [
      bold('No'),
      bold('Indikator Kinerja'),
      bold('Satuan'),
      bold('Kondisi Awal (2024)'),
      bold('Capaian Kinerja Program dan Kerangka Pendanaan'),
      null,
      null,
      null,
      null,
      bold('Kondisi Akhir (2029)'),
    ],
    [null, null, null, null, 2025, 2026, 2027, 2028, 2029, null],
  ];

  test.each([
    ['one header row naming the years alone', oneRow],
    ['the years under "Capaian Kinerja Program dan Kerangka Pendanaan"', capaianGroup],
  ])('%s: the years are targets, "Tersedia" a valid one, and a kondisi akhir neither last nor sum is said', (_name, head) => {
    const g = (akhir: number) => frame(head, akhir);
    expect(analyseSheet(g(71)).tables[0].layout).toBe('target');
    expect(findings(g(71))).toEqual([]);
    expect(brief(findings(g(69)))).toEqual([`J${head.length + 1} sum.period`]);
    // A whole target one off its last year's is no copy of it (no rounding between two typed figures: probe 59).
    expect(brief(findings(g(70)))).toEqual([`J${head.length + 1} sum.period`]);
  });
});

test('a capaian column whose formulas are mostly target ÷ realisasi (lower-is-better rows) still reads realisasi ÷ target on the other rows (probe 41)', () => {
  const f = (value: number, formula: string): CellInput => ({ value, formula });
  const capaian = (f4: number) =>
    grid(
      [
        [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Tahun 2022'), null, null, bold('Tahun 2023'), null, null],
        [null, null, null, bold('Target'), bold('Realisasi'), bold('Capaian (%)'), bold('Target'), bold('Realisasi'), bold('Capaian')],
        [1, 'Tingkat Pengangguran Terbuka', '%', 8, 8, 100, 8, 7, 114.29],
        [2, 'Persentase jalan dalam kondisi mantap', '%', 58, 53, f4, 60, 56, 93.33],
        [3, 'Persentase UMKM yang naik kelas', '%', 58, 58, f(100, 'E5/D5*100'), 60, 67, 111.67],
        [4, 'Angka Kematian Ibu', 'per 100.000 KH', 89, 89, f(100, 'D6/E6*100'), 86, 77, 111.69],
        [5, 'Persentase Penduduk Miskin', '%', 4, 4, f(100, 'D7/E7*100'), 3, 3, 100],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1'] },
    );
  rightThenSlip(capaian, 91.38, 81.38, ['F4 ratio.capaian'], 'findings');
});

test('a "Persentase (%)" row under the Jumlah row: each part is its column total over the row total (probe 41)', () => {
  const aset = (c8: number) =>
    grid([
      [bold('No'), bold('Jenis Aset'), bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), bold('Jumlah')],
      [1, 'Laptop', 20, 4, 1, 25],
      [2, 'Printer', 13, 5, 2, 20],
      [3, 'Meja Kerja', 25, 4, 1, 30],
      [4, 'Kursi Kerja', 15, 3, 2, 20],
      [null, bold('Jumlah'), 73, 16, 6, 95],
      [null, 'Persentase (%)', c8, 16.84, 6.32, 100],
    ]);
  rightThenSlip(aset, 76.84, 78.64, ['C7 ratio.share']);
  // The row total then follows from it.
  expect(brief(findings(aset(78.64)))).toEqual(['C7 ratio.share', 'F7 sum.row-total']);
  expect(findings(aset(78.64))[1].severity).toBe('warning');
});

describe('the new planning period (probe 42)', () => {
  // Tabel 6.1 with a transition year planned before the kondisi akhir: not in the period's sum.
  const transisi = (head: string, akhirHead: string, j5: number) =>
    grid(
      [
        [bold('Kode'), bold('Program/Kegiatan/Sub Kegiatan'), bold('Tahun 2025'), null, bold('Tahun 2026'), null, bold(head), null, bold(akhirHead), null],
        [null, null, bold('Target'), bold('Rp'), bold('Target'), bold('Rp'), bold('Target'), bold('Rp'), bold('Target'), bold('Rp')],
        ['2.07.03', 'Program Pelatihan Kerja dan Produktivitas', 60, 845000000, 65, 900000000, 70, 950000000, 65, 1745000000],
        ['2.07.03.2.01', 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 120, 845000000, 140, 900000000, 150, 950000000, 260, 1745000000],
        ['2.07.03.2.01.0001', 'Proses Pelaksanaan Pelatihan Keterampilan', 100, 620000000, 110, 650000000, 120, 700000000, 210, j5],
        ['2.07.03.2.01.0002', 'Pengadaan Sarana dan Prasarana Pelatihan', 2, 225000000, 2, 250000000, 2, 250000000, 4, 475000000],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1', 'I1:J1'] },
    );

  test.each([
    ['named a transition year', 'Tahun Transisi 2027', 'Kondisi Kinerja pada Akhir Periode'],
    ['named "n+1"', 'n+1', 'Kondisi Kinerja pada Akhir Periode'],
    ['a year past the one the akhir column names', 'Tahun 2027', 'Kondisi Kinerja pada Akhir Periode (2026)'],
  ])('a year column before the kondisi akhir, %s, is outside its sum', (_name, head, akhirHead) => {
    rightThenSlip((j5: number) => transisi(head, akhirHead, j5), 1270000000, 1720000000, ['J5 sum.period']);
  });

  test('unlabelled, a year column the akhir leaves out on every row is said once at the column; its rows are held to that reading', () => {
    const g = (j5: number) => transisi('Tahun 2027', 'Kondisi Kinerja pada Akhir Periode', j5);
    const once = findings(g(1270000000));
    expect(brief(once)).toEqual(['J2 column.akhir-periode']);
    expect(once[0].message.en).toContain('without the column "Tahun 2027 / Rp" (4 rows)');
    expect(brief(findings(g(1720000000)))).toEqual(['J2 column.akhir-periode', 'J5 sum.period']);
    // One row a year short is that row's slip, not the table's reading.
    const oneShort = transisi('Tahun 2027', 'Kondisi Kinerja pada Akhir Periode', 1270000000);
    const full: [number, number][] = [
      [2, 2695000000],
      [3, 2695000000],
      [5, 725000000],
    ];
    for (const [r, v] of full) oneShort.cells[r]![9] = { value: v };
    expect(brief(findings(oneShort))).toEqual(['J5 sum.period']);
  });
});

describe('kode and name typed in one cell (probe 42)', () => {
  // As tables pasted from Word write them: "2.07.03 PROGRAM …" under "Kode / Program / Kegiatan / Sub Kegiatan".
  const coded = (head: string, e6: number, penunjang = false, total = penunjang ? 1220 : 900) =>
    grid(
      [
        [bold(head), bold('Indikator Kinerja Program (outcome) / Kegiatan (output)'), bold('Tahun 2025'), null, bold('Tahun 2026'), null],
        [null, null, bold('Target'), bold('Rp'), bold('Target'), bold('Rp')],
        ...(penunjang
          ? [
              ['X.XX.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 'Nilai SAKIP', 70, 300, 72, 320],
              ['X.XX.01.2.01 Perencanaan, Penganggaran dan Evaluasi Kinerja', 'Dokumen perencanaan', 3, 300, 3, 320],
              ['X.XX.01.2.01.0001 Penyusunan Dokumen Perencanaan', 'Jumlah dokumen', 3, 300, 3, 320],
            ]
          : []),
        ['2.07.03 PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS', 'Persentase tenaga kerja bersertifikat', 60, 845, 65, 900],
        ['2.07.03.2.01 Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', 'Jumlah peserta', 120, 845, 140, e6],
        ['2.07.03.2.01.0001 Proses Pelaksanaan Pelatihan Keterampilan', 'Jumlah paket pelatihan', 100, 620, 110, 650],
        ['2.07.03.2.01.0002 Pengadaan Sarana dan Prasarana Pelatihan', 'Jumlah paket sarana', 2, 225, 2, 250],
        [bold('JUMLAH'), null, null, penunjang ? 1145 : 845, null, total],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'] },
    );
  test('the codes before the names outline the rows; the Jumlah adds the programs; the indicator column stays the indicator', () => {
    const g = (total: number) => coded('Kode / Program / Kegiatan / Sub Kegiatan', 900, false, total);
    expect(
      analyseSheet(g(900))
        .tables[0].columns.slice(0, 2)
        .map((c) => c.role),
    ).toEqual(['label', 'indicator']);
    expect(kinds(g(900))).toEqual(['3:0', '4:1^3', '5:2^4', '6:2^4', '7:-']);
    rightThenSlip(g, 900, 990, ['F7 sum.total-row']);
  });

  test("Kepmendagri's X.XX placeholder of a penunjang program is a code like the others: both programs at the top", () => {
    const g = (e: number) => coded('Kode / Program / Kegiatan / Sub Kegiatan', e, true);
    expect(kinds(g(900))).toEqual(['3:0', '4:1^3', '5:2^4', '6:0', '7:1^6', '8:2^7', '9:2^7', '10:-']);
    rightThenSlip(g, 900, 990, ['F7 sum.hierarchy']);
  });
});

test("a Kondisi Awal's Rp is the baseline year's money: its Jumlah adds amounts, not percentages (probe 42)", () => {
  const awal = (e5: number) =>
    grid(
      [
        [bold('Kode'), bold('Program'), bold('Satuan'), bold('Kondisi Kinerja Awal (2024)'), null, bold('Tahun 2025'), null, bold('Tahun 2026'), null],
        [null, null, null, bold('Target'), bold('Rp'), bold('Target'), bold('Rp'), bold('Target'), bold('Rp')],
        ['2.07.03', 'Program Pelatihan Kerja', '%', 55, 700, 60, 845, 65, 900],
        ['2.08.02', 'Program Penempatan Tenaga Kerja', '%', 40, 490, 45, 500, 50, 520],
        [null, bold('JUMLAH'), null, null, e5, null, 1345, null, 1420],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1'] },
    );
  expect(analyseSheet(awal(1190)).tables[0].columns[4].role).toBe('value');
  rightThenSlip(awal, 1190, 1290, ['E5 sum.total-row']);
});

describe('statistics tables pasted into Bab II (probe 43)', () => {
  test('"Jumlah Kematian Ibu ▸ Hamil | Bersalin | Nifas | Jumlah": the group names a count, its Jumlah is the total, the others parts', () => {
    const aki = (g5: number) =>
      grid(
        [
          [bold('No'), bold('Puskesmas'), bold('Jumlah Lahir Hidup'), bold('Jumlah Kematian Ibu'), null, null, null, bold('AKI per 100.000 KH')],
          [null, null, null, bold('Hamil'), bold('Bersalin'), bold('Nifas'), bold('Jumlah'), null],
          [1, 'Puskesmas Praya', 1193, 0, 1, 0, 1, 83.82],
          [2, 'Puskesmas Jonggat', 672, 0, 0, 0, 0, 0],
          [3, 'Puskesmas Pujut', 1091, 1, 1, 1, g5, 274.98],
          [4, 'Puskesmas Batukliang', 1033, 0, 0, 0, 0, 0],
          [5, 'Puskesmas Kopang', 1081, 0, 0, 1, 1, 92.51],
          [6, 'Puskesmas Janapria', 2382, 0, 1, 0, 1, 41.98],
          [7, 'Puskesmas Pringgarata', 1473, 0, 0, 0, 0, 0],
          [null, bold('JUMLAH (KAB/KOTA)'), 8925, 1, 3, 2, 6, 67.23],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
      );
    expect(analyseSheet(aki(3)).tables[0].columns.map((c) => c.role)).toEqual(['no', 'label', 'value', 'value', 'value', 'value', 'rowTotal', 'ratio']);
    rightThenSlip(aki, 3, 2, ['G5 sum.row-total']);
  });

  // BPS's poverty series: years down the rows, the percentage out of a population the table does not hold.
  const poverty = (c6: number) =>
    grid([
      [
        bold('Tahun'),
        bold('Jumlah Penduduk Miskin (ribu jiwa)'),
        bold('Persentase Penduduk Miskin (%)'),
        bold('Garis Kemiskinan (Rp/kapita/bulan)'),
        bold('P1'),
        bold('P2'),
      ],
      ['2019', 53.29, 18.34, 362335, 2.34, 0.35],
      ['2020', 52.97, 18.09, 388455, 1.8, 0.37],
      ['2021', 51.81, 17.83, 410941, 1.7, 0.47],
      ['2022', 50.39, 17.32, 442533, 2.31, 0.29],
      ['2023', 49.43, c6, 472248, 1.36, 0.68],
    ]);

  test('a percentage of an amount the table holds, out of a whole it does not, is published: said nothing of', () => {
    expect(findings(poverty(16.86))).toEqual([]);
    // Not a share of the sum of P2 either: that sum is shown to two decimals, not to units.
    expect(analyseSheet(poverty(16.86)).tables[0].columns[2].relation).toBeUndefined();
  });

  test('with a total row, a percentage column of its parts is still tested as their share of it', () => {
    const share = (c4: number) =>
      grid([
        [bold('Kecamatan'), bold('Jumlah Penduduk'), bold('Persentase Penduduk (%)')],
        ['Praya', 120000, 30],
        ['Jonggat', 80000, 20],
        ['Pujut', 60000, c4],
        ['Kopang', 60000, 15],
        ['Janapria', 40000, 10],
        ['Pringgarata', 40000, 10],
        [bold('Jumlah'), 400000, 100],
      ]);
    rightThenSlip(share, 15, 25, ['C4 ratio.share']);
    // Where no share holds, the column is said to be unexplained, once.
    const off = share(15);
    [33, 21, 14, 16, 9, 7].forEach((v, i) => (off.cells[i + 1]![2] = { value: v }));
    expect(brief(findings(off))).toEqual(['C1 column.unexplained']);
  });

  test('"Lapangan Usaha | 2021 | 2022 | 2023" heads a table (years typed as numbers), its Jumlah checked', () => {
    const pdrb = (c10: number) =>
      grid([
        ['Tabel 2.20'],
        [],
        [bold('Lapangan Usaha'), bold(2021), bold(2022), bold(2023)],
        ['Pertanian, Kehutanan, dan Perikanan', 1000, 1054.32, 1108.64],
        ['Pertambangan dan Penggalian', 1234.57, 1288.89, 1343.21],
        ['Industri Pengolahan', 1469.13, 1523.46, 1577.78],
        ['Pengadaan Listrik dan Gas', 1703.7, 1758.02, 1812.34],
        ['Konstruksi', 1938.27, 1992.59, 2046.91],
        ['Perdagangan Besar dan Eceran', 2172.84, 2227.16, 2281.48],
        [bold('Jumlah'), 9518.51, c10, 10170.36],
      ]);
    rightThenSlip(pdrb, 9844.44, 9849.44, ['C10 sum.total-row']);
  });

  // BPS's PDRB by lapangan usaha: category letters (joined ones too) in a Kategori column or before the names,
  // sub-categories numbered under them, the PDRB row their total, and the distribution its shares.
  const kategori = (inLabel: boolean, c: number, total = 2500) => {
    const rows: [string, string, number, number][] = [
      ['A.', 'Pertanian, Kehutanan, dan Perikanan', 600, 24],
      ['', '1. Pertanian, Peternakan, Perburuan dan Jasa Pertanian', 400, 16],
      ['', '2. Perikanan', 200, 8],
      ['B.', 'Pertambangan dan Penggalian', 100, 4],
      ['C.', 'Industri Pengolahan', c, 20],
      ['', '1. Industri Makanan dan Minuman', 300, 12],
      ['', '2. Industri Lainnya', 200, 8],
      ['G.', 'Perdagangan Besar dan Eceran', 500, 20],
      ['', '1. Perdagangan Mobil dan Sepeda Motor', 150, 6],
      ['', '2. Perdagangan Besar dan Eceran Lainnya', 350, 14],
      ['M,N.', 'Jasa Perusahaan', 300, 12],
      ['R,S,T,U.', 'Jasa Lainnya', 500, 20],
    ];
    return grid([
      inLabel
        ? [bold('Lapangan Usaha'), bold('PDRB ADHB (juta rupiah)'), bold('Distribusi (%)')]
        : [bold('Kategori'), bold('Lapangan Usaha'), bold('PDRB ADHB (juta rupiah)'), bold('Distribusi (%)')],
      ...rows.map(([k, name, v, d]) => (inLabel ? [k ? `${k} ${name}` : name, v, d] : [k || null, name, v, d])),
      inLabel ? ['PRODUK DOMESTIK REGIONAL BRUTO', total, 100] : [null, 'PRODUK DOMESTIK REGIONAL BRUTO', total, 100],
    ]);
  };

  test.each([
    ['in a Kategori column', false, 'C6'],
    ['before the names', true, 'B6'],
  ])('PDRB categories %s: letters over numbered sub-categories, the PDRB row their total', (_name, inLabel, slip) => {
    const g = (v: number) => kategori(inLabel, v);
    expect(kinds(g(500))).toEqual(['2:0', '3:1^2', '4:1^2', '5:0', '6:0', '7:1^6', '8:1^6', '9:0', '10:1^9', '11:1^9', '12:0', '13:0', '14:-']);
    expect(analyseSheet(g(500)).tables[0].rows[12].kind).toBe('total');
    rightThenSlip(g, 500, 530, [`${slip} sum.hierarchy`]);
    // The PDRB row is their total by its name, even where it does not add up.
    expect(brief(errors(kategori(inLabel, 500, 2600)))).toEqual([`${slip.replace('6', '14')} sum.total-row`]);
    // Not "PDRB per Kapita": a row of its own, a total only if it equals one.
    const perKapita = kategori(inLabel, 500, 2600);
    perKapita.cells[13]![inLabel ? 0 : 1] = { value: 'PDRB per Kapita' };
    expect(analyseSheet(perKapita).tables[0].rows[12].kind).not.toBe('total');
  });

  test('"Peringkat" numbers the rows: the Kecamatan after it is their name', () => {
    const ipm = grid([
      [bold('Peringkat'), bold('Kecamatan'), bold('IPM'), bold('Kategori')],
      [1, 'Sekongkang', 74.87, 'Tinggi'],
      [2, 'Jereweh', 74.85, 'Tinggi'],
      [3, 'Brang Rea', 74.1, 'Tinggi'],
      [4, 'Seteluk', 73.71, 'Tinggi'],
      [5, 'Brang Ene', 69.83, 'Sedang'],
      [null, 'Kabupaten Sumbawa Barat', 71.84, 'Tinggi'],
    ]);
    expect(analyseSheet(ipm).tables[0].columns.map((c) => c.role)).toEqual(['no', 'label', 'value', 'predikat']);
    expect(findings(ipm)).toEqual([]);
  });

  test("a region's total above its numbered kecamatan, named only by the region ('Kampar'), is their total", () => {
    const top = (c2: number) =>
      grid([
        [bold('No'), bold('Kecamatan'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah'), bold('Distribusi (%)')],
        [null, 'Kampar', c2, 188888, 379073, 100],
        [1, 'Manggar', 14714, 14194, 28908, 7.63],
        [2, 'Tambang', 53307, 51197, 104504, 27.57],
        [3, 'Damar', 28025, 29053, 57078, 15.06],
        [4, 'Praya', 48021, 47960, 95981, 25.32],
        [5, 'Kopang', 46118, 46484, 92602, 24.43],
      ]);
    expect(analyseSheet(top(190185)).tables[0].rows[0].kind).toBe('total');
    rightThenSlip(top, 190185, 189885, ['C2 sum.total-row']);
  });

  test('years down the rows, kecamatan across, closed by a Jumlah column: a table, each year its row total', () => {
    const across = (j6: number) =>
      grid([
        ['Jumlah Penduduk Menurut Kecamatan, 2019–2023'],
        [],
        [bold('Tahun'), bold('Praya'), bold('Jonggat'), bold('Pujut'), bold('Kopang'), bold('Jumlah')],
        [2019, 22411, 33467, 28610, 46752, 131240],
        [2020, 22680, 33902, 29011, 47500, j6],
        [2021, 22952, 34343, 29417, 48260, 134972],
        [2022, 23228, 34789, 29829, 49032, 136878],
        [2023, 23506, 35242, 30246, 49817, 138811],
      ]);
    rightThenSlip(across, 133093, 133903, ['F5 sum.row-total']);
  });

  test('a growth that a wrong figure breaks follows from that figure: the figure is the error, the growth a warning', () => {
    // Growth per year ("Laju Pertumbuhan ▸ 2023"): this year's figure on last year's, a row relation.
    const growth = (c7: number) =>
      grid(
        [
          [bold('Lapangan Usaha'), bold('PDRB ADHK (juta rupiah)'), null, bold('Laju Pertumbuhan (%)')],
          [null, bold('2022'), bold('2023'), bold('2023')],
          ['A. Pertanian', 600, 660, 10],
          ['1. Tanaman Pangan', 400, 440, 10],
          ['2. Perikanan', 200, 220, 10],
          ['B. Pertambangan', 100, 105, 5],
          ['C. Industri Pengolahan', 500, c7, 4],
          ['1. Industri Makanan', 300, 312, 4],
          ['2. Industri Lainnya', 200, 208, 4],
          ['G. Perdagangan', 400, 440, 10],
          ['1. Perdagangan Mobil', 100, 110, 10],
          ['2. Perdagangan Lainnya', 300, 330, 10],
          ['PRODUK DOMESTIK REGIONAL BRUTO', 1600, 1725, 7.81],
        ],
        { merges: ['A1:A2', 'B1:C1'] },
      );
    rightThenSlip(growth, 520, 580, ['C7 sum.hierarchy']);
    const knock = findings(growth(580)).find((f) => f.cell === 'D7');
    expect(knock?.severity).toBe('warning');
    expect(knock?.rule).toBe('ratio.peningkatan');
    expect(knock?.message.en).toContain('This follows from C7');
  });
});

test('a transition-year column of an IKU table is a target like the years before it: "2,5±1" there is the inflation band (probe 42)', () => {
  const iku = (head: string, k5: number) =>
    grid(
      [
        [
          bold('No'),
          bold('Indikator Kinerja Utama'),
          bold('Satuan'),
          bold('Kondisi Awal (2024)'),
          bold('Target Kinerja'),
          null,
          null,
          bold(head),
          bold('Kondisi Akhir (2027)'),
        ],
        [null, null, null, null, bold('Tahun 1 (2025)'), bold('Tahun 2 (2026)'), bold('Tahun 3 (2027)'), null, null],
        [1, 'Tingkat Inflasi', '%', 2.81, '2,5±1', '2,5±1', '2,5±1', '2,5±1', '2,5±1'],
        [2, 'Rata-rata Lama Sekolah', 'tahun', 8.42, 8.54, 8.66, 8.78, '-', 8.78],
        [3, 'Indeks Pembangunan Manusia', 'poin', 72.45, 73, 73.55, 74.1, '-', 74.1],
        [4, 'Angka Harapan Hidup', 'tahun', 70.1, 70.3, 70.5, 70.7, 70.9, 70.7],
        [5, 'Persentase Penduduk Miskin', '%', 9.8, 9.4, 9, 8.6, 8.2, k5],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:H2', 'I1:I2'] },
    );
  for (const head of ['Tahun Transisi 2028', 'n+1']) {
    expect(analyseSheet(iku(head, 8.6)).tables[0].columns[7].role).toBe('target');
    rightThenSlip((k: number) => iku(head, k), 8.6, 8.4, ['I7 sum.period'], 'findings');
  }
});

test('a column-number row stating "(8)=(4)+(6)" over amounts in thousands holds within their rounding, a slip still found (probe 42)', () => {
  const ribuan = (h5: number) =>
    grid(
      [
        [
          bold('Kode'),
          bold('Program/Kegiatan/Sub Kegiatan'),
          bold('Tahun 2025'),
          null,
          bold('Tahun 2026'),
          null,
          bold('Kondisi Kinerja pada Akhir Periode'),
          null,
        ],
        [null, null, bold('Target'), bold('Rp (000)'), bold('Target'), bold('Rp (000)'), bold('Target'), bold('Rp (000)')],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)=(4)+(6)'],
        ['2.07.03.2.01.0001', 'Proses Pelaksanaan Pelatihan Keterampilan', 100, 620401, 110, 650301, 210, h5],
        ['2.07.03.2.01.0002', 'Pengadaan Sarana dan Prasarana Pelatihan', 2, 225101, 2, 250201, 4, 475301],
        ['2.07.03.2.01.0003', 'Pengukuran Produktivitas Tenaga Kerja', 1, 310251, 1, 120101, 2, 430351],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] },
    );
  rightThenSlip(ribuan, 1270701, 650301, ['H4 sum.row-total'], 'findings');
});

test('a Sisa in thousands is Pagu − Realisasi of two rounded figures: its parent and its Jumlah may be a unit off per row (probe 42)', () => {
  const sisa = (f4: number) =>
    grid([
      ['Tabel 3.6 Realisasi Anggaran (dalam ribuan rupiah)'],
      [
        bold('Kode'),
        bold('Program / Kegiatan / Sub Kegiatan'),
        bold('Pagu Anggaran (Rp)'),
        bold('Realisasi (Rp)'),
        bold('Capaian (%)'),
        bold('Sisa Anggaran (Rp)'),
      ],
      ['1.02.03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', 1683865, 1496868, 88.89, 186997],
      ['1.02.03.2.02', 'Perencanaan Kebutuhan dan Pendayagunaan SDM Kesehatan', 1683865, 1496868, 88.89, f4],
      ['1.02.03.2.02.0001', 'Pemenuhan Kebutuhan SDM Kesehatan sesuai Standar', 893802, 756822, 84.67, 136980],
      ['1.02.03.2.02.0002', 'Pembinaan dan Pengawasan SDM Kesehatan', 790064, 740045, 93.67, 50019],
      [null, bold('JUMLAH'), 1683865, 1496868, 88.89, 186997],
    ]);
  // The slip: the kegiatan's own Sisa and its children's both say so; its program follows from it.
  rightThenSlip(sisa, 186997, 186897, ['F4 sum.hierarchy', 'F4 sum.difference']);
});

test("a lower-is-better capaian computed by the other accepted formula, where the table's others all follow one, is said (probe 42)", () => {
  const lkjip = (f3: number) =>
    grid([
      [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)'), bold('Keterangan')],
      [1, 'Prevalensi Stunting', '%', 15.51, 14.27, 108.69, 'Indikator negatif (target/realisasi)'],
      [2, 'Tingkat Pengangguran Terbuka', '%', 4.56, 4.01, f3, 'Indikator negatif (target/realisasi)'],
      [3, 'Angka Kematian Bayi', 'per 1.000 KH', 10.15, 10.56, 96.12, 'Indikator negatif (target/realisasi)'],
      [4, 'Angka Kematian Ibu', 'per 100.000 KH', 96, 91, 105.49, 'Indikator negatif (target/realisasi)'],
      [5, 'Persentase Penduduk Miskin', '%', 9.22, 8.75, 105.37, 'Indikator negatif (target/realisasi)'],
    ]);
  rightThenSlip(lkjip, 113.72, 111.97, ['F3 ratio.capaian'], 'findings');
  const said = findings(lkjip(111.97))[0];
  expect(said.severity).toBe('warning');
  expect(said.message.en).toContain("this table's other lower-is-better indicators use target/realisasi×100, which gives 113.72");
  // Two rows each way: no convention to break.
  const mixed = lkjip(111.97);
  mixed.cells[1]![5] = { value: 108.0 };
  expect(findings(mixed)).toEqual([]);
});

describe('headers typed without merges (probe 44)', () => {
  // "SD" over Negeri | Swasta | Jumlah, then "SMP" over the same: the group labels in their first cell only.
  const schools = (e6: number) =>
    grid([
      ['Tabel 2.16 Jumlah Sekolah Menurut Jenjang dan Kecamatan'],
      [],
      [bold('No'), bold('Kecamatan'), bold('SD'), null, null, bold('SMP'), null, null],
      [null, null, bold('Negeri'), bold('Swasta'), bold('Jumlah'), bold('Negeri'), bold('Swasta'), bold('Jumlah')],
      [1, 'Damar', 24, 2, 26, 8, 2, 10],
      [2, 'Mlati', 25, 1, e6, 4, 1, 5],
      [3, 'Sepauk', 17, 3, 20, 6, 0, 6],
      [4, 'Manggar', 30, 4, 34, 7, 3, 10],
      [null, 'Jumlah', 96, 10, 106, 25, 6, 31],
    ]);

  test('groups side by side, each over its own sub-headers, are one two-row header', () => {
    const t = analyseSheet(schools(26)).tables[0];
    expect([t.range, t.headerRows]).toEqual(['A3:H9', 2]);
    rightThenSlip(schools, 26, 28, ['E6 sum.row-total']);
  });

  test('"L | P | L + P" under each group, and names of a few words under a group ("Lahan Pertanian Bukan Sawah")', () => {
    const births = grid([
      [bold('No'), bold('Kecamatan'), bold('Jumlah Lahir Hidup'), null, null, bold('Jumlah Kematian Bayi'), null, null, bold('AKB per 1.000 KH')],
      [null, null, bold('L'), bold('P'), bold('L + P'), bold('L'), bold('P'), bold('L + P'), null],
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [1, 'Damar', 1035, 984, 2019, 1, 1, 2, 1],
      [2, 'Pallangga', 882, 879, 1761, 6, 6, 12, 6.8],
      [3, 'Darul Imarah', 444, 447, 891, 6, 4, 10, 11.2],
      [4, 'Mlati', 1032, 1052, 2084, 10, 4, 14, 6.7],
      [null, 'Jumlah', 3393, 3362, 6755, 23, 15, 38, 5.6],
    ]);
    expect(analyseSheet(births).tables[0].headerRows).toBe(3); // with the column-number row
    expect(findings(births)).toEqual([]);
    const land = (g6: number) =>
      grid([
        [bold('No'), bold('Kecamatan'), bold('Penggunaan Lahan (ha)')],
        [null, null, bold('LAHAN SAWAH'), bold('Lahan Pertanian Bukan Sawah'), bold('Lahan Bukan Pertanian'), bold('TOTAL')],
        [1, 'Darul Imarah', 351.03, 8478.9, 2041.5, 10871.43],
        [2, 'Tambang', 1446.65, 5795.03, 1750.03, 8991.71],
        [3, 'Jonggat', 959.45, 2790.36, 1913.45, 5663.26],
        [4, 'Gantung', 2760.48, 5701.74, 774.02, g6],
        [null, 'Jumlah', 5517.61, 22766.03, 6479, 34762.64],
      ]);
    rightThenSlip(land, 9236.24, 9276.24, ['F6 sum.row-total']);
  });

  test('"Tahap I (2029)" names a stage of an RPJPD like a year; "Real." under an unmerged group is that group\'s', () => {
    const stages = grid([
      [bold('No'), bold('Sasaran Pokok / Indikator'), bold('Satuan'), bold('Baseline 2025'), bold('Target Tahapan'), null, null, null, bold('Target 2045')],
      [null, null, null, null, bold('Tahap I (2029)'), bold('Tahap II (2034)'), bold('Tahap III (2039)'), bold('Tahap IV (2045)'), null],
      [1, 'Indeks Modal Manusia', 'indeks', 0.54, 0.56, 0.6, 0.65, 0.73, 0.73],
      [2, 'Proporsi Penduduk Berpendidikan Tinggi', '%', 9.8, 11.5, 14.2, 18.4, 24.6, 24.6],
      [3, 'Tingkat Kemiskinan', '%', 14.2, 11.9, 9.1, 6.4, 3.5, 3.5],
    ]);
    expect(
      analyseSheet(stages)
        .tables[0].columns.slice(4, 8)
        .map((c) => [c.role, c.year]),
    ).toEqual([
      ['target', 2029],
      ['target', 2034],
      ['target', 2039],
      ['target', 2045],
    ]);
    expect(findings(stages)).toEqual([]);
    const growth = grid([
      [bold('No'), bold('Uraian'), bold('Anggaran'), null, bold('Realisasi'), null, bold('Rata-rata Pertumbuhan (%)'), null],
      [null, null, bold(2023), bold(2024), bold(2023), bold(2024), bold('Anggaran'), bold('Real.')],
      [1, 'Program Pengawasan Koperasi', 793340, 817140, 619715, 722040, 3, 16.51],
      [2, 'Program Pendidikan Perkoperasian', 752110, 714500, 674050, 655996, -5, -2.68],
      [null, 'Jumlah', 1545450, 1531640, 1293765, 1378036, -0.9, 6.51],
    ]);
    expect(analyseSheet(growth).tables[0].columns[7].role).toBe('pertumbuhan');
    expect(brief(errors(growth))).toEqual([]);
  });

  test('small tables stacked beside a long one, each with its title, header and Jumlah, are tables of their own', () => {
    const beside = (k12: number) =>
      grid([
        ['Tabel 2.3 Penduduk menurut Kecamatan', null, null, null, null, null, 'Tabel 2.4 Pegawai menurut Golongan'],
        [],
        [
          bold('No'),
          bold('Kecamatan'),
          bold('Laki-laki'),
          bold('Perempuan'),
          bold('Jumlah'),
          null,
          bold('No'),
          bold('Golongan'),
          bold('Laki-laki'),
          bold('Perempuan'),
          bold('Jumlah'),
        ],
        [1, 'Damar', 11486, 11072, 22558, null, 1, 'Golongan II', 12, 18, 30],
        [2, 'Mlati', 35341, 35482, 70823, null, 2, 'Golongan III', 30, 36, 66],
        [3, 'Sepauk', 17138, 16728, 33866, null, 3, 'Golongan IV', 14, 10, 24],
        [4, 'Manggar', 6157, 5853, 12010, null, null, 'Jumlah', 56, 64, 120],
        [5, 'Baturiti', 57449, 54433, 111882],
        [6, 'Tambang', 27214, 28906, 56120, null, 'Tabel 2.5 Pegawai menurut Pendidikan'],
        [7, 'Lhoknga', 30558, 31427, 61985, null, bold('No'), bold('Pendidikan'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah')],
        [8, 'Sokaraja', 42407, 40027, 82434, null, 1, 'SMA', 10, 14, 24],
        [9, 'Janapria', 11549, 10943, 22492, null, 2, 'S-1', 36, 44, k12],
        [10, 'Watampone', 8319, 8332, 16651, null, 3, 'S-2', 10, 6, 16],
        [null, 'Jumlah', 247618, 243203, 490821, null, null, 'Jumlah', 56, 64, 120],
      ]);
    expect(analyseSheet(beside(80)).tables.map((t) => t.range)).toEqual(['A3:E14', 'G3:K7', 'G10:K14']);
    rightThenSlip(beside, 80, 81, ['K12 sum.row-total']);
  });

  test("a table beside another whose header starts a row lower: the lower header is not the first one's sub-header", () => {
    const offset = (d8: number) =>
      grid([
        ['Tabel 6.1 Rencana Program', null, null, null, null, null, 'Tabel 2.1 Pegawai menurut Golongan'],
        [],
        [null, null, null, null, null, null, bold('No'), bold('Golongan'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah')],
        [bold('No'), bold('Program'), bold('Pagu 2025'), bold('Pagu 2026'), bold('Jumlah'), null, 1, 'Golongan IV', 12, 18, 30],
        [1, 'Program Pelayanan Dasar', 400, 500, 900, null, 2, 'Golongan III', 30, 36, 66],
        [2, 'Program Penunjang', 300, 320, 620, null, 3, 'Golongan II', 14, 10, 24],
        [3, 'Program Kesehatan Masyarakat', 250, 280, 530, null, null, 'Jumlah', 56, 64, 120],
        [4, 'Program SDM Kesehatan', 150, d8, 310],
        [null, 'Jumlah', 1100, 1260, 2360],
      ]);
    expect(analyseSheet(offset(160)).tables.map((t) => t.range)).toEqual(['G3:K7', 'A4:E9']);
    rightThenSlip(offset, 160, 170, ['D8 value.crossing']);
  });

  test('more tables stacked below the first one beside a long table are tables of their own, down to where it ends', () => {
    const stacked = (s13: number) =>
      grid([
        ['Tabel 6.1 Rencana Program', null, null, null, null, null, 'Tabel 2.1 Pegawai menurut Golongan'],
        [],
        [null, null, null, null, null, null, bold('No'), bold('Golongan'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah')],
        [bold('No'), bold('Program'), bold('Pagu 2025'), bold('Pagu 2026'), bold('Jumlah'), null, 1, 'Golongan IV', 12, 18, 30],
        [1, 'Program Pelayanan Dasar', 400, 500, 900, null, 2, 'Golongan III', 30, 36, 66],
        [2, 'Program Penunjang', 300, 320, 620, null, null, 'Jumlah', 42, 54, 96],
        [3, 'Program Kesehatan Masyarakat', 250, 280, 530, null, 'Sumber: Subbag Umum, 2025'],
        [4, 'Program SDM Kesehatan', 150, 160, 310],
        [5, 'Program Farmasi', 120, 130, 250, null, 'Tabel 2.2 Pegawai menurut Pendidikan'],
        [6, 'Program Promosi Kesehatan', 90, 95, 185],
        [7, 'Program Gizi', 80, 85, 165, null, bold('No'), bold('Unit Kerja'), bold('SMA'), bold('S-1'), bold('S-2'), bold('Jumlah')],
        [8, 'Program Lingkungan', 70, 75, 145, null, 1, 'Sekretariat', 3, 9, 2, 14],
        [9, 'Program Kefarmasian', 60, 65, 125, null, 2, 'Bidang Pelayanan', 4, s13, 3, 22],
        [10, 'Program Penunjang Urusan', 50, 55, 105, null, null, 'Jumlah', 7, 24, 5, 36],
        [null, 'Jumlah', 1570, 1765, 3335],
      ]);
    expect(analyseSheet(stacked(15)).tables.map((t) => t.range)).toEqual(['G3:K6', 'A4:E15', 'G11:L14']);
    rightThenSlip(stacked, 15, 16, ['J13 value.crossing']);
  });
});

describe('a series by year under a name of its own (probe 44)', () => {
  const ipm = (e8: number | string, head = 'Komponen', years = [2020, 2021, 2022, 2023, 2024]) =>
    grid([
      ['Tabel 2.22 Komponen Indeks Pembangunan Manusia'],
      [],
      [head, ...years.map(String)],
      ['Umur Harapan Hidup (tahun)', 68.47, 68.75, 69.04, 69.26, 69.4],
      ['Harapan Lama Sekolah (tahun)', 13.44, 13.44, 13.48, 13.53, 13.59],
      ['Rata-rata Lama Sekolah (tahun)', 7.79, 7.92, 8.01, 8.07, 8.22],
      ['Pengeluaran per Kapita Disesuaikan (ribu Rp)', 10149, 10419, 10651, 11068, 11298],
      ['Indeks Pembangunan Manusia', 69.33, 69.88, 70.39, e8, 71.51],
    ]);

  test('"Komponen | 2020 | … | 2024" over named rows of figures is a table: a figure typed as text in it is said', () => {
    expect(analyseSheet(ipm(70.99)).tables.map((t) => t.range)).toEqual(['A3:F8']);
    expect(findings(ipm(70.99))).toEqual([]);
    expect(brief(analyseSheet(ipm('70,99')).findings)).toEqual(['E8 number.text']);
  });

  test('years that do not run one after another, or rows below not named in its column, are no such header', () => {
    expect(analyseSheet(ipm(70.99, 'Komponen', [2020, 2022, 2021, 2023, 2024])).tables).toEqual([]);
    const unnamed = grid([
      ['Komponen', '2020', '2021', '2022'],
      [null, 1, 2, 3],
      [null, 4, 5, 6],
    ]);
    expect(analyseSheet(unnamed).tables).toEqual([]);
  });
});

describe('tables side by side with their headers on different rows (probe 46)', () => {
  // A realisasi table under three title lines in column A; an SPM table to its right whose header is on the second of them.
  const staggered = (d9: number) =>
    grid([
      ['LAPORAN REALISASI ANGGARAN', null, null, null, null, 'Tabel 3.4'],
      ['PEMERINTAH KABUPATEN TABANAN', null, null, null, null, bold('No'), bold('Jenis Layanan'), bold('Sasaran'), bold('Terlayani'), bold('Capaian (%)')],
      ['Tahun 2024', null, null, null, null, 1, 'Layanan A', 368, 368, 100],
      [null, null, null, null, null, 2, 'Layanan B', 70, 63, 90],
      [bold('Uraian'), bold('Anggaran'), bold('Realisasi'), bold('%'), null, 3, 'Layanan C', 56, 31, 55.36],
      ['Pajak Daerah', 1000000, 900000, 90],
      ['Retribusi Daerah', 500000, 450000, 90],
      ['Lain-lain PAD', 200000, 150000, 75],
      ['Jumlah', 1700000, 1500000, d9],
    ]);

  test("a title line on the row of its neighbour's header is no part of it: two tables", () => {
    expect(analyseSheet(staggered(88.24)).tables.map((t) => t.range)).toEqual(['F2:J5', 'A5:D9']);
    rightThenSlip(staggered, 88.24, 82.24, ['D9 ratio.total']);
  });

  test('title lines over two tables side by side (the second merged across its table) head neither table', () => {
    const titled = (e7: number) =>
      grid(
        [
          ['Tabel 3.16', null, null, null, null, null, 'Tabel 2.2'],
          ['Analisis Efisiensi Penggunaan Sumber Daya', null, null, null, null, null, 'Jumlah Pegawai Menurut Jabatan dan Golongan'],
          ['Dinas Penanaman Modal dan PTSP Tahun 2024', null, null, null, null, null, 'Dinas Koperasi Keadaan 31 Desember 2024'],
          [...heads('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Capaian Anggaran (%)')],
          [1, 'Program Pencatatan Sipil', 4040406000, 3384806393, 83.77, null, ...heads('No', 'Jabatan', 'IV', 'III', 'Jumlah')],
          [2, 'Program Pendaftaran Penduduk', 2775458000, 2495885743, 89.93, null, 1, 'Kepala Seksi', 1, 2, 3],
          [3, 'Program Penunjang Urusan', 4793552000, 3978728251, e7, null, 2, 'Sekretaris', 2, 5, 7],
          [null, 'Jumlah', 11609416000, 9859420387, 84.93, null, null, 'Jumlah', 3, 7, 10],
        ],
        { merges: ['A1:E1', 'G1:K1', 'A3:E3', 'G3:K3'] },
      );
    expect(analyseSheet(titled(83)).tables.map((t) => t.range)).toEqual(['A4:E8', 'G5:K8']);
    rightThenSlip(titled, 83, 85, ['E7 ratio.anggaran']);
  });

  test("a header beside a title or beside the other table's figures still starts its table (probe 47)", () => {
    const offset = (l3: number) =>
      grid([
        ['Tabel 2.3', null, null, null, null, null, null, ...heads('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%')],
        [...heads('No', 'Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Total'), null, 1, 'Program A', 400000000, 300000000, 75],
        [1, 'Meja', 10, 2, 1, 13, null, 2, 'Program B', 200000000, 150000000, l3],
        [2, 'Kursi', 20, 3, 0, 23, null, null, 'Jumlah', 600000000, 450000000, 75],
        [3, 'Lemari', 5, 1, 1, 7],
        [null, 'Jumlah', 35, 6, 2, 43],
      ]);
    expect(analyseSheet(offset(75)).tables.map((t) => t.range)).toEqual(['H1:L4', 'A2:F6']);
    rightThenSlip(offset, 75, 80, ['L3 ratio.anggaran']);
  });

  test('two titles in capitals side by side are no header row', () => {
    const titles = grid(
      [
        [],
        [null, 'PERJANJIAN KINERJA TAHUN 2025', null, null, null, null, 'LAPORAN REALISASI ANGGARAN'],
        [null, 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL', null, null, null, null, 'PEMERINTAH KABUPATEN KUPANG'],
        [null, null, null, null, null, null, 'Untuk Tahun yang Berakhir sampai dengan 31 Desember 2024'],
        [null, ...heads('No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target')],
        [null, 1, 'Meningkatnya kualitas tata kelola keuangan', 'Opini BPK', 'WTP', null, ...heads('No. Rek', 'Uraian', 'Anggaran', 'Realisasi', '%')],
        [null, 2, 'Meningkatnya wirausaha baru', 'Jumlah wirausaha baru', 150, null, '4.1.01', 'Pajak Daerah', 1000000, 900000, 90],
        [null, null, null, null, null, null, '4.1.02', 'Retribusi Daerah', 500000, 450000, 90],
        [null, null, null, null, null, null, '4.1.03', 'Lain-lain PAD', 200000, 150000, 75],
      ],
      { merges: ['B2:E2', 'B3:E3'] },
    );
    expect(analyseSheet(titles).tables.map((t) => t.range)).toEqual(['B5:E7', 'G6:K9']);
    expect(findings(titles)).toEqual([]);
  });

  test('a group merged over its own sub-headers past an empty spacer column is part of the header, not a title', () => {
    const spacer = grid(
      [
        heads('No', 'Kecamatan', 'Bayi', null, null, null, 'Bayi Diimunisasi', null, null, null),
        heads(null, null, 'L', 'P', 'L + P', null, 'L', null, 'P', null),
        heads(null, null, null, null, null, null, 'Jumlah', '%', 'Jumlah', '%'),
        [1, 'Gantung', 362, 341, 703, null, 310, 85.6, 289, 84.8],
        [2, 'Kawangkoan', 783, 765, 1548, null, 706, 90.2, 715, 93.5],
        [3, 'Tombulu', 400, 380, 780, null, 350, 87.5, 330, 86.8],
      ],
      { merges: ['A1:A3', 'B1:B3', 'C1:E1', 'G1:J1', 'G2:H2', 'I2:J2', 'C2:C3', 'D2:D3', 'E2:E3'] },
    );
    expect(analyseSheet(spacer).tables.map((t) => t.range)).toEqual(['A1:J6']);
  });
});

describe('core families typed with conventions drawn at random (probe 45)', () => {
  test('Roman numerals in the Kode column (I, 1, a, b, II) number programs: the second program is no child of the first', () => {
    const roman = (g7: number) =>
      grid([
        [
          bold('Kode'),
          bold('Program, Kegiatan dan Sub Kegiatan'),
          bold('Indikator'),
          bold('Satuan'),
          bold('Target 2022'),
          bold('Rp 2022'),
          bold('Target 2023'),
          bold('Rp 2023'),
        ],
        ['I', 'Program Penunjang Urusan Pemerintahan Daerah', 'Persentase dokumen tepat waktu', '%', 12, 150000000, 12, 180000000],
        ['1', 'Perencanaan, Penganggaran dan Evaluasi Kinerja', 'Jumlah dokumen', 'Dokumen', 12, 150000000, 12, 180000000],
        ['a', 'Penyusunan Dokumen Perencanaan', 'Jumlah dokumen', 'Dokumen', 12, 100000000, 12, 120000000],
        ['b', 'Evaluasi Kinerja Perangkat Daerah', 'Jumlah laporan', 'Laporan', 12, 50000000, 12, 60000000],
        ['II', 'Program Pelatihan Kerja', 'Persentase tenaga kerja terlatih', '%', 12, 80000000, 12, 90000000],
        ['1', 'Pelaksanaan Pelatihan Berbasis Kompetensi', 'Jumlah peserta', 'Orang', 12, 80000000, 12, 90000000],
        ['a', 'Pelatihan Berbasis Kompetensi', 'Jumlah peserta', 'Orang', 12, g7, 12, 90000000],
      ]);
    expect(kinds(roman(80000000))).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:0', '7:1^6', '8:2^7']);
    rightThenSlip(roman, 80000000, 85000000, ['F7 sum.hierarchy']);
  });

  describe('years numbered 1 2 3 4 under Target, Realisasi and Capaian with no "Tahun ke-" over them', () => {
    const body = (n4: number): Lit[][] => [
      [1, 'Persentase koperasi aktif', '%', 80, 82, 84, 86, 78, 83, 80, 90, 97.5, 101.22, 95.24, 104.65],
      [2, 'Persentase UMKM naik kelas', '%', 60, 62, 64, 66, 55, 63, 66, 70, 91.67, 101.61, 103.13, 106.06],
      [3, 'Jumlah wirausaha baru', 'orang', 150, 160, 170, 180, 140, 170, 165, 175, 93.33, 106.25, 97.06, n4],
    ];
    const ordinals = ['1', '2', '3', '4', '1', '2', '3', '4', '1', '2', '3', '4'];
    const merged = (n4: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target', null, null, null, 'Realisasi', null, null, null, 'Rasio Capaian', null, null, null),
          [null, null, null, ...ordinals.map(bold)],
          ...body(n4),
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:K1', 'L1:O1'] },
      );
    const unmerged = (n4: number) =>
      grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target Kinerja',
          null,
          null,
          null,
          'Realisasi Kinerja',
          null,
          null,
          null,
          'Rasio Capaian',
          null,
          null,
          null,
        ),
        [null, null, null, ...ordinals],
        ...body(n4),
      ]);

    test('merged groups: the fourth capaian divides the fourth realisasi by the fourth target', () => {
      rightThenSlip(merged, 97.22, 99.22, ['O5 ratio.capaian']);
    });

    test('"Target" beside groups that say "Tahun ke-", all typed without merges: one header of three groups', () => {
      const mixed = (n4: number) =>
        grid([
          heads(
            'No',
            'Indikator Kinerja',
            'Satuan',
            'Target',
            null,
            null,
            null,
            'Realisasi Capaian Tahun Ke-',
            null,
            null,
            null,
            'Rasio Capaian pada Tahun Ke-',
            null,
            null,
            null,
          ),
          [null, null, null, ...ordinals],
          ...body(n4),
        ]);
      expect(analyseSheet(mixed(97.22)).tables.map((t) => `${t.range} ${t.headerRows}`)).toEqual(['A1:O5 2']);
      rightThenSlip(mixed, 97.22, 99.22, ['O5 ratio.capaian']);
    });

    test('groups typed without merges: the ordinals row is a header row, and each number keeps its group', () => {
      expect(analyseSheet(unmerged(97.22)).tables.map((t) => `${t.range} ${t.headerRows}`)).toEqual(['A1:O5 2']);
      rightThenSlip(unmerged, 97.22, 99.22, ['O5 ratio.capaian']);
    });
  });

  describe('quarters 1 2 3 4 (or TW I … IV) under Target and under Realisasi, with one Capaian of the year', () => {
    // Levels (%) are cumulative: the year is the last quarter's; counts add up over the quarters, on both sides.
    const body = (l4: number | null): Lit[][] => [
      [1, 'Persentase koperasi aktif', '%', 20, 40, 55, 65, 24, 42, 49, 59, 90.77],
      [2, 'Jumlah wirausaha baru', 'orang', 30, 40, 20, 30, 25, 40, 25, 38, l4],
      [3, 'Persentase tenaga kerja bersertifikat', '%', 20, 31, 47, 54, 20, 32, 46, 56, 103.7],
      [4, 'Jumlah koperasi sehat', 'unit', 31, 48, 16, 47, 23, 36, 35, 29, 86.62],
      [5, 'Jumlah pelatihan', 'kali', 2, 3, 3, 2, 2, 3, 3, 1, 90],
    ];
    const sheet = (quarters: string[], merged: boolean) => (l4: number | null) =>
      grid(
        [
          heads('No', 'Indikator', 'Satuan', 'Target', null, null, null, 'Realisasi', null, null, null, 'Capaian (%)'),
          [null, null, null, ...[...quarters, ...quarters].map(bold)],
          ...body(l4),
        ],
        merged ? { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:K1', 'L1:L2'] } : {},
      );
    test.each([
      ['1 2 3 4, merged groups', ['1', '2', '3', '4'], true],
      ['1 2 3 4, groups typed over their first quarter', ['1', '2', '3', '4'], false],
      ['TW I … IV, groups typed over their first quarter', ['TW I', 'TW II', 'TW III', 'TW IV'], false],
    ])('%s: a header of two rows; a count is ΣR / ΣT, a level the last quarter over the last', (_, quarters, merged) => {
      const g = sheet(quarters as string[], merged as boolean);
      expect(analyseSheet(g(106.67)).tables.map((t) => `${t.range} ${t.headerRows}`)).toEqual(['A1:L7 2']);
      rightThenSlip(g, 106.67, 116.67, ['L4 ratio.capaian']);
      // Filled as the row reads: the quarters' sums for a count.
      expect(analyseSheet(g(null)).fill.map((f) => `${f.cell} ${f.formula} ${f.value}`)).toEqual(['L4 =IFERROR(SUM(H4:K4)/SUM(D4:G4)*100,"") 106.67']);
    });
  });

  test('"2021 | 2022 | 2023" typed over the T of each "T | R | %" without merges: each year heads its three columns', () => {
    const byYear = (h3: number) =>
      grid([
        heads('No', 'Indikator Kinerja', '2021', null, null, '2022', null, null, '2023', null, null),
        [null, null, ...['T', 'R', '%', 'T', 'R', '%', 'T', 'R', '%'].map(bold)],
        [1, 'Persentase koperasi aktif', 80, 78, 97.5, 82, 83, h3, 84, 80, 95.24],
        [2, 'Persentase UMKM naik kelas', 60, 55, 91.67, 62, 63, 101.61, 64, 66, 103.13],
        [3, 'Jumlah wirausaha baru', 150, 140, 93.33, 160, 170, 106.25, 170, 165, 97.06],
      ]);
    expect(
      analyseSheet(byYear(101.22))
        .tables[0].columns.map((c) => c.year ?? '-')
        .join(' '),
    ).toBe('- - 2021 2021 2021 2022 2022 2022 2023 2023 2023');
    rightThenSlip(byYear, 101.22, 90, ['H3 ratio.capaian']);
  });

  test('a No table whose total stands first, right under the header, is a table: the total is checked against the rows below', () => {
    const first = (d2: number) =>
      grid([
        heads('No', 'Unit Kerja', 'Eselon II', 'Eselon III', 'Eselon IV', 'Fungsional', 'Pelaksana'),
        [null, 'Total', 1, d2, 15, 20, 35],
        [1, 'Sekretariat', 1, 3, 5, 4, 8],
        [2, 'Bidang Pelatihan', 0, 1, 3, 6, 5],
        [3, 'Bidang Penempatan', 0, 1, 2, 5, 7],
        [4, 'Bidang Hubungan Industrial', 0, 1, 3, 2, 6],
        [5, 'UPTD Balai Latihan Kerja', 0, 1, 2, 3, 9],
      ]);
    expect(analyseSheet(first(7)).tables.map((t) => t.range)).toEqual(['A1:G7']);
    rightThenSlip(first, 7, 12, ['D2 sum.total-row']);
  });

  test("a '-' for the % of a desa with nothing realised says nil, as 0 would; a '-' beside a realisation is said", () => {
    const desa = (e4: number | string) =>
      grid([
        heads('No', 'Desa', 'Pagu (Rp)', 'Penyaluran (Rp)', '%'),
        [1, 'Desa Mekar Jaya', 338390000, 0, '-'],
        [2, 'Desa Bumi Ayu', 544330000, 500000000, 91.86],
        [3, 'Desa Teluk Pandan', 288470000, 270000000, e4],
        [4, 'Desa Sukamaju', 400000000, 380000000, 95],
        [5, 'Desa Karang Anyar', 250000000, 200000000, 80],
      ]);
    expect(findings(desa(93.6))).toEqual([]);
    expect(brief(analyseSheet(desa('-')).findings)).toEqual(['E4 ratio.anggaran']);
  });

  test('an SKM sheet: the Responden column numbers the rows, its summary rows are named in it, their Jumlah is checked', () => {
    const skm = (b9: number) =>
      grid(
        [
          heads('Responden', 'Nilai Unsur Pelayanan', null, null, 'Jumlah'),
          heads(null, 'U1', 'U2', 'U3', null),
          [1, 4, 2, 4, 10],
          [2, 4, 3, 3, 10],
          [3, 3, 2, 2, 7],
          [4, 4, 3, 4, 11],
          [5, 3, 3, 4, 10],
          [6, 3, 3, 3, 9],
          ['Jumlah Nilai per Unsur', b9, 16, 20],
          ['NRR/Unsur', 3.5, 2.67, 3.33],
          ['NRR Tertimbang (NRR x 0,111)', 0.389, 0.296, 0.37],
          ['Jumlah NRR Tertimbang', 1.055],
          ['IKM Unit Pelayanan', 26.37],
          ['Mutu Pelayanan', 'D'],
        ],
        { merges: ['A1:A2', 'B1:D1', 'E1:E2'] },
      );
    expect(findings(skm(21))).toEqual([]);
    expect(brief(errors(skm(23)))).toEqual(['B9 sum.total-row']);
  });

  test('a sum within rounding of its shown decimals only: 81,17 is no total of 74 | 3,08 | 0,34 | 3,25 (80,67)', () => {
    // (An IKM sheet's rows in other words: the last row's figure is near their sum by chance.)
    const ikm = grid([
      heads('No', 'U1', 'U2'),
      [1, 40, 41],
      [2, 34, 40],
      ['Subtotal', 74, 81],
      ['Indeks', 3.08, 3.38],
      ['Koefisien', 0.34, 0.37],
      ['Jumlah Koefisien', 3.25],
      ['Nilai Akhir', 81.17],
    ]);
    expect(errors(ikm)).toEqual([]);
  });

  describe('an IKM by unsur (probe 46)', () => {
    const unsur: Lit[][] = [
      [1, 'Persyaratan', 3.25, 0.361],
      [2, 'Prosedur', 3.18, 0.353],
      [3, 'Waktu Penyelesaian', 3.02, 0.335],
      [4, 'Biaya/Tarif', 3.6, 0.4],
      [5, 'Produk Layanan', 3.41, 0.379],
      [6, 'Kompetensi Pelaksana', 3.33, 0.37],
      [7, 'Perilaku Pelaksana', 3.47, 0.385],
      [8, 'Penanganan Pengaduan', 2.98, 0.331],
      [9, 'Sarana dan Prasarana', 3.12, 0.346],
    ];
    const ikm = (total: string, d11: number, d5 = 0.4) =>
      grid([
        heads('No', 'Unsur Pelayanan', 'NRR', 'NRR Tertimbang'),
        ...unsur.map((r) => (r[0] === 4 ? [4, 'Biaya/Tarif', 3.6, d5] : r)),
        [null, total, null, d11],
        [null, 'IKM Unit Pelayanan', null, 81.5],
      ]);

    test('"NRR Tertimbang" with no factor written is NRR × 0,111: a wrong one is said at its cell', () => {
      expect(findings(ikm('Jumlah NRR Tertimbang', 3.26))).toEqual([]);
      expect(brief(errors(ikm('Jumlah NRR Tertimbang', 3.26, 0.5)))).toContain('D5 ratio.weighted');
    });

    test('IKM = Jumlah NRR tertimbang × 25 and its mutu letter (A 88,31–100, B 76,61–88,30 …) are checked', () => {
      const summary = (ikmValue: number, mutu: string) => {
        const g = ikm('Jumlah NRR Tertimbang', 3.26);
        g.cells[11]![3] = { value: ikmValue };
        g.cells.push([undefined, { value: 'Mutu Pelayanan' }, undefined, { value: mutu }]);
        return g;
      };
      expect(findings(summary(81.5, 'B (Baik)'))).toEqual([]);
      expect(brief(errors(summary(85.1, 'B (Baik)')))).toEqual(['D12 ratio.weighted']);
      expect(brief(errors(summary(81.5, 'A')))).toEqual(['D13 ratio.predikat']);
    });

    test('"Jumlah NRR Tertimbang" or "Σ NRR Tertimbang" names its column: a wrong one is that column\'s total, an error', () => {
      expect(brief(errors(ikm('Jumlah NRR Tertimbang', 3.62)))).toEqual(['D11 sum.total-row']);
      expect(brief(errors(ikm('Σ NRR Tertimbang', 3.62)))).toEqual(['D11 sum.total-row']);
    });
  });

  test('an SKM sheet of respondents: NRR = Σ ÷ respondents, × 0,111, their sum and IKM × 25 are each checked at their cell', () => {
    const resp = (over: Record<string, number> = {}) => {
      const v = (k: string, x: number) => over[k] ?? x;
      return grid([
        heads('No. Responden', 'U1', 'U2', 'U3'),
        [1, 3, 4, 3],
        [2, 4, 3, 3],
        [3, 3, 3, 4],
        [4, 3, 3, 3],
        ['Σ Nilai per Unsur', 13, 13, 13],
        ['NRR per Unsur', 3.25, v('C7', 3.25), 3.25],
        ['NRR Tertimbang (NRR x 0,111)', 0.361, v('C8', 0.361), 0.361],
        ['Jumlah NRR Tertimbang', v('B9', 1.083)],
        ['IKM (x 25)', v('B10', 27.08)],
      ]);
    };
    expect(findings(resp())).toEqual([]);
    expect(brief(errors(resp({ C7: 3.5 })))).toEqual(['C7 ratio.weighted']);
    expect(brief(errors(resp({ C8: 0.461 })))).toEqual(['C8 ratio.weighted']);
    expect(brief(errors(resp({ B9: 1.183 })))).toEqual(['B9 ratio.weighted']);
    expect(brief(errors(resp({ B10: 29.08 })))).toEqual(['B10 ratio.weighted']);
  });

  test("Realisasi Tahunan =TW IV on a % row among =SUM(TW I:TW IV) on counts is the level's latest; on a count it is said", () => {
    const ra = (i5: CellInput) =>
      grid([
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target Tahunan',
          'Realisasi TW I',
          'Realisasi TW II',
          'Realisasi TW III',
          'Realisasi TW IV',
          'Realisasi Tahunan',
          'Capaian (%)',
        ),
        [1, 'Jumlah UMKM yang mendapat pelatihan', 'Unit', 120, 30, 25, 40, 20, f(115, 'SUM(E2:H2)'), f(95.83, 'I2/D2*100')],
        [2, 'Jumlah koperasi sehat', 'Unit', 40, 8, 10, 12, 6, f(36, 'SUM(E3:H3)'), f(90, 'I3/D3*100')],
        [3, 'Persentase pengaduan yang ditindaklanjuti', '%', 90, 80, 84, 88, 92, f(92, 'H4'), f(102.22, 'I4/D4*100')],
        [4, 'Jumlah wirausaha baru', 'Orang', 150, 20, 45, 50, 30, i5, f(96.67, 'I5/D5*100')],
        [5, 'Jumlah desa wisata', 'Desa', 12, 2, 3, 4, 3, f(12, 'SUM(E6:H6)'), f(100, 'I6/D6*100')],
      ]);
    expect(errors(ra(f(145, 'SUM(E5:H5)')))).toEqual([]);
    expect(brief(errors(ra(f(30, 'H5'))))).toContain('I5 formula.reference');
  });

  test('an SKM of eleven unsur weighs each by 1/11 (its row says so, or the count does); "Kurang Baik" is a mutu, not a bad number', () => {
    const eleven = (label: string, c8: number) =>
      grid([
        heads('No. Responden', ...Array.from({ length: 11 }, (_, i) => `U${i + 1}`)),
        [1, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4],
        [2, 3, 3, 4, 4, 3, 3, 4, 4, 3, 3, 4],
        ['Jumlah Nilai per Unsur', 7, 6, 8, 7, 7, 6, 8, 7, 7, 6, 8],
        ['NRR per Unsur', 3.5, 3, 4, 3.5, 3.5, 3, 4, 3.5, 3.5, 3, 4],
        [label, 0.318, c8, 0.364, 0.318, 0.318, 0.273, 0.364, 0.318, 0.318, 0.273, 0.364],
        ['Jumlah NRR Tertimbang', 3.5],
        ['IKM', 87.5],
        ['Mutu Pelayanan', 'B'],
      ]);
    expect(findings(eleven('NRR Tertimbang (NRR x 1/11)', 0.273))).toEqual([]);
    expect(findings(eleven('NRR Tertimbang', 0.273))).toEqual([]);
    expect(brief(errors(eleven('NRR Tertimbang', 0.473)))).toEqual(['C6 ratio.weighted']);
    const g = eleven('NRR Tertimbang', 0.273);
    g.cells[8]![1] = { value: 'Kurang Baik' };
    expect(brief(analyseSheet(g).findings)).toEqual(['B9 ratio.predikat']);
  });

  test('"Realisasi" typed over TW I … TW IV without a merge heads the quarters: the yearly capaian is read from them', () => {
    const ra = (i4: number) =>
      grid([
        heads('No', 'Indikator', 'Satuan', 'Target Tahunan', 'Realisasi', null, null, null, 'Capaian (%)'),
        heads(null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null),
        [1, 'Persentase koperasi aktif', '%', 80, 20, 40, 60, 76, 95],
        [2, 'Jumlah wirausaha baru', 'orang', 150, 30, 40, 35, 45, i4],
        [3, 'Persentase tenaga kerja bersertifikat', '%', 60, 10, 25, 40, 54, 90],
        [4, 'Jumlah desa wisata', 'desa', 12, 2, 3, 4, 3, 100],
      ]);
    rightThenSlip(ra, 100, 110, ['I4 ratio.capaian']);
  });

  test('quarters 1 2 3 4 under Target and under Realisasi with one yearly capaian accuse no row (probe 47)', () => {
    const ra = grid([
      ['No', 'Indikator', 'Satuan', 'Target', null, null, null, 'Realisasi', null, null, null, 'Capaian (%)'],
      [null, null, null, 1, 2, 3, 4, 1, 2, 3, 4],
      [1, 'Persentase koperasi aktif', '%', 20, 40, 55, 65, 24, 42, 49, 59, 90.77],
      [2, 'Jumlah koperasi sehat', 'orang', 31, 48, 16, 47, 23, 36, 35, 10, 73.24],
      [3, 'Persentase tenaga kerja bersertifikat', '%', 20, 31, 47, 54, 20, 32, 46, 56, 103.7],
      [4, 'Jumlah wirausaha baru', 'orang', 18, 41, 10, 37, 39, 24, 18, 38, 112.26],
      [5, 'Persentase koperasi aktif', '%', 24, 39, 48, 54, 30, 47, 65, 85, 157.41],
    ]);
    expect(findings(ra)).toEqual([]);
  });
});

describe('the tables around the core ones, as offices type them (round 46–47 leftovers)', () => {
  test('the predikat of a SAKIP evaluation, on the row under its Nilai, is graded by Permenpan RB 88/2021', () => {
    const lhe = (d7: string, e7: string) =>
      grid([
        heads('No', 'Komponen', 'Bobot', 'Nilai 2023', 'Nilai 2024'),
        ['a.', 'Perencanaan Kinerja', 30, 19.88, 26.53],
        ['b.', 'Pengukuran Kinerja', 30, 20.68, 18.22],
        ['c.', 'Pelaporan Kinerja', 15, 12.45, 13.18],
        ['d.', 'Evaluasi Akuntabilitas Kinerja Internal', 25, 19.56, 13.91],
        [null, 'Jumlah', 100, 72.57, 71.84],
        [null, 'Predikat', null, d7, e7],
      ]);
    rightThenSlip((p: [string, string]) => lhe(...p), ['BB', 'BB (Sangat Baik)'], ['BB', 'A'], ['E7 ratio.predikat']);
    // Single letters with no word of SAKIP about them are no SAKIP grades (a class, a zone): nothing is read.
    const plain = grid([
      heads('No', 'Aspek', 'Skor'),
      [1, 'Kebersihan', 20],
      [2, 'Ketertiban', 15],
      [3, 'Keindahan', 20],
      [null, 'Jumlah', 55],
      [null, 'Predikat', 'A'],
    ]);
    expect(findings(plain)).toEqual([]);
  });

  test('a Predikat column beside its Nilai, the years down the rows ("Tahun | Nilai SAKIP | Predikat"), is graded too', () => {
    const byYear = (d6: string) =>
      grid([
        ['Tabel 2.3 Hasil Evaluasi SAKIP Dinas Kesehatan'],
        [],
        heads('No', 'Tahun', 'Nilai SAKIP', 'Predikat', 'Keterangan'),
        [1, 2020, 61.5, 'B', 'Baik'],
        [2, 2021, 65.02, 'B', 'Baik'],
        [3, 2022, 70.45, d6, 'Sangat Baik'],
        [4, 2023, 72.1, 'BB', 'Sangat Baik'],
      ]);
    rightThenSlip(byYear, 'BB', 'B', ['D6 ratio.predikat']);
    // Doubled letters say SAKIP where no word does ("Nilai AKIP" is no word of SAKIP's here: AKIP is).
    const bare = (c5: string) => grid([heads('Tahun', 'Nilai', 'Predikat'), [2021, 58.2, 'CC'], [2022, 66.9, 'B'], [2023, 71.33, 'BB'], [2024, 81.02, c5]]);
    rightThenSlip(bare, 'A', 'BB', ['C5 ratio.predikat']);
    // Single letters beside a Nilai with no word of SAKIP about them (a school's accreditation): nothing is read.
    expect(findings(grid([heads('Sekolah', 'Nilai', 'Predikat'), ['SDN 1', 91, 'A'], ['SDN 2', 84, 'A'], ['SDN 3', 75, 'B']]))).toEqual([]);
  });

  test('a caption typed alone under the header, across the figures ("Jumlah Koperasi Baru" over TW I … IV), is no figure typed wrong', () => {
    const rekap = (c2: string | number) =>
      grid([
        heads('No', 'Uraian', 'TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah'),
        [null, null, c2, null, null, null, null],
        [1, 'Kecamatan Manggar', 1, 2, 3, 4, 10],
        [2, 'Kecamatan Gantung', 5, 3, 6, 2, 16],
        [3, 'Kecamatan Kelapa Kampit', 2, 2, 4, 7, 15],
        [null, 'Jumlah', 8, 7, 13, 13, 41],
      ]);
    expect(findings(rekap('Jumlah Koperasi Baru'))).toEqual([]);
    // A text where a figure belongs, on a named row, is said.
    const named = grid([
      heads('No', 'Uraian', 'TW I', 'TW II'),
      [1, 'Kecamatan Manggar', 'lihat lampiran', 2],
      [2, 'Kecamatan Gantung', 5, 3],
      [3, 'Kecamatan Kelapa Kampit', 2, 2],
    ]);
    expect(brief(findings(named))).toEqual(['C2 number.invalid']);
  });

  const efisiensi: Lit[][] = [
    heads('No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Efisiensi (%)', null, null, null),
    [1, 'Program Pendaftaran Penduduk', 1969218000, 1898553013, 96.41, 3.59],
    [2, 'Program Pencatatan Sipil', 4990832000, 4883754551, 97.85, 2.15],
    [null, 'Jumlah', 6960050000, 6782307564, 97.45, 2.55],
    [],
  ];
  test("a financial statement's closing line is the table's footer, not a row", () => {
    const line = 'Catatan atas Laporan Keuangan merupakan bagian yang tidak terpisahkan dari laporan ini';
    const g = grid([...efisiensi, [line]]);
    expect(analyseSheet(g).tables.map((t) => [t.range, t.footer])).toEqual([['A1:F4', [line]]]);
    expect(findings(g)).toEqual([]);
  });

  test('a line of titles of tables side by side, over their headers, ends the table above', () => {
    const g = grid([
      ...efisiensi,
      ['Efisiensi = (1 - realisasi/anggaran) x 100%'],
      [],
      [],
      ['Hasil Evaluasi SAKIP Dinas A', null, null, null, null, 'Hasil Evaluasi SAKIP Dinas B'],
      [],
      [bold('No'), bold('Komponen'), bold('Bobot'), bold('Nilai'), null, bold('No'), bold('Komponen'), bold('Bobot'), bold('Nilai')],
      [1, 'Perencanaan Kinerja', 30, 19.88, null, 1, 'Perencanaan Kinerja', 30, 21.01],
      [2, 'Pengukuran Kinerja', 30, 20.68, null, 2, 'Pengukuran Kinerja', 30, 22.91],
    ]);
    expect(analyseSheet(g).tables.map((t) => t.range)).toEqual(['A1:F6', 'A11:D13', 'F11:I13']);
    expect(findings(g)).toEqual([]);
  });

  test('a Neraca beside an LRA, its header a row higher and its columns named by the day ("31 Desember 2024"), is a table of its own', () => {
    const neraca = ['No', 'Uraian', 'Ref', '31 Desember 2024', '31 Desember 2023', 'Kenaikan/(Penurunan)'].map(bold);
    const g = grid([
      [null, null, null, null, null, ...neraca],
      [bold('Kode'), bold('Uraian'), bold('Anggaran'), bold('Realisasi'), null, null, 'ASET'],
      ['4', 'PENDAPATAN DAERAH', 1803717962000, 1644632339000, null, null, 'ASET LANCAR'],
      ['4.1', 'PENDAPATAN ASLI DAERAH', 292874506000, 280459285000, null, 1, 'Kas di Bendahara Pengeluaran', 1, 23988364, 23283412, 704952],
      ['4.2', 'PENDAPATAN TRANSFER', 1510843456000, 1364173054000, null, 2, 'Persediaan', 2, 567264738, 491996400, 75268338],
      [null, null, null, null, null, null, 'Jumlah Aset Lancar', null, 591253102, 515279812, 75973290],
    ]);
    expect(analyseSheet(g).tables.map((t) => t.range)).toEqual(['F1:K6', 'A2:D5']);
    expect(findings(g)).toEqual([]);
  });
});

test('a Tabel 6.1 with no codes and no tier words: a kegiatan off both its program and its sub kegiatan is the slip (probe 45 E)', () => {
  const plan = (i5: number) =>
    grid([
      heads(
        'Program, Kegiatan dan Sub Kegiatan',
        'Indikator',
        'Satuan',
        'Target 2022',
        'Rp 2022',
        'Target 2023',
        'Rp 2023',
        'Target 2024',
        'Rp 2024',
        'Kondisi Akhir Rp',
      ),
      ['Program Penunjang Urusan Pemerintahan Daerah', 'Persentase dokumen tepat waktu', '%', 12, 150000000, 12, 180000000, 12, 200000000, 530000000],
      ['Perencanaan, Penganggaran dan Evaluasi Kinerja', 'Jumlah dokumen', 'Dokumen', 12, 150000000, 12, i5, 12, 200000000, 350000000 + i5],
      ['Penyusunan Dokumen Perencanaan', 'Jumlah dokumen', 'Dokumen', 12, 100000000, 12, 120000000, 12, 130000000, 350000000],
      ['Evaluasi Kinerja Perangkat Daerah', 'Jumlah laporan', 'Laporan', 12, 50000000, 12, 60000000, 12, 70000000, 180000000],
      ['Program Pelatihan Kerja', 'Persentase tenaga kerja terlatih', '%', 12, 80000000, 12, 90000000, 12, 95000000, 265000000],
      ['Pelaksanaan Pelatihan Berbasis Kompetensi', 'Jumlah peserta', 'Orang', 12, 80000000, 12, 90000000, 12, 95000000, 265000000],
      ['Pelatihan Berbasis Kompetensi', 'Jumlah peserta', 'Orang', 12, 80000000, 12, 90000000, 12, 95000000, 265000000],
    ]);
  // The akhir-periode Rp repeats the slip of its year: it is no second piece of evidence against the nesting.
  rightThenSlip(plan, 180000000, 280000000, ['G3 sum.hierarchy']);
});

test('"JUMLAH KEWAJIBAN DAN EKUITAS" adds the Kewajiban total and the Ekuitas section that has none (probe 49)', () => {
  const neraca = (c14: number) =>
    grid([
      heads('Uraian', 'Catatan', '31 Desember 2024', '31 Desember 2023'),
      ['ASET'],
      ['Kas di Bendahara Pengeluaran', '5.1.1', 125450000, 98300000],
      ['Peralatan dan Mesin', '5.1.2', 3482150000, 3210400000],
      ['JUMLAH ASET', null, 3607600000, 3308700000],
      ['KEWAJIBAN'],
      ['Utang Belanja', '5.2.1', 22480000, 18900000],
      ['Jumlah Kewajiban', null, 22480000, 18900000],
      ['EKUITAS'],
      ['Ekuitas', '5.3.1', 3585120000, 3289800000],
      ['JUMLAH KEWAJIBAN DAN EKUITAS', null, c14, 3308700000],
    ]);
  rightThenSlip(neraca, 3607600000, 3607900000, ['C11 sum.total-row']);
});

test('capaian per quarter under I II III IV typed over the first quarter: each quarter over its own targets (probe 49)', () => {
  const q = ['I', 'II', 'III', 'IV'];
  const tw = (o5: number) =>
    grid([
      // (Typed plainly, no bold: the ratio run is known by its group's name.)
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', null, null, null, 'Realisasi', null, null, null, 'Capaian (%)', null, null, null],
      [null, null, null, ...q, ...q, ...q],
      [1, 'Jumlah wirausaha baru', 'orang', 14, 38, 16, 14, 13, 38, 14, 12, 92.86, 100, 87.5, o5],
      [2, 'Persentase koperasi aktif', '%', 60, 62, 64, 66, 58, 63, 66, 70, 96.67, 101.61, 103.13, 106.06],
      [3, 'Persentase UMKM yang gulung tikar', '%', 5, 5, 4.5, 4.5, 4.8, 5.1, 4.4, 4.2, 104, 98, 102.22, 106.67],
    ]);
  rightThenSlip(tw, 85.71, 95.71, ['O3 ratio.capaian']);
});

test('grades written with their name after a slash or a dash are grades, and "gulung tikar" is lower-is-better (probe 49)', () => {
  for (const t of ['B / Baik', 'BB - Sangat Baik', 'D (Sangat Kurang)', 'A – Memuaskan']) expect([t, isCriterion(t)]).toEqual([t, true]);
  for (const t of ['B / 12', 'Rp / Baik']) expect([t, isCriterion(t)]).toEqual([t, false]);
  expect(isLowerBetter('Persentase UMKM yang gulung tikar')).toBe(true);
});

test('a per-quarter capaian table typed plainly under I II III IV, a lower-is-better row among them, accuses nothing (probe 49)', async () => {
  const file = path.join(__dirname, '..', 'fixtures', 'probes', 'b1-perquarter-roman-typed.xlsx');
  const a = analyseWorkbook(await readWorkbook(fs.readFileSync(file), 'b1-perquarter-roman-typed.xlsx'));
  expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  expect(a.tables[0].columns.filter((c) => c.role === 'ratio').map((c) => c.period)).toEqual([1, 2, 3, 4]);
});

test('identifiers typed as text (NPSN, NUPTK, NISN) are no numbers stored as text; a count typed so still is (probe 49)', () => {
  const schools = (d4: Lit) =>
    grid([
      heads('No', 'Nama Sekolah', 'NPSN', 'Jumlah Siswa', 'Akreditasi'),
      [1, 'SD Negeri 1 Manggar', '10900123', 245, 'A'],
      [2, 'SD Negeri 2 Manggar', '10900124', 198, 'B'],
      [3, 'SD Negeri 3 Gantung', '10900131', d4, 'A'],
      [4, 'SD Negeri 1 Kelapa Kampit', '10900140', 176, 'B'],
    ]);
  expect(findings(schools(210))).toEqual([]);
  expect(brief(findings(schools('210')))).toEqual(['D4 number.text']);
});

test("a SAKIP Bobot over sub-components is weights as set, not a share of a year's scores it comes near (probe 49)", () => {
  // Each component's three sub-components, in order.
  const SUB = { 'a.': 'Keberadaan', 'b.': 'Kualitas', 'c.': 'Pemanfaatan' } as const;
  const sub = (l: keyof typeof SUB, b: number, v: number): Lit[] => [l, SUB[l], b, v];
  const lhe = (d15: number) =>
    grid([
      heads('No', 'Komponen', 'Bobot', 'Nilai 2022'),
      ['A', 'Perencanaan Kinerja', 30, 23.64],
      sub('a.', 6, 4.63),
      sub('b.', 9, 7.02),
      sub('c.', 15, 11.99),
      ['B', 'Pengukuran Kinerja', 30, 24.26],
      sub('a.', 6, 5.02),
      sub('b.', 9, 7.1),
      sub('c.', 15, 12.14),
      ['C', 'Pelaporan Kinerja', 15, 12.11],
      sub('a.', 3, 2.36),
      sub('b.', 4.5, 3.74),
      sub('c.', 7.5, 6.01),
      ['D', 'Evaluasi Akuntabilitas Kinerja Internal', 25, 19.99],
      sub('a.', 5, 4.15),
      sub('b.', 7.5, 6.05),
      sub('c.', 12.5, d15),
      [null, 'Jumlah', 100, 80],
      [null, 'Predikat', null, 'BB'],
    ]);
  expect(findings(lhe(9.79))).toEqual([]);
  // A sub-component's slip is said at the component it no longer adds up to (the parent, as everywhere).
  expect(brief(errors(lhe(9.97)))).toEqual(['D14 sum.hierarchy']);
});

describe('probe rounds 116–122 (2026-12-06, after stop 39)', () => {
  test("the plan's own 5.01 codes (Perencanaan) beside account lines stay programs and kegiatan: an account's second part is one digit", () => {
    const g = grid([
      heads('Kode', 'Uraian', 'Anggaran', 'Realisasi'),
      [bold('5.01.02'), bold('PROGRAM PERENCANAAN PEMBANGUNAN DAERAH'), 300, 250],
      [bold('5.01.02.2.01'), bold('Penyusunan Perencanaan dan Pendanaan'), 300, 250],
      ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', 100, 90],
      ['5.1.02.02.01.0003', 'Honorarium Narasumber', 200, 160],
      [bold('1.06.02'), bold('PROGRAM PEMBERDAYAAN SOSIAL'), 50, 40],
      [bold('1.06.02.2.01'), bold('Pengumpulan Sumbangan'), 50, 40],
      ['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', 50, 40],
    ]);
    expect(kinds(g)).toEqual(['2:0', '3:1^2', '4:2^3', '5:2^3', '6:0', '7:1^6', '8:2^7']);
    expect(findings(g)).toEqual([]);
  });
  test("a SIPD realisasi printout's account lines (5.1.02…) under each sub kegiatan are its leaves; the next program closes them", async () => {
    // Round 134's printout (OPD > program > kegiatan > sub kegiatan > accounts, amounts typed "694.334.000,00").
    const name = 'r134-sipd-akun-lines.xlsx';
    const found = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'probes', name)), name)).findings;
    expect(found.filter((x) => x.severity !== 'info' && x.rule !== 'number.text')).toEqual([]);
    const accounts = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'probes', name)), name)).tables[0].rows;
    // Each account line's parent is the sub kegiatan above it (row 8 heads rows 9 and 10).
    expect(accounts.filter((x) => x.row === 8 || x.row === 9).map((x) => x.parent)).toEqual([7, 7]);
  });
  test('a "Sasaran Strategis" merged over its indicators beside "Indikator Kinerja" leaves the indicator its own words (its polarity)', async () => {
    // Round 122's bilingual LKjIP table: "Rata-rata waktu penyelesaian izin" is lower-is-better, its T/R capaian right.
    const name = 'r122-bilingual-sasaran-indikator.xlsx';
    const found = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'probes', name)), name)).findings;
    expect(found.filter((x) => x.severity !== 'info')).toEqual([]);
  });
  test('a bare "Tingkat Capaian (%)" of a T-C.29, far right of its "Target Renstra 2026", is the running realisasi over that end target', async () => {
    // Round 121's kabupaten T-C.29 (kode split over U | B | P | K, Rp in thousands), right and with its plants.
    const read = async (name: string) =>
      analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'probes', name)), name)).findings.filter(
        (x) => x.severity !== 'info',
      );
    expect(await read('r121-tc29-bare-capaian.xlsx')).toEqual([]);
    expect(brief(await read('r121-tc29-bare-capaian-planted.xlsx'))).toEqual(['Z12 ratio.capaian', 'M17 sum.total-row']);
  });
  test('a rate stated under the Jumlah row ("ANGKA KEMATIAN BAYI per 1.000 KH" for L, P, L+P) is no row to add up', () => {
    const t = (h9: number) =>
      grid(
        [
          heads('NO', 'PUSKESMAS', 'JUMLAH LAHIR HIDUP', null, null, 'JUMLAH KEMATIAN BAYI', null, null),
          heads(null, null, 'L', 'P', 'L+P', 'L', 'P', 'L+P'),
          [1, 'Manggar', 412, 398, 810, 4, 2, 6],
          [2, 'Lalang', 301, 288, 589, 1, 3, 4],
          [3, 'Gantung', 356, 340, 696, 3, 2, 5],
          [4, 'Dendang', 220, 231, 451, 2, 1, 3],
          [null, bold('JUMLAH (KAB/KOTA)'), 1289, 1257, 2546, 10, 8, h9],
          [null, bold('ANGKA KEMATIAN BAYI (DILAPORKAN) per 1.000 KH'), null, null, null, 7.8, 6.4, 7.1],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
      );
    expect(findings(t(18))).toEqual([]);
    expect(brief(errors(t(19)))).toEqual(['H7 sum.row-total']);
  });
  test('a chart\'s data block beside the header ("Data grafik | Anggaran | Realisasi", years down its first column) is a table of its own', () => {
    const years = [2019, 2020, 2021];
    const t = (d5: number) =>
      grid(
        [
          [
            ...heads('No', 'Uraian', 'Anggaran (Rp)', null, null, 'Realisasi (Rp)', null, null),
            null,
            ...heads('Data grafik', 'Anggaran (Rp M)', 'Realisasi (Rp M)'),
          ],
          [...heads(null, null, ...years.map(String), ...years.map(String)), null, bold(2019), bold(13.84), bold(12.26)],
          [1, 2, 3, 4, 5, 6, 7, 8, null, 2020, 14.91, 13.69],
          [1, 'Program Penunjang Urusan', 9070650000, 10024325000, 10697892000, 8039492273, 9135845832, 10286114776, null, 2021, 15.55, 14.87],
          [2, 'Program Upaya Kesehatan', 2300643000, 2303965000, 2306942000, 1918271264, 2246150765, 2218426389],
          [null, bold('JUMLAH'), 11371293000, 12328290000, d5, 9957763537, 11381996597, 12504541165],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1'] },
      );
    expect(analyseSheet(t(13004834000)).tables.map((x) => x.range)).toEqual(['A1:H6', 'J1:L4']);
    expect(findings(t(13004834000))).toEqual([]);
    expect(brief(errors(t(13004843000)))).toEqual(['E6 sum.total-row']);
  });
  test("a DPA's rekening tree repeated per sub kegiatan, each block closed by its total and headed again, is no twin of the block before", () => {
    const block = (sub: string, atk: number, mamin: number, honor: number, tenaga: number): Lit[][] => [
      [bold('Sub Kegiatan'), bold(sub)],
      heads('Kode Rekening', 'Uraian', 'Jumlah (Rp)'),
      [bold('5'), bold('BELANJA DAERAH'), atk + mamin + honor + tenaga],
      [bold('5.1'), bold('BELANJA OPERASI'), atk + mamin + honor + tenaga],
      [bold('5.1.02'), bold('Belanja Barang dan Jasa'), atk + mamin + honor + tenaga],
      [bold('5.1.02.01'), bold('Belanja Barang'), atk + mamin],
      ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor', atk],
      ['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', mamin],
      [bold('5.1.02.02'), bold('Belanja Jasa'), honor + tenaga],
      ['5.1.02.02.01.0003', 'Honorarium Narasumber', honor],
      ['5.1.02.02.01.0026', 'Belanja Jasa Tenaga Administrasi', tenaga],
      [null, bold('Jumlah Total Sub Kegiatan'), atk + mamin + honor + tenaga],
      [],
    ];
    const g = (slip = 0) => {
      const rows = [
        ...block('1.06.04.2.01.0001 Penyediaan Permakanan', 43363000, 34045000, 4986000, 56252000),
        ...block('1.06.04.2.01.0006 Reunifikasi Keluarga', 61470000, 26160000, 14880000, 52144000),
      ];
      rows[21] = [...rows[21]];
      rows[21][2] = (rows[21][2] as number) + slip; // the second block's Belanja Jasa
      return grid(rows);
    };
    expect(findings(g())).toEqual([]);
    expect(brief(errors(g(1000000)))).toEqual(['C22 sum.hierarchy']);
  });
  test('"Target Murni | Target Setelah Perubahan | Realisasi" in millions beside a "Lebih/(Kurang) (Rp)" is money: its kode tree adds up', () => {
    const t = (e3: number) =>
      grid([
        heads('Kode Rekening', 'Uraian', 'Target Murni', 'Target Setelah Perubahan', 'Realisasi', '%', 'Lebih/(Kurang) (Rp)'),
        [bold('4.1'), bold('PENDAPATAN ASLI DAERAH'), 2183026648000, 2277521309000, e3, 102.98, 67813032469],
        ['4.1.01', 'Pajak Daerah', 1808705846000, 1903510674000, 1959959555779, 102.97, 56448881779],
        ['4.1.02', 'Retribusi Daerah', 24639068000, 25559417000, 23374785690, 91.45, -2184631310],
        ['4.1.04', 'Lain-lain PAD yang Sah', 349681734000, 348451218000, 362000000000, 103.89, 13548782000],
      ]);
    expect(findings(t(2345334341469))).toEqual([]);
    expect(withSeverity(findings(t(2345334341496)))).toEqual(['E2 sum.hierarchy error', 'G2 sum.difference warning']);
  });
  test('a "Tahun Dasar 2022 (%)" is the baseline, an input; a lone "14%" among words of a problems table is prose, not a number typed as text', () => {
    const t = (j4: number) =>
      grid(
        [
          heads('No', 'Indikator', 'Satuan', 'Tahun Dasar 2022 (%)', 'Target', null, null, 'Kondisi Akhir (2027)'),
          heads(null, null, null, null, '2025', '2026', '2027', null),
          [1, 'Persentase A', '%', 93, 95, 96, 97, 97],
          [2, 'Persentase B', '%', 5, 6, 7, 8, j4],
          [3, 'Persentase C', '%', 54, 60, 70, 80, 80],
          [4, 'Persentase D', '%', 3, 4, 5, 6, 6],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1', 'H1:H2'] },
      );
    expect(findings(t(8))).toEqual([]);
    expect(brief(findings(t(80)))).toEqual(['H4 sum.period']);
    const problems = grid([
      heads('No', 'Sasaran Renstra Kemenkes', 'Target Nasional 2029', 'Permasalahan', 'Faktor Penghambat'),
      [1, 'Menurunnya angka kematian ibu', 'AKI 122 per 100.000 KH', 'AKI 98,6 per 100.000 KH (2024)', 'Rujukan terlambat'],
      [2, 'Menurunnya prevalensi stunting', '14%', 'Prevalensi 16,2% (SSGI 2024)', 'Sanitasi'],
      [3, 'Meningkatnya imunisasi dasar lengkap', '≥ 95%', 'Cakupan 88,4%', 'Penolakan imunisasi'],
    ]);
    expect(findings(problems)).toEqual([]);
  });
  test('"Jumlah Urusan TENAGA KERJA" under a count indicator ("- Jumlah kasus perselisihan …") closes its urusan: a total, not a count', () => {
    const t = (f10: number) =>
      grid([
        heads('No', 'Program / Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Pagu (Rp)', 'Realisasi (Rp)'),
        [bold('B'), bold('URUSAN PEMERINTAHAN BIDANG TENAGA KERJA')],
        [bold('4'), bold('Program Pelatihan Kerja'), null, null, null, 3375829000, 2896263997],
        [null, '- Persentase lulusan pelatihan yang ditempatkan (%)', 40, 43.5, 108.75],
        [bold('5'), bold('Program Penempatan Tenaga Kerja'), null, null, null, 864087000, 794800807],
        [null, '- Tingkat Pengangguran Terbuka (%)', 4.8, 4.52, 106.19],
        [bold('6'), bold('Program Hubungan Industrial'), null, null, null, 384609000, 343029543],
        [null, '- Jumlah kasus perselisihan hubungan industrial (kasus)', 12, 9, 133.33],
        [null, bold('Jumlah Urusan TENAGA KERJA'), null, null, null, f10, 4034094347],
      ]);
    expect(findings(t(4624525000))).toEqual([]);
    expect(brief(errors(t(4642525000)))).toEqual(['F9 sum.total-row']);
  });
  test('a row named in another text column (an UPT under the Kabupaten of the row above) is an item, never an unlabelled total', () => {
    const t = (d9: number) =>
      grid([
        ['Tabel 1 Jumlah Penempatan Transmigrasi Tahun 2022'],
        [],
        heads('No', 'Kabupaten', 'UPT', 'KK', 'Jiwa'),
        [1, 'Sumba Timur', 'Kotakawau SP.5', 10, 40],
        [2, 'Malaka', 'Kapitan Meo Baru', 20, 80],
        [null, null, 'Kapitan Meo Pugar', 30, 120],
        [null, null, 'Uluklubuk', 5, 20],
        [3, 'Belu', 'Piebulak', 7, 28],
        [null, 'Jumlah', null, d9, 288],
      ]);
    expect(findings(t(72))).toEqual([]);
    expect(brief(errors(t(75)))).toEqual(['D9 sum.total-row']);
  });
  test('a note "capaian di atas 120% dihitung 120%" states the ceiling: capaian written 120 over it are the rule, nothing said', () => {
    const t = (note: string) =>
      grid([
        heads('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        ['1', 'Persentase sampah yang tertangani', '%', 70, 91.5, 120],
        ['2', 'Indeks Kualitas Air', 'indeks', 52, 55.3, 106.35],
        ['3', 'Luas rehabilitasi lahan kritis', 'Ha', 1500, 2100, 120],
        [note],
      ]);
    expect(findings(t('Catatan: sesuai pedoman evaluasi, capaian di atas 120% dihitung 120%'))).toEqual([]);
    expect(withSeverity(findings(t('Sumber: Dinas Lingkungan Hidup')))).toEqual(['F1 ratio.capaian warning']);
  });
  test('percentages that split each row\'s whole ("Kondisi Jaringan (%) ▸ Baik | Rusak Ringan | Rusak Berat", 100 a row) are the parts reported', () => {
    const rows: [string, number, number, number, number][] = [
      ['D.I. Kali Progo', 842, 87.14, 7.77, 5.09],
      ['D.I. Kamijoro', 480, 69.31, 21.38, 9.31],
      ['D.I. Pijenan', 314, 69.34, 16.92, 13.74],
      ['D.I. Tegal', 439, 78.28, 14.08, 7.64],
      ['D.I. Blawong', 613, 74.78, 14.32, 10.9],
      ['D.I. Karangploso', 843, 55.64, 29.44, 14.92],
    ];
    const g = grid(
      [
        heads('No', 'Daerah Irigasi', 'Luas Layanan (Ha)', 'Kondisi Jaringan (%)', null, null, 'Luas Layanan Kondisi Baik (Ha)'),
        heads(null, null, null, 'Baik', 'Rusak Ringan', 'Rusak Berat', null),
        ...rows.map(([n, luas, b, rr, rb], i) => [i + 1, n, luas, b, rr, rb, Math.round(luas * b) / 100]),
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'] },
    );
    expect(findings(g)).toEqual([]);
  });
  test('one Tabel 6.1 split over two sheets: the grand total on the second adds the first sheet too (typed, or brought forward by a "pindahan" line)', () => {
    const head = (): Lit[][] => [heads('Kode', 'Program dan Kegiatan', 'Indikator', 'Satuan', 'Target 2016', 'Rp 2016', 'Target 2017', 'Rp 2017')];
    const page1 = (carry: boolean) =>
      grid(
        [
          ['Tabel 6.1'],
          ...head(),
          [bold('1.07.16'), bold('Program Peningkatan Pelayanan Angkutan'), 'Persentase armada laik jalan', '%', 76, 174500000, 80, 189500000],
          ['1.07.16.02', 'Pengendalian disiplin angkutan umum', 'Jumlah operasi gabungan', 'kali', 24, 41000000, 24, 44500000],
          ['1.07.16.09', 'Pengujian kendaraan bermotor', 'Jumlah kendaraan yang diuji', 'kendaraan', 3800, 133500000, 3800, 145000000],
          ...(carry ? [[null, bold('Jumlah dipindahkan ke halaman berikutnya'), null, null, null, 174500000, null, 189500000]] : []),
        ],
        { name: 'Tabel 6.1 (1)' },
      );
    const page2 = (carry: boolean, g: number) =>
      grid(
        [
          ['Tabel 6.1 (lanjutan)'],
          ...head(),
          ...(carry ? [[null, bold('Jumlah pindahan dari halaman sebelumnya'), null, null, null, 174500000, null, 189500000]] : []),
          [bold('1.07.18'), bold('Program Pengamanan Lalu Lintas'), 'Angka kecelakaan lalu lintas', 'kejadian', 140, 427250000, 132, 441750000],
          ['1.07.18.01', 'Pengadaan rambu-rambu lalu lintas', 'Jumlah rambu yang dipasang', 'buah', 120, 180250000, 120, 192750000],
          ['1.07.18.05', 'Pengadaan marka jalan', 'Panjang marka jalan', 'km', 15, 247000000, 15, 249000000],
          [null, bold('JUMLAH'), null, null, null, g, null, 631250000],
        ],
        { name: 'Tabel 6.1 (2)' },
      );
    const bad = (f: Finding) => f.severity !== 'info';
    for (const carry of [false, true]) {
      expect(analyseWorkbook([page1(carry), page2(carry, 601750000)]).findings.filter(bad)).toEqual([]);
      expect(brief(analyseWorkbook([page1(carry), page2(carry, 610750000)]).findings.filter(bad))).toEqual([`F${carry ? 7 : 6} sum.total-row`]);
    }
    // Alone, the second sheet's total is short by the first sheet's programs: said.
    expect(brief(errors(page2(false, 601750000)))).toEqual(['F6 sum.total-row', 'H6 sum.total-row']);
  });
  test('a group named on its first row only ("Prioritas Nasional" beside a Program on every row) is no row label: its Jumlah closes every row of the group', () => {
    const t = (e8: number) =>
      grid([
        heads('No', 'Prioritas Nasional', 'Prioritas Daerah', 'Program', 'Pagu Indikatif 2024 (Rp)', 'Perangkat Daerah'),
        [1, 'PN 3: SDM Berkualitas', 'Kualitas Pendidikan dan Kesehatan', 'Program Pengelolaan Pendidikan', 2928100000, 'Dinas Pendidikan'],
        [null, null, null, 'Program Upaya Kesehatan', 1765300000, 'Dinas Kesehatan'],
        [null, null, null, 'Program SDM Kesehatan', 3532500000, 'Dinas Kesehatan'],
        [null, null, null, bold('Jumlah'), 8225900000, null],
        [2, 'PN 5: Infrastruktur', 'Pemerataan Infrastruktur', 'Program Penyelenggaraan Jalan', 3786200000, 'Dinas PUPR'],
        [null, null, null, 'Program Pengelolaan SDA', 151600000, 'Dinas PUPR'],
        [null, null, null, bold('Jumlah'), e8, null],
        [3, 'PN 1: Ketahanan Ekonomi', 'Ekonomi Kerakyatan', 'Program Prasarana Pertanian', 1483500000, 'Dinas Pertanian'],
        [null, null, null, 'Program Pengembangan UMKM', 3804200000, 'Dinas Koperasi dan UKM'],
        [null, null, null, 'Program Penempatan Tenaga Kerja', 2343800000, 'Dinas Tenaga Kerja'],
        [null, null, null, bold('Jumlah'), 7631500000, null],
        [null, bold('Total'), null, null, 19795200000, null],
      ]);
    expect(findings(t(3937800000))).toEqual([]);
    expect(brief(errors(t(3937000000)))).toEqual(['E8 sum.total-row']);
  });
  test('percentages another column is computed from, or a capaian SPM carried into a budget table, are inputs: no column.unexplained', () => {
    const indeks = grid([
      heads('No', 'Bidang SPM', 'Indeks 2022 (%)', 'Indeks 2023 (%)', 'Selisih (2023-2022)'),
      [1, 'Pendidikan', 75.1, 79.61, 4.51],
      [2, 'Kesehatan', 81.76, 85.81, 4.05],
      [3, 'Pekerjaan Umum', 85.09, 87.44, 2.35],
      [4, 'Perumahan Rakyat', 72.63, 74.19, 1.56],
      [5, 'Trantibumlinmas', 72.89, 72.01, -0.88],
      [6, 'Sosial', 77.84, 80.47, 2.63],
    ]);
    expect(findings(indeks)).toEqual([]);
    const budget = (e3: number) =>
      grid([
        heads('No', 'Jenis Pelayanan Dasar', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)', 'Capaian SPM (%)'),
        [1, 'Pelayanan kesehatan Ibu hamil', 254000000, 231750000, 91.24, 64.05],
        [2, 'Pelayanan kesehatan Ibu bersalin', 148000000, 142500000, e3, 95.24],
        [3, 'Pelayanan kesehatan Bayi baru lahir', 144000000, 135250000, 93.92, 64.56],
        [4, 'Pelayanan kesehatan Balita', 726000000, 724500000, 99.79, 85.33],
        [5, 'Pelayanan kesehatan Usia pendidikan dasar', 711000000, 702250000, 98.77, 85.73],
        [6, 'Pelayanan kesehatan Usia produktif', 640000000, 638000000, 99.69, 80.34],
        [null, 'Jumlah', 2623000000, 2574250000, 98.14, null],
      ]);
    expect(findings(budget(96.28))).toEqual([]);
    expect(brief(errors(budget(69.28)))).toEqual(['E3 ratio.anggaran']);
  });
  test('a source of funds under "Anggaran" with its Jumlah ("APBD | DAK | Jumlah"), "-" where it gave nothing, is no budget missing', () => {
    const t = (d3: Lit) =>
      grid(
        [
          heads('No', 'Jenis Pelayanan Dasar', 'Anggaran', null, null, 'Realisasi', 'Persentase Realisasi (%)'),
          heads(null, null, 'APBD (DAU/PAD)', 'DAK Non Fisik (BOK)', 'Jumlah', null, null),
          [1, 'Pelayanan kesehatan ibu hamil', 260375000, d3, 260375000, 180837500, 69.45],
          [2, 'Pelayanan kesehatan bayi baru lahir', 816000000, 288000000, 1104000000, 1094662500, 99.15],
          [3, 'Pelayanan kesehatan balita', 1374000000, '-', 1374000000, 1345312500, 97.91],
          [4, 'Pelayanan kesehatan usia produktif', 1654625000, 384000000, 2038625000, 1982937500, 97.27],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2', 'G1:G2'] },
      );
    expect(findings(t('-'))).toEqual([]);
    expect(findings(t(null))).toEqual([]);
    expect(brief(errors(t(1000000)))).toEqual(['E3 sum.row-total']);
  });
  test('a "Rata-rata (%)" right after the yearly growths is the average growth of their series', () => {
    const t = (j6: number) =>
      grid(
        [
          heads('No', 'Uraian', 'Realisasi', null, null, null, 'Pertumbuhan (%)', null, null, 'Rata-rata (%)'),
          heads(null, null, '2019', '2020', '2021', '2022', '2020', '2021', '2022', null),
          ['1', 'Pajak Daerah', 61234.5, 63044.52, 60787.46, 66765.32, 2.96, -3.58, 9.83, 3.07],
          ['2', 'Retribusi Daerah', 24810.2, 25779.54, 22903.4, 22190.56, 3.91, -11.16, -3.11, j6],
          ['3', 'Lain-lain PAD yang Sah', 54321.9, 54769.12, 53473.55, 52035.3, 0.82, -2.37, -2.69, -1.41],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:F1', 'G1:I1', 'J1:J2'] },
      );
    expect(findings(t(-3.45))).toEqual([]);
    expect(brief(errors(t(-4.45)))).toEqual(['J4 ratio.pertumbuhan']);
  });
  test('a bare "%" under a year beside its Rp ("2021 ▸ Rp (juta) | %") may be the growth over the year before, as the rows say', () => {
    const t = (g6: number) =>
      grid(
        [
          heads('No', 'Uraian', '2019', '2020', null, '2021', null, '2022', null),
          heads(null, null, 'Rp (juta)', 'Rp (juta)', '%', 'Rp (juta)', '%', 'Rp (juta)', '%'),
          [1, 'Pendapatan Asli Daerah', 140366.6, 143593.18, 2.3, 137164.41, -4.48, 140991.18, 2.79],
          [2, 'Pajak Daerah', 61234.5, 63044.52, 2.96, 60787.46, g6, 66765.32, 9.83],
          [3, 'Retribusi Daerah', 24810.2, 25779.54, 3.91, 22903.4, -11.16, 22190.56, -3.11],
          [4, 'Lain-lain PAD yang Sah', 54321.9, 54769.12, 0.82, 53473.55, -2.37, 52035.3, -2.69],
          [5, 'Dana Bagi Hasil', 30000, 31500, 5, 33075, 5, 34728.75, 5],
          [6, 'Hibah', 10000, 11000, 10, 12100, 10, 13310, 10],
        ],
        { merges: ['A1:A2', 'B1:B2', 'D1:E1', 'F1:G1', 'H1:I1'] },
      );
    expect(findings(t(-3.58))).toEqual([]);
    expect(brief(errors(t(-5.38)))).toEqual(['G4 ratio.peningkatan']);
  });
  test('a "Predikat SAKIP" indicator row is not graded by the figures of the indicator above it (IKM), only by its Nilai', () => {
    const t = (label: string, d5: string) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal', '2025', '2026'),
        [8, 'Pengeluaran per Kapita Disesuaikan', 'Ribu Rupiah/Tahun', 11234, 11554, 11874],
        [9, label, 'Nilai', 82.4, 83.2, 84],
        [10, 'Predikat SAKIP', 'Predikat', d5, 'BB', 'BB'],
      ]);
    expect(findings(t('Indeks Kepuasan Masyarakat', 'B'))).toEqual([]);
    expect(brief(errors(t('Nilai SAKIP', 'A')))).toEqual(['E4 ratio.predikat', 'F4 ratio.predikat']);
  });
  test('"Anggaran ▸ Serapan (%)" is the rate of the group\'s money: its Jumlah is Σ realisasi / Σ pagu, not a sum', () => {
    const t = (f10: number) =>
      grid(
        [
          heads('NO', 'INDIKATOR KINERJA', 'CAPAIAN KINERJA (%)', 'ANGGARAN', null, null, 'EFISIENSI (%)'),
          heads(null, null, null, 'PAGU (RP)', 'REALISASI (RP)', 'SERAPAN (%)', null),
          [1, 'Nilai realisasi investasi', 108.93, 523700000, 445167800, 85, 23.93],
          [2, 'Rata-rata waktu penyelesaian perizinan', 108, 970400000, 821429876, 84.65, 23.35],
          [3, 'Indeks Kepuasan Masyarakat', 101.33, 658700000, 560124390, 85.03, 16.3],
          [null, bold('Jumlah'), null, 2152800000, 1826722066, f10, null],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'] },
      );
    expect(findings(t(84.85))).toEqual([]);
    expect(brief(errors(t(254.68)))).toEqual(['F6 ratio.total']);
  });

  test('an "Indeks Efisiensi" is capaian kinerja / serapan, read from the rows (and on a Jumlah / Rata-rata row from its own figures)', () => {
    const t = (g5: number, total: boolean) =>
      grid([
        heads('No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Indeks Efisiensi'),
        [1, 'Meningkatnya kesempatan kerja', 101.2, 8821500000, 7977946120, 90.44, 1.12],
        [2, 'Meningkatnya kompetensi tenaga kerja', 96.4, 1286700000, 1160334500, 90.18, g5],
        [3, 'Terwujudnya hubungan industrial yang harmonis', 88.1, 1887700000, 1502376000, 79.59, 1.11],
        [4, 'Meningkatnya akuntabilitas kinerja', 104.6, 2030000000, 1811253000, 89.22, 1.17],
        total
          ? [null, bold('Jumlah / Rata-rata'), 97.58, 14025900000, 12451909620, 88.78, 1.1]
          : [null, bold('Jumlah'), null, 14025900000, 12451909620, 88.78, null],
      ]);
    for (const total of [false, true]) {
      expect(findings(t(1.07, total))).toEqual([]);
      expect(brief(errors(t(1.27, total)))).toEqual(['G3 ratio.capaian']);
    }
  });
  test('a "Kenaikan (%)" of two money columns of two years named apart (Pagu Indikatif 2024 | Prakiraan Maju 2025) is their growth', () => {
    const t = (numbers: boolean, e5: number) =>
      grid([
        heads('No', 'Perangkat Daerah', 'Pagu Indikatif 2024 (Rp)', 'Prakiraan Maju 2025 (Rp)', 'Kenaikan (%)', 'Proporsi terhadap Total Pagu (%)'),
        // The column-number row may state a formula in words ("3/Jumlah 3"): still the column-number row.
        ...(numbers ? [[1, 2, 3, 4, '5 = (4-3)/3 x 100', '6 = 3/Jumlah 3 x 100']] : []),
        [1, 'Dinas Pendidikan', 120000000000, 126000000000, 5, 30.61],
        [2, 'Dinas Kesehatan', 80000000000, 78400000000, -2, 20.41],
        [3, 'RSUD', 60000000000, 66000000000, 10, 15.31],
        [4, 'Dinas PUPR', 95000000000, 104500000000, e5, 24.23],
        [5, 'Dinas Sosial', 12000000000, 12600000000, 5, 3.06],
        [6, 'Dinas Pertanian', 25000000000, 22500000000, -10, 6.38],
        [null, 'Jumlah', 392000000000, 410000000000, 4.59, 100],
      ]);
    for (const numbers of [false, true]) {
      expect(findings(t(numbers, 10))).toEqual([]);
      expect(brief(errors(t(numbers, -10)))).toEqual([numbers ? 'E6 ratio.peningkatan' : 'E5 ratio.peningkatan']);
    }
  });
  test('a Rata-rata row may average every row it closes, kegiatan with their programs (=AVERAGE(H3:H7)), as well as the programs alone', () => {
    const t = (h8: CellInput) =>
      grid([
        heads('Kode', 'Program/Kegiatan', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'),
        [bold('2.17.07'), bold('Program Pemberdayaan Koperasi'), 'Persentase koperasi aktif (%)', 71, 67.27, 94.75],
        ['2.17.07.2.01', 'Pemberdayaan Koperasi dalam Daerah', 'Jumlah koperasi yang dibina', 59, 41, 69.49],
        [bold('2.17.10'), bold('Program Pengembangan UMKM'), 'Persentase usaha mikro naik kelas (%)', 22, 19.64, 89.27],
        ['2.17.10.2.01', 'Pemberdayaan Usaha Mikro', 'Jumlah usaha mikro yang difasilitasi', 173, 125, 72.25],
        ['2.17.10.2.02', 'Pengembangan Usaha Mikro', 'Jumlah UMKM yang mengikuti pameran', 227, 169, 74.45],
        [null, bold('Rata-rata Capaian Kinerja (%)'), null, null, null, h8],
      ]);
    expect(findings(t(f(80.042, 'AVERAGE(F2:F6)')))).toEqual([]);
    expect(findings(t({ value: 92.01 }))).toEqual([]);
    expect(brief(errors(t({ value: 85.5 })))).toEqual(['F7 sum.average']);
  });
  test('T-C.29\'s "Realisasi … s/d Tahun 2022 (Akhir Tahun Pelaksanaan Renja PD)" is the running total, no end-of-period target', () => {
    const pair = (name: string) => [name, name];
    const t = (n4: number) =>
      grid(
        [
          heads(
            'Kode',
            'Kegiatan',
            'Indikator',
            ...pair('Target Renstra PD Tahun 2023 (Akhir Periode Renstra)'),
            ...pair('Realisasi s/d Renja Tahun Lalu (2021)'),
            ...pair('Target Renja Tahun Berjalan (2022)'),
            ...pair('Realisasi Renja yang Dievaluasi (2022)'),
            ...pair('Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022 (Akhir Tahun Pelaksanaan Renja PD)'),
            ...pair('Tingkat Capaian Renstra s/d Tahun 2022 (%)'),
          ),
          heads('Kode', 'Kegiatan', 'Indikator', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'),
          [
            '1.02.02.2.01',
            'Penyediaan Fasilitas Yankes',
            'Jumlah Puskesmas direhabilitasi',
            144,
            3531645000,
            78,
            1875883000,
            28,
            705909000,
            23,
            679681000,
            101,
            2555564000,
            70.14,
            72.36,
          ],
          [
            '1.02.02.2.02',
            'Layanan Kesehatan Rujukan',
            'Jumlah ibu hamil dilayani',
            64,
            2519795000,
            36,
            1326630000,
            12,
            503379000,
            12,
            420152000,
            48,
            1746782000,
            n4,
            69.32,
          ],
          [
            '1.02.02.2.05',
            'Penerbitan Izin Fasyankes',
            'Jumlah izin',
            203,
            2821445000,
            120,
            1595373000,
            40,
            564209000,
            37,
            482060000,
            157,
            2077433000,
            77.34,
            73.63,
          ],
          ['1.02.03.2.02', 'Perencanaan SDMK', 'Jumlah dokumen', 60, 1800000000, 35, 1000000000, 12, 400000000, 11, 350000000, 46, 1350000000, 76.67, 75],
          [
            '1.02.03.2.03',
            'Pelatihan SDMK',
            'Jumlah nakes dilatih',
            150,
            2500000000,
            90,
            1400000000,
            30,
            520000000,
            28,
            480000000,
            118,
            1880000000,
            78.67,
            75.2,
          ],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:I1', 'J1:K1', 'L1:M1', 'N1:O1'] },
      );
    expect(findings(t(75))).toEqual([]);
    expect(brief(errors(t(80)))).toEqual(['N4 ratio.capaian']);
  });
  test('a leaf header merged across two columns, its figures in the first ("Target" over D:E), reads the figures, not the empty width', () => {
    const rows = (h3: number): Lit[][] => [
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', null, 'Realisasi', null, 'Capaian (%)', null),
      [1, 'Persentase PPKS terpenuhi kebutuhan dasar', '%', 80, null, 76.45, null, h3, null],
      [2, 'Persentase KPM graduasi mandiri', '%', 6, null, 6.85, null, 114.17, null],
      [3, 'Jumlah lansia terlantar yang dilayani', 'orang', 150, null, 142, null, 94.67, null],
    ];
    const head = ['D1:E1', 'F1:G1', 'H1:I1'];
    const body = [2, 3, 4].flatMap((r) => [`D${r}:E${r}`, `F${r}:G${r}`, `H${r}:I${r}`]);
    for (const merges of [head, [...head, ...body]]) {
      expect(findings(grid(rows(95.56), { merges }))).toEqual([]);
      expect(brief(errors(grid(rows(59.56), { merges })))).toEqual(['H2 ratio.capaian']);
    }
  });
  test('a Jumlah before its conditions with a text column between ("Jumlah | Sumber Dana | Baik | Rusak Ringan | Rusak Berat") is their row total', () => {
    const t = (c6: number) =>
      grid([
        ['Tabel 2.4 Kondisi Sarana dan Prasarana'],
        heads('No', 'Nama/Jenis Barang', 'Jumlah', 'Sumber Dana', 'Baik', 'Rusak Ringan', 'Rusak Berat'),
        [1, 'Kendaraan Dinas Roda 4', 4, 'APBD', 3, 1, 0],
        [2, 'AC', 50, 'APBD', 30, 0, 20],
        [3, 'Tustel', 10, 'APBN', 7, 0, 3],
        [4, 'Lemari besi', c6, 'APBD', 3, 2, 6],
        [5, 'Rak arsip', 10, 'APBD', 6, 0, 4],
      ]);
    expect(findings(t(11))).toEqual([]);
    expect(brief(errors(t(12)))).toEqual(['C6 sum.row-total']);
  });
  test('a header over group headings numbered a level above ("I | Wilayah Utara" over 1, 2, 3) is a table, whatever its columns are called', () => {
    const t = (c7: number, e12: number) =>
      grid([
        ['Tabel 2.20 Sarana Air Bersih'],
        heads('No', 'Wilayah / Kecamatan', 'Sumur Gali', 'Sumur Bor', 'SR PDAM', 'PAMSIMAS', 'Jumlah'),
        ['I', 'Wilayah Utara'],
        [1, 'Baturiti', 500, 40, 1000, 2, 1542],
        [2, 'Penebel', 300, 20, 800, 1, 1121],
        [3, 'Pupuan', 200, 10, 600, 0, 810],
        [null, 'Sub Jumlah Wilayah Utara', c7, 70, 2400, 3, 3473],
        ['II', 'Wilayah Selatan'],
        [1, 'Kerambitan', 400, 30, 900, 3, 1333],
        [2, 'Selemadeg', 250, 15, 700, 1, 966],
        [null, 'Sub Jumlah Wilayah Selatan', 650, 45, 1600, 4, 2299],
        [null, 'Jumlah Total', 1650, 115, e12, 7, 5772],
      ]);
    expect(analyseSheet(t(1000, 4000)).tables.map((x) => x.range)).toEqual(['A2:G12']);
    expect(findings(t(1000, 4000))).toEqual([]);
    expect(brief(errors(t(1100, 5600)))).toEqual(['C7 sum.total-row', 'E12 sum.total-row']);
  });
  test("an earlier year's capaian, its target not in the table (LKjIP comparison with last year), is left alone", () => {
    const t = (f3: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Satuan', 'Tahun 2024', null, null, 'Tahun 2023', null),
          heads(null, null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Realisasi', 'Capaian (%)'),
          ['1', 'Produksi padi', 'ton', 430000, 418260, f3, 425118, 101.22],
          ['2', 'Produktivitas padi', 'ku/Ha', 57, 56.21, 98.61, 56.8, 101.43],
          ['3', 'Nilai Tukar Petani (NTP)', 'indeks', 106, 111.57, 105.25, 108.2, 104.04],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:H1'] },
      );
    expect(findings(t(97.27))).toEqual([]);
    expect(brief(errors(t(79.27)))).toEqual(['F3 ratio.capaian']);
  });
  test('a rata-rata pertumbuhan over a year left out ("-") may be the mean of the growths of the years that follow one another', () => {
    const years = [2017, 2018, 2019, 2020, 2021];
    const t = (stated: number) =>
      grid(
        [
          heads(
            'Uraian',
            'Anggaran pada Tahun ke-',
            null,
            null,
            null,
            null,
            'Realisasi Anggaran pada Tahun ke-',
            null,
            null,
            null,
            null,
            'Rata-rata Pertumbuhan',
          ),
          heads(null, ...years, ...years, 'Anggaran'),
          [
            'Program Sarana dan Prasarana Aparatur',
            312608000,
            304093000,
            230000000,
            369141000,
            362248000,
            296043921,
            286556572,
            220000000,
            336088612,
            344944822,
            7.88,
          ],
          ['Pemeliharaan Rutin Gedung Kantor', 112608000, 94093000, '-', 129141000, 112248000, 106043921, 86556572, '-', 106088612, 104944822, stated],
          [
            'Pengadaan Perlengkapan Gedung Kantor',
            200000000,
            210000000,
            230000000,
            240000000,
            250000000,
            190000000,
            200000000,
            220000000,
            230000000,
            240000000,
            5.76,
          ],
        ],
        { merges: ['A1:A2', 'B1:F1', 'G1:K1'] },
      );
    // 2017→2018 −16,44 % and 2020→2021 −13,08 %: their mean −14,76 (over the gap, 2018→2020 would make it 2,58).
    expect(findings(t(-14.76))).toEqual([]);
    expect(brief(errors(t(-13.76)))).toEqual(['L4 ratio.pertumbuhan']);
  });
  test('"Target RPJMD 2024" beside realisasi is the indicator\'s target, not a quoted budget: a lower-is-better capaian T/R holds', () => {
    const makro = (gini: number) =>
      grid(
        [
          heads('No', 'Indikator Makro', 'Satuan', 'Realisasi', null, 'Target RPJMD 2024', 'Capaian 2024 (%)'),
          heads(null, null, null, '2023', '2024', null, null),
          ['1', 'Indeks Pembangunan Manusia', 'poin', 73.74, 74.25, 74.1, 100.2],
          ['2', 'Tingkat Pengangguran Terbuka', '%', 7.44, 6.75, 7.2, 106.67],
          ['3', 'Indeks Gini', 'poin', 0.425, 0.416, 0.41, gini],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2'] },
      );
    expect(findings(makro(98.56))).toEqual([]);
    // Gini 0,416 against 0,41 worked as R/T: the polarity warning at its cell.
    expect(withSeverity(findings(makro(101.46)))).toEqual(['G5 ratio.capaian warning']);
  });
});

describe('probe rounds 135–148 (2026-12-07, after stop 40)', () => {
  const TW = ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'];
  // An LKjIP measurement table's header: realisasi of three years, the year's target and capaian, the end target and progress.
  const PROGRESS_HEAD = heads(
    'No',
    'Indikator Kinerja',
    'Satuan',
    'Realisasi',
    null,
    null,
    'Target 2024',
    'Capaian 2024 (%)',
    'Target Akhir Renstra (2026)',
    'Capaian terhadap Target Akhir Renstra (%)',
  );
  test("a quarter's capaian column whose formulas happen to be T/R (the lower-is-better rows) is still realisasi ÷ target for the others", () => {
    // Capaian (%) ▸ Triwulan I … IV: AKI and AKB as =E/I*100, Imunisasi and UHC as =I/E*100 (each by its polarity).
    const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;
    const q = (r: number, year: number, t: number[], real: number[], lower: boolean): Lit[] => [
      year,
      ...t,
      ...real,
      ...t.map((tv, i) => {
        const [T, R] = [String.fromCharCode(69 + i), String.fromCharCode(73 + i)];
        return lower ? f(pct(tv, real[i]), `${T}${r}/${R}${r}*100`) : f(pct(real[i], tv), `${R}${r}/${T}${r}*100`);
      }),
      // Capaian Tahunan: the year's target against the last quarter's realisasi.
      lower ? f(pct(year, real[3]), `D${r}/L${r}*100`) : f(pct(real[3], year), `L${r}/D${r}*100`),
    ];
    const g = grid(
      [
        heads(
          'No',
          'Indikator Kinerja',
          'Satuan',
          'Target 2023',
          'Target Triwulan (Kumulatif)',
          null,
          null,
          null,
          'Realisasi Triwulan (Kumulatif)',
          null,
          null,
          null,
          'Capaian (%)',
          null,
          null,
          null,
          'Capaian Tahunan (%)',
        ),
        heads(null, null, null, null, ...TW, ...TW, ...TW, null),
        [1, 'Angka Kematian Ibu (AKI)', 'per 100.000 KH', ...q(3, 85, [85, 85, 85, 85], [83.2, 93.16, 87.38, 90.8], true)],
        [2, 'Angka Kematian Bayi (AKB)', 'per 1.000 KH', ...q(4, 7.5, [7.5, 7.5, 7.5, 7.5], [8.2, 7.04, 7.92, 7.95], true)],
        [3, 'Cakupan Imunisasi Dasar Lengkap', '%', ...q(5, 95, [89.3, 91.2, 93.1, 95], [88.11, 78.23, 83.65, 99.5], false)],
        [4, 'Persentase penduduk dengan jaminan kesehatan', '%', ...q(6, 98, [98, 98, 98, 98], [90.42, 99.5, 99.32, 95.47], false)],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:L1', 'M1:P1', 'Q1:Q2'] },
    );
    expect(findings(g)).toEqual([]);
    // Imunisasi's Triwulan II 78,23 of 91,2 is 85,78: typed 87,78, it is found at its cell.
    g.cells[4]![13] = f(87.78, 'J5/F5*100');
    expect(brief(errors(g))).toEqual(['N5 ratio.capaian']);
  });
  test('a dated capaian in a table of that year alone divides the undated Realisasi Tahunan by the dated target, not a quarter', () => {
    const tw = (kemiskinan: number) =>
      grid(
        [
          heads(
            'No',
            'Indikator Kinerja',
            'Satuan',
            'Target 2025',
            'Target per Triwulan (tidak kumulatif)',
            null,
            null,
            null,
            'Realisasi per Triwulan',
            null,
            null,
            null,
            'Realisasi Tahunan',
            'Capaian Tahun 2025 (%)',
          ),
          heads(null, null, null, null, ...TW, ...TW, null, null),
          [1, 'Jumlah wirausaha baru', 'orang', 160, 16, 48, 48, 48, 17, 48, 50, 41, 156, 97.5],
          [2, 'Jumlah koperasi sehat', 'unit', 48, 7, 12, 14, 15, 8, 11, 11, 12, 42, 87.5],
          [3, 'Angka Kemiskinan', '%', 9.85, '-', 9.85, '-', 9.85, '-', 9.53, '-', 8.87, 8.87, kemiskinan],
          [4, 'Jumlah kasus DBD', 'kasus', 120, 24, 30, 30, 36, 25, 29, 31, 35, 120, 100],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:L1', 'M1:M2', 'N1:N2'] },
      );
    expect(findings(tw(109.95))).toEqual([]);
    // One wrong row leaves the column as named (M ÷ D), found at its cell; TW I's figures explain nothing.
    expect(brief(errors(tw(102.32)))).toEqual(['N5 ratio.capaian']);
  });
  test("a capaian's lone formula stating realisasi ÷ target explains a short column whose typed rows disagree: they are the slips", () => {
    const pk = (ikm: number, sakip: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Indeks Kepuasan Masyarakat (IKM)', 'Indeks', 82.5, 81.64, ikm],
        [2, 'Nilai SAKIP Perangkat Daerah', 'Nilai', 72, 66.47, sakip],
        [3, 'Jumlah wirausaha baru', 'orang', 160, 142, f(88.75, 'E4/D4*100')],
      ]);
    expect(findings(pk(98.96, 92.32))).toEqual([]);
    expect(brief(errors(pk(104.17, 105.53)))).toEqual(['F2 ratio.capaian', 'F3 ratio.capaian']);
  });
  test("a Rencana Aksi: the year's target before its quarters, past the Rencana Aksi text column, bare I … IV under a (kumulatif) group", () => {
    const ra = (wirausaha: number, tw4: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Target Tahunan', 'Rencana Aksi', 'Target Triwulan (kumulatif)', null, null, null, 'Penanggung Jawab'),
          heads(null, null, null, null, 'I', 'II', 'III', 'IV', null),
          [1, 'Jumlah wirausaha baru (orang)', wirausaha, 'Pelatihan keterampilan KUBE', 32, 72, 112, tw4, 'Kabid Program'],
          [null, null, null, 'Bantuan modal usaha', '-', '1 kali', '-', '1 kali', null],
          [2, 'Angka Kemiskinan (%)', 9.85, 'Pemutakhiran DTKS', '-', 9.85, '-', 9.85, 'Sekretaris'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:I2'] },
      );
    expect(findings(ra(160, 160))).toEqual([]);
    expect(brief(errors(ra(160, 136)))).toEqual(['H3 sum.row-total']);
  });
  test('quarters said to be per quarter ("tidak kumulatif") add up to the year on one row bearing it out, two slips of three rows found', () => {
    const ra = (uttp: number, kop: number) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Target Tahunan', 'Rencana Aksi', 'Target Triwulan (tidak kumulatif)', null, null, null),
          heads(null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV'),
          [1, 'Jumlah UTTP yang ditera/tera ulang (unit)', uttp, 'Pelayanan tera/tera ulang di kantor', 520, 1560, 1560, 1560],
          [2, 'Jumlah koperasi sehat (unit)', kop, 'Penilaian kesehatan koperasi', 7, 12, 14, 15],
          [3, 'Indeks Kepuasan Masyarakat (IKM) (Indeks)', 82.5, 'Survei kepuasan masyarakat', 82.5, 82.5, 82.5, 82.5],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1'] },
      );
    expect(findings(ra(5200, 48))).toEqual([]);
    expect(brief(errors(ra(5210, 58)))).toEqual(['C3 sum.row-total', 'C4 sum.row-total']);
  });
  test("a count's Kondisi Akhir summing its years (=SUM(E:I)) among rates' =I (the last year) is the count's convention, not a formula slip", () => {
    const rows: [string, string, number[], boolean][] = [
      ['Persentase Jalan Mantap', '%', [65, 68, 71, 74, 77], false],
      ['Panjang Jalan yang Ditingkatkan (km)', 'Km', [12.5, 13.75, 15, 16.25, 17.5], true],
      ['Persentase RTLH', '%', [7.8, 7.2, 6.6, 6, 5.4], false],
      ['Jumlah RTLH yang Diperbaiki', 'Unit', [250, 300, 350, 400, 450], true],
      ['Luas Kawasan Kumuh', 'Ha', [196.5, 178.4, 160.3, 142.2, 124.1], false],
    ];
    const g = (slip: boolean) =>
      grid(
        [
          heads('No', 'Indikator', 'Satuan', 'Target', null, null, null, null, 'Kondisi Akhir 2029'),
          heads(null, null, null, '2025', '2026', '2027', '2028', '2029', null),
          ...rows.map(([name, unit, t, sum], i): Lit[] => {
            const r = i + 3;
            const total = t.reduce((a, b) => a + b, 0);
            // The slip: Jumlah RTLH summing one year short (=SUM(D:G), 1.300 for 1.750).
            if (slip && i === 3) return [i + 1, name, unit, ...t, f(1300, `SUM(D${r}:G${r})`)];
            return [i + 1, name, unit, ...t, sum ? f(total, `SUM(D${r}:H${r})`) : f(t[4], `H${r}`)];
          }),
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:H1', 'I1:I2'] },
      );
    expect(findings(g(false))).toEqual([]);
    expect(brief(findings(g(true)))).toEqual(['I6 formula.reference']);
  });
  test('progress to the Renstra end target: a count summed to date over its end sum, a level at its latest year', () => {
    const lkjip = (jalan: number, wirausaha: number) =>
      grid(
        [
          PROGRESS_HEAD,
          heads(null, null, null, '2022', '2023', '2024', null, null, null, null),
          [1, 'Persentase Jalan Kabupaten dalam Kondisi Mantap', '%', 65.1, 68.2, 71.4, 72, 99.17, 78, jalan],
          [2, 'Indeks Kepuasan Masyarakat', 'Nilai', 81.2, 82.1, 83.3, 83, 100.36, 85, 98],
          [3, 'Tingkat Partisipasi Angkatan Kerja', '%', 66.4, 66.9, 67.1, 67.3, 99.7, 68.1, 98.53],
          [4, 'Jumlah Wirausaha Baru yang difasilitasi (kumulatif)', 'Orang', 150, 170, 205, 200, 102.5, 900, wirausaha],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2'] },
      );
    // (150 + 170 + 205) / 900 = 58,33; 71,4 / 78 = 91,54.
    expect(findings(lkjip(91.54, 58.33))).toEqual([]);
    expect(brief(errors(lkjip(93.54, 60.33)))).toEqual(['J3 ratio.capaian', 'J6 ratio.capaian']);
  });
  test('"Rata-rata Capaian (%)" after the years\' capaian is their mean, not one year\'s realisasi ÷ target', () => {
    const g = grid(
      [
        heads('No', 'Indikator Kinerja Utama', 'Satuan', 'Tahun 2022', null, null, 'Tahun 2023', null, null, 'Tahun 2024', null, null, 'Rata-rata Capaian (%)'),
        heads(null, null, null, 'Target', 'Realisasi', '%', 'Target', 'Realisasi', '%', 'Target', 'Realisasi', '%', null),
        [1, 'Prevalensi Stunting pada Balita', '%', 22.4, 22.48, 99.64, 20.3, 20.99, 96.6, 18.2, 18.96, 95.82, 97.35],
        [2, 'Cakupan Kepesertaan JKN (UHC)', '%', 96, 96.23, 100.24, 96.8, 96.79, 99.99, 97.6, 97.67, 100.07, 100.1],
        [3, 'Angka Harapan Hidup', 'Tahun', 70.37, 70.34, 99.96, 70.49, 70.5, 100.01, 70.61, 70.57, 99.94, 99.97],
        [4, 'Indeks Pembangunan Manusia', 'Poin', 71, 71.2, 100.28, 71.5, 71.3, 99.72, 72, 71.9, 99.86, 99.95],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1', 'J1:L1', 'M1:M2'] },
    );
    expect(findings(g)).toEqual([]);
  });
  test('Permendagri 13: a program\'s "Sub Total" under its kegiatan, its program a line under "B. BELANJA LANGSUNG"', () => {
    const btl = (keg: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran 2019 (Rp)', 'Realisasi 2019 (Rp)'),
        ['A', 'BELANJA TIDAK LANGSUNG', 5000, 4700],
        ['1', 'Belanja Pegawai', 4000, 3800],
        ['2', 'Tambahan Penghasilan PNS', 1000, 900],
        ['B', 'BELANJA LANGSUNG', 110, 101],
        ['1.', 'Program Pelayanan Administrasi Perkantoran', null, null],
        ['a.', 'Penyediaan Jasa Surat Menyurat', keg, 9],
        ['b.', 'Penyediaan Alat Tulis Kantor', 50, 45],
        [null, 'Sub Total', 60, 54],
        ['2.', 'Program Peningkatan Sarana dan Prasarana Aparatur', null, null],
        ['a.', 'Pemeliharaan Rutin Gedung Kantor', 30, 28],
        ['b.', 'Pengadaan Perlengkapan Gedung Kantor', 20, 19],
        [null, 'Sub Total', 50, 47],
        [null, 'JUMLAH (A+B)', 5110, 4801],
      ]);
    expect(findings(btl(10))).toEqual([]);
    // The second program is BL's child as the first is.
    expect(kinds(btl(10)).slice(8, 10)).toEqual(['10:1^5', '11:2^10']);
    // (Either kegiatan mends both the Sub Total and BELANJA LANGSUNG: neither is named alone.)
    expect(brief(errors(btl(12)))).toEqual(['C5 sum.hierarchy', 'C9 sum.total-row']);
    expect(errors(btl(12)).every((x) => x.message.id.includes('salah satu dari C7, C8'))).toBe(true);
  });
  test('a kegiatan no longer budgeted (its last years 0) grows over the years it has, as one that starts late does', () => {
    const t = (stated: number) =>
      grid(
        [
          heads('No', 'Uraian', 'Anggaran pada Tahun ke-', null, null, null, null, 'Rata-rata Pertumbuhan Anggaran (%)'),
          heads(null, null, '2019', '2020', '2021', '2022', '2023', null),
          [1, 'Penyediaan Jasa Surat Menyurat', 50000000, 40000000, 0, 0, 0, stated],
          [2, 'Administrasi Keuangan Perangkat Daerah', 0, 0, 70000000, 80000000, 90000000, 13.39],
          [3, 'Administrasi Umum Perangkat Daerah', 20000000, 22000000, 24000000, 26000000, 28000000, 8.78],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:G1', 'H1:H2'] },
      );
    expect(findings(t(-20))).toEqual([]);
    expect(brief(errors(t(-30)))).toEqual(['H3 ratio.pertumbuhan']);
  });
  test('"I | 1.01.01 | PROGRAM PENUNJANG …" under a three-row header is the body\'s first heading, not a fourth header row', () => {
    const g = grid(
      [
        heads('No.', 'Kode Rekening', 'Program dan Kegiatan', 'ANGGARAN', null, 'REALISASI ANGGARAN', null),
        heads(null, null, null, '1', '2', '1', '2'),
        heads(null, null, null, 'Th. 2021', 'Th. 2022', 'Th. 2021', 'Th. 2022'),
        [bold('I'), bold('1.01.01'), bold('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH'), null, null, null, null],
        ['1', '1.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 3772350, 3502050, 2453486, 3220536],
        [null, '1.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 1897200, 1666100, 1249199, 1514317],
        [null, '1.01.01.2.01.0006', 'Koordinasi dan Penyusunan RKA-SKPD', 1875150, 1835950, 1204287, 1706219],
      ],
      { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:E1', 'F1:G1'] },
    );
    const t = analyseSheet(g).tables[0];
    expect([t.headerRows, t.bodyTop]).toEqual([3, 3]);
    expect(findings(g)).toEqual([]);
  });
  test('"Kondisi Kinerja pada Akhir Periode Renstra ▸ T | Rp": T is the end target, checked against the last year', () => {
    const t61 = (akhir: number) =>
      grid(
        [
          heads(
            'Kode',
            'Program/Kegiatan/Sub Kegiatan',
            'Indikator Kinerja',
            'Satuan',
            'Target Kinerja Program dan Kerangka Pendanaan',
            null,
            null,
            null,
            null,
            null,
            null,
            null,
          ),
          heads(null, null, null, null, '2025', null, '2026', null, '2027', null, 'Kondisi Kinerja pada Akhir Periode Renstra', null),
          heads(null, null, null, null, 'T', 'Rp', 'T', 'Rp', 'T', 'Rp', 'T', 'Rp'),
          ['2.17.02', 'PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', 'Persentase koperasi yang dinilai sehat', '%', 25, 300, 28, 320, 31, 340, akhir, 960],
          ['2.17.02.2.01', 'Pemeriksaan dan Pengawasan Koperasi', 'Persentase koperasi yang diperiksa', '%', 40, 300, 45, 320, 50, 340, 50, 960],
          ['2.17.02.2.01.0001', 'Pemeriksaan Koperasi KSP/USP', 'Jumlah koperasi yang diperiksa', 'Koperasi', 25, 180, 25, 190, 25, 200, 25, 570],
          ['2.17.02.2.01.0003', 'Penilaian Kesehatan KSP/USP', 'Persentase KSP/USP yang dinilai', '%', 60, 120, 70, 130, 80, 140, 80, 390],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:L1', 'E2:F2', 'G2:H2', 'I2:J2', 'K2:L2'] },
      );
    expect(findings(t61(31))).toEqual([]);
    expect(brief(findings(t61(33)))).toEqual(['K4 sum.period']);
  });
  test('"JUMLAH PROGRAM" after a program under a figureless urusan row closes that program: its wrong SUM said once, at the program', () => {
    const t61 = (program: number, formula: string) =>
      grid([
        heads('Kode', 'Program dan Kegiatan', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'Rp 2025'),
        ['2.07', 'URUSAN PEMERINTAHAN BIDANG TENAGA KERJA', null, null, null, null],
        ['2.07.03', 'PROGRAM PELATIHAN KERJA', 'Persentase capaian program', '%', 80, f(program, formula)],
        ['2.07.03.2.01', 'Pelaksanaan Pelatihan', 'Jumlah output', 'Paket', 1, f(100, 'SUM(F5:F6)')],
        ['2.07.03.2.01.0001', 'Pelatihan Keterampilan', 'Jumlah output sub', 'Paket', 1, 60],
        ['2.07.03.2.01.0004', 'Sarana Pelatihan', 'Jumlah output sub', 'Paket', 1, 40],
        ['2.07.03.2.02', 'Pembinaan LPK', 'Jumlah output', 'Paket', 1, f(50, 'SUM(F8:F8)')],
        ['2.07.03.2.02.0002', 'Pengendalian LPK', 'Jumlah output sub', 'Paket', 1, 50],
        [null, 'JUMLAH PROGRAM', null, null, null, f(program, 'SUM(F3)')],
        ['2.07.04', 'PROGRAM PENEMPATAN TENAGA KERJA', 'Persentase capaian program', '%', 80, f(300, 'SUM(F11)')],
        ['2.07.04.2.01', 'Pelayanan Antarkerja', 'Jumlah output', 'Paket', 1, f(300, 'SUM(F12:F13)')],
        ['2.07.04.2.01.0001', 'Informasi Pasar Kerja', 'Jumlah output sub', 'Paket', 1, 200],
        ['2.07.04.2.01.0004', 'Job Fair', 'Jumlah output sub', 'Paket', 1, 100],
        [null, 'JUMLAH PROGRAM', null, null, null, f(300, 'SUM(F10)')],
      ]);
    expect(findings(t61(150, 'SUM(F4,F7)'))).toEqual([]);
    expect(brief(findings(t61(100, 'SUM(F4)')))).toEqual(['F3 formula.range']);
  });
  test("T-C.27's own long indicator header does not stop 'Tahun ke-1' typed without a merge from heading its Target | Rp", () => {
    const t27 = (akhirRp: number) =>
      grid([
        heads(
          'Kode',
          'Program, Kegiatan dan Sub Kegiatan',
          'Indikator Kinerja Tujuan, Sasaran, Program (Outcome), Kegiatan dan Sub Kegiatan (Output)',
          'Satuan',
          'Tahun ke-1',
          null,
          'Tahun ke-2',
          null,
          'Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah',
          null,
        ),
        heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
        ['1.06.04', 'PROGRAM REHABILITASI SOSIAL', 'Persentase PPKS yang mendapat rehabilitasi', '%', 45, 408300000, 50, 394400000, 50, 802700000],
        ['1.06.04.2.02', 'Rehabilitasi Sosial Dasar', 'Persentase rehabilitasi sosial dasar', '%', 100, 408300000, 100, 394400000, 100, 802700000],
        ['1.06.04.2.02.0001', 'Penyediaan Permakanan', 'Jumlah PPKS yang mendapat permakanan', 'Orang', 158, 194000000, 166, 199700000, 166, akhirRp],
        [
          '1.06.04.2.02.0006',
          'Pemberian Pelayanan Reunifikasi Keluarga',
          'Jumlah anak terlantar yang direunifikasi',
          'Anak',
          21,
          214300000,
          22,
          194700000,
          22,
          409000000,
        ],
      ]);
    expect(analyseSheet(t27(393700000)).tables[0].layout).toBe('rencana');
    expect(findings(t27(393700000))).toEqual([]);
    expect(brief(errors(t27(194000000)))).toEqual(['J5 sum.period']);
  });
  test('service times: "waktu layanan" and PPKS are lower-is-better; a row naming only the service takes its direction from the columns', () => {
    expect(isLowerBetter('Rata-rata waktu layanan kenaikan pangkat')).toBe(true);
    expect(isLowerBetter('Jumlah Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)')).toBe(true);
    expect(isLowerBetter('Persentase PPKS yang mendapat rehabilitasi sosial')).toBe(false);
    expect(isLowerBetter('Persentase PPKS terpenuhi kebutuhan dasar')).toBe(false);
    const sop = (standar: string, ktp: number) =>
      grid([
        heads('No', 'Jenis Layanan', `${standar} Waktu Layanan (Hari Kerja)`, 'Realisasi Rata-rata Waktu Layanan (Hari Kerja)', 'Capaian (%)'),
        [1, 'KTP-el (cetak ulang)', 14, 10.5, ktp],
        [2, 'Kartu Keluarga', 2, 1.9, 105],
        [3, 'Akta Kelahiran', 3, 2.5, 116.67],
        [4, 'Akta Kematian', 3, 2.6, 113.33],
        [5, 'Surat Pindah', 2, 1.5, 125],
        [6, 'KIA', 14, 11.5, 117.86],
      ]);
    // (2T − R) / T on every row: 125 for 14 days set and 10,5 taken.
    for (const standar of ['Standar', 'Target']) {
      expect(findings(sop(standar, 125))).toEqual([]);
      expect(brief(errors(sop(standar, 130)))).toEqual(['E2 ratio.capaian']);
    }
  });
  test("a row computed by the lower-is-better formula the table's note declares is one of its negative indicators", () => {
    const t = (note: string | null) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Target Renstra Tahun ke-', null, 'Realisasi Capaian Tahun ke-', null, 'Rasio Capaian pada Tahun ke-', null),
          heads(null, null, '2023', '2024', '2023', '2024', '2023', '2024'),
          [1, 'Persentase koperasi aktif', 48, 51, 47.5, 52.1, 98.96, 102.16],
          [2, 'Jumlah koperasi yang dibubarkan', 13, 11, 11, 12, 115.38, 90.91],
          [null, null, null, null, null, null, null, null],
          [note, null, null, null, null, null, null, null],
        ],
        { merges: ['C1:D1', 'E1:F1', 'G1:H1'] },
      );
    expect(withSeverity(findings(t(null)))).toEqual(['G4 ratio.capaian warning']);
    expect(findings(t('*) Untuk indikator dengan polaritas negatif, capaian = (2 x target - realisasi) / target x 100%'))).toEqual([]);
  });
  test('"Selisih thd Nasional" is the region\'s realisasi less the national one it names, on a two-row table too', () => {
    const t = (idm: number) =>
      grid([
        heads('No', 'Indikator', 'Satuan', 'Realisasi Kabupaten 2024', 'Target Nasional (RPJMN) 2024', 'Realisasi Nasional 2024', 'Selisih thd Nasional'),
        [1, 'Indeks Desa Membangun (IDM)', 'Indeks', 0.6712, 0.67, 0.653, idm],
        [2, 'Rasio PAD terhadap Pendapatan Daerah', '%', 17.72, 18.36, 18.77, -1.05],
      ]);
    expect(findings(t(0.0182))).toEqual([]);
    const slip = errors(t(0.0812));
    expect(brief(slip)).toEqual(['G2 sum.difference']);
    // Figures of four decimals are said with them.
    expect(slip[0].message.id).toContain('0,6712 − 0,653 = 0,0182');
  });
  test('a typo in a column whose total counts a hidden row (as SUM does) is measured over all the rows and found at its cell', () => {
    const t = (komputer: number) => {
      const g = grid([
        heads('No', 'Jenis Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'),
        [1, 'Meja Kerja', 20, 3, 2, 25],
        [2, 'Lemari', 2, 1, 1, 4],
        [3, 'Komputer', komputer, 5, 7, 40],
        [4, 'Printer', 12, 2, 1, 15],
        [null, 'JUMLAH', 62, 11, 11, 84],
      ]);
      g.hiddenRows = [2];
      return g;
    };
    expect(findings(t(28))).toEqual([]);
    expect(withSeverity(findings(t(58)))).toEqual(['C4 value.crossing error', 'F4 sum.row-total warning', 'C6 sum.total-row warning']);
  });
  test("a level's kondisi akhir in a table of two or three rows is its last year's target", () => {
    const t = (spbe: number) =>
      grid(
        [
          heads('No', 'Indikator', 'Satuan', 'Kondisi Awal (2024)', 'Target', null, null, null, null, 'Kondisi Akhir (2029)'),
          heads(null, null, null, null, '2025', '2026', '2027', '2028', '2029', null),
          [1, 'Indeks Pembangunan Manusia', 'Poin', 70.12, 70.6, 71.1, 71.6, 72.1, 72.6, 72.6],
          [2, 'Indeks SPBE', 'Indeks', 2.45, 2.7, 2.9, 3.1, 3.3, 3.5, spbe],
          [3, 'Jumlah wirausaha baru', 'orang', 120, 150, 160, 170, 180, 190, 850],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:I1', 'J1:J2'] },
      );
    expect(findings(t(3.5))).toEqual([]);
    expect(withSeverity(findings(t(3.3)))).toEqual(['J4 sum.period warning']);
  });
  test('progress to the end target of an area that shrinks (lower is better) reads its latest year when that alone fits', () => {
    const g = grid(
      [
        PROGRESS_HEAD,
        heads(null, null, null, 'Th. 2022', 'Th. 2023', 'Th. 2024', null, null, null, null),
        [1, 'Indeks Kualitas Lingkungan Hidup (IKLH)', 'Poin', 68.29, 68.74, 68.98, 69.21, 99.67, 69.98, 98.57],
        [2, 'Jumlah Wirausaha Baru (kumulatif)', 'Orang', 150, 170, 205, 200, 102.5, 900, 58.33],
        [3, 'Luas Kawasan Kumuh', 'Ha', 211.59, 197.83, 171.2, 172.05, 100.5, 131.35, 76.72],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2'] },
    );
    // 131,35 / 171,2 × 100 = 76,72: T/R of the latest year, not of 2022–2024 summed.
    expect(findings(g)).toEqual([]);
  });
  test('a draft\'s words for figures not in yet ("proses", "on progress", "TW IV belum") are no invalid numbers', () => {
    const t = (word: string) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)'),
        [1, 'Persentase jalan kondisi mantap', '%', 80, 76, 95],
        [2, 'Indeks kepuasan masyarakat', 'Indeks', 82, word, null],
        [3, 'Jumlah desa mandiri', 'Desa', 20, 25, 125],
      ]);
    for (const word of ['proses', 'dalam proses', 'on progress', 'TW IV belum', 'menunggu rilis BPS', 'belum dilaporkan'])
      expect(findings(t(word))).toEqual([]);
    expect(brief(findings(t('delapan puluh')))).toEqual(['E3 number.invalid']);
  });
  test('"Realisasi Fisik ▸ Bobot x Fisik" names its product as "Tertimbang" does', () => {
    const rfk = (pupr: number) =>
      grid(
        [
          heads('NO', 'SKPD', 'Pagu DPA (Rp)', 'Bobot (%)', 'Realisasi Fisik', null),
          heads(null, null, null, null, '%', 'Bobot x Fisik'),
          [1, 'Dinas Pendidikan', 1124987596000, 60.53, 99.44, 60.19],
          [2, 'Dinas Kesehatan', 258185160000, 13.89, 92.86, 12.9],
          [3, 'RSUD Panembahan Senopati', 178428716000, 9.6, 99.15, 9.52],
          [4, 'Dinas Pekerjaan Umum dan Penataan Ruang', 296938615000, 15.98, 91.27, pupr],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
      );
    expect(findings(rfk(14.58))).toEqual([]);
    expect(brief(errors(rfk(15.58)))).toEqual(['F6 ratio.weighted']);
  });
  test("an undated capaian of a one-year Renja evaluation divides the year's realisasi, not the first quarter's", () => {
    const renja = (k: number) =>
      grid(
        [
          heads(
            'Kode',
            'Program/Kegiatan/Sub Kegiatan',
            'Indikator Kinerja',
            'Satuan',
            'Target Renja Tahun 2024',
            null,
            'Realisasi Triwulan I',
            null,
            'Realisasi Triwulan II',
            null,
            'Realisasi Triwulan III',
            null,
            'Realisasi Triwulan IV',
            null,
            'Realisasi Capaian Kinerja dan Anggaran Renja 2024',
            null,
            'Capaian (%)',
            null,
          ),
          heads(null, null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'),
          [
            '1.02.01.2.01',
            'Perencanaan, Penganggaran, dan Evaluasi',
            'Persentase pelaksanaan perencanaan',
            '%',
            100,
            265000000,
            '-',
            56347771,
            '-',
            53405682,
            '-',
            98409518,
            '-',
            'TW IV belum',
            '-',
            208162971,
            '-',
            78.55,
          ],
          [
            '1.02.01.2.01.0001',
            'Penyusunan Dokumen Perencanaan',
            'Jumlah desa yang dihasilkan',
            'Desa',
            35,
            265000000,
            7,
            56347771,
            7,
            53405682,
            4,
            98409518,
            'TW IV belum',
            'TW IV belum',
            18,
            208162971,
            k,
            78.55,
          ],
          [
            '1.02.01.2.02',
            'Administrasi Keuangan Perangkat Daerah',
            'Persentase pelaksanaan administrasi',
            '%',
            100,
            100000000,
            '-',
            20222829,
            '-',
            15602260,
            '-',
            42015682,
            '-',
            'TW IV belum',
            '-',
            77840771,
            '-',
            77.84,
          ],
          [
            '1.02.01.2.02.0001',
            'Penyediaan Gaji dan Tunjangan ASN',
            'Jumlah kegiatan yang difasilitasi',
            'Kegiatan',
            39,
            100000000,
            11,
            20222829,
            9,
            15602260,
            7,
            42015682,
            'TW IV belum',
            'TW IV belum',
            27,
            77840771,
            69.23,
            77.84,
          ],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1', 'K1:L1', 'M1:N1', 'O1:P1', 'Q1:R1'] },
      );
    expect(findings(renja(51.43))).toEqual([]);
    expect(brief(errors(renja(61.43)))).toEqual(['Q4 ratio.capaian']);
  });
  test('"Kecamatan / Desa | Dusun | RW | RT" is a header: its rows are closed by Jumlah rows they bear out', () => {
    const t = (rw: number) =>
      grid([
        ['Jumlah Dusun, RW dan RT Menurut Desa di Kabupaten Bantul', null, null, null],
        [null, null, null, null],
        heads('Kecamatan / Desa', 'Dusun', 'RW', 'RT'),
        [bold('Dlingo'), null, null, null],
        ['   Tegalkulon', 9, 4, 35],
        ['   Sriasri', 4, 4, 13],
        [bold('Jumlah Kec. Dlingo'), 13, 8, 48],
        [bold('Pleret'), null, null, null],
        ['   Tanjunganyar', 8, 2, 42],
        ['   Gondangasri', 3, 9, 18],
        [bold('Jumlah Kec. Pleret'), 11, rw, 60],
        [bold('Jumlah Kabupaten'), 24, 8 + rw, 108],
      ]);
    expect(analyseSheet(t(11)).tables.map((x) => x.range)).toEqual(['A3:D12']);
    expect(findings(t(11))).toEqual([]);
    expect(brief(errors(t(12)))).toEqual(['C11 sum.total-row']);
  });
  test("a total over a column of '-' only is 0: a figure typed there is found at its cell, the row's Jumlah its knock-on", () => {
    const t = (babi: number, jumlah: number) =>
      grid([
        heads('No', 'Kecamatan', 'Sapi', 'Kambing', 'Babi', 'Jumlah'),
        [null, bold('Total'), 7000, 6200, babi, jumlah],
        [1, 'Kota Sigli', 3231, 3340, '-', 6571],
        [2, 'Pidie', 2853, 1500, '-', 4353],
        [3, 'Batee', 916, 1360, '-', 2276],
      ]);
    expect(findings(t(0, 13200))).toEqual([]);
    expect(withSeverity(findings(t(1, 13201)))).toEqual(['E2 sum.total-row error', 'F2 sum.total-row warning']);
  });
  test('a Jumlah whose SUM takes in its own cell is said to be circular, not a sub-total counted twice', () => {
    const g = grid([
      heads('No', 'Uraian', 'Pagu (Rp)'),
      [1, 'Belanja Pegawai', 400],
      [2, 'Belanja Barang dan Jasa', 250],
      [null, 'Jumlah', f(650, 'SUM(C2:C4)')],
    ]);
    const found = findings(g);
    expect(withSeverity(found)).toEqual(['C4 formula.range warning']);
    expect(found[0].message.id).toContain('rujukan melingkar');
  });
  test('a unit named by its acronym (UPTD) is a line, not a group in capitals: a Jumlah off by it is found at its cell', () => {
    const t = (sd: number) =>
      grid([
        heads('No', 'Unit Kerja', 'S2', 'S1/D4', 'D3', 'SMA/SMK', 'SD/SMP', 'Jumlah'),
        [1, 'Sekretariat', 0, 12, 2, 8, 1, f(23, 'SUM(C2:G2)')],
        [2, 'Bidang I', 1, 6, 2, 2, 1, f(12, 'SUM(C3:G3)')],
        [3, 'Bidang II', 3, 6, 3, 7, 0, f(19, 'SUM(C4:G4)')],
        [4, 'Bidang III', 1, 6, 0, 8, 0, f(15, 'SUM(C5:G5)')],
        [5, 'UPTD', 2, 6, 3, 3, 1, f(15, 'SUM(C6:G6)')],
        [null, bold('Jumlah'), f(7, 'SUM(C2:C6)'), f(36, 'SUM(D2:D6)'), f(10, 'SUM(E2:E6)'), f(28, 'SUM(F2:F6)'), sd, f(81 + sd, 'SUM(C7:G7)')],
      ]);
    expect(findings(t(3))).toEqual([]);
    expect(withSeverity(findings(t(2)))).toEqual(['G7 sum.total-row error', 'H7 sum.total-row warning']);
  });
  test('failed tenders, disturbances, late reports and complaints left unresolved are lower-is-better', () => {
    for (const t of [
      'Persentase paket pengadaan yang gagal tender',
      'Jumlah kejadian gangguan ketentraman dan ketertiban umum',
      'Persentase aduan yang tidak terselesaikan',
      'Keterlambatan penyampaian laporan',
    ])
      expect([t, isLowerBetter(t)]).toEqual([t, true]);
    for (const t of ['Persentase penanganan gangguan trantibum', 'Persentase pengaduan yang ditindaklanjuti', 'Persentase penurunan keterlambatan'])
      expect([t, isLowerBetter(t)]).toEqual([t, false]);
  });
  test('lone separators read by their column: English where its other text figures are, thousands where both separators mix', () => {
    const pk = grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Jumlah peserta pelatihan', 'orang', '1,250', '1,310', 104.8],
      [2, 'Jumlah UMKM dibina', 'unit', '1,091,140', '1,120,000', 102.64],
    ]);
    expect(brief(findings(pk).filter((x) => x.rule !== 'number.text'))).toEqual([]);
    const penduduk = (c4: string) =>
      grid([
        heads('No', 'Kecamatan', 'Laki-laki', 'Perempuan', 'Jumlah'),
        [1, 'Kec. A', c4, '14.712', '31.021'],
        [2, 'Kec. B', '11,198', '10,304', '21,502'],
        [3, 'Kec. C', '32.806', '34.154', '66.960'],
        [4, 'Kec. D', '17,038', '17,075', '34,113'],
        [null, 'Jumlah', '77.351', '76.245', '153,596'],
      ]);
    expect(brief(findings(penduduk('16,309')).filter((x) => x.rule !== 'number.text'))).toEqual([]);
    expect(brief(errors(penduduk('16,409')))).toEqual(['C2 value.crossing']);
  });
  test('English and bilingual headers read as their Indonesian: Actual, Achievement (%), Budget, Year', () => {
    const pk = (y: number) =>
      grid([
        heads('No', 'Performance Indicator', 'Unit', 'Target', 'Actual', 'Achievement (%)'),
        [1, 'Persentase X', '%', 61.4, 57.36, 93.42],
        [2, 'Persentase Y', '%', 54.2, 49.04, y],
        [3, 'Persentase Z', '%', 79.8, 76.92, 96.39],
      ]);
    expect(findings(pk(90.48))).toEqual([]);
    expect(brief(errors(pk(80.48)))).toEqual(['F3 ratio.capaian']);
    const years = grid([
      heads('Year', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Rasio (%)'),
      [2021, 1000000000, 900000000, 90],
      [2022, 1200000000, 1104000000, 92],
      [2023, 1300000000, 1196000000, 92],
      [bold('Jumlah'), 3500000000, 3200000000, 91.43],
    ]);
    expect(findings(years)).toEqual([]);
    expect(isLowerBetter('Persentase kasus TB yang ditemukan dan diobati')).toBe(false);
  });
  test("a grade's band corroborates a crossing only for a keystroke's slip, not for any value that mends the mean", () => {
    const rekap = (pupr: number, grade: string, mean: number) =>
      grid(
        [
          heads('No', 'Perangkat Daerah', 'Jumlah', null, null, 'Capaian Kinerja Renja (%)', 'Rata-rata Capaian Keuangan (%)', 'Kriteria'),
          heads(null, null, 'Program', 'Kegiatan', 'Sub Kegiatan', null, null, null),
          [1, 'Dinas Pendidikan', 3, 9, 18, 100.09, 86.77, 'Sangat Tinggi'],
          [2, 'Dinas Kesehatan', 4, 12, 24, 88.82, 96.59, 'Tinggi'],
          [3, 'Dinas Pekerjaan Umum dan Penataan Ruang', 5, 15, 30, pupr, 91.2, grade],
          [4, 'Dinas Sosial', 6, 18, 36, 79.3, 88.1, 'Tinggi'],
          [5, 'Dinas Perhubungan', 3, 9, 18, 96.2, 79.4, 'Sangat Tinggi'],
          [6, 'Dinas Pertanian', 4, 12, 24, 81.5, 93.3, 'Tinggi'],
          [7, 'Badan Keuangan dan Aset Daerah', 5, 15, 30, 101.3, 90.2, 'Sangat Tinggi'],
          [8, 'Inspektorat Daerah', 6, 18, 36, 76.66, 74.47, 'Tinggi'],
          [null, bold('Jumlah'), 36, 108, 216, null, null, null],
          [null, bold('Rata-rata Capaian'), null, null, null, mean, 87.5, 'Tinggi'],
          [null, null, null, null, null, null, null, null],
          ['Kriteria: ≥ 91 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; 51 - 65 Rendah; ≤ 50 Sangat Rendah', null, null, null, null, null, null, null],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2', 'G1:G2', 'H1:H2'] },
      );
    expect(findings(rekap(87.41, 'Tinggi', 88.91))).toEqual([]);
    // A wrong grade and a wrong mean: two slips, each at its cell (87,41 → 112,21 would mend both, but is no slip of a key).
    expect(withSeverity(findings(rekap(87.41, 'Sangat Tinggi', 92.01)))).toEqual(['H5 ratio.predikat error', 'F12 sum.average error']);
    // A capaian typed with its decimal point moved breaks its grade and the mean: that one cell.
    expect(brief(errors(rekap(8.741, 'Tinggi', 88.91)))).toEqual(['F5 value.crossing']);
  });
  test('a row Jumlah and a column Jumlah each off by one, the grand total agreeing with neither, are two slips, not one cell between them', () => {
    const t = (e4: number, c5: number, c4 = 54) =>
      grid([
        heads('No', 'Golongan', 'Laki-laki', 'Perempuan', 'Jumlah'),
        [1, 'Golongan IV', 12, 9, 21],
        [2, 'Golongan III', 40, 35, 75],
        [3, 'Golongan II', c4, 47, e4],
        [null, 'Jumlah', c5, 91, 197],
      ]);
    expect(findings(t(101, 106))).toEqual([]);
    expect(withSeverity(findings(t(102, 107)))).toEqual(['E4 sum.row-total error', 'C5 sum.total-row error', 'E5 sum.row-total warning']);
    // One cell typed one off breaks its row and its column, the grand total right: that cell.
    expect(brief(errors(t(101, 106, 55)))).toEqual(['C4 value.crossing']);
  });
  test('a transition year the table puts first ("2025 (Transisi)" before 2026 … 2030) is in the period: the end Rp sums it', () => {
    const t61 = (first: string, akhir: number) =>
      grid(
        [
          heads(
            'Kode',
            'Program / Kegiatan',
            'Indikator Kinerja',
            'Satuan',
            'Capaian Kinerja Program dan Kerangka Pendanaan',
            null,
            null,
            null,
            null,
            null,
            'Kondisi Kinerja pada Akhir Periode Renstra',
            null,
          ),
          heads(null, null, null, null, first, null, '2026', null, '2027', null, null, null),
          heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
          ['1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', 'Persentase sekolah terakreditasi', '%', 81, 100, 82, 120, 83, 130, 83, f(akhir, 'F4+H4+J4')],
          ['1.01.02.2.01', 'Pengelolaan Pendidikan SD', 'Jumlah SD yang dibina', 'Sekolah', 40, 100, 40, 120, 40, 130, 40, f(akhir, 'F5+H5+J5')],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:J1', 'E2:F2', 'G2:H2', 'I2:J2', 'K1:L2'] },
      );
    expect(findings(t61('2025 (Transisi)', 350))).toEqual([]);
    expect(findings(t61('2025', 350))).toEqual([]);
  });
  test("a total on a table's continuation sheet adds the first sheet's programs under their sasaran heading, its group named apart", () => {
    const page = (name: string, group: string, rows: Lit[][]) =>
      grid(
        [
          heads('Kode', 'Program / Kegiatan', 'Indikator Kinerja', group, null, null, null),
          heads(null, null, null, '2025', null, '2026', null),
          heads(null, null, null, 'Target', 'Rp', 'Target', 'Rp'),
          ...rows,
        ],
        { name, merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:G1', 'D2:E2', 'F2:G2'] },
      );
    const book = (jumlah: number) => [
      page('Hal 1', 'Capaian Kinerja Program dan Kerangka Pendanaan', [
        [null, bold('Sasaran 1.1 : Meningkatnya pelayanan sosial'), null, null, null, null, null],
        ['1.06.02', 'PROGRAM PEMBERDAYAAN SOSIAL', 'Persentase PSKS aktif', 62, 100, 64, 110],
        ['1.06.02.2.01', 'Pengumpulan Sumbangan', 'Jumlah laporan', 1, 100, 1, 110],
      ]),
      page('Hal 2 (lanjutan)', 'Target Kinerja Program dan Kerangka Pendanaan', [
        ['1.06.03', 'PROGRAM REHABILITASI SOSIAL', 'Persentase PPKS tertangani', 55, 200, 60, 210],
        ['1.06.03.2.01', 'Rehabilitasi Sosial Dasar', 'Jumlah PPKS', 100, 200, 100, 210],
        [null, bold('JUMLAH SASARAN 1.1'), null, null, jumlah, null, 320],
      ]),
    ];
    expect(analyseWorkbook(book(300)).findings.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(brief(analyseWorkbook(book(310)).findings.filter((x) => x.severity === 'error'))).toEqual(['E6 sum.total-row']);
  });
  test("a plan's yearly target left blank between set years, or beside that year's Rp, is said at its cell; '-' says none is set", () => {
    const t = (y2027: string | number | null) =>
      grid(
        [
          heads('Kode', 'Program / Kegiatan', 'Indikator Kinerja', 'Target', null, null, null, null, null, 'Kondisi Akhir', null),
          heads(null, null, null, '2026', null, '2027', null, '2028', null, null, null),
          heads(null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
          ['3.27.03', 'PROGRAM PENYEDIAAN SARANA PERTANIAN', 'Persentase sarana tersedia', 70, 400, y2027, 500, 80, 600, 80, 1500],
          ['3.27.03.2.01', 'Pengawasan Sarana Pertanian', 'Jumlah pengawasan', 10, 400, 12, 500, 14, 600, 36, 1500],
        ],
        { merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:I1', 'D2:E2', 'F2:G2', 'H2:I2', 'J1:K2'] },
      );
    expect(findings(t(75))).toEqual([]);
    expect(withSeverity(findings(t(null)))).toEqual(['F4 value.missing warning']);
    expect(findings(t('-'))).toEqual([]);
  });
  test('small exact counts (4 kajian of 4, 5 segmen) match exactly: 97,63 for 4 of 4 is a slip', () => {
    const iku = (cap: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Indeks Inovasi Daerah', 'skor', 42.5, 43.14, 101.51],
        [2, 'Jumlah hasil kelitbangan yang dimanfaatkan perangkat daerah', 'kajian', 4, 4, cap],
      ]);
    expect(findings(iku(100))).toEqual([]);
    expect(brief(errors(iku(97.63)))).toEqual(['F3 ratio.capaian']);
  });
});

describe('probe rounds 149– (2026-12-07, after stop 41)', () => {
  // An SPM table's header and one bidang's three services (sasaran 1.000 | 200 | 500), as several tests below state them.
  const SPM_HEAD = heads('No', 'Jenis Pelayanan Dasar', 'Jumlah Sasaran', 'Terlayani', 'Capaian (%)', 'Indeks Capaian');
  const LAYANAN_3: Lit[][] = [
    [1, 'Layanan 1', 1000, 950, 95, 95],
    [2, 'Layanan 2', 200, 100, 50, 50],
    [3, 'Layanan 3', 500, 400, 80, 80],
  ];
  test("a quarterly row's polarity read from its quarters is said of its quarters, not its years (round 136)", () => {
    const T = [10, 9, 8, 7];
    const R = [9, 8.5, 7.5, 7.2];
    const inv = T.map((t, i) => Math.round(((2 * t - R[i]) / t) * 10000) / 100);
    const rt = T.map((t, i) => Math.round((R[i] / t) * 10000) / 100);
    const odd = [...inv];
    odd[1] = rt[1];
    const tw = ['I', 'II', 'III', 'IV'];
    const found = findings(
      grid([
        heads('No', 'Indikator', ...tw.map((q) => `Target TW ${q}`), ...tw.map((q) => `Realisasi TW ${q}`), ...tw.map((q) => `Capaian TW ${q} (%)`)),
        [1, 'Angka Kejadian ISPA per 1.000 balita', ...T, ...R, ...odd],
        [2, 'Cakupan imunisasi dasar lengkap', 90, 91, 92, 93, 88, 90, 93, 92, 97.78, 98.9, 101.09, 98.92],
      ]),
    );
    expect(withSeverity(found)).toEqual(['L2 ratio.capaian warning']);
    expect(found[0].message.id).toContain('triwulan-triwulan lain baris ini');
    expect(found[0].message.en).toContain("this row's other quarters are computed as lower-is-better");
  });

  test('a row coded as the region over the coded rows above it closes them as their total (round 142)', () => {
    const table = (murid: number) =>
      grid(
        [
          heads('No', 'Kode', 'Kecamatan', 'Sekolah', 'Murid', 'Guru'),
          [1, '82.71.01', 'Pulau Ternate', 19, 3553, 271],
          [2, '82.71.02', 'Moti', 48, 6672, 470],
          [3, '82.71.03', 'Pulau Batang Dua', 60, 8880, 659],
          [4, '82.71.04', 'Pulau Hiri', 31, 4309, 345],
          [null, '82.71', 'Kota Ternate', 158, murid, 1745],
        ],
        { name: 'Data' },
      );
    expect(findings(table(23414))).toEqual([]);
    expect(brief(errors(table(23416)))).toEqual(['E6 sum.total-row']);
    // Its code above them, a parent as Tabel 6.1 states it: no total (nothing of theirs is summed into it here).
    const above = grid([
      heads('No', 'Kode', 'Kecamatan', 'Sekolah', 'Murid', 'Guru'),
      [null, '82.71', 'Kota Ternate', 158, 23414, 1745],
      [1, '82.71.01', 'Pulau Ternate', 19, 3553, 271],
      [2, '82.71.02', 'Moti', 48, 6672, 470],
      [3, '82.71.03', 'Pulau Batang Dua', 60, 8880, 659],
      [4, '82.71.04', 'Pulau Hiri', 31, 4309, 345],
      [5, '82.72', 'Kota Tidore', 10, 100, 10],
    ]);
    expect(findings(above)).toEqual([]);
  });

  test("a lone separator its column cannot settle is read the way its row's stated ratio bears out (round 146)", () => {
    const table = (target: string, realisasi: number | string, capaian: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Rasio dokter per 1.000 penduduk', 'rasio', target, realisasi, capaian],
        [2, 'Persentase balita gizi buruk tertangani', '%', 94.74, 90, 95],
      ]);
    // "1.250" beside 1,31 and 104,8: one and a quarter, as the capaian says (English), not one thousand two hundred and fifty.
    const en = findings(table('1.250', 1.31, 104.8));
    expect(withSeverity(en)).toEqual(['D2 number.text warning']);
    expect(en[0].message.en).toContain('"1.250" reads as 1.25 (English style)');
    // "1,250" beside 1.300 and 104: one thousand two hundred and fifty, as the capaian says.
    const thousands = findings(table('1,250', 1300, 104));
    expect(withSeverity(thousands)).toEqual(['D2 number.text warning']);
    expect(thousands[0].message.en).toContain('"1,250" reads as 1,250 (English style)');
    // Read the Indonesian way where that fits (1.250 people, 1.300 reached): nothing reread.
    expect(findings(table('1.250', 1300, 104)).map((x) => x.message.en)).toEqual([expect.stringContaining('"1.250" reads as 1,250 (Indonesian style)')]);
    // Neither reading fits: the capaian is wrong, said at the capaian.
    expect(brief(errors(table('1.250', 1.31, 98.5)))).toEqual(['F2 ratio.capaian']);
  });

  test('a sub-total of 0 over rows left blank in its column closes them: no other scope is reached for (round 150)', () => {
    const table = (rb: number) =>
      grid([
        heads('No', 'Unit Kerja / Nama Barang', 'Baik', 'Rusak Ringan', 'Rusak Berat', 'Jumlah'),
        ['A', 'Sekretariat'],
        [1, 'Meja Kerja', 15, null, 2, 17],
        [2, 'Printer', 7, 2, 1, 10],
        [null, 'Jumlah Sekretariat', 22, 2, 3, 27],
        ['B', 'Bidang Pelayanan'],
        [1, 'Laptop', 16, 3, null, 19],
        [2, 'Scanner', 4, null, null, 4],
        [null, 'Jumlah Bidang Pelayanan', 20, 3, rb, 23 + rb],
        [null, 'JUMLAH TOTAL', 42, 5, 3 + rb, 50 + rb],
      ]);
    expect(findings(table(0))).toEqual([]);
    // A figure over those blanks is still wrong.
    expect(brief(errors(table(1)))).toEqual(['E9 sum.total-row', 'F9 sum.total-row']);
  });

  test('whole figures under a header naming a count ("Laki-laki ▸ Orang", their Jumlah) are exact: a row percentage off by 4 points is said (round 150)', () => {
    const table = (d7: number, g8 = 34) =>
      grid(
        [
          ['No', 'Unit Kerja', 'Laki-laki', null, 'Perempuan', null, 'Jumlah'],
          ['No', 'Unit Kerja', 'Orang', '%', 'Orang', '%', 'Jumlah'],
          [1, 'Sekretariat', 8, 100, 0, 0, 8],
          [2, 'Bidang Program', 15, 53.57, 13, 46.43, 28],
          [3, 'Bidang Pelayanan', 4, d7, 9, 69.23, 13],
          [4, 'Bidang Pembinaan', 24, 70.59, 10, 29.41, g8],
          [5, 'Bidang Pengawasan', 6, 66.67, 3, 33.33, 9],
          [null, 'Jumlah', 57, 61.96, 35, 38.04, 92],
        ],
        { merges: ['C1:D1', 'E1:F1', 'A1:A2', 'B1:B2', 'G1:G2'] },
      );
    expect(findings(table(30.77))).toEqual([]);
    expect(brief(errors(table(35.27)))).toEqual(['D5 ratio.capaian']);
    // With a second row off (its Jumlah typed 33 for 34): 4 of 13 is still 30,77, not anything from 3,5/13,5 to
    // 4,5/12,5 as measured figures would allow — no rounding of a head count.
    expect(brief(errors(table(35.27, 33)))).toEqual(['D5 ratio.capaian', 'G6 sum.row-total']);
  });

  test("an undated Lebih/(Kurang) in a table of one year reads that year's budgets: realised in full, a column of 0 holds (round 151)", () => {
    const table = (g: number) =>
      grid(
        [
          ['Kode Rekening', 'URAIAN', 'Anggaran Tahun 2021', null, 'Realisasi', 'Capaian (%)', 'Selisih Lebih/(Kurang)'],
          ['Kode Rekening', 'URAIAN', 'Sebelum Perubahan', 'Perubahan', 'Realisasi', 'Capaian (%)', 'Selisih Lebih/(Kurang)'],
          [6, 'PEMBIAYAAN DAERAH'],
          [61, 'PENERIMAAN PEMBIAYAAN', 91694275, 195999567, 195999567, 100, 0],
          [6101, 'Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya', 55585424, 161335614, 161335614, 100, 0],
          [6105, 'Penerimaan Pinjaman Daerah', 36108851, 34663953, 34663953, 100, 0],
          [62, 'PENGELUARAN PEMBIAYAAN', 13804891, 14356660, 14356660, 100, 0],
          [6202, 'Penyertaan Modal Daerah', 7270097, 7388628, 7388628, 100, 0],
          [6203, 'Pembayaran Cicilan Pokok Utang', 6534794, 6968032, 6968032, 100, g],
        ],
        { merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'F1:F2', 'G1:G2'] },
      );
    expect(findings(table(0))).toEqual([]);
    expect(brief(errors(table(433238)))).toEqual(['G9 sum.difference']);
  });

  test('"Pertumbuhan (%)" after two years of realisasi typed the later first grows from the earlier (round 151)', () => {
    const g = (d: number, f: number) => Math.round(((d - f) / f) * 10000) / 100;
    const table = (g7: number) =>
      grid([
        heads('Kode', 'Uraian', 'Target 2025', 'Realisasi 2025', '%', 'Realisasi 2024', 'Pertumbuhan (%)'),
        ['4.1.01', 'Pajak Daerah', 14974, 14683, 98.06, 14519, g(14683, 14519)],
        ['4.1.01.06', 'Pajak Hotel', 5546, 4891, 88.19, 6226, g(4891, 6226)],
        ['4.1.01.07', 'Pajak Restoran', 8064, 8465, 104.97, 7176, g(8465, 7176)],
        ['4.1.01.08', 'Pajak Hiburan', 1364, 1327, 97.29, 1117, g7],
      ]);
    expect(findings(table(g(1327, 1117)))).toEqual([]);
    expect(brief(errors(table(18.08)))).toEqual(['G5 ratio.pertumbuhan']);
  });

  test('"Tidak Terserap" beside Anggaran and Realisasi is their Sisa, checked by row (round 151)', () => {
    const table = (f5: number) =>
      grid([
        heads('No', 'SKPD', 'Anggaran (Rp)', 'Realisasi (Rp)', '%', 'Tidak Terserap'),
        [1, 'Dinas Pendidikan', 244892221584, 215923782584, 88.17, 28968439000],
        [2, 'Dinas Kesehatan', 247441633603, 221598751253, 89.56, f5],
        [3, 'Sekretariat Daerah', 194701993834, 168534119164, 86.56, 26167874670],
        [null, 'JUMLAH', 687035849021, 606056653001, 88.21, 80979196020],
      ]);
    expect(findings(table(25842882350))).toEqual([]);
    expect(withSeverity(findings(table(25843082350)))).toEqual(['F3 sum.difference error', 'F5 sum.total-row warning']);
  });

  test('an Indeks Capaian SPM row closing a rekap per bidang: Bobot adds up, the index is weighted by it, the counts add up (round 153)', () => {
    const table = (e10: number, c10 = 100) =>
      grid([
        heads('No', 'Bidang', 'Bobot (%)', 'Jumlah Jenis Layanan', 'Indeks SPM', 'Kategori'),
        [1, 'Pendidikan', 25, 4, 80, 'Tuntas Utama'],
        [2, 'Kesehatan', 25, 12, 90, 'Tuntas Utama'],
        [3, 'Pekerjaan Umum', 15, 2, 70, 'Tuntas Madya'],
        [4, 'Perumahan Rakyat', 10, 2, 60, 'Tuntas Madya'],
        [5, 'Trantibumlinmas', 10, 5, 95, 'Tuntas Utama'],
        [6, 'Sosial', 15, 5, 85, 'Tuntas Utama'],
        [null, 'INDEKS CAPAIAN SPM KAB. X', c10, 30, e10, 'Tuntas Utama'],
      ]);
    // Σ bobot × indeks / Σ bobot = 81,25 (the plain mean is 80).
    expect(findings(table(81.25))).toEqual([]);
    expect(findings(table(80))).toEqual([]);
    expect(brief(errors(table(82.5)))).toEqual(['E8 sum.average']);
    // Weights that do not add up are still said.
    expect(brief(errors(table(81.25, 110)))).toEqual(['C8 sum.average']);
  });

  test('each bidang closed by its own mean, however labelled ("Indeks SPM Bidang …", "Rata-rata Bidang …"), averages its own rows (round 153)', () => {
    const table = (e15: number) =>
      grid([
        heads('No', 'Jenis Pelayanan Dasar', 'Penerima (%)', 'Mutu (%)', 'Indeks SPM'),
        ['I', 'Bidang Pendidikan'],
        [1, 'Layanan Pendidikan 1', 56.82, 42.03, 53.86],
        [2, 'Layanan Pendidikan 2', 84.28, 52.26, 77.88],
        [null, 'Indeks SPM Bidang Pendidikan', null, null, 65.87],
        ['II', 'Bidang Kesehatan'],
        [1, 'Layanan Kesehatan 1', 100, 83.63, 96.73],
        [2, 'Layanan Kesehatan 2', 100, 96.27, 99.25],
        [null, 'Rata-rata Bidang Kesehatan', null, null, 97.99],
        ['III', 'Bidang Pekerjaan Umum'],
        [1, 'Layanan Pekerjaan Umum 1', 62.61, 90.84, 68.26],
        [2, 'Layanan Pekerjaan Umum 2', 100, 44.6, 88.92],
        [null, 'Indeks Capaian SPM Bidang PUPR', null, null, e15],
      ]);
    expect(errors(table(78.59))).toEqual([]);
    expect(brief(errors(table(80.59)))).toEqual(['E13 sum.average']);
    // "Rata-rata Lama Sekolah" under a heading it does not name stays an indicator.
    const rls = grid([
      heads('No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'),
      ['I', 'Bidang Pendidikan'],
      [1, 'Angka Partisipasi Sekolah', 95, 96, 101.05],
      [2, 'Rata-rata Lama Sekolah', 8.5, 8.6, 101.18],
    ]);
    expect(analyseSheet(rls).tables[0].rows.find((x) => x.label === 'Rata-rata Lama Sekolah')?.kind).toBe('indicator');
  });

  test('an SPM Rencana Pencapaian: planned % per year are targets, Kondisi Akhir (%) the last year, a bidang row naming its office is body (round 153)', () => {
    const table = (akhir: number) =>
      grid(
        [
          [
            'No',
            'Jenis Pelayanan Dasar',
            'Satuan',
            'Baseline',
            'Rencana Pencapaian (%)',
            null,
            null,
            'Kebutuhan Anggaran (Rp)',
            null,
            null,
            'Jumlah 2025-2027',
            'Kondisi Akhir (%)',
            'Perangkat Daerah',
          ],
          [
            'No',
            'Jenis Pelayanan Dasar',
            'Satuan',
            'Baseline',
            2025,
            2026,
            2027,
            2025,
            2026,
            2027,
            'Jumlah 2025-2027',
            'Kondisi Akhir (%)',
            'Perangkat Daerah',
          ],
          ['I', 'Bidang Pendidikan', null, null, null, null, null, null, null, null, null, null, 'Dinas Pendidikan'],
          [1, 'Pendidikan Anak Usia Dini (PAUD)', '%', 78.94, 84.43, 88, 91.69, 579000000, 3988700000, 1109900000, 5677600000, 91.69],
          [2, 'Pendidikan Dasar (SD)', '%', 83.43, 87.83, 88.83, 92.43, 3943600000, 2617700000, 3472200000, 10033500000, akhir],
          ['II', 'Bidang Perumahan Rakyat', null, null, null, null, null, null, null, null, null, null, 'Dinas Perkim'],
          [1, 'Penyediaan dan rehabilitasi rumah layak huni', '%', 92.74, 94.21, 96.49, 98.02, 313800000, 3884200000, 1560500000, 5758500000, 98.02],
          [2, 'Fasilitasi penyediaan rumah layak huni', '%', 76.57, 83.05, 89.6, 93.77, 3297000000, 2470400000, 378000000, 6145400000, 93.77],
        ],
        { merges: ['E1:G1', 'H1:J1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'K1:K2', 'L1:L2', 'M1:M2'] },
      );
    const t = analyseSheet(table(92.43)).tables[0];
    expect(t.headerRows).toBe(2);
    expect(t.columns.slice(4, 7).map((c) => c.role)).toEqual(['target', 'target', 'target']);
    expect(t.columns[11].role).toBe('akhirTarget');
    expect(findings(table(92.43))).toEqual([]);
    expect(withSeverity(findings(table(95)))).toEqual(['L5 sum.period warning']);
  });

  test('a score (satuan "nilai") runs to date as its latest, as a percentage does: =G beside the counts\' =E+G is no odd formula (round 152)', () => {
    const row = (name: string, ind: string, sat: string, d: number, e: number, fT: number, g: number, r: number, level: boolean): Lit[] => [
      name,
      ind,
      sat,
      d,
      e,
      fT,
      g,
      f(Math.round((g / fT) * 10000) / 100, `G${r}/F${r}*100`),
      f(level ? g : e + g, level ? `G${r}` : `E${r}+G${r}`),
      f(Math.round(((level ? g : e + g) / d) * 10000) / 100, `I${r}/D${r}*100`),
    ];
    const g = grid(
      [
        [
          'Program/Kegiatan',
          'Indikator Kinerja',
          'Satuan',
          'Target Renstra Tahun 2026 (Akhir Periode)',
          'Realisasi Capaian s.d. Tahun 2022',
          'Target dan Realisasi Renja Tahun 2023',
          null,
          null,
          'Realisasi Capaian s.d. Tahun 2023',
          null,
        ],
        [
          'Program/Kegiatan',
          'Indikator Kinerja',
          'Satuan',
          'Target Renstra Tahun 2026 (Akhir Periode)',
          'Realisasi Capaian s.d. Tahun 2022',
          'Target',
          'Realisasi',
          'Capaian (%)',
          'Realisasi Capaian',
          'Tingkat Capaian (%)',
        ],
        row('1.02.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 'Nilai SAKIP Perangkat Daerah', 'nilai', 72.5, 64.15, 65.58, 64.4, 3, true),
        row('1.02.01.2.01 Perencanaan, Penganggaran, dan Evaluasi', 'Jumlah dokumen perencanaan', 'dokumen', 30, 18, 6, 6, 4, false),
        row('1.02.01.2.01.0001 Penyusunan Dokumen Perencanaan', 'Jumlah dokumen perencanaan Perangkat Daerah', 'dokumen', 15, 9, 3, 3, 5, false),
        row('1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN', 'Persentase fasilitas kesehatan sesuai standar', '%', 90, 82.5, 85, 86.2, 6, true),
        row('1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan', 'Jumlah puskesmas yang dikembangkan', 'unit', 20, 11, 4, 4, 7, false),
      ],
      { merges: ['F1:H1', 'I1:J1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2'] },
    );
    expect(findings(g)).toEqual([]);
  });

  test('a change between the plan year and the next, named apart or under two groups, is read from them (round 152)', () => {
    const rows: [string, number, number][] = [
      ['Dinas Pendidikan', 44726551000, 44517463000],
      ['Dinas Kesehatan', 158233685000, 161555229000],
      ['Dinas Sosial', 17620661000, 19427564000],
      ['Dinas Lingkungan Hidup', 52553670000, 52770589000],
      ['Dinas Perhubungan', 21345000000, 22110500000],
    ];
    const rekap = (last: string, value: (a: number, b: number) => number, slip = 0) =>
      grid(
        [
          ['No', 'Perangkat Daerah', 'Jumlah', null, null, 'Pagu Indikatif Tahun 2025 (Rp)', 'Prakiraan Maju Tahun 2026 (Rp)', last],
          ['No', 'Perangkat Daerah', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Pagu Indikatif Tahun 2025 (Rp)', 'Prakiraan Maju Tahun 2026 (Rp)', last],
          ...rows.map(([name, a, b], i): Lit[] => [
            i + 1,
            name,
            [3, 5, 4, 3, 2][i],
            [8, 11, 9, 7, 6][i],
            [31, 43, 23, 21, 17][i],
            a,
            b,
            value(a, b) + (i === 2 ? slip : 0),
          ]),
        ],
        { merges: ['C1:E1', 'A1:A2', 'B1:B2', 'F1:F2', 'G1:G2', 'H1:H2'] },
      );
    const growth = (a: number, b: number) => Math.round(((b - a) / a) * 10000) / 100;
    expect(findings(rekap('Pertumbuhan (%)', growth))).toEqual([]);
    expect(brief(errors(rekap('Pertumbuhan (%)', growth, 2)))).toEqual(['H5 ratio.peningkatan']);
    expect(findings(rekap('Kenaikan/ (Penurunan)', (a, b) => b - a))).toEqual([]);
    expect(brief(errors(rekap('Kenaikan/ (Penurunan)', (a, b) => b - a, 1000000)))).toEqual(['H5 sum.difference']);
    // One figure under two groups (Rancangan Awal | Hasil Analisis Kebutuhan): the later less the earlier.
    const review = (h4: number) =>
      grid(
        [
          ['No', 'Rancangan Awal RKPD', null, null, 'Hasil Analisis Kebutuhan', null, null, 'Bertambah/ (Berkurang)'],
          [
            'No',
            'Program/Kegiatan',
            'Indikator Kinerja',
            'Pagu Indikatif (Rp 000)',
            'Program/Kegiatan',
            'Indikator Kinerja',
            'Pagu Indikatif (Rp 000)',
            'Bertambah/ (Berkurang)',
          ],
          [
            1,
            '1.03.18 Program Rehabilitasi Jalan dan Jembatan',
            'Panjang jalan kondisi baik',
            1250000,
            'Program Rehabilitasi Jalan dan Jembatan',
            'Panjang jalan kondisi baik',
            2499332,
            1249332,
          ],
          [
            null,
            '1.03.18.13 Rehabilitasi Jalan',
            'Panjang jalan yang direhabilitasi',
            1000000,
            'Rehabilitasi Jalan',
            'Panjang jalan yang direhabilitasi',
            2249332,
            h4,
          ],
          [
            null,
            '1.03.18.14 Rehabilitasi Jembatan',
            'Jumlah jembatan yang direhabilitasi',
            250000,
            'Rehabilitasi Jembatan',
            'Jumlah jembatan yang direhabilitasi',
            250000,
            0,
          ],
        ],
        { merges: ['B1:D1', 'E1:G1', 'A1:A2', 'H1:H2'] },
      );
    expect(findings(review(1249332))).toEqual([]);
    expect(brief(errors(review(-1249332)))).toEqual(['H4 sum.difference']);
  });

  test('a Rata-rata under sasaran merged down over their indicators averages every indicator line (round 149)', () => {
    const table = (mean: number) =>
      grid(
        [
          ['No', 'Sasaran Strategis / Program', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
          [1, 'Menurunnya tingkat pengangguran', 'Jumlah Tenaga Kerja yang Ditempatkan', 'Orang', 564, 527, 93.44],
          [1, 'Menurunnya tingkat pengangguran', 'Jumlah Pencari Kerja yang Dilatih', 'Orang', 400, 412, 103],
          [2, 'Meningkatnya kondusivitas hubungan industrial', 'Persentase Kasus PHI yang Diselesaikan', '%', 70.11, 70.44, 100.47],
          [2, 'Meningkatnya kondusivitas hubungan industrial', 'Persentase Perusahaan yang Menerapkan Struktur Skala Upah', '%', 50, 45, 90],
          [null, 'Rata-rata Capaian Kinerja', null, null, null, null, mean],
        ],
        { merges: ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5'] },
      );
    // (93,44 + 103 + 100,47 + 90) / 4 = 96,73; over the first line of each sasaran alone it would be 96,96.
    expect(findings(table(96.73))).toEqual([]);
    expect(brief(errors(table(96.96)))).toEqual(['G6 sum.average']);
  });

  test('"Peningkatan thd 2023 (%)" grows the latest year from the year it names, not 2023 from 2022 (round 149)', () => {
    const table = (g5: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024', 'Peningkatan thd 2023 (%)'),
        [1, 'Persentase PPKS yang Tertangani', '%', 55.18, 57.21, 59.83, 4.58],
        [2, 'Jumlah PPKS yang Menerima Bantuan Sosial', 'Orang', 1650, 1705, 1786, g5],
        [3, 'Persentase Korban Bencana yang Menerima Bantuan', '%', 89.58, 92.46, 96.59, 4.47],
        [4, 'Jumlah Kampung Siaga Bencana', 'Kampung', 14, 14, 15, 7.14],
      ]);
    expect(findings(table(4.75))).toEqual([]);
    expect(brief(errors(table(3.33)))).toEqual(['G3 ratio.peningkatan']);
  });

  test('a row marked "*)" under a note "*) … semakin rendah semakin baik, capaian = Target / Realisasi" is lower-is-better by that formula (round 149)', () => {
    const table = (cap: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Persentase Sampah yang Tertangani', '%', 68.61, 67.27, 98.05],
        [2, 'Timbulan Sampah yang Dibuang ke TPA *)', 'Ton/hari', 170.3, 151.5, cap],
        [],
        ['*) Untuk indikator yang semakin rendah semakin baik, capaian dihitung = Target / Realisasi x 100%'],
      ]);
    expect(findings(table(112.41))).toEqual([]);
    const rt = findings(table(88.96));
    expect(withSeverity(rt)).toEqual(['F3 ratio.capaian warning']);
    expect(rt[0].message.en).toContain('target/realisasi×100 gives 112.41');
  });

  test('capaian capped at 100 is the table\'s habit once one column shows it twice; a note "lebih dari 100% dicatat 100%" says it (round 156)', () => {
    const table = (note?: string) =>
      grid(
        [
          ['No', 'Indikator', 'Target Renstra', null, 'Realisasi', null, 'Rasio Capaian (%)', null],
          ['No', 'Indikator', 2019, 2020, 2019, 2020, 2019, 2020],
          [1, 'Nilai Tukar Petani (NTP)', 101.4, 102.1, 109.7, 98.5, 100, 96.47],
          [2, 'Skor Pola Pangan Harapan', 82.6, 83.75, 80.1, 74.19, 96.97, 88.59],
          [3, 'Persentase kelompok tani aktif', 60, 65, 55.2, 70.2, 92, 100],
          [4, 'Jumlah peserta sosialisasi', 120, 137, 93, 160, 77.5, 100],
          ...(note ? [[], [note]] : []),
        ],
        { merges: ['C1:D1', 'E1:F1', 'G1:H1', 'A1:A2', 'B1:B2'] },
      );
    // Without a note: said once, on the column that caps two rows; 2019's one capped row is the same habit.
    expect(withSeverity(findings(table()))).toEqual(['H2 ratio.capaian warning']);
    expect(findings(table('Catatan: rasio capaian lebih dari 100% dicatat 100%'))).toEqual([]);
  });

  test("a Tabel 6.1 section's Jumlah adds its programs where names alone could not place their kegiatan under them (round 155)", () => {
    const plan = (f10: number) =>
      grid([
        heads('Program, Kegiatan dan Sub Kegiatan', 'Indikator', 'Satuan', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026'),
        ['Tujuan: Meningkatnya kualitas lingkungan hidup', 'Indeks Kualitas Lingkungan Hidup', 'Indeks', 61, null, 62, null],
        ['Sasaran Meningkatnya pengelolaan sampah', 'Persentase sampah terkelola', '%', 72, null, 74, null],
        ['Program Pengelolaan Persampahan', 'Persentase sampah tertangani', '%', 72, 100000000, 74, 110000000],
        ['Pengelolaan Sampah', 'Volume sampah tertangani', 'Ton', 310, 100000000, 320, 110000000],
        ['Penyediaan Sarana dan Prasarana Pengelolaan Sampah', 'Jumlah armada', 'Unit', 22, 100000000, 24, 110000000],
        ['Jumlah Sasaran 1', null, null, null, 100000000, null, 110000000],
        ['Tujuan: Meningkatnya tata kelola perangkat daerah', 'Nilai AKIP', 'Nilai', 71, null, 72, null],
        ['Sasaran Meningkatnya akuntabilitas kinerja', 'Persentase capaian kinerja', '%', 87, null, 89, null],
        ['Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP', 'Nilai', 71, 500000000, 72, 520000000],
        ['Administrasi Umum Perangkat Daerah', 'Persentase layanan administrasi', '%', 82, 500000000, 84, 520000000],
        ['Penyediaan Bahan Logistik Kantor', 'Jumlah paket logistik', 'Paket', 12, 200000000, 12, 210000000],
        ['Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Jumlah laporan rapat', 'Laporan', 12, 300000000, 12, 310000000],
        ['Jumlah Sasaran 2', null, null, null, 500000000, null, 520000000],
        ['TOTAL', null, null, null, 600000000, null, f10],
      ]);
    expect(errors(plan(630000000))).toEqual([]);
    expect(brief(errors(plan(650000000)))).toEqual(['G15 sum.total-row']);
  });

  test("a page break between a sub kegiatan and its second indicator line leaves that line the sub kegiatan's; the sasaran's Jumlah stays a total (round 155)", async () => {
    const name = 'r155-page-break-before-indicator-line.xlsx';
    const res = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'probes', name)), name));
    expect(res.findings.filter((x) => x.severity !== 'info' && x.rule !== 'number.text')).toEqual([]);
    const rows = res.tables[0].rows;
    // Row 23 (0-based 22) "Jumlah peserta rapat" under the repeated header: a line of the sub kegiatan on row 18.
    expect(rows.find((x) => x.row === 22)).toMatchObject({ kind: 'continuation', parent: 17 });
    expect(rows.find((x) => x.row === 23)?.kind).toBe('total');
  });

  test("a bold unlabelled sub-total under a program of one kegiatan closes it as the other programs' do, a slip in it said there (round 154)", () => {
    const table = (c6: number) =>
      grid([
        heads('No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'),
        [bold('I'), bold('Program Rehabilitasi Sosial')],
        [1, 'Rehabilitasi Sosial Dasar Penyandang Disabilitas', 100000000, 90000000, 90],
        [null, null, bold(c6), bold(90000000), bold(90)],
        [bold('II'), bold('Program Perlindungan dan Jaminan Sosial')],
        [1, 'Pemeliharaan Anak-Anak Terlantar', 200000000, 150000000, 75],
        [2, 'Pengelolaan Data Fakir Miskin', 100000000, 80000000, 80],
        [null, null, bold(300000000), bold(230000000), bold(76.67)],
        [null, bold('JUMLAH'), bold(400000000), bold(320000000), bold(80)],
      ]);
    expect(findings(table(100000000))).toEqual([]);
    expect(brief(errors(table(110000000)))).toEqual(['C4 sum.total-row']);
  });

  test('bidang means labelled every which way close their own block; one the table calls weighted is weighted by its sasaran (round 157)', () => {
    const mixed = (f15: number) =>
      grid([
        SPM_HEAD,
        ['I', 'Bidang Pendidikan'],
        [1, 'Layanan 1', 100, 90, 90, 90],
        [2, 'Layanan 2', 100, 70, 70, 70],
        [null, 'Rata-rata Indeks Bidang Pendidikan', null, null, null, 80],
        ['II', 'Bidang Kesehatan'],
        [1, 'Layanan 1', 100, 60, 60, 60],
        [2, 'Layanan 2', 100, 100, 100, 100],
        [null, 'Indeks Bidang Kesehatan (rata-rata)', null, null, null, 80],
        ['III', 'Bidang Sosial'],
        [1, 'Layanan 1', 100, 80, 80, 80],
        [2, 'Layanan 2', 100, 50, 50, 50],
        [null, 'Indeks Capaian SPM Bidang Sosial', null, null, null, f15],
      ]);
    expect(errors(mixed(65))).toEqual([]);
    expect(brief(errors(mixed(75)))).toEqual(['F13 sum.average']);
    const weighted = (f6: number) =>
      grid([SPM_HEAD, ['I', 'Bidang Pendidikan'], ...LAYANAN_3, [null, 'Indeks Bidang Pendidikan (rata-rata tertimbang)', null, null, null, f6]]);
    // Σ sasaran × indeks / Σ sasaran = 85,29; the plain mean 75.
    expect(errors(weighted(85.29))).toEqual([]);
    expect(brief(errors(weighted(80)))).toEqual(['F6 sum.average']);
  });

  test("a Jumlah row's index stated as the rows' mean holds where the note says the column's total is its mean; without the note it is the slip (round 157)", () => {
    const table = (note: boolean) =>
      grid([
        SPM_HEAD,
        ['I', 'Bidang Pendidikan'],
        ...LAYANAN_3,
        [null, 'Jumlah Bidang Pendidikan', 1700, 1450, 85.29, 75],
        [],
        [note ? 'Indeks bidang = rata-rata indeks jenis layanan' : null],
      ]);
    expect(errors(table(true))).toEqual([]);
    const slip = errors(table(false));
    expect(brief(slip)).toEqual(['F6 ratio.total']);
    expect(slip[0].message.en).toContain('plain mean');
  });

  test("a bidang row naming its Dinas in the next cell is the body's heading, its Dinas no bad number (round 157)", () => {
    const g = grid([
      SPM_HEAD,
      ['I', 'Bidang Pendidikan', 'Dinas Pendidikan'],
      [1, 'Layanan 1', 1000, 950, 95, 95],
      [2, 'Layanan 2', 200, 100, 50, 50],
      ['II', 'Bidang Kesehatan', 'Dinas Kesehatan'],
      [1, 'Layanan 1', 300, 250, 83.33, 83.33],
      [2, 'Layanan 2', 90, 90, 100, 100],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.headerRows).toBe(1);
    expect(findings(g)).toEqual([]);
  });

  test('bidang rows carrying their Dinas are the headings their weighted means name; "Nilai Indeks SPM …" closes the table with the mean (round 157)', () => {
    const table = (h: number) =>
      grid([
        heads('No', 'Urusan / Jenis Layanan Dasar', 'Jumlah Sasaran', 'Terlayani', 'Persentase Capaian (4/3x100)', 'Nilai Indeks'),
        ['I.', 'Bidang Pendidikan', 'Dinas Pendidikan, Pemuda dan Olahraga'],
        [1, 'Pendidikan Anak Usia Dini (PAUD)', 24715, 21608, 87.43, 87.43],
        [2, 'Pendidikan Dasar', 3474, 2126, 61.2, 61.2],
        [3, 'Pendidikan Kesetaraan', 2961, 2011, 67.92, 67.92],
        [null, 'Indeks Bidang Pendidikan (rata-rata tertimbang)', null, null, null, h],
        ['II.', 'Bidang Sosial', 'Dinas Sosial'],
        [1, 'Rehabilitasi Sosial Dasar Penyandang Disabilitas', 12206, 6562, 53.76, 53.76],
        [2, 'Rehabilitasi Sosial Dasar Anak Terlantar', 29510, 29510, 100, 100],
        [null, 'Indeks SPM Bidang Sosial (tertimbang sasaran)', null, null, null, 86.47],
        [null, 'NILAI INDEKS SPM KOTA DUMAI', null, null, null, Math.round(((h + 86.47) / 2) * 100) / 100],
      ]);
    // (87,43 × 24.715 + 61,2 × 3.474 + 67,92 × 2.961) / 31.150 = 82,65.
    expect(errors(table(82.65))).toEqual([]);
    // The plain mean (72,18) under a label that says weighted is the slip, said with the weighted mean.
    const plain = errors(table(72.18));
    expect(brief(plain)).toEqual(['F6 sum.average']);
    expect(plain[0].message.en).toContain('weighted by "Jumlah Sasaran" is 82.65');
  });

  test('an SPM index table: a header stating its formula "(80% x Kol.7)", an office merged over a bidang row, Belum Terlayani no numerator, mutu an input, the region the mean of the bidang Jumlah (round 157)', () => {
    const r2 = (x: number) => Math.round(x * 100) / 100;
    const lay = (no: string, name: string, s: number, t: number, mutu: number): Lit[] => {
      const c = r2((t / s) * 100);
      return [no, name, 'orang', s, t, s - t, c, mutu, r2(0.8 * c + 0.2 * mutu), 'Tuntas Madya'];
    };
    const rowsA = [lay('a', 'Pendidikan Anak Usia Dini', 39881, 39881, 62.76), lay('b', 'Pendidikan Dasar', 39107, 28176, 46.56)];
    const rowsB = [lay('a', 'Pelayanan Kesehatan Ibu Hamil', 20495, 10567, 100), lay('b', 'Pelayanan Kesehatan Ibu Bersalin', 13222, 12166, 100)];
    const jumlah = (name: string, rs: Lit[][]): Lit[] => {
      const s = rs.reduce((a, r) => a + (r[3] as number), 0);
      const t = rs.reduce((a, r) => a + (r[4] as number), 0);
      return [null, name, null, s, t, s - t, r2((t / s) * 100), null, r2(rs.reduce((a, r) => a + (r[8] as number), 0) / rs.length), null];
    };
    const jA = jumlah('Jumlah Bidang Pendidikan', rowsA);
    const jB = jumlah('Jumlah Bidang Kesehatan', rowsB);
    const table = (overall: number) =>
      grid(
        [
          [
            'No',
            'Jenis Pelayanan Dasar',
            'Satuan',
            'Jumlah Sasaran',
            'Realisasi Terlayani',
            'Belum Terlayani',
            'Capaian (%)',
            'Capaian Mutu Layanan (%)',
            'Indeks = (80% x Kol.7) + (20% x Kol.8)',
            'Kategori',
          ],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
          ['A', 'Bidang Pendidikan', null, 'PD: Dinas Pendidikan'],
          ...rowsA,
          jA,
          ['B', 'Bidang Kesehatan', null, 'PD: Dinas Kesehatan'],
          ...rowsB,
          jB,
          [null, 'INDEKS CAPAIAN SPM KOTA TEGAL', null, null, null, null, null, null, overall, null],
        ],
        { merges: ['D3:J3', 'D7:J7'] },
      );
    const mean = r2(((jA[8] as number) + (jB[8] as number)) / 2);
    const t = analyseSheet(table(mean)).tables[0];
    expect([t.range.split(':')[0], t.headerRows]).toEqual(['A1', 2]);
    expect(t.columns[6].relation?.rel).toMatchObject({ kind: 'ratio', num: 4, den: 3 });
    expect(errors(table(mean))).toEqual([]);
    expect(brief(errors(table(mean + 5)))).toEqual(['I11 sum.average']);
  });

  test('"Capaian Kinerja Rata-rata" is a mean row; an overall =AVERAGE over the sasaran means another column states holds (round 158)', () => {
    const a = grid([
      heads('No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Meningkatnya kualitas perencanaan', 'Nilai evaluasi RKPD', 'Nilai', 80, 84, 105],
      [2, 'Meningkatnya akuntabilitas', 'Nilai SAKIP', 'Nilai', 70, 63, 90],
      ['Capaian Kinerja Rata-rata', null, null, null, null, null, 97.5],
    ]);
    expect(errors(a)).toEqual([]);
    const b = (g8: number) =>
      grid(
        [
          heads('No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian Sasaran (%)'),
          [1, 'Sasaran A', 'Indikator a1', '%', 80, 84, 105, f(100, 'AVERAGE(G2:G3)')],
          [1, 'Sasaran A', 'Indikator a2', '%', 100, 95, 95, null],
          [2, 'Sasaran B', 'Indikator b1', '%', 70, 63, 90, f(90, 'AVERAGE(G4:G6)')],
          [2, 'Sasaran B', 'Indikator b2', '%', 80, 76, 95, null],
          [2, 'Sasaran B', 'Indikator b3', '%', 80, 68, 85, null],
          ['Rata-rata Capaian Kinerja', null, null, null, null, null, f(g8, 'AVERAGE(H2,H4)')],
        ],
        { merges: ['A2:A3', 'B2:B3', 'H2:H3', 'A4:A6', 'B4:B6', 'H4:H6'] },
      );
    expect(errors(b(95))).toEqual([]);
  });

  test('footnotes worded otherwise mark their rows lower-is-better; a capped formula dividing the other way on such a row is its convention (round 158)', () => {
    const table = (note: string, cap: number) =>
      grid([
        heads('No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Sasaran A', 'Deviasi realisasi terhadap target indikator RPJMD *)', '%', 7.8, 7.26, cap],
        [1, 'Sasaran A', 'Nilai SAKIP', 'Nilai', 70, 63, 90],
        [1, 'Sasaran A', 'Persentase rekomendasi ditindaklanjuti', '%', 80, 76, 95],
        [],
        [note],
      ]);
    expect(findings(table('*) Indikator negatif: capaian dihitung target dibagi realisasi dikali 100%', 107.44))).toEqual([]);
    expect(findings(table('Keterangan: *) indikator yang semakin rendah realisasinya semakin baik; rumus capaian = (2T - R)/T x 100', 106.92))).toEqual([]);
    const capped = grid([
      heads('No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Sasaran A', 'Persentase Raperda yang ditetapkan', '%', 82, 84.11, f(102.57, 'MIN(110,ROUND(F2/E2*100,2))')],
      [1, 'Sasaran A', 'Jumlah rekomendasi ditindaklanjuti', 'Rekomendasi', 32, 36, f(110, 'MIN(110,ROUND(F3/E3*100,2))')],
      [1, 'Sasaran A', 'Persentase keterlambatan penyampaian laporan reses *)', '%', 9, 7.31, f(110, 'MIN(110,ROUND(E4/F4*100,2))')],
      [1, 'Sasaran A', 'Indeks kepuasan anggota DPRD', 'Nilai', 84, 87.9, f(104.64, 'MIN(110,ROUND(F5/E5*100,2))')],
      [],
      ['*) indikator negatif, capaian = target / realisasi x 100%'],
      ['**) capaian di atas 110% ditetapkan 110%'],
    ]);
    expect(findings(capped)).toEqual([]);
  });

  test('"Pertumbuhan (%)" after four years of realisasi and a Target/Capaian of the last year grows the realisasi, last year on the year before (round 158)', () => {
    const g = (a: number, b: number) => Math.round(((a - b) / b) * 10000) / 100;
    const table = (j4: number) =>
      grid([
        heads(
          'Sasaran',
          'Indikator Kinerja',
          'Satuan',
          'Tahun 2021',
          'Tahun 2022',
          'Tahun 2023',
          'Tahun 2024',
          'Target 2024',
          'Capaian 2024 (%)',
          'Pertumbuhan (%)',
        ),
        ['Sasaran A', 'Persentase ketepatan waktu penetapan APBD', '%', 100, 95, 100, 96, 100, 96, g(96, 100)],
        ['Sasaran A', 'Nilai SAKIP', 'Nilai', 62.1, 64.5, 66.2, 68.9, 70, 98.43, g(68.9, 66.2)],
        ['Sasaran B', 'Indeks kepuasan layanan', 'Indeks', 78, 80, 81.5, 83, 82, 101.22, j4],
        ['Sasaran B', 'Persentase temuan ditindaklanjuti', '%', 70, 75, 80, 88, 85, 103.53, g(88, 80)],
      ]);
    expect(findings(table(g(83, 81.5)))).toEqual([]);
    expect(brief(errors(table(-1.84)))).toEqual(['J4 ratio.peningkatan']);
  });

  test("another government's targets beside the region's (Target Provinsi / Nasional 2022) are comparisons: the region's Target stays its target, its polarity read; a '-' there is no missing target (round 160)", () => {
    const nas = grid(
      [
        ['No', 'Indikator', 'Satuan', 'Polaritas', 'Kab. Sumbawa', null, null, 'Target Provinsi 2022', 'Target Nasional 2022'],
        ['No', 'Indikator', 'Satuan', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)', 'Target Provinsi 2022', 'Target Nasional 2022'],
        [1, 'Persentase penduduk wajib KTP-el yang merekam', '%', 'Positif', 98.1, 100, 101.94, 98, 99.5],
        [2, 'Persentase anak yang memiliki KIA', '%', 'Positif', 59, 64.25, 108.9, 45, 50],
        [3, 'Rata-rata waktu pelayanan dokumen kependudukan', 'Hari', 'Negatif', 2, 2.3, 85, 2, 1],
        [4, 'Indeks Kepuasan Masyarakat (IKM)', 'Nilai', 'Positif', 84.8, 92.07, 108.57, 82, 82],
      ],
      { merges: ['E1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'H1:H2', 'I1:I2'] },
    );
    expect(findings(nas)).toEqual([]);
    const years = grid(
      [
        ['No', 'Indikator', 'Satuan', 2021, null, null, 2022, null, null, 'Target Nasional 2022'],
        ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian', 'Target Nasional 2022'],
        [1, 'Persentase panjang jalan kabupaten dalam kondisi mantap', '%', 62, 65.41, 105.5, 66, 62, 93.94, 75],
        [2, 'Persentase kesesuaian pemanfaatan ruang dengan RTRW', '%', 80, 88.7, 110.88, 82.4, 84.38, 102.4, '-'],
        [3, 'Persentase jembatan kondisi baik', '%', 78, 82.01, 105.14, 80.8, 83.09, 102.83, 90],
      ],
      { merges: ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2', 'J1:J2'] },
    );
    expect(findings(years).filter((x) => x.rule === 'value.missing')).toEqual([]);
  });

  test('"Capaian Sasaran 1" closes its block with the mean; a Polaritas column of signs (+ / −) is words and says each row\'s polarity (round 160)', () => {
    const a = (f6: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Persentase desa/kelurahan UCI', '%', 90, 95.4, 106],
        [2, 'Cakupan kepesertaan JKN', '%', 95, 88.35, 93],
        [null, 'Capaian Sasaran 1', null, null, null, 99.5],
        [3, 'Persentase puskesmas terakreditasi', '%', 40, 36, 90],
        [4, 'Usia Harapan Hidup', 'Tahun', 71, 71.71, 101],
        [null, 'Capaian Sasaran 2', null, null, null, f6],
        [null, 'Rata-rata Capaian Kinerja', null, null, null, 97.5],
      ]);
    expect(errors(a(95.5))).toEqual([]);
    expect(brief(errors(a(96.5)))).toEqual(['F7 sum.average']);
    const d = grid([
      heads('No', 'Indikator', 'Satuan', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'),
      [1, 'Angka Kematian Bayi (AKB)', 'per 1.000 KH', '-', 8.1, 7.5, 107.41],
      [2, 'Usia Harapan Hidup (UHH)', 'Tahun', '+', 70.9, 71.2, 100.42],
      [3, 'Prevalensi balita kurang gizi', '%', '-', 18.8, 17.2, 108.51],
      [4, 'Cakupan kepesertaan JKN', '%', '+', 94, 95.5, 101.6],
      [],
      ['Indikator negatif: capaian = (2 x Target - Realisasi) / Target x 100%'],
    ]);
    expect(findings(d)).toEqual([]);
  });

  test("a lower-is-better row's capped (2T − R)/T formula among capped R/T formulas is its convention, not an odd reference (round 160)", () => {
    const row = (n: number, name: string, sat: string, t: number, r: number, lower: boolean): Lit[] => {
      const at = n + 1;
      const v = Math.min(100, Math.round(((lower ? 2 * t - r : r) / t) * 10000) / 100);
      return [n, name, sat, t, r, f(v, lower ? `MIN(100,ROUND((2*D${at}-E${at})/D${at}*100,2))` : `MIN(100,ROUND(E${at}/D${at}*100,2))`)];
    };
    const g = grid([
      heads('No', 'Indikator Kinerja Kunci', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'),
      row(1, 'Persentase penduduk wajib KTP-el yang terlayani', '%', 97.4, 93.51, false),
      row(2, 'Persentase anak yang memiliki akta kelahiran', '%', 92, 96.54, false),
      row(3, 'Rata-rata waktu pelayanan dokumen kependudukan', 'Hari', 2.5, 2.9, true),
      row(4, 'Indeks Kepuasan Masyarakat (IKM)', 'Nilai', 83.2, 87.14, false),
      row(5, 'Persentase aduan layanan adminduk', '%', 2.8, 2.64, true),
      [],
      ['Untuk indikator yang semakin rendah semakin baik, capaian = (2 x Target - Realisasi) / Target x 100%'],
      ['**) Capaian kinerja di atas 100% ditetapkan 100%'],
    ]);
    expect(findings(g)).toEqual([]);
  });

  test('a Tabel 6.1 numbering its years bare ("… Kerangka Pendanaan ▸ 1 | 2 | 3 ▸ Target | Rp") is a plan: the akhir Rp is the years\' sum, said at its cell (round 159)', () => {
    const plan = (m3: number) =>
      grid(
        [
          [
            'Kode',
            'Program/Kegiatan',
            'Indikator Kinerja',
            'Satuan',
            'Kondisi Awal',
            'Target Kinerja Program dan Kerangka Pendanaan',
            null,
            null,
            null,
            null,
            null,
            'Kondisi Kinerja pada Akhir Periode Renstra',
            null,
          ],
          [
            'Kode',
            'Program/Kegiatan',
            'Indikator Kinerja',
            'Satuan',
            'Kondisi Awal',
            1,
            null,
            2,
            null,
            3,
            null,
            'Kondisi Kinerja pada Akhir Periode Renstra',
            null,
          ],
          ['Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal', 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'],
          [
            '1.05.03',
            'PROGRAM PENANGGULANGAN BENCANA',
            'Persentase desa tangguh bencana',
            '%',
            8,
            10,
            900000000,
            15,
            1000000000,
            20,
            1100000000,
            20,
            3000000000,
          ],
          [
            '1.05.03.2.01',
            'Pelayanan Informasi Rawan Bencana',
            'Jumlah dokumen kajian risiko',
            'Dokumen',
            1,
            1,
            400000000,
            1,
            450000000,
            1,
            500000000,
            3,
            1350000000,
          ],
          [
            '1.05.03.2.02',
            'Pelayanan Pencegahan dan Kesiapsiagaan',
            'Jumlah desa tangguh bencana',
            'Desa',
            4,
            4,
            500000000,
            6,
            550000000,
            8,
            600000000,
            18,
            m3,
          ],
        ],
        { merges: ['F1:K1', 'L1:M2', 'A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:E3', 'F2:G2', 'H2:I2', 'J2:K2'] },
      );
    expect(analyseSheet(plan(1650000000)).tables[0].layout).toBe('rencana');
    expect(findings(plan(1650000000))).toEqual([]);
    expect(brief(errors(plan(1050000000)))).toEqual(['M6 sum.period']);
  });

  test("a helper column of levels (1 | 2 | 3) left of the codes leaves the program name the rows' label (round 159)", () => {
    const g = grid([
      heads('lvl', 'Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Satuan', 'Target 2025', 'Rp 2025', 'Target 2026', 'Rp 2026'),
      [1, '1.05.03', 'PROGRAM PENANGGULANGAN BENCANA', 'Persentase desa tangguh bencana', '%', 10, 900000000, 15, 1000000000],
      [2, '1.05.03.2.01', 'Pelayanan Informasi Rawan Bencana', 'Jumlah dokumen kajian risiko', 'Dokumen', 1, 400000000, 1, 450000000],
      [2, '1.05.03.2.02', 'Pelayanan Pencegahan dan Kesiapsiagaan', 'Jumlah desa tangguh bencana', 'Desa', 4, 500000000, 6, 550000000],
    ]);
    const t = analyseSheet(g).tables[0];
    expect(t.columns.slice(2, 4).map((c) => c.role)).toEqual(['label', 'indicator']);
    expect(t.rows.map((x) => x.label)).toEqual([
      'PROGRAM PENANGGULANGAN BENCANA',
      'Pelayanan Informasi Rawan Bencana',
      'Pelayanan Pencegahan dan Kesiapsiagaan',
    ]);
  });

  test('a "Capaian Sasaran (%)" merged down over each sasaran\'s indicators is a figure of the group, not a ratio of any one row (round 160)', () => {
    const g = grid(
      [
        heads('No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target', 'Realisasi', '% Capaian', 'Capaian Sasaran (%)'),
        [
          1,
          'Meningkatnya derajat kesehatan masyarakat',
          'Angka Kematian Ibu (AKI)',
          'per 100.000 KH',
          'Semakin rendah semakin baik',
          103,
          89.89,
          112.73,
          107.89,
        ],
        [1, 'Meningkatnya derajat kesehatan masyarakat', 'Angka Kematian Bayi (AKB)', 'per 1.000 KH', 'Semakin rendah semakin baik', 7.3, 6.71, 108.08, null],
        [1, 'Meningkatnya derajat kesehatan masyarakat', 'Usia Harapan Hidup (UHH)', 'Tahun', 'Semakin tinggi semakin baik', 71.14, 73.18, 102.87, null],
        [2, 'Menurunnya prevalensi stunting', 'Prevalensi balita stunting', '%', 'Semakin rendah semakin baik', 16.4, 14.31, 112.74, 113.49],
        [2, 'Menurunnya prevalensi stunting', 'Persentase balita gizi kurang (wasting)', '%', 'Semakin rendah semakin baik', 5.2, 4.46, 114.23, null],
      ],
      { merges: ['A2:A4', 'B2:B4', 'I2:I4', 'A5:A6', 'B5:B6', 'I5:I6'] },
    );
    expect(findings(g)).toEqual([]);
  });

  test('closing rows stating only a capaian, however labelled, read as means of their block, of the block means, or of every row above (round 162)', () => {
    const pk = (overall: number) =>
      grid([
        heads('No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Meningkatnya kualitas pelayanan adminduk', 'Persentase penduduk memiliki NIK', '%', 99.5, 99.1, 99.6],
        [1, 'Meningkatnya kualitas pelayanan adminduk', 'Cakupan akta kelahiran anak', '%', 93.95, 94.88, 100.99],
        [1, 'Meningkatnya kualitas pelayanan adminduk', 'Persentase dokumen terbit tepat waktu', '%', 90, 85.5, 95],
        [null, 'Nilai Capaian Sasaran I', null, null, null, null, 98.53],
        [2, 'Meningkatnya pemanfaatan data', 'Jumlah lembaga pengguna data', 'Lembaga', 45, 43, 95.56],
        [null, 'Nilai Capaian Sasaran II', null, null, null, null, 95.56],
        ['CAPAIAN KINERJA ORGANISASI', null, null, null, null, null, overall],
      ]);
    // (98,53 + 95,56) / 2 = 97,05, the mean of the sasaran.
    expect(errors(pk(97.05))).toEqual([]);
    expect(brief(findings(pk(91.5)).filter((x) => x.severity !== 'info'))).toEqual(['G8 ratio.capaian']);
    const spm = grid([
      heads('No', 'Jenis Pelayanan Dasar', 'Jumlah yang Harus Dilayani', 'Jumlah yang Terlayani', 'Capaian (%)'),
      ['A', 'BIDANG PENDIDIKAN'],
      [1, 'Pendidikan Anak Usia Dini', 9424, 7217, 76.58],
      [2, 'Pendidikan Dasar (SD)', 36029, 29852, 82.86],
      [null, 'Jumlah Bidang Pendidikan', 45453, 37069, 81.55],
      ['B', 'BIDANG SOSIAL'],
      [1, 'Rehabilitasi sosial dasar anak terlantar', 348, 331, 95.11],
      [2, 'Rehabilitasi sosial dasar lanjut usia terlantar', 422, 306, 72.51],
      [null, 'Jumlah Bidang Sosial', 770, 637, 82.73],
      ['Rata-rata Indeks SPM Seluruh Bidang', null, null, null, 82.14],
    ]);
    expect(errors(spm)).toEqual([]);
  });

  test('a 110 % cap stated under the table, a name marked "(-)", a Polaritas "(-)" and a bare "Nasional" column compared with (rounds 161, 162)', () => {
    const capped = grid([
      heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2021', 'Realisasi 2021', 'Capaian (%)'),
      [1, 'Persentase Puskesmas terakreditasi', '%', 92, 114.87, 110],
      [2, 'Indeks Kepuasan Masyarakat Puskesmas', 'Indeks', 80.8, 91.17, 110],
      [3, 'Persentase desa UCI', '%', 92, 71.9, 78.15],
      [4, 'Timbulan sampah yang dibuang ke TPA (-)', 'Ton/hari', 150, 140, 106.67],
      [],
      ['Capaian di atas 110% dibatasi 110%'],
    ]);
    expect(findings(capped)).toEqual([]);
    const nas = (j5: number) =>
      grid(
        [
          ['No', 'Indikator', 'Satuan', 'Polaritas', 'Kota Bontang', null, null, 'Target Provinsi 2022', 'Nasional', 'Capaian dibanding Target Nasional (%)'],
          [
            'No',
            'Indikator',
            'Satuan',
            'Polaritas',
            'Target',
            'Realisasi',
            'Capaian (%)',
            'Target Provinsi 2022',
            'Nasional',
            'Capaian dibanding Target Nasional (%)',
          ],
          [1, 'Persentase penduduk memiliki NIK', '%', '(+)', 100, 98.75, 98.75, 99, 100, 98.75],
          [2, 'Cakupan akta kelahiran anak', '%', '(+)', 94.58, 100, 105.73, 94, 95, 105.26],
          [3, 'Rata-rata waktu penerbitan dokumen', 'Hari', '(-)', 1.9, 1.8, 105.26, 3, 3, j5],
          [],
          ['Indikator dengan polaritas negatif: Capaian = (2 x Target - Realisasi) / Target x 100%'],
        ],
        { merges: ['E1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'H1:H2', 'I1:I2', 'J1:J2'] },
      );
    expect(findings(nas(140))).toEqual([]);
    expect(brief(errors(nas(150)))).toEqual(['J5 ratio.capaian']);
  });

  test('"Indeks Bidang X" and "Indeks Bidang <short name> (rata-rata)" under a heading on two lines close their bidang; the region the mean of the bidang (round 157, 162)', () => {
    const table = (g13: number) =>
      grid([
        heads('No', 'Jenis Pelayanan Dasar', 'Sasaran', 'Terlayani', 'Capaian (%)'),
        ['I', 'Bidang Pendidikan'],
        [null, 'OPD Pengampu: Dinas Pendidikan, Pemuda dan Olahraga'],
        [1, 'Pendidikan Anak Usia Dini', 9782, 9782, 100],
        [2, 'Pendidikan Dasar (SD)', 39074, 35728, 91.44],
        [null, 'Indeks Bidang Pendidikan', null, null, 95.72],
        ['II', 'Bidang Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat'],
        [null, 'OPD Pengampu: Satpol PP dan Damkar / BPBD'],
        [1, 'Pelayanan Ketenteraman dan Ketertiban Umum', 18338, 14168, 77.26],
        [2, 'Pelayanan Informasi Rawan Bencana', 3125, 2068, 66.18],
        [null, 'Indeks Bidang Trantibumlinmas (rata-rata)', null, null, 71.72],
        ['III', 'Bidang Sosial'],
        [null, 'OPD Pengampu: Dinas Sosial dan PMD'],
        [1, 'Rehabilitasi Sosial Dasar Penyandang Disabilitas', 35470, 23714, 66.86],
        [2, 'Rehabilitasi Sosial Dasar Anak Terlantar', 25380, 22094, 87.05],
        [null, 'Indeks Capaian SPM Bidang Sosial', null, null, 76.96],
        ['INDEKS CAPAIAN SPM KABUPATEN BANGKA BARAT', null, null, null, g13],
      ]);
    expect(errors(table(81.47))).toEqual([]);
    expect(brief(errors(table(79.5)))).toEqual(['E17 sum.average']);
  });

  test("a closing row's own summary formula (=SUMPRODUCT(…)/SUM(…) of a weighted bidang index) is no row formula gone odd (round 157)", async () => {
    // Round 157's SPM annex of Kota Metro: index = 0,8 × capaian + 0,2 × mutu per layanan, each bidang closed by its
    // sasaran-weighted index; correct throughout.
    const name = 'r157-spm-weighted-bidang-index.xlsx';
    const found = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'probes', name)), name)).findings;
    expect(found.filter((x) => x.severity !== 'info' && x.rule !== 'number.text')).toEqual([]);
  });

  test('a bidang row "VI | 1.06 Bidang Sosial | … | Dinas Sosial …" inside the body opens a block, not a new table: JUMLAH TOTAL adds every Sub Total (round 157)', async () => {
    // Round 157's SPM budget annex of Kabupaten Bogor: bidang > program > kegiatan > sub kegiatan, each bidang closed by
    // "Sub Total …" or "Jumlah …", the grand total over them; correct throughout.
    const name = 'r157-spm-anggaran-bidang-blocks.xlsx';
    const res = analyseWorkbook(await readWorkbook(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'probes', name)), name));
    expect(res.findings.filter((x) => x.severity !== 'info' && x.rule !== 'number.text')).toEqual([]);
    expect(res.tables.filter((t) => t.sheet === 'Realisasi').length).toBe(1);
  });

  test("a note declaring the lower formula excuses a row computed so only where the row's words do not make it higher-is-better (round 156)", () => {
    const table = (d3: number) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Timbulan sampah yang dibuang ke TPA', 'Ton/hari', 170.3, 151.5, 112.41],
        [2, 'Persentase kasus TB yang ditemukan dan diobati', '%', 79.1, 83.2, d3],
        [3, 'Cakupan imunisasi dasar lengkap', '%', 91.9, 78, 84.87],
        [],
        ['Indikator dengan polaritas negatif dihitung target dibagi realisasi'],
      ]);
    expect(findings(table(105.18))).toEqual([]);
    // T/R (95,07) on a row whose words make it higher-is-better: asked, not taken for one of the lower rows.
    expect(withSeverity(findings(table(95.07)))).toEqual(['F3 ratio.capaian warning']);
  });
});

describe('probe rounds 163– (2026-12-07, after stop 42)', () => {
  test('years headed "ke-1 | ke-2 | …" under "Anggaran pada Tahun ke-" are the periods: the growth is checked, a kegiatan ended early owes no anggaran (round 165)', () => {
    const table = (growth: number) =>
      grid(
        [
          ['Tabel 2.9 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah'],
          heads(
            'Uraian',
            'Anggaran pada Tahun ke-',
            null,
            null,
            null,
            'Realisasi Anggaran pada Tahun ke-',
            null,
            null,
            null,
            'Rasio antara Realisasi dan Anggaran Tahun ke-',
            null,
            null,
            null,
            'Rata-rata Pertumbuhan',
          ),
          heads(null, 'ke-1', 'ke-2', 'ke-3', 'ke-4', 'ke-1', 'ke-2', 'ke-3', 'ke-4', 'ke-1', 'ke-2', 'ke-3', 'ke-4', 'Anggaran', 'Realisasi'),
          [
            'Pelatihan Kerja Berbasis Kompetensi',
            250000000,
            275000000,
            160000000,
            300000000,
            240100500,
            251000000,
            98000000,
            288500000,
            96.04,
            91.27,
            61.25,
            96.17,
            growth,
            45.99,
          ],
          ['Perlindungan PMI (Pra dan Purna Penempatan)', 120000000, 80000000, '-', '-', 110250000, 40500000, '-', '-', 91.88, 50.63, '-', '-', -33.33, -63.27],
          ['Jumlah', 370000000, 355000000, 160000000, 300000000, 350350500, 291500000, 98000000, 288500000, 94.69, 82.11, 61.25, 96.17, 9.51, 37.07],
        ],
        { merges: ['B2:E2', 'F2:I2', 'J2:M2', 'N2:O2', 'A2:A3'] },
      );
    rightThenSlip(table, 18.56, 50, ['N4 ratio.pertumbuhan']);
  });
  test("a percentage whose kondisi akhir sums its yearly targets, where the table's other levels end on their last year's, is reported (round 164)", () => {
    const t = (akhir: number) =>
      grid(
        [
          heads('Kode', 'Program / Indikator', 'Satuan', 'Kondisi Awal (2024)', 'Target', null, null, null, null, 'Kondisi Akhir (2029)'),
          heads(null, null, null, null, '2025', '2026', '2027', '2028', '2029', null),
          ['1.03.02', 'Persentase jalan kabupaten dalam kondisi mantap', '%', 61.2, 63, 65, 67, 69, 71, 71],
          ['1.03.03', 'Persentase rumah tangga dengan akses air minum layak', '%', 84.5, 86, 87.5, 89, 90.5, 92, 92],
          ['1.03.10', 'Persentase kawasan permukiman bebas genangan', '%', 40, 42.5, 45, 47.5, 50, 52.5, akhir],
          ['1.03.11', 'Panjang jalan yang dibangun', 'Km', 12, 8, 9, 10, 11, 12, 50],
          ['1.03.12', 'Jumlah jembatan yang direhabilitasi', 'Unit', 3, 2, 2, 3, 3, 4, 14],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:I1', 'J1:J2'] },
      );
    // Counts end on their sum, levels on their last year: both conventions at once are the table's own.
    expect(findings(t(52.5))).toEqual([]);
    // 42,5 + 45 + 47,5 + 50 + 52,5 = 237,5: a count's convention on a percentage.
    const slip = findings(t(237.5));
    expect(withSeverity(slip)).toEqual(['J5 sum.period warning']);
    expect(slip[0].expected).toBe(52.5);
  });
  test('an outline (1 | 1.1 | 1.2) whose parents add up in every other money column: two of three parents off in one year are slips at their cells, the ratios beside them explained (round 165)', () => {
    const leaves = [
      [100, 110, 120],
      [50, 60, 70],
      [80, 85, 90],
      [40, 45, 50],
      [200, 150, 100],
      [30, 35, 40],
    ];
    const rate = [0.9, 0.95, 0.92];
    const line = (no: string, name: Lit, a: number[]) => [no, name, ...a, ...a.map((v, k) => Math.round(v * rate[k])), ...rate.map((r) => r * 100)];
    const table = (off: [number, number][]) => {
      const body: Lit[][] = [];
      ['Program Pelayanan Administrasi Perkantoran', 'Program Upaya Kesehatan Masyarakat', 'Program Sarana Prasarana Kesehatan'].forEach((name, g) => {
        const kids = leaves.slice(2 * g, 2 * g + 2).map((v) => v.map((x) => x * 1e6));
        body.push(
          line(
            String(g + 1),
            bold(name),
            [0, 1, 2].map((k) => kids[0][k] + kids[1][k]),
          ),
        );
        kids.forEach((v, j) => body.push(line(`${g + 1}.${j + 1}`, `Kegiatan ${g + 1}.${j + 1}`, v)));
      });
      for (const [r, d] of off) (body[r][3] as number) += d;
      return grid(
        [
          ['Tabel 2.4 Anggaran dan Realisasi Pendanaan Pelayanan Dinas Kesehatan'],
          heads(
            'No',
            'Uraian',
            'Anggaran pada Tahun',
            null,
            null,
            'Realisasi Anggaran pada Tahun',
            null,
            null,
            'Rasio antara Realisasi dan Anggaran Tahun',
            null,
            null,
          ),
          heads(null, null, '2019', '2020', '2021', '2019', '2020', '2021', '2019', '2020', '2021'),
          ...body,
        ],
        { merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:H2', 'I2:K2'] },
      );
    };
    expect(findings(table([]))).toEqual([]);
    // Programs 1 and 2 typed 5 and 7 million over their kegiatan in 2020; their realisasi and rasio follow the kegiatan.
    expect(
      withSeverity(
        findings(
          table([
            [0, 5e6],
            [3, 7e6],
          ]),
        ),
      ),
    ).toEqual(['D4 sum.hierarchy error', 'J4 ratio.anggaran warning', 'D7 sum.hierarchy error', 'J7 ratio.anggaran warning']);
  });
  test("a cap stated on the fourth or fifth line of a numbered Keterangan block under the table is the office's word (round 163)", () => {
    const t = (lines: string[], capaian = 100) =>
      grid([
        ['Tabel 2.2 Pencapaian Kinerja Pelayanan Dinas Sosial'],
        heads('No', 'Indikator', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'),
        [1, 'Persentase PMKS yang tertangani', '%', 80, 88, capaian],
        [2, 'Persentase penyandang disabilitas yang mendapat bantuan', '%', 75, 60, 80],
        [3, 'Jumlah panti sosial yang terakreditasi', 'unit', 4, 3, 75],
        [null],
        ...lines.map((l) => [l]),
      ]);
    const head = ['Keterangan:', '1. Data diolah dari laporan bidang', '2. Sumber: Dinas Sosial'];
    expect(findings(t([...head, '3. Capaian di atas 100% ditulis 100%']))).toEqual([]);
    expect(findings(t([...head, '3. Data 2023 angka sementara', '4. Capaian maksimal 100%']))).toEqual([]);
    // Without the note, one row at 100 where 88 / 80 is 110 is a slip; with it, a capaian above the cap still is.
    expect(brief(errors(t([...head, '3. Data 2023 angka sementara'])))).toEqual(['F3 ratio.capaian']);
    expect(brief(errors(t([...head, '3. Data 2023 angka sementara', '4. Capaian maksimal 100%'], 95)))).toEqual(['F3 ratio.capaian']);
  });
  test('a Tabel 6.1 header repeated after a page break with every group reworded, over the same years and Target | Rp rows, continues the table (round 164)', () => {
    const top = (words: string[]) => heads(words[0], words[1], words[2], 'Satuan', words[3], null, null, null, words[4], null, words[5]);
    const first = top([
      'Kode',
      'Program dan Kegiatan',
      'Indikator Kinerja Program (outcome) dan Kegiatan (output)',
      'Target Kinerja dan Kerangka Pendanaan',
      'Kondisi Kinerja pada Akhir Periode Renstra',
      'Unit Kerja PD Penanggung Jawab',
    ]);
    const again = top([
      'Kode Rekening',
      'Program / Kegiatan / Sub Kegiatan',
      'Indikator Kinerja',
      'Target dan Pagu Indikatif',
      'Kondisi Akhir Renstra',
      'Penanggung Jawab',
    ]);
    const years = heads(null, null, null, null, 'Tahun 2025', null, 'Tahun 2026', null, null, null, null);
    const pairs = heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp', null);
    const merges = (at: number) =>
      ['A2:A4', 'B2:B4', 'C2:C4', 'D2:D4', 'E2:H2', 'I2:J3', 'K2:K4', 'E3:F3', 'G3:H3'].map((x) => x.replace(/\d+/g, (d) => String(Number(d) + at)));
    const t = (urusan2026: number) =>
      grid(
        [
          ['Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Dinas PUPR'],
          first,
          years,
          pairs,
          ['1.03', bold('URUSAN PEKERJAAN UMUM'), null, null, null, 1000, null, urusan2026, null, 2200, null],
          ['1.03.01', bold('Program Penunjang Urusan'), 'Nilai SAKIP', 'Nilai', 70, 400, 72, 500, 72, 900, 'Sekretariat'],
          ['1.03.01.2.01', 'Perencanaan dan Evaluasi Kinerja', 'Dokumen perencanaan', 'Dokumen', 3, 150, 3, 200, 6, 350, 'Sekretariat'],
          ['1.03.01.2.02', 'Administrasi Keuangan', 'Laporan keuangan', 'Laporan', 12, 250, 12, 300, 24, 550, 'Sekretariat'],
          [null],
          [null],
          again,
          years,
          pairs,
          ['1.03.02', bold('Program Pengelolaan SDA'), 'Persentase irigasi baik', '%', 60, 600, 65, 700, 65, 1300, 'Bidang SDA'],
          ['1.03.02.2.01', 'Pengelolaan SDA dan Irigasi', 'Panjang saluran direhab', 'Km', 5, 350, 6, 400, 11, 750, 'Bidang SDA'],
          ['1.03.02.2.02', 'Pengembangan Bendungan', 'Embung dibangun', 'Unit', 1, 250, 1, 300, 2, 550, 'Bidang SDA'],
          [null, bold('JUMLAH'), null, null, null, 1000, null, 1200, null, 2200, null],
        ],
        { merges: [...merges(0), ...merges(9)] },
      );
    // The urusan adds its programs on both pages; JUMLAH the urusan.
    expect(analyseSheet(t(1200)).tables.map((x) => x.range)).toEqual(['A2:K17']);
    rightThenSlip(t, 1200, 1300, ['H5 sum.hierarchy']);
  });
  test('one row left uncapped under "capaian kinerja maksimal 100%" is the slip, the rows written at the cap are right (round 166)', () => {
    const t = (wisata: number) =>
      grid([
        ['Tabel 3.1 Capaian IKU Kota Kupang Tahun 2023'],
        [null],
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'),
        [1, 'Indeks Pembangunan Manusia', 'poin', 79.1, 79.86, 100],
        [2, 'Persentase rumah tangga dengan akses air minum layak', '%', 88.5, 86.2, 97.4],
        [3, 'Cakupan Kepesertaan Jaminan Kesehatan Nasional', '%', 95, 97.8, 100],
        [4, 'Indeks Kepuasan Masyarakat', 'nilai', 82.5, 80.1, 97.09],
        [5, 'Jumlah kunjungan wisatawan', 'orang', 450000, 487650, wisata],
        [6, 'Persentase panjang jalan dalam kondisi mantap', '%', 72.4, 70.15, 96.89],
        [null],
        ['Catatan: capaian kinerja maksimal 100%'],
      ]);
    expect(findings(t(100))).toEqual([]);
    const slip = errors(t(108.37));
    expect(brief(slip)).toEqual(['F8 ratio.capaian']);
    expect(slip[0].expected).toBe(100);
  });
  test('a hidden superseded copy of a kegiatan ("… (sebelum pergeseran)") is no part of its program; a hidden kegiatan the program counts still is (round 168)', () => {
    const t = (hiddenCounted: boolean, program2023: number) => {
      const g = grid([
        ['Tabel 2.9 Anggaran dan Realisasi (dalam ribuan rupiah)'],
        [null],
        heads('No', 'Uraian', 'Anggaran 2022', 'Anggaran 2023', 'Realisasi 2022', 'Realisasi 2023'),
        ['I', 'Program Peningkatan Kualitas Kelembagaan Koperasi', hiddenCounted ? 1214741 : 834741, program2023, 763830, 775351],
        ['1.1', 'Pembinaan, pengawasan dan penghargaan koperasi berprestasi', 351812, 342167, 342095, 339312],
        hiddenCounted
          ? ['1.2', 'Pengawasan koperasi simpan pinjam', 380000, 370000, 0, 0]
          : ['1.1', 'Pembinaan, pengawasan dan penghargaan koperasi berprestasi (sebelum pergeseran)', 380000, 370000, 342095, 339312],
        ['1.3', 'Pelatihan pengelola koperasi', 482929, 456526, 421735, 436039],
        ['II', 'Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif UKM', 736502, 747859, 655265, 710910],
        ['2.1', 'Pelatihan kewirausahaan', 736502, 747859, 655265, 710910],
        [null, 'JUMLAH', hiddenCounted ? 1951243 : 1571243, hiddenCounted ? 1916552 : 1546552, 1419095, 1486261],
      ]);
      g.hiddenRows = [5];
      return g;
    };
    expect(findings(t(false, 798693))).toEqual([]);
    // The program 1.000 over its shown kegiatan: said with their sum, JUMLAH (right) following from it.
    const slip = findings(t(false, 799693));
    expect(withSeverity(slip)).toEqual(['D4 sum.hierarchy error', 'D10 sum.total-row warning']);
    expect(slip[0].expected).toBe(798693);
    expect(findings(t(true, 1168693))).toEqual([]);
    expect(brief(errors(t(true, 1168793)))).toEqual(['D4 sum.hierarchy']);
  });
  test('an "Eselon" column of grades ("II.b", "III.a", "-") is words, not numbers typed wrong; "Eselon III" over counts is still a count (round 167)', () => {
    const t = (total: number) =>
      grid([
        heads('No', 'Jabatan', 'Eselon', 'L', 'P', 'Jumlah'),
        [1, 'Kepala Dinas', 'II.b', 1, 0, 1],
        [2, 'Sekretaris', 'III.a', 0, 1, 1],
        [3, 'Kepala Bidang', 'III.b', 2, 1, 3],
        [4, 'Kepala Seksi', 'IV.a', 3, 2, 5],
        [5, 'Penyuluh Pertanian', '-', 6, 4, 10],
        [6, 'Pengadministrasi Umum', '-', 4, 5, 9],
        [7, 'Pengemudi', '-', 2, 0, 2],
        [8, 'Pramu Kantor', '-', 1, 2, 3],
        [null, 'Jumlah', null, 19, 15, total],
      ]);
    rightThenSlip(t, 34, 43, ['F10 sum.row-total']);
    const counts = (e3: number | string) =>
      grid([
        heads('No', 'Unit Kerja', 'Eselon II', 'Eselon III', 'Eselon IV', 'Jumlah'),
        [1, 'Sekretariat', 1, 1, 3, 5],
        [2, 'Bidang Tanaman Pangan', 0, e3, 2, 3],
        [3, 'Bidang Peternakan', 0, 1, 3, 4],
        [null, 'Jumlah', 1, 3, 8, 12],
      ]);
    expect(findings(counts(1))).toEqual([]);
    // (The Jumlah under it is left unchecked until the cell is mended, said as a warning.)
    expect(brief(findings(counts('l')))).toEqual(['D3 number.invalid', 'D5 sum.total-row']);
  });
  test('"Predikat | Jumlah Indikator" counts its grades: the grades are the rows\' names, no row a total of those above it (round 168)', () => {
    const t = (rendah: number, total: number) =>
      grid([
        ['Grafik 3.1 Sebaran Predikat Capaian Indikator'],
        [null],
        heads('Predikat', 'Jumlah Indikator'),
        ['Sangat Tinggi', 1],
        ['Tinggi', 3],
        ['Sedang', 4],
        ['Rendah', rendah],
        ['Total', total],
      ]);
    expect(findings(t(2, 10))).toEqual([]);
    expect(brief(errors(t(2, 12)))).toEqual(['B8 sum.total-row']);
  });
  test('a "%" typed on every row in the second cell of a merged "Capaian (%)" is the figures\' unit, the capaian still checked (round 168)', () => {
    const t = (koperasi: number) =>
      grid(
        [
          ['Tabel 3.2 Capaian IKU Tahun 2023'],
          [null],
          heads('No', 'Indikator Kinerja', 'Satuan', 'Tahun 2023', null, null, null),
          heads(null, null, null, 'Target', 'Realisasi', 'Capaian (%)', null),
          [1, 'Persentase UMKM naik kelas', '%', 68.15, 72.46, 106.32, '%'],
          [2, 'Jumlah wirausaha baru', 'orang', 720, 671, 93.19, '%'],
          [3, 'Persentase koperasi aktif', '%', 55.1, 59.8, koperasi, '%'],
          [4, 'Indeks Kepuasan Masyarakat', 'indeks', 78.2, 80.15, 102.49, '%'],
          [5, 'Jumlah produk UMKM bersertifikat halal', 'produk', 150, 142, 94.67, '%'],
        ],
        { merges: ['D3:G3', 'A3:A4', 'B3:B4', 'C3:C4', 'F4:G4'] },
      );
    rightThenSlip(t, 108.53, 180.53, ['F7 ratio.capaian']);
  });
  test("rata-rata pertumbuhan as (last − first) / first / years, the amounts' rounding in juta, and a column no reading explains said once (round 171)", () => {
    const series: [string, number[]][] = [
      ['Belanja Pegawai', [1200, 1310, 1405, 1498, 1620]],
      ['Belanja Barang dan Jasa', [800, 760, 905, 990, 1010]],
      ['Belanja Modal', [400, 520, 310, 450, 600]],
      ['Pemeliharaan Gedung Kantor', [150, 150, 150, 150, 150]],
      ['Pengadaan Kendaraan Dinas', [210, 230, 250, 260, 300]],
    ];
    const round2 = (x: number) => Math.round(x * 100) / 100;
    const table = (growth: (v: number[]) => number, slip?: number) =>
      grid([
        heads('Uraian', 'Anggaran 2019', 'Anggaran 2020', 'Anggaran 2021', 'Anggaran 2022', 'Anggaran 2023', 'Rata-rata Pertumbuhan (%)'),
        ...series.map(([n, v], i) => [n, ...v.map((a) => a * 1e6), i === 0 && slip !== undefined ? slip : round2(growth(v))]),
      ]);
    // Over the five years counted (1620 − 1200) / 1200 / 5 = 7 %: the office's formula, each row held to it.
    const perYear = (v: number[]) => ((v[4] - v[0]) / v[0] / 5) * 100;
    expect(findings(table(perYear))).toEqual([]);
    expect(brief(errors(table(perYear, 8.4)))).toEqual(['G2 ratio.pertumbuhan']);
    // The whole period's growth (not an average): only the constant row fits, by chance; said once, on the column.
    const whole = (v: number[]) => ((v[4] - v[0]) / v[0]) * 100;
    expect(withSeverity(findings(table(whole)))).toEqual(['G1 column.pertumbuhan warning']);
    // Amounts in juta to two decimals: 30,01 → 24,29 is −19,07 to −19,04 before their rounding.
    const juta = (realisasi: number) =>
      grid([
        heads('Uraian', 'Realisasi 2020 (Rp juta)', 'Realisasi 2021 (Rp juta)', 'Rata-rata Pertumbuhan (%)'),
        ['Pembinaan dan Pengembangan Perikanan', 30.01, 24.29, realisasi],
        ['Pengembangan Bibit Ikan Unggul', 356.56, 314.1, -11.91],
      ]);
    rightThenSlip(juta, -19.04, -19.4, ['D2 ratio.pertumbuhan']);
  });
  test('"TOTAL (A+B)" =SUM over "Jumlah Belanja Langsung" and the one-row "Belanja Tidak Langsung" adds the programs through their sub-total (rounds 169, 171)', () => {
    const t = (total: string, cached: [number, number] = [10806997000, 12171966000]) =>
      grid([
        heads('No', 'Uraian', 'Anggaran 2017 (Rp)', 'Anggaran 2018 (Rp)'),
        ['A', 'BELANJA LANGSUNG', null, null],
        ['1', 'Program Pelayanan Administrasi Perkantoran', 1974057000, 1979962000],
        ['2', 'Program Peningkatan Sarana dan Prasarana Aparatur', 710014000, 761496000],
        [null, 'Jumlah Belanja Langsung', f(2684071000, 'SUM(C3:C4)'), f(2741458000, 'SUM(D3:D4)')],
        ['B', 'BELANJA TIDAK LANGSUNG', 8122926000, 9430508000],
        [null, 'TOTAL (A+B)', f(cached[0], total.replace(/#/g, 'C')), f(cached[1], total.replace(/#/g, 'D'))],
      ]);
    expect(findings(t('SUM(#5:#6)'))).toEqual([]);
    expect(findings(t('#5+#6'))).toEqual([]);
    // Over the programs and their sub-total: the sub-total counted twice, the total wrong by it.
    expect(brief(errors(t('SUM(#3:#6)', [13491068000, 14913424000])))).toEqual(['C7 sum.total-row', 'D7 sum.total-row']);
  });
  test('a Tabel 6.1 numbered 1 | 1.1 | 1.1.1 without kode under URUSAN and BIDANG headings, each bidang closed by its "Jumlah Bidang Urusan …" (round 169)', () => {
    const t = (urusan2026: number, bursa2026: number) =>
      grid(
        [
          ['Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan'],
          [null],
          heads(
            'No',
            'Program/Kegiatan/Sub Kegiatan',
            'Indikator Kinerja',
            'Satuan',
            'Tahun 2026',
            null,
            'Tahun 2027',
            null,
            'Kondisi Kinerja pada Akhir Periode',
            null,
          ),
          heads(null, null, null, null, 'Target', 'Rp', 'Target', 'Rp', 'Target', 'Rp'),
          [null, 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null, null, null, urusan2026, null, 970, null, 1870],
          [null, 'URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH', null, null, null, 600, null, 650, null, 1250],
          ['1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'Nilai SAKIP', 'Nilai', 70, 300, 72, 320, 72, 620],
          ['1.1', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 'Laporan keuangan tepat waktu', '%', 100, 300, 100, 320, 100, 620],
          ['1.1.1', 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 'Jumlah bulan gaji', 'Bulan', 12, 200, 12, 210, 24, 410],
          ['1.1.2', 'Sub Kegiatan Penyusunan Laporan Keuangan Akhir Tahun', 'Jumlah laporan', 'Laporan', 1, 100, 1, 110, 2, 210],
          ['2', 'PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', 'Persentase koperasi sehat', '%', 61, 300, 63, 330, 63, 630],
          ['2.1', 'Kegiatan Pemeriksaan dan Pengawasan Koperasi', 'Persentase koperasi diperiksa', '%', 70, 300, 75, 330, 75, 630],
          ['2.1.1', 'Sub Kegiatan Penilaian Kesehatan Koperasi Simpan Pinjam', 'Jumlah koperasi dinilai', 'Unit', 30, 300, 35, 330, 65, 630],
          ['Jumlah Bidang Urusan Koperasi, Usaha Kecil, dan Menengah', null, null, null, null, 600, null, 650, null, 1250],
          [null, 'URUSAN PEMERINTAHAN BIDANG TENAGA KERJA', null, null, null, 300, null, 320, null, 620],
          ['3', 'PROGRAM PENEMPATAN TENAGA KERJA', 'Persentase pencari kerja ditempatkan', '%', 40, 300, 42, 320, 42, 620],
          ['3.1', 'Kegiatan Pelayanan Antarkerja di Daerah Kabupaten/Kota', 'Jumlah pencari kerja dilayani', 'Orang', 500, 300, 550, 320, 1050, 620],
          ['3.1.1', 'Sub Kegiatan Penyelenggaraan Bursa Kerja', 'Jumlah bursa kerja', 'Kali', 2, bursa2026, 2, 320, 4, 620],
          ['Jumlah Bidang Urusan Tenaga Kerja', null, null, null, null, 300, null, 320, null, 620],
          ['JUMLAH URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR', null, null, null, null, 900, null, 970, null, 1870],
          ['JUMLAH TOTAL', null, null, null, null, 900, null, 970, null, 1870],
        ],
        { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:H3', 'I3:J3'] },
      );
    expect(findings(t(900, 300))).toEqual([]);
    // The programs of each bidang under it (not the second program under the sub kegiatan above it), both bidang under the urusan.
    expect(brief(errors(t(990, 300)))).toEqual(['F5 sum.hierarchy']);
    // A sub kegiatan off where its kegiatan, program, bidang and urusan all agree: the slip is the sub kegiatan's.
    expect(brief(errors(t(900, 330)))).toEqual(['F18 value.crossing']);
  });
  test('"Jumlah Bidang Urusan Sosial" merged across split code columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan) is a total, no sub kegiatan (round 169)', () => {
    const t = (permakanan: number) =>
      grid(
        [
          ['Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan'],
          [null],
          heads('Kode', null, null, null, null, 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Tahun 2026', null, 'Kondisi Akhir', null),
          heads('Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', null, null, null, 'Target', 'Rp', 'Target', 'Rp'),
          ['1', null, null, null, null, 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR'],
          ['1', '06', null, null, null, 'URUSAN PEMERINTAHAN BIDANG SOSIAL'],
          ['1', '06', '04', null, null, 'PROGRAM REHABILITASI SOSIAL', 'Persentase PPKS yang direhabilitasi', '%', 70, 900, 72, 900],
          ['1', '06', '04', '2.01', null, 'Rehabilitasi Sosial Dasar Anak Terlantar', 'Persentase anak terlantar direhabilitasi', '%', 60, 900, 65, 900],
          ['1', '06', '04', '2.01', '0001', 'Penyediaan Permakanan', 'Jumlah anak yang menerima permakanan', 'Orang', 120, permakanan, 250, permakanan],
          ['1', '06', '04', '2.01', '0002', 'Pemberian Alat Bantu', 'Jumlah alat bantu yang diberikan', 'Unit', 40, 400, 85, 400],
          ['Jumlah Bidang Urusan Sosial', null, null, null, null, null, null, null, null, 900, null, 900],
          ['TOTAL', null, null, null, null, null, null, null, null, 900, null, 900],
        ],
        { merges: ['A3:E3', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:J3', 'K3:L3', 'A11:E11', 'A12:E12'] },
      );
    expect(findings(t(500))).toEqual([]);
    expect(brief(errors(t(550))).filter((x) => x.startsWith('J'))).toEqual(['J8 sum.hierarchy']);
  });
  test('coded programs of Permendagri 90 after the uncoded programs of the years before are their siblings, not their children (round 171)', () => {
    const t = (z: number | string, llaj2021: number) =>
      grid([
        heads('No', 'Uraian', 'Anggaran 2019', 'Anggaran 2020', 'Anggaran 2021', 'Anggaran 2022'),
        [null, 'Program Pelayanan Administrasi Perkantoran', 1525020000, 1610400000, z, z],
        [null, 'Program Peningkatan Pelayanan Angkutan', 552120000, 601000000, z, z],
        [null, '2.15.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', z, z, 2784290000, 3236620000],
        [null, '2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', z, z, llaj2021, 1910320000],
        [null, 'JUMLAH', 2077140000, 2211400000, 4409990000, 5146940000],
      ]);
    for (const z of ['-', 0]) {
      expect(findings(t(z, 1625700000))).toEqual([]);
      expect(brief(errors(t(z, 1652700000)))).toEqual(['E6 sum.total-row']);
    }
  });
  test("years down the rows under an indicator's name merged over them keep its polarity, a Kriteria column beside them or not (round 170)", () => {
    const t = (kriteria: boolean, tpt2023: number) =>
      grid(
        [
          heads('No', 'Indikator', 'Satuan', 'Tahun', 'Target', 'Realisasi', 'Capaian (%)', ...(kriteria ? ['Kriteria'] : [])),
          [1, 'Tingkat Partisipasi Angkatan Kerja', '%', 2021, 66.4, 65.44, 98.55, ...(kriteria ? ['Baik'] : [])],
          [null, null, null, 2022, 66.9, 50.39, 75.32, ...(kriteria ? ['Cukup'] : [])],
          [null, null, null, 2023, 67.4, 66.61, 98.83, ...(kriteria ? ['Baik'] : [])],
          [2, 'Tingkat Pengangguran Terbuka', '%', 2021, 6.1, 5.83, 104.43, ...(kriteria ? ['Sangat Baik'] : [])],
          [null, null, null, 2022, 5.85, 5.48, 106.32, ...(kriteria ? ['Sangat Baik'] : [])],
          [null, null, null, 2023, 5.6, 5.95, tpt2023, ...(kriteria ? ['Baik'] : [])],
          [3, 'Angka Kecelakaan Kerja', 'kasus', 2021, 62, 82, 67.74, ...(kriteria ? ['Kurang'] : [])],
          [null, null, null, 2022, 57, 55, 103.51, ...(kriteria ? ['Sangat Baik'] : [])],
          [null, null, null, 2023, 52, 48, 107.69, ...(kriteria ? ['Sangat Baik'] : [])],
        ],
        { merges: ['A2:A4', 'B2:B4', 'C2:C4', 'A5:A7', 'B5:B7', 'C5:C7', 'A8:A10', 'B8:B10', 'C8:C10'] },
      );
    for (const k of [false, true]) {
      expect(findings(t(k, 93.75))).toEqual([]);
      expect(brief(errors(t(k, 96.75)))).toEqual(['G7 ratio.capaian']);
    }
  });
  test('"capaian maksimal 100%" in a row\'s own Keterangan: that row written at 100 is right, a row above 100 beside it is the slip (round 170)', () => {
    const t = (pm: [number, string | null], tpt: [number, number, number, string | null], pmRealisasi = 11.7) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'),
        [1, 'Persentase Penduduk Miskin', '%', 11.5, pmRealisasi, pm[0], pm[1]],
        [2, 'Tingkat Pengangguran Terbuka', '%', tpt[0], tpt[1], tpt[2], tpt[3]],
        [3, 'Indeks Pembangunan Manusia', 'poin', 70.5, 69.2, 98.16, null],
        [4, 'Persentase Jalan Kondisi Mantap', '%', 72, 68.4, 95, null],
      ]);
    // (2 × 5,8 − 5,53) / 5,8 = 104,66, written 100 as its remark says.
    expect(findings(t([98.26, null], [5.8, 5.53, 100, 'capaian maksimal 100%']))).toEqual([]);
    // Left at 104,11 beside its own "maksimal 100%": alone, or with another row capped as its remark says.
    expect(brief(errors(t([98.26, null], [5.6, 5.37, 104.11, 'capaian maksimal 100%'])))).toEqual(['F3 ratio.capaian']);
    const both = errors(t([100, 'capaian maksimal 100%'], [5.6, 5.37, 104.11, 'capaian maksimal 100%'], 11.2));
    expect(brief(both)).toEqual(['F3 ratio.capaian']);
    expect(both[0].expected).toBe(100);
  });
  test('a direction column headed "Kategori" (Positif / Negatif) or "Arah Kinerja" (Naik / Turun) says each row\'s polarity (round 170)', () => {
    const t = (head: string, up: string, down: string, informal: number) =>
      grid([
        heads('No', 'Indikator Kinerja', head, 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'),
        [1, 'Nilai Tukar Petani', up, 'poin', 101.2, 102.5, 101.28],
        [2, 'Persentase Pekerja Sektor Informal', down, '%', 58.4, 60.1, informal],
        [3, 'Rasio Belanja Pegawai terhadap Total Belanja Daerah', down, '%', 34.5, 33.2, 103.77],
      ]);
    for (const [head, up, down] of [
      ['Kategori', 'Positif', 'Negatif'],
      ['Arah Kinerja', 'Naik', 'Turun'],
      ['Polaritas', '+', '-'],
    ]) {
      expect(findings(t(head, up, down, 97.09))).toEqual([]);
      // Computed R/T where the column says lower: asked as a warning; a figure neither formula gives: an error.
      expect(withSeverity(findings(t(head, up, down, 102.91)))).toEqual(['G3 ratio.capaian warning']);
      expect(brief(errors(t(head, up, down, 95.09)))).toEqual(['G3 ratio.capaian']);
    }
  });
  test('numbers typed as text in four columns or more, a cell or two each, are said once for the table; in two columns, once per column (round 168)', () => {
    const t = (cols: number) =>
      grid([
        heads('No', 'Program', 'Target 2023', 'Realisasi 2023', 'Capaian (%)', 'Anggaran (Rp)', 'Realisasi (Rp)'),
        [1, 'Program Penunjang Urusan', 100, cols >= 4 ? '98' : 98, 98, cols >= 3 ? '1.920.510.000' : 1920510000, 1850076873],
        [2, 'Program Pelatihan Kerja', 50, 47, cols >= 2 ? '94' : 94, 845000000, cols >= 1 ? '800.560.000' : 800560000],
        [3, 'Program Penempatan Tenaga Kerja', 40, 42, 105, 312500000, 296000000],
        [4, 'Program Hubungan Industrial', 30, 27, 90, 185750000, 170250000],
      ]);
    const texts = (n: number) => analyseSheet(t(n)).findings.filter((x) => x.rule === 'number.text');
    expect(texts(4).map((x) => x.cell)).toEqual(['D2']);
    expect(texts(4)[0].related).toEqual(expect.arrayContaining(['D2', 'E3', 'F2', 'G3']));
    expect(texts(2).map((x) => x.cell)).toEqual(['E3', 'G3']);
  });
  test('a predikat scale stated in the note under the table is the one its predikat are judged by (round 170)', () => {
    const t = (desa: string, note: string) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'),
        [1, 'Persentase Rumah Tangga dengan Akses Air Minum Layak', '%', 82, 84.1, 102.56, 'Sangat Tinggi'],
        [2, 'Persentase Rumah Tangga dengan Akses Sanitasi Layak', '%', 76, 70.3, 92.5, 'Sangat Tinggi'],
        [3, 'Persentase Rumah Tangga Tersambung Jaringan Gas', '%', 14.2, 11, 77.46, 'Tinggi'],
        [4, 'Persentase Desa Tangguh Bencana', '%', 30, 13.5, 45, desa],
        [null],
        [note],
      ]);
    const four = 'Predikat: Sangat Tinggi (≥ 91%), Tinggi (76% – < 91%), Sedang (66% – < 76%), Rendah (< 66%)';
    // Four bands, "Rendah" below 66: 45 is Rendah here, though the Renstra scale would call it Sangat Rendah.
    expect(findings(t('Rendah', four))).toEqual([]);
    expect(brief(errors(t('Sedang', four)))).toEqual(['G5 ratio.predikat']);
    const baik = (kumuh: string) =>
      grid([
        heads('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria'),
        [1, 'Persentase Rumah Tangga dengan Akses Air Minum Layak', '%', 82, 84.1, 102.56, 'Sangat Baik'],
        [2, 'Persentase Rumah Tangga dengan Akses Sanitasi Layak', '%', 76, 70.3, 92.5, 'Baik'],
        [3, 'Persentase Rumah Tangga Tersambung Jaringan Gas', '%', 14.2, 11, 77.46, kumuh],
        [null],
        ['Kriteria: Sangat Baik (≥ 100%), Baik (85% – < 100%), Cukup (70% – < 85%), Kurang (< 70%)'],
      ]);
    rightThenSlip(baik, 'Cukup', 'Baik', ['G4 ratio.predikat']);
  });
  test('a score named "Nilai SAKIP" without a satuan is a level: its realisasi s.d. this year is the latest, not last year\'s plus this year\'s (round 172)', () => {
    const t = (dokumen: number) =>
      grid([
        heads('Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Realisasi s.d. Renja Tahun Lalu', 'Realisasi Renja Tahun Ini', 'Realisasi s.d. Tahun Ini'),
        [1, 2, 3, 4, 5, '6 = 4 + 5'],
        ['1.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 'Nilai SAKIP Perangkat Daerah', 64.4, 67.75, 67.75],
        ['1.02.01.2.01', 'Perencanaan dan Evaluasi Kinerja', 'Persentase dokumen perencanaan tepat waktu', 90, 95, 95],
        ['1.02.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 'Jumlah dokumen perencanaan', 6, 3, dokumen],
        ['1.02.01.2.01.0006', 'Penyusunan Laporan Capaian Kinerja', 'Jumlah laporan capaian kinerja', 10, 5, 15],
      ]);
    rightThenSlip(t, 9, 10, ['F5 sum.row-total']);
  });
  test('"Realisasi … s/d Tahun 2024 (Akhir Tahun Pelaksanaan Renja PD Tahun 2024)" names one year twice: the running total, last year\'s plus this year\'s (round 172)', () => {
    const t = (dokumen: number) =>
      grid(
        [
          heads(
            'Indikator Kinerja',
            'Satuan',
            'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2023)',
            'Realisasi Kinerja Pada Triwulan',
            null,
            null,
            null,
            'Realisasi Capaian Kinerja Renja PD yang Dievaluasi (2024)',
            'Realisasi Kinerja Renstra PD s/d Tahun 2024 (Akhir Tahun Pelaksanaan Renja PD Tahun 2024)',
          ),
          heads(null, null, null, 'I', 'II', 'III', 'IV', null, null),
          ['Persentase dokumen perencanaan tepat waktu', '%', 90, 95, 95, 95, 95, 95, 95],
          ['Jumlah dokumen perencanaan', 'Dokumen', 6, 1, 1, 0, 1, 3, dokumen],
          ['Jumlah laporan capaian kinerja', 'Laporan', 10, 1, 1, 1, 2, 5, 15],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:I2'] },
      );
    rightThenSlip(t, 9, 10, ['I4 sum.row-total']);
  });
  test('AKI, AKB, AKABA and AKN are death rates: lower is better by their abbreviations (round 173)', () => {
    for (const name of ['AKI', 'AKB', 'AKABA', 'AKN', 'AKI per 100.000 KH']) expect(isLowerBetter(name)).toBe(true);
    const t = (c2021: number) =>
      grid([
        ['AKI'],
        [null],
        heads('Tahun', 'Target AKI', 'Realisasi AKI', 'Capaian (%)'),
        [2019, 120, 114.75, 104.38],
        [2020, 118, 128.41, 91.18],
        [2021, 112, 95.09, c2021],
        [2022, 110, 109.38, 100.56],
        [2023, 105, 93.02, 111.41],
      ]);
    expect(findings(t(115.1))).toEqual([]);
    const slip = errors(t(121.1));
    expect(brief(slip)).toEqual(['D6 ratio.capaian']);
    expect(slip[0].expected).toBe(115.1);
  });
  test('"Angka Kematian Ibu / 100.000 KH" is a rate per 100.000 live births, not the deaths divided by 100.000 (round 173)', () => {
    const t = (singkohor: number, total: number) =>
      grid([
        ['Angka Kematian Ibu per Puskesmas Tahun 2022'],
        [null],
        heads('No', 'Puskesmas', 'Lahir Hidup', 'Jumlah Kematian Ibu', 'Angka Kematian Ibu / 100.000 KH'),
        [1, 'Singkil', 1340, 0, 0],
        [2, 'Singkil Utara', 235, 0, 0],
        [3, 'Kuala Baru', 361, 1, 277],
        [4, 'Pulau Banyak', 1316, 0, 0],
        [5, 'Pulau Banyak Barat', 876, 0, 0],
        [6, 'Simpang Kanan', 999, 0, 0],
        [7, 'Gunung Meriah', 1137, 0, 0],
        [8, 'Danau Paris', 658, 0, 0],
        [9, 'Suro Makmur', 1101, 0, 0],
        [10, 'Kota Baharu', 1034, 0, 0],
        [11, 'Singkohor', 1099, 2, singkohor],
        ['TOTAL', null, 10156, 3, total],
      ]);
    // (Read as "× 0,00001" the two rates with deaths were errors and the TOTAL a sum of rates.)
    expect(findings(t(182, 30))).toEqual([]);
    expect(analyseSheet(t(182, 30)).tables[0].columns[4].relation?.rel.kind).not.toBe('scaled');
  });
  test('a "Standar Rasio (per 100.000)" column beside the rates is a norm set outside the table, not an unexplained rate; the rates still checked (round 173)', () => {
    const t = (perawat: number) =>
      grid([
        ['Rasio Tenaga Kesehatan per 100.000 Penduduk Tahun 2023'],
        [null],
        heads('No', 'Jenis Tenaga Kesehatan', 'Jumlah (Orang)', 'Jumlah Penduduk', 'Rasio per 100.000 Penduduk', 'Standar Rasio (per 100.000)'),
        [1, 'Dokter Umum', 78, 338503, 23.04, 45],
        [2, 'Dokter Spesialis', 36, 338503, 10.64, 10],
        [3, 'Dokter Gigi', 20, 338503, 5.91, 13],
        [4, 'Perawat', 755, 338503, perawat, 180],
        [5, 'Bidan', 512, 338503, 151.25, 120],
        [6, 'Tenaga Kefarmasian', 96, 338503, 28.36, 24],
        [7, 'Tenaga Kesehatan Masyarakat', 64, 338503, 18.91, 16],
        [8, 'Tenaga Gizi', 41, 338503, 12.11, 14],
      ]);
    rightThenSlip(t, 223.04, 232.04, ['E7 ratio.capaian']);
  });
  test('"Belum Terlayani" is 0 where more were served than targeted, not a negative count; a Sisa anggaran below 0 stays an overspend (round 173)', () => {
    const t = (belum: number) =>
      grid(
        [
          ['Capaian SPM Bidang Kesehatan Tahun 2023'],
          [null],
          heads('No', 'Jenis Pelayanan Dasar', 'Penerima Layanan', null, null, 'Capaian (%)'),
          heads(null, null, 'Jumlah Sasaran', 'Terlayani', 'Belum Terlayani', null),
          [1, 'Pelayanan Kesehatan Ibu Hamil', 5120, 4630, 490, 90.43],
          [2, 'Pelayanan Kesehatan Ibu Bersalin', 4890, 4402, 488, 90.02],
          [3, 'Pelayanan Kesehatan Bayi Baru Lahir', 2573, 2609, belum, 101.4],
          [4, 'Pelayanan Kesehatan Balita', 20110, 15870, 4240, 78.92],
          [5, 'Pelayanan Kesehatan pada Usia Pendidikan Dasar', 31544, 30011, 1533, 95.14],
          [6, 'Pelayanan Kesehatan pada Usia Produktif', 98012, 61220, 36792, 62.46],
        ],
        { merges: ['C3:E3', 'A3:A4', 'B3:B4', 'F3:F4'] },
      );
    expect(findings(t(0))).toEqual([]);
    rightThenSlip(t, -36, 36, ['E7 sum.difference']);
    const sisa = (s2: number) =>
      grid([
        heads('No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'),
        [1, 'Program Penunjang Urusan', 1250000000, 1187500000, 62500000],
        [2, 'Program Pelatihan Kerja', 845000000, 850000000, s2],
        [3, 'Program Penempatan Tenaga Kerja', 312500000, 296000000, 16500000],
        [4, 'Program Hubungan Industrial', 185750000, 170250000, 15500000],
      ]);
    rightThenSlip(sisa, -5000000, 0, ['E3 sum.difference']);
  });
  test('a "-" capaian against the end target of a count whose latest realisasi is still "-" is right: the count to date is not complete (round 170)', () => {
    const t = (real2023: number | string, akhir: number | string) =>
      grid(
        [
          heads(
            'No',
            'Indikator Kinerja',
            'Satuan',
            'Tahun 2022',
            null,
            null,
            'Tahun 2023',
            null,
            null,
            'Target Akhir Renstra (2026)',
            'Capaian terhadap Target Akhir Renstra (%)',
          ),
          heads(null, null, null, 'Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)', null, null),
          [1, 'Jumlah Kasus Kematian Neonatal', 'kasus', 46, 51, 89.13, 43, real2023, real2023 === '-' ? '-' : 106.98, 34, akhir],
          [2, 'Angka Kematian Bayi', 'per 1.000 KH', 14.6, 13.9, 104.79, 14, 13.54, 103.29, 12.2, 89.02],
          [3, 'Persentase Persalinan di Fasilitas Pelayanan Kesehatan', '%', 88, 87.23, 99.13, 90, 87.66, 97.4, 96, 91.31],
        ],
        { merges: ['D1:F1', 'G1:I1', 'A1:A2', 'B1:B2', 'C1:C2', 'J1:J2', 'K1:K2'] },
      );
    expect(findings(t('-', '-'))).toEqual([]);
    expect(findings(t(40, 82.35))).toEqual([]);
    expect(brief(findings(t(40, '-')))).toEqual(['K3 ratio.capaian']);
  });
});

describe('probe rounds 174– (2026-12-07, after stop 43)', () => {
  test('SIPD per rincian objek with the kode split over columns: the account lines (5 | 1 | 02 …) are under their sub kegiatan, not beside it (round 174)', () => {
    const t = (h8: number) =>
      grid(
        [
          heads('Kode Rekening', null, null, null, null, null, 'Uraian', 'Anggaran', 'Realisasi', 'Sisa Anggaran'),
          ['2', '15', '01', null, null, null, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 93771433, 85892617, 7878816],
          ['2', '15', '01', '2', '01', null, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 93771433, 85892617, 7878816],
          ['2', '15', '01', '2', '01', '0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 71150912, 65549066, 5601846],
          ['5', '1', '02', '01', '01', '0052', 'Belanja Makanan dan Minuman Rapat', 43228000, 40479033, 2748967],
          ['5', '1', '02', '04', '01', '0003', 'Belanja Perjalanan Dinas Dalam Kota', 27922912, 25070033, 2852879],
          ['2', '15', '01', '2', '01', '0007', 'Evaluasi Kinerja Perangkat Daerah', 22620521, 20343551, 2276970],
          ['5', '1', '02', '01', '01', '0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', h8, 6966916, 8025525 - 6966916],
          ['5', '1', '02', '02', '01', '0014', 'Belanja Jasa Tenaga Administrasi', 14594996, 13376635, 1218361],
        ],
        { merges: ['A1:F1'] },
      );
    expect(kinds(t(8025525))).toEqual(['2:0', '3:1^2', '4:2^3', '5:3^4', '6:3^4', '7:2^3', '8:3^7', '9:3^7']);
    rightThenSlip(t, 8025525, 8052525, ['H8 value.crossing']);
  });
  test('a quarter slip that any of the three quarters could be names all three, not the first: no value.crossing (round 176)', () => {
    const t = (f3: number, sd4 = 371) =>
      grid(
        [
          heads('No', 'Indikator Kinerja', 'Satuan', 'Target Tahunan', 'Realisasi', null, null, null, 'Capaian s.d. TW III thd Target Tahunan (%)'),
          heads(null, null, null, null, 'TW I', 'TW II', 'TW III', 's.d. TW III', null),
          [1, 'Jumlah kasus kematian ibu *)', 'Kasus', 12, 2, f3, 5, 10, 120],
          [2, 'Jumlah kunjungan wisatawan', 'Orang', 195337, 31960, 38280, 44906, 115146, 58.95],
          [3, 'Jumlah rumah tidak layak huni yang direhabilitasi', 'Unit', 146, 36, 33, 44, 113, 77.4],
          [4, 'Jumlah UMKM yang difasilitasi', 'Unit', 560, 112, 128, 131, sd4, 66.25],
          [null],
          ['*) Indikator dengan polaritas negatif (semakin kecil semakin baik): Capaian = Target / Realisasi x 100%'],
        ],
        { merges: ['E1:H1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'I1:I2'] },
      );
    expect(findings(t(3))).toEqual([]);
    // (With another row's s.d. typed wrong too, 317 for 371, the capaian is read from the quarters: two failures.)
    const slip = findings(t(4, 317));
    expect(slip.map((x) => x.rule)).not.toContain('value.crossing');
    expect(brief(slip)).toContain('H3 sum.row-total');
    expect(slip.find((x) => x.cell === 'H3')!.message.id).toContain('salah satu dari E3, F3, G3');
  });
  test("an efisiensi table whose sasaran blocks are merged over their indicator rows relates the blocks' own figures: ΣR/ΣA and capaian − serapan in the total (round 176)", () => {
    const t = (h8: number) =>
      grid(
        [
          heads(
            'No',
            'Sasaran Strategis',
            'Indikator Kinerja',
            'Capaian Kinerja (%)',
            'Rata-rata Capaian Kinerja (%)',
            'Anggaran (Rp)',
            'Realisasi Anggaran (Rp)',
            'Penyerapan Anggaran (%)',
            'Tingkat Efisiensi (%)',
          ),
          [
            1,
            'Meningkatnya kualitas sumber daya manusia',
            'Persentase jalan kabupaten dalam kondisi mantap',
            93.77,
            96.19,
            5386514000,
            5077130222,
            94.26,
            1.93,
          ],
          [null, null, 'Persentase desa berstatus desa mandiri', 98.61],
          [
            2,
            'Menurunnya angka kemiskinan dan pengangguran',
            'Persentase penduduk bekerja di sektor formal',
            101.34,
            109.25,
            5733837000,
            5003751181,
            87.27,
            21.98,
          ],
          [null, null, 'Nilai Tukar Petani', 117.15],
          [3, 'Meningkatnya pertumbuhan ekonomi daerah', 'Rata-rata lama sekolah', 92.03, 89.02, 2283420000, 1838468747, h8, 8.51],
          [null, null, 'Nilai SAKIP Perangkat Daerah', 86.01],
          ['Jumlah / Rata-rata', null, null, null, 98.15, 13403771000, 11919350150, 88.93, 9.22],
        ],
        { merges: ['A', 'B', 'E', 'F', 'G', 'H', 'I'].flatMap((c) => [2, 4, 6].map((r) => `${c}${r}:${c}${r + 1}`)) },
      );
    rightThenSlip(t, 80.51, 83.69, ['H6 ratio.anggaran']);
  });
  test('"AKI per 100.000 KH | Target AKI | Capaian AKI (%)": the column the target names is the realisasi, the capaian a percentage (round 173)', () => {
    const t = (j5: number) =>
      grid([
        ['Capaian Angka Kematian Ibu dan Angka Kematian Bayi Tahun 2019–2023'],
        heads(
          'Tahun',
          'Kelahiran Hidup',
          'Kematian Ibu',
          'AKI per 100.000 KH',
          'Target AKI',
          'Capaian AKI (%)',
          'Kematian Bayi',
          'AKB per 1.000 KH',
          'Target AKB',
          'Capaian AKB (%)',
        ),
        [2019, 4222, 9, 213.17, 126, 30.82, 36, 8.53, 10.8, 121.02],
        [2020, 8231, 11, 133.64, 123, 91.35, 74, 8.99, 10.5, 114.38],
        [2021, 8691, 6, 69.04, 118, 141.49, 72, 8.28, 10.2, j5],
        [2022, 5675, 11, 193.83, 114, 29.97, 35, 6.17, 9.9, 137.68],
        [2023, 6343, 6, 94.59, 108, 112.42, 47, 7.41, 9.6, 122.81],
        [null],
        ['Capaian indikator negatif (makin kecil makin baik) = (2 x Target − Realisasi) / Target x 100%'],
      ]);
    rightThenSlip(t, 118.82, 181.82, ['J5 ratio.capaian']);
  });
  test('a lone "5.337" under an AKI\'s Rumus "x 100.000" is read at the row\'s own scale: 5337 births, not 5,337 (round 173)', () => {
    const t = (aki: string) =>
      grid(
        [
          heads('No', 'Urusan / Indikator Kinerja Kunci', 'Rumus', 'Satuan', 'Tahun 2022', null, null),
          heads(null, null, null, null, 'A', 'B', 'Hasil'),
          [
            1,
            'Persentase Anak Usia 0-18 Tahun yang Memiliki Akta Kelahiran',
            '(Jumlah anak ber-akta / Jumlah anak 0-18 tahun) x 100%',
            '%',
            '71.948',
            '96.674',
            '74,42',
          ],
          [2, 'Angka Kematian Bayi', '(Jumlah kematian bayi / Jumlah kelahiran hidup) x 1.000', 'per 1.000 KH', '30', '4.393', '6,83'],
          [3, 'Angka Kematian Ibu', '(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000', 'per 100.000 KH', '9', '5.337', aki],
          [4, 'Persentase Balita Gizi Buruk', '(Jumlah balita gizi buruk / Jumlah balita yang ditimbang) x 100%', '%', '29', '21.908', '0,13'],
          [5, 'Persentase Rumah Tidak Layak Huni', '(Jumlah RTLH / Jumlah rumah) x 100%', '%', '6.656', '51.822', '12,84'],
        ],
        { merges: ['E1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2'] },
      );
    const accused = (aki: string) => brief(errors(t(aki)));
    expect(accused('168,63')).toEqual([]);
    expect(accused('186,63')).toEqual(['G5 ratio.capaian']);
  });
  test("a T-E.33's K s.d. tahun berjalan is a level or count of the indicator's own, never added up the tree (round 172)", () => {
    const t = (v10: number) =>
      grid(
        [
          heads(
            'No',
            'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
            'Indikator Kinerja Program (outcome)/Kegiatan (output)',
            'Satuan',
            'Target RPJMD Kabupaten/Kota pada Tahun 2026 (Akhir Periode RPJMD)',
            null,
            'Realisasi Capaian Kinerja RPJMD Kabupaten/Kota sampai dengan RKPD Kabupaten/Kota Tahun Lalu (2023)',
            null,
            'Target Kinerja dan Anggaran RKPD Kabupaten/Kota Tahun Berjalan yang Dievaluasi (2024)',
            null,
            'Realisasi Kinerja Pada Triwulan',
            ...Array(7).fill(null),
            'Realisasi Capaian Kinerja dan Anggaran RKPD Kabupaten/Kota yang Dievaluasi (2024)',
            null,
            'Realisasi Kinerja dan Anggaran RPJMD Kabupaten/Kota s/d Tahun 2024 (Akhir Tahun Pelaksanaan RKPD)',
            null,
            'Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD Kabupaten/Kota s/d Tahun 2024 (%)',
          ),
          heads(...Array(10).fill(null), 'I', null, 'II', null, 'III', null, 'IV'),
          heads(null, null, null, null, ...Array(10).fill(['K', 'Rp']).flat()),
          [
            '1',
            'URUSAN PEMERINTAHAN BIDANG KESEHATAN',
            null,
            null,
            null,
            4124398000,
            null,
            1918283430,
            null,
            867678000,
            null,
            157532047,
            null,
            180686364,
            null,
            251269771,
            null,
            232154377,
            null,
            821642559,
            null,
            2739925989,
            null,
            66.43,
          ],
          [
            '1.1',
            'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
            'Persentase Capaian Kinerja Perangkat Daerah',
            '%',
            95,
            3095805000,
            88.5,
            1134796860,
            91,
            667024000,
            '-',
            108060618,
            '-',
            138611537,
            '-',
            205653659,
            90.25,
            172861208,
            90.25,
            625187022,
            90.25,
            1759983882,
            95,
            56.85,
          ],
          [
            '1.1.1',
            'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
            'Persentase Dokumen Perencanaan yang Disusun Tepat Waktu',
            '%',
            100,
            3095805000,
            90,
            1134796860,
            95,
            667024000,
            '-',
            108060618,
            '-',
            138611537,
            '-',
            205653659,
            95,
            172861208,
            95,
            625187022,
            95,
            1759983882,
            95,
            56.85,
          ],
          [
            '1.1.1.1',
            'Penyusunan Dokumen Perencanaan Perangkat Daerah',
            'Jumlah Dokumen Perencanaan Perangkat Daerah',
            'Dokumen',
            15,
            1885455000,
            6,
            684676360,
            3,
            412024000,
            1,
            65960618,
            1,
            77361237,
            0,
            135613659,
            1,
            100260708,
            3,
            379196222,
            9,
            v10,
            60,
            56.43,
          ],
          [
            '1.1.1.2',
            'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
            'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
            'Laporan',
            25,
            1210350000,
            10,
            450120500,
            5,
            255000000,
            1,
            42100000,
            1,
            61250300,
            1,
            70040000,
            2,
            72600500,
            5,
            245990800,
            15,
            696111300,
            60,
            57.51,
          ],
          [
            '1.2',
            'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
            'Persentase Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar',
            '%',
            92.88,
            1028593000,
            87.2,
            783486570,
            89.76,
            200654000,
            '-',
            49471429,
            '-',
            42074827,
            '-',
            45616112,
            88.55,
            59293169,
            88.55,
            196455537,
            88.55,
            979942107,
            95.34,
            95.27,
          ],
          [
            '1.2.1',
            'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota',
            'Persentase Puskesmas dengan Sarana Sesuai Standar',
            '%',
            87.16,
            1028593000,
            73.86,
            783486570,
            79.74,
            200654000,
            '-',
            49471429,
            '-',
            42074827,
            '-',
            45616112,
            76.14,
            59293169,
            76.14,
            196455537,
            76.14,
            979942107,
            87.36,
            95.27,
          ],
          [
            '1.2.1.1',
            'Rehabilitasi dan Pemeliharaan Puskesmas',
            'Jumlah Puskesmas yang Direhabilitasi dan/atau Dipelihara',
            'Unit',
            21,
            1028593000,
            16,
            783486570,
            4,
            200654000,
            1,
            49471429,
            1,
            42074827,
            1,
            45616112,
            0,
            59293169,
            3,
            196455537,
            19,
            979942107,
            90.48,
            95.27,
          ],
          [
            null,
            'Jumlah',
            null,
            null,
            null,
            4124398000,
            null,
            1918283430,
            null,
            867678000,
            null,
            157532047,
            null,
            180686364,
            null,
            251269771,
            null,
            232154377,
            null,
            821642559,
            null,
            2739925989,
            null,
            66.43,
          ],
        ],
        { merges: ['E1:F2', 'G1:H2', 'I1:J2', 'K1:R1', 'S1:T2', 'U1:V2', 'W1:X2', 'A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'K2:L2', 'M2:N2', 'O2:P2', 'Q2:R2'] },
      );
    rightThenSlip(t, 1063872582, 1063827582, ['V7 value.crossing']);
  });
  test("a coded program after the last kegiatan of an uncoded old program is that program's sibling, not the kegiatan's child (round 171)", () => {
    const t = (k2: number) =>
      grid([
        heads('No', 'Kode', 'Program/Kegiatan', 'Anggaran 2020 (Juta Rp)', 'Anggaran 2021 (Juta Rp)'),
        [null, null, 'Program Pelayanan Administrasi Perkantoran', 836.69, '-'],
        [null, null, 'Penyediaan Jasa Surat Menyurat', 493.35, '-'],
        [null, null, 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 343.34, '-'],
        [null, null, 'Program Optimalisasi Pemasaran Produksi Perikanan', 612.55, '-'],
        [null, null, 'Pengembangan Sistem Informasi Pasar Produksi Perikanan', 283.32, '-'],
        [null, null, 'Promosi Hasil Produksi Perikanan', 329.23, '-'],
        [null, '3.25.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', '-', 3127.35],
        [null, '3.25.01.1.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '-', 640.7],
        [null, '3.25.01.1.02', 'Administrasi Keuangan Perangkat Daerah', '-', k2],
        [null, '3.25.03', 'PROGRAM PENGELOLAAN PERIKANAN TANGKAP', '-', 545.38],
        [null, '3.25.03.2.01', 'Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota', '-', 545.38],
        [null, null, 'JUMLAH', 1449.24, 3672.73],
      ]);
    rightThenSlip(t, 2486.65, 2468.65, ['E8 sum.hierarchy']);
  });
});
