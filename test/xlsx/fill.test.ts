import type { FillItem } from '../../src/engine/types';
import { checkFile } from '../../src/xlsx/file-check';
import { fillWorkbook } from '../../src/xlsx/write/fill';
import { fixture, openXlsx, snapshot, toBytes } from './helpers';

/**
 * Tabel 2.8 (kinerja): target 2016–2020 in E..I, realisasi in J..N, rasio in O..S. Its Rasio
 * Capaian 2017–2019 (P..R) are blanked on the rows whose target and realisasi for those years
 * are numbers: the cells a fill plan must propose.
 */
const ROWS = [10, 11, 12, 15, 16, 17, 18];
const RATIO = ['P', 'Q', 'R'];
const TARGET: Record<string, string> = { P: 'F', Q: 'G', R: 'H' };
const REAL: Record<string, string> = { P: 'K', Q: 'L', R: 'M' };
const BLANKED = ROWS.flatMap((r) => RATIO.map((c) => `${c}${r}`));
const LOWER_IS_BETTER_ROW = 12; // "Angka sengketa": the formula depends on settings.lowerFormula

async function blankedTabel28(): Promise<Uint8Array> {
  const wb = await openXlsx(fixture('published/002_tabel_2_8.xlsx'));
  const ws = wb.getWorksheet('Tabel 2.8')!;
  for (const a of BLANKED) ws.getCell(a).value = null;
  return toBytes(wb);
}

function item(cell: string, formula: string, value: number | null, current: FillItem['current'] = null): FillItem {
  return { sheet: 'Tabel 2.8', cell, formula, value, rule: 'ratio.capaian', current, reason: { id: 'uji', en: 'test' } };
}

describe('fillWorkbook with a given plan', () => {
  it('writes formula + cached result into empty cells only and changes nothing else', async () => {
    const input = await blankedTabel28();
    const before = snapshot(await openXlsx(input));
    const items = [
      item('P10', '=K10/F10*100', (94.6 / 94.6) * 100),
      item('R10', '=M10/H10*100', (98.29 / 98.6) * 100),
      item('E10', '=1+1', 2, '-'), // current not null: needs consent, skipped
      item('F10', '=2+2', 4), // the plan says empty but the cell holds 94.6: skipped, never overwritten
    ];
    const out = await fillWorkbook(input, items, 'tabel.xlsx');
    expect(out.written.map((i) => i.cell)).toEqual(['P10', 'R10']);
    expect(out.skipped.map((i) => i.cell)).toEqual(['E10', 'F10']);
    expect(out.skipped[1].current).toBe(94.6);

    const wb = await openXlsx(out.bytes);
    const ws = wb.getWorksheet('Tabel 2.8')!;
    expect(ws.getCell('P10').value).toEqual({ formula: 'K10/F10*100', result: 100 });
    const r10 = ws.getCell('R10').value as { formula: string; result: number };
    expect(r10.formula).toBe('M10/H10*100');
    expect(r10.result).toBeCloseTo(99.686, 3);
    // The filled cell shows its neighbours' format.
    expect(ws.getCell('P10').numFmt).toBe('#,##0.00');

    const after = snapshot(wb);
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual(['Tabel 2.8!P10', 'Tabel 2.8!R10']);
    expect(ws.model.merges.sort()).toEqual((await openXlsx(input)).getWorksheet('Tabel 2.8')!.model.merges.sort());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tabel 2.8']);
  });

  it('skips items whose sheet or address does not exist', async () => {
    const out = await fillWorkbook(await blankedTabel28(), [{ ...item('P10', '=1', 1), sheet: 'Tidak Ada' }, item('ZZZZ1', '=1', 1)]);
    expect(out.written).toEqual([]);
    expect(out.skipped).toHaveLength(2);
  });
});

