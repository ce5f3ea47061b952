/**
 * A sheet's cells packed into typed arrays: what the package reader builds for the engine.
 *
 * One CellInput object per cell costs about 90 bytes (object, boxed number, array slot): 31 MB
 * for a 20,000-row Tabel 6.1, 160 MB at 100,000 rows. Packed, a cell is 13 bytes (kind, number,
 * style index) in the row's dense slots; strings are indices into the workbook's string table,
 * styles into its style table, formulas a sparse map. Hosts that know more per cell (Office.js
 * gives the displayed text) keep building plain rows; SheetView reads either through CellSource.
 *
 * A row's cells far right of the rest (a stray value in XFD, a note in column ALL beside a table)
 * are kept as objects in a map: they must not give the row thousands of empty slots (nor every
 * row, when a sheet has such a column). A row is dense up to its last cell while that leaves at
 * least one cell in eight slots, or within its first 256 columns.
 */
import type { CellInput, MergeArea, Scalar, SheetGrid } from './types';

export const enum Kind {
  Empty = 0,
  Number = 1,
  String = 2,
  Bool = 3,
  Error = 4,
}

/** What a cell's style tells the engine (the number format, bold, indent). */
export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  indent?: number;
}

/** Columns reserved at most per row from a declared dimension. */
const RESERVE_COLS = 1024;
/** A row's first columns are laid out densely whatever they hold. */
const DENSE_ALWAYS = 256;
/** Beyond them, a row stays dense while at least one slot in DENSITY holds a cell. */
const DENSITY = 8;
/** texts[slot] when the displayed text is the stored value as text. */
const SAME = 0;
/** Most cells reserved from a declared dimension: 2 million (26 MB), a 100,000-row Tabel 6.1. */
const MAX_RESERVE = 2_000_000;
/**
 * A style with every field present, in one order: the engine reads a cell's format on nearly every
 * number, and style objects of four shapes ({}, {numFmt}, {bold}, {numFmt, bold}) made those reads
 * polymorphic, and the code reading them deoptimised and compiled again.
 */
export function cellStyle(numFmt?: string, bold = false, indent = 0): CellStyle {
  return { numFmt, bold, indent };
}

const NO_STYLE: CellStyle = cellStyle();

/** The cells of one sheet, read-only once built. */
export class CellStore {
  /** Rows held (the last non-empty row + 1). */
  rowCount = 0;
  private rowStart = new Int32Array(64);
  /** Stored width of each row: its last dense non-empty column + 1. */
  private rowWidth = new Int32Array(64);
  private kinds = new Uint8Array(1024);
  private nums = new Float64Array(1024);
  private styleIds = new Int32Array(1024);
  private used = 0;
  private readonly formulas = new Map<number, string>();
  /**
   * The host's displayed text per slot (Office.js gives it; a package does not): SAME where it is
   * the value as text, so a sheet of labels does not hold each string twice. Made on first use.
   */
  private texts: Array<string | typeof SAME | undefined> | undefined;
  /** Cells beyond their row's dense slots, by r * 16384 + c; and each such row's last column. */
  private readonly far = new Map<number, CellInput>();
  private readonly farEnd = new Map<number, number>();

  constructor(
    /** The workbook's strings (shared strings, then inline strings and error codes as met). */
    readonly strings: string[],
    /** The workbook's styles by index (cellXfs). */
    readonly styles: CellStyle[],
  ) {}

  /** Dense slots laid out (13 bytes each): what the typed arrays hold, the far cells aside. */
  get slotCount(): number {
    return this.used;
  }

  /** Stored length of row r (0 when it holds nothing), as `cells[r].length` of plain rows. */
  width(r: number): number {
    const w = r >= 0 && r < this.rowCount ? this.rowWidth[r] : 0;
    // Asked on every cell read: the map only when a sheet has far cells at all.
    const far = this.farEnd.size ? this.farEnd.get(r) : undefined;
    return far !== undefined && far + 1 > w ? far + 1 : w;
  }

  /**
   * The slot of a dense cell holding a number with no displayed text, or -1: the one lookup the
   * engine's most frequent read (a number of a packed sheet) needs; then numberAt / styleAt.
   */
  plainNumberSlot(r: number, c: number): number {
    const s = this.slot(r, c);
    return s >= 0 && this.kinds[s] === Kind.Number && this.texts?.[s] === undefined ? s : -1;
  }

