/**
 * A read-only view over a SheetGrid: merged areas resolved, cell values read once and cached (a
 * packed sheet's numbers are read afresh instead: cheap, and too many to hold as objects).
 * Everything in recognition and the rules reads cells through this view.
 */
import type { MergeArea, Scalar, SheetGrid } from './types';
import { isDateFormat, shownYear, type CellValue } from './number';
import { words } from './text';
import { EMPTY, sourceOf, type CellSource } from './cell-source';

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly src: CellSource;
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
    this.src = sourceOf(grid);
    this.name = grid.name;
    this.rowCount = this.src.rowCount;
    let cols = 0;
    for (let r = 0; r < this.rowCount; r++) {
      const w = this.src.width(r);
      if (w > cols) cols = w;
    }
    for (const m of grid.merges) if (m.c1 + 1 > cols) cols = m.c1 + 1;
    this.colCount = cols;
    this.stride = Math.max(cols, 1);
    for (const m of grid.merges) this.index(m);
    if (grid.hiddenRows?.length) this.hidden = new Set(grid.hiddenRows);
    if (grid.hiddenCols?.length) this.hiddenCols = new Set(grid.hiddenCols);
  }

  private hidden: Set<number> | undefined;
  private hiddenCols: Set<number> | undefined;

  /** A column hidden in the sheet (last period's years, a helper): read like the others, left out of what the print shows. */
  isHiddenCol(c: number): boolean {
    return this.hiddenCols?.has(c) ?? false;
  }

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

  formula(r: number, c: number): string | undefined {
    return this.src.formula(r, c);
  }

  /** The value as stored (0.9474 where a % format shows 94,74), null when empty. */
  raw(r: number, c: number): Scalar {
    return this.src.raw(r, c);
  }

  /** The text the host displays for the cell, when it says (Office.js does, a package does not). */
  hostText(r: number, c: number): string | undefined {
    return this.src.hostText(r, c);
  }

  /** The typed value stored in the cell itself (a cell covered by a merge reads as empty). */
  value(r: number, c: number): CellValue {
    if (r < 0 || c < 0 || r >= this.rowCount) return EMPTY;
    const width = this.src.width(r);
    if (c >= width) return EMPTY;
    // A packed number is read afresh on every call: reading it is cheap, and one cached object per
    // number cell was most of the engine's memory (≈ 110 MB of 1.8 million cells at 100,000 rows).
    const fresh = this.src.freshNumber(r, c);
    if (fresh) return fresh;
    // Each row's cache is allocated once at the row's length (growing it cell by cell was costly).
    let row = this.cache[r];
    if (row === undefined) row = this.cache[r] = new Array<CellValue | undefined>(width);
    let v = row[c];
    if (v === undefined) {
      v = this.src.read(r, c);
      if (v.kind === 'number' && v.fromText) this.textNumbers++;
      row[c] = v;
    }
    return v;
  }

  /** Replaces a text cell's reading: the column chose the other of two readings (recognise/ambiguous.ts). */
  reread(r: number, c: number, v: CellValue): void {
    if (r < 0 || c < 0 || r >= this.rowCount || c >= this.src.width(r)) return;
    const row = (this.cache[r] ??= new Array<CellValue | undefined>(this.src.width(r)));
    row[c] = v;
  }

  /**
   * value(r, c).kind, without making a value for a packed number (recognition asks this of every
   * cell of long tables; most of them are numbers).
   */
  kindAt(r: number, c: number): CellValue['kind'] {
    return this.src.numberAt(r, c) !== undefined ? 'number' : this.value(r, c).kind;
  }

  /**
   * Whether row r holds, between c0 and c1 and outside merges, a number stored as one in packed cells
   * that `label` does not accept (a year, a column number): an amount. Looked for from the right,
   * where a body row's amounts sit, without reading any text (plain rows answer false): the first
   * look that rules most body rows out of the header tests run on every row.
   */
  hasPackedAmount(r: number, c0: number, c1: number, label: (n: number) => boolean): boolean {
    for (let c = c1; c >= c0; c--) {
      const n = this.src.numberAt(r, c);
      if (n !== undefined && !label(n) && !this.isCovered(r, c)) return true;
    }
    return false;
  }

  /** value(r, c).value when the cell reads as a number, else undefined; no object made for a packed number. */
  numberAt(r: number, c: number): number | undefined {
    const n = this.src.numberAt(r, c);
    if (n !== undefined) return n;
    const v = this.value(r, c);
    return v.kind === 'number' ? v.value : undefined;
  }

  /**
   * value(r, c).decimals for a cell numberAt reads (0 otherwise); no object made for a packed number.
   * The sum rules add a parent's own amount up this way on every row.
   */
  decimalsAt(r: number, c: number): number {
    const d = this.src.decimalsAt(r, c);
    if (d !== undefined) return d;
    const v = this.value(r, c);
    return v.kind === 'number' ? v.decimals : 0;
  }

  /** The decimals a number cell displays, padding included (CellSource.displayed). */
  displayed(r: number, c: number): number | undefined {
    return this.src.displayed(r, c);
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
    return m ? this.src.text(m.r0, m.c0) : this.src.text(r, c);
  }

  /** The cell whose content (r, c) shows: the master of its merge, or itself. */
  private master(r: number, c: number): [number, number] {
    const m = this.mergedRows[r] ? this.covered.get(r * this.stride + c) : undefined;
    return m ? [m.r0, m.c0] : [r, c];
  }

  /**
   * Text a header cell shows: shownText, or a year where the cell is a date in a year-only format (Excel turns a typed
   * 2022 into 14-07-1905, so offices type 31-12-2022 and format it yyyy).
   */
  headerText(r: number, c: number): string {
    const [r0, c0] = this.master(r, c);
    if (this.kindAt(r0, c0) === 'number') {
      const v = this.value(r0, c0);
      const y = v.kind === 'number' ? shownYear(v.value, this.src.numFmt(r0, c0)) : undefined;
      if (y !== undefined) return String(y);
    }
    return this.src.text(r0, c0);
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
    return this.src.bold(r, c);
  }

  /** A number shown as a date ("19 September 2022"): a day, not a figure. */
  isDate(r: number, c: number): boolean {
    return this.kindAt(r, c) === 'number' && isDateFormat(this.src.numFmt(r, c));
  }

  indent(r: number, c: number): number {
    return this.src.indent(r, c);
  }

  /** Is the cell an Excel error as stored (#REF!, #DIV/0! …)? */
  isError(r: number, c: number): boolean {
    return this.src.isError(r, c);
  }

  /** Stored length of row r: the columns a loop over the row's own cells must visit. */
  storedWidth(r: number): number {
    return this.src.width(r);
  }

  /**
   * The last column row r can hold anything in (its stored length, or a merge reaching further).
   * Loops over a row stop here: one stray cell in XFD1048576 must not make every row 16,384 wide.
   */
  lastCol(r: number): number {
    const stored = this.src.width(r) - 1;
    const merged = this.mergeEnd.get(r);
    return merged !== undefined && merged > stored ? merged : stored;
  }

  /** Is any cell of row r within [c0, c1] non-empty? */
  rowHasContent(r: number, c0: number, c1: number): boolean {
    const end = Math.min(c1, this.src.width(r) - 1);
    for (let c = Math.max(0, c0); c <= end; c++) if (this.src.hasValue(r, c)) return true;
    return false;
  }
}

/** A cell covered by a merge that starts on an earlier row. */
export function mergedFromAbove(view: SheetView, r: number, c: number): boolean {
  const m = view.isCovered(r, c) ? view.mergeAt(r, c) : undefined;
  return m !== undefined && m.r0 < r;
}

/** The text a row itself shows in a column: none where the cell is merged down from above. */
export function ownText(view: SheetView, r: number, c: number): string {
  return mergedFromAbove(view, r, c) ? '' : view.shownText(r, c);
}
