/**
 * The packed cell store (src/engine/cells.ts): the package reader's grids hold cells in typed
 * arrays, hosts and tests hand plain rows. Both must read the same to the engine, and the store
 * must keep what a worksheet part says however its rows and cells are ordered.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CellStore, Kind, RowWriter, packedGrid, rowValues, storeOf } from '../../src/engine/cells';
import { analyseWorkbook } from '../../src/engine';
import { SheetView } from '../../src/engine/sheet';
import type { SheetGrid } from '../../src/engine/types';
import { readWorkbook } from '../../src/xlsx/read';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function workbooks(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...workbooks(p));
    else if (e.name.endsWith('.xlsx')) out.push(p);
  }
  return out.sort();
}

/** The same grid with plain rows (what a host builds), its store left alone. */
function plainCopy(g: SheetGrid): SheetGrid {
  const store = storeOf(g)!;
  const copy: SheetGrid = { name: g.name, cells: store.toRows(), merges: g.merges };
  if (g.hiddenRows) copy.hiddenRows = g.hiddenRows;
  if (g.hiddenCols) copy.hiddenCols = g.hiddenCols;
  return copy;
}

describe('packed and plain grids read the same', () => {
  const files = workbooks(FIXTURES);

  it('covers the fixture workbooks', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [path.relative(FIXTURES, f)]))('%s: same tables, findings and fill', async (rel) => {
    let grids: SheetGrid[];
    try {
      grids = await readWorkbook(fs.readFileSync(path.join(FIXTURES, rel)), rel);
    } catch {
      return; // an unreadable fixture (tested as such elsewhere) has no grid to compare
    }
    expect(grids.every((g) => storeOf(g) !== undefined)).toBe(true);
    const plain = grids.map(plainCopy);
    const packed = analyseWorkbook(grids);
    // The analysis read the store, not plain rows made behind its back.
    expect(grids.every((g) => storeOf(g) !== undefined)).toBe(true);
    expect(analyseWorkbook(plain)).toEqual(packed);
    // The object-free reads agree with the typed value on every cell.
    for (const g of grids) {
      const view = new SheetView(g);
      for (let r = 0; r < view.rowCount; r++) {
        for (let c = 0; c < view.storedWidth(r); c++) {
          const v = view.value(r, c);
          const n = v.kind === 'number' ? v.value : undefined;
          expect([view.kindAt(r, c), view.numberAt(r, c)]).toEqual([v.kind, n]);
          if (v.kind === 'number') expect(view.decimalsAt(r, c)).toBe(v.decimals);
        }
      }
    }
  });
});

function build(add: (w: RowWriter) => void, merges: SheetGrid['merges'] = []): CellStore {
  const w = new RowWriter(['a', 'b'], [{}, { numFmt: '0.00%', bold: true }, { indent: 2 }]);
  add(w);
  return w.finish(merges);
}