  numberAt(slot: number): number {
    return this.nums[slot];
  }

  styleAt(slot: number): CellStyle {
    return this.styles[this.styleIds[slot]] ?? NO_STYLE;
  }

  private slot(r: number, c: number): number {
    return r >= 0 && c >= 0 && r < this.rowCount && c < this.rowWidth[r] ? this.rowStart[r] + c : -1;
  }

  /** A cell kept beyond its row's dense slots (none in most sheets: no lookup then). */
  private farAt(r: number, c: number): CellInput | undefined {
    return this.far.size ? this.far.get(r * 16384 + c) : undefined;
  }

  kind(r: number, c: number): Kind {
    const s = this.slot(r, c);
    if (s >= 0) return this.kinds[s] as Kind;
    const x = this.farAt(r, c);
    return x ? kindOf(x) : Kind.Empty;
  }

  /** The stored value, as a plain row's `value` would hold it. */
  value(r: number, c: number): Scalar {
    const s = this.slot(r, c);
    if (s < 0) return this.farAt(r, c)?.value ?? null;
    return this.valueAt(s);
  }

  /** The number in a Number cell (callers check kind() first). */
  number(r: number, c: number): number {
    const s = this.slot(r, c);
    return s >= 0 ? this.nums[s] : Number(this.farAt(r, c)?.value);
  }

  style(r: number, c: number): CellStyle {
    const s = this.slot(r, c);
    if (s >= 0) return this.styles[this.styleIds[s]] ?? NO_STYLE;
    return this.farAt(r, c) ?? NO_STYLE;
  }

  formula(r: number, c: number): string | undefined {
    if (this.formulas.size === 0 && this.far.size === 0) return undefined; // a sheet of typed values: asked of every cell
    const s = this.slot(r, c);
    if (s >= 0) return this.formulas.get(s);
    return this.farAt(r, c)?.formula;
  }

  /** The text the host displays, when it gave one. */
  text(r: number, c: number): string | undefined {
    if (this.texts === undefined && this.far.size === 0) return undefined; // a package gives no displayed text
    const s = this.slot(r, c);
    if (s < 0) return this.farAt(r, c)?.text;
    const t = this.texts?.[s];
    return t === SAME ? String(this.value(r, c)) : t;
  }

  /** The cell as a plain CellInput (made on each call: for the few readers that want one). */
  cell(r: number, c: number): CellInput | undefined {
    const s = this.slot(r, c);
    if (s < 0) return this.farAt(r, c);
    const kind = this.kinds[s];
    const formula = this.formulas.get(s);
    if (kind === Kind.Empty && formula === undefined && this.texts?.[s] === undefined) return undefined;
    const out: CellInput = { value: this.value(r, c) };
    const text = this.text(r, c);
    if (text !== undefined) out.text = text;
    if (kind === Kind.Error) out.error = true;
    if (formula !== undefined) out.formula = formula;
    const st = this.styles[this.styleIds[s]];
    if (st?.numFmt) out.numFmt = st.numFmt;
    if (st?.bold) out.bold = true;
    if (st?.indent) out.indent = st.indent;
    return out;
  }

  /** Plain rows, as hosts build them (tests and plain-grid consumers). */
  toRows(): SheetGrid['cells'] {
    const rows: SheetGrid['cells'] = [];
    for (let r = 0; r < this.rowCount; r++) {
      const w = this.width(r);
      if (w === 0) continue;
      const row: Array<CellInput | undefined> = new Array(w);
      for (let c = 0; c < Math.min(w, this.rowWidth[r]); c++) row[c] = this.cell(r, c);
      rows[r] = row;
    }
    for (const [k, x] of this.far) (rows[Math.floor(k / 16384)] as Array<CellInput | undefined>)[k % 16384] = x;
    return rows;
  }

  // ------------------------------------------------------------------ building (RowWriter only)

