/**
 * Metamorphic variants of a sheet: what another kabupaten's copy of the same table looks like
 * (placed elsewhere, other years, no column-number row, no merges, numbers typed as text, …).
 * Each variant carries the map from an original cell to its new address, so the fixture's
 * expected findings can be carried over and checked the same way.
 */
import type { CellInput, MergeArea, SheetGrid, TableInfo } from '../../src/engine';
import { a1, parseA1 } from '../../src/engine';

export interface Variant {
  name: string;
  grid: SheetGrid;
  /** Original A1 → new A1 (null when the cell was dropped). */
  map: (cell: string) => string | null;
  /** Whether findings of rule number.text may appear that were not there before. */
  addsTextNumbers?: boolean;
}

const clone = (c: CellInput | undefined): CellInput | undefined => (c ? { ...c } : undefined);

function mapCells(grid: SheetGrid, f: (r: number, c: number) => [number, number] | null): SheetGrid {
  const cells: SheetGrid['cells'] = [];
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const to = f(r, c);
      if (!to) return;
      (cells[to[0]] ??= [])[to[1]] = clone(cell);
    }),
  );
  const merges: MergeArea[] = [];
  for (const m of grid.merges) {
    const a = f(m.r0, m.c0);
    const b = f(m.r1, m.c1);
    if (a && b) merges.push({ r0: a[0], c0: a[1], r1: b[0], c1: b[1] });
  }
  return { ...grid, cells, merges };
}

const remap = (f: (r: number, c: number) => [number, number] | null) => (cell: string) => {
  const p = parseA1(cell);
  if (!p) return null;
  const to = f(p.row, p.col);
  return to ? a1(to[0], to[1]) : null;
};

/** The same sheet moved down and right: another office starts its table elsewhere. */
export function shifted(grid: SheetGrid, dr: number, dc: number): Variant {
  const f = (r: number, c: number): [number, number] => [r + dr, c + dc];
  return { name: `shifted ${dr} rows, ${dc} columns`, grid: mapCells(grid, f), map: remap(f) };
}

/** Every year in the header rows moved by `by`: the same table for another Renstra period. */
export function otherYears(grid: SheetGrid, tables: TableInfo[], by: number): Variant {
  const g = mapCells(grid, (r, c) => [r, c]);
  const bump = (s: string) => s.replace(/\b(20[0-4]\d)\b/g, (y) => String(Number(y) + by));
  for (const t of tables) {
    for (let r = t.headerTop; r < t.bodyTop; r++) {
      const row = g.cells[r];
      row?.forEach((cell) => {
        if (!cell) return;
        if (typeof cell.value === 'number' && cell.value >= 2000 && cell.value <= 2049 && Number.isInteger(cell.value)) {
          cell.value += by;
          if (cell.text !== undefined) cell.text = String(cell.value);
        } else if (typeof cell.value === 'string') {
          cell.value = bump(cell.value);
          if (cell.text !== undefined) cell.text = bump(cell.text);
        }
      });
    }
  }
  return { name: `years moved by ${by}`, grid: g, map: (c) => c };
}

/** The 1 2 3 … row removed: many offices leave it out. */
export function withoutNumberRow(grid: SheetGrid, tables: TableInfo[]): Variant | null {
  const drop = new Set(tables.map((t) => t.numberRow).filter((r): r is number => r !== undefined));
  if (drop.size === 0) return null;
  const shift = (r: number) => r - [...drop].filter((d) => d < r).length;
  const f = (r: number, c: number): [number, number] | null => (drop.has(r) ? null : [shift(r), c]);
  // A merge that spans the dropped row (a header cell merged down through it) shrinks by one.
  const g = mapCells(grid, f);
  g.merges = grid.merges
    .map((m) => ({ r0: m.r0, c0: m.c0, r1: m.r1, c1: m.c1 }))
    .filter((m) => !(m.r0 === m.r1 && drop.has(m.r0)))
    .map((m) => ({ r0: shift(m.r0), c0: m.c0, r1: shift(m.r1) - (drop.has(m.r1) ? 1 : 0), c1: m.c1 }))
    .filter((m) => m.r1 >= m.r0);
  return { name: 'without the column-number row', grid: g, map: remap(f) };
}

/** Header texts in capitals: some offices type them so. */
export function upperHeaders(grid: SheetGrid, tables: TableInfo[]): Variant {
  const g = mapCells(grid, (r, c) => [r, c]);
  for (const t of tables)
    for (let r = t.headerTop; r < t.bodyTop; r++)
      g.cells[r]?.forEach((cell) => {
        if (cell && typeof cell.value === 'string') {
          cell.value = cell.value.toUpperCase();
          if (cell.text !== undefined) cell.text = cell.text.toUpperCase();
        }
      });
  return { name: 'headers in capitals', grid: g, map: (c) => c };
}

/**
 * Body numbers typed as Indonesian text ("1.250.000", "94,74") in one column per table, as when
 * a table is pasted from Word. Values stay the same, so only number.text warnings may be added.
 */
