import { createExcelHost } from '../../src/excel/host';
import { MARKS_KEY } from '../../src/excel/marks';
import { cellNote, SEVERITY_COLOUR as SEVERITY_COLOURS } from '../../src/present';
import type { FillItem, Finding, Severity } from '../../src/engine/types';
import { FakeWorkbook, NO_FILL, solidFill, type FakeFill, type FakeSheet } from './fakeExcel';
import { bodyCell, fakeEnv, tabel61 } from './tabel';

function finding(sheet: string, cell: string, severity: Severity, n = 0): Finding {
  return {
    sheet,
    cell,
    rule: 'sum.total-row',
    severity,
    expected: 1091140000 + n,
    actual: 1091139000,
    message: { id: `Jumlah seharusnya ${n}`, en: `Total should be ${n}` },
    related: [],
  };
}

function item(sheet: string, cell: string, current: FillItem['current'] = null): FillItem {
  return { sheet, cell, formula: `=SUM(A1:A2)`, value: 3, rule: 'sum.total-row', current, reason: { id: 'isi', en: 'fill' } };
}

/** Every cell holding a value or formula, with its content. */
function contents(sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const [r, c, cell] of sheet.entries()) if (cell.value !== '' || cell.formula) out.set(`${r},${c}`, JSON.stringify([cell.value, cell.formula]));
  return out;
}

function fills(sheet: FakeSheet): Map<string, FakeFill> {
  const out = new Map<string, FakeFill>();
  for (const [r, c, cell] of sheet.entries()) out.set(`${r},${c}`, { ...cell.fill });
  return out;
}