  /** @internal Lays out row r with `width` dense slots (all empty) and returns its first slot. */
  openRow(r: number, width: number): number {
    if (r >= this.rowStart.length) {
      let n = this.rowStart.length;
      while (n <= r) n *= 2;
      this.rowStart = grow(this.rowStart, n);
      this.rowWidth = grow(this.rowWidth, n);
    }
    if (this.used + width > this.kinds.length) {
      let n = this.kinds.length;
      while (n < this.used + width) n *= 2;
      this.kinds = grow(this.kinds, n);
      this.nums = grow(this.nums, n);
      this.styleIds = grow(this.styleIds, n);
    }
    const start = this.used;
    this.used += width;
    this.rowStart[r] = start;
    this.rowWidth[r] = width;
    if (width > 0 && r + 1 > this.rowCount) this.rowCount = r + 1;
    return start;
  }

  /** @internal */
  put(slot: number, kind: Kind, num: number, style: number, formula: string | undefined, text: string | undefined): void {
    this.kinds[slot] = kind;
    this.nums[slot] = num;
    this.styleIds[slot] = style;
    if (formula !== undefined) this.formulas.set(slot, formula);
    if (text !== undefined) {
      const texts = (this.texts ??= []);
      texts[slot] = text === String(this.valueAt(slot)) ? SAME : text;
    }
  }

  private valueAt(slot: number): Scalar {
    switch (this.kinds[slot]) {
      case Kind.Number:
        return this.nums[slot];
      case Kind.String:
      case Kind.Error:
        return this.strings[this.nums[slot]];
      case Kind.Bool:
        return this.nums[slot] === 1;
      default:
        return null;
    }
  }

  /** @internal */
  putFar(r: number, c: number, cell: CellInput): void {
    this.far.set(r * 16384 + c, cell);
    if ((this.farEnd.get(r) ?? -1) < c) this.farEnd.set(r, c);
    if (r + 1 > this.rowCount) this.rowCount = r + 1;
  }

  /** @internal Removes and returns row r's far cells (a row listed again is laid out anew). */
  takeFar(r: number): Array<[number, CellInput]> {
    if (!this.farEnd.has(r)) return [];
    const out: Array<[number, CellInput]> = [];
    for (const [k, x] of this.far) if (Math.floor(k / 16384) === r) out.push([k % 16384, x]);
    for (const [c] of out) this.far.delete(r * 16384 + c);
    this.farEnd.delete(r);
    return out;
  }

  /** @internal Empties a cell (one under a merge, not its top-left: it reads empty in Excel too). */
  clear(r: number, c: number): void {
    const s = this.slot(r, c);
    if (s >= 0) {
      this.kinds[s] = Kind.Empty;
      this.formulas.delete(s);
      if (this.texts) this.texts[s] = undefined;
    } else this.far.delete(r * 16384 + c);
  }

  /** @internal Room for this many cells, allocated once (the sheet's declared dimension). */
  reserve(cells: number): void {
    if (cells <= this.kinds.length) return;
    this.kinds = grow(this.kinds, cells);
    this.nums = grow(this.nums, cells);
    this.styleIds = grow(this.styleIds, cells);
  }

  /** @internal Drops unused capacity once built, and each row's trailing empty slots (cleared by a merge). */
  seal(): void {
    for (let r = 0; r < this.rowCount; r++) {
      let w = this.rowWidth[r];
      const start = this.rowStart[r];
      while (w > 0 && this.kinds[start + w - 1] === Kind.Empty && !this.formulas.has(start + w - 1) && this.texts?.[start + w - 1] === undefined) w--;
      this.rowWidth[r] = w;
    }
    while (this.rowCount > 0 && this.width(this.rowCount - 1) === 0) this.rowCount--;
    // Copied to size only when much is spare: the copy is held with the original until a full collection.
    if (this.kinds.length > this.used * 1.25 + 4096) {
      this.kinds = this.kinds.slice(0, this.used);
      this.nums = this.nums.slice(0, this.used);
      this.styleIds = this.styleIds.slice(0, this.used);
    }
    this.rowStart = this.rowStart.slice(0, this.rowCount);
    this.rowWidth = this.rowWidth.slice(0, this.rowCount);
  }
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

function kindOf(x: CellInput): Kind {
  if (x.error) return Kind.Error;
  const v = x.value;
  return typeof v === 'number' ? Kind.Number : typeof v === 'string' ? Kind.String : typeof v === 'boolean' ? Kind.Bool : Kind.Empty;
}

/**
 * Builds a CellStore row by row, in the order a worksheet part lists its cells. Rows out of order
 * and a row listed twice (both seen in the wild) are laid out again with every cell kept, later wins.
 */
export class RowWriter {
  readonly store: CellStore;
  private row = -1;
  private cols: number[] = [];
  private kinds: Kind[] = [];
  private nums: number[] = [];
  private styles: number[] = [];
  private forms: (string | undefined)[] = [];
  private texts: (string | undefined)[] = [];
  private n = 0;
  /** Rows already laid out: a row met again is merged with what it held. */
  private done = new Set<number>();

