import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { memoryIo } from '../../src/cli/io';
import { main, run } from '../../src/cli/main';
import type { JsonReport } from '../../src/cli/render';
import { findingsSheetName } from '../../src/present';

const FINDINGS_SHEET = findingsSheetName('id');
import { FIXTURES, openXlsx, tempDir, toBytes } from '../xlsx/helpers';
import { gridsToXlsx } from '../support/grid-xlsx';
import { indikator, KEGIATAN, realisasi } from '../support/cross-books';

/**
 * A folder as a user would have it: a published table with errors, its corrected twin,
 * a broken file, an Excel lock file, a non-xlsx file and a subfolder.
 */
function makeFolder(): string {
  const dir = tempDir('cermat-cli-');
  copyFileSync(path.join(FIXTURES, 'published/002_tabel_2_8.xlsx'), path.join(dir, 'a_published.xlsx'));
  copyFileSync(path.join(FIXTURES, 'corrected/002_tabel_2_8.corrected.xlsx'), path.join(dir, 'b_corrected.xlsx'));
  writeFileSync(path.join(dir, 'c_broken.xlsx'), 'bukan excel');
  writeFileSync(path.join(dir, '~$a_published.xlsx'), 'lock');
  writeFileSync(path.join(dir, 'notes.txt'), 'catatan');
  mkdirSync(path.join(dir, 'sub'));
  copyFileSync(path.join(FIXTURES, 'published/000_tabel_2_2.xlsx'), path.join(dir, 'sub', 'd_tabel_2_2.xlsx'));
  return dir;
}

async function cli(argv: string[]) {
  const io = memoryIo();
  const code = await run(argv, io);
  return { code, out: io.stdout.join(''), err: io.stderr.join('') };
}

async function json(argv: string[]) {
  const r = await cli([...argv, '--json']);
  return { ...r, report: JSON.parse(r.out) as JsonReport };
}

const dir = makeFolder();
const published = path.join(dir, 'a_published.xlsx');
const corrected = path.join(dir, 'b_corrected.xlsx');
const broken = path.join(dir, 'c_broken.xlsx');