describe('fill', () => {
  test('2,000 formulas into a 2,000-row sheet: one read sync, one write sync, one range', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'T', 2000);
    const items = Array.from({ length: 2000 }, (_, i) => item('T', bodyCell(i, 20)));
    const res = await createExcelHost({ env: fakeEnv(book) }).fill(items, { overwrite: new Set(), formulas: true });
    expect(res.written).toHaveLength(2000);
    expect(res.skipped).toHaveLength(0);
    expect(book.syncs.length).toBe(2);
    expect(book.syncs[0].ops['Range.formulas=']).toBeUndefined(); // the read sync writes nothing
    // One column run: one range probed and written as one 2-D array, not 2,000 cell proxies.
    expect(book.syncs[0].ops['Worksheet.getRange']).toBe(1);
    expect(book.syncs[1].ops['Range.formulas=']).toBe(1);
    expect(book.syncs[1].sent).toBeLessThan(2000 * 40);
    expect(book.sheet('T')?.cell(bodyCell(5, 20))?.formula).toBe('=SUM(A1:A2)');
  });

  test('100,000 formulas go out in probe/write pairs, each request under 5 MB, syncs growing with the payload', async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet('T');
    s.set('A1', { value: 'x' });
    const cell = (i: number) => `V${i + 7}`;
    const items = Array.from({ length: 100_000 }, (_, i) => ({ ...item('T', cell(i)), formula: `=I${i + 7}+K${i + 7}+M${i + 7}+O${i + 7}+Q${i + 7}` }));
    const res = await createExcelHost({ env: fakeEnv(book) }).fill(items, { overwrite: new Set(), formulas: true });
    expect(res.written).toHaveLength(100_000);
    const sent = book.syncs.reduce((n, x) => n + x.sent, 0);
    for (const x of book.syncs) expect(x.sent).toBeLessThan(5 * 1024 * 1024);
    const writes = book.syncs.filter((x) => x.ops['Range.formulas=']).length;
    // Bounded by the payload, not by the number of cells: 1 + payload / 4 MB probe/write pairs.
    expect(sent).toBeGreaterThan(100_000 * 30);
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThanOrEqual(1 + Math.ceil(sent / (4 * 1024 * 1024)));
    expect(book.syncs.length).toBe(2 * writes);
    expect(s.cell('V100006')?.formula).toBe('=I100006+K100006+M100006+O100006+Q100006');
  });

  test('values instead of formulas; non-empty cells need consent and an unchanged content', async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet('S');
    s.set('A1', { value: 5 }).set('A2', { value: 7 }).set('A3', { value: 'x', formula: '=""' });
    const host = createExcelHost({ env: fakeEnv(book) });
    const res = await host.fill([item('S', 'A1', 5), item('S', 'A2', 6), item('S', 'A3', null), item('S', 'B1'), item('S', 'B1')], {
      overwrite: new Set(['A1', 'A2']),
      formulas: false,
    });
    expect(res.written.map((w) => w.cell)).toEqual(['A1', 'B1']);
    expect(res.skipped.map((x) => [x.item.cell, x.reason])).toEqual([
      ['A2', 'changed'],
      ['A3', 'not-empty'],
      ['B1', 'changed'],
    ]);
    expect(s.cell('A1')).toMatchObject({ value: 3, formula: null });
    expect(s.cell('A2')?.value).toBe(7);
    expect(s.cell('A3')?.formula).toBe('=""');
  });

  test("an empty cell already formatted as % (a template's Capaian column) gets the fraction, without the ×100", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet('S');
    s.set('C2', { value: '', numberFormat: '0.00%' });
    const host = createExcelHost({ env: fakeEnv(book) });
    const capaian = (cell: string): FillItem => ({
      ...item('S', cell),
      formula: `=IFERROR(B${cell[1]}/A${cell[1]}*100,"")`,
      value: 95.83,
      rule: 'ratio.capaian',
    });
    const res = await host.fill([capaian('C2'), capaian('C3')], { overwrite: new Set(), formulas: true });
    expect(res.written.map((w) => [w.cell, w.formula, w.value])).toEqual([
      ['C2', '=IFERROR(B2/A2,"")', 0.9583],
      ['C3', '=IFERROR(B3/A3*100,"")', 95.83],
    ]);
    expect([s.cell('C2')?.formula, s.cell('C3')?.formula]).toEqual(['=IFERROR(B2/A2,"")', '=IFERROR(B3/A3*100,"")']);
  });

  test('a block spans gaps without touching them; a non-empty target in a block is refused alone', async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet('S');
    // Targets C2..C6 and C8 with C4 holding a user's value, C7 a gap holding text, C5 a gap left empty.
    s.set('C4', { value: 12 }).set('C7', { value: 'catatan' });
    const cells = ['C8', 'C2', 'C3', 'C4', 'C6'];
    const res = await createExcelHost({ env: fakeEnv(book) }).fill(
      cells.map((c) => item('S', c)),
      { overwrite: new Set(), formulas: true },
    );
    expect(book.totals['Worksheet.getRange']).toBe(1); // C2:C8 as one range
    expect(res.written.map((w) => w.cell)).toEqual(['C8', 'C2', 'C3', 'C6']); // the caller's order
    expect(res.skipped.map((x) => [x.item.cell, x.reason])).toEqual([['C4', 'not-empty']]);
    expect(s.cell('C4')).toMatchObject({ value: 12, formula: null });
    expect(s.cell('C7')).toMatchObject({ value: 'catatan', formula: null });
    expect(s.cell('C5')?.value ?? '').toBe('');
    expect(s.cell('C5')?.formula ?? null).toBeNull();
    for (const c of ['C2', 'C3', 'C6', 'C8']) expect(s.cell(c)?.formula).toBe('=SUM(A1:A2)');
  });

  test('far-apart rows and other columns or sheets are separate ranges in the same two syncs', async () => {
    const book = new FakeWorkbook();
    book.addSheet('S');
    book.addSheet('T');
    const items = [item('S', 'B2'), item('S', 'B500'), item('S', 'D2'), item('T', 'B2'), item('S', 'B3')];
    const res = await createExcelHost({ env: fakeEnv(book) }).fill(items, { overwrite: new Set(), formulas: false });
    expect(res.written).toHaveLength(5);
    expect(book.syncs.length).toBe(2);
    expect(book.totals['Worksheet.getRange']).toBe(4); // S!B2:B3, S!B500, S!D2, T!B2
    expect(book.sheet('T')?.cell('B2')?.value).toBe(3);
    expect(book.sheet('S')?.cell('B3')?.value).toBe(3);
  });
});