  constructor(strings: string[], styles: CellStyle[]) {
    this.store = new CellStore(strings, styles);
  }

  /**
   * Room for the cells a sheet declares (`<dimension ref="A1:R20010">`), so the store is not grown
   * by doubling, each old copy held until a full collection. A dimension past what a table can be
   * (a stray cell in XFD1048576) reserves nothing.
   */
  reserve(rows: number, cols: number): void {
    const cells = rows * Math.min(cols, RESERVE_COLS);
    if (rows > 0 && cols > 0 && cells <= MAX_RESERVE) this.store.reserve(cells);
  }

  /** Index of a string in the store's table (inline strings, error codes: the rare ones). */
  string(s: string): number {
    return this.store.strings.push(s) - 1;
  }

  /** Adds a cell; `num` is the number, the string's index, or 1/0 for a boolean; `text` what the host displays, if it says. */
  add(r: number, c: number, kind: Kind, num: number, style: number, formula: string | undefined, text?: string): void {
    if (r !== this.row) {
      this.flush();
      this.row = r;
      if (this.done.has(r)) this.reload(r);
    }
    const i = this.n++;
    this.cols[i] = c;
    this.kinds[i] = kind;
    this.nums[i] = num;
    this.styles[i] = style;
    this.forms[i] = formula;
    this.texts[i] = text;
  }

  private reload(r: number): void {
    const st = this.store;
    const far = st.takeFar(r);
    const w = st.width(r);
    for (let c = 0; c < w; c++) {
      const k = st.kind(r, c);
      const f = st.formula(r, c);
      if (k === Kind.Empty && f === undefined && st.text(r, c) === undefined) continue;
      const v = st.value(r, c);
      const num = k === Kind.Number ? (v as number) : k === Kind.Bool ? (v ? 1 : 0) : k === Kind.Empty ? 0 : this.string(String(v));
      const i = this.n++;
      this.cols[i] = c;
      this.kinds[i] = k;
      this.nums[i] = num;
      this.styles[i] = st.styles.indexOf(st.style(r, c));
      this.forms[i] = f;
      this.texts[i] = st.text(r, c);
    }
    for (const [c, x] of far) {
      const k = kindOf(x);
      const v = x.value;
      const i = this.n++;
      this.cols[i] = c;
      this.kinds[i] = k;
      this.nums[i] = k === Kind.Number ? (v as number) : k === Kind.Bool ? (v ? 1 : 0) : k === Kind.Empty ? 0 : this.string(String(v));
      this.styles[i] = this.styleOf(x);
      this.forms[i] = x.formula;
      this.texts[i] = x.text;
    }
  }

  /** The index of a far cell's style (added to the table when it has none like it). */
  private styleOf(x: CellInput): number {
    const styles = this.store.styles;
    const i = styles.findIndex((s) => (s.numFmt ?? '') === (x.numFmt ?? '') && !!s.bold === !!x.bold && (s.indent ?? 0) === (x.indent ?? 0));
    if (i >= 0) return i;
    return styles.push(cellStyle(x.numFmt || undefined, !!x.bold, x.indent ?? 0)) - 1;
  }

  private flush(): void {
    if (this.row < 0 || this.n === 0) return;
    const width = this.denseWidth();
    const start = this.store.openRow(this.row, width);
    // In order, so a cell listed twice keeps its later value.
    for (let i = 0; i < this.n; i++) {
      const c = this.cols[i];
      if (c < width) this.store.put(start + c, this.kinds[i], this.nums[i], this.styles[i], this.forms[i], this.texts[i]);
      else this.store.putFar(this.row, c, this.farCell(i));
    }
    this.done.add(this.row);
    this.n = 0;
  }