describe('RowWriter', () => {
  it('stores numbers, shared and inline strings, booleans, errors, styles and formulas', () => {
    const st = build((w) => {
      w.add(0, 0, Kind.String, 1, 0, undefined);
      w.add(0, 1, Kind.Number, 0.9474, 1, '=B2/C2');
      w.add(0, 2, Kind.Bool, 1, 2, undefined);
      w.add(0, 3, Kind.Error, w.string('#REF!'), 0, '=X1');
      w.add(1, 0, Kind.Empty, 0, 0, '=NOW()');
    });
    expect(rowValues(packedGrid('s', st, []), 0)).toEqual(['b', 0.9474, true, '#REF!']);
    expect(st.cell(0, 1)).toEqual({ value: 0.9474, formula: '=B2/C2', numFmt: '0.00%', bold: true });
    expect(st.cell(0, 2)).toEqual({ value: true, indent: 2 });
    expect(st.cell(0, 3)).toEqual({ value: '#REF!', error: true, formula: '=X1' });
    // A formula without a cached value is a cell (its value empty), as in plain rows.
    expect(st.cell(1, 0)).toEqual({ value: null, formula: '=NOW()' });
    expect(st.cell(0, 9)).toBeUndefined();
    expect(st.cell(7, 0)).toBeUndefined();
    // And the engine's view reads the same through the store as through plain rows.
    const packed = new SheetView(packedGrid('s', st, []));
    const plain = new SheetView({ name: 's', cells: st.toRows(), merges: [] });
    for (const v of [packed, plain]) {
      expect([v.bold(0, 1), v.bold(0, 0), v.indent(0, 2), v.indent(0, 1)]).toEqual([true, false, 2, 0]);
      expect([v.isError(0, 3), v.isError(0, 1), v.formula(0, 1), v.formula(0, 0), v.raw(0, 1), v.raw(5, 5)]).toEqual([
        true,
        false,
        '=B2/C2',
        undefined,
        0.9474,
        null,
      ]);
      expect(v.value(0, 1)).toMatchObject({ kind: 'number', value: 94.74, decimals: 2 });
      expect([v.value(0, 2), v.value(0, 3), v.value(1, 0)]).toEqual([{ kind: 'text', text: 'true' }, { kind: 'error', code: '#REF!' }, { kind: 'empty' }]);
      expect([v.shownText(0, 0), v.rowHasContent(0, 0, 0), v.rowHasContent(1, 0, 3), v.storedWidth(0)]).toEqual(['b', true, false, 4]);
    }
  });

  it('keeps every cell of rows listed out of order or twice (the later cell wins)', () => {
    const st = build((w) => {
      w.add(5, 1, Kind.Number, 1, 0, undefined);
      w.add(2, 0, Kind.Number, 2, 0, undefined);
      w.add(5, 3, Kind.Number, 3, 0, undefined);
      w.add(5, 1, Kind.Number, 4, 0, undefined);
      w.add(2, 2, Kind.Number, 5, 0, undefined);
    });
    expect(rowValues(packedGrid('s', st, []), 5)).toEqual([null, 4, null, 3]);
    expect(rowValues(packedGrid('s', st, []), 2)).toEqual([2, null, 5]);
    expect(st.rowCount).toBe(6);
  });

  it('keeps a stray far column out of the dense slots, and reads it back', () => {
    const st = build((w) => {
      w.add(0, 0, Kind.Number, 1, 0, undefined);
      w.add(0, 16383, Kind.String, 0, 1, '=A1');
    });
    expect(st.width(0)).toBe(16384);
    expect(st.cell(0, 16383)).toEqual({ value: 'a', formula: '=A1', numFmt: '0.00%', bold: true });
    expect(new SheetView(packedGrid('s', st, [])).lastCol(0)).toBe(16383);
    // Dense slots only up to the last dense column.
    expect(st.kind(0, 5000)).toBe(Kind.Empty);
  });

  it('keeps a row dense to its last cell unless that leaves it mostly empty; a far cell listed again is laid out anew', () => {
    const st = build((w) => {
      for (let c = 0; c < 18; c++) w.add(0, c, Kind.Number, c, 0, undefined);
      w.add(0, 1000, Kind.Number, 1000, 0, '=A1');
      // A table placed at columns 200–219: dense (its first 256 columns always are).
      for (let c = 200; c < 220; c++) w.add(1, c, Kind.Number, c, 1, undefined);
      // Row 2 listed twice: its far cell comes back dense once the row fills in.
      w.add(2, 700, Kind.String, 0, 0, undefined);
      for (let c = 0; c < 700; c += 2) w.add(3, c, Kind.Number, c, 0, undefined);
      for (let c = 0; c < 100; c++) w.add(2, c, Kind.Number, c, 0, undefined);
    });
    expect([st.width(0), st.kind(0, 17), st.kind(0, 500), st.number(0, 1000), st.formula(0, 1000)]).toEqual([1001, Kind.Number, Kind.Empty, 1000, '=A1']);
    expect([st.width(1), st.number(1, 219), st.style(1, 205)]).toEqual([220, 219, { numFmt: '0.00%', bold: true }]);
    expect([st.width(2), st.value(2, 700), st.value(2, 99), st.value(2, 100)]).toEqual([701, 'a', 99, null]);
    expect(st.toRows()[0]?.[1000]).toEqual({ value: 1000, formula: '=A1' });
    // Row 0 dense to column 17 only, row 1 to 219, row 2 (first a lone far cell, then filled) to 700, row 3 to 698.
    expect(st.slotCount).toBe(18 + 220 + 701 + 699);
  });

  it('empties the cells a merge covers (not its top-left) and trims what is left', () => {
    const st = build(
      (w) => {
        w.add(0, 0, Kind.String, 0, 0, undefined);
        w.add(0, 1, Kind.String, 1, 0, undefined);
        w.add(1, 0, Kind.Number, 7, 0, undefined);
      },
      [{ r0: 0, c0: 0, r1: 1, c1: 1 }],
    );
    expect(st.cell(0, 0)?.value).toBe('a');
    expect(st.cell(0, 1)).toBeUndefined();
    expect(st.width(0)).toBe(1);
    expect(st.width(1)).toBe(0);
    expect(st.rowCount).toBe(1);
  });
});

