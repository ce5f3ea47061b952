/**
 * A read-only view over a SheetGrid: merged areas resolved, cell values read once and cached.
 * Everything in recognition and the rules reads cells through this view.
 */
import type { CellInput, MergeArea, SheetGrid } from './types';
import { readCell, type CellValue } from './number';
import { words } from './text';

const EMPTY: CellValue = { kind: 'empty' };

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly grid: SheetGrid;
  /** Key r*COLS+c of every cell covered by a merge (not the master) → its merge. */
  private readonly covered = new Map<number, MergeArea>();
  private readonly masters = new Map<number, MergeArea>();
  /** Per row, the rightmost column a merge covers. */
  private readonly mergeEnd = new Map<number, number>();
  // Typed values by row then column: plain arrays, because a Map keyed by r*stride+c was a
  // noticeable share of the engine's time on sheets of a million cells.
  private readonly cache: Array<Array<CellValue | undefined> | undefined> = [];
  private readonly wordsCache: Array<Array<string | undefined> | undefined> = [];
  /** Rows holding a merged cell (master or covered): the other rows, most of a big body, skip the merge maps. */
  private readonly mergedRows: boolean[] = [];
  private readonly stride: number;
  /** Cells read so far that hold a number typed as text (see hasReadTextNumbers). */
  private textNumbers = 0;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.rowCount = grid.cells.length;
    let cols = 0;
    for (const row of grid.cells) if (row && row.length > cols) cols = row.length;
    for (const m of grid.merges) if (m.c1 + 1 > cols) cols = m.c1 + 1;
    this.colCount = cols;
    this.stride = Math.max(cols, 1);
    for (const m of grid.merges) this.index(m);
    if (grid.hiddenRows?.length) this.hidden = new Set(grid.hiddenRows);
  }

  private hidden: Set<number> | undefined;

  /** A row hidden in the sheet (a filter): SUBTOTAL leaves it out. */
  isHidden(r: number): boolean {
    return this.hidden?.has(r) ?? false;
  }

  get hasHiddenRows(): boolean {
    return !!this.hidden;
  }

  /**
   * Adds merges the sheet does not declare but whose layout implies (see recognise/implied.ts).
   * Cells already covered are left to their declared merge.
   */
  addMerges(merges: MergeArea[]): void {
    for (const m of merges) this.index(m);
    this.wordsCache.length = 0;
  }

  private index(m: MergeArea): void {
    // Guard against absurd merges (whole columns) costing memory: cap what we index.
    const area = (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1);
    if (area > 200_000 || m.r0 < 0 || m.c0 < 0 || m.r1 < m.r0 || m.c1 < m.c0 || m.c1 >= this.stride) return;
    this.masters.set(m.r0 * this.stride + m.c0, m);
    for (let r = m.r0; r <= m.r1; r++) if ((this.mergeEnd.get(r) ?? -1) < m.c1) this.mergeEnd.set(r, m.c1);
    for (let r = m.r0; r <= m.r1; r++) {
      this.mergedRows[r] = true;
      for (let c = m.c0; c <= m.c1; c++) {
        if (r !== m.r0 || c !== m.c0) this.covered.set(r * this.stride + c, m);
      }
    }
  }

  cell(r: number, c: number): CellInput | undefined {
    return this.grid.cells[r]?.[c];
  }

  /** The typed value stored in the cell itself (a cell covered by a merge reads as empty). */
  value(r: number, c: number): CellValue {
    if (r < 0 || c < 0 || r >= this.rowCount) return EMPTY;
    const cells = this.grid.cells[r];
    if (!cells || c >= cells.length) return EMPTY;
    // Each row's cache is allocated once at the row's length (growing it cell by cell was costly).
    let row = this.cache[r];
    if (row === undefined) row = this.cache[r] = new Array<CellValue | undefined>(cells.length);
    let v = row[c];
    if (v === undefined) {
      const cell = cells[c];
      v = cell ? readCell(cell) : EMPTY;
      if (v.kind === 'number' && v.fromText) this.textNumbers++;
      row[c] = v;
    }
    return v;
  }

  /** Has any cell read so far held a number typed as text? */
  hasReadTextNumbers(): boolean {
    return this.textNumbers > 0;
  }

  /** The merge a cell belongs to (as master or covered), if any. */
  mergeAt(r: number, c: number): MergeArea | undefined {
    if (!this.mergedRows[r]) return undefined;
    const key = r * this.stride + c;
    return this.masters.get(key) ?? this.covered.get(key);
  }

  isCovered(r: number, c: number): boolean {
    return this.mergedRows[r] === true && this.covered.has(r * this.stride + c);
  }

  /** Text shown at (r, c), reading through merges to the master cell. */
  shownText(r: number, c: number): string {
    const m = this.mergedRows[r] ? this.covered.get(r * this.stride + c) : undefined;
    return m ? cellText(this.grid.cells[m.r0]?.[m.c0]) : cellText(this.grid.cells[r]?.[c]);
  }

  /** words() of the shown text, cached: for header cells, compared with every body row. */
  shownWords(r: number, c: number): string {
    const row = (this.wordsCache[r] ??= []);
    let w = row[c];
    if (w === undefined) {
      w = words(this.shownText(r, c));
      row[c] = w;
    }
    return w;
  }

  bold(r: number, c: number): boolean {
    return !!this.grid.cells[r]?.[c]?.bold;
  }

  indent(r: number, c: number): number {
    return this.grid.cells[r]?.[c]?.indent ?? 0;
  }

  /**
   * The last column row r can hold anything in (its stored length, or a merge reaching further).
   * Loops over a row stop here: one stray cell in XFD1048576 must not make every row 16,384 wide.
   */
  lastCol(r: number): number {
    const row = this.grid.cells[r];
    const stored = row ? row.length - 1 : -1;
    const merged = this.mergeEnd.get(r);
    return merged !== undefined && merged > stored ? merged : stored;
  }

  /** Is any cell of row r within [c0, c1] non-empty? */
  rowHasContent(r: number, c0: number, c1: number): boolean {
    const row = this.grid.cells[r];
    if (!row) return false;
    const end = Math.min(c1, row.length - 1);
    for (let c = Math.max(0, c0); c <= end; c++) {
      const v = row[c]?.value;
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return true;
    }
    return false;
  }
}

/** Display text of a cell: its shown text if known, else the stored value as text. */
/**
 * Longest text any label, header or number test looks at. A cell holding a pasted paragraph (or a
 * 1 MB shared string repeated in thousands of cells) is read by its first characters: no header
 * word, total label or number is longer, and every test stays bounded.
 */
export const MAX_TEXT = 1000;

export function cellText(cell: CellInput | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined && cell.text !== '') return clipText(cell.text).trim();
  const v = cell.value;
  if (v === null || v === undefined) return '';
  return (typeof v === 'string' ? clipText(v) : String(v)).trim();
}

export function clipText(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}