  /** Dense slots for the buffered row: up to its last cell while the row stays dense enough. */
  private denseWidth(): number {
    let max = 0;
    for (let i = 0; i < this.n; i++) if (this.cols[i] + 1 > max) max = this.cols[i] + 1;
    if (max <= DENSE_ALWAYS || this.n * DENSITY >= max) return max;
    // Sparse: the longest run of columns from the left that is dense enough, the rest kept apart.
    const cols = Array.from(new Set(this.cols.slice(0, this.n))).sort((a, b) => a - b);
    let width = 0;
    for (let k = 0; k < cols.length; k++) {
      const w = cols[k] + 1;
      if (w <= DENSE_ALWAYS || (k + 1) * DENSITY >= w) width = w;
    }
    return width;
  }

  private farCell(i: number): CellInput {
    const kind = this.kinds[i];
    const num = this.nums[i];
    const st = this.store.styles[this.styles[i]];
    const cell: CellInput = {
      value: kind === Kind.Number ? num : kind === Kind.Bool ? num === 1 : kind === Kind.Empty ? null : this.store.strings[num],
    };
    if (this.texts[i] !== undefined) cell.text = this.texts[i];
    if (kind === Kind.Error) cell.error = true;
    if (this.forms[i] !== undefined) cell.formula = this.forms[i];
    if (st?.numFmt) cell.numFmt = st.numFmt;
    if (st?.bold) cell.bold = true;
    if (st?.indent) cell.indent = st.indent;
    return cell;
  }

  /** The store, its merged-over cells emptied and its spare capacity dropped. */
  finish(merges: MergeArea[]): CellStore {
    this.flush();
    this.row = -1;
    const st = this.store;
    for (const m of merges) {
      for (let r = m.r0; r <= m.r1 && r < st.rowCount; r++) {
        const end = Math.min(m.c1, st.width(r) - 1);
        for (let c = m.c0; c <= end; c++) if (r !== m.r0 || c !== m.c0) st.clear(r, c);
      }
    }
    st.seal();
    return st;
  }
}

const stores = new WeakMap<SheetGrid, CellStore>();

/**
 * A SheetGrid whose cells are packed. Its `cells` (plain rows) are made on first use, for callers
 * that want them (tests, a host that edits cells); from then on the plain rows are the grid's cells
 * and the store is dropped, so an edit is always seen. `cells` is an own enumerable property, so a
 * copy (`{ ...grid }`, structured clone) gets plain rows too.
 */
export function packedGrid(name: string, store: CellStore, merges: MergeArea[], hiddenRows?: number[], hiddenCols?: number[]): SheetGrid {
  let plain: SheetGrid['cells'] | undefined;
  const grid = { name, merges } as SheetGrid;
  Object.defineProperty(grid, 'cells', {
    enumerable: true,
    get() {
      if (!plain) {
        plain = store.toRows();
        stores.delete(grid);
      }
      return plain;
    },
    set(rows: SheetGrid['cells']) {
      plain = rows;
      stores.delete(grid);
    },
  });
  if (hiddenRows) grid.hiddenRows = hiddenRows;
  if (hiddenCols) grid.hiddenCols = hiddenCols;
  stores.set(grid, store);
  return grid;
}

/** The packed cells of a grid, when it has them (and nobody has asked for plain rows yet). */
export function storeOf(grid: SheetGrid): CellStore | undefined {
  return stores.get(grid);
}

/**
 * A copy of the sheet whose rows may be written (the grid itself is not touched): plain rows made afresh from a
 * packed grid's store (the grid keeps its store), else each row copied. For a reading of the sheet as it would be
 * (a fill's cells written, a row moved back).
 */
export function writableCopy(grid: SheetGrid): SheetGrid {
  const store = storeOf(grid);
  const cells = store ? store.toRows() : grid.cells.map((row) => row?.slice());
  const copy: SheetGrid = { name: grid.name, cells, merges: grid.merges };
  if (grid.hiddenRows) copy.hiddenRows = grid.hiddenRows;
  if (grid.hiddenCols) copy.hiddenCols = grid.hiddenCols;
  return copy;
}

/** The stored values of row r (without making plain rows of a packed grid). */
export function rowValues(grid: SheetGrid, r: number): Scalar[] {
  const store = storeOf(grid);
  if (!store) return (grid.cells[r] ?? []).map((c) => c?.value ?? null);
  const out: Scalar[] = [];
  for (let c = 0; c < store.width(r); c++) out.push(store.value(r, c));
  return out;
}