describe('what a fill must keep as the user wrote it', () => {
  it("an empty cell already formatted as % (a template's Capaian column) gets the fraction, without the ×100", async () => {
    const wb = await openXlsx(await blankedTabel28());
    wb.getWorksheet('Tabel 2.8')!.getCell('P10').numFmt = '0.00%';
    wb.getWorksheet('Tabel 2.8')!.getCell('P11').style = {};
    const out = await fillWorkbook(await toBytes(wb), [
      item('P10', '=IFERROR(K10/F10*100,"")', 100),
      item('Q10', '=IFERROR(L10/G10*100,"")', 99.5),
      // (Unformatted, under it: it takes the % format of the cell just written, so the fraction too.)
      item('P11', '=IFERROR(K11/F11*100,"")', 98),
    ]);
    expect(out.written.map((i) => [i.cell, i.formula, i.value])).toEqual([
      ['P10', '=IFERROR(K10/F10,"")', 1],
      ['Q10', '=IFERROR(L10/G10*100,"")', 99.5],
      ['P11', '=IFERROR(K11/F11,"")', 0.98],
    ]);
    const ws = (await openXlsx(out.bytes)).getWorksheet('Tabel 2.8')!;
    expect((ws.getCell('P10').value as { formula: string }).formula).toBe('IFERROR(K10/F10,"")');
  });

  it('a carriage return inside a text comes back a carriage return, not a line feed', async () => {
    const wb = await openXlsx(await blankedTabel28());
    const ws = wb.getWorksheet('Tabel 2.8')!;
    // Stored escaped, as Excel stores a CR: exceljs reads it back as "\r".
    ws.getCell('B40').value = 'Operasi Intelijen Pencegahan_x000D_[Base Line]';
    ws.getCell('B41').value = { richText: [{ text: 'Baris_x000D_dua' }] };
    const input = await toBytes(wb);
    expect((await openXlsx(input)).getWorksheet('Tabel 2.8')!.getCell('B40').value).toBe('Operasi Intelijen Pencegahan\r[Base Line]');
    const out = await fillWorkbook(input, [item('P10', '=K10/F10*100', 100)]);
    const back = (await openXlsx(out.bytes)).getWorksheet('Tabel 2.8')!;
    expect(back.getCell('B40').value).toBe('Operasi Intelijen Pencegahan\r[Base Line]');
    expect(back.getCell('B41').value).toEqual({ richText: [{ text: 'Baris\rdua' }] });
  });
});

// Waits on the engine: needs the fill plan of ratio.capaian.
describe('fillWorkbook with the engine plan (needs the engine)', () => {
  it('fills every blanked Rasio Capaian cell with a formula and its cached value', async () => {
    const input = await blankedTabel28();
    const before = snapshot(await openXlsx(input));
    const result = await checkFile(input, 'tabel_2_8_blank.xlsx');
    expect(result.error).toBeUndefined();
    const planned = result.fill.filter((f) => f.sheet === 'Tabel 2.8' && f.current === null).map((f) => f.cell);
    expect(planned).toEqual(expect.arrayContaining(BLANKED));

    const out = await fillWorkbook(input, result.fill);
    const written = new Set(out.written.map((f) => f.cell));
    for (const a of BLANKED) expect(written.has(a)).toBe(true);
    const ws = (await openXlsx(out.bytes)).getWorksheet('Tabel 2.8')!;
    for (const r of ROWS) {
      for (const c of RATIO) {
        const v = ws.getCell(`${c}${r}`).value as { formula?: string; result?: unknown };
        expect(typeof v.formula).toBe('string');
        const f = v.formula!.replace(/\$/g, '');
        expect(f).toContain(`${TARGET[c]}${r}`);
        expect(f).toContain(`${REAL[c]}${r}`);
        const target = Number(ws.getCell(`${TARGET[c]}${r}`).value);
        const real = Number(ws.getCell(`${REAL[c]}${r}`).value);
        if (r !== LOWER_IS_BETTER_ROW) expect(Number(v.result)).toBeCloseTo((real / target) * 100, 1);
        else expect(typeof v.result).toBe('number');
      }
    }
    // Nothing else changed: every cell that had a value still has it.
    const after = snapshot(await openXlsx(out.bytes));
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
  });
});

