/**
 * Consent (issue 5): the add-in never writes over a cell that holds a value or a formula unless the
 * user agreed to replace that very cell. Walks every write path of src/excel — fill (formulas and
 * values), highlight (fills, notes or comments), clearMarks, the "Temuan Cermat" report sheet,
 * select — through the Office.js fake (test/excel/fakeExcel.ts), on the corrected fixture tables
 * loaded into a fake workbook, the way the pane drives them (read → engine → fillRequest → host).
 *
 * Scenario 1 (stale plan): the engine plans its fills while the computed cells are empty; before
 * the user presses "Isi", every one of those cells gets a value or a formula (someone typed, a
 * co-author's edit synced, a formula showing ""). Nothing the plan proposed may be written.
 * Scenario 2 (consent): capaian/rasio cells holding '-' or 'NA' are planned with `current` set, so
 * the pane asks; only the cells the user ticked change, and a ticked cell edited since the check is
 * left alone.
 *
 * test/excel/write.test.ts already checks fill() on hand-made items; this file drives the engine's
 * real plan over real tables and every other write path with it.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FillItem, SheetGrid } from '../../src/engine';
import { a1, analyseWorkbook, parseA1 } from '../../src/engine';
import { createExcelHost } from '../../src/excel/host';
import { findingsSheetName } from '../../src/present';

const REPORT_SHEET = findingsSheetName('id');
import { fillKey, fillRequest, splitFill } from '../../src/taskpane/fillPlan';
import { readWorkbook } from '../../src/xlsx/read';
import { FakeWorkbook, type FakeSheet } from '../excel/fakeExcel';
import { fakeEnv } from '../excel/tabel';
import { FIXTURES } from '../support/fixtures';
import { relationsOf } from '../support/relations';

const DIR = path.join(FIXTURES, 'corrected');

async function fixtureGrids(): Promise<SheetGrid[]> {
  const out: SheetGrid[] = [];
  for (const f of fs
    .readdirSync(DIR)
    .filter((x) => x.endsWith('.xlsx'))
    .sort())
    out.push(...(await readWorkbook(fs.readFileSync(path.join(DIR, f)), f)));
  return out;
}

/** A grid into a fake sheet, as Excel would hold it (value, formula, format, bold, indent, merges). */
function load(book: FakeWorkbook, g: SheetGrid): FakeSheet {
  const s = book.addSheet(g.name);
  g.cells.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (!c) return;
      const cell = s.at(r, col);
      cell.value = c.value === null ? '' : c.value;
      cell.formula = c.formula ?? null;
      cell.numberFormat = c.numFmt ?? 'General';
      cell.bold = !!c.bold;
      cell.indent = c.indent ?? 0;
    }),
  );
  s.merges.push(...g.merges.map((m) => ({ ...m })));
  return s;
}

/** Every data sheet's cells: value, formula and number format, keyed 'Sheet!A1'. */
function contents(book: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of book.sheets) {
    if (s.name === REPORT_SHEET) continue;
    for (const [r, c, cell] of s.entries()) {
      if (cell.value === '' && cell.formula === null && cell.numberFormat === 'General') continue;
      out.set(`${s.name}!${a1(r, c)}`, JSON.stringify([cell.value, cell.formula, cell.numberFormat]));
    }
  }
  return out;
}

