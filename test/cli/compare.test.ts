/** cermat compare on two versions written as .xlsx from the planted pairs (test/support/compare-books.ts). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { memoryIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import type { CompareJson } from '../../src/cli/compare-command';
import { changeLine, compareCases, staffCounts } from '../support/compare-books';
import { gridsToXlsx } from '../support/grid-xlsx';
import { openXlsx, tempDir } from '../xlsx/helpers';

async function cli(argv: string[]) {
  const io = memoryIo();
  const code = await run(argv, io);
  return { code, out: io.stdout.join(''), err: io.stderr.join('') };
}

const dir = tempDir('cermat-compare-');
const [renstra, apbd] = compareCases();
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  writeFileSync(file('renstra.xlsx'), await gridsToXlsx(renstra.old));
  writeFileSync(file('renstra-perubahan.xlsx'), await gridsToXlsx(renstra.new));
  writeFileSync(file('murni.xlsx'), await gridsToXlsx(apbd.old));
  writeFileSync(file('perubahan.xlsx'), await gridsToXlsx(apbd.new));
});

describe('cermat compare', () => {
  it('lists every planted change in Indonesian, numbers Indonesian-style, and exits 1', async () => {
    const r = await cli(['compare', file('renstra.xlsx'), file('renstra-perubahan.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${renstra.changes.length} perubahan:`);
    expect(r.out).toContain("'Tabel 6.1'!K23 → 'Tabel 6.1'!K24  2.17.05.2.01.0001 Peningkatan Pemahaman");
    expect(r.out).toContain('Angka berubah, pagu 2026: 220.000.000 → 250.000.000');
    expect(r.out).toContain('Kode berubah: 2.17.01.2.06.0004 → 2.17.01.2.06.0005');
    expect(r.out).toContain('Nama berubah: Program Pengawasan dan Pemeriksaan Koperasi → Program Pengawasan, Pemeriksaan dan Penilaian Kesehatan Koperasi');
    expect(r.out).toContain('Indikator ditambahkan: Persentase koperasi yang sehat');
  });

  it('speaks English with --lang en', async () => {
    const r = await cli(['compare', file('murni.xlsx'), file('perubahan.xlsx'), '--lang', 'en']);
    expect(r.out).toContain('5 changes:');
    expect(r.out).toContain('Figure changed, budget 2025: 240,000,000 → 275,000,000');
    expect(r.out).toContain('Added: Penyediaan Makanan dan Minuman');
  });

  it('says which tables it could not compare, rather than a bare "no change" about them', async () => {
    writeFileSync(file('pegawai-a.xlsx'), await gridsToXlsx([staffCounts(14)]));
    writeFileSync(file('pegawai-b.xlsx'), await gridsToXlsx([staffCounts(15)]));
    const r = await cli(['compare', file('pegawai-a.xlsx'), file('pegawai-b.xlsx')]);
    expect(r.out).toContain('Tidak ada perubahan pada tabel yang dibandingkan.');
    expect(r.out).toContain(
      "1 tabel tidak dibandingkan karena tidak ada angka yang dapat dipasangkan antarversi (kolom tanpa tahun kalender, hitungan): 'Tabel 2.1'!A1:E4",
    );
    const json = JSON.parse((await cli(['compare', file('pegawai-a.xlsx'), file('pegawai-b.xlsx'), '--json'])).out);
    expect(json).toMatchObject({ changes: [], uncompared: ["'Tabel 2.1'!A1:E4"] });
  });

  it('exits 0 with "no change" for a file compared with itself', async () => {
    const r = await cli(['compare', file('murni.xlsx'), file('murni.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tidak ada perubahan.');
    expect((await cli(['compare', file('murni.xlsx'), file('perubahan.xlsx'), '--exit-zero'])).code).toBe(0);
  });

  it('--json has the documented shape, version 1', async () => {
    const r = await cli(['compare', file('renstra.xlsx'), file('renstra-perubahan.xlsx'), '--json']);
    const j = JSON.parse(r.out) as CompareJson;
    expect(Object.keys(j)).toEqual(['format', 'version', 'old', 'new', 'counts', 'changes', 'uncompared']);
    expect(j).toMatchObject({
      format: 'cermat-compare',
      version: 1,
      old: file('renstra.xlsx'),
      new: file('renstra-perubahan.xlsx'),
      counts: { matched: 33, oldOnly: 4, newOnly: 1 },
    });
    expect(j.changes.map(changeLine)).toEqual(renstra.changes);
    const keys = new Set(['kind', 'level', 'label', 'kode', 'measure', 'year', 'variant', 'unit', 'old', 'new']);
    const sideKeys = new Set(['sheet', 'cell', 'label', 'kode', 'value', 'decimals']);
    for (const c of j.changes) {
      for (const k of Object.keys(c)) expect(keys).toContain(k);
      for (const s of [c.old, c.new]) if (s) for (const k of Object.keys(s)) expect(sideKeys).toContain(k);
    }
    expect(j.changes[0]).toEqual({
      kind: 'value',
      level: 'indicator',
      label: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      kode: '2.17.01.2.01.0001',
      measure: 'target',
      year: 2027,
      old: { sheet: 'Tabel 6.1', cell: 'L10', label: 'Jumlah Dokumen Perencanaan Perangkat Daerah', value: 2 },
      new: { sheet: 'Tabel 6.1', cell: 'L10', label: 'Jumlah Dokumen Perencanaan Perangkat Daerah', value: 3 },
    });
  });

  it('--out writes the new version with changed cells marked and noted, and a changes sheet with links', async () => {
    const out = file('perubahan-cermat.xlsx');
    const r = await cli(['compare', file('murni.xlsx'), file('perubahan.xlsx'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Buku kerja perubahan ditulis ke ${out}`);
    const wb = await openXlsx(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['APBD', 'Perubahan Cermat']);
    const c7 = wb.getWorksheet('APBD')!.getCell('C7');
    expect(c7.value).toBe(275_000_000);
    expect(JSON.stringify(c7.fill)).toContain('FFE4DFEC');
    expect(String(c7.note)).toContain('versi lama: 240.000.000');
    const list = wb.getWorksheet('Perubahan Cermat')!;
    expect(list.getRow(1).values).toEqual([undefined, 'Uraian', 'Kode', 'Jenis', 'Perubahan', 'Angka', 'Versi lama', 'Versi baru', 'Sel lama', 'Sel baru']);
    expect(list.rowCount).toBe(1 + apbd.changes.length);
    expect(list.getCell('I3').value).toMatchObject({ formula: 'HYPERLINK("#APBD!C7","APBD!C7")' });
    // Read back, the marked copy is the new version: its changes sheet is not a table.
    const again = await cli(['compare', file('perubahan.xlsx'), out]);
    expect(again.out).toContain('Tidak ada perubahan.');
  });

  it('refuses an --out that is one of the inputs (exit 2, nothing written), and one not named .xlsx', async () => {
    const before = readFileSync(file('perubahan.xlsx'));
    for (const out of [file('perubahan.xlsx'), path.join(dir, '.', 'murni.xlsx')]) {
      const r = await cli(['compare', file('murni.xlsx'), file('perubahan.xlsx'), '--out', out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/adalah berkas yang dibandingkan/);
      expect(r.out).toBe('');
    }
    expect(readFileSync(file('perubahan.xlsx')).equals(before)).toBe(true);
    const csv = await cli(['compare', file('murni.xlsx'), file('perubahan.xlsx'), '--out', file('x.csv')]);
    expect(csv.code).toBe(2);
    expect(existsSync(file('x.csv'))).toBe(false);
  });

  it('exits 2 naming the file that cannot be read, and on bad usage', async () => {
    writeFileSync(file('rusak.xlsx'), 'bukan excel');
    const broken = await cli(['compare', file('murni.xlsx'), file('rusak.xlsx')]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('rusak.xlsx');
    const json = await cli(['compare', file('tidak-ada.xlsx'), file('murni.xlsx'), '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ format: 'cermat-compare', version: 1, changes: [], error: expect.stringContaining('tidak-ada.xlsx') });
    expect((await cli(['compare', file('murni.xlsx')])).code).toBe(2);
    expect((await cli(['compare', file('murni.xlsx'), file('perubahan.xlsx'), '--report', 'r.xlsx'])).code).toBe(2);
  });
});