describe('highlight and clearMarks', () => {
  const colours = Object.values(SEVERITY_COLOURS).length;

  test.each([30, 3000])('%i findings: one getRanges per colour per sheet and 3 syncs', async (n) => {
    const book = new FakeWorkbook();
    tabel61(book, 'A', 1100);
    tabel61(book, 'B', 1100);
    const severities: Severity[] = ['error', 'warning', 'info'];
    const findings = Array.from({ length: n }, (_, i) => finding(i % 2 ? 'A' : 'B', bodyCell(Math.floor(i / 2) % 1100, 8 + 2 * (i % 3)), severities[i % 3], i));
    await createExcelHost({ env: fakeEnv(book) }).highlight(findings, 'id');
    expect(book.syncs.length).toBe(3);
    expect(book.totals['Worksheet.getRanges']).toBe(2 * colours);
    const first = findings[0];
    const cell = book.sheet(first.sheet)?.cell(first.cell);
    expect(cell?.fill).toEqual(solidFill(SEVERITY_COLOURS[first.severity]));
    // The same note as the annotated copies carry (src/present/note.ts).
    expect(book.sheet(first.sheet)?.notes.get(first.cell)).toBe(cellNote([first], 'id'));
    expect(book.sheet(first.sheet)?.notes.get(first.cell)).toMatch(/^Cermat – Kesalahan \(sum\.total-row\)\nJumlah seharusnya 0/);
    for (const s of book.syncs) expect(Math.max(s.sent, s.received)).toBeLessThan(5 * 1024 * 1024);
  });

  test('long address lists are split under the getRanges limit', async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet('S');
    // Every other row: no vertical runs to merge, so ~3,000 separate areas.
    const findings = Array.from({ length: 3000 }, (_, i) => finding('S', `C${2 * i + 1}`, 'error'));
    for (const f of findings) s.set(f.cell, { value: 1 });
    await createExcelHost({ env: fakeEnv(book) }).highlight(findings, 'en');
    expect(book.totals['Worksheet.getRanges']).toBeGreaterThan(1);
    expect(s.cell('C5999')?.fill.color).toBe(SEVERITY_COLOURS.error);
    expect(s.notes.get('C1')).toMatch(/^Cermat – Error \(sum\.total-row\)\nTotal should be 0/);
  });

  test.each([1.18, 1.13])('clearMarks restores every original fill exactly and removes only Cermat annotations (ExcelApi %s)', async (api) => {
    const book = new FakeWorkbook({ apiVersion: api });
    const s = tabel61(book, 'T', 20);
    const custom: FakeFill = { color: '#12AB34', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0.4, patternTintAndShade: -0.2 };
    const white: FakeFill = solidFill('#FFFFFF');
    s.set('I7', { fill: { ...custom } });
    s.set('K7', { fill: { ...white } });
    s.set('M7', { fill: solidFill(SEVERITY_COLOURS.error) }); // user fill that happens to be our colour
    s.set('G7', { fill: { color: '#FFFFFF', pattern: 'LinearGradient', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 } });
    if (api >= 1.18) s.notes.set('O7', 'catatan pengguna');
    else book.comments.push({ id: 'u1', sheet: 'T', address: 'O7', content: 'komentar pengguna' });
    const before = fills(s);

    const host = createExcelHost({ env: fakeEnv(book) });
    const cells = ['I7', 'K7', 'M7', 'G7', 'O7', 'Q7', 'I8'];
    await host.highlight(
      cells.map((c, i) => finding('T', c, i % 2 ? 'warning' : 'error', i)),
      'id',
    );
    expect(s.cell('I7')?.fill).toMatchObject({ color: SEVERITY_COLOURS.error, pattern: 'Solid', tintAndShade: 0 });
    expect(s.cell('G7')?.fill.pattern).toBe('LinearGradient'); // gradients are never recoloured
    expect(book.settings.has(MARKS_KEY)).toBe(true);
    // Highlighting again (new severities) must not take our own colour for the original.
    await host.highlight(
      cells.map((c) => finding('T', c, 'info')),
      'en',
    );
    expect(s.cell('I7')?.fill).toMatchObject({ color: SEVERITY_COLOURS.info, pattern: 'Solid' });

    // The pane is closed and reopened: a new host, the memory comes from the workbook.
    await createExcelHost({ env: fakeEnv(book) }).clearMarks();
    expect(fills(s)).toEqual(before);
    expect(s.cell('Q7')?.fill).toEqual(NO_FILL);
    if (api >= 1.18) {
      expect([...s.notes]).toEqual([['O7', 'catatan pengguna']]);
    } else {
      expect(book.comments.map((c) => [c.address, c.content])).toEqual([['O7', 'komentar pengguna']]);
    }
    expect(book.settings.has(MARKS_KEY)).toBe(false);
  });

  test('a cell the user refilled after highlighting keeps the user fill', async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet('S').set('A1', { value: 1 }).set('A2', { value: 2 });
    const host = createExcelHost({ env: fakeEnv(book) });
    await host.highlight([finding('S', 'A1', 'error'), finding('S', 'A2', 'error')], 'id');
    s.set('A1', { fill: solidFill('#00FF00') });
    await host.clearMarks();
    expect(s.cell('A1')?.fill).toEqual(solidFill('#00FF00'));
    expect(s.cell('A2')?.fill).toEqual(NO_FILL);
  });

  test('marks of findings that disappeared are restored by the next highlight', async () => {
    const book = new FakeWorkbook();
    const s = book
      .addSheet('S')
      .set('A1', { value: 1, fill: solidFill('#ABCDEF') })
      .set('A2', { value: 2 });
    const host = createExcelHost({ env: fakeEnv(book) });
    await host.highlight([finding('S', 'A1', 'error'), finding('S', 'A2', 'error')], 'id');
    await host.highlight([finding('S', 'A2', 'warning')], 'id');
    expect(s.cell('A1')?.fill).toEqual(solidFill('#ABCDEF'));
    expect(s.notes.has('A1')).toBe(false);
    expect(s.cell('A2')?.fill).toEqual(solidFill(SEVERITY_COLOURS.warning));
    expect(book.syncs.length).toBe(6);
  });
});