describe('displayed text (a host such as Office.js gives it)', () => {
  it('keeps it beside the value, reads decimals and shown text from it, and gives it back in plain rows', () => {
    const st = build((w) => {
      w.add(0, 0, Kind.Number, 1091140000, 0, undefined, '1.091.140.000');
      w.add(0, 1, Kind.Number, 94.7, 0, undefined, '94,70');
      w.add(0, 2, Kind.String, 0, 0, undefined, 'a'); // the same as the value: not held twice
      w.add(0, 3, Kind.Number, 2024, 0, undefined, '2024');
      w.add(0, 4, Kind.Number, 5, 0, undefined);
    });
    expect([st.text(0, 0), st.text(0, 1), st.text(0, 2), st.text(0, 3), st.text(0, 4)]).toEqual(['1.091.140.000', '94,70', 'a', '2024', undefined]);
    const rows = st.toRows();
    expect(rows[0]).toEqual([
      { value: 1091140000, text: '1.091.140.000' },
      { value: 94.7, text: '94,70' },
      { value: 'a', text: 'a' },
      { value: 2024, text: '2024' },
      { value: 5 },
    ]);
    const packed = new SheetView(packedGrid('s', st, []));
    const plain = new SheetView({ name: 's', cells: rows, merges: [] });
    for (const v of [packed, plain]) {
      expect(v.shownText(0, 0)).toBe('1.091.140.000');
      expect(v.hostText(0, 1)).toBe('94,70');
      expect(v.value(0, 1)).toMatchObject({ kind: 'number', value: 94.7, decimals: 1 });
      expect(v.value(0, 4)).toMatchObject({ kind: 'number', value: 5, decimals: 0 });
    }
  });
});

describe('reserved room', () => {
  it('reads the same with room reserved from a dimension, too little or too much', () => {
    const fill = (w: RowWriter) => {
      for (let r = 0; r < 50; r++) for (let c = 0; c < 6; c++) w.add(r, c, Kind.Number, r * 10 + c, 0, undefined);
    };
    const plain = build(fill).toRows();
    for (const [rows, cols] of [
      [50, 6],
      [3, 2],
      [5000, 60],
      [1048576, 16384],
    ]) {
      const w = new RowWriter([], [{}]);
      w.reserve(rows, cols);
      fill(w);
      expect(w.finish([]).toRows()).toEqual(plain);
    }
  });

  it('reserves nothing for a dimension no table has (a stray cell in XFD1048576)', () => {
    const before = process.memoryUsage().arrayBuffers;
    const w = new RowWriter([], [{}]);
    w.reserve(1048576, 16384);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('packedGrid', () => {
  const grid = () =>
    packedGrid(
      'S',
      build((w) => w.add(0, 0, Kind.Number, 42, 0, undefined)),
      [],
    );

  it('gives plain rows to a copy, and then reads them', () => {
    const g = grid();
    const copy = { ...g };
    expect(copy.cells[0]?.[0]).toEqual({ value: 42 });
    copy.cells[0]![0] = { value: 43 };
    expect(new SheetView(copy).value(0, 0)).toMatchObject({ kind: 'number', value: 43 });
  });

  it('reads an edit made through its plain rows (the store is dropped once they exist)', () => {
    const g = grid();
    expect(storeOf(g)).toBeDefined();
    g.cells[0]![0]!.value = 7;
    expect(storeOf(g)).toBeUndefined();
    expect(new SheetView(g).value(0, 0)).toMatchObject({ kind: 'number', value: 7 });
  });

  it('survives a structured clone (a worker posting grids) as plain rows', () => {
    const clone = structuredClone(grid());
    expect(clone.cells[0]?.[0]).toEqual({ value: 42 });
  });
});
