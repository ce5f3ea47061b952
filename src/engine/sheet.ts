/**
 * A read-only view over a SheetGrid: merged areas resolved, cell values read once and cached.
 * Everything in recognition and the rules reads cells through this view.
 */
import type { CellInput, MergeArea, Scalar, SheetGrid } from './types';
import { readCell, readStoredNumber, readStoredText, storedNumberDecimals, storedNumberValue, type CellValue } from './number';
import { words } from './text';
import { Kind, storeOf, type CellStore } from './cells';

const EMPTY: CellValue = { kind: 'empty' };

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
    const store = storeOf(grid);
    this.src = store ? new StoreSource(store) : new PlainSource(grid.cells);
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
    return this.src.cell(r, c);
  }

  formula(r: number, c: number): string | undefined {
    return this.src.formula(r, c);
  }

  /** The value as stored (0.9474 where a % format shows 94,74), null when empty. */
  raw(r: number, c: number): Scalar {
    return this.src.raw(r, c);
  }

  /**
   * The number a cell stores as a number (before a % format's scaling), undefined for anything else:
   * a test that needs no typed value (a column scan for text) makes no object.
   */
  storedNumber(r: number, c: number): number | undefined {
    return this.src.storedNumber(r, c);
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

  /**
   * value(r, c).kind, without making a value for a packed number (recognition asks this of every
   * cell of long tables; most of them are numbers).
   */
  kindAt(r: number, c: number): CellValue['kind'] {
    return this.src.numberAt(r, c) !== undefined ? 'number' : this.value(r, c).kind;
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

/** Where a SheetView reads cells from: plain rows (hosts, tests) or a packed store (the package reader). */
interface CellSource {
  readonly rowCount: number;
  width(r: number): number;
  /** The typed value (not cached here: SheetView caches). */
  read(r: number, c: number): CellValue;
  /** The typed value of a number cell when reading it is cheap enough not to cache; else undefined. */
  freshNumber(r: number, c: number): CellValue | undefined;
  /** freshNumber(r, c).value without the object, for the cells freshNumber reads; else undefined. */
  numberAt(r: number, c: number): number | undefined;
  /** freshNumber(r, c).decimals without the object, for the cells freshNumber reads; else undefined. */
  decimalsAt(r: number, c: number): number | undefined;
  /** cellText() of the cell. */
  text(r: number, c: number): string;
  cell(r: number, c: number): CellInput | undefined;
  formula(r: number, c: number): string | undefined;
  raw(r: number, c: number): Scalar;
  storedNumber(r: number, c: number): number | undefined;
  hostText(r: number, c: number): string | undefined;
  bold(r: number, c: number): boolean;
  indent(r: number, c: number): number;
  isError(r: number, c: number): boolean;
  /** A value other than empty or blank text. */
  hasValue(r: number, c: number): boolean;
}

class PlainSource implements CellSource {
  readonly rowCount: number;
  constructor(private readonly rows: SheetGrid['cells']) {
    this.rowCount = rows.length;
  }
  width(r: number): number {
    return this.rows[r]?.length ?? 0;
  }
  read(r: number, c: number): CellValue {
    const cell = this.rows[r]?.[c];
    return cell ? readCell(cell) : EMPTY;
  }
  freshNumber(): undefined {
    // A host's cell may carry its shown text, parsed for the decimals: cached.
    return undefined;
  }
  numberAt(): undefined {
    return undefined;
  }
  decimalsAt(): undefined {
    return undefined;
  }
  text(r: number, c: number): string {
    return cellText(this.rows[r]?.[c]);
  }
  cell(r: number, c: number): CellInput | undefined {
    return this.rows[r]?.[c];
  }
  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.[c]?.formula;
  }
  raw(r: number, c: number): Scalar {
    return this.rows[r]?.[c]?.value ?? null;
  }
  storedNumber(r: number, c: number): number | undefined {
    const cell = this.rows[r]?.[c];
    return cell && !cell.error && typeof cell.value === 'number' && Number.isFinite(cell.value) ? cell.value : undefined;
  }
  hostText(r: number, c: number): string | undefined {
    return this.rows[r]?.[c]?.text;
  }
  bold(r: number, c: number): boolean {
    return !!this.rows[r]?.[c]?.bold;
  }
  indent(r: number, c: number): number {
    return this.rows[r]?.[c]?.indent ?? 0;
  }
  isError(r: number, c: number): boolean {
    return !!this.rows[r]?.[c]?.error;
  }
  hasValue(r: number, c: number): boolean {
    const v = this.rows[r]?.[c]?.value;
    return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
  }
}

/** Reads a packed store without making a CellInput per cell. */
class StoreSource implements CellSource {
  readonly rowCount: number;
  constructor(private readonly store: CellStore) {
    this.rowCount = store.rowCount;
  }
  width(r: number): number {
    return this.store.width(r);
  }
  read(r: number, c: number): CellValue {
    const s = this.store;
    switch (s.kind(r, c)) {
      case Kind.Number:
        return readStoredNumber(s.number(r, c), s.style(r, c).numFmt, s.text(r, c));
      case Kind.String:
        return readStoredText(s.value(r, c) as string);
      case Kind.Bool:
        return { kind: 'text', text: String(s.value(r, c)) };
      case Kind.Error:
        return { kind: 'error', code: String(s.value(r, c)) };
      default:
        return EMPTY;
    }
  }
  freshNumber(r: number, c: number): CellValue | undefined {
    const s = this.store;
    // A number the host shows as text is read for the decimals of that text: cached instead (and far cells).
    const slot = s.plainNumberSlot(r, c);
    return slot >= 0 ? readStoredNumber(s.numberAt(slot), s.styleAt(slot).numFmt) : undefined;
  }
  numberAt(r: number, c: number): number | undefined {
    const s = this.store;
    const slot = s.plainNumberSlot(r, c);
    if (slot < 0) {
      // A number with displayed text, or in a far column: through the typed value.
      if (s.kind(r, c) !== Kind.Number) return undefined;
      const n = s.number(r, c);
      return Number.isFinite(n) ? storedNumberValue(n, s.style(r, c).numFmt) : undefined;
    }
    const n = s.numberAt(slot);
    // A non-finite number reads as an error (readStoredNumber).
    return Number.isFinite(n) ? storedNumberValue(n, s.styleAt(slot).numFmt) : undefined;
  }
  decimalsAt(r: number, c: number): number | undefined {
    const s = this.store;
    const slot = s.plainNumberSlot(r, c);
    if (slot < 0) return undefined;
    const n = s.numberAt(slot);
    return Number.isFinite(n) ? storedNumberDecimals(n, s.styleAt(slot).numFmt) : undefined;
  }
  text(r: number, c: number): string {
    const shown = this.store.text(r, c);
    if (shown !== undefined && shown !== '') return clipText(shown).trim();
    const v = this.store.value(r, c);
    if (v === null) return '';
    return (typeof v === 'string' ? clipText(v) : String(v)).trim();
  }
  cell(r: number, c: number): CellInput | undefined {
    return this.store.cell(r, c);
  }
  formula(r: number, c: number): string | undefined {
    return this.store.formula(r, c);
  }
  raw(r: number, c: number): Scalar {
    return this.store.value(r, c);
  }
  storedNumber(r: number, c: number): number | undefined {
    if (this.store.kind(r, c) !== Kind.Number) return undefined;
    const n = this.store.number(r, c);
    return Number.isFinite(n) ? n : undefined;
  }
  hostText(r: number, c: number): string | undefined {
    return this.store.text(r, c);
  }
  bold(r: number, c: number): boolean {
    return !!this.store.style(r, c).bold;
  }
  indent(r: number, c: number): number {
    return this.store.style(r, c).indent ?? 0;
  }
  isError(r: number, c: number): boolean {
    return this.store.kind(r, c) === Kind.Error;
  }
  hasValue(r: number, c: number): boolean {
    const k = this.store.kind(r, c);
    if (k === Kind.Empty) return false;
    if (k !== Kind.String) return true;
    return (this.store.value(r, c) as string).trim() !== '';
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