describe('cermat check --json', () => {
  it('lists the folder recursively in order, skips lock and non-xlsx files, keeps the exact shape', async () => {
    const { code, report } = await json(['check', dir, '--jobs', '1']);
    expect(report.files.map((f) => path.relative(dir, f.file))).toEqual([
      'a_published.xlsx',
      'b_corrected.xlsx',
      'c_broken.xlsx',
      path.join('sub', 'd_tabel_2_2.xlsx'),
    ]);
    for (const f of report.files) {
      expect(Object.keys(f).sort()).toEqual(f.error ? ['error', 'file', 'findings', 'tables'] : ['file', 'findings', 'tables']);
      for (const t of f.tables) expect(Object.keys(t)).toEqual(['sheet', 'range', 'layout', 'headerRows', 'bodyRows']);
      for (const x of f.findings) {
        const shape = ['sheet', 'cell', 'rule', 'severity', 'expected', 'actual', 'message'];
        expect(Object.keys(x)).toEqual(x.related ? [...shape, 'related'] : shape);
        // A1 on the finding's sheet, Sheet!A1 (quoted when needed) on another, [file]Sheet!A1 in another file.
        for (const r of x.related ?? []) expect(r).toMatch(/^(\[[^\]]+\])?(('[^']+'|[^!]+)!)?\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/);
      }
    }
    // The broken file is listed with its reason, the others are still checked; exit 2.
    const bad = report.files[2];
    expect(bad.error).toMatch(/c_broken\.xlsx bukan berkas Excel/);
    expect(bad.tables).toEqual([]);
    expect(bad.findings).toEqual([]);
    expect(code).toBe(2);
  });

  it('gives messages in English with --lang en', async () => {
    const { report } = await json(['check', broken, '--lang', 'en']);
    expect(report.files[0].error).toMatch(/is not an Excel \.xlsx file/);
  });

  it('gives the same result on worker threads as in-process', async () => {
    const one = await json(['check', dir, '--jobs', '1']);
    const many = await json(['check', dir, '--jobs', '2']);
    expect(many.report).toEqual(one.report);
    expect(many.code).toBe(one.code);
  }, 120_000);
});

describe('exit codes', () => {
  it('2 for an unreadable or missing file, with a message naming it and no stack trace', async () => {
    const r = await cli(['check', broken]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('c_broken.xlsx');
    expect(r.err).not.toMatch(/\n\s+at /);
    const missing = await cli(['check', path.join(dir, 'tidak-ada.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('tidak ditemukan');
  });

  it('2 on bad usage, with the usage text', async () => {
    for (const argv of [
      ['check', dir, '--bogus'],
      ['check'],
      ['fill', published],
      ['frobnicate'],
      ['check', dir, '--lang', 'fr'],
      ['check', dir, '--jobs', '0'],
    ]) {
      const r = await cli(argv);
      expect([argv.join(' '), r.code]).toEqual([argv.join(' '), 2]);
      expect(r.err).toMatch(/Pemakaian:|Usage:/);
    }
  });

  it('--help, --version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('cermat check');
    const en = await cli(['--help', '--lang', 'en']);
    expect(en.out).toContain('Usage:');
    const v = await cli(['--version']);
    expect(v.out).toMatch(/^cermat \d+\.\d+\.\d+/);
  });

  it('main() sets process.exitCode', async () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const writeOut = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await main(['check', broken]);
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = 0;
      write.mockRestore();
      writeOut.mockRestore();
    }
  });
});

describe('cermat check: text report, --report, --annotate', () => {
  it('prints each file and a summary table, Indonesian by default', async () => {
    const r = await cli(['check', dir, '--jobs', '1']);
    expect(r.out).toContain(`== ${published} ==`);
    expect(r.out).toContain('TIDAK TERBACA');
    expect(r.out).toMatch(/Ringkasan\nBerkas\s+Tabel\s+Kesalahan\s+Peringatan/);
    const en = await cli(['check', dir, '--jobs', '1', '--lang', 'en']);
    expect(en.out).toMatch(/Summary\nFile\s+Tables\s+Errors\s+Warnings/);
  });

  it('writes the summary workbook and annotated copies of the readable files', async () => {
    const out = tempDir('cermat-out-');
    const report = path.join(out, 'ringkasan.xlsx');
    const annotated = path.join(out, 'bertanda');
    const r = await json(['check', dir, '--report', report, '--annotate', annotated, '--jobs', '1']);
    expect(r.code).toBe(2);
    const wb = await openXlsx(readFileSync(report));
    const sum = wb.getWorksheet('Ringkasan')!;
    expect(sum.rowCount).toBe(1 + 4);
    expect(sum.getCell('A4').value).toBe(broken);
    expect(String(sum.getCell('F4').value)).toContain('bukan berkas Excel');
    const total = r.report.files.reduce((n, f) => n + f.findings.length, 0);
    const all = wb.getWorksheet('Temuan')!;
    expect(all.rowCount).toBe(1 + total);
    // Each finding links to its cell in the checked file, by a path from the summary's folder.
    const findings = r.report.files.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));
    expect(findings.length).toBeGreaterThan(0);
    const opened = new Map<string, Awaited<ReturnType<typeof openXlsx>>>();
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const cell = all.getCell(i + 2, 3).value as { formula: string; result: string };
      const m = /^HYPERLINK\("\[([^\]]+)\](?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+)","([A-Z]+\d+)"\)$/.exec(cell.formula);
      expect(m).not.toBeNull();
      const [, target, quoted, plain, at, shown] = m!;
      expect(path.isAbsolute(target)).toBe(false);
      const file = path.resolve(out, target);
      expect(file).toBe(path.resolve(f.file));
      if (!opened.has(file)) opened.set(file, await openXlsx(readFileSync(file)));
      expect(opened.get(file)!.getWorksheet(quoted ? quoted.replace(/''/g, "'") : plain)).toBeDefined();
      expect([at, shown, cell.result]).toEqual([f.cell, f.cell, f.cell]);
    }
    expect(readdirSync(annotated).sort()).toEqual(['a_published.cermat.xlsx', 'b_corrected.cermat.xlsx', 'd_tabel_2_2.cermat.xlsx']);
    const copy = await openXlsx(readFileSync(path.join(annotated, 'a_published.cermat.xlsx')));
    expect(copy.worksheets.map((s) => s.name)).toEqual(['Tabel 2.8', FINDINGS_SHEET]);
  });
});