function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** The stated cells of every checked relation: what the engine fills when they are blank. */
function computedCells(grids: SheetGrid[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const a = analyseWorkbook(grids);
  for (const g of grids) {
    const set = new Set<string>();
    for (const rel of relationsOf(
      g,
      a.tables.filter((t) => t.sheet === g.name),
    ))
      set.add(a1(rel.result.r, rel.result.c));
    out.set(g.name, set);
  }
  return out;
}

function blank(g: SheetGrid, cells: Set<string>): SheetGrid {
  const copy: SheetGrid = { ...g, cells: g.cells.map((row) => (row ? row.slice() : row)) };
  for (const c of cells) {
    const p = parseA1(c)!;
    const row = copy.cells[p.row];
    if (row) row[p.col] = undefined;
  }
  return copy;
}

/** What a user (or a co-author) may have put into a cell since the check. */
const OCCUPANTS: { value: string | number; formula: string | null }[] = [
  { value: 1234, formula: null },
  { value: 'lihat lampiran', formula: null },
  { value: 0, formula: null },
  { value: 99.5, formula: '=ROUND(99.49,1)' },
  { value: '', formula: '=IFERROR(1/0,"")' }, // a formula that shows nothing
  { value: '-', formula: null },
];

describe('scenario 1: a stale plan over cells that hold something now', () => {
  test('no write path changes a value, formula or number format; fill reports every item as not empty', async () => {
    const grids = await fixtureGrids();
    const computed = computedCells(grids);
    const book = new FakeWorkbook();
    for (const g of grids) load(book, blank(g, computed.get(g.name)!));
    const host = createExcelHost({ env: fakeEnv(book) });

    // The check, as the pane runs it, while the computed cells are empty.
    const plan = analyseWorkbook(await host.readGrids('workbook')).fill;
    const rules = new Set(plan.map((i) => i.rule));
    // (ratio.total is planned from the Jumlah row's sums, blank here too: scenario 2 has it.)
    expect([...rules].sort()).toEqual(
      expect.arrayContaining(['ratio.anggaran', 'ratio.capaian', 'sum.hierarchy', 'sum.period', 'sum.row-total', 'sum.total-row']),
    );
    expect(plan.length).toBeGreaterThan(150);
    // Nothing in it needs consent: every planned cell was empty.
    expect(splitFill(plan).needConsent).toEqual([]);

    // Then every planned cell gets a value or a formula.
    plan.forEach((item, i) => book.sheet(item.sheet)!.set(item.cell, { ...OCCUPANTS[i % OCCUPANTS.length], numberFormat: 'General' }));
    const before = contents(book);

    // Fill, as the pane asks it: no consent given, formulas and then values.
    for (const formulas of [true, false]) {
      const req = fillRequest(plan, new Set());
      expect(req.items).toHaveLength(plan.length);
      const res = await host.fill(req.items, { overwrite: req.overwrite, formulas });
      expect(res.written).toEqual([]);
      expect(res.skipped.map((x) => x.reason)).toEqual(plan.map(() => 'not-empty'));
    }
    // A caller that passes every cell as "agreed" with the plan's (stale, empty) current gets nothing written either.
    const all = new Set(plan.map((i) => i.cell));
    const stale = await host.fill(plan, { overwrite: all, formulas: true });
    expect(stale.written).toEqual([]);

    // The other write paths, on a fresh analysis (findings on the cells just typed into).
    const after = analyseWorkbook(await host.readGrids('workbook'));
    expect(after.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    await host.highlight(after.findings, 'id');
    // (The paths really ran: the finding cells carry Cermat's notes now.)
    expect(book.sheets.reduce((n, s) => n + s.notes.size, 0)).toBeGreaterThan(0);
    await host.writeReport(after.findings, after.tables, 'id');
    await host.highlight(after.findings.slice(0, 10), 'en');
    await host.select(plan[0].sheet, plan[0].cell);
    await host.writeReport(after.findings.slice(0, 3), after.tables, 'en');
    await host.clearMarks();

    expect(changedCells(before, contents(book))).toEqual([]);
    // What was written went where it belongs: the report sheet, notes, fills and the marks memory.
    expect(book.sheet(REPORT_SHEET)?.cell('A1')?.value).toBe('Sheet');
    expect(book.settings.size).toBe(0);
    for (const s of book.sheets) if (s.name !== REPORT_SHEET) expect([s.name, [...s.notes.keys()]]).toEqual([s.name, []]);
  }, 60_000);
});

describe('scenario 2: cells that need consent', () => {
  test('only the cells the user agreed to are written; one edited since the check is left alone', async () => {
    const grids = await fixtureGrids();
    const book = new FakeWorkbook();
    for (const g of grids) load(book, g);
    const host = createExcelHost({ env: fakeEnv(book) });
    // Capaian / rasio cells holding '-' or 'NA' (a reviewer's "not computed yet").
    const computed = computedCells(grids);
    const ratioCells: { sheet: string; cell: string }[] = [];
    const a0 = analyseWorkbook(grids);
    for (const g of grids) {
      for (const rel of relationsOf(
        g,
        a0.tables.filter((t) => t.sheet === g.name),
      )) {
        if (!rel.kind.startsWith('ratio.')) continue;
        const cell = a1(rel.result.r, rel.result.c);
        if (computed.get(g.name)?.has(cell)) ratioCells.push({ sheet: g.name, cell });
      }
    }
    expect(ratioCells.length).toBeGreaterThan(40);
    // ('-' everywhere, 'NA' on every third row cell: a Jumlah row's NA is left alone by ratio.total.)
    ratioCells.forEach((x, i) => book.sheet(x.sheet)!.set(x.cell, { value: i % 3 ? '-' : 'NA', formula: null }));
    const isNA = new Set(ratioCells.filter((_, i) => i % 3 === 0).map(fillKey));

    const plan = analyseWorkbook(await host.readGrids('workbook')).fill;
    const { direct, needConsent } = splitFill(plan);
    // The corrected Tabel 6.1 leaves its kegiatan Rp blank: those are planned without consent, being empty.
    for (const d of direct) expect([fillKey(d), book.sheet(d.sheet)!.cell(d.cell)?.value ?? '']).toEqual([fillKey(d), '']);
    expect(needConsent.length).toBeGreaterThan(40);
    expect(needConsent.every((i) => ratioCells.some((x) => fillKey(x) === fillKey(i)))).toBe(true);
    expect(ratioCells.filter((x) => !isNA.has(fillKey(x))).every((x) => needConsent.some((i) => fillKey(i) === fillKey(x)))).toBe(true);
    expect(new Set(needConsent.map((i) => i.rule))).toEqual(new Set(['ratio.anggaran', 'ratio.capaian', 'ratio.total']));
    expect(new Set(needConsent.map((i) => i.current))).toEqual(new Set(['-', 'NA']));

    // The user ticks every other cell; one ticked cell is then edited before "Isi".
    const ticked = needConsent.filter((_, i) => i % 2 === 0);
    const edited = ticked[1];
    book.sheet(edited.sheet)!.set(edited.cell, { value: 88.8 });
    const before = contents(book);

    const req = fillRequest(plan, new Set(ticked.map(fillKey)));
    const res = await host.fill(req.items, { overwrite: req.overwrite, formulas: true });
    expect(res.written.map(fillKey).sort()).toEqual([...direct, ...ticked.filter((x) => x !== edited)].map(fillKey).sort());
    expect(res.skipped.map((x) => [fillKey(x.item), x.reason])).toEqual([[fillKey(edited), 'changed']]);

    const changed = changedCells(before, contents(book));
    expect(changed).toEqual(res.written.map(fillKey).sort());
    for (const w of res.written as FillItem[]) expect(book.sheet(w.sheet)!.cell(w.cell)).toMatchObject({ formula: w.formula });
    expect(book.sheet(edited.sheet)!.cell(edited.cell)?.value).toBe(88.8);

    // Highlight, report and clear after the fill change no value either.
    const mid = contents(book);
    const after = analyseWorkbook(await host.readGrids('workbook'));
    await host.highlight(after.findings, 'id');
    await host.writeReport(after.findings, after.tables, 'id');
    await host.clearMarks();
    expect(changedCells(mid, contents(book))).toEqual([]);
  }, 60_000);
});

test('consent is per sheet: ticking a cell never writes the same address on a copy of the sheet', async () => {
  // host.fill takes consent as A1 addresses; a workbook often holds a copy of a table ("Tabel 2.8 (2)").
  const [g] = await readWorkbook(fs.readFileSync(path.join(DIR, '002_tabel_2_8.corrected.xlsx')), 'x.xlsx');
  const book = new FakeWorkbook();
  load(book, g);
  load(book, { ...g, name: `${g.name} (2)` });
  const host = createExcelHost({ env: fakeEnv(book) });
  const stated = relationsOf(g, analyseWorkbook([g]).tables)
    .filter((r) => r.kind === 'ratio.capaian')
    .map((r) => a1(r.result.r, r.result.c));
  for (const s of book.sheets) for (const c of stated) s.set(c, { value: '-', formula: null });
  const plan = analyseWorkbook(await host.readGrids('workbook')).fill;
  expect(splitFill(plan).needConsent).toHaveLength(2 * stated.length);
  const before = contents(book);

  const ticked = plan.filter((i) => i.sheet === g.name);
  const req = fillRequest(plan, new Set(ticked.map(fillKey)));
  const res = await host.fill(req.items, { overwrite: req.overwrite, formulas: false });
  expect(res.written.map(fillKey).sort()).toEqual(ticked.map(fillKey).sort());
  expect(changedCells(before, contents(book)).filter((k) => k.startsWith(`${g.name} (2)!`))).toEqual([]);
  expect(changedCells(before, contents(book))).toHaveLength(stated.length);
});

/**
 * Found by this file: writeReport took any sheet named "Temuan Cermat" for its own and cleared it.
 * It now recognises its own report by the header row and otherwise writes "Temuan Cermat (2)".
 */
test("writeReport does not clear a user's own sheet that happens to be called 'Temuan Cermat'", async () => {
  const book = new FakeWorkbook();
  book.addSheet('Tabel').set('A1', { value: 'No' });
  const mine = book.addSheet(REPORT_SHEET).set('A1', { value: 'Catatan rapat evaluasi' }).set('B7', { value: 42, formula: '=6*7' });
  const before = contents(book);
  await createExcelHost({ env: fakeEnv(book) }).writeReport([], [], 'id');
  expect(mine.cell('A1')?.value).toBe('Catatan rapat evaluasi');
  expect(mine.cell('B7')).toMatchObject({ value: 42, formula: '=6*7' });
  expect(changedCells(before, contents(book)).filter((k) => !k.startsWith(`${REPORT_SHEET} (2)!`))).toEqual([]);
  expect(book.sheet(`${REPORT_SHEET} (2)`)?.cell('A1')?.value).toBe('Lembar');
});