export function numbersAsText(grid: SheetGrid, tables: TableInfo[]): Variant {
  const g = mapCells(grid, (r, c) => [r, c]);
  for (const t of tables) {
    const numeric = t.columns.filter((c) => !['no', 'label', 'kode', 'satuan', 'text', 'unit', 'lokasi'].includes(c.role));
    const col = numeric[Math.floor(numeric.length / 2)]?.col;
    if (col === undefined) continue;
    for (let r = t.bodyTop; r < t.bodyTop + t.bodyRows; r++) {
      const cell = g.cells[r]?.[col];
      if (!cell || typeof cell.value !== 'number' || cell.formula) continue;
      const text = indonesian(cell.value, cell.text);
      if (text === null) continue;
      cell.value = text;
      cell.text = text;
      delete cell.numFmt;
    }
  }
  return { name: 'one column of numbers typed as text', grid: g, map: (c) => c, addsTextNumbers: true };
}

/** The displayed text of a number in Indonesian style, keeping the decimals it was shown with. */
function indonesian(v: number, shown: string | undefined): string | null {
  if (!Number.isFinite(v)) return null;
  const dec =
    shown && /[.,]\d+$/.test(shown) && !/^\d{1,3}([.,]\d{3})+$/.test(shown)
      ? shown.length - shown.search(/[.,]\d+$/) - 1
      : Number.isInteger(v)
        ? 0
        : Math.min(4, String(v).split('.')[1]?.length ?? 0);
  const [int, frac] = Math.abs(v).toFixed(dec).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${v < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Two sheets' contents stacked on one sheet with a gap: a Bab II sheet holds many tables. */
export function stackedUnder(top: SheetGrid, bottom: SheetGrid, gap: number): { grid: SheetGrid; offset: number } {
  const offset = top.cells.length + gap;
  const lower = mapCells(bottom, (r, c) => [r + offset, c]);
  const cells: SheetGrid['cells'] = top.cells.map((row) => row?.map(clone));
  lower.cells.forEach((row, r) => {
    if (row) cells[r] = row;
  });
  return { grid: { name: top.name, cells, merges: [...top.merges, ...lower.merges] }, offset };
}

/**
 * A second table placed to the right of the first, header rows aligned, `gap` empty columns
 * between them: staff by rank beside staff by education, as some Bab II sheets lay them out.
 * `leftTop` / `rightTop` are the rows the two tables' headers start on.
 */
export function besideRight(
  left: SheetGrid,
  right: SheetGrid,
  leftTop: number,
  rightTop: number,
  gap: number,
): { grid: SheetGrid; offset: number; map: (cell: string) => string | null } {
  let width = 0;
  for (const row of left.cells) if (row && row.length > width) width = row.length;
  for (const m of left.merges) width = Math.max(width, m.c1 + 1);
  const offset = width + gap;
  const dr = leftTop - rightTop;
  const f = (r: number, c: number): [number, number] | null => (r + dr < 0 ? null : [r + dr, c + offset]);
  const moved = mapCells(right, f);
  const cells: SheetGrid['cells'] = left.cells.map((row) => row?.map(clone));
  moved.cells.forEach((row, r) => {
    if (!row) return;
    const target = (cells[r] ??= []);
    row.forEach((cell, c) => {
      if (cell) target[c] = cell;
    });
  });
  return { grid: { name: left.name, cells, merges: [...left.merges, ...moved.merges] }, offset, map: remap(f) };
}

/** Merges dropped, texts left in each area's first cell: tables pasted from PDF or Word often look so. */
export function unmerged(grid: SheetGrid): Variant | null {
  if (grid.merges.length === 0) return null;
  const g = mapCells(grid, (r, c) => [r, c]);
  g.merges = [];
  return { name: 'merges dropped', grid: g, map: (c) => c };
}

/** Everything above the first table (titles, notes) removed. */
export function withoutTitles(grid: SheetGrid, tables: TableInfo[]): Variant | null {
  const top = Math.min(...tables.map((t) => t.headerTop));
  if (!Number.isFinite(top) || top === 0) return null;
  const f = (r: number, c: number): [number, number] | null => (r < top ? null : [r - top, c]);
  return { name: 'without titles above', grid: mapCells(grid, f), map: remap(f) };
}

/** English-style text numbers ("1,250,000", "94.74"): the same paste from an English-locale machine. */
export function englishText(grid: SheetGrid, tables: TableInfo[]): Variant {
  const v = numbersAsText(grid, tables);
  for (const row of v.grid.cells)
    row?.forEach((cell) => {
      if (cell && typeof cell.value === 'string' && cell.numFmt === undefined && /^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(cell.value) && cell.text === cell.value) {
        const en = cell.value.replace(/\./g, '#').replace(',', '.').replace(/#/g, ',');
        cell.value = en;
        cell.text = en;
      }
    });
  return { ...v, name: 'one column of numbers typed as English text' };
}