describe('macro-enabled workbooks (.xlsm)', () => {
  it('are found in folders, checked like their .xlsx twin, and annotated as .xlsx copies without the macros', async () => {
    const folder = tempDir('cermat-xlsm-');
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'published/002_tabel_2_8.xlsx')));
    const ct = (await zip.file('[Content_Types].xml')!.async('string'))
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    expect(ct).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    zip.file('[Content_Types].xml', ct);
    zip.file('xl/vbaProject.bin', new Uint8Array(512));
    writeFileSync(path.join(folder, 'makro.xlsm'), await zip.generateAsync({ type: 'uint8array' }));
    const out = tempDir('cermat-xlsm-out-');
    const r = await json(['check', folder, '--annotate', out, '--jobs', '1']);
    const twin = await json(['check', published, '--jobs', '1']);
    expect(r.report.files.map((f) => path.basename(f.file))).toEqual(['makro.xlsm']);
    expect(r.report.files[0].error).toBeUndefined();
    expect(r.report.files[0].findings.map((f) => [f.cell, f.rule])).toEqual(twin.report.files[0].findings.map((f) => [f.cell, f.rule]));
    expect(readdirSync(out)).toEqual(['makro.cermat.xlsx']);
    const copy = await openXlsx(readFileSync(path.join(out, 'makro.cermat.xlsx')));
    expect(copy.worksheets.map((s) => s.name)).toEqual(['Tabel 2.8', FINDINGS_SHEET]);
  });
});