describe("a note on an empty cell is the user's", () => {
  async function noted(): Promise<Uint8Array> {
    const { Workbook } = await import('exceljs');
    const wb = new Workbook();
    const ws = wb.addWorksheet('Capaian');
    ws.addRows([
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
      [1, 'Persentase koperasi aktif', 60, 57, null, null],
      [2, 'Persentase UMKM naik kelas', 10, 9.5, null, null],
    ]);
    // Notes on cells with no value: exceljs on its own drops them when it reads the package back.
    ws.getCell('E2').note = 'Isi setelah data BPS terbit';
    ws.getCell('F3').note = 'catatan reviewer';
    ws.getCell('H10').note = 'di luar tabel';
    return toBytes(wb);
  }

  it('a plan reading the noted cell is left out too, not written over what stays empty', async () => {
    const input = await noted();
    const item = (cell: string, formula: string, value: number): FillItem => ({
      sheet: 'Capaian',
      cell,
      formula,
      value,
      rule: 'sum.total-row',
      current: null,
      reason: { id: 'uji', en: 'test' },
    });
    const out = await fillWorkbook(input, [
      item('E2', '=D2/C2*100', 95),
      item('E3', '=D3/C3*100', 95),
      item('E4', '=AVERAGE(E2:E3)', 95),
      item('E5', '=E4', 95),
      // F3 is no plan's cell, but the reviewer's note on it says it stays empty for now.
      item('G3', '=SUM(D3,F3)', 9.5),
    ]);
    expect(out.written.map((f) => f.cell)).toEqual(['E3']);
    expect(out.skipped.map((f) => [f.cell, f.current])).toEqual([
      ['E2', 'catatan/note: "Isi setelah data BPS terbit"'],
      ['G3', 'F3 kosong/empty'],
      ['E4', 'E2 kosong/empty'],
      ['E5', 'E4 kosong/empty'],
    ]);
  });

  it('is kept in the filled copy, and the cell it sits on is left alone, saying why', async () => {
    const input = await noted();
    const { readNotes } = await import('../../src/xlsx/read/ooxml');
    const checked = await checkFile(input, 'capaian.xlsx');
    expect(checked.fill.map((f) => f.cell)).toEqual(['E2', 'E3']);
    const out = await fillWorkbook(input, checked.fill, 'capaian.xlsx');
    expect(out.written.map((f) => f.cell)).toEqual(['E3']);
    expect(out.skipped.map((f) => [f.cell, f.current])).toEqual([['E2', 'catatan/note: "Isi setelah data BPS terbit"']]);
    expect([...(await readNotes(out.bytes))]).toEqual([
      [
        'Capaian',
        [
          { cell: 'E2', text: 'Isi setelah data BPS terbit' },
          { cell: 'F3', text: 'catatan reviewer' },
          { cell: 'H10', text: 'di luar tabel' },
        ],
      ],
    ]);
  });
});

describe('formulas already in the workbook that read a filled cell (probe 51)', () => {
  async function lkjip(mean: string): Promise<Uint8Array> {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('LKjIP');
    ws.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']);
    ws.addRow([1, 'Persentase koperasi aktif', '%', 80, 76.5, null]);
    ws.addRow([2, 'Jumlah UKM yang difasilitasi pemasaran', 'unit', 120, 131, 109.17]);
    ws.addRow([3, 'Indeks Kepuasan Masyarakat', 'indeks', 82, 79.4, null]);
    ws.addRow([null, 'Rata-rata Capaian', null, null, null, null]);
    // Saved before the fill: the mean of the one capaian typed then.
    ws.getCell('F5').value = { formula: `${mean}(F2:F4)`, result: 109.17 };
    return toBytes(wb);
  }

  it("get their saved results worked out again, so the filled copy's own check finds nothing stale", async () => {
    const input = await lkjip('AVERAGE');
    const out = await fillWorkbook(input, (await checkFile(input, 'lkjip.xlsx')).fill);
    expect(out.written.map((x) => x.cell)).toEqual(['F2', 'F4']);
    const ws = (await openXlsx(out.bytes)).getWorksheet('LKjIP')!;
    const mean = ws.getCell('F5').value as { formula: string; result: number };
    expect(mean.formula).toBe('AVERAGE(F2:F4)');
    // Over the filled capaian's exact results (95,625 and 96,829…), not the plan's rounded 95,63 and 96,83.
    expect(ws.getCell('F2').value).toMatchObject({ result: (76.5 / 80) * 100 });
    expect(mean.result).toBeCloseTo(((76.5 / 80) * 100 + 109.17 + (79.4 / 82) * 100) / 3, 9);
    expect((await checkFile(out.bytes, 'lkjip-terisi.xlsx')).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('one this reader cannot work out (MEDIAN) keeps its formula and loses its stale result', async () => {
    const input = await lkjip('MEDIAN');
    const out = await fillWorkbook(input, (await checkFile(input, 'lkjip.xlsx')).fill);
    const v = (await openXlsx(out.bytes)).getWorksheet('LKjIP')!.getCell('F5').value as { formula: string; result?: unknown };
    expect(v.formula).toBe('MEDIAN(F2:F4)');
    expect(v.result).toBeUndefined();
  });
});
