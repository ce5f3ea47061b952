import { writeFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import type { SheetGrid } from '../../src/engine/types';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read';
import { fixture, tempDir, toBytes, at } from './helpers';

describe('readWorkbook on fixtures', () => {
  it('reads titles, bold header, merges and numbers with their format (Tabel 2.8)', async () => {
    const [g] = await readWorkbook(fixture('published/002_tabel_2_8.xlsx'), '002_tabel_2_8.xlsx');
    expect(g.name).toBe('Tabel 2.8');
    expect(at(g, 'A1')).toEqual({ value: 'Tabel 2.8', bold: true });
    expect(at(g, 'E5')?.value).toBe('Target Renstra -P Perangkat daerah Tahun Ke');
    expect(at(g, 'E5')?.bold).toBe(true);
    // The group header E5:I5 and the 2-row "Indikator" header A5:A6.
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { r0: 4, c0: 4, r1: 4, c1: 8 },
        { r0: 4, c0: 0, r1: 5, c1: 0 },
      ]),
    );
    expect(at(g, 'F10')).toEqual({ value: 94.6, numFmt: '#,##0.00' });
    // Cells covered by a merge read empty, as Office.js reports them.
    expect(at(g, 'F5')).toBeUndefined();
    // Absolute coordinates: the blank row 4 stays missing.
    expect(g.cells[3]).toBeUndefined();
  });

  it('keeps Indonesian-style numbers stored as text as text (Tabel 2.9, text variant)', async () => {
    const [g] = await readWorkbook(fixture('text/002_tabel_2_9.text.xlsx'), '002_tabel_2_9.text.xlsx');
    expect(at(g, 'D10')).toEqual({ value: '1.141.130.000' });
    expect(at(g, 'B10')).toEqual({ value: 1091140000, numFmt: '#,##0' });
    expect(at(g, 'A9')).toEqual({ value: 'Program Pelayanan Administrasi Perkantoran', bold: true });
  });

  it('reads every sheet of the stacked Bab II fixture', async () => {
    const grids = await readWorkbook(fixture('stacked/002_bab_II.xlsx'), '002_bab_II.xlsx');
    expect(grids.map((s) => s.name)).toEqual(['Bab II']);
    expect(grids[0].cells.length).toBeGreaterThan(100);
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const u8 = fixture('published/002_tabel_2_8.xlsx');
    const ab = u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength) as ArrayBuffer;
    const [g] = await readWorkbook(ab, 'x.xlsx');
    expect(g.name).toBe('Tabel 2.8');
  });
});

describe('readWorkbook on every kind of cell', () => {
  let g: SheetGrid;
  beforeAll(async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Sel');
    ws.getCell('A1').value = { richText: [{ text: 'Tabel ', font: { bold: true } }, { text: '2.1' }] };
    ws.getCell('A2').value = new Date(Date.UTC(2020, 11, 31));
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    ws.getCell('A3').value = true;
    ws.getCell('A4').value = { error: '#REF!' };
    ws.getCell('A5').value = { text: 'Sumber: BPS', hyperlink: 'https://bps.go.id' };
    ws.getCell('B1').value = 10;
    ws.getCell('B2').value = 20;
    ws.getCell('C1').value = { formula: 'B1*2', result: 20 };
    ws.getCell('C2').value = { sharedFormula: 'C1', result: 40 };
    ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('D1').value = 'Kegiatan';
    ws.getCell('D1').alignment = { indent: 2 };
    ws.getCell('D2').value = 94.7368;
    ws.getCell('D2').numFmt = '0.00%';
    ws.mergeCells('E1:F2');
    ws.getCell('E1').value = 'Gabung';
    [g] = await readWorkbook(await toBytes(wb), 'sel.xlsx');
  });

  it('flattens rich text and hyperlinks to their text', () => {
    expect(at(g, 'A1')?.value).toBe('Tabel 2.1');
    expect(at(g, 'A5')?.value).toBe('Sumber: BPS');
  });

  it('turns dates into their Excel serial (what Office.js reports), keeping the date format', () => {
    expect(at(g, 'A2')).toEqual({ value: 44196, numFmt: 'dd/mm/yyyy' });
  });

  it('keeps booleans and marks error values', () => {
    expect(at(g, 'A3')?.value).toBe(true);
    expect(at(g, 'A4')).toEqual({ value: '#REF!', error: true });
  });

  it('gives formula cells their cached result and the formula, shared formulas translated', () => {
    expect(at(g, 'C1')).toEqual({ value: 20, formula: '=B1*2' });
    expect(at(g, 'C2')).toEqual({ value: 40, formula: '=B2*2' });
    expect(at(g, 'C3')).toEqual({ value: '#DIV/0!', error: true, formula: '=1/0' });
  });

  it('reads indent and number formats', () => {
    expect(at(g, 'D1')).toEqual({ value: 'Kegiatan', indent: 2 });
    expect(at(g, 'D2')).toEqual({ value: 94.7368, numFmt: '0.00%' });
  });

  it('reports merges from any sheet, 0-based and inclusive', () => {
    expect(g.merges).toEqual([{ r0: 0, c0: 4, r1: 1, c1: 5 }]);
    expect(at(g, 'E1')?.value).toBe('Gabung');
    expect(at(g, 'F2')).toBeUndefined();
  });
});

