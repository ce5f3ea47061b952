/**
 * Each check on a small literal table: the wrong cell is reported with its rule, severity and expected
 * value, and the same table made right reports nothing of that rule.
 */
import { analyseSheet, type Finding, type Settings, type SheetGrid } from '../../src/engine';
import { bold, grid, type Lit } from '../support/grid';

function run(g: SheetGrid, settings?: Partial<Settings>) {
  return analyseSheet(g, settings);
}
const errors = (g: SheetGrid, settings?: Partial<Settings>) => run(g, settings).findings.filter((f) => f.severity === 'error');
const at = (fs: Finding[], cell: string) => fs.filter((f) => f.cell === cell);
const brief = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.rule} ${f.severity}`);

/** Staff counts per golongan: L + P = Jumlah per row, a Jumlah row at the bottom. */
const staff = (over: Record<string, Lit> = {}) => {
  const rows: Lit[][] = [
    ['Tabel 2.1 Jumlah Pegawai Menurut Golongan'],
    [bold('No'), bold('Golongan'), bold('Laki-laki'), bold('Perempuan'), bold('Jumlah')],
    ['1', '2', '3', '4', '5'],
    [1, 'Golongan IV', 3, 2, 5],
    [2, 'Golongan III', 10, 7, 17],
    [3, 'Golongan II', 4, 1, 5],
    [null, bold('Jumlah'), 17, 10, 27],
  ];
  return grid(patch(rows, over));
};

/** Writes values at A1 cells of a literal row list (a copy). */
function patch(rows: Lit[][], over: Record<string, Lit>): Lit[][] {
  const out = rows.map((r) => r.slice());
  for (const [a1, v] of Object.entries(over)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const c = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = Number(m[2]) - 1;
    while (out.length <= r) out.push([]);
    while (out[r].length <= c) out[r].push(null);
    out[r][c] = v;
  }
  return out;
}

describe('sum.row-total and sum.total-row', () => {
  test('a right table has no error', () => {
    expect(errors(staff())).toEqual([]);
  });

  test('a row whose parts do not add up to its Jumlah', () => {
    const fs = errors(staff({ E5: 18, E7: 28 }));
    const f = at(fs, 'E5')[0];
    expect(f).toMatchObject({ rule: 'sum.row-total', severity: 'error', expected: 17, actual: 18 });
    expect(f.related).toEqual(expect.arrayContaining(['C5', 'D5']));
  });

  test('a Jumlah row that does not sum the rows above', () => {
    const fs = errors(staff({ C7: 16, E7: 26 }));
    expect(at(fs, 'C7')[0]).toMatchObject({ rule: 'sum.total-row', expected: 17, actual: 16 });
    // E7 = C7 + D7 holds (26 = 16 + 10) but not Σ E4:E6 = 27: the column sum is the odd one out.
    expect(fs.every((f) => f.rule.startsWith('sum.'))).toBe(true);
  });

  test('header-stated parts "Jumlah (3+4)" are the parts, whatever their labels', () => {
    const g = grid([
      [bold('No'), bold('Unit'), bold('PNS'), bold('PPPK'), bold('Honorer'), bold('Jumlah (3+4)')],
      ['1', '2', '3', '4', '5', '6'],
      [1, 'Sekretariat', 5, 2, 9, 7],
      [2, 'Bidang A', 4, 1, 3, 6],
    ]);
    const fs = errors(g);
    expect(brief(fs)).toEqual(['F4 sum.row-total error']);
    expect(fs[0].expected).toBe(5);
  });

  test('asset condition: Baik + Rusak Ringan + Rusak Berat = Total', () => {
    const g = grid(
      [
        [bold('No'), bold('Jenis Aset'), bold('Kondisi'), null, null, bold('Total')],
        [null, null, bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat'), null],
        [1, 'Laptop', 14, 3, 1, 17],
        [2, 'Meja', 20, 0, 2, 22],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'] },
    );
    const fs = errors(g);
    expect(brief(fs)).toEqual(['F3 sum.row-total error']);
    expect(fs[0].expected).toBe(18);
  });
});

/** Tabel 6.1 shape: program > kegiatan > sub kegiatan, Rp per year and akhir periode. */
const rencana = (over: Record<string, Lit> = {}) => {
  const rows: Lit[][] = [
    [
      bold('Kode'),
      bold('Program/Kegiatan/Sub Kegiatan'),
      bold('Indikator'),
      bold('Satuan'),
      bold('Tahun 2025'),
      null,
      bold('Tahun 2026'),
      null,
      bold('Kondisi Kinerja pada Akhir Periode Renstra'),
      null,
    ],
    [null, null, null, null, bold('Target'), bold('Rp'), bold('Target'), bold('Rp'), bold('Target'), bold('Rp')],
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    ['3.31.02', 'Program Perdagangan', 'Persentase pasar baik', '%', 80, 300, 85, 360, 85, 660],
    ['3.31.02.2.01', 'Kegiatan Pasar', 'Jumlah pasar direvitalisasi', 'unit', 2, 300, 3, 360, 5, 660],
    ['3.31.02.2.01.0001', 'Sub Kegiatan Revitalisasi', 'Pasar direvitalisasi', 'unit', 2, 200, 3, 250, 5, 450],
    ['3.31.02.2.01.0002', 'Sub Kegiatan Pembinaan', 'Pedagang dibina', 'orang', 100, 100, 100, 110, 200, 210],
  ];
  return grid(patch(rows, over), { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:J1'] });
};

describe('Tabel 6.1: hierarchy and akhir periode', () => {
  test('a right table has no error and is recognised as rencana with its hierarchy', () => {
    const a = run(rencana());
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const t = a.tables[0];
    expect(t.layout).toBe('rencana');
    expect(t.rows.map((r) => r.kind)).toEqual(['program', 'kegiatan', 'subkegiatan', 'subkegiatan']);
    expect(t.rows[2].parent).toBe(t.rows[1].row);
    expect(t.rows[1].parent).toBe(t.rows[0].row);
  });

  test('a kegiatan Rp that differs from its sub kegiatan, while the program agrees with them, is the odd one', () => {
    const fs = errors(rencana({ H5: 350, J5: 650 }));
    expect(at(fs, 'H5')[0]).toMatchObject({ rule: 'sum.hierarchy', expected: 360, actual: 350 });
    // The program (360) is not blamed for the kegiatan's slip.
    expect(at(fs, 'H4')).toEqual([]);
  });

  test('akhir-periode Rp that is not the sum of the years', () => {
    const fs = errors(rencana({ J7: 201 }));
    expect(at(fs, 'J7')[0]).toMatchObject({ rule: 'sum.period', expected: 210, actual: 201 });
  });

  test("a kode that does not extend its parent's", () => {
    const fs = run(rencana({ A6: '3.31.03.2.01.0001' })).findings;
    expect(fs.find((f) => f.cell === 'A6')?.rule).toBe('kode.parent');
  });
});

/** Kinerja: targets, realisasi, capaian per year. */
const kinerja = (over: Record<string, Lit> = {}) => {
  const rows: Lit[][] = [
    [bold('No'), bold('Indikator'), bold('Target'), null, bold('Realisasi'), null, bold('Rasio Capaian (%)'), null],
    [null, null, '2022', '2023', '2022', '2023', '2022', '2023'],
    [1, 'Persentase koperasi aktif', 80, 85, 76, 85, 95, 100],
    [2, 'Tingkat pengangguran terbuka', 4, 4, 5, 3.8, 75, 105],
    [3, 'Jumlah UMKM dibina', 200, 250, 210, 200, 105, 80],
  ];
  return grid(patch(rows, over), { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'] });
};

describe('ratio.capaian', () => {
  test('right capaian, including a lower-is-better indicator by (2T − R)/T, give no error', () => {
    expect(errors(kinerja())).toEqual([]);
  });

  test('a wrong capaian is reported with realisasi / target × 100', () => {
    const fs = errors(kinerja({ G5: 110 }));
    expect(at(fs, 'G5')[0]).toMatchObject({ rule: 'ratio.capaian', expected: 105, actual: 110 });
  });

  test('the rounding the cell shows is tolerated, more is not', () => {
    expect(errors(kinerja({ C5: 300, G5: 70 }))).toEqual([]); // 210/300 = 70.0
    expect(errors(kinerja({ C5: 301, G5: 69.77 }))).toEqual([]); // 69.767… shown with 2 decimals
    // A realisasi in % shown whole may be any figure that rounds to it (a target is set, exact): 75.5–76.5 over 81 spans
    // 93.21–94.44, plus half the stated last decimal (DOMAIN's rule).
    expect(errors(kinerja({ C3: 81, G3: 94.4 }))).toEqual([]);
    expect(brief(errors(kinerja({ C3: 81, G3: 94.7 })))).toEqual(['G3 ratio.capaian error']);
    // A count ("Jumlah UMKM dibina", no unit written) is exact (DOMAIN: integers that count things match exactly): 210 / 301
    // is 69,77, not 69,9.
    expect(brief(errors(kinerja({ C5: 301, G5: 69.9 })))).toEqual(['G5 ratio.capaian error']);
    expect(brief(errors(kinerja({ C5: 301, G5: 70.2 })))).toEqual(['G5 ratio.capaian error']);
  });

  test('a lower-is-better row is right under either conventional formula, and wrong under realisasi/target', () => {
    expect(errors(kinerja({ G4: 80 }))).toEqual([]); // T / R × 100
    const fs = run(kinerja({ G4: 125 })).findings.filter((f) => f.cell === 'G4'); // R / T × 100
    expect(fs[0]).toMatchObject({ rule: 'ratio.capaian', severity: 'warning', expected: 75 });
  });

  test('the lower-is-better formula setting decides the fill when the table shows no convention', () => {
    const blank = { G4: null, H4: null };
    expect(run(kinerja(blank)).fill.find((f) => f.cell === 'G4')?.formula).toBe('=IFERROR((2*C4-E4)/C4*100,"")');
    const f = run(kinerja(blank), { lowerFormula: 'reciprocal' }).fill.find((x) => x.cell === 'G4');
    expect(f).toMatchObject({ formula: '=IFERROR(C4/E4*100,"")', value: 80 });
  });
});

describe('value.missing and number.*', () => {
  test('a realisasi without a target, and a target without a realisasi', () => {
    const fs = run(kinerja({ C5: null, G5: null, F5: null, H5: null })).findings;
    expect(
      fs
        .filter((f) => f.rule === 'value.missing')
        .map((f) => f.cell)
        .sort(),
    ).toEqual(['C5', 'F5']);
  });

  test('a realisasi whose target is written as none ("NA", "-") is noted (info); a blank target is a warning (probe 51)', () => {
    const missing = (over: Record<string, Lit>) =>
      run(kinerja(over))
        .findings.filter((f) => f.rule === 'value.missing' && f.cell === 'C5')
        .map((f) => `${f.severity} ${f.actual}`);
    expect(missing({ C5: 'NA', G5: '-' })).toEqual(['info NA']);
    // A capaian stated over a '-' target: the target is missing, not set to none.
    expect(missing({ C5: '-', G5: 95 })).toEqual(['warning -']);
    expect(missing({ C5: '-', G5: '-' })).toEqual(['info -']);
    // "NA" says not applicable whether or not a capaian is written; a "-" under an empty capaian may be a gap.
    expect(missing({ C5: 'NA', G5: null })).toEqual(['info NA']);
    expect(missing({ C5: '-', G5: null })).toEqual(['warning -']);
    expect(missing({ C5: null, G5: null })).toEqual(['warning null']);
  });

  test('an Indonesian number stored as text is read, checked and flagged', () => {
    const a = run(kinerja({ G3: '95,00', E4: '5' }));
    const text = a.findings.filter((f) => f.rule === 'number.text');
    expect(text.map((f) => f.cell).sort()).toEqual(['E4', 'G3']);
    expect(text.find((f) => f.cell === 'G3')).toMatchObject({ severity: 'warning', expected: 95 });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('an unreadable number where a number belongs', () => {
    const fs = run(kinerja({ E3: '7 6' })).findings;
    expect(fs.find((f) => f.cell === 'E3')?.rule).toMatch(/^number\./);
  });

  test('"-" and NA are not errors and not numbers', () => {
    const fs = errors(kinerja({ D5: '-', F5: 'NA', H5: '-' }));
    expect(fs).toEqual([]);
  });
});

/** Anggaran: anggaran and realisasi per year, rasio, a Jumlah row. */
const anggaran = (over: Record<string, Lit> = {}) => {
  const rows: Lit[][] = [
    [bold('Uraian'), bold('Anggaran pada Tahun'), null, bold('Realisasi Anggaran pada Tahun'), null, bold('Rasio antara Realisasi dan Anggaran'), null],
    [null, '2022', '2023', '2022', '2023', '2022', '2023'],
    ['Program A', 1000000, 1200000, 950000, 1200000, 95, 100],
    ['Program B', 500000, 400000, 400000, 300000, 80, 75],
    [bold('Jumlah'), 1500000, 1600000, 1350000, 1500000, 90, 93.75],
  ];
  return grid(patch(rows, over), { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1'] });
};

describe('ratio.anggaran and ratio.total', () => {
  test('a right table has no error', () => {
    const a = run(anggaran());
    expect(a.tables[0].layout).toBe('anggaran');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a wrong rasio realisasi / anggaran', () => {
    const fs = errors(anggaran({ F4: 85 }));
    expect(at(fs, 'F4')[0]).toMatchObject({ rule: 'ratio.anggaran', expected: 80, actual: 85 });
  });

  test('percentages summed in the Jumlah row', () => {
    const fs = errors(anggaran({ F5: 175, G5: 175 }));
    expect(at(fs, 'F5')[0]).toMatchObject({ rule: 'ratio.total', expected: 90 });
    expect(at(fs, 'G5')[0]).toMatchObject({ rule: 'ratio.total', expected: 93.75 });
    expect(at(fs, 'F5')[0].message.en).toMatch(/sum/i);
  });

  test('a Jumlah row that does not sum the anggaran above', () => {
    const fs = errors(anggaran({ B5: 1600000 }));
    expect(fs.map((f) => `${f.cell} ${f.rule}`)).toContain('B5 sum.total-row');
  });
});

describe('sum.difference', () => {
  test('Sisa = Pagu − Realisasi', () => {
    const g = (sisa: number) =>
      grid([
        [bold('No'), bold('Program'), bold('Pagu'), bold('Realisasi'), bold('Sisa Anggaran')],
        [1, 'Program A', 1000, 800, 200],
        [2, 'Program B', 500, 450, sisa],
      ]);
    expect(errors(g(50))).toEqual([]);
    const fs = errors(g(60));
    expect(at(fs, 'E3')[0]).toMatchObject({ rule: 'sum.difference', expected: 50, actual: 60 });
  });
});

describe('the fill plan', () => {
  test("an empty capaian column gets live formulas with the table's own polarity", () => {
    const a = run(kinerja({ H3: null, H4: null, H5: null }));
    const byCell = Object.fromEntries(a.fill.map((f) => [f.cell, f]));
    expect(byCell.H3).toMatchObject({ formula: '=IFERROR(F3/D3*100,"")', value: 100, current: null });
    // Lower is better (pengangguran): (2T − R) / T × 100 = (8 − 3.8) / 4 × 100 = 105.
    expect(byCell.H4.formula).toBe('=IFERROR((2*D4-F4)/D4*100,"")');
    expect(byCell.H4.value).toBeCloseTo(105, 6);
    expect(byCell.H5.value).toBeCloseTo(80, 6);
    // Nothing proposed over a filled cell.
    expect(a.fill.filter((f) => f.current !== null)).toEqual([]);
  });

  test('empty akhir-periode Rp and Jumlah cells get SUM and addition formulas', () => {
    const a = run(rencana({ J7: null }));
    expect(a.fill.find((f) => f.cell === 'J7')).toMatchObject({ formula: '=F7+H7', value: 210 });

    const b = run(staff({ C7: null, E6: null }));
    expect(b.fill.find((f) => f.cell === 'C7')).toMatchObject({ formula: '=SUM(C4:C6)', value: 17 });
    expect(b.fill.find((f) => f.cell === 'E6')).toMatchObject({ formula: '=C6+D6', value: 5 });
  });

  test('no formula over a number typed as text (Excel would give #VALUE! or skip it), in a range or a sum of cells', () => {
    // C5 "10" is text: the SUM(C4:C6) for C7 and the C5+D5 for E5 would read it wrongly.
    const a = run(staff({ C7: null, E5: null, E6: null, C5: '10' }));
    expect(a.fill.find((f) => f.cell === 'C7')).toBeUndefined();
    expect(a.fill.find((f) => f.cell === 'E5')).toBeUndefined();
    // E6 = C6 + D6 reads no text: filled.
    expect(a.fill.find((f) => f.cell === 'E6')).toMatchObject({ formula: '=C6+D6', value: 5 });
    expect(a.tables[0].notes.map((n) => n.en).join(' ')).toMatch(/2 computed cells were not filled because their inputs are numbers stored as text/);
    expect(a.findings.find((f) => f.cell === 'C5')?.rule).toBe('number.text');
  });

  test('the Jumlah row of a ratio column is the ratio of the totals', () => {
    const a = run(anggaran({ F5: null }));
    const f = a.fill.find((x) => x.cell === 'F5');
    expect(f?.formula).toBe('=IFERROR(D5/B5*100,"")');
    expect(f?.value).toBeCloseTo(90, 6);
  });
});

describe('ratio.pertumbuhan and column.pertumbuhan', () => {
  // Anggaran 100, 110, 121 grow by 10 % a year: mean and compound rate are both 10.
  const table = (g1: Lit, g2: Lit) =>
    grid(
      [
        [bold('Uraian'), bold('Anggaran pada Tahun'), null, null, bold('Realisasi Anggaran pada Tahun'), null, null, bold('Rata-rata Pertumbuhan'), null],
        [null, '2021', '2022', '2023', '2021', '2022', '2023', bold('Anggaran'), bold('Realisasi')],
        ['Program A', 100, 110, 121, 90, 99, 108.9, g1, g2],
        ['Program B', 200, 220, 242, 200, 200, 200, 10, 0],
      ],
      { merges: ['A1:A2', 'B1:D1', 'E1:G1', 'H1:I1'] },
    );

  test('stated growth rates that match give no finding', () => {
    const a = run(table(10, 10));
    expect(a.findings.filter((f) => f.rule.endsWith('pertumbuhan'))).toEqual([]);
  });

  test('a wrong growth rate is an error at its cell', () => {
    const fs = errors(table(12, 10));
    expect(at(fs, 'H3')[0]).toMatchObject({ rule: 'ratio.pertumbuhan', expected: 10, actual: 12 });
  });

  test('a column holding the mean of the years is one column warning, not an error per row', () => {
    const a = run(table(110.33, 99.3));
    expect(a.findings.filter((f) => f.severity === 'error' && f.rule.endsWith('pertumbuhan'))).toEqual([]);
    expect(a.findings.some((f) => f.rule === 'column.pertumbuhan' && f.severity === 'warning')).toBe(true);
  });
});

describe('ratio.predikat', () => {
  const table = (p1: string, p2: string) =>
    grid([
      [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)'), bold('Predikat')],
      [1, 'Persentase koperasi aktif', 80, 76, 95, p1],
      [2, 'Persentase UMKM naik kelas', 50, 30, 60, p2],
    ]);

  test('labels of the Renstra scale that match their capaian', () => {
    expect(run(table('Sangat Tinggi', 'Rendah')).findings.filter((f) => f.rule === 'ratio.predikat')).toEqual([]);
  });

  test('a label in the wrong band names the right one', () => {
    const f = run(table('Sangat Tinggi', 'Tinggi')).findings.find((x) => x.rule === 'ratio.predikat');
    expect(f).toMatchObject({ cell: 'F3', expected: 'Rendah', actual: 'Tinggi' });
  });

  test('the LKjIP scale is recognised by its labels, or chosen in the settings', () => {
    // LKjIP scale: > 85 Sangat Berhasil, > 70 Berhasil, > 55 Cukup Berhasil.
    expect(run(table('Sangat Berhasil', 'Cukup Berhasil')).findings.filter((f) => f.rule === 'ratio.predikat')).toEqual([]);
    const f = run(table('Sangat Berhasil', 'Berhasil')).findings.find((x) => x.rule === 'ratio.predikat');
    expect(f).toMatchObject({ cell: 'F3', expected: 'Cukup Berhasil' });
    // Chosen explicitly in the settings, the Renstra scale applies: 60 is "Rendah".
    const g = run(table('Sangat Tinggi', 'Sedang'), { predikat: 'renstra' }).findings.find((x) => x.rule === 'ratio.predikat');
    expect(g).toMatchObject({ cell: 'F3', expected: 'Rendah', actual: 'Sedang' });
  });
});

describe('ratio.predikat in a Keterangan column', () => {
  // 150 indicators; capaian 95 is "Sangat Tinggi" on the Renstra scale.
  const table = (ket: (i: number) => string) =>
    grid([
      [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)'), bold('Keterangan')],
      ...Array.from({ length: 150 }, (_, i) => [i + 1, `Persentase layanan ${i + 1}`, 80, 76, 95, ket(i)]),
    ]);

  test('a Ket. column full of band labels is read as the predikat, and a wrong label found', () => {
    const a = run(table((i) => (i === 120 ? 'Tinggi' : 'Sangat Tinggi')));
    const f = a.findings.filter((x) => x.rule === 'ratio.predikat');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([['F122', 'Sangat Tinggi', 'Tinggi']]);
  });

  test('a Ket. column of remarks is not, even with a few labels among them', () => {
    const a = run(table((i) => (i % 10 === 0 ? 'Tinggi' : `Sesuai rencana kerja tahun ${2020 + (i % 5)}`)));
    expect(a.findings.filter((x) => x.rule === 'ratio.predikat')).toEqual([]);
  });
});

describe('hierarchy without kode', () => {
  test('Program / Kegiatan words and a Jumlah row: the kegiatan are summed into their program', () => {
    const g = grid([
      [bold('No'), bold('Program/Kegiatan'), bold('Anggaran 2023'), bold('Realisasi 2023'), bold('Rasio (%)')],
      [1, bold('Program Pengembangan Ekspor'), 300, 270, 90],
      [null, 'Kegiatan Promosi', 100, 90, 90],
      [null, 'Kegiatan Pameran', 150, 180, 120],
      [2, bold('Program Perlindungan Konsumen'), 100, 100, 100],
      [null, 'Kegiatan Pengawasan', 100, 100, 100],
      [null, bold('Jumlah'), 400, 370, 92.5],
    ]);
    const a = run(g);
    const t = a.tables[0];
    expect(t.rows.map((r) => r.kind)).toEqual(['program', 'kegiatan', 'kegiatan', 'program', 'kegiatan', 'total']);
    // Program A's 300 ≠ 100 + 150 (one kegiatan is wrong, but which cannot be told): reported at the program.
    const fs = a.findings.filter((f) => f.severity === 'error');
    expect(fs.map((f) => `${f.cell} ${f.rule}`)).toContain('C2 sum.hierarchy');
    expect(at(fs, 'C2')[0]).toMatchObject({ expected: 250, actual: 300 });
    // Realisasi 90 + 180 = 270 holds.
    expect(at(fs, 'D2')).toEqual([]);
  });
});

describe('a Total column after a yearly money series', () => {
  test('is the row total of the years, checked and filled', () => {
    const g = grid([
      [bold('No'), bold('Program/Kegiatan'), bold('Pagu 2025 (Rp)'), bold('Pagu 2026 (Rp)'), bold('Total (Rp)')],
      ['I', bold('PROGRAM A'), 500, 500, 1000],
      ['1', 'Kegiatan A1', 200, 300, 500],
      ['2', 'Kegiatan A2', 300, 200, 510],
      ['II', bold('PROGRAM B'), 100, 100, null],
      ['1', 'Kegiatan B1', 100, 100, 200],
    ]);
    const a = run(g);
    expect(a.tables[0].columns.map((c) => c.role)).toEqual(['no', 'label', 'anggaran', 'anggaran', 'rowTotal']);
    expect(brief(a.findings.filter((f) => f.severity === 'error'))).toEqual(['E4 sum.row-total error']);
    expect(a.fill.find((f) => f.cell === 'E5')).toMatchObject({ formula: '=C5+D5', value: 200 });
  });
});

describe('sum.average', () => {
  const table = (mean: Lit, label = 'Rata-rata Capaian') =>
    grid([
      [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
      [1, 'Persentase A', 100, 90, 90],
      [2, 'Persentase B', 100, 80, 80],
      [3, 'Rata-rata Lama Sekolah', 8, 8.4, 105],
      [null, bold(label), null, null, mean],
    ]);

  test('a Rata-rata row is the mean of the rows above, not a data row', () => {
    const a = run(table(91.67));
    expect(a.tables[0].rows.map((r) => r.kind)).toEqual(['indicator', 'indicator', 'indicator', 'average']);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a wrong mean, or the sum written as the mean, is an error', () => {
    expect(errors(table(90))[0]).toMatchObject({ cell: 'E5', rule: 'sum.average', expected: 91.67, actual: 90 });
    const summed = errors(table(275))[0];
    expect(summed).toMatchObject({ cell: 'E5', rule: 'sum.average' });
    expect(summed.message.en).toMatch(/their sum/);
  });

  test('an empty mean of a capaian column is filled with AVERAGE', () => {
    const a = run(table(null, 'Rerata'));
    expect(a.fill.find((f) => f.cell === 'E5')).toMatchObject({ formula: '=AVERAGE(E2:E4)' });
    expect(a.fill.find((f) => f.cell === 'E5')?.value).toBeCloseTo(91.6667, 3);
    expect(a.fill.find((f) => f.cell === 'C5')).toBeUndefined();
  });
});

describe('Tabel 6.1 grouped by measure, funding as "Pagu Indikatif"', () => {
  test("the yearly pagu is the table's Rp and follows the hierarchy", () => {
    const g = grid(
      [
        [bold('Kode'), bold('Program/Kegiatan'), bold('Indikator'), bold('Satuan'), bold('Target'), null, bold('Pagu Indikatif (Rp)'), null],
        [null, null, null, null, '2025', '2026', '2025', '2026'],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Angka kematian ibu', 'per 100.000', 90, 85, 5000, 5500],
        ['1.02.02.2.01', 'Kegiatan Penyediaan Fasilitas', 'Jumlah puskesmas', 'unit', 3, 4, 3000, 3500],
        ['1.02.02.2.02', 'Kegiatan Penyediaan Layanan', 'Jumlah layanan', 'jenis', 10, 12, 2000, 1900],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'] },
    );
    const a = run(g);
    expect(a.tables[0].layout).toBe('rencana');
    expect(a.tables[0].columns.slice(6).map((c) => `${c.role}:${c.year}`)).toEqual(['rp:2025', 'rp:2026']);
    expect(brief(a.findings.filter((f) => f.severity === 'error'))).toEqual(['H3 sum.hierarchy error']);
  });
});

describe('qualitative indicators', () => {
  test('a graded target and realisasi (SAKIP "BB") make a data row, and are not reported as bad numbers', () => {
    const g = grid([
      [bold('No'), bold('Sasaran Strategis'), bold('Indikator Kinerja'), bold('Target'), bold('Realisasi'), bold('%')],
      [1, 'Meningkatnya kualitas pelayanan', 'IKM', 85, 87.2, 102.59],
      [2, 'Meningkatnya akuntabilitas', 'Nilai SAKIP', 'BB', 'B', null],
      [3, 'Meningkatnya akuntabilitas', 'Persentase temuan ditindaklanjuti', 100, 'seratus', null],
    ]);
    const a = run(g);
    expect(a.tables[0].rows.map((r) => r.kind)).toEqual(['indicator', 'indicator', 'indicator']);
    expect(a.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(['E4 number.invalid']);
  });
});

describe('APBD summary: Murni / Perubahan and Surplus/(Defisit)', () => {
  const apbd = (over: Record<string, Lit> = {}) =>
    grid(
      patch(
        [
          [bold('Kode Rekening'), bold('Uraian'), bold('Anggaran Murni'), bold('Anggaran Perubahan'), bold('Bertambah/(Berkurang)')],
          ['4', 'PENDAPATAN DAERAH', 1000, 1100, 100],
          ['4.1', 'Pendapatan Asli Daerah', 400, 450, 50],
          ['4.2', 'Pendapatan Transfer', 600, 650, 50],
          ['5', 'BELANJA DAERAH', 1200, 1250, 50],
          ['5.1', 'Belanja Operasi', 1200, 1250, 50],
          [null, 'SURPLUS / (DEFISIT)', -200, -150, 50],
        ],
        over,
      ),
    );

  test('a right summary has no finding: the deficit is neither a child of Belanja nor a bad negative', () => {
    const a = run(apbd());
    expect(a.tables[0].rows.map((r) => r.kind).pop()).toBe('derived');
    expect(a.findings).toEqual([]);
  });

  test('Bertambah/(Berkurang) = Perubahan − Murni', () => {
    const fs = errors(apbd({ E4: 40 }));
    expect(fs.map((f) => [f.cell, f.rule, f.expected])).toEqual([['E4', 'sum.difference', 50]]);
  });

  test('Surplus/(Defisit) = Pendapatan − Belanja', () => {
    const fs = errors(apbd({ D7: -140, E7: 60 }));
    expect(fs.map((f) => [f.cell, f.rule, f.expected])).toEqual([['D7', 'sum.difference', -150]]);
    expect(fs[0].related).toEqual(['D2', 'D5']);
  });
});

test('sum.row-total: a Jumlah column before its parts ("Kondisi": Baik, Rusak Ringan, Rusak Berat)', () => {
  const g = grid(
    [
      [bold('No'), bold('Jenis Barang'), bold('Jumlah'), bold('Kondisi'), null, null],
      [null, null, null, bold('Baik'), bold('Rusak Ringan'), bold('Rusak Berat')],
      [1, 'Komputer', 10, 7, 2, 1],
      [2, 'Printer', 5, 3, 1, 2],
      [3, 'Meja', 20, '-', 5, 15],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] },
  );
  const a = run(g);
  expect(a.tables[0].columns[2]).toMatchObject({ role: 'rowTotal', parts: [3, 4, 5] });
  expect(brief(a.findings)).toEqual(['C4 sum.row-total error']);
});

test('capaian findings state the polarity they were judged by, and a row setting flips it', () => {
  const fs = run(kinerja({ G4: 125, G5: 110 })).findings.filter((f) => f.rule === 'ratio.capaian');
  expect(fs.find((f) => f.cell === 'G4')?.polarity).toBe('lower'); // Tingkat pengangguran
  expect(fs.find((f) => f.cell === 'G5')?.polarity).toBe('higher');
  const flipped = run(kinerja({ G4: 125 }), { polarity: { 'Sheet1!4': 'higher' } }).findings.filter((f) => f.cell === 'G4');
  // Judged as higher-is-better, 5 / 4 × 100 = 125 is right.
  expect(flipped).toEqual([]);
});

describe('kode.number', () => {
  const kodes = (rows: Lit[][]) =>
    analyseSheet(grid([[bold('Kode'), bold('Program / Kegiatan'), bold('Pagu (Rp)')], ...rows]))
      .findings.filter((f) => f.rule === 'kode.number')
      .map((f) => `${f.cell} ${f.severity} ${f.message.en}`);

  it('codes stored as numbers with nothing lost in sight: one note for the column', () => {
    expect(
      kodes([
        [16, 'Program Peningkatan Pelayanan Perizinan', 515],
        [16.001, 'Pelayanan Administrasi Perizinan', 280],
        [16.002, 'Pemantauan Penanaman Modal', 110],
        [16.003, 'Pengelolaan Data PTSP', 125],
      ]),
    ).toEqual(['A3 info 3 kodes in the kode column are stored as numbers (A3…A5), e.g. 16.001; a code like 2.10 would become 2.1. Store codes as text']);
  });

  it('a warning at the code whose lost zero the table shows: shorter than its siblings, or continued by another code', () => {
    const found = kodes([
      [16, 'Program Peningkatan Pelayanan Perizinan', 500],
      [16.001, 'Pelayanan Administrasi Perizinan', 100],
      [16.002, 'Pemantauan Penanaman Modal', 100],
      [16.01, 'Pengelolaan Data PTSP', 300],
    ]);
    expect(found).toEqual([
      'A3 info 2 kodes in the kode column are stored as numbers (A3…A4), e.g. 16.001; a code like 2.10 would become 2.1. Store codes as text',
      'A5 warning Kode 16.01 is stored as a number: trailing zeros are lost (2.10 becomes 2.1). Store codes as text',
    ]);
    expect(
      kodes([
        [3.3, 'BIDANG URUSAN PERDAGANGAN', 1130],
        ['3.30.02', 'Program Peningkatan Sarana Distribusi Perdagangan', 780],
        ['3.30.03', 'Program Stabilisasi Harga Barang Kebutuhan Pokok', 350],
      ]),
    ).toEqual(['A2 warning Kode 3.3 is stored as a number: trailing zeros are lost (2.10 becomes 2.1). Store codes as text']);
  });
});