describe('cermat fill', () => {
  it('refuses to overwrite its input and reports unreadable input with exit 2', async () => {
    expect((await cli(['fill', published, '-o', published])).code).toBe(2);
    expect((await cli(['fill', broken, '-o', path.join(tempDir(), 'x.xlsx')])).code).toBe(2);
  });

  it('writes a copy and says what it did', async () => {
    const out = path.join(tempDir(), 'terisi.xlsx');
    const r = await cli(['fill', corrected, '-o', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.out).toContain(out);
  });
});

// ---------------------------------------------------------------- waits on the engine

describe('with real findings (needs the engine)', () => {
  it('recognises Tabel 2.8 and reports its rasio errors; exit 1, or 0 with --exit-zero', async () => {
    const r = await json(['check', published]);
    const f = r.report.files[0];
    expect(f.tables).toEqual([{ sheet: 'Tabel 2.8', range: 'A5:S18', layout: 'kinerja', headerRows: 3, bodyRows: 11 }]);
    const errors = f.findings.filter((x) => x.severity === 'error').map((x) => x.cell);
    expect(errors).toEqual(expect.arrayContaining(['Q10', 'R10', 'P11', 'Q11', 'R11', 'P12', 'Q12', 'R12']));
    expect(f.findings.find((x) => x.cell === 'R11')).toMatchObject({ actual: 137.4 });
    expect(r.code).toBe(1);
    const zero = await json(['check', published, '--exit-zero']);
    expect(zero.report.files[0].findings.some((x) => x.severity === 'error')).toBe(true);
    expect(zero.code).toBe(0);
  });

  it('the corrected twin has tables and no error: exit 0', async () => {
    const r = await json(['check', corrected]);
    expect(r.report.files[0].tables.length).toBeGreaterThan(0);
    expect(r.report.files[0].findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('the text report shows tables and findings by severity with Indonesian numbers', async () => {
    const r = await cli(['check', published]);
    expect(r.out).toContain("'Tabel 2.8'!A5:S18  kinerja  (3 baris judul kolom, 11 baris isi)");
    expect(r.out).toMatch(/Kesalahan \(\d+\):/);
    expect(r.out).toMatch(/'Tabel 2\.8'!R11 {2}\[[a-z.-]+\] {2}seharusnya 99,9\d*, tertulis 137,4/);
  });

  it('fill writes the rasio formulas into blanked cells and lists them', async () => {
    const wb = await openXlsx(readFileSync(published));
    const ws = wb.getWorksheet('Tabel 2.8')!;
    for (const a of ['P10', 'Q10', 'R10']) ws.getCell(a).value = null;
    const blank = path.join(tempDir(), 'kosong.xlsx');
    writeFileSync(blank, await toBytes(wb));
    const out = path.join(tempDir(), 'terisi.xlsx');
    const r = await cli(['fill', blank, '-o', out]);
    expect(r.code).toBe(0);
    for (const a of ['P10', 'Q10', 'R10']) expect(r.out).toContain(`'Tabel 2.8'!${a}  =`);
    const filled = (await openXlsx(readFileSync(out))).getWorksheet('Tabel 2.8')!;
    expect((filled.getCell('R10').value as { result: number }).result).toBeCloseTo(99.686, 2);
    // Non-empty rasio cells are left as they were.
    expect(filled.getCell('R11').value).toBe(137.4);
  });

  it('fill says which formulas it assumed from a header, and why cells stayed empty', async () => {
    const rfk = {
      name: 'RFK',
      cells: [
        [{ value: 'No' }, { value: 'Kegiatan' }, { value: 'Pagu (Rp)' }, { value: 'Realisasi (Rp)' }, { value: 'Capaian (%)' }],
        [{ value: 1 }, { value: 'Kegiatan A' }, { value: 100000000 }, { value: '95.000.000' }, undefined],
        [{ value: 2 }, { value: 'Kegiatan B' }, { value: 300000000 }, { value: 280000000 }, undefined],
      ],
      merges: [],
    };
    const input = path.join(tempDir(), 'rfk.xlsx');
    writeFileSync(input, await gridsToXlsx([rfk]));
    const r = await cli(['fill', input, '-o', path.join(tempDir(), 'rfk-terisi.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('RFK!E3  =IFERROR(D3/C3*100,"")  = 93,33  (diasumsikan dari judul kolom: periksa rumusnya)');
    expect(r.out).toContain('Catatan:\n  1 sel hitungan tidak diisi karena masukannya angka yang tersimpan sebagai teks');
  });

  it("one fill writes what a second would: the Jumlah row's Sisa over the sums the same fill writes", async () => {
    const anggaran = {
      name: 'Anggaran',
      cells: [
        ['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'],
        [1, 'Program A', 1000000, 900000, null],
        [2, 'Program B', 2000000, 1500000, null],
        [null, 'Jumlah', null, null, null],
      ].map((row) => row.map((value) => (value === null ? undefined : { value }))),
      merges: [],
    };
    const input = path.join(tempDir(), 'anggaran.xlsx');
    writeFileSync(input, await gridsToXlsx([anggaran]));
    const once = path.join(tempDir(), 'anggaran-1.xlsx');
    const r = await cli(['fill', input, '-o', once]);
    expect(r.code).toBe(0);
    for (const line of ['Anggaran!C4  =SUM(C2:C3)', 'Anggaran!E2  =C2-D2', 'Anggaran!E4  =SUM(E2:E3)  = 600.000']) expect(r.out).toContain(line);
    const filled = (await openXlsx(readFileSync(once))).getWorksheet('Anggaran')!;
    expect(filled.getCell('E4').value).toEqual({ formula: 'SUM(E2:E3)', result: 600000 });
    // Filled again, the output has nothing left to fill.
    const again = await cli(['fill', once, '-o', path.join(tempDir(), 'anggaran-2.xlsx')]);
    expect(again.out).toContain('Tidak ada sel kosong');
    expect(again.out).not.toMatch(/Anggaran!\w+ {2}=/);
  });

  it('the sample workbook: planted errors found, and the empty 2023 rasio column filled', async () => {
    const sample = path.join(__dirname, '..', '..', 'samples', 'renstra-contoh.xlsx');
    const r = await json(['check', sample]);
    const errs = new Set(r.report.files[0].findings.filter((x) => x.severity === 'error').map((x) => `${x.sheet}!${x.cell}`));
    for (const c of ['Bab II!G25', 'Bab II!P42', 'Tabel 2.9!L18', 'Tabel 2.9!P18', 'Tabel 6.1!S11', 'Tabel 6.1!M15'])
      expect([c, errs.has(c)]).toEqual([c, true]);
    for (const c of ['Bab II!M44', 'Bab II!N44', 'Bab II!O44', 'Bab II!P44']) expect([c, errs.has(c)]).toEqual([c, false]);
    const out = path.join(tempDir(), 'sample-filled.xlsx');
    const f = await cli(['fill', sample, '-o', out]);
    for (const a of ['Q41', 'Q42', 'Q43', 'Q44', 'Q45']) expect(f.out).toContain(`'Bab II'!${a}  =`);
  });
});

describe('cermat check --across', () => {
  const across = tempDir('cermat-across-');
  const write = async (name: string, grids: Parameters<typeof gridsToXlsx>[0]) => {
    const file = path.join(across, name);
    writeFileSync(file, await gridsToXlsx(grids));
    return file;
  };
  const changed = KEGIATAN.map((r) => [...r] as [string, number, number]);
  changed[2][1] = 250000000;

  it('compares the files with each other only when asked, and names the other file’s cell', async () => {
    const a = await write('lkpj.xlsx', [realisasi()]);
    const b = await write('lampiran.xlsx', [indikator(changed)]);
    const alone = await json(['check', a, b, '--jobs', '1']);
    expect(alone.report.files.flatMap((f) => f.findings).filter((f) => f.rule.startsWith('cross.'))).toEqual([]);

    const both = await json(['check', a, b, '--jobs', '1', '--across']);
    const cross = both.report.files.flatMap((f) => f.findings.filter((x) => x.rule.startsWith('cross.')).map((x) => ({ file: path.basename(f.file), ...x })));
    expect(cross).toHaveLength(1);
    expect(cross[0]).toMatchObject({
      file: 'lampiran.xlsx',
      sheet: 'Indikator',
      cell: 'G4',
      rule: 'cross.value',
      severity: 'error',
      expected: 240000000,
      actual: 250000000,
    });
    expect(cross[0].related).toEqual([`[${a}]Realisasi!C4`]);
    expect(cross[0].message).toContain(`[${a}]Realisasi!C4`);
    expect(both.code).toBe(1);
  });

  it('agreeing files give no cross finding, on worker threads too', async () => {
    const a = await write('lkpj-ok.xlsx', [realisasi()]);
    const b = await write('lampiran-ok.xlsx', [indikator()]);
    const { report, code } = await json(['check', a, b, '--jobs', '2', '--across']);
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.rule.startsWith('cross.'))).toEqual([]);
    expect(code).toBe(0);
  });

  it('with three copies the odd one out is the finding, whichever file holds it; an unreadable file takes no part', async () => {
    const odd = KEGIATAN.map((r) => [...r] as [string, number, number]);
    odd[0][1] = 125000000;
    const a = await write('bab3.xlsx', [realisasi(odd, 'Bab III')]);
    const b = await write('lamp1.xlsx', [indikator(KEGIATAN, 'Lampiran')]);
    const c = await write('lamp2.xlsx', [indikator(KEGIATAN, 'Lampiran')]);
    const { report } = await json(['check', a, b, c, broken, '--jobs', '1', '--across']);
    const cross = report.files.flatMap((f) => f.findings.filter((x) => x.rule.startsWith('cross.')).map((x) => ({ file: path.basename(f.file), ...x })));
    expect(cross.map((x) => [x.file, x.sheet, x.cell, x.rule])).toEqual([['bab3.xlsx', 'Bab III', 'C2', 'cross.value']]);
    expect(cross[0].related).toEqual([`[${b}]Lampiran!G2`, `[${c}]Lampiran!G2`]);
    expect(report.files[3].error).toBeDefined();
  });
});