describe('writeReport', () => {
  test('(re)creates "Temuan Cermat" with linked cells and real numbers, one write sync', async () => {
    const book = new FakeWorkbook();
    tabel61(book, 'Tabel 6.1', 5);
    const host = createExcelHost({ env: fakeEnv(book) });
    const findings = [finding('Tabel 6.1', 'V7', 'error', 0.5), finding('Tabel 6.1', 'V8', 'warning', 2)];
    await host.writeReport(findings, [], 'id');
    expect(book.syncs.length).toBe(2);
    const r = book.sheet('Temuan Cermat') as FakeSheet;
    expect(r.cell('A1')?.value).toBe('Lembar');
    expect(r.cell('B2')?.formula).toBe(`=HYPERLINK("#'Tabel 6.1'!V7","V7")`);
    // Expected and found are numbers (they sort and filter), shown with their decimals; Excel shows them in the user's locale.
    expect(r.cell('F2')).toMatchObject({ value: 1091140000.5, numberFormat: '#,##0.00' });
    expect(r.cell('G2')).toMatchObject({ value: 1091139000, numberFormat: '#,##0' });
    expect(r.cell('H3')?.value).toBe('Jumlah seharusnya 2');
    expect(r.cell('E3')?.value).toBe('Peringatan');
    expect(r.cell('D2')?.value).toBe('sum.total-row · Baris Jumlah tidak sama dengan penjumlahan di atasnya');
    expect(r.frozenRows).toBe(1);
    expect(book.activeSheet).toBe('Temuan Cermat');

    await host.writeReport([findings[1]], [], 'en');
    expect(r.cell('A1')?.value).toBe('Sheet');
    expect(r.cell('F2')?.value).toBe(1091140002);
    expect(r.cell('A3')).toBeUndefined(); // the old rows are gone
    expect(book.sheets.filter((x) => x.name === 'Temuan Cermat')).toHaveLength(1);
  });
});

test('select activates the sheet and selects the cell in one sync', async () => {
  const book = new FakeWorkbook();
  book.addSheet('A');
  book.addSheet('B');
  await createExcelHost({ env: fakeEnv(book) }).select('B', 'c7');
  expect(book.activeSheet).toBe('B');
  expect(book.selection).toEqual({ sheet: 'B', rects: [{ r0: 6, c0: 2, r1: 6, c1: 2 }] });
  expect(book.syncs.length).toBe(1);
});

test('no write path replaces a cell holding a value or formula without consent', async () => {
  const book = new FakeWorkbook({ apiVersion: 1.13 });
  const s = tabel61(book, 'Data', 200);
  const before = contents(s);
  const host = createExcelHost({ env: fakeEnv(book) });
  const consented = bodyCell(3, 21); // the user agreed to replace this Jumlah formula…
  const stale = bodyCell(4, 21); // …and this one, but it changed since the check
  const currentOf = (addr: string) => s.cell(addr)?.value as number;
  const items: FillItem[] = [
    ...Array.from({ length: 200 }, (_, i) => item('Data', bodyCell(i, 20))), // empty: fine
    ...Array.from({ length: 200 }, (_, i) => item('Data', bodyCell(i, 8), 1)), // non-empty, no consent
    item('Data', consented, currentOf(consented)),
    item('Data', stale, 12345),
  ];
  const res = await host.fill(items, { overwrite: new Set([consented, stale]), formulas: true });
  await host.highlight(
    Array.from({ length: 300 }, (_, i) => finding('Data', bodyCell(i % 200, i % 22), 'error', i)),
    'id',
  );
  await host.writeReport([finding('Data', 'A1', 'info')], [], 'id');
  await host.clearMarks();
  await host.writeReport([], [], 'en');

  const after = contents(s);
  const changed = [...before].filter(([k, v]) => after.get(k) !== v).map(([k]) => k);
  expect(changed).toEqual([`${6 + 3},21`]);
  expect(res.skipped.filter((x) => x.reason === 'not-empty')).toHaveLength(200);
  expect(res.skipped.filter((x) => x.reason === 'changed').map((x) => x.item.cell)).toEqual([stale]);
  expect(res.written).toHaveLength(201);
});