describe('readWorkbook on files it cannot read', () => {
  const dir = tempDir('cermat-read-');

  async function codeOf(bytes: Uint8Array, name: string, maxBytes?: number): Promise<WorkbookReadError> {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    try {
      await readWorkbook(readFileSync(file), name, maxBytes ? { maxBytes } : undefined);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      const err = e as WorkbookReadError;
      // Both languages name the file and say what to do.
      expect(err.text.id).toContain(name);
      expect(err.text.en).toContain(name);
      expect(err.message).toBe(err.text.en);
      return err;
    }
    throw new Error(`${name} was read without error`);
  }

  it('a text file renamed .xlsx is not-xlsx', async () => {
    const err = await codeOf(new TextEncoder().encode('Tabel 2.1\tJumlah\n1\t2\n'), 'catatan.xlsx');
    expect(err.code).toBe('not-xlsx');
    expect(err.text.id).toMatch(/bukan berkas Excel/);
  });

  it('a truncated workbook is corrupt', async () => {
    const whole = fixture('published/002_tabel_2_8.xlsx');
    const err = await codeOf(whole.slice(0, Math.floor(whole.length / 2)), 'terpotong.xlsx');
    expect(err.code).toBe('corrupt');
    expect(err.text.en).toMatch(/damaged or incomplete/);
  });

  it('an OLE compound file (password-protected .xlsx) is encrypted', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await codeOf(bytes, 'rahasia.xlsx');
    expect(err.code).toBe('encrypted');
    expect(err.text.id).toMatch(/kata sandi/);
    expect(err.text.en).toMatch(/password/);
  });

  it('an OLE file with an EncryptedPackage stream is encrypted; one with a Workbook stream is an old .xls', async () => {
    const utf16 = (s: string) => Uint8Array.from([...s].flatMap((ch) => [ch.charCodeAt(0), 0]));
    const ole = (stream: string) => {
      const b = new Uint8Array(2048);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      b.set(utf16(stream), 1024);
      return b;
    };
    expect((await codeOf(ole('EncryptedPackage'), 'enc.xlsx')).code).toBe('encrypted');
    const xls = await codeOf(ole('Workbook'), 'lama.xlsx');
    expect(xls.code).toBe('not-xlsx');
    expect(xls.text.en).toMatch(/old Excel workbook \(\.xls\)/);
  });

  it('a workbook with no worksheet is empty', async () => {
    const err = await codeOf(await toBytes(new Workbook()), 'kosong.xlsx');
    expect(err.code).toBe('empty');
  });

  it('a zip that is not a workbook is not-xlsx', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const err = await codeOf(await zip.generateAsync({ type: 'uint8array' }), 'surat.xlsx');
    expect(err.code).toBe('not-xlsx');
  });

  it('an empty (0-byte) file is corrupt', async () => {
    expect((await codeOf(new Uint8Array(0), 'nol.xlsx')).code).toBe('corrupt');
  });

  it('a file over the size limit is too-large, before parsing', async () => {
    const err = await codeOf(fixture('published/002_tabel_2_8.xlsx'), 'besar.xlsx', 1000);
    expect(err.code).toBe('too-large');
  });
});

describe('readWorkbook on a big sheet', () => {
  it('loads a 100,000-row sheet', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Besar');
    for (let r = 1; r <= 100_000; r++) ws.addRow([r, `Kegiatan ${r}`, r * 1000]);
    const bytes = await toBytes(wb);
    const [g] = await readWorkbook(bytes, 'besar.xlsx');
    expect(g.cells.length).toBe(100_000);
    expect(g.cells[99_999]?.[2]?.value).toBe(100_000_000);
  }, 120_000);
});
