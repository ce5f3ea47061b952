import { createExcelHost } from '../../src/excel/host';
import { SheetTooLargeError } from '../../src/excel/read';
import { FakeExcelError, FakeWorkbook } from './fakeExcel';
import { storeOf } from '../../src/engine/cells';
import { analyseWorkbook } from '../../src/engine';
import { SheetView } from '../../src/engine/sheet';
import { COLS, fakeEnv, tabel61 } from './tabel';

const MB4 = 4 * 1024 * 1024;
const MB5 = 5 * 1024 * 1024;

describe('readGrids', () => {
  test('a 2,000-row Tabel 6.1 is read in at most 3 syncs, everything the engine needs included', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Tabel 6.1', 2000);
    const host = createExcelHost({ env: fakeEnv(book) });
    const progress: Array<[number, number]> = [];
    const [grid] = await host.readGrids('sheet', { onProgress: (d, t) => progress.push([d, t]) });

    const stats = book.since(0);
    console.log(`2,000 rows x ${COLS} cols: ${stats.syncs} syncs, received ${(stats.received / 1e6).toFixed(2)} MB, sent ${stats.sent} B`);
    expect(stats.syncs).toBeLessThanOrEqual(3);
    for (const s of book.syncs) expect(s.received).toBeLessThan(MB5);

    expect(grid.name).toBe('Tabel 6.1');
    expect(grid.cells[0]?.[0]).toEqual({
      value: 'Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah',
      text: 'Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah',
      bold: true,
    });
    expect(grid.cells[2]?.[4]?.value).toBe('Program dan Kegiatan');
    expect(grid.merges).toContainEqual({ r0: 2, c0: 0, r1: 4, c1: 0 });
    expect(grid.merges).toContainEqual({ r0: 2, c0: 7, r1: 2, c1: 8 });
    expect(grid.merges).toHaveLength(7 + 18 + 3);
    const program = grid.cells[6]?.[4];
    expect(program).toMatchObject({ value: 'Program Pemenuhan Upaya Kesehatan 0', bold: true });
    expect(program?.indent).toBeUndefined();
    expect(grid.cells[7]?.[4]).toMatchObject({ value: 'Kegiatan Penyediaan Layanan 1', indent: 1 });
    expect(grid.cells[7]?.[4]?.bold).toBeUndefined();
    expect(grid.cells[6]?.[8]).toEqual({ value: 1091140000, text: '1.091.140.000', numFmt: '#,##0' });
    expect(grid.cells[2005]?.[21]).toMatchObject({ formula: '=I2006+K2006+M2006+O2006+Q2006', numFmt: '#,##0' });
    expect(grid.cells[2005]?.[20]).toBeUndefined();
    expect(grid.cells.length).toBe(2006);
    expect(progress.at(-1)).toEqual([2006 * COLS, 2006 * COLS]);
  });

  test('cells are read into packed storage with their displayed text, and read the same as plain rows', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Tabel 6.1', 300);
    const host = createExcelHost({ env: fakeEnv(book) });
    const [grid] = await host.readGrids('sheet');
    const store = storeOf(grid)!;
    expect(store).toBeDefined();
    // The displayed text is kept (it gives a number's decimals and what the sheet shows).
    expect(store.text(6, 8)).toBe('1.091.140.000');
    expect(new SheetView(grid).shownText(6, 8)).toBe('1.091.140.000');
    const plain = { name: grid.name, cells: store.toRows(), merges: grid.merges, ...(grid.hiddenRows ? { hiddenRows: grid.hiddenRows } : {}) };
    const packed = analyseWorkbook([grid]);
    expect(storeOf(grid)).toBeDefined(); // analysed from the store, not from plain rows made behind its back
    expect(analyseWorkbook([plain])).toEqual(packed);
    expect(packed.findings.length + packed.fill.length).toBeGreaterThan(0);
  });

  test('a 20,000-row sheet takes at most 1 + ceil(payload / 4 MB) syncs, each under 5 MB', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Besar', 20000);
    const host = createExcelHost({ env: fakeEnv(book) });
    const [grid] = await host.readGrids('sheet');
    const stats = book.since(0);
    console.log(`20,000 rows x ${COLS} cols: ${stats.syncs} syncs, received ${(stats.received / 1e6).toFixed(2)} MB`);
    expect(stats.syncs).toBeLessThanOrEqual(1 + Math.ceil(stats.received / MB4));
    for (const s of book.syncs) expect(s.received).toBeLessThan(MB5);
    expect(grid.cells.length).toBe(20006);
    expect(grid.cells[20005]?.[0]?.value).toBe(20000);
  });

  test('more than 512 merged areas: merges are read again in small chunks', async () => {
    const book = new FakeWorkbook();
    const s = tabel61(book, 'Merged', 1500);
    for (let r = 6; r < 1506; r++) s.merges.push({ r0: r, c0: 1, r1: r, c1: 2 }); // Tujuan+Sasaran merged per row
    const [grid] = await createExcelHost({ env: fakeEnv(book) }).readGrids('sheet');
    expect(grid.merges).toHaveLength(28 + 1500);
    expect(book.syncs.length).toBeLessThanOrEqual(1 + 2 * Math.ceil(book.since(0).received / MB4) + 1);
  });

  test('selection scope reads only the selected block, in absolute coordinates', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Tabel', 50);
    book.selection = {
      sheet: 'Tabel',
      rects: [
        { r0: 6, c0: 4, r1: 9, c1: 6 },
        { r0: 20, c0: 5, r1: 1048575, c1: 5 },
      ],
    };
    const [grid] = await createExcelHost({ env: fakeEnv(book) }).readGrids('selection');
    expect(grid.cells.slice(0, 6).every((r) => r === undefined)).toBe(true);
    expect(grid.cells[6]?.[4]?.value).toBe('Program Pemenuhan Upaya Kesehatan 0');
    expect(grid.cells[6]?.[3]).toBeUndefined();
    expect(grid.cells.length).toBe(56); // clipped to the used range, not a million rows
    expect(book.syncs.length).toBe(2);
  });

  test('workbook scope reads every sheet but the report and very hidden ones', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'A', 10);
    tabel61(book, 'B', 10);
    book.addSheet('Temuan Cermat').set('A1', { value: 'x' });
    const hidden = book.addSheet('Hidden');
    hidden.visibility = 'VeryHidden';
    hidden.set('A1', { value: 1 });
    book.addSheet('Empty');
    const grids = await createExcelHost({ env: fakeEnv(book) }).readGrids('workbook');
    expect(grids.map((g) => g.name)).toEqual(['A', 'B', 'Empty']);
    expect(grids[2].cells).toEqual([]);
    expect(book.syncs.length).toBe(3); // sheet list, used ranges, one data sync for all
  });

  test('rows and columns hidden in the sheet come with the grid (from the visible view)', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Renstra', 20);
    const sheet = book.sheet('Renstra')!;
    sheet.hiddenRows.add(9);
    sheet.hiddenCols.add(2);
    sheet.hiddenCols.add(5);
    const [grid] = await createExcelHost({ env: fakeEnv(book) }).readGrids('sheet');
    expect(grid.hiddenRows).toEqual([9]);
    expect(grid.hiddenCols).toEqual([2, 5]);
    // With the first column hidden, its visible view is empty: that says nothing of the rows.
    sheet.hiddenCols.add(0);
    const [again] = await createExcelHost({ env: fakeEnv(book) }).readGrids('sheet');
    expect(again.hiddenCols).toEqual([0, 2, 5]);
    expect(again.hiddenRows).toBeUndefined();
  });

  test('whether a column is hidden is asked once per sheet, not again with every block of rows', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Besar', 20000);
    book.sheet('Besar')!.hiddenCols.add(3);
    const [grid] = await createExcelHost({ env: fakeEnv(book) }).readGrids('sheet');
    expect(grid.hiddenCols).toEqual([3]);
    const dataSyncs = book.syncs.slice(1);
    expect(dataSyncs.length).toBeGreaterThan(1); // several blocks of rows
    // One Range load per block (its values) and one per column (columnHidden), not one per column per block.
    const rangeLoads = dataSyncs.reduce((n, s) => n + (s.ops['FakeRange.load'] ?? 0), 0);
    expect(rangeLoads).toBeLessThanOrEqual(dataSyncs.length * 2 + COLS);
  });

  test('honours AbortSignal between syncs', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Big', 5000);
    const controller = new AbortController();
    const host = createExcelHost({ env: fakeEnv(book) });
    const read = host.readGrids('sheet', { signal: controller.signal, onProgress: (done) => done > 0 && controller.abort() });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(book.syncs.length).toBe(2);
  });

  test('the fake refuses to read what was not loaded, so the adapter loads all it reads', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'T', 3);
    await book.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('T').getRange('A1:B2');
      expect(() => r.values).toThrow(FakeExcelError);
      r.load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values[0][0]).toMatch(/^Tabel 6.1/);
      expect(() => r.text).toThrow(/PropertyNotLoaded/);
      r.values = [
        [1, 2],
        [3, 4],
      ];
      expect(book.sheet('T')?.cell('A1')?.value).not.toBe(1); // writes wait for sync
      await ctx.sync();
      expect(book.sheet('T')?.cell('A1')?.value).toBe(1);
    });
  });
});

test('a used range blown up by a stray cell in XFD1048576 is refused with a message, before any block is read', async () => {
  const book = new FakeWorkbook();
  const s = tabel61(book, 'Tabel 6.1', 50);
  s.set('XFD1048576', { value: 'x' });
  const host = createExcelHost({ env: fakeEnv(book) });
  const err = await host.readGrids('sheet').then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SheetTooLargeError);
  const text = (err as SheetTooLargeError).text;
  expect(text.id).toContain('A1:XFD1048576');
  expect(text.id).toContain('Pilihan');
  expect(text.en).toContain('Selection');
  // Only the probe ran: no block of the 17-billion-cell range was requested.
  expect(book.since(0).syncs).toBeLessThanOrEqual(1);

  // The table itself, selected, still reads.
  book.selection = { sheet: 'Tabel 6.1', rects: [{ r0: 0, c0: 0, r1: 59, c1: 21 }] };
  const [grid] = await host.readGrids('selection');
  expect(grid.cells.length).toBeGreaterThan(50);
});
